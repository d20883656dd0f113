using System;
using System.Collections.Generic;
using System.Linq;
using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// What a time limit (时限要求) means, as a closed set of kinds, each a nested sealed record holding its data
/// only. No type outside this file can derive from it, so a <c>switch</c> over the kinds that ends with a
/// throwing discard arm is complete, and adding a kind shows every place that must handle it.
/// </summary>
/// <remarks>
/// <para>
/// The verbatim text of a time limit is kept beside the rule (<see cref="Plans.WorkTask.TimeLimitText"/>), never
/// inside it: two spellings of one meaning (年底前, 年内) give equal rules.
/// </para>
/// <para>
/// <see cref="DeadlineText.Parse(string, DeadlineContext)"/> reads a rule from Chinese text;
/// <see cref="ToChineseText"/> writes the canonical phrase back, so that parsing the canonical phrase gives the
/// rule again; <see cref="ToEnglishDescription"/> says what the rule means in English.
/// </para>
/// </remarks>
public abstract record DeadlineRule
{
    private DeadlineRule()
    {
    }

    /// <summary>Gets the broad kind of the rule.</summary>
    public DeadlineKind Kind => KindCore;

    // A record that is not sealed always has a protected copy constructor, through which another assembly could
    // derive a new kind. This member is abstract and invisible outside the assembly, so no outside type can
    // implement it: the set of kinds stays closed.
    private protected abstract DeadlineKind KindCore { get; }

    /// <summary>
    /// Writes the rule as the canonical Chinese phrase: 年底前, 2020年底前, 10月底前, 10月30日前, 上半年, 三季度末前,
    /// 6月上旬前, 6月至7月, 次年1月31日前, 持续推进, 每月25日前, 按月或按季度, 印发后1个月内,
    /// 自收到留言咨询之日起3个工作日内, 7月底前提出方案，10月底前完成; the empty string for
    /// <see cref="Unspecified"/> and the text as written for <see cref="Unrecognized"/>.
    /// </summary>
    /// <returns>
    /// The phrase. For every rule <see cref="DeadlineText.Parse(string, DeadlineContext)"/> can produce, parsing the
    /// phrase gives an equal rule; <see cref="DeadlineText"/> states the scope of that law.
    /// </returns>
    public string ToChineseText() => DeadlineChineseFormatter.Format(this);

    /// <summary>
    /// Says in English what the rule means, for example <c>by 31 October of the plan year</c> or
    /// <c>within 3 working days from 收到留言咨询 (receipt)</c>. Chinese words written in the rule (actions, events,
    /// unrecognised text) are quoted as written.
    /// </summary>
    /// <returns>The description.</returns>
    public string ToEnglishDescription() => DeadlineEnglishFormatter.Describe(this);

    /// <summary>
    /// Gets whether resolving the rule needs the plan year: a date written without its year (年底前, 10月底前, 次年1月31日前,
    /// a span or last milestone ending so), no time limit (the default is the plan year's end), or a recurrence (listed
    /// over the plan year unless a window is given). False for rules whose years are all written out (2020年底前),
    /// relative, continuous and unrecognised rules.
    /// </summary>
    public bool UsesPlanYear => DeadlineDates.UsesPlanYear(this);

    /// <summary>
    /// A rule with exactly one due date, fixed by the calendar and the plan year: year-end, month-end, a date,
    /// a half-year or quarter, a ten-day period (旬), or a range that is due at its end.
    /// </summary>
    public abstract record Fixed : DeadlineRule
    {
        private protected Fixed()
        {
        }

        private protected sealed override DeadlineKind KindCore => DeadlineKind.Fixed;

        /// <summary>
        /// Gets the due date in a plan of year <paramref name="planYear"/>: the last day of the year, month,
        /// half-year, quarter or ten-day period, the date itself, or the end of a span. Pure and allocation-free;
        /// no calendar is involved (working days and holidays do not move a fixed due date).
        /// </summary>
        /// <remarks>
        /// 29 February in a year that has none (a rule written for the plan year, resolved in a common year) falls
        /// due on 28 February, the month's last day, as a period's end does under Civil Code art. 202.
        /// </remarks>
        /// <param name="planYear">
        /// The plan year, <see cref="DeadlineContext.MinPlanYear"/> to <see cref="DeadlineContext.MaxPlanYear"/>.
        /// </param>
        /// <returns>The due date, inclusive: the task is on time if done on or before it.</returns>
        /// <exception cref="ArgumentOutOfRangeException">The plan year is out of range.</exception>
        public LocalDate DueDate(int planYear)
        {
            Guard.Against.OutOfRange(planYear, DeadlineContext.MinPlanYear, DeadlineContext.MaxPlanYear);
            return DeadlineDates.DueDate(this, planYear);
        }
    }

