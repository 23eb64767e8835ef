using System;
using System.Collections.Generic;
using ModelGen.Model;

namespace ModelGen.Resolution;

/// <summary>
/// What the docs' own examples show about the types they are values of, over every doc of the index: the JSON names
/// of fields (the keys of an Example cell, which shows the API's JSON), the fields shown as <c>null</c>, and the
/// strings shown in <c>*string*</c> fields. An example is walked through the types it is a value of: into a linked
/// doc's fields, list items, map values, and the variant of a union whose fields cover the keys. Built once per index
/// (<see cref="TypeIndex.Facts"/>); every doc resolved against that index reads it.
/// </summary>
internal sealed class ExampleFacts
{
    /// <summary>The conventions a learned name is checked against, in the order one is picked when several fit.</summary>
    private static readonly WireNaming[] Conventions = { WireNaming.AsWritten, WireNaming.SnakeCase, WireNaming.KebabCase, WireNaming.CamelCase };

    // A walk deeper than this stops (examples nest as deep as types, which stop at 32).
    private const int MaxDepth = 64;

    private readonly TypeIndex index;
    private readonly Dictionary<string, Dictionary<string, FieldEvidence>> byType = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, FieldSummary?>> fieldsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WireNaming> conventions = new(StringComparer.Ordinal);

    private ExampleFacts(TypeIndex index) => this.index = index;

    /// <summary>For docs whose project set no wire naming: the naming the examples show, or <see cref="WireNaming.AsWritten"/>.</summary>
    public WireNaming ProjectNaming { get; private set; } = WireNaming.AsWritten;

    /// <summary>Whether the examples decided <see cref="ProjectNaming"/> (most types whose learned names tell conventions apart agree).</summary>
    public bool ProjectNamingDecided { get; private set; }

    /// <summary>How many learned names tell the conventions apart, over all types (the project naming's evidence).</summary>
    public int TellingNames { get; private set; }

    public static ExampleFacts Build(TypeIndex index)
    {
        var facts = new ExampleFacts(index);
        foreach (var type in index.Types)
        {
            foreach (var example in type.Examples)
            {
                facts.WalkEvidence(type, example);
            }
        }

        facts.ShareDiscriminatorNames();
        facts.DecideConventions();
        return facts;
    }

    /// <summary>What the examples show about one field, or null when none shows it.</summary>
    public FieldEvidence? For(TypeSummary type, string field) =>
        byType.TryGetValue(type.Path, out var fields) && fields.TryGetValue(field, out var evidence) ? evidence : null;

    /// <summary>The naming a type's fields follow when no example shows their own name: its learned names' convention, else the rule.</summary>
    public WireNaming NamingOf(TypeSummary type, out bool fromExamples)
    {
        var rule = RuleOf(type);
        fromExamples = conventions.TryGetValue(type.Path, out var convention) && convention != rule;
        return fromExamples ? convention : rule;
    }

    /// <summary>The project's rule for a type: its doc's setting, or for an unset one the naming the examples decide.</summary>
    public WireNaming RuleOf(TypeSummary type) => type.Naming == WireNaming.Unset ? ProjectNaming : type.Naming;

    private void WalkEvidence(TypeSummary type, ExampleEvidence example)
    {
        if (example.Field is { } name)
        {
            if (FieldNamed(type, name) is not { } field)
            {
                return;
            }

            if (example.Value.Kind == ExampleKind.Null)
            {
                Evidence(type, field).AddNull(type.RelativePath);
                return;
            }

            WalkField(field.Type, type, example.Value, example.WireKeys, type.RelativePath, 0);
            return;
        }

        if (example.Root is { } root)
        {
            WalkField(root, type, example.Value, example.WireKeys, type.RelativePath, 0);
        }
        else
        {
            WalkInto(type, example.Value, example.WireKeys, type.RelativePath, 0);
        }
    }

