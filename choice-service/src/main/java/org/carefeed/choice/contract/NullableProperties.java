package org.carefeed.choice.contract;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

/**
 * Says which properties may be null: every one whose Java type is not a primitive, since the answers are
 * records written with their nulls (a provider without a county, the last page's {@code next}). In
 * OpenAPI 3.1 that is {@code "null"} among a property's types, or, for a property that is another schema,
 * {@code anyOf} that schema or null.
 */
@Component
class NullableProperties implements PropertyCustomizer {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || isPrimitive(type.getType())) {
            return property;
        }
        if (property.get$ref() != null) {
            return new Schema<>().anyOf(List.of(new Schema<>().$ref(property.get$ref()),
                    new Schema<>().types(Set.of("null")))).description(property.getDescription());
        }
        if (property.getTypes() != null && !property.getTypes().isEmpty()) {
            property.addType("null");
        }
        return property;
    }

    private static boolean isPrimitive(Type type) {
        return type instanceof Class<?> c ? c.isPrimitive() : Json.mapper().constructType(type).isPrimitive();
    }
}