    /// <summary>By the end of a year: 年底前, 年内, 年末, 2020年底前 → 31 December.</summary>
    /// <param name="Year">The year: the plan year unless written out.</param>
    public sealed record ByYearEnd(RuleYear Year) : Fixed;

    /// <summary>By the end of a month: 10月底前, 2020年9月底前 → the last day of that month.</summary>
    public sealed record ByMonthEnd : Fixed
    {
        /// <summary>Creates the rule.</summary>
        /// <param name="year">The year: the plan year unless written out.</param>
        /// <param name="month">The month, 1 to 12.</param>
        public ByMonthEnd(RuleYear year, int month)
        {
            Year = year;
            Month = Guard.Against.OutOfRange(month, 1, 12);
        }

        /// <summary>Gets the year.</summary>
        public RuleYear Year { get; }

        /// <summary>Gets the month, 1 to 12.</summary>
        public int Month { get; }
    }

    /// <summary>By a date: 10月30日前, 于10月30日前, 9月30日之前 → that date (inclusive).</summary>
    public sealed record ByDate : Fixed
    {
        /// <summary>Creates the rule.</summary>
        /// <param name="year">The year: the plan year unless written out.</param>
        /// <param name="month">The month, 1 to 12.</param>
        /// <param name="day">The day of the month, 1 to 31; checked against the month when resolved.</param>
        public ByDate(RuleYear year, int month, int day)
        {
            Year = year;
            Month = Guard.Against.OutOfRange(month, 1, 12);
            Day = Guard.Against.OutOfRange(day, 1, MaxDay(month));
        }

        /// <summary>Gets the year.</summary>
        public RuleYear Year { get; }

        /// <summary>Gets the month, 1 to 12.</summary>
        public int Month { get; }

        /// <summary>Gets the day of the month.</summary>
        public int Day { get; }
    }

    /// <summary>By the end of a half-year or quarter: 上半年 → 30 June, 三季度末前 → 30 September.</summary>
    /// <param name="Year">The year: the plan year unless written out.</param>
    /// <param name="Period">The half-year or quarter.</param>
    public sealed record ByPeriodEnd(RuleYear Year, YearPeriod Period) : Fixed
    {
        /// <summary>Gets the half-year or quarter.</summary>
        public YearPeriod Period { get; } = Period is >= YearPeriod.FirstHalf and <= YearPeriod.FourthQuarter
            ? Period
            : throw new ArgumentOutOfRangeException(nameof(Period), Period, "Value is not a defined YearPeriod.");
    }

    /// <summary>By the end of a third of a month (旬): 6月上旬 → 10 June, 中旬 → the 20th, 下旬 → the month's end.</summary>
    public sealed record ByTenDayPeriodEnd : Fixed
    {
        /// <summary>Creates the rule.</summary>
        /// <param name="year">The year: the plan year unless written out.</param>
        /// <param name="month">The month, 1 to 12.</param>
        /// <param name="part">Which third of the month.</param>
        public ByTenDayPeriodEnd(RuleYear year, int month, TenDayPeriod part)
        {
            Year = year;
            Month = Guard.Against.OutOfRange(month, 1, 12);
            Part = part is >= TenDayPeriod.Early and <= TenDayPeriod.Late
                ? part
                : throw new ArgumentOutOfRangeException(nameof(part), part, "Value is not a defined TenDayPeriod.");
        }

        /// <summary>Gets the year.</summary>
        public RuleYear Year { get; }

        /// <summary>Gets the month, 1 to 12.</summary>
        public int Month { get; }

        /// <summary>Gets which third of the month.</summary>
        public TenDayPeriod Part { get; }
    }

