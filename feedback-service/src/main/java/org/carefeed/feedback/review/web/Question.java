package org.carefeed.feedback.review.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * The questions of the review form, in the order they are asked: each has a page of its own at
 * {@code /review/{slug}} and answers one field of {@code SubmitReviewRequest}.
 */
enum Question {
    PROVIDER("provider", "providerCode", "Which provider are you reviewing?", "Provider"),
    SERVICE("service", "serviceName", "Which service did you use? (optional)", "Service"),
    VISIT_MONTH("visit-month", "visitMonth", "When did you visit?", "Month of your visit"),
    RATING("rating", "rating", "How would you rate your experience?", "Rating"),
    TITLE("title", "title", "Give your review a title", "Title"),
    TEXT("your-review", "text", "Tell us about your experience", "Your review"),
    AUTHOR_ROLE("who-you-are", "authorRole", "Who are you?", "Who you are"),
    DISPLAY_NAME("display-name", "displayName", "What name should we show with your review? (optional)",
            "Display name"),
    CONSENT("consent", "consentToPublish", "Can we publish your review?", "Agreement to publish");

    final String slug;
    final String field;
    final String heading;
    /** What the question is called in check your answers and in messages such as "Title must be …". */
    final String label;

    Question(String slug, String field, String heading, String label) {
        this.slug = slug;
        this.field = field;
        this.heading = heading;
        this.label = label;
    }

    static Optional<Question> bySlug(String slug) {
        return Arrays.stream(values()).filter(question -> question.slug.equals(slug)).findFirst();
    }

    /** The next question, or empty after the last: then the answers are checked. */
    Optional<Question> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public String slug() {
        return slug;
    }

    public String field() {
        return field;
    }

    public String heading() {
        return heading;
    }

    public String label() {
        return label;
    }

    /** For templates: {@code question.is('RATING')}. */
    public boolean is(String name) {
        return name().equals(name);
    }
}
