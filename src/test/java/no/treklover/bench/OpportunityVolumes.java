package no.treklover.bench;

import java.util.Map;

/**
 * 20 000 open opportunities (issue 13) at the active employers (those with NAV's fields), spread evenly over the
 * benchmark's 15 counties, «Fylke 0» counted as Oslo as {@link NeedVolumes} does, so the demo market contact's and
 * Arbeidslivssenter adviser's rankings see a county's share (~1 300); a further fifth as drafts, filled and closed
 * ones that the rankings must skip. Titles, tasks and requirements vary so that scores differ. Set-based SQL.
 * Like {@link NeedVolumes}' needs, the 20 000 are made at any scale (they are cheap), so a run at a small scale is
 * at the volumes for both rankings.
 */
final class OpportunityVolumes implements NationalScaleData.Part {

    static final int OPEN = 20_000;

    @Override
    public String name() {
        return "muligheter";
    }

    @Override
    public void load(NationalScaleData.Sql sql) {
        // The 20 000 at any scale: each county holds ~1 300, more than matching's cap of 500, and a ranking
        // from a need does the national work at the national volume even at -Dbench.scale=0.2.
        int open = OPEN;
        sql.run("""
                insert into opportunity (employer_id, title, tasks, requirements_must, requirements_nice,
                    mentor_available, hours_per_week, slots, type, hire_chance, starts_on, ends_on, municipality,
                    county, work_constraints, status, created_by, created_at, updated_at)
                select e.id,
                       (array['Lagermedarbeider','Kontorassistent','Kjøkkenassistent','Butikkmedarbeider',
                              'Verkstedarbeider','Renholder','Barnehageassistent'])[1 + i % 7] || ' ' || i,
                       (array['Varemottak, plukk og truck','Arkiv, Excel og telefon','Matlaging og oppvask',
                              'Varepåfylling og kasse','Montering og reparasjon','Renhold av kontorer',
                              'Lek og friluft med barn'])[1 + (i / 7) % 7],
                       (array['Truckførerbevis','Excel','Hygienekurs','Kundeservice','Fagbrev påbegynt',
                              'Renholdskurs','Førstehjelpskurs'])[1 + (i / 3) % 7],
                       case when i % 2 = 0 then 'Erfaring fra arbeidstrening' end,
                       i % 3 = 0, 10 + i % 30, 1 + i % 4,
                       (array['WORK_TRAINING','TEMPORARY','ORDINARY','SUMMER_JOB','APPRENTICESHIP'])[1 + i % 5],
                       (array['UNKNOWN','LOW','MEDIUM','HIGH'])[1 + i % 4],
                       current_date + (i % 60), case when i % 5 <> 2 then current_date + 180 + (i % 60) end,
                       'Kommune ' || (i % 356),
                       case when i % 15 = 0 then 'Oslo' else 'Fylke ' || (i % 15) end,
                       (array['','','HEAVY_LIFTING','NIGHT_WORK,SHIFT_WORK','LONG_STANDING',''])[1 + i % 6],
                       case when i < :open then 'OPEN'
                            else (array['DRAFT','FILLED','CLOSED'])[1 + i % 3] end,
                       (select id from app_user where username = 'markedskontakt'),
                       now() - make_interval(days => i % 90), now() - make_interval(mins => i % 50000)
                from generate_series(0, :all - 1) i
                join (select id, row_number() over (order by id) - 1 as n
                      from employer where mentors_available is not null) e
                  on e.n = i % greatest(1, (select count(*) from employer where mentors_available is not null))""",
                Map.of("open", open, "all", open + open / 5));
    }
}
