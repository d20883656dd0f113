using System.Collections.Generic;
using GovTransparency.Domain;
using GovTransparency.Domain.Progress;

namespace GovTransparency.Import.Internal;

/// <summary>The state one import shares between its readers: the findings, and the progress entries read so far.</summary>
internal sealed class ImportContext
{
    private int _unusedReported;
    private int _unusedOmitted;

    /// <summary>Gets or sets the plan year and issue date, known once the header has been read and before the body is.</summary>
    public PlanContext Plan { get; set; } = new(GovTransparency.Domain.Plans.DocumentNumber.MinYear, null);

    public List<Diagnostic> Diagnostics { get; } = new();

    public List<ProgressEntry> ProgressEntries { get; } = new();

    public void Add(Diagnostic diagnostic) => Diagnostics.Add(diagnostic);

    /// <summary>Adds the findings of a Domain parser about a text on <paramref name="line"/>, with the model path of what it concerns.</summary>
    public void AddFrom(IEnumerable<Diagnostic> diagnostics, int line, string? path)
    {
        foreach (var diagnostic in diagnostics)
        {
            var located = diagnostic.Line is null ? diagnostic with { Line = line } : diagnostic;
            Diagnostics.Add(path is null ? located : located.AtPath(path));
        }
    }

    public void ReportUnused(SourceLine line)
    {
        if (line.IsBlank)
        {
            return;
        }

        ReportUnused(line.Number, line.Trimmed);
    }

    public void ReportUnused(Cell cell)
    {
        foreach (var line in cell.Lines)
        {
            ReportUnused(line);
        }
    }

    public void ReportUnused(int line, string text)
    {
        if (_unusedReported < PlanDocumentImporter.MaxUnusedLineDiagnostics)
        {
            _unusedReported++;
            Diagnostics.Add(Messages.TextNotUsed(line, text));
        }
        else
        {
            _unusedOmitted++;
        }
    }

    public void Finish()
    {
        if (_unusedOmitted > 0)
        {
            Diagnostics.Add(Messages.TooManyUnusedLines(_unusedOmitted, PlanDocumentImporter.MaxUnusedLineDiagnostics));
        }
    }
}
