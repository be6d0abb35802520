// RUN: rlxc opt %s -p 'rlx-fuse-gate-up{target="x86-64-v4"}' | filecheck %s
// RUN: rlxc opt %s -p 'rlx-fuse-gate-up{target="x86-64-v3"}' | filecheck %s --check-prefix=AVX2

// swiglu(linear(x, wg), linear(x, wu)) becomes one rlx.linear_swiglu (on 32 vector registers;
// on 16, f32 weights stay two linears for rlx-fuse-linears: select.fuses_gate_up).
// CHECK-LABEL: func.func @mlp
// CHECK-NOT:     rlx.linear %
// CHECK:         %[[A:.*]] = rlx.linear_swiglu %x, %wg, %wu : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"32x16", f32>, !rlx.tensor<"32x16", f32> -> !rlx.tensor<"1xSEQx32", f32>
// CHECK-NOT:     rlx.swiglu
// CHECK:         func.return %[[A]]
// AVX2-LABEL: func.func @mlp
// AVX2:         rlx.linear %x, %wg
// AVX2:         rlx.linear %x, %wu
// AVX2:         rlx.swiglu
// AVX2-NOT:     rlx.linear_swiglu
// AVX2-LABEL: func.func @mlp_bf16
// AVX2:         rlx.linear_swiglu %x, %wg, %wu
// CHECK-LABEL: func.func @mlp_bf16
// CHECK:         rlx.linear_swiglu %x, %wg, %wu

// Linears of different inputs, a linear with a bias, or a gate with another use stay.
// CHECK-LABEL: func.func @two_inputs
// CHECK:         rlx.swiglu
// CHECK-NOT:     rlx.linear_swiglu
// CHECK-LABEL: func.func @bias
// CHECK:         rlx.swiglu
// CHECK-NOT:     rlx.linear_swiglu
// CHECK-LABEL: func.func @shared_gate
// CHECK:         rlx.swiglu
// CHECK-NOT:     rlx.linear_swiglu

builtin.module {
  func.func @mlp(%x: !rlx.tensor<"1xSEQx16", f32>, %wg: !rlx.tensor<"32x16", f32>, %wu: !rlx.tensor<"32x16", f32>) -> !rlx.tensor<"1xSEQx32", f32> {
    %g = rlx.linear %x, %wg : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"32x16", f32> -> !rlx.tensor<"1xSEQx32", f32>
    %u = rlx.linear %x, %wu : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"32x16", f32> -> !rlx.tensor<"1xSEQx32", f32>
    %a = rlx.swiglu %g, %u : !rlx.tensor<"1xSEQx32", f32>, !rlx.tensor<"1xSEQx32", f32> -> !rlx.tensor<"1xSEQx32", f32>
    func.return %a : !rlx.tensor<"1xSEQx32", f32>
  }
  func.func @mlp_bf16(%x: !rlx.tensor<"1xSEQx16", f32>, %wg: !rlx.tensor<"32x16", bf16>, %wu: !rlx.tensor<"32x16", bf16>) -> !rlx.tensor<"1xSEQx32", f32> {
    %g = rlx.linear %x, %wg : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"32x16", bf16> -> !rlx.tensor<"1xSEQx32", f32>
    %u = rlx.linear %x, %wu : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"32x16", bf16> -> !rlx.tensor<"1xSEQx32", f32>
    %a = rlx.swiglu %g, %u : !rlx.tensor<"1xSEQx32", f32>, !rlx.tensor<"1xSEQx32", f32> -> !rlx.tensor<"1xSEQx32", f32>
    func.return %a : !rlx.tensor<"1xSEQx32", f32>
  }
  func.func @two_inputs(%x: !rlx.tensor<"1xSEQx16", f32>, %y: !rlx.tensor<"1xSEQx16", f32>, %wg: !rlx.tensor<"32x16", f32>, %wu: !rlx.tensor<"32x16", f32>) -> !rlx.tensor<"1xSEQx32", f32> {
    %g = rlx.linear %x, %wg : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"32x16", f32> -> !rlx.tensor<"1xSEQx32", f32>
    %u = rlx.linear %y, %wu : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"32x16", f32> -> !rlx.tensor<"1xSEQx32", f32>
    %a = rlx.swiglu %g, %u : !rlx.tensor<"1xSEQx32", f32>, !rlx.tensor<"1xSEQx32", f32> -> !rlx.tensor<"1xSEQx32", f32>
    func.return %a : !rlx.tensor<"1xSEQx32", f32>
  }
  func.func @bias(%x: !rlx.tensor<"1xSEQx16", f32>, %wg: !rlx.tensor<"32x16", f32>, %wu: !rlx.tensor<"32x16", f32>, %b: !rlx.tensor<"32", f32>) -> !rlx.tensor<"1xSEQx32", f32> {
    %g = rlx.linear %x, %wg bias %b : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"32x16", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1xSEQx32", f32>
    %u = rlx.linear %x, %wu : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"32x16", f32> -> !rlx.tensor<"1xSEQx32", f32>
    %a = rlx.swiglu %g, %u : !rlx.tensor<"1xSEQx32", f32>, !rlx.tensor<"1xSEQx32", f32> -> !rlx.tensor<"1xSEQx32", f32>
    func.return %a : !rlx.tensor<"1xSEQx32", f32>
  }
  func.func @shared_gate(%x: !rlx.tensor<"1xSEQx16", f32>, %wg: !rlx.tensor<"32x16", f32>, %wu: !rlx.tensor<"32x16", f32>) -> (!rlx.tensor<"1xSEQx32", f32>, !rlx.tensor<"1xSEQx32", f32>) {
    %g = rlx.linear %x, %wg : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"32x16", f32> -> !rlx.tensor<"1xSEQx32", f32>
    %u = rlx.linear %x, %wu : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"32x16", f32> -> !rlx.tensor<"1xSEQx32", f32>
    %a = rlx.swiglu %g, %u : !rlx.tensor<"1xSEQx32", f32>, !rlx.tensor<"1xSEQx32", f32> -> !rlx.tensor<"1xSEQx32", f32>
    func.return %a, %g : !rlx.tensor<"1xSEQx32", f32>, !rlx.tensor<"1xSEQx32", f32>
  }
}
