package loa.harness.rtp;

/**
 * The G.711 segment arithmetic on 16-bit linear samples, as in ITU-T G.711 and the classic
 * public-domain g711.c: A-law works on the top 13 bits, mu-law on the top 14 with a bias of 0x84.
 */
final class G711Tables {
    private static final int[] ALAW_SEGMENT_ENDS = {0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF};
    private static final int[] ULAW_SEGMENT_ENDS = {0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF};
    private static final int ULAW_BIAS = 0x84;
    private static final int ULAW_CLIP = 8159;

    private G711Tables() {
    }

    static byte linearToAlaw(short sample) {
        int value = sample >> 3;
        int mask = 0xD5;
        if (value < 0) {
            mask = 0x55;
            value = -value - 1;
        }
        int segment = segment(value, ALAW_SEGMENT_ENDS);
        if (segment >= 8) {
            return (byte) (0x7F ^ mask);
        }
        int mantissa = segment < 2 ? (value >> 1) & 0x0F : (value >> segment) & 0x0F;
        return (byte) (((segment << 4) | mantissa) ^ mask);
    }

    static short alawToLinear(byte octet) {
        int value = (octet ^ 0x55) & 0xFF;
        int linear = (value & 0x0F) << 4;
        int segment = (value & 0x70) >> 4;
        linear += segment == 0 ? 8 : 0x108;
        if (segment > 1) {
            linear <<= segment - 1;
        }
        return (short) ((value & 0x80) != 0 ? linear : -linear);
    }

    static byte linearToUlaw(short sample) {
        int value = sample >> 2;
        int mask = 0xFF;
        if (value < 0) {
            value = -value;
            mask = 0x7F;
        }
        value = Math.min(value, ULAW_CLIP) + (ULAW_BIAS >> 2);
        int segment = segment(value, ULAW_SEGMENT_ENDS);
        if (segment >= 8) {
            return (byte) (0x7F ^ mask);
        }
        int code = (segment << 4) | ((value >> (segment + 1)) & 0x0F);
        return (byte) (code ^ mask);
    }

    static short ulawToLinear(byte octet) {
        int value = ~octet & 0xFF;
        int linear = (((value & 0x0F) << 3) + ULAW_BIAS) << ((value & 0x70) >> 4);
        return (short) ((value & 0x80) != 0 ? ULAW_BIAS - linear : linear - ULAW_BIAS);
    }

    private static int segment(int value, int[] ends) {
        for (int i = 0; i < ends.length; i++) {
            if (value <= ends[i]) {
                return i;
            }
        }
        return ends.length;
    }
}
