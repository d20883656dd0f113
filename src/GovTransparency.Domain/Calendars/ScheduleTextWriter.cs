using System.Collections.Generic;
using System.Linq;
using System.Text;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Calendars;

/// <summary>
/// Writes schedules in the library's line format: a <c>year</c> line, its <c>source</c> lines, then one line per
/// run of consecutive dates that share a kind and a name (<c>2027-02-14..2027-02-20 holiday 春节</c>).
/// </summary>
internal static class ScheduleTextWriter
{
    public static string Write(IEnumerable<HolidaySchedule> schedules)
    {
        var builder = new StringBuilder();
        foreach (var schedule in schedules.OrderBy(s => s.Year))
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append("year ").Append(Messages.Number(schedule.Year)).Append('\n');
            foreach (var source in schedule.Sources)
            {
                if (ScheduleTextReader.NormalizeText(source) is { } text)
                {
                    builder.Append("source ").Append(text).Append('\n');
                }
            }

            WriteDays(builder, schedule.Days);
        }

        return builder.ToString();
    }

    public static void WriteDays(StringBuilder builder, IReadOnlyList<ScheduledDay> days)
    {
        var i = 0;
        while (i < days.Count)
        {
            var first = days[i];
            var name = ScheduleTextReader.NormalizeText(first.Name);
            var j = i;
            while (j + 1 < days.Count
                && days[j + 1].Date == days[j].Date.PlusDays(1)
                && days[j + 1].IsDayOff == first.IsDayOff
                && string.Equals(ScheduleTextReader.NormalizeText(days[j + 1].Name), name, System.StringComparison.Ordinal))
            {
                j++;
            }

            builder.Append(Messages.IsoDate(first.Date));
            if (j > i)
            {
                builder.Append("..").Append(Messages.IsoDate(days[j].Date));
            }

            builder.Append(first.IsDayOff ? " holiday" : " workday");
            if (name is not null)
            {
                builder.Append(' ').Append(name);
            }

            builder.Append('\n');
            i = j + 1;
        }
    }
}
