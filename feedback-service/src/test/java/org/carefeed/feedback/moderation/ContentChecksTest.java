package org.carefeed.feedback.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentChecksTest {

    private final ContentChecks checks = new ContentChecks();

    @ParameterizedTest
    @ValueSource(strings = {"What a shitty service", "F*CKING useless", "the consultant is an idiot",
            "Total bastards", "told me to piss off"})
    void swearingAndInsultsAreFlagged(String text) {
        assertThat(checks.check(text)).containsExactly(ContentFlag.ABUSIVE_LANGUAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Scunthorpe General was fine", "Shitake mushrooms in the canteen were lovely",
            "Dr Prickett was thorough", "Assessment was quick", "Class act, the whole team"})
    void ordinaryWordsContainingThemAreNot(String text) {
        assertThat(checks.check(text)).doesNotContain(ContentFlag.ABUSIVE_LANGUAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WORST HOSPITAL EVER, NEVER GOING BACK", "THEY IGNORED ME FOR HOURS"})
    void mostlyCapitalsIsShouting(String text) {
        assertThat(checks.check(text)).contains(ContentFlag.SHOUTING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NHS", "A&E at the QEH, seen by ENT", "Very GOOD care from the ICU team"})
    void initialsAndAWordOfEmphasisAreNot(String text) {
        assertThat(checks.check(text)).doesNotContain(ContentFlag.SHOUTING);
    }
}
