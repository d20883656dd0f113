#if !NETCOREAPP3_0_OR_GREATER
namespace System.Runtime.CompilerServices
{
    /// <summary>Lets argument checks name the argument expression on netstandard2.0.</summary>
    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    internal sealed class CallerArgumentExpressionAttribute : Attribute
    {
        public CallerArgumentExpressionAttribute(string parameterName) => ParameterName = parameterName;

        public string ParameterName { get; }
    }

    /// <summary>Lets records and <c>init</c> accessors compile on netstandard2.0.</summary>
    internal static class IsExternalInit
    {
    }
}
#endif
