package org.carefeed.feedback.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bson.Document;
import org.carefeed.feedback.FeedbackFixture;
import org.carefeed.feedback.directory.DirectoryFixture;
import org.carefeed.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * "Leave a review" through HTTP form posts only, as a browser without JavaScript sends them: each page's
 * form is followed with its hidden fields and the answer, to a stored review and its private link; bad
 * answers show the design system's error summary and store nothing.
 */
class LeaveAReviewPagesIT extends IntegrationTest {

    private static final String SCRIPT = "<script>alert('x')</script> Kind staff";
    private static final String MONGO_OPERATOR = "{\"$ne\":\"\"} was written on the board, and the nurse was kind.";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    String provider;

    @BeforeEach
    void providerInTheDirectory() throws Exception {
        provider = FeedbackFixture.uniqueCode();
        new DirectoryFixture(kafkaTemplate, mongo).open(provider);
    }

    @Test
    void aPatientAnswersEachQuestionChecksChangesAndSubmitsAndGetsThePrivateLink() {
        YearMonth visit = YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1);
        ReviewForm form = new ReviewForm(api());

        form.get("/review/provider?provider=" + provider).shows(200, "Which provider are you reviewing?");
        assertThat(form.page.getElementById("providerCode").attr("value")).isEqualTo(provider);
        form.answer(Map.of()).shows(200, "Which service did you use? (optional)");
        form.answer(Map.of("serviceName", "Maternity")).shows(200, "When did you visit?");
        form.answer(Map.of("visitMonthMonth", Integer.toString(visit.getMonthValue()),
                "visitMonthYear", Integer.toString(visit.getYear()))).shows(200, "How would you rate your experience?");
        assertThat(form.page.select("input[type=radio][name=rating]")).hasSize(5);
        form.answer(Map.of("rating", "4")).shows(200, "Give your review a title");
        form.answer(Map.of("title", SCRIPT)).shows(200, "Tell us about your experience");
        assertThat(form.page.select("[data-module=nhsuk-character-count][data-maxlength=5000] textarea#text")).hasSize(1);
        form.answer(Map.of("text", MONGO_OPERATOR)).shows(200, "Who are you?");
        form.answer(Map.of("authorRole", "carer")).shows(200, "What name should we show with your review? (optional)");
        form.answer(Map.of("displayName", "")).shows(200, "Can we publish your review?");
        assertThat(form.page.select("#consentToPublish-hint").text()).contains("Open Government Licence v3.0");
        form.answer(Map.of("consentToPublish", "yes")).shows(200, "Check your answers before submitting your review");

        assertThat(form.page.select(".nhsuk-summary-list__value").eachText()).contains(SCRIPT, MONGO_OPERATOR,
                "Maternity", "4 stars out of 5", "I care for the patient", "Anonymous");
        assertThat(form.response.body()).as("the script tag is shown as text, never run")
                .doesNotContain("<script>alert").contains("&lt;script&gt;alert");
        assertThat(form.page.select(".nhsuk-summary-list__actions button")).hasSize(9);

        form.press("change-title").shows(200, "Give your review a title");
        assertThat(form.page.getElementById("title").attr("value")).isEqualTo(SCRIPT);
        form.answer(Map.of("title", "Kind staff")).shows(200, "Check your answers before submitting your review");
        assertThat(countReviews()).as("nothing stored before the submit").isZero();

        form.press("submit").shows(200, "Review submitted");
        String privateLink = form.page.getElementById("private-link").attr("href");
        assertThat(privateLink).matches("http://localhost:8081/review/status/[A-Za-z0-9_-]{43}");
        assertThat(form.page.text()).contains("What happens next", "moderator", "Keep this link");

        Document stored = mongo.findOne(Query.query(Criteria.where("providerCode").is(provider)), Document.class, "reviews");
        assertThat(stored.getString("title")).isEqualTo("Kind staff");
        assertThat(stored.getString("text")).isEqualTo(MONGO_OPERATOR);
        assertThat(stored.getString("visitMonth")).isEqualTo(visit.toString());
        assertThat(stored.getString("displayName")).isEqualTo("Anonymous");
        assertThat(stored.getString("status")).isEqualTo("AWAITING_MODERATION");

