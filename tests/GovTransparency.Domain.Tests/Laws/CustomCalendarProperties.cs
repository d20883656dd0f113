using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Tests.Calendars;
using GovTransparency.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Laws;

/// <summary>
/// The laws of working-day arithmetic hold for a calendar built with <see cref="WorkingDayCalendarBuilder"/> too: the
/// embedded calendar with random extra holidays and extra working days (a later one for the same date wins) agrees
/// with a day-by-day model made of the holiday-cn data and the same extra days.
/// </summary>
public class CustomCalendarProperties
{
    private static readonly LocalDate First = new(2007, 1, 1);

    /// <summary>A custom calendar: 0 to 40 extra days anywhere in 2007–2026, each a holiday or a working day.</summary>
    private static readonly Gen<(WorkingDayCalendar Calendar, Dictionary<LocalDate, bool> Working)> Calendars =
        from extras in Gen.Zip(Gen.Choose(0, 7304), Gen.Elements(true, false)).ListOf().Select(l => l.Take(40).ToList())
        select Build(extras);

    /// <summary>A date from June 2007 to June 2026, so that 60 working days either way stay inside the known years.</summary>
    private static readonly Gen<LocalDate> Dates = Gen.Choose(150, 7304 - 200).Select(i => First.PlusDays(i));

    [Fact]
    public void AddWorkingDays_of_a_built_calendar_agrees_with_stepping_through_its_days()
    {
        var cases = from c in Calendars from date in Dates from n in Gen.Choose(-60, 60) select (c.Calendar, c.Working, date, n);
        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
            c.Calendar.AddWorkingDays(c.date, c.n) == Step(c.Working, c.date, c.n)), maxTest: 300);
    }

    [Fact]
    public void Counting_between_two_dates_then_adding_the_count_gives_the_later_date_when_it_is_a_working_day()
    {
        var cases = from c in Calendars from date in Dates from days in Gen.Choose(0, 120) select (c.Calendar, c.Working, date, end: date.PlusDays(days));
        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var count = c.Calendar.WorkingDaysBetween(c.date, c.end);
            var expected = Enumerable.Range(1, Period.Between(c.date, c.end, PeriodUnits.Days).Days)
                .Count(i => IsWorking(c.Working, c.date.PlusDays(i)));
            return count == expected
                && c.Calendar.IsWorkingDay(c.end) == IsWorking(c.Working, c.end)
                && (!IsWorking(c.Working, c.end) || !IsWorking(c.Working, c.date) || c.Calendar.AddWorkingDays(c.date, count) == c.end);
        }), maxTest: 300);
    }

    [Fact]
    public void Next_and_previous_working_days_of_a_built_calendar_are_its_neighbouring_working_days()
    {
        var cases = from c in Calendars from date in Dates select (c.Calendar, c.Working, date);
        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
            c.Calendar.NextWorkingDay(c.date) == Step(c.Working, c.date, 1)
            && c.Calendar.PreviousWorkingDay(c.date) == Step(c.Working, c.date, -1)), maxTest: 300);
    }

    private static (WorkingDayCalendar, Dictionary<LocalDate, bool>) Build(List<(int Offset, bool Holiday)> extras)
    {
        var builder = new WorkingDayCalendarBuilder(ChinaCalendar.Default);
        var working = new Dictionary<LocalDate, bool>();
        foreach (var (offset, holiday) in extras)
        {
            var date = First.PlusDays(offset);
            if (holiday)
            {
                builder.AddHoliday(date, "地方节日");
            }
            else
            {
                builder.AddWorkingDay(date, "调休");
            }

            working[date] = !holiday;
        }

        return (builder.Build(), working);
    }

    private static bool IsWorking(Dictionary<LocalDate, bool> extras, LocalDate date) =>
        extras.TryGetValue(date, out var working) ? working : HolidayCnFixtures.IsWorkingDay(date);

    private static LocalDate Step(Dictionary<LocalDate, bool> extras, LocalDate date, int n)
    {
        var step = n >= 0 ? 1 : -1;
        for (var left = n < 0 ? -n : n; left > 0;)
        {
            date = date.PlusDays(step);
            if (IsWorking(extras, date))
            {
                left--;
            }
        }

        return date;
    }
}
