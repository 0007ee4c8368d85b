package no.treklover.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import no.treklover.access.Role;
import no.treklover.identifiers.OrganisationNumber;

/** The demo's offices, employers and staff accounts. */
final class DemoOrganisation {

    static final String OFFICE_A = "0315";
    static final String OFFICE_B = "4614";
    static final String OFFICE_C = "5702";
    static final String OFFICE_D = "3411";
    /** NAV Arbeidslivssenter per county: county-level units, with the county in office.county (issue 12). */
    static final String WORKLIFE_CENTRE_A = "0391";
    static final String WORKLIFE_CENTRE_B = "4691";

    static final String COUNSELLOR = "veileder";
    static final String COUNSELLOR_2 = "veileder2";
    static final String DECISION_MAKER = "beslutter";
    static final String MARKET_CONTACT = "markedskontakt";
    static final String OFFICE_LEADER = "kontorleder";
    static final String MENTOR = "mentor";
    static final String EMPLOYER = "arbeidsgiver";
    static final String CANDIDATE = "kandidat";
    static final String PRIVACY_OFFICER = "personvernombud";
    static final String WORKLIFE_CENTRE_ADVISER = "arbeidslivssenter";
    static final String ANALYST = "analytiker";
    static final String COUNTY_ANALYST = "analytiker.vestland";

    /** The accounts one can log in with, in the order the banner lists them. */
    static final List<String> LOGIN_USERNAMES = List.of(COUNSELLOR, COUNSELLOR_2, DECISION_MAKER, MARKET_CONTACT,
            OFFICE_LEADER, MENTOR, EMPLOYER, CANDIDATE, PRIVACY_OFFICER, WORKLIFE_CENTRE_ADVISER, ANALYST,
            COUNTY_ANALYST);

    static final String MENTOR_EMPLOYER_NAME = "Bakeri Solsiden AS";

    private static final List<DemoData.Office> OFFICES = List.of(
            new DemoData.Office(OFFICE_A, "NAV Grünerløkka", "Oslo"),
            new DemoData.Office(OFFICE_B, "NAV Bergen sør", "Vestland"),
            new DemoData.Office(OFFICE_C, "NAV Falkenborg", "Trøndelag"),
            new DemoData.Office(OFFICE_D, "NAV Ringsaker", "Innlandet"),
            new DemoData.Office(WORKLIFE_CENTRE_A, "NAV Arbeidslivssenter Oslo", "Oslo", "WORKLIFE_CENTRE"),
            new DemoData.Office(WORKLIFE_CENTRE_B, "NAV Arbeidslivssenter Vestland", "Vestland",
                    "WORKLIFE_CENTRE"));

    private record EmployerSeed(String name, String industry, String municipality, String officeId) {
    }

