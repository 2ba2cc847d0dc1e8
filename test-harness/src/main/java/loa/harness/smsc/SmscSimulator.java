package loa.harness.smsc;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.jsmpp.SynchronizedPDUSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMPP 3.4 SMSC on 127.0.0.1 for tests and the demo: binds with one system_id and password,
 * answers submit_sm with message ids, reassembles concatenated messages, sends delivery
 * receipts, and misbehaves on command ({@code smsc.throttleNext(3)}, {@code smsc.dropLink()}).
 * Every method is thread-safe. Single use: start once, stop once (stop again does nothing).
 */
public final class SmscSimulator {
    private static final Logger log = LoggerFactory.getLogger(SmscSimulator.class);

    private final SmscConfig config;
    private final SmscCounters counters = new SmscCounters();
    private final Faults faults = new Faults();
    private final Mailbox mailbox = new Mailbox();
    private final Reassembler reassembler = new Reassembler();
    private final Throughput throughput;
    private final Links links;
    private final ReceiptSender receipts;
    private final Binder binder;
    private final Acceptor acceptor;
    private boolean started;
    private boolean stopped;

    public SmscSimulator(SmscConfig config) {
        this(config, Clock.systemUTC());
    }

    /** {@code clock} stamps what is received and the dates in receipts. */
    public SmscSimulator(SmscConfig config, Clock clock) {
        this.config = config;
        throughput = new Throughput(config.throughputPerSecond(), config.throttleScope());
        links = new Links(throughput);
        receipts = new ReceiptSender(config, links, faults, counters, clock);
        SubmitHandler handler = new SubmitHandler(faults, throughput, links, mailbox, reassembler, receipts, counters, clock);
        binder = new Binder(config, counters);
        acceptor = new Acceptor(config, links, binder, handler,
                new SynchronizedPDUSender(new ResponseGate(faults, counters)));
    }

    public synchronized void start() throws IOException {
        if (started) {
            throw new IllegalStateException("the SMSC simulator was already started");
        }
        started = true;
        receipts.start();
        acceptor.start();
        log.info("SMSC simulator listening on {}:{} with {}", host(), port(), config);
    }

    /** Closes the port, every link and every thread of the simulator. */
    public synchronized void stop() {
        if (!started || stopped) {
            return;
        }
        stopped = true;
        try {
            acceptor.stop();
            links.closeAll();
            receipts.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("SMSC simulator stopped: {} submits received, responses {}", counters.submitsReceived(),
                counters.submitResponsesByStatus());
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return acceptor.port();
    }

    /** The next {@code count} submits are answered ESME_RTHROTTLED, after any faults already queued. */
    public SmscSimulator throttleNext(int count) {
        return rejectNextWith(CommandStatus.ESME_RTHROTTLED, count);
    }

    /** The next {@code count} submits are answered {@code status} (e.g. ESME_RMSGQFUL), after any already queued. */
    public SmscSimulator rejectNextWith(int status, int count) {
        faults.rejectNext(status, count);
        return this;
    }

    /** From now, submits beyond {@code perSecond} (0 = no limit) are answered ESME_RTHROTTLED. */
    public SmscSimulator limitThroughput(int perSecond, ThrottleScope scope) {
        throughput.limit(perSecond, scope);
        return this;
    }

    /** Receipts for messages to {@code destination} report {@code state} instead of DELIVRD. */
    public SmscSimulator reportFinalState(String destination, ReceiptState state) {
        receipts.finalStateFor(destination, state);
        return this;
    }

    /** Breaks every link at once with a TCP reset, no unbind: a cut cable as the ESME sees it. */
    public void dropLink() {
        log.info("SMSC simulator drops {} link(s)", links.size());
        links.dropAll();
    }

    /** Reads every PDU but answers none (enquire_link and bind included) and sends no receipts. */
    public SmscSimulator stopAnswering() {
        log.info("SMSC simulator stops answering");
        faults.answering(false);
        return this;
    }

    public SmscSimulator resumeAnswering() {
        log.info("SMSC simulator answers again");
        faults.answering(true);
        return this;
    }

    /** The whole messages that reached {@code destination}, in the order they were completed. */
    public List<ReceivedMessage> messagesTo(String destination) {
        return mailbox.messagesTo(destination);
    }

    /** Waits until {@code count} whole messages reached {@code destination} or the timeout passes; returns them. */
    public List<ReceivedMessage> awaitMessagesTo(String destination, int count, Duration timeout) throws InterruptedException {
        return mailbox.awaitMessagesTo(destination, count, timeout);
    }

    /** Every submit_sm to {@code destination}, refused and unanswered ones included, in arrival order. */
    public List<ReceivedPdu> pdusTo(String destination) {
        return mailbox.pdusTo(destination);
    }

    public List<ReceivedMessage> allMessages() {
        return mailbox.allMessages();
    }

    public Set<String> destinations() {
        return mailbox.destinations();
    }

    /** Every bind received (the last {@value Binder#MAX_BINDS_KEPT}), accepted or refused, in arrival order. */
    public List<ReceivedBind> binds() {
        return binder.received();
    }

    /** Concatenated messages still missing a segment. */
    public int incompleteMessages() {
        return reassembler.incompleteCount();
    }

    public SmscCounters counters() {
        return counters;
    }

    /** Links open now, bound or still binding. */
    public int openLinks() {
        return links.size();
    }

    /** Forgets what was received and counted and every queued fault; the links stay up. */
    public void reset() {
        mailbox.clear();
        reassembler.clear();
        binder.clear();
        counters.reset();
        faults.clear();
    }
}
