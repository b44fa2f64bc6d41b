using GrainOrchestrator.ApiMachinery.Validation;
using k8s.Models;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Validation;

public sealed class MetadataValidationTests
{
    private static string[] Validate(V1ObjectMeta meta, bool namespaced = true) =>
        MetadataValidation.ValidateObjectMeta(meta, namespaced, NameValidators.DnsSubdomain).Select(e => e.Field + " " + e.Reason).ToArray();

    private static V1OwnerReference Owner(string apiVersion, string kind, string name, string uid, bool? controller) =>
        new() { ApiVersion = apiVersion, Kind = kind, Name = name, Uid = uid, Controller = controller };

    [Fact]
    public void Valid_metadata_passes()
    {
        Validate(new V1ObjectMeta
        {
            Name = "web", NamespaceProperty = "default",
            Labels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = "web", ["tier"] = "" },
            Annotations = new Dictionary<string, string> { ["Example.com/Note"] = "anything at all" },
            Finalizers = ["example.com/cleanup"],
            OwnerReferences = [Owner("apps/v1", "ReplicaSet", "rs", "uid-1", true)],
        }).ShouldBeEmpty();
    }

    [Fact]
    public void Name_is_required_unless_generate_name()
    {
        var errors = MetadataValidation.ValidateObjectMeta(new V1ObjectMeta { NamespaceProperty = "d" }, true, NameValidators.DnsSubdomain);
        errors.Single().ToString().ShouldBe("metadata.name: Required value: name or generateName is required");
        Validate(new V1ObjectMeta { GenerateName = "web-", NamespaceProperty = "d" }).ShouldBeEmpty();
        Validate(new V1ObjectMeta { GenerateName = "Web-", NamespaceProperty = "d" }).ShouldBe(["metadata.generateName FieldValueInvalid"]);
    }

    [Fact]
    public void Invalid_name_reports_value_and_rule()
    {
        var error = MetadataValidation.ValidateObjectMeta(new V1ObjectMeta { Name = "Foo_Bar", NamespaceProperty = "d" }, true, NameValidators.DnsSubdomain).Single();
        error.Field.ShouldBe("metadata.name");
        error.Message.ShouldStartWith("Invalid value: \"Foo_Bar\": a lowercase RFC 1123 subdomain must consist of");
    }

    [Fact]
    public void Namespace_required_or_forbidden_by_scope()
    {
        Validate(new V1ObjectMeta { Name = "a" }).ShouldBe(["metadata.namespace FieldValueRequired"]);
        Validate(new V1ObjectMeta { Name = "a", NamespaceProperty = "Bad.NS" }).ShouldBe(["metadata.namespace FieldValueInvalid"]);
        Validate(new V1ObjectMeta { Name = "a", NamespaceProperty = "d" }, namespaced: false).ShouldBe(["metadata.namespace FieldValueForbidden"]);
    }

    [Theory]
    [InlineData("bad key", "v")]
    [InlineData("k", "bad value")]
    [InlineData("k", "-v")]
    public void Bad_labels_point_at_the_label_map(string key, string value)
    {
        Validate(new V1ObjectMeta { Name = "a", NamespaceProperty = "d", Labels = new Dictionary<string, string> { [key] = value } })
            .ShouldBe(["metadata.labels FieldValueInvalid"]);
    }

    [Fact]
    public void Annotations_keys_and_total_size()
    {
        Validate(new V1ObjectMeta { Name = "a", NamespaceProperty = "d", Annotations = new Dictionary<string, string> { ["a b"] = "x" } })
            .ShouldBe(["metadata.annotations FieldValueInvalid"]);
        var big = new Dictionary<string, string> { ["a"] = new('x', MetadataValidation.TotalAnnotationSizeLimitBytes) };
        Validate(new V1ObjectMeta { Name = "a", NamespaceProperty = "d", Annotations = big }).ShouldBe(["metadata.annotations FieldValueTooLong"]);
        big["a"] = new('x', MetadataValidation.TotalAnnotationSizeLimitBytes - 1);
        Validate(new V1ObjectMeta { Name = "a", NamespaceProperty = "d", Annotations = big }).ShouldBeEmpty();
    }

    [Fact]
    public void Owner_references_need_version_kind_name_uid()
    {
        var errors = Validate(new V1ObjectMeta { Name = "a", NamespaceProperty = "d", OwnerReferences = [Owner("apps/", "", "", "", null)] });
        errors.ShouldBe([
            "metadata.ownerReferences.apiVersion FieldValueInvalid",
            "metadata.ownerReferences.kind FieldValueInvalid",
            "metadata.ownerReferences.name FieldValueInvalid",
            "metadata.ownerReferences.uid FieldValueInvalid",
        ]);
    }

    [Fact]
    public void Only_one_controller_owner()
    {
        var errors = MetadataValidation.ValidateObjectMeta(new V1ObjectMeta
        {
            Name = "a", NamespaceProperty = "d",
            OwnerReferences = [Owner("v1", "A", "a", "1", true), Owner("v1", "B", "b", "2", true)],
        }, true, NameValidators.DnsSubdomain);
        errors.Single().Detail.ShouldBe("Only one reference can have Controller set to true. Found \"true\" in references for A/a and B/b");
    }

    [Fact]
    public void Finalizers_are_qualified_names_and_orphan_excludes_foreground()
    {
        Validate(new V1ObjectMeta { Name = "a", NamespaceProperty = "d", Finalizers = ["bad finalizer"] }).ShouldBe(["metadata.finalizers FieldValueInvalid"]);
        Validate(new V1ObjectMeta { Name = "a", NamespaceProperty = "d", Finalizers = ["orphan", "foregroundDeletion"] }).ShouldBe(["metadata.finalizers FieldValueInvalid"]);
    }

    [Fact]
    public void Update_keeps_name_and_namespace()
    {
        var errors = MetadataValidation.ValidateObjectMetaUpdate(new V1ObjectMeta { Name = "b", NamespaceProperty = "x" }, new V1ObjectMeta { Name = "a", NamespaceProperty = "d" });
        errors.Select(e => e.ToString()).ShouldBe([
            "metadata.name: Invalid value: \"b\": field is immutable",
            "metadata.namespace: Invalid value: \"x\": field is immutable",
        ]);
    }
}
