using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using ImageStream;
using ImageStream.OpenRouter;
using NUnit.Framework;

namespace ModelGen.Tests.Http;

/// <summary>
/// The sample's HTTP path (<see cref="ResponsesClient"/>, then <see cref="StreamTimeline"/>) against a real server on
/// the loopback interface (<see cref="LocalServer"/>, started and stopped by each test): the request the server
/// receives, and what the user sees when the stream arrives in pieces, carries comments, errors, unknown or malformed
/// events, or breaks off. Every test is bounded in time: <c>[CancelAfter]</c> (20 s) cancels the test's token, and a
/// <c>WaitAsync</c> of <see cref="Limit"/> (15 s) on the exchange fails a reader that hangs with a message that says so.
/// </summary>
[NonParallelizable]
public sealed class LocalServerStreamTests
{
    // The test's hard stop; the HTTP exchange itself gets a little less, so that a hang fails with its own message.
    private const int LimitMs = 20_000;
    private static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(LimitMs - 5_000);

    // Far longer than any pause the tests' servers make on purpose, even on a loaded machine; the stall test uses its own.
    private static readonly TimeSpan IdleLimit = TimeSpan.FromSeconds(10);

    // An event line of the timeline: "#  4    3  image in progress ..." (position, then the seq column).
    private static readonly Regex EventLine = new(@"^#\s*(\d+)\s+(\d+)\s", RegexOptions.CultureInvariant);

