package no.treklover.opportunity;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.treklover.demo.DemoDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A dozen opportunities at the demo employers in Oslo and Bergen, most of them open and written to fit the demo
 * needs (warehouse, kitchen, kindergarten, shop, care without night work …), so that matching shows results on the
 * first start; one draft, one filled, one closed, so every status shows.
 */
@Component
class OpportunityDemoData implements DemoDataContributor {

    private record Seed(String employer, String title, String tasks, String must, String nice, int hours,
            OpportunityType type, HireChance chance, String municipality, String county, String constraints,
            OpportunityStatus status, boolean mentor) {
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("Alnabru Lager og Logistikk AS", "Lagermedarbeider, arbeidstrening",
                    "Varemottak, plukk og pakking, truck", "Nøyaktig med lister og telling", "Truckførerbevis", 20,
                    OpportunityType.WORK_TRAINING, HireChance.HIGH, "Oslo", "Oslo", "HEAVY_LIFTING",
                    OpportunityStatus.OPEN, true),
            new Seed("Løkka Kafé og Catering AS", "Kjøkkenassistent", "Matlaging, bakst og oppvask i kantine",
                    "Hygienekurs", "Erfaring fra kantine", 25, OpportunityType.WORK_TRAINING, HireChance.MEDIUM,
                    "Oslo", "Oslo", "LONG_STANDING", OpportunityStatus.OPEN, true),
            new Seed("Tøyen Barnehage SA", "Assistent i barnehage", "Lek, friluft og sang med barna",
                    "Tålmodig", "Førstehjelpskurs", 20, OpportunityType.TEMPORARY, HireChance.MEDIUM, "Oslo", "Oslo",
                    "", OpportunityStatus.OPEN, false),
            new Seed("Sofienberg Dagligvare AS", "Butikkmedarbeider, varepåfylling",
                    "Varepåfylling og prismerking av klær og interiør", "Varepåfylling", "Praksis i dagligvare", 15,
                    OpportunityType.ORDINARY, HireChance.HIGH, "Oslo", "Oslo", "", OpportunityStatus.OPEN, true),
            new Seed("Fjordbyen Omsorgssenter", "Miljøarbeider på dagtid", "Aktiviteter for eldre",
                    "Helsefagarbeider under utdanning", "Praksis på sykehjem", 25, OpportunityType.ORDINARY,
                    HireChance.HIGH, "Oslo", "Oslo", "", OpportunityStatus.OPEN, true),
            new Seed("Fjordbyen Omsorgssenter", "Nattevakt", "Tilsyn med eldre om natten", "Helsefagarbeider",
                    "", 30, OpportunityType.TEMPORARY, HireChance.LOW, "Oslo", "Oslo", "NIGHT_WORK,SHIFT_WORK",
                    OpportunityStatus.OPEN, false),
            new Seed("Byrenhold Oslo AS", "Renholder på dagtid", "Renhold av kontorer, gjerne alene", "Renholdskurs",
                    "", 20, OpportunityType.SUMMER_JOB, HireChance.UNKNOWN, "Oslo", "Oslo", "",
                    OpportunityStatus.DRAFT, false),
            new Seed("Nydalen Mekaniske Verksted AS", "Lærling, mekanisk verksted", "Montering av motorer og sykler",
                    "Fagbrev påbegynt", "", 37, OpportunityType.APPRENTICESHIP, HireChance.HIGH, "Oslo", "Oslo",
                    "HEAVY_LIFTING", OpportunityStatus.FILLED, true),
            new Seed("Kokstad Transport AS", "Lager og varemottak", "Varemottak, truck og plukk",
                    "Nøyaktig", "Truckførerbevis", 30, OpportunityType.WORK_TRAINING, HireChance.MEDIUM, "Bergen",
                    "Vestland", "HEAVY_LIFTING", OpportunityStatus.OPEN, true),
            new Seed("Bryggen Hotelldrift AS", "Kjøkken og kantine", "Matlaging og bakst", "Hygienekurs", "", 25,
                    OpportunityType.WORK_TRAINING, HireChance.MEDIUM, "Bergen", "Vestland", "SHIFT_WORK",
                    OpportunityStatus.OPEN, false),
            new Seed("Paradis Barnehage AS", "Barnehageassistent", "Barn, friluft og sang", "Tålmodig", "", 20,
                    OpportunityType.TEMPORARY, HireChance.MEDIUM, "Bergen", "Vestland", "",
                    OpportunityStatus.OPEN, false),
            new Seed("Bergen Bilpleie AS", "Bilpleier", "Vask og klargjøring av biler", "Førerkort klasse B", "",
                    30, OpportunityType.ORDINARY, HireChance.LOW, "Bergen", "Vestland", "DRIVING",
                    OpportunityStatus.CLOSED, false));

    @Override
    public void contribute(JdbcTemplate jdbc, LocalDate today) {
        List<Long> writer = jdbc.queryForList("select id from app_user where username = 'markedskontakt'", Long.class);
        if (writer.isEmpty()) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        int age = 0;
        for (Seed s : SEEDS) {
            List<Long> employer = jdbc.queryForList("select id from employer where name = ? order by id limit 1",
                    Long.class, s.employer());
            if (employer.isEmpty()) {
                continue;
            }
            Timestamp at = Timestamp.from(now.minus(++age, ChronoUnit.DAYS));
            jdbc.update("""
                            insert into opportunity (employer_id, title, tasks, requirements_must, requirements_nice,
                                mentor_available, hours_per_week, slots, type, hire_chance, starts_on, ends_on,
                                municipality, county, work_constraints, status, created_by, created_at, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    employer.get(0), s.title(), s.tasks(), s.must(), s.nice().isEmpty() ? null : s.nice(), s.mentor(),
                    s.hours(), 1 + age % 3, s.type().name(), s.chance().name(), Date.valueOf(today.plusWeeks(2)),
                    s.type() == OpportunityType.ORDINARY ? null : Date.valueOf(today.plusMonths(6)),
                    s.municipality(), s.county(), s.constraints(), s.status().name(), writer.get(0), at, at);
        }
    }
}
