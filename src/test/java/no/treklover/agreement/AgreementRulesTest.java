package no.treklover.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.treklover.agreement.grant.PayType;
import no.treklover.candidate.EffortGroup;
import no.treklover.platform.errors.RuleViolationException.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final String CANDIDATE_ID = "01019000083";
    static final AgreementContext CONTEXT = new AgreementContext(LocalDate.of(1990, 1, 1),
            EffortGroup.SITUASJONSBESTEMT_INNSATS, CANDIDATE_ID, "Kaja", "Kandidat", "912 34 567");

    static AgreementContent complete() {
        return new AgreementContent("Mona", "Mentor", "98765432", "mona@bakeri.no", null, "Lære opp i bakeriet",
                new BigDecimal("20"), PayType.ARSLONN, new BigDecimal("600000"), new BigDecimal("100"),
                TODAY, TODAY.plusMonths(6).minusDays(1), "Trekløversamtale hver fjerde uke", "Fast arbeidsplass",
                new BigDecimal("0.12"), new BigDecimal("0.02"), new BigDecimal("0.141"), "86011117947", null, false,
                null, new Contact("Kaja", "Kandidat", "91234567", null),
                new Contact("Arne", "Arbeidsgiver", "22334455", "arne@bakeri.no"),
                new Contact("Vera", "Veileder", "55553333", "vera@nav.no"));
    }

    static Builder content() {
        return new Builder(complete());
    }

    static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    static List<String> check(AgreementContent c, AgreementContext ctx) {
        return fields(AgreementRules.check(c, ctx, TODAY));
    }

    static AgreementContext context(EffortGroup group, LocalDate birthDate) {
        return new AgreementContext(birthDate, group, CANDIDATE_ID, "Kaja", "Kandidat", "912 34 567");
    }

    static void assertFields(List<String> actual, String expected) {
        if (expected.equals("ok")) {
            assertThat(actual).isEmpty();
        } else {
            assertThat(actual).containsExactlyInAnyOrder(expected.split("\\+"));
        }
    }

    @Test
    void completeContentIsFilledAndValid() {
        assertThat(AgreementRules.missingRequiredFields(complete())).isEmpty();
        assertThat(AgreementRules.allRequiredFilled(complete())).isTrue();
        assertThat(AgreementRules.check(complete(), CONTEXT, TODAY)).isEmpty();
        assertThat(AgreementRules.warnings(complete())).isEmpty();
    }

    @Test
    void emptyContentMissesEveryRequiredFieldButBreaksNoRule() {
        List<Violation> missing = AgreementRules.missingRequiredFields(AgreementContent.empty());

        assertThat(fields(missing)).containsExactlyInAnyOrder("mentorFirstName", "mentorLastName", "mentorPhone",
                "tasks", "hoursPerMonth", "payType", "payAmount", "positionPercent", "startDate", "endDate",
                "followUp", "adaptation", "holidayPayRate", "otpRate", "agaRate", "accountNumber", "familyTie",
                "candidateContact.firstName", "candidateContact.lastName", "candidateContact.phone",
                "employerContact.firstName", "employerContact.lastName", "employerContact.phone",
                "counsellorContact.firstName", "counsellorContact.lastName", "counsellorContact.phone");
        assertThat(missing).allMatch(v -> v.messageKey().equals("validation.required"));
        assertThat(AgreementRules.check(AgreementContent.empty(), CONTEXT, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0}, {1}%, family tie {2} ''{3}'', blank {4}: missing {5}")
    @CsvSource(nullValues = "null", value = {
            "TIMELONN,   null, false, null,     none,            ok",
            "ARSLONN,    null, false, null,     none,            positionPercent",
            "MANEDSLONN, null, false, null,     none,            positionPercent",
            "UKELONN,    null, false, null,     none,            positionPercent",
            "DAGSLONN,   null, false, null,     none,            positionPercent",
            "TIMELONN,   50,   false, null,     none,            ok",
            "ARSLONN,    100,  true,  null,     none,            familyTieReason",
            "ARSLONN,    100,  true,  '  ',     none,            familyTieReason",
            "ARSLONN,    100,  true,  Onkel,    none,            ok",
            "ARSLONN,    100,  false, null,     tasks,           tasks",
            "ARSLONN,    100,  false, null,     mentorPhone,     mentorPhone",
            "ARSLONN,    100,  false, null,     accountNumber,   accountNumber",
            "ARSLONN,    100,  false, null,     kid,             ok",
            "ARSLONN,    100,  false, null,     mentorEmail,     ok",
            "ARSLONN,    100,  false, null,     followUp,        followUp",
            "ARSLONN,    100,  false, null,     adaptation,      adaptation",
            "ARSLONN,    100,  false, null,     employerPhone,   employerContact.phone",
            "ARSLONN,    100,  false, null,     counsellorName,  counsellorContact.lastName",
    })
    void requiredFields(PayType payType, BigDecimal percent, boolean familyTie, String why, String blank,
            String expected) {
        Builder b = content().pay(payType, new BigDecimal("300"), percent).familyTie(familyTie, why);
        switch (blank) {
            case "tasks" -> b.tasks("   ");
            case "mentorPhone" -> b.mentorPhone("");
            case "accountNumber" -> b.account(null, null);
            case "kid" -> b.account("86011117947", null);
            case "mentorEmail" -> b.mentorEmail(null);
            case "followUp" -> b.followUp(null);
            case "adaptation" -> b.adaptation("");
            case "employerPhone" -> b.employer(new Contact("Arne", "Arbeidsgiver", null, null));
            case "counsellorName" -> b.counsellor(new Contact("Vera", " ", "55553333", null));
            default -> {
            }
        }

        assertFields(fields(AgreementRules.missingRequiredFields(b.build())), expected);
    }

    @ParameterizedTest(name = "{0}: {1} to {2}: {3}")
    @CsvSource(nullValues = "null", value = {
            // 6 months for situasjonsbestemt and unknown: end <= start + 6 months - 1 day
            "SITUASJONSBESTEMT_INNSATS,       2026-03-10, 2026-09-09, ok",
            "SITUASJONSBESTEMT_INNSATS,       2026-03-10, 2026-09-10, endDate",
            "null,                            2026-03-10, 2026-09-09, ok",
            "null,                            2026-03-10, 2026-09-10, endDate",
            "SITUASJONSBESTEMT_INNSATS,       2026-03-10, 2026-03-10, ok",
            // month ends: start + 6 months is clamped to the month's last day, then minus a day
            "SITUASJONSBESTEMT_INNSATS,       2026-03-31, 2026-09-29, ok",
            "SITUASJONSBESTEMT_INNSATS,       2026-03-31, 2026-09-30, endDate",
            "SITUASJONSBESTEMT_INNSATS,       2026-08-31, 2027-02-27, ok",
            "SITUASJONSBESTEMT_INNSATS,       2026-08-31, 2027-02-28, endDate",
            "SITUASJONSBESTEMT_INNSATS,       2026-04-01, 2026-09-30, ok",
            "SITUASJONSBESTEMT_INNSATS,       2026-04-01, 2026-10-01, endDate",
            // 36 months for the adapted groups
            "SPESIELT_TILPASSET_INNSATS,      2026-03-10, 2029-03-09, ok",
            "SPESIELT_TILPASSET_INNSATS,      2026-03-10, 2029-03-10, endDate",
            "VARIG_TILPASSET_INNSATS,         2026-03-10, 2029-03-09, ok",
            "VARIG_TILPASSET_INNSATS,         2026-03-10, 2029-03-10, endDate",
            "GRADERT_VARIG_TILPASSET_INNSATS, 2026-03-10, 2029-03-09, ok",
            "GRADERT_VARIG_TILPASSET_INNSATS, 2026-03-10, 2029-03-10, endDate",
            "VARIG_TILPASSET_INNSATS,         2026-03-10, 2026-09-10, ok",
            "VARIG_TILPASSET_INNSATS,         2028-02-29, 2031-02-27, ok",
            "VARIG_TILPASSET_INNSATS,         2028-02-29, 2031-02-28, endDate",
            // start <= end
            "SITUASJONSBESTEMT_INNSATS,       2026-03-10, 2026-03-09, endDate",
            "VARIG_TILPASSET_INNSATS,         2026-06-01, 2026-05-31, endDate",
            // standard innsats: never
            "STANDARD_INNSATS,                2026-03-10, 2026-04-10, effortGroup",
            "STANDARD_INNSATS,                2026-03-10, 2026-09-10, effortGroup+endDate",
            // only one date: nothing to compare
            "SITUASJONSBESTEMT_INNSATS,       2026-03-10, null,       ok",
            "SITUASJONSBESTEMT_INNSATS,       null,       2030-01-01, ok",
            "SITUASJONSBESTEMT_INNSATS,       2101-01-01, null,       startDate",
    })
    void duration(EffortGroup group, LocalDate start, LocalDate end, String expected) {
        AgreementContent c = content().dates(start, end).build();

        assertFields(check(c, context(group, LocalDate.of(1990, 1, 1))), expected);
    }

    @ParameterizedTest(name = "born {0}, {1} to {2}: {3}")
    @CsvSource({
            // at least 16 on the start date
            "2010-03-10, 2026-03-10, 2026-06-30, ok",
            "2010-03-11, 2026-03-10, 2026-06-30, startDate",
            "2010-09-01, 2026-03-10, 2026-06-30, startDate",
            "2010-02-28, 2026-03-10, 2026-06-30, ok",
            // leap-day birth: 16 on 1 March in a year without 29 February
            "2010-02-28, 2026-03-03, 2026-06-30, ok",
            "2008-02-29, 2026-03-03, 2026-06-30, ok",
            // under 72 on the end date
            "1954-09-10, 2026-03-10, 2026-09-09, ok",
            "1954-09-09, 2026-03-10, 2026-09-09, endDate",
            "1954-09-08, 2026-03-10, 2026-09-09, endDate",
            "1954-03-10, 2026-03-10, 2026-09-09, endDate",
            "1954-03-11, 2026-03-10, 2026-03-10, ok",
            "1954-03-10, 2026-03-10, 2026-03-10, endDate",
            "1960-01-01, 2026-03-10, 2026-09-09, ok",
    })
    void age(LocalDate birthDate, LocalDate start, LocalDate end, String expected) {
        AgreementContent c = content().dates(start, end).build();

        assertFields(fields(AgreementRules.check(c, context(EffortGroup.SITUASJONSBESTEMT_INNSATS, birthDate),
                start.isBefore(TODAY) ? start : TODAY)), expected);
    }

    @Test
    void leapDayBirthTurns16OnTheLeapDay() {
        AgreementContext ctx = context(EffortGroup.SITUASJONSBESTEMT_INNSATS, LocalDate.of(2010, 2, 28));
        AgreementContext leap = context(EffortGroup.SITUASJONSBESTEMT_INNSATS, LocalDate.of(2012, 2, 29));
        LocalDate day = LocalDate.of(2028, 2, 28);

        assertThat(fields(AgreementRules.check(content().dates(day, day).build(), ctx, day))).isEmpty();
        assertThat(fields(AgreementRules.check(content().dates(day, day).build(), leap, day)))
                .containsExactly("startDate");
        LocalDate march = LocalDate.of(2028, 2, 29);
        assertThat(fields(AgreementRules.check(content().dates(march, march).build(), leap, march))).isEmpty();
    }

    @ParameterizedTest(name = "today {0}, start {1}: {2}")
    @CsvSource({
            "2026-03-10, 2026-03-03, ok",
            "2026-03-10, 2026-03-02, startDate",
            "2026-03-10, 2026-03-10, ok",
            "2026-03-10, 2026-03-11, ok",
            "2026-03-10, 2025-12-31, startDate",
            "2026-03-03, 2026-02-24, ok",
            "2026-03-03, 2026-02-23, startDate",
            "2028-03-03, 2028-02-25, ok",
            "2028-03-03, 2028-02-24, startDate",
            "2027-01-05, 2026-12-29, ok",
            "2027-01-05, 2026-12-28, startDate",
    })
    void startAtMostSevenDaysInThePast(LocalDate today, LocalDate start, String expected) {
        AgreementContent c = content().dates(start, start.plusMonths(1)).build();

        assertFields(fields(AgreementRules.check(c, CONTEXT, today)), expected);
    }

    @ParameterizedTest(name = "holiday pay {0}, OTP {1}, AGA {2}: {3}")
    @CsvSource({
            "0,      0.02,  0.141, ok",
            "0.102,  0.02,  0.141, ok",
            "0.12,   0.02,  0.141, ok",
            "0.120,  0.02,  0.141, ok",
            "0.125,  0.02,  0.141, ok",
            "0.143,  0.02,  0.141, ok",
            "0.10,   0.02,  0.141, holidayPayRate",
            "12,     0.02,  0.141, holidayPayRate",
            "-0.12,  0.02,  0.141, holidayPayRate",
            "0.12,   0,     0.141, ok",
            "0.12,   0.25,  0.141, ok",
            "0.12,   0.5,   0.141, ok",
            "0.12,   1,     0.141, ok",
            "0.12,   1.01,  0.141, otpRate",
            "0.12,   -0.01, 0.141, otpRate",
            "0.12,   0.02,  0,     ok",
            "0.12,   0.02,  0.051, ok",
            "0.12,   0.02,  0.064, ok",
            "0.12,   0.02,  0.079, ok",
            "0.12,   0.02,  0.106, ok",
            "0.12,   0.02,  0.1410, ok",
            "0.12,   0.02,  0.14,  agaRate",
            "0.12,   0.02,  14.1,  agaRate",
            "0.11,   2,     0.1,   holidayPayRate+otpRate+agaRate",
    })
    void rates(BigDecimal holidayPay, BigDecimal otp, BigDecimal aga, String expected) {
        AgreementContent c = content().rates(holidayPay, otp, aga).build();

        assertFields(check(c, CONTEXT), expected);
    }

    @ParameterizedTest(name = "OTP {0}, hours {1}: warnings {2}")
    @CsvSource({
            "0.02,   20,     ok",
            "0.25,   173.3,  ok",
            "0.2501, 173.3,  otpRate",
            "0.02,   173.31, hoursPerMonth",
            "1,      999,    otpRate+hoursPerMonth",
            "1.5,    1000,   ok",
    })
    void warnings(BigDecimal otp, BigDecimal hours, String expected) {
        AgreementContent c = content().rates(new BigDecimal("0.12"), otp, new BigDecimal("0.141")).hours(hours)
                .build();

        assertFields(fields(AgreementRules.warnings(c)), expected);
    }

    @ParameterizedTest(name = "hours {0}: {1}")
    @CsvSource({
            "0,      ok",
            "0.5,    ok",
            "173.3,  ok",
            "173.31, ok",
            "999,    ok",
            "999.00, ok",
            "999.01, hoursPerMonth",
            "1000,   hoursPerMonth",
            "-0.01,  hoursPerMonth",
    })
    void hours(BigDecimal hours, String expected) {
        assertFields(check(content().hours(hours).build(), CONTEXT), expected);
    }

    @ParameterizedTest(name = "{0} {1} at {2}%: {3}")
    @CsvSource(nullValues = "null", value = {
            "ARSLONN,    600000, 100,   ok",
            "ARSLONN,    600000, 0.5,   ok",
            "ARSLONN,    600000, 0,     positionPercent",
            "ARSLONN,    600000, 100.1, positionPercent",
            "ARSLONN,    600000, -10,   positionPercent",
            "MANEDSLONN, 50000,  80,    ok",
            "UKELONN,    10000,  50,    ok",
            "DAGSLONN,   2000,   20,    ok",
            "TIMELONN,   300,    null,  ok",
            "TIMELONN,   300,    0,     ok",
            "ARSLONN,    0,      100,   payAmount",
            "TIMELONN,   -1,     null,  payAmount",
    })
    void payAndPositionPercent(PayType type, BigDecimal amount, BigDecimal percent, String expected) {
        assertFields(check(content().pay(type, amount, percent).build(), CONTEXT), expected);
    }

    @ParameterizedTest(name = "account ''{0}'', KID ''{1}'': {2}")
    @CsvSource(nullValues = "null", value = {
            "86011117947,   null,          ok",
            "1234.56.78903, null,          ok",
            "12345678903,   '',            ok",
            "86011117948,   null,          accountNumber",
            "8601111794,    null,          accountNumber",
            "860111179470,  null,          accountNumber",
            "12345678130,   null,          accountNumber",
            "86011117947,   79927398713,   ok",
            "86011117947,   79927398716,   ok",
            "86011117947,   123456782,     ok",
            "86011117947,   123456785,     ok",
            "86011117947,   79927398710,   kid",
            "86011117947,   1,             kid",
            "86011117947,   12A4,          kid",
            "12345678904,   79927398710,   accountNumber+kid",
    })
    void accountAndKid(String account, String kid, String expected) {
        assertFields(check(content().account(account, kid).build(), CONTEXT), expected);
    }

    @ParameterizedTest(name = "mentor {0} {1} {2}, id {3}: {4}")
    @CsvSource(nullValues = "null", value = {
            "Mona,  Mentor,   98765432,       null,        ok",
            "Kaja,  Kandidat, 91234567,       null,        mentorFirstName",
            "kaja,  ' KANDIDAT ', +47 912 34 567, null,    mentorFirstName",
            "Kaja,  Kandidat, 0047 91234567,  null,        mentorFirstName",
            "Kaja,  Kandidat, 98765432,       null,        ok",
            "Kaja,  Nordmann, 91234567,       null,        ok",
            "Kaja,  Kandidat, 91234567,       01019012480, ok",
            "Mona,  Mentor,   98765432,       01019000083, mentorNationalId",
            "Mona,  Mentor,   98765432,       010190 00083, mentorNationalId",
            "Mona,  Mentor,   98765432,       01019000084, mentorNationalId",
    })
    void mentorIsNotTheCandidate(String first, String last, String phone, String nationalId, String expected) {
        AgreementContent c = content().mentor(first, last, phone, nationalId).build();

        assertFields(check(c, CONTEXT), expected);
    }

    @Test
    void invalidMentorNationalIdIsReportedAsSuch() {
        AgreementContent c = content().mentor("Mona", "Mentor", "98765432", "01019000084").build();

        assertThat(AgreementRules.check(c, CONTEXT, TODAY)).extracting(Violation::messageKey)
                .containsExactly("validation.nationalId");
    }

    @ParameterizedTest(name = "tasks of {0} characters: {1}")
    @CsvSource({"1, ok", "1000, ok", "1001, tasks"})
    void tasksAtMost1000Characters(int length, String expected) {
        assertFields(check(content().tasks("x".repeat(length)).build(), CONTEXT), expected);
    }

    @ParameterizedTest(name = "phone ''{0}'', email ''{1}'': {2}")
    @CsvSource(nullValues = "null", value = {
            "91234567,       null,            ok",
            "+47 912 34 567, a@b.no,          ok",
            "1234567,        null,            candidateContact.phone",
            "9123456a,       null,            candidateContact.phone",
            "91234567,       ikke-epost,      candidateContact.email",
            "91234567,       a@b,             candidateContact.email",
    })
    void contactDetails(String phone, String email, String expected) {
        AgreementContent c = content().candidate(new Contact("Kaja", "Kandidat", phone, email)).build();

        assertFields(check(c, CONTEXT), expected);
    }

    @ParameterizedTest(name = "{0}: at most {1} months")
    @CsvSource(nullValues = "null", value = {
            "STANDARD_INNSATS, 6",
            "SITUASJONSBESTEMT_INNSATS, 6",
            "SPESIELT_TILPASSET_INNSATS, 36",
            "GRADERT_VARIG_TILPASSET_INNSATS, 36",
            "VARIG_TILPASSET_INNSATS, 36",
            "null, 6",
    })
    void maxMonths(EffortGroup group, int months) {
        assertThat(AgreementRules.maxMonths(group)).isEqualTo(months);
        assertThat(AgreementRules.latestEndDate(LocalDate.of(2026, 1, 1), group))
                .isEqualTo(LocalDate.of(2026, 1, 1).plusMonths(months).minusDays(1));
    }

    /** Changes one or a few fields of a complete agreement. */
    static final class Builder {
        private String mentorFirstName;
        private String mentorLastName;
        private String mentorPhone;
        private String mentorEmail;
        private String mentorNationalId;
        private String tasks;
        private BigDecimal hours;
        private PayType payType;
        private BigDecimal payAmount;
        private BigDecimal positionPercent;
        private LocalDate start;
        private LocalDate end;
        private String followUp;
        private String adaptation;
        private BigDecimal holidayPay;
        private BigDecimal otp;
        private BigDecimal aga;
        private String account;
        private String kid;
        private Boolean familyTie;
        private String familyTieReason;
        private Contact candidate;
        private Contact employer;
        private Contact counsellor;

        Builder(AgreementContent c) {
            mentorFirstName = c.mentorFirstName();
            mentorLastName = c.mentorLastName();
            mentorPhone = c.mentorPhone();
            mentorEmail = c.mentorEmail();
            mentorNationalId = c.mentorNationalId();
            tasks = c.tasks();
            hours = c.hoursPerMonth();
            payType = c.payType();
            payAmount = c.payAmount();
            positionPercent = c.positionPercent();
            start = c.startDate();
            end = c.endDate();
            followUp = c.followUp();
            adaptation = c.adaptation();
            holidayPay = c.holidayPayRate();
            otp = c.otpRate();
            aga = c.agaRate();
            account = c.accountNumber();
            kid = c.kid();
            familyTie = c.familyTie();
            familyTieReason = c.familyTieReason();
            candidate = c.candidateContact();
            employer = c.employerContact();
            counsellor = c.counsellorContact();
        }

        Builder mentor(String first, String last, String phone, String nationalId) {
            mentorFirstName = first;
            mentorLastName = last;
            mentorPhone = phone;
            mentorNationalId = nationalId;
            return this;
        }

        Builder mentorPhone(String phone) {
            mentorPhone = phone;
            return this;
        }

        Builder mentorEmail(String email) {
            mentorEmail = email;
            return this;
        }

        Builder tasks(String value) {
            tasks = value;
            return this;
        }

        Builder hours(BigDecimal value) {
            hours = value;
            return this;
        }

        Builder pay(PayType type, BigDecimal amount, BigDecimal percent) {
            payType = type;
            payAmount = amount;
            positionPercent = percent;
            return this;
        }

        Builder dates(LocalDate from, LocalDate to) {
            start = from;
            end = to;
            return this;
        }

        Builder followUp(String value) {
            followUp = value;
            return this;
        }

        Builder adaptation(String value) {
            adaptation = value;
            return this;
        }

        Builder rates(BigDecimal holidayPayRate, BigDecimal otpRate, BigDecimal agaRate) {
            holidayPay = holidayPayRate;
            otp = otpRate;
            aga = agaRate;
            return this;
        }

        Builder account(String accountNumber, String kidNumber) {
            account = accountNumber;
            kid = kidNumber;
            return this;
        }

        Builder familyTie(Boolean tie, String why) {
            familyTie = tie;
            familyTieReason = why;
            return this;
        }

        Builder candidate(Contact contact) {
            candidate = contact;
            return this;
        }

        Builder employer(Contact contact) {
            employer = contact;
            return this;
        }

        Builder counsellor(Contact contact) {
            counsellor = contact;
            return this;
        }

        AgreementContent build() {
            return new AgreementContent(mentorFirstName, mentorLastName, mentorPhone, mentorEmail, mentorNationalId,
                    tasks, hours, payType, payAmount, positionPercent, start, end, followUp, adaptation, holidayPay,
                    otp, aga, account, kid, familyTie, familyTieReason, candidate, employer, counsellor);
        }
    }
}
