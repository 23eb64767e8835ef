using System;
using System.Runtime.InteropServices;

namespace ModelGen.Benchmarks.BuildCost;

/// <summary>
/// CPU time (user + system) of this process's finished, reaped descendants: <c>getrusage(RUSAGE_CHILDREN)</c>.
/// A build's difference before and after counts the dotnet host, MSBuild and csc alike, and, unlike wall time,
/// hardly moves when other work on a shared machine takes the cores. Null where there is no getrusage (Windows).
/// </summary>
internal static class ChildCpuTime
{
    private const int RusageChildren = -1;

    public static TimeSpan? Now()
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        try
        {
            return getrusage(RusageChildren, out var usage) == 0 ? usage.UserTime.ToTimeSpan() + usage.SystemTime.ToTimeSpan() : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out RUsage usage);

    // struct timeval on 64-bit Linux and macOS: two 8-byte fields (macOS pads its 4-byte tv_usec).
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeVal
    {
        public long Seconds;
        public long Microseconds;

        public readonly TimeSpan ToTimeSpan() => TimeSpan.FromSeconds(Seconds) + TimeSpan.FromMicroseconds(Microseconds & 0xFFFFFFFF);
    }

    // struct rusage: the two times, then fourteen longs this class does not read (144 bytes in all).
    [StructLayout(LayoutKind.Sequential, Size = 144)]
    private struct RUsage
    {
        public TimeVal UserTime;
        public TimeVal SystemTime;
    }
}
