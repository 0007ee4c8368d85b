package no.treklover.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import no.treklover.process.Phase;

/** Name and text pools for made-up people, in Norwegian, and small helpers to draw from them. */
final class DemoPeople {

    /** Reserved for documentation (RFC 2606), so demo e-mail never reaches anyone. */
    static final String MAIL_DOMAIN = "example.com";

    static final List<String> FIRST_NAMES = List.of(
            "Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Bjørg", "Hilde", "Anna",
            "Solveig", "Marianne", "Randi", "Ida", "Nina", "Maria", "Elisabeth", "Kristin", "Silje", "Camilla",
            "Ingvild", "Nora", "Emma", "Sara", "Thea", "Julie", "Maja", "Sofie", "Amalie", "Tuva", "Hanne", "Tone",
            "Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Thomas", "Hans", "Geir", "Tor",
            "Morten", "Terje", "Odd", "Erik", "Martin", "Andreas", "Jon", "Anders", "Espen", "Trond", "Magnus",
            "Henrik", "Jonas", "Sander", "Emil", "Mathias", "Tobias", "Sindre", "Håkon", "Eirik", "Vegard", "Øystein",
            "Mohammed", "Ahmed", "Ali", "Hassan", "Yusuf", "Abdi", "Omar", "Tesfay", "Daniel", "Piotr", "Tomasz",
            "Fatima", "Amina", "Aisha", "Mariam", "Leyla", "Hodan", "Saba", "Agnieszka", "Olena", "Lina", "Zahra");

    static final List<String> LAST_NAMES = List.of(
            "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
            "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen",
            "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen", "Moen", "Gundersen",
            "Iversen", "Strand", "Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen", "Bakken",
            "Kristoffersen", "Mathisen", "Lie", "Amundsen", "Rasmussen", "Lunde", "Solheim", "Berge", "Moe",
            "Nygård", "Bakke", "Fredriksen", "Holm", "Lien", "Hauge", "Knudsen", "Evensen", "Sæther", "Aas",
            "Myhre", "Haugland", "Thomassen", "Simonsen", "Sandvik", "Rønning", "Næss", "Vik", "Ellingsen",
            "Birkeland", "Ruud", "Strøm", "Myklebust", "Tangen", "Ødegård", "Aune", "Tveit", "Brekke", "Nguyen",
            "Ali", "Ahmed", "Mohamed", "Hussein", "Yilmaz", "Tesfaye", "Kowalski", "Nowak", "Hassan", "Abdi");

    static final List<String> WISHES = List.of(
            "Jobbe i butikk, gjerne med kundekontakt",
            "Fast jobb i barnehage",
            "Praktisk arbeid med hendene, gjerne innen bygg",
            "Lagerarbeid med faste arbeidstider",
            "Jobbe på kjøkken eller i kantine",
            "Jobbe utendørs, for eksempel med grøntanlegg",
            "Kontorarbeid, gjerne med tall og regnskap",
            "Jobbe i omsorgsyrke, på sikt helsefagarbeider",
            "Jobbe med bil og motor",
            "Jobbe med IT-brukerstøtte",
            "Renholdsarbeid med faste oppgaver og lite stress",
            "Jobb på hotell, i resepsjon eller housekeeping",
            "Bli sjåfør, ta førerkort klasse C på sikt",
            "Ta fagbrev som kokk",
            "Jobbe med dyr, gjerne på gård",
            "Deltidsjobb som kan økes over tid",
            "Jobbe i bakeri eller med matproduksjon",
            "Jobbe med produksjon i industri");

    static final List<String> INTERESTS = List.of(
            "Trening og friluftsliv", "Matlaging og baking", "Data og gaming", "Fotball", "Musikk og gitar",
            "Hest og dyr", "Håndarbeid og strikking", "Snekring", "Bilmekanikk", "Foto og film", "Lesing",
            "Fiske", "Hagearbeid", "Sykling", "Frivillig arbeid i idrettslaget", "Tegning", "Språk og kultur");

    static final List<String> STRENGTHS = List.of(
            "Punktlig og pliktoppfyllende", "God med mennesker", "Praktisk anlagt", "Nøyaktig", "Tålmodig",
            "Lærer raskt ved å se andre gjøre det", "Snakker flere språk", "Arbeidsom og utholdende", "Godt humør",
            "Strukturert", "Flink med barn", "Rolig og tålmodig med eldre", "Teknisk flink", "Kreativ");

    static final List<String> EXPERIENCE = List.of(
            "Arbeidstrening på lager i tre måneder",
            "Sommerjobb i dagligvarebutikk",
            "Ekstrahjelp i barnehage",
            "Avisbud i to år",
            "Renholdsarbeid i hjemlandet",
            "Gårdsarbeid i hjemlandet",
            "Ingen formell arbeidserfaring",
            "Kjøkkenassistent på kafé",
            "Frivillig i idrettslag",
            "Førstegangstjeneste",
            "Sesongarbeid i flyttebyrå",
            "Butikkmedarbeider i fire år før sykmelding",
            "Praksisplass på sykehjem gjennom introduksjonsprogrammet",
            "Tidligere ansatt i industribedrift, nedbemannet",
            "Vikar i skolefritidsordning");

    static final List<String> EDUCATION = List.of(
            "Fullført grunnskole",
            "Påbegynt vg1 helse- og oppvekstfag",
            "Vg2 bygg- og anleggsteknikk",
            "Fullført videregående, studieforberedende",
            "Grunnskole fra hjemlandet, norskkurs nivå B1",
            "Fullført introduksjonsprogrammet, norsk nivå A2",
            "Påbegynt bachelor, ikke fullført",
            "Fagbrev i salgsfaget",
            "Vg1 restaurant- og matfag",
            "Vg1 teknologi- og industrifag",
            "Fullført videregående, yrkesfag uten fagbrev",
            "Voksenopplæring, grunnskole for voksne");

