package loa.sms;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.session.SessionStateListener;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.socket.SocketConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one bind to the SMSC up: binds, lets jSMPP send enquire_link after each idle
 * {@code enquire-link} interval, and when the bind fails or the link breaks (TCP reset,
 * unanswered enquire_link, unbind from the SMSC) binds again after a back-off that doubles from
 * {@code rebind-min} to {@code rebind-max}. Each attempt is logged once, with why the last one failed.
 *
 * <p>Threading: binding runs on one thread of its own ({@code smpp-link}); jSMPP's state events
 * are handed to it and return at once. {@link #awaitBound} may be called from any thread.
 */
final class SmppLink implements SessionStateListener {
    private static final Logger log = LoggerFactory.getLogger(SmppLink.class);
    /** Enough for a window of responses and a burst of receipts without jSMPP answering ESME_RTHROTTLED itself. */
    private static final int MIN_PDU_QUEUE = 1_000;

    private final SmscSettings settings;
    private final MessageReceiverListener receipts;
    private final ScheduledExecutorService thread;
    private SMPPSession session;
    private SmppLinkState state = SmppLinkState.IDLE;
    private String lastError = "";
    private int failedAttempts;

    SmppLink(SmscSettings settings, MessageReceiverListener receipts) {
        this.settings = settings;
        this.receipts = receipts;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, SmppThreads.named("smpp-link"));
        executor.setRemoveOnCancelPolicy(true);
        this.thread = executor;
    }

    synchronized void start() {
        if (state != SmppLinkState.IDLE) {
            throw new IllegalStateException("the SMPP link was already started");
        }
        state = SmppLinkState.BINDING;
        thread.execute(this::bind);
    }

    /** Unbinds (waiting at most the response timeout for unbind_resp) and closes; binds no more. */
    void stop() throws InterruptedException {
        SMPPSession last;
        synchronized (this) {
            if (state == SmppLinkState.STOPPED) {
                return;
            }
            state = SmppLinkState.STOPPED;
            last = session;
            session = null;
            notifyAll();
        }
        thread.shutdownNow();
        if (last != null) {
            last.unbindAndClose();
        }
        thread.awaitTermination(settings.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        log.info("SMSC link stopped");
    }

    /** The bound session, waiting for one until {@code deadlineNanos} (System.nanoTime); null if none came or stop() was called. */
    synchronized SMPPSession awaitBound(long deadlineNanos) throws InterruptedException {
        while (state != SmppLinkState.STOPPED && !isBound(session)) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return state == SmppLinkState.STOPPED ? null : session;
    }

    /** A submit found {@code broken} unable to send: close it, so the link is bound again. */
    void broken(SMPPSession broken) {
        broken.close();
    }

    synchronized SmppLinkState state() {
        return state;
    }

    synchronized String lastError() {
        return lastError;
    }

    /**
     * jSMPP calls this on its own threads, some holding its locks: a bound session that leaves
     * BOUND is a lost link, handled on the link's thread.
     */
    @Override
    public void onStateChange(SessionState newState, SessionState oldState, Session source) {
        if (newState == SessionState.UNBOUND || newState == SessionState.CLOSED) {
            String why = newState == SessionState.UNBOUND ? "the SMSC unbound" : "the link closed";
            try {
                thread.execute(() -> lost((SMPPSession) source, why));
            } catch (RejectedExecutionException stopped) {
                // stop() closes the session itself
            }
        }
    }

    private void lost(SMPPSession gone, String why) {
        synchronized (this) {
            if (gone != session || state != SmppLinkState.BOUND) {
                return;
            }
            session = null;
            lastError = why;
            state = SmppLinkState.WAITING_TO_REBIND;
            log.warn("SMSC link lost: {}; binding again in {} ms", why, settings.rebindMin().toMillis());
            schedule(settings.rebindMin().toMillis());
        }
        gone.close();
    }

    private void bind() {
        SMPPSession attempt = newSession();
        synchronized (this) {
            if (state == SmppLinkState.STOPPED) {
                return;
            }
            state = SmppLinkState.BINDING;
        }
        try {
            attempt.connectAndBind(settings.host(), settings.port(), bindParameter(), settings.responseTimeout().toMillis());
            if (!bound(attempt)) {
                attempt.unbindAndClose();
            }
        } catch (IOException e) {
            attempt.close();
            failed(describe(e));
        }
    }

    /** False when stop() came first: the new session is not wanted. */
    private synchronized boolean bound(SMPPSession attempt) {
        if (state == SmppLinkState.STOPPED) {
            return false;
        }
        session = attempt;
        state = SmppLinkState.BOUND;
        log.info("SMSC bound: {}{}", settings, failedAttempts == 0 ? "" : " after " + failedAttempts + " failed attempt(s)");
        failedAttempts = 0;
        notifyAll();
        if (!isBound(attempt)) {
            thread.execute(() -> lost(attempt, "the link closed as it was bound"));
        }
        return true;
    }

    private synchronized void failed(String why) {
        if (state == SmppLinkState.STOPPED) {
            return;
        }
        failedAttempts++;
        lastError = why;
        state = SmppLinkState.WAITING_TO_REBIND;
        long delay = backoffMillis(failedAttempts);
        log.warn("SMSC bind attempt {} to {} failed: {}; next in {} ms", failedAttempts, settings, why, delay);
        schedule(delay);
    }

    /** rebind-min after the first failure, doubling, never more than rebind-max. */
    private long backoffMillis(int failures) {
        long max = settings.rebindMax().toMillis();
        long wait = Math.min(max, settings.rebindMin().toMillis());
        for (int n = 1; n < failures && wait < max; n++) {
            wait = Math.min(max, wait * 2);
        }
        return wait;
    }

    private void schedule(long delayMillis) {
        if (!thread.isShutdown()) {
            thread.schedule(this::bind, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private SMPPSession newSession() {
        SMPPSession s = new SMPPSession(this::connect);
        s.setTransactionTimer(settings.responseTimeout().toMillis());
        s.setEnquireLinkTimer((int) Math.min(Integer.MAX_VALUE, settings.enquireLink().toMillis()));
        s.setQueueCapacity(Math.max(MIN_PDU_QUEUE, settings.window() * 4));
        s.setMessageReceiverListener(receipts);
        s.addSessionStateListener(this);
        return s;
    }

    /** jSMPP's own factory connects without a timeout: an SMSC that drops SYNs would hold the link thread for minutes. */
    private Connection connect(String host, int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), (int) Math.min(Integer.MAX_VALUE, settings.responseTimeout().toMillis()));
            return new SocketConnection(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private BindParameter bindParameter() {
        BindType type = settings.bindType() == SmppBindType.TRANSMITTER ? BindType.BIND_TX : BindType.BIND_TRX;
        return new BindParameter(type, settings.systemId(), settings.password(), settings.systemType(),
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "");
    }

    private static boolean isBound(SMPPSession s) {
        return s != null && s.getSessionState().isTransmittable();
    }

    /** What went wrong, in the SMSC's words when it gave any: never a stack trace, never the password. */
    static String describe(IOException e) {
        Throwable cause = e.getCause();
        if (cause instanceof NegativeResponseException refused) {
            return "bind refused with " + SmppErrors.describe(refused.getCommandStatus());
        }
        if (cause instanceof ResponseTimeoutException) {
            return "no bind_resp within the response timeout";
        }
        if (e instanceof ConnectException || e instanceof SocketTimeoutException || e instanceof UnknownHostException) {
            return "cannot connect: " + e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
