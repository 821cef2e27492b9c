package io.github.cameltiktok;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.github.cameltiktok.client.DateWindow;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * Reads the endpoint's report on each exchange; the body becomes the list of rows. Headers may name other
 * advertisers or another window for this one message.
 */
public class TikTokReportProducer extends DefaultProducer {

    public TikTokReportProducer(TikTokReportEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public TikTokReportEndpoint getEndpoint() {
        return (TikTokReportEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        TikTokReportEndpoint endpoint = getEndpoint();
        Message in = exchange.getIn();
        String advertiserHeader = in.getHeader(TikTokReportConstants.ADVERTISER_ID, String.class);
        List<String> advertiserIds = endpoint.getAdvertiserIds();
        if (advertiserHeader != null) {
            List<String> errors = new ArrayList<>();
            advertiserIds = TikTokReportEndpoint.parseAdvertiserIds(advertiserHeader,
                    "header " + TikTokReportConstants.ADVERTISER_ID, errors);
            if (!errors.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", errors));
            }
        }
        DateWindow window = endpoint.window(LocalDate.now(),
                in.getHeader(TikTokReportConstants.START_DATE, String.class),
                in.getHeader(TikTokReportConstants.END_DATE, String.class));

        ReportFetch fetch = ReportFetch.read(endpoint, advertiserIds, window, advertiserIds.size() > 1, this::isRunAllowed);
        Message out = exchange.getMessage();
        out.setBody(fetch.rows());
        fetch.setHeaders(out);
    }
}
