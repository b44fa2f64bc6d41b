namespace GrainOrchestrator.Gateway.Protobuf.Schema;

/// <summary>Short constructors that keep the schema tables in <c>Messages/</c> readable.</summary>
internal static class ProtobufFieldFactory
{
    public static ProtobufMessage Define(string name, params ProtobufField[] fields) => new(name, fields);

    public static ProtobufField Str(int number, string jsonName) => new(number, jsonName, ProtobufValueKind.String);

    public static ProtobufField Int32(int number, string jsonName) => new(number, jsonName, ProtobufValueKind.Int32);

    public static ProtobufField Int64(int number, string jsonName) => new(number, jsonName, ProtobufValueKind.Int64);

    public static ProtobufField Bool(int number, string jsonName) => new(number, jsonName, ProtobufValueKind.Bool);

    public static ProtobufField Bytes(int number, string jsonName) => new(number, jsonName, ProtobufValueKind.Bytes);

    public static ProtobufField Message(int number, string jsonName, string messageType) => new(number, jsonName, ProtobufValueKind.Message, messageType);

    public static ProtobufField Time(int number, string jsonName) => new(number, jsonName, ProtobufValueKind.Time);

    public static ProtobufField MicroTime(int number, string jsonName) => new(number, jsonName, ProtobufValueKind.MicroTime);

    public static ProtobufField IntOrString(int number, string jsonName) => new(number, jsonName, ProtobufValueKind.IntOrString);

    public static ProtobufField Quantity(int number, string jsonName) => new(number, jsonName, ProtobufValueKind.Quantity);

    public static ProtobufField RawJson(int number, string jsonName) => new(number, jsonName, ProtobufValueKind.RawJson);
}
