using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ModelGen.Pipeline;
using ModelGen.Model;

namespace ModelGen.Tests.Infrastructure;

/// <summary>
/// What must hold for any generated source, whatever the docs held: it parses without a syntax error, and doc text
/// stayed inside the three contexts it may reach (identifiers, string literals, <c>///</c> comments). Doc text that
/// escaped would show up as a directive, a block comment, skipped or disabled text, a marker word outside those
/// contexts, or a declared name (type, member, enum member, namespace) that the docs do not give.
/// </summary>
internal static class GeneratedCodeChecks
{
    /// <summary>
    /// Problems with every source of a run but those named in <paramref name="skip"/>, one line each (empty when there
    /// are none). The names the docs give come from the run's own parsed docs (tracked step <c>Parsed</c>), PascalCased
    /// here by README's rules rather than by the generator, so an escaper that lets text through raw is caught.
    /// <paramref name="markers"/> are words planted in docs: each may appear only in a string literal, a doc comment or
    /// one of those names.
    /// </summary>
    public static IReadOnlyList<string> Problems(GeneratorResult result, CSharpParseOptions? parseOptions, ICollection<string> skip, params string[] markers)
    {
        parseOptions ??= GeneratorHarness.ParseOptions(documentationMode: DocumentationMode.Diagnose);
        var names = ExpectedNames.Of(result);
        // The runtime helpers are Runtime/*.cs verbatim, with no doc text in them (RuntimeTests holds them to that).
        return result.Sources.Where(source => !skip.Contains(source.Key) && !GeneratedFiles.IsRuntimeHelper(source.Key))
            .SelectMany(source => Problems(source.Key, source.Value, parseOptions, names, markers))
            .ToList();
    }

    /// <summary>Problems with every source of a run (see <see cref="Problems(GeneratorResult, CSharpParseOptions?, ICollection{string}, string[])"/>).</summary>
    public static IReadOnlyList<string> Problems(GeneratorResult result, params string[] markers) =>
        Problems(result, null, Array.Empty<string>(), markers);

    private static IEnumerable<string> Problems(string hintName, string source, CSharpParseOptions parseOptions, ExpectedNames names, string[] markers)
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

        foreach (var token in root.DescendantTokens().Where(token => token.IsKind(SyntaxKind.IdentifierToken)))
        {
            var name = token.ValueText;
            if (IsDeclaredName(token) && !names.Allows(name))
            {
                problems.Add($"{hintName}{Position(token.GetLocation())}: declares '{name}' ({token.Parent!.Kind()}), a name no doc title, field, value or variant gives");
            }
        }

        foreach (var marker in markers)
        {
            // Ignoring case: a name made from doc text changes the case of its first letter.
            for (var at = source.IndexOf(marker, StringComparison.OrdinalIgnoreCase); at >= 0; at = source.IndexOf(marker, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (!IsContained(root, at, names))
                {
                    var line = tree.GetLineSpan(new Microsoft.CodeAnalysis.Text.TextSpan(at, marker.Length)).StartLinePosition.Line + 1;
                    problems.Add($"{hintName}({line}): the doc text '{marker}' is outside a literal, a doc comment and the names the docs give: {Shorten(LineAt(source, at))}");
                }
            }
        }

        return problems;
    }

