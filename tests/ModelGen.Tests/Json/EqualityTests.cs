using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Json;

/// <summary>
/// README "Equality": records, unions and open enums read from JSON are equal when the JSON is, lists, maps, kept JSON,
/// unknown variants and unknown enum values included, with equal hash codes; and differ when the JSON does.
/// </summary>
public sealed class EqualityTests
{
    private const string Models = "/proj/docs/models/";

    private const string Order = """
        # Order

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `id` | *string* | :heavy_check_mark: | N/A |
        | `items` | [models.LineItem](../models/lineitem.md)[] | :heavy_minus_sign: | N/A |
        | `tags` | Record<string, *string*> | :heavy_minus_sign: | N/A |
        | `customer` | [models.Customer](../models/customer.md) | :heavy_minus_sign: | N/A |
        | `status` | [models.Status](../models/status.md) | :heavy_minus_sign: | N/A |
        | `event` | [models.Event](../models/event.md) | :heavy_minus_sign: | N/A |
        | `extras` | *any*[] | :heavy_minus_sign: | N/A |
        | `meta` | Record<string, *any*> | :heavy_minus_sign: | N/A |
        """;

    private const string LineItem = """
        # LineItem

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `sku` | *string* | :heavy_check_mark: | N/A |
        | `qty` | *number* | :heavy_check_mark: | N/A |
        """;

    private const string Customer = """
        # Customer

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `name` | *string* | :heavy_check_mark: | N/A |
        | `address` | [models.Address](../models/address.md) | :heavy_minus_sign: | N/A |
        """;

    private const string Address = """
        # Address

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `city` | *string* | :heavy_check_mark: | N/A |
        """;

    private const string Status = """
        # Status

        ## Values

        ```typescript
        "new" | "done" | Unrecognized<string>
        ```
        """;

    private const string Event = """
        # Event

        ## Supported Types

        ### `models.Created`

        ```typescript
        const value: models.Created = { type: "created", at: "t" };
        ```

        ### `models.Cancelled`

        ```typescript
        const value: models.Cancelled = { type: "cancelled", reason: "r" };
        ```
        """;

    private const string Created = """
        # Created

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `type` | *"created"* | :heavy_check_mark: | N/A |
        | `at` | *string* | :heavy_check_mark: | N/A |
        """;

    private const string Cancelled = """
        # Cancelled

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `type` | *"cancelled"* | :heavy_check_mark: | N/A |
        | `reason` | *string* | :heavy_check_mark: | N/A |
        """;

    private const string Usage = """
        using Acme.Api.Docs.Models;

        namespace Consumer;

        internal static class Equality
        {
            public static string Orders(string a, string b) => Describe(ModelGenJson.Deserialize<Order>(a)!, ModelGenJson.Deserialize<Order>(b)!);

            public static string Events(string a, string b) => Describe(ModelGenJson.Deserialize<Event>(a)!, ModelGenJson.Deserialize<Event>(b)!);

            private static string Describe(object x, object y) =>
                (x.Equals(y) ? "equal" : "different") + (x.GetHashCode() == y.GetHashCode() ? ", same hash" : ", other hash");
        }
        """;

    private const string Full = """
        {"id":"o1","items":[{"sku":"a","qty":2},{"sku":"b","qty":1}],"tags":{"x":"1","y":"2"},"customer":{"name":"Ann","address":{"city":"Oslo"}},"status":"brand-new","event":{"type":"refunded","amount":1},"extras":[1,{"k":[true]}],"meta":{"m":{"n":1,"o":2}},"unknown":{"deep":[1,{"e":2}]}}
        """;

    private static IsolatedAssembly? assembly;

