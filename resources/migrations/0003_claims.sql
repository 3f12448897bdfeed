-- Schema 3: declaraties and creditcards (Gedragscode GC 8 and 9). A claim (declaratie) has lines,
-- each with a functional reason (GC 9.3) and a proof of payment (betalingsbewijs) stored here with
-- its SHA-256; it runs through the workflow of core/claims/claimworkflow.cpp, every step recorded
-- in claim_events. Card payments are accounted like claim lines; a private one leads to an invoice
-- to the holder (GC 9.15). Amounts are integer cents, dates ISO text, time stamps UTC ISO text.
-- Which office keeps a claim follows, as in the registers, from the person's appointment on the
-- claim's reference date (its earliest expense date): computed, never stored.

-- The office holder a user account belongs to (a griffie employee who is also commissielid, the
-- burgemeester's own account), so that nobody acts on his own claim or card.
ALTER TABLE users ADD COLUMN person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL;
CREATE INDEX users_person ON users(person_id) WHERE person_id IS NOT NULL;

-- Kinds of cost: a setting. The code is stable (CSV, command line); the name is the municipality's.
CREATE TABLE expense_categories (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 30 AND code NOT GLOB '*[^a-z0-9_-]*'),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 0
);
INSERT INTO expense_categories(code, name, sort_order) VALUES ('reis', 'Reiskosten', 10);
INSERT INTO expense_categories(code, name, sort_order) VALUES ('verblijf', 'Verblijfkosten', 20);
INSERT INTO expense_categories(code, name, sort_order) VALUES ('representatie', 'Representatiekosten', 30);
INSERT INTO expense_categories(code, name, sort_order) VALUES ('opleiding', 'Opleiding en congressen', 40);
INSERT INTO expense_categories(code, name, sort_order) VALUES ('ict', 'ICT en telefonie', 50);
INSERT INTO expense_categories(code, name, sort_order) VALUES ('overig', 'Overige kosten', 60);

-- Betalingsbewijzen: a scanned receipt (PDF or image) of one claim line or one card payment. The
-- bytes live in the database so a backup holds everything; sha256 finds the same file used twice
-- (GC 9.1), at any scale through its index.
CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    file_name   TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    mime_type   TEXT NOT NULL CHECK (mime_type IN ('application/pdf', 'image/jpeg', 'image/png', 'image/gif',
                                                   'image/tiff', 'image/webp', 'image/heic')),
    size_bytes  INTEGER NOT NULL CHECK (size_bytes > 0),
    data        BLOB NOT NULL,
    created_at  TEXT NOT NULL,
    CHECK (length(data) = size_bytes)
);
CREATE INDEX attachments_sha256 ON attachments(sha256);

-- Voorschotten (GC 9.4): "afgerekend binnen een maand". An advance is settled by the claim that
-- accounts for it: settled_date is that claim's submission day.
CREATE TABLE advances (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,
    description  TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    paid_date    TEXT NOT NULL,
    settled_date TEXT CHECK (settled_date IS NULL OR settled_date >= paid_date),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX advances_person ON advances(person_id, paid_date);
CREATE INDEX advances_open ON advances(paid_date) WHERE settled_date IS NULL;

-- Declaraties. status: concept, ingediend, gecontroleerd, voorgelegd_burgemeester,
-- voorgelegd_orgaan, goedgekeurd, afgewezen, betaald. reference_date is the earliest expense date
-- (created_date, the local day of creation, while there are no lines): it decides the owning
-- appointment and the year of the list; total_cents and line_count are kept by the service for
-- lists over a million lines. submitted_by and checked_by serve the four-eyes rule; decision_*
-- record the seniorenconvent's or college's decision (GC 9.6-9.8), or the office's decision with
-- the reason of a rejection.
CREATE TABLE claims (
    id             INTEGER PRIMARY KEY,
    person_id      INTEGER NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,
    number_year    INTEGER NOT NULL CHECK (number_year BETWEEN 1990 AND 2200),
    number_seq     INTEGER NOT NULL CHECK (number_seq > 0),
    description    TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 200),
    notes          TEXT NOT NULL DEFAULT '',
    advance_id     INTEGER UNIQUE REFERENCES advances(id) ON DELETE RESTRICT,
    status         TEXT NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'ingediend', 'gecontroleerd',
                       'voorgelegd_burgemeester', 'voorgelegd_orgaan', 'goedgekeurd', 'afgewezen', 'betaald')),
    created_date   TEXT NOT NULL,
    reference_date TEXT NOT NULL,
    total_cents    INTEGER NOT NULL DEFAULT 0 CHECK (total_cents >= 0),
    line_count     INTEGER NOT NULL DEFAULT 0 CHECK (line_count >= 0),
    submitted_by   INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    submitted_date TEXT,
    checked_by     INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    decision_body  TEXT CHECK (decision_body IS NULL OR decision_body IN ('seniorenconvent', 'college')),
    decision_date  TEXT,
    decision_text  TEXT NOT NULL DEFAULT '',
    paid_date      TEXT,
    search_text    TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (number_year, number_seq),
    CHECK (status = 'concept' OR submitted_by IS NOT NULL),
    CHECK (status <> 'betaald' OR paid_date IS NOT NULL),
    CHECK ((decision_body IS NULL) OR decision_date IS NOT NULL)
);
CREATE INDEX claims_person ON claims(person_id, reference_date);
CREATE INDEX claims_reference ON claims(reference_date, id);
CREATE INDEX claims_status ON claims(status, reference_date);

