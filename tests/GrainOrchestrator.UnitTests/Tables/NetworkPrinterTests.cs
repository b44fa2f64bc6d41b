namespace GrainOrchestrator.UnitTests.Tables;

public sealed class NetworkPrinterTests
{
    [Fact]
    public void Service_node_port_ports_and_selector()
    {
        var service = TableKit.Make("web", """
            {"type":"NodePort","clusterIP":"10.96.0.10","clusterIPs":["10.96.0.10"],"selector":{"app":"web"},
             "ports":[{"port":80,"protocol":"TCP"},{"port":443,"nodePort":30443,"protocol":"TCP"}]}
            """);

        var row = TableKit.Row("", "Service", service);

        row["Type"].ShouldBe("NodePort");
        row["Cluster-IP"].ShouldBe("10.96.0.10");
        row["External-IP"].ShouldBe("<none>");
        row["Port(s)"].ShouldBe("80/TCP,443:30443/TCP");
        row["Selector"].ShouldBe("app=web");
    }

    [Theory]
    [InlineData("""{"type":"ClusterIP","clusterIPs":["10.0.0.1"]}""", "{}", "10.0.0.1", "<none>", "<none>")]
    [InlineData("""{"type":"ClusterIP","clusterIP":"None"}""", "{}", "None", "<none>", "<none>")]
    [InlineData("""{"type":"ClusterIP","externalIPs":["1.2.3.4","5.6.7.8"]}""", "{}", "<none>", "1.2.3.4,5.6.7.8", "<none>")]
    [InlineData("""{"type":"LoadBalancer","clusterIPs":["10.0.0.2"],"ports":[{"port":53,"protocol":"UDP"}]}""", "{}", "10.0.0.2", "<pending>", "53/UDP")]
    [InlineData(
        """{"type":"LoadBalancer"}""",
        """{"loadBalancer":{"ingress":[{"ip":"9.9.9.9"},{"hostname":"lb.example.com"},{"ip":"9.9.9.9"}]}}""",
        "<none>",
        "9.9.9.9,lb.example.com",
        "<none>")]
    [InlineData("""{"type":"LoadBalancer","externalIPs":["1.1.1.1"]}""", """{"loadBalancer":{"ingress":[{"ip":"2.2.2.2"}]}}""", "<none>", "2.2.2.2,1.1.1.1", "<none>")]
    [InlineData("""{"type":"ExternalName","externalName":"db.example.com"}""", "{}", "<none>", "db.example.com", "<none>")]
    [InlineData("{}", "{}", "<none>", "<unknown>", "<none>")]
    public void Service_addresses(string spec, string status, string clusterIp, string externalIp, string ports)
    {
        var row = TableKit.Row("", "Service", TableKit.Make("s", spec, status));

        row["Cluster-IP"].ShouldBe(clusterIp);
        row["External-IP"].ShouldBe(externalIp);
        row["Port(s)"].ShouldBe(ports);
        row["Selector"].ShouldBe("<none>");
    }

    [Theory]
    [InlineData("[]", "<none>")]
    [InlineData("""[{"addresses":[{"ip":"10.0.0.1"},{"ip":"10.0.0.2"}],"ports":[{"port":8080}]}]""", "10.0.0.1:8080,10.0.0.2:8080")]
    [InlineData("""[{"addresses":[{"ip":"10.0.0.1"}]}]""", "10.0.0.1")]
    [InlineData("""[{"addresses":[{"ip":"fd00::1"}],"ports":[{"port":80}]}]""", "[fd00::1]:80")]
    [InlineData("""[{"addresses":[{"ip":"a1"},{"ip":"a2"},{"ip":"a3"}],"ports":[{"port":80},{"port":443}]}]""", "a1:80,a2:80,a3:80 + 3 more...")]
    public void Endpoints_list_at_most_three(string subsets, string expected)
    {
        TableKit.Row("", "Endpoints", TableKit.Make("e").With("subsets", subsets))["Endpoints"].ShouldBe(expected);
    }

    [Fact]
    public void EndpointSlice_cells()
    {
        var slice = TableKit.Make("web-abc")
            .With("addressType", "\"IPv4\"")
            .With("ports", """[{"name":"http","port":80},{"name":"named"},{}]""")
            .With("endpoints", """[{"addresses":["10.0.0.1"]},{"addresses":["10.0.0.2","10.0.0.3"]},{"addresses":["10.0.0.4"]}]""");

        var row = TableKit.Row("discovery.k8s.io", "EndpointSlice", slice);

        row["AddressType"].ShouldBe("IPv4");
        row["Ports"].ShouldBe("80,named,*");
        row["Endpoints"].ShouldBe("10.0.0.1,10.0.0.2,10.0.0.3 + 1 more...");
    }

    [Fact]
    public void EndpointSlice_without_ports_or_endpoints_is_unset()
    {
        var row = TableKit.Row("discovery.k8s.io", "EndpointSlice", TableKit.Make("e").With("addressType", "\"IPv4\""));

        row["Ports"].ShouldBe("<unset>");
        row["Endpoints"].ShouldBe("<unset>");
    }

    [Theory]
    [InlineData("""{"ingressClassName":"nginx","rules":[{"host":"a.example.com"}]}""", "{}", "nginx", "a.example.com", "", "80")]
    [InlineData("""{"rules":[{"http":{}}],"tls":[{"hosts":["x"]}]}""", """{"loadBalancer":{"ingress":[{"ip":"10.1.1.1"}]}}""", "<none>", "*", "10.1.1.1", "80, 443")]
    [InlineData("""{"rules":[{"host":"a"},{"host":"b"},{"host":"c"},{"host":"d"},{"host":"e"}]}""", "{}", "<none>", "a,b,c + 2 more...", "", "80")]
    public void Ingress_cells(string spec, string status, string className, string hosts, string address, string ports)
    {
        var row = TableKit.Row("networking.k8s.io", "Ingress", TableKit.Make("i", spec, status));

        row["Class"].ShouldBe(className);
        row["Hosts"].ShouldBe(hosts);
        row["Address"].ShouldBe(address);
        row["Ports"].ShouldBe(ports);
    }

    [Theory]
    [InlineData("""{"controller":"k8s.io/ingress-nginx"}""", "<none>")]
    [InlineData("""{"controller":"c","parameters":{"apiGroup":"k8s.example.com","kind":"IngressParameters","name":"p"}}""", "IngressParameters.k8s.example.com/p")]
    [InlineData("""{"controller":"c","parameters":{"kind":"ConfigMap","name":"cm"}}""", "ConfigMap/cm")]
    public void IngressClass_parameters(string spec, string expected)
    {
        TableKit.Row("networking.k8s.io", "IngressClass", TableKit.Make("nginx", spec))["Parameters"].ShouldBe(expected);
    }
}
