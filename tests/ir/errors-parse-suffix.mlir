// RUN: not rlxc opt %s 2>&1 | filecheck %s

// xDSL's lexer reports a lone '#' as "Expected suffix identifier after {first_char}"
// (an f-string without its f): the message names the character instead.
// CHECK: error: {{.*}}errors-parse-suffix.mlir:10:30: Expected suffix identifier after '#' (at '#')
// CHECK-NOT: {first_char}

builtin.module {
  func.func @f(%x: !rlx.tensor<"4", f32>) -> !rlx.tensor<"4", f32> {
    %y = rlx.silu %x {attr = #} : !rlx.tensor<"4", f32> -> !rlx.tensor<"4", f32>
    func.return %y : !rlx.tensor<"4", f32>
  }
}
