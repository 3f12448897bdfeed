-- The persons list sorts on the name without case (Dutch names: "de Vries" and "De Vries" sort
-- together). An index in that collation lets each page of the lazy list be read in order instead
-- of sorting the whole table for every page; the party-group filter reads its choices from an index.
DROP INDEX IF EXISTS persons_sort_name;
CREATE INDEX persons_sort_name ON persons(sort_name COLLATE NOCASE, id);
CREATE INDEX appointments_faction ON appointments(faction);
-- "In office" is judged on the latest appointment's period: counting it reads this small index
-- instead of every wide person row.
CREATE INDEX persons_latest_period ON persons(latest_start, latest_end);
