package no.treklover.employer.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The two formats as the register writes them, read row by row, with the position of every row. */
class RegisterFilesTest {

    static List<RawRow> rows(byte[] file) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        try (RegisterRowSource source = RegisterFiles.open(new ByteArrayInputStream(file))) {
            for (RawRow row = source.next(); row != null; row = source.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void jsonElementsAreFlattenedWithTheRegistersNamesAndABrokenElementIsSkippedByItsIndex() throws IOException {
        String json = """
                [{"organisasjonsnummer":"974760673","navn":"REGISTERENHETEN I BRØNNØYSUND",
                  "organisasjonsform":{"kode":"ORGL","beskrivelse":"Organisasjonsledd"},
                  "forretningsadresse":{"adresse":["Havnegata 48", "Bygg \\"B\\""],"kommunenummer":"1813"},
                  "antallAnsatte":440,"konkurs":false},
                 {"organisasjonsnummer":"123456785","navn": tull},
                 {"organisasjonsnummer":"991825827","navn":"DIGITALISERINGSDIREKTORATET, {avd}"}]""";
        for (byte[] file : List.of(json.getBytes(StandardCharsets.UTF_8), gzip(json))) {
            List<RawRow> rows = rows(file);
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).fields()).containsEntry("organisasjonsform.kode", "ORGL")
                    .containsEntry("forretningsadresse.adresse", "Havnegata 48\nBygg \"B\"")
                    .containsEntry("forretningsadresse.kommunenummer", "1813").containsEntry("antallansatte", "440")
                    .containsEntry("konkurs", "false");
            assertThat(rows.get(1).isMalformed()).isTrue();
            assertThat(rows.get(1).position()).isEqualTo(1);
            assertThat(rows.get(1).orgNumberHint()).isEqualTo("123456785");
            assertThat(rows.get(2).field("navn")).isEqualTo("DIGITALISERINGSDIREKTORATET, {avd}");
            assertThat(rows.get(2).position()).isEqualTo(2);
        }
    }

    @Test
    void anArrayThatNeverClosesStopsTheReadingAfterTheRowsBeforeIt() throws IOException {
        byte[] file = "[{\"organisasjonsnummer\":\"974760673\",\"navn\":\"A\"},{\"navn\":\"B".getBytes(StandardCharsets.UTF_8);
        List<RawRow> rows = new ArrayList<>();
        try (RegisterRowSource source = RegisterFiles.open(new ByteArrayInputStream(file))) {
            rows.add(source.next());
            assertThatThrownBy(source::next).isInstanceOf(RegisterFileException.class)
                    .hasMessageContaining("ends inside");
        }
        assertThat(rows.get(0).field("navn")).isEqualTo("A");
    }

