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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.github.cameltiktok.client.ReportClientFactory;
import io.github.cameltiktok.client.account.DiscoveredAdvertisers;
import io.github.cameltiktok.client.ReportStatistics;
import io.github.cameltiktok.client.catalog.EntityKind;
import io.github.cameltiktok.client.catalog.TikTokReportCatalog;
import io.github.cameltiktok.client.http.TikTokApiException;
import io.github.cameltiktok.client.http.TikTokErrorCodes;
import io.github.cameltiktok.client.read.EntityReader;
import io.github.cameltiktok.client.read.ReadContext;
import io.github.cameltiktok.client.read.ReadPlanner;
import io.github.cameltiktok.client.read.ReportReader;
import io.github.cameltiktok.client.read.SyncReportPager;
import io.github.cameltiktok.options.OptionChecks;
import io.github.cameltiktok.options.ResolvedEntities;
import io.github.cameltiktok.options.ResolvedReport;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Reads a TikTok for Business report: as a producer on demand, or as a polling consumer (default every hour).
 */
@ManagedResource(description = "TikTok report endpoint")
@UriEndpoint(firstVersion = "0.1.0", scheme = "tiktok-report", title = "TikTok Report",
             syntax = "tiktok-report:reportName", category = { Category.SOCIAL, Category.CLOUD },
             headersClass = TikTokReportConstants.class)
