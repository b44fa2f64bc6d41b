namespace GrainOrchestrator.Gateway.PodStreams;

/// <summary>The channel numbers of the <c>channel.k8s.io</c> WebSocket protocols (the first byte of every frame).</summary>
internal static class ExecChannels
{
    public const byte Stdin = 0;
    public const byte Stdout = 1;
    public const byte Stderr = 2;
    public const byte Error = 3;
    public const byte Resize = 4;

    /// <summary>v5 only: <c>[255, n]</c> closes stream n (kubectl sends it for stdin EOF).</summary>
    public const byte Close = 255;

    public const string V5 = "v5.channel.k8s.io";
    public const string V4 = "v4.channel.k8s.io";
}
