using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace GovTransparency.Domain.Tests.Invariance;

/// <summary>
/// Runs the test suite under a chosen culture: when the environment variable <c>GOVT_TEST_CULTURE</c> is set
/// (a predefined culture name such as <c>tr-TR</c>, or <c>invariant</c>; an unknown name fails the run), a module initializer makes it the current culture and
/// UI culture of every thread of the test host before any test runs. The time zone needs no help: .NET on Linux
/// takes <see cref="TimeZoneInfo.Local"/> from the <c>TZ</c> variable. <c>.ci/steps/invariance.sh</c> runs the suite
/// this way under five cultures and three time zones; <see cref="TestEnvironmentTests"/> proves each setting took.
/// </summary>
/// <remarks>Compiled into the Domain and the Import test projects (the Import tests link this file).</remarks>
public static class TestEnvironment
{
    /// <summary>The environment variable that names the culture to run the tests under.</summary>
    public const string CultureVariable = "GOVT_TEST_CULTURE";

    /// <summary>Gets the culture the variable asks for, or null when it is not set.</summary>
    public static CultureInfo? RequestedCulture { get; private set; }

    /// <summary>Gets the culture the test host started with, before this initializer ran.</summary>
    public static CultureInfo StartupCulture { get; private set; } = CultureInfo.InvariantCulture;

    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "Setting the culture of a test host is what module initializers are for.")]
    public static void Apply()
    {
        StartupCulture = CultureInfo.CurrentCulture;
        var name = Environment.GetEnvironmentVariable(CultureVariable);
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        var culture = string.Equals(name, "invariant", StringComparison.OrdinalIgnoreCase)
            ? CultureInfo.InvariantCulture
            : CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        RequestedCulture = culture;
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
}
