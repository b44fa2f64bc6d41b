using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace GrainOrchestrator.Gateway.PodStreams;

/// <summary>Moves frames between the WebSocket and an exec session until the command ends.</summary>
internal sealed class ExecPump(WebSocket socket, IPodExecSession session, bool closeFramesSupported) : IDisposable
{
    private static readonly TimeSpan CloseHandshakeWait = TimeSpan.FromSeconds(5);

    // Stdout, stderr and the final status are written from different tasks; a WebSocket allows one sender at a time.
    private readonly SemaphoreSlim sendLock = new(1, 1);

    public async Task RunAsync(IReadOnlyList<string> command, CancellationToken ct)
    {
        using var stopReceiving = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var receive = ReceiveAsync(stopReceiving.Token);
        try
        {
            await Task.WhenAll(ForwardAsync(session.Stdout, ExecChannels.Stdout, ct), ForwardAsync(session.Stderr, ExecChannels.Stderr, ct)).ConfigureAwait(false);
            var exitCode = await session.ExitCode.WaitAsync(ct).ConfigureAwait(false);
            await SendAsync(ExecChannels.Error, Encoding.UTF8.GetBytes(ExecStatus.For(exitCode, command)), ct).ConfigureAwait(false);
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, ct).ConfigureAwait(false);
            await receive.WaitAsync(CloseHandshakeWait, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or TimeoutException)
        {
            // The client went away or never finished the close handshake: the session is disposed by the caller.
        }
        finally
        {
            await stopReceiving.CancelAsync().ConfigureAwait(false);
            await receive.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Dispose() => sendLock.Dispose();

    private async Task ForwardAsync(ChannelReader<ReadOnlyMemory<byte>> reader, byte channel, CancellationToken ct)
    {
        await foreach (var chunk in reader.ReadAllAsync(ct).ConfigureAwait(false))
        {
            if (!chunk.IsEmpty)
            {
                await SendAsync(channel, chunk, ct).ConfigureAwait(false);
            }
        }
    }

    private async Task SendAsync(byte channel, ReadOnlyMemory<byte> payload, CancellationToken ct)
    {
        var frame = new byte[payload.Length + 1];
        frame[0] = channel;
        payload.CopyTo(frame.AsMemory(1));
        await sendLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(frame, WebSocketMessageType.Binary, endOfMessage: true, ct).ConfigureAwait(false);
        }
        finally
        {
            sendLock.Release();
        }
    }

    private async Task ReceiveAsync(CancellationToken ct)
    {
        var message = new ArrayBufferWriter<byte>();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(message.GetMemory(4096), ct).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Advance(result.Count);
                if (result.EndOfMessage)
                {
                    await HandleAsync(message.WrittenMemory.ToArray(), ct).ConfigureAwait(false);
                    message.ResetWrittenCount();
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The socket is gone; stdin ends with it.
        }
        finally
        {
            // Without a close frame (v4) stdin ends when the client closes its side.
            session.Stdin.TryComplete();
        }
    }

    private async Task HandleAsync(byte[] frame, CancellationToken ct)
    {
        if (frame.Length == 0)
        {
            return;
        }

        switch (frame[0])
        {
            case ExecChannels.Stdin when frame.Length > 1:
                try
                {
                    await session.Stdin.WriteAsync(frame.AsMemory(1), ct).ConfigureAwait(false);
                }
                catch (ChannelClosedException)
                {
                    // Stdin was not requested or already closed: the bytes have nowhere to go.
                }

                break;
            case ExecChannels.Resize when TryReadSize(frame.AsSpan(1), out var size):
                await session.ResizeAsync(size, ct).ConfigureAwait(false);
                break;
            case ExecChannels.Close when closeFramesSupported && frame.Length > 1 && frame[1] == ExecChannels.Stdin:
                session.Stdin.TryComplete();
                break;
            default:
                break;
        }
    }

    private static bool TryReadSize(ReadOnlySpan<byte> json, out TerminalSize size)
    {
        size = default;
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            var root = document.RootElement;
            if (root.TryGetProperty("Width", out var width) && root.TryGetProperty("Height", out var height)
                && width.TryGetUInt16(out var w) && height.TryGetUInt16(out var h))
            {
                size = new TerminalSize(w, h);
                return true;
            }
        }
        catch (JsonException)
        {
            // A malformed resize is ignored, as the apiserver does.
        }

        return false;
    }
}
