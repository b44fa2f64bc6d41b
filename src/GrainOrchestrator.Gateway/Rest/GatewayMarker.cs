namespace GrainOrchestrator.Gateway.Rest;

/// <summary>Anchors the gateway assembly (e.g. for test discovery); the REST surface lives beside it.</summary>
public static class GatewayMarker
{
}
