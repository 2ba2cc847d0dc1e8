package loa.harness.sip;

import loa.sip.SerialExecutor;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One incoming call as its UAS sees it (RFC 3261 §13.3): answer, ring, reject, hang up. Its methods
 * are for the call's handler, on the call's serial executor ({@link #execute}); events from other
 * threads (timers, RTP) come in through {@link #execute} and {@link #schedule}.
 */
public final class ServerCall {
    private static final Logger log = LoggerFactory.getLogger(ServerCall.class);

    private final SipContext context;
    private final SipMessages messages;
    private final ServerTransaction invite;
    private final SerialExecutor executor;
    private final Runnable forget;
    private final String toTag = UUID.randomUUID().toString().substring(0, 8);
    private SipCallHandler handler;
    private String localSdp;
    private boolean finalSent;
    private boolean ended;

    ServerCall(SipContext context, ServerTransaction invite, Runnable forget) {
        this.context = context;
        this.messages = new SipMessages(context);
        this.invite = invite;
        this.executor = new SerialExecutor(context.callPool(), callId());
        this.forget = forget;
    }

    public String callId() {
        return ((CallIdHeader) invite.getRequest().getHeader(CallIdHeader.NAME)).getCallId();
    }

    /** The INVITE's Request-URI, e.g. {@code sip:84901234567@127.0.0.1:5070}. */
    public String requestUri() {
        return invite.getRequest().getRequestURI().toString();
    }

    /** The user part of the Request-URI, or empty when it has none. */
    public String requestUser() {
        return invite.getRequest().getRequestURI() instanceof SipURI uri && uri.getUser() != null ? uri.getUser() : "";
    }

    /** The To URI: whom the caller called. */
    public String localUri() {
        return ((ToHeader) invite.getRequest().getHeader(ToHeader.NAME)).getAddress().getURI().toString();
    }

    /** The From URI: who called. */
    public String remoteUri() {
        return ((FromHeader) invite.getRequest().getHeader(FromHeader.NAME)).getAddress().getURI().toString();
    }

    /** The INVITE's SDP offer, or empty for an INVITE without SDP (RFC 3725 flow I). */
    public Optional<String> offer() {
        return SipMessages.sdp(invite.getRequest());
    }

    /** 180 Ringing. */
    public void ring() {
        respond(SipStatus.RINGING.code(), null);
    }

    /** 200 OK carrying {@code sdp}: the answer to the INVITE's offer, or an offer when it had none. */
    public void answer(String sdp) {
        localSdp = sdp;
        respond(SipStatus.OK.code(), sdp);
    }

    /** A final refusal, 3xx–6xx; the stack takes the ACK. */
    public void reject(int status) {
        if (!SipStatus.isRejection(status)) {
            throw new IllegalArgumentException("not a final refusal: " + status);
        }
        respond(status, null);
    }

    public boolean isFinal() {
        return finalSent;
    }

    /** Sends BYE (RFC 3261 §15.1.1); only once the call was answered and ACKed. */
    public void hangUp() {
        Dialog dialog = invite.getDialog();
        try {
            Request bye = dialog.createRequest(Request.BYE);
            ClientTransaction transaction = context.provider().getNewClientTransaction(bye);
            dialog.sendRequest(transaction);
        } catch (Exception e) {
            log.warn("call {}: BYE not sent: {}", callId(), e.toString());
        }
    }

    /** Runs {@code task} on this call's serial executor; from any thread. Dropped once the call has ended. */
    public void execute(Runnable task) {
        executor.execute(() -> {
            if (!ended) {
                task.run();
            }
        });
    }

    /** Runs {@code task} on this call's executor after {@code delay}. */
    public void schedule(Duration delay, Runnable task) {
        context.timers().schedule(() -> execute(task), delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The call is over for its handler: later events about it are dropped. */
    public void end() {
        ended = true;
        forget.run();
    }

    public boolean isEnded() {
        return ended;
    }

    void handler(SipCallHandler handler) {
        this.handler = handler;
    }

    SipCallHandler handler() {
        return handler;
    }

    ServerTransaction inviteTransaction() {
        return invite;
    }

    /** RFC 3261 §9.2: 200 to the CANCEL; 487 to the INVITE unless it already had its final response. */
    void cancelled(ServerTransaction cancel) {
        send(cancel, SipStatus.OK.code(), null);
        if (!finalSent) {
            respond(SipStatus.REQUEST_TERMINATED.code(), null);
            handler.onCancel();
        }
    }

    /** RFC 3261 §15.1.2: 200 to the BYE. */
    void byeReceived(ServerTransaction bye) {
        send(bye, SipStatus.OK.code(), null);
        handler.onBye();
    }

    /** A re-INVITE (a session refresh): the same session again. */
    void reinvited(ServerTransaction reinvite) {
        send(reinvite, SipStatus.OK.code(), localSdp);
    }

    private void respond(int status, String sdp) {
        if (finalSent) {
            log.debug("call {}: {} not sent, the INVITE already has its final response", callId(), status);
            return;
        }
        finalSent = status >= 200;
        send(invite, status, sdp);
    }

    private void send(ServerTransaction transaction, int status, String sdp) {
        try {
            transaction.sendResponse(messages.response(status, transaction.getRequest(), toTag, sdp));
        } catch (Exception e) {
            log.warn("call {}: {} not sent: {}", callId(), status, e.toString());
        }
    }
}
