using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FluentValidation.Results;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// What validating a plan (and its progress reports) found: the findings in a stable order, their counts by
/// severity, filters by severity and code, the detected task-numbering scheme, and renderings as text (in Chinese or
/// English, chosen by an explicit culture) and JSON. Immutable, with value equality.
/// </summary>
public sealed record ValidationReport
{
    private readonly ValueList<ValidationFinding> _findings;
    private readonly ValueList<Diagnostic> _diagnostics;

    /// <summary>Creates a report.</summary>
    /// <param name="findings">The findings, in the order they were found.</param>
    /// <param name="taskNumbering">How the plan numbers its tasks.</param>
    public ValidationReport(IEnumerable<ValidationFinding> findings, TaskNumberingScheme taskNumbering)
    {
        _findings = ValueList<ValidationFinding>.From(Guard.Against.NullOrContainsNull(findings));
        TaskNumbering = Guard.Against.UndefinedEnum(taskNumbering);
        _diagnostics = ValueList<Diagnostic>.From(_findings.Select(f => f.Diagnostic));
        foreach (var finding in _findings)
        {
            switch (finding.Severity)
            {
                case DiagnosticSeverity.Error:
                    ErrorCount++;
                    break;
                case DiagnosticSeverity.Warning:
                    WarningCount++;
                    break;
                default:
                    InfoCount++;
                    break;
            }
        }
    }

    /// <summary>
    /// Gets the findings: the plan's (document metadata, numbering, then section by section and task by task in
    /// document order, then unit names across the plan), then the progress reports' in the order given.
    /// </summary>
    public IReadOnlyList<ValidationFinding> Findings => _findings;

    /// <summary>
    /// Gets the findings' diagnostics (code, severity, path, messages, subject), in the order of
    /// <see cref="Findings"/>, for code that handles every <see cref="Diagnostic"/> of the library alike.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Gets how the plan numbers its tasks (also stated by finding GT1008).</summary>
    public TaskNumberingScheme TaskNumbering { get; }

    /// <summary>Gets the number of findings.</summary>
    public int Count => _findings.Count;

    /// <summary>Gets the number of error findings.</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of warning findings.</summary>
    public int WarningCount { get; }

    /// <summary>Gets the number of info findings.</summary>
    public int InfoCount { get; }

    /// <summary>Gets whether any finding is an error.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>
    /// Makes a report from the result of this library's FluentValidation validators (such as
    /// <see cref="WorkPlanValidator"/>), mapping each failure with <see cref="ValidationFinding.FromFailure"/>.
    /// </summary>
    /// <param name="result">The validation result.</param>
    /// <param name="plan">The plan validated, for the task numbers and the numbering scheme; may be null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException">A failure was not produced by this library's validators.</exception>
    public static ValidationReport FromResult(ValidationResult result, WorkPlan? plan = null)
    {
        Guard.Against.Null(result);
        return Create(result.Errors, plan, plan is null ? TaskNumberingScheme.Unknown : Validation.TaskNumbering.Detect(plan));
    }

    /// <summary>Gets the findings of exactly <paramref name="severity"/>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The findings, in report order.</returns>
    public IReadOnlyList<ValidationFinding> WithSeverity(DiagnosticSeverity severity) =>
        Select(f => f.Severity == severity);

    /// <summary>Gets the findings of <paramref name="severity"/> or more serious (warnings and errors for a warning).</summary>
    /// <param name="severity">The least severity.</param>
    /// <returns>The findings, in report order.</returns>
    public IReadOnlyList<ValidationFinding> AtLeast(DiagnosticSeverity severity) =>
        Select(f => f.Severity >= severity);

    /// <summary>Gets the findings with code <paramref name="code"/> (for example <c>DiagnosticCodes.UnitNamesSimilar</c>).</summary>
    /// <param name="code">The code, compared exactly.</param>
    /// <returns>The findings, in report order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public IReadOnlyList<ValidationFinding> WithCode(string code)
    {
        Guard.Against.Null(code);
        return Select(f => string.Equals(f.Code, code, StringComparison.Ordinal));
    }

    /// <summary>
    /// Renders the report as text in the language of <paramref name="culture"/> (Chinese for any <c>zh</c>
    /// culture, English otherwise): one line per finding, <c>code severity path (task): message</c>, then a summary
    /// line. Lines end with <c>\n</c> on every machine.
    /// </summary>
    /// <param name="culture">The culture that chooses the language; pass it explicitly.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string Render(CultureInfo culture)
    {
        Guard.Against.Null(culture);
        var text = new StringBuilder();
        foreach (var finding in _findings)
        {
            text.Append(finding.Format(culture)).Append('\n');
        }

        return text.Append(Messages.ValidationSummary(ErrorCount, WarningCount, InfoCount, Diagnostic.IsChinese(culture))).Append('\n').ToString();
    }

    /// <summary>
    /// Writes the report as JSON: <c>taskNumbering</c> (<c>unknown</c>, <c>throughPlan</c> or
    /// <c>restartingPerSection</c>), <c>errors</c>, <c>warnings</c>, <c>infos</c>, and <c>findings</c>, each with
    /// <c>code</c>, <c>severity</c> (<c>error</c>, <c>warning</c>, <c>info</c>), <c>path</c>, <c>task</c> (as
    /// written, when about a task), <c>subject</c> (when any), <c>messageZh</c> and <c>messageEn</c>.
    /// </summary>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The JSON text.</returns>
    public string ToJson(bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }))
        {
            writer.WriteStartObject();
            writer.WriteString("taskNumbering", SchemeName(TaskNumbering));
            writer.WriteNumber("errors", ErrorCount);
            writer.WriteNumber("warnings", WarningCount);
            writer.WriteNumber("infos", InfoCount);
            writer.WriteStartArray("findings");
            foreach (var finding in _findings)
            {
                writer.WriteStartObject();
                writer.WriteString("code", finding.Code);
                writer.WriteString("severity", Diagnostic.SeverityName(finding.Severity));
                writer.WriteString("path", finding.Path);
                if (finding.Task is { } task)
                {
                    writer.WriteString("task", task.Text);
                }

                if (finding.Subject is { } subject)
                {
                    writer.WriteString("subject", subject);
                }

                writer.WriteString("messageZh", finding.Diagnostic.MessageZh);
                writer.WriteString("messageEn", finding.Diagnostic.MessageEn);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Formats the counts in English: <c>6 findings: 1 error, 2 warnings, 3 info.</c></summary>
    /// <returns>The counts as text.</returns>
    public override string ToString() => Messages.ValidationSummary(ErrorCount, WarningCount, InfoCount, chinese: false);

    internal static ValidationReport Create(IEnumerable<ValidationFailure> failures, WorkPlan? plan, TaskNumberingScheme scheme) =>
        new(failures.Select(f => ValidationFinding.FromFailure(f, plan)), scheme);

    private static string SchemeName(TaskNumberingScheme scheme) => scheme switch
    {
        TaskNumberingScheme.ThroughPlan => "throughPlan",
        TaskNumberingScheme.RestartingPerSection => "restartingPerSection",
        _ => "unknown",
    };

    private ValueList<ValidationFinding> Select(Func<ValidationFinding, bool> predicate) =>
        ValueList<ValidationFinding>.From(_findings.Where(predicate));
}
