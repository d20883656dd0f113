using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using GovTransparency.Domain.Plans;
using PackageSmoke;

// The package smoke test: see SmokeApp.csproj for the three runs. Exits 1 when any check fails or when an asset other
// than the expected one was loaded.
var version = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SmokeVersion").Value!;
var failed = 0;

void Report(string title, IEnumerable<string> lines)
{
    Console.WriteLine(title);
    foreach (var line in lines)
    {
        Console.WriteLine("  " + line);
        if (line.StartsWith("FAILED", StringComparison.Ordinal))
        {
            failed++;
        }
    }
}

string Expect(bool ok, string what)
{
    if (!ok)
    {
        failed++;
    }

    return (ok ? "ok      " : "FAILED  ") + what;
}

const string Net10 = ".NETCoreApp,Version=v10.0";
const string NetStandard20 = ".NETStandard,Version=v2.0";

// The package assemblies SmokeChecks.LoadedAssets names, each built for the given framework.
static string AllOn(string framework) =>
    "GovTransparency.Domain " + framework + " | GovTransparency.Import " + framework + " | GovTransparency.Domain.Testing " + framework;

// The loaded package is the one packed from this repository at this version (not some other build of it).
var domain = typeof(WorkPlan).Assembly;
var informational = domain.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
Report("GovTransparency.Domain " + version + " from the packed package", new[]
{
    Expect(informational == version || informational.StartsWith(version + "+", StringComparison.Ordinal),
        "the loaded GovTransparency.Domain is version " + version + " (informational version " + informational + ")"),
});

// 1. This app's own code, compiled against lib/net10.0.
var own = new List<string>();
SmokeChecks.Run(own);
own.Add(Expect(SmokeChecks.LoadedAssets() == AllOn(Net10),
    "net10.0 assets loaded: " + SmokeChecks.LoadedAssets()));
Report("1. net10.0 app on the net10.0 assets", own);

// 2. The netstandard2.0 library's code in this process as NuGet resolves it: on the net10.0 assets.
var library = LibraryChecks.Run().ToList();
library.Add(Expect(LibraryChecks.LoadedAssets() == AllOn(Net10),
    "net10.0 assets loaded: " + LibraryChecks.LoadedAssets()));
Report("2. netstandard2.0 library, as resolved by NuGet for a net10.0 app (net10.0 assets)", library);

// 3. The netstandard2.0 library on the netstandard2.0 assets, loaded explicitly.
var folder = Path.Combine(AppContext.BaseDirectory, "netstandard2.0");
var context = new NetStandardAssetsContext(folder, typeof(LibraryChecks).Assembly.Location);
var entry = context.LoadFromAssemblyName(typeof(LibraryChecks).Assembly.GetName()).GetType(typeof(LibraryChecks).FullName!, throwOnError: true)!;
var isolated = ((string[])entry.GetMethod(nameof(LibraryChecks.Run))!.Invoke(null, null)!).ToList();
var assets = (string)entry.GetMethod(nameof(LibraryChecks.LoadedAssets))!.Invoke(null, null)!;
isolated.Add(Expect(assets == AllOn(NetStandard20),
    "netstandard2.0 assets loaded: " + assets));
isolated.Add(Expect(context.Assemblies.Count(a => a.GetName().Name!.StartsWith("GovTransparency.", StringComparison.Ordinal)) >= 3
        && context.Assemblies.Where(a => a.GetName().Name!.StartsWith("GovTransparency.", StringComparison.Ordinal)).All(a => Path.GetDirectoryName(a.Location) == Path.TrimEndingDirectorySeparator(folder)),
    "every package assembly loaded came from the packages' lib/netstandard2.0 folders"));
Report("3. netstandard2.0 library on the netstandard2.0 assets (loaded in an AssemblyLoadContext)", isolated);

Console.WriteLine(failed == 0 ? "package smoke test passed" : "package smoke test: " + failed + " checks failed");
return failed == 0 ? 0 : 1;

/// <summary>
/// Loads GovTransparency.Domain, .Import and .Testing from the packages' lib/netstandard2.0 folder and SmokeLibrary beside them,
/// so the library binds to those; everything else (NodaTime, FluentValidation, the BCL) from the default context.
/// </summary>
internal sealed class NetStandardAssetsContext(string assetFolder, string libraryPath) : AssemblyLoadContext("netstandard2.0 assets")
{
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name == "SmokeLibrary")
        {
            return LoadFromAssemblyPath(libraryPath);
        }

        var asset = Path.Combine(assetFolder, assemblyName.Name + ".dll");
        return File.Exists(asset) ? LoadFromAssemblyPath(asset) : null;
    }
}
