using System.Diagnostics;
using GrainOrchestrator.IntegrationTests.Infrastructure;

namespace GrainOrchestrator.IntegrationTests.Security;

/// <summary>Runs the machine's real kubectl against one kubeconfig, with a private HOME and cache.</summary>
public static class Kubectl
{
    public const string Path = "/usr/bin/kubectl";

    public static async Task<(int ExitCode, string StandardOutput, string StandardError)> RunAsync(string kubeconfigYaml, params string[] arguments)
    {
        using var home = new TempDirectory("go-kubectl-home");
        var kubeconfig = System.IO.Path.Combine(home.Path, "kubeconfig.yaml");
        await File.WriteAllTextAsync(kubeconfig, kubeconfigYaml);

        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--kubeconfig", kubeconfig, "--cache-dir", System.IO.Path.Combine(home.Path, "cache"), "--request-timeout=20s", .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = home.Path;
        start.Environment.Remove("KUBECONFIG");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
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
}
