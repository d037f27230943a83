//! Fuzz target `criteria`: A criteria file: parse, validate, and score a blank assessment of it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = certready_fuzz::criteria(data);
});