    private void WalkInto(TypeSummary target, ExampleValue value, bool wireKeys, string source, int depth)
    {
        if (depth >= MaxDepth)
        {
            return;
        }

        if (target.Shape == TypeShape.Union)
        {
            if (Variant(target, value) is { } variant)
            {
                WalkField(variant, target, value, wireKeys, source, depth + 1);
            }

            return;
        }

        if (target.Shape != TypeShape.Record || value.Kind != ExampleKind.Object)
        {
            return;
        }

        foreach (var member in value.Members)
        {
            if (FieldFor(target, member.Key) is not { } field)
            {
                continue;
            }

            var evidence = Evidence(target, field);
            if (wireKeys)
            {
                evidence.AddName(member.Key, source);
            }

            switch (member.Value.Kind)
            {
                case ExampleKind.Null:
                    evidence.AddNull(source);
                    break;
                case ExampleKind.String when field.Type.Kind == TypeRefKind.String:
                    evidence.AddString(member.Value.Text!);
                    break;
            }

            WalkField(field.Type, target, member.Value, wireKeys, source, depth + 1);
        }
    }

    // Credits the evidence to the doc whose example it is (source), wherever the walk goes.
    private void WalkField(TypeRef type, TypeSummary owner, ExampleValue value, bool wireKeys, string source, int depth)
    {
        if (depth >= MaxDepth)
        {
            return;
        }

        switch (type.Kind)
        {
            case TypeRefKind.Array when value.Kind == ExampleKind.Array:
                foreach (var item in value.Items)
                {
                    WalkField(type.Element!, owner, item, wireKeys, source, depth + 1);
                }

                break;
            case TypeRefKind.Map when value.Kind == ExampleKind.Object:
                foreach (var member in value.Members)
                {
                    WalkField(type.Element!, owner, member.Value, wireKeys, source, depth + 1);
                }

                break;
            case TypeRefKind.Doc when LinkResolver.Resolve(type, owner.RelativePath, index) is { } target:
                WalkInto(target, value, wireKeys, source, depth + 1);
                break;
        }
    }

    /// <summary>
    /// The variant of a union an example value is: for an object, the one record variant whose fields cover every key
    /// and whose fixed values (a literal, a one-value doc) do not contradict the example, preferring one whose fixed
    /// value the example shows; for a list, the first list variant. Null when no single variant fits.
    /// </summary>
    private TypeRef? Variant(TypeSummary union, ExampleValue value)
    {
        if (value.Kind == ExampleKind.Array)
        {
            foreach (var variant in union.VariantTypes)
            {
                if (variant.Kind == TypeRefKind.Array)
                {
                    return variant;
                }
            }

            return null;
        }

        if (value.Kind != ExampleKind.Object)
        {
            return null;
        }

        TypeRef? only = null;
        var fitting = 0;
        TypeRef? confirmed = null;
        var confirmedCount = 0;
        foreach (var variant in union.VariantTypes)
        {
            if (variant.Kind != TypeRefKind.Doc || LinkResolver.Resolve(variant, union.RelativePath, index) is not { Shape: TypeShape.Record } record)
            {
                continue;
            }

            var fits = true;
            var confirms = false;
            foreach (var member in value.Members)
            {
                if (FieldFor(record, member.Key) is not { } field)
                {
                    fits = false;
                    break;
                }

                if (FixedValue(field.Type, record) is { } fixedValue && member.Value.Kind == ExampleKind.String)
                {
                    if (fixedValue != member.Value.Text)
                    {
                        fits = false;
                        break;
                    }

                    confirms = true;
                }
            }

            if (!fits)
            {
                continue;
            }

            fitting++;
            only = variant;
            if (confirms)
            {
                confirmedCount++;
                confirmed = variant;
            }
        }

        return fitting == 1 ? only : confirmedCount == 1 ? confirmed : null;
    }

    private string? FixedValue(TypeRef type, TypeSummary owner) => type.Kind switch
    {
        TypeRefKind.StringLiteral => type.Value,
        TypeRefKind.Doc => LinkResolver.Resolve(type, owner.RelativePath, index)?.ConstantValue,
        _ => null,
    };

