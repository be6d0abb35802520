// RUN: rlxc opt %s -p 'rlx-pad-rows{target="sapphirerapids"}' | filecheck %s
// RUN: rlxc opt %s -p 'rlx-pad-rows{target="x86-64-v4"}' | filecheck %s
// RUN: rlxc opt %s -p 'rlx-pad-rows{target="x86-64-v3"}' | filecheck %s --check-prefix=AVX2
// RUN: rlxc opt %s -p 'rlx-pad-rows{target="sapphirerapids"},rlx-plan-memory{max-tokens=4}' | filecheck %s --check-prefix=PLAN
// RUN: rlxc opt %s -p 'rlx-pad-rows{target="sapphirerapids"},rlx-plan-memory{max-tokens=4},rlx-pack-weights,rlx-to-loops{target="sapphirerapids"}' | filecheck %s --check-prefix=LOOPS
// RUN: rlxc opt %s -p 'rlx-pad-rows{target="sapphirerapids"},rlx-plan-memory{max-tokens=4},rlx-pack-weights,rlx-to-loops{target="sapphirerapids" tuning="linear_swiglu_k1024_n3072_xs1040_os3088=8:16:u;linear_k3072_n1024_residual_xs3088=6:16:p"}' | filecheck %s --check-prefix=TUNED

// Rows of 1024 and 3072 f32 are a multiple of 4 KiB apart: a matmul's register block
// (AVX-512: 12 rows) would read them all from one L1 set (12 ways on Sapphire Rapids, 8 in
// the x86-64-v4 model). Their buffers get a row stride one 64-byte line longer, when every
// op that uses them reads or writes rows at a stride. AVX2 code's 6-row blocks leave two
// ways of 8 to the weights: dense.
// AVX2-LABEL: func.func @mlp
// AVX2-NOT:     row_stride
// CHECK-LABEL: func.func @mlp
// CHECK:         %[[H:.*]] = rlx.alloc {row_stride = 1040 : i64} : !rlx.buffer<"1xSEQx1024", f32>
// CHECK-NEXT:    rlx.rms_norm %x, %norm outs %[[H]]
// CHECK:         %[[A:.*]] = rlx.alloc {row_stride = 3088 : i64} : !rlx.buffer<"1xSEQx3072", f32>
// CHECK-NEXT:    rlx.linear_swiglu %[[H]], %wg, %wu outs %[[A]]
// The residual stream and the output are read by other ops too: dense.
// CHECK:         rlx.alloc : !rlx.buffer<"1xSEQx1024", f32>
// CHECK-NEXT:    rlx.linear %[[A]], %wd residual %x outs

// Not padded: a reader that cannot take a stride (rlx.silu); rows of 64 f32 (16 rows
// before two share a set); a single row.
// CHECK-LABEL: func.func @silu_reader
// CHECK-NOT:     row_stride
// CHECK-LABEL: func.func @narrow
// CHECK-NOT:     row_stride
// CHECK-LABEL: func.func @one_row
// CHECK-NOT:     row_stride

// rlx-plan-memory sizes a padded buffer by its stride: 4 rows x 3088 x 4 bytes = 49408,
// 4 x 1040 x 4 = 16640.
// PLAN-LABEL: func.func @mlp
// PLAN-SAME:    arena_bytes = 66048
// PLAN:         rlx.alloc {row_stride = 1040 : i64, offset = 49408 : i64}
// PLAN:         rlx.alloc {row_stride = 3088 : i64, offset = 0 : i64}
// PLAN:         rlx.alloc {offset = 49408 : i64}

// rlx-to-loops hands the strides to the kernels' specs: their names end _xs / _os.
// LOOPS-LABEL: func.func @mlp
// LOOPS:         func.call @rms_norm_d1024_g1024_eps1em06_os1040(
// LOOPS:         func.call @linear_swiglu_k1024_n3072_xs1040_os3088(
// LOOPS:         func.call @linear_k3072_n1024_residual_xs3088(
// LOOPS:       func.func private @linear_k3072_n1024_residual_xs3088(
// LOOPS-SAME:    x_stride = 3088
// LOOPS:       func.func private @linear_swiglu_k1024_n3072_xs1040_os3088(
// LOOPS-SAME:    x_stride = 1040 : i64, out_stride = 3088
// LOOPS:       func.func private @rms_norm_d1024_g1024_eps1em06_os1040(
// LOOPS-SAME:    out_stride = 1040

// A measured block (`rlxc tune`) replaces the register block only: the tuned kernels keep
// their row strides (before, they read the padded rows as dense ones: wrong logits).
// TUNED-LABEL: func.func @mlp
// TUNED:         func.call @linear_swiglu_k1024_n3072_xs1040_os3088(
// TUNED:         func.call @linear_k3072_n1024_residual_xs3088(
// TUNED:       func.func private @linear_k3072_n1024_residual_xs3088(
// TUNED-SAME:    rows = 6 : i64, paired = true,
// TUNED-SAME:    x_stride = 3088 : i64}
// TUNED:       func.func private @linear_swiglu_k1024_n3072_xs1040_os3088(
// TUNED-SAME:    rows = 8 : i64, paired = false,
// TUNED-SAME:    x_stride = 1040 : i64, out_stride = 3088 : i64}

