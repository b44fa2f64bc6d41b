using System.Buffers.Binary;
using System.Globalization;

namespace GrainOrchestrator.Gateway.Protobuf.Wire;

/// <summary>
/// Reads the protobuf wire format from one message's bytes. Every read checks the bounds and
/// reports where the input went wrong, so hostile bodies end in a <see cref="ProtobufDecodeException"/>.
/// </summary>
internal ref struct ProtobufWireReader
{
    private const int MaxVarintBytes = 10;
    private const ulong MaxFieldNumber = (1UL << 29) - 1;

    private readonly ReadOnlySpan<byte> _buffer;
    private readonly string _context;
    private int _position;

    public ProtobufWireReader(ReadOnlySpan<byte> buffer, string context)
    {
        _buffer = buffer;
        _context = context;
        _position = 0;
    }

    public readonly bool End => _position >= _buffer.Length;

    /// <summary>Reads a tag; rejects field number 0, groups and the undefined wire types 6 and 7.</summary>
    public (int Number, ProtobufWireType WireType) ReadTag()
    {
        var start = _position;
        var tag = ReadVarint();
        var wireType = (int)(tag & 7);
        var number = tag >> 3;
        if (number == 0 || number > MaxFieldNumber)
        {
            throw Error(start, $"invalid field number {number.ToString(CultureInfo.InvariantCulture)}");
        }

        return wireType switch
        {
            0 or 1 or 2 or 5 => ((int)number, (ProtobufWireType)wireType),
            3 or 4 => throw Error(start, $"field {number.ToString(CultureInfo.InvariantCulture)} uses wire type {wireType.ToString(CultureInfo.InvariantCulture)} (groups are not supported)"),
            _ => throw Error(start, $"field {number.ToString(CultureInfo.InvariantCulture)} has invalid wire type {wireType.ToString(CultureInfo.InvariantCulture)}"),
        };
    }

    public ulong ReadVarint()
    {
        var start = _position;
        ulong result = 0;
        for (var i = 0; i < MaxVarintBytes; i++)
        {
            if (_position >= _buffer.Length)
            {
                throw Error(start, "truncated varint");
            }

            var b = _buffer[_position++];
            if (i == MaxVarintBytes - 1 && b > 1)
            {
                throw Error(start, "varint overflows 64 bits");
            }

            result |= (ulong)(b & 0x7F) << (7 * i);
            if (b < 0x80)
            {
                return result;
            }
        }

        throw Error(start, "varint longer than 10 bytes");
    }

    public ReadOnlySpan<byte> ReadLengthDelimited()
    {
        var start = _position;
        var length = ReadVarint();
        var remaining = (ulong)(_buffer.Length - _position);
        if (length > remaining)
        {
            throw Error(start, $"length {length.ToString(CultureInfo.InvariantCulture)} exceeds the {remaining.ToString(CultureInfo.InvariantCulture)} remaining bytes");
        }

        var slice = _buffer.Slice(_position, (int)length);
        _position += (int)length;
        return slice;
    }

    public ulong ReadFixed64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public uint ReadFixed32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

    /// <summary>Skips a value of a field the schema does not know (forward compatibility).</summary>
    public void Skip(ProtobufWireType wireType)
    {
        switch (wireType)
        {
            case ProtobufWireType.Varint:
                ReadVarint();
                break;
            case ProtobufWireType.Fixed64:
                Take(8);
                break;
            case ProtobufWireType.LengthDelimited:
                ReadLengthDelimited();
                break;
            case ProtobufWireType.Fixed32:
                Take(4);
                break;
            default:
                throw Error(_position, $"cannot skip wire type {((int)wireType).ToString(CultureInfo.InvariantCulture)}");
        }
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (_buffer.Length - _position < count)
        {
            throw Error(_position, $"truncated fixed{(count * 8).ToString(CultureInfo.InvariantCulture)} value");
        }

        var slice = _buffer.Slice(_position, count);
        _position += count;
        return slice;
    }

    private readonly ProtobufDecodeException Error(int offset, string problem) =>
        new($"Invalid protobuf in {_context} at byte {offset.ToString(CultureInfo.InvariantCulture)}: {problem}.");
}
