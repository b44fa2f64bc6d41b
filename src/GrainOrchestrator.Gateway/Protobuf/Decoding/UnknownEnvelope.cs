using System.Text;
using GrainOrchestrator.Gateway.Protobuf.Wire;

namespace GrainOrchestrator.Gateway.Protobuf.Decoding;

/// <summary>
/// The <c>runtime.Unknown</c> message that follows the <c>k8s\0</c> magic: typeMeta
/// (1 apiVersion, 2 kind), 2 raw (the object's own encoding), 3 contentEncoding, 4 contentType.
/// </summary>
internal readonly ref struct UnknownEnvelope
{
    private const string Context = "runtime.Unknown";

    private UnknownEnvelope(string apiVersion, string kind, ReadOnlySpan<byte> raw, bool hasRaw, string contentEncoding)
    {
        ApiVersion = apiVersion;
        Kind = kind;
        Raw = raw;
        HasRaw = hasRaw;
        ContentEncoding = contentEncoding;
    }

    public string ApiVersion { get; }

    public string Kind { get; }

    public ReadOnlySpan<byte> Raw { get; }

    public bool HasRaw { get; }

    public string ContentEncoding { get; }

    public static UnknownEnvelope Parse(ReadOnlySpan<byte> data)
    {
        var reader = new ProtobufWireReader(data, Context);
        var apiVersion = string.Empty;
        var kind = string.Empty;
        var contentEncoding = string.Empty;
        ReadOnlySpan<byte> raw = default;
        var hasRaw = false;
        while (!reader.End)
        {
            var (number, wireType) = reader.ReadTag();
            if (number is >= 1 and <= 4 && wireType != ProtobufWireType.LengthDelimited)
            {
                throw new ProtobufDecodeException($"Invalid protobuf in {Context}: field {number} has wire type {(int)wireType}, expected 2.");
            }

            switch (number)
            {
                case 1:
                    (apiVersion, kind) = ParseTypeMeta(reader.ReadLengthDelimited());
                    break;
                case 2:
                    raw = reader.ReadLengthDelimited();
                    hasRaw = true;
                    break;
                case 3:
                    contentEncoding = Utf8(reader.ReadLengthDelimited());
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        return new UnknownEnvelope(apiVersion, kind, raw, hasRaw, contentEncoding);
    }

    private static (string ApiVersion, string Kind) ParseTypeMeta(ReadOnlySpan<byte> data)
    {
        var reader = new ProtobufWireReader(data, "runtime.TypeMeta");
        var apiVersion = string.Empty;
        var kind = string.Empty;
        while (!reader.End)
        {
            var (number, wireType) = reader.ReadTag();
            if (number is 1 or 2 && wireType == ProtobufWireType.LengthDelimited)
            {
                var value = Utf8(reader.ReadLengthDelimited());
                if (number == 1)
                {
                    apiVersion = value;
                }
                else
                {
                    kind = value;
                }
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        return (apiVersion, kind);
    }

    private static string Utf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new ProtobufDecodeException($"Invalid protobuf in {Context}: a string is not valid UTF-8.", ex);
        }
    }
}
