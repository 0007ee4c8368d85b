package no.treklover.employer.register;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.treklover.demo.DemoDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A realistic register for the demo: the demo employers get the register's fields, beside a few thousand more
 * enheter and their underenheter, all written in the register's own JSON format and imported through the same
 * importer as a real file (so the demo also shows two past imports, one with two rejected rows).
 */
@Component
class RegisterDemoData implements DemoDataContributor {

    static final int SYNTHETIC_UNITS = 3_000;
    /** 8-digit starts of the synthetic units: 32…, beside the demo employers' 31… (not a real company's). */
    static final int FIRST_NUMBER = 32_000_000;

    private final EmployerImporter importer;

    RegisterDemoData(EmployerImporter importer) {
        this.importer = importer;
    }

    @Override
    public void contribute(JdbcTemplate jdbc, LocalDate today) {
        Random random = new Random(12);
        List<RegisterUnit> units = new ArrayList<>();
        jdbc.query("select org_number, name, municipality from employer order by id", rs -> {
            units.add(RegisterFileWriter.SyntheticUnits.unit(rs.getString(1), rs.getString(2), rs.getString(3),
                    random));
        });
        RegisterFileWriter.SyntheticUnits.generate(SYNTHETIC_UNITS, 12, FIRST_NUMBER, units::add);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        RegisterFileWriter.write(json, RegisterFileWriter.Format.JSON, false, units);
        // two rows as a real file sometimes has them, so the demo shows what a rejected row looks like
        String text = json.toString(StandardCharsets.UTF_8);
        text = text.substring(0, text.length() - 1) + ",{\"organisasjonsnummer\":\"974760674\",\"navn\":\"Feil "
                + "kontrollsiffer AS\"},{\"organisasjonsnummer\":\"" + units.get(units.size() - 1).orgNumber()
                .replaceAll(".$", "") + "0\"}]";
        run("enheter_alle.json", text.getBytes(StandardCharsets.UTF_8), RegisterKind.UNITS);

        List<RegisterUnit> subUnits = new ArrayList<>();
        int number = FIRST_NUMBER + 500_000;
        for (int i = 0; i < units.size(); i += 4) {
            RegisterUnit parent = units.get(i);
            String orgNumber;
            do {
                orgNumber = no.treklover.identifiers.OrganisationNumber
                        .withControlDigit(String.format("%08d", number++)).orElse(null);
            } while (orgNumber == null);
            RegisterUnit place = RegisterFileWriter.SyntheticUnits.unit(orgNumber, null,
                    parent.business().municipality(), random);
            subUnits.add(new RegisterUnit(orgNumber, parent.name() + " avd. " + place.business().postalPlace(),
                    "BEDR", "Underenhet til næringsdrivende og offentlig forvaltning", parent.naceCode(),
                    parent.naceText(), place.employeeCount(), place.employeesUnderFive(), place.business(),
                    RegisterUnit.Address.NONE, false, false, false, place.registeredOn(), null, parent.orgNumber()));
        }
        ByteArrayOutputStream subs = new ByteArrayOutputStream();
        RegisterFileWriter.write(subs, RegisterFileWriter.Format.JSON, false, subUnits);
        run("underenheter_alle.json", subs.toByteArray(), RegisterKind.SUB_UNITS);
    }

    private void run(String name, byte[] file, RegisterKind kind) {
        long id = importer.create(kind, name, false, "demo", (long) file.length);
        importer.run(id, new ByteArrayInputStream(file), new EmployerImporter.Options(null, false),
                EmployerImporter.Listener.NONE);
    }
}
