package loa.sms;

import java.util.LinkedHashMap;
import java.util.Map;

import java.time.Duration;

/**
 * What the SMS gateway has done since it started, for the worker's status line.
 *
 * @param submitted          SMS whose every segment the SMSC accepted
 * @param failed             SMS refused for good, or given up on, with nothing of them accepted
 * @param uncertain          SMS that may or may not have gone (a link broke or a response never came after a send)
 * @param throttled          submit_sm answered ESME_RTHROTTLED or ESME_RMSGQFUL
 * @param receipts           delivery receipts received
 * @param inFlight           SMS taken by submit whose submit thread is not done with them yet
 * @param latencyAverage     submit_sm to submit_sm_resp, over the last answers
 * @param latencyP99         its 99th percentile
 * @param ratePerSecond      the submit_sm rate in force; infinite while nothing limits it
 * @param link               the state of the link to the SMSC
 * @param lastLinkError      why the last bind failed or the link went down; empty if it never did
 */
public record SmscStats(long submitted, long failed, long uncertain, long throttled, long receipts, int inFlight,
                        Duration latencyAverage, Duration latencyP99, double ratePerSecond, SmppLinkState link,
                        String lastLinkError) {

    /** These figures in words, in the order an operator reads them. */
    public Map<String, String> asReport() {
        Map<String, String> report = new LinkedHashMap<>();
        report.put("link", link + (lastLinkError.isEmpty() ? "" : " (last error: " + lastLinkError + ")"));
        report.put("submitted", Long.toString(submitted));
        report.put("failed", Long.toString(failed));
        report.put("uncertain", Long.toString(uncertain));
        report.put("throttled", Long.toString(throttled));
        report.put("receipts", Long.toString(receipts));
        report.put("in flight", Integer.toString(inFlight));
        report.put("SMSC latency", latencyAverage.toMillis() + " ms average, " + latencyP99.toMillis() + " ms p99");
        report.put("rate", Double.isInfinite(ratePerSecond) ? "no limit" : String.format("%.1f submit_sm/s", ratePerSecond));
        return report;
    }
}
