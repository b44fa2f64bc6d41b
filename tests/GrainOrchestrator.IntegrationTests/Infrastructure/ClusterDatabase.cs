using Npgsql;

namespace GrainOrchestrator.IntegrationTests.Infrastructure;

/// <summary>Direct reads of what a <c>grainorchestrator</c> cluster keeps in PostgreSQL.</summary>
public static class ClusterDatabase
{
    public static async Task<IReadOnlyList<MembershipRow>> MembershipAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT siloname, address, port, generation, status FROM orleans_membership WHERE deploymentid = $1 ORDER BY siloname, generation",
            connection);
        command.Parameters.AddWithValue(OrleansTestClient.ClusterId);
        var rows = new List<MembershipRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new MembershipRow(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)));
        }

        return rows;
    }

    /// <summary>The newest row of a silo name (a restart on the same endpoint adds a generation).</summary>
    public static async Task<MembershipRow?> LatestAsync(string connectionString, string siloName) =>
        (await MembershipAsync(connectionString)).Where(r => r.SiloName == siloName).MaxBy(r => r.Generation);

    public static async Task<long> CountObjectsAsync(string connectionString, string resource)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM resource_objects WHERE resource = $1", connection);
        command.Parameters.AddWithValue(resource);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
