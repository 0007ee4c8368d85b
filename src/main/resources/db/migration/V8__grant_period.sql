-- Grant periods (tilskuddsperioder) of a mentor agreement, BRIEF §4: one per calendar month of the agreement,
-- generated when the counsellor approves, decided by a beslutter (four-eyes). Approving the first concludes the
-- agreement. Superseded or withdrawn periods stay as ANNULLERT, so every decision remains visible.
create table grant_period (
    id                      bigserial     primary key,
    agreement_id            bigint        not null references mentor_agreement (id) on delete cascade,
    sequence_number         integer       not null check (sequence_number >= 1),
    from_date               date          not null,
    to_date                 date          not null,
    amount                  numeric(14, 0) not null check (amount >= 0),
    monthly_amount          numeric(14, 0) not null check (monthly_amount >= 0),
    status                  varchar(20)   not null
        check (status in ('UBEHANDLET', 'GODKJENT', 'AVSLATT', 'ANNULLERT')),
    decided_by              bigint        references app_user (id),
    decided_at              timestamptz,
    rejected_by             bigint        references app_user (id),
    rejected_at             timestamptz,
    rejection_reasons       varchar(200),
    rejection_explanation   varchar(2000),
    resubmitted_at          timestamptz,
    annulled_at             timestamptz,
    version                 bigint        not null default 0,
    created_at              timestamptz   not null default now(),
    check (from_date <= to_date),
    check ((status in ('GODKJENT', 'AVSLATT')) = (decided_at is not null) or status = 'ANNULLERT'),
    check ((rejected_at is null) = (rejection_reasons is null)),
    check ((rejected_at is null) = (rejection_explanation is null))
);
create index grant_period_agreement_idx on grant_period (agreement_id, sequence_number);
-- The beslutter's queue: by status, oldest period first, joined to the agreement's office.
create index grant_period_queue_idx on grant_period (status, from_date, agreement_id);
create index mentor_agreement_office_idx on mentor_agreement (office_id);
