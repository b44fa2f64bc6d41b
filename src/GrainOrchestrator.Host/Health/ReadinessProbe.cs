using Npgsql;
using Orleans.Runtime;

namespace GrainOrchestrator.Host.Health;

/// <summary>Ready means: this silo is Active in cluster membership and PostgreSQL answers.</summary>
public sealed class ReadinessProbe(
    IClusterMembershipService membership,
    ILocalSiloDetails localSilo,
    NpgsqlDataSource dataSource)
{
    private static readonly TimeSpan StorageTimeout = TimeSpan.FromSeconds(3);

    public async Task<ReadinessReport> CheckAsync(CancellationToken cancellationToken)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(localSilo.SiloAddress);
        var siloCheck = new ReadinessCheck("silo", status == SiloStatus.Active, $"silo {localSilo.SiloAddress} is {status}");
        var storageCheck = await CheckStorageAsync(cancellationToken).ConfigureAwait(false);
        return new ReadinessReport([siloCheck, storageCheck]);
    }

    private async Task<ReadinessCheck> CheckStorageAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StorageTimeout);
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token).ConfigureAwait(false);
            return new ReadinessCheck("storage", true, "postgresql answers");
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            return new ReadinessCheck("storage", false, $"postgresql: {e.Message}");
        }
    }
}
