package fi.hoitomalli.testkit;

import fi.hoitomalli.common.ConcurrentUpdateException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Races of the store contracts: attempts released at once, each on its own thread. A race fails with an
 * {@link AssertionError} naming every attempt that threw anything but the exception a loser must get, so
 * that a store whose losers see a storage error instead of {@link ConcurrentUpdateException} is caught
 * with the count of such losers.
 */
final class Races {

    private Races() {
    }

    /** One attempt: wins when it returns, loses when it throws {@link ConcurrentUpdateException}. */
    @FunctionalInterface
    interface Attempt {
        void run() throws Exception;
    }

    /**
     * Makes {@code threads} attempts ({@code attempt.apply(i)}), releases them together once every thread is
     * ready, and returns how many won.
     *
     * @throws AssertionError if an attempt threw anything but {@link ConcurrentUpdateException}
     */
    static int winners(int threads, IntFunction<Attempt> attempt) throws Exception {
        return count(threads, i -> {
            Attempt one = attempt.apply(i);
            return () -> {
                try {
                    one.run();
                    return true;
                } catch (ConcurrentUpdateException e) {
                    return false;
                }
            };
        });
    }

    /**
     * Makes {@code threads} attempts, releases them together, and returns how many returned true.
     *
     * @throws AssertionError if an attempt threw anything
     */
    static int count(int threads, IntFunction<Callable<Boolean>> attempt) throws Exception {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Boolean> one = attempt.apply(i);
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return one.call();
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the threads of the race did not start within 30 s");
            }
            go.countDown();
            int trues = 0;
            List<Throwable> unexpected = new ArrayList<>();
            for (Future<Boolean> outcome : outcomes) {
                try {
                    trues += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
                } catch (ExecutionException e) {
                    unexpected.add(e.getCause());
                }
            }
            if (!unexpected.isEmpty()) {
                AssertionError failure = new AssertionError(unexpected.size() + " of " + threads
                        + " attempts threw an unexpected exception, the first: " + unexpected.get(0));
                unexpected.forEach(failure::addSuppressed);
                throw failure;
            }
            return trues;
        } finally {
            pool.shutdownNow();
        }
    }
}
