using System;
using System.Linq;
using System.Reflection;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using Xunit;

namespace GovTransparency.Domain.Tests.Deadlines;

public class DeadlineRuleModelTests
{
    [Fact]
    public void The_set_of_kinds_is_closed_every_kind_is_sealed_and_nothing_outside_can_derive()
    {
        var root = typeof(DeadlineRule);
        var kinds = root.GetNestedTypes(BindingFlags.Public).Where(t => root.IsAssignableFrom(t)).ToList();

        kinds.Should().NotBeEmpty();
        kinds.Where(t => !t.IsAbstract).Should().OnlyContain(t => t.IsSealed);
        root.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(c => c.GetParameters().Length == 0)
            .Should().OnlyContain(c => c.IsPrivate);
        typeof(DeadlineRule.Fixed).GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(c => c.GetParameters().Length == 0)
            .Should().OnlyContain(c => c.IsFamilyAndAssembly);

        // The copy constructor of a non-sealed record is protected; an abstract member that only this assembly
        // can see keeps other assemblies from deriving through it.
        root.GetProperties(BindingFlags.NonPublic | BindingFlags.Instance)
            .Should().Contain(p => p.GetMethod!.IsAbstract && p.GetMethod.IsFamilyAndAssembly);
    }

    [Fact]
    public void Rules_with_equal_data_are_equal()
    {
        new DeadlineRule.ByMonthEnd(RuleYear.Of(2020), 9).Should().Be(new DeadlineRule.ByMonthEnd(RuleYear.Of(2020), 9));
        new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 9).Should().NotBe(new DeadlineRule.ByMonthEnd(RuleYear.Of(2020), 9));
        new DeadlineRule.Continuous().Should().Be(new DeadlineRule.Continuous());
        new DeadlineRule.Continuous().Should().NotBe(new DeadlineRule.Unspecified());
    }

    [Fact]
    public void Milestones_compare_by_their_steps()
    {
        DeadlineRule.Milestones Make() => new(new[]
        {
            new Milestone(new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 7), "提出方案"),
            new Milestone(new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 10), "完成"),
        });

        Make().Should().Be(Make());
        Make().Last.Due.Should().Be(new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 10));
    }

    [Theory]
    [InlineData(2, 30)]
    [InlineData(4, 31)]
    [InlineData(13, 1)]
    [InlineData(0, 1)]
    public void An_impossible_date_is_a_programmer_error_when_built_in_code(int month, int day)
    {
        FluentActions.Invoking(() => new DeadlineRule.ByDate(RuleYear.PlanYear, month, day))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Each_kind_reports_its_broad_kind()
    {
        new DeadlineRule.ByYearEnd(RuleYear.PlanYear).Kind.Should().Be(DeadlineKind.Fixed);
        new DeadlineRule.Spanning(new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 6), new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, 7)).Kind.Should().Be(DeadlineKind.Fixed);
        new DeadlineRule.Continuous().Kind.Should().Be(DeadlineKind.Continuous);
        new DeadlineRule.Recurring(RecurrenceFrequency.Monthly, dueDay: 25).Kind.Should().Be(DeadlineKind.Recurring);
        new DeadlineRule.Relative(RelativeEvent.Received, 3, PeriodUnit.WorkingDays, "收到留言咨询").Kind.Should().Be(DeadlineKind.Relative);
        new DeadlineRule.Unspecified().Kind.Should().Be(DeadlineKind.Unspecified);
        new DeadlineRule.Unrecognized("视情况").Kind.Should().Be(DeadlineKind.Unrecognized);
    }

    [Fact]
    public void Rule_years_resolve_against_the_plan_year()
    {
        RuleYear.PlanYear.Resolve(2021).Should().Be(2021);
        RuleYear.NextYear.Resolve(2021).Should().Be(2022);
        RuleYear.Of(2020).Resolve(2021).Should().Be(2020);
        RuleYear.Of(2020).ExplicitYear.Should().Be(2020);
        RuleYear.PlanYear.ExplicitYear.Should().BeNull();
    }
}
