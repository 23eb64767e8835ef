using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ModelGen.Emit;
using NUnit.Framework;

namespace ModelGen.Tests.Emit;

/// <summary>The escapers every piece of doc text goes through on its way into generated code.</summary>
public sealed class CSharpTextTests
{
    private static readonly CSharpParseOptions DiagnoseDocs = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static IEnumerable<TestCaseData> StringValues()
    {
        yield return Case("empty", string.Empty);
        yield return Case("plain", "response.image_generation_call.completed");
        yield return Case("quotes", "say \"hi\"");
        yield return Case("backslashes", @"C:\path\to\file \\server \u0041 \n");
        yield return Case("control characters", "a\0b\u0001c\u0007d\be\ff\ng\rh\ti\vj\u001Fk\u007Fl");
        yield return Case("line separators", "a\u0085b\u2028c\u2029d");
        yield return Case("lone high surrogate", "a\uD800b");
        yield return Case("lone low surrogate", "a\uDC00b");
        yield return Case("surrogate at the end", "end\uD83D");
        yield return Case("reversed pair", "\uDE00\uD83D");
        yield return Case("valid pair", "smile \uD83D\uDE00");
        yield return Case("bidi and zero-width", "a\u202Eb\u200Bc\u2066d\uFEFFe");
        yield return Case("non-ASCII", "café Ünïcødé 日本語");
        yield return Case("comment and directive", "*/ // #error x");
        yield return Case("braces", "{0} {{ }}");
        yield return Case("not XML characters", "a\0b\uFFFEc\uFFFFd\u0008e");

        static TestCaseData Case(string name, string value) => new TestCaseData(value).SetArgDisplayNames(name);
    }

    [TestCaseSource(nameof(StringValues))]
    public void StringLiteralParsesBackToItsValue(string value)
    {
        var literal = CSharpText.StringLiteral(value);

        var expression = SyntaxFactory.ParseExpression(literal);

        Assert.Multiple(() =>
        {
            Assert.That(expression.GetDiagnostics(), Is.Empty, literal);
            Assert.That(expression.IsKind(SyntaxKind.StringLiteralExpression), Is.True, literal);
            Assert.That(expression.Span.Length, Is.EqualTo(literal.Length), "the whole text is one literal: " + literal);
            Assert.That(((LiteralExpressionSyntax)expression).Token.ValueText, Is.EqualTo(value), literal);
            Assert.That(literal.Any(IsLineBreak), Is.False, "a literal stays on one line: " + literal);
            Assert.That(literal.Any(char.IsSurrogate) && !IsWellFormedUtf16(literal), Is.False, "no lone surrogate in the generated file");
        });
    }

    [Test]
    public void StringLiteralEscapesInvisibleCharacters()
    {
        var literal = CSharpText.StringLiteral("a\u202Eb\u200Bc");

        Assert.That(literal, Is.EqualTo("\"a\\u202eb\\u200bc\""));
    }

    private static IEnumerable<TestCaseData> DocTexts()
    {
        const string hostile = "Ends early: </summary> and */ and\n#error not a directive <b>&amp;</b>";
        yield return Case("LF", hostile);
        yield return Case("CR", "first\rsecond</summary>\r#error x");
        yield return Case("CRLF", "first\r\nsecond */\r\n#error x");
        yield return Case("NEL", "first\u0085#error x\u0085*/");
        yield return Case("LS", "first\u2028#error x\u2028</summary>");
        yield return Case("PS", "first\u2029#error x\u2029</summary>");
        yield return Case("mixed", "a\rb\nc\r\nd\u0085e\u2028f\u2029g");
        yield return Case("blank lines", "a\n\n\nb");
        yield return Case("empty", string.Empty);
        yield return Case("entities", "x < y && y > z; a &lt; b");
        yield return Case("tab and quotes", "key:\t\"value\" 'single'");

        static TestCaseData Case(string name, string text) => new TestCaseData(text).SetArgDisplayNames(name);
    }

