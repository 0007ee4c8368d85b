package no.treklover.employer.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.treklover.employer.register.RegisterFileWriter.Format;
import no.treklover.identifiers.OrganisationNumber;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The import against PostgreSQL: rows in, bad rows out with their reasons, nothing changed twice, NAV's own fields kept. */
@IntegrationTest
class EmployerImportTest {

    @Autowired
    EmployerImporter importer;

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    /** {@code count} units with organisation numbers from {@code first} (8 digits) on. */
    static List<RegisterUnit> units(int first, int count) {
        List<RegisterUnit> units = new ArrayList<>();
        RegisterFileWriter.SyntheticUnits.generate(count, first, first, units::add);
        return units;
    }

    static byte[] file(Format format, boolean gzip, List<RegisterUnit> units) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegisterFileWriter.write(out, format, gzip, units);
        return out.toByteArray();
    }

    ImportJob run(byte[] file, RegisterKind kind, boolean full) {
        long id = importer.create(kind, "test", full, "test", (long) file.length);
        return importer.run(id, new ByteArrayInputStream(file), new EmployerImporter.Options(kind, full),
                EmployerImporter.Listener.NONE);
    }

    String column(String column, String orgNumber) {
        return jdbc.sql("select " + column + "::text from employer where org_number = :o").param("o", orgNumber)
                .query(String.class).optional().orElse(null);
    }

    @Test
    void everyFormatImportsTheSameAndASecondImportChangesNothing() {
        int first = 71_000_000;
        for (Format format : Format.values()) {
            for (boolean gzip : new boolean[] {false, true}) {
                List<RegisterUnit> units = units(first, 25);
                first += 100;
                byte[] file = file(format, gzip, units);
                ImportJob once = run(file, null, false);
                assertThat(once.status()).as(format + " gzip " + gzip + ": " + once.failure())
                        .isEqualTo(ImportJob.Status.SUCCEEDED);
                assertThat(once.kind()).isEqualTo(RegisterKind.UNITS);
                assertThat(once.rowsRead()).isEqualTo(25);
                assertThat(once.rowsInserted()).isEqualTo(25);
                assertThat(once.percent()).isEqualTo(100);
                RegisterUnit unit = units.get(3);
                assertThat(column("name", unit.orgNumber())).isEqualTo(unit.name());
                assertThat(column("business_municipality_number", unit.orgNumber()))
                        .isEqualTo(unit.business().municipalityNumber());
                assertThat(column("business_address", unit.orgNumber())).isEqualTo(unit.business().address());
                assertThat(column("nace_code", unit.orgNumber())).isEqualTo(unit.naceCode());
                assertThat(column("register_digest", unit.orgNumber())).isEqualTo(String.valueOf(unit.digest()));

                ImportJob twice = run(file, null, false);
                assertThat(twice.rowsInserted()).isZero();
                assertThat(twice.rowsUpdated()).isZero();
                assertThat(twice.rowsUnchanged()).isEqualTo(25);
            }
        }
    }

    @Test
    void badRowsAreRejectedWithPositionNumberAndReasonAndTheOthersImported() {
        List<RegisterUnit> units = units(72_000_000, 3);
        String good = new String(file(Format.JSON, false, units), StandardCharsets.UTF_8);
        String json = good.substring(0, good.length() - 1) + """
                ,{"organisasjonsnummer":"974760674","navn":"Feil kontrollsiffer"}
                ,{"organisasjonsnummer":"%s"}
                ,{"organisasjonsnummer":"%s","navn":"Ødelagt",}
                ,{"organisasjonsnummer":"%s","navn":"Siste"}]""".formatted(number(72_000_500), number(72_000_510),
                number(72_000_520));
        ImportJob job = run(json.getBytes(StandardCharsets.UTF_8), null, false);
        assertThat(job.status()).isEqualTo(ImportJob.Status.SUCCEEDED);
        assertThat(job.rowsRead()).isEqualTo(7);
        assertThat(job.rowsInserted()).isEqualTo(4);
        assertThat(job.rowsRejected()).isEqualTo(3);
        List<Rejection> rejected = jobs.rejections(job.id(), PageRequest.of(0, 10)).getContent();
        assertThat(rejected).extracting(Rejection::position).containsExactly(3L, 4L, 5L);
        assertThat(rejected).extracting(Rejection::reason).containsExactly(Rejection.Reason.BAD_ORG_NUMBER,
                Rejection.Reason.MISSING_NAME, Rejection.Reason.MALFORMED_JSON);
        assertThat(rejected).extracting(Rejection::orgNumber).containsExactly("974760674", number(72_000_500),
                number(72_000_510));
        assertThat(column("name", number(72_000_510))).isNull();
        assertThat(column("name", number(72_000_520))).isEqualTo("Siste");
    }

    @Test
    void aCsvRowWithTheWrongNumberOfValuesIsRejectedByItsLineAndAFileThatBreaksOffKeepsWhatWasRead() {
        List<RegisterUnit> units = units(73_000_000, 4);
        String csv = new String(file(Format.CSV, false, units), StandardCharsets.UTF_8);
        String[] lines = csv.split("\n(?=\")");
        String broken = lines[0] + "\n" + lines[1] + "\n\"" + number(73_000_900) + "\",\"Kort rad\"\n" + lines[2]
                + "\n\"" + number(73_000_901) + "\",\"Uten slutt";
        ImportJob job = run(broken.getBytes(StandardCharsets.UTF_8), null, false);
        assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
        assertThat(job.failure()).contains("never ends");
        assertThat(job.rowsInserted()).isEqualTo(2);
        List<Rejection> rejected = jobs.rejections(job.id(), PageRequest.of(0, 10)).getContent();
        assertThat(rejected).extracting(Rejection::reason).containsExactly(Rejection.Reason.MALFORMED_CSV,
                Rejection.Reason.MALFORMED_CSV);
        assertThat(rejected.get(0).orgNumber()).isEqualTo(number(73_000_900));
        assertThat(rejected.get(0).position()).isEqualTo(2 + units.get(0).business().address().split(", ").length - 1
                + 1);
        assertThat(column("name", units.get(0).orgNumber())).isEqualTo(units.get(0).name());
        assertThat(column("name", units.get(1).orgNumber())).isEqualTo(units.get(1).name());
    }

    @Test
    void aLaterFileUpdatesTheRegistersFieldsAndNeverNavsOwn() {
        List<RegisterUnit> units = units(74_000_000, 3);
        run(file(Format.JSON, true, units), null, false);
        String orgNumber = units.get(1).orgNumber();
        jdbc.sql("update employer set suitable_tasks = 'Pakking og lager', ia_agreement = true, "
                + "industry = 'Bakeri (NAVs egen)' "
                + "where org_number = :o").param("o", orgNumber).update();
        RegisterUnit renamed = new RegisterUnit(orgNumber, "Nytt navn AS", "AS", "Aksjeselskap", "10.710",
                "Produksjon av brød", 12, false, units.get(1).business(), units.get(1).postal(), true, false, false,
                LocalDate.of(2001, 2, 3), null, null);
        ImportJob job = run(file(Format.JSON, true, List.of(units.get(0), renamed, units.get(2))), null, false);
        assertThat(job.rowsUpdated()).isEqualTo(1);
        assertThat(job.rowsUnchanged()).isEqualTo(2);
        assertThat(column("name", orgNumber)).isEqualTo("Nytt navn AS");
        assertThat(column("bankrupt", orgNumber)).isEqualTo("true");
        assertThat(column("employee_count", orgNumber)).isEqualTo("12");
        assertThat(column("suitable_tasks", orgNumber)).isEqualTo("Pakking og lager");
        assertThat(column("ia_agreement", orgNumber)).isEqualTo("true");
        assertThat(column("industry", orgNumber)).isEqualTo("Bakeri (NAVs egen)");
    }

    @Test
    void aFullFileMarksTheUnitsItNoLongerHasAndKeepsThemWithTheirProcesses() {
        long processEmployer = jdbc.sql("select min(employer_id) from inclusion_process").query(Long.class).single();
        String inProcess = jdbc.sql("select org_number from employer where id = :id").param("id", processEmployer)
                .query(String.class).single();
        String name = column("name", inProcess);
        List<RegisterUnit> units = new ArrayList<>(units(75_000_000, 3));
        units.add(RegisterFileWriter.SyntheticUnits.unit(inProcess, name, new Random(1)));
        run(file(Format.JSON, false, units), null, false);

        ImportJob full = run(file(Format.JSON, false, units.subList(0, 2)), null, true);
        try {
            assertThat(full.status()).isEqualTo(ImportJob.Status.SUCCEEDED);
            assertThat(full.markedMissing()).isGreaterThanOrEqualTo(2);
            assertThat(column("missing_from_register_since", units.get(2).orgNumber())).isNotNull();
            assertThat(column("missing_from_register_since", inProcess)).isNotNull();
            assertThat(column("missing_from_register_since", units.get(0).orgNumber())).isNull();
            assertThat(jdbc.sql("select count(*) from inclusion_process where employer_id = :id")
                    .param("id", processEmployer).query(Long.class).single()).isPositive();
            assertThat(jdbc.sql("select count(*) from employer_import_seen").query(Long.class).single()).isZero();

            ImportJob back = run(file(Format.JSON, false, units), null, false);
            assertThat(back.rowsUpdated()).isEqualTo(2);
            assertThat(column("missing_from_register_since", inProcess)).isNull();
        } finally {
            // the other tests' and the demo's register units were missing from this small "full" file too
            jdbc.sql("update employer set missing_from_register_since = null where missing_from_register_since = :at")
                    .param("at", Timestamp.from(full.startedAt())).update();
        }
    }

    @Test
    void subUnitsLinkToTheirParentAlsoWhenTheParentComesLater() {
        List<RegisterUnit> parents = units(76_000_000, 2);
        run(file(Format.JSON, false, parents.subList(0, 1)), null, false);
        List<RegisterUnit> subs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            RegisterUnit p = parents.get(i);
            subs.add(new RegisterUnit(number(76_000_100 + i), p.name() + " avd. " + i, "BEDR", "Bedrift",
                    p.naceCode(), p.naceText(), 7, false, p.business(), RegisterUnit.Address.NONE, false, false,
                    false, p.registeredOn(), null, p.orgNumber()));
        }
        ImportJob job = run(file(Format.JSON, true, subs), null, false);
        assertThat(job.kind()).isEqualTo(RegisterKind.SUB_UNITS);
        assertThat(job.rowsInserted()).isEqualTo(2);
        assertThat(subUnitParent(subs.get(0).orgNumber())).isEqualTo(parents.get(0).orgNumber());
        assertThat(subUnitParent(subs.get(1).orgNumber())).isNull();

        run(file(Format.CSV, false, parents), null, false);
        assertThat(subUnitParent(subs.get(1).orgNumber())).isEqualTo(parents.get(1).orgNumber());
        assertThat(jdbc.sql("select parent_org_number from employer_sub_unit where org_number = :o")
                .param("o", subs.get(1).orgNumber()).query(String.class).single()).isEqualTo(parents.get(1).orgNumber());
    }

    private String subUnitParent(String orgNumber) {
        return jdbc.sql("""
                        select e.org_number from employer_sub_unit s left join employer e on e.id = s.employer_id
                        where s.org_number = :o""").param("o", orgNumber).query(String.class).optional().orElse(null);
    }

    static String number(int first8) {
        for (int n = first8; ; n++) {
            var number = OrganisationNumber.withControlDigit(String.format("%08d", n));
            if (number.isPresent()) {
                return number.get();
            }
        }
    }
}
