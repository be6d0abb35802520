// RUN: not rlxc opt %s 2>&1 | filecheck %s

// The dialect's verifiers name the operand that disagrees.
// CHECK: error: {{.*}}errors-verify.mlir: IR does not verify: rlx.linear: last dim of 'x' (in features) is 16, expected 32

builtin.module {
  func.func @f(%x: !rlx.tensor<"1xSEQx16", f32>, %w: !rlx.tensor<"8x32", f32>) -> !rlx.tensor<"1xSEQx8", f32> {
    %y = rlx.linear %x, %w : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"8x32", f32> -> !rlx.tensor<"1xSEQx8", f32>
    func.return %y : !rlx.tensor<"1xSEQx8", f32>
  }
}
