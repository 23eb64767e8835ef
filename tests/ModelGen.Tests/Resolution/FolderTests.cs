using System;
using System.Collections.Generic;
using System.Linq;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Resolution;

/// <summary>
/// Docs in folders (README "Links and namespaces"): two docs titled <c>Foo</c>, one in the models folder and one in
/// <c>operations/</c>, and docs that link to each. Rules:
/// <list type="bullet">
/// <item>each folder below the project is a namespace segment, PascalCased: <c>Acme.Api.Docs.Models.Foo</c> and
/// <c>Acme.Api.Docs.Models.Operations.Foo</c> are two types, and no MG0007;</item>
/// <item>a link resolves by its relative path first (<c>[models.Foo](../foo.md)</c> from operations,
/// <c>[operations.Foo](operations/foo.md)</c> from models), whatever its label says;</item>
/// <item>a link whose path finds no doc, and an italic reference, resolve by title among the docs whose folder
/// matches the prefix (<c>operations.Foo</c>: the folder <c>operations</c>; <c>models.Foo</c>: any folder but
/// operations, errors, components and shared); with no prefix (<c>*Foo*</c>) the doc in the referrer's own folder
/// wins;</item>
/// <item>a union of both <c>Foo</c>s names its variants <c>Foo</c> and <c>Foo2</c>.</item>
/// </list>
/// The same tree copied under another folder (<c>vendor/sdk-docs/models</c>) resolves every link the same way, in
/// namespaces named after the new folders; so does a tree whose models folder is renamed (<c>types</c>), where the
/// links that climb through the models folder by name (<c>../../models/foo.md</c>) find no doc and fall back to
/// prefix and title. Every run compiles with code that uses each property as the type it should be.
/// </summary>
public sealed class FolderTests
{
    private const string FooOfModels = """
        # Foo

        The Foo of the models folder.

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `id` | *string* | :heavy_check_mark: | N/A |
        | `name` | *string* | :heavy_minus_sign: | N/A |
        """;

    private const string FooOfOperations = """
        # Foo

        The Foo of the operations folder.

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `operationId` | *string* | :heavy_check_mark: | N/A |
        | `status` | *number* | :heavy_minus_sign: | N/A |
        """;

    // From operations/: relative links, and links that climb through the models folder by its name.
    private const string GetFooRequest = """
        # GetFooRequest

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `shared` | [models.Foo](../foo.md) | :heavy_check_mark: | Relative path: the models Foo. |
        | `own` | [operations.Foo](foo.md) | :heavy_check_mark: | Relative path: the operations Foo. |
        | `sharedViaRoot` | [models.Foo](../../models/foo.md) | :heavy_minus_sign: | Through the models folder's name: the models Foo. |
        | `ownViaRoot` | [operations.Foo](../../models/operations/foo.md) | :heavy_minus_sign: | Through the models folder's name: the operations Foo. |
        """;

    // From the models folder.
    private const string FooLinks = """
        # FooLinks

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `shared` | [models.Foo](foo.md) | :heavy_check_mark: | Relative path: the models Foo. |
        | `operation` | [operations.Foo](operations/foo.md) | :heavy_check_mark: | Relative path: the operations Foo. |
        | `sharedViaRoot` | [models.Foo](../models/foo.md) | :heavy_minus_sign: | Through the models folder's name: the models Foo. |
        | `operationViaRoot` | [operations.Foo](../models/operations/foo.md) | :heavy_minus_sign: | Through the models folder's name: the operations Foo. |
        """;

    // Italic references from the models folder.
    private const string FooReferences = """
        # FooReferences

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `shared` | *models.Foo* | :heavy_check_mark: | Prefix models: the models Foo. |
        | `operation` | *operations.Foo* | :heavy_check_mark: | Prefix operations: the operations Foo. |
        | `nearest` | *Foo* | :heavy_minus_sign: | No prefix: the Foo of this folder, the models Foo. |
        """;

    // Italic references from operations/.
    private const string GetFooResponse = """
        # GetFooResponse

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `shared` | *models.Foo* | :heavy_check_mark: | Prefix models: the models Foo. |
        | `operation` | *operations.Foo* | :heavy_check_mark: | Prefix operations: the operations Foo. |
        | `nearest` | *Foo* | :heavy_minus_sign: | No prefix: the Foo of this folder, the operations Foo. |
        """;

    private const string AnyFoo = """
        # AnyFoo

        Either Foo: the variants are told apart by their required fields.

        ## Supported Types

        ### `models.Foo`

        ```typescript
        const value: models.Foo = { id: "<id>" };
        ```

        ### `operations.Foo`

        ```typescript
        const value: operations.Foo = { operationId: "<id>" };
        ```
        """;

    // {Models} and {Operations} are the two namespaces; every property is assigned a value of the type it should have.
    private const string Usage = """
        using Models = {Models};
        using Operations = {Operations};

        namespace Consumer;

        internal static class FolderUsage
        {
            public static object[] Build()
            {
                var shared = new Models.Foo { Id = "1", Name = "n" };
                var own = new Operations.Foo { OperationId = "op", Status = 200 };
                return new object[]
                {
                    new Operations.GetFooRequest { Shared = shared, Own = own, SharedViaRoot = shared, OwnViaRoot = own },
                    new Models.FooLinks { Shared = shared, Operation = own, SharedViaRoot = shared, OperationViaRoot = own },
                    new Models.FooReferences { Shared = shared, Operation = own, Nearest = shared },
                    new Operations.GetFooResponse { Shared = shared, Operation = own, Nearest = own },
                    new Models.AnyFoo[] { shared, own, Models.AnyFoo.FromFoo(shared), Models.AnyFoo.FromFoo2(own) },
                };
            }
        }
        """;

