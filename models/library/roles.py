"""The two PostgreSQL roles of a team library and the SQL that grants them their rights.

No server of Journeyline's own decides who may do what: PostgreSQL does. Readers may read
everything; publishers may also add maps, versions and search entries — never change or delete
a published version (they have no UPDATE or DELETE on it, and the server, not the laptop, fills
in who published and when). The README's "Team library" section shows this SQL, and
``journeyline library setup`` prints it for the library's database.
"""

from __future__ import annotations

from typing import Final

READER: Final = "journeyline_reader"
PUBLISHER: Final = "journeyline_publisher"

# Once per server, by a role that may create roles.
ROLES_SQL: Final = f"""\
CREATE ROLE {READER} NOLOGIN;
CREATE ROLE {PUBLISHER} NOLOGIN IN ROLE {READER};"""

# Once per library database, by its owner, after 'journeyline library setup' made the tables.
GRANTS_SQL: Final = f"""\
GRANT CONNECT ON DATABASE {{database}} TO {READER};
GRANT USAGE ON SCHEMA public TO {READER};
GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {READER};
GRANT INSERT (kind, title, client, segment, latest_version),
      UPDATE (latest_version, title, client, segment) ON published_map TO {PUBLISHER};
GRANT INSERT (map_id, number, author, message, title, client, segment, language, document)
      ON published_version TO {PUBLISHER};
GRANT INSERT ON search_entry TO {PUBLISHER};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {PUBLISHER};"""

# Each person: a login role in one of the two.
PERSON_SQL: Final = f"""\
CREATE ROLE kari LOGIN PASSWORD 'choose-one' IN ROLE {PUBLISHER};
CREATE ROLE ola LOGIN PASSWORD 'choose-one' IN ROLE {READER};"""


def grants_sql(database: str) -> str:
    """The grants for the library in ``database`` (a plain identifier, quoted if needed)."""
    quoted = database.replace('"', '""')
    name = database if database.isidentifier() and database.islower() else f'"{quoted}"'
    return GRANTS_SQL.format(database=name)
