package loa.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import loa.campaign.AudienceField;
import loa.campaign.AudienceRules;
import loa.campaign.CallLimits;
import loa.campaign.CallOutcome;
import loa.campaign.CallingWindow;
import loa.campaign.Campaign;
import loa.campaign.DialogSpec;
import loa.campaign.ExclusionRule;
import loa.campaign.RetryPolicy;
import loa.campaign.SmsMessage;

/**
 * Reads a campaign file (see campaigns/bluezone.yaml and the README) into a {@link Campaign},
 * reporting every mistake at once, each with its line, its field and what is wrong.
 */
public final class CampaignFile {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final Pattern WINDOW = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");
    private static final Pattern SENDER = Pattern.compile("[A-Za-z0-9 .&_-]{1,11}");
    private static final Pattern RELATIVE_PATH = Pattern.compile("(?!/)(?!.*\\.\\.)[A-Za-z0-9._/-]+");
    private static final int MAX_SMS_CHARS = 1000;

    private CampaignFile() {
    }

    public static Campaign load(Path file) throws ConfigException {
        try {
            return parse(file.getFileName().toString(), Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException(List.of(file + ": cannot be read: " + e.getMessage()));
        }
    }

    /** Every campaign file (*.yaml) in {@code dir}; the mistakes of all of them at once. */
    public static List<Campaign> loadAll(Path dir) throws ConfigException {
        List<Path> files;
        try (var listing = Files.list(dir)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException(List.of(dir + ": cannot be read: " + e.getMessage()));
        }
        List<Campaign> campaigns = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        for (Path file : files) {
            try {
                Campaign campaign = load(file);
                Path other = ids.putIfAbsent(campaign.id(), file);
                if (other != null) problems.add(file + ": id " + campaign.id() + " is already the id of " + other);
                campaigns.add(campaign);
            } catch (ConfigException e) {
                problems.addAll(e.problems());
            }
        }
        if (files.isEmpty()) problems.add(dir + ": no campaign files (*.yaml)");
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return campaigns;
    }

    public static Campaign parse(String name, String yaml) throws ConfigException {
        YamlDocument doc = YamlDocument.parse(name, yaml);
        Section top = new Section(doc, doc.root(), "");
        top.allowOnly("id", "name", "time-zone", "caller-id", "audience", "windows", "skip-dates",
                "attempts", "calls", "dialog", "sms");
        String id = id(top);
        String title = top.text("name");
        ZoneId zone = timeZone(top);
        String callerId = top.digits("caller-id");
        AudienceRules audience = audience(top.section("audience"));
        Map<String, CallingWindow> windows = windows(top);
        Set<LocalDate> skipDates = skipDates(top);
        RetryPolicy retry = retry(top.section("attempts"));
        CallLimits calls = calls(top.section("calls"));
        DialogSpec dialog = dialog(top.section("dialog"));
        SmsMessage sms = sms(top.section("sms"));
        if (!doc.hasProblems()) checkCallsFitWindows(top, windows, calls, dialog);
        doc.throwIfProblems();
        return new Campaign(id, title, zone, callerId, audience, List.copyOf(windows.values()), skipDates, retry, calls,
                dialog, sms);
    }

    private static String id(Section top) {
        String id = top.text("id");
        if (id != null && !ID.matcher(id).matches()) {
            top.problem("id", "'" + id + "' must be 1 to 32 lower-case letters, digits or dashes, starting with a letter or digit");
        }
        return id;
    }

    private static ZoneId timeZone(Section top) {
        String zone = top.text("time-zone");
        if (zone == null) return ZoneId.of("UTC");
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            top.problem("time-zone", "'" + zone + "' is not a known time zone; write a region such as Asia/Ho_Chi_Minh");
            return ZoneId.of("UTC");
        }
    }

