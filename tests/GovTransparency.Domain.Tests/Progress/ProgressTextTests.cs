using System;
using System.Linq;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Tests.TestSupport;
using Xunit;

namespace GovTransparency.Domain.Tests.Progress;

public class ProgressTextTests
{
    // Every progress cell of seed 000 (叶集区, September 2021 report), task by task, read by hand.
    // Metrics are written "subject|quantity|measure word" and separated by ';'.
    [Theory]
    [InlineData(1, "已建立“叶集区规划蓝图”专题,相关规划信息正在完善。", ProgressStatus.InProgress, "")]
    [InlineData(3, "正在进行", ProgressStatus.InProgress, "")]
    [InlineData(6, "全区2021年预算、2020年决算已全部公开", ProgressStatus.InProgress, "")]
    [InlineData(11, "3季度完成规范性文件解读13篇,持续推进", ProgressStatus.InProgress, "3季度完成规范性文件解读|13|篇")]
    [InlineData(13, "发布文字解读15", ProgressStatus.InProgress, "发布文字解读|15|")]
    [InlineData(14, "暂未开展", ProgressStatus.NotStarted, "")]
    [InlineData(15, "政策咨询综合服务窗口设立已纳入政务公开专区建设中", ProgressStatus.InProgress, "")]
    [InlineData(18, "发布图表图解11", ProgressStatus.InProgress, "发布图表图解|11|")]
    [InlineData(19, "发布主动回应信息49", ProgressStatus.InProgress, "发布主动回应信息|49|")]
    [InlineData(24, "政务新媒体18家,正常维护中", ProgressStatus.InProgress, "政务新媒体|18|家")]
    [InlineData(26, "建立政府公报数据库,发布公报3", ProgressStatus.InProgress, "发布公报|3|")]
    [InlineData(31, "已完成", ProgressStatus.Completed, "")]
    [InlineData(33, "正在建设区级政务公开专区", ProgressStatus.InProgress, "")]
    [InlineData(38, "暂未开展", ProgressStatus.NotStarted, "")]
    [InlineData(40, "已线上办理7", ProgressStatus.InProgress, "已线上办理|7|")]
    [InlineData(44, "积极向上级报送交流件6", ProgressStatus.InProgress, "积极向上级报送交流件|6|")]
    [InlineData(45, "9月开展政务公开培训", ProgressStatus.InProgress, "")]
    [InlineData(47, "已梳理8月重点任务分工进展情况", ProgressStatus.InProgress, "")]
    [InlineData(48, "已完成", ProgressStatus.Completed, "")]
    [InlineData(52, "正在进行", ProgressStatus.InProgress, "")]
    public void Every_progress_text_of_the_Yeji_report_reads_as_written_by_hand(int task, string text, ProgressStatus status, string metrics)
    {
        var reading = ProgressText.Parse(text);

        reading.Status.Should().Be(status, "task {0} says {1}", task, text);
        reading.Text.Should().Be(text);
        reading.Metrics.Select(m => $"{m.Subject}|{m.Quantity}|{m.MeasureWord}")
            .Should().Equal(metrics.Length == 0 ? Array.Empty<string>() : metrics.Split(';'));
        reading.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("已完成")]
    [InlineData("完成")]
    [InlineData("已全部完成")]
    [InlineData("该项工作已按时完成。")]
    [InlineData("已建立专题，已完成")]
    [InlineData("已办结")]
    public void Only_explicit_completion_of_the_task_counts_as_completed(string text)
    {
        ProgressText.Parse(text).Status.Should().Be(ProgressStatus.Completed);
    }

    [Theory]
    [InlineData("正在进行")]
    [InlineData("正在推进")]
    [InlineData("推进中")]
    [InlineData("持续推进")]
    [InlineData("正常维护中")]
    [InlineData("尚未完成")]
    [InlineData("全区2021年预算、2020年决算已全部公开")]
    public void Texts_that_report_activity_without_completion_are_in_progress(string text)
    {
        ProgressText.Parse(text).Status.Should().Be(ProgressStatus.InProgress);
    }

    [Theory]
    [InlineData("暂未开展")]
    [InlineData("未开展")]
    [InlineData("尚未启动")]
    public void Not_started_phrases_are_not_started(string text)
    {
        ProgressText.Parse(text).Status.Should().Be(ProgressStatus.NotStarted);
    }

    [Fact]
    public void Counts_with_measure_words_are_metrics_and_dates_are_not()
    {
        var reading = ProgressText.Parse("发布图表图解11篇，已线上办理7件；2021年9月召开第3次会议，政务新媒体18家，正常维护中");

        reading.Status.Should().Be(ProgressStatus.InProgress);
        reading.Metrics.Should().Equal(
            new ProgressMetric("发布图表图解", 11, "篇"),
            new ProgressMetric("已线上办理", 7, "件"),
            new ProgressMetric("政务新媒体", 18, "家"));
    }

    [Fact]
    public void Full_width_digits_are_read_as_counts()
    {
        ProgressText.Parse("发布信息１２条").Metrics.Should().ContainSingle().Which.Quantity.Should().Be(12);
    }

    [Fact]
    public void A_completion_that_contradicts_an_ongoing_clause_is_taken_as_in_progress_with_a_warning()
    {
        var reading = ProgressText.Parse("已完成，持续推进");

        reading.Status.Should().Be(ProgressStatus.InProgress);
        reading.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.ProgressStatusContradictory);
    }

    [Theory]
    [InlineData("见附件")]
    [InlineData("/")]
    [InlineData("无")]
    public void Text_with_no_status_is_unknown_and_kept(string text)
    {
        var reading = ProgressText.Parse(text);

        reading.Status.Should().Be(ProgressStatus.Unknown);
        reading.Text.Should().Be(text);
        reading.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.ProgressStatusNotUnderstood);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Empty_text_is_unknown_with_a_diagnostic(string text)
    {
        var reading = ProgressText.Parse(text);

        reading.Status.Should().Be(ProgressStatus.Unknown);
        reading.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.ProgressTextEmpty);
    }

    [Fact]
    public void Very_long_text_is_read_up_to_the_limit_and_says_so()
    {
        var text = string.Concat(Enumerable.Repeat("正在进行，发布信息3条", 2000));

        var reading = ProgressText.Parse(text);

        reading.Text.Should().Be(text);
        reading.Status.Should().Be(ProgressStatus.InProgress);
        reading.Diagnostics.Select(d => d.Code).Should().Contain(DiagnosticCodes.TextTooLong);
    }

    [Fact]
    public void Null_is_a_programmer_error()
    {
        FluentActions.Invoking(() => ProgressText.Parse(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
    }

    [Fact]
    public void Any_text_is_read_without_exception_and_kept_verbatim() =>
        Properties.Check(Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null), text =>
        {
            var reading = ProgressText.Parse(text);
            return reading.Text == text && reading.Metrics.All(m => m.Quantity >= 0);
        }), maxTest: 2000);

    [Fact]
    public void Entries_read_from_text_keep_the_text_status_and_metrics()
    {
        var entry = ProgressEntry.FromText(new TaskNumber(18), "发布图表图解11");

        entry.Task.Value.Should().Be(18);
        entry.Status.Should().Be(ProgressStatus.InProgress);
        entry.Text.Should().Be("发布图表图解11");
        entry.Metrics.Should().ContainSingle().Which.Quantity.Should().Be(11);
    }
}
