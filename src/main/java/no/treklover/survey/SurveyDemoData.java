package no.treklover.survey;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import no.treklover.demo.DemoDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The baseline survey at NAV Grünerløkka in two rounds, so the comparison shows something on first start: round 1
 * (half a year ago, closed, 11 of 14 answered) and round 2 (a month ago, open, 9 answered so far; the demo counsellor
 * has not answered yet and finds it under her surveys). Most respondents got a personal link handed on by the office
 * leader (no account is recorded for them). Answers lean a little towards more frequent contact with the mentor in
 * round 2. Also an open survey to the office's mentors that the demo mentor has not answered, and a draft to be sent
 * to the employer whenever a process ends.
 */
@Component
class SurveyDemoData implements DemoDataContributor {

    static final String OFFICE = "0315";

    private static final List<String> COMMENTS = List.of(
            "Hadde mest kontakt med arbeidsgiver, som fulgte opp mentoren.",
            "Telefon fungerte best i starten, senere møttes vi på arbeidsplassen.",
            "Mentoren ønsket faste avtaler hver måned.",
            "Vanskelig å finne tid til møter på bedriften.",
            "Tett kontakt de første ukene, så roligere.");

    @Override
    public void contribute(JdbcTemplate template, LocalDate today) {
        JdbcClient jdbc = JdbcClient.create(template);
        Long leader = jdbc.sql("select id from app_user where username = 'kontorleder'").query(Long.class)
                .optional().orElse(null);
        Random random = new Random(14);
        long first = BaselineSurvey.insert(jdbc, OFFICE, leader);
        open(jdbc, first, today.minusMonths(6), "CLOSED", today.minusMonths(5));
        recipients(jdbc, first, 14, 11, List.of());
        answers(jdbc, first, 11, random, 0);

        long second = BaselineSurvey.insert(jdbc, OFFICE, leader);
        jdbc.sql("update survey set series_id = :first, round = 2 where id = :id").param("first", first)
                .param("id", second).update();
        open(jdbc, second, today.minusMonths(1), "OPEN", null);
        List<Long> counsellor = jdbc.sql("select id from app_user where username = 'veileder'").query(Long.class)
                .list();
        recipients(jdbc, second, 14, 9, counsellor);
        answers(jdbc, second, 9, random, 1);

        mentorSurvey(jdbc, leader, today);
        employerDraft(jdbc, leader);
    }

    /** A draft to the employers of every process that ends (seed 000's «Survey til alle involverte arbeidsgivere»). */
    private static void employerDraft(JdbcClient jdbc, Long leader) {
        long id = jdbc.sql("""
                insert into survey (office_id, title, intro, audience, trigger_kind, created_by)
                values (:office, 'Arbeidsgiverens erfaring etter forløpet',
                        'Forløpet med NAV er avsluttet. Hvordan opplevde dere samarbeidet?', 'EMPLOYER',
                        'PROCESS_CLOSED', :leader) returning id""").param("office", OFFICE).param("leader", leader)
                .query(Long.class).single();
        jdbc.sql("""
                insert into survey_question (survey_id, position, question_key, section, kind, text, required, options,
                                             scale_max, low_label, high_label) values
                (:id, 1, 'e1', 'Samarbeidet', 'SCALE', 'Hvor godt fungerte samarbeidet med NAV-veilederen?', true,
                 null, 10, 'Svært dårlig', 'Svært godt'),
                (:id, 2, 'e2', 'Samarbeidet', 'SINGLE', 'Vil dere ta imot en ny kandidat med mentor?', true,
                 'Ja' || chr(10) || 'Kanskje' || chr(10) || 'Nei', null, null, null),
                (:id, 3, 'e3', 'Samarbeidet', 'TEXT', 'Hva kunne NAV gjort bedre?', false, null, null, null, null)""")
                .param("id", id).update();
    }

    private static void open(JdbcClient jdbc, long id, LocalDate opened, String state, LocalDate closed) {
        ZoneId oslo = ZoneId.of("Europe/Oslo");
        jdbc.sql("update survey set state = :state, opened_at = :opened, closed_at = :closed, created_at = :opened "
                        + "where id = :id")
                .param("state", state).param("opened", Timestamp.from(opened.atTime(9, 0).atZone(oslo).toInstant()))
                .param("closed", closed == null ? null : Timestamp.from(closed.atTime(9, 0).atZone(oslo).toInstant()))
                .param("id", id).update();
    }

    /** {@code total} recipients, {@code answered} of them answered; the given accounts are the unanswered first. */
    private static void recipients(JdbcClient jdbc, long survey, int total, int answered, List<Long> accounts) {
        SecureRandom tokens = new SecureRandom();
        for (int i = 0; i < total; i++) {
            Long user = i < accounts.size() ? accounts.get(i) : null;
            boolean done = user == null && i - accounts.size() < answered;
            byte[] token = new byte[32];
            tokens.nextBytes(token);
            jdbc.sql("""
                    insert into survey_recipient (survey_id, user_id, office_id, token_hash, answered)
                    values (:survey, :user, :office, :hash, :answered)""")
                    .param("survey", survey).param("user", user).param("office", OFFICE)
                    .param("hash", SurveyService.hash(java.util.Base64.getUrlEncoder().encodeToString(token)))
                    .param("answered", done).update();
        }
    }

