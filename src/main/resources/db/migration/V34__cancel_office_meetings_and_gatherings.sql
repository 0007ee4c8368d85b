-- Office meetings can be changed and cancelled, and gatherings cancelled (issue 14's leftovers). A cancelled one
-- stays, marked, with the reason its participants were told; sequence counts the calendar entry's versions
-- (RFC 5545 SEQUENCE), so a change or a cancellation replaces the entry a participant already has.
alter table office_meeting add column sequence integer not null default 0;
alter table office_meeting add column cancelled_at timestamptz;
alter table office_meeting add column cancel_reason varchar(500);
alter table network_gathering add column cancelled_at timestamptz;
alter table network_gathering add column cancel_reason varchar(500);
