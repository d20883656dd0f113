using System.Linq;
using FluentAssertions;
using Xunit;

namespace GovTransparency.PublicApi.Tests;

/// <summary>What the generator writes for each shape of type, stated by hand for the types in Samples/.</summary>
public class PublicApiGeneratorTests
{
    [Fact]
    public void Each_shape_of_type_is_written_as_a_sorted_csharp_like_declaration()
    {
        var types = PublicApiGenerator.Describe(typeof(PublicApiGeneratorTests).Assembly)
            .Where(t => t.Namespace == "GovTransparency.PublicApi.Tests.Samples");

        PublicApiGenerator.Render(types).Should().Be(
            """
            namespace GovTransparency.PublicApi.Tests.Samples
              public abstract class SampleBase<T> where T : class, System.IComparable<T>
                protected SampleBase()
                public const string Code = "GT\"1\""
                public static readonly int Limit
                protected internal int Counter { get; }
                public event System.EventHandler<T>? Changed
                public abstract T? Find(T key, params string[] names)
                [Obsolete("use Find")] public virtual void Old(ref int a, out string b, in int c = 7)
                public static GovTransparency.PublicApi.Tests.Samples.SampleBase<T>? operator +(GovTransparency.PublicApi.Tests.Samples.SampleBase<T> a, int b)
              public delegate TResult SampleDelegate<in TArg, out TResult>(TArg arg) where TArg : struct
              [Flags] public enum SampleFlags : byte
                None = 0
                A = 1
                B = 2
              public sealed record SampleRecord : System.IEquatable<GovTransparency.PublicApi.Tests.Samples.SampleRecord>
                public SampleRecord(string Name, int? Count = null)
                public int? Count { get; init; }
                public string Name { get; init; }
                public string? Note { get; init; }
                public GovTransparency.PublicApi.Tests.Samples.SampleRecord <Clone>$()
                public void Deconstruct(out string Name, out int? Count)
                public bool Equals(GovTransparency.PublicApi.Tests.Samples.SampleRecord? other)
                public override bool Equals(object? obj)
                public override int GetHashCode()
                public override string ToString()
                public static bool operator !=(GovTransparency.PublicApi.Tests.Samples.SampleRecord? left, GovTransparency.PublicApi.Tests.Samples.SampleRecord? right)
                public static bool operator ==(GovTransparency.PublicApi.Tests.Samples.SampleRecord? left, GovTransparency.PublicApi.Tests.Samples.SampleRecord? right)


            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void A_difference_is_described_by_its_first_line_and_the_lines_on_each_side()
    {
        var description = LineDiff.Describe("a\nb\nc\n", "a\nB\nc\nd\n");

        description.Should().Be(
            "First difference at line 2:\n  committed: b\n  actual:    B\n"
            + "1 line(s) only in the committed file:\n- b\n"
            + "2 line(s) only in the assembly:\n+ B\n+ d\n");
    }
}
