using System.CommandLine;
using System.CommandLine.Parsing;
using System.Net;
using GrainOrchestrator.Host.Configuration;

namespace GrainOrchestrator.Host.Cli;

/// <summary>Builds the <c>server</c> and <c>agent</c> commands and turns a parse result into <see cref="NodeOptions"/>.</summary>
public static class NodeCommandFactory
{
    public const string PostgresEnvironmentVariable = "GRAINORCHESTRATOR_POSTGRES";

    public static RootCommand CreateRoot(Func<NodeOptions, CancellationToken, Task<int>> run)
    {
        var root = new RootCommand("GrainOrchestrator: a container orchestrator with the Kubernetes API, built on Orleans.");
        root.Subcommands.Add(CreateCommand(NodeRole.Server, run));
        root.Subcommands.Add(CreateCommand(NodeRole.Agent, run));
        return root;
    }

    private static Command CreateCommand(NodeRole role, Func<NodeOptions, CancellationToken, Task<int>> run)
    {
        var isServer = role == NodeRole.Server;
        var command = new Command(
            isServer ? "server" : "agent",
            isServer
                ? "Run a silo, the Kubernetes API gateway and a node agent. Without --postgres it starts an embedded PostgreSQL in the data directory."
                : "Run a silo and a node agent that join the cluster through the shared PostgreSQL.");

        var dataDir = new Option<string>("--data-dir")
        {
            Description = "Directory for generated files (embedded PostgreSQL, kubeconfig, credentials).",
            DefaultValueFactory = _ => Path.Combine(".", ".grainorchestrator"),
        };
        var postgres = new Option<string?>("--postgres")
        {
            Description = $"Npgsql connection string of the shared PostgreSQL (or env {PostgresEnvironmentVariable})."
                + (isServer ? " Omit it to use the embedded one." : string.Empty),
            HelpName = "CONNSTR",
        };
        var nodeName = new Option<string>("--node-name")
        {
            Description = "Name of this node (also the silo name that node-local grains are pinned to).",
            DefaultValueFactory = _ => Environment.MachineName.ToLowerInvariant(),
        };
        nodeName.Validators.Add(ValidateNodeName);
        var siloPort = PortOption("--silo-port", "Port for silo-to-silo traffic (0 = pick a free port).", NodeOptions.DefaultSiloPort);
        var gatewayPort = PortOption("--gateway-port", "Port for Orleans clients (0 = pick a free port).", NodeOptions.DefaultGatewayPort);
        var advertise = new Option<IPAddress>("--advertise-address")
        {
            Description = "Address other silos use to reach this one.",
            DefaultValueFactory = _ => IPAddress.Loopback,
            CustomParser = ParseAddress,
            HelpName = "IP",
        };

        command.Options.Add(dataDir);
        command.Options.Add(postgres);
        command.Options.Add(nodeName);
        command.Options.Add(siloPort);
        command.Options.Add(gatewayPort);
        command.Options.Add(advertise);

        Option<IPEndPoint?> httpEndpoint = isServer
            ? new Option<IPEndPoint?>("--api-address")
            {
                Description = "Address:port of the Kubernetes API, health and metrics.",
                DefaultValueFactory = _ => new IPEndPoint(IPAddress.Loopback, 6443),
                CustomParser = ParseEndpoint,
                HelpName = "IP:PORT",
            }
            : new Option<IPEndPoint?>("--health-address")
            {
                Description = "Address:port for /livez, /readyz and /metrics (not served when omitted).",
                CustomParser = ParseEndpoint,
                HelpName = "IP:PORT",
            };
        command.Options.Add(httpEndpoint);

        var runtime = new Option<RuntimeKind>("--runtime")
        {
            Description = "Container runtime of this node's agent: docker, process or simulated.",
            DefaultValueFactory = _ => RuntimeKind.Docker,
            CustomParser = ParseRuntime,
            HelpName = "docker|process|simulated",
        };
        command.Options.Add(runtime);

        var metricsAnonymous = new Option<bool>("--metrics-anonymous")
        {
            Description = "Serve /metrics without a bearer token (for a Prometheus without credentials).",
        };
        if (isServer)
        {
            command.Options.Add(metricsAnonymous);
        }

        command.SetAction((result, cancellationToken) =>
        {
            var options = new NodeOptions
            {
                Role = role,
                DataDirectory = Path.GetFullPath(result.GetRequiredValue(dataDir)),
                PostgresConnectionString = NullIfBlank(result.GetValue(postgres))
                    ?? NullIfBlank(Environment.GetEnvironmentVariable(PostgresEnvironmentVariable)),
                NodeName = result.GetRequiredValue(nodeName),
                SiloPort = result.GetValue(siloPort),
                GatewayPort = result.GetValue(gatewayPort),
                AdvertiseAddress = result.GetRequiredValue(advertise),
                ApiEndpoint = isServer ? result.GetValue(httpEndpoint) : null,
                HealthEndpoint = isServer ? null : result.GetValue(httpEndpoint),
                Runtime = result.GetValue(runtime),
                MetricsAnonymous = isServer && result.GetValue(metricsAnonymous),
            };
            return run(options, cancellationToken);
        });
        return command;
    }

    private static Option<int> PortOption(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            HelpName = "PORT",
        };
        option.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<int>();
            if (value is < 0 or > 65535)
            {
                r.AddError($"{name} must be between 0 and 65535, got {value}.");
            }
        });
        return option;
    }

    private static void ValidateNodeName(OptionResult result)
    {
        var value = result.GetValueOrDefault<string>();
        if (!NodeNameRules.IsValid(value, out var reason))
        {
            result.AddError($"--node-name '{value}' is not a valid node name: {reason}");
        }
    }

    private static RuntimeKind ParseRuntime(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (Enum.TryParse<RuntimeKind>(text, ignoreCase: true, out var kind) && !int.TryParse(text, out _))
        {
            return kind;
        }

        result.AddError($"--runtime '{text}' is not supported; use docker, process or simulated.");
        return default;
    }

    private static IPAddress ParseAddress(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (IPAddress.TryParse(text, out var address))
        {
            return address;
        }

        result.AddError($"'{text}' is not an IP address.");
        return IPAddress.None;
    }

    private static IPEndPoint? ParseEndpoint(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (EndpointParser.TryParse(text, out var endpoint, out var error))
        {
            return endpoint;
        }

        var name = result.Parent is OptionResult o ? o.Option.Name : "address";
        result.AddError($"{name} '{text}': {error}");
        return null;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
