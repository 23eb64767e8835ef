using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ModelGen.Diagnostics;

/// <summary>Every diagnostic ModelGen reports. README's diagnostics table lists each with an example and the fix.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "ModelGen";

    public static readonly DiagnosticDescriptor MissingTitle = Warning(
        "MG0001",
        "Model doc has no title",
        "The doc has a '## {0}' section but no title ('# Name' heading or front matter 'title:'); it is skipped");

    public static readonly DiagnosticDescriptor FieldsTableMalformed = Warning(
        "MG0002",
        "Fields table is malformed",
        "The '## Fields' section has no table with {0}; the doc is skipped");

    public static readonly DiagnosticDescriptor FieldsRowCellCount = Warning(
        "MG0003",
        "Fields row has the wrong number of cells",
        "This row of the Fields table has {0} cells where the header has {1}; {2}");

    public static readonly DiagnosticDescriptor RequiredCellUnreadable = Warning(
        "MG0004",
        "Required cell is neither mark",
        "The Required cell '{0}' of field '{1}' is neither :heavy_check_mark: nor :heavy_minus_sign:; the field is treated as optional");

    public static readonly DiagnosticDescriptor UnknownTypeSyntax = Warning(
        "MG0005",
        "Type cell is not understood",
        "The type '{0}' of '{1}' is not a type ModelGen understands; it is typed JsonElement");

    public static readonly DiagnosticDescriptor UnresolvedLink = Warning(
        "MG0006",
        "Linked doc is not in the compilation",
        "'{0}' of '{1}' refers to a doc that is not in the compilation ('{2}'); it is typed JsonElement");

    public static readonly DiagnosticDescriptor DuplicateTypeName = Warning(
        "MG0007",
        "Two docs produce the same type",
        "The type '{0}' in namespace '{1}' is already produced by '{2}' (as '{3}', a name equal to it ignoring case); this doc is skipped");

    public static readonly DiagnosticDescriptor NameSanitizesToNothing = Warning(
        "MG0008",
        "Name cannot become a C# identifier",
        "The {0} '{1}' has no letter or digit to make a C# name from; the {0} is skipped");

    public static readonly DiagnosticDescriptor FieldNameUnreadable = Warning(
        "MG0009",
        "Field cell holds no field name",
        "The Field cell '{0}' holds no field name; the row is skipped");

    public static readonly DiagnosticDescriptor EmptyValues = Warning(
        "MG0010",
        "Values block lists no values",
        "The '## Values' section of '{0}' lists no values; the doc is skipped");

    public static readonly DiagnosticDescriptor EmptyUnion = Warning(
        "MG0011",
        "Union lists no variants",
        "The '## Supported Types' section of '{0}' lists no variants; the doc is skipped");

    public static readonly DiagnosticDescriptor TypeNestingTooDeep = Warning(
        "MG0012",
        "Type is nested too deeply",
        "The type of '{0}' is nested deeper than {1} levels; it is typed JsonElement");

    public static readonly DiagnosticDescriptor DuplicateField = Warning(
        "MG0013",
        "Field appears twice",
        "The field '{0}' appears twice in '{1}'; the later row is skipped");

    public static readonly DiagnosticDescriptor DuplicateWireName = Warning(
        "MG0014",
        "Two fields have the same JSON name",
        "The field '{0}' of '{1}' would have the JSON name '{2}', which the field '{3}' already has; '{0}' is skipped");

    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Warning(
        "MG0015",
        "C# 9 or later is needed",
        "ModelGen generates records and init accessors, which need C# 9 or later, but this project uses C# {0}; no types are generated. Set <LangVersion>latest</LangVersion> (or 9.0 or later) in the project file.");

    public static readonly DiagnosticDescriptor WireNameOverrideUnreadable = Warning(
        "MG0016",
        "Wire-name override line is not 'Type.field = wire_name'",
        "This line of the wire-name override file is not 'Type.field = wire_name' (or a # comment): '{0}'");

    public static readonly DiagnosticDescriptor WireNameOverrideUnused = Warning(
        "MG0017",
        "Wire-name override matches no field",
        "The wire-name override '{0}' matches no field of any generated type (the field is matched as the doc writes it, the type by its C# name)");

    public static readonly DiagnosticDescriptor HeadingNotRead = Warning(
        "MG0018",
        "Defining heading is not read as a heading",
        "'{0}' is inside {1}, so markdown does not read it as a heading; the doc is skipped");

    public static readonly DiagnosticDescriptor MarkdownTooDeep = Warning(
        "MG0019",
        "Markdown is nested too deeply to read",
        "The doc nests markdown elements (block quotes, lists, brackets or emphasis) deeper than the markdown reader allows; the doc is skipped");

    public static readonly DiagnosticDescriptor DocListedTwice = Warning(
        "MG0020",
        "Doc is listed twice",
        "This doc is listed more than once in AdditionalFiles, and every listing would produce the same type; the doc is skipped until one listing is removed");

    public static readonly DiagnosticDescriptor UnknownRoot = Warning(
        "MG0021",
        "Root names no doc",
        "The root '{0}' of ModelGenRoots names no doc (by type name, namespace-qualified type name or title); it is ignored");

    public static readonly DiagnosticDescriptor WireNamingNotChosen = Warning(
        "MG0030",
        "No wire naming is set",
        "No wire naming is set and the docs' examples do not show how the API spells its JSON names: ModelGen writes the names as the docs write the fields ('{0}', where snake_case would write '{1}'), and a server that does not know a name ignores it silently. Set <ModelGenWireNaming>snake_case</ModelGenWireNaming> (or as_written, camelCase, kebab-case) in the project file, or modelgen_wire_naming in a .globalconfig.");

    public static readonly DiagnosticDescriptor WireNameEvidenceConflict = Warning(
        "MG0031",
        "Examples disagree on a JSON name",
        "The examples spell field '{0}' of '{1}' in more than one way ({2}); ModelGen writes '{3}'. Pin the right name in the wire-name override file ({1}.{0} = …).");

    public static readonly DiagnosticDescriptor LearnedFromExamples = new(
        "MG0032",
        "Learned from the docs' examples",
        "{0}",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        description: "What ModelGen learned from the docs' examples about a field: its JSON name, or that it is nullable. Enable it (dotnet_diagnostic.MG0032.severity = suggestion) to review the guesses; pin a wrong name in the wire-name override file.");

    public static readonly DiagnosticDescriptor DocFailed = Warning(
        "MG0099",
        "ModelGen could not process a doc",
        "ModelGen could not process this doc ({0}); it is skipped. Please report this with the doc attached.");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [MissingTitle.Id] = MissingTitle,
        [FieldsTableMalformed.Id] = FieldsTableMalformed,
        [FieldsRowCellCount.Id] = FieldsRowCellCount,
        [RequiredCellUnreadable.Id] = RequiredCellUnreadable,
        [UnknownTypeSyntax.Id] = UnknownTypeSyntax,
        [UnresolvedLink.Id] = UnresolvedLink,
        [DuplicateTypeName.Id] = DuplicateTypeName,
        [NameSanitizesToNothing.Id] = NameSanitizesToNothing,
        [FieldNameUnreadable.Id] = FieldNameUnreadable,
        [EmptyValues.Id] = EmptyValues,
        [EmptyUnion.Id] = EmptyUnion,
        [TypeNestingTooDeep.Id] = TypeNestingTooDeep,
        [DuplicateField.Id] = DuplicateField,
        [DuplicateWireName.Id] = DuplicateWireName,
        [LanguageVersionTooOld.Id] = LanguageVersionTooOld,
        [WireNameOverrideUnreadable.Id] = WireNameOverrideUnreadable,
        [WireNameOverrideUnused.Id] = WireNameOverrideUnused,
        [HeadingNotRead.Id] = HeadingNotRead,
        [MarkdownTooDeep.Id] = MarkdownTooDeep,
        [DocListedTwice.Id] = DocListedTwice,
        [UnknownRoot.Id] = UnknownRoot,
        [WireNamingNotChosen.Id] = WireNamingNotChosen,
        [WireNameEvidenceConflict.Id] = WireNameEvidenceConflict,
        [LearnedFromExamples.Id] = LearnedFromExamples,
        [DocFailed.Id] = DocFailed,
    };

    public static IReadOnlyCollection<DiagnosticDescriptor> All => ById.Values;

    public static DiagnosticDescriptor Get(string id) => ById[id];

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
}
