-- An Arbeidslivssenter is a county-level unit in the office table (issue 12), not a local office: the statistics
-- must not list it among a county's offices (issue 15). Existing units are offices unless named as a centre.
alter table office
    add column kind varchar(20) not null default 'OFFICE' check (kind in ('OFFICE', 'WORKLIFE_CENTRE'));

update office set kind = 'WORKLIFE_CENTRE' where name like 'NAV Arbeidslivssenter%';

-- Time in each phase (issue 15) reads the phase changes of a period; not the whole timeline.
create index process_event_phase_change_idx on process_event (occurred_at)
    where type in ('PHASE_FORWARD', 'PHASE_BACK');
