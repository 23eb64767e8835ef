using System.Collections.Generic;
using System.Text.Json;
using ModelGen.Generated;
using NUnit.Framework;

namespace ModelGen.Tests.Runtime;

/// <summary>The runtime's equality by content: JSON elements, and the lists and maps the converters create.</summary>
public sealed class ValueEqualityTests
{
    [TestCase("""{"a":1,"b":[true,null,"x"]}""", """{"a":1,"b":[true,null,"x"]}""", TestName = "The same JSON from two documents is equal")]
    [TestCase("""{"a":1,"b":2}""", """{"b":2,"a":1}""", TestName = "Object properties in another order are equal")]
    [TestCase("1.0", "1", TestName = "Numbers compare by value: 1.0 and 1")]
    [TestCase("1e2", "100", TestName = "Numbers compare by value: 1e2 and 100")]
    [TestCase("-0.50", "-5E-1", TestName = "Numbers compare by value: -0.50 and -5E-1")]
    [TestCase("\"\\u0041\"", "\"A\"", TestName = "Strings compare unescaped")]
    public void EqualJson(string a, string b)
    {
        var (x, y) = (Parse(a), Parse(b));

        Assert.Multiple(() =>
        {
            Assert.That(ValueEquality.JsonEquals(x, y), Is.True);
            Assert.That(ValueEquality.JsonEquals(y, x), Is.True);
            Assert.That(ValueEquality.JsonHash(x), Is.EqualTo(ValueEquality.JsonHash(y)));
        });
    }

    [TestCase("[1,2]", "[2,1]", TestName = "Array order matters")]
    [TestCase("""{"a":1}""", """{"a":1,"b":1}""", TestName = "An extra property differs")]
    [TestCase("""{"a":1}""", """{"A":1}""", TestName = "Property names are case-sensitive")]
    [TestCase("1", "\"1\"", TestName = "A number is not a string")]
    [TestCase("10", "1", TestName = "10 is not 1")]
    [TestCase("null", "false", TestName = "null is not false")]
    [TestCase("""{"a":{"b":[1]}}""", """{"a":{"b":[1.5]}}""", TestName = "A difference deep inside")]
    public void DifferentJson(string a, string b) => Assert.That(ValueEquality.JsonEquals(Parse(a), Parse(b)), Is.False);

    [Test]
    public void AnUnsetElementEqualsOnlyAnother() =>
        Assert.Multiple(() =>
        {
            Assert.That(ValueEquality.JsonEquals(default, default), Is.True);
            Assert.That(ValueEquality.JsonEquals(default, Parse("null")), Is.False);
        });

    [Test]
    public void ListsCompareTheirItemsInOrder()
    {
        var a = List(Parse("""{"x":1}"""), Parse("[2]"));
        var b = List(Parse("""{"x":1.0}"""), Parse("[2]"));
        var reversed = List(Parse("[2]"), Parse("""{"x":1}"""));

        Assert.Multiple(() =>
        {
            Assert.That(a.Equals(b), Is.True, "JSON items by content");
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
            Assert.That(a.Equals(reversed), Is.False);
            Assert.That(List("a", "b").Equals(List("a", "b")), Is.True);
            Assert.That(List(new byte[] { 1, 2 }).Equals(List(new byte[] { 1, 2 })), Is.True, "bytes by content");
        });
    }

    [Test]
    public void MapsCompareKeysAndValuesInAnyOrder()
    {
        var a = new EquatableMap<JsonElement>();
        a.Set("x", Parse("1"));
        a.Set("y", Parse("""{"p":[1,2]}"""));
        var b = new EquatableMap<JsonElement>();
        b.Set("y", Parse("""{"p":[1,2]}"""));
        b.Set("x", Parse("1"));
        var c = new EquatableMap<JsonElement>();
        c.Set("x", Parse("1"));
        c.Set("y", Parse("""{"p":[2,1]}"""));

        Assert.Multiple(() =>
        {
            Assert.That(a.Equals(b), Is.True);
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
            Assert.That(a.Equals(c), Is.False);
            Assert.That(a, Is.EqualTo(new[] { new KeyValuePair<string, JsonElement>("x", a["x"]), new KeyValuePair<string, JsonElement>("y", a["y"]) }), "in the order read");
        });
    }

    /// <summary>A list the user builds compares by reference, from either side: equality stays symmetric.</summary>
    [Test]
    public void AnotherKindOfListIsNeverEqual()
    {
        var read = List("a");
        var built = new List<string> { "a" };

        Assert.Multiple(() =>
        {
            Assert.That(read.Equals(built), Is.False);
            Assert.That(built.Equals(read), Is.False);
        });
    }

    private static EquatableList<T> List<T>(params T[] items)
    {
        var list = new EquatableList<T>();
        foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;
}
