package org.carefeed.choice.webhook;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.carefeed.platform.web.Conflict;
import org.carefeed.platform.web.NotFound;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators approve webhook subscriptions, and pause, resume or reject them. Only ADMIN gets here
 * (see admin security). Resuming releases the deliveries held while paused, due at once, with a fresh
 * retry window.
 */
@RestController
@RequestMapping(path = "/api/admin/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminWebhooksController {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;

    AdminWebhooksController(Subscriptions subscriptions, Deliveries deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    /** Oldest first: the pending ones, unless another status is asked for. */
    @GetMapping
    List<WebhookView> list(
            @RequestParam(defaultValue = Subscription.PENDING) @Pattern(regexp = "pending|active|paused|rejected",
                    message = "must be pending, active, paused or rejected") String status,
            @RequestParam(defaultValue = "100") @Min(value = 1, message = "must be from 1 to 500")
            @Max(value = 500, message = "must be from 1 to 500") int limit) {
        return subscriptions.withStatus(status, limit).stream()
                .map(s -> WebhooksController.view(s, deliveries)).toList();
    }

    @GetMapping("/{id}")
    WebhookView get(@PathVariable String id) {
        return WebhooksController.view(subscriptions.find(id).orElseThrow(AdminWebhooksController::unknown), deliveries);
    }

    @PostMapping("/{id}/approve")
    WebhookView approve(@PathVariable String id) {
        return change(id, Set.of(Subscription.PENDING), Subscription.ACTIVE, null);
    }

    @PostMapping("/{id}/reject")
    WebhookView reject(@PathVariable String id) {
        WebhookView rejected = change(id, Set.of(Subscription.PENDING, Subscription.ACTIVE, Subscription.PAUSED),
                Subscription.REJECTED, "Rejected by an administrator.");
        deliveries.hold(id);
        return rejected;
    }

    @PostMapping("/{id}/pause")
    WebhookView pause(@PathVariable String id) {
        WebhookView paused = change(id, Set.of(Subscription.ACTIVE), Subscription.PAUSED, "Paused by an administrator.");
        deliveries.hold(id);
        return paused;
    }

    @PostMapping("/{id}/resume")
    WebhookView resume(@PathVariable String id) {
        change(id, Set.of(Subscription.PAUSED), Subscription.ACTIVE, null);
        deliveries.release(id);
        return WebhooksController.view(subscriptions.find(id).orElseThrow(AdminWebhooksController::unknown), deliveries);
    }

    private WebhookView change(String id, Set<String> from, String to, String reason) {
        Subscription changed = subscriptions.change(id, from, to, reason).orElseThrow(() -> {
            Subscription current = subscriptions.find(id).orElseThrow(AdminWebhooksController::unknown);
            return new Conflict("status", "The subscription is " + current.status() + "; it must be "
                    + String.join(" or ", from.stream().sorted().toList()) + " for this.");
        });
        return WebhooksController.view(changed, deliveries);
    }

    private static NotFound unknown() {
        return new NotFound("There is no webhook subscription of that id.");
    }
}
