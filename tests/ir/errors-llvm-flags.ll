; RUN: not rlxc opt %s --no-verify 2>&1 | filecheck %s
;
; --no-verify and --verify-each choose when xDSL IR is verified: LLVM IR is verified by
; LLVM whenever it is read, so they are refused rather than ignored.
; CHECK: error: --no-verify: xDSL-verification option, but {{.*}}errors-llvm-flags.ll is LLVM IR, which LLVM verifies whenever it reads it

define void @f() {
entry:
  ret void
}
