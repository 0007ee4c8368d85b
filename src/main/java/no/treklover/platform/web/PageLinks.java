package no.treklover.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.treklover.identifiers.NationalId;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of another page of the list the current request shows: the same path and query parameters (filters,
 * sort, page size), with only {@code page} replaced. One definition for every paged page, so a link never forgets a
 * filter; used by {@code fragments/pagination.html}.
 *
 * <p>{@code page} comes first and the other parameters follow in the order the request had them. A parameter value
 * that looks like a national id is left out: such text must not travel in a URL (the caseload refuses that search
 * and shows all rows instead, so a link without it shows the same list). A parameter that does not decode is left
 * out too. The path is relative to the application, so Thymeleaf's {@code @{...}} adds the context path.
 */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        return to("page", page);
    }

    /** The same for a page with two paged lists: {@code parameter} names the page of the other one. */
    public String to(String parameter, int page) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        StringBuilder link = new StringBuilder(path).append('?').append(encode(parameter)).append('=')
                .append(Math.max(page, 0));
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (name == null || name.isEmpty() || name.equals(parameter) || value == null
                        || NationalId.looksLikeOne(value)) {
                    continue;
                }
                link.append('&').append(encode(name)).append('=').append(encode(value));
            }
        }
        return link.toString();
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
