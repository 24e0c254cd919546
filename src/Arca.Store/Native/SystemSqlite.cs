namespace Arca.Store.Native;

using System.Runtime.InteropServices;
using SQLitePCL;

/// <summary>
/// Uses the system's SQLite library, as Nix does, when there is one; the bundled copy otherwise.
/// <para>
/// The bundled build (SQLitePCLRaw's <c>e_sqlite3</c>) positions every read and write with its own <c>lseek</c>: a
/// store registration writes ~36 WAL pages, so instantiating 2 000 derivations made 73 000 extra system calls, and
/// an empty-store instantiation of bench/instantiate/packages.nix took 10–15% longer. Debian's <c>libsqlite3</c> (the
/// library nix-bin itself links) uses <c>pwrite</c>. Both export the same C API, so the binding only needs to be told
/// which file to load.
/// </para>
/// </summary>
internal static class SystemSqlite
{
    private const string BundledName = "e_sqlite3";
    private const string SystemName = "libsqlite3.so.0";

    /// <summary>
    /// Before the binding's first call (once: a runtime accepts one resolver per assembly): point its native imports
    /// at the system library when it loads.
    /// </summary>
    public static void PreferOverBundled()
    {
        if (!OperatingSystem.IsLinux()) return;
        NativeLibrary.SetDllImportResolver(typeof(SQLite3Provider_e_sqlite3).Assembly, static (name, _, _) =>
            name == BundledName && NativeLibrary.TryLoad(SystemName, out var handle) ? handle : IntPtr.Zero);
    }
}
