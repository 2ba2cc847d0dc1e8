package loa.sms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import loa.campaign.SmsEvents;
import loa.campaign.SmsRequest;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.SMPPSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Sends one SMS's segments in order, each waiting for its submit_sm_resp, and reports exactly one
 * outcome. The once-only rule decides what may be sent again: a segment the SMSC refused, or
 * one that never wholly left (jSMPP throws IOException only before or while writing, never once
 * the PDU is out), may go again; a segment sent and not answered, never. An SMS of which some
 * segments were accepted is uncertain, not failed, whatever ends it.
 *
 * <p>Runs on one submit thread from start to end; every log line carries {@code sms} in the MDC.
 */
final class SmppSubmission implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(SmppSubmission.class);
    private static final String SERVICE_TYPE = "";
    private static final byte NO_PROTOCOL_ID = 0;
    private static final byte NORMAL_PRIORITY = 0;
    private static final byte NO_REPLACE = 0;
    private static final byte NO_DEFAULT_MESSAGE = 0;

    /** Ends the SMS: the outcome to report. */
    private static final class Ended extends Exception {
        final boolean uncertain;

        Ended(boolean uncertain, String reason) {
            super(reason, null, false, false);
            this.uncertain = uncertain;
        }
    }

    private final SmsRequest sms;
    private final SmsEvents events;
    private final Supplier<List<SmppSegmentPdu>> segmentation;
    private final SmscSettings settings;
    private final SmppLink link;
    private final SmppRate rate;
    private final SmppCounters counters;
    private final List<String> messageIds = new ArrayList<>();
    private int total;

    /** {@code segmentation} cuts the text, on the submit thread, so that a text it cannot take fails this SMS alone. */
    SmppSubmission(SmsRequest sms, SmsEvents events, Supplier<List<SmppSegmentPdu>> segmentation, SmscSettings settings,
                   SmppLink link, SmppRate rate, SmppCounters counters) {
        this.sms = sms;
        this.events = events;
        this.segmentation = segmentation;
        this.settings = settings;
        this.link = link;
        this.rate = rate;
        this.counters = counters;
    }

    @Override
    public void run() {
        MDC.put("sms", sms.smsId());
        try {
            List<SmppSegmentPdu> segments = segmentation.get();
            total = segments.size();
            for (SmppSegmentPdu segment : segments) {
                messageIds.add(send(segment));
            }
            submitted();
        } catch (Ended ended) {
            report(ended);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            report(notSent("the gateway stopped"));
        } catch (RuntimeException e) {
            log.warn("SMS {} to {}: unexpected failure", sms.smsId(), sms.to(), e);
            report(notSent("unexpected failure: " + e));
        } finally {
            MDC.remove("sms");
        }
    }

    /**
     * Submits one segment until the SMSC accepts it, and returns its message id. It waits at most
     * link-wait for the SMSC to take it: for a bind, or through its throttling.
     */
    private String send(SmppSegmentPdu segment) throws Ended, InterruptedException {
        long deadline = System.nanoTime() + settings.linkWait().toNanos();
        int refusals = 0;
        int throttles = 0;
        while (true) {
            SMPPSession session = boundSession(deadline);
            pace();
            try {
                return answered(session, segment);
            } catch (NegativeResponseException refused) {
                int status = refused.getCommandStatus();
                if (SmppErrors.actionFor(status) == SmppErrors.Action.SLOW_DOWN) {
                    slowDown(segment, status, ++throttles, deadline);
                } else {
                    backOff(segment, status, ++refusals);
                }
            } catch (IOException notWhollyWritten) {
                log.info("SMS {} segment {}: the link could not take it ({}); waiting for a bind", sms.smsId(),
                        segment.number(), notWhollyWritten.getMessage());
                link.broken(session);
            }
        }
    }

    private SMPPSession boundSession(long deadlineNanos) throws Ended, InterruptedException {
        SMPPSession session = link.awaitBound(deadlineNanos);
        if (session == null) {
            throw notSent("no bind to the SMSC within link-wait " + settings.linkWait().toMillis() + " ms"
                    + (link.lastError().isEmpty() ? "" : " (" + link.lastError() + ")"));
        }
        return session;
    }

    /**
     * One submit_sm and its answer: the message id, or the refusal, or an IOException when it never
     * wholly left. Whatever leaves it sent and unanswered ends the SMS as uncertain here.
     */
    private String answered(SMPPSession session, SmppSegmentPdu segment) throws Ended, NegativeResponseException, IOException {
        long sentAt = System.nanoTime();
        try {
            String id = submit(session, segment);
            counters.answeredAfter(System.nanoTime() - sentAt);
            return id;
        } catch (NegativeResponseException refused) {
            counters.answeredAfter(System.nanoTime() - sentAt);
            throw refused;
        } catch (ResponseTimeoutException | InvalidResponseException e) {
            throw new Ended(true, "segment " + segment.number() + " of " + total + " was sent and "
                    + (e instanceof ResponseTimeoutException ? "got no submit_sm_resp" : "got an invalid response") + acceptedSoFar());
        } catch (PDUException invalid) {
            throw notSent("invalid submit_sm: " + invalid.getMessage());
        } catch (RuntimeException e) {
            log.warn("SMS {} segment {}: unexpected failure while sending", sms.smsId(), segment.number(), e);
            throw new Ended(true, "segment " + segment.number() + " of " + total + " may have been sent: " + e + acceptedSoFar());
        }
    }

    private String submit(SMPPSession session, SmppSegmentPdu segment)
            throws PDUException, ResponseTimeoutException, InvalidResponseException, NegativeResponseException, IOException {
        return session.submitShortMessage(SERVICE_TYPE,
                TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, sms.sender(),
                TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, sms.to().msisdn(),
                new ESMClass(segment.esmClass()), NO_PROTOCOL_ID, NORMAL_PRIORITY, null, null,
                new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), NO_REPLACE,
                DataCodings.newInstance(segment.dataCoding()), NO_DEFAULT_MESSAGE, segment.shortMessage(),
                segment.tlvs()).getMessageId();
    }

    /**
     * The SMSC is overloaded: the whole gateway slows down, and the segment goes again after a
     * back-off, however many times, until link-wait is over. Counting these against {@code tries}
     * would fail SMS (and leave a text half sent) whenever the SMSC asks for a few seconds' patience.
     */
    private void slowDown(SmppSegmentPdu segment, int status, int throttles, long deadlineNanos) throws Ended, InterruptedException {
        counters.throttled();
        rate.throttled();
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw notSent(SmppErrors.describe(status) + " for link-wait " + settings.linkWait().toMillis() + " ms, " + throttles + " times");
        }
        waitBeforeAgain(segment, status, Math.min(left, backoffNanos(throttles)));
    }

    /** A passing fault lets the segment go again after a back-off, at most {@code tries} times; anything else ends the SMS. */
    private void backOff(SmppSegmentPdu segment, int status, int refusals) throws Ended, InterruptedException {
        if (SmppErrors.actionFor(status) == SmppErrors.Action.GIVE_UP) {
            throw notSent(SmppErrors.describe(status));
        }
        if (refusals >= settings.tries()) {
            throw notSent(SmppErrors.describe(status) + ", " + refusals + " times");
        }
        waitBeforeAgain(segment, status, backoffNanos(refusals));
    }

    /** retry-backoff after the first refusal, doubling, never more than rebind-max. */
    private long backoffNanos(int refusals) {
        return Math.min(settings.rebindMax().toNanos(), settings.retryBackoff().toNanos() << Math.min(refusals - 1, 20));
    }

    private void waitBeforeAgain(SmppSegmentPdu segment, int status, long nanos) throws InterruptedException {
        log.debug("SMS {} segment {}: {}; again in {} ms", sms.smsId(), segment.number(), SmppErrors.describe(status),
                TimeUnit.NANOSECONDS.toMillis(nanos));
        TimeUnit.NANOSECONDS.sleep(nanos);
    }

    private void pace() throws InterruptedException {
        long wait = rate.reserve();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** The next segment never reached the SMSC, or was refused: failed if nothing before it was accepted either. */
    private Ended notSent(String reason) {
        if (messageIds.isEmpty()) {
            return new Ended(false, reason);
        }
        return new Ended(true, "segment " + (messageIds.size() + 1) + " of " + total + " not accepted: " + reason + acceptedSoFar());
    }

    private String acceptedSoFar() {
        return messageIds.isEmpty() ? "" : "; segments accepted before it: " + messageIds;
    }

    private void submitted() {
        counters.submitted();
        log.debug("SMS {} to {} submitted: {}", sms.smsId(), sms.to(), messageIds);
        try {
            events.onSubmitted(sms.smsId(), List.copyOf(messageIds));
        } catch (RuntimeException e) {
            log.warn("SMS {}: onSubmitted failed", sms.smsId(), e);
        }
    }

    private void report(Ended ended) {
        try {
            if (ended.uncertain) {
                counters.uncertain();
                log.warn("SMS {} to {} uncertain, not to be sent again automatically: {}", sms.smsId(), sms.to(), ended.getMessage());
                events.onUncertain(sms.smsId(), ended.getMessage());
            } else {
                counters.failed();
                log.info("SMS {} to {} failed: {}", sms.smsId(), sms.to(), ended.getMessage());
                events.onFailed(sms.smsId(), ended.getMessage());
            }
        } catch (RuntimeException e) {
            log.warn("SMS {}: reporting the outcome failed", sms.smsId(), e);
        }
    }
}
