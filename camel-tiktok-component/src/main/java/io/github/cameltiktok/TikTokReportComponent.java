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
package io.github.cameltiktok;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cameltiktok.client.ReportClientFactory;
import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.account.AccountClient;
import io.github.cameltiktok.client.account.AuthCodeExchange;
import io.github.cameltiktok.client.account.TokenProvider;
import io.github.cameltiktok.client.account.TokenStore;
import io.github.cameltiktok.client.catalog.Checks;
import io.github.cameltiktok.client.catalog.GmvMaxCatalog;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.http.AppLimits;
import io.github.cameltiktok.client.http.AppRateLimiter;
import io.github.cameltiktok.client.http.HttpTransport;
import io.github.cameltiktok.client.http.RetryPolicy;
import io.github.cameltiktok.client.http.TaskBudget;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.PropertiesHelper;
import org.apache.camel.util.URISupport;

/**
 * The {@code tiktok-report} component: TikTok for Business report rows as Camel messages. It owns what its
 * endpoints share per developer app: the rate limits, the task budget and the token provider (the HTTP client and
 * its options are {@link TikTokHttpComponentSupport}'s).
 */
@Component("tiktok-report")
public class TikTokReportComponent extends TikTokHttpComponentSupport {

    private static final String PARAMETER_PREFIX = "param.";

    static {
        // Camel masks well-known secret names (accessToken, appSecret) in the URIs it logs; authCode is ours to add
        URISupport.addSanitizeKeywords("authCode");
    }

    @Metadata(description = "Default options for every endpoint of this component; endpoint options override them.")
    private TikTokReportConfiguration configuration = new TikTokReportConfiguration();

    @Metadata(label = "security",
              description = "Where the access token obtained by exchanging authCode is kept (e.g. a"
                            + " FileStateRepository), keyed by appId and a hash of the code: after a restart the same"
                            + " code needs no new exchange, which TikTok would refuse. It holds the token in clear:"
                            + " protect it as the token itself.")
    private StateRepository<String, String> tokenRepository;

    @Metadata(defaultValue = "9",
              description = "Requests per second that all endpoints of this component send to TikTok for one"
                            + " developer app (endpoints with the same appId, or the same access token), retries"
                            + " included. TikTok's per-app limits come in tiers of 10, 20, 30 and 50 QPS (the sandbox"
                            + " allows 1); the default stays under the basic tier. 0 turns the limit off. A new"
                            + " positive rate set while endpoints run applies to them at once (a worker's share of the"
                            + " app's rate, see Scaling out).")
    private double requestsPerSecond = 9;

    @Metadata(defaultValue = "1",
              description = "Asynchronous report tasks created per second for one developer app, besides"
                            + " requestsPerSecond: TikTok limits task creation separately and lower (1 QPS per app in"
                            + " its create-task doc). 0 turns this limit off.")
    private double asyncTasksPerSecond = 1;

    @Metadata(defaultValue = "1",
              description = "Requests per second to TikTok's sandbox (endpoints with sandbox=true), which allows 1"
                            + " QPS: a limit of its own, under requestsPerSecond. 0 for requestsPerSecond alone.")
    private double sandboxRequestsPerSecond = 1;

    @Metadata(defaultValue = "8",
              description = "GMV Max report requests per second for one developer app, besides requestsPerSecond:"
                            + " TikTok lists /gmv_max/report/get/ with a lower limit than the integrated report at"
                            + " the basic tier (8 QPS). 0 turns this limit off.")
    private double gmvMaxRequestsPerSecond = 8;

