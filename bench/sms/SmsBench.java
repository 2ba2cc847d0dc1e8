import java.nio.file.Path;
import java.util.List;
import loa.campaign.Campaign;
import loa.config.CampaignFile;
import loa.harness.smsc.EsmeBlast;
import loa.sms.Concatenation;
import loa.sms.SmsSegment;
import loa.sms.SmsText;
import loa.sms.SmscSettings;

/**
 * The Java side of bench/sms; each mode prints one line of figures (see {@link Figures}):
 * <pre>
 *   gateway SMSC_URI N TEXT        loa's SmppSmsGateway alone: N SMS of TEXT over one bind
 *   esme    SMSC_URI N TEXT WINDOW the baseline: the harness's ESME client sending loa's very submit_sm, WINDOW threads on one bind
 *   agreed  DATA N                 N subscribers who agreed and whose call ended, in the Redis loa runs in DATA
 *   worker  SMSC_URI N DATA LOG    `loa sms work` in a JVM of its own, from its first claim to its N-th SMS submitted;
 *                                  a second line for the second half of them alone
 * </pre>
 * TEXT is {@code gsm} (one GSM-7 segment) or {@code bluezone} (the campaign's text: four UCS-2 segments).
 * The SMSC URI carries loa's options ({@code ?window=50}); the ESME's window is given alone.
 */
public final class SmsBench {
    static final Path CAMPAIGN = Path.of("campaigns/bluezone.yaml");
    static final String GSM_TEXT = "Bluezone: cai dat ung dung tai https://www.bluezone.gov.vn/taiapp de duoc canh bao";
    /** Subscribers 0912000000 on; each run texts its own, so no SMSC state carries over. */
    static final int FIRST_NATIONAL = 912_000_000;
    /** Timed rounds after a warm-up, for loa's gateway and the baseline alike; the median is the figure. */
    static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        List<Figures> figures = switch (args[0]) {
            case "gateway" -> List.of(GatewayRun.run(SmscSettings.parse("SMSC", args[1]), text(args[3]), Integer.parseInt(args[2])));
            case "esme" -> List.of(esme(SmscSettings.parse("SMSC", args[1]), Integer.parseInt(args[2]), text(args[3]),
                    Integer.parseInt(args[4])));
            case "agreed" -> List.of(AgreedAudience.prepare(campaign(), Path.of(args[1]), Integer.parseInt(args[2])));
            case "worker" -> WorkerRun.run(campaign(), args[1], Integer.parseInt(args[2]), Path.of(args[3]), Path.of(args[4]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        };
        figures.forEach(f -> System.out.println(f.line()));
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static String text(String name) throws Exception {
        return switch (name) {
            case "gsm" -> GSM_TEXT;
            case "bluezone" -> campaign().sms().text();
            default -> throw new IllegalArgumentException("text: gsm or bluezone, not " + name);
        };
    }

    static Campaign campaign() throws Exception {
        return CampaignFile.load(CAMPAIGN);
    }

    private static Figures esme(SmscSettings smsc, int count, String text, int window) throws Exception {
        List<SmsSegment> segments = SmsText.of(text).segments(Concatenation.UDH, 1);
        EsmeBlast.Result result = EsmeBlast.run(smsc.host(), smsc.port(), smsc.systemId(), smsc.password(), segments, count,
                window, ROUNDS);
        return new Figures(count, segments.size(), median(result.nanos()), result.refused());
    }
}
