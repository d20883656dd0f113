using System;
using System.Buffers;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over arrays rented from <see cref="ArrayPool{T}.Shared"/>, for writing a whole
/// document before copying it out once. It starts at the size the caller expects, so a good estimate means it never
/// grows. Dispose returns the array.
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer;
    private int _written;

    /// <summary>Rents a first array of at least <paramref name="initialSize"/> bytes.</summary>
    public PooledBufferWriter(int initialSize) => _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialSize, 1));

    public byte[] Buffer => _buffer;

    public int WrittenCount => _written;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    /// <summary>Copies the written bytes into a new array of their exact length.</summary>
    public byte[] ToArray()
    {
#if NET5_0_OR_GREATER
        // Every byte is overwritten at once, so the array need not be cleared first (a document is megabytes).
        var copy = GC.AllocateUninitializedArray<byte>(_written);
        WrittenSpan.CopyTo(copy);
        return copy;
#else
        return WrittenSpan.ToArray();
#endif
    }

    /// <summary>Forgets what was written, keeping the array.</summary>
    public void Clear() => _written = 0;

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_written);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = Array.Empty<byte>();
    }

    private void Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
        {
            return;
        }

        var size = Math.Max(_buffer.Length * 2L, (long)_written + needed);
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(size, int.MaxValue));
        _buffer.AsSpan(0, _written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
