using ModelGen.Model;

namespace ModelGen.Emit;

/// <summary>Writes a single-value doc as a static class holding its value, not as a one-member enum.</summary>
internal static class ConstantEmitter
{
    public static void Write(SourceWriter writer, ConstantModel constant)
    {
        writer.OpenBlock($"public static partial class {constant.Name}");
        writer.Line($"/// <summary>The only value of this type: <c>{CSharpText.XmlEscape(constant.Value)}</c>.</summary>");
        writer.Line($"public const string Value = {CSharpText.StringLiteral(constant.Value)};");
        writer.CloseBlock();
    }
}
