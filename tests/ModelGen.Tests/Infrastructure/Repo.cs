using System;
using System.IO;
using NUnit.Framework;

namespace ModelGen.Tests.Infrastructure;

/// <summary>Where the repository is when the tests run: the nearest folder above the test binaries holding ModelGen.sln.</summary>
internal static class Repo
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    /// <summary>The docs the project ships (<c>schemas/</c>).</summary>
    public static string Schemas => Path.Combine(Root, "schemas");

    private static string FindRoot()
    {
        var start = TestContext.CurrentContext.TestDirectory;
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ModelGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {start} holds ModelGen.sln: the tests must run from inside the repository.");
    }
}
