using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using GovTransparency.Domain;
using GovTransparency.Domain.Calendars;
using NodaTime;
using NodaTime.Text;

namespace GovTransparency.Cli;

/// <summary>
/// <c>govplan workdays</c>: working days on the official Chinese calendar (<see cref="ChinaCalendar.Default"/>),
/// optionally extended with year schedules and regional days from files.
/// </summary>
internal static class WorkdaysCommand
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var assumeWeekends = new Option<bool>("--assume-weekends")
        {
            Description = "Treat years without an official schedule as plain Monday-to-Friday weeks (reported on stderr) instead of failing.",
            Recursive = true,
        };
        var schedules = new Option<string[]>("--schedule")
        {
            Description = "Add a year's official schedule from FILE: holiday-cn JSON (YYYY.json) or the library's line format. Repeatable; replaces a built-in year.",
            HelpName = "FILE",
            Recursive = true,
        };
        var extraDays = new Option<string[]>("--days")
        {
            Description = "Add regional holidays and extra working days from FILE, lines like '2024-04-11..2024-04-12 holiday 壮族三月三' or '2024-04-07 workday'. Repeatable; wins over every schedule.",
            HelpName = "FILE",
            Recursive = true,
        };
        var language = new Option<string>("--lang")
        {
            Description = "Language of messages and explanations: en or zh.",
            DefaultValueFactory = _ => "en",
            Recursive = true,
        };
        language.AcceptOnlyFromAmong("en", "zh");

        var options = new CalendarOptions(assumeWeekends, schedules, extraDays, language);
        var command = new Command("workdays", "Working days on the official Chinese calendar (State Council holiday schedules 2007-2026, with 调休 working weekends).")
        {
            assumeWeekends,
            schedules,
            extraDays,
            language,
            IsCommand(options, stdout, stderr),
            AddCommand(options, stdout, stderr),
            BetweenCommand(options, stdout, stderr),
            ListCommand(options, stdout, stderr),
            ConvertCommand(stdout, stderr),
        };
        return command;
    }

    private static Command IsCommand(CalendarOptions options, TextWriter stdout, TextWriter stderr)
    {
        var date = DateArgument("DATE", "The date, YYYY-MM-DD.");
        var command = new Command("is", "Is DATE a working day? Prints 'true' or 'false', the kind of day and the holiday's name, tab-separated.") { date };
        command.SetAction(parse => Execute(options, parse, stderr, calendar =>
        {
            var day = calendar.GetDay(parse.GetValue(date));
            stdout.WriteLine((day.IsWorkingDay ? "true" : "false") + "\t" + KindName(day.Kind) + (day.HolidayName is null ? string.Empty : "\t" + day.HolidayName));
            return (day.Date, day.Date);
        }));
        return command;
    }

    private static Command AddCommand(CalendarOptions options, TextWriter stdout, TextWriter stderr)
    {
        var date = DateArgument("DATE", "The start date, YYYY-MM-DD; not counted.");
        var count = new Argument<int>("N") { Description = "How many working days to add; negative counts back." };
        var explain = new Option<bool>("--explain") { Description = "Also print which days were counted and which skipped, and why." };
        var command = new Command("add", "Prints the date N working days after DATE (the start day is not counted: 1 gives the next working day).")
        {
            date,
            count,
            explain,
        };
        command.SetAction(parse => Execute(options, parse, stderr, calendar =>
        {
            var start = parse.GetValue(date);
            var n = parse.GetValue(count);
            if (parse.GetValue(explain))
            {
                var explanation = calendar.ExplainAddWorkingDays(start, n);
                stdout.WriteLine(Iso(explanation.End));
                stdout.WriteLine(explanation.ToText(options.Culture(parse)));
                return (start, explanation.End);
            }

            var end = calendar.AddWorkingDays(start, n);
            stdout.WriteLine(Iso(end));
            return (start, end);
        }));
        return command;
    }

    private static Command BetweenCommand(CalendarOptions options, TextWriter stdout, TextWriter stderr)
    {
        var start = DateArgument("A", "The start date, YYYY-MM-DD; not counted.");
        var end = DateArgument("B", "The end date, YYYY-MM-DD; counted.");
        var explain = new Option<bool>("--explain") { Description = "Also print which days were counted and which skipped, and why." };
        var command = new Command("between", "Prints the number of working days after A up to and including B (negative when B is before A).")
        {
            start,
            end,
            explain,
        };
        command.SetAction(parse => Execute(options, parse, stderr, calendar =>
        {
            var a = parse.GetValue(start);
            var b = parse.GetValue(end);
            if (parse.GetValue(explain))
            {
                var explanation = calendar.ExplainWorkingDaysBetween(a, b);
                stdout.WriteLine(explanation.WorkingDays.ToString(CultureInfo.InvariantCulture));
                stdout.WriteLine(explanation.ToText(options.Culture(parse)));
            }
            else
            {
                stdout.WriteLine(calendar.WorkingDaysBetween(a, b).ToString(CultureInfo.InvariantCulture));
            }

            return (a, b);
        }));
        return command;
    }

    private static Command ListCommand(CalendarOptions options, TextWriter stdout, TextWriter stderr)
    {
        var from = DateOption("--from", "The first date, YYYY-MM-DD.");
        var to = DateOption("--to", "The last date, YYYY-MM-DD.");
        var names = new Option<bool>("--names") { Description = "Add a third column with the holiday's name (holidays and adjusted working days)." };
        var command = new Command("list", "Prints one line per date from --from to --to: YYYY-MM-DD<TAB>kind, kind one of workday, weekend, holiday, adjusted-workday.")
        {
            from,
            to,
            names,
        };
        command.SetAction(parse =>
        {
            var first = parse.GetValue(from);
            var last = parse.GetValue(to);
            if (last < first)
            {
                stderr.WriteLine("govplan: --to (" + Iso(last) + ") is before --from (" + Iso(first) + ").");
                stderr.WriteLine(GovPlan.UsageHint);
                return ExitCodes.Usage;
            }

            return Execute(options, parse, stderr, calendar => List(calendar, first, last, parse.GetValue(names), stdout));
        });
        return command;
    }

    private static (LocalDate From, LocalDate To) List(WorkingDayCalendar calendar, LocalDate first, LocalDate last, bool withNames, TextWriter stdout)
    {
        foreach (var day in calendar.GetDays(first, last))
        {
            stdout.WriteLine(Iso(day.Date) + "\t" + KindName(day.Kind) + (withNames && day.HolidayName is not null ? "\t" + day.HolidayName : string.Empty));
        }

        return (first, last);
    }

    private static Command ConvertCommand(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("FILE") { Description = "Schedules in holiday-cn JSON or the line format.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("convert", "Prints year schedules (holiday-cn JSON or the line format) in the library's line format, by year.") { files };
        command.SetAction(parse =>
        {
            var all = new List<HolidaySchedule>();
            foreach (var file in parse.GetValue(files) ?? Array.Empty<string>())
            {
                if (ReadSchedules(file, stderr) is not { } read)
                {
                    return ExitCodes.BadInputFile;
                }

                all.AddRange(read);
            }

            stdout.Write(HolidaySchedule.ToText(all));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Builds the calendar from the options, runs <paramref name="body"/>, and turns the library's coverage error into
    /// its message on stderr and <see cref="ExitCodes.OutsideKnownYears"/>. With <c>--assume-weekends</c>, reports
    /// the unknown years the answer assumed.
    /// </summary>
    private static int Execute(CalendarOptions options, ParseResult parse, TextWriter stderr, Func<WorkingDayCalendar, (LocalDate From, LocalDate To)> body)
    {
        var calendar = options.Build(parse, stderr);
        if (calendar is null)
        {
            return ExitCodes.BadInputFile;
        }

        var culture = options.Culture(parse);
        try
        {
            var (from, to) = body(calendar);
            var assumed = calendar.UnknownYears(from, to);
            if (assumed.Count > 0)
            {
                var years = string.Join(", ", assumed.Select(y => y.ToString(CultureInfo.InvariantCulture)));
                stderr.WriteLine(ReferenceEquals(culture, Chinese)
                    ? "govplan: 注意：" + years + " 年的官方放假安排未知，已按周一至周五上班推定（--assume-weekends）。"
                    : "govplan: note: no official holiday schedule is known for " + years + "; plain Monday-to-Friday weeks were assumed (--assume-weekends).");
            }

            return ExitCodes.Success;
        }
        catch (CalendarCoverageException e)
        {
            stderr.WriteLine(e.GetMessage(culture));
            stderr.WriteLine(ReferenceEquals(culture, Chinese)
                ? "govplan: 可用 --schedule " + e.Year.ToString(CultureInfo.InvariantCulture) + ".json 加入该年的放假安排，或加 --assume-weekends。"
                : "govplan: add the year's schedule with --schedule " + e.Year.ToString(CultureInfo.InvariantCulture) + ".json, or pass --assume-weekends.");
            return ExitCodes.OutsideKnownYears;
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == "workingDays")
        {
            stderr.WriteLine("govplan: " + e.Message.Split('\n')[0].Trim());
            return ExitCodes.Usage;
        }
    }

    private static IReadOnlyList<HolidaySchedule>? ReadSchedules(string file, TextWriter stderr) =>
        ReadFile(file, stderr) is { } text ? Report(file, HolidayScheduleParser.Parse(text), stderr) : null;

    private static IReadOnlyList<ScheduledDay>? ReadDays(string file, TextWriter stderr) =>
        ReadFile(file, stderr) is { } text ? Report(file, HolidayScheduleParser.ParseDays(text), stderr) : null;

    private static string? ReadFile(string file, TextWriter stderr)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine("govplan: cannot read " + file + ": " + e.Message);
            return null;
        }
    }

    /// <summary>Prints a parse's diagnostics as <c>FILE:LINE: GT0305 error: message</c>; returns the value, or null on errors.</summary>
    private static T? Report<T>(string file, GovTransparency.Domain.ParseResult<T> result, TextWriter stderr)
        where T : class
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            var where = diagnostic.Line is int line ? file + ":" + line.ToString(CultureInfo.InvariantCulture) : file;
            stderr.WriteLine(where + ": " + diagnostic);
        }

        return result.Success ? result.Value : null;
    }

    private static Argument<LocalDate> DateArgument(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = ParseDate,
    };

    private static Option<LocalDate> DateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        Required = true,
        CustomParser = ParseDate,
    };

    private static LocalDate ParseDate(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var parsed = LocalDatePattern.Iso.Parse(token);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError("'" + token + "' is not a date: write it as YYYY-MM-DD, for example 2024-10-08.");
        return default;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string KindName(DayKind kind) => kind switch
    {
        DayKind.Workday => "workday",
        DayKind.Weekend => "weekend",
        DayKind.Holiday => "holiday",
        DayKind.AdjustedWorkday => "adjusted-workday",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The options shared by every <c>workdays</c> command, and the calendar they describe.</summary>
    private sealed class CalendarOptions
    {
        private readonly Option<bool> _assumeWeekends;
        private readonly Option<string[]> _schedules;
        private readonly Option<string[]> _extraDays;
        private readonly Option<string> _language;

        public CalendarOptions(Option<bool> assumeWeekends, Option<string[]> schedules, Option<string[]> extraDays, Option<string> language)
        {
            _assumeWeekends = assumeWeekends;
            _schedules = schedules;
            _extraDays = extraDays;
            _language = language;
        }

        public CultureInfo Culture(ParseResult parse) =>
            string.Equals(parse.GetValue(_language), "zh", StringComparison.Ordinal) ? Chinese : English;

        /// <summary>The default calendar plus the files' schedules and days; null (after reporting) when a file is bad.</summary>
        public WorkingDayCalendar? Build(ParseResult parse, TextWriter stderr)
        {
            var policy = parse.GetValue(_assumeWeekends) ? UnknownYearPolicy.AssumeWeekends : UnknownYearPolicy.Throw;
            var scheduleFiles = parse.GetValue(_schedules) ?? Array.Empty<string>();
            var dayFiles = parse.GetValue(_extraDays) ?? Array.Empty<string>();
            if (scheduleFiles.Length == 0 && dayFiles.Length == 0)
            {
                return ChinaCalendar.Default.WithUnknownYearPolicy(policy);
            }

            var builder = ChinaCalendar.Default.ToBuilder().WithUnknownYearPolicy(policy);
            foreach (var file in scheduleFiles)
            {
                if (ReadSchedules(file, stderr) is not { } read)
                {
                    return null;
                }

                builder.AddSchedules(read);
            }

            foreach (var file in dayFiles)
            {
                if (ReadDays(file, stderr) is not { } read)
                {
                    return null;
                }

                builder.AddDays(read);
            }

            return builder.Build();
        }
    }
}