    private static final List<EmployerSeed> EMPLOYERS = List.of(
            new EmployerSeed(MENTOR_EMPLOYER_NAME, "Varehandel", "Oslo", OFFICE_A),
            new EmployerSeed("Grünerløkka Bygg og Tømrer AS", "Bygg og anlegg", "Oslo", OFFICE_A),
            new EmployerSeed("Fjordbyen Omsorgssenter", "Helse og omsorg", "Oslo", OFFICE_A),
            new EmployerSeed("Akerselva Regnskap AS", "Regnskap", "Oslo", OFFICE_A),
            new EmployerSeed("Sofienberg Dagligvare AS", "Varehandel", "Oslo", OFFICE_A),
            new EmployerSeed("Nydalen Mekaniske Verksted AS", "Industri", "Oslo", OFFICE_A),
            new EmployerSeed("Løkka Kafé og Catering AS", "Hotell og restaurant", "Oslo", OFFICE_A),
            new EmployerSeed("Tøyen Barnehage SA", "Barnehage", "Oslo", OFFICE_A),
            new EmployerSeed("Sinsen Voksenopplæringssenter", "Utdanning", "Oslo", OFFICE_A),
            new EmployerSeed("Byrenhold Oslo AS", "Renhold", "Oslo", OFFICE_A),
            new EmployerSeed("Alnabru Lager og Logistikk AS", "Transport og lager", "Oslo", OFFICE_A),
            new EmployerSeed("Torshov Sykkelservice AS", "Service", "Oslo", OFFICE_A),
            new EmployerSeed("Vulkan Frisør AS", "Service", "Oslo", OFFICE_A),
            new EmployerSeed("Fana Byggservice AS", "Bygg og anlegg", "Bergen", OFFICE_B),
            new EmployerSeed("Bryggen Hotelldrift AS", "Hotell og restaurant", "Bergen", OFFICE_B),
            new EmployerSeed("Nesttun Sykehjem", "Helse og omsorg", "Bergen", OFFICE_B),
            new EmployerSeed("Vestkyst Regnskapskontor AS", "Regnskap", "Bergen", OFFICE_B),
            new EmployerSeed("Lagunen Sport og Fritid AS", "Varehandel", "Bergen", OFFICE_B),
            new EmployerSeed("Sandsli Industriservice AS", "Industri", "Bergen", OFFICE_B),
            new EmployerSeed("Paradis Barnehage AS", "Barnehage", "Bergen", OFFICE_B),
            new EmployerSeed("Bergen Bilpleie AS", "Service", "Bergen", OFFICE_B),
            new EmployerSeed("Olsvik Kompetansesenter", "Utdanning", "Bergen", OFFICE_B),
            new EmployerSeed("Kokstad Transport AS", "Transport og lager", "Bergen", OFFICE_B),
            new EmployerSeed("Nidaros Bakeri AS", "Varehandel", "Trondheim", OFFICE_C),
            new EmployerSeed("Tiller Bygg AS", "Bygg og anlegg", "Trondheim", OFFICE_C),
            new EmployerSeed("Lade Helsehus", "Helse og omsorg", "Trondheim", OFFICE_C),
            new EmployerSeed("Trøndelag Regnskapsservice AS", "Regnskap", "Trondheim", OFFICE_C),
            new EmployerSeed("Heimdal Maskinindustri AS", "Industri", "Trondheim", OFFICE_C),
            new EmployerSeed("Byåsen Barnehage SA", "Barnehage", "Trondheim", OFFICE_C),
            new EmployerSeed("Solsiden Kjøkken og Bar AS", "Hotell og restaurant", "Trondheim", OFFICE_C),
            new EmployerSeed("Midtbyen Data AS", "IT", "Trondheim", OFFICE_C),
            new EmployerSeed("Moholt Vaktmesterservice AS", "Service", "Trondheim", OFFICE_C),
            new EmployerSeed("Strinda Vaskeri AS", "Renhold", "Trondheim", OFFICE_C),
            new EmployerSeed("Mjøsgården Gartneri AS", "Landbruk", "Ringsaker", OFFICE_D),
            new EmployerSeed("Brumunddal Trelast AS", "Varehandel", "Ringsaker", OFFICE_D),
            new EmployerSeed("Moelv Omsorgssenter", "Helse og omsorg", "Ringsaker", OFFICE_D),
            new EmployerSeed("Innlandet Industrimontasje AS", "Industri", "Ringsaker", OFFICE_D),
            new EmployerSeed("Nes Gård og Ysteri AS", "Landbruk", "Ringsaker", OFFICE_D),
            new EmployerSeed("Ringsaker Kulturhus KF", "Kultur og idrett", "Ringsaker", OFFICE_D),
            new EmployerSeed("Hedmarken Bilverksted AS", "Service", "Ringsaker", OFFICE_D),
            new EmployerSeed("Rudshøgda Regnskap AS", "Regnskap", "Ringsaker", OFFICE_D),
            new EmployerSeed("Mjøsa Læringssenter", "Utdanning", "Ringsaker", OFFICE_D));

    /** Counsellors without a password, two per office, so caseloads and statistics have more than one person. */
    private static final List<String> EXTRA_COUNSELLOR_OFFICES = List.of(
            OFFICE_A, OFFICE_A, OFFICE_B, OFFICE_B, OFFICE_C, OFFICE_C, OFFICE_D, OFFICE_D);

    private DemoOrganisation() {
    }

    static void addTo(DemoData data, Random random) {
        data.offices.addAll(OFFICES);
        addEmployers(data, random);
        addStaff(data, random);
    }

    static int mentorEmployer(DemoData data) {
        return employerIndex(data, MENTOR_EMPLOYER_NAME);
    }

