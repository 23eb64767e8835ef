using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using ModelGen.Resolution;

using ModelGen.Model;

namespace ModelGen.Emit;

/// <summary>
/// The runtime helpers every consumer gets verbatim: real C# files in <c>Runtime/</c>, left out of the generator's own
/// compile and embedded in it, so that the IDE checks them as code and the tests compile and test them directly. What
/// differs between projects (the strict default, ModelGen's version) is one small generated file beside them.
/// </summary>
internal static class RuntimeSources
{
    private const string ResourcePrefix = "ModelGen.Runtime.";

    private const string IsExternalInitName = "IsExternalInit";

    /// <summary>The helpers every project with generated types gets: every file of <c>Runtime/</c> but IsExternalInit, by name.</summary>
    public static readonly IReadOnlyList<GeneratedSource> Helpers = LoadHelpers();

    /// <summary>The type <c>init</c> accessors need, for targets without it (netstandard2.0, .NET Framework).</summary>
    public static readonly GeneratedSource IsExternalInit = Load(IsExternalInitName);

    /// <summary>The project's part of the helpers: the strict default (<c>ModelGenStrictJson</c>) and ModelGen's version.</summary>
    public static GeneratedSource Settings(bool strictByDefault, CancellationToken cancellationToken)
    {
        var writer = FileHeader.Start(cancellationToken);
        writer.Lines($$"""
            namespace ModelGen.Generated
            {
                /// <summary>ModelGen's version, for the <c>GeneratedCode</c> attribute on the helpers.</summary>
                internal static class ModelGenRuntime
                {
                    public const string Version = {{CSharpText.StringLiteral(FileHeader.Version)}};
                }

                internal static partial class JsonHelpers
                {
                    /// <summary>Whether reading is strict unless a caller picks (the project's <c>ModelGenStrictJson</c>).</summary>
                    public const bool StrictByDefault = {{(strictByDefault ? "true" : "false")}};
                }
            }
            """);
        return new GeneratedSource(HintNames.RuntimeSettings, writer.TakeText());
    }

    private static IReadOnlyList<GeneratedSource> LoadHelpers()
    {
        var names = new List<string>();
        foreach (var resource in typeof(RuntimeSources).Assembly.GetManifestResourceNames())
        {
            if (resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) && resource.EndsWith(".cs", StringComparison.Ordinal))
            {
                var name = resource.Substring(ResourcePrefix.Length, resource.Length - ResourcePrefix.Length - ".cs".Length);
                if (name != IsExternalInitName)
                {
                    names.Add(name);
                }
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names.ConvertAll(Load);
    }

    private static GeneratedSource Load(string name)
    {
        using var stream = typeof(RuntimeSources).Assembly.GetManifestResourceStream(ResourcePrefix + name + ".cs")
            ?? throw new InvalidOperationException("The runtime helper " + name + ".cs is not embedded in ModelGen.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new GeneratedSource(HintNames.Runtime(name), reader.ReadToEnd().Replace("\r\n", "\n"));
    }
}
