using System;

// Public types of this test assembly, one of each shape the generator writes; PublicApiGeneratorTests states by hand
// what it must write for them.
#pragma warning disable CA1711, CA1716, CA1815, CA2225, CA1805, CA1051, CA1003, CA1002, CA1062
namespace GovTransparency.PublicApi.Tests.Samples;

[Flags]
public enum SampleFlags : byte
{
    None = 0,
    B = 2,
    A = 1,
}

public sealed record SampleRecord(string Name, int? Count = null)
{
    public string? Note { get; init; }
}

public abstract class SampleBase<T>
    where T : class, IComparable<T>
{
    public const string Code = "GT\"1\"";

    public static readonly int Limit = 3;

    protected SampleBase()
    {
    }

    public event EventHandler<T>? Changed
    {
        add { }
        remove { }
    }

    protected internal int Counter { get; private set; }

    public static SampleBase<T>? operator +(SampleBase<T> a, int b) => b == 0 ? a : null;

    public abstract T? Find(T key, params string[] names);

    [Obsolete("use Find")]
    public virtual void Old(ref int a, out string b, in int c = 7) => b = "";

    private void Hidden() => Counter++;
}

public delegate TResult SampleDelegate<in TArg, out TResult>(TArg arg)
    where TArg : struct;
