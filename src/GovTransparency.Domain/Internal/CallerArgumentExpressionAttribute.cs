#if !NETCOREAPP3_0_OR_GREATER
namespace System.Runtime.CompilerServices;

/// <summary>Lets guards name the argument expression on netstandard2.0.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
internal sealed class CallerArgumentExpressionAttribute : Attribute
{
    public CallerArgumentExpressionAttribute(string parameterName) => ParameterName = parameterName;

    public string ParameterName { get; }
}
#endif
