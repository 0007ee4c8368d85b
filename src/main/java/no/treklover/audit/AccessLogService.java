package no.treklover.audit;

import no.treklover.access.AccessPolicy;
import no.treklover.access.CurrentUser;
import no.treklover.platform.web.PageBounds;
import org.springframework.stereotype.Service;

/**
 * Innsyn: a candidate sees who has read or changed their data. Reading it is not itself logged as a read of
 * their data (it is their own, and logging it would fill the log with the candidate looking at the log).
 */
@Service
public class AccessLogService {

    public static final int DEFAULT_SIZE = 25;

    private final AccessPolicy access;
    private final AuditQuery query;

    AccessLogService(AccessPolicy access, AuditQuery query) {
        this.access = access;
        this.query = query;
    }

    public ResultPage<AccessLogEntry> ownAccessLog(CurrentUser user, Integer page, Integer size) {
        access.requireCandidate(user);
        long candidateId = user.candidateId();
        int pageNumber = PageBounds.clampPage(page);
        int pageSize = PageBounds.clampSize(size, DEFAULT_SIZE);
        return query.accessLog(candidateId, user.id(), pageNumber, pageSize);
    }
}