        String statusPath = privateLink.substring("http://localhost:8081".length());
        form.get(statusPath).shows(200, "Your review");
        assertThat(form.page.getElementById("status").text()).isEqualTo("Awaiting moderation");
        form.press("withdraw");
        assertThat(form.response.status()).isEqualTo(302);
        form.get(statusPath).shows(200, "Your review");
        assertThat(form.page.getElementById("status").text()).isEqualTo("Withdrawn");
        assertThat(form.page.getElementById("withdraw")).as("withdrawn for good").isNull();
        form.get("/review/status/" + "A".repeat(43));
        assertThat(form.response.status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            provider    | unknown         | Which provider are you reviewing?                      | providerCode     | There is no provider with the code
            provider    | mongo-operator  | Which provider are you reviewing?                      | providerCode     | Provider must be
            provider    | empty           | Which provider are you reviewing?                      | providerCode     | Enter the ODS code
            visit-month | future          | When did you visit?                                    | visitMonth       | must not be in the future
            visit-month | not-a-month     | When did you visit?                                    | visitMonth       | must be a real month
            visit-month | empty           | When did you visit?                                    | visitMonth       | Enter the month and year
            rating      | empty           | How would you rate your experience?                    | rating           | Choose a rating
            title       | empty           | Give your review a title                               | title            | Enter a title
            title       | too-long        | Give your review a title                               | title            | Title must be 120 characters or fewer
            title       | control         | Give your review a title                               | title            | Title must not contain a control character
            your-review | empty           | Tell us about your experience                          | text             | Your review must be 20 to 5000 characters
            your-review | too-long        | Tell us about your experience                          | text             | Your review must be 20 to 5000 characters
            who-you-are | empty           | Who are you?                                           | authorRole       | Say who you are
            display-name| too-long        | What name should we show with your review? (optional)  | displayName      | Display name must be 50 characters or fewer
            consent     | empty           | Can we publish your review?                            | consentToPublish | Tick the box to agree
            """)
    void aBadAnswerShowsTheErrorSummaryAndStoresNothing(String slug, String bad, String title, String field,
            String message) {
        Map<String, String> answers = validAnswers();
        String value = switch (bad) {
            case "unknown" -> "ZZZ99";
            case "mongo-operator" -> "{\"$ne\":\"\"}";
            case "too-long" -> "x".repeat(5001);
            case "control" -> "Kind\u0007staff";
            default -> "";
        };
        switch (slug) {
            case "visit-month" -> {
                YearMonth next = YearMonth.now(ZoneId.of("Europe/London")).plusMonths(1);
                answers.put("visitMonthMonth", bad.equals("future") ? Integer.toString(next.getMonthValue())
                        : bad.equals("empty") ? "" : "13");
                answers.put("visitMonthYear", bad.equals("future") ? Integer.toString(next.getYear())
                        : bad.equals("empty") ? "" : "20x6");
            }
            case "rating", "who-you-are", "consent" -> answers.remove(field);
            default -> answers.put(field, value);
        }
        ReviewForm form = new ReviewForm(api()).post("/review/" + slug, answers).showsError(title, field, message);

        if (bad.equals("too-long")) {
            assertThat(form.page.getElementById(field).outerHtml()).as("what was typed is kept").contains("xxxxxxxxxx");
        }
        assertThat(form.page.select(".nhsuk-form-group--error")).isNotEmpty();
        assertThat(countReviews()).isZero();
    }

    @Test
    void aFutureMonthSlippedIntoTheHiddenFieldsIsAskedAgainAndNothingIsStored() {
        ReviewForm form = new ReviewForm(api()).get("/review/provider?provider=" + provider);
        Map<String, String> answers = validAnswers();
        form.post("/review/consent", answers).shows(200, "Check your answers before submitting your review");
        answers.put("visitMonth", YearMonth.now(ZoneId.of("Europe/London")).plusMonths(2).toString());
        answers.put("formToken", form.page.select("input[name=formToken]").attr("value"));

        form.post("/review/submit", answers).showsError("When did you visit?", "visitMonth", "must not be in the future");

        assertThat(countReviews()).isZero();
    }

    @Test
    void aSubmitWithoutTheFormsTokenIsRefusedWithAPageAndStoresNothing() {
        ReviewForm form = new ReviewForm(api()).post("/review/consent", validAnswers());
        String token = form.page.select("input[name=formToken]").attr("value");
        assertThat(token).isNotEmpty();

        Map<String, String> answers = validAnswers();
        form.forgetCookies().post("/review/submit", answers);
        assertThat(form.response.status()).isEqualTo(403);
        assertThat(form.page.select("h1").text()).isEqualTo("Your review was not sent");

        answers.put("formToken", token);
        form.post("/review/submit", answers);
        assertThat(form.response.status()).as("the token without the browser's cookie").isEqualTo(403);
        assertThat(countReviews()).isZero();
    }

    private Map<String, String> validAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("providerCode", provider);
        answers.put("serviceName", "Maternity");
        answers.put("visitMonth", FeedbackFixture.thisMonth());
        answers.put("rating", "3");
        answers.put("title", "Fair enough");
        answers.put("text", "A fair enough visit, all things considered.");
        answers.put("authorRole", "patient");
        answers.put("displayName", "Sam");
        answers.put("consentToPublish", "yes");
        return answers;
    }

    private long countReviews() {
        return mongo.count(Query.query(Criteria.where("providerCode").is(provider)), "reviews");
    }
}
