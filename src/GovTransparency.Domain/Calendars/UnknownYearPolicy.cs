namespace GovTransparency.Domain.Calendars;

/// <summary>
/// What a <see cref="WorkingDayCalendar"/> does with a date whose year has no loaded holiday schedule (放假安排),
/// for example a year whose State Council notice is not published yet.
/// </summary>
public enum UnknownYearPolicy
{
    /// <summary>
    /// The default: any query that reaches an unknown year throws <see cref="CalendarCoverageException"/>, which names
    /// the year and says how to add its schedule. The calendar never guesses.
    /// </summary>
    Throw = 0,

    /// <summary>
    /// Opt-in: an unknown year is treated as plain Monday–Friday working weeks with Saturday and Sunday off, and
    /// every such day says so (<see cref="CalendarDay.IsAssumed"/>, explanations, <see cref="WorkingDayCalendar.UnknownYears"/>).
    /// Days a user or a neighbouring year's notice listed explicitly are still used as listed.
    /// </summary>
    AssumeWeekends = 1,
}
