package org.carefeed.choice.ratelimit;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request comes from, for its rate limit. {@code X-Forwarded-For} is believed only from the
 * configured trusted proxies, and then read from the right: each trusted proxy appended the address it
 * was reached from, so the first address from the right that is not a trusted proxy is the client (what
 * is left of it, the client may have written itself).
 */
final class ClientAddresses {

    private final Set<String> trustedProxies;

    ClientAddresses(List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (!trustedProxies.contains(address)) {
            return address;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return address;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return address;
    }
}
