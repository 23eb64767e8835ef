using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Hostile;

/// <summary>
/// A doc's bytes in every encoding and line-end style an editor saves: the compiler decodes AdditionalFiles by their
/// byte-order mark (UTF-8 without one), and ModelGen must generate the same types from each, with diagnostics on the
/// same lines.
/// </summary>
public sealed class EncodingTests
{
    private const string Path = "/proj/docs/models/";

    // A type and a broken row, so that both the output and a diagnostic's line are compared.
    private const string Doc = "# Encoded\n\nCafé, naïve, 日本語 and 🚀 in a description.\n\n## Fields\n\n"
        + "| Field | Type | Required | Description |\n| ----- | ---- | -------- | ----------- |\n"
        + "| `name` | *string* | :heavy_check_mark: | Ünïcödé. |\n| `count` | *number* | maybe | Neither mark. |\n";

    public static IEnumerable<TestCaseData> Encodings()
    {
        foreach (var (name, lineEnd) in new[] { ("LF", "\n"), ("CRLF", "\r\n"), ("CR", "\r") })
        {
            yield return new TestCaseData(new UTF8Encoding(false), lineEnd).SetArgDisplayNames("UTF-8", name);
            yield return new TestCaseData(new UTF8Encoding(true), lineEnd).SetArgDisplayNames("UTF-8 with BOM", name);
            yield return new TestCaseData(new UnicodeEncoding(bigEndian: false, byteOrderMark: true), lineEnd).SetArgDisplayNames("UTF-16 LE", name);
            yield return new TestCaseData(new UnicodeEncoding(bigEndian: true, byteOrderMark: true), lineEnd).SetArgDisplayNames("UTF-16 BE", name);
        }
    }

    [TestCaseSource(nameof(Encodings))]
    public void SameTypesFromEveryEncoding(Encoding encoding, string lineEnd)
    {
        var expected = Run(new InMemoryAdditionalText(Path + "encoded.md", Doc));
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Doc.Replace("\n", lineEnd, System.StringComparison.Ordinal))).ToArray();

        var actual = Run(new BytesAdditionalText(Path + "encoded.md", bytes));

        Assert.That(actual.Sources, Is.EqualTo(expected.Sources), "the generated sources");
        Assert.That(Snapshot.DescribeDiagnostics(actual.Diagnostics), Is.EqualTo(Snapshot.DescribeDiagnostics(expected.Diagnostics)));
        Assert.That(expected.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "MG0004" }), "the broken row is reported (and nothing else)");
    }

    [Test]
    public void ByteOrderMarkLeftInTheText()
    {
        // A text whose decoding kept the mark (or that holds two): the title is still read.
        var result = Run(new InMemoryAdditionalText(Path + "encoded.md", "\uFEFF" + Doc));

        Assert.That(result.Sources.Keys, Has.Some.Contains("Encoded"));
    }

    private static GeneratorResult Run(AdditionalText doc) =>
        GeneratorHarness.Run(new[] { doc }, TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace));

    /// <summary>A file as the compiler reads it: bytes decoded by their byte-order mark, UTF-8 when there is none.</summary>
    private sealed class BytesAdditionalText : AdditionalText
    {
        private readonly byte[] bytes;

        public BytesAdditionalText(string path, byte[] bytes)
        {
            Path = path;
            this.bytes = bytes;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            using var stream = new MemoryStream(bytes);
            return SourceText.From(stream, encoding: null, throwIfBinaryDetected: true);
        }
    }
}
