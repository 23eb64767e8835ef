using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ModelGen.Benchmarks.Infrastructure;
using ModelGen.Tests.Infrastructure;

namespace ModelGen.Benchmarks.BuildTime;

/// <summary>
/// The real model docs in <c>../shared/corpus</c> beside the repository (never copied into it), as AdditionalFiles at
/// <c>docs/models/…</c> (subfolders such as <c>operations/</c> included) in the project so that links between docs resolve as in a user's project.
/// </summary>
internal static class CorpusDocs
{
    /// <summary>Today's format (<c>.mdx</c>, 1,557 docs) and the era of the seed docs (<c>.md</c>, 492 docs).</summary>
    public static readonly string[] Names = { "openrouter-2026-08", "openrouter-2025-10" };

    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The corpora present on this machine; says once, on the console, when there are none.</summary>
    public static IEnumerable<string> Available()
    {
        if (Root.Value is null)
        {
            Console.WriteLine("Corpus not found (../shared/corpus beside the repository): the build-time corpus benchmarks are skipped.");
            return Array.Empty<string>();
        }

        return Names.Where(name => Directory.Exists(ModelsFolder(name))).ToArray();
    }

    public static ImmutableArray<InMemoryAdditionalText> Load(string name) =>
        Directory.EnumerateFiles(ModelsFolder(name), "*", SearchOption.AllDirectories)
            .Where(static path => path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith(".mdx", StringComparison.Ordinal))
            .OrderBy(static path => path, StringComparer.Ordinal)
            .Select(path => new InMemoryAdditionalText(
                GeneratorInput.DocPath("docs/models/" + Path.GetRelativePath(ModelsFolder(name), path).Replace('\\', '/')),
                File.ReadAllText(path)))
            .ToImmutableArray();

    private static string ModelsFolder(string name) => Path.Combine(Root.Value ?? string.Empty, name, "docs", "models");

    private static string? FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ModelGen.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus"));
                return Directory.Exists(corpus) ? corpus : null;
            }
        }

        return null;
    }
}
