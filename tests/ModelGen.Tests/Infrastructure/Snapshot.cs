using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex;
using DiffPlex.Model;
using Microsoft.CodeAnalysis;
using NUnit.Framework;

namespace ModelGen.Tests.Infrastructure;

/// <summary>
/// Snapshot testing of generator output, with the file conventions of Verify.SourceGenerators (no Verify package
/// restores here). For a test method <c>M</c> of class <c>C</c>, in the <c>Snapshots</c> folder beside the test's
/// source file:
/// <list type="bullet">
/// <item><c>C.M#{hint name without .cs}.verified.cs</c>: one file per generated source, byte for byte (LF line ends);</item>
/// <item><c>C.M.verified.txt</c>: the generator's diagnostics, one per line, in a fixed order.</item>
/// </list>
/// On a difference the new output is written beside it as <c>.received.cs</c>/<c>.received.txt</c> and the test
/// fails with a unified diff. A missing <c>.verified</c> file fails too (with a <c>.received</c> to look at).
/// A <c>.verified.cs</c> of this test whose source is no longer generated fails as stale.
/// <para>
/// To accept the output, review the <c>.received</c> files and run the tests with the environment variable
/// <c>MODELGEN_ACCEPT=1</c>: every <c>.verified</c> file of the tests that run is overwritten (stale ones deleted)
/// and the <c>.received</c> files removed. It is ignored when <c>CI=true</c>: CI never accepts a snapshot.
/// </para>
/// </summary>
internal static class Snapshot
{
    private const string SnapshotFolder = "Snapshots";
    // Emitted once per compilation: ModelGenJson (one line per type, already in each type's own snapshot) and the runtime
    // settings. The runtime helpers are never snapshotted: they are Runtime/*.cs verbatim (RuntimeSourcesTests).
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static bool IsCI => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static bool Accept => !IsCI && Environment.GetEnvironmentVariable("MODELGEN_ACCEPT") == "1";

    /// <summary>
    /// Compares every generated source with its snapshot. The helpers emitted once per compilation are the same in
    /// every run, so only a test that asks for them (<paramref name="includeSharedHelpers"/>) snapshots them.
    /// </summary>
    public static void Verify(GeneratorResult result, bool includeSharedHelpers = false, [CallerFilePath] string file = "", [CallerMemberName] string test = "")
    {
        var directory = SnapshotDirectory(file);
        var prefix = TestClassName(file) + "." + test;
        var problems = new List<string>();

        var expectedFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (hintName, text) in result.Sources)
        {
            if (GeneratedFiles.IsRuntimeHelper(hintName) || (!includeSharedHelpers && GeneratedFiles.IsShared(hintName)))
            {
                continue;
            }

            var name = prefix + "#" + StripCsExtension(hintName);
            expectedFiles.Add(name + ".verified.cs");
            Compare(directory, name, ".cs", text, problems);
        }

        Compare(directory, prefix, ".txt", DescribeDiagnostics(result.Diagnostics), problems);

        if (Directory.Exists(directory))
        {
            foreach (var path in Directory.EnumerateFiles(directory, prefix + "#*.verified.cs").OrderBy(p => p, StringComparer.Ordinal))
            {
                var fileName = Path.GetFileName(path);
                if (expectedFiles.Contains(fileName))
                {
                    continue;
                }

                if (Accept)
                {
                    File.Delete(path);
                }
                else
                {
                    problems.Add($"Stale snapshot {fileName}: the generator no longer produces this source. Delete it, or run with MODELGEN_ACCEPT=1.");
                }
            }
        }

        if (problems.Count > 0)
        {
            Assert.Fail(string.Join(Environment.NewLine + Environment.NewLine, problems));
        }

