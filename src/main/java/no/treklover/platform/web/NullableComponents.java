package no.treklover.platform.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.AnnotationsUtils;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which JSON properties may be null, in the description: a record component of a reference type may be, unless it
 * is declared non-null — by Bean Validation ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}), by JSpecify's
 * {@code @NonNull}, or by a {@code @NullMarked} record (or its enclosing class or package) where only
 * {@code @Nullable} components may be null. Jackson writes every component, nulls included, so a generated client
 * must accept null exactly where Java allows it. Nullable nested objects are written the OpenAPI 3.0 way,
 * {@code nullable: true} with {@code allOf: [$ref]}; a component of type Object may hold any JSON value.
 */
@Component
class NullableComponents implements ModelConverter {

    private static final List<Class<? extends Annotation>> NON_NULL = List.of(NotNull.class, NotBlank.class,
            NotEmpty.class);

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema resolved = chain.next().resolve(type, context, chain);
        Class<?> raw = type.getType() == null ? null : Json.mapper().constructType(type.getType()).getRawClass();
        if (resolved == null || raw == null || !raw.isRecord()) {
            return resolved;
        }
        Schema<?> model = resolved.get$ref() == null ? resolved
                : context.getDefinedModels().get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1));
        if (model == null || model.getProperties() == null) {
            return resolved;
        }
        Map<String, Schema> properties = model.getProperties();
        for (RecordComponent component : raw.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            if (property != null && component.getType() == Object.class) {
                // an Object holds any JSON value (a field's value before and after a change), not only objects
                properties.put(component.getName(), new Schema<>().nullable(mayBeNull(raw, component) ? true : null)
                        .description(property.getDescription()));
                continue;
            }
            if (property != null && mayBeNull(raw, component) && !Boolean.TRUE.equals(property.getNullable())) {
                properties.put(component.getName(), nullable(property));
            }
        }
        return resolved;
    }

    static boolean mayBeNull(Class<?> record, RecordComponent component) {
        if (component.getType().isPrimitive()) {
            return false;
        }
        if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
            return true;
        }
        if (component.getAnnotatedType().isAnnotationPresent(NonNull.class)
                || declaredNonNull(component.getAccessor()) || declaredNonNull(field(record, component))) {
            return false;
        }
        return !nullMarked(record);
    }

    private static boolean declaredNonNull(AnnotatedElement element) {
        return element != null && NON_NULL.stream().anyMatch(element::isAnnotationPresent);
    }

    private static AnnotatedElement field(Class<?> record, RecordComponent component) {
        try {
            return record.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static boolean nullMarked(Class<?> type) {
        for (Class<?> scope = type; scope != null; scope = scope.getEnclosingClass()) {
            if (scope.isAnnotationPresent(NullMarked.class)) {
                return true;
            }
        }
        return type.getPackage() != null && type.getPackage().isAnnotationPresent(NullMarked.class);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            return new ComposedSchema().addAllOfItem(property).nullable(true);
        }
        Schema copy = AnnotationsUtils.clone(property, false);
        copy.setNullable(true);
        if (copy.getEnum() != null && !copy.getEnum().contains(null)) {
            List values = new ArrayList<>(copy.getEnum());
            values.add(null);
            copy.setEnum(values);
        }
        return copy;
    }
}
