using System;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Calendars;

/// <summary>The working-day hot paths allocate nothing (the benchmarks measure it too; this guards it in CI).</summary>
public class HotPathAllocationTests
{
    [Fact]
    public void Working_day_arithmetic_allocates_nothing_inside_and_past_the_known_years()
    {
        var china = ChinaCalendar.Default;
        var assuming = china.WithUnknownYearPolicy(UnknownYearPolicy.AssumeWeekends);
        var start = new LocalDate(2010, 3, 5);
        var end = new LocalDate(2018, 6, 29);
        var far = new LocalDate(2026, 6, 1);
        var sink = 0L;

        void Work()
        {
            for (var i = 0; i < 1000; i++)
            {
                sink += china.IsWorkingDay(start) ? 1 : 0;
                sink += china.GetDay(start).HolidayName?.Length ?? 0;
                sink += china.AddWorkingDays(start, 1).Day + china.AddWorkingDays(start, 20).Day + china.AddWorkingDays(start, 2000).Day;
                sink += china.AddWorkingDays(end, -2000).Day + china.WorkingDaysBetween(start, end);
                sink += china.NextWorkingDay(start).Day + china.PreviousWorkingDay(start).Day;
                sink += assuming.AddWorkingDays(far, 2000).Day + assuming.WorkingDaysBetween(far, far.PlusDays(5000));
            }
        }

        Work(); // warm up: JIT, lazy load
        var before = GC.GetAllocatedBytesForCurrentThread();
        Work();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        sink.Should().BePositive();
    }
}
