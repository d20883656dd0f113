using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Deadlines;
using NodaTime;

namespace GovTransparency.Domain.Benchmarks;

/// <summary>
/// Reading Chinese time limits and resolving them (issue 4): parsing the seed phrase set should take at most 1 µs per
/// phrase (median), and resolving a fixed rule should allocate nothing. Each benchmark handles a whole set per
/// invocation and reports the time per phrase or rule (<c>OperationsPerInvoke</c>).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DeadlineBenchmarks
{
    private const string YearEnd = "年底前";
    private const string Continuous = "持续推进";
    private const string SixianYearEnd = "\t2020年\n底前";
    private const string SixianContinuous = "\t持续推进";

    /// <summary>The time-limit cells of seed 000 (叶集区 2021), tasks 1 to 52 in order, as written.</summary>
    private static readonly string[] Yeji2021 = Cells(
        (YearEnd, 8), (Continuous, 3), (YearEnd, 18), ("10月底前", 3), (YearEnd, 2), ("10月底前", 1), (YearEnd, 2), ("10月底前", 1),
        (YearEnd, 1), (Continuous, 2), (YearEnd, 2), (Continuous, 4), ("6月底前", 1), (YearEnd, 3), (Continuous, 1));

    /// <summary>The time-limit cells of seed 002 (泗县 2020), tasks 1 to 48 in order, with their tabs and line breaks.</summary>
    private static readonly string[] Sixian2020 = Cells(
        (SixianYearEnd, 1), ("\t2020年\n10月\n底前", 1), (SixianYearEnd, 1), (SixianContinuous, 2), (SixianYearEnd, 3), (SixianContinuous, 6),
        (SixianYearEnd, 1), (SixianContinuous, 8), ("\t2020年\n11月底前", 2), (SixianYearEnd, 2), ("\t2020年底前", 1), (SixianYearEnd, 1),
        (SixianContinuous, 1), (SixianYearEnd, 3), ("\t2020年底前", 1), (SixianContinuous, 2), ("\t2020年9\n月底前", 1), (SixianContinuous, 1),
        ("\t2020年9\n月底前", 1), (SixianYearEnd, 1), ("\t2020\n年底前", 1), (SixianContinuous, 1), (SixianYearEnd, 1), (SixianContinuous, 1),
        (SixianYearEnd, 1), (SixianContinuous, 1), (SixianYearEnd, 1), (SixianContinuous, 1));

    /// <summary>Every phrase listed in issue 4.</summary>
    private static readonly string[] IssuePhrases =
    {
        "年底前", "年内", "年末", "2020年底前", "2020年年底前", "二〇二〇年底前", "10月底前", "十月底前", "2020年9月底前",
        "10月30日前", "于10月30日前", "9月30日之前", "上半年", "下半年", "一季度", "三季度末前", "第四季度", "6月上旬前", "9月中旬",
        "12月下旬前", "6月至7月", "2022年11—12月", "2021—2025年", "次年1月31日前", "明年", "持续推进", "长期坚持", "常态化", "长期",
        "每日", "每周", "按月", "每月", "每月25日前", "按季度", "每季度", "每半年", "每年", "每年3月31日前", "按月或按季度",
        "印发后一个月内", "本通知印发后20个工作日内", "自收到…之日起3个工作日内", "自收到留言咨询之日起3个工作日内", "批复后20日内", "7日之内",
        "7月底前提出方案，10月底前完成", "5月29日、12月10日前", string.Empty, "视情况而定",
        "2020年\n10月\n底前", "2022 年底前", "１０月底前", "3個工作日內", "批準後20日內", "11月底前完成", "9月30日以前",
    };

    private static readonly string[] Phrases = Yeji2021.Concat(Sixian2020).Concat(IssuePhrases).ToArray();

    private readonly DeadlineContext _context = new(2021, new LocalDate(2021, 6, 9));
    private readonly LocalDate _asOf = new(2021, 9, 30);
    private readonly Dictionary<RelativeEvent, LocalDate> _events = new() { [RelativeEvent.Received] = new LocalDate(2024, 9, 27) };
    private DeadlineRule[] _fixedRules = null!;
    private DeadlineRule _workingDays = null!;
    private WorkingDayCalendar _calendar = null!;

    /// <summary>The number of phrases parsed per invocation: 52 + 48 + 57.</summary>
    public const int PhraseCount = 157;

    /// <summary>The number of fixed rules resolved per invocation (the fixed rules among the phrases).</summary>
    public const int FixedRuleCount = 96;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = ChinaCalendar.Default;
        _fixedRules = Phrases.Select(p => DeadlineText.Parse(p, _context).Rule).Where(r => r is DeadlineRule.Fixed).ToArray();
        _workingDays = DeadlineText.Parse("自收到留言咨询之日起3个工作日内", _context).Rule;
        if (Phrases.Length != PhraseCount || _fixedRules.Length != FixedRuleCount)
        {
            throw new System.InvalidOperationException(
                "The phrase set changed: " + Phrases.Length + " phrases, " + _fixedRules.Length + " fixed rules; update the counts.");
        }
    }

    /// <summary>Reads every phrase of the set; the figure is per phrase.</summary>
    [Benchmark(OperationsPerInvoke = PhraseCount)]
    public int ParseSeedPhrases()
    {
        var kinds = 0;
        foreach (var phrase in Phrases)
        {
            kinds += (int)DeadlineText.Parse(phrase, _context).Rule.Kind;
        }

        return kinds;
    }

    /// <summary>Resolves every fixed rule of the set into its due date; the figure is per rule.</summary>
    [Benchmark(OperationsPerInvoke = FixedRuleCount)]
    public int ResolveFixedRules()
    {
        var days = 0;
        foreach (var rule in _fixedRules)
        {
            days += DeadlineResolver.Resolve(rule, _context, _calendar).DueDate.GetValueOrDefault().Day;
        }

        return days;
    }

    /// <summary>Resolves every fixed rule and judges it at a date (standing); the figure is per rule.</summary>
    [Benchmark(OperationsPerInvoke = FixedRuleCount)]
    public int ResolveAndJudgeFixedRules()
    {
        var total = 0;
        foreach (var rule in _fixedRules)
        {
            var standing = DeadlineResolver.Resolve(rule, _context, _calendar).StandingAt(_asOf);
            total += (int)standing.Kind + (standing.DaysUntilDue ?? standing.DaysOverdue ?? 0);
        }

        return total;
    }

    /// <summary>For comparison: a working-day period, which also builds the calendar's explanation of the days it skipped.</summary>
    [Benchmark]
    public LocalDate? ResolveWorkingDayPeriod() => DeadlineResolver.Resolve(_workingDays, _context, _calendar, _events).DueDate;

    private static string[] Cells(params (string Cell, int Count)[] runs) =>
        runs.SelectMany(r => Enumerable.Repeat(r.Cell, r.Count)).ToArray();
}
