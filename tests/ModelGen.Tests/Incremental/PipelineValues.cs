using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModelGen.Tests.Incremental;

/// <summary>
/// Walks a value that flows between pipeline steps (through tuples, public properties and collection elements)
/// and lists what must never flow there: objects that compare by reference (symbols, compilations, syntax,
/// locations, AdditionalText, options, Markdig nodes, arrays, mutable collections) defeat the driver's cache, and
/// some of them keep whole compilations alive.
/// </summary>
internal static class PipelineValues
{
    private const int MaxDepth = 64;

    public static List<string> FindBanned(object? value, string path)
    {
        var problems = new List<string>();
        Walk(value, path, problems, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
        return problems;
    }

    /// <summary>Why a value of <paramref name="type"/> may not flow between steps, or null when it may.</summary>
    public static string? WhyBanned(Type type)
    {
        if (typeof(ISymbol).IsAssignableFrom(type))
        {
            return "a symbol";
        }

        if (typeof(Compilation).IsAssignableFrom(type) || typeof(SemanticModel).IsAssignableFrom(type))
        {
            return "a compilation";
        }

        if (typeof(SyntaxNode).IsAssignableFrom(type) || typeof(SyntaxTree).IsAssignableFrom(type) || type == typeof(SyntaxToken) || type == typeof(SyntaxTrivia))
        {
            return "syntax";
        }

        if (typeof(Location).IsAssignableFrom(type))
        {
            return "a Location (use a path and spans; make the Location when reporting)";
        }

        if (typeof(AdditionalText).IsAssignableFrom(type))
        {
            return "an AdditionalText";
        }

        if (typeof(AnalyzerConfigOptions).IsAssignableFrom(type) || typeof(AnalyzerConfigOptionsProvider).IsAssignableFrom(type))
        {
            return "analyzer config options";
        }

        if (type.Namespace is { } ns && (ns == "Markdig" || ns.StartsWith("Markdig.", StringComparison.Ordinal)))
        {
            return "a Markdig object";
        }

        if (type.IsArray)
        {
            return "an array (compares by reference; use EquatableArray<T>)";
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(List<>) || definition == typeof(Dictionary<,>) || definition == typeof(HashSet<>))
            {
                return "a mutable collection (compares by reference; use EquatableArray<T>)";
            }
        }

        return null;
    }

    private static void Walk(object? value, string path, List<string> problems, HashSet<object> seen, int depth)
    {
        if (value is null)
        {
            return;
        }

        var type = value.GetType();
        if (WhyBanned(type) is { } reason)
        {
            problems.Add($"{path}: {type.FullName} is {reason}");
            return;
        }

        if (type.IsPrimitive || type.IsEnum || value is string or decimal)
        {
            return;
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (depth > MaxDepth)
        {
            problems.Add($"{path}: nested deeper than {MaxDepth} levels");
            return;
        }

        if (value is ITuple tuple)
        {
            for (var i = 0; i < tuple.Length; i++)
            {
                Walk(tuple[i], $"{path}.Item{i + 1}", problems, seen, depth + 1);
            }

            return;
        }

        if (value is IEnumerable items)
        {
            // A default ImmutableArray cannot be enumerated: it holds nothing to check.
            if (type.GetProperty("IsDefault")?.GetValue(value) is true)
            {
                return;
            }

            var index = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{index++}]", problems, seen, depth + 1);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // Indexers and spans (a view of what other members hold) cannot be read by reflection.
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null || property.PropertyType.IsByRefLike)
            {
                continue;
            }

            object? propertyValue;
            try
            {
                propertyValue = property.GetValue(value);
            }
            catch (TargetInvocationException e)
            {
                problems.Add($"{path}.{property.Name}: cannot be read ({e.InnerException?.GetType().Name}); pipeline values should be plain data");
                continue;
            }

            Walk(propertyValue, $"{path}.{property.Name}", problems, seen, depth + 1);
        }
    }
}
