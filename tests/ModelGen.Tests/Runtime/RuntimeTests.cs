using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ModelGen.Generated;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Runtime;

/// <summary>
/// The runtime helpers (<c>generator/ModelGen/Runtime/*.cs</c>), compiled into this project as into every consumer's and
/// tested directly; and the generator emits exactly those files.
/// </summary>
public sealed class RuntimeTests
{
    private static readonly string RuntimeFolder = Path.Combine(Repo.Root, "generator", "ModelGen", "Runtime");

    [Test]
    public void EveryRuntimeFileIsEmittedVerbatim()
    {
        var result = GeneratorHarness.Run(SchemaDocs.All(), SchemaDocs.AllOptions());
        var emitted = result.Sources.Where(source => GeneratedFiles.IsRuntimeHelper(source.Key)).ToDictionary(source => source.Key, source => source.Value);
        var files = Directory.GetFiles(RuntimeFolder, "*.cs").Select(Path.GetFileNameWithoutExtension).Where(name => name != "IsExternalInit").ToList();

        Assert.That(emitted.Keys, Is.EquivalentTo(files.Select(name => "ModelGen-" + name + ".g.cs")), "one file per runtime helper (IsExternalInit only where the target lacks it)");
        foreach (var name in files)
        {
            Assert.That(emitted["ModelGen-" + name + ".g.cs"], Is.EqualTo(File.ReadAllText(Path.Combine(RuntimeFolder, name + ".cs")).Replace("\r\n", "\n")), name);
        }

        Assert.That(result.Sources[GeneratedFiles.RuntimeSettings], Does.Contain("public const bool StrictByDefault = false;"));
    }

    /// <summary>Adding the package to a project that has no model doc (yet, or in that project) adds nothing to its build.</summary>
    [Test]
    public void AProjectWithoutDocsGetsNoFiles()
    {
        var readme = new InMemoryAdditionalText("/proj/docs/README.md", "# Docs\n\nNot a model doc.\n");
        var result = GeneratorHarness.Run(new[] { readme }, TestOptionsProvider.Project("/proj/", "Acme.Api"));
        Assert.That(result.Sources.Keys, Is.Empty);
        Assert.That(result.Diagnostics, Is.Empty);
    }

    [Test]
    public void StrictJsonSettingReachesTheRuntimeSettings()
    {
        var result = GeneratorHarness.Run(SchemaDocs.All(), SchemaDocs.AllOptions().WithGlobal("build_property.ModelGenStrictJson", "true"));
        Assert.That(result.Sources[GeneratedFiles.RuntimeSettings], Does.Contain("public const bool StrictByDefault = true;"));
    }

    [Test]
    public void FieldNamesMatchExactlyThenTolerantly()
    {
        var names = new JsonFieldNames("T", new[] { "item_id", "type" }, "r-");
        Assert.That(FieldOf(names, "item_id"), Is.EqualTo(0));
        Assert.That(FieldOf(names, "type"), Is.EqualTo(1));
        Assert.That(FieldOf(names, "itemId"), Is.EqualTo(0), "a spelling equal ignoring case, '_' and '-' selects the field");
        Assert.That(FieldOf(names, "ITEM-ID"), Is.EqualTo(0));
        Assert.That(FieldOf(names, "other"), Is.EqualTo(-1));
    }

    [Test]
    public void MissingRequiredFieldsAreNamedInOrderAndStrictReadingThrows()
    {
        var names = new JsonFieldNames("T", new[] { "a", "b", "c", "d" }, "rrb-");
        Assert.That(names.Missing(seen: 0b0010, seenBeyond64: null, strict: false), Is.EqualTo(new[] { "a", "c" }), "required ones only, in order");
        Assert.That(names.Missing(seen: 0b0111, seenBeyond64: null, strict: false), Is.Empty);
        var error = Assert.Throws<ModelGenJsonException>(() => names.Missing(seen: 0b0010, seenBeyond64: null, strict: true));
        Assert.That(error!.Detail, Does.Contain("'a'").And.Contain("T"));
    }

