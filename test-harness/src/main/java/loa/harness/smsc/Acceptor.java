package loa.harness.smsc;

import loa.harness.NamedThreads;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.jsmpp.DefaultPDUReader;
import org.jsmpp.PDUSender;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.socket.SocketConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on 127.0.0.1 and turns each connection into a jSMPP server session. jSMPP's own
 * SMPPServerSessionListener binds every interface and hides the socket, and the simulator
 * needs both loopback-only and the socket itself, to break the link on command.
 */
final class Acceptor {
    private static final Logger log = LoggerFactory.getLogger(Acceptor.class);
    private static final int BACKLOG = 50;

    private final SmscConfig config;
    private final Links links;
    private final Binder binder;
    private final ServerMessageReceiverListener handler;
    private final PDUSender sender;
    private volatile ServerSocket server;
    private Thread acceptThread;
    private ThreadPoolExecutor bindThreads;

    Acceptor(SmscConfig config, Links links, Binder binder, ServerMessageReceiverListener handler, PDUSender sender) {
        this.config = config;
        this.links = links;
        this.binder = binder;
        this.handler = handler;
        this.sender = sender;
    }

    void start() throws IOException {
        server = new ServerSocket(0, BACKLOG, InetAddress.getLoopbackAddress());
        bindThreads = new ThreadPoolExecutor(config.maxBinds(), config.maxBinds(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(config.maxBinds()), new NamedThreads("smsc-bind"));
        bindThreads.allowCoreThreadTimeOut(true);
        acceptThread = new NamedThreads("smsc-accept").newThread(this::acceptLoop);
        acceptThread.start();
    }

    int port() {
        if (server == null) {
            throw new IllegalStateException("the SMSC simulator has not been started");
        }
        return server.getLocalPort();
    }

    void stop() throws InterruptedException {
        if (acceptThread == null) {
            closeQuietly(server);
            return;
        }
        closeQuietly(server);
        acceptThread.join(config.bindTimeout().toMillis());
        bindThreads.shutdownNow();
        bindThreads.awaitTermination(config.bindTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                admit(server.accept());
            } catch (IOException e) {
                if (!server.isClosed()) {
                    log.warn("SMSC accept failed: {}", e.toString());
                }
            }
        }
    }

    private void admit(Socket socket) throws IOException {
        if (links.size() >= config.maxBinds()) {
            log.warn("SMSC refused a connection from {}: {} links open, the most allowed", socket.getRemoteSocketAddress(), links.size());
            closeQuietly(socket);
            return;
        }
        socket.setTcpNoDelay(true);
        SmscLink link = new SmscLink(socket, sessionOn(socket));
        links.add(link);
        try {
            bindThreads.execute(() -> binder.bind(link));
        } catch (RejectedExecutionException e) {
            link.close();
        }
    }

    private SMPPServerSession sessionOn(Socket socket) throws IOException {
        Connection connection = new SocketConnection(socket);
        connection.setSoTimeout((int) config.bindTimeout().toMillis());
        SMPPServerSession session = new SMPPServerSession(connection, links, handler, null,
                config.pduThreadsPerBind(), config.pduQueuePerBind(), sender, new DefaultPDUReader());
        session.setTransactionTimer(config.transactionTimer().toMillis());
        return session;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            log.debug("SMSC close: {}", e.toString());
        }
    }
}
