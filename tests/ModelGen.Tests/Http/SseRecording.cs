using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ModelGen.Tests.Infrastructure;

namespace ModelGen.Tests.Http;

/// <summary>
/// The sample's bundled recording (<c>samples/ImageStream/recordings/image-generation.sse</c>) as a list of SSE event
/// blocks, and the variants the HTTP tests send: events inserted, comments added, non-ASCII text.
/// </summary>
internal static class SseRecording
{
    public const string ItemId = "ig_68fb2e44f1a48190b86d2c3e7a905f1b";

    /// <summary>Text with 2-, 3- and 4-byte UTF-8 characters, for cuts inside a character.</summary>
    public const string NonAscii = "Aquarell: ein Fuchs schläft unter dem Ahorn, 紅葉の下で眠る狐 🦊🍁, «renard endormi» — ÆØÅ ∑ 𝄞";

    private static readonly Lazy<string> Text = new(() =>
        File.ReadAllText(Path.Combine(Repo.Root, "samples", "ImageStream", "recordings", "image-generation.sse"), Encoding.UTF8));

    /// <summary>The recording's event blocks, each without its terminating blank line; the last one is <c>data: [DONE]</c>.</summary>
    public static IReadOnlyList<string> Blocks() =>
        Text.Value.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Where(block => block.Trim().Length > 0).ToList();

    /// <summary>The bundled recording's bytes, as the sample serves them.</summary>
    public static byte[] Bytes() => Encoding.UTF8.GetBytes(Text.Value);

    /// <summary>Blocks joined back into a stream, each ended by a blank line.</summary>
    public static byte[] Join(IEnumerable<string> blocks) => Encoding.UTF8.GetBytes(string.Concat(blocks.Select(block => block + "\n\n")));

    /// <summary>
    /// The recording with non-ASCII text where an event carries free text: the revised prompt (an event the docs do not
    /// describe) and an extra property of a known event (kept in its <c>ExtensionData</c>).
    /// </summary>
    public static byte[] WithNonAsciiText()
    {
        string escaped = NonAscii.Replace("\"", "\\\"", StringComparison.Ordinal);
        var blocks = Blocks().Select(block =>
        {
            if (block.Contains("\"revised_prompt\":\"", StringComparison.Ordinal))
            {
                int start = block.IndexOf("\"revised_prompt\":\"", StringComparison.Ordinal) + "\"revised_prompt\":\"".Length;
                int end = block.IndexOf('"', start);
                return block[..start] + escaped + block[end..];
            }

            return block.Contains("response.image_generation_call.generating\",", StringComparison.Ordinal)
                ? block[..^1] + ",\"note\":\"" + escaped + "\"}"
                : block;
        });
        return Join(blocks);
    }

    /// <summary>
    /// The recording with <paramref name="block"/> inserted as the event at 1-based <paramref name="position"/> (before
    /// the event now there; comment blocks are not events).
    /// </summary>
    public static byte[] WithEventAt(int position, string block)
    {
        var blocks = Blocks().ToList();
        int index = 0;
        for (int seen = 0; index < blocks.Count; index++)
        {
            if (IsEvent(blocks[index]) && ++seen == position)
            {
                break;
            }
        }

        blocks.Insert(index, block);
        return Join(blocks);
    }

    /// <summary>The byte offset just after the blank line that ends each event of <see cref="Join"/>(<paramref name="blocks"/>).</summary>
    public static IReadOnlyList<int> EventEnds(IEnumerable<string> blocks)
    {
        var ends = new List<int>();
        int offset = 0;
        foreach (string block in blocks)
        {
            offset += Encoding.UTF8.GetByteCount(block) + 2;
            if (IsEvent(block))
            {
                ends.Add(offset);
            }
        }

        return ends;
    }

    /// <summary>Whether a block is an event (has a field line), not only comments.</summary>
    private static bool IsEvent(string block) => block.Split('\n').Any(line => !line.StartsWith(':'));
}
