-- Whether the candidate was attached to the company when the mentor measure ended (issue 15, seed 000's summary after
-- table 1: 12 of the 21 baseline cases attached, 1 apprenticeship elsewhere, 5 without attachment, 3 unknown).
-- Recorded at Avslutning; the statistics count it by end date.
alter table inclusion_process
    add column attached_at_end varchar(20)
        check (attached_at_end in ('SAME_EMPLOYER', 'OTHER_EMPLOYER', 'NONE', 'UNKNOWN'));
