using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ModelGen.Tests.Infrastructure;

/// <summary>An AdditionalFiles item that lives in memory: a path (as the compiler would know it) and its text.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        Text = text;
        this.text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    /// <summary>The text as a string, for edits in incremental tests.</summary>
    public string Text { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;

    /// <summary>The same file with other content (for <c>GeneratorDriver.ReplaceAdditionalText</c>).</summary>
    public InMemoryAdditionalText WithText(string newText) => new(Path, newText);

    public override string ToString() => Path;
}
