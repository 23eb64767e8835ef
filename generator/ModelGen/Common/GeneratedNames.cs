namespace ModelGen.Common;

/// <summary>
/// Every name the generated code relies on, spelled once: framework types, the runtime helpers (the files under
/// <c>Runtime/</c>), the converter naming, and the members every generated type already has, which a doc's field or
/// variant must not take. Emitters write these; the resolver steers member names around them.
/// </summary>
internal static class GeneratedNames
{
    public const string Global = "global::";

    public const string Json = "global::System.Text.Json";
    public const string JsonElement = Json + ".JsonElement";
    public const string Utf8JsonReader = Json + ".Utf8JsonReader";
    public const string Utf8JsonWriter = Json + ".Utf8JsonWriter";
    public const string JsonConverterAttribute = Json + ".Serialization.JsonConverter";

    public const string ObsoleteAttribute = "global::System.Obsolete";

    public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    public const string ReadOnlyDictionary = "global::System.Collections.Generic.IReadOnlyDictionary";

    /// <summary>The namespace of the runtime helpers (<c>Runtime/*.cs</c>).</summary>
    public const string Runtime = "global::ModelGen.Generated";
    public const string JsonHelpers = Runtime + ".JsonHelpers";
    public const string ObjectReader = Runtime + ".ObjectReader";
    public const string ObjectWriter = Runtime + ".ObjectWriter";
    public const string JsonFieldNames = Runtime + ".JsonFieldNames";
    public const string JsonDiscriminator = Runtime + ".JsonDiscriminator";
    public const string JsonObjectState = Runtime + ".JsonObjectState";
    public const string ModelGenConverter = Runtime + ".ModelGenConverter";
    public const string JsonValueReader = Runtime + ".JsonValueReader";
    public const string JsonValueWriter = Runtime + ".JsonValueWriter";
    public const string ValueEquality = Runtime + ".ValueEquality";
    public const string UnknownVariantInterface = Runtime + ".IUnknownVariant";

    /// <summary>The class that gives access to every generated type's JSON metadata.</summary>
    public const string ModelGenJson = "ModelGenJson";

    /// <summary>A generated type's converter is the type's name plus this (<c>Foo_JsonConverter</c>).</summary>
    public const string ConverterSuffix = "_JsonConverter";

    /// <summary>Record member: JSON the typed properties do not hold, written back so nothing is lost.</summary>
    public const string ExtensionData = "ExtensionData";

    /// <summary>Record member: wire names of required fields the JSON lacked (lenient reading).</summary>
    public const string MissingRequiredFields = "MissingRequiredFields";

    /// <summary>Record member (internal): which properties were read as an explicit JSON null, and which constants the JSON did not have.</summary>
    public const string JsonState = "JsonState";

    // Members each kind of generated type declares: the type cannot be named like one of them (CS0542).
    public static readonly string[] RecordDeclaredMembers = { "EqualityContract", ExtensionData, MissingRequiredFields, JsonState };
    public static readonly string[] OpenEnumDeclaredMembers = { "Value", "IsKnown" };
    public static readonly string[] ConstantDeclaredMembers = { "Value" };
    public static readonly string[] UnionDeclaredMembers =
    {
        "Value", "Match", "Switch", "UnknownVariant", "IsUnknown", "FromUnknown", "VariantTag", "TryGetObject", "TryGetValue",
    };

    // Names a property, enum member or variant must not take: the type's own members and those it inherits
    // (a property with one of these names would clash or hide it; records forbid 'Clone').
    public static readonly string[] RecordMembers =
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "GetType", "MemberwiseClone", "Finalize",
        "Deconstruct", "ReferenceEquals", "Clone", ExtensionData, MissingRequiredFields, JsonState,
    };

    public static readonly string[] OpenEnumMembers = { "Value", "IsKnown", "Equals", "GetHashCode", "ToString", "GetType" };

    public static readonly string[] UnionMembers =
    {
        "Value", "Match", "Switch", "Unknown", "UnknownVariant", "IsUnknown", "TryGetUnknown", "FromUnknown", "Discriminator",
        "VariantTag", "Equals", "GetHashCode", "ToString", "GetType",
    };

    /// <summary>The converter class of a generated type (<c>Foo</c> or <c>global::Ns.Foo</c>).</summary>
    public static string ConverterOf(string typeName) => typeName + ConverterSuffix;
}
