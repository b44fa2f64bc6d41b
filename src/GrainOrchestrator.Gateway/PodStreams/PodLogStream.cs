namespace GrainOrchestrator.Gateway.PodStreams;

/// <summary>
/// An open container log: <see cref="Content"/> yields the log bytes and ends when the log does
/// (or, with follow, when the container stops). The endpoint disposes it.
/// </summary>
public sealed class PodLogStream(Stream content) : IAsyncDisposable
{
    public Stream Content { get; } = content;

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
