using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using ModelGen.Diagnostics;
using ModelGen.Model;
using SourceSpan = ModelGen.Model.SourceSpan;

namespace ModelGen.Parsing;

/// <summary>Markdig → <see cref="DocSpec"/>: finds the title, description and the defining <c>##</c> section of one doc.</summary>
internal static class DocParser
{
    public const string FieldsHeading = "Fields";
    public const string ValuesHeading = "Values";
    public const string SupportedTypesHeading = "Supported Types";
    public const string ExampleUsageHeading = "Example Usage";

    // Markdig pipelines are immutable after Build() and safe to share between threads.
    // Internal so the benchmarks' Markdig floor parses exactly as the generator does.
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePreciseSourceLocation()
        .Use<RawTablesExtension>()
        .Build();

    public static ParsedDoc Parse(DocSource source, CancellationToken cancellationToken)
    {
        var location = source.Location;
        var context = new ParseContext(source.Path, source.Text, cancellationToken);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(source.Text, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested past its depth limit (a run of '>' or '[' hundreds deep) with this exception.
            context.Report(DiagnosticDescriptors.MarkdownTooDeep, context.Span(0, 0));
            return new ParsedDoc(location, null, context.Diagnostics());
        }

        cancellationToken.ThrowIfCancellationRequested();

        string? title = null;
        var titleSpan = SourceSpan.Empty;
        var descriptionBlocks = new List<Block>();
        var sections = new List<Section>();
        Section? current = null;

        foreach (var block in document)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (block)
            {
                case YamlFrontMatterBlock frontMatter when title is null:
                    title = FrontMatterTitle(frontMatter, context, out titleSpan);
                    continue;
                case HeadingBlock { Level: 1 } heading when title is null && current is null:
                    title = InlineText.Of(heading.Inline).Trim();
                    titleSpan = context.Span(heading);
                    continue;
                case HeadingBlock { Level: 2 } heading:
                    current = new Section(InlineText.Of(heading.Inline).Trim(), context.Span(heading));
                    sections.Add(current);
                    continue;
            }

            if (current is null)
            {
                descriptionBlocks.Add(block);
            }
            else
            {
                current.Blocks.Add(block);
            }
        }

        var defining = FindDefiningSection(sections);
        if (defining is null)
        {
            // Not a model doc (a README, a changelog): skipped without noise, unless a defining heading is there but
            // swallowed by a block (a code fence left open), which would otherwise make the type vanish silently.
            ReportSwallowedHeading(document, context);
            return new ParsedDoc(location, null, context.Diagnostics());
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            context.Report(DiagnosticDescriptors.MissingTitle, defining.Span, defining.Title);
            return new ParsedDoc(location, null, context.Diagnostics());
        }

        var kind = defining.Title switch
        {
            FieldsHeading => DocKind.Object,
            ValuesHeading => DocKind.Enum,
            _ => DocKind.Union,
        };

        var fields = EquatableArray<FieldSpec>.Empty;
        var values = EquatableArray<EnumValueSpec>.Empty;
        var variants = EquatableArray<VariantSpec>.Empty;
        var isOpen = false;
        var usable = true;
        switch (kind)
        {
            case DocKind.Object:
                usable = FieldsTableParser.TryParse(defining.Blocks, defining.Span, title!, context, out fields);
                break;
            case DocKind.Enum:
                values = ValuesBlockParser.Parse(defining.Blocks, context, out isOpen);
                if (values.IsEmpty)
                {
                    context.Report(DiagnosticDescriptors.EmptyValues, defining.Span, title!);
                    usable = false;
                }

                break;
            case DocKind.Union:
                variants = SupportedTypesParser.Parse(defining.Blocks, context);
                if (variants.IsEmpty)
                {
                    context.Report(DiagnosticDescriptors.EmptyUnion, defining.Span, title!);
                    usable = false;
                }

                break;
        }

        if (!usable)
        {
            return new ParsedDoc(location, null, context.Diagnostics());
        }

