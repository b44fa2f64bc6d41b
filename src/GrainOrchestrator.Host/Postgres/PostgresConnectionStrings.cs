using Npgsql;

namespace GrainOrchestrator.Host.Postgres;

/// <summary>Builds the Npgsql connection strings for a loopback PostgreSQL.</summary>
internal static class PostgresConnectionStrings
{
    internal const string Host = "127.0.0.1";

    internal static string Build(int port, string username, string password, string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = Host,
            Port = port,
            Username = username,
            Password = password,
            Database = database,
        }.ConnectionString;

    /// <summary>The same server and credentials, another database.</summary>
    internal static string WithDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;
}
