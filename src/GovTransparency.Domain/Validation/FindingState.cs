using GovTransparency.Domain.Plans;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// What a validator attaches to a FluentValidation failure as its <c>CustomState</c>: the bilingual diagnostic and,
/// when the validator knows it directly (progress entries), the task number as written.
/// </summary>
internal sealed class FindingState
{
    public FindingState(Diagnostic diagnostic, TaskNumber? task)
    {
        Diagnostic = diagnostic;
        Task = task;
    }

    /// <summary>Gets the diagnostic: code, severity, messages and subject (its path is set when it is mapped).</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>Gets the task number as written, when the validator knows it; otherwise it is found from the path.</summary>
    public TaskNumber? Task { get; }
}
