using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Text;
using GovTransparency.Domain;
using GovTransparency.Domain.Calendars;
using GovTransparency.Domain.Compliance;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Serialization;
using GovTransparency.Import;
using NodaTime;
using NodaTime.Text;

namespace GovTransparency.Cli;

/// <summary>
/// <c>govplan report [PLAN] [--progress REPORT] [--as-of DATE] [--format md|csv|json] [--lang en|zh]</c>: judges a plan
/// at a date against its progress report with <see cref="PlanCompliance.Summarize(WorkPlan, ProgressHistory, IWorkingDayCalendar, LocalDate, ComplianceSettings?)"/>
/// and prints the summary (Markdown), the 台账 (CSV, with a byte order mark) or the JSON of <see cref="ComplianceRenderer"/>.
/// </summary>
/// <remarks>
/// <para>
/// Without PLAN it reports on the embedded sample — seed 000 (叶集区 2021) and its September 2021 progress report,
/// as of that report's date, 2021-09-30 — and its first line of output says so. For JSON the note goes to stderr
/// instead, so that stdout stays one valid JSON document.
/// </para>
/// <para>
/// PLAN is plan JSON (its first non-blank character is <c>{</c>) or a plan document's text, imported; a document whose
/// table has a progress column (进展情况) brings its own report, used unless <c>--progress</c> is given. REPORT is
/// progress-report JSON or a document with a progress column. With a PLAN and no <c>--as-of</c>, the date is today in
/// China Standard Time (Asia/Shanghai): this command is the only place that reads the clock.
/// </para>
/// </remarks>
internal static class ReportCommand
{
    /// <summary>The manifest name of the embedded sample: seed 000, the 叶集区 2021 plan with its September 2021 report.</summary>
    public const string SampleResourceName = "GovTransparency.Cli.Samples.yeji-2021-09.txt";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static Command Create(TextWriter stdout, TextWriter stderr) => Create(stdout, stderr, SystemClock.Instance);

