package org.carefeed.choice.webhook;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TargetGuardTest {

    /** Names resolve as this table says; address literals resolve to themselves, with no lookup. */
    private static final Map<String, List<String>> DNS = Map.of(
            "receiver.example", List.of("93.184.215.14"),
            "metadata.google.internal", List.of("169.254.169.254"),
            "rebound.example", List.of("93.184.215.14", "10.1.2.3"),
            "inside.example", List.of("fd12:3456::1"));

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        List<String> addresses = DNS.get(host);
        if (addresses == null && !host.matches("[0-9.]+|.*:.*")) {
            throw new UnknownHostException(host);
        }
        List<InetAddress> resolved = new ArrayList<>();
        for (String address : addresses == null ? List.of(host) : addresses) {
            resolved.add(InetAddress.getByName(address));
        }
        return resolved;
    }

    private final TargetGuard production = new TargetGuard(false, TargetGuardTest::resolve);
    private final TargetGuard localStack = new TargetGuard(true, TargetGuardTest::resolve);

    @Test
    void acceptsHttpsToAPublicAddress() {
        assertThatCode(() -> production.check("https://receiver.example/hooks/carefeed?x=1")).doesNotThrowAnyException();
        assertThatCode(() -> production.check("https://93.184.215.14:8443/hook")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://127.0.0.1/hook", "https://127.9.9.9/hook", "https://[::1]/hook",
            "https://10.0.0.5/hook", "https://172.16.3.4/hook", "https://172.31.255.255/hook", "https://192.168.1.1/hook",
            "https://100.64.0.1/hook", "https://[fd00:ec2::254]/hook", "https://inside.example/hook",
            "https://169.254.169.254/latest/meta-data/", "https://metadata.google.internal/computeMetadata/v1/",
            "https://[fe80::1]/hook", "https://0.0.0.0/hook", "https://0.1.2.3/hook", "https://[::]/hook",
            "https://224.0.0.1/hook", "https://[ff02::1]/hook", "https://[::ffff:127.0.0.1]/hook",
            "https://[::ffff:169.254.169.254]/hook"})
    void refusesLoopbackPrivateLinkLocalUnspecifiedAndMulticastAddresses(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(TargetGuard.Refused.class)
                .hasMessageContaining("resolves to");
    }

    @Test
    void refusesAHostWithAnyPrivateAddressAmongItsPublicOnes() {
        assertThatThrownBy(() -> production.check("https://rebound.example/hook"))
                .isInstanceOf(TargetGuard.Refused.class).hasMessageContaining("private");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://receiver.example/hook", "ftp://receiver.example/hook", "file:///etc/passwd",
            "receiver.example/hook", "https:///hook", "https://user:pass@receiver.example/hook",
            "https://receiver.example/hook#part", "https://receiver example/hook"})
    void refusesWhatIsNotAPlainHttpsUrl(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(TargetGuard.Refused.class)
                .hasMessageNotContaining("resolves to");
    }

    @Test
    void refusesAHostThatDoesNotResolve() {
        assertThatThrownBy(() -> production.check("https://nowhere.example/hook"))
                .isInstanceOf(TargetGuard.Refused.class).hasMessageContaining("cannot be resolved");
    }

    @Test
    void theLocalAllowanceLetsHttpLoopbackAndPrivateAddressesThroughButNeverMetadataOrMulticast() {
        assertThatCode(() -> localStack.check("http://127.0.0.1:8089/hook")).doesNotThrowAnyException();
        assertThatCode(() -> localStack.check("http://192.168.1.20/hook")).doesNotThrowAnyException();
        assertThatCode(() -> localStack.check("https://[fd00::5]/hook")).doesNotThrowAnyException();
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/hook",
                "http://0.0.0.0/hook", "http://224.0.0.1/hook")) {
            assertThatThrownBy(() -> localStack.check(url)).as(url).isInstanceOf(TargetGuard.Refused.class);
        }
        assertThatThrownBy(() -> localStack.check("ftp://127.0.0.1/hook")).isInstanceOf(TargetGuard.Refused.class);
    }
}
