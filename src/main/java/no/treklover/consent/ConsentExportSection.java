package no.treklover.consent;

import no.treklover.privacy.ExportCode;
import no.treklover.privacy.ExportContent;
import no.treklover.privacy.ExportRecord;
import no.treklover.privacy.ExportSection;
import no.treklover.privacy.ExportSubject;
import org.springframework.stereotype.Component;

/** Every consent the candidate has given, standing or withdrawn, for the data export. */
@Component
class ConsentExportSection implements ExportSection {

    private final ConsentRepository consents;

    ConsentExportSection(ConsentRepository consents) {
        this.consents = consents;
    }

    @Override
    public String name() {
        return "consents";
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public ExportContent collect(ExportSubject subject) {
        return ExportContent.lines(consents.findByCandidateIdOrderByGrantedAtDesc(subject.candidateId()).stream()
                .map(consent -> new ExportRecord()
                        .field("item", ExportCode.of("consent.item", consent.getItem().name()))
                        .field("audience", ExportCode.of("consent.audience", consent.getAudience().name()))
                        .field("grantedAt", consent.getGrantedAt())
                        .field("withdrawnAt", consent.getWithdrawnAt()))
                .toList());
    }
}
