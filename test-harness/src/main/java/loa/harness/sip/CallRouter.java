package loa.harness.sip;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The endpoint's one SipListener: finds each event's call by Call-ID and hands the event to that
 * call's serial executor, so every callback returns at once and never blocks a stack thread.
 */
final class CallRouter implements SipListener {
    private static final Logger log = LoggerFactory.getLogger(CallRouter.class);

    private final SipContext context;
    private final SipCallFactory factory;
    private final StatelessReplies replies;
    private final Map<String, ServerCall> calls = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    CallRouter(SipContext context, SipCallFactory factory) {
        this.context = context;
        this.factory = factory;
        this.replies = new StatelessReplies(context);
    }

    int activeCalls() {
        return calls.size();
    }

    /** The endpoint is stopping: new calls get 503, calls in progress may still finish their business. */
    void refuseNewCalls() {
        stopping = true;
    }

    @Override
    public void processRequest(RequestEvent event) {
        try {
            route(event);
        } catch (RuntimeException e) {
            log.warn("{} for call {} dropped: {}", event.getRequest().getMethod(), callId(event.getRequest()), e.toString());
        }
    }

    private void route(RequestEvent event) {
        Request request = event.getRequest();
        String callId = callId(request);
        ServerCall call = calls.get(callId);
        switch (request.getMethod()) {
            case Request.INVITE -> invite(event, call);
            case Request.ACK -> {
                if (call != null) {
                    call.execute(() -> call.handler().onAck(SipMessages.sdp(request)));
                }
            }
            case Request.CANCEL -> inDialog(event, call, ServerCall::cancelled);
            case Request.BYE -> inDialog(event, call, ServerCall::byeReceived);
            case Request.OPTIONS -> replies.capabilities(event, stopping);
            default -> replies.notAllowed(event);
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        log.debug("{} {} for call {}", event.getResponse().getStatusCode(), event.getResponse().getReasonPhrase(),
                callId(event.getResponse()));
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        Request request = (event.isServerTransaction() ? event.getServerTransaction().getRequest()
                : event.getClientTransaction().getRequest());
        terminated(callId(request));
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        terminated(event.getDialog().getCallId().getCallId());
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        log.warn("SIP transport error towards {}:{}", event.getHost(), event.getPort());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // Transactions end on their own; calls end by their handlers.
    }

    private void invite(RequestEvent event, ServerCall existing) {
        ServerTransaction transaction = replies.serverTransaction(event);
        if (transaction == null) {
            return;
        }
        if (existing == null && stopping) {
            replies.serviceUnavailable(transaction);
            return;
        }
        if (existing != null) {
            if (cseq(existing.inviteTransaction().getRequest()) != cseq(event.getRequest())) {
                existing.execute(() -> existing.reinvited(transaction));
            }
            return;
        }
        ServerCall call = new ServerCall(context, transaction, () -> calls.remove(callId(event.getRequest())));
        call.handler(factory.newCall(call));
        calls.put(call.callId(), call);
        call.execute(call.handler()::onInvite);
    }

    private void inDialog(RequestEvent event, ServerCall call, BiConsumer<ServerCall, ServerTransaction> delivery) {
        ServerTransaction transaction = replies.serverTransaction(event);
        if (transaction == null) {
            return;
        }
        if (call == null) {
            replies.callDoesNotExist(transaction);
            return;
        }
        call.execute(() -> delivery.accept(call, transaction));
    }

    private void terminated(String callId) {
        ServerCall call = calls.get(callId);
        try {
            if (call != null) {
                call.execute(() -> call.handler().onTerminated());
            }
        } catch (RejectedExecutionException e) {
            log.debug("call {} ended while the endpoint stops", callId);
        }
    }

    private static long cseq(Request request) {
        return ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber();
    }

    private static String callId(Message message) {
        return ((CallIdHeader) message.getHeader(CallIdHeader.NAME)).getCallId();
    }
}
