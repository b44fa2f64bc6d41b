namespace GrainOrchestrator.Gateway.Protobuf;

/// <summary>A Kubernetes protobuf request body that cannot be turned into an object (malformed, unsupported or unknown kind).</summary>
public sealed class ProtobufDecodeException : Exception
{
    public ProtobufDecodeException()
    {
    }

    public ProtobufDecodeException(string message)
        : base(message)
    {
    }

    public ProtobufDecodeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
