package no.treklover.needs;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import no.treklover.demo.DemoDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A board of 30 needs at the two demo offices with a market meeting (NAV Grünerløkka, Oslo, and NAV Bergen sør,
 * Vestland): both levels, every state, with proposals and history, so the board, the meeting mode and the
 * attribution report show something. Kaja's process (the demo candidate) gets none, so she can be posted afresh.
 */
@Component
class NeedDemoData implements DemoDataContributor {

    private record Profile(String title, String interests, String skills, String experience, Integer hours,
            boolean adaptation) {
    }

    private static final List<Profile> PROFILES = List.of(
            new Profile("Lager eller varemottak, deltid", "Orden, truck, fysisk arbeid",
                    "Nøyaktig, god på lister og telling", "Sommerjobb på lager, to sesonger", 20, false),
            new Profile("Kontorjobb med faste rutiner", "Regnskap, tall, dokumenter",
                    "Excel, arkiv, kundeservice på telefon", "Bachelor i økonomi, praksis i kommunen", 30, true),
            new Profile("Kjøkken eller kantine", "Matlaging, bakst", "Hygienekurs, kan følge oppskrift",
                    "Arbeidstrening i kantine", 25, false),
            new Profile("Barnehage, assistent", "Barn, friluft, sang", "Tålmodig, førstehjelpskurs",
                    "Vikar i barnehage", 20, false),
            new Profile("Butikk med lite kundekontakt", "Klær, interiør", "Varepåfylling, prismerking",
                    "Praksis i dagligvare", 15, true),
            new Profile("Verksted eller montering", "Motorer, sykler, skru og bygge", "Fagbrev påbegynt",
                    "Lærling i to år", 37, false),
            new Profile("IT-støtte eller testing", "Data, spill, feilsøking", "Windows, enkel nettverk",
                    "Frivillig IT-ansvarlig i idrettslag", 30, true),
            new Profile("Renhold på dagtid", "Praktisk arbeid, gjerne alene", "Renholdskurs",
                    "Renhold i skole, ett år", 20, false),
            new Profile("Gartneri eller grøntarbeid", "Planter, være ute", "Førerkort klasse B",
                    "Sesongarbeid på gård", 30, false),
            new Profile("Omsorg uten nattarbeid", "Eldre, aktiviteter", "Helsefagarbeider under utdanning",
                    "Praksis på sykehjem", 25, true));

