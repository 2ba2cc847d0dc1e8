package loa.harness;

import java.io.IOException;
import loa.harness.smsc.SmscConfig;
import loa.harness.smsc.SmscSimulator;
import loa.harness.subscribers.Subscribers;
import loa.harness.voicebrowser.VoiceBrowser;
import loa.harness.voicebrowser.vxml.VoiceXmlInterpreter;

/**
 * The simulated operator network, switched on at once from one seed: the subscribers behind a
 * SIP trunk, a VoiceXML voice browser and an SMSC, each speaking its real protocol on 127.0.0.1
 * (SIP over UDP, RTP, HTTP, SMPP over TCP). Used by the tests and by {@code loa harness} and
 * {@code loa demo}; each part also runs alone.
 */
public final class Harness implements AutoCloseable {
    private final Subscribers subscribers;
    private final VoiceBrowser voiceBrowser;
    private final SmscSimulator smsc;
    private final SmscConfig smscConfig;

    private Harness(Subscribers subscribers, VoiceBrowser voiceBrowser, SmscSimulator smsc, SmscConfig smscConfig) {
        this.subscribers = subscribers;
        this.voiceBrowser = voiceBrowser;
        this.smsc = smsc;
        this.smscConfig = smscConfig;
    }

    /**
     * Starts the three on ephemeral ports. The subscribers' behaviour follows {@code seed}; the
     * SMSC accepts binds of {@code smscSystemId} / {@code smscPassword}.
     */
    public static Harness start(long seed, String smscSystemId, String smscPassword) throws IOException {
        SmscConfig smscConfig = SmscConfig.accepting(smscSystemId, smscPassword);
        Harness harness = new Harness(new Subscribers(seed), new VoiceBrowser(new VoiceXmlInterpreter()),
                new SmscSimulator(smscConfig), smscConfig);
        try {
            harness.subscribers.start();
            harness.voiceBrowser.start();
            harness.smsc.start();
        } catch (IOException | RuntimeException e) {
            harness.close();
            throw e;
        }
        return harness;
    }

    /** The trunk loa calls subscribers through: {@code sip:127.0.0.1:<port>} (LOA_TRUNK). */
    public String trunk() {
        return subscribers.uri();
    }

    /** The voice browser loa hands answered calls to: {@code sip:127.0.0.1:<port>} (LOA_VOICE_BROWSER). */
    public String voiceBrowserUri() {
        return voiceBrowser.uri();
    }

    /** The SMSC: {@code smpp://<system id>:<password>@127.0.0.1:<port>} (LOA_SMSC). */
    public String smscUri() {
        return "smpp://" + smscConfig.systemId() + ":" + smscConfig.password() + "@" + smsc.host() + ":" + smsc.port();
    }

    public Subscribers subscribers() {
        return subscribers;
    }

    public VoiceBrowser voiceBrowser() {
        return voiceBrowser;
    }

    public SmscSimulator smsc() {
        return smsc;
    }

    /** Stops the three, last started first. */
    @Override
    public void close() {
        smsc.stop();
        voiceBrowser.stop();
        subscribers.stop();
    }
}
