using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security;
using ModelGen.PackageTests;

namespace ModelGen.Benchmarks.BuildCost;

/// <summary>One consumer project of the build-cost table: which docs it drops into ModelDocs/ and which roots it names.</summary>
/// <param name="Name">The project's name (and folder).</param>
/// <param name="Corpus">The corpus under ../shared/corpus whose docs/models it copies; null for none.</param>
/// <param name="WithModelGen">Whether it references the package at all (false only for the empty baseline).</param>
/// <param name="Roots">The <c>ModelGenRoots</c> value; null generates every doc.</param>
/// <param name="RunAnalyzers">False sets <c>RunAnalyzers</c> to false, as README advises for a library holding only docs.</param>
internal sealed record ConsumerSpec(string Name, string? Corpus, bool WithModelGen, string? Roots, bool RunAnalyzers = true, bool Baseline = false)
{
    /// <summary>Names the project's row: its name, or for the copy built with the baseline package (same name, same namespace, another folder) the name plus <c>@baseline</c>.</summary>
    public string Key => Baseline ? Name + "@baseline" : Name;
}

/// <summary>What the first (untimed) build of a consumer produced.</summary>
internal sealed record FirstBuild(int Docs, long DocChars, int GeneratedFiles, long GeneratedChars, int Warnings);

/// <summary>
/// A net10.0 class library as a user has it: the ModelGen package by version from the local feed and the docs
/// dropped into ModelDocs/ (the package's convention, no AdditionalFiles edit). Built with the CLI in a fresh process
/// each time (<see cref="DotNetCli"/>: no build servers, no node reuse), as CI and a terminal without a warm server do.
/// </summary>
internal sealed class ConsumerBuild
{
    private const string EditedFile = "Class1.cs";

    private readonly PackedFeed feed;

    private ConsumerBuild(ConsumerSpec spec, PackedFeed feed, string directory)
    {
        Spec = spec;
        this.feed = feed;
        Directory = directory;
    }

    public ConsumerSpec Spec { get; }

    public string Directory { get; }

    private string ProjectFile => Path.Combine(Directory, Spec.Name + ".csproj");

    /// <summary>Outside the project folder: inside it, the SDK's default globs would compile the files a second time.</summary>
    private string GeneratedFilesDirectory => Path.Combine(feed.Root, "generated", Spec.Name);

    public static ConsumerBuild Create(ConsumerSpec spec, PackedFeed feed, string? corpusRoot)
    {
        var directory = Path.Combine(feed.Root, spec.Name);
        System.IO.Directory.CreateDirectory(directory);
        var properties = spec.WithModelGen ? "\n    <ModelGenWireNaming>snake_case</ModelGenWireNaming>" : string.Empty;
        if (spec.Roots is not null)
        {
            properties += $"\n    <ModelGenRoots>{SecurityElement.Escape(spec.Roots)}</ModelGenRoots>";
        }

        if (!spec.RunAnalyzers)
        {
            properties += "\n    <RunAnalyzers>false</RunAnalyzers>";
        }

        var package = spec.WithModelGen
            ? $"""

                <ItemGroup>
                  <PackageReference Include="ModelGen" Version="{feed.Version}" />
                </ItemGroup>

              """
            : "\n";

        // What `dotnet new classlib` writes, plus the package and its settings.
        File.WriteAllText(Path.Combine(directory, spec.Name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">

              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>{properties}
              </PropertyGroup>
            {package}
            </Project>
            """);
        var build = new ConsumerBuild(spec, feed, directory);
        build.WriteEditedFile(0);

        if (spec.Corpus is not null)
        {
            var models = Path.Combine(corpusRoot ?? throw new InvalidOperationException("no corpus root"), spec.Corpus, "docs", "models");
            foreach (var doc in DocFiles(models))
            {
                var target = Path.Combine(directory, "ModelDocs", Path.GetRelativePath(models, doc));
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(doc, target);
            }
        }

        return build;
    }

    /// <summary>
    /// Restore and the first compile (not timed), with the generated files written out to count them. The timed
    /// rebuilds leave them off: writing them is not part of what a user's build does.
    /// </summary>
    public FirstBuild BuildFirst()
    {
        var result = Build(
            "-p:EmitCompilerGeneratedFiles=true",
            "-p:CompilerGeneratedFilesOutputPath=" + GeneratedFilesDirectory).EnsureSuccess();
        if (result.Lines("warning").FirstOrDefault(static line => line.Contains("MG0021", StringComparison.Ordinal)) is { } unknownRoot)
        {
            throw new InvalidOperationException($"{Spec.Name}: a root names no doc, so the measurement would be of another closure: {unknownRoot}");
        }

        var docs = DocFiles(Path.Combine(Directory, "ModelDocs")).ToList();
        var generated = System.IO.Directory.Exists(GeneratedFilesDirectory)
            ? System.IO.Directory.EnumerateFiles(GeneratedFilesDirectory, "*.cs", SearchOption.AllDirectories).ToList()
            : [];

        // Each root must have its own type file (ModelGen names it Namespace.Type.g.cs). A ';' in an MSBuild property
        // reaches analyzers cut short (the .editorconfig the SDK writes reads it as a comment), silently dropping roots.
        foreach (var root in (Spec.Roots ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!generated.Any(file => Path.GetFileName(file).EndsWith("." + root + ".g.cs", StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"{Spec.Name}: no file was generated for the root {root}");
            }
        }

        return new FirstBuild(
            docs.Count,
            docs.Sum(static doc => (long)File.ReadAllText(doc).Length),
            generated.Count,
            generated.Sum(static file => (long)File.ReadAllText(file).Length),
            result.Lines("warning").Count);
    }

    /// <summary>Changes one line of the project's own code, then times <c>dotnet build</c> as the user runs it: wall and CPU seconds.</summary>
    public (double Wall, double? Cpu) Rebuild(int round)
    {
        WriteEditedFile(round);
        var cpuBefore = ChildCpuTime.Now();
        var stopwatch = Stopwatch.StartNew();
        var result = Build();
        stopwatch.Stop();
        var cpuAfter = ChildCpuTime.Now();
        result.EnsureSuccess();
        return (stopwatch.Elapsed.TotalSeconds, cpuAfter - cpuBefore is { } cpu ? cpu.TotalSeconds : null);
    }

    private CommandResult Build(params string[] properties) =>
        DotNetCli.Run(Directory, null, ["build", ProjectFile, "--disable-build-servers", "-tl:off", "-nologo", "-v:q", .. properties]);

    private void WriteEditedFile(int round) => File.WriteAllText(Path.Combine(Directory, EditedFile), $$"""
        namespace {{Spec.Name}};

        public static class Class1
        {
            public const int Edit = {{round}};
        }
        """);

    private static IEnumerable<string> DocFiles(string folder) =>
        System.IO.Directory.Exists(folder)
            ? System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(static path => path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith(".mdx", StringComparison.Ordinal))
            : [];
}
