package org.carefeed.feedback.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The client address that rate limits and sign-in throttling count by. Behind a proxy every request
 * comes from the proxy, so the client is read from {@code X-Forwarded-For} (or {@code Forwarded}) —
 * but only when the request came from a proxy listed in {@code carefeed.trusted-proxies}: anyone else
 * could write any address there and so never be limited. Of the forwarded addresses, the last one
 * that is not itself a trusted proxy is the client.
 */
@Component
public class ClientAddresses {

    private final List<Network> trustedProxies;

    ClientAddresses(@Value("${carefeed.trusted-proxies:}") List<String> trustedProxies) {
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
            String address = forwarded.get(i);
            if (parse(address).isPresent() && !trusted(address)) {
                return key(address);
            }
        }
        return key(remote);
    }

    private boolean trusted(String address) {
        return parse(address).map(bytes -> trustedProxies.stream().anyMatch(network -> network.contains(bytes)))
                .orElse(false);
    }

    /** The addresses a chain of proxies added, in order, client first. */
    private static List<String> forwardedFor(HttpServletRequest request) {
        String xForwardedFor = request.getHeader("X-Forwarded-For");
        if (xForwardedFor != null) {
            return List.of(xForwardedFor.split(",")).stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        }
        String forwarded = request.getHeader("Forwarded");
        if (forwarded == null) {
            return List.of();
        }
        return List.of(forwarded.split(",")).stream()
                .flatMap(element -> List.of(element.split(";")).stream())
                .map(String::strip)
                .filter(pair -> pair.regionMatches(true, 0, "for=", 0, 4))
                .map(pair -> unquote(pair.substring(4)))
                .toList();
    }

    /** {@code "[2001:db8::1]:4711"} to {@code 2001:db8::1}, {@code 192.0.2.60:80} to {@code 192.0.2.60}. */
    private static String unquote(String node) {
        String value = node.replace("\"", "");
        if (value.startsWith("[")) {
            return value.substring(1, Math.max(1, value.indexOf(']')));
        }
        int colon = value.indexOf(':');
        return colon > 0 && value.indexOf(':', colon + 1) < 0 ? value.substring(0, colon) : value;
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
        if (address == null || address.isEmpty() || !address.matches("[0-9A-Fa-f:.]+")) {
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
            return new Network(address, parts.length > 1 ? Integer.parseInt(parts[1]) : address.length * 8);
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
