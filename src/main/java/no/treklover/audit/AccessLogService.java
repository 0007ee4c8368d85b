package no.treklover.audit;

import java.util.List;
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

    /**
     * The candidate's innsyn grouped by day, person, kind of access and answer, newest first, narrowed by the
     * filter; {@link AccessLogSummary#totalTimes()} counts the times all the lines stand for.
     */
    public AccessLogSummary ownAccessLogGroups(CurrentUser user, AccessLogFilter filter, Integer page,
            Integer size) {
        access.requireCandidate(user);
        int pageNumber = PageBounds.clampPage(page);
        int pageSize = PageBounds.clampSize(size, DEFAULT_SIZE);
        return query.accessLogGroups(user.candidateId(), user.id(), filter == null ? AccessLogFilter.NONE : filter,
                pageNumber, pageSize);
    }

    /** The persons in the candidate's innsyn, for the filter. */
    public List<AccessLogPerson> ownAccessLogPersons(CurrentUser user) {
        access.requireCandidate(user);
        return query.accessLogPersons(user.candidateId(), user.id());
    }

    public ResultPage<AccessLogEntry> ownAccessLog(CurrentUser user, Integer page, Integer size) {
        access.requireCandidate(user);
        long candidateId = user.candidateId();
        int pageNumber = PageBounds.clampPage(page);
        int pageSize = PageBounds.clampSize(size, DEFAULT_SIZE);
        return query.accessLog(candidateId, user.id(), pageNumber, pageSize);
    }
}
