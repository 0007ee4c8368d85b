package no.treklover.market;

/** An entry of the log with the names it is shown with: the NAV person, their unit and the employer. */
public record ContactLine(EmployerContact contact, String navUserName, String navUnitName, String employerName) {
}
