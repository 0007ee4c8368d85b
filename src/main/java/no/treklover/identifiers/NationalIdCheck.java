package no.treklover.identifiers;

/**
 * The outcome of {@link NationalId#check(String)}: either the parsed id or the reason it was rejected.
 * Use {@code if (check instanceof NationalIdCheck.Valid valid) ... valid.nationalId()}.
 */
public sealed interface NationalIdCheck permits NationalIdCheck.Valid, NationalIdCheck.Invalid {

    enum Reason { BLANK, NOT_11_DIGITS, INVALID_DATE, INVALID_CONTROL_DIGITS }

    boolean isValid();

    record Valid(NationalId nationalId) implements NationalIdCheck {
        @Override
        public boolean isValid() {
            return true;
        }
    }

    record Invalid(Reason reason) implements NationalIdCheck {
        @Override
        public boolean isValid() {
            return false;
        }
    }
}
