//! The MPS reader allocates for what it reads, never for what a file
//! claims: a counting global allocator measures the bytes requested while a
//! tiny file full of enormous claimed sizes is parsed. (Its own test binary,
//! so no other test allocates meanwhile.)

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use symbreak::io::mps::parse;

struct Counting;

static REQUESTED: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards every call to the system allocator unchanged.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        REQUESTED.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        REQUESTED.fetch_add(new_size, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

#[test]
fn enormous_claimed_sizes_in_comments_and_name_allocate_nothing_extra() {
    let text = "*ROWS:         4000000000\n*COLUMNS:      4000000000\n\
                *NONZERO:      18446744073709551615\n\
                NAME          HUGE SIZE: N=4000000000, M=4000000000, NZ=18446744073709551615\n\
                ROWS\n N obj\n L c\nCOLUMNS\n x obj 1 c 1\nRHS\n r c 4\nENDATA\n";
    let before = REQUESTED.load(Ordering::Relaxed);
    let parsed = parse(text, "huge.mps").unwrap();
    let requested = REQUESTED.load(Ordering::Relaxed) - before;
    assert_eq!(parsed.problem.num_nonzeros(), 1);
    assert!(
        requested < 16 * 1024,
        "{requested} bytes requested for a 1x1 problem"
    );

    // An error on such a file allocates no more than its message.
    let before = REQUESTED.load(Ordering::Relaxed);
    let e = parse(
        "*NZ: 99999999999\nROWS\n N obj\n L c\nCOLUMNS\n x c nan\nENDATA\n",
        "h.mps",
    );
    let requested = REQUESTED.load(Ordering::Relaxed) - before;
    assert!(e.is_err());
    assert!(requested < 16 * 1024, "{requested} bytes requested");
}
