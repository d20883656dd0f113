using System;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// Immutable values that repeat through one compact document (the same assignment or deadline rule on many tasks)
/// rendered once and copied as raw JSON afterwards. Two direct-mapped tables: one by reference, which costs no
/// hashing of the value, and one by value (the record's equality), for equal values held as different objects.
/// One instance serves one document, so nothing is shared between threads. Not for indented documents, whose
/// indentation depends on where a value is written.
/// </summary>
/// <typeparam name="T">The value's type: a record with value equality.</typeparam>
internal sealed class RenderedValues<T> : IDisposable
    where T : class
{
    private const int Slots = 256;

    private readonly Action<Utf8JsonWriter, T> _render;
    private readonly T?[] _byReference = new T?[Slots];
    private readonly byte[]?[] _byReferenceJson = new byte[Slots][];
    private readonly T?[] _byValue = new T?[Slots];
    private readonly byte[]?[] _byValueJson = new byte[Slots][];
    private readonly PooledBufferWriter _scratch = new(256);
    private readonly Utf8JsonWriter _scratchWriter;

    public RenderedValues(JsonWriterOptions options, Action<Utf8JsonWriter, T> render)
    {
        _render = render;
        _scratchWriter = new Utf8JsonWriter(_scratch, options);
    }

    public void Write(Utf8JsonWriter writer, T value)
    {
        var slot = RuntimeHelpers.GetHashCode(value) & (Slots - 1);
        if (!ReferenceEquals(_byReference[slot], value))
        {
            _byReference[slot] = value;
            _byReferenceJson[slot] = ByValue(value);
        }

        writer.WriteRawValue(_byReferenceJson[slot]!, skipInputValidation: true);
    }

    public void Dispose()
    {
        _scratchWriter.Dispose();
        _scratch.Dispose();
    }

    // Two slots per hash (slot and its neighbour), so that two values whose hashes collide do not keep evicting
    // each other; string hashes differ from process to process, and so would the speed.
    private byte[] ByValue(T value)
    {
        var slot = value.GetHashCode() & (Slots - 1);
        var other = slot ^ 1;
        if (_byValueJson[slot] is { } known && value.Equals(_byValue[slot]))
        {
            return known;
        }

        if (_byValueJson[other] is { } neighbour && value.Equals(_byValue[other]))
        {
            return neighbour;
        }

        _scratch.Clear();
        _scratchWriter.Reset(_scratch);
        _render(_scratchWriter, value);
        _scratchWriter.Flush();
        var json = _scratch.WrittenSpan.ToArray();
        var free = _byValueJson[slot] is null ? slot : other;
        _byValue[free] = value;
        _byValueJson[free] = json;
        return json;
    }
}
