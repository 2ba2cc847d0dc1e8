package loa.sip;

/** A peer's SIP address as the settings give it: {@code sip:host[:port]}, port 5060 when left out. */
public record SipAddress(String host, int port) {
    private static final int DEFAULT_PORT = 5060;

    /**
     * Reads {@code value}, the setting {@code name} (for the error message).
     *
     * @throws IllegalArgumentException naming the setting and what is wrong with it
     */
    public static SipAddress parse(String name, String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " is not set: give sip:host:port");
        if (value.contains(",")) {
            throw new IllegalArgumentException(name + " '" + value + "': several addresses (a pool) are not supported yet; give one");
        }
        if (!value.startsWith("sip:")) throw new IllegalArgumentException(name + " '" + value + "' is not sip:host:port");
        String rest = value.substring("sip:".length());
        int colon = rest.lastIndexOf(':');
        String host = colon < 0 ? rest : rest.substring(0, colon);
        if (host.isEmpty() || host.contains("@") || host.contains(";")) {
            throw new IllegalArgumentException(name + " '" + value + "' is not sip:host:port");
        }
        if (colon < 0) return new SipAddress(host, DEFAULT_PORT);
        try {
            int port = Integer.parseInt(rest.substring(colon + 1));
            if (port > 0 && port <= 65535) return new SipAddress(host, port);
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " '" + value + "': the port is not a number from 1 to 65535");
    }

    @Override
    public String toString() {
        return "sip:" + host + ":" + port;
    }
}
