package org.carefeed.feedback.ratelimit;

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
    void aMistypedTrustedProxyStopsStartUp() {
        assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.internal"))).isInstanceOf(IllegalArgumentException.class);
    }
}
