package org.carefeed.feedback.review.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carefeed.feedback.review.SubmitReviewRequest;

/**
 * The answers given so far, as the form posts them: every page sends them all back, those of other
 * questions in hidden fields, so no session is needed and any instance can take the next page. Field
 * names are those of {@link SubmitReviewRequest}; everything is text until it is checked.
 *
 * @param consentToPublish "yes" when the box was ticked
 */
record ReviewAnswers(String providerCode, String serviceName, String visitMonth, String rating, String title,
        String text, String authorRole, String displayName, String consentToPublish) {

    /** A hidden field carrying an answer to the next page. */
    record Hidden(String name, String value) {
    }

    static ReviewAnswers forProvider(String providerCode) {
        return new ReviewAnswers(providerCode, null, null, null, null, null, null, null, null);
    }

    /** The API's request, so that the API's own constraints check the answers. */
    SubmitReviewRequest toRequest() {
        return new SubmitReviewRequest(providerCode, serviceName, ratingNumber(), title, text, visitMonth, authorRole,
                displayName, "yes".equals(consentToPublish) ? Boolean.TRUE : null);
    }

    private Integer ratingNumber() {
        try {
            return rating == null ? null : Integer.valueOf(rating.strip());
        } catch (NumberFormatException e) {
            return null; // "choose a rating"
        }
    }

    ReviewAnswers withVisitMonth(String month) {
        return new ReviewAnswers(providerCode, serviceName, month, rating, title, text, authorRole, displayName,
                consentToPublish);
    }

    Map<String, String> byField() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("providerCode", providerCode);
        fields.put("serviceName", serviceName);
        fields.put("visitMonth", visitMonth);
        fields.put("rating", rating);
        fields.put("title", title);
        fields.put("text", text);
        fields.put("authorRole", authorRole);
        fields.put("displayName", displayName);
        fields.put("consentToPublish", consentToPublish);
        return fields;
    }

    /** Every answer given, as hidden fields, but the one the page asks itself (null: all of them). */
    List<Hidden> hiddenExcept(Question asked) {
        List<Hidden> hidden = new ArrayList<>();
        byField().forEach((name, value) -> {
            if (value != null && (asked == null || !asked.field.equals(name))) {
                hidden.add(new Hidden(name, value));
            }
        });
        return hidden;
    }
}
