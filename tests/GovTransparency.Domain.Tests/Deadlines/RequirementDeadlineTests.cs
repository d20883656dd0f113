using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;
using static GovTransparency.Domain.Tests.Deadlines.Rules;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>Deadlines written inside requirement texts, found by <see cref="DeadlineText.FindInRequirement"/>.</summary>
public class RequirementDeadlineTests
{
    private static readonly DeadlineContext Plan2019 = new(2019);
    private static readonly DeadlineContext Plan2020 = new(2020, new LocalDate(2020, 9, 27));
    private static readonly DeadlineContext Plan2021 = new(2021);

    [Fact]
    public void A_deadline_that_ends_its_clause_is_due_for_the_rest_of_the_sentence()
    {
        const string text = "强化网络安全责任。2020年底前，县级政府门户网站全部支持互联网协议第6版。";

        var found = DeadlineText.FindInRequirement(text, Plan2020).Deadlines.Should().ContainSingle().Subject;

        found.Rule.Should().Be(YearEnd(Year(2020)));
        found.Text.Should().Be("2020年底前");
        found.Span.Should().Be(new TextSpan(9, 7));
        found.Action.Should().Be("县级政府门户网站全部支持互联网协议第6版");
    }

    [Fact]
    public void Steps_in_one_sentence_each_get_the_words_after_them()
    {
        const string text = "对照要求，7月底前提出优化提升方案，10月底前完成提升工作，构建数据底座。";

        var result = DeadlineText.FindInRequirement(text, Plan2021);

        result.Deadlines.Select(d => (d.Text, d.Rule, d.Action)).Should().Equal(
            ("7月底前", (DeadlineRule)MonthEnd(7), "提出优化提升方案"),
            ("10月底前", MonthEnd(10), "完成提升工作"));
        result.ToMilestones().Should().Be(Steps((MonthEnd(7), "提出优化提升方案"), (MonthEnd(10), "完成提升工作")));
    }

    [Fact]
    public void A_relative_deadline_without_an_event_starts_at_its_number()
    {
        const string text = "办事条件发生变化的事项,应在1个工作日内公开变更后的信息。";

        var found = DeadlineText.FindInRequirement(text, Plan2019).Deadlines.Should().ContainSingle().Subject;

        found.Rule.Should().Be(Within(1, PeriodUnit.WorkingDays));
        found.Text.Should().Be("1个工作日内");
        found.Action.Should().Be("公开变更后的信息");
    }

    [Fact]
    public void A_relative_deadline_keeps_its_event_and_the_word_from()
    {
        var found = DeadlineText.FindInRequirement("申请人可自收到答复之日起15日内提出异议。", Plan2021).Deadlines.Should().ContainSingle().Subject;

        found.Text.Should().Be("自收到答复之日起15日内");
        found.Rule.Should().Be(Within(15, PeriodUnit.Days, RelativeEvent.Received, "收到答复"));
        found.Action.Should().Be("提出异议");
    }

    [Fact]
    public void Dates_listed_before_one_marker_are_all_deadlines()
    {
        var result = DeadlineText.FindInRequirement("分别于5月29日、12月10日前报送进展情况。", Plan2021);

        result.Deadlines.Select(d => (d.Text, d.Rule, d.Action)).Should().Equal(
            ("5月29日", (DeadlineRule)Date(5, 29), (string?)null),
            ("12月10日前", Date(12, 10), "报送进展情况"));
    }

    [Theory]
    [InlineData("2021 年 4 月 9 日")]
    [InlineData("主动公开国民经济和社会发展第十四个五年规划纲要")]
    [InlineData("原则上新闻发言人或相关负责同志每年解读重要政策不少于1次")]
    [InlineData("企业开办时间压缩至8.5天,项目审批时间再减少一半")]
    [InlineData("按月或按季度公开2020年政府重点工作任务的执行和落实情况")]
    [InlineData("每日发布福州市新冠肺炎疫情情况")]
    [InlineData("一个时期内经济社会发展情况等")]
    [InlineData("上半年经济运行情况")]
    [InlineData("每年3月31日前公开年度报告")]
    [InlineData("发文日期: 2021-10-01 11:35")]
    [InlineData("")]
    public void Dates_numbers_and_recurrences_in_prose_are_not_deadlines(string text)
    {
        var result = DeadlineText.FindInRequirement(text, Plan2021);

        result.Deadlines.Should().BeEmpty();
        result.Diagnostics.Should().BeEmpty();
        result.ToMilestones().Should().BeNull();
    }

