package loa.sip;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipProvider;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/** Builds and sends the launcher's SIP requests through one provider. */
final class SipRequests {
    /** Carries the attempt's id on every request (STYLE.md habit 9). */
    static final String LOA_CALL_HEADER = "X-Loa-Call";
    /** RFC 3325 §9.1. */
    static final String P_ASSERTED_IDENTITY = "P-Asserted-Identity";

    private final SipProvider provider;
    private final String host;
    private final int port;
    private final AddressFactory addresses;
    private final HeaderFactory headers;
    private final MessageFactory messages;

    SipRequests(SipProvider provider, String host, int port) throws Exception {
        this.provider = provider;
        this.host = host;
        this.port = port;
        SipFactory factory = SipFactory.getInstance();
        addresses = factory.createAddressFactory();
        headers = factory.createHeaderFactory();
        messages = factory.createMessageFactory();
    }

    /** A fresh Call-ID for one leg of {@code loaCallId}, naming the leg so logs and traces read. */
    String newCallId(String loaCallId, String leg) {
        return loaCallId + "." + leg + "." + Long.toHexString(System.nanoTime()) + "@" + host;
    }

    /** {@code sip:<msisdn>@<trunk>}. */
    SipURI subscriber(String msisdn, String trunkHost, int trunkPort) throws Exception {
        SipURI uri = addresses.createSipURI(msisdn, trunkHost);
        uri.setPort(trunkPort);
        return uri;
    }

    /** The RFC 5552 §2 dialog URI: {@code sip:dialog@<vb>;voicexml=<url-encoded dialog URL>}. */
    SipURI voiceBrowser(String dialogUrl, String browserHost, int browserPort) throws Exception {
        SipURI uri = addresses.createSipURI("dialog", browserHost);
        uri.setPort(browserPort);
        uri.setParameter("voicexml", URLEncoder.encode(dialogUrl, StandardCharsets.UTF_8));
        return uri;
    }

    /** {@code sip:<host>:<port>}: a peer itself, for requests out of dialog. */
    SipURI peer(String peerHost, int peerPort) throws Exception {
        SipURI uri = addresses.createSipURI(null, peerHost);
        uri.setPort(peerPort);
        return uri;
    }

    /**
     * RFC 3725 §4.1 step 1: an INVITE with no offer to the subscriber behind the trunk, showing
     * {@code callerId} in From (as its display name too) and in P-Asserted-Identity (RFC 3325), which
     * a trunk that trusts us passes on as the calling number.
     */
    ClientTransaction inviteWithoutOffer(SipURI subscriber, String callerId, String callId, String loaCallId)
            throws Exception {
        Request invite = outOfDialog(subscriber, Request.INVITE, callerId, callId);
        ((FromHeader) invite.getHeader(FromHeader.NAME)).getAddress().setDisplayName(callerId);
        invite.addHeader(headers.createHeader(P_ASSERTED_IDENTITY, "<" + addresses.createSipURI(callerId, host) + ">"));
        return sendInvite(invite, loaCallId, null);
    }

    /** RFC 3725 §4.1 step 3: an INVITE to the voice browser carrying the subscriber's offer. */
    ClientTransaction inviteWithOffer(SipURI browser, String callId, String loaCallId, byte[] sdp) throws Exception {
        return sendInvite(outOfDialog(browser, Request.INVITE, "loa", callId), loaCallId, sdp);
    }

    private ClientTransaction sendInvite(Request invite, String loaCallId, byte[] sdp) throws Exception {
        Address contact = addresses.createAddress(addresses.createSipURI("loa", host + ":" + port));
        invite.addHeader(headers.createContactHeader(contact));
        invite.addHeader(headers.createHeader(LOA_CALL_HEADER, loaCallId));
        if (sdp != null) invite.setContent(sdp, headers.createContentTypeHeader("application", "sdp"));
        return send(invite);
    }

    /** Sends an OPTIONS out of dialog to {@code target} (RFC 3261 §11): is it up? */
    ClientTransaction options(SipURI target, String callId) throws Exception {
        Request options = outOfDialog(target, Request.OPTIONS, "loa", callId);
        options.addHeader(headers.createAcceptHeader("application", "sdp"));
        return send(options);
    }

    private Request outOfDialog(SipURI target, String method, String fromUser, String callId) throws Exception {
        SipURI from = addresses.createSipURI(fromUser, host);
        List<ViaHeader> via = List.of(headers.createViaHeader(host, port, "udp", null));
        return messages.createRequest(target, method, headers.createCallIdHeader(callId),
                headers.createCSeqHeader(1L, method),
                headers.createFromHeader(addresses.createAddress(from), Long.toHexString(System.nanoTime())),
                headers.createToHeader(addresses.createAddress(target), null), via, headers.createMaxForwardsHeader(70));
    }

    private ClientTransaction send(Request request) throws SipException {
        ClientTransaction transaction = provider.getNewClientTransaction(request);
        transaction.sendRequest();
        return transaction;
    }

    /** ACKs the 2xx {@code ok} on {@code dialog}, carrying {@code sdp} when not null. */
    void ack(Dialog dialog, Response ok, byte[] sdp) throws Exception {
        Request ack = dialog.createAck(((CSeqHeader) ok.getHeader(CSeqHeader.NAME)).getSeqNumber());
        if (sdp != null) ack.setContent(sdp, headers.createContentTypeHeader("application", "sdp"));
        dialog.sendAck(ack);
    }

    void bye(Dialog dialog, String loaCallId) throws Exception {
        Request bye = dialog.createRequest(Request.BYE);
        bye.addHeader(headers.createHeader(LOA_CALL_HEADER, loaCallId));
        dialog.sendRequest(provider.getNewClientTransaction(bye));
    }

    void cancel(ClientTransaction invite) throws SipException {
        provider.getNewClientTransaction(invite.createCancel()).sendRequest();
    }

    /** Answers a request (a BYE) with 200 OK. */
    void ok(RequestEvent event) throws Exception {
        ServerTransaction transaction = event.getServerTransaction() != null
                ? event.getServerTransaction() : provider.getNewServerTransaction(event.getRequest());
        transaction.sendResponse(messages.createResponse(Response.OK, event.getRequest()));
    }
}
