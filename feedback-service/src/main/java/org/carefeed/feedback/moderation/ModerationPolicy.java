package org.carefeed.feedback.moderation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code carefeed.moderation.policy}: {@code pre}, every review waits for a moderator (the default,
 * for production), or {@code auto}, a review the automatic checks do not flag is published at once
 * and a flagged one waits (the local stack, so a newcomer sees the whole flow).
 */
@ConfigurationProperties("carefeed.moderation")
public record ModerationPolicy(@DefaultValue("pre") Mode policy) {

    public enum Mode {
        PRE, AUTO
    }

    public boolean publishesUnflaggedAtOnce() {
        return policy == Mode.AUTO;
    }
}
