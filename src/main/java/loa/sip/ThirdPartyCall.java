package loa.sip;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ReasonHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import loa.campaign.CallEvents;
import loa.campaign.CallOutcome;
import loa.campaign.CallRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One launcher call: the RFC 3725 §4.1 (flow I) state machine joining the subscriber to the voice
 * browser. The stack's listener hands it events and returns; every change of {@link #state}
 * happens on the call's own {@link SerialExecutor}, so nothing here is locked.
 */
final class ThirdPartyCall {
    private static final Logger log = LoggerFactory.getLogger(ThirdPartyCall.class);
    /** How long an ended call still answers late messages: RFC 3261 Timer B/F, 64·T1. */
    static final Duration LINGER = Duration.ofSeconds(32);
    /** Beyond ring time-out and longest call, for the browser's answer and a CANCEL's 487 to arrive. */
    static final Duration DEADLINE_MARGIN = Duration.ofSeconds(10);

    /** What the call needs from the placer that owns it. */
    interface Owner {
        SipRequests sip();

        void route(String sipCallId, ThirdPartyCall call);

        void forget(String sipCallId);

        String trunkHost();

        int trunkPort();

        String browserHost();

        int browserPort();
    }

    private final CallRequest request;
    private final CallEvents events;
    private final Owner owner;
    private final Executor serial;
    private final ScheduledExecutorService timers;
    private final String subscriberCallId;
    private final String browserCallId;

    private ThirdPartyCallState state = ThirdPartyCallState.IDLE;
    private ClientTransaction subscriberInvite;
    private Dialog subscriberLeg;
    private Response subscriberOk;
    private Dialog browserLeg;
    private ScheduledFuture<?> ringTimer;
    private ScheduledFuture<?> durationTimer;
    private ScheduledFuture<?> deadlineTimer;
    private boolean ringing;

    ThirdPartyCall(CallRequest request, CallEvents events, Owner owner, Executor serial, ScheduledExecutorService timers) {
        this.request = request;
        this.events = events;
        this.owner = owner;
        this.serial = serial;
        this.timers = timers;
        this.subscriberCallId = owner.sip().newCallId(request.callId(), "subscriber");
        this.browserCallId = owner.sip().newCallId(request.callId(), "browser");
    }

    void start() {
        owner.route(subscriberCallId, this);
        owner.route(browserCallId, this);
        inTurn(this::inviteSubscriber);
    }

    void onResponse(ResponseEvent event) {
        inTurn(() -> response(event));
    }

    void onBye(RequestEvent event) {
        inTurn(() -> bye(event));
    }

    void onTimeout(TimeoutEvent event) {
        inTurn(() -> timeout(event));
    }

    ThirdPartyCallState state() {
        return state;
    }

