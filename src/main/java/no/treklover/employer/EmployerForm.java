package no.treklover.employer;


/** The employer registration form; validated through {@link EmployerDetails}. */
public class EmployerForm {

    private String orgNumber;
    private String name;
    private String industry;
    private String municipality;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private Long returnToProcess;

    public EmployerDetails toDetails() {
        return new EmployerDetails(orgNumber, name, industry, municipality, contactName, contactPhone, contactEmail);
    }

    public String getOrgNumber() {
        return orgNumber;
    }

    public void setOrgNumber(String orgNumber) {
        this.orgNumber = orgNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public Long getReturnToProcess() {
        return returnToProcess;
    }

    public void setReturnToProcess(Long returnToProcess) {
        this.returnToProcess = returnToProcess;
    }
}
