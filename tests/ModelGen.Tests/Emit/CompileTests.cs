using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Emit;

/// <summary>
/// The generated code compiles, with warnings as errors and nullable on, next to code that uses it the way a
/// consumer would, and System.Text.Json reads the wire JSON into it.
/// </summary>
public sealed class CompileTests
{
    // Uses the seed types as a consumer would: object initializer, 'with', property patterns, a switch on the constants.
    private const string Usage = """
        using System;
        using System.Globalization;
        using System.Text.Json;
        using Acme.Api;

        namespace Consumer;

        internal static class Usage
        {
            public static string Build()
            {
                var completed = new ResponsesStreamChunkResponseImageGenerationCallCompleted
                {
                    ItemId = "x",
                    OutputIndex = 0,
                    SequenceNumber = 1,
                };
                var next = completed with { SequenceNumber = 2 };
                var generating = new ResponsesStreamChunkResponseImageGenerationCallGenerating { ItemId = "y", OutputIndex = 1, SequenceNumber = 3 };
                return Describe(next) + ";" + Describe(generating) + ";" + Kind(next.Type) + ";" + Kind(generating.Type) + ";" + (next == completed);
            }

            public static string Describe(object chunk)
            {
                if (chunk is ResponsesStreamChunkResponseImageGenerationCallCompleted { ItemId: "x" } completed)
                {
                    return "completed x #" + completed.SequenceNumber.ToString(CultureInfo.InvariantCulture);
                }

                return chunk switch
                {
                    ResponsesStreamChunkResponseImageGenerationCallGenerating { OutputIndex: > 0 } g => "generating " + g.ItemId,
                    ResponsesStreamChunkResponseImageGenerationCallPartialImage p => "partial " + p.PartialImageIndex.ToString(CultureInfo.InvariantCulture),
                    _ => "other",
                };
            }

            public static string Kind(string type)
            {
                switch (type)
                {
                    case ResponsesStreamChunkResponseImageGenerationCallCompleted.TypeValue:
                        return "completed";
                    case ResponsesStreamChunkResponseImageGenerationCallGenerating.TypeValue:
                        return "generating";
                    case TypeResponseImageGenerationCallInProgress.Value:
                        return "in progress";
                    case TypeResponseImageGenerationCallPartialImage.Value:
                        return "partial image";
                    default:
                        return "unknown";
                }
            }

            public static string RoundTrip(string json)
            {
                var chunk = JsonSerializer.Deserialize<ResponsesStreamChunkResponseImageGenerationCallCompleted>(json)
                    ?? throw new InvalidOperationException("null");
                return string.Join(
                    "|",
                    chunk.Type,
                    chunk.ItemId,
                    chunk.OutputIndex.ToString(CultureInfo.InvariantCulture),
                    chunk.SequenceNumber.ToString(CultureInfo.InvariantCulture),
                    JsonSerializer.Serialize(chunk));
            }

            public static string MissingRequired(string json)
            {
                var lenient = JsonSerializer.Deserialize<ResponsesStreamChunkResponseImageGenerationCallCompleted>(json)!;
                var written = JsonSerializer.Serialize(lenient);
                try
                {
                    ModelGenJson.Deserialize<ResponsesStreamChunkResponseImageGenerationCallCompleted>(json, strict: true);
                    return "strict accepted";
                }
                catch (JsonException e)
                {
                    return "missing " + string.Join(",", lenient.MissingRequiredFields) + "|" + written + "|" + e.Path + "|" + e.Message;
                }
            }
        }
        """;

    private const string WireJson = """{"type":"response.image_generation_call.completed","item_id":"ig_1","output_index":0,"sequence_number":7}""";

    [Test]
    public void SchemaDocsCompileWithUsage()
    {
        var result = RunSchemas();
        Assert.That(result.Diagnostics, Is.Empty, GeneratorResult.Format(result.Diagnostics));
        Assert.That(result.Sources, Is.Not.Empty);

        var diagnostics = result.CompileWith(Usage);

        Assert.That(diagnostics, Is.Empty, GeneratorResult.Format(diagnostics));
    }

    [Test]
    public void SchemaDocsCompileAlone()
    {
        var result = RunSchemas();

        var diagnostics = result.CompileWith("namespace Consumer { internal static class Empty { } }");

        Assert.That(diagnostics, Is.Empty, GeneratorResult.Format(diagnostics));
    }

    [TestCase(LanguageVersion.CSharp9)]
    [TestCase(LanguageVersion.CSharp10)]
    [TestCase(LanguageVersion.CSharp11)]
    [TestCase(LanguageVersion.Latest)]
    public void SchemaDocsCompileOnEachSupportedLanguageVersion(LanguageVersion languageVersion)
    {
        var result = GeneratorHarness.Run(SchemaDocs.All(), SchemaDocs.AllOptions(), languageVersion);
        const string usage = """
            namespace Consumer
            {
                internal static class Usage
                {
                    public static string Kind() => new Acme.Api.ResponsesStreamChunkResponseImageGenerationCallCompleted
                    {
                        ItemId = "x",
                        OutputIndex = 0,
                        SequenceNumber = 1,
                    }.Type;
                }
            }
            """;

        var diagnostics = result.CompileWith(usage);

        Assert.That(diagnostics, Is.Empty, GeneratorResult.Format(diagnostics));
    }

    [TestCaseSource(nameof(HandWrittenDocs))]
    public void HandWrittenDocsCompile(string name, string[] files)
    {
        var result = GeneratorHarness.Run(Docs(files), Options);
        Assert.That(result.Sources, Is.Not.Empty);

        var diagnostics = result.CompileWith("namespace Consumer { internal static class Empty { } }");

        Assert.That(diagnostics, Is.Empty, GeneratorResult.Format(diagnostics));
    }

