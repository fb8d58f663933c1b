package org.carefeed.feedback.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/** The client address that limits and sign-in throttling count by. */
public final class ClientAddresses {

    private ClientAddresses() {
    }

    /**
     * The address counted: an IPv4 address as it is, an IPv6 address by its /64 network, since one
     * subscriber typically has a whole /64 and could otherwise take a fresh address per request.
     */
    public static String key(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            // A literal address, so no name lookup happens.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
