// RUN: not rlxc opt %s 2>&1 | filecheck %s

// A dimension beyond 2^31-1 is refused where the shape is parsed (it used to reach the
// LLVM IR as `i64 100000000000000000000`, or fail in rlx-plan-memory).
// CHECK: error: {{.*}}errors-huge-dim.mlir:10:32: bad shape '1xSEQx100000000000000000000': 100000000000000000000 is too large for a dimension (at most 2147483647)
// CHECK-NOT: Traceback
// CHECK-NOT: too large to convert

builtin.module {
  func.func @f(%x: !rlx.tensor<"1xSEQx100000000000000000000", f32>) -> !rlx.tensor<"1xSEQx100000000000000000000", f32> attributes {rlx.abi = #rlx.abi<args = [input "x"], outputs = ["y"]>} {
    %z = rlx.silu %x : !rlx.tensor<"1xSEQx100000000000000000000", f32> -> !rlx.tensor<"1xSEQx100000000000000000000", f32>
    func.return %z : !rlx.tensor<"1xSEQx100000000000000000000", f32>
  }
}
