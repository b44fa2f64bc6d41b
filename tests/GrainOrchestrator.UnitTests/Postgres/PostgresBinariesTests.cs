using GrainOrchestrator.Host.Postgres;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Postgres;

public sealed class PostgresBinariesTests
{
    private static readonly string[] Debian = ["/usr/lib/postgresql/15/bin"];

    [Fact]
    public void Path_entries_win_over_the_Debian_directories()
    {
        var files = Files("/opt/pg/bin/initdb", "/opt/pg/bin/pg_ctl", "/usr/lib/postgresql/15/bin/initdb", "/usr/lib/postgresql/15/bin/pg_ctl");

        var found = PostgresBinaries.Find("/usr/bin:/opt/pg/bin", Debian, files.Contains);

        found.ShouldBe(new PostgresBinaries("/opt/pg/bin/initdb", "/opt/pg/bin/pg_ctl"));
    }

    [Fact]
    public void Falls_back_to_the_Debian_directories_when_PATH_has_none()
    {
        var files = Files("/usr/lib/postgresql/15/bin/initdb", "/usr/lib/postgresql/15/bin/pg_ctl");

        var found = PostgresBinaries.Find("/usr/bin", Debian, files.Contains);

        found.InitDb.ShouldBe("/usr/lib/postgresql/15/bin/initdb");
        found.PgCtl.ShouldBe("/usr/lib/postgresql/15/bin/pg_ctl");
    }

    [Fact]
    public void Both_tools_must_come_from_one_directory()
    {
        var files = Files("/a/initdb", "/b/pg_ctl", "/c/initdb", "/c/pg_ctl");

        PostgresBinaries.Find("/a:/b:/c", [], files.Contains).PgCtl.ShouldBe("/c/pg_ctl");
    }

    [Theory]
    [InlineData(new string[0], "initdb, pg_ctl not found")]
    [InlineData(new[] { "/usr/bin/initdb" }, "pg_ctl not found")]
    [InlineData(new[] { "/usr/bin/pg_ctl" }, "initdb not found")]
    public void Names_what_is_missing_and_how_to_install_it(string[] present, string expected)
    {
        var files = Files(present);

        var error = Should.Throw<PostgresNotFoundException>(() => PostgresBinaries.Find("/usr/bin", Debian, files.Contains));

        error.Message.ShouldContain(expected);
        error.Message.ShouldContain("apt-get install postgresql");
    }

    [Fact]
    public void Debian_directories_are_listed_newest_version_first()
    {
        var root = Directory.CreateTempSubdirectory("pgbin").FullName;
        try
        {
            foreach (var version in new[] { "9", "15", "13" })
            {
                Directory.CreateDirectory(Path.Combine(root, version, "bin"));
            }

            PostgresBinaries.DebianBinDirectories(root).Select(d => Path.GetFileName(Path.GetDirectoryName(d)))
                .ShouldBe(["15", "13", "9"]);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_missing_Debian_root_yields_no_directories() =>
        PostgresBinaries.DebianBinDirectories("/nonexistent/postgresql").ShouldBeEmpty();

    private static HashSet<string> Files(params string[] paths) => new(paths, StringComparer.Ordinal);
}
