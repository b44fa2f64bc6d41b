using Microsoft.Extensions.Logging;

namespace GrainOrchestrator.Gateway.Security;

internal static partial class SecurityLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Created the cluster CA in {Path}")]
    public static partial void CreatedCertificateAuthority(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Issued a serving certificate for {Names} valid until {NotAfter:O}")]
    public static partial void IssuedServingCertificate(ILogger logger, string names, DateTime notAfter);

    [LoggerMessage(Level = LogLevel.Information, Message = "Replacing the serving certificate: {Reason}")]
    public static partial void ReplacingServingCertificate(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Generated the admin bearer token in {Path}")]
    public static partial void GeneratedAdminToken(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rejected {Method} {Path}: {Reason}")]
    public static partial void RejectedRequest(ILogger logger, string method, string path, string reason);
}
