package fi.hoitomalli.testkit;

import fi.hoitomalli.common.ConcurrentUpdateException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Optimistic-locking races of the store contracts: attempts released at once, each on its own thread. */
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
     * ready, and returns how many won. Any other exception of an attempt fails the race.
     */
    static int winners(int threads, IntFunction<Attempt> attempt) throws Exception {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Attempt one = attempt.apply(i);
                Callable<Boolean> race = () -> {
                    ready.countDown();
                    go.await();
                    try {
                        one.run();
                        return true;
                    } catch (ConcurrentUpdateException e) {
                        return false;
                    }
                };
                outcomes.add(pool.submit(race));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            int wins = 0;
            for (Future<Boolean> outcome : outcomes) {
                wins += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            return wins;
        } finally {
            pool.shutdownNow();
        }
    }
}
