-- Opportunities (kravspesifikasjon, issue 13): what an employer offers a candidate, written by the market side for
-- any employer or by the employer itself on its own page. No candidate data lives here.

create table opportunity (
    id                 bigserial     primary key,
    employer_id        bigint        not null references employer (id),
    sub_unit_id        bigint        references employer_sub_unit (id),
    title              varchar(120)  not null,
    tasks              varchar(2000),
    -- one requirement a line; a missing "must" weighs more than a missing "nice" in matching
    requirements_must  varchar(1000),
    requirements_nice  varchar(1000),
    training_offered   varchar(1000),
    mentor_available   boolean       not null default false,
    hours_per_week     integer       check (hours_per_week between 1 and 40),
    slots              integer       not null check (slots between 1 and 99),
    type               varchar(20)   not null check (type in ('WORK_TRAINING', 'TEMPORARY', 'ORDINARY',
                                                              'SUMMER_JOB', 'APPRENTICESHIP')),
    hire_chance        varchar(10)   not null check (hire_chance in ('UNKNOWN', 'LOW', 'MEDIUM', 'HIGH')),
    starts_on          date,
    ends_on            date,
    municipality       varchar(100)  not null,
    -- one of the 15 counties (Counties); matching judges distance as same municipality / same county / other
    county             varchar(100)  not null,
    -- what the work demands, a comma-separated subset of WorkConstraint (NIGHT_WORK, HEAVY_LIFTING …)
    work_constraints   varchar(200)  not null default '',
    status             varchar(10)   not null check (status in ('DRAFT', 'OPEN', 'FILLED', 'CLOSED')),
    created_by         bigint        not null references app_user (id),
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
-- the list and the matching pre-filter: open opportunities of a county, newest first
create index opportunity_status_county_idx on opportunity (status, county, updated_at desc);
create index opportunity_employer_idx on opportunity (employer_id, status);
