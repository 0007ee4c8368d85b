-- The shared employer register (issue 12): the fields of Enhetsregisteret (Brønnøysundregistrene) on each
-- employer (enhet), and its sub-units (underenheter, the workplaces). The import owns these columns; NAV's own
-- fields (inclusion profile, contact persons, NAV contacts) live beside them and are never touched by an import.

alter table employer
    add column org_form_code                varchar(10),
    add column org_form_text                varchar(200),
    add column nace_code                    varchar(6)   check (nace_code ~ '^[0-9]{2}\.[0-9]{1,3}$'),
    add column nace_text                    varchar(300),
    add column employee_count               integer      check (employee_count between 0 and 10000000),
    add column employees_under_five         boolean      not null default false,
    add column business_address             varchar(600),
    add column business_postal_code         varchar(12),
    add column business_postal_place        varchar(100),
    add column business_municipality_number varchar(4)   check (business_municipality_number ~ '^[0-9]{4}$'),
    add column business_municipality       varchar(100),
    add column business_country_code        varchar(2),
    add column postal_address               varchar(600),
    add column postal_postal_code           varchar(12),
    add column postal_postal_place          varchar(100),
    add column postal_municipality_number   varchar(4)   check (postal_municipality_number ~ '^[0-9]{4}$'),
    add column postal_municipality          varchar(100),
    add column postal_country_code          varchar(2),
    add column bankrupt                     boolean      not null default false,
    add column being_wound_up               boolean      not null default false,
    add column being_forcibly_wound_up      boolean      not null default false,
    add column registered_on                date,
    -- the register's own deletion date (slettedato), and when a newer full file no longer had the unit
    add column register_deleted_on          date,
    add column missing_from_register_since  timestamptz,
    -- a digest of the register's fields as last imported, so that a second import of the same file changes nothing
    add column register_digest              bigint,
    add column register_imported_at         timestamptz;

create index employer_business_municipality_idx on employer (business_municipality_number);
create index employer_nace_idx on employer (nace_code);

create table employer_sub_unit (
    id                          bigserial    primary key,
    org_number                  varchar(9)   not null unique check (org_number ~ '^[0-9]{9}$'),
    -- overordnetEnhet; the parent may arrive in a later file than its sub-unit, so the number is kept too
    parent_org_number           varchar(9)   check (parent_org_number ~ '^[0-9]{9}$'),
    employer_id                 bigint       references employer (id),
    name                        varchar(200) not null,
    org_form_code               varchar(10),
    nace_code                   varchar(6)   check (nace_code ~ '^[0-9]{2}\.[0-9]{1,3}$'),
    nace_text                   varchar(300),
    employee_count              integer      check (employee_count between 0 and 10000000),
    employees_under_five        boolean      not null default false,
    address                     varchar(600),
    postal_code                 varchar(12),
    postal_place                varchar(100),
    municipality_number         varchar(4)   check (municipality_number ~ '^[0-9]{4}$'),
    municipality                varchar(100),
    country_code                varchar(2),
    registered_on               date,
    register_deleted_on         date,
    missing_from_register_since timestamptz,
    register_digest             bigint,
    register_imported_at        timestamptz,
    version                     bigint       not null default 0,
    created_at                  timestamptz  not null default now()
);
create index employer_sub_unit_employer_idx on employer_sub_unit (employer_id);
create index employer_sub_unit_parent_idx on employer_sub_unit (parent_org_number);
