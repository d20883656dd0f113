using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Tests.TestSupport;
using FluentAssertions;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Units;
using GovTransparency.Domain.Validation;
using Xunit;
using static GovTransparency.Domain.Tests.Validation.ValidationFixtures;

namespace GovTransparency.Domain.Tests.Validation;

/// <summary>GT1104 (names that look like variants of one body) and GT1105 (aliases the unit directory knows).</summary>
public sealed class UnitNameRulesTests
{
    /// <summary>A plan whose task n is carried out by <paramref name="names"/>[n - 1] (with no other unit).</summary>
    private static WorkPlan PlanUsing(params string[] names) =>
        Plan(S(1, "甲", U(1, "子甲", names.Select((name, i) => T(i + 1).WithUnits(Responsible(name))).ToArray())));

    [Theory]
    [InlineData("县开发区管委会", "县经济开发区管委会")] // seed 002: 经济 left out
    [InlineData("县市监局", "县市场监管局")] // 场 and 管 left out
    [InlineData("区人社局", "区人力资源和社会保障局")]
    [InlineData("区数管局", "区数据资源管理局")]
    [InlineData("区教育局", "区教育体育局")]
    public void Names_that_are_the_same_body_written_shorter_are_flagged(string shorter, string longer)
    {
        var report = Validate(PlanUsing(longer, shorter, longer));

        var finding = report.WithCode(DiagnosticCodes.UnitNamesSimilar).Should().ContainSingle().Subject;
        finding.Severity.Should().Be(DiagnosticSeverity.Warning);
        finding.Path.Should().Be("Sections[0].Subsections[0].Tasks[1].Assignments[0]", "the less used name is reported where it first appears");
        finding.Task.Should().Be(new TaskNumber(2));
        finding.Subject.Should().Be(shorter);
    }

    [Theory]
    [InlineData("区政府", "区政府办公室")] // the government and its office: different last characters
    [InlineData("区政府各部门", "区政府办公室")] // a collective
    [InlineData("区政府有关部门", "区政府办公室")] // an open-ended set
    [InlineData("县财政局", "县税务局")]
    [InlineData("区财政局", "市财政局")] // different levels
    [InlineData("融媒体中心", "区融媒体中心")] // one with a level, one without
    [InlineData("区发改委", "区发展和改革委员会")] // 委 and 会
    [InlineData("市公安局叶集分局", "市自然资源和规划局叶集分局")]
    public void Names_of_different_bodies_are_not_flagged(string a, string b)
    {
        Validate(PlanUsing(a, b)).WithCode(DiagnosticCodes.UnitNamesSimilar).Should().BeEmpty();
    }

    [Fact]
    public void Width_and_spaces_do_not_make_two_names()
    {
        Validate(PlanUsing("县（市）区政府办公室", "县(市)区政府办公室", "县 (市) 区政府办公室")).Findings
            .Should().NotContain(f => f.Code == DiagnosticCodes.UnitNamesSimilar || f.Code == DiagnosticCodes.UnitNamesAreAliases);
    }

    [Fact]
    public void The_message_names_both_and_counts_their_uses()
    {
        var finding = Validate(PlanUsing("县经济开发区管委会", "县开发区管委会", "县经济开发区管委会")).WithCode(DiagnosticCodes.UnitNamesSimilar).Single();

        finding.MessageEn().Should().Be(
            "The unit names \"县开发区管委会\" (once) and \"县经济开发区管委会\" (2 times) probably mean the same body; use one name, or record one as an alias in the unit directory.");
        finding.Diagnostic.MessageZh.Should().Be("单位名称「县开发区管委会」（1 处）与「县经济开发区管委会」（2 处）可能指同一单位，请统一名称或在单位目录中登记别名。");
    }

    [Fact]
    public void The_heuristic_can_be_turned_off()
    {
        Validate(PlanUsing("县开发区管委会", "县经济开发区管委会"), new ValidationSettings { DetectSimilarUnitNames = false })
            .WithCode(DiagnosticCodes.UnitNamesSimilar).Should().BeEmpty();
    }

