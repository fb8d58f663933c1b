package org.carefeed.feedback.complaint;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code carefeed.complaints.*}.
 *
 * @param acknowledgeWithinWorkingDays the regulations' deadline for acknowledging a complaint
 * @param bankHolidays                 days that are not working days (England and Wales, from
 *                                     gov.uk/bank-holidays); add each new year's in configuration
 */
@ConfigurationProperties("carefeed.complaints")
record ComplaintProperties(
        @DefaultValue("3") int acknowledgeWithinWorkingDays,
        @DefaultValue Set<LocalDate> bankHolidays) {
}
