package org.carefeed.feedback.review;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A month written {@code YYYY-MM} that is neither in the future nor more than {@link #maxAgeMonths()}
 * months ago, in England, by the validator's clock. Other shapes are left to {@code @Pattern}.
 */
@Documented
@Constraint(validatedBy = RecentMonthValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@interface RecentMonth {

    int maxAgeMonths();

    String message() default "must be a recent month";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