    private final ObjectMapper objectMapper = new ObjectMapper();
    private final AppLimits appLimits = new AppLimits();
    /** One provider per app and auth code: TikTok accepts each code only once. */
    private final Map<String, TokenProvider> tokenProviders = new ConcurrentHashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        TikTokReportConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setReportName(remaining);
        endpointConfiguration.getParameters().putAll(PropertiesHelper.extractProperties(parameters, PARAMETER_PREFIX));
        TikTokReportEndpoint endpoint = new TikTokReportEndpoint(uri, this, endpointConfiguration);
        // what the URI itself sets (not the component's defaults): options of the other kind of endpoint are refused
        endpoint.setOptionsGiven(parameters.keySet());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /**
     * Camel's check of the options no endpoint property took, told the component's way: each unknown name with the
     * nearest option names, no value shown (it may be a secret), the URI once (Camel's message names it, masked).
     */
    @Override
    protected void validateParameters(String uri, Map<String, Object> parameters, String optionPrefix) {
        if (parameters == null || parameters.isEmpty()) {
            return;
        }
        List<String> unknown = parameters.keySet().stream()
                .filter(name -> optionPrefix == null || name.startsWith(optionPrefix)).sorted().toList();
        if (unknown.isEmpty()) {
            return;
        }
        Set<String> options = new TikTokReportEndpointUriFactory().propertyNames();
        StringBuilder message = new StringBuilder("Invalid ").append(endpointName(uri)).append(" endpoint:");
        for (String name : unknown) {
            List<String> nearest = Checks.closest(name, options);
            message.append(" Unknown option '").append(name).append("'.")
                    .append(nearest.isEmpty() ? "" : " Did you mean " + String.join(" or ", nearest) + "?");
        }
        message.append(" The options of tiktok-report are listed in docs/options.md");
        throw new IllegalArgumentException(message.toString());
    }

    /** {@code tiktok-report:name} of an endpoint URI, without its options. */
    private static String endpointName(String uri) {
        String name = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        return name.replace("://", ":");
    }

    /**
     * How an endpoint reaches TikTok: the shared client, its app's limiters, task budget and token provider, and
     * the endpoint's own retry policy and statistics.
     */
    ReportClientFactory.Connection connection(TikTokReportConfiguration config, String baseUrl,
                                              ReportStatistics statistics) {
        RetryPolicy retryPolicy = new RetryPolicy(config.getMaxRetries(),
                Duration.ofMillis(config.getRetryInitialDelay()), Duration.ofMillis(config.getRetryMaxDelay()),
                Duration.ofMillis(config.getThrottleRetryTimeout()));
        ReportClientFactory.Connection unauthenticated = new ReportClientFactory.Connection(httpClient(),
                objectMapper, baseUrl, retryPolicy, rateLimiter(config), appLimits.tasks(app(config),
                        asyncTasksPerSecond), taskBudget(config), pathLimiters(config), TokenProvider.none(),
                deadlines(), statistics);
        return unauthenticated.withToken(
                tokenProvider(config, () -> ReportClientFactory.transport(unauthenticated)));
    }

    /** The limiter of every request of the endpoint's app; null for none (requestsPerSecond 0). */
    private AppRateLimiter rateLimiter(TikTokReportConfiguration config) {
        if (config.isSandbox() && sandboxRequestsPerSecond > 0) {
            // TikTok's sandbox allows 1 QPS: a limiter of its own, whatever the production rate
            double rate = requestsPerSecond > 0 ? Math.min(requestsPerSecond, sandboxRequestsPerSecond)
                    : sandboxRequestsPerSecond;
            return appLimits.own(app(config) + "@sandbox", rate);
        }
        return appLimits.requests(app(config), requestsPerSecond);
    }

    /** The app's budget of report tasks: TikTok's 500 per advertiser-hour and 4,500 per app-day. */
    private TaskBudget taskBudget(TikTokReportConfiguration config) {
        return appLimits.taskBudget(app(config), TikTokReportCatalog.TASKS_PER_ADVERTISER_HOUR,
                TikTokReportCatalog.TASKS_PER_APP_DAY);
    }

    /** Limiters of the endpoints whose documented limit is lower than the app's, by path. */
    private Map<String, AppRateLimiter> pathLimiters(TikTokReportConfiguration config) {
        AppRateLimiter gmvMax = appLimits.own(app(config) + "@" + GmvMaxCatalog.REPORT_PATH, gmvMaxRequestsPerSecond);
        return gmvMax == null ? Map.of() : Map.of(GmvMaxCatalog.REPORT_PATH, gmvMax);
    }

