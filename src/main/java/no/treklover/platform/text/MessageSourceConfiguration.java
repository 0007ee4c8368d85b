package no.treklover.platform.text;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.CollectionUtils;

/**
 * The {@code messageSource} bean, configured from {@code spring.messages} as Spring Boot would configure its own (which
 * steps aside for a bean of this name), but a {@link MemoizedMessageSource}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MessageSourceProperties.class)
class MessageSourceConfiguration {

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        if (properties.getCacheDuration() != null) {
            throw new IllegalStateException("spring.messages.cache-duration is not supported: the app's message source"
                    + " reads each bundle once and keeps its texts for as long as it runs");
        }
        if (!CollectionUtils.isEmpty(properties.getCommonMessages())) {
            throw new IllegalStateException("spring.messages.common-messages is not supported");
        }
        MemoizedMessageSource source = new MemoizedMessageSource();
        source.setBasenames(properties.getBasename().toArray(String[]::new));
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        return source;
    }
}
