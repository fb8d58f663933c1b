package org.carefeed.platform.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void keepsTextXmlCanHoldAsItIs() {
        String text = "Café – naïve “quoted” <b>&amp;</b>\tline\r\nnext 😀 \uE000\uFFFD";
        assertThat(XmlText.of(text)).isSameAs(text);
    }

    @Test
    void replacesControlsNoncharactersAndLoneSurrogates() {
        assertThat(XmlText.of("a\u0000b\u0007c\u001Fd\uFFFEe\uFFFFf"))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
        assertThat(XmlText.of("lone \uD83D high, lone \uDE00 low, pair \uD83D\uDE00"))
                .isEqualTo("lone \uFFFD high, lone \uFFFD low, pair \uD83D\uDE00");
        assertThat(XmlText.of("ends high \uD83D")).isEqualTo("ends high \uFFFD");
    }

    @Test
    void leavesNullAlone() {
        assertThat(XmlText.of(null)).isNull();
    }
}
