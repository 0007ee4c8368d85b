-- The employer search's words (issue 12's speed): the name's search text stored beside it instead of computed from
-- it. A trigram match must recheck each candidate row, and a search that walked the name's sort index filtered row
-- by row, each time through employer_search_text's translations and regex (about 15 µs a row under load); a stored
-- column makes that a plain LIKE on text. Written by PostgreSQL itself on every insert and change of the name, so the
-- import, COPY and the app's own edits keep it true.
alter table employer add column search_text text generated always as (employer_search_text(name)) stored;
create index employer_search_text_trgm_idx on employer using gin (search_text gin_trgm_ops);
drop index employer_search_trgm_idx;
