using System.Diagnostics;

namespace GrainOrchestrator.IntegrationTests.Protobuf;

/// <summary>Runs the machine's kubectl against a kubeconfig, with HOME and the discovery cache kept in a test directory.</summary>
internal sealed class KubectlRunner
{
    public const string KubectlPath = "/usr/bin/kubectl";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly string _kubeconfig;
    private readonly string _home;

    public KubectlRunner(string kubeconfig, string home)
    {
        _kubeconfig = kubeconfig;
        _home = home;
    }

    public async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(KubectlPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--kubeconfig");
        start.ArgumentList.Add(_kubeconfig);
        start.ArgumentList.Add("--cache-dir");
        start.ArgumentList.Add(Path.Combine(_home, "cache"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = _home;
        start.Environment.Remove("KUBECONFIG");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    public static string WriteKubeconfig(string directory, string serverAddress)
    {
        var path = Path.Combine(directory, "kubeconfig");
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: stub
              cluster:
                server: {serverAddress}
            users:
            - name: stub
              user:
                token: stub-token
            contexts:
            - name: stub
              context:
                cluster: stub
                user: stub
                namespace: default
            current-context: stub
            """);
        return path;
    }
}
