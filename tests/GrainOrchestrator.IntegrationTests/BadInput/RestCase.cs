namespace GrainOrchestrator.IntegrationTests.BadInput;

/// <summary>
/// One hostile or malformed REST request and what the server must answer: a 4xx
/// <c>metav1.Status</c> whose code is one of <see cref="Codes"/> and whose message contains
/// <see cref="Fragment"/> (case-insensitive).
/// </summary>
public sealed record RestCase(string Name, string Method, string Path)
{
    /// <summary>Null sends no Content-Type (and, without a body, no content at all).</summary>
    public string? ContentType { get; init; }

    /// <summary>Made on demand, so that a 10 MiB body exists only while its case runs.</summary>
    public Func<byte[]>? Body { get; init; }

    /// <summary>Send the body chunked, without a Content-Length.</summary>
    public bool Chunked { get; init; }

    public IReadOnlyList<int> Codes { get; init; } = [400];

    /// <summary>The expected <c>reason</c>; null accepts any.</summary>
    public string? Reason { get; init; }

    public string Fragment { get; init; } = string.Empty;

    /// <summary>Authorization header values to send; null means the admin token, empty means none.</summary>
    public IReadOnlyList<string>? Authorization { get; init; }

    /// <summary>A watch: a 200 answer is a stream, so only its headers are read.</summary>
    public bool Streaming { get; init; }

    /// <summary>Set when the server is known to get this case wrong: where the bug is and what upstream does.</summary>
    public string? KnownFailure { get; init; }

    public override string ToString() => Name;
}
