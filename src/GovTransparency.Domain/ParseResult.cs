using System;
using System.Collections.Generic;
using System.Linq;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain;

/// <summary>
/// The result of parsing user text: a value when the text could be read, and the diagnostics found on the way.
/// Parsing never throws on bad text; it returns a failed result whose diagnostics say why.
/// </summary>
/// <typeparam name="T">The type of the parsed value.</typeparam>
public sealed class ParseResult<T>
{
    private readonly T _value;

    private ParseResult(bool success, T value, ValueList<Diagnostic> diagnostics)
    {
        Success = success;
        _value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets whether a value was read. A successful result may still carry warnings.</summary>
    public bool Success { get; }

    /// <summary>Gets the parsed value.</summary>
    /// <exception cref="InvalidOperationException">The parse failed; check <see cref="Success"/> first.</exception>
    public T Value => Success
        ? _value
        : throw new InvalidOperationException(
            "The text could not be parsed: " + string.Join("; ", Diagnostics.Select(d => d.ToString())));

    /// <summary>Gets the parsed value, or the type's default when the parse failed.</summary>
    public T? ValueOrDefault => Success ? _value : default;

    /// <summary>Gets the findings made while parsing, in text order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Creates a successful result.</summary>
    /// <param name="value">The parsed value.</param>
    /// <param name="diagnostics">Findings that did not stop the parse (warnings, information).</param>
    /// <returns>The result.</returns>
    public static ParseResult<T> ForValue(T value, IEnumerable<Diagnostic>? diagnostics = null) =>
        new(true, value, ValueList<Diagnostic>.From(diagnostics));

    /// <summary>Creates a failed result.</summary>
    /// <param name="diagnostics">Why the text could not be read; at least one.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">No diagnostic was given.</exception>
    public static ParseResult<T> ForFailure(IEnumerable<Diagnostic> diagnostics)
    {
        var list = ValueList<Diagnostic>.From(Guard.Against.NullOrContainsNull(diagnostics));
        if (list.Count == 0)
        {
            throw new ArgumentException("A failed parse needs at least one diagnostic.", nameof(diagnostics));
        }

        return new ParseResult<T>(false, default!, list);
    }

    /// <summary>Creates a failed result with one diagnostic.</summary>
    /// <param name="diagnostic">Why the text could not be read.</param>
    /// <returns>The result.</returns>
    public static ParseResult<T> ForFailure(Diagnostic diagnostic) => ForFailure(new[] { Guard.Against.Null(diagnostic) });

    /// <summary>Gets the value when the parse succeeded.</summary>
    /// <param name="value">The value, or the default when the parse failed.</param>
    /// <returns>Whether the parse succeeded.</returns>
    public bool TryGetValue(out T value)
    {
        value = _value;
        return Success;
    }

    /// <summary>Describes the result for debugging.</summary>
    /// <returns>The value or the failure, with the number of diagnostics.</returns>
    public override string ToString() =>
        (Success ? "Success: " + _value : "Failure") + " (" + Diagnostics.Count + " diagnostics)";
}
