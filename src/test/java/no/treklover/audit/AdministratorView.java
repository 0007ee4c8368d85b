package no.treklover.audit;

import java.util.function.Function;
import javax.sql.DataSource;
import no.treklover.platform.database.SchemaOwner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain through the schema owner's account: someone with database administrator rights, who can make the
 * server skip the append-only trigger. The app's own account cannot, so tampering is only possible from here.
 */
final class AdministratorView {

    final JdbcClient jdbc;
    final AuditChainSealer sealer;
    final AuditChainVerifier verifier;
    private final PlatformTransactionManager transactions;

    AdministratorView(SchemaOwner owner) {
        DataSource dataSource = owner.dataSource();
        jdbc = JdbcClient.create(dataSource);
        transactions = new DataSourceTransactionManager(dataSource);
        AuditChainStore store = new AuditChainStore(jdbc, new JdbcTemplate(dataSource));
        sealer = new AuditChainSealer(store, jdbc, transactions);
        verifier = new AuditChainVerifier(store, sealer);
    }

    /** Tampers with the trigger skipped, in a transaction that is rolled back, so no other test sees the damage. */
    <T> T tamperedAndRolledBack(Function<JdbcClient, T> tamperAndVerify) {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            T result = tamperAndVerify.apply(jdbc);
            status.setRollbackOnly();
            return result;
        });
    }
}
