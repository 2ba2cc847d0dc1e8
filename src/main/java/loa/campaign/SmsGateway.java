package loa.campaign;

/**
 * Sends one SMS to one subscriber through the operator's SMSC. Implementations are named after
 * their technology (loa.sms.SmppSmsGateway). Safe to call from several threads.
 *
 * <p>{@link #submit} returns at once (or waits, bounded, for room in the gateway's window: the
 * back-pressure is the caller's); the result comes to the {@link SmsEvents} later, on another
 * thread, exactly once per submit: all segments accepted, failed, or uncertain.
 */
public interface SmsGateway {

    /** Sends {@code sms}, split into as many segments as its text needs. */
    void submit(SmsRequest sms, SmsEvents events);

    /**
     * What the gateway has done and how its SMSC answers, for operators: name to value in words
     * and numbers ({@code link: BOUND}, {@code latency p99: 9 ms}), in the order to show them.
     */
    default java.util.Map<String, String> report() {
        return java.util.Map.of();
    }
}
