package io.github.cameltiktok.client.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one window's check against TikTok's advertiser total ({@link Reconciler}).
 *
 * @param figures   every figure compared
 * @param closedMismatch a mismatch on a day that can no longer move: a finding
 */
public record ReconcileOutcome(List<Figure> figures, boolean closedMismatch) {

    public ReconcileOutcome {
        figures = List.copyOf(figures);
    }

    public boolean reconciled() {
        return figures.stream().allMatch(Figure::equal);
    }

    public List<Figure> mismatches() {
        return figures.stream().filter(f -> !f.equal()).toList();
    }

    /** Two parts' outcomes in one message (a producer's advertisers). */
    public static ReconcileOutcome combine(ReconcileOutcome a, ReconcileOutcome b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        List<Figure> all = new ArrayList<>(a.figures);
        all.addAll(b.figures);
        return new ReconcileOutcome(all, a.closedMismatch || b.closedMismatch);
    }

    /** One compared figure: a day (or the whole window without a time dimension) and metric of an advertiser. */
    public record Figure(String advertiserId, String day, String metric, Object delivered, Object tiktok) {

        public boolean equal() {
            return compare(delivered, tiktok);
        }

        /** As the header lists it. */
        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("advertiser_id", advertiserId);
            map.put("day", day);
            map.put("metric", metric);
            map.put("delivered", delivered);
            map.put("tiktok", tiktok);
            map.put("equal", equal());
            return map;
        }
    }

    /** One line for a log or an exception: the first mismatches, each with both figures. */
    public String describe(ReadPart part) {
        List<Figure> mismatches = mismatches();
        StringBuilder text = new StringBuilder("The report of ").append(part.describe()).append(" (")
                .append(part.window()).append(") does not match TikTok's advertiser total: ");
        mismatches.stream().limit(5).forEach(f -> text.append(f.day()).append(' ').append(f.metric())
                .append(" delivered ").append(f.delivered()).append(", TikTok ").append(f.tiktok()).append("; "));
        if (mismatches.size() > 5) {
            text.append("and ").append(mismatches.size() - 5).append(" more; ");
        }
        return text.append("rows may be missing (see CamelTikTokReportReconciliation)").toString();
    }

    /** Exact comparison: null and zero are the same (a day without delivery has no row). */
    static boolean compare(Object delivered, Object tiktok) {
        return decimal(delivered).compareTo(decimal(tiktok)) == 0;
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof Number ? new BigDecimal(value.toString()) : BigDecimal.ZERO;
    }
}
