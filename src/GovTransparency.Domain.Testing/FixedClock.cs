using System;
using GovTransparency.Domain.Testing.Internal;
using NodaTime;

namespace GovTransparency.Domain.Testing;

/// <summary>
/// A NodaTime <see cref="IClock"/> for tests: it shows one instant, which moves only when the test says so
/// (<see cref="Advance"/>, <see cref="AdvanceDays"/>, <see cref="Reset"/>). Pass it where your code takes an
/// <see cref="IClock"/> (in production, <see cref="SystemClock.Instance"/>), and the "today" your code computes is
/// the date the test chose. Thread-safe: every member may be called from several threads at once.
/// </summary>
/// <remarks>
/// <para>
/// The library's deadlines are dates in China Standard Time (Asia/Shanghai, UTC+8 all year, no daylight saving since
/// 1991). <see cref="AtBeijingDate"/> starts the clock at midnight Beijing time, which is 16:00 UTC the day before:
/// code that takes "today" from the UTC date or the machine's time zone instead of Beijing time sees the previous
/// day, so the mistake shows in the test instead of in production at 8 a.m.
/// </para>
/// <para>NodaTime.Testing's <c>FakeClock</c> is the model; this one adds the Beijing-date helpers the library's APIs want.</para>
/// </remarks>
/// <example>
/// <code>
/// var clock = FixedClock.AtBeijingDate(new LocalDate(2021, 10, 13));
/// var dashboard = new SupervisionDashboard(clock, TestCalendars.WeekendsOnly);
/// clock.AdvanceDays(7);                       // a week later
/// var today = clock.TodayInBeijing;           // 2021-10-20
/// </code>
/// </example>
public sealed class FixedClock : IClock
{
    // More days than lie between NodaTime's first and last instants (about 7.3 million): always out of range.
    private const int MaxDays = 7_400_000;

    private readonly object _gate = new();
    private Instant _now;

    /// <summary>Creates a clock showing <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant the clock shows until it is moved.</param>
    public FixedClock(Instant instant) => _now = instant;

    /// <summary>
    /// Gets China Standard Time (Asia/Shanghai) from NodaTime's embedded time-zone database: the zone in which the
    /// library's dates are meant (UTC+8, no daylight saving since 1991).
    /// </summary>
    public static DateTimeZone BeijingTimeZone => DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Gets the date the clock shows in Beijing time: the as-of date the library's APIs take.</summary>
    public LocalDate TodayInBeijing => Today(BeijingTimeZone);

    /// <summary>Creates a clock at the start (00:00) of <paramref name="date"/> in Beijing time.</summary>
    /// <param name="date">The date in Beijing; a date of another calendar system is converted to the ISO calendar.</param>
    /// <returns>A clock whose <see cref="TodayInBeijing"/> is <paramref name="date"/>.</returns>
    public static FixedClock AtBeijingDate(LocalDate date) =>
        new(BeijingTimeZone.AtStartOfDay(date.WithCalendar(CalendarSystem.Iso)).ToInstant());

    /// <summary>Creates a clock at a date and time of day in Beijing time.</summary>
    /// <param name="dateTime">The local date and time in Beijing, for example 2021-10-13T17:30.</param>
    /// <returns>The clock.</returns>
    public static FixedClock AtBeijingTime(LocalDateTime dateTime) =>
        new(dateTime.WithCalendar(CalendarSystem.Iso).InZoneStrictly(BeijingTimeZone).ToInstant());

    /// <summary>Creates a clock at the start of <paramref name="date"/> in <paramref name="zone"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="zone">The time zone the date is meant in.</param>
    /// <returns>A clock whose <see cref="Today"/> in <paramref name="zone"/> is <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static FixedClock AtDate(LocalDate date, DateTimeZone zone) =>
        new(Require.NotNull(zone, nameof(zone)).AtStartOfDay(date.WithCalendar(CalendarSystem.Iso)).ToInstant());

    /// <summary>Gets the instant the clock shows.</summary>
    /// <returns>The current instant of the test.</returns>
    public Instant GetCurrentInstant()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <summary>Gets the date the clock shows in <paramref name="zone"/>.</summary>
    /// <param name="zone">The time zone, for example <see cref="BeijingTimeZone"/>.</param>
    /// <returns>The local date at the clock's instant in that zone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public LocalDate Today(DateTimeZone zone)
    {
        Require.NotNull(zone, nameof(zone));
        return GetCurrentInstant().InZone(zone).Date;
    }

    /// <summary>Moves the clock by <paramref name="duration"/> (back when negative).</summary>
    /// <param name="duration">How far to move.</param>
    /// <returns>This clock, so moves can be chained.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The clock would move outside the instants NodaTime supports.</exception>
    public FixedClock Advance(Duration duration)
    {
        lock (_gate)
        {
            // Compared before adding, so the sum itself can never overflow.
            if (duration > Instant.MaxValue - _now || duration < Instant.MinValue - _now)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(duration), "The clock would move outside the instants NodaTime supports.");
            }

            _now += duration;
        }

        return this;
    }

    /// <summary>
    /// Moves the clock by whole days of 24 hours (back when negative). In Beijing time, which has no daylight saving,
    /// that is exactly <paramref name="days"/> calendar days at the same time of day.
    /// </summary>
    /// <param name="days">How many days to move.</param>
    /// <returns>This clock.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The clock would move outside the instants NodaTime supports.</exception>
    public FixedClock AdvanceDays(int days)
    {
        if (Math.Abs((long)days) > MaxDays)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "The clock would move outside the instants NodaTime supports.");
        }

        try
        {
            return Advance(Duration.FromDays(days));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "The clock would move outside the instants NodaTime supports.");
        }
    }

    /// <summary>Sets the clock to <paramref name="instant"/>.</summary>
    /// <param name="instant">The new instant.</param>
    /// <returns>This clock.</returns>
    public FixedClock Reset(Instant instant)
    {
        lock (_gate)
        {
            _now = instant;
        }

        return this;
    }

    /// <summary>Describes the clock for test output.</summary>
    /// <returns>For example <c>FixedClock 2021-10-12T16:00:00Z (2021-10-13 in Beijing)</c>.</returns>
    public override string ToString()
    {
        var now = GetCurrentInstant();
        return "FixedClock " + now.ToString("g", System.Globalization.CultureInfo.InvariantCulture)
            + " (" + now.InZone(BeijingTimeZone).Date.ToString("uuuu'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture)
            + " in Beijing)";
    }
}
