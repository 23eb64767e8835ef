namespace ModelGen.Model;

/// <summary>The kind of C# type a doc becomes.</summary>
internal enum TypeShape
{
    Record,
    Constant,
    StringEnum,
    NumberEnum,
    OpenStringEnum,
    OpenNumberEnum,
    Union,
}
