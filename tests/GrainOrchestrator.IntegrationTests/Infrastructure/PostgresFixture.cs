using System.Globalization;
using System.Text;
using GrainOrchestrator.Host.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit;

namespace GrainOrchestrator.IntegrationTests.Infrastructure;

/// <summary>
/// One throwaway embedded PostgreSQL per test run (an assembly fixture). Tests that need
/// isolation ask for their own empty database with <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private readonly TempDirectory _directory = new("grainorchestrator-it");
    private EmbeddedPostgres? _postgres;
    private string? _connectionString;

    /// <summary>Superuser connection to the <c>grainorchestrator</c> database.</summary>
    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async ValueTask InitializeAsync()
    {
        _postgres = new EmbeddedPostgres(Path.Combine(_directory.Path, "postgres"), NullLogger<EmbeddedPostgres>.Instance);
        _connectionString = await _postgres.StartAsync(CancellationToken.None);
    }

    /// <summary>Creates a new empty database named after <paramref name="prefix"/> and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = DatabaseName(prefix);
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return PostgresConnectionStrings.WithDatabase(ConnectionString, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        _directory.Dispose();
    }

    /// <summary>Lower-case letters, digits and underscores from the prefix plus a unique suffix.</summary>
    private static string DatabaseName(string prefix)
    {
        var cleaned = new StringBuilder();
        foreach (var c in prefix.ToLowerInvariant())
        {
            cleaned.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '_');
        }

        var head = cleaned.Length > 40 ? cleaned.ToString(0, 40) : cleaned.ToString();
        return string.Create(CultureInfo.InvariantCulture, $"{head}_{Guid.NewGuid():N}")[..Math.Min(head.Length + 13, 63)];
    }
}
