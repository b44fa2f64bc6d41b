using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace GrainOrchestrator.IntegrationTests.Infrastructure;

/// <summary>
/// One real <c>grainorchestrator</c> process (the Host build copied next to the tests), run
/// with <c>dotnet grainorchestrator.dll …</c>. Captures its output for failure messages, waits
/// for <c>/readyz</c>, stops it with SIGINT or kills it with SIGKILL, and never outlives the test.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private const int TailLines = 60;

    // Health probes only: the server's certificate comes from its own CA, which tests need not trust here.
    private static readonly HttpClient Http = new(new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator })
    {
        Timeout = TimeSpan.FromSeconds(3),
    };

    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly StringBuilder _standardError = new();
    private readonly Lock _gate = new();

    private NodeProcess(string name, Process process, Uri? httpBase)
    {
        Name = name;
        _process = process;
        HttpBase = httpBase;
    }

    public string Name { get; }

    public int Pid => _process.Id;

    /// <summary>Where /readyz is served, if this process serves HTTP.</summary>
    public Uri? HttpBase { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process wrote to stderr so far.</summary>
    public string StandardError
    {
        get
        {
            lock (_gate)
            {
                return _standardError.ToString();
            }
        }
    }

    /// <summary>All output so far, stdout and stderr interleaved (stderr lines prefixed).</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return string.Join(Environment.NewLine, _lines);
            }
        }
    }

    public static NodeProcess Start(NodeSpec spec) => Start(spec.NodeName, spec.ToArguments(), spec.HttpBase);

    public static NodeProcess Start(string name, IReadOnlyList<string> arguments, Uri? httpBase = null)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "grainorchestrator.dll");
        if (!File.Exists(assembly))
        {
            throw new FileNotFoundException($"The Host build is not next to the tests: {assembly} is missing.", assembly);
        }

        var info = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The test must decide what the process sees: no inherited connection string.
        info.Environment.Remove("GRAINORCHESTRATOR_POSTGRES");

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var node = new NodeProcess(name, process, httpBase);
        process.OutputDataReceived += (_, e) => node.Append(e.Data, error: false);
        process.ErrorDataReceived += (_, e) => node.Append(e.Data, error: true);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Polls <c>/readyz</c> until it answers 200; fails early if the process exits.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var uri = new Uri(HttpBase ?? throw new InvalidOperationException($"{Name} serves no HTTP endpoint."), "readyz?verbose");
        var clock = Stopwatch.StartNew();
        var last = "no answer yet";
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before it was ready.{Environment.NewLine}{Tail()}");
            }

            var (status, body) = await TryGetAsync(uri);
            if (status == HttpStatusCode.OK)
            {
                return;
            }

            last = status is null ? body : $"{(int)status}: {body}";
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        throw new TimeoutException($"{Name} was not ready within {timeout.TotalSeconds} s (last /readyz: {last}).{Environment.NewLine}{Tail()}");
    }

    /// <summary>One GET; (null, reason) when nothing answered.</summary>
    public async Task<(HttpStatusCode? Status, string Body)> GetAsync(string path) =>
        await TryGetAsync(new Uri(HttpBase ?? throw new InvalidOperationException($"{Name} serves no HTTP endpoint."), path));

    /// <summary>SIGINT, then waits for the exit and returns the exit code; kills and fails after the timeout.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            await SignalAsync("INT");
        }

        return await WaitForExitAsync(timeout);
    }

    /// <summary>SIGKILL to this process only (children it detached, like a postmaster, survive).</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        await WaitForExitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>Waits for the exit (including the end of its output) and returns the exit code; kills and fails after the timeout.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Name} did not exit within {timeout.TotalSeconds} s; killed it.{Environment.NewLine}{Tail()}");
        }

        return _process.ExitCode;
    }

    /// <summary>The last lines of output, labelled with the process name, for failure messages.</summary>
    public string Tail()
    {
        lock (_gate)
        {
            var tail = _lines.Skip(Math.Max(0, _lines.Count - TailLines));
            return $"--- last output of {Name} (pid {_process.Id.ToString(CultureInfo.InvariantCulture)}) ---{Environment.NewLine}{string.Join(Environment.NewLine, tail)}";
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            // Already gone, or never started: nothing left to clean.
        }

        _process.Dispose();
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static async Task<(HttpStatusCode? Status, string Body)> TryGetAsync(Uri uri)
    {
        try
        {
            using var response = await Http.GetAsync(uri);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (null, e.Message);
        }
    }

    private async Task SignalAsync(string signal)
    {
        // .NET can only SIGKILL another process; kill(1) sends the rest.
        using var kill = Process.Start(new ProcessStartInfo("kill")
        {
            ArgumentList = { "-s", signal, _process.Id.ToString(CultureInfo.InvariantCulture) },
            UseShellExecute = false,
        })!;
        await kill.WaitForExitAsync();
    }

    private void Append(string? line, bool error)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _lines.Add(error ? "[stderr] " + line : line);
            if (error)
            {
                _standardError.AppendLine(line);
            }
        }
    }
}
