package loa.harness.rtp;

/**
 * What two ends agreed to send (RFC 3264 offer/answer): one G.711 codec on its payload type, and
 * RFC 4733 telephone-event on its payload type, or {@link #NO_EVENTS} when the peer has none.
 */
public record MediaFormat(G711 codec, int audioPayloadType, int eventPayloadType) {

    public static final int NO_EVENTS = -1;

    /** The codec on its static payload type, with telephone-event on the default payload type. */
    public static MediaFormat of(G711 codec) {
        return new MediaFormat(codec, codec.payloadType(), TelephoneEvent.DEFAULT_PAYLOAD_TYPE);
    }

    public boolean hasEvents() {
        return eventPayloadType != NO_EVENTS;
    }
}
