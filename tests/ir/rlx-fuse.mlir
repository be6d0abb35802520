// RUN: rlxc opt %s -p rlx-fuse | filecheck %s

// silu(g) * u becomes one rlx.swiglu when the SiLU has no other use.
// CHECK-LABEL: func.func @fused
// CHECK-NOT:     rlx.silu
// CHECK:         %[[S:.*]] = rlx.swiglu %g, %u : !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xSEQx8", f32>
// CHECK-NOT:     rlx.mul
// CHECK:         func.return %[[S]]

// A SiLU with a second use stays, and so does the mul.
// CHECK-LABEL: func.func @shared
// CHECK:         %[[A:.*]] = rlx.silu %g
// CHECK-NEXT:    rlx.mul %[[A]], %u
// CHECK-NOT:     rlx.swiglu

// A mul whose left operand is not a SiLU is left alone.
// CHECK-LABEL: func.func @plain
// CHECK:         rlx.mul %u, %g
// CHECK-NOT:     rlx.swiglu

builtin.module {
  func.func @fused(%g: !rlx.tensor<"1xSEQx8", f32>, %u: !rlx.tensor<"1xSEQx8", f32>) -> !rlx.tensor<"1xSEQx8", f32> {
    %s = rlx.silu %g : !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %m = rlx.mul %s, %u : !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xSEQx8", f32>
    func.return %m : !rlx.tensor<"1xSEQx8", f32>
  }
  func.func @shared(%g: !rlx.tensor<"1xSEQx8", f32>, %u: !rlx.tensor<"1xSEQx8", f32>) -> (!rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"1xSEQx8", f32>) {
    %s = rlx.silu %g : !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %m = rlx.mul %s, %u : !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xSEQx8", f32>
    func.return %m, %s : !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"1xSEQx8", f32>
  }
  func.func @plain(%g: !rlx.tensor<"1xSEQx8", f32>, %u: !rlx.tensor<"1xSEQx8", f32>) -> !rlx.tensor<"1xSEQx8", f32> {
    %m = rlx.mul %u, %g : !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xSEQx8", f32>
    func.return %m : !rlx.tensor<"1xSEQx8", f32>
  }
}
