package no.treklover.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Builds the demo data set. The same seed gives the same people, employers and histories every time; only the
 * dates move along with {@code today}, so the demo always looks current.
 */
final class DemoDataGenerator {

    static final long SEED = 20_192_020L;

    private DemoDataGenerator() {
    }

    static DemoData generate(List<BaselineCase> baselineCases, int extraProcesses, LocalDate today) {
        Random random = new Random(SEED);
        DemoData data = new DemoData();
        DemoOrganisation.addTo(data, random);
        DemoCandidates candidates = new DemoCandidates(random);
        BaselineProcesses.addTo(data, baselineCases, candidates, random, today);
        SyntheticProcesses synthetic = new SyntheticProcesses(data, candidates, random, today);
        synthetic.addMentorProcesses();
        synthetic.addExtra(extraProcesses);
        return data;
    }
}
