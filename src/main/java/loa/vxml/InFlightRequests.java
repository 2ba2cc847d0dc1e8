package loa.vxml;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the requests being served, so a stop can let them finish before the server goes. */
final class InFlightRequests implements Filter {
    private final AtomicInteger inFlight = new AtomicInteger();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        inFlight.incrementAndGet();
        try {
            chain.doFilter(request, response);
            response.flushBuffer(); // on the wire before the count says done, so a stop cannot cut it off
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Waits until no request is in flight, or {@code timeout} passed; true when none is. */
    boolean awaitNone(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (inFlight.get() > 0) {
            if (Instant.now().isAfter(deadline)) return false;
            Thread.sleep(10);
        }
        return true;
    }
}
