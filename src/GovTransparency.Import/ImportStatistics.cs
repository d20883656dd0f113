using System.Globalization;

namespace GovTransparency.Import;

/// <summary>How much an import read: the counts the <c>govplan import FILE --stats</c> command prints.</summary>
/// <param name="Sections">The number of sections (一、二、…).</param>
/// <param name="Subsections">The number of subsections ((一)(二)…) in all sections.</param>
/// <param name="Tasks">The number of tasks.</param>
/// <param name="ProgressEntries">The number of progress entries (0 when the document has no progress column).</param>
/// <param name="Diagnostics">The number of diagnostics, of every severity.</param>
public sealed record ImportStatistics(int Sections, int Subsections, int Tasks, int ProgressEntries, int Diagnostics)
{
    /// <summary>
    /// Formats the counts as one JSON object on one line:
    /// <c>{"sections": 6, "subsections": 22, "tasks": 52, "progressEntries": 52, "diagnostics": 3}</c>.
    /// </summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => string.Format(
        CultureInfo.InvariantCulture,
        "{{\"sections\": {0}, \"subsections\": {1}, \"tasks\": {2}, \"progressEntries\": {3}, \"diagnostics\": {4}}}",
        Sections,
        Subsections,
        Tasks,
        ProgressEntries,
        Diagnostics);
}
