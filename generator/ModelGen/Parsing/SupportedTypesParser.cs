using System.Collections.Generic;
using System.Collections.Immutable;
using Markdig.Syntax;
using ModelGen.Diagnostics;
using ModelGen.Model;
using SourceSpan = ModelGen.Model.SourceSpan;

namespace ModelGen.Parsing;

/// <summary>Reads a <c>## Supported Types</c> section: each <c>###</c> heading's code span is one variant type.</summary>
internal static class SupportedTypesParser
{
    public static EquatableArray<VariantSpec> Parse(List<Block> blocks, ParseContext context)
    {
        var variants = ImmutableArray.CreateBuilder<VariantSpec>();
        foreach (var block in blocks)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (block is not HeadingBlock { Level: 3 } heading)
            {
                continue;
            }

            var text = InlineText.Of(heading.Inline).Trim();
            var span = context.Span(heading);
            var parsed = TypeSyntax.ParseCode(text);
            if (parsed.TooDeep)
            {
                context.Report(DiagnosticDescriptors.TypeNestingTooDeep, span, FieldsTableParser.Shorten(text), TypeSyntax.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (parsed.Type.Kind == TypeRefKind.Unknown)
            {
                context.Report(DiagnosticDescriptors.UnknownTypeSyntax, span, FieldsTableParser.Shorten(text), "variant");
            }

            variants.Add(new VariantSpec(parsed.Type, text, span));
        }

        return variants.ToImmutable().ToEquatableArray();
    }
}
