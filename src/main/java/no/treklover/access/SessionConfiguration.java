package no.treklover.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/** Sessions in PostgreSQL at the least cost: no write when nothing changed, no transaction of their own. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /**
     * Spring Session JDBC runs each read and write in a transaction of its own ({@code REQUIRES_NEW}) by default;
     * joining instead puts the session's read into the request's one transaction (platform.web's
     * {@code RequestTransactionFilter}), so a request holds one connection. Outside one, each runs in its own as
     * before. Injected by its name only, so it replaces no other transaction template.
     */
    @Bean(defaultCandidate = false)
    TransactionTemplate springSessionTransactionOperations(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        return template;
    }

    /** Around Spring Session's filter: the session a request read is kept for that request only. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionReadPerRequest() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        QuietSessionRepository.forgetRead();
                        try {
                            chain.doFilter(request, response);
                        } finally {
                            QuietSessionRepository.forgetRead();
                        }
                    }
                });
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /**
     * The repository the session filter uses skips writes that would only move the last access time. A wrapper
     * of Boot's own (a second session repository bean would switch Boot's session set-up off).
     */
    @Bean
    static BeanPostProcessor quietSessionRepository() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository sessions ? new QuietSessionRepository<>(sessions)
                        : bean;
            }
        };
    }
}
