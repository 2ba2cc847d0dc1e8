package loa.harness.smsc;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.extra.SessionState;
import org.jsmpp.session.Session;
import org.jsmpp.session.SessionStateListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The open links, found by jSMPP session id; a link leaves when its session closes. Thread-safe. */
final class Links implements SessionStateListener {
    private static final Logger log = LoggerFactory.getLogger(Links.class);
    private static final String UNKNOWN = "";

    private final Map<String, SmscLink> open = new ConcurrentHashMap<>();
    private final AtomicInteger turn = new AtomicInteger();
    private final Throughput throughput;

    Links(Throughput throughput) {
        this.throughput = throughput;
    }

    void add(SmscLink link) {
        open.put(link.id(), link);
    }

    int size() {
        return open.size();
    }

    /** The system_id bound on the session; empty if the link is already gone. */
    String systemIdOf(Session session) {
        SmscLink link = open.get(session.getSessionId());
        return link == null ? UNKNOWN : link.systemId();
    }

    /** A receiver or transceiver bound as {@code systemId}, taken in turn when there are several. */
    Optional<SmscLink> receiverFor(String systemId) {
        List<SmscLink> receivers = open.values().stream().filter(l -> l.receivesFor(systemId)).toList();
        if (receivers.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(receivers.get(Math.floorMod(turn.getAndIncrement(), receivers.size())));
    }

    void dropAll() {
        List.copyOf(open.values()).forEach(SmscLink::drop);
    }

    void closeAll() {
        List.copyOf(open.values()).forEach(SmscLink::close);
    }

    @Override
    public void onStateChange(SessionState newState, SessionState oldState, Session source) {
        if (newState == SessionState.CLOSED) {
            SmscLink link = open.remove(source.getSessionId());
            throughput.forget(source.getSessionId());
            if (link != null) {
                link.closed();
                log.info("SMSC {} closed", link);
            }
        }
    }
}
