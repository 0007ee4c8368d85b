package no.treklover.market;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The contact log's reads, each one indexed query with the names it shows (V22): the employer's log by
 * {@code (employer_id, contacted_at desc)}, the warning by that and the employer's open plans, the due lists by
 * {@code (nav_user_id, next_contact_on)} and {@code (nav_unit_id, next_contact_on)} where the follow-up is open.
 */
interface EmployerContactRepository extends JpaRepository<EmployerContact, Long> {

    String LINE = """
            select new no.treklover.market.ContactLine(c, u.displayName, o.name, e.name)
              from EmployerContact c join UserAccount u on u.id = c.navUserId
              left join Office o on o.id = c.navUnitId join Employer e on e.id = c.employerId
            """;

    /** The employer's log: planned contacts (no time yet) first, then newest first. */
    @Query(LINE + " where c.employerId = :employerId order by c.contactedAt desc nulls first, c.id desc")
    List<ContactLine> log(long employerId, Pageable page);

    long countByEmployerId(long employerId);

    @Query(LINE + " where c.id = :id")
    java.util.Optional<ContactLine> line(long id);

    /** Others' contacts with the employer since {@code since}, and their open plans for a day in the window. */
    @Query(LINE + """
             where c.employerId = :employerId and c.navUserId <> :userId
               and (c.contactedAt >= :since or (c.followUpOpen and c.nextContactOn between :plansFrom and :plansTo))
             order by c.contactedAt desc nulls first, c.id desc""")
    List<ContactLine> others(long employerId, long userId, Instant since, LocalDate plansFrom, LocalDate plansTo);

    @Query(LINE + """
             where c.navUserId = :userId and c.followUpOpen and c.nextContactOn between :from and :to
             order by c.nextContactOn, c.id""")
    List<ContactLine> dueFor(long userId, LocalDate from, LocalDate to, Pageable page);

    /** The unit's contacts due, the user's own left out (they are in {@link #dueFor}). */
    @Query(LINE + """
             where c.navUnitId = :unitId and c.navUserId <> :userId and c.followUpOpen
               and c.nextContactOn between :from and :to
             order by c.nextContactOn, c.id""")
    List<ContactLine> dueForUnit(String unitId, long userId, LocalDate from, LocalDate to, Pageable page);

    @Query(LINE + """
             where c.navUserId = :userId and c.followUpOpen and c.nextContactOn < :before
             order by c.nextContactOn, c.id""")
    List<ContactLine> overdueFor(long userId, LocalDate before, Pageable page);

    @Query(LINE + """
             where c.navUserId = :userId and c.contactedAt is not null
             order by c.contactedAt desc, c.id desc""")
    List<ContactLine> recentFor(long userId, Pageable page);

    /**
     * A contact logged with the employer closes the user's own open plans and follow-ups with it that were due by
     * {@code dueBy}: the contact was the one planned. Their versions move on, so an open edit form sees the change.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("""
            update EmployerContact c set c.followUpOpen = false, c.version = c.version + 1, c.updatedAt = :now
             where c.employerId = :employerId and c.navUserId = :userId and c.followUpOpen and c.id <> :except
               and c.nextContactOn <= :dueBy""")
    int closeFollowUps(long employerId, long userId, long except, LocalDate dueBy, Instant now);
}
