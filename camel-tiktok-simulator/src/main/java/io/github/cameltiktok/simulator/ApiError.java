/*
 * Copyright 2026 The camel-tiktok authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.cameltiktok.simulator;

/** An error TikTok answers with HTTP 200 and a non-zero code in its envelope. */
final class ApiError extends RuntimeException {

    static final long INVALID_PARAMETER = 40002;
    static final long NO_PERMISSION = 40001;
    static final long TOO_MANY_REQUESTS = 40100;
    static final long INVALID_AUTH_PARAMETERS = 40101;
    static final long TOKEN_EXPIRED = 40102;
    static final long TOKEN_MISSING = 40104;
    static final long TOKEN_INVALID = 40105;
    static final long REFRESH_REFUSED = 40107;
    static final long AUTH_CODE_INVALID = 40110;
    static final long QUERY_TOO_LARGE = 40067;
    static final long NOT_ALLOWLISTED = 40118;
    static final long TASK_ERROR = 40200;
    static final long TASK_NOT_READY = 40201;
    /** An endpoint that does not exist (TikTok's "endpoint not implemented"). */
    static final long NOT_FOUND = 40008;

    final long code;

    ApiError(long code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    static ApiError invalid(String message) {
        return new ApiError(INVALID_PARAMETER, message);
    }
}
