package no.treklover.process;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The process details form as typed, kept in the session while the counsellor registers a missing employer, so
 * that leaving the form for the employer register loses nothing: the form comes back with every field as it was
 * (and its version, so a change someone else saved meanwhile still answers with the conflict message).
 */
final class ProcessFormDrafts {

    private ProcessFormDrafts() {
    }

    static void keep(HttpSession session, long processId, ProcessForm form) {
        session.setAttribute(key(processId), form);
    }

    /** The kept draft of this process, removed from the session, or empty. */
    static Optional<ProcessForm> take(HttpSession session, long processId) {
        if (session == null) {
            return Optional.empty();
        }
        Object draft = session.getAttribute(key(processId));
        session.removeAttribute(key(processId));
        return draft instanceof ProcessForm form ? Optional.of(form) : Optional.empty();
    }

    private static String key(long processId) {
        return ProcessFormDrafts.class.getName() + "." + processId;
    }
}
