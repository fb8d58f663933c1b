package org.carefeed.feedback.moderation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fixed list of reasons to reject or remove a review, or to report one. The code is what the API
 * takes and what the removed event carries; the label is what a person reads.
 */
public enum ModerationReason {

    ABUSIVE("abusive", "It is abusive, offensive or threatening."),
    DISCRIMINATORY("discriminatory", "It is discriminatory."),
    PERSONAL_INFORMATION("personal-information", "It names or identifies someone, or gives personal details."),
    NOT_ABOUT_CARE("not-about-care", "It is not about care at this provider."),
    FALSE_OR_MISLEADING("false-or-misleading", "It appears false or misleading."),
    SPAM("spam", "It is spam or advertising."),
    LEGAL("legal", "It could be unlawful to publish, for example defamatory."),
    OTHER("other", "Another reason, explained in the note.");

    /** The codes, for messages and the request pattern. */
    public static final String CODES = "abusive|discriminatory|personal-information|not-about-care|"
            + "false-or-misleading|spam|legal|other";
    /** The same codes, for people to read in messages. */
    public static final String CODE_LIST = "abusive, discriminatory, personal-information, not-about-care, "
            + "false-or-misleading, spam, legal or other";

    private final String code;
    private final String label;

    ModerationReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ModerationReason> fromCode(String code) {
        return Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
    }
}
