using System;
using FluentAssertions;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Testing.Tests;

public class ProgressReportFixtureTests
{
    [Fact]
    public void Each_line_gives_a_task_its_status_and_default_text()
    {
        var report = TestProgress.Report(new LocalDate(2021, 9, 30))
            .Completed(1)
            .InProgress(2)
            .NotStarted(3)
            .Build();

        report.AsOf.Should().Be(new LocalDate(2021, 9, 30));
        report.Entries.Should().Equal(
            new ProgressEntry(new TaskNumber(1), ProgressStatus.Completed, "已完成"),
            new ProgressEntry(new TaskNumber(2), ProgressStatus.InProgress, "正在进行"),
            new ProgressEntry(new TaskNumber(3), ProgressStatus.NotStarted, "暂未开展"));
    }

    [Theory]
    [InlineData(2021, 9, "2021-09-30")]
    [InlineData(2021, 2, "2021-02-28")]
    [InlineData(2020, 2, "2020-02-29")]
    [InlineData(2021, 12, "2021-12-31")]
    public void A_monthly_report_is_as_of_the_months_last_day(int year, int month, string asOf)
    {
        TestProgress.MonthlyReport(year, month).Build().AsOf
            .Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value);
    }

    [Fact]
    public void Counts_in_a_text_are_kept_as_metrics_and_the_stated_status_wins()
    {
        var report = TestProgress.Report(new LocalDate(2021, 9, 30))
            .InProgress(7, "发布图表图解11篇")
            .Completed(8, "已完成", on: new LocalDate(2021, 9, 12))
            .Build();

        report.Entries[0].Status.Should().Be(ProgressStatus.InProgress);
        report.Entries[0].Text.Should().Be("发布图表图解11篇");
        report.Entries[0].Metrics.Should().Equal(new ProgressMetric("发布图表图解", 11, "篇"));
        report.Entries[1].CompletedOn.Should().Be(new LocalDate(2021, 9, 12));
    }

    [Theory]
    [InlineData("已完成", ProgressStatus.Completed)]
    [InlineData("正在推进", ProgressStatus.InProgress)]
    [InlineData("暂未开展", ProgressStatus.NotStarted)]
    [InlineData("政务新媒体18家，正常维护中", ProgressStatus.InProgress)]
    [InlineData("", ProgressStatus.Unknown)]
    public void A_text_line_takes_its_status_from_the_words(string text, ProgressStatus status)
    {
        var entry = TestProgress.Report(new LocalDate(2021, 9, 30)).Text(4, text).Build().Entries[0];

        entry.Task.Should().Be(new TaskNumber(4));
        entry.Status.Should().Be(status);
        entry.Text.Should().Be(text);
    }

    [Fact]
    public void Titles_and_entries_built_elsewhere_are_kept()
    {
        var entry = new ProgressEntry(new TaskNumber(9), ProgressStatus.Completed) { CompletedOn = new LocalDate(2021, 9, 1) };
        var report = TestProgress.Report(new LocalDate(2021, 9, 30)).Title("9月进展").ForPlan("叶集区2021年政务公开工作要点").Entry(entry).Build();

        report.Title.Should().Be("9月进展");
        report.PlanTitle.Should().Be("叶集区2021年政务公开工作要点");
        report.Entries.Should().Equal(entry);
    }

    [Fact]
    public void A_history_holds_the_reports_and_finds_the_latest_on_a_date()
    {
        var august = TestProgress.MonthlyReport(2021, 8).NotStarted(1).Build();
        var september = TestProgress.MonthlyReport(2021, 9).Completed(1).Build();

        var history = TestProgress.History(september, august);

        history.Reports.Should().HaveCount(2);
        history.LatestOnOrBefore(new LocalDate(2021, 9, 15)).Should().Be(august);
        history.LatestOnOrBefore(new LocalDate(2021, 9, 30)).Should().Be(september);
    }

    [Fact]
    public void Programmer_errors_throw_naming_the_parameter()
    {
        var fixture = TestProgress.Report(new LocalDate(2021, 9, 30));

        fixture.Invoking(f => f.Completed(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("task");
        fixture.Invoking(f => f.InProgress(100_000)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("task");
        fixture.Invoking(f => f.Text(-1, "已完成")).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("task");
        fixture.Invoking(f => f.NotStarted(1, null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        fixture.Invoking(f => f.Text(1, null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
        fixture.Invoking(f => f.Entry(null!)).Should().Throw<ArgumentNullException>().WithParameterName("entry");
        fixture.Invoking(f => f.Title(null!)).Should().Throw<ArgumentNullException>().WithParameterName("title");
        fixture.Invoking(f => f.ForPlan(null!)).Should().Throw<ArgumentNullException>().WithParameterName("planTitle");
        FluentActions.Invoking(() => TestProgress.History(null!)).Should().Throw<ArgumentNullException>().WithParameterName("reports");
        FluentActions.Invoking(() => TestProgress.History(new ProgressReport[] { null! })).Should().Throw<ArgumentException>().WithParameterName("reports");
        FluentActions.Invoking(() => TestProgress.MonthlyReport(2021, 13)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
