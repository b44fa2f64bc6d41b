using GrainOrchestrator.ApiMachinery.Patching;
using k8s.Models;
using Shouldly;
using Xunit;

namespace GrainOrchestrator.UnitTests.Patching;

public sealed class StrategicMergePatchTests
{
    public static TheoryData<string, string, string, string> PodCases => new()
    {
        {
            "containers merge by name",
            """{"spec":{"containers":[{"name":"a","image":"a:1"},{"name":"b","image":"b:1"}]}}""",
            """{"spec":{"containers":[{"name":"b","image":"b:2"}]}}""",
            """{"spec":{"containers":[{"name":"a","image":"a:1"},{"name":"b","image":"b:2"}]}}"""
        },
        {
            "a container new in the patch is added; without $setElementOrder patch items come before later server items",
            """{"spec":{"containers":[{"name":"a","image":"a:1"}]}}""",
            """{"spec":{"containers":[{"name":"log-tailer","image":"t:1"}]}}""",
            """{"spec":{"containers":[{"name":"log-tailer","image":"t:1"},{"name":"a","image":"a:1"}]}}"""
        },
        {
            "$patch: delete removes the list item with that merge key",
            """{"spec":{"containers":[{"name":"a","image":"a:1"},{"name":"b","image":"b:1"}]}}""",
            """{"spec":{"containers":[{"name":"b","$patch":"delete"}]}}""",
            """{"spec":{"containers":[{"name":"a","image":"a:1"}]}}"""
        },
        {
            "$patch: replace in a list replaces the whole list",
            """{"spec":{"containers":[{"name":"a","image":"a:1"},{"name":"b","image":"b:1"}]}}""",
            """{"spec":{"containers":[{"name":"c","image":"c:1"},{"$patch":"replace"}]}}""",
            """{"spec":{"containers":[{"name":"c","image":"c:1"}]}}"""
        },
        {
            "$patch: replace on a map takes the map literally",
            """{"metadata":{"labels":{"app":"web","tier":"front"}}}""",
            """{"metadata":{"labels":{"$patch":"replace","app":"api"}}}""",
            """{"metadata":{"labels":{"app":"api"}}}"""
        },
        {
            "$patch: delete on a map deletes it",
            """{"metadata":{"name":"p","labels":{"app":"web"}}}""",
            """{"metadata":{"labels":{"$patch":"delete"}}}""",
            """{"metadata":{"name":"p"}}"""
        },
        {
            "null deletes a key; other keys merge",
            """{"metadata":{"labels":{"app":"web","tier":"front"},"annotations":{"a":"1"}}}""",
            """{"metadata":{"labels":{"tier":null,"env":"prod"}}}""",
            """{"metadata":{"labels":{"app":"web","env":"prod"},"annotations":{"a":"1"}}}"""
        },
        {
            "env merges by name inside the container that merges by name",
            """{"spec":{"containers":[{"name":"a","image":"a:1","env":[{"name":"X","value":"1"},{"name":"Y","value":"2"}]}]}}""",
            """{"spec":{"containers":[{"name":"a","env":[{"name":"Y","value":"3"}]}]}}""",
            """{"spec":{"containers":[{"name":"a","image":"a:1","env":[{"name":"X","value":"1"},{"name":"Y","value":"3"}]}]}}"""
        },
        {
            "null inside a list item deletes that field of the item",
            """{"spec":{"containers":[{"name":"a","image":"a:1","env":[{"name":"X","value":"1"}]}]}}""",
            """{"spec":{"containers":[{"name":"a","env":[{"name":"X","value":null,"valueFrom":{"fieldRef":{"fieldPath":"metadata.name"}}}]}]}}""",
            """{"spec":{"containers":[{"name":"a","image":"a:1","env":[{"name":"X","valueFrom":{"fieldRef":{"fieldPath":"metadata.name"}}}]}]}}"""
        },
        {
            "container ports merge by containerPort",
            """{"spec":{"containers":[{"name":"a","ports":[{"containerPort":80,"protocol":"TCP"},{"containerPort":443}]}]}}""",
            """{"spec":{"containers":[{"name":"a","ports":[{"containerPort":80,"name":"http"}]}]}}""",
            """{"spec":{"containers":[{"name":"a","ports":[{"containerPort":80,"protocol":"TCP","name":"http"},{"containerPort":443}]}]}}"""
        },
        {
            "volumeMounts merge by mountPath and volumes by name",
            """{"spec":{"volumes":[{"name":"v","emptyDir":{}}],"containers":[{"name":"a","volumeMounts":[{"mountPath":"/data","name":"v"}]}]}}""",
            """{"spec":{"volumes":[{"name":"w","hostPath":{"path":"/tmp"}}],"containers":[{"name":"a","volumeMounts":[{"mountPath":"/data","readOnly":true}]}]}}""",
            """{"spec":{"volumes":[{"name":"w","hostPath":{"path":"/tmp"}},{"name":"v","emptyDir":{}}],"containers":[{"name":"a","volumeMounts":[{"mountPath":"/data","name":"v","readOnly":true}]}]}}"""
        },
        {
            "$retainKeys inside a volume (merge,retainKeys) switches its source",
            """{"spec":{"volumes":[{"name":"v","emptyDir":{}},{"name":"w","emptyDir":{}}]}}""",
            """{"spec":{"volumes":[{"name":"v","$retainKeys":["name","hostPath"],"hostPath":{"path":"/x"}}]}}""",
            """{"spec":{"volumes":[{"name":"v","hostPath":{"path":"/x"}},{"name":"w","emptyDir":{}}]}}"""
        },
        {
            "tolerations carry no merge key and are replaced",
            """{"spec":{"tolerations":[{"key":"a","operator":"Exists"}]}}""",
            """{"spec":{"tolerations":[{"key":"b","operator":"Exists"}]}}""",
            """{"spec":{"tolerations":[{"key":"b","operator":"Exists"}]}}"""
        },
        {
            "command (a list without tags) is replaced",
            """{"spec":{"containers":[{"name":"a","command":["sh","-c","x"]}]}}""",
            """{"spec":{"containers":[{"name":"a","command":["sleep"]}]}}""",
            """{"spec":{"containers":[{"name":"a","command":["sleep"]}]}}"""
        },
        {
            "finalizers merge as a set",
            """{"metadata":{"finalizers":["a","b"]}}""",
            """{"metadata":{"finalizers":["b","c"]}}""",
            """{"metadata":{"finalizers":["a","b","c"]}}"""
        },
        {
            "$deleteFromPrimitiveList/finalizers removes those values",
            """{"metadata":{"finalizers":["a","b","c"]}}""",
            """{"metadata":{"$deleteFromPrimitiveList/finalizers":["b","c"]}}""",
            """{"metadata":{"finalizers":["a"]}}"""
        },
        {
            "$setElementOrder reorders a list of primitives",
            """{"metadata":{"finalizers":["a","b","c"]}}""",
            """{"metadata":{"$setElementOrder/finalizers":["b","c","a"]}}""",
            """{"metadata":{"finalizers":["b","c","a"]}}"""
        },
        {
            "$setElementOrder reorders containers by merge key",
            """{"spec":{"containers":[{"name":"a","image":"a"},{"name":"b","image":"b"},{"name":"c","image":"c"}]}}""",
            """{"spec":{"$setElementOrder/containers":[{"name":"b"},{"name":"c"},{"name":"a"}]}}""",
            """{"spec":{"containers":[{"name":"b","image":"b"},{"name":"c","image":"c"},{"name":"a","image":"a"}]}}"""
        },
        {
            "$setElementOrder places a new item where the order says",
            """{"spec":{"containers":[{"name":"a","image":"a"},{"name":"c","image":"c"}]}}""",
            """{"spec":{"$setElementOrder/containers":[{"name":"a"},{"name":"b"},{"name":"c"}],"containers":[{"name":"b","image":"b"}]}}""",
            """{"spec":{"containers":[{"name":"a","image":"a"},{"name":"b","image":"b"},{"name":"c","image":"c"}]}}"""
        },
        {
            "$setElementOrder with $deleteFromPrimitiveList on the same list",
            """{"metadata":{"finalizers":["a","b","c"]}}""",
            """{"metadata":{"$setElementOrder/finalizers":["c","d","a"],"$deleteFromPrimitiveList/finalizers":["b"],"finalizers":["d"]}}""",
            """{"metadata":{"finalizers":["c","d","a"]}}"""
        },
        {
            "ownerReferences merge by uid",
            """{"metadata":{"ownerReferences":[{"uid":"1","kind":"ReplicaSet","name":"rs1"}]}}""",
            """{"metadata":{"ownerReferences":[{"uid":"1","controller":true},{"uid":"2","kind":"ReplicaSet","name":"rs2"}]}}""",
            """{"metadata":{"ownerReferences":[{"uid":"1","kind":"ReplicaSet","name":"rs1","controller":true},{"uid":"2","kind":"ReplicaSet","name":"rs2"}]}}"""
        },
        {
            "status conditions merge by type",
            """{"status":{"conditions":[{"type":"Ready","status":"False"},{"type":"Initialized","status":"True"}]}}""",
            """{"status":{"conditions":[{"type":"Ready","status":"True"}]}}""",
            """{"status":{"conditions":[{"type":"Ready","status":"True"},{"type":"Initialized","status":"True"}]}}"""
        },
        {
            "a new field arrives cleaned of directives and nulls",
            """{"spec":{}}""",
            """{"spec":{"containers":[{"name":"a","image":"a","env":[{"name":"X","value":"1"}],"$setElementOrder/env":[{"name":"X"}],"stdin":null}]}}""",
            """{"spec":{"containers":[{"name":"a","image":"a","env":[{"name":"X","value":"1"}]}]}}"""
        },
        {
            "unknown fields merge as plain maps and their lists are replaced",
            """{"spec":{"x-custom":{"a":1,"list":[{"name":"a"}]}}}""",
            """{"spec":{"x-custom":{"b":2,"list":[{"name":"b"}]}}}""",
            """{"spec":{"x-custom":{"a":1,"b":2,"list":[{"name":"b"}]}}}"""
        },
        {
            "a type change takes the patch value",
            """{"metadata":{"labels":"oops"}}""",
            """{"metadata":{"labels":{"app":"web"}}}""",
            """{"metadata":{"labels":{"app":"web"}}}"""
        },
    };

