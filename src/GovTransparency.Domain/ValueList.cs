using System;
using System.Collections;
using System.Collections.Generic;
using GovTransparency.Domain.Internal;

namespace GovTransparency.Domain;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal items in the same order.
/// The model's records expose their collections as <see cref="IReadOnlyList{T}"/> backed by this type, so
/// that records compare by value all the way down.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new(Array.Empty<T>());

    /// <summary>Gets the number of items.</summary>
    public int Count => _items.Length;

    /// <summary>Gets the item at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    public T this[int index] => _items[index];

    /// <summary>
    /// Copies <paramref name="items"/> into a new list, or returns it as it is when it already is a
    /// <see cref="ValueList{T}"/>. Null gives the empty list.
    /// </summary>
    /// <param name="items">The items, in order.</param>
    /// <returns>An immutable list.</returns>
    public static ValueList<T> From(IEnumerable<T>? items)
    {
        switch (items)
        {
            case null:
                return Empty;
            case ValueList<T> list:
                return list;
            case ICollection<T> collection:
                if (collection.Count == 0)
                {
                    return Empty;
                }

                var array = new T[collection.Count];
                collection.CopyTo(array, 0);
                return new ValueList<T>(array);
            default:
                var copy = new List<T>(items);
                return copy.Count == 0 ? Empty : new ValueList<T>(copy.ToArray());
        }
    }

    /// <summary>Wraps an array this library has just built and will not change again.</summary>
    internal static ValueList<T> Wrap(T[] items) => items.Length == 0 ? Empty : new ValueList<T>(items);

    /// <summary>Returns a new list with <paramref name="item"/> added at the end.</summary>
    /// <param name="item">The item to add.</param>
    /// <returns>A new list.</returns>
    public ValueList<T> Add(T item)
    {
        var array = new T[_items.Length + 1];
        Array.Copy(_items, array, _items.Length);
        array[_items.Length] = item;
        return new ValueList<T>(array);
    }

    /// <summary>Returns a new list with the item at <paramref name="index"/> replaced.</summary>
    /// <param name="index">A zero-based index.</param>
    /// <param name="item">The new item.</param>
    /// <returns>A new list.</returns>
    public ValueList<T> SetItem(int index, T item)
    {
        Guard.Against.OutOfRange(index, 0, _items.Length - 1);
        var array = (T[])_items.Clone();
        array[index] = item;
        return new ValueList<T>(array);
    }

    /// <summary>Returns an enumerator over the items.</summary>
    /// <returns>An enumerator that does not allocate when used through this type.</returns>
    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>Whether both lists hold equal items in the same order.</summary>
    /// <param name="other">The other list.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ValueList<T>? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (_items.Length != other._items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var comparer = EqualityComparer<T>.Default;
        var hash = HashCodeBuilder.Seed;
        foreach (var item in _items)
        {
            hash = HashCodeBuilder.Combine(hash, item is null ? 0 : comparer.GetHashCode(item));
        }

        return hash;
    }

    /// <summary>A short description for debugging: the item count.</summary>
    /// <returns>For example <c>[3 items]</c>.</returns>
    public override string ToString() => $"[{_items.Length} items]";

    /// <summary>An allocation-free enumerator over a <see cref="ValueList{T}"/>.</summary>
    public struct Enumerator
    {
        private readonly T[] _array;
        private int _index;

        internal Enumerator(T[] array)
        {
            _array = array;
            _index = -1;
        }

        /// <summary>Gets the current item.</summary>
        public readonly T Current => _array[_index];

        /// <summary>Moves to the next item.</summary>
        /// <returns>False when the list is exhausted.</returns>
        public bool MoveNext() => ++_index < _array.Length;
    }
}
