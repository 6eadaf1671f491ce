"""The team library: published maps and house templates, behind one SQLAlchemy URL.

By default a local SQLite library in the user's data folder (no server needed); for a team a
PostgreSQL server, whose roles and privileges decide who reads and who publishes. No Qt here:
the command line (``journeyline library``) and the window use the same code.

- :mod:`models.library.config`: where the library is (the URL), who is publishing;
- :mod:`models.library.store`: open a library, publish, list, get;
- :mod:`models.library.search`: full-text search across every published map;
- :mod:`models.library.index`: what of a document is searchable;
- :mod:`models.library.links`: which library version a local working copy came from;
- :mod:`models.library.schema` and ``migrations/``: the library's tables, managed by Alembic.
"""
