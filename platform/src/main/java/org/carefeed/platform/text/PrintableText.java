package org.carefeed.platform.text;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text that every format Carefeed writes can carry: no control characters but tab and line breaks, no
 * text-direction overrides, no unpaired surrogates and no Unicode non-characters. XML 1.0 (the Atom
 * feeds) cannot hold the first or the last two at all, and an override can make a review read backwards
 * elsewhere on a page. Null is valid: say {@code @NotNull} where text is required.
 */
@Documented
@Constraint(validatedBy = PrintableTextValidator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface PrintableText {

    String message() default "must not contain control characters or invalid Unicode";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
