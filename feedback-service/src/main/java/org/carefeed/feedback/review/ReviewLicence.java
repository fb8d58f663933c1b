package org.carefeed.feedback.review;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The licence a published review goes out under, which an author agrees to by consenting to publication:
 * named in the terms the form shows ({@code GET /api/reviews/terms}) and in the receipt. It must be the
 * licence choice-service names on the open data ({@code carefeed.open-data.reviews-licence}).
 *
 * @param url where the licence's text is
 */
@ConfigurationProperties("carefeed.reviews.licence")
public record ReviewLicence(String name, String url) {

    /** What ticking "I agree" means, in words a patient can read. */
    public String consent() {
        return "I agree that my review, once a moderator has checked it and taken out any personal details, is "
                + "published with my display name (or Anonymous) and may be reused by anyone under the " + name
                + " (" + url + "). I can withdraw it at any time with my private link, and it is then taken "
                + "down everywhere Carefeed publishes it.";
    }
}
