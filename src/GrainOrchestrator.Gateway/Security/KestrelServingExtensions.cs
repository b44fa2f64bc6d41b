using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace GrainOrchestrator.Gateway.Security;

public static class KestrelServingExtensions
{
    /// <summary>Listens on <paramref name="endpoint"/> with TLS only, offering HTTP/1.1 and HTTP/2 (ALPN).</summary>
    public static void UseServingCertificate(this KestrelServerOptions options, IPEndPoint endpoint, X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(certificate);
        options.Listen(endpoint, listen =>
        {
            listen.Protocols = HttpProtocols.Http1AndHttp2;
            listen.UseHttps(certificate);
        });
    }
}
