using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Errors;
using GrainOrchestrator.ApiMachinery.Kinds;
using GrainOrchestrator.ApiMachinery.Objects;
using GrainOrchestrator.ApiMachinery.Strategies;

namespace GrainOrchestrator.ApiMachinery.Api;

/// <summary>
/// The application layer over resource grains: what the gateway, controllers and node agents
/// call. It resolves kinds, routes to object and collection grains, generates names, and turns
/// long polls into watch streams. Nothing above it touches grains or storage for resources.
/// </summary>
public sealed class ResourceApi(IGrainFactory grains)
{
    private const int GenerateNameAttempts = 3;

    public static IReadOnlyList<string> InitialNamespaces { get; } = ["default", "kube-system", "kube-public", "kube-node-lease"];

    public KindRegistry Kinds => KindRegistry.Default;

    /// <summary>
    /// How long one watch poll waits for changes: an idle watch with bookmarks gets one this
    /// often, and an abandoned poll holds its collection this long (tests shorten it).
    /// </summary>
    public TimeSpan PollWait { get; init; } = TimeSpan.FromSeconds(5);

    public Task<ApiResult> GetAsync(ResourceKind kind, string? @namespace, string name) =>
        CheckScope(kind, @namespace, name) ?? Object(kind, @namespace, name).Get();

    public async Task<ApiResult> CreateAsync(ResourceKind kind, string? @namespace, string json, WriteOptions? options = null)
    {
        options ??= WriteOptions.Default;
        if (!Meta.TryParse(json, out var obj, out var error))
        {
            return ApiResult.Failure(ApiErrors.BadRequest($"error decoding request body: {error}"));
        }

        var name = Meta.GetString(obj, "name");
        var generateName = Meta.GetString(obj, "generateName");
        if (string.IsNullOrEmpty(name) && string.IsNullOrEmpty(generateName))
        {
            return ApiResult.Failure(ApiErrors.Invalid(kind.Kind, string.Empty, [new ApiErrorCause { Reason = "FieldValueRequired", Field = "metadata.name", Message = "Required value: name or generateName is required" }], kind.Group));
        }

        if (!string.IsNullOrEmpty(name))
        {
            return await (CheckScope(kind, @namespace, name) ?? Object(kind, @namespace, name).Create(json, options)).ConfigureAwait(false);
        }

        ApiResult result = ApiResult.Failure(ApiErrors.InternalError("no attempt made"));
        for (var attempt = 0; attempt < GenerateNameAttempts; attempt++)
        {
            var generated = NameGenerator.Generate(generateName!);
            Meta.Set(obj, "name", generated);
            result = await (CheckScope(kind, @namespace, generated) ?? Object(kind, @namespace, generated).Create(obj.ToJsonString(), options)).ConfigureAwait(false);
            if (result.Error?.Reason != "AlreadyExists")
            {
                return result;
            }
        }

        return result;
    }

    public Task<ApiResult> UpdateAsync(ResourceKind kind, string? @namespace, string name, string json, WriteOptions? options = null) =>
        CheckScope(kind, @namespace, name) ?? Object(kind, @namespace, name).Update(json, options ?? WriteOptions.Default);

    public Task<ApiResult> PatchAsync(ResourceKind kind, string? @namespace, string name, PatchType type, string patch, WriteOptions? options = null) =>
        CheckScope(kind, @namespace, name) ?? Object(kind, @namespace, name).Patch(type, patch, options ?? WriteOptions.Default);

    public Task<ApiResult> DeleteAsync(ResourceKind kind, string? @namespace, string name, DeleteOptions? options = null) =>
        CheckScope(kind, @namespace, name) ?? Object(kind, @namespace, name).Delete(options ?? DeleteOptions.Default);

    public Task<ListResult> ListAsync(ResourceKind kind, ListRequest request) =>
        Collection(kind).List(kind.Namespaced ? request : new ListRequest
        {
            LabelSelector = request.LabelSelector,
            FieldSelector = request.FieldSelector,
            Limit = request.Limit,
            Continue = request.Continue,
        });

