// RUN: not rlxc opt %s 2>&1 | filecheck %s

// CHECK: error: {{.*}}errors-unknown-op.mlir:10:10: unknown operation 'rlx.silo'; did you mean 'rlx.silu'{{.*}}? (at 'rlx.silo')
// CHECK-NOT: Traceback

builtin.module {
  func.func @f(%x: !rlx.tensor<"4", f32>) -> !rlx.tensor<"4", f32> {
    %y = rlx.silu %x : !rlx.tensor<"4", f32> -> !rlx.tensor<"4", f32>
    %z = rlx.silu %y : !rlx.tensor<"4", f32> -> !rlx.tensor<"4", f32>
    %w = rlx.silo %z : !rlx.tensor<"4", f32> -> !rlx.tensor<"4", f32>
    func.return %w : !rlx.tensor<"4", f32>
  }
}
