-- An Arbeidslivssenter is a county-level unit in the office table (issue 12), not a local office: the statistics
-- must not list it among a county's offices (issue 15). Existing units are offices unless named as a centre.
alter table office
    add column kind varchar(20) not null default 'OFFICE' check (kind in ('OFFICE', 'WORKLIFE_CENTRE'));

update office set kind = 'WORKLIFE_CENTRE' where name like 'NAV Arbeidslivssenter%';
