using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ModelGen.Model;
using ModelGen.Parsing;
using ModelGen.Resolution;

namespace ModelGen.Pipeline;

/// <summary>
/// Reads one AdditionalText and its options into a <see cref="DocSource"/>, and the project-wide settings. Each setting is looked up most
/// specific first: the analyzer-config key (<c>modelgen_*</c> in a .globalconfig, or an .editorconfig section for
/// the doc), then AdditionalFiles item metadata (<c>ModelGen*</c>), then the MSBuild property (<c>ModelGen*</c>).
/// The namespace is the base namespace (<c>RootNamespace</c> by default) plus the doc's folders below the docs
/// root (the project folder by default), the way C# files get theirs.
/// </summary>
internal static class DocSources
{
    public const string NamespaceSetting = "Namespace";
    public const string WireNamingSetting = "WireNaming";
    public const string DocsRootSetting = "DocsRoot";
    public const string OpenEnumsSetting = "OpenEnums";
    public const string StrictJsonSetting = "StrictJson";
    public const string RootsSetting = "Roots";

    private const string WireNameOverridesMetadata = "build_metadata.AdditionalFiles.ModelGenWireNames";

    /// <summary>Whether an AdditionalFile is a model doc (<c>.md</c> or <c>.mdx</c>).</summary>
    public static bool IsDoc(AdditionalText text) =>
        text.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || text.Path.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether an AdditionalFile is a wire-name override file: named <c>modelgen-wirenames.txt</c>, or marked with the
    /// item metadata <c>ModelGenWireNames="true"</c> (which the package's <c>ModelGenWireNamesFile</c> sets).
    /// </summary>
    public static bool IsWireNameOverrideFile(AdditionalText text, AnalyzerConfigOptions options) =>
        string.Equals(Path.GetFileName(text.Path), WireNameOverridesParser.FileName, StringComparison.OrdinalIgnoreCase)
        || (options.TryGetValue(WireNameOverridesMetadata, out var marked) && string.Equals(marked.Trim(), "true", StringComparison.OrdinalIgnoreCase));

    public static DocSource Read(AdditionalText text, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var global = options.GlobalOptions;
        var file = options.GetOptions(text);
        var projectDirectory = Get(global, "build_property.ProjectDir");
        var relativePath = RelativePath(text.Path, projectDirectory);

        var baseNamespace = Setting(file, global, NamespaceKeys) ?? Get(global, "build_property.RootNamespace") ?? string.Empty;
        var docsRoot = Setting(file, global, DocsRootKeys);
        var namespacePath = docsRoot is null ? relativePath : RelativePath(text.Path, CombineDirectory(projectDirectory, docsRoot));
        var @namespace = Identifiers.ToNamespace(baseNamespace + "." + FolderNamespace(namespacePath));

        // No setting at all is Unset (written as the docs write the fields, unless their examples decide; MG0030 says so).
        var namingText = Setting(file, global, WireNamingKeys);
        WireNames.TryParseNaming(namingText, out var naming);
        if (namingText is null)
        {
            naming = WireNaming.Unset;
        }

        var openEnums = string.Equals(Setting(file, global, OpenEnumsKeys), "true", StringComparison.OrdinalIgnoreCase);

        // Decoding drops a byte-order mark; one left in the text (or a second one) would hide the title from markdown.
        var content = (text.GetText(cancellationToken)?.ToString() ?? string.Empty).TrimStart('\uFEFF');
        return new DocSource(text.Path, relativePath, @namespace, naming, openEnums, content);
    }

