package loa.sip;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;
import java.util.Properties;
import javax.sip.SipStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JAIN-SIP RI's message trace (every SIP message in and out), sent to SLF4J at TRACE under
 * {@code loa.sip.wire}. Named by class in {@code gov.nist.javax.sip.SERVER_LOGGER}.
 */
public final class Slf4jServerLogger implements ServerLogger {
    private static final Logger wire = LoggerFactory.getLogger("loa.sip.wire");

    @Override
    public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
        log(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
        log(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
        log(message, from, to, sender);
    }

    @Override
    public void logException(Exception ex) {
        wire.debug("JAIN-SIP", ex);
    }

    @Override
    public void closeLogFile() {
        // No file: SLF4J's appenders own the output.
    }

    @Override
    public void setStackProperties(Properties properties) {
        // Nothing to configure: SLF4J's configuration decides.
    }

    @Override
    public void setSipStack(SipStack sipStack) {
        // The stack's name is not needed: the call id in each message says whose it is.
    }

    private static void log(SIPMessage message, String from, String to, boolean sender) {
        if (wire.isTraceEnabled()) {
            wire.trace("{} {} -> {}\n{}", sender ? "sent" : "received", from, to, message.encode());
        }
    }
}
