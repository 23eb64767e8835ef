// What the generator's RuntimeSettings file gives a consumer, so that the runtime helpers compile here as they do there.
namespace ModelGen.Generated
{
    internal static class ModelGenRuntime
    {
        public const string Version = "test";
    }

    internal static partial class JsonHelpers
    {
        public const bool StrictByDefault = false;
    }
}
