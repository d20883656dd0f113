using System;
using System.Runtime.CompilerServices;

namespace GovTransparency.Domain.Testing.Internal;

/// <summary>
/// Argument checks that name the parameter (the Domain's <c>Guard</c> is internal to it; the BCL throw helpers are
/// not on netstandard2.0).
/// </summary>
internal static class Require
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? parameterName = null)
        where T : class =>
        value ?? throw new ArgumentNullException(parameterName);

    public static T[] NoNulls<T>(T[]? values, [CallerArgumentExpression(nameof(values))] string? parameterName = null)
        where T : class
    {
        NotNull(values, parameterName);
        foreach (var value in values!)
        {
            if (value is null)
            {
                throw new ArgumentException("The list must not contain null.", parameterName);
            }
        }

        return values;
    }
}
