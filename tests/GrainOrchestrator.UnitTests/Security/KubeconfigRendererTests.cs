using System.Runtime.Versioning;
using System.Text;
using GrainOrchestrator.Gateway.Security;
using k8s;
using YamlDotNet.RepresentationModel;

namespace GrainOrchestrator.UnitTests.Security;

public sealed class KubeconfigRendererTests
{
    private const string Server = "https://127.0.0.1:6443";
    private const string Token = "-Ab_cd-EF0123456789abcdefghijklmnopqrstuvw";

    [Fact]
    public void Renders_a_kubeconfig_whose_fields_parse_back()
    {
        using var dir = new ScratchDirectory();
        using var set = ClusterCredentials.EnsureCreated(dir.Path, [], []);

        var yaml = KubeconfigRenderer.Render(Server, set.CaCertificatePem, Token, "demo");
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;

        Scalar(root, "apiVersion").ShouldBe("v1");
        Scalar(root, "kind").ShouldBe("Config");
        Scalar(root, "current-context").ShouldBe("demo");
        var cluster = Single(root, "clusters");
        Scalar(cluster, "name").ShouldBe("demo");
        var endpoint = (YamlMappingNode)cluster["cluster"];
        Scalar(endpoint, "server").ShouldBe(Server);
        Encoding.UTF8.GetString(Convert.FromBase64String(Scalar(endpoint, "certificate-authority-data"))).ShouldBe(set.CaCertificatePem);
        var user = Single(root, "users");
        Scalar(user, "name").ShouldBe("demo-admin");
        Scalar((YamlMappingNode)user["user"], "token").ShouldBe(Token);
        var context = (YamlMappingNode)Single(root, "contexts")["context"];
        Scalar(context, "cluster").ShouldBe("demo");
        Scalar(context, "user").ShouldBe("demo-admin");
        Scalar(context, "namespace").ShouldBe("default");
    }

    [Fact]
    public void The_official_client_reads_server_token_and_ca()
    {
        using var dir = new ScratchDirectory();
        using var set = ClusterCredentials.EnsureCreated(dir.Path, [], []);
        var yaml = KubeconfigRenderer.Render(Server, set.CaCertificatePem, Token);

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(yaml));
        var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(stream);

        config.Host.ShouldBe(Server);
        config.AccessToken.ShouldBe(Token);
        config.CurrentContext.ShouldBe("grainorchestrator");
        config.Namespace.ShouldBe("default");
        config.SslCaCerts.ShouldNotBeNull().Single().Thumbprint.ShouldBe(
            System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(set.CaCertificatePem).Thumbprint);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Write_creates_an_owner_only_file()
    {
        using var dir = new ScratchDirectory();
        Directory.CreateDirectory(dir.Path);
        var path = Path.Combine(dir.Path, "kubeconfig.yaml");

        KubeconfigRenderer.Write(path, Server, "-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n", Token);

        File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.ReadAllText(path).ShouldContain(Token);
    }

    [Theory]
    [InlineData("", "pem", "token")]
    [InlineData("not a url", "pem", "token")]
    [InlineData(Server, "", "token")]
    [InlineData(Server, "pem", " ")]
    public void Rejects_missing_parts(string server, string ca, string token) =>
        Should.Throw<ArgumentException>(() => KubeconfigRenderer.Render(server, ca, token));

    private static YamlMappingNode Single(YamlMappingNode root, string key) =>
        (YamlMappingNode)((YamlSequenceNode)root[key]).Children.Single();

    private static string Scalar(YamlMappingNode node, string key) =>
        ((YamlScalarNode)node[key]).Value.ShouldNotBeNull();
}
