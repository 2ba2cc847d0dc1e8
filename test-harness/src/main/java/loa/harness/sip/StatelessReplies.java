package loa.harness.sip;

import javax.sip.ServerTransaction;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.RequestEvent;
import javax.sip.message.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Server transactions for incoming requests, and the answers given without a call: 481, 405. */
final class StatelessReplies {
    private static final Logger log = LoggerFactory.getLogger(StatelessReplies.class);

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
            if (status == SipStatus.METHOD_NOT_ALLOWED.code()) {
                response.addHeader(context.headers().createAllowHeader("INVITE, ACK, CANCEL, BYE"));
            }
            transaction.sendResponse(response);
        } catch (Exception e) {
            log.debug("{} not sent: {}", status, e.toString());
        }
    }
}
