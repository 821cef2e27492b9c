package io.github.cameltiktok.client.read;

import io.github.cameltiktok.client.http.TikTokApiException;

/** No report task was created: TikTok's budget of tasks per advertiser-hour or per app-day is spent. */
public class TaskBudgetSpentException extends TikTokApiException {

    public TaskBudgetSpentException(String message) {
        super(message, NO_CODE, null, null, 0, false, null);
    }
}
