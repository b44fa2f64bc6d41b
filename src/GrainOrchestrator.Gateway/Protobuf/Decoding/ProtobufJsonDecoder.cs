using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Protobuf.Schema;
using GrainOrchestrator.Gateway.Protobuf.Wire;

namespace GrainOrchestrator.Gateway.Protobuf.Decoding;

/// <summary>
/// Turns one message's protobuf bytes into its Kubernetes JSON form, driven by a <see cref="ProtobufSchema"/>.
/// Unknown field numbers are skipped; a repeated non-repeated field keeps the last value (protobuf's rule).
/// </summary>
internal sealed class ProtobufJsonDecoder
{
    /// <summary>Far above the deepest Kubernetes object (about 15 levels), far below the stack limit.</summary>
    public const int DefaultMaxDepth = 64;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ProtobufSchema _schema;
    private readonly int _maxDepth;

    public ProtobufJsonDecoder(ProtobufSchema schema, int maxDepth = DefaultMaxDepth)
    {
        _schema = schema;
        _maxDepth = maxDepth;
    }

    public JsonObject Decode(ReadOnlySpan<byte> data, ProtobufMessage message)
    {
        var result = new JsonObject();
        DecodeInto(result, data, message, depth: 1);
        return result;
    }

    private void DecodeInto(JsonObject target, ReadOnlySpan<byte> data, ProtobufMessage message, int depth)
    {
        if (depth > _maxDepth)
        {
            throw new ProtobufDecodeException($"Invalid protobuf in {message.Name}: messages are nested deeper than {_maxDepth.ToString(CultureInfo.InvariantCulture)} levels.");
        }

        var reader = new ProtobufWireReader(data, message.Name);
        while (!reader.End)
        {
            var (number, wireType) = reader.ReadTag();
            if (!message.TryGetField(number, out var field))
            {
                reader.Skip(wireType);
                continue;
            }

            switch (field.Cardinality)
            {
                case ProtobufCardinality.Repeated:
                    ReadRepeated(ref reader, wireType, field, message, GetOrAdd(target, field.JsonName, static () => new JsonArray()), depth);
                    break;
                case ProtobufCardinality.Map:
                    Expect(wireType, ProtobufWireType.LengthDelimited, field, message);
                    ReadMapEntry(reader.ReadLengthDelimited(), field, message, GetOrAdd(target, field.JsonName, static () => new JsonObject()), depth);
                    break;
                case ProtobufCardinality.Single when field.Inline:
                    // Go embeds these structs with `json:",inline"`: their fields belong to the parent object.
                    Expect(wireType, ProtobufWireType.LengthDelimited, field, message);
                    DecodeInto(target, reader.ReadLengthDelimited(), _schema.Get(field.MessageType!), depth + 1);
                    break;
                default:
                    var value = ReadValue(ref reader, wireType, field, message, depth, out var isZero);
                    if (value is null || (isZero && !field.KeepZero))
                    {
                        target.Remove(field.JsonName);
                    }
                    else
                    {
                        target[field.JsonName] = value;
                    }

                    break;
            }
        }
    }

    private void ReadRepeated(ref ProtobufWireReader reader, ProtobufWireType wireType, ProtobufField field, ProtobufMessage message, JsonArray array, int depth)
    {
        if (wireType == ProtobufWireType.LengthDelimited && IsVarintKind(field.Kind))
        {
            // Packed encoding: one length-delimited run of varints.
            var packed = new ProtobufWireReader(reader.ReadLengthDelimited(), message.Name + "." + field.JsonName);
            while (!packed.End)
            {
                array.Add(VarintToJson(packed.ReadVarint(), field.Kind));
            }

            return;
        }

        array.Add(ReadValue(ref reader, wireType, field, message, depth, out _));
    }

