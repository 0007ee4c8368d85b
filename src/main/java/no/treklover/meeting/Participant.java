package no.treklover.meeting;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Someone taking part in a meeting, by name, with their account where they have one. */
@Embeddable
public class Participant {

    @Enumerated(EnumType.STRING)
    private ParticipantRole role;
    private String name;
    private Long userId;

    protected Participant() {
    }

    public Participant(ParticipantRole role, String name, Long userId) {
        this.role = role;
        this.name = name;
        this.userId = userId;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public String getName() {
        return name;
    }

    public Long getUserId() {
        return userId;
    }
}
