using GrainOrchestrator.Abstractions.Resources;

namespace GrainOrchestrator.Gateway.PodStreams;

/// <summary>Reads the pod a stream request names (a seam so the endpoints can be tested without Orleans).</summary>
public delegate Task<ApiResult> PodLookup();
