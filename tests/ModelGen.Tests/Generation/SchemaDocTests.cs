using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Generation;

/// <summary>Everything the project ships in <c>schemas/</c>, generated as the compile tests generate it (types in <c>Acme.Api</c>).</summary>
public sealed class SchemaDocTests
{
    [Test]
    public void AllSchemaDocs() => Snapshot.Verify(GeneratorHarness.Run(SchemaDocs.All(), SchemaDocs.AllOptions()), includeSharedHelpers: true);
}
