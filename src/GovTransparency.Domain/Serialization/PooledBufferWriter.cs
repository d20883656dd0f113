using System;
using System.Buffers;
using System.Threading;

namespace GovTransparency.Domain.Serialization;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over arrays rented from <see cref="ArrayPool{T}.Shared"/>, for writing a whole
/// document before copying it out once. It starts at the size of the last document written, so a series of
/// similar documents grows it at most once. Dispose returns the array.
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int MinimumSize = 16 * 1024;

    // Large enough for the documents seen so far, capped so that one huge document does not make every later
    // small one rent a huge array.
    private const int MaximumHint = 64 * 1024 * 1024;

    private static int _sizeHint = MinimumSize;

    private byte[] _buffer;
    private int _written;

    public PooledBufferWriter() => _buffer = ArrayPool<byte>.Shared.Rent(Volatile.Read(ref _sizeHint));

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
        if (_written > MinimumSize)
        {
            Volatile.Write(ref _sizeHint, Math.Min(_written + (_written / 8), MaximumHint));
        }

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
