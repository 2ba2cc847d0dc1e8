package loa.sip;

import gov.nist.core.StackLogger;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JAIN-SIP RI's stack log, sent to SLF4J (the RI's default wants log4j, which loa does not ship).
 * Named by class in {@code gov.nist.javax.sip.STACK_LOGGER}. The RI's INFO is chatty, so it
 * becomes DEBUG here; its warnings and errors stay what they are.
 */
public final class Slf4jStackLogger implements StackLogger {
    private static final Logger log = LoggerFactory.getLogger("gov.nist.javax.sip");

    @Override
    public boolean isLoggingEnabled(int level) {
        if (level <= TRACE_WARN) {
            return log.isWarnEnabled();
        }
        return level <= TRACE_DEBUG ? log.isDebugEnabled() : log.isTraceEnabled();
    }

    @Override
    public boolean isLoggingEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void logStackTrace() {
        logStackTrace(TRACE_DEBUG);
    }

    @Override
    public void logStackTrace(int level) {
        if (isLoggingEnabled(level)) {
            log.debug("stack trace", new Throwable("here"));
        }
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable ex) {
        log.warn("JAIN-SIP", ex);
    }

    @Override
    public void logDebug(String message) {
        log.debug(message);
    }

    @Override
    public void logDebug(String message, Exception ex) {
        log.debug(message, ex);
    }

    @Override
    public void logTrace(String message) {
        log.trace(message);
    }

    @Override
    public void logFatalError(String message) {
        log.error(message);
    }

    @Override
    public void logError(String message) {
        log.error(message);
    }

    @Override
    public void logError(String message, Exception ex) {
        if (ex instanceof InterruptedException) {
            log.debug(message); // stopping a stack interrupts the event scanner, which the RI's stop leaves waiting
        } else {
            log.error(message, ex);
        }
    }

    @Override
    public void logWarning(String message) {
        if (message.toLowerCase(java.util.Locale.ROOT).matches(".*(truststore|keystore|tls).*")) {
            log.debug(message); // every stack says this at start; loa and its harness speak UDP only
        } else {
            log.warn(message);
        }
    }

    @Override
    public void logInfo(String message) {
        log.debug(message);
    }

    @Override
    public void disableLogging() {
        // Levels are SLF4J's to set.
    }

    @Override
    public void enableLogging() {
        // Levels are SLF4J's to set.
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
        log.debug("JAIN-SIP RI built {}", buildTimeStamp);
    }

    @Override
    public void setStackProperties(Properties properties) {
        // Nothing to configure: SLF4J's configuration decides.
    }

    @Override
    public String getLoggerName() {
        return log.getName();
    }
}
