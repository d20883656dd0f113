using System;
using System.Globalization;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Plans;

/// <summary>
/// The number of a task as written in the plan (1, 2, … or １), with its numeric value.
/// SKELETON: parsing and ordering are completed by the value-types work.
/// </summary>
public readonly struct TaskNumber : IEquatable<TaskNumber>
{
    private readonly string? _text;

    /// <summary>Creates a task number from its value; the text is the value in ASCII digits.</summary>
    /// <param name="value">A positive number.</param>
    public TaskNumber(int value)
    {
        Value = Guard.Against.OutOfRange(value, 1, int.MaxValue);
        _text = null;
    }

    /// <summary>Gets the numeric value.</summary>
    public int Value { get; }

    /// <summary>Gets the number as written.</summary>
    public string Text => _text ?? Value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(TaskNumber other) => Value == other.Value && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TaskNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value;

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TaskNumber left, TaskNumber right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(TaskNumber left, TaskNumber right) => !left.Equals(right);
}
