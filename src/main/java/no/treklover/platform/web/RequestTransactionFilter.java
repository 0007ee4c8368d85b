package no.treklover.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * One transaction per reading request: a GET or HEAD (page, fragment or API) runs whole — the session's and the
 * account's reads, the controller, and the section beans its template calls — in one database transaction, so
 * the services join it instead of each opening their own, and Hibernate loads an entity once per request.
 *
 * <p>It is read-write because reads write their audit entries; those commit with the request. The response is
 * held back until the commit, so no page leaves with data whose audit entry did not commit, and a request that
 * failed (an exception, or a service that marked the transaction rollback-only) rolls back and its error page
 * renders as before. Writing requests (POST and the rest) keep their service's own transaction. Static files
 * take no connection. An access denial's audit entry has its own transaction ({@code REQUIRES_NEW}) and stays.
 *
 * <p>A request now holds its connection while its page renders, and a denial takes a second one for a moment.
 * So that requests holding one can never wait for each other's second one, at most the pool's size less
 * {@value #CONNECTIONS_KEPT_FREE} run at once; the others wait here, in arrival order.
 */
public final class RequestTransactionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestTransactionFilter.class);

    /** Connections left for a second, own transaction (a denial's audit entry), writes and the scheduled jobs. */
    static final int CONNECTIONS_KEPT_FREE = 2;

    private final PlatformTransactionManager transactions;
    private final DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
    private final Semaphore running;

    public RequestTransactionFilter(PlatformTransactionManager transactions, int poolSize) {
        this.transactions = transactions;
        this.running = new Semaphore(Math.max(1, poolSize - CONNECTIONS_KEPT_FREE), true);
        definition.setName("request");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method)) || StaticResources.isStaticFile(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            running.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while waiting for a database connection", e);
        }
        try {
            inTransaction(request, response, chain);
        } finally {
            running.release();
        }
    }

    private void inTransaction(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        TransactionStatus status = transactions.getTransaction(definition);
        try {
            chain.doFilter(request, held);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            transactions.rollback(status);
            throw e;
        }
        if (status.isRollbackOnly()) {
            transactions.rollback(status);
            if (held.getStatus() < 400) {
                // A service failed and the caller went on. Its reads are still logged (AuditLog writes a
                // rolled-back transaction's reads on their own), but section beans should ask the policy first
                // instead of catching a service's exception.
                log.warn("{} {} answered {} after its transaction was marked for rollback", request.getMethod(),
                        request.getRequestURI(), held.getStatus());
            }
        } else {
            transactions.commit(status);
        }
        held.copyBodyToResponse();
    }
}
