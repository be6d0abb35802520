// RUN: rlxc opt %s -p rlx-kv-format{format=bf16},rlx-bufferize,rlx-pack-weights,rlx-plan-memory,rlx-to-loops | filecheck %s

// A KV cache held in bf16 (--kv bf16): rlx-kv-format retypes the past K/V arguments
// and their concatenations (the caches) at L1; K and V are still computed in f32.
// At L3 the caches are i16 buffers of bf16 bits (the manifest's dtype bf16), and the
// kernels are the bf16 variants: kv_write rounds each new row into the cache,
// the attention widens every K/V vector it reads.

// CHECK-LABEL: func.func @decode(
// CHECK-SAME:    %past_k: memref<?xi16>, %past_v: memref<?xi16>,
// CHECK-SAME:    kv_cache "past_k_0" : "1xMAX_SEQx16", kv_cache "past_v_0" : "1xMAX_SEQx16"
// CHECK:         func.call @kv_write_d16_bf16(%{{.*}}, %past_k, %{{.*}}) : (memref<?xf32>, memref<?xi16>, index, index, index, index) -> ()
// CHECK:         func.call @kv_write_d16_bf16(%{{.*}}, %past_v, %{{.*}}) :
// CHECK:         func.call @attention_nh2_nkv2_hd8_causal_splitk_kvbf16(%{{.*}}, %past_k, %past_v, %{{.*}}) : (memref<?xf32>, memref<?xi16>, memref<?xi16>, memref<?xf32>, index, index, index, index) -> ()
// CHECK-DAG:   func.func private @kv_write_d16_bf16(%{{.*}}: memref<?xf32>, %{{.*}}: memref<?xi16>,
// CHECK-DAG:   func.func private @attention_nh2_nkv2_hd8_causal_splitk_kvbf16(
// CHECK-DAG:   rlx.kernel = {family = "attention", {{.*}}kv_format = "bf16"
// CHECK-DAG:   rlx.kernel = {family = "kv_write", {{.*}}kv_format = "bf16"

builtin.module {
  func.func @decode(%x: !rlx.tensor<"1x1x16", f32>, %past_k: !rlx.tensor<"1xPAST_SEQx16", f32>, %past_v: !rlx.tensor<"1xPAST_SEQx16", f32>) -> (!rlx.tensor<"1x1x16", f32>, !rlx.tensor<"1xPAST_SEQ+1x16", f32>, !rlx.tensor<"1xPAST_SEQ+1x16", f32>) attributes {rlx.abi = #rlx.abi<args = [input "x", input "past_k_0", input "past_v_0"], outputs = ["out", "k_0", "v_0"]>} {
    %wk = rlx.param "k.weight" : !rlx.tensor<"16x16", f32>
    %k = rlx.linear %x, %wk : !rlx.tensor<"1x1x16", f32>, !rlx.tensor<"16x16", f32> -> !rlx.tensor<"1x1x16", f32>
    %kc = rlx.kv_concat %past_k, %k : !rlx.tensor<"1xPAST_SEQx16", f32>, !rlx.tensor<"1x1x16", f32> -> !rlx.tensor<"1xPAST_SEQ+1x16", f32>
    %vc = rlx.kv_concat %past_v, %x : !rlx.tensor<"1xPAST_SEQx16", f32>, !rlx.tensor<"1x1x16", f32> -> !rlx.tensor<"1xPAST_SEQ+1x16", f32>
    %a = rlx.attention %x, %kc, %vc {num_heads = 2 : i64, num_kv_heads = 2 : i64, head_dim = 8 : i64, causal} : !rlx.tensor<"1x1x16", f32>, !rlx.tensor<"1xPAST_SEQ+1x16", f32>, !rlx.tensor<"1xPAST_SEQ+1x16", f32> -> !rlx.tensor<"1x1x16", f32>
    func.return %a, %kc, %vc : !rlx.tensor<"1x1x16", f32>, !rlx.tensor<"1xPAST_SEQ+1x16", f32>, !rlx.tensor<"1xPAST_SEQ+1x16", f32>
  }
}
