using System.Text.Json.Nodes;

namespace GrainOrchestrator.ApiMachinery.Patching;

/// <summary>Server-side apply (<c>application/apply-patch+yaml</c>) and the ownership bookkeeping in
/// <c>metadata.managedFields</c> that it relies on. See README.md beside this file for how far conflict
/// detection goes.</summary>
public static class ServerSideApply
{
    /// <summary>The manager that owns the fields of an object that had no managedFields when first applied.</summary>
    public const string BeforeFirstApplyManager = "before-first-apply";

    /// <summary>Applies <paramref name="applied"/> (a manager's full intent) to <paramref name="live"/>, or creates the
    /// object when <paramref name="live"/> is null. Inputs are not modified.</summary>
    /// <param name="live">The current object, or null when it does not exist yet.</param>
    /// <param name="applied">The configuration sent by the manager.</param>
    /// <param name="fieldManager">The <c>fieldManager</c> query parameter (required for apply).</param>
    /// <param name="force">Take over conflicting fields instead of failing.</param>
    /// <param name="modelType">The model type of the object, e.g. <c>typeof(V1Deployment)</c>, for merge keys.</param>
    /// <param name="now">The time recorded in the manager's entry; the current time when null.</param>
    public static ApplyResult Apply(JsonObject? live, JsonObject applied, string fieldManager, bool force, Type modelType, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(applied);
        ArgumentException.ThrowIfNullOrEmpty(fieldManager);
        var schema = PatchSchema.For(modelType);
        var appliedFields = FieldPaths.Collect(applied, schema);
        var entries = ManagedFieldsEntry.Read(live);
        if (live is not null && entries.Count == 0)
        {
            // An object nobody tracked yet: its fields belong to a placeholder writer, as upstream does.
            entries.Add(new ManagedFieldsEntry
            {
                Manager = BeforeFirstApplyManager,
                Operation = ManagedFieldsEntry.UpdateOperation,
                ApiVersion = Text(live["apiVersion"]),
                Time = ManagedFieldsEntry.FormatTime(now ?? DateTimeOffset.UtcNow),
                Fields = FieldPaths.Collect(live, schema),
            });
        }

        var mine = ManagedFieldsEntry.FindOrAdd(entries, fieldManager, ManagedFieldsEntry.ApplyOperation);
        var others = entries.Where(e => !ReferenceEquals(e, mine)).ToList();

        var conflicts = FindConflicts(live, applied, appliedFields, others);
        if (conflicts.Count > 0 && !force)
        {
            return new ApplyResult((JsonObject)(live?.DeepClone() ?? new JsonObject()), conflicts.Select(c => c.Conflict).ToList());
        }

        foreach (var (owner, path, _) in conflicts)
        {
            // Forced: ownership of the field moves to the applier.
            owner.Fields.Remove(path);
        }

        var result = (JsonObject)(live?.DeepClone() ?? new JsonObject());
        RemoveAbandonedFields(result, mine.Fields, appliedFields, others);
        Merge(result, applied, schema, isRoot: true);

        mine.Fields = appliedFields;
        mine.ApiVersion = Text(applied["apiVersion"]) ?? mine.ApiVersion;
        mine.Time = ManagedFieldsEntry.FormatTime(now ?? DateTimeOffset.UtcNow);
        ManagedFieldsEntry.Write(result, entries);
        return new ApplyResult(result, []);
    }

    /// <summary>Records in <c>metadata.managedFields</c> of the returned copy of <paramref name="updated"/> that
    /// <paramref name="manager"/> (a create, update or patch writer) set the fields that differ from
    /// <paramref name="old"/>. It takes them from their previous owners without conflict, as upstream does for
    /// non-apply writes; fields that disappeared are dropped from every manager.</summary>
    /// <param name="old">The object before the write, or null for a create.</param>
    /// <param name="updated">The object after the write (its own managedFields are ignored).</param>
    /// <param name="manager">The writer's field manager (e.g. <c>kubectl-edit</c>, a controller name).</param>
    /// <param name="modelType">The model type, for merge keys.</param>
    /// <param name="now">The time recorded in the entry; the current time when null.</param>
    public static JsonObject RecordUpdate(JsonObject? old, JsonObject updated, string manager, Type modelType, DateTimeOffset? now = null)
    {
        ArgumentNullException.ThrowIfNull(updated);
        ArgumentException.ThrowIfNullOrEmpty(manager);
        var schema = PatchSchema.For(modelType);
        var oldFields = old is null ? new FieldSet() : FieldPaths.Collect(old, schema);
        var newFields = FieldPaths.Collect(updated, schema);

        var changed = newFields.Paths.Where(path => !oldFields.Contains(path) || !SameValue(old, updated, path)).ToList();
        var gone = oldFields.Paths.Where(path => !newFields.Contains(path)).ToList();

        var entries = ManagedFieldsEntry.Read(old);
        foreach (var entry in entries)
        {
            foreach (var path in changed.Concat(gone))
            {
                entry.Fields.Remove(path);
            }
        }

        var result = (JsonObject)updated.DeepClone();
        if (changed.Count > 0)
        {
            var mine = ManagedFieldsEntry.FindOrAdd(entries, manager, ManagedFieldsEntry.UpdateOperation);
            foreach (var path in changed)
            {
                mine.Fields.Add(path);
            }

            mine.ApiVersion = Text(updated["apiVersion"]) ?? mine.ApiVersion;
            mine.Time = ManagedFieldsEntry.FormatTime(now ?? DateTimeOffset.UtcNow);
        }

        ManagedFieldsEntry.Write(result, entries);
        return result;
    }

