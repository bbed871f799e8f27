package de.mitwirken.platform.boundary;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The network a client address belongs to, for limits "per network": an IPv4 address by its /24, an IPv6
 * address by its /64. A /64 is what one household or one cloud machine gets (RFC 6177: providers hand out /56
 * or /48, one subnet is a /64), so a client cannot escape a limit by switching among the 2^64 addresses of its
 * own subnet; a /24 is the smallest block commonly routed and rented in IPv4. An IPv4-mapped IPv6 address counts
 * as IPv4. Only literal addresses are read (never a name lookup).
 */
public final class ClientNetwork {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[0-9A-Za-z]+)?");

    private ClientNetwork() {
    }

    /** "203.0.113.0/24" or "2001:db8:1:2::/64"; empty for what is not an IP literal. */
    public static Optional<String> of(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String a = address.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        // only the two literal forms reach InetAddress, which looks up anything else as a host name
        if (!IPV4.matcher(a).matches() && !IPV6.matcher(a).matches()) {
            return Optional.empty();
        }
        if (IPV4.matcher(a).matches()) {
            String[] parts = a.split("\\.");
            for (String part : parts) {
                if (Integer.parseInt(part) > 255) {
                    return Optional.empty();
                }
            }
            return Optional.of(Integer.parseInt(parts[0]) + "." + Integer.parseInt(parts[1]) + "."
                    + Integer.parseInt(parts[2]) + ".0/24");
        }
        int zone = a.indexOf('%');
        if (zone >= 0) {
            a = a.substring(0, zone);
        }
        byte[] bytes;
        try {
            // in brackets InetAddress takes it as an IPv6 literal and refuses a wrong one, never looks it up
            bytes = InetAddress.getByName("[" + a + "]").getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
        if (bytes.length == 4) {
            return Optional.of((bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24");
        }
        StringBuilder net = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            net.append(Integer.toHexString((bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff)).append(':');
        }
        return Optional.of(net.append(":/64").toString());
    }
}
