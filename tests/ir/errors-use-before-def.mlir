// RUN: not rlxc opt %s 2>&1 | filecheck %s
// RUN: not rlxc opt %s -p rlx-bufferize 2>&1 | filecheck %s

// xDSL's parser resolves %z, used by rlx.add before the rlx.silu that defines it, and
// its verifier checks each op alone: the use must be refused when the IR is read, not
// left for a pass to trip over (rlx-bufferize used to fail with an object's repr).
// CHECK: error: {{.*}}errors-use-before-def.mlir: IR does not verify: %z is used by rlx.add before it is defined (in @f)
// CHECK-NOT: OpResult
// CHECK-NOT: Traceback

builtin.module {
  func.func @f(%x: !rlx.tensor<"1xSEQx16", f32>) -> !rlx.tensor<"1xSEQx16", f32> attributes {rlx.abi = #rlx.abi<args = [input "x"], outputs = ["y"]>} {
    %y = rlx.add %z, %x : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"1xSEQx16", f32> -> !rlx.tensor<"1xSEQx16", f32>
    %z = rlx.silu %x : !rlx.tensor<"1xSEQx16", f32> -> !rlx.tensor<"1xSEQx16", f32>
    func.return %y : !rlx.tensor<"1xSEQx16", f32>
  }
}
