package fi.hoitomalli.plan;

import fi.hoitomalli.customer.SectorId;
import fi.hoitomalli.forms.DateRange;
import fi.hoitomalli.forms.Dimension;
import fi.hoitomalli.forms.FeedbackKind;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.forms.FeedbackSummaries;
import fi.hoitomalli.forms.FeedbackSummary;
import fi.hoitomalli.forms.ReportingPeriod;
import fi.hoitomalli.forms.SummaryRow;
import fi.hoitomalli.access.SummaryScope;
import java.util.List;
import java.util.Objects;

/**
 * A goal's feedback counts taken from the forms' feedback summaries (palauteyhteenvedot): the share of
 * positive feedback of a sector in a window is exactly what the summary of that sector and period says,
 * broken down by kind. The sector is the customer's sector at the time the feedback was recorded, so a
 * goal's metric stays right when people move. Reads the store's system query (the plan's account team
 * sees sector figures, never the records).
 */
public final class FeedbackMetrics implements MetricSource {

    private final FeedbackReports reports;
    private final FeedbackSummaries summaries;

    /**
     * @param reports the feedback store
     * @param summaries the summary computation (its working calendar does not affect the counts)
     * @throws NullPointerException if an argument is null
     */
    public FeedbackMetrics(FeedbackReports reports, FeedbackSummaries summaries) {
        this.reports = Objects.requireNonNull(reports, "reports must not be null");
        this.summaries = Objects.requireNonNull(summaries, "summaries must not be null");
    }

    /**
     * The summary these counts come from: the sector's feedback received in the window, by kind.
     *
     * @throws NullPointerException if an argument is null
     */
    public FeedbackSummary summary(SectorId sector, MetricWindow window) {
        Objects.requireNonNull(sector, "sector must not be null");
        Objects.requireNonNull(window, "window must not be null");
        DateRange range = new DateRange(window.from(), window.to());
        SummaryScope scope = new SummaryScope.OfSector(sector);
        List<FeedbackReport> inSector = reports.recordedIn(range).stream()
                .filter(r -> FeedbackSummaries.inScope(scope, r.details()))
                .toList();
        return summaries.summarise(inSector, new ReportingPeriod.Custom(range), List.of(Dimension.KIND), window.to());
    }

    @Override
    public FeedbackCounts feedbackCounts(SectorId sector, MetricWindow window) {
        FeedbackSummary summary = summary(sector, window);
        long positive = summary.row(List.of(FeedbackKind.POSITIVE.name()))
                .map(SummaryRow::figures).map(f -> f.count()).orElse(0L);
        return new FeedbackCounts(Math.toIntExact(positive), Math.toIntExact(summary.total().count()));
    }
}
