using System;
using GovTransparency.Domain.Plans;

namespace GovTransparency.Domain.Testing.Internal;

/// <summary>Task numbers from plain integers, with the error naming the caller's parameter.</summary>
internal static class Numbers
{
    public static TaskNumber Task(int value, string parameterName)
    {
        if (value < TaskNumber.MinValue || value > TaskNumber.MaxValue)
        {
            throw new ArgumentOutOfRangeException(parameterName, value, "A task number must be from 1 to 99999.");
        }

        return new TaskNumber(value);
    }
}