    /** What names the app an endpoint speaks for: its appId, or its token (a map key, never shown). */
    private static String app(TikTokReportConfiguration config) {
        return config.getAppId() != null ? "app:" + config.getAppId() : "token:" + config.getAccessToken();
    }

    ObjectMapper getObjectMapper() {
        return objectMapper;
    }

    /**
     * The token provider of an endpoint's app: its own token, or the one exchange of the configured auth code that
     * all endpoints of the app share (TikTok accepts each code once).
     *
     * @param oauth the transport that sends the exchange, asked for only when one is needed
     */
    private TokenProvider tokenProvider(TikTokReportConfiguration config, Supplier<HttpTransport> oauth) {
        if (config.getAccessToken() != null) {
            return TokenProvider.of(config.getAccessToken());
        }
        return tokenProviders.computeIfAbsent(config.getAppId() + '\n' + config.getAuthCode(),
                k -> new AuthCodeExchange(config.getAppId(), config.getAppSecret(), config.getAuthCode(),
                        tokenRepository == null ? TokenStore.NONE : new StateRepositoryTokenStore(tokenRepository),
                        new AccountClient(oauth.get())));
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (tokenRepository != null) {
            ServiceHelper.startService(tokenRepository);
        }
    }

    /**
     * The component's own options, checked when an endpoint starts (they apply to all of them).
     *
     * @param errors where each bad option is told, with its property name
     */
    void checkOptions(List<String> errors) {
        positiveRate(errors, "requestsPerSecond", requestsPerSecond);
        positiveRate(errors, "asyncTasksPerSecond", asyncTasksPerSecond);
        positiveRate(errors, "sandboxRequestsPerSecond", sandboxRequestsPerSecond);
        positiveRate(errors, "gmvMaxRequestsPerSecond", gmvMaxRequestsPerSecond);
        checkHttpOptions(errors);
    }

    private static void positiveRate(List<String> errors, String option, double value) {
        if (value < 0 || Double.isNaN(value)) {
            errors.add("Invalid value '" + value + "' for option " + option + " (" + property(option) + ")."
                       + " Allowed values: a positive number of requests per second, or 0 for no limit");
        }
    }

    @Override
    protected void doStop() throws Exception {
        appLimits.clear();
        super.doStop();
    }

    public TikTokReportConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(TikTokReportConfiguration configuration) {
        this.configuration = configuration;
    }

    public StateRepository<String, String> getTokenRepository() {
        return tokenRepository;
    }

    public void setTokenRepository(StateRepository<String, String> tokenRepository) {
        this.tokenRepository = tokenRepository;
    }

    public double getRequestsPerSecond() {
        return requestsPerSecond;
    }

    /** A new positive rate applies at once to the endpoints that run (a worker's share of the app's rate). */
    public void setRequestsPerSecond(double requestsPerSecond) {
        this.requestsPerSecond = requestsPerSecond;
        appLimits.setRequestRate(requestsPerSecond);
    }

    public double getAsyncTasksPerSecond() {
        return asyncTasksPerSecond;
    }

    public void setAsyncTasksPerSecond(double asyncTasksPerSecond) {
        this.asyncTasksPerSecond = asyncTasksPerSecond;
    }

    public double getSandboxRequestsPerSecond() {
        return sandboxRequestsPerSecond;
    }

    public void setSandboxRequestsPerSecond(double sandboxRequestsPerSecond) {
        this.sandboxRequestsPerSecond = sandboxRequestsPerSecond;
    }

    public double getGmvMaxRequestsPerSecond() {
        return gmvMaxRequestsPerSecond;
    }

    public void setGmvMaxRequestsPerSecond(double gmvMaxRequestsPerSecond) {
        this.gmvMaxRequestsPerSecond = gmvMaxRequestsPerSecond;
    }
}
