package no.treklover.candidate;


/** The candidate form as the browser sends it; validated through {@link CandidateDetails}. */
public class CandidateForm {

    private String nationalId;
    private String firstName;
    private String lastName;
    private String phone;
    private String email;
    private EffortGroup effortGroup;
    private String wishes;
    private String interests;
    private String strengths;
    private String experience;
    private String education;
    private String adaptationNeeds;
    private long version;

    public CandidateDetails toDetails() {
        return new CandidateDetails(nationalId, firstName, lastName, phone, email, effortGroup, wishes, interests,
                strengths, experience, education, adaptationNeeds);
    }

    /** A form filled with what is stored; adaptation needs only when this user may see them. */
    public static CandidateForm of(CandidateView view) {
        CandidateForm form = new CandidateForm();
        form.fill(view);
        return form;
    }

    protected void fill(CandidateView view) {
        nationalId = view.nationalId();
        firstName = view.firstName();
        lastName = view.lastName();
        phone = view.phone();
        email = view.email();
        effortGroup = view.effortGroup();
        wishes = view.wishes();
        interests = view.interests();
        strengths = view.strengths();
        experience = view.experience();
        education = view.education();
        adaptationNeeds = view.adaptationNeeds();
        version = view.version();
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public EffortGroup getEffortGroup() {
        return effortGroup;
    }

    public void setEffortGroup(EffortGroup effortGroup) {
        this.effortGroup = effortGroup;
    }

    public String getWishes() {
        return wishes;
    }

    public void setWishes(String wishes) {
        this.wishes = wishes;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getExperience() {
        return experience;
    }

    public void setExperience(String experience) {
        this.experience = experience;
    }

    public String getEducation() {
        return education;
    }

    public void setEducation(String education) {
        this.education = education;
    }

    public String getAdaptationNeeds() {
        return adaptationNeeds;
    }

    public void setAdaptationNeeds(String adaptationNeeds) {
        this.adaptationNeeds = adaptationNeeds;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
