package loa.sms;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import loa.campaign.PhoneNumber;
import loa.campaign.SmsRequest;
import loa.harness.smsc.SmscConfig;
import loa.harness.smsc.SmscSimulator;

/** The harness's SMSC on 127.0.0.1 and a port of its choosing, and the gateway settings that reach it, quick to fail over. */
final class SmppTestSmsc implements AutoCloseable {
    static final String SYSTEM_ID = "loa";
    static final String PASSWORD = "secret";
    static final String SENDER = "MOBIFONE.AI";
    static final Duration WAIT = Duration.ofSeconds(10);
    /** Short timers, so a lost link or an unanswered submit is over within a second or so. */
    static final String QUICK = "response-timeout=1s&rebind-min=50ms&rebind-max=400ms&retry-backoff=20ms&link-wait=5s";

    final SmscSimulator smsc;
    private final AtomicInteger numbers = new AtomicInteger();

    private SmppTestSmsc(SmscSimulator smsc) {
        this.smsc = smsc;
    }

    static SmppTestSmsc start() throws IOException {
        SmppTestSmsc test = new SmppTestSmsc(new SmscSimulator(SmscConfig.accepting(SYSTEM_ID, PASSWORD)
                .withReceiptDelay(Duration.ofMillis(20))));
        test.smsc.start();
        return test;
    }

    /** Settings for this SMSC with the quick timers and {@code options} ({@code window=3&tries=2}) on top. */
    SmscSettings settings(String options) {
        return settings(PASSWORD, options);
    }

    SmscSettings settings(String password, String options) {
        return SmscSettings.parse("test", "smpp://" + SYSTEM_ID + ":" + password + "@" + smsc.host() + ":" + smsc.port()
                + "?" + QUICK + (options.isEmpty() ? "" : "&" + options));
    }

    /** An SMS to a number of its own, so the simulator's log per destination is this SMS's log. */
    SmsRequest sms(String text) {
        int n = numbers.incrementAndGet();
        return new SmsRequest("sms-" + n, PhoneNumber.parse("0912" + String.format("%06d", n)), SENDER, text);
    }

    @Override
    public void close() {
        smsc.stop();
    }
}
