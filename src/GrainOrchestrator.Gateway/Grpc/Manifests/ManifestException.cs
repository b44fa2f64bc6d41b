namespace GrainOrchestrator.Gateway.Grpc.Manifests;

/// <summary>A manifest that cannot be read as objects (bad YAML/JSON, a document that is no object).</summary>
public sealed class ManifestException : Exception
{
    public ManifestException()
    {
    }

    public ManifestException(string message)
        : base(message)
    {
    }

    public ManifestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
