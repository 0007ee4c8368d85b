package no.treklover.access;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session JDBC writes the session row on every request, because each request moves its last access
 * time (its flush and save modes only govern attributes). This repository in front of it saves a session only
 * when something else changed — an attribute, its id, its timeout — or when the stored last access is at least
 * {@link #ACCESS_PRECISION} old. A page view of an unchanged session so costs no write; the price is that a
 * session may expire up to that long before its timeout (8 h) after its last request.
 */
final class QuietSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<QuietSessionRepository.Tracked<S>> {

    /** How stale the stored last access time may get before a request writes it anyway. */
    static final Duration ACCESS_PRECISION = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<S> sessions;

    QuietSessionRepository(FindByIndexNameSessionRepository<S> sessions) {
        this.sessions = sessions;
    }

    @Override
    public Tracked<S> createSession() {
        Tracked<S> created = new Tracked<>(sessions.createSession(), null);
        created.changed = true;
        return created;
    }

    @Override
    public void save(Tracked<S> session) {
        if (session.changed || session.storedAccess == null
                || !session.getLastAccessedTime().isBefore(session.storedAccess.plus(ACCESS_PRECISION))) {
            sessions.save(session.session);
            session.changed = false;
            session.storedAccess = session.getLastAccessedTime();
        }
    }

    @Override
    public Tracked<S> findById(String id) {
        Tracked<?> read = READ.get();
        if (read != null && read.getId().equals(id) && !read.isExpired()) {
            @SuppressWarnings("unchecked")
            Tracked<S> same = (Tracked<S>) read;
            return same;
        }
        S found = sessions.findById(id);
        Tracked<S> tracked = found == null ? null : new Tracked<>(found, found.getLastAccessedTime());
        READ.set(tracked);
        return tracked;
    }

    @Override
    public void deleteById(String id) {
        READ.remove();
        sessions.deleteById(id);
    }

    /**
     * The session this request read, for the request's own later reads: Spring Session reads it again after saving
     * it (when the response is committed, and once more at the end of the request). Only between
     * {@link #forgetRead()} calls, which {@link SessionConfiguration} puts around each request.
     */
    private static final ThreadLocal<Tracked<?>> READ = new ThreadLocal<>();

    static void forgetRead() {
        READ.remove();
    }

    @Override
    public Map<String, Tracked<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Tracked<S>> found = new LinkedHashMap<>();
        sessions.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new Tracked<>(session, session.getLastAccessedTime())));
        return found;
    }

    /** A stored session that knows whether anything but its last access time changed since it was loaded. */
    static final class Tracked<S extends Session> implements Session {
        private final S session;
        private Instant storedAccess;
        private boolean changed;

        Tracked(S session, Instant storedAccess) {
            this.session = session;
            this.storedAccess = storedAccess;
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed |= !Objects.equals(interval, session.getMaxInactiveInterval());
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
