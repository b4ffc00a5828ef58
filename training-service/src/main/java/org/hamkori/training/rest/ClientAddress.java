package org.hamkori.training.rest;

import io.netty.util.NetUtil;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who a request comes from, for limits per client: the address that connected, or, when that is a trusted reverse
 * proxy, the nearest address in {@code X-Forwarded-For} that is not one (the proxies append what they saw, so
 * anything further left may be the client's invention). IPv6 clients count by their /64 network: one host is
 * usually given a whole /64 to pick addresses from.
 */
final class ClientAddress {

    private final List<Network> trustedProxies;

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(Network::parse).toList();
    }

    String of(String peer, String forwardedFor) {
        String client = peer;
        if (forwardedFor != null && isTrusted(peer)) {
            List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::trim)
                    .filter(hop -> !hop.isEmpty()).toList();
            for (int i = hops.size() - 1; i >= 0; i--) {
                client = hops.get(i);
                if (!isTrusted(client)) {
                    break;
                }
            }
        }
        return Optional.ofNullable(NetUtil.createByteArrayFromIpAddressString(client))
                .map(ClientAddress::countedAddress).orElse(client);
    }

    private boolean isTrusted(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        return bytes != null && trustedProxies.stream().anyMatch(network -> network.contains(bytes));
    }

    private static String countedAddress(byte[] address) {
        if (address.length == 16) {
            Arrays.fill(address, 8, 16, (byte) 0);
        }
        return NetUtil.bytesToIpAddress(address);
    }

    /** An address with a prefix length; a bare address is a network of one. Literals only: no name is looked up. */
    private record Network(byte[] address, int prefixLength) {

        static Network parse(String text) {
            String[] parts = text.trim().split("/", 2);
            byte[] address = NetUtil.createByteArrayFromIpAddressString(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("Not an IP address or CIDR block: " + text);
            }
            int prefixLength = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
            if (prefixLength < 0 || prefixLength > address.length * 8) {
                throw new IllegalArgumentException("Prefix length out of range: " + text);
            }
            return new Network(address, prefixLength);
        }

        boolean contains(byte[] candidate) {
            if (candidate.length != address.length) {
                return false;
            }
            for (int bit = 0; bit < prefixLength; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (address[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
