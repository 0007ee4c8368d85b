package no.treklover.platform.database;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import no.treklover.access.CurrentUser;
import no.treklover.access.Role;
import no.treklover.audit.AuditAction;
import no.treklover.audit.AuditChainSealer;
import no.treklover.audit.AuditChainVerifier;
import no.treklover.audit.AuditLog;
import no.treklover.audit.ChainVerification;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The app's storage stack in a JVM of its own, for {@link CrashRecoveryTest} to kill: the default run's embedded
 * PostgreSQL ({@link DataSourceConfiguration} with the durable settings), Flyway with every migration and its
 * validation, and the real audit log and sealer. Prints {@code READY <ms since JVM start>}, then with
 * {@code verify <file of acknowledged ids>} {@code LOST <n>} and {@code CHAIN <intact> <entries>}, and with
 * {@code load} writes audit entries on four threads, printing {@code ACK <id>} after each commit, until killed.
 */
public final class CrashLoadNode {

    static final String RESOURCE = "crash-test";

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DatabaseProperties.class)
    @Import(DataSourceConfiguration.class)
    @ImportAutoConfiguration({DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
            JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class})
    @ComponentScan(basePackages = "no.treklover.audit", useDefaultFilters = false, includeFilters =
            @ComponentScan.Filter(type = FilterType.REGEX,
                    pattern = "no\\.treklover\\.audit\\.Audit(Log|Chain(Store|Sealer|Verifier))"))
    static class StorageStack {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        SpringApplication application = new SpringApplication(StorageStack.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        ConfigurableApplicationContext context = application.run(
                "--treklover.db.embedded-data-directory=" + data, "--treklover.db.pool-size=6",
                "--logging.level.root=WARN");
        System.out.println("READY " + ManagementFactory.getRuntimeMXBean().getUptime());
        List<String> modes = List.of(args).subList(1, args.length);
        if (modes.contains("verify")) {
            verify(context, Path.of(args[modes.indexOf("verify") + 2]));
        }
        if (modes.contains("load")) {
            load(context);
        } else {
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private static void verify(ConfigurableApplicationContext context, Path acknowledged) throws Exception {
        Set<String> stored = new HashSet<>(context.getBean(JdbcClient.class)
                .sql("select purpose from audit_entry where resource = :resource").param("resource", RESOURCE)
                .query(String.class).list());
        long lost = Files.readAllLines(acknowledged).stream().filter(id -> !stored.contains(id)).count();
        System.out.println("LOST " + lost);
        ChainVerification chain = context.getBean(AuditChainVerifier.class).sealAndVerify();
        System.out.println("CHAIN " + chain.intact() + " " + chain.checkedEntries());
    }

    private static void load(ConfigurableApplicationContext context) throws Exception {
        AuditLog audit = context.getBean(AuditLog.class);
        AuditChainSealer sealer = context.getBean(AuditChainSealer.class);
        TransactionTemplate transaction = new TransactionTemplate(
                context.getBean(PlatformTransactionManager.class));
        CurrentUser user = new CurrentUser(1, "krasjtest", "Krasjtest", Role.COUNSELLOR, "0314", null, null, null,
                true);
        AtomicLong next = new AtomicLong(ProcessHandle.current().pid() * 1_000_000L);
        for (int i = 0; i < 4; i++) {
            Thread writer = new Thread(() -> {
                while (true) {
                    String id = "write-" + next.incrementAndGet();
                    try {
                        transaction.executeWithoutResult(status ->
                                audit.allowed(user, AuditAction.WRITE, RESOURCE, null, id));
                        System.out.println("ACK " + id);
                    } catch (RuntimeException e) {
                        pause(50);
                    }
                }
            });
            writer.start();
        }
        // Sealing runs during the load, as the app's schedule does, so a kill can fall in the middle of a seal.
        while (true) {
            try {
                sealer.sealAll();
            } catch (RuntimeException e) {
                // the database is being killed; the test decides what happens next
            }
            pause(100);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
