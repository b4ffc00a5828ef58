package org.hamkori.training.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which address a request counts against: the peer's, unless a trusted proxy forwarded it. */
class ClientAddressRulesTest {

    private final ClientAddress withoutProxies = new ClientAddress(List.of());
    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.0/8", "192.0.2.1", "fd00::/8"));

    /**
     * X-Forwarded-For is ignored when no proxy is trusted or the peer is not a trusted proxy; behind trusted proxies
     * the client is the nearest untrusted forwarded address, and a request that only passed trusted proxies counts
     * against the first of them.
     */
    @ParameterizedTest(name = "{0}: from {2} forwarded for \"{3}\" counts against {4}")
    @CsvSource(delimiter = '|', textBlock = """
            ignored, no proxy trusted | none    | 203.0.113.7 | 198.51.100.1                        | 203.0.113.7
            ignored, no proxy trusted | none    | 10.1.2.3    | 198.51.100.1                        | 10.1.2.3
            ignored, peer not trusted | trusted | 203.0.113.7 | 198.51.100.1                        | 203.0.113.7
            ignored, peer not trusted | trusted | 192.0.2.2   | 198.51.100.1                        | 192.0.2.2
            the nearest untrusted     | trusted | 10.1.2.3    | 198.51.100.1                        | 198.51.100.1
            the nearest untrusted     | trusted | 10.1.2.3    | 203.0.113.9, 198.51.100.1, 10.9.9.9 | 198.51.100.1
            the nearest untrusted     | trusted | 192.0.2.1   | ' 198.51.100.1 ,192.0.2.1'          | 198.51.100.1
            only trusted: the first   | trusted | 10.1.2.3    | 10.0.0.5, 10.0.0.6                  | 10.0.0.5
            only trusted: the first   | trusted | 10.1.2.3    | ' , '                               | 10.1.2.3
            """)
    void aRequestCountsAgainstItsClientsAddress(String rule, String proxies, String peer, String forwarded,
            String client) {
        assertEquals(client, (proxies.equals("none") ? withoutProxies : behindProxies).of(peer, forwarded));
    }

    @Test
    void anIpv6ClientCountsByItsSlash64Network() {
        assertEquals("2001:db8:1:2::", withoutProxies.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd", null));
        assertEquals(withoutProxies.of("2001:db8:1:2::1", null), withoutProxies.of("2001:db8:1:2:ffff::9", null));
        assertEquals("2001:db8:1:2::", behindProxies.of("fd12::1", "2001:db8:1:2::77"));
    }

    @Test
    void aForwardedValueThatIsNoAddressIsStillTheClientsKey() {
        assertEquals("unknown", behindProxies.of("10.1.2.3", "unknown"));
    }

    @Test
    void aTrustedProxyThatIsNoAddressOrCidrBlockIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("proxy.example")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("10.0.0.0/33")));
    }
}
