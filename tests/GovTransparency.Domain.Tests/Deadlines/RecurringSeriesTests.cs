using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Deadlines;
using NodaTime;
using Xunit;
using static GovTransparency.Domain.Tests.Deadlines.Rules;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>Recurring time limits (每月, 每季度, 每年3月31日前 …) as series of occurrences in a window; dates by hand.</summary>
public class RecurringSeriesTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendar.Default;
    private static readonly DeadlineContext Plan2021 = new(2021);

    [Fact]
    public void Monthly_by_the_25th_runs_across_the_turn_of_the_year()
    {
        var resolution = Series("每月25日前", new DateInterval(Day(2021, 11, 1), Day(2022, 2, 28)));

        resolution.Occurrences.Should().Equal(
            new DeadlineOccurrence(Day(2021, 11, 1), Day(2021, 11, 30), Day(2021, 11, 25)),
            new DeadlineOccurrence(Day(2021, 12, 1), Day(2021, 12, 31), Day(2021, 12, 25)),
            new DeadlineOccurrence(Day(2022, 1, 1), Day(2022, 1, 31), Day(2022, 1, 25)),
            new DeadlineOccurrence(Day(2022, 2, 1), Day(2022, 2, 28), Day(2022, 2, 25)));
        resolution.Frequency.Should().Be(RecurrenceFrequency.Monthly);
        resolution.DueDate.Should().BeNull("a series has no single due date");
    }

    [Fact]
    public void Quarterly_occurrences_fall_due_at_each_quarters_end_across_the_turn_of_the_year()
    {
        Series("每季度", new DateInterval(Day(2021, 10, 1), Day(2022, 6, 30))).Occurrences.Should().Equal(
            new DeadlineOccurrence(Day(2021, 10, 1), Day(2021, 12, 31), Day(2021, 12, 31)),
            new DeadlineOccurrence(Day(2022, 1, 1), Day(2022, 3, 31), Day(2022, 3, 31)),
            new DeadlineOccurrence(Day(2022, 4, 1), Day(2022, 6, 30), Day(2022, 6, 30)));
    }

    [Fact]
    public void Yearly_by_31_March_falls_due_on_31_March_of_each_year()
    {
        Series("每年3月31日前", new DateInterval(Day(2021, 1, 1), Day(2023, 12, 31))).Occurrences.Should().Equal(
            new DeadlineOccurrence(Day(2021, 1, 1), Day(2021, 12, 31), Day(2021, 3, 31)),
            new DeadlineOccurrence(Day(2022, 1, 1), Day(2022, 12, 31), Day(2022, 3, 31)),
            new DeadlineOccurrence(Day(2023, 1, 1), Day(2023, 12, 31), Day(2023, 3, 31)));
    }

    [Fact]
    public void Weeks_run_Monday_to_Sunday_and_fall_due_on_the_Sunday()
    {
        Series("每周", new DateInterval(Day(2021, 12, 27), Day(2022, 1, 9))).Occurrences.Should().Equal(
            new DeadlineOccurrence(Day(2021, 12, 27), Day(2022, 1, 2), Day(2022, 1, 2)),
            new DeadlineOccurrence(Day(2022, 1, 3), Day(2022, 1, 9), Day(2022, 1, 9)));
    }

    [Fact]
    public void Daily_occurrences_are_due_each_day_holidays_included()
    {
        Series("每日", new DateInterval(Day(2021, 9, 30), Day(2021, 10, 2))).Occurrences.Select(o => o.DueDate)
            .Should().Equal(Day(2021, 9, 30), Day(2021, 10, 1), Day(2021, 10, 2));
    }

    [Fact]
    public void Half_yearly_occurrences_fall_due_on_30_June_and_31_December()
    {
        Series("每半年").Occurrences.Should().Equal(
            new DeadlineOccurrence(Day(2021, 1, 1), Day(2021, 6, 30), Day(2021, 6, 30)),
            new DeadlineOccurrence(Day(2021, 7, 1), Day(2021, 12, 31), Day(2021, 12, 31)));
    }

    [Fact]
    public void Without_a_window_the_series_covers_the_plan_year()
    {
        var resolution = Series("每月");

        (resolution.Window!.Start, resolution.Window.End).Should().Be((Day(2021, 1, 1), Day(2021, 12, 31)));
        resolution.Occurrences.Select(o => o.DueDate).Should().Equal(
            Day(2021, 1, 31), Day(2021, 2, 28), Day(2021, 3, 31), Day(2021, 4, 30), Day(2021, 5, 31), Day(2021, 6, 30),
            Day(2021, 7, 31), Day(2021, 8, 31), Day(2021, 9, 30), Day(2021, 10, 31), Day(2021, 11, 30), Day(2021, 12, 31));
        resolution.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_day_a_month_lacks_falls_on_the_months_last_day()
    {
        var rule = Every(RecurrenceFrequency.Monthly, day: 31);

        DeadlineResolver.Resolve(rule, Plan2021, China, window: new DateInterval(Day(2024, 1, 1), Day(2024, 4, 30)))
            .Occurrences.Select(o => o.DueDate).Should().Equal(Day(2024, 1, 31), Day(2024, 2, 29), Day(2024, 3, 31), Day(2024, 4, 30));
    }

    [Fact]
    public void Only_occurrences_due_inside_the_window_are_listed()
    {
        Series("每月", new DateInterval(Day(2021, 1, 15), Day(2021, 3, 15))).Occurrences.Select(o => o.DueDate)
            .Should().Equal(Day(2021, 1, 31), Day(2021, 2, 28));
    }

    [Fact]
    public void Monthly_or_quarterly_follows_the_stricter_monthly_frequency_and_says_so()
    {
        var resolution = Series("按月或按季度");

        resolution.Frequency.Should().Be(RecurrenceFrequency.Monthly);
        resolution.Occurrences.Should().HaveCount(12);
        var diagnostic = resolution.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.DeadlineStricterFrequency);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Info);
        diagnostic.MessageEn.Should().Be("The time limit \"按月或按季度\" allows two frequencies; the stricter, more frequent one is followed: monthly.");
    }

    [Fact]
    public void A_stricter_alternative_is_followed_at_its_periods_end()
    {
        var rule = Every(RecurrenceFrequency.Yearly, month: 3, day: 31, alternative: RecurrenceFrequency.HalfYearly);

        DeadlineResolver.Resolve(rule, Plan2021, China).Occurrences.Select(o => o.DueDate).Should().Equal(Day(2021, 6, 30), Day(2021, 12, 31));
    }

    [Fact]
    public void A_series_is_cut_short_at_ten_thousand_occurrences_with_a_warning()
    {
        var resolution = Series("每日", new DateInterval(Day(2000, 1, 1), Day(2040, 12, 31)));

        resolution.Occurrences.Should().HaveCount(DeadlineResolver.MaxOccurrences);
        resolution.Occurrences[0].DueDate.Should().Be(Day(2000, 1, 1));
        resolution.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.DeadlineSeriesTruncated);
    }

    [Fact]
    public void Series_due_dates_are_kept_as_written_even_on_a_weekend()
    {
        // 2021-10-31 is a Sunday; like a fixed date, an occurrence's due date is not moved.
        Series("每月").Occurrences[9].DueDate.Should().Be(Day(2021, 10, 31));
    }

    private static DeadlineResolution Series(string phrase, DateInterval? window = null)
    {
        var resolution = DeadlineResolver.Resolve(DeadlineText.Parse(phrase, Plan2021).Rule, Plan2021, China, window: window);
        resolution.Kind.Should().Be(DeadlineResolutionKind.Series);
        return resolution;
    }
}
