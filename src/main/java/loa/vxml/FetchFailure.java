package loa.vxml;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;

/**
 * Why a fetch got no answer, named after the server (scheme, host and port; never the query,
 * which carries a call's token). The JDK's HTTP client often leaves its exception messages
 * empty, so the exception's type and causes say what happened.
 */
final class FetchFailure {
    private FetchFailure() {
    }

    static String describe(URI uri, IOException e, HttpDialogProbe.Config config) {
        String server = origin(uri);
        if (e instanceof HttpConnectTimeoutException) {
            return "cannot connect to " + server + " (no connection within " + seconds(config.connectTimeout()) + ")";
        }
        if (e instanceof HttpTimeoutException) return "no answer from " + server + " within " + seconds(config.requestTimeout());
        if (causedBy(e, UnresolvedAddressException.class) || causedBy(e, UnknownHostException.class)) {
            return "cannot connect to " + server + " (unknown host)";
        }
        if (e instanceof ConnectException) return "cannot connect to " + server + " (" + message(e, "Connection refused") + ")";
        return "fetch from " + server + " failed (" + message(e, e.getClass().getSimpleName()) + ")";
    }

    static String origin(URI uri) {
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost() + port;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) if (type.isInstance(cause)) return true;
        return false;
    }

    /** The first message in the chain of causes, or {@code otherwise}. */
    private static String message(Throwable e, String otherwise) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) return ProbeProblem.flat(cause.getMessage());
        }
        return otherwise;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
