// RUN: rlxc opt %s | filecheck %s --check-prefix=L1
// RUN: rlxc opt %s -p rlx-bufferize | filecheck %s --check-prefix=BUF
// RUN: rlxc opt %s -p rlx-bufferize,rlx-pack-weights,rlx-plan-memory,rlx-to-loops | filecheck %s --check-prefix=LOOPS

// A ring-buffer KV cache (a sliding-window layer, `ring = C`: select.ring_rows, the window
// plus the prefill chunk but one, rounded up to the key block): rlx-bufferize makes the
// past K/V a cache of C rows (a full layer's keeps MAX_SEQ), writes it with a
// `rlx.kv_write {ring = C}` and records that a call adds at most C - window + 1 rows;
// rlx-to-loops calls kernels whose specs hold the ring (key j at row j mod C).

// L1-LABEL: func.func @prefill(
// L1:         rlx.kv_concat %past_k, %k {ring = 32 : i64}
// L1:         rlx.attention %{{.*}}, %{{.*}}, %{{.*}} {num_heads = 2 : i64, num_kv_heads = 1 : i64, head_dim = 8 : i64, causal, window = 6 : i64, ring = 32 : i64}

// BUF-LABEL: func.func @prefill(
// BUF-SAME:    %past_k: !rlx.buffer<"1x32x8", f32>, %past_v: !rlx.buffer<"1x32x8", f32>, %past_k_1: !rlx.buffer<"1xMAX_SEQx8", f32>
// BUF-SAME:    constraints = ["PAST_SEQ+SEQ <= MAX_SEQ", "SEQ <= 27"]
// BUF:         rlx.kv_write %k, %past_k {offset = "PAST_SEQ", ring = 32 : i64} : !rlx.buffer<"1xSEQx8", f32>, !rlx.buffer<"1x32x8", f32>
// BUF:         rlx.kv_write %k, %past_k_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx8", f32>, !rlx.buffer<"1xMAX_SEQx8", f32>
// BUF:         rlx.attention %q, %past_k, %past_v outs %{{.*}} {num_heads = 2 : i64, num_kv_heads = 1 : i64, head_dim = 8 : i64, causal, window = 6 : i64, ring = 32 : i64, kv_len = "PAST_SEQ+SEQ"}

// LOOPS-LABEL: func.func @prefill(
// LOOPS:         func.call @kv_write_d8_r32(
// LOOPS:         func.call @kv_write_d8(
// LOOPS:         func.call @attention_nh2_nkv1_hd8_causal_w6_r32(
// LOOPS-DAG:   func.func private @attention_nh2_nkv1_hd8_causal_w6_r32({{.*}}) attributes {rlx.kernel = {{{.*}}variant = "blocked"{{.*}}, window = 6 : i64, ring = 32 : i64}}
// LOOPS-DAG:   func.func private @kv_write_d8_r32({{.*}}) attributes {rlx.kernel = {{{.*}}ring = 32 : i64}}

builtin.module {
  func.func @prefill(%q: !rlx.tensor<"1xSEQx16", f32>, %k: !rlx.tensor<"1xSEQx8", f32>, %past_k: !rlx.tensor<"1xPAST_SEQx8", f32>, %past_v: !rlx.tensor<"1xPAST_SEQx8", f32>, %past_kf: !rlx.tensor<"1xPAST_SEQx8", f32>) -> (!rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>) attributes {rlx.abi = #rlx.abi<args = [input "q", input "k", input "past_k_0", input "past_v_0", input "past_k_1"], outputs = ["hidden", "k_0", "v_0", "k_1"]>} {
    %kc = rlx.kv_concat %past_k, %k {ring = 32 : i64} : !rlx.tensor<"1xPAST_SEQx8", f32>, !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>
    %vc = rlx.kv_concat %past_v, %k {ring = 32 : i64} : !rlx.tensor<"1xPAST_SEQx8", f32>, !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>
    %kf = rlx.kv_concat %past_kf, %k : !rlx.tensor<"1xPAST_SEQx8", f32>, !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>
    %a = rlx.attention %q, %kc, %vc {num_heads = 2 : i64, num_kv_heads = 1 : i64, head_dim = 8 : i64, causal, window = 6 : i64, ring = 32 : i64} : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32> -> !rlx.tensor<"1xSEQx16", f32>
    func.return %a, %kc, %vc, %kf : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>
  }
}
