using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModelGen.Benchmarks.BuildTime;
using ModelGen.Tests.Infrastructure;

namespace ModelGen.Benchmarks.Infrastructure;

/// <summary>
/// <c>--dump &lt;folder&gt;</c>: writes every file and diagnostic the generator produces for the repository's
/// <c>schemas/</c> and each corpus present, under both wire namings, one folder per set. A refactoring that must not
/// change the output is checked by dumping before and after and comparing the folders (<c>diff -r</c>). With roots, every
/// set is generated as a project setting <c>ModelGenRoots</c> to them would have it (a set without them reports MG0021).
/// </summary>
internal static class OutputDump
{
    public static int Run(string folder, string? roots = null)
    {
        var sets = CorpusDocs.Available().Select(name => (name, docs: CorpusDocs.Load(name))).ToList();
        sets.Add(("schemas", SchemaFolderDocs()));
        foreach (var (name, docs) in sets)
        {
            foreach (var naming in new[] { "as_written", "snake_case" })
            {
                var target = Path.Combine(folder, name + "." + naming);
                Directory.CreateDirectory(target);
                var options = GeneratorInput.Options.WithGlobal("build_property.ModelGenWireNaming", naming);
                if (roots is not null)
                {
                    options = options.WithGlobal("build_property.ModelGenRoots", roots);
                }

                var input = new GeneratorInput(docs, options: options);
                var result = input.Run().GetRunResult();
                foreach (var source in result.Results.SelectMany(static r => r.GeneratedSources))
                {
                    File.WriteAllText(Path.Combine(target, source.HintName), source.SourceText.ToString());
                }

                File.WriteAllLines(
                    Path.Combine(target, "diagnostics.txt"),
                    result.Diagnostics.Select(static d => d.ToString()).OrderBy(static d => d, StringComparer.Ordinal));
                Console.WriteLine($"{target}: {result.GeneratedTrees.Length} files, {result.Diagnostics.Length} diagnostics");
            }
        }

        return 0;
    }

    private static ImmutableArray<InMemoryAdditionalText> SchemaFolderDocs()
    {
        var root = RepositoryRoot();
        var schemas = Path.Combine(root, "schemas");
        return Directory.EnumerateFiles(schemas, "*", SearchOption.AllDirectories)
            .Where(static path => path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith(".mdx", StringComparison.Ordinal))
            .OrderBy(static path => path, StringComparer.Ordinal)
            .Select(path => new InMemoryAdditionalText(
                GeneratorInput.DocPath(Path.GetRelativePath(schemas, path).Replace('\\', '/')),
                File.ReadAllText(path)))
            .ToImmutableArray();
    }

    private static string RepositoryRoot()
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
