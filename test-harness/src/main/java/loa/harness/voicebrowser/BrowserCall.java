package loa.harness.voicebrowser;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import loa.harness.rtp.OfferAnswer;
import loa.harness.rtp.RtpEngine;
import loa.harness.rtp.RtpSession;
import loa.harness.sip.ServerCall;
import loa.harness.sip.SipCallHandler;
import loa.harness.sip.SipStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One call to the voice browser: answers an RFC 5552 INVITE, runs its dialog on a dialog thread
 * once the ACK is in, and ends the call when either side hangs up or the dialog is over. SIP
 * events run on the call's serial executor; the dialog's own thread only touches {@link RtpCallMedia}.
 */
final class BrowserCall implements SipCallHandler {
    private static final Logger log = LoggerFactory.getLogger(BrowserCall.class);

    private final ServerCall call;
    private final RtpEngine rtp;
    private final Executor dialogs;
    private final DialogRunner runner;
    private final CallLog callLog = new CallLog();
    private URI dialog;
    private RtpSession session;
    private volatile RtpCallMedia media;
    private volatile BrowserCallState state = BrowserCallState.INVITED;

    BrowserCall(ServerCall call, RtpEngine rtp, Executor dialogs, DialogRunner runner) {
        this.call = call;
        this.rtp = rtp;
        this.dialogs = dialogs;
        this.runner = runner;
    }

    CallLog log() {
        return callLog;
    }

    /** The browser is stopping: the dialog, if any, sees the caller hang up. Any thread. */
    void abandon() {
        RtpCallMedia current = media;
        if (current != null) {
            current.hungUp();
        }
    }

    @Override
    public void onInvite() {
        try {
            dialog = DialogUri.parse(call.requestUri());
            session = rtp.open();
        } catch (DialogUri.Refused refused) {
            log.info("call {} refused with {}: {}", call.callId(), refused.status(), refused.getMessage());
            refuse(refused.status());
            return;
        } catch (IOException e) {
            log.warn("call {}: no RTP port: {}", call.callId(), e.toString());
            refuse(SipStatus.SERVICE_UNAVAILABLE.code());
            return;
        }
        answer();
    }

    @Override
    public void onAck(Optional<String> sdp) {
        if (state != BrowserCallState.AWAITING_ACK) {
            return;
        }
        if (call.offer().isEmpty() && !OfferAnswer.accept(session, sdp)) {
            log.warn("call {}: the ACK carries no usable SDP answer (RFC 3264 §5); hanging up", call.callId());
            call.hangUp();
            finish();
            return;
        }
        startDialog();
    }

    @Override
    public void onCancel() {
        finish();
    }

    @Override
    public void onBye() {
        finish();
    }

    @Override
    public void onTerminated() {
        finish();
    }

    private void answer() {
        Optional<String> sdp = call.offer().isPresent() ? OfferAnswer.answer(session, call.offer().get())
                : Optional.of(OfferAnswer.offer(session));
        if (sdp.isEmpty()) {
            refuse(SipStatus.NOT_ACCEPTABLE_HERE.code());
            return;
        }
        call.answer(sdp.get());
        state = BrowserCallState.AWAITING_ACK;
    }

    private void startDialog() {
        media = new RtpCallMedia(session, () -> call.execute(this::hangUp));
        state = BrowserCallState.DIALOG_RUNNING;
        try {
            dialogs.execute(this::runDialog);
        } catch (RejectedExecutionException e) {
            log.warn("call {}: no dialog thread free; hanging up", call.callId());
            hangUp();
        }
    }

    private void runDialog() {
        MDC.put("call", call.callId());
        try {
            runner.run(dialog, sessionVariables(), media, callLog);
        } catch (RuntimeException e) {
            log.warn("call {}: the dialog runner failed", call.callId(), e);
            callLog.add(CallLog.Kind.ENDED, "error");
        } finally {
            MDC.remove("call");
            call.execute(this::hangUp);
        }
    }

    /** RFC 5552 §2.5 / VoiceXML 2.1 §5.1.4: the session.connection variables, flattened. */
    private Map<String, String> sessionVariables() {
        return Map.of("connection.protocol.sip.callid", call.callId(), "connection.local.uri", call.localUri(),
                "connection.remote.uri", call.remoteUri(), "connection.protocol.name", "sip",
                "connection.protocol.version", "2.0", "connection.protocol.sip.requesturi", call.requestUri());
    }

    /** The dialog is over or disconnected: BYE, unless the caller has gone already. */
    private void hangUp() {
        if (state == BrowserCallState.DIALOG_RUNNING) {
            call.hangUp();
            finish();
        }
    }

    private void refuse(int status) {
        call.reject(status);
        finish();
    }

    private void finish() {
        state = BrowserCallState.ENDED;
        if (media != null) {
            media.hungUp();
        }
        if (session != null) {
            session.close();
        }
        call.end();
    }
}
