package loa.sms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import loa.campaign.SmsRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** For each test a fresh harness SMSC, a gateway started towards it on demand, and what the gateway reported. */
abstract class SmppGatewayFixture {
    final SmppOutcomes outcomes = new SmppOutcomes();
    SmppTestSmsc test;
    SmppSmsGateway gateway;

    @BeforeEach
    void startSmsc() throws IOException {
        test = SmppTestSmsc.start();
    }

    @AfterEach
    void stopBoth() {
        if (gateway != null) {
            gateway.stop();
        }
        test.close();
    }

    void start(SmscSettings settings) {
        gateway = new SmppSmsGateway(settings, outcomes);
        gateway.start();
    }

    /** Submits {@code count} one-segment SMS, each to a number of its own; returns their ids. */
    List<String> submitAll(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SmsRequest sms = test.sms("message " + i);
            gateway.submit(sms, outcomes);
            ids.add(sms.smsId());
        }
        return ids;
    }
}
