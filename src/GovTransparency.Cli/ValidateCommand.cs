using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using GovTransparency.Domain;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Progress;
using GovTransparency.Domain.Serialization;
using GovTransparency.Domain.Validation;
using GovTransparency.Import;

namespace GovTransparency.Cli;

/// <summary>
/// <c>govplan validate FILE [--progress FILE]… [--json] [--lang en|zh]</c>: reads a plan in the library's JSON format
/// (and progress reports on it), validates it with <see cref="PlanValidator"/> and prints the findings. Exit code 0
/// when no finding is an error, 1 when one is, 2 when a file cannot be read (or the command line is wrong).
/// </summary>
internal static class ValidateCommand
{
    /// <summary>The plan was validated and no finding is an error (warnings and info may have been printed).</summary>
    public const int NoErrors = 0;

    /// <summary>The plan was validated and at least one finding is an error.</summary>
    public const int ErrorsFound = 1;

    /// <summary>A file could not be read, or is not a plan (or progress report) in the JSON format.</summary>
    public const int Unreadable = 2;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "The plan, in the library's JSON format (see govtransparency.schema.json)." };
        var progress = new Option<string[]>("--progress")
        {
            Description = "Also validate a progress report on the plan, from FILE in the JSON format of progress reports. Repeatable; reports are compared by their as-of dates.",
            HelpName = "FILE",
        };
        var json = new Option<bool>("--json") { Description = "Print the findings as JSON (taskNumbering, counts, findings with code, severity, path, task, subject, messageZh, messageEn)." };
        var language = new Option<string>("--lang")
        {
            Description = "Language of the messages: en (the default, whatever the machine's culture) or zh.",
            DefaultValueFactory = _ => "en",
        };
        language.AcceptOnlyFromAmong("en", "zh");

        var command = new Command(
            "validate",
            "Checks a plan (and its progress reports) and prints what is wrong, one finding per line: code, severity, path, task, message. "
            + "Exit code 0 when no finding is an error, 1 when one is, 2 when a file cannot be read.")
        {
            file,
            progress,
            json,
            language,
        };
        command.SetAction(parse =>
        {
            var culture = string.Equals(parse.GetValue(language), "zh", StringComparison.Ordinal) ? Chinese : English;
            var planFile = parse.GetValue(file) ?? string.Empty;
            ProgressReport? documentReport = null;
            if (Read<WorkPlan>(planFile, text => ReadPlanOrDocument(text, out documentReport), culture, stderr) is not { } plan)
            {
                return Unreadable;
            }

            var reports = new List<ProgressReport>();
            if (documentReport is not null && (parse.GetValue(progress) ?? Array.Empty<string>()).Length == 0)
            {
                // A document with a 进展情况 column brings its own report.
                reports.Add(documentReport);
            }

            foreach (var reportFile in parse.GetValue(progress) ?? Array.Empty<string>())
            {
                if (Read<ProgressReport>(reportFile, text => PlanJson.DeserializeProgressReport(text), culture, stderr) is not { } report)
                {
                    return Unreadable;
                }

                reports.Add(report);
            }

            var result = PlanValidator.Default.Validate(plan, reports);
            stdout.Write(parse.GetValue(json) ? result.ToJson() + "\n" : result.Render(culture));
            return result.HasErrors ? ErrorsFound : NoErrors;
        });
        return command;
    }

    /// <summary>
    /// Reads plan JSON (text starting with <c>{</c>) or imports a published document, keeping the document's own
    /// progress report when it has one.
    /// </summary>
    private static ParseResult<WorkPlan> ReadPlanOrDocument(string text, out ProgressReport? documentReport)
    {
        var read = PlanInput.Read(text, out documentReport);
        if (!read.Success || PlanInput.IsJson(text))
        {
            return read;
        }

        // An import's info findings (where the year came from, merged headers) are not validation's business.
        return ParseResult<WorkPlan>.ForValue(read.Value, read.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info));
    }

    /// <summary>Reads and deserializes one file; on failure prints why on stderr and returns null.</summary>
    private static T? Read<T>(string file, Func<string, ParseResult<T>> deserialize, CultureInfo culture, TextWriter stderr)
        where T : class
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine(ReferenceEquals(culture, Chinese)
                ? "govplan: 无法读取 " + file + "：" + e.Message
                : "govplan: cannot read " + file + ": " + e.Message);
            return null;
        }

        var result = deserialize(text);
        if (!result.Success)
        {
            stderr.WriteLine(ReferenceEquals(culture, Chinese)
                ? "govplan: 无法读取 " + file + "（本库 JSON 格式或已发布的计划文本）："
                : "govplan: " + file + " could not be read as the library's JSON or as a published plan document:");
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(file + ": " + diagnostic.Code + " " + SeverityName(diagnostic.Severity)
                + (diagnostic.Path is null ? string.Empty : " [" + diagnostic.Path + "]") + ": " + diagnostic.GetMessage(culture));
        }

        return result.Success ? result.Value : null;
    }

    private static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
