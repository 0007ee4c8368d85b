-- Why a meeting was cancelled: required when it is cancelled from now on, shown on the meeting and sent to the
-- participants in the notification, the e-mail and the calendar's cancellation (issue 11). Older cancellations
-- have none.
alter table meeting add column cancel_reason varchar(1000);
