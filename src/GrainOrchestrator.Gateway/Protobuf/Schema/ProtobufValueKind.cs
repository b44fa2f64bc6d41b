namespace GrainOrchestrator.Gateway.Protobuf.Schema;

/// <summary>How one protobuf value becomes JSON. The last five are Kubernetes types with a custom JSON form.</summary>
internal enum ProtobufValueKind
{
    String,
    Int32,
    Int64,
    Bool,

    /// <summary>Raw bytes; base64 in JSON.</summary>
    Bytes,

    /// <summary>A nested message from the schema; a JSON object.</summary>
    Message,

    /// <summary>meta/v1 Time (seconds, nanos); RFC 3339 with second precision.</summary>
    Time,

    /// <summary>meta/v1 MicroTime (seconds, nanos); RFC 3339 with microseconds.</summary>
    MicroTime,

    /// <summary>intstr.IntOrString (type, intVal, strVal); a JSON number or string.</summary>
    IntOrString,

    /// <summary>resource.Quantity (string); a JSON string.</summary>
    Quantity,

    /// <summary>Embedded JSON bytes (meta/v1 FieldsV1); the parsed JSON value.</summary>
    RawJson,
}
