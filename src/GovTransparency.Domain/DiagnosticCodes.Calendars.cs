namespace GovTransparency.Domain;

/// <summary>Codes GT03xx: reading holiday schedules (放假安排) and extra calendar days supplied by users.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>GT0301 (error): the schedule text is not well-formed JSON (for example truncated).</summary>
    public const string ScheduleJsonMalformed = "GT0301";

    /// <summary>
    /// GT0302 (error): the schedule does not say which year it is for (no <c>year</c> in the JSON; no
    /// <c>year YYYY</c> line before the first day in the line format).
    /// </summary>
    public const string ScheduleYearMissing = "GT0302";

    /// <summary>GT0303 (error): the schedule's year is not a whole number from 1 to 9998.</summary>
    public const string ScheduleYearInvalid = "GT0303";

    /// <summary>
    /// GT0304 (error): a part of a holiday-cn JSON schedule has the wrong shape: <c>days</c> is not a list of
    /// objects, a day lacks <c>date</c> or <c>isOffDay</c> or has a value of the wrong type, or <c>papers</c> is not
    /// a list of strings.
    /// </summary>
    public const string ScheduleEntryInvalid = "GT0304";

    /// <summary>GT0305 (error): a date is not a real date written as YYYY-MM-DD (for example 2027-02-30).</summary>
    public const string ScheduleDateInvalid = "GT0305";

    /// <summary>
    /// GT0306 (error): a schedule for year Y lists a date outside Y - 1 to Y + 1 (a notice only sets days of its own
    /// year and the turn of the year next to it).
    /// </summary>
    public const string ScheduleDateOutsideYear = "GT0306";

    /// <summary>GT0307 (error): the same date is listed twice, once as a day off and once as a working day, or with two names.</summary>
    public const string ScheduleDateConflict = "GT0307";

    /// <summary>GT0308 (warning): the same date is listed twice with the same meaning; it is kept once.</summary>
    public const string ScheduleDateRepeated = "GT0308";

    /// <summary>GT0309 (error): a line of the line format is neither a comment, a directive nor a day.</summary>
    public const string ScheduleLineUnrecognized = "GT0309";

    /// <summary>GT0310 (error): one text holds two schedules for the same year.</summary>
    public const string ScheduleYearRepeated = "GT0310";

    /// <summary>GT0311 (error): a range of dates ends before it starts (<c>2027-02-10..2027-02-03</c>).</summary>
    public const string ScheduleRangeReversed = "GT0311";

    /// <summary>GT0312 (warning): a range of dates is longer than a month, which no holiday is; check for a typo.</summary>
    public const string ScheduleRangeLong = "GT0312";

    /// <summary>GT0313 (warning): a year's schedule lists no days at all, so the year is all ordinary weeks.</summary>
    public const string ScheduleHasNoDays = "GT0313";

    /// <summary>
    /// GT0314 (error): a list of extra days (regional holidays, extra working days) contains a <c>year</c> or
    /// <c>source</c> line, which belong to a year's schedule.
    /// </summary>
    public const string ExtraDaysHaveYear = "GT0314";

    /// <summary>GT0315 (error): a day line's kind is neither <c>holiday</c> (休) nor <c>workday</c> (班).</summary>
    public const string ScheduleDayKindUnknown = "GT0315";

    /// <summary>
    /// GT0316 (error): a range of dates is longer than a year (366 days), which no schedule or list of extra days
    /// means; the range is not read (a short line must not expand into millions of days).
    /// </summary>
    public const string ScheduleRangeTooLong = "GT0316";
}
