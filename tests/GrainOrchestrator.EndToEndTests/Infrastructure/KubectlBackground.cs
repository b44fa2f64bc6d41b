using System.Diagnostics;
using System.Text;

namespace GrainOrchestrator.EndToEndTests.Infrastructure;

/// <summary>A kubectl process left running (e.g. <c>get -w</c>); its output is collected as it arrives.</summary>
public sealed class KubectlBackground : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Lock _gate = new();

    private KubectlBackground(Process process)
    {
        _process = process;
    }

    public string Stdout
    {
        get
        {
            lock (_gate)
            {
                return _stdout.ToString();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_gate)
            {
                return _stderr.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public static KubectlBackground Start(ProcessStartInfo info)
    {
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var background = new KubectlBackground(process);
        process.OutputDataReceived += (_, e) => background.Append(background._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => background.Append(background._stderr, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return background;
    }

    /// <summary>Waits until stdout has a line matching <paramref name="line"/>; fails with the output seen so far.</summary>
    public async Task<string> WaitForLineAsync(string what, Func<string, bool> line, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var match = Stdout.Split('\n').FirstOrDefault(line);
            if (match is not null)
            {
                return match;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException($"kubectl never printed {what} within {timeout.TotalSeconds} s (exited: {HasExited}).{Environment.NewLine}--- stdout ---{Environment.NewLine}{Stdout}--- stderr ---{Environment.NewLine}{Stderr}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync(CancellationToken.None);
        _process.Dispose();
    }

    private void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            target.Append(line).Append('\n');
        }
    }
}
