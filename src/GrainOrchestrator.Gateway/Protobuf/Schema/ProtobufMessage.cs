using System.Collections.Frozen;

namespace GrainOrchestrator.Gateway.Protobuf.Schema;

/// <summary>A message type: its short name (e.g. <c>core.v1.Container</c>) and its fields by number.</summary>
internal sealed class ProtobufMessage
{
    private readonly FrozenDictionary<int, ProtobufField> _fields;

    public ProtobufMessage(string name, IEnumerable<ProtobufField> fields)
    {
        Name = name;
        Fields = [.. fields];
        _fields = Fields.ToFrozenDictionary(f => f.Number);
    }

    public string Name { get; }

    public IReadOnlyList<ProtobufField> Fields { get; }

    public bool TryGetField(int number, out ProtobufField field) => _fields.TryGetValue(number, out field!);
}