    [Theory]
    [MemberData(nameof(PodCases))]
    public void Applies_pod_patches(string description, string original, string patch, string expected)
    {
        var result = StrategicMergePatch.Apply(JsonAssert.Object(original), JsonAssert.Object(patch), typeof(V1Pod));

        result.ShouldEqualJson(expected);
        description.ShouldNotBeEmpty();
    }

    [Fact]
    public void Service_ports_merge_by_port()
    {
        var service = JsonAssert.Object("""{"spec":{"ports":[{"port":80,"targetPort":8080},{"port":443,"targetPort":8443}]}}""");
        var patch = JsonAssert.Object("""{"spec":{"ports":[{"port":443,"targetPort":9443}]}}""");

        StrategicMergePatch.Apply(service, patch, typeof(V1Service))
            .ShouldEqualJson("""{"spec":{"ports":[{"port":80,"targetPort":8080},{"port":443,"targetPort":9443}]}}""");
    }

    [Fact]
    public void Node_taints_carry_no_merge_key_and_are_replaced()
    {
        var node = JsonAssert.Object("""{"spec":{"taints":[{"key":"a","effect":"NoSchedule"}]}}""");
        var patch = JsonAssert.Object("""{"spec":{"unschedulable":true,"taints":[{"key":"b","effect":"NoSchedule"}]}}""");

        StrategicMergePatch.Apply(node, patch, typeof(V1Node))
            .ShouldEqualJson("""{"spec":{"unschedulable":true,"taints":[{"key":"b","effect":"NoSchedule"}]}}""");
    }

