using System;
using System.IO;
using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Runtime.Loader;

namespace ModelGen.Tests.Infrastructure;

/// <summary>An emitted test assembly, loaded into its own collectible load context and unloaded when disposed.</summary>
internal sealed class IsolatedAssembly : IDisposable
{
    private readonly AssemblyLoadContext context;
    private readonly Assembly assembly;

    public IsolatedAssembly(byte[] image)
    {
        context = new AssemblyLoadContext("ModelGen.Tests.Emitted", isCollectible: true);
        using var stream = new MemoryStream(image);
        assembly = context.LoadFromStream(stream);
    }

    /// <summary>The loaded assembly, for tests that look its types up themselves.</summary>
    public Assembly Assembly => assembly;

    /// <summary>Calls a public static method that returns a string; an exception it throws is rethrown as is.</summary>
    public string? Invoke(string typeName, string methodName, params object?[] arguments)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var method = type.GetMethod(methodName, BindingFlags.Public | BindingFlags.Static)
            ?? throw new MissingMethodException(typeName, methodName);
        try
        {
            return (string?)method.Invoke(null, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    public void Dispose() => context.Unload();
}
