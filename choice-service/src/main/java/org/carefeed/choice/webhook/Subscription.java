package org.carefeed.choice.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A subscriber's webhook: where to deliver, what to deliver, and whether to. Its signing secret must be
 * kept, since every delivery is signed with it: sealed by {@link SecretSeal} when a key is configured;
 * its management token only as a SHA-256 hash, since it is only ever compared.
 *
 * @param status               {@value #PENDING} until an administrator approves it, then
 *                             {@value #ACTIVE}; {@value #PAUSED} by an administrator or after failing
 *                             for long enough; {@value #REJECTED} for good
 * @param consecutiveFailures  failed attempts since its last successful one
 * @param failingSince         the first of those failures; null while none
 * @param statusReason         why it is paused or rejected, or null
 */
@Document(Subscription.COLLECTION)
// The subscriptions an event is matched against, and the administrator's lists by status.
@CompoundIndex(name = "by_status", def = "{'status': 1, 'createdAt': 1}")
record Subscription(
        @Id String id,
        String url,
        Filters filters,
        String description,
        String status,
        String statusReason,
        String secret,
        String managementTokenHash,
        int consecutiveFailures,
        Instant failingSince,
        Instant createdAt,
        Instant statusChangedAt) {

    static final String COLLECTION = "webhook_subscriptions";

    static final String PENDING = "pending";
    static final String ACTIVE = "active";
    static final String PAUSED = "paused";
    static final String REJECTED = "rejected";

    static final String STATUS = "status";
    static final String STATUS_REASON = "statusReason";
    static final String STATUS_CHANGED_AT = "statusChangedAt";
    static final String CONSECUTIVE_FAILURES = "consecutiveFailures";
    static final String FAILING_SINCE = "failingSince";
    static final String CREATED_AT = "createdAt";

    /**
     * What a subscription wants. Each list left empty means any; the provider lists together say which
     * providers (any of them will do: its code, its organisation's code or its type), the kinds which events.
     */
    record Filters(List<String> providerCodes, List<String> organisationCodes, List<String> providerTypes,
            List<String> eventKinds) {

        Filters {
            providerCodes = providerCodes == null ? List.of() : List.copyOf(providerCodes);
            organisationCodes = organisationCodes == null ? List.of() : List.copyOf(organisationCodes);
            providerTypes = providerTypes == null ? List.of() : List.copyOf(providerTypes);
            eventKinds = eventKinds == null ? List.of() : List.copyOf(eventKinds);
        }

        boolean matches(WebhookEvent event) {
            if (!eventKinds.isEmpty() && !eventKinds.contains(event.kind())) {
                return false;
            }
            if (providerCodes.isEmpty() && organisationCodes.isEmpty() && providerTypes.isEmpty()) {
                return true;
            }
            return providerCodes.contains(event.providerId())
                    || organisationCodes.contains(event.providerId())
                    || (event.organisationCode() != null && organisationCodes.contains(event.organisationCode()))
                    || (event.providerType() != null && providerTypes.contains(event.providerType()));
        }
    }

    /** Whether it has failed often enough, for long enough, to be paused. */
    boolean failingTooLong(WebhookProperties properties, Instant now) {
        return consecutiveFailures >= properties.pauseAfterFailures() && failingSince != null
                && !Duration.between(failingSince, now).minus(properties.pauseAfterFailingFor()).isNegative();
    }
}
