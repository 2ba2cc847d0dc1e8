package loa.harness.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TelephoneEventTest {

    @Test
    void laysOutEventEndVolumeAndDurationAsRfc4733Section2Point3() {
        byte[] payload = new TelephoneEvent(TelephoneEvent.eventOf('#'), true, 10, 800).toBytes();

        assertThat(payload).containsExactly(11, 0x8A, 0x03, 0x20);
        assertThat(TelephoneEvent.parse(payload)).isEqualTo(new TelephoneEvent(11, true, 10, 800));
    }

    @Test
    void mapsTheSixteenDtmfKeys() {
        assertThat(TelephoneEvent.eventOf('0')).isZero();
        assertThat(TelephoneEvent.eventOf('9')).isEqualTo(9);
        assertThat(TelephoneEvent.eventOf('*')).isEqualTo(10);
        assertThat(TelephoneEvent.eventOf('d')).isEqualTo(15);
        assertThat(new TelephoneEvent(16, false, 0, 0).digit()).isEqualTo((char) 0);
        assertThatThrownBy(() -> TelephoneEvent.eventOf('x')).isInstanceOf(IllegalArgumentException.class);
    }
}
