using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace GovTransparency.Cli;

/// <summary>One line of a <c>govplan deadline --batch</c> file: <c>{"phrase": "...", "planYear": 2021, "issued": "2021-06-09"}</c>.</summary>
internal sealed class DeadlineBatchLine
{
    /// <summary>Gets or sets the time limit as written (line breaks escaped as <c>\n</c>).</summary>
    public string? Phrase { get; set; }

    /// <summary>Gets or sets the plan year, when given.</summary>
    public int? PlanYear { get; set; }

    /// <summary>Gets or sets the plan's issue date, YYYY-MM-DD, when given.</summary>
    public string? Issued { get; set; }

    /// <summary>Gets or sets the date of the event a relative time limit counts from, YYYY-MM-DD, when given.</summary>
    public string? Event { get; set; }
}

/// <summary>The answer for one phrase, printed by <c>--json</c> and written per line by <c>--batch</c>.</summary>
internal sealed class DeadlineOutput
{
    /// <summary>Gets or sets the phrase as given.</summary>
    public string Input { get; set; } = string.Empty;

    /// <summary>Gets or sets the plan year used, or null when none was given and the phrase needs none.</summary>
    public int? PlanYear { get; set; }

    /// <summary>Gets or sets the issue date used, or null.</summary>
    public string? Issued { get; set; }

    /// <summary>Gets or sets the event date used, or null.</summary>
    public string? Event { get; set; }

    /// <summary>Gets or sets the rule's kind: fixed, continuous, recurring, relative, milestones, unspecified or unrecognized.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>
    /// Gets or sets what resolving gave: due-date, default-due-date, milestones, continuous, series, needs-event-date,
    /// unrecognized or outside-calendar.
    /// </summary>
    public string Resolution { get; set; } = string.Empty;

    /// <summary>Gets or sets the due date (for milestones the last step's), or null.</summary>
    public string? Due { get; set; }

    /// <summary>Gets or sets whether the due date is the plan's default (no time limit written).</summary>
    public bool IsDefault { get; set; }

    /// <summary>Gets or sets the event a relative rule counts from (plan-issued, received, approved, other, unnamed), or null.</summary>
    public string? CountsFrom { get; set; }

    /// <summary>Gets or sets the canonical Chinese phrase.</summary>
    public string Canonical { get; set; } = string.Empty;

    /// <summary>Gets or sets the English description of the rule.</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>Gets or sets each milestone with its due date; empty for other rules.</summary>
    public List<MilestoneOutput> Milestones { get; set; } = new();

    /// <summary>Gets or sets each occurrence of a recurring rule in the plan year; empty for other rules.</summary>
    public List<OccurrenceOutput> Occurrences { get; set; } = new();

    /// <summary>Gets or sets the findings of reading and resolving the phrase.</summary>
    public List<DiagnosticOutput> Diagnostics { get; set; } = new();

    /// <summary>Gets or sets the explanation of the resolution, lines separated by line feeds.</summary>
    public string Explanation { get; set; } = string.Empty;
}

/// <summary>A milestone in the output.</summary>
internal sealed class MilestoneOutput
{
    /// <summary>Gets or sets the step's due date.</summary>
    public string Due { get; set; } = string.Empty;

    /// <summary>Gets or sets the step's canonical phrase (7月底前).</summary>
    public string Canonical { get; set; } = string.Empty;

    /// <summary>Gets or sets what is due by it, or null.</summary>
    public string? Action { get; set; }
}

/// <summary>An occurrence of a recurring rule in the output.</summary>
internal sealed class OccurrenceOutput
{
    /// <summary>Gets or sets the first day of the period.</summary>
    public string PeriodStart { get; set; } = string.Empty;

    /// <summary>Gets or sets the last day of the period.</summary>
    public string PeriodEnd { get; set; } = string.Empty;

    /// <summary>Gets or sets the occurrence's due date.</summary>
    public string Due { get; set; } = string.Empty;
}

/// <summary>A diagnostic in the output.</summary>
internal sealed class DiagnosticOutput
{
    /// <summary>Gets or sets the stable code (GT0420).</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>Gets or sets info, warning or error.</summary>
    public string Severity { get; set; } = string.Empty;

    /// <summary>Gets or sets the message in the language chosen with <c>--lang</c>.</summary>
    public string Message { get; set; } = string.Empty;
}

/// <summary>The object written for a batch line that could not be read.</summary>
internal sealed class DeadlineBatchError
{
    /// <summary>Gets or sets the one-based line number in the batch file.</summary>
    public int Line { get; set; }

    /// <summary>Gets or sets the line as read.</summary>
    public string Input { get; set; } = string.Empty;

    /// <summary>Gets or sets what is wrong with it.</summary>
    public string Error { get; set; } = string.Empty;
}

/// <summary>The source-generated serializer of <c>govplan deadline</c>'s JSON (no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(DeadlineBatchLine))]
[JsonSerializable(typeof(DeadlineOutput))]
[JsonSerializable(typeof(DeadlineBatchError))]
internal sealed partial class DeadlineJsonContext : JsonSerializerContext
{
}
