package loa.vxml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import loa.campaign.Answer;
import loa.campaign.Campaign;
import loa.campaign.DialogSpec;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders each campaign's dialog from the templates in vxml/ and the prompts in prompts/, once
 * per version of those files: an IVR designer's edit is picked up on the first request after
 * it, at most {@link #RECHECK_NANOS} later, without a restart. Thread-safe.
 */
final class DialogRenderer {
    static final long RECHECK_NANOS = 500_000_000L;

    private final TemplateEngine engine = new TemplateEngine();
    private final Path vxmlDir;
    private final Path promptsDir;
    private final Map<String, Current> byCampaign = new ConcurrentHashMap<>();

    DialogRenderer(Path vxmlDir, Path promptsDir) {
        this.vxmlDir = vxmlDir.toAbsolutePath().normalize();
        this.promptsDir = promptsDir.toAbsolutePath().normalize();
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(this.vxmlDir + "/");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(false);
        engine.setTemplateResolver(resolver);
    }

    /** The campaign's documents as the files on disk are now. */
    Dialog dialogOf(Campaign campaign) throws DialogBrokenException {
        return byCampaign.computeIfAbsent(campaign.id(), id -> new Current()).get(campaign);
    }

    /** One version of a campaign's dialog: the entry document, and the closing one for each answer. */
    record Dialog(String version, DialogDocument entry, Map<Answer, DialogDocument> closings) {
    }

    /** The latest rendering of one campaign's dialog, and when its files were last looked at. */
    private final class Current {
        private volatile Dialog dialog;
        private volatile DialogVersion version;
        private volatile long checkedAt;

        Dialog get(Campaign campaign) throws DialogBrokenException {
            Dialog seen = dialog;
            if (seen != null && System.nanoTime() - checkedAt < RECHECK_NANOS) return seen;
            synchronized (this) {
                if (dialog == null || System.nanoTime() - checkedAt >= RECHECK_NANOS) refresh(campaign);
                return dialog;
            }
        }

        /** Renders again when the files changed; a broken dialog is served to nobody. */
        private void refresh(Campaign campaign) throws DialogBrokenException {
            try {
                if (version == null || !version.isCurrent()) {
                    dialog = null;
                    version = null;
                    DialogVersion fresh = DialogVersion.of(files(campaign.dialog()));
                    dialog = render(campaign, fresh.hash());
                    version = fresh;
                }
                checkedAt = System.nanoTime();
            } catch (IOException e) {
                throw new DialogBrokenException(campaign.id(), describe(e));
            }
        }
    }

    private Dialog render(Campaign campaign, String version) throws IOException, DialogBrokenException {
        DialogSpec spec = campaign.dialog();
        Map<String, Object> common = new HashMap<>();
        common.put("version", version);
        common.put("prompts", prompts(spec));
        try {
            Map<String, Object> entry = new HashMap<>(common);
            entry.put("reprompts", spec.noInputReprompts());
            entry.put("repromptCounts", IntStream.rangeClosed(1, spec.noInputReprompts()).boxed().toList());
            entry.put("inputTimeout", spec.inputTimeout().toMillis() + "ms");
            entry.put("speech", spec.speech());
            entry.put("answerUrl", "/vxml/" + campaign.id() + "/answer?" + DialogDocument.SLOT);
            Map<Answer, DialogDocument> closings = new EnumMap<>(Answer.class);
            for (Answer answer : Answer.values()) {
                Map<String, Object> closing = new HashMap<>(common);
                closing.put("answer", answer.label());
                closings.put(answer, DialogDocument.of(process(spec.closing(), closing)));
            }
            return new Dialog(version, DialogDocument.of(process(spec.entry(), entry)), closings);
        } catch (TemplateProcessingException e) {
            throw new DialogBrokenException(campaign.id(), innermost(e).getMessage());
        }
    }

    /** The deepest template error says what is wrong and where (template, line, column). */
    private static TemplateProcessingException innermost(TemplateProcessingException e) {
        TemplateProcessingException deepest = e;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateProcessingException t) deepest = t;
        }
        return deepest;
    }

    private String process(String template, Map<String, Object> variables) {
        return engine.process(template, new Context(java.util.Locale.ROOT, variables));
    }

    /** Each prompt's address and its text, the speech fallback the voice browser may say instead. */
    private Map<String, Prompt> prompts(DialogSpec spec) throws IOException {
        Map<String, Prompt> prompts = new LinkedHashMap<>();
        for (Map.Entry<String, String> prompt : spec.prompts().entrySet()) {
            String text = Files.readString(textOf(promptsDir.resolve(prompt.getValue())), StandardCharsets.UTF_8).strip();
            prompts.put(prompt.getKey(), new Prompt("/prompts/" + prompt.getValue(), escapeXml(text)));
        }
        return prompts;
    }

    /**
     * A prompt as templates see it: {@code prompts.announcement.url}, and {@code .text} already
     * escaped for XML (markup characters only, so Vietnamese stays UTF-8): write it with th:utext.
     */
    public record Prompt(String url, String text) {
    }

    static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    private List<Path> files(DialogSpec spec) {
        List<Path> files = new ArrayList<>(List.of(vxmlDir.resolve(spec.entry()), vxmlDir.resolve(spec.closing())));
        for (String prompt : spec.prompts().values()) {
            files.add(promptsDir.resolve(prompt));
            files.add(textOf(promptsDir.resolve(prompt)));
        }
        return files;
    }

    private static Path textOf(Path audio) {
        String name = audio.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return audio.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + ".txt");
    }

    private String describe(IOException e) {
        if (e instanceof NoSuchFileException missing) return "missing " + missing.getFile();
        return e.getMessage();
    }
}