    [OneTimeSetUp]
    public void Compile()
    {
        var result = GeneratorHarness.Run(
            new[]
            {
                new InMemoryAdditionalText(Models + "order.md", Order),
                new InMemoryAdditionalText(Models + "lineitem.md", LineItem),
                new InMemoryAdditionalText(Models + "customer.md", Customer),
                new InMemoryAdditionalText(Models + "address.md", Address),
                new InMemoryAdditionalText(Models + "status.md", Status),
                new InMemoryAdditionalText(Models + "event.md", Event),
                new InMemoryAdditionalText(Models + "created.md", Created),
                new InMemoryAdditionalText(Models + "cancelled.md", Cancelled),
            },
            TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace, "snake_case"));
        var (diagnostics, image) = result.EmitWith(Usage);
        Assert.That(diagnostics, Is.Empty, GeneratorResult.Format(diagnostics));
        assembly = new IsolatedAssembly(image!);
    }

    [OneTimeTearDown]
    public void Unload() => assembly?.Dispose();

    [TestCase(Full, TestName = "Two reads of one JSON: lists, maps, nested records, an unknown enum value and variant, any, kept JSON")]
    [TestCase("""{"items":[]}""", TestName = "Two reads of one JSON missing a required field")]
    [TestCase("""{"id":"o1","tags":null,"event":{"type":"created","at":"t"},"status":"new"}""", TestName = "Two reads of one JSON: an explicit null, a known variant and value")]
    public void TwoReadsOfOneJsonAreEqual(string json) =>
        Assert.That(assembly!.Invoke("Consumer.Equality", "Orders", json, json), Is.EqualTo("equal, same hash"));

    // They write back differently ({"sku":"a"} and {"sku":"a","qty":0}), so they must not be equal.
    [Test]
    public void ARequiredFieldMissingDiffersFromItPresentAtItsDefault() =>
        Assert.That(
            assembly!.Invoke("Consumer.Equality", "Orders", """{"id":"o1","items":[{"sku":"a"}]}""", """{"id":"o1","items":[{"sku":"a","qty":0}]}"""),
            Does.StartWith("different"));

    [Test]
    public void ObjectKeysInAnotherOrderAreEqual()
    {
        var reordered = Full
            .Replace("""{"x":"1","y":"2"}""", """{"y":"2","x":"1"}""")
            .Replace("""{"n":1,"o":2}""", """{"o":2,"n":1.0}""")
            .Replace("""{"deep":[1,{"e":2}]}""", """{"deep":[1e0,{"e":2}]}""");

        Assert.That(assembly!.Invoke("Consumer.Equality", "Orders", Full, reordered), Is.EqualTo("equal, same hash"));
    }

    [TestCase("\"items\":[{\"sku\":\"a\",\"qty\":2},{\"sku\":\"b\",\"qty\":1}]", "\"items\":[{\"sku\":\"b\",\"qty\":1},{\"sku\":\"a\",\"qty\":2}]", TestName = "A list in another order differs")]
    [TestCase("\"y\":\"2\"", "\"y\":\"3\"", TestName = "A map value differs")]
    [TestCase("Oslo", "Bergen", TestName = "A nested record differs")]
    [TestCase("brand-new", "brand-old", TestName = "An unknown enum value differs")]
    [TestCase("\"amount\":1", "\"amount\":2", TestName = "An unknown variant differs")]
    [TestCase("\"k\":[true]", "\"k\":[false]", TestName = "JSON in a list differs")]
    [TestCase("\"o\":2", "\"o\":3", TestName = "JSON in a map differs")]
    [TestCase("\"e\":2", "\"e\":3", TestName = "Kept JSON differs")]
    [TestCase("\"tags\":{\"x\":\"1\",\"y\":\"2\"},", "", TestName = "An absent map differs")]
    public void DifferentJsonDiffers(string part, string replacement)
    {
        var changed = Full.Replace(part, replacement);
        Assert.That(changed, Is.Not.EqualTo(Full), "the test changes the JSON");

        Assert.That(assembly!.Invoke("Consumer.Equality", "Orders", Full, changed), Does.StartWith("different"));
    }

    [TestCase("""{"type":"created","at":"t"}""", """{"at":"t","type":"created"}""", "equal, same hash")]
    [TestCase("""{"type":"refunded","amount":{"a":1,"b":[2]}}""", """{"amount":{"b":[2],"a":1},"type":"refunded"}""", "equal, same hash")]
    [TestCase("""{"type":"refunded","amount":1}""", """{"type":"returned","amount":1}""", "different")]
    [TestCase("""{"type":"created","at":"t"}""", """{"type":"created","at":"u"}""", "different")]
    public void UnionsCompareTheirVariants(string a, string b, string expected) =>
        Assert.That(assembly!.Invoke("Consumer.Equality", "Events", a, b), Does.StartWith(expected));
}
