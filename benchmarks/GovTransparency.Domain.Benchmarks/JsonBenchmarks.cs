using BenchmarkDotNet.Attributes;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Serialization;
using GovTransparency.Domain.Units;

namespace GovTransparency.Domain.Benchmarks;

/// <summary>
/// Issue 5: serialize + deserialize a generated 10,000-task plan in ≤ 50 ms, and the throughput in MB/s
/// (document size / time, reported in benchmarks/README.md).
/// </summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private WorkPlan _plan = null!;
    private byte[] _utf8 = null!;

    [Params(10_000)]
    public int Tasks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _plan = GeneratedPlan(Tasks);
        _utf8 = PlanJson.SerializeToUtf8Bytes(_plan);
        System.Console.WriteLine($"// Document size: {_utf8.Length} bytes ({_utf8.Length / 1024.0 / 1024.0:F2} MiB)");
    }

    [Benchmark]
    public byte[] Serialize() => PlanJson.SerializeToUtf8Bytes(_plan);

    [Benchmark]
    public WorkPlan Deserialize() => PlanJson.DeserializePlan(_utf8).Value;

    /// <summary>The figure: serialize then deserialize, through UTF-8 bytes as storage and services do.</summary>
    [Benchmark(Baseline = true)]
    public WorkPlan RoundTrip() => PlanJson.DeserializePlan(PlanJson.SerializeToUtf8Bytes(_plan)).Value;

    /// <summary>The same through a .NET string (UTF-16), for callers who hold JSON as text.</summary>
    [Benchmark]
    public WorkPlan RoundTripThroughString() => PlanJson.DeserializePlan(PlanJson.Serialize(_plan, indented: false)).Value;

    /// <summary>A plan shaped like the seeds: 10 sections of 10 subsections, Chinese text, every deadline kind.</summary>
    internal static WorkPlan GeneratedPlan(int taskCount)
    {
        DeadlineRule[] rules =
        {
            new DeadlineRule.ByYearEnd(RuleYear.PlanYear),
            new DeadlineRule.ByMonthEnd(RuleYear.Of(2021), 10),
            new DeadlineRule.Continuous(),
            new DeadlineRule.Recurring(RecurrenceFrequency.Monthly, dueDay: 25),
            new DeadlineRule.Relative(RelativeEvent.Received, 3, PeriodUnit.WorkingDays, "收到留言咨询"),
            new DeadlineRule.Milestones(new[]
            {
                new Milestone(new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 7), "提出方案"),
                new Milestone(new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 10), "完成"),
            }),
        };
        var builder = new WorkPlanBuilder("生成的2021年政务公开重点工作任务分工", 2021);
        var perSubsection = System.Math.Max(1, taskCount / 100);
        var made = 0;
        for (var s = 0; s < 10 && made < taskCount; s++)
        {
            builder.AddSection("进一步强化重点领域信息公开" + s, section =>
            {
                for (var u = 0; u < 10 && made < taskCount; u++)
                {
                    section.AddSubsection("做好各类规划主动公开。", sub =>
                    {
                        for (var t = 0; t < perSubsection && made < taskCount; t++, made++)
                        {
                            var rule = rules[made % rules.Length];
                            sub.AddTask("区政府要主动公开国民经济和社会发展第十四个五年规划纲要、国土空间规划、专项规划和区域规划等。", task => task
                                .Lead("区政府办公室", "区发改委")
                                .Responsible("区政府各部门", "各乡镇街")
                                .Assign(new Assignment(new Unit("市大数据委"), UnitRole.Cooperating, "负责专题建设"))
                                .Deadline(rule, rule.ToChineseText()));
                        }
                    });
                }
            });
        }

        return builder.Build();
    }
}
