package no.treklover.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import no.treklover.opportunity.OpportunityType;
import no.treklover.opportunity.WorkConstraint;

/**
 * The explainable match between a need (an anonymised candidate profile, or a candidate of the caseload) and an
 * opportunity: pure code, one factor per line of issue 13, each giving a part score and the message key and
 * arguments of its Norwegian explanation, so a counsellor can see why and disagree. Matching proposes, people decide:
 * nothing here acts.
 *
 * <p>The factors and their points (the total is clamped to 0–100):
 * <table>
 * <tr><th>factor</th><th>points</th><th>rule</th></tr>
 * <tr><td>{@link Factor#INTERESTS_TASKS}</td><td>0–25</td><td>12 per word the need's title and interests share with
 * the opportunity's title and tasks (words of 3+ letters, not stop words, compared by their first 5 letters so that
 * «lager» meets «lageret»), at most 25</td></tr>
 * <tr><td>{@link Factor#SKILLS_REQUIREMENTS}</td><td>0–25</td><td>each requirement line is met when one of its words
 * is among the need's skills, experience and interests; a <em>must</em> weighs 2, a <em>nice to have</em> 1; 25 × met
 * weight ÷ all weight, rounded down; no requirements: 25</td></tr>
 * <tr><td>{@link Factor#PLACE}</td><td>0–20</td><td>same municipality 20, same county 10, another county 0: the repo
 * holds no coordinates, so travel distance is judged by municipality and county only; a side without a municipality
 * (a candidate of the weekly list) is judged by county alone</td></tr>
 * <tr><td>{@link Factor#HOURS}</td><td>0–10</td><td>10 minus one per 2 hours' difference (rounded down), at least 0;
 * either side unknown: 5</td></tr>
 * <tr><td>{@link Factor#TYPE}</td><td>0–10</td><td>the need names the types it wants (words like «arbeidstrening»,
 * «sommerjobb», «lærling»): 10 if the opportunity is one of them, else 0; names none: 10</td></tr>
 * <tr><td>{@link Factor#CONSTRAINTS}</td><td>10 or less</td><td>10 when nothing the need rules out («uten
 * nattarbeid», «ikke tunge løft») is demanded by the work; minus 30 for each that is</td></tr>
 * </table>
 */
public final class MatchScoring {

    public enum Factor {
        INTERESTS_TASKS(25), SKILLS_REQUIREMENTS(25), PLACE(20), HOURS(10), TYPE(10), CONSTRAINTS(10);

        private final int max;

        Factor(int max) {
            this.max = max;
        }

        public int max() {
            return max;
        }
    }

    static final int PER_SHARED_WORD = 12;
    static final int MUST_WEIGHT = 2;
    static final int NICE_WEIGHT = 1;
    static final int PER_CONFLICT = 30;

    /** The need's side: what the counsellor wrote, where, how many hours. Types and rule-outs are read from it. */
    public record NeedSide(String title, String interests, String skills, String experience, Integer hoursPerWeek,
            String municipality, String county) {

        String wantsText() {
            return join(title, interests);
        }

        String offersText() {
            return join(skills, experience, interests);
        }

        String allText() {
            return join(title, interests, skills, experience);
        }
    }

    /** The opportunity's side. */
    public record OpportunitySide(String title, String tasks, List<String> mustHave, List<String> niceToHave,
            Integer hoursPerWeek, OpportunityType type, String municipality, String county,
            Set<WorkConstraint> constraints) {
    }

    /** One factor's part: points out of the factor's max, and the explanation's message key and arguments. */
    public record Part(Factor factor, int points, String messageKey, List<Object> arguments) {

        public int max() {
            return factor.max();
        }
    }

    public record Score(int total, List<Part> parts) {
    }

    private MatchScoring() {
    }

    /**
     * A need's text read once (its words, the types it names, what it rules out), so that a ranking scores hundreds
     * of opportunities against it without reading it again for each.
     */
    public record NeedReading(NeedSide side, List<String> wants, Set<String> offeredStems,
            Set<OpportunityType> wantedTypes, Set<WorkConstraint> ruledOut) {
    }

