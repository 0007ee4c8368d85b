-- Etterkontroll (issue 15): the day the status twelve months after the end was recorded (the status itself is
-- follow_up_status), and why the mentor measure was used (seed 000 table 1, "Begrunnelse for tiltak"). Both feed
-- the statistics. The justification is free text about the candidate and goes at anonymisation.
alter table inclusion_process
    add column measure_justification varchar(1000),
    add column post_check_date date;

-- Closed processes by the day they are due for Etterkontroll, for the counsellor's list of those due and overdue.
create index inclusion_process_post_check_due_idx on inclusion_process (counsellor_id, end_date)
    where phase = 'CLOSURE';

-- The counsellor is reminded once when an ended process becomes due for Etterkontroll; marked in the statement that
-- picks it, so nobody is told twice, also with several nodes.
alter table inclusion_process add column post_check_reminded_at timestamptz;
