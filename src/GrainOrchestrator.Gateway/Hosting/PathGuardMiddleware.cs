using GrainOrchestrator.Abstractions.Resources;
using GrainOrchestrator.Gateway.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GrainOrchestrator.Gateway.Hosting;

/// <summary>
/// Kestrel decodes <c>%2E</c> and removes dot segments before routing, so
/// <c>…/configmaps/%2E%2E</c> would reach the namespace itself. Refuse such targets from the
/// raw request line, before anything acts on the normalised path.
/// </summary>
public static class PathGuardMiddleware
{
    public static IApplicationBuilder UseKubernetesPathGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? string.Empty;
        if (HasDotSegment(raw))
        {
            await StatusResponses.WriteAsync(context, new ApiError
            {
                Code = 400,
                Reason = "BadRequest",
                Message = "the request path may not contain '.' or '..' segments",
            }).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    });

    public static bool HasDotSegment(string rawTarget)
    {
        var path = rawTarget.Split('?', 2)[0];
        foreach (var segment in path.Split('/'))
        {
            string decoded;
            try
            {
                decoded = Uri.UnescapeDataString(segment);
            }
            catch (UriFormatException)
            {
                return true;
            }

            if (decoded is "." or "..")
            {
                return true;
            }
        }

        return false;
    }
}
