package no.treklover.employer.register;

/** The file cannot be read any further from here; the rows before it stay imported. */
class RegisterFileException extends java.io.IOException {

    private final RawRow.PositionKind positionKind;
    private final long position;

    RegisterFileException(RawRow.PositionKind positionKind, long position, String message) {
        super(message);
        this.positionKind = positionKind;
        this.position = position;
    }

    RawRow.PositionKind positionKind() {
        return positionKind;
    }

    long position() {
        return position;
    }
}
