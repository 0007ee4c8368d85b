-- NAV's own fields in the shared employer register (issue 12), beside the register's columns of V19 that the import
-- owns: the inclusion profile, the contact persons at the employer, the primary and backup NAV contact, and the
-- notes from company visits (bedriftsdager). And the indexes that keep the search fast at 1 000 000 employers.

alter table employer
    add column ia_agreement          boolean       not null default false,
    add column inclusion_experience  varchar(2000),
    add column mentors_available     integer       check (mentors_available between 0 and 1000),
    add column candidate_capacity    integer       check (candidate_capacity between 0 and 1000),
    add column suitable_tasks        varchar(2000),
    add column nav_updated_at        timestamptz;

-- Several contact persons per employer; the old single contact_* columns become the first one.
create table employer_contact_person (
    id           bigserial    primary key,
    employer_id  bigint       not null references employer (id),
    position     integer      not null default 0,
    name         varchar(200) not null,
    title        varchar(200),
    phone        varchar(40),
    email        varchar(254),
    created_at   timestamptz  not null default now()
);
create index employer_contact_person_employer_idx on employer_contact_person (employer_id, position);

insert into employer_contact_person (employer_id, position, name, phone, email)
select id, 0, contact_name, contact_phone, contact_email from employer
where contact_name is not null and btrim(contact_name) <> '';

alter table employer drop column contact_name, drop column contact_phone, drop column contact_email;

-- The named NAV contacts (staff accounts), at most one primary and one backup, never the same person twice.
create table employer_nav_contact (
    employer_id  bigint      not null references employer (id),
    kind         varchar(10) not null check (kind in ('PRIMARY', 'BACKUP')),
    user_id      bigint      not null references app_user (id),
    primary key (employer_id, kind),
    unique (employer_id, user_id)
);
-- "My employers": where I am primary or backup contact.
create index employer_nav_contact_user_idx on employer_nav_contact (user_id, employer_id);

-- Notes from company visits (bedriftsdager): dated, with their author; added, never edited.
create table employer_visit_note (
    id           bigserial     primary key,
    employer_id  bigint        not null references employer (id),
    visited_on   date          not null,
    note         varchar(2000) not null,
    author_id    bigint        not null references app_user (id),
    created_at   timestamptz   not null default now()
);
create index employer_visit_note_employer_idx on employer_visit_note (employer_id, visited_on desc, id desc);

-- Search by name: case-insensitive and without accents, so "tromso", "TROMSØ" and "Tromsø" find each other (the
-- embedded database's C locale lowers only ASCII, hence the explicit letters). Word starts are found by a leading
-- space: the name "Bakeri Solsiden AS" is searched as " bakeri solsiden as", the term "sol" as "% sol%".
create function employer_search_text(name text) returns text
    language sql immutable strict parallel safe
    return ' ' || btrim(regexp_replace(
        replace(replace(translate(lower(translate(name,
            'ÆØÅÄÖÜÉÈÊÁÀÓÒÔÍÌÚÙÇÑ', 'æøåäöüéèêáàóòôíìúùçñ')),
            'øåäöüéèêáàóòôíìúùçñ', 'oaaoueeeaaoooiiuucn'), 'æ', 'ae'), 'ß', 'ss'),
        '[^a-z0-9]+', ' ', 'g'));

create extension if not exists pg_trgm;
create index employer_search_trgm_idx on employer using gin (employer_search_text(name) gin_trgm_ops);
create index employer_org_number_prefix_idx on employer (org_number varchar_pattern_ops);

-- Sorting: by name, by size, by municipality, each with the id as the last key so a page is always the same.
drop index if exists employer_name_idx;
create index employer_name_sort_idx on employer (lower(name), id);
create index employer_size_sort_idx on employer (employee_count desc nulls last, id);
create index employer_municipality_sort_idx on employer (business_municipality, lower(name), id);

-- Filters that select a small share of a million employers.
create index employer_ia_agreement_idx on employer (lower(name), id) where ia_agreement;
create index employer_mentors_available_idx on employer (lower(name), id) where mentors_available > 0;
