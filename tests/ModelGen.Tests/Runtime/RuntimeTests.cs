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

    private static int FieldOf(JsonFieldNames names, string name)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("{\"" + name + "\":1}"));
        reader.Read();
        reader.Read();
        return names.FieldOf(ref reader);
    }
}
