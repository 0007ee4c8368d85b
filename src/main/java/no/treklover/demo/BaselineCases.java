package no.treklover.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the baseline study's 21 cases from the CSV next to this class. */
final class BaselineCases {

    static final String RESOURCE = "baseline-21-cases.csv";
    private static final int COLUMNS = 9;

    private BaselineCases() {
    }

    static List<BaselineCase> load() {
        try (InputStream in = BaselineCases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource no/treklover/demo/" + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<BaselineCase> read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<BaselineCase> cases = new ArrayList<>();
        String line = reader.readLine(); // header
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = splitCsvLine(line);
            if (f.size() != COLUMNS) {
                throw new IllegalStateException("Expected " + COLUMNS + " columns in: " + line);
            }
            cases.add(new BaselineCase(Integer.parseInt(f.get(0)), f.get(1), f.get(2), f.get(3), f.get(4),
                    f.get(5), f.get(6), f.get(7), f.get(8)));
        }
        return List.copyOf(cases);
    }

    /** RFC 4180 fields on one line: quoted fields may contain commas and doubled quotes. */
    static List<String> splitCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