    /// <summary>
    /// A span of time due at its end: 6月至7月 → 31 July; 2022年11—12月 → 31 December 2022; 2021—2025年 →
    /// 31 December 2025. The start is kept for display and validation.
    /// </summary>
    public sealed record Spanning : Fixed
    {
        /// <summary>Creates the rule.</summary>
        /// <param name="start">When the span starts, as the fixed rule of its first period; not itself a span.</param>
        /// <param name="end">When the span ends, whose end is the due date; not itself a span.</param>
        /// <exception cref="ArgumentException">The start or end is itself a span.</exception>
        public Spanning(Fixed start, Fixed end)
        {
            Start = Guard.Against.Null(start);
            End = Guard.Against.Null(end);
            if (start is Spanning)
            {
                throw new ArgumentException("The start of a span cannot itself be a span.", nameof(start));
            }

            if (end is Spanning)
            {
                throw new ArgumentException("The end of a span cannot itself be a span.", nameof(end));
            }
        }

        /// <summary>Gets the first period of the span.</summary>
        public Fixed Start { get; }

        /// <summary>Gets the last period of the span, whose end is the due date.</summary>
        public Fixed End { get; }
    }

    /// <summary>No due date: 持续推进 (keep pushing on), 长期坚持 (keep up long-term), 常态化 (as routine), 长期.</summary>
    public sealed record Continuous : DeadlineRule
    {
        private protected override DeadlineKind KindCore => DeadlineKind.Continuous;
    }

    /// <summary>
    /// A series of due dates, one in each period: 每月, 按季度, 每年; with a day inside the period when written
    /// (每月25日前, 每年3月31日前); 按月或按季度 gives a frequency and an alternative.
    /// </summary>
    public sealed record Recurring : DeadlineRule
    {
        /// <summary>Creates the rule.</summary>
        /// <param name="frequency">How often the task falls due.</param>
        /// <param name="dueMonth">For yearly and half-yearly rules, the month of the period's due day; else null.</param>
        /// <param name="dueDay">The day of the month of each due date (每月25日前 → 25); null means the period's end.</param>
        /// <param name="alternative">A second frequency the plan allows (按月或按季度 → quarterly); null when none.</param>
        public Recurring(RecurrenceFrequency frequency, int? dueMonth = null, int? dueDay = null, RecurrenceFrequency? alternative = null)
        {
            Frequency = IsDefined(frequency)
                ? frequency
                : throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Value is not a defined RecurrenceFrequency.");
            if (dueMonth is { } m)
            {
                Guard.Against.OutOfRange(m, 1, 12, nameof(dueMonth));
            }

            if (dueDay is { } d)
            {
                Guard.Against.OutOfRange(d, 1, dueMonth is { } month ? MaxDay(month) : 31, nameof(dueDay));
            }

            if (alternative is { } a && !IsDefined(a))
            {
                throw new ArgumentOutOfRangeException(nameof(alternative), a, "Value is not a defined RecurrenceFrequency.");
            }

            DueMonth = dueMonth;
            DueDay = dueDay;
            Alternative = alternative;
        }

        private protected override DeadlineKind KindCore => DeadlineKind.Recurring;

        /// <summary>Gets how often the task falls due.</summary>
        public RecurrenceFrequency Frequency { get; }

        /// <summary>Gets the month of the due day for yearly rules (每年3月31日前 → 3), or null.</summary>
        public int? DueMonth { get; }

        /// <summary>Gets the day of the month of each due date, or null for the period's last day.</summary>
        public int? DueDay { get; }

        /// <summary>Gets a second frequency the plan allows (按月或按季度), or null.</summary>
        public RecurrenceFrequency? Alternative { get; }
    }

