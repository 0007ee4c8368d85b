package no.treklover.bench;

/**
 * Mentor agreements for every fifth process, those with an employer (~200 000), approved by all parties, six
 * months from the process's start, one grant period per month: the months more than a month past are approved by
 * the demo {@code beslutter}, the others wait in the queue of the agreement's office. The demo counsellor's
 * processes sit at the beslutter's office 0315, so that queue is a busy one.
 */
final class AgreementVolumes implements NationalScaleData.Part {

    @Override
    public String name() {
        return "mentoravtaler med tilskuddsperioder";
    }

    @Override
    public void load(NationalScaleData.Sql sql) {
        sql.run("""
                insert into mentor_agreement (process_id, candidate_id, office_id, employer_id,
                    mentor_first_name, mentor_last_name, mentor_phone, tasks, hours_per_month, pay_type, pay_amount,
                    start_date, end_date, follow_up, holiday_pay_rate, otp_rate, aga_rate, account_number, family_tie,
                    mentor_signed_confidentiality_at, candidate_approved_at, employer_approved_at,
                    counsellor_approved_at, counsellor_approved_by, beslutter_approved_at, beslutter_approved_by,
                    concluded_at, last_touched_at, created_at)
                select p.id, p.candidate_id, p.office_id, p.employer_id,
                       'Mona', 'Mentorsen', '91234567', 'Lære opp kandidaten i det daglige arbeidet', 20, 'TIMELONN', 300,
                       p.start_date, (p.start_date + interval '6 months' - interval '1 day')::date,
                       'Trekløversamtale hver fjerde uke', 0.12, 0.02, 0.141, '12345678903', false,
                       s.at, s.at, s.at, s.at, p.counsellor_id,
                       case when s.concluded then s.at end, case when s.concluded then b.id end,
                       case when s.concluded then s.at end, s.at, s.at - interval '7 days'
                from bench_process p
                cross join (select id from app_user where username = 'beslutter') b
                cross join lateral (select p.start_date - 10 as at,
                                           p.start_date < current_date - 60 as concluded) s0
                cross join lateral (select s0.at::timestamptz as at, s0.concluded) s
                where p.employer_id is not null and p.i % 5 = 0
                order by p.id""");
        sql.run("""
                insert into grant_period (agreement_id, sequence_number, from_date, to_date, amount, monthly_amount,
                                          status, decided_by, decided_at, created_at)
                select a.id, m + 1, f.from_date, f.to_date, 7821, 7821,
                       case when f.decided then 'GODKJENT' else 'UBEHANDLET' end,
                       case when f.decided then b.id end, case when f.decided then f.to_date::timestamptz end,
                       a.created_at
                from mentor_agreement a
                join bench_process p on p.id = a.process_id
                cross join (select id from app_user where username = 'beslutter') b
                cross join generate_series(0, 5) m
                cross join lateral (select (a.start_date + make_interval(months => m))::date as from_date,
                                           (a.start_date + make_interval(months => m + 1) - interval '1 day')::date as to_date) f0
                cross join lateral (select f0.from_date, f0.to_date,
                                           f0.to_date < current_date - 30 as decided) f
                order by a.id, m""");
    }
}