    [Fact]
    public void RetainKeys_clears_the_union_members_not_listed()
    {
        var deployment = JsonAssert.Object("""{"spec":{"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":"25%","maxUnavailable":"25%"}}}}""");
        var patch = JsonAssert.Object("""{"spec":{"strategy":{"$retainKeys":["type"],"type":"Recreate"}}}""");

        StrategicMergePatch.Apply(deployment, patch, typeof(V1Deployment))
            .ShouldEqualJson("""{"spec":{"strategy":{"type":"Recreate"}}}""");
    }

    [Theory]
    [InlineData("""{"spec":{"strategy":{"$retainKeys":["type"],"rollingUpdate":{"maxSurge":1}}}}""", "must be present in the $retainKeys list")]
    [InlineData("""{"spec":{"template":{"spec":{"containers":[{"image":"x"}]}}}}""", "does not contain declared merge key: name")]
    [InlineData("""{"spec":{"template":{"spec":{"containers":[{"$patch":"delete"}]}}}}""", "does not contain declared merge key: name")]
    [InlineData("""{"spec":{"template":{"spec":{"containers":[{"name":"a","$patch":"merge"}]}}}}""", "merging lists cannot yet be specified")]
    [InlineData("""{"spec":{"template":{"$patch":"explode"}}}""", "unknown patch type")]
    public void Rejects_malformed_patches(string patch, string messagePart)
    {
        var deployment = JsonAssert.Object("""{"spec":{"strategy":{"type":"RollingUpdate"},"template":{"spec":{"containers":[{"name":"a","image":"a"}]}}}}""");

        var error = Should.Throw<PatchException>(() => StrategicMergePatch.Apply(deployment, JsonAssert.Object(patch), typeof(V1Deployment)));

        error.Message.ShouldContain(messagePart);
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        var original = JsonAssert.Object("""{"spec":{"containers":[{"name":"a","image":"a:1"}]}}""");
        var patch = JsonAssert.Object("""{"spec":{"containers":[{"name":"a","image":"a:2"},{"name":"b","image":"b:1"}]}}""");

        StrategicMergePatch.Apply(original, patch, typeof(V1Pod));

        original.ShouldEqualJson("""{"spec":{"containers":[{"name":"a","image":"a:1"}]}}""");
        patch.ShouldEqualJson("""{"spec":{"containers":[{"name":"a","image":"a:2"},{"name":"b","image":"b:1"}]}}""");
    }

