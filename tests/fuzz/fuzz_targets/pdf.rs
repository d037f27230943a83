//! Fuzz target `pdf`: A valid assessment rendered to a PDF that must verify against its attachments.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = certready_fuzz::pdf(data);
});
