-- The contact log across NAV units, per employer (issue 12, BRIEF §6): who at NAV (person and unit) had or plans
-- which contact with the employer, with whom there, how, why, and when the next contact is planned. Shared by every
-- unit so that nobody calls an employer «i tide og utide» without seeing who else did. It holds no candidate data.
create table employer_contact (
    id                   bigserial     primary key,
    employer_id          bigint        not null references employer (id),
    nav_user_id          bigint        not null references app_user (id),
    -- the person's unit when the entry was written (people move; the log says where they were then)
    nav_unit_id          varchar(4)    references office (id),
    nav_unit_kind        varchar(20)   not null check (nav_unit_kind in ('OFFICE', 'WORKLIFE_CENTRE')),
    -- when the contact took place; null for a planned contact that has not happened yet
    contacted_at         timestamptz,
    -- the next planned contact (for a planned contact: when it is planned); open while follow_up_open
    next_contact_on      date,
    follow_up_open       boolean       not null default false,
    form                 varchar(30)   not null,
    purpose              varchar(30)   not null,
    -- the employer's contact person: a name, and the id of the register's contact person when chosen from it
    -- (no foreign key: that list belongs to the employer register and may change independently)
    contact_person_id    bigint,
    contact_person_name  varchar(200),
    contact_person_role  varchar(200),
    contact_person_phone varchar(40),
    note                 varchar(2000),
    version              bigint        not null default 0,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    check (contacted_at is not null or next_contact_on is not null),
    check (not follow_up_open or next_contact_on is not null)
);

-- the employer's log, newest first (planned ones, without a time, on top)
create index employer_contact_employer_idx on employer_contact (employer_id, contacted_at desc, id desc);
-- the warning: open plans on the employer around today
create index employer_contact_employer_plan_idx on employer_contact (employer_id, next_contact_on)
    where follow_up_open;
-- contacts due (this week, overdue): mine, and my unit's
create index employer_contact_user_due_idx on employer_contact (nav_user_id, next_contact_on) where follow_up_open;
create index employer_contact_unit_due_idx on employer_contact (nav_unit_id, next_contact_on) where follow_up_open;
-- my recent contacts
create index employer_contact_user_recent_idx on employer_contact (nav_user_id, contacted_at desc);
