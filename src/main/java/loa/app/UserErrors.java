package loa.app;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import loa.audience.AudienceFormatException;
import loa.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into a message a person can act on: what is wrong, where, and no
 * stack trace (that goes to the debug log). Wrong input exits with 2, anything else with 1.
 */
final class UserErrors implements IExecutionExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(UserErrors.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        log.debug("{} failed", command.getCommandName(), e);
        boolean wrongInput = e instanceof ConfigException || e instanceof AudienceFormatException
                || e instanceof IllegalArgumentException || e instanceof NoSuchFileException;
        command.getErr().println("loa " + command.getCommandName() + ": " + message(e));
        return wrongInput ? 2 : 1;
    }

    private static String message(Throwable e) {
        if (e instanceof NoSuchFileException missing) return "no such file or folder: " + missing.getFile();
        if (e instanceof AccessDeniedException denied) return "not allowed to read or write " + denied.getFile();
        String message = e.getMessage();
        if (e.getCause() != null && e.getCause().getMessage() != null && !message.contains(e.getCause().getMessage())) {
            message += " (" + e.getCause().getMessage() + ")";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
