; RUN: not rlxc opt %s 2>&1 | filecheck %s
;
; LLVM's verifier names the instruction it refuses, on the same line.
; CHECK: error: {{.*}}errors-llvm-verify.ll: LLVM IR verification failed: Instruction does not dominate all uses! (at '%y = add i32 1, 2')

define i32 @f() {
entry:
  %x = add i32 %y, 1
  %y = add i32 1, 2
  ret i32 %x
}
