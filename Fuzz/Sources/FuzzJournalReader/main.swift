// libFuzzer entry point for FuzzJournalReader; the work is done in FuzzDrivers (see FuzzDrivers.swift).
// Built with -parse-as-library: libFuzzer provides main(). See Fuzz/README.md.
import FuzzDrivers

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzDriver.journalReader(Array(UnsafeRawBufferPointer(start: start, count: count)))
    return 0
}
