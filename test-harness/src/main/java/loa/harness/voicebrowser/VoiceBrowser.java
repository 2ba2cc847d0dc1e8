package loa.harness.voicebrowser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import loa.harness.rtp.RtpEngine;
import loa.harness.NamedThreads;
import loa.harness.sip.ServerCall;
import loa.harness.sip.SipCallHandler;
import loa.harness.sip.SipEndpoint;
import loa.harness.sip.SipStatus;

/**
 * The voice browser's telephony: a SIP UAS on 127.0.0.1 taking RFC 5552 INVITEs
 * ({@code sip:dialog@host:port;voicexml=<URL-encoded dialog URL>}), answering the caller's offer
 * with its own RTP port, and running each call's dialog on a thread of its own
 * ({@code voice-browser-dialog-<n>}, at most {@code maxCalls}) through the {@link DialogRunner}
 * it was given, with an RTP-backed {@link CallMedia}. Keeps each call's {@link CallLog} by Call-ID.
 */
public final class VoiceBrowser {
    public static final int DEFAULT_MAX_CALLS = 1000;
    /** Call logs kept, most recent first out when full. */
    public static final int LOGS_KEPT = 100_000;

    private final DialogRunner runner;
    private final int maxCalls;
    private final SipEndpoint endpoint;
    private final RtpEngine rtp = new RtpEngine("voice-browser");
    private final Map<String, BrowserCall> calls = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BrowserCall> eldest) {
            return size() > LOGS_KEPT;
        }
    };
    private ThreadPoolExecutor dialogs;

    /** On an ephemeral port, up to {@value #DEFAULT_MAX_CALLS} calls at once. */
    public VoiceBrowser(DialogRunner runner) {
        this(runner, 0, DEFAULT_MAX_CALLS);
    }

    /** {@code port} 0 takes an ephemeral one; calls beyond {@code maxCalls} are refused with 503. */
    public VoiceBrowser(DialogRunner runner, int port, int maxCalls) {
        this.runner = runner;
        this.maxCalls = maxCalls;
        this.endpoint = new SipEndpoint("voice-browser", port, this::newCall);
    }

    public synchronized void start() {
        rtp.start();
        dialogs = new ThreadPoolExecutor(0, maxCalls, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                new NamedThreads("voice-browser-dialog"));
        endpoint.start();
    }

    /** Ends the dialogs running (each call gets its BYE), then stops SIP, the dialog threads and RTP. */
    public synchronized void stop() {
        snapshot().forEach(BrowserCall::abandon);
        if (dialogs != null) {
            dialogs.shutdown();
            awaitDialogs();
            dialogs.shutdownNow();
        }
        endpoint.stop();
        rtp.stop();
    }

    public String host() {
        return endpoint.host();
    }

    public int port() {
        return endpoint.port();
    }

    /** {@code sip:127.0.0.1:<port>}; dialogs are requested as {@code sip:dialog@127.0.0.1:<port>;voicexml=…}. */
    public String uri() {
        return endpoint.uri();
    }

    /** The log of the call with this Call-ID, while it is among the last {@value #LOGS_KEPT}. */
    public Optional<CallLog> log(String callId) {
        synchronized (calls) {
            return Optional.ofNullable(calls.get(callId)).map(BrowserCall::log);
        }
    }

    /** The Call-IDs of the calls taken, oldest first. */
    public List<String> callIds() {
        synchronized (calls) {
            return List.copyOf(calls.keySet());
        }
    }

    /** Calls in progress. */
    public int activeCalls() {
        return endpoint.activeCalls();
    }

    private SipCallHandler newCall(ServerCall call) {
        if (endpoint.activeCalls() >= maxCalls) {
            return () -> {
                call.reject(SipStatus.SERVICE_UNAVAILABLE.code());
                call.end();
            };
        }
        BrowserCall browserCall = new BrowserCall(call, rtp, dialogs, runner);
        synchronized (calls) {
            calls.put(call.callId(), browserCall);
        }
        return browserCall;
    }

    private List<BrowserCall> snapshot() {
        synchronized (calls) {
            return List.copyOf(calls.values());
        }
    }

    private void awaitDialogs() {
        try {
            dialogs.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
