package loa.harness.subscribers;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import loa.harness.rtp.RtpEngine;
import loa.harness.rtp.RtpStats;
import loa.harness.sip.ServerCall;
import loa.harness.sip.SipCallHandler;
import loa.harness.sip.SipStatus;
import loa.harness.subscribers.Behaviour.Answers;
import loa.harness.subscribers.CallRecord.HungUpBy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call to a subscriber, acting out its {@link Behaviour}. Every method runs on the call's serial
 * executor; fields other threads read for {@link #record} are volatile.
 */
final class SubscriberCall implements SipCallHandler {
    private static final Logger log = LoggerFactory.getLogger(SubscriberCall.class);
    private static final RtpStats NO_MEDIA = new RtpStats(0, List.of(), new RtpStats.Received(0, 0, java.time.Duration.ZERO, List.of()));

    private final ServerCall call;
    private final RtpEngine rtp;
    private final Clock clock;
    private final String number;
    private final int attempt;
    private final Behaviour behaviour;
    private final Instant invitedAt;
    private volatile SubscriberMedia media;
    private boolean hangUpWhenAcked;
    private volatile SubscriberCallState state = SubscriberCallState.INVITED;
    private volatile SubscriberOutcome outcome = SubscriberOutcome.IN_PROGRESS;
    private volatile int status;
    private volatile Instant answeredAt;
    private volatile Instant endedAt;
    private volatile HungUpBy hungUpBy = HungUpBy.NOBODY;

    SubscriberCall(ServerCall call, RtpEngine rtp, Clock clock, String number, int attempt, Behaviour behaviour) {
        this.call = call;
        this.rtp = rtp;
        this.clock = clock;
        this.number = number;
        this.attempt = attempt;
        this.behaviour = behaviour;
        this.invitedAt = clock.instant();
    }

    @Override
    public void onInvite() {
        log.debug("call {} to {}: {}", call.callId(), number, behaviour);
        if (behaviour instanceof Behaviour.Rejects rejects) {
            refuse(SubscriberOutcome.ofRejection(rejects.status()), rejects.status());
            return;
        }
        call.ring();
        state = SubscriberCallState.RINGING;
        if (behaviour instanceof Answers answers) {
            call.schedule(answers.delay(), this::answer);
        }
    }

    @Override
    public void onAck(Optional<String> sdp) {
        if (state != SubscriberCallState.AWAITING_ACK) {
            return;
        }
        if (call.offer().isEmpty() && !media.accept(sdp)) {
            log.warn("call {}: the ACK carries no usable SDP answer (RFC 3264 §5); hanging up", call.callId());
            outcome = SubscriberOutcome.FAILED;
            call.hangUp();
            finish();
            return;
        }
        state = SubscriberCallState.CONNECTED;
        outcome = SubscriberOutcome.ANSWERED;
        if (call.offer().isEmpty()) {
            scheduleSteps();
        }
        if (hangUpWhenAcked) {
            hangUp();
        }
    }

    @Override
    public void onCancel() {
        outcome = SubscriberOutcome.CANCELLED;
        status = SipStatus.REQUEST_TERMINATED.code();
        finish();
    }

    @Override
    public void onBye() {
        hungUpBy = HungUpBy.CALLER;
        finish();
    }

    @Override
    public void onTerminated() {
        if (state != SubscriberCallState.CONNECTED) {
            outcome = SubscriberOutcome.FAILED;
        }
        finish();
    }

    CallRecord record() {
        RtpStats stats = media == null ? NO_MEDIA : media.stats();
        return new CallRecord(call.callId(), number, attempt + 1, behaviour.toString(), call.offer().isPresent(), outcome,
                status, invitedAt, answeredAt, endedAt, stats.packetsReceived(), stats.audioReceived(), stats.packetsSent(),
                stats.digitsSent(), hungUpBy);
    }

    private void answer() {
        if (state != SubscriberCallState.RINGING) {
            return;
        }
        try {
            media = SubscriberMedia.open(rtp);
        } catch (IOException e) {
            log.warn("call {}: no RTP port: {}", call.callId(), e.toString());
            refuse(SubscriberOutcome.FAILED, SipStatus.SERVER_INTERNAL_ERROR.code());
            return;
        }
        Optional<String> sdp = call.offer().isPresent() ? media.answer(call.offer().get()) : Optional.of(media.offer());
        if (sdp.isEmpty()) {
            refuse(SubscriberOutcome.FAILED, SipStatus.NOT_ACCEPTABLE_HERE.code());
            return;
        }
        call.answer(sdp.get());
        status = SipStatus.OK.code();
        answeredAt = clock.instant();
        state = SubscriberCallState.AWAITING_ACK;
        if (call.offer().isPresent()) {
            scheduleSteps();
        }
    }

    /** Media starts when both ends know each other's address: at the 200 with an offer in the INVITE, else at the ACK. */
    private void scheduleSteps() {
        for (Behaviour.Step step : ((Answers) behaviour).steps()) {
            media.at(step.when(), call, () -> perform(step));
        }
    }

    private void perform(Behaviour.Step step) {
        if (step instanceof Behaviour.Presses presses) {
            log.debug("call {}: {} presses {}", call.callId(), number, presses.key());
            media.press(presses.key());
        } else if (state == SubscriberCallState.CONNECTED) {
            hangUp();
        } else {
            hangUpWhenAcked = true;
        }
    }

    private void hangUp() {
        call.hangUp();
        hungUpBy = HungUpBy.SUBSCRIBER;
        finish();
    }

    private void refuse(SubscriberOutcome why, int code) {
        call.reject(code);
        outcome = why;
        status = code;
        finish();
    }

    private void finish() {
        state = SubscriberCallState.ENDED;
        endedAt = clock.instant();
        if (media != null) {
            media.close();
        }
        call.end();
    }
}