    /// <summary>
    /// The project-wide <c>ModelGenStrictJson</c> (<c>modelgen_strict_json</c> in a .globalconfig): whether the converters
    /// <c>[JsonConverter]</c> creates, and <c>ModelGenJson.Options</c>, read strictly.
    /// </summary>
    public static bool StrictJson(AnalyzerConfigOptions global) =>
        string.Equals(Get(global, "modelgen_" + SnakeCase(StrictJsonSetting)) ?? Get(global, "build_property.ModelGen" + StrictJsonSetting), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The project-wide <c>ModelGenRoots</c> (<c>modelgen_roots</c> in a .globalconfig): the types the project uses,
    /// separated by ';', ',' or spaces; with the project file, where a root that names no doc is reported.
    /// </summary>
    public static RootsSetting Roots(AnalyzerConfigOptions global)
    {
        var value = Get(global, "modelgen_" + SnakeCase(RootsSetting)) ?? Get(global, "build_property.ModelGen" + RootsSetting);
        if (value is null)
        {
            return Model.RootsSetting.None;
        }

        var names = value.Split(new[] { ';', ',', ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries);
        return new Model.RootsSetting(names.ToEquatableArray(), Get(global, "build_property.MSBuildProjectFullPath") ?? string.Empty);
    }

    /// <summary>The doc's folders, as C# files get theirs: relative to the project, '..' segments dropped.</summary>
    private static string FolderNamespace(string relativePath)
    {
        var directory = LinkResolver.Directory(relativePath);
        return directory.Replace("../", string.Empty).Replace("..", string.Empty).Replace('/', '.');
    }

    private static string RelativePath(string path, string? projectDirectory)
    {
        var normalized = path.Replace('\\', '/');
        if (string.IsNullOrEmpty(projectDirectory))
        {
            return LinkResolver.Combine(string.Empty, normalized);
        }

        try
        {
            var relative = MakeRelative(Path.GetFullPath(projectDirectory!), Path.GetFullPath(path));
            return LinkResolver.Combine(string.Empty, relative.Replace('\\', '/'));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return LinkResolver.Combine(string.Empty, normalized);
        }
    }

    // netstandard2.0 has no Path.GetRelativePath.
    private static string MakeRelative(string fromDirectory, string toPath)
    {
        var from = fromDirectory.Replace('\\', '/').TrimEnd('/').Split('/');
        var to = toPath.Replace('\\', '/').Split('/');
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && string.Equals(from[common], to[common], comparison))
        {
            common++;
        }

        if (common == 0)
        {
            return toPath;
        }

        var parts = new System.Collections.Generic.List<string>();
        for (var i = common; i < from.Length; i++)
        {
            parts.Add("..");
        }

        for (var i = common; i < to.Length; i++)
        {
            parts.Add(to[i]);
        }

        return string.Join("/", parts);
    }

    /// <summary>A setting: <c>modelgen_docs_root</c>, then item metadata <c>ModelGenDocsRoot</c>, then property <c>ModelGenDocsRoot</c>.</summary>
    private static string? Setting(AnalyzerConfigOptions file, AnalyzerConfigOptions global, SettingKeys keys) =>
        Get(file, keys.EditorConfig) ?? Get(file, keys.ItemMetadata) ?? Get(global, keys.Property);

    // Every doc reads every setting: its three keys are spelled once, not once per doc.
    private static readonly SettingKeys NamespaceKeys = new(NamespaceSetting);
    private static readonly SettingKeys DocsRootKeys = new(DocsRootSetting);
    private static readonly SettingKeys WireNamingKeys = new(WireNamingSetting);
    private static readonly SettingKeys OpenEnumsKeys = new(OpenEnumsSetting);

    private sealed class SettingKeys
    {
        public SettingKeys(string name)
        {
            EditorConfig = "modelgen_" + SnakeCase(name);
            ItemMetadata = "build_metadata.AdditionalFiles.ModelGen" + name;
            Property = "build_property.ModelGen" + name;
        }

        public string EditorConfig { get; }

        public string ItemMetadata { get; }

        public string Property { get; }
    }

    private static string SnakeCase(string name) => WireNames.Apply(name, WireNaming.SnakeCase);

    private static string? CombineDirectory(string? projectDirectory, string directory)
    {
        try
        {
            return string.IsNullOrEmpty(projectDirectory) ? directory : Path.Combine(projectDirectory!, directory);
        }
        catch (ArgumentException)
        {
            return projectDirectory;
        }
    }

    private static string? Get(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
