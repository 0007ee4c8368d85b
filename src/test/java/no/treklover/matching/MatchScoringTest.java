package no.treklover.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import no.treklover.matching.MatchScoring.Factor;
import no.treklover.matching.MatchScoring.NeedSide;
import no.treklover.matching.MatchScoring.OpportunitySide;
import no.treklover.matching.MatchScoring.Part;
import no.treklover.opportunity.OpportunityType;
import no.treklover.opportunity.WorkConstraint;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each factor of the scorer with expectations computed by hand from the rules in {@link MatchScoring}'s table. */
class MatchScoringTest {

    private static NeedSide need(String title, String interests, String skills, Integer hours, String municipality,
            String county) {
        return new NeedSide(title, interests, skills, null, hours, municipality, county);
    }

    private static OpportunitySide opportunity(String title, String tasks, List<String> must, List<String> nice,
            Integer hours, OpportunityType type, String municipality, String county, Set<WorkConstraint> c) {
        return new OpportunitySide(title, tasks, must, nice, hours, type, municipality, county, c);
    }

    private static final OpportunitySide WAREHOUSE = opportunity("Lagermedarbeider", "Varemottak, plukk og truck",
            List.of("Kan lese plukklister", "Truckførerbevis"), List.of("Erfaring fra dagligvare"), 20,
            OpportunityType.WORK_TRAINING, "Oslo", "Oslo", Set.of(WorkConstraint.HEAVY_LIFTING));

    @Test
    void interestsAndTasksScoreTwelvePerSharedWordUpToTwentyFive() {
        // «lager» meets «lagermedarbeider» by the first 5 letters; «truck» is shared: 2 × 12 = 24
        Part two = MatchScoring.interests(need("Lager", "Truck, orden", null, null, null, null), WAREHOUSE);
        assertThat(two.points()).isEqualTo(24);
        assertThat(two.arguments()).containsExactly("lager, truck");
        // three shared words: 36, capped at 25
        Part three = MatchScoring.interests(need("Lager", "Truck, plukk", null, null, null, null), WAREHOUSE);
        assertThat(three.points()).isEqualTo(25);
        // stop words («og», «jobb») never count; nothing shared: 0 with its own explanation
        Part none = MatchScoring.interests(need("Barnehage og jobb", "Sang", null, null, null, null), WAREHOUSE);
        assertThat(none.points()).isZero();
        assertThat(none.messageKey()).isEqualTo("matching.explain.interests.none");
    }

    @Test
    void aMissingMustWeighsTwiceAMissingNice() {
        // skills meet «Kan lese plukklister» (plukk) only: met weight 2 of 2+2+1 = 5: 25 × 2 / 5 = 10
        Part oneMust = MatchScoring.skills(need("x", null, "Plukklister, nøyaktig", null, null, null), WAREHOUSE);
        assertThat(oneMust.points()).isEqualTo(10);
        assertThat(oneMust.messageKey()).isEqualTo("matching.explain.skills.mustMissing");
        assertThat(oneMust.arguments()).containsExactly(1, 3, "Truckførerbevis");
        // both musts met, the nice missing: 4 of 5: 25 × 4 / 5 = 20
        Part bothMusts = MatchScoring.skills(need("x", null, "Plukklister, truckførerbevis", null, null, null),
                WAREHOUSE);
        assertThat(bothMusts.points()).isEqualTo(20);
        assertThat(bothMusts.messageKey()).isEqualTo("matching.explain.skills.mustMet");
        // one must and the nice met (3 of 5 = 15) beats the nice alone (1 of 5 = 5): a must weighs more
        Part mustAndNice = MatchScoring.skills(need("x", null, "Plukklister, dagligvare", null, null, null),
                WAREHOUSE);
        Part niceOnly = MatchScoring.skills(need("x", null, "Dagligvare", null, null, null), WAREHOUSE);
        assertThat(mustAndNice.points()).isEqualTo(15);
        assertThat(niceOnly.points()).isEqualTo(5);
        // no requirements at all: full 25
        OpportunitySide open = opportunity("Kafé", null, List.of(), List.of(), null, OpportunityType.ORDINARY,
                "Oslo", "Oslo", Set.of());
        assertThat(MatchScoring.skills(need("x", null, null, null, null, null), open).points()).isEqualTo(25);
    }

    @Test
    void placeIsSameMunicipalitySameCountyOrAnother() {
        assertThat(MatchScoring.place(need("x", null, null, null, "oslo", "Oslo"), WAREHOUSE).points()).isEqualTo(20);
        OpportunitySide baerum = opportunity("x", null, List.of(), List.of(), null, OpportunityType.ORDINARY,
                "Bærum", "Akershus", Set.of());
        assertThat(MatchScoring.place(need("x", null, null, null, "Asker", "Akershus"), baerum).points())
                .isEqualTo(10);
        // a candidate of the weekly list has no municipality: her office's county decides, and the text says so
        Part countyOnly = MatchScoring.place(need("x", null, null, null, null, "Akershus"), baerum);
        assertThat(countyOnly.points()).isEqualTo(10);
        assertThat(countyOnly.arguments()).containsExactly("Bærum", "Akershus");
        assertThat(MatchScoring.place(need("x", null, null, null, null, "Oslo"), baerum).points()).isZero();
        Part other = MatchScoring.place(need("x", null, null, null, "Bergen", "Vestland"), baerum);
        assertThat(other.points()).isZero();
        assertThat(other.messageKey()).isEqualTo("matching.explain.place.other");
    }

