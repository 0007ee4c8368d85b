package no.treklover.privacy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes what identifies a candidate from the candidate, their processes, timeline and login, and keeps what
 * statistics need: office, counsellor, effort group, phases and their dates, workplace, attachment, initiative,
 * outcome, follow-up status, measures and event types. Set-based SQL, one statement per table per batch.
 */
@Component
class CandidateAnonymiser {

    static final String FIRST_NAME = "Anonymisert";
    static final String LAST_NAME = "kandidat";
    /**
     * Timeline entries whose comment holds only codes, not free text: changed field names, measure types, and for
     * consent "ITEM:AUDIENCE" (see {@code process.ConsentTimeline}), which statistics on consent need.
     */
    private static final List<String> CODED_COMMENTS = List.of("DETAILS_UPDATED", "MEASURE_ADDED", "MEASURE_REMOVED",
            "CONSENT_GRANTED", "CONSENT_WITHDRAWN");

    private final JdbcClient jdbc;

    CandidateAnonymiser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run in the transaction that locked the candidates; returns how many processes were anonymised. */
    int anonymise(List<Long> candidateIds, Instant now) {
        if (candidateIds.isEmpty()) {
            return 0;
        }
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        // Sessions first, while the accounts still carry the usernames the sessions are stored under.
        jdbc.sql("""
                        delete from spring_session where principal_name in (
                            select username from app_user where candidate_id in (:ids) and role = 'CANDIDATE')""")
                .param("ids", candidateIds).update();
        jdbc.sql("""
                        update app_user
                        set username = 'anonymisert-' || id, display_name = :name, email = null, phone = null,
                            password_hash = null, enabled = false
                        where candidate_id in (:ids) and role = 'CANDIDATE'""")
                .param("name", FIRST_NAME + " " + LAST_NAME)
                .param("ids", candidateIds).update();
        jdbc.sql("""
                        update process_event set comment = null
                        where process_id in (select id from inclusion_process where candidate_id in (:ids))
                          and comment is not null and type not in (:coded)""")
                .param("ids", candidateIds).param("coded", CODED_COMMENTS).update();
        int processes = jdbc.sql("""
                        update inclusion_process
                        set mentor_name = null, mentor_phone = null, mentor_email = null, mentor_role = null,
                            mentor_user_id = null, goals = null, outcome_note = null, next_action = null,
                            measure_justification = null,
                            version = version + 1, updated_at = :at
                        where candidate_id in (:ids)""")
                .param("at", at).param("ids", candidateIds).update();
        // Agreements keep dates, hours, pay and approval times for grant statistics and accounts; who the
        // people were and what was written about the candidate go.
        jdbc.sql("""
                        update mentor_agreement
                        set mentor_user_id = null, mentor_first_name = null, mentor_last_name = null, mentor_phone = null,
                            mentor_email = null, mentor_national_id = null, tasks = null, follow_up = null,
                            adaptation = null, family_tie_reason = null, account_number = null, kid = null,
                            candidate_contact_first_name = null, candidate_contact_last_name = null,
                            candidate_contact_phone = null, candidate_contact_email = null,
                            employer_contact_first_name = null, employer_contact_last_name = null,
                            employer_contact_phone = null, employer_contact_email = null,
                            counsellor_contact_first_name = null, counsellor_contact_last_name = null,
                            counsellor_contact_phone = null, counsellor_contact_email = null,
                            version = version + 1
                        where candidate_id in (:ids)""")
                .param("ids", candidateIds).update();
        // Versions of concluded agreements keep their numbers, change types, dates, hours and pay like the agreement;
        // the people in the snapshot, its free text and who approved go.
        jdbc.sql("""
                        update agreement_version v
                        set reason_text = case when v.reason = 'ANNET' then :removed end,
                            snapshot = jsonb_set(jsonb_set(v.snapshot, '{content}', (v.snapshot -> 'content')
                                || jsonb_build_object('mentorFirstName', null, 'mentorLastName', null,
                                    'mentorPhone', null, 'mentorEmail', null, 'mentorNationalId', null, 'tasks', null,
                                    'followUp', null, 'adaptation', null, 'familyTieReason', null,
                                    'accountNumber', null, 'kid', null, 'candidateContact', null,
                                    'employerContact', null, 'counsellorContact', null)),
                                '{approvals}', coalesce((select jsonb_agg(a - 'byName' - 'byId')
                                                         from jsonb_array_elements(v.snapshot -> 'approvals') a),
                                                        '[]'::jsonb))
                        where v.agreement_id in (select id from mentor_agreement where candidate_id in (:ids))""")
                .param("removed", FIRST_NAME).param("ids", candidateIds).update();
        // Grant periods keep dates, amounts and decisions; the beslutter's free-text explanation goes.
        jdbc.sql("""
                        update grant_period set rejection_explanation = '-', version = version + 1
                        where rejection_explanation is not null
                          and agreement_id in (select id from mentor_agreement where candidate_id in (:ids))""")
                .param("ids", candidateIds).update();
        // Follow-up keeps types, times, channels and whether action items were done; what was written goes.
        jdbc.sql("""
                        update meeting
                        set location = null, agenda = null, minutes = null, decisions = null, goals = null,
                            training_plan = null, weekly_plan = null, roles = null, cancel_reason = null,
                            version = version + 1
                        where process_id in (select id from inclusion_process where candidate_id in (:ids))""")
                .param("ids", candidateIds).update();
        jdbc.sql("""
                        update meeting_participant set name = :removed
                        where meeting_id in (select m.id from meeting m join inclusion_process p on p.id = m.process_id
                                             where p.candidate_id in (:ids))""")
                .param("removed", FIRST_NAME).param("ids", candidateIds).update();
        jdbc.sql("""
                        update meeting_action_item set text = :removed, owner = null
                        where meeting_id in (select m.id from meeting m join inclusion_process p on p.id = m.process_id
                                             where p.candidate_id in (:ids))""")
                .param("removed", FIRST_NAME).param("ids", candidateIds).update();
        // The candidate's feedback after meetings keeps its answers for statistics; what she wrote goes.
        jdbc.sql("""
                        update meeting_feedback set comment = null
                        where meeting_id in (select m.id from meeting m join inclusion_process p on p.id = m.process_id
                                             where p.candidate_id in (:ids))""")
                .param("ids", candidateIds).update();
        // Contacts keep date, form, counterpart and duration for the collaboration indicators; the note goes.
        jdbc.sql("""
                        update contact_entry set note = null
                        where process_id in (select id from inclusion_process where candidate_id in (:ids))""")
                .param("ids", candidateIds).update();
        // Notifications about her processes and to her own accounts keep what kind they were and when; the names
        // and texts filled into them go.
        jdbc.sql("""
                        update notification set arguments = '{}'
                        where process_id in (select id from inclusion_process where candidate_id in (:ids))
                           or recipient_id in (select id from app_user where candidate_id in (:ids))""")
                .param("ids", candidateIds).update();
        jdbc.sql("""
                        update candidate
                        set national_id = null, birth_year = extract(year from birth_date), birth_date = null,
                            first_name = :firstName, last_name = :lastName, phone = null, email = null,
                            wishes = null, interests = null, strengths = null, experience = null, education = null,
                            adaptation_needs = null, anonymised_at = :at, updated_at = :at, version = version + 1
                        where id in (:ids)""")
                .param("firstName", FIRST_NAME).param("lastName", LAST_NAME).param("at", at)
                .param("ids", candidateIds).update();
        jdbc.sql("""
                        insert into anonymisation_log (anonymised_at, candidate_id, process_count)
                        select :at, c.id, count(p.id) from candidate c
                        left join inclusion_process p on p.candidate_id = c.id
                        where c.id in (:ids)
                        group by c.id""")
                .param("at", at).param("ids", candidateIds).update();
        return processes;
    }
}
