using NodaTime;

namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// The last day of a period counted in calendar units by the Civil Code (民法典) articles 201 and 202, before article
/// 203 moves it off a rest day. Pure integer arithmetic on ISO dates; allocates nothing.
/// </summary>
internal static class CivilCodePeriods
{
    private const int MaxYear = 9999;

    /// <summary>
    /// Gets the last day of a period of <paramref name="amount"/> <paramref name="unit"/>s after
    /// <paramref name="eventDate"/>: the event day is not counted (art. 201), so n days end on the event day + n and n
    /// weeks on the event day + 7n; n months or years end on the corresponding day of the last month, or on that
    /// month's last day when it has no corresponding day (art. 202: 31 January + 1 month → 28 or 29 February).
    /// </summary>
    /// <param name="eventDate">The event day, ISO.</param>
    /// <param name="amount">The length, at least 1.</param>
    /// <param name="unit">Days, weeks, months or years (not working days).</param>
    /// <param name="lastDay">The period's last day.</param>
    /// <param name="endsOnMonthEnd">Whether art. 202 took the month's last day for want of a corresponding day.</param>
    /// <returns>False when the last day would be after 9999-12-31.</returns>
    public static bool TryLastDay(LocalDate eventDate, int amount, PeriodUnit unit, out LocalDate lastDay, out bool endsOnMonthEnd)
    {
        lastDay = default;
        endsOnMonthEnd = false;
        switch (unit)
        {
            case PeriodUnit.Days:
            case PeriodUnit.Weeks:
            {
                var days = unit == PeriodUnit.Weeks ? 7L * amount : amount;
                var target = Calendars.IsoDays.FromDate(eventDate) + days;
                if (target > Calendars.IsoDays.MaxDayNumber)
                {
                    return false;
                }

                lastDay = Calendars.IsoDays.ToDate((int)target);
                return true;
            }

            case PeriodUnit.Months:
            case PeriodUnit.Years:
            {
                var months = unit == PeriodUnit.Years ? 12L * amount : amount;
                var index = (eventDate.Year * 12L) + (eventDate.Month - 1) + months;
                var year = index >= 0 ? index / 12 : ((index + 1) / 12) - 1; // floor, for years before 1
                if (year > MaxYear)
                {
                    return false;
                }

                var month = (int)(index - (year * 12)) + 1;
                var length = DeadlineDates.DaysInMonth((int)year, month);
                endsOnMonthEnd = eventDate.Day > length;
                lastDay = new LocalDate((int)year, month, endsOnMonthEnd ? length : eventDate.Day);
                return true;
            }

            default:
                throw new System.ArgumentOutOfRangeException(nameof(unit), unit, "Not a calendar-day unit.");
        }
    }
}
