package no.treklover.agreement.version;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.treklover.agreement.AgreementContent;
import no.treklover.agreement.Contact;
import no.treklover.agreement.grant.PayType;
import no.treklover.agreement.version.VersionSnapshot.Approval;
import no.treklover.agreement.version.VersionSnapshot.Party;
import no.treklover.demo.DemoDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo: a concluded mentor agreement at Bakeri Solsiden on one of veileder's processes with mentor (not Kaja's,
 * whose agreement the agreement pages show being signed), extended and then given a new calculation, so the
 * versions page has three versions to compare and print.
 */
@Component
class AgreementVersionDemoData implements DemoDataContributor {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final JsonMapper json;

    AgreementVersionDemoData(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void contribute(JdbcTemplate plain, LocalDate today) {
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(plain);
        Map<String, Long> users = new java.util.HashMap<>();
        for (String username : List.of("veileder", "beslutter", "mentor", "arbeidsgiver")) {
            Long id = id(plain, username);
            if (id == null) {
                return;
            }
            users.put(username, id);
        }
        List<Map<String, Object>> found = jdbc.queryForList("""
                        select p.id, p.candidate_id, p.office_id, p.employer_id, c.first_name, c.last_name, c.phone
                        from inclusion_process p join candidate c on c.id = p.candidate_id
                        where p.mentor_user_id = :mentor and p.counsellor_id = :counsellor and p.employer_id is not null
                          and p.candidate_id not in (select candidate_id from app_user where username = 'kandidat'
                                                     and candidate_id is not null)
                          and not exists (select 1 from mentor_agreement a where a.process_id = p.id)
                        order by p.id limit 1""",
                Map.of("mentor", users.get("mentor"), "counsellor", users.get("veileder")));
        if (found.isEmpty()) {
            return;
        }
        Map<String, Object> p = found.get(0);
        LocalDate start = today.minusDays(20);
        LocalDate firstEnd = start.plusMonths(3).minusDays(1);
        AgreementContent concluded = new AgreementContent("Mona", "Mentor", "91234567", "mona.mentor@example.no",
                null, "Lære opp i baking og salg, følge opp arbeidsdagen og gi tilbakemelding hver dag",
                new BigDecimal("20"), PayType.TIMELONN, new BigDecimal("300"), null, start, firstEnd,
                "Trekløversamtale på bakeriet hver fjerde uke", "Faste rutiner og kortere dager de første ukene",
                new BigDecimal("0.12"), new BigDecimal("0.02"), new BigDecimal("0.141"), "12345678903", null, false,
                null, new Contact((String) p.get("first_name"), (String) p.get("last_name"), "92345678", null),
                new Contact("Arne", "Arbeidsgiver", "93456789", null),
                new Contact("Vera", "Veileder", "94567890", null));
        AgreementContent extended = ChangeRules.apply(new ChangeRequest(ChangeType.FORLENGE, firstEnd.plusMonths(2),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null), concluded);
        LocalDate newCalcFrom = today.minusDays(3);
        AgreementContent recalculated = ChangeRules.apply(new ChangeRequest(ChangeType.ENDRE_BEREGNING, null, null,
                null, null, null, null, null, null, PayType.TIMELONN, new BigDecimal("320"), null,
                new BigDecimal("25"), new BigDecimal("0.12"), new BigDecimal("0.02"), new BigDecimal("0.141"),
                newCalcFrom, null, null, null, null), extended);

        Instant signed = at(start.minusDays(14));
        Instant candidateAt = at(start.minusDays(12));
        Instant employerAt = at(start.minusDays(11));
        Instant counsellorAt = at(start.minusDays(10));
        Instant concludedAt = at(start.minusDays(9));
        Instant extendedAt = at(today.minusDays(6));
        Instant recalculatedAt = at(today.minusDays(2));

        MapSqlParameterSource a = new MapSqlParameterSource()
                .addValue("process", p.get("id")).addValue("candidate", p.get("candidate_id"))
                .addValue("office", p.get("office_id")).addValue("employer", p.get("employer_id"))
                .addValue("mentor", users.get("mentor")).addValue("employerUser", users.get("arbeidsgiver"))
                .addValue("counsellor", users.get("veileder")).addValue("beslutter", users.get("beslutter"))
                .addValue("start", start).addValue("end", recalculated.endDate())
                .addValue("candidateFirst", p.get("first_name")).addValue("candidateLast", p.get("last_name"))
                .addValue("signed", ts(signed)).addValue("candidateAt", ts(candidateAt))
                .addValue("employerAt", ts(employerAt)).addValue("counsellorAt", ts(counsellorAt))
                .addValue("concludedAt", ts(concludedAt)).addValue("touched", ts(recalculatedAt))
                .addValue("created", ts(at(start.minusDays(20))));
        Long agreement = jdbc.queryForObject("""
                insert into mentor_agreement (process_id, candidate_id, office_id, employer_id, mentor_user_id,
                    mentor_first_name, mentor_last_name, mentor_phone, mentor_email, tasks, hours_per_month, pay_type,
                    pay_amount, start_date, end_date, follow_up, adaptation, holiday_pay_rate, otp_rate, aga_rate,
                    account_number, family_tie, candidate_contact_first_name, candidate_contact_last_name,
                    candidate_contact_phone, employer_contact_first_name, employer_contact_last_name,
                    employer_contact_phone, counsellor_contact_first_name, counsellor_contact_last_name,
                    counsellor_contact_phone, mentor_signed_confidentiality_at, candidate_approved_at,
                    employer_approved_at, employer_approved_by, counsellor_approved_at, counsellor_approved_by,
                    beslutter_approved_at, beslutter_approved_by, concluded_at, last_touched_at, version, created_at)
                values (:process, :candidate, :office, :employer, :mentor, 'Mona', 'Mentor', '91234567',
                    'mona.mentor@example.no', 'Lære opp i baking og salg, følge opp arbeidsdagen og gi tilbakemelding hver dag',
                    25, 'TIMELONN', 320, :start, :end, 'Trekløversamtale på bakeriet hver fjerde uke',
                    'Faste rutiner og kortere dager de første ukene', 0.12, 0.02, 0.141, '12345678903', false,
                    :candidateFirst, :candidateLast, '92345678', 'Arne', 'Arbeidsgiver', '93456789', 'Vera', 'Veileder',
                    '94567890', :signed, :candidateAt, :employerAt, :employerUser, :counsellorAt, :counsellor,
                    :concludedAt, :beslutter, :concludedAt, :touched, 7, :created)
                returning id""", a, Long.class);

        List<Approval> approvals = List.of(
                new Approval(Party.MENTOR_CONFIDENTIALITY, signed, users.get("mentor"), name(plain, "mentor"), null),
                new Approval(Party.CANDIDATE, candidateAt, null, p.get("first_name") + " " + p.get("last_name"), null),
                new Approval(Party.EMPLOYER, employerAt, users.get("arbeidsgiver"), name(plain, "arbeidsgiver"), null),
                new Approval(Party.COUNSELLOR, counsellorAt, users.get("veileder"), name(plain, "veileder"), null),
                new Approval(Party.DECISION_MAKER, concludedAt, users.get("beslutter"), name(plain, "beslutter"),
                        null));
        version(jdbc, agreement, 1, null, start, new VersionSnapshot(concluded, approvals, concludedAt),
                users.get("beslutter"), concludedAt);
        version(jdbc, agreement, 2, ChangeType.FORLENGE, firstEnd.plusDays(1),
                new VersionSnapshot(extended, approvals, concludedAt), users.get("veileder"), extendedAt);
        version(jdbc, agreement, 3, ChangeType.ENDRE_BEREGNING, newCalcFrom,
                new VersionSnapshot(recalculated, approvals, concludedAt), users.get("veileder"), recalculatedAt);

        event(jdbc, p.get("id"), concludedAt, users.get("beslutter"), "AGREEMENT_CONCLUDED",
                "agreement:" + agreement + ":DECISION_MAKER");
        event(jdbc, p.get("id"), extendedAt, users.get("veileder"), "AGREEMENT_AMENDED",
                "agreement:" + agreement + ":2:FORLENGE");
        event(jdbc, p.get("id"), recalculatedAt, users.get("veileder"), "AGREEMENT_AMENDED",
                "agreement:" + agreement + ":3:ENDRE_BEREGNING");
    }

    private void version(NamedParameterJdbcTemplate jdbc, long agreement, int number, ChangeType type,
            LocalDate effectiveFrom, VersionSnapshot snapshot, long by, Instant at) {
        jdbc.update("""
                        insert into agreement_version (agreement_id, version_number, change_type, effective_from,
                                                       snapshot, changed_by, changed_at)
                        values (:agreement, :number, :type, :from, cast(:snapshot as jsonb), :by, :at)""",
                new MapSqlParameterSource().addValue("agreement", agreement).addValue("number", number)
                        .addValue("type", type == null ? null : type.name()).addValue("from", effectiveFrom)
                        .addValue("snapshot", json.writeValueAsString(snapshot)).addValue("by", by)
                        .addValue("at", ts(at)));
    }

    private static void event(NamedParameterJdbcTemplate jdbc, Object process, Instant at, long actor, String type,
            String comment) {
        jdbc.update("insert into process_event (process_id, occurred_at, actor_id, type, comment) "
                        + "values (:p, :at, :actor, :type, :comment)",
                new MapSqlParameterSource().addValue("p", process).addValue("at", ts(at)).addValue("actor", actor)
                        .addValue("type", type).addValue("comment", comment));
    }

    private static Long id(JdbcTemplate jdbc, String username) {
        List<Long> ids = jdbc.queryForList("select id from app_user where username = ?", Long.class, username);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static String name(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select display_name from app_user where username = ?", String.class, username);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(OSLO).toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
