using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NUnit.Framework;

namespace ModelGen.Tests.Infrastructure;

/// <summary>The snapshot helper's own formats: the diff a failure shows and the diagnostics listing.</summary>
public sealed class SnapshotTests
{
    [Test]
    public void UnifiedDiffShowsChangedLinesWithContext()
    {
        var before = string.Join("\n", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j") + "\n";
        var after = string.Join("\n", "a", "b", "c", "d", "E", "f", "g", "h", "i", "j", "k") + "\n";

        var diff = Snapshot.UnifiedDiff("old", "new", before, after);

        Assert.That(diff, Is.EqualTo(
            "--- old\n+++ new\n" +
            "@@ -2,9 +2,10 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n i\n j\n+k\n"));
    }

    [Test]
    public void UnifiedDiffOfEqualTextsHasNoHunk() =>
        Assert.That(Snapshot.UnifiedDiff("old", "new", "same\n", "same\n"), Is.EqualTo("--- old\n+++ new\n"));

    [Test]
    public void DiagnosticsAreListedByFileThenPosition()
    {
        var descriptor = new DiagnosticDescriptor("MG9999", "Test", "Message {0}", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);
        Diagnostic At(string path, int line, int column, string argument) =>
            Diagnostic.Create(descriptor, Location.Create(path, new TextSpan(0, 1), new LinePositionSpan(new LinePosition(line, column), new LinePosition(line, column + 1))), argument);

        var listing = Snapshot.DescribeDiagnostics(new[]
        {
            At("/proj/docs/b.md", 0, 0, "third"),
            At("/proj/docs/a.md", 9, 2, "second"),
            At("/proj/docs/a.md", 1, 4, "first"),
        });

        Assert.Multiple(() =>
        {
            Assert.That(listing, Is.EqualTo(
                "MG9999 Warning a.md(2:5): Message first\n" +
                "MG9999 Warning a.md(10:3): Message second\n" +
                "MG9999 Warning b.md(1:1): Message third\n"));
            Assert.That(Snapshot.DescribeDiagnostics(System.Array.Empty<Diagnostic>()), Is.EqualTo("No diagnostics.\n"));
        });
    }
}
