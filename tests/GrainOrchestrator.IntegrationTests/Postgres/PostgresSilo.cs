using System.Data.Common;
using System.Net;
using GrainOrchestrator.Host.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;

namespace GrainOrchestrator.IntegrationTests.Postgres;

/// <summary>A real Orleans silo on loopback whose clustering, grain state and reminders live in PostgreSQL.</summary>
public sealed class PostgresSilo : IAsyncDisposable
{
    private readonly IHost _host;

    static PostgresSilo()
    {
        // The ADO.NET providers resolve their connector by invariant name.
        DbProviderFactories.RegisterFactory("Npgsql", NpgsqlFactory.Instance);
    }

    private PostgresSilo(IHost host)
    {
        _host = host;
    }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    public static async Task<PostgresSilo> StartAsync(string connectionString, string clusterId, string siloName, CancellationToken ct)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = clusterId + "-service";
            });
            silo.Configure<SiloOptions>(o => o.SiloName = siloName);
            silo.ConfigureEndpoints(IPAddress.Loopback, PortFile.PickFree(), PortFile.PickFree());
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            silo.AddAdoNetGrainStorage("Default", o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
        });

        var host = builder.Build();
        await host.StartAsync(ct);
        return new PostgresSilo(host);
    }

    public async Task StopAsync() => await _host.StopAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
