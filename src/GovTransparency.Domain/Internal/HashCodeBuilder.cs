namespace GovTransparency.Domain.Internal;

/// <summary>A small hash combiner (System.HashCode is not in netstandard2.0), deterministic across runs.</summary>
internal static class HashCodeBuilder
{
    public const int Seed = 17;

    public static int Combine(int hash, int value) => unchecked((hash * 31) + value);
}
