package org.carefeed.feedback.review.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.carefeed.feedback.directory.ProviderDirectory;
import org.carefeed.feedback.review.SubmitReviewRequest;
import org.carefeed.platform.web.InvalidRequest;
import org.carefeed.web.PageError;
import org.carefeed.web.PageErrors;
import org.springframework.stereotype.Component;

/**
 * Checks answers with exactly what the API checks (the constraints of {@link SubmitReviewRequest}, and the
 * directory for the provider), and says what is wrong in the design system's words.
 */
@Component
class AnswerChecks {

    private final Validator validator;
    private final ProviderDirectory directory;

    AnswerChecks(Validator validator, ProviderDirectory directory) {
        this.validator = validator;
        this.directory = directory;
    }

    /** The errors of one question's answer. */
    PageErrors check(ReviewAnswers answers, Question question) {
        SubmitReviewRequest request = answers.toRequest();
        List<PageError> errors = validator.validate(request).stream()
                .filter(violation -> violation.getPropertyPath().toString().equals(question.field))
                .sorted(Comparator.comparing(ConstraintViolation::getMessage))
                .map(violation -> new PageError(question.field, inWords(question, violation.getMessage())))
                .limit(1)
                .toList();
        if (errors.isEmpty() && question == Question.PROVIDER) {
            return knownAndOpen(request.providerCode());
        }
        return new PageErrors(errors);
    }

    /** The first question whose answer is missing or wrong, if any: where the form must go back to. */
    Optional<Question> firstWrong(ReviewAnswers answers) {
        for (Question question : Question.values()) {
            if (check(answers, question).any()) {
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }

    private PageErrors knownAndOpen(String providerCode) {
        try {
            directory.requireOpen(providerCode, "providerCode");
            return PageErrors.NONE;
        } catch (InvalidRequest unknownOrClosed) {
            return PageErrors.of(new PageError(Question.PROVIDER.field, unknownOrClosed.getBody().getDetail()));
        }
    }

    /** The API's message ("must be 120 characters or fewer") as a page says it ("Title must be …"). */
    static String inWords(Question question, String message) {
        return switch (question) {
            case CONSENT -> "Tick the box to agree to your review being published on these terms";
            case VISIT_MONTH -> message.startsWith("enter") ? "Enter the month and year of your visit"
                    : message.startsWith("must be a month written")
                            ? "The month of your visit must be a real month, like 3 and 2026"
                            : "The month of your visit " + message;
            case TEXT -> message.startsWith("must be") ? "Your review " + message
                    : capitalised(message);
            default -> message.startsWith("must") ? question.label + " " + message : capitalised(message);
        };
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
    }
}