    /** state, level, days since posting, with a proposal. */
    private record Plan(NeedState state, NeedLevel level, int daysAgo) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan(NeedState.OPEN, NeedLevel.LOCAL, 2), new Plan(NeedState.OPEN, NeedLevel.LOCAL, 9),
            new Plan(NeedState.OPEN, NeedLevel.LOCAL, 30), new Plan(NeedState.PROPOSED, NeedLevel.LOCAL, 12),
            new Plan(NeedState.PROPOSED, NeedLevel.LOCAL, 20), new Plan(NeedState.MEETING_ARRANGED, NeedLevel.LOCAL, 25),
            new Plan(NeedState.MATCHED, NeedLevel.LOCAL, 40), new Plan(NeedState.CLOSED, NeedLevel.LOCAL, 35),
            new Plan(NeedState.OPEN, NeedLevel.WORKLIFE_CENTRE, 45), new Plan(NeedState.OPEN, NeedLevel.WORKLIFE_CENTRE, 21),
            new Plan(NeedState.PROPOSED, NeedLevel.WORKLIFE_CENTRE, 50),
            new Plan(NeedState.MEETING_ARRANGED, NeedLevel.WORKLIFE_CENTRE, 60),
            new Plan(NeedState.MATCHED, NeedLevel.WORKLIFE_CENTRE, 70),
            new Plan(NeedState.MATCHED, NeedLevel.WORKLIFE_CENTRE, 55),
            new Plan(NeedState.CLOSED, NeedLevel.WORKLIFE_CENTRE, 80));

    /** Office → (county, its market meeting's proposer, its county's Arbeidslivssenter unit and adviser). */
    private static final Map<String, String[]> OFFICES = Map.of(
            "0315", new String[] {"Oslo", "markedskontakt", "0391", "arbeidslivssenter"},
            "4614", new String[] {"Vestland", "veileder2", "4691", "ia.vestland"});

    @Override
    public void contribute(JdbcTemplate jdbc, LocalDate today) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        for (var office : OFFICES.entrySet()) {
            String[] o = office.getValue();
            Long local = userId(jdbc, o[1]);
            Long adviser = userId(jdbc, o[3]);
            List<long[]> processes = jdbc.query("""
                    select p.id, p.counsellor_id from inclusion_process p
                    where p.open and p.office_id = ?
                      and not exists (select 1 from app_user u where u.candidate_id = p.candidate_id)
                    order by p.id limit ?""", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)},
                    office.getKey(), PLANS.size());
            List<Long> employers = jdbc.queryForList("select id from employer order by id limit 40", Long.class);
            if (local == null || adviser == null || employers.isEmpty()) {
                return;
            }
            for (int i = 0; i < processes.size(); i++) {
                add(jdbc, processes.get(i), office.getKey(), o, local, adviser, PLANS.get(i),
                        PROFILES.get((i + office.getKey().length() * 3) % PROFILES.size()),
                        employers.get((i * 7) % employers.size()), now);
            }
        }
    }

    private static void add(JdbcTemplate jdbc, long[] process, String officeId, String[] office, long local,
            long adviser, Plan plan, Profile profile, long employer, Instant now) {
        long counsellor = process[1];
        Instant posted = now.minus(plan.daysAgo(), ChronoUnit.DAYS);
        Instant escalated = plan.level() == NeedLevel.WORKLIFE_CENTRE ? posted.plus(8, ChronoUnit.DAYS) : null;
        boolean proposed = plan.state() != NeedState.OPEN && plan.state() != NeedState.CLOSED;
        Instant proposedAt = (escalated != null ? escalated : posted).plus(5, ChronoUnit.DAYS);
        Instant changed = plan.state() == NeedState.OPEN ? (escalated != null ? escalated : posted)
                : proposedAt.plus(plan.state() == NeedState.PROPOSED ? 0 : 4, ChronoUnit.DAYS);
        Long need = jdbc.queryForObject("""
                insert into need (process_id, office_id, county, counsellor_id, level, state, title, interests, skills,
                                  experience, hours_per_week, municipality, adaptation_needed, close_reason, posted_at,
                                  state_changed_at, last_action_at, escalated_at, matched_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                process[0], officeId, office[0], counsellor, plan.level().name(), plan.state().name(), profile.title(),
                profile.interests(), profile.skills(), profile.experience(), profile.hours(),
                office[0].equals("Oslo") ? "Oslo" : "Bergen", profile.adaptation(),
                plan.state() == NeedState.CLOSED ? (plan.level() == NeedLevel.LOCAL ? "PLACED_ELSEWHERE" : "NO_MATCH")
                        : null,
                ts(posted), ts(changed), ts(changed), ts(escalated),
                plan.state() == NeedState.MATCHED ? ts(changed) : null);
        history(jdbc, need, posted, counsellor, NeedAction.POST, null, NeedState.OPEN, NeedLevel.LOCAL,
                "Meldt fra kartleggingen.", null);
        if (escalated != null) {
            history(jdbc, need, escalated, local, NeedAction.ESCALATE, NeedState.OPEN, NeedState.OPEN,
                    NeedLevel.WORKLIFE_CENTRE, "Ingen lokale arbeidsgivere passet; løftet til Arbeidslivssenteret.",
                    null);
        }
        if (proposed) {
            long proposer = plan.level() == NeedLevel.LOCAL ? local : adviser;
            String unit = plan.level() == NeedLevel.LOCAL ? officeId : office[2];
            Long proposal = jdbc.queryForObject("""
                    insert into need_proposal (need_id, employer_id, proposed_by, proposer_unit_id, level, comment,
                                               proposed_at, accepted_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, need, employer, proposer, unit,
                    plan.level().name(), "Har tatt inn kandidater før og har mentor ledig.", ts(proposedAt),
                    plan.state() == NeedState.MATCHED ? ts(changed) : null);
            history(jdbc, need, proposedAt, proposer, NeedAction.PROPOSE, NeedState.OPEN,
                    NeedState.PROPOSED, plan.level(), null, proposal);
            if (plan.state() == NeedState.MEETING_ARRANGED) {
                history(jdbc, need, changed, counsellor, NeedAction.ARRANGE_MEETING, NeedState.PROPOSED,
                        NeedState.MEETING_ARRANGED, plan.level(), "Møte på arbeidsplassen neste uke.", null);
            }
            if (plan.state() == NeedState.MATCHED) {
                history(jdbc, need, changed, counsellor, NeedAction.ACCEPT, NeedState.PROPOSED, NeedState.MATCHED,
                        plan.level(), "Kandidaten og lederen ble enige om oppstart.", proposal);
                jdbc.update("update need set matched_proposal_id = ? where id = ?", proposal, need);
            }
        }
        if (plan.state() == NeedState.CLOSED) {
            history(jdbc, need, changed, counsellor, NeedAction.CLOSE, NeedState.OPEN, NeedState.CLOSED,
                    plan.level(), null, null);
        }
    }

    private static void history(JdbcTemplate jdbc, long need, Instant at, long actor, NeedAction action,
            NeedState from, NeedState to, NeedLevel level, String comment, Long proposal) {
        jdbc.update("""
                insert into need_history (need_id, occurred_at, actor_id, action, from_state, to_state, level,
                                          comment, proposal_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", need, ts(at), actor, action.name(),
                from == null ? null : from.name(), to.name(), level.name(), comment, proposal);
    }

    private static Long userId(JdbcTemplate jdbc, String username) {
        return jdbc.query("select id from app_user where username = ?", (rs, n) -> rs.getLong(1), username).stream()
                .findFirst().orElse(null);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