    @Test
    void csvValuesMayHoldQuotesCommasAndLineBreaksAndAWrongRowIsReportedByItsFirstLine() throws IOException {
        String csv = "\"organisasjonsnummer\",\"navn\",\"forretningsadresse.adresse\",\"forretningsadresse.kommunenummer\"\r\n"
                + "\"974760673\",\"REGISTERENHETEN, \"\"BRØNNØYSUND\"\"\",\"Havnegata 48\nBygg B\",\"1813\"\r\n"
                + "\"991825827\",\"TO FOR MANGE\",\"x\",\"0301\",\"ekstra\"\r\n"
                + "\"889640782\",\"NAV\",,\"0301\"\r\n";
        for (byte[] file : List.of(csv.getBytes(StandardCharsets.UTF_8), gzip(csv))) {
            List<RawRow> rows = rows(file);
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).field("navn")).isEqualTo("REGISTERENHETEN, \"BRØNNØYSUND\"");
            assertThat(rows.get(0).field("forretningsadresse.adresse")).isEqualTo("Havnegata 48\nBygg B");
            assertThat(rows.get(0).position()).isEqualTo(2);
            assertThat(rows.get(1).isMalformed()).isTrue();
            assertThat(rows.get(1).position()).isEqualTo(4);
            assertThat(rows.get(1).orgNumberHint()).isEqualTo("991825827");
            assertThat(rows.get(2).position()).isEqualTo(5);
            assertThat(rows.get(2).field("forretningsadresse.adresse")).isNull();
        }
    }

    @Test
    void aQuotedCsvValueThatNeverEndsStopsTheReading() throws IOException {
        byte[] file = "organisasjonsnummer,navn\n974760673,A\n991825827,\"B\n".getBytes(StandardCharsets.UTF_8);
        try (RegisterRowSource source = RegisterFiles.open(new ByteArrayInputStream(file))) {
            assertThat(source.next().field("navn")).isEqualTo("A");
            assertThatThrownBy(source::next).isInstanceOf(RegisterFileException.class).hasMessageContaining("line 3");
        }
    }

    @Test
    void rowsAreCheckedByTheRegistersRules() throws IOException {
        String json = """
                [{"organisasjonsnummer":"974760674","navn":"Feil kontrollsiffer"},
                 {"organisasjonsnummer":"974760673"},
                 {"organisasjonsnummer":"974760673","navn":"X","forretningsadresse":{"kommunenummer":"301"}},
                 {"organisasjonsnummer":"974760673","navn":"X","naeringskode1":{"kode":"84110"}},
                 {"organisasjonsnummer":"974760673","navn":"%s"},
                 {"organisasjonsnummer":"974760673","navn":"X","registreringsdatoEnhetsregisteret":"01.02.1995"},
                 {"organisasjonsnummer":"974760673","navn":"OK","harRegistrertAntallAnsatte":true}]"""
                .formatted("N".repeat(201));
        List<Rejection.Reason> reasons = new ArrayList<>();
        RegisterUnit last = null;
        for (RawRow row : rows(json.getBytes(StandardCharsets.UTF_8))) {
            RegisterRows.Result result = RegisterRows.read(row, RegisterKind.UNITS);
            if (result.rejection() != null) {
                reasons.add(result.rejection().reason());
            } else {
                last = result.unit();
            }
        }
        assertThat(reasons).containsExactly(Rejection.Reason.BAD_ORG_NUMBER, Rejection.Reason.MISSING_NAME,
                Rejection.Reason.BAD_MUNICIPALITY_NUMBER, Rejection.Reason.BAD_NACE_CODE, Rejection.Reason.TOO_LONG,
                Rejection.Reason.BAD_DATE);
        assertThat(last.employeesUnderFive()).isTrue();
        assertThat(last.employeeCount()).isNull();
    }

    /** The element scanner reads a stretch of the buffer at a time: an escape or a bracket at a read's edge is kept. */
    @Test
    void jsonElementsCutAcrossEveryReadAreReadAsWhole() throws IOException {
        String json = """
                [{"organisasjonsnummer":"974760673","navn":"A \\"B\\" \\\\","forretningsadresse":{"adresse":["X"]}},
                 {"organisasjonsnummer":"123456785","navn": tull},
                 {"organisasjonsnummer":"991825827","navn":"C, {d} [e]"}]""";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        List<RawRow> whole = rows(bytes);
        List<RawRow> byteByByte = new ArrayList<>();
        java.io.InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        try (RegisterRowSource source = new JsonArraySource(trickle)) { // unbuffered: one byte per read
            for (RawRow row = source.next(); row != null; row = source.next()) {
                byteByByte.add(row);
            }
        }
        assertThat(byteByByte).isEqualTo(whole).hasSize(3);
        assertThat(whole.get(0).field("navn")).isEqualTo("A \"B\" \\");
        assertThat(whole.get(0).field("forretningsadresse.adresse")).isEqualTo("X");
        assertThat(whole.get(1).isMalformed()).isTrue();
        assertThat(whole.get(2).field("navn")).isEqualTo("C, {d} [e]");
    }
}
