package io.github.cameltiktok;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;

/** A consumer's poll strategy that keeps the failures of its polls for a test to read. */
final class RecordingPollStrategy extends DefaultPollingConsumerPollStrategy {

    final List<Exception> failures = new CopyOnWriteArrayList<>();

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception e) {
        failures.add(e);
        return false;
    }
}
