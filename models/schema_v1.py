# ruff: noqa: E501  (recorded SQL text, kept as the release wrote it)
"""The schema of a version-1 workshop file, as ``models.file_check.schema_rows`` reads it.

Recorded from a file the version-1 release made (``tests/data/sample-v1.journey``), before the
schema moved on: a version-1 file must have exactly these rows of ``sqlite_schema`` to be
migrated (``models.migrations``). Never edit: this is what that release wrote.
"""

from __future__ import annotations

from typing import Final

SCHEMA_V1: Final[frozenset[tuple[str, str, str, str]]] = frozenset(
    [
        (
            "index",
            "ix_action_journey_id",
            "action",
            "CREATE INDEX ix_action_journey_id ON action(journey_id)",
        ),
        (
            "index",
            "ix_action_station_id",
            "action",
            "CREATE INDEX ix_action_station_id ON action(station_id)",
        ),
        (
            "index",
            "ix_line_journey_id_position",
            "line",
            "CREATE INDEX ix_line_journey_id_position ON line(journey_id,position)",
        ),
        (
            "index",
            "ix_phase_journey_id_position",
            "phase",
            "CREATE INDEX ix_phase_journey_id_position ON phase(journey_id,position)",
        ),
        (
            "index",
            "ix_station_journey_id",
            "station",
            "CREATE INDEX ix_station_journey_id ON station(journey_id)",
        ),
        (
            "index",
            "ix_station_owner_id",
            "station",
            "CREATE INDEX ix_station_owner_id ON station(owner_id)",
        ),
        (
            "index",
            "ix_station_phase_id_line_id_position",
            "station",
            "CREATE INDEX ix_station_phase_id_line_id_position ON "
            "station(phase_id,line_id,position)",
        ),
        (
            "table",
            "action",
            "action",
            "CREATE TABLE action(id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,journey_id INTEGER "
            "NOT NULL,title TEXT NOT NULL,position INTEGER NOT NULL,description TEXT NOT "
            "NULL,station_id INTEGER,owner_id INTEGER,effort INTEGER,value INTEGER,status "
            "VARCHAR(8)NOT NULL,due VARCHAR(10),kpi TEXT NOT NULL,CONSTRAINT ck_action_title "
            "CHECK(length(CAST(title AS BLOB))>= 1 AND length(title)<= 200),CONSTRAINT "
            "ck_action_text CHECK(length(description)<= 10000 AND length(kpi)<= 10000),CONSTRAINT "
            "ck_action_ratings CHECK((effort IS NULL OR(effort BETWEEN 1 AND 5))AND(value IS NULL "
            "OR(value BETWEEN 1 AND 5))),CONSTRAINT ck_action_status CHECK(status "
            "IN('idea','planned','doing','done','dropped')),CONSTRAINT ck_action_due CHECK(due IS "
            "NULL OR(length(due)= 10 AND date(due,'+0 days')IS due)),CONSTRAINT fk_action_journey_id "
            "FOREIGN KEY(journey_id)REFERENCES journey(id)DEFERRABLE INITIALLY DEFERRED,CONSTRAINT "
            "fk_action_station_id FOREIGN KEY(station_id)REFERENCES station(id)DEFERRABLE INITIALLY "
            "DEFERRED,CONSTRAINT fk_action_owner_id FOREIGN KEY(owner_id)REFERENCES "
            "owner(id)DEFERRABLE INITIALLY DEFERRED)",
        ),
        (
            "table",
            "journey",
            "journey",
            "CREATE TABLE journey(id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,name TEXT NOT "
            "NULL,position INTEGER NOT NULL,persona_id INTEGER,state VARCHAR(8)NOT NULL,description "
            "TEXT NOT NULL,storyline TEXT NOT NULL,CONSTRAINT ck_journey_name CHECK(length(CAST(name "
            "AS BLOB))>= 1 AND length(name)<= 200),CONSTRAINT ck_journey_state CHECK(state "
            "IN('current','future')),CONSTRAINT ck_journey_text CHECK(length(description)<= 10000 "
            "AND length(storyline)<= 10000),CONSTRAINT fk_journey_persona_id FOREIGN "
            "KEY(persona_id)REFERENCES persona(id)DEFERRABLE INITIALLY DEFERRED)",
        ),
        (
            "table",
            "line",
            "line",
            "CREATE TABLE line(id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,journey_id INTEGER NOT "
            "NULL,name TEXT NOT NULL,position INTEGER NOT NULL,kind VARCHAR(10)NOT NULL,color "
            "VARCHAR(7),CONSTRAINT ck_line_name CHECK(length(CAST(name AS BLOB))>= 1 AND "
            "length(name)<= 200),CONSTRAINT ck_line_kind CHECK(kind "
            "IN('frontstage','backstage')),CONSTRAINT ck_line_color CHECK(color IS NULL "
            "OR(length(color)= 7 AND color GLOB "
            "'#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]')),CONSTRAINT "
            "fk_line_journey_id FOREIGN KEY(journey_id)REFERENCES journey(id)DEFERRABLE INITIALLY "
            "DEFERRED)",
        ),
        (
            "table",
            "owner",
            "owner",
            "CREATE TABLE owner(id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,name TEXT NOT "
            "NULL,position INTEGER NOT NULL,role TEXT NOT NULL,email TEXT NOT NULL,CONSTRAINT "
            "ck_owner_name CHECK(length(CAST(name AS BLOB))>= 1 AND length(name)<= 200),CONSTRAINT "
            "ck_owner_text CHECK(length(role)<= 10000 AND length(email)<= 10000))",
        ),
        (
            "table",
            "persona",
            "persona",
            "CREATE TABLE persona(id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,name TEXT NOT "
            "NULL,position INTEGER NOT NULL,description TEXT NOT NULL,goals JSON NOT NULL,needs JSON "
            "NOT NULL,frustrations JSON NOT NULL,quote TEXT NOT NULL,color VARCHAR(7)NOT "
            "NULL,CONSTRAINT ck_persona_name CHECK(length(CAST(name AS BLOB))>= 1 AND length(name)<= "
            "200),CONSTRAINT ck_persona_text CHECK(length(description)<= 10000 AND length(quote)<= "
            "10000),CONSTRAINT ck_persona_lists CHECK(substr(goals,1,1)= '[' AND substr(goals,-1,1)= "
            "']' AND substr(needs,1,1)= '[' AND substr(needs,-1,1)= ']' AND "
            "substr(frustrations,1,1)= '[' AND substr(frustrations,-1,1)= ']'),CONSTRAINT "
            "ck_persona_color CHECK(length(color)= 7 AND color GLOB "
            "'#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'))",
        ),
        (
            "table",
            "phase",
            "phase",
            "CREATE TABLE phase(id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,journey_id INTEGER NOT "
            "NULL,name TEXT NOT NULL,position INTEGER NOT NULL,description TEXT NOT NULL,color "
            "VARCHAR(7),CONSTRAINT ck_phase_name CHECK(length(CAST(name AS BLOB))>= 1 AND "
            "length(name)<= 200),CONSTRAINT ck_phase_text CHECK(length(description)<= "
            "10000),CONSTRAINT ck_phase_color CHECK(color IS NULL OR(length(color)= 7 AND color GLOB "
            "'#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]')),CONSTRAINT "
            "fk_phase_journey_id FOREIGN KEY(journey_id)REFERENCES journey(id)DEFERRABLE INITIALLY "
            "DEFERRED)",
        ),
        ("table", "sqlite_sequence", "sqlite_sequence", "CREATE TABLE sqlite_sequence(name,seq)"),
        (
            "table",
            "station",
            "station",
            "CREATE TABLE station(id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,journey_id INTEGER "
            "NOT NULL,phase_id INTEGER NOT NULL,line_id INTEGER NOT NULL,title TEXT NOT "
            "NULL,position FLOAT NOT NULL,description TEXT NOT NULL,touchpoint TEXT NOT NULL,needs "
            "JSON NOT NULL,pain_points JSON NOT NULL,owner_id INTEGER,emotion INTEGER,evidence "
            "VARCHAR(8),moment_of_truth BOOLEAN NOT NULL,impact INTEGER,performance INTEGER,target "
            "INTEGER,day INTEGER,customers INTEGER,duration_minutes FLOAT,drop_off_percent "
            "FLOAT,CONSTRAINT ck_station_title CHECK(length(CAST(title AS BLOB))>= 1 AND "
            "length(title)<= 200),CONSTRAINT ck_station_text CHECK(length(description)<= 10000 AND "
            "length(touchpoint)<= 10000),CONSTRAINT ck_station_lists CHECK(substr(needs,1,1)= '[' "
            "AND substr(needs,-1,1)= ']' AND substr(pain_points,1,1)= '[' AND "
            "substr(pain_points,-1,1)= ']'),CONSTRAINT ck_station_emotion CHECK(emotion IS NULL "
            "OR(emotion BETWEEN -2 AND 2)),CONSTRAINT ck_station_evidence CHECK(evidence IS NULL OR "
            "evidence IN('observed','reported','assumed')),CONSTRAINT ck_station_ratings "
            "CHECK((impact IS NULL OR(impact BETWEEN 1 AND 5))AND(performance IS NULL OR(performance "
            "BETWEEN 1 AND 5))AND(target IS NULL OR(target BETWEEN 1 AND 5))),CONSTRAINT "
            "ck_station_customers CHECK(customers IS NULL OR customers >= 0),CONSTRAINT "
            "ck_station_duration CHECK(duration_minutes IS NULL OR duration_minutes >= 0),CONSTRAINT "
            "ck_station_drop_off CHECK(drop_off_percent IS NULL OR(drop_off_percent BETWEEN 0 AND "
            "100.0)),CONSTRAINT fk_station_journey_id FOREIGN KEY(journey_id)REFERENCES "
            "journey(id)DEFERRABLE INITIALLY DEFERRED,CONSTRAINT fk_station_phase_id FOREIGN "
            "KEY(phase_id)REFERENCES phase(id)DEFERRABLE INITIALLY DEFERRED,CONSTRAINT "
            "fk_station_line_id FOREIGN KEY(line_id)REFERENCES line(id)DEFERRABLE INITIALLY "
            "DEFERRED,CONSTRAINT fk_station_owner_id FOREIGN KEY(owner_id)REFERENCES "
            "owner(id)DEFERRABLE INITIALLY DEFERRED,CONSTRAINT ck_station_moment_of_truth "
            "CHECK(moment_of_truth IN(0,1)))",
        ),
        (
            "table",
            "workshop",
            "workshop",
            "CREATE TABLE workshop(title TEXT NOT NULL,id INTEGER NOT NULL,organisation TEXT NOT "
            "NULL,segment TEXT NOT NULL,business_goal TEXT NOT NULL,notes TEXT NOT NULL,CONSTRAINT "
            "pk_workshop PRIMARY KEY(id),CONSTRAINT ck_workshop_single_row CHECK(id = 1),CONSTRAINT "
            "ck_workshop_title CHECK(length(CAST(title AS BLOB))>= 1 AND length(title)<= "
            "200),CONSTRAINT ck_workshop_text CHECK(length(organisation)<= 10000 AND "
            "length(segment)<= 10000 AND length(business_goal)<= 10000 AND length(notes)<= 10000))",
        ),
    ]
)
