using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ImageStream.OpenRouter;

namespace ImageStream;

/// <summary>One event of the stream as read.</summary>
/// <param name="Position">1-based position in the stream (comments are not events).</param>
/// <param name="EventType">The SSE <c>event:</c> field (<c>message</c> when absent).</param>
/// <param name="Data">The SSE data, its lines joined with <c>\n</c>.</param>
/// <param name="Chunk">The data read into the generated union; <c>null</c> when it could not be read.</param>
/// <param name="ReadError">Why the data could not be read (the <see cref="JsonException"/> message), or <c>null</c>.</param>
public sealed record TimelineEvent(
    int Position,
    string EventType,
    string Data,
    ResponsesStreamChunkImageGenerationCallUnion? Chunk,
    string? ReadError)
{
    /// <summary>Whether this is the <c>[DONE]</c> sentinel, the stream's last event.</summary>
    public bool IsDone => Data == StreamTimeline.DoneSentinel;
}

/// <summary>
/// Prints an OpenRouter Responses API stream (Server-Sent Events) as a one-line-per-event timeline,
/// reading the image generation events into the records ModelGen generated from the SDK docs.
/// </summary>
public static class StreamTimeline
{
    /// <summary>The data OpenRouter sends as its last event; nothing after it is read.</summary>
    public const string DoneSentinel = "[DONE]";

    // Wide enough for the longest event name we print in full (response.output_item.added).
    private const int LabelWidth = 26;

    /// <summary>
    /// Reads the events of <paramref name="sse"/> as they arrive, each with its data read into the generated union of
    /// the image-generation events (strictly: a known event missing a required field is reported, not read with
    /// defaults). The <c>[DONE]</c> sentinel ends the sequence as an event of its own (<see cref="TimelineEvent.IsDone"/>)
    /// and nothing after it is read. A connection that breaks mid-stream throws (an <see cref="IOException"/>) after
    /// the events that arrived whole.
    /// </summary>
    public static async IAsyncEnumerable<TimelineEvent> ReadEventsAsync(Stream sse, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sse);

