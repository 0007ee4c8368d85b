-- Versions of a concluded mentor agreement (BRIEF §4): version 1 is the content as concluded, with its approvals;
-- every targeted change by the counsellor after conclusion adds the next version. The agreement row always holds
-- the latest version's content; the snapshot here keeps each version's content and approvals as they were.
create table agreement_version (
    id              bigserial    primary key,
    agreement_id    bigint       not null references mentor_agreement (id) on delete cascade,
    version_number  integer      not null check (version_number >= 1),
    change_type     varchar(30)  check (change_type in ('FORLENGE', 'FORKORTE', 'ENDRE_MENTOR', 'ENDRE_BEREGNING',
                                                        'ENDRE_KONTAKTINFO', 'ENDRE_OPPFOLGING')),
    reason          varchar(40)  check (reason in ('BEGYNT_I_ARBEID', 'FATT_TILBUD_OM_ANNET_TILTAK', 'SYK',
                                                   'IKKE_MOTT', 'FULLFORT', 'ANNET')),
    reason_text     varchar(500),
    effective_from  date,
    snapshot        jsonb        not null,
    changed_by      bigint       references app_user (id),
    changed_at      timestamptz  not null,
    unique (agreement_id, version_number),
    -- version 1 is the concluded agreement itself; every later one is a change of a known type
    check ((version_number = 1) = (change_type is null)),
    -- a reason only for shortening, and free text only with "annet"
    check (reason is null or change_type = 'FORKORTE'),
    check (reason_text is null or reason = 'ANNET'),
    check (reason is distinct from 'ANNET' or reason_text is not null)
);
