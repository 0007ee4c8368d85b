package no.treklover.office;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfficeRepository extends JpaRepository<Office, String> {

    List<Office> findAllByOrderByName();
}
