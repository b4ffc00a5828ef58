package org.hamkori.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the service may send a request (SSRF): an endpoint is an absolute HTTPS URL without credentials, and every
 * address its host resolves to must be public; loopback, private, link-local, shared, multicast and reserved ranges
 * are refused unless configuration allows private addresses (development and tests, which may also use plain http).
 * The check is made at registration and again before each connection, on the addresses actually connected to.
 */
public final class EndpointAddresses {

    private EndpointAddresses() {
    }

    /** Why {@code url} cannot be an endpoint, or nothing when it can. */
    public static Optional<String> refusal(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.isOpaque()) {
            return Optional.of("must be an absolute URL with a host");
        }
        if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
            return Optional.of("must be an https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        return Optional.empty();
    }

    /** Why the service may not connect to these addresses of an endpoint's host, or nothing when it may. */
    public static Optional<String> refusal(List<InetAddress> addresses, boolean allowPrivate) {
        if (addresses.isEmpty()) {
            return Optional.of("the host resolves to no address");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        return addresses.stream().filter(address -> !isPublic(address)).findFirst()
                .map(address -> "the host resolves to " + address.getHostAddress()
                        + ", which is not a public address");
    }

    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return !(first == 0 // this network
                    || first == 100 && second >= 64 && second < 128 // shared address space (carrier-grade NAT)
                    || first == 192 && second == 0 && (b[2] & 0xff) == 0 // IETF protocol assignments
                    || first == 192 && second == 0 && (b[2] & 0xff) == 2 // documentation
                    || first == 198 && (second == 18 || second == 19) // benchmarking
                    || first == 198 && second == 51 && (b[2] & 0xff) == 100 // documentation
                    || first == 203 && second == 0 && (b[2] & 0xff) == 113 // documentation
                    || first >= 240); // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            boolean uniqueLocal = (first & 0xfe) == 0xfc;
            boolean documentation = first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d
                    && (b[3] & 0xff) == 0xb8;
            boolean mappedOrTranslated = isIpv4Embedded(b);
            return !(uniqueLocal || documentation || mappedOrTranslated);
        }
        return false;
    }

    /** IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::/96) addresses could reach any IPv4 host: refused. */
    private static boolean isIpv4Embedded(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b;
        return mapped || nat64;
    }
}
