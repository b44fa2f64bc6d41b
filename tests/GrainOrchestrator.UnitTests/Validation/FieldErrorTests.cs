using GrainOrchestrator.ApiMachinery.Validation;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Validation;

public sealed class FieldErrorTests
{
    public static TheoryData<FieldError, string, string> Cases => new()
    {
        { FieldErrors.Required(FieldPath.New("spec", "containers")), "FieldValueRequired", "Required value" },
        { FieldErrors.Required(FieldPath.New("metadata", "name"), "name or generateName is required"), "FieldValueRequired", "Required value: name or generateName is required" },
        { FieldErrors.Invalid(FieldPath.New("metadata", "name"), "Foo", "bad"), "FieldValueInvalid", "Invalid value: \"Foo\": bad" },
        { FieldErrors.Invalid(FieldPath.New("spec", "replicas"), -1, "must be greater than or equal to 0"), "FieldValueInvalid", "Invalid value: -1: must be greater than or equal to 0" },
        { FieldErrors.Duplicate(FieldPath.New("spec", "containers").Index(1).Child("name"), "x"), "FieldValueDuplicate", "Duplicate value: \"x\"" },
        { FieldErrors.NotSupported(FieldPath.New("spec", "restartPolicy"), "y", "a", "b"), "FieldValueNotSupported", "Unsupported value: \"y\": supported values: \"a\", \"b\"" },
        { FieldErrors.Forbidden(FieldPath.New("metadata", "namespace"), "not allowed on this type"), "FieldValueForbidden", "Forbidden: not allowed on this type" },
        { FieldErrors.TooLong(FieldPath.New("metadata", "annotations"), 262144), "FieldValueTooLong", "Too long: may not be more than 262144 bytes" },
        { FieldErrors.TooMany(FieldPath.New("spec", "items"), 5, 4), "FieldValueTooMany", "Too many: 5: must have at most 4 items" },
        { FieldErrors.NotFound(FieldPath.New("spec", "x"), "vol"), "FieldValueNotFound", "Not found: \"vol\"" },
        { FieldErrors.Immutable("b", "a", FieldPath.New("spec", "clusterIP")).Single(), "FieldValueInvalid", "Invalid value: \"b\": field is immutable" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reason_and_message_follow_upstream(FieldError error, string reason, string message)
    {
        error.Reason.ShouldBe(reason);
        error.Message.ShouldBe(message);
        error.ToString().ShouldBe(error.Field + ": " + message);
    }

    [Fact]
    public void Bad_values_are_quoted_like_go()
    {
        FieldErrors.Invalid(FieldPath.New("a"), "x\"y\n", "d").Message.ShouldBe("Invalid value: \"x\\\"y\\n\": d");
    }

    [Fact]
    public void Paths_print_children_indexes_and_keys()
    {
        FieldPath.New("spec").Child("containers").Index(2).Child("ports").Index(0).Child("name").ToString().ShouldBe("spec.containers[2].ports[0].name");
        FieldPath.New("data").Key("a.b").ToString().ShouldBe("data[a.b]");
    }

    [Fact]
    public void Unchanged_immutable_field_is_fine()
    {
        FieldErrors.Immutable("a", "a", FieldPath.New("x")).ShouldBeEmpty();
    }
}