    [Fact]
    public void A_date_that_does_not_exist_is_reported_where_it_is()
    {
        const string text = "各单位于2月30日前报送。";

        var result = DeadlineText.FindInRequirement(text, Plan2021);

        result.Deadlines.Should().BeEmpty();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.DeadlineInvalidDate);
        diagnostic.Subject.Should().Be("2月30日");
        diagnostic.Span!.Value.Of(text).Should().Be("2月30日前");
    }

    [Fact]
    public void Seed_001_Kuancheng_2019_has_one_deadline_in_its_text()
    {
        var lines = Seeds.Read(Seeds.Kuancheng2019).Split('\n');

        FindAll(lines, Plan2019).Should().Equal(
            ("1个工作日内", Within(1, PeriodUnit.WorkingDays), "公开变更后的信息", null));
    }

    [Fact]
    public void Seed_002_Sixian_2020_has_four_deadlines_in_its_requirements()
    {
        var requirements = SixianRequirements(Seeds.Read(Seeds.Sixian2020));
        requirements.Should().HaveCount(48);

        FindAll(requirements, Plan2020).Should().Equal(
            ("2020年底前", YearEnd(Year(2020)), "初步解决底数不清、体系不完善等问题", Day(2020, 12, 31)),
            ("2020年底前", YearEnd(Year(2020)), "建设完成政府信息公开平台，法定主动公开内容全部公开到位", Day(2020, 12, 31)),
            ("2020年底前", YearEnd(Year(2020)), "县级政府门户网站全部支持互联网协议第6版", Day(2020, 12, 31)),
            ("收到留言咨询之日起3个工作日内", Within(3, PeriodUnit.WorkingDays, RelativeEvent.Received, "收到留言咨询"), "完成回复", null));
    }

    [Fact]
    public void Seed_003_State_Council_2021_has_five_year_end_deadlines_in_its_text()
    {
        var lines = Seeds.Read(Seeds.StateCouncil2021).Split('\n');

        FindAll(lines, Plan2021).Should().Equal(
            ("2021年底前", YearEnd(Year(2021)), "通过政府门户网站政府信息公开栏目集中公开本地区本部门现行有效的法规", Day(2021, 12, 31)),
            ("2021年底前", YearEnd(Year(2021)), "县级以上政府门户网站全部支持互联网协议第六版", Day(2021, 12, 31)),
            ("2021年底前", YearEnd(Year(2021)), "制定规范指引", Day(2021, 12, 31)),
            ("2021年底前", YearEnd(Year(2021)), "制定政府信息公开行政复议案件审理标准", Day(2021, 12, 31)),
            ("2021年底前", YearEnd(Year(2021)), "出台教育、卫生、供水、供电、供气、供热、生态环境、公共交通等领域公共企事业单位信息公开规定进一步加强监管", Day(2021, 12, 31)));
    }

    [Fact]
    public void Seed_004_Fuzhou_2021_has_four_deadlines_and_one_date_that_lost_its_month()
    {
        var lines = Seeds.Read(Seeds.Fuzhou2021).Split('\n');

        FindAll(lines, Plan2021).Should().Equal(
            ("7月底前", MonthEnd(7), "提出市政府门户网站优化提升方案", Day(2021, 7, 31)),
            ("2021年底前", YearEnd(Year(2021)), "将福州市现行有效规章通过市政府门户网站的政府信息公开专栏集中公开,方便公众查询使用", Day(2021, 12, 31)),
            ("7月底前", MonthEnd(7), "提出市政府网站栏目设置优化提升方案", Day(2021, 7, 31)),
            ("10月底前", MonthEnd(10), "完成提升工作", Day(2021, 10, 31)));

        // 「并于1030日前收集汇总」: the scrape lost the 月 of 10月30日; no day 1030 exists, so it is reported, not guessed.
        var notice = lines.Single(l => l.Contains("1030日前", StringComparison.Ordinal));
        var diagnostic = DeadlineText.FindInRequirement(notice, Plan2021).Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(DiagnosticCodes.DeadlineInvalidDate);
        diagnostic.Span!.Value.Of(notice).Should().Be("1030日前");
    }

    [Fact]
    public void Seed_000_Yeji_2021_has_six_deadlines_in_its_requirements()
    {
        var requirements = YejiRequirements(Seeds.Read(Seeds.Yeji2021));
        requirements.Should().HaveCount(52);

        FindAll(requirements, Plan2021).Should().Equal(
            ("年底前", YearEnd(), "对规章和规范性文件进行全面清理", Day(2021, 12, 31)),
            ("2021年底前", YearEnd(Year(2021)), "区政府门户网站全部支持互联网协议第6版", Day(2021, 12, 31)),
            ("2021年底前", YearEnd(Year(2021)), "除110119120122等紧急热线外,各级各部门设立的政务服务便民热线以及上级有关部门设立并在我区接听的政务服务便民热线实现一个号码服务", Day(2021, 12, 31)),
            ("年内", YearEnd(), "完成本级政务公开专区建设", Day(2021, 12, 31)),
            ("年底前", YearEnd(), "可以先行建设政务公开专区", Day(2021, 12, 31)),
            ("重点任务分工印发后一个月内", Within(1, PeriodUnit.Months, RelativeEvent.PlanIssued, "重点任务分工印发"), "梳理形成工作台账并在政府信息公开专栏公开", null));
    }

    private static List<(string Text, DeadlineRule Rule, string? Action, LocalDate? Due)> FindAll(IEnumerable<string> texts, DeadlineContext context)
    {
        var all = new List<(string, DeadlineRule, string?, LocalDate?)>();
        foreach (var text in texts)
        {
            foreach (var found in DeadlineText.FindInRequirement(text, context).Deadlines)
            {
                found.Span.Of(text).Should().Be(found.Text);
                var due = found.Rule is DeadlineRule.Fixed rule ? rule.DueDate(context.PlanYear) : (LocalDate?)null;
                all.Add((found.Text, found.Rule, found.Action, due));
            }
        }

        return all;
    }

    /// <summary>000: the requirement is the line after the task number (blank lines skipped).</summary>
    private static List<string> YejiRequirements(string text)
    {
        var lines = text.Split('\n').Where(l => l.Trim().Length > 0).ToArray();
        var requirements = new List<string>();
        var next = 1;
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (lines[i] == next.ToString(CultureInfo.InvariantCulture))
            {
                requirements.Add(lines[i + 1]);
                next++;
            }
        }

        return requirements;
    }

    /// <summary>002: the requirement is the tab-indented line after the tab-indented task number.</summary>
    private static List<string> SixianRequirements(string text)
    {
        var lines = text.Split('\n');
        var requirements = new List<string>();
        var next = 1;
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (lines[i] == "\t" + next.ToString(CultureInfo.InvariantCulture))
            {
                requirements.Add(lines[i + 1]);
                next++;
            }
        }

        return requirements;
    }
}
