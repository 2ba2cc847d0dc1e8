package loa.harness.sip;

import loa.harness.NamedThreads;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sip.ListeningPoint;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SIP user agent server over UDP on 127.0.0.1: its own JAIN-SIP stack, provider and listening
 * point, one listener routing by Call-ID, and two named bounded pools: {@code <name>-sip-call}
 * where the calls' serial executors run, {@code <name>-sip-timer} for their timers.
 */
public final class SipEndpoint {
    private static final Logger log = LoggerFactory.getLogger(SipEndpoint.class);
    /** Threads running call events; the events themselves never block. */
    public static final int CALL_THREADS = 4;
    /** Calls with events waiting at once, beyond which the endpoint refuses work. */
    public static final int MAX_WAITING_CALLS = 20_000;

    private final String name;
    private final int requestedPort;
    private final SipCallFactory factory;
    private SipStack stack;
    private ListeningPoint listeningPoint;
    private SipProvider provider;
    private CallRouter router;
    private ThreadPoolExecutor callPool;
    private ScheduledExecutorService timers;
    private int port;
    private ThreadGroup stackThreads;

    /** {@code port} 0 takes an ephemeral port; {@link #port()} tells which once started. */
    public SipEndpoint(String name, int port, SipCallFactory factory) {
        this.name = name;
        this.requestedPort = port;
        this.factory = factory;
    }

    public synchronized void start() {
        if (stack != null) {
            return;
        }
        stackThreads = new ThreadGroup(name + "-sip-stack");
        try {
            SipStacks.inGroup(stackThreads, this::startStack);
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("SIP endpoint " + name + " did not start: " + e.getMessage(), e);
        }
        log.info("{} listening for SIP on udp {}:{}", name, host(), port());
    }

    /** Runs in {@link #stackThreads}, so every thread the RI starts for this stack is in that group. */
    private Void startStack() throws Exception {
        stack = SipStacks.create(name);
        listeningPoint = SipStacks.listen(stack, requestedPort);
        port = listeningPoint.getPort();
        provider = stack.createSipProvider(listeningPoint);
        startPools();
        router = new CallRouter(context(), factory);
        provider.addSipListener(router);
        stack.start();
        SipStacks.awaitRunning(stack);
        return null;
    }

    /**
     * Refuses new calls (503), lets the call events already queued run (they may still answer or
     * hang up), then stops the timers and the stack; calls in progress are dropped. Idempotent.
     */
    public synchronized void stop() {
        if (stack == null) {
            stopPools();
            return;
        }
        if (router != null) {
            router.refuseNewCalls();
        }
        stopPools();
        if (provider != null) {
            provider.removeSipListener(router);
        }
        // One stop: the RI's stack stop closes its sockets and sleeps a second; deleting the last
        // provider first would stop it (and sleep) twice. Its event scanner then waits forever on
        // its queue: interrupting the stack's threads lets it end.
        stack.stop();
        stackThreads.interrupt();
        stack = null;
        provider = null;
        listeningPoint = null;
        log.info("{} stopped", name);
    }

    public String host() {
        return SipStacks.HOST;
    }

    /** The UDP port it listens on (or listened on, once stopped). */
    public int port() {
        return port;
    }

    /** {@code sip:127.0.0.1:<port>}. */
    public String uri() {
        return "sip:" + host() + ":" + port();
    }

    /** Calls this endpoint is routing now. */
    public int activeCalls() {
        return router == null ? 0 : router.activeCalls();
    }

    private void startPools() {
        callPool = new ThreadPoolExecutor(CALL_THREADS, CALL_THREADS, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(MAX_WAITING_CALLS), new NamedThreads(name + "-sip-call"));
        timers = Executors.newSingleThreadScheduledExecutor(new NamedThreads(name + "-sip-timer"));
    }

    private void stopPools() {
        if (timers != null) {
            timers.shutdownNow();
        }
        if (callPool != null) {
            callPool.shutdown();
            try {
                callPool.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            callPool.shutdownNow();
        }
    }

    private SipContext context() throws Exception {
        javax.sip.SipFactory sip = javax.sip.SipFactory.getInstance();
        sip.setPathName("gov.nist");
        MessageFactory messages = sip.createMessageFactory();
        HeaderFactory headers = sip.createHeaderFactory();
        AddressFactory addresses = sip.createAddressFactory();
        var contact = headers.createContactHeader(addresses.createAddress("sip:" + host() + ":" + port()));
        return new SipContext(provider, messages, headers, addresses, contact, callPool, timers);
    }
}
