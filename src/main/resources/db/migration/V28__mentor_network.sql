-- Mentor networks (issue 14, "Mentor networks"; seed 001 on double-loop learning, seed 002 on the mentor course):
-- an office's or a county's network of mentors, with or without a current candidate; gatherings about every three
-- months with topics the mentors asked for, invitations, replies and attendance; and feedback to NAV that an owner
-- at NAV must answer. Nothing here names a candidate: members are mentor accounts, not processes.

-- managed by the office leader of office_id; county set: open to mentors of the whole county's processes
create table mentor_network (
    id          bigserial     primary key,
    name        varchar(150)  not null,
    office_id   varchar(4)    not null references office (id),
    county      varchar(100),
    created_by  bigint        not null references app_user (id),
    created_at  timestamptz   not null,
    version     bigint        not null default 0
);
create index mentor_network_office_idx on mentor_network (office_id);

-- a membership; leaving keeps the row (left_at), so a mentor may join again later
create table mentor_network_member (
    id              bigserial    primary key,
    network_id      bigint       not null references mentor_network (id),
    mentor_user_id  bigint       not null references app_user (id),
    added_by        bigint       not null references app_user (id),
    joined_at       timestamptz  not null,
    left_at         timestamptz,
    check (left_at is null or left_at >= joined_at)
);
create unique index mentor_network_member_active_idx on mentor_network_member (network_id, mentor_user_id)
    where left_at is null;
create index mentor_network_member_mentor_idx on mentor_network_member (mentor_user_id) where left_at is null;

-- a gathering (faglig innspill + dialog), a mentor course (mentorskole) or the course's follow-up a month later
create table network_gathering (
    id            bigserial     primary key,
    network_id    bigint        not null references mentor_network (id),
    type          varchar(20)   not null check (type in ('GATHERING', 'MENTOR_COURSE', 'COURSE_FOLLOW_UP')),
    title         varchar(150)  not null,
    starts_at     timestamptz   not null,
    ends_at       timestamptz   not null,
    place         varchar(300)  not null,
    programme     varchar(2000),
    follows_id    bigint        references network_gathering (id),
    invited_at    timestamptz,
    sequence      integer       not null default 0,
    created_by    bigint        not null references app_user (id),
    created_at    timestamptz   not null,
    version       bigint        not null default 0,
    check (ends_at > starts_at)
);
create index network_gathering_network_idx on network_gathering (network_id, starts_at);

-- topics the mentors ask for before a gathering; the organiser picks those the gathering takes up
create table gathering_topic (
    id            bigserial     primary key,
    gathering_id  bigint        not null references network_gathering (id),
    asked_by      bigint        not null references app_user (id),
    text          varchar(500)  not null,
    picked        boolean       not null default false,
    asked_at      timestamptz   not null
);
create index gathering_topic_gathering_idx on gathering_topic (gathering_id);

-- a mentor's reply to the invitation (coming / not coming) and, afterwards, whether she came
create table gathering_participant (
    gathering_id    bigint       not null references network_gathering (id),
    mentor_user_id  bigint       not null references app_user (id),
    reply           varchar(20)  check (reply in ('COMING', 'NOT_COMING')),
    replied_at      timestamptz,
    attended        boolean,
    primary key (gathering_id, mentor_user_id)
);

-- feedback to NAV: from a mentor, or from the organiser on behalf of a gathering; an owner at NAV answers it
create table network_feedback (
    id                   bigserial      primary key,
    network_id           bigint         not null references mentor_network (id),
    gathering_id         bigint         references network_gathering (id),
    given_by             bigint         not null references app_user (id),
    text                 varchar(2000)  not null,
    given_at             timestamptz    not null,
    owner_user_id        bigint         references app_user (id),
    status               varchar(20)    not null default 'NEW'
                         check (status in ('NEW', 'NOTED', 'CHANGED_PRACTICE', 'WILL_NOT_CHANGE')),
    response             varchar(2000),
    reason               varchar(1000),
    answered_by          bigint         references app_user (id),
    answered_at          timestamptz,
    overdue_notified_at  timestamptz,
    version              bigint         not null default 0,
    check ((status = 'NEW') = (response is null)),
    check ((status = 'WILL_NOT_CHANGE') = (reason is not null))
);
create index network_feedback_network_idx on network_feedback (network_id, given_at);
create index network_feedback_given_by_idx on network_feedback (given_by);
create index network_feedback_unanswered_idx on network_feedback (given_at) where status = 'NEW';
