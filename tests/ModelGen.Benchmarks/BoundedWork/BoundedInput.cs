namespace ModelGen.Benchmarks.BoundedWork;

/// <summary>The hostile-size inputs the generator must finish on (see <see cref="HostileDocs"/> for their shapes).</summary>
public enum BoundedInput
{
    /// <summary>One doc of ~10 MB: a Fields table whose rows carry long descriptions.</summary>
    TenMegabyteDoc,

    /// <summary>One Fields table of 20,000 rows of mixed types, some linking to a second doc.</summary>
    TwentyThousandRows,

    /// <summary>5,000 docs (records, enums, unions) that link to each other.</summary>
    FiveThousandDocs,

    /// <summary>A Type cell (and a union variant) nested 1,000 arrays deep: <c>*number*[][]…</c>.</summary>
    ArraysThousandDeep,

    /// <summary>A Type cell (and a union variant) nested 1,000 maps deep: <c>Record&lt;string, Record&lt;string, …&gt;&gt;</c>.</summary>
    RecordsThousandDeep,
}
