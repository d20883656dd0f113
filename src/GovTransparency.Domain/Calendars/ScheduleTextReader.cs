using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using GovTransparency.Domain.Internal;
using NodaTime;
using NodaTime.Text;

namespace GovTransparency.Domain.Calendars;

/// <summary>
/// Reads the library's line format for holiday schedules and extra days (see
/// <see cref="HolidayScheduleParser.ParseText"/>). Never throws on the text: every problem becomes a diagnostic
/// with its line number, and any error fails the whole read so that no schedule is silently incomplete.
/// </summary>
internal static class ScheduleTextReader
{
    /// <summary>Ranges longer than this many days draw a warning: no holiday is that long.</summary>
    private const int LongRangeDays = 31;

    /// <summary>The longest range read, a leap year: past it a line is an error rather than millions of days.</summary>
    private const int MaxRangeDays = 366;

    public static ParseResult<IReadOnlyList<HolidaySchedule>> ReadSchedules(string text)
    {
        if (IsBlank(text))
        {
            return ParseResult<IReadOnlyList<HolidaySchedule>>.ForFailure(Messages.EmptyText("schedule", "放假安排"));
        }

        var diagnostics = new List<Diagnostic>();
        var blocks = new List<Block>();
        var years = new HashSet<int>();
        Block? current = null;
        var reportedMissingYear = false;
        foreach (var line in Lines(text))
        {
            var keyword = FirstToken(line.Text, out var rest);
            if (IsKeyword(keyword, "year"))
            {
                if (!TryParseYear(rest, out var year))
                {
                    diagnostics.Add(Messages.ScheduleYearInvalid(rest, null, line.Number));
                    current = Block.Discarded();
                }
                else if (!years.Add(year))
                {
                    diagnostics.Add(Messages.ScheduleYearRepeated(year, line.Number));
                    current = Block.Discarded();
                }
                else
                {
                    current = new Block(year);
                    blocks.Add(current);
                }

                continue;
            }

            if (IsKeyword(keyword, "source"))
            {
                if (rest.Length == 0)
                {
                    diagnostics.Add(Messages.ScheduleLineUnrecognized(line.Text, line.Number));
                }
                else if (current is null)
                {
                    ReportMissingYear(diagnostics, ref reportedMissingYear, line.Number);
                }
                else
                {
                    current.Sources.Add(NormalizeText(rest)!);
                }

                continue;
            }

            if (!TryReadDayLine(line, diagnostics, out var first, out var last, out var isDayOff, out var name))
            {
                continue;
            }

            if (current is null)
            {
                ReportMissingYear(diagnostics, ref reportedMissingYear, line.Number);
                continue;
            }

            if (current.Year is int blockYear && !IsNearYear(blockYear, first, last, line.Number, diagnostics))
            {
                continue;
            }

            current.AddRange(first, last, isDayOff, name, line.Number, diagnostics);
        }

        if (blocks.Count == 0 && !diagnostics.Any(d => d.IsError))
        {
            diagnostics.Add(Messages.ScheduleYearMissingInText(null));
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return ParseResult<IReadOnlyList<HolidaySchedule>>.ForFailure(diagnostics);
        }

        foreach (var block in blocks.Where(b => b.Days.Count == 0))
        {
            diagnostics.Add(Messages.ScheduleHasNoDays(block.Year!.Value));
        }

        var schedules = blocks.Select(b => new HolidaySchedule(b.Year!.Value, b.Days, b.Sources)).ToArray();
        return ParseResult<IReadOnlyList<HolidaySchedule>>.ForValue(ValueList<HolidaySchedule>.Wrap(schedules), diagnostics);
    }

    public static ParseResult<IReadOnlyList<ScheduledDay>> ReadDays(string text)
    {
        if (IsBlank(text))
        {
            return ParseResult<IReadOnlyList<ScheduledDay>>.ForFailure(Messages.EmptyText("list of extra days", "额外日期列表"));
        }

        var diagnostics = new List<Diagnostic>();
        var block = new Block(null);
        foreach (var line in Lines(text))
        {
            var keyword = FirstToken(line.Text, out _);
            if (IsKeyword(keyword, "year") || IsKeyword(keyword, "source"))
            {
                diagnostics.Add(Messages.ExtraDaysHaveYear(keyword, line.Number));
                continue;
            }

            if (TryReadDayLine(line, diagnostics, out var first, out var last, out var isDayOff, out var name))
            {
                block.AddRange(first, last, isDayOff, name, line.Number, diagnostics);
            }
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return ParseResult<IReadOnlyList<ScheduledDay>>.ForFailure(diagnostics);
        }

        var days = block.Days.OrderBy(d => d.Date).ToArray();
        return ParseResult<IReadOnlyList<ScheduledDay>>.ForValue(ValueList<ScheduledDay>.Wrap(days), diagnostics);
    }