    /// <summary>
    /// Counted from an event: 印发后一个月内 (within a month of issue), 自收到留言咨询之日起3个工作日内 (within 3
    /// working days of receiving a message), 批复后20日内. The day of the event is not counted (Civil Code art. 201).
    /// </summary>
    public sealed record Relative : DeadlineRule
    {
        /// <summary>Creates the rule.</summary>
        /// <param name="event">The event counted from.</param>
        /// <param name="amount">How many units, at least 1.</param>
        /// <param name="unit">The unit: days, working days, weeks, months or years.</param>
        /// <param name="eventText">
        /// The event as written when it says more than the bare verb (收到留言咨询, 本通知印发, 批准), or null (印发,
        /// 收到, 批复). Required for <see cref="RelativeEvent.Other"/>; must be null for
        /// <see cref="RelativeEvent.Unnamed"/>.
        /// </param>
        /// <exception cref="ArgumentException">An unnamed event with a text, or an other event without one.</exception>
        public Relative(RelativeEvent @event, int amount, PeriodUnit unit, string? eventText = null)
        {
            Event = @event is >= RelativeEvent.Unnamed and <= RelativeEvent.Other
                ? @event
                : throw new ArgumentOutOfRangeException(nameof(@event), @event, "Value is not a defined RelativeEvent.");
            Amount = Guard.Against.OutOfRange(amount, 1, 100_000);
            Unit = unit is >= PeriodUnit.Days and <= PeriodUnit.Years
                ? unit
                : throw new ArgumentOutOfRangeException(nameof(unit), unit, "Value is not a defined PeriodUnit.");
            EventText = string.IsNullOrWhiteSpace(eventText) ? null : eventText;
            if (@event == RelativeEvent.Unnamed && EventText is not null)
            {
                throw new ArgumentException("An unnamed event has no text; use RelativeEvent.Other.", nameof(eventText));
            }

            if (@event == RelativeEvent.Other && EventText is null)
            {
                throw new ArgumentException("An other event needs its text.", nameof(eventText));
            }
        }

        private protected override DeadlineKind KindCore => DeadlineKind.Relative;

        /// <summary>Gets the event counted from.</summary>
        public RelativeEvent Event { get; }

        /// <summary>Gets how many units the period lasts.</summary>
        public int Amount { get; }

        /// <summary>Gets the unit of the period.</summary>
        public PeriodUnit Unit { get; }

        /// <summary>
        /// Gets the event as written (white space removed, the traditional forms of the phrase's key words
        /// simplified), such as 收到留言咨询 or 本通知印发; null when the text has only the bare verb or no event.
        /// </summary>
        public string? EventText { get; }
    }

    /// <summary>
    /// Several steps, each with its own date: 7月底前提出方案，10月底前完成 (a proposal by the end of July,
    /// completion by the end of October). The last step's date is the task's due date.
    /// </summary>
    public sealed record Milestones : DeadlineRule
    {
        private readonly ValueList<Milestone> _steps;

        /// <summary>Creates the rule.</summary>
        /// <param name="steps">The steps in the order written; at least one.</param>
        public Milestones(IEnumerable<Milestone> steps)
        {
            _steps = ValueList<Milestone>.From(Guard.Against.NullOrContainsNull(steps));
            if (_steps.Count == 0)
            {
                throw new ArgumentException("At least one milestone is required.", nameof(steps));
            }
        }

        private protected override DeadlineKind KindCore => DeadlineKind.Milestones;

        /// <summary>Gets the steps in the order written.</summary>
        public IReadOnlyList<Milestone> Steps => _steps;

        /// <summary>Gets the last step, whose date is the task's due date.</summary>
        public Milestone Last => _steps[_steps.Count - 1];
    }

    /// <summary>No time limit was written. The plan's default applies: the end of the plan year.</summary>
    public sealed record Unspecified : DeadlineRule
    {
        /// <summary>One shared value for the library's own defaults; a rule has no state, so every instance is equal.</summary>
        internal static readonly Unspecified Instance = new();

        private protected override DeadlineKind KindCore => DeadlineKind.Unspecified;
    }

    /// <summary>Text that could not be read as a time limit, kept verbatim; it has no due date.</summary>
    public sealed record Unrecognized : DeadlineRule
    {
        /// <summary>Creates the rule.</summary>
        /// <param name="text">The text as written.</param>
        public Unrecognized(string text) => Text = Guard.Against.Null(text);

        private protected override DeadlineKind KindCore => DeadlineKind.Unrecognized;

        /// <summary>Gets the text as written.</summary>
        public string Text { get; }
    }

    // Range checks rather than Guard.Against.UndefinedEnum (Enum.IsDefined boxes and reflects): the parser builds
    // these rules on its hot path. The enums are contiguous; a test pins that.
    private static bool IsDefined(RecurrenceFrequency frequency) =>
        frequency is >= RecurrenceFrequency.Daily and <= RecurrenceFrequency.Yearly;

    internal static int MaxDay(int month) => month switch
    {
        2 => 29,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
