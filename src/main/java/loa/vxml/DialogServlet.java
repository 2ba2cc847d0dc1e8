package loa.vxml;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import loa.campaign.Answer;
import loa.campaign.AnswerRecord;
import loa.campaign.CallRecords;
import loa.campaign.Campaign;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The dialogs voice browsers fetch: {@code GET /vxml/<campaign>?<token>} starts a call's
 * dialog, {@code POST /vxml/<campaign>/answer?<token>} records what the caller answered and
 * returns the closing document. Anything wrong gets a 4xx or 5xx with a VoiceXML document that
 * apologises and hangs up, a log line (numbers masked), and nothing recorded.
 */
final class DialogServlet extends HttpServlet {
    static final String CONTENT_TYPE = "application/voicexml+xml;charset=UTF-8";
    private static final Logger log = LoggerFactory.getLogger(DialogServlet.class);

    private final transient Map<String, Campaign> campaigns;
    private final transient DialogRenderer renderer;
    private final transient CallAccess access;
    private final transient CallRecords calls;
    private final transient Clock clock;

    DialogServlet(Map<String, Campaign> campaigns, DialogRenderer renderer, CallAccess access, CallRecords calls, Clock clock) {
        this.campaigns = Map.copyOf(campaigns);
        this.renderer = renderer;
        this.access = access;
        this.calls = calls;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean post) throws IOException {
        try {
            Route route = Route.of(request.getPathInfo(), post);
            Campaign campaign = campaigns.get(route.campaignId());
            if (campaign == null) throw new DialogRefusal(HttpServletResponse.SC_NOT_FOUND, "no campaign " + route.campaignId());
            if (route.answer()) answer(campaign, request, response);
            else entry(campaign, request, response);
        } catch (DialogRefusal refusal) {
            log.warn("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), refusal.getMessage());
            sendError(response, refusal.status());
        } catch (DialogBrokenException broken) {
            log.error("{}", broken.getMessage());
            sendError(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } catch (RuntimeException e) {
            log.error("Failed {} {}", request.getMethod(), request.getRequestURI(), e);
            sendError(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        } finally {
            MDC.remove("call");
        }
    }

    private void entry(Campaign campaign, HttpServletRequest request, HttpServletResponse response)
            throws DialogRefusal, DialogBrokenException, IOException {
        CallAccess.VerifiedCall call = access.verify(campaign, request);
        MDC.put("call", call.callId());
        DialogDocument entry = renderer.dialogOf(campaign).entry();
        byte[] query = call.query().replace("&", "&amp;").getBytes(StandardCharsets.US_ASCII);
        send(response, HttpServletResponse.SC_OK, entry.length(query));
        entry.write(response.getOutputStream(), query);
    }

    private void answer(Campaign campaign, HttpServletRequest request, HttpServletResponse response)
            throws DialogRefusal, DialogBrokenException, IOException {
        CallAccess.VerifiedCall call = access.verify(campaign, request);
        MDC.put("call", call.callId());
        AnswerForm form = AnswerForm.read(request);
        DialogRenderer.Dialog dialog = renderer.dialogOf(campaign);
        AnswerRecord record = new AnswerRecord(form.answer(), form.key(), clock.instant(), form.voiceBrowserSession(),
                dialog.version(), form.stage(), form.heard());
        Optional<Answer> recorded = calls.recordAnswer(campaign.id(), call.callId(), call.number(), record);
        if (recorded.isEmpty()) throw new DialogRefusal(HttpServletResponse.SC_NOT_FOUND, "unknown call");
        if (recorded.get() != form.answer()) log.info("Call already answered {}; kept it", recorded.get().label());
        else log.info("{} answered {} (dialog {})", call.number().masked(), form.answer().label(), dialog.version());
        DialogDocument closing = dialog.closings().get(recorded.get());
        send(response, HttpServletResponse.SC_OK, closing.length(new byte[0]));
        closing.write(response.getOutputStream(), new byte[0]);
    }

    private static void send(HttpServletResponse response, int status, int length) {
        response.setStatus(status);
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(length);
    }

    private static void sendError(HttpServletResponse response, int status) throws IOException {
        if (response.isCommitted()) return;
        response.reset();
        send(response, status, ErrorDialog.BYTES.length);
        response.getOutputStream().write(ErrorDialog.BYTES);
    }

    /** Where a request goes: {@code /<campaign>} (GET) or {@code /<campaign>/answer} (POST). */
    private record Route(String campaignId, boolean answer) {
        static Route of(String pathInfo, boolean post) throws DialogRefusal {
            String[] parts = pathInfo == null || pathInfo.length() < 2 ? new String[0] : pathInfo.substring(1).split("/", -1);
            boolean answer = parts.length == 2 && parts[1].equals("answer");
            if (parts.length != 1 && !answer || parts.length == 0 || parts[0].isEmpty()) {
                throw new DialogRefusal(HttpServletResponse.SC_NOT_FOUND, "no such dialog address");
            }
            if (post != answer) throw new DialogRefusal(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "wrong method");
            return new Route(parts[0], answer);
        }
    }
}
