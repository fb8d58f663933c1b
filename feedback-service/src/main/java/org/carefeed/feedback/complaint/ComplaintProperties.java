package org.carefeed.feedback.complaint;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code carefeed.complaints.*}.
 *
 * @param acknowledgeWithinWorkingDays the regulations' deadline for acknowledging a complaint
 * @param bankHolidays                 the exceptions to the bank holiday rules (see {@link BankHolidays})
 */
@ConfigurationProperties("carefeed.complaints")
record ComplaintProperties(
        @DefaultValue("3") int acknowledgeWithinWorkingDays,
        @DefaultValue BankHolidayExceptions bankHolidays) {

    /**
     * What the rules cannot compute, from gov.uk/bank-holidays.
     *
     * @param added        one-off days, and the days moved holidays moved to
     * @param removed      usual days a proclamation moved away
     * @param checkedUntil the last day of the period whose announced one-off days have been entered here
     */
    record BankHolidayExceptions(@DefaultValue Set<LocalDate> added, @DefaultValue Set<LocalDate> removed,
            LocalDate checkedUntil) {

        BankHolidays calendar() {
            return new BankHolidays(added, removed);
        }

        /**
         * Refuses to start within a year of the end of what has been checked, so the one-off days
         * announced for the next year are entered long before complaints fall due on them.
         */
        void requireCheckedAYearAhead(LocalDate today) {
            if (checkedUntil == null || checkedUntil.isBefore(today.plusYears(1))) {
                throw new IllegalStateException("carefeed.complaints.bank-holidays.checked-until is "
                        + (checkedUntil == null ? "not set" : checkedUntil + ", less than a year from today")
                        + ": check gov.uk/bank-holidays for one-off bank holidays, add them under "
                        + "carefeed.complaints.bank-holidays.added (and moved ones under removed), and set "
                        + "checked-until to the last day the published list covers.");
            }
        }
    }
}
