package no.treklover.process;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One thing the candidate must do now, for "Dette må du gjøre nå" on her home page: what (a message with its
 * arguments, in her language) and the link straight to where it is done.
 */
public record CandidateTask(MessageSourceResolvable text, String href) {

    /** A task whose text is {@code key} with {@code arguments}; an argument may itself be a message. */
    public static CandidateTask of(String href, String key, Object... arguments) {
        return new CandidateTask(new DefaultMessageSourceResolvable(new String[] {key}, arguments), href);
    }

    /** A message as an argument of a task's text, e.g. a meeting's type. */
    public static MessageSourceResolvable message(String key) {
        return new DefaultMessageSourceResolvable(key);
    }
}
