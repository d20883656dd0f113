using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Deadlines;
using GovTransparency.Domain.Tests.Calendars;
using GovTransparency.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Deadlines;

/// <summary>The laws of resolution and standing, checked with FsCheck on the embedded calendar.</summary>
public class ResolutionPropertiesTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendar.Default;
    private static readonly LocalDate First = new(2008, 1, 1);

    /// <summary>An event day from 2008 to 2021, so that a count of up to 60 months (or 200 working days) stays inside the known years.</summary>
    private static readonly Gen<LocalDate> EventDay = Gen.Choose(0, 5113).Select(i => First.PlusDays(i));

    private static readonly Gen<DeadlineRule.Fixed> FixedRules = Gen.OneOf(
        Gen.Constant((DeadlineRule.Fixed)new DeadlineRule.ByYearEnd(RuleYear.PlanYear)),
        Gen.Choose(1, 12).Select(m => (DeadlineRule.Fixed)new DeadlineRule.ByMonthEnd(RuleYear.PlanYear, m)),
        Gen.Zip(Gen.Choose(1, 12), Gen.Choose(1, 28)).Select(p => (DeadlineRule.Fixed)new DeadlineRule.ByDate(RuleYear.PlanYear, p.Item1, p.Item2)),
        Gen.Elements(YearPeriod.FirstHalf, YearPeriod.ThirdQuarter).Select(p => (DeadlineRule.Fixed)new DeadlineRule.ByPeriodEnd(RuleYear.NextYear, p)));

    [Fact]
    public void A_task_overdue_at_a_date_stays_overdue_at_every_later_date_without_a_completion()
    {
        var cases = Gen.Zip(Gen.Zip(FixedRules, Gen.Choose(2008, 2025)), Gen.Zip(Gen.Choose(0, 900), Gen.Choose(0, 900)));

        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var ((rule, planYear), (offset, later)) = c;
            var resolution = DeadlineResolver.Resolve(rule, new DeadlineContext(planYear), China);
            var asOf = new LocalDate(planYear, 1, 1).PlusDays(offset);
            var first = resolution.StandingAt(asOf);
            var second = resolution.StandingAt(asOf.PlusDays(later));
            return first.Kind != StandingKind.Overdue
                || (second.Kind == StandingKind.Overdue && second.DaysOverdue == first.DaysOverdue + later);
        }));
    }

    [Fact]
    public void Without_a_completion_a_standing_only_moves_from_not_yet_due_to_due_soon_to_overdue()
    {
        var cases = Gen.Zip(Gen.Zip(FixedRules, Gen.Choose(2008, 2025)), Gen.Zip(Gen.Choose(0, 900), Gen.Zip(Gen.Choose(0, 90), Gen.Choose(0, 60))));

        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var ((rule, planYear), (offset, (later, window))) = c;
            var resolution = DeadlineResolver.Resolve(rule, new DeadlineContext(planYear), China);
            var asOf = new LocalDate(planYear, 1, 1).PlusDays(offset);
            return Rank(resolution.StandingAt(asOf, dueSoonDays: window).Kind) <= Rank(resolution.StandingAt(asOf.PlusDays(later), dueSoonDays: window).Kind);
        }));
    }

    [Fact]
    public void A_calendar_day_period_never_ends_before_the_event_day_plus_its_length_and_ends_on_the_first_working_day_from_there()
    {
        var units = Gen.Elements(PeriodUnit.Days, PeriodUnit.Weeks, PeriodUnit.Months);
        var cases = Gen.Zip(EventDay, Gen.Zip(Gen.Choose(1, 60), units));

        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (eventDay, (amount, unit)) = c;
            var resolution = Resolve(new DeadlineRule.Relative(RelativeEvent.Unnamed, amount, unit), eventDay);
            var floor = unit switch
            {
                PeriodUnit.Days => eventDay.PlusDays(amount),
                PeriodUnit.Weeks => eventDay.PlusDays(7 * amount),
                _ => eventDay.PlusMonths(amount),
            };
            var due = resolution.DueDate!.Value;
            var last = resolution.UnadjustedDueDate!.Value;
            var restBetween = true;
            for (var d = last; d < due; d = d.PlusDays(1))
            {
                restBetween &= !HolidayCnFixtures.IsWorkingDay(d);
            }

            return last == floor && due >= floor && HolidayCnFixtures.IsWorkingDay(due) && restBetween;
        }));
    }

    [Fact]
    public void A_working_day_period_ends_on_a_working_day_exactly_n_working_days_after_the_event()
    {
        var cases = Gen.Zip(EventDay, Gen.Choose(1, 200));

        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (eventDay, amount) = c;
            var due = Resolve(new DeadlineRule.Relative(RelativeEvent.Unnamed, amount, PeriodUnit.WorkingDays), eventDay).DueDate!.Value;
            return due > eventDay && HolidayCnFixtures.IsWorkingDay(due) && China.WorkingDaysBetween(eventDay, due) == amount;
        }));
    }

    private static DeadlineResolution Resolve(DeadlineRule.Relative rule, LocalDate eventDay) =>
        DeadlineResolver.Resolve(rule, new DeadlineContext(eventDay.Year), China, new Dictionary<RelativeEvent, LocalDate> { [RelativeEvent.Unnamed] = eventDay });

    private static int Rank(StandingKind kind) => kind switch
    {
        StandingKind.NotYetDue => 0,
        StandingKind.DueSoon => 1,
        _ => 2,
    };
}
