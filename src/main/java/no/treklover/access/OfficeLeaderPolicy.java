package no.treklover.access;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Kontorleder: no case details (statistics are aggregates), but manages the meeting settings of their office. */
@Component
class OfficeLeaderPolicy implements RolePolicy {

    @Override
    public Role role() {
        return Role.OFFICE_LEADER;
    }

    @Override
    public boolean permits(CurrentUser user, Permission permission, CaseScope scope, LocalDate today) {
        return false;
    }

    @Override
    public boolean managesOfficeMeetingSettings(CurrentUser user, String officeId) {
        return user.officeId() != null && user.officeId().equals(officeId);
    }

    /** The office's statistics: aggregates only, small counts hidden (BRIEF §7). */
    @Override
    public String statisticsOffice(CurrentUser user) {
        return user.officeId();
    }

    /** Reads the employer contact log (NAV staff share it); contacts employers through the office's staff, not itself. */
    @Override
    public boolean readsEmployerContacts() {
        return true;
    }

    /** The office leader looks employers up; the profile is kept by those who work with them. */
    @Override
    public AccessPolicy.EmployerRegisterAccess employerRegisterAccess(CurrentUser user) {
        return AccessPolicy.EmployerRegisterAccess.READ;
    }

    /**
     * The office leader manages the office's learning arenas (issue 14): plans its meetings, follows up its agreed
     * changes and curates its question bank. She reads no reflection note: they are about single cases.
     */
    @Override
    public LearningAccess learningAccess(CurrentUser user) {
        return user.officeId() == null ? LearningAccess.NONE : LearningAccess.MANAGE;
    }

    /** Manages the office's mentor networks and sees that NAV answers the mentors' feedback. */
    @Override
    public NetworkAccess networkAccess() {
        return NetworkAccess.MANAGE;
    }

    /** Builds and sends her office's surveys and reads their results (anonymous, groups of five or more). */
    @Override
    public String surveyOffice(CurrentUser user) {
        return user.officeId();
    }
}
