package no.treklover.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Prints the demo users at every demo start, so whoever started the app knows how to log in. */
@Component
class DemoUsersBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsersBanner.class);

    private static final Map<String, String> ROLE_NAMES = Map.ofEntries(
            Map.entry("COUNSELLOR", "veileder"),
            Map.entry("DECISION_MAKER", "beslutter"),
            Map.entry("MARKET_CONTACT", "markedskontakt"),
            Map.entry("OFFICE_LEADER", "kontorleder"),
            Map.entry("MENTOR", "mentor"),
            Map.entry("EMPLOYER", "arbeidsgiver"),
            Map.entry("CANDIDATE", "kandidat"),
            Map.entry("MEASURE_PROVIDER", "tiltaksarrangør"),
            Map.entry("PRIVACY_OFFICER", "personvernombud"),
            Map.entry("WORKLIFE_CENTRE_ADVISER", "rådgiver, Arbeidslivssenteret"),
            Map.entry("ANALYST", "analytiker (statistikk, ingen saker)"));

    record Row(String username, String role, String name, String place) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Environment environment;

    DemoUsersBanner(NamedParameterJdbcTemplate jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.environment = environment;
    }

    void print() {
        log.info("\n{}", render(rows(), url()));
    }

    private List<Row> rows() {
        List<Row> rows = jdbc.query("""
                select u.username, u.role, u.display_name,
                       coalesce(o.id || ' ' || o.name,
                                e.name || ' (org.nr. ' || e.org_number || ')',
                                co.id || ' ' || co.name) as place
                  from app_user u
                  left join office o on o.id = u.office_id
                  left join employer e on e.id = u.employer_id
                  left join candidate c on c.id = u.candidate_id
                  left join office co on co.id = c.office_id
                 where u.username in (:usernames) and u.password_hash is not null
                """, new MapSqlParameterSource("usernames", DemoOrganisation.LOGIN_USERNAMES),
                (rs, n) -> new Row(rs.getString("username"), ROLE_NAMES.getOrDefault(rs.getString("role"),
                        rs.getString("role")), rs.getString("display_name"), rs.getString("place")));
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(r -> DemoOrganisation.LOGIN_USERNAMES.indexOf(r.username())));
        return sorted;
    }

    static String render(List<Row> rows, String url) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"Brukernavn", "Rolle", "Navn", "Kontor / organisasjon"});
        for (Row r : rows) {
            cells.add(new String[] {r.username(), r.role(), r.name(), r.place() == null ? "" : r.place()});
        }
        int[] widths = new int[4];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        String rule = "=".repeat(widths[0] + widths[1] + widths[2] + widths[3] + 9);
        out.append(rule).append('\n');
        out.append("  Trekløver kjører i demomodus. Alle demobrukere har passordet: ").append(DemoDataLoader.PASSWORD)
                .append('\n');
        out.append(rule).append('\n');
        for (int r = 0; r < cells.size(); r++) {
            String[] row = cells.get(r);
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                line.append(pad(row[i], widths[i])).append("  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                out.append("  ").append("-".repeat(rule.length() - 2)).append('\n');
            }
        }
        out.append(rule).append('\n');
        out.append("  Åpne ").append(url).append(" og logg inn med et brukernavn over.\n");
        out.append(rule);
        return out.toString();
    }

    private String url() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port + "/";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
