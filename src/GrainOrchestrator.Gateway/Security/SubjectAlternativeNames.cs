using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace GrainOrchestrator.Gateway.Security;

/// <summary>
/// The names a serving certificate must carry: the requested DNS names and addresses plus
/// localhost, 127.0.0.1 and ::1. DNS names are compared case-insensitively; a "DNS name"
/// that parses as an address counts as an address; unspecified addresses (0.0.0.0, ::) are
/// dropped since no client connects to them.
/// </summary>
internal sealed class SubjectAlternativeNames
{
    private SubjectAlternativeNames(IReadOnlyList<string> dnsNames, IReadOnlyList<IPAddress> ipAddresses)
    {
        DnsNames = dnsNames;
        IpAddresses = ipAddresses;
    }

    public IReadOnlyList<string> DnsNames { get; }

    public IReadOnlyList<IPAddress> IpAddresses { get; }

    public static SubjectAlternativeNames Create(IEnumerable<string> dnsNames, IEnumerable<IPAddress> ipAddresses)
    {
        ArgumentNullException.ThrowIfNull(dnsNames);
        ArgumentNullException.ThrowIfNull(ipAddresses);
        var names = new List<string> { "localhost" };
        var addresses = new List<IPAddress> { IPAddress.Loopback, IPAddress.IPv6Loopback };
        foreach (var raw in dnsNames)
        {
            var name = raw?.Trim().TrimEnd('.');
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            if (IPAddress.TryParse(name.Trim('[', ']'), out var parsed))
            {
                addresses.Add(parsed);
            }
            else
            {
                names.Add(name.ToLowerInvariant());
            }
        }

        addresses.AddRange(ipAddresses);
        return new SubjectAlternativeNames(
            [.. names.Distinct(StringComparer.Ordinal)],
            [.. addresses.Select(Normalize).Where(a => !IsUnspecified(a)).Distinct()]);
    }

    public X509Extension ToExtension()
    {
        var builder = new SubjectAlternativeNameBuilder();
        foreach (var name in DnsNames)
        {
            builder.AddDnsName(name);
        }

        foreach (var address in IpAddresses)
        {
            builder.AddIpAddress(address);
        }

        return builder.Build(critical: false);
    }

    /// <summary>The requested names that <paramref name="certificate"/> does not carry.</summary>
    public IReadOnlyList<string> MissingFrom(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var extension = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().FirstOrDefault();
        var presentNames = extension?.EnumerateDnsNames().ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        var presentAddresses = extension?.EnumerateIPAddresses().Select(Normalize).ToHashSet() ?? [];
        return
        [
            .. DnsNames.Where(n => !presentNames.Contains(n)),
            .. IpAddresses.Where(a => !presentAddresses.Contains(a)).Select(a => a.ToString()),
        ];
    }

    private static IPAddress Normalize(IPAddress address) =>
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private static bool IsUnspecified(IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetwork ? address.Equals(IPAddress.Any) : address.Equals(IPAddress.IPv6Any);
}
