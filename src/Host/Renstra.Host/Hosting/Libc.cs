using System.Runtime.InteropServices;

namespace Renstra.Host.Hosting;

/// <summary>
/// The C library calls the host makes on Linux, each a no-op where the library lacks it (musl has no
/// <c>malloc_trim</c>; glibc before 2.30 has no <c>gettid</c>): what they do is an optimisation, never needed for
/// correctness.
/// </summary>
internal static partial class Libc
{
    private const int PrioProcess = 0;

    /// <summary>Gives the heap's free memory back to the operating system (glibc's arenas keep it otherwise).</summary>
    public static void KembalikanHeap() => Coba(() => malloc_trim(0));

    /// <summary>
    /// Lowers the calling thread's CPU priority to <paramref name="nice"/>. On Linux every thread has a nice value of its
    /// own: <c>PRIO_PROCESS</c> with the thread's id sets only this one.
    /// </summary>
    public static void TurunkanPrioritasThreadIni(int nice) => Coba(() => setpriority(PrioProcess, (uint)gettid(), nice));

    private static void Coba(Func<int> panggil)
    {
        try
        {
            panggil();
        }
        catch (EntryPointNotFoundException)
        {
        }
        catch (DllNotFoundException)
        {
        }
    }

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int malloc_trim(nuint pad);

    [LibraryImport("libc", EntryPoint = "setpriority")]
    private static partial int setpriority(int which, uint who, int prio);

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int gettid();
}
