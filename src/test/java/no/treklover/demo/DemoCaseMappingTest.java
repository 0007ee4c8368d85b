package no.treklover.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.treklover.process.Attachment;
import no.treklover.process.FollowUpStatus;
import no.treklover.process.Outcome;
import no.treklover.process.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoCaseMappingTest {

    @ParameterizedTest
    @CsvSource({
            "Avklaring,        CLARIFICATION",
            "Arbeidstrening,   WORK_TRAINING",
            "Ingen,            NONE",
            "Elev,             STUDENT",
            "Tilkallingshjelp, TEMPORARY_STAFF",
            "' arbeidstrening ', WORK_TRAINING"
    })
    void attachmentBefore(String text, Attachment expected) {
        assertEquals(expected, BaselineCaseMapping.attachment(text));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "Ja med lønnstilskudd,                       POST_CHECK, JOB_WITH_WAGE_SUBSIDY,       STILL_EMPLOYED",
            "Ja fast ansatt,                             POST_CHECK, ORDINARY_JOB,                STILL_EMPLOYED",
            "Ja fortsatt under fagopplæring i bedriften, POST_CHECK, EDUCATION_OR_APPRENTICESHIP, IN_EDUCATION",
            "Nei. Lærlingeplass annen bedrift,           POST_CHECK, EDUCATION_OR_APPRENTICESHIP, IN_EDUCATION",
            "Nei. Tok fagbrev og flyttet,                CLOSURE,    EDUCATION_OR_APPRENTICESHIP, -",
            "Nei,                                        CLOSURE,    ENDED_WITHOUT_JOB,           -",
            "'Ja, men sykemeldt',                        CLOSURE,    MOVED_OR_HEALTH,             -",
            "Mangler info,                               CLOSURE,    UNKNOWN,                     -",
            "Ja fortsatt i mentortiltak,                 FOLLOW_UP,  -,                           -"
    })
    void attachedAtEnd(String text, Phase phase, Outcome outcome, FollowUpStatus followUpStatus) {
        BaselineCaseMapping.Result result = BaselineCaseMapping.result(text);
        assertEquals(phase, result.phase());
        assertEquals(outcome, result.outcome());
        assertEquals(followUpStatus, result.followUpStatus());
        assertEquals(outcome == null, result.open());
    }

    @ParameterizedTest
    @CsvSource({"Ja, true", "Nei, false", "ja, true"})
    void counsellorKnewCompany(String text, boolean expected) {
        assertEquals(expected, BaselineCaseMapping.counsellorKnewCompany(text));
    }

    @ParameterizedTest
    @CsvSource({"Vikar", "Kanskje", "''"})
    void unknownAnswersAreRejected(String text) {
        assertThrows(IllegalArgumentException.class, () -> BaselineCaseMapping.attachment(text));
        assertThrows(IllegalArgumentException.class, () -> BaselineCaseMapping.result(text));
        assertThrows(IllegalArgumentException.class, () -> BaselineCaseMapping.attachedAtEnd(text));
        assertThrows(IllegalArgumentException.class, () -> BaselineCaseMapping.counsellorKnewCompany(text));
    }

    @Test
    void everyBaselineRowMapsAndKeepsItsContactFrequenciesAndEmployerMentor() {
        List<BaselineCase> cases = BaselineCases.load();
        assertEquals(21, cases.size());
        long open = cases.stream().filter(c -> BaselineCaseMapping.result(c.attachedAtEnd()).open()).count();
        assertEquals(2, open);

        BaselineCase five = cases.get(0);
        assertEquals(5, five.number());
        assertEquals(Attachment.CLARIFICATION, BaselineCaseMapping.attachment(five.attachmentBefore()));
        assertTrue(BaselineCaseMapping.employerIsMentor(five));
        assertEquals("Fra baselinestudien (sak 5): kontakt veileder–mentor: 2-3 ganger per uke; "
                        + "veileder–kandidat: Jevnlig; veileder–arbeidsgiver: AG er mentor.",
                BaselineCaseMapping.timelineComment(five));

        BaselineCase two = cases.stream().filter(c -> c.number() == 2).findFirst().orElseThrow();
        assertEquals("Kun ved oppstart arbeidstrening, ikke ift mentortiltak", two.contactCounsellorEmployer());
        assertFalse(BaselineCaseMapping.employerIsMentor(two));
        assertFalse(BaselineCaseMapping.counsellorKnewCompany(two.counsellorKnewCompany()));
        assertEquals(Attachment.WORK_TRAINING, BaselineCaseMapping.attachment(two.attachmentBefore()));

        BaselineCase twentyOne = cases.stream().filter(c -> c.number() == 21).findFirst().orElseThrow();
        assertEquals(Outcome.MOVED_OR_HEALTH, BaselineCaseMapping.result(twentyOne.attachedAtEnd()).outcome());
        assertNull(BaselineCaseMapping.result(twentyOne.attachedAtEnd()).followUpStatus());
    }

    @Test
    void theAttachmentAtTheEndTalliesAsSeed000Summarises() {
        java.util.Map<no.treklover.process.AttachmentAtEnd, Long> tally = BaselineCases.load().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        c -> BaselineCaseMapping.attachedAtEnd(c.attachedAtEnd()),
                        java.util.stream.Collectors.counting()));

        assertEquals(java.util.Map.of(no.treklover.process.AttachmentAtEnd.SAME_EMPLOYER, 12L,
                no.treklover.process.AttachmentAtEnd.OTHER_EMPLOYER, 1L,
                no.treklover.process.AttachmentAtEnd.NONE, 5L,
                no.treklover.process.AttachmentAtEnd.UNKNOWN, 3L), tally);
    }
}
