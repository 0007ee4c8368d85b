package no.treklover.audit;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code --verify-audit-log}: verifies the audit chain in the configured database, prints the result and exits
 * with 0 (intact), 1 (broken) or 2 (could not verify). Without the option it does nothing, so normal runs and
 * tests are not affected. It runs before the app reports itself ready, so no demo data is loaded.
 */
@Component
class AuditVerificationCommand implements ApplicationRunner {

    static final String OPTION = "verify-audit-log";
    static final int INTACT = 0;
    static final int BROKEN = 1;
    static final int FAILED = 2;

    private static final Logger log = LoggerFactory.getLogger(AuditVerificationCommand.class);
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private final AuditChainSealer sealer;
    private final AuditChainVerifier verifier;
    private final MessageSource messages;
    private final IntConsumer exit;
    private final PrintStream out;

    @Autowired
    AuditVerificationCommand(AuditChainSealer sealer, AuditChainVerifier verifier, MessageSource messages,
            ConfigurableApplicationContext context) {
        this(sealer, verifier, messages, code -> System.exit(SpringApplication.exit(context, () -> code)),
                System.out);
    }

    AuditVerificationCommand(AuditChainSealer sealer, AuditChainVerifier verifier, MessageSource messages,
            IntConsumer exit, PrintStream out) {
        this.sealer = sealer;
        this.verifier = verifier;
        this.messages = messages;
        this.exit = exit;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int code;
        try {
            sealFirst();
            ChainVerification result = verifier.verify();
            out.println(describe(result));
            code = result.intact() ? INTACT : BROKEN;
        } catch (RuntimeException e) {
            log.error("Could not verify the audit log", e);
            out.println(text("audit.verify.failed", e.getMessage()));
            code = FAILED;
        }
        out.flush();
        exit.accept(code);
    }

    /** Also verifies a read-only copy of the database, where sealing is impossible: then the sealed part only. */
    private void sealFirst() {
        try {
            sealer.sealAll();
        } catch (RuntimeException e) {
            log.warn("Could not seal new audit entries before verifying; verifying the sealed ones: {}", e.getMessage());
        }
    }

    String describe(ChainVerification result) {
        if (result.intact()) {
            return text("audit.verify.intact", result.checkedEntries(), result.unsealedEntries(), result.headHash());
        }
        ChainVerification.BrokenLink link = result.firstBrokenLink();
        return text("audit.verify.broken", link.position(), link.entryId(),
                text("audit.verification.problem." + link.problem().name()), link.expectedHash(),
                link.storedHash(), result.checkedEntries());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, NORWEGIAN);
    }
}
