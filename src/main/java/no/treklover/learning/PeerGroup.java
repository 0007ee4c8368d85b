package no.treklover.learning;

import java.util.List;

/** A named peer group of an office: its members read each other's shared reflection notes. */
public record PeerGroup(long id, String officeId, String name, List<Member> members, long version) {

    public record Member(long userId, String name) {
    }

    public boolean hasMember(long userId) {
        return members.stream().anyMatch(m -> m.userId() == userId);
    }
}
