package no.treklover.process;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A measure (arbeidstrening, mentor, lønnstilskudd, inkluderingstilskudd) with its period. */
@Entity
@Table(name = "process_measure")
public class ProcessMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long processId;
    @Enumerated(EnumType.STRING)
    private MeasureType type;
    private LocalDate startDate;
    private LocalDate endDate;
    private Instant createdAt = Instant.now();

    protected ProcessMeasure() {
    }

    ProcessMeasure(long processId, MeasureType type, LocalDate startDate, LocalDate endDate) {
        this.processId = processId;
        this.type = type;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public Long getId() {
        return id;
    }

    public Long getProcessId() {
        return processId;
    }

    public MeasureType getType() {
        return type;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
