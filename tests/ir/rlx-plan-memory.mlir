// RUN: rlxc opt %s -p 'rlx-plan-memory{max-tokens=4}' | filecheck %s
// RUN: rlxc opt %s -p 'rlx-plan-memory{max-tokens=100}' | filecheck %s --check-prefix=BIG

// Every rlx.alloc gets a byte offset in one arena; buffers whose lifetimes do not
// overlap share memory. SEQ is planned at max-tokens (4 tokens x 16 floats = 256
// bytes, aligned to 64).

// CHECK-LABEL: func.func @layer
// CHECK-SAME:    constraints = ["PAST_SEQ+SEQ <= 64", "PAST_SEQ+SEQ <= MAX_SEQ", "SEQ <= 4"], arena_bytes = 1280>
// CHECK:         %[[X:.*]] = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx16", f32>
// CHECK:         %[[H:.*]] = rlx.alloc {offset = 256 : i64} : !rlx.buffer<"1xSEQx16", f32>
// CHECK:         rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1xSEQx16", f32>
// CHECK:         rlx.alloc {offset = 1024 : i64} : !rlx.buffer<"1xSEQx8", f32>
// CHECK:         rlx.alloc {offset = 768 : i64} : !rlx.buffer<"1xSEQx16", f32>
// The rotated K reuses the memory of the dead Q projection.
// CHECK:         rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1xSEQx8", f32>
// CHECK-NOT:     rlx.alloc :

// BIG-LABEL:   func.func @layer
// BIG-SAME:      arena_bytes = 32000>
// BIG:           rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx16", f32>
// BIG:           rlx.alloc {offset = 6400 : i64} : !rlx.buffer<"1xSEQx16", f32>

builtin.module {
  func.func @layer(%input_ids: !rlx.buffer<"1xSEQ", i32>, %past_k: !rlx.buffer<"1xMAX_SEQx8", f32>, %past_v: !rlx.buffer<"1xMAX_SEQx8", f32>, %mask: !rlx.buffer<"1xPAST_SEQ+SEQ", f32>, %hidden: !rlx.buffer<"1x1x16", f32>) attributes {rlx.abi = #rlx.abi<args = [input "input_ids", kv_cache "past_k_0", kv_cache "past_v_0", input "mask", output "hidden"], outputs = ["hidden", "k_0", "v_0"], kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0"}, symbols = ["MAX_SEQ", "PAST_SEQ", "SEQ"], constraints = ["PAST_SEQ+SEQ <= 64", "PAST_SEQ+SEQ <= MAX_SEQ"]>} {
    %0 = rlx.param "embed" : !rlx.buffer<"32x16", f32>
    %1 = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.embed %input_ids, %0 outs %1 : !rlx.buffer<"1xSEQ", i32>, !rlx.buffer<"32x16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %2 = rlx.param "model.layers.0.norm.weight" : !rlx.buffer<"16", f32>
    %3 = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.rms_norm %1, %2 outs %3 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %4 = rlx.param "model.layers.0.q.weight" : !rlx.buffer<"16x16", f32>
    %5 = rlx.param "model.layers.0.q.bias" : !rlx.buffer<"16", f32>
    %6 = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.linear %3, %4 bias %5 outs %6 : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"16x16", f32>, !rlx.buffer<"16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %7 = rlx.param "model.layers.0.k.weight" : !rlx.buffer<"8x16", f32>
    %8 = rlx.alloc : !rlx.buffer<"1xSEQx8", f32>
    rlx.linear %3, %7 outs %8 : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"8x16", f32> outs !rlx.buffer<"1xSEQx8", f32>
    %9 = rlx.param "rope.cos" : !rlx.buffer<"64x4", f32>
    %10 = rlx.param "rope.sin" : !rlx.buffer<"64x4", f32>
    %11 = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.rope %6, %9, %10 outs %11 {head_dim = 8 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"64x4", f32>, !rlx.buffer<"64x4", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %12 = rlx.alloc : !rlx.buffer<"1xSEQx8", f32>
    rlx.rope %8, %9, %10 outs %12 {head_dim = 8 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx8", f32>, !rlx.buffer<"64x4", f32>, !rlx.buffer<"64x4", f32> outs !rlx.buffer<"1xSEQx8", f32>
    rlx.kv_write %12, %past_k {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx8", f32>, !rlx.buffer<"1xMAX_SEQx8", f32>
    rlx.kv_write %8, %past_v {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx8", f32>, !rlx.buffer<"1xMAX_SEQx8", f32>
    %13 = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.attention %11, %past_k, %past_v mask %mask outs %13 {num_heads = 2 : i64, num_kv_heads = 1 : i64, head_dim = 8 : i64, causal, kv_len = "PAST_SEQ+SEQ"} : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"1xMAX_SEQx8", f32>, !rlx.buffer<"1xMAX_SEQx8", f32>, !rlx.buffer<"1xPAST_SEQ+SEQ", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %14 = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.silu %13 outs %14 : !rlx.buffer<"1xSEQx16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %15 = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.mul %14, %3 outs %15 : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"1xSEQx16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %16 = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.swiglu %13, %15 outs %16 : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"1xSEQx16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %17 = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.add %1, %16 outs %17 : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"1xSEQx16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    rlx.gather_last %17 outs %hidden : !rlx.buffer<"1xSEQx16", f32> outs !rlx.buffer<"1x1x16", f32>
    func.return
  }
}