    /// <summary><see cref="RecordUpdate(JsonObject?, JsonObject, string, Type, DateTimeOffset?)"/> with the model type
    /// found from the object's apiVersion and kind (untyped merging when the kind is not a built-in one).</summary>
    public static JsonObject RecordUpdate(JsonObject? old, JsonObject updated, string manager)
    {
        ArgumentNullException.ThrowIfNull(updated);
        var modelType = KubernetesModelTypes.Find(Text(updated["apiVersion"]), Text(updated["kind"])) ?? typeof(object);
        return RecordUpdate(old, updated, manager, modelType);
    }

    private static List<(ManagedFieldsEntry Owner, IReadOnlyList<string> Path, ApplyConflict Conflict)> FindConflicts(
        JsonObject? live, JsonObject applied, FieldSet appliedFields, List<ManagedFieldsEntry> others)
    {
        var conflicts = new List<(ManagedFieldsEntry, IReadOnlyList<string>, ApplyConflict)>();
        if (live is null)
        {
            return conflicts;
        }

        foreach (var path in appliedFields.Paths)
        {
            if (SameValue(live, applied, path))
            {
                // Same value: the field becomes shared, as upstream does.
                continue;
            }

            foreach (var owner in others.Where(o => o.Fields.Contains(path)))
            {
                conflicts.Add((owner, path, new ApplyConflict(owner.Manager, owner.ApiVersion, FieldPaths.Display(path))));
            }
        }

        return conflicts;
    }

    /// <summary>Fields the manager applied before but not now are removed, unless someone else still owns them
    /// (or anything below them). Maps and lists left empty by a removal, and owned by nobody, go too.</summary>
    private static void RemoveAbandonedFields(JsonObject result, FieldSet previous, FieldSet applied, List<ManagedFieldsEntry> others)
    {
        // Shallow paths first: a keyed item must be found by its key before its fields are gone.
        var abandoned = previous.Paths
            .Where(path => !applied.Contains(path) && !others.Any(o => o.Fields.ContainsOrBelow(path)))
            .OrderBy(path => path.Count)
            .ToList();
        foreach (var path in abandoned)
        {
            FieldPaths.Remove(result, path);
            for (var depth = path.Count - 1; depth > 0; depth--)
            {
                var ancestor = path.Take(depth).ToList();
                var owned = applied.Contains(ancestor) || others.Any(o => o.Fields.Contains(ancestor));
                if (owned || !FieldPaths.TryGet(result, ancestor, out var value) || value is not (JsonObject { Count: 0 } or JsonArray { Count: 0 }))
                {
                    break;
                }

                FieldPaths.Remove(result, ancestor);
            }
        }
    }

    /// <summary>Merges an applied configuration: maps merge, keyed lists merge by key, sets union, the rest replaces.</summary>
    private static void Merge(JsonObject target, JsonObject applied, PatchSchema schema, bool isRoot)
    {
        foreach (var (name, value) in applied)
        {
            if (isRoot && name == "metadata" && value is JsonObject metadata)
            {
                var cleaned = (JsonObject)metadata.DeepClone();
                cleaned.Remove("managedFields");
                MergeValue(target, name, cleaned, schema.Field(name));
                continue;
            }

            MergeValue(target, name, value, schema.Field(name));
        }
    }

    private static void MergeValue(JsonObject target, string name, JsonNode? value, PatchField field)
    {
        if (value is null)
        {
            target.Remove(name);
            return;
        }

        target.TryGetPropertyValue(name, out var existing);
        switch (existing, value)
        {
            case (JsonObject existingMap, JsonObject appliedMap):
                Merge(existingMap, appliedMap, field.Schema, isRoot: false);
                break;
            case (JsonArray existingList, JsonArray appliedList) when field.Meta.Merge && field.Meta.MergeKey is { } mergeKey:
                foreach (var item in appliedList.OfType<JsonObject>())
                {
                    var key = item[mergeKey];
                    var match = existingList.OfType<JsonObject>().FirstOrDefault(e => JsonNode.DeepEquals(e[mergeKey], key));
                    if (match is null)
                    {
                        var added = new JsonObject();
                        Merge(added, item, field.Schema, isRoot: false);
                        existingList.Add(added);
                    }
                    else
                    {
                        Merge(match, item, field.Schema, isRoot: false);
                    }
                }

                break;
            case (JsonArray existingSet, JsonArray appliedSet) when field.Meta.Merge:
                foreach (var item in appliedSet.Where(item => !existingSet.Any(e => JsonNode.DeepEquals(e, item))).ToList())
                {
                    existingSet.Add(item?.DeepClone());
                }

                break;
            case (_, JsonObject appliedMap):
                var fresh = new JsonObject();
                Merge(fresh, appliedMap, field.Schema, isRoot: false);
                target[name] = fresh;
                break;
            default:
                target[name] = value.DeepClone();
                break;
        }
    }

    private static bool SameValue(JsonNode? left, JsonNode? right, IReadOnlyList<string> path)
    {
        var inLeft = FieldPaths.TryGet(left, path, out var leftValue);
        var inRight = FieldPaths.TryGet(right, path, out var rightValue);
        if (inLeft != inRight)
        {
            return false;
        }

        // A keyed item or set member is "the same" when both have it; its fields are compared on their own.
        var last = path[^1];
        return last.StartsWith("k:", StringComparison.Ordinal) || last.StartsWith("v:", StringComparison.Ordinal)
            || JsonNode.DeepEquals(leftValue, rightValue);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
