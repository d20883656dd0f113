using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using GovTransparency.Domain;
using GovTransparency.Domain.Plans;
using GovTransparency.Domain.Serialization;
using GovTransparency.Import;

namespace GovTransparency.Cli;

/// <summary>
/// <c>govplan import FILE [--json | --stats]</c>: reads the plain text of a published plan with
/// <see cref="PlanDocumentImporter"/> and writes the plan as JSON (or the counts read) to <c>stdout</c>, the
/// diagnostics to <c>stderr</c> as <c>FILE:LINE: GT0601 info: message</c>.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "The plain text of a published plan (UTF-8): a task table (任务分工) or prose key points (工作要点)." };
        var json = new Option<bool>("--json") { Description = "Write the plan as JSON to stdout (the default)." };
        var stats = new Option<bool>("--stats")
        {
            Description = "Write one JSON object with the counts read instead of the plan: {\"sections\": n, \"subsections\": n, \"tasks\": n, \"progressEntries\": n, \"diagnostics\": n}.",
        };
        var language = new Option<string>("--lang")
        {
            Description = "Language of the diagnostics: en or zh.",
            DefaultValueFactory = _ => "en",
        };
        language.AcceptOnlyFromAmong("en", "zh");

        var command = new Command("import", "Reads a plan document's text into a plan: JSON on stdout, diagnostics (with line numbers) on stderr.")
        {
            file,
            json,
            stats,
            language,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(json) && parse.GetValue(stats))
            {
                stderr.WriteLine("govplan: --json and --stats cannot be combined.");
                stderr.WriteLine(GovPlan.UsageHint);
                return ExitCodes.Usage;
            }

            var path = parse.GetValue(file)!;
            if (ReadFile(path, stderr) is not { } text)
            {
                return ExitCodes.BadInputFile;
            }

            var result = PlanDocumentImporter.Import(text);
            var chinese = parse.GetValue(language) == "zh";
            foreach (var diagnostic in result.Diagnostics)
            {
                stderr.WriteLine(Format(path, diagnostic, chinese));
            }

            stdout.WriteLine(parse.GetValue(stats) ? result.Statistics.ToJson() : PlanJson.Serialize(result.Plan));
            return result.HasErrors ? ExitCodes.BadInputFile : ExitCodes.Success;
        });
        return command;
    }

    private static string Format(string path, Diagnostic diagnostic, bool chinese)
    {
        var where = diagnostic.Line is int line ? path + ":" + line.ToString(CultureInfo.InvariantCulture) : path;
        if (!chinese)
        {
            return where + ": " + diagnostic;
        }

        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "错误",
            DiagnosticSeverity.Warning => "警告",
            _ => "提示",
        };
        return where + ": " + diagnostic.Code + " " + severity + (diagnostic.Path is null ? string.Empty : " [" + diagnostic.Path + "]") + "：" + diagnostic.MessageZh;
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
}
