package no.treklover.agreement;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import no.treklover.demo.DemoDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo: three open processes at 0315 with employer get an agreement approved by all parties, so the beslutter's queue
 * has work: two wait for their first period (conclusion), one is concluded and its current month's period waits.
 */
@Component
class GrantPeriodDemoData implements DemoDataContributor {

    private static final BigDecimal MONTHLY = new BigDecimal("7821");

    @Override
    public void contribute(JdbcTemplate jdbc, LocalDate today) {
        Long counsellor = id(jdbc, "veileder");
        Long beslutter = id(jdbc, "beslutter");
        if (counsellor == null || beslutter == null) {
            return;
        }
        List<Long> processes = jdbc.queryForList("""
                select p.id from inclusion_process p
                where p.office_id = '0315' and p.open and p.employer_id is not null
                  and not exists (select 1 from mentor_agreement a where a.process_id = p.id)
                  and not exists (select 1 from app_user u where u.candidate_id = p.candidate_id)
                order by p.id limit 3""", Long.class);
        for (int i = 0; i < processes.size(); i++) {
            boolean concluded = i == 2;
            LocalDate start = concluded ? today.withDayOfMonth(1).minusMonths(1) : today.plusDays(3 + i);
            LocalDate end = start.plusMonths(3).minusDays(1);
            long agreement = agreement(jdbc, processes.get(i), start, end, counsellor, concluded ? beslutter : null);
            List<GrantPeriodRules.Planned> periods = GrantPeriodRules.generate(start, end, MONTHLY);
            for (int n = 0; n < periods.size(); n++) {
                GrantPeriodRules.Planned p = periods.get(n);
                boolean approved = concluded && n == 0;
                jdbc.update("""
                        insert into grant_period (agreement_id, sequence_number, from_date, to_date, amount,
                            monthly_amount, status, decided_by, decided_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, now() - interval '2 days')""",
                        agreement, n + 1, Date.valueOf(p.from()), Date.valueOf(p.to()), p.amount(),
                        p.monthlyAmount(), approved ? "GODKJENT" : "UBEHANDLET", approved ? beslutter : null,
                        approved ? java.sql.Timestamp.from(java.time.Instant.now()) : null);
            }
        }
    }

    private static long agreement(JdbcTemplate jdbc, long processId, LocalDate start, LocalDate end, long counsellor,
            Long beslutter) {
        return jdbc.queryForObject("""
                insert into mentor_agreement (process_id, candidate_id, office_id, employer_id, mentor_user_id,
                    mentor_first_name, mentor_last_name, mentor_phone, tasks, hours_per_month, pay_type, pay_amount,
                    start_date, end_date, follow_up, adaptation, holiday_pay_rate, otp_rate, aga_rate,
                    account_number, family_tie,
                    candidate_contact_first_name, candidate_contact_last_name, candidate_contact_phone,
                    employer_contact_first_name, employer_contact_last_name, employer_contact_phone,
                    counsellor_contact_first_name, counsellor_contact_last_name, counsellor_contact_phone,
                    mentor_signed_confidentiality_at, candidate_approved_at, employer_approved_at,
                    counsellor_approved_at, counsellor_approved_by, beslutter_approved_at, beslutter_approved_by,
                    concluded_at, last_touched_at, created_at)
                select p.id, p.candidate_id, p.office_id, p.employer_id, p.mentor_user_id,
                    'Mona', 'Mentorsen', '91234567', 'Lære opp kandidaten i det daglige arbeidet', 20, 'TIMELONN',
                    300, ?, ?, 'Trekløversamtale hver fjerde uke', 'Kortere dager den første uken', 0.12, 0.02,
                    0.141, '12345678903', false,
                    c.first_name, c.last_name, '92345678', 'Arne', 'Arbeidsgiver', '93456789',
                    'Vera', 'Veileder', '94567890',
                    now() - interval '5 days', now() - interval '4 days', now() - interval '3 days',
                    now() - interval '2 days', ?, case when cast(? as bigint) is null then null else now() - interval '1 day' end,
                    cast(? as bigint), case when cast(? as bigint) is null then null else now() - interval '1 day' end,
                    now(), now() - interval '6 days'
                from inclusion_process p join candidate c on c.id = p.candidate_id where p.id = ?
                returning id""", Long.class, Date.valueOf(start), Date.valueOf(end), counsellor, beslutter, beslutter,
                beslutter, processId);
    }

    private static Long id(JdbcTemplate jdbc, String username) {
        return jdbc.queryForList("select id from app_user where username = ?", Long.class, username).stream()
                .findFirst().orElse(null);
    }
}
