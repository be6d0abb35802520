// RUN: rlxc opt %s -p 'rlx-hoist-gather-last' | filecheck %s

// A last layer's tail: the gather moves above the residual adds, the norm, the MLP and
// the output projection, takes the attention's queries and goes above their rope (at
// the last row's position); the K/V stay at every row, the residual is gathered once
// (its two gathers merge).
// CHECK-LABEL: func.func @tail
// CHECK:         %[[GQ:.*]] = rlx.gather_last %q : !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1x1x64", f32>
// CHECK:         %[[R:.*]] = rlx.rope %[[GQ]], %cos, %sin {head_dim = 16 : i64, offset = "PAST_SEQ+SEQ-1"}
// CHECK:         %[[A:.*]] = rlx.attention %[[R]], %k, %v {{.*}} -> !rlx.tensor<"1x1x64", f32>
// CHECK:         %[[GX:.*]] = rlx.gather_last %x : !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1x1x64", f32>
// CHECK:         %[[O:.*]] = rlx.linear %[[A]], %wo : !rlx.tensor<"1x1x64", f32>
// CHECK-NOT:     rlx.gather_last
// CHECK:         %[[H:.*]] = rlx.add %[[GX]], %[[O]] : !rlx.tensor<"1x1x64", f32>
// CHECK:         rlx.rms_norm %[[H]], %wn
// CHECK:         rlx.linear_swiglu {{.*}} -> !rlx.tensor<"1x1x32", f32>
// CHECK:         rlx.linear {{.*}} -> !rlx.tensor<"1x1x64", f32>
// CHECK:         %[[Y:.*]] = rlx.add %[[H]], {{.*}} : !rlx.tensor<"1x1x64", f32>
// CHECK-NEXT:    func.return %[[Y]], %k

// A value some other op reads at every row keeps every row: the gather stays below it.
// CHECK-LABEL: func.func @shared
// CHECK:         %[[N:.*]] = rlx.rms_norm %x, %wn {{.*}} -> !rlx.tensor<"1xSEQx64", f32>
// CHECK:         rlx.gather_last %[[N]]
// CHECK:         func.return

// A mixture of experts routes each token on its own: its ops run for the last row.
// CHECK-LABEL: func.func @moe
// CHECK:         %[[G:.*]] = rlx.gather_last %x
// CHECK-NEXT:    %[[R:.*]] = rlx.moe_gate %[[G]], %router {{.*}} -> !rlx.tensor<"1x1x8", f32>
// CHECK-NEXT:    %[[A:.*]] = rlx.moe_swiglu %[[G]], %[[R]], %wg, %wu {{.*}} -> !rlx.tensor<"1x1x64", f32>
// CHECK-NEXT:    rlx.moe_down %[[A]], %[[R]], %wd {{.*}} -> !rlx.tensor<"1x1x64", f32>

// A linear with a fused residual (rlx-fuse run first) gathers its input and its residual.
// CHECK-LABEL: func.func @residual
// CHECK:         %[[GX:.*]] = rlx.gather_last %x
// CHECK-NEXT:    %[[GR:.*]] = rlx.gather_last %r
// CHECK-NEXT:    rlx.linear %[[GX]], %w residual %[[GR]] : !rlx.tensor<"1x1x64", f32>, !rlx.tensor<"64x64", f32> residual !rlx.tensor<"1x1x64", f32> -> !rlx.tensor<"1x1x64", f32>

builtin.module {
  func.func @tail(%x: !rlx.tensor<"1xSEQx64", f32>, %q: !rlx.tensor<"1xSEQx64", f32>, %k: !rlx.tensor<"1xPAST_SEQ+SEQx32", f32>, %v: !rlx.tensor<"1xPAST_SEQ+SEQx32", f32>, %cos: !rlx.tensor<"512x8", f32>, %sin: !rlx.tensor<"512x8", f32>, %wo: !rlx.tensor<"64x64", f32>, %wn: !rlx.tensor<"64", f32>, %wg: !rlx.tensor<"32x64", f32>, %wu: !rlx.tensor<"32x64", f32>, %wd: !rlx.tensor<"64x32", f32>) -> (!rlx.tensor<"1x1x64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx32", f32>) {
    %r = rlx.rope %q, %cos, %sin {head_dim = 16 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"512x8", f32>, !rlx.tensor<"512x8", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %a = rlx.attention %r, %k, %v {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 16 : i64, causal} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx32", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx32", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %o = rlx.linear %a, %wo : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"64x64", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %h = rlx.add %x, %o : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %n = rlx.rms_norm %h, %wn {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"64", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %s = rlx.linear_swiglu %n, %wg, %wu : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"32x64", f32>, !rlx.tensor<"32x64", f32> -> !rlx.tensor<"1xSEQx32", f32>
    %d = rlx.linear %s, %wd : !rlx.tensor<"1xSEQx32", f32>, !rlx.tensor<"64x32", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %y = rlx.add %h, %d : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %l = rlx.gather_last %y : !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1x1x64", f32>
    func.return %l, %k : !rlx.tensor<"1x1x64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx32", f32>
  }
  func.func @shared(%x: !rlx.tensor<"1xSEQx64", f32>, %wn: !rlx.tensor<"64", f32>) -> (!rlx.tensor<"1x1x64", f32>, !rlx.tensor<"1xSEQx64", f32>) {
    %n = rlx.rms_norm %x, %wn {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"64", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %l = rlx.gather_last %n : !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1x1x64", f32>
    func.return %l, %n : !rlx.tensor<"1x1x64", f32>, !rlx.tensor<"1xSEQx64", f32>
  }
  func.func @moe(%x: !rlx.tensor<"1xSEQx64", f32>, %router: !rlx.tensor<"8x64", f32>, %wg: !rlx.tensor<"8x32x64", f32>, %wu: !rlx.tensor<"8x32x64", f32>, %wd: !rlx.tensor<"8x64x32", f32>) -> !rlx.tensor<"1x1x64", f32> {
    %g = rlx.moe_gate %x, %router {top_k = 2 : i64, normalize} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"8x64", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %a = rlx.moe_swiglu %x, %g, %wg, %wu {top_k = 2 : i64} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"8x32x64", f32>, !rlx.tensor<"8x32x64", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %y = rlx.moe_down %a, %g, %wd {top_k = 2 : i64} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"8x64x32", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %l = rlx.gather_last %y : !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1x1x64", f32>
    func.return %l : !rlx.tensor<"1x1x64", f32>
  }
  func.func @residual(%x: !rlx.tensor<"1xSEQx64", f32>, %r: !rlx.tensor<"1xSEQx64", f32>, %w: !rlx.tensor<"64x64", f32>) -> !rlx.tensor<"1x1x64", f32> {
    %y = rlx.linear %x, %w residual %r : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"64x64", f32> residual !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %l = rlx.gather_last %y : !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1x1x64", f32>
    func.return %l : !rlx.tensor<"1x1x64", f32>
  }
}
