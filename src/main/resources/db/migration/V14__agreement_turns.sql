-- Whose turn it is (issue 11): a beslutter is told once when a grant period becomes decidable at her office, at the
-- transition (the counsellor's approval, a resent period) or by the morning job on the first day of its month.
alter table grant_period add column decidable_notified_at timestamptz;

-- Periods that could already be decided before this migration are in the queue already: nobody is told again.
update grant_period set decidable_notified_at = now()
 where status = 'UBEHANDLET'
   and (from_date < (date_trunc('month', current_date) + interval '1 month')
        or exists (select 1 from mentor_agreement a where a.id = agreement_id and a.concluded_at is null));

-- The job's question: undecided periods nobody was told about, by month.
create index grant_period_decidable_idx on grant_period (from_date)
 where status = 'UBEHANDLET' and decidable_notified_at is null;
