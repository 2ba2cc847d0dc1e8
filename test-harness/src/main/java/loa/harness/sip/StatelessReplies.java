package loa.harness.sip;

import javax.sip.ServerTransaction;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.RequestEvent;
import javax.sip.message.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Server transactions for incoming requests, and the answers given without a call: 481, 405, OPTIONS. */
final class StatelessReplies {
    private static final Logger log = LoggerFactory.getLogger(StatelessReplies.class);
    /** The methods a simulator takes (RFC 3261 §20.5). */
    private static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS";

    private final SipContext context;
    private final SipMessages messages;

    StatelessReplies(SipContext context) {
        this.context = context;
        this.messages = new SipMessages(context);
    }

    /** The request's server transaction, made now if the stack has none; null for a retransmission. */
    ServerTransaction serverTransaction(RequestEvent event) {
        if (event.getServerTransaction() != null) {
            return event.getServerTransaction();
        }
        try {
            return context.provider().getNewServerTransaction(event.getRequest());
        } catch (TransactionAlreadyExistsException e) {
            return null;
        } catch (Exception e) {
            log.warn("no server transaction for {}: {}", event.getRequest().getMethod(), e.toString());
            return null;
        }
    }

    /** RFC 3261 §15.1.2 / §9.2: a BYE or CANCEL for a call this endpoint does not know. */
    void callDoesNotExist(ServerTransaction transaction) {
        reply(transaction, SipStatus.CALL_DOES_NOT_EXIST.code());
    }

    /** RFC 3261 §21.5.4: the endpoint is stopping. */
    void serviceUnavailable(ServerTransaction transaction) {
        reply(transaction, SipStatus.SERVICE_UNAVAILABLE.code());
    }

    /**
     * RFC 3261 §11.2: an OPTIONS out of dialog, a peer's health check: 200 with what the endpoint
     * takes, or 503 once it is stopping, as a new call would get.
     */
    void capabilities(RequestEvent event, boolean stopping) {
        ServerTransaction transaction = serverTransaction(event);
        if (transaction != null) {
            reply(transaction, stopping ? SipStatus.SERVICE_UNAVAILABLE.code() : SipStatus.OK.code());
        }
    }

    /** RFC 3261 §8.2.1: methods a simulator does not take. */
    void notAllowed(RequestEvent event) {
        if (Request.ACK.equals(event.getRequest().getMethod())) {
            return;
        }
        ServerTransaction transaction = serverTransaction(event);
        if (transaction != null) {
            reply(transaction, SipStatus.METHOD_NOT_ALLOWED.code());
        }
    }

    private void reply(ServerTransaction transaction, int status) {
        try {
            var response = messages.response(status, transaction.getRequest(), null, null);
            if (status == SipStatus.METHOD_NOT_ALLOWED.code() || isCapabilities(transaction, status)) {
                response.addHeader(context.headers().createAllowHeader(ALLOW));
            }
            if (isCapabilities(transaction, status)) {
                response.addHeader(context.headers().createAcceptHeader("application", "sdp"));
            }
            transaction.sendResponse(response);
        } catch (Exception e) {
            log.debug("{} not sent: {}", status, e.toString());
        }
    }

    private static boolean isCapabilities(ServerTransaction transaction, int status) {
        return status == SipStatus.OK.code() && Request.OPTIONS.equals(transaction.getRequest().getMethod());
    }
}