public class TikTokReportEndpoint extends ScheduledPollEndpoint
        implements EndpointServiceLocation, TikTokReportFiguresMBean {

    /** Reporting data moves slowly: poll once an hour unless the user sets {@code delay}. */
    static final long DEFAULT_POLL_DELAY = Duration.ofHours(1).toMillis();

    @UriParam
    private TikTokReportConfiguration configuration;

    private final ReportStatistics statistics = new ReportStatistics();
    private Set<String> optionsGiven = Set.of();
    /** What a report endpoint reads; null on an entity endpoint. */
    private ResolvedReport report;
    /** What an entity endpoint lists; null on a report endpoint. */
    private ResolvedEntities entities;
    private ReportClientFactory.ReportClient client;
    /** The advertisers TikTok lists for the token, when the endpoint names none; else null. */
    private DiscoveredAdvertisers discovered;
    /** The advertisers excludeAdvertiserId leaves out of those TikTok lists, checked at initialisation. */
    private List<String> excludedAdvertisers = List.of();
    private EntityReader entityReader;
    private ExecutorService executor;
    private ExecutorService pageExecutor;
    private boolean delayConfigured;

    public TikTokReportEndpoint(String uri, TikTokReportComponent component, TikTokReportConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
        // ScheduledPollEndpoint hands its consumer a fixed 500 ms when delay is unset (it never asks
        // getDefaultDelay()), so the hour is set here; a delay given on the URI is applied after and wins
        super.setDelay(DEFAULT_POLL_DELAY);
    }

    @Override
    public void setDelay(long delay) {
        super.setDelay(delay);
        delayConfigured = true;
    }

    @Override
    public TikTokReportComponent getComponent() {
        return (TikTokReportComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        if (configuration.isSplitRows()) {
            throw new IllegalArgumentException("Invalid option splitRows=true on a producer (to(\"" + "tiktok-report:"
                    + configuration.getReportName() + "\")): it splits a consumer's window into one exchange per row."
                    + " Allowed values: false; split the producer's list with .split(body())");
        }
        return isEntityTable() ? new TikTokEntityProducer(this) : new TikTokReportProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        ScheduledBatchPollingConsumer consumer = isEntityTable() ? new TikTokEntityConsumer(this, processor)
                : new TikTokReportConsumer(this, processor);
        if (!delayConfigured) {
            // the hour in whatever timeUnit the user chose
            super.setDelay(getTimeUnit().convert(DEFAULT_POLL_DELAY, TimeUnit.MILLISECONDS));
        }
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public long getDefaultDelay() {
        return DEFAULT_POLL_DELAY;
    }

    /** Every check of the options, before any request: a bad endpoint fails the route start with all its problems. */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        List<String> earlierErrors = new ArrayList<>();
        getComponent().checkOptions(earlierErrors);
        EntityKind kind = EntityKind.ofPreset(configuration.getReportName());
        ResolvedEntities.checkGiven(kind, optionsGiven, earlierErrors);
        excludedAdvertisers = OptionChecks.excludedAdvertisers(configuration, earlierErrors);
        if (kind != null) {
            entities = ResolvedEntities.resolve(configuration, kind, getComponent().getObjectMapper(), earlierErrors);
        } else {
            report = ResolvedReport.resolve(configuration, getComponent().getObjectMapper(), earlierErrors);
        }
    }

    /** The option names the endpoint URI sets, as given to the component. */
    void setOptionsGiven(Set<String> names) {
        optionsGiven = Set.copyOf(names);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (configuration.discoversAdvertisers()) {
            discovered = ReportClientFactory.discovery(connection(), configuration.getAppId(),
                    configuration.getAppSecret(), excludedAdvertisers,
                    Duration.ofMillis(configuration.getAdvertiserDiscoveryInterval()),
                    label());
        }
        if (entities != null) {
            entityReader = new EntityReader(ReportClientFactory.transport(connection()));
            return;
        }
        // concurrency=0 (auto): up to MAX_AUTO_READERS readers, as many at a time as the rate and latency call for
        int readers = configuration.getConcurrency() > 0 ? configuration.getConcurrency()
                : ReportClientFactory.MAX_AUTO_READERS;
        if (readers > 1) {
            executor = getCamelContext().getExecutorServiceManager().newFixedThreadPool(this,
                    "TikTokReport[" + configuration.getReportName() + "]", readers);
        }
        // each reader of a chunk keeps the next pages requested; these tasks wait for nothing, so a pool of their
        // own cannot deadlock with the chunk readers
        pageExecutor = getCamelContext().getExecutorServiceManager().newFixedThreadPool(this,
                "TikTokReportPages[" + configuration.getReportName() + "]", SyncReportPager.PAGES_IN_FLIGHT * readers);
        client = ReportClientFactory.create(connection(), new ReportClientFactory.Reading(report.kind(),
                report.request(), report.mode(), report.windows(), report.advertiserFields(),
                Duration.ofMillis(configuration.getAsyncPollInterval()),
                Duration.ofMillis(configuration.getAsyncTimeout()), executor, pageExecutor,
                configuration.getConcurrency(), Duration.ofMillis(configuration.getProgressInterval()),
                report.reconcile(), Duration.ofHours(configuration.getReconcileSettleHours()),
                report.advertiserBatchSize()));
    }

    /** How this endpoint reaches TikTok: the component's client, limiters and token for its app. */
    private ReportClientFactory.Connection connection() {
        return getComponent().connection(configuration, getServiceUrl(), statistics);
    }

    @Override
    protected void doStop() throws Exception {
        if (executor != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(executor);
            executor = null;
        }
        if (pageExecutor != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(pageExecutor);
            pageExecutor = null;
        }
        super.doStop();
    }

    @Override
    public String getServiceUrl() {
        if (configuration.isSandbox() && TikTokReportCatalog.PRODUCTION_URL.equals(configuration.getBaseUrl())) {
            return TikTokReportCatalog.SANDBOX_URL;
        }
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        List<String> ids = report != null ? report.advertiserIds()
                : entities != null ? entities.advertiserIds() : List.of();
        return Map.of("advertiserId", String.join(",", ids));
    }

    public TikTokReportConfiguration getConfiguration() {
        return configuration;
    }

    ResolvedReport getReport() {
        return report;
    }

    /**
     * The advertisers to read: those of advertiserId, or every one TikTok lists for the token.
     *
     * @param fresh list them again whatever the last listing's age (a consumer's poll)
     */
    List<String> advertiserIds(boolean fresh) {
        if (discovered != null) {
            return discovered.advertisers(fresh);
        }
        return report != null ? report.advertiserIds() : entities.advertiserIds();
    }

    /**
     * Whether a read's failure is TikTok refusing an advertiser (40001) that this endpoint skips
     * ({@code onForbiddenAdvertiser=skip}), the consumer's and the producer's one rule.
     */
    boolean skipsRefused(RuntimeException e) {
        return e instanceof TikTokApiException tiktok && tiktok.getCode() == TikTokErrorCodes.NO_PERMISSION
               && !"fail".equals(configuration.getOnForbiddenAdvertiser());
    }

    /**
     * Whether this endpoint lists an entity table ({@code campaigns}, …) rather than reading a report: decided once,
     * when the endpoint was initialised, by the name it was given.
     */
    boolean isEntityTable() {
        return entities != null;
    }

    ResolvedEntities getEntities() {
        return entities;
    }

    EntityReader getEntityReader() {
        return entityReader;
    }

    ReportReader getReader() {
        return client.reader();
    }

    /** What the endpoint calls itself in log lines. */
    String label() {
        return "tiktok-report:" + configuration.getReportName();
    }

    /** One read of this endpoint: it goes on while {@code runAllowed} says so, and counts in its figures. */
    ReadContext readContext(BooleanSupplier runAllowed) {
        return new ReadContext(runAllowed, label(), statistics);
    }

    ReadPlanner getPlanner() {
        return client.planner();
    }

    @Override
    public ReportStatistics getStatistics() {
        return statistics;
    }
}
