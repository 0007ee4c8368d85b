package no.treklover.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import no.treklover.opportunity.OpportunityType;
import no.treklover.opportunity.WorkConstraint;
import org.junit.jupiter.api.Test;

/** The kept readings: read once per (id, version), read again on an edit, never served for another text. */
class MatchReadingsTest {

    private final MatchReadings readings = new MatchReadings();

    private static MatchScoring.NeedSide need(String interests) {
        return new MatchScoring.NeedSide("Lager", interests, "Truckførerbevis", null, 20, "Oslo", "Oslo");
    }

    private static MatchScoring.OpportunitySide opportunity(String tasks) {
        return new MatchScoring.OpportunitySide("Lagermedarbeider", tasks, List.of("Truckførerbevis"), List.of(), 20,
                OpportunityType.WORK_TRAINING, "Oslo", "Oslo", Set.of(WorkConstraint.HEAVY_LIFTING));
    }

    @Test
    void aNeedIsReadOncePerVersionAndAgainWhenItsVersionOrItsTextChanges() {
        MatchScoring.NeedReading first = readings.need(7, 0, need("Lager, truck"));
        assertThat(readings.need(7, 0, need("Lager, truck"))).as("same version, same text: kept").isSameAs(first);

        MatchScoring.NeedReading edited = readings.need(7, 1, need("Lager, truck, nattarbeid"));
        assertThat(edited).isNotSameAs(first);
        assertThat(edited.wants()).contains("nattarbeid");
        assertThat(readings.need(7, 1, need("Lager, truck, nattarbeid"))).isSameAs(edited);

        // the candidate's anonymisation rewrites the text in a trigger without bumping the version
        MatchScoring.NeedReading anonymised = readings.need(7, 1,
                new MatchScoring.NeedSide("anonymisert", null, null, null, 20, "Oslo", "Oslo"));
        assertThat(anonymised.wants()).containsExactly("anonymisert");
        assertThat(anonymised.offeredStems()).isEmpty();

        // another need of the same text is its own entry
        assertThat(readings.need(8, 1, need("Lager, truck, nattarbeid"))).isNotSameAs(edited);
    }

    @Test
    void anOpportunityIsReadAgainOnAnEditAndScoresAsIfReadAfresh() {
        MatchScoring.NeedReading need = MatchScoring.read(need("Lager, truck"));
        MatchScoring.OpportunityReading first = readings.opportunity(3, 1, opportunity("Varemottak"));
        assertThat(readings.opportunity(3, 1, opportunity("Varemottak"))).isSameAs(first);

        MatchScoring.OpportunityReading edited = readings.opportunity(3, 2, opportunity("Truck og lager"));
        assertThat(edited).isNotSameAs(first);
        assertThat(MatchScoring.score(need, edited))
                .isEqualTo(MatchScoring.score(MatchScoring.read(need("Lager, truck")),
                        MatchScoring.read(opportunity("Truck og lager"))));
        // a ranking that fetched the older version before the edit committed reads that one, not the newer
        assertThat(readings.opportunity(3, 1, opportunity("Varemottak")).titleAndTaskStems())
                .isEqualTo(first.titleAndTaskStems());
        assertThat(readings.opportunity(3, 2, opportunity("Truck og lager")).titleAndTaskStems())
                .isEqualTo(edited.titleAndTaskStems());
    }
}
