using System.Text.Json.Nodes;
using GrainOrchestrator.Abstractions.Resources;
using Microsoft.AspNetCore.Http;

namespace GrainOrchestrator.Gateway.Rest;

/// <summary>Errors as <c>metav1.Status</c>, the way kubectl and client-go read them.</summary>
public static class StatusResponses
{
    public static JsonObject ToStatus(ApiError error)
    {
        var status = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = error.Message,
            ["reason"] = error.Reason,
            ["code"] = error.Code,
        };
        if (error.Name is not null || error.Kind is not null || error.Causes.Count > 0)
        {
            var details = new JsonObject();
            if (error.Name is not null)
            {
                details["name"] = error.Name;
            }

            if (!string.IsNullOrEmpty(error.Group))
            {
                details["group"] = error.Group;
            }

            if (error.Kind is not null)
            {
                details["kind"] = error.Kind;
            }

            if (error.Causes.Count > 0)
            {
                details["causes"] = new JsonArray([.. error.Causes.Select(c =>
                {
                    var cause = new JsonObject { ["reason"] = c.Reason, ["message"] = c.Message };
                    if (c.Field is not null)
                    {
                        cause["field"] = c.Field;
                    }

                    return (JsonNode)cause;
                })]);
            }

            status["details"] = details;
        }

        return status;
    }

    public static JsonObject Success(string? name = null, string? kind = null, string? group = null, string? uid = null)
    {
        var details = new JsonObject();
        if (name is not null)
        {
            details["name"] = name;
        }

        if (!string.IsNullOrEmpty(group))
        {
            details["group"] = group;
        }

        if (kind is not null)
        {
            details["kind"] = kind;
        }

        if (uid is not null)
        {
            details["uid"] = uid;
        }

        return new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Success",
            ["details"] = details,
        };
    }

    public static Task WriteAsync(HttpContext context, ApiError error) =>
        WriteJsonAsync(context, error.Code, ToStatus(error).ToJsonString());

    public static async Task WriteJsonAsync(HttpContext context, int code, string json)
    {
        context.Response.StatusCode = code;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);
    }
}
