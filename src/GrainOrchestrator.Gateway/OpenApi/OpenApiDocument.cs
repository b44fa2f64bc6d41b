using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GrainOrchestrator.Gateway.OpenApi;

/// <summary>One generated document: its JSON tree, its serialized bytes and their hash (upstream's
/// ETag: upper-case hex SHA-512 of the JSON), which is also the <c>hash</c> query parameter of its URL.</summary>
public sealed class OpenApiDocument
{
    private readonly JsonObject _document;

    internal OpenApiDocument(string path, JsonObject document)
    {
        Path = path;
        _document = document;
        var json = JsonSerializer.SerializeToUtf8Bytes(document);
        Utf8Json = json;
        Hash = Convert.ToHexString(SHA512.HashData(json));
    }

    /// <summary>"api/v1", "apis/apps/v1", "api", "apis".</summary>
    public string Path { get; }

    /// <summary>The serialized document (serve these bytes as <c>application/json</c>).</summary>
    public ReadOnlyMemory<byte> Utf8Json { get; }

    /// <summary>Upper-case hex SHA-512 of <see cref="Utf8Json"/>.</summary>
    public string Hash { get; }

    /// <summary>"/openapi/v3/{path}?hash={hash}".</summary>
    public string ServerRelativeUrl => "/openapi/v3/" + Path + "?hash=" + Hash;

    /// <summary>A private copy of the document tree (callers may change it freely).</summary>
    public JsonObject ToJsonObject() => _document.DeepClone().AsObject();
}
