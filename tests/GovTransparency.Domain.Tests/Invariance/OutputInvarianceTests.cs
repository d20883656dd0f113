using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Compliance;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Serialization;
using GovTransparency.Domain.Tests.TestSupport;
using GovTransparency.Domain.Tests.Validation;
using GovTransparency.Domain.Units;
using GovTransparency.Domain.Validation;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Invariance;

/// <summary>
/// Every output of the library — compliance Markdown, CSV and JSON, plan and report JSON bytes, deadline texts and
/// resolutions, parse results and diagnostic messages — is the same under tr-TR, ar-SA, zh-CN and en-US as under the
/// invariant culture. Each output is produced in-process with the thread's culture and UI culture set, and compared
/// whole with the invariant culture's.
/// </summary>
public class OutputInvarianceTests
{
    public static IEnumerable<object[]> Cultures => new[] { "tr-TR", "ar-SA", "zh-CN", "en-US" }.Select(c => new object[] { c });

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly string[] Phrases =
    {
        "年底前", "2021年6月底前", "二〇二一年十月底前", "上半年", "第三季度", "10月中旬前", "2021年5月至12月", "7月底前提出方案，10月底前完成",
        "每季度", "每月10日前", "每年3月底前", "持续推进", "自收到留言咨询之日起3个工作日内", "本方案印发后1个月内", "批准后20日内",
        "视情况而定", "2月30日前", "13月底前", "上旬", "",
    };

    [Fact]
    public void The_cultures_compared_really_differ_so_the_comparisons_mean_something()
    {
        // ICU is loaded (InvariantGlobalization is off): Turkish upper-cases i to İ, and the cultures format numbers differently.
        "i".ToUpper(CultureInfo.GetCultureInfo("tr-TR")).Should().Be("İ");
        var formatted = new[] { "tr-TR", "en-US" }.Select(c => 1234.5.ToString("N1", CultureInfo.GetCultureInfo(c))).ToList();
        formatted.Should().OnlyHaveUniqueItems();
        CultureInfo.GetCultureInfo("ar-SA").Calendar.Should().NotBeOfType<GregorianCalendar>();
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Compliance_reports_are_the_same_as_under_the_invariant_culture(string culture)
    {
        static IReadOnlyList<string> Render()
        {
            var plan = Yeji2021Plan.Plan();
            var history = new ProgressHistory(new[] { Yeji2021Plan.September() });
            var summary = PlanCompliance.Summarize(plan, history, ChinaCalendar.Default, new LocalDate(2021, 10, 15));
            var csv = new System.IO.MemoryStream();
            ComplianceRenderer.WriteCsv(summary, csv, Chinese);
            return new[]
            {
                ComplianceRenderer.ToMarkdown(summary, Chinese), ComplianceRenderer.ToMarkdown(summary, English),
                ComplianceRenderer.ToCsv(summary, Chinese), ComplianceRenderer.ToCsv(summary, English),
                Convert.ToBase64String(csv.ToArray()), ComplianceRenderer.ToJson(summary),
                string.Join("\n", summary.Tasks.Select(t => FormattableString.Invariant($"{t.Standing} {t.DaysOverdue} {t.Resolution}"))),
            };
        }

        Under(culture, Render).Should().Equal(Under("", Render));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Plan_and_report_json_bytes_are_the_same_as_under_the_invariant_culture(string culture)
    {
        static IReadOnlyList<string> Serialize()
        {
            var plans = new[] { Yeji2021Plan.Plan(), SeedExcerpts.Sixian2020(), SeedExcerpts.Fuzhou2021(), SeedExcerpts.Yeji2021() };
            var read = PlanJson.DeserializePlan(PlanJson.Serialize(plans[0]));
            return plans.Select(p => Convert.ToBase64String(PlanJson.SerializeToUtf8Bytes(p)))
                .Append(PlanJson.Serialize(Yeji2021Plan.September()))
                .Append(read.Success + " " + read.Value.Equals(plans[0]))
                .Append(string.Join("\n", PlanJson.DeserializePlan("{\"schemaVersion\":\"1.0\",\"title\":\"t\",\"year\":2021,\"publishedOn\":\"2021-02-30\"}")
                    .Diagnostics.Select(d => d.ToString())))
                .ToList();
        }

        Under(culture, Serialize).Should().Equal(Under("", Serialize));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Deadline_texts_resolutions_and_standings_are_the_same_as_under_the_invariant_culture(string culture)
    {
        static IReadOnlyList<string> Describe()
        {
            var context = new DeadlineContext(2021, new LocalDate(2021, 6, 9));
            var events = new Dictionary<RelativeEvent, LocalDate> { [RelativeEvent.Received] = new LocalDate(2021, 9, 30) };
            return Phrases.Select(phrase =>
            {
                var parsed = DeadlineText.Parse(phrase, context);
                var resolution = DeadlineResolver.Resolve(parsed.Rule, context, ChinaCalendar.Default, events);
                var standing = resolution.StandingAt(new LocalDate(2021, 11, 15));
                return string.Join(
                    " | ",
                    parsed.Rule.ToChineseText(),
                    parsed.Rule.ToEnglishDescription(),
                    resolution.ToString(),
                    standing.ToString(),
                    standing.ToText(Chinese),
                    standing.ToText(English),
                    string.Join(";", parsed.Diagnostics.Select(d => d.ToString())),
                    string.Join(";", DeadlineText.FindInRequirement("7月底前提出方案，" + phrase, context).Deadlines.Select(d => d.ToString())));
            }).ToList();
        }

        Under(culture, Describe).Should().Equal(Under("", Describe));
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Parse_results_and_diagnostic_messages_are_the_same_as_under_the_invariant_culture(string culture)
    {
        static IReadOnlyList<string> Read()
        {
            var validation = PlanValidator.Default.Validate(Yeji2021Plan.Plan(), new[] { Yeji2021Plan.September() });
            return validation.Findings.Select(f => f.Diagnostic.ToString() + " " + f.GetMessage(Chinese) + " " + f.GetMessage(English))
                .Concat(new[]
                {
                    DocumentNumber.Parse("国办发〔1921〕3号").ToString(),
                    DocumentNumber.Parse("榕政办〔2021〕53号").ToString(),
                    ChineseOrdinal.Parse("二十一、").ToString(),
                    TaskNumber.ParseHeading("（12）加强解读").ToString(),
                    AssignmentText.Parse("市发改委牵头，各县(市)区政府负责；等有关部门配合").ToString(),
                    ProgressText.Parse("已完成，发布图表图解11篇，完成率95%").ToString(),
                    HolidayScheduleParser.ParseText("year 2027\n2027-02-30 holiday 春节\n2027-03-01..2027-02-01 holiday x").ToString(),
                    HolidayScheduleParser.ParseDays("2027-01-01..2028-01-02 holiday 全年").ToString(),
                })
                .ToList();
        }

        Under(culture, Read).Should().Equal(Under("", Read));
    }

    private static IReadOnlyList<string> Under(string culture, Func<IReadOnlyList<string>> produce)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return produce();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
