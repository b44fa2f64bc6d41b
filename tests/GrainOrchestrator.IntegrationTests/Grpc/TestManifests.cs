namespace GrainOrchestrator.IntegrationTests.Grpc;

/// <summary>YAML manifests for the gRPC tests; each test uses its own namespace.</summary>
internal static class TestManifests
{
    public static string App(string ns, int replicas = 2) => $"""
        # a namespace, a deployment and a service, as users write them
        apiVersion: v1
        kind: Namespace
        metadata:
          name: {ns}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: {ns}
          labels:
            app: web
        spec:
          replicas: {replicas}
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: nginx:1.27
                ports:
                - containerPort: 80
        --- # the service
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          namespace: {ns}
        spec:
          selector:
            app: web
          ports:
          - port: 80
            targetPort: 80
        """;

    public static string Namespace(string ns) => $"""
        apiVersion: v1
        kind: Namespace
        metadata:
          name: {ns}
        """;

    public static string ConfigMap(string ns, string name, string app, string value = "v1") => $"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {name}
          namespace: {ns}
          labels:
            app: {app}
        data:
          value: "{value}"
        """;

    public static string Pod(string ns, string name) => $"""
        apiVersion: v1
        kind: Pod
        metadata:
          name: {name}
          namespace: {ns}
        spec:
          containers:
          - name: app
            image: busybox:1.36
        """;

    public static string NewNamespace(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";
}