    static final List<String> ADAPTATION_NEEDS = List.of(
            "Trenger faste rutiner og en forutsigbar arbeidsdag",
            "Redusert arbeidstid i starten (50 %), økes gradvis",
            "Trenger skriftlige instruksjoner og sjekklister",
            "Bør unngå tunge løft",
            "Trenger mulighet for rolige pauser",
            "Lese- og skrivevansker; opplæring bør være muntlig og praktisk",
            "Gradvis introduksjon for kolleger; blir sliten i store grupper",
            "Bør starte senere på dagen i en periode",
            "Trenger tett oppfølging de første ukene");

    static final List<String> GOALS = List.of(
            "Mestre kasse og varepåfylling selvstendig innen tre måneder",
            "Øke arbeidstiden fra 50 % til 80 % i løpet av perioden",
            "Bli trygg i kundekontakt",
            "Lære bedriftens HMS-rutiner og bruk av verneutstyr",
            "Etablere stabil døgnrytme og jevnt oppmøte",
            "Kunne utføre faste arbeidsoppgaver uten tett oppfølging",
            "Få fast ansettelse i bedriften etter endt tiltak",
            "Komme i gang med løp mot fagbrev",
            "Bli en del av arbeidsmiljøet og delta i lunsj og fellesskap",
            "Forbedre norsk fagspråk i arbeidshverdagen");

    static final List<String> MENTOR_ROLES = List.of(
            "Fagarbeider", "Avdelingsleder", "Butikksjef", "Erfaren kollega", "Verksmester", "Teamleder",
            "Helsefagarbeider", "Kokk", "Pedagogisk leder", "Lagerleder", "Regnskapsfører", "Formann");

    static final List<String> PHASE_BACK_COMMENTS = List.of(
            "Arbeidsgiveren hadde likevel ikke kapasitet; vi leter videre.",
            "Mentor sluttet i bedriften; ny arbeidsplass og mentor må finnes.",
            "Kandidaten ønsket en annen bransje etter hospitering.",
            "Arbeidsgiveren trakk seg før oppstart; nye bedrifter kontaktes.");

    private static final List<String> ASSESSMENT_ACTIONS = List.of(
            "Kartleggingssamtale om ønsker og interesser",
            "Innhente samtykke til å dele tilretteleggingsbehov",
            "Avklare innsatsgruppe",
            "Oppfølgingssamtale etter kartlegging");
    private static final List<String> EMPLOYER_CONTACT_ACTIONS = List.of(
            "Ringe arbeidsgiver om mulig arbeidsplass",
            "Møte markedskontakt om aktuelle bedrifter",
            "Besøke bedriften sammen med kandidaten",
            "Følge opp henvendelse til arbeidsgiver");
    private static final List<String> MENTOR_IDENTIFIED_ACTIONS = List.of(
            "Sende utkast til mentoravtale",
            "Avtale oppstartsmøte",
            "Be mentor signere taushetserklæringen");
    private static final List<String> START_UP_ACTIONS = List.of(
            "Oppstartsmøte på arbeidsplassen",
            "Lage ukeplan sammen med mentor",
            "Avklare mentors oppgaver og opplæringsplan");
    private static final List<String> FOLLOW_UP_ACTIONS = List.of(
            "Trekløversamtale",
            "Ringe mentor for status",
            "Oppfølgingsmøte på arbeidsplassen",
            "Evaluere målene i opplæringsplanen",
            "Vurdere forlengelse av mentortilskudd");

    private DemoPeople() {
    }

    static <T> T pick(Random random, List<T> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    /** Two or three different entries joined into one sentence-like text. */
    static String someOf(Random random, List<String> pool) {
        int count = 2 + random.nextInt(2);
        List<String> chosen = new ArrayList<>(count);
        while (chosen.size() < count) {
            String candidate = pick(random, pool);
            if (!chosen.contains(candidate)) {
                chosen.add(candidate);
            }
        }
        return String.join(". ", chosen) + ".";
    }

    static String nextAction(Random random, Phase phase) {
        return pick(random, switch (phase) {
            case ASSESSMENT -> ASSESSMENT_ACTIONS;
            case EMPLOYER_CONTACT -> EMPLOYER_CONTACT_ACTIONS;
            case MENTOR_IDENTIFIED -> MENTOR_IDENTIFIED_ACTIONS;
            case START_UP -> START_UP_ACTIONS;
            default -> FOLLOW_UP_ACTIONS;
        });
    }

    /** A Norwegian mobile number as people write it, e.g. "912 34 567". */
    static String mobile(Random random) {
        int first = random.nextBoolean() ? 4 : 9;
        return String.format(Locale.ROOT, "%d%02d %02d %03d", first, random.nextInt(100), random.nextInt(100),
                random.nextInt(1000));
    }

    static String email(String firstName, String lastName, String subdomain) {
        String domain = subdomain == null ? MAIL_DOMAIN : subdomain + "." + MAIL_DOMAIN;
        return ascii(firstName) + "." + ascii(lastName) + "@" + domain;
    }

    /** A company's mail subdomain: "Bakeri Solsiden AS" becomes "bakerisolsiden". */
    static String domainOf(String companyName) {
        return ascii(companyName.replaceFirst("\\s+(AS|ASA|SA|KF|IKS)$", ""));
    }

    /** Lower-case ASCII letters and digits only: "Grünerløkka Bygg AS" becomes "grunerlokkabyggas". */
    static String ascii(String text) {
        String replaced = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        String decomposed = Normalizer.normalize(replaced, Normalizer.Form.NFD);
        return decomposed.replaceAll("[^a-z0-9]", "");
    }
}
