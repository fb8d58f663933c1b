package org.carefeed.feedback.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    private final Redactor redactor = new Redactor();

    @ParameterizedTest
    @ValueSource(strings = {"943 476 5919", "9434765919", "943-476-5919", "401 023 2137"})
    void validNhsNumbersAreRemovedSpacedOrNot(String nhsNumber) {
        assertThat(redactor.redact("My NHS number is " + nhsNumber + ", please check."))
                .isEqualTo("My NHS number is [NHS number removed], please check.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"943 476 5918", "9434765910", "1234567890", "4010232138"})
    void aTenDigitNumberWithAWrongCheckDigitIsNotAnNhsNumber(String number) {
        assertThat(Redactor.isNhsNumber(number)).isFalse();
        assertThat(redactor.redact("Reference " + number + " on my letter")).contains(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sam.jones@example.com", "SAM+NHS@mail.example.co.uk", "a_b-c@sub-domain.example.org"})
    void emailAddressesAreRemoved(String email) {
        assertThat(redactor.redact("Write to " + email + " if you can.")).isEqualTo("Write to [email address removed] if you can.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "07700900123", "+44 7700 900123", "+447700900123", "020 7946 0018",
            "(0113) 496 0000", "01632 960123", "0161-496-0000", "+44 (0)20 7946 0018"})
    void ukPhoneNumbersAreRemoved(String phone) {
        assertThat(redactor.redact("Call me on " + phone + " any time.")).isEqualTo("Call me on [phone number removed] any time.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "sw1a1aa", "EC1A 1BB"})
    void fullUkPostcodesAreRemoved(String postcode) {
        assertThat(redactor.redact("I live at " + postcode + " near the park.")).isEqualTo("I live at [postcode removed] near the park.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The staff were 10/10 and I waited 4 hours in 2026.",
            "Ward RJ731, bay 12, bed 3. Seen at 14:30 on 03/11/2026.",
            "My outward code is SW1A, nothing more.",
            "I paid 123.45 for parking, ticket 12345678.",
            "Rated 5 stars by 1,200 people."})
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Email jo@example.com or ring 07700 900123, NHS no 943 476 5919, at SW1A 1AA."
                    + "|Email [email address removed] or ring [phone number removed], NHS no [NHS number removed], at [postcode removed]."})
    void everyKindIsRemovedFromOneText(String text, String expected) {
        assertThat(redactor.redact(text)).isEqualTo(expected);
    }
}
