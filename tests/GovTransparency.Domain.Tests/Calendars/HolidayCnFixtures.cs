using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using GovTransparency.Domain.Calendars;
using NodaTime;
using NodaTime.Text;

namespace GovTransparency.Domain.Tests.Calendars;

/// <summary>
/// Reads the raw holiday-cn JSON copies under tests/Fixtures/holiday-cn with System.Text.Json, independently of the
/// library's own readers, and states the expected kind of any date 2007–2026 by the rules in DOMAIN.md.
/// </summary>
public static class HolidayCnFixtures
{
    public const int FirstYear = 2007;
    public const int LastYear = 2026;

    private static readonly Lazy<IReadOnlyDictionary<LocalDate, Entry>> Entries = new(Load);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "holiday-cn");

    public static string ReadJson(int year) => File.ReadAllText(Path.Combine(Directory, year + ".json"));

    /// <summary>The expected kind and holiday name of a date, straight from the JSON files.</summary>
    public static (DayKind Kind, string? Name) Expected(LocalDate date)
    {
        var weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
        if (Entries.Value.TryGetValue(date, out var entry))
        {
            if (entry.IsOffDay)
            {
                return (DayKind.Holiday, entry.Name);
            }

            return weekend ? (DayKind.AdjustedWorkday, entry.Name) : (DayKind.Workday, null);
        }

        return weekend ? (DayKind.Weekend, null) : (DayKind.Workday, null);
    }

    public static bool IsWorkingDay(LocalDate date) => Expected(date).Kind is DayKind.Workday or DayKind.AdjustedWorkday;

    public static IReadOnlyDictionary<LocalDate, Entry> All => Entries.Value;

    private static IReadOnlyDictionary<LocalDate, Entry> Load()
    {
        var entries = new Dictionary<LocalDate, Entry>();
        for (var year = FirstYear; year <= LastYear; year++)
        {
            using var document = JsonDocument.Parse(ReadJson(year));
            document.RootElement.GetProperty("year").GetInt32().Should_be(year);
            foreach (var day in document.RootElement.GetProperty("days").EnumerateArray())
            {
                var date = LocalDatePattern.Iso.Parse(day.GetProperty("date").GetString()!).Value;
                entries.Add(date, new Entry(year, day.GetProperty("isOffDay").GetBoolean(), day.GetProperty("name").GetString()!));
            }
        }

        return entries;
    }

    private static void Should_be(this int actual, int expected)
    {
        if (actual != expected)
        {
            throw new InvalidDataException($"{expected}.json says it is for {actual}.");
        }
    }

    public sealed record Entry(int FileYear, bool IsOffDay, string Name);
}
