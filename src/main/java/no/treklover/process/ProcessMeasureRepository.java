package no.treklover.process;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcessMeasureRepository extends JpaRepository<ProcessMeasure, Long> {

    List<ProcessMeasure> findByProcessIdOrderByStartDateAscIdAsc(Long processId);
}
