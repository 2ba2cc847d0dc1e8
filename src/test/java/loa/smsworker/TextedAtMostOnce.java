package loa.smsworker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import loa.campaign.PhoneNumber;
import loa.campaign.SmsLedger;
import loa.harness.smsc.ReceivedMessage;
import loa.harness.smsc.ReceivedPdu;
import loa.harness.smsc.SmscSimulator;

/**
 * The once-only rule, read from the SMSC's own log and held against the SMS records: nobody got
 * two messages, nor one segment twice; an SMS recorded as taken by the SMSC is in its log once;
 * an uncertain one may be there (once) or not; a failed one is not; no claim is left open.
 */
public final class TextedAtMostOnce {
    /** The SMSC took every segment: submitted, and what receipts made of it since. */
    static final Set<String> TAKEN = Set.of("submitted", "delivered", "undelivered", "expired");

    /** How the agreements ended, by their records; {@code uncertainInTheLog} of the uncertain ones reached the SMSC whole. */
    public record Tally(long taken, long failed, long uncertain, long uncertainInTheLog) {
    }

    private TextedAtMostOnce() {
    }

    /** Every SMS owed to {@code agreed} subscribers has ended: taken, failed or uncertain, per the SMS counters {@code c}. */
    public static boolean allEnded(Map<String, Long> c, int agreed) {
        long ended = c.getOrDefault("sms-submitted", 0L) + c.getOrDefault("sms-failed", 0L) + c.getOrDefault("sms-uncertain", 0L);
        return c.getOrDefault("sms-claimed", 0L) == agreed && ended == agreed;
    }

    /** Asserts the rule for {@code agreed}, the only ones who may appear in the log, texted {@code text}; returns the tally. */
    public static Tally check(SmscSimulator smsc, SmsLedger ledger, List<PhoneNumber> agreed, String text) {
        Set<String> numbers = agreed.stream().map(PhoneNumber::msisdn).collect(Collectors.toSet());
        assertThat(numbers).as("the SMSC saw only those who agreed").containsAll(smsc.destinations());
        smsc.destinations().forEach(destination -> noSegmentTakenTwice(smsc, destination));
        Map<String, Long> states = agreed.stream().collect(Collectors.groupingBy(n -> stateOf(smsc, ledger, n, text), Collectors.counting()));
        Tally tally = new Tally(states.entrySet().stream().filter(e -> TAKEN.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum(),
                states.getOrDefault("failed", 0L), states.getOrDefault("uncertain", 0L),
                agreed.stream().filter(n -> ledger.recordOf(n).startsWith("uncertain|") && !smsc.messagesTo(n.msisdn()).isEmpty()).count());
        countersAgree(ledger.counters(), agreed.size(), tally);
        assertThat(smsc.allMessages()).as("whole messages in the SMSC's log").hasSize((int) (tally.taken() + tally.uncertainInTheLog()));
        return tally;
    }

    /** Every agreement claimed once, and each claim counted under the state its record is in: none left claimed. */
    private static void countersAgree(Map<String, Long> counters, int agreed, Tally tally) {
        assertThat(Stream.of("sms-claimed", "sms-submitted", "sms-failed", "sms-uncertain").map(c -> counters.getOrDefault(c, 0L)))
                .as("the counters %s against the records", counters)
                .containsExactly((long) agreed, tally.taken(), tally.failed(), tally.uncertain());
    }

    /** One subscriber's record, held against the log: returns its state. */
    private static String stateOf(SmscSimulator smsc, SmsLedger ledger, PhoneNumber number, String text) {
        String record = ledger.recordOf(number);
        assertThat(record).as("the SMS record of %s", number.msisdn()).isNotNull();
        String state = record.substring(0, record.indexOf('|'));
        List<ReceivedMessage> messages = smsc.messagesTo(number.msisdn());
        assertThat(messages).as("messages to %s, whose SMS is %s", number.msisdn(), record).hasSizeLessThanOrEqualTo(1);
        if (TAKEN.contains(state)) {
            assertThat(messages).as("messages to %s, whose SMS the SMSC took: %s", number.msisdn(), record).hasSize(1);
            assertThat(messages.get(0).text()).isEqualTo(text);
        } else if (state.equals("failed")) {
            assertThat(messages).as("messages to %s, whose SMS failed: %s", number.msisdn(), record).isEmpty();
        } else {
            assertThat(state).as("the SMS of %s ended: %s", number.msisdn(), record).isEqualTo("uncertain");
        }
        return state;
    }

    /** A segment taken twice would be a second text in the making, even if the message never completed. */
    private static void noSegmentTakenTwice(SmscSimulator smsc, String destination) {
        List<ByteBuffer> taken = smsc.pdusTo(destination).stream().filter(ReceivedPdu::accepted)
                .map(pdu -> ByteBuffer.wrap(pdu.shortMessage())).toList();
        assertThat(taken).as("segments the SMSC took for %s", destination).doesNotHaveDuplicates();
    }
}
