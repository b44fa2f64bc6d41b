using Microsoft.AspNetCore.Http;

namespace GrainOrchestrator.Gateway.Rest;

/// <summary>Whether a GET asks for a meta.k8s.io Table (kubectl get does).</summary>
public static class TableRequest
{
    public static bool Wants(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains("as=Table", StringComparison.Ordinal) && a.Contains("g=meta.k8s.io", StringComparison.Ordinal));

    public static string IncludeObject(RestQuery query) => query.Get("includeObject") switch
    {
        "Object" => "Object",
        "None" => "None",
        _ => "Metadata",
    };
}
