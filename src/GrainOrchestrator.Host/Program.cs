using System.CommandLine;
using GrainOrchestrator.Host.Cli;
using GrainOrchestrator.Host.Hosting;

var root = NodeCommandFactory.CreateRoot(NodeRunner.RunAsync);

// The generic host handles SIGINT/SIGTERM itself and must get to stop PostgreSQL, so
// System.CommandLine must not race it with its own termination timeout.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await root.Parse(args).InvokeAsync(invocation);
