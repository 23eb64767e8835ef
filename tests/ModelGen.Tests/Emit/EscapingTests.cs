using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Emit;

/// <summary>Doc text that tries to leave its C# context (see <see cref="TestDocs.Hostile"/>): the snapshot shows how it is kept in.</summary>
public sealed class EscapingTests
{
    [Test]
    public void HostileDoc()
    {
        var docs = new[] { new InMemoryAdditionalText("/proj/docs/models/hostile.md", TestDocs.Hostile) };

        Snapshot.Verify(GeneratorHarness.Run(docs, TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace, "snake_case")));
    }
}
