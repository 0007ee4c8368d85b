-- Job-fair events (issue 13, part 2; seed 002:3758-4176 "Ta sjansen"): a market contact or an Arbeidslivssenter
-- adviser organises a job fair, a kick-off with group interviews or an employer breakfast; employers take part
-- with the tasks they recruit for and their interview slots; counsellors of the invited offices book slots for
-- candidates of their caseload. The rules of one event (at most N candidates per employer, at most M employers per
-- candidate) are checked at booking under a lock on the event row; the unique index on an active booking's slot is
-- the last word when two counsellors take the last slot at the same moment.

create table event (
    id                          bigserial     primary key,
    type                        varchar(20)   not null check (type in ('JOB_FAIR', 'KICK_OFF', 'BREAKFAST')),
    title                       varchar(150)  not null,
    starts_at                   timestamptz   not null,
    ends_at                     timestamptz   not null,
    venue                       varchar(300)  not null,
    organiser_office_id         varchar(4)    not null references office (id),
    state                       varchar(20)   not null
                                check (state in ('DRAFT', 'PUBLISHED', 'HELD', 'CLOSED', 'CANCELLED')),
    cancel_reason               varchar(1000),
    max_candidates_per_employer integer       not null default 4 check (max_candidates_per_employer between 1 and 50),
    max_employers_per_candidate integer       not null default 2 check (max_employers_per_candidate between 1 and 20),
    created_by                  bigint        not null references app_user (id),
    created_at                  timestamptz   not null,
    version                     bigint        not null default 0,
    check (ends_at > starts_at),
    check ((state = 'CANCELLED') = (cancel_reason is not null))
);
create index event_state_starts_idx on event (state, starts_at);
create index event_organiser_idx on event (organiser_office_id, starts_at);

-- co-organisers (offices or Arbeidslivssenter units) and the offices invited to book
create table event_office (
    event_id   bigint      not null references event (id),
    office_id  varchar(4)  not null references office (id),
    role       varchar(20) not null check (role in ('CO_ORGANISER', 'INVITED')),
    primary key (event_id, role, office_id)
);
create index event_office_office_idx on event_office (office_id, role);

-- an employer taking part: the tasks it recruits for (free text) and, at breakfasts, whether it came
create table event_employer (
    id           bigserial     primary key,
    event_id     bigint        not null references event (id),
    employer_id  bigint        not null references employer (id),
    tasks        varchar(2000),
    attended     boolean,
    added_by     bigint        not null references app_user (id),
    added_at     timestamptz   not null,
    version      bigint        not null default 0,
    unique (event_id, employer_id)
);
create index event_employer_employer_idx on event_employer (employer_id);

create table event_slot (
    id                 bigserial    primary key,
    event_employer_id  bigint       not null references event_employer (id),
    starts_at          timestamptz  not null,
    ends_at            timestamptz  not null,
    check (ends_at > starts_at),
    unique (event_employer_id, starts_at)
);

create table event_booking (
    id                 bigserial     primary key,
    event_id           bigint        not null references event (id),
    event_employer_id  bigint        not null references event_employer (id),
    slot_id            bigint        not null references event_slot (id),
    process_id         bigint        not null references inclusion_process (id),
    candidate_id       bigint        not null references candidate (id),
    booked_by          bigint        not null references app_user (id),
    booked_at          timestamptz   not null,
    -- the candidate's choice on her own page; null until she has chosen
    counsellor_joins   boolean,
    attendance         varchar(10)   check (attendance in ('MET', 'NO_SHOW')),
    decision           varchar(20)   check (decision in ('ARBEIDSTRENING', 'JOB', 'SECOND_INTERVIEW', 'NO')),
    feedback           varchar(2000),
    decided_at         timestamptz,
    offer_accepted_at  timestamptz,
    cancelled_at       timestamptz,
    version            bigint        not null default 0,
    check (decision is null or attendance = 'MET'),
    check (offer_accepted_at is null or decision in ('ARBEIDSTRENING', 'JOB'))
);
-- exactly one active booking per slot: two counsellors on the last slot, one wins
create unique index event_booking_slot_active_idx on event_booking (slot_id) where cancelled_at is null;
create unique index event_booking_employer_candidate_idx on event_booking (event_employer_id, candidate_id)
    where cancelled_at is null;
create index event_booking_event_idx on event_booking (event_id, candidate_id);
create index event_booking_process_idx on event_booking (process_id);

-- a waiting list per employer when its slots are full (or its candidate limit reached), first come first served
create table event_waiting (
    id                 bigserial     primary key,
    event_employer_id  bigint        not null references event_employer (id),
    process_id         bigint        not null references inclusion_process (id),
    candidate_id       bigint        not null references candidate (id),
    added_by           bigint        not null references app_user (id),
    added_at           timestamptz   not null,
    -- set when moved up into a booking, or taken off the list
    left_at            timestamptz,
    booking_id         bigint        references event_booking (id)
);
create unique index event_waiting_active_idx on event_waiting (event_employer_id, candidate_id) where left_at is null;
create index event_waiting_queue_idx on event_waiting (event_employer_id, added_at) where left_at is null;

-- reminders and digests, each sent once (like meeting_reminder_sent)
create table event_reminder_sent (
    booking_id  bigint       not null references event_booking (id),
    kind        varchar(20)  not null check (kind in ('COUNSELLOR_2D', 'CANDIDATE_1D')),
    sent_at     timestamptz  not null,
    primary key (booking_id, kind)
);
create table event_digest_sent (
    office_id  varchar(4)  not null references office (id),
    week_start date        not null,
    sent_at    timestamptz not null,
    primary key (office_id, week_start)
);

-- Retention: the employer's feedback on a candidate goes when she is anonymised.
create function events_forget_candidate() returns trigger language plpgsql as $$
begin
    if new.anonymised_at is not null and old.anonymised_at is null then
        update event_booking set feedback = null where candidate_id = new.id;
    end if;
    return new;
end $$;

create trigger candidate_anonymised_events after update of anonymised_at on candidate
    for each row execute function events_forget_candidate();