    /** Runs {@code step} on the call's executor (which puts the call's id in the MDC); a SIP failure ends the call. */
    private void inTurn(Step step) {
        serial.execute(() -> {
            try {
                step.run();
            } catch (Exception e) {
                log.warn("call failed in {}", state, e);
                hangUpBoth();
                finish(CallOutcome.FAILED, 0);
            }
        });
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /** RFC 3725 §4.1 step 1: INVITE the subscriber through the trunk, with no offer. */
    private void inviteSubscriber() throws Exception {
        log.info("calling {} as {}", request.number().masked(), request.callerId());
        state = ThirdPartyCallState.INVITING_SUBSCRIBER;
        ringTimer = timers.schedule(() -> inTurn(this::ringTimedOut), request.ringTimeout().toMillis(), TimeUnit.MILLISECONDS);
        deadlineTimer = timers.schedule(() -> inTurn(this::deadlineReached), deadline().toMillis(), TimeUnit.MILLISECONDS);
        subscriberInvite = owner.sip().invite(owner.sip().subscriber(request.number().msisdn(), owner.trunkHost(), owner.trunkPort()),
                request.callerId(), subscriberCallId, request.callId(), null);
    }

    private void ringTimedOut() throws Exception {
        if (state != ThirdPartyCallState.INVITING_SUBSCRIBER) return;
        log.info("no answer in {}: cancelling", request.ringTimeout());
        state = ThirdPartyCallState.CANCELLING;
        owner.sip().cancel(subscriberInvite);
    }

    private void response(ResponseEvent event) throws Exception {
        Response response = event.getResponse();
        if (!Request.INVITE.equals(((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getMethod())) return;
        int status = response.getStatusCode();
        if (status < 200) {
            if (status >= 180 && !ringing && state == ThirdPartyCallState.INVITING_SUBSCRIBER) {
                ringing = true; // the post-dial delay is over
                events.onRinging(request.callId());
            }
            return;
        }
        Dialog dialog = event.getDialog() != null ? event.getDialog()
                : event.getClientTransaction() != null ? event.getClientTransaction().getDialog() : null;
        String callId = ((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId();
        if (callId.equals(subscriberCallId)) {
            fromSubscriber(status, response, dialog);
        } else {
            fromBrowser(status, response, dialog);
        }
    }

    private void fromSubscriber(int status, Response response, Dialog dialog) throws Exception {
        boolean ringing = state == ThirdPartyCallState.INVITING_SUBSCRIBER || state == ThirdPartyCallState.CANCELLING;
        if (status >= 300) {
            if (ringing) {
                log.info("subscriber refused: {}", status);
                if (SipOutcomes.isCongestion(status, q850Cause(response))) events.onCongestion(request.callId(), status);
                finish(SipOutcomes.of(status), status);
            }
            return;
        }
        if (!ringing) {
            if (state == ThirdPartyCallState.ENDED && subscriberLeg == null && dialog != null) {
                owner.sip().ack(dialog, response, null); // a 200 crossing our end: take it and hang up
                owner.sip().bye(dialog, request.callId());
            }
            return; // a retransmitted 200: the stack ACKs it again
        }
        // A 200 crossing our CANCEL answers the call all the same (RFC 3261 §9.1): go on.
        subscriberLeg = dialog;
        subscriberOk = response;
        byte[] offer = response.getRawContent();
        if (offer == null || offer.length == 0) {
            log.warn("subscriber answered without an offer");
            owner.sip().ack(dialog, response, null);
            owner.sip().bye(dialog, request.callId());
            finish(CallOutcome.FAILED, status);
            return;
        }
        log.info("subscriber answered: inviting the voice browser");
        state = ThirdPartyCallState.AWAITING_BROWSER_ANSWER; // RFC 3725 §4.1 step 3
        owner.sip().invite(owner.sip().voiceBrowser(request.dialogUrl(), owner.browserHost(), owner.browserPort()),
                "loa", browserCallId, request.callId(), offer);
    }

    private void fromBrowser(int status, Response response, Dialog dialog) throws Exception {
        if (state != ThirdPartyCallState.AWAITING_BROWSER_ANSWER) {
            if (status < 300 && state == ThirdPartyCallState.ENDED && browserLeg == null && dialog != null) {
                owner.sip().ack(dialog, response, null); // the subscriber left while the browser answered
                owner.sip().bye(dialog, request.callId());
                browserLeg = dialog;
            }
            return;
        }
        if (status >= 300) {
            log.warn("voice browser refused the call: {}", status);
            events.onCongestion(request.callId(), status);
            owner.sip().ack(subscriberLeg, subscriberOk, null);
            owner.sip().bye(subscriberLeg, request.callId());
            finish(CallOutcome.FAILED, status);
            return;
        }
        browserLeg = dialog; // RFC 3725 §4.1 steps 5–6: ACK both, the subscriber's with answer1
        owner.sip().ack(browserLeg, response, null);
        owner.sip().ack(subscriberLeg, subscriberOk, response.getRawContent());
        state = ThirdPartyCallState.CONNECTED;
        log.info("connected to the dialog");
        durationTimer = timers.schedule(() -> inTurn(this::maxDurationReached), request.maxDuration().toMillis(),
                TimeUnit.MILLISECONDS);
        events.onAnswered(request.callId());
    }

    private void maxDurationReached() {
        if (state != ThirdPartyCallState.CONNECTED) return;
        log.info("longest call of {} reached: hanging up", request.maxDuration());
        hangUpBoth();
        finish(CallOutcome.ANSWERED, 200);
    }

    /**
     * The longest any call may take, whatever its far ends do: ringing, the voice browser's
     * answer, the dialog, and a margin. The launcher's lease on the attempt outlasts it.
     */
    Duration deadline() {
        return request.ringTimeout().plus(request.maxDuration()).plus(DEADLINE_MARGIN);
    }

    private void deadlineReached() throws Exception {
        if (state == ThirdPartyCallState.ENDED) return;
        log.warn("still {} after {}: giving up", state, deadline());
        if (state == ThirdPartyCallState.INVITING_SUBSCRIBER || state == ThirdPartyCallState.CANCELLING) {
            owner.sip().cancel(subscriberInvite);
        } else if (state == ThirdPartyCallState.AWAITING_BROWSER_ANSWER) {
            owner.sip().ack(subscriberLeg, subscriberOk, null);
        }
        hangUpBoth();
        finish(CallOutcome.FAILED, 0);
    }

    private static int q850Cause(Response response) {
        var reasons = response.getHeaders(ReasonHeader.NAME);
        while (reasons != null && reasons.hasNext()) {
            ReasonHeader reason = (ReasonHeader) reasons.next();
            if ("Q.850".equalsIgnoreCase(reason.getProtocol())) return reason.getCause();
        }
        return 0;
    }

    private void bye(RequestEvent event) throws Exception {
        owner.sip().ok(event);
        String callId = ((CallIdHeader) event.getRequest().getHeader(CallIdHeader.NAME)).getCallId();
        boolean fromSubscriber = callId.equals(subscriberCallId);
        log.info("{} hung up in {}", fromSubscriber ? "subscriber" : "voice browser", state);
        if (state == ThirdPartyCallState.CONNECTED) {
            owner.sip().bye(fromSubscriber ? browserLeg : subscriberLeg, request.callId());
            finish(CallOutcome.ANSWERED, 200);
        } else if (state == ThirdPartyCallState.AWAITING_BROWSER_ANSWER && fromSubscriber) {
            finish(CallOutcome.ANSWERED, 200); // a late 200 from the browser is hung up in ENDED
        }
    }

    private void timeout(TimeoutEvent event) throws Exception {
        if (event.isServerTransaction() || event.getClientTransaction() == null) return;
        Request timedOut = event.getClientTransaction().getRequest();
        if (!Request.INVITE.equals(timedOut.getMethod())) return;
        String callId = ((CallIdHeader) timedOut.getHeader(CallIdHeader.NAME)).getCallId();
        if (callId.equals(subscriberCallId) && state == ThirdPartyCallState.CANCELLING) {
            finish(CallOutcome.NO_ANSWER, 487);
        } else if (callId.equals(subscriberCallId) && state == ThirdPartyCallState.INVITING_SUBSCRIBER) {
            finish(SipOutcomes.of(408), 408);
        } else if (callId.equals(browserCallId) && state == ThirdPartyCallState.AWAITING_BROWSER_ANSWER) {
            log.warn("voice browser did not answer");
            events.onCongestion(request.callId(), 408);
            owner.sip().ack(subscriberLeg, subscriberOk, null);
            owner.sip().bye(subscriberLeg, request.callId());
            finish(CallOutcome.FAILED, 408);
        }
    }

    /** BYE to each leg that is up; a failure on one does not keep the other up. */
    private void hangUpBoth() {
        for (Dialog leg : new Dialog[] {subscriberLeg, browserLeg}) {
            if (leg == null || state == ThirdPartyCallState.ENDED) continue;
            try {
                owner.sip().bye(leg, request.callId());
            } catch (Exception e) {
                log.warn("could not send BYE", e);
            }
        }
    }

    /** Enters ENDED and tells the campaign, once; the call keeps its routes for {@link #LINGER}. */
    private void finish(CallOutcome outcome, int status) {
        if (state == ThirdPartyCallState.ENDED) return;
        state = ThirdPartyCallState.ENDED;
        if (ringTimer != null) ringTimer.cancel(false);
        if (durationTimer != null) durationTimer.cancel(false);
        if (deadlineTimer != null) deadlineTimer.cancel(false);
        log.info("ended: {} ({})", outcome.label(), status);
        timers.schedule(() -> {
            owner.forget(subscriberCallId);
            owner.forget(browserCallId);
        }, LINGER.toMillis(), TimeUnit.MILLISECONDS);
        try {
            events.onEnded(request.callId(), outcome, status);
        } catch (RuntimeException e) {
            log.error("onEnded failed", e);
        }
    }
}
