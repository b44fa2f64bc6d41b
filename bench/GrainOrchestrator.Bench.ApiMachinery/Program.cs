using System.Diagnostics;
using GrainOrchestrator.Bench.ApiMachinery.Configuration;
using GrainOrchestrator.Bench.ApiMachinery.Infrastructure;
using GrainOrchestrator.Bench.ApiMachinery.Measurement;
using GrainOrchestrator.Bench.ApiMachinery.Reporting;
using GrainOrchestrator.Bench.ApiMachinery.Scenarios;
using GrainOrchestrator.Bench.Shared.Measurement;

// Scenario runner for the API machinery: embedded PostgreSQL + one real silo, figures as Markdown.
if (CommandLine.Parse(args) is not { } commandLine)
{
    await Console.Error.WriteLineAsync(CommandLine.Usage);
    return 2;
}

// The silo's console logger writes to stdout; keep stdout for the report alone, as documented.
var reportOut = Console.Out;
Console.SetOut(Console.Error);

var settings = commandLine.Settings;
var clock = Stopwatch.StartNew();
var report = new BenchReport { LoadAtStart = LoadAverage.Read() };
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupt.Cancel();
};

var progress = Console.Error;
await progress.WriteLineAsync($"bench: {settings.Name} run; starting embedded PostgreSQL");
await using (var cluster = await BenchCluster.StartPostgresAsync(interrupt.Token))
{
    // pgbench first, while nothing else uses the server: the ceiling under the best conditions.
    if (!commandLine.RunPgBench)
    {
        report.PgBenchProblem = "--no-pgbench";
    }
    else if (PgBench.Locate() is not { } pgbench)
    {
        report.PgBenchProblem = "pgbench not found on PATH, /usr/lib/postgresql/*/bin or /usr/local/bin";
    }
    else
    {
        await progress.WriteLineAsync($"bench: pgbench -b {PgBench.Script}, {settings.PgBenchClients} clients, {settings.PgBenchDuration.TotalSeconds:F0} s");
        report.PgBench = await PgBench.RunAsync(pgbench, cluster.ConnectionString, settings.PgBenchClients, settings.PgBenchDuration, interrupt.Token);
    }

    await progress.WriteLineAsync("bench: starting the silo");
    await cluster.StartSiloAsync(interrupt.Token);
    var context = new BenchContext(cluster.Api, settings, progress);
    var counter = new RowWriteCounter(cluster.ConnectionString, cluster.ClosePooledConnections);
    await new BenchRun(context, counter, report).RunAsync(interrupt.Token);
    report.LoadAtEnd = LoadAverage.Read();
    await progress.WriteLineAsync("bench: stopping");
}

var markdown = report.Render(settings.Name, clock.Elapsed);
await reportOut.WriteLineAsync(markdown);
await reportOut.FlushAsync();
if (commandLine.OutputPath is { } path)
{
    await File.WriteAllTextAsync(path, markdown);
}

return 0;
