package org.carefeed.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client address that rate limits and sign-in throttling count by (the services' own copies may
 * move here; choice-service's open data limits use this one). Behind a proxy every request
 * comes from the proxy, so the client is read from {@code X-Forwarded-For} (or {@code Forwarded}) —
 * but only when the request came from a proxy listed in {@code carefeed.trusted-proxies}: anyone else
 * could write any address there and so never be limited. Going back from the nearest hop, the first
 * address that is not itself a trusted proxy is the client.
 */
public final class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final List<Network> trustedProxies;

    /** @param trustedProxies addresses or networks ({@code 10.0.0.0/8}) of the proxies to believe; may be empty */
    public ClientAddresses(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().filter(proxy -> !proxy.isBlank()).map(Network::parse).toList();
    }

    /** The counted address of the request's client: see {@link #key}. */
    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (!trusted(remote)) {
            return key(remote);
        }
        List<String> forwarded = forwardedFor(request);
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String address = withoutPort(forwarded.get(i));
            if (!trusted(address)) {
                // The first hop no trusted proxy vouches for is the client; one that is not an address
                // (unknown, obfuscated) leaves nothing better than the proxy's own.
                return parse(address).isPresent() ? key(address) : key(remote);
            }
        }
        return key(remote);
    }

    private boolean trusted(String address) {
        return parse(address).map(bytes -> trustedProxies.stream().anyMatch(network -> network.contains(bytes)))
                .orElse(false);
    }

    /**
     * The addresses a chain of proxies added, in order, client first: from {@code Forwarded} when a
     * proxy sent it (the standard), else from {@code X-Forwarded-For}; every line of the header, as a
     * proxy may add a line of its own rather than extend the last.
     */
    private static List<String> forwardedFor(HttpServletRequest request) {
        String forwarded = allLines(request, "Forwarded");
        if (forwarded != null) {
            return List.of(forwarded.split(",")).stream()
                    .flatMap(element -> List.of(element.split(";")).stream())
                    .map(String::strip)
                    .filter(pair -> pair.regionMatches(true, 0, "for=", 0, 4))
                    .map(pair -> pair.substring(4).replace("\"", ""))
                    .toList();
        }
        String xForwardedFor = allLines(request, "X-Forwarded-For");
        if (xForwardedFor == null) {
            return List.of();
        }
        return List.of(xForwardedFor.split(",")).stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    private static String allLines(HttpServletRequest request, String header) {
        List<String> lines = Collections.list(request.getHeaders(header));
        return lines.isEmpty() ? null : String.join(",", lines);
    }

    /** {@code [2001:db8::1]:4711} to {@code 2001:db8::1}, {@code 192.0.2.60:80} to {@code 192.0.2.60}. */
    private static String withoutPort(String node) {
        if (node.startsWith("[")) {
            return node.substring(1, Math.max(1, node.indexOf(']')));
        }
        int colon = node.indexOf(':');
        return colon > 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
    }

    /**
     * The address counted: an IPv4 address as it is, an IPv6 address by its /64 network, since one
     * subscriber typically has a whole /64 and could otherwise take a fresh address per request.
     */
    public static String key(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        return parse(address).filter(bytes -> bytes.length == 16)
                .map(bytes -> HexFormat.of().formatHex(bytes, 0, 8) + "::/64").orElse(address);
    }

    /** A literal IP address's bytes; never a name lookup, and nothing for anything that is not one. */
    private static Optional<byte[]> parse(String address) {
        // Only the shapes of literal addresses reach the parser: anything else (dead.beef.cafe) would be
        // looked up as a host name.
        if (address == null || !(IPV4.matcher(address).matches()
                || address.indexOf(':') >= 0 && address.matches("[0-9A-Fa-f:.]+"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address, or a network in CIDR notation such as {@code 10.0.0.0/8}. */
    private record Network(byte[] address, int prefix) {

        static Network parse(String cidr) {
            String[] parts = cidr.strip().split("/");
            byte[] address = ClientAddresses.parse(parts[0]).orElseThrow(() ->
                    new IllegalArgumentException("carefeed.trusted-proxies: not an IP address or network: " + cidr));
            int prefix = parts.length > 1 ? Integer.parseInt(parts[1]) : address.length * 8;
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("carefeed.trusted-proxies: no such network: " + cidr);
            }
            return new Network(address, prefix);
        }

        boolean contains(byte[] candidate) {
            if (candidate.length != address.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((candidate[bit / 8] & mask) != (address[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
