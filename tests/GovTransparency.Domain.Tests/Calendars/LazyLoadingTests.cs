using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using GovTransparency.Domain.Calendars;
using NodaTime;
using Xunit;

namespace GovTransparency.Domain.Tests.Calendars;

/// <summary>The embedded calendar is read once, lazily, and gives the same answers on every thread.</summary>
public class LazyLoadingTests
{
    private const int Threads = 16;

    [Fact]
    public void Many_threads_racing_to_load_get_one_calendar_and_the_same_answers()
    {
        var lazy = ChinaCalendar.CreateLazy();
        var barrier = new Barrier(Threads);
        var calendars = new ConcurrentBag<WorkingDayCalendar>();
        var answers = new ConcurrentBag<(LocalDate, int, DayKind)>();

        var threads = Enumerable.Range(0, Threads).Select(_ => new Thread(() =>
        {
            barrier.SignalAndWait();
            var calendar = lazy.Value;
            calendars.Add(calendar);
            answers.Add((
                calendar.AddWorkingDays(new LocalDate(2020, 9, 27), 20),
                calendar.WorkingDaysBetween(new LocalDate(2020, 1, 23), new LocalDate(2020, 2, 5)),
                calendar.GetDay(new LocalDate(2020, 2, 1)).Kind));
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        calendars.Distinct().Should().ContainSingle();
        answers.Distinct().Should().Equal((new LocalDate(2020, 10, 30), 3, DayKind.Holiday));
    }

    [Fact]
    public void Concurrent_queries_on_one_calendar_match_the_same_queries_made_one_at_a_time()
    {
        var calendar = ChinaCalendar.Default;
        var starts = Enumerable.Range(0, 2000).Select(i => new LocalDate(2008, 1, 1).PlusDays(i * 3)).ToArray();
        var expected = starts.Select(d => (calendar.AddWorkingDays(d, 15), calendar.IsWorkingDay(d), calendar.WorkingDaysBetween(d, d.PlusDays(40)))).ToArray();

        var actual = new (LocalDate, bool, int)[starts.Length];
        Parallel.For(0, starts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var d = starts[i];
            actual[i] = (calendar.AddWorkingDays(d, 15), calendar.IsWorkingDay(d), calendar.WorkingDaysBetween(d, d.PlusDays(40)));
        });

        actual.Should().Equal(expected);
    }

    [Fact]
    public void The_embedded_data_is_read_from_the_package_not_from_disk()
    {
        typeof(ChinaCalendar).Assembly.GetManifestResourceNames().Should().Contain(ChinaCalendar.ResourceName);
        ChinaCalendar.LoadEmbedded().Should().NotBeSameAs(ChinaCalendar.Default, "each load builds a new calendar; Default keeps one");
    }
}