    [TestCaseSource(nameof(DocTexts))]
    public void DocCommentStaysACommentAndRoundTrips(string text)
    {
        var lines = DocCommentLines(text);
        var source = string.Join("\n", lines) + "\npublic class C { }\n";

        var tree = CSharpSyntaxTree.ParseText(source, DiagnoseDocs);
        var root = tree.GetCompilationUnitRoot();

        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.All.StartWith("///"));
            Assert.That(lines.Where(line => line.Any(IsLineBreak)), Is.Empty, "no line holds a line break");
            Assert.That(tree.GetDiagnostics(), Is.Empty, source);
            Assert.That(root.Members, Has.Count.EqualTo(1), "the comment did not swallow or add code");
            Assert.That(root.DescendantTrivia().Where(t => t.IsDirective), Is.Empty, "no preprocessor directive escaped the comment");
            Assert.That(SummaryText(root), Is.EqualTo(Expected(text)), source);
        });
    }

    /// <summary>
    /// Values (enum values, constants, paths) go into one-line comments as <c>&lt;c&gt;</c> text: whatever they hold,
    /// the comment stays one well-formed line (found by the fuzz test: NUL and U+FFFF made invalid XML, and a line
    /// separator ended the comment).
    /// </summary>
    [TestCaseSource(nameof(StringValues))]
    public void XmlEscapedValueStaysOnItsCommentLine(string value)
    {
        var line = "/// <summary>The value <c>" + CSharpText.XmlEscape(value) + "</c>.</summary>";
        var tree = CSharpSyntaxTree.ParseText(line + "\npublic class C { }\n", DiagnoseDocs);

        Assert.Multiple(() =>
        {
            Assert.That(line.Any(IsLineBreak), Is.False, line);
            Assert.That(tree.GetDiagnostics(), Is.Empty, line);
            Assert.That(tree.GetCompilationUnitRoot().Members, Has.Count.EqualTo(1), line);
            Assert.That(line.Any(char.IsSurrogate) && !IsWellFormedUtf16(line), Is.False, "no lone surrogate in the generated file");
        });
    }

    [Test]
    public void DocCommentCompilesWithoutDocumentationWarnings()
    {
        var source = string.Join("\n", DocCommentLines("</summary> */ \n#error x\u2028<see cref=\"Nope\"/> & more")) + "\npublic class C { }\n";
        var compilation = CSharpCompilation.Create(
            "Docs",
            new[] { CSharpSyntaxTree.ParseText(source, DiagnoseDocs) },
            Infrastructure.GeneratorHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, generalDiagnosticOption: ReportDiagnostic.Error));

        var diagnostics = compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden);

        Assert.That(diagnostics, Is.Empty);
    }

    /// <summary>What the summary should read: the text's lines (every C# line break splits), trailing blanks trimmed.</summary>
    private static string Expected(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (var separator in new[] { "\r", "\u0085", "\u2028", "\u2029" })
        {
            normalized = normalized.Replace(separator, "\n", StringComparison.Ordinal);
        }

        return string.Join("\n", normalized.Split('\n').Select(line => line.TrimEnd()));
    }

    /// <summary>The summary's text as a reader of the XML sees it: entities decoded, one line per comment line.</summary>
    private static string SummaryText(CompilationUnitSyntax root)
    {
        var member = root.Members.Single();
        var comment = member.GetLeadingTrivia()
            .Select(t => t.GetStructure())
            .OfType<DocumentationCommentTriviaSyntax>()
            .Single();
        var summary = comment.Content.OfType<XmlElementSyntax>().Single(e => e.StartTag.Name.LocalName.Text == "summary");

        var builder = new StringBuilder();
        foreach (var token in summary.Content.SelectMany(node => node.DescendantTokens()))
        {
            builder.Append(token.IsKind(SyntaxKind.XmlTextLiteralNewLineToken) ? "\n" : token.ValueText);
        }

        // One line of text stays on the element's line: "<summary>text</summary>".
        if (!builder.ToString().Contains('\n', StringComparison.Ordinal))
        {
            return builder.ToString();
        }

        // "<summary>" ends the first comment line and "</summary>" starts the last: drop those two, then the one
        // space after each "///".
        var lines = builder.ToString().Split('\n');
        Assert.That(lines.Length, Is.GreaterThanOrEqualTo(2), "summary spans lines: " + builder);
        return string.Join("\n", lines.Skip(1).Take(lines.Length - 2).Select(line => line.StartsWith(' ') ? line.Substring(1) : line));
    }

    private static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsWellFormedUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The lines a writer puts down for a summary holding <paramref name="text"/> (each ends in '\n').</summary>
    private static List<string> DocCommentLines(string text)
    {
        var written = new SourceWriter().DocComment("summary", text).TakeText();
        return written.Substring(0, written.Length - 1).Split('\n').ToList();
    }
}
