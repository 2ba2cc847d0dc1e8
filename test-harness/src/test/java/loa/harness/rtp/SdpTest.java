package loa.harness.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SdpTest {

    @Test
    void offersPcmaPcmuAndTelephoneEvents() {
        String offer = Sdp.offer("127.0.0.1", 40000).toString();

        assertThat(offer).startsWith("v=0\r\n").contains(
                "c=IN IP4 127.0.0.1\r\n", "m=audio 40000 RTP/AVP 8 0 101\r\n", "a=rtpmap:8 PCMA/8000\r\n",
                "a=rtpmap:0 PCMU/8000\r\n", "a=rtpmap:101 telephone-event/8000\r\n", "a=fmtp:101 0-16\r\n",
                "a=sendrecv\r\n");
    }

    @Test
    void readsWhatAnotherUserAgentOffers() {
        Sdp sdp = Sdp.parse("""
                v=0
                o=user1 53655765 2353687637 IN IP4 127.0.0.2
                s=-
                c=IN IP4 127.0.0.2
                t=0 0
                m=audio 6000 RTP/AVP 0 96
                a=rtpmap:96 telephone-event/8000
                a=fmtp:96 0-15
                m=video 6002 RTP/AVP 31
                a=sendonly
                """);

        assertThat(sdp.address()).isEqualTo("127.0.0.2");
        assertThat(sdp.port()).isEqualTo(6000);
        assertThat(sdp.direction()).isEqualTo(Sdp.SENDRECV);
        assertThat(sdp.negotiate()).contains(new MediaFormat(G711.PCMU, 0, 96));
    }

    @Test
    void answersWithTheOfferersFirstG711CodecAndItsEventPayloadType() {
        Sdp offer = Sdp.parse("c=IN IP4 127.0.0.1\nm=audio 7000 RTP/AVP 18 0 8 100\na=rtpmap:100 telephone-event/8000\n");

        Sdp answer = offer.answer("127.0.0.1", 7100).orElseThrow();

        assertThat(answer.payloadTypes()).containsExactly(0, 100);
        assertThat(Sdp.parse(answer.toString())).isEqualTo(answer);
    }

    @Test
    void cannotAnswerAnOfferWithoutG711() {
        Sdp offer = Sdp.parse("c=IN IP4 127.0.0.1\nm=audio 7000 RTP/AVP 18\n");

        assertThat(offer.answer("127.0.0.1", 7100)).isEmpty();
        assertThat(offer.negotiate()).isEmpty();
    }

    @Test
    void mediaLevelConnectionWinsAndNoAudioIsAnError() {
        assertThat(Sdp.parse("c=IN IP4 10.0.0.1\nm=audio 5 RTP/AVP 8\nc=IN IP4 127.0.0.9\n").address()).isEqualTo("127.0.0.9");
        assertThatThrownBy(() -> Sdp.parse("v=0\nm=video 5 RTP/AVP 31\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
