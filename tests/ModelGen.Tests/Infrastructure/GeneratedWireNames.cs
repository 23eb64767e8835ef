using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace ModelGen.Tests.Infrastructure;

/// <summary>
/// The wire name of each property of a generated record. They live in the record's converter (its <c>Names</c>, one
/// per property in declaration order), not in attributes: the type's converter is the only code that reads them.
/// </summary>
internal static class GeneratedWireNames
{
    // Members every record has besides its fields.
    private static readonly string[] Bookkeeping = { "ExtensionData", "MissingRequiredFields", "EqualityContract" };

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Type, IReadOnlyList<(PropertyInfo Property, string WireName)>> Cache = new();

    /// <summary>Each public field property of a compiled generated record, with its wire name.</summary>
    public static IReadOnlyList<(PropertyInfo Property, string WireName)> Of(Type record) => Cache.GetValue(record, Read);

    private static IReadOnlyList<(PropertyInfo Property, string WireName)> Read(Type record)
    {
        var converter = record.Assembly.GetType(record.FullName + "_JsonConverter")
            ?? throw new InvalidOperationException(record.FullName + " has no generated converter");
        var names = converter.GetField("Names", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var count = (int)names.GetType().GetProperty("Count")!.GetValue(names)!;
        var item = names.GetType().GetProperty("Item")!;
        var properties = record.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType == record && p.GetIndexParameters().Length == 0 && Array.IndexOf(Bookkeeping, p.Name) < 0)
            .OrderBy(p => p.MetadataToken)
            .ToList();
        if (properties.Count != count)
        {
            throw new InvalidOperationException($"{record.FullName} has {properties.Count} field properties but its converter names {count}");
        }

        return properties.Select((p, i) => (p, (string)item.GetValue(names, new object[] { i })!)).ToList();
    }

    /// <summary>The wire names a generated record's converter declares, read off its source text.</summary>
    public static IReadOnlyList<string> InSource(string source, string recordName)
    {
        var match = Regex.Match(source, "JsonFieldNames\\(\"[^\"]*" + Regex.Escape(recordName) + "\", new string\\[\\] \\{ (?<names>[^}]*) \\}");
        if (!match.Success)
        {
            throw new InvalidOperationException(recordName + "'s converter declares no names in this source");
        }

        return Regex.Matches(match.Groups["names"].Value, "\"((?:[^\"\\\\]|\\\\.)*)\"").Select(m => Regex.Unescape(m.Groups[1].Value)).ToList();
    }
}
