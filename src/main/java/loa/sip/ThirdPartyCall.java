package loa.sip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionState;
import javax.sip.address.SipURI;
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
    private boolean subscriberAcked;
    private ClientTransaction browserInvite;
    /** INVITEs to cancel once they have a provisional response, as RFC 3261 §9.1 wants before a CANCEL. */
    private final List<ClientTransaction> cancelsDeferred = new ArrayList<>(2);
    /** INVITEs cancelled, waiting for their final response (487, or a 200 that crossed the CANCEL). */
    private final List<ClientTransaction> cancelsSent = new ArrayList<>(2);
    private Dialog browserLeg;
    private ScheduledFuture<?> ringTimer;
    private ScheduledFuture<?> durationTimer;
    private ScheduledFuture<?> deadlineTimer;
    private boolean ringing;
    /** BYEs sent and not answered yet. */
    private int byesPending;
    /** Completes once ended with every BYE answered and every cancelled INVITE ended: the placer's stop waits for it. */
    private final CompletableFuture<Void> settled = new CompletableFuture<>();

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

    /** The placer is stopping: CANCEL what rings, BYE what is up, and end FAILED (0). From any thread. */
    void abandon() {
        inTurn(() -> {
            if (state == ThirdPartyCallState.ENDED) return;
            log.info("the placer stops: hanging up in {}", state);
            letGo();
            finish(CallOutcome.FAILED, 0);
        });
    }

    /** Completes once the call has ended, its BYEs answered and its cancelled INVITEs ended (or timed out). */
    CompletableFuture<Void> settled() {
        return settled;
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
                letGo();
                finish(CallOutcome.FAILED, 0);
            }
            if (state == ThirdPartyCallState.ENDED && byesPending == 0 && cancelsDeferred.isEmpty() && cancelsSent.isEmpty()) {
                settled.complete(null);
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
        SipURI subscriber = owner.sip().subscriber(request.number().msisdn(), owner.trunkHost(), owner.trunkPort());
        subscriberInvite = owner.sip().inviteWithoutOffer(subscriber, request.callerId(), subscriberCallId, request.callId());
    }

    private void ringTimedOut() throws Exception {
        if (state != ThirdPartyCallState.INVITING_SUBSCRIBER) return;
        log.info("no answer in {}: cancelling", request.ringTimeout());
        state = ThirdPartyCallState.CANCELLING;
        cancel(subscriberInvite);
    }

    private void response(ResponseEvent event) throws Exception {
        Response response = event.getResponse();
        int status = response.getStatusCode();
        String callId = ((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId();
        String method = ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getMethod();
        if (!Request.INVITE.equals(method)) {
            if (status >= 200 && Request.BYE.equals(method)) byeAnswered();
        } else if (status < 200) {
            provisional(status, callId);
        } else if (callId.equals(subscriberCallId)) {
            inviteEnded(subscriberInvite);
            fromSubscriber(status, response, dialogOf(event));
        } else {
            inviteEnded(browserInvite);
            fromBrowser(status, response, dialogOf(event));
        }
    }

    private void provisional(int status, String callId) throws Exception {
        ClientTransaction invite = callId.equals(subscriberCallId) ? subscriberInvite : browserInvite;
        if (cancelsDeferred.remove(invite)) cancel(invite);
        if (invite == subscriberInvite && status >= 180 && !ringing && state == ThirdPartyCallState.INVITING_SUBSCRIBER) {
            ringing = true; // the post-dial delay is over; a 180 after a 183 rings no more
            events.onRinging(request.callId());
        }
    }

    private static Dialog dialogOf(ResponseEvent event) {
        if (event.getDialog() != null) return event.getDialog();
        return event.getClientTransaction() != null ? event.getClientTransaction().getDialog() : null;
    }

    private void fromSubscriber(int status, Response response, Dialog dialog) throws Exception {
        boolean pending = state == ThirdPartyCallState.INVITING_SUBSCRIBER || state == ThirdPartyCallState.CANCELLING;
        if (status >= 300) {
            if (pending) refused(status, response);
        } else if (pending) {
            answered(status, response, dialog); // a 200 crossing our CANCEL answers all the same (RFC 3261 §9.1)
        } else if (state == ThirdPartyCallState.ENDED && subscriberLeg == null && dialog != null) {
            subscriberLeg = dialog; // a 200 crossing our end: take it and hang up
            subscriberOk = response;
            releaseSubscriber();
        } // else a retransmitted 200, before our ACK (after it, the stack ACKs it again)
    }

    private void refused(int status, Response response) {
        log.info("subscriber refused: {}", status);
        if (SipOutcomes.isCongestion(status, q850Cause(response))) events.onCongestion(request.callId(), status);
        finish(SipOutcomes.of(status), status);
    }

    private void answered(int status, Response response, Dialog dialog) throws Exception {
        subscriberLeg = dialog;
        subscriberOk = response;
        byte[] offer = response.getRawContent();
        if (offer == null || offer.length == 0) {
            log.warn("subscriber answered without an offer");
            releaseSubscriber();
            finish(CallOutcome.FAILED, status);
            return;
        }
        log.info("subscriber answered: inviting the voice browser");
        state = ThirdPartyCallState.AWAITING_BROWSER_ANSWER; // RFC 3725 §4.1 step 3
        SipURI dialogUri = owner.sip().voiceBrowser(request.dialogUrl(), owner.browserHost(), owner.browserPort());
        browserInvite = owner.sip().inviteWithOffer(dialogUri, browserCallId, request.callId(), offer);
    }

    private void fromBrowser(int status, Response response, Dialog dialog) throws Exception {
        if (state != ThirdPartyCallState.AWAITING_BROWSER_ANSWER) {
            if (status < 300 && state == ThirdPartyCallState.ENDED && browserLeg == null && dialog != null) {
                browserLeg = dialog; // the call ended while the browser answered: take it and hang up
                owner.sip().ack(dialog, response, null);
                bye(browserLeg);
            }
            return;
        }
        if (status >= 300) {
            log.warn("voice browser refused the call: {}", status);
            events.onCongestion(request.callId(), status);
            releaseSubscriber();
            finish(CallOutcome.FAILED, status);
            return;
        }
        connect(response, dialog);
    }

    /** RFC 3725 §4.1 steps 5–6: ACK both, the subscriber's with answer1; media flows. */
    private void connect(Response browserOk, Dialog dialog) throws Exception {
        browserLeg = dialog;
        owner.sip().ack(browserLeg, browserOk, null);
        ackSubscriber(browserOk.getRawContent());
        state = ThirdPartyCallState.CONNECTED;
        log.info("connected to the dialog");
        durationTimer = timers.schedule(() -> inTurn(this::maxDurationReached), request.maxDuration().toMillis(),
                TimeUnit.MILLISECONDS);
        events.onAnswered(request.callId());
    }

    private void maxDurationReached() {
        if (state != ThirdPartyCallState.CONNECTED) return;
        log.info("longest call of {} reached: hanging up", request.maxDuration());
        letGo();
        finish(CallOutcome.ANSWERED, 200);
    }

    /**
     * The longest any call may take, whatever its far ends do: ringing, the voice browser's
     * answer, the dialog, and a margin. The launcher's lease on the attempt outlasts it.
     */
    Duration deadline() {
        return request.ringTimeout().plus(request.maxDuration()).plus(DEADLINE_MARGIN);
    }

    private void deadlineReached() {
        if (state == ThirdPartyCallState.ENDED) return;
        log.warn("still {} after {}: giving up", state, deadline());
        letGo();
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
            bye(fromSubscriber ? browserLeg : subscriberLeg);
            finish(CallOutcome.ANSWERED, 200);
        } else if (state == ThirdPartyCallState.AWAITING_BROWSER_ANSWER && fromSubscriber) {
            cancel(browserInvite); // a late 200 from the browser is hung up in ENDED
            finish(CallOutcome.ANSWERED, 200);
        }
    }

    private void timeout(TimeoutEvent event) throws Exception {
        if (event.isServerTransaction() || event.getClientTransaction() == null) return;
        Request timedOut = event.getClientTransaction().getRequest();
        String callId = ((CallIdHeader) timedOut.getHeader(CallIdHeader.NAME)).getCallId();
        if (!Request.INVITE.equals(timedOut.getMethod())) {
            if (Request.BYE.equals(timedOut.getMethod())) byeAnswered(); // no one answered: nothing more to wait for
            return;
        }
        inviteEnded(event.getClientTransaction());
        if (callId.equals(subscriberCallId) && state == ThirdPartyCallState.CANCELLING) {
            finish(CallOutcome.NO_ANSWER, 487);
        } else if (callId.equals(subscriberCallId) && state == ThirdPartyCallState.INVITING_SUBSCRIBER) {
            finish(SipOutcomes.of(408), 408);
        } else if (callId.equals(browserCallId) && state == ThirdPartyCallState.AWAITING_BROWSER_ANSWER) {
            log.warn("voice browser did not answer");
            events.onCongestion(request.callId(), 408);
            releaseSubscriber();
            finish(CallOutcome.FAILED, 408);
        }
    }

    /**
     * Lets go of both legs as the state has them: CANCEL a ringing INVITE, release an answered
     * subscriber, BYE a connected call. A failure on one leg does not keep the other up.
     */
    private void letGo() {
        switch (state) {
            case INVITING_SUBSCRIBER -> attempt(() -> cancel(subscriberInvite));
            case AWAITING_BROWSER_ANSWER -> {
                attempt(this::releaseSubscriber);
                attempt(() -> cancel(browserInvite));
            }
            case CONNECTED -> {
                attempt(() -> bye(subscriberLeg));
                attempt(() -> bye(browserLeg));
            }
            default -> { } // IDLE: nothing sent; CANCELLING: CANCEL sent; ENDED: let go already
        }
    }

    private void attempt(Step hangUp) {
        try {
            hangUp.run();
        } catch (Exception e) {
            log.warn("could not hang up a leg in {}", state, e);
        }
    }

    /** ACKs the subscriber's 200 once: with the voice browser's answer, or with one refusing its offer. */
    private void ackSubscriber(byte[] answer) throws Exception {
        if (subscriberAcked) return;
        subscriberAcked = true;
        owner.sip().ack(subscriberLeg, subscriberOk, answer != null ? answer : SdpAnswer.refusing(subscriberOk.getRawContent()));
    }

    /** Hangs up a subscriber who answered but will not be joined to the dialog: ACK (RFC 3261 §13.2.2.4), then BYE. */
    private void releaseSubscriber() throws Exception {
        ackSubscriber(null);
        bye(subscriberLeg);
    }

    private void bye(Dialog leg) throws Exception {
        if (leg == null) return;
        owner.sip().bye(leg, request.callId());
        byesPending++;
    }

    /** CANCELs {@code invite} now if it is proceeding, or once it is (RFC 3261 §9.1); not once it has its final response. */
    private void cancel(ClientTransaction invite) throws Exception {
        if (invite == null) return;
        if (invite.getState() == TransactionState.CALLING) {
            cancelsDeferred.add(invite);
        } else if (invite.getState() == TransactionState.PROCEEDING) {
            owner.sip().cancel(invite);
            cancelsSent.add(invite);
        }
    }

    private void byeAnswered() {
        byesPending = Math.max(0, byesPending - 1);
    }

    private void inviteEnded(ClientTransaction invite) {
        cancelsDeferred.remove(invite);
        cancelsSent.remove(invite);
    }

    /** Enters ENDED and tells the campaign, once; the call keeps its routes for {@link #LINGER}. */
    private void finish(CallOutcome outcome, int status) {
        if (state == ThirdPartyCallState.ENDED) return;
        state = ThirdPartyCallState.ENDED;
        if (ringTimer != null) ringTimer.cancel(false);
        if (durationTimer != null) durationTimer.cancel(false);
        if (deadlineTimer != null) deadlineTimer.cancel(false);
        log.info("ended: {} ({})", outcome.label(), status);
        try {
            timers.schedule(this::forget, LINGER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            forget(); // the placer has stopped
        }
        try {
            events.onEnded(request.callId(), outcome, status);
        } catch (RuntimeException e) {
            log.error("onEnded failed", e);
        }
    }

    private void forget() {
        owner.forget(subscriberCallId);
        owner.forget(browserCallId);
    }
}
