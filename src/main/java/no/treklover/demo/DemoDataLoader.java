package no.treklover.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data once per database when the app is ready in demo mode, then shows the demo users. Several
 * app nodes may start at once on one database: an advisory lock lets one of them load and the others skip.
 */
@Component
class DemoDataLoader {

    static final String PASSWORD = "demo";
    /** "TRKLDEMO" in ASCII; any constant works as long as nothing else uses it. */
    private static final long LOCK_KEY = 0x54524B4C44454D4FL;

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoMode demoMode;
    private final DemoProperties properties;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final DemoDataWriter writer;
    private final DemoUsersBanner banner;
    private final ObjectProvider<PasswordEncoder> passwordEncoder;
    private final ObjectProvider<Clock> clock;
    private final ObjectProvider<DemoDataContributor> contributors;

    DemoDataLoader(DemoMode demoMode, DemoProperties properties, JdbcTemplate jdbc,
                   PlatformTransactionManager transactionManager, DemoDataWriter writer, DemoUsersBanner banner,
                   ObjectProvider<PasswordEncoder> passwordEncoder, ObjectProvider<Clock> clock,
                   ObjectProvider<DemoDataContributor> contributors) {
        this.demoMode = demoMode;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.writer = writer;
        this.banner = banner;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.contributors = contributors;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onApplicationReady() {
        if (!demoMode.isActive()) {
            return;
        }
        loadIfAbsent();
        banner.print();
    }

    /** Returns true when this call loaded the data, false when it was already there. */
    boolean loadIfAbsent() {
        if (demoUsersExist()) {
            log.info("Demo data already loaded");
            return false;
        }
        Boolean loaded = transaction.execute(status -> {
            jdbc.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
            if (demoUsersExist()) {
                return false;  // another node loaded it while we waited for the lock
            }
            long started = System.nanoTime();
            DemoData data = DemoDataGenerator.generate(BaselineCases.load(), properties.extraProcesses(), today());
            writer.write(data, passwordHash());
            contributors.orderedStream().forEach(contributor -> contributor.contribute(jdbc, today()));
            log.info("Demo data loaded in {} ms: {} offices, {} employers, {} users, {} candidates, {} processes, "
                            + "{} measures, {} timeline entries", (System.nanoTime() - started) / 1_000_000,
                    data.offices.size(), data.employers.size(), data.users.size(), data.candidates.size(),
                    data.processes.size(), data.measures.size(), data.events.size());
            return true;
        });
        return Boolean.TRUE.equals(loaded);
    }

    private boolean demoUsersExist() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from app_user where username = ?)", Boolean.class,
                DemoOrganisation.COUNSELLOR));
    }

    /** Hashed once for all demo users; the app's own encoder when it has one, so the format matches its login. */
    private String passwordHash() {
        return passwordEncoder.getIfUnique(BCryptPasswordEncoder::new).encode(PASSWORD);
    }

    private LocalDate today() {
        return LocalDate.now(clock.getIfUnique(Clock::systemDefaultZone).withZone(DemoTimeline.OSLO));
    }
}
