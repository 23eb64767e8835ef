using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ModelGen.Benchmarks.BuildTime;

/// <summary>
/// The least an incremental generator that writes one file per doc can do: one step per doc (its path) and one
/// small file per doc. Its Edit and Typing runs are what Roslyn's driver itself costs for that many docs and
/// outputs, the floor under ModelGen's own incremental runs.
/// </summary>
internal sealed class OneFilePerDocGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var docs = context.AdditionalTextsProvider
            .Select(static (text, cancellationToken) => (text.Path, Length: text.GetText(cancellationToken)?.Length ?? 0));
        context.RegisterSourceOutput(docs, static (output, doc) =>
            output.AddSource(HintName(doc.Path), SourceText.From("// " + doc.Length + "\n", Encoding.UTF8)));
    }

    private static string HintName(string path)
    {
        var name = new StringBuilder(path.Length + 5);
        foreach (var c in path)
        {
            name.Append(char.IsLetterOrDigit(c) ? c : '_');
        }

        return name.Append(".g.cs").ToString();
    }
}
