using ModelGen.Model;

namespace ModelGen.Resolution;

/// <summary>Where a field's JSON name comes from, most trusted first.</summary>
internal enum WireNameSource
{
    /// <summary>The project's override file pins it.</summary>
    Override,
    /// <summary>An Example cell (in any doc) shows the field under this name, and none under another.</summary>
    Example,
    /// <summary>The type's learned names follow a naming other than the project's rule; this field follows them.</summary>
    Convention,
    /// <summary>The project's wire naming applied to the field name.</summary>
    Rule,
}

/// <summary>
/// A field's JSON name: the override file, then what the examples show for the field, then the naming the type's
/// other learned names follow, then the project's naming rule (README "Names on the wire"). A field whose examples
/// disagree gets the rule's name.
/// </summary>
internal sealed class WireNameChoice
{
    private WireNameChoice(string wireName, WireNameSource source, string ruleName, FieldEvidence? evidence, WireNameOverride? pinned)
    {
        WireName = wireName;
        Source = source;
        RuleName = ruleName;
        Evidence = evidence;
        Pinned = pinned;
    }

    public string WireName { get; }

    public WireNameSource Source { get; }

    /// <summary>What the project's naming rule alone gives.</summary>
    public string RuleName { get; }

    /// <summary>What the examples show about the field, or null.</summary>
    public FieldEvidence? Evidence { get; }

    /// <summary>The override that pins the name, or null.</summary>
    public WireNameOverride? Pinned { get; }

    public static WireNameChoice For(TypeSummary type, string field, WireNameOverrides overrides, ExampleFacts facts, string? apiName = null)
    {
        // The naming rule applies to the API's own spelling of the field, where Speakeasy renamed it (see SpeakeasyNames).
        var evidence = facts.For(type, field);
        var ruleName = WireNames.Apply(apiName ?? field, facts.RuleOf(type));
        if (overrides.Find(type.TypeName, field) is { } pinned)
        {
            return new WireNameChoice(pinned.WireName, WireNameSource.Override, ruleName, evidence, pinned);
        }

        if (evidence?.LearnedName is { } learned)
        {
            return new WireNameChoice(learned, WireNameSource.Example, ruleName, evidence, null);
        }

        // Examples that spell the field two ways are reported (MG0031): the rule decides, not the type's other names.
        if (evidence is { Names.Count: > 1 })
        {
            return new WireNameChoice(ruleName, WireNameSource.Rule, ruleName, evidence, null);
        }

        var naming = facts.NamingOf(type, out var fromExamples);
        return fromExamples
            ? new WireNameChoice(WireNames.Apply(apiName ?? field, naming), WireNameSource.Convention, ruleName, evidence, null)
            : new WireNameChoice(ruleName, WireNameSource.Rule, ruleName, evidence, null);
    }
}
