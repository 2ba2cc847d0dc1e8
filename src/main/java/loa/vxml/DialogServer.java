package loa.vxml;

import jakarta.servlet.Filter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import loa.campaign.CallRecords;
import loa.campaign.Campaign;
import loa.campaign.DialogLinks;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.WebResourceRoot;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.servlets.DefaultServlet;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.webresources.DirResourceSet;
import org.apache.catalina.webresources.StandardRoot;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web app voice browsers talk to, on embedded Tomcat: the dialogs under {@code /vxml/},
 * the prompt audio under {@code /prompts/}, and {@code /health}. A stop lets the requests in
 * flight finish first.
 */
public final class DialogServer {
    private static final Logger log = LoggerFactory.getLogger(DialogServer.class);

    /** Where it listens and what it serves from. */
    public record Config(String bind, int port, Path vxmlDir, Path promptsDir, Duration gracePeriod) {
    }

    private final Config config;
    private final Map<String, Campaign> campaigns = new LinkedHashMap<>();
    private final CallRecords calls;
    private final DialogLinks links;
    private final Clock clock;
    private final InFlightRequests inFlight = new InFlightRequests();
    private Tomcat tomcat;
    private Path baseDir;

    public DialogServer(Config config, Collection<Campaign> campaigns, CallRecords calls, DialogLinks links, Clock clock) {
        this.config = config;
        campaigns.forEach(campaign -> this.campaigns.put(campaign.id(), campaign));
        this.calls = calls;
        this.links = links;
        this.clock = clock;
    }

    public void start() throws IOException {
        baseDir = Files.createTempDirectory("loa-tomcat");
        tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        tomcat.setConnector(connector());
        ((StandardHost) tomcat.getHost()).setErrorReportValveClass(QuietErrorReportValve.class.getName());
        Context context = tomcat.addContext("", baseDir.toString());
        DialogRenderer renderer = new DialogRenderer(config.vxmlDir(), config.promptsDir());
        addFilter(context, "in-flight", inFlight, "/*");
        addServlet(context, "dialogs", new DialogServlet(campaigns, renderer, new CallAccess(links), calls, clock), "/vxml/*");
        addServlet(context, "health", new HealthServlet(), "/health");
        servePrompts(context);
        try {
            tomcat.start();
        } catch (LifecycleException e) {
            throw new IOException("the web app did not start: " + e.getMessage(), e);
        }
        if (tomcat.getConnector().getLocalPort() < 0) {
            throw new IOException("the web app cannot listen on " + config.bind() + ":" + config.port());
        }
        log.info("Serving dialogs of {} on http://{}:{}", campaigns.keySet(), config.bind(), port());
    }

    /** The port it listens on (useful when started on port 0). */
    public int port() {
        return tomcat.getConnector().getLocalPort();
    }

    /** Stops taking new requests, lets those in flight finish (up to the grace period), then stops. */
    public void stop() {
        if (tomcat == null) return;
        try {
            tomcat.getConnector().pause();
            if (!inFlight.awaitNone(config.gracePeriod())) log.warn("Requests still in flight after {}", config.gracePeriod());
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            log.warn("The web app did not stop cleanly: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            tomcat = null;
            deleteBaseDir();
        }
    }

    private Connector connector() {
        Connector connector = new Connector("org.apache.coyote.http11.Http11NioProtocol");
        connector.setPort(config.port());
        connector.setProperty("address", config.bind());
        connector.setProperty("server", "loa");
        connector.setThrowOnFailure(true);
        return connector;
    }

    /** Prompts straight from the prompts folder, read afresh on each request, with ETag and Last-Modified. */
    private void servePrompts(Context context) {
        WebResourceRoot resources = new StandardRoot(context);
        resources.addPreResources(new DirResourceSet(resources, "/prompts", config.promptsDir().toAbsolutePath().toString(), "/"));
        resources.setCachingAllowed(false);
        context.setResources(resources);
        context.addMimeMapping("wav", "audio/wav");
        context.addMimeMapping("txt", "text/plain;charset=UTF-8");
        Wrapper prompts = addServlet(context, "prompts", new DefaultServlet(), "/prompts/*");
        prompts.addInitParameter("listings", "false");
        addFilter(context, "prompt-headers", new PromptHeaders(), "/prompts/*");
    }

    private static Wrapper addServlet(Context context, String name, jakarta.servlet.Servlet servlet, String pattern) {
        Wrapper wrapper = Tomcat.addServlet(context, name, servlet);
        context.addServletMappingDecoded(pattern, name);
        return wrapper;
    }

    private static void addFilter(Context context, String name, Filter filter, String pattern) {
        FilterDef def = new FilterDef();
        def.setFilterName(name);
        def.setFilter(filter);
        context.addFilterDef(def);
        FilterMap map = new FilterMap();
        map.setFilterName(name);
        map.addURLPattern(pattern);
        context.addFilterMap(map);
    }

    private void deleteBaseDir() {
        try (Stream<Path> files = Files.walk(baseDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.debug("Could not delete {}: {}", baseDir, e.getMessage());
        }
    }
}
