package loa.harness.rtp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain UDP socket on 127.0.0.1 that records what arrives and decodes RTP by hand, independently
 * of loa.harness.rtp, so tests check the wire rather than the code under test against itself.
 */
public final class RtpProbe implements AutoCloseable {

    /** One datagram as RTP (RFC 3550 §5.1, fixed header only), with when it arrived. */
    public record Received(boolean marker, int payloadType, int sequence, long timestamp, long ssrc,
                           byte[] payload, long arrivedNanos, InetSocketAddress from) {

        /** RFC 4733 §2.3 fields of a telephone-event payload. */
        public int event() {
            return payload[0] & 0xFF;
        }

        public boolean end() {
            return (payload[1] & 0x80) != 0;
        }

        public int duration() {
            return ((payload[2] & 0xFF) << 8) | (payload[3] & 0xFF);
        }
    }

    private final DatagramSocket socket;
    private final List<Received> received = new ArrayList<>();
    private final Thread reader;

    public RtpProbe() throws SocketException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        reader = new Thread(this::read, "rtp-probe-" + socket.getLocalPort());
        reader.setDaemon(true);
        reader.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port());
    }

    public synchronized List<Received> packets() {
        return List.copyOf(received);
    }

    public List<Received> packets(int payloadType) {
        return packets().stream().filter(p -> p.payloadType() == payloadType).toList();
    }

    /** Sends one RTP packet built by hand to {@code to}. */
    public void send(InetSocketAddress to, boolean marker, int payloadType, int sequence, long timestamp, long ssrc, byte[] payload)
            throws IOException {
        ByteBuffer out = ByteBuffer.allocate(12 + payload.length);
        out.put((byte) 0x80).put((byte) ((marker ? 0x80 : 0) | payloadType)).putShort((short) sequence)
                .putInt((int) timestamp).putInt((int) ssrc).put(payload);
        socket.send(new DatagramPacket(out.array(), out.capacity(), to));
    }

    /** Sends {@code count} 20 ms PCMA packets of silence at once (the receiver counts audio, not time). */
    public void sendSilence(InetSocketAddress to, int count) throws IOException {
        byte[] silence = new byte[160];
        Arrays.fill(silence, (byte) 0xD5);
        for (int i = 0; i < count; i++) {
            send(to, i == 0, 8, 1000 + i, 160L * i, 0x1234, silence);
        }
    }

    /** Sends one key press the way RFC 4733 §2.5.1 says: start, updates, three end packets. */
    public void sendDigit(InetSocketAddress to, int payloadType, int event, long timestamp, int sequence) throws IOException {
        for (int i = 0; i < 4; i++) {
            boolean end = i >= 1;
            int duration = end ? 320 : 160;
            send(to, i == 0, payloadType, sequence + i, timestamp, 0x1234,
                    new byte[] {(byte) event, (byte) (end ? 0x8A : 0x0A), (byte) (duration >> 8), (byte) duration});
        }
    }

    @Override
    public void close() {
        socket.close();
    }

    private void read() {
        byte[] buffer = new byte[2048];
        while (!socket.isClosed()) {
            DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(datagram);
            } catch (IOException e) {
                return;
            }
            record(datagram);
        }
    }

    private synchronized void record(DatagramPacket datagram) {
        ByteBuffer in = ByteBuffer.wrap(datagram.getData(), 0, datagram.getLength());
        int first = in.get() & 0xFF;
        int second = in.get() & 0xFF;
        if (first >> 6 != 2) {
            return;
        }
        int sequence = in.getShort() & 0xFFFF;
        long timestamp = in.getInt() & 0xFFFFFFFFL;
        long ssrc = in.getInt() & 0xFFFFFFFFL;
        byte[] payload = new byte[in.remaining()];
        in.get(payload);
        received.add(new Received((second & 0x80) != 0, second & 0x7F, sequence, timestamp, ssrc, payload,
                System.nanoTime(), (InetSocketAddress) datagram.getSocketAddress()));
    }
}
