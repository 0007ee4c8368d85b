package no.treklover.platform.web;

import jakarta.servlet.DispatcherType;
import no.treklover.platform.database.DatabaseProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /**
     * Right after the session filter, before Spring Security: the session's and the account's reads join the
     * request's transaction, and the session is saved (when it changed) after its commit.
     */
    @Bean
    FilterRegistrationBean<RequestTransactionFilter> requestTransactionFilter(PlatformTransactionManager transactions,
            DatabaseProperties database) {
        FilterRegistrationBean<RequestTransactionFilter> registration = new FilterRegistrationBean<>(
                new RequestTransactionFilter(transactions, database.poolSize()));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
