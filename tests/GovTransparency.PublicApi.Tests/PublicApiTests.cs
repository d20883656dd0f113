using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Xunit;
using Xunit.Sdk;

namespace GovTransparency.PublicApi.Tests;

/// <summary>
/// The public API of each package is committed under api/: a change to it fails here until the file is regenerated
/// in the same commit, so every API change is reviewed as a diff. Regenerate with
/// <c>UPDATE_PUBLIC_API=1 dotnet test tests/GovTransparency.PublicApi.Tests -c Release</c> and read the diff.
/// The assemblies are listed once, in the project file (PublicApiProject items).
/// </summary>
public class PublicApiTests
{
    public static TheoryData<string> Assemblies() => new(Listed().Select(a => a.Name));

    public static TheoryData<string> NetStandardAssemblies() => new(Listed().Where(a => a.NetStandard2).Select(a => a.Name));

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void The_public_api_of_the_net10_build_is_the_committed_one(string assemblyName)
    {
        var types = PublicApiGenerator.Describe(Assembly.Load(assemblyName));
        var header = Header(assemblyName, "lib/net10.0") + (types.Count == 0
            ? "# " + assemblyName + " has no public types" + (assemblyName == "GovTransparency.Cli"
                ? ": govplan is a tool, used from its command line, not referenced by code." : ".") + "\n"
            : "") + "\n";
        Compare(assemblyName + ".txt", header + PublicApiGenerator.Render(types));
    }

    [Theory]
    [MemberData(nameof(NetStandardAssemblies))]
    public void The_netstandard2_build_differs_from_the_net10_build_only_as_committed(string assemblyName)
    {
        var net10 = Flatten(PublicApiGenerator.Describe(Assembly.Load(assemblyName)));
        var context = new NetStandardBuilds();
        try
        {
            var netStandard = Flatten(PublicApiGenerator.Describe(context.LoadFromAssemblyName(new AssemblyName(assemblyName))));
            var onlyNet10 = net10.Except(netStandard, StringComparer.Ordinal).ToList();
            var onlyNetStandard = netStandard.Except(net10, StringComparer.Ordinal).ToList();
            var text = new StringBuilder(Header(assemblyName, "lib/netstandard2.0"))
                .Append("# Only the differences from the net10.0 build (").Append(assemblyName).Append(".txt), as \"type :: member\" lines:\n")
                .Append("# '-' only in net10.0, '+' only in netstandard2.0.\n\n");
            if (onlyNet10.Count + onlyNetStandard.Count == 0)
            {
                text.Append("(no differences: the netstandard2.0 build has the same public API as the net10.0 build)\n");
            }

            foreach (var line in onlyNet10)
            {
                text.Append("- ").Append(line).Append('\n');
            }

            foreach (var line in onlyNetStandard)
            {
                text.Append("+ ").Append(line).Append('\n');
            }

            Compare(assemblyName + ".netstandard2.0.txt", text.ToString());
        }
        finally
        {
            context.Unload();
        }
    }

    private static string Header(string assemblyName, string asset) =>
        "# Public API of " + assemblyName + " (" + asset + "), generated from reflection by tests/GovTransparency.PublicApi.Tests.\n"
        + "# A change here changes what consumers compile against: review it. Regenerate with\n"
        + "#   UPDATE_PUBLIC_API=1 dotnet test tests/GovTransparency.PublicApi.Tests -c Release\n"
        + "# Types: public, and protected nested ones. Members: public and protected, compiler-generated record members\n"
        + "# included (EqualityContract, PrintMembers, <Clone>$, Deconstruct, the copy constructor). Interfaces: every one\n"
        + "# the type implements, inherited ones included. '?' marks nullable references. Attributes: Obsolete, Flags,\n"
        + "# Experimental, RequiresUnreferencedCode, RequiresDynamicCode.\n";

    private static List<string> Flatten(IEnumerable<PublicApiGenerator.TypeApi> types) =>
        types.SelectMany(t => new[] { t.Namespace + "." + t.Name + " :: " + t.Declaration }
            .Concat(t.Members.Select(m => t.Namespace + "." + t.Name + " :: " + m))).ToList();

    private static IEnumerable<(string Name, bool NetStandard2)> Listed() =>
        typeof(PublicApiTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "PublicApiAssemblies").Value!
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split('|'))
            .Select(parts => (parts[0], parts.Length > 1 && parts[1] == "true"));

    private static void Compare(string file, string actual)
    {
        var path = Path.Combine(RepositoryRoot(), "api", file);
        if (Environment.GetEnvironmentVariable("UPDATE_PUBLIC_API") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        if (!File.Exists(path))
        {
            throw new XunitException("api/" + file + " is not committed: run the tests with UPDATE_PUBLIC_API=1 to create it, then review and commit it.");
        }

        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            throw new XunitException("The public API differs from api/" + file + ". If the change is intended, regenerate the file with "
                + "UPDATE_PUBLIC_API=1 dotnet test tests/GovTransparency.PublicApi.Tests -c Release and commit it with the change.\n"
                + LineDiff.Describe(expected, actual));
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GovTransparency.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    /// <summary>The netstandard2.0 builds copied to netstandard2.0/ by the project file; the rest from the default context.</summary>
    private sealed class NetStandardBuilds() : AssemblyLoadContext("netstandard2.0 builds", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(AppContext.BaseDirectory, "netstandard2.0", assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
