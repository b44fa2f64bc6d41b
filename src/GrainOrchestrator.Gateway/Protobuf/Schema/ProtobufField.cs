namespace GrainOrchestrator.Gateway.Protobuf.Schema;

/// <summary>
/// One field of a message: its number, its JSON name and how its value is decoded.
/// <see cref="KeepZero"/> marks Go pointer fields (and a few required ones) where a zero value
/// is meaningful: the Go encoder writes non-pointer scalars even when they are zero, and Go's
/// JSON omits those, so zeros are dropped unless the field is marked.
/// <see cref="Inline"/> marks embedded structs whose fields JSON flattens into the parent.
/// </summary>
internal sealed record ProtobufField(int Number, string JsonName, ProtobufValueKind Kind, string? MessageType = null)
{
    public ProtobufCardinality Cardinality { get; init; } = ProtobufCardinality.Single;

    public bool KeepZero { get; init; }

    public bool Inline { get; init; }

    public ProtobufField Repeated() => this with { Cardinality = ProtobufCardinality.Repeated };

    public ProtobufField Map() => this with { Cardinality = ProtobufCardinality.Map };

    public ProtobufField KeepZeroValue() => this with { KeepZero = true };

    public ProtobufField Inlined() => this with { Inline = true };
}
