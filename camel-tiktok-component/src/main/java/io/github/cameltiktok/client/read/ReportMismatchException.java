package io.github.cameltiktok.client.read;

/**
 * A window whose rows do not add up to TikTok's own advertiser total on a closed day ({@code reconcile=fail}): rows
 * are missing, or counted twice. Nothing of the window is delivered as complete; the consumer reads it again.
 */
public class ReportMismatchException extends IllegalStateException {

    private final transient ReconcileOutcome outcome;

    public ReportMismatchException(String message, ReconcileOutcome outcome) {
        super(message);
        this.outcome = outcome;
    }

    /** Every figure compared, the mismatching ones with both values. */
    public ReconcileOutcome getOutcome() {
        return outcome;
    }
}
