using System.Collections.Generic;
using GovTransparency.Domain.Progress;

namespace GovTransparency.Domain.Validation;

/// <summary>The progress reports of one validation run, as given (paths <c>Reports[0].Entries[3]</c> index this list).</summary>
internal sealed class ReportsAsGiven
{
    public ReportsAsGiven(IReadOnlyList<ProgressReport> reports) => Reports = reports;

    public IReadOnlyList<ProgressReport> Reports { get; }
}
