package org.carefeed.choice.directory;

import java.text.Normalizer;
import java.util.Locale;

/** Folds names so that searching ignores case and accents: "Saint-Étienne’s" finds "saint-etienne's". */
final class Names {

    private Names() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-').replace('\u2014', '-')
                .toLowerCase(Locale.ROOT);
    }
}
