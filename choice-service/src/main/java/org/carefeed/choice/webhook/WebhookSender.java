package org.carefeed.choice.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * Sends one signed delivery: a POST with the event as JSON, bounded in time, redirects never followed
 * (a redirect could point anywhere, past the {@link TargetGuard}), and the receiver's answer discarded
 * unread.
 */
@Component
class WebhookSender {

    static final String EVENT_ID = "Carefeed-Event-Id";
    static final String EVENT_KIND = "Carefeed-Event-Kind";
    static final String TIMESTAMP = "Carefeed-Timestamp";
    static final String SIGNATURE = "Carefeed-Signature";
    static final String SUBSCRIPTION_ID = "Carefeed-Subscription-Id";

    private final HttpClient client;
    private final Duration readTimeout;
    private final Clock clock;

    WebhookSender(WebhookProperties properties, Clock clock) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.readTimeout = properties.readTimeout();
        this.clock = clock;
    }

    /**
     * What came of an attempt.
     *
     * @param statusCode the receiver's status, or null when it gave none
     * @param error      why there is no status, or null
     */
    record Result(Integer statusCode, String error) {

        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    Result send(URI target, Delivery delivery, String secret) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Carefeed-Webhooks/1")
                .header(EVENT_ID, delivery.eventId())
                .header(EVENT_KIND, delivery.kind())
                .header(SUBSCRIPTION_ID, delivery.subscriptionId())
                .header(TIMESTAMP, String.valueOf(timestamp))
                .header(SIGNATURE, Signature.of(secret, timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // Closing unread drops the connection: a receiver cannot hold a worker by answering slowly.
            response.body().close();
            return new Result(response.statusCode(), null);
        } catch (HttpTimeoutException e) {
            return new Result(null, "timed out: " + e.getMessage());
        } catch (IOException e) {
            return new Result(null, "could not connect or send: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, "interrupted at shutdown");
        }
    }
}
