package org.carefeed.feedback.review;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link RecentMonth} against the clock the validator is given (the service's clock). */
class RecentMonthValidator implements ConstraintValidator<RecentMonth, String> {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private int maxAgeMonths;

    @Override
    public void initialize(RecentMonth annotation) {
        maxAgeMonths = annotation.maxAgeMonths();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        YearMonth month;
        try {
            month = value == null ? null : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return true; // the month's shape is @Pattern's to report
        }
        if (month == null) {
            return true;
        }
        YearMonth thisMonth = YearMonth.now(context.getClockProvider().getClock().withZone(ENGLAND));
        String problem = month.isAfter(thisMonth) ? "must not be in the future"
                : month.isBefore(thisMonth.minusMonths(maxAgeMonths))
                        ? "must be within the last " + maxAgeMonths + " months: older visits cannot be reviewed"
                        : null;
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }
}
