using System.Runtime.Versioning;
using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using GrainOrchestrator.Gateway.Security;
using Microsoft.Extensions.Logging.Abstractions;

namespace GrainOrchestrator.UnitTests.Security;

public sealed class ClusterCredentialsTests : IDisposable
{
    private readonly ScratchDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private ClusterCredentialSet Ensure(string[]? dns = null, IPAddress[]? ips = null, DateTimeOffset? at = null) =>
        ClusterCredentials.EnsureCreated(
            _dir.Path, dns ?? ["api.example.test"], ips ?? [IPAddress.Parse("10.1.2.3")], NullLogger.Instance,
            at is null ? TimeProvider.System : new FixedTimeProvider(at.Value));

    [Fact]
    public void First_call_creates_every_file()
    {
        using var set = Ensure();

        foreach (var file in new[] { "ca.crt", "ca.key", "server.crt", "server.key", "tokens" })
        {
            File.Exists(_dir.Pki(file)).ShouldBeTrue(file);
        }

        File.ReadAllText(Path.Combine(_dir.Path, "admin-token")).Trim().ShouldBe(set.AdminToken);
        set.CaCertificatePem.ShouldBe(File.ReadAllText(_dir.Pki("ca.crt")));
    }

    [Fact]
    public void Second_call_reuses_the_ca_the_serving_certificate_and_the_token()
    {
        using var first = Ensure();
        using var second = Ensure();

        second.CaCertificatePem.ShouldBe(first.CaCertificatePem);
        second.AdminToken.ShouldBe(first.AdminToken);
        second.ServingCertificate.Thumbprint.ShouldBe(first.ServingCertificate.Thumbprint);
        second.TokenValidator.IsValid(first.AdminToken).ShouldBeTrue();
    }

    [Fact]
    public void The_ca_is_a_self_signed_ten_year_certificate_authority()
    {
        using var set = Ensure();
        using var ca = X509Certificate2.CreateFromPem(set.CaCertificatePem);

        ca.SubjectName.Name.ShouldBe(ca.IssuerName.Name);
        var constraints = ca.Extensions.OfType<X509BasicConstraintsExtension>().Single();
        constraints.CertificateAuthority.ShouldBeTrue();
        constraints.Critical.ShouldBeTrue();
        ca.Extensions.OfType<X509KeyUsageExtension>().Single().KeyUsages.HasFlag(X509KeyUsageFlags.KeyCertSign).ShouldBeTrue();
        (ca.NotAfter - ca.NotBefore).TotalDays.ShouldBeGreaterThanOrEqualTo(3650);
        ca.GetECDsaPublicKey().ShouldNotBeNull().KeySize.ShouldBe(256);
    }

    [Fact]
    public void The_serving_certificate_is_a_one_year_server_certificate_issued_by_the_ca()
    {
        using var set = Ensure();
        using var ca = X509Certificate2.CreateFromPem(set.CaCertificatePem);
        var serving = set.ServingCertificate;

        serving.HasPrivateKey.ShouldBeTrue();
        serving.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority.ShouldBeFalse();
        serving.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages
            .Cast<Oid>().Select(o => o.Value).ShouldContain("1.3.6.1.5.5.7.3.1");
        (serving.NotAfter - serving.NotBefore).TotalDays.ShouldBeInRange(365, 366);
        ChainsTo(serving, ca).ShouldBeTrue();
    }

    [Fact]
    public void A_certificate_from_another_data_directory_does_not_chain_to_this_ca()
    {
        using var set = Ensure();
        using var other = new ScratchDirectory();
        using var foreign = ClusterCredentials.EnsureCreated(other.Path, [], []);
        using var ca = X509Certificate2.CreateFromPem(set.CaCertificatePem);

        ChainsTo(foreign.ServingCertificate, ca).ShouldBeFalse();
    }

