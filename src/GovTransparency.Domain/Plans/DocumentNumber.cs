using System;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain.Plans;

/// <summary>
/// A document number (发文字号) such as 榕政办〔2021〕53号: issuer code 榕政办, year 2021, serial 53.
/// SKELETON: parsing and formatting are completed by the value-types work.
/// </summary>
public readonly struct DocumentNumber : IEquatable<DocumentNumber>
{
    /// <summary>Creates a document number.</summary>
    /// <param name="issuerCode">The issuer code (机关代字), for example 榕政办.</param>
    /// <param name="year">The year in the brackets.</param>
    /// <param name="serial">The serial number.</param>
    public DocumentNumber(string issuerCode, int year, int serial)
    {
        IssuerCode = Guard.Against.NullOrWhiteSpace(issuerCode);
        Year = Guard.Against.OutOfRange(year, 1949, 9999);
        Serial = Guard.Against.OutOfRange(serial, 1, int.MaxValue);
    }

    /// <summary>Gets the issuer code (机关代字), for example 榕政办.</summary>
    public string IssuerCode { get; }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the serial number.</summary>
    public int Serial { get; }

    /// <inheritdoc />
    public bool Equals(DocumentNumber other) =>
        string.Equals(IssuerCode, other.IssuerCode, StringComparison.Ordinal) && Year == other.Year && Serial == other.Serial;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DocumentNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodeBuilder.Combine(HashCodeBuilder.Combine(Year, Serial), IssuerCode?.Length ?? 0);

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DocumentNumber left, DocumentNumber right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(DocumentNumber left, DocumentNumber right) => !left.Equals(right);
}