        var example = ExampleUsage(sections);
        var description = Description(descriptionBlocks);
        var examples = Examples(example, kind == DocKind.Union ? defining.Blocks : null, variants, fields, cancellationToken);
        var spec = new DocSpec(
            location,
            CleanTitle(title!),
            titleSpan,
            description,
            kind,
            defining.Span,
            fields,
            values,
            isOpen,
            variants,
            example,
            ExampleNulls.KeysWithNull(example),
            examples)
        {
            Deprecation = Deprecation.Of(Deprecation.IsStruckThrough(title!), description),
        };
        return new ParsedDoc(location, spec, context.Diagnostics());
    }

    private static void ReportSwallowedHeading(MarkdownDocument document, ParseContext context)
    {
        var text = context.Text;
        for (var start = 0; start < text.Length;)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var end = start;
            while (end < text.Length && text[end] != '\r' && text[end] != '\n')
            {
                end++;
            }

            var line = text.Substring(start, end - start).TrimStart(' ', '\uFEFF').TrimEnd();
            if (line is "## " + FieldsHeading or "## " + ValuesHeading or "## " + SupportedTypesHeading)
            {
                var container = ContainingBlock(document, start);
                var containerLine = container is null ? 0 : context.Span(container).StartLine + 1;
                var what = container switch
                {
                    FencedCodeBlock => "the code block opened at line " + containerLine + " and never closed",
                    CodeBlock => "an indented code block",
                    HtmlBlock => "the HTML block at line " + containerLine,
                    QuoteBlock => "a block quote",
                    ListBlock or ListItemBlock => "a list",
                    _ => "another block",
                };
                context.Report(DiagnosticDescriptors.HeadingNotRead, context.Span(start, end - 1), line, what);
                return;
            }

            start = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }
    }

    // The last top-level block that starts before the offset: the one that took the heading's line in (an open code
    // fence's span need not reach its last line).
    private static Block? ContainingBlock(MarkdownDocument document, int offset)
    {
        Block? container = null;
        foreach (var block in document)
        {
            if (block.Span.Start > offset)
            {
                break;
            }

            container = block;
        }

        return container;
    }

    private static Section? FindDefiningSection(List<Section> sections)
    {
        foreach (var section in sections)
        {
            if (section.Title is FieldsHeading or ValuesHeading or SupportedTypesHeading)
            {
                return section;
            }
        }

        return null;
    }

    private static string? FrontMatterTitle(YamlFrontMatterBlock frontMatter, ParseContext context, out SourceSpan span)
    {
        span = context.Span(frontMatter);
        // Lines.Lines is a pooled array: null for empty front matter, longer than Count otherwise.
        for (var i = 0; i < frontMatter.Lines.Count; i++)
        {
            var line = frontMatter.Lines.Lines[i];
            var text = line.Slice.ToString();
            var trimmed = text.TrimStart();
            if (!trimmed.StartsWith("title:", StringComparison.Ordinal))
            {
                continue;
            }

            span = context.Span(line.Position, line.Position + text.Length - 1);
            var value = trimmed.Substring("title:".Length).Trim();
            if (value.Length >= 2 && value[0] == '"' && value[value.Length - 1] == '"')
            {
                return TypeScriptLiterals.UnquoteStringLiteral(value);
            }

            if (value.Length >= 2 && value[0] == '\'' && value[value.Length - 1] == '\'')
            {
                return value.Substring(1, value.Length - 2).Replace("''", "'");
            }

            return value;
        }

        return null;
    }

    private static string? Description(List<Block> blocks)
    {
        var parts = new List<string>();
        foreach (var block in blocks)
        {
            if (block is HeadingBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup)
            {
                continue;
            }

            var text = InlineText.Of(block).Trim();
            if (text.Length > 0)
            {
                parts.Add(text);
            }
        }

        var description = string.Join("\n\n", parts);
        return IsNoDescription(description) ? null : description;
    }

    /// <summary>Deprecated docs strike their title through (<c>~~RateLimit~~</c>); the type keeps its name.</summary>
    private static string CleanTitle(string title)
    {
        title = title.Trim();
        while (title.Length >= 4 && title.StartsWith("~~", StringComparison.Ordinal) && title.EndsWith("~~", StringComparison.Ordinal))
        {
            title = title.Substring(2, title.Length - 4).Trim();
        }

        return title;
    }

    public static bool IsNoDescription(string text) => text.Length == 0 || text == "N/A";

    private static string? ExampleUsage(List<Section> sections)
    {
        foreach (var section in sections)
        {
            if (section.Title != ExampleUsageHeading)
            {
                continue;
            }

            foreach (var block in section.Blocks)
            {
                if (block is FencedCodeBlock code)
                {
                    return code.Lines.ToString();
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Every example the doc shows, as evidence for the types they are values of: its own Example Usage, the example
    /// under each variant of a union, and each Example cell that holds JSON (the API's own keys).
    /// </summary>
    private static EquatableArray<ExampleEvidence> Examples(string? example, List<Block>? unionBlocks, EquatableArray<VariantSpec> variants, EquatableArray<FieldSpec> fields, CancellationToken cancellationToken)
    {
        var evidence = ImmutableArray.CreateBuilder<ExampleEvidence>();
        if (ExampleValues.FromTypeScript(example) is { } own)
        {
            evidence.Add(new ExampleEvidence(null, null, false, own));
        }

        if (unionBlocks is not null)
        {
            // A variant's example is the first code block under its heading; headings come in variant order.
            var variant = -1;
            var taken = false;
            foreach (var block in unionBlocks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (block is HeadingBlock { Level: 3 })
                {
                    variant++;
                    taken = false;
                }
                else if (block is FencedCodeBlock code && !taken && variant >= 0 && variant < variants.Count)
                {
                    taken = true;
                    if (ExampleValues.FromTypeScript(code.Lines.ToString()) is { } value)
                    {
                        evidence.Add(new ExampleEvidence(variants[variant].Type, null, false, value));
                    }
                }
            }
        }

        foreach (var field in fields)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ExampleValues.FromCell(field.Example) is { } value)
            {
                evidence.Add(new ExampleEvidence(null, field.Name, true, value));
            }
        }

        return evidence.ToImmutable().ToEquatableArray();
    }

    private sealed class Section
    {
        public Section(string title, SourceSpan span)
        {
            Title = title;
            Span = span;
        }

        public string Title { get; }

        public SourceSpan Span { get; }

        public List<Block> Blocks { get; } = new();
    }
}

/// <summary>What the section parsers share: the doc's path and line map, cancellation, and the diagnostics found so far.</summary>
internal sealed class ParseContext
{
    private readonly LineMap lines;
    private readonly ImmutableArray<DiagnosticInfo>.Builder diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();

    public ParseContext(string path, string text, CancellationToken cancellationToken)
    {
        Path = path;
        Text = text;
        lines = new LineMap(text);
        CancellationToken = cancellationToken;
    }

    public string Path { get; }

    /// <summary>The doc's text, which Markdig spans index into.</summary>
    public string Text { get; }

    public CancellationToken CancellationToken { get; }

    public SourceSpan Span(MarkdownObject node) => lines.Span(node.Span.Start, node.Span.End);

    public SourceSpan Span(int start, int end) => lines.Span(start, end);

    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments) =>
        diagnostics.Add(DiagnosticInfo.Create(descriptor.Id, Path, span, arguments));

    public EquatableArray<DiagnosticInfo> Diagnostics() => diagnostics.ToImmutable().ToEquatableArray();
}
