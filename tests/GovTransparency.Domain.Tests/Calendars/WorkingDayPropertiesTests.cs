using FsCheck;
using FsCheck.Fluent;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Calendars;

/// <summary>The laws of working-day arithmetic, checked with FsCheck against the embedded calendar and a day-by-day model of the data.</summary>
public class WorkingDayPropertiesTests
{
    private static readonly WorkingDayCalendar China = ChinaCalendar.Default;
    private static readonly WorkingDayCalendar Assuming = ChinaCalendar.Default.WithUnknownYearPolicy(UnknownYearPolicy.AssumeWeekends);
    private static readonly LocalDate First = new(2007, 1, 1);
    private static readonly LocalDate Last = new(2026, 12, 31);

    /// <summary>Any date of the known range.</summary>
    private static readonly Gen<LocalDate> AnyDate = Gen.Choose(0, 7304).Select(i => First.PlusDays(i));

    /// <summary>A working date of the known range, by the data.</summary>
    private static readonly Gen<LocalDate> WorkingDate = AnyDate.Where(HolidayCnFixtures.IsWorkingDay);

    [Fact]
    public void Adding_the_count_between_two_working_days_goes_from_one_to_the_other()
    {
        var pairs = Gen.Zip(WorkingDate, WorkingDate).Select(p => p.Item1 <= p.Item2 ? p : (p.Item2, p.Item1));

        Properties.Check(Prop.ForAll(pairs.ToArbitrary(), p =>
            China.AddWorkingDays(p.Item1, China.WorkingDaysBetween(p.Item1, p.Item2)) == p.Item2));
    }

