#if !TESTING_NETSTANDARD_BUILD
using System;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Deadlines;
using Xunit;
using static GovTransparency.Domain.Tests.Deadlines.Rules;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>
/// Resolving a fixed time limit, and judging it at a date, allocate nothing (the benchmarks measure it too; this guards
/// it in CI). Only on the net10.0 build, whose code the promise is about.
/// </summary>
public class ResolutionAllocationTests
{
    [Fact]
    public void Resolving_fixed_and_continuous_rules_and_judging_them_allocates_nothing()
    {
        var calendar = ChinaCalendar.Default;
        var context = new DeadlineContext(2021);
        var asOf = Day(2021, 9, 30);
        DeadlineRule[] rules =
        {
            YearEnd(), MonthEnd(10), MonthEnd(2, Next), Date(10, 30), PeriodEnd(YearPeriod.ThirdQuarter),
            TenDays(2, TenDayPeriod.Late), Span(MonthEnd(11), MonthEnd(2, Next)), YearEnd(Year(2020)), Continuous,
        };
        var sink = 0L;

        void Work()
        {
            for (var i = 0; i < 1000; i++)
            {
                foreach (var rule in rules)
                {
                    var resolution = DeadlineResolver.Resolve(rule, context, calendar);
                    sink += resolution.TryGetDueDate(out var due) ? due.Day : 0;
                    sink += resolution.Diagnostics.Count + resolution.Occurrences.Count + resolution.Milestones.Count;
                    var standing = resolution.StandingAt(asOf);
                    sink += (int)standing.Kind + (standing.DaysUntilDue ?? standing.DaysOverdue ?? 0);
                }
            }
        }

        Work(); // warm up: JIT, static data
        var before = GC.GetAllocatedBytesForCurrentThread();
        Work();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        sink.Should().BePositive();
    }
}
#endif