    /// <summary>
    /// A watch: from <c>resourceVersion</c> N it streams every later change in order; with "0" or
    /// none it first sends the current objects as ADDED. Ends with an error item when N is too old.
    /// </summary>
    public async IAsyncEnumerable<WatchItem> WatchAsync(ResourceKind kind, WatchRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ns = kind.Namespaced ? request.Namespace : null;
        long after;
        if (string.IsNullOrEmpty(request.ResourceVersion) || request.ResourceVersion == "0")
        {
            var list = await ListAsync(kind, new ListRequest { Namespace = ns, LabelSelector = request.LabelSelector, FieldSelector = request.FieldSelector }).ConfigureAwait(false);
            if (list.Error is not null)
            {
                yield return WatchItem.Failed(list.Error);
                yield break;
            }

            after = long.Parse(list.ResourceVersion, CultureInfo.InvariantCulture);
            foreach (var item in list.Items)
            {
                var rv = Meta.GetLong(JsonNode.Parse(item)!.AsObject(), "resourceVersion");
                yield return WatchItem.Of(new WatchEvent { Type = WatchEventType.Added, Json = item, ResourceVersion = rv });
            }
        }
        else if (!long.TryParse(request.ResourceVersion, NumberStyles.None, CultureInfo.InvariantCulture, out after))
        {
            yield return WatchItem.Failed(ApiErrors.BadRequest($"invalid resource version: {request.ResourceVersion}"));
            yield break;
        }

        var collection = Collection(kind);
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await collection.Poll(new WatchPoll
            {
                AfterResourceVersion = after,
                Namespace = ns,
                LabelSelector = request.LabelSelector,
                FieldSelector = request.FieldSelector,
                MaxWait = PollWait,
            }).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Error is not null)
            {
                yield return WatchItem.Failed(batch.Error);
                yield break;
            }

            foreach (var e in batch.Events)
            {
                yield return WatchItem.Of(e);
            }

            if (batch.Events.Count == 0 && request.AllowBookmarks && batch.ResourceVersion > 0)
            {
                yield return WatchItem.Bookmark(batch.ResourceVersion);
            }

            after = Math.Max(after, batch.ResourceVersion);
        }
    }

    /// <summary>Creates the namespaces every cluster has; safe to repeat.</summary>
    public async Task EnsureInitialNamespacesAsync()
    {
        KindRegistry.Default.TryGetByKind(string.Empty, "Namespace", out var nsKind);
        foreach (var name in InitialNamespaces)
        {
            var result = await CreateAsync(nsKind!, null, new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = name } }.ToJsonString()).ConfigureAwait(false);
            if (!result.Ok && result.Error!.Reason != "AlreadyExists")
            {
                throw new InvalidOperationException($"could not create namespace {name}: {result.Error}");
            }
        }
    }

    private IResourceGrain Object(ResourceKind kind, string? @namespace, string name) =>
        grains.GetGrain<IResourceGrain>(ResourceKeys.Object(kind.Group, kind.Kind, kind.Namespaced ? @namespace! : string.Empty, name));

    private IResourceCollectionGrain Collection(ResourceKind kind) =>
        grains.GetGrain<IResourceCollectionGrain>(ResourceKeys.Collection(kind.Group, kind.Kind));

    /// <summary>Names and namespaces become grain keys: refuse what could not be a path segment.</summary>
    private static Task<ApiResult>? CheckScope(ResourceKind kind, string? @namespace, string name)
    {
        if (kind.Namespaced && string.IsNullOrEmpty(@namespace))
        {
            return Task.FromResult(ApiResult.Failure(ApiErrors.BadRequest("the server could not find the requested resource: a namespace is required")));
        }

        if (InvalidSegment(name) is { } nameProblem)
        {
            return Task.FromResult(ApiResult.Failure(ApiErrors.Invalid(kind.Kind, name, [new ApiErrorCause { Reason = "FieldValueInvalid", Field = "metadata.name", Message = $"Invalid value: \"{name}\": {nameProblem}" }], kind.Group)));
        }

        if (kind.Namespaced && InvalidSegment(@namespace!) is { } nsProblem)
        {
            return Task.FromResult(ApiResult.Failure(ApiErrors.Invalid(kind.Kind, name, [new ApiErrorCause { Reason = "FieldValueInvalid", Field = "metadata.namespace", Message = $"Invalid value: \"{@namespace}\": {nsProblem}" }], kind.Group)));
        }

        return null;
    }

    private static string? InvalidSegment(string segment) =>
        segment.Length == 0 ? "may not be empty"
        : segment is "." or ".." ? $"may not be '{segment}'"
        : segment.Contains('/', StringComparison.Ordinal) ? "may not contain '/'"
        : segment.Contains('%', StringComparison.Ordinal) ? "may not contain '%'"
        : null;
}
