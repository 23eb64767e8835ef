using System.Collections.Immutable;
using System.Linq;
using Markdig;
using ModelGen.Tests.Infrastructure;

namespace ModelGen.Benchmarks.Infrastructure;

/// <summary>
/// Markdig parsing alone, with the generator's own pipeline (DocParser.Pipeline): the floor any generator run over
/// the same docs stands on, so that results read as "how many Markdig parses is one generator run".
/// </summary>
internal sealed class MarkdownBaseline
{
    private static readonly MarkdownPipeline Pipeline = ModelGen.Parsing.DocParser.Pipeline;

    private readonly ImmutableArray<string> texts;

    public MarkdownBaseline(ImmutableArray<InMemoryAdditionalText> docs) =>
        texts = docs.Select(static doc => doc.Text).ToImmutableArray();

    /// <summary>Parses every doc; returns the number of top-level blocks so the work cannot be optimised away.</summary>
    public int ParseAll()
    {
        var blocks = 0;
        foreach (var text in texts)
        {
            blocks += Markdown.Parse(text, Pipeline).Count;
        }

        return blocks;
    }
}
