using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ImageStream;

/// <summary>What the server read of one request: its method, target, headers and body.</summary>
/// <param name="Method">The method, e.g. <c>POST</c>.</param>
/// <param name="Target">The request target as sent, e.g. <c>/api/v1/responses</c>.</param>
/// <param name="Headers">The headers, names compared ignoring case (a repeated header keeps its last value).</param>
/// <param name="Body">The body, as many bytes as <c>Content-Length</c> said.</param>
public sealed record ReceivedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, byte[] Body);

/// <summary>
/// A minimal HTTP/1.1 server on the loopback interface, started in-process: one request per connection, answered by a
/// delegate through a <see cref="ChunkedResponse"/>. The sample serves its recording with it when no <c>--url</c> is
/// given, so the offline replay takes the same HTTP path as a call to the real API; the tests use it to send a stream
/// cut at chosen bytes, slowly, or broken off.
/// </summary>
public sealed class LocalServer : IAsyncDisposable
{
    // Request heads beyond this are refused: the server only ever talks to this process.
    private const int MaxHeadBytes = 64 * 1024;

    private readonly TcpListener listener;
    private readonly Func<ReceivedRequest, ChunkedResponse, CancellationToken, Task> respond;
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentQueue<ReceivedRequest> requests = new();
    private readonly ConcurrentDictionary<Task, bool> connections = new();
    private readonly Task acceptLoop;

    private LocalServer(Func<ReceivedRequest, ChunkedResponse, CancellationToken, Task> respond)
    {
        this.respond = respond;
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        BaseUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/api/v1/"));
        acceptLoop = AcceptAsync(stopping.Token);
    }

    /// <summary>The API's base address on this server (the port is chosen by the system).</summary>
    public Uri BaseUrl { get; }

    /// <summary>Every request read so far, in the order they arrived.</summary>
    public IReadOnlyCollection<ReceivedRequest> Requests => requests;

    /// <summary>
    /// Starts listening on a free loopback port. <paramref name="respond"/> answers each request; when it returns
    /// without <see cref="ChunkedResponse.CompleteAsync"/>, the connection is closed mid-body, as a dropped connection.
    /// </summary>
    public static LocalServer Start(Func<ReceivedRequest, ChunkedResponse, CancellationToken, Task> respond)
    {
        ArgumentNullException.ThrowIfNull(respond);
        return new LocalServer(respond);
    }

    /// <summary>Answers every request with <paramref name="sse"/> as an event stream, one HTTP chunk per event.</summary>
    public static Func<ReceivedRequest, ChunkedResponse, CancellationToken, Task> Replay(byte[] sse)
    {
        ArgumentNullException.ThrowIfNull(sse);
        return async (_, response, ct) =>
        {
            await response.StartAsync(HttpStatusCode.OK, "text/event-stream", ct).ConfigureAwait(false);
            int start = 0;
            while (start < sse.Length)
            {
                int end = sse.AsSpan(start).IndexOf("\n\n"u8);
                int length = end < 0 ? sse.Length - start : end + 2;
                await response.WriteAsync(sse.AsMemory(start, length), ct).ConfigureAwait(false);
                start += length;
            }

            await response.CompleteAsync(ct).ConfigureAwait(false);
        };
    }

    /// <summary>Stops listening, cancels the responses still being written and waits for them.</summary>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        listener.Stop();
        try
        {
            await acceptLoop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        foreach (Task connection in connections.Keys)
        {
            await connection.ConfigureAwait(false);
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return; // stopped
            }

            Task connection = ServeAsync(client, ct);
            connections.TryAdd(connection, true);
            _ = connection.ContinueWith(done => connections.TryRemove(done, out _), TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken ct)
    {
        using (client)
        {
            try
            {
                NetworkStream network = client.GetStream();
                ReceivedRequest? request = await ReadRequestAsync(network, ct).ConfigureAwait(false);
                if (request is null)
                {
                    return;
                }

                requests.Enqueue(request);
                await respond(request, new ChunkedResponse(network), ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
            {
                // The client went away, or the server is stopping: either way this connection is over.
            }
        }
    }

    private static async Task<ReceivedRequest?> ReadRequestAsync(NetworkStream network, CancellationToken ct)
    {
        var buffer = new byte[8 * 1024];
        int filled = 0;
        int headEnd;
        while ((headEnd = buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8)) < 0)
        {
            if (filled == buffer.Length)
            {
                if (buffer.Length >= MaxHeadBytes)
                {
                    return null;
                }

                Array.Resize(ref buffer, buffer.Length * 2);
            }

            int read = await network.ReadAsync(buffer.AsMemory(filled), ct).ConfigureAwait(false);
            if (read == 0)
            {
                return null;
            }

            filled += read;
        }

        string[] lines = Encoding.Latin1.GetString(buffer, 0, headEnd).Split("\r\n");
        string[] requestLine = lines[0].Split(' ');
        if (requestLine.Length != 3)
        {
            return null;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in lines.AsSpan(1))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        int length = headers.TryGetValue("Content-Length", out string? value)
            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) ? parsed : 0;
        var body = new byte[length];
        int bodyStart = headEnd + 4;
        int copied = Math.Min(length, filled - bodyStart);
        buffer.AsSpan(bodyStart, copied).CopyTo(body);
        await network.ReadExactlyAsync(body.AsMemory(copied), ct).ConfigureAwait(false);
        return new ReceivedRequest(requestLine[0], requestLine[1], headers, body);
    }
}

/// <summary>
/// The response to one request, written with <c>Transfer-Encoding: chunked</c>: each <see cref="WriteAsync"/> is one
/// chunk, sent at once, and <see cref="CompleteAsync"/> ends the body. A body that is never completed reads as a broken
/// connection on the client, which is what a dropped connection looks like there.
/// </summary>
public sealed class ChunkedResponse
{
    private readonly Stream network;

    internal ChunkedResponse(Stream network) => this.network = network;

    /// <summary>Writes the status line and headers.</summary>
    public async Task StartAsync(HttpStatusCode status, string contentType, CancellationToken ct)
    {
        string head = string.Create(CultureInfo.InvariantCulture, $"HTTP/1.1 {(int)status} {status}\r\nContent-Type: {contentType}\r\n")
            + "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        await network.WriteAsync(Encoding.ASCII.GetBytes(head), ct).ConfigureAwait(false);
        await network.FlushAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Sends <paramref name="data"/> as one chunk (nothing for an empty one: that would end the body).</summary>
    public async Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken ct)
    {
        if (data.IsEmpty)
        {
            return;
        }

        await network.WriteAsync(Encoding.ASCII.GetBytes(data.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n"), ct).ConfigureAwait(false);
        await network.WriteAsync(data, ct).ConfigureAwait(false);
        await network.WriteAsync("\r\n"u8.ToArray(), ct).ConfigureAwait(false);
        await network.FlushAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Ends the body.</summary>
    public async Task CompleteAsync(CancellationToken ct)
    {
        await network.WriteAsync("0\r\n\r\n"u8.ToArray(), ct).ConfigureAwait(false);
        await network.FlushAsync(ct).ConfigureAwait(false);
    }
}
