namespace GrainOrchestrator.Gateway.Protobuf.Schema;

/// <summary>Whether a field holds one value, a JSON array, or a map&lt;string, V&gt; (entries with key 1, value 2).</summary>
internal enum ProtobufCardinality
{
    Single,
    Repeated,
    Map,
}