-- Declaratieregels. person_id repeats the claim's person so the duplicate check (GC 9.1: same
-- person, date and amount in any claim) and the overview per person per year are one index lookup.
CREATE TABLE claim_lines (
    id           INTEGER PRIMARY KEY,
    claim_id     INTEGER NOT NULL REFERENCES claims(id) ON DELETE RESTRICT,
    person_id    INTEGER NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,
    expense_date TEXT NOT NULL,
    category     TEXT NOT NULL REFERENCES expense_categories(code) ON UPDATE RESTRICT ON DELETE RESTRICT,
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    description  TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
    reason       TEXT NOT NULL DEFAULT '',
    receipt_id   INTEGER UNIQUE REFERENCES attachments(id) ON DELETE RESTRICT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX claim_lines_duplicate ON claim_lines(person_id, expense_date, amount_cents);
CREATE INDEX claim_lines_claim ON claim_lines(claim_id, category);
CREATE INDEX claim_lines_date ON claim_lines(expense_date, category);

-- Warnings that do not block but are recorded at submission (replaced at a new submission):
-- te_laat (a line older than one month, GC 9.4), dubbel (same person, date and amount, GC 9.1),
-- dubbel_bewijs (the same receipt file), voorschot (an advance not settled within a month, GC 9.4).
CREATE TABLE claim_warnings (
    id               INTEGER PRIMARY KEY,
    claim_id         INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    line_id          INTEGER REFERENCES claim_lines(id) ON DELETE SET NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('te_laat', 'dubbel', 'dubbel_bewijs', 'voorschot')),
    message          TEXT NOT NULL,
    other_line_id    INTEGER REFERENCES claim_lines(id) ON DELETE SET NULL,
    other_payment_id INTEGER REFERENCES card_payments(id) ON DELETE SET NULL,
    advance_id       INTEGER REFERENCES advances(id) ON DELETE SET NULL,
    recorded_at      TEXT NOT NULL
);
CREATE INDEX claim_warnings_claim ON claim_warnings(claim_id);

-- Every transition of a claim: who, when (UTC), the reason or decision text, and for a decision
-- of the seniorenconvent or college the body and the date of its decision.
CREATE TABLE claim_events (
    id            INTEGER PRIMARY KEY,
    claim_id      INTEGER NOT NULL REFERENCES claims(id) ON DELETE RESTRICT,
    action        TEXT NOT NULL,
    from_status   TEXT NOT NULL,
    to_status     TEXT NOT NULL,
    user_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
    user_name     TEXT NOT NULL,
    at_utc        TEXT NOT NULL,
    text          TEXT NOT NULL DEFAULT '',
    event_date    TEXT,
    decision_body TEXT CHECK (decision_body IS NULL OR decision_body IN ('seniorenconvent', 'college'))
);
CREATE INDEX claim_events_claim ON claim_events(claim_id, id);

