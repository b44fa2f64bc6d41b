using System.Text.Json.Nodes;

namespace GrainOrchestrator.IntegrationTests.Protobuf;

/// <summary>One request kubectl sent to the stub; <see cref="Decoded"/> is set for protobuf bodies that decoded.</summary>
internal sealed record RecordedRequest(string Method, string PathAndQuery, string? ContentType, string? Accept, JsonObject? Decoded, string? Error);
