// RUN: rlxc opt %s -p rlx-to-loops | filecheck %s

// Each buffer-form rlx op becomes a call of an outlined loop kernel (one private
// func per op kind and static shape); temporaries become rlx.view of the arena at
// their planned offset; the entry takes flat memrefs: inputs, caches, outputs,
// weights (by name and layout), the arena, then the symbols.

// CHECK-LABEL: func.func @layer(
// CHECK-SAME:    %input_ids: memref<?xi32>, %past_k: memref<?xf32>, %past_v: memref<?xf32>, %mask: memref<?xf32>, %hidden: memref<?xf32>,
// CHECK-SAME:    %embed: memref<?xf32>, %model.layers.0.norm.weight: memref<?xf32>, %model.layers.0.q.weight.packed16: memref<?xf32>,
// CHECK-SAME:    %arena: memref<?xi8>, %MAX_SEQ: index, %PAST_SEQ: index, %SEQ: index)
// CHECK-SAME:    rlx.abi = #rlx.abi<args = [input "input_ids" : "1xSEQ", kv_cache "past_k_0" : "1xMAX_SEQx8", kv_cache "past_v_0" : "1xMAX_SEQx8", input "mask" : "1xPAST_SEQ+SEQ", output "hidden" : "1x1x16",
// CHECK-SAME:    param "embed" : "32x16", param "model.layers.0.norm.weight" : "16", param "model.layers.0.q.weight" packed16 : "16x16", param "model.layers.0.q.bias" : "16", param "model.layers.0.k.weight" packed16 : "8x16",
// CHECK-SAME:    arena "arena", symbol "MAX_SEQ", symbol "PAST_SEQ", symbol "SEQ"]
// CHECK-SAME:    arena_bytes = 1280>
// CHECK-SAME:    rlx.entry
// CHECK:         %[[X:.*]] = rlx.view %arena {offset = 0 : i64} : memref<?xi8> -> memref<?xf32>
// CHECK:         func.call @embed_{{.*}}(%input_ids, %embed, %[[X]], %{{.*}})
// CHECK:         func.call @rms_norm_{{.*}}(%[[X]], %model.layers.0.norm.weight,
// CHECK:         func.call @linear_{{.*}}bias(%{{.*}}, %model.layers.0.q.weight.packed16, %model.layers.0.q.bias,
// CHECK:         func.call @linear_{{.*}}(%{{.*}}, %model.layers.0.k.weight.packed16,
// CHECK:         func.call @rope_{{.*}}(%{{.*}}, %rope.cos, %rope.sin,
// CHECK:         func.call @rope_{{.*}}(%{{.*}}, %rope.cos, %rope.sin,
// CHECK:         func.call @kv_write_{{.*}}(%{{.*}}, %past_k,
// CHECK:         func.call @kv_write_{{.*}}(%{{.*}}, %past_v,
// CHECK:         func.call @attention_{{.*}}mask(%{{.*}}, %past_k, %past_v, %mask,
// CHECK:         func.call @silu_{{.*}}(
// CHECK:         func.call @mul_{{.*}}(
// CHECK:         func.call @swiglu_{{.*}}(
// CHECK:         func.call @add_{{.*}}(%[[X]],
// CHECK:         func.call @gather_last_{{.*}}(%{{.*}}, %hidden,
// CHECK:         func.return
// CHECK-NOT:     rlx.alloc
// CHECK-DAG:   func.func private @add_
// CHECK-DAG:   func.func private @attention_
// CHECK-DAG:   func.func private @embed_
// CHECK-DAG:   func.func private @gather_last_
// CHECK-DAG:   func.func private @kv_write_
// CHECK-DAG:   func.func private @linear_
// CHECK-DAG:   func.func private @mul_
// CHECK-DAG:   func.func private @rms_norm_
// CHECK-DAG:   func.func private @rope_
// CHECK-DAG:   func.func private @silu_
// CHECK-DAG:   func.func private @swiglu_

