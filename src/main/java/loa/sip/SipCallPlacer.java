package loa.sip;

import gov.nist.core.CommonLogger;
import gov.nist.javax.sip.SipStackImpl;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import loa.campaign.CallEvents;
import loa.campaign.CallPlacer;
import loa.campaign.CallRequest;
import loa.campaign.PeerCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The launcher's calls over SIP (JAIN-SIP RI, UDP): one stack, one {@link SipListener} that routes
 * each message by Call-ID to its {@link ThirdPartyCall} and returns at once, and per call an RFC
 * 3725 §4.1 state machine run on its own serial executor. Its {@link PeerCheck} sends OPTIONS to
 * the trunk and the voice browser through the same stack.
 */
public final class SipCallPlacer implements CallPlacer, PeerCheck, SipListener, ThirdPartyCall.Owner {
    private static final Logger log = LoggerFactory.getLogger(SipCallPlacer.class);
    private static final AtomicInteger STACKS = new AtomicInteger();
    private static final int BIND_ATTEMPTS = 20;
    /** How long {@link #problem} waits for the peers' answers to OPTIONS. */
    public static final Duration OPTIONS_WAIT = Duration.ofSeconds(2);
    /** How long {@link #stop} waits for the BYEs and CANCELs of the calls still up to be answered. */
    public static final Duration STOP_WAIT = Duration.ofSeconds(2);
    /**
     * The SIP socket's receive and send buffers (the kernel caps them at net.core.rmem_max and
     * wmem_max). The RI's 8 KiB overflows whenever its reader is off the CPU for a few
     * milliseconds at a few hundred calls a second, and each datagram lost comes back as a
     * retransmission half a second later, or a failed call (bench/launcher).
     */
    private static final String UDP_BUFFER_BYTES = Integer.toString(4 << 20);

    static {
        // Classes of the RI may log before a stack names its logger; without this they reach for log4j.
        CommonLogger.legacyLogger = new Slf4jStackLogger();
    }

    private final String bindHost;
    private final int bindPort;
    private final String trunkHost;
    private final int trunkPort;
    private final String browserHost;
    private final int browserPort;
    private final Map<String, ThirdPartyCall> calls = new ConcurrentHashMap<>();
    private final PeerOptions peerOptions = new PeerOptions(OPTIONS_WAIT);

    private SipStack stack;
    private SipProvider provider;
    private volatile SipRequests sip;
    private ExecutorService workers;
    private ScheduledExecutorService timers;

    /** Binds {@code bindHost:bindPort} (0: ephemeral); calls go through the trunk and join the voice browser. */
    public SipCallPlacer(String bindHost, int bindPort, String trunkHost, int trunkPort, String browserHost, int browserPort) {
        this.bindHost = bindHost;
        this.bindPort = bindPort;
        this.trunkHost = trunkHost;
        this.trunkPort = trunkPort;
        this.browserHost = browserHost;
        this.browserPort = browserPort;
    }