    [TestCase("9007199254740992", true, TestName = "2^53 fits a double exactly")]
    [TestCase("9007199254740993", false, TestName = "2^53+1 does not fit a double: lenient reading keeps the text instead")]
    [TestCase("0.5", true, TestName = "A fraction fits")]
    [TestCase("\"1\"", false, TestName = "A string is not a number")]
    public void NumbersFitOnlyWhenADoubleHoldsThemExactly(string json, bool fits)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        Assert.That(JsonHelpers.TryReadNumber(ref reader, strict: false, out _), Is.EqualTo(fits));
    }

    [Test]
    public void StrictMismatchSaysWhatWasExpectedAndWhatWasThere()
    {
        var bytes = Encoding.UTF8.GetBytes("true");
        var error = Assert.Throws<ModelGenJsonException>(() =>
        {
            var reader = new Utf8JsonReader(bytes);
            reader.Read();
            JsonHelpers.TryReadString(ref reader, strict: true, out _);
        });
        Assert.That(error!.Message, Does.Contain("a string").And.Contain("true"));
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(7, TestName = "FieldNamesIgnoreALikelyFieldBeyondTheLast")]
    public void FieldNamesFindTheFieldWhicheverIsTriedFirst(int likely)
    {
        var names = new JsonFieldNames("T", new[] { "a", "b", "c" }, "---");
        Assert.That(FieldOf(names, "c", likely), Is.EqualTo(2));
        Assert.That(FieldOf(names, "a", likely), Is.EqualTo(0));
        Assert.That(FieldOf(names, "B", likely), Is.EqualTo(1));
        Assert.That(FieldOf(names, "d", likely), Is.EqualTo(-1));
    }

    [Test]
    public void ObjectReaderReadsScalarsInAnyOrderAndKeepsWhatDoesNotFit()
    {
        // b is a number a double cannot hold exactly, d is a string where a boolean belongs: both are kept as read.
        var (a, b, c, d, kept, _) = ReadScalars("{\"c\":true,\"b\":9007199254740993,\"extra\":[1],\"a\":\"x\",\"d\":\"yes\"}", strict: false);
        Assert.That((a, b, c, d), Is.EqualTo(("x", 0d, (bool?)true, false)));
        Assert.That(kept!.Keys, Is.EquivalentTo(new[] { "b", "extra", "d" }));
        Assert.That(kept["b"].GetRawText(), Is.EqualTo("9007199254740993"));
        Assert.That(kept["d"].GetString(), Is.EqualTo("yes"));
    }

    [Test]
    public void ObjectReaderNotesExplicitNullsOnlyWhereTheFieldMayHoldOne()
    {
        var (a, _, c, _, kept, state) = ReadScalars("{\"a\":null,\"c\":null,\"d\":null}", strict: false);
        Assert.That((a, c), Is.EqualTo(((string?)null, (bool?)null)));
        Assert.That(state.Nulls, Is.EqualTo(0b0101UL), "a and c are nullable and were null");
        Assert.That(kept!.Keys, Is.EqualTo(new[] { "d" }), "d cannot hold null: the null is kept as read");
    }

    [Test]
    public void ObjectReaderReadsIntegersAndKeepsWhatNoIntegerHolds()
    {
        var names = new JsonFieldNames("T", new[] { "i", "l", "n", "big", "f" }, "--n--");
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("{\"i\":3,\"l\":9007199254740993,\"n\":null,\"big\":3000000000,\"f\":1.5}"));
        reader.Read();
        var r = new ObjectReader(names, strict: false);
        r.Start(ref reader);
        int i = 0, big = 0, f = 0;
        long l = 0;
        int? n = 7;
        while (r.Next(ref reader))
        {
            switch (r.Field)
            {
                case 0:
                    r.Int32(ref reader, ref i);
                    break;
                case 1:
                    r.Int64(ref reader, ref l);
                    break;
                case 2:
                    r.Int32(ref reader, ref n);
                    break;
                case 3:
                    r.Int32(ref reader, ref big);
                    break;
                case 4:
                    r.Int32(ref reader, ref f);
                    break;
            }
        }

        Assert.That((i, l, n, big, f), Is.EqualTo((3, 9007199254740993L, (int?)null, 0, 0)), "a long holds 2^53+1 exactly; 3e9 and 1.5 are no int");
        Assert.That(r.Kept!.Keys, Is.EquivalentTo(new[] { "big", "f" }));
        Assert.That(r.State.Nulls, Is.EqualTo(0b00100UL));
    }

    [TestCase("{\"b\":\"1\"}", "$.b", TestName = "StrictReadingNamesAStringWhereANumberBelongs")]
    [TestCase("{\"a\":\"x\",\"d\":1}", "$.d", TestName = "StrictReadingNamesANumberWhereABooleanBelongs")]
    [TestCase("{\"a\":1}", "$.a", TestName = "StrictReadingNamesANumberWhereAStringBelongs")]
    public void StrictReadingNamesTheFieldThatDoesNotFit(string json, string path)
    {
        var error = Assert.Throws<ModelGenJsonException>(() => ReadScalars(json, strict: true));
        Assert.That(error!.Path, Is.EqualTo(path));
    }

    [TestCase("{\"type\":\"b\"}", 1)]
    [TestCase("{\"id\":{\"type\":\"a\"},\"type\":\"c\"}", 2, TestName = "The discriminator is found after other properties, not inside them")]
    [TestCase("{\"type\":\"\\u0061\"}", 0, TestName = "An escaped discriminator value matches")]
    [TestCase("{\"type\":\"z\"}", -1, TestName = "An unknown discriminator value is no index")]
    [TestCase("{\"type\":1}", -1, TestName = "A discriminator that is not a string is no index")]
    [TestCase("{\"kind\":\"a\"}", -1, TestName = "A missing discriminator is no index")]
    [TestCase("[\"a\"]", -1, TestName = "An array has no discriminator")]
    public void DiscriminatorFindsTheVariantWithoutMovingTheReader(string json, int index)
    {
        var discriminator = new JsonDiscriminator("type", new[] { "a", "b", "c" });
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        Assert.That(discriminator.IndexOf(reader), Is.EqualTo(index));
        Assert.That(reader.TokenStartIndex, Is.EqualTo(0), "the caller's reader has not moved");
    }

    [TestCase("{\"n\":1,\"type\":\"new_kind\"}", "new_kind")]
    [TestCase("{\"type\":null}", null)]
    [TestCase("{\"n\":1}", null)]
    public void DiscriminatorGivesAnUnknownValueAsText(string json, string? value)
    {
        var discriminator = new JsonDiscriminator("type", new[] { "a" });
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        Assert.That(discriminator.ValueOf(reader), Is.EqualTo(value));
    }

    private static int FieldOf(JsonFieldNames names, string name, int likely = 0)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("{\"" + name + "\":1}"));
        reader.Read();
        reader.Read();
        return names.FieldOf(ref reader, likely);
    }

    // Reads {a: string|null, b: number, c: bool|null, d: bool} as a generated reader does, whatever the order.
    private static (string? A, double B, bool? C, bool D, System.Collections.Generic.IReadOnlyDictionary<string, JsonElement>? Kept, JsonObjectState State) ReadScalars(string json, bool strict)
    {
        var names = new JsonFieldNames("T", new[] { "a", "b", "c", "d" }, "n-n-");
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        var r = new ObjectReader(names, strict);
        Assert.That(r.Start(ref reader), Is.True);
        string? a = null;
        double b = 0;
        bool? c = null;
        var d = false;
        while (r.Next(ref reader))
        {
            switch (r.Field)
            {
                case 0:
                    r.String(ref reader, ref a);
                    break;
                case 1:
                    r.Number(ref reader, ref b);
                    break;
                case 2:
                    r.Boolean(ref reader, ref c);
                    break;
                case 3:
                    r.Boolean(ref reader, ref d);
                    break;
            }
        }

        Assert.That(reader.Read(), Is.False, "the reader ends after the object");
        return (a, b, c, d, r.Kept, r.State);
    }
}
