package org.carefeed.feedback.moderation;

/** Why the automatic checks want a moderator to look at a text before it is public. */
public enum ContentFlag {

    ABUSIVE_LANGUAGE("abusive-language"),
    SHOUTING("shouting");

    private final String apiName;

    ContentFlag(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
