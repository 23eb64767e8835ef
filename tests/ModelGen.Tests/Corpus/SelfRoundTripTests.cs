using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Corpus;

/// <summary>
/// Every generated record, union and enum of the corpus (../shared/corpus; ignored when absent) reads back what it
/// writes (issue 19): a value built with only its required members set, written with its converter and read back
/// strictly, is the same value of the same variant. A record gets its required properties (strings <c>"x"</c>, numbers
/// 1, lists and maps empty, records built the same way, enums their first member, unions their first variant that can
/// be built); a union its first variant that can be built. The value read back must write the same JSON, lack no
/// required field, keep nothing in <c>ExtensionData</c>, equal a second read of that JSON (hash code too), and (for a
/// union) hold the same variant.
/// </summary>
public sealed class SelfRoundTripTests
{
    private const int MaxDepth = 12;

    [TestCase("openrouter-2025-10")]
    [TestCase("openrouter-2026-08")]
    public void EveryTypeReadsBackWhatItWrites(string set)
    {
        var models = Infrastructure.Corpus.ModelsDirectory(set);
        var docs = Infrastructure.Corpus.Docs(set).Select(path => new InMemoryAdditionalText(path, SchemaDocs.ReadText(path))).ToList();
        var watch = Stopwatch.StartNew();
        var result = GeneratorHarness.Run(docs, TestOptionsProvider.Project(models + "/", SchemaDocs.RootNamespace, "as_written"));
        var (diagnostics, image) = result.EmitWith("namespace Consumer { internal static class Empty { } }");
        Assert.That(image, Is.Not.Null, "the set compiles:\n" + GeneratorResult.Format(diagnostics.Take(20)));

        using var assembly = new IsolatedAssembly(image!);
        var json = assembly.Assembly.GetTypes().Single(type => type.Name == "ModelGenJson");
        var strict = (JsonSerializerOptions)json.GetProperty("StrictOptions")!.GetValue(null)!;
        var types = assembly.Assembly.GetTypes()
            .Where(type => type.IsPublic && type.GetCustomAttribute<System.Text.Json.Serialization.JsonConverterAttribute>() is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .ToList();
        var builder = new ValueBuilder();
        var failures = new List<string>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            var kind = KindOf(type);
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
            if (builder.Build(type, 0) is not { } value)
            {
                failures.Add($"{type.Name}: no value can be built ({builder.Why})");
                continue;
            }

            if (Check(type, value, strict) is { } problem)
            {
                failures.Add($"{type.Name}: {problem}");
            }
        }

        TestContext.Out.WriteLine($"{set}: {string.Join(", ", counts.OrderBy(c => c.Key).Select(c => c.Value + " " + c.Key))} round-tripped in {watch.ElapsedMilliseconds} ms");
        Assert.Multiple(() =>
        {
            Assert.That(types, Has.Count.GreaterThan(100), "the generated types were found");
            Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(40)));
        });
    }

    private static string KindOf(Type type) =>
        type.IsEnum ? "enums" : type.IsValueType ? "open enums" : IsUnion(type) ? "unions" : "records";

    private static bool IsUnion(Type type) => type.GetProperty("IsUnknown") is not null;

    private static bool IsNonNullable(PropertyInfo property) =>
        new NullabilityInfoContext().Create(property).WriteState == NullabilityState.NotNull;

    // The tags a discriminated union reads (its converter's table), or null for a union picked by shape.
    private static string[]? DiscriminatorsOf(Type union) =>
        union.Assembly.GetType(union.FullName + "_JsonConverter")?.GetField("Discriminator", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null) is { } discriminator
            ? ((IEnumerable<string>)discriminator.GetType().GetProperty("Values")!.GetValue(discriminator)!).ToArray()
            : null;

    // Equality is by content for what is read, except a property typed JsonElement or byte[] itself, which compares
    // by reference (README "Equality"): such a record, or one holding it, is not compared.
    private static bool HoldsReferenceComparedValue(Type type, int depth)
    {
        if (depth > MaxDepth || type.IsEnum || type.IsPrimitive || type == typeof(string))
        {
            return false;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType == typeof(JsonElement) || propertyType == typeof(byte[]))
            {
                return true;
            }

            if (propertyType.Assembly == type.Assembly && propertyType != type && !IsUnion(propertyType) && HoldsReferenceComparedValue(propertyType, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    // The problem with writing a value and reading it back, or null when there is none.
    private static string? Check(Type type, object value, JsonSerializerOptions strict)
    {
        string written;
        object? back;
        try
        {
            written = JsonSerializer.Serialize(value, type, strict);
            back = JsonSerializer.Deserialize(written, type, strict);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return "writing or reading back threw " + e.GetType().Name + ": " + e.Message;
        }

        if (back is null)
        {
            return "read back as null: " + written;
        }

        var again = JsonSerializer.Serialize(back, type, strict);
        if (again != written)
        {
            return $"wrote {written}, read back and wrote {again}";
        }

        // What is read compares by content (README "Equality"); the value built here holds arrays the test made, which
        // compare by reference, so the comparison is between two reads of the same JSON.
        var backAgain = JsonSerializer.Deserialize(again, type, strict);
        if (!HoldsReferenceComparedValue(type, 0) && (!Equals(back, backAgain) || back.GetHashCode() != backAgain!.GetHashCode()))
        {
            return "two reads of the same JSON are not equal, or their hash codes differ: " + written;
        }

        // A variant tagged by a plain *string* field learned from the examples (README "Wire names") got "x" here, which
        // is no tag of the union: reading keeps it as the unknown variant, as it keeps any tag the docs do not know.
        if (IsUnion(type) && VariantOf(back) == "Unknown" && DiscriminatorsOf(type) is { } tags && !tags.Contains("x"))
        {
            return null;
        }

        if (IsUnion(type) && VariantOf(back) != VariantOf(value))
        {
            return $"{VariantOf(value)} read back as {VariantOf(back)}: {written}";
        }

        if (type.GetProperty("ExtensionData")?.GetValue(back) is System.Collections.ICollection { Count: > 0 } kept)
        {
            return $"{kept.Count} value(s) kept in ExtensionData: {written}";
        }

        return null;
    }

    private static string VariantOf(object union) =>
        union.GetType().GetProperties().Where(p => p.PropertyType == typeof(bool) && p.Name.StartsWith("Is", StringComparison.Ordinal) && (bool)p.GetValue(union)!)
            .Select(p => p.Name[2..]).FirstOrDefault() ?? "none";

    /// <summary>Builds the simplest value of a generated type, with only what it requires set.</summary>
    private sealed class ValueBuilder
    {
        private static readonly JsonElement AnyJson = JsonDocument.Parse("\"x\"").RootElement.Clone();

        /// <summary>Why the last <see cref="Build"/> gave null.</summary>
        public string Why { get; private set; } = string.Empty;

        public object? Build(Type type, int depth)
        {
            if (depth > MaxDepth)
            {
                Why = "required members nest deeper than " + MaxDepth + " levels (a cycle)";
                return null;
            }

            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                return Build(underlying, depth);
            }

            if (type == typeof(string)) return "x";
            if (type == typeof(double)) return 1d;
            if (type == typeof(int)) return 1;
            if (type == typeof(long)) return 1L;
            if (type == typeof(bool)) return true;
            if (type == typeof(DateTimeOffset)) return new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
            if (type == typeof(byte[])) return new byte[] { 1 };
            if (type == typeof(JsonElement)) return AnyJson;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                return Array.CreateInstance(type.GetGenericArguments()[0], 0);
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
            {
                return Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(type.GetGenericArguments()));
            }

            if (type.IsEnum)
            {
                return Enum.GetValues(type).GetValue(0);
            }

            if (type.IsValueType)
            {
                // An open enum: its first listed value.
                return type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == type).OrderBy(f => f.MetadataToken).Select(f => f.GetValue(null)).FirstOrDefault();
            }

            return IsUnion(type) ? BuildUnion(type, depth) : BuildRecord(type, depth);
        }

        private object? BuildUnion(Type type, int depth)
        {
            foreach (var from in type.GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Where(m => m.Name.StartsWith("From", StringComparison.Ordinal) && m.Name != "FromUnknown" && m.GetParameters().Length <= 1 && m.ReturnType == type)
                .OrderBy(m => m.MetadataToken))
            {
                // A variant that holds one string (a constant) is built with nothing to pass.
                if (from.GetParameters().Length == 0)
                {
                    return from.Invoke(null, null);
                }

                if (Build(from.GetParameters()[0].ParameterType, depth + 1) is { } variant)
                {
                    return from.Invoke(null, new[] { variant });
                }
            }

            Why = "no variant of " + type.Name + " can be built";
            return null;
        }

        private object? BuildRecord(Type type, int depth)
        {
            var value = Activator.CreateInstance(type)!;
            // A deprecated required field is a plain init property (C# forbids [Obsolete] on a required member), still required on the wire.
            foreach (var property in type.GetProperties().Where(p => p.GetCustomAttribute<RequiredMemberAttribute>() is not null || (p.GetCustomAttribute<ObsoleteAttribute>() is not null && IsNonNullable(p))))
            {
                if (Build(property.PropertyType, depth + 1) is not { } member)
                {
                    return null;
                }

                property.SetValue(value, member);
            }

            return value;
        }
    }
}
