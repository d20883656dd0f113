#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices;

/// <summary>Lets records and <c>init</c> accessors compile on netstandard2.0.</summary>
internal static class IsExternalInit
{
}
#else
using System.Runtime.CompilerServices;

// Code compiled against the netstandard2.0 asset (a netstandard2.0 library) names this assembly's IsExternalInit in
// the signature of every init accessor it calls. When a modern app loads the net10.0 asset, that name must lead to
// the BCL's type, or the call fails with MissingMethodException (tests/PackageSmoke proves it both ways).
[assembly: TypeForwardedTo(typeof(IsExternalInit))]
#endif
