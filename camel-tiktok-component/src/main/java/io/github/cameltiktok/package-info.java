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
/**
 * The {@code tiktok-report} Camel component: its public API. The component, endpoint and configuration, the
 * header names ({@link io.github.cameltiktok.TikTokReportConstants}) and the OAuth entry point
 * ({@link io.github.cameltiktok.TikTokOAuth}) keep their compatibility across minor versions; so do the types they
 * return or accept from {@code client} packages ({@code TikTokApiException}, {@code TikTokErrorCodes},
 * {@code AccessTokenGrant}, {@code TokenStore}, {@code ReportMismatchException}, {@code ReportTruncatedException},
 * {@code ReportInconsistentException}).
 * <p>
 * Everything else under {@code io.github.cameltiktok.client} and {@code io.github.cameltiktok.options} is internal:
 * public only so the component's packages can share it, and free to change in any version.
 */
package io.github.cameltiktok;
