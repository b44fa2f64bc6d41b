using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GrainOrchestrator.Host.Postgres;

/// <summary>
/// A private PostgreSQL cluster under one directory, run with the machine's <c>initdb</c> and
/// <c>pg_ctl</c>: <c>directory/data</c> holds the cluster, <c>directory/password</c> the generated
/// superuser password (mode 0600) and <c>directory/port</c> the loopback port it listens on.
/// </summary>
public sealed partial class EmbeddedPostgres : IAsyncDisposable
{
    public const string DatabaseName = "grainorchestrator";
    public const string SuperuserName = "grainorchestrator";

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly string _directory;
    private readonly ILogger<EmbeddedPostgres> _logger;
    private PostgresBinaries? _binaries;
    private CommandRunner? _runner;
    private bool _running;
    private string? _connectionString;

    public EmbeddedPostgres(string directory, ILogger<EmbeddedPostgres> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(logger);
        _directory = Path.GetFullPath(directory);
        _logger = logger;
    }

    private string DataDirectory => Path.Combine(_directory, "data");

    private string PasswordPath => Path.Combine(_directory, "password");

    private string PortPath => Path.Combine(_directory, "port");

    private string LogPath => Path.Combine(_directory, "postgres.log");

    /// <summary>
    /// Creates the cluster on first use, starts it (or adopts a postmaster left running by an
    /// earlier process on this directory), creates the <c>grainorchestrator</c> database if missing
    /// and returns a connection string for it.
    /// </summary>
    public async Task<string> StartAsync(CancellationToken ct)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The embedded PostgreSQL runs on Linux and macOS only; pass a connection string instead.");
        }

        _binaries ??= PostgresBinaries.Locate();
        _runner ??= new CommandRunner(asPostgresUser: CommandRunner.IsRoot);

        await PrepareDirectoryAsync(ct).ConfigureAwait(false);
        var password = await EnsurePasswordAsync(ct).ConfigureAwait(false);
        await EnsureClusterAsync(ct).ConfigureAwait(false);

        var port = await TryAdoptRunningPostmasterAsync(password, ct).ConfigureAwait(false)
            ?? await StartPostmasterAsync(ct).ConfigureAwait(false);
        _running = true;

        var adminConnectionString = AdminConnectionString(port, password);
        await WaitUntilAcceptingAsync(adminConnectionString, ct).ConfigureAwait(false);
        await EnsureDatabaseAsync(adminConnectionString, ct).ConfigureAwait(false);
        _connectionString = PostgresConnectionStrings.Build(port, SuperuserName, password, DatabaseName);
        return _connectionString;
    }

    /// <summary>Stops the postmaster of this directory (fast shutdown) and waits until it is gone.</summary>
    public async Task StopAsync(CancellationToken ct)
    {
        _running = false;
        if (_connectionString is not null)
        {
            // Pooled connections to the stopped server are dead; a later start must not get them.
            NpgsqlConnection.ClearPool(new NpgsqlConnection(_connectionString));
        }

        if (PostmasterPidFile.Read(DataDirectory) is not { } pidFile || !IsPostgresProcess(pidFile.Pid))
        {
            return;
        }

        _binaries ??= PostgresBinaries.Locate();
        _runner ??= new CommandRunner(asPostgresUser: CommandRunner.IsRoot);
        var result = await PgCtlAsync(["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60"], ct).ConfigureAwait(false);
        if (!result.Succeeded && IsPostgresProcess(pidFile.Pid))
        {
            LogFastStopFailed(_logger, result.Output);
            result = await PgCtlAsync(["stop", "-D", DataDirectory, "-m", "immediate", "-w", "-t", "60"], ct).ConfigureAwait(false);
            if (!result.Succeeded && IsPostgresProcess(pidFile.Pid))
            {
                throw new InvalidOperationException($"pg_ctl stop failed for {DataDirectory}: {result.Output}");
            }
        }

        LogStopped(_logger, DataDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        if (_running)
        {
            await StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    [UnsupportedOSPlatform("windows")]
    private async Task PrepareDirectoryAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(_directory);
        if (!_runner!.AsPostgresUser)
        {
            return;
        }

        EnsureAncestorsTraversable();
        await ChownToPostgresAsync(_directory, ct).ConfigureAwait(false);
    }

    /// <summary>The postgres user must be able to reach its directory, e.g. below /root (mode 0700).</summary>
    [UnsupportedOSPlatform("windows")]
    private void EnsureAncestorsTraversable()
    {
        for (var ancestor = Directory.GetParent(_directory); ancestor is not null; ancestor = ancestor.Parent)
        {
            var mode = File.GetUnixFileMode(ancestor.FullName);
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                File.SetUnixFileMode(ancestor.FullName, mode | UnixFileMode.OtherExecute);
                LogAddedTraverse(_logger, ancestor.FullName, CommandRunner.PostgresOsUser);
            }
        }
    }

    [UnsupportedOSPlatform("windows")]
    private async Task<string> EnsurePasswordAsync(CancellationToken ct)
    {
        if (!File.Exists(PasswordPath))
        {
            var password = RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32);
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            };
            await using (var stream = new FileStream(PasswordPath, options))
            await using (var writer = new StreamWriter(stream))
            {
                await writer.WriteLineAsync(password.AsMemory(), ct).ConfigureAwait(false);
            }

            if (_runner!.AsPostgresUser)
            {
                // initdb (running as postgres) reads the file once to set the password.
                await ChownToPostgresAsync(PasswordPath, ct).ConfigureAwait(false);
            }
        }

        var stored = (await File.ReadAllLinesAsync(PasswordPath, ct).ConfigureAwait(false)).FirstOrDefault()?.Trim();
        return string.IsNullOrEmpty(stored)
            ? throw new InvalidOperationException($"The embedded PostgreSQL password file {PasswordPath} is empty.")
            : stored;
    }

    private async Task EnsureClusterAsync(CancellationToken ct)
    {
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            return;
        }

        // A data directory without PG_VERSION is the rest of an interrupted initdb.
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        LogInitializing(_logger, DataDirectory);
        var result = await _runner!.RunAsync(
            _binaries!.InitDb,
            ["-D", DataDirectory, "-U", SuperuserName, "--pwfile=" + PasswordPath, "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C"],
            _directory,
            ct).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"initdb failed for {DataDirectory} (exit {result.ExitCode}): {result.Output}");
        }

        // Loopback TCP only, and no unix socket so nothing needs /var/run/postgresql.
        string[] settings =
        [
            "",
            "# grainorchestrator embedded settings",
            "listen_addresses = '127.0.0.1'",
            "unix_socket_directories = ''",
            "max_connections = 200",
        ];
        await File.AppendAllLinesAsync(Path.Combine(DataDirectory, "postgresql.conf"), settings, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// A postmaster from an earlier process (killed before it could stop it) may still serve this
    /// directory: use it when it accepts our credentials, otherwise stop it so we can start cleanly.
    /// </summary>
    private async Task<int?> TryAdoptRunningPostmasterAsync(string password, CancellationToken ct)
    {
        if (PostmasterPidFile.Read(DataDirectory) is not { } pidFile || !IsPostgresProcess(pidFile.Pid))
        {
            return null;
        }

        if (pidFile.Port is { } port && await CanConnectAsync(AdminConnectionString(port, password), ct).ConfigureAwait(false))
        {
            LogAdopted(_logger, pidFile.Pid, port);
            PortFile.Write(PortPath, port);
            return port;
        }

        LogRestartingOrphan(_logger, pidFile.Pid);
        await StopAsync(ct).ConfigureAwait(false);
        return null;
    }

    private async Task<int> StartPostmasterAsync(CancellationToken ct)
    {
        // One retry covers another process grabbing the chosen port between our check and the bind.
        for (var attempt = 1; ; attempt++)
        {
            var port = PortFile.Choose(PortFile.Read(PortPath), PortFile.IsFree, PortFile.PickFree);
            PortFile.Write(PortPath, port);
            LogStarting(_logger, DataDirectory, port);
            var result = await PgCtlAsync(
                ["start", "-D", DataDirectory, "-l", LogPath, "-w", "-t", ((int)ReadyTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture), "-o", "-p " + port.ToString(CultureInfo.InvariantCulture)],
                ct).ConfigureAwait(false);
            if (result.Succeeded)
            {
                return port;
            }

            if (attempt >= 2 || PortFile.IsFree(port))
            {
                throw new InvalidOperationException(
                    $"pg_ctl start failed for {DataDirectory} (exit {result.ExitCode}): {result.Output}{Environment.NewLine}{TailOfLog()}");
            }

            File.Delete(PortPath);
        }
    }

    private Task<CommandResult> PgCtlAsync(IReadOnlyList<string> arguments, CancellationToken ct) =>
        _runner!.RunAsync(_binaries!.PgCtl, arguments, _directory, ct);

    private static async Task WaitUntilAcceptingAsync(string connectionString, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (!await CanConnectAsync(connectionString, ct).ConfigureAwait(false))
        {
            if (deadline.Elapsed > ReadyTimeout)
            {
                throw new TimeoutException($"PostgreSQL did not accept connections within {ReadyTimeout.TotalSeconds} s.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), ct).ConfigureAwait(false);
        }
    }

    private static async Task<bool> CanConnectAsync(string connectionString, CancellationToken ct)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct).ConfigureAwait(false);
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    private static async Task EnsureDatabaseAsync(string adminConnectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(DatabaseName);
        if (await exists.ExecuteScalarAsync(ct).ConfigureAwait(false) is not null)
        {
            return;
        }

        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", connection);
            await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Created concurrently by another starter: fine.
        }
    }

    /// <summary>Unpooled, to the maintenance database: nothing lingers after a stop.</summary>
    private static string AdminConnectionString(int port, string password) =>
        new NpgsqlConnectionStringBuilder(PostgresConnectionStrings.Build(port, SuperuserName, password, "postgres"))
        {
            Pooling = false,
            Timeout = 5,
        }.ConnectionString;

    private static async Task ChownToPostgresAsync(string path, CancellationToken ct)
    {
        var result = await new CommandRunner(asPostgresUser: false)
            .RunAsync("chown", [CommandRunner.PostgresOsUser + ":", path], "/", ct).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"chown {CommandRunner.PostgresOsUser} {path} failed: {result.Output}");
        }
    }

    /// <summary>
    /// Whether a live (not zombie) postgres process has this pid. An exited postmaster can linger
    /// as a zombie until init reaps it, so on Linux the state comes from /proc.
    /// </summary>
    internal static bool IsPostgresProcess(int pid)
    {
        var statPath = $"/proc/{pid}/stat";
        if (Directory.Exists("/proc/self"))
        {
            try
            {
                return ProcStat.IsLivePostgres(File.ReadAllText(statPath));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited && process.ProcessName is "postgres" or "postmaster";
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private string TailOfLog()
    {
        try
        {
            return File.Exists(LogPath) ? string.Join(Environment.NewLine, File.ReadLines(LogPath).TakeLast(20)) : string.Empty;
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Initializing embedded PostgreSQL cluster in {DataDirectory}")]
    private static partial void LogInitializing(ILogger logger, string dataDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Starting embedded PostgreSQL in {DataDirectory} on 127.0.0.1:{Port}")]
    private static partial void LogStarting(ILogger logger, string dataDirectory, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reusing embedded PostgreSQL (pid {Pid}) still running on 127.0.0.1:{Port} from an earlier run")]
    private static partial void LogAdopted(ILogger logger, int pid, int port);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedded PostgreSQL (pid {Pid}) from an earlier run does not accept our connection; stopping it to restart")]
    private static partial void LogRestartingOrphan(ILogger logger, int pid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Added o+x to {Directory} so that the {User} OS user can reach the embedded PostgreSQL data directory")]
    private static partial void LogAddedTraverse(ILogger logger, string directory, string user);

    [LoggerMessage(Level = LogLevel.Warning, Message = "pg_ctl fast stop failed, trying immediate stop: {Output}")]
    private static partial void LogFastStopFailed(ILogger logger, string output);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped embedded PostgreSQL in {DataDirectory}")]
    private static partial void LogStopped(ILogger logger, string dataDirectory);
}