    private void ReadMapEntry(ReadOnlySpan<byte> entry, ProtobufField field, ProtobufMessage message, JsonObject map, int depth)
    {
        var context = message.Name + "." + field.JsonName;
        var reader = new ProtobufWireReader(entry, context);
        var key = string.Empty;
        JsonNode? value = null;
        var hasValue = false;
        while (!reader.End)
        {
            var (number, wireType) = reader.ReadTag();
            switch (number)
            {
                case 1:
                    Expect(wireType, ProtobufWireType.LengthDelimited, field, message);
                    key = DecodeString(reader.ReadLengthDelimited(), context);
                    break;
                case 2:
                    value = ReadValue(ref reader, wireType, field, message, depth, out _);
                    hasValue = true;
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        // An absent value is the value type's zero, as in every protobuf map.
        map[key] = hasValue ? value : ZeroValue(field.Kind);
    }

    private JsonNode? ReadValue(ref ProtobufWireReader reader, ProtobufWireType wireType, ProtobufField field, ProtobufMessage message, int depth, out bool isZero)
    {
        isZero = false;
        var context = message.Name + "." + field.JsonName;
        if (IsVarintKind(field.Kind))
        {
            Expect(wireType, ProtobufWireType.Varint, field, message);
            var raw = reader.ReadVarint();
            isZero = raw == 0;
            return VarintToJson(raw, field.Kind);
        }

        Expect(wireType, ProtobufWireType.LengthDelimited, field, message);
        var bytes = reader.ReadLengthDelimited();
        switch (field.Kind)
        {
            case ProtobufValueKind.String:
                isZero = bytes.IsEmpty;
                return JsonValue.Create(DecodeString(bytes, context));
            case ProtobufValueKind.Bytes:
                isZero = bytes.IsEmpty;
                return JsonValue.Create(Convert.ToBase64String(bytes));
            case ProtobufValueKind.Message:
                var nested = new JsonObject();
                DecodeInto(nested, bytes, _schema.Get(field.MessageType!), depth + 1);
                return nested;
            case ProtobufValueKind.Time:
            case ProtobufValueKind.MicroTime:
                // Go writes the zero time as an empty message; its JSON is null, so the field is left out.
                return bytes.IsEmpty ? null : DecodeTime(bytes, field.Kind == ProtobufValueKind.MicroTime, context);
            case ProtobufValueKind.IntOrString:
                return DecodeIntOrString(bytes, context);
            case ProtobufValueKind.Quantity:
                return JsonValue.Create(DecodeQuantity(bytes, context));
            case ProtobufValueKind.RawJson:
                return bytes.IsEmpty ? null : DecodeRawJson(bytes, context);
            default:
                throw new InvalidOperationException($"Unhandled value kind {field.Kind}.");
        }
    }

    private static bool IsVarintKind(ProtobufValueKind kind) =>
        kind is ProtobufValueKind.Int32 or ProtobufValueKind.Int64 or ProtobufValueKind.Bool;

    private static JsonNode VarintToJson(ulong raw, ProtobufValueKind kind) => kind switch
    {
        // int32 negatives arrive sign-extended to 64 bits; truncation restores them.
        ProtobufValueKind.Int32 => JsonValue.Create(unchecked((int)raw)),
        ProtobufValueKind.Int64 => JsonValue.Create(unchecked((long)raw)),
        _ => JsonValue.Create(raw != 0),
    };

    private static JsonNode? ZeroValue(ProtobufValueKind kind) => kind switch
    {
        ProtobufValueKind.String or ProtobufValueKind.Bytes => JsonValue.Create(string.Empty),
        ProtobufValueKind.Int32 or ProtobufValueKind.Int64 => JsonValue.Create(0),
        ProtobufValueKind.Bool => JsonValue.Create(false),
        ProtobufValueKind.Quantity => JsonValue.Create("0"),
        ProtobufValueKind.Message => new JsonObject(),
        _ => null,
    };

    private static void Expect(ProtobufWireType actual, ProtobufWireType expected, ProtobufField field, ProtobufMessage message)
    {
        if (actual != expected)
        {
            throw new ProtobufDecodeException(
                $"Invalid protobuf in {message.Name}: field {field.Number.ToString(CultureInfo.InvariantCulture)} ({field.JsonName}) has wire type {(int)actual} ({actual}), expected {(int)expected} ({expected}).");
        }
    }

    private static string DecodeString(ReadOnlySpan<byte> bytes, string context)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new ProtobufDecodeException($"Invalid protobuf in {context}: a string is not valid UTF-8.", ex);
        }
    }

    private static string DecodeTime(ReadOnlySpan<byte> bytes, bool micro, string context)
    {
        var reader = new ProtobufWireReader(bytes, context);
        long seconds = 0;
        var nanos = 0;
        while (!reader.End)
        {
            var (number, wireType) = reader.ReadTag();
            if (number is 1 or 2 && wireType == ProtobufWireType.Varint)
            {
                var raw = reader.ReadVarint();
                if (number == 1)
                {
                    seconds = unchecked((long)raw);
                }
                else
                {
                    nanos = unchecked((int)raw);
                }
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return KubernetesTimeFormat.Format(seconds, nanos, micro, context);
    }

    private static JsonNode DecodeIntOrString(ReadOnlySpan<byte> bytes, string context)
    {
        var reader = new ProtobufWireReader(bytes, context);
        long type = 0;
        var intValue = 0;
        var stringValue = string.Empty;
        while (!reader.End)
        {
            var (number, wireType) = reader.ReadTag();
            switch (number, wireType)
            {
                case (1, ProtobufWireType.Varint):
                    type = unchecked((long)reader.ReadVarint());
                    break;
                case (2, ProtobufWireType.Varint):
                    intValue = unchecked((int)reader.ReadVarint());
                    break;
                case (3, ProtobufWireType.LengthDelimited):
                    stringValue = DecodeString(reader.ReadLengthDelimited(), context);
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        return type switch
        {
            0 => JsonValue.Create(intValue),
            1 => JsonValue.Create(stringValue),
            _ => throw new ProtobufDecodeException($"Invalid protobuf in {context}: IntOrString type {type.ToString(CultureInfo.InvariantCulture)} is neither 0 (int) nor 1 (string)."),
        };
    }

    private static string DecodeQuantity(ReadOnlySpan<byte> bytes, string context)
    {
        var reader = new ProtobufWireReader(bytes, context);
        var value = "0";
        while (!reader.End)
        {
            var (number, wireType) = reader.ReadTag();
            if (number == 1 && wireType == ProtobufWireType.LengthDelimited)
            {
                value = DecodeString(reader.ReadLengthDelimited(), context);
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return value;
    }

    private static JsonNode? DecodeRawJson(ReadOnlySpan<byte> bytes, string context)
    {
        var reader = new ProtobufWireReader(bytes, context);
        JsonNode? value = null;
        while (!reader.End)
        {
            var (number, wireType) = reader.ReadTag();
            if (number == 1 && wireType == ProtobufWireType.LengthDelimited)
            {
                var json = reader.ReadLengthDelimited();
                try
                {
                    value = json.IsEmpty ? null : JsonNode.Parse(json);
                }
                catch (JsonException ex)
                {
                    throw new ProtobufDecodeException($"Invalid protobuf in {context}: the embedded JSON is malformed ({ex.Message}).", ex);
                }
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return value;
    }

    private static T GetOrAdd<T>(JsonObject target, string name, Func<T> create)
        where T : JsonNode
    {
        if (target[name] is T existing)
        {
            return existing;
        }

        var created = create();
        target[name] = created;
        return created;
    }
}
