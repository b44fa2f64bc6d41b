using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GrainOrchestrator.Gateway.Security;

public static class BearerAuthApplicationBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="BearerTokenAuthenticationMiddleware"/>: paths for which
    /// <paramref name="isOpen"/> is true pass without a token (see <see cref="OpenPaths"/>);
    /// all others need <c>Authorization: Bearer &lt;token&gt;</c> accepted by <paramref name="validator"/>.
    /// </summary>
    public static IApplicationBuilder UseKubernetesBearerAuth(
        this IApplicationBuilder app, TokenValidator validator, Func<PathString, bool> isOpen)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(isOpen);
        ILogger<BearerTokenAuthenticationMiddleware> logger =
            app.ApplicationServices.GetService<ILogger<BearerTokenAuthenticationMiddleware>>()
            ?? NullLogger<BearerTokenAuthenticationMiddleware>.Instance;
        return app.UseMiddleware<BearerTokenAuthenticationMiddleware>(validator, isOpen, logger);
    }
}
