using System;
using System.Globalization;
using FluentValidation.Results;
using GovTransparency.Domain.Internal;
using GovTransparency.Domain.Plans;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// One thing validation found: a <see cref="Diagnostic"/> (stable code, severity, path, message in Chinese and
/// English, and the verbatim text it is about) and, when it concerns a task, the task's number as written.
/// </summary>
public sealed record ValidationFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="diagnostic">The diagnostic, with its <see cref="Diagnostic.Path"/>.</param>
    /// <param name="task">The number of the task the finding is about, as written; null when it is about no task.</param>
    public ValidationFinding(Diagnostic diagnostic, TaskNumber? task = null)
    {
        Diagnostic = Guard.Against.Null(diagnostic);
        Task = task;
    }

    /// <summary>Gets the diagnostic: code, severity, path, messages and subject.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>Gets the number of the task the finding is about, as written in the plan (or report), or null.</summary>
    public TaskNumber? Task { get; }

    /// <summary>Gets the stable code, GT1001 to GT1999 (see <see cref="DiagnosticCodes"/>).</summary>
    public string Code => Diagnostic.Code;

    /// <summary>Gets how serious the finding is.</summary>
    public DiagnosticSeverity Severity => Diagnostic.Severity;

    /// <summary>
    /// Gets where the finding is, as a model path such as <c>Sections[1].Subsections[0].Tasks[2].Deadline</c> (plan)
    /// or <c>Reports[0].Entries[3].Status</c> (progress reports, indexed in the order given).
    /// </summary>
    public string Path => Diagnostic.Path ?? string.Empty;

    /// <summary>Gets the verbatim text the finding is about (a time limit, a title, a unit name), or null.</summary>
    public string? Subject => Diagnostic.Subject;

    /// <summary>
    /// Gets the message in the language of <paramref name="culture"/>: Chinese for any <c>zh</c> culture, English
    /// otherwise.
    /// </summary>
    /// <param name="culture">The culture that chooses the language; pass it explicitly.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string GetMessage(CultureInfo culture) => Diagnostic.GetMessage(culture);

    /// <summary>
    /// Maps a FluentValidation failure produced by this library's validators to a finding: the code from
    /// <c>ErrorCode</c>, the severity from <c>Severity</c>, the path from <c>PropertyName</c>, the messages and
    /// subject from <c>CustomState</c>, and the task from the path when <paramref name="plan"/> is given.
    /// </summary>
    /// <param name="failure">The failure.</param>
    /// <param name="plan">The plan that was validated, to find the task a path points into; may be null.</param>
    /// <returns>The finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="failure"/> is null.</exception>
    /// <exception cref="ArgumentException">The failure was not produced by this library's validators.</exception>
    public static ValidationFinding FromFailure(ValidationFailure failure, WorkPlan? plan = null)
    {
        Guard.Against.Null(failure);
        if (failure.CustomState is not FindingState state)
        {
            throw new ArgumentException(
                "The failure was not produced by the GovTransparency.Domain validators: its CustomState carries no finding.",
                nameof(failure));
        }

        var code = string.IsNullOrWhiteSpace(failure.ErrorCode) ? state.Diagnostic.Code : failure.ErrorCode;
        var diagnostic = new Diagnostic(code, Findings.FromFluent(failure.Severity), state.Diagnostic.MessageZh, state.Diagnostic.MessageEn)
        {
            Path = failure.PropertyName ?? string.Empty,
            Subject = state.Diagnostic.Subject,
            Span = state.Diagnostic.Span,
            Line = state.Diagnostic.Line,
        };
        var task = state.Task ?? (plan is null ? null : Paths.FindTask(plan, failure.PropertyName));
        return new ValidationFinding(diagnostic, task);
    }

    /// <summary>Formats as <c>GT1101 error Sections[0].Tasks[2].Requirement (task 3): English message</c>.</summary>
    /// <returns>The finding as one line of text.</returns>
    public override string ToString() => Format(CultureInfo.InvariantCulture);

    /// <summary>Formats as one line in the language of <paramref name="culture"/>.</summary>
    internal string Format(CultureInfo culture)
    {
        var chinese = Diagnostic.IsChinese(culture);
        return Code + " " + Messages.ValidationSeverityName(Severity, chinese) + " " + Path
            + (Task is { } task ? Messages.ValidationTaskLabel(task, chinese) : string.Empty)
            + (chinese ? "：" : ": ") + GetMessage(culture);
    }
}
