using System.Collections.Generic;

namespace GovTransparency.Domain.Progress;

/// <summary>What <see cref="ProgressText.Parse"/> understood of one progress text.</summary>
/// <param name="Text">The text as written.</param>
/// <param name="Status">The status it states.</param>
/// <param name="Metrics">The counts it reports, in text order.</param>
/// <param name="Diagnostics">What could not be understood, or was contradictory.</param>
public sealed record ProgressReading(
    string Text,
    ProgressStatus Status,
    IReadOnlyList<ProgressMetric> Metrics,
    IReadOnlyList<Diagnostic> Diagnostics);
