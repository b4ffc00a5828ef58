package org.hamkori.training.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which address a request counts against: the peer's, unless a trusted proxy forwarded it. */
class ClientAddressRulesTest {

    private final ClientAddress withoutProxies = new ClientAddress(List.of());
    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.0/8", "192.0.2.1", "fd00::/8"));

    @Test
    void xForwardedForIsIgnoredWhenNoProxyIsTrusted() {
        assertEquals("203.0.113.7", withoutProxies.of("203.0.113.7", "198.51.100.1"));
        assertEquals("10.1.2.3", withoutProxies.of("10.1.2.3", "198.51.100.1"));
    }

    @Test
    void xForwardedForIsIgnoredWhenThePeerIsNotATrustedProxy() {
        assertEquals("203.0.113.7", behindProxies.of("203.0.113.7", "198.51.100.1"));
        assertEquals("192.0.2.2", behindProxies.of("192.0.2.2", "198.51.100.1"));
    }

    @Test
    void behindTrustedProxiesTheClientIsTheNearestUntrustedForwardedAddress() {
        assertEquals("198.51.100.1", behindProxies.of("10.1.2.3", "198.51.100.1"));
        assertEquals("198.51.100.1", behindProxies.of("10.1.2.3", "203.0.113.9, 198.51.100.1, 10.9.9.9"));
        assertEquals("198.51.100.1", behindProxies.of("192.0.2.1", " 198.51.100.1 ,192.0.2.1"));
    }

    @Test
    void aRequestThatOnlyPassedTrustedProxiesCountsAgainstTheFirstOfThem() {
        assertEquals("10.0.0.5", behindProxies.of("10.1.2.3", "10.0.0.5, 10.0.0.6"));
        assertEquals("10.1.2.3", behindProxies.of("10.1.2.3", " , "));
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
