// RUN: not rlxc opt %s 2>&1 | filecheck %s

// A control character is shown escaped, not raw.
// CHECK: error: {{.*}}errors-parse-control.mlir:6:1: Unexpected character: \x01 (at '\x01')

builtin.module {}
