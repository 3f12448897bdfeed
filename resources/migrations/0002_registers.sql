-- Schema 2: the public integrity registers (Gedragscode GC 2, 3, 5, 6) and their yearly settings.
-- Every record belongs to an office holder (persons.id); which office keeps it follows from the
-- person's appointment at the record's date and is computed, not stored, so a corrected
-- appointment never leaves a record with a stale owner. Amounts are integer cents, dates ISO text.
-- Each table keeps a normalized search_text (organisation, description, ...) for the search box.

-- Nevenfuncties (GC 3). ex_officio = "uit hoofde van het ambt" (q.q.). For a wethouder or
-- burgemeester a personal position needs the intention reported to the raad and discussed in the
-- college (GC 3.6): the two dates are recorded and their absence is flagged, not refused.
CREATE TABLE side_positions (
    id                     INTEGER PRIMARY KEY,
    person_id              INTEGER NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,
    organisation           TEXT NOT NULL CHECK (length(organisation) BETWEEN 1 AND 200),
    description            TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
    ex_officio             INTEGER NOT NULL DEFAULT 0 CHECK (ex_officio IN (0, 1)),
    paid                   INTEGER NOT NULL DEFAULT 0 CHECK (paid IN (0, 1)),
    start_date             TEXT NOT NULL,
    end_date               TEXT CHECK (end_date IS NULL OR end_date >= start_date),
    reported_date          TEXT,
    raad_notified_date     TEXT,
    college_discussed_date TEXT,
    notes                  TEXT NOT NULL DEFAULT '',
    search_text            TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);
CREATE INDEX side_positions_person ON side_positions(person_id, start_date);
CREATE INDEX side_positions_start ON side_positions(start_date, id);
CREATE INDEX side_positions_end ON side_positions(end_date);

