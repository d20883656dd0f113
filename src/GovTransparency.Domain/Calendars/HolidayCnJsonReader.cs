using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using GovTransparency.Domain.Internal;
using NodaTime;

namespace GovTransparency.Domain.Calendars;

/// <summary>
/// Reads one year's schedule in the holiday-cn JSON format (<c>{"year": 2027, "papers": [...], "days": [{"name",
/// "date", "isOffDay"}]}</c>). Never throws on the text; any error fails the read so that no schedule is silently
/// incomplete. Unknown properties (such as <c>$schema</c> and <c>$id</c>) are ignored.
/// </summary>
internal static class HolidayCnJsonReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static ParseResult<HolidaySchedule> Read(string json)
    {
        Guard.Against.Null(json);
        if (json.All(c => char.IsWhiteSpace(c) || c == '\uFEFF'))
        {
            return ParseResult<HolidaySchedule>.ForFailure(Messages.EmptyText("schedule", "放假安排"));
        }

        // Encoding.UTF8 replaces unpaired surrogates instead of throwing, so any string reaches the JSON parser.
        var utf8 = Encoding.UTF8.GetBytes(json.TrimStart('\uFEFF'));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException e)
        {
            return ParseResult<HolidaySchedule>.ForFailure(Messages.ScheduleJsonMalformed(e.LineNumber, e.BytePositionInLine));
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    private static ParseResult<HolidaySchedule> Read(JsonElement root)
    {
        var diagnostics = new List<Diagnostic>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ParseResult<HolidaySchedule>.ForFailure(Messages.ScheduleEntryWrongType("$", JsonExpectation.Object));
        }

        var year = ReadYear(root, diagnostics);
        var sources = ReadPapers(root, diagnostics);
        var days = new List<ScheduledDay>();
        var byDate = new Dictionary<LocalDate, ScheduledDay>();
        if (!root.TryGetProperty("days", out var daysElement))
        {
            diagnostics.Add(Messages.ScheduleEntryMissing("$", "days"));
        }
        else if (daysElement.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(Messages.ScheduleEntryWrongType("days", JsonExpectation.Array));
        }
        else
        {
            var index = 0;
            foreach (var element in daysElement.EnumerateArray())
            {
                var path = "days[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                index++;
                if (!TryReadDay(element, path, year, diagnostics, out var day))
                {
                    continue;
                }

                if (byDate.TryGetValue(day.Date, out var existing))
                {
                    diagnostics.Add(existing == day
                        ? Messages.ScheduleDateRepeated(day.Date, path, null)
                        : Messages.ScheduleDateConflict(existing, day, path, null));
                    continue;
                }

                byDate.Add(day.Date, day);
                days.Add(day);
            }
        }

        if (year is int y && days.Count == 0 && !diagnostics.Any(d => d.IsError))
        {
            diagnostics.Add(Messages.ScheduleHasNoDays(y));
        }

        if (year is null || diagnostics.Any(d => d.IsError))
        {
            return ParseResult<HolidaySchedule>.ForFailure(diagnostics);
        }

        return ParseResult<HolidaySchedule>.ForValue(new HolidaySchedule(year.Value, days, sources), diagnostics);
    }

    private static int? ReadYear(JsonElement root, List<Diagnostic> diagnostics)
    {
        if (!root.TryGetProperty("year", out var element))
        {
            diagnostics.Add(Messages.ScheduleYearMissingInJson());
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number
            && element.TryGetInt32(out var year)
            && year >= HolidaySchedule.MinYear
            && year <= HolidaySchedule.MaxYear)
        {
            return year;
        }

        diagnostics.Add(Messages.ScheduleYearInvalid(element.GetRawText(), "year", null));
        return null;
    }

    private static List<string> ReadPapers(JsonElement root, List<Diagnostic> diagnostics)
    {
        var sources = new List<string>();
        if (!root.TryGetProperty("papers", out var papers) || papers.ValueKind == JsonValueKind.Null)
        {
            return sources;
        }

        if (papers.ValueKind != JsonValueKind.Array || papers.EnumerateArray().Any(p => p.ValueKind != JsonValueKind.String))
        {
            diagnostics.Add(Messages.ScheduleEntryWrongType("papers", JsonExpectation.ArrayOfStrings));
            return sources;
        }

        foreach (var paper in papers.EnumerateArray())
        {
            if (ScheduleTextReader.NormalizeText(paper.GetString()) is { } source)
            {
                sources.Add(source);
            }
        }

        return sources;
    }

    private static bool TryReadDay(JsonElement element, string path, int? year, List<Diagnostic> diagnostics, out ScheduledDay day)
    {
        day = default;
        if (element.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(Messages.ScheduleEntryWrongType(path, JsonExpectation.Object));
            return false;
        }

        var ok = true;
        string? name = null;
        if (element.TryGetProperty("name", out var nameElement) && nameElement.ValueKind != JsonValueKind.Null)
        {
            if (nameElement.ValueKind == JsonValueKind.String)
            {
                name = ScheduleTextReader.NormalizeText(nameElement.GetString());
            }
            else
            {
                diagnostics.Add(Messages.ScheduleEntryWrongType(path + ".name", JsonExpectation.String));
                ok = false;
            }
        }

        LocalDate date = default;
        if (!element.TryGetProperty("date", out var dateElement))
        {
            diagnostics.Add(Messages.ScheduleEntryMissing(path, "date"));
            ok = false;
        }
        else if (dateElement.ValueKind != JsonValueKind.String)
        {
            diagnostics.Add(Messages.ScheduleEntryWrongType(path + ".date", JsonExpectation.String));
            ok = false;
        }
        else
        {
            var text = dateElement.GetString()!;
            if (!ScheduleTextReader.TryParseDate(text, out date))
            {
                diagnostics.Add(Messages.ScheduleDateInvalid(text, path + ".date", null));
                ok = false;
            }
            else if (year is int y && (date.Year < y - 1 || date.Year > y + 1))
            {
                diagnostics.Add(Messages.ScheduleDateOutsideYear(y, date, path + ".date", null));
                ok = false;
            }
        }

        var isDayOff = false;
        if (!element.TryGetProperty("isOffDay", out var offElement))
        {
            diagnostics.Add(Messages.ScheduleEntryMissing(path, "isOffDay"));
            ok = false;
        }
        else if (offElement.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            isDayOff = offElement.GetBoolean();
        }
        else
        {
            diagnostics.Add(Messages.ScheduleEntryWrongType(path + ".isOffDay", JsonExpectation.Boolean));
            ok = false;
        }

        if (ok)
        {
            day = new ScheduledDay(date, isDayOff, name);
        }

        return ok;
    }
}
