namespace GovTransparency.Domain;

/// <summary>Codes GT0401–GT0499: time limits (时限要求) and the deadlines inside requirement texts.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>
    /// GT0401 (info): no time limit is written (an empty 时限要求 cell); the plan's default, the end of the plan
    /// year, applies.
    /// </summary>
    public const string DeadlineNotSpecified = "GT0401";

    /// <summary>GT0402 (warning): the text could not be read as a time limit; it is kept verbatim as unrecognised.</summary>
    public const string DeadlineNotRecognized = "GT0402";

    /// <summary>
    /// GT0403 (warning): the time limit names a date, month, quarter or year that does not exist (2月30日前, 13月底前,
    /// 1030日前); the text is kept verbatim as unrecognised.
    /// </summary>
    public const string DeadlineInvalidDate = "GT0403";

    /// <summary>
    /// GT0404 (warning): 上旬 / 中旬 / 下旬 (the first, middle or last ten days of a month) is written without the month;
    /// the text is kept verbatim as unrecognised.
    /// </summary>
    public const string DeadlineTenDayPeriodWithoutMonth = "GT0404";

    /// <summary>
    /// GT0405 (info): words after a continuous, recurring or relative time limit (按月公开 → 公开) are not part of the
    /// rule; the rule was read without them.
    /// </summary>
    public const string DeadlineWordsIgnored = "GT0405";

    // ---- GT0420–GT0449: resolving time limits into due dates (DeadlineResolver) ----

    /// <summary>
    /// GT0420 (info): no time limit is written, so the due date is the plan's default, 31 December of the plan year;
    /// it is not a date the plan states.
    /// </summary>
    public const string DeadlineDefaultDueDate = "GT0420";

    /// <summary>
    /// GT0421 (info): the time limit counts from an event whose date is not known (the plan's issue date, the day a
    /// request was received …); there is no due date until the date is given.
    /// </summary>
    public const string DeadlineEventDateUnknown = "GT0421";

    /// <summary>
    /// GT0422 (warning): counting the time limit reaches a year whose official holiday schedule the working-day
    /// calendar does not know; there is no due date. Add the year's schedule, or opt in to assuming plain weeks.
    /// </summary>
    public const string DeadlineOutsideCalendar = "GT0422";

    /// <summary>
    /// GT0423 (warning): the due date relies on days of a year whose official holiday schedule is unknown, which the
    /// calendar assumed to be plain Monday–Friday weeks (UnknownYearPolicy.AssumeWeekends); it may change when the
    /// year's schedule is published.
    /// </summary>
    public const string DeadlineAssumedDays = "GT0423";

    /// <summary>GT0424 (warning): counting the time limit goes past 9999-12-31, the last date supported; there is no due date.</summary>
    public const string DeadlinePastLastDate = "GT0424";

    /// <summary>
    /// GT0425 (info): the time limit allows two frequencies (按月或按季度); the stricter, more frequent one is followed.
    /// </summary>
    public const string DeadlineStricterFrequency = "GT0425";

    /// <summary>
    /// GT0426 (warning): an earlier step of a milestones time limit falls due after the last step, whose date is the
    /// task's due date; check the order of the steps.
    /// </summary>
    public const string DeadlineMilestonesOutOfOrder = "GT0426";

    /// <summary>
    /// GT0427 (warning): the window holds more occurrences of a recurring time limit than are listed (10,000); the
    /// series is cut short.
    /// </summary>
    public const string DeadlineSeriesTruncated = "GT0427";

    /// <summary>GT0428 (warning): the time limit was not understood, so the task has no due date; its text is kept as written.</summary>
    public const string DeadlineNoDueDate = "GT0428";

    /// <summary>
    /// GT0429 (info): the last day of a period counted in days, weeks, months or years is a rest day (a weekend or a
    /// statutory holiday), so the period ends on the first working day after it (Civil Code art. 203).
    /// </summary>
    public const string DeadlinePeriodEndMoved = "GT0429";
}
