/**
 * RTP (RFC 3550) for the test harness, on real UDP sockets of 127.0.0.1: {@link loa.harness.rtp.RtpEngine}
 * (one 20 ms clock and one receive thread for all of an endpoint's streams) opens
 * {@link loa.harness.rtp.RtpSession}s; G.711 A-law and mu-law ({@link loa.harness.rtp.G711}), RFC 4733
 * key presses ({@link loa.harness.rtp.TelephoneEvent}), the little SDP the harness speaks
 * ({@link loa.harness.rtp.Sdp}, {@link loa.harness.rtp.OfferAnswer}) and WAV prompts
 * ({@link loa.harness.rtp.Wav}). No SIP here.
 */
package loa.harness.rtp;
