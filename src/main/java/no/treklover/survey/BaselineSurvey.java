package no.treklover.survey;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The baseline survey of seed 000 (chapter 2.2, tables 2–7) as a shipped template for counsellors: use of the mentor
 * measure, who took the initiative, the candidate's attachment before and after, its length, and the contact-quality
 * questions of table 5 (frequency, intensity over the period and forms of contact, each with the candidate and with
 * the mentor). Table 2's overlapping "4-5" and "5-10" are "4–5" and "6–10" here. Each question has a fixed key, the
 * same in every round, so rounds compare.
 */
final class BaselineSurvey {

    static final String KEY = "baseline-000";
    static final String TITLE = "Bruk av mentortiltaket (kartlegging fra forprosjektet)";

    private record Q(String key, String section, QuestionKind kind, String text, boolean required, List<String> options) {
    }

    private static final String USE = "Bruk av mentortiltaket";
    private static final String CONTACT = "Kontakt med bruker og mentor";
    private static final String RESULT = "Varighet og tilknytning";
    private static final List<String> FREQUENCY = List.of("Ukentlig", "2–3 ganger per måned", "Ca. 1 gang per måned",
            "Mindre enn 1 gang per måned", "Aldri");
    private static final List<String> INTENSITY = List.of("Mest i begynnelsen", "Like mye gjennom hele perioden",
            "Mest på slutten");
    private static final List<String> FORMS = List.of("Telefon", "E-post", "På bedriften", "På NAV-kontoret",
            "Digital kommunikasjon");

    static final List<Q> QUESTIONS = List.of(
            new Q("b01", USE, QuestionKind.SINGLE, "Har du brukt mentortiltaket de siste to årene?", true,
                    List.of("Ja", "Nei")),
            new Q("b02", USE, QuestionKind.SINGLE, "For hvor mange brukere har du iverksatt mentortiltaket de siste "
                    + "to årene?", false, List.of("1", "2–3", "4–5", "6–10", "Flere enn 10")),
            new Q("b03", USE, QuestionKind.SINGLE, "Hvem tok initiativet til bruk av mentortilskudd sist?", false,
                    List.of("Arbeidsgiver", "Bruker", "Veileder", "Hjelpemiddelsentralen", "Vet ikke", "Annet")),
            new Q("b04", USE, QuestionKind.SINGLE, "Hvilken tilknytning hadde brukeren til bedriften da tiltaket "
                    + "ble iverksatt?", false, List.of("Ingen", "Arbeidstrening", "Avklaring", "Vikar", "Skoleelev",
                    "Midlertidig ansatt", "Fast ansatt", "Annet")),
            new Q("b05", CONTACT, QuestionKind.SINGLE, "Hvor ofte hadde du kontakt med brukeren?", false, FREQUENCY),
            new Q("b06", CONTACT, QuestionKind.SINGLE, "Hvor ofte hadde du kontakt med mentoren?", false, FREQUENCY),
            new Q("b07", CONTACT, QuestionKind.SINGLE, "Når i perioden hadde du mest kontakt med brukeren?", false,
                    INTENSITY),
            new Q("b08", CONTACT, QuestionKind.SINGLE, "Når i perioden hadde du mest kontakt med mentoren?", false,
                    INTENSITY),
            new Q("b09", CONTACT, QuestionKind.MULTIPLE, "Hvilke kontaktformer brukte du med brukeren?", false, FORMS),
            new Q("b10", CONTACT, QuestionKind.MULTIPLE, "Hvilke kontaktformer brukte du med mentoren?", false, FORMS),
            new Q("b11", CONTACT, QuestionKind.TEXT, "Kommentarer om kontakten med bruker og mentor", false, List.of()),
            new Q("b12", RESULT, QuestionKind.SINGLE, "Hvor lenge varte mentortiltaket?", false,
                    List.of("Inntil 3 måneder", "3–6 måneder", "6–12 måneder", "Mer enn 12 måneder",
                            "Tiltaket er ennå ikke avsluttet")),
            new Q("b13", RESULT, QuestionKind.SINGLE, "Hvilken tilknytning hadde brukeren til bedriften etter "
                    + "avslutning?", false, List.of("Midlertidig ansatt med lønnstilskudd",
                    "Fast ansatt med lønnstilskudd", "Arbeidstrening", "Ingen tilknytning", "Læreplass/utdanning",
                    "Fast ansatt uten lønnstilskudd", "Vikar", "Midlertidig ansatt uten lønnstilskudd", "Vet ikke",
                    "Annet")));

    private BaselineSurvey() {
    }

    /** Inserts the template as a draft survey of the office (round 1 of a new series); returns its id. */
    static long insert(JdbcClient jdbc, String office, Long createdBy) {
        long id = jdbc.sql("""
                insert into survey (office_id, title, intro, audience, template_key, created_by)
                values (:office, :title, :intro, 'COUNSELLOR', :key, :user) returning id""")
                .param("office", office).param("title", TITLE)
                .param("intro", "Spørsmålene er de samme som i forprosjektets spørreundersøkelse til veiledere, "
                        + "slik at kontoret kan følge utviklingen runde for runde. Svarene er anonyme.")
                .param("key", KEY).param("user", createdBy).query(Long.class).single();
        int position = 1;
        for (Q q : QUESTIONS) {
            jdbc.sql("""
                    insert into survey_question (survey_id, position, question_key, section, kind, text, required,
                                                 options)
                    values (:survey, :position, :key, :section, :kind, :text, :required, :options)""")
                    .param("survey", id).param("position", position++).param("key", q.key())
                    .param("section", q.section()).param("kind", q.kind().name()).param("text", q.text())
                    .param("required", q.required())
                    .param("options", q.options().isEmpty() ? null : String.join("\n", q.options())).update();
        }
        return id;
    }
}