    /** An opportunity's text read once: the stems of its title and tasks, the words of each requirement line. */
    public record OpportunityReading(OpportunitySide side, Set<String> titleAndTaskStems,
            List<List<String>> mustWords, List<List<String>> niceWords) {
    }

    public static NeedReading read(NeedSide need) {
        return new NeedReading(need, words(need.wantsText()), stems(words(need.offersText())),
                wantedTypes(need.allText()), ruledOut(need.allText()));
    }

    public static OpportunityReading read(OpportunitySide o) {
        return new OpportunityReading(o, stems(words(join(o.title(), o.tasks()))),
                o.mustHave().stream().map(MatchScoring::words).toList(),
                o.niceToHave().stream().map(MatchScoring::words).toList());
    }

    public static Score score(NeedSide need, OpportunitySide opportunity) {
        return score(read(need), read(opportunity));
    }

    public static Score score(NeedReading need, OpportunityReading opportunity) {
        NeedSide n = need.side();
        OpportunitySide o = opportunity.side();
        List<Part> parts = List.of(interests(need, opportunity), skills(need, opportunity), place(n, o), hours(n, o),
                type(need, o), constraints(need, o));
        int total = parts.stream().mapToInt(Part::points).sum();
        return new Score(Math.max(0, Math.min(100, total)), parts);
    }

    static Part interests(NeedSide need, OpportunitySide o) {
        return interests(read(need), read(o));
    }

    private static Part interests(NeedReading need, OpportunityReading o) {
        Set<String> shared = sharedWords(need.wants(), o.titleAndTaskStems());
        if (shared.isEmpty()) {
            return new Part(Factor.INTERESTS_TASKS, 0, "matching.explain.interests.none", List.of());
        }
        int points = Math.min(Factor.INTERESTS_TASKS.max(), PER_SHARED_WORD * shared.size());
        return new Part(Factor.INTERESTS_TASKS, points, "matching.explain.interests.shared",
                List.of(String.join(", ", shared)));
    }

    static Part skills(NeedSide need, OpportunitySide o) {
        return skills(read(need), read(o));
    }

    private static Part skills(NeedReading need, OpportunityReading reading) {
        OpportunitySide o = reading.side();
        if (o.mustHave().isEmpty() && o.niceToHave().isEmpty()) {
            return new Part(Factor.SKILLS_REQUIREMENTS, Factor.SKILLS_REQUIREMENTS.max(),
                    "matching.explain.skills.noRequirements", List.of());
        }
        Set<String> offered = need.offeredStems();
        List<String> missingMust = new ArrayList<>();
        List<String> missingNice = new ArrayList<>();
        int all = 0;
        int met = 0;
        for (int i = 0; i < o.mustHave().size(); i++) {
            all += MUST_WEIGHT;
            if (sharedWords(reading.mustWords().get(i), offered).isEmpty()) {
                missingMust.add(o.mustHave().get(i));
            } else {
                met += MUST_WEIGHT;
            }
        }
        for (int i = 0; i < o.niceToHave().size(); i++) {
            all += NICE_WEIGHT;
            if (sharedWords(reading.niceWords().get(i), offered).isEmpty()) {
                missingNice.add(o.niceToHave().get(i));
            } else {
                met += NICE_WEIGHT;
            }
        }
        int points = Factor.SKILLS_REQUIREMENTS.max() * met / all;
        int metLines = o.mustHave().size() + o.niceToHave().size() - missingMust.size() - missingNice.size();
        String missing = String.join("; ", missingMust);
        return missingMust.isEmpty()
                ? new Part(Factor.SKILLS_REQUIREMENTS, points, "matching.explain.skills.mustMet",
                        List.of(metLines, o.mustHave().size() + o.niceToHave().size(), missingNice.size()))
                : new Part(Factor.SKILLS_REQUIREMENTS, points, "matching.explain.skills.mustMissing",
                        List.of(metLines, o.mustHave().size() + o.niceToHave().size(), missing));
    }

