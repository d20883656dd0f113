using System.Linq;
using FluentAssertions;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Validation;
using Xunit;
using static GovTransparency.Domain.Tests.Validation.ValidationFixtures;

namespace GovTransparency.Domain.Tests.Validation;

/// <summary>
/// The edges of GT1202 and GT1203 for spans and milestones (the clean plan is of 2021, issued 2021-04-25): each
/// year other than the plan year is reported once, and a deadline in an earlier year is not also reported as past.
/// </summary>
public sealed class DeadlineEdgeTests
{
    private const string Deadline = FirstTask + ".Deadline";

    private static (string Code, DiagnosticSeverity Severity, string Path)[] Findings(DeadlineRule rule) =>
        Validate(WithFirstTask(t => t.Due(rule))).Triples().Where(t => t.Code != DiagnosticCodes.TaskNumberingDetected).ToArray();

    private static (string, DiagnosticSeverity, string) Earlier(string path) => (DiagnosticCodes.DeadlineYearDiffers, DiagnosticSeverity.Warning, path);

    private static (string, DiagnosticSeverity, string) Later(string path) => (DiagnosticCodes.DeadlineYearDiffers, DiagnosticSeverity.Info, path);

    private static (string, DiagnosticSeverity, string) Past(string path) => (DiagnosticCodes.DeadlineBeforeIssue, DiagnosticSeverity.Warning, path);

    public static TheoryData<string, DeadlineRule, (string, DiagnosticSeverity, string)[]> Cases => new()
    {
        // Spans.
        { "March to June 2020: one earlier year, not also past", new DeadlineRule.Spanning(MonthEnd(3, 2020), MonthEnd(6, 2020)), new[] { Earlier(Deadline) } },
        { "November to March 2020: the end's earlier year, not also past", new DeadlineRule.Spanning(MonthEnd(11), MonthEnd(3, 2020)), new[] { Earlier(Deadline) } },
        { "November 2019 to March 2020: two earlier years, not also past", new DeadlineRule.Spanning(MonthEnd(11, 2019), MonthEnd(3, 2020)), new[] { Earlier(Deadline), Earlier(Deadline) } },
        { "February 2021 to March: the plan year written out, past", new DeadlineRule.Spanning(MonthEnd(2, 2021), MonthEnd(3)), new[] { Past(Deadline) } },

        // Milestones.
        { "March then June 2020: the year once, not also past", Steps(MonthEnd(3, 2020), MonthEnd(6, 2020)), new[] { Earlier(Deadline + ".Steps[0]") } },
        { "March 2019 then June 2020: two earlier years, not also past", Steps(MonthEnd(3, 2019), MonthEnd(6, 2020)), new[] { Earlier(Deadline + ".Steps[0]"), Earlier(Deadline + ".Steps[1]") } },
        { "July 2021 then October: the plan year written out", Steps(MonthEnd(7, 2021), MonthEnd(10)), System.Array.Empty<(string, DiagnosticSeverity, string)>() },
        { "February then March 2021: past at the last step", Steps(MonthEnd(2), MonthEnd(3, 2021)), new[] { Past(Deadline + ".Steps[1]") } },
        { "a step spanning November to January 2022", Steps(new DeadlineRule.Spanning(MonthEnd(11), MonthEnd(1, 2022))), new[] { Later(Deadline + ".Steps[0]") } },
        { "a step spanning November 2020 to December", Steps(new DeadlineRule.Spanning(MonthEnd(11, 2020), MonthEnd(12))), new[] { Earlier(Deadline + ".Steps[0]") } },
        { "steps in 2022 then 2020", Steps(MonthEnd(3, 2022), MonthEnd(6, 2020)), new[] { Later(Deadline + ".Steps[0]"), Earlier(Deadline + ".Steps[1]"), (DiagnosticCodes.MilestonesOutOfOrder, DiagnosticSeverity.Error, Deadline + ".Steps[1]") } },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Years_and_past_dates_of_spans_and_milestones(string name, DeadlineRule rule, (string, DiagnosticSeverity, string)[] expected)
    {
        Findings(rule).Should().Equal(expected, name);
    }

    [Fact]
    public void A_plan_of_the_last_year_deadlines_can_be_computed_in_is_checked_and_a_later_one_is_not()
    {
        var last = WithFirstTask(t => t.Due(new DeadlineRule.ByYearEnd(RuleYear.Of(2021)))) with { Year = 9998, IssuedOn = null };
        var beyond = last with { Year = 9999 };

        Validate(last).Triples().Should().Contain((DiagnosticCodes.DeadlineYearDiffers, DiagnosticSeverity.Warning, Deadline));
        Validate(beyond).Triples().Should().NotContain(t => t.Code == DiagnosticCodes.DeadlineYearDiffers);
    }
}
