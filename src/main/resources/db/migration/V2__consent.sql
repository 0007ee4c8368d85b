-- The candidate's consent, item by item and audience by audience, to share what the counsellor knows.
-- A row is one grant; withdrawing closes it. History stays, so "shared since" and past choices are known.
create table consent (
    id              bigserial    primary key,
    candidate_id    bigint       not null references candidate (id),
    item            varchar(40)  not null,
    audience        varchar(20)  not null,
    granted_at      timestamptz  not null,
    granted_by      bigint       not null references app_user (id),
    withdrawn_at    timestamptz,
    withdrawn_by    bigint       references app_user (id),
    check (withdrawn_at is null or withdrawn_at >= granted_at)
);
-- At most one standing grant per item and audience.
create unique index consent_one_standing on consent (candidate_id, item, audience) where withdrawn_at is null;
create index consent_candidate_idx on consent (candidate_id);
