using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModelGen.Tests.Infrastructure;

/// <summary>
/// Analyzer config options as MSBuild and .globalconfig files hand them to a generator: global options
/// (<c>build_property.RootNamespace</c>, <c>build_property.ProjectDir</c>, <c>build_property.ModelGenWireNaming</c>,
/// <c>modelgen_namespace</c>, …) and per-file options by path (<c>build_metadata.AdditionalFiles.ModelGen*</c>,
/// <c>modelgen_*</c> from an .editorconfig section).
/// <para>
/// As in the compiler, the options of a file include the global ones (the unnamed section of a .globalconfig
/// applies to every file; samples/ImageStream relies on that for <c>modelgen_wire_naming</c>), with the file's own
/// options taking precedence. Keys compare case-insensitively, like the compiler's.
/// </para>
/// Immutable: every <c>With…</c> returns a new provider. Keep one instance per driver in incremental tests.
/// </summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    public static readonly TestOptionsProvider Empty = new(
        ImmutableDictionary.Create<string, string>(AnalyzerConfigOptions.KeyComparer),
        ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty);

    private readonly ImmutableDictionary<string, string> global;
    private readonly ImmutableDictionary<string, ImmutableDictionary<string, string>> perFile;

    private TestOptionsProvider(ImmutableDictionary<string, string> global, ImmutableDictionary<string, ImmutableDictionary<string, string>> perFile)
    {
        this.global = global;
        this.perFile = perFile;
        GlobalOptions = new DictionaryOptions(global);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <summary>The usual project: <c>RootNamespace</c>, <c>ProjectDir</c> and (optionally) the <c>ModelGenWireNaming</c> property.</summary>
    public static TestOptionsProvider Project(string projectDir, string rootNamespace, string? wireNaming = null)
    {
        var options = Empty
            .WithGlobal("build_property.ProjectDir", projectDir)
            .WithGlobal("build_property.RootNamespace", rootNamespace);
        return wireNaming is null ? options : options.WithGlobal("build_property.ModelGenWireNaming", wireNaming);
    }

    public TestOptionsProvider WithGlobal(string key, string value) => new(global.SetItem(key, value), perFile);

    public TestOptionsProvider WithFile(string path, string key, string value)
    {
        var options = perFile.TryGetValue(path, out var existing) ? existing : ImmutableDictionary.Create<string, string>(AnalyzerConfigOptions.KeyComparer);
        return new(global, perFile.SetItem(path, options.SetItem(key, value)));
    }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => For(tree.FilePath);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => For(textFile.Path);

    private AnalyzerConfigOptions For(string path) =>
        perFile.TryGetValue(path, out var own) ? new DictionaryOptions(global.SetItems(own)) : GlobalOptions;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> options;

        public DictionaryOptions(ImmutableDictionary<string, string> options) => this.options = options;

        public override IEnumerable<string> Keys => options.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => options.TryGetValue(key, out value);
    }
}
