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

    public static PackedFeed Pack(string repositoryRoot)
    {
        var baseVersion = XDocument.Load(Path.Combine(repositoryRoot, "Directory.Build.props")).Descendants("ModelGenVersion").Single().Value.Trim();
        var version = baseVersion + "-buildcost." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId;
        var root = Path.Combine(Path.GetTempPath(), "modelgen-build-cost-" + Guid.NewGuid().ToString("N")[..12]);
        var feed = Path.Combine(root, "feed");
        Directory.CreateDirectory(feed);
        var packed = new PackedFeed(repositoryRoot, root, version);

        // Release, as a published package is; built into the temp folder so the repository's bin/ and obj/ stay as they are.
        DotNetCli.Run(
            repositoryRoot,
            null,
            "pack", Path.Combine("generator", "ModelGen", "ModelGen.csproj"),
            "-c", "Release",
            "-o", feed,
            "-p:ModelGenVersion=" + version,
            "-p:OutputPath=" + Path.Combine(root, "generator", "bin") + Path.DirectorySeparatorChar,
            "-p:IntermediateOutputPath=" + Path.Combine(root, "generator", "obj") + Path.DirectorySeparatorChar,
            "--disable-build-servers",
            "-tl:off").EnsureSuccess();

        File.WriteAllText(Path.Combine(root, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="modelgen-build-cost" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        return packed;
    }

    public void Dispose()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var directory in new[] { Root, Path.Combine(packages, "modelgen", Version.ToLowerInvariant()) })
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
