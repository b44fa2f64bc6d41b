using k8s.Models;

namespace GrainOrchestrator.ApiMachinery.Strategies;

/// <summary>
/// Upstream core/v1 defaulting for pod specs (SetDefaults_PodSpec, _Container, _Probe, _Volume, …),
/// shared by Pod and every kind with a pod template.
/// </summary>
internal static class PodSpecDefaults
{
    /// <summary>Upstream's default mode for secret/configMap/projected/downwardAPI volumes (0644).</summary>
    public const int DefaultVolumeMode = 420;

    public static void Apply(V1PodSpec? spec)
    {
        if (spec is null)
        {
            return;
        }

        spec.DnsPolicy ??= "ClusterFirst";
        spec.RestartPolicy ??= "Always";
        spec.SecurityContext ??= new V1PodSecurityContext();
        spec.TerminationGracePeriodSeconds ??= 30;
        spec.SchedulerName ??= "default-scheduler";
        spec.EnableServiceLinks ??= true;
        var hostNetwork = spec.HostNetwork == true;
        foreach (var container in (spec.Containers ?? []).Concat(spec.InitContainers ?? []))
        {
            ApplyContainer(container, hostNetwork);
        }

        foreach (var container in spec.EphemeralContainers ?? [])
        {
            container.TerminationMessagePath ??= "/dev/termination-log";
            container.TerminationMessagePolicy ??= "File";
            container.ImagePullPolicy ??= ImagePullPolicyFor(container.Image);
        }

        foreach (var volume in spec.Volumes ?? [])
        {
            ApplyVolume(volume);
        }
    }

    /// <summary>Always for images tagged :latest or untagged, IfNotPresent otherwise (digests included).</summary>
    public static string ImagePullPolicyFor(string? image)
    {
        image ??= string.Empty;
        if (image.Contains('@', StringComparison.Ordinal))
        {
            return "IfNotPresent";
        }

        var lastSlash = image.LastIndexOf('/');
        var lastColon = image.LastIndexOf(':');
        var tag = lastColon > lastSlash ? image[(lastColon + 1)..] : string.Empty;
        return tag.Length == 0 || tag == "latest" ? "Always" : "IfNotPresent";
    }

    private static void ApplyContainer(V1Container container, bool hostNetwork)
    {
        container.ImagePullPolicy ??= ImagePullPolicyFor(container.Image);
        container.TerminationMessagePath ??= "/dev/termination-log";
        container.TerminationMessagePolicy ??= "File";
        foreach (var port in container.Ports ?? [])
        {
            port.Protocol ??= "TCP";
            if (hostNetwork && port.HostPort is null or 0)
            {
                port.HostPort = port.ContainerPort;
            }
        }

        ApplyProbe(container.LivenessProbe);
        ApplyProbe(container.ReadinessProbe);
        ApplyProbe(container.StartupProbe);
        ApplyHandler(container.Lifecycle?.PostStart?.HttpGet);
        ApplyHandler(container.Lifecycle?.PreStop?.HttpGet);

        // Limits without requests: requests default to the limits (SetDefaults_Pod).
        if (container.Resources?.Limits is { Count: > 0 } limits)
        {
            container.Resources.Requests ??= new Dictionary<string, ResourceQuantity>();
            foreach (var (resource, quantity) in limits)
            {
                container.Resources.Requests.TryAdd(resource, quantity);
            }
        }

        foreach (var env in container.Env ?? [])
        {
            if (env.ValueFrom?.FieldRef is { } fieldRef)
            {
                fieldRef.ApiVersion ??= "v1";
            }
        }
    }

    private static void ApplyProbe(V1Probe? probe)
    {
        if (probe is null)
        {
            return;
        }

        probe.TimeoutSeconds ??= 1;
        probe.PeriodSeconds ??= 10;
        probe.SuccessThreshold ??= 1;
        probe.FailureThreshold ??= 3;
        ApplyHandler(probe.HttpGet);
    }

    private static void ApplyHandler(V1HTTPGetAction? httpGet)
    {
        if (httpGet is null)
        {
            return;
        }

        httpGet.Path ??= "/";
        httpGet.Scheme ??= "HTTP";
    }

    private static void ApplyVolume(V1Volume volume)
    {
        if (HasNoSource(volume))
        {
            volume.EmptyDir = new V1EmptyDirVolumeSource();
        }

        if (volume.Secret is { } secret)
        {
            secret.DefaultMode ??= DefaultVolumeMode;
        }

        if (volume.ConfigMap is { } configMap)
        {
            configMap.DefaultMode ??= DefaultVolumeMode;
        }

        if (volume.Projected is { } projected)
        {
            projected.DefaultMode ??= DefaultVolumeMode;
        }

        if (volume.DownwardAPI is { } downward)
        {
            downward.DefaultMode ??= DefaultVolumeMode;
        }

        if (volume.HostPath is { } hostPath)
        {
            hostPath.Type ??= string.Empty;
        }
    }

    // Every property of V1Volume except its name is a volume source.
    private static readonly System.Reflection.PropertyInfo[] SourceProperties =
        typeof(V1Volume).GetProperties().Where(p => p.Name != nameof(V1Volume.Name) && !p.PropertyType.IsValueType && p.PropertyType != typeof(string)).ToArray();

    internal static int SourceCount(V1Volume volume) => SourceProperties.Count(p => p.GetValue(volume) is not null);

    private static bool HasNoSource(V1Volume volume) => SourceCount(volume) == 0;
}
