using System.Collections.Generic;
using System.Linq;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Deadlines;

/// <summary>
/// The result of reading a time limit with <see cref="DeadlineText.Parse(string, DeadlineContext)"/>: always a
/// rule (text that cannot be read becomes <see cref="DeadlineRule.Unrecognized"/>, kept verbatim; an empty text
/// becomes <see cref="DeadlineRule.Unspecified"/>), with the diagnostics found on the way.
/// </summary>
/// <remarks>
/// A dedicated type rather than <see cref="ParseResult{T}"/>: reading a time limit never fails, because every
/// text has a rule, so there is no failed state to check before reading the value.
/// </remarks>
public sealed record DeadlineParseResult
{
    private readonly ValueList<Diagnostic> _diagnostics;

    /// <summary>Creates a result.</summary>
    /// <param name="rule">The rule read.</param>
    /// <param name="diagnostics">The findings, in text order; null for none.</param>
    public DeadlineParseResult(DeadlineRule rule, IEnumerable<Diagnostic>? diagnostics = null)
    {
        Rule = Guard.Against.Null(rule);
        _diagnostics = diagnostics is null
            ? ValueList<Diagnostic>.Empty
            : ValueList<Diagnostic>.From(Guard.Against.NullOrContainsNull(diagnostics));
    }

    /// <summary>Gets the rule read; never null.</summary>
    public DeadlineRule Rule { get; }

    /// <summary>
    /// Gets the findings: GT0401 (info) for an empty text, GT0402 / GT0403 / GT0404 (warnings) for a text kept as
    /// unrecognised, GT0405 (info) for words left out of the rule.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Gets whether the text was read as a time limit (the rule is not <see cref="DeadlineRule.Unrecognized"/>).</summary>
    public bool IsRecognized => Rule is not DeadlineRule.Unrecognized;

    /// <summary>Gets whether any diagnostic is a warning or an error.</summary>
    public bool HasWarnings => _diagnostics.Any(d => d.Severity != DiagnosticSeverity.Info);
}
