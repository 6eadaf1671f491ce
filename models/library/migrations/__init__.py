"""Alembic migrations of the library's schema (run by :mod:`models.library.migrate`).

The scripts ship inside the package, so an installed Journeyline and the PyInstaller build
(``build.spec`` copies them as files, which Alembic reads) carry them. A new migration is a new
file in ``versions/`` whose ``down_revision`` is the current head; ``env.py`` lets the
``alembic`` command run them too (``alembic -x url=URL upgrade head`` from this folder, with
``script_location`` set to it).
"""