    static Part place(NeedSide need, OpportunitySide o) {
        if (need.municipality() == null) {
            // the weekly list: where a candidate lives is not recorded, only her office's county
            return same(need.county(), o.county())
                    ? new Part(Factor.PLACE, 10, "matching.explain.place.countyOnly",
                            List.of(o.municipality(), o.county()))
                    : new Part(Factor.PLACE, 0, "matching.explain.place.otherCountyOnly",
                            List.of(o.municipality(), String.valueOf(o.county())));
        }
        if (same(need.municipality(), o.municipality())) {
            return new Part(Factor.PLACE, 20, "matching.explain.place.municipality", List.of(o.municipality()));
        }
        if (same(need.county(), o.county())) {
            return new Part(Factor.PLACE, 10, "matching.explain.place.county",
                    List.of(String.valueOf(need.municipality()), o.municipality(), o.county()));
        }
        return new Part(Factor.PLACE, 0, "matching.explain.place.other",
                List.of(String.valueOf(need.municipality()), o.municipality(), String.valueOf(o.county())));
    }

    static Part hours(NeedSide need, OpportunitySide o) {
        if (need.hoursPerWeek() == null || o.hoursPerWeek() == null) {
            return new Part(Factor.HOURS, 5, "matching.explain.hours.unknown", List.of());
        }
        int difference = Math.abs(need.hoursPerWeek() - o.hoursPerWeek());
        int points = Math.max(0, Factor.HOURS.max() - difference / 2);
        return new Part(Factor.HOURS, points, "matching.explain.hours.difference",
                List.of(need.hoursPerWeek(), o.hoursPerWeek(), difference));
    }

    static Part type(NeedSide need, OpportunitySide o) {
        return type(read(need), o);
    }

    private static Part type(NeedReading need, OpportunitySide o) {
        Set<OpportunityType> wanted = need.wantedTypes();
        if (wanted.isEmpty()) {
            return new Part(Factor.TYPE, Factor.TYPE.max(), "matching.explain.type.any", List.of(o.type().name()));
        }
        return wanted.contains(o.type())
                ? new Part(Factor.TYPE, Factor.TYPE.max(), "matching.explain.type.wanted", List.of(o.type().name()))
                : new Part(Factor.TYPE, 0, "matching.explain.type.other", List.of(o.type().name()));
    }

    static Part constraints(NeedSide need, OpportunitySide o) {
        return constraints(read(need), o);
    }

    private static Part constraints(NeedReading need, OpportunitySide o) {
        Set<WorkConstraint> ruledOut = EnumSet.noneOf(WorkConstraint.class);
        ruledOut.addAll(need.ruledOut());
        ruledOut.retainAll(o.constraints());
        if (ruledOut.isEmpty()) {
            return new Part(Factor.CONSTRAINTS, Factor.CONSTRAINTS.max(), "matching.explain.constraints.none",
                    List.of());
        }
        return new Part(Factor.CONSTRAINTS, Factor.CONSTRAINTS.max() - PER_CONFLICT * ruledOut.size(),
                "matching.explain.constraints.conflict", List.copyOf(ruledOut.stream().map(Enum::name).toList()));
    }

    // ------------------------------------------------------------------ reading the need's text

    private static final Set<String> STOP_WORDS = Set.of("og", "eller", "med", "for", "som", "til", "på", "av",
            "en", "et", "ei", "det", "den", "de", "kan", "har", "ikke", "uten", "ingen", "gjerne", "litt", "mye",
            "god", "godt", "gode", "helst", "der", "fra", "om", "seg", "sin", "sitt", "alle", "andre", "mer", "også",
            "deltid", "heltid", "jobb", "arbeid", "arbeide", "oppgaver", "erfaring");

    /** The words of a text that carry meaning: lower case, 3+ characters with a letter (no bare numbers), no stop words. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        // by hand rather than split("[^\\p{L}\\p{N}]+"): a ranking reads hundreds of texts, and the regex was most of
        // its cost
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        boolean letter = false;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                start = start < 0 ? i : start;
                letter |= Character.isLetter(c);
            } else if (start >= 0) {
                String w = lower.substring(start, i);
                if (w.length() >= 3 && letter && !STOP_WORDS.contains(w)) {
                    words.add(w);
                }
                start = -1;
                letter = false;
            }
        }
        return words;
    }

    /** The words of {@code a} whose first 5 letters are those of a word of {@code b}, in a's order, once each. */
    static Set<String> sharedWords(List<String> a, List<String> b) {
        return sharedWords(a, stems(b));
    }

