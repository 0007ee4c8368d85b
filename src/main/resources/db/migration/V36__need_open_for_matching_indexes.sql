-- The rankings from an opportunity (issue 13) fetch the oldest 500 needs open for proposals that one board shows: an
-- office's (the market contact, the counsellor) or a county's Arbeidslivssenter board. Over the board's indexes
-- (office_id, state, posted_at) and (county, level, state, posted_at) that is every open and every proposed need of
-- the office or county, read and sorted to keep 500: it grows with the board. These partial indexes hold only the
-- needs open for proposals, in the ranking's order, so the fetch is one bounded range of at most 500 entries
-- whatever the volume (EXPLAIN at the benchmark's data: an index scan under the limit, no sort).
create index need_open_office_posted_idx on need (office_id, posted_at, id) where state in ('OPEN', 'PROPOSED');
create index need_open_county_posted_idx on need (county, posted_at, id)
    where level = 'WORKLIFE_CENTRE' and state in ('OPEN', 'PROPOSED');
