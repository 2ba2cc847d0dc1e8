package loa.harness.sip;

/** Makes the behaviour of each new incoming call; called on a SIP stack thread, so it must return at once. */
@FunctionalInterface
public interface SipCallFactory {
    SipCallHandler newCall(ServerCall call);
}
