using FluentAssertions;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Progress;

/// <summary>How a history finds a task's entries now that each report is indexed by task once.</summary>
public class ProgressHistoryLookupTests
{
    private static readonly LocalDate September = new(2021, 9, 30);

    [Fact]
    public void A_report_with_two_entries_for_one_task_is_read_by_its_first_as_FindEntry_does()
    {
        var report = new ProgressReport(September)
        {
            Entries = new[] { ProgressEntry.FromText(new TaskNumber(31), "正在进行"), ProgressEntry.FromText(new TaskNumber(31), "已完成") },
        };
        var history = new ProgressHistory(new[] { report });

        history.LatestEntry(new TaskNumber(31), September)!.Value.Entry.Should().BeSameAs(report.FindEntry(new TaskNumber(31)));
        history.CompletionOf(new TaskNumber(31), September, new LocalDate(2021, 1, 1)).Should().BeNull();
    }

    [Fact]
    public void Entries_are_found_by_the_number_value_whatever_its_written_form()
    {
        var report = new ProgressReport(September) { Entries = new[] { ProgressEntry.FromText(new TaskNumber(3, "3、"), "已完成") } };
        var history = new ProgressHistory(new[] { report });

        history.LatestEntry(new TaskNumber(3), September)!.Value.Entry.Text.Should().Be("已完成");
        history.CompletionOf(new TaskNumber(3, "(三)"), September, new LocalDate(2021, 1, 1)).Should().NotBeNull();
        history.LatestEntry(new TaskNumber(4), September).Should().BeNull();
    }

    [Fact]
    public void A_report_on_the_last_representable_day_that_shows_a_task_not_completed_does_not_overflow()
    {
        var last = new ProgressReport(LocalDate.MaxIsoValue) { Entries = new[] { ProgressEntry.FromText(new TaskNumber(1), "正在进行") } };

        new ProgressHistory(new[] { last }).CompletionOf(new TaskNumber(1), LocalDate.MaxIsoValue, new LocalDate(2021, 1, 1)).Should().BeNull();
    }

    [Fact]
    public void The_history_can_be_read_from_several_threads_at_once()
    {
        var report = new ProgressReport(September) { Entries = new[] { ProgressEntry.FromText(new TaskNumber(1), "已完成") } };
        var history = new ProgressHistory(new[] { report });

        var results = new bool[64];
        System.Threading.Tasks.Parallel.For(0, results.Length, i =>
            results[i] = history.CompletionOf(new TaskNumber(1), September, new LocalDate(2021, 1, 1)) is not null);

        results.Should().OnlyContain(found => found);
    }
}
