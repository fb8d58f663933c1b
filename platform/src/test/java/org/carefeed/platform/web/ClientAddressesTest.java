package org.carefeed.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTest {

    private final ClientAddresses behindProxies = new ClientAddresses(List.of("10.0.0.0/8", "2001:db8:ffff::1"));

    private static MockHttpServletRequest from(String remote, String header, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        if (header != null) {
            request.addHeader(header, value);
        }
        return request;
    }

    @Test
    void anIpv6ClientCountsByItsNetworkSoFreshAddressesDoNotEscapeTheLimit() {
        assertThat(ClientAddresses.key("2001:db8:1:2:aaaa::1"))
                .isEqualTo(ClientAddresses.key("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
                .isNotEqualTo(ClientAddresses.key("2001:db8:1:3::1"));
        assertThat(ClientAddresses.key("192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void forwardedAddressesCountOnlyWhenATrustedProxySentThem() {
        assertThat(behindProxies.of(from("10.1.2.3", "X-Forwarded-For", "198.51.100.7, 10.9.9.9")))
                .as("the last address that is not a trusted proxy").isEqualTo("198.51.100.7");
        assertThat(behindProxies.of(from("203.0.113.5", "X-Forwarded-For", "198.51.100.7")))
                .as("anyone else could write any address there").isEqualTo("203.0.113.5");
        assertThat(behindProxies.of(from("10.1.2.3", "X-Forwarded-For", "192.0.2.1, 198.51.100.7")))
                .as("a client cannot hide behind an address it wrote itself").isEqualTo("198.51.100.7");
        assertThat(behindProxies.of(from("10.1.2.3", "Forwarded", "for=\"[2001:db8:1:2::7]:4711\";proto=https")))
                .isEqualTo(ClientAddresses.key("2001:db8:1:2::7"));
        assertThat(behindProxies.of(from("10.1.2.3", "X-Forwarded-For", "not-an-address")))
                .as("nothing usable: the proxy's own address").isEqualTo("10.1.2.3");
        assertThat(new ClientAddresses(List.of()).of(from("10.1.2.3", "X-Forwarded-For", "198.51.100.7")))
                .as("no proxy trusted by default").isEqualTo("10.1.2.3");
    }

    @Test
    void portsSeveralHeaderLinesAndTheStandardHeaderAreRead() {
        assertThat(behindProxies.of(from("10.1.2.3", "X-Forwarded-For", "203.0.113.7:51234")))
                .as("a port is not a reason to look further left").isEqualTo("203.0.113.7");
        MockHttpServletRequest twoLines = from("10.1.2.3", "X-Forwarded-For", "192.0.2.1");
        twoLines.addHeader("X-Forwarded-For", "198.51.100.7");
        assertThat(behindProxies.of(twoLines)).as("the line a proxy added counts, not the client's").isEqualTo("198.51.100.7");
        MockHttpServletRequest both = from("10.1.2.3", "Forwarded", "for=198.51.100.8");
        both.addHeader("X-Forwarded-For", "192.0.2.1");
        assertThat(behindProxies.of(both)).as("Forwarded, the standard, when the proxy sends it").isEqualTo("198.51.100.8");
        assertThat(behindProxies.of(from("10.1.2.3", "X-Forwarded-For", "192.0.2.1, dead.beef.cafe")))
                .as("never a name lookup, and never the address to its left").isEqualTo("10.1.2.3");
    }

    @Test
    void aMistypedTrustedProxyStopsStartUp() {
        assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.internal"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }
}
