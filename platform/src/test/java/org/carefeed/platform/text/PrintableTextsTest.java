package org.carefeed.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTextsTest {

    @Test
    void everyLanguageEmojiTabsAndLineBreaksAreText() {
        assertThat(PrintableTexts.firstFault("Café – naïve “quoted” <b>&amp;</b>\n\tمرحبا שלום 你好 👍🏽\r\n"))
                .isEmpty();
        // Marks that set the direction of one spot, not override a run, are how mixed text is written.
        assertThat(PrintableTexts.firstFault("Ward \u200Fמחלקה\u200E 5")).isEmpty();
    }

    @Test
    void controlCharactersAreFoundWhereTheyAre() {
        assertThat(PrintableTexts.firstFault("Good\u0000")).hasValue(4);
        assertThat(PrintableTexts.firstFault("bell \u0007")).hasValue(5);
        assertThat(PrintableTexts.firstFault("del \u007F")).hasValue(4);
        assertThat(PrintableTexts.firstFault("c1 \u0085")).hasValue(3);
        assertThat(PrintableTexts.describe("Good\u0000", 4)).isEqualTo("must not contain a control character: U+0000 at character 5");
    }

    @Test
    void brokenAndNonCharactersAndOverridesAreRefused() {
        assertThat(PrintableTexts.firstFault("lone \uD83D high")).hasValue(5);
        assertThat(PrintableTexts.firstFault("lone \uDC4D low")).hasValue(5);
        assertThat(PrintableTexts.firstFault("x\uFFFE")).hasValue(1);
        assertThat(PrintableTexts.firstFault("x\uFDD0")).hasValue(1);
        assertThat(PrintableTexts.firstFault("x\uD83F\uDFFF")).as("U+1FFFF").hasValue(1);
        assertThat(PrintableTexts.firstFault("gnp\u202Eevil")).hasValue(3);
        assertThat(PrintableTexts.describe("gnp\u202Eevil", 3)).contains("text-direction override", "U+202E");
    }

    @Test
    void textIsKeptComposed() {
        assertThat(PrintableTexts.normalized("Cafe\u0301")).isEqualTo("Caf\u00E9");
        assertThat(PrintableTexts.normalized(null)).isNull();
    }
}
