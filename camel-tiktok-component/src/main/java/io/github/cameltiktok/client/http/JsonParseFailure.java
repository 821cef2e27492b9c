package io.github.cameltiktok.client.http;

import java.io.IOException;

/** A body that is not the JSON TikTok sends (a gateway page, a cut-off stream): retried like other I/O errors. */
public final class JsonParseFailure extends IOException {
    public JsonParseFailure(String message) {
        super(message);
    }
}
