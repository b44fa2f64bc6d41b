using System.Globalization;
using System.IO.Pipelines;
using GrainOrchestrator.Gateway.PodStreams;

namespace GrainOrchestrator.IntegrationTests.PodStreams;

/// <summary>Logs come from a pipe the test writes; exec echoes stdin uppercased and exits with the command's last argument.</summary>
internal sealed class FakePodStreams : IPodStreams
{
    public Pipe Log { get; } = new();

    public PodLogRequest? LastLog { get; private set; }

    public PodExecRequest? LastExec { get; private set; }

    public Task<PodLogStream> OpenLogAsync(PodLogRequest request, CancellationToken ct)
    {
        LastLog = request;
        return Task.FromResult(new PodLogStream(Log.Reader.AsStream()));
    }

    public Task<IPodExecSession> StartExecAsync(PodExecRequest request, CancellationToken ct)
    {
        LastExec = request;
        var exitCode = int.TryParse(request.Command[^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) ? code : 0;
        return Task.FromResult<IPodExecSession>(new EchoExecSession(request.Stdin, exitCode));
    }
}
