using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NUnit.Framework;

namespace ModelGen.Tests.Infrastructure;

/// <summary>
/// The corpus of real Speakeasy docs (OpenRouter's TypeScript SDK) kept beside the repository in
/// <c>../shared/corpus</c>, never copied into it. Tests that need it are ignored, with a reason, where it is absent,
/// and fail where it is absent under <c>CI=true</c>.
/// </summary>
internal static class Corpus
{
    /// <summary>Where the corpus should be: <c>&lt;repo&gt;/../shared/corpus</c>.</summary>
    public static string ExpectedDirectory => Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "corpus"));

    /// <summary>The corpus folder; ignores the calling test when it is not there.</summary>
    public static string Directory
    {
        get
        {
            var directory = ExpectedDirectory;
            if (!System.IO.Directory.Exists(directory) && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"The doc corpus is not at {directory}, and CI=true: CI must run the corpus tests, so a missing corpus is a failure here, not a skip.");
            }

            if (!System.IO.Directory.Exists(directory))
            {
                Assert.Ignore(
                    $"The doc corpus is not at {directory}. It lives in shared/corpus beside the repository (../shared/corpus "
                    + "from the repository root) and is not part of the repository; this test needs it and is skipped.");
            }

            return directory;
        }
    }

    /// <summary>The models folder of one corpus set (<c>openrouter-2025-10</c>, <c>openrouter-2026-08</c>).</summary>
    public static string ModelsDirectory(string set)
    {
        var directory = Path.Combine(Directory, set, "docs", "models");
        if (!System.IO.Directory.Exists(directory))
        {
            Assert.Ignore($"The corpus at {Directory} has no set '{set}' ({directory} is missing); this test is skipped.");
        }

        return directory;
    }

    /// <summary>Every doc (<c>.md</c>/<c>.mdx</c>, sub-folders included) of one corpus set, in path order.</summary>
    public static IReadOnlyList<string> Docs(string set) =>
        System.IO.Directory.EnumerateFiles(ModelsDirectory(set), "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
}
