using System.Diagnostics;
using System.Net;
using GrainOrchestrator.Bench.Gateway.Configuration;
using GrainOrchestrator.Bench.Gateway.Infrastructure;
using GrainOrchestrator.Bench.Gateway.Reporting;
using GrainOrchestrator.Bench.Gateway.Scenarios;
using GrainOrchestrator.Bench.Gateway.Transports;
using GrainOrchestrator.Bench.Shared.Measurement;

// Scenario runner for the API gateway: embedded PostgreSQL + one in-process server built like the
// executable's; the same operations in process, over HTTPS REST and over gRPC; Markdown on stdout.
if (CommandLine.Parse(args) is not { } commandLine)
{
    await Console.Error.WriteLineAsync(CommandLine.Usage);
    return 2;
}

// The server logs to the console like the real one; keep stdout for the report alone.
var report = Console.Out;
Console.SetOut(Console.Error);

var settings = commandLine.Settings;
var clock = Stopwatch.StartNew();
var loadAtStart = LoadAverage.Read();
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupt.Cancel();
};

var progress = Console.Error;
await progress.WriteLineAsync($"bench: {settings.Name} run; starting embedded PostgreSQL and the server");
IReadOnlyList<PhaseResult> results;
IReadOnlyList<string> gatewayNames;
string baselineName;
await using (var server = await GatewayServer.StartAsync(interrupt.Token))
{
    await progress.WriteLineAsync($"bench: server on {server.Address}");
    using var baseline = new InProcessTransport(server.Api);
    using var http2 = new RestTransport(server.Address, server.CertificateAuthority, server.Token, HttpVersion.Version20);
    using var http11 = new RestTransport(server.Address, server.CertificateAuthority, server.Token, HttpVersion.Version11);
    using var grpc = new GrpcTransport(server.Address, server.CertificateAuthority, server.Token);
    IBenchTransport[] gateways = [http2, http11, grpc];
    results = await new GatewayBenchRun(baseline, gateways, settings, progress).RunAsync(interrupt.Token);
    baselineName = baseline.Name;
    gatewayNames = [.. gateways.Select(g => g.Name)];
    await progress.WriteLineAsync("bench: stopping");
}

var markdown = new GatewayBenchReport(results, baselineName, gatewayNames)
{
    LoadAtStart = loadAtStart,
    LoadAtEnd = LoadAverage.Read(),
}.Render(settings, clock.Elapsed);
await report.WriteLineAsync(markdown);
await report.FlushAsync();
if (commandLine.OutputPath is { } path)
{
    await File.WriteAllTextAsync(path, markdown);
}

return 0;