    private static Set<String> stems(List<String> words) {
        Set<String> stems = new HashSet<>();
        words.forEach(w -> stems.add(stem(w)));
        return stems;
    }

    private static Set<String> sharedWords(List<String> a, Set<String> stems) {
        Set<String> shared = new LinkedHashSet<>();
        for (String w : a) {
            if (stems.contains(stem(w))) {
                shared.add(w);
            }
        }
        return shared;
    }

    private static String stem(String word) {
        return word.length() <= 5 ? word : word.substring(0, 5);
    }

    /** A type and the words that name it; a need naming any of them wants that type. */
    private record TypeWords(OpportunityType type, List<String> words) {
    }

    private static final List<TypeWords> TYPE_WORDS = List.of(
            new TypeWords(OpportunityType.WORK_TRAINING, List.of("arbeidstrening")),
            new TypeWords(OpportunityType.SUMMER_JOB, List.of("sommerjobb")),
            new TypeWords(OpportunityType.APPRENTICESHIP, List.of("lærling", "læreplass", "fagbrev")),
            new TypeWords(OpportunityType.TEMPORARY, List.of("vikar", "midlertidig", "sesong")),
            new TypeWords(OpportunityType.ORDINARY, List.of("fast jobb", "fast stilling", "ordinær")));

    /** The types the need names («arbeidstrening», «sommerjobb» …), none when it names none. */
    static Set<OpportunityType> wantedTypes(String text) {
        Set<OpportunityType> types = EnumSet.noneOf(OpportunityType.class);
        String lower = text.toLowerCase(Locale.ROOT);
        for (TypeWords entry : TYPE_WORDS) {
            if (containsAny(lower, entry.words())) {
                types.add(entry.type());
            }
        }
        return types;
    }

    /**
     * A demand the need may rule out: the words its pattern needs literally ({@code cues}), so that the pattern, with
     * its backtracking over the words between «ikke» and the demand, runs only on a text that has one of them (a
     * ranking from an opportunity reads 500 needs).
     */
    private record RuleOut(WorkConstraint constraint, List<String> cues, Pattern pattern) {
    }

    private static final String NOT = "(?:uten|ikke|ingen|unngå|unngår|tåler ikke)\\s+(?:\\p{L}+\\s+){0,2}?";
    private static final List<RuleOut> RULE_OUTS = List.of(
            new RuleOut(WorkConstraint.NIGHT_WORK, List.of("natt"), Pattern.compile(NOT + "natt")),
            new RuleOut(WorkConstraint.SHIFT_WORK, List.of("skift"), Pattern.compile(NOT + "skift")),
            new RuleOut(WorkConstraint.HEAVY_LIFTING, List.of("løft"), Pattern.compile(NOT + "(?:tunge\\s+)?løft")),
            new RuleOut(WorkConstraint.LONG_STANDING, List.of("ståen"),
                    Pattern.compile(NOT + "(?:mye\\s+)?ståen")),
            new RuleOut(WorkConstraint.DRIVING, List.of("bil", "førerkort", "kjøring"),
                    Pattern.compile(NOT + "(?:bil|førerkort|kjøring)")),
            new RuleOut(WorkConstraint.MUCH_CUSTOMER_CONTACT, List.of("kundekontakt"),
                    Pattern.compile(NOT + "(?:mye\\s+)?kundekontakt|lite kundekontakt")));

    /** What the need rules out in words: «uten nattarbeid», «ikke tunge løft», «lite kundekontakt». */
    static Set<WorkConstraint> ruledOut(String text) {
        Set<WorkConstraint> set = EnumSet.noneOf(WorkConstraint.class);
        String lower = text.toLowerCase(Locale.ROOT);
        for (RuleOut entry : RULE_OUTS) {
            if (containsAny(lower, entry.cues()) && entry.pattern().matcher(lower).find()) {
                set.add(entry.constraint());
            }
        }
        return set;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    static String join(String... texts) {
        StringBuilder all = new StringBuilder();
        for (String t : texts) {
            if (t != null) {
                all.append(t).append('\n');
            }
        }
        return all.toString();
    }
}
