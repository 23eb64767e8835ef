using System.Linq;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Json;

/// <summary>The schemas' union (the image-generation stream events) read and written by System.Text.Json.</summary>
public sealed class UnionJsonTests
{
    private const string Usage = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Text;
        using System.Text.Json;
        using Acme.Api;

        namespace Consumer;

        internal static class UnionUsage
        {
            public static string Read(string json)
            {
                var union = JsonSerializer.Deserialize<ResponsesStreamChunkImageGenerationCallUnion>(json)!;
                return union.Match(
                    inProgress => "in_progress " + inProgress.ItemId,
                    generating => "generating " + generating.ItemId,
                    partial => "partial_image " + partial.ItemId,
                    completed => "completed " + completed.ItemId,
                    unknown => "unknown " + unknown.Discriminator)
                    + " | " + JsonSerializer.Serialize(union);
            }

            public static string ReadStream(string json, int bufferSize)
            {
                using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
                var options = new JsonSerializerOptions { DefaultBufferSize = bufferSize };
                var events = JsonSerializer.DeserializeAsync<List<ResponsesStreamChunkImageGenerationCallUnion>>(stream, options)
                    .AsTask().GetAwaiter().GetResult()!;
                return events.Count + " " + string.Join(",", events.Select(e => e.Value.GetType().Name).Distinct());
            }
        }
        """;

    private const string Completed = """{"type":"response.image_generation_call.completed","item_id":"ig_1","output_index":0,"sequence_number":7}""";
    private const string TypeLast = """{"item_id":"ig_2","output_index":0,"sequence_number":8,"type":"response.image_generation_call.generating"}""";
    private const string Unknown = """{"type":"response.image_generation_call.cancelled","item_id":"ig_3","extra":[1,{"a":null}]}""";

    [Test]
    public void VariantsAreChosenByDiscriminatorAndWrittenBack()
    {
        using var assembly = Emit();

        Assert.Multiple(() =>
        {
            Assert.That(assembly.Invoke("Consumer.UnionUsage", "Read", Completed), Is.EqualTo("completed ig_1 | " + Completed));
            Assert.That(
                assembly.Invoke("Consumer.UnionUsage", "Read", TypeLast),
                Is.EqualTo("generating ig_2 | " + """{"type":"response.image_generation_call.generating","item_id":"ig_2","output_index":0,"sequence_number":8}"""),
                "the discriminator need not come first");
            Assert.That(assembly.Invoke("Consumer.UnionUsage", "Read", Unknown), Is.EqualTo("unknown response.image_generation_call.cancelled | " + Unknown), "an unknown event is kept as read");
        });
    }

    [Test]
    public void StreamOfEventsWithTheDiscriminatorFirst()
    {
        using var assembly = Emit();
        var json = "[" + string.Join(",", Enumerable.Repeat(Completed, 50)) + "]";

        Assert.That(assembly.Invoke("Consumer.UnionUsage", "ReadStream", json, 64), Is.EqualTo("50 ResponsesStreamChunkResponseImageGenerationCallCompleted"));
    }

    /// <summary>
    /// Regression: the discriminator peek (now <c>JsonDiscriminator</c>) and <c>JsonHelpers.HasAll</c> once called <c>Utf8JsonReader.Skip()</c>, which throws on a
    /// reader over partial data (<c>IsFinalBlock</c> false). That is the reader a converter gets from
    /// <c>JsonSerializer.DeserializeAsync</c> (and so <c>HttpClient.GetFromJsonAsync</c>/<c>ReadFromJsonAsync</c>) whenever
    /// the payload is larger than the buffer: a union whose discriminator is not the first property then fails with
    /// "The JSON value could not be converted to …Union". <c>TrySkip()</c> works there (the converter's value is
    /// already buffered whole). Deserializing from a string works.
    /// </summary>
    [Test]
    public void StreamOfEventsWithTheDiscriminatorLast()
    {
        using var assembly = Emit();
        var json = "[" + string.Join(",", Enumerable.Repeat(TypeLast, 50)) + "]";

        Assert.That(assembly.Invoke("Consumer.UnionUsage", "ReadStream", json, 1024), Is.EqualTo("50 ResponsesStreamChunkResponseImageGenerationCallGenerating"));
    }

    /// <summary>
    /// Regression test (fixed): <c>modelgen_open_enums = true</c> makes every Values doc open, the single-value ones too. The
    /// <c>type</c> fields then link to open structs instead of constants, and a discriminator is only looked for among
    /// constants, string literals and closed string enums, so the union loses it and picks an object variant by its
    /// required fields. In-progress, generating and completed events have the same ones: every one of them reads as
    /// the first variant, in-progress. (The records also lose their <c>TypeValue</c> constants and defaults.)
    /// </summary>
    [Test]
    public void OpenEnumsSettingKeepsTheDiscriminator()
    {
        using var assembly = Emit(SchemaDocs.AllOptions().WithGlobal("modelgen_open_enums", "true"));

        Assert.That(assembly.Invoke("Consumer.UnionUsage", "Read", TypeLast), Does.StartWith("generating ig_2 | "));
    }

    private static IsolatedAssembly Emit(TestOptionsProvider? options = null)
    {
        var result = GeneratorHarness.Run(SchemaDocs.All(), options ?? SchemaDocs.AllOptions());
        var (diagnostics, image) = result.EmitWith(Usage);
        Assert.That(diagnostics, Is.Empty, GeneratorResult.Format(diagnostics));
        return new IsolatedAssembly(image!);
    }
}
