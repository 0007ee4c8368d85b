package no.treklover.platform.web;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.NullMarked;
import org.springframework.data.domain.Page;

/**
 * A page of results in the API, with what a client needs to ask for the next one. Nothing in it is null, and the API
 * description says so ({@link NullableComponents}).
 */
@NullMarked
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
