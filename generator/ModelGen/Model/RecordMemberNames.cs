namespace ModelGen.Model;

/// <summary>Members every generated record has besides its fields; a field with one of these names is renamed.</summary>
internal static class RecordMemberNames
{
    /// <summary>JSON the typed properties do not hold, written back so nothing is lost.</summary>
    public const string ExtensionData = "ExtensionData";

    /// <summary>Wire names of required fields the JSON lacked (lenient reading).</summary>
    public const string MissingRequiredFields = "MissingRequiredFields";

    /// <summary>Internal: which nullable properties were read as an explicit JSON null (so they are written back as null).</summary>
    public const string JsonNulls = "JsonNulls";

    /// <summary>Internal: which constant-valued fields the JSON did not have (so they are not written back).</summary>
    public const string AbsentConstants = "AbsentConstants";
}
