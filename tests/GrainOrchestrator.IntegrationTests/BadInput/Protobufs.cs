using System.Text;

namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>
/// Hand-built protobuf bodies: the Kubernetes magic <c>k8s\0</c> and a <c>runtime.Unknown</c>
/// envelope (1 typeMeta {1 apiVersion, 2 kind}, 2 raw, 3 contentEncoding), valid or broken.
/// </summary>
public static class Protobufs
{
    public const string MediaType = "application/vnd.kubernetes.protobuf";

    public static readonly byte[] Magic = [(byte)'k', (byte)'8', (byte)'s', 0];

    public static byte[] Varint(ulong value)
    {
        var bytes = new List<byte>();
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value == 0 ? b : (byte)(b | 0x80));
        }
        while (value != 0);
        return [.. bytes];
    }

    public static byte[] Field(int number, byte[] payload) =>
        [.. Varint(((ulong)number << 3) | 2), .. Varint((ulong)payload.Length), .. payload];

    public static byte[] Field(int number, string text) => Field(number, Encoding.UTF8.GetBytes(text));

    public static byte[] Envelope(string apiVersion, string kind, byte[]? raw, string? contentEncoding = null) =>
        [
            .. Magic,
            .. Field(1, [.. Field(1, apiVersion), .. Field(2, kind)]),
            .. raw is null ? [] : Field(2, raw),
            .. contentEncoding is null ? [] : Field(3, contentEncoding),
        ];

    /// <summary>A ConfigMap message: 1 metadata {1 name}, 2 data map entry {1 key, 2 value}.</summary>
    public static byte[] ConfigMap(string name) =>
        [.. Field(1, Field(1, name)), .. Field(2, [.. Field(1, "k"), .. Field(2, "v")])];

    public static byte[] RandomBytesArray(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
