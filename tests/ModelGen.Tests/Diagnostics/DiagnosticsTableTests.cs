using System;
using System.IO;
using System.Linq;
using ModelGen.Diagnostics;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Diagnostics;

/// <summary>A user who gets an MG diagnostic looks it up in README: every ID the generator can report is there, with an example and the fix.</summary>
public sealed class DiagnosticsTableTests
{
    [Test]
    public void ReadmeListsEveryDiagnosticWithAnExampleAndTheFix()
    {
        var rows = File.ReadAllLines(Path.Combine(Repo.Root, "README.md"))
            .Where(line => line.StartsWith("| MG", StringComparison.Ordinal))
            .Select(line => line.Trim().Trim('|').Split(" | ").Select(cell => cell.Trim()).ToArray())
            .ToList();
        var ids = DiagnosticDescriptors.All.Select(descriptor => descriptor.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(rows.Select(row => row[0]), Is.EqualTo(ids), "README's diagnostics table: one row per ID, in ID order");
            foreach (var row in rows)
            {
                Assert.That(row, Has.Length.EqualTo(4), $"{row[0]}: ID | When | Example | Fix");
                Assert.That(row.Skip(1), Has.All.Not.Empty, $"{row[0]}: every cell filled");
            }
        });
    }
}
