using System;
using FluentAssertions;
using GovTransparency.Domain.Units;
using Xunit;

namespace GovTransparency.Domain.Tests.Units;

public class UnitKindTests
{
    [Theory]
    [InlineData("区政府各部门")]
    [InlineData("各乡镇街")]
    [InlineData("各乡镇人民政府")]
    [InlineData("县直各单位")]
    [InlineData("各县(市)区政府")]
    [InlineData("市直各部门")]
    [InlineData("各科室")]
    [InlineData("县政府各部门")]
    [InlineData("市直部门")]
    [InlineData("县直单位")]
    [InlineData("全体村(居)委会")]
    public void Every_member_of_a_named_group_is_a_collective(string name)
    {
        Unit.InferKind(name).Should().Be(UnitKind.Collective);
        Unit.FromName(name).Should().Be(new Unit(name, UnitKind.Collective));
    }

    [Theory]
    [InlineData("等有关部门")]
    [InlineData("等部门")]
    [InlineData("区政府有关部门")]
    [InlineData("相关部门")]
    [InlineData("有关单位")]
    [InlineData("有政务新媒体的相关单位")]
    [InlineData("市直各有关单位")]
    [InlineData("县财政局等")]
    public void A_set_not_listed_in_full_is_open_ended(string name)
    {
        Unit.InferKind(name).Should().Be(UnitKind.OpenEnded);
    }

    [Theory]
    [InlineData("区财政局")]
    [InlineData("县经济开发区管委会")]
    [InlineData("市自然资源和规划局叶集分局")]
    [InlineData("村(居)委会")]
    [InlineData("市直机关工委")]
    [InlineData("市属各高等院校X")]
    public void Any_other_name_is_one_specific_body(string name)
    {
        var expected = name.Contains('各') ? UnitKind.Collective : UnitKind.Specific;

        Unit.InferKind(name).Should().Be(expected);
    }

    [Fact]
    public void The_name_is_kept_exactly_as_given()
    {
        Unit.FromName(" 区财政局 ").Name.Should().Be(" 区财政局 ");
    }

    [Fact]
    public void Null_or_blank_names_are_programmer_errors()
    {
        FluentActions.Invoking(() => Unit.FromName(null!)).Should().Throw<ArgumentNullException>().WithParameterName("name");
        FluentActions.Invoking(() => Unit.FromName(" ")).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => Unit.InferKind(null!)).Should().Throw<ArgumentNullException>().WithParameterName("name");
    }
}
