package io.github.cameltiktok.client.model;

import java.time.LocalDate;
import java.util.Objects;

/** An inclusive range of days in the advertiser's time zone, as TikTok's {@code start_date}/{@code end_date}. */
public record DateWindow(LocalDate start, LocalDate end) {

    public DateWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
