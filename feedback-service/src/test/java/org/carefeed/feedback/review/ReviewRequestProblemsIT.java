package org.carefeed.feedback.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carefeed.testsupport.ProblemAssertions.assertProblem;

import java.util.ArrayList;
import java.util.List;

import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.testsupport.HttpApi;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A client's mistake gets a clear RFC 9457 answer with the right 4xx, never a 500 or a stack trace. */
class ReviewRequestProblemsIT extends IntegrationTest {

    private static List<String> fieldsAtFault(HttpApi.Response response) {
        List<String> fields = new ArrayList<>();
        assertThat(response.json().has("errors")).as(response.body()).isTrue();
        for (JsonNode error : response.json().get("errors")) {
            fields.add(error.get("field").asString());
            assertThat(error.get("message").asString()).isNotBlank();
        }
        return fields;
    }


    @Test
    void listsEveryFieldAtFault() {
        HttpApi.Response response = api().postJson("/api/reviews", """
                {"providerCode": "rj-731", "rating": 6, "title": "   "}
                """);

        assertProblem(response, 400);
        assertThat(fieldsAtFault(response)).containsExactlyInAnyOrder("providerCode", "rating", "text", "title",
                "visitMonth", "authorRole", "consentToPublish");
    }

    @Test
    void textOfOnlyUnicodeSpacesIsBlank() {
        HttpApi.Response response = api().postJson("/api/reviews",
                FeedbackFixture.review("RJ731", 3, "\u2003\u2002", "\u3000 \\t"));

        assertProblem(response, 400);
        assertThat(fieldsAtFault(response)).as(response.body()).containsExactly("text", "title");
    }

    @Test
    void rejectsTooLongText() {
        HttpApi.Response tooLong = api().postJson("/api/reviews",
                FeedbackFixture.review("RJ731", 3, "Fine", "a".repeat(Review.MAX_TEXT_LENGTH + 1)));
        HttpApi.Response tooShort = api().postJson("/api/reviews",
                FeedbackFixture.review("RJ731", 3, "Fine", "Too short to help."));

        assertProblem(tooShort, 400);
        assertThat(fieldsAtFault(tooShort)).containsExactly("text");
        HttpApi.Response response = tooLong;

        assertProblem(response, 400);
        assertThat(fieldsAtFault(response)).containsExactly("text");
    }

    @Test
    void namesAFieldOfTheWrongType() {
        HttpApi.Response words = api().postJson("/api/reviews", """
                {"providerCode": "RJ731", "rating": "four", "title": "t", "text": "t"}
                """);
        HttpApi.Response fraction = api().postJson("/api/reviews", """
                {"providerCode": "RJ731", "rating": 4.5, "title": "t", "text": "t"}
                """);

        assertProblem(words, 400);
        assertThat(fieldsAtFault(words)).containsExactly("rating");
        assertProblem(fraction, 400);
        assertThat(fieldsAtFault(fraction)).containsExactly("rating");
    }

    @Test
    void consentAndEveryYesOrNoIsOnlyJsonTrueOrFalse() {
        String consenting = FeedbackFixture.review("RJ731", 4, "Kind staff", "The staff were kind and explained everything.");
        for (String notConsent : List.of("-1", "1", "10000000000000000000000000000", "\"true\"", "\"yes\"", "1.0")) {
            HttpApi.Response response = api().postJson("/api/reviews",
                    consenting.replace("\"consentToPublish\": true", "\"consentToPublish\": " + notConsent));
            assertProblem(response, 400);
            assertThat(fieldsAtFault(response)).as(notConsent).containsExactly("consentToPublish");
        }
    }

    @Test
    void textIsOnlyAJsonStringAndANumberOnlyAJsonNumber() {
        String review = FeedbackFixture.review("RJ731", 4, "Kind staff", "The staff were kind and explained everything.");
        HttpApi.Response numberAsTitle = api().postJson("/api/reviews", review.replace("\"title\": \"Kind staff\"", "\"title\": 42"));
        HttpApi.Response yesAsTitle = api().postJson("/api/reviews", review.replace("\"title\": \"Kind staff\"", "\"title\": true"));
        HttpApi.Response ratingAsText = api().postJson("/api/reviews", review.replace("\"rating\": 4", "\"rating\": \"4\""));

        assertProblem(numberAsTitle, 400);
        assertThat(fieldsAtFault(numberAsTitle)).containsExactly("title");
        assertProblem(yesAsTitle, 400);
        assertThat(fieldsAtFault(yesAsTitle)).containsExactly("title");
        assertProblem(ratingAsText, 400);
        assertThat(fieldsAtFault(ratingAsText)).containsExactly("rating");
    }

    @Test
    void mongoOperatorsWhereTextIsExpectedAreRejected() {
        HttpApi.Response inCode = api().postJson("/api/reviews",
                FeedbackFixture.review("RJ731", 3, "Fine", "A fair enough visit overall.")
                        .replace("\"providerCode\": \"RJ731\"", "\"providerCode\": {\"$ne\": \"\"}"));
        HttpApi.Response inTitle = api().postJson("/api/reviews",
                FeedbackFixture.review("RJ731", 3, "Fine", "A fair enough visit overall.")
                        .replace("\"title\": \"Fine\"", "\"title\": {\"$gt\": \"\"}"));

        assertProblem(inCode, 400);
        assertThat(fieldsAtFault(inCode)).containsExactly("providerCode");
        assertProblem(inTitle, 400);
        assertThat(fieldsAtFault(inTitle)).containsExactly("title");
    }

    @Test
    void rejectsMalformedJson() {
        assertProblem(api().postJson("/api/reviews", "{\"providerCode\": \"RJ731\", "), 400);
        assertProblem(api().postJson("/api/reviews", ""), 400);
    }

    @Test
    void rejectsAnotherContentType() {
        assertProblem(api().post("/api/reviews", "text/plain", "rating=5"), 415);
        assertProblem(api().post("/api/reviews", "application/x-www-form-urlencoded", "rating=5"), 415);
    }

    @Test
    void rejectsABodyOverTheLimitWhetherDeclaredOrChunked() {
        String huge = """
                {"providerCode": "RJ731", "rating": 3, "title": "Fine", "text": "%s"}
                """.formatted("a".repeat(70_000));

        assertProblem(api().postJson("/api/reviews", huge), 413);
        assertProblem(api().postChunked("/api/reviews", "application/json", huge), 413);
    }

    @Test
    void unknownPathAndWrongMethodAreProblemsToo() {
        assertProblem(api().get("/api/nothing-here"), 404);
        assertProblem(api().post("/api/reviews/123", "application/json", "{}"), 405);
    }
}
