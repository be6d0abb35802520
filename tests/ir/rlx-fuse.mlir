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

// A residual add of a linear's result becomes the linear's residual operand, in either
// operand order and beside a bias: the kernel adds it as it stores each tile.
// CHECK-LABEL: func.func @residual
// CHECK:         %[[H:.*]] = rlx.linear %x, %w residual %r : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"8x16", f32> residual !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xSEQx8", f32>
// CHECK-NEXT:    %[[G:.*]] = rlx.linear %x, %w bias %b residual %[[H]] : {{.*}}, !rlx.tensor<"8", f32> residual !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xSEQx8", f32>
// CHECK-NOT:     rlx.add
// CHECK:         func.return %[[G]]

// A linear read elsewhere too keeps its add.
// CHECK-LABEL: func.func @residual_shared
// CHECK:         %[[Y:.*]] = rlx.linear %x, %w :
// CHECK-NEXT:    rlx.add %r, %[[Y]]

// Two linears: the right operand takes the left as its residual.
// CHECK-LABEL: func.func @residual_of_linears
// CHECK:         %[[A:.*]] = rlx.linear %x, %w :
// CHECK-NEXT:    %[[B:.*]] = rlx.linear %x, %w residual %[[A]]
// CHECK-NOT:     rlx.add

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
  func.func @residual(%x: !rlx.tensor<"1xSEQx16", f32>, %w: !rlx.tensor<"8x16", f32>, %b: !rlx.tensor<"8", f32>, %r: !rlx.tensor<"1xSEQx8", f32>) -> !rlx.tensor<"1xSEQx8", f32> {
    %y = rlx.linear %x, %w : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"8x16", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %h = rlx.add %r, %y : !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %z = rlx.linear %x, %w bias %b : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"8x16", f32>, !rlx.tensor<"8", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %g = rlx.add %z, %h : !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xSEQx8", f32>
    func.return %g : !rlx.tensor<"1xSEQx8", f32>
  }
  func.func @residual_shared(%x: !rlx.tensor<"1xSEQx16", f32>, %w: !rlx.tensor<"8x16", f32>, %r: !rlx.tensor<"1xSEQx8", f32>) -> (!rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"1xSEQx8", f32>) {
    %y = rlx.linear %x, %w : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"8x16", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %h = rlx.add %r, %y : !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xSEQx8", f32>
    func.return %h, %y : !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"1xSEQx8", f32>
  }
  func.func @residual_of_linears(%x: !rlx.tensor<"1xSEQx16", f32>, %w: !rlx.tensor<"8x16", f32>) -> !rlx.tensor<"1xSEQx8", f32> {
    %a = rlx.linear %x, %w : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"8x16", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %b = rlx.linear %x, %w : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"8x16", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %h = rlx.add %a, %b : !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xSEQx8", f32>
    func.return %h : !rlx.tensor<"1xSEQx8", f32>
  }
}
