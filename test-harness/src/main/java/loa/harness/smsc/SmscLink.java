package loa.harness.smsc;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jsmpp.bean.BindType;
import org.jsmpp.session.SMPPServerSession;

/** One TCP connection from an ESME and the jSMPP session on it; who bound it, and how. */
final class SmscLink {
    private static final String NOT_BOUND = "";

    private final Socket socket;
    private final SMPPServerSession session;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile String systemId = NOT_BOUND;
    private volatile BindType bindType;

    SmscLink(Socket socket, SMPPServerSession session) {
        this.socket = socket;
        this.session = session;
    }

    String id() {
        return session.getSessionId();
    }

    SMPPServerSession session() {
        return session;
    }

    String systemId() {
        return systemId;
    }

    void bound(String systemId, BindType bindType) {
        this.systemId = systemId;
        this.bindType = bindType;
    }

    /** Whether a deliver_sm for {@code systemId} may go over this link: a receiver or transceiver bind. */
    boolean receivesFor(String systemId) {
        return this.systemId.equals(systemId) && session.getSessionState().isReceivable();
    }

    /** Closes the socket with a TCP reset and no unbind, as a broken link looks to the peer. */
    void drop() {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException e) {
            close();
        }
    }

    void close() {
        session.close();
    }

    /** Called once jSMPP has closed the session, whoever closed it. */
    void closed() {
        closed.countDown();
    }

    /** Whether the session closed within {@code timeout}. */
    boolean awaitClosed(Duration timeout) throws InterruptedException {
        return closed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public String toString() {
        return "link " + id() + " from " + socket.getRemoteSocketAddress()
                + (bindType == null ? " (not bound)" : " (" + bindType + " " + systemId + ")");
    }
}
