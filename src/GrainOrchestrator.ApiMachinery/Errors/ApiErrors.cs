using GrainOrchestrator.Abstractions.Resources;

namespace GrainOrchestrator.ApiMachinery.Errors;

/// <summary>Kubernetes-style errors with upstream reasons and wording.</summary>
public static class ApiErrors
{
    public static ApiError NotFound(string groupResource, string name, string? group = null, string? kind = null) => new()
    {
        Code = 404,
        Reason = "NotFound",
        Message = $"{groupResource} \"{name}\" not found",
        Name = name,
        Group = group,
        Kind = kind,
    };

    public static ApiError AlreadyExists(string groupResource, string name, string? group = null, string? kind = null) => new()
    {
        Code = 409,
        Reason = "AlreadyExists",
        Message = $"{groupResource} \"{name}\" already exists",
        Name = name,
        Group = group,
        Kind = kind,
    };

    public static ApiError Conflict(string groupResource, string name, string detail, string? group = null, string? kind = null) => new()
    {
        Code = 409,
        Reason = "Conflict",
        Message = $"Operation cannot be fulfilled on {groupResource} \"{name}\": {detail}",
        Name = name,
        Group = group,
        Kind = kind,
    };

    public const string ModifiedDetail = "the object has been modified; please apply your changes to the latest version and try again";

    public static ApiError Invalid(string kind, string name, IReadOnlyList<ApiErrorCause> causes, string? group = null)
    {
        var qualifiedKind = string.IsNullOrEmpty(group) ? kind : $"{kind}.{group}";
        var details = string.Join(", ", causes.Select(c => string.IsNullOrEmpty(c.Field) ? c.Message : $"{c.Field}: {c.Message}"));
        return new ApiError
        {
            Code = 422,
            Reason = "Invalid",
            Message = $"{qualifiedKind} \"{name}\" is invalid: {details}",
            Name = name,
            Group = group,
            Kind = kind,
            Causes = causes,
        };
    }

    public static ApiError Forbidden(string groupResource, string name, string detail, string? group = null, string? kind = null) => new()
    {
        Code = 403,
        Reason = "Forbidden",
        Message = $"{groupResource} \"{name}\" is forbidden: {detail}",
        Name = name,
        Group = group,
        Kind = kind,
    };

    public static ApiError BadRequest(string message) => new() { Code = 400, Reason = "BadRequest", Message = message };

    public static ApiError MethodNotAllowed(string message) => new() { Code = 405, Reason = "MethodNotAllowed", Message = message };

    public static ApiError UnsupportedMediaType(string message) => new() { Code = 415, Reason = "UnsupportedMediaType", Message = message };

    public static ApiError Expired(string message) => new() { Code = 410, Reason = "Expired", Message = message };

    public static ApiError Gone(string message) => new() { Code = 410, Reason = "Gone", Message = message };

    public static ApiError InternalError(string message) => new() { Code = 500, Reason = "InternalError", Message = $"Internal error occurred: {message}" };

    public static ApiError ServiceUnavailable(string message) => new() { Code = 503, Reason = "ServiceUnavailable", Message = message };
}
