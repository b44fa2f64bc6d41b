using System.Security.Cryptography;
using System.Text;
using GrainOrchestrator.Gateway.Security;

namespace GrainOrchestrator.UnitTests.Security;

public sealed class TokenValidatorTests
{
    private static readonly string File = $"""
        # comment line

        {Hex("alice-token")} alice
        {Hex("ops-token").ToUpperInvariant()}   ops   system:masters,ops-team
        {Hex("bob-token")}	bob	
        """;

    [Theory]
    [InlineData("alice-token", "alice")]
    [InlineData("ops-token", "ops")]
    [InlineData("bob-token", "bob")]
    public void Maps_each_token_to_its_user(string token, string user)
    {
        var validator = TokenValidator.Parse(File);

        validator.Count.ShouldBe(3);
        validator.IsValid(token).ShouldBeTrue();
        validator.TryAuthenticate(token, out var name).ShouldBeTrue();
        name.ShouldBe(user);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("alice-token ")]
    [InlineData("Alice-token")]
    [InlineData("alice")]
    [InlineData("4a1b")]
    public void Rejects_anything_else(string? token)
    {
        var validator = TokenValidator.Parse(File);

        validator.IsValid(token).ShouldBeFalse();
        validator.TryAuthenticate(token, out var name).ShouldBeFalse();
        name.ShouldBeNull();
    }

    [Fact]
    public void A_hash_is_not_accepted_as_a_token()
    {
        TokenValidator.Parse(File).IsValid(Hex("alice-token")).ShouldBeFalse();
    }

    [Fact]
    public void Reads_groups_from_the_third_field()
    {
        var validator = TokenValidator.Parse(File);

        validator.Authenticate("ops-token").ShouldBe(new AuthenticatedUser("ops", ["system:masters", "ops-team"]));
        validator.Authenticate("alice-token").ShouldNotBeNull().Groups.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("onlyonefield")]
    [InlineData("abcd alice")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000 alice")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000 alice g1 extra")]
    public void Malformed_lines_are_reported_with_their_number(string line)
    {
        var error = Should.Throw<FormatException>(() => TokenValidator.Parse("# header\n" + line));

        error.Message.ShouldStartWith("token file line 2:");
    }

    [Fact]
    public void An_empty_file_accepts_nothing()
    {
        TokenValidator.Parse("").IsValid("anything").ShouldBeFalse();
    }

    private static string Hex(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
