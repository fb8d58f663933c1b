package org.carefeed.platform.json;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Request bodies mean what they say. By default Jackson takes {@code -1}, {@code "yes"} or a number
 * too large for any type as {@code true}, {@code "5"} as the number 5 and {@code 42} as the text
 * "42"; for a consent that must be given, that is no consent at all. Here a yes/no is only JSON
 * {@code true} or {@code false}, a number only a JSON number, and text only a JSON string; anything
 * else is a 400 naming the field.
 */
public final class StrictJsonInput implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // Scalars into text are not covered by the feature above.
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