builtin.module {
  func.func @layer(%input_ids: !rlx.buffer<"1xSEQ", i32>, %past_k: !rlx.buffer<"1xMAX_SEQx8", f32>, %past_v: !rlx.buffer<"1xMAX_SEQx8", f32>, %mask: !rlx.buffer<"1xPAST_SEQ+SEQ", f32>, %hidden: !rlx.buffer<"1x1x16", f32>) attributes {rlx.abi = #rlx.abi<args = [input "input_ids", kv_cache "past_k_0", kv_cache "past_v_0", input "mask", output "hidden"], outputs = ["hidden", "k_0", "v_0"], kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0"}, symbols = ["MAX_SEQ", "PAST_SEQ", "SEQ"], constraints = ["PAST_SEQ+SEQ <= 64", "PAST_SEQ+SEQ <= MAX_SEQ"], arena_bytes = 1280>} {
    %0 = rlx.param "embed" : !rlx.buffer<"32x16", f32>
    %1 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx16", f32>
    rlx.embed %input_ids, %0 outs %1 : !rlx.buffer<"1xSEQ", i32>, !rlx.buffer<"32x16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %2 = rlx.param "model.layers.0.norm.weight" : !rlx.buffer<"16", f32>
    %3 = rlx.alloc {offset = 256 : i64} : !rlx.buffer<"1xSEQx16", f32>
    rlx.rms_norm %1, %2 outs %3 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %4 = rlx.param "model.layers.0.q.weight" {layout = "packed16"} : !rlx.buffer<"16x16", f32>
    %5 = rlx.param "model.layers.0.q.bias" : !rlx.buffer<"16", f32>
    %6 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1xSEQx16", f32>
    rlx.linear %3, %4 bias %5 outs %6 : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"16x16", f32>, !rlx.buffer<"16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %7 = rlx.param "model.layers.0.k.weight" {layout = "packed16"} : !rlx.buffer<"8x16", f32>
    %8 = rlx.alloc {offset = 1024 : i64} : !rlx.buffer<"1xSEQx8", f32>
    rlx.linear %3, %7 outs %8 : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"8x16", f32> outs !rlx.buffer<"1xSEQx8", f32>
    %9 = rlx.param "rope.cos" : !rlx.buffer<"64x4", f32>
    %10 = rlx.param "rope.sin" : !rlx.buffer<"64x4", f32>
    %11 = rlx.alloc {offset = 768 : i64} : !rlx.buffer<"1xSEQx16", f32>
    rlx.rope %6, %9, %10 outs %11 {head_dim = 8 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"64x4", f32>, !rlx.buffer<"64x4", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %12 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1xSEQx8", f32>
    rlx.rope %8, %9, %10 outs %12 {head_dim = 8 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx8", f32>, !rlx.buffer<"64x4", f32>, !rlx.buffer<"64x4", f32> outs !rlx.buffer<"1xSEQx8", f32>
    rlx.kv_write %12, %past_k {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx8", f32>, !rlx.buffer<"1xMAX_SEQx8", f32>
    rlx.kv_write %8, %past_v {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx8", f32>, !rlx.buffer<"1xMAX_SEQx8", f32>
    %13 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1xSEQx16", f32>
    rlx.attention %11, %past_k, %past_v mask %mask outs %13 {num_heads = 2 : i64, num_kv_heads = 1 : i64, head_dim = 8 : i64, causal, kv_len = "PAST_SEQ+SEQ"} : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"1xMAX_SEQx8", f32>, !rlx.buffer<"1xMAX_SEQx8", f32>, !rlx.buffer<"1xPAST_SEQ+SEQ", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %14 = rlx.alloc {offset = 768 : i64} : !rlx.buffer<"1xSEQx16", f32>
    rlx.silu %13 outs %14 : !rlx.buffer<"1xSEQx16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %15 = rlx.alloc {offset = 1024 : i64} : !rlx.buffer<"1xSEQx16", f32>
    rlx.mul %14, %3 outs %15 : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"1xSEQx16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %16 = rlx.alloc {offset = 256 : i64} : !rlx.buffer<"1xSEQx16", f32>
    rlx.swiglu %13, %15 outs %16 : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"1xSEQx16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %17 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1xSEQx16", f32>
    rlx.add %1, %16 outs %17 : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"1xSEQx16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    rlx.gather_last %17 outs %hidden : !rlx.buffer<"1xSEQx16", f32> outs !rlx.buffer<"1x1x16", f32>
    func.return
  }
}
