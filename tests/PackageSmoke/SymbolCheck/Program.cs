using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Xml.Linq;

// Usage: SymbolCheck REPOSITORY_ROOT VERSION PACKAGE_ID...
// Reads REPOSITORY_ROOT/artifacts/packages/ID.VERSION.nupkg and .snupkg for each ID; prints one line per check and
// exits 1 when any fails.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: SymbolCheck REPOSITORY_ROOT VERSION PACKAGE_ID...");
    return 2;
}

var root = Path.GetFullPath(args[0]);
var version = args[1];
var failed = 0;

void Check(bool ok, string what)
{
    Console.WriteLine((ok ? "ok      " : "FAILED  ") + what);
    if (!ok)
    {
        failed++;
    }
}

var quickStart = QuickStartBlock(File.ReadAllText(Path.Combine(root, "README.md")));
Check(quickStart.Length > 200, "README.md has a ```csharp block under \"## Quick start\"");

foreach (var id in args.Skip(2))
{
    Console.WriteLine(id + " " + version);
    var nupkgPath = Path.Combine(root, "artifacts", "packages", id + "." + version + ".nupkg");
    var snupkgPath = Path.ChangeExtension(nupkgPath, ".snupkg");
    if (!File.Exists(nupkgPath) || !File.Exists(snupkgPath))
    {
        Check(false, "artifacts/packages holds " + Path.GetFileName(nupkgPath) + " and " + Path.GetFileName(snupkgPath));
        continue;
    }

    using var nupkg = ZipFile.OpenRead(nupkgPath);
    using var snupkg = ZipFile.OpenRead(snupkgPath);

    // The package readme: named in the nuspec, present, and holding the quick start the package gallery renders.
    var nuspec = XDocument.Load(nupkg.Entries.Single(e => e.FullName == id + ".nuspec").Open());
    var readmeName = nuspec.Descendants().SingleOrDefault(e => e.Name.LocalName == "readme")?.Value;
    Check(readmeName == "README.md", "the nuspec names README.md as the package readme (<readme>" + readmeName + "</readme>)");
    var readme = nupkg.GetEntry("README.md") is { } readmeEntry ? ReadText(readmeEntry.Open()) : "";
    Check(quickStart.Length > 0 && Normalize(readme).Contains(Normalize(quickStart), StringComparison.Ordinal),
        "the packed README.md holds the README's quick start code block");

    // One portable PDB per target framework, matching its DLL, with every source file embedded.
    var frameworks = nupkg.Entries
        .Where(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) && e.Name == id + ".dll")
        .Select(e => e.FullName.Split('/')[1])
        .OrderBy(f => f, StringComparer.Ordinal)
        .ToList();
    Check(frameworks.SequenceEqual(new[] { "net10.0", "netstandard2.0" }), "lib/ holds net10.0 and netstandard2.0 (" + string.Join(", ", frameworks) + ")");
    var sources = Directory.EnumerateFiles(Path.Combine(root, "src", id), "*.cs", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Path.Combine(root, "src", id), f).Replace('\\', '/'))
        .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
        .OrderBy(f => f, StringComparer.Ordinal)
        .ToList();
    foreach (var framework in frameworks)
    {
        var pdbEntry = snupkg.GetEntry("lib/" + framework + "/" + id + ".pdb");
        if (pdbEntry is null)
        {
            Check(false, framework + ": the .snupkg holds lib/" + framework + "/" + id + ".pdb");
            continue;
        }

        var pdbBytes = ReadBytes(pdbEntry.Open());
        Check(pdbBytes.Length > 4 && Encoding.ASCII.GetString(pdbBytes, 0, 4) == "BSJB", framework + ": " + id + ".pdb is a portable PDB");
        using var provider = MetadataReaderProvider.FromPortablePdbImage(System.Collections.Immutable.ImmutableArray.Create(pdbBytes));
        var pdb = provider.GetMetadataReader();

        // The DLL's CodeView entry names this PDB's id, so a debugger accepts it.
        using var pe = new PEReader(new MemoryStream(ReadBytes(nupkg.GetEntry("lib/" + framework + "/" + id + ".dll")!.Open())));
        var codeView = pe.ReadDebugDirectory().Where(d => d.Type == DebugDirectoryEntryType.CodeView).Select(pe.ReadCodeViewDebugDirectoryData).ToList();
        var pdbGuid = new Guid(pdb.DebugMetadataHeader!.Id.AsSpan(0, 16));
        Check(codeView.Count == 1 && codeView[0].Guid == pdbGuid, framework + ": the PDB's id matches the DLL's debug directory");

        // Informational: a SourceLink map, present only when the build had a hosted remote (the SDK's SourceLink).
        var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
        var sourceLink = pdb.GetCustomDebugInformation(EntityHandle.ModuleDefinition).Select(pdb.GetCustomDebugInformation)
            .Where(c => pdb.GetGuid(c.Kind) == sourceLinkKind).Select(c => Encoding.UTF8.GetString(pdb.GetBlobBytes(c.Value))).FirstOrDefault();
        Console.WriteLine("info    " + framework + ": SourceLink " + (sourceLink is null ? "none (the embedded sources serve the debugger)" : sourceLink));

        var embeddedSourceKind = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
        var documents = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var handle in pdb.Documents)
        {
            var document = pdb.GetDocument(handle);
            var name = pdb.GetString(document.Name).Replace('\\', '/');
            var blob = pdb.GetCustomDebugInformation(handle)
                .Select(pdb.GetCustomDebugInformation)
                .Where(c => pdb.GetGuid(c.Kind) == embeddedSourceKind)
                .Select(c => pdb.GetBlobBytes(c.Value))
                .FirstOrDefault();
            documents[name] = blob is null ? null : EmbeddedSource(blob);
        }

        var notEmbedded = documents.Where(d => d.Value is null).Select(d => d.Key).ToList();
        Check(notEmbedded.Count == 0, framework + ": all " + documents.Count + " documents in the PDB have their source embedded"
            + (notEmbedded.Count == 0 ? "" : "; not: " + string.Join(", ", notEmbedded.Take(5))));

        // Every source file of the project is in the PDB, embedded as it is in the repository. (Files compiled out
        // for this framework by #if still count: the compiler embeds every file it was given.)
        var marker = "src/" + id + "/";
        var byRelativePath = documents
            .Where(d => d.Key.Contains(marker, StringComparison.Ordinal))
            .ToDictionary(d => d.Key[(d.Key.LastIndexOf(marker, StringComparison.Ordinal) + marker.Length)..], d => d.Value, StringComparer.Ordinal);
        var missing = sources.Where(s => !byRelativePath.ContainsKey(s)).ToList();
        Check(missing.Count == 0, framework + ": all " + sources.Count + " source files of src/" + id + " are in the PDB"
            + (missing.Count == 0 ? "" : "; missing: " + string.Join(", ", missing.Take(5))));
        var differing = sources.Where(s => byRelativePath.TryGetValue(s, out var text) && text is not null
            && !text.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(root, "src", id, s)))).ToList();
        Check(differing.Count == 0, framework + ": the embedded sources are the repository's files"
            + (differing.Count == 0 ? "" : "; differ: " + string.Join(", ", differing.Take(5))));
    }
}

