using System.Diagnostics;

namespace GrainOrchestrator.EndToEndTests.Infrastructure;

/// <summary>
/// Runs the real kubectl with only the server's written kubeconfig, a private HOME and a private
/// discovery cache, so nothing from the machine's own kubectl setup leaks into a test.
/// </summary>
public sealed class KubectlRunner
{
    public const string Executable = "/usr/bin/kubectl";

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private readonly string _kubeconfig;
    private readonly string _home;

    public KubectlRunner(string kubeconfig, string home)
    {
        _kubeconfig = kubeconfig;
        _home = home;
        Directory.CreateDirectory(home);
    }

    public Task<KubectlResult> RunAsync(params string[] arguments) => RunAsync(arguments, stdin: null);

    /// <summary>Runs one command to its end (killed after <paramref name="timeout"/>).</summary>
    public async Task<KubectlResult> RunAsync(
        IReadOnlyList<string> arguments,
        string? stdin,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        using var process = new Process { StartInfo = StartInfo(arguments, environment) };
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var cts = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"kubectl {string.Join(' ', arguments)} did not finish within {(timeout ?? DefaultTimeout).TotalSeconds} s; output: {await stdout}{await stderr}");
        }

        var result = new KubectlResult(string.Join(' ', arguments), process.ExitCode, await stdout, await stderr);
        TestContext.Current.TestOutputHelper?.WriteLine(result.ToString());
        return result;
    }

    /// <summary>Starts a long-running command (a watch); the caller reads its output and disposes it.</summary>
    public KubectlBackground Start(params string[] arguments) => KubectlBackground.Start(StartInfo(arguments, environment: null));

    private ProcessStartInfo StartInfo(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = _home,
        };
        info.ArgumentList.Add("--kubeconfig");
        info.ArgumentList.Add(_kubeconfig);
        info.ArgumentList.Add("--cache-dir");
        info.ArgumentList.Add(Path.Combine(_home, "cache"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["HOME"] = _home;
        info.Environment.Remove("KUBECONFIG");
        info.Environment.Remove("KUBECTL_EXTERNAL_DIFF");
        info.Environment.Remove("KUBE_EDITOR");
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                info.Environment[name] = value;
            }
        }

        return info;
    }
}
