using FluentAssertions;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Progress;

public class ProgressReportTests
{
    [Theory]
    [InlineData(2021, 9, 2021, 9, 30)]
    [InlineData(2020, 2, 2020, 2, 29)]
    [InlineData(2021, 2, 2021, 2, 28)]
    [InlineData(2021, 12, 2021, 12, 31)]
    public void A_monthly_report_is_as_of_the_last_day_of_its_month(int year, int month, int y, int m, int d)
    {
        ProgressReport.MonthEnd(new YearMonth(year, month)).Should().Be(new LocalDate(y, m, d));
    }

    [Fact]
    public void Entries_are_found_by_task_number_value()
    {
        var report = new ProgressReport(new LocalDate(2021, 9, 30))
        {
            Entries = new[]
            {
                ProgressEntry.FromText(new TaskNumber(31), "已完成"),
                ProgressEntry.FromText(new TaskNumber(38), "暂未开展"),
            },
        };

        report.FindEntry(new TaskNumber(38))!.Status.Should().Be(ProgressStatus.NotStarted);
        report.FindEntry(new TaskNumber(1)).Should().BeNull();
    }

    [Fact]
    public void Reports_compare_by_value()
    {
        ProgressReport Make() => new(new LocalDate(2021, 9, 30)) { Entries = new[] { ProgressEntry.FromText(new TaskNumber(18), "发布图表图解11") } };

        Make().Should().Be(Make());
    }
}
