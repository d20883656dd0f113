using BenchmarkDotNet.Attributes;
using GovTransparency.Domain.Calendars;
using NodaTime;

namespace GovTransparency.Domain.Benchmarks;

/// <summary>
/// Working-day arithmetic on the embedded China calendar. AddWorkingDays(…, 1) is the baseline: the issue asks that
/// adding 2,000 working days cost no more than twice adding one (constant time, not a day-by-day loop), and that
/// none of these allocate.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class WorkingDayCalendarBenchmarks
{
    // A Friday before a weekend, so that even n = 1 has days to skip; +2,000 working days lands in 2018.
    private static readonly LocalDate Start = new(2010, 3, 5);
    private static readonly LocalDate End = new(2018, 6, 29);

    private WorkingDayCalendar _calendar = null!;
    private WorkingDayCalendar _assuming = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = ChinaCalendar.Default;
        _assuming = _calendar.WithUnknownYearPolicy(UnknownYearPolicy.AssumeWeekends);
    }

    [Benchmark]
    public bool IsWorkingDay() => _calendar.IsWorkingDay(Start);

    [Benchmark]
    public CalendarDay GetDay() => _calendar.GetDay(Start);

    [Benchmark(Baseline = true)]
    public LocalDate AddWorkingDays_1() => _calendar.AddWorkingDays(Start, 1);

    [Benchmark]
    public LocalDate AddWorkingDays_20() => _calendar.AddWorkingDays(Start, 20);

    [Benchmark]
    public LocalDate AddWorkingDays_2000() => _calendar.AddWorkingDays(Start, 2000);

    [Benchmark]
    public LocalDate AddWorkingDays_minus_2000() => _calendar.AddWorkingDays(End, -2000);

    [Benchmark]
    public int WorkingDaysBetween() => _calendar.WorkingDaysBetween(Start, End);

    /// <summary>Past the known years with the opt-in policy: whole weeks, still constant time.</summary>
    [Benchmark]
    public LocalDate AddWorkingDays_2000_assumed_past_2026() => _assuming.AddWorkingDays(new LocalDate(2026, 6, 1), 2000);
}