    [Theory]
    [InlineData(new[] { "api.example.test" }, new[] { "10.1.2.3" })]
    [InlineData(new[] { "node-1", "Node-1.Cluster.Local" }, new[] { "192.168.0.7", "fd00::7" })]
    [InlineData(new string[0], new string[0])]
    public void The_serving_certificate_carries_the_requested_names_and_the_loopback_ones(string[] dns, string[] ips)
    {
        using var set = Ensure(dns, [.. ips.Select(IPAddress.Parse)]);
        var san = set.ServingCertificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        var names = san.EnumerateDnsNames().ToList();
        var addresses = san.EnumerateIPAddresses().ToList();

        names.ShouldContain("localhost");
        addresses.ShouldContain(IPAddress.Loopback);
        addresses.ShouldContain(IPAddress.IPv6Loopback);
        foreach (var name in dns)
        {
            names.ShouldContain(name.ToLowerInvariant());
        }

        foreach (var ip in ips)
        {
            addresses.ShouldContain(IPAddress.Parse(ip));
        }
    }

    [Fact]
    public void Unspecified_addresses_are_not_put_in_the_certificate_and_address_strings_become_ip_names()
    {
        using var set = Ensure(["10.9.9.9"], [IPAddress.Any, IPAddress.IPv6Any]);
        var san = set.ServingCertificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();

        san.EnumerateIPAddresses().ShouldContain(IPAddress.Parse("10.9.9.9"));
        san.EnumerateIPAddresses().ShouldNotContain(IPAddress.Any);
        san.EnumerateIPAddresses().ShouldNotContain(IPAddress.IPv6Any);
        san.EnumerateDnsNames().ShouldNotContain("10.9.9.9");
    }

    [Fact]
    public void A_newly_requested_name_reissues_the_serving_certificate_under_the_same_ca()
    {
        using var first = Ensure(["a.example.test"]);
        using var same = Ensure(["A.example.test"]);
        using var second = Ensure(["a.example.test", "b.example.test"]);

        same.ServingCertificate.Thumbprint.ShouldBe(first.ServingCertificate.Thumbprint);
        second.ServingCertificate.Thumbprint.ShouldNotBe(first.ServingCertificate.Thumbprint);
        second.CaCertificatePem.ShouldBe(first.CaCertificatePem);
        second.AdminToken.ShouldBe(first.AdminToken);
        second.ServingCertificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single()
            .EnumerateDnsNames().ShouldContain("b.example.test");
    }

    [Theory]
    [InlineData(300, false)]
    [InlineData(340, true)]
    [InlineData(400, true)]
    public void The_serving_certificate_is_reissued_within_30_days_of_expiry(int daysLater, bool reissued)
    {
        var start = DateTimeOffset.UtcNow;
        using var first = Ensure(at: start);
        using var later = Ensure(at: start.AddDays(daysLater));

        (later.ServingCertificate.Thumbprint != first.ServingCertificate.Thumbprint).ShouldBe(reissued);
        later.CaCertificatePem.ShouldBe(first.CaCertificatePem);
        later.ServingCertificate.NotAfter.ShouldBeGreaterThan(start.AddDays(daysLater + 30).UtcDateTime);
    }

    [Fact]
    public void A_serving_key_that_does_not_match_the_certificate_is_replaced()
    {
        using var first = Ensure();
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        File.WriteAllText(_dir.Pki("server.key"), otherKey.ExportPkcs8PrivateKeyPem());

        using var second = Ensure();

        second.ServingCertificate.Thumbprint.ShouldNotBe(first.ServingCertificate.Thumbprint);
        second.ServingCertificate.HasPrivateKey.ShouldBeTrue();
    }

    [Fact]
    public void A_ca_certificate_without_its_key_is_an_error_not_a_silent_new_ca()
    {
        using (Ensure())
        {
        }

        File.Delete(_dir.Pki("ca.key"));

        Should.Throw<InvalidOperationException>(() => Ensure()).Message.ShouldContain("ca.key");
    }

