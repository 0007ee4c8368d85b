-- Retention (issue 4): candidates whose processes all ended longer ago than the retention period are
-- anonymised. What statistics need stays (office, phases and dates, outcome, measures, event types);
-- what identifies the person goes.

-- An anonymised candidate has no national id and no birth date, only the birth year (for age statistics).
alter table candidate alter column national_id drop not null;
alter table candidate alter column birth_date drop not null;
alter table candidate add column birth_year smallint;
alter table candidate add column anonymised_at timestamptz;
alter table candidate add constraint candidate_identified_unless_anonymised
    check (anonymised_at is not null or (national_id is not null and birth_date is not null));

-- The nightly job walks the candidates not yet anonymised in id order and looks up their processes and accounts.
create index candidate_not_anonymised_idx on candidate (id) where anonymised_at is null;
create index inclusion_process_candidate_idx on inclusion_process (candidate_id);
create index app_user_candidate_idx on app_user (candidate_id) where candidate_id is not null;

-- One row per anonymised candidate; deliberately nothing that identifies the person.
create table anonymisation_log (
    id              bigserial    primary key,
    anonymised_at   timestamptz  not null,
    candidate_id    bigint       not null references candidate (id),
    process_count   integer      not null
);
create index anonymisation_log_time_idx on anonymisation_log (anonymised_at);
