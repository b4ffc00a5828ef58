package org.hamkori.scenario;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs a step for each item on a fixed number of threads (the bounded number of requests in flight), reports
 * progress on stderr, and stops at the first failure: items not yet started are skipped and the failure is
 * rethrown once the running ones have finished.
 */
final class Parallel implements AutoCloseable {

    private final ExecutorService threads;
    private final PrintStream progress;

    Parallel(int concurrency, PrintStream progress) {
        this.threads = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "scenario-loader");
            thread.setDaemon(true);
            return thread;
        });
        this.progress = progress;
    }

    <T> void forEach(String what, List<T> items, Consumer<T> step) {
        long started = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        int reportEvery = Math.max(1, items.size() / 10);
        List<Future<?>> running = items.stream().<Future<?>>map(item -> threads.submit(() -> {
            if (failure.get() != null) {
                return;
            }
            try {
                step.accept(item);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                return;
            }
            synchronized (done) { // so that the counts are printed in order
                int finished = done.incrementAndGet();
                if (finished % reportEvery == 0 && finished < items.size()) {
                    progress.printf("[scenario] %s: %d/%d%n", what, finished, items.size());
                }
            }
        })).toList();
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.forEach(f -> f.cancel(true));
                throw new LoadFailure("interrupted while loading " + what, e);
            } catch (ExecutionException e) {
                failure.compareAndSet(null, new LoadFailure("loading " + what + " failed", e.getCause()));
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        progress.printf("[scenario] %s: %d/%d done in %.1f s%n", what, done.get(), items.size(),
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * Runs phases side by side, each on a thread of its own while their steps share the bounded threads, so that
     * one phase's last steps do not leave threads idle; waits for all and rethrows the first failure.
     */
    void sideBySide(Runnable... phases) {
        List<CompletableFuture<Void>> running = Arrays.stream(phases)
                .map(phase -> CompletableFuture.runAsync(phase, runnable -> {
                    Thread thread = new Thread(runnable, "scenario-phase");
                    thread.setDaemon(true);
                    thread.start();
                }))
                .toList();
        RuntimeException failure = null;
        for (CompletableFuture<Void> phase : running) {
            try {
                phase.join();
            } catch (CompletionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException cause ? cause
                            : new LoadFailure("a phase failed", e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
