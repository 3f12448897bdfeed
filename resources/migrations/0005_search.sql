-- Search indexes for the lists, and a covering index for the claims overview.
--
-- The search box finds a word anywhere inside the names and texts ("stich" finds "Stichting"). A
-- LIKE '%word%' reads every row: some half a second for 200,000 nevenfuncties. A trigram index per
-- table answers a term of three or more characters from the index instead; shorter terms keep the
-- LIKE (a trigram index cannot answer them). The index holds the normalized search_text the services
-- already write (no case, no diacritics), so the typed term is normalized the same way in C++.
-- External content: the text is not stored twice; the triggers keep each index in step with its table.

CREATE VIRTUAL TABLE persons_search USING fts5(search_text, content='persons', content_rowid='id', tokenize='trigram');
INSERT INTO persons_search(persons_search) VALUES ('rebuild');
CREATE TRIGGER persons_search_insert AFTER INSERT ON persons
BEGIN
    INSERT INTO persons_search(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER persons_search_delete AFTER DELETE ON persons
BEGIN
    INSERT INTO persons_search(persons_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER persons_search_update AFTER UPDATE OF search_text ON persons
BEGIN
    INSERT INTO persons_search(persons_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO persons_search(rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE VIRTUAL TABLE side_positions_search USING fts5(search_text, content='side_positions', content_rowid='id', tokenize='trigram');
INSERT INTO side_positions_search(side_positions_search) VALUES ('rebuild');
CREATE TRIGGER side_positions_search_insert AFTER INSERT ON side_positions
BEGIN
    INSERT INTO side_positions_search(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER side_positions_search_delete AFTER DELETE ON side_positions
BEGIN
    INSERT INTO side_positions_search(side_positions_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER side_positions_search_update AFTER UPDATE OF search_text ON side_positions
BEGIN
    INSERT INTO side_positions_search(side_positions_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO side_positions_search(rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE VIRTUAL TABLE financial_interests_search USING fts5(search_text, content='financial_interests', content_rowid='id', tokenize='trigram');
INSERT INTO financial_interests_search(financial_interests_search) VALUES ('rebuild');
CREATE TRIGGER financial_interests_search_insert AFTER INSERT ON financial_interests
BEGIN
    INSERT INTO financial_interests_search(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER financial_interests_search_delete AFTER DELETE ON financial_interests
BEGIN
    INSERT INTO financial_interests_search(financial_interests_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER financial_interests_search_update AFTER UPDATE OF search_text ON financial_interests
BEGIN
    INSERT INTO financial_interests_search(financial_interests_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO financial_interests_search(rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE VIRTUAL TABLE gifts_search USING fts5(search_text, content='gifts', content_rowid='id', tokenize='trigram');
INSERT INTO gifts_search(gifts_search) VALUES ('rebuild');
CREATE TRIGGER gifts_search_insert AFTER INSERT ON gifts
BEGIN
    INSERT INTO gifts_search(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER gifts_search_delete AFTER DELETE ON gifts
BEGIN
    INSERT INTO gifts_search(gifts_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER gifts_search_update AFTER UPDATE OF search_text ON gifts
BEGIN
    INSERT INTO gifts_search(gifts_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO gifts_search(rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE VIRTUAL TABLE invitations_search USING fts5(search_text, content='invitations', content_rowid='id', tokenize='trigram');
INSERT INTO invitations_search(invitations_search) VALUES ('rebuild');
CREATE TRIGGER invitations_search_insert AFTER INSERT ON invitations
BEGIN
    INSERT INTO invitations_search(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER invitations_search_delete AFTER DELETE ON invitations
BEGIN
    INSERT INTO invitations_search(invitations_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER invitations_search_update AFTER UPDATE OF search_text ON invitations
BEGIN
    INSERT INTO invitations_search(invitations_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO invitations_search(rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE VIRTUAL TABLE trips_search USING fts5(search_text, content='trips', content_rowid='id', tokenize='trigram');
INSERT INTO trips_search(trips_search) VALUES ('rebuild');
CREATE TRIGGER trips_search_insert AFTER INSERT ON trips
BEGIN
    INSERT INTO trips_search(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER trips_search_delete AFTER DELETE ON trips
BEGIN
    INSERT INTO trips_search(trips_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER trips_search_update AFTER UPDATE OF search_text ON trips
BEGIN
    INSERT INTO trips_search(trips_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO trips_search(rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE VIRTUAL TABLE claims_search USING fts5(search_text, content='claims', content_rowid='id', tokenize='trigram');
INSERT INTO claims_search(claims_search) VALUES ('rebuild');
CREATE TRIGGER claims_search_insert AFTER INSERT ON claims
BEGIN
    INSERT INTO claims_search(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER claims_search_delete AFTER DELETE ON claims
BEGIN
    INSERT INTO claims_search(claims_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER claims_search_update AFTER UPDATE OF search_text ON claims
BEGIN
    INSERT INTO claims_search(claims_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO claims_search(rowid, search_text) VALUES (new.id, new.search_text);
END;

-- The claims overview of a year reads that year's lines of everybody (about 100,000 at national
-- scale). With every column it needs in the index it never visits the wide line rows: 1.3 s of
-- processor time became 0.3 s on the replica.
CREATE INDEX claim_lines_overview ON claim_lines(expense_date, claim_id, person_id, category, amount_cents);
