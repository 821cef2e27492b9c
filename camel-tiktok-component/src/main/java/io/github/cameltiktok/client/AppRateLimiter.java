package io.github.cameltiktok.client;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

/**
 * The requests one TikTok developer app may send, shared by every endpoint that speaks for it: evenly spaced at the
 * configured rate, and slower for a while after TikTok throttled one — each throttled answer halves the rate (down to
 * an eighth), each minute without one doubles it again.
 */
public final class AppRateLimiter {

    /** How long a slowdown lasts before the rate doubles again. */
    static final Duration SLOW_FOR = Duration.ofMinutes(1);
    static final int MAX_SLOWDOWN = 8;

    private final RateLimiter limiter;
    /** Permits taken per request: 1 at the configured rate, 2 at half of it, ... */
    private final AtomicInteger slowdown = new AtomicInteger(1);
    private final AtomicLong slowedAt = new AtomicLong(System.nanoTime());

    private AppRateLimiter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /** A limiter of {@code requestsPerSecond}, evenly spaced, without bursts after idle time. */
    public static AppRateLimiter of(String name, double requestsPerSecond) {
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("requestsPerSecond must be > 0");
        }
        // one permit per period: a burst allowance would let a queue of requests through at once, and TikTok
        // counts in one-second windows. The period is 1% longer than 1/rate so that network jitter cannot put one
        // request too many into one of TikTok's windows.
        return new AppRateLimiter(RateLimiter.of(name, RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofNanos(Math.max(1, Math.round(1.01e9 / requestsPerSecond))))
                .timeoutDuration(Duration.ofDays(1))
                .build()));
    }

    /** Waits for the turn of one request. */
    void acquire(String what) {
        for (int permits = currentSlowdown(); permits > 0; permits--) {
            if (!limiter.acquirePermission()) {
                throw new TikTokApiException(what + ": no request permit from the rate limiter"
                        + (Thread.currentThread().isInterrupted() ? " (interrupted)" : ""), TikTokApiException.NO_CODE,
                        null, null, 0, false, null);
            }
        }
    }

    /** TikTok throttled a request of this app: send at half the rate for a while. */
    void throttled() {
        slowdown.updateAndGet(s -> Math.min(MAX_SLOWDOWN, s * 2));
        slowedAt.set(System.nanoTime());
    }

    /** Permits per request now: the slowdown, halved for each quiet minute since the last throttled answer. */
    int currentSlowdown() {
        int current = slowdown.get();
        long since = System.nanoTime() - slowedAt.get();
        if (current > 1 && since >= SLOW_FOR.toNanos() && slowdown.compareAndSet(current, current / 2)) {
            slowedAt.set(System.nanoTime());
            return current / 2;
        }
        return current;
    }
}