    [Theory]
    [InlineData("pki/ca.key")]
    [InlineData("pki/server.key")]
    [InlineData("pki/tokens")]
    [InlineData("admin-token")]
    [UnsupportedOSPlatform("windows")]
    public void Secret_files_have_mode_0600(string relative)
    {
        using var set = Ensure();

        File.GetUnixFileMode(Path.Combine(_dir.Path, relative)).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void The_pki_directory_is_private_and_loosened_key_modes_are_tightened_on_load()
    {
        using (Ensure())
        {
        }

        File.GetUnixFileMode(Path.Combine(_dir.Path, "pki")).ShouldBe(
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.SetUnixFileMode(_dir.Pki("ca.key"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        using var again = Ensure();

        File.GetUnixFileMode(_dir.Pki("ca.key")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void The_admin_token_is_32_random_bytes_in_base64url()
    {
        using var one = Ensure();
        using var other = new ScratchDirectory();
        using var two = ClusterCredentials.EnsureCreated(other.Path, [], []);

        Base64Url.IsValid(one.AdminToken).ShouldBeTrue();
        Base64Url.DecodeFromChars(one.AdminToken).Length.ShouldBe(32);
        one.AdminToken.ShouldNotBe(two.AdminToken);
    }

    [Fact]
    public void The_token_validator_accepts_the_admin_token_only()
    {
        using var set = Ensure();

        set.TokenValidator.IsValid(set.AdminToken).ShouldBeTrue();
        set.TokenValidator.TryAuthenticate(set.AdminToken, out var user).ShouldBeTrue();
        user.ShouldBe(ClusterCredentials.AdminUserName);
        set.TokenValidator.Authenticate(set.AdminToken).ShouldNotBeNull().Groups.ShouldContain(KnownGroups.SystemMasters);
        set.TokenValidator.IsValid(set.AdminToken + "x").ShouldBeFalse();
        set.TokenValidator.IsValid(set.AdminToken[..^1]).ShouldBeFalse();
        set.TokenValidator.IsValid("").ShouldBeFalse();
    }

    [Fact]
    public void The_hash_file_holds_the_sha256_of_the_token_and_never_the_token()
    {
        using var set = Ensure();
        var hashes = File.ReadAllText(_dir.Pki("tokens"));

        hashes.ShouldNotContain(set.AdminToken);
        hashes.ShouldContain(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(set.AdminToken))) + " admin system:masters");
    }

    [Fact]
    public void A_lost_admin_token_is_replaced_and_the_old_one_stops_working_while_other_tokens_stay()
    {
        using (var first = Ensure())
        {
            File.AppendAllText(_dir.Pki("tokens"), HashLine("ci-token", "ci-bot") + "\n");
            File.Delete(Path.Combine(_dir.Path, "admin-token"));

            using var second = Ensure();

            second.AdminToken.ShouldNotBe(first.AdminToken);
            second.TokenValidator.IsValid(first.AdminToken).ShouldBeFalse();
            second.TokenValidator.IsValid(second.AdminToken).ShouldBeTrue();
            second.TokenValidator.TryAuthenticate("ci-token", out var user).ShouldBeTrue();
            user.ShouldBe("ci-bot");
        }
    }

    [Fact]
    public void A_lost_hash_file_is_rebuilt_from_the_admin_token()
    {
        using var first = Ensure();
        File.Delete(_dir.Pki("tokens"));

        using var second = Ensure();

        second.AdminToken.ShouldBe(first.AdminToken);
        second.TokenValidator.IsValid(first.AdminToken).ShouldBeTrue();
        File.ReadAllText(_dir.Pki("tokens")).ShouldNotContain(first.AdminToken);
    }

    private static string HashLine(string token, string user) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))) + " " + user;

    private static bool ChainsTo(X509Certificate2 leaf, X509Certificate2 ca)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(leaf);
    }
}
