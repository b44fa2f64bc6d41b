using GrainOrchestrator.Gateway.Protobuf;

namespace GrainOrchestrator.UnitTests.Protobuf;

/// <summary>Malformed or unsupported bodies end in a <see cref="ProtobufDecodeException"/> whose message says what is wrong.</summary>
public sealed class KubernetesProtobufMalformedTests
{
    private static readonly byte[] Magic = [.. "k8s\0"u8];

    private static readonly Dictionary<string, (byte[] Body, string Message)> Cases = new()
    {
        ["empty body"] = ([], "magic prefix"),
        ["magic cut short"] = ([.. "k8s"u8], "magic prefix"),
        ["JSON instead of protobuf"] = ([.. """{"kind":"Namespace"}"""u8], "magic prefix"),
        ["truncated varint"] = ([.. Magic, 0x0A, 0xFF], "truncated varint"),
        ["varint longer than 64 bits"] = ([.. Magic, 0x48, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F], "varint overflows 64 bits"),
        ["length beyond the end"] = ([.. Magic, 0x0A, 0x05, 0x01], "length 5 exceeds the 1 remaining bytes"),
        ["wire type 7"] = ([.. Magic, 0x0F], "invalid wire type 7"),
        ["group wire type"] = ([.. Magic, 0x0B], "groups are not supported"),
        ["field number 0"] = ([.. Magic, 0x00, 0x00], "invalid field number 0"),
        ["truncated fixed32 in an unknown field"] = ([.. Magic, 0x55, 0x01], "truncated fixed32"),
        ["no type meta"] = ([.. Magic, .. new ProtobufTestWriter().Bytes(2, []).ToArray()], "no apiVersion and kind"),
        ["no raw object"] = (
            [.. Magic, .. new ProtobufTestWriter().Message(1, t => t.String(1, "v1").String(2, "Namespace")).ToArray()],
            "carries no object"),
        ["gzip content encoding"] = (ProtobufTestWriter.Envelope("v1", "Namespace", _ => { }, contentEncoding: "gzip"), "content encoding 'gzip'"),
        ["unknown kind"] = (ProtobufTestWriter.Envelope("example.com/v1", "Widget", _ => { }), "kind 'Widget' in 'example.com/v1' cannot be decoded"),
        ["known kind in the wrong version"] = (ProtobufTestWriter.Envelope("apps/v1beta1", "Deployment", _ => { }), "kind 'Deployment' in 'apps/v1beta1'"),
        ["message field sent as a varint"] = (
            ProtobufTestWriter.Envelope("v1", "Namespace", o => o.Int(1, 5)),
            "core.v1.Namespace: field 1 (metadata) has wire type 0 (Varint), expected 2 (LengthDelimited)"),
        ["string field sent as fixed64"] = (
            ProtobufTestWriter.Envelope("v1", "Namespace", o => o.Message(1, m => m.Fixed64(1, 1))),
            "meta.v1.ObjectMeta: field 1 (name) has wire type 1"),
        ["truncated nested message"] = (
            ProtobufTestWriter.Envelope("v1", "Namespace", o => o.Message(1, m => m.Raw(0x0A, 0x09, (byte)'d'))),
            "in meta.v1.ObjectMeta at byte 1: length 9 exceeds the 1 remaining bytes"),
        ["invalid UTF-8 in a string"] = (
            ProtobufTestWriter.Envelope("v1", "Namespace", o => o.Message(1, m => m.Bytes(1, [0xC3, 0x28]))),
            "not valid UTF-8"),
        ["IntOrString with an unknown type"] = (
            ProtobufTestWriter.Envelope("policy/v1", "PodDisruptionBudget", o => o.Message(2, s => s.Message(1, v => v.Int(1, 7)))),
            "IntOrString type 7"),
        ["time beyond year 9999"] = (
            ProtobufTestWriter.Envelope("v1", "Namespace", o => o.Message(1, m => m.Message(8, t => t.Int(1, long.MaxValue)))),
            "timestamp seconds 9223372036854775807 are out of range"),
        ["negative nanos"] = (
            ProtobufTestWriter.Envelope("v1", "Namespace", o => o.Message(1, m => m.Message(8, t => t.Int(1, 1).Int(2, -1)))),
            "timestamp nanos -1 are out of range"),
        ["malformed embedded JSON"] = (
            ProtobufTestWriter.Envelope("v1", "Namespace", o => o.Message(1, m => m.Message(17, f => f.Message(7, raw => raw.String(1, "{not json"))))),
            "embedded JSON is malformed"),
        ["map entry key with the wrong wire type"] = (
            ProtobufTestWriter.Envelope("v1", "Namespace", o => o.Message(1, m => m.Message(11, e => e.Int(1, 3)))),
            "field 11 (labels) has wire type 0"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Malformed_body_is_rejected_with_a_clear_message(string caseName)
    {
        var (body, message) = Cases[caseName];

        var error = Should.Throw<ProtobufDecodeException>(() => KubernetesProtobuf.Decode(body));

        error.Message.ShouldContain(message, Case.Sensitive);
    }
}
