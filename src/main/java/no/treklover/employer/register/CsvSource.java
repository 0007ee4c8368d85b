package no.treklover.employer.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The register's CSV download: a header of the register's dotted names ({@code forretningsadresse.adresse},
 * {@code organisasjonsform.kode}), comma separated, values in double quotes where needed (RFC 4180: a quote inside
 * is doubled, a line break inside a quoted value belongs to the value; the register puts an address's lines on lines
 * of their own). Read as a stream one row at a time. A row with the wrong number of values, or text after a closing
 * quote, is reported by the line it starts on and reading goes on at the next line; a quoted value that never ends
 * stops the reading there.
 */
final class CsvSource implements RegisterRowSource {

    /** A row longer than this has lost a closing quote. */
    static final int MAX_ROW_CHARS = 1 << 20;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private int at;
    private long line = 1;
    private final List<String> header;
    private final char delimiter;
    private final int orgNumberColumn;

    CsvSource(InputStream stream) throws IOException {
        this.in = new InputStreamReader(stream, StandardCharsets.UTF_8);
        int first = read();
        if (first != '\uFEFF' && first >= 0) {
            at--;
        }
        List<String> names = new ArrayList<>();
        Row headerRow = readRow(',', names);
        if (headerRow == null || names.size() < 2) {
            throw new RegisterFileException(RawRow.PositionKind.LINE, 1,
                    "the file is neither a JSON array nor a comma separated CSV file with a header");
        }
        this.delimiter = ',';
        this.header = names.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        this.orgNumberColumn = header.indexOf("organisasjonsnummer");
    }

    @Override
    public Boolean looksLikeSubUnits() {
        return header.stream().anyMatch(name -> name.startsWith("beliggenhetsadresse."));
    }

    private record Row(long line, String problem) {
    }

    @Override
    public RawRow next() throws IOException {
        List<String> values = new ArrayList<>(header.size());
        Row row;
        do {
            values.clear();
            row = readRow(delimiter, values);
            if (row == null) {
                return null;
            }
        } while (row.problem == null && values.size() == 1 && values.get(0).isEmpty());
        String orgNumber = orgNumberColumn >= 0 && orgNumberColumn < values.size() ? values.get(orgNumberColumn) : null;
        if (row.problem != null) {
            return RawRow.malformed(RawRow.PositionKind.LINE, row.line, row.problem, orgNumber);
        }
        if (values.size() != header.size()) {
            return RawRow.malformed(RawRow.PositionKind.LINE, row.line,
                    values.size() + " values where the header has " + header.size(), orgNumber);
        }
        Map<String, String> fields = new HashMap<>(header.size() * 2);
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isEmpty()) {
                fields.put(header.get(i), values.get(i));
            }
        }
        return RawRow.of(RawRow.PositionKind.LINE, row.line, fields);
    }

    /** Reads one row into {@code values}; null at the end of the file. */
    private Row readRow(char separator, List<String> values) throws IOException {
        long start = line;
        int c = read();
        if (c < 0) {
            return null;
        }
        StringBuilder value = new StringBuilder();
        String problem = null;
        int rowChars = 0;
        while (true) {
            if (c == '"' && value.isEmpty()) {
                // a quoted value: up to the quote that is not doubled
                while (true) {
                    c = read();
                    if (c < 0) {
                        throw new RegisterFileException(RawRow.PositionKind.LINE, start,
                                "a quoted value that starts on line " + start + " never ends");
                    }
                    if (++rowChars > MAX_ROW_CHARS) {
                        throw new RegisterFileException(RawRow.PositionKind.LINE, start,
                                "a quoted value that starts on line " + start + " does not end within "
                                        + MAX_ROW_CHARS + " characters");
                    }
                    if (c == '"') {
                        c = read();
                        if (c != '"') {
                            break;
                        }
                    }
                    if (c == '\n') {
                        line++;
                    }
                    value.append((char) c);
                }
                if (c != separator && c != '\n' && c != '\r' && c >= 0 && problem == null) {
                    problem = "text after a closing quote";
                }
            }
            if (c == separator) {
                values.add(value.toString());
                value.setLength(0);
            } else if (c == '\n' || c == '\r' || c < 0) {
                values.add(value.toString());
                if (c == '\r') {
                    c = read();
                    if (c != '\n' && c >= 0) {
                        at--;
                    }
                }
                line++;
                return new Row(start, problem);
            } else {
                if (++rowChars > MAX_ROW_CHARS) {
                    throw new RegisterFileException(RawRow.PositionKind.LINE, start,
                            "the row on line " + start + " does not end within " + MAX_ROW_CHARS + " characters");
                }
                value.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (at == length) {
            length = in.read(buffer, 0, buffer.length);
            at = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        return buffer[at++];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
