using System;
using System.Collections.Generic;
using System.Threading;

namespace ModelGen.Model;

/// <summary>
/// Every doc's <see cref="TypeSummary"/>, sorted by path. Equality is by the summaries only, so editing a doc's
/// description leaves the index unchanged and every other doc's output cached.
/// </summary>
internal sealed class TypeIndex : IEquatable<TypeIndex>
{
    private Lookups? lookups;
    private Resolution.ExampleFacts? facts;

    public TypeIndex(EquatableArray<TypeSummary> types) => Types = types;

    public EquatableArray<TypeSummary> Types { get; }

    /// <summary>The summary of the doc at <paramref name="relativePath"/> (case-insensitive, as links are written in lower case).</summary>
    public TypeSummary? ByRelativePath(string relativePath) =>
        GetLookups().ByPath.TryGetValue(relativePath, out var summary) ? summary : null;

    /// <summary>Docs titled <paramref name="title"/>, in path order.</summary>
    public IReadOnlyList<TypeSummary> ByTitle(string title) =>
        GetLookups().ByTitle.TryGetValue(title, out var list) ? list : Array.Empty<TypeSummary>();

    /// <summary>
    /// The doc that owns the type's file when several docs map to one (the first by path), or null. Files are named
    /// after the type and compared ignoring case, as Roslyn compares them, so <c>FooBar</c> and <c>Foobar</c> in one
    /// namespace have one owner too.
    /// </summary>
    public TypeSummary? OwnerOf(TypeSummary summary) =>
        GetLookups().Owners.TryGetValue(summary.HintName, out var owner) ? owner : null;

    /// <summary>What the examples of every doc show for <paramref name="key"/>: an integer, an integer beyond <c>int</c>, a fraction.</summary>
    public (bool Integer, bool LargeInteger, bool Fraction) NumbersSeenFor(string key) =>
        GetLookups().Numbers.TryGetValue(key, out var seen) ? ((seen & 1) != 0, (seen & 2) != 0, (seen & 4) != 0) : (false, false, false);

    /// <summary>Whether two docs of the index have <paramref name="path"/> (one file listed twice as AdditionalFiles).</summary>
    public bool IsListedTwice(string path) => GetLookups().ListedTwice.Contains(path);

    /// <summary>What the docs' examples show about every type (built on first use, like the lookups; not part of equality, as the summaries hold the examples).</summary>
    public Resolution.ExampleFacts Facts =>
        Volatile.Read(ref facts) ?? Interlocked.CompareExchange(ref facts, Resolution.ExampleFacts.Build(this), null) ?? facts!;

    public bool Equals(TypeIndex? other) => other is not null && Types.Equals(other.Types);

    public override bool Equals(object? obj) => Equals(obj as TypeIndex);

    public override int GetHashCode() => Types.GetHashCode();

    private Lookups GetLookups()
    {
        // One index object serves every doc of a run; build its dictionaries once. Two threads that race here build
        // equal lookups and one wins: cheaper than a lock taken on every link of every doc.
        return Volatile.Read(ref lookups) ?? Interlocked.CompareExchange(ref lookups, new Lookups(Types), null) ?? lookups!;
    }

    private sealed class Lookups
    {
        public Lookups(EquatableArray<TypeSummary> types)
        {
            foreach (var type in types)
            {
                if (!ByPath.ContainsKey(type.RelativePath))
                {
                    ByPath[type.RelativePath] = type;
                }

                if (!ByTitle.TryGetValue(type.Title, out var list))
                {
                    ByTitle[type.Title] = list = new List<TypeSummary>();
                }

                list.Add(type);
                if (type.TypeName.Length > 0 && !Owners.ContainsKey(type.HintName))
                {
                    Owners[type.HintName] = type;
                }

                foreach (var number in type.Numbers)
                {
                    Numbers.TryGetValue(number.Key, out var seen);
                    Numbers[number.Key] = seen | (1 << (int)number.Seen);
                }

                if (!paths.Add(type.Path))
                {
                    ListedTwice.Add(type.Path);
                }
            }
        }

        public Dictionary<string, TypeSummary> ByPath { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, List<TypeSummary>> ByTitle { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, TypeSummary> Owners { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> ListedTwice { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Numbers { get; } = new(StringComparer.Ordinal);

        private readonly HashSet<string> paths = new(StringComparer.Ordinal);
    }
}
