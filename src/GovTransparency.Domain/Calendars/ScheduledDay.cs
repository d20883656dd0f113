using NodaTime;

namespace GovTransparency.Domain.Calendars;

/// <summary>
/// One day that a holiday notice (放假安排) or a user sets explicitly: a day off (放假, for example 春节) or a day of
/// work (上班, typically a weekend turned working day, 调休).
/// </summary>
/// <param name="Date">The date (ISO calendar).</param>
/// <param name="IsDayOff">True for a day off (a statutory or regional holiday); false for a working day.</param>
/// <param name="Name">
/// For a day off, the holiday it belongs to (春节, 国庆节, 中秋节、国庆节, a regional festival …); for a working day,
/// the holiday it makes up for. Null when not given.
/// </param>
public readonly record struct ScheduledDay(LocalDate Date, bool IsDayOff, string? Name)
{
    /// <summary>Creates a day off.</summary>
    /// <param name="date">The date.</param>
    /// <param name="name">The holiday it belongs to (for example 春节, or a regional festival such as 壮族三月三).</param>
    /// <returns>The day.</returns>
    public static ScheduledDay Holiday(LocalDate date, string? name) => new(date, true, name);

    /// <summary>Creates a working day (for example a weekend turned working day, 调休上班).</summary>
    /// <param name="date">The date.</param>
    /// <param name="name">The holiday it makes up for, if any.</param>
    /// <returns>The day.</returns>
    public static ScheduledDay WorkingDay(LocalDate date, string? name) => new(date, false, name);
}