    [Test]
    [CancelAfter(LimitMs)]
    public async Task TheServerReceivesTheRequestWithTheApisWireNamesAndValues()
    {
        await using var server = LocalServer.Start(LocalServer.Replay(SseRecording.Bytes()));
        using var http = new HttpClient();

        await Bounded(async ct =>
        {
            using var response = await ResponsesClient.SendAsync(http, server.BaseUrl, "test-key", ResponsesClient.ImageRequest("a fox"), ct);
            return 0;
        });

        var request = server.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("POST"));
            Assert.That(request.Target, Is.EqualTo("/api/v1/responses"));
            Assert.That(request.Headers["Content-Type"], Is.EqualTo("application/json; charset=utf-8"));
            Assert.That(request.Headers["Accept"], Is.EqualTo("text/event-stream"));
            Assert.That(request.Headers["Authorization"], Is.EqualTo("Bearer test-key"));
            Assert.That(
                Encoding.UTF8.GetString(request.Body),
                Is.EqualTo("""{"model":"openai/gpt-5-image","input":"a fox","tools":[{"type":"image_generation","quality":"low","partial_images":3}],"stream":true}"""));
        });
    }

    [Test]
    [CancelAfter(LimitMs)]
    public async Task WithoutAKeyNoAuthorizationHeaderIsSent()
    {
        await using var server = LocalServer.Start(LocalServer.Replay(SseRecording.Bytes()));
        using var http = new HttpClient();

        await Bounded(async ct =>
        {
            using var response = await ResponsesClient.SendAsync(http, server.BaseUrl, apiKey: null, ResponsesClient.ImageRequest("a fox"), ct);
            return 0;
        });

        Assert.That(server.Requests.Single().Headers.ContainsKey("Authorization"), Is.False);
    }

    [Test]
    [CancelAfter(LimitMs)]
    public async Task ChunksCutAtRandomBytesWithDelaysGiveTheEventsOfTheFile()
    {
        // Non-ASCII text in two events, so that some cuts fall inside a multi-byte character.
        byte[] sse = SseRecording.WithNonAsciiText();
        var expected = await FromFile(sse);
        string expectedTimeline = await PrintFromFile(sse);
        int insideCharacters = 0;
        int insideTokens = 0;

        for (int seed = 1; seed <= 12; seed++)
        {
            var cuts = RandomCuts(sse.Length, new Random(seed));
            insideCharacters += cuts.Count(cut => IsInsideCharacter(sse, cut));
            insideTokens += cuts.Count(cut => IsInsideJsonToken(sse, cut));
            var delays = new Random(seed * 7919);

            await using var server = LocalServer.Start(async (_, response, ct) =>
            {
                await response.StartAsync(HttpStatusCode.OK, "text/event-stream", ct);
                int start = 0;
                foreach (int cut in cuts.Append(sse.Length))
                {
                    await response.WriteAsync(sse.AsMemory(start, cut - start), ct);
                    start = cut;
                    if (delays.Next(3) == 0)
                    {
                        await Task.Delay(delays.Next(1, 3), ct);
                    }
                }

                await response.CompleteAsync(ct);
            });

            var (events, timeline) = await Bounded(ct => ReadAndPrintOverHttp(server, ct));

            string replay = $"seed {seed} (cuts at {string.Join(",", cuts)})";
            Assert.That(events.Select(Describe), Is.EqualTo(expected.Select(Describe)), replay);
            Assert.That(events.Select(e => e.Chunk?.Value).OfType<ResponsesStreamChunkResponseImageGenerationCallPartialImage>(),
                Is.EqualTo(expected.Select(e => e.Chunk?.Value).OfType<ResponsesStreamChunkResponseImageGenerationCallPartialImage>()), replay);
            Assert.That(timeline, Is.EqualTo(expectedTimeline), replay);
        }

        // The cuts did land where a naive reader breaks: inside characters and inside JSON names, strings and numbers.
        Assert.That(insideCharacters, Is.GreaterThanOrEqualTo(10), "cuts inside a multi-byte UTF-8 character");
        Assert.That(insideTokens, Is.GreaterThanOrEqualTo(100), "cuts inside a JSON token");
    }

    [Test]
    [CancelAfter(LimitMs)]
    public async Task CommentLinesAreNotEvents()
    {
        // OpenRouter's keep-alive comment between events, and comments inside an event's lines.
        var blocks = SseRecording.Blocks().Select((block, i) =>
            ": OPENROUTER PROCESSING\n\n" + (i % 2 == 0 ? block.Replace("\ndata: ", "\n: OPENROUTER PROCESSING\ndata: ", StringComparison.Ordinal) : block));
        byte[] sse = SseRecording.Join(blocks);
        Assert.That(Encoding.UTF8.GetString(sse), Does.Contain("\n: OPENROUTER PROCESSING\ndata: "), "a comment inside an event");

        await using var server = LocalServer.Start(LocalServer.Replay(sse));
        var (events, timeline) = await Bounded(ct => ReadAndPrintOverHttp(server, ct));

        Assert.That(events.Select(Describe), Is.EqualTo((await FromFile(SseRecording.Bytes())).Select(Describe)));
        Assert.That(timeline, Is.EqualTo(await PrintFromFile(SseRecording.Bytes())));
    }

    [Test]
    [CancelAfter(LimitMs)]
    public async Task DoneEndsTheStreamEvenWhenTheServerKeepsTheConnectionOpen()
    {
        // After [DONE] the server sends one more event and then never closes: nothing after [DONE] is read, no hang.
        byte[] sse = SseRecording.Join(SseRecording.Blocks().Append(
            "event: response.image_generation_call.completed\ndata: {\"type\":\"response.image_generation_call.completed\",\"sequence_number\":99,\"output_index\":0,\"item_id\":\"ig_after_done\"}"));
        await using var server = LocalServer.Start(async (_, response, ct) =>
        {
            await response.StartAsync(HttpStatusCode.OK, "text/event-stream", ct);
            await response.WriteAsync(sse, ct);
            await Task.Delay(Timeout.Infinite, ct);
        });

        var (summary, timeline) = await Bounded(ct => PrintOverHttp(server, ct));

        Assert.Multiple(() =>
        {
            Assert.That(summary, Is.EqualTo(new TimelineSummary(12, 0, 3, 257, ReachedDone: true)));
            Assert.That(timeline, Does.Not.Contain("ig_after_done"));
            Assert.That(Seqs(timeline), Is.EqualTo(Enumerable.Range(0, 12)));
        });
    }

    [Test]
    [CancelAfter(LimitMs)]
    public async Task AnErrorEventMidStreamIsReportedAtItsPositionAndTheStreamReadsOn()
    {
        // OpenAI-style error event between the second and the third partial image (position 8).
        byte[] sse = SseRecording.WithEventAt(8,
            "event: error\ndata: {\"type\":\"error\",\"code\":\"server_error\",\"message\":\"The image model is overloaded\",\"param\":null,\"sequence_number\":50}");
        await using var server = LocalServer.Start(LocalServer.Replay(sse));

        var (summary, timeline) = await Bounded(ct => PrintOverHttp(server, ct));

        var lines = timeline.Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Member("#  8  error: event 8 (error) reports an API error: server_error: The image model is overloaded"));
            Assert.That(Seqs(timeline), Is.EqualTo(Enumerable.Range(0, 12)), "every other event once, in order");
            Assert.That(summary, Is.EqualTo(new TimelineSummary(13, 0, 3, 257, ReachedDone: true, ErrorEvents: 1)));
            Assert.That(lines, Has.Member("13 events (0 malformed), 3 partial images, 257 image bytes received; the API reported 1 error(s)"));
        });
    }

    [Test]
    [CancelAfter(LimitMs)]
    public async Task AnErrorObjectInAnEventIsReportedWithItsCodeAndMessage()
    {
        // OpenRouter's own error shape: {"error":{"code":…,"message":…}}, here without an SSE event name.
        byte[] sse = SseRecording.WithEventAt(4,
            "data: {\"type\":\"error\",\"error\":{\"code\":502,\"message\":\"Provider returned error\"}}");
        await using var server = LocalServer.Start(LocalServer.Replay(sse));

        var (summary, timeline) = await Bounded(ct => PrintOverHttp(server, ct));

        Assert.Multiple(() =>
        {
            Assert.That(timeline.Split('\n'), Has.Member("#  4  error: event 4 (error) reports an API error: 502: Provider returned error"));
            Assert.That(Seqs(timeline), Is.EqualTo(Enumerable.Range(0, 12)));
            Assert.That(summary.ErrorEvents, Is.EqualTo(1));
        });
    }

    [Test]
    [CancelAfter(LimitMs)]
    public async Task AnUnknownEventTypeIsPrintedAsSuchAndTheStreamReadsOn()
    {
        byte[] sse = SseRecording.WithEventAt(6,
            "event: response.image_generation_call.sparkles\ndata: {\"type\":\"response.image_generation_call.sparkles\",\"sequence_number\":40,\"output_index\":0,\"item_id\":\"" + SseRecording.ItemId + "\"}");
        await using var server = LocalServer.Start(LocalServer.Replay(sse));

        var (summary, timeline) = await Bounded(ct => PrintOverHttp(server, ct));

        Assert.Multiple(() =>
        {
            Assert.That(timeline.Split('\n'), Has.Member("#  6   40  response.image_generation_call.sparkles  (not in the docs)"));
            Assert.That(Seqs(timeline), Is.EqualTo(new[] { 0, 1, 2, 3, 4, 40, 5, 6, 7, 8, 9, 10, 11 }));
            Assert.That(summary, Is.EqualTo(new TimelineSummary(13, 0, 3, 257, ReachedDone: true)));
        });
    }

    [Test]
    [CancelAfter(LimitMs)]
    public async Task AMalformedEventIsReportedWithItsPositionAndPathAndTheStreamReadsOn()
    {
        // A known event without its required item_id (position 6), and one whose JSON stops mid-token (position 10).
        var blocks = SseRecording.Blocks().ToList();
        Assert.That(blocks[5], Is.EqualTo(": OPENROUTER PROCESSING"), "the recording's keep-alive, before event 6");
        blocks.Insert(5, "event: response.image_generation_call.partial_image\ndata: {\"type\":\"response.image_generation_call.partial_image\",\"sequence_number\":30,\"output_index\":0,\"partial_image_index\":0,\"partial_image_b64\":\"iVBO\"}");
        blocks.Insert(10, "event: response.image_generation_call.completed\ndata: {\"type\":\"response.image_generation_call.completed\",\"sequence_number\":31,\"item_id\":\"ig_6");
        await using var server = LocalServer.Start(LocalServer.Replay(SseRecording.Join(blocks)));

        var (summary, timeline) = await Bounded(ct => PrintOverHttp(server, ct));

        var lines = timeline.Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.One.StartsWith("#  6  error: event 6 (response.image_generation_call.partial_image) is malformed: ")
                .And.Contains("'item_id'").And.Contains("Path: $"));
            Assert.That(lines, Has.One.StartsWith("# 10  error: event 10 (response.image_generation_call.completed) is malformed: ")
                .And.Contains("LineNumber: 0 | BytePositionInLine: "));
            Assert.That(Seqs(timeline), Is.EqualTo(Enumerable.Range(0, 12)), "every well-formed event once, in order");
            Assert.That(summary, Is.EqualTo(new TimelineSummary(14, 2, 3, 257, ReachedDone: true)));
        });
    }

    [Test]
    [CancelAfter(LimitMs)]
    public async Task AConnectionCutMidEventIsReportedAfterTheLastWholeEvent()
    {
        // The connection drops in the middle of the base64 of the third partial image (event 8).
        byte[] sse = SseRecording.Join(SseRecording.Blocks());
        int cut = Encoding.UTF8.GetString(sse).IndexOf("\"partial_image_index\":2,\"partial_image_b64\":\"iVBORw0KGgoAAAANSUhEUgAAAAQ", StringComparison.Ordinal) + 60;
        await using var server = LocalServer.Start(async (_, response, ct) =>
        {
            await response.StartAsync(HttpStatusCode.OK, "text/event-stream", ct);
            await response.WriteAsync(sse.AsMemory(0, cut), ct);
        });

        var (summary, timeline) = await Bounded(ct => PrintOverHttp(server, ct));

        var expected = (await PrintFromFile(SseRecording.Bytes())).Split('\n').Take(8);
        var lines = timeline.Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(lines.Take(8), Is.EqualTo(expected), "the header and events 1 to 7, as the file gives them");
            Assert.That(lines[8], Does.StartWith("   -  error: the stream broke off after event 7, before its end: "));
            Assert.That(lines, Has.Member("7 events (0 malformed), 2 partial images, 148 image bytes received; the stream broke off before its end"));
            Assert.That(summary, Is.EqualTo(new TimelineSummary(7, 0, 2, 148, ReachedDone: false, BrokenOff: true)));
        });
    }

    [Test]
    [CancelAfter(LimitMs)]
    public async Task AServerThatStopsSendingMidEventIsReportedOnceTheIdleLimitPasses()
    {
        // The server sends events 1 to 4 and half of event 5, then nothing, and keeps the connection open.
        byte[] sse = SseRecording.Join(SseRecording.Blocks());
        int stall = Encoding.UTF8.GetString(sse).IndexOf("\"type\":\"response.image_generation_call.generating\"", StringComparison.Ordinal);
        await using var server = LocalServer.Start(async (_, response, ct) =>
        {
            await response.StartAsync(HttpStatusCode.OK, "text/event-stream", ct);
            await response.WriteAsync(sse.AsMemory(0, stall), ct);
            await Task.Delay(Timeout.Infinite, ct);
        });

        var (summary, timeline) = await Bounded(ct => PrintOverHttp(server, ct, idleLimit: TimeSpan.FromSeconds(1)));

        var expected = (await PrintFromFile(SseRecording.Bytes())).Split('\n').Take(5);
        var lines = timeline.Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(lines.Take(5), Is.EqualTo(expected), "the header and events 1 to 4");
            Assert.That(lines[5], Is.EqualTo("   -  error: the stream broke off after event 4, before its end: no data arrived for 1 s"));
            Assert.That(summary, Is.EqualTo(new TimelineSummary(4, 0, 0, 0, ReachedDone: false, BrokenOff: true)));
        });
    }

    [Test]
    [CancelAfter(LimitMs)]
    public async Task AConnectionCutAtAnyByteGivesTheWholeEventsBeforeItThenAnError()
    {
        var blocks = SseRecording.Blocks();
        byte[] sse = SseRecording.Join(blocks);
        var expected = await FromFile(sse);
        var ends = SseRecording.EventEnds(blocks);
        int doneStart = ends[^2]; // the [DONE] block starts where the last event ends
        var random = new Random(20261203);

        for (int trial = 0; trial < 24; trial++)
        {
            int cut = trial == 0 ? 0 : random.Next(1, doneStart + 1);
            await using var server = LocalServer.Start(async (_, response, ct) =>
            {
                await response.StartAsync(HttpStatusCode.OK, "text/event-stream", ct);
                await response.WriteAsync(sse.AsMemory(0, cut), ct);
            });

            var events = new List<TimelineEvent>();
            Exception? error = await Bounded<Exception?>(async ct =>
            {
                try
                {
                    using var http = new HttpClient();
                    using var response = await ResponsesClient.SendAsync(http, server.BaseUrl, null, ResponsesClient.ImageRequest("a fox"), ct);
                    await using var stream = await ResponsesClient.ReadEventsAsync(response, IdleLimit, ct);
                    await foreach (var e in StreamTimeline.ReadEventsAsync(stream, ct))
                    {
                        events.Add(e);
                    }

                    return null;
                }
                catch (IOException e)
                {
                    return e;
                }
            });

            int whole = ends.Count(end => end <= cut);
            string replay = $"cut at byte {cut} of {sse.Length} (seed 20261203, trial {trial})";
            Assert.That(error, Is.Not.Null, replay + ": no error for a cut connection");
            Assert.That(events.Select(Describe), Is.EqualTo(expected.Take(whole).Select(Describe)), replay);
        }
    }

    [Test]
    [CancelAfter(LimitMs)]
    public async Task AnHttpErrorStatusIsAClearErrorWithWhatTheServerSaid()
    {
        await using var server = LocalServer.Start(async (_, response, ct) =>
        {
            await response.StartAsync(HttpStatusCode.Unauthorized, "application/json", ct);
            await response.WriteAsync("""{"error":{"message":"No auth credentials found","code":401}}"""u8.ToArray(), ct);
            await response.CompleteAsync(ct);
        });
        using var http = new HttpClient();

        var error = await Bounded<ResponsesApiException?>(async ct =>
        {
            try
            {
                using var response = await ResponsesClient.SendAsync(http, server.BaseUrl, "bad-key", ResponsesClient.ImageRequest("a fox"), ct);
                return null;
            }
            catch (ResponsesApiException e)
            {
                return e;
            }
        });

        Assert.That(error?.Message, Is.EqualTo(
            $"POST {server.BaseUrl}responses answered 401 Unauthorized: " + """{"error":{"message":"No auth credentials found","code":401}}"""));
    }

    [Test]
    [CancelAfter(LimitMs)]
    public async Task AnAnswerThatIsNotAnEventStreamIsAClearError()
    {
        // What a server sends when it ignores "stream": true: one JSON body.
        await using var server = LocalServer.Start(async (_, response, ct) =>
        {
            await response.StartAsync(HttpStatusCode.OK, "application/json", ct);
            await response.WriteAsync("""{"id":"resp_1","object":"response","status":"completed"}"""u8.ToArray(), ct);
            await response.CompleteAsync(ct);
        });
        using var http = new HttpClient();

        var error = await Bounded<ResponsesApiException?>(async ct =>
        {
            try
            {
                using var response = await ResponsesClient.SendAsync(http, server.BaseUrl, null, ResponsesClient.ImageRequest("a fox"), ct);
                return null;
            }
            catch (ResponsesApiException e)
            {
                return e;
            }
        });

        Assert.That(error?.Message, Is.EqualTo(
            $"POST {server.BaseUrl}responses answered with application/json, not an event stream: " + """{"id":"resp_1","object":"response","status":"completed"}"""));
    }

    /// <summary>Runs <paramref name="run"/> with the test's token, and fails it (rather than waiting) past <see cref="Limit"/>.</summary>
    private static async Task<T> Bounded<T>(Func<CancellationToken, Task<T>> run)
    {
        CancellationToken ct = TestContext.CurrentContext.CancellationToken;
        try
        {
            return await run(ct).WaitAsync(Limit, ct);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"the HTTP exchange did not finish within {Limit.TotalSeconds} s: the reader hangs");
            throw;
        }
    }

    private static async Task<(List<TimelineEvent> Events, string Timeline)> ReadAndPrintOverHttp(LocalServer server, CancellationToken ct)
    {
        using var http = new HttpClient();
        var events = new List<TimelineEvent>();
        using (var response = await ResponsesClient.SendAsync(http, server.BaseUrl, null, ResponsesClient.ImageRequest("a fox"), ct))
        {
            await using var stream = await ResponsesClient.ReadEventsAsync(response, IdleLimit, ct);
            await foreach (var e in StreamTimeline.ReadEventsAsync(stream, ct))
            {
                events.Add(e);
            }
        }

        var (_, timeline) = await PrintOverHttp(server, ct);
        return (events, timeline);
    }

    private static async Task<(TimelineSummary Summary, string Timeline)> PrintOverHttp(LocalServer server, CancellationToken ct, TimeSpan? idleLimit = null)
    {
        using var http = new HttpClient();
        using var response = await ResponsesClient.SendAsync(http, server.BaseUrl, null, ResponsesClient.ImageRequest("a fox"), ct);
        await using var stream = await ResponsesClient.ReadEventsAsync(response, idleLimit ?? IdleLimit, ct);
        var output = new StringWriter { NewLine = "\n" };
        var summary = await StreamTimeline.PrintAsync(stream, output, ct);
        return (summary, output.ToString());
    }

    private static async Task<List<TimelineEvent>> FromFile(byte[] sse)
    {
        var events = new List<TimelineEvent>();
        await foreach (var e in StreamTimeline.ReadEventsAsync(new MemoryStream(sse), CancellationToken.None))
        {
            events.Add(e);
        }

        return events;
    }

    private static async Task<string> PrintFromFile(byte[] sse)
    {
        var output = new StringWriter { NewLine = "\n" };
        await StreamTimeline.PrintAsync(new MemoryStream(sse), output, CancellationToken.None);
        return output.ToString();
    }

    /// <summary>
    /// An event as the user gets it: position, SSE fields, the variant it was read into and that variant written back
    /// (the data as the generated types hold it), or why it could not be read.
    /// </summary>
    private static string Describe(TimelineEvent e) =>
        $"{e.Position} {e.EventType} {e.Data} -> {e.Chunk?.Value.GetType().Name ?? "null"} "
        + (e.Chunk is null ? e.ReadError : ModelGenJson.Serialize(e.Chunk));

    /// <summary>The seq column of the timeline's event lines, in order.</summary>
    private static IEnumerable<int> Seqs(string timeline) =>
        timeline.Split('\n').Select(line => EventLine.Match(line)).Where(m => m.Success).Select(m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>Increasing cut offsets in (0, length): small pieces (1 to 8 bytes) and larger ones (up to 300).</summary>
    private static List<int> RandomCuts(int length, Random random)
    {
        var cuts = new List<int>();
        int at = 0;
        while (true)
        {
            at += random.Next(2) == 0 ? random.Next(1, 9) : random.Next(9, 301);
            if (at >= length)
            {
                return cuts;
            }

            cuts.Add(at);
        }
    }

    /// <summary>Whether a cut before byte <paramref name="cut"/> splits a UTF-8 character (the byte continues one).</summary>
    private static bool IsInsideCharacter(byte[] sse, int cut) => (sse[cut] & 0xC0) == 0x80;

    /// <summary>Whether a cut before byte <paramref name="cut"/> falls between two letters or digits of a data line.</summary>
    private static bool IsInsideJsonToken(byte[] sse, int cut)
    {
        if (!char.IsAsciiLetterOrDigit((char)sse[cut - 1]) || !char.IsAsciiLetterOrDigit((char)sse[cut]))
        {
            return false;
        }

        int lineStart = Array.LastIndexOf(sse, (byte)'\n', cut - 1) + 1;
        return sse.AsSpan(lineStart).StartsWith("data: "u8);
    }
}
