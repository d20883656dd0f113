using System;
using System.Collections.Generic;
using System.Linq;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// Turns a time limit (<see cref="DeadlineRule"/>) into due dates for a plan, and judges a task at a date. Pure
/// functions: the plan year, issue date, calendar, event dates and as-of date are all arguments; nothing reads the
/// clock. No rule and no date makes them throw; only a null argument does.
/// </summary>
/// <remarks>
/// <para><b>What each kind resolves to</b> (<see cref="DeadlineResolution.Kind"/>):</para>
/// <list type="bullet">
/// <item>Fixed rules (年底前, 10月底前, 10月30日前, 上半年, 6月上旬, 6月至7月, 次年1月31日前) → one due date,
/// <see cref="DeadlineRule.Fixed.DueDate(int)"/>, <b>kept as written even when it is a weekend or holiday</b>: a
/// fixed date is a date the plan chose, not the end of a period, and DOMAIN's Civil Code rule (art. 203) moves only
/// the end of a period. Resolving a fixed rule allocates nothing and does not consult the calendar.</item>
/// <item>Relative rules (印发后一个月内, 3个工作日内, 批复后20日内) → one due date counted from the event's date,
/// by the Civil Code (below); without the event's date → <see cref="DeadlineResolutionKind.NeedsEventDate"/>. The
/// plan's issue (<see cref="RelativeEvent.PlanIssued"/>) defaults to <see cref="DeadlineContext.IssuedOn"/>; any
/// event's date, the issue included, can be given in <c>eventDates</c>, which wins. One date per event kind: a
/// rule names one event, so resolve each task with its own dates.</item>
/// <item>Milestones (7月底前提出方案，10月底前完成) → each step's date; the last step written is the task's due date
/// (GT0426 warns when an earlier step falls later than it).</item>
/// <item>Recurring rules (每月, 每月25日前, 按季度, 每年3月31日前) → the occurrences whose due dates fall in a window
/// (default: the plan year), each with its period and its own due date, across year boundaries. Periods are
/// calendar days, weeks Monday to Sunday, and months, quarters, half-years and years aligned on the calendar year;
/// each falls due on its last day unless the rule names a day (每月25日前 → the 25th, or the month's last day when
/// shorter) or a month (每年3月31日前 → 31 March of each year). Due dates of a series are kept as written, like fixed
/// ones. A rule that allows two frequencies (按月或按季度) follows the stricter, more frequent one (monthly), with
/// GT0425; a day written for the other frequency does not carry over. At most <see cref="MaxOccurrences"/>
/// occurrences (GT0427 beyond).</item>
/// <item>Unspecified (an empty cell) → the plan's default, 31 December of the plan year, as
/// <see cref="DeadlineResolutionKind.DefaultDueDate"/> with GT0420.</item>
/// <item>Continuous → no due date. Unrecognised → no due date, GT0428, the text kept in the rule.</item>
/// </list>
/// <para><b>Periods by the Civil Code (民法典) articles 200–204.</b></para>
/// <list type="bullet">
/// <item>Art. 201: the day of the event is not counted; counting starts the next day. So n days end on the event day
/// + n, n weeks on the event day + 7n.</item>
/// <item>Art. 202: n months or years end on the corresponding day of the last month, or on that month's last day when
/// there is none (issued 31 January + 1 month → 28 February, or 29 February in a leap year; 29 February + 1 year →
/// 28 February).</item>
/// <item>Art. 203: when the last day of such a calendar-day period (days, weeks, months, years) is a statutory rest
/// day (法定休假日), the period ends on the first working day after it. <b>Weekends count as rest days</b>, not only
/// the holidays of the State Council's notices: in Chinese legal practice 法定休假日 includes the weekly rest days
/// (the Supreme People's Court's long-standing reading names Sunday among them and follows the days actually taken,
/// 以实际休假日), so a period ending on a Saturday ends on the Monday, and one ending on a weekend turned working day
/// (调休上班) ends on that day. The move is reported with GT0429 and in <see cref="DeadlineResolution.SkippedDays"/>.</item>
/// <item>N working days (工作日) after an event end on the Nth working day after the event's day
/// (<see cref="IWorkingDayCalendar.AddWorkingDays"/>); that day is a working day, so art. 203 never moves it.</item>
/// <item>Art. 204 lets a law or the parties set another method: a plan that does is read by its own words, not here.</item>
/// </list>
/// <para>
/// <b>Calendar coverage.</b> A count that reaches a year the calendar does not know gives
/// <see cref="DeadlineResolutionKind.OutsideCalendar"/> with GT0422, never a <see cref="CalendarCoverageException"/>;
/// with <see cref="UnknownYearPolicy.AssumeWeekends"/> it gives the date and GT0423 (and
/// <see cref="DeadlineResolution.AssumedYears"/>). A count past 9999-12-31 gives
/// <see cref="DeadlineResolutionKind.OutsideCalendar"/> with GT0424. Only relative rules consult the calendar.
/// </para>
/// <para>
/// Dates of any calendar system are converted to the ISO calendar; results are ISO dates.
/// </para>
/// </remarks>
public static class DeadlineResolver
{
    /// <summary>The most occurrences a series lists: 10,000 (27 years of daily occurrences).</summary>
    public const int MaxOccurrences = 10_000;

