package org.carefeed.choice.webhook;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.carefeed.choice.contract.Tags;
import org.carefeed.platform.web.InvalidRequest;
import org.carefeed.platform.web.NotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subscribers register a webhook, then read its status and delivery log, or delete it, with the
 * management token they were given. A wrong token answers as an unknown subscription does, so ids
 * cannot be probed.
 */
@RestController
@RequestMapping(path = "/api/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = Tags.WEBHOOKS, description = "Signed pushes of public events to a subscriber's URL")
class WebhooksController {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final TargetGuard guard;

    WebhooksController(Subscriptions subscriptions, Deliveries deliveries, TargetGuard guard) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.guard = guard;
    }

    /** Pending until an administrator approves it; nothing is delivered before. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "registerWebhook", summary = "Register a webhook",
            description = "A callback URL (https, public address) and filters (providers, organisations, provider "
                    + "types, event kinds; empty means any). Answers 201 with the subscription, its signing secret "
                    + "and its management token, each shown this once. Nothing is delivered until an "
                    + "administrator approves it. Deliveries are signed POSTs: see the README's Webhooks section.")
    @ApiResponse(responseCode = "201", description = "Registered, pending approval.")
    ResponseEntity<WebhookView.Registered> register(@Valid @RequestBody RegisterWebhook request) {
        try {
            guard.check(request.url());
        } catch (TargetGuard.Refused refused) {
            throw InvalidRequest.field("url", refused.getMessage());
        }
        Subscriptions.Registered registered = subscriptions.register(request.url(), request.filters(),
                request.description());
        Subscription s = registered.subscription();
        return ResponseEntity.created(URI.create("/api/webhooks/" + s.id())).body(new WebhookView.Registered(
                s.id(), s.status(), s.url(), s.filters(), registered.secret(), registered.managementToken()));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getWebhook", summary = "A webhook's status",
            description = "Its status, filters, failures and backlog, for its management token "
                    + "(`Authorization: Bearer whm_...`); a wrong token answers 404, as an unknown id does.")
    @ApiResponse(responseCode = "200", description = "The subscription.")
    @ApiResponse(responseCode = "404", ref = Tags.NOT_FOUND)
    WebhookView status(@Parameter(description = "The subscription's id, as registration gave it.",
            example = "9b2f6c1e-4d8a-4f7e-9c3b-2a1d5e6f7a80") @PathVariable String id,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return view(managed(id, authorization), deliveries);
    }

    /** The latest attempts, newest first. */
    @GetMapping("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A webhook's delivery log",
            description = "The latest attempts, newest first: when, the receiver's status code or the error, how "
                    + "long it took, and the next attempt; for its management token.")
    @ApiResponse(responseCode = "200", description = "The attempts.")
    @ApiResponse(responseCode = "404", ref = Tags.NOT_FOUND)
    WebhookView.Log deliveries(@Parameter(description = "The subscription's id, as registration gave it.",
            example = "9b2f6c1e-4d8a-4f7e-9c3b-2a1d5e6f7a80") @PathVariable String id,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @Parameter(description = "Attempts to list, 1 to 200.", example = "50")
            @RequestParam(defaultValue = "50") @Min(value = 1, message = "must be from 1 to 200")
            @Max(value = 200, message = "must be from 1 to 200") int limit) {
        Subscription subscription = managed(id, authorization);
        return new WebhookView.Log(deliveries.logOf(subscription.id(), limit).stream()
                .map(WebhookView.AttemptView::of).toList());
    }

    /** Stops every delivery, and forgets the subscription with its log. */
    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook",
            description = "Stops every delivery and forgets the subscription with its log; for its management token.")
    @ApiResponse(responseCode = "204", description = "Deleted.")
    @ApiResponse(responseCode = "404", ref = Tags.NOT_FOUND)
    ResponseEntity<Void> delete(@Parameter(description = "The subscription's id, as registration gave it.",
            example = "9b2f6c1e-4d8a-4f7e-9c3b-2a1d5e6f7a80") @PathVariable String id,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        Subscription subscription = managed(id, authorization);
        subscriptions.delete(subscription.id());
        deliveries.forget(subscription.id());
        return ResponseEntity.noContent().build();
    }

    static WebhookView view(Subscription s, Deliveries deliveries) {
        return WebhookView.of(s, new WebhookView.Backlog(deliveries.count(s.id(), Delivery.PENDING),
                deliveries.count(s.id(), Delivery.HELD), deliveries.count(s.id(), Delivery.FAILED)));
    }

    private Subscription managed(String id, String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "Send the management token you were given at registration: Authorization: Bearer <token>.");
            ErrorResponseException unauthorised = new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
            unauthorised.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"carefeed-webhooks\"");
            throw unauthorised;
        }
        return subscriptions.findManaged(id, authorization.substring(7).trim())
                .orElseThrow(() -> new NotFound("There is no webhook subscription of that id and token."));
    }
}