    // The name of a namespace, type, member or enum member. Parameters and locals are the emitters' own spelling; doc
    // text that broke out of its context would have to declare one of the former to be reachable.
    private static bool IsDeclaredName(SyntaxToken token) => token.Parent switch
    {
        BaseTypeDeclarationSyntax type => type.Identifier == token,
        DelegateDeclarationSyntax @delegate => @delegate.Identifier == token,
        MethodDeclarationSyntax method => method.Identifier == token,
        PropertyDeclarationSyntax property => property.Identifier == token,
        EventDeclarationSyntax @event => @event.Identifier == token,
        ConstructorDeclarationSyntax constructor => constructor.Identifier == token,
        EnumMemberDeclarationSyntax member => member.Identifier == token,
        LocalFunctionStatementSyntax function => function.Identifier == token,
        VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } field => field.Identifier == token,
        IdentifierNameSyntax identifier => identifier.AncestorsAndSelf().TakeWhile(node => node is NameSyntax).LastOrDefault()?.Parent is BaseNamespaceDeclarationSyntax,
        _ => false,
    };

    private static bool IsAllowedTrivia(SyntaxTrivia trivia)
    {
        switch (trivia.Kind())
        {
            case SyntaxKind.WhitespaceTrivia:
            case SyntaxKind.EndOfLineTrivia:
            case SyntaxKind.SingleLineDocumentationCommentTrivia:
                return true;
            case SyntaxKind.SingleLineCommentTrivia:
                // The emitters' own comments; a doc's text never goes into a '//' comment (markers are checked apart).
                return true;
            case SyntaxKind.NullableDirectiveTrivia:
                // The header's pair (annotations on, warnings off), and the runtime files' own.
                return trivia.ToFullString().Trim() is "#nullable enable annotations" or "#nullable disable warnings" or "#nullable enable";
            case SyntaxKind.PragmaWarningDirectiveTrivia:
                // The header's own (generated code uses deprecated types and members without warning itself), and a
                // record's own when the doc describes not every field (they get no summary): exactly these two.
                return trivia.ToFullString().Trim() is "#pragma warning disable CS0612, CS0618" or "#pragma warning disable CS1591";
            default:
                // Directives (#error, #pragma, #if, #define, #line…), disabled text, skipped tokens, block comments.
                return false;
        }
    }

    private static bool IsContained(SyntaxNode root, int position, ExpectedNames names)
    {
        var token = root.FindToken(position, findInsideTrivia: false);
        if (token.Span.Contains(position))
        {
            return token.Kind() switch
            {
                // A parameter takes its variant's name with the first letter lower-cased (Match/Switch).
                SyntaxKind.IdentifierToken => names.Allows(token.ValueText) || names.Allows(char.ToUpperInvariant(token.ValueText[0]) + token.ValueText[1..]),
                SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken or SyntaxKind.Utf8StringLiteralToken => true,
                _ => false,
            };
        }

        var trivia = root.FindTrivia(position);
        return trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia);
    }

    private static string Position(Location location) => $"({location.GetLineSpan().StartLinePosition.Line + 1})";

    private static string LineAt(string source, int at)
    {
        var start = source.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = source.IndexOf('\n', at);
        return source[start..(end < 0 ? source.Length : end)].Trim();
    }

    private static string Shorten(string text)
    {
        text = text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        return text.Length <= 120 ? text : text[..120] + "…";
    }

    /// <summary>
    /// The names a run's docs give (README "Names"): titles, field names, values and variants PascalCased, namespace
    /// segments, and the fixed names every generated type or shared file has; each maybe with the affixes the
    /// generator adds (<c>From</c>/<c>Is</c>/<c>TryGet</c> before a variant, <c>as</c> before a union reader's local; <c>List</c>, <c>Map</c>, <c>Value</c>,
    /// <c>Model</c>, <c>_JsonConverter</c>, a clash number after a name).
    /// </summary>
    private sealed class ExpectedNames
    {
        // Declared by the emitters whatever the docs say: members of records, enums, unions and converters, the shared
        // helpers and ModelGenJson. Spelled out here, not read off the output, so a new one is a deliberate addition.
        private static readonly string[] Fixed =
        {
            // records, enums, unions and their converters
            "ExtensionData", "MissingRequiredFields", "JsonState", "Reader", "Writer", "Value", "IsKnown", "Match", "Switch",
            "Unknown", "UnknownVariant", "IsUnknown", "TryGetUnknown", "FromUnknown", "Discriminator",
            "VariantTag", "Json", "Equals", "GetHashCode", "ToString", "Read", "Write", "TryRead", "WriteValue", "Fit", "Names",
            "strict", "value", "variant",
            // the names a title, value or variant falls back to when it has no letter or digit
            "Empty", "Object", "Literal",
            // variants of a built-in type
            "String", "Number", "Boolean", "Any", "Date", "Bytes",
            // ModelGenJson
            "ModelGenJson", "LenientResolver", "StrictResolver", "Resolver", "LenientOptions", "StrictOptions", "Options",
            "TypeInfo", "Deserialize", "Serialize", "CreateOptions", "TypeInfoResolver", "GetTypeInfo", "Info",
            "Resolve", "TypeInfoCache", "Lenient", "Strict",
            // the runtime settings file (namespace ModelGen.Generated); the runtime helpers themselves are not checked here
            "ModelGen", "Generated", "ModelGenRuntime", "Version", "JsonHelpers", "StrictByDefault",
        };

        private static readonly string[] Prefixes = { "From", "Is", "TryGet", "as" };
        private static readonly string[] Suffixes = { "_JsonConverter", "List", "Map", "Value", "Model" };

        private readonly HashSet<string> bases = new(Fixed, StringComparer.Ordinal);
        private readonly Dictionary<string, bool> allowed = new(StringComparer.Ordinal);

        public static ExpectedNames Of(GeneratorResult result)
        {
            var names = new ExpectedNames();
            var parsed = result.Run.TrackedSteps.TryGetValue(TrackingNames.Parsed, out var steps)
                ? steps.SelectMany(step => step.Outputs).Select(output => output.Value).OfType<ParsedDoc>()
                : Enumerable.Empty<ParsedDoc>();
            foreach (var doc in parsed)
            {
                foreach (var segment in doc.Source.Namespace.Split('.'))
                {
                    names.Add(segment);
                }

                if (doc.Spec is not { } spec)
                {
                    continue;
                }

                names.Add(spec.Title);
                // README "Names": a title Speakeasy suffixed with T is named without it.
                if (spec.Title is "ErrorT" or "FileT" or "FunctionT" or "ObjectT" or "RequestT" or "ResponseT")
                {
                    names.Add(spec.Title[..^1]);
                }

                foreach (var field in spec.Fields)
                {
                    names.Add(field.Name);
                    names.AddType(field.Type);
                }

                foreach (var value in spec.Values)
                {
                    names.Add(value.Name ?? string.Empty);
                    names.Add(value.IsNumber ? "Value" + value.Value.Replace("-", "Minus").Replace(".", "Point").Replace("+", string.Empty) : value.Value);
                }

                foreach (var variant in spec.Variants)
                {
                    names.AddType(variant.Type);
                    names.AddWithoutUnionName(variant.Type, spec.Title);
                }
            }

            return names;
        }

        /// <summary>Whether <paramref name="name"/> is a name the docs give, with the generator's affixes.</summary>
        public bool Allows(string name)
        {
            if (bases.Contains(name))
            {
                return true;
            }

            if (allowed.TryGetValue(name, out var known))
            {
                return known;
            }

            // A clash number follows a name that may itself end in digits ('_42' twice gives '_42', '_422').
            var digits = name.Length - name.TrimEnd("0123456789".ToCharArray()).Length;
            var result = Enumerable.Range(1, Math.Min(digits, name.Length - 1)).Any(count => Allows(name[..^count]))
                || Suffixes.Any(suffix => name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal) && Allows(name[..^suffix.Length]))
                || Prefixes.Any(prefix => name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal) && Allows(name[prefix.Length..]));
            allowed[name] = result;
            return result;
        }

        private void Add(string text)
        {
            var name = PascalCase(text);
            if (name.Length > 0)
            {
                bases.Add(name);
            }
        }

        // README "Variant names": a variant named after its union goes without the union's name (and without a
        // trailing 'Union' and number of it): 'ChatToolChoiceAuto' in 'ChatToolChoice' is 'Auto'.
        private void AddWithoutUnionName(TypeRef type, string title)
        {
            var union = PascalCase(title);
            var digits = union.TrimEnd("0123456789".ToCharArray());
            var stem = digits.EndsWith("Union", StringComparison.Ordinal) && digits.Length > "Union".Length ? digits[..^"Union".Length] : union;
            var name = PascalCase(type.Value);
            if (type.Kind == TypeRefKind.Doc && name.Length > stem.Length && name.StartsWith(stem, StringComparison.Ordinal) && char.IsUpper(name[stem.Length]))
            {
                bases.Add(name[stem.Length..]);
            }
        }

        private void AddType(TypeRef type)
        {
            for (var t = type; t is not null; t = t.Element)
            {
                Add(t.Value);
            }
        }

        // README "How PascalCase is formed": words are runs of letters and digits, anything else separates them; each
        // word's first letter upper-cased; a leading digit gets '_'. (The '@' of a keyword is not part of ValueText.)
        private static string PascalCase(string text)
        {
            var builder = new System.Text.StringBuilder();
            var startOfWord = true;
            foreach (var c in text)
            {
                if (!char.IsLetterOrDigit(c))
                {
                    startOfWord = true;
                    continue;
                }

                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }

            return builder.Length > 0 && char.IsDigit(builder[0]) ? "_" + builder : builder.ToString();
        }
    }
}
