package no.treklover.market;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a NAV person logs or plans about a contact with an employer: the API's request body and what the forms
 * validate through. The note must not name candidates: the log is shared by every NAV unit.
 *
 * @param kind CONTACT (it took place) or PLAN (planned, not happened yet)
 * @param contactedAt when the contact took place, Oslo time (e.g. "2026-12-07T10:15"); null means now; not for a plan
 * @param nextContactOn the next planned contact; for a plan the day it is planned for (required then)
 * @param contactPersonId the employer register's contact person, when chosen from its list (not checked here)
 */
public record EmployerContactDetails(
        @NotNull(message = "{employerContact.validation.kind}") EmployerContactKind kind,
        LocalDateTime contactedAt,
        LocalDate nextContactOn,
        @NotNull(message = "{employerContact.validation.form}") EmployerContactForm form,
        @NotNull(message = "{employerContact.validation.purpose}") EmployerContactPurpose purpose,
        @Positive(message = "{employerContact.validation.contactPersonId}") Long contactPersonId,
        @Size(max = 200, message = "{employerContact.validation.contactPersonName}") String contactPersonName,
        @Size(max = 200, message = "{employerContact.validation.contactPersonRole}") String contactPersonRole,
        @Size(max = 40, message = "{employerContact.validation.contactPersonPhone}") String contactPersonPhone,
        @Size(max = 2000, message = "{employerContact.validation.note}") String note) {

    boolean planned() {
        return kind == EmployerContactKind.PLAN;
    }
}
