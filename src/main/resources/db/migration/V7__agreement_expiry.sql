-- Automatic expiry of never-concluded agreements (BRIEF §4): when the job last warned a week and a day before.
-- A warning counts only when it is later than last_touched_at, so an edit restarts the clock and the warnings.
alter table mentor_agreement
    add column expiry_warned_week_at timestamptz,
    add column expiry_warned_day_at  timestamptz;
