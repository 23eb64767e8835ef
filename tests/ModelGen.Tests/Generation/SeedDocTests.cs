using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Generation;

/// <summary>
/// Snapshots of the generator's output for the project's seed docs and for hand-written docs that cover every
/// Type-cell kind and the .mdx spelling. Docs live under a fake project folder (<c>/proj/</c>, RootNamespace
/// <c>Acme.Api</c>, snake_case wire names), so the types land in <c>Acme.Api.Docs.Models</c>.
/// </summary>
public sealed class SeedDocTests
{
    private const string Models = "/proj/docs/models/";
    private const string Namespace = "Acme.Api.Docs.Models";

    private static readonly string[] SeedFiles =
    {
        "responsesstreamchunkresponseimagegenerationcallcompleted.md",
        "responsesstreamchunkresponseimagegenerationcallgenerating.md",
        "typeresponseimagegenerationcallcompleted.md",
        "typeresponseimagegenerationcallgenerating.md",
    };

    private static TestOptionsProvider Options => TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace, "snake_case");

    [Test]
    public void ImageGenerationCallSeeds() => Snapshot.Verify(RunSeeds());

    [TestCase("Completed", "response.image_generation_call.completed")]
    [TestCase("Generating", "response.image_generation_call.generating")]
    public void SeedRecordsHaveTheStreamChunkShape(string state, string wireType)
    {
        var result = RunSeeds();
        var record = result.OutputCompilation.GetTypeByMetadataName($"{Namespace}.ResponsesStreamChunkResponseImageGenerationCall{state}");
        var holder = result.OutputCompilation.GetTypeByMetadataName($"{Namespace}.TypeResponseImageGenerationCall{state}");
        Assert.That(record, Is.Not.Null, "record not generated; sources: " + string.Join(", ", result.Sources.Keys));
        Assert.That(holder, Is.Not.Null, "constant holder not generated; sources: " + string.Join(", ", result.Sources.Keys));

        var properties = record!.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsImplicitlyDeclared && p.DeclaredAccessibility == Accessibility.Public).ToDictionary(p => p.Name);
        Assert.Multiple(() =>
        {
            Assert.That(record.IsRecord, Is.True);
            Assert.That(properties.Keys, Is.EquivalentTo(new[] { "ItemId", "OutputIndex", "SequenceNumber", "Type", "ExtensionData", "MissingRequiredFields" }));
            Assert.That(properties["ItemId"].Type.SpecialType, Is.EqualTo(SpecialType.System_String));
            Assert.That(properties["OutputIndex"].Type.SpecialType, Is.EqualTo(SpecialType.System_Double));
            Assert.That(properties["SequenceNumber"].Type.SpecialType, Is.EqualTo(SpecialType.System_Double));
            Assert.That(properties["Type"].Type.SpecialType, Is.EqualTo(SpecialType.System_String));
            Assert.That(properties["ItemId"].IsRequired, Is.True);
            Assert.That(properties["Type"].IsRequired, Is.False, "Type has a default: its constant");
            Assert.That(GeneratedWireNames.InSource(result.Sources.Single(s => s.Key.EndsWith("." + record.Name + ".g.cs", System.StringComparison.Ordinal)).Value, record.Name), Is.EqualTo(new[] { "type", "item_id", "output_index", "sequence_number" }));
            Assert.That(ConstantValue(record, "TypeValue"), Is.EqualTo(wireType));
            Assert.That(holder!.IsStatic, Is.True);
            Assert.That(ConstantValue(holder, "Value"), Is.EqualTo(wireType));
        });
    }

    [Test]
    public void EveryTypeCellKind()
    {
        var docs = new[]
        {
            new InMemoryAdditionalText(Models + "everytype.md", TestDocs.EveryType),
            new InMemoryAdditionalText(Models + "foo.md", TestDocs.Foo),
        };

        Snapshot.Verify(GeneratorHarness.Run(docs, Options));
    }

    [Test]
    public void MdxDoc()
    {
        var docs = new[]
        {
            new InMemoryAdditionalText(Models + "mdxwidget.mdx", TestDocs.MdxWidget),
            new InMemoryAdditionalText(Models + "mdxkind.mdx", TestDocs.MdxKind),
        };

        Snapshot.Verify(GeneratorHarness.Run(docs, Options));
    }

    private static GeneratorResult RunSeeds() =>
        GeneratorHarness.Run(SeedFiles.Select(name => SchemaDocs.Load(SchemaDocs.SeedModels + "/" + name, Models + name)), Options);

    private static object? ConstantValue(INamedTypeSymbol type, string name)
    {
        var field = type.GetMembers(name).OfType<IFieldSymbol>().SingleOrDefault();
        Assert.That(field, Is.Not.Null, $"{type.Name}.{name} is missing");
        Assert.That(field!.IsConst, Is.True, $"{type.Name}.{name} is not a constant");
        return field.ConstantValue;
    }
}
