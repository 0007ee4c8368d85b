package no.treklover.consent;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import no.treklover.access.Audience;
import no.treklover.access.ConsentItem;

/** One grant to share one item with one audience, from when it was given until it was withdrawn. */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long candidateId;
    @Enumerated(EnumType.STRING)
    private ConsentItem item;
    @Enumerated(EnumType.STRING)
    private Audience audience;
    private Instant grantedAt;
    private Long grantedBy;
    private Instant withdrawnAt;
    private Long withdrawnBy;

    protected Consent() {
    }

    Consent(long candidateId, ConsentItem item, Audience audience, Instant grantedAt, long grantedBy) {
        this.candidateId = candidateId;
        this.item = item;
        this.audience = audience;
        this.grantedAt = grantedAt;
        this.grantedBy = grantedBy;
    }

    void withdraw(Instant at, long by) {
        this.withdrawnAt = at;
        this.withdrawnBy = by;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public ConsentItem getItem() {
        return item;
    }

    public Audience getAudience() {
        return audience;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