        // Passed: no .received file of this test is worth keeping (including one for a source no longer generated).
        if (Directory.Exists(directory))
        {
            foreach (var path in Directory.EnumerateFiles(directory, prefix + "#*.received.cs").Append(Path.Combine(directory, prefix + ".received.txt")))
            {
                DeleteIfExists(path);
            }
        }
    }

    /// <summary>
    /// Compares <paramref name="text"/> with the snapshot <c>C.{name}.verified.txt</c> (<c>C</c> the test class), for
    /// a test whose output is a report rather than generated sources; <paramref name="name"/> tells apart the cases
    /// of one test.
    /// </summary>
    public static void VerifyText(string name, string text, [CallerFilePath] string file = "")
    {
        var problems = new List<string>();
        Compare(SnapshotDirectory(file), TestClassName(file) + "." + name, ".txt", text, problems);
        if (problems.Count > 0)
        {
            Assert.Fail(string.Join(Environment.NewLine + Environment.NewLine, problems));
        }
    }

    /// <summary>The generator's diagnostics, ordered by file, position, ID and message, one per line.</summary>
    public static string DescribeDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics
            .Select(diagnostic =>
            {
                var span = diagnostic.Location.GetLineSpan();
                var fileName = string.IsNullOrEmpty(span.Path) ? "(no file)" : Path.GetFileName(span.Path.Replace('\\', '/'));
                return (
                    File: fileName,
                    Line: span.StartLinePosition.Line + 1,
                    Column: span.StartLinePosition.Character + 1,
                    diagnostic.Id,
                    Severity: diagnostic.Severity.ToString(),
                    Message: diagnostic.GetMessage(CultureInfo.InvariantCulture));
            })
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Id} {d.Severity} {d.File}({d.Line}:{d.Column}): {d.Message}"))
            .ToList();
        return lines.Count == 0 ? "No diagnostics.\n" : string.Join("\n", lines) + "\n";
    }

    private static void Compare(string directory, string name, string extension, string actual, List<string> problems)
    {
        actual = NormalizeLineEnds(actual);
        var verifiedPath = Path.Combine(directory, name + ".verified" + extension);
        var receivedPath = Path.Combine(directory, name + ".received" + extension);
        var exists = File.Exists(verifiedPath);
        var expected = exists ? NormalizeLineEnds(File.ReadAllText(verifiedPath, Encoding.UTF8)) : null;

        if (expected == actual)
        {
            DeleteIfExists(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        if (Accept)
        {
            File.WriteAllText(verifiedPath, actual, Utf8NoBom);
            DeleteIfExists(receivedPath);
            TestContext.Out.WriteLine($"Accepted {Path.GetFileName(verifiedPath)}");
            return;
        }

        File.WriteAllText(receivedPath, actual, Utf8NoBom);
        if (expected is null)
        {
            problems.Add(IsCI
                ? $"Missing snapshot {Path.GetFileName(verifiedPath)}. CI never accepts snapshots: create it locally (MODELGEN_ACCEPT=1), review it and commit it."
                : $"Missing snapshot {Path.GetFileName(verifiedPath)}; the output is in {Path.GetFileName(receivedPath)}. Review it, then run with MODELGEN_ACCEPT=1 to accept.");
            return;
        }

        problems.Add(
            $"Snapshot {Path.GetFileName(verifiedPath)} differs (received in {Path.GetFileName(receivedPath)}; run with MODELGEN_ACCEPT=1 to accept):"
            + Environment.NewLine
            + UnifiedDiff(Path.GetFileName(verifiedPath), Path.GetFileName(receivedPath), expected, actual));
    }

    /// <summary>A unified diff (three lines of context) of two texts, built on DiffPlex's line diff.</summary>
    public static string UnifiedDiff(string oldName, string newName, string oldText, string newText, int context = 3)
    {
        // One final line break ends the last line; it is not an empty line of its own.
        var diff = Differ.Instance.CreateLineDiffs(WithoutFinalLineBreak(oldText), WithoutFinalLineBreak(newText), ignoreWhitespace: false, ignoreCase: false);
        var oldLines = diff.PiecesOld;
        var newLines = diff.PiecesNew;
        var builder = new StringBuilder();
        builder.Append("--- ").Append(oldName).Append('\n');
        builder.Append("+++ ").Append(newName).Append('\n');

        var blocks = diff.DiffBlocks;
        var i = 0;
        while (i < blocks.Count)
        {
            // Blocks closer than twice the context share one hunk.
            var last = i;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * context)
            {
                last++;
            }

            var oldStart = Math.Max(0, blocks[i].DeleteStartA - context);
            var newStart = Math.Max(0, blocks[i].InsertStartB - context);
            var oldEnd = Math.Min(oldLines.Count, blocks[last].DeleteStartA + blocks[last].DeleteCountA + context);
            var newEnd = Math.Min(newLines.Count, blocks[last].InsertStartB + blocks[last].InsertCountB + context);
            builder.Append(CultureInfo.InvariantCulture, $"@@ -{oldStart + 1},{oldEnd - oldStart} +{newStart + 1},{newEnd - newStart} @@\n");

            var oldIndex = oldStart;
            for (var b = i; b <= last; b++)
            {
                var block = blocks[b];
                for (; oldIndex < block.DeleteStartA; oldIndex++)
                {
                    builder.Append(' ').Append(oldLines[oldIndex]).Append('\n');
                }

                for (var d = 0; d < block.DeleteCountA; d++)
                {
                    builder.Append('-').Append(oldLines[block.DeleteStartA + d]).Append('\n');
                }

                for (var n = 0; n < block.InsertCountB; n++)
                {
                    builder.Append('+').Append(newLines[block.InsertStartB + n]).Append('\n');
                }

                oldIndex = block.DeleteStartA + block.DeleteCountA;
            }

            for (; oldIndex < oldEnd; oldIndex++)
            {
                builder.Append(' ').Append(oldLines[oldIndex]).Append('\n');
            }

            i = last + 1;
        }

        if (blocks.Count == 0 && oldText != newText)
        {
            builder.Append("(the texts differ only in their final line break)\n");
        }

        return builder.ToString();
    }

    private static string WithoutFinalLineBreak(string text) => text.EndsWith('\n') ? text.Substring(0, text.Length - 1) : text;

    private static string SnapshotDirectory(string testFile)
    {
        var directory = Path.GetDirectoryName(testFile)
            ?? throw new InvalidOperationException("The test's source file is unknown ([CallerFilePath] was empty).");
        return Path.Combine(directory, SnapshotFolder);
    }

    private static string TestClassName(string testFile)
    {
        // The running test's class, as Verify names snapshots by type; the file name when run outside a test.
        var className = TestContext.CurrentContext.Test.ClassName;
        if (!string.IsNullOrEmpty(className))
        {
            var dot = className.LastIndexOf('.');
            return dot < 0 ? className : className.Substring(dot + 1);
        }

        return Path.GetFileNameWithoutExtension(testFile);
    }

    private static string StripCsExtension(string hintName) =>
        hintName.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) ? hintName.Substring(0, hintName.Length - 3) : hintName;

    private static string NormalizeLineEnds(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