    /// <summary>The field an example key names: the field spelled so, else the one field equal to it without '_' and '-', ignoring case.</summary>
    private FieldSummary? FieldFor(TypeSummary type, string key)
    {
        if (FieldNamed(type, key) is { } exact)
        {
            return exact;
        }

        if (!fieldsByKey.TryGetValue(type.Path, out var byKey))
        {
            byKey = new Dictionary<string, FieldSummary?>(StringComparer.Ordinal);
            foreach (var field in type.Fields)
            {
                var normalized = Normalize(field.Name);
                // Two fields equal once normalized (item_id, itemId): a key matching both names neither.
                byKey[normalized] = byKey.ContainsKey(normalized) ? null : field;
            }

            fieldsByKey[type.Path] = byKey;
        }

        return byKey.TryGetValue(Normalize(key), out var field2) ? field2 : null;
    }

    private static FieldSummary? FieldNamed(TypeSummary type, string name)
    {
        foreach (var field in type.Fields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>A name with '_' and '-' removed, lower-cased: equal for a field and its wire name under every naming.</summary>
    public static string Normalize(string name) => name.Replace("_", string.Empty).Replace("-", string.Empty).ToLowerInvariant();

    private FieldEvidence Evidence(TypeSummary type, FieldSummary field)
    {
        if (!byType.TryGetValue(type.Path, out var fields))
        {
            byType[type.Path] = fields = new Dictionary<string, FieldEvidence>(StringComparer.Ordinal);
        }

        if (!fields.TryGetValue(field.Name, out var evidence))
        {
            fields[field.Name] = evidence = new FieldEvidence();
        }

        return evidence;
    }

    /// <summary>
    /// The variants of a union share the name of the field that tells them apart: when the examples show that name for
    /// some variants' field (one holding a single value in every variant), and only one spelling no naming gives,
    /// the variants no example shows get it too (<c>_shape</c> for every file list, when one example shows it).
    /// </summary>
    private void ShareDiscriminatorNames()
    {
        foreach (var union in index.Types)
        {
            if (union.Shape != TypeShape.Union)
            {
                continue;
            }

            var records = new List<TypeSummary>();
            foreach (var variant in union.VariantTypes)
            {
                if (variant.Kind == TypeRefKind.Doc && LinkResolver.Resolve(variant, union.RelativePath, index) is { Shape: TypeShape.Record } record)
                {
                    records.Add(record);
                }
            }

            if (records.Count < 2 || records.Count != union.VariantTypes.Count)
            {
                continue;
            }

            foreach (var candidate in records[0].Candidates)
            {
                string? learned = null;
                SortedSet<string>? sources = null;
                var agree = true;
                var inAll = true;
                foreach (var record in records)
                {
                    if (FieldNamed(record, candidate.Name) is not { } field || !HoldsOneValue(field, record))
                    {
                        inAll = false;
                        break;
                    }

                    if (For(record, candidate.Name) is not { Names.Count: > 0 } evidence)
                    {
                        continue;
                    }

                    if (evidence.LearnedName is not { } name || (learned is not null && learned != name))
                    {
                        agree = false;
                        break;
                    }

                    learned = name;
                    sources = evidence.Names[name];
                }

                // A name every naming gives (type, role) needs no sharing: the rule already agrees.
                if (!inAll || !agree || learned is null || IsNamingOf(candidate.Name, learned))
                {
                    continue;
                }

                foreach (var record in records)
                {
                    if (For(record, candidate.Name) is not { Names.Count: > 0 })
                    {
                        var evidence = Evidence(record, FieldNamed(record, candidate.Name)!);
                        evidence.FromSibling = true;
                        foreach (var source in sources!)
                        {
                            evidence.AddName(learned, source);
                        }
                    }
                }
            }
        }
    }

    // A literal, a one-value doc, or a *string* every example shows the same word in: what tells variants apart.
    private bool HoldsOneValue(FieldSummary field, TypeSummary owner) =>
        FixedValue(field.Type, owner) is not null
        || (field.Type.Kind == TypeRefKind.String && Discriminators.IsDiscriminatorName(field.Name) && For(owner, field.Name)?.OnlyString is not null);

    private static bool IsNamingOf(string field, string wireName)
    {
        foreach (var naming in Conventions)
        {
            if (WireNames.Apply(field, naming) != wireName)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Each type's convention: the naming every one of its learned names follows, when its learned names tell the
    /// conventions apart. Then the project's naming for docs that set none: the convention most such types follow, when
    /// at least four in five of them do.
    /// </summary>
    private void DecideConventions()
    {
        var fitting = new Dictionary<string, List<WireNaming>>(StringComparer.Ordinal);
        var votes = new int[Conventions.Length];
        var telling = 0;
        foreach (var type in index.Types)
        {
            if (!byType.TryGetValue(type.Path, out var fields))
            {
                continue;
            }

            var fits = new bool[Conventions.Length];
            for (var c = 0; c < fits.Length; c++)
            {
                fits[c] = true;
            }

            var tells = false;
            foreach (var pair in fields)
            {
                if (pair.Value.LearnedName is not { } learned)
                {
                    continue;
                }

                var all = true;
                for (var c = 0; c < Conventions.Length; c++)
                {
                    var fitsThis = WireNames.Apply(pair.Key, Conventions[c]) == learned;
                    fits[c] &= fitsThis;
                    all &= fitsThis;
                }

                if (!all)
                {
                    tells = true;
                    TellingNames++;
                }
            }

            if (!tells)
            {
                continue;
            }

            var list = new List<WireNaming>();
            for (var c = 0; c < Conventions.Length; c++)
            {
                if (fits[c])
                {
                    list.Add(Conventions[c]);
                    votes[c]++;
                }
            }

            telling++;
            fitting[type.Path] = list;
        }

        if (telling > 0)
        {
            var best = 0;
            for (var c = 1; c < votes.Length; c++)
            {
                if (votes[c] > votes[best])
                {
                    best = c;
                }
            }

            if (votes[best] * 5 >= telling * 4)
            {
                ProjectNaming = Conventions[best];
                ProjectNamingDecided = true;
            }
        }

        foreach (var type in index.Types)
        {
            if (!fitting.TryGetValue(type.Path, out var list) || list.Count == 0)
            {
                continue;
            }

            var rule = RuleOf(type);
            conventions[type.Path] = list.Contains(rule) ? rule : list[0];
        }
    }
}

/// <summary>What the examples show about one field: the JSON names they spell it with, and where; whether one shows it null; the strings they show in it.</summary>
internal sealed class FieldEvidence
{
    private readonly SortedDictionary<string, SortedSet<string>> names = new(StringComparer.Ordinal);
    private readonly SortedSet<string> nullIn = new(StringComparer.Ordinal);
    private readonly SortedSet<string> strings = new(StringComparer.Ordinal);

    /// <summary>Each JSON name an example spells the field with, and the docs whose examples do.</summary>
    public IReadOnlyDictionary<string, SortedSet<string>> Names => names;

    /// <summary>The one JSON name every example spells the field with, or null (none, or several: a conflict).</summary>
    public string? LearnedName
    {
        get
        {
            if (names.Count != 1)
            {
                return null;
            }

            foreach (var name in names.Keys)
            {
                return name;
            }

            return null;
        }
    }

    /// <summary>Whether the name was shared from another variant of a union (no example shows this type's field).</summary>
    public bool FromSibling { get; set; }

    /// <summary>The docs whose examples show the field as <c>null</c>.</summary>
    public IReadOnlyCollection<string> NullIn => nullIn;

    /// <summary>The one string every example shows in the field (a <c>*string*</c> field), or null.</summary>
    public string? OnlyString
    {
        get
        {
            if (strings.Count != 1)
            {
                return null;
            }

            foreach (var value in strings)
            {
                return value;
            }

            return null;
        }
    }

    public void AddName(string name, string source)
    {
        if (!names.TryGetValue(name, out var sources))
        {
            names[name] = sources = new SortedSet<string>(StringComparer.Ordinal);
        }

        sources.Add(source);
    }

    public void AddNull(string source) => nullIn.Add(source);

    public void AddString(string value) => strings.Add(value);
}
