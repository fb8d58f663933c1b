package org.carefeed.platform.text;

import java.util.OptionalInt;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Says which character is at fault and where, so the writer can find it. */
public class PrintableTextValidator implements ConstraintValidator<PrintableText, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        OptionalInt fault = PrintableTexts.firstFault(value);
        if (fault.isEmpty()) {
            return true;
        }
        int index = fault.getAsInt();
        context.disableDefaultConstraintViolation();
        // Only digits and hex go into the template, never the submitted text, so nothing is interpolated.
        context.buildConstraintViolationWithTemplate(PrintableTexts.describe(value, index)).addConstraintViolation();
        return false;
    }
}
