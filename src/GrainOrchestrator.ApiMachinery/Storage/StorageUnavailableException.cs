namespace GrainOrchestrator.ApiMachinery.Storage;

/// <summary>PostgreSQL did not take a write; nothing was acknowledged.</summary>
[GenerateSerializer]
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
