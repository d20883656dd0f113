using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Calendars;

/// <summary>
/// Why a working-day computation landed where it did: every day between the start and the end with its kind, which
/// were counted as working days and which were skipped (weekends, holidays with their names), and whether any day
/// was assumed because its year's schedule is unknown. Made by
/// <see cref="WorkingDayCalendarExtensions.ExplainAddWorkingDays"/> and
/// <see cref="WorkingDayCalendarExtensions.ExplainWorkingDaysBetween"/>; <see cref="ToText"/> renders it for people
/// in Chinese or English, so that a consumer can show how a deadline was computed.
/// </summary>
public sealed record WorkingDayExplanation
{
    internal WorkingDayExplanation(ExplainedOperation operation, CalendarDay start, LocalDate end, int workingDays, IReadOnlyList<CalendarDay> days)
    {
        Operation = operation;
        Start = start;
        End = end;
        WorkingDays = workingDays;
        Days = ValueList<CalendarDay>.From(days);
        CountedDays = ValueList<CalendarDay>.From(days.Where(d => d.IsWorkingDay));
        SkippedDays = ValueList<CalendarDay>.From(days.Where(d => !d.IsWorkingDay));
        Periods = ValueList<ExplainedPeriod>.From(Group(days));
        AssumedYears = ValueList<int>.From(
            days.Concat(new[] { start }).Where(d => d.IsAssumed).Select(d => d.Date.Year).Distinct().OrderBy(y => y));
    }

    /// <summary>Gets which computation is explained.</summary>
    public ExplainedOperation Operation { get; }

    /// <summary>Gets the start day (never counted), with its kind.</summary>
    public CalendarDay Start { get; }

    /// <summary>
    /// Gets where the computation ended: the result of <see cref="IWorkingDayCalendar.AddWorkingDays"/>, or the end
    /// date given to <see cref="IWorkingDayCalendar.WorkingDaysBetween"/>.
    /// </summary>
    public LocalDate End { get; }

    /// <summary>Gets the signed number of working days: the one added, or the one counted.</summary>
    public int WorkingDays { get; }

    /// <summary>
    /// Gets every day walked, in date order: after the start up to and including the end when going forward, from
    /// the end up to the day before the start when going back.
    /// </summary>
    public IReadOnlyList<CalendarDay> Days { get; }

    /// <summary>Gets the working days counted, in date order.</summary>
    public IReadOnlyList<CalendarDay> CountedDays { get; }

    /// <summary>Gets the days skipped (weekends and holidays), in date order.</summary>
    public IReadOnlyList<CalendarDay> SkippedDays { get; }

    /// <summary>Gets the walked days grouped into runs that share a kind, a holiday name and whether they were assumed.</summary>
    public IReadOnlyList<ExplainedPeriod> Periods { get; }

    /// <summary>Gets the years whose schedule was unknown and whose days were assumed, ascending; empty when none.</summary>
    public IReadOnlyList<int> AssumedYears { get; }

    /// <summary>Gets whether any day was assumed because its year's schedule is unknown.</summary>
    public bool UsesAssumedDays => AssumedYears.Count > 0;

    /// <summary>
    /// Renders the explanation for people: a summary line, one line per period (counted or skipped, with holiday
    /// names), and a note when days were assumed. Chinese for any <c>zh</c> culture, English otherwise.
    /// </summary>
    /// <param name="culture">The culture that chooses the language; pass it explicitly.</param>
    /// <returns>The text, lines separated by line feeds, without a final line feed.</returns>
    public string ToText(CultureInfo culture)
    {
        var chinese = Diagnostic.IsChinese(Guard.Against.Null(culture));
        var builder = new StringBuilder(Messages.ExplainHeader(this, chinese));
        foreach (var period in Periods)
        {
            builder.Append('\n').Append("  ").Append(Messages.ExplainPeriod(period, chinese));
        }

        if (UsesAssumedDays)
        {
            builder.Append('\n').Append(Messages.ExplainAssumedYears(AssumedYears, chinese));
        }

        return builder.ToString();
    }

    /// <summary>Renders the explanation in English (see <see cref="ToText"/>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToText(CultureInfo.InvariantCulture);

    /// <summary>Groups consecutive days of the same kind, holiday and assumption into periods.</summary>
    internal static IEnumerable<ExplainedPeriod> Group(IReadOnlyList<CalendarDay> days)
    {
        var i = 0;
        while (i < days.Count)
        {
            var first = days[i];
            var j = i;
            while (j + 1 < days.Count
                && days[j + 1].Kind == first.Kind
                && days[j + 1].IsAssumed == first.IsAssumed
                && string.Equals(days[j + 1].HolidayName, first.HolidayName, System.StringComparison.Ordinal))
            {
                j++;
            }

            yield return new ExplainedPeriod(first.Date, days[j].Date, first.Kind, first.HolidayName, first.IsAssumed);
            i = j + 1;
        }
    }
}
