package org.carefeed.choice.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UkPostcodeTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "SW1A 1AA|SW1A 1AA",
            "sw1a1aa|SW1A 1AA",
            " SW1A  1AA |SW1A 1AA",
            "Sw1A 1aA|SW1A 1AA",
            "\tSW1A\t1AA\t|SW1A 1AA",
            "SW1A\u00A01AA|SW1A 1AA"})
    void normalisesCaseAndSpacing(String text, String unit) {
        assertThat(UkPostcode.parse(text)).map(UkPostcode::unit).contains(unit);
    }

    @ParameterizedTest(name = "{0}: district {1}, sector {2}")
    @CsvSource({
            // A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA
            "m1 1ae,   M1 1AE,   M1,   M1 1",
            "B33 8TH,  B33 8TH,  B33,  B33 8",
            "W1A 0AX,  W1A 0AX,  W1A,  W1A 0",
            "BB9 5NP,  BB9 5NP,  BB9,  BB9 5",
            "CR2 6XH,  CR2 6XH,  CR2,  CR2 6",
            "DN55 1PT, DN55 1PT, DN55, DN55 1",
            "EC1A 1BB, EC1A 1BB, EC1A, EC1A 1",
            "SW1A 1AA, SW1A 1AA, SW1A, SW1A 1",
            "GIR 0AA,  GIR 0AA,  GIR,  GIR 0",
            "gir0aa,   GIR 0AA,  GIR,  GIR 0"})
    void readsEveryShapeOfFullPostcode(String text, String unit, String district, String sector) {
        UkPostcode postcode = UkPostcode.parse(text).orElseThrow();

        assertThat(postcode.isFull()).isTrue();
        assertThat(postcode.unit()).isEqualTo(unit);
        assertThat(postcode.district()).isEqualTo(district);
        assertThat(postcode.sector()).isEqualTo(sector);
        assertThat(postcode).hasToString(unit);
    }

    @Test
    void withoutTheSpaceTheInwardCodeIsTheLastThreeCharacters() {
        // "M11AE" could be read as district M11; only M1 + 1AE leaves a well-formed inward code.
        assertThat(UkPostcode.parse("M11AE")).map(UkPostcode::unit).contains("M1 1AE");
        assertThat(UkPostcode.parse("M111AE")).map(UkPostcode::unit).contains("M11 1AE");
        assertThat(UkPostcode.parse("DN551PT")).map(UkPostcode::district).contains("DN55");
    }

    @ParameterizedTest(name = "\"{0}\" is district {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "SW1A|SW1A", "M1|M1", "BB9|BB9", "bb9|BB9", " dn55 |DN55", "EC1A|EC1A", "W1A|W1A", "GIR|GIR"})
    void anOutwardCodeAloneIsADistrictOnlyPostcode(String text, String district) {
        UkPostcode postcode = UkPostcode.parse(text).orElseThrow();

        assertThat(postcode.isFull()).isFalse();
        assertThat(postcode.district()).isEqualTo(district);
        assertThat(postcode.unit()).isNull();
        assertThat(postcode.sector()).isNull();
        assertThat(postcode).hasToString(district);
    }

    @ParameterizedTest(name = "\"{0}\" is not a postcode")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "12345", "HELLO", "SW1A 1A", "SW1A 1", "SW1A 1AAA", "SW1A1AAA", "1AA",
            "SWA 1AA", "SW 1AA", "SWXY 1AA", "SW12A 1AA", "ABC1 1AA", "SW1A AAA", "SW1A 11A", "S W1A 1AA",
            "SW1A 1 AA", "SW1A-1AA", "SW1A,1AA", "GIR 1AA", "GIR0", "M1 1AE x", "Ｍ1 1AE", "M١ 1AE"})
    void rejectsWhatIsNotWellFormed(String text) {
        assertThat(UkPostcode.parse(text)).isEmpty();
    }

    @Test
    void theSamePostcodeHoweverTypedIsEqual() {
        Optional<UkPostcode> typed = UkPostcode.parse("sw1a1aa");

        assertThat(typed).isEqualTo(UkPostcode.parse(" SW1A  1AA "));
        assertThat(typed.orElseThrow().hashCode()).isEqualTo(UkPostcode.parse("SW1A 1AA").orElseThrow().hashCode());
        assertThat(typed).isNotEqualTo(UkPostcode.parse("SW1A"));
        assertThat(UkPostcode.parse("SW1A")).isEqualTo(UkPostcode.parse("sw1a"));
    }
}
