package no.treklover.employer.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.treklover.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.MessageSource;

/** {@code --import-employers} as the command runner sees it, with the exit captured instead of ending the JVM. */
@IntegrationTest
class ImportEmployersCommandTest {

    @Autowired
    EmployerImporter importer;

    @Autowired
    ImportJobs jobs;

    @Autowired
    MessageSource messages;

    private final List<Integer> exits = new ArrayList<>();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private void run(String... args) {
        new ImportEmployersCommand(importer, jobs, messages, exits::add,
                new PrintStream(output, true, StandardCharsets.UTF_8)).run(new DefaultApplicationArguments(args));
    }

    @Test
    void withoutTheOptionNothingHappens() {
        run("--server.port=0");
        assertThat(exits).isEmpty();
        assertThat(output.size()).isZero();
    }

    @Test
    void aFileIsImportedWithProgressAndASummaryAndExitsWithZero() throws Exception {
        Path file = Files.createTempFile("underenheter", ".json.gz");
        List<RegisterUnit> parents = EmployerImportTest.units(78_000_000, 2);
        List<RegisterUnit> subs = List.of(new RegisterUnit(EmployerImportTest.number(78_000_100), "Avdeling",
                "BEDR", null, null, null, null, false, parents.get(0).business(), RegisterUnit.Address.NONE, false,
                false, false, null, null, parents.get(0).orgNumber()));
        Files.write(file, EmployerImportTest.file(RegisterFileWriter.Format.JSON, true, subs));
        run("--import-employers=" + file);
        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(exits).containsExactly(0);
        assertThat(printed).contains("1 rader lest (100 %): 1 nye").contains("Ferdig: 1 rader lest");
        assertThat(jobs.list(org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0).kind())
                .isEqualTo(RegisterKind.SUB_UNITS);
    }

    @Test
    void aFileThatBreaksOffExitsWithOneAndAMissingFileWithTwo() throws Exception {
        Path file = Files.createTempFile("enheter", ".json");
        Files.writeString(file, "[{\"organisasjonsnummer\":\"974760674\",\"navn\":\"Feil\"},{\"navn\":");
        run("--import-employers=" + file, "--full");
        assertThat(exits).containsExactly(1);
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("avvist: element 0, 974760674: Ugyldig organisasjonsnummer")
                .contains("Filen kunne ikke leses videre");

        run("--import-employers=" + file + ".finnes-ikke");
        assertThat(exits).containsExactly(1, 2);
    }
}
