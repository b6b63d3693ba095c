//! `WIA_BENCH_CLOCK=cpu`: time with the CPU clock instead of the wall clock. On a busy
//! machine (a build, a stray process spinning) the wall clock also counts the time spent
//! waiting for a core, which swamps the differences between the parts; the CPU clock shows
//! what the same work takes on a quiet machine. Linux only. Shared by the benches that
//! offer it; each uses the clock it needs.

use std::time::Duration;

pub fn cpu_clock() -> bool {
    std::env::var("WIA_BENCH_CLOCK").is_ok_and(|v| v == "cpu")
}

/// The CPU time this thread has used (`CLOCK_THREAD_CPUTIME_ID`).
pub fn thread_cpu_time() -> Duration {
    clock(3)
}

/// The CPU time of the whole process, every thread (`CLOCK_PROCESS_CPUTIME_ID`).
pub fn process_cpu_time() -> Duration {
    clock(2)
}

#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn clock(id: i32) -> Duration {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    unsafe extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    let mut t = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid, writable timespec as the C library lays it out on 64-bit Linux.
    let rc = unsafe { clock_gettime(id, &mut t) };
    assert_eq!(rc, 0, "clock_gettime({id}) failed");
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn clock(_id: i32) -> Duration {
    panic!("WIA_BENCH_CLOCK=cpu needs 64-bit Linux")
}