    /// <summary>Resolves a time limit in a plan.</summary>
    /// <param name="rule">The time limit.</param>
    /// <param name="context">The plan year and, when known, the issue date (the date of <see cref="RelativeEvent.PlanIssued"/>).</param>
    /// <param name="calendar">The working-day calendar, for relative rules; usually <see cref="ChinaCalendar.Default"/>.</param>
    /// <param name="eventDates">
    /// The dates of the events relative rules count from (收到 → the day a request was received), when known; a date
    /// given for <see cref="RelativeEvent.PlanIssued"/> wins over the context's issue date. Null for none.
    /// </param>
    /// <param name="window">The dates a recurring rule's occurrences are listed for (by due date); null for the plan year.</param>
    /// <returns>The resolution; never an exception for any rule or date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/>, <paramref name="context"/> or <paramref name="calendar"/> is null.</exception>
    public static DeadlineResolution Resolve(
        DeadlineRule rule,
        DeadlineContext context,
        IWorkingDayCalendar calendar,
        IReadOnlyDictionary<RelativeEvent, LocalDate>? eventDates = null,
        DateInterval? window = null)
    {
        Guard.Against.Null(rule);
        Guard.Against.Null(context);
        Guard.Against.Null(calendar);
        var planYear = context.PlanYear;
        switch (rule)
        {
            case DeadlineRule.Fixed fixedRule:
                return new DeadlineResolution(DeadlineResolutionKind.DueDate, rule, planYear, DeadlineDates.DueDate(fixedRule, planYear), null);
            case DeadlineRule.Continuous:
                return new DeadlineResolution(DeadlineResolutionKind.Continuous, rule, planYear, default, null);
            case DeadlineRule.Recurring recurring:
                return RecurrenceSeries.Resolve(recurring, context, window);
            case DeadlineRule.Relative relative:
                return ResolveRelative(relative, context, calendar, eventDates);
            case DeadlineRule.Milestones milestones:
                return ResolveMilestones(milestones, planYear);
            case DeadlineRule.Unspecified:
            {
                var due = context.DefaultDueDate;
                var details = new ResolutionDetails { Diagnostics = One(Messages.DeadlineDefaultDueDate(due)) };
                return new DeadlineResolution(DeadlineResolutionKind.DefaultDueDate, rule, planYear, due, details);
            }

            case DeadlineRule.Unrecognized unrecognized:
            {
                var details = new ResolutionDetails { Diagnostics = One(Messages.DeadlineNoDueDate(unrecognized.Text)) };
                return new DeadlineResolution(DeadlineResolutionKind.Unrecognized, rule, planYear, default, details);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown deadline kind.");
        }
    }

    /// <summary>
    /// Judges a task at a date: resolves its time limit (see <see cref="Resolve"/>) and gives its standing (see
    /// <see cref="TaskStanding"/>). A pure function of its arguments.
    /// </summary>
    /// <param name="rule">The task's time limit.</param>
    /// <param name="context">The plan year and issue date.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="asOf">The date the standing is for.</param>
    /// <param name="completedOn">When the task was completed, if it was; a later date than <paramref name="asOf"/> is ignored.</param>
    /// <param name="eventDates">The dates of the events relative rules count from; null for none.</param>
    /// <param name="dueSoonDays">The due-soon window in days, at least 0; default 30.</param>
    /// <returns>The standing; its <see cref="TaskStanding.Resolution"/> is the resolution judged against.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/>, <paramref name="context"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueSoonDays"/> is negative.</exception>
    public static TaskStanding StandingAt(
        DeadlineRule rule,
        DeadlineContext context,
        IWorkingDayCalendar calendar,
        LocalDate asOf,
        LocalDate? completedOn = null,
        IReadOnlyDictionary<RelativeEvent, LocalDate>? eventDates = null,
        int dueSoonDays = TaskStanding.DefaultDueSoonDays)
    {
        Guard.Against.Negative(dueSoonDays);
        return Resolve(rule, context, calendar, eventDates).StandingAt(asOf, completedOn, dueSoonDays);
    }

    private static DeadlineResolution ResolveMilestones(DeadlineRule.Milestones rule, int planYear)
    {
        var steps = new MilestoneDueDate[rule.Steps.Count];
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i] = new MilestoneDueDate(rule.Steps[i], DeadlineDates.DueDate(rule.Steps[i].Due, planYear));
        }

