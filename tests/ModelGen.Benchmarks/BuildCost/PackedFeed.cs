using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ModelGen.PackageTests;

namespace ModelGen.Benchmarks.BuildCost;

/// <summary>
/// ModelGen packed as the NuGet package a user adds, into a temporary folder with a NuGet.config that adds it as a
/// source, as the package tests do. A unique prerelease version keeps the shared NuGet cache from serving an older
/// build; <see cref="Dispose"/> deletes the folder and that cache entry.
/// </summary>
internal sealed class PackedFeed : IDisposable
{
    private PackedFeed(string repositoryRoot, string root, string version)
    {
        RepositoryRoot = repositoryRoot;
        Root = root;
        Version = version;
    }

    public string RepositoryRoot { get; }

    /// <summary>The temporary folder: the feed, the NuGet.config and every consumer project live under it.</summary>
    public string Root { get; }

    public string Version { get; }

    /// <param name="repositoryRoot">The sources to pack: this checkout, or a baseline commit's copy.</param>
    /// <param name="label">Appended to the version, so that two packages packed in the same second differ.</param>
    public static PackedFeed Pack(string repositoryRoot, string label = "")
    {
        var baseVersion = XDocument.Load(Path.Combine(repositoryRoot, "Directory.Build.props")).Descendants("ModelGenVersion").Single().Value.Trim();
        var version = baseVersion + "-buildcost." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId + label;
        var root = Path.Combine(Path.GetTempPath(), "modelgen-build-cost-" + Guid.NewGuid().ToString("N")[..12]);
        var packed = new PackedFeed(repositoryRoot, root, version);
        LocalPackage.Pack(repositoryRoot, root, version, "modelgen-build-cost");
        return packed;
    }

    public void Dispose()
    {
        foreach (var directory in new[] { Root, LocalPackage.CachedPackage(Version) })
        {
            try
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"Could not delete {directory}: {e.Message}");
            }
        }
    }
}
