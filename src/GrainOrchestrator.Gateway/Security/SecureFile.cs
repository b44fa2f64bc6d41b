using System.Text;

namespace GrainOrchestrator.Gateway.Security;

/// <summary>
/// Writes credential files atomically (temporary file + rename) so that a crash never leaves a
/// torn key or token behind, with an explicit Unix mode set before any content is written.
/// </summary>
internal static class SecureFile
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode WorldReadable = OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    public const UnixFileMode OwnerOnlyDirectory = OwnerOnly | UnixFileMode.UserExecute;

    public static void WriteAtomically(string path, string content, UnixFileMode mode)
    {
        var temporary = $"{path}.tmp-{Guid.NewGuid():N}";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = mode;
        }

        try
        {
            using (var stream = new FileStream(temporary, options))
            {
                var bytes = Encoding.UTF8.GetBytes(content);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            // The umask may have narrowed the create mode; state it exactly.
            SetMode(temporary, mode);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Creates <paramref name="path"/> (mode 0700 when new) and returns it.</summary>
    public static string EnsureDirectory(string path)
    {
        if (!Directory.Exists(path))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(path);
            }
            else
            {
                Directory.CreateDirectory(path, OwnerOnlyDirectory);
            }
        }

        return path;
    }

    /// <summary>Removes group and other bits from an existing secret file; returns whether it had any.</summary>
    public static bool RestrictToOwner(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & ~OwnerOnly) == 0)
        {
            return false;
        }

        File.SetUnixFileMode(path, mode & OwnerOnly);
        return true;
    }

    private static void SetMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }
}
