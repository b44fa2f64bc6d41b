using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.ApiMachinery.Collections;
using GrainOrchestrator.ApiMachinery.Errors;
using GrainOrchestrator.ApiMachinery.Patching;
using GrainOrchestrator.ApiMachinery.Storage;
using Microsoft.Extensions.Logging;

namespace GrainOrchestrator.ApiMachinery.Objects;

/// <summary>
/// The single writer of one object. Each operation reads the current object, computes the new
/// one (patch, strategy defaulting and validation, system fields), and commits it through the
/// kind's collection, which persists before anyone is answered.
/// </summary>
public sealed partial class ResourceGrain(
    IGrainFactory grains,
    TimeProvider time,
    ILogger<ResourceGrain> logger) : Grain, IResourceGrain
{
    private KindContext kind = null!;
    private string @namespace = string.Empty;
    private string name = string.Empty;
    private IResourceCollectionGrain collection = null!;
    private JsonObject? current;
    private long currentVersion;
    private IGrainTimer? deletionTimer;

    private string GroupResource => kind.Kind.GroupResource;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var (group, kindName, ns, objectName) = ResourceKeys.ParseObject(this.GetPrimaryKeyString());
        kind = KindContext.For(group, kindName);
        @namespace = ns;
        name = objectName;
        collection = grains.GetGrain<IResourceCollectionGrain>(kind.CollectionKey);
        Load(await collection.Get(@namespace, name).ConfigureAwait(true));
        ScheduleDeletionCheck();
    }

    public Task<ApiResult> Get() =>
        Task.FromResult(current is null ? Fail(NotFound()) : ApiResult.Success(current.ToJsonString()));

    public async Task<ApiResult> Create(string json, WriteOptions options)
    {
        if (!Meta.TryParse(json, out var obj, out var parseError))
        {
            return Fail(ApiErrors.BadRequest($"error decoding request body: {parseError}"));
        }

        if (CheckIdentity(obj) is { } identityError)
        {
            return Fail(identityError);
        }

        if (current is not null)
        {
            return Fail(ApiErrors.AlreadyExists(GroupResource, name, kind.Kind.Group, kind.Kind.Kind));
        }

        if (Meta.GetString(obj, "resourceVersion") is { Length: > 0 })
        {
            return Fail(ApiErrors.BadRequest("resourceVersion should not be set on objects to be created"));
        }

        if (kind.Kind.Namespaced && await CheckNamespaceAcceptsCreateAsync().ConfigureAwait(true) is { } nsError)
        {
            return Fail(nsError);
        }

        var metadata = Meta.Metadata(obj);
        foreach (var systemField in (string[])["uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation", "selfLink"])
        {
            metadata.Remove(systemField);
        }

        if (kind.Kind.HasStatus && kind.Kind.Kind is not ("Node" or "Event"))
        {
            obj.Remove("status");
        }

        // The uid exists before defaulting: a Job's generated selector is derived from it.
        var uid = Guid.NewGuid().ToString();
        Meta.Set(obj, "uid", uid);
        if (RunStrategy(() => kind.Strategy.PrepareForCreate(obj)) is { } decodeError)
        {
            return Fail(decodeError);
        }

        if (Validate(() => kind.Strategy.ValidateCreate(obj)) is { } invalid)
        {
            return Fail(invalid);
        }

        if (kind.Kind.Kind == "Service" && kind.Kind.Group.Length == 0
            && await grains.GetGrain<IServiceAllocatorGrain>(0).Allocate(obj.ToJsonString()).ConfigureAwait(true) is { } allocation)
        {
            if (allocation.Error is not null)
            {
                return Fail(allocation.Error);
            }

            obj = JsonNode.Parse(allocation.Json!)!.AsObject();
        }

        Meta.Set(obj, "uid", uid);
        Meta.Set(obj, "creationTimestamp", Meta.Timestamp(time.GetUtcNow()));
        if (obj.ContainsKey("spec"))
        {
            Meta.Set(obj, "generation", 1);
        }

        RecordManager(null, obj, options);

        if (options.DryRun)
        {
            return ApiResult.Success(obj.ToJsonString(), 201);
        }

        var result = await CommitAsync(obj, expected: 0).ConfigureAwait(true);
        return result.Ok ? ApiResult.Success(result.Json!, 201) : result;
    }

    public async Task<ApiResult> Update(string json, WriteOptions options)
    {
        if (!Meta.TryParse(json, out var obj, out var parseError))
        {
            return Fail(ApiErrors.BadRequest($"error decoding request body: {parseError}"));
        }

        // A Binding names the pod in metadata but is not a Pod.
        if (options.Subresource != "binding" && CheckIdentity(obj) is { } identityError)
        {
            return Fail(identityError);
        }

        if (current is null)
        {
            return Fail(NotFound());
        }

        return await UpdateAsync(obj, options).ConfigureAwait(true);
    }

    public async Task<ApiResult> Patch(PatchType type, string patch, WriteOptions options)
    {
        JsonNode? patchNode;
        try
        {
            patchNode = JsonNode.Parse(patch);
        }
        catch (System.Text.Json.JsonException e)
        {
            return Fail(ApiErrors.BadRequest($"error decoding patch: {e.Message}"));
        }

        if (current is null && type != PatchType.Apply)
        {
            return Fail(NotFound());
        }

        JsonObject patched;
        try
        {
            switch (type)
            {
                case PatchType.Json when patchNode is JsonArray operations:
                    patched = JsonPatch.Apply(current!.DeepClone(), operations)?.AsObject()
                        ?? throw new PatchException("the patch removed the whole object");
                    break;
                case PatchType.Merge when patchNode is JsonObject:
                    patched = JsonMergePatch.Apply(current!.DeepClone(), patchNode)?.AsObject()
                        ?? throw new PatchException("the patch removed the whole object");
                    break;
                case PatchType.StrategicMerge when patchNode is JsonObject smp:
                    patched = StrategicMergePatch.Apply(current!.DeepClone().AsObject(), smp, kind.Kind.ModelType);
                    break;
                case PatchType.Apply when patchNode is JsonObject applied:
                    return await ServerSideApplyAsync(applied, options).ConfigureAwait(true);
                default:
                    return Fail(ApiErrors.BadRequest($"the body of a {type} patch must be a JSON {(type == PatchType.Json ? "array" : "object")}"));
            }
        }
        catch (PatchException e)
        {
            // The cause carries the patch's own complaint, so kubectl prints why it did not apply.
            return Fail(ApiErrors.Invalid(kind.Kind.Kind, name, [new ApiErrorCause { Reason = "FieldValueInvalid", Message = e.Message }], kind.Kind.Group));
        }

        if (Meta.GetString(patched, "name") is { } patchedName && patchedName != name)
        {
            return Fail(ApiErrors.BadRequest($"the name of the object ({patchedName}) does not match the name on the URL ({name})"));
        }

        if (CheckIdentity(patched) is { } identityError)
        {
            return Fail(identityError);
        }

        return await UpdateAsync(patched, options).ConfigureAwait(true);
    }

    public async Task<ApiResult> Delete(DeleteOptions options)
    {
        if (current is null)
        {
            return Fail(NotFound());
        }

        if (options.PreconditionUid is { Length: > 0 } uid && uid != Meta.GetString(current, "uid"))
        {
            return Fail(ApiErrors.Conflict(GroupResource, name, $"Precondition failed: UID in precondition: {uid}, UID in object meta: {Meta.GetString(current, "uid")}", kind.Kind.Group, kind.Kind.Kind));
        }

        if (options.PreconditionResourceVersion is { Length: > 0 } rv && rv != Meta.GetString(current, "resourceVersion"))
        {
            return Fail(ApiErrors.Conflict(GroupResource, name, $"Precondition failed: ResourceVersion in precondition: {rv}, ResourceVersion in object meta: {Meta.GetString(current, "resourceVersion")}", kind.Kind.Group, kind.Kind.Kind));
        }

        var plan = DeletionPlanner.Plan(current, kind.Kind.Kind, options, time.GetUtcNow());
        if (plan.RemoveNow)
        {
            if (options.DryRun)
            {
                return ApiResult.Success(current.ToJsonString());
            }

            var removed = await RemoveAsync().ConfigureAwait(true);
            return removed;
        }

        if (options.DryRun)
        {
            return ApiResult.Success(plan.Updated!.ToJsonString(), 202);
        }

        var result = await CommitAsync(plan.Updated!, currentVersion).ConfigureAwait(true);
        if (result.Ok)
        {
            ScheduleDeletionCheck();
            await NotifyDeletionStartedAsync().ConfigureAwait(true);
        }

        return result.Ok ? ApiResult.Success(result.Json!, 202) : result;
    }

    public async Task Reconcile()
    {
        if (current is not null && DeletionPlanner.IsDue(current, kind.Kind.Kind, time.GetUtcNow()))
        {
            await RemoveAsync().ConfigureAwait(true);
        }
    }

    private async Task<ApiResult> UpdateAsync(JsonObject obj, WriteOptions options)
    {
        var old = current!;
        if (Meta.GetString(obj, "resourceVersion") is { Length: > 0 } rv && rv != Meta.GetString(old, "resourceVersion"))
        {
            return Fail(ApiErrors.Conflict(GroupResource, name, ApiErrors.ModifiedDetail, kind.Kind.Group, kind.Kind.Kind));
        }

        if (Meta.GetString(obj, "uid") is { Length: > 0 } uid && uid != Meta.GetString(old, "uid"))
        {
            return Fail(ApiErrors.Conflict(GroupResource, name, $"Precondition failed: UID in precondition: {uid}, UID in object meta: {Meta.GetString(old, "uid")}", kind.Kind.Group, kind.Kind.Kind));
        }

        JsonObject updated;
        var isStatus = options.Subresource == "status";
        if (isStatus)
        {
            // The status subresource writes only status.
            updated = old.DeepClone().AsObject();
            updated["status"] = obj["status"]?.DeepClone();
        }
        else if (options.Subresource == "binding" && kind.Kind.Kind == "Pod")
        {
            // pods/binding: assign the node once, as the scheduler does.
            var target = obj["target"] is JsonObject t && t["name"] is JsonValue n && n.TryGetValue<string>(out var nodeName) ? nodeName : null;
            if (string.IsNullOrEmpty(target))
            {
                return Fail(Invalid([new ApiErrorCause { Reason = "FieldValueRequired", Field = "target.name", Message = "Required value" }])!);
            }

            if (old["spec"]?["nodeName"]?.GetValue<string>() is { Length: > 0 } assigned)
            {
                return Fail(ApiErrors.Conflict(GroupResource, name, $"pod {name} is already assigned to node \"{assigned}\"", kind.Kind.Group, kind.Kind.Kind));
            }

            if (old["metadata"]?["deletionTimestamp"] is not null)
            {
                return Fail(ApiErrors.Conflict(GroupResource, name, "pod is being deleted, cannot be assigned to a host", kind.Kind.Group, kind.Kind.Kind));
            }

            updated = old.DeepClone().AsObject();
            var spec = updated["spec"] as JsonObject ?? [];
            spec["nodeName"] = target;
            updated["spec"] = spec;
            PodConditions.Set(updated, "PodScheduled", "True", reason: null, message: null, Meta.Timestamp(time.GetUtcNow()));
            isStatus = true;
        }
        else if (options.Subresource == "finalize" && kind.Kind.Kind == "Namespace")
        {
            // namespaces/finalize writes only spec.finalizers.
            updated = old.DeepClone().AsObject();
            var spec = updated["spec"] as JsonObject ?? [];
            spec["finalizers"] = obj["spec"]?["finalizers"]?.DeepClone() ?? new JsonArray();
            updated["spec"] = spec;
            isStatus = true;
        }
        else
        {
            updated = obj;
            if (kind.Kind.HasStatus)
            {
                // The main resource ignores status changes.
                updated["status"] = old["status"]?.DeepClone();
                if (updated["status"] is null)
                {
                    updated.Remove("status");
                }
            }
        }

        var metadata = Meta.Metadata(updated);
        var oldMetadata = Meta.Metadata(old);
        foreach (var systemField in (string[])["uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation", "namespace", "name", "resourceVersion"])
        {
            if (oldMetadata[systemField] is { } value)
            {
                metadata[systemField] = value.DeepClone();
            }
            else
            {
                metadata.Remove(systemField);
            }
        }

        updated["apiVersion"] = old["apiVersion"]?.DeepClone();
        updated["kind"] = old["kind"]?.DeepClone();

        if (!isStatus)
        {
            if (RunStrategy(() => kind.Strategy.PrepareForUpdate(updated, old)) is { } decodeError)
            {
                return Fail(decodeError);
            }

            if (Validate(() => kind.Strategy.ValidateUpdate(updated, old)) is { } invalid)
            {
                return Fail(invalid);
            }

            if (oldMetadata["deletionTimestamp"] is not null && Meta.Finalizers(updated).Except(Meta.Finalizers(old)).Any())
            {
                return Fail(Invalid([new ApiErrorCause { Reason = "FieldValueForbidden", Field = "metadata.finalizers", Message = "Forbidden: no new finalizers can be added if the object is being deleted" }])!);
            }

            if (old.ContainsKey("spec") && !Meta.SpecEquals(updated, old))
            {
                // Through the object: the strategy may have replaced the metadata node.
                Meta.Set(updated, "generation", Meta.GetLong(old, "generation") + 1);
            }
        }

        RecordManager(old, updated, options);
        if (Meta.SemanticallyEqual(updated, old))
        {
            return ApiResult.Success(old.ToJsonString());
        }

        if (options.DryRun)
        {
            return ApiResult.Success(updated.ToJsonString());
        }

        if (DeletionPlanner.IsDue(updated, kind.Kind.Kind, time.GetUtcNow()))
        {
            // The last finalizer went away: the object goes now.
            current = updated;
            return await RemoveAsync().ConfigureAwait(true);
        }

        return await CommitAsync(updated, currentVersion).ConfigureAwait(true);
    }

    private async Task<ApiResult> ServerSideApplyAsync(JsonObject applied, WriteOptions options)
    {
        if (string.IsNullOrEmpty(options.FieldManager))
        {
            return Fail(ApiErrors.BadRequest("PATCH, application/apply-patch+yaml requests must have a fieldManager query parameter"));
        }

        if (applied["apiVersion"] is null || applied["kind"] is null)
        {
            return Fail(ApiErrors.BadRequest("invalid object type: apiVersion and kind must be set in an apply configuration"));
        }

        if (CheckIdentity(applied) is { } identityError)
        {
            return Fail(identityError);
        }

        var result = ServerSideApply.Apply(current?.DeepClone().AsObject(), applied, options.FieldManager, options.Force, kind.Kind.ModelType);
        if (result.Conflicts.Count > 0)
        {
            var causes = result.Conflicts.Select(c => new ApiErrorCause { Reason = "FieldManagerConflict", Field = c.Field, Message = $"conflict with \"{c.Manager}\"" }).ToList();
            return Fail(new ApiError
            {
                Code = 409,
                Reason = "Conflict",
                Message = $"Apply failed with {causes.Count} conflict{(causes.Count == 1 ? string.Empty : "s")}: {string.Join("; ", result.Conflicts.Select(c => $"conflict with \"{c.Manager}\": {c.Field}"))}",
                Name = name,
                Group = kind.Kind.Group,
                Kind = kind.Kind.Kind,
                Causes = causes,
            });
        }

        // managedFields already carry the Apply entry; the write itself must not add an Update one.
        var write = new WriteOptions { DryRun = options.DryRun, Force = options.Force, Subresource = options.Subresource };
        return current is null
            ? await Create(result.Result.ToJsonString(), write).ConfigureAwait(true)
            : await UpdateAsync(result.Result, write).ConfigureAwait(true);
    }

    /// <summary>
    /// Typed strategies decode the object into its model; a value of the wrong JSON type fails
    /// there. That is the client's error (400 naming the field), not the server's.
    /// </summary>
    private static ApiError? RunStrategy(Action step)
    {
        try
        {
            step();
            return null;
        }
        catch (System.Text.Json.JsonException e)
        {
            return ApiErrors.BadRequest($"error decoding the object{(e.Path is null ? string.Empty : $" at {e.Path}")}: {e.Message}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Strategies are pure functions of the client's object: whatever they trip on is its error.
            return ApiErrors.BadRequest($"error decoding the object: {e.Message}");
        }
    }

    private ApiError? Validate(Func<IReadOnlyList<Validation.FieldError>> validate)
    {
        IReadOnlyList<Validation.FieldError> errors = [];
        return RunStrategy(() => errors = validate()) ?? Invalid(errors);
    }

    /// <summary>Non-apply writers with a fieldManager get an Update entry in managedFields, as upstream.</summary>
    private void RecordManager(JsonObject? old, JsonObject updated, WriteOptions options)
    {
        if (string.IsNullOrEmpty(options.FieldManager) || options.Subresource.Length > 0)
        {
            return;
        }

        var recorded = ServerSideApply.RecordUpdate(old, updated, options.FieldManager, kind.Kind.ModelType, time.GetUtcNow());
        updated["metadata"] = recorded["metadata"]?.DeepClone();
    }

    private async Task<ApiResult> RemoveAsync()
    {
        var result = await CommitAsync(null, currentVersion).ConfigureAwait(true);
        if (result.Ok)
        {
            deletionTimer?.Dispose();
            deletionTimer = null;
            await NotifyRemovedAsync(result.Json!).ConfigureAwait(true);
        }

        return result;
    }

    private async Task<ApiResult> CommitAsync(JsonObject? obj, long expected)
    {
        if (obj is not null)
        {
            Meta.Remove(obj, "resourceVersion");
        }

        CommitResult committed;
        try
        {
            committed = await collection.Commit(new CommitRequest
            {
                Namespace = @namespace,
                Name = name,
                ExpectedResourceVersion = expected,
                Json = obj?.ToJsonString(),
            }).ConfigureAwait(true);
        }
        catch (StorageUnavailableException e)
        {
            return Fail(ApiErrors.ServiceUnavailable(e.Message));
        }

        if (committed.Conflict)
        {
            // Someone else wrote (e.g. a duplicate activation during a membership change): adopt what is stored.
            Load(committed.Json);
            return Fail(expected == 0
                ? ApiErrors.AlreadyExists(GroupResource, name, kind.Kind.Group, kind.Kind.Kind)
                : ApiErrors.Conflict(GroupResource, name, ApiErrors.ModifiedDetail, kind.Kind.Group, kind.Kind.Kind));
        }

        if (obj is null)
        {
            current = null;
            currentVersion = 0;
            DeactivateOnIdle();
        }
        else
        {
            Load(committed.Json);
        }

        return ApiResult.Success(committed.Json!);
    }

    private void Load(string? json)
    {
        if (json is null)
        {
            current = null;
            currentVersion = 0;
            return;
        }

        current = JsonNode.Parse(json)!.AsObject();
        currentVersion = Meta.GetLong(current, "resourceVersion");
    }

    private void ScheduleDeletionCheck()
    {
        if (current is null || DeletionPlanner.DueAt(current, kind.Kind.Kind) is not { } due)
        {
            return;
        }

        deletionTimer?.Dispose();
        var delay = due - time.GetUtcNow();
        deletionTimer = this.RegisterGrainTimer(
            static (grain, _) => grain.Reconcile(),
            this,
            new GrainTimerCreationOptions(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, TimeSpan.FromSeconds(5)) { KeepAlive = true });
    }

    private ApiError? CheckIdentity(JsonObject obj)
    {
        // The object's sections are objects on the wire; anything else is a decoding error even
        // where the section is about to be reset (status on create).
        foreach (var section in (string[])["metadata", "spec", "status"])
        {
            if (obj[section] is { } value and not JsonObject)
            {
                return ApiErrors.BadRequest($"error decoding the object: {section} must be an object, got {value.GetValueKind().ToString().ToLowerInvariant()}");
            }
        }

        var bodyName = Meta.GetString(obj, "name");
        if (string.IsNullOrEmpty(bodyName))
        {
            Meta.Set(obj, "name", name);
        }
        else if (bodyName != name)
        {
            return ApiErrors.BadRequest($"the name of the object ({bodyName}) does not match the name on the URL ({name})");
        }

        var bodyNamespace = Meta.GetString(obj, "namespace");
        if (kind.Kind.Namespaced)
        {
            if (!string.IsNullOrEmpty(bodyNamespace) && bodyNamespace != @namespace)
            {
                return ApiErrors.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
            }

            Meta.Set(obj, "namespace", @namespace);
        }
        else if (!string.IsNullOrEmpty(bodyNamespace))
        {
            Meta.Remove(obj, "namespace");
        }

        var apiVersion = obj["apiVersion"]?.GetValue<string>();
        var bodyKind = obj["kind"]?.GetValue<string>();
        if (apiVersion is not null && apiVersion != kind.Kind.ApiVersion)
        {
            return ApiErrors.BadRequest($"the API version in the data ({apiVersion}) does not match the expected API version ({kind.Kind.ApiVersion})");
        }

        if (bodyKind is not null && bodyKind != kind.Kind.Kind)
        {
            return ApiErrors.BadRequest($"the kind in the data ({bodyKind}) does not match the expected kind ({kind.Kind.Kind})");
        }

        obj["apiVersion"] = kind.Kind.ApiVersion;
        obj["kind"] = kind.Kind.Kind;
        return null;
    }

    private async Task<ApiError?> CheckNamespaceAcceptsCreateAsync()
    {
        var ns = await grains.GetGrain<IResourceGrain>(ResourceKeys.Object(string.Empty, "Namespace", string.Empty, @namespace)).Get().ConfigureAwait(true);
        if (!ns.Ok)
        {
            return ApiErrors.NotFound("namespaces", @namespace, string.Empty, "namespaces");
        }

        var nsObject = JsonNode.Parse(ns.Json!)!.AsObject();
        if (Meta.GetString(nsObject, "deletionTimestamp") is not null || nsObject["status"]?["phase"]?.GetValue<string>() == "Terminating")
        {
            return ApiErrors.Forbidden(GroupResource, name, $"unable to create new content in namespace {@namespace} because it is being terminated", kind.Kind.Group, kind.Kind.Kind);
        }

        return null;
    }

    private ApiError? Invalid(IReadOnlyList<Validation.FieldError> errors) =>
        errors.Count == 0 ? null : Invalid(errors.Select(e => new ApiErrorCause { Reason = e.Reason, Field = e.Field, Message = e.Message }).ToList());

    private ApiError? Invalid(IReadOnlyList<ApiErrorCause> causes) =>
        causes.Count == 0 ? null : ApiErrors.Invalid(kind.Kind.Kind, name, causes, kind.Kind.Group);

    private ApiError NotFound() => ApiErrors.NotFound(GroupResource, name, kind.Kind.Group, kind.Kind.Plural);

    private static ApiResult Fail(ApiError error) => ApiResult.Failure(error);

    private Task NotifyDeletionStartedAsync() =>
        grains.GetGrain<IGarbageCollectorGrain>(0).ObjectDeleting(kind.CollectionKey, @namespace, name);

    private Task NotifyRemovedAsync(string lastJson)
    {
        LogRemoved(logger, kind.CollectionKey, @namespace, name);
        return grains.GetGrain<IGarbageCollectorGrain>(0).ObjectRemoved(lastJson);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Resource} {Namespace}/{Name} removed")]
    private static partial void LogRemoved(ILogger logger, string resource, string @namespace, string name);
}
