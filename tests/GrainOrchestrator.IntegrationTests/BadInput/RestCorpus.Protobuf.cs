namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>Protobuf bodies (application/vnd.kubernetes.protobuf) that are garbage or lie about their content.</summary>
public static partial class RestCorpus
{
    private static IEnumerable<RestCase> Protobuf()
    {
        RestCase Proto(string label, Func<byte[]> body, IReadOnlyList<int> codes, string fragment, string url = "") =>
            Post($"protobuf: {label}", url.Length == 0 ? ConfigMaps : url, body, codes, fragment, Protobufs.MediaType);

        yield return Proto("random bytes", Bodies.RandomBytes(512, 1), [400], "protobuf");
        yield return Proto("random bytes after the magic", Bodies.RandomBytes(512, 2, Protobufs.Magic), [400], "protobuf");
        yield return Proto("only the magic", Bodies.Raw(Protobufs.Magic), [400], "protobuf");
        yield return Proto("a wrong magic", Bodies.Raw([.. "k8x\0"u8.ToArray(), .. Protobufs.ConfigMap("m")]), [400], "magic");
        yield return Proto("JSON sent as protobuf", Bodies.Utf8(ValidConfigMap), [400], "protobuf");
        yield return Proto("a length beyond the end", () => [.. Protobufs.Magic, 0x0A, 0xFF, 0x01, 0x0A], [400], "protobuf");
        yield return Proto("an overlong varint", () => [.. Protobufs.Magic, 0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01], [400], "protobuf");
        yield return Proto("a varint length of 2^63", () => [.. Protobufs.Magic, 0x12, .. Protobufs.Varint(1UL << 63), 0x00], [400], "protobuf");
        yield return Proto("a group wire type", () => [.. Protobufs.Magic, 0x0B, 0x0C], [400], "protobuf");
        yield return Proto("wire type 7", () => [.. Protobufs.Magic, 0x0F, 0x00], [400], "protobuf");
        yield return Proto("field number zero", () => [.. Protobufs.Magic, 0x02, 0x00], [400], "protobuf");
        yield return Proto("an unknown kind", () => Protobufs.Envelope("example.com/v1", "Widget", Protobufs.ConfigMap("w")), [400, 415], "Widget");
        yield return Proto("an envelope without a kind", () => Protobufs.Envelope("v1", string.Empty, Protobufs.ConfigMap("nokind")), [400], "kind");
        yield return Proto("an envelope without raw", () => Protobufs.Envelope("v1", "ConfigMap", null), [400], "object");
        yield return Proto("gzip content encoding", () => Protobufs.Envelope("v1", "ConfigMap", Protobufs.ConfigMap("gz"), "gzip"), [400, 415], "gzip");
        yield return Proto("raw garbage under a ConfigMap envelope", () => Protobufs.Envelope("v1", "ConfigMap", [0xFF, 0xFF, 0xFF, 0x0F]), [400], "protobuf");
        yield return Proto("raw with a length beyond the envelope", () => [.. Protobufs.Magic, .. Protobufs.Field(1, [.. Protobufs.Field(1, "v1"), .. Protobufs.Field(2, "ConfigMap")]), 0x12, 0x7F, 0x0A], [400], "protobuf");
        yield return Proto("a Secret envelope posted to configmaps", () => Protobufs.Envelope("v1", "Secret", Protobufs.ConfigMap("proto-secret")), [400], "Secret");
        yield return Proto("a ConfigMap with an invalid name", () => Protobufs.Envelope("v1", "ConfigMap", Protobufs.ConfigMap("Bad/Name")), [422], "metadata.name");
        yield return Proto("invalid UTF-8 in a string field", () => Protobufs.Envelope("v1", "ConfigMap", Protobufs.Field(1, Protobufs.Field(1, [0xC3, 0x28]))), [400, 422], "name");
        yield return Proto("a Deployment envelope at the deployments URL with garbage raw", () => Protobufs.Envelope("apps/v1", "Deployment", Protobufs.RandomBytesArray(64, 3)), [400], "protobuf", Deployments);
    }
}
