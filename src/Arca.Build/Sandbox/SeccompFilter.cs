namespace Arca.Build.Sandbox;

using System.Buffers.Binary;

/// <summary>
/// The seccomp filter Nix installs in its Linux sandbox, as a classic BPF program for bubblewrap's
/// <c>--seccomp</c>: <c>chmod</c>/<c>fchmod</c>/<c>fchmodat</c>/<c>fchmodat2</c> with a setuid or setgid bit fail
/// with EPERM (so no build can create a setuid file), and <c>setxattr</c> and its variants fail with
/// EOPNOTSUPP (no extended attributes or ACLs in outputs). x86_64 only; other architectures' calls pass.
/// </summary>
public static class SeccompFilter
{
    private const uint AuditArchX8664 = 0xc000003e;
    private const ushort LoadWordAbsolute = 0x20;
    private const ushort JumpIfEqual = 0x15;
    private const ushort JumpIfSet = 0x45;
    private const ushort Return = 0x06;
    private const uint Allow = 0x7fff0000;
    private const uint ErrnoBase = 0x00050000;
    private const uint SetuidOrSetgid = 0xC00; // S_ISUID | S_ISGID = 06000
    private const int ArgumentsOffset = 16;

    public static byte[] Program()
    {
        (ushort Code, byte True, byte False, uint K)[] program =
        [
            (LoadWordAbsolute, 0, 0, 4),                 // 0: arch
            (JumpIfEqual, 0, 13, AuditArchX8664),        // 1: other architectures → allow (15)
            (LoadWordAbsolute, 0, 0, 0),                 // 2: syscall number
            (JumpIfEqual, 7, 0, 90),                     // 3: chmod → mode in argument 1 (11)
            (JumpIfEqual, 6, 0, 91),                     // 4: fchmod → (11)
            (JumpIfEqual, 7, 0, 268),                    // 5: fchmodat → mode in argument 2 (13)
            (JumpIfEqual, 6, 0, 452),                    // 6: fchmodat2 → (13)
            (JumpIfEqual, 9, 0, 188),                    // 7: setxattr → EOPNOTSUPP (17)
            (JumpIfEqual, 8, 0, 189),                    // 8: lsetxattr → (17)
            (JumpIfEqual, 7, 0, 190),                    // 9: fsetxattr → (17)
            (Return, 0, 0, Allow),                       // 10
            (LoadWordAbsolute, 0, 0, ArgumentsOffset + 8),  // 11: low word of argument 1
            (JumpIfSet, 3, 2, SetuidOrSetgid),           // 12: → EPERM (16) or allow (15)
            (LoadWordAbsolute, 0, 0, ArgumentsOffset + 16), // 13: low word of argument 2
            (JumpIfSet, 1, 0, SetuidOrSetgid),           // 14: → EPERM (16) or allow (15)
            (Return, 0, 0, Allow),                       // 15
            (Return, 0, 0, ErrnoBase | 1),               // 16: EPERM
            (Return, 0, 0, ErrnoBase | 95),              // 17: EOPNOTSUPP
        ];
        var bytes = new byte[program.Length * 8];
        for (int i = 0; i < program.Length; i++)
        {
            var span = bytes.AsSpan(i * 8, 8);
            BinaryPrimitives.WriteUInt16LittleEndian(span, program[i].Code);
            span[2] = program[i].True;
            span[3] = program[i].False;
            BinaryPrimitives.WriteUInt32LittleEndian(span[4..], program[i].K);
        }
        return bytes;
    }
}
