-- Schema 1: the foundation. Users and roles, settings, organisations, office holders with their
-- appointments and onboarding checklist, and the hash-chained audit log.
-- Dates are ISO text (YYYY-MM-DD); time stamps are UTC ISO text with milliseconds.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    user_name     TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(user_name) BETWEEN 2 AND 64),
    full_name     TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    roles         INTEGER NOT NULL CHECK (roles BETWEEN 1 AND 31),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL,
    last_login_at TEXT
);

-- A body whose office holders are kept: normally the one municipality of this database; the
-- national demo keeps all gemeenten, provincies and waterschappen side by side.
CREATE TABLE organisations (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('gemeente', 'provincie', 'waterschap')),
    province TEXT NOT NULL DEFAULT '',
    seats    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, name)
);

-- Politieke ambtsdrager. The summary columns (latest_*) describe the person's most recent
-- appointment; the service keeps them current so the list can sort and filter in SQL.
CREATE TABLE persons (
    id              INTEGER PRIMARY KEY,
    initials        TEXT NOT NULL,
    first_name      TEXT NOT NULL DEFAULT '',
    name_prefix     TEXT NOT NULL DEFAULT '',
    last_name       TEXT NOT NULL CHECK (length(last_name) > 0),
    gender          TEXT NOT NULL DEFAULT 'x' CHECK (gender IN ('m', 'v', 'x')),
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    sort_name       TEXT NOT NULL,
    search_text     TEXT NOT NULL,
    latest_role     TEXT,
    latest_faction  TEXT NOT NULL DEFAULT '',
    latest_org_id   INTEGER REFERENCES organisations(id),
    latest_start    TEXT,
    latest_end      TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX persons_sort_name ON persons(sort_name, id);
CREATE INDEX persons_latest_org ON persons(latest_org_id);

-- Ambtsperiode with the onboarding checklist (eed/belofte, gedragscode GC 1.5, protocol P 1.7,
-- VOG/risicoanalyse for wethouders) and the overgangsrecht flag for the verrekening.
CREATE TABLE appointments (
    id                      INTEGER PRIMARY KEY,
    person_id               INTEGER NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,
    organisation_id         INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    role                    TEXT NOT NULL CHECK (role IN ('raadslid', 'commissielid', 'wethouder', 'burgemeester')),
    fraction_pct            INTEGER CHECK (fraction_pct IS NULL OR fraction_pct BETWEEN 1 AND 100),
    deputy_chair            INTEGER NOT NULL DEFAULT 0 CHECK (deputy_chair IN (0, 1)),
    group_leader            INTEGER NOT NULL DEFAULT 0 CHECK (group_leader IN (0, 1)),
    faction                 TEXT NOT NULL DEFAULT '',
    start_date              TEXT NOT NULL,
    end_date                TEXT CHECK (end_date IS NULL OR end_date >= start_date),
    end_reason              TEXT NOT NULL DEFAULT '',
    oath_date               TEXT,
    code_received_date      TEXT,
    protocol_received_date  TEXT,
    screening_date          TEXT,
    screening_reference     TEXT NOT NULL DEFAULT '',
    transitional_settlement INTEGER NOT NULL DEFAULT 0 CHECK (transitional_settlement IN (0, 1))
);
CREATE INDEX appointments_person ON appointments(person_id, start_date);
CREATE INDEX appointments_org_role ON appointments(organisation_id, role, start_date);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at_utc      TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    action      TEXT NOT NULL,
    before_json TEXT NOT NULL DEFAULT '',
    after_json  TEXT NOT NULL DEFAULT '',
    person_id   INTEGER,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);
CREATE INDEX audit_person ON audit_log(person_id) WHERE person_id IS NOT NULL;

-- The audit trail is append-only: a row once written is never changed or removed.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
