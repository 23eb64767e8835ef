namespace ModelGen.Model;

/// <summary>Where an example's value sits, and whether its keys are the API's own.</summary>
/// <param name="Root">The type the value is an instance of, as the doc writes it (relative to the doc); null for the doc's own type.</param>
/// <param name="Field">For an Example cell: the field (of the doc's own type) whose value it is; otherwise null.</param>
/// <param name="WireKeys">
/// Whether the keys are wire names: true for an Example cell (JSON as the API sends it), false for the
/// TypeScript examples, whose keys are the SDK's field names.
/// </param>
/// <param name="Value">The example's skeleton.</param>
internal sealed record ExampleEvidence(TypeRef? Root, string? Field, bool WireKeys, ExampleValue Value);
