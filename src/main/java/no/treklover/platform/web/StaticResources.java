package no.treklover.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, served under their content hash ({@code @{/css/app.css}} becomes {@code /css/app-<md5>.css}
 * through {@code ResourceUrlEncodingFilter}, and links inside CSS are rewritten too), so a browser may keep them a
 * year. Mapped per folder of {@code classpath:/static} instead of Boot's {@code /**}
 * ({@code spring.web.resources.add-mappings: false}): the filter passes every link a page builds
 * ({@code @{/contacts/7/edit}}) to the resource handler whose pattern matches it, and under {@code /**} each link was
 * looked up in all static locations on the class path, a miss that is never cached — a third of the time of a
 * contact log page with 50 rows.
 */
@Configuration(proxyBeanMethods = false)
public class StaticResources implements WebMvcConfigurer {

    /** The folders under {@code src/main/resources/static} (and the {@code vendor} files the build copies there). */
    static final List<String> FOLDERS = List.of("css", "img", "js", "vendor");

    /** Browsers ask for this name without being told, so it cannot carry a hash: cached for a week instead. */
    static final String FAVICON = "/favicon.ico";

    /** Whether the request asks for a static file: no personal data, no session check, no transaction. */
    public static boolean isStaticFile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return FOLDERS.stream().anyMatch(folder -> path.startsWith("/" + folder + "/")) || path.equals(FAVICON);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler(FAVICON)
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .resourceChain(true);
    }
}