builtin.module {
  func.func @mlp(%x: !rlx.buffer<"1xSEQx1024", f32>, %y: !rlx.buffer<"1xSEQx1024", f32>) attributes {rlx.abi = #rlx.abi<args = [input "x", output "y"], outputs = ["y"], symbols = ["SEQ"]>} {
    %norm = rlx.param "norm" : !rlx.buffer<"1024", f32>
    %h = rlx.alloc : !rlx.buffer<"1xSEQx1024", f32>
    rlx.rms_norm %x, %norm outs %h {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx1024", f32>, !rlx.buffer<"1024", f32> outs !rlx.buffer<"1xSEQx1024", f32>
    %wg = rlx.param "wg" : !rlx.buffer<"3072x1024", f32>
    %wu = rlx.param "wu" : !rlx.buffer<"3072x1024", f32>
    %a = rlx.alloc : !rlx.buffer<"1xSEQx3072", f32>
    rlx.linear_swiglu %h, %wg, %wu outs %a : !rlx.buffer<"1xSEQx1024", f32>, !rlx.buffer<"3072x1024", f32>, !rlx.buffer<"3072x1024", f32> outs !rlx.buffer<"1xSEQx3072", f32>
    %wd = rlx.param "wd" : !rlx.buffer<"1024x3072", f32>
    %r = rlx.alloc : !rlx.buffer<"1xSEQx1024", f32>
    rlx.linear %a, %wd residual %x outs %r : !rlx.buffer<"1xSEQx3072", f32>, !rlx.buffer<"1024x3072", f32> residual !rlx.buffer<"1xSEQx1024", f32> outs !rlx.buffer<"1xSEQx1024", f32>
    rlx.rms_norm %r, %norm outs %y {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx1024", f32>, !rlx.buffer<"1024", f32> outs !rlx.buffer<"1xSEQx1024", f32>
    func.return
  }
  func.func @silu_reader(%x: !rlx.buffer<"1xSEQx1024", f32>, %y: !rlx.buffer<"1xSEQx1024", f32>, %z: !rlx.buffer<"1xSEQx1024", f32>) attributes {rlx.abi = #rlx.abi<args = [input "x", output "y", output "z"], outputs = ["y", "z"], symbols = ["SEQ"]>} {
    %norm = rlx.param "norm" : !rlx.buffer<"1024", f32>
    %h = rlx.alloc : !rlx.buffer<"1xSEQx1024", f32>
    rlx.rms_norm %x, %norm outs %h {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx1024", f32>, !rlx.buffer<"1024", f32> outs !rlx.buffer<"1xSEQx1024", f32>
    %w = rlx.param "w" : !rlx.buffer<"1024x1024", f32>
    rlx.linear %h, %w outs %y : !rlx.buffer<"1xSEQx1024", f32>, !rlx.buffer<"1024x1024", f32> outs !rlx.buffer<"1xSEQx1024", f32>
    rlx.silu %h outs %z : !rlx.buffer<"1xSEQx1024", f32> outs !rlx.buffer<"1xSEQx1024", f32>
    func.return
  }
  func.func @narrow(%x: !rlx.buffer<"1xSEQx64", f32>, %y: !rlx.buffer<"1xSEQx64", f32>) attributes {rlx.abi = #rlx.abi<args = [input "x", output "y"], outputs = ["y"], symbols = ["SEQ"]>} {
    %norm = rlx.param "norm" : !rlx.buffer<"64", f32>
    %h = rlx.alloc : !rlx.buffer<"1xSEQx64", f32>
    rlx.rms_norm %x, %norm outs %h {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"64", f32> outs !rlx.buffer<"1xSEQx64", f32>
    %w = rlx.param "w" : !rlx.buffer<"64x64", f32>
    rlx.linear %h, %w outs %y : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"64x64", f32> outs !rlx.buffer<"1xSEQx64", f32>
    func.return
  }
  func.func @one_row(%x: !rlx.buffer<"1x1x1024", f32>, %y: !rlx.buffer<"1x1x1024", f32>) attributes {rlx.abi = #rlx.abi<args = [input "x", output "y"], outputs = ["y"]>} {
    %norm = rlx.param "norm" : !rlx.buffer<"1024", f32>
    %h = rlx.alloc : !rlx.buffer<"1x1x1024", f32>
    rlx.rms_norm %x, %norm outs %h {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x1024", f32>, !rlx.buffer<"1024", f32> outs !rlx.buffer<"1x1x1024", f32>
    %w = rlx.param "w" : !rlx.buffer<"1024x1024", f32>
    rlx.linear %h, %w outs %y : !rlx.buffer<"1x1x1024", f32>, !rlx.buffer<"1024x1024", f32> outs !rlx.buffer<"1x1x1024", f32>
    func.return
  }
}
