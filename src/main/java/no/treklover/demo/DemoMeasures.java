package no.treklover.demo;

import java.time.LocalDate;
import no.treklover.process.Attachment;
import no.treklover.process.MeasureType;
import no.treklover.process.Outcome;

/** The measures a demo process has had: work training before the mentor, a wage subsidy after a job with one. */
final class DemoMeasures {

    private DemoMeasures() {
    }

    /**
     * @param workTrainingStart when the candidate began work training at the company (used only when the
     *                          attachment at start was work training)
     */
    static void addFor(DemoData data, int processIndex, LocalDate workTrainingStart) {
        DemoData.Process p = data.processes.get(processIndex);
        if (p.attachmentAtStart == Attachment.WORK_TRAINING && workTrainingStart != null) {
            LocalDate end = p.startDate == null ? null : p.startDate.minusDays(1);
            if (end == null || workTrainingStart.isBefore(end)) {
                data.measures.add(
                        new DemoData.Measure(processIndex, MeasureType.WORK_TRAINING, workTrainingStart, end));
            }
        }
        if (p.startDate == null) {
            return;
        }
        data.measures.add(new DemoData.Measure(processIndex, MeasureType.MENTOR, p.startDate, p.endDate));
        if (p.outcome == Outcome.JOB_WITH_WAGE_SUBSIDY && p.endDate != null) {
            data.measures.add(new DemoData.Measure(processIndex, MeasureType.WAGE_SUBSIDY, p.endDate.plusDays(1),
                    p.endDate.plusMonths(12)));
        }
    }

    static void addInclusionSubsidy(DemoData data, int processIndex) {
        DemoData.Process p = data.processes.get(processIndex);
        LocalDate start = p.startDate.plusDays(14);
        LocalDate end = start.plusMonths(3).minusDays(1);
        if (p.endDate != null && end.isAfter(p.endDate)) {
            end = p.endDate;
        }
        if (start.isBefore(end)) {
            data.measures.add(new DemoData.Measure(processIndex, MeasureType.INCLUSION_SUBSIDY, start, end));
        }
    }
}
