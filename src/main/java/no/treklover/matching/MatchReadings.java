package no.treklover.matching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Each side's text as {@link MatchScoring} reads it (words, stems, the types it names, what it rules out), kept per
 * need and per opportunity at the version it was read, so a ranking re-reads only the few of its 500 candidates that
 * changed. Bounded: at most {@link #SIZE} of each side, and none kept longer than {@link #KEPT} (a need's text is the
 * candidate's, and goes from memory as it goes from the board).
 *
 * <p>A kept reading is served only when both the version and the text it was read from are those just fetched: an
 * edit bumps the version, and the candidate's anonymisation rewrites the need's text in a trigger without bumping it,
 * so the text is compared as well (a string comparison, far cheaper than reading it again).
 */
@Component
class MatchReadings {

    /** How many readings of each side are kept: the national volume of open needs and of open opportunities. */
    static final int SIZE = 20_000;
    static final Duration KEPT = Duration.ofHours(1);

    private record Kept<S, R>(long version, S side, R reading) {
    }

    private final Cache<Long, Kept<MatchScoring.NeedSide, MatchScoring.NeedReading>> needs = cache();
    private final Cache<Long, Kept<MatchScoring.OpportunitySide, MatchScoring.OpportunityReading>> opportunities =
            cache();

    private static <V> Cache<Long, V> cache() {
        return Caffeine.newBuilder().maximumSize(SIZE).expireAfterWrite(KEPT).build();
    }

    MatchScoring.NeedReading need(long id, long version, MatchScoring.NeedSide side) {
        return read(needs, id, version, side, MatchScoring::read);
    }

    MatchScoring.OpportunityReading opportunity(long id, long version, MatchScoring.OpportunitySide side) {
        return read(opportunities, id, version, side, MatchScoring::read);
    }

    private static <S, R> R read(Cache<Long, Kept<S, R>> cache, long id, long version, S side, Function<S, R> reader) {
        Kept<S, R> kept = cache.getIfPresent(id);
        if (kept != null && kept.version() == version && kept.side().equals(side)) {
            return kept.reading();
        }
        R reading = reader.apply(side);
        cache.put(id, new Kept<>(version, side, reading));
        return reading;
    }
}
