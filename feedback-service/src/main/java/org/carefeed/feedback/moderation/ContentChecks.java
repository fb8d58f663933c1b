package org.carefeed.feedback.moderation;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Flags text a moderator should see before it is public: swearing and slurs, and shouting (mostly
 * capital letters). A flag only holds a review back for a person to decide; it never rejects one, so
 * the word list may err on the side of flagging ("idiot" in a fair complaint costs a moderator a look).
 */
@Component
public class ContentChecks {

    // Whole words, with the endings they take, case-insensitively: "Shitty" and "F*CKING" are caught,
    // "shiitake", "Scunthorpe" and "Dr Prickett" are not.
    private static final Pattern ABUSIVE = Pattern.compile(
            "(?iu)\\b(?:f[u*@]ck\\w*|sh[i1*]t(?:e|s|ty|ting|head)?|c[u*]nts?|bastards?|bitch\\w*|wank\\w*|twats?|"
                    + "pricks?|dickheads?|arse ?holes?|assholes?|bollocks|piss(?:ed)? off|retard\\w*|morons?|"
                    + "idiot\\w*|scum(?:bags?)?|slags?|tossers?|nonces?)\\b");
    /** Fewer letters than this cannot be shouting: "NHS A&E" is just initials. */
    private static final int MIN_LETTERS_FOR_SHOUTING = 12;
    private static final double SHOUTING_SHARE = 0.7;

    /** The flags any of the texts raises; empty when none does. */
    public Set<ContentFlag> check(String... texts) {
        Set<ContentFlag> flags = EnumSet.noneOf(ContentFlag.class);
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            if (ABUSIVE.matcher(text).find()) {
                flags.add(ContentFlag.ABUSIVE_LANGUAGE);
            }
            if (isShouting(text)) {
                flags.add(ContentFlag.SHOUTING);
            }
        }
        return flags;
    }

    static boolean isShouting(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long capitals = text.codePoints().filter(Character::isUpperCase).count();
        return letters >= MIN_LETTERS_FOR_SHOUTING && capitals >= letters * SHOUTING_SHARE;
    }
}
