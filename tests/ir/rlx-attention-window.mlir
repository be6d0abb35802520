// RUN: rlxc opt %s -p rlx-bufferize | filecheck %s --check-prefix=BUF
// RUN: rlxc opt %s -p rlx-bufferize,rlx-pack-weights,rlx-plan-memory,rlx-to-loops | filecheck %s --check-prefix=LOOPS

// A sliding window (Mistral, Qwen2/Qwen3's windowed layers): rlx.attention's `window`
// (the keys a query sees, itself included) stays on the buffer op after rlx-bufferize,
// and rlx-to-loops calls a kernel of its own whose spec holds it. An attention without
// the attribute (a layer that sees every key) keeps the kernel it had.

// BUF-LABEL: func.func @prefill(
// BUF:         rlx.attention %q, %past_k, %past_v outs %[[A:.*]] {num_heads = 2 : i64, num_kv_heads = 1 : i64, head_dim = 8 : i64, causal, kv_len = "PAST_SEQ+SEQ"}
// BUF-NEXT:    rlx.attention %[[A]], %past_k, %past_v outs %hidden {num_heads = 2 : i64, num_kv_heads = 1 : i64, head_dim = 8 : i64, causal, window = 6 : i64, kv_len = "PAST_SEQ+SEQ"}

// LOOPS-LABEL: func.func @prefill(
// LOOPS:         func.call @attention_nh2_nkv1_hd8_causal(%q, %past_k, %past_v,
// LOOPS-NEXT:    func.call @attention_nh2_nkv1_hd8_causal_w6(%{{.*}}, %past_k, %past_v, %hidden,
// LOOPS-DAG:   func.func private @attention_nh2_nkv1_hd8_causal({{.*}}) attributes {rlx.kernel = {family = "attention", num_heads = 2 : i64, num_kv_heads = 1 : i64, head_dim = 8 : i64, causal = true, has_mask = false, variant = "blocked", parallel_min_work = 524288 : i64, query_block = 16 : i64, key_block = 32 : i64}}
// LOOPS-DAG:   func.func private @attention_nh2_nkv1_hd8_causal_w6({{.*}}) attributes {rlx.kernel = {{{.*}}variant = "blocked"{{.*}}, window = 6 : i64}}

builtin.module {
  func.func @prefill(%q: !rlx.tensor<"1xSEQx16", f32>, %k: !rlx.tensor<"1xSEQx8", f32>, %past_k: !rlx.tensor<"1xPAST_SEQx8", f32>, %past_v: !rlx.tensor<"1xPAST_SEQx8", f32>) -> (!rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>) attributes {rlx.abi = #rlx.abi<args = [input "q", input "k", input "past_k_0", input "past_v_0"], outputs = ["hidden", "k_0", "v_0"]>} {
    %kc = rlx.kv_concat %past_k, %k : !rlx.tensor<"1xPAST_SEQx8", f32>, !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>
    %vc = rlx.kv_concat %past_v, %k : !rlx.tensor<"1xPAST_SEQx8", f32>, !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>
    %full = rlx.attention %q, %kc, %vc {num_heads = 2 : i64, num_kv_heads = 1 : i64, head_dim = 8 : i64, causal} : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32> -> !rlx.tensor<"1xSEQx16", f32>
    %a = rlx.attention %full, %kc, %vc {num_heads = 2 : i64, num_kv_heads = 1 : i64, head_dim = 8 : i64, causal, window = 6 : i64} : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32> -> !rlx.tensor<"1xSEQx16", f32>
    func.return %a, %kc, %vc : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>
  }
}
