-- The candidate's own feedback after a held meeting she took part in (BRIEF §5): one per candidate and meeting,
-- changeable for 14 days after the meeting. The counsellors of the office read it; mentor and employer never see it.
-- Retention clears the free text and keeps the answers for statistics.

create table meeting_feedback (
    id                  bigserial     primary key,
    meeting_id          bigint        not null references meeting (id) on delete cascade,
    candidate_user_id   bigint        not null references app_user (id) on delete cascade,
    rating              varchar(20)   not null check (rating in ('GOOD', 'OK', 'NOT_GOOD')),
    heard               varchar(20)   not null check (heard in ('YES', 'PARTLY', 'NO')),
    comment             varchar(1000),
    office_read_at      timestamptz,
    version             bigint        not null default 0,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    unique (meeting_id, candidate_user_id)
);
create index meeting_feedback_unread_idx on meeting_feedback (meeting_id) where office_read_at is null;
