using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Units;
using GovTransparency.Domain.Validation;
using Xunit;
using static GovTransparency.Domain.Tests.Validation.ValidationFixtures;

namespace GovTransparency.Domain.Tests.Validation;

/// <summary>
/// The edges of GT1104: use counts across spellings of one name, which of two names is the variant, names without
/// an administrative level, 省 and 市 as levels, collectives, a shorter name found early in the longer, and names
/// the directory knows only one of.
/// </summary>
public sealed class UnitNameEdgeTests
{
    /// <summary>A plan whose task n is carried out by <paramref name="names"/>[n - 1] (with no other unit).</summary>
    private static WorkPlan PlanUsing(params string[] names) =>
        Plan(S(1, "甲", U(1, "子甲", names.Select((name, i) => T(i + 1).WithUnits(Responsible(name))).ToArray())));

    private static string At(int task) => "Sections[0].Subsections[0].Tasks[" + task + "].Assignments[0]";

    public static TheoryData<string[], string[]> Cases => new()
    {
        // Two spellings of one name count together: 县市场监管局 is used twice, so 县市监局 is the variant.
        { new[] { "县市场监管局", "县市场 监管局", "县市监局" }, new[] { "县市监局@" + At(2) } },
        // The longer name used less is the variant.
        { new[] { "县市监局", "县市监局", "县市场监管局" }, new[] { "县市场监管局@" + At(2) } },
        // Names without a level are compared with each other, whatever their first characters.
        { new[] { "开发区管委会", "经济开发区管委会" }, new[] { "开发区管委会@" + At(0) } },
        { new[] { "经济开发区管委会", "开发区管委会" }, new[] { "开发区管委会@" + At(1) } },
        // 省 and 市 are levels: a name with one is not compared with a name without.
        { new[] { "财政局", "市财政局" }, System.Array.Empty<string>() },
        { new[] { "财政厅", "省财政厅" }, System.Array.Empty<string>() },
        // Collectives are never variants of one another.
        { new[] { "区政府各部门", "区政府各职能部门" }, System.Array.Empty<string>() },
        // The shorter name is found before the end of the longer.
        { new[] { "区公安局", "区公安局叶集分局" }, new[] { "区公安局@" + At(0) } },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Similar_names_are_reported_at_the_variant(string[] names, string[] expected)
    {
        Validate(PlanUsing(names)).WithCode(DiagnosticCodes.UnitNamesSimilar).Select(f => f.Subject + "@" + f.Path)
            .Should().Equal(expected);
    }

    [Fact]
    public void The_message_counts_the_uses_of_every_spelling()
    {
        var finding = Validate(PlanUsing("县市场监管局", "县市场 监管局", "县市监局")).WithCode(DiagnosticCodes.UnitNamesSimilar).Single();

        finding.MessageEn().Should().Be(
            "The unit names \"县市监局\" (once) and \"县市场监管局\" (2 times) probably mean the same body; use one name, or record one as an alias in the unit directory.");
        finding.Task.Should().Be(new TaskNumber(3));
    }

    [Fact]
    public void The_longer_name_used_less_is_the_variant_in_the_message()
    {
        var finding = Validate(PlanUsing("县市监局", "县市监局", "县市场监管局")).WithCode(DiagnosticCodes.UnitNamesSimilar).Single();

        finding.MessageEn().Should().Be(
            "The unit names \"县市场监管局\" (once) and \"县市监局\" (2 times) probably mean the same body; use one name, or record one as an alias in the unit directory.");
    }

    [Fact]
    public void Names_only_one_of_which_the_directory_knows_are_still_compared()
    {
        var knowsLonger = new ValidationSettings { Units = UnitDirectory.Empty.WithUnit("区教育体育局") };
        var knowsShorter = new ValidationSettings { Units = UnitDirectory.Empty.WithUnit("区教育局") };

        Validate(PlanUsing("区教育局", "区教育体育局"), knowsLonger).WithCode(DiagnosticCodes.UnitNamesSimilar)
            .Select(f => f.Subject + "@" + f.Path).Should().Equal("区教育局@" + At(0));
        Validate(PlanUsing("区教育局", "区教育体育局"), knowsShorter).WithCode(DiagnosticCodes.UnitNamesSimilar)
            .Select(f => f.Subject + "@" + f.Path).Should().Equal("区教育局@" + At(0));
    }
}