    private static AudienceRules audience(Section audience) {
        audience.allowOnly("exclude");
        Section exclude = audience.section("exclude");
        List<ExclusionRule> rules = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : exclude.entries()) {
            ExclusionRule rule = rule(exclude, entry.getKey(), entry.getValue());
            if (rule != null) rules.add(rule);
        }
        return new AudienceRules(rules);
    }

    /** {@code rule-name: {column: value}} or {@code rule-name: {column: [value, value]}}. */
    private static ExclusionRule rule(Section exclude, String name, JsonNode body) {
        if (!body.isObject() || body.size() != 1) {
            exclude.problem(name, "a rule is one column and the values that exclude, e.g. {vip: yes}");
            return null;
        }
        String column = body.fieldNames().next();
        AudienceField field = AudienceField.byColumn(column);
        if (field == null) {
            exclude.problem(name, "unknown column '" + column + "'; rules may use " + columns());
            return null;
        }
        JsonNode values = body.get(column);
        Set<String> canonical = new HashSet<>();
        for (JsonNode value : values.isArray() ? values : List.of(values)) {
            String spelled = value.asText();
            String known = field.canonical(spelled);
            if (known == null || (value.isContainerNode())) {
                exclude.problem(name, "'" + spelled + "' is not a value of " + column + ": " + field.accepted());
            } else {
                canonical.add(known);
            }
        }
        return new ExclusionRule(name, field, canonical);
    }

    private static String columns() {
        List<String> names = new ArrayList<>();
        for (AudienceField field : AudienceField.values()) names.add(field.column());
        return String.join(", ", names);
    }

    /** The windows by where each is written, so later checks can name its line. */
    private static Map<String, CallingWindow> windows(Section top) {
        Map<String, CallingWindow> windows = new LinkedHashMap<>();
        for (Section.Item item : top.list("windows", false)) {
            CallingWindow window = window(top, item);
            if (window == null) continue;
            for (CallingWindow earlier : windows.values()) {
                if (earlier.overlaps(window)) top.problemAt(item.pointer(), window + " overlaps " + earlier);
            }
            windows.put(item.pointer(), window);
        }
        if (windows.isEmpty() && top.has("windows")) top.problem("windows", "a campaign needs at least one window");
        return windows;
    }

    private static CallingWindow window(Section top, Section.Item item) {
        Matcher m = WINDOW.matcher(item.node().asText().strip());
        if (!item.node().isTextual() || !m.matches()) {
            top.problemAt(item.pointer(), "'" + item.node().asText() + "' is not a window; write it as 10:00-12:00");
            return null;
        }
        LocalTime start = time(m.group(1), m.group(2));
        LocalTime end = time(m.group(3), m.group(4));
        if (start == null || end == null) {
            top.problemAt(item.pointer(), "'" + item.node().asText() + "' has a time that does not exist");
            return null;
        }
        if (!end.isAfter(start)) {
            top.problemAt(item.pointer(), "ends at " + end + ", not after it starts at " + start
                    + " (a window cannot cross midnight; write two)");
            return null;
        }
        return new CallingWindow(start, end);
    }

    private static LocalTime time(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (h == 24 && m == 0) return LocalTime.MAX;
        return h < 24 && m < 60 ? LocalTime.of(h, m) : null;
    }

    private static Set<LocalDate> skipDates(Section top) {
        Set<LocalDate> dates = new HashSet<>();
        for (Section.Item item : top.list("skip-dates", true)) {
            try {
                dates.add(LocalDate.parse(item.node().asText()));
            } catch (DateTimeException e) {
                top.problemAt(item.pointer(), "'" + item.node().asText() + "' is not a date; write it as 2026-12-24");
            }
        }
        return dates;
    }

    private static RetryPolicy retry(Section attempts) {
        attempts.allowOnly("max", "retry-on", "retry-after", "retry-in-a-later-window");
        int max = attempts.integer("max", 1, RetryPolicy.MOST_ATTEMPTS);
        Set<CallOutcome> retryOn = EnumSet.noneOf(CallOutcome.class);
        for (Section.Item item : attempts.list("retry-on", false)) {
            CallOutcome outcome = CallOutcome.byLabel(item.node().asText());
            if (outcome == null || outcome == CallOutcome.ANSWERED) {
                attempts.problemAt(item.pointer(), outcome == null
                        ? "'" + item.node().asText() + "' is not an outcome; the outcomes are " + outcomes()
                        : "an answered call is never retried");
            } else {
                retryOn.add(outcome);
            }
        }
        Duration after = attempts.duration("retry-after");
        boolean laterWindow = attempts.bool("retry-in-a-later-window");
        return new RetryPolicy(max, retryOn, after, laterWindow);
    }

    private static String outcomes() {
        List<String> labels = new ArrayList<>();
        for (CallOutcome outcome : CallOutcome.values()) {
            if (outcome != CallOutcome.ANSWERED) labels.add(outcome.label());
        }
        return String.join(", ", labels);
    }

    private static CallLimits calls(Section calls) {
        calls.allowOnly("channels", "calls-per-second", "ring-timeout", "max-duration");
        int channels = calls.integer("channels", 1, 1_000_000);
        double callsPerSecond = calls.positiveNumber("calls-per-second");
        Duration ring = calls.duration("ring-timeout");
        Duration max = calls.duration("max-duration");
        return new CallLimits(channels, callsPerSecond, ring, max);
    }

    private static DialogSpec dialog(Section dialog) {
        dialog.allowOnly("entry", "closing", "expected-duration", "no-input-reprompts", "input-timeout", "speech", "prompts");
        String entry = relativePath(dialog, "entry");
        String closing = relativePath(dialog, "closing");
        Duration expected = dialog.duration("expected-duration");
        int reprompts = dialog.integer("no-input-reprompts", 0, 5);
        Duration inputTimeout = dialog.duration("input-timeout");
        boolean speech = dialog.bool("speech");
        Section promptSection = dialog.section("prompts");
        Map<String, String> prompts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> prompt : promptSection.entries()) {
            String file = relativePath(promptSection, prompt.getKey());
            if (file != null) prompts.put(prompt.getKey(), file);
        }
        if (prompts.isEmpty() && dialog.has("prompts")) dialog.problem("prompts", "a dialog needs at least one prompt");
        return new DialogSpec(entry, closing, prompts, expected, reprompts, inputTimeout, speech);
    }

    private static String relativePath(Section section, String key) {
        String path = section.text(key);
        if (path != null && !RELATIVE_PATH.matcher(path).matches()) {
            section.problem(key, "'" + path + "' must be a relative path of letters, digits, '.', '_', '-' and '/', without '..'");
            return null;
        }
        return path;
    }

    private static SmsMessage sms(Section sms) {
        sms.allowOnly("sender", "text");
        String sender = sms.text("sender");
        if (sender != null && !SENDER.matcher(sender).matches()) {
            sms.problem("sender", "'" + sender + "' is not an alphanumeric sender: at most 11 letters, digits, spaces or . & _ -");
        }
        String text = sms.text("text");
        if (text != null && text.codePointCount(0, text.length()) > MAX_SMS_CHARS) {
            sms.problem("text", "is longer than " + MAX_SMS_CHARS + " characters");
        }
        return new SmsMessage(sender, text);
    }

    /** A call that starts must be able to ring out and run its dialog inside the shortest window. */
    private static void checkCallsFitWindows(Section top, Map<String, CallingWindow> windows, CallLimits calls,
                                             DialogSpec dialog) {
        Duration call = calls.ringTimeout().plus(dialog.expectedDuration());
        windows.forEach((pointer, window) -> {
            if (call.getSeconds() >= window.seconds()) {
                top.problemAt(pointer, "window " + window + " is shorter than the ring time-out plus the dialog's expected "
                        + "duration (" + call.getSeconds() + " s): no call could start in it");
            }
        });
        if (dialog.expectedDuration().compareTo(calls.maxCallDuration()) > 0) {
            top.problem("calls", "max-duration " + calls.maxCallDuration().getSeconds() + " s is shorter than the dialog's "
                    + "expected duration " + dialog.expectedDuration().getSeconds() + " s");
        }
    }
}
