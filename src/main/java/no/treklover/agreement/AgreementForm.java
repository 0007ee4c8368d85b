package no.treklover.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.treklover.agreement.grant.PayType;

/**
 * The agreement's edit form: the fields of {@link AgreementContent} with the same names (nested contacts as
 * {@code candidateContact.phone}), so the rules' field errors land on the right form field. OTP is entered in
 * percent (2 = 2 %) since people think in percent; holiday pay and AGA are chosen from NAV's lists.
 */
public class AgreementForm {
    private String mentorFirstName;
    private String mentorLastName;
    private String mentorPhone;
    private String mentorEmail;
    private String mentorNationalId;
    private String tasks;
    private BigDecimal hoursPerMonth;
    private PayType payType;
    private BigDecimal payAmount;
    private BigDecimal positionPercent;
    private LocalDate startDate;
    private LocalDate endDate;
    private String followUp;
    private String adaptation;
    private BigDecimal holidayPayRate;
    private BigDecimal otpRate;
    private BigDecimal agaRate;
    private String accountNumber;
    private String kid;
    private Boolean familyTie;
    private String familyTieReason;
    private PartyContactForm candidateContact = new PartyContactForm();
    private PartyContactForm employerContact = new PartyContactForm();
    private PartyContactForm counsellorContact = new PartyContactForm();
    private long version;

    static AgreementForm of(AgreementContent c, long version) {
        AgreementForm f = new AgreementForm();
        f.mentorFirstName = c.mentorFirstName();
        f.mentorLastName = c.mentorLastName();
        f.mentorPhone = c.mentorPhone();
        f.mentorEmail = c.mentorEmail();
        f.mentorNationalId = c.mentorNationalId();
        f.tasks = c.tasks();
        f.hoursPerMonth = c.hoursPerMonth();
        f.payType = c.payType();
        f.payAmount = c.payAmount();
        f.positionPercent = c.positionPercent();
        f.startDate = c.startDate();
        f.endDate = c.endDate();
        f.followUp = c.followUp();
        f.adaptation = c.adaptation();
        f.holidayPayRate = c.holidayPayRate();
        f.otpRate = c.otpRate() == null ? null : c.otpRate().movePointRight(2).stripTrailingZeros();
        f.agaRate = c.agaRate();
        f.accountNumber = c.accountNumber();
        f.kid = c.kid();
        f.familyTie = c.familyTie();
        f.familyTieReason = c.familyTieReason();
        f.candidateContact = PartyContactForm.of(c.candidateContact());
        f.employerContact = PartyContactForm.of(c.employerContact());
        f.counsellorContact = PartyContactForm.of(c.counsellorContact());
        f.version = version;
        return f;
    }

    AgreementContent toContent() {
        return new AgreementContent(mentorFirstName, mentorLastName, mentorPhone, mentorEmail, mentorNationalId, tasks,
                hoursPerMonth, payType, payAmount, payType == PayType.TIMELONN ? null : positionPercent, startDate,
                endDate, followUp, adaptation, holidayPayRate, otpRate == null ? null : otpRate.movePointLeft(2),
                agaRate, accountNumber, kid, familyTie, Boolean.TRUE.equals(familyTie) ? familyTieReason : null,
                candidateContact.toContact(), employerContact.toContact(), counsellorContact.toContact());
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

    public String getMentorNationalId() {
        return mentorNationalId;
    }

    public void setMentorNationalId(String mentorNationalId) {
        this.mentorNationalId = mentorNationalId;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public BigDecimal getHoursPerMonth() {
        return hoursPerMonth;
    }

    public void setHoursPerMonth(BigDecimal hoursPerMonth) {
        this.hoursPerMonth = hoursPerMonth;
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

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }

    public String getAdaptation() {
        return adaptation;
    }

    public void setAdaptation(String adaptation) {
        this.adaptation = adaptation;
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

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public String getKid() {
        return kid;
    }

    public void setKid(String kid) {
        this.kid = kid;
    }

    public Boolean getFamilyTie() {
        return familyTie;
    }

    public void setFamilyTie(Boolean familyTie) {
        this.familyTie = familyTie;
    }

    public String getFamilyTieReason() {
        return familyTieReason;
    }

    public void setFamilyTieReason(String familyTieReason) {
        this.familyTieReason = familyTieReason;
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
