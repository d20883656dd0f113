using System.Collections.Generic;

namespace PackageSmoke;

/// <summary>The entry point of the netstandard2.0 library, called by SmokeApp directly and by reflection.</summary>
public static class LibraryChecks
{
    /// <summary>Runs the smoke checks, compiled against the netstandard2.0 asset, on whatever asset is loaded.</summary>
    /// <returns>One line per check, starting with "ok" or "FAILED".</returns>
    public static string[] Run()
    {
        var results = new List<string>();
        SmokeChecks.Run(results);
        return results.ToArray();
    }

    /// <summary>The target framework of the GovTransparency.Domain, .Import and .Domain.Testing assemblies this library runs against.</summary>
    /// <returns>For example ".NETStandard,Version=v2.0 | .NETStandard,Version=v2.0".</returns>
    public static string LoadedAssets() => SmokeChecks.LoadedAssets();
}
