package no.treklover.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.treklover.platform.database.SchemaOwner;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code --verify-audit-log} as the command runner sees it, with the exit captured instead of ending the JVM. */
@IntegrationTest
class AuditVerificationCommandTest {

    @Autowired
    AuditChainSealer sealer;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SchemaOwner owner;

    private final List<Integer> exits = new ArrayList<>();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private AuditVerificationCommand command() {
        return new AuditVerificationCommand(sealer, verifier, messages, exits::add,
                new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    @Test
    void withoutTheOptionNothingHappens() throws Exception {
        command().run(new DefaultApplicationArguments("--server.port=0"));

        assertThat(exits).isEmpty();
        assertThat(output.size()).isZero();
    }

    @Test
    void anIntactLogPrintsTheCountAndExitsWithZero() throws Exception {
        command().run(new DefaultApplicationArguments("--verify-audit-log"));

        assertThat(exits).containsExactly(0);
        assertThat(output.toString(StandardCharsets.UTF_8))
                .startsWith("Tilgangsloggen er hel: ")
                .contains("oppføringer kontrollert")
                .containsPattern("[0-9a-f]{64}");
    }

    @Test
    void aBrokenLogNamesTheEntryAndExitsWithOne() {
        jdbc.sql("""
                insert into audit_entry (actor_username, action, resource, allowed)
                values ('command-test', 'READ', 'candidate', true)""").update();
        sealer.sealAll();
        long target = jdbc.sql("select entry_id from audit_seal where chain_position = 1").query(Long.class).single();

        AdministratorView administrator = new AdministratorView(owner);
        administrator.tamperedAndRolledBack(sql -> {
            sql.sql("update audit_entry set actor_username = 'someone-else' where id = :id").param("id", target)
                    .update();
            try {
                new AuditVerificationCommand(administrator.sealer, administrator.verifier, messages, exits::add,
                        new PrintStream(output, true, StandardCharsets.UTF_8))
                        .run(new DefaultApplicationArguments("--verify-audit-log"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });

        assertThat(exits).containsExactly(1);
        assertThat(output.toString(StandardCharsets.UTF_8))
                .startsWith("Tilgangsloggen er BRUTT ved plass 1 (oppføring " + target + "): ")
                .contains("Innholdet i oppføringen stemmer ikke");
    }
}
