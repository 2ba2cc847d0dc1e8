package loa.harness.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class RtpPacketTest {

    @Test
    void writesTheFixedHeaderOfRfc3550() {
        byte[] wire = new RtpPacket(true, 8, 0xABCD, 0x01020304L, 0xCAFEBABEL, new byte[] {1, 2}).toBytes();

        assertThat(wire).containsExactly(0x80, 0x88, 0xAB, 0xCD, 1, 2, 3, 4, 0xCA, 0xFE, 0xBA, 0xBE, 1, 2);
    }

    @Test
    void readsBackWhatItWrites() {
        RtpPacket packet = new RtpPacket(false, 101, 65535, 0xFFFFFFFFL, 7, new byte[] {9, 8, 7, 6});

        assertThat(RtpPacket.parse(packet.toBytes(), packet.toBytes().length)).isEqualTo(packet);
    }

    @Test
    void skipsCsrcsExtensionAndPadding() {
        ByteBuffer wire = ByteBuffer.allocate(12 + 4 + 8 + 3 + 2);
        wire.put((byte) 0xB1).put((byte) 0x00).putShort((short) 1).putInt(160).putInt(42);
        wire.putInt(0x11111111);
        wire.putShort((short) 0xBEDE).putShort((short) 1).putInt(0x22222222);
        wire.put(new byte[] {5, 6, 7}).put((byte) 0).put((byte) 2);

        RtpPacket packet = RtpPacket.parse(wire.array(), wire.capacity());

        assertThat(packet.payloadType()).isEqualTo(0);
        assertThat(packet.payload()).containsExactly(5, 6, 7);
    }

    @Test
    void refusesWhatIsNotRtpVersionTwo() {
        byte[] wire = new byte[12];
        wire[0] = 0x40;

        assertThatThrownBy(() -> RtpPacket.parse(wire, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RtpPacket.parse(new byte[5], 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
