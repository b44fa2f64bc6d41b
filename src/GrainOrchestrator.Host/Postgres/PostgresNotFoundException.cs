namespace GrainOrchestrator.Host.Postgres;

/// <summary>The PostgreSQL server tools needed for the embedded database are not installed.</summary>
public sealed class PostgresNotFoundException : Exception
{
    public PostgresNotFoundException()
    {
    }

    public PostgresNotFoundException(string message)
        : base(message)
    {
    }

    public PostgresNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
