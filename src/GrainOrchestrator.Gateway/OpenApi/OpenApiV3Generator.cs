using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Kinds;

namespace GrainOrchestrator.Gateway.OpenApi;

/// <summary>
/// OpenAPI v3 as the apiserver serves it under <c>/openapi/v3</c>: an index of group-version
/// documents (<see cref="Index"/>) and the documents themselves, generated once from the
/// KubernetesClient model types of the served kinds and cached. Thread-safe.
/// </summary>
public sealed class OpenApiV3Generator
{
    private readonly Lazy<FrozenDictionary<string, OpenApiDocument>> _documents;

    public OpenApiV3Generator(KindRegistry registry, ModelDocumentation documentation)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(documentation);
        _documents = new Lazy<FrozenDictionary<string, OpenApiDocument>>(() => Generate(registry, documentation));
    }

    /// <summary>The generator for the built-in kinds, with descriptions from the client's XML documentation.</summary>
    public OpenApiV3Generator()
        : this(KindRegistry.Default, ModelDocumentation.Default)
    {
    }

    /// <summary>Every document, keyed by path ("api", "api/v1", "apis", "apis/apps/v1", …).</summary>
    public IReadOnlyDictionary<string, OpenApiDocument> Documents => _documents.Value;

    /// <summary><c>{"paths":{"api/v1":{"serverRelativeURL":"/openapi/v3/api/v1?hash=…"},…}}</c>.</summary>
    public JsonObject Index()
    {
        var paths = new JsonObject();
        foreach (var document in _documents.Value.Values.OrderBy(d => d.Path, StringComparer.Ordinal))
        {
            paths[document.Path] = new JsonObject { ["serverRelativeURL"] = document.ServerRelativeUrl };
        }

        return new JsonObject { ["paths"] = paths };
    }

    /// <summary>A copy of the document at <paramref name="path"/> ("api/v1", "/apis/apps/v1") and its hash.</summary>
    public bool TryGetDocument(string path, [NotNullWhen(true)] out JsonObject? document, [NotNullWhen(true)] out string? hash)
    {
        if (TryGet(path, out var found))
        {
            document = found.ToJsonObject();
            hash = found.Hash;
            return true;
        }

        document = null;
        hash = null;
        return false;
    }

    /// <summary>The cached document at <paramref name="path"/> (for serving its bytes without copying).</summary>
    public bool TryGet(string path, [NotNullWhen(true)] out OpenApiDocument? document)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _documents.Value.TryGetValue(path.Trim('/'), out document);
    }

    private static FrozenDictionary<string, OpenApiDocument> Generate(KindRegistry registry, ModelDocumentation documentation)
    {
        var builder = new OpenApiDocumentBuilder(registry, documentation);
        var documents = new Dictionary<string, OpenApiDocument>(StringComparer.Ordinal);
        void Add(string path, JsonObject document) => documents[path] = new OpenApiDocument(path, document);

        Add("api", builder.Discovery(core: true));
        Add("apis", builder.Discovery(core: false));
        foreach (var (group, versions) in registry.Groups)
        {
            foreach (var version in versions)
            {
                Add(group.Length == 0 ? "api/" + version : "apis/" + group + "/" + version, builder.GroupVersion(group, version));
            }
        }

        return documents.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
