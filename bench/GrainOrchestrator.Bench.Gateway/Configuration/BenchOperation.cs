namespace GrainOrchestrator.Bench.Gateway.Configuration;

/// <summary>
/// What one measured request does. gRPC has no create or merge-patch call, only server-side
/// apply, so create and patch also exist as apply: the in-process baseline measures both forms
/// and each gateway is compared with the form it sends.
/// </summary>
public enum BenchOperation
{
    /// <summary>Get of one of the list namespace's objects, round robin.</summary>
    Get,

    /// <summary>Full list of the list namespace (all its objects, one page).</summary>
    List,

    /// <summary>Create of a new ConfigMap.</summary>
    Create,

    /// <summary>Merge patch changing one data value of an existing ConfigMap.</summary>
    MergePatch,

    /// <summary>Server-side apply of a ConfigMap that does not exist yet.</summary>
    ApplyCreate,

    /// <summary>Server-side apply changing one data value of an existing ConfigMap.</summary>
    ApplyPatch,
}
