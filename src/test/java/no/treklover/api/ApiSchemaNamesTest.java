package no.treklover.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API description names each schema by its class's simple name, and springdoc silently merges two classes of the
 * same simple name into one schema: the second's fields are then described by the first's, and real answers break
 * the contract (this happened with two records named {@code Question}). So no two classes reachable from the API's
 * request bodies and answers may share a simple name.
 */
class ApiSchemaNamesTest {

    @Test
    void noTwoApiTypesShareASimpleName() throws ClassNotFoundException {
        Map<String, Set<String>> classesByName = new TreeMap<>();
        for (Class<?> type : apiTypes()) {
            classesByName.computeIfAbsent(type.getSimpleName(), name -> new TreeSet<>()).add(type.getName());
        }
        Map<String, Set<String>> shared = new TreeMap<>();
        classesByName.forEach((name, classes) -> {
            if (classes.size() > 1) {
                shared.put(name, classes);
            }
        });
        assertThat(classesByName).as("the API's own types were found").hasSizeGreaterThan(50);
        assertThat(shared).as("API types whose schemas springdoc would merge").isEmpty();
    }

    /** Every class of ours that a request body or an answer of a REST controller reaches, through record components. */
    private static Set<Class<?>> apiTypes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Deque<Type> pending = new ArrayDeque<>();
        for (var candidate : scanner.findCandidateComponents("no.treklover")) {
            for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    continue;
                }
                pending.add(method.getGenericReturnType());
                for (int i = 0; i < method.getParameterCount(); i++) {
                    if (method.getParameters()[i].isAnnotationPresent(RequestBody.class)) {
                        pending.add(method.getGenericParameterTypes()[i]);
                    }
                }
            }
        }
        Set<Class<?>> found = new HashSet<>();
        while (!pending.isEmpty()) {
            Type type = pending.pop();
            if (type instanceof ParameterizedType parameterized) {
                pending.add(parameterized.getRawType());
                pending.addAll(java.util.List.of(parameterized.getActualTypeArguments()));
            } else if (type instanceof WildcardType wildcard) {
                pending.addAll(java.util.List.of(wildcard.getUpperBounds()));
            } else if (type instanceof Class<?> type0 && type0.isArray()) {
                pending.add(type0.getComponentType());
            } else if (type instanceof Class<?> own && own.getName().startsWith("no.treklover.") && !own.isEnum()
                    && found.add(own) && own.isRecord()) {
                for (RecordComponent component : own.getRecordComponents()) {
                    pending.add(component.getGenericType());
                }
            }
        }
        return found;
    }
}
