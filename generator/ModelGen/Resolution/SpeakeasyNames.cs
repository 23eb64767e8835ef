using System;
using ModelGen.Model;

namespace ModelGen.Resolution;

/// <summary>
/// Names Speakeasy changes when it writes a TypeScript SDK, and that the docs therefore show changed: reversed here, so
/// the C# types carry the API's names. Only renames the docs themselves show, each reviewed; anything else is kept.
/// </summary>
internal static class SpeakeasyNames
{
    // Titles Speakeasy suffixes with 'T' because the plain name is a JavaScript global that a model type would shadow
    // in the SDK's own modules. Every doc of one Speakeasy folder gets the suffix, so the plain name is free there.
    private static readonly string[] SuffixedTitles =
    {
        "ErrorT",    // Error: the built-in exception class (OpenRouter operations/errort, Speakeasy's own SDK)
        "FileT",     // File: the web File API (OpenRouter 2026-08 filet)
        "FunctionT", // Function: the function constructor (Mistral's FunctionT, the function of a tool)
        "ObjectT",   // Object: the root object constructor (OpenRouter objectt, both snapshots)
        "RequestT",  // Request: the fetch API's request (OpenRouter 2025-10 requestt)
        "ResponseT", // Response: the fetch API's response (OpenRouter 2026-08 responset)
    };

    /// <summary>The type name a (PascalCased) title stands for: <c>FileT</c> → <c>File</c>; any other name unchanged.</summary>
    public static string TypeName(string name) =>
        Array.IndexOf(SuffixedTitles, name) >= 0 ? name.Substring(0, name.Length - 1) : name;

    /// <summary>
    /// The field name the API uses for a field as the doc writes it. Mistral's docs show the <c>schema</c> of a JSON
    /// schema response format as <c>schemaDefinition</c> (a map of any JSON), which is never its wire name.
    /// </summary>
    public static string FieldName(FieldSpec field) =>
        field.Name == "schemaDefinition" && field.Type is { Kind: TypeRefKind.Map, Element.Kind: TypeRefKind.Any } ? "schema" : field.Name;

    /// <summary>
    /// Whether the field is Speakeasy's stand-in for a schema's extra properties: <c>additionalProperties</c>, a
    /// <c>Record&lt;string, X&gt;</c>. The SDK writes its entries as top-level keys; the key itself is never on the wire.
    /// Such a field is no property: the record's <c>ExtensionData</c> receives every key the record does not know and
    /// writes it back at top level.
    /// </summary>
    public static bool IsAdditionalProperties(FieldSpec field) =>
        field.Name == "additionalProperties" && field.Type.Kind == TypeRefKind.Map;
}
