using System;
using System.Buffers.Text;
using System.Globalization;
using System.IO;
using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ImageStream.OpenRouter;

namespace ImageStream;

/// <summary>
/// Replays an OpenRouter Responses API stream (Server-Sent Events) as a one-line-per-event timeline,
/// reading the image generation events into the records ModelGen generated from the SDK docs.
/// </summary>
public static class StreamTimeline
{
    /// <summary>The data OpenRouter sends as its last event; nothing after it is read.</summary>
    public const string DoneSentinel = "[DONE]";

    // Wide enough for the longest event name we print in full (response.output_item.added).
    private const int LabelWidth = 26;

    /// <summary>
    /// Writes one line per event of <paramref name="sse"/> to <paramref name="output"/>, then a summary line.
    /// A malformed event gets an error line and does not stop the stream.
    /// </summary>
    public static async Task<TimelineSummary> PrintAsync(Stream sse, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sse);
        ArgumentNullException.ThrowIfNull(output);

        var totals = new Totals();
        await WriteLineAsync(output, $"{"#",4}  {"seq",3}  {"event",-LabelWidth}  item", ct).ConfigureAwait(false);

        // SseParser handles framing, multi-line data and comments (OpenRouter's ": OPENROUTER PROCESSING"
        // keep-alives never reach us as items).
        await foreach (SseItem<string> item in SseParser.Create(sse).EnumerateAsync(ct).ConfigureAwait(false))
        {
            if (item.Data == DoneSentinel)
            {
                totals.ReachedDone = true;
                break;
            }

            totals.Events++;
            string line = DescribeEvent(totals.Events, item, totals);
            await WriteLineAsync(output, line, ct).ConfigureAwait(false);
        }

        var summary = new TimelineSummary(
            totals.Events, totals.Malformed, totals.PartialImages, totals.PartialImageBytes, totals.ReachedDone);

        await WriteLineAsync(output, string.Empty, ct).ConfigureAwait(false);
        await WriteLineAsync(output, FormatSummary(summary), ct).ConfigureAwait(false);
        return summary;
    }

    private static string DescribeEvent(int position, SseItem<string> item, Totals totals)
    {
        string label = item.EventType == SseParser.EventTypeDefault ? "(no event field)" : item.EventType;
        ResponsesStreamChunkImageGenerationCallUnion? chunk;
        try
        {
            // The generated union reads the JSON "type" (wherever it sits in the object) and picks the record. Strict:
            // a known event missing a required field is reported (with its JSON path) rather than read with defaults.
            // ModelGenJson needs no reflection, so the sample also runs published with Native AOT.
            chunk = ModelGenJson.Deserialize<ResponsesStreamChunkImageGenerationCallUnion>(item.Data, strict: true);
        }
        catch (JsonException ex)
        {
            // Invalid JSON, or a known event missing a required property or holding a value of the wrong kind.
            return Malformed(position, label, ex.Message, totals);
        }

        switch (chunk?.Value)
        {
            case ResponsesStreamChunkResponseImageGenerationCallInProgress e:
                return ImageLine(position, e.SequenceNumber, "image in progress", e.ItemId, e.OutputIndex);

            case ResponsesStreamChunkResponseImageGenerationCallGenerating e:
                return ImageLine(position, e.SequenceNumber, "image generating", e.ItemId, e.OutputIndex);

            case ResponsesStreamChunkResponseImageGenerationCallPartialImage e:
            {
                // Validating the base64 yields the decoded size without decoding what may be megabytes.
                if (!Base64.IsValid(e.PartialImageB64, out int bytes))
                {
                    return Malformed(position, e.Type, "partial_image_b64 is not valid base64", totals);
                }

                totals.PartialImages++;
                totals.PartialImageBytes += bytes;
                string label2 = "image partial " + Number(e.PartialImageIndex);
                string size = bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
                return ImageLine(position, e.SequenceNumber, label2, e.ItemId, e.OutputIndex) + $"  {size,12}";
            }

            case ResponsesStreamChunkResponseImageGenerationCallCompleted e:
                return ImageLine(position, e.SequenceNumber, "image completed", e.ItemId, e.OutputIndex);

            case ResponsesStreamChunkImageGenerationCallUnion.UnknownVariant unknown:
            {
                // An event the bundled docs do not describe (response.created, or a type added after the docs were
                // written): the union keeps its JSON instead of failing, so the stream goes on.
                string sequence = unknown.Json.ValueKind == JsonValueKind.Object
                    && unknown.Json.TryGetProperty("sequence_number", out JsonElement n)
                    && n.ValueKind == JsonValueKind.Number
                        ? n.GetRawText()
                        : "-";
                return Line(position, sequence, unknown.Discriminator ?? label, "(not in the docs)");
            }

            default:
                return Malformed(position, label, "the data is null.", totals);
        }
    }

    private static string ImageLine(int position, double sequence, string label, string itemId, double outputIndex)
        => Line(position, Number(sequence), label, $"{itemId} (output {Number(outputIndex)})");

    private static string Line(int position, string sequence, string label, string item)
        => $"#{position,3}  {sequence,3}  {label,-LabelWidth}  {item}".TrimEnd();

    private static string Malformed(int position, string type, string reason, Totals totals)
    {
        totals.Malformed++;
        return $"#{position,3}  error: event {position} ({type}) is malformed: {reason}";
    }

    private static string FormatSummary(TimelineSummary summary)
    {
        string text = string.Create(
            CultureInfo.InvariantCulture,
            $"{summary.Events} events ({summary.MalformedEvents} malformed), {summary.PartialImages} partial images, "
            + $"{summary.PartialImageBytes:N0} image bytes received");
        return summary.ReachedDone ? text : text + "; the stream ended without " + DoneSentinel;
    }

    // The wire says "number"; the values are whole in practice, and invariant formatting keeps output stable.
    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static Task WriteLineAsync(TextWriter output, string line, CancellationToken ct)
        => output.WriteLineAsync(line.AsMemory(), ct);

    private sealed class Totals
    {
        public int Events { get; set; }

        public int Malformed { get; set; }

        public int PartialImages { get; set; }

        public long PartialImageBytes { get; set; }

        public bool ReachedDone { get; set; }
    }
}