    private static int employerIndex(DemoData data, String name) {
        for (int i = 0; i < data.employers.size(); i++) {
            if (data.employers.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No demo employer " + name);
    }

    private static void addEmployers(DemoData data, Random random) {
        Set<String> used = new HashSet<>();
        for (EmployerSeed seed : EMPLOYERS) {
            boolean mentorEmployer = seed.name().equals(MENTOR_EMPLOYER_NAME);
            String first = mentorEmployer ? "Arne" : DemoPeople.pick(random, DemoPeople.FIRST_NAMES);
            String last = mentorEmployer ? "Arbeidsgiver" : DemoPeople.pick(random, DemoPeople.LAST_NAMES);
            String contact = first + " " + last;
            data.add(new DemoData.Employer(organisationNumber(random, used), seed.name(), seed.industry(),
                    seed.municipality(), seed.officeId(), contact, DemoPeople.mobile(random),
                    DemoPeople.email(first, last, DemoPeople.domainOf(seed.name()))));
        }
    }

    /** Starting with 31, like the synthetic organisations in Skatteetaten's test register, not a real company's. */
    private static String organisationNumber(Random random, Set<String> used) {
        while (true) {
            String first8 = String.format(Locale.ROOT, "31%06d", random.nextInt(1_000_000));
            var number = OrganisationNumber.withControlDigit(first8);
            if (number.isPresent() && used.add(number.get())) {
                return number.get();
            }
        }
    }

    private static void addStaff(DemoData data, Random random) {
        int bakery = mentorEmployer(data);
        String bakeryMail = DemoPeople.domainOf(MENTOR_EMPLOYER_NAME);
        data.add(staff(COUNSELLOR, "Vera Veileder", Role.COUNSELLOR, OFFICE_A, "412 00 001"));
        data.add(staff(COUNSELLOR_2, "Vidar Veileder", Role.COUNSELLOR, OFFICE_B, "412 00 002"));
        data.add(staff(DECISION_MAKER, "Berit Beslutter", Role.DECISION_MAKER, OFFICE_A, "412 00 003"));
        data.add(staff(MARKET_CONTACT, "Markus Markedskontakt", Role.MARKET_CONTACT, OFFICE_A, "412 00 004"));
        data.add(staff(OFFICE_LEADER, "Kari Kontorleder", Role.OFFICE_LEADER, OFFICE_A, "412 00 005"));
        data.add(staff(PRIVACY_OFFICER, "Pia Personvernombud", Role.PRIVACY_OFFICER, null, "412 00 006"));
        data.add(staff(WORKLIFE_CENTRE_ADVISER, "Aina Arbeidslivssenter", Role.WORKLIFE_CENTRE_ADVISER,
                WORKLIFE_CENTRE_A, "412 00 007"));
        // statistics without case access (issue 15): the nation (no unit), and a county through its Arbeidslivssenter
        data.add(staff(ANALYST, "Ane Analytiker", Role.ANALYST, null, "412 00 009"));
        data.add(new DemoData.User(COUNTY_ANALYST, true, "Vegard Analytiker", Role.ANALYST, WORKLIFE_CENTRE_B,
                null, null, DemoPeople.email("Vegard", "Analytiker", "nav"), "412 00 010"));
        data.add(new DemoData.User("ia.vestland", false, "Ivar Ia-rådgiver", Role.WORKLIFE_CENTRE_ADVISER,
                WORKLIFE_CENTRE_B, null, null, DemoPeople.email("Ivar", "Iaradgiver", "nav"), "412 00 008"));
        data.add(new DemoData.User(MENTOR, true, "Mona Mentor", Role.MENTOR, null, bakery, null,
                DemoPeople.email("Mona", "Mentor", bakeryMail), "934 56 789"));
        DemoData.Employer bakeryRow = data.employers.get(bakery);
        data.add(new DemoData.User(EMPLOYER, true, bakeryRow.contactName(), Role.EMPLOYER, null, bakery, null,
                bakeryRow.contactEmail(), bakeryRow.contactPhone()));
        Set<String> usernames = new HashSet<>(LOGIN_USERNAMES);
        for (String officeId : EXTRA_COUNSELLOR_OFFICES) {
            String first = DemoPeople.pick(random, DemoPeople.FIRST_NAMES);
            String last = DemoPeople.pick(random, DemoPeople.LAST_NAMES);
            String username = DemoPeople.ascii(first) + "." + DemoPeople.ascii(last);
            if (!usernames.add(username)) {
                username = username + usernames.size();
                usernames.add(username);
            }
            data.add(new DemoData.User(username, false, first + " " + last, Role.COUNSELLOR, officeId, null, null,
                    DemoPeople.email(first, last, "nav"), DemoPeople.mobile(random)));
        }
    }

    private static DemoData.User staff(String username, String displayName, Role role, String officeId, String phone) {
        String[] names = displayName.split(" ");
        return new DemoData.User(username, true, displayName, role, officeId, null, null,
                DemoPeople.email(names[0], names[1], "nav"), phone);
    }
}
