package no.treklover.employer.register;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.treklover.employer.register.Rejection.Reason;
import no.treklover.identifiers.OrganisationNumber;

/**
 * The import's rules for one row, as pure code: the register's names to the columns of {@code employer} and
 * {@code employer_sub_unit} (V19), and what a row must be to be imported: an organisation number of 9 digits with a
 * correct mod 11 control digit, a name, every value within its column, a 4-digit municipality number, a NACE code as
 * {@code 47.241}, dates as {@code 2019-03-01}, whole numbers of employees.
 */
final class RegisterRows {

    /** An address's field names under its prefix, made once rather than for every row. */
    private record AddressFields(String address, String postalCode, String postalPlace, String municipalityNumber,
            String municipality, String countryCode) {

        static AddressFields of(String prefix) {
            return new AddressFields(prefix + "adresse", prefix + "postnummer", prefix + "poststed",
                    prefix + "kommunenummer", prefix + "kommune", prefix + "landkode");
        }
    }

    private static final AddressFields BUSINESS = AddressFields.of("forretningsadresse.");
    private static final AddressFields LOCATION = AddressFields.of("beliggenhetsadresse.");
    private static final AddressFields POSTAL = AddressFields.of("postadresse.");

    private RegisterRows() {
    }

    /** Either the unit or why the row was left out. */
    record Result(RegisterUnit unit, Rejection rejection) {
    }

    static Result read(RawRow row, RegisterKind kind) {
        if (row.isMalformed()) {
            Reason reason = row.positionKind() == RawRow.PositionKind.INDEX ? Reason.MALFORMED_JSON : Reason.MALFORMED_CSV;
            return rejected(row, row.orgNumberHint(), reason, row.malformed());
        }
        String orgNumber = row.field("organisasjonsnummer");
        try {
            return new Result(unit(row, kind, orgNumber), null);
        } catch (Invalid invalid) {
            return rejected(row, orgNumber, invalid.reason, invalid.getMessage());
        }
    }

    private static Result rejected(RawRow row, String orgNumber, Reason reason, String detail) {
        return new Result(null, new Rejection(row.positionKind(), row.position(), orgNumber, reason, detail));
    }

    private static RegisterUnit unit(RawRow row, RegisterKind kind, String orgNumber) {
        if (orgNumber == null) {
            throw new Invalid(Reason.MISSING_ORG_NUMBER, "organisasjonsnummer");
        }
        if (!OrganisationNumber.isValid(orgNumber) || orgNumber.length() > 11) {
            throw new Invalid(Reason.BAD_ORG_NUMBER, "organisasjonsnummer");
        }
        String name = text(row, "navn", 200);
        if (name == null) {
            throw new Invalid(Reason.MISSING_NAME, "navn");
        }
        String nace = row.field("naeringskode1.kode");
        if (nace != null && !isNaceCode(nace)) {
            throw new Invalid(Reason.BAD_NACE_CODE, "naeringskode1.kode");
        }
        Integer employees = employees(row);
        Boolean registered = flag(row, "harregistrertantallansatte");
        boolean underFive = employees == null ? Boolean.TRUE.equals(registered) : employees > 0 && employees < 5;
        if (employees == null && Boolean.FALSE.equals(registered)) {
            employees = 0;
        }
        String parent = row.field("overordnetenhet");
        if (parent != null && !OrganisationNumber.isValid(parent)) {
            throw new Invalid(Reason.BAD_PARENT, "overordnetEnhet");
        }
        boolean sub = kind == RegisterKind.SUB_UNITS;
        LocalDate registeredOn = date(row, "registreringsdatoenhetsregisteret");
        if (registeredOn == null) {
            registeredOn = date(row, "registreringsdatoienhetsregisteret");
        }
        LocalDate deletedOn = date(row, sub ? "nedleggelsesdato" : "slettedato");
        if (deletedOn == null) {
            deletedOn = date(row, "slettedato");
        }
        return new RegisterUnit(OrganisationNumber.normalise(orgNumber), name, text(row, "organisasjonsform.kode", 10),
                text(row, "organisasjonsform.beskrivelse", 200), nace, text(row, "naeringskode1.beskrivelse", 300),
                employees, underFive, address(row, sub ? LOCATION : BUSINESS), address(row, POSTAL), isSet(row, "konkurs"), isSet(row, "underavvikling"),
                isSet(row, "undertvangsavviklingellertvangsopplosning"), registeredOn, deletedOn,
                parent == null ? null : OrganisationNumber.normalise(parent));
    }

    private static RegisterUnit.Address address(RawRow row, AddressFields fields) {
        String lines = text(row, fields.address(), 600 * 2);
        String address = lines == null || (lines.indexOf('\n') < 0 && lines.indexOf('\r') < 0) ? lines
                : String.join(", ", lines.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        if (address != null && address.length() > 600) {
            throw new Invalid(Reason.TOO_LONG, fields.address());
        }
        String municipalityNumber = row.field(fields.municipalityNumber());
        if (municipalityNumber != null && !isMunicipalityNumber(municipalityNumber)) {
            throw new Invalid(Reason.BAD_MUNICIPALITY_NUMBER, fields.municipalityNumber());
        }
        return new RegisterUnit.Address(address, text(row, fields.postalCode(), 12),
                text(row, fields.postalPlace(), 100), municipalityNumber, text(row, fields.municipality(), 100),
                text(row, fields.countryCode(), 2));
    }

    /** {@code [0-9]{4}}, without a regex: two of these for every row. */
    static boolean isMunicipalityNumber(String value) {
        return value.length() == 4 && isDigits(value, 0, 4);
    }

    /** {@code [0-9]{2}\.[0-9]{1,3}}, as {@code 47.241}. */
    static boolean isNaceCode(String value) {
        int n = value.length();
        return n >= 4 && n <= 6 && isDigits(value, 0, 2) && value.charAt(2) == '.' && isDigits(value, 3, n);
    }

    private static boolean isDigits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Integer employees(RawRow row) {
        String value = row.field("antallansatte");
        if (value == null) {
            return null;
        }
        try {
            int count = Integer.parseInt(value);
            if (count < 0 || count > 10_000_000) {
                throw new Invalid(Reason.BAD_NUMBER, "antallAnsatte");
            }
            return count;
        } catch (NumberFormatException e) {
            throw new Invalid(Reason.BAD_NUMBER, "antallAnsatte");
        }
    }

    private static String text(RawRow row, String name, int max) {
        String value = row.field(name);
        if (value != null && value.length() > max) {
            throw new Invalid(Reason.TOO_LONG, name);
        }
        return value;
    }

    private static boolean isSet(RawRow row, String name) {
        return Boolean.TRUE.equals(flag(row, name));
    }

    private static Boolean flag(RawRow row, String name) {
        String value = row.field(name);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "j" -> true;
            case "false", "n" -> false;
            default -> throw new Invalid(Reason.BAD_FLAG, name);
        };
    }

    private static LocalDate date(RawRow row, String name) {
        String value = row.field(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Invalid(Reason.BAD_DATE, name);
        }
    }

    private static final class Invalid extends RuntimeException {

        private final Reason reason;

        Invalid(Reason reason, String field) {
            super(field, null, false, false);
            this.reason = reason;
        }
    }
}
