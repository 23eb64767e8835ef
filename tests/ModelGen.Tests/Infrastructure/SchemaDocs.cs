using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ModelGen.Tests.Infrastructure;

/// <summary>
/// The docs of the repository's <c>schemas/</c>, read from disk and handed to the generator as in-memory
/// AdditionalFiles under a fake project folder, so that paths (and so namespaces, hint names and snapshots)
/// do not depend on where the repository is checked out.
/// </summary>
internal static class SchemaDocs
{
    /// <summary>The fake project folder every test doc lives under.</summary>
    public const string ProjectDir = "/proj/";

    public const string RootNamespace = "Acme.Api";

    /// <summary>The seed set: <c>schemas/openrouter-2025-10/docs/models</c>.</summary>
    public const string SeedModels = "openrouter-2025-10/docs/models";

    /// <summary>A doc of <c>schemas/</c> by its path below it, as an AdditionalText at <paramref name="path"/>.</summary>
    public static InMemoryAdditionalText Load(string schemaRelativePath, string path) =>
        new(path, ReadText(Path.Combine(Repo.Schemas, schemaRelativePath)));

    /// <summary>
    /// Every doc of <c>schemas/</c>, at <c>/proj/schemas/&lt;path below schemas&gt;</c>, in path order. With
    /// <see cref="AllOptions"/> the seed set's types land in <c>Acme.Api</c>.
    /// </summary>
    public static IReadOnlyList<InMemoryAdditionalText> All() =>
        Directory.EnumerateFiles(Repo.Schemas, "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(Repo.Schemas, path).Replace('\\', '/'))
            .OrderBy(relative => relative, StringComparer.Ordinal)
            .Select(relative => Load(relative, ProjectDir + "schemas/" + relative))
            .ToList();

    /// <summary>Options for <see cref="All"/>: snake_case wire names, docs root at the seed set's models folder.</summary>
    public static TestOptionsProvider AllOptions() =>
        TestOptionsProvider.Project(ProjectDir, RootNamespace, "snake_case")
            .WithGlobal("modelgen_docs_root", "schemas/" + SeedModels);

    /// <summary>A doc's text as the compiler reads it (UTF-8, a byte order mark dropped).</summary>
    public static string ReadText(string path) => File.ReadAllText(path, Encoding.UTF8);
}