        var due = steps[steps.Length - 1].DueDate;
        var later = steps.Take(steps.Length - 1).Where(s => s.DueDate > due).ToList();
        var details = new ResolutionDetails
        {
            Milestones = ValueList<MilestoneDueDate>.Wrap(steps),
            Diagnostics = later.Count == 0 ? ValueList<Diagnostic>.Empty : One(Messages.DeadlineMilestonesOutOfOrder(later[0].DueDate, due)),
        };
        return new DeadlineResolution(DeadlineResolutionKind.Milestones, rule, planYear, due, details);
    }

    private static DeadlineResolution ResolveRelative(
        DeadlineRule.Relative rule,
        DeadlineContext context,
        IWorkingDayCalendar calendar,
        IReadOnlyDictionary<RelativeEvent, LocalDate>? eventDates)
    {
        var planYear = context.PlanYear;
        LocalDate eventDate;
        var fromIssue = false;
        if (eventDates is not null && eventDates.TryGetValue(rule.Event, out var given))
        {
            eventDate = IsoDays.ToIso(given);
        }
        else if (rule.Event == RelativeEvent.PlanIssued && context.IssuedOn is { } issued)
        {
            eventDate = IsoDays.ToIso(issued);
            fromIssue = true;
        }
        else
        {
            var missing = new ResolutionDetails { Event = rule.Event, Diagnostics = One(Messages.DeadlineEventDateUnknown(rule)) };
            return new DeadlineResolution(DeadlineResolutionKind.NeedsEventDate, rule, planYear, default, missing);
        }

        var details = new ResolutionDetails { Event = rule.Event, EventDate = eventDate, EventDateIsIssueDate = fromIssue };
        try
        {
            return rule.Unit == PeriodUnit.WorkingDays
                ? CountWorkingDays(rule, planYear, calendar, eventDate, details)
                : CountCalendarDays(rule, planYear, calendar, eventDate, details);
        }
        catch (CalendarCoverageException e)
        {
            details = details with { UnknownYear = e.Year, Diagnostics = One(Messages.DeadlineOutsideCalendar(e.Year, e.FirstKnownDate, e.LastKnownDate)) };
            return new DeadlineResolution(DeadlineResolutionKind.OutsideCalendar, rule, planYear, default, details);
        }
        catch (ArgumentOutOfRangeException e) when (string.Equals(e.ParamName, "workingDays", StringComparison.Ordinal))
        {
            return PastLastDate(rule, planYear, details);
        }
    }

    private static DeadlineResolution CountWorkingDays(DeadlineRule.Relative rule, int planYear, IWorkingDayCalendar calendar, LocalDate eventDate, ResolutionDetails details)
    {
        var explanation = calendar.ExplainAddWorkingDays(eventDate, rule.Amount);
        details = details with
        {
            WorkingDays = explanation,
            AssumedYears = ValueList<int>.From(explanation.AssumedYears),
            Diagnostics = explanation.UsesAssumedDays ? One(Messages.DeadlineAssumedDays(explanation.AssumedYears)) : ValueList<Diagnostic>.Empty,
        };
        return new DeadlineResolution(DeadlineResolutionKind.DueDate, rule, planYear, explanation.End, details);
    }

    private static DeadlineResolution CountCalendarDays(DeadlineRule.Relative rule, int planYear, IWorkingDayCalendar calendar, LocalDate eventDate, ResolutionDetails details)
    {
        if (!CivilCodePeriods.TryLastDay(eventDate, rule.Amount, rule.Unit, out var lastDay, out var monthEnd))
        {
            return PastLastDate(rule, planYear, details);
        }

        details = details with { UnadjustedDueDate = lastDay, EndsOnMonthEnd = monthEnd };
        var day = calendar.GetDay(lastDay);
        var diagnostics = new List<Diagnostic>();
        var due = lastDay;
        var assumed = new SortedSet<int>();
        if (day.IsAssumed)
        {
            assumed.Add(lastDay.Year);
        }

        if (!day.IsWorkingDay)
        {
            var move = calendar.ExplainAddWorkingDays(lastDay, 1);
            due = move.End;
            assumed.UnionWith(move.AssumedYears);
            details = details with { SkippedDays = ValueList<CalendarDay>.From(new[] { day }.Concat(move.SkippedDays)) };
            diagnostics.Add(Messages.DeadlinePeriodEndMoved(day, due));
        }

        if (assumed.Count > 0)
        {
            diagnostics.Add(Messages.DeadlineAssumedDays(assumed.ToList()));
        }

        details = details with { AssumedYears = ValueList<int>.From(assumed), Diagnostics = ValueList<Diagnostic>.From(diagnostics) };
        return new DeadlineResolution(DeadlineResolutionKind.DueDate, rule, planYear, due, details);
    }

    private static DeadlineResolution PastLastDate(DeadlineRule.Relative rule, int planYear, ResolutionDetails details)
    {
        details = details with { UnadjustedDueDate = null, Diagnostics = One(Messages.DeadlinePastLastDate()) };
        return new DeadlineResolution(DeadlineResolutionKind.OutsideCalendar, rule, planYear, default, details);
    }

    private static ValueList<Diagnostic> One(Diagnostic diagnostic) => ValueList<Diagnostic>.Wrap(new[] { diagnostic });
}
