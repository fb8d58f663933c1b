package org.carefeed.feedback.review;

/** Where a review is in its life. */
enum ReviewStatus {

    /** Public, and announced on the reviews topic. */
    PUBLISHED;

    /** How the status is written in the API: lower case, like the rest of the JSON. */
    String apiName() {
        return name().toLowerCase().replace('_', '-');
    }
}
