using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using NUnit.Framework;

namespace ModelGen.PackageTests;

/// <summary>
/// Packs the generator once for all tests in this assembly into a temporary local feed, beside a NuGet.config that
/// adds the feed to the machine's usual sources. The version is the one in Directory.Build.props with a unique
/// prerelease suffix, so the shared NuGet cache (kept for speed) never serves a stale build; that cache entry and
/// the temporary folder are deleted afterwards.
/// </summary>
[SetUpFixture]
public sealed class PackageFeed
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The version in Directory.Build.props (<c>ModelGenVersion</c>), the one place it is set.</summary>
    public static string BaseVersion { get; } = XDocument.Load(Path.Combine(RepositoryRoot, "Directory.Build.props"))
        .Descendants("ModelGenVersion").Single().Value.Trim();

    public static string Version { get; } =
        BaseVersion + "-pkgtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId;

    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "modelgen-package-tests-" + Guid.NewGuid().ToString("N")[..12]);

    public static string FeedDirectory => Path.Combine(Root, "feed");

    public static string PackagePath => Path.Combine(FeedDirectory, "ModelGen." + Version + ".nupkg");

    internal static CommandResult? PackResult { get; private set; }

    [OneTimeSetUp]
    public void Pack()
    {
        PackResult = LocalPackage.Pack(RepositoryRoot, Root, Version, "modelgen-under-test");
    }

    [OneTimeTearDown]
    public void Clean()
    {
        TryDelete(Root);
        TryDelete(LocalPackage.CachedPackage(Version));
    }

    /// <summary>The docs the project ships for the sample: the OpenRouter image-generation stream events and the request.</summary>
    public static IEnumerable<string> SchemaDocs() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "schemas", "openrouter-2025-10", "docs", "models"), "*.md").Order(StringComparer.Ordinal);

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException e)
        {
            TestContext.Progress.WriteLine($"Could not delete {directory}: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            TestContext.Progress.WriteLine($"Could not delete {directory}: {e.Message}");
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ModelGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ModelGen.sln not found above " + AppContext.BaseDirectory);
    }
}
