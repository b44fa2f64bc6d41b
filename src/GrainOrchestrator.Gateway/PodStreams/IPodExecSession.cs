using System.Threading.Channels;

namespace GrainOrchestrator.Gateway.PodStreams;

/// <summary>
/// A running exec: the endpoint writes what the client sends to <see cref="Stdin"/> (and completes
/// it on stdin EOF), forwards <see cref="Stdout"/> and <see cref="Stderr"/> until both complete,
/// then reports <see cref="ExitCode"/>. Disposing stops the command if it still runs.
/// </summary>
public interface IPodExecSession : IAsyncDisposable
{
    ChannelWriter<ReadOnlyMemory<byte>> Stdin { get; }

    ChannelReader<ReadOnlyMemory<byte>> Stdout { get; }

    ChannelReader<ReadOnlyMemory<byte>> Stderr { get; }

    Task<int> ExitCode { get; }

    ValueTask ResizeAsync(TerminalSize size, CancellationToken ct);
}
