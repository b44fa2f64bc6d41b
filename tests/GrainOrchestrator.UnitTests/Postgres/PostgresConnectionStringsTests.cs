using GrainOrchestrator.Host.Postgres;
using Npgsql;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Postgres;

public sealed class PostgresConnectionStringsTests
{
    [Fact]
    public void Builds_a_loopback_connection_string()
    {
        var parsed = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.Build(15432, "grainorchestrator", "s3cr;et", "grainorchestrator"));

        parsed.Host.ShouldBe("127.0.0.1");
        parsed.Port.ShouldBe(15432);
        parsed.Username.ShouldBe("grainorchestrator");
        parsed.Password.ShouldBe("s3cr;et");
        parsed.Database.ShouldBe("grainorchestrator");
    }

    [Fact]
    public void Switching_database_keeps_server_and_credentials()
    {
        var original = PostgresConnectionStrings.Build(15432, "u", "p", "grainorchestrator");

        var parsed = new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.WithDatabase(original, "other"));

        parsed.Database.ShouldBe("other");
        parsed.Port.ShouldBe(15432);
        parsed.Username.ShouldBe("u");
        parsed.Password.ShouldBe("p");
    }
}