-- Neveninkomsten: one amount per position per calendar year, with the date it was published
-- (full-time wethouders and the burgemeester publish the previous year's income before 1 April).
CREATE TABLE side_incomes (
    id             INTEGER PRIMARY KEY,
    position_id    INTEGER NOT NULL REFERENCES side_positions(id) ON DELETE RESTRICT,
    year           INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    amount_cents   INTEGER NOT NULL CHECK (amount_cents >= 0),
    published_date TEXT,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (position_id, year)
);
CREATE INDEX side_incomes_year ON side_incomes(year, position_id);

-- Verrekening parameters per body and year. The salary is the yearly full-time salary including
-- holiday allowance per role (not per person): the Rechtspositiebesluit fixes it per role and size
-- class of the municipality, so one row per body and year serves every college member, and a
-- national database keeps each body's own figures. Only full-time members are settled, so the
-- part-time factor never scales it; a part year is pro-rated by the days in office instead.
-- Percentages are basis points: 1400 = 14 %, 5000 = 50 %.
CREATE TABLE settlement_parameters (
    organisation_id    INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
    year               INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    alderman_salary_cents INTEGER CHECK (alderman_salary_cents IS NULL OR alderman_salary_cents > 0),
    mayor_salary_cents INTEGER CHECK (mayor_salary_cents IS NULL OR mayor_salary_cents > 0),
    free_part_bp       INTEGER NOT NULL DEFAULT 1400 CHECK (free_part_bp BETWEEN 0 AND 10000),
    rate_bp            INTEGER NOT NULL DEFAULT 5000 CHECK (rate_bp BETWEEN 0 AND 10000),
    PRIMARY KEY (organisation_id, year)
) WITHOUT ROWID;

-- The college's yearly decision on the verrekening, also when nothing is to be settled.
-- computed_cents is the figure the application computed at the time; settled_cents what the
-- college decided (normally the same).
CREATE TABLE settlement_decisions (
    id                INTEGER PRIMARY KEY,
    person_id         INTEGER NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,
    year              INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    computed_cents    INTEGER NOT NULL CHECK (computed_cents >= 0),
    settled_cents     INTEGER NOT NULL CHECK (settled_cents >= 0),
    ex_officio_cents  INTEGER NOT NULL DEFAULT 0 CHECK (ex_officio_cents >= 0),
    nothing_to_settle INTEGER NOT NULL CHECK (nothing_to_settle IN (0, 1)),
    decision_date     TEXT NOT NULL,
    decision_text     TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    CHECK ((nothing_to_settle = 1) = (settled_cents = 0)),
    UNIQUE (person_id, year)
);
CREATE INDEX settlement_decisions_year ON settlement_decisions(year);

-- Yearly inventory of nevenfuncties (GC 3.4): one confirmation per person per year.
CREATE TABLE inventory_confirmations (
    id             INTEGER PRIMARY KEY,
    person_id      INTEGER NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,
    year           INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    confirmed_date TEXT NOT NULL,
    corrected      INTEGER NOT NULL DEFAULT 0 CHECK (corrected IN (0, 1)),
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK (corrected = 0 OR length(notes) > 0),
    UNIQUE (person_id, year)
);
CREATE INDEX inventory_confirmations_year ON inventory_confirmations(year);

-- Financiële belangen (GC 2.2, 2.3): a current public list, mid-term interests included.
CREATE TABLE financial_interests (
    id            INTEGER PRIMARY KEY,
    person_id     INTEGER NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,
    organisation  TEXT NOT NULL CHECK (length(organisation) BETWEEN 1 AND 200),
    kind          TEXT NOT NULL CHECK (kind IN ('aandelen', 'opties', 'derivaten', 'obligaties', 'overig')),
    description   TEXT NOT NULL DEFAULT '',
    acquired_date TEXT NOT NULL,
    reported_date TEXT,
    end_date      TEXT CHECK (end_date IS NULL OR end_date >= acquired_date),
    notes         TEXT NOT NULL DEFAULT '',
    search_text   TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX financial_interests_person ON financial_interests(person_id, acquired_date);
CREATE INDEX financial_interests_acquired ON financial_interests(acquired_date, id);

-- The gift threshold per year (GC 5.1.2: EUR 50 plus yearly indexation). A year without a row
-- takes the most recent earlier year's threshold, and 5000 cents before any row.
CREATE TABLE gift_thresholds (
    year            INTEGER PRIMARY KEY CHECK (year BETWEEN 1990 AND 2200),
    threshold_cents INTEGER NOT NULL CHECK (threshold_cents >= 0)
) WITHOUT ROWID;

-- Geschenken (GC 5.1). destination: gemeente (kept by the municipality), goed_doel (charity),
-- personeel (shared with staff), teruggegeven (returned), behouden (kept by the person, only at or
-- below the threshold). decided_by: the office itself (griffier/secretaris) or, on doubt or when
-- received at home (GC 5.1.3, 5.1.5), the seniorenconvent or the college.
CREATE TABLE gifts (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,
    received_date    TEXT NOT NULL,
    giver            TEXT NOT NULL CHECK (length(giver) BETWEEN 1 AND 200),
    description      TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
    value_cents      INTEGER NOT NULL CHECK (value_cents >= 0),
    occasion         TEXT NOT NULL DEFAULT '',
    received_at_home INTEGER NOT NULL DEFAULT 0 CHECK (received_at_home IN (0, 1)),
    reported_date    TEXT,
    destination      TEXT CHECK (destination IS NULL OR destination IN
                         ('gemeente', 'goed_doel', 'personeel', 'teruggegeven', 'behouden')),
    decided_by       TEXT CHECK (decided_by IS NULL OR decided_by IN ('griffier', 'secretaris', 'seniorenconvent', 'college')),
    decision_date    TEXT,
    notes            TEXT NOT NULL DEFAULT '',
    search_text      TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK ((destination IS NULL) = (decided_by IS NULL) AND (destination IS NULL) = (decision_date IS NULL))
);
CREATE INDEX gifts_person ON gifts(person_id, received_date);
CREATE INDEX gifts_received ON gifts(received_date, id);
CREATE INDEX gifts_open ON gifts(received_date) WHERE destination IS NULL;

-- Uitnodigingen (GC 5.2): excursions and events paid by others are discussed beforehand in the
-- seniorenconvent or the college (5.2.2).
CREATE TABLE invitations (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,
    event_date      TEXT NOT NULL,
    host            TEXT NOT NULL CHECK (length(host) BETWEEN 1 AND 200),
    description     TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
    kind            TEXT NOT NULL CHECK (kind IN ('lunch', 'diner', 'receptie', 'excursie', 'evenement', 'overig')),
    functional      INTEGER NOT NULL DEFAULT 1 CHECK (functional IN (0, 1)),
    accepted        INTEGER NOT NULL DEFAULT 0 CHECK (accepted IN (0, 1)),
    value_cents     INTEGER CHECK (value_cents IS NULL OR value_cents >= 0),
    decided_by      TEXT CHECK (decided_by IS NULL OR decided_by IN ('seniorenconvent', 'college')),
    decision_date   TEXT,
    decision        TEXT CHECK (decision IS NULL OR decision IN ('toegestaan', 'afgewezen')),
    decision_notes  TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    search_text     TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK ((decision IS NULL) = (decided_by IS NULL) AND (decision IS NULL) = (decision_date IS NULL))
);
CREATE INDEX invitations_person ON invitations(person_id, event_date);
CREATE INDEX invitations_event ON invitations(event_date, id);

-- Dienstreizen (GC 6): foreign trips with at least one night (6.1), the college's permission
-- beforehand (6.2; for raadsleden the seniorenconvent may decide, 6.4), a conflict-of-interest test
-- for trips paid by a third party (6.4), the partner only on the host's invitation and in the
-- municipal interest (6.5), third persons and a private extension at own cost (6.6, 6.7).
CREATE TABLE trips (
    id                         INTEGER PRIMARY KEY,
    person_id                  INTEGER NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,
    destination                TEXT NOT NULL CHECK (length(destination) BETWEEN 1 AND 200),
    purpose                    TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 1000),
    policy_reasons             TEXT NOT NULL DEFAULT '',
    party                      TEXT NOT NULL DEFAULT '',
    departure_date             TEXT NOT NULL,
    return_date                TEXT NOT NULL CHECK (return_date > departure_date),
    estimated_cents            INTEGER NOT NULL CHECK (estimated_cents >= 0),
    actual_cents               INTEGER CHECK (actual_cents IS NULL OR actual_cents >= 0),
    paid_by                    TEXT NOT NULL CHECK (paid_by IN ('gemeente', 'derde')),
    third_party                TEXT NOT NULL DEFAULT '',
    partner_travels            INTEGER NOT NULL DEFAULT 0 CHECK (partner_travels IN (0, 1)),
    partner_invited_by_host    INTEGER NOT NULL DEFAULT 0 CHECK (partner_invited_by_host IN (0, 1)),
    partner_municipal_interest INTEGER NOT NULL DEFAULT 0 CHECK (partner_municipal_interest IN (0, 1)),
    third_persons              TEXT NOT NULL DEFAULT '',
    private_extension_days     INTEGER NOT NULL DEFAULT 0 CHECK (private_extension_days BETWEEN 0 AND 60),
    decided_by                 TEXT CHECK (decided_by IS NULL OR decided_by IN ('seniorenconvent', 'college')),
    decision_date              TEXT,
    decision                   TEXT CHECK (decision IS NULL OR decision IN ('toegestaan', 'afgewezen')),
    decision_notes             TEXT NOT NULL DEFAULT '',
    conflict_test_date         TEXT,
    conflict_test_notes        TEXT NOT NULL DEFAULT '',
    notes                      TEXT NOT NULL DEFAULT '',
    search_text                TEXT NOT NULL DEFAULT '',
    created_at                 TEXT NOT NULL,
    updated_at                 TEXT NOT NULL,
    CHECK ((decision IS NULL) = (decided_by IS NULL) AND (decision IS NULL) = (decision_date IS NULL)),
    CHECK (paid_by = 'gemeente' OR length(third_party) > 0),
    CHECK (partner_travels = 0 OR (partner_invited_by_host = 1 AND partner_municipal_interest = 1))
);
CREATE INDEX trips_person ON trips(person_id, departure_date);
CREATE INDEX trips_departure ON trips(departure_date, id);