    @Test
    void hoursLoseOnePointPerTwoHoursDifference() {
        assertThat(MatchScoring.hours(need("x", null, null, 20, null, null), WAREHOUSE).points()).isEqualTo(10);
        // 25 vs 20: 5 hours, 5 / 2 = 2 points off: 8
        assertThat(MatchScoring.hours(need("x", null, null, 25, null, null), WAREHOUSE).points()).isEqualTo(8);
        // 40 vs 20: 20 / 2 = 10 off: 0
        assertThat(MatchScoring.hours(need("x", null, null, 40, null, null), WAREHOUSE).points()).isZero();
        assertThat(MatchScoring.hours(need("x", null, null, null, null, null), WAREHOUSE).points()).isEqualTo(5);
    }

    @Test
    void typeCountsOnlyWhenTheNeedNamesOne() {
        assertThat(MatchScoring.type(need("Lager", null, null, null, null, null), WAREHOUSE).points()).isEqualTo(10);
        assertThat(MatchScoring.type(need("Lager, arbeidstrening", null, null, null, null, null), WAREHOUSE).points())
                .isEqualTo(10);
        Part summer = MatchScoring.type(need("Sommerjobb på lager", null, null, null, null, null), WAREHOUSE);
        assertThat(summer.points()).isZero();
        assertThat(summer.messageKey()).isEqualTo("matching.explain.type.other");
    }

    @Test
    void aConstraintTheNeedRulesOutCostsThirty() {
        assertThat(MatchScoring.constraints(need("Lager", null, null, null, null, null), WAREHOUSE).points())
                .isEqualTo(10);
        Part lifting = MatchScoring.constraints(need("Lager", "Orden, ikke tunge løft", null, null, null, null),
                WAREHOUSE);
        assertThat(lifting.points()).isEqualTo(-20);
        assertThat(lifting.arguments()).containsExactly("HEAVY_LIFTING");
        OpportunitySide nightCare = opportunity("Omsorg", null, List.of(), List.of(), null, OpportunityType.ORDINARY,
                "Oslo", "Oslo", Set.of(WorkConstraint.NIGHT_WORK, WorkConstraint.HEAVY_LIFTING));
        // «uten nattarbeid» and «ikke løft»: two conflicts, 10 − 60 = −50
        assertThat(MatchScoring.constraints(need("Omsorg uten nattarbeid", "ikke løft", null, null, null, null),
                nightCare).points()).isEqualTo(-50);
        // night work mentioned without a negation rules nothing out
        assertThat(MatchScoring.constraints(need("Nattarbeid passer fint", null, null, null, null, null), nightCare)
                .points()).isEqualTo(10);
    }

    @Test
    void theTotalIsTheSumOfTheFactorsClampedToZeroAndAHundred() {
        // interests 24 (lager, truck) + skills 20 (both musts) + place 20 + hours 10 + type 10 + constraints 10 = 94
        NeedSide good = new NeedSide("Lager", "Truck", "Plukklister, truckførerbevis", null, 20, "Oslo", "Oslo");
        MatchScoring.Score score = MatchScoring.score(good, WAREHOUSE);
        assertThat(score.parts()).extracting(Part::factor).containsExactly(Factor.values());
        assertThat(score.total()).isEqualTo(94);
        // nothing fits and lifting is ruled out: 0 + 0 + 0 + 0 (40 h) + 0 (summer job) − 20 → 0
        NeedSide bad = new NeedSide("Sommerjobb i barnehage", "Sang, ikke tunge løft", "Barn", null, 40, "Bergen",
                "Vestland");
        assertThat(MatchScoring.score(bad, WAREHOUSE).total()).isZero();
    }

    /** The need's words read as wanted types and ruled-out demands, case and phrasing as counsellors write them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("needTexts")
    void aNeedsWordsAreReadAsWantedTypesAndRuledOutDemands(String text, Set<OpportunityType> types,
            Set<WorkConstraint> ruledOut) {
        assertThat(MatchScoring.wantedTypes(text)).isEqualTo(types);
        assertThat(MatchScoring.ruledOut(text)).isEqualTo(ruledOut);
    }

    static Stream<Arguments> needTexts() {
        return Stream.of(
                Arguments.of("Lager", Set.of(), Set.of()),
                Arguments.of("Arbeidstrening, gjerne FAST JOBB etterpå",
                        Set.of(OpportunityType.WORK_TRAINING, OpportunityType.ORDINARY), Set.of()),
                Arguments.of("Lærling i bilverksted", Set.of(OpportunityType.APPRENTICESHIP), Set.of()),
                Arguments.of("Sesongarbeid, tåler ikke mye stående", Set.of(OpportunityType.TEMPORARY),
                        Set.of(WorkConstraint.LONG_STANDING)),
                Arguments.of("Uten nattarbeid og ikke skift", Set.of(),
                        Set.of(WorkConstraint.NIGHT_WORK, WorkConstraint.SHIFT_WORK)),
                // three words between the negation and the demand are too far: «ikke» belongs to something else
                Arguments.of("ikke så glad i tunge tak, løft går fint", Set.of(), Set.of()),
                Arguments.of("Har ikke førerkort; lite kundekontakt", Set.of(),
                        Set.of(WorkConstraint.DRIVING, WorkConstraint.MUCH_CUSTOMER_CONTACT)),
                Arguments.of("Kan kjøre bil, liker kundekontakt og nattevakter", Set.of(), Set.of()));
    }
}
