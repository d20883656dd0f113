using System;
using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Tests.TestSupport;
using GovTransparency.Domain.Units;
using Xunit;

namespace GovTransparency.Domain.Tests.Units;

public class UnitDirectoryTests
{
    /// <summary>The variants the 泗县 2020 plan uses for two of its bodies.</summary>
    private static readonly UnitDirectory Sixian = UnitDirectory.CreateBuilder()
        .Add("县市场监管局", "县市监局")
        .Add("县经济开发区管委会", "县开发区管委会")
        .Add("县数据资源管理局（政务服务局）", "县数据资源管理局", "县政务服务局")
        .Build();

    [Theory]
    [InlineData("县市监局", "县市场监管局")]
    [InlineData("县市场监管局", "县市场监管局")]
    [InlineData("县开发区管委会", "县经济开发区管委会")]
    [InlineData("县经济开发区管委会", "县经济开发区管委会")]
    [InlineData("县数据资源管理局(政务服务局)", "县数据资源管理局（政务服务局）")]
    [InlineData(" 县数据资源管理局 ( 政务服务局 ) ", "县数据资源管理局（政务服务局）")]
    [InlineData("县市\n监局", "县市场监管局")]
    [InlineData("县政务服务局", "县数据资源管理局（政务服务局）")]
    public void Aliases_and_variant_spellings_resolve_to_the_canonical_name(string name, string canonical)
    {
        Sixian.Resolve(name).Should().Be(canonical);
        Sixian.TryResolve(name, out var found).Should().BeTrue();
        found.Should().Be(canonical);
        Sixian.Contains(name).Should().BeTrue();
    }

    [Fact]
    public void An_unknown_name_resolves_to_itself()
    {
        Sixian.Resolve("县财政局").Should().Be("县财政局");
        Sixian.TryResolve("县财政局", out var found).Should().BeFalse();
        found.Should().Be("县财政局");
        Sixian.Contains("县财政局").Should().BeFalse();
        UnitDirectory.Empty.Resolve("县市监局").Should().Be("县市监局");
    }

    [Fact]
    public void Width_and_case_of_latin_letters_do_not_matter()
    {
        var directory = UnitDirectory.Empty.WithUnit("市12345热线中心", "ＡＰＰ运营中心");

        directory.Resolve("市１２３４５热线中心").Should().Be("市12345热线中心");
        directory.Resolve("app运营中心").Should().Be("市12345热线中心");
    }

    [Fact]
    public void A_unit_resolves_to_its_canonical_name_and_keeps_its_kind()
    {
        Sixian.Resolve(new Unit("县市监局")).Should().Be(new Unit("县市场监管局"));
        var unknown = new Unit("各乡镇人民政府", UnitKind.Collective);
        Sixian.Resolve(unknown).Should().BeSameAs(unknown);
    }

    [Fact]
    public void Names_and_aliases_are_listed_in_the_order_added()
    {
        Sixian.CanonicalNames.Should().Equal("县市场监管局", "县经济开发区管委会", "县数据资源管理局（政务服务局）");
        Sixian.Count.Should().Be(3);
        Sixian.GetAliases("县数据资源管理局（政务服务局）").Should().Equal("县数据资源管理局", "县政务服务局");
        Sixian.GetAliases("县市监局").Should().Equal("县市监局");
        Sixian.GetAliases("县财政局").Should().BeEmpty();
    }

    [Fact]
    public void With_methods_return_a_new_directory_and_leave_the_old_one_unchanged()
    {
        var first = UnitDirectory.Empty.WithUnit("县市场监管局");
        var second = first.WithAlias("县市监局", "县市场监管局").WithAlias("县开发区管委会", "县经济开发区管委会");

        first.Contains("县市监局").Should().BeFalse();
        first.Count.Should().Be(1);
        second.Resolve("县市监局").Should().Be("县市场监管局");
        second.Resolve("县开发区管委会").Should().Be("县经济开发区管委会");
        second.CanonicalNames.Should().Equal("县市场监管局", "县经济开发区管委会");
        UnitDirectory.Empty.Count.Should().Be(0);
    }

    [Fact]
    public void Adding_a_canonical_name_again_merges_its_aliases_and_a_known_alias_is_not_repeated()
    {
        var directory = UnitDirectory.CreateBuilder()
            .Add("县市场监管局", "县市监局")
            .Add("县市场监管局", "县市场监督管理局", "县市监局")
            .Add("县市场监管局 ")
            .Build();

        directory.CanonicalNames.Should().Equal("县市场监管局");
        directory.GetAliases("县市场监管局").Should().Equal("县市监局", "县市场监督管理局");
    }

    [Fact]
    public void A_name_cannot_belong_to_two_units()
    {
        var builder = UnitDirectory.CreateBuilder().Add("县市场监管局", "县市监局");

        builder.Invoking(b => b.Add("县市监局"))
            .Should().Throw<ArgumentException>().WithParameterName("canonicalName");
        builder.Invoking(b => b.Add("县财政局", "县市监局"))
            .Should().Throw<ArgumentException>().WithParameterName("aliases");
        builder.Invoking(b => b.AddAlias("县市场监管局", "县财政局"))
            .Should().Throw<ArgumentException>().WithParameterName("alias");
    }

    [Fact]
    public void Null_or_blank_names_are_programmer_errors()
    {
        var builder = UnitDirectory.CreateBuilder();

        builder.Invoking(b => b.Add(null!)).Should().Throw<ArgumentNullException>().WithParameterName("canonicalName");
        builder.Invoking(b => b.Add("县财政局", (string)null!)).Should().Throw<ArgumentException>().WithParameterName("aliases");
        builder.Invoking(b => b.Add("\u200B")).Should().Throw<ArgumentException>().WithParameterName("canonicalName");
        builder.Invoking(b => b.Add("县财政局", " ")).Should().Throw<ArgumentException>().WithParameterName("aliases");
        Sixian.Invoking(d => d.Resolve((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("name");
    }

    [Fact]
    public void A_builder_from_a_directory_holds_everything_in_it()
    {
        var copy = Sixian.ToBuilder().Add("县财政局").Build();

        copy.CanonicalNames.Should().Equal(Sixian.CanonicalNames.Concat(new[] { "县财政局" }));
        copy.Resolve("县开发区管委会").Should().Be("县经济开发区管委会");
        Sixian.Contains("县财政局").Should().BeFalse();
    }

    [Fact]
    public void Resolving_any_text_never_throws()
    {
        Properties.Check(FsCheck.Fluent.Prop.ForAll<string>(text =>
        {
            var name = text ?? string.Empty;
            Sixian.Resolve(name).Should().NotBeNull();
            UnitDirectory.ComparisonKey(name).Should().NotContainAny(" ", "\n", "\t");
        }));
    }

    [Fact]
    public void The_variants_in_the_Sixian_seed_resolve_to_one_name_each()
    {
        var cells = new[]
        {
            "县政府办、县市监局等有关部门，各乡镇人民政府、县经济开发区管委会",
            "县政府各部门、各乡镇人民政府、县开发区管委会",
        };

        var names = cells.SelectMany(c => AssignmentText.Parse(c).Assignments)
            .Select(a => Sixian.Resolve(a.Unit).Name)
            .Distinct()
            .ToList();

        names.Should().Equal("县政府办", "县市场监管局", "等有关部门", "各乡镇人民政府", "县经济开发区管委会", "县政府各部门");
    }
}
