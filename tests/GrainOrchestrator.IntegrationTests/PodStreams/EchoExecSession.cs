using System.Text;
using System.Threading.Channels;
using GrainOrchestrator.Gateway.PodStreams;

namespace GrainOrchestrator.IntegrationTests.PodStreams;

internal sealed class EchoExecSession : IPodExecSession
{
    private readonly Channel<ReadOnlyMemory<byte>> stdin = Channel.CreateUnbounded<ReadOnlyMemory<byte>>();
    private readonly Channel<ReadOnlyMemory<byte>> stdout = Channel.CreateUnbounded<ReadOnlyMemory<byte>>();
    private readonly Channel<ReadOnlyMemory<byte>> stderr = Channel.CreateUnbounded<ReadOnlyMemory<byte>>();

    public EchoExecSession(bool withStdin, int exitCode)
    {
        if (!withStdin)
        {
            stdin.Writer.Complete();
        }

        ExitCode = RunAsync(exitCode);
    }

    public ChannelWriter<ReadOnlyMemory<byte>> Stdin => stdin.Writer;

    public ChannelReader<ReadOnlyMemory<byte>> Stdout => stdout.Reader;

    public ChannelReader<ReadOnlyMemory<byte>> Stderr => stderr.Reader;

    public Task<int> ExitCode { get; }

    public List<TerminalSize> Resizes { get; } = [];

    public ValueTask ResizeAsync(TerminalSize size, CancellationToken ct)
    {
        Resizes.Add(size);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<int> RunAsync(int exitCode)
    {
        await foreach (var chunk in stdin.Reader.ReadAllAsync())
        {
            await stdout.Writer.WriteAsync(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(chunk.Span).ToUpperInvariant()));
        }

        if (exitCode != 0)
        {
            await stderr.Writer.WriteAsync(Encoding.UTF8.GetBytes($"failing with {exitCode}"));
        }

        stdout.Writer.Complete();
        stderr.Writer.Complete();
        return exitCode;
    }
}
