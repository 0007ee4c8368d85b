package no.treklover.employer.register;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import no.treklover.identifiers.OrganisationNumber;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes units in the register's own bulk formats, for the demo data, the tests and the benchmark: the JSON array
 * with the register's names and nesting ({@code organisasjonsform{kode,beskrivelse}},
 * {@code forretningsadresse{adresse[],…}}), or the CSV with its dotted column names. Synthetic units come from a seed,
 * so the same seed gives the same register.
 */
public final class RegisterFileWriter {

    public enum Format { JSON, CSV }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] UNIT_COLUMNS = {"organisasjonsnummer", "navn", "organisasjonsform.kode",
            "organisasjonsform.beskrivelse", "naeringskode1.kode", "naeringskode1.beskrivelse",
            "harRegistrertAntallAnsatte", "antallAnsatte", "hjemmeside", "postadresse.adresse", "postadresse.poststed",
            "postadresse.postnummer", "postadresse.kommune", "postadresse.kommunenummer", "postadresse.land",
            "postadresse.landkode", "forretningsadresse.adresse", "forretningsadresse.poststed",
            "forretningsadresse.postnummer", "forretningsadresse.kommune", "forretningsadresse.kommunenummer",
            "forretningsadresse.land", "forretningsadresse.landkode", "registreringsdatoenhetsregisteret", "konkurs",
            "underAvvikling", "underTvangsavviklingEllerTvangsopplosning", "overordnetEnhet", "slettedato"};

    private RegisterFileWriter() {
    }

    /** {@code count} synthetic enheter from {@code seed}, organisation numbers from {@code firstNumber} (8 digits) on. */
    public static void writeSynthetic(OutputStream out, Format format, boolean gzip, int count, long seed,
            int firstNumber) {
        write(out, format, gzip, sink -> SyntheticUnits.generate(count, seed, firstNumber, sink));
    }

    static void write(OutputStream out, Format format, boolean gzip, List<RegisterUnit> units) {
        write(out, format, gzip, sink -> units.forEach(sink));
    }

    static void write(OutputStream target, Format format, boolean gzip, Consumer<Consumer<RegisterUnit>> units) {
        try {
            OutputStream out = gzip ? new GZIPOutputStream(target, 1 << 16) : target;
            if (format == Format.JSON) {
                try (JsonGenerator json = JSON.createGenerator(out)) {
                    json.writeStartArray();
                    units.accept(unit -> writeJson(json, unit));
                    json.writeEndArray();
                }
            } else {
                try (Writer csv = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                        1 << 16)) {
                    csvLine(csv, List.of(UNIT_COLUMNS));
                    units.accept(unit -> csvLine(csv, csvValues(unit)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeJson(JsonGenerator json, RegisterUnit u) {
        json.writeStartObject();
        json.writeStringProperty("organisasjonsnummer", u.orgNumber());
        json.writeStringProperty("navn", u.name());
        if (u.orgFormCode() != null) {
            json.writeObjectPropertyStart("organisasjonsform");
            json.writeStringProperty("kode", u.orgFormCode());
            json.writeStringProperty("beskrivelse", u.orgFormText());
            json.writeEndObject();
        }
        if (u.naceCode() != null) {
            json.writeObjectPropertyStart("naeringskode1");
            json.writeStringProperty("kode", u.naceCode());
            json.writeStringProperty("beskrivelse", u.naceText());
            json.writeEndObject();
        }
        json.writeBooleanProperty("harRegistrertAntallAnsatte", u.employeeCount() != null || u.employeesUnderFive());
        if (u.employeeCount() != null && !u.employeesUnderFive()) {
            json.writeNumberProperty("antallAnsatte", u.employeeCount());
        }
        address(json, "postadresse", u.postal());
        address(json, u.parentOrgNumber() == null ? "forretningsadresse" : "beliggenhetsadresse", u.business());
        if (u.registeredOn() != null) {
            json.writeStringProperty("registreringsdatoEnhetsregisteret", u.registeredOn().toString());
        }
        json.writeBooleanProperty("konkurs", u.bankrupt());
        json.writeBooleanProperty("underAvvikling", u.beingWoundUp());
        json.writeBooleanProperty("underTvangsavviklingEllerTvangsopplosning", u.beingForciblyWoundUp());
        if (u.parentOrgNumber() != null) {
            json.writeStringProperty("overordnetEnhet", u.parentOrgNumber());
        }
        if (u.deletedOn() != null) {
            json.writeStringProperty(u.parentOrgNumber() == null ? "slettedato" : "nedleggelsesdato",
                    u.deletedOn().toString());
        }
        json.writeEndObject();
    }

    private static void address(JsonGenerator json, String name, RegisterUnit.Address a) {
        if (a == null || a.equals(RegisterUnit.Address.NONE)) {
            return;
        }
        json.writeObjectPropertyStart(name);
        json.writeStringProperty("land", "NO".equals(a.countryCode()) ? "Norge" : a.countryCode());
        json.writeStringProperty("landkode", a.countryCode());
        json.writeStringProperty("postnummer", a.postalCode());
        json.writeStringProperty("poststed", a.postalPlace());
        json.writeArrayPropertyStart("adresse");
        if (a.address() != null) {
            for (String line : a.address().split(", ")) {
                json.writeString(line);
            }
        }
        json.writeEndArray();
        json.writeStringProperty("kommune", a.municipality());
        json.writeStringProperty("kommunenummer", a.municipalityNumber());
        json.writeEndObject();
    }

    private static List<String> csvValues(RegisterUnit u) {
        RegisterUnit.Address p = u.postal();
        RegisterUnit.Address b = u.business();
        return java.util.Arrays.asList(u.orgNumber(), u.name(), u.orgFormCode(), u.orgFormText(), u.naceCode(),
                u.naceText(), String.valueOf(u.employeeCount() != null || u.employeesUnderFive()),
                u.employeeCount() == null || u.employeesUnderFive() ? null : u.employeeCount().toString(), null,
                lines(p.address()), p.postalPlace(), p.postalCode(), p.municipality(), p.municipalityNumber(),
                p.countryCode() == null ? null : "Norge", p.countryCode(), lines(b.address()), b.postalPlace(),
                b.postalCode(), b.municipality(), b.municipalityNumber(), b.countryCode() == null ? null : "Norge",
                b.countryCode(), u.registeredOn() == null ? null : u.registeredOn().toString(),
                String.valueOf(u.bankrupt()), String.valueOf(u.beingWoundUp()),
                String.valueOf(u.beingForciblyWoundUp()), u.parentOrgNumber(),
                u.deletedOn() == null ? null : u.deletedOn().toString());
    }

    /** The register's CSV puts an address's lines on lines of their own inside the quoted value. */
    private static String lines(String address) {
        return address == null ? null : address.replace(", ", "\n");
    }

    private static void csvLine(Writer csv, List<String> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    csv.write(',');
                }
                String value = values.get(i);
                if (value != null) {
                    csv.write('"');
                    csv.write(value.replace("\"", "\"\""));
                    csv.write('"');
                }
            }
            csv.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plausible enheter: names, forms, industries, sizes and addresses spread over Norway's municipalities. */
    static final class SyntheticUnits {

        private static final String[][] FORMS = {{"AS", "Aksjeselskap"}, {"ENK", "Enkeltpersonforetak"},
                {"DA", "Ansvarlig selskap med delt ansvar"}, {"SA", "Samvirkeforetak"}, {"STI", "Stiftelse"},
                {"KOMM", "Kommune"}};
        private static final String[][] NACE = {{"47.111", "Butikkhandel med bredt vareutvalg med hovedvekt på nærings- og nytelsesmidler"},
                {"56.101", "Drift av restauranter og kafeer"}, {"41.200", "Oppføring av bygninger"},
                {"86.102", "Somatiske sykehus"}, {"87.301", "Aldershjem"}, {"49.410", "Godstransport på vei"},
                {"62.010", "Programmeringstjenester"}, {"10.710", "Produksjon av brød og ferske bakervarer"},
                {"81.210", "Rengjøring av bygninger"}, {"88.911", "Barnehager"}, {"45.200", "Vedlikehold og reparasjon av motorvogner"},
                {"55.101", "Drift av hoteller, pensjonater og moteller med restaurant"}};
        private static final String[][] PLACES = {{"0301", "OSLO", "0150"}, {"4601", "BERGEN", "5003"},
                {"5001", "TRONDHEIM", "7010"}, {"1103", "STAVANGER", "4006"}, {"3301", "DRAMMEN", "3015"},
                {"4204", "KRISTIANSAND", "4610"}, {"5501", "TROMSØ", "9008"}, {"3203", "ASKER", "1383"},
                {"1804", "BODØ", "8006"}, {"3403", "HAMAR", "2317"}, {"1508", "ÅLESUND", "6002"},
                {"3905", "TØNSBERG", "3110"}};
        private static final String[] FIRST = {"Nord", "Fjord", "Vest", "Berg", "Li", "Elv", "Skog", "Havne",
                "Dal", "Sol", "Vik", "Nes", "Øst", "Stein", "Furu", "Bjørke"};
        private static final String[] SECOND = {"bakeri", "bygg", "transport", "data", "renhold", "omsorg", "kafé",
                "hotell", "verksted", "handel", "barnehage", "service"};
        private static final String[] STREETS = {"Storgata", "Kirkegata", "Strandveien", "Industriveien",
                "Skolegata", "Parkveien", "Sjøgata", "Fjellveien"};

        private SyntheticUnits() {
        }

        static void generate(int count, long seed, int firstNumber, Consumer<RegisterUnit> sink) {
            Random random = new Random(seed);
            int number = firstNumber;
            for (int i = 0; i < count; i++) {
                String orgNumber;
                do {
                    orgNumber = OrganisationNumber.withControlDigit(String.format("%08d", number++)).orElse(null);
                } while (orgNumber == null);
                sink.accept(unit(orgNumber, null, random));
            }
        }

        /** One unit; {@code name} null: a made-up one. */
        static RegisterUnit unit(String orgNumber, String name, Random random) {
            return unit(orgNumber, name, null, random);
        }

        /** One unit in {@code municipality} when it is one of the places known here (by name), else anywhere. */
        static RegisterUnit unit(String orgNumber, String name, String municipality, Random random) {
            String[] form = FORMS[random.nextInt(FORMS.length)];
            String[] nace = NACE[random.nextInt(NACE.length)];
            String[] place = PLACES[random.nextInt(PLACES.length)];
            for (String[] known : PLACES) {
                if (known[1].equalsIgnoreCase(municipality == null ? "" : municipality.strip())) {
                    place = known;
                }
            }
            String made = name != null ? name : FIRST[random.nextInt(FIRST.length)]
                    + SECOND[random.nextInt(SECOND.length)] + " " + place[1].charAt(0)
                    + place[1].substring(1).toLowerCase(java.util.Locale.ROOT) + " " + form[0];
            int size = random.nextInt(10);
            Integer employees = size < 3 ? null : size < 8 ? 5 + random.nextInt(45) : 50 + random.nextInt(950);
            boolean underFive = size > 0 && size < 3;
            RegisterUnit.Address business = new RegisterUnit.Address(
                    STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(120)), place[2], place[1],
                    place[0], place[1], "NO");
            RegisterUnit.Address postal = random.nextInt(4) == 0 ? new RegisterUnit.Address(
                    "Postboks " + (1 + random.nextInt(900)), place[2], place[1], place[0], place[1], "NO")
                    : RegisterUnit.Address.NONE;
            int trouble = random.nextInt(100);
            return new RegisterUnit(orgNumber, made.length() > 200 ? made.substring(0, 200) : made, form[0], form[1],
                    nace[0], nace[1], employees, underFive, business, postal, trouble == 0, trouble == 1, trouble == 2,
                    LocalDate.of(1995, 1, 1).plusDays(random.nextInt(11_000)), null, null);
        }
    }
}
