package loa.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * The launcher's clockwork on Quartz (in memory, a few named threads): tasks repeated every so
 * often, and tasks at a moment. A task never runs twice at once; one that fails is logged by
 * Quartz and runs again at its next time.
 */
public final class Timetable {
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final String TASK = "task";
    private static final int THREADS = 3;

    private final Scheduler scheduler;
    private final AtomicInteger jobs = new AtomicInteger();

    public Timetable(String name) {
        Properties properties = new Properties();
        properties.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "loa-" + name + "-" + INSTANCES.incrementAndGet());
        properties.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_CLASS, "org.quartz.simpl.SimpleThreadPool");
        properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(THREADS));
        properties.setProperty("org.quartz.threadPool.threadNamePrefix", "loa-" + name + "-timetable");
        properties.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        properties.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, "org.quartz.simpl.RAMJobStore");
        try {
            scheduler = new StdSchedulerFactory(properties).getScheduler();
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot set up the timetable: " + e.getMessage(), e);
        }
    }

    public void start() {
        try {
            scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the timetable: " + e.getMessage(), e);
        }
    }

    /** Stops the clockwork, waiting for the tasks running now to finish. */
    public void stop() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot stop the timetable: " + e.getMessage(), e);
        }
    }

    /** Runs {@code task} every {@code period}, the first time after one period; a late run is not made up for. */
    public void every(Duration period, Runnable task) {
        schedule(task, TriggerBuilder.newTrigger().startAt(new Date(System.currentTimeMillis() + period.toMillis()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(period.toMillis())
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount()).build());
    }

    /** Runs {@code task} once at {@code when} by the system clock, or at once if that has passed. */
    public void at(Instant when, Runnable task) {
        schedule(task, TriggerBuilder.newTrigger().startAt(Date.from(when))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build());
    }

    private void schedule(Runnable task, Trigger trigger) {
        JobDataMap data = new JobDataMap();
        data.put(TASK, task);
        JobDetail job = JobBuilder.newJob(TaskJob.class).withIdentity("task-" + jobs.incrementAndGet()).usingJobData(data).build();
        try {
            scheduler.scheduleJob(job, trigger);
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot schedule a task: " + e.getMessage(), e);
        }
    }

    /** The one Quartz job: runs the task it was given. */
    @DisallowConcurrentExecution
    public static final class TaskJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            ((Runnable) context.getMergedJobDataMap().get(TASK)).run();
        }
    }
}
