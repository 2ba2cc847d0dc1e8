package loa.harness.voicebrowser.vxml;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import loa.harness.voicebrowser.CallLog;
import loa.harness.voicebrowser.CallLog.Kind;
import loa.harness.voicebrowser.CallMedia;
import loa.harness.voicebrowser.DialogRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * A VoiceXML 2.1 interpreter for the voice browser: fetches a call's dialog over HTTP and runs
 * it on the call's media, ECMAScript in Rhino, writing what happened to the call log (see
 * package-info for the subset). When {@link #run} returns the dialog is over and the call has
 * been disconnected, whichever way it ended.
 *
 * <p>Threading: one instance serves any number of calls at once, each {@code run} on its call's
 * own thread; the instance holds no call's state (that is in a {@link Call}, one per run).
 */
public final class VoiceXmlInterpreter implements DialogRunner {
    private static final Logger log = LoggerFactory.getLogger(VoiceXmlInterpreter.class);
    /** The MDC key of the voice browser's session (its SIP Call-ID) on every log line of a call. */
    public static final String MDC_SESSION = "vbsession";
    private static final String SESSION_ID = "connection.protocol.sip.callid";

    private final InterpreterLimits limits;
    private final ScriptBudget scriptBudget;
    private final DocumentLoop dialogs;

    public VoiceXmlInterpreter() {
        this(InterpreterLimits.DEFAULTS);
    }

    public VoiceXmlInterpreter(InterpreterLimits limits) {
        // HTTP/1.1 as voice browsers speak it: over HTTP/2 every call would share one connection and
        // hundreds of calls at once exceed a server's concurrent streams
        this(limits, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(limits.fetchTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build());
    }

    /** With an HTTP client of the caller's, e.g. one shared with the rest of the voice browser. */
    public VoiceXmlInterpreter(InterpreterLimits limits, HttpClient http) {
        this.limits = limits;
        this.scriptBudget = new ScriptBudget(limits.maxScriptInstructions());
        Fetcher fetcher = new Fetcher(http, limits.fetchTimeout());
        PromptPlayer player = new PromptPlayer(new AudioFetcher(http, limits.fetchTimeout()));
        PromptReader reader = new PromptReader();
        ExecutableContent content = new ExecutableContent(reader, player, new Navigation(fetcher, player));
        EventHandlers handlers = new EventHandlers(content);
        FormInterpreter forms = new FormInterpreter(content, reader, player, new FieldCollector(player), handlers);
        this.dialogs = new DocumentLoop(fetcher, forms, content, handlers);
    }

    /** Never throws: a broken dialog, or a fault of this interpreter, is logged and ends the call in error. */
    @Override
    public void run(URI dialog, Map<String, String> session, CallMedia media, CallLog callLog) {
        String sessionId = session.get(SESSION_ID);
        if (sessionId != null) MDC.put(MDC_SESSION, sessionId);
        CallEnded ended;
        try {
            ended = interpret(dialog, session, media, callLog);
        } catch (RuntimeException | Error e) { // never out of run(): the call's thread belongs to the voice browser
            log.error("The interpreter failed on {}", dialog, e);
            ended = new CallEnded(Ending.ERROR, "the interpreter failed: " + e);
        } finally {
            hangUp(media);
            MDC.remove(MDC_SESSION);
        }
        log.info("Dialog {} ended: {}", dialog, ended.detail());
        callLog.add(Kind.ENDED, ended.detail());
    }

    private CallEnded interpret(URI dialog, Map<String, String> session, CallMedia media, CallLog callLog) {
        try (Scripts scripts = new Scripts(scriptBudget, session)) {
            dialogs.run(new Call(media, callLog, scripts, limits), dialog);
            throw new IllegalStateException("the dialog loop returned without ending the call");
        } catch (CallEnded ended) {
            return ended;
        }
    }

    /** The call is over once its dialog is (§1.5.3): whatever is left of it is hung up. */
    private static void hangUp(CallMedia media) {
        try {
            media.disconnect();
        } catch (RuntimeException e) {
            log.warn("Could not disconnect the call: {}", e.toString());
        }
    }
}
