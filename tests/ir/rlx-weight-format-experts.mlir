// RUN: rlxc opt %s -p 'rlx-weight-format{format=q4_0}' | filecheck %s
// RUN: rlxc opt %s -p 'rlx-weight-format{format=q4_0},rlx-bufferize,rlx-plan-memory,rlx-pack-weights,rlx-to-loops{target=x86-64-v3}' | filecheck %s --check-prefix=L3
// RUN: rlxc opt %s -p 'rlx-weight-format{format=bf16},rlx-bufferize,rlx-plan-memory,rlx-pack-weights' | filecheck %s --check-prefix=BF16

// A mixture of experts' stacked expert weights ([E, N, K]) take the format like the dense
// matmul weights: each expert is stored as a dense weight of that format would be (Q4_0
// blocks along K), packed expert by expert in the format's tiles; the router of
// rlx.moe_gate keeps f32 (as llama.cpp keeps ffn_gate_inp). At L3 the expert kernels
// read byte buffers of Q4_0 tiles and print the format in their name and spec; on an
// AVX2 target (x86-64-v3) a decode step (fewer than int8_below = 4 tokens) multiplies the
// inputs quantized to 8-bit blocks with pmaddubsw, as the dense matmuls do, prefetching
// the next expert tiles' lines (prefetch_groups = 1).

// CHECK-LABEL: func.func @moe
// CHECK:         rlx.param "model.layers.0.mlp.gate.weight" : !rlx.tensor<"4x64", f32>
// CHECK:         rlx.param "model.layers.0.mlp.experts.*.gate_proj.weight" : !rlx.tensor<"4x32x64", !rlx.q4_0>
// CHECK:         rlx.param "model.layers.0.mlp.experts.*.up_proj.weight" : !rlx.tensor<"4x32x64", !rlx.q4_0>
// CHECK:         rlx.param "model.layers.0.mlp.experts.*.down_proj.weight" : !rlx.tensor<"4x64x32", !rlx.q4_0>
// CHECK:         rlx.moe_swiglu {{.*}} !rlx.tensor<"4x32x64", !rlx.q4_0>, !rlx.tensor<"4x32x64", !rlx.q4_0> -> !rlx.tensor<"1xSEQx64", f32>
// CHECK:         rlx.moe_down {{.*}} !rlx.tensor<"4x64x32", !rlx.q4_0> -> !rlx.tensor<"1xSEQx64", f32>

// L3-LABEL: func.func @moe(
// L3:         func.call @moe_gate_h64_e4_k2_norm({{.*}}) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
// L3:         func.call @moe_swiglu_h64_i32_e4_k2_q4_0({{.*}}) : (memref<?xf32>, memref<?xf32>, memref<?xi8>, memref<?xi8>, memref<?xf32>, index) -> ()
// L3:         func.call @moe_down_h64_i32_e4_k2_q4_0({{.*}}) : (memref<?xf32>, memref<?xf32>, memref<?xi8>, memref<?xf32>, index) -> ()
// L3-LABEL: func.func private @moe_down_h64_i32_e4_k2_q4_0(
// L3-SAME:    rlx.kernel = {family = "moe_down", hidden = 64 : i64, inter = 32 : i64, experts = 4 : i64, top_k = 2 : i64,
// L3-SAME:    weight_format = "q4_0", int8_dot = "pmaddubsw", {{.*}}int8_below = 4 : i64, prefetch_groups = 1 : i64}
// L3-LABEL: func.func private @moe_swiglu_h64_i32_e4_k2_q4_0(
// L3-SAME:    weight_format = "q4_0", int8_dot = "pmaddubsw", {{.*}}int8_below = 4 : i64, prefetch_groups = 1 : i64}

// BF16:       rlx.param "model.layers.0.mlp.gate.weight" : !rlx.buffer<"4x64", f32>
// BF16:       rlx.param "model.layers.0.mlp.experts.*.gate_proj.weight" {layout = "packed16"} : !rlx.buffer<"4x32x64", bf16>
// BF16:       rlx.param "model.layers.0.mlp.experts.*.up_proj.weight" {layout = "packed16"} : !rlx.buffer<"4x32x64", bf16>
// BF16:       rlx.param "model.layers.0.mlp.experts.*.down_proj.weight" {layout = "packed16"} : !rlx.buffer<"4x64x32", bf16>

builtin.module {
  func.func @moe(%x: !rlx.tensor<"1xSEQx64", f32>) -> !rlx.tensor<"1xSEQx64", f32> attributes {rlx.abi = #rlx.abi<args = [input "x"], outputs = ["hidden"]>} {
    %r = rlx.param "model.layers.0.mlp.gate.weight" : !rlx.tensor<"4x64", f32>
    %g = rlx.moe_gate %x, %r {top_k = 2 : i64, normalize} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"4x64", f32> -> !rlx.tensor<"1xSEQx4", f32>
    %wg = rlx.param "model.layers.0.mlp.experts.*.gate_proj.weight" : !rlx.tensor<"4x32x64", f32>
    %wu = rlx.param "model.layers.0.mlp.experts.*.up_proj.weight" : !rlx.tensor<"4x32x64", f32>
    %wd = rlx.param "model.layers.0.mlp.experts.*.down_proj.weight" : !rlx.tensor<"4x64x32", f32>
    %a = rlx.moe_swiglu %x, %g, %wg, %wu {top_k = 2 : i64} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"1xSEQx4", f32>, !rlx.tensor<"4x32x64", f32>, !rlx.tensor<"4x32x64", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %y = rlx.moe_down %a, %g, %wd {top_k = 2 : i64} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"1xSEQx4", f32>, !rlx.tensor<"4x64x32", f32> -> !rlx.tensor<"1xSEQx64", f32>
    func.return %y : !rlx.tensor<"1xSEQx64", f32>
  }
}