    /** Answers shaped like seed 000's tables; {@code shift} moves contact with the mentor towards more often. */
    private static void answers(JdbcClient jdbc, long survey, int respondents, Random random, int shift) {
        Map<String, Question> questions = jdbc.sql("select * from survey_question where survey_id = :id")
                .param("id", survey).query((rs, n) -> SurveyStore.question(rs)).list().stream()
                .collect(Collectors.toMap(Question::key, q -> q));
        Map<String, int[]> weights = Map.of(
                "b01", new int[] {8, 2},
                "b02", new int[] {30, 44, 16, 6, 4},
                "b03", new int[] {16, 2, 70, 0, 2, 10},
                "b04", new int[] {14, 55, 0, 1, 6, 10, 9, 7},
                "b05", new int[] {14, 32, 36, 16, 2},
                "b06", shift == 0 ? new int[] {4, 42, 26, 18, 3} : new int[] {12, 50, 20, 10, 1},
                "b07", new int[] {47, 46, 4},
                "b08", shift == 0 ? new int[] {48, 43, 3} : new int[] {35, 58, 3},
                "b12", new int[] {27, 36, 23, 5, 10},
                "b13", new int[] {22, 18, 14, 9, 9, 8, 3, 3, 4, 11});
        Map<String, int[]> forms = Map.of("b09", new int[] {70, 9, 54, 25, 53}, "b10", new int[] {67, 45, 57, 7, 13});
        List<Object[]> rows = new ArrayList<>();
        for (int r = 0; r < respondents; r++) {
            UUID response = UUID.randomUUID();
            jdbc.sql("insert into survey_response (id, survey_id, office_id) values (:id, :survey, :office)")
                    .param("id", response).param("survey", survey).param("office", OFFICE).update();
            boolean used = r < respondents - 1;
            rows.add(new Object[] {response, questions.get("b01").id(), used ? 0 : 1, null});
            if (!used) {
                continue;
            }
            weights.forEach((key, w) -> {
                if (!key.equals("b01")) {
                    rows.add(new Object[] {response, questions.get(key).id(), pick(w, random), null});
                }
            });
            forms.forEach((key, percents) -> {
                for (int option = 0; option < percents.length; option++) {
                    if (random.nextInt(100) < percents[option]) {
                        rows.add(new Object[] {response, questions.get(key).id(), option, null});
                    }
                }
            });
            if (r < COMMENTS.size()) {
                rows.add(new Object[] {response, questions.get("b11").id(), null, COMMENTS.get(r)});
            }
        }
        Collections.shuffle(rows, random);
        for (Object[] row : rows) {
            jdbc.sql("insert into survey_answer (response_id, question_id, choice, text) values (?, ?, ?, ?)")
                    .params(row[0], row[1], row[2], row[3]).update();
        }
    }

    private static int pick(int[] weights, Random random) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static void mentorSurvey(JdbcClient jdbc, Long leader, LocalDate today) {
        long id = jdbc.sql("""
                insert into survey (office_id, title, intro, audience, created_by)
                values (:office, 'Mentorenes erfaringer', 'Hvordan opplever du å være mentor, og hva trenger du fra NAV?',
                        'MENTOR', :leader) returning id""").param("office", OFFICE).param("leader", leader)
                .query(Long.class).single();
        Object[][] questions = {
                {"m1", "Hvordan opplever du rollen som mentor?", "SCALE", true, null, 5, "Svært krevende", "Svært givende"},
                {"m2", "Hvor ofte har du kontakt med veilederen i NAV?", "SINGLE", true,
                        "Ukentlig\n2–3 ganger per måned\nCa. 1 gang per måned\nSjeldnere", null, null, null},
                {"m3", "Hva slags støtte ønsker du mer av?", "MULTIPLE", false,
                        "Mentorkurs\nNettverkssamlinger\nRaskere svar fra NAV\nMer tid avsatt av arbeidsgiver", null, null,
                        null},
                {"m4", "Hva bør NAV gjøre annerledes?", "TEXT", false, null, null, null, null}};
        int position = 1;
        for (Object[] q : questions) {
            jdbc.sql("""
                    insert into survey_question (survey_id, position, question_key, kind, text, required, options,
                                                 scale_max, low_label, high_label)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, position++, q[0], q[2], q[1], q[3], q[4], q[5], q[6], q[7]).update();
        }
        open(jdbc, id, today.minusDays(3), "OPEN", null);
        List<Long> mentors = jdbc.sql("select id from app_user where username = 'mentor'").query(Long.class).list();
        recipients(jdbc, id, mentors.size(), 0, mentors);
    }
}
