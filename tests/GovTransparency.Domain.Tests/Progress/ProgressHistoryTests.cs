using FluentAssertions;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Progress;

public class ProgressHistoryTests
{
    private static readonly TaskNumber Task48 = new(48);
    private static readonly LocalDate PlanYearStart = new(2021, 1, 1);

    private static ProgressReport Report(int month, string text, LocalDate? completedOn = null) =>
        new(ProgressReport.MonthEnd(new YearMonth(2021, month)))
        {
            Entries = new[] { ProgressEntry.FromText(Task48, text) with { CompletedOn = completedOn } },
        };

    [Fact]
    public void A_task_whose_only_report_shows_it_completed_was_completed_between_the_plan_start_and_that_report()
    {
        // Seed 000, task 48: 6月底前, reported 已完成 only in the September report.
        var history = new ProgressHistory(new[] { Report(9, "已完成") });

        var completion = history.CompletionOf(Task48, new LocalDate(2021, 10, 1), PlanYearStart);

        completion.Should().Be(new CompletionInterval(PlanYearStart, new LocalDate(2021, 9, 30)));
        completion!.Value.JudgeAgainst(new LocalDate(2021, 6, 30)).Should().Be(Timeliness.Undetermined);
    }

    [Fact]
    public void A_report_before_the_due_date_showing_completion_makes_it_on_time()
    {
        // Seed 000, task 31: 10月底前, 已完成 as of 2021-09-30.
        var completion = new ProgressHistory(new[] { Report(9, "已完成") }).CompletionOf(Task48, new LocalDate(2021, 10, 1), PlanYearStart);

        completion!.Value.JudgeAgainst(new LocalDate(2021, 10, 31)).Should().Be(Timeliness.OnTime);
    }

    [Fact]
    public void Completion_after_a_report_that_showed_it_not_done_past_the_due_date_is_late()
    {
        var history = new ProgressHistory(new[] { Report(7, "正在进行"), Report(8, "已完成") });

        var completion = history.CompletionOf(Task48, new LocalDate(2021, 12, 31), PlanYearStart)!.Value;

        completion.Should().Be(new CompletionInterval(new LocalDate(2021, 8, 1), new LocalDate(2021, 8, 31)));
        completion.JudgeAgainst(new LocalDate(2021, 6, 30)).Should().Be(Timeliness.Late);
        completion.DaysLate(new LocalDate(2021, 6, 30)).Should().Be(32);
    }

    [Fact]
    public void A_stated_completion_date_is_exact()
    {
        var history = new ProgressHistory(new[] { Report(9, "已完成", new LocalDate(2021, 6, 28)) });

        var completion = history.CompletionOf(Task48, new LocalDate(2021, 10, 1), PlanYearStart)!.Value;

        completion.IsExact.Should().BeTrue();
        completion.JudgeAgainst(new LocalDate(2021, 6, 30)).Should().Be(Timeliness.OnTime);
    }

    [Fact]
    public void Reports_after_the_as_of_date_are_not_known_yet()
    {
        var history = new ProgressHistory(new[] { Report(9, "已完成"), Report(7, "正在进行") });

        history.CompletionOf(Task48, new LocalDate(2021, 8, 15), PlanYearStart).Should().BeNull();
        history.LatestOnOrBefore(new LocalDate(2021, 8, 15))!.AsOf.Should().Be(new LocalDate(2021, 7, 31));
        history.LatestOnOrBefore(new LocalDate(2021, 7, 30)).Should().BeNull();
        history.LatestEntry(Task48, new LocalDate(2021, 10, 1))!.Value.ReportedOn.Should().Be(new LocalDate(2021, 9, 30));
    }

    [Fact]
    public void A_later_report_that_shows_the_task_not_completed_withdraws_the_completion()
    {
        var history = new ProgressHistory(new[] { Report(7, "已完成"), Report(8, "正在进行") });

        history.CompletionOf(Task48, new LocalDate(2021, 9, 1), PlanYearStart).Should().BeNull();
        history.CompletionOf(Task48, new LocalDate(2021, 8, 1), PlanYearStart).Should().NotBeNull();
    }

    [Theory]
    [InlineData("2021-06-01", "2021-06-30", "2021-06-30", Timeliness.OnTime)]
    [InlineData("2021-07-01", "2021-07-31", "2021-06-30", Timeliness.Late)]
    [InlineData("2021-06-30", "2021-07-01", "2021-06-30", Timeliness.Undetermined)]
    public void The_due_date_is_inclusive(string earliest, string latest, string due, Timeliness expected)
    {
        new CompletionInterval(Date(earliest), Date(latest)).JudgeAgainst(Date(due)).Should().Be(expected);
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
