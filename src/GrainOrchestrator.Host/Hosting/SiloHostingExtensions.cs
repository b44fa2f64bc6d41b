using System.Data.Common;
using System.Net;
using GrainOrchestrator.ApiMachinery.Hosting;
using GrainOrchestrator.Host.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans.Configuration;

namespace GrainOrchestrator.Host.Hosting;

/// <summary>Configures the Orleans silo of a server or agent on the shared PostgreSQL.</summary>
public static class SiloHostingExtensions
{
    /// <summary>The ADO.NET invariant Orleans resolves to Npgsql.</summary>
    public const string Invariant = "Npgsql";

    public static IHostApplicationBuilder AddGrainOrchestratorSilo(this IHostApplicationBuilder builder, NodeOptions options, string connectionString)
    {
        // Orleans resolves its provider through DbProviderFactories; register Npgsql explicitly.
        DbProviderFactories.RegisterFactory(Invariant, NpgsqlFactory.Instance);

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = options.ClusterId;
            });
            silo.Configure<SiloOptions>(o => o.SiloName = options.NodeName);
            silo.ConfigureEndpoints(
                options.AdvertiseAddress,
                options.SiloPort,
                options.GatewayPort,
                listenOnAnyHostAddress: !IPAddress.IsLoopback(options.AdvertiseAddress));

            // Fail over in seconds rather than the default tens of seconds: a dead node's work
            // should come back elsewhere quickly.
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(2);
                o.NumMissedProbesLimit = 3;
                o.NumVotesForDeathDeclaration = 1;
                o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(10);
                o.DefunctSiloCleanupPeriod = TimeSpan.FromHours(1);
                o.DefunctSiloExpiration = TimeSpan.FromHours(2);
            });

            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = connectionString;
            });
            silo.AddAdoNetGrainStorageAsDefault(o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = connectionString;
            });
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = Invariant;
                o.ConnectionString = connectionString;
            });
            silo.AddActivityPropagation();
        });

        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        builder.Services.AddApiMachinery().AddPostgresResourceStore();
        return builder;
    }
}
