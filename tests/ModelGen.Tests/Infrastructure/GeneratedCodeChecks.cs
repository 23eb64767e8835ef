using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ModelGen.Tests.Infrastructure;

/// <summary>
/// What must hold for any generated source, whatever the docs held: it parses without a syntax error, and doc text
/// stayed inside the three contexts it may reach (identifiers, string literals, <c>///</c> comments). Doc text that
/// escaped would show up as a directive, a block comment, skipped or disabled text, or a marker word outside those
/// contexts.
/// </summary>
internal static class GeneratedCodeChecks
{
    /// <summary>
    /// Problems with one generated source, one line each (empty when there are none). <paramref name="markers"/> are
    /// words planted in hostile docs that may appear only inside an identifier, a literal or a doc comment.
    /// </summary>
    public static IReadOnlyList<string> Problems(string hintName, string source, CSharpParseOptions parseOptions, params string[] markers)
    {
        var problems = new List<string>();
        var tree = CSharpSyntaxTree.ParseText(source, parseOptions, path: hintName);
        foreach (var diagnostic in tree.GetDiagnostics())
        {
            problems.Add($"{hintName}: does not parse: {diagnostic}");
        }

        var root = tree.GetRoot();
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: false))
        {
            if (!IsAllowedTrivia(trivia))
            {
                problems.Add($"{hintName}{Position(trivia.GetLocation())}: unexpected {trivia.Kind()}: {Shorten(trivia.ToFullString())}");
            }
        }

        foreach (var marker in markers)
        {
            for (var at = source.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = source.IndexOf(marker, at + 1, StringComparison.Ordinal))
            {
                if (!IsContained(root, at))
                {
                    var line = tree.GetLineSpan(new Microsoft.CodeAnalysis.Text.TextSpan(at, marker.Length)).StartLinePosition.Line + 1;
                    problems.Add($"{hintName}({line}): the doc text '{marker}' is outside an identifier, a literal and a doc comment");
                }
            }
        }

        return problems;
    }

    /// <summary>Problems with every source of a run (see <see cref="Problems(string, string, CSharpParseOptions, string[])"/>).</summary>
    public static IReadOnlyList<string> Problems(GeneratorResult result, params string[] markers)
    {
        var parseOptions = GeneratorHarness.ParseOptions(documentationMode: DocumentationMode.Diagnose);
        return result.Sources.SelectMany(source => Problems(source.Key, source.Value, parseOptions, markers)).ToList();
    }

    private static bool IsAllowedTrivia(SyntaxTrivia trivia)
    {
        switch (trivia.Kind())
        {
            case SyntaxKind.WhitespaceTrivia:
            case SyntaxKind.EndOfLineTrivia:
            case SyntaxKind.SingleLineDocumentationCommentTrivia:
                return true;
            case SyntaxKind.SingleLineCommentTrivia:
                // The emitters' own comments; a doc's text never goes into a '//' comment.
                return true;
            case SyntaxKind.NullableDirectiveTrivia:
                return trivia.ToFullString().Trim() == "#nullable enable";
            default:
                // Directives (#error, #pragma, #if, #define, #line…), disabled text, skipped tokens, block comments.
                return false;
        }
    }

    private static bool IsContained(SyntaxNode root, int position)
    {
        var token = root.FindToken(position, findInsideTrivia: false);
        if (token.Span.Contains(position))
        {
            return token.Kind() is SyntaxKind.IdentifierToken
                or SyntaxKind.StringLiteralToken
                or SyntaxKind.CharacterLiteralToken
                or SyntaxKind.Utf8StringLiteralToken;
        }

        var trivia = root.FindTrivia(position);
        return trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia);
    }

    private static string Position(Location location) => $"({location.GetLineSpan().StartLinePosition.Line + 1})";

    private static string Shorten(string text)
    {
        text = text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        return text.Length <= 120 ? text : text[..120] + "…";
    }
}
