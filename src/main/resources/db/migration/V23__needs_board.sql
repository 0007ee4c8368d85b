-- The needs board (elektronisk tavle, issue 12; 002:5846-5921). A counsellor posts a need from a process: an
-- anonymised profile, never the candidate's name or national id. The office's weekly market meeting works on it,
-- and may escalate it to the county's Arbeidslivssenter meeting. Every change is a row of need_history.

create table need (
    id                 bigserial     primary key,
    process_id         bigint        not null references inclusion_process (id),
    office_id          varchar(4)    not null references office (id),
    -- the office's county, kept on the need so the county board is one index range
    county             varchar(100)  not null,
    counsellor_id      bigint        not null references app_user (id),
    level              varchar(20)   not null check (level in ('LOCAL', 'WORKLIFE_CENTRE')),
    state              varchar(20)   not null
                       check (state in ('OPEN', 'PROPOSED', 'MEETING_ARRANGED', 'MATCHED', 'CLOSED')),
    title              varchar(120)  not null,
    interests          varchar(1000),
    skills             varchar(1000),
    experience         varchar(1000),
    hours_per_week     integer       check (hours_per_week between 1 and 40),
    municipality       varchar(100)  not null,
    adaptation_needed  boolean       not null default false,
    -- shown only while the candidate shares her adaptation needs with employers (read anew on every view)
    adaptation_text    varchar(1000),
    close_reason       varchar(30)   check (close_reason in ('PLACED_ELSEWHERE', 'CANDIDATE_NOT_READY',
                                           'CANDIDATE_WITHDREW', 'PROCESS_ENDED', 'NO_MATCH', 'OTHER')),
    posted_at          timestamptz   not null,
    state_changed_at   timestamptz   not null,
    -- every action sets it, so every action bumps the version (a proposal or a postponement keeps the state)
    last_action_at     timestamptz   not null,
    escalated_at       timestamptz,
    matched_at         timestamptz,
    -- postponed to the meeting on or after this day
    next_meeting_on    date,
    matched_proposal_id bigint,
    version            bigint        not null default 0
);
create index need_office_state_idx on need (office_id, state, posted_at);
create index need_county_level_state_idx on need (county, level, state, posted_at);
create index need_process_idx on need (process_id);
-- one need on the board per process at a time
create unique index need_active_per_process_idx on need (process_id) where state not in ('MATCHED', 'CLOSED');
create index need_matched_at_idx on need (matched_at) where matched_at is not null;

create table need_proposal (
    id                 bigserial     primary key,
    need_id            bigint        not null references need (id),
    employer_id        bigint        not null references employer (id),
    sub_unit_id        bigint        references employer_sub_unit (id),
    proposed_by        bigint        not null references app_user (id),
    -- the proposer's unit (office or Arbeidslivssenter) and the meeting level at the time: attribution
    proposer_unit_id   varchar(4)    not null references office (id),
    level              varchar(20)   not null check (level in ('LOCAL', 'WORKLIFE_CENTRE')),
    comment            varchar(1000),
    proposed_at        timestamptz   not null,
    accepted_at        timestamptz
);
create index need_proposal_need_idx on need_proposal (need_id);

alter table need add constraint need_matched_proposal_fk foreign key (matched_proposal_id) references need_proposal (id);

create table need_history (
    id                 bigserial     primary key,
    need_id            bigint        not null references need (id),
    occurred_at        timestamptz   not null,
    actor_id           bigint        not null references app_user (id),
    action             varchar(20)   not null check (action in ('POST', 'PROPOSE', 'ARRANGE_MEETING', 'REOPEN',
                                                              'ESCALATE', 'POSTPONE', 'CLOSE', 'ACCEPT')),
    from_state         varchar(20),
    to_state           varchar(20)   not null,
    level              varchar(20)   not null,
    comment            varchar(1000),
    proposal_id        bigint        references need_proposal (id)
);
create index need_history_need_idx on need_history (need_id, occurred_at);

-- Retention: the need's free text goes when the candidate is anonymised, like the mentor's workspace.
create function needs_forget_candidate() returns trigger language plpgsql as $$
begin
    if new.anonymised_at is not null and old.anonymised_at is null then
        update need set title = 'anonymisert', interests = null, skills = null, experience = null,
                        adaptation_text = null
         where process_id in (select id from inclusion_process where candidate_id = new.id);
        update need_proposal set comment = null
         where need_id in (select n.id from need n join inclusion_process p on p.id = n.process_id
                            where p.candidate_id = new.id);
        update need_history set comment = null
         where need_id in (select n.id from need n join inclusion_process p on p.id = n.process_id
                            where p.candidate_id = new.id);
    end if;
    return new;
end $$;

create trigger candidate_anonymised_needs after update of anonymised_at on candidate
    for each row execute function needs_forget_candidate();
