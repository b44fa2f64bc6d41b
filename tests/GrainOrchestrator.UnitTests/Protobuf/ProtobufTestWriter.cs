using System.Text;

namespace GrainOrchestrator.UnitTests.Protobuf;

/// <summary>A tiny protobuf writer for building request-body fixtures by field number.</summary>
internal sealed class ProtobufTestWriter
{
    private readonly List<byte> _bytes = [];

    public ProtobufTestWriter Tag(int field, int wireType)
    {
        RawVarint(((ulong)field << 3) | (uint)wireType);
        return this;
    }

    public ProtobufTestWriter RawVarint(ulong value)
    {
        while (value >= 0x80)
        {
            _bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        _bytes.Add((byte)value);
        return this;
    }

    public ProtobufTestWriter Raw(params byte[] bytes)
    {
        _bytes.AddRange(bytes);
        return this;
    }

    public ProtobufTestWriter Int(int field, long value) => Tag(field, 0).RawVarint(unchecked((ulong)value));

    public ProtobufTestWriter Bool(int field, bool value) => Int(field, value ? 1 : 0);

    public ProtobufTestWriter String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

    public ProtobufTestWriter Bytes(int field, byte[] value)
    {
        Tag(field, 2).RawVarint((ulong)value.Length);
        _bytes.AddRange(value);
        return this;
    }

    public ProtobufTestWriter Message(int field, Action<ProtobufTestWriter> build)
    {
        var inner = new ProtobufTestWriter();
        build(inner);
        return Bytes(field, inner.ToArray());
    }

    public ProtobufTestWriter Entry(int field, string key, string value) => Message(field, e => e.String(1, key).String(2, value));

    public ProtobufTestWriter Fixed32(int field, uint value)
    {
        Tag(field, 5);
        _bytes.AddRange(BitConverter.GetBytes(value));
        return this;
    }

    public ProtobufTestWriter Fixed64(int field, ulong value)
    {
        Tag(field, 1);
        _bytes.AddRange(BitConverter.GetBytes(value));
        return this;
    }

    public byte[] ToArray() => [.. _bytes];

    /// <summary>The request body kubectl sends: "k8s\0" + runtime.Unknown{typeMeta, raw, contentEncoding, contentType}.</summary>
    public static byte[] Envelope(string apiVersion, string kind, Action<ProtobufTestWriter> buildObject, string contentEncoding = "")
    {
        var envelope = new ProtobufTestWriter()
            .Message(1, t => t.String(1, apiVersion).String(2, kind))
            .Message(2, buildObject)
            .String(3, contentEncoding)
            .String(4, string.Empty);
        return [.. "k8s\0"u8, .. envelope.ToArray()];
    }

    /// <summary>ObjectMeta as Go's encoder writes it: every non-pointer field present, empty ones included.</summary>
    public ProtobufTestWriter GoObjectMeta(int field, string name, Action<ProtobufTestWriter>? more = null) =>
        Message(field, m =>
        {
            m.String(1, name).String(2, string.Empty).String(3, string.Empty).String(4, string.Empty)
                .String(5, string.Empty).String(6, string.Empty).Int(7, 0).Message(8, _ => { });
            more?.Invoke(m);
        });
}
