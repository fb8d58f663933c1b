package org.carefeed.choice.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** Rows as the NHS Choices opening-times files have them, and as people get them wrong. */
class OpeningPeriodTest {

    @Test
    void readsAWeeklyPeriod() {
        assertThat(OpeningPeriod.parse("Monday", "09:00-13:00", "True", "General", ""))
                .isEqualTo(new OpeningPeriod("general", DayOfWeek.MONDAY, null, LocalTime.of(9, 0), LocalTime.of(13, 0),
                        true));
    }

    @Test
    void keepsTheTypeAsFreeTextInLowerCase() {
        assertThat(OpeningPeriod.parse("Tuesday", "08:00-18:30", "True", "Reception", null).type()).isEqualTo("reception");
        assertThat(OpeningPeriod.parse("Tuesday", "08:00-18:30", "True", " Extended Hours ", null).type())
                .isEqualTo("extended hours");
    }

    @Test
    void readsAnAdditionalDateWithAnEmptyWeekDay() {
        OpeningPeriod period = OpeningPeriod.parse("", "12:00-21:00", "True", "Additional", "Apr 18 2014");

        assertThat(period.date()).isEqualTo(LocalDate.of(2014, 4, 18));
        assertThat(period.day()).isNull();
        assertThat(period.opens()).isEqualTo(LocalTime.of(12, 0));
        assertThat(period.closes()).isEqualTo(LocalTime.of(21, 0));
        assertThat(period.type()).isEqualTo("additional");
    }

    @Test
    void readsAnAdditionalDateWhoseSingleDigitDayIsPaddedWithASecondSpace() {
        assertThat(OpeningPeriod.parse("", "10:00-16:00", "True", "Additional", "May  5 2014").date())
                .isEqualTo(LocalDate.of(2014, 5, 5));
    }

    @Test
    void acceptsAWeekDayThatMatchesTheAdditionalDate() {
        OpeningPeriod period = OpeningPeriod.parse("Friday", "12:00-21:00", "True", "Additional", "Apr 18 2014");

        assertThat(period.date()).isEqualTo(LocalDate.of(2014, 4, 18));
        assertThat(period.day()).isNull();
    }

    @Test
    void readsAClosedAdditionalDateWithoutTimes() {
        assertThat(OpeningPeriod.parse("", "", "False", "Additional", "Apr 21 2014"))
                .isEqualTo(new OpeningPeriod("additional", null, LocalDate.of(2014, 4, 21), null, null, false));
    }

    @Test
    void readsAClosedWeekdayAndIgnoresAnyTimesOnIt() {
        assertThat(OpeningPeriod.parse("Sunday", "09:00-13:00", "false", "General", ""))
                .isEqualTo(new OpeningPeriod("general", DayOfWeek.SUNDAY, null, null, null, false));
    }

    @Test
    void toleratesStraySpacesASingleDigitHourAndAnyCase() {
        OpeningPeriod period = OpeningPeriod.parse(" MONDAY ", " 9:00 - 17:30 ", " TRUE ", "General", " ");

        assertThat(period.day()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(period.opens()).isEqualTo(LocalTime.of(9, 0));
        assertThat(period.closes()).isEqualTo(LocalTime.of(17, 30));
    }

    @Test
    void readsTwentyFourHundredAsTheMidnightThatEndsTheDay() {
        OpeningPeriod period = OpeningPeriod.parse("Monday", "18:00-24:00", "True", "General", "");

        assertThat(period.closes()).isEqualTo(LocalTime.MIDNIGHT);
    }

    @Test
    void keepsAnEndBeforeTheStartForAPeriodPastMidnight() {
        OpeningPeriod period = OpeningPeriod.parse("Friday", "22:00-02:00", "True", "General", "");

        assertThat(period.opens()).isEqualTo(LocalTime.of(22, 0));
        assertThat(period.closes()).isEqualTo(LocalTime.of(2, 0));
    }

    @Test
    void refusesTimesThatAreNotHoursAndMinutes() {
        assertThatThrownBy(() -> OpeningPeriod.parse("Monday", "9am-5", "True", "General", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Times \"9am-5\" is not HH:MM-HH:MM");
    }

    @Test
    void refusesATimeOfDayThatDoesNotExist() {
        assertThatThrownBy(() -> OpeningPeriod.parse("Monday", "09:00-25:00", "True", "General", ""))
                .hasMessage("Times \"09:00-25:00\" is not HH:MM-HH:MM: 25:00 is not a time of day");
        assertThatThrownBy(() -> OpeningPeriod.parse("Monday", "09:60-17:00", "True", "General", ""))
                .hasMessage("Times \"09:60-17:00\" is not HH:MM-HH:MM: 09:60 is not a time of day");
        assertThatThrownBy(() -> OpeningPeriod.parse("Monday", "24:00-06:00", "True", "General", ""))
                .hasMessage("Times \"24:00-06:00\" is not HH:MM-HH:MM: 24:00 is not a time of day");
    }

    @Test
    void refusesAnOpenRowWithoutTimes() {
        assertThatThrownBy(() -> OpeningPeriod.parse("Monday", "", "True", "General", ""))
                .hasMessage("Times is empty but IsOpen is True: give the hours as HH:MM-HH:MM, or set IsOpen to False");
    }

    @Test
    void refusesAWeekDayThatIsNotADayOfTheWeek() {
        assertThatThrownBy(() -> OpeningPeriod.parse("Mon", "09:00-17:00", "True", "General", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("WeekDay \"Mon\" is not a day of the week, Monday to Sunday");
    }

    @Test
    void refusesARowWithNeitherWeekDayNorDate() {
        assertThatThrownBy(() -> OpeningPeriod.parse("", "09:00-17:00", "True", "General", ""))
                .hasMessage("WeekDay and AdditionalOpeningDate are both empty: give one of them");
    }

    @Test
    void refusesAWeekDayThatContradictsTheDate() {
        assertThatThrownBy(() -> OpeningPeriod.parse("Monday", "12:00-21:00", "True", "Additional", "Apr 18 2014"))
                .hasMessage("WeekDay \"Monday\" does not match AdditionalOpeningDate 2014-04-18, a Friday");
    }

    @Test
    void refusesAnIsOpenThatIsNotTrueOrFalse() {
        assertThatThrownBy(() -> OpeningPeriod.parse("Monday", "09:00-17:00", "Yes", "General", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("IsOpen \"Yes\" is not True or False");
        assertThatThrownBy(() -> OpeningPeriod.parse("Monday", "09:00-17:00", "", "General", ""))
                .hasMessage("IsOpen \"\" is not True or False");
    }

    @Test
    void refusesADateInAnotherFormat() {
        assertThatThrownBy(() -> OpeningPeriod.parse("", "", "False", "Additional", "18/04/2014"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AdditionalOpeningDate \"18/04/2014\" is not a date like \"Apr 18 2014\"");
        assertThatThrownBy(() -> OpeningPeriod.parse("", "", "False", "Additional", "Feb 30 2014"))
                .hasMessage("AdditionalOpeningDate \"Feb 30 2014\" is not a date like \"Apr 18 2014\"");
    }

    @Test
    void refusesARowWithoutAType() {
        assertThatThrownBy(() -> OpeningPeriod.parse("Monday", "09:00-17:00", "True", " ", ""))
                .hasMessage("OpeningTimeType is empty: give General, Additional or another type");
    }
}