Console.WriteLine(failed == 0 ? "package symbols check passed" : "package symbols check: " + failed + " checks failed");
return failed == 0 ? 0 : 1;

// The first ```csharp block after the "## Quick start" heading.
static string QuickStartBlock(string readme)
{
    var text = Normalize(readme);
    var heading = text.IndexOf("\n## Quick start\n", StringComparison.Ordinal);
    var start = heading < 0 ? -1 : text.IndexOf("\n```csharp\n", heading, StringComparison.Ordinal);
    var end = start < 0 ? -1 : text.IndexOf("\n```\n", start + 1, StringComparison.Ordinal);
    return end < 0 ? "" : text[start..(end + 5)];
}

static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

static byte[] ReadBytes(Stream stream)
{
    using (stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}

static string ReadText(Stream stream) => Encoding.UTF8.GetString(ReadBytes(stream));

// The EmbeddedSource blob: an int32 uncompressed size (0 when stored uncompressed), then the bytes, deflated if not 0.
static byte[] EmbeddedSource(byte[] blob)
{
    var size = BitConverter.ToInt32(blob, 0);
    if (size == 0)
    {
        return blob[4..];
    }

    using var deflate = new DeflateStream(new MemoryStream(blob, 4, blob.Length - 4), CompressionMode.Decompress);
    var text = ReadBytes(deflate);
    return text.Length == size ? text : Array.Empty<byte>();
}
