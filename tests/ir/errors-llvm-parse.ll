; RUN: not rlxc opt %s 2>&1 | filecheck %s
; RUN: not rlxc opt %s -p llvm-opt 2>&1 | filecheck %s
;
; LLVM's parse error carries the line, the column and the text of the line (it used
; to be reported as "invalid LLVM IR: LLVM IR parsing error" alone, and not at all
; without passes).
; CHECK: error: {{.*}}errors-llvm-parse.ll: invalid LLVM IR at line 13, column 8: expected instruction opcode (at '%y = bogus i32 %x')
; CHECK-NOT: Traceback

define void @f() {
entry:
  %x = add i32 1, 2
  %y = bogus i32 %x
  ret void
}
