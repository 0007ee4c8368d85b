package no.treklover.employer.register;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register's JSON download ({@code enheter_alle.json.gz}, {@code underenheter_alle.json.gz}): one array of unit
 * objects. The array is cut into its elements by their brackets (outside strings), and each element is parsed on its
 * own with Jackson's streaming parser, so only one element is ever in memory, and an element that is not valid JSON
 * is reported by its index while the next one is read as usual. When the array's own structure breaks (an element
 * that never closes, text after the array), reading stops there.
 */
final class JsonArraySource implements RegisterRowSource {

    /** No unit comes near this; an element that does has lost its closing bracket. */
    static final int MAX_ELEMENT_BYTES = 1 << 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ORG_NUMBER = Pattern.compile("\"organisasjonsnummer\"\\s*:\\s*\"?([0-9 ]{1,20})");

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int length;
    private int at;
    private byte[] element = new byte[4096];
    private int elementLength;
    private long index = -1;
    private boolean ended;
    private Boolean subUnits;

    JsonArraySource(InputStream in) throws IOException {
        this.in = in;
        int first = skipSpace();
        if (first != '[') {
            throw new RegisterFileException(RawRow.PositionKind.INDEX, 0, "the file does not start with a JSON array");
        }
    }

    @Override
    public Boolean looksLikeSubUnits() {
        return subUnits;
    }

    @Override
    public RawRow next() throws IOException {
        if (ended) {
            return null;
        }
        int c = skipSpace();
        if (index >= 0) {
            if (c == ']') {
                return end();
            }
            if (c != ',') {
                throw broken("expected , or ] after element " + index);
            }
            c = skipSpace();
        } else if (c == ']') {
            return end();
        }
        if (c < 0) {
            throw broken("the file ends inside the array");
        }
        index++;
        capture(c);
        return parse();
    }

    private RawRow end() throws IOException {
        ended = true;
        if (skipSpace() >= 0) {
            throw broken("text after the end of the array");
        }
        return null;
    }

    private RegisterFileException broken(String message) {
        return new RegisterFileException(RawRow.PositionKind.INDEX, Math.max(index, 0), message);
    }

    /**
     * Copies one element, starting with {@code c} (the byte just read), up to its closing bracket or the next comma
     * outside it. Scans the read buffer a stretch at a time and copies each stretch at once.
     */
    private void capture(int c) throws IOException {
        elementLength = 0;
        at--; // c is buffer[at - 1]: scanned again below
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        while (true) {
            if (at == length && !fill()) {
                throw broken("the file ends inside element " + index);
            }
            int from = at;
            int i = at;
            boolean done = false;
            for (; i < length; i++) {
                byte b = buffer[i];
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (b == '\\') {
                        escaped = true;
                    } else if (b == '"') {
                        inString = false;
                    }
                } else if (b == '"') {
                    inString = true;
                } else if (b == '{' || b == '[') {
                    depth++;
                } else if (b == '}' || b == ']') {
                    if (depth == 0) {
                        done = true; // not the element's: left for next()
                        break;
                    }
                    if (--depth == 0) {
                        i++;
                        done = true;
                        break;
                    }
                } else if (b == ',' && depth == 0) {
                    done = true;
                    break;
                }
            }
            append(from, i);
            at = i;
            if (done) {
                return;
            }
        }
    }

    private RawRow parse() {
        Map<String, String> fields = new HashMap<>(64);
        try (JsonParser parser = JSON.createParser(element, 0, elementLength)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return malformed("element is not a JSON object");
            }
            flatten(parser, "", fields);
            if (parser.nextToken() != null) {
                return malformed("text after the element's object");
            }
        } catch (JacksonException e) {
            return malformed(e.getOriginalMessage());
        }
        if (subUnits == null) {
            subUnits = fields.containsKey("beliggenhetsadresse.adresse") || fields.containsKey("beliggenhetsadresse.kommunenummer")
                    || fields.containsKey("beliggenhetsadresse.postnummer")
                    || (!hasPrefix(fields, "forretningsadresse.") && fields.containsKey("overordnetenhet"));
        }
        return RawRow.of(RawRow.PositionKind.INDEX, index, fields);
    }

    private static boolean hasPrefix(Map<String, String> fields, String prefix) {
        return fields.keySet().stream().anyMatch(key -> key.startsWith(prefix));
    }

    private RawRow malformed(String problem) {
        String text = new String(element, 0, Math.min(elementLength, 4096), java.nio.charset.StandardCharsets.UTF_8);
        Matcher m = ORG_NUMBER.matcher(text);
        return RawRow.malformed(RawRow.PositionKind.INDEX, index, problem, m.find() ? m.group(1).strip() : null);
    }

    /**
     * The field names as {@link RawRow} keys them (lower case, dotted), by prefix and the parser's name: every row has
     * the same few dozen, so they are made and hashed once instead of for every row. Bounded, for files with
     * arbitrary names.
     */
    private final Map<String, Map<String, String>> keys = new HashMap<>();
    private int keyCount;

    private String key(String prefix, String name) {
        Map<String, String> names = keys.get(prefix);
        if (names == null) {
            if (keyCount >= 4096) {
                return prefix + name.toLowerCase(java.util.Locale.ROOT);
            }
            names = new HashMap<>();
            keys.put(prefix, names);
        }
        String key = names.get(name);
        if (key == null) {
            key = prefix + name.toLowerCase(java.util.Locale.ROOT);
            if (keyCount++ < 4096) {
                names.put(name, key);
            }
        }
        return key;
    }

    /** Objects become dotted names, lists of values one value with a line per item; nulls are left out. */
    private void flatten(JsonParser parser, String prefix, Map<String, String> out) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = key(prefix, parser.currentName());
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT) {
                flatten(parser, key(key, "."), out);
            } else if (token == JsonToken.START_ARRAY) {
                StringBuilder joined = new StringBuilder();
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
                        joined.append(joined.isEmpty() ? "" : "\n").append(parser.getString());
                    } else {
                        parser.skipChildren();
                    }
                }
                out.put(key, joined.toString());
            } else if (token != JsonToken.VALUE_NULL) {
                out.put(key, parser.getString());
            }
        }
    }

    private void append(int from, int to) throws RegisterFileException {
        int n = to - from;
        if (elementLength + n > element.length) {
            if (elementLength + n > MAX_ELEMENT_BYTES) {
                throw broken("element " + index + " does not end within " + MAX_ELEMENT_BYTES + " bytes");
            }
            element = java.util.Arrays.copyOf(element,
                    Math.min(MAX_ELEMENT_BYTES, Math.max(element.length * 2, elementLength + n)));
        }
        System.arraycopy(buffer, from, element, elementLength, n);
        elementLength += n;
    }

    private int skipSpace() throws IOException {
        int c;
        do {
            c = read();
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
        return c;
    }

    private int read() throws IOException {
        if (at == length && !fill()) {
            return -1;
        }
        return buffer[at++] & 0xFF;
    }

    private boolean fill() throws IOException {
        length = in.read(buffer, 0, buffer.length);
        at = 0;
        if (length <= 0) {
            length = 0;
            return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
