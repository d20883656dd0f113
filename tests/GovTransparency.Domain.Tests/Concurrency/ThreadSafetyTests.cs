using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Tests.TestSupport;
using GovTransparency.Domain.Tests.Validation;
using GovTransparency.Domain.Validation;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Concurrency;

/// <summary>
/// The shared objects of the library — the embedded calendar, a calendar built with the builder, the validators and
/// the resolver — give on 16 threads at once exactly the answers they give on one. Each thread's answers are compared
/// whole; there is no timing in these tests.
/// </summary>
public class ThreadSafetyTests
{
    private const int Iterations = 4;

    /// <summary>Every fifth day from 15 January 2007 to October 2026, inside the years of the embedded calendar with the counts below.</summary>
    private static readonly LocalDate[] Dates =
        Enumerable.Range(0, 1440).Select(i => new LocalDate(2007, 1, 15).PlusDays(i * 5)).ToArray();

    private static readonly string[] Phrases =
    {
        "年底前", "6月底前", "2021年10月底前", "上半年", "第三季度", "10月中旬前", "7月底前提出方案，10月底前完成", "持续推进",
        "每季度", "每月10日前", "自收到留言咨询之日起3个工作日内", "本方案印发后1个月内", "批准后20日内", "视情况而定", "",
    };

    [Fact]
    public void The_embedded_calendar_answers_the_same_on_16_threads_as_on_one()
    {
        CheckCalendar(ChinaCalendar.Default);
    }

    [Fact]
    public void A_calendar_built_with_the_builder_answers_the_same_on_16_threads_as_on_one()
    {
        var schedules = HolidayScheduleParser.ParseText(
            "year 2027\n2027-01-01..2027-01-03 holiday 元旦\n2027-02-05..2027-02-11 holiday 春节\n2027-02-14 workday 春节\n" +
            "year 2028\n2028-01-01 holiday 元旦\n2028-01-24..2028-01-30 holiday 春节\n2028-01-22 workday 春节").Value;
        var calendar = new WorkingDayCalendarBuilder(ChinaCalendar.Default)
            .AddSchedules(schedules)
            .AddHoliday(new LocalDate(2021, 3, 3), "三月三")
            .AddWorkingDay(new LocalDate(2021, 3, 6))
            .Build();

        CheckCalendar(calendar);
    }

    [Fact]
    public void The_resolver_gives_the_same_resolutions_and_standings_on_16_threads_as_on_one()
    {
        var contexts = new[] { new DeadlineContext(2021, new LocalDate(2021, 6, 9)), new DeadlineContext(2008), new DeadlineContext(2026) };
        var rules = contexts.SelectMany(c => Phrases.Select(p => (Context: c, DeadlineText.Parse(p, c).Rule))).ToArray();
        var events = new Dictionary<RelativeEvent, LocalDate> { [RelativeEvent.Received] = new LocalDate(2021, 9, 30) };
        IReadOnlyList<(DeadlineResolution, StandingKind)> Work() => rules
            .Select(r => (
                DeadlineResolver.Resolve(r.Rule, r.Context, ChinaCalendar.Default, events),
                DeadlineResolver.StandingAt(r.Rule, r.Context, ChinaCalendar.Default, new LocalDate(r.Context.PlanYear, 11, 15)).Kind))
            .ToList();

        var concurrent = Concurrently.Run(Iterations, Work);
        var alone = Work();

        alone.Select(a => a.Item1.Kind).Should().Contain(DeadlineResolutionKind.DueDate, "the phrases are real time limits");
        concurrent.Should().HaveCount(Concurrently.Threads * Iterations).And.AllSatisfy(answers => answers.Should().Equal(alone));
    }

    [Fact]
    public void The_validator_gives_the_same_findings_on_16_threads_as_on_one()
    {
        var plans = new (WorkPlan Plan, ProgressReport[] Reports)[]
        {
            (Yeji2021Plan.Plan(), new[] { Yeji2021Plan.September() }),
            (SeedExcerpts.Sixian2020(), System.Array.Empty<ProgressReport>()),
            (SeedExcerpts.Fuzhou2021(), System.Array.Empty<ProgressReport>()),
            (SeedExcerpts.Yeji2021(), System.Array.Empty<ProgressReport>()),
        };
        var ownSettings = new PlanValidator(new ValidationSettings());
        IReadOnlyList<string> Work() => plans
            .SelectMany(p => new[] { PlanValidator.Default.Validate(p.Plan, p.Reports), ownSettings.Validate(p.Plan, p.Reports) })
            .Select(report => string.Join("\n", report.Findings.Select(f =>
                $"{f.Diagnostic.Code} {f.Diagnostic.Severity} {f.Diagnostic.Path} {f.Task} {f.Diagnostic.MessageEn} {f.Diagnostic.MessageZh}")))
            .ToList();

        var concurrent = Concurrently.Run(Iterations, Work);
        var alone = Work();

        alone.Should().Contain(findings => findings.Length > 0, "the seed plans have findings to compare");
        concurrent.Should().HaveCount(Concurrently.Threads * Iterations).And.AllSatisfy(answers => answers.Should().Equal(alone));
    }

    private static void CheckCalendar(IWorkingDayCalendar calendar)
    {
        // 16 threads first, so that whatever is built lazily is built under contention; then one thread.
        IReadOnlyList<(CalendarDay, bool, LocalDate, LocalDate, int, LocalDate)> Work() => Dates
            .Select(d => (
                calendar.GetDay(d),
                calendar.IsWorkingDay(d),
                calendar.AddWorkingDays(d, 10),
                calendar.AddWorkingDays(d, -3),
                calendar.WorkingDaysBetween(d, d.PlusDays(40)),
                calendar.NextWorkingDay(d)))
            .ToList();

        var concurrent = Concurrently.Run(Iterations, Work);
        var alone = Work();

        alone.Select(a => a.Item1.Kind).Should().Contain(DayKind.Holiday).And.Contain(DayKind.AdjustedWorkday);
        concurrent.Should().HaveCount(Concurrently.Threads * Iterations).And.AllSatisfy(answers => answers.Should().Equal(alone));
    }
}
