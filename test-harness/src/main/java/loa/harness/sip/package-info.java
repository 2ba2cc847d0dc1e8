/**
 * A small JAIN-SIP wrapper for the harness's user agent servers: {@link loa.harness.sip.SipEndpoint}
 * (one stack, provider and UDP listening point on 127.0.0.1, logging through SLF4J) routes each
 * event by Call-ID to the call's {@link loa.harness.sip.SipCallHandler} on the call's own serial
 * executor; the handler acts through its {@link loa.harness.sip.ServerCall}. javax.sip types stay
 * in this package; the status codes the harness sends are listed in {@link loa.harness.sip.SipStatus}.
 */
package loa.harness.sip;