    public synchronized void start() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", "loa-sip-" + STACKS.incrementAndGet());
        properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        properties.setProperty("gov.nist.javax.sip.SERVER_LOGGER", Slf4jServerLogger.class.getName());
        properties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "4");
        properties.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        properties.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", UDP_BUFFER_BYTES);
        properties.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", UDP_BUFFER_BYTES);
        // The RI keeps the parsed messages (a few KiB each) of a transaction or dialog for as long as
        // it keeps that, about 32 s after a call; Normal lets go of them once the transaction is done.
        // With None, the RI's default, a 1 GiB heap fills at about 1,000 calls a second (bench/launcher).
        properties.setProperty("gov.nist.javax.sip.RELEASE_REFERENCES_STRATEGY", "Normal");
        stack = new SipStackImpl(properties);
        ListeningPoint point = listen();
        provider = stack.createSipProvider(point);
        provider.addSipListener(this);
        sip = new SipRequests(provider, bindHost, point.getPort());
        workers = Executors.newCachedThreadPool(daemons("loa-call"));
        timers = Executors.newSingleThreadScheduledExecutor(daemons("loa-call-timer"));
        stack.start();
        log.info("SIP call placer on {}:{}", bindHost, point.getPort());
    }

    /**
     * Hangs up every call still up (CANCEL to a ringing leg, BYE to an answered one; each call ends
     * FAILED with status 0), waits up to {@link #STOP_WAIT} for those to be answered, then stops the
     * stack.
     */
    public synchronized void stop() {
        if (stack == null) return;
        hangUpEveryCall();
        stack.stop();
        timers.shutdownNow();
        workers.shutdownNow();
        stack = null;
        sip = null;
    }

    private void hangUpEveryCall() {
        Set<ThirdPartyCall> up = Collections.newSetFromMap(new IdentityHashMap<>());
        up.addAll(calls.values()); // each call is routed by both its Call-IDs
        for (ThirdPartyCall call : up) {
            try {
                call.abandon();
            } catch (RejectedExecutionException e) {
                log.warn("a call with too many events pending is left to its far ends: {}", e.getMessage());
            }
        }
        try {
            CompletableFuture.allOf(up.stream().map(ThirdPartyCall::settled).toArray(CompletableFuture[]::new))
                    .get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            log.warn("stopping with hang-ups still unanswered after {}", STOP_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The UDP port SIP is received on. */
    public int port() {
        return provider.getListeningPoints()[0].getPort();
    }

    @Override
    public void place(CallRequest request, CallEvents events) {
        new ThirdPartyCall(request, events, this, new SerialExecutor(workers, request.callId()), timers).start();
    }

    /**
     * OPTIONS to the trunk and to the voice browser at once; blocks the calling thread (never a
     * stack thread) up to {@link #OPTIONS_WAIT} for their answers. Never throws.
     */
    @Override
    public Optional<String> problem() {
        SipRequests requests = sip;
        if (requests == null) return Optional.of("SIP call placer not started: no OPTIONS sent");
        try {
            return peerOptions.problem(requests, List.of(new PeerOptions.Peer("trunk", trunkHost, trunkPort),
                    new PeerOptions.Peer("voice browser", browserHost, browserPort)));
        } catch (RuntimeException e) {
            log.warn("OPTIONS check failed", e);
            return Optional.of("OPTIONS check failed: " + e);
        }
    }

    private ListeningPoint listen() throws Exception {
        if (bindPort != 0) return stack.createListeningPoint(bindHost, bindPort, ListeningPoint.UDP);
        Exception last = null;
        for (int attempt = 0; attempt < BIND_ATTEMPTS; attempt++) {
            // The RI would put port 0 in its Via and Contact: find a free port first.
            try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(bindHost), 0))) {
                int port = probe.getLocalPort();
                probe.close();
                return stack.createListeningPoint(bindHost, port, ListeningPoint.UDP);
            } catch (javax.sip.InvalidArgumentException e) {
                last = e;
            }
        }
        throw last;
    }

    private static java.util.concurrent.ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private ThirdPartyCall callOf(Message message) {
        return calls.get(((CallIdHeader) message.getHeader(CallIdHeader.NAME)).getCallId());
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        ThirdPartyCall call = callOf(request);
        if (call != null && Request.BYE.equals(request.getMethod())) {
            call.onBye(event);
        } else if (!Request.ACK.equals(request.getMethod())) {
            log.debug("ignored a {} for no call of ours", request.getMethod());
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
        if (peerOptions.onResponse(event.getResponse())) return;
        ThirdPartyCall call = callOf(event.getResponse());
        if (call != null) call.onResponse(event);
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        if (event.getClientTransaction() == null) return;
        ThirdPartyCall call = callOf(event.getClientTransaction().getRequest());
        if (call != null) call.onTimeout(event);
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        log.warn("SIP I/O error towards {}:{}", event.getHost(), event.getPort());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
    }

    @Override
    public SipRequests sip() {
        return sip;
    }

    @Override
    public void route(String sipCallId, ThirdPartyCall call) {
        calls.put(sipCallId, call);
    }

    @Override
    public void forget(String sipCallId) {
        calls.remove(sipCallId);
    }

    @Override
    public String trunkHost() {
        return trunkHost;
    }

    @Override
    public int trunkPort() {
        return trunkPort;
    }

    @Override
    public String browserHost() {
        return browserHost;
    }

    @Override
    public int browserPort() {
        return browserPort;
    }
}
