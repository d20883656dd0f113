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
    private WorkPlan _planWithoutRepeats = null!;
    private byte[] _utf8 = null!;

    [Params(10_000)]
    public int Tasks { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _plan = GeneratedPlan(Tasks);
        _planWithoutRepeats = GeneratedPlan(Tasks, repeats: false);
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

    /// <summary>
    /// The round trip of a plan in which no unit, note, time limit or deadline rule repeats from task to task: the
    /// writer's and reader's sharing of repeated values gains nothing, so this bounds what a plan costs at worst.
    /// </summary>
    [Benchmark]
    public WorkPlan RoundTripWithoutRepeats() => PlanJson.DeserializePlan(PlanJson.SerializeToUtf8Bytes(_planWithoutRepeats)).Value;

    /// <summary>The same through a .NET string (UTF-16), for callers who hold JSON as text.</summary>
    [Benchmark]
    public WorkPlan RoundTripThroughString() => PlanJson.DeserializePlan(PlanJson.Serialize(_plan, indented: false)).Value;

    /// <summary>A plan shaped like the seeds: 10 sections of 10 subsections, Chinese text, every deadline kind.</summary>
    /// <param name="taskCount">How many tasks.</param>
    /// <param name="repeats">
    /// Whether tasks share their units and rules as real plans do (true), or every unit name, note, time limit and
    /// rule is made distinct by the task's index (false), with the same shape and about the same size.
    /// </param>
    internal static WorkPlan GeneratedPlan(int taskCount, bool repeats = true)
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
                            var rule = repeats ? rules[made % rules.Length] : DistinctRule(made);
                            var tag = repeats ? string.Empty : made.ToString(System.Globalization.CultureInfo.InvariantCulture);
                            sub.AddTask("区政府要主动公开国民经济和社会发展第十四个五年规划纲要、国土空间规划、专项规划和区域规划等。", task => task
                                .Lead("区政府办公室" + tag, "区发改委" + tag)
                                .Responsible("区政府各部门" + tag, "各乡镇街" + tag)
                                .Assign(new Assignment(new Unit("市大数据委" + tag), UnitRole.Cooperating, "负责专题建设" + tag))
                                .Deadline(rule, rule.ToChineseText() + tag));
                        }
                    });
                }
            });
        }

        return builder.Build();
    }

    // A rule of each kind in turn whose numbers depend on the index, so that no two neighbouring tasks share one.
    private static DeadlineRule DistinctRule(int index)
    {
        var month = 1 + (index % 12);
        var day = 1 + (index % 28);
        return (index % 6) switch
        {
            0 => new DeadlineRule.ByDate(RuleYear.PlanYear, month, day),
            1 => new DeadlineRule.ByMonthEnd(RuleYear.Of(2000 + (index % 50)), month),
            2 => new DeadlineRule.Continuous(),
            3 => new DeadlineRule.Recurring(RecurrenceFrequency.Monthly, dueDay: day),
            4 => new DeadlineRule.Relative(RelativeEvent.Other, 1 + (index % 1000), PeriodUnit.WorkingDays, "收到留言咨询" + index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            _ => new DeadlineRule.Milestones(new[]
            {
                new Milestone(new DeadlineRule.ByDate(RuleYear.PlanYear, month, day), "提出方案" + index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Milestone(new DeadlineRule.ByMonthEnd(RuleYear.Of(2000 + (index % 50)), month), "完成"),
            }),
        };
    }
}
