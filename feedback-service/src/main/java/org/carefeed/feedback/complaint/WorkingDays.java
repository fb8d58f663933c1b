package org.carefeed.feedback.complaint;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counts working days: Monday to Friday, less bank holidays. The complaints regulations give a
 * provider three working days to acknowledge a complaint, not counting the day it arrived.
 */
final class WorkingDays {

    private final BankHolidays bankHolidays;

    WorkingDays(BankHolidays bankHolidays) {
        this.bankHolidays = bankHolidays;
    }

    /** The date {@code days} working days after {@code start}. */
    LocalDate after(LocalDate start, int days) {
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(date);
    }
}