-- Creditcards (GC 9.9-9.15): only the issuer and the last four digits, never a full card number.
CREATE TABLE credit_cards (
    id             INTEGER PRIMARY KEY,
    person_id      INTEGER NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,
    issuer         TEXT NOT NULL CHECK (length(issuer) BETWEEN 1 AND 100),
    last_digits    TEXT NOT NULL CHECK (length(last_digits) = 4 AND last_digits NOT GLOB '*[^0-9]*'),
    issued_date    TEXT NOT NULL,
    withdrawn_date TEXT CHECK (withdrawn_date IS NULL OR withdrawn_date >= issued_date),
    notes          TEXT NOT NULL DEFAULT '',
    search_text    TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX credit_cards_person ON credit_cards(person_id, issued_date);

-- The kinds of cost a card may be used for (GC 9.10).
CREATE TABLE credit_card_categories (
    card_id  INTEGER NOT NULL REFERENCES credit_cards(id) ON DELETE CASCADE,
    category TEXT NOT NULL REFERENCES expense_categories(code) ON DELETE RESTRICT,
    PRIMARY KEY (card_id, category)
) WITHOUT ROWID;

CREATE TABLE card_statements (
    id             INTEGER PRIMARY KEY,
    card_id        INTEGER NOT NULL REFERENCES credit_cards(id) ON DELETE RESTRICT,
    statement_date TEXT NOT NULL,
    reference      TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (card_id, statement_date)
);

-- Card payments, accounted like a claim line (GC 9.11) and judged: zakelijk (business) or prive
-- (private, fully or in part: private_cents), which leads to an invoice (GC 9.15). accounted_by
-- serves the four-eyes rule: who entered the accounting does not judge it. card_id and person_id
-- repeat the statement's card and holder for the duplicate check and the overviews.
CREATE TABLE card_payments (
    id            INTEGER PRIMARY KEY,
    statement_id  INTEGER NOT NULL REFERENCES card_statements(id) ON DELETE RESTRICT,
    card_id       INTEGER NOT NULL REFERENCES credit_cards(id) ON DELETE RESTRICT,
    person_id     INTEGER NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,
    payment_date  TEXT NOT NULL,
    merchant      TEXT NOT NULL CHECK (length(merchant) BETWEEN 1 AND 200),
    amount_cents  INTEGER NOT NULL CHECK (amount_cents > 0),
    category      TEXT REFERENCES expense_categories(code) ON DELETE RESTRICT,
    description   TEXT NOT NULL DEFAULT '',
    reason        TEXT NOT NULL DEFAULT '',
    receipt_id    INTEGER UNIQUE REFERENCES attachments(id) ON DELETE RESTRICT,
    accounted_by  INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    judgement     TEXT CHECK (judgement IS NULL OR judgement IN ('zakelijk', 'prive')),
    private_cents INTEGER NOT NULL DEFAULT 0 CHECK (private_cents >= 0 AND private_cents <= amount_cents),
    judged_by     INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    judged_date   TEXT,
    judgement_note TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK ((judgement IS NULL) = (judged_date IS NULL)),
    CHECK ((judgement = 'prive') = (private_cents > 0))
);
CREATE INDEX card_payments_statement ON card_payments(statement_id, payment_date);
CREATE INDEX card_payments_duplicate ON card_payments(person_id, payment_date, amount_cents);
CREATE INDEX card_payments_date ON card_payments(payment_date, category);
CREATE INDEX card_payments_open ON card_payments(card_id, payment_date) WHERE judgement IS NULL;

-- Invoices for private card costs (GC 9.15), tracked until paid. number: "F2026-0001".
CREATE TABLE private_invoices (
    id           INTEGER PRIMARY KEY,
    payment_id   INTEGER NOT NULL UNIQUE REFERENCES card_payments(id) ON DELETE RESTRICT,
    person_id    INTEGER NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,
    number_year  INTEGER NOT NULL CHECK (number_year BETWEEN 1990 AND 2200),
    number_seq   INTEGER NOT NULL CHECK (number_seq > 0),
    invoice_date TEXT NOT NULL,
    due_date     TEXT NOT NULL CHECK (due_date >= invoice_date),
    amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
    paid_date    TEXT CHECK (paid_date IS NULL OR paid_date >= invoice_date),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (number_year, number_seq)
);
CREATE INDEX private_invoices_person ON private_invoices(person_id, invoice_date);
CREATE INDEX private_invoices_open ON private_invoices(due_date) WHERE paid_date IS NULL;
