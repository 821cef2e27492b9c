package io.github.cameltiktok.kafka;

import java.time.LocalDate;

/** One advertiser's window to read: the message of the work topic, keyed by the advertiser id. */
public record WorkItem(String advertiserId, LocalDate startDate, LocalDate endDate) {
}
