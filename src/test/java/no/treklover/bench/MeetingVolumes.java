package no.treklover.bench;

/**
 * Follow-up meetings: two held ones per process and a planned one per open process (~2 200 000), each with the
 * candidate, the counsellor and the employer's contact as participants.
 */
final class MeetingVolumes implements NationalScaleData.Part {

    @Override
    public String name() {
        return "møter med deltakere";
    }

    @Override
    public void load(NationalScaleData.Sql sql) {
        sql.run("""
                insert into meeting (process_id, type, status, starts_at, duration_minutes, channel, location, agenda,
                                     minutes, organizer_id, ical_uid, created_at, updated_at)
                select p.id,
                       (array['OPPSTARTSMOTE','OPPFOLGINGSMOTE','TREKLOVERSAMTALE'])[k],
                       case when k = 3 then 'PLANNED' else 'HELD' end,
                       t.at, 60,
                       (array['WORKPLACE','NAV_OFFICE','VIDEO','PHONE'])[1 + (p.i + k) % 4],
                       'Arbeidsplassen', 'Hvordan går det? Arbeidsoppgaver. Veien videre.',
                       case when k < 3 then 'Kandidaten trives, vi fortsetter som avtalt.' end,
                       p.counsellor_id, 'bench-' || p.id || '-' || k || '@treklover.no', t.at - interval '14 days',
                       t.at - interval '14 days'
                from bench_process p
                cross join lateral generate_series(1, case when p.open then 3 else 2 end) k
                cross join lateral (select case when k = 3 then now() + make_interval(days => 1 + p.i % 28)
                                                else now() - make_interval(days => (3 - k) * 28 + p.i % 28) end as at) t""");
        sql.run("""
                insert into meeting_participant (meeting_id, position, role, name, user_id)
                select m.id, r.position, r.role,
                       case r.role when 'CANDIDATE' then c.first_name || ' ' || c.last_name
                                   when 'COUNSELLOR' then u.display_name else 'Arbeidsgivers kontaktperson' end,
                       case r.role when 'COUNSELLOR' then u.id end
                from meeting m
                join bench_process p on p.id = m.process_id
                join candidate c on c.id = p.candidate_id
                join app_user u on u.id = p.counsellor_id
                cross join (values (0, 'CANDIDATE'), (1, 'COUNSELLOR'), (2, 'EMPLOYER')) r(position, role)
                where m.ical_uid like 'bench-%'""");
    }
}