    [Fact]
    public void Aliases_known_to_the_directory_are_reported_as_such_and_not_as_similar()
    {
        var directory = UnitDirectory.Empty.WithUnit("县市场监督管理局", "县市监局", "县市场监管局");

        var report = Validate(PlanUsing("县市场监管局", "县市监局", "县市场监管局"), new ValidationSettings { Units = directory });

        var finding = report.WithCode(DiagnosticCodes.UnitNamesAreAliases).Should().ContainSingle().Subject;
        finding.Path.Should().Be("Sections[0].Subsections[0].Tasks[1].Assignments[0]");
        finding.Severity.Should().Be(DiagnosticSeverity.Warning);
        finding.MessageEn().Should().Be(
            "The unit names \"县市监局\" (once) and \"县市场监管局\" (2 times) are one body in the unit directory, \"县市场监督管理局\"; the plan should use one name.");
        report.WithCode(DiagnosticCodes.UnitNamesSimilar).Should().BeEmpty();
    }

    [Fact]
    public void Aliases_that_look_nothing_alike_are_found_through_the_directory_only()
    {
        var directory = UnitDirectory.Empty.WithUnit("区政府办公室", "区府办");

        Validate(PlanUsing("区政府办公室", "区府办")).Findings.Should().NotContain(f => f.Code == DiagnosticCodes.UnitNamesAreAliases || f.Code == DiagnosticCodes.UnitNamesSimilar);
        Validate(PlanUsing("区政府办公室", "区府办"), new ValidationSettings { Units = directory })
            .WithCode(DiagnosticCodes.UnitNamesAreAliases).Should().ContainSingle().Which.Subject.Should().Be("区府办");
    }

    [Fact]
    public void Names_the_directory_knows_as_different_bodies_are_not_flagged_as_similar()
    {
        var directory = UnitDirectory.Empty.WithUnit("区教育局").WithUnit("区教育体育局");

        Validate(PlanUsing("区教育局", "区教育体育局"), new ValidationSettings { Units = directory }).Findings
            .Should().NotContain(f => f.Code == DiagnosticCodes.UnitNamesSimilar || f.Code == DiagnosticCodes.UnitNamesAreAliases);
    }

    [Fact]
    public void A_plan_that_uses_one_name_per_body_passes()
    {
        var directory = UnitDirectory.Empty.WithUnit("县市场监督管理局", "县市监局", "县市场监管局");

        Validate(PlanUsing("县市场监管局", "县市场监管局", "县财政局"), new ValidationSettings { Units = directory }).Findings
            .Should().NotContain(f => f.Code == DiagnosticCodes.UnitNamesSimilar || f.Code == DiagnosticCodes.UnitNamesAreAliases);
    }

    [Fact]
    public void The_bucketed_search_finds_exactly_the_pairs_an_all_pairs_comparison_finds()
    {
        var name = from level in Gen.Elements("区", "县", string.Empty)
                   from middle in Gen.ArrayOf(Gen.Elements('财', '政', '市', '场', '监', '管', '经', '济'))
                   from last in Gen.Elements("局", "委")
                   select level + new string(middle.Take(5).ToArray()) + last;
        Properties.Check(Prop.ForAll(Gen.ArrayOf(name).ToArbitrary(), names =>
        {
            var distinct = names.Where(n => n.Length >= 3).Distinct().ToArray();
            var expected = new List<string>();
            for (var i = 0; i < distinct.Length; i++)
            {
                for (var j = 0; j < distinct.Length; j++)
                {
                    if (IsVariant(distinct[i], distinct[j]))
                    {
                        expected.Add(distinct[i]);
                    }
                }
            }

            var found = distinct.Length == 0 ? new List<string>() : Validate(PlanUsing(distinct)).WithCode(DiagnosticCodes.UnitNamesSimilar).Select(f => f.Subject!).ToList();
            found.Should().BeEquivalentTo(expected);
        }), maxTest: 200);
    }

    /// <summary>The rule of GT1104 written as plainly as possible: same level, same last character, shorter, in order.</summary>
    private static bool IsVariant(string shorter, string longer)
    {
        static bool Level(char c) => "省市县区州旗盟镇乡村".IndexOf(c) >= 0;
        if (shorter.Length >= longer.Length || shorter[shorter.Length - 1] != longer[longer.Length - 1]
            || Level(shorter[0]) != Level(longer[0]) || (Level(shorter[0]) && shorter[0] != longer[0]))
        {
            return false;
        }

        var k = 0;
        foreach (var c in longer)
        {
            if (k < shorter.Length && shorter[k] == c)
            {
                k++;
            }
        }

        return k == shorter.Length;
    }
}
