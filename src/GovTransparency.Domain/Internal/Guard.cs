using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace GovTransparency.Domain.Internal;

/// <summary>
/// Argument guards in the shape of Ardalis.GuardClauses (<c>Guard.Against.Null(x)</c> returns its argument),
/// so that the package can switch to that library with a one-line change. Every exception names the parameter.
/// </summary>
internal sealed class Guard
{
    /// <summary>The single entry point: <c>Guard.Against.Null(value)</c>.</summary>
    public static readonly Guard Against = new();

    private Guard()
    {
    }

    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="input"/> is null.</summary>
    public T Null<T>(T? input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : class
    {
        if (input is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        return input;
    }

    /// <summary>Throws when <paramref name="input"/> is null, empty or only white space.</summary>
    public string NullOrWhiteSpace(string? input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        if (input is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (IsWhiteSpace(input))
        {
            throw new ArgumentException("Value must not be empty or white space.", parameterName);
        }

        return input;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="input"/> lies in [min, max].</summary>
    public int OutOfRange(int input, int min, int max, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        if (input < min || input > max)
        {
            throw new ArgumentOutOfRangeException(parameterName, input, $"Value must be between {min} and {max}.");
        }

        return input;
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="input"/> is negative.</summary>
    public int Negative(int input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        if (input < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, input, "Value must not be negative.");
        }

        return input;
    }

    /// <summary>Throws when <paramref name="input"/> is not a defined member of its enum.</summary>
    public TEnum UndefinedEnum<TEnum>(TEnum input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where TEnum : struct, Enum
    {
        if (!EnumValues<TEnum>.IsDefined(input))
        {
            throw new ArgumentOutOfRangeException(parameterName, input, $"Value is not a defined {typeof(TEnum).Name}.");
        }

        return input;
    }

    /// <summary>Throws when the sequence is null or holds a null element.</summary>
    public IEnumerable<T> NullOrContainsNull<T>(IEnumerable<T>? input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : class
    {
        if (input is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        // A list is checked by index: enumerating it through the interface would allocate an enumerator.
        if (input is IReadOnlyList<T> list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is null)
                {
                    throw new ArgumentException("The collection must not contain null.", parameterName);
                }
            }

            return input;
        }

        foreach (var item in input)
        {
            if (item is null)
            {
                throw new ArgumentException("The collection must not contain null.", parameterName);
            }
        }

        return input;
    }

    private static bool IsWhiteSpace(string input)
    {
        foreach (var c in input)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    // Enum.IsDefined boxes and reflects on every call; guards run on every unit and assignment built, so the
    // defined values are read once per enum type and compared without boxing.
    private static class EnumValues<TEnum>
        where TEnum : struct, Enum
    {
#if NET5_0_OR_GREATER
        private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
#else
        private static readonly TEnum[] Values = (TEnum[])Enum.GetValues(typeof(TEnum));
#endif

        public static bool IsDefined(TEnum value)
        {
            var comparer = EqualityComparer<TEnum>.Default;
            foreach (var defined in Values)
            {
                if (comparer.Equals(defined, value))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
