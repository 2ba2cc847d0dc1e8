package loa.sip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sip.ClientTransaction;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The placer's health check of its peers: an OPTIONS out of dialog (RFC 3261 §11) to each, all
 * sent at once, then one bounded wait for their final responses. The stack's thread only
 * completes a future ({@link #onResponse}); the thread that asked does the waiting.
 */
final class PeerOptions {
    private static final Logger log = LoggerFactory.getLogger(PeerOptions.class);

    /** A peer as the operator knows it: its role and its address. */
    record Peer(String role, String host, int port) {
        @Override
        public String toString() {
            return role + " sip:" + host + ":" + port;
        }
    }

    private final Map<String, CompletableFuture<Integer>> pending = new ConcurrentHashMap<>();
    private final Duration wait;

    PeerOptions(Duration wait) {
        this.wait = wait;
    }

    /**
     * RFC 3261 §11.2: a 2xx says the peer is up; so does 405 or 501, from a peer that takes calls
     * but not OPTIONS. Anything else (503, other 5xx, 4xx such as 403 for a trunk that does not
     * know us) is what a call would meet too.
     */
    static boolean provesAlive(int status) {
        return status / 100 == 2 || status == 405 || status == 501;
    }

    /** Whether {@code response} answers one of our OPTIONS; a final one ends its wait. On a stack thread. */
    boolean onResponse(Response response) {
        if (!Request.OPTIONS.equals(((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getMethod())) return false;
        CompletableFuture<Integer> answer = pending.get(((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId());
        if (answer != null && response.getStatusCode() >= 200) answer.complete(response.getStatusCode());
        return true;
    }

    /** Asks every peer at once; empty when all proved alive within the wait, else one line naming each that did not. */
    Optional<String> problem(SipRequests sip, List<Peer> peers) {
        long deadline = System.nanoTime() + wait.toNanos();
        List<Probe> probes = peers.stream().map(peer -> send(sip, peer)).toList();
        List<String> problems = new ArrayList<>();
        for (Probe probe : probes) {
            verdict(probe, deadline).ifPresent(problems::add);
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }

    private record Probe(Peer peer, String callId, CompletableFuture<Integer> answer, ClientTransaction transaction) {
    }

    private Probe send(SipRequests sip, Peer peer) {
        String callId = sip.newCallId("options", peer.role().replace(' ', '-'));
        CompletableFuture<Integer> answer = new CompletableFuture<>();
        pending.put(callId, answer);
        try {
            return new Probe(peer, callId, answer, sip.options(sip.peer(peer.host(), peer.port()), callId));
        } catch (Exception e) {
            answer.completeExceptionally(e);
            return new Probe(peer, callId, answer, null);
        }
    }

    private Optional<String> verdict(Probe probe, long deadline) {
        try {
            int status = probe.answer().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return provesAlive(status) ? Optional.empty() : Optional.of(probe.peer() + ": " + status + " to OPTIONS");
        } catch (TimeoutException e) {
            return Optional.of(probe.peer() + ": no answer to OPTIONS within " + seconds(wait));
        } catch (ExecutionException e) {
            return Optional.of(probe.peer() + ": OPTIONS not sent: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(probe.peer() + ": interrupted while waiting for the answer to OPTIONS");
        } finally {
            pending.remove(probe.callId());
            stopRetransmitting(probe.transaction());
        }
    }

    /** An OPTIONS left unanswered would be sent again until Timer F (32 s): no one waits for it any more. */
    private static void stopRetransmitting(ClientTransaction transaction) {
        if (transaction == null) return;
        try {
            transaction.terminate();
        } catch (Exception e) {
            log.debug("OPTIONS transaction not terminated: {}", e.toString());
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