        // SseParser handles framing, multi-line data, UTF-8 split across reads and comments (OpenRouter's
        // ": OPENROUTER PROCESSING" keep-alives never reach us as items).
        int position = 0;
        await foreach (SseItem<string> item in SseParser.Create(sse).EnumerateAsync(ct).ConfigureAwait(false))
        {
            position++;
            if (item.Data == DoneSentinel)
            {
                yield return new TimelineEvent(position, item.EventType, item.Data, null, null);
                yield break;
            }

            ResponsesStreamChunkImageGenerationCallUnion? chunk = null;
            string? readError = null;
            try
            {
                // The generated union reads the JSON "type" (wherever it sits in the object) and picks the record.
                // ModelGenJson needs no reflection, so the sample also runs published with Native AOT.
                chunk = ModelGenJson.Deserialize<ResponsesStreamChunkImageGenerationCallUnion>(item.Data, strict: true);
            }
            catch (JsonException ex)
            {
                // Invalid JSON, or a known event missing a required property or holding a value of the wrong kind.
                readError = ex.Message;
            }

            yield return new TimelineEvent(position, item.EventType, item.Data, chunk, readError);
        }
    }

    /// <summary>
    /// Writes one line per event of <paramref name="sse"/> to <paramref name="output"/> as it arrives, then a summary
    /// line. A malformed event, or one in which the API reports an error, gets an error line and the stream reads on;
    /// a stream that breaks off (an <see cref="IOException"/>: the connection broke, or no data came for too long)
    /// gets an error line after the last event that arrived whole.
    /// </summary>
    public static async Task<TimelineSummary> PrintAsync(Stream sse, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sse);
        ArgumentNullException.ThrowIfNull(output);

        var totals = new Totals();
        await WriteLineAsync(output, $"{"#",4}  {"seq",3}  {"event",-LabelWidth}  item", ct).ConfigureAwait(false);

        // Enumerated by hand: a stream that breaks off surfaces from MoveNextAsync, and the events before it are kept.
        IAsyncEnumerator<TimelineEvent> events = ReadEventsAsync(sse, ct).GetAsyncEnumerator(ct);
        await using (events.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await events.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (IOException ex)
                {
                    totals.BrokenOff = true;
                    string line = $"{"-",4}  error: the stream broke off after event {totals.Events}, before its end: {ex.Message}";
                    await WriteLineAsync(output, line, ct).ConfigureAwait(false);
                    break;
                }

                if (events.Current.IsDone)
                {
                    totals.ReachedDone = true;
                    break;
                }

                totals.Events++;
                await WriteLineAsync(output, DescribeEvent(events.Current, totals), ct).ConfigureAwait(false);
            }
        }

        var summary = new TimelineSummary(
            totals.Events, totals.Malformed, totals.PartialImages, totals.PartialImageBytes, totals.ReachedDone,
            totals.ApiErrors, totals.BrokenOff);

        await WriteLineAsync(output, string.Empty, ct).ConfigureAwait(false);
        await WriteLineAsync(output, FormatSummary(summary), ct).ConfigureAwait(false);
        return summary;
    }

    private static string DescribeEvent(TimelineEvent e, Totals totals)
    {
        int position = e.Position;
        string label = e.EventType == SseParser.EventTypeDefault ? "(no event field)" : e.EventType;
        if (e.ReadError is not null)
        {
            return Malformed(position, label, e.ReadError, totals);
        }

        switch (e.Chunk?.Value)
        {
            case ResponsesStreamChunkResponseImageGenerationCallInProgress c:
                return ImageLine(position, c.SequenceNumber, "image in progress", c.ItemId, c.OutputIndex);

            case ResponsesStreamChunkResponseImageGenerationCallGenerating c:
                return ImageLine(position, c.SequenceNumber, "image generating", c.ItemId, c.OutputIndex);

            case ResponsesStreamChunkResponseImageGenerationCallPartialImage c:
            {
                // Validating the base64 yields the decoded size without decoding what may be megabytes.
                if (!Base64.IsValid(c.PartialImageB64, out int bytes))
                {
                    return Malformed(position, c.Type, "partial_image_b64 is not valid base64", totals);
                }

                totals.PartialImages++;
                totals.PartialImageBytes += bytes;
                string label2 = "image partial " + Number(c.PartialImageIndex);
                string size = bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
                return ImageLine(position, c.SequenceNumber, label2, c.ItemId, c.OutputIndex) + $"  {size,12}";
            }

            case ResponsesStreamChunkResponseImageGenerationCallCompleted c:
                return ImageLine(position, c.SequenceNumber, "image completed", c.ItemId, c.OutputIndex);

            case ResponsesStreamChunkImageGenerationCallUnion.UnknownVariant { Discriminator: "error" or "response.failed" } failure:
            {
                // The API reports a failure inside the stream (the HTTP status was 200 long before). Say so plainly;
                // the stream reads on, so nothing sent after it is lost.
                totals.ApiErrors++;
                return $"#{position,3}  error: event {position} ({failure.Discriminator}) reports an API error: {ApiError(failure.Json)}";
            }

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

    /// <summary>
    /// The code and message of an <c>error</c> event (<c>{"type":"error","code":…,"message":…}</c>), or of the
    /// <c>error</c> object inside it or inside a failed response; the raw JSON when none of them is there.
    /// </summary>
    private static string ApiError(JsonElement json)
    {
        foreach (JsonElement candidate in new[] { json, Property(json, "error"), Property(Property(json, "response"), "error") })
        {
            JsonElement message = Property(candidate, "message");
            if (message.ValueKind == JsonValueKind.String)
            {
                JsonElement code = Property(candidate, "code");
                string prefix = code.ValueKind switch
                {
                    JsonValueKind.String => code.GetString() + ": ",
                    JsonValueKind.Number => code.GetRawText() + ": ",
                    _ => string.Empty,
                };
                return prefix + message.GetString();
            }
        }

        return json.GetRawText();
    }

    private static JsonElement Property(JsonElement json, string name)
        => json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out JsonElement value) ? value : default;

    private static string FormatSummary(TimelineSummary summary)
    {
        string text = string.Create(
            CultureInfo.InvariantCulture,
            $"{summary.Events} events ({summary.MalformedEvents} malformed), {summary.PartialImages} partial images, "
            + $"{summary.PartialImageBytes:N0} image bytes received");
        if (summary.ErrorEvents > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"; the API reported {summary.ErrorEvents} error(s)");
        }

        if (summary.BrokenOff)
        {
            return text + "; the stream broke off before its end";
        }

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

        public int ApiErrors { get; set; }

        public bool BrokenOff { get; set; }
    }
}
