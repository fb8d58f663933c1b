package org.carefeed.choice.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carefeed.events.ProviderIds;
import org.carefeed.platform.text.PrintableText;

/**
 * A subscriber's request for a webhook. Each filter left out or empty means any.
 *
 * @param url               where to POST events: https, to a public address
 * @param providerCodes     providers' public identifiers (ODS codes and the like)
 * @param organisationCodes organisations whose own events and whose sites' events are wanted
 * @param providerTypes     types of provider, such as {@code hospital} or {@code gp-practice}
 * @param eventKinds        any of {@code review.published}, {@code review.updated}, {@code review.removed},
 *                          {@code provider.upserted}, {@code provider.closed}
 * @param description       who subscribes and why, for the administrator who approves it
 */
record RegisterWebhook(
        @NotBlank @Size(max = 2000) String url,
        @Size(max = 500) List<@NotBlank @Pattern(regexp = ProviderIds.REGEX, message = ProviderIds.MESSAGE) String> providerCodes,
        @Size(max = 500) List<@NotBlank @Pattern(regexp = ProviderIds.REGEX, message = ProviderIds.MESSAGE) String> organisationCodes,
        @Size(max = 50) List<@NotBlank @Size(max = 100) @Pattern(regexp = "[a-z]+(-[a-z]+)*",
                message = "must be a provider type such as hospital or gp-practice") String> providerTypes,
        @Size(max = 5) List<@NotBlank @Pattern(regexp = KINDS, message = KINDS_MESSAGE) String> eventKinds,
        @Size(max = 500) @PrintableText String description) {

    /** Every kind a subscription may ask for (see {@link WebhookEvent}). */
    static final String KINDS = "review\\.published|review\\.updated|review\\.removed|provider\\.upserted|provider\\.closed";
    static final String KINDS_MESSAGE = "must be one of review.published, review.updated, review.removed, "
            + "provider.upserted, provider.closed";

    Subscription.Filters filters() {
        return new Subscription.Filters(distinct(providerCodes), distinct(organisationCodes), distinct(providerTypes),
                distinct(eventKinds));
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }
}
