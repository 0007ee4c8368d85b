package no.treklover.needs;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NeedRepository extends JpaRepository<Need, Long> {

    List<Need> findByProcessIdOrderByPostedAtDesc(long processId);
}
