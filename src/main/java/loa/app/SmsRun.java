package loa.app;

import java.time.Clock;
import loa.campaign.Campaign;
import loa.campaign.SmsLedger;
import loa.sms.SmppSmsGateway;
import loa.sms.SmscSettings;
import loa.sms.SmscStats;
import loa.smsworker.LedgerReceipts;
import loa.smsworker.SmsWorker;
import loa.store.RedisStore;

/** One campaign's SMS worker with its bind to the SMSC: {@code loa run} and the end-to-end tests start it the same way. */
final class SmsRun implements AutoCloseable {
    private final SmppSmsGateway gateway;
    private final SmsWorker worker;

    private SmsRun(SmppSmsGateway gateway, SmsWorker worker) {
        this.gateway = gateway;
        this.worker = worker;
    }

    static SmsRun start(Campaign campaign, RedisStore redis, SmscSettings smsc, Clock clock) {
        SmsLedger ledger = redis.smsLedger(campaign.id());
        SmppSmsGateway gateway = new SmppSmsGateway(smsc, new LedgerReceipts(ledger));
        gateway.start();
        SmsWorker worker = new SmsWorker(campaign, redis.eventFeed(campaign.id()), ledger, gateway, clock);
        worker.start();
        return new SmsRun(gateway, worker);
    }

    SmscStats stats() {
        return gateway.stats();
    }

    /** Stops reading events, then lets the SMS in flight finish and unbinds. */
    @Override
    public void close() throws InterruptedException {
        worker.stop();
        gateway.stop();
    }
}
