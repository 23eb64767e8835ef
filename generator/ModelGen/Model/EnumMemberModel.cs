using ModelGen.Common;

namespace ModelGen.Model;

/// <summary>One known enum value: its C# name and its wire value (string content or number text).</summary>
internal sealed record EnumMemberModel(string Name, string Value);
