package loa.harness.subscribers;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import loa.harness.rtp.RtpEngine;
import loa.harness.sip.ServerCall;
import loa.harness.sip.SipEndpoint;

/**
 * The subscribers behind the operator's trunk: one SIP UAS on 127.0.0.1 answering for any number
 * {@code 84…} ({@code sip:84901234567@host:port}), each number behaving as its {@link Profile}
 * and the seed say, unless a test has written its {@link #number script}. Every call is recorded.
 */
public final class Subscribers {
    /** Vietnamese numbers as loa stores them: 84 and the national number (DESIGN.md). */
    public static final Pattern NUMBER = Pattern.compile("84\\d{8,10}");

    private final long seed;
    private final Profile profile;
    private final Clock clock;
    private final SipEndpoint endpoint;
    private final RtpEngine rtp = new RtpEngine("subscribers");
    private final Map<String, SubscriberScript> scripts = new ConcurrentHashMap<>();
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    private final CallBook calls = new CallBook();

    /** The {@link Profile#DEFAULT default} crowd on an ephemeral port. */
    public Subscribers(long seed) {
        this(seed, Profile.DEFAULT, 0, Clock.systemUTC());
    }

    /** {@code port} 0 takes an ephemeral one. */
    public Subscribers(long seed, Profile profile, int port, Clock clock) {
        this.seed = seed;
        this.profile = profile;
        this.clock = clock;
        this.endpoint = new SipEndpoint("subscribers", port, this::newCall);
    }

    public void start() {
        rtp.start();
        endpoint.start();
    }

    /** Stops taking calls, then stops the media; calls in progress are dropped. */
    public void stop() {
        endpoint.stop();
        rtp.stop();
    }

    public String host() {
        return endpoint.host();
    }

    public int port() {
        return endpoint.port();
    }

    /** Where to send INVITEs: {@code sip:127.0.0.1:<port>}; a subscriber is {@code sip:84…@127.0.0.1:<port>}. */
    public String uri() {
        return endpoint.uri();
    }

    /** Writes this number's behaviour, replacing the profile's (and any earlier script) from its next call on. */
    public SubscriberScript number(String number) {
        SubscriberScript script = new SubscriberScript();
        scripts.put(number, script);
        return script;
    }

    /** What {@code number} does on its {@code attempt}-th call (0 for the first): its script, else the profile. */
    public Behaviour behaviourOf(String number, int attempt) {
        if (!NUMBER.matcher(number).matches()) {
            return new Behaviour.Rejects(SubscriberOutcome.INVALID.status());
        }
        SubscriberScript script = scripts.get(number);
        return script != null ? script.forAttempt(attempt) : profile.behaviourOf(seed, number, attempt);
    }

    /** Every call recorded so far (the most recent {@value CallBook#CAPACITY}), in the order they came. */
    public List<CallRecord> calls() {
        return calls.records();
    }

    public Optional<CallRecord> call(String callId) {
        return calls.record(callId);
    }

    public List<CallRecord> callsTo(String number) {
        return calls().stream().filter(c -> c.number().equals(number)).toList();
    }

    /** Calls ringing or talking now. */
    public int activeCalls() {
        return endpoint.activeCalls();
    }

    private SubscriberCall newCall(ServerCall call) {
        String number = call.requestUser();
        int attempt = attempts.merge(number, 1, Integer::sum) - 1;
        SubscriberCall subscriberCall = new SubscriberCall(call, rtp, clock, number, attempt, behaviourOf(number, attempt));
        calls.add(call.callId(), subscriberCall);
        return subscriberCall;
    }
}
