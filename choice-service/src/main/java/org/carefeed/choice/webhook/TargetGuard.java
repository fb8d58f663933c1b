package org.carefeed.choice.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps webhooks from being turned against the network they are sent from (server-side request
 * forgery): a callback must be https, and every address its host resolves to must be a public one; not
 * loopback, private (RFC 1918, fc00::/7), carrier-grade NAT, link-local (169.254/16, fe80::/10, where
 * cloud metadata services answer), unspecified or multicast. Checked when a subscription is registered
 * and again before every attempt, since what a name resolves to can change.
 *
 * <p>{@code carefeed.webhooks.allow-private-targets} lets the local stack and tests use plain http and
 * loopback or private addresses; link-local, unspecified and multicast addresses stay refused even then.
 */
@Component
class TargetGuard {

    /** Resolves a host name to all its addresses; a seam for tests. */
    interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    @Autowired
    TargetGuard(WebhookProperties properties) {
        this(properties.allowPrivateTargets(), host -> List.of(InetAddress.getAllByName(host)));
    }

    TargetGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The URL, if it is one webhooks may be sent to. */
    URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
            throw new Refused("must be an https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refused("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw new Refused("must not have a fragment");
        }
        return uri;
    }

    /** Checks the URL and every address its host resolves to now. */
    URI check(String url) throws Refused {
        URI uri = parse(url);
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new Refused("names a host that cannot be resolved");
        }
        if (addresses.isEmpty()) {
            throw new Refused("names a host that cannot be resolved");
        }
        for (InetAddress address : addresses) {
            Optional<String> why = refusal(address);
            if (why.isPresent()) {
                throw new Refused("resolves to " + why.get() + " address, which webhooks are never sent to");
            }
        }
        return uri;
    }

    private Optional<String> refusal(InetAddress address) {
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local (or cloud metadata)");
        }
        if (address.isAnyLocalAddress() || firstOctet(address) == 0) {
            return Optional.of("an unspecified");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback");
        }
        if (address.isSiteLocalAddress() || uniqueLocal(address) || carrierGradeNat(address)) {
            return Optional.of("a private");
        }
        return Optional.empty();
    }

    private static int firstOctet(InetAddress address) {
        return address instanceof Inet4Address ? address.getAddress()[0] & 0xff : -1;
    }

    /** fc00::/7, IPv6's private range. */
    private static boolean uniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 100.64.0.0/10, shared address space: private in all but name. */
    private static boolean carrierGradeNat(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }

    /** Why a URL is refused, in words for the subscriber or the delivery log. */
    static class Refused extends Exception {

        Refused(String message) {
            super(message);
        }
    }
}
