package no.treklover.needs;

/** The need form's fields (a plain bean for binding), validated through {@link NeedProfile}. */
public class NeedForm {

    private String title;
    private String interests;
    private String skills;
    private String experience;
    private Integer hoursPerWeek;
    private String municipality;
    private boolean adaptationNeeded;
    private String adaptationText;

    static NeedForm of(NeedProfile draft) {
        NeedForm form = new NeedForm();
        form.interests = draft.interests();
        form.skills = draft.skills();
        form.experience = draft.experience();
        return form;
    }

    NeedProfile toProfile() {
        return new NeedProfile(title, interests, skills, experience, hoursPerWeek, municipality, adaptationNeeded,
                adaptationNeeded ? adaptationText : null);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }

    public String getExperience() {
        return experience;
    }

    public void setExperience(String experience) {
        this.experience = experience;
    }

    public Integer getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(Integer hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public boolean isAdaptationNeeded() {
        return adaptationNeeded;
    }

    public void setAdaptationNeeded(boolean adaptationNeeded) {
        this.adaptationNeeded = adaptationNeeded;
    }

    public String getAdaptationText() {
        return adaptationText;
    }

    public void setAdaptationText(String adaptationText) {
        this.adaptationText = adaptationText;
    }
}
