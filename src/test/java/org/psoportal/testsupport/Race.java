package org.psoportal.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs pieces of work at the same moment, each on a thread of its own, as two people (or two instances' schedulers)
 * would: the tests of "acting at once never does a thing twice" use it.
 */
public final class Race {

    private Race() {}

    /** All the work, released together once every thread is ready; the results in the order given. */
    @SafeVarargs
    public static <T> List<T> of(Callable<T>... work) throws Exception {
        CountDownLatch ready = new CountDownLatch(work.length);
        ExecutorService threads = Executors.newFixedThreadPool(work.length);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> w : work) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return w.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** The same work twice at once. */
    public static <T> List<T> twice(Callable<T> work) throws Exception {
        return of(work, work);
    }
}
