package no.treklover.agreement.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.treklover.agreement.AgreementContent;
import no.treklover.agreement.AgreementContext;
import no.treklover.agreement.Contact;
import no.treklover.agreement.grant.PayType;
import no.treklover.candidate.EffortGroup;
import no.treklover.platform.errors.RuleViolationException.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of targeted changes, table by table. The agreement runs 05.01.2026–04.04.2026 (3 months), today is
 * 01.02.2026, the candidate was born 01.01.1990 with no innsatsgruppe (6 months at most: end 04.07.2026) unless the
 * row says ADAPTED (36 months) or OLD (born 1954-06-01: turns 72 on 01.06.2026).
 */
class ChangeRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 2, 1);
    static final AgreementContent CURRENT = new AgreementContent("Mona", "Mentorsen", "91234567", null, null,
            "Lære opp", new BigDecimal("20"), PayType.TIMELONN, new BigDecimal("300"), null,
            LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 4), "Hver fjerde uke", "Kortere dager",
            new BigDecimal("0.12"), new BigDecimal("0.02"), new BigDecimal("0.141"), "12345678903", null, false, null,
            new Contact("Kaja", "Kandidat", "92345678", null), new Contact("Arne", "Arbeidsgiver", "93456789", null),
            new Contact("Vera", "Veileder", "94567890", null));

    static final String CALC = "payType=TIMELONN;payAmount=300;hoursPerMonth=20;holidayPayRate=0.12;otpRate=0.02;"
            + "agaRate=0.141";

    @ParameterizedTest(name = "{0} {1} {2} → {3}, from {4}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # type            | context | request                                               | violations          | effective from
            FORLENGE          | -       | endDate=2026-06-04                                    | -                   | 2026-04-05
            FORLENGE          | -       | endDate=2026-07-04                                    | -                   | 2026-04-05
            FORLENGE          | -       | endDate=2026-07-05                                    | endDate             | null
            FORLENGE          | ADAPTED | endDate=2028-01-04                                    | -                   | 2026-04-05
            FORLENGE          | ADAPTED | endDate=2029-01-05                                    | endDate             | null
            FORLENGE          | OLD     | endDate=2026-06-01                                    | endDate             | null
            FORLENGE          | OLD     | endDate=2026-05-31                                    | -                   | 2026-04-05
            FORLENGE          | -       | endDate=2026-04-04                                    | endDate             | null
            FORLENGE          | -       | endDate=2026-03-01                                    | endDate             | null
            FORLENGE          | -       | -                                                     | endDate             | null
            FORLENGE          | -       | endDate=2026-05-01;reason=SYK                         | reason              | null
            FORLENGE          | -       | endDate=2026-05-01;followUp=Ny                        | followUp            | null
            FORKORTE          | -       | endDate=2026-03-01;reason=BEGYNT_I_ARBEID             | -                   | 2026-03-02
            FORKORTE          | -       | endDate=2026-01-05;reason=FULLFORT                    | -                   | 2026-01-06
            FORKORTE          | -       | endDate=2026-01-04;reason=SYK                         | endDate             | null
            FORKORTE          | -       | endDate=2026-04-04;reason=SYK                         | endDate             | null
            FORKORTE          | -       | endDate=2026-03-01                                    | reason              | null
            FORKORTE          | -       | endDate=2026-03-01;reason=ANNET                       | reasonText          | null
            FORKORTE          | -       | endDate=2026-03-01;reason=ANNET;reasonText=Flyttet    | -                   | 2026-03-02
            FORKORTE          | -       | endDate=2026-03-01;reason=SYK;reasonText=Flyttet      | reasonText          | null
            FORKORTE          | -       | reason=IKKE_MOTT                                      | endDate             | null
            ENDRE_MENTOR      | -       | mentorFirstName=Mari;mentorLastName=Mentorsen;mentorPhone=91234567;tasks=Lære opp | - | 2026-02-01
            ENDRE_MENTOR      | -       | mentorFirstName=Mari;mentorLastName=Mentorsen;mentorPhone=12;tasks=Lære opp | mentorPhone | null
            ENDRE_MENTOR      | -       | mentorFirstName=Mari;mentorLastName=Mentorsen;mentorPhone=91234567 | tasks  | null
            ENDRE_MENTOR      | -       | mentorFirstName=Kaja;mentorLastName=Kandidat;mentorPhone=92345678;tasks=Lære | mentorFirstName | null
            ENDRE_MENTOR      | -       | mentorFirstName=Mona;mentorLastName=Mentorsen;mentorPhone=91234567;tasks=Lære opp;mentorEmail=x | mentorEmail | null
            ENDRE_MENTOR      | -       | mentorFirstName=Mona;mentorLastName=Mentorsen;mentorPhone=91234567;tasks=Lære opp;hoursPerMonth=30 | hoursPerMonth | null
            ENDRE_BEREGNING   | -       | CALC;payAmount=320;effectiveFrom=2026-03-01           | -                   | 2026-03-01
            ENDRE_BEREGNING   | -       | CALC;hoursPerMonth=30;effectiveFrom=2026-01-05        | -                   | 2026-01-05
            ENDRE_BEREGNING   | -       | CALC;payAmount=320;effectiveFrom=2026-04-05           | effectiveFrom       | null
            ENDRE_BEREGNING   | -       | CALC;payAmount=320;effectiveFrom=2026-01-04           | effectiveFrom       | null
            ENDRE_BEREGNING   | -       | CALC;payAmount=320                                    | effectiveFrom       | null
            ENDRE_BEREGNING   | -       | CALC;agaRate=0.2;effectiveFrom=2026-03-01             | agaRate             | null
            ENDRE_BEREGNING   | -       | CALC;payType=MANEDSLONN;payAmount=30000;effectiveFrom=2026-03-01 | positionPercent | null
            ENDRE_BEREGNING   | -       | CALC;payType=MANEDSLONN;payAmount=30000;positionPercent=50;effectiveFrom=2026-03-01 | - | 2026-03-01
            ENDRE_BEREGNING   | -       | CALC;effectiveFrom=2026-03-01                         | type                | null
            ENDRE_BEREGNING   | -       | CALC;payAmount=320;effectiveFrom=2026-03-01;endDate=2026-05-01 | endDate    | null
            ENDRE_KONTAKTINFO | -       | candidateContact=Kaja,Kandidat,92345679;employerContact=Arne,Arbeidsgiver,93456789;counsellorContact=Vera,Veileder,94567890 | - | 2026-02-01
            ENDRE_KONTAKTINFO | -       | candidateContact=Kaja,Kandidat,92345678;employerContact=Arne,Arbeidsgiver,93456789 | counsellorContact.firstName+counsellorContact.lastName+counsellorContact.phone | null
            ENDRE_KONTAKTINFO | -       | candidateContact=Kaja,Kandidat,abc;employerContact=Arne,Arbeidsgiver,93456789;counsellorContact=Vera,Veileder,94567890 | candidateContact.phone | null
            ENDRE_OPPFOLGING  | -       | followUp=Hver andre uke                                | -                   | 2026-02-01
            ENDRE_OPPFOLGING  | -       | followUp=Hver fjerde uke                               | type                | null
            ENDRE_OPPFOLGING  | -       | -                                                      | followUp            | null
            null              | -       | endDate=2026-05-01                                     | type                | null
            """)
    void evaluates(String type, String context, String request, String violations, LocalDate effectiveFrom) {
        ChangeRules.Outcome outcome = ChangeRules.evaluate(request(type, request), CURRENT, context(context), TODAY);
        List<String> expected = violations.equals("-") ? List.of() : Arrays.asList(violations.split("\\+"));
        assertThat(outcome.violations()).extracting(Violation::field).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(outcome.effectiveFrom()).isEqualTo(effectiveFrom);
        assertThat(outcome.allowed()).isEqualTo(expected.isEmpty());
    }

    @ParameterizedTest(name = "{0} changes {1}")
    @CsvSource(delimiter = '|', textBlock = """
            FORLENGE          | endDate
            FORKORTE          | endDate
            ENDRE_MENTOR      | mentorFirstName+mentorLastName+mentorPhone+mentorEmail+tasks
            ENDRE_BEREGNING   | hoursPerMonth+payType+payAmount+positionPercent+holidayPayRate+otpRate+agaRate
            ENDRE_KONTAKTINFO | candidateContact.firstName+candidateContact.lastName+candidateContact.phone+candidateContact.email+employerContact.firstName+employerContact.lastName+employerContact.phone+employerContact.email+counsellorContact.firstName+counsellorContact.lastName+counsellorContact.phone+counsellorContact.email
            ENDRE_OPPFOLGING  | followUp
            """)
    void eachTypeChangesOnlyItsOwnFields(ChangeType type, String fields) {
        assertThat(ChangeRules.contentFields(type)).containsExactlyInAnyOrder(fields.split("\\+"));
        assertThat(type.changesGrant()).isEqualTo(type == ChangeType.FORLENGE || type == ChangeType.FORKORTE
                || type == ChangeType.ENDRE_BEREGNING);
    }

    @Test
    void theNewContentKeepsWhatTheChangeDoesNotTouch() {
        ChangeRules.Outcome outcome = ChangeRules.evaluate(request("ENDRE_OPPFOLGING", "followUp=  Hver uke  "),
                CURRENT, context("-"), TODAY);
        assertThat(outcome.next().followUp()).isEqualTo("Hver uke");
        assertThat(VersionDiff.between(CURRENT, outcome.next())).extracting(VersionDiff.FieldChange::field)
                .containsExactly("followUp");
        assertThat(ChangeRules.evaluate(request("ENDRE_MENTOR",
                "mentorFirstName=Mona;mentorLastName=Mentorsen;mentorPhone=91234567;tasks=Lære opp;mentorEmail=  "),
                CURRENT, context("-"), TODAY).violations()).extracting(Violation::field).containsExactly("type");
    }

    @Test
    void aStartLongAgoDoesNotBlockAChange() {
        AgreementContent old = ChangeRules.apply(request("FORKORTE", "endDate=2026-04-04"), CURRENT);
        AgreementContent started = new AgreementContent(old.mentorFirstName(), old.mentorLastName(),
                old.mentorPhone(), old.mentorEmail(), null, old.tasks(), old.hoursPerMonth(), old.payType(),
                old.payAmount(), null, LocalDate.of(2025, 11, 1), LocalDate.of(2026, 2, 28), old.followUp(),
                old.adaptation(), old.holidayPayRate(), old.otpRate(), old.agaRate(), old.accountNumber(), null,
                false, null, old.candidateContact(), old.employerContact(), old.counsellorContact());
        assertThat(ChangeRules.evaluate(request("FORLENGE", "endDate=2026-04-30"), started, context("-"), TODAY)
                .violations()).isEmpty();
    }

    static AgreementContext context(String kind) {
        return switch (kind) {
            case "ADAPTED" -> new AgreementContext(LocalDate.of(1990, 1, 1), EffortGroup.VARIG_TILPASSET_INNSATS,
                    null, "Kaja", "Kandidat", "92345678");
            case "OLD" -> new AgreementContext(LocalDate.of(1954, 6, 1), null, null, "Kaja", "Kandidat", "92345678");
            default -> new AgreementContext(LocalDate.of(1990, 1, 1), null, null, "Kaja", "Kandidat", "92345678");
        };
    }

    /** A request from "field=value;…" (CALC: the current calculation; contacts as first,last,phone). */
    static ChangeRequest request(String type, String spec) {
        Map<String, String> f = new HashMap<>();
        if (!spec.equals("-")) {
            for (String part : spec.replace("CALC", CALC).split(";")) {
                String[] kv = part.split("=", 2);
                f.put(kv[0].trim(), kv[1]);
            }
        }
        return new ChangeRequest(type == null ? null : ChangeType.valueOf(type), date(f.get("endDate")),
                f.get("reason") == null ? null : ShorteningReason.valueOf(f.get("reason")), f.get("reasonText"),
                f.get("mentorFirstName"), f.get("mentorLastName"), f.get("mentorPhone"), f.get("mentorEmail"),
                f.get("tasks"), f.get("payType") == null ? null : PayType.valueOf(f.get("payType")),
                number(f.get("payAmount")), number(f.get("positionPercent")), number(f.get("hoursPerMonth")),
                number(f.get("holidayPayRate")), number(f.get("otpRate")), number(f.get("agaRate")),
                date(f.get("effectiveFrom")), contact(f.get("candidateContact")), contact(f.get("employerContact")),
                contact(f.get("counsellorContact")), f.get("followUp"));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static BigDecimal number(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static Contact contact(String s) {
        if (s == null) {
            return null;
        }
        String[] p = s.split(",");
        return new Contact(p[0], p[1], p[2], null);
    }
}
