namespace GrainOrchestrator.Abstractions.Resources;

/// <summary>The answer to one object operation: the object's JSON, or an error.</summary>
[GenerateSerializer, Immutable]
public sealed class ApiResult
{
    /// <summary>HTTP status to answer with (200, 201, 202, or the error's code).</summary>
    [Id(0)] public required int Code { get; init; }

    /// <summary>The object as JSON (with resourceVersion), when the operation succeeded.</summary>
    [Id(1)] public string? Json { get; init; }

    [Id(2)] public ApiError? Error { get; init; }

    /// <summary>Warnings for the <c>Warning</c> response header.</summary>
    [Id(3)] public IReadOnlyList<string> Warnings { get; init; } = [];

    public bool Ok => Error is null;

    public static ApiResult Success(string json, int code = 200) => new() { Code = code, Json = json };

    public static ApiResult Failure(ApiError error) => new() { Code = error.Code, Error = error };
}
