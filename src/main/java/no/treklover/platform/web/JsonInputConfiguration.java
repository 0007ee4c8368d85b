package no.treklover.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

@Configuration(proxyBeanMethods = false)
class JsonInputConfiguration {

    /** PostgreSQL cannot store NUL in text; refuse it at the door so it becomes a 400, not a 500. */
    @Bean
    JsonMapperBuilderCustomizer rejectNulCharacters() {
        SimpleModule module = new SimpleModule("treklover-text");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                String value = super.deserialize(parser, context);
                if (value != null && value.indexOf('\u0000') >= 0) {
                    return (String) context.handleWeirdStringValue(String.class, value, "contains NUL");
                }
                return value;
            }
        });
        return builder -> builder.addModule(module);
    }
}
