package no.treklover.platform.web;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A value worked out once per HTTP request: a section bean that two parts of one page ask for (the candidate's
 * home page reads her meetings for "Dette må du gjøre nå" and for the meetings card) reads the database once.
 * Only pages that read (GET, HEAD) remember: a request that writes reads afresh. Outside a request it just
 * computes. Keys name the bean, the method and its arguments.
 */
public final class RequestMemo {

    private static final Object NULL = new Object();

    private RequestMemo() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T once(String key, Supplier<T> supplier) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (!(request instanceof ServletRequestAttributes servlet)
                || !("GET".equals(servlet.getRequest().getMethod()) || "HEAD".equals(servlet.getRequest().getMethod()))) {
            return supplier.get();
        }
        String name = RequestMemo.class.getName() + ":" + key;
        Object known = request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
        if (known != null) {
            return known == NULL ? null : (T) known;
        }
        T value = supplier.get();
        request.setAttribute(name, value == null ? NULL : value, RequestAttributes.SCOPE_REQUEST);
        return value;
    }
}
