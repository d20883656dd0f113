using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Testing.Internal;
using NodaTime;

namespace GovTransparency.Domain.Testing;

/// <summary>Short ways to write progress reports (进展情况) and histories for a test.</summary>
public static class TestProgress
{
    /// <summary>Starts a report as of <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The date the report describes.</param>
    /// <returns>A new fixture.</returns>
    public static ProgressReportFixture Report(LocalDate asOf) => new(asOf);

    /// <summary>Starts a monthly report, as of the month's last day (a report for 2021年9月 is as of 2021-09-30).</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>A new fixture.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static ProgressReportFixture MonthlyReport(int year, int month) =>
        new(ProgressReport.MonthEnd(new YearMonth(year, month)));

    /// <summary>Puts reports together into the history the compliance APIs take.</summary>
    /// <param name="reports">The reports, in any order.</param>
    /// <returns>The history.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="reports"/> is null or contains null.</exception>
    public static ProgressHistory History(params ProgressReport[] reports) =>
        new(Require.NoNulls(reports, nameof(reports)));
}
