using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>
/// No rule and no date makes resolution, standing or explanation throw: random phrases and the seeds' phrases,
/// against plan years, issue dates, event dates and windows up to the ends of the supported range.
/// </summary>
public class ResolutionRobustnessTests
{
    private const string Alphabet =
        "年月日前底末内后起旬季度半上下中每按次明本第至或、，个工作日周天之以于在自收到印发批复准持续推进长期常态化完成方案" +
        "0123456789０１２３一二三四五六七八九十百千〇两 \t\n—-…個內後";

    private static readonly IWorkingDayCalendar[] Calendars =
    {
        ChinaCalendar.Default,
        ChinaCalendar.Default.WithUnknownYearPolicy(UnknownYearPolicy.AssumeWeekends),
    };

    private static readonly LocalDate[] Dates =
    {
        LocalDate.MinIsoValue, new(1, 1, 1), new(2006, 12, 31), new(2020, 2, 29), new(2021, 1, 31), new(2026, 12, 31),
        new(9999, 1, 1), LocalDate.MaxIsoValue,
    };

    private static readonly CultureInfo[] Cultures = { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("zh-CN") };

    [Fact]
    public void Random_phrases_resolve_judge_and_explain_without_throwing()
    {
        var random = new Random(20211001);
        var builder = new StringBuilder();
        for (var i = 0; i < 2_000; i++)
        {
            builder.Clear();
            var length = random.Next(0, 24);
            for (var k = 0; k < length; k++)
            {
                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            var planYear = random.Next(3) switch { 0 => DeadlineContext.MinPlanYear, 1 => DeadlineContext.MaxPlanYear, _ => 2021 };
            var context = new DeadlineContext(planYear, random.Next(2) == 0 ? null : Dates[random.Next(Dates.Length)]);
            var rule = DeadlineText.Parse(builder.ToString(), context).Rule;
            Exercise(rule, context, random);
        }
    }

    [Theory]
    [InlineData(Seeds.Yeji2021)]
    [InlineData(Seeds.Sixian2020)]
    [InlineData(Seeds.Fuzhou2021)]
    public void Every_rule_read_from_a_seed_resolves_without_throwing(string seed)
    {
        var text = Seeds.Read(seed);
        var context = new DeadlineContext(2021, new LocalDate(2021, 6, 9));
        var rules = new HashSet<DeadlineRule>();
        for (var start = 0; start < text.Length; start++)
        {
            for (var length = 1; length <= 16 && start + length <= text.Length; length++)
            {
                rules.Add(DeadlineText.Parse(text.AsSpan(start, length), context).Rule);
            }
        }

        var random = new Random(seed.Length);
        foreach (var rule in rules)
        {
            Exercise(rule, context, random);
        }

        rules.Select(r => r.Kind).Distinct().Should().HaveCountGreaterThan(4, "the seeds hold many kinds of time limits");
    }

    private static void Exercise(DeadlineRule rule, DeadlineContext context, Random random)
    {
        var calendar = Calendars[random.Next(Calendars.Length)];
        var events = Enum.GetValues(typeof(RelativeEvent)).Cast<RelativeEvent>().ToDictionary(e => e, _ => Dates[random.Next(Dates.Length)]);
        var window = random.Next(4) == 0 ? new DateInterval(LocalDate.MinIsoValue, LocalDate.MaxIsoValue) : null;

        var resolution = DeadlineResolver.Resolve(rule, context, calendar, random.Next(2) == 0 ? events : null, window);

        resolution.Rule.Should().Be(rule);
        resolution.HasDueDate.Should().Be(resolution.DueDate is not null);
        foreach (var culture in Cultures)
        {
            resolution.Explain(culture).Should().NotBeNullOrEmpty();
            resolution.StandingAt(Dates[random.Next(Dates.Length)], Dates[random.Next(Dates.Length)]).ToText(culture).Should().NotBeNullOrEmpty();
        }
    }
}
