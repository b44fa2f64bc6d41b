using System.Text.Json.Nodes;
using GrainOrchestrator.Gateway.Protobuf.Decoding;
using GrainOrchestrator.Gateway.Protobuf.Schema;

namespace GrainOrchestrator.Gateway.Protobuf;

/// <summary>
/// Request bodies in <c>application/vnd.kubernetes.protobuf</c>, as kubectl's typed generators
/// (<c>kubectl create deployment</c>, <c>run</c>, …) send them: the magic <c>k8s\0</c>, then a
/// <c>runtime.Unknown</c> envelope whose raw bytes are the object's protobuf encoding.
/// </summary>
public static class KubernetesProtobuf
{
    public const string MediaType = "application/vnd.kubernetes.protobuf";

    private static ReadOnlySpan<byte> Magic => "k8s\0"u8;

    private static readonly ProtobufJsonDecoder Decoder = new(ProtobufSchema.Kubernetes);

    /// <summary>Whether a Content-Type header names the Kubernetes protobuf media type (parameters ignored).</summary>
    public static bool IsProtobuf(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        var mediaType = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim();
        return mediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The object's JSON form (apiVersion and kind from the envelope, then its fields under their
    /// Kubernetes JSON names). Throws <see cref="ProtobufDecodeException"/> for malformed input,
    /// an encoded (e.g. gzip) envelope, or a kind this decoder has no schema for.
    /// </summary>
    public static JsonObject Decode(ReadOnlySpan<byte> body)
    {
        if (!body.StartsWith(Magic))
        {
            throw new ProtobufDecodeException("Invalid protobuf body: it does not start with the Kubernetes magic prefix \"k8s\\0\".");
        }

        var envelope = UnknownEnvelope.Parse(body[Magic.Length..]);
        if (envelope.ApiVersion.Length == 0 || envelope.Kind.Length == 0)
        {
            throw new ProtobufDecodeException("Invalid protobuf body: the envelope carries no apiVersion and kind.");
        }

        if (envelope.ContentEncoding.Length > 0)
        {
            throw new ProtobufDecodeException($"Unsupported protobuf body: content encoding '{envelope.ContentEncoding}' is not supported.");
        }

        if (!envelope.HasRaw)
        {
            throw new ProtobufDecodeException($"Invalid protobuf body: the envelope for {envelope.Kind} carries no object.");
        }

        if (!ProtobufSchema.Kubernetes.TryGetKind(envelope.ApiVersion, envelope.Kind, out var message))
        {
            throw new ProtobufDecodeException(
                $"Unsupported protobuf body: kind '{envelope.Kind}' in '{envelope.ApiVersion}' cannot be decoded from protobuf; send it as JSON.");
        }

        var fields = Decoder.Decode(envelope.Raw, message);
        var result = new JsonObject
        {
            ["apiVersion"] = envelope.ApiVersion,
            ["kind"] = envelope.Kind,
        };
        foreach (var (name, value) in fields.ToList())
        {
            fields.Remove(name);
            result[name] = value;
        }

        return result;
    }
}
