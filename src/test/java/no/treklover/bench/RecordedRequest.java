package no.treklover.bench;

import java.lang.reflect.Method;
import java.util.List;

/**
 * The JDBC calls that one request made, per connection it took from the pool, in order: enough to replay the same
 * statements with the same parameters in the same transactions ({@link SqlReplay}).
 */
record RecordedRequest(List<Lease> leases) {

    /** One connection from getConnection to close. */
    record Lease(List<Call> calls) {
    }

    /**
     * A call on the connection ({@code target} {@value #CONNECTION}) or on the statement it created as its
     * {@code target}-th; a call that creates a statement names it in {@code creates}.
     */
    record Call(int target, Method method, Object[] args, int creates) {

        static final int CONNECTION = -1;
        static final int NONE = -1;

        boolean executes() {
            return method.getName().startsWith("execute");
        }
    }

    /** Statements sent to the database; a batch counts each of its rows' statements. */
    int statements() {
        int statements = 0;
        for (Lease lease : leases) {
            int batched = 0;
            for (Call call : lease.calls()) {
                if (call.method().getName().equals("addBatch") && call.target() != Call.CONNECTION) {
                    batched++;
                } else if (call.method().getName().equals("executeBatch")) {
                    statements += batched;
                    batched = 0;
                } else if (call.executes()) {
                    statements++;
                }
            }
        }
        return statements;
    }

    /** Transactions: each commit or rollback after statements, and each statement run in auto-commit. */
    int transactions() {
        int transactions = 0;
        for (Lease lease : leases) {
            boolean autoCommit = true;
            boolean pending = false;
            for (Call call : lease.calls()) {
                String name = call.method().getName();
                if (call.target() == Call.CONNECTION && name.equals("setAutoCommit")) {
                    autoCommit = (Boolean) call.args()[0];
                } else if (call.target() == Call.CONNECTION && (name.equals("commit") || name.equals("rollback"))) {
                    transactions += pending ? 1 : 0;
                    pending = false;
                } else if (call.executes()) {
                    if (autoCommit) {
                        transactions++;
                    } else {
                        pending = true;
                    }
                }
            }
        }
        return transactions;
    }
}
