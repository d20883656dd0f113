using System;
using System.IO;
using FluentAssertions;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Serialization;
using GovTransparency.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Serialization;

/// <summary>
/// The JSON of the hand-built seed excerpts, committed under Serialization/Golden: a change to the format shows
/// up as a diff in review. Regenerate with UPDATE_GOLDEN=1 dotnet test …, then read the diff.
/// </summary>
public class GoldenFileTests
{
    [Theory]
    [InlineData("sixian-2020-excerpt.plan.json")]
    [InlineData("fuzhou-2021-excerpt.plan.json")]
    [InlineData("yeji-2021-excerpt.plan.json")]
    public void Seed_plan_excerpts_serialize_to_their_committed_json(string file)
    {
        var plan = file switch
        {
            "sixian-2020-excerpt.plan.json" => SeedExcerpts.Sixian2020(),
            "fuzhou-2021-excerpt.plan.json" => SeedExcerpts.Fuzhou2021(),
            _ => SeedExcerpts.Yeji2021(),
        };

        var json = PlanJson.Serialize(plan);

        Compare(file, json);
        PlanJson.DeserializePlan(File.ReadAllText(GoldenPath(file))).Value.Should().Be(plan);
    }

    [Fact]
    public void The_Yeji_progress_excerpt_serializes_to_its_committed_json()
    {
        var report = new ProgressReport(ProgressReport.MonthEnd(new YearMonth(2021, 9)))
        {
            Title = "六安市叶集区2021年9月政务公开重点工作任务分工进展情况",
            PlanTitle = "六安市叶集区2021年政务公开重点工作任务分工",
            Entries = new[]
            {
                ProgressEntry.FromText(new TaskNumber(1), "已建立“叶集区规划蓝图”专题,相关规划信息正在完善。"),
                ProgressEntry.FromText(new TaskNumber(6), "全区2021年预算、2020年决算已全部公开"),
                ProgressEntry.FromText(new TaskNumber(14), "暂未开展"),
                ProgressEntry.FromText(new TaskNumber(24), "政务新媒体18家,正常维护中"),
                ProgressEntry.FromText(new TaskNumber(31), "已完成"),
            },
        };

        Compare("yeji-2021-09-excerpt.progress.json", PlanJson.Serialize(report));
        PlanJson.DeserializeProgressReport(File.ReadAllText(GoldenPath("yeji-2021-09-excerpt.progress.json"))).Value.Should().Be(report);
    }

    private static void Compare(string file, string json)
    {
        var path = GoldenPath(file);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, json + "\n");
        }

        File.Exists(path).Should().BeTrue("the golden file {0} is committed (regenerate with UPDATE_GOLDEN=1)", file);
        File.ReadAllText(path).Replace("\r\n", "\n").TrimEnd().Should().Be(json.Replace("\r\n", "\n").TrimEnd());
    }

    private static string GoldenPath(string file)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GovTransparency.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Repository root not found."),
            "tests", "GovTransparency.Domain.Tests", "Serialization", "Golden", file);
    }
}
