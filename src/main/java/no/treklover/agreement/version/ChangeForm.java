package no.treklover.agreement.version;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.treklover.agreement.AgreementContent;
import no.treklover.agreement.Contact;
import no.treklover.agreement.PartyContactForm;
import no.treklover.agreement.grant.PayType;

/**
 * The change form as the browser sends it: one type's fields, rates in percent (12 = 12 %); turned into a
 * {@link ChangeRequest} with only that type's fields, so the API's rules and messages apply unchanged.
 */
public class ChangeForm {

    private ChangeType type;
    private long version;
    private LocalDate endDate;
    private ShorteningReason reason;
    private String reasonText;
    private String mentorFirstName;
    private String mentorLastName;
    private String mentorPhone;
    private String mentorEmail;
    private String tasks;
    private PayType payType;
    private BigDecimal payAmount;
    private BigDecimal positionPercent;
    private BigDecimal hoursPerMonth;
    private BigDecimal holidayPayRate;
    private BigDecimal otpRate;
    private BigDecimal agaRate;
    private LocalDate effectiveFrom;
    private PartyContactForm candidateContact = new PartyContactForm();
    private PartyContactForm employerContact = new PartyContactForm();
    private PartyContactForm counsellorContact = new PartyContactForm();
    private String followUp;

    /** The form for a change of this type, filled in with the agreement's current content. */
    static ChangeForm of(ChangeType type, Versions.Current current) {
        AgreementContent c = current.content();
        ChangeForm f = new ChangeForm();
        f.type = type;
        f.version = current.agreementVersion();
        f.endDate = type == ChangeType.FORLENGE || type == ChangeType.FORKORTE ? null : c.endDate();
        f.mentorFirstName = c.mentorFirstName();
        f.mentorLastName = c.mentorLastName();
        f.mentorPhone = c.mentorPhone();
        f.mentorEmail = c.mentorEmail();
        f.tasks = c.tasks();
        f.payType = c.payType();
        f.payAmount = plain(c.payAmount());
        f.positionPercent = plain(c.positionPercent());
        f.hoursPerMonth = plain(c.hoursPerMonth());
        // Chosen from the same lists as in the agreement form (fractions, shown in percent); OTP typed in percent.
        f.holidayPayRate = c.holidayPayRate();
        f.otpRate = percent(c.otpRate());
        f.agaRate = c.agaRate();
        f.candidateContact = PartyContactForm.of(c.candidateContact());
        f.employerContact = PartyContactForm.of(c.employerContact());
        f.counsellorContact = PartyContactForm.of(c.counsellorContact());
        f.followUp = c.followUp();
        return f;
    }

    /** The API's request with only this type's fields. */
    ChangeRequest toRequest() {
        if (type == null) {
            return ChangeRequest.of(null);
        }
        boolean dates = type == ChangeType.FORLENGE || type == ChangeType.FORKORTE;
        boolean shorten = type == ChangeType.FORKORTE;
        boolean mentor = type == ChangeType.ENDRE_MENTOR;
        boolean calc = type == ChangeType.ENDRE_BEREGNING;
        boolean contacts = type == ChangeType.ENDRE_KONTAKTINFO;
        return new ChangeRequest(type, dates ? endDate : null, shorten ? reason : null, shorten ? reasonText : null,
                mentor ? mentorFirstName : null, mentor ? mentorLastName : null, mentor ? mentorPhone : null,
                mentor ? mentorEmail : null, mentor ? tasks : null, calc ? payType : null, calc ? payAmount : null,
                calc ? positionPercent : null, calc ? hoursPerMonth : null, calc ? holidayPayRate : null,
                calc ? fraction(otpRate) : null, calc ? agaRate : null, calc ? effectiveFrom : null,
                contacts ? candidateContact.toContact() : null, contacts ? employerContact.toContact() : null,
                contacts ? counsellorContact.toContact() : null,
                type == ChangeType.ENDRE_OPPFOLGING ? followUp : null);
    }

    private static BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : plain(fraction.movePointRight(2));
    }

    private static BigDecimal fraction(BigDecimal percent) {
        return percent == null ? null : percent.movePointLeft(2);
    }

    private static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public ChangeType getType() {
        return type;
    }

    public void setType(ChangeType type) {
        this.type = type;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public ShorteningReason getReason() {
        return reason;
    }

    public void setReason(ShorteningReason reason) {
        this.reason = reason;
    }

    public String getReasonText() {
        return reasonText;
    }

    public void setReasonText(String reasonText) {
        this.reasonText = reasonText;
    }

    public String getMentorFirstName() {
        return mentorFirstName;
    }

    public void setMentorFirstName(String mentorFirstName) {
        this.mentorFirstName = mentorFirstName;
    }

    public String getMentorLastName() {
        return mentorLastName;
    }

    public void setMentorLastName(String mentorLastName) {
        this.mentorLastName = mentorLastName;
    }

    public String getMentorPhone() {
        return mentorPhone;
    }

    public void setMentorPhone(String mentorPhone) {
        this.mentorPhone = mentorPhone;
    }

    public String getMentorEmail() {
        return mentorEmail;
    }

    public void setMentorEmail(String mentorEmail) {
        this.mentorEmail = mentorEmail;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public PayType getPayType() {
        return payType;
    }

    public void setPayType(PayType payType) {
        this.payType = payType;
    }

    public BigDecimal getPayAmount() {
        return payAmount;
    }

    public void setPayAmount(BigDecimal payAmount) {
        this.payAmount = payAmount;
    }

    public BigDecimal getPositionPercent() {
        return positionPercent;
    }

    public void setPositionPercent(BigDecimal positionPercent) {
        this.positionPercent = positionPercent;
    }

    public BigDecimal getHoursPerMonth() {
        return hoursPerMonth;
    }

    public void setHoursPerMonth(BigDecimal hoursPerMonth) {
        this.hoursPerMonth = hoursPerMonth;
    }

    public BigDecimal getHolidayPayRate() {
        return holidayPayRate;
    }

    public void setHolidayPayRate(BigDecimal holidayPayRate) {
        this.holidayPayRate = holidayPayRate;
    }

    public BigDecimal getOtpRate() {
        return otpRate;
    }

    public void setOtpRate(BigDecimal otpRate) {
        this.otpRate = otpRate;
    }

    public BigDecimal getAgaRate() {
        return agaRate;
    }

    public void setAgaRate(BigDecimal agaRate) {
        this.agaRate = agaRate;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public PartyContactForm getCandidateContact() {
        return candidateContact;
    }

    public void setCandidateContact(PartyContactForm candidateContact) {
        this.candidateContact = candidateContact;
    }

    public PartyContactForm getEmployerContact() {
        return employerContact;
    }

    public void setEmployerContact(PartyContactForm employerContact) {
        this.employerContact = employerContact;
    }

    public PartyContactForm getCounsellorContact() {
        return counsellorContact;
    }

    public void setCounsellorContact(PartyContactForm counsellorContact) {
        this.counsellorContact = counsellorContact;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }
}
