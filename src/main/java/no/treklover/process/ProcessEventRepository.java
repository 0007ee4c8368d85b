package no.treklover.process;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcessEventRepository extends JpaRepository<ProcessEvent, Long> {

    List<ProcessEvent> findByProcessIdOrderByOccurredAtDescIdDesc(Long processId);
}