    [Fact]
    public void Adding_then_subtracting_returns_to_a_working_day()
    {
        var cases = Gen.Zip(WorkingDate, Gen.Choose(-3000, 3000)).Select(c => (c.Item1, Clamp(c.Item1, c.Item2)));

        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
            China.AddWorkingDays(China.AddWorkingDays(c.Item1, c.Item2), -c.Item2) == c.Item1));
    }

    [Fact]
    public void Results_are_always_working_days()
    {
        var cases = Gen.Zip(AnyDate, Gen.Choose(-3000, 3000).Where(n => n != 0)).Select(c => (c.Item1, Clamp(c.Item1, c.Item2)))
            .Where(c => c.Item2 != 0);

        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var result = China.AddWorkingDays(c.Item1, c.Item2);
            return HolidayCnFixtures.IsWorkingDay(result) && China.IsWorkingDay(result);
        }));
    }

    [Fact]
    public void AddWorkingDays_agrees_with_stepping_day_by_day_through_the_data()
    {
        var cases = Gen.Zip(AnyDate, Gen.Choose(-60, 60)).Select(c => (c.Item1, Clamp(c.Item1, c.Item2)));

        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
            China.AddWorkingDays(c.Item1, c.Item2) == Step(c.Item1, c.Item2)));
    }

    [Fact]
    public void WorkingDaysBetween_agrees_with_counting_day_by_day_through_the_data()
    {
        var pairs = Gen.Zip(AnyDate, Gen.Choose(-400, 400)).Select(p => (p.Item1, Min(Max(p.Item1.PlusDays(p.Item2), First), Last)));

        Properties.Check(Prop.ForAll(pairs.ToArbitrary(), p =>
            China.WorkingDaysBetween(p.Item1, p.Item2) == Count(p.Item1, p.Item2)));
    }

    [Fact]
    public void Next_and_previous_are_adding_one_and_minus_one()
    {
        var dates = AnyDate.Where(d => d > First.PlusDays(30) && d < Last.PlusDays(-30));

        Properties.Check(Prop.ForAll(dates.ToArbitrary(), d =>
            China.NextWorkingDay(d) == Step(d, 1) && China.PreviousWorkingDay(d) == Step(d, -1)));
    }

    [Fact]
    public void Assuming_weekends_every_date_of_1900_to_2200_has_the_kind_of_the_data_or_of_a_plain_week()
    {
        var dates = Gen.Choose(0, 110_000).Select(i => new LocalDate(1900, 1, 1).PlusDays(i));

        Properties.Check(Prop.ForAll(dates.ToArbitrary(), d =>
        {
            var day = Assuming.GetDay(d);
            var inRange = d >= First && d <= Last;
            return day.Kind == HolidayCnFixtures.Expected(d).Kind
                && day.IsAssumed == (!inRange && !HolidayCnFixtures.All.ContainsKey(d));
        }), maxTest: 1000);
    }

    [Fact]
    public void Assuming_weekends_arithmetic_across_the_edges_of_the_known_years_agrees_with_stepping()
    {
        // Starts within a year of either edge, so that spans cross into 2006 or 2027 and beyond.
        var starts = Gen.OneOf(
            Gen.Choose(-400, 400).Select(i => First.PlusDays(i)),
            Gen.Choose(-400, 400).Select(i => Last.PlusDays(i)));
        var cases = Gen.Zip(starts, Gen.Choose(-700, 700));

        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var result = Assuming.AddWorkingDays(c.Item1, c.Item2);
            return result == Step(c.Item1, c.Item2)
                && Assuming.WorkingDaysBetween(c.Item1, result) == c.Item2
                && (c.Item2 == 0 || HolidayCnFixtures.IsWorkingDay(result));
        }));
    }

    [Fact]
    public void Assuming_weekends_far_from_the_known_years_weeks_repeat()
    {
        // Dates centuries away from the listed years (2006-2026), moved by up to ~20 years of working days and
        // shifted by up to ~19 years of whole weeks, so that no span reaches a listed year.
        var dates = Gen.OneOf(
            Gen.Choose(0, 292_000).Select(i => new LocalDate(2100, 1, 1).PlusDays(i)),
            Gen.Choose(0, 292_000).Select(i => new LocalDate(1100, 1, 1).PlusDays(i)));
        var cases =
            from date in dates
            from n in Gen.Choose(-5000, 5000)
            from weeks in Gen.Choose(-1000, 1000)
            select (date, n, weeks);

        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (date, n, weeks) = c;
            var result = Assuming.AddWorkingDays(date, n);
            return Assuming.AddWorkingDays(date.PlusDays(7 * weeks), n) == result.PlusDays(7 * weeks)
                && Assuming.WorkingDaysBetween(date, result) == n
                && Assuming.GetDay(result).IsAssumed
                && (n == 0 || result.DayOfWeek < IsoDayOfWeek.Saturday);
        }));
    }

    /// <summary>Keeps n working days from <paramref name="date"/> inside the known range.</summary>
    private static int Clamp(LocalDate date, int n)
    {
        var up = China.WorkingDaysBetween(date, Last);
        var down = China.WorkingDaysBetween(date, First);
        return n > up ? up : n < down ? down : n;
    }

    /// <summary>The model: step one day at a time, counting working days by the data.</summary>
    private static LocalDate Step(LocalDate date, int n)
    {
        var step = n >= 0 ? 1 : -1;
        for (var left = n < 0 ? -n : n; left > 0;)
        {
            date = date.PlusDays(step);
            if (HolidayCnFixtures.IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary>The model: count working days after a up to and including b (negative when b is before a, counting b but not a).</summary>
    private static int Count(LocalDate a, LocalDate b)
    {
        var count = 0;
        if (a <= b)
        {
            for (var d = a.PlusDays(1); d <= b; d = d.PlusDays(1))
            {
                count += HolidayCnFixtures.IsWorkingDay(d) ? 1 : 0;
            }

            return count;
        }

        for (var d = b; d < a; d = d.PlusDays(1))
        {
            count -= HolidayCnFixtures.IsWorkingDay(d) ? 1 : 0;
        }

        return count;
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a <= b ? a : b;

    private static LocalDate Max(LocalDate a, LocalDate b) => a >= b ? a : b;
}
