using GrainOrchestrator.ApiMachinery.Validation;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Validation;

public sealed class NameRulesTests
{
    [Theory]
    [InlineData("a", true)]
    [InlineData("example.com", true)]
    [InlineData("a-b.c-d", true)]
    [InlineData("0abc", true)]
    [InlineData("Foo_Bar", false)]
    [InlineData("-a", false)]
    [InlineData("a.", false)]
    [InlineData("a..b", false)]
    [InlineData("", false)]
    public void Dns1123_subdomain(string value, bool valid) => NameRules.IsDns1123Subdomain(value).Count.ShouldBe(valid ? 0 : 1);

    [Fact]
    public void Subdomain_length_limit_is_253()
    {
        var ok = string.Join(".", Enumerable.Repeat(new string('a', 63), 4))[..253];
        NameRules.IsDns1123Subdomain(ok.TrimEnd('.')).ShouldBeEmpty();
        NameRules.IsDns1123Subdomain(new string('a', 254)).ShouldContain("must be no more than 253 characters");
    }

    [Fact]
    public void Subdomain_message_is_upstream_wording()
    {
        NameRules.IsDns1123Subdomain("Foo_Bar").Single().ShouldBe(
            "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
    }

    [Fact]
    public void Label_message_keeps_upstream_double_space()
    {
        NameRules.IsDns1123Label("Foo").Single().ShouldBe(
            "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
    }

    [Theory]
    [InlineData("abc", 0)]
    [InlineData("a.b", 1)]
    [InlineData("ABC", 1)]
    public void Dns1123_label(string value, int errors) => NameRules.IsDns1123Label(value).Count.ShouldBe(errors);

    [Fact]
    public void Label_with_dots_says_so_and_64_chars_is_too_long()
    {
        NameRules.IsDns1123Label("a.b").Single().ShouldBe("must not contain dots");
        NameRules.IsDns1123Label(new string('a', 64)).ShouldBe(["must be no more than 63 characters"]);
    }

    [Theory]
    [InlineData("my-svc", true)]
    [InlineData("1svc", false)]
    [InlineData("svc-", false)]
    [InlineData("Svc", false)]
    public void Dns1035_label(string value, bool valid) => NameRules.IsDns1035Label(value).Count.ShouldBe(valid ? 0 : 1);

    [Theory]
    [InlineData("app", 0)]
    [InlineData("app.kubernetes.io/name", 0)]
    [InlineData("My_Key.1", 0)]
    [InlineData("/name", 1)]
    [InlineData("a/b/c", 1)]
    [InlineData("example.com/", 2)]
    [InlineData("_bad", 1)]
    [InlineData("Bad_Prefix/name", 1)]
    public void Qualified_name(string value, int errors) => NameRules.IsQualifiedName(value).Count.ShouldBe(errors);

    [Fact]
    public void Qualified_name_parts_are_named_in_messages()
    {
        NameRules.IsQualifiedName("/name").Single().ShouldBe("prefix part must be non-empty");
        NameRules.IsQualifiedName(new string('a', 64)).ShouldContain("name part must be no more than 63 characters");
        NameRules.IsQualifiedName("a/b/c").Single().ShouldStartWith("a qualified name must consist of alphanumeric characters");
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("v1.2_x-y", true)]
    [InlineData("-v", false)]
    [InlineData("a b", false)]
    public void Label_value(string value, bool valid) => NameRules.IsValidLabelValue(value).Count.ShouldBe(valid ? 0 : 1);

    [Theory]
    [InlineData("system:admin", 0)]
    [InlineData(".", 1)]
    [InlineData("..", 1)]
    [InlineData("a/b%c", 2)]
    public void Path_segment_name(string value, int errors) => NameRules.IsValidPathSegmentName(value).Count.ShouldBe(errors);

    [Theory]
    [InlineData("app.properties", 0)]
    [InlineData("KEY_NAME-1", 0)]
    [InlineData("a/b", 1)]
    [InlineData("..a", 1)]
    [InlineData("..", 1)]
    public void Config_key(string value, int errors) => NameRules.IsConfigMapKey(value).Count.ShouldBe(errors);

    [Theory]
    [InlineData("http", true)]
    [InlineData("web-8080", true)]
    [InlineData("8080", false)]
    [InlineData("a--b", false)]
    [InlineData("abcdefghijklmnop", false)]
    public void Port_name(string value, bool valid) => (NameRules.IsValidPortName(value).Count == 0).ShouldBe(valid);

    [Theory]
    [InlineData("web-", true)]
    [InlineData("Web-", false)]
    public void Generate_name_prefix_may_end_with_dash(string prefix, bool valid) =>
        NameValidators.DnsSubdomain(prefix, true).Count.ShouldBe(valid ? 0 : 1);

    [Fact]
    public void Names_generated_from_prefix_are_valid_and_distinct()
    {
        var a = ApiMachinery.Strategies.NameGenerator.Generate("web-");
        var b = ApiMachinery.Strategies.NameGenerator.Generate("web-");
        a.ShouldStartWith("web-");
        a.Length.ShouldBe(9);
        a.ShouldNotBe(b);
        ApiMachinery.Strategies.NameGenerator.Generate(new string('a', 80)).Length.ShouldBe(63);
    }
}
