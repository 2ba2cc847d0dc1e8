package loa.harness.sip;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * A test's stand-in for loa's launcher: third-party call control by hand (RFC 3725 flow I).
 * It INVITEs the subscriber without SDP, INVITEs the voice browser (RFC 5552) with the
 * subscriber's offer, ACKs the browser, ACKs the subscriber with the browser's answer, and
 * relays a BYE from either side to the other. Real SIP over UDP on 127.0.0.1.
 */
final class ThirdPartyCallController implements SipListener, AutoCloseable {
    private final SipStack stack;
    private final SipProvider provider;
    private final ListeningPoint point;
    private final AddressFactory addresses;
    private final HeaderFactory headers;
    private final MessageFactory messages;
    private final Map<String, BlockingQueue<Response>> responses = new ConcurrentHashMap<>();
    private final Map<String, Dialog> otherLeg = new ConcurrentHashMap<>();
    private final List<String> byesReceived = java.util.Collections.synchronizedList(new ArrayList<>());

    ThirdPartyCallController() throws Exception {
        stack = SipStacks.create("3pcc-test");
        point = SipStacks.listen(stack, 0);
        provider = stack.createSipProvider(point);
        provider.addSipListener(this);
        SipFactory factory = SipFactory.getInstance();
        addresses = factory.createAddressFactory();
        headers = factory.createHeaderFactory();
        messages = factory.createMessageFactory();
    }

    /** Both legs of one call, once connected. */
    record Call(Dialog subscriber, Dialog voiceBrowser, String subscriberCallId, String voiceBrowserCallId) {
    }

    /** Connects the subscriber {@code number} behind {@code trunkPort} to the dialog at {@code dialogUrl}. */
    Call connect(String number, int trunkPort, int voiceBrowserPort, String dialogUrl, Duration timeout) throws Exception {
        SipURI subscriber = addresses.createSipURI(number, SipStacks.HOST);
        subscriber.setPort(trunkPort);
        Response offer = invite(subscriber, "090", null, timeout);
        SipURI browser = addresses.createSipURI("dialog", SipStacks.HOST);
        browser.setPort(voiceBrowserPort);
        browser.setParameter("voicexml", URLEncoder.encode(dialogUrl, StandardCharsets.UTF_8));
        Response answer = invite(browser, "loa", new String(offer.getRawContent(), StandardCharsets.US_ASCII), timeout);
        Dialog subscriberLeg = dialogOf(offer);
        Dialog browserLeg = dialogOf(answer);
        browserLeg.sendAck(browserLeg.createAck(((CSeqHeader) answer.getHeader(CSeqHeader.NAME)).getSeqNumber()));
        Request ack = subscriberLeg.createAck(((CSeqHeader) offer.getHeader(CSeqHeader.NAME)).getSeqNumber());
        ack.setContent(answer.getRawContent(), headers.createContentTypeHeader("application", "sdp"));
        subscriberLeg.sendAck(ack);
        otherLeg.put(subscriberLeg.getCallId().getCallId(), browserLeg);
        otherLeg.put(browserLeg.getCallId().getCallId(), subscriberLeg);
        return new Call(subscriberLeg, browserLeg, subscriberLeg.getCallId().getCallId(), browserLeg.getCallId().getCallId());
    }

    /** The Call-IDs of the legs whose far end sent a BYE. */
    List<String> byesReceived() {
        return List.copyOf(byesReceived);
    }

    private final Map<String, Dialog> dialogs = new ConcurrentHashMap<>();

    private Dialog dialogOf(Response response) {
        return dialogs.get(((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId());
    }

    private Response invite(SipURI target, String fromUser, String sdp, Duration timeout) throws Exception {
        CallIdHeader callId = provider.getNewCallId();
        SipURI from = addresses.createSipURI(fromUser, SipStacks.HOST);
        Address contact = addresses.createAddress(addresses.createSipURI("3pcc", SipStacks.HOST + ":" + point.getPort()));
        List<ViaHeader> via = List.of(headers.createViaHeader(SipStacks.HOST, point.getPort(), "udp", null));
        Request invite = messages.createRequest(target, Request.INVITE, callId, headers.createCSeqHeader(1L, Request.INVITE),
                headers.createFromHeader(addresses.createAddress(from), Long.toHexString(System.nanoTime())),
                headers.createToHeader(addresses.createAddress(target), null), via, headers.createMaxForwardsHeader(70));
        invite.addHeader(headers.createContactHeader(contact));
        if (sdp != null) {
            ContentTypeHeader type = headers.createContentTypeHeader("application", "sdp");
            invite.setContent(sdp, type);
        }
        BlockingQueue<Response> queue = new LinkedBlockingQueue<>();
        responses.put(callId.getCallId(), queue);
        ClientTransaction transaction = provider.getNewClientTransaction(invite);
        dialogs.put(callId.getCallId(), transaction.getDialog());
        transaction.sendRequest();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Response response = queue.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (response == null) throw new AssertionError("no final answer to the INVITE of " + target);
            if (response.getStatusCode() >= 300) throw new AssertionError(target + " answered " + response.getStatusCode());
            if (response.getStatusCode() >= 200) return response;
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        Response response = event.getResponse();
        BlockingQueue<Response> queue = responses.get(((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId());
        if (queue != null && ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getMethod().equals(Request.INVITE)) {
            queue.add(response);
        }
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        if (!request.getMethod().equals(Request.BYE)) return;
        try {
            ServerTransaction transaction = event.getServerTransaction() != null
                    ? event.getServerTransaction() : provider.getNewServerTransaction(request);
            transaction.sendResponse(messages.createResponse(Response.OK, request));
            String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
            byesReceived.add(callId);
            Dialog other = otherLeg.remove(callId);
            if (other != null) {
                otherLeg.remove(other.getCallId().getCallId());
                other.sendRequest(provider.getNewClientTransaction(other.createRequest(Request.BYE)));
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not relay the BYE", e);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
    }

    @Override
    public void close() {
        stack.stop();
    }
}
