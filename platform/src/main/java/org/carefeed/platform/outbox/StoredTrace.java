package org.carefeed.platform.outbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The trace an outbox event was stored in, kept with the event as a W3C {@code traceparent}, so that
 * the relay, which sends it later and on another thread, sends it in that trace: the request that
 * submitted a review and the listener that applies it downstream share one trace id.
 *
 * <p>Read from OpenTelemetry's current context, where Micrometer Tracing's OpenTelemetry bridge keeps
 * the current span; this needs no bean, so events can go on being made inside the entities.
 */
final class StoredTrace {

    private static final String TRACEPARENT = "traceparent";
    private static final TextMapGetter<String> TRACEPARENT_ONLY = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String traceparent) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String traceparent, String key) {
            return TRACEPARENT.equals(key) ? traceparent : null;
        }
    };

    private StoredTrace() {
    }

    /** The current span's {@code traceparent}, or null outside any trace. */
    static String current() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Makes the stored trace current until the scope is closed: a span started meanwhile (the Kafka
     * producer's) is its child. Without one, nothing changes.
     */
    static Scope resume(String traceparent) {
        if (traceparent == null) {
            return Scope.noop();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, TRACEPARENT_ONLY)
                .makeCurrent();
    }
}
