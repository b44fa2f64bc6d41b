namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>
/// One Kubernetes object, keyed by <see cref="ResourceKeys.Object"/>: the single writer of that
/// object. It validates and defaults through the kind's strategy, enforces optimistic
/// concurrency on resourceVersion, and persists through its kind's collection.
/// </summary>
public interface IResourceGrain : IGrainWithStringKey
{
    Task<ApiResult> Get();

    /// <summary>POST: the body's name must equal this grain's name.</summary>
    Task<ApiResult> Create(string json, WriteOptions options);

    /// <summary>PUT of the main resource or of a subresource (<see cref="WriteOptions.Subresource"/>).</summary>
    Task<ApiResult> Update(string json, WriteOptions options);

    Task<ApiResult> Patch(PatchType type, string patch, WriteOptions options);

    Task<ApiResult> Delete(DeleteOptions options);

    /// <summary>Re-checks a pending deletion (grace expired, finalizers gone) and finishes it when due.</summary>
    Task Reconcile();
}
