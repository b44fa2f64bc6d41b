using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace GrainOrchestrator.Gateway.Security;

/// <summary>
/// Requires a valid bearer token on every path that <c>isOpen</c> rejects; answers 401 with a
/// Kubernetes Status otherwise. On success (and on open paths when a valid token is sent)
/// <see cref="HttpContext.User"/> becomes the token's user with its groups as roles.
/// </summary>
public sealed class BearerTokenAuthenticationMiddleware
{
    private readonly RequestDelegate _next;
    private readonly TokenValidator _validator;
    private readonly Func<PathString, bool> _isOpen;
    private readonly ILogger _logger;

    public BearerTokenAuthenticationMiddleware(
        RequestDelegate next, TokenValidator validator, Func<PathString, bool> isOpen, ILogger<BearerTokenAuthenticationMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(isOpen);
        ArgumentNullException.ThrowIfNull(logger);
        _next = next;
        _validator = validator;
        _isOpen = isOpen;
        _logger = logger;
    }

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var token = BearerToken.FromAuthorizationHeader(context.Request.Headers.Authorization);
        var user = token is null ? null : _validator.Authenticate(token);
        if (user is not null)
        {
            context.User = user.ToClaimsPrincipal();
            return _next(context);
        }

        if (_isOpen(context.Request.Path))
        {
            return _next(context);
        }

        SecurityLog.RejectedRequest(
            _logger, context.Request.Method, context.Request.Path.Value ?? "/", token is null ? "no bearer token" : "invalid bearer token");
        return WriteUnauthorizedAsync(context.Response, context.RequestAborted);
    }

    private static async Task WriteUnauthorizedAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.ContentType = "application/json";
        response.ContentLength = UnauthorizedStatus.Utf8.Length;
        response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        await response.Body.WriteAsync(UnauthorizedStatus.Utf8, cancellationToken).ConfigureAwait(false);
    }
}
