namespace ModelGen.Model;

/// <summary>Members every generated record has besides its fields; a field with one of these names is renamed.</summary>
internal static class RecordMemberNames
{
    /// <summary>JSON the typed properties do not hold, written back so nothing is lost.</summary>
    public const string ExtensionData = "ExtensionData";

    /// <summary>Wire names of required fields the JSON lacked (lenient reading).</summary>
    public const string MissingRequiredFields = "MissingRequiredFields";

    /// <summary>Internal: which properties were read as an explicit JSON null, and which constants the JSON did not have.</summary>
    public const string JsonState = "JsonState";
}
