/* A stand-in for Windows' bcryptprimitives.dll, which Wine 8 (Debian 12) lacks and
 * Rust's standard library loads for ProcessPrng, its source of random numbers (for
 * HashMap keys and temporary names). Windows 10 and later ship the real one; this is
 * built and used only to run the tests under Wine in CI. RtlGenRandom (exported as
 * SystemFunction036 by advapi32) gives the same: len random bytes, TRUE on success. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG len);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    return SystemFunction036(data, (ULONG)len);
}
