package org.carefeed.feedback.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A password as typed at sign-in: no control characters, and no more bytes than the password hash
 * reads (it would refuse it, which must be the client's 400, not the server's 500).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HashablePassword.Validator.class)
public @interface HashablePassword {

    String message() default "must be at most " + AcceptablePasswordValidator.MAX_BYTES
            + " bytes, without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link HashablePassword}. */
    class Validator implements ConstraintValidator<HashablePassword, String> {

        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            return password == null || (password.getBytes(StandardCharsets.UTF_8).length <= AcceptablePasswordValidator.MAX_BYTES
                    && password.codePoints().noneMatch(Character::isISOControl));
        }
    }
}
