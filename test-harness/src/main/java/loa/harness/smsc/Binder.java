package loa.harness.smsc;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.jsmpp.PDUStringException;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.session.BindRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a new link's bind: transmitter, receiver and transceiver are all accepted with the
 * configured credentials; a wrong system_id gets ESME_RINVSYSID, a wrong password ESME_RINVPASWD.
 */
final class Binder {
    /** The system_id this SMSC gives in bind_resp. */
    static final String SMSC_SYSTEM_ID = "loa-smsc";
    /**
     * How long a refused ESME may take to hang up. Closing at once loses the refusal: jSMPP's
     * client may see the end of the stream before it has handled the bind_resp.
     */
    static final Duration REFUSED_LINK_GRACE = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(Binder.class);

    /** Binds kept at most; the oldest is forgotten first, so an ESME that keeps failing cannot fill the memory. */
    static final int MAX_BINDS_KEPT = 1_000;

    private final SmscConfig config;
    private final SmscCounters counters;
    private final Deque<ReceivedBind> received = new ArrayDeque<>();

    Binder(SmscConfig config, SmscCounters counters) {
        this.config = config;
        this.counters = counters;
    }

    /** Runs on a bind thread: blocks until the bind arrives or the bind timeout passes. */
    void bind(SmscLink link) {
        try {
            answer(link, link.session().waitForBind(config.bindTimeout().toMillis()));
        } catch (TimeoutException e) {
            log.info("SMSC {} sent no bind within {}; closed", link, config.bindTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            link.close();
        } catch (IOException | PDUStringException | IllegalStateException e) {
            log.warn("SMSC {} bind failed: {}", link, e.toString());
            link.close();
        }
    }

    /** The binds received, oldest first. */
    synchronized List<ReceivedBind> received() {
        return List.copyOf(received);
    }

    synchronized void clear() {
        received.clear();
    }

    private synchronized void keep(ReceivedBind bind) {
        if (received.size() == MAX_BINDS_KEPT) {
            received.removeFirst();
        }
        received.addLast(bind);
    }

    private void answer(SmscLink link, BindRequest request) throws IOException, PDUStringException, InterruptedException {
        int status = check(request);
        keep(new ReceivedBind(request.getSystemId(), request.getSystemType(), request.getBindType(), status));
        if (status != CommandStatus.ESME_ROK) {
            counters.bindRejected();
            log.info("SMSC {} {} as '{}' refused: {}", link, request.getBindType(), request.getSystemId(),
                    CommandStatus.name(status));
            request.reject(status);
            if (!link.awaitClosed(REFUSED_LINK_GRACE)) {
                link.close();
            }
            return;
        }
        link.bound(request.getSystemId(), request.getBindType());
        request.accept(SMSC_SYSTEM_ID, InterfaceVersion.IF_34);
        counters.bindAccepted();
        log.info("SMSC {} bound", link);
    }

    private int check(BindRequest request) {
        if (!config.systemId().equals(request.getSystemId())) {
            return CommandStatus.ESME_RINVSYSID;
        }
        if (!config.password().equals(request.getPassword())) {
            return CommandStatus.ESME_RINVPASWD;
        }
        return CommandStatus.ESME_ROK;
    }
}