    [Fact]
    public void Kubectl_client_side_apply_patch_for_a_deployment_applies()
    {
        // The live object carries server defaults and a sidecar that another writer added; the user's
        // manifest changed the image, added env B, dropped port 9090 and switched the strategy to Recreate.
        var live = JsonAssert.Object("""
            {"apiVersion":"apps/v1","kind":"Deployment",
             "metadata":{"name":"web","namespace":"default","annotations":{"kubectl.kubernetes.io/last-applied-configuration":"old","deployment.kubernetes.io/revision":"1"}},
             "spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},
               "strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":"25%","maxUnavailable":"25%"}},
               "template":{"metadata":{"labels":{"app":"web"}},"spec":{
                 "containers":[
                   {"name":"app","image":"app:v1","imagePullPolicy":"IfNotPresent","terminationMessagePath":"/dev/termination-log",
                    "ports":[{"containerPort":80,"protocol":"TCP"},{"containerPort":9090,"protocol":"TCP"}],
                    "env":[{"name":"A","value":"1"}]},
                   {"name":"sidecar","image":"proxy:1"}],
                 "restartPolicy":"Always","dnsPolicy":"ClusterFirst"}}}}
            """);
        var patch = JsonAssert.Object("""
            {"metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"new"}},
             "spec":{"strategy":{"$retainKeys":["type"],"type":"Recreate"},
               "template":{"spec":{
                 "$setElementOrder/containers":[{"name":"app"}],
                 "containers":[{
                   "$setElementOrder/env":[{"name":"A"},{"name":"B"}],
                   "$setElementOrder/ports":[{"containerPort":80}],
                   "env":[{"name":"B","value":"2"}],
                   "image":"app:v2",
                   "name":"app",
                   "ports":[{"$patch":"delete","containerPort":9090}]}]}}}}
            """);

        var result = StrategicMergePatch.Apply(live, patch, typeof(V1Deployment));

        result.ShouldEqualJson("""
            {"apiVersion":"apps/v1","kind":"Deployment",
             "metadata":{"name":"web","namespace":"default","annotations":{"kubectl.kubernetes.io/last-applied-configuration":"new","deployment.kubernetes.io/revision":"1"}},
             "spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},
               "strategy":{"type":"Recreate"},
               "template":{"metadata":{"labels":{"app":"web"}},"spec":{
                 "containers":[
                   {"name":"app","image":"app:v2","imagePullPolicy":"IfNotPresent","terminationMessagePath":"/dev/termination-log",
                    "ports":[{"containerPort":80,"protocol":"TCP"}],
                    "env":[{"name":"A","value":"1"},{"name":"B","value":"2"}]},
                   {"name":"sidecar","image":"proxy:1"}],
                 "restartPolicy":"Always","dnsPolicy":"ClusterFirst"}}}}
            """);
    }

    [Fact]
    public void Every_tagged_field_exists_on_its_model_type()
    {
        foreach (var ((modelType, jsonName), meta) in PatchMetadata.All)
        {
            var property = modelType.GetProperties().SingleOrDefault(p =>
                p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), false)
                    .Cast<System.Text.Json.Serialization.JsonPropertyNameAttribute>().Any(a => a.Name == jsonName));
            property.ShouldNotBeNull($"{modelType.Name}.{jsonName}");
            if (meta.MergeKey is not null)
            {
                var itemType = property.PropertyType.GetGenericArguments().Single();
                itemType.GetProperties().ShouldContain(
                    p => p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), false)
                        .Cast<System.Text.Json.Serialization.JsonPropertyNameAttribute>().Any(a => a.Name == meta.MergeKey),
                    $"{modelType.Name}.{jsonName} items have no {meta.MergeKey}");
            }
        }
    }
}
