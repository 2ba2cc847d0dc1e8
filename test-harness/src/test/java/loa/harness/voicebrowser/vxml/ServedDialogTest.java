package loa.harness.voicebrowser.vxml;

import java.util.Map;
import loa.harness.voicebrowser.CallLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** What the tests of dialogs served by WireMock share: the server, one interpreter, and running a call. */
abstract class ServedDialogTest {
    static final String CALL_ID = "vb-call-1@127.0.0.1";
    static DocumentServer server;
    static final VoiceXmlInterpreter interpreter = new VoiceXmlInterpreter();

    @BeforeAll
    static void startServer() {
        server = new DocumentServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void forgetStubs() {
        server.reset();
    }

    /** Runs the dialog at {@code path} with {@code caller} and returns its log. */
    static CallLog call(String path, ScriptedCaller caller) {
        CallLog log = new CallLog();
        interpreter.run(server.uri(path), Map.of("connection.protocol.sip.callid", CALL_ID), caller, log);
        return log;
    }

    static String url(String path) {
        return server.uri(path).toString();
    }
}
