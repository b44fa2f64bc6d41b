using System.Runtime.InteropServices;
using GrainOrchestrator.Host.Configuration;
using GrainOrchestrator.Gateway.Security;
using GrainOrchestrator.Host.Security;
using GrainOrchestrator.Host.Postgres;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GrainOrchestrator.Host.Hosting;

/// <summary>
/// Runs one <c>server</c> or <c>agent</c> process: PostgreSQL (embedded or shared), schema,
/// then the silo and its endpoints until SIGINT/SIGTERM; the embedded PostgreSQL stops last.
/// </summary>
public static partial class NodeRunner
{
    public const string ConnectionFileName = "postgres-connection";
    public const string KubeconfigFileName = "kubeconfig.yaml";

    public static async Task<int> RunAsync(NodeOptions options, CancellationToken cancellationToken)
    {
        using var loggerFactory = LoggerFactory.Create(b => b.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
        }));
        var logger = loggerFactory.CreateLogger("grainorchestrator");

        if (options.Role == NodeRole.Agent && options.PostgresConnectionString is null)
        {
            await Console.Error.WriteLineAsync(
                $"error: an agent joins an existing cluster: pass --postgres CONNSTR (or set {Cli.NodeCommandFactory.PostgresEnvironmentVariable}); " +
                $"the server writes it to <its data dir>/{ConnectionFileName}.").ConfigureAwait(false);
            return 2;
        }

        Directory.CreateDirectory(options.DataDirectory);

        // Until the host owns the signals, a Ctrl-C must still stop what we started.
        using var bootstrap = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; bootstrap.Cancel(); });
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; bootstrap.Cancel(); });

        EmbeddedPostgres? embedded = null;
        try
        {
            var connectionString = options.PostgresConnectionString;
            if (connectionString is null)
            {
                embedded = new EmbeddedPostgres(Path.Combine(options.DataDirectory, "postgres"), loggerFactory.CreateLogger<EmbeddedPostgres>());
                connectionString = await embedded.StartAsync(bootstrap.Token).ConfigureAwait(false);
            }

            await PostgresSchema.ApplyAsync(connectionString, logger, bootstrap.Token).ConfigureAwait(false);

            var resolved = options with
            {
                SiloPort = FreePort.Resolve(options.SiloPort, options.AdvertiseAddress),
                GatewayPort = FreePort.Resolve(options.GatewayPort, options.AdvertiseAddress),
            };

            using var credentials = resolved.Role == NodeRole.Server ? ServerCredentials.Ensure(resolved, logger) : null;
            using var host = NodeApplication.Build(resolved, connectionString, credentials);
            if (resolved.Role == NodeRole.Server)
            {
                AnnounceServer(resolved, connectionString, credentials!, logger);
            }

            bootstrap.Token.ThrowIfCancellationRequested();
            sigint.Dispose();
            sigterm.Dispose();
            await host.RunAsync(CancellationToken.None).ConfigureAwait(false);
            return 0;
        }
        catch (OperationCanceledException) when (bootstrap.IsCancellationRequested)
        {
            LogInterrupted(logger);
            return 130;
        }
        catch (Exception e) when (e is PostgresNotFoundException or Npgsql.NpgsqlException or IOException or UnauthorizedAccessException)
        {
            LogStartFailed(logger, e.Message);
            await Console.Error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return 1;
        }
        finally
        {
            if (embedded is not null)
            {
                await embedded.StopAsync(CancellationToken.None).ConfigureAwait(false);
                await embedded.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static void AnnounceServer(NodeOptions options, string connectionString, ClusterCredentialSet credentials, ILogger logger)
    {
        var connectionFile = Path.Combine(options.DataDirectory, ConnectionFileName);
        File.WriteAllText(connectionFile, connectionString);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(connectionFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var kubeconfig = Path.Combine(options.DataDirectory, KubeconfigFileName);
        KubeconfigRenderer.Write(kubeconfig, ServerCredentials.ApiUrl(options.ApiEndpoint!), credentials.CaCertificatePem, credentials.AdminToken);
        LogServerStarting(logger, options.NodeName, options.ApiEndpoint!.ToString(), kubeconfig);
        LogAgentHint(logger, connectionFile);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "server {Node} starting; API on {Api}; kubeconfig at {Kubeconfig}")]
    private static partial void LogServerStarting(ILogger logger, string node, string api, string kubeconfig);

    [LoggerMessage(Level = LogLevel.Information, Message = "start an agent against this cluster with: grainorchestrator agent --postgres \"$(cat {ConnectionFile})\" --node-name <name> --silo-port <port> --gateway-port <port>")]
    private static partial void LogAgentHint(ILogger logger, string connectionFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "interrupted during start-up")]
    private static partial void LogInterrupted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "could not start: {Reason}")]
    private static partial void LogStartFailed(ILogger logger, string reason);
}
