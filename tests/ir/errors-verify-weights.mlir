// RUN: not rlxc opt %s 2>&1 | filecheck %s

// A matmul weight is f32 or bf16, one type for all the weights of one op (one kernel
// reads them in one format).
// CHECK: error: {{.*}}errors-verify-weights.mlir: IR does not verify: rlx.linear_swiglu: the weights must share one element type, got 'w_gate' bf16, 'w_up' f32

builtin.module {
  func.func @f(%x: !rlx.tensor<"1xSEQx16", f32>, %wg: !rlx.tensor<"8x16", bf16>, %wu: !rlx.tensor<"8x16", f32>) -> !rlx.tensor<"1xSEQx8", f32> {
    %y = rlx.linear_swiglu %x, %wg, %wu : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"8x16", bf16>, !rlx.tensor<"8x16", f32> -> !rlx.tensor<"1xSEQx8", f32>
    func.return %y : !rlx.tensor<"1xSEQx8", f32>
  }
}
