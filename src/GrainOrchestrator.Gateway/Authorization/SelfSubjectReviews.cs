using System.Text.Json.Nodes;
using GrainOrchestrator.ApiMachinery.Errors;
using GrainOrchestrator.Gateway.Rest;
using Microsoft.AspNetCore.Http;

namespace GrainOrchestrator.Gateway.Authorization;

/// <summary>
/// SelfSubjectAccessReview and SelfSubjectRulesReview so that <c>kubectl auth can-i</c> answers:
/// every authenticated user may do everything until RBAC is enforced.
/// </summary>
public static class SelfSubjectReviews
{
    public static async Task HandleAsync(HttpContext context, string resource)
    {
        if (context.Request.Method != "POST")
        {
            await StatusResponses.WriteAsync(context, ApiErrors.MethodNotAllowed("only create is supported")).ConfigureAwait(false);
            return;
        }

        var (json, error) = await RequestBodies.ReadJsonAsync(context).ConfigureAwait(false);
        if (json is null || JsonNode.Parse(json) is not JsonObject review)
        {
            await StatusResponses.WriteAsync(context, error ?? ApiErrors.BadRequest("the body must be a review object")).ConfigureAwait(false);
            return;
        }

        switch (resource)
        {
            case "selfsubjectaccessreviews":
                review["status"] = new JsonObject { ["allowed"] = true, ["reason"] = "all authenticated users are allowed until RBAC is enforced" };
                break;
            case "selfsubjectrulesreviews":
                review["status"] = new JsonObject
                {
                    ["resourceRules"] = new JsonArray(new JsonObject { ["verbs"] = new JsonArray("*"), ["apiGroups"] = new JsonArray("*"), ["resources"] = new JsonArray("*") }),
                    ["nonResourceRules"] = new JsonArray(new JsonObject { ["verbs"] = new JsonArray("*"), ["nonResourceURLs"] = new JsonArray("*") }),
                    ["incomplete"] = false,
                };
                break;
            default:
                await StatusResponses.WriteAsync(context, new Abstractions.Resources.ApiError { Code = 404, Reason = "NotFound", Message = "the server could not find the requested resource" }).ConfigureAwait(false);
                return;
        }

        review["apiVersion"] = "authorization.k8s.io/v1";
        await StatusResponses.WriteJsonAsync(context, 201, review.ToJsonString()).ConfigureAwait(false);
    }
}
