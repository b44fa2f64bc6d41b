using System.Globalization;

namespace GrainOrchestrator.Gateway.Protobuf.Decoding;

/// <summary>The JSON forms of meta/v1 Time (whole seconds) and MicroTime (microseconds), always in UTC.</summary>
internal static class KubernetesTimeFormat
{
    private const long MinSeconds = -62135596800; // 0001-01-01T00:00:00Z
    private const long MaxSeconds = 253402300799; // 9999-12-31T23:59:59Z

    public static string Format(long seconds, int nanos, bool micro, string context)
    {
        if (seconds is < MinSeconds or > MaxSeconds)
        {
            throw new ProtobufDecodeException($"Invalid protobuf in {context}: timestamp seconds {seconds.ToString(CultureInfo.InvariantCulture)} are out of range.");
        }

        if (nanos is < 0 or > 999_999_999)
        {
            throw new ProtobufDecodeException($"Invalid protobuf in {context}: timestamp nanos {nanos.ToString(CultureInfo.InvariantCulture)} are out of range.");
        }

        var time = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (!micro)
        {
            return time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        return time.AddTicks(nanos / 100).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
    }
}
