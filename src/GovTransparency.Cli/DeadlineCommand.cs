using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GovTransparency.Domain;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Deadlines;
using NodaTime;
using NodaTime.Text;

namespace GovTransparency.Cli;

/// <summary>
/// <c>govplan deadline</c>: reads a Chinese time limit (时限要求) and resolves it into due dates with
/// <see cref="DeadlineText.Parse(string, DeadlineContext)"/> and <see cref="DeadlineResolver.Resolve"/>, one phrase from
/// the command line or one JSON line per phrase with <c>--batch</c>.
/// </summary>
/// <remarks>
/// The plan year is <c>--plan-year</c>, else the year of <c>--issued</c>; without either, a phrase whose dates depend on
/// the plan year (年底前, 10月底前, 每月, an empty phrase) is refused, and one that does not (2020年底前, 持续推进,
/// 印发后一个月内) is answered with <c>planYear</c> null. The tool never guesses the year from the clock.
/// </remarks>
internal static class DeadlineCommand
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>The plan year a phrase is read with while the plan year is unknown: a leap year, so that 2月29日 reads as a date.</summary>
    private const int ProvisionalPlanYear = 2024;

    /// <summary>Chinese text stays readable in the JSON (only what JSON requires is escaped).</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var phrase = new Argument<string?>("PHRASE")
        {
            Description = "The time limit as written, e.g. 10月底前, 印发后一个月内, 自收到留言咨询之日起3个工作日内.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var planYear = new Option<int?>("--plan-year")
        {
            Description = "The plan year (1949-9998). Default: the year of --issued; required when the phrase does not write its year.",
            HelpName = "YEAR",
            CustomParser = ParsePlanYear,
        };
        var issued = new Option<LocalDate?>("--issued")
        {
            Description = "The plan's issue date (印发), YYYY-MM-DD: relative limits such as 印发后一个月内 count from it.",
            HelpName = "YYYY-MM-DD",
            CustomParser = ParseDate,
        };
        var eventDate = new Option<LocalDate?>("--event")
        {
            Description = "The date of the event a relative limit counts from (receipt, approval, or the issue itself), YYYY-MM-DD.",
            HelpName = "YYYY-MM-DD",
            CustomParser = ParseDate,
        };
        var json = new Option<bool>("--json") { Description = "Print the answer as one JSON object." };
        var batch = new Option<string?>("--batch")
        {
            Description = "Read JSON lines {\"phrase\": \"...\", \"planYear\": 2021, \"issued\": \"2021-06-09\", \"event\": \"...\"} from FILE and write one JSON line per input, in order. --plan-year, --issued and --event are defaults for lines without them.",
            HelpName = "FILE",
        };
        var assumeWeekends = new Option<bool>("--assume-weekends")
        {
            Description = "Treat years without an official holiday schedule as plain Monday-to-Friday weeks (the answer says so) instead of giving no due date.",
        };
        var language = new Option<string>("--lang")
        {
            Description = "Language of messages and explanations: en or zh.",
            DefaultValueFactory = _ => "en",
        };
        language.AcceptOnlyFromAmong("en", "zh");

        var command = new Command("deadline", "Reads a Chinese time limit (时限要求) and prints its due date by the Civil Code on the official calendar, with an explanation.")
        {
            phrase,
            planYear,
            issued,
            eventDate,
            json,
            batch,
            assumeWeekends,
            language,
        };
        command.SetAction(parse =>
        {
            var culture = string.Equals(parse.GetValue(language), "zh", StringComparison.Ordinal) ? Chinese : English;
            var calendar = ChinaCalendar.Default.WithUnknownYearPolicy(parse.GetValue(assumeWeekends) ? UnknownYearPolicy.AssumeWeekends : UnknownYearPolicy.Throw);
            var defaults = new Request(string.Empty, parse.GetValue(planYear), parse.GetValue(issued), parse.GetValue(eventDate));
            var text = parse.GetValue(phrase);
            if (parse.GetValue(batch) is { } file)
            {
                return text is null
                    ? RunBatch(file, defaults, calendar, culture, stdout, stderr)
                    : Usage(stderr, "give either a PHRASE or --batch FILE, not both.");
            }

            if (text is null)
            {
                return Usage(stderr, "give a PHRASE (the time limit as written) or --batch FILE.");
            }

            if (Answer(defaults with { Phrase = text }, calendar, culture, batch: false, out var output, out var resolution) is { } error)
            {
                return Usage(stderr, error);
            }

            if (parse.GetValue(json))
            {
                stdout.WriteLine(Serialize(output, DeadlineJsonContext.Default.DeadlineOutput));
            }
            else
            {
                stdout.WriteLine(output.Due ?? "none");
                stdout.WriteLine("kind: " + output.Kind);
                stdout.WriteLine(output.Explanation);
                foreach (var diagnostic in output.Diagnostics)
                {
                    stderr.WriteLine("govplan: " + diagnostic.Code + " " + diagnostic.Severity + ": " + diagnostic.Message);
                }
            }

            return resolution.Kind == DeadlineResolutionKind.OutsideCalendar ? ExitCodes.OutsideKnownYears : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>One JSON line per non-blank input line; a line that cannot be read gets an error object, not a crash.</summary>
    private static int RunBatch(string file, Request defaults, IWorkingDayCalendar calendar, CultureInfo culture, TextWriter stdout, TextWriter stderr)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(file, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine("govplan: cannot read " + file + ": " + e.Message);
            return ExitCodes.BadInputFile;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            DeadlineOutput? output = null;
            var error = ReadLine(lines[i], defaults, out var request) ?? Answer(request, calendar, culture, batch: true, out output, out _);
            stdout.WriteLine(error is null
                ? Serialize(output!, DeadlineJsonContext.Default.DeadlineOutput)
                : Serialize(new DeadlineBatchError { Line = i + 1, Input = lines[i], Error = error }, DeadlineJsonContext.Default.DeadlineBatchError));
        }

        return ExitCodes.Success;
    }

    /// <summary>Reads one batch line into a request; returns what is wrong with it, or null.</summary>
    private static string? ReadLine(string line, Request defaults, out Request request)
    {
        request = defaults;
        DeadlineBatchLine? read;
        try
        {
            read = JsonSerializer.Deserialize(line, DeadlineJsonContext.Default.DeadlineBatchLine);
        }
        catch (JsonException e)
        {
            return "not a JSON object like {\"phrase\": \"年底前\", \"planYear\": 2021}: " + e.Message;
        }

        if (read?.Phrase is not { } phrase)
        {
            return "no \"phrase\": give the time limit as a string, e.g. {\"phrase\": \"年底前\", \"planYear\": 2021}.";
        }

        if (read.PlanYear is { } year && (year < DeadlineContext.MinPlanYear || year > DeadlineContext.MaxPlanYear))
        {
            return "\"planYear\" " + year.ToString(CultureInfo.InvariantCulture) + " is out of range: give a year from 1949 to 9998.";
        }

        LocalDate? issued = defaults.Issued;
        LocalDate? eventDate = defaults.Event;
        if (read.Issued is { } issuedText && !TryParseDate(issuedText, out issued))
        {
            return "\"issued\": " + NotADate(issuedText);
        }

        if (read.Event is { } eventText && !TryParseDate(eventText, out eventDate))
        {
            return "\"event\": " + NotADate(eventText);
        }

        request = new Request(phrase, read.PlanYear ?? defaults.PlanYear, issued, eventDate);
        return null;
    }

    /// <summary>Reads and resolves one phrase; returns an error when the phrase needs a plan year that was not given.</summary>
    private static string? Answer(Request request, IWorkingDayCalendar calendar, CultureInfo culture, bool batch, out DeadlineOutput output, out DeadlineResolution resolution)
    {
        output = null!;
        resolution = default;
        var year = request.PlanYear ?? request.Issued?.Year;
        if (year is < DeadlineContext.MinPlanYear or > DeadlineContext.MaxPlanYear)
        {
            return "the year of the issue date (" + Iso(request.Issued!.Value) + ") is not a plan year from 1949 to 9998: "
                + (batch ? "give \"planYear\"." : "pass --plan-year.");
        }

        var context = new DeadlineContext(year ?? ProvisionalPlanYear, request.Issued);
        var parsed = DeadlineText.Parse(request.Phrase, context);
        var rule = parsed.Rule;
        if (year is null && rule.UsesPlanYear)
        {
            return "the time limit \"" + request.Phrase + "\" needs a plan year: "
                + (batch ? "give \"planYear\" (or \"issued\", whose year is used) on the line, or --plan-year." : "pass --plan-year YEAR (or --issued, whose year is used).");
        }

        var events = request.Event is { } date && rule is DeadlineRule.Relative relative
            ? new Dictionary<RelativeEvent, LocalDate> { [relative.Event] = date }
            : null;
        resolution = DeadlineResolver.Resolve(rule, context, calendar, events);
        output = new DeadlineOutput
        {
            Input = request.Phrase,
            PlanYear = year,
            Issued = request.Issued is { } issued ? Iso(issued) : null,
            Event = events is null ? null : Iso(request.Event!.Value),
            Kind = KindName(rule.Kind),
            Resolution = ResolutionName(resolution.Kind),
            Due = resolution.DueDate is { } due ? Iso(due) : null,
            IsDefault = resolution.IsDefault,
            CountsFrom = rule is DeadlineRule.Relative r ? EventName(r.Event) : null,
            Canonical = rule.ToChineseText(),
            Description = rule.ToEnglishDescription(),
            Milestones = resolution.Milestones
                .Select(m => new MilestoneOutput { Due = Iso(m.DueDate), Canonical = m.Step.Due.ToChineseText(), Action = m.Step.Action })
                .ToList(),
            Occurrences = resolution.Occurrences
                .Select(o => new OccurrenceOutput { PeriodStart = Iso(o.PeriodStart), PeriodEnd = Iso(o.PeriodEnd), Due = Iso(o.DueDate) })
                .ToList(),
            Diagnostics = parsed.Diagnostics.Concat(resolution.Diagnostics)
                .Select(d => new DiagnosticOutput { Code = d.Code, Severity = SeverityName(d.Severity), Message = d.GetMessage(culture) })
                .ToList(),
            Explanation = resolution.Explain(culture),
        };
        return null;
    }

    private static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine("govplan: " + message);
        stderr.WriteLine(GovPlan.UsageHint);
        return ExitCodes.Usage;
    }

    private static int? ParsePlanYear(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year >= DeadlineContext.MinPlanYear && year <= DeadlineContext.MaxPlanYear)
        {
            return year;
        }

        result.AddError("'" + token + "' is not a plan year: give a year from 1949 to 9998, for example 2021.");
        return null;
    }

    private static LocalDate? ParseDate(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (TryParseDate(token, out var date))
        {
            return date;
        }

        result.AddError(NotADate(token));
        return null;
    }

    private static bool TryParseDate(string text, out LocalDate? date)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        date = parsed.Success ? parsed.Value : null;
        return parsed.Success;
    }

    private static string NotADate(string text) => "'" + text + "' is not a date: write it as YYYY-MM-DD, for example 2021-06-09.";

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string KindName(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Fixed => "fixed",
        DeadlineKind.Continuous => "continuous",
        DeadlineKind.Recurring => "recurring",
        DeadlineKind.Relative => "relative",
        DeadlineKind.Milestones => "milestones",
        DeadlineKind.Unspecified => "unspecified",
        DeadlineKind.Unrecognized => "unrecognized",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string ResolutionName(DeadlineResolutionKind kind) => kind switch
    {
        DeadlineResolutionKind.DueDate => "due-date",
        DeadlineResolutionKind.DefaultDueDate => "default-due-date",
        DeadlineResolutionKind.Milestones => "milestones",
        DeadlineResolutionKind.Continuous => "continuous",
        DeadlineResolutionKind.Series => "series",
        DeadlineResolutionKind.NeedsEventDate => "needs-event-date",
        DeadlineResolutionKind.Unrecognized => "unrecognized",
        DeadlineResolutionKind.OutsideCalendar => "outside-calendar",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string EventName(RelativeEvent @event) => @event switch
    {
        RelativeEvent.Unnamed => "unnamed",
        RelativeEvent.PlanIssued => "plan-issued",
        RelativeEvent.Received => "received",
        RelativeEvent.Approved => "approved",
        RelativeEvent.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(@event), @event, null),
    };

    private static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        _ => "error",
    };

    /// <summary>One phrase to answer, with its plan year, issue date and event date when given.</summary>
    private sealed record Request(string Phrase, int? PlanYear, LocalDate? Issued, LocalDate? Event);
}
