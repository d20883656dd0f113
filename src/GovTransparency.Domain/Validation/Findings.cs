using System;
using FluentValidation;
using FluentValidation.Results;
using GovTransparency.Domain.Plans;

namespace GovTransparency.Domain.Validation;

/// <summary>
/// Turns a <see cref="Diagnostic"/> into a FluentValidation failure and back: the failure carries the code
/// (<c>ErrorCode</c>), the severity, the path (<c>PropertyName</c>), the English message (<c>ErrorMessage</c>) and
/// the bilingual diagnostic itself (<c>CustomState</c>).
/// </summary>
internal static class Findings
{
    /// <summary>Adds a finding at <paramref name="path"/> to the failures of the validation in progress.</summary>
    public static void AddFinding<T>(this ValidationContext<T> context, string path, Diagnostic diagnostic, TaskNumber? task = null) =>
        context.AddFailure(new ValidationFailure(path, diagnostic.MessageEn)
        {
            ErrorCode = diagnostic.Code,
            Severity = ToFluent(diagnostic.Severity),
            CustomState = new FindingState(diagnostic, task),
        });

    public static Severity ToFluent(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Severity.Error,
        DiagnosticSeverity.Warning => Severity.Warning,
        DiagnosticSeverity.Info => Severity.Info,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    public static DiagnosticSeverity FromFluent(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Info => DiagnosticSeverity.Info,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };
}