    /// <summary>Creates the command with the clock that gives today's date (tests pass a fixed one).</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr, IClock clock)
    {
        var plan = new Argument<string?>("PLAN")
        {
            Description = "The plan: plan JSON, or a plan document's text (UTF-8). Default: the embedded sample (seed 000, 叶集区 2021, with its September 2021 progress report).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var progress = new Option<string?>("--progress")
        {
            Description = "The progress report: progress-report JSON, or a document with a progress column (进展情况). Default: the one in the PLAN document, if any.",
            HelpName = "REPORT",
        };
        var asOf = new Option<LocalDate?>("--as-of")
        {
            Description = "The date to judge at, YYYY-MM-DD. Default: the sample's report date (2021-09-30), or with a PLAN today in China Standard Time.",
            HelpName = "YYYY-MM-DD",
            CustomParser = ParseDate,
        };
        var format = new Option<string>("--format")
        {
            Description = "md: the summary as Markdown tables; csv: the 台账, one row per task (UTF-8 with BOM, for Excel); json: the summary as JSON.",
            DefaultValueFactory = _ => "md",
        };
        format.AcceptOnlyFromAmong("md", "csv", "json");
        var language = new Option<string>("--lang")
        {
            Description = "Language of headings and standings: en or zh.",
            DefaultValueFactory = _ => "en",
        };
        language.AcceptOnlyFromAmong("en", "zh");

        var command = new Command("report", "Judges a plan at a date against its progress report: who is done, late, overdue or due soon, per unit and per section.")
        {
            plan,
            progress,
            asOf,
            format,
            language,
        };
        command.SetAction(parse =>
        {
            var culture = string.Equals(parse.GetValue(language), "zh", StringComparison.Ordinal) ? Chinese : English;
            var path = parse.GetValue(plan);
            WorkPlan workPlan;
            ProgressReport? report;
            if (path is null)
            {
                var sample = PlanDocumentImporter.Import(ReadSample());
                workPlan = sample.Plan;
                report = sample.ProgressReport;
            }
            else if (!TryReadPlan(path, stderr, out workPlan!, out report))
            {
                return ExitCodes.BadInputFile;
            }

            if (parse.GetValue(progress) is { } progressPath)
            {
                if (ReadProgress(progressPath, stderr) is not { } given)
                {
                    return ExitCodes.BadInputFile;
                }

                report = given;
            }
            else if (report is null)
            {
                stderr.WriteLine("govplan: " + path + " has no progress report, so every task's status is unknown; give one with --progress REPORT.");
            }

            var date = parse.GetValue(asOf)
                ?? (path is null ? report!.AsOf : clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date);
            var history = report is null ? ProgressHistory.Empty : new ProgressHistory(new[] { report });
            var summary = PlanCompliance.Summarize(workPlan, history, ChinaCalendar.Default, date);
            var note = path is null ? SampleNote(workPlan, report!, date, culture) : null;
            switch (parse.GetValue(format))
            {
                case "json":
                    if (note is not null)
                    {
                        stderr.WriteLine(note);
                    }

                    stdout.WriteLine(ComplianceRenderer.ToJson(summary));
                    break;
                case "csv":
                    // The byte order mark first, so that Excel opens the redirected output as UTF-8.
                    stdout.Write('\uFEFF');
                    if (note is not null)
                    {
                        stdout.Write(CsvRecord(note));
                    }

                    stdout.Write(ComplianceRenderer.ToCsv(summary, culture));
                    break;
                default:
                    if (note is not null)
                    {
                        stdout.Write(note + "\n\n");
                    }

                    stdout.Write(ComplianceRenderer.ToMarkdown(summary, culture));
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The embedded sample document's text.</summary>
    public static string ReadSample()
    {
        using var stream = typeof(ReportCommand).Assembly.GetManifestResourceStream(SampleResourceName)
            ?? throw new InvalidOperationException("The embedded sample " + SampleResourceName + " is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string SampleNote(WorkPlan plan, ProgressReport report, LocalDate asOf, CultureInfo culture) =>
        ReferenceEquals(culture, Chinese)
            ? "示例：种子文件 000（" + plan.Title + "）及其 " + Month(report.AsOf, chinese: true) + " 进展情况，截至 " + Iso(asOf) + "。指定 PLAN 可报告您自己的计划。"
            : "Sample: seed 000 (" + plan.Title + ") with its " + Month(report.AsOf, chinese: false) + " progress report, as of " + Iso(asOf) + ". Pass a PLAN to report on your own.";

    private static string Month(LocalDate date, bool chinese) => chinese
        ? date.Year.ToString(CultureInfo.InvariantCulture) + "年" + date.Month.ToString(CultureInfo.InvariantCulture) + "月"
        : LocalDatePattern.Create("MMMM yyyy", CultureInfo.InvariantCulture).Format(date);

    /// <summary>A one-field CSV record, quoted as RFC 4180 asks when the text holds a comma, a quote or a line break.</summary>
    private static string CsvRecord(string text) =>
        (text.Contains(',', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal) || text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal) ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text) + "\r\n";

    /// <summary>Reads plan JSON or imports a document; the document's progress report comes with it.</summary>
    private static bool TryReadPlan(string path, TextWriter stderr, out WorkPlan? plan, out ProgressReport? report)
    {
        plan = null;
        report = null;
        if (ReadFile(path, stderr) is not { } text)
        {
            return false;
        }

        var read = PlanInput.Read(text, out report);
        Print(path, read.Diagnostics, stderr);
        plan = read.ValueOrDefault;
        return plan is not null;
    }

    /// <summary>Reads progress-report JSON, or the progress column of a document.</summary>
    private static ProgressReport? ReadProgress(string path, TextWriter stderr)
    {
        if (ReadFile(path, stderr) is not { } text)
        {
            return null;
        }

        if (PlanInput.IsJson(text))
        {
            var read = PlanJson.DeserializeProgressReport(text);
            Print(path, read.Diagnostics, stderr);
            return read.ValueOrDefault;
        }

        var imported = PlanDocumentImporter.Import(text);
        Print(path, imported.Diagnostics, stderr);
        if (imported.ProgressReport is null)
        {
            stderr.WriteLine("govplan: " + path + " has no progress column (进展情况): no progress report read.");
        }

        return imported.HasErrors ? null : imported.ProgressReport;
    }

    private static void Print(string path, System.Collections.Generic.IEnumerable<Diagnostic> diagnostics, TextWriter stderr)
    {
        foreach (var diagnostic in diagnostics)
        {
            var where = diagnostic.Line is int line ? path + ":" + line.ToString(CultureInfo.InvariantCulture) : path;
            stderr.WriteLine(where + ": " + diagnostic);
        }
    }

    private static string? ReadFile(string path, TextWriter stderr)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine("govplan: cannot read " + path + ": " + e.Message);
            return null;
        }
    }

    private static LocalDate? ParseDate(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var parsed = LocalDatePattern.Iso.Parse(token);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError("'" + token + "' is not a date: write it as YYYY-MM-DD, for example 2021-11-15.");
        return null;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
