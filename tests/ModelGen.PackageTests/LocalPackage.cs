using System;
using System.IO;

namespace ModelGen.PackageTests;

/// <summary>
/// ModelGen packed as the NuGet package a user adds, into a folder with a NuGet.config that adds it as a source. Shared
/// by the package tests and the build-cost benchmark, which both build consumer projects against it.
/// </summary>
internal static class LocalPackage
{
    /// <summary>
    /// Packs the generator (Release, built under <paramref name="root"/> so the repository's bin/ and obj/ stay as they
    /// are) as <paramref name="version"/> into <c>root/feed</c>, and writes <c>root/NuGet.config</c> naming that feed.
    /// </summary>
    public static CommandResult Pack(string repositoryRoot, string root, string version, string sourceKey)
    {
        var feed = Path.Combine(root, "feed");
        Directory.CreateDirectory(feed);
        var result = DotNetCli.Run(
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
                <add key="{sourceKey}" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        return result;
    }

    /// <summary>Where the shared NuGet cache keeps <paramref name="version"/> of ModelGen (deleted after a run: each run packs a unique version).</summary>
    public static string CachedPackage(string version)
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return Path.Combine(packages, "modelgen", version.ToLowerInvariant());
    }
}