    /// <summary>
    /// With <c>GenerateDocumentationFile</c> the compiler checks doc comments: whatever a doc says, the generated
    /// ones must be well-formed XML with resolvable crefs, and every public member has one (the compiler does not
    /// exempt generated files from CS1591, so a project with warnings as errors would not build).
    /// </summary>
    [Test]
    public void GeneratedDocCommentsAreWellFormed()
    {
        var files = HandWrittenDocs().SelectMany(c => (string[])c.Arguments[1]!).Distinct().ToArray();
        var result = GeneratorHarness.Run(SchemaDocs.All().Concat(Docs(files)), SchemaDocs.AllOptions(), documentationMode: DocumentationMode.Diagnose);

        var diagnostics = result.CompileWith("namespace Consumer { internal static class Empty { } }");

        Assert.That(diagnostics, Is.Empty, GeneratorResult.Format(diagnostics));
    }

    /// <summary>
    /// Below C# 9 (e.g. a .NET Framework or netstandard2.0 project, whose default is C# 7.3) records and init
    /// accessors do not compile: rather than a wall of errors in generated files, ModelGen reports one diagnostic
    /// (MG0015) and generates nothing.
    /// </summary>
    [TestCase(LanguageVersion.CSharp8)]
    [TestCase(LanguageVersion.CSharp7_3)]
    public void OldLanguageVersionsGetADiagnosticInsteadOfBrokenCode(LanguageVersion languageVersion)
    {
        var result = GeneratorHarness.Run(SchemaDocs.All(), SchemaDocs.AllOptions(), languageVersion);

        // CS8630: the harness compiles with nullable enabled, which C# 7.3 itself rejects (a real C# 7.3 project has it off).
        var compilerErrors = result.CompileWith("namespace Consumer { internal static class Empty { } }").Where(d => d.Id != "CS8630").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(compilerErrors, Is.Empty, GeneratorResult.Format(compilerErrors.Take(10)));
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "MG0015" }), "ModelGen says, once, that the language version is too old");
        });
    }

    [Test]
    public void UsageRunsAndJsonRoundTrips()
    {
        var result = RunSchemas();
        var (diagnostics, image) = result.EmitWith(Usage);
        Assert.That(diagnostics, Is.Empty, GeneratorResult.Format(diagnostics));
        Assert.That(image, Is.Not.Null);

        using var assembly = new IsolatedAssembly(image!);
        Assert.Multiple(() =>
        {
            Assert.That(assembly.Invoke("Consumer.Usage", "Build"), Is.EqualTo("completed x #2;generating y;completed;generating;False"));
            Assert.That(
                assembly.Invoke("Consumer.Usage", "RoundTrip", WireJson),
                Is.EqualTo("response.image_generation_call.completed|ig_1|0|7|" + WireJson),
                "snake_case wire JSON lands in the properties and serializes back unchanged");
            Assert.That(
                assembly.Invoke("Consumer.Usage", "MissingRequired", """{"type":"response.image_generation_call.completed","output_index":0,"sequence_number":7}"""),
                Is.EqualTo("missing item_id|" + """{"type":"response.image_generation_call.completed","output_index":0,"sequence_number":7}"""
                    + "|$|The required property 'item_id' of Acme.Api.ResponsesStreamChunkResponseImageGenerationCallCompleted is missing. Path: $."),
                "lenient: a missing required field is listed and left out when written back; strict: a JsonException with the path");
        });
    }

    /// <summary>
    /// With snake_case, <c>item_id</c> and <c>itemId</c> (two fields of one doc) would both be <c>item_id</c> on the
    /// wire, and the JSON written would hold the name twice: the later field is reported (MG0014) and skipped.
    /// </summary>
    [Test]
    public void FieldsWithTheSameWireNameAreReported()
    {
        var result = GeneratorHarness.Run(Docs(new[] { "hostile.md" }), Options);
        const string usage = """
            namespace Consumer;

            internal static class HostileUsage
            {
                // No member names: whatever the generator does with the second field, this compiles.
                public static string RoundTrip(string json) =>
                    System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonSerializer.Deserialize<Acme.Api.Docs.Models.Hostile>(json));
            }
            """;
        var (diagnostics, image) = result.EmitWith(usage);
        Assert.That(diagnostics, Is.Empty, GeneratorResult.Format(diagnostics));
        using var assembly = new IsolatedAssembly(image!);
        var written = assembly.Invoke("Consumer.HostileUsage", "RoundTrip", """{"item_id":"a"}""")!;

        Assert.Multiple(() =>
        {
            Assert.That(written.Split("\"item_id\"").Length - 1, Is.EqualTo(1), "the JSON written names item_id once: " + written);
            Assert.That(Snapshot.DescribeDiagnostics(result.Diagnostics), Does.Contain("MG0014").And.Contain("itemId"), "the generator says what it did with the second field");
        });
    }

    private static GeneratorResult RunSchemas() => GeneratorHarness.Run(SchemaDocs.All(), SchemaDocs.AllOptions());

    private static TestOptionsProvider Options => TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace, "snake_case");

    private static IEnumerable<TestCaseData> HandWrittenDocs()
    {
        yield return new TestCaseData("every type", new[] { "everytype.md", "foo.md" }).SetArgDisplayNames("EveryType");
        yield return new TestCaseData("mdx", new[] { "mdxwidget.mdx", "mdxkind.mdx" }).SetArgDisplayNames("Mdx");
        yield return new TestCaseData("hostile", new[] { "hostile.md" }).SetArgDisplayNames("Hostile");
    }

    private static IEnumerable<InMemoryAdditionalText> Docs(IEnumerable<string> files) =>
        files.Select(file => new InMemoryAdditionalText("/proj/docs/models/" + file, TestDocs.ByFileName(file)));
}
