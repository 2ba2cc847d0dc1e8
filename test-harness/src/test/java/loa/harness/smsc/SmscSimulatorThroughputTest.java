package loa.harness.smsc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsmpp.bean.BindType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS worker aims at 1,000 submit_sm a second over one bind; the simulator must keep up
 * with more than that on this shared 2-core machine, client and all.
 */
class SmscSimulatorThroughputTest {
    private static final Logger log = LoggerFactory.getLogger(SmscSimulatorThroughputTest.class);
    private static final int SUBMITTERS = 10;
    private static final int SUBMITS_EACH = 400;
    private static final int AT_LEAST_PER_SECOND = 1_000;

    private final SmscSimulator smsc = new SmscSimulator(SmscConfig.accepting(Esme.SYSTEM_ID, Esme.PASSWORD));
    private final ExecutorService submitters = Executors.newFixedThreadPool(SUBMITTERS, work -> new Thread(work, "esme-submitter"));

    @BeforeEach
    void start() throws IOException {
        smsc.start();
    }

    @AfterEach
    void stop() {
        submitters.shutdownNow();
        smsc.stop();
    }

    @Test
    void oneBindIsAnsweredFasterThanAThousandSubmitsASecond() throws Exception {
        try (Esme tx = Esme.bind(smsc, BindType.BIND_TX)) {
            submitAll(tx);
            long started = System.nanoTime();
            List<Integer> statuses = submitAll(tx);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            double perSecond = statuses.size() * 1e9 / took.toNanos();
            log.info("{} submits over one bind in {} ms: {} a second", statuses.size(), took.toMillis(), Math.round(perSecond));
            assertThat(statuses).hasSize(SUBMITTERS * SUBMITS_EACH).containsOnly(CommandStatus.ESME_ROK);
            assertThat(perSecond).isGreaterThan(AT_LEAST_PER_SECOND);
        }
    }

    /** Ten threads share the one session, as a windowed client keeps several submits in flight. */
    private List<Integer> submitAll(Esme esme) throws Exception {
        List<Future<List<Integer>>> running = new ArrayList<>();
        for (int t = 0; t < SUBMITTERS; t++) {
            String destination = "8491200" + String.format("%04d", t);
            Callable<List<Integer>> work = () -> submitEach(esme, destination);
            running.add(submitters.submit(work));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<List<Integer>> done : running) {
            statuses.addAll(done.get());
        }
        return statuses;
    }

    private static List<Integer> submitEach(Esme esme, String destination) throws Exception {
        List<Integer> statuses = new ArrayList<>(SUBMITS_EACH);
        for (int n = 0; n < SUBMITS_EACH; n++) {
            statuses.add(esme.statusOfSubmit(destination, "load " + n));
        }
        return statuses;
    }
}
