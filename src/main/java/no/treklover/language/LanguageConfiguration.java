package no.treklover.language;

import no.treklover.access.AccessPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    /** Bokmål first; the candidate's own pages in the language she chose. */
    @Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(AccessPolicy policy) {
        return new LanguageLocaleResolver(policy);
    }
}
