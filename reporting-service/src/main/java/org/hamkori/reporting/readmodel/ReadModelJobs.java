package org.hamkori.reporting.readmodel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.hamkori.kit.audit.AuditTrail;
import org.hamkori.kit.inbox.TransientRetry;
import org.hamkori.reporting.Generation;
import org.hamkori.reporting.ReadModelRebuild;
import org.hamkori.reporting.ReportingConfig;
import org.jboss.logging.Logger;

/**
 * Replays and rebuilds, one at a time per replica. A rebuild creates a BUILDING generation (the live consumer
 * writes every new event to it from then on), replays the topics from the beginning up to the offsets they had
 * once it existed, waits until the live consumer has passed those offsets too, compares the two generations
 * figure by figure in one snapshot and switches the reports over. Until then the reports read the old generation.
 * A generation whose replay stalled (its replica died) is taken over by any replica within a lease.
 */
@ApplicationScoped
public class ReadModelJobs {

    private static final Logger LOG = Logger.getLogger(ReadModelJobs.class);

    /** This replica, as the owner of the replays it runs. */
    final String owner = "reporting-" + UUID.randomUUID();

    /** One job at a time, on the container's threads. */
    private final ManagedExecutor jobs = ManagedExecutor.builder().maxAsync(1).maxQueued(-1).build();
    private final Set<Integer> running = ConcurrentHashMap.newKeySet();

    /** The audit entry's action of a rebuild an admin started (SPEC §11). */
    static final String REBUILD_STARTED = "RebuildStarted";

    @Inject
    Generations generations;

    @Inject
    AuditTrail audit;

    @Inject
    Replay replay;

    @Inject
    TopicReader topics;

    @Inject
    ReadModelComparison comparison;

    @Inject
    Snapshots snapshots;

    @Inject
    TransientRetry retry;

    @Inject
    ReportingConfig config;

    @Inject
    Scheduler scheduler;

    void start(@Observes StartupEvent startup) {
        scheduler.newJob("read-model-lease-check").setInterval(Generations.REPLAY_LEASE.dividedBy(2).toString())
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP).setTask(execution -> resumePendingReplays())
                .schedule();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        jobs.shutdownNow();
    }

    /** Starts a rebuild; 409 when one is running. */
    public Generation startRebuild() {
        Generation building = QuarkusTransaction.requiringNew().call(() -> {
            generations.dropDiscarded();
            ReadModelRebuild rebuild = generations.createBuilding(owner);
            audit.record(rebuild, REBUILD_STARTED);
            return rebuild.generation();
        });
        submit(building);
        return building;
    }

    /** Picks up generations created by V2 (first start) or left by a replica that stopped mid-replay. */
    void resumePendingReplays() {
        try {
            List<Generation> pending = QuarkusTransaction.requiringNew().call(generations::awaitingReplay);
            for (Generation generation : pending) {
                if (!running.contains(generation.number())
                        && QuarkusTransaction.requiringNew().call(() -> generations.claimReplay(generation, owner))) {
                    submit(generation);
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not look for pending read-model replays: %s", e.getMessage());
        }
    }

    private void submit(Generation generation) {
        if (running.add(generation.number())) {
            jobs.submit(() -> {
                try {
                    run(generation);
                } finally {
                    running.remove(generation.number());
                }
            });
        }
    }

    private void run(Generation generation) {
        try {
            String waiter = "replay of generation " + generation.number();
            Map<TopicPartition, Long> until = retry.call(waiter, "the topics' end offsets", topics::endOffsets);
            LOG.infof("Replaying the topics into generation %d up to %s", generation.number(), until);
            Replay.Filled filled = replay.fill(generation, owner, until);
            if (generation.state() == Generation.State.ACTIVE) {
                retry.call(waiter, "its end", () -> QuarkusTransaction.requiringNew().call(() -> {
                    generations.replayed(generation);
                    return null;
                }));
                LOG.infof("Generation %d replayed (%d events, %d records skipped as dead letters)",
                        generation.number(), filled.applied(), filled.skipped());
                return;
            }
            boolean liveCaughtUp = awaitLiveConsumer(generation, until);
            retry.call(waiter, "the switch-over", () -> QuarkusTransaction.requiringNew().call(() -> {
                snapshots.repeatableRead();
                Generation replaced = generations.active();
                ReadModelComparison.Comparison result = comparison.compare(replaced, generation, liveCaughtUp);
                generations.switchOver(generation, replaced, comparison.toJson(result));
                LOG.infof("Rebuilt generation %d (%d events, %d records skipped as dead letters) replaces generation"
                        + " %d: %d figures compared, %d differ", generation.number(), filled.applied(),
                        filled.skipped(), replaced.number(), result.figuresCompared(), result.differencesFound());
                return null;
            }));
        } catch (Replay.LeaseLost e) {
            LOG.warn(e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Replay of generation %d failed", generation.number());
            if (generation.state() == Generation.State.BUILDING) {
                QuarkusTransaction.requiringNew().run(() -> generations.fail(generation, String.valueOf(e.getMessage())));
            }
        }
    }

    /** Waits, keeping the lease, until the live consumer group has committed at least {@code until} everywhere. */
    private boolean awaitLiveConsumer(Generation generation, Map<TopicPartition, Long> until) {
        long deadline = System.nanoTime() + config.rebuild().liveCatchUpTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            String waiter = "replay of generation " + generation.number();
            Map<TopicPartition, Long> committed = retry.call(waiter, "the live consumer's offsets",
                    topics::committedOffsets);
            if (until.entrySet().stream().allMatch(e -> committed.getOrDefault(e.getKey(), 0L) >= e.getValue())) {
                return true;
            }
            if (!retry.call(waiter, "its lease", () -> QuarkusTransaction.requiringNew()
                    .call(() -> generations.claimReplay(generation, owner)))) {
                throw new Replay.LeaseLost(generation);
            }
            pause(Duration.ofMillis(500));
        }
        LOG.warnf("The live consumer did not reach the rebuild's offsets within %s; switching over anyway",
                config.rebuild().liveCatchUpTimeout());
        return false;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
