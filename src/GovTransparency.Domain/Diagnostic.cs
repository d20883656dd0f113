using System;
using System.Globalization;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain;

/// <summary>
/// One finding about user text or a model: a stable code (see <see cref="DiagnosticCodes"/>), a severity, where
/// it is, and a message in Chinese and in English. Diagnostics are data: parsers and validators return them
/// instead of throwing.
/// </summary>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">The stable code, for example <c>GT0101</c>.</param>
    /// <param name="severity">How serious the finding is.</param>
    /// <param name="messageZh">The message in Simplified Chinese.</param>
    /// <param name="messageEn">The message in English.</param>
    public Diagnostic(string code, DiagnosticSeverity severity, string messageZh, string messageEn)
    {
        Code = Guard.Against.NullOrWhiteSpace(code);
        Severity = Guard.Against.UndefinedEnum(severity);
        MessageZh = Guard.Against.Null(messageZh);
        MessageEn = Guard.Against.Null(messageEn);
    }

    /// <summary>Gets the stable code (for example <c>GT0101</c>); codes never change meaning once released.</summary>
    public string Code { get; }

    /// <summary>Gets how serious the finding is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Gets the message in Simplified Chinese.</summary>
    public string MessageZh { get; }

    /// <summary>Gets the message in English.</summary>
    public string MessageEn { get; }

    /// <summary>
    /// Gets where in the model the finding is, as a path like <c>Sections[1].Subsections[0].Tasks[2]</c>, or null
    /// when it concerns a single piece of text.
    /// </summary>
    public string? Path { get; init; }

    /// <summary>Gets the characters of the parsed text the finding is about, when it concerns a text.</summary>
    public TextSpan? Span { get; init; }

    /// <summary>Gets the verbatim text the finding is about (for example an unrecognised time limit), if any.</summary>
    public string? Subject { get; init; }

    /// <summary>Gets the one-based line of the source document, for findings of an importer.</summary>
    public int? Line { get; init; }

    /// <summary>Gets whether this finding is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// Gets the message in the language of <paramref name="culture"/>: Chinese for any <c>zh</c> culture,
    /// English otherwise.
    /// </summary>
    /// <param name="culture">The culture that chooses the language; pass it explicitly.</param>
    /// <returns>The message.</returns>
    public string GetMessage(CultureInfo culture)
    {
        Guard.Against.Null(culture);
        return IsChinese(culture) ? MessageZh : MessageEn;
    }

    /// <summary>Returns a copy whose <see cref="Path"/> is prefixed with <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The path of the containing element, for example <c>Sections[0]</c>.</param>
    /// <returns>The diagnostic at the longer path.</returns>
    public Diagnostic AtPath(string prefix)
    {
        Guard.Against.Null(prefix);
        return this with { Path = string.IsNullOrEmpty(Path) ? prefix : prefix + "." + Path };
    }

    /// <summary>Formats as <c>GT0101 warning [path]: English message</c>.</summary>
    /// <returns>The diagnostic as one line of text.</returns>
    public override string ToString() =>
        Code + " " + SeverityName(Severity) + (Path is null ? string.Empty : " [" + Path + "]") + ": " + MessageEn;

    internal static bool IsChinese(CultureInfo culture)
    {
        for (var c = culture; !c.Equals(CultureInfo.InvariantCulture); c = c.Parent)
        {
            if (string.Equals(c.TwoLetterISOLanguageName, "zh", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    internal static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };
}