    /// <summary>Trims a name or source and folds line breaks, tabs and runs of spaces into one space; empty gives null.</summary>
    internal static string? NormalizeText(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    internal static bool TryParseDate(string text, out LocalDate date)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    private static bool TryReadDayLine(
        Line line,
        List<Diagnostic> diagnostics,
        out LocalDate first,
        out LocalDate last,
        out bool isDayOff,
        out string? name)
    {
        first = last = default;
        isDayOff = false;
        name = null;
        var dates = FirstToken(line.Text, out var afterDates);
        if (dates.Length == 0 || !IsAsciiDigit(dates[0]))
        {
            diagnostics.Add(Messages.ScheduleLineUnrecognized(line.Text, line.Number));
            return false;
        }

        var kind = FirstToken(afterDates, out var afterKind);
        var separator = dates.IndexOf("..", StringComparison.Ordinal);
        var firstText = separator < 0 ? dates : dates.Substring(0, separator);
        var lastText = separator < 0 ? dates : dates.Substring(separator + 2);
        var ok = true;
        if (!TryParseDate(firstText, out first))
        {
            diagnostics.Add(Messages.ScheduleDateInvalid(firstText, null, line.Number));
            ok = false;
        }

        if (separator >= 0 && !TryParseDate(lastText, out last))
        {
            diagnostics.Add(Messages.ScheduleDateInvalid(lastText, null, line.Number));
            ok = false;
        }
        else if (separator < 0)
        {
            last = first;
        }

        if (kind.Length == 0)
        {
            diagnostics.Add(Messages.ScheduleLineUnrecognized(line.Text, line.Number));
            return false;
        }

        if (IsKeyword(kind, "holiday") || string.Equals(kind, "休", StringComparison.Ordinal))
        {
            isDayOff = true;
        }
        else if (IsKeyword(kind, "workday") || string.Equals(kind, "班", StringComparison.Ordinal))
        {
            isDayOff = false;
        }
        else
        {
            diagnostics.Add(Messages.ScheduleDayKindUnknown(kind, line.Number));
            ok = false;
        }

        if (!ok)
        {
            return false;
        }

        if (last < first)
        {
            diagnostics.Add(Messages.ScheduleRangeReversed(dates, line.Number));
            return false;
        }

        var length = IsoDays.FromDate(last) - IsoDays.FromDate(first) + 1;
        if (length > MaxRangeDays)
        {
            diagnostics.Add(Messages.ScheduleRangeTooLong(dates, length, MaxRangeDays, line.Number));
            return false;
        }

        if (length > LongRangeDays)
        {
            diagnostics.Add(Messages.ScheduleRangeLong(dates, length, line.Number));
        }

        name = NormalizeText(afterKind);
        return true;
    }

    private static bool IsNearYear(int year, LocalDate first, LocalDate last, int lineNumber, List<Diagnostic> diagnostics)
    {
        foreach (var date in new[] { first, last })
        {
            if (date.Year < year - 1 || date.Year > year + 1)
            {
                diagnostics.Add(Messages.ScheduleDateOutsideYear(year, date, null, lineNumber));
                return false;
            }
        }

        return true;
    }

    private static void ReportMissingYear(List<Diagnostic> diagnostics, ref bool reported, int lineNumber)
    {
        if (!reported)
        {
            diagnostics.Add(Messages.ScheduleYearMissingInText(lineNumber));
            reported = true;
        }
    }

    private static bool TryParseYear(string text, out int year)
    {
        year = 0;
        return text.Length is > 0 and <= 4
            && text.All(IsAsciiDigit)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year >= HolidaySchedule.MinYear
            && year <= HolidaySchedule.MaxYear;
    }

    private static bool IsKeyword(string token, string keyword) =>
        string.Equals(token, keyword, StringComparison.OrdinalIgnoreCase);

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    private static bool IsBlank(string text)
    {
        Guard.Against.Null(text);
        return text.All(c => char.IsWhiteSpace(c) || c == '\uFEFF');
    }

    /// <summary>Splits off the first whitespace-separated token; <paramref name="rest"/> is the trimmed remainder.</summary>
    private static string FirstToken(string text, out string rest)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        rest = text.Substring(end).Trim();
        return text.Substring(start, end - start);
    }

    /// <summary>The non-blank, non-comment lines, trimmed, with one-based line numbers.</summary>
    private static IEnumerable<Line> Lines(string text)
    {
        var number = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            number++;
            var raw = text.Substring(start, end - start);
            var trimmed = (number == 1 ? raw.TrimStart('\uFEFF') : raw).Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                yield return new Line(number, trimmed);
            }

            start = end + 1;
        }
    }

    private readonly struct Line
    {
        public Line(int number, string text)
        {
            Number = number;
            Text = text;
        }

        public int Number { get; }

        public string Text { get; }
    }

    /// <summary>The days of one <c>year</c> block (or of a list of extra days), with duplicate checks.</summary>
    private sealed class Block
    {
        private readonly Dictionary<LocalDate, ScheduledDay> _byDate = new();
        private readonly bool _discarded;

        public Block(int? year, bool discarded = false)
        {
            Year = year;
            _discarded = discarded;
        }

        public int? Year { get; }

        public List<string> Sources { get; } = new();

        public List<ScheduledDay> Days { get; } = new();

        /// <summary>A block whose <c>year</c> line was bad: its days are checked but kept nowhere.</summary>
        public static Block Discarded() => new(null, discarded: true);

        public void AddRange(LocalDate first, LocalDate last, bool isDayOff, string? name, int lineNumber, List<Diagnostic> diagnostics)
        {
            if (_discarded)
            {
                return;
            }

            var count = IsoDays.FromDate(last) - IsoDays.FromDate(first) + 1;
            for (var i = 0; i < count; i++)
            {
                var date = first.PlusDays(i);
                var day = new ScheduledDay(date, isDayOff, name);
                if (_byDate.TryGetValue(date, out var existing))
                {
                    diagnostics.Add(existing == day
                        ? Messages.ScheduleDateRepeated(date, null, lineNumber)
                        : Messages.ScheduleDateConflict(existing, day, null, lineNumber));
                    continue;
                }

                _byDate.Add(date, day);
                Days.Add(day);
            }
        }
    }
}