    private const string A = """
        # A

        Holds a B, which holds A[].

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `name` | *string* | :heavy_check_mark: | N/A |
        | `b` | [models.B](b.md) | :heavy_check_mark: | N/A |
        | `next` | [models.A](a.md) | :heavy_minus_sign: | Itself. |
        """;

    private const string B = """
        # B

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `parents` | [models.A](a.md)[] | :heavy_check_mark: | N/A |
        """;

    private const string CycleUsage = """
        using System.Text.Json;
        using Acme.Api.Docs.Models;

        namespace Consumer;

        public static class CycleUsage
        {
            public static string RoundTrip(string json) => JsonSerializer.Serialize(JsonSerializer.Deserialize<A>(json));

            public static A Build() => new A { Name = "root", B = new B { Parents = new[] { new A { Name = "leaf", B = new B { Parents = new A[0] } } } } };
        }
        """;

    private static TestOptionsProvider Options => TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace, "as_written");

    [Test]
    public void SameTitleInTwoFolders() =>
        VerifyAndCompile("docs/models/", "Acme.Api.Docs.Models");

    [Test]
    public void SameTreeUnderAnotherFolder() =>
        VerifyAndCompile("vendor/sdk-docs/models/", "Acme.Api.Vendor.SdkDocs.Models");

    /// <summary>
    /// The models folder renamed: nothing to snapshot beyond <see cref="SameTitleInTwoFolders"/>, whose output this
    /// is, but for the namespaces and paths.
    /// </summary>
    [Test]
    public void SameTreeWithItsModelsFolderRenamed()
    {
        var renamed = Run("vendor/sdk-docs/types/");
        var original = Run("docs/models/");
        AssertLinksResolve(renamed, "Acme.Api.Vendor.SdkDocs.Types");

        var expected = original.Sources.ToDictionary(
            source => source.Key.Replace("Acme.Api.Docs.Models", "Acme.Api.Vendor.SdkDocs.Types", StringComparison.Ordinal),
            source => source.Value
                .Replace("Acme.Api.Docs.Models", "Acme.Api.Vendor.SdkDocs.Types", StringComparison.Ordinal)
                .Replace("<c>docs/models/", "<c>vendor/sdk-docs/types/", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(renamed.Sources.Keys, Is.EquivalentTo(expected.Keys));
            foreach (var (hintName, text) in renamed.Sources)
            {
                Assert.That(text, Is.EqualTo(expected.GetValueOrDefault(hintName)), hintName);
            }
        });
    }

    [Test]
    public void CycleCompiles()
    {
        var result = GeneratorHarness.Run(
            new[] { new InMemoryAdditionalText("/proj/docs/models/a.md", A), new InMemoryAdditionalText("/proj/docs/models/b.md", B) },
            Options);
        Snapshot.Verify(result);

        var (diagnostics, image) = result.EmitWith(CycleUsage);
        Assert.That(diagnostics, Is.Empty, GeneratorResult.Format(diagnostics));
        using var assembly = new IsolatedAssembly(image!);
        const string json = """{"name":"root","b":{"parents":[{"name":"leaf","b":{"parents":[]},"next":{"name":"next","b":{"parents":[]}}}]}}""";

        Assert.That(assembly.Invoke("Consumer.CycleUsage", "RoundTrip", json), Is.EqualTo(json));
    }

    private static void VerifyAndCompile(string modelsFolder, string modelsNamespace, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var result = Run(modelsFolder);
        Snapshot.Verify(result, test: test);
        AssertLinksResolve(result, modelsNamespace);
    }

    private static GeneratorResult Run(string modelsFolder)
    {
        var docs = new Dictionary<string, string>
        {
            ["foo.md"] = FooOfModels,
            ["operations/foo.md"] = FooOfOperations,
            ["operations/getfoorequest.md"] = GetFooRequest,
            ["foolinks.md"] = FooLinks,
            ["fooreferences.md"] = FooReferences,
            ["operations/getfooresponse.md"] = GetFooResponse,
            ["anyfoo.md"] = AnyFoo,
        };
        return GeneratorHarness.Run(docs.Select(doc => new InMemoryAdditionalText("/proj/" + modelsFolder + doc.Key, doc.Value)), Options);
    }

    private static void AssertLinksResolve(GeneratorResult result, string modelsNamespace)
    {
        var usage = Usage.Replace("{Models}", modelsNamespace, StringComparison.Ordinal).Replace("{Operations}", modelsNamespace + ".Operations", StringComparison.Ordinal);
        var diagnostics = result.CompileWith(usage);
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty, "the generator reports nothing: " + GeneratorResult.Format(result.Diagnostics));
            Assert.That(diagnostics, Is.Empty, "every link resolves to the Foo the usage expects: " + GeneratorResult.Format(diagnostics));
        });
    }
}
