using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Calendars;

/// <summary>
/// The working-day calendar of mainland China, built from the State Council General Office's yearly notices on
/// public holidays (国务院办公厅关于部分节假日安排的通知) for 2007 to 2026, embedded in the package.
/// </summary>
/// <remarks>
/// <para>
/// The data comes from the holiday-cn project (github.com/NateScarlet/holiday-cn, MIT licence), which transcribes
/// those notices; each schedule's <see cref="HolidaySchedule.Sources"/> lists the notices' addresses on www.gov.cn.
/// It is read once, lazily and thread-safely, on first use; the package never reads files at run time.
/// </para>
/// <para>
/// Dates outside the known years throw <see cref="CalendarCoverageException"/>; to go further, add the next year's
/// schedule when its notice is published (usually in November) with <see cref="WorkingDayCalendar.ToBuilder"/>, or
/// opt in to <see cref="UnknownYearPolicy.AssumeWeekends"/>.
/// </para>
/// </remarks>
public static class ChinaCalendar
{
    /// <summary>The manifest name of the embedded schedules (the library's line format).</summary>
    internal const string ResourceName = "GovTransparency.Domain.Calendars.Data.china-holidays.txt";

    private static readonly Lazy<WorkingDayCalendar> LazyDefault = CreateLazy();

    /// <summary>
    /// Gets the calendar of mainland China for 2007-01-01 to 2026-12-31, with <see cref="UnknownYearPolicy.Throw"/>.
    /// For the opt-in policy use <c>ChinaCalendar.Default.WithUnknownYearPolicy(UnknownYearPolicy.AssumeWeekends)</c>.
    /// </summary>
    public static WorkingDayCalendar Default => LazyDefault.Value;

    /// <summary>Gets the embedded official schedules, one per year from 2007 to 2026.</summary>
    public static IReadOnlyList<HolidaySchedule> OfficialSchedules => Default.Schedules;

    /// <summary>Creates a fresh lazy loader of the embedded calendar (the default's, and the thread-safety tests').</summary>
    internal static Lazy<WorkingDayCalendar> CreateLazy() =>
        new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Reads the embedded schedules; a failure means the package itself is damaged.</summary>
    internal static WorkingDayCalendar LoadEmbedded()
    {
        using var stream = typeof(ChinaCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded resource " + ResourceName + " is missing; the package is damaged.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        var result = HolidayScheduleParser.ParseText(reader.ReadToEnd());
        if (!result.TryGetValue(out var schedules))
        {
            throw new InvalidOperationException(Messages.EmbeddedScheduleUnreadable(result.Diagnostics));
        }

        return WorkingDayCalendar.Create(schedules, Array.Empty<ScheduledDay>(), UnknownYearPolicy.Throw);
    }
}
