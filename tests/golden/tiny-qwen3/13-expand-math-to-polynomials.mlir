// rlxc opt 13-expand-math-to-polynomials.mlir -p 'rlx-outline-parallel{threads=0},convert-to-llvm,llvm-opt{level=3 target=x86-64-v4},llvm-codegen{level=3 target=x86-64-v4}'
builtin.module {
  func.func @prefill(%input_ids: memref<?xi32>, %past_k: memref<?xf32>, %past_v: memref<?xf32>, %past_k_1: memref<?xf32>, %past_v_1: memref<?xf32>, %logits: memref<?xf32>, %rope.cos: memref<?xf32>, %rope.sin: memref<?xf32>, %model.embed_tokens.weight.packed16: memref<?xi16>, %model.layers.0.input_layernorm.weight: memref<?xf32>, %model.layers.0.self_attn.q_proj.weight.packed16: memref<?xi16>, %model.layers.0.self_attn.k_proj.weight.packed16: memref<?xi16>, %model.layers.0.self_attn.v_proj.weight.packed16: memref<?xi16>, %model.layers.0.self_attn.q_norm.weight: memref<?xf32>, %model.layers.0.self_attn.k_norm.weight: memref<?xf32>, %model.layers.0.self_attn.o_proj.weight.packed16: memref<?xi16>, %model.layers.0.post_attention_layernorm.weight: memref<?xf32>, %model.layers.0.mlp.gate_proj.weight.packed16: memref<?xi16>, %model.layers.0.mlp.up_proj.weight.packed16: memref<?xi16>, %model.layers.0.mlp.down_proj.weight.packed16: memref<?xi16>, %model.layers.1.input_layernorm.weight: memref<?xf32>, %model.layers.1.self_attn.q_proj.weight.packed16: memref<?xi16>, %model.layers.1.self_attn.k_proj.weight.packed16: memref<?xi16>, %model.layers.1.self_attn.v_proj.weight.packed16: memref<?xi16>, %model.layers.1.self_attn.q_norm.weight: memref<?xf32>, %model.layers.1.self_attn.k_norm.weight: memref<?xf32>, %model.layers.1.self_attn.o_proj.weight.packed16: memref<?xi16>, %model.layers.1.post_attention_layernorm.weight: memref<?xf32>, %model.layers.1.mlp.gate_proj.weight.packed16: memref<?xi16>, %model.layers.1.mlp.up_proj.weight.packed16: memref<?xi16>, %model.layers.1.mlp.down_proj.weight.packed16: memref<?xi16>, %model.norm.weight: memref<?xf32>, %arena: memref<?xi8>, %MAX_SEQ: index, %PAST_SEQ: index, %SEQ: index) attributes {rlx.abi = #rlx.abi<args = [input "input_ids" : "1xSEQ", kv_cache "past_k_0" : "1xMAX_SEQx64", kv_cache "past_v_0" : "1xMAX_SEQx64", kv_cache "past_k_1" : "1xMAX_SEQx64", kv_cache "past_v_1" : "1xMAX_SEQx64", output "logits" : "1xSEQx1024", param "rope.cos" : "512x16", param "rope.sin" : "512x16", param "model.embed_tokens.weight" packed16 : "1024x128", param "model.layers.0.input_layernorm.weight" : "128", param "model.layers.0.self_attn.q_proj.weight" packed16 : "128x128", param "model.layers.0.self_attn.k_proj.weight" packed16 : "64x128", param "model.layers.0.self_attn.v_proj.weight" packed16 : "64x128", param "model.layers.0.self_attn.q_norm.weight" : "32", param "model.layers.0.self_attn.k_norm.weight" : "32", param "model.layers.0.self_attn.o_proj.weight" packed16 : "128x128", param "model.layers.0.post_attention_layernorm.weight" : "128", param "model.layers.0.mlp.gate_proj.weight" packed16 : "192x128", param "model.layers.0.mlp.up_proj.weight" packed16 : "192x128", param "model.layers.0.mlp.down_proj.weight" packed16 : "128x192", param "model.layers.1.input_layernorm.weight" : "128", param "model.layers.1.self_attn.q_proj.weight" packed16 : "128x128", param "model.layers.1.self_attn.k_proj.weight" packed16 : "64x128", param "model.layers.1.self_attn.v_proj.weight" packed16 : "64x128", param "model.layers.1.self_attn.q_norm.weight" : "32", param "model.layers.1.self_attn.k_norm.weight" : "32", param "model.layers.1.self_attn.o_proj.weight" packed16 : "128x128", param "model.layers.1.post_attention_layernorm.weight" : "128", param "model.layers.1.mlp.gate_proj.weight" packed16 : "192x128", param "model.layers.1.mlp.up_proj.weight" packed16 : "192x128", param "model.layers.1.mlp.down_proj.weight" packed16 : "128x192", param "model.norm.weight" : "128", arena "arena", symbol "MAX_SEQ", symbol "PAST_SEQ", symbol "SEQ"], outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, constraints = ["PAST_SEQ+SEQ <= 512", "PAST_SEQ+SEQ <= MAX_SEQ", "SEQ <= 512"], arena_bytes = 1179648>, rlx.entry} {
    %0 = rlx.view %arena {offset = 0 : i64} : memref<?xi8> -> memref<?xf32>
    %1 = arith.constant 0 : index
    %2 = arith.addi %1, %SEQ : index
    func.call @embed_h128_v1024_packed16_bf16(%input_ids, %model.embed_tokens.weight.packed16, %0, %2) : (memref<?xi32>, memref<?xi16>, memref<?xf32>, index) -> ()
    %3 = rlx.view %arena {offset = 262144 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d128_g128_eps1em06(%0, %model.layers.0.input_layernorm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %4 = rlx.view %arena {offset = 524288 : i64} : memref<?xi8> -> memref<?xf32>
    %5 = rlx.view %arena {offset = 786432 : i64} : memref<?xi8> -> memref<?xf32>
    %6 = rlx.view %arena {offset = 917504 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @multi_linear_k128_n128x64x64_bf16(%3, %model.layers.0.self_attn.q_proj.weight.packed16, %model.layers.0.self_attn.k_proj.weight.packed16, %model.layers.0.self_attn.v_proj.weight.packed16, %4, %5, %6, %2) : (memref<?xf32>, memref<?xi16>, memref<?xi16>, memref<?xi16>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g32_eps1em06(%4, %model.layers.0.self_attn.q_norm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %7 = rlx.view %arena {offset = 1048576 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d64_g32_eps1em06(%5, %model.layers.0.self_attn.k_norm.weight, %7, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %8 = arith.constant 1 : index
    %9 = arith.addi %1, %PAST_SEQ : index
    func.call @rope_nh4_hd32(%3, %rope.cos, %rope.sin, %4, %8, %2, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @rope_nh2_hd32(%7, %rope.cos, %rope.sin, %3, %8, %2, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    %10 = arith.addi %1, %MAX_SEQ : index
    func.call @kv_write_d64(%3, %past_k, %8, %2, %9, %10) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @kv_write_d64(%6, %past_v, %8, %2, %9, %10) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    %11 = arith.addi %9, %SEQ : index
    func.call @attention_nh4_nkv2_hd32_causal(%4, %past_k, %past_v, %3, %8, %2, %11, %10) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @linear_k128_n128_residual_bf16(%3, %model.layers.0.self_attn.o_proj.weight.packed16, %0, %4, %2) : (memref<?xf32>, memref<?xi16>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%4, %model.layers.0.post_attention_layernorm.weight, %5, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_swiglu_k128_n192_bf16(%5, %model.layers.0.mlp.gate_proj.weight.packed16, %model.layers.0.mlp.up_proj.weight.packed16, %0, %2) : (memref<?xf32>, memref<?xi16>, memref<?xi16>, memref<?xf32>, index) -> ()
    func.call @linear_k192_n128_residual_bf16(%0, %model.layers.0.mlp.down_proj.weight.packed16, %4, %5, %2) : (memref<?xf32>, memref<?xi16>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%5, %model.layers.1.input_layernorm.weight, %0, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %12 = rlx.view %arena {offset = 655360 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @multi_linear_k128_n128x64x64_bf16(%0, %model.layers.1.self_attn.q_proj.weight.packed16, %model.layers.1.self_attn.k_proj.weight.packed16, %model.layers.1.self_attn.v_proj.weight.packed16, %3, %4, %12, %2) : (memref<?xf32>, memref<?xi16>, memref<?xi16>, memref<?xi16>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g32_eps1em06(%3, %model.layers.1.self_attn.q_norm.weight, %0, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d64_g32_eps1em06(%4, %model.layers.1.self_attn.k_norm.weight, %7, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rope_nh4_hd32(%0, %rope.cos, %rope.sin, %3, %8, %2, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @rope_nh2_hd32(%7, %rope.cos, %rope.sin, %0, %8, %2, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @kv_write_d64(%0, %past_k_1, %8, %2, %9, %10) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @kv_write_d64(%12, %past_v_1, %8, %2, %9, %10) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @attention_nh4_nkv2_hd32_causal(%3, %past_k_1, %past_v_1, %0, %8, %2, %11, %10) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    %13 = rlx.view %arena {offset = 393216 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @linear_k128_n128_residual_bf16(%0, %model.layers.1.self_attn.o_proj.weight.packed16, %5, %13, %2) : (memref<?xf32>, memref<?xi16>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%13, %model.layers.1.post_attention_layernorm.weight, %12, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_swiglu_k128_n192_bf16(%12, %model.layers.1.mlp.gate_proj.weight.packed16, %model.layers.1.mlp.up_proj.weight.packed16, %0, %2) : (memref<?xf32>, memref<?xi16>, memref<?xi16>, memref<?xf32>, index) -> ()
    func.call @linear_k192_n128_residual_bf16(%0, %model.layers.1.mlp.down_proj.weight.packed16, %13, %12, %2) : (memref<?xf32>, memref<?xi16>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%12, %model.norm.weight, %0, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k128_n1024_bf16(%0, %model.embed_tokens.weight.packed16, %logits, %2) : (memref<?xf32>, memref<?xi16>, memref<?xf32>, index) -> ()
    func.return
  }
  func.func @prefill_last(%input_ids: memref<?xi32>, %past_k: memref<?xf32>, %past_v: memref<?xf32>, %past_k_1: memref<?xf32>, %past_v_1: memref<?xf32>, %logits: memref<?xf32>, %rope.cos: memref<?xf32>, %rope.sin: memref<?xf32>, %model.embed_tokens.weight.packed16: memref<?xi16>, %model.layers.0.input_layernorm.weight: memref<?xf32>, %model.layers.0.self_attn.q_proj.weight.packed16: memref<?xi16>, %model.layers.0.self_attn.k_proj.weight.packed16: memref<?xi16>, %model.layers.0.self_attn.v_proj.weight.packed16: memref<?xi16>, %model.layers.0.self_attn.q_norm.weight: memref<?xf32>, %model.layers.0.self_attn.k_norm.weight: memref<?xf32>, %model.layers.0.self_attn.o_proj.weight.packed16: memref<?xi16>, %model.layers.0.post_attention_layernorm.weight: memref<?xf32>, %model.layers.0.mlp.gate_proj.weight.packed16: memref<?xi16>, %model.layers.0.mlp.up_proj.weight.packed16: memref<?xi16>, %model.layers.0.mlp.down_proj.weight.packed16: memref<?xi16>, %model.layers.1.input_layernorm.weight: memref<?xf32>, %model.layers.1.self_attn.q_proj.weight.packed16: memref<?xi16>, %model.layers.1.self_attn.k_proj.weight.packed16: memref<?xi16>, %model.layers.1.self_attn.v_proj.weight.packed16: memref<?xi16>, %model.layers.1.self_attn.q_norm.weight: memref<?xf32>, %model.layers.1.self_attn.k_norm.weight: memref<?xf32>, %model.layers.1.self_attn.o_proj.weight.packed16: memref<?xi16>, %model.layers.1.post_attention_layernorm.weight: memref<?xf32>, %model.layers.1.mlp.gate_proj.weight.packed16: memref<?xi16>, %model.layers.1.mlp.up_proj.weight.packed16: memref<?xi16>, %model.layers.1.mlp.down_proj.weight.packed16: memref<?xi16>, %model.norm.weight: memref<?xf32>, %arena: memref<?xi8>, %MAX_SEQ: index, %PAST_SEQ: index, %SEQ: index) attributes {rlx.abi = #rlx.abi<args = [input "input_ids" : "1xSEQ", kv_cache "past_k_0" : "1xMAX_SEQx64", kv_cache "past_v_0" : "1xMAX_SEQx64", kv_cache "past_k_1" : "1xMAX_SEQx64", kv_cache "past_v_1" : "1xMAX_SEQx64", output "logits" : "1x1x1024", param "rope.cos" : "512x16", param "rope.sin" : "512x16", param "model.embed_tokens.weight" packed16 : "1024x128", param "model.layers.0.input_layernorm.weight" : "128", param "model.layers.0.self_attn.q_proj.weight" packed16 : "128x128", param "model.layers.0.self_attn.k_proj.weight" packed16 : "64x128", param "model.layers.0.self_attn.v_proj.weight" packed16 : "64x128", param "model.layers.0.self_attn.q_norm.weight" : "32", param "model.layers.0.self_attn.k_norm.weight" : "32", param "model.layers.0.self_attn.o_proj.weight" packed16 : "128x128", param "model.layers.0.post_attention_layernorm.weight" : "128", param "model.layers.0.mlp.gate_proj.weight" packed16 : "192x128", param "model.layers.0.mlp.up_proj.weight" packed16 : "192x128", param "model.layers.0.mlp.down_proj.weight" packed16 : "128x192", param "model.layers.1.input_layernorm.weight" : "128", param "model.layers.1.self_attn.q_proj.weight" packed16 : "128x128", param "model.layers.1.self_attn.k_proj.weight" packed16 : "64x128", param "model.layers.1.self_attn.v_proj.weight" packed16 : "64x128", param "model.layers.1.self_attn.q_norm.weight" : "32", param "model.layers.1.self_attn.k_norm.weight" : "32", param "model.layers.1.self_attn.o_proj.weight" packed16 : "128x128", param "model.layers.1.post_attention_layernorm.weight" : "128", param "model.layers.1.mlp.gate_proj.weight" packed16 : "192x128", param "model.layers.1.mlp.up_proj.weight" packed16 : "192x128", param "model.layers.1.mlp.down_proj.weight" packed16 : "128x192", param "model.norm.weight" : "128", arena "arena", symbol "MAX_SEQ", symbol "PAST_SEQ", symbol "SEQ"], outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, constraints = ["PAST_SEQ+SEQ <= 512", "PAST_SEQ+SEQ <= MAX_SEQ", "SEQ <= 512"], arena_bytes = 1179648>, rlx.entry} {
    %0 = rlx.view %arena {offset = 0 : i64} : memref<?xi8> -> memref<?xf32>
    %1 = arith.constant 0 : index
    %2 = arith.addi %1, %SEQ : index
    func.call @embed_h128_v1024_packed16_bf16(%input_ids, %model.embed_tokens.weight.packed16, %0, %2) : (memref<?xi32>, memref<?xi16>, memref<?xf32>, index) -> ()
    %3 = rlx.view %arena {offset = 262144 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d128_g128_eps1em06(%0, %model.layers.0.input_layernorm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %4 = rlx.view %arena {offset = 524288 : i64} : memref<?xi8> -> memref<?xf32>
    %5 = rlx.view %arena {offset = 786432 : i64} : memref<?xi8> -> memref<?xf32>
    %6 = rlx.view %arena {offset = 917504 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @multi_linear_k128_n128x64x64_bf16(%3, %model.layers.0.self_attn.q_proj.weight.packed16, %model.layers.0.self_attn.k_proj.weight.packed16, %model.layers.0.self_attn.v_proj.weight.packed16, %4, %5, %6, %2) : (memref<?xf32>, memref<?xi16>, memref<?xi16>, memref<?xi16>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g32_eps1em06(%4, %model.layers.0.self_attn.q_norm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %7 = rlx.view %arena {offset = 1048576 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d64_g32_eps1em06(%5, %model.layers.0.self_attn.k_norm.weight, %7, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %8 = arith.constant 1 : index
    %9 = arith.addi %1, %PAST_SEQ : index
    func.call @rope_nh4_hd32(%3, %rope.cos, %rope.sin, %4, %8, %2, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @rope_nh2_hd32(%7, %rope.cos, %rope.sin, %3, %8, %2, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    %10 = arith.addi %1, %MAX_SEQ : index
    func.call @kv_write_d64(%3, %past_k, %8, %2, %9, %10) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @kv_write_d64(%6, %past_v, %8, %2, %9, %10) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    %11 = arith.addi %9, %SEQ : index
    func.call @attention_nh4_nkv2_hd32_causal(%4, %past_k, %past_v, %3, %8, %2, %11, %10) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @linear_k128_n128_residual_bf16(%3, %model.layers.0.self_attn.o_proj.weight.packed16, %0, %4, %2) : (memref<?xf32>, memref<?xi16>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%4, %model.layers.0.post_attention_layernorm.weight, %5, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_swiglu_k128_n192_bf16(%5, %model.layers.0.mlp.gate_proj.weight.packed16, %model.layers.0.mlp.up_proj.weight.packed16, %0, %2) : (memref<?xf32>, memref<?xi16>, memref<?xi16>, memref<?xf32>, index) -> ()
    func.call @linear_k192_n128_residual_bf16(%0, %model.layers.0.mlp.down_proj.weight.packed16, %4, %5, %2) : (memref<?xf32>, memref<?xi16>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%5, %model.layers.1.input_layernorm.weight, %0, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @gather_last_h128(%0, %4, %8, %2) : (memref<?xf32>, memref<?xf32>, index, index) -> ()
    %12 = rlx.view %arena {offset = 393216 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @multi_linear_k128_n64x64_bf16(%0, %model.layers.1.self_attn.k_proj.weight.packed16, %model.layers.1.self_attn.v_proj.weight.packed16, %3, %12, %2) : (memref<?xf32>, memref<?xi16>, memref<?xi16>, memref<?xf32>, memref<?xf32>, index) -> ()
    %13 = rlx.view %arena {offset = 131072 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @linear_k128_n128_bf16(%4, %model.layers.1.self_attn.q_proj.weight.packed16, %13, %8) : (memref<?xf32>, memref<?xi16>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d64_g32_eps1em06(%3, %model.layers.1.self_attn.k_norm.weight, %0, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g32_eps1em06(%13, %model.layers.1.self_attn.q_norm.weight, %3, %8) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rope_nh2_hd32(%0, %rope.cos, %rope.sin, %13, %8, %2, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @kv_write_d64(%13, %past_k_1, %8, %2, %9, %10) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @kv_write_d64(%12, %past_v_1, %8, %2, %9, %10) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    %14 = arith.constant -1 : index
    %15 = arith.addi %14, %PAST_SEQ : index
    %16 = arith.addi %15, %SEQ : index
    func.call @rope_nh4_hd32(%3, %rope.cos, %rope.sin, %0, %8, %8, %16) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    %17 = rlx.view %arena {offset = 512 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @attention_nh4_nkv2_hd32_causal_splitk(%0, %past_k_1, %past_v_1, %17, %8, %8, %11, %10) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @gather_last_h128(%5, %0, %8, %2) : (memref<?xf32>, memref<?xf32>, index, index) -> ()
    %18 = rlx.view %arena {offset = 1024 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @linear_k128_n128_residual_bf16(%17, %model.layers.1.self_attn.o_proj.weight.packed16, %0, %18, %8) : (memref<?xf32>, memref<?xi16>, memref<?xf32>, memref<?xf32>, index) -> ()
    %19 = rlx.view %arena {offset = 1536 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d128_g128_eps1em06(%18, %model.layers.1.post_attention_layernorm.weight, %19, %8) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_swiglu_k128_n192_bf16(%19, %model.layers.1.mlp.gate_proj.weight.packed16, %model.layers.1.mlp.up_proj.weight.packed16, %0, %8) : (memref<?xf32>, memref<?xi16>, memref<?xi16>, memref<?xf32>, index) -> ()
    func.call @linear_k192_n128_residual_bf16(%0, %model.layers.1.mlp.down_proj.weight.packed16, %18, %19, %8) : (memref<?xf32>, memref<?xi16>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%19, %model.norm.weight, %0, %8) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k128_n1024_bf16(%0, %model.embed_tokens.weight.packed16, %logits, %8) : (memref<?xf32>, memref<?xi16>, memref<?xf32>, index) -> ()
    func.return
  }
  func.func @decode(%input_ids: memref<?xi32>, %past_k: memref<?xf32>, %past_v: memref<?xf32>, %past_k_1: memref<?xf32>, %past_v_1: memref<?xf32>, %logits: memref<?xf32>, %rope.cos: memref<?xf32>, %rope.sin: memref<?xf32>, %model.embed_tokens.weight.packed16: memref<?xi16>, %model.layers.0.input_layernorm.weight: memref<?xf32>, %model.layers.0.self_attn.q_proj.weight.packed16: memref<?xi16>, %model.layers.0.self_attn.k_proj.weight.packed16: memref<?xi16>, %model.layers.0.self_attn.v_proj.weight.packed16: memref<?xi16>, %model.layers.0.self_attn.q_norm.weight: memref<?xf32>, %model.layers.0.self_attn.k_norm.weight: memref<?xf32>, %model.layers.0.self_attn.o_proj.weight.packed16: memref<?xi16>, %model.layers.0.post_attention_layernorm.weight: memref<?xf32>, %model.layers.0.mlp.gate_proj.weight.packed16: memref<?xi16>, %model.layers.0.mlp.up_proj.weight.packed16: memref<?xi16>, %model.layers.0.mlp.down_proj.weight.packed16: memref<?xi16>, %model.layers.1.input_layernorm.weight: memref<?xf32>, %model.layers.1.self_attn.q_proj.weight.packed16: memref<?xi16>, %model.layers.1.self_attn.k_proj.weight.packed16: memref<?xi16>, %model.layers.1.self_attn.v_proj.weight.packed16: memref<?xi16>, %model.layers.1.self_attn.q_norm.weight: memref<?xf32>, %model.layers.1.self_attn.k_norm.weight: memref<?xf32>, %model.layers.1.self_attn.o_proj.weight.packed16: memref<?xi16>, %model.layers.1.post_attention_layernorm.weight: memref<?xf32>, %model.layers.1.mlp.gate_proj.weight.packed16: memref<?xi16>, %model.layers.1.mlp.up_proj.weight.packed16: memref<?xi16>, %model.layers.1.mlp.down_proj.weight.packed16: memref<?xi16>, %model.norm.weight: memref<?xf32>, %arena: memref<?xi8>, %MAX_SEQ: index, %PAST_SEQ: index) attributes {rlx.abi = #rlx.abi<args = [input "input_ids" : "1x1", kv_cache "past_k_0" : "1xMAX_SEQx64", kv_cache "past_v_0" : "1xMAX_SEQx64", kv_cache "past_k_1" : "1xMAX_SEQx64", kv_cache "past_v_1" : "1xMAX_SEQx64", output "logits" : "1x1x1024", param "rope.cos" : "512x16", param "rope.sin" : "512x16", param "model.embed_tokens.weight" packed16 : "1024x128", param "model.layers.0.input_layernorm.weight" : "128", param "model.layers.0.self_attn.q_proj.weight" packed16 : "128x128", param "model.layers.0.self_attn.k_proj.weight" packed16 : "64x128", param "model.layers.0.self_attn.v_proj.weight" packed16 : "64x128", param "model.layers.0.self_attn.q_norm.weight" : "32", param "model.layers.0.self_attn.k_norm.weight" : "32", param "model.layers.0.self_attn.o_proj.weight" packed16 : "128x128", param "model.layers.0.post_attention_layernorm.weight" : "128", param "model.layers.0.mlp.gate_proj.weight" packed16 : "192x128", param "model.layers.0.mlp.up_proj.weight" packed16 : "192x128", param "model.layers.0.mlp.down_proj.weight" packed16 : "128x192", param "model.layers.1.input_layernorm.weight" : "128", param "model.layers.1.self_attn.q_proj.weight" packed16 : "128x128", param "model.layers.1.self_attn.k_proj.weight" packed16 : "64x128", param "model.layers.1.self_attn.v_proj.weight" packed16 : "64x128", param "model.layers.1.self_attn.q_norm.weight" : "32", param "model.layers.1.self_attn.k_norm.weight" : "32", param "model.layers.1.self_attn.o_proj.weight" packed16 : "128x128", param "model.layers.1.post_attention_layernorm.weight" : "128", param "model.layers.1.mlp.gate_proj.weight" packed16 : "192x128", param "model.layers.1.mlp.up_proj.weight" packed16 : "192x128", param "model.layers.1.mlp.down_proj.weight" packed16 : "128x192", param "model.norm.weight" : "128", arena "arena", symbol "MAX_SEQ", symbol "PAST_SEQ"], outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, constraints = ["PAST_SEQ+1 <= 512", "PAST_SEQ+1 <= MAX_SEQ"], arena_bytes = 2304>, rlx.entry} {
    %0 = rlx.view %arena {offset = 0 : i64} : memref<?xi8> -> memref<?xf32>
    %1 = arith.constant 1 : index
    func.call @embed_h128_v1024_packed16_bf16(%input_ids, %model.embed_tokens.weight.packed16, %0, %1) : (memref<?xi32>, memref<?xi16>, memref<?xf32>, index) -> ()
    %2 = rlx.view %arena {offset = 512 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d128_g128_eps1em06(%0, %model.layers.0.input_layernorm.weight, %2, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %3 = rlx.view %arena {offset = 1024 : i64} : memref<?xi8> -> memref<?xf32>
    %4 = rlx.view %arena {offset = 1536 : i64} : memref<?xi8> -> memref<?xf32>
    %5 = rlx.view %arena {offset = 1792 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @multi_linear_k128_n128x64x64_bf16(%2, %model.layers.0.self_attn.q_proj.weight.packed16, %model.layers.0.self_attn.k_proj.weight.packed16, %model.layers.0.self_attn.v_proj.weight.packed16, %3, %4, %5, %1) : (memref<?xf32>, memref<?xi16>, memref<?xi16>, memref<?xi16>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g32_eps1em06(%3, %model.layers.0.self_attn.q_norm.weight, %2, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %6 = rlx.view %arena {offset = 2048 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d64_g32_eps1em06(%4, %model.layers.0.self_attn.k_norm.weight, %6, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %7 = arith.constant 0 : index
    %8 = arith.addi %7, %PAST_SEQ : index
    func.call @rope_nh4_hd32(%2, %rope.cos, %rope.sin, %3, %1, %1, %8) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @rope_nh2_hd32(%6, %rope.cos, %rope.sin, %2, %1, %1, %8) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    %9 = arith.addi %7, %MAX_SEQ : index
    func.call @kv_write_d64(%2, %past_k, %1, %1, %8, %9) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @kv_write_d64(%5, %past_v, %1, %1, %8, %9) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    %10 = arith.addi %1, %PAST_SEQ : index
    func.call @attention_nh4_nkv2_hd32_causal_splitk(%3, %past_k, %past_v, %2, %1, %1, %10, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @linear_k128_n128_residual_bf16(%2, %model.layers.0.self_attn.o_proj.weight.packed16, %0, %3, %1) : (memref<?xf32>, memref<?xi16>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%3, %model.layers.0.post_attention_layernorm.weight, %4, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_swiglu_k128_n192_bf16(%4, %model.layers.0.mlp.gate_proj.weight.packed16, %model.layers.0.mlp.up_proj.weight.packed16, %0, %1) : (memref<?xf32>, memref<?xi16>, memref<?xi16>, memref<?xf32>, index) -> ()
    func.call @linear_k192_n128_residual_bf16(%0, %model.layers.0.mlp.down_proj.weight.packed16, %3, %4, %1) : (memref<?xf32>, memref<?xi16>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%4, %model.layers.1.input_layernorm.weight, %0, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %11 = rlx.view %arena {offset = 1280 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @multi_linear_k128_n128x64x64_bf16(%0, %model.layers.1.self_attn.q_proj.weight.packed16, %model.layers.1.self_attn.k_proj.weight.packed16, %model.layers.1.self_attn.v_proj.weight.packed16, %2, %3, %11, %1) : (memref<?xf32>, memref<?xi16>, memref<?xi16>, memref<?xi16>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g32_eps1em06(%2, %model.layers.1.self_attn.q_norm.weight, %0, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d64_g32_eps1em06(%3, %model.layers.1.self_attn.k_norm.weight, %6, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rope_nh4_hd32(%0, %rope.cos, %rope.sin, %2, %1, %1, %8) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @rope_nh2_hd32(%6, %rope.cos, %rope.sin, %0, %1, %1, %8) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @kv_write_d64(%0, %past_k_1, %1, %1, %8, %9) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @kv_write_d64(%11, %past_v_1, %1, %1, %8, %9) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @attention_nh4_nkv2_hd32_causal_splitk(%2, %past_k_1, %past_v_1, %0, %1, %1, %10, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    %12 = rlx.view %arena {offset = 768 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @linear_k128_n128_residual_bf16(%0, %model.layers.1.self_attn.o_proj.weight.packed16, %4, %12, %1) : (memref<?xf32>, memref<?xi16>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%12, %model.layers.1.post_attention_layernorm.weight, %11, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_swiglu_k128_n192_bf16(%11, %model.layers.1.mlp.gate_proj.weight.packed16, %model.layers.1.mlp.up_proj.weight.packed16, %0, %1) : (memref<?xf32>, memref<?xi16>, memref<?xi16>, memref<?xf32>, index) -> ()
    func.call @linear_k192_n128_residual_bf16(%0, %model.layers.1.mlp.down_proj.weight.packed16, %12, %11, %1) : (memref<?xf32>, memref<?xi16>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%11, %model.norm.weight, %0, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k128_n1024_bf16(%0, %model.embed_tokens.weight.packed16, %logits, %1) : (memref<?xf32>, memref<?xi16>, memref<?xf32>, index) -> ()
    func.return
  }
  func.func private @attention_nh4_nkv2_hd32_causal(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: memref<?xf32>, %4: index, %5: index, %6: index, %7: index) attributes {rlx.kernel = {family = "attention", num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal = true, has_mask = false, variant = "blocked", parallel_min_work = 524288 : i64, query_block = 32 : i64, key_block = 32 : i64, lanes = 16 : i64}} {
    %8 = arith.constant 31 : index
    %9 = arith.addi %5, %8 : index
    %10 = arith.constant 32 : index
    %11 = arith.divui %9, %10 : index
    %12 = arith.constant 2 : index
    %13 = arith.muli %4, %12 : index
    %14 = arith.muli %13, %11 : index
    %15 = arith.subi %6, %5 : index
    %16 = arith.muli %4, %5 : index
    %17 = arith.muli %16, %6 : index
    %18 = arith.constant 128 : index
    %19 = arith.muli %17, %18 : index
    %20 = arith.constant 0 : index
    %21 = arith.constant 1 : index
    %22 = arith.constant 524288 : index
    %23 = arith.cmpi uge, %19, %22 : index
    rlx_cpu.parallel_if %23 {
      "scf.parallel"(%20, %14, %21) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%24: index):
        %25 = arith.remui %24, %11 : index
        %26 = arith.divui %24, %11 : index
        %27 = arith.remui %26, %12 : index
        %28 = arith.divui %26, %12 : index
        %29 = arith.muli %25, %10 : index
        %30 = arith.subi %5, %29 : index
        %31 = arith.minui %30, %10 : index
        %32 = arith.muli %31, %12 : index
        %33 = arith.constant 15 : index
        %34 = arith.addi %32, %33 : index
        %35 = arith.constant 16 : index
        %36 = arith.divui %34, %35 : index
        %37 = arith.subi %32, %21 : index
        %38 = memref.alloca() : memref<256xf32>
        %39 = memref.alloca() : memref<2048xf32>
        %40 = memref.alloca() : memref<2048xf32>
        %41 = arith.muli %28, %7 : index
        %42 = arith.constant 64 : index
        %43 = arith.muli %41, %42 : index
        %44 = arith.muli %27, %10 : index
        %45 = arith.addi %43, %44 : index
        %46 = arith.constant 0.000000e+00 : f32
        %47 = vector.broadcast %46 : f32 to vector<8xf32>
        %48 = vector.broadcast %46 : f32 to vector<16xf32>
        scf.for %49 = %20 to %32 step %21 {
          %50 = arith.divui %49, %12 : index
          %51 = arith.remui %49, %12 : index
          %52 = arith.addi %29, %50 : index
          %53 = arith.muli %27, %12 : index
          %54 = arith.addi %53, %51 : index
          %55 = arith.muli %28, %5 : index
          %56 = arith.addi %55, %52 : index
          %57 = arith.constant 4 : index
          %58 = arith.muli %56, %57 : index
          %59 = arith.addi %58, %54 : index
          %60 = arith.muli %59, %10 : index
          vector.store %47, %3[%60] : memref<?xf32>, vector<8xf32>
          %61 = arith.constant 8 : index
          %62 = arith.addi %60, %61 : index
          vector.store %47, %3[%62] : memref<?xf32>, vector<8xf32>
          %63 = arith.addi %60, %35 : index
          vector.store %47, %3[%63] : memref<?xf32>, vector<8xf32>
          %64 = arith.constant 24 : index
          %65 = arith.addi %60, %64 : index
          vector.store %47, %3[%65] : memref<?xf32>, vector<8xf32>
        }
        %66 = arith.muli %36, %35 : index
        scf.for %67 = %20 to %66 step %21 {
          %68 = arith.minui %67, %37 : index
          %69 = arith.divui %68, %12 : index
          %70 = arith.remui %68, %12 : index
          %71 = arith.addi %29, %69 : index
          %72 = arith.muli %27, %12 : index
          %73 = arith.addi %72, %70 : index
          %74 = arith.muli %28, %5 : index
          %75 = arith.addi %74, %71 : index
          %76 = arith.constant 4 : index
          %77 = arith.muli %75, %76 : index
          %78 = arith.addi %77, %73 : index
          %79 = arith.constant -1.000000e+30 : f32
          memref.store %79, %38[%67] : memref<256xf32>
          %80 = arith.addi %67, %42 : index
          memref.store %46, %38[%80] : memref<256xf32>
          %81 = arith.addi %15, %71 : index
          %82 = arith.addi %81, %21 : index
          %83 = arith.index_cast %82 : index to i64
          %84 = arith.sitofp %83 : i64 to f32
          %85 = arith.constant 192 : index
          %86 = arith.addi %67, %85 : index
          memref.store %84, %38[%86] : memref<256xf32>
        }
        scf.for %87 = %20 to %36 step %21 {
          %88 = arith.muli %87, %35 : index
          %89 = arith.minui %88, %37 : index
          %90 = arith.divui %89, %12 : index
          %91 = arith.remui %89, %12 : index
          %92 = arith.addi %29, %90 : index
          %93 = arith.muli %27, %12 : index
          %94 = arith.addi %93, %91 : index
          %95 = arith.muli %28, %5 : index
          %96 = arith.addi %95, %92 : index
          %97 = arith.constant 4 : index
          %98 = arith.muli %96, %97 : index
          %99 = arith.addi %98, %94 : index
          %100 = arith.muli %99, %10 : index
          %101 = arith.addi %88, %21 : index
          %102 = arith.minui %101, %37 : index
          %103 = arith.divui %102, %12 : index
          %104 = arith.remui %102, %12 : index
          %105 = arith.addi %29, %103 : index
          %106 = arith.addi %93, %104 : index
          %107 = arith.addi %95, %105 : index
          %108 = arith.muli %107, %97 : index
          %109 = arith.addi %108, %106 : index
          %110 = arith.muli %109, %10 : index
          %111 = arith.addi %88, %12 : index
          %112 = arith.minui %111, %37 : index
          %113 = arith.divui %112, %12 : index
          %114 = arith.remui %112, %12 : index
          %115 = arith.addi %29, %113 : index
          %116 = arith.addi %93, %114 : index
          %117 = arith.addi %95, %115 : index
          %118 = arith.muli %117, %97 : index
          %119 = arith.addi %118, %116 : index
          %120 = arith.muli %119, %10 : index
          %121 = arith.constant 3 : index
          %122 = arith.addi %88, %121 : index
          %123 = arith.minui %122, %37 : index
          %124 = arith.divui %123, %12 : index
          %125 = arith.remui %123, %12 : index
          %126 = arith.addi %29, %124 : index
          %127 = arith.addi %93, %125 : index
          %128 = arith.addi %95, %126 : index
          %129 = arith.muli %128, %97 : index
          %130 = arith.addi %129, %127 : index
          %131 = arith.muli %130, %10 : index
          %132 = arith.addi %88, %97 : index
          %133 = arith.minui %132, %37 : index
          %134 = arith.divui %133, %12 : index
          %135 = arith.remui %133, %12 : index
          %136 = arith.addi %29, %134 : index
          %137 = arith.addi %93, %135 : index
          %138 = arith.addi %95, %136 : index
          %139 = arith.muli %138, %97 : index
          %140 = arith.addi %139, %137 : index
          %141 = arith.muli %140, %10 : index
          %142 = arith.constant 5 : index
          %143 = arith.addi %88, %142 : index
          %144 = arith.minui %143, %37 : index
          %145 = arith.divui %144, %12 : index
          %146 = arith.remui %144, %12 : index
          %147 = arith.addi %29, %145 : index
          %148 = arith.addi %93, %146 : index
          %149 = arith.addi %95, %147 : index
          %150 = arith.muli %149, %97 : index
          %151 = arith.addi %150, %148 : index
          %152 = arith.muli %151, %10 : index
          %153 = arith.constant 6 : index
          %154 = arith.addi %88, %153 : index
          %155 = arith.minui %154, %37 : index
          %156 = arith.divui %155, %12 : index
          %157 = arith.remui %155, %12 : index
          %158 = arith.addi %29, %156 : index
          %159 = arith.addi %93, %157 : index
          %160 = arith.addi %95, %158 : index
          %161 = arith.muli %160, %97 : index
          %162 = arith.addi %161, %159 : index
          %163 = arith.muli %162, %10 : index
          %164 = arith.constant 7 : index
          %165 = arith.addi %88, %164 : index
          %166 = arith.minui %165, %37 : index
          %167 = arith.divui %166, %12 : index
          %168 = arith.remui %166, %12 : index
          %169 = arith.addi %29, %167 : index
          %170 = arith.addi %93, %168 : index
          %171 = arith.addi %95, %169 : index
          %172 = arith.muli %171, %97 : index
          %173 = arith.addi %172, %170 : index
          %174 = arith.muli %173, %10 : index
          %175 = arith.constant 8 : index
          %176 = arith.addi %88, %175 : index
          %177 = arith.minui %176, %37 : index
          %178 = arith.divui %177, %12 : index
          %179 = arith.remui %177, %12 : index
          %180 = arith.addi %29, %178 : index
          %181 = arith.addi %93, %179 : index
          %182 = arith.addi %95, %180 : index
          %183 = arith.muli %182, %97 : index
          %184 = arith.addi %183, %181 : index
          %185 = arith.muli %184, %10 : index
          %186 = arith.constant 9 : index
          %187 = arith.addi %88, %186 : index
          %188 = arith.minui %187, %37 : index
          %189 = arith.divui %188, %12 : index
          %190 = arith.remui %188, %12 : index
          %191 = arith.addi %29, %189 : index
          %192 = arith.addi %93, %190 : index
          %193 = arith.addi %95, %191 : index
          %194 = arith.muli %193, %97 : index
          %195 = arith.addi %194, %192 : index
          %196 = arith.muli %195, %10 : index
          %197 = arith.constant 10 : index
          %198 = arith.addi %88, %197 : index
          %199 = arith.minui %198, %37 : index
          %200 = arith.divui %199, %12 : index
          %201 = arith.remui %199, %12 : index
          %202 = arith.addi %29, %200 : index
          %203 = arith.addi %93, %201 : index
          %204 = arith.addi %95, %202 : index
          %205 = arith.muli %204, %97 : index
          %206 = arith.addi %205, %203 : index
          %207 = arith.muli %206, %10 : index
          %208 = arith.constant 11 : index
          %209 = arith.addi %88, %208 : index
          %210 = arith.minui %209, %37 : index
          %211 = arith.divui %210, %12 : index
          %212 = arith.remui %210, %12 : index
          %213 = arith.addi %29, %211 : index
          %214 = arith.addi %93, %212 : index
          %215 = arith.addi %95, %213 : index
          %216 = arith.muli %215, %97 : index
          %217 = arith.addi %216, %214 : index
          %218 = arith.muli %217, %10 : index
          %219 = arith.constant 12 : index
          %220 = arith.addi %88, %219 : index
          %221 = arith.minui %220, %37 : index
          %222 = arith.divui %221, %12 : index
          %223 = arith.remui %221, %12 : index
          %224 = arith.addi %29, %222 : index
          %225 = arith.addi %93, %223 : index
          %226 = arith.addi %95, %224 : index
          %227 = arith.muli %226, %97 : index
          %228 = arith.addi %227, %225 : index
          %229 = arith.muli %228, %10 : index
          %230 = arith.constant 13 : index
          %231 = arith.addi %88, %230 : index
          %232 = arith.minui %231, %37 : index
          %233 = arith.divui %232, %12 : index
          %234 = arith.remui %232, %12 : index
          %235 = arith.addi %29, %233 : index
          %236 = arith.addi %93, %234 : index
          %237 = arith.addi %95, %235 : index
          %238 = arith.muli %237, %97 : index
          %239 = arith.addi %238, %236 : index
          %240 = arith.muli %239, %10 : index
          %241 = arith.constant 14 : index
          %242 = arith.addi %88, %241 : index
          %243 = arith.minui %242, %37 : index
          %244 = arith.divui %243, %12 : index
          %245 = arith.remui %243, %12 : index
          %246 = arith.addi %29, %244 : index
          %247 = arith.addi %93, %245 : index
          %248 = arith.addi %95, %246 : index
          %249 = arith.muli %248, %97 : index
          %250 = arith.addi %249, %247 : index
          %251 = arith.muli %250, %10 : index
          %252 = arith.addi %88, %33 : index
          %253 = arith.minui %252, %37 : index
          %254 = arith.divui %253, %12 : index
          %255 = arith.remui %253, %12 : index
          %256 = arith.addi %29, %254 : index
          %257 = arith.addi %93, %255 : index
          %258 = arith.addi %95, %256 : index
          %259 = arith.muli %258, %97 : index
          %260 = arith.addi %259, %257 : index
          %261 = arith.muli %260, %10 : index
          %262 = arith.constant 0.176776692 : f32
          %263 = vector.broadcast %262 : f32 to vector<16xf32>
          scf.for %264 = %20 to %10 step %35 {
            %265 = arith.addi %100, %264 : index
            %266 = vector.load %0[%265] : memref<?xf32>, vector<16xf32>
            %267 = arith.mulf %266, %263 fastmath<nsz,arcp,afn> : vector<16xf32>
            %268 = arith.addi %110, %264 : index
            %269 = vector.load %0[%268] : memref<?xf32>, vector<16xf32>
            %270 = arith.mulf %269, %263 fastmath<nsz,arcp,afn> : vector<16xf32>
            %271 = arith.addi %120, %264 : index
            %272 = vector.load %0[%271] : memref<?xf32>, vector<16xf32>
            %273 = arith.mulf %272, %263 fastmath<nsz,arcp,afn> : vector<16xf32>
            %274 = arith.addi %131, %264 : index
            %275 = vector.load %0[%274] : memref<?xf32>, vector<16xf32>
            %276 = arith.mulf %275, %263 fastmath<nsz,arcp,afn> : vector<16xf32>
            %277 = arith.addi %141, %264 : index
            %278 = vector.load %0[%277] : memref<?xf32>, vector<16xf32>
            %279 = arith.mulf %278, %263 fastmath<nsz,arcp,afn> : vector<16xf32>
            %280 = arith.addi %152, %264 : index
            %281 = vector.load %0[%280] : memref<?xf32>, vector<16xf32>
            %282 = arith.mulf %281, %263 fastmath<nsz,arcp,afn> : vector<16xf32>
            %283 = arith.addi %163, %264 : index
            %284 = vector.load %0[%283] : memref<?xf32>, vector<16xf32>
            %285 = arith.mulf %284, %263 fastmath<nsz,arcp,afn> : vector<16xf32>
            %286 = arith.addi %174, %264 : index
            %287 = vector.load %0[%286] : memref<?xf32>, vector<16xf32>
            %288 = arith.mulf %287, %263 fastmath<nsz,arcp,afn> : vector<16xf32>
            %289 = arith.addi %185, %264 : index
            %290 = vector.load %0[%289] : memref<?xf32>, vector<16xf32>
            %291 = arith.mulf %290, %263 fastmath<nsz,arcp,afn> : vector<16xf32>
            %292 = arith.addi %196, %264 : index
            %293 = vector.load %0[%292] : memref<?xf32>, vector<16xf32>
            %294 = arith.mulf %293, %263 fastmath<nsz,arcp,afn> : vector<16xf32>
            %295 = arith.addi %207, %264 : index
            %296 = vector.load %0[%295] : memref<?xf32>, vector<16xf32>
            %297 = arith.mulf %296, %263 fastmath<nsz,arcp,afn> : vector<16xf32>
            %298 = arith.addi %218, %264 : index
            %299 = vector.load %0[%298] : memref<?xf32>, vector<16xf32>
            %300 = arith.mulf %299, %263 fastmath<nsz,arcp,afn> : vector<16xf32>
            %301 = arith.addi %229, %264 : index
            %302 = vector.load %0[%301] : memref<?xf32>, vector<16xf32>
            %303 = arith.mulf %302, %263 fastmath<nsz,arcp,afn> : vector<16xf32>
            %304 = arith.addi %240, %264 : index
            %305 = vector.load %0[%304] : memref<?xf32>, vector<16xf32>
            %306 = arith.mulf %305, %263 fastmath<nsz,arcp,afn> : vector<16xf32>
            %307 = arith.addi %251, %264 : index
            %308 = vector.load %0[%307] : memref<?xf32>, vector<16xf32>
            %309 = arith.mulf %308, %263 fastmath<nsz,arcp,afn> : vector<16xf32>
            %310 = arith.addi %261, %264 : index
            %311 = vector.load %0[%310] : memref<?xf32>, vector<16xf32>
            %312 = arith.mulf %311, %263 fastmath<nsz,arcp,afn> : vector<16xf32>
            %313 = vector.shuffle %267, %291 [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23] : vector<16xf32>, vector<16xf32>
            %314 = vector.shuffle %267, %291 [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
            %315 = vector.shuffle %270, %294 [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23] : vector<16xf32>, vector<16xf32>
            %316 = vector.shuffle %270, %294 [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
            %317 = vector.shuffle %273, %297 [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23] : vector<16xf32>, vector<16xf32>
            %318 = vector.shuffle %273, %297 [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
            %319 = vector.shuffle %276, %300 [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23] : vector<16xf32>, vector<16xf32>
            %320 = vector.shuffle %276, %300 [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
            %321 = vector.shuffle %279, %303 [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23] : vector<16xf32>, vector<16xf32>
            %322 = vector.shuffle %279, %303 [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
            %323 = vector.shuffle %282, %306 [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23] : vector<16xf32>, vector<16xf32>
            %324 = vector.shuffle %282, %306 [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
            %325 = vector.shuffle %285, %309 [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23] : vector<16xf32>, vector<16xf32>
            %326 = vector.shuffle %285, %309 [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
            %327 = vector.shuffle %288, %312 [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23] : vector<16xf32>, vector<16xf32>
            %328 = vector.shuffle %288, %312 [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
            %329 = vector.shuffle %313, %321 [0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27] : vector<16xf32>, vector<16xf32>
            %330 = vector.shuffle %313, %321 [4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
            %331 = vector.shuffle %315, %323 [0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27] : vector<16xf32>, vector<16xf32>
            %332 = vector.shuffle %315, %323 [4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
            %333 = vector.shuffle %317, %325 [0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27] : vector<16xf32>, vector<16xf32>
            %334 = vector.shuffle %317, %325 [4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
            %335 = vector.shuffle %319, %327 [0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27] : vector<16xf32>, vector<16xf32>
            %336 = vector.shuffle %319, %327 [4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
            %337 = vector.shuffle %314, %322 [0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27] : vector<16xf32>, vector<16xf32>
            %338 = vector.shuffle %314, %322 [4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
            %339 = vector.shuffle %316, %324 [0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27] : vector<16xf32>, vector<16xf32>
            %340 = vector.shuffle %316, %324 [4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
            %341 = vector.shuffle %318, %326 [0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27] : vector<16xf32>, vector<16xf32>
            %342 = vector.shuffle %318, %326 [4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
            %343 = vector.shuffle %320, %328 [0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27] : vector<16xf32>, vector<16xf32>
            %344 = vector.shuffle %320, %328 [4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
            %345 = vector.shuffle %329, %333 [0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29] : vector<16xf32>, vector<16xf32>
            %346 = vector.shuffle %329, %333 [2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31] : vector<16xf32>, vector<16xf32>
            %347 = vector.shuffle %331, %335 [0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29] : vector<16xf32>, vector<16xf32>
            %348 = vector.shuffle %331, %335 [2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31] : vector<16xf32>, vector<16xf32>
            %349 = vector.shuffle %330, %334 [0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29] : vector<16xf32>, vector<16xf32>
            %350 = vector.shuffle %330, %334 [2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31] : vector<16xf32>, vector<16xf32>
            %351 = vector.shuffle %332, %336 [0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29] : vector<16xf32>, vector<16xf32>
            %352 = vector.shuffle %332, %336 [2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31] : vector<16xf32>, vector<16xf32>
            %353 = vector.shuffle %337, %341 [0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29] : vector<16xf32>, vector<16xf32>
            %354 = vector.shuffle %337, %341 [2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31] : vector<16xf32>, vector<16xf32>
            %355 = vector.shuffle %339, %343 [0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29] : vector<16xf32>, vector<16xf32>
            %356 = vector.shuffle %339, %343 [2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31] : vector<16xf32>, vector<16xf32>
            %357 = vector.shuffle %338, %342 [0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29] : vector<16xf32>, vector<16xf32>
            %358 = vector.shuffle %338, %342 [2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31] : vector<16xf32>, vector<16xf32>
            %359 = vector.shuffle %340, %344 [0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29] : vector<16xf32>, vector<16xf32>
            %360 = vector.shuffle %340, %344 [2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31] : vector<16xf32>, vector<16xf32>
            %361 = vector.shuffle %345, %347 [0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30] : vector<16xf32>, vector<16xf32>
            %362 = vector.shuffle %345, %347 [1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31] : vector<16xf32>, vector<16xf32>
            %363 = vector.shuffle %346, %348 [0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30] : vector<16xf32>, vector<16xf32>
            %364 = vector.shuffle %346, %348 [1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31] : vector<16xf32>, vector<16xf32>
            %365 = vector.shuffle %349, %351 [0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30] : vector<16xf32>, vector<16xf32>
            %366 = vector.shuffle %349, %351 [1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31] : vector<16xf32>, vector<16xf32>
            %367 = vector.shuffle %350, %352 [0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30] : vector<16xf32>, vector<16xf32>
            %368 = vector.shuffle %350, %352 [1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31] : vector<16xf32>, vector<16xf32>
            %369 = vector.shuffle %353, %355 [0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30] : vector<16xf32>, vector<16xf32>
            %370 = vector.shuffle %353, %355 [1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31] : vector<16xf32>, vector<16xf32>
            %371 = vector.shuffle %354, %356 [0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30] : vector<16xf32>, vector<16xf32>
            %372 = vector.shuffle %354, %356 [1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31] : vector<16xf32>, vector<16xf32>
            %373 = vector.shuffle %357, %359 [0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30] : vector<16xf32>, vector<16xf32>
            %374 = vector.shuffle %357, %359 [1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31] : vector<16xf32>, vector<16xf32>
            %375 = vector.shuffle %358, %360 [0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30] : vector<16xf32>, vector<16xf32>
            %376 = vector.shuffle %358, %360 [1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31] : vector<16xf32>, vector<16xf32>
            %377 = arith.muli %264, %42 : index
            %378 = arith.addi %377, %88 : index
            vector.store %361, %40[%378] : memref<2048xf32>, vector<16xf32>
            %379 = arith.addi %264, %21 : index
            %380 = arith.muli %379, %42 : index
            %381 = arith.addi %380, %88 : index
            vector.store %362, %40[%381] : memref<2048xf32>, vector<16xf32>
            %382 = arith.addi %264, %12 : index
            %383 = arith.muli %382, %42 : index
            %384 = arith.addi %383, %88 : index
            vector.store %363, %40[%384] : memref<2048xf32>, vector<16xf32>
            %385 = arith.addi %264, %121 : index
            %386 = arith.muli %385, %42 : index
            %387 = arith.addi %386, %88 : index
            vector.store %364, %40[%387] : memref<2048xf32>, vector<16xf32>
            %388 = arith.addi %264, %97 : index
            %389 = arith.muli %388, %42 : index
            %390 = arith.addi %389, %88 : index
            vector.store %365, %40[%390] : memref<2048xf32>, vector<16xf32>
            %391 = arith.addi %264, %142 : index
            %392 = arith.muli %391, %42 : index
            %393 = arith.addi %392, %88 : index
            vector.store %366, %40[%393] : memref<2048xf32>, vector<16xf32>
            %394 = arith.addi %264, %153 : index
            %395 = arith.muli %394, %42 : index
            %396 = arith.addi %395, %88 : index
            vector.store %367, %40[%396] : memref<2048xf32>, vector<16xf32>
            %397 = arith.addi %264, %164 : index
            %398 = arith.muli %397, %42 : index
            %399 = arith.addi %398, %88 : index
            vector.store %368, %40[%399] : memref<2048xf32>, vector<16xf32>
            %400 = arith.addi %264, %175 : index
            %401 = arith.muli %400, %42 : index
            %402 = arith.addi %401, %88 : index
            vector.store %369, %40[%402] : memref<2048xf32>, vector<16xf32>
            %403 = arith.addi %264, %186 : index
            %404 = arith.muli %403, %42 : index
            %405 = arith.addi %404, %88 : index
            vector.store %370, %40[%405] : memref<2048xf32>, vector<16xf32>
            %406 = arith.addi %264, %197 : index
            %407 = arith.muli %406, %42 : index
            %408 = arith.addi %407, %88 : index
            vector.store %371, %40[%408] : memref<2048xf32>, vector<16xf32>
            %409 = arith.addi %264, %208 : index
            %410 = arith.muli %409, %42 : index
            %411 = arith.addi %410, %88 : index
            vector.store %372, %40[%411] : memref<2048xf32>, vector<16xf32>
            %412 = arith.addi %264, %219 : index
            %413 = arith.muli %412, %42 : index
            %414 = arith.addi %413, %88 : index
            vector.store %373, %40[%414] : memref<2048xf32>, vector<16xf32>
            %415 = arith.addi %264, %230 : index
            %416 = arith.muli %415, %42 : index
            %417 = arith.addi %416, %88 : index
            vector.store %374, %40[%417] : memref<2048xf32>, vector<16xf32>
            %418 = arith.addi %264, %241 : index
            %419 = arith.muli %418, %42 : index
            %420 = arith.addi %419, %88 : index
            vector.store %375, %40[%420] : memref<2048xf32>, vector<16xf32>
            %421 = arith.addi %264, %33 : index
            %422 = arith.muli %421, %42 : index
            %423 = arith.addi %422, %88 : index
            vector.store %376, %40[%423] : memref<2048xf32>, vector<16xf32>
          }
        }
        %424 = arith.addi %15, %29 : index
        %425 = arith.addi %424, %21 : index
        %426 = arith.divui %425, %10 : index
        %427 = arith.muli %426, %10 : index
        %428 = arith.addi %29, %31 : index
        %429 = arith.subi %428, %21 : index
        %430 = arith.addi %15, %429 : index
        %431 = arith.addi %430, %21 : index
        %432 = arith.constant 8 : index
        %433 = arith.divui %431, %432 : index
        %434 = arith.muli %433, %432 : index
        scf.for %435 = %20 to %427 step %10 {
          %436 = arith.muli %435, %42 : index
          %437 = arith.addi %45, %436 : index
          %438 = arith.divui %36, %12 : index
          %439 = arith.muli %438, %12 : index
          scf.for %440 = %20 to %439 step %12 {
            scf.for %441 = %20 to %10 step %432 {
              %442 = arith.muli %441, %42 : index
              %443 = arith.addi %437, %442 : index
              %444 = arith.addi %443, %42 : index
              %445 = arith.addi %443, %18 : index
              %446 = arith.constant 192 : index
              %447 = arith.addi %443, %446 : index
              %448 = arith.constant 256 : index
              %449 = arith.addi %443, %448 : index
              %450 = arith.constant 320 : index
              %451 = arith.addi %443, %450 : index
              %452 = arith.constant 384 : index
              %453 = arith.addi %443, %452 : index
              %454 = arith.constant 448 : index
              %455 = arith.addi %443, %454 : index
              %456 = arith.muli %440, %35 : index
              %457 = arith.addi %440, %21 : index
              %458 = arith.muli %457, %35 : index
              %459 = arith.constant 4 : index
              %460, %461, %462, %463, %464, %465, %466, %467, %468, %469, %470, %471, %472, %473, %474, %475 = scf.for %476 = %20 to %10 step %459 iter_args(%477 = %48, %478 = %48, %479 = %48, %480 = %48, %481 = %48, %482 = %48, %483 = %48, %484 = %48, %485 = %48, %486 = %48, %487 = %48, %488 = %48, %489 = %48, %490 = %48, %491 = %48, %492 = %48) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %493 = arith.muli %476, %42 : index
                %494 = arith.addi %493, %456 : index
                %495 = vector.load %40[%494] : memref<2048xf32>, vector<16xf32>
                %496 = arith.addi %493, %458 : index
                %497 = vector.load %40[%496] : memref<2048xf32>, vector<16xf32>
                %498 = arith.addi %443, %476 : index
                %499 = memref.load %1[%498] : memref<?xf32>
                %500 = vector.broadcast %499 : f32 to vector<16xf32>
                %501 = vector.fma %495, %500, %477 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %502 = vector.fma %497, %500, %485 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %503 = arith.addi %444, %476 : index
                %504 = memref.load %1[%503] : memref<?xf32>
                %505 = vector.broadcast %504 : f32 to vector<16xf32>
                %506 = vector.fma %495, %505, %478 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %507 = vector.fma %497, %505, %486 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %508 = arith.addi %445, %476 : index
                %509 = memref.load %1[%508] : memref<?xf32>
                %510 = vector.broadcast %509 : f32 to vector<16xf32>
                %511 = vector.fma %495, %510, %479 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %512 = vector.fma %497, %510, %487 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %513 = arith.addi %447, %476 : index
                %514 = memref.load %1[%513] : memref<?xf32>
                %515 = vector.broadcast %514 : f32 to vector<16xf32>
                %516 = vector.fma %495, %515, %480 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %517 = vector.fma %497, %515, %488 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %518 = arith.addi %449, %476 : index
                %519 = memref.load %1[%518] : memref<?xf32>
                %520 = vector.broadcast %519 : f32 to vector<16xf32>
                %521 = vector.fma %495, %520, %481 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %522 = vector.fma %497, %520, %489 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %523 = arith.addi %451, %476 : index
                %524 = memref.load %1[%523] : memref<?xf32>
                %525 = vector.broadcast %524 : f32 to vector<16xf32>
                %526 = vector.fma %495, %525, %482 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %527 = vector.fma %497, %525, %490 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %528 = arith.addi %453, %476 : index
                %529 = memref.load %1[%528] : memref<?xf32>
                %530 = vector.broadcast %529 : f32 to vector<16xf32>
                %531 = vector.fma %495, %530, %483 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %532 = vector.fma %497, %530, %491 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %533 = arith.addi %455, %476 : index
                %534 = memref.load %1[%533] : memref<?xf32>
                %535 = vector.broadcast %534 : f32 to vector<16xf32>
                %536 = vector.fma %495, %535, %484 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %537 = vector.fma %497, %535, %492 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %538 = arith.addi %476, %21 : index
                %539 = arith.muli %538, %42 : index
                %540 = arith.addi %539, %456 : index
                %541 = vector.load %40[%540] : memref<2048xf32>, vector<16xf32>
                %542 = arith.addi %539, %458 : index
                %543 = vector.load %40[%542] : memref<2048xf32>, vector<16xf32>
                %544 = arith.addi %443, %538 : index
                %545 = memref.load %1[%544] : memref<?xf32>
                %546 = vector.broadcast %545 : f32 to vector<16xf32>
                %547 = vector.fma %541, %546, %501 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %548 = vector.fma %543, %546, %502 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %549 = arith.addi %444, %538 : index
                %550 = memref.load %1[%549] : memref<?xf32>
                %551 = vector.broadcast %550 : f32 to vector<16xf32>
                %552 = vector.fma %541, %551, %506 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %553 = vector.fma %543, %551, %507 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %554 = arith.addi %445, %538 : index
                %555 = memref.load %1[%554] : memref<?xf32>
                %556 = vector.broadcast %555 : f32 to vector<16xf32>
                %557 = vector.fma %541, %556, %511 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %558 = vector.fma %543, %556, %512 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %559 = arith.addi %447, %538 : index
                %560 = memref.load %1[%559] : memref<?xf32>
                %561 = vector.broadcast %560 : f32 to vector<16xf32>
                %562 = vector.fma %541, %561, %516 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %563 = vector.fma %543, %561, %517 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %564 = arith.addi %449, %538 : index
                %565 = memref.load %1[%564] : memref<?xf32>
                %566 = vector.broadcast %565 : f32 to vector<16xf32>
                %567 = vector.fma %541, %566, %521 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %568 = vector.fma %543, %566, %522 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %569 = arith.addi %451, %538 : index
                %570 = memref.load %1[%569] : memref<?xf32>
                %571 = vector.broadcast %570 : f32 to vector<16xf32>
                %572 = vector.fma %541, %571, %526 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %573 = vector.fma %543, %571, %527 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %574 = arith.addi %453, %538 : index
                %575 = memref.load %1[%574] : memref<?xf32>
                %576 = vector.broadcast %575 : f32 to vector<16xf32>
                %577 = vector.fma %541, %576, %531 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %578 = vector.fma %543, %576, %532 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %579 = arith.addi %455, %538 : index
                %580 = memref.load %1[%579] : memref<?xf32>
                %581 = vector.broadcast %580 : f32 to vector<16xf32>
                %582 = vector.fma %541, %581, %536 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %583 = vector.fma %543, %581, %537 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %584 = arith.addi %476, %12 : index
                %585 = arith.muli %584, %42 : index
                %586 = arith.addi %585, %456 : index
                %587 = vector.load %40[%586] : memref<2048xf32>, vector<16xf32>
                %588 = arith.addi %585, %458 : index
                %589 = vector.load %40[%588] : memref<2048xf32>, vector<16xf32>
                %590 = arith.addi %443, %584 : index
                %591 = memref.load %1[%590] : memref<?xf32>
                %592 = vector.broadcast %591 : f32 to vector<16xf32>
                %593 = vector.fma %587, %592, %547 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %594 = vector.fma %589, %592, %548 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %595 = arith.addi %444, %584 : index
                %596 = memref.load %1[%595] : memref<?xf32>
                %597 = vector.broadcast %596 : f32 to vector<16xf32>
                %598 = vector.fma %587, %597, %552 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %599 = vector.fma %589, %597, %553 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %600 = arith.addi %445, %584 : index
                %601 = memref.load %1[%600] : memref<?xf32>
                %602 = vector.broadcast %601 : f32 to vector<16xf32>
                %603 = vector.fma %587, %602, %557 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %604 = vector.fma %589, %602, %558 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %605 = arith.addi %447, %584 : index
                %606 = memref.load %1[%605] : memref<?xf32>
                %607 = vector.broadcast %606 : f32 to vector<16xf32>
                %608 = vector.fma %587, %607, %562 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %609 = vector.fma %589, %607, %563 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %610 = arith.addi %449, %584 : index
                %611 = memref.load %1[%610] : memref<?xf32>
                %612 = vector.broadcast %611 : f32 to vector<16xf32>
                %613 = vector.fma %587, %612, %567 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %614 = vector.fma %589, %612, %568 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %615 = arith.addi %451, %584 : index
                %616 = memref.load %1[%615] : memref<?xf32>
                %617 = vector.broadcast %616 : f32 to vector<16xf32>
                %618 = vector.fma %587, %617, %572 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %619 = vector.fma %589, %617, %573 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %620 = arith.addi %453, %584 : index
                %621 = memref.load %1[%620] : memref<?xf32>
                %622 = vector.broadcast %621 : f32 to vector<16xf32>
                %623 = vector.fma %587, %622, %577 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %624 = vector.fma %589, %622, %578 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %625 = arith.addi %455, %584 : index
                %626 = memref.load %1[%625] : memref<?xf32>
                %627 = vector.broadcast %626 : f32 to vector<16xf32>
                %628 = vector.fma %587, %627, %582 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %629 = vector.fma %589, %627, %583 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %630 = arith.constant 3 : index
                %631 = arith.addi %476, %630 : index
                %632 = arith.muli %631, %42 : index
                %633 = arith.addi %632, %456 : index
                %634 = vector.load %40[%633] : memref<2048xf32>, vector<16xf32>
                %635 = arith.addi %632, %458 : index
                %636 = vector.load %40[%635] : memref<2048xf32>, vector<16xf32>
                %637 = arith.addi %443, %631 : index
                %638 = memref.load %1[%637] : memref<?xf32>
                %639 = vector.broadcast %638 : f32 to vector<16xf32>
                %640 = vector.fma %634, %639, %593 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %641 = vector.fma %636, %639, %594 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %642 = arith.addi %444, %631 : index
                %643 = memref.load %1[%642] : memref<?xf32>
                %644 = vector.broadcast %643 : f32 to vector<16xf32>
                %645 = vector.fma %634, %644, %598 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %646 = vector.fma %636, %644, %599 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %647 = arith.addi %445, %631 : index
                %648 = memref.load %1[%647] : memref<?xf32>
                %649 = vector.broadcast %648 : f32 to vector<16xf32>
                %650 = vector.fma %634, %649, %603 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %651 = vector.fma %636, %649, %604 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %652 = arith.addi %447, %631 : index
                %653 = memref.load %1[%652] : memref<?xf32>
                %654 = vector.broadcast %653 : f32 to vector<16xf32>
                %655 = vector.fma %634, %654, %608 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %656 = vector.fma %636, %654, %609 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %657 = arith.addi %449, %631 : index
                %658 = memref.load %1[%657] : memref<?xf32>
                %659 = vector.broadcast %658 : f32 to vector<16xf32>
                %660 = vector.fma %634, %659, %613 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %661 = vector.fma %636, %659, %614 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %662 = arith.addi %451, %631 : index
                %663 = memref.load %1[%662] : memref<?xf32>
                %664 = vector.broadcast %663 : f32 to vector<16xf32>
                %665 = vector.fma %634, %664, %618 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %666 = vector.fma %636, %664, %619 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %667 = arith.addi %453, %631 : index
                %668 = memref.load %1[%667] : memref<?xf32>
                %669 = vector.broadcast %668 : f32 to vector<16xf32>
                %670 = vector.fma %634, %669, %623 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %671 = vector.fma %636, %669, %624 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %672 = arith.addi %455, %631 : index
                %673 = memref.load %1[%672] : memref<?xf32>
                %674 = vector.broadcast %673 : f32 to vector<16xf32>
                %675 = vector.fma %634, %674, %628 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %676 = vector.fma %636, %674, %629 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %640, %645, %650, %655, %660, %665, %670, %675, %641, %646, %651, %656, %661, %666, %671, %676 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %677 = arith.muli %440, %10 : index
              %678 = arith.addi %677, %441 : index
              %679 = arith.muli %678, %35 : index
              vector.store %460, %39[%679] : memref<2048xf32>, vector<16xf32>
              %680 = arith.addi %441, %21 : index
              %681 = arith.addi %677, %680 : index
              %682 = arith.muli %681, %35 : index
              vector.store %461, %39[%682] : memref<2048xf32>, vector<16xf32>
              %683 = arith.addi %441, %12 : index
              %684 = arith.addi %677, %683 : index
              %685 = arith.muli %684, %35 : index
              vector.store %462, %39[%685] : memref<2048xf32>, vector<16xf32>
              %686 = arith.constant 3 : index
              %687 = arith.addi %441, %686 : index
              %688 = arith.addi %677, %687 : index
              %689 = arith.muli %688, %35 : index
              vector.store %463, %39[%689] : memref<2048xf32>, vector<16xf32>
              %690 = arith.addi %441, %459 : index
              %691 = arith.addi %677, %690 : index
              %692 = arith.muli %691, %35 : index
              vector.store %464, %39[%692] : memref<2048xf32>, vector<16xf32>
              %693 = arith.constant 5 : index
              %694 = arith.addi %441, %693 : index
              %695 = arith.addi %677, %694 : index
              %696 = arith.muli %695, %35 : index
              vector.store %465, %39[%696] : memref<2048xf32>, vector<16xf32>
              %697 = arith.constant 6 : index
              %698 = arith.addi %441, %697 : index
              %699 = arith.addi %677, %698 : index
              %700 = arith.muli %699, %35 : index
              vector.store %466, %39[%700] : memref<2048xf32>, vector<16xf32>
              %701 = arith.constant 7 : index
              %702 = arith.addi %441, %701 : index
              %703 = arith.addi %677, %702 : index
              %704 = arith.muli %703, %35 : index
              vector.store %467, %39[%704] : memref<2048xf32>, vector<16xf32>
              %705 = arith.muli %457, %10 : index
              %706 = arith.addi %705, %441 : index
              %707 = arith.muli %706, %35 : index
              vector.store %468, %39[%707] : memref<2048xf32>, vector<16xf32>
              %708 = arith.addi %705, %680 : index
              %709 = arith.muli %708, %35 : index
              vector.store %469, %39[%709] : memref<2048xf32>, vector<16xf32>
              %710 = arith.addi %705, %683 : index
              %711 = arith.muli %710, %35 : index
              vector.store %470, %39[%711] : memref<2048xf32>, vector<16xf32>
              %712 = arith.addi %705, %687 : index
              %713 = arith.muli %712, %35 : index
              vector.store %471, %39[%713] : memref<2048xf32>, vector<16xf32>
              %714 = arith.addi %705, %690 : index
              %715 = arith.muli %714, %35 : index
              vector.store %472, %39[%715] : memref<2048xf32>, vector<16xf32>
              %716 = arith.addi %705, %694 : index
              %717 = arith.muli %716, %35 : index
              vector.store %473, %39[%717] : memref<2048xf32>, vector<16xf32>
              %718 = arith.addi %705, %698 : index
              %719 = arith.muli %718, %35 : index
              vector.store %474, %39[%719] : memref<2048xf32>, vector<16xf32>
              %720 = arith.addi %705, %702 : index
              %721 = arith.muli %720, %35 : index
              vector.store %475, %39[%721] : memref<2048xf32>, vector<16xf32>
            }
          }
          scf.for %722 = %439 to %36 step %21 {
            scf.for %723 = %20 to %10 step %432 {
              %724 = arith.muli %723, %42 : index
              %725 = arith.addi %437, %724 : index
              %726 = arith.addi %725, %42 : index
              %727 = arith.addi %725, %18 : index
              %728 = arith.constant 192 : index
              %729 = arith.addi %725, %728 : index
              %730 = arith.constant 256 : index
              %731 = arith.addi %725, %730 : index
              %732 = arith.constant 320 : index
              %733 = arith.addi %725, %732 : index
              %734 = arith.constant 384 : index
              %735 = arith.addi %725, %734 : index
              %736 = arith.constant 448 : index
              %737 = arith.addi %725, %736 : index
              %738 = arith.muli %722, %35 : index
              %739 = arith.constant 4 : index
              %740, %741, %742, %743, %744, %745, %746, %747 = scf.for %748 = %20 to %10 step %739 iter_args(%749 = %48, %750 = %48, %751 = %48, %752 = %48, %753 = %48, %754 = %48, %755 = %48, %756 = %48) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %757 = arith.muli %748, %42 : index
                %758 = arith.addi %757, %738 : index
                %759 = vector.load %40[%758] : memref<2048xf32>, vector<16xf32>
                %760 = arith.addi %725, %748 : index
                %761 = memref.load %1[%760] : memref<?xf32>
                %762 = vector.broadcast %761 : f32 to vector<16xf32>
                %763 = vector.fma %759, %762, %749 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %764 = arith.addi %726, %748 : index
                %765 = memref.load %1[%764] : memref<?xf32>
                %766 = vector.broadcast %765 : f32 to vector<16xf32>
                %767 = vector.fma %759, %766, %750 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %768 = arith.addi %727, %748 : index
                %769 = memref.load %1[%768] : memref<?xf32>
                %770 = vector.broadcast %769 : f32 to vector<16xf32>
                %771 = vector.fma %759, %770, %751 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %772 = arith.addi %729, %748 : index
                %773 = memref.load %1[%772] : memref<?xf32>
                %774 = vector.broadcast %773 : f32 to vector<16xf32>
                %775 = vector.fma %759, %774, %752 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %776 = arith.addi %731, %748 : index
                %777 = memref.load %1[%776] : memref<?xf32>
                %778 = vector.broadcast %777 : f32 to vector<16xf32>
                %779 = vector.fma %759, %778, %753 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %780 = arith.addi %733, %748 : index
                %781 = memref.load %1[%780] : memref<?xf32>
                %782 = vector.broadcast %781 : f32 to vector<16xf32>
                %783 = vector.fma %759, %782, %754 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %784 = arith.addi %735, %748 : index
                %785 = memref.load %1[%784] : memref<?xf32>
                %786 = vector.broadcast %785 : f32 to vector<16xf32>
                %787 = vector.fma %759, %786, %755 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %788 = arith.addi %737, %748 : index
                %789 = memref.load %1[%788] : memref<?xf32>
                %790 = vector.broadcast %789 : f32 to vector<16xf32>
                %791 = vector.fma %759, %790, %756 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %792 = arith.addi %748, %21 : index
                %793 = arith.muli %792, %42 : index
                %794 = arith.addi %793, %738 : index
                %795 = vector.load %40[%794] : memref<2048xf32>, vector<16xf32>
                %796 = arith.addi %725, %792 : index
                %797 = memref.load %1[%796] : memref<?xf32>
                %798 = vector.broadcast %797 : f32 to vector<16xf32>
                %799 = vector.fma %795, %798, %763 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %800 = arith.addi %726, %792 : index
                %801 = memref.load %1[%800] : memref<?xf32>
                %802 = vector.broadcast %801 : f32 to vector<16xf32>
                %803 = vector.fma %795, %802, %767 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %804 = arith.addi %727, %792 : index
                %805 = memref.load %1[%804] : memref<?xf32>
                %806 = vector.broadcast %805 : f32 to vector<16xf32>
                %807 = vector.fma %795, %806, %771 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %808 = arith.addi %729, %792 : index
                %809 = memref.load %1[%808] : memref<?xf32>
                %810 = vector.broadcast %809 : f32 to vector<16xf32>
                %811 = vector.fma %795, %810, %775 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %812 = arith.addi %731, %792 : index
                %813 = memref.load %1[%812] : memref<?xf32>
                %814 = vector.broadcast %813 : f32 to vector<16xf32>
                %815 = vector.fma %795, %814, %779 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %816 = arith.addi %733, %792 : index
                %817 = memref.load %1[%816] : memref<?xf32>
                %818 = vector.broadcast %817 : f32 to vector<16xf32>
                %819 = vector.fma %795, %818, %783 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %820 = arith.addi %735, %792 : index
                %821 = memref.load %1[%820] : memref<?xf32>
                %822 = vector.broadcast %821 : f32 to vector<16xf32>
                %823 = vector.fma %795, %822, %787 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %824 = arith.addi %737, %792 : index
                %825 = memref.load %1[%824] : memref<?xf32>
                %826 = vector.broadcast %825 : f32 to vector<16xf32>
                %827 = vector.fma %795, %826, %791 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %828 = arith.addi %748, %12 : index
                %829 = arith.muli %828, %42 : index
                %830 = arith.addi %829, %738 : index
                %831 = vector.load %40[%830] : memref<2048xf32>, vector<16xf32>
                %832 = arith.addi %725, %828 : index
                %833 = memref.load %1[%832] : memref<?xf32>
                %834 = vector.broadcast %833 : f32 to vector<16xf32>
                %835 = vector.fma %831, %834, %799 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %836 = arith.addi %726, %828 : index
                %837 = memref.load %1[%836] : memref<?xf32>
                %838 = vector.broadcast %837 : f32 to vector<16xf32>
                %839 = vector.fma %831, %838, %803 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %840 = arith.addi %727, %828 : index
                %841 = memref.load %1[%840] : memref<?xf32>
                %842 = vector.broadcast %841 : f32 to vector<16xf32>
                %843 = vector.fma %831, %842, %807 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %844 = arith.addi %729, %828 : index
                %845 = memref.load %1[%844] : memref<?xf32>
                %846 = vector.broadcast %845 : f32 to vector<16xf32>
                %847 = vector.fma %831, %846, %811 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %848 = arith.addi %731, %828 : index
                %849 = memref.load %1[%848] : memref<?xf32>
                %850 = vector.broadcast %849 : f32 to vector<16xf32>
                %851 = vector.fma %831, %850, %815 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %852 = arith.addi %733, %828 : index
                %853 = memref.load %1[%852] : memref<?xf32>
                %854 = vector.broadcast %853 : f32 to vector<16xf32>
                %855 = vector.fma %831, %854, %819 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %856 = arith.addi %735, %828 : index
                %857 = memref.load %1[%856] : memref<?xf32>
                %858 = vector.broadcast %857 : f32 to vector<16xf32>
                %859 = vector.fma %831, %858, %823 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %860 = arith.addi %737, %828 : index
                %861 = memref.load %1[%860] : memref<?xf32>
                %862 = vector.broadcast %861 : f32 to vector<16xf32>
                %863 = vector.fma %831, %862, %827 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %864 = arith.constant 3 : index
                %865 = arith.addi %748, %864 : index
                %866 = arith.muli %865, %42 : index
                %867 = arith.addi %866, %738 : index
                %868 = vector.load %40[%867] : memref<2048xf32>, vector<16xf32>
                %869 = arith.addi %725, %865 : index
                %870 = memref.load %1[%869] : memref<?xf32>
                %871 = vector.broadcast %870 : f32 to vector<16xf32>
                %872 = vector.fma %868, %871, %835 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %873 = arith.addi %726, %865 : index
                %874 = memref.load %1[%873] : memref<?xf32>
                %875 = vector.broadcast %874 : f32 to vector<16xf32>
                %876 = vector.fma %868, %875, %839 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %877 = arith.addi %727, %865 : index
                %878 = memref.load %1[%877] : memref<?xf32>
                %879 = vector.broadcast %878 : f32 to vector<16xf32>
                %880 = vector.fma %868, %879, %843 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %881 = arith.addi %729, %865 : index
                %882 = memref.load %1[%881] : memref<?xf32>
                %883 = vector.broadcast %882 : f32 to vector<16xf32>
                %884 = vector.fma %868, %883, %847 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %885 = arith.addi %731, %865 : index
                %886 = memref.load %1[%885] : memref<?xf32>
                %887 = vector.broadcast %886 : f32 to vector<16xf32>
                %888 = vector.fma %868, %887, %851 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %889 = arith.addi %733, %865 : index
                %890 = memref.load %1[%889] : memref<?xf32>
                %891 = vector.broadcast %890 : f32 to vector<16xf32>
                %892 = vector.fma %868, %891, %855 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %893 = arith.addi %735, %865 : index
                %894 = memref.load %1[%893] : memref<?xf32>
                %895 = vector.broadcast %894 : f32 to vector<16xf32>
                %896 = vector.fma %868, %895, %859 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %897 = arith.addi %737, %865 : index
                %898 = memref.load %1[%897] : memref<?xf32>
                %899 = vector.broadcast %898 : f32 to vector<16xf32>
                %900 = vector.fma %868, %899, %863 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %872, %876, %880, %884, %888, %892, %896, %900 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %901 = arith.muli %722, %10 : index
              %902 = arith.addi %901, %723 : index
              %903 = arith.muli %902, %35 : index
              vector.store %740, %39[%903] : memref<2048xf32>, vector<16xf32>
              %904 = arith.addi %723, %21 : index
              %905 = arith.addi %901, %904 : index
              %906 = arith.muli %905, %35 : index
              vector.store %741, %39[%906] : memref<2048xf32>, vector<16xf32>
              %907 = arith.addi %723, %12 : index
              %908 = arith.addi %901, %907 : index
              %909 = arith.muli %908, %35 : index
              vector.store %742, %39[%909] : memref<2048xf32>, vector<16xf32>
              %910 = arith.constant 3 : index
              %911 = arith.addi %723, %910 : index
              %912 = arith.addi %901, %911 : index
              %913 = arith.muli %912, %35 : index
              vector.store %743, %39[%913] : memref<2048xf32>, vector<16xf32>
              %914 = arith.addi %723, %739 : index
              %915 = arith.addi %901, %914 : index
              %916 = arith.muli %915, %35 : index
              vector.store %744, %39[%916] : memref<2048xf32>, vector<16xf32>
              %917 = arith.constant 5 : index
              %918 = arith.addi %723, %917 : index
              %919 = arith.addi %901, %918 : index
              %920 = arith.muli %919, %35 : index
              vector.store %745, %39[%920] : memref<2048xf32>, vector<16xf32>
              %921 = arith.constant 6 : index
              %922 = arith.addi %723, %921 : index
              %923 = arith.addi %901, %922 : index
              %924 = arith.muli %923, %35 : index
              vector.store %746, %39[%924] : memref<2048xf32>, vector<16xf32>
              %925 = arith.constant 7 : index
              %926 = arith.addi %723, %925 : index
              %927 = arith.addi %901, %926 : index
              %928 = arith.muli %927, %35 : index
              vector.store %747, %39[%928] : memref<2048xf32>, vector<16xf32>
            }
          }
          scf.for %929 = %20 to %36 step %21 {
            %930 = arith.muli %929, %35 : index
            %931 = arith.constant 512 : index
            %932 = arith.muli %929, %931 : index
            %933 = vector.load %38[%930] : memref<256xf32>, vector<16xf32>
            %934 = scf.for %935 = %20 to %10 step %432 iter_args(%936 = %933) -> (vector<16xf32>) {
              %937 = arith.muli %935, %35 : index
              %938 = arith.addi %932, %937 : index
              %939 = vector.load %39[%938] : memref<2048xf32>, vector<16xf32>
              %940 = arith.addi %935, %21 : index
              %941 = arith.muli %940, %35 : index
              %942 = arith.addi %932, %941 : index
              %943 = vector.load %39[%942] : memref<2048xf32>, vector<16xf32>
              %944 = arith.addi %935, %12 : index
              %945 = arith.muli %944, %35 : index
              %946 = arith.addi %932, %945 : index
              %947 = vector.load %39[%946] : memref<2048xf32>, vector<16xf32>
              %948 = arith.constant 3 : index
              %949 = arith.addi %935, %948 : index
              %950 = arith.muli %949, %35 : index
              %951 = arith.addi %932, %950 : index
              %952 = vector.load %39[%951] : memref<2048xf32>, vector<16xf32>
              %953 = arith.constant 4 : index
              %954 = arith.addi %935, %953 : index
              %955 = arith.muli %954, %35 : index
              %956 = arith.addi %932, %955 : index
              %957 = vector.load %39[%956] : memref<2048xf32>, vector<16xf32>
              %958 = arith.constant 5 : index
              %959 = arith.addi %935, %958 : index
              %960 = arith.muli %959, %35 : index
              %961 = arith.addi %932, %960 : index
              %962 = vector.load %39[%961] : memref<2048xf32>, vector<16xf32>
              %963 = arith.constant 6 : index
              %964 = arith.addi %935, %963 : index
              %965 = arith.muli %964, %35 : index
              %966 = arith.addi %932, %965 : index
              %967 = vector.load %39[%966] : memref<2048xf32>, vector<16xf32>
              %968 = arith.constant 7 : index
              %969 = arith.addi %935, %968 : index
              %970 = arith.muli %969, %35 : index
              %971 = arith.addi %932, %970 : index
              %972 = vector.load %39[%971] : memref<2048xf32>, vector<16xf32>
              %973 = arith.cmpf ogt, %939, %943 : vector<16xf32>
              %974 = arith.select %973, %939, %943 : vector<16xf32>
              %975 = arith.cmpf ogt, %947, %952 : vector<16xf32>
              %976 = arith.select %975, %947, %952 : vector<16xf32>
              %977 = arith.cmpf ogt, %957, %962 : vector<16xf32>
              %978 = arith.select %977, %957, %962 : vector<16xf32>
              %979 = arith.cmpf ogt, %967, %972 : vector<16xf32>
              %980 = arith.select %979, %967, %972 : vector<16xf32>
              %981 = arith.cmpf ogt, %974, %976 : vector<16xf32>
              %982 = arith.select %981, %974, %976 : vector<16xf32>
              %983 = arith.cmpf ogt, %978, %980 : vector<16xf32>
              %984 = arith.select %983, %978, %980 : vector<16xf32>
              %985 = arith.cmpf ogt, %982, %984 : vector<16xf32>
              %986 = arith.select %985, %982, %984 : vector<16xf32>
              %987 = arith.cmpf ogt, %936, %986 : vector<16xf32>
              %988 = arith.select %987, %936, %986 : vector<16xf32>
              scf.yield %988 : vector<16xf32>
            }
            %989 = scf.for %990 = %20 to %10 step %432 iter_args(%991 = %48) -> (vector<16xf32>) {
              %992 = arith.muli %990, %35 : index
              %993 = arith.addi %932, %992 : index
              %994 = vector.load %39[%993] : memref<2048xf32>, vector<16xf32>
              %995 = arith.addi %990, %21 : index
              %996 = arith.muli %995, %35 : index
              %997 = arith.addi %932, %996 : index
              %998 = vector.load %39[%997] : memref<2048xf32>, vector<16xf32>
              %999 = arith.addi %990, %12 : index
              %1000 = arith.muli %999, %35 : index
              %1001 = arith.addi %932, %1000 : index
              %1002 = vector.load %39[%1001] : memref<2048xf32>, vector<16xf32>
              %1003 = arith.constant 3 : index
              %1004 = arith.addi %990, %1003 : index
              %1005 = arith.muli %1004, %35 : index
              %1006 = arith.addi %932, %1005 : index
              %1007 = vector.load %39[%1006] : memref<2048xf32>, vector<16xf32>
              %1008 = arith.constant 4 : index
              %1009 = arith.addi %990, %1008 : index
              %1010 = arith.muli %1009, %35 : index
              %1011 = arith.addi %932, %1010 : index
              %1012 = vector.load %39[%1011] : memref<2048xf32>, vector<16xf32>
              %1013 = arith.constant 5 : index
              %1014 = arith.addi %990, %1013 : index
              %1015 = arith.muli %1014, %35 : index
              %1016 = arith.addi %932, %1015 : index
              %1017 = vector.load %39[%1016] : memref<2048xf32>, vector<16xf32>
              %1018 = arith.constant 6 : index
              %1019 = arith.addi %990, %1018 : index
              %1020 = arith.muli %1019, %35 : index
              %1021 = arith.addi %932, %1020 : index
              %1022 = vector.load %39[%1021] : memref<2048xf32>, vector<16xf32>
              %1023 = arith.constant 7 : index
              %1024 = arith.addi %990, %1023 : index
              %1025 = arith.muli %1024, %35 : index
              %1026 = arith.addi %932, %1025 : index
              %1027 = vector.load %39[%1026] : memref<2048xf32>, vector<16xf32>
              %1028 = arith.subf %994, %934 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1029 = arith.constant -8.700000e+01 : f32
              %1030 = vector.broadcast %1029 : f32 to vector<16xf32>
              %1031 = arith.cmpf ogt, %1028, %1030 : vector<16xf32>
              %1032 = arith.select %1031, %1028, %1030 : vector<16xf32>
              %1033 = arith.constant 8.800000e+01 : f32
              %1034 = vector.broadcast %1033 : f32 to vector<16xf32>
              %1035 = arith.cmpf olt, %1032, %1034 : vector<16xf32>
              %1036 = arith.select %1035, %1032, %1034 : vector<16xf32>
              %1037 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %1038 = arith.minnumf %1036, %1037 : vector<16xf32>
              %1039 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %1040 = arith.maxnumf %1038, %1039 : vector<16xf32>
              %1041 = arith.constant dense<1.44269502> : vector<16xf32>
              %1042 = arith.mulf %1040, %1041 fastmath<contract> : vector<16xf32>
              %1043 = rlx_cpu.rint %1042 : vector<16xf32>
              %1044 = arith.constant dense<0.693359375> : vector<16xf32>
              %1045 = arith.mulf %1043, %1044 fastmath<contract> : vector<16xf32>
              %1046 = arith.subf %1040, %1045 fastmath<contract> : vector<16xf32>
              %1047 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %1048 = arith.mulf %1043, %1047 fastmath<contract> : vector<16xf32>
              %1049 = arith.subf %1046, %1048 fastmath<contract> : vector<16xf32>
              %1050 = arith.constant dense<0.000198756912> : vector<16xf32>
              %1051 = arith.mulf %1050, %1049 fastmath<contract> : vector<16xf32>
              %1052 = arith.constant dense<0.00139819994> : vector<16xf32>
              %1053 = arith.addf %1051, %1052 fastmath<contract> : vector<16xf32>
              %1054 = arith.mulf %1053, %1049 fastmath<contract> : vector<16xf32>
              %1055 = arith.constant dense<0.00833345205> : vector<16xf32>
              %1056 = arith.addf %1054, %1055 fastmath<contract> : vector<16xf32>
              %1057 = arith.mulf %1056, %1049 fastmath<contract> : vector<16xf32>
              %1058 = arith.constant dense<0.0416657962> : vector<16xf32>
              %1059 = arith.addf %1057, %1058 fastmath<contract> : vector<16xf32>
              %1060 = arith.mulf %1059, %1049 fastmath<contract> : vector<16xf32>
              %1061 = arith.constant dense<0.166666657> : vector<16xf32>
              %1062 = arith.addf %1060, %1061 fastmath<contract> : vector<16xf32>
              %1063 = arith.mulf %1062, %1049 fastmath<contract> : vector<16xf32>
              %1064 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %1065 = arith.addf %1063, %1064 fastmath<contract> : vector<16xf32>
              %1066 = arith.mulf %1049, %1049 fastmath<contract> : vector<16xf32>
              %1067 = arith.mulf %1065, %1066 fastmath<contract> : vector<16xf32>
              %1068 = arith.addf %1067, %1049 fastmath<contract> : vector<16xf32>
              %1069 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %1070 = arith.addf %1068, %1069 fastmath<contract> : vector<16xf32>
              %1071 = arith.fptosi %1043 : vector<16xf32> to vector<16xi32>
              %1072 = arith.constant dense<23> : vector<16xi32>
              %1073 = arith.shli %1071, %1072 : vector<16xi32>
              %1074 = arith.bitcast %1070 : vector<16xf32> to vector<16xi32>
              %1075 = arith.addi %1074, %1073 : vector<16xi32>
              %1076 = arith.bitcast %1075 : vector<16xi32> to vector<16xf32>
              %1077 = arith.constant dense<-87.3365479> : vector<16xf32>
              %1078 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %1079 = arith.cmpf olt, %1036, %1077 : vector<16xf32>
              %1080 = arith.select %1079, %1078, %1076 : vector<16xf32>
              %1081 = arith.constant dense<88.7228394> : vector<16xf32>
              %1082 = arith.constant dense<0x7f800000> : vector<16xf32>
              %1083 = arith.cmpf ogt, %1036, %1081 : vector<16xf32>
              %1084 = arith.select %1083, %1082, %1080 : vector<16xf32>
              %1085 = arith.cmpf uno, %1036, %1036 : vector<16xf32>
              %1086 = arith.select %1085, %1036, %1084 : vector<16xf32>
              vector.store %1086, %39[%993] : memref<2048xf32>, vector<16xf32>
              %1087 = arith.subf %998, %934 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1088 = arith.cmpf ogt, %1087, %1030 : vector<16xf32>
              %1089 = arith.select %1088, %1087, %1030 : vector<16xf32>
              %1090 = arith.cmpf olt, %1089, %1034 : vector<16xf32>
              %1091 = arith.select %1090, %1089, %1034 : vector<16xf32>
              %1092 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %1093 = arith.minnumf %1091, %1092 : vector<16xf32>
              %1094 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %1095 = arith.maxnumf %1093, %1094 : vector<16xf32>
              %1096 = arith.constant dense<1.44269502> : vector<16xf32>
              %1097 = arith.mulf %1095, %1096 fastmath<contract> : vector<16xf32>
              %1098 = rlx_cpu.rint %1097 : vector<16xf32>
              %1099 = arith.constant dense<0.693359375> : vector<16xf32>
              %1100 = arith.mulf %1098, %1099 fastmath<contract> : vector<16xf32>
              %1101 = arith.subf %1095, %1100 fastmath<contract> : vector<16xf32>
              %1102 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %1103 = arith.mulf %1098, %1102 fastmath<contract> : vector<16xf32>
              %1104 = arith.subf %1101, %1103 fastmath<contract> : vector<16xf32>
              %1105 = arith.constant dense<0.000198756912> : vector<16xf32>
              %1106 = arith.mulf %1105, %1104 fastmath<contract> : vector<16xf32>
              %1107 = arith.constant dense<0.00139819994> : vector<16xf32>
              %1108 = arith.addf %1106, %1107 fastmath<contract> : vector<16xf32>
              %1109 = arith.mulf %1108, %1104 fastmath<contract> : vector<16xf32>
              %1110 = arith.constant dense<0.00833345205> : vector<16xf32>
              %1111 = arith.addf %1109, %1110 fastmath<contract> : vector<16xf32>
              %1112 = arith.mulf %1111, %1104 fastmath<contract> : vector<16xf32>
              %1113 = arith.constant dense<0.0416657962> : vector<16xf32>
              %1114 = arith.addf %1112, %1113 fastmath<contract> : vector<16xf32>
              %1115 = arith.mulf %1114, %1104 fastmath<contract> : vector<16xf32>
              %1116 = arith.constant dense<0.166666657> : vector<16xf32>
              %1117 = arith.addf %1115, %1116 fastmath<contract> : vector<16xf32>
              %1118 = arith.mulf %1117, %1104 fastmath<contract> : vector<16xf32>
              %1119 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %1120 = arith.addf %1118, %1119 fastmath<contract> : vector<16xf32>
              %1121 = arith.mulf %1104, %1104 fastmath<contract> : vector<16xf32>
              %1122 = arith.mulf %1120, %1121 fastmath<contract> : vector<16xf32>
              %1123 = arith.addf %1122, %1104 fastmath<contract> : vector<16xf32>
              %1124 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %1125 = arith.addf %1123, %1124 fastmath<contract> : vector<16xf32>
              %1126 = arith.fptosi %1098 : vector<16xf32> to vector<16xi32>
              %1127 = arith.constant dense<23> : vector<16xi32>
              %1128 = arith.shli %1126, %1127 : vector<16xi32>
              %1129 = arith.bitcast %1125 : vector<16xf32> to vector<16xi32>
              %1130 = arith.addi %1129, %1128 : vector<16xi32>
              %1131 = arith.bitcast %1130 : vector<16xi32> to vector<16xf32>
              %1132 = arith.constant dense<-87.3365479> : vector<16xf32>
              %1133 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %1134 = arith.cmpf olt, %1091, %1132 : vector<16xf32>
              %1135 = arith.select %1134, %1133, %1131 : vector<16xf32>
              %1136 = arith.constant dense<88.7228394> : vector<16xf32>
              %1137 = arith.constant dense<0x7f800000> : vector<16xf32>
              %1138 = arith.cmpf ogt, %1091, %1136 : vector<16xf32>
              %1139 = arith.select %1138, %1137, %1135 : vector<16xf32>
              %1140 = arith.cmpf uno, %1091, %1091 : vector<16xf32>
              %1141 = arith.select %1140, %1091, %1139 : vector<16xf32>
              vector.store %1141, %39[%997] : memref<2048xf32>, vector<16xf32>
              %1142 = arith.subf %1002, %934 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1143 = arith.cmpf ogt, %1142, %1030 : vector<16xf32>
              %1144 = arith.select %1143, %1142, %1030 : vector<16xf32>
              %1145 = arith.cmpf olt, %1144, %1034 : vector<16xf32>
              %1146 = arith.select %1145, %1144, %1034 : vector<16xf32>
              %1147 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %1148 = arith.minnumf %1146, %1147 : vector<16xf32>
              %1149 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %1150 = arith.maxnumf %1148, %1149 : vector<16xf32>
              %1151 = arith.constant dense<1.44269502> : vector<16xf32>
              %1152 = arith.mulf %1150, %1151 fastmath<contract> : vector<16xf32>
              %1153 = rlx_cpu.rint %1152 : vector<16xf32>
              %1154 = arith.constant dense<0.693359375> : vector<16xf32>
              %1155 = arith.mulf %1153, %1154 fastmath<contract> : vector<16xf32>
              %1156 = arith.subf %1150, %1155 fastmath<contract> : vector<16xf32>
              %1157 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %1158 = arith.mulf %1153, %1157 fastmath<contract> : vector<16xf32>
              %1159 = arith.subf %1156, %1158 fastmath<contract> : vector<16xf32>
              %1160 = arith.constant dense<0.000198756912> : vector<16xf32>
              %1161 = arith.mulf %1160, %1159 fastmath<contract> : vector<16xf32>
              %1162 = arith.constant dense<0.00139819994> : vector<16xf32>
              %1163 = arith.addf %1161, %1162 fastmath<contract> : vector<16xf32>
              %1164 = arith.mulf %1163, %1159 fastmath<contract> : vector<16xf32>
              %1165 = arith.constant dense<0.00833345205> : vector<16xf32>
              %1166 = arith.addf %1164, %1165 fastmath<contract> : vector<16xf32>
              %1167 = arith.mulf %1166, %1159 fastmath<contract> : vector<16xf32>
              %1168 = arith.constant dense<0.0416657962> : vector<16xf32>
              %1169 = arith.addf %1167, %1168 fastmath<contract> : vector<16xf32>
              %1170 = arith.mulf %1169, %1159 fastmath<contract> : vector<16xf32>
              %1171 = arith.constant dense<0.166666657> : vector<16xf32>
              %1172 = arith.addf %1170, %1171 fastmath<contract> : vector<16xf32>
              %1173 = arith.mulf %1172, %1159 fastmath<contract> : vector<16xf32>
              %1174 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %1175 = arith.addf %1173, %1174 fastmath<contract> : vector<16xf32>
              %1176 = arith.mulf %1159, %1159 fastmath<contract> : vector<16xf32>
              %1177 = arith.mulf %1175, %1176 fastmath<contract> : vector<16xf32>
              %1178 = arith.addf %1177, %1159 fastmath<contract> : vector<16xf32>
              %1179 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %1180 = arith.addf %1178, %1179 fastmath<contract> : vector<16xf32>
              %1181 = arith.fptosi %1153 : vector<16xf32> to vector<16xi32>
              %1182 = arith.constant dense<23> : vector<16xi32>
              %1183 = arith.shli %1181, %1182 : vector<16xi32>
              %1184 = arith.bitcast %1180 : vector<16xf32> to vector<16xi32>
              %1185 = arith.addi %1184, %1183 : vector<16xi32>
              %1186 = arith.bitcast %1185 : vector<16xi32> to vector<16xf32>
              %1187 = arith.constant dense<-87.3365479> : vector<16xf32>
              %1188 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %1189 = arith.cmpf olt, %1146, %1187 : vector<16xf32>
              %1190 = arith.select %1189, %1188, %1186 : vector<16xf32>
              %1191 = arith.constant dense<88.7228394> : vector<16xf32>
              %1192 = arith.constant dense<0x7f800000> : vector<16xf32>
              %1193 = arith.cmpf ogt, %1146, %1191 : vector<16xf32>
              %1194 = arith.select %1193, %1192, %1190 : vector<16xf32>
              %1195 = arith.cmpf uno, %1146, %1146 : vector<16xf32>
              %1196 = arith.select %1195, %1146, %1194 : vector<16xf32>
              vector.store %1196, %39[%1001] : memref<2048xf32>, vector<16xf32>
              %1197 = arith.subf %1007, %934 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1198 = arith.cmpf ogt, %1197, %1030 : vector<16xf32>
              %1199 = arith.select %1198, %1197, %1030 : vector<16xf32>
              %1200 = arith.cmpf olt, %1199, %1034 : vector<16xf32>
              %1201 = arith.select %1200, %1199, %1034 : vector<16xf32>
              %1202 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %1203 = arith.minnumf %1201, %1202 : vector<16xf32>
              %1204 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %1205 = arith.maxnumf %1203, %1204 : vector<16xf32>
              %1206 = arith.constant dense<1.44269502> : vector<16xf32>
              %1207 = arith.mulf %1205, %1206 fastmath<contract> : vector<16xf32>
              %1208 = rlx_cpu.rint %1207 : vector<16xf32>
              %1209 = arith.constant dense<0.693359375> : vector<16xf32>
              %1210 = arith.mulf %1208, %1209 fastmath<contract> : vector<16xf32>
              %1211 = arith.subf %1205, %1210 fastmath<contract> : vector<16xf32>
              %1212 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %1213 = arith.mulf %1208, %1212 fastmath<contract> : vector<16xf32>
              %1214 = arith.subf %1211, %1213 fastmath<contract> : vector<16xf32>
              %1215 = arith.constant dense<0.000198756912> : vector<16xf32>
              %1216 = arith.mulf %1215, %1214 fastmath<contract> : vector<16xf32>
              %1217 = arith.constant dense<0.00139819994> : vector<16xf32>
              %1218 = arith.addf %1216, %1217 fastmath<contract> : vector<16xf32>
              %1219 = arith.mulf %1218, %1214 fastmath<contract> : vector<16xf32>
              %1220 = arith.constant dense<0.00833345205> : vector<16xf32>
              %1221 = arith.addf %1219, %1220 fastmath<contract> : vector<16xf32>
              %1222 = arith.mulf %1221, %1214 fastmath<contract> : vector<16xf32>
              %1223 = arith.constant dense<0.0416657962> : vector<16xf32>
              %1224 = arith.addf %1222, %1223 fastmath<contract> : vector<16xf32>
              %1225 = arith.mulf %1224, %1214 fastmath<contract> : vector<16xf32>
              %1226 = arith.constant dense<0.166666657> : vector<16xf32>
              %1227 = arith.addf %1225, %1226 fastmath<contract> : vector<16xf32>
              %1228 = arith.mulf %1227, %1214 fastmath<contract> : vector<16xf32>
              %1229 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %1230 = arith.addf %1228, %1229 fastmath<contract> : vector<16xf32>
              %1231 = arith.mulf %1214, %1214 fastmath<contract> : vector<16xf32>
              %1232 = arith.mulf %1230, %1231 fastmath<contract> : vector<16xf32>
              %1233 = arith.addf %1232, %1214 fastmath<contract> : vector<16xf32>
              %1234 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %1235 = arith.addf %1233, %1234 fastmath<contract> : vector<16xf32>
              %1236 = arith.fptosi %1208 : vector<16xf32> to vector<16xi32>
              %1237 = arith.constant dense<23> : vector<16xi32>
              %1238 = arith.shli %1236, %1237 : vector<16xi32>
              %1239 = arith.bitcast %1235 : vector<16xf32> to vector<16xi32>
              %1240 = arith.addi %1239, %1238 : vector<16xi32>
              %1241 = arith.bitcast %1240 : vector<16xi32> to vector<16xf32>
              %1242 = arith.constant dense<-87.3365479> : vector<16xf32>
              %1243 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %1244 = arith.cmpf olt, %1201, %1242 : vector<16xf32>
              %1245 = arith.select %1244, %1243, %1241 : vector<16xf32>
              %1246 = arith.constant dense<88.7228394> : vector<16xf32>
              %1247 = arith.constant dense<0x7f800000> : vector<16xf32>
              %1248 = arith.cmpf ogt, %1201, %1246 : vector<16xf32>
              %1249 = arith.select %1248, %1247, %1245 : vector<16xf32>
              %1250 = arith.cmpf uno, %1201, %1201 : vector<16xf32>
              %1251 = arith.select %1250, %1201, %1249 : vector<16xf32>
              vector.store %1251, %39[%1006] : memref<2048xf32>, vector<16xf32>
              %1252 = arith.subf %1012, %934 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1253 = arith.cmpf ogt, %1252, %1030 : vector<16xf32>
              %1254 = arith.select %1253, %1252, %1030 : vector<16xf32>
              %1255 = arith.cmpf olt, %1254, %1034 : vector<16xf32>
              %1256 = arith.select %1255, %1254, %1034 : vector<16xf32>
              %1257 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %1258 = arith.minnumf %1256, %1257 : vector<16xf32>
              %1259 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %1260 = arith.maxnumf %1258, %1259 : vector<16xf32>
              %1261 = arith.constant dense<1.44269502> : vector<16xf32>
              %1262 = arith.mulf %1260, %1261 fastmath<contract> : vector<16xf32>
              %1263 = rlx_cpu.rint %1262 : vector<16xf32>
              %1264 = arith.constant dense<0.693359375> : vector<16xf32>
              %1265 = arith.mulf %1263, %1264 fastmath<contract> : vector<16xf32>
              %1266 = arith.subf %1260, %1265 fastmath<contract> : vector<16xf32>
              %1267 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %1268 = arith.mulf %1263, %1267 fastmath<contract> : vector<16xf32>
              %1269 = arith.subf %1266, %1268 fastmath<contract> : vector<16xf32>
              %1270 = arith.constant dense<0.000198756912> : vector<16xf32>
              %1271 = arith.mulf %1270, %1269 fastmath<contract> : vector<16xf32>
              %1272 = arith.constant dense<0.00139819994> : vector<16xf32>
              %1273 = arith.addf %1271, %1272 fastmath<contract> : vector<16xf32>
              %1274 = arith.mulf %1273, %1269 fastmath<contract> : vector<16xf32>
              %1275 = arith.constant dense<0.00833345205> : vector<16xf32>
              %1276 = arith.addf %1274, %1275 fastmath<contract> : vector<16xf32>
              %1277 = arith.mulf %1276, %1269 fastmath<contract> : vector<16xf32>
              %1278 = arith.constant dense<0.0416657962> : vector<16xf32>
              %1279 = arith.addf %1277, %1278 fastmath<contract> : vector<16xf32>
              %1280 = arith.mulf %1279, %1269 fastmath<contract> : vector<16xf32>
              %1281 = arith.constant dense<0.166666657> : vector<16xf32>
              %1282 = arith.addf %1280, %1281 fastmath<contract> : vector<16xf32>
              %1283 = arith.mulf %1282, %1269 fastmath<contract> : vector<16xf32>
              %1284 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %1285 = arith.addf %1283, %1284 fastmath<contract> : vector<16xf32>
              %1286 = arith.mulf %1269, %1269 fastmath<contract> : vector<16xf32>
              %1287 = arith.mulf %1285, %1286 fastmath<contract> : vector<16xf32>
              %1288 = arith.addf %1287, %1269 fastmath<contract> : vector<16xf32>
              %1289 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %1290 = arith.addf %1288, %1289 fastmath<contract> : vector<16xf32>
              %1291 = arith.fptosi %1263 : vector<16xf32> to vector<16xi32>
              %1292 = arith.constant dense<23> : vector<16xi32>
              %1293 = arith.shli %1291, %1292 : vector<16xi32>
              %1294 = arith.bitcast %1290 : vector<16xf32> to vector<16xi32>
              %1295 = arith.addi %1294, %1293 : vector<16xi32>
              %1296 = arith.bitcast %1295 : vector<16xi32> to vector<16xf32>
              %1297 = arith.constant dense<-87.3365479> : vector<16xf32>
              %1298 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %1299 = arith.cmpf olt, %1256, %1297 : vector<16xf32>
              %1300 = arith.select %1299, %1298, %1296 : vector<16xf32>
              %1301 = arith.constant dense<88.7228394> : vector<16xf32>
              %1302 = arith.constant dense<0x7f800000> : vector<16xf32>
              %1303 = arith.cmpf ogt, %1256, %1301 : vector<16xf32>
              %1304 = arith.select %1303, %1302, %1300 : vector<16xf32>
              %1305 = arith.cmpf uno, %1256, %1256 : vector<16xf32>
              %1306 = arith.select %1305, %1256, %1304 : vector<16xf32>
              vector.store %1306, %39[%1011] : memref<2048xf32>, vector<16xf32>
              %1307 = arith.subf %1017, %934 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1308 = arith.cmpf ogt, %1307, %1030 : vector<16xf32>
              %1309 = arith.select %1308, %1307, %1030 : vector<16xf32>
              %1310 = arith.cmpf olt, %1309, %1034 : vector<16xf32>
              %1311 = arith.select %1310, %1309, %1034 : vector<16xf32>
              %1312 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %1313 = arith.minnumf %1311, %1312 : vector<16xf32>
              %1314 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %1315 = arith.maxnumf %1313, %1314 : vector<16xf32>
              %1316 = arith.constant dense<1.44269502> : vector<16xf32>
              %1317 = arith.mulf %1315, %1316 fastmath<contract> : vector<16xf32>
              %1318 = rlx_cpu.rint %1317 : vector<16xf32>
              %1319 = arith.constant dense<0.693359375> : vector<16xf32>
              %1320 = arith.mulf %1318, %1319 fastmath<contract> : vector<16xf32>
              %1321 = arith.subf %1315, %1320 fastmath<contract> : vector<16xf32>
              %1322 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %1323 = arith.mulf %1318, %1322 fastmath<contract> : vector<16xf32>
              %1324 = arith.subf %1321, %1323 fastmath<contract> : vector<16xf32>
              %1325 = arith.constant dense<0.000198756912> : vector<16xf32>
              %1326 = arith.mulf %1325, %1324 fastmath<contract> : vector<16xf32>
              %1327 = arith.constant dense<0.00139819994> : vector<16xf32>
              %1328 = arith.addf %1326, %1327 fastmath<contract> : vector<16xf32>
              %1329 = arith.mulf %1328, %1324 fastmath<contract> : vector<16xf32>
              %1330 = arith.constant dense<0.00833345205> : vector<16xf32>
              %1331 = arith.addf %1329, %1330 fastmath<contract> : vector<16xf32>
              %1332 = arith.mulf %1331, %1324 fastmath<contract> : vector<16xf32>
              %1333 = arith.constant dense<0.0416657962> : vector<16xf32>
              %1334 = arith.addf %1332, %1333 fastmath<contract> : vector<16xf32>
              %1335 = arith.mulf %1334, %1324 fastmath<contract> : vector<16xf32>
              %1336 = arith.constant dense<0.166666657> : vector<16xf32>
              %1337 = arith.addf %1335, %1336 fastmath<contract> : vector<16xf32>
              %1338 = arith.mulf %1337, %1324 fastmath<contract> : vector<16xf32>
              %1339 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %1340 = arith.addf %1338, %1339 fastmath<contract> : vector<16xf32>
              %1341 = arith.mulf %1324, %1324 fastmath<contract> : vector<16xf32>
              %1342 = arith.mulf %1340, %1341 fastmath<contract> : vector<16xf32>
              %1343 = arith.addf %1342, %1324 fastmath<contract> : vector<16xf32>
              %1344 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %1345 = arith.addf %1343, %1344 fastmath<contract> : vector<16xf32>
              %1346 = arith.fptosi %1318 : vector<16xf32> to vector<16xi32>
              %1347 = arith.constant dense<23> : vector<16xi32>
              %1348 = arith.shli %1346, %1347 : vector<16xi32>
              %1349 = arith.bitcast %1345 : vector<16xf32> to vector<16xi32>
              %1350 = arith.addi %1349, %1348 : vector<16xi32>
              %1351 = arith.bitcast %1350 : vector<16xi32> to vector<16xf32>
              %1352 = arith.constant dense<-87.3365479> : vector<16xf32>
              %1353 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %1354 = arith.cmpf olt, %1311, %1352 : vector<16xf32>
              %1355 = arith.select %1354, %1353, %1351 : vector<16xf32>
              %1356 = arith.constant dense<88.7228394> : vector<16xf32>
              %1357 = arith.constant dense<0x7f800000> : vector<16xf32>
              %1358 = arith.cmpf ogt, %1311, %1356 : vector<16xf32>
              %1359 = arith.select %1358, %1357, %1355 : vector<16xf32>
              %1360 = arith.cmpf uno, %1311, %1311 : vector<16xf32>
              %1361 = arith.select %1360, %1311, %1359 : vector<16xf32>
              vector.store %1361, %39[%1016] : memref<2048xf32>, vector<16xf32>
              %1362 = arith.subf %1022, %934 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1363 = arith.cmpf ogt, %1362, %1030 : vector<16xf32>
              %1364 = arith.select %1363, %1362, %1030 : vector<16xf32>
              %1365 = arith.cmpf olt, %1364, %1034 : vector<16xf32>
              %1366 = arith.select %1365, %1364, %1034 : vector<16xf32>
              %1367 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %1368 = arith.minnumf %1366, %1367 : vector<16xf32>
              %1369 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %1370 = arith.maxnumf %1368, %1369 : vector<16xf32>
              %1371 = arith.constant dense<1.44269502> : vector<16xf32>
              %1372 = arith.mulf %1370, %1371 fastmath<contract> : vector<16xf32>
              %1373 = rlx_cpu.rint %1372 : vector<16xf32>
              %1374 = arith.constant dense<0.693359375> : vector<16xf32>
              %1375 = arith.mulf %1373, %1374 fastmath<contract> : vector<16xf32>
              %1376 = arith.subf %1370, %1375 fastmath<contract> : vector<16xf32>
              %1377 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %1378 = arith.mulf %1373, %1377 fastmath<contract> : vector<16xf32>
              %1379 = arith.subf %1376, %1378 fastmath<contract> : vector<16xf32>
              %1380 = arith.constant dense<0.000198756912> : vector<16xf32>
              %1381 = arith.mulf %1380, %1379 fastmath<contract> : vector<16xf32>
              %1382 = arith.constant dense<0.00139819994> : vector<16xf32>
              %1383 = arith.addf %1381, %1382 fastmath<contract> : vector<16xf32>
              %1384 = arith.mulf %1383, %1379 fastmath<contract> : vector<16xf32>
              %1385 = arith.constant dense<0.00833345205> : vector<16xf32>
              %1386 = arith.addf %1384, %1385 fastmath<contract> : vector<16xf32>
              %1387 = arith.mulf %1386, %1379 fastmath<contract> : vector<16xf32>
              %1388 = arith.constant dense<0.0416657962> : vector<16xf32>
              %1389 = arith.addf %1387, %1388 fastmath<contract> : vector<16xf32>
              %1390 = arith.mulf %1389, %1379 fastmath<contract> : vector<16xf32>
              %1391 = arith.constant dense<0.166666657> : vector<16xf32>
              %1392 = arith.addf %1390, %1391 fastmath<contract> : vector<16xf32>
              %1393 = arith.mulf %1392, %1379 fastmath<contract> : vector<16xf32>
              %1394 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %1395 = arith.addf %1393, %1394 fastmath<contract> : vector<16xf32>
              %1396 = arith.mulf %1379, %1379 fastmath<contract> : vector<16xf32>
              %1397 = arith.mulf %1395, %1396 fastmath<contract> : vector<16xf32>
              %1398 = arith.addf %1397, %1379 fastmath<contract> : vector<16xf32>
              %1399 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %1400 = arith.addf %1398, %1399 fastmath<contract> : vector<16xf32>
              %1401 = arith.fptosi %1373 : vector<16xf32> to vector<16xi32>
              %1402 = arith.constant dense<23> : vector<16xi32>
              %1403 = arith.shli %1401, %1402 : vector<16xi32>
              %1404 = arith.bitcast %1400 : vector<16xf32> to vector<16xi32>
              %1405 = arith.addi %1404, %1403 : vector<16xi32>
              %1406 = arith.bitcast %1405 : vector<16xi32> to vector<16xf32>
              %1407 = arith.constant dense<-87.3365479> : vector<16xf32>
              %1408 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %1409 = arith.cmpf olt, %1366, %1407 : vector<16xf32>
              %1410 = arith.select %1409, %1408, %1406 : vector<16xf32>
              %1411 = arith.constant dense<88.7228394> : vector<16xf32>
              %1412 = arith.constant dense<0x7f800000> : vector<16xf32>
              %1413 = arith.cmpf ogt, %1366, %1411 : vector<16xf32>
              %1414 = arith.select %1413, %1412, %1410 : vector<16xf32>
              %1415 = arith.cmpf uno, %1366, %1366 : vector<16xf32>
              %1416 = arith.select %1415, %1366, %1414 : vector<16xf32>
              vector.store %1416, %39[%1021] : memref<2048xf32>, vector<16xf32>
              %1417 = arith.subf %1027, %934 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1418 = arith.cmpf ogt, %1417, %1030 : vector<16xf32>
              %1419 = arith.select %1418, %1417, %1030 : vector<16xf32>
              %1420 = arith.cmpf olt, %1419, %1034 : vector<16xf32>
              %1421 = arith.select %1420, %1419, %1034 : vector<16xf32>
              %1422 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %1423 = arith.minnumf %1421, %1422 : vector<16xf32>
              %1424 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %1425 = arith.maxnumf %1423, %1424 : vector<16xf32>
              %1426 = arith.constant dense<1.44269502> : vector<16xf32>
              %1427 = arith.mulf %1425, %1426 fastmath<contract> : vector<16xf32>
              %1428 = rlx_cpu.rint %1427 : vector<16xf32>
              %1429 = arith.constant dense<0.693359375> : vector<16xf32>
              %1430 = arith.mulf %1428, %1429 fastmath<contract> : vector<16xf32>
              %1431 = arith.subf %1425, %1430 fastmath<contract> : vector<16xf32>
              %1432 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %1433 = arith.mulf %1428, %1432 fastmath<contract> : vector<16xf32>
              %1434 = arith.subf %1431, %1433 fastmath<contract> : vector<16xf32>
              %1435 = arith.constant dense<0.000198756912> : vector<16xf32>
              %1436 = arith.mulf %1435, %1434 fastmath<contract> : vector<16xf32>
              %1437 = arith.constant dense<0.00139819994> : vector<16xf32>
              %1438 = arith.addf %1436, %1437 fastmath<contract> : vector<16xf32>
              %1439 = arith.mulf %1438, %1434 fastmath<contract> : vector<16xf32>
              %1440 = arith.constant dense<0.00833345205> : vector<16xf32>
              %1441 = arith.addf %1439, %1440 fastmath<contract> : vector<16xf32>
              %1442 = arith.mulf %1441, %1434 fastmath<contract> : vector<16xf32>
              %1443 = arith.constant dense<0.0416657962> : vector<16xf32>
              %1444 = arith.addf %1442, %1443 fastmath<contract> : vector<16xf32>
              %1445 = arith.mulf %1444, %1434 fastmath<contract> : vector<16xf32>
              %1446 = arith.constant dense<0.166666657> : vector<16xf32>
              %1447 = arith.addf %1445, %1446 fastmath<contract> : vector<16xf32>
              %1448 = arith.mulf %1447, %1434 fastmath<contract> : vector<16xf32>
              %1449 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %1450 = arith.addf %1448, %1449 fastmath<contract> : vector<16xf32>
              %1451 = arith.mulf %1434, %1434 fastmath<contract> : vector<16xf32>
              %1452 = arith.mulf %1450, %1451 fastmath<contract> : vector<16xf32>
              %1453 = arith.addf %1452, %1434 fastmath<contract> : vector<16xf32>
              %1454 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %1455 = arith.addf %1453, %1454 fastmath<contract> : vector<16xf32>
              %1456 = arith.fptosi %1428 : vector<16xf32> to vector<16xi32>
              %1457 = arith.constant dense<23> : vector<16xi32>
              %1458 = arith.shli %1456, %1457 : vector<16xi32>
              %1459 = arith.bitcast %1455 : vector<16xf32> to vector<16xi32>
              %1460 = arith.addi %1459, %1458 : vector<16xi32>
              %1461 = arith.bitcast %1460 : vector<16xi32> to vector<16xf32>
              %1462 = arith.constant dense<-87.3365479> : vector<16xf32>
              %1463 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %1464 = arith.cmpf olt, %1421, %1462 : vector<16xf32>
              %1465 = arith.select %1464, %1463, %1461 : vector<16xf32>
              %1466 = arith.constant dense<88.7228394> : vector<16xf32>
              %1467 = arith.constant dense<0x7f800000> : vector<16xf32>
              %1468 = arith.cmpf ogt, %1421, %1466 : vector<16xf32>
              %1469 = arith.select %1468, %1467, %1465 : vector<16xf32>
              %1470 = arith.cmpf uno, %1421, %1421 : vector<16xf32>
              %1471 = arith.select %1470, %1421, %1469 : vector<16xf32>
              vector.store %1471, %39[%1026] : memref<2048xf32>, vector<16xf32>
              %1472 = arith.addf %1086, %1141 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1473 = arith.addf %1196, %1251 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1474 = arith.addf %1306, %1361 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1475 = arith.addf %1416, %1471 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1476 = arith.addf %1472, %1473 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1477 = arith.addf %1474, %1475 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1478 = arith.addf %1476, %1477 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1479 = arith.addf %991, %1478 fastmath<nsz,arcp,afn> : vector<16xf32>
              scf.yield %1479 : vector<16xf32>
            }
            %1480 = arith.subf %933, %934 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1481 = arith.constant -8.700000e+01 : f32
            %1482 = vector.broadcast %1481 : f32 to vector<16xf32>
            %1483 = arith.cmpf ogt, %1480, %1482 : vector<16xf32>
            %1484 = arith.select %1483, %1480, %1482 : vector<16xf32>
            %1485 = arith.constant 8.800000e+01 : f32
            %1486 = vector.broadcast %1485 : f32 to vector<16xf32>
            %1487 = arith.cmpf olt, %1484, %1486 : vector<16xf32>
            %1488 = arith.select %1487, %1484, %1486 : vector<16xf32>
            %1489 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %1490 = arith.minnumf %1488, %1489 : vector<16xf32>
            %1491 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %1492 = arith.maxnumf %1490, %1491 : vector<16xf32>
            %1493 = arith.constant dense<1.44269502> : vector<16xf32>
            %1494 = arith.mulf %1492, %1493 fastmath<contract> : vector<16xf32>
            %1495 = rlx_cpu.rint %1494 : vector<16xf32>
            %1496 = arith.constant dense<0.693359375> : vector<16xf32>
            %1497 = arith.mulf %1495, %1496 fastmath<contract> : vector<16xf32>
            %1498 = arith.subf %1492, %1497 fastmath<contract> : vector<16xf32>
            %1499 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %1500 = arith.mulf %1495, %1499 fastmath<contract> : vector<16xf32>
            %1501 = arith.subf %1498, %1500 fastmath<contract> : vector<16xf32>
            %1502 = arith.constant dense<0.000198756912> : vector<16xf32>
            %1503 = arith.mulf %1502, %1501 fastmath<contract> : vector<16xf32>
            %1504 = arith.constant dense<0.00139819994> : vector<16xf32>
            %1505 = arith.addf %1503, %1504 fastmath<contract> : vector<16xf32>
            %1506 = arith.mulf %1505, %1501 fastmath<contract> : vector<16xf32>
            %1507 = arith.constant dense<0.00833345205> : vector<16xf32>
            %1508 = arith.addf %1506, %1507 fastmath<contract> : vector<16xf32>
            %1509 = arith.mulf %1508, %1501 fastmath<contract> : vector<16xf32>
            %1510 = arith.constant dense<0.0416657962> : vector<16xf32>
            %1511 = arith.addf %1509, %1510 fastmath<contract> : vector<16xf32>
            %1512 = arith.mulf %1511, %1501 fastmath<contract> : vector<16xf32>
            %1513 = arith.constant dense<0.166666657> : vector<16xf32>
            %1514 = arith.addf %1512, %1513 fastmath<contract> : vector<16xf32>
            %1515 = arith.mulf %1514, %1501 fastmath<contract> : vector<16xf32>
            %1516 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %1517 = arith.addf %1515, %1516 fastmath<contract> : vector<16xf32>
            %1518 = arith.mulf %1501, %1501 fastmath<contract> : vector<16xf32>
            %1519 = arith.mulf %1517, %1518 fastmath<contract> : vector<16xf32>
            %1520 = arith.addf %1519, %1501 fastmath<contract> : vector<16xf32>
            %1521 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %1522 = arith.addf %1520, %1521 fastmath<contract> : vector<16xf32>
            %1523 = arith.fptosi %1495 : vector<16xf32> to vector<16xi32>
            %1524 = arith.constant dense<23> : vector<16xi32>
            %1525 = arith.shli %1523, %1524 : vector<16xi32>
            %1526 = arith.bitcast %1522 : vector<16xf32> to vector<16xi32>
            %1527 = arith.addi %1526, %1525 : vector<16xi32>
            %1528 = arith.bitcast %1527 : vector<16xi32> to vector<16xf32>
            %1529 = arith.constant dense<-87.3365479> : vector<16xf32>
            %1530 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %1531 = arith.cmpf olt, %1488, %1529 : vector<16xf32>
            %1532 = arith.select %1531, %1530, %1528 : vector<16xf32>
            %1533 = arith.constant dense<88.7228394> : vector<16xf32>
            %1534 = arith.constant dense<0x7f800000> : vector<16xf32>
            %1535 = arith.cmpf ogt, %1488, %1533 : vector<16xf32>
            %1536 = arith.select %1535, %1534, %1532 : vector<16xf32>
            %1537 = arith.cmpf uno, %1488, %1488 : vector<16xf32>
            %1538 = arith.select %1537, %1488, %1536 : vector<16xf32>
            vector.store %934, %38[%930] : memref<256xf32>, vector<16xf32>
            %1539 = arith.addi %930, %42 : index
            %1540 = vector.load %38[%1539] : memref<256xf32>, vector<16xf32>
            %1541 = arith.mulf %1540, %1538 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1542 = arith.addf %1541, %989 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %1542, %38[%1539] : memref<256xf32>, vector<16xf32>
            %1543 = arith.addi %930, %18 : index
            vector.store %1538, %38[%1543] : memref<256xf32>, vector<16xf32>
          }
          %1544 = arith.divui %32, %12 : index
          %1545 = arith.muli %1544, %12 : index
          scf.for %1546 = %20 to %1545 step %12 {
            %1547 = arith.addi %1546, %21 : index
            %1548 = arith.divui %1546, %12 : index
            %1549 = arith.remui %1546, %12 : index
            %1550 = arith.addi %29, %1548 : index
            %1551 = arith.muli %27, %12 : index
            %1552 = arith.addi %1551, %1549 : index
            %1553 = arith.muli %28, %5 : index
            %1554 = arith.addi %1553, %1550 : index
            %1555 = arith.constant 4 : index
            %1556 = arith.muli %1554, %1555 : index
            %1557 = arith.addi %1556, %1552 : index
            %1558 = arith.muli %1557, %10 : index
            %1559 = arith.divui %1547, %12 : index
            %1560 = arith.remui %1547, %12 : index
            %1561 = arith.addi %29, %1559 : index
            %1562 = arith.addi %1551, %1560 : index
            %1563 = arith.addi %1553, %1561 : index
            %1564 = arith.muli %1563, %1555 : index
            %1565 = arith.addi %1564, %1562 : index
            %1566 = arith.muli %1565, %10 : index
            %1567 = arith.divui %1546, %35 : index
            %1568 = arith.remui %1546, %35 : index
            %1569 = arith.constant 512 : index
            %1570 = arith.muli %1567, %1569 : index
            %1571 = arith.addi %1570, %1568 : index
            %1572 = arith.addi %1546, %18 : index
            %1573 = memref.load %38[%1572] : memref<256xf32>
            %1574 = vector.broadcast %1573 : f32 to vector<16xf32>
            %1575 = arith.addi %1547, %18 : index
            %1576 = memref.load %38[%1575] : memref<256xf32>
            %1577 = vector.broadcast %1576 : f32 to vector<16xf32>
            %1578 = arith.addi %1558, %35 : index
            %1579 = arith.addi %1566, %35 : index
            %1580 = vector.load %3[%1558] : memref<?xf32>, vector<16xf32>
            %1581 = arith.mulf %1580, %1574 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1582 = vector.load %3[%1578] : memref<?xf32>, vector<16xf32>
            %1583 = arith.mulf %1582, %1574 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1584 = vector.load %3[%1566] : memref<?xf32>, vector<16xf32>
            %1585 = arith.mulf %1584, %1577 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1586 = vector.load %3[%1579] : memref<?xf32>, vector<16xf32>
            %1587 = arith.mulf %1586, %1577 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1588 = vector.load %2[%437] : memref<?xf32>, vector<16xf32>
            %1589 = arith.addi %437, %35 : index
            %1590 = vector.load %2[%1589] : memref<?xf32>, vector<16xf32>
            %1591 = memref.load %39[%1571] : memref<2048xf32>
            %1592 = vector.broadcast %1591 : f32 to vector<16xf32>
            %1593 = vector.fma %1592, %1588, %1581 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1594 = vector.fma %1592, %1590, %1583 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1595 = arith.addi %1571, %21 : index
            %1596 = memref.load %39[%1595] : memref<2048xf32>
            %1597 = vector.broadcast %1596 : f32 to vector<16xf32>
            %1598 = vector.fma %1597, %1588, %1585 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1599 = vector.fma %1597, %1590, %1587 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1600 = arith.addi %437, %42 : index
            %1601 = vector.load %2[%1600] : memref<?xf32>, vector<16xf32>
            %1602 = arith.constant 80 : index
            %1603 = arith.addi %437, %1602 : index
            %1604 = vector.load %2[%1603] : memref<?xf32>, vector<16xf32>
            %1605 = arith.addi %1571, %35 : index
            %1606 = memref.load %39[%1605] : memref<2048xf32>
            %1607 = vector.broadcast %1606 : f32 to vector<16xf32>
            %1608 = vector.fma %1607, %1601, %1593 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1609 = vector.fma %1607, %1604, %1594 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1610 = arith.constant 17 : index
            %1611 = arith.addi %1571, %1610 : index
            %1612 = memref.load %39[%1611] : memref<2048xf32>
            %1613 = vector.broadcast %1612 : f32 to vector<16xf32>
            %1614 = vector.fma %1613, %1601, %1598 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1615 = vector.fma %1613, %1604, %1599 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1616 = arith.addi %437, %18 : index
            %1617 = vector.load %2[%1616] : memref<?xf32>, vector<16xf32>
            %1618 = arith.constant 144 : index
            %1619 = arith.addi %437, %1618 : index
            %1620 = vector.load %2[%1619] : memref<?xf32>, vector<16xf32>
            %1621 = arith.addi %1571, %10 : index
            %1622 = memref.load %39[%1621] : memref<2048xf32>
            %1623 = vector.broadcast %1622 : f32 to vector<16xf32>
            %1624 = vector.fma %1623, %1617, %1608 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1625 = vector.fma %1623, %1620, %1609 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1626 = arith.constant 33 : index
            %1627 = arith.addi %1571, %1626 : index
            %1628 = memref.load %39[%1627] : memref<2048xf32>
            %1629 = vector.broadcast %1628 : f32 to vector<16xf32>
            %1630 = vector.fma %1629, %1617, %1614 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1631 = vector.fma %1629, %1620, %1615 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1632 = arith.constant 192 : index
            %1633 = arith.addi %437, %1632 : index
            %1634 = vector.load %2[%1633] : memref<?xf32>, vector<16xf32>
            %1635 = arith.constant 208 : index
            %1636 = arith.addi %437, %1635 : index
            %1637 = vector.load %2[%1636] : memref<?xf32>, vector<16xf32>
            %1638 = arith.constant 48 : index
            %1639 = arith.addi %1571, %1638 : index
            %1640 = memref.load %39[%1639] : memref<2048xf32>
            %1641 = vector.broadcast %1640 : f32 to vector<16xf32>
            %1642 = vector.fma %1641, %1634, %1624 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1643 = vector.fma %1641, %1637, %1625 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1644 = arith.constant 49 : index
            %1645 = arith.addi %1571, %1644 : index
            %1646 = memref.load %39[%1645] : memref<2048xf32>
            %1647 = vector.broadcast %1646 : f32 to vector<16xf32>
            %1648 = vector.fma %1647, %1634, %1630 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1649 = vector.fma %1647, %1637, %1631 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1650 = arith.constant 256 : index
            %1651 = arith.addi %437, %1650 : index
            %1652 = vector.load %2[%1651] : memref<?xf32>, vector<16xf32>
            %1653 = arith.constant 272 : index
            %1654 = arith.addi %437, %1653 : index
            %1655 = vector.load %2[%1654] : memref<?xf32>, vector<16xf32>
            %1656 = arith.addi %1571, %42 : index
            %1657 = memref.load %39[%1656] : memref<2048xf32>
            %1658 = vector.broadcast %1657 : f32 to vector<16xf32>
            %1659 = vector.fma %1658, %1652, %1642 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1660 = vector.fma %1658, %1655, %1643 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1661 = arith.constant 65 : index
            %1662 = arith.addi %1571, %1661 : index
            %1663 = memref.load %39[%1662] : memref<2048xf32>
            %1664 = vector.broadcast %1663 : f32 to vector<16xf32>
            %1665 = vector.fma %1664, %1652, %1648 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1666 = vector.fma %1664, %1655, %1649 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1667 = arith.constant 320 : index
            %1668 = arith.addi %437, %1667 : index
            %1669 = vector.load %2[%1668] : memref<?xf32>, vector<16xf32>
            %1670 = arith.constant 336 : index
            %1671 = arith.addi %437, %1670 : index
            %1672 = vector.load %2[%1671] : memref<?xf32>, vector<16xf32>
            %1673 = arith.addi %1571, %1602 : index
            %1674 = memref.load %39[%1673] : memref<2048xf32>
            %1675 = vector.broadcast %1674 : f32 to vector<16xf32>
            %1676 = vector.fma %1675, %1669, %1659 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1677 = vector.fma %1675, %1672, %1660 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1678 = arith.constant 81 : index
            %1679 = arith.addi %1571, %1678 : index
            %1680 = memref.load %39[%1679] : memref<2048xf32>
            %1681 = vector.broadcast %1680 : f32 to vector<16xf32>
            %1682 = vector.fma %1681, %1669, %1665 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1683 = vector.fma %1681, %1672, %1666 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1684 = arith.constant 384 : index
            %1685 = arith.addi %437, %1684 : index
            %1686 = vector.load %2[%1685] : memref<?xf32>, vector<16xf32>
            %1687 = arith.constant 400 : index
            %1688 = arith.addi %437, %1687 : index
            %1689 = vector.load %2[%1688] : memref<?xf32>, vector<16xf32>
            %1690 = arith.constant 96 : index
            %1691 = arith.addi %1571, %1690 : index
            %1692 = memref.load %39[%1691] : memref<2048xf32>
            %1693 = vector.broadcast %1692 : f32 to vector<16xf32>
            %1694 = vector.fma %1693, %1686, %1676 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1695 = vector.fma %1693, %1689, %1677 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1696 = arith.constant 97 : index
            %1697 = arith.addi %1571, %1696 : index
            %1698 = memref.load %39[%1697] : memref<2048xf32>
            %1699 = vector.broadcast %1698 : f32 to vector<16xf32>
            %1700 = vector.fma %1699, %1686, %1682 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1701 = vector.fma %1699, %1689, %1683 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1702 = arith.constant 448 : index
            %1703 = arith.addi %437, %1702 : index
            %1704 = vector.load %2[%1703] : memref<?xf32>, vector<16xf32>
            %1705 = arith.constant 464 : index
            %1706 = arith.addi %437, %1705 : index
            %1707 = vector.load %2[%1706] : memref<?xf32>, vector<16xf32>
            %1708 = arith.constant 112 : index
            %1709 = arith.addi %1571, %1708 : index
            %1710 = memref.load %39[%1709] : memref<2048xf32>
            %1711 = vector.broadcast %1710 : f32 to vector<16xf32>
            %1712 = vector.fma %1711, %1704, %1694 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1713 = vector.fma %1711, %1707, %1695 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1714 = arith.constant 113 : index
            %1715 = arith.addi %1571, %1714 : index
            %1716 = memref.load %39[%1715] : memref<2048xf32>
            %1717 = vector.broadcast %1716 : f32 to vector<16xf32>
            %1718 = vector.fma %1717, %1704, %1700 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1719 = vector.fma %1717, %1707, %1701 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1720 = arith.addi %437, %1569 : index
            %1721 = arith.addi %1571, %18 : index
            %1722 = vector.load %2[%1720] : memref<?xf32>, vector<16xf32>
            %1723 = arith.addi %1720, %35 : index
            %1724 = vector.load %2[%1723] : memref<?xf32>, vector<16xf32>
            %1725 = memref.load %39[%1721] : memref<2048xf32>
            %1726 = vector.broadcast %1725 : f32 to vector<16xf32>
            %1727 = vector.fma %1726, %1722, %1712 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1728 = vector.fma %1726, %1724, %1713 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1729 = arith.addi %1721, %21 : index
            %1730 = memref.load %39[%1729] : memref<2048xf32>
            %1731 = vector.broadcast %1730 : f32 to vector<16xf32>
            %1732 = vector.fma %1731, %1722, %1718 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1733 = vector.fma %1731, %1724, %1719 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1734 = arith.addi %1720, %42 : index
            %1735 = vector.load %2[%1734] : memref<?xf32>, vector<16xf32>
            %1736 = arith.addi %1720, %1602 : index
            %1737 = vector.load %2[%1736] : memref<?xf32>, vector<16xf32>
            %1738 = arith.addi %1721, %35 : index
            %1739 = memref.load %39[%1738] : memref<2048xf32>
            %1740 = vector.broadcast %1739 : f32 to vector<16xf32>
            %1741 = vector.fma %1740, %1735, %1727 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1742 = vector.fma %1740, %1737, %1728 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1743 = arith.addi %1721, %1610 : index
            %1744 = memref.load %39[%1743] : memref<2048xf32>
            %1745 = vector.broadcast %1744 : f32 to vector<16xf32>
            %1746 = vector.fma %1745, %1735, %1732 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1747 = vector.fma %1745, %1737, %1733 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1748 = arith.addi %1720, %18 : index
            %1749 = vector.load %2[%1748] : memref<?xf32>, vector<16xf32>
            %1750 = arith.addi %1720, %1618 : index
            %1751 = vector.load %2[%1750] : memref<?xf32>, vector<16xf32>
            %1752 = arith.addi %1721, %10 : index
            %1753 = memref.load %39[%1752] : memref<2048xf32>
            %1754 = vector.broadcast %1753 : f32 to vector<16xf32>
            %1755 = vector.fma %1754, %1749, %1741 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1756 = vector.fma %1754, %1751, %1742 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1757 = arith.addi %1721, %1626 : index
            %1758 = memref.load %39[%1757] : memref<2048xf32>
            %1759 = vector.broadcast %1758 : f32 to vector<16xf32>
            %1760 = vector.fma %1759, %1749, %1746 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1761 = vector.fma %1759, %1751, %1747 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1762 = arith.addi %1720, %1632 : index
            %1763 = vector.load %2[%1762] : memref<?xf32>, vector<16xf32>
            %1764 = arith.addi %1720, %1635 : index
            %1765 = vector.load %2[%1764] : memref<?xf32>, vector<16xf32>
            %1766 = arith.addi %1721, %1638 : index
            %1767 = memref.load %39[%1766] : memref<2048xf32>
            %1768 = vector.broadcast %1767 : f32 to vector<16xf32>
            %1769 = vector.fma %1768, %1763, %1755 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1770 = vector.fma %1768, %1765, %1756 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1771 = arith.addi %1721, %1644 : index
            %1772 = memref.load %39[%1771] : memref<2048xf32>
            %1773 = vector.broadcast %1772 : f32 to vector<16xf32>
            %1774 = vector.fma %1773, %1763, %1760 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1775 = vector.fma %1773, %1765, %1761 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1776 = arith.addi %1720, %1650 : index
            %1777 = vector.load %2[%1776] : memref<?xf32>, vector<16xf32>
            %1778 = arith.addi %1720, %1653 : index
            %1779 = vector.load %2[%1778] : memref<?xf32>, vector<16xf32>
            %1780 = arith.addi %1721, %42 : index
            %1781 = memref.load %39[%1780] : memref<2048xf32>
            %1782 = vector.broadcast %1781 : f32 to vector<16xf32>
            %1783 = vector.fma %1782, %1777, %1769 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1784 = vector.fma %1782, %1779, %1770 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1785 = arith.addi %1721, %1661 : index
            %1786 = memref.load %39[%1785] : memref<2048xf32>
            %1787 = vector.broadcast %1786 : f32 to vector<16xf32>
            %1788 = vector.fma %1787, %1777, %1774 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1789 = vector.fma %1787, %1779, %1775 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1790 = arith.addi %1720, %1667 : index
            %1791 = vector.load %2[%1790] : memref<?xf32>, vector<16xf32>
            %1792 = arith.addi %1720, %1670 : index
            %1793 = vector.load %2[%1792] : memref<?xf32>, vector<16xf32>
            %1794 = arith.addi %1721, %1602 : index
            %1795 = memref.load %39[%1794] : memref<2048xf32>
            %1796 = vector.broadcast %1795 : f32 to vector<16xf32>
            %1797 = vector.fma %1796, %1791, %1783 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1798 = vector.fma %1796, %1793, %1784 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1799 = arith.addi %1721, %1678 : index
            %1800 = memref.load %39[%1799] : memref<2048xf32>
            %1801 = vector.broadcast %1800 : f32 to vector<16xf32>
            %1802 = vector.fma %1801, %1791, %1788 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1803 = vector.fma %1801, %1793, %1789 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1804 = arith.addi %1720, %1684 : index
            %1805 = vector.load %2[%1804] : memref<?xf32>, vector<16xf32>
            %1806 = arith.addi %1720, %1687 : index
            %1807 = vector.load %2[%1806] : memref<?xf32>, vector<16xf32>
            %1808 = arith.addi %1721, %1690 : index
            %1809 = memref.load %39[%1808] : memref<2048xf32>
            %1810 = vector.broadcast %1809 : f32 to vector<16xf32>
            %1811 = vector.fma %1810, %1805, %1797 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1812 = vector.fma %1810, %1807, %1798 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1813 = arith.addi %1721, %1696 : index
            %1814 = memref.load %39[%1813] : memref<2048xf32>
            %1815 = vector.broadcast %1814 : f32 to vector<16xf32>
            %1816 = vector.fma %1815, %1805, %1802 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1817 = vector.fma %1815, %1807, %1803 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1818 = arith.addi %1720, %1702 : index
            %1819 = vector.load %2[%1818] : memref<?xf32>, vector<16xf32>
            %1820 = arith.addi %1720, %1705 : index
            %1821 = vector.load %2[%1820] : memref<?xf32>, vector<16xf32>
            %1822 = arith.addi %1721, %1708 : index
            %1823 = memref.load %39[%1822] : memref<2048xf32>
            %1824 = vector.broadcast %1823 : f32 to vector<16xf32>
            %1825 = vector.fma %1824, %1819, %1811 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1826 = vector.fma %1824, %1821, %1812 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1827 = arith.addi %1721, %1714 : index
            %1828 = memref.load %39[%1827] : memref<2048xf32>
            %1829 = vector.broadcast %1828 : f32 to vector<16xf32>
            %1830 = vector.fma %1829, %1819, %1816 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1831 = vector.fma %1829, %1821, %1817 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1832 = arith.constant 1024 : index
            %1833 = arith.addi %437, %1832 : index
            %1834 = arith.addi %1571, %1650 : index
            %1835 = vector.load %2[%1833] : memref<?xf32>, vector<16xf32>
            %1836 = arith.addi %1833, %35 : index
            %1837 = vector.load %2[%1836] : memref<?xf32>, vector<16xf32>
            %1838 = memref.load %39[%1834] : memref<2048xf32>
            %1839 = vector.broadcast %1838 : f32 to vector<16xf32>
            %1840 = vector.fma %1839, %1835, %1825 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1841 = vector.fma %1839, %1837, %1826 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1842 = arith.addi %1834, %21 : index
            %1843 = memref.load %39[%1842] : memref<2048xf32>
            %1844 = vector.broadcast %1843 : f32 to vector<16xf32>
            %1845 = vector.fma %1844, %1835, %1830 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1846 = vector.fma %1844, %1837, %1831 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1847 = arith.addi %1833, %42 : index
            %1848 = vector.load %2[%1847] : memref<?xf32>, vector<16xf32>
            %1849 = arith.addi %1833, %1602 : index
            %1850 = vector.load %2[%1849] : memref<?xf32>, vector<16xf32>
            %1851 = arith.addi %1834, %35 : index
            %1852 = memref.load %39[%1851] : memref<2048xf32>
            %1853 = vector.broadcast %1852 : f32 to vector<16xf32>
            %1854 = vector.fma %1853, %1848, %1840 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1855 = vector.fma %1853, %1850, %1841 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1856 = arith.addi %1834, %1610 : index
            %1857 = memref.load %39[%1856] : memref<2048xf32>
            %1858 = vector.broadcast %1857 : f32 to vector<16xf32>
            %1859 = vector.fma %1858, %1848, %1845 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1860 = vector.fma %1858, %1850, %1846 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1861 = arith.addi %1833, %18 : index
            %1862 = vector.load %2[%1861] : memref<?xf32>, vector<16xf32>
            %1863 = arith.addi %1833, %1618 : index
            %1864 = vector.load %2[%1863] : memref<?xf32>, vector<16xf32>
            %1865 = arith.addi %1834, %10 : index
            %1866 = memref.load %39[%1865] : memref<2048xf32>
            %1867 = vector.broadcast %1866 : f32 to vector<16xf32>
            %1868 = vector.fma %1867, %1862, %1854 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1869 = vector.fma %1867, %1864, %1855 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1870 = arith.addi %1834, %1626 : index
            %1871 = memref.load %39[%1870] : memref<2048xf32>
            %1872 = vector.broadcast %1871 : f32 to vector<16xf32>
            %1873 = vector.fma %1872, %1862, %1859 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1874 = vector.fma %1872, %1864, %1860 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1875 = arith.addi %1833, %1632 : index
            %1876 = vector.load %2[%1875] : memref<?xf32>, vector<16xf32>
            %1877 = arith.addi %1833, %1635 : index
            %1878 = vector.load %2[%1877] : memref<?xf32>, vector<16xf32>
            %1879 = arith.addi %1834, %1638 : index
            %1880 = memref.load %39[%1879] : memref<2048xf32>
            %1881 = vector.broadcast %1880 : f32 to vector<16xf32>
            %1882 = vector.fma %1881, %1876, %1868 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1883 = vector.fma %1881, %1878, %1869 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1884 = arith.addi %1834, %1644 : index
            %1885 = memref.load %39[%1884] : memref<2048xf32>
            %1886 = vector.broadcast %1885 : f32 to vector<16xf32>
            %1887 = vector.fma %1886, %1876, %1873 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1888 = vector.fma %1886, %1878, %1874 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1889 = arith.addi %1833, %1650 : index
            %1890 = vector.load %2[%1889] : memref<?xf32>, vector<16xf32>
            %1891 = arith.addi %1833, %1653 : index
            %1892 = vector.load %2[%1891] : memref<?xf32>, vector<16xf32>
            %1893 = arith.addi %1834, %42 : index
            %1894 = memref.load %39[%1893] : memref<2048xf32>
            %1895 = vector.broadcast %1894 : f32 to vector<16xf32>
            %1896 = vector.fma %1895, %1890, %1882 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1897 = vector.fma %1895, %1892, %1883 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1898 = arith.addi %1834, %1661 : index
            %1899 = memref.load %39[%1898] : memref<2048xf32>
            %1900 = vector.broadcast %1899 : f32 to vector<16xf32>
            %1901 = vector.fma %1900, %1890, %1887 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1902 = vector.fma %1900, %1892, %1888 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1903 = arith.addi %1833, %1667 : index
            %1904 = vector.load %2[%1903] : memref<?xf32>, vector<16xf32>
            %1905 = arith.addi %1833, %1670 : index
            %1906 = vector.load %2[%1905] : memref<?xf32>, vector<16xf32>
            %1907 = arith.addi %1834, %1602 : index
            %1908 = memref.load %39[%1907] : memref<2048xf32>
            %1909 = vector.broadcast %1908 : f32 to vector<16xf32>
            %1910 = vector.fma %1909, %1904, %1896 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1911 = vector.fma %1909, %1906, %1897 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1912 = arith.addi %1834, %1678 : index
            %1913 = memref.load %39[%1912] : memref<2048xf32>
            %1914 = vector.broadcast %1913 : f32 to vector<16xf32>
            %1915 = vector.fma %1914, %1904, %1901 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1916 = vector.fma %1914, %1906, %1902 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1917 = arith.addi %1833, %1684 : index
            %1918 = vector.load %2[%1917] : memref<?xf32>, vector<16xf32>
            %1919 = arith.addi %1833, %1687 : index
            %1920 = vector.load %2[%1919] : memref<?xf32>, vector<16xf32>
            %1921 = arith.addi %1834, %1690 : index
            %1922 = memref.load %39[%1921] : memref<2048xf32>
            %1923 = vector.broadcast %1922 : f32 to vector<16xf32>
            %1924 = vector.fma %1923, %1918, %1910 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1925 = vector.fma %1923, %1920, %1911 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1926 = arith.addi %1834, %1696 : index
            %1927 = memref.load %39[%1926] : memref<2048xf32>
            %1928 = vector.broadcast %1927 : f32 to vector<16xf32>
            %1929 = vector.fma %1928, %1918, %1915 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1930 = vector.fma %1928, %1920, %1916 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1931 = arith.addi %1833, %1702 : index
            %1932 = vector.load %2[%1931] : memref<?xf32>, vector<16xf32>
            %1933 = arith.addi %1833, %1705 : index
            %1934 = vector.load %2[%1933] : memref<?xf32>, vector<16xf32>
            %1935 = arith.addi %1834, %1708 : index
            %1936 = memref.load %39[%1935] : memref<2048xf32>
            %1937 = vector.broadcast %1936 : f32 to vector<16xf32>
            %1938 = vector.fma %1937, %1932, %1924 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1939 = vector.fma %1937, %1934, %1925 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1940 = arith.addi %1834, %1714 : index
            %1941 = memref.load %39[%1940] : memref<2048xf32>
            %1942 = vector.broadcast %1941 : f32 to vector<16xf32>
            %1943 = vector.fma %1942, %1932, %1929 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1944 = vector.fma %1942, %1934, %1930 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1945 = arith.constant 1536 : index
            %1946 = arith.addi %437, %1945 : index
            %1947 = arith.addi %1571, %1684 : index
            %1948 = vector.load %2[%1946] : memref<?xf32>, vector<16xf32>
            %1949 = arith.addi %1946, %35 : index
            %1950 = vector.load %2[%1949] : memref<?xf32>, vector<16xf32>
            %1951 = memref.load %39[%1947] : memref<2048xf32>
            %1952 = vector.broadcast %1951 : f32 to vector<16xf32>
            %1953 = vector.fma %1952, %1948, %1938 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1954 = vector.fma %1952, %1950, %1939 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1955 = arith.addi %1947, %21 : index
            %1956 = memref.load %39[%1955] : memref<2048xf32>
            %1957 = vector.broadcast %1956 : f32 to vector<16xf32>
            %1958 = vector.fma %1957, %1948, %1943 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1959 = vector.fma %1957, %1950, %1944 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1960 = arith.addi %1946, %42 : index
            %1961 = vector.load %2[%1960] : memref<?xf32>, vector<16xf32>
            %1962 = arith.addi %1946, %1602 : index
            %1963 = vector.load %2[%1962] : memref<?xf32>, vector<16xf32>
            %1964 = arith.addi %1947, %35 : index
            %1965 = memref.load %39[%1964] : memref<2048xf32>
            %1966 = vector.broadcast %1965 : f32 to vector<16xf32>
            %1967 = vector.fma %1966, %1961, %1953 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1968 = vector.fma %1966, %1963, %1954 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1969 = arith.addi %1947, %1610 : index
            %1970 = memref.load %39[%1969] : memref<2048xf32>
            %1971 = vector.broadcast %1970 : f32 to vector<16xf32>
            %1972 = vector.fma %1971, %1961, %1958 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1973 = vector.fma %1971, %1963, %1959 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1974 = arith.addi %1946, %18 : index
            %1975 = vector.load %2[%1974] : memref<?xf32>, vector<16xf32>
            %1976 = arith.addi %1946, %1618 : index
            %1977 = vector.load %2[%1976] : memref<?xf32>, vector<16xf32>
            %1978 = arith.addi %1947, %10 : index
            %1979 = memref.load %39[%1978] : memref<2048xf32>
            %1980 = vector.broadcast %1979 : f32 to vector<16xf32>
            %1981 = vector.fma %1980, %1975, %1967 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1982 = vector.fma %1980, %1977, %1968 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1983 = arith.addi %1947, %1626 : index
            %1984 = memref.load %39[%1983] : memref<2048xf32>
            %1985 = vector.broadcast %1984 : f32 to vector<16xf32>
            %1986 = vector.fma %1985, %1975, %1972 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1987 = vector.fma %1985, %1977, %1973 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1988 = arith.addi %1946, %1632 : index
            %1989 = vector.load %2[%1988] : memref<?xf32>, vector<16xf32>
            %1990 = arith.addi %1946, %1635 : index
            %1991 = vector.load %2[%1990] : memref<?xf32>, vector<16xf32>
            %1992 = arith.addi %1947, %1638 : index
            %1993 = memref.load %39[%1992] : memref<2048xf32>
            %1994 = vector.broadcast %1993 : f32 to vector<16xf32>
            %1995 = vector.fma %1994, %1989, %1981 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1996 = vector.fma %1994, %1991, %1982 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1997 = arith.addi %1947, %1644 : index
            %1998 = memref.load %39[%1997] : memref<2048xf32>
            %1999 = vector.broadcast %1998 : f32 to vector<16xf32>
            %2000 = vector.fma %1999, %1989, %1986 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2001 = vector.fma %1999, %1991, %1987 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2002 = arith.addi %1946, %1650 : index
            %2003 = vector.load %2[%2002] : memref<?xf32>, vector<16xf32>
            %2004 = arith.addi %1946, %1653 : index
            %2005 = vector.load %2[%2004] : memref<?xf32>, vector<16xf32>
            %2006 = arith.addi %1947, %42 : index
            %2007 = memref.load %39[%2006] : memref<2048xf32>
            %2008 = vector.broadcast %2007 : f32 to vector<16xf32>
            %2009 = vector.fma %2008, %2003, %1995 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2010 = vector.fma %2008, %2005, %1996 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2011 = arith.addi %1947, %1661 : index
            %2012 = memref.load %39[%2011] : memref<2048xf32>
            %2013 = vector.broadcast %2012 : f32 to vector<16xf32>
            %2014 = vector.fma %2013, %2003, %2000 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2015 = vector.fma %2013, %2005, %2001 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2016 = arith.addi %1946, %1667 : index
            %2017 = vector.load %2[%2016] : memref<?xf32>, vector<16xf32>
            %2018 = arith.addi %1946, %1670 : index
            %2019 = vector.load %2[%2018] : memref<?xf32>, vector<16xf32>
            %2020 = arith.addi %1947, %1602 : index
            %2021 = memref.load %39[%2020] : memref<2048xf32>
            %2022 = vector.broadcast %2021 : f32 to vector<16xf32>
            %2023 = vector.fma %2022, %2017, %2009 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2024 = vector.fma %2022, %2019, %2010 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2025 = arith.addi %1947, %1678 : index
            %2026 = memref.load %39[%2025] : memref<2048xf32>
            %2027 = vector.broadcast %2026 : f32 to vector<16xf32>
            %2028 = vector.fma %2027, %2017, %2014 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2029 = vector.fma %2027, %2019, %2015 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2030 = arith.addi %1946, %1684 : index
            %2031 = vector.load %2[%2030] : memref<?xf32>, vector<16xf32>
            %2032 = arith.addi %1946, %1687 : index
            %2033 = vector.load %2[%2032] : memref<?xf32>, vector<16xf32>
            %2034 = arith.addi %1947, %1690 : index
            %2035 = memref.load %39[%2034] : memref<2048xf32>
            %2036 = vector.broadcast %2035 : f32 to vector<16xf32>
            %2037 = vector.fma %2036, %2031, %2023 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2038 = vector.fma %2036, %2033, %2024 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2039 = arith.addi %1947, %1696 : index
            %2040 = memref.load %39[%2039] : memref<2048xf32>
            %2041 = vector.broadcast %2040 : f32 to vector<16xf32>
            %2042 = vector.fma %2041, %2031, %2028 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2043 = vector.fma %2041, %2033, %2029 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2044 = arith.addi %1946, %1702 : index
            %2045 = vector.load %2[%2044] : memref<?xf32>, vector<16xf32>
            %2046 = arith.addi %1946, %1705 : index
            %2047 = vector.load %2[%2046] : memref<?xf32>, vector<16xf32>
            %2048 = arith.addi %1947, %1708 : index
            %2049 = memref.load %39[%2048] : memref<2048xf32>
            %2050 = vector.broadcast %2049 : f32 to vector<16xf32>
            %2051 = vector.fma %2050, %2045, %2037 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2052 = vector.fma %2050, %2047, %2038 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2053 = arith.addi %1947, %1714 : index
            %2054 = memref.load %39[%2053] : memref<2048xf32>
            %2055 = vector.broadcast %2054 : f32 to vector<16xf32>
            %2056 = vector.fma %2055, %2045, %2042 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2057 = vector.fma %2055, %2047, %2043 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            vector.store %2051, %3[%1558] : memref<?xf32>, vector<16xf32>
            vector.store %2052, %3[%1578] : memref<?xf32>, vector<16xf32>
            vector.store %2056, %3[%1566] : memref<?xf32>, vector<16xf32>
            vector.store %2057, %3[%1579] : memref<?xf32>, vector<16xf32>
          }
          scf.for %2058 = %1545 to %32 step %21 {
            %2059 = arith.divui %2058, %12 : index
            %2060 = arith.remui %2058, %12 : index
            %2061 = arith.addi %29, %2059 : index
            %2062 = arith.muli %27, %12 : index
            %2063 = arith.addi %2062, %2060 : index
            %2064 = arith.muli %28, %5 : index
            %2065 = arith.addi %2064, %2061 : index
            %2066 = arith.constant 4 : index
            %2067 = arith.muli %2065, %2066 : index
            %2068 = arith.addi %2067, %2063 : index
            %2069 = arith.muli %2068, %10 : index
            %2070 = arith.divui %2058, %35 : index
            %2071 = arith.remui %2058, %35 : index
            %2072 = arith.constant 512 : index
            %2073 = arith.muli %2070, %2072 : index
            %2074 = arith.addi %2073, %2071 : index
            %2075 = arith.addi %2058, %18 : index
            %2076 = memref.load %38[%2075] : memref<256xf32>
            %2077 = vector.broadcast %2076 : f32 to vector<16xf32>
            %2078 = arith.addi %2069, %35 : index
            %2079 = vector.load %3[%2069] : memref<?xf32>, vector<16xf32>
            %2080 = arith.mulf %2079, %2077 fastmath<nsz,arcp,afn> : vector<16xf32>
            %2081 = vector.load %3[%2078] : memref<?xf32>, vector<16xf32>
            %2082 = arith.mulf %2081, %2077 fastmath<nsz,arcp,afn> : vector<16xf32>
            %2083, %2084 = scf.for %2085 = %20 to %10 step %432 iter_args(%2086 = %2080, %2087 = %2082) -> (vector<16xf32>, vector<16xf32>) {
              %2088 = arith.muli %2085, %42 : index
              %2089 = arith.addi %437, %2088 : index
              %2090 = arith.muli %2085, %35 : index
              %2091 = arith.addi %2074, %2090 : index
              %2092 = vector.load %2[%2089] : memref<?xf32>, vector<16xf32>
              %2093 = arith.addi %2089, %35 : index
              %2094 = vector.load %2[%2093] : memref<?xf32>, vector<16xf32>
              %2095 = memref.load %39[%2091] : memref<2048xf32>
              %2096 = vector.broadcast %2095 : f32 to vector<16xf32>
              %2097 = vector.fma %2096, %2092, %2086 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2098 = vector.fma %2096, %2094, %2087 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2099 = arith.addi %2089, %42 : index
              %2100 = vector.load %2[%2099] : memref<?xf32>, vector<16xf32>
              %2101 = arith.constant 80 : index
              %2102 = arith.addi %2089, %2101 : index
              %2103 = vector.load %2[%2102] : memref<?xf32>, vector<16xf32>
              %2104 = arith.addi %2091, %35 : index
              %2105 = memref.load %39[%2104] : memref<2048xf32>
              %2106 = vector.broadcast %2105 : f32 to vector<16xf32>
              %2107 = vector.fma %2106, %2100, %2097 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2108 = vector.fma %2106, %2103, %2098 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2109 = arith.addi %2089, %18 : index
              %2110 = vector.load %2[%2109] : memref<?xf32>, vector<16xf32>
              %2111 = arith.constant 144 : index
              %2112 = arith.addi %2089, %2111 : index
              %2113 = vector.load %2[%2112] : memref<?xf32>, vector<16xf32>
              %2114 = arith.addi %2091, %10 : index
              %2115 = memref.load %39[%2114] : memref<2048xf32>
              %2116 = vector.broadcast %2115 : f32 to vector<16xf32>
              %2117 = vector.fma %2116, %2110, %2107 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2118 = vector.fma %2116, %2113, %2108 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2119 = arith.constant 192 : index
              %2120 = arith.addi %2089, %2119 : index
              %2121 = vector.load %2[%2120] : memref<?xf32>, vector<16xf32>
              %2122 = arith.constant 208 : index
              %2123 = arith.addi %2089, %2122 : index
              %2124 = vector.load %2[%2123] : memref<?xf32>, vector<16xf32>
              %2125 = arith.constant 48 : index
              %2126 = arith.addi %2091, %2125 : index
              %2127 = memref.load %39[%2126] : memref<2048xf32>
              %2128 = vector.broadcast %2127 : f32 to vector<16xf32>
              %2129 = vector.fma %2128, %2121, %2117 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2130 = vector.fma %2128, %2124, %2118 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2131 = arith.constant 256 : index
              %2132 = arith.addi %2089, %2131 : index
              %2133 = vector.load %2[%2132] : memref<?xf32>, vector<16xf32>
              %2134 = arith.constant 272 : index
              %2135 = arith.addi %2089, %2134 : index
              %2136 = vector.load %2[%2135] : memref<?xf32>, vector<16xf32>
              %2137 = arith.addi %2091, %42 : index
              %2138 = memref.load %39[%2137] : memref<2048xf32>
              %2139 = vector.broadcast %2138 : f32 to vector<16xf32>
              %2140 = vector.fma %2139, %2133, %2129 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2141 = vector.fma %2139, %2136, %2130 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2142 = arith.constant 320 : index
              %2143 = arith.addi %2089, %2142 : index
              %2144 = vector.load %2[%2143] : memref<?xf32>, vector<16xf32>
              %2145 = arith.constant 336 : index
              %2146 = arith.addi %2089, %2145 : index
              %2147 = vector.load %2[%2146] : memref<?xf32>, vector<16xf32>
              %2148 = arith.addi %2091, %2101 : index
              %2149 = memref.load %39[%2148] : memref<2048xf32>
              %2150 = vector.broadcast %2149 : f32 to vector<16xf32>
              %2151 = vector.fma %2150, %2144, %2140 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2152 = vector.fma %2150, %2147, %2141 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2153 = arith.constant 384 : index
              %2154 = arith.addi %2089, %2153 : index
              %2155 = vector.load %2[%2154] : memref<?xf32>, vector<16xf32>
              %2156 = arith.constant 400 : index
              %2157 = arith.addi %2089, %2156 : index
              %2158 = vector.load %2[%2157] : memref<?xf32>, vector<16xf32>
              %2159 = arith.constant 96 : index
              %2160 = arith.addi %2091, %2159 : index
              %2161 = memref.load %39[%2160] : memref<2048xf32>
              %2162 = vector.broadcast %2161 : f32 to vector<16xf32>
              %2163 = vector.fma %2162, %2155, %2151 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2164 = vector.fma %2162, %2158, %2152 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2165 = arith.constant 448 : index
              %2166 = arith.addi %2089, %2165 : index
              %2167 = vector.load %2[%2166] : memref<?xf32>, vector<16xf32>
              %2168 = arith.constant 464 : index
              %2169 = arith.addi %2089, %2168 : index
              %2170 = vector.load %2[%2169] : memref<?xf32>, vector<16xf32>
              %2171 = arith.constant 112 : index
              %2172 = arith.addi %2091, %2171 : index
              %2173 = memref.load %39[%2172] : memref<2048xf32>
              %2174 = vector.broadcast %2173 : f32 to vector<16xf32>
              %2175 = vector.fma %2174, %2167, %2163 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2176 = vector.fma %2174, %2170, %2164 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %2175, %2176 : vector<16xf32>, vector<16xf32>
            }
            vector.store %2083, %3[%2069] : memref<?xf32>, vector<16xf32>
            vector.store %2084, %3[%2078] : memref<?xf32>, vector<16xf32>
          }
        }
        %2177 = arith.subi %434, %427 : index
        %2178 = arith.divui %2177, %35 : index
        %2179 = arith.muli %2178, %35 : index
        %2180 = arith.addi %427, %2179 : index
        scf.for %2181 = %427 to %2180 step %35 {
          %2182 = arith.muli %2181, %42 : index
          %2183 = arith.addi %45, %2182 : index
          %2184 = arith.divui %36, %12 : index
          %2185 = arith.muli %2184, %12 : index
          scf.for %2186 = %20 to %2185 step %12 {
            scf.for %2187 = %20 to %35 step %432 {
              %2188 = arith.muli %2187, %42 : index
              %2189 = arith.addi %2183, %2188 : index
              %2190 = arith.addi %2189, %42 : index
              %2191 = arith.addi %2189, %18 : index
              %2192 = arith.constant 192 : index
              %2193 = arith.addi %2189, %2192 : index
              %2194 = arith.constant 256 : index
              %2195 = arith.addi %2189, %2194 : index
              %2196 = arith.constant 320 : index
              %2197 = arith.addi %2189, %2196 : index
              %2198 = arith.constant 384 : index
              %2199 = arith.addi %2189, %2198 : index
              %2200 = arith.constant 448 : index
              %2201 = arith.addi %2189, %2200 : index
              %2202 = arith.muli %2186, %35 : index
              %2203 = arith.addi %2186, %21 : index
              %2204 = arith.muli %2203, %35 : index
              %2205 = arith.constant 4 : index
              %2206, %2207, %2208, %2209, %2210, %2211, %2212, %2213, %2214, %2215, %2216, %2217, %2218, %2219, %2220, %2221 = scf.for %2222 = %20 to %10 step %2205 iter_args(%2223 = %48, %2224 = %48, %2225 = %48, %2226 = %48, %2227 = %48, %2228 = %48, %2229 = %48, %2230 = %48, %2231 = %48, %2232 = %48, %2233 = %48, %2234 = %48, %2235 = %48, %2236 = %48, %2237 = %48, %2238 = %48) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %2239 = arith.muli %2222, %42 : index
                %2240 = arith.addi %2239, %2202 : index
                %2241 = vector.load %40[%2240] : memref<2048xf32>, vector<16xf32>
                %2242 = arith.addi %2239, %2204 : index
                %2243 = vector.load %40[%2242] : memref<2048xf32>, vector<16xf32>
                %2244 = arith.addi %2189, %2222 : index
                %2245 = memref.load %1[%2244] : memref<?xf32>
                %2246 = vector.broadcast %2245 : f32 to vector<16xf32>
                %2247 = vector.fma %2241, %2246, %2223 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2248 = vector.fma %2243, %2246, %2231 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2249 = arith.addi %2190, %2222 : index
                %2250 = memref.load %1[%2249] : memref<?xf32>
                %2251 = vector.broadcast %2250 : f32 to vector<16xf32>
                %2252 = vector.fma %2241, %2251, %2224 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2253 = vector.fma %2243, %2251, %2232 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2254 = arith.addi %2191, %2222 : index
                %2255 = memref.load %1[%2254] : memref<?xf32>
                %2256 = vector.broadcast %2255 : f32 to vector<16xf32>
                %2257 = vector.fma %2241, %2256, %2225 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2258 = vector.fma %2243, %2256, %2233 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2259 = arith.addi %2193, %2222 : index
                %2260 = memref.load %1[%2259] : memref<?xf32>
                %2261 = vector.broadcast %2260 : f32 to vector<16xf32>
                %2262 = vector.fma %2241, %2261, %2226 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2263 = vector.fma %2243, %2261, %2234 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2264 = arith.addi %2195, %2222 : index
                %2265 = memref.load %1[%2264] : memref<?xf32>
                %2266 = vector.broadcast %2265 : f32 to vector<16xf32>
                %2267 = vector.fma %2241, %2266, %2227 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2268 = vector.fma %2243, %2266, %2235 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2269 = arith.addi %2197, %2222 : index
                %2270 = memref.load %1[%2269] : memref<?xf32>
                %2271 = vector.broadcast %2270 : f32 to vector<16xf32>
                %2272 = vector.fma %2241, %2271, %2228 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2273 = vector.fma %2243, %2271, %2236 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2274 = arith.addi %2199, %2222 : index
                %2275 = memref.load %1[%2274] : memref<?xf32>
                %2276 = vector.broadcast %2275 : f32 to vector<16xf32>
                %2277 = vector.fma %2241, %2276, %2229 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2278 = vector.fma %2243, %2276, %2237 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2279 = arith.addi %2201, %2222 : index
                %2280 = memref.load %1[%2279] : memref<?xf32>
                %2281 = vector.broadcast %2280 : f32 to vector<16xf32>
                %2282 = vector.fma %2241, %2281, %2230 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2283 = vector.fma %2243, %2281, %2238 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2284 = arith.addi %2222, %21 : index
                %2285 = arith.muli %2284, %42 : index
                %2286 = arith.addi %2285, %2202 : index
                %2287 = vector.load %40[%2286] : memref<2048xf32>, vector<16xf32>
                %2288 = arith.addi %2285, %2204 : index
                %2289 = vector.load %40[%2288] : memref<2048xf32>, vector<16xf32>
                %2290 = arith.addi %2189, %2284 : index
                %2291 = memref.load %1[%2290] : memref<?xf32>
                %2292 = vector.broadcast %2291 : f32 to vector<16xf32>
                %2293 = vector.fma %2287, %2292, %2247 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2294 = vector.fma %2289, %2292, %2248 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2295 = arith.addi %2190, %2284 : index
                %2296 = memref.load %1[%2295] : memref<?xf32>
                %2297 = vector.broadcast %2296 : f32 to vector<16xf32>
                %2298 = vector.fma %2287, %2297, %2252 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2299 = vector.fma %2289, %2297, %2253 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2300 = arith.addi %2191, %2284 : index
                %2301 = memref.load %1[%2300] : memref<?xf32>
                %2302 = vector.broadcast %2301 : f32 to vector<16xf32>
                %2303 = vector.fma %2287, %2302, %2257 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2304 = vector.fma %2289, %2302, %2258 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2305 = arith.addi %2193, %2284 : index
                %2306 = memref.load %1[%2305] : memref<?xf32>
                %2307 = vector.broadcast %2306 : f32 to vector<16xf32>
                %2308 = vector.fma %2287, %2307, %2262 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2309 = vector.fma %2289, %2307, %2263 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2310 = arith.addi %2195, %2284 : index
                %2311 = memref.load %1[%2310] : memref<?xf32>
                %2312 = vector.broadcast %2311 : f32 to vector<16xf32>
                %2313 = vector.fma %2287, %2312, %2267 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2314 = vector.fma %2289, %2312, %2268 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2315 = arith.addi %2197, %2284 : index
                %2316 = memref.load %1[%2315] : memref<?xf32>
                %2317 = vector.broadcast %2316 : f32 to vector<16xf32>
                %2318 = vector.fma %2287, %2317, %2272 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2319 = vector.fma %2289, %2317, %2273 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2320 = arith.addi %2199, %2284 : index
                %2321 = memref.load %1[%2320] : memref<?xf32>
                %2322 = vector.broadcast %2321 : f32 to vector<16xf32>
                %2323 = vector.fma %2287, %2322, %2277 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2324 = vector.fma %2289, %2322, %2278 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2325 = arith.addi %2201, %2284 : index
                %2326 = memref.load %1[%2325] : memref<?xf32>
                %2327 = vector.broadcast %2326 : f32 to vector<16xf32>
                %2328 = vector.fma %2287, %2327, %2282 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2329 = vector.fma %2289, %2327, %2283 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2330 = arith.addi %2222, %12 : index
                %2331 = arith.muli %2330, %42 : index
                %2332 = arith.addi %2331, %2202 : index
                %2333 = vector.load %40[%2332] : memref<2048xf32>, vector<16xf32>
                %2334 = arith.addi %2331, %2204 : index
                %2335 = vector.load %40[%2334] : memref<2048xf32>, vector<16xf32>
                %2336 = arith.addi %2189, %2330 : index
                %2337 = memref.load %1[%2336] : memref<?xf32>
                %2338 = vector.broadcast %2337 : f32 to vector<16xf32>
                %2339 = vector.fma %2333, %2338, %2293 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2340 = vector.fma %2335, %2338, %2294 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2341 = arith.addi %2190, %2330 : index
                %2342 = memref.load %1[%2341] : memref<?xf32>
                %2343 = vector.broadcast %2342 : f32 to vector<16xf32>
                %2344 = vector.fma %2333, %2343, %2298 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2345 = vector.fma %2335, %2343, %2299 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2346 = arith.addi %2191, %2330 : index
                %2347 = memref.load %1[%2346] : memref<?xf32>
                %2348 = vector.broadcast %2347 : f32 to vector<16xf32>
                %2349 = vector.fma %2333, %2348, %2303 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2350 = vector.fma %2335, %2348, %2304 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2351 = arith.addi %2193, %2330 : index
                %2352 = memref.load %1[%2351] : memref<?xf32>
                %2353 = vector.broadcast %2352 : f32 to vector<16xf32>
                %2354 = vector.fma %2333, %2353, %2308 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2355 = vector.fma %2335, %2353, %2309 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2356 = arith.addi %2195, %2330 : index
                %2357 = memref.load %1[%2356] : memref<?xf32>
                %2358 = vector.broadcast %2357 : f32 to vector<16xf32>
                %2359 = vector.fma %2333, %2358, %2313 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2360 = vector.fma %2335, %2358, %2314 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2361 = arith.addi %2197, %2330 : index
                %2362 = memref.load %1[%2361] : memref<?xf32>
                %2363 = vector.broadcast %2362 : f32 to vector<16xf32>
                %2364 = vector.fma %2333, %2363, %2318 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2365 = vector.fma %2335, %2363, %2319 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2366 = arith.addi %2199, %2330 : index
                %2367 = memref.load %1[%2366] : memref<?xf32>
                %2368 = vector.broadcast %2367 : f32 to vector<16xf32>
                %2369 = vector.fma %2333, %2368, %2323 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2370 = vector.fma %2335, %2368, %2324 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2371 = arith.addi %2201, %2330 : index
                %2372 = memref.load %1[%2371] : memref<?xf32>
                %2373 = vector.broadcast %2372 : f32 to vector<16xf32>
                %2374 = vector.fma %2333, %2373, %2328 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2375 = vector.fma %2335, %2373, %2329 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2376 = arith.constant 3 : index
                %2377 = arith.addi %2222, %2376 : index
                %2378 = arith.muli %2377, %42 : index
                %2379 = arith.addi %2378, %2202 : index
                %2380 = vector.load %40[%2379] : memref<2048xf32>, vector<16xf32>
                %2381 = arith.addi %2378, %2204 : index
                %2382 = vector.load %40[%2381] : memref<2048xf32>, vector<16xf32>
                %2383 = arith.addi %2189, %2377 : index
                %2384 = memref.load %1[%2383] : memref<?xf32>
                %2385 = vector.broadcast %2384 : f32 to vector<16xf32>
                %2386 = vector.fma %2380, %2385, %2339 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2387 = vector.fma %2382, %2385, %2340 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2388 = arith.addi %2190, %2377 : index
                %2389 = memref.load %1[%2388] : memref<?xf32>
                %2390 = vector.broadcast %2389 : f32 to vector<16xf32>
                %2391 = vector.fma %2380, %2390, %2344 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2392 = vector.fma %2382, %2390, %2345 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2393 = arith.addi %2191, %2377 : index
                %2394 = memref.load %1[%2393] : memref<?xf32>
                %2395 = vector.broadcast %2394 : f32 to vector<16xf32>
                %2396 = vector.fma %2380, %2395, %2349 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2397 = vector.fma %2382, %2395, %2350 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2398 = arith.addi %2193, %2377 : index
                %2399 = memref.load %1[%2398] : memref<?xf32>
                %2400 = vector.broadcast %2399 : f32 to vector<16xf32>
                %2401 = vector.fma %2380, %2400, %2354 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2402 = vector.fma %2382, %2400, %2355 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2403 = arith.addi %2195, %2377 : index
                %2404 = memref.load %1[%2403] : memref<?xf32>
                %2405 = vector.broadcast %2404 : f32 to vector<16xf32>
                %2406 = vector.fma %2380, %2405, %2359 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2407 = vector.fma %2382, %2405, %2360 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2408 = arith.addi %2197, %2377 : index
                %2409 = memref.load %1[%2408] : memref<?xf32>
                %2410 = vector.broadcast %2409 : f32 to vector<16xf32>
                %2411 = vector.fma %2380, %2410, %2364 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2412 = vector.fma %2382, %2410, %2365 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2413 = arith.addi %2199, %2377 : index
                %2414 = memref.load %1[%2413] : memref<?xf32>
                %2415 = vector.broadcast %2414 : f32 to vector<16xf32>
                %2416 = vector.fma %2380, %2415, %2369 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2417 = vector.fma %2382, %2415, %2370 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2418 = arith.addi %2201, %2377 : index
                %2419 = memref.load %1[%2418] : memref<?xf32>
                %2420 = vector.broadcast %2419 : f32 to vector<16xf32>
                %2421 = vector.fma %2380, %2420, %2374 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2422 = vector.fma %2382, %2420, %2375 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %2386, %2391, %2396, %2401, %2406, %2411, %2416, %2421, %2387, %2392, %2397, %2402, %2407, %2412, %2417, %2422 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %2423 = arith.addi %2202, %2187 : index
              %2424 = arith.muli %2423, %35 : index
              vector.store %2206, %39[%2424] : memref<2048xf32>, vector<16xf32>
              %2425 = arith.addi %2187, %21 : index
              %2426 = arith.addi %2202, %2425 : index
              %2427 = arith.muli %2426, %35 : index
              vector.store %2207, %39[%2427] : memref<2048xf32>, vector<16xf32>
              %2428 = arith.addi %2187, %12 : index
              %2429 = arith.addi %2202, %2428 : index
              %2430 = arith.muli %2429, %35 : index
              vector.store %2208, %39[%2430] : memref<2048xf32>, vector<16xf32>
              %2431 = arith.constant 3 : index
              %2432 = arith.addi %2187, %2431 : index
              %2433 = arith.addi %2202, %2432 : index
              %2434 = arith.muli %2433, %35 : index
              vector.store %2209, %39[%2434] : memref<2048xf32>, vector<16xf32>
              %2435 = arith.addi %2187, %2205 : index
              %2436 = arith.addi %2202, %2435 : index
              %2437 = arith.muli %2436, %35 : index
              vector.store %2210, %39[%2437] : memref<2048xf32>, vector<16xf32>
              %2438 = arith.constant 5 : index
              %2439 = arith.addi %2187, %2438 : index
              %2440 = arith.addi %2202, %2439 : index
              %2441 = arith.muli %2440, %35 : index
              vector.store %2211, %39[%2441] : memref<2048xf32>, vector<16xf32>
              %2442 = arith.constant 6 : index
              %2443 = arith.addi %2187, %2442 : index
              %2444 = arith.addi %2202, %2443 : index
              %2445 = arith.muli %2444, %35 : index
              vector.store %2212, %39[%2445] : memref<2048xf32>, vector<16xf32>
              %2446 = arith.constant 7 : index
              %2447 = arith.addi %2187, %2446 : index
              %2448 = arith.addi %2202, %2447 : index
              %2449 = arith.muli %2448, %35 : index
              vector.store %2213, %39[%2449] : memref<2048xf32>, vector<16xf32>
              %2450 = arith.addi %2204, %2187 : index
              %2451 = arith.muli %2450, %35 : index
              vector.store %2214, %39[%2451] : memref<2048xf32>, vector<16xf32>
              %2452 = arith.addi %2204, %2425 : index
              %2453 = arith.muli %2452, %35 : index
              vector.store %2215, %39[%2453] : memref<2048xf32>, vector<16xf32>
              %2454 = arith.addi %2204, %2428 : index
              %2455 = arith.muli %2454, %35 : index
              vector.store %2216, %39[%2455] : memref<2048xf32>, vector<16xf32>
              %2456 = arith.addi %2204, %2432 : index
              %2457 = arith.muli %2456, %35 : index
              vector.store %2217, %39[%2457] : memref<2048xf32>, vector<16xf32>
              %2458 = arith.addi %2204, %2435 : index
              %2459 = arith.muli %2458, %35 : index
              vector.store %2218, %39[%2459] : memref<2048xf32>, vector<16xf32>
              %2460 = arith.addi %2204, %2439 : index
              %2461 = arith.muli %2460, %35 : index
              vector.store %2219, %39[%2461] : memref<2048xf32>, vector<16xf32>
              %2462 = arith.addi %2204, %2443 : index
              %2463 = arith.muli %2462, %35 : index
              vector.store %2220, %39[%2463] : memref<2048xf32>, vector<16xf32>
              %2464 = arith.addi %2204, %2447 : index
              %2465 = arith.muli %2464, %35 : index
              vector.store %2221, %39[%2465] : memref<2048xf32>, vector<16xf32>
            }
          }
          scf.for %2466 = %2185 to %36 step %21 {
            scf.for %2467 = %20 to %35 step %432 {
              %2468 = arith.muli %2467, %42 : index
              %2469 = arith.addi %2183, %2468 : index
              %2470 = arith.addi %2469, %42 : index
              %2471 = arith.addi %2469, %18 : index
              %2472 = arith.constant 192 : index
              %2473 = arith.addi %2469, %2472 : index
              %2474 = arith.constant 256 : index
              %2475 = arith.addi %2469, %2474 : index
              %2476 = arith.constant 320 : index
              %2477 = arith.addi %2469, %2476 : index
              %2478 = arith.constant 384 : index
              %2479 = arith.addi %2469, %2478 : index
              %2480 = arith.constant 448 : index
              %2481 = arith.addi %2469, %2480 : index
              %2482 = arith.muli %2466, %35 : index
              %2483 = arith.constant 4 : index
              %2484, %2485, %2486, %2487, %2488, %2489, %2490, %2491 = scf.for %2492 = %20 to %10 step %2483 iter_args(%2493 = %48, %2494 = %48, %2495 = %48, %2496 = %48, %2497 = %48, %2498 = %48, %2499 = %48, %2500 = %48) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %2501 = arith.muli %2492, %42 : index
                %2502 = arith.addi %2501, %2482 : index
                %2503 = vector.load %40[%2502] : memref<2048xf32>, vector<16xf32>
                %2504 = arith.addi %2469, %2492 : index
                %2505 = memref.load %1[%2504] : memref<?xf32>
                %2506 = vector.broadcast %2505 : f32 to vector<16xf32>
                %2507 = vector.fma %2503, %2506, %2493 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2508 = arith.addi %2470, %2492 : index
                %2509 = memref.load %1[%2508] : memref<?xf32>
                %2510 = vector.broadcast %2509 : f32 to vector<16xf32>
                %2511 = vector.fma %2503, %2510, %2494 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2512 = arith.addi %2471, %2492 : index
                %2513 = memref.load %1[%2512] : memref<?xf32>
                %2514 = vector.broadcast %2513 : f32 to vector<16xf32>
                %2515 = vector.fma %2503, %2514, %2495 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2516 = arith.addi %2473, %2492 : index
                %2517 = memref.load %1[%2516] : memref<?xf32>
                %2518 = vector.broadcast %2517 : f32 to vector<16xf32>
                %2519 = vector.fma %2503, %2518, %2496 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2520 = arith.addi %2475, %2492 : index
                %2521 = memref.load %1[%2520] : memref<?xf32>
                %2522 = vector.broadcast %2521 : f32 to vector<16xf32>
                %2523 = vector.fma %2503, %2522, %2497 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2524 = arith.addi %2477, %2492 : index
                %2525 = memref.load %1[%2524] : memref<?xf32>
                %2526 = vector.broadcast %2525 : f32 to vector<16xf32>
                %2527 = vector.fma %2503, %2526, %2498 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2528 = arith.addi %2479, %2492 : index
                %2529 = memref.load %1[%2528] : memref<?xf32>
                %2530 = vector.broadcast %2529 : f32 to vector<16xf32>
                %2531 = vector.fma %2503, %2530, %2499 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2532 = arith.addi %2481, %2492 : index
                %2533 = memref.load %1[%2532] : memref<?xf32>
                %2534 = vector.broadcast %2533 : f32 to vector<16xf32>
                %2535 = vector.fma %2503, %2534, %2500 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2536 = arith.addi %2492, %21 : index
                %2537 = arith.muli %2536, %42 : index
                %2538 = arith.addi %2537, %2482 : index
                %2539 = vector.load %40[%2538] : memref<2048xf32>, vector<16xf32>
                %2540 = arith.addi %2469, %2536 : index
                %2541 = memref.load %1[%2540] : memref<?xf32>
                %2542 = vector.broadcast %2541 : f32 to vector<16xf32>
                %2543 = vector.fma %2539, %2542, %2507 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2544 = arith.addi %2470, %2536 : index
                %2545 = memref.load %1[%2544] : memref<?xf32>
                %2546 = vector.broadcast %2545 : f32 to vector<16xf32>
                %2547 = vector.fma %2539, %2546, %2511 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2548 = arith.addi %2471, %2536 : index
                %2549 = memref.load %1[%2548] : memref<?xf32>
                %2550 = vector.broadcast %2549 : f32 to vector<16xf32>
                %2551 = vector.fma %2539, %2550, %2515 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2552 = arith.addi %2473, %2536 : index
                %2553 = memref.load %1[%2552] : memref<?xf32>
                %2554 = vector.broadcast %2553 : f32 to vector<16xf32>
                %2555 = vector.fma %2539, %2554, %2519 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2556 = arith.addi %2475, %2536 : index
                %2557 = memref.load %1[%2556] : memref<?xf32>
                %2558 = vector.broadcast %2557 : f32 to vector<16xf32>
                %2559 = vector.fma %2539, %2558, %2523 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2560 = arith.addi %2477, %2536 : index
                %2561 = memref.load %1[%2560] : memref<?xf32>
                %2562 = vector.broadcast %2561 : f32 to vector<16xf32>
                %2563 = vector.fma %2539, %2562, %2527 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2564 = arith.addi %2479, %2536 : index
                %2565 = memref.load %1[%2564] : memref<?xf32>
                %2566 = vector.broadcast %2565 : f32 to vector<16xf32>
                %2567 = vector.fma %2539, %2566, %2531 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2568 = arith.addi %2481, %2536 : index
                %2569 = memref.load %1[%2568] : memref<?xf32>
                %2570 = vector.broadcast %2569 : f32 to vector<16xf32>
                %2571 = vector.fma %2539, %2570, %2535 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2572 = arith.addi %2492, %12 : index
                %2573 = arith.muli %2572, %42 : index
                %2574 = arith.addi %2573, %2482 : index
                %2575 = vector.load %40[%2574] : memref<2048xf32>, vector<16xf32>
                %2576 = arith.addi %2469, %2572 : index
                %2577 = memref.load %1[%2576] : memref<?xf32>
                %2578 = vector.broadcast %2577 : f32 to vector<16xf32>
                %2579 = vector.fma %2575, %2578, %2543 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2580 = arith.addi %2470, %2572 : index
                %2581 = memref.load %1[%2580] : memref<?xf32>
                %2582 = vector.broadcast %2581 : f32 to vector<16xf32>
                %2583 = vector.fma %2575, %2582, %2547 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2584 = arith.addi %2471, %2572 : index
                %2585 = memref.load %1[%2584] : memref<?xf32>
                %2586 = vector.broadcast %2585 : f32 to vector<16xf32>
                %2587 = vector.fma %2575, %2586, %2551 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2588 = arith.addi %2473, %2572 : index
                %2589 = memref.load %1[%2588] : memref<?xf32>
                %2590 = vector.broadcast %2589 : f32 to vector<16xf32>
                %2591 = vector.fma %2575, %2590, %2555 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2592 = arith.addi %2475, %2572 : index
                %2593 = memref.load %1[%2592] : memref<?xf32>
                %2594 = vector.broadcast %2593 : f32 to vector<16xf32>
                %2595 = vector.fma %2575, %2594, %2559 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2596 = arith.addi %2477, %2572 : index
                %2597 = memref.load %1[%2596] : memref<?xf32>
                %2598 = vector.broadcast %2597 : f32 to vector<16xf32>
                %2599 = vector.fma %2575, %2598, %2563 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2600 = arith.addi %2479, %2572 : index
                %2601 = memref.load %1[%2600] : memref<?xf32>
                %2602 = vector.broadcast %2601 : f32 to vector<16xf32>
                %2603 = vector.fma %2575, %2602, %2567 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2604 = arith.addi %2481, %2572 : index
                %2605 = memref.load %1[%2604] : memref<?xf32>
                %2606 = vector.broadcast %2605 : f32 to vector<16xf32>
                %2607 = vector.fma %2575, %2606, %2571 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2608 = arith.constant 3 : index
                %2609 = arith.addi %2492, %2608 : index
                %2610 = arith.muli %2609, %42 : index
                %2611 = arith.addi %2610, %2482 : index
                %2612 = vector.load %40[%2611] : memref<2048xf32>, vector<16xf32>
                %2613 = arith.addi %2469, %2609 : index
                %2614 = memref.load %1[%2613] : memref<?xf32>
                %2615 = vector.broadcast %2614 : f32 to vector<16xf32>
                %2616 = vector.fma %2612, %2615, %2579 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2617 = arith.addi %2470, %2609 : index
                %2618 = memref.load %1[%2617] : memref<?xf32>
                %2619 = vector.broadcast %2618 : f32 to vector<16xf32>
                %2620 = vector.fma %2612, %2619, %2583 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2621 = arith.addi %2471, %2609 : index
                %2622 = memref.load %1[%2621] : memref<?xf32>
                %2623 = vector.broadcast %2622 : f32 to vector<16xf32>
                %2624 = vector.fma %2612, %2623, %2587 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2625 = arith.addi %2473, %2609 : index
                %2626 = memref.load %1[%2625] : memref<?xf32>
                %2627 = vector.broadcast %2626 : f32 to vector<16xf32>
                %2628 = vector.fma %2612, %2627, %2591 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2629 = arith.addi %2475, %2609 : index
                %2630 = memref.load %1[%2629] : memref<?xf32>
                %2631 = vector.broadcast %2630 : f32 to vector<16xf32>
                %2632 = vector.fma %2612, %2631, %2595 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2633 = arith.addi %2477, %2609 : index
                %2634 = memref.load %1[%2633] : memref<?xf32>
                %2635 = vector.broadcast %2634 : f32 to vector<16xf32>
                %2636 = vector.fma %2612, %2635, %2599 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2637 = arith.addi %2479, %2609 : index
                %2638 = memref.load %1[%2637] : memref<?xf32>
                %2639 = vector.broadcast %2638 : f32 to vector<16xf32>
                %2640 = vector.fma %2612, %2639, %2603 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2641 = arith.addi %2481, %2609 : index
                %2642 = memref.load %1[%2641] : memref<?xf32>
                %2643 = vector.broadcast %2642 : f32 to vector<16xf32>
                %2644 = vector.fma %2612, %2643, %2607 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %2616, %2620, %2624, %2628, %2632, %2636, %2640, %2644 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %2645 = arith.addi %2482, %2467 : index
              %2646 = arith.muli %2645, %35 : index
              vector.store %2484, %39[%2646] : memref<2048xf32>, vector<16xf32>
              %2647 = arith.addi %2467, %21 : index
              %2648 = arith.addi %2482, %2647 : index
              %2649 = arith.muli %2648, %35 : index
              vector.store %2485, %39[%2649] : memref<2048xf32>, vector<16xf32>
              %2650 = arith.addi %2467, %12 : index
              %2651 = arith.addi %2482, %2650 : index
              %2652 = arith.muli %2651, %35 : index
              vector.store %2486, %39[%2652] : memref<2048xf32>, vector<16xf32>
              %2653 = arith.constant 3 : index
              %2654 = arith.addi %2467, %2653 : index
              %2655 = arith.addi %2482, %2654 : index
              %2656 = arith.muli %2655, %35 : index
              vector.store %2487, %39[%2656] : memref<2048xf32>, vector<16xf32>
              %2657 = arith.addi %2467, %2483 : index
              %2658 = arith.addi %2482, %2657 : index
              %2659 = arith.muli %2658, %35 : index
              vector.store %2488, %39[%2659] : memref<2048xf32>, vector<16xf32>
              %2660 = arith.constant 5 : index
              %2661 = arith.addi %2467, %2660 : index
              %2662 = arith.addi %2482, %2661 : index
              %2663 = arith.muli %2662, %35 : index
              vector.store %2489, %39[%2663] : memref<2048xf32>, vector<16xf32>
              %2664 = arith.constant 6 : index
              %2665 = arith.addi %2467, %2664 : index
              %2666 = arith.addi %2482, %2665 : index
              %2667 = arith.muli %2666, %35 : index
              vector.store %2490, %39[%2667] : memref<2048xf32>, vector<16xf32>
              %2668 = arith.constant 7 : index
              %2669 = arith.addi %2467, %2668 : index
              %2670 = arith.addi %2482, %2669 : index
              %2671 = arith.muli %2670, %35 : index
              vector.store %2491, %39[%2671] : memref<2048xf32>, vector<16xf32>
            }
          }
          scf.for %2672 = %20 to %36 step %21 {
            %2673 = arith.muli %2672, %35 : index
            %2674 = arith.constant 256 : index
            %2675 = arith.muli %2672, %2674 : index
            %2676 = arith.constant 192 : index
            %2677 = arith.addi %2673, %2676 : index
            %2678 = vector.load %38[%2677] : memref<256xf32>, vector<16xf32>
            %2679 = arith.index_cast %2181 : index to i64
            %2680 = arith.sitofp %2679 : i64 to f32
            %2681 = vector.broadcast %2680 : f32 to vector<16xf32>
            %2682 = arith.subf %2678, %2681 fastmath<nsz,arcp,afn> : vector<16xf32>
            %2683 = vector.load %38[%2673] : memref<256xf32>, vector<16xf32>
            %2684 = scf.for %2685 = %20 to %35 step %432 iter_args(%2686 = %2683) -> (vector<16xf32>) {
              %2687 = arith.muli %2685, %35 : index
              %2688 = arith.addi %2675, %2687 : index
              %2689 = vector.load %39[%2688] : memref<2048xf32>, vector<16xf32>
              %2690 = arith.addi %2685, %21 : index
              %2691 = arith.muli %2690, %35 : index
              %2692 = arith.addi %2675, %2691 : index
              %2693 = vector.load %39[%2692] : memref<2048xf32>, vector<16xf32>
              %2694 = arith.addi %2685, %12 : index
              %2695 = arith.muli %2694, %35 : index
              %2696 = arith.addi %2675, %2695 : index
              %2697 = vector.load %39[%2696] : memref<2048xf32>, vector<16xf32>
              %2698 = arith.constant 3 : index
              %2699 = arith.addi %2685, %2698 : index
              %2700 = arith.muli %2699, %35 : index
              %2701 = arith.addi %2675, %2700 : index
              %2702 = vector.load %39[%2701] : memref<2048xf32>, vector<16xf32>
              %2703 = arith.constant 4 : index
              %2704 = arith.addi %2685, %2703 : index
              %2705 = arith.muli %2704, %35 : index
              %2706 = arith.addi %2675, %2705 : index
              %2707 = vector.load %39[%2706] : memref<2048xf32>, vector<16xf32>
              %2708 = arith.constant 5 : index
              %2709 = arith.addi %2685, %2708 : index
              %2710 = arith.muli %2709, %35 : index
              %2711 = arith.addi %2675, %2710 : index
              %2712 = vector.load %39[%2711] : memref<2048xf32>, vector<16xf32>
              %2713 = arith.constant 6 : index
              %2714 = arith.addi %2685, %2713 : index
              %2715 = arith.muli %2714, %35 : index
              %2716 = arith.addi %2675, %2715 : index
              %2717 = vector.load %39[%2716] : memref<2048xf32>, vector<16xf32>
              %2718 = arith.constant 7 : index
              %2719 = arith.addi %2685, %2718 : index
              %2720 = arith.muli %2719, %35 : index
              %2721 = arith.addi %2675, %2720 : index
              %2722 = vector.load %39[%2721] : memref<2048xf32>, vector<16xf32>
              %2723 = arith.index_cast %2685 : index to i64
              %2724 = arith.sitofp %2723 : i64 to f32
              %2725 = vector.broadcast %2724 : f32 to vector<16xf32>
              %2726 = arith.subf %2682, %2725 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2727 = arith.cmpf olt, %48, %2726 : vector<16xf32>
              %2728 = arith.constant 1.000000e+00 : f32
              %2729 = vector.broadcast %2728 : f32 to vector<16xf32>
              %2730 = arith.cmpf olt, %2729, %2726 : vector<16xf32>
              %2731 = arith.constant 2.000000e+00 : f32
              %2732 = vector.broadcast %2731 : f32 to vector<16xf32>
              %2733 = arith.cmpf olt, %2732, %2726 : vector<16xf32>
              %2734 = arith.constant 3.000000e+00 : f32
              %2735 = vector.broadcast %2734 : f32 to vector<16xf32>
              %2736 = arith.cmpf olt, %2735, %2726 : vector<16xf32>
              %2737 = arith.constant 4.000000e+00 : f32
              %2738 = vector.broadcast %2737 : f32 to vector<16xf32>
              %2739 = arith.cmpf olt, %2738, %2726 : vector<16xf32>
              %2740 = arith.constant 5.000000e+00 : f32
              %2741 = vector.broadcast %2740 : f32 to vector<16xf32>
              %2742 = arith.cmpf olt, %2741, %2726 : vector<16xf32>
              %2743 = arith.constant 6.000000e+00 : f32
              %2744 = vector.broadcast %2743 : f32 to vector<16xf32>
              %2745 = arith.cmpf olt, %2744, %2726 : vector<16xf32>
              %2746 = arith.constant 7.000000e+00 : f32
              %2747 = vector.broadcast %2746 : f32 to vector<16xf32>
              %2748 = arith.cmpf olt, %2747, %2726 : vector<16xf32>
              %2749 = arith.constant -1.000000e+30 : f32
              %2750 = vector.broadcast %2749 : f32 to vector<16xf32>
              %2751 = arith.select %2727, %2689, %2750 : vector<16xf32>
              %2752 = arith.select %2730, %2693, %2750 : vector<16xf32>
              %2753 = arith.select %2733, %2697, %2750 : vector<16xf32>
              %2754 = arith.select %2736, %2702, %2750 : vector<16xf32>
              %2755 = arith.select %2739, %2707, %2750 : vector<16xf32>
              %2756 = arith.select %2742, %2712, %2750 : vector<16xf32>
              %2757 = arith.select %2745, %2717, %2750 : vector<16xf32>
              %2758 = arith.select %2748, %2722, %2750 : vector<16xf32>
              %2759 = arith.cmpf ogt, %2751, %2752 : vector<16xf32>
              %2760 = arith.select %2759, %2751, %2752 : vector<16xf32>
              %2761 = arith.cmpf ogt, %2753, %2754 : vector<16xf32>
              %2762 = arith.select %2761, %2753, %2754 : vector<16xf32>
              %2763 = arith.cmpf ogt, %2755, %2756 : vector<16xf32>
              %2764 = arith.select %2763, %2755, %2756 : vector<16xf32>
              %2765 = arith.cmpf ogt, %2757, %2758 : vector<16xf32>
              %2766 = arith.select %2765, %2757, %2758 : vector<16xf32>
              %2767 = arith.cmpf ogt, %2760, %2762 : vector<16xf32>
              %2768 = arith.select %2767, %2760, %2762 : vector<16xf32>
              %2769 = arith.cmpf ogt, %2764, %2766 : vector<16xf32>
              %2770 = arith.select %2769, %2764, %2766 : vector<16xf32>
              %2771 = arith.cmpf ogt, %2768, %2770 : vector<16xf32>
              %2772 = arith.select %2771, %2768, %2770 : vector<16xf32>
              %2773 = arith.cmpf ogt, %2686, %2772 : vector<16xf32>
              %2774 = arith.select %2773, %2686, %2772 : vector<16xf32>
              scf.yield %2774 : vector<16xf32>
            }
            %2775 = scf.for %2776 = %20 to %35 step %432 iter_args(%2777 = %48) -> (vector<16xf32>) {
              %2778 = arith.muli %2776, %35 : index
              %2779 = arith.addi %2675, %2778 : index
              %2780 = vector.load %39[%2779] : memref<2048xf32>, vector<16xf32>
              %2781 = arith.addi %2776, %21 : index
              %2782 = arith.muli %2781, %35 : index
              %2783 = arith.addi %2675, %2782 : index
              %2784 = vector.load %39[%2783] : memref<2048xf32>, vector<16xf32>
              %2785 = arith.addi %2776, %12 : index
              %2786 = arith.muli %2785, %35 : index
              %2787 = arith.addi %2675, %2786 : index
              %2788 = vector.load %39[%2787] : memref<2048xf32>, vector<16xf32>
              %2789 = arith.constant 3 : index
              %2790 = arith.addi %2776, %2789 : index
              %2791 = arith.muli %2790, %35 : index
              %2792 = arith.addi %2675, %2791 : index
              %2793 = vector.load %39[%2792] : memref<2048xf32>, vector<16xf32>
              %2794 = arith.constant 4 : index
              %2795 = arith.addi %2776, %2794 : index
              %2796 = arith.muli %2795, %35 : index
              %2797 = arith.addi %2675, %2796 : index
              %2798 = vector.load %39[%2797] : memref<2048xf32>, vector<16xf32>
              %2799 = arith.constant 5 : index
              %2800 = arith.addi %2776, %2799 : index
              %2801 = arith.muli %2800, %35 : index
              %2802 = arith.addi %2675, %2801 : index
              %2803 = vector.load %39[%2802] : memref<2048xf32>, vector<16xf32>
              %2804 = arith.constant 6 : index
              %2805 = arith.addi %2776, %2804 : index
              %2806 = arith.muli %2805, %35 : index
              %2807 = arith.addi %2675, %2806 : index
              %2808 = vector.load %39[%2807] : memref<2048xf32>, vector<16xf32>
              %2809 = arith.constant 7 : index
              %2810 = arith.addi %2776, %2809 : index
              %2811 = arith.muli %2810, %35 : index
              %2812 = arith.addi %2675, %2811 : index
              %2813 = vector.load %39[%2812] : memref<2048xf32>, vector<16xf32>
              %2814 = arith.index_cast %2776 : index to i64
              %2815 = arith.sitofp %2814 : i64 to f32
              %2816 = vector.broadcast %2815 : f32 to vector<16xf32>
              %2817 = arith.subf %2682, %2816 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2818 = arith.cmpf olt, %48, %2817 : vector<16xf32>
              %2819 = arith.constant 1.000000e+00 : f32
              %2820 = vector.broadcast %2819 : f32 to vector<16xf32>
              %2821 = arith.cmpf olt, %2820, %2817 : vector<16xf32>
              %2822 = arith.constant 2.000000e+00 : f32
              %2823 = vector.broadcast %2822 : f32 to vector<16xf32>
              %2824 = arith.cmpf olt, %2823, %2817 : vector<16xf32>
              %2825 = arith.constant 3.000000e+00 : f32
              %2826 = vector.broadcast %2825 : f32 to vector<16xf32>
              %2827 = arith.cmpf olt, %2826, %2817 : vector<16xf32>
              %2828 = arith.constant 4.000000e+00 : f32
              %2829 = vector.broadcast %2828 : f32 to vector<16xf32>
              %2830 = arith.cmpf olt, %2829, %2817 : vector<16xf32>
              %2831 = arith.constant 5.000000e+00 : f32
              %2832 = vector.broadcast %2831 : f32 to vector<16xf32>
              %2833 = arith.cmpf olt, %2832, %2817 : vector<16xf32>
              %2834 = arith.constant 6.000000e+00 : f32
              %2835 = vector.broadcast %2834 : f32 to vector<16xf32>
              %2836 = arith.cmpf olt, %2835, %2817 : vector<16xf32>
              %2837 = arith.constant 7.000000e+00 : f32
              %2838 = vector.broadcast %2837 : f32 to vector<16xf32>
              %2839 = arith.cmpf olt, %2838, %2817 : vector<16xf32>
              %2840 = arith.constant -1.000000e+30 : f32
              %2841 = vector.broadcast %2840 : f32 to vector<16xf32>
              %2842 = arith.select %2818, %2780, %2841 : vector<16xf32>
              %2843 = arith.select %2821, %2784, %2841 : vector<16xf32>
              %2844 = arith.select %2824, %2788, %2841 : vector<16xf32>
              %2845 = arith.select %2827, %2793, %2841 : vector<16xf32>
              %2846 = arith.select %2830, %2798, %2841 : vector<16xf32>
              %2847 = arith.select %2833, %2803, %2841 : vector<16xf32>
              %2848 = arith.select %2836, %2808, %2841 : vector<16xf32>
              %2849 = arith.select %2839, %2813, %2841 : vector<16xf32>
              %2850 = arith.subf %2842, %2684 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2851 = arith.constant -8.700000e+01 : f32
              %2852 = vector.broadcast %2851 : f32 to vector<16xf32>
              %2853 = arith.cmpf ogt, %2850, %2852 : vector<16xf32>
              %2854 = arith.select %2853, %2850, %2852 : vector<16xf32>
              %2855 = arith.constant 8.800000e+01 : f32
              %2856 = vector.broadcast %2855 : f32 to vector<16xf32>
              %2857 = arith.cmpf olt, %2854, %2856 : vector<16xf32>
              %2858 = arith.select %2857, %2854, %2856 : vector<16xf32>
              %2859 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %2860 = arith.minnumf %2858, %2859 : vector<16xf32>
              %2861 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %2862 = arith.maxnumf %2860, %2861 : vector<16xf32>
              %2863 = arith.constant dense<1.44269502> : vector<16xf32>
              %2864 = arith.mulf %2862, %2863 fastmath<contract> : vector<16xf32>
              %2865 = rlx_cpu.rint %2864 : vector<16xf32>
              %2866 = arith.constant dense<0.693359375> : vector<16xf32>
              %2867 = arith.mulf %2865, %2866 fastmath<contract> : vector<16xf32>
              %2868 = arith.subf %2862, %2867 fastmath<contract> : vector<16xf32>
              %2869 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %2870 = arith.mulf %2865, %2869 fastmath<contract> : vector<16xf32>
              %2871 = arith.subf %2868, %2870 fastmath<contract> : vector<16xf32>
              %2872 = arith.constant dense<0.000198756912> : vector<16xf32>
              %2873 = arith.mulf %2872, %2871 fastmath<contract> : vector<16xf32>
              %2874 = arith.constant dense<0.00139819994> : vector<16xf32>
              %2875 = arith.addf %2873, %2874 fastmath<contract> : vector<16xf32>
              %2876 = arith.mulf %2875, %2871 fastmath<contract> : vector<16xf32>
              %2877 = arith.constant dense<0.00833345205> : vector<16xf32>
              %2878 = arith.addf %2876, %2877 fastmath<contract> : vector<16xf32>
              %2879 = arith.mulf %2878, %2871 fastmath<contract> : vector<16xf32>
              %2880 = arith.constant dense<0.0416657962> : vector<16xf32>
              %2881 = arith.addf %2879, %2880 fastmath<contract> : vector<16xf32>
              %2882 = arith.mulf %2881, %2871 fastmath<contract> : vector<16xf32>
              %2883 = arith.constant dense<0.166666657> : vector<16xf32>
              %2884 = arith.addf %2882, %2883 fastmath<contract> : vector<16xf32>
              %2885 = arith.mulf %2884, %2871 fastmath<contract> : vector<16xf32>
              %2886 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %2887 = arith.addf %2885, %2886 fastmath<contract> : vector<16xf32>
              %2888 = arith.mulf %2871, %2871 fastmath<contract> : vector<16xf32>
              %2889 = arith.mulf %2887, %2888 fastmath<contract> : vector<16xf32>
              %2890 = arith.addf %2889, %2871 fastmath<contract> : vector<16xf32>
              %2891 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %2892 = arith.addf %2890, %2891 fastmath<contract> : vector<16xf32>
              %2893 = arith.fptosi %2865 : vector<16xf32> to vector<16xi32>
              %2894 = arith.constant dense<23> : vector<16xi32>
              %2895 = arith.shli %2893, %2894 : vector<16xi32>
              %2896 = arith.bitcast %2892 : vector<16xf32> to vector<16xi32>
              %2897 = arith.addi %2896, %2895 : vector<16xi32>
              %2898 = arith.bitcast %2897 : vector<16xi32> to vector<16xf32>
              %2899 = arith.constant dense<-87.3365479> : vector<16xf32>
              %2900 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %2901 = arith.cmpf olt, %2858, %2899 : vector<16xf32>
              %2902 = arith.select %2901, %2900, %2898 : vector<16xf32>
              %2903 = arith.constant dense<88.7228394> : vector<16xf32>
              %2904 = arith.constant dense<0x7f800000> : vector<16xf32>
              %2905 = arith.cmpf ogt, %2858, %2903 : vector<16xf32>
              %2906 = arith.select %2905, %2904, %2902 : vector<16xf32>
              %2907 = arith.cmpf uno, %2858, %2858 : vector<16xf32>
              %2908 = arith.select %2907, %2858, %2906 : vector<16xf32>
              %2909 = arith.select %2818, %2908, %48 : vector<16xf32>
              vector.store %2909, %39[%2779] : memref<2048xf32>, vector<16xf32>
              %2910 = arith.subf %2843, %2684 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2911 = arith.cmpf ogt, %2910, %2852 : vector<16xf32>
              %2912 = arith.select %2911, %2910, %2852 : vector<16xf32>
              %2913 = arith.cmpf olt, %2912, %2856 : vector<16xf32>
              %2914 = arith.select %2913, %2912, %2856 : vector<16xf32>
              %2915 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %2916 = arith.minnumf %2914, %2915 : vector<16xf32>
              %2917 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %2918 = arith.maxnumf %2916, %2917 : vector<16xf32>
              %2919 = arith.constant dense<1.44269502> : vector<16xf32>
              %2920 = arith.mulf %2918, %2919 fastmath<contract> : vector<16xf32>
              %2921 = rlx_cpu.rint %2920 : vector<16xf32>
              %2922 = arith.constant dense<0.693359375> : vector<16xf32>
              %2923 = arith.mulf %2921, %2922 fastmath<contract> : vector<16xf32>
              %2924 = arith.subf %2918, %2923 fastmath<contract> : vector<16xf32>
              %2925 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %2926 = arith.mulf %2921, %2925 fastmath<contract> : vector<16xf32>
              %2927 = arith.subf %2924, %2926 fastmath<contract> : vector<16xf32>
              %2928 = arith.constant dense<0.000198756912> : vector<16xf32>
              %2929 = arith.mulf %2928, %2927 fastmath<contract> : vector<16xf32>
              %2930 = arith.constant dense<0.00139819994> : vector<16xf32>
              %2931 = arith.addf %2929, %2930 fastmath<contract> : vector<16xf32>
              %2932 = arith.mulf %2931, %2927 fastmath<contract> : vector<16xf32>
              %2933 = arith.constant dense<0.00833345205> : vector<16xf32>
              %2934 = arith.addf %2932, %2933 fastmath<contract> : vector<16xf32>
              %2935 = arith.mulf %2934, %2927 fastmath<contract> : vector<16xf32>
              %2936 = arith.constant dense<0.0416657962> : vector<16xf32>
              %2937 = arith.addf %2935, %2936 fastmath<contract> : vector<16xf32>
              %2938 = arith.mulf %2937, %2927 fastmath<contract> : vector<16xf32>
              %2939 = arith.constant dense<0.166666657> : vector<16xf32>
              %2940 = arith.addf %2938, %2939 fastmath<contract> : vector<16xf32>
              %2941 = arith.mulf %2940, %2927 fastmath<contract> : vector<16xf32>
              %2942 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %2943 = arith.addf %2941, %2942 fastmath<contract> : vector<16xf32>
              %2944 = arith.mulf %2927, %2927 fastmath<contract> : vector<16xf32>
              %2945 = arith.mulf %2943, %2944 fastmath<contract> : vector<16xf32>
              %2946 = arith.addf %2945, %2927 fastmath<contract> : vector<16xf32>
              %2947 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %2948 = arith.addf %2946, %2947 fastmath<contract> : vector<16xf32>
              %2949 = arith.fptosi %2921 : vector<16xf32> to vector<16xi32>
              %2950 = arith.constant dense<23> : vector<16xi32>
              %2951 = arith.shli %2949, %2950 : vector<16xi32>
              %2952 = arith.bitcast %2948 : vector<16xf32> to vector<16xi32>
              %2953 = arith.addi %2952, %2951 : vector<16xi32>
              %2954 = arith.bitcast %2953 : vector<16xi32> to vector<16xf32>
              %2955 = arith.constant dense<-87.3365479> : vector<16xf32>
              %2956 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %2957 = arith.cmpf olt, %2914, %2955 : vector<16xf32>
              %2958 = arith.select %2957, %2956, %2954 : vector<16xf32>
              %2959 = arith.constant dense<88.7228394> : vector<16xf32>
              %2960 = arith.constant dense<0x7f800000> : vector<16xf32>
              %2961 = arith.cmpf ogt, %2914, %2959 : vector<16xf32>
              %2962 = arith.select %2961, %2960, %2958 : vector<16xf32>
              %2963 = arith.cmpf uno, %2914, %2914 : vector<16xf32>
              %2964 = arith.select %2963, %2914, %2962 : vector<16xf32>
              %2965 = arith.select %2821, %2964, %48 : vector<16xf32>
              vector.store %2965, %39[%2783] : memref<2048xf32>, vector<16xf32>
              %2966 = arith.subf %2844, %2684 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2967 = arith.cmpf ogt, %2966, %2852 : vector<16xf32>
              %2968 = arith.select %2967, %2966, %2852 : vector<16xf32>
              %2969 = arith.cmpf olt, %2968, %2856 : vector<16xf32>
              %2970 = arith.select %2969, %2968, %2856 : vector<16xf32>
              %2971 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %2972 = arith.minnumf %2970, %2971 : vector<16xf32>
              %2973 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %2974 = arith.maxnumf %2972, %2973 : vector<16xf32>
              %2975 = arith.constant dense<1.44269502> : vector<16xf32>
              %2976 = arith.mulf %2974, %2975 fastmath<contract> : vector<16xf32>
              %2977 = rlx_cpu.rint %2976 : vector<16xf32>
              %2978 = arith.constant dense<0.693359375> : vector<16xf32>
              %2979 = arith.mulf %2977, %2978 fastmath<contract> : vector<16xf32>
              %2980 = arith.subf %2974, %2979 fastmath<contract> : vector<16xf32>
              %2981 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %2982 = arith.mulf %2977, %2981 fastmath<contract> : vector<16xf32>
              %2983 = arith.subf %2980, %2982 fastmath<contract> : vector<16xf32>
              %2984 = arith.constant dense<0.000198756912> : vector<16xf32>
              %2985 = arith.mulf %2984, %2983 fastmath<contract> : vector<16xf32>
              %2986 = arith.constant dense<0.00139819994> : vector<16xf32>
              %2987 = arith.addf %2985, %2986 fastmath<contract> : vector<16xf32>
              %2988 = arith.mulf %2987, %2983 fastmath<contract> : vector<16xf32>
              %2989 = arith.constant dense<0.00833345205> : vector<16xf32>
              %2990 = arith.addf %2988, %2989 fastmath<contract> : vector<16xf32>
              %2991 = arith.mulf %2990, %2983 fastmath<contract> : vector<16xf32>
              %2992 = arith.constant dense<0.0416657962> : vector<16xf32>
              %2993 = arith.addf %2991, %2992 fastmath<contract> : vector<16xf32>
              %2994 = arith.mulf %2993, %2983 fastmath<contract> : vector<16xf32>
              %2995 = arith.constant dense<0.166666657> : vector<16xf32>
              %2996 = arith.addf %2994, %2995 fastmath<contract> : vector<16xf32>
              %2997 = arith.mulf %2996, %2983 fastmath<contract> : vector<16xf32>
              %2998 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %2999 = arith.addf %2997, %2998 fastmath<contract> : vector<16xf32>
              %3000 = arith.mulf %2983, %2983 fastmath<contract> : vector<16xf32>
              %3001 = arith.mulf %2999, %3000 fastmath<contract> : vector<16xf32>
              %3002 = arith.addf %3001, %2983 fastmath<contract> : vector<16xf32>
              %3003 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %3004 = arith.addf %3002, %3003 fastmath<contract> : vector<16xf32>
              %3005 = arith.fptosi %2977 : vector<16xf32> to vector<16xi32>
              %3006 = arith.constant dense<23> : vector<16xi32>
              %3007 = arith.shli %3005, %3006 : vector<16xi32>
              %3008 = arith.bitcast %3004 : vector<16xf32> to vector<16xi32>
              %3009 = arith.addi %3008, %3007 : vector<16xi32>
              %3010 = arith.bitcast %3009 : vector<16xi32> to vector<16xf32>
              %3011 = arith.constant dense<-87.3365479> : vector<16xf32>
              %3012 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %3013 = arith.cmpf olt, %2970, %3011 : vector<16xf32>
              %3014 = arith.select %3013, %3012, %3010 : vector<16xf32>
              %3015 = arith.constant dense<88.7228394> : vector<16xf32>
              %3016 = arith.constant dense<0x7f800000> : vector<16xf32>
              %3017 = arith.cmpf ogt, %2970, %3015 : vector<16xf32>
              %3018 = arith.select %3017, %3016, %3014 : vector<16xf32>
              %3019 = arith.cmpf uno, %2970, %2970 : vector<16xf32>
              %3020 = arith.select %3019, %2970, %3018 : vector<16xf32>
              %3021 = arith.select %2824, %3020, %48 : vector<16xf32>
              vector.store %3021, %39[%2787] : memref<2048xf32>, vector<16xf32>
              %3022 = arith.subf %2845, %2684 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3023 = arith.cmpf ogt, %3022, %2852 : vector<16xf32>
              %3024 = arith.select %3023, %3022, %2852 : vector<16xf32>
              %3025 = arith.cmpf olt, %3024, %2856 : vector<16xf32>
              %3026 = arith.select %3025, %3024, %2856 : vector<16xf32>
              %3027 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %3028 = arith.minnumf %3026, %3027 : vector<16xf32>
              %3029 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %3030 = arith.maxnumf %3028, %3029 : vector<16xf32>
              %3031 = arith.constant dense<1.44269502> : vector<16xf32>
              %3032 = arith.mulf %3030, %3031 fastmath<contract> : vector<16xf32>
              %3033 = rlx_cpu.rint %3032 : vector<16xf32>
              %3034 = arith.constant dense<0.693359375> : vector<16xf32>
              %3035 = arith.mulf %3033, %3034 fastmath<contract> : vector<16xf32>
              %3036 = arith.subf %3030, %3035 fastmath<contract> : vector<16xf32>
              %3037 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %3038 = arith.mulf %3033, %3037 fastmath<contract> : vector<16xf32>
              %3039 = arith.subf %3036, %3038 fastmath<contract> : vector<16xf32>
              %3040 = arith.constant dense<0.000198756912> : vector<16xf32>
              %3041 = arith.mulf %3040, %3039 fastmath<contract> : vector<16xf32>
              %3042 = arith.constant dense<0.00139819994> : vector<16xf32>
              %3043 = arith.addf %3041, %3042 fastmath<contract> : vector<16xf32>
              %3044 = arith.mulf %3043, %3039 fastmath<contract> : vector<16xf32>
              %3045 = arith.constant dense<0.00833345205> : vector<16xf32>
              %3046 = arith.addf %3044, %3045 fastmath<contract> : vector<16xf32>
              %3047 = arith.mulf %3046, %3039 fastmath<contract> : vector<16xf32>
              %3048 = arith.constant dense<0.0416657962> : vector<16xf32>
              %3049 = arith.addf %3047, %3048 fastmath<contract> : vector<16xf32>
              %3050 = arith.mulf %3049, %3039 fastmath<contract> : vector<16xf32>
              %3051 = arith.constant dense<0.166666657> : vector<16xf32>
              %3052 = arith.addf %3050, %3051 fastmath<contract> : vector<16xf32>
              %3053 = arith.mulf %3052, %3039 fastmath<contract> : vector<16xf32>
              %3054 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %3055 = arith.addf %3053, %3054 fastmath<contract> : vector<16xf32>
              %3056 = arith.mulf %3039, %3039 fastmath<contract> : vector<16xf32>
              %3057 = arith.mulf %3055, %3056 fastmath<contract> : vector<16xf32>
              %3058 = arith.addf %3057, %3039 fastmath<contract> : vector<16xf32>
              %3059 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %3060 = arith.addf %3058, %3059 fastmath<contract> : vector<16xf32>
              %3061 = arith.fptosi %3033 : vector<16xf32> to vector<16xi32>
              %3062 = arith.constant dense<23> : vector<16xi32>
              %3063 = arith.shli %3061, %3062 : vector<16xi32>
              %3064 = arith.bitcast %3060 : vector<16xf32> to vector<16xi32>
              %3065 = arith.addi %3064, %3063 : vector<16xi32>
              %3066 = arith.bitcast %3065 : vector<16xi32> to vector<16xf32>
              %3067 = arith.constant dense<-87.3365479> : vector<16xf32>
              %3068 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %3069 = arith.cmpf olt, %3026, %3067 : vector<16xf32>
              %3070 = arith.select %3069, %3068, %3066 : vector<16xf32>
              %3071 = arith.constant dense<88.7228394> : vector<16xf32>
              %3072 = arith.constant dense<0x7f800000> : vector<16xf32>
              %3073 = arith.cmpf ogt, %3026, %3071 : vector<16xf32>
              %3074 = arith.select %3073, %3072, %3070 : vector<16xf32>
              %3075 = arith.cmpf uno, %3026, %3026 : vector<16xf32>
              %3076 = arith.select %3075, %3026, %3074 : vector<16xf32>
              %3077 = arith.select %2827, %3076, %48 : vector<16xf32>
              vector.store %3077, %39[%2792] : memref<2048xf32>, vector<16xf32>
              %3078 = arith.subf %2846, %2684 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3079 = arith.cmpf ogt, %3078, %2852 : vector<16xf32>
              %3080 = arith.select %3079, %3078, %2852 : vector<16xf32>
              %3081 = arith.cmpf olt, %3080, %2856 : vector<16xf32>
              %3082 = arith.select %3081, %3080, %2856 : vector<16xf32>
              %3083 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %3084 = arith.minnumf %3082, %3083 : vector<16xf32>
              %3085 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %3086 = arith.maxnumf %3084, %3085 : vector<16xf32>
              %3087 = arith.constant dense<1.44269502> : vector<16xf32>
              %3088 = arith.mulf %3086, %3087 fastmath<contract> : vector<16xf32>
              %3089 = rlx_cpu.rint %3088 : vector<16xf32>
              %3090 = arith.constant dense<0.693359375> : vector<16xf32>
              %3091 = arith.mulf %3089, %3090 fastmath<contract> : vector<16xf32>
              %3092 = arith.subf %3086, %3091 fastmath<contract> : vector<16xf32>
              %3093 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %3094 = arith.mulf %3089, %3093 fastmath<contract> : vector<16xf32>
              %3095 = arith.subf %3092, %3094 fastmath<contract> : vector<16xf32>
              %3096 = arith.constant dense<0.000198756912> : vector<16xf32>
              %3097 = arith.mulf %3096, %3095 fastmath<contract> : vector<16xf32>
              %3098 = arith.constant dense<0.00139819994> : vector<16xf32>
              %3099 = arith.addf %3097, %3098 fastmath<contract> : vector<16xf32>
              %3100 = arith.mulf %3099, %3095 fastmath<contract> : vector<16xf32>
              %3101 = arith.constant dense<0.00833345205> : vector<16xf32>
              %3102 = arith.addf %3100, %3101 fastmath<contract> : vector<16xf32>
              %3103 = arith.mulf %3102, %3095 fastmath<contract> : vector<16xf32>
              %3104 = arith.constant dense<0.0416657962> : vector<16xf32>
              %3105 = arith.addf %3103, %3104 fastmath<contract> : vector<16xf32>
              %3106 = arith.mulf %3105, %3095 fastmath<contract> : vector<16xf32>
              %3107 = arith.constant dense<0.166666657> : vector<16xf32>
              %3108 = arith.addf %3106, %3107 fastmath<contract> : vector<16xf32>
              %3109 = arith.mulf %3108, %3095 fastmath<contract> : vector<16xf32>
              %3110 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %3111 = arith.addf %3109, %3110 fastmath<contract> : vector<16xf32>
              %3112 = arith.mulf %3095, %3095 fastmath<contract> : vector<16xf32>
              %3113 = arith.mulf %3111, %3112 fastmath<contract> : vector<16xf32>
              %3114 = arith.addf %3113, %3095 fastmath<contract> : vector<16xf32>
              %3115 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %3116 = arith.addf %3114, %3115 fastmath<contract> : vector<16xf32>
              %3117 = arith.fptosi %3089 : vector<16xf32> to vector<16xi32>
              %3118 = arith.constant dense<23> : vector<16xi32>
              %3119 = arith.shli %3117, %3118 : vector<16xi32>
              %3120 = arith.bitcast %3116 : vector<16xf32> to vector<16xi32>
              %3121 = arith.addi %3120, %3119 : vector<16xi32>
              %3122 = arith.bitcast %3121 : vector<16xi32> to vector<16xf32>
              %3123 = arith.constant dense<-87.3365479> : vector<16xf32>
              %3124 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %3125 = arith.cmpf olt, %3082, %3123 : vector<16xf32>
              %3126 = arith.select %3125, %3124, %3122 : vector<16xf32>
              %3127 = arith.constant dense<88.7228394> : vector<16xf32>
              %3128 = arith.constant dense<0x7f800000> : vector<16xf32>
              %3129 = arith.cmpf ogt, %3082, %3127 : vector<16xf32>
              %3130 = arith.select %3129, %3128, %3126 : vector<16xf32>
              %3131 = arith.cmpf uno, %3082, %3082 : vector<16xf32>
              %3132 = arith.select %3131, %3082, %3130 : vector<16xf32>
              %3133 = arith.select %2830, %3132, %48 : vector<16xf32>
              vector.store %3133, %39[%2797] : memref<2048xf32>, vector<16xf32>
              %3134 = arith.subf %2847, %2684 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3135 = arith.cmpf ogt, %3134, %2852 : vector<16xf32>
              %3136 = arith.select %3135, %3134, %2852 : vector<16xf32>
              %3137 = arith.cmpf olt, %3136, %2856 : vector<16xf32>
              %3138 = arith.select %3137, %3136, %2856 : vector<16xf32>
              %3139 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %3140 = arith.minnumf %3138, %3139 : vector<16xf32>
              %3141 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %3142 = arith.maxnumf %3140, %3141 : vector<16xf32>
              %3143 = arith.constant dense<1.44269502> : vector<16xf32>
              %3144 = arith.mulf %3142, %3143 fastmath<contract> : vector<16xf32>
              %3145 = rlx_cpu.rint %3144 : vector<16xf32>
              %3146 = arith.constant dense<0.693359375> : vector<16xf32>
              %3147 = arith.mulf %3145, %3146 fastmath<contract> : vector<16xf32>
              %3148 = arith.subf %3142, %3147 fastmath<contract> : vector<16xf32>
              %3149 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %3150 = arith.mulf %3145, %3149 fastmath<contract> : vector<16xf32>
              %3151 = arith.subf %3148, %3150 fastmath<contract> : vector<16xf32>
              %3152 = arith.constant dense<0.000198756912> : vector<16xf32>
              %3153 = arith.mulf %3152, %3151 fastmath<contract> : vector<16xf32>
              %3154 = arith.constant dense<0.00139819994> : vector<16xf32>
              %3155 = arith.addf %3153, %3154 fastmath<contract> : vector<16xf32>
              %3156 = arith.mulf %3155, %3151 fastmath<contract> : vector<16xf32>
              %3157 = arith.constant dense<0.00833345205> : vector<16xf32>
              %3158 = arith.addf %3156, %3157 fastmath<contract> : vector<16xf32>
              %3159 = arith.mulf %3158, %3151 fastmath<contract> : vector<16xf32>
              %3160 = arith.constant dense<0.0416657962> : vector<16xf32>
              %3161 = arith.addf %3159, %3160 fastmath<contract> : vector<16xf32>
              %3162 = arith.mulf %3161, %3151 fastmath<contract> : vector<16xf32>
              %3163 = arith.constant dense<0.166666657> : vector<16xf32>
              %3164 = arith.addf %3162, %3163 fastmath<contract> : vector<16xf32>
              %3165 = arith.mulf %3164, %3151 fastmath<contract> : vector<16xf32>
              %3166 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %3167 = arith.addf %3165, %3166 fastmath<contract> : vector<16xf32>
              %3168 = arith.mulf %3151, %3151 fastmath<contract> : vector<16xf32>
              %3169 = arith.mulf %3167, %3168 fastmath<contract> : vector<16xf32>
              %3170 = arith.addf %3169, %3151 fastmath<contract> : vector<16xf32>
              %3171 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %3172 = arith.addf %3170, %3171 fastmath<contract> : vector<16xf32>
              %3173 = arith.fptosi %3145 : vector<16xf32> to vector<16xi32>
              %3174 = arith.constant dense<23> : vector<16xi32>
              %3175 = arith.shli %3173, %3174 : vector<16xi32>
              %3176 = arith.bitcast %3172 : vector<16xf32> to vector<16xi32>
              %3177 = arith.addi %3176, %3175 : vector<16xi32>
              %3178 = arith.bitcast %3177 : vector<16xi32> to vector<16xf32>
              %3179 = arith.constant dense<-87.3365479> : vector<16xf32>
              %3180 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %3181 = arith.cmpf olt, %3138, %3179 : vector<16xf32>
              %3182 = arith.select %3181, %3180, %3178 : vector<16xf32>
              %3183 = arith.constant dense<88.7228394> : vector<16xf32>
              %3184 = arith.constant dense<0x7f800000> : vector<16xf32>
              %3185 = arith.cmpf ogt, %3138, %3183 : vector<16xf32>
              %3186 = arith.select %3185, %3184, %3182 : vector<16xf32>
              %3187 = arith.cmpf uno, %3138, %3138 : vector<16xf32>
              %3188 = arith.select %3187, %3138, %3186 : vector<16xf32>
              %3189 = arith.select %2833, %3188, %48 : vector<16xf32>
              vector.store %3189, %39[%2802] : memref<2048xf32>, vector<16xf32>
              %3190 = arith.subf %2848, %2684 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3191 = arith.cmpf ogt, %3190, %2852 : vector<16xf32>
              %3192 = arith.select %3191, %3190, %2852 : vector<16xf32>
              %3193 = arith.cmpf olt, %3192, %2856 : vector<16xf32>
              %3194 = arith.select %3193, %3192, %2856 : vector<16xf32>
              %3195 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %3196 = arith.minnumf %3194, %3195 : vector<16xf32>
              %3197 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %3198 = arith.maxnumf %3196, %3197 : vector<16xf32>
              %3199 = arith.constant dense<1.44269502> : vector<16xf32>
              %3200 = arith.mulf %3198, %3199 fastmath<contract> : vector<16xf32>
              %3201 = rlx_cpu.rint %3200 : vector<16xf32>
              %3202 = arith.constant dense<0.693359375> : vector<16xf32>
              %3203 = arith.mulf %3201, %3202 fastmath<contract> : vector<16xf32>
              %3204 = arith.subf %3198, %3203 fastmath<contract> : vector<16xf32>
              %3205 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %3206 = arith.mulf %3201, %3205 fastmath<contract> : vector<16xf32>
              %3207 = arith.subf %3204, %3206 fastmath<contract> : vector<16xf32>
              %3208 = arith.constant dense<0.000198756912> : vector<16xf32>
              %3209 = arith.mulf %3208, %3207 fastmath<contract> : vector<16xf32>
              %3210 = arith.constant dense<0.00139819994> : vector<16xf32>
              %3211 = arith.addf %3209, %3210 fastmath<contract> : vector<16xf32>
              %3212 = arith.mulf %3211, %3207 fastmath<contract> : vector<16xf32>
              %3213 = arith.constant dense<0.00833345205> : vector<16xf32>
              %3214 = arith.addf %3212, %3213 fastmath<contract> : vector<16xf32>
              %3215 = arith.mulf %3214, %3207 fastmath<contract> : vector<16xf32>
              %3216 = arith.constant dense<0.0416657962> : vector<16xf32>
              %3217 = arith.addf %3215, %3216 fastmath<contract> : vector<16xf32>
              %3218 = arith.mulf %3217, %3207 fastmath<contract> : vector<16xf32>
              %3219 = arith.constant dense<0.166666657> : vector<16xf32>
              %3220 = arith.addf %3218, %3219 fastmath<contract> : vector<16xf32>
              %3221 = arith.mulf %3220, %3207 fastmath<contract> : vector<16xf32>
              %3222 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %3223 = arith.addf %3221, %3222 fastmath<contract> : vector<16xf32>
              %3224 = arith.mulf %3207, %3207 fastmath<contract> : vector<16xf32>
              %3225 = arith.mulf %3223, %3224 fastmath<contract> : vector<16xf32>
              %3226 = arith.addf %3225, %3207 fastmath<contract> : vector<16xf32>
              %3227 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %3228 = arith.addf %3226, %3227 fastmath<contract> : vector<16xf32>
              %3229 = arith.fptosi %3201 : vector<16xf32> to vector<16xi32>
              %3230 = arith.constant dense<23> : vector<16xi32>
              %3231 = arith.shli %3229, %3230 : vector<16xi32>
              %3232 = arith.bitcast %3228 : vector<16xf32> to vector<16xi32>
              %3233 = arith.addi %3232, %3231 : vector<16xi32>
              %3234 = arith.bitcast %3233 : vector<16xi32> to vector<16xf32>
              %3235 = arith.constant dense<-87.3365479> : vector<16xf32>
              %3236 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %3237 = arith.cmpf olt, %3194, %3235 : vector<16xf32>
              %3238 = arith.select %3237, %3236, %3234 : vector<16xf32>
              %3239 = arith.constant dense<88.7228394> : vector<16xf32>
              %3240 = arith.constant dense<0x7f800000> : vector<16xf32>
              %3241 = arith.cmpf ogt, %3194, %3239 : vector<16xf32>
              %3242 = arith.select %3241, %3240, %3238 : vector<16xf32>
              %3243 = arith.cmpf uno, %3194, %3194 : vector<16xf32>
              %3244 = arith.select %3243, %3194, %3242 : vector<16xf32>
              %3245 = arith.select %2836, %3244, %48 : vector<16xf32>
              vector.store %3245, %39[%2807] : memref<2048xf32>, vector<16xf32>
              %3246 = arith.subf %2849, %2684 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3247 = arith.cmpf ogt, %3246, %2852 : vector<16xf32>
              %3248 = arith.select %3247, %3246, %2852 : vector<16xf32>
              %3249 = arith.cmpf olt, %3248, %2856 : vector<16xf32>
              %3250 = arith.select %3249, %3248, %2856 : vector<16xf32>
              %3251 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %3252 = arith.minnumf %3250, %3251 : vector<16xf32>
              %3253 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %3254 = arith.maxnumf %3252, %3253 : vector<16xf32>
              %3255 = arith.constant dense<1.44269502> : vector<16xf32>
              %3256 = arith.mulf %3254, %3255 fastmath<contract> : vector<16xf32>
              %3257 = rlx_cpu.rint %3256 : vector<16xf32>
              %3258 = arith.constant dense<0.693359375> : vector<16xf32>
              %3259 = arith.mulf %3257, %3258 fastmath<contract> : vector<16xf32>
              %3260 = arith.subf %3254, %3259 fastmath<contract> : vector<16xf32>
              %3261 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %3262 = arith.mulf %3257, %3261 fastmath<contract> : vector<16xf32>
              %3263 = arith.subf %3260, %3262 fastmath<contract> : vector<16xf32>
              %3264 = arith.constant dense<0.000198756912> : vector<16xf32>
              %3265 = arith.mulf %3264, %3263 fastmath<contract> : vector<16xf32>
              %3266 = arith.constant dense<0.00139819994> : vector<16xf32>
              %3267 = arith.addf %3265, %3266 fastmath<contract> : vector<16xf32>
              %3268 = arith.mulf %3267, %3263 fastmath<contract> : vector<16xf32>
              %3269 = arith.constant dense<0.00833345205> : vector<16xf32>
              %3270 = arith.addf %3268, %3269 fastmath<contract> : vector<16xf32>
              %3271 = arith.mulf %3270, %3263 fastmath<contract> : vector<16xf32>
              %3272 = arith.constant dense<0.0416657962> : vector<16xf32>
              %3273 = arith.addf %3271, %3272 fastmath<contract> : vector<16xf32>
              %3274 = arith.mulf %3273, %3263 fastmath<contract> : vector<16xf32>
              %3275 = arith.constant dense<0.166666657> : vector<16xf32>
              %3276 = arith.addf %3274, %3275 fastmath<contract> : vector<16xf32>
              %3277 = arith.mulf %3276, %3263 fastmath<contract> : vector<16xf32>
              %3278 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %3279 = arith.addf %3277, %3278 fastmath<contract> : vector<16xf32>
              %3280 = arith.mulf %3263, %3263 fastmath<contract> : vector<16xf32>
              %3281 = arith.mulf %3279, %3280 fastmath<contract> : vector<16xf32>
              %3282 = arith.addf %3281, %3263 fastmath<contract> : vector<16xf32>
              %3283 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %3284 = arith.addf %3282, %3283 fastmath<contract> : vector<16xf32>
              %3285 = arith.fptosi %3257 : vector<16xf32> to vector<16xi32>
              %3286 = arith.constant dense<23> : vector<16xi32>
              %3287 = arith.shli %3285, %3286 : vector<16xi32>
              %3288 = arith.bitcast %3284 : vector<16xf32> to vector<16xi32>
              %3289 = arith.addi %3288, %3287 : vector<16xi32>
              %3290 = arith.bitcast %3289 : vector<16xi32> to vector<16xf32>
              %3291 = arith.constant dense<-87.3365479> : vector<16xf32>
              %3292 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %3293 = arith.cmpf olt, %3250, %3291 : vector<16xf32>
              %3294 = arith.select %3293, %3292, %3290 : vector<16xf32>
              %3295 = arith.constant dense<88.7228394> : vector<16xf32>
              %3296 = arith.constant dense<0x7f800000> : vector<16xf32>
              %3297 = arith.cmpf ogt, %3250, %3295 : vector<16xf32>
              %3298 = arith.select %3297, %3296, %3294 : vector<16xf32>
              %3299 = arith.cmpf uno, %3250, %3250 : vector<16xf32>
              %3300 = arith.select %3299, %3250, %3298 : vector<16xf32>
              %3301 = arith.select %2839, %3300, %48 : vector<16xf32>
              vector.store %3301, %39[%2812] : memref<2048xf32>, vector<16xf32>
              %3302 = arith.addf %2909, %2965 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3303 = arith.addf %3021, %3077 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3304 = arith.addf %3133, %3189 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3305 = arith.addf %3245, %3301 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3306 = arith.addf %3302, %3303 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3307 = arith.addf %3304, %3305 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3308 = arith.addf %3306, %3307 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3309 = arith.addf %2777, %3308 fastmath<nsz,arcp,afn> : vector<16xf32>
              scf.yield %3309 : vector<16xf32>
            }
            %3310 = arith.subf %2683, %2684 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3311 = arith.constant -8.700000e+01 : f32
            %3312 = vector.broadcast %3311 : f32 to vector<16xf32>
            %3313 = arith.cmpf ogt, %3310, %3312 : vector<16xf32>
            %3314 = arith.select %3313, %3310, %3312 : vector<16xf32>
            %3315 = arith.constant 8.800000e+01 : f32
            %3316 = vector.broadcast %3315 : f32 to vector<16xf32>
            %3317 = arith.cmpf olt, %3314, %3316 : vector<16xf32>
            %3318 = arith.select %3317, %3314, %3316 : vector<16xf32>
            %3319 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %3320 = arith.minnumf %3318, %3319 : vector<16xf32>
            %3321 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %3322 = arith.maxnumf %3320, %3321 : vector<16xf32>
            %3323 = arith.constant dense<1.44269502> : vector<16xf32>
            %3324 = arith.mulf %3322, %3323 fastmath<contract> : vector<16xf32>
            %3325 = rlx_cpu.rint %3324 : vector<16xf32>
            %3326 = arith.constant dense<0.693359375> : vector<16xf32>
            %3327 = arith.mulf %3325, %3326 fastmath<contract> : vector<16xf32>
            %3328 = arith.subf %3322, %3327 fastmath<contract> : vector<16xf32>
            %3329 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %3330 = arith.mulf %3325, %3329 fastmath<contract> : vector<16xf32>
            %3331 = arith.subf %3328, %3330 fastmath<contract> : vector<16xf32>
            %3332 = arith.constant dense<0.000198756912> : vector<16xf32>
            %3333 = arith.mulf %3332, %3331 fastmath<contract> : vector<16xf32>
            %3334 = arith.constant dense<0.00139819994> : vector<16xf32>
            %3335 = arith.addf %3333, %3334 fastmath<contract> : vector<16xf32>
            %3336 = arith.mulf %3335, %3331 fastmath<contract> : vector<16xf32>
            %3337 = arith.constant dense<0.00833345205> : vector<16xf32>
            %3338 = arith.addf %3336, %3337 fastmath<contract> : vector<16xf32>
            %3339 = arith.mulf %3338, %3331 fastmath<contract> : vector<16xf32>
            %3340 = arith.constant dense<0.0416657962> : vector<16xf32>
            %3341 = arith.addf %3339, %3340 fastmath<contract> : vector<16xf32>
            %3342 = arith.mulf %3341, %3331 fastmath<contract> : vector<16xf32>
            %3343 = arith.constant dense<0.166666657> : vector<16xf32>
            %3344 = arith.addf %3342, %3343 fastmath<contract> : vector<16xf32>
            %3345 = arith.mulf %3344, %3331 fastmath<contract> : vector<16xf32>
            %3346 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %3347 = arith.addf %3345, %3346 fastmath<contract> : vector<16xf32>
            %3348 = arith.mulf %3331, %3331 fastmath<contract> : vector<16xf32>
            %3349 = arith.mulf %3347, %3348 fastmath<contract> : vector<16xf32>
            %3350 = arith.addf %3349, %3331 fastmath<contract> : vector<16xf32>
            %3351 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %3352 = arith.addf %3350, %3351 fastmath<contract> : vector<16xf32>
            %3353 = arith.fptosi %3325 : vector<16xf32> to vector<16xi32>
            %3354 = arith.constant dense<23> : vector<16xi32>
            %3355 = arith.shli %3353, %3354 : vector<16xi32>
            %3356 = arith.bitcast %3352 : vector<16xf32> to vector<16xi32>
            %3357 = arith.addi %3356, %3355 : vector<16xi32>
            %3358 = arith.bitcast %3357 : vector<16xi32> to vector<16xf32>
            %3359 = arith.constant dense<-87.3365479> : vector<16xf32>
            %3360 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %3361 = arith.cmpf olt, %3318, %3359 : vector<16xf32>
            %3362 = arith.select %3361, %3360, %3358 : vector<16xf32>
            %3363 = arith.constant dense<88.7228394> : vector<16xf32>
            %3364 = arith.constant dense<0x7f800000> : vector<16xf32>
            %3365 = arith.cmpf ogt, %3318, %3363 : vector<16xf32>
            %3366 = arith.select %3365, %3364, %3362 : vector<16xf32>
            %3367 = arith.cmpf uno, %3318, %3318 : vector<16xf32>
            %3368 = arith.select %3367, %3318, %3366 : vector<16xf32>
            vector.store %2684, %38[%2673] : memref<256xf32>, vector<16xf32>
            %3369 = arith.addi %2673, %42 : index
            %3370 = vector.load %38[%3369] : memref<256xf32>, vector<16xf32>
            %3371 = arith.mulf %3370, %3368 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3372 = arith.addf %3371, %2775 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %3372, %38[%3369] : memref<256xf32>, vector<16xf32>
            %3373 = arith.addi %2673, %18 : index
            vector.store %3368, %38[%3373] : memref<256xf32>, vector<16xf32>
          }
          %3374 = arith.divui %32, %12 : index
          %3375 = arith.muli %3374, %12 : index
          scf.for %3376 = %20 to %3375 step %12 {
            %3377 = arith.addi %3376, %21 : index
            %3378 = arith.divui %3376, %12 : index
            %3379 = arith.remui %3376, %12 : index
            %3380 = arith.addi %29, %3378 : index
            %3381 = arith.muli %27, %12 : index
            %3382 = arith.addi %3381, %3379 : index
            %3383 = arith.muli %28, %5 : index
            %3384 = arith.addi %3383, %3380 : index
            %3385 = arith.constant 4 : index
            %3386 = arith.muli %3384, %3385 : index
            %3387 = arith.addi %3386, %3382 : index
            %3388 = arith.muli %3387, %10 : index
            %3389 = arith.divui %3377, %12 : index
            %3390 = arith.remui %3377, %12 : index
            %3391 = arith.addi %29, %3389 : index
            %3392 = arith.addi %3381, %3390 : index
            %3393 = arith.addi %3383, %3391 : index
            %3394 = arith.muli %3393, %3385 : index
            %3395 = arith.addi %3394, %3392 : index
            %3396 = arith.muli %3395, %10 : index
            %3397 = arith.divui %3376, %35 : index
            %3398 = arith.remui %3376, %35 : index
            %3399 = arith.constant 256 : index
            %3400 = arith.muli %3397, %3399 : index
            %3401 = arith.addi %3400, %3398 : index
            %3402 = arith.addi %3376, %18 : index
            %3403 = memref.load %38[%3402] : memref<256xf32>
            %3404 = vector.broadcast %3403 : f32 to vector<16xf32>
            %3405 = arith.addi %3377, %18 : index
            %3406 = memref.load %38[%3405] : memref<256xf32>
            %3407 = vector.broadcast %3406 : f32 to vector<16xf32>
            %3408 = arith.addi %3388, %35 : index
            %3409 = arith.addi %3396, %35 : index
            %3410 = vector.load %3[%3388] : memref<?xf32>, vector<16xf32>
            %3411 = arith.mulf %3410, %3404 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3412 = vector.load %3[%3408] : memref<?xf32>, vector<16xf32>
            %3413 = arith.mulf %3412, %3404 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3414 = vector.load %3[%3396] : memref<?xf32>, vector<16xf32>
            %3415 = arith.mulf %3414, %3407 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3416 = vector.load %3[%3409] : memref<?xf32>, vector<16xf32>
            %3417 = arith.mulf %3416, %3407 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3418 = vector.load %2[%2183] : memref<?xf32>, vector<16xf32>
            %3419 = arith.addi %2183, %35 : index
            %3420 = vector.load %2[%3419] : memref<?xf32>, vector<16xf32>
            %3421 = memref.load %39[%3401] : memref<2048xf32>
            %3422 = vector.broadcast %3421 : f32 to vector<16xf32>
            %3423 = vector.fma %3422, %3418, %3411 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3424 = vector.fma %3422, %3420, %3413 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3425 = arith.addi %3401, %21 : index
            %3426 = memref.load %39[%3425] : memref<2048xf32>
            %3427 = vector.broadcast %3426 : f32 to vector<16xf32>
            %3428 = vector.fma %3427, %3418, %3415 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3429 = vector.fma %3427, %3420, %3417 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3430 = arith.addi %2183, %42 : index
            %3431 = vector.load %2[%3430] : memref<?xf32>, vector<16xf32>
            %3432 = arith.constant 80 : index
            %3433 = arith.addi %2183, %3432 : index
            %3434 = vector.load %2[%3433] : memref<?xf32>, vector<16xf32>
            %3435 = arith.addi %3401, %35 : index
            %3436 = memref.load %39[%3435] : memref<2048xf32>
            %3437 = vector.broadcast %3436 : f32 to vector<16xf32>
            %3438 = vector.fma %3437, %3431, %3423 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3439 = vector.fma %3437, %3434, %3424 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3440 = arith.constant 17 : index
            %3441 = arith.addi %3401, %3440 : index
            %3442 = memref.load %39[%3441] : memref<2048xf32>
            %3443 = vector.broadcast %3442 : f32 to vector<16xf32>
            %3444 = vector.fma %3443, %3431, %3428 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3445 = vector.fma %3443, %3434, %3429 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3446 = arith.addi %2183, %18 : index
            %3447 = vector.load %2[%3446] : memref<?xf32>, vector<16xf32>
            %3448 = arith.constant 144 : index
            %3449 = arith.addi %2183, %3448 : index
            %3450 = vector.load %2[%3449] : memref<?xf32>, vector<16xf32>
            %3451 = arith.addi %3401, %10 : index
            %3452 = memref.load %39[%3451] : memref<2048xf32>
            %3453 = vector.broadcast %3452 : f32 to vector<16xf32>
            %3454 = vector.fma %3453, %3447, %3438 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3455 = vector.fma %3453, %3450, %3439 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3456 = arith.constant 33 : index
            %3457 = arith.addi %3401, %3456 : index
            %3458 = memref.load %39[%3457] : memref<2048xf32>
            %3459 = vector.broadcast %3458 : f32 to vector<16xf32>
            %3460 = vector.fma %3459, %3447, %3444 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3461 = vector.fma %3459, %3450, %3445 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3462 = arith.constant 192 : index
            %3463 = arith.addi %2183, %3462 : index
            %3464 = vector.load %2[%3463] : memref<?xf32>, vector<16xf32>
            %3465 = arith.constant 208 : index
            %3466 = arith.addi %2183, %3465 : index
            %3467 = vector.load %2[%3466] : memref<?xf32>, vector<16xf32>
            %3468 = arith.constant 48 : index
            %3469 = arith.addi %3401, %3468 : index
            %3470 = memref.load %39[%3469] : memref<2048xf32>
            %3471 = vector.broadcast %3470 : f32 to vector<16xf32>
            %3472 = vector.fma %3471, %3464, %3454 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3473 = vector.fma %3471, %3467, %3455 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3474 = arith.constant 49 : index
            %3475 = arith.addi %3401, %3474 : index
            %3476 = memref.load %39[%3475] : memref<2048xf32>
            %3477 = vector.broadcast %3476 : f32 to vector<16xf32>
            %3478 = vector.fma %3477, %3464, %3460 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3479 = vector.fma %3477, %3467, %3461 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3480 = arith.addi %2183, %3399 : index
            %3481 = vector.load %2[%3480] : memref<?xf32>, vector<16xf32>
            %3482 = arith.constant 272 : index
            %3483 = arith.addi %2183, %3482 : index
            %3484 = vector.load %2[%3483] : memref<?xf32>, vector<16xf32>
            %3485 = arith.addi %3401, %42 : index
            %3486 = memref.load %39[%3485] : memref<2048xf32>
            %3487 = vector.broadcast %3486 : f32 to vector<16xf32>
            %3488 = vector.fma %3487, %3481, %3472 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3489 = vector.fma %3487, %3484, %3473 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3490 = arith.constant 65 : index
            %3491 = arith.addi %3401, %3490 : index
            %3492 = memref.load %39[%3491] : memref<2048xf32>
            %3493 = vector.broadcast %3492 : f32 to vector<16xf32>
            %3494 = vector.fma %3493, %3481, %3478 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3495 = vector.fma %3493, %3484, %3479 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3496 = arith.constant 320 : index
            %3497 = arith.addi %2183, %3496 : index
            %3498 = vector.load %2[%3497] : memref<?xf32>, vector<16xf32>
            %3499 = arith.constant 336 : index
            %3500 = arith.addi %2183, %3499 : index
            %3501 = vector.load %2[%3500] : memref<?xf32>, vector<16xf32>
            %3502 = arith.addi %3401, %3432 : index
            %3503 = memref.load %39[%3502] : memref<2048xf32>
            %3504 = vector.broadcast %3503 : f32 to vector<16xf32>
            %3505 = vector.fma %3504, %3498, %3488 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3506 = vector.fma %3504, %3501, %3489 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3507 = arith.constant 81 : index
            %3508 = arith.addi %3401, %3507 : index
            %3509 = memref.load %39[%3508] : memref<2048xf32>
            %3510 = vector.broadcast %3509 : f32 to vector<16xf32>
            %3511 = vector.fma %3510, %3498, %3494 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3512 = vector.fma %3510, %3501, %3495 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3513 = arith.constant 384 : index
            %3514 = arith.addi %2183, %3513 : index
            %3515 = vector.load %2[%3514] : memref<?xf32>, vector<16xf32>
            %3516 = arith.constant 400 : index
            %3517 = arith.addi %2183, %3516 : index
            %3518 = vector.load %2[%3517] : memref<?xf32>, vector<16xf32>
            %3519 = arith.constant 96 : index
            %3520 = arith.addi %3401, %3519 : index
            %3521 = memref.load %39[%3520] : memref<2048xf32>
            %3522 = vector.broadcast %3521 : f32 to vector<16xf32>
            %3523 = vector.fma %3522, %3515, %3505 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3524 = vector.fma %3522, %3518, %3506 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3525 = arith.constant 97 : index
            %3526 = arith.addi %3401, %3525 : index
            %3527 = memref.load %39[%3526] : memref<2048xf32>
            %3528 = vector.broadcast %3527 : f32 to vector<16xf32>
            %3529 = vector.fma %3528, %3515, %3511 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3530 = vector.fma %3528, %3518, %3512 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3531 = arith.constant 448 : index
            %3532 = arith.addi %2183, %3531 : index
            %3533 = vector.load %2[%3532] : memref<?xf32>, vector<16xf32>
            %3534 = arith.constant 464 : index
            %3535 = arith.addi %2183, %3534 : index
            %3536 = vector.load %2[%3535] : memref<?xf32>, vector<16xf32>
            %3537 = arith.constant 112 : index
            %3538 = arith.addi %3401, %3537 : index
            %3539 = memref.load %39[%3538] : memref<2048xf32>
            %3540 = vector.broadcast %3539 : f32 to vector<16xf32>
            %3541 = vector.fma %3540, %3533, %3523 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3542 = vector.fma %3540, %3536, %3524 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3543 = arith.constant 113 : index
            %3544 = arith.addi %3401, %3543 : index
            %3545 = memref.load %39[%3544] : memref<2048xf32>
            %3546 = vector.broadcast %3545 : f32 to vector<16xf32>
            %3547 = vector.fma %3546, %3533, %3529 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3548 = vector.fma %3546, %3536, %3530 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3549 = arith.constant 512 : index
            %3550 = arith.addi %2183, %3549 : index
            %3551 = arith.addi %3401, %18 : index
            %3552 = vector.load %2[%3550] : memref<?xf32>, vector<16xf32>
            %3553 = arith.addi %3550, %35 : index
            %3554 = vector.load %2[%3553] : memref<?xf32>, vector<16xf32>
            %3555 = memref.load %39[%3551] : memref<2048xf32>
            %3556 = vector.broadcast %3555 : f32 to vector<16xf32>
            %3557 = vector.fma %3556, %3552, %3541 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3558 = vector.fma %3556, %3554, %3542 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3559 = arith.addi %3551, %21 : index
            %3560 = memref.load %39[%3559] : memref<2048xf32>
            %3561 = vector.broadcast %3560 : f32 to vector<16xf32>
            %3562 = vector.fma %3561, %3552, %3547 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3563 = vector.fma %3561, %3554, %3548 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3564 = arith.addi %3550, %42 : index
            %3565 = vector.load %2[%3564] : memref<?xf32>, vector<16xf32>
            %3566 = arith.addi %3550, %3432 : index
            %3567 = vector.load %2[%3566] : memref<?xf32>, vector<16xf32>
            %3568 = arith.addi %3551, %35 : index
            %3569 = memref.load %39[%3568] : memref<2048xf32>
            %3570 = vector.broadcast %3569 : f32 to vector<16xf32>
            %3571 = vector.fma %3570, %3565, %3557 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3572 = vector.fma %3570, %3567, %3558 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3573 = arith.addi %3551, %3440 : index
            %3574 = memref.load %39[%3573] : memref<2048xf32>
            %3575 = vector.broadcast %3574 : f32 to vector<16xf32>
            %3576 = vector.fma %3575, %3565, %3562 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3577 = vector.fma %3575, %3567, %3563 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3578 = arith.addi %3550, %18 : index
            %3579 = vector.load %2[%3578] : memref<?xf32>, vector<16xf32>
            %3580 = arith.addi %3550, %3448 : index
            %3581 = vector.load %2[%3580] : memref<?xf32>, vector<16xf32>
            %3582 = arith.addi %3551, %10 : index
            %3583 = memref.load %39[%3582] : memref<2048xf32>
            %3584 = vector.broadcast %3583 : f32 to vector<16xf32>
            %3585 = vector.fma %3584, %3579, %3571 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3586 = vector.fma %3584, %3581, %3572 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3587 = arith.addi %3551, %3456 : index
            %3588 = memref.load %39[%3587] : memref<2048xf32>
            %3589 = vector.broadcast %3588 : f32 to vector<16xf32>
            %3590 = vector.fma %3589, %3579, %3576 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3591 = vector.fma %3589, %3581, %3577 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3592 = arith.addi %3550, %3462 : index
            %3593 = vector.load %2[%3592] : memref<?xf32>, vector<16xf32>
            %3594 = arith.addi %3550, %3465 : index
            %3595 = vector.load %2[%3594] : memref<?xf32>, vector<16xf32>
            %3596 = arith.addi %3551, %3468 : index
            %3597 = memref.load %39[%3596] : memref<2048xf32>
            %3598 = vector.broadcast %3597 : f32 to vector<16xf32>
            %3599 = vector.fma %3598, %3593, %3585 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3600 = vector.fma %3598, %3595, %3586 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3601 = arith.addi %3551, %3474 : index
            %3602 = memref.load %39[%3601] : memref<2048xf32>
            %3603 = vector.broadcast %3602 : f32 to vector<16xf32>
            %3604 = vector.fma %3603, %3593, %3590 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3605 = vector.fma %3603, %3595, %3591 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3606 = arith.addi %3550, %3399 : index
            %3607 = vector.load %2[%3606] : memref<?xf32>, vector<16xf32>
            %3608 = arith.addi %3550, %3482 : index
            %3609 = vector.load %2[%3608] : memref<?xf32>, vector<16xf32>
            %3610 = arith.addi %3551, %42 : index
            %3611 = memref.load %39[%3610] : memref<2048xf32>
            %3612 = vector.broadcast %3611 : f32 to vector<16xf32>
            %3613 = vector.fma %3612, %3607, %3599 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3614 = vector.fma %3612, %3609, %3600 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3615 = arith.addi %3551, %3490 : index
            %3616 = memref.load %39[%3615] : memref<2048xf32>
            %3617 = vector.broadcast %3616 : f32 to vector<16xf32>
            %3618 = vector.fma %3617, %3607, %3604 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3619 = vector.fma %3617, %3609, %3605 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3620 = arith.addi %3550, %3496 : index
            %3621 = vector.load %2[%3620] : memref<?xf32>, vector<16xf32>
            %3622 = arith.addi %3550, %3499 : index
            %3623 = vector.load %2[%3622] : memref<?xf32>, vector<16xf32>
            %3624 = arith.addi %3551, %3432 : index
            %3625 = memref.load %39[%3624] : memref<2048xf32>
            %3626 = vector.broadcast %3625 : f32 to vector<16xf32>
            %3627 = vector.fma %3626, %3621, %3613 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3628 = vector.fma %3626, %3623, %3614 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3629 = arith.addi %3551, %3507 : index
            %3630 = memref.load %39[%3629] : memref<2048xf32>
            %3631 = vector.broadcast %3630 : f32 to vector<16xf32>
            %3632 = vector.fma %3631, %3621, %3618 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3633 = vector.fma %3631, %3623, %3619 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3634 = arith.addi %3550, %3513 : index
            %3635 = vector.load %2[%3634] : memref<?xf32>, vector<16xf32>
            %3636 = arith.addi %3550, %3516 : index
            %3637 = vector.load %2[%3636] : memref<?xf32>, vector<16xf32>
            %3638 = arith.addi %3551, %3519 : index
            %3639 = memref.load %39[%3638] : memref<2048xf32>
            %3640 = vector.broadcast %3639 : f32 to vector<16xf32>
            %3641 = vector.fma %3640, %3635, %3627 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3642 = vector.fma %3640, %3637, %3628 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3643 = arith.addi %3551, %3525 : index
            %3644 = memref.load %39[%3643] : memref<2048xf32>
            %3645 = vector.broadcast %3644 : f32 to vector<16xf32>
            %3646 = vector.fma %3645, %3635, %3632 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3647 = vector.fma %3645, %3637, %3633 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3648 = arith.addi %3550, %3531 : index
            %3649 = vector.load %2[%3648] : memref<?xf32>, vector<16xf32>
            %3650 = arith.addi %3550, %3534 : index
            %3651 = vector.load %2[%3650] : memref<?xf32>, vector<16xf32>
            %3652 = arith.addi %3551, %3537 : index
            %3653 = memref.load %39[%3652] : memref<2048xf32>
            %3654 = vector.broadcast %3653 : f32 to vector<16xf32>
            %3655 = vector.fma %3654, %3649, %3641 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3656 = vector.fma %3654, %3651, %3642 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3657 = arith.addi %3551, %3543 : index
            %3658 = memref.load %39[%3657] : memref<2048xf32>
            %3659 = vector.broadcast %3658 : f32 to vector<16xf32>
            %3660 = vector.fma %3659, %3649, %3646 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3661 = vector.fma %3659, %3651, %3647 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            vector.store %3655, %3[%3388] : memref<?xf32>, vector<16xf32>
            vector.store %3656, %3[%3408] : memref<?xf32>, vector<16xf32>
            vector.store %3660, %3[%3396] : memref<?xf32>, vector<16xf32>
            vector.store %3661, %3[%3409] : memref<?xf32>, vector<16xf32>
          }
          scf.for %3662 = %3375 to %32 step %21 {
            %3663 = arith.divui %3662, %12 : index
            %3664 = arith.remui %3662, %12 : index
            %3665 = arith.addi %29, %3663 : index
            %3666 = arith.muli %27, %12 : index
            %3667 = arith.addi %3666, %3664 : index
            %3668 = arith.muli %28, %5 : index
            %3669 = arith.addi %3668, %3665 : index
            %3670 = arith.constant 4 : index
            %3671 = arith.muli %3669, %3670 : index
            %3672 = arith.addi %3671, %3667 : index
            %3673 = arith.muli %3672, %10 : index
            %3674 = arith.divui %3662, %35 : index
            %3675 = arith.remui %3662, %35 : index
            %3676 = arith.constant 256 : index
            %3677 = arith.muli %3674, %3676 : index
            %3678 = arith.addi %3677, %3675 : index
            %3679 = arith.addi %3662, %18 : index
            %3680 = memref.load %38[%3679] : memref<256xf32>
            %3681 = vector.broadcast %3680 : f32 to vector<16xf32>
            %3682 = arith.addi %3673, %35 : index
            %3683 = vector.load %3[%3673] : memref<?xf32>, vector<16xf32>
            %3684 = arith.mulf %3683, %3681 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3685 = vector.load %3[%3682] : memref<?xf32>, vector<16xf32>
            %3686 = arith.mulf %3685, %3681 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3687, %3688 = scf.for %3689 = %20 to %35 step %432 iter_args(%3690 = %3684, %3691 = %3686) -> (vector<16xf32>, vector<16xf32>) {
              %3692 = arith.muli %3689, %42 : index
              %3693 = arith.addi %2183, %3692 : index
              %3694 = arith.muli %3689, %35 : index
              %3695 = arith.addi %3678, %3694 : index
              %3696 = vector.load %2[%3693] : memref<?xf32>, vector<16xf32>
              %3697 = arith.addi %3693, %35 : index
              %3698 = vector.load %2[%3697] : memref<?xf32>, vector<16xf32>
              %3699 = memref.load %39[%3695] : memref<2048xf32>
              %3700 = vector.broadcast %3699 : f32 to vector<16xf32>
              %3701 = vector.fma %3700, %3696, %3690 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3702 = vector.fma %3700, %3698, %3691 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3703 = arith.addi %3693, %42 : index
              %3704 = vector.load %2[%3703] : memref<?xf32>, vector<16xf32>
              %3705 = arith.constant 80 : index
              %3706 = arith.addi %3693, %3705 : index
              %3707 = vector.load %2[%3706] : memref<?xf32>, vector<16xf32>
              %3708 = arith.addi %3695, %35 : index
              %3709 = memref.load %39[%3708] : memref<2048xf32>
              %3710 = vector.broadcast %3709 : f32 to vector<16xf32>
              %3711 = vector.fma %3710, %3704, %3701 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3712 = vector.fma %3710, %3707, %3702 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3713 = arith.addi %3693, %18 : index
              %3714 = vector.load %2[%3713] : memref<?xf32>, vector<16xf32>
              %3715 = arith.constant 144 : index
              %3716 = arith.addi %3693, %3715 : index
              %3717 = vector.load %2[%3716] : memref<?xf32>, vector<16xf32>
              %3718 = arith.addi %3695, %10 : index
              %3719 = memref.load %39[%3718] : memref<2048xf32>
              %3720 = vector.broadcast %3719 : f32 to vector<16xf32>
              %3721 = vector.fma %3720, %3714, %3711 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3722 = vector.fma %3720, %3717, %3712 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3723 = arith.constant 192 : index
              %3724 = arith.addi %3693, %3723 : index
              %3725 = vector.load %2[%3724] : memref<?xf32>, vector<16xf32>
              %3726 = arith.constant 208 : index
              %3727 = arith.addi %3693, %3726 : index
              %3728 = vector.load %2[%3727] : memref<?xf32>, vector<16xf32>
              %3729 = arith.constant 48 : index
              %3730 = arith.addi %3695, %3729 : index
              %3731 = memref.load %39[%3730] : memref<2048xf32>
              %3732 = vector.broadcast %3731 : f32 to vector<16xf32>
              %3733 = vector.fma %3732, %3725, %3721 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3734 = vector.fma %3732, %3728, %3722 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3735 = arith.addi %3693, %3676 : index
              %3736 = vector.load %2[%3735] : memref<?xf32>, vector<16xf32>
              %3737 = arith.constant 272 : index
              %3738 = arith.addi %3693, %3737 : index
              %3739 = vector.load %2[%3738] : memref<?xf32>, vector<16xf32>
              %3740 = arith.addi %3695, %42 : index
              %3741 = memref.load %39[%3740] : memref<2048xf32>
              %3742 = vector.broadcast %3741 : f32 to vector<16xf32>
              %3743 = vector.fma %3742, %3736, %3733 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3744 = vector.fma %3742, %3739, %3734 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3745 = arith.constant 320 : index
              %3746 = arith.addi %3693, %3745 : index
              %3747 = vector.load %2[%3746] : memref<?xf32>, vector<16xf32>
              %3748 = arith.constant 336 : index
              %3749 = arith.addi %3693, %3748 : index
              %3750 = vector.load %2[%3749] : memref<?xf32>, vector<16xf32>
              %3751 = arith.addi %3695, %3705 : index
              %3752 = memref.load %39[%3751] : memref<2048xf32>
              %3753 = vector.broadcast %3752 : f32 to vector<16xf32>
              %3754 = vector.fma %3753, %3747, %3743 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3755 = vector.fma %3753, %3750, %3744 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3756 = arith.constant 384 : index
              %3757 = arith.addi %3693, %3756 : index
              %3758 = vector.load %2[%3757] : memref<?xf32>, vector<16xf32>
              %3759 = arith.constant 400 : index
              %3760 = arith.addi %3693, %3759 : index
              %3761 = vector.load %2[%3760] : memref<?xf32>, vector<16xf32>
              %3762 = arith.constant 96 : index
              %3763 = arith.addi %3695, %3762 : index
              %3764 = memref.load %39[%3763] : memref<2048xf32>
              %3765 = vector.broadcast %3764 : f32 to vector<16xf32>
              %3766 = vector.fma %3765, %3758, %3754 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3767 = vector.fma %3765, %3761, %3755 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3768 = arith.constant 448 : index
              %3769 = arith.addi %3693, %3768 : index
              %3770 = vector.load %2[%3769] : memref<?xf32>, vector<16xf32>
              %3771 = arith.constant 464 : index
              %3772 = arith.addi %3693, %3771 : index
              %3773 = vector.load %2[%3772] : memref<?xf32>, vector<16xf32>
              %3774 = arith.constant 112 : index
              %3775 = arith.addi %3695, %3774 : index
              %3776 = memref.load %39[%3775] : memref<2048xf32>
              %3777 = vector.broadcast %3776 : f32 to vector<16xf32>
              %3778 = vector.fma %3777, %3770, %3766 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3779 = vector.fma %3777, %3773, %3767 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %3778, %3779 : vector<16xf32>, vector<16xf32>
            }
            vector.store %3687, %3[%3673] : memref<?xf32>, vector<16xf32>
            vector.store %3688, %3[%3682] : memref<?xf32>, vector<16xf32>
          }
        }
        scf.for %3780 = %2180 to %434 step %432 {
          %3781 = arith.muli %3780, %42 : index
          %3782 = arith.addi %45, %3781 : index
          %3783 = arith.divui %36, %12 : index
          %3784 = arith.muli %3783, %12 : index
          scf.for %3785 = %20 to %3784 step %12 {
            scf.for %3786 = %20 to %432 step %432 {
              %3787 = arith.muli %3786, %42 : index
              %3788 = arith.addi %3782, %3787 : index
              %3789 = arith.addi %3788, %42 : index
              %3790 = arith.addi %3788, %18 : index
              %3791 = arith.constant 192 : index
              %3792 = arith.addi %3788, %3791 : index
              %3793 = arith.constant 256 : index
              %3794 = arith.addi %3788, %3793 : index
              %3795 = arith.constant 320 : index
              %3796 = arith.addi %3788, %3795 : index
              %3797 = arith.constant 384 : index
              %3798 = arith.addi %3788, %3797 : index
              %3799 = arith.constant 448 : index
              %3800 = arith.addi %3788, %3799 : index
              %3801 = arith.muli %3785, %35 : index
              %3802 = arith.addi %3785, %21 : index
              %3803 = arith.muli %3802, %35 : index
              %3804 = arith.constant 4 : index
              %3805, %3806, %3807, %3808, %3809, %3810, %3811, %3812, %3813, %3814, %3815, %3816, %3817, %3818, %3819, %3820 = scf.for %3821 = %20 to %10 step %3804 iter_args(%3822 = %48, %3823 = %48, %3824 = %48, %3825 = %48, %3826 = %48, %3827 = %48, %3828 = %48, %3829 = %48, %3830 = %48, %3831 = %48, %3832 = %48, %3833 = %48, %3834 = %48, %3835 = %48, %3836 = %48, %3837 = %48) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %3838 = arith.muli %3821, %42 : index
                %3839 = arith.addi %3838, %3801 : index
                %3840 = vector.load %40[%3839] : memref<2048xf32>, vector<16xf32>
                %3841 = arith.addi %3838, %3803 : index
                %3842 = vector.load %40[%3841] : memref<2048xf32>, vector<16xf32>
                %3843 = arith.addi %3788, %3821 : index
                %3844 = memref.load %1[%3843] : memref<?xf32>
                %3845 = vector.broadcast %3844 : f32 to vector<16xf32>
                %3846 = vector.fma %3840, %3845, %3822 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3847 = vector.fma %3842, %3845, %3830 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3848 = arith.addi %3789, %3821 : index
                %3849 = memref.load %1[%3848] : memref<?xf32>
                %3850 = vector.broadcast %3849 : f32 to vector<16xf32>
                %3851 = vector.fma %3840, %3850, %3823 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3852 = vector.fma %3842, %3850, %3831 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3853 = arith.addi %3790, %3821 : index
                %3854 = memref.load %1[%3853] : memref<?xf32>
                %3855 = vector.broadcast %3854 : f32 to vector<16xf32>
                %3856 = vector.fma %3840, %3855, %3824 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3857 = vector.fma %3842, %3855, %3832 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3858 = arith.addi %3792, %3821 : index
                %3859 = memref.load %1[%3858] : memref<?xf32>
                %3860 = vector.broadcast %3859 : f32 to vector<16xf32>
                %3861 = vector.fma %3840, %3860, %3825 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3862 = vector.fma %3842, %3860, %3833 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3863 = arith.addi %3794, %3821 : index
                %3864 = memref.load %1[%3863] : memref<?xf32>
                %3865 = vector.broadcast %3864 : f32 to vector<16xf32>
                %3866 = vector.fma %3840, %3865, %3826 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3867 = vector.fma %3842, %3865, %3834 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3868 = arith.addi %3796, %3821 : index
                %3869 = memref.load %1[%3868] : memref<?xf32>
                %3870 = vector.broadcast %3869 : f32 to vector<16xf32>
                %3871 = vector.fma %3840, %3870, %3827 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3872 = vector.fma %3842, %3870, %3835 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3873 = arith.addi %3798, %3821 : index
                %3874 = memref.load %1[%3873] : memref<?xf32>
                %3875 = vector.broadcast %3874 : f32 to vector<16xf32>
                %3876 = vector.fma %3840, %3875, %3828 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3877 = vector.fma %3842, %3875, %3836 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3878 = arith.addi %3800, %3821 : index
                %3879 = memref.load %1[%3878] : memref<?xf32>
                %3880 = vector.broadcast %3879 : f32 to vector<16xf32>
                %3881 = vector.fma %3840, %3880, %3829 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3882 = vector.fma %3842, %3880, %3837 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3883 = arith.addi %3821, %21 : index
                %3884 = arith.muli %3883, %42 : index
                %3885 = arith.addi %3884, %3801 : index
                %3886 = vector.load %40[%3885] : memref<2048xf32>, vector<16xf32>
                %3887 = arith.addi %3884, %3803 : index
                %3888 = vector.load %40[%3887] : memref<2048xf32>, vector<16xf32>
                %3889 = arith.addi %3788, %3883 : index
                %3890 = memref.load %1[%3889] : memref<?xf32>
                %3891 = vector.broadcast %3890 : f32 to vector<16xf32>
                %3892 = vector.fma %3886, %3891, %3846 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3893 = vector.fma %3888, %3891, %3847 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3894 = arith.addi %3789, %3883 : index
                %3895 = memref.load %1[%3894] : memref<?xf32>
                %3896 = vector.broadcast %3895 : f32 to vector<16xf32>
                %3897 = vector.fma %3886, %3896, %3851 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3898 = vector.fma %3888, %3896, %3852 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3899 = arith.addi %3790, %3883 : index
                %3900 = memref.load %1[%3899] : memref<?xf32>
                %3901 = vector.broadcast %3900 : f32 to vector<16xf32>
                %3902 = vector.fma %3886, %3901, %3856 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3903 = vector.fma %3888, %3901, %3857 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3904 = arith.addi %3792, %3883 : index
                %3905 = memref.load %1[%3904] : memref<?xf32>
                %3906 = vector.broadcast %3905 : f32 to vector<16xf32>
                %3907 = vector.fma %3886, %3906, %3861 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3908 = vector.fma %3888, %3906, %3862 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3909 = arith.addi %3794, %3883 : index
                %3910 = memref.load %1[%3909] : memref<?xf32>
                %3911 = vector.broadcast %3910 : f32 to vector<16xf32>
                %3912 = vector.fma %3886, %3911, %3866 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3913 = vector.fma %3888, %3911, %3867 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3914 = arith.addi %3796, %3883 : index
                %3915 = memref.load %1[%3914] : memref<?xf32>
                %3916 = vector.broadcast %3915 : f32 to vector<16xf32>
                %3917 = vector.fma %3886, %3916, %3871 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3918 = vector.fma %3888, %3916, %3872 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3919 = arith.addi %3798, %3883 : index
                %3920 = memref.load %1[%3919] : memref<?xf32>
                %3921 = vector.broadcast %3920 : f32 to vector<16xf32>
                %3922 = vector.fma %3886, %3921, %3876 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3923 = vector.fma %3888, %3921, %3877 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3924 = arith.addi %3800, %3883 : index
                %3925 = memref.load %1[%3924] : memref<?xf32>
                %3926 = vector.broadcast %3925 : f32 to vector<16xf32>
                %3927 = vector.fma %3886, %3926, %3881 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3928 = vector.fma %3888, %3926, %3882 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3929 = arith.addi %3821, %12 : index
                %3930 = arith.muli %3929, %42 : index
                %3931 = arith.addi %3930, %3801 : index
                %3932 = vector.load %40[%3931] : memref<2048xf32>, vector<16xf32>
                %3933 = arith.addi %3930, %3803 : index
                %3934 = vector.load %40[%3933] : memref<2048xf32>, vector<16xf32>
                %3935 = arith.addi %3788, %3929 : index
                %3936 = memref.load %1[%3935] : memref<?xf32>
                %3937 = vector.broadcast %3936 : f32 to vector<16xf32>
                %3938 = vector.fma %3932, %3937, %3892 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3939 = vector.fma %3934, %3937, %3893 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3940 = arith.addi %3789, %3929 : index
                %3941 = memref.load %1[%3940] : memref<?xf32>
                %3942 = vector.broadcast %3941 : f32 to vector<16xf32>
                %3943 = vector.fma %3932, %3942, %3897 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3944 = vector.fma %3934, %3942, %3898 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3945 = arith.addi %3790, %3929 : index
                %3946 = memref.load %1[%3945] : memref<?xf32>
                %3947 = vector.broadcast %3946 : f32 to vector<16xf32>
                %3948 = vector.fma %3932, %3947, %3902 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3949 = vector.fma %3934, %3947, %3903 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3950 = arith.addi %3792, %3929 : index
                %3951 = memref.load %1[%3950] : memref<?xf32>
                %3952 = vector.broadcast %3951 : f32 to vector<16xf32>
                %3953 = vector.fma %3932, %3952, %3907 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3954 = vector.fma %3934, %3952, %3908 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3955 = arith.addi %3794, %3929 : index
                %3956 = memref.load %1[%3955] : memref<?xf32>
                %3957 = vector.broadcast %3956 : f32 to vector<16xf32>
                %3958 = vector.fma %3932, %3957, %3912 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3959 = vector.fma %3934, %3957, %3913 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3960 = arith.addi %3796, %3929 : index
                %3961 = memref.load %1[%3960] : memref<?xf32>
                %3962 = vector.broadcast %3961 : f32 to vector<16xf32>
                %3963 = vector.fma %3932, %3962, %3917 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3964 = vector.fma %3934, %3962, %3918 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3965 = arith.addi %3798, %3929 : index
                %3966 = memref.load %1[%3965] : memref<?xf32>
                %3967 = vector.broadcast %3966 : f32 to vector<16xf32>
                %3968 = vector.fma %3932, %3967, %3922 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3969 = vector.fma %3934, %3967, %3923 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3970 = arith.addi %3800, %3929 : index
                %3971 = memref.load %1[%3970] : memref<?xf32>
                %3972 = vector.broadcast %3971 : f32 to vector<16xf32>
                %3973 = vector.fma %3932, %3972, %3927 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3974 = vector.fma %3934, %3972, %3928 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3975 = arith.constant 3 : index
                %3976 = arith.addi %3821, %3975 : index
                %3977 = arith.muli %3976, %42 : index
                %3978 = arith.addi %3977, %3801 : index
                %3979 = vector.load %40[%3978] : memref<2048xf32>, vector<16xf32>
                %3980 = arith.addi %3977, %3803 : index
                %3981 = vector.load %40[%3980] : memref<2048xf32>, vector<16xf32>
                %3982 = arith.addi %3788, %3976 : index
                %3983 = memref.load %1[%3982] : memref<?xf32>
                %3984 = vector.broadcast %3983 : f32 to vector<16xf32>
                %3985 = vector.fma %3979, %3984, %3938 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3986 = vector.fma %3981, %3984, %3939 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3987 = arith.addi %3789, %3976 : index
                %3988 = memref.load %1[%3987] : memref<?xf32>
                %3989 = vector.broadcast %3988 : f32 to vector<16xf32>
                %3990 = vector.fma %3979, %3989, %3943 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3991 = vector.fma %3981, %3989, %3944 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3992 = arith.addi %3790, %3976 : index
                %3993 = memref.load %1[%3992] : memref<?xf32>
                %3994 = vector.broadcast %3993 : f32 to vector<16xf32>
                %3995 = vector.fma %3979, %3994, %3948 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3996 = vector.fma %3981, %3994, %3949 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3997 = arith.addi %3792, %3976 : index
                %3998 = memref.load %1[%3997] : memref<?xf32>
                %3999 = vector.broadcast %3998 : f32 to vector<16xf32>
                %4000 = vector.fma %3979, %3999, %3953 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4001 = vector.fma %3981, %3999, %3954 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4002 = arith.addi %3794, %3976 : index
                %4003 = memref.load %1[%4002] : memref<?xf32>
                %4004 = vector.broadcast %4003 : f32 to vector<16xf32>
                %4005 = vector.fma %3979, %4004, %3958 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4006 = vector.fma %3981, %4004, %3959 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4007 = arith.addi %3796, %3976 : index
                %4008 = memref.load %1[%4007] : memref<?xf32>
                %4009 = vector.broadcast %4008 : f32 to vector<16xf32>
                %4010 = vector.fma %3979, %4009, %3963 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4011 = vector.fma %3981, %4009, %3964 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4012 = arith.addi %3798, %3976 : index
                %4013 = memref.load %1[%4012] : memref<?xf32>
                %4014 = vector.broadcast %4013 : f32 to vector<16xf32>
                %4015 = vector.fma %3979, %4014, %3968 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4016 = vector.fma %3981, %4014, %3969 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4017 = arith.addi %3800, %3976 : index
                %4018 = memref.load %1[%4017] : memref<?xf32>
                %4019 = vector.broadcast %4018 : f32 to vector<16xf32>
                %4020 = vector.fma %3979, %4019, %3973 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4021 = vector.fma %3981, %4019, %3974 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %3985, %3990, %3995, %4000, %4005, %4010, %4015, %4020, %3986, %3991, %3996, %4001, %4006, %4011, %4016, %4021 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %4022 = arith.muli %3785, %432 : index
              %4023 = arith.addi %4022, %3786 : index
              %4024 = arith.muli %4023, %35 : index
              vector.store %3805, %39[%4024] : memref<2048xf32>, vector<16xf32>
              %4025 = arith.addi %3786, %21 : index
              %4026 = arith.addi %4022, %4025 : index
              %4027 = arith.muli %4026, %35 : index
              vector.store %3806, %39[%4027] : memref<2048xf32>, vector<16xf32>
              %4028 = arith.addi %3786, %12 : index
              %4029 = arith.addi %4022, %4028 : index
              %4030 = arith.muli %4029, %35 : index
              vector.store %3807, %39[%4030] : memref<2048xf32>, vector<16xf32>
              %4031 = arith.constant 3 : index
              %4032 = arith.addi %3786, %4031 : index
              %4033 = arith.addi %4022, %4032 : index
              %4034 = arith.muli %4033, %35 : index
              vector.store %3808, %39[%4034] : memref<2048xf32>, vector<16xf32>
              %4035 = arith.addi %3786, %3804 : index
              %4036 = arith.addi %4022, %4035 : index
              %4037 = arith.muli %4036, %35 : index
              vector.store %3809, %39[%4037] : memref<2048xf32>, vector<16xf32>
              %4038 = arith.constant 5 : index
              %4039 = arith.addi %3786, %4038 : index
              %4040 = arith.addi %4022, %4039 : index
              %4041 = arith.muli %4040, %35 : index
              vector.store %3810, %39[%4041] : memref<2048xf32>, vector<16xf32>
              %4042 = arith.constant 6 : index
              %4043 = arith.addi %3786, %4042 : index
              %4044 = arith.addi %4022, %4043 : index
              %4045 = arith.muli %4044, %35 : index
              vector.store %3811, %39[%4045] : memref<2048xf32>, vector<16xf32>
              %4046 = arith.constant 7 : index
              %4047 = arith.addi %3786, %4046 : index
              %4048 = arith.addi %4022, %4047 : index
              %4049 = arith.muli %4048, %35 : index
              vector.store %3812, %39[%4049] : memref<2048xf32>, vector<16xf32>
              %4050 = arith.muli %3802, %432 : index
              %4051 = arith.addi %4050, %3786 : index
              %4052 = arith.muli %4051, %35 : index
              vector.store %3813, %39[%4052] : memref<2048xf32>, vector<16xf32>
              %4053 = arith.addi %4050, %4025 : index
              %4054 = arith.muli %4053, %35 : index
              vector.store %3814, %39[%4054] : memref<2048xf32>, vector<16xf32>
              %4055 = arith.addi %4050, %4028 : index
              %4056 = arith.muli %4055, %35 : index
              vector.store %3815, %39[%4056] : memref<2048xf32>, vector<16xf32>
              %4057 = arith.addi %4050, %4032 : index
              %4058 = arith.muli %4057, %35 : index
              vector.store %3816, %39[%4058] : memref<2048xf32>, vector<16xf32>
              %4059 = arith.addi %4050, %4035 : index
              %4060 = arith.muli %4059, %35 : index
              vector.store %3817, %39[%4060] : memref<2048xf32>, vector<16xf32>
              %4061 = arith.addi %4050, %4039 : index
              %4062 = arith.muli %4061, %35 : index
              vector.store %3818, %39[%4062] : memref<2048xf32>, vector<16xf32>
              %4063 = arith.addi %4050, %4043 : index
              %4064 = arith.muli %4063, %35 : index
              vector.store %3819, %39[%4064] : memref<2048xf32>, vector<16xf32>
              %4065 = arith.addi %4050, %4047 : index
              %4066 = arith.muli %4065, %35 : index
              vector.store %3820, %39[%4066] : memref<2048xf32>, vector<16xf32>
            }
          }
          scf.for %4067 = %3784 to %36 step %21 {
            scf.for %4068 = %20 to %432 step %432 {
              %4069 = arith.muli %4068, %42 : index
              %4070 = arith.addi %3782, %4069 : index
              %4071 = arith.addi %4070, %42 : index
              %4072 = arith.addi %4070, %18 : index
              %4073 = arith.constant 192 : index
              %4074 = arith.addi %4070, %4073 : index
              %4075 = arith.constant 256 : index
              %4076 = arith.addi %4070, %4075 : index
              %4077 = arith.constant 320 : index
              %4078 = arith.addi %4070, %4077 : index
              %4079 = arith.constant 384 : index
              %4080 = arith.addi %4070, %4079 : index
              %4081 = arith.constant 448 : index
              %4082 = arith.addi %4070, %4081 : index
              %4083 = arith.muli %4067, %35 : index
              %4084 = arith.constant 4 : index
              %4085, %4086, %4087, %4088, %4089, %4090, %4091, %4092 = scf.for %4093 = %20 to %10 step %4084 iter_args(%4094 = %48, %4095 = %48, %4096 = %48, %4097 = %48, %4098 = %48, %4099 = %48, %4100 = %48, %4101 = %48) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %4102 = arith.muli %4093, %42 : index
                %4103 = arith.addi %4102, %4083 : index
                %4104 = vector.load %40[%4103] : memref<2048xf32>, vector<16xf32>
                %4105 = arith.addi %4070, %4093 : index
                %4106 = memref.load %1[%4105] : memref<?xf32>
                %4107 = vector.broadcast %4106 : f32 to vector<16xf32>
                %4108 = vector.fma %4104, %4107, %4094 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4109 = arith.addi %4071, %4093 : index
                %4110 = memref.load %1[%4109] : memref<?xf32>
                %4111 = vector.broadcast %4110 : f32 to vector<16xf32>
                %4112 = vector.fma %4104, %4111, %4095 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4113 = arith.addi %4072, %4093 : index
                %4114 = memref.load %1[%4113] : memref<?xf32>
                %4115 = vector.broadcast %4114 : f32 to vector<16xf32>
                %4116 = vector.fma %4104, %4115, %4096 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4117 = arith.addi %4074, %4093 : index
                %4118 = memref.load %1[%4117] : memref<?xf32>
                %4119 = vector.broadcast %4118 : f32 to vector<16xf32>
                %4120 = vector.fma %4104, %4119, %4097 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4121 = arith.addi %4076, %4093 : index
                %4122 = memref.load %1[%4121] : memref<?xf32>
                %4123 = vector.broadcast %4122 : f32 to vector<16xf32>
                %4124 = vector.fma %4104, %4123, %4098 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4125 = arith.addi %4078, %4093 : index
                %4126 = memref.load %1[%4125] : memref<?xf32>
                %4127 = vector.broadcast %4126 : f32 to vector<16xf32>
                %4128 = vector.fma %4104, %4127, %4099 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4129 = arith.addi %4080, %4093 : index
                %4130 = memref.load %1[%4129] : memref<?xf32>
                %4131 = vector.broadcast %4130 : f32 to vector<16xf32>
                %4132 = vector.fma %4104, %4131, %4100 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4133 = arith.addi %4082, %4093 : index
                %4134 = memref.load %1[%4133] : memref<?xf32>
                %4135 = vector.broadcast %4134 : f32 to vector<16xf32>
                %4136 = vector.fma %4104, %4135, %4101 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4137 = arith.addi %4093, %21 : index
                %4138 = arith.muli %4137, %42 : index
                %4139 = arith.addi %4138, %4083 : index
                %4140 = vector.load %40[%4139] : memref<2048xf32>, vector<16xf32>
                %4141 = arith.addi %4070, %4137 : index
                %4142 = memref.load %1[%4141] : memref<?xf32>
                %4143 = vector.broadcast %4142 : f32 to vector<16xf32>
                %4144 = vector.fma %4140, %4143, %4108 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4145 = arith.addi %4071, %4137 : index
                %4146 = memref.load %1[%4145] : memref<?xf32>
                %4147 = vector.broadcast %4146 : f32 to vector<16xf32>
                %4148 = vector.fma %4140, %4147, %4112 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4149 = arith.addi %4072, %4137 : index
                %4150 = memref.load %1[%4149] : memref<?xf32>
                %4151 = vector.broadcast %4150 : f32 to vector<16xf32>
                %4152 = vector.fma %4140, %4151, %4116 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4153 = arith.addi %4074, %4137 : index
                %4154 = memref.load %1[%4153] : memref<?xf32>
                %4155 = vector.broadcast %4154 : f32 to vector<16xf32>
                %4156 = vector.fma %4140, %4155, %4120 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4157 = arith.addi %4076, %4137 : index
                %4158 = memref.load %1[%4157] : memref<?xf32>
                %4159 = vector.broadcast %4158 : f32 to vector<16xf32>
                %4160 = vector.fma %4140, %4159, %4124 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4161 = arith.addi %4078, %4137 : index
                %4162 = memref.load %1[%4161] : memref<?xf32>
                %4163 = vector.broadcast %4162 : f32 to vector<16xf32>
                %4164 = vector.fma %4140, %4163, %4128 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4165 = arith.addi %4080, %4137 : index
                %4166 = memref.load %1[%4165] : memref<?xf32>
                %4167 = vector.broadcast %4166 : f32 to vector<16xf32>
                %4168 = vector.fma %4140, %4167, %4132 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4169 = arith.addi %4082, %4137 : index
                %4170 = memref.load %1[%4169] : memref<?xf32>
                %4171 = vector.broadcast %4170 : f32 to vector<16xf32>
                %4172 = vector.fma %4140, %4171, %4136 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4173 = arith.addi %4093, %12 : index
                %4174 = arith.muli %4173, %42 : index
                %4175 = arith.addi %4174, %4083 : index
                %4176 = vector.load %40[%4175] : memref<2048xf32>, vector<16xf32>
                %4177 = arith.addi %4070, %4173 : index
                %4178 = memref.load %1[%4177] : memref<?xf32>
                %4179 = vector.broadcast %4178 : f32 to vector<16xf32>
                %4180 = vector.fma %4176, %4179, %4144 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4181 = arith.addi %4071, %4173 : index
                %4182 = memref.load %1[%4181] : memref<?xf32>
                %4183 = vector.broadcast %4182 : f32 to vector<16xf32>
                %4184 = vector.fma %4176, %4183, %4148 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4185 = arith.addi %4072, %4173 : index
                %4186 = memref.load %1[%4185] : memref<?xf32>
                %4187 = vector.broadcast %4186 : f32 to vector<16xf32>
                %4188 = vector.fma %4176, %4187, %4152 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4189 = arith.addi %4074, %4173 : index
                %4190 = memref.load %1[%4189] : memref<?xf32>
                %4191 = vector.broadcast %4190 : f32 to vector<16xf32>
                %4192 = vector.fma %4176, %4191, %4156 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4193 = arith.addi %4076, %4173 : index
                %4194 = memref.load %1[%4193] : memref<?xf32>
                %4195 = vector.broadcast %4194 : f32 to vector<16xf32>
                %4196 = vector.fma %4176, %4195, %4160 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4197 = arith.addi %4078, %4173 : index
                %4198 = memref.load %1[%4197] : memref<?xf32>
                %4199 = vector.broadcast %4198 : f32 to vector<16xf32>
                %4200 = vector.fma %4176, %4199, %4164 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4201 = arith.addi %4080, %4173 : index
                %4202 = memref.load %1[%4201] : memref<?xf32>
                %4203 = vector.broadcast %4202 : f32 to vector<16xf32>
                %4204 = vector.fma %4176, %4203, %4168 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4205 = arith.addi %4082, %4173 : index
                %4206 = memref.load %1[%4205] : memref<?xf32>
                %4207 = vector.broadcast %4206 : f32 to vector<16xf32>
                %4208 = vector.fma %4176, %4207, %4172 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4209 = arith.constant 3 : index
                %4210 = arith.addi %4093, %4209 : index
                %4211 = arith.muli %4210, %42 : index
                %4212 = arith.addi %4211, %4083 : index
                %4213 = vector.load %40[%4212] : memref<2048xf32>, vector<16xf32>
                %4214 = arith.addi %4070, %4210 : index
                %4215 = memref.load %1[%4214] : memref<?xf32>
                %4216 = vector.broadcast %4215 : f32 to vector<16xf32>
                %4217 = vector.fma %4213, %4216, %4180 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4218 = arith.addi %4071, %4210 : index
                %4219 = memref.load %1[%4218] : memref<?xf32>
                %4220 = vector.broadcast %4219 : f32 to vector<16xf32>
                %4221 = vector.fma %4213, %4220, %4184 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4222 = arith.addi %4072, %4210 : index
                %4223 = memref.load %1[%4222] : memref<?xf32>
                %4224 = vector.broadcast %4223 : f32 to vector<16xf32>
                %4225 = vector.fma %4213, %4224, %4188 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4226 = arith.addi %4074, %4210 : index
                %4227 = memref.load %1[%4226] : memref<?xf32>
                %4228 = vector.broadcast %4227 : f32 to vector<16xf32>
                %4229 = vector.fma %4213, %4228, %4192 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4230 = arith.addi %4076, %4210 : index
                %4231 = memref.load %1[%4230] : memref<?xf32>
                %4232 = vector.broadcast %4231 : f32 to vector<16xf32>
                %4233 = vector.fma %4213, %4232, %4196 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4234 = arith.addi %4078, %4210 : index
                %4235 = memref.load %1[%4234] : memref<?xf32>
                %4236 = vector.broadcast %4235 : f32 to vector<16xf32>
                %4237 = vector.fma %4213, %4236, %4200 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4238 = arith.addi %4080, %4210 : index
                %4239 = memref.load %1[%4238] : memref<?xf32>
                %4240 = vector.broadcast %4239 : f32 to vector<16xf32>
                %4241 = vector.fma %4213, %4240, %4204 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %4242 = arith.addi %4082, %4210 : index
                %4243 = memref.load %1[%4242] : memref<?xf32>
                %4244 = vector.broadcast %4243 : f32 to vector<16xf32>
                %4245 = vector.fma %4213, %4244, %4208 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %4217, %4221, %4225, %4229, %4233, %4237, %4241, %4245 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %4246 = arith.muli %4067, %432 : index
              %4247 = arith.addi %4246, %4068 : index
              %4248 = arith.muli %4247, %35 : index
              vector.store %4085, %39[%4248] : memref<2048xf32>, vector<16xf32>
              %4249 = arith.addi %4068, %21 : index
              %4250 = arith.addi %4246, %4249 : index
              %4251 = arith.muli %4250, %35 : index
              vector.store %4086, %39[%4251] : memref<2048xf32>, vector<16xf32>
              %4252 = arith.addi %4068, %12 : index
              %4253 = arith.addi %4246, %4252 : index
              %4254 = arith.muli %4253, %35 : index
              vector.store %4087, %39[%4254] : memref<2048xf32>, vector<16xf32>
              %4255 = arith.constant 3 : index
              %4256 = arith.addi %4068, %4255 : index
              %4257 = arith.addi %4246, %4256 : index
              %4258 = arith.muli %4257, %35 : index
              vector.store %4088, %39[%4258] : memref<2048xf32>, vector<16xf32>
              %4259 = arith.addi %4068, %4084 : index
              %4260 = arith.addi %4246, %4259 : index
              %4261 = arith.muli %4260, %35 : index
              vector.store %4089, %39[%4261] : memref<2048xf32>, vector<16xf32>
              %4262 = arith.constant 5 : index
              %4263 = arith.addi %4068, %4262 : index
              %4264 = arith.addi %4246, %4263 : index
              %4265 = arith.muli %4264, %35 : index
              vector.store %4090, %39[%4265] : memref<2048xf32>, vector<16xf32>
              %4266 = arith.constant 6 : index
              %4267 = arith.addi %4068, %4266 : index
              %4268 = arith.addi %4246, %4267 : index
              %4269 = arith.muli %4268, %35 : index
              vector.store %4091, %39[%4269] : memref<2048xf32>, vector<16xf32>
              %4270 = arith.constant 7 : index
              %4271 = arith.addi %4068, %4270 : index
              %4272 = arith.addi %4246, %4271 : index
              %4273 = arith.muli %4272, %35 : index
              vector.store %4092, %39[%4273] : memref<2048xf32>, vector<16xf32>
            }
          }
          scf.for %4274 = %20 to %36 step %21 {
            %4275 = arith.muli %4274, %35 : index
            %4276 = arith.muli %4274, %18 : index
            %4277 = arith.constant 192 : index
            %4278 = arith.addi %4275, %4277 : index
            %4279 = vector.load %38[%4278] : memref<256xf32>, vector<16xf32>
            %4280 = arith.index_cast %3780 : index to i64
            %4281 = arith.sitofp %4280 : i64 to f32
            %4282 = vector.broadcast %4281 : f32 to vector<16xf32>
            %4283 = arith.subf %4279, %4282 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4284 = vector.load %38[%4275] : memref<256xf32>, vector<16xf32>
            %4285 = scf.for %4286 = %20 to %432 step %432 iter_args(%4287 = %4284) -> (vector<16xf32>) {
              %4288 = arith.muli %4286, %35 : index
              %4289 = arith.addi %4276, %4288 : index
              %4290 = vector.load %39[%4289] : memref<2048xf32>, vector<16xf32>
              %4291 = arith.addi %4286, %21 : index
              %4292 = arith.muli %4291, %35 : index
              %4293 = arith.addi %4276, %4292 : index
              %4294 = vector.load %39[%4293] : memref<2048xf32>, vector<16xf32>
              %4295 = arith.addi %4286, %12 : index
              %4296 = arith.muli %4295, %35 : index
              %4297 = arith.addi %4276, %4296 : index
              %4298 = vector.load %39[%4297] : memref<2048xf32>, vector<16xf32>
              %4299 = arith.constant 3 : index
              %4300 = arith.addi %4286, %4299 : index
              %4301 = arith.muli %4300, %35 : index
              %4302 = arith.addi %4276, %4301 : index
              %4303 = vector.load %39[%4302] : memref<2048xf32>, vector<16xf32>
              %4304 = arith.constant 4 : index
              %4305 = arith.addi %4286, %4304 : index
              %4306 = arith.muli %4305, %35 : index
              %4307 = arith.addi %4276, %4306 : index
              %4308 = vector.load %39[%4307] : memref<2048xf32>, vector<16xf32>
              %4309 = arith.constant 5 : index
              %4310 = arith.addi %4286, %4309 : index
              %4311 = arith.muli %4310, %35 : index
              %4312 = arith.addi %4276, %4311 : index
              %4313 = vector.load %39[%4312] : memref<2048xf32>, vector<16xf32>
              %4314 = arith.constant 6 : index
              %4315 = arith.addi %4286, %4314 : index
              %4316 = arith.muli %4315, %35 : index
              %4317 = arith.addi %4276, %4316 : index
              %4318 = vector.load %39[%4317] : memref<2048xf32>, vector<16xf32>
              %4319 = arith.constant 7 : index
              %4320 = arith.addi %4286, %4319 : index
              %4321 = arith.muli %4320, %35 : index
              %4322 = arith.addi %4276, %4321 : index
              %4323 = vector.load %39[%4322] : memref<2048xf32>, vector<16xf32>
              %4324 = arith.index_cast %4286 : index to i64
              %4325 = arith.sitofp %4324 : i64 to f32
              %4326 = vector.broadcast %4325 : f32 to vector<16xf32>
              %4327 = arith.subf %4283, %4326 fastmath<nsz,arcp,afn> : vector<16xf32>
              %4328 = arith.cmpf olt, %48, %4327 : vector<16xf32>
              %4329 = arith.constant 1.000000e+00 : f32
              %4330 = vector.broadcast %4329 : f32 to vector<16xf32>
              %4331 = arith.cmpf olt, %4330, %4327 : vector<16xf32>
              %4332 = arith.constant 2.000000e+00 : f32
              %4333 = vector.broadcast %4332 : f32 to vector<16xf32>
              %4334 = arith.cmpf olt, %4333, %4327 : vector<16xf32>
              %4335 = arith.constant 3.000000e+00 : f32
              %4336 = vector.broadcast %4335 : f32 to vector<16xf32>
              %4337 = arith.cmpf olt, %4336, %4327 : vector<16xf32>
              %4338 = arith.constant 4.000000e+00 : f32
              %4339 = vector.broadcast %4338 : f32 to vector<16xf32>
              %4340 = arith.cmpf olt, %4339, %4327 : vector<16xf32>
              %4341 = arith.constant 5.000000e+00 : f32
              %4342 = vector.broadcast %4341 : f32 to vector<16xf32>
              %4343 = arith.cmpf olt, %4342, %4327 : vector<16xf32>
              %4344 = arith.constant 6.000000e+00 : f32
              %4345 = vector.broadcast %4344 : f32 to vector<16xf32>
              %4346 = arith.cmpf olt, %4345, %4327 : vector<16xf32>
              %4347 = arith.constant 7.000000e+00 : f32
              %4348 = vector.broadcast %4347 : f32 to vector<16xf32>
              %4349 = arith.cmpf olt, %4348, %4327 : vector<16xf32>
              %4350 = arith.constant -1.000000e+30 : f32
              %4351 = vector.broadcast %4350 : f32 to vector<16xf32>
              %4352 = arith.select %4328, %4290, %4351 : vector<16xf32>
              %4353 = arith.select %4331, %4294, %4351 : vector<16xf32>
              %4354 = arith.select %4334, %4298, %4351 : vector<16xf32>
              %4355 = arith.select %4337, %4303, %4351 : vector<16xf32>
              %4356 = arith.select %4340, %4308, %4351 : vector<16xf32>
              %4357 = arith.select %4343, %4313, %4351 : vector<16xf32>
              %4358 = arith.select %4346, %4318, %4351 : vector<16xf32>
              %4359 = arith.select %4349, %4323, %4351 : vector<16xf32>
              %4360 = arith.cmpf ogt, %4352, %4353 : vector<16xf32>
              %4361 = arith.select %4360, %4352, %4353 : vector<16xf32>
              %4362 = arith.cmpf ogt, %4354, %4355 : vector<16xf32>
              %4363 = arith.select %4362, %4354, %4355 : vector<16xf32>
              %4364 = arith.cmpf ogt, %4356, %4357 : vector<16xf32>
              %4365 = arith.select %4364, %4356, %4357 : vector<16xf32>
              %4366 = arith.cmpf ogt, %4358, %4359 : vector<16xf32>
              %4367 = arith.select %4366, %4358, %4359 : vector<16xf32>
              %4368 = arith.cmpf ogt, %4361, %4363 : vector<16xf32>
              %4369 = arith.select %4368, %4361, %4363 : vector<16xf32>
              %4370 = arith.cmpf ogt, %4365, %4367 : vector<16xf32>
              %4371 = arith.select %4370, %4365, %4367 : vector<16xf32>
              %4372 = arith.cmpf ogt, %4369, %4371 : vector<16xf32>
              %4373 = arith.select %4372, %4369, %4371 : vector<16xf32>
              %4374 = arith.cmpf ogt, %4287, %4373 : vector<16xf32>
              %4375 = arith.select %4374, %4287, %4373 : vector<16xf32>
              scf.yield %4375 : vector<16xf32>
            }
            %4376 = scf.for %4377 = %20 to %432 step %432 iter_args(%4378 = %48) -> (vector<16xf32>) {
              %4379 = arith.muli %4377, %35 : index
              %4380 = arith.addi %4276, %4379 : index
              %4381 = vector.load %39[%4380] : memref<2048xf32>, vector<16xf32>
              %4382 = arith.addi %4377, %21 : index
              %4383 = arith.muli %4382, %35 : index
              %4384 = arith.addi %4276, %4383 : index
              %4385 = vector.load %39[%4384] : memref<2048xf32>, vector<16xf32>
              %4386 = arith.addi %4377, %12 : index
              %4387 = arith.muli %4386, %35 : index
              %4388 = arith.addi %4276, %4387 : index
              %4389 = vector.load %39[%4388] : memref<2048xf32>, vector<16xf32>
              %4390 = arith.constant 3 : index
              %4391 = arith.addi %4377, %4390 : index
              %4392 = arith.muli %4391, %35 : index
              %4393 = arith.addi %4276, %4392 : index
              %4394 = vector.load %39[%4393] : memref<2048xf32>, vector<16xf32>
              %4395 = arith.constant 4 : index
              %4396 = arith.addi %4377, %4395 : index
              %4397 = arith.muli %4396, %35 : index
              %4398 = arith.addi %4276, %4397 : index
              %4399 = vector.load %39[%4398] : memref<2048xf32>, vector<16xf32>
              %4400 = arith.constant 5 : index
              %4401 = arith.addi %4377, %4400 : index
              %4402 = arith.muli %4401, %35 : index
              %4403 = arith.addi %4276, %4402 : index
              %4404 = vector.load %39[%4403] : memref<2048xf32>, vector<16xf32>
              %4405 = arith.constant 6 : index
              %4406 = arith.addi %4377, %4405 : index
              %4407 = arith.muli %4406, %35 : index
              %4408 = arith.addi %4276, %4407 : index
              %4409 = vector.load %39[%4408] : memref<2048xf32>, vector<16xf32>
              %4410 = arith.constant 7 : index
              %4411 = arith.addi %4377, %4410 : index
              %4412 = arith.muli %4411, %35 : index
              %4413 = arith.addi %4276, %4412 : index
              %4414 = vector.load %39[%4413] : memref<2048xf32>, vector<16xf32>
              %4415 = arith.index_cast %4377 : index to i64
              %4416 = arith.sitofp %4415 : i64 to f32
              %4417 = vector.broadcast %4416 : f32 to vector<16xf32>
              %4418 = arith.subf %4283, %4417 fastmath<nsz,arcp,afn> : vector<16xf32>
              %4419 = arith.cmpf olt, %48, %4418 : vector<16xf32>
              %4420 = arith.constant 1.000000e+00 : f32
              %4421 = vector.broadcast %4420 : f32 to vector<16xf32>
              %4422 = arith.cmpf olt, %4421, %4418 : vector<16xf32>
              %4423 = arith.constant 2.000000e+00 : f32
              %4424 = vector.broadcast %4423 : f32 to vector<16xf32>
              %4425 = arith.cmpf olt, %4424, %4418 : vector<16xf32>
              %4426 = arith.constant 3.000000e+00 : f32
              %4427 = vector.broadcast %4426 : f32 to vector<16xf32>
              %4428 = arith.cmpf olt, %4427, %4418 : vector<16xf32>
              %4429 = arith.constant 4.000000e+00 : f32
              %4430 = vector.broadcast %4429 : f32 to vector<16xf32>
              %4431 = arith.cmpf olt, %4430, %4418 : vector<16xf32>
              %4432 = arith.constant 5.000000e+00 : f32
              %4433 = vector.broadcast %4432 : f32 to vector<16xf32>
              %4434 = arith.cmpf olt, %4433, %4418 : vector<16xf32>
              %4435 = arith.constant 6.000000e+00 : f32
              %4436 = vector.broadcast %4435 : f32 to vector<16xf32>
              %4437 = arith.cmpf olt, %4436, %4418 : vector<16xf32>
              %4438 = arith.constant 7.000000e+00 : f32
              %4439 = vector.broadcast %4438 : f32 to vector<16xf32>
              %4440 = arith.cmpf olt, %4439, %4418 : vector<16xf32>
              %4441 = arith.constant -1.000000e+30 : f32
              %4442 = vector.broadcast %4441 : f32 to vector<16xf32>
              %4443 = arith.select %4419, %4381, %4442 : vector<16xf32>
              %4444 = arith.select %4422, %4385, %4442 : vector<16xf32>
              %4445 = arith.select %4425, %4389, %4442 : vector<16xf32>
              %4446 = arith.select %4428, %4394, %4442 : vector<16xf32>
              %4447 = arith.select %4431, %4399, %4442 : vector<16xf32>
              %4448 = arith.select %4434, %4404, %4442 : vector<16xf32>
              %4449 = arith.select %4437, %4409, %4442 : vector<16xf32>
              %4450 = arith.select %4440, %4414, %4442 : vector<16xf32>
              %4451 = arith.subf %4443, %4285 fastmath<nsz,arcp,afn> : vector<16xf32>
              %4452 = arith.constant -8.700000e+01 : f32
              %4453 = vector.broadcast %4452 : f32 to vector<16xf32>
              %4454 = arith.cmpf ogt, %4451, %4453 : vector<16xf32>
              %4455 = arith.select %4454, %4451, %4453 : vector<16xf32>
              %4456 = arith.constant 8.800000e+01 : f32
              %4457 = vector.broadcast %4456 : f32 to vector<16xf32>
              %4458 = arith.cmpf olt, %4455, %4457 : vector<16xf32>
              %4459 = arith.select %4458, %4455, %4457 : vector<16xf32>
              %4460 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %4461 = arith.minnumf %4459, %4460 : vector<16xf32>
              %4462 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %4463 = arith.maxnumf %4461, %4462 : vector<16xf32>
              %4464 = arith.constant dense<1.44269502> : vector<16xf32>
              %4465 = arith.mulf %4463, %4464 fastmath<contract> : vector<16xf32>
              %4466 = rlx_cpu.rint %4465 : vector<16xf32>
              %4467 = arith.constant dense<0.693359375> : vector<16xf32>
              %4468 = arith.mulf %4466, %4467 fastmath<contract> : vector<16xf32>
              %4469 = arith.subf %4463, %4468 fastmath<contract> : vector<16xf32>
              %4470 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %4471 = arith.mulf %4466, %4470 fastmath<contract> : vector<16xf32>
              %4472 = arith.subf %4469, %4471 fastmath<contract> : vector<16xf32>
              %4473 = arith.constant dense<0.000198756912> : vector<16xf32>
              %4474 = arith.mulf %4473, %4472 fastmath<contract> : vector<16xf32>
              %4475 = arith.constant dense<0.00139819994> : vector<16xf32>
              %4476 = arith.addf %4474, %4475 fastmath<contract> : vector<16xf32>
              %4477 = arith.mulf %4476, %4472 fastmath<contract> : vector<16xf32>
              %4478 = arith.constant dense<0.00833345205> : vector<16xf32>
              %4479 = arith.addf %4477, %4478 fastmath<contract> : vector<16xf32>
              %4480 = arith.mulf %4479, %4472 fastmath<contract> : vector<16xf32>
              %4481 = arith.constant dense<0.0416657962> : vector<16xf32>
              %4482 = arith.addf %4480, %4481 fastmath<contract> : vector<16xf32>
              %4483 = arith.mulf %4482, %4472 fastmath<contract> : vector<16xf32>
              %4484 = arith.constant dense<0.166666657> : vector<16xf32>
              %4485 = arith.addf %4483, %4484 fastmath<contract> : vector<16xf32>
              %4486 = arith.mulf %4485, %4472 fastmath<contract> : vector<16xf32>
              %4487 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %4488 = arith.addf %4486, %4487 fastmath<contract> : vector<16xf32>
              %4489 = arith.mulf %4472, %4472 fastmath<contract> : vector<16xf32>
              %4490 = arith.mulf %4488, %4489 fastmath<contract> : vector<16xf32>
              %4491 = arith.addf %4490, %4472 fastmath<contract> : vector<16xf32>
              %4492 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %4493 = arith.addf %4491, %4492 fastmath<contract> : vector<16xf32>
              %4494 = arith.fptosi %4466 : vector<16xf32> to vector<16xi32>
              %4495 = arith.constant dense<23> : vector<16xi32>
              %4496 = arith.shli %4494, %4495 : vector<16xi32>
              %4497 = arith.bitcast %4493 : vector<16xf32> to vector<16xi32>
              %4498 = arith.addi %4497, %4496 : vector<16xi32>
              %4499 = arith.bitcast %4498 : vector<16xi32> to vector<16xf32>
              %4500 = arith.constant dense<-87.3365479> : vector<16xf32>
              %4501 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %4502 = arith.cmpf olt, %4459, %4500 : vector<16xf32>
              %4503 = arith.select %4502, %4501, %4499 : vector<16xf32>
              %4504 = arith.constant dense<88.7228394> : vector<16xf32>
              %4505 = arith.constant dense<0x7f800000> : vector<16xf32>
              %4506 = arith.cmpf ogt, %4459, %4504 : vector<16xf32>
              %4507 = arith.select %4506, %4505, %4503 : vector<16xf32>
              %4508 = arith.cmpf uno, %4459, %4459 : vector<16xf32>
              %4509 = arith.select %4508, %4459, %4507 : vector<16xf32>
              %4510 = arith.select %4419, %4509, %48 : vector<16xf32>
              vector.store %4510, %39[%4380] : memref<2048xf32>, vector<16xf32>
              %4511 = arith.subf %4444, %4285 fastmath<nsz,arcp,afn> : vector<16xf32>
              %4512 = arith.cmpf ogt, %4511, %4453 : vector<16xf32>
              %4513 = arith.select %4512, %4511, %4453 : vector<16xf32>
              %4514 = arith.cmpf olt, %4513, %4457 : vector<16xf32>
              %4515 = arith.select %4514, %4513, %4457 : vector<16xf32>
              %4516 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %4517 = arith.minnumf %4515, %4516 : vector<16xf32>
              %4518 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %4519 = arith.maxnumf %4517, %4518 : vector<16xf32>
              %4520 = arith.constant dense<1.44269502> : vector<16xf32>
              %4521 = arith.mulf %4519, %4520 fastmath<contract> : vector<16xf32>
              %4522 = rlx_cpu.rint %4521 : vector<16xf32>
              %4523 = arith.constant dense<0.693359375> : vector<16xf32>
              %4524 = arith.mulf %4522, %4523 fastmath<contract> : vector<16xf32>
              %4525 = arith.subf %4519, %4524 fastmath<contract> : vector<16xf32>
              %4526 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %4527 = arith.mulf %4522, %4526 fastmath<contract> : vector<16xf32>
              %4528 = arith.subf %4525, %4527 fastmath<contract> : vector<16xf32>
              %4529 = arith.constant dense<0.000198756912> : vector<16xf32>
              %4530 = arith.mulf %4529, %4528 fastmath<contract> : vector<16xf32>
              %4531 = arith.constant dense<0.00139819994> : vector<16xf32>
              %4532 = arith.addf %4530, %4531 fastmath<contract> : vector<16xf32>
              %4533 = arith.mulf %4532, %4528 fastmath<contract> : vector<16xf32>
              %4534 = arith.constant dense<0.00833345205> : vector<16xf32>
              %4535 = arith.addf %4533, %4534 fastmath<contract> : vector<16xf32>
              %4536 = arith.mulf %4535, %4528 fastmath<contract> : vector<16xf32>
              %4537 = arith.constant dense<0.0416657962> : vector<16xf32>
              %4538 = arith.addf %4536, %4537 fastmath<contract> : vector<16xf32>
              %4539 = arith.mulf %4538, %4528 fastmath<contract> : vector<16xf32>
              %4540 = arith.constant dense<0.166666657> : vector<16xf32>
              %4541 = arith.addf %4539, %4540 fastmath<contract> : vector<16xf32>
              %4542 = arith.mulf %4541, %4528 fastmath<contract> : vector<16xf32>
              %4543 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %4544 = arith.addf %4542, %4543 fastmath<contract> : vector<16xf32>
              %4545 = arith.mulf %4528, %4528 fastmath<contract> : vector<16xf32>
              %4546 = arith.mulf %4544, %4545 fastmath<contract> : vector<16xf32>
              %4547 = arith.addf %4546, %4528 fastmath<contract> : vector<16xf32>
              %4548 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %4549 = arith.addf %4547, %4548 fastmath<contract> : vector<16xf32>
              %4550 = arith.fptosi %4522 : vector<16xf32> to vector<16xi32>
              %4551 = arith.constant dense<23> : vector<16xi32>
              %4552 = arith.shli %4550, %4551 : vector<16xi32>
              %4553 = arith.bitcast %4549 : vector<16xf32> to vector<16xi32>
              %4554 = arith.addi %4553, %4552 : vector<16xi32>
              %4555 = arith.bitcast %4554 : vector<16xi32> to vector<16xf32>
              %4556 = arith.constant dense<-87.3365479> : vector<16xf32>
              %4557 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %4558 = arith.cmpf olt, %4515, %4556 : vector<16xf32>
              %4559 = arith.select %4558, %4557, %4555 : vector<16xf32>
              %4560 = arith.constant dense<88.7228394> : vector<16xf32>
              %4561 = arith.constant dense<0x7f800000> : vector<16xf32>
              %4562 = arith.cmpf ogt, %4515, %4560 : vector<16xf32>
              %4563 = arith.select %4562, %4561, %4559 : vector<16xf32>
              %4564 = arith.cmpf uno, %4515, %4515 : vector<16xf32>
              %4565 = arith.select %4564, %4515, %4563 : vector<16xf32>
              %4566 = arith.select %4422, %4565, %48 : vector<16xf32>
              vector.store %4566, %39[%4384] : memref<2048xf32>, vector<16xf32>
              %4567 = arith.subf %4445, %4285 fastmath<nsz,arcp,afn> : vector<16xf32>
              %4568 = arith.cmpf ogt, %4567, %4453 : vector<16xf32>
              %4569 = arith.select %4568, %4567, %4453 : vector<16xf32>
              %4570 = arith.cmpf olt, %4569, %4457 : vector<16xf32>
              %4571 = arith.select %4570, %4569, %4457 : vector<16xf32>
              %4572 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %4573 = arith.minnumf %4571, %4572 : vector<16xf32>
              %4574 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %4575 = arith.maxnumf %4573, %4574 : vector<16xf32>
              %4576 = arith.constant dense<1.44269502> : vector<16xf32>
              %4577 = arith.mulf %4575, %4576 fastmath<contract> : vector<16xf32>
              %4578 = rlx_cpu.rint %4577 : vector<16xf32>
              %4579 = arith.constant dense<0.693359375> : vector<16xf32>
              %4580 = arith.mulf %4578, %4579 fastmath<contract> : vector<16xf32>
              %4581 = arith.subf %4575, %4580 fastmath<contract> : vector<16xf32>
              %4582 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %4583 = arith.mulf %4578, %4582 fastmath<contract> : vector<16xf32>
              %4584 = arith.subf %4581, %4583 fastmath<contract> : vector<16xf32>
              %4585 = arith.constant dense<0.000198756912> : vector<16xf32>
              %4586 = arith.mulf %4585, %4584 fastmath<contract> : vector<16xf32>
              %4587 = arith.constant dense<0.00139819994> : vector<16xf32>
              %4588 = arith.addf %4586, %4587 fastmath<contract> : vector<16xf32>
              %4589 = arith.mulf %4588, %4584 fastmath<contract> : vector<16xf32>
              %4590 = arith.constant dense<0.00833345205> : vector<16xf32>
              %4591 = arith.addf %4589, %4590 fastmath<contract> : vector<16xf32>
              %4592 = arith.mulf %4591, %4584 fastmath<contract> : vector<16xf32>
              %4593 = arith.constant dense<0.0416657962> : vector<16xf32>
              %4594 = arith.addf %4592, %4593 fastmath<contract> : vector<16xf32>
              %4595 = arith.mulf %4594, %4584 fastmath<contract> : vector<16xf32>
              %4596 = arith.constant dense<0.166666657> : vector<16xf32>
              %4597 = arith.addf %4595, %4596 fastmath<contract> : vector<16xf32>
              %4598 = arith.mulf %4597, %4584 fastmath<contract> : vector<16xf32>
              %4599 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %4600 = arith.addf %4598, %4599 fastmath<contract> : vector<16xf32>
              %4601 = arith.mulf %4584, %4584 fastmath<contract> : vector<16xf32>
              %4602 = arith.mulf %4600, %4601 fastmath<contract> : vector<16xf32>
              %4603 = arith.addf %4602, %4584 fastmath<contract> : vector<16xf32>
              %4604 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %4605 = arith.addf %4603, %4604 fastmath<contract> : vector<16xf32>
              %4606 = arith.fptosi %4578 : vector<16xf32> to vector<16xi32>
              %4607 = arith.constant dense<23> : vector<16xi32>
              %4608 = arith.shli %4606, %4607 : vector<16xi32>
              %4609 = arith.bitcast %4605 : vector<16xf32> to vector<16xi32>
              %4610 = arith.addi %4609, %4608 : vector<16xi32>
              %4611 = arith.bitcast %4610 : vector<16xi32> to vector<16xf32>
              %4612 = arith.constant dense<-87.3365479> : vector<16xf32>
              %4613 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %4614 = arith.cmpf olt, %4571, %4612 : vector<16xf32>
              %4615 = arith.select %4614, %4613, %4611 : vector<16xf32>
              %4616 = arith.constant dense<88.7228394> : vector<16xf32>
              %4617 = arith.constant dense<0x7f800000> : vector<16xf32>
              %4618 = arith.cmpf ogt, %4571, %4616 : vector<16xf32>
              %4619 = arith.select %4618, %4617, %4615 : vector<16xf32>
              %4620 = arith.cmpf uno, %4571, %4571 : vector<16xf32>
              %4621 = arith.select %4620, %4571, %4619 : vector<16xf32>
              %4622 = arith.select %4425, %4621, %48 : vector<16xf32>
              vector.store %4622, %39[%4388] : memref<2048xf32>, vector<16xf32>
              %4623 = arith.subf %4446, %4285 fastmath<nsz,arcp,afn> : vector<16xf32>
              %4624 = arith.cmpf ogt, %4623, %4453 : vector<16xf32>
              %4625 = arith.select %4624, %4623, %4453 : vector<16xf32>
              %4626 = arith.cmpf olt, %4625, %4457 : vector<16xf32>
              %4627 = arith.select %4626, %4625, %4457 : vector<16xf32>
              %4628 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %4629 = arith.minnumf %4627, %4628 : vector<16xf32>
              %4630 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %4631 = arith.maxnumf %4629, %4630 : vector<16xf32>
              %4632 = arith.constant dense<1.44269502> : vector<16xf32>
              %4633 = arith.mulf %4631, %4632 fastmath<contract> : vector<16xf32>
              %4634 = rlx_cpu.rint %4633 : vector<16xf32>
              %4635 = arith.constant dense<0.693359375> : vector<16xf32>
              %4636 = arith.mulf %4634, %4635 fastmath<contract> : vector<16xf32>
              %4637 = arith.subf %4631, %4636 fastmath<contract> : vector<16xf32>
              %4638 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %4639 = arith.mulf %4634, %4638 fastmath<contract> : vector<16xf32>
              %4640 = arith.subf %4637, %4639 fastmath<contract> : vector<16xf32>
              %4641 = arith.constant dense<0.000198756912> : vector<16xf32>
              %4642 = arith.mulf %4641, %4640 fastmath<contract> : vector<16xf32>
              %4643 = arith.constant dense<0.00139819994> : vector<16xf32>
              %4644 = arith.addf %4642, %4643 fastmath<contract> : vector<16xf32>
              %4645 = arith.mulf %4644, %4640 fastmath<contract> : vector<16xf32>
              %4646 = arith.constant dense<0.00833345205> : vector<16xf32>
              %4647 = arith.addf %4645, %4646 fastmath<contract> : vector<16xf32>
              %4648 = arith.mulf %4647, %4640 fastmath<contract> : vector<16xf32>
              %4649 = arith.constant dense<0.0416657962> : vector<16xf32>
              %4650 = arith.addf %4648, %4649 fastmath<contract> : vector<16xf32>
              %4651 = arith.mulf %4650, %4640 fastmath<contract> : vector<16xf32>
              %4652 = arith.constant dense<0.166666657> : vector<16xf32>
              %4653 = arith.addf %4651, %4652 fastmath<contract> : vector<16xf32>
              %4654 = arith.mulf %4653, %4640 fastmath<contract> : vector<16xf32>
              %4655 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %4656 = arith.addf %4654, %4655 fastmath<contract> : vector<16xf32>
              %4657 = arith.mulf %4640, %4640 fastmath<contract> : vector<16xf32>
              %4658 = arith.mulf %4656, %4657 fastmath<contract> : vector<16xf32>
              %4659 = arith.addf %4658, %4640 fastmath<contract> : vector<16xf32>
              %4660 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %4661 = arith.addf %4659, %4660 fastmath<contract> : vector<16xf32>
              %4662 = arith.fptosi %4634 : vector<16xf32> to vector<16xi32>
              %4663 = arith.constant dense<23> : vector<16xi32>
              %4664 = arith.shli %4662, %4663 : vector<16xi32>
              %4665 = arith.bitcast %4661 : vector<16xf32> to vector<16xi32>
              %4666 = arith.addi %4665, %4664 : vector<16xi32>
              %4667 = arith.bitcast %4666 : vector<16xi32> to vector<16xf32>
              %4668 = arith.constant dense<-87.3365479> : vector<16xf32>
              %4669 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %4670 = arith.cmpf olt, %4627, %4668 : vector<16xf32>
              %4671 = arith.select %4670, %4669, %4667 : vector<16xf32>
              %4672 = arith.constant dense<88.7228394> : vector<16xf32>
              %4673 = arith.constant dense<0x7f800000> : vector<16xf32>
              %4674 = arith.cmpf ogt, %4627, %4672 : vector<16xf32>
              %4675 = arith.select %4674, %4673, %4671 : vector<16xf32>
              %4676 = arith.cmpf uno, %4627, %4627 : vector<16xf32>
              %4677 = arith.select %4676, %4627, %4675 : vector<16xf32>
              %4678 = arith.select %4428, %4677, %48 : vector<16xf32>
              vector.store %4678, %39[%4393] : memref<2048xf32>, vector<16xf32>
              %4679 = arith.subf %4447, %4285 fastmath<nsz,arcp,afn> : vector<16xf32>
              %4680 = arith.cmpf ogt, %4679, %4453 : vector<16xf32>
              %4681 = arith.select %4680, %4679, %4453 : vector<16xf32>
              %4682 = arith.cmpf olt, %4681, %4457 : vector<16xf32>
              %4683 = arith.select %4682, %4681, %4457 : vector<16xf32>
              %4684 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %4685 = arith.minnumf %4683, %4684 : vector<16xf32>
              %4686 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %4687 = arith.maxnumf %4685, %4686 : vector<16xf32>
              %4688 = arith.constant dense<1.44269502> : vector<16xf32>
              %4689 = arith.mulf %4687, %4688 fastmath<contract> : vector<16xf32>
              %4690 = rlx_cpu.rint %4689 : vector<16xf32>
              %4691 = arith.constant dense<0.693359375> : vector<16xf32>
              %4692 = arith.mulf %4690, %4691 fastmath<contract> : vector<16xf32>
              %4693 = arith.subf %4687, %4692 fastmath<contract> : vector<16xf32>
              %4694 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %4695 = arith.mulf %4690, %4694 fastmath<contract> : vector<16xf32>
              %4696 = arith.subf %4693, %4695 fastmath<contract> : vector<16xf32>
              %4697 = arith.constant dense<0.000198756912> : vector<16xf32>
              %4698 = arith.mulf %4697, %4696 fastmath<contract> : vector<16xf32>
              %4699 = arith.constant dense<0.00139819994> : vector<16xf32>
              %4700 = arith.addf %4698, %4699 fastmath<contract> : vector<16xf32>
              %4701 = arith.mulf %4700, %4696 fastmath<contract> : vector<16xf32>
              %4702 = arith.constant dense<0.00833345205> : vector<16xf32>
              %4703 = arith.addf %4701, %4702 fastmath<contract> : vector<16xf32>
              %4704 = arith.mulf %4703, %4696 fastmath<contract> : vector<16xf32>
              %4705 = arith.constant dense<0.0416657962> : vector<16xf32>
              %4706 = arith.addf %4704, %4705 fastmath<contract> : vector<16xf32>
              %4707 = arith.mulf %4706, %4696 fastmath<contract> : vector<16xf32>
              %4708 = arith.constant dense<0.166666657> : vector<16xf32>
              %4709 = arith.addf %4707, %4708 fastmath<contract> : vector<16xf32>
              %4710 = arith.mulf %4709, %4696 fastmath<contract> : vector<16xf32>
              %4711 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %4712 = arith.addf %4710, %4711 fastmath<contract> : vector<16xf32>
              %4713 = arith.mulf %4696, %4696 fastmath<contract> : vector<16xf32>
              %4714 = arith.mulf %4712, %4713 fastmath<contract> : vector<16xf32>
              %4715 = arith.addf %4714, %4696 fastmath<contract> : vector<16xf32>
              %4716 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %4717 = arith.addf %4715, %4716 fastmath<contract> : vector<16xf32>
              %4718 = arith.fptosi %4690 : vector<16xf32> to vector<16xi32>
              %4719 = arith.constant dense<23> : vector<16xi32>
              %4720 = arith.shli %4718, %4719 : vector<16xi32>
              %4721 = arith.bitcast %4717 : vector<16xf32> to vector<16xi32>
              %4722 = arith.addi %4721, %4720 : vector<16xi32>
              %4723 = arith.bitcast %4722 : vector<16xi32> to vector<16xf32>
              %4724 = arith.constant dense<-87.3365479> : vector<16xf32>
              %4725 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %4726 = arith.cmpf olt, %4683, %4724 : vector<16xf32>
              %4727 = arith.select %4726, %4725, %4723 : vector<16xf32>
              %4728 = arith.constant dense<88.7228394> : vector<16xf32>
              %4729 = arith.constant dense<0x7f800000> : vector<16xf32>
              %4730 = arith.cmpf ogt, %4683, %4728 : vector<16xf32>
              %4731 = arith.select %4730, %4729, %4727 : vector<16xf32>
              %4732 = arith.cmpf uno, %4683, %4683 : vector<16xf32>
              %4733 = arith.select %4732, %4683, %4731 : vector<16xf32>
              %4734 = arith.select %4431, %4733, %48 : vector<16xf32>
              vector.store %4734, %39[%4398] : memref<2048xf32>, vector<16xf32>
              %4735 = arith.subf %4448, %4285 fastmath<nsz,arcp,afn> : vector<16xf32>
              %4736 = arith.cmpf ogt, %4735, %4453 : vector<16xf32>
              %4737 = arith.select %4736, %4735, %4453 : vector<16xf32>
              %4738 = arith.cmpf olt, %4737, %4457 : vector<16xf32>
              %4739 = arith.select %4738, %4737, %4457 : vector<16xf32>
              %4740 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %4741 = arith.minnumf %4739, %4740 : vector<16xf32>
              %4742 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %4743 = arith.maxnumf %4741, %4742 : vector<16xf32>
              %4744 = arith.constant dense<1.44269502> : vector<16xf32>
              %4745 = arith.mulf %4743, %4744 fastmath<contract> : vector<16xf32>
              %4746 = rlx_cpu.rint %4745 : vector<16xf32>
              %4747 = arith.constant dense<0.693359375> : vector<16xf32>
              %4748 = arith.mulf %4746, %4747 fastmath<contract> : vector<16xf32>
              %4749 = arith.subf %4743, %4748 fastmath<contract> : vector<16xf32>
              %4750 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %4751 = arith.mulf %4746, %4750 fastmath<contract> : vector<16xf32>
              %4752 = arith.subf %4749, %4751 fastmath<contract> : vector<16xf32>
              %4753 = arith.constant dense<0.000198756912> : vector<16xf32>
              %4754 = arith.mulf %4753, %4752 fastmath<contract> : vector<16xf32>
              %4755 = arith.constant dense<0.00139819994> : vector<16xf32>
              %4756 = arith.addf %4754, %4755 fastmath<contract> : vector<16xf32>
              %4757 = arith.mulf %4756, %4752 fastmath<contract> : vector<16xf32>
              %4758 = arith.constant dense<0.00833345205> : vector<16xf32>
              %4759 = arith.addf %4757, %4758 fastmath<contract> : vector<16xf32>
              %4760 = arith.mulf %4759, %4752 fastmath<contract> : vector<16xf32>
              %4761 = arith.constant dense<0.0416657962> : vector<16xf32>
              %4762 = arith.addf %4760, %4761 fastmath<contract> : vector<16xf32>
              %4763 = arith.mulf %4762, %4752 fastmath<contract> : vector<16xf32>
              %4764 = arith.constant dense<0.166666657> : vector<16xf32>
              %4765 = arith.addf %4763, %4764 fastmath<contract> : vector<16xf32>
              %4766 = arith.mulf %4765, %4752 fastmath<contract> : vector<16xf32>
              %4767 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %4768 = arith.addf %4766, %4767 fastmath<contract> : vector<16xf32>
              %4769 = arith.mulf %4752, %4752 fastmath<contract> : vector<16xf32>
              %4770 = arith.mulf %4768, %4769 fastmath<contract> : vector<16xf32>
              %4771 = arith.addf %4770, %4752 fastmath<contract> : vector<16xf32>
              %4772 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %4773 = arith.addf %4771, %4772 fastmath<contract> : vector<16xf32>
              %4774 = arith.fptosi %4746 : vector<16xf32> to vector<16xi32>
              %4775 = arith.constant dense<23> : vector<16xi32>
              %4776 = arith.shli %4774, %4775 : vector<16xi32>
              %4777 = arith.bitcast %4773 : vector<16xf32> to vector<16xi32>
              %4778 = arith.addi %4777, %4776 : vector<16xi32>
              %4779 = arith.bitcast %4778 : vector<16xi32> to vector<16xf32>
              %4780 = arith.constant dense<-87.3365479> : vector<16xf32>
              %4781 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %4782 = arith.cmpf olt, %4739, %4780 : vector<16xf32>
              %4783 = arith.select %4782, %4781, %4779 : vector<16xf32>
              %4784 = arith.constant dense<88.7228394> : vector<16xf32>
              %4785 = arith.constant dense<0x7f800000> : vector<16xf32>
              %4786 = arith.cmpf ogt, %4739, %4784 : vector<16xf32>
              %4787 = arith.select %4786, %4785, %4783 : vector<16xf32>
              %4788 = arith.cmpf uno, %4739, %4739 : vector<16xf32>
              %4789 = arith.select %4788, %4739, %4787 : vector<16xf32>
              %4790 = arith.select %4434, %4789, %48 : vector<16xf32>
              vector.store %4790, %39[%4403] : memref<2048xf32>, vector<16xf32>
              %4791 = arith.subf %4449, %4285 fastmath<nsz,arcp,afn> : vector<16xf32>
              %4792 = arith.cmpf ogt, %4791, %4453 : vector<16xf32>
              %4793 = arith.select %4792, %4791, %4453 : vector<16xf32>
              %4794 = arith.cmpf olt, %4793, %4457 : vector<16xf32>
              %4795 = arith.select %4794, %4793, %4457 : vector<16xf32>
              %4796 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %4797 = arith.minnumf %4795, %4796 : vector<16xf32>
              %4798 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %4799 = arith.maxnumf %4797, %4798 : vector<16xf32>
              %4800 = arith.constant dense<1.44269502> : vector<16xf32>
              %4801 = arith.mulf %4799, %4800 fastmath<contract> : vector<16xf32>
              %4802 = rlx_cpu.rint %4801 : vector<16xf32>
              %4803 = arith.constant dense<0.693359375> : vector<16xf32>
              %4804 = arith.mulf %4802, %4803 fastmath<contract> : vector<16xf32>
              %4805 = arith.subf %4799, %4804 fastmath<contract> : vector<16xf32>
              %4806 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %4807 = arith.mulf %4802, %4806 fastmath<contract> : vector<16xf32>
              %4808 = arith.subf %4805, %4807 fastmath<contract> : vector<16xf32>
              %4809 = arith.constant dense<0.000198756912> : vector<16xf32>
              %4810 = arith.mulf %4809, %4808 fastmath<contract> : vector<16xf32>
              %4811 = arith.constant dense<0.00139819994> : vector<16xf32>
              %4812 = arith.addf %4810, %4811 fastmath<contract> : vector<16xf32>
              %4813 = arith.mulf %4812, %4808 fastmath<contract> : vector<16xf32>
              %4814 = arith.constant dense<0.00833345205> : vector<16xf32>
              %4815 = arith.addf %4813, %4814 fastmath<contract> : vector<16xf32>
              %4816 = arith.mulf %4815, %4808 fastmath<contract> : vector<16xf32>
              %4817 = arith.constant dense<0.0416657962> : vector<16xf32>
              %4818 = arith.addf %4816, %4817 fastmath<contract> : vector<16xf32>
              %4819 = arith.mulf %4818, %4808 fastmath<contract> : vector<16xf32>
              %4820 = arith.constant dense<0.166666657> : vector<16xf32>
              %4821 = arith.addf %4819, %4820 fastmath<contract> : vector<16xf32>
              %4822 = arith.mulf %4821, %4808 fastmath<contract> : vector<16xf32>
              %4823 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %4824 = arith.addf %4822, %4823 fastmath<contract> : vector<16xf32>
              %4825 = arith.mulf %4808, %4808 fastmath<contract> : vector<16xf32>
              %4826 = arith.mulf %4824, %4825 fastmath<contract> : vector<16xf32>
              %4827 = arith.addf %4826, %4808 fastmath<contract> : vector<16xf32>
              %4828 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %4829 = arith.addf %4827, %4828 fastmath<contract> : vector<16xf32>
              %4830 = arith.fptosi %4802 : vector<16xf32> to vector<16xi32>
              %4831 = arith.constant dense<23> : vector<16xi32>
              %4832 = arith.shli %4830, %4831 : vector<16xi32>
              %4833 = arith.bitcast %4829 : vector<16xf32> to vector<16xi32>
              %4834 = arith.addi %4833, %4832 : vector<16xi32>
              %4835 = arith.bitcast %4834 : vector<16xi32> to vector<16xf32>
              %4836 = arith.constant dense<-87.3365479> : vector<16xf32>
              %4837 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %4838 = arith.cmpf olt, %4795, %4836 : vector<16xf32>
              %4839 = arith.select %4838, %4837, %4835 : vector<16xf32>
              %4840 = arith.constant dense<88.7228394> : vector<16xf32>
              %4841 = arith.constant dense<0x7f800000> : vector<16xf32>
              %4842 = arith.cmpf ogt, %4795, %4840 : vector<16xf32>
              %4843 = arith.select %4842, %4841, %4839 : vector<16xf32>
              %4844 = arith.cmpf uno, %4795, %4795 : vector<16xf32>
              %4845 = arith.select %4844, %4795, %4843 : vector<16xf32>
              %4846 = arith.select %4437, %4845, %48 : vector<16xf32>
              vector.store %4846, %39[%4408] : memref<2048xf32>, vector<16xf32>
              %4847 = arith.subf %4450, %4285 fastmath<nsz,arcp,afn> : vector<16xf32>
              %4848 = arith.cmpf ogt, %4847, %4453 : vector<16xf32>
              %4849 = arith.select %4848, %4847, %4453 : vector<16xf32>
              %4850 = arith.cmpf olt, %4849, %4457 : vector<16xf32>
              %4851 = arith.select %4850, %4849, %4457 : vector<16xf32>
              %4852 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %4853 = arith.minnumf %4851, %4852 : vector<16xf32>
              %4854 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %4855 = arith.maxnumf %4853, %4854 : vector<16xf32>
              %4856 = arith.constant dense<1.44269502> : vector<16xf32>
              %4857 = arith.mulf %4855, %4856 fastmath<contract> : vector<16xf32>
              %4858 = rlx_cpu.rint %4857 : vector<16xf32>
              %4859 = arith.constant dense<0.693359375> : vector<16xf32>
              %4860 = arith.mulf %4858, %4859 fastmath<contract> : vector<16xf32>
              %4861 = arith.subf %4855, %4860 fastmath<contract> : vector<16xf32>
              %4862 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %4863 = arith.mulf %4858, %4862 fastmath<contract> : vector<16xf32>
              %4864 = arith.subf %4861, %4863 fastmath<contract> : vector<16xf32>
              %4865 = arith.constant dense<0.000198756912> : vector<16xf32>
              %4866 = arith.mulf %4865, %4864 fastmath<contract> : vector<16xf32>
              %4867 = arith.constant dense<0.00139819994> : vector<16xf32>
              %4868 = arith.addf %4866, %4867 fastmath<contract> : vector<16xf32>
              %4869 = arith.mulf %4868, %4864 fastmath<contract> : vector<16xf32>
              %4870 = arith.constant dense<0.00833345205> : vector<16xf32>
              %4871 = arith.addf %4869, %4870 fastmath<contract> : vector<16xf32>
              %4872 = arith.mulf %4871, %4864 fastmath<contract> : vector<16xf32>
              %4873 = arith.constant dense<0.0416657962> : vector<16xf32>
              %4874 = arith.addf %4872, %4873 fastmath<contract> : vector<16xf32>
              %4875 = arith.mulf %4874, %4864 fastmath<contract> : vector<16xf32>
              %4876 = arith.constant dense<0.166666657> : vector<16xf32>
              %4877 = arith.addf %4875, %4876 fastmath<contract> : vector<16xf32>
              %4878 = arith.mulf %4877, %4864 fastmath<contract> : vector<16xf32>
              %4879 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %4880 = arith.addf %4878, %4879 fastmath<contract> : vector<16xf32>
              %4881 = arith.mulf %4864, %4864 fastmath<contract> : vector<16xf32>
              %4882 = arith.mulf %4880, %4881 fastmath<contract> : vector<16xf32>
              %4883 = arith.addf %4882, %4864 fastmath<contract> : vector<16xf32>
              %4884 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %4885 = arith.addf %4883, %4884 fastmath<contract> : vector<16xf32>
              %4886 = arith.fptosi %4858 : vector<16xf32> to vector<16xi32>
              %4887 = arith.constant dense<23> : vector<16xi32>
              %4888 = arith.shli %4886, %4887 : vector<16xi32>
              %4889 = arith.bitcast %4885 : vector<16xf32> to vector<16xi32>
              %4890 = arith.addi %4889, %4888 : vector<16xi32>
              %4891 = arith.bitcast %4890 : vector<16xi32> to vector<16xf32>
              %4892 = arith.constant dense<-87.3365479> : vector<16xf32>
              %4893 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %4894 = arith.cmpf olt, %4851, %4892 : vector<16xf32>
              %4895 = arith.select %4894, %4893, %4891 : vector<16xf32>
              %4896 = arith.constant dense<88.7228394> : vector<16xf32>
              %4897 = arith.constant dense<0x7f800000> : vector<16xf32>
              %4898 = arith.cmpf ogt, %4851, %4896 : vector<16xf32>
              %4899 = arith.select %4898, %4897, %4895 : vector<16xf32>
              %4900 = arith.cmpf uno, %4851, %4851 : vector<16xf32>
              %4901 = arith.select %4900, %4851, %4899 : vector<16xf32>
              %4902 = arith.select %4440, %4901, %48 : vector<16xf32>
              vector.store %4902, %39[%4413] : memref<2048xf32>, vector<16xf32>
              %4903 = arith.addf %4510, %4566 fastmath<nsz,arcp,afn> : vector<16xf32>
              %4904 = arith.addf %4622, %4678 fastmath<nsz,arcp,afn> : vector<16xf32>
              %4905 = arith.addf %4734, %4790 fastmath<nsz,arcp,afn> : vector<16xf32>
              %4906 = arith.addf %4846, %4902 fastmath<nsz,arcp,afn> : vector<16xf32>
              %4907 = arith.addf %4903, %4904 fastmath<nsz,arcp,afn> : vector<16xf32>
              %4908 = arith.addf %4905, %4906 fastmath<nsz,arcp,afn> : vector<16xf32>
              %4909 = arith.addf %4907, %4908 fastmath<nsz,arcp,afn> : vector<16xf32>
              %4910 = arith.addf %4378, %4909 fastmath<nsz,arcp,afn> : vector<16xf32>
              scf.yield %4910 : vector<16xf32>
            }
            %4911 = arith.subf %4284, %4285 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4912 = arith.constant -8.700000e+01 : f32
            %4913 = vector.broadcast %4912 : f32 to vector<16xf32>
            %4914 = arith.cmpf ogt, %4911, %4913 : vector<16xf32>
            %4915 = arith.select %4914, %4911, %4913 : vector<16xf32>
            %4916 = arith.constant 8.800000e+01 : f32
            %4917 = vector.broadcast %4916 : f32 to vector<16xf32>
            %4918 = arith.cmpf olt, %4915, %4917 : vector<16xf32>
            %4919 = arith.select %4918, %4915, %4917 : vector<16xf32>
            %4920 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %4921 = arith.minnumf %4919, %4920 : vector<16xf32>
            %4922 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %4923 = arith.maxnumf %4921, %4922 : vector<16xf32>
            %4924 = arith.constant dense<1.44269502> : vector<16xf32>
            %4925 = arith.mulf %4923, %4924 fastmath<contract> : vector<16xf32>
            %4926 = rlx_cpu.rint %4925 : vector<16xf32>
            %4927 = arith.constant dense<0.693359375> : vector<16xf32>
            %4928 = arith.mulf %4926, %4927 fastmath<contract> : vector<16xf32>
            %4929 = arith.subf %4923, %4928 fastmath<contract> : vector<16xf32>
            %4930 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %4931 = arith.mulf %4926, %4930 fastmath<contract> : vector<16xf32>
            %4932 = arith.subf %4929, %4931 fastmath<contract> : vector<16xf32>
            %4933 = arith.constant dense<0.000198756912> : vector<16xf32>
            %4934 = arith.mulf %4933, %4932 fastmath<contract> : vector<16xf32>
            %4935 = arith.constant dense<0.00139819994> : vector<16xf32>
            %4936 = arith.addf %4934, %4935 fastmath<contract> : vector<16xf32>
            %4937 = arith.mulf %4936, %4932 fastmath<contract> : vector<16xf32>
            %4938 = arith.constant dense<0.00833345205> : vector<16xf32>
            %4939 = arith.addf %4937, %4938 fastmath<contract> : vector<16xf32>
            %4940 = arith.mulf %4939, %4932 fastmath<contract> : vector<16xf32>
            %4941 = arith.constant dense<0.0416657962> : vector<16xf32>
            %4942 = arith.addf %4940, %4941 fastmath<contract> : vector<16xf32>
            %4943 = arith.mulf %4942, %4932 fastmath<contract> : vector<16xf32>
            %4944 = arith.constant dense<0.166666657> : vector<16xf32>
            %4945 = arith.addf %4943, %4944 fastmath<contract> : vector<16xf32>
            %4946 = arith.mulf %4945, %4932 fastmath<contract> : vector<16xf32>
            %4947 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %4948 = arith.addf %4946, %4947 fastmath<contract> : vector<16xf32>
            %4949 = arith.mulf %4932, %4932 fastmath<contract> : vector<16xf32>
            %4950 = arith.mulf %4948, %4949 fastmath<contract> : vector<16xf32>
            %4951 = arith.addf %4950, %4932 fastmath<contract> : vector<16xf32>
            %4952 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %4953 = arith.addf %4951, %4952 fastmath<contract> : vector<16xf32>
            %4954 = arith.fptosi %4926 : vector<16xf32> to vector<16xi32>
            %4955 = arith.constant dense<23> : vector<16xi32>
            %4956 = arith.shli %4954, %4955 : vector<16xi32>
            %4957 = arith.bitcast %4953 : vector<16xf32> to vector<16xi32>
            %4958 = arith.addi %4957, %4956 : vector<16xi32>
            %4959 = arith.bitcast %4958 : vector<16xi32> to vector<16xf32>
            %4960 = arith.constant dense<-87.3365479> : vector<16xf32>
            %4961 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %4962 = arith.cmpf olt, %4919, %4960 : vector<16xf32>
            %4963 = arith.select %4962, %4961, %4959 : vector<16xf32>
            %4964 = arith.constant dense<88.7228394> : vector<16xf32>
            %4965 = arith.constant dense<0x7f800000> : vector<16xf32>
            %4966 = arith.cmpf ogt, %4919, %4964 : vector<16xf32>
            %4967 = arith.select %4966, %4965, %4963 : vector<16xf32>
            %4968 = arith.cmpf uno, %4919, %4919 : vector<16xf32>
            %4969 = arith.select %4968, %4919, %4967 : vector<16xf32>
            vector.store %4285, %38[%4275] : memref<256xf32>, vector<16xf32>
            %4970 = arith.addi %4275, %42 : index
            %4971 = vector.load %38[%4970] : memref<256xf32>, vector<16xf32>
            %4972 = arith.mulf %4971, %4969 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4973 = arith.addf %4972, %4376 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %4973, %38[%4970] : memref<256xf32>, vector<16xf32>
            %4974 = arith.addi %4275, %18 : index
            vector.store %4969, %38[%4974] : memref<256xf32>, vector<16xf32>
          }
          %4975 = arith.divui %32, %12 : index
          %4976 = arith.muli %4975, %12 : index
          scf.for %4977 = %20 to %4976 step %12 {
            %4978 = arith.addi %4977, %21 : index
            %4979 = arith.divui %4977, %12 : index
            %4980 = arith.remui %4977, %12 : index
            %4981 = arith.addi %29, %4979 : index
            %4982 = arith.muli %27, %12 : index
            %4983 = arith.addi %4982, %4980 : index
            %4984 = arith.muli %28, %5 : index
            %4985 = arith.addi %4984, %4981 : index
            %4986 = arith.constant 4 : index
            %4987 = arith.muli %4985, %4986 : index
            %4988 = arith.addi %4987, %4983 : index
            %4989 = arith.muli %4988, %10 : index
            %4990 = arith.divui %4978, %12 : index
            %4991 = arith.remui %4978, %12 : index
            %4992 = arith.addi %29, %4990 : index
            %4993 = arith.addi %4982, %4991 : index
            %4994 = arith.addi %4984, %4992 : index
            %4995 = arith.muli %4994, %4986 : index
            %4996 = arith.addi %4995, %4993 : index
            %4997 = arith.muli %4996, %10 : index
            %4998 = arith.divui %4977, %35 : index
            %4999 = arith.remui %4977, %35 : index
            %5000 = arith.muli %4998, %18 : index
            %5001 = arith.addi %5000, %4999 : index
            %5002 = arith.addi %4977, %18 : index
            %5003 = memref.load %38[%5002] : memref<256xf32>
            %5004 = vector.broadcast %5003 : f32 to vector<16xf32>
            %5005 = arith.addi %4978, %18 : index
            %5006 = memref.load %38[%5005] : memref<256xf32>
            %5007 = vector.broadcast %5006 : f32 to vector<16xf32>
            %5008 = arith.addi %4989, %35 : index
            %5009 = arith.addi %4997, %35 : index
            %5010 = vector.load %3[%4989] : memref<?xf32>, vector<16xf32>
            %5011 = arith.mulf %5010, %5004 fastmath<nsz,arcp,afn> : vector<16xf32>
            %5012 = vector.load %3[%5008] : memref<?xf32>, vector<16xf32>
            %5013 = arith.mulf %5012, %5004 fastmath<nsz,arcp,afn> : vector<16xf32>
            %5014 = vector.load %3[%4997] : memref<?xf32>, vector<16xf32>
            %5015 = arith.mulf %5014, %5007 fastmath<nsz,arcp,afn> : vector<16xf32>
            %5016 = vector.load %3[%5009] : memref<?xf32>, vector<16xf32>
            %5017 = arith.mulf %5016, %5007 fastmath<nsz,arcp,afn> : vector<16xf32>
            %5018 = vector.load %2[%3782] : memref<?xf32>, vector<16xf32>
            %5019 = arith.addi %3782, %35 : index
            %5020 = vector.load %2[%5019] : memref<?xf32>, vector<16xf32>
            %5021 = memref.load %39[%5001] : memref<2048xf32>
            %5022 = vector.broadcast %5021 : f32 to vector<16xf32>
            %5023 = vector.fma %5022, %5018, %5011 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5024 = vector.fma %5022, %5020, %5013 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5025 = arith.addi %5001, %21 : index
            %5026 = memref.load %39[%5025] : memref<2048xf32>
            %5027 = vector.broadcast %5026 : f32 to vector<16xf32>
            %5028 = vector.fma %5027, %5018, %5015 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5029 = vector.fma %5027, %5020, %5017 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5030 = arith.addi %3782, %42 : index
            %5031 = vector.load %2[%5030] : memref<?xf32>, vector<16xf32>
            %5032 = arith.constant 80 : index
            %5033 = arith.addi %3782, %5032 : index
            %5034 = vector.load %2[%5033] : memref<?xf32>, vector<16xf32>
            %5035 = arith.addi %5001, %35 : index
            %5036 = memref.load %39[%5035] : memref<2048xf32>
            %5037 = vector.broadcast %5036 : f32 to vector<16xf32>
            %5038 = vector.fma %5037, %5031, %5023 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5039 = vector.fma %5037, %5034, %5024 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5040 = arith.constant 17 : index
            %5041 = arith.addi %5001, %5040 : index
            %5042 = memref.load %39[%5041] : memref<2048xf32>
            %5043 = vector.broadcast %5042 : f32 to vector<16xf32>
            %5044 = vector.fma %5043, %5031, %5028 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5045 = vector.fma %5043, %5034, %5029 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5046 = arith.addi %3782, %18 : index
            %5047 = vector.load %2[%5046] : memref<?xf32>, vector<16xf32>
            %5048 = arith.constant 144 : index
            %5049 = arith.addi %3782, %5048 : index
            %5050 = vector.load %2[%5049] : memref<?xf32>, vector<16xf32>
            %5051 = arith.addi %5001, %10 : index
            %5052 = memref.load %39[%5051] : memref<2048xf32>
            %5053 = vector.broadcast %5052 : f32 to vector<16xf32>
            %5054 = vector.fma %5053, %5047, %5038 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5055 = vector.fma %5053, %5050, %5039 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5056 = arith.constant 33 : index
            %5057 = arith.addi %5001, %5056 : index
            %5058 = memref.load %39[%5057] : memref<2048xf32>
            %5059 = vector.broadcast %5058 : f32 to vector<16xf32>
            %5060 = vector.fma %5059, %5047, %5044 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5061 = vector.fma %5059, %5050, %5045 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5062 = arith.constant 192 : index
            %5063 = arith.addi %3782, %5062 : index
            %5064 = vector.load %2[%5063] : memref<?xf32>, vector<16xf32>
            %5065 = arith.constant 208 : index
            %5066 = arith.addi %3782, %5065 : index
            %5067 = vector.load %2[%5066] : memref<?xf32>, vector<16xf32>
            %5068 = arith.constant 48 : index
            %5069 = arith.addi %5001, %5068 : index
            %5070 = memref.load %39[%5069] : memref<2048xf32>
            %5071 = vector.broadcast %5070 : f32 to vector<16xf32>
            %5072 = vector.fma %5071, %5064, %5054 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5073 = vector.fma %5071, %5067, %5055 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5074 = arith.constant 49 : index
            %5075 = arith.addi %5001, %5074 : index
            %5076 = memref.load %39[%5075] : memref<2048xf32>
            %5077 = vector.broadcast %5076 : f32 to vector<16xf32>
            %5078 = vector.fma %5077, %5064, %5060 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5079 = vector.fma %5077, %5067, %5061 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5080 = arith.constant 256 : index
            %5081 = arith.addi %3782, %5080 : index
            %5082 = vector.load %2[%5081] : memref<?xf32>, vector<16xf32>
            %5083 = arith.constant 272 : index
            %5084 = arith.addi %3782, %5083 : index
            %5085 = vector.load %2[%5084] : memref<?xf32>, vector<16xf32>
            %5086 = arith.addi %5001, %42 : index
            %5087 = memref.load %39[%5086] : memref<2048xf32>
            %5088 = vector.broadcast %5087 : f32 to vector<16xf32>
            %5089 = vector.fma %5088, %5082, %5072 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5090 = vector.fma %5088, %5085, %5073 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5091 = arith.constant 65 : index
            %5092 = arith.addi %5001, %5091 : index
            %5093 = memref.load %39[%5092] : memref<2048xf32>
            %5094 = vector.broadcast %5093 : f32 to vector<16xf32>
            %5095 = vector.fma %5094, %5082, %5078 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5096 = vector.fma %5094, %5085, %5079 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5097 = arith.constant 320 : index
            %5098 = arith.addi %3782, %5097 : index
            %5099 = vector.load %2[%5098] : memref<?xf32>, vector<16xf32>
            %5100 = arith.constant 336 : index
            %5101 = arith.addi %3782, %5100 : index
            %5102 = vector.load %2[%5101] : memref<?xf32>, vector<16xf32>
            %5103 = arith.addi %5001, %5032 : index
            %5104 = memref.load %39[%5103] : memref<2048xf32>
            %5105 = vector.broadcast %5104 : f32 to vector<16xf32>
            %5106 = vector.fma %5105, %5099, %5089 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5107 = vector.fma %5105, %5102, %5090 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5108 = arith.constant 81 : index
            %5109 = arith.addi %5001, %5108 : index
            %5110 = memref.load %39[%5109] : memref<2048xf32>
            %5111 = vector.broadcast %5110 : f32 to vector<16xf32>
            %5112 = vector.fma %5111, %5099, %5095 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5113 = vector.fma %5111, %5102, %5096 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5114 = arith.constant 384 : index
            %5115 = arith.addi %3782, %5114 : index
            %5116 = vector.load %2[%5115] : memref<?xf32>, vector<16xf32>
            %5117 = arith.constant 400 : index
            %5118 = arith.addi %3782, %5117 : index
            %5119 = vector.load %2[%5118] : memref<?xf32>, vector<16xf32>
            %5120 = arith.constant 96 : index
            %5121 = arith.addi %5001, %5120 : index
            %5122 = memref.load %39[%5121] : memref<2048xf32>
            %5123 = vector.broadcast %5122 : f32 to vector<16xf32>
            %5124 = vector.fma %5123, %5116, %5106 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5125 = vector.fma %5123, %5119, %5107 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5126 = arith.constant 97 : index
            %5127 = arith.addi %5001, %5126 : index
            %5128 = memref.load %39[%5127] : memref<2048xf32>
            %5129 = vector.broadcast %5128 : f32 to vector<16xf32>
            %5130 = vector.fma %5129, %5116, %5112 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5131 = vector.fma %5129, %5119, %5113 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5132 = arith.constant 448 : index
            %5133 = arith.addi %3782, %5132 : index
            %5134 = vector.load %2[%5133] : memref<?xf32>, vector<16xf32>
            %5135 = arith.constant 464 : index
            %5136 = arith.addi %3782, %5135 : index
            %5137 = vector.load %2[%5136] : memref<?xf32>, vector<16xf32>
            %5138 = arith.constant 112 : index
            %5139 = arith.addi %5001, %5138 : index
            %5140 = memref.load %39[%5139] : memref<2048xf32>
            %5141 = vector.broadcast %5140 : f32 to vector<16xf32>
            %5142 = vector.fma %5141, %5134, %5124 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5143 = vector.fma %5141, %5137, %5125 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5144 = arith.constant 113 : index
            %5145 = arith.addi %5001, %5144 : index
            %5146 = memref.load %39[%5145] : memref<2048xf32>
            %5147 = vector.broadcast %5146 : f32 to vector<16xf32>
            %5148 = vector.fma %5147, %5134, %5130 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5149 = vector.fma %5147, %5137, %5131 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            vector.store %5142, %3[%4989] : memref<?xf32>, vector<16xf32>
            vector.store %5143, %3[%5008] : memref<?xf32>, vector<16xf32>
            vector.store %5148, %3[%4997] : memref<?xf32>, vector<16xf32>
            vector.store %5149, %3[%5009] : memref<?xf32>, vector<16xf32>
          }
          scf.for %5150 = %4976 to %32 step %21 {
            %5151 = arith.divui %5150, %12 : index
            %5152 = arith.remui %5150, %12 : index
            %5153 = arith.addi %29, %5151 : index
            %5154 = arith.muli %27, %12 : index
            %5155 = arith.addi %5154, %5152 : index
            %5156 = arith.muli %28, %5 : index
            %5157 = arith.addi %5156, %5153 : index
            %5158 = arith.constant 4 : index
            %5159 = arith.muli %5157, %5158 : index
            %5160 = arith.addi %5159, %5155 : index
            %5161 = arith.muli %5160, %10 : index
            %5162 = arith.divui %5150, %35 : index
            %5163 = arith.remui %5150, %35 : index
            %5164 = arith.muli %5162, %18 : index
            %5165 = arith.addi %5164, %5163 : index
            %5166 = arith.addi %5150, %18 : index
            %5167 = memref.load %38[%5166] : memref<256xf32>
            %5168 = vector.broadcast %5167 : f32 to vector<16xf32>
            %5169 = arith.addi %5161, %35 : index
            %5170 = vector.load %3[%5161] : memref<?xf32>, vector<16xf32>
            %5171 = arith.mulf %5170, %5168 fastmath<nsz,arcp,afn> : vector<16xf32>
            %5172 = vector.load %3[%5169] : memref<?xf32>, vector<16xf32>
            %5173 = arith.mulf %5172, %5168 fastmath<nsz,arcp,afn> : vector<16xf32>
            %5174, %5175 = scf.for %5176 = %20 to %432 step %432 iter_args(%5177 = %5171, %5178 = %5173) -> (vector<16xf32>, vector<16xf32>) {
              %5179 = arith.muli %5176, %42 : index
              %5180 = arith.addi %3782, %5179 : index
              %5181 = arith.muli %5176, %35 : index
              %5182 = arith.addi %5165, %5181 : index
              %5183 = vector.load %2[%5180] : memref<?xf32>, vector<16xf32>
              %5184 = arith.addi %5180, %35 : index
              %5185 = vector.load %2[%5184] : memref<?xf32>, vector<16xf32>
              %5186 = memref.load %39[%5182] : memref<2048xf32>
              %5187 = vector.broadcast %5186 : f32 to vector<16xf32>
              %5188 = vector.fma %5187, %5183, %5177 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %5189 = vector.fma %5187, %5185, %5178 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %5190 = arith.addi %5180, %42 : index
              %5191 = vector.load %2[%5190] : memref<?xf32>, vector<16xf32>
              %5192 = arith.constant 80 : index
              %5193 = arith.addi %5180, %5192 : index
              %5194 = vector.load %2[%5193] : memref<?xf32>, vector<16xf32>
              %5195 = arith.addi %5182, %35 : index
              %5196 = memref.load %39[%5195] : memref<2048xf32>
              %5197 = vector.broadcast %5196 : f32 to vector<16xf32>
              %5198 = vector.fma %5197, %5191, %5188 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %5199 = vector.fma %5197, %5194, %5189 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %5200 = arith.addi %5180, %18 : index
              %5201 = vector.load %2[%5200] : memref<?xf32>, vector<16xf32>
              %5202 = arith.constant 144 : index
              %5203 = arith.addi %5180, %5202 : index
              %5204 = vector.load %2[%5203] : memref<?xf32>, vector<16xf32>
              %5205 = arith.addi %5182, %10 : index
              %5206 = memref.load %39[%5205] : memref<2048xf32>
              %5207 = vector.broadcast %5206 : f32 to vector<16xf32>
              %5208 = vector.fma %5207, %5201, %5198 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %5209 = vector.fma %5207, %5204, %5199 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %5210 = arith.constant 192 : index
              %5211 = arith.addi %5180, %5210 : index
              %5212 = vector.load %2[%5211] : memref<?xf32>, vector<16xf32>
              %5213 = arith.constant 208 : index
              %5214 = arith.addi %5180, %5213 : index
              %5215 = vector.load %2[%5214] : memref<?xf32>, vector<16xf32>
              %5216 = arith.constant 48 : index
              %5217 = arith.addi %5182, %5216 : index
              %5218 = memref.load %39[%5217] : memref<2048xf32>
              %5219 = vector.broadcast %5218 : f32 to vector<16xf32>
              %5220 = vector.fma %5219, %5212, %5208 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %5221 = vector.fma %5219, %5215, %5209 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %5222 = arith.constant 256 : index
              %5223 = arith.addi %5180, %5222 : index
              %5224 = vector.load %2[%5223] : memref<?xf32>, vector<16xf32>
              %5225 = arith.constant 272 : index
              %5226 = arith.addi %5180, %5225 : index
              %5227 = vector.load %2[%5226] : memref<?xf32>, vector<16xf32>
              %5228 = arith.addi %5182, %42 : index
              %5229 = memref.load %39[%5228] : memref<2048xf32>
              %5230 = vector.broadcast %5229 : f32 to vector<16xf32>
              %5231 = vector.fma %5230, %5224, %5220 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %5232 = vector.fma %5230, %5227, %5221 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %5233 = arith.constant 320 : index
              %5234 = arith.addi %5180, %5233 : index
              %5235 = vector.load %2[%5234] : memref<?xf32>, vector<16xf32>
              %5236 = arith.constant 336 : index
              %5237 = arith.addi %5180, %5236 : index
              %5238 = vector.load %2[%5237] : memref<?xf32>, vector<16xf32>
              %5239 = arith.addi %5182, %5192 : index
              %5240 = memref.load %39[%5239] : memref<2048xf32>
              %5241 = vector.broadcast %5240 : f32 to vector<16xf32>
              %5242 = vector.fma %5241, %5235, %5231 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %5243 = vector.fma %5241, %5238, %5232 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %5244 = arith.constant 384 : index
              %5245 = arith.addi %5180, %5244 : index
              %5246 = vector.load %2[%5245] : memref<?xf32>, vector<16xf32>
              %5247 = arith.constant 400 : index
              %5248 = arith.addi %5180, %5247 : index
              %5249 = vector.load %2[%5248] : memref<?xf32>, vector<16xf32>
              %5250 = arith.constant 96 : index
              %5251 = arith.addi %5182, %5250 : index
              %5252 = memref.load %39[%5251] : memref<2048xf32>
              %5253 = vector.broadcast %5252 : f32 to vector<16xf32>
              %5254 = vector.fma %5253, %5246, %5242 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %5255 = vector.fma %5253, %5249, %5243 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %5256 = arith.constant 448 : index
              %5257 = arith.addi %5180, %5256 : index
              %5258 = vector.load %2[%5257] : memref<?xf32>, vector<16xf32>
              %5259 = arith.constant 464 : index
              %5260 = arith.addi %5180, %5259 : index
              %5261 = vector.load %2[%5260] : memref<?xf32>, vector<16xf32>
              %5262 = arith.constant 112 : index
              %5263 = arith.addi %5182, %5262 : index
              %5264 = memref.load %39[%5263] : memref<2048xf32>
              %5265 = vector.broadcast %5264 : f32 to vector<16xf32>
              %5266 = vector.fma %5265, %5258, %5254 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %5267 = vector.fma %5265, %5261, %5255 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %5266, %5267 : vector<16xf32>, vector<16xf32>
            }
            vector.store %5174, %3[%5161] : memref<?xf32>, vector<16xf32>
            vector.store %5175, %3[%5169] : memref<?xf32>, vector<16xf32>
          }
        }
        scf.for %5268 = %20 to %32 step %21 {
          %5269 = arith.divui %5268, %12 : index
          %5270 = arith.remui %5268, %12 : index
          %5271 = arith.addi %29, %5269 : index
          %5272 = arith.muli %27, %12 : index
          %5273 = arith.addi %5272, %5270 : index
          %5274 = arith.muli %28, %5 : index
          %5275 = arith.addi %5274, %5271 : index
          %5276 = arith.constant 4 : index
          %5277 = arith.muli %5275, %5276 : index
          %5278 = arith.addi %5277, %5273 : index
          %5279 = arith.muli %5278, %10 : index
          %5280 = arith.addi %15, %5271 : index
          %5281 = arith.addi %5280, %21 : index
          scf.for %5282 = %434 to %5281 step %21 {
            %5283 = arith.muli %5282, %42 : index
            %5284 = arith.addi %45, %5283 : index
            %5285 = vector.load %0[%5279] : memref<?xf32>, vector<8xf32>
            %5286 = vector.load %1[%5284] : memref<?xf32>, vector<8xf32>
            %5287 = arith.mulf %5285, %5286 fastmath<nsz,arcp,afn> : vector<8xf32>
            %5288 = arith.addi %5279, %432 : index
            %5289 = vector.load %0[%5288] : memref<?xf32>, vector<8xf32>
            %5290 = arith.addi %5284, %432 : index
            %5291 = vector.load %1[%5290] : memref<?xf32>, vector<8xf32>
            %5292 = arith.mulf %5289, %5291 fastmath<nsz,arcp,afn> : vector<8xf32>
            %5293 = arith.addi %5279, %35 : index
            %5294 = vector.load %0[%5293] : memref<?xf32>, vector<8xf32>
            %5295 = arith.addi %5284, %35 : index
            %5296 = vector.load %1[%5295] : memref<?xf32>, vector<8xf32>
            %5297 = vector.fma %5294, %5296, %5287 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            %5298 = arith.constant 24 : index
            %5299 = arith.addi %5279, %5298 : index
            %5300 = vector.load %0[%5299] : memref<?xf32>, vector<8xf32>
            %5301 = arith.addi %5284, %5298 : index
            %5302 = vector.load %1[%5301] : memref<?xf32>, vector<8xf32>
            %5303 = vector.fma %5300, %5302, %5292 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            %5304 = arith.addf %5297, %5303 fastmath<nsz,arcp,afn> : vector<8xf32>
            %5305 = vector.reduction <add>, %5304 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
            %5306 = arith.constant 0.176776692 : f32
            %5307 = arith.mulf %5305, %5306 fastmath<nsz,arcp,afn> : f32
            %5308 = memref.load %38[%5268] : memref<256xf32>
            %5309 = arith.cmpf ogt, %5308, %5307 : f32
            %5310 = arith.select %5309, %5308, %5307 : f32
            %5311 = arith.subf %5308, %5310 fastmath<nsz,arcp,afn> : f32
            %5312 = arith.subf %5307, %5310 fastmath<nsz,arcp,afn> : f32
            %5313 = vector.broadcast %5312 : f32 to vector<8xf32>
            %5314 = vector.insert %5311, %5313 [1] : f32 into vector<8xf32>
            %5315 = arith.constant -8.700000e+01 : f32
            %5316 = vector.broadcast %5315 : f32 to vector<8xf32>
            %5317 = arith.cmpf ogt, %5314, %5316 : vector<8xf32>
            %5318 = arith.select %5317, %5314, %5316 : vector<8xf32>
            %5319 = arith.constant 8.800000e+01 : f32
            %5320 = vector.broadcast %5319 : f32 to vector<8xf32>
            %5321 = arith.cmpf olt, %5318, %5320 : vector<8xf32>
            %5322 = arith.select %5321, %5318, %5320 : vector<8xf32>
            %5323 = arith.constant dense<8.870000e+01> : vector<8xf32>
            %5324 = arith.minnumf %5322, %5323 : vector<8xf32>
            %5325 = arith.constant dense<-8.830000e+01> : vector<8xf32>
            %5326 = arith.maxnumf %5324, %5325 : vector<8xf32>
            %5327 = arith.constant dense<1.44269502> : vector<8xf32>
            %5328 = arith.mulf %5326, %5327 fastmath<contract> : vector<8xf32>
            %5329 = rlx_cpu.rint %5328 : vector<8xf32>
            %5330 = arith.constant dense<0.693359375> : vector<8xf32>
            %5331 = arith.mulf %5329, %5330 fastmath<contract> : vector<8xf32>
            %5332 = arith.subf %5326, %5331 fastmath<contract> : vector<8xf32>
            %5333 = arith.constant dense<-0.000212194442> : vector<8xf32>
            %5334 = arith.mulf %5329, %5333 fastmath<contract> : vector<8xf32>
            %5335 = arith.subf %5332, %5334 fastmath<contract> : vector<8xf32>
            %5336 = arith.constant dense<0.000198756912> : vector<8xf32>
            %5337 = arith.mulf %5336, %5335 fastmath<contract> : vector<8xf32>
            %5338 = arith.constant dense<0.00139819994> : vector<8xf32>
            %5339 = arith.addf %5337, %5338 fastmath<contract> : vector<8xf32>
            %5340 = arith.mulf %5339, %5335 fastmath<contract> : vector<8xf32>
            %5341 = arith.constant dense<0.00833345205> : vector<8xf32>
            %5342 = arith.addf %5340, %5341 fastmath<contract> : vector<8xf32>
            %5343 = arith.mulf %5342, %5335 fastmath<contract> : vector<8xf32>
            %5344 = arith.constant dense<0.0416657962> : vector<8xf32>
            %5345 = arith.addf %5343, %5344 fastmath<contract> : vector<8xf32>
            %5346 = arith.mulf %5345, %5335 fastmath<contract> : vector<8xf32>
            %5347 = arith.constant dense<0.166666657> : vector<8xf32>
            %5348 = arith.addf %5346, %5347 fastmath<contract> : vector<8xf32>
            %5349 = arith.mulf %5348, %5335 fastmath<contract> : vector<8xf32>
            %5350 = arith.constant dense<5.000000e-01> : vector<8xf32>
            %5351 = arith.addf %5349, %5350 fastmath<contract> : vector<8xf32>
            %5352 = arith.mulf %5335, %5335 fastmath<contract> : vector<8xf32>
            %5353 = arith.mulf %5351, %5352 fastmath<contract> : vector<8xf32>
            %5354 = arith.addf %5353, %5335 fastmath<contract> : vector<8xf32>
            %5355 = arith.constant dense<1.000000e+00> : vector<8xf32>
            %5356 = arith.addf %5354, %5355 fastmath<contract> : vector<8xf32>
            %5357 = arith.fptosi %5329 : vector<8xf32> to vector<8xi32>
            %5358 = arith.constant dense<23> : vector<8xi32>
            %5359 = arith.shli %5357, %5358 : vector<8xi32>
            %5360 = arith.bitcast %5356 : vector<8xf32> to vector<8xi32>
            %5361 = arith.addi %5360, %5359 : vector<8xi32>
            %5362 = arith.bitcast %5361 : vector<8xi32> to vector<8xf32>
            %5363 = arith.constant dense<-87.3365479> : vector<8xf32>
            %5364 = arith.constant dense<0.000000e+00> : vector<8xf32>
            %5365 = arith.cmpf olt, %5322, %5363 : vector<8xf32>
            %5366 = arith.select %5365, %5364, %5362 : vector<8xf32>
            %5367 = arith.constant dense<88.7228394> : vector<8xf32>
            %5368 = arith.constant dense<0x7f800000> : vector<8xf32>
            %5369 = arith.cmpf ogt, %5322, %5367 : vector<8xf32>
            %5370 = arith.select %5369, %5368, %5366 : vector<8xf32>
            %5371 = arith.cmpf uno, %5322, %5322 : vector<8xf32>
            %5372 = arith.select %5371, %5322, %5370 : vector<8xf32>
            %5373 = vector.extract %5372[0] : f32 from vector<8xf32>
            %5374 = vector.extract %5372[1] : f32 from vector<8xf32>
            %5375 = vector.broadcast %5373 : f32 to vector<8xf32>
            memref.store %5310, %38[%5268] : memref<256xf32>
            %5376 = arith.addi %5268, %42 : index
            %5377 = memref.load %38[%5376] : memref<256xf32>
            %5378 = arith.mulf %5377, %5374 fastmath<nsz,arcp,afn> : f32
            %5379 = arith.addf %5378, %5373 fastmath<nsz,arcp,afn> : f32
            memref.store %5379, %38[%5376] : memref<256xf32>
            %5380 = vector.broadcast %5374 : f32 to vector<8xf32>
            %5381 = vector.load %2[%5284] : memref<?xf32>, vector<8xf32>
            %5382 = vector.load %3[%5279] : memref<?xf32>, vector<8xf32>
            %5383 = arith.mulf %5382, %5380 fastmath<nsz,arcp,afn> : vector<8xf32>
            %5384 = vector.fma %5375, %5381, %5383 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            vector.store %5384, %3[%5279] : memref<?xf32>, vector<8xf32>
            %5385 = vector.load %2[%5290] : memref<?xf32>, vector<8xf32>
            %5386 = vector.load %3[%5288] : memref<?xf32>, vector<8xf32>
            %5387 = arith.mulf %5386, %5380 fastmath<nsz,arcp,afn> : vector<8xf32>
            %5388 = vector.fma %5375, %5385, %5387 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            vector.store %5388, %3[%5288] : memref<?xf32>, vector<8xf32>
            %5389 = vector.load %2[%5295] : memref<?xf32>, vector<8xf32>
            %5390 = vector.load %3[%5293] : memref<?xf32>, vector<8xf32>
            %5391 = arith.mulf %5390, %5380 fastmath<nsz,arcp,afn> : vector<8xf32>
            %5392 = vector.fma %5375, %5389, %5391 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            vector.store %5392, %3[%5293] : memref<?xf32>, vector<8xf32>
            %5393 = vector.load %2[%5301] : memref<?xf32>, vector<8xf32>
            %5394 = vector.load %3[%5299] : memref<?xf32>, vector<8xf32>
            %5395 = arith.mulf %5394, %5380 fastmath<nsz,arcp,afn> : vector<8xf32>
            %5396 = vector.fma %5375, %5393, %5395 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            vector.store %5396, %3[%5299] : memref<?xf32>, vector<8xf32>
          }
          %5397 = arith.addi %5268, %42 : index
          %5398 = memref.load %38[%5397] : memref<256xf32>
          %5399 = arith.cmpf ogt, %5398, %46 : f32
          %5400 = arith.constant 1.000000e+00 : f32
          %5401 = arith.divf %5400, %5398 fastmath<nsz,arcp,afn> : f32
          %5402 = arith.select %5399, %5401, %46 : f32
          %5403 = vector.broadcast %5402 : f32 to vector<8xf32>
          %5404 = vector.load %3[%5279] : memref<?xf32>, vector<8xf32>
          %5405 = arith.mulf %5404, %5403 fastmath<nsz,arcp,afn> : vector<8xf32>
          vector.store %5405, %3[%5279] : memref<?xf32>, vector<8xf32>
          %5406 = arith.addi %5279, %432 : index
          %5407 = vector.load %3[%5406] : memref<?xf32>, vector<8xf32>
          %5408 = arith.mulf %5407, %5403 fastmath<nsz,arcp,afn> : vector<8xf32>
          vector.store %5408, %3[%5406] : memref<?xf32>, vector<8xf32>
          %5409 = arith.addi %5279, %35 : index
          %5410 = vector.load %3[%5409] : memref<?xf32>, vector<8xf32>
          %5411 = arith.mulf %5410, %5403 fastmath<nsz,arcp,afn> : vector<8xf32>
          vector.store %5411, %3[%5409] : memref<?xf32>, vector<8xf32>
          %5412 = arith.constant 24 : index
          %5413 = arith.addi %5279, %5412 : index
          %5414 = vector.load %3[%5413] : memref<?xf32>, vector<8xf32>
          %5415 = arith.mulf %5414, %5403 fastmath<nsz,arcp,afn> : vector<8xf32>
          vector.store %5415, %3[%5413] : memref<?xf32>, vector<8xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @attention_nh4_nkv2_hd32_causal_splitk(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: memref<?xf32>, %4: index, %5: index, %6: index, %7: index) attributes {rlx.kernel = {family = "attention", num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal = true, has_mask = false, variant = "splitk", parallel_min_work = 16384 : i64, value_chunk = 4 : i64, min_keys = 32 : i64, max_chunks = 8 : i64, scratch_bytes = 131072 : i64}} {
    %8 = memref.alloca() : memref<4608xf32>
    %9 = arith.constant 1 : index
    %10 = arith.maxui %4, %9 : index
    %11 = arith.constant 8 : index
    %12 = arith.divui %11, %10 : index
    %13 = arith.maxui %12, %9 : index
    %14 = arith.constant 32 : index
    %15 = arith.divui %6, %14 : index
    %16 = arith.minui %15, %13 : index
    %17 = arith.constant 2 : index
    %18 = arith.divui %16, %17 : index
    %19 = arith.muli %18, %17 : index
    %20 = arith.maxui %19, %9 : index
    %21 = arith.muli %4, %6 : index
    %22 = arith.constant 128 : index
    %23 = arith.muli %21, %22 : index
    %24 = arith.constant 16384 : index
    %25 = arith.cmpi ult, %23, %24 : index
    %26 = arith.select %25, %9, %20 : index
    %27 = arith.divui %14, %26 : index
    %28 = arith.constant 0 : index
    scf.for %29 = %28 to %4 step %27 {
      %30 = arith.subi %4, %29 : index
      %31 = arith.minui %27, %30 : index
      %32 = arith.muli %31, %26 : index
      %33 = arith.muli %31, %6 : index
      %34 = arith.muli %33, %22 : index
      %35 = arith.cmpi uge, %34, %24 : index
      rlx_cpu.parallel_if %35 {
        "scf.parallel"(%28, %32, %9) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
        ^bb0(%36: index):
          %37 = arith.remui %36, %26 : index
          %38 = arith.divui %36, %26 : index
          %39 = arith.addi %29, %38 : index
          %40 = arith.muli %37, %6 : index
          %41 = arith.divui %40, %26 : index
          %42 = arith.addi %37, %9 : index
          %43 = arith.muli %42, %6 : index
          %44 = arith.divui %43, %26 : index
          %45 = arith.constant 144 : index
          %46 = arith.muli %36, %45 : index
          %47 = arith.muli %39, %22 : index
          %48 = arith.muli %39, %7 : index
          %49 = arith.constant 64 : index
          %50 = arith.muli %48, %49 : index
          %51 = memref.alloca() : memref<32xf32>
          %52 = memref.alloca() : memref<4xf32>
          %53 = arith.constant 0.000000e+00 : f32
          %54 = vector.broadcast %53 : f32 to vector<8xf32>
          %55 = arith.constant 0.176776692 : f32
          %56 = vector.broadcast %55 : f32 to vector<8xf32>
          %57 = arith.constant dense<[0.000000e+00, 1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e+00, 6.000000e+00, 7.000000e+00]> : vector<8xf32>
          %58 = arith.constant 4 : index
          scf.for %59 = %28 to %58 step %9 {
            %60 = arith.muli %59, %14 : index
            %61 = arith.addi %46, %60 : index
            vector.store %54, %8[%61] : memref<4608xf32>, vector<8xf32>
            %62 = arith.addi %61, %11 : index
            vector.store %54, %8[%62] : memref<4608xf32>, vector<8xf32>
            %63 = arith.constant 16 : index
            %64 = arith.addi %61, %63 : index
            vector.store %54, %8[%64] : memref<4608xf32>, vector<8xf32>
            %65 = arith.constant 24 : index
            %66 = arith.addi %61, %65 : index
            vector.store %54, %8[%66] : memref<4608xf32>, vector<8xf32>
            %67 = arith.constant -1.000000e+30 : f32
            %68 = arith.addi %46, %22 : index
            %69 = arith.addi %68, %59 : index
            memref.store %67, %8[%69] : memref<4608xf32>
            %70 = arith.constant 132 : index
            %71 = arith.addi %46, %70 : index
            %72 = arith.addi %71, %59 : index
            memref.store %53, %8[%72] : memref<4608xf32>
          }
          %73 = arith.subi %44, %41 : index
          %74 = arith.divui %73, %11 : index
          %75 = arith.muli %74, %11 : index
          %76 = arith.addi %41, %75 : index
          scf.for %77 = %41 to %76 step %11 {
            %78 = arith.addi %77, %9 : index
            %79 = arith.addi %77, %17 : index
            %80 = arith.constant 3 : index
            %81 = arith.addi %77, %80 : index
            %82 = arith.addi %77, %58 : index
            %83 = arith.constant 5 : index
            %84 = arith.addi %77, %83 : index
            %85 = arith.constant 6 : index
            %86 = arith.addi %77, %85 : index
            %87 = arith.constant 7 : index
            %88 = arith.addi %77, %87 : index
            %89 = arith.muli %77, %49 : index
            %90 = arith.addi %50, %89 : index
            %91 = arith.muli %78, %49 : index
            %92 = arith.addi %50, %91 : index
            %93 = arith.muli %79, %49 : index
            %94 = arith.addi %50, %93 : index
            %95 = arith.muli %81, %49 : index
            %96 = arith.addi %50, %95 : index
            %97 = arith.muli %82, %49 : index
            %98 = arith.addi %50, %97 : index
            %99 = arith.muli %84, %49 : index
            %100 = arith.addi %50, %99 : index
            %101 = arith.muli %86, %49 : index
            %102 = arith.addi %50, %101 : index
            %103 = arith.muli %88, %49 : index
            %104 = arith.addi %50, %103 : index
            scf.for %105 = %28 to %58 step %17 {
              %106 = arith.divui %105, %17 : index
              %107 = arith.muli %106, %14 : index
              %108 = arith.muli %105, %14 : index
              %109 = arith.addi %47, %108 : index
              %110 = vector.load %0[%109] : memref<?xf32>, vector<8xf32>
              %111 = arith.addi %105, %9 : index
              %112 = arith.muli %111, %14 : index
              %113 = arith.addi %47, %112 : index
              %114 = vector.load %0[%113] : memref<?xf32>, vector<8xf32>
              %115 = arith.addi %109, %11 : index
              %116 = vector.load %0[%115] : memref<?xf32>, vector<8xf32>
              %117 = arith.addi %113, %11 : index
              %118 = vector.load %0[%117] : memref<?xf32>, vector<8xf32>
              %119 = arith.constant 16 : index
              %120 = arith.addi %109, %119 : index
              %121 = vector.load %0[%120] : memref<?xf32>, vector<8xf32>
              %122 = arith.addi %113, %119 : index
              %123 = vector.load %0[%122] : memref<?xf32>, vector<8xf32>
              %124 = arith.constant 24 : index
              %125 = arith.addi %109, %124 : index
              %126 = vector.load %0[%125] : memref<?xf32>, vector<8xf32>
              %127 = arith.addi %113, %124 : index
              %128 = vector.load %0[%127] : memref<?xf32>, vector<8xf32>
              %129 = arith.addi %90, %107 : index
              %130 = vector.load %1[%129] : memref<?xf32>, vector<8xf32>
              %131 = arith.mulf %110, %130 fastmath<nsz,arcp,afn> : vector<8xf32>
              %132 = arith.mulf %114, %130 fastmath<nsz,arcp,afn> : vector<8xf32>
              %133 = arith.addi %129, %11 : index
              %134 = vector.load %1[%133] : memref<?xf32>, vector<8xf32>
              %135 = vector.fma %116, %134, %131 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %136 = vector.fma %118, %134, %132 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %137 = arith.addi %129, %119 : index
              %138 = vector.load %1[%137] : memref<?xf32>, vector<8xf32>
              %139 = vector.fma %121, %138, %135 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %140 = vector.fma %123, %138, %136 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %141 = arith.addi %129, %124 : index
              %142 = vector.load %1[%141] : memref<?xf32>, vector<8xf32>
              %143 = vector.fma %126, %142, %139 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %144 = vector.fma %128, %142, %140 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %145 = arith.addi %92, %107 : index
              %146 = vector.load %1[%145] : memref<?xf32>, vector<8xf32>
              %147 = arith.mulf %110, %146 fastmath<nsz,arcp,afn> : vector<8xf32>
              %148 = arith.mulf %114, %146 fastmath<nsz,arcp,afn> : vector<8xf32>
              %149 = arith.addi %145, %11 : index
              %150 = vector.load %1[%149] : memref<?xf32>, vector<8xf32>
              %151 = vector.fma %116, %150, %147 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %152 = vector.fma %118, %150, %148 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %153 = arith.addi %145, %119 : index
              %154 = vector.load %1[%153] : memref<?xf32>, vector<8xf32>
              %155 = vector.fma %121, %154, %151 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %156 = vector.fma %123, %154, %152 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %157 = arith.addi %145, %124 : index
              %158 = vector.load %1[%157] : memref<?xf32>, vector<8xf32>
              %159 = vector.fma %126, %158, %155 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %160 = vector.fma %128, %158, %156 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %161 = arith.addi %94, %107 : index
              %162 = vector.load %1[%161] : memref<?xf32>, vector<8xf32>
              %163 = arith.mulf %110, %162 fastmath<nsz,arcp,afn> : vector<8xf32>
              %164 = arith.mulf %114, %162 fastmath<nsz,arcp,afn> : vector<8xf32>
              %165 = arith.addi %161, %11 : index
              %166 = vector.load %1[%165] : memref<?xf32>, vector<8xf32>
              %167 = vector.fma %116, %166, %163 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %168 = vector.fma %118, %166, %164 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %169 = arith.addi %161, %119 : index
              %170 = vector.load %1[%169] : memref<?xf32>, vector<8xf32>
              %171 = vector.fma %121, %170, %167 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %172 = vector.fma %123, %170, %168 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %173 = arith.addi %161, %124 : index
              %174 = vector.load %1[%173] : memref<?xf32>, vector<8xf32>
              %175 = vector.fma %126, %174, %171 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %176 = vector.fma %128, %174, %172 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %177 = arith.addi %96, %107 : index
              %178 = vector.load %1[%177] : memref<?xf32>, vector<8xf32>
              %179 = arith.mulf %110, %178 fastmath<nsz,arcp,afn> : vector<8xf32>
              %180 = arith.mulf %114, %178 fastmath<nsz,arcp,afn> : vector<8xf32>
              %181 = arith.addi %177, %11 : index
              %182 = vector.load %1[%181] : memref<?xf32>, vector<8xf32>
              %183 = vector.fma %116, %182, %179 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %184 = vector.fma %118, %182, %180 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %185 = arith.addi %177, %119 : index
              %186 = vector.load %1[%185] : memref<?xf32>, vector<8xf32>
              %187 = vector.fma %121, %186, %183 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %188 = vector.fma %123, %186, %184 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %189 = arith.addi %177, %124 : index
              %190 = vector.load %1[%189] : memref<?xf32>, vector<8xf32>
              %191 = vector.fma %126, %190, %187 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %192 = vector.fma %128, %190, %188 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %193 = arith.addi %98, %107 : index
              %194 = vector.load %1[%193] : memref<?xf32>, vector<8xf32>
              %195 = arith.mulf %110, %194 fastmath<nsz,arcp,afn> : vector<8xf32>
              %196 = arith.mulf %114, %194 fastmath<nsz,arcp,afn> : vector<8xf32>
              %197 = arith.addi %193, %11 : index
              %198 = vector.load %1[%197] : memref<?xf32>, vector<8xf32>
              %199 = vector.fma %116, %198, %195 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %200 = vector.fma %118, %198, %196 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %201 = arith.addi %193, %119 : index
              %202 = vector.load %1[%201] : memref<?xf32>, vector<8xf32>
              %203 = vector.fma %121, %202, %199 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %204 = vector.fma %123, %202, %200 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %205 = arith.addi %193, %124 : index
              %206 = vector.load %1[%205] : memref<?xf32>, vector<8xf32>
              %207 = vector.fma %126, %206, %203 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %208 = vector.fma %128, %206, %204 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %209 = arith.addi %100, %107 : index
              %210 = vector.load %1[%209] : memref<?xf32>, vector<8xf32>
              %211 = arith.mulf %110, %210 fastmath<nsz,arcp,afn> : vector<8xf32>
              %212 = arith.mulf %114, %210 fastmath<nsz,arcp,afn> : vector<8xf32>
              %213 = arith.addi %209, %11 : index
              %214 = vector.load %1[%213] : memref<?xf32>, vector<8xf32>
              %215 = vector.fma %116, %214, %211 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %216 = vector.fma %118, %214, %212 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %217 = arith.addi %209, %119 : index
              %218 = vector.load %1[%217] : memref<?xf32>, vector<8xf32>
              %219 = vector.fma %121, %218, %215 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %220 = vector.fma %123, %218, %216 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %221 = arith.addi %209, %124 : index
              %222 = vector.load %1[%221] : memref<?xf32>, vector<8xf32>
              %223 = vector.fma %126, %222, %219 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %224 = vector.fma %128, %222, %220 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %225 = arith.addi %102, %107 : index
              %226 = vector.load %1[%225] : memref<?xf32>, vector<8xf32>
              %227 = arith.mulf %110, %226 fastmath<nsz,arcp,afn> : vector<8xf32>
              %228 = arith.mulf %114, %226 fastmath<nsz,arcp,afn> : vector<8xf32>
              %229 = arith.addi %225, %11 : index
              %230 = vector.load %1[%229] : memref<?xf32>, vector<8xf32>
              %231 = vector.fma %116, %230, %227 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %232 = vector.fma %118, %230, %228 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %233 = arith.addi %225, %119 : index
              %234 = vector.load %1[%233] : memref<?xf32>, vector<8xf32>
              %235 = vector.fma %121, %234, %231 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %236 = vector.fma %123, %234, %232 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %237 = arith.addi %225, %124 : index
              %238 = vector.load %1[%237] : memref<?xf32>, vector<8xf32>
              %239 = vector.fma %126, %238, %235 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %240 = vector.fma %128, %238, %236 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %241 = arith.addi %104, %107 : index
              %242 = vector.load %1[%241] : memref<?xf32>, vector<8xf32>
              %243 = arith.mulf %110, %242 fastmath<nsz,arcp,afn> : vector<8xf32>
              %244 = arith.mulf %114, %242 fastmath<nsz,arcp,afn> : vector<8xf32>
              %245 = arith.addi %241, %11 : index
              %246 = vector.load %1[%245] : memref<?xf32>, vector<8xf32>
              %247 = vector.fma %116, %246, %243 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %248 = vector.fma %118, %246, %244 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %249 = arith.addi %241, %119 : index
              %250 = vector.load %1[%249] : memref<?xf32>, vector<8xf32>
              %251 = vector.fma %121, %250, %247 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %252 = vector.fma %123, %250, %248 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %253 = arith.addi %241, %124 : index
              %254 = vector.load %1[%253] : memref<?xf32>, vector<8xf32>
              %255 = vector.fma %126, %254, %251 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %256 = vector.fma %128, %254, %252 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %257 = vector.shuffle %143, %159 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %258 = vector.shuffle %143, %159 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %259 = arith.addf %257, %258 fastmath<nsz,arcp,afn> : vector<8xf32>
              %260 = vector.shuffle %175, %191 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %261 = vector.shuffle %175, %191 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %262 = arith.addf %260, %261 fastmath<nsz,arcp,afn> : vector<8xf32>
              %263 = vector.shuffle %207, %223 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %264 = vector.shuffle %207, %223 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %265 = arith.addf %263, %264 fastmath<nsz,arcp,afn> : vector<8xf32>
              %266 = vector.shuffle %239, %255 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %267 = vector.shuffle %239, %255 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %268 = arith.addf %266, %267 fastmath<nsz,arcp,afn> : vector<8xf32>
              %269 = vector.shuffle %259, %262 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %270 = vector.shuffle %259, %262 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %271 = arith.addf %269, %270 fastmath<nsz,arcp,afn> : vector<8xf32>
              %272 = vector.shuffle %265, %268 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %273 = vector.shuffle %265, %268 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %274 = arith.addf %272, %273 fastmath<nsz,arcp,afn> : vector<8xf32>
              %275 = vector.shuffle %271, %274 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %276 = vector.shuffle %271, %274 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %277 = arith.addf %275, %276 fastmath<nsz,arcp,afn> : vector<8xf32>
              %278 = arith.mulf %277, %56 fastmath<nsz,arcp,afn> : vector<8xf32>
              %279 = arith.muli %105, %11 : index
              vector.store %278, %51[%279] : memref<32xf32>, vector<8xf32>
              %280 = vector.shuffle %144, %160 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %281 = vector.shuffle %144, %160 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %282 = arith.addf %280, %281 fastmath<nsz,arcp,afn> : vector<8xf32>
              %283 = vector.shuffle %176, %192 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %284 = vector.shuffle %176, %192 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %285 = arith.addf %283, %284 fastmath<nsz,arcp,afn> : vector<8xf32>
              %286 = vector.shuffle %208, %224 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %287 = vector.shuffle %208, %224 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %288 = arith.addf %286, %287 fastmath<nsz,arcp,afn> : vector<8xf32>
              %289 = vector.shuffle %240, %256 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %290 = vector.shuffle %240, %256 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %291 = arith.addf %289, %290 fastmath<nsz,arcp,afn> : vector<8xf32>
              %292 = vector.shuffle %282, %285 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %293 = vector.shuffle %282, %285 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %294 = arith.addf %292, %293 fastmath<nsz,arcp,afn> : vector<8xf32>
              %295 = vector.shuffle %288, %291 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %296 = vector.shuffle %288, %291 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %297 = arith.addf %295, %296 fastmath<nsz,arcp,afn> : vector<8xf32>
              %298 = vector.shuffle %294, %297 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %299 = vector.shuffle %294, %297 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %300 = arith.addf %298, %299 fastmath<nsz,arcp,afn> : vector<8xf32>
              %301 = arith.mulf %300, %56 fastmath<nsz,arcp,afn> : vector<8xf32>
              %302 = arith.muli %111, %11 : index
              vector.store %301, %51[%302] : memref<32xf32>, vector<8xf32>
            }
            scf.for %303 = %28 to %58 step %9 {
              %304 = arith.muli %303, %11 : index
              %305 = vector.load %51[%304] : memref<32xf32>, vector<8xf32>
              %306 = arith.addi %46, %22 : index
              %307 = arith.addi %306, %303 : index
              %308 = memref.load %8[%307] : memref<4608xf32>
              %309 = vector.reduction <maxnumf>, %305 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
              %310 = arith.cmpf ogt, %308, %309 : f32
              %311 = arith.select %310, %308, %309 : f32
              %312 = vector.broadcast %311 : f32 to vector<8xf32>
              %313 = arith.subf %305, %312 fastmath<nsz,arcp,afn> : vector<8xf32>
              %314 = arith.constant -8.700000e+01 : f32
              %315 = vector.broadcast %314 : f32 to vector<8xf32>
              %316 = arith.cmpf ogt, %313, %315 : vector<8xf32>
              %317 = arith.select %316, %313, %315 : vector<8xf32>
              %318 = arith.constant 8.800000e+01 : f32
              %319 = vector.broadcast %318 : f32 to vector<8xf32>
              %320 = arith.cmpf olt, %317, %319 : vector<8xf32>
              %321 = arith.select %320, %317, %319 : vector<8xf32>
              %322 = arith.constant dense<8.870000e+01> : vector<8xf32>
              %323 = arith.minnumf %321, %322 : vector<8xf32>
              %324 = arith.constant dense<-8.830000e+01> : vector<8xf32>
              %325 = arith.maxnumf %323, %324 : vector<8xf32>
              %326 = arith.constant dense<1.44269502> : vector<8xf32>
              %327 = arith.mulf %325, %326 fastmath<contract> : vector<8xf32>
              %328 = rlx_cpu.rint %327 : vector<8xf32>
              %329 = arith.constant dense<0.693359375> : vector<8xf32>
              %330 = arith.mulf %328, %329 fastmath<contract> : vector<8xf32>
              %331 = arith.subf %325, %330 fastmath<contract> : vector<8xf32>
              %332 = arith.constant dense<-0.000212194442> : vector<8xf32>
              %333 = arith.mulf %328, %332 fastmath<contract> : vector<8xf32>
              %334 = arith.subf %331, %333 fastmath<contract> : vector<8xf32>
              %335 = arith.constant dense<0.000198756912> : vector<8xf32>
              %336 = arith.mulf %335, %334 fastmath<contract> : vector<8xf32>
              %337 = arith.constant dense<0.00139819994> : vector<8xf32>
              %338 = arith.addf %336, %337 fastmath<contract> : vector<8xf32>
              %339 = arith.mulf %338, %334 fastmath<contract> : vector<8xf32>
              %340 = arith.constant dense<0.00833345205> : vector<8xf32>
              %341 = arith.addf %339, %340 fastmath<contract> : vector<8xf32>
              %342 = arith.mulf %341, %334 fastmath<contract> : vector<8xf32>
              %343 = arith.constant dense<0.0416657962> : vector<8xf32>
              %344 = arith.addf %342, %343 fastmath<contract> : vector<8xf32>
              %345 = arith.mulf %344, %334 fastmath<contract> : vector<8xf32>
              %346 = arith.constant dense<0.166666657> : vector<8xf32>
              %347 = arith.addf %345, %346 fastmath<contract> : vector<8xf32>
              %348 = arith.mulf %347, %334 fastmath<contract> : vector<8xf32>
              %349 = arith.constant dense<5.000000e-01> : vector<8xf32>
              %350 = arith.addf %348, %349 fastmath<contract> : vector<8xf32>
              %351 = arith.mulf %334, %334 fastmath<contract> : vector<8xf32>
              %352 = arith.mulf %350, %351 fastmath<contract> : vector<8xf32>
              %353 = arith.addf %352, %334 fastmath<contract> : vector<8xf32>
              %354 = arith.constant dense<1.000000e+00> : vector<8xf32>
              %355 = arith.addf %353, %354 fastmath<contract> : vector<8xf32>
              %356 = arith.fptosi %328 : vector<8xf32> to vector<8xi32>
              %357 = arith.constant dense<23> : vector<8xi32>
              %358 = arith.shli %356, %357 : vector<8xi32>
              %359 = arith.bitcast %355 : vector<8xf32> to vector<8xi32>
              %360 = arith.addi %359, %358 : vector<8xi32>
              %361 = arith.bitcast %360 : vector<8xi32> to vector<8xf32>
              %362 = arith.constant dense<-87.3365479> : vector<8xf32>
              %363 = arith.constant dense<0.000000e+00> : vector<8xf32>
              %364 = arith.cmpf olt, %321, %362 : vector<8xf32>
              %365 = arith.select %364, %363, %361 : vector<8xf32>
              %366 = arith.constant dense<88.7228394> : vector<8xf32>
              %367 = arith.constant dense<0x7f800000> : vector<8xf32>
              %368 = arith.cmpf ogt, %321, %366 : vector<8xf32>
              %369 = arith.select %368, %367, %365 : vector<8xf32>
              %370 = arith.cmpf uno, %321, %321 : vector<8xf32>
              %371 = arith.select %370, %321, %369 : vector<8xf32>
              %372 = arith.subf %308, %311 fastmath<nsz,arcp,afn> : f32
              %373 = vector.broadcast %372 : f32 to vector<8xf32>
              %374 = arith.cmpf ogt, %373, %315 : vector<8xf32>
              %375 = arith.select %374, %373, %315 : vector<8xf32>
              %376 = arith.cmpf olt, %375, %319 : vector<8xf32>
              %377 = arith.select %376, %375, %319 : vector<8xf32>
              %378 = arith.constant dense<8.870000e+01> : vector<8xf32>
              %379 = arith.minnumf %377, %378 : vector<8xf32>
              %380 = arith.constant dense<-8.830000e+01> : vector<8xf32>
              %381 = arith.maxnumf %379, %380 : vector<8xf32>
              %382 = arith.constant dense<1.44269502> : vector<8xf32>
              %383 = arith.mulf %381, %382 fastmath<contract> : vector<8xf32>
              %384 = rlx_cpu.rint %383 : vector<8xf32>
              %385 = arith.constant dense<0.693359375> : vector<8xf32>
              %386 = arith.mulf %384, %385 fastmath<contract> : vector<8xf32>
              %387 = arith.subf %381, %386 fastmath<contract> : vector<8xf32>
              %388 = arith.constant dense<-0.000212194442> : vector<8xf32>
              %389 = arith.mulf %384, %388 fastmath<contract> : vector<8xf32>
              %390 = arith.subf %387, %389 fastmath<contract> : vector<8xf32>
              %391 = arith.constant dense<0.000198756912> : vector<8xf32>
              %392 = arith.mulf %391, %390 fastmath<contract> : vector<8xf32>
              %393 = arith.constant dense<0.00139819994> : vector<8xf32>
              %394 = arith.addf %392, %393 fastmath<contract> : vector<8xf32>
              %395 = arith.mulf %394, %390 fastmath<contract> : vector<8xf32>
              %396 = arith.constant dense<0.00833345205> : vector<8xf32>
              %397 = arith.addf %395, %396 fastmath<contract> : vector<8xf32>
              %398 = arith.mulf %397, %390 fastmath<contract> : vector<8xf32>
              %399 = arith.constant dense<0.0416657962> : vector<8xf32>
              %400 = arith.addf %398, %399 fastmath<contract> : vector<8xf32>
              %401 = arith.mulf %400, %390 fastmath<contract> : vector<8xf32>
              %402 = arith.constant dense<0.166666657> : vector<8xf32>
              %403 = arith.addf %401, %402 fastmath<contract> : vector<8xf32>
              %404 = arith.mulf %403, %390 fastmath<contract> : vector<8xf32>
              %405 = arith.constant dense<5.000000e-01> : vector<8xf32>
              %406 = arith.addf %404, %405 fastmath<contract> : vector<8xf32>
              %407 = arith.mulf %390, %390 fastmath<contract> : vector<8xf32>
              %408 = arith.mulf %406, %407 fastmath<contract> : vector<8xf32>
              %409 = arith.addf %408, %390 fastmath<contract> : vector<8xf32>
              %410 = arith.constant dense<1.000000e+00> : vector<8xf32>
              %411 = arith.addf %409, %410 fastmath<contract> : vector<8xf32>
              %412 = arith.fptosi %384 : vector<8xf32> to vector<8xi32>
              %413 = arith.constant dense<23> : vector<8xi32>
              %414 = arith.shli %412, %413 : vector<8xi32>
              %415 = arith.bitcast %411 : vector<8xf32> to vector<8xi32>
              %416 = arith.addi %415, %414 : vector<8xi32>
              %417 = arith.bitcast %416 : vector<8xi32> to vector<8xf32>
              %418 = arith.constant dense<-87.3365479> : vector<8xf32>
              %419 = arith.constant dense<0.000000e+00> : vector<8xf32>
              %420 = arith.cmpf olt, %377, %418 : vector<8xf32>
              %421 = arith.select %420, %419, %417 : vector<8xf32>
              %422 = arith.constant dense<88.7228394> : vector<8xf32>
              %423 = arith.constant dense<0x7f800000> : vector<8xf32>
              %424 = arith.cmpf ogt, %377, %422 : vector<8xf32>
              %425 = arith.select %424, %423, %421 : vector<8xf32>
              %426 = arith.cmpf uno, %377, %377 : vector<8xf32>
              %427 = arith.select %426, %377, %425 : vector<8xf32>
              %428 = vector.extract %427[0] : f32 from vector<8xf32>
              vector.store %371, %51[%304] : memref<32xf32>, vector<8xf32>
              memref.store %311, %8[%307] : memref<4608xf32>
              %429 = arith.constant 132 : index
              %430 = arith.addi %46, %429 : index
              %431 = arith.addi %430, %303 : index
              %432 = memref.load %8[%431] : memref<4608xf32>
              %433 = arith.mulf %432, %428 fastmath<nsz,arcp,afn> : f32
              %434 = vector.reduction <add>, %371 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
              %435 = arith.addf %433, %434 fastmath<nsz,arcp,afn> : f32
              memref.store %435, %8[%431] : memref<4608xf32>
              memref.store %428, %52[%303] : memref<4xf32>
            }
            scf.for %436 = %28 to %58 step %17 {
              %437 = arith.addi %436, %9 : index
              %438 = arith.divui %436, %17 : index
              %439 = arith.muli %438, %14 : index
              %440 = memref.load %52[%436] : memref<4xf32>
              %441 = vector.broadcast %440 : f32 to vector<8xf32>
              %442 = memref.load %52[%437] : memref<4xf32>
              %443 = vector.broadcast %442 : f32 to vector<8xf32>
              %444 = arith.muli %436, %11 : index
              %445 = memref.load %51[%444] : memref<32xf32>
              %446 = vector.broadcast %445 : f32 to vector<8xf32>
              %447 = arith.addi %444, %9 : index
              %448 = memref.load %51[%447] : memref<32xf32>
              %449 = vector.broadcast %448 : f32 to vector<8xf32>
              %450 = arith.addi %444, %17 : index
              %451 = memref.load %51[%450] : memref<32xf32>
              %452 = vector.broadcast %451 : f32 to vector<8xf32>
              %453 = arith.addi %444, %80 : index
              %454 = memref.load %51[%453] : memref<32xf32>
              %455 = vector.broadcast %454 : f32 to vector<8xf32>
              %456 = arith.addi %444, %58 : index
              %457 = memref.load %51[%456] : memref<32xf32>
              %458 = vector.broadcast %457 : f32 to vector<8xf32>
              %459 = arith.addi %444, %83 : index
              %460 = memref.load %51[%459] : memref<32xf32>
              %461 = vector.broadcast %460 : f32 to vector<8xf32>
              %462 = arith.addi %444, %85 : index
              %463 = memref.load %51[%462] : memref<32xf32>
              %464 = vector.broadcast %463 : f32 to vector<8xf32>
              %465 = arith.addi %444, %87 : index
              %466 = memref.load %51[%465] : memref<32xf32>
              %467 = vector.broadcast %466 : f32 to vector<8xf32>
              %468 = arith.muli %437, %11 : index
              %469 = memref.load %51[%468] : memref<32xf32>
              %470 = vector.broadcast %469 : f32 to vector<8xf32>
              %471 = arith.addi %468, %9 : index
              %472 = memref.load %51[%471] : memref<32xf32>
              %473 = vector.broadcast %472 : f32 to vector<8xf32>
              %474 = arith.addi %468, %17 : index
              %475 = memref.load %51[%474] : memref<32xf32>
              %476 = vector.broadcast %475 : f32 to vector<8xf32>
              %477 = arith.addi %468, %80 : index
              %478 = memref.load %51[%477] : memref<32xf32>
              %479 = vector.broadcast %478 : f32 to vector<8xf32>
              %480 = arith.addi %468, %58 : index
              %481 = memref.load %51[%480] : memref<32xf32>
              %482 = vector.broadcast %481 : f32 to vector<8xf32>
              %483 = arith.addi %468, %83 : index
              %484 = memref.load %51[%483] : memref<32xf32>
              %485 = vector.broadcast %484 : f32 to vector<8xf32>
              %486 = arith.addi %468, %85 : index
              %487 = memref.load %51[%486] : memref<32xf32>
              %488 = vector.broadcast %487 : f32 to vector<8xf32>
              %489 = arith.addi %468, %87 : index
              %490 = memref.load %51[%489] : memref<32xf32>
              %491 = vector.broadcast %490 : f32 to vector<8xf32>
              %492 = arith.muli %436, %14 : index
              %493 = arith.addi %46, %492 : index
              %494 = arith.muli %437, %14 : index
              %495 = arith.addi %46, %494 : index
              %496 = arith.addi %493, %11 : index
              %497 = arith.addi %495, %11 : index
              %498 = arith.constant 16 : index
              %499 = arith.addi %493, %498 : index
              %500 = arith.addi %495, %498 : index
              %501 = arith.constant 24 : index
              %502 = arith.addi %493, %501 : index
              %503 = arith.addi %495, %501 : index
              %504 = vector.load %8[%493] : memref<4608xf32>, vector<8xf32>
              %505 = arith.mulf %504, %441 fastmath<nsz,arcp,afn> : vector<8xf32>
              %506 = vector.load %8[%495] : memref<4608xf32>, vector<8xf32>
              %507 = arith.mulf %506, %443 fastmath<nsz,arcp,afn> : vector<8xf32>
              %508 = vector.load %8[%496] : memref<4608xf32>, vector<8xf32>
              %509 = arith.mulf %508, %441 fastmath<nsz,arcp,afn> : vector<8xf32>
              %510 = vector.load %8[%497] : memref<4608xf32>, vector<8xf32>
              %511 = arith.mulf %510, %443 fastmath<nsz,arcp,afn> : vector<8xf32>
              %512 = vector.load %8[%499] : memref<4608xf32>, vector<8xf32>
              %513 = arith.mulf %512, %441 fastmath<nsz,arcp,afn> : vector<8xf32>
              %514 = vector.load %8[%500] : memref<4608xf32>, vector<8xf32>
              %515 = arith.mulf %514, %443 fastmath<nsz,arcp,afn> : vector<8xf32>
              %516 = vector.load %8[%502] : memref<4608xf32>, vector<8xf32>
              %517 = arith.mulf %516, %441 fastmath<nsz,arcp,afn> : vector<8xf32>
              %518 = vector.load %8[%503] : memref<4608xf32>, vector<8xf32>
              %519 = arith.mulf %518, %443 fastmath<nsz,arcp,afn> : vector<8xf32>
              %520 = arith.addi %90, %439 : index
              %521 = vector.load %2[%520] : memref<?xf32>, vector<8xf32>
              %522 = vector.fma %446, %521, %505 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %523 = vector.fma %470, %521, %507 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %524 = arith.addi %520, %11 : index
              %525 = vector.load %2[%524] : memref<?xf32>, vector<8xf32>
              %526 = vector.fma %446, %525, %509 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %527 = vector.fma %470, %525, %511 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %528 = arith.addi %520, %498 : index
              %529 = vector.load %2[%528] : memref<?xf32>, vector<8xf32>
              %530 = vector.fma %446, %529, %513 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %531 = vector.fma %470, %529, %515 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %532 = arith.addi %520, %501 : index
              %533 = vector.load %2[%532] : memref<?xf32>, vector<8xf32>
              %534 = vector.fma %446, %533, %517 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %535 = vector.fma %470, %533, %519 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %536 = arith.addi %92, %439 : index
              %537 = vector.load %2[%536] : memref<?xf32>, vector<8xf32>
              %538 = vector.fma %449, %537, %522 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %539 = vector.fma %473, %537, %523 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %540 = arith.addi %536, %11 : index
              %541 = vector.load %2[%540] : memref<?xf32>, vector<8xf32>
              %542 = vector.fma %449, %541, %526 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %543 = vector.fma %473, %541, %527 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %544 = arith.addi %536, %498 : index
              %545 = vector.load %2[%544] : memref<?xf32>, vector<8xf32>
              %546 = vector.fma %449, %545, %530 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %547 = vector.fma %473, %545, %531 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %548 = arith.addi %536, %501 : index
              %549 = vector.load %2[%548] : memref<?xf32>, vector<8xf32>
              %550 = vector.fma %449, %549, %534 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %551 = vector.fma %473, %549, %535 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %552 = arith.addi %94, %439 : index
              %553 = vector.load %2[%552] : memref<?xf32>, vector<8xf32>
              %554 = vector.fma %452, %553, %538 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %555 = vector.fma %476, %553, %539 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %556 = arith.addi %552, %11 : index
              %557 = vector.load %2[%556] : memref<?xf32>, vector<8xf32>
              %558 = vector.fma %452, %557, %542 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %559 = vector.fma %476, %557, %543 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %560 = arith.addi %552, %498 : index
              %561 = vector.load %2[%560] : memref<?xf32>, vector<8xf32>
              %562 = vector.fma %452, %561, %546 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %563 = vector.fma %476, %561, %547 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %564 = arith.addi %552, %501 : index
              %565 = vector.load %2[%564] : memref<?xf32>, vector<8xf32>
              %566 = vector.fma %452, %565, %550 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %567 = vector.fma %476, %565, %551 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %568 = arith.addi %96, %439 : index
              %569 = vector.load %2[%568] : memref<?xf32>, vector<8xf32>
              %570 = vector.fma %455, %569, %554 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %571 = vector.fma %479, %569, %555 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %572 = arith.addi %568, %11 : index
              %573 = vector.load %2[%572] : memref<?xf32>, vector<8xf32>
              %574 = vector.fma %455, %573, %558 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %575 = vector.fma %479, %573, %559 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %576 = arith.addi %568, %498 : index
              %577 = vector.load %2[%576] : memref<?xf32>, vector<8xf32>
              %578 = vector.fma %455, %577, %562 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %579 = vector.fma %479, %577, %563 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %580 = arith.addi %568, %501 : index
              %581 = vector.load %2[%580] : memref<?xf32>, vector<8xf32>
              %582 = vector.fma %455, %581, %566 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %583 = vector.fma %479, %581, %567 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %584 = arith.addi %98, %439 : index
              %585 = vector.load %2[%584] : memref<?xf32>, vector<8xf32>
              %586 = vector.fma %458, %585, %570 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %587 = vector.fma %482, %585, %571 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %588 = arith.addi %584, %11 : index
              %589 = vector.load %2[%588] : memref<?xf32>, vector<8xf32>
              %590 = vector.fma %458, %589, %574 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %591 = vector.fma %482, %589, %575 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %592 = arith.addi %584, %498 : index
              %593 = vector.load %2[%592] : memref<?xf32>, vector<8xf32>
              %594 = vector.fma %458, %593, %578 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %595 = vector.fma %482, %593, %579 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %596 = arith.addi %584, %501 : index
              %597 = vector.load %2[%596] : memref<?xf32>, vector<8xf32>
              %598 = vector.fma %458, %597, %582 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %599 = vector.fma %482, %597, %583 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %600 = arith.addi %100, %439 : index
              %601 = vector.load %2[%600] : memref<?xf32>, vector<8xf32>
              %602 = vector.fma %461, %601, %586 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %603 = vector.fma %485, %601, %587 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %604 = arith.addi %600, %11 : index
              %605 = vector.load %2[%604] : memref<?xf32>, vector<8xf32>
              %606 = vector.fma %461, %605, %590 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %607 = vector.fma %485, %605, %591 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %608 = arith.addi %600, %498 : index
              %609 = vector.load %2[%608] : memref<?xf32>, vector<8xf32>
              %610 = vector.fma %461, %609, %594 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %611 = vector.fma %485, %609, %595 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %612 = arith.addi %600, %501 : index
              %613 = vector.load %2[%612] : memref<?xf32>, vector<8xf32>
              %614 = vector.fma %461, %613, %598 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %615 = vector.fma %485, %613, %599 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %616 = arith.addi %102, %439 : index
              %617 = vector.load %2[%616] : memref<?xf32>, vector<8xf32>
              %618 = vector.fma %464, %617, %602 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %619 = vector.fma %488, %617, %603 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %620 = arith.addi %616, %11 : index
              %621 = vector.load %2[%620] : memref<?xf32>, vector<8xf32>
              %622 = vector.fma %464, %621, %606 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %623 = vector.fma %488, %621, %607 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %624 = arith.addi %616, %498 : index
              %625 = vector.load %2[%624] : memref<?xf32>, vector<8xf32>
              %626 = vector.fma %464, %625, %610 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %627 = vector.fma %488, %625, %611 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %628 = arith.addi %616, %501 : index
              %629 = vector.load %2[%628] : memref<?xf32>, vector<8xf32>
              %630 = vector.fma %464, %629, %614 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %631 = vector.fma %488, %629, %615 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %632 = arith.addi %104, %439 : index
              %633 = vector.load %2[%632] : memref<?xf32>, vector<8xf32>
              %634 = vector.fma %467, %633, %618 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %635 = vector.fma %491, %633, %619 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %636 = arith.addi %632, %11 : index
              %637 = vector.load %2[%636] : memref<?xf32>, vector<8xf32>
              %638 = vector.fma %467, %637, %622 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %639 = vector.fma %491, %637, %623 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %640 = arith.addi %632, %498 : index
              %641 = vector.load %2[%640] : memref<?xf32>, vector<8xf32>
              %642 = vector.fma %467, %641, %626 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %643 = vector.fma %491, %641, %627 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %644 = arith.addi %632, %501 : index
              %645 = vector.load %2[%644] : memref<?xf32>, vector<8xf32>
              %646 = vector.fma %467, %645, %630 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %647 = vector.fma %491, %645, %631 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              vector.store %634, %8[%493] : memref<4608xf32>, vector<8xf32>
              vector.store %635, %8[%495] : memref<4608xf32>, vector<8xf32>
              vector.store %638, %8[%496] : memref<4608xf32>, vector<8xf32>
              vector.store %639, %8[%497] : memref<4608xf32>, vector<8xf32>
              vector.store %642, %8[%499] : memref<4608xf32>, vector<8xf32>
              vector.store %643, %8[%500] : memref<4608xf32>, vector<8xf32>
              vector.store %646, %8[%502] : memref<4608xf32>, vector<8xf32>
              vector.store %647, %8[%503] : memref<4608xf32>, vector<8xf32>
            }
          }
          %648 = arith.cmpi ult, %76, %44 : index
          scf.if %648 {
            %649 = arith.subi %44, %76 : index
            %650 = arith.subi %649, %9 : index
            %651 = arith.minui %9, %650 : index
            %652 = arith.addi %76, %651 : index
            %653 = arith.minui %17, %650 : index
            %654 = arith.addi %76, %653 : index
            %655 = arith.constant 3 : index
            %656 = arith.minui %655, %650 : index
            %657 = arith.addi %76, %656 : index
            %658 = arith.minui %58, %650 : index
            %659 = arith.addi %76, %658 : index
            %660 = arith.constant 5 : index
            %661 = arith.minui %660, %650 : index
            %662 = arith.addi %76, %661 : index
            %663 = arith.constant 6 : index
            %664 = arith.minui %663, %650 : index
            %665 = arith.addi %76, %664 : index
            %666 = arith.constant 7 : index
            %667 = arith.minui %666, %650 : index
            %668 = arith.addi %76, %667 : index
            %669 = arith.muli %76, %49 : index
            %670 = arith.addi %50, %669 : index
            %671 = arith.muli %652, %49 : index
            %672 = arith.addi %50, %671 : index
            %673 = arith.muli %654, %49 : index
            %674 = arith.addi %50, %673 : index
            %675 = arith.muli %657, %49 : index
            %676 = arith.addi %50, %675 : index
            %677 = arith.muli %659, %49 : index
            %678 = arith.addi %50, %677 : index
            %679 = arith.muli %662, %49 : index
            %680 = arith.addi %50, %679 : index
            %681 = arith.muli %665, %49 : index
            %682 = arith.addi %50, %681 : index
            %683 = arith.muli %668, %49 : index
            %684 = arith.addi %50, %683 : index
            %685 = arith.index_cast %649 : index to i64
            %686 = arith.sitofp %685 : i64 to f32
            %687 = vector.broadcast %686 : f32 to vector<8xf32>
            %688 = arith.cmpf olt, %57, %687 : vector<8xf32>
            scf.for %689 = %28 to %58 step %17 {
              %690 = arith.divui %689, %17 : index
              %691 = arith.muli %690, %14 : index
              %692 = arith.muli %689, %14 : index
              %693 = arith.addi %47, %692 : index
              %694 = vector.load %0[%693] : memref<?xf32>, vector<8xf32>
              %695 = arith.addi %689, %9 : index
              %696 = arith.muli %695, %14 : index
              %697 = arith.addi %47, %696 : index
              %698 = vector.load %0[%697] : memref<?xf32>, vector<8xf32>
              %699 = arith.addi %693, %11 : index
              %700 = vector.load %0[%699] : memref<?xf32>, vector<8xf32>
              %701 = arith.addi %697, %11 : index
              %702 = vector.load %0[%701] : memref<?xf32>, vector<8xf32>
              %703 = arith.constant 16 : index
              %704 = arith.addi %693, %703 : index
              %705 = vector.load %0[%704] : memref<?xf32>, vector<8xf32>
              %706 = arith.addi %697, %703 : index
              %707 = vector.load %0[%706] : memref<?xf32>, vector<8xf32>
              %708 = arith.constant 24 : index
              %709 = arith.addi %693, %708 : index
              %710 = vector.load %0[%709] : memref<?xf32>, vector<8xf32>
              %711 = arith.addi %697, %708 : index
              %712 = vector.load %0[%711] : memref<?xf32>, vector<8xf32>
              %713 = arith.addi %670, %691 : index
              %714 = vector.load %1[%713] : memref<?xf32>, vector<8xf32>
              %715 = arith.mulf %694, %714 fastmath<nsz,arcp,afn> : vector<8xf32>
              %716 = arith.mulf %698, %714 fastmath<nsz,arcp,afn> : vector<8xf32>
              %717 = arith.addi %713, %11 : index
              %718 = vector.load %1[%717] : memref<?xf32>, vector<8xf32>
              %719 = vector.fma %700, %718, %715 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %720 = vector.fma %702, %718, %716 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %721 = arith.addi %713, %703 : index
              %722 = vector.load %1[%721] : memref<?xf32>, vector<8xf32>
              %723 = vector.fma %705, %722, %719 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %724 = vector.fma %707, %722, %720 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %725 = arith.addi %713, %708 : index
              %726 = vector.load %1[%725] : memref<?xf32>, vector<8xf32>
              %727 = vector.fma %710, %726, %723 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %728 = vector.fma %712, %726, %724 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %729 = arith.addi %672, %691 : index
              %730 = vector.load %1[%729] : memref<?xf32>, vector<8xf32>
              %731 = arith.mulf %694, %730 fastmath<nsz,arcp,afn> : vector<8xf32>
              %732 = arith.mulf %698, %730 fastmath<nsz,arcp,afn> : vector<8xf32>
              %733 = arith.addi %729, %11 : index
              %734 = vector.load %1[%733] : memref<?xf32>, vector<8xf32>
              %735 = vector.fma %700, %734, %731 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %736 = vector.fma %702, %734, %732 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %737 = arith.addi %729, %703 : index
              %738 = vector.load %1[%737] : memref<?xf32>, vector<8xf32>
              %739 = vector.fma %705, %738, %735 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %740 = vector.fma %707, %738, %736 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %741 = arith.addi %729, %708 : index
              %742 = vector.load %1[%741] : memref<?xf32>, vector<8xf32>
              %743 = vector.fma %710, %742, %739 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %744 = vector.fma %712, %742, %740 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %745 = arith.addi %674, %691 : index
              %746 = vector.load %1[%745] : memref<?xf32>, vector<8xf32>
              %747 = arith.mulf %694, %746 fastmath<nsz,arcp,afn> : vector<8xf32>
              %748 = arith.mulf %698, %746 fastmath<nsz,arcp,afn> : vector<8xf32>
              %749 = arith.addi %745, %11 : index
              %750 = vector.load %1[%749] : memref<?xf32>, vector<8xf32>
              %751 = vector.fma %700, %750, %747 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %752 = vector.fma %702, %750, %748 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %753 = arith.addi %745, %703 : index
              %754 = vector.load %1[%753] : memref<?xf32>, vector<8xf32>
              %755 = vector.fma %705, %754, %751 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %756 = vector.fma %707, %754, %752 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %757 = arith.addi %745, %708 : index
              %758 = vector.load %1[%757] : memref<?xf32>, vector<8xf32>
              %759 = vector.fma %710, %758, %755 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %760 = vector.fma %712, %758, %756 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %761 = arith.addi %676, %691 : index
              %762 = vector.load %1[%761] : memref<?xf32>, vector<8xf32>
              %763 = arith.mulf %694, %762 fastmath<nsz,arcp,afn> : vector<8xf32>
              %764 = arith.mulf %698, %762 fastmath<nsz,arcp,afn> : vector<8xf32>
              %765 = arith.addi %761, %11 : index
              %766 = vector.load %1[%765] : memref<?xf32>, vector<8xf32>
              %767 = vector.fma %700, %766, %763 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %768 = vector.fma %702, %766, %764 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %769 = arith.addi %761, %703 : index
              %770 = vector.load %1[%769] : memref<?xf32>, vector<8xf32>
              %771 = vector.fma %705, %770, %767 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %772 = vector.fma %707, %770, %768 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %773 = arith.addi %761, %708 : index
              %774 = vector.load %1[%773] : memref<?xf32>, vector<8xf32>
              %775 = vector.fma %710, %774, %771 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %776 = vector.fma %712, %774, %772 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %777 = arith.addi %678, %691 : index
              %778 = vector.load %1[%777] : memref<?xf32>, vector<8xf32>
              %779 = arith.mulf %694, %778 fastmath<nsz,arcp,afn> : vector<8xf32>
              %780 = arith.mulf %698, %778 fastmath<nsz,arcp,afn> : vector<8xf32>
              %781 = arith.addi %777, %11 : index
              %782 = vector.load %1[%781] : memref<?xf32>, vector<8xf32>
              %783 = vector.fma %700, %782, %779 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %784 = vector.fma %702, %782, %780 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %785 = arith.addi %777, %703 : index
              %786 = vector.load %1[%785] : memref<?xf32>, vector<8xf32>
              %787 = vector.fma %705, %786, %783 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %788 = vector.fma %707, %786, %784 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %789 = arith.addi %777, %708 : index
              %790 = vector.load %1[%789] : memref<?xf32>, vector<8xf32>
              %791 = vector.fma %710, %790, %787 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %792 = vector.fma %712, %790, %788 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %793 = arith.addi %680, %691 : index
              %794 = vector.load %1[%793] : memref<?xf32>, vector<8xf32>
              %795 = arith.mulf %694, %794 fastmath<nsz,arcp,afn> : vector<8xf32>
              %796 = arith.mulf %698, %794 fastmath<nsz,arcp,afn> : vector<8xf32>
              %797 = arith.addi %793, %11 : index
              %798 = vector.load %1[%797] : memref<?xf32>, vector<8xf32>
              %799 = vector.fma %700, %798, %795 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %800 = vector.fma %702, %798, %796 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %801 = arith.addi %793, %703 : index
              %802 = vector.load %1[%801] : memref<?xf32>, vector<8xf32>
              %803 = vector.fma %705, %802, %799 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %804 = vector.fma %707, %802, %800 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %805 = arith.addi %793, %708 : index
              %806 = vector.load %1[%805] : memref<?xf32>, vector<8xf32>
              %807 = vector.fma %710, %806, %803 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %808 = vector.fma %712, %806, %804 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %809 = arith.addi %682, %691 : index
              %810 = vector.load %1[%809] : memref<?xf32>, vector<8xf32>
              %811 = arith.mulf %694, %810 fastmath<nsz,arcp,afn> : vector<8xf32>
              %812 = arith.mulf %698, %810 fastmath<nsz,arcp,afn> : vector<8xf32>
              %813 = arith.addi %809, %11 : index
              %814 = vector.load %1[%813] : memref<?xf32>, vector<8xf32>
              %815 = vector.fma %700, %814, %811 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %816 = vector.fma %702, %814, %812 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %817 = arith.addi %809, %703 : index
              %818 = vector.load %1[%817] : memref<?xf32>, vector<8xf32>
              %819 = vector.fma %705, %818, %815 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %820 = vector.fma %707, %818, %816 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %821 = arith.addi %809, %708 : index
              %822 = vector.load %1[%821] : memref<?xf32>, vector<8xf32>
              %823 = vector.fma %710, %822, %819 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %824 = vector.fma %712, %822, %820 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %825 = arith.addi %684, %691 : index
              %826 = vector.load %1[%825] : memref<?xf32>, vector<8xf32>
              %827 = arith.mulf %694, %826 fastmath<nsz,arcp,afn> : vector<8xf32>
              %828 = arith.mulf %698, %826 fastmath<nsz,arcp,afn> : vector<8xf32>
              %829 = arith.addi %825, %11 : index
              %830 = vector.load %1[%829] : memref<?xf32>, vector<8xf32>
              %831 = vector.fma %700, %830, %827 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %832 = vector.fma %702, %830, %828 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %833 = arith.addi %825, %703 : index
              %834 = vector.load %1[%833] : memref<?xf32>, vector<8xf32>
              %835 = vector.fma %705, %834, %831 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %836 = vector.fma %707, %834, %832 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %837 = arith.addi %825, %708 : index
              %838 = vector.load %1[%837] : memref<?xf32>, vector<8xf32>
              %839 = vector.fma %710, %838, %835 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %840 = vector.fma %712, %838, %836 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %841 = vector.shuffle %727, %743 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %842 = vector.shuffle %727, %743 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %843 = arith.addf %841, %842 fastmath<nsz,arcp,afn> : vector<8xf32>
              %844 = vector.shuffle %759, %775 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %845 = vector.shuffle %759, %775 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %846 = arith.addf %844, %845 fastmath<nsz,arcp,afn> : vector<8xf32>
              %847 = vector.shuffle %791, %807 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %848 = vector.shuffle %791, %807 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %849 = arith.addf %847, %848 fastmath<nsz,arcp,afn> : vector<8xf32>
              %850 = vector.shuffle %823, %839 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %851 = vector.shuffle %823, %839 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %852 = arith.addf %850, %851 fastmath<nsz,arcp,afn> : vector<8xf32>
              %853 = vector.shuffle %843, %846 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %854 = vector.shuffle %843, %846 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %855 = arith.addf %853, %854 fastmath<nsz,arcp,afn> : vector<8xf32>
              %856 = vector.shuffle %849, %852 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %857 = vector.shuffle %849, %852 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %858 = arith.addf %856, %857 fastmath<nsz,arcp,afn> : vector<8xf32>
              %859 = vector.shuffle %855, %858 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %860 = vector.shuffle %855, %858 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %861 = arith.addf %859, %860 fastmath<nsz,arcp,afn> : vector<8xf32>
              %862 = arith.mulf %861, %56 fastmath<nsz,arcp,afn> : vector<8xf32>
              %863 = arith.muli %689, %11 : index
              vector.store %862, %51[%863] : memref<32xf32>, vector<8xf32>
              %864 = vector.shuffle %728, %744 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %865 = vector.shuffle %728, %744 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %866 = arith.addf %864, %865 fastmath<nsz,arcp,afn> : vector<8xf32>
              %867 = vector.shuffle %760, %776 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %868 = vector.shuffle %760, %776 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %869 = arith.addf %867, %868 fastmath<nsz,arcp,afn> : vector<8xf32>
              %870 = vector.shuffle %792, %808 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %871 = vector.shuffle %792, %808 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %872 = arith.addf %870, %871 fastmath<nsz,arcp,afn> : vector<8xf32>
              %873 = vector.shuffle %824, %840 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %874 = vector.shuffle %824, %840 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %875 = arith.addf %873, %874 fastmath<nsz,arcp,afn> : vector<8xf32>
              %876 = vector.shuffle %866, %869 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %877 = vector.shuffle %866, %869 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %878 = arith.addf %876, %877 fastmath<nsz,arcp,afn> : vector<8xf32>
              %879 = vector.shuffle %872, %875 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %880 = vector.shuffle %872, %875 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %881 = arith.addf %879, %880 fastmath<nsz,arcp,afn> : vector<8xf32>
              %882 = vector.shuffle %878, %881 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %883 = vector.shuffle %878, %881 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %884 = arith.addf %882, %883 fastmath<nsz,arcp,afn> : vector<8xf32>
              %885 = arith.mulf %884, %56 fastmath<nsz,arcp,afn> : vector<8xf32>
              %886 = arith.muli %695, %11 : index
              vector.store %885, %51[%886] : memref<32xf32>, vector<8xf32>
            }
            scf.for %887 = %28 to %58 step %9 {
              %888 = arith.muli %887, %11 : index
              %889 = vector.load %51[%888] : memref<32xf32>, vector<8xf32>
              %890 = arith.constant -1.000000e+30 : f32
              %891 = vector.broadcast %890 : f32 to vector<8xf32>
              %892 = arith.select %688, %889, %891 : vector<8xf32>
              %893 = arith.addi %46, %22 : index
              %894 = arith.addi %893, %887 : index
              %895 = memref.load %8[%894] : memref<4608xf32>
              %896 = vector.reduction <maxnumf>, %892 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
              %897 = arith.cmpf ogt, %895, %896 : f32
              %898 = arith.select %897, %895, %896 : f32
              %899 = vector.broadcast %898 : f32 to vector<8xf32>
              %900 = arith.subf %892, %899 fastmath<nsz,arcp,afn> : vector<8xf32>
              %901 = arith.constant -8.700000e+01 : f32
              %902 = vector.broadcast %901 : f32 to vector<8xf32>
              %903 = arith.cmpf ogt, %900, %902 : vector<8xf32>
              %904 = arith.select %903, %900, %902 : vector<8xf32>
              %905 = arith.constant 8.800000e+01 : f32
              %906 = vector.broadcast %905 : f32 to vector<8xf32>
              %907 = arith.cmpf olt, %904, %906 : vector<8xf32>
              %908 = arith.select %907, %904, %906 : vector<8xf32>
              %909 = arith.constant dense<8.870000e+01> : vector<8xf32>
              %910 = arith.minnumf %908, %909 : vector<8xf32>
              %911 = arith.constant dense<-8.830000e+01> : vector<8xf32>
              %912 = arith.maxnumf %910, %911 : vector<8xf32>
              %913 = arith.constant dense<1.44269502> : vector<8xf32>
              %914 = arith.mulf %912, %913 fastmath<contract> : vector<8xf32>
              %915 = rlx_cpu.rint %914 : vector<8xf32>
              %916 = arith.constant dense<0.693359375> : vector<8xf32>
              %917 = arith.mulf %915, %916 fastmath<contract> : vector<8xf32>
              %918 = arith.subf %912, %917 fastmath<contract> : vector<8xf32>
              %919 = arith.constant dense<-0.000212194442> : vector<8xf32>
              %920 = arith.mulf %915, %919 fastmath<contract> : vector<8xf32>
              %921 = arith.subf %918, %920 fastmath<contract> : vector<8xf32>
              %922 = arith.constant dense<0.000198756912> : vector<8xf32>
              %923 = arith.mulf %922, %921 fastmath<contract> : vector<8xf32>
              %924 = arith.constant dense<0.00139819994> : vector<8xf32>
              %925 = arith.addf %923, %924 fastmath<contract> : vector<8xf32>
              %926 = arith.mulf %925, %921 fastmath<contract> : vector<8xf32>
              %927 = arith.constant dense<0.00833345205> : vector<8xf32>
              %928 = arith.addf %926, %927 fastmath<contract> : vector<8xf32>
              %929 = arith.mulf %928, %921 fastmath<contract> : vector<8xf32>
              %930 = arith.constant dense<0.0416657962> : vector<8xf32>
              %931 = arith.addf %929, %930 fastmath<contract> : vector<8xf32>
              %932 = arith.mulf %931, %921 fastmath<contract> : vector<8xf32>
              %933 = arith.constant dense<0.166666657> : vector<8xf32>
              %934 = arith.addf %932, %933 fastmath<contract> : vector<8xf32>
              %935 = arith.mulf %934, %921 fastmath<contract> : vector<8xf32>
              %936 = arith.constant dense<5.000000e-01> : vector<8xf32>
              %937 = arith.addf %935, %936 fastmath<contract> : vector<8xf32>
              %938 = arith.mulf %921, %921 fastmath<contract> : vector<8xf32>
              %939 = arith.mulf %937, %938 fastmath<contract> : vector<8xf32>
              %940 = arith.addf %939, %921 fastmath<contract> : vector<8xf32>
              %941 = arith.constant dense<1.000000e+00> : vector<8xf32>
              %942 = arith.addf %940, %941 fastmath<contract> : vector<8xf32>
              %943 = arith.fptosi %915 : vector<8xf32> to vector<8xi32>
              %944 = arith.constant dense<23> : vector<8xi32>
              %945 = arith.shli %943, %944 : vector<8xi32>
              %946 = arith.bitcast %942 : vector<8xf32> to vector<8xi32>
              %947 = arith.addi %946, %945 : vector<8xi32>
              %948 = arith.bitcast %947 : vector<8xi32> to vector<8xf32>
              %949 = arith.constant dense<-87.3365479> : vector<8xf32>
              %950 = arith.constant dense<0.000000e+00> : vector<8xf32>
              %951 = arith.cmpf olt, %908, %949 : vector<8xf32>
              %952 = arith.select %951, %950, %948 : vector<8xf32>
              %953 = arith.constant dense<88.7228394> : vector<8xf32>
              %954 = arith.constant dense<0x7f800000> : vector<8xf32>
              %955 = arith.cmpf ogt, %908, %953 : vector<8xf32>
              %956 = arith.select %955, %954, %952 : vector<8xf32>
              %957 = arith.cmpf uno, %908, %908 : vector<8xf32>
              %958 = arith.select %957, %908, %956 : vector<8xf32>
              %959 = arith.select %688, %958, %54 : vector<8xf32>
              %960 = arith.subf %895, %898 fastmath<nsz,arcp,afn> : f32
              %961 = vector.broadcast %960 : f32 to vector<8xf32>
              %962 = arith.cmpf ogt, %961, %902 : vector<8xf32>
              %963 = arith.select %962, %961, %902 : vector<8xf32>
              %964 = arith.cmpf olt, %963, %906 : vector<8xf32>
              %965 = arith.select %964, %963, %906 : vector<8xf32>
              %966 = arith.constant dense<8.870000e+01> : vector<8xf32>
              %967 = arith.minnumf %965, %966 : vector<8xf32>
              %968 = arith.constant dense<-8.830000e+01> : vector<8xf32>
              %969 = arith.maxnumf %967, %968 : vector<8xf32>
              %970 = arith.constant dense<1.44269502> : vector<8xf32>
              %971 = arith.mulf %969, %970 fastmath<contract> : vector<8xf32>
              %972 = rlx_cpu.rint %971 : vector<8xf32>
              %973 = arith.constant dense<0.693359375> : vector<8xf32>
              %974 = arith.mulf %972, %973 fastmath<contract> : vector<8xf32>
              %975 = arith.subf %969, %974 fastmath<contract> : vector<8xf32>
              %976 = arith.constant dense<-0.000212194442> : vector<8xf32>
              %977 = arith.mulf %972, %976 fastmath<contract> : vector<8xf32>
              %978 = arith.subf %975, %977 fastmath<contract> : vector<8xf32>
              %979 = arith.constant dense<0.000198756912> : vector<8xf32>
              %980 = arith.mulf %979, %978 fastmath<contract> : vector<8xf32>
              %981 = arith.constant dense<0.00139819994> : vector<8xf32>
              %982 = arith.addf %980, %981 fastmath<contract> : vector<8xf32>
              %983 = arith.mulf %982, %978 fastmath<contract> : vector<8xf32>
              %984 = arith.constant dense<0.00833345205> : vector<8xf32>
              %985 = arith.addf %983, %984 fastmath<contract> : vector<8xf32>
              %986 = arith.mulf %985, %978 fastmath<contract> : vector<8xf32>
              %987 = arith.constant dense<0.0416657962> : vector<8xf32>
              %988 = arith.addf %986, %987 fastmath<contract> : vector<8xf32>
              %989 = arith.mulf %988, %978 fastmath<contract> : vector<8xf32>
              %990 = arith.constant dense<0.166666657> : vector<8xf32>
              %991 = arith.addf %989, %990 fastmath<contract> : vector<8xf32>
              %992 = arith.mulf %991, %978 fastmath<contract> : vector<8xf32>
              %993 = arith.constant dense<5.000000e-01> : vector<8xf32>
              %994 = arith.addf %992, %993 fastmath<contract> : vector<8xf32>
              %995 = arith.mulf %978, %978 fastmath<contract> : vector<8xf32>
              %996 = arith.mulf %994, %995 fastmath<contract> : vector<8xf32>
              %997 = arith.addf %996, %978 fastmath<contract> : vector<8xf32>
              %998 = arith.constant dense<1.000000e+00> : vector<8xf32>
              %999 = arith.addf %997, %998 fastmath<contract> : vector<8xf32>
              %1000 = arith.fptosi %972 : vector<8xf32> to vector<8xi32>
              %1001 = arith.constant dense<23> : vector<8xi32>
              %1002 = arith.shli %1000, %1001 : vector<8xi32>
              %1003 = arith.bitcast %999 : vector<8xf32> to vector<8xi32>
              %1004 = arith.addi %1003, %1002 : vector<8xi32>
              %1005 = arith.bitcast %1004 : vector<8xi32> to vector<8xf32>
              %1006 = arith.constant dense<-87.3365479> : vector<8xf32>
              %1007 = arith.constant dense<0.000000e+00> : vector<8xf32>
              %1008 = arith.cmpf olt, %965, %1006 : vector<8xf32>
              %1009 = arith.select %1008, %1007, %1005 : vector<8xf32>
              %1010 = arith.constant dense<88.7228394> : vector<8xf32>
              %1011 = arith.constant dense<0x7f800000> : vector<8xf32>
              %1012 = arith.cmpf ogt, %965, %1010 : vector<8xf32>
              %1013 = arith.select %1012, %1011, %1009 : vector<8xf32>
              %1014 = arith.cmpf uno, %965, %965 : vector<8xf32>
              %1015 = arith.select %1014, %965, %1013 : vector<8xf32>
              %1016 = vector.extract %1015[0] : f32 from vector<8xf32>
              vector.store %959, %51[%888] : memref<32xf32>, vector<8xf32>
              memref.store %898, %8[%894] : memref<4608xf32>
              %1017 = arith.constant 132 : index
              %1018 = arith.addi %46, %1017 : index
              %1019 = arith.addi %1018, %887 : index
              %1020 = memref.load %8[%1019] : memref<4608xf32>
              %1021 = arith.mulf %1020, %1016 fastmath<nsz,arcp,afn> : f32
              %1022 = vector.reduction <add>, %959 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
              %1023 = arith.addf %1021, %1022 fastmath<nsz,arcp,afn> : f32
              memref.store %1023, %8[%1019] : memref<4608xf32>
              memref.store %1016, %52[%887] : memref<4xf32>
            }
            scf.for %1024 = %28 to %58 step %17 {
              %1025 = arith.addi %1024, %9 : index
              %1026 = arith.divui %1024, %17 : index
              %1027 = arith.muli %1026, %14 : index
              %1028 = memref.load %52[%1024] : memref<4xf32>
              %1029 = vector.broadcast %1028 : f32 to vector<8xf32>
              %1030 = memref.load %52[%1025] : memref<4xf32>
              %1031 = vector.broadcast %1030 : f32 to vector<8xf32>
              %1032 = arith.muli %1024, %11 : index
              %1033 = memref.load %51[%1032] : memref<32xf32>
              %1034 = vector.broadcast %1033 : f32 to vector<8xf32>
              %1035 = arith.addi %1032, %9 : index
              %1036 = memref.load %51[%1035] : memref<32xf32>
              %1037 = vector.broadcast %1036 : f32 to vector<8xf32>
              %1038 = arith.addi %1032, %17 : index
              %1039 = memref.load %51[%1038] : memref<32xf32>
              %1040 = vector.broadcast %1039 : f32 to vector<8xf32>
              %1041 = arith.addi %1032, %655 : index
              %1042 = memref.load %51[%1041] : memref<32xf32>
              %1043 = vector.broadcast %1042 : f32 to vector<8xf32>
              %1044 = arith.addi %1032, %58 : index
              %1045 = memref.load %51[%1044] : memref<32xf32>
              %1046 = vector.broadcast %1045 : f32 to vector<8xf32>
              %1047 = arith.addi %1032, %660 : index
              %1048 = memref.load %51[%1047] : memref<32xf32>
              %1049 = vector.broadcast %1048 : f32 to vector<8xf32>
              %1050 = arith.addi %1032, %663 : index
              %1051 = memref.load %51[%1050] : memref<32xf32>
              %1052 = vector.broadcast %1051 : f32 to vector<8xf32>
              %1053 = arith.addi %1032, %666 : index
              %1054 = memref.load %51[%1053] : memref<32xf32>
              %1055 = vector.broadcast %1054 : f32 to vector<8xf32>
              %1056 = arith.muli %1025, %11 : index
              %1057 = memref.load %51[%1056] : memref<32xf32>
              %1058 = vector.broadcast %1057 : f32 to vector<8xf32>
              %1059 = arith.addi %1056, %9 : index
              %1060 = memref.load %51[%1059] : memref<32xf32>
              %1061 = vector.broadcast %1060 : f32 to vector<8xf32>
              %1062 = arith.addi %1056, %17 : index
              %1063 = memref.load %51[%1062] : memref<32xf32>
              %1064 = vector.broadcast %1063 : f32 to vector<8xf32>
              %1065 = arith.addi %1056, %655 : index
              %1066 = memref.load %51[%1065] : memref<32xf32>
              %1067 = vector.broadcast %1066 : f32 to vector<8xf32>
              %1068 = arith.addi %1056, %58 : index
              %1069 = memref.load %51[%1068] : memref<32xf32>
              %1070 = vector.broadcast %1069 : f32 to vector<8xf32>
              %1071 = arith.addi %1056, %660 : index
              %1072 = memref.load %51[%1071] : memref<32xf32>
              %1073 = vector.broadcast %1072 : f32 to vector<8xf32>
              %1074 = arith.addi %1056, %663 : index
              %1075 = memref.load %51[%1074] : memref<32xf32>
              %1076 = vector.broadcast %1075 : f32 to vector<8xf32>
              %1077 = arith.addi %1056, %666 : index
              %1078 = memref.load %51[%1077] : memref<32xf32>
              %1079 = vector.broadcast %1078 : f32 to vector<8xf32>
              %1080 = arith.muli %1024, %14 : index
              %1081 = arith.addi %46, %1080 : index
              %1082 = arith.muli %1025, %14 : index
              %1083 = arith.addi %46, %1082 : index
              %1084 = arith.addi %1081, %11 : index
              %1085 = arith.addi %1083, %11 : index
              %1086 = arith.constant 16 : index
              %1087 = arith.addi %1081, %1086 : index
              %1088 = arith.addi %1083, %1086 : index
              %1089 = arith.constant 24 : index
              %1090 = arith.addi %1081, %1089 : index
              %1091 = arith.addi %1083, %1089 : index
              %1092 = vector.load %8[%1081] : memref<4608xf32>, vector<8xf32>
              %1093 = arith.mulf %1092, %1029 fastmath<nsz,arcp,afn> : vector<8xf32>
              %1094 = vector.load %8[%1083] : memref<4608xf32>, vector<8xf32>
              %1095 = arith.mulf %1094, %1031 fastmath<nsz,arcp,afn> : vector<8xf32>
              %1096 = vector.load %8[%1084] : memref<4608xf32>, vector<8xf32>
              %1097 = arith.mulf %1096, %1029 fastmath<nsz,arcp,afn> : vector<8xf32>
              %1098 = vector.load %8[%1085] : memref<4608xf32>, vector<8xf32>
              %1099 = arith.mulf %1098, %1031 fastmath<nsz,arcp,afn> : vector<8xf32>
              %1100 = vector.load %8[%1087] : memref<4608xf32>, vector<8xf32>
              %1101 = arith.mulf %1100, %1029 fastmath<nsz,arcp,afn> : vector<8xf32>
              %1102 = vector.load %8[%1088] : memref<4608xf32>, vector<8xf32>
              %1103 = arith.mulf %1102, %1031 fastmath<nsz,arcp,afn> : vector<8xf32>
              %1104 = vector.load %8[%1090] : memref<4608xf32>, vector<8xf32>
              %1105 = arith.mulf %1104, %1029 fastmath<nsz,arcp,afn> : vector<8xf32>
              %1106 = vector.load %8[%1091] : memref<4608xf32>, vector<8xf32>
              %1107 = arith.mulf %1106, %1031 fastmath<nsz,arcp,afn> : vector<8xf32>
              %1108 = arith.addi %670, %1027 : index
              %1109 = vector.load %2[%1108] : memref<?xf32>, vector<8xf32>
              %1110 = vector.fma %1034, %1109, %1093 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1111 = vector.fma %1058, %1109, %1095 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1112 = arith.addi %1108, %11 : index
              %1113 = vector.load %2[%1112] : memref<?xf32>, vector<8xf32>
              %1114 = vector.fma %1034, %1113, %1097 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1115 = vector.fma %1058, %1113, %1099 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1116 = arith.addi %1108, %1086 : index
              %1117 = vector.load %2[%1116] : memref<?xf32>, vector<8xf32>
              %1118 = vector.fma %1034, %1117, %1101 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1119 = vector.fma %1058, %1117, %1103 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1120 = arith.addi %1108, %1089 : index
              %1121 = vector.load %2[%1120] : memref<?xf32>, vector<8xf32>
              %1122 = vector.fma %1034, %1121, %1105 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1123 = vector.fma %1058, %1121, %1107 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1124 = arith.addi %672, %1027 : index
              %1125 = vector.load %2[%1124] : memref<?xf32>, vector<8xf32>
              %1126 = vector.fma %1037, %1125, %1110 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1127 = vector.fma %1061, %1125, %1111 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1128 = arith.addi %1124, %11 : index
              %1129 = vector.load %2[%1128] : memref<?xf32>, vector<8xf32>
              %1130 = vector.fma %1037, %1129, %1114 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1131 = vector.fma %1061, %1129, %1115 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1132 = arith.addi %1124, %1086 : index
              %1133 = vector.load %2[%1132] : memref<?xf32>, vector<8xf32>
              %1134 = vector.fma %1037, %1133, %1118 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1135 = vector.fma %1061, %1133, %1119 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1136 = arith.addi %1124, %1089 : index
              %1137 = vector.load %2[%1136] : memref<?xf32>, vector<8xf32>
              %1138 = vector.fma %1037, %1137, %1122 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1139 = vector.fma %1061, %1137, %1123 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1140 = arith.addi %674, %1027 : index
              %1141 = vector.load %2[%1140] : memref<?xf32>, vector<8xf32>
              %1142 = vector.fma %1040, %1141, %1126 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1143 = vector.fma %1064, %1141, %1127 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1144 = arith.addi %1140, %11 : index
              %1145 = vector.load %2[%1144] : memref<?xf32>, vector<8xf32>
              %1146 = vector.fma %1040, %1145, %1130 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1147 = vector.fma %1064, %1145, %1131 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1148 = arith.addi %1140, %1086 : index
              %1149 = vector.load %2[%1148] : memref<?xf32>, vector<8xf32>
              %1150 = vector.fma %1040, %1149, %1134 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1151 = vector.fma %1064, %1149, %1135 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1152 = arith.addi %1140, %1089 : index
              %1153 = vector.load %2[%1152] : memref<?xf32>, vector<8xf32>
              %1154 = vector.fma %1040, %1153, %1138 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1155 = vector.fma %1064, %1153, %1139 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1156 = arith.addi %676, %1027 : index
              %1157 = vector.load %2[%1156] : memref<?xf32>, vector<8xf32>
              %1158 = vector.fma %1043, %1157, %1142 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1159 = vector.fma %1067, %1157, %1143 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1160 = arith.addi %1156, %11 : index
              %1161 = vector.load %2[%1160] : memref<?xf32>, vector<8xf32>
              %1162 = vector.fma %1043, %1161, %1146 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1163 = vector.fma %1067, %1161, %1147 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1164 = arith.addi %1156, %1086 : index
              %1165 = vector.load %2[%1164] : memref<?xf32>, vector<8xf32>
              %1166 = vector.fma %1043, %1165, %1150 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1167 = vector.fma %1067, %1165, %1151 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1168 = arith.addi %1156, %1089 : index
              %1169 = vector.load %2[%1168] : memref<?xf32>, vector<8xf32>
              %1170 = vector.fma %1043, %1169, %1154 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1171 = vector.fma %1067, %1169, %1155 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1172 = arith.addi %678, %1027 : index
              %1173 = vector.load %2[%1172] : memref<?xf32>, vector<8xf32>
              %1174 = vector.fma %1046, %1173, %1158 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1175 = vector.fma %1070, %1173, %1159 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1176 = arith.addi %1172, %11 : index
              %1177 = vector.load %2[%1176] : memref<?xf32>, vector<8xf32>
              %1178 = vector.fma %1046, %1177, %1162 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1179 = vector.fma %1070, %1177, %1163 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1180 = arith.addi %1172, %1086 : index
              %1181 = vector.load %2[%1180] : memref<?xf32>, vector<8xf32>
              %1182 = vector.fma %1046, %1181, %1166 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1183 = vector.fma %1070, %1181, %1167 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1184 = arith.addi %1172, %1089 : index
              %1185 = vector.load %2[%1184] : memref<?xf32>, vector<8xf32>
              %1186 = vector.fma %1046, %1185, %1170 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1187 = vector.fma %1070, %1185, %1171 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1188 = arith.addi %680, %1027 : index
              %1189 = vector.load %2[%1188] : memref<?xf32>, vector<8xf32>
              %1190 = vector.fma %1049, %1189, %1174 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1191 = vector.fma %1073, %1189, %1175 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1192 = arith.addi %1188, %11 : index
              %1193 = vector.load %2[%1192] : memref<?xf32>, vector<8xf32>
              %1194 = vector.fma %1049, %1193, %1178 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1195 = vector.fma %1073, %1193, %1179 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1196 = arith.addi %1188, %1086 : index
              %1197 = vector.load %2[%1196] : memref<?xf32>, vector<8xf32>
              %1198 = vector.fma %1049, %1197, %1182 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1199 = vector.fma %1073, %1197, %1183 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1200 = arith.addi %1188, %1089 : index
              %1201 = vector.load %2[%1200] : memref<?xf32>, vector<8xf32>
              %1202 = vector.fma %1049, %1201, %1186 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1203 = vector.fma %1073, %1201, %1187 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1204 = arith.addi %682, %1027 : index
              %1205 = vector.load %2[%1204] : memref<?xf32>, vector<8xf32>
              %1206 = vector.fma %1052, %1205, %1190 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1207 = vector.fma %1076, %1205, %1191 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1208 = arith.addi %1204, %11 : index
              %1209 = vector.load %2[%1208] : memref<?xf32>, vector<8xf32>
              %1210 = vector.fma %1052, %1209, %1194 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1211 = vector.fma %1076, %1209, %1195 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1212 = arith.addi %1204, %1086 : index
              %1213 = vector.load %2[%1212] : memref<?xf32>, vector<8xf32>
              %1214 = vector.fma %1052, %1213, %1198 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1215 = vector.fma %1076, %1213, %1199 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1216 = arith.addi %1204, %1089 : index
              %1217 = vector.load %2[%1216] : memref<?xf32>, vector<8xf32>
              %1218 = vector.fma %1052, %1217, %1202 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1219 = vector.fma %1076, %1217, %1203 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1220 = arith.addi %684, %1027 : index
              %1221 = vector.load %2[%1220] : memref<?xf32>, vector<8xf32>
              %1222 = vector.fma %1055, %1221, %1206 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1223 = vector.fma %1079, %1221, %1207 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1224 = arith.addi %1220, %11 : index
              %1225 = vector.load %2[%1224] : memref<?xf32>, vector<8xf32>
              %1226 = vector.fma %1055, %1225, %1210 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1227 = vector.fma %1079, %1225, %1211 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1228 = arith.addi %1220, %1086 : index
              %1229 = vector.load %2[%1228] : memref<?xf32>, vector<8xf32>
              %1230 = vector.fma %1055, %1229, %1214 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1231 = vector.fma %1079, %1229, %1215 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1232 = arith.addi %1220, %1089 : index
              %1233 = vector.load %2[%1232] : memref<?xf32>, vector<8xf32>
              %1234 = vector.fma %1055, %1233, %1218 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1235 = vector.fma %1079, %1233, %1219 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              vector.store %1222, %8[%1081] : memref<4608xf32>, vector<8xf32>
              vector.store %1223, %8[%1083] : memref<4608xf32>, vector<8xf32>
              vector.store %1226, %8[%1084] : memref<4608xf32>, vector<8xf32>
              vector.store %1227, %8[%1085] : memref<4608xf32>, vector<8xf32>
              vector.store %1230, %8[%1087] : memref<4608xf32>, vector<8xf32>
              vector.store %1231, %8[%1088] : memref<4608xf32>, vector<8xf32>
              vector.store %1234, %8[%1090] : memref<4608xf32>, vector<8xf32>
              vector.store %1235, %8[%1091] : memref<4608xf32>, vector<8xf32>
            }
          }
          scf.reduce
        }) : (index, index, index) -> ()
      }
      scf.for %1236 = %28 to %31 step %9 {
        %1237 = arith.muli %1236, %26 : index
        %1238 = arith.addi %29, %1236 : index
        %1239 = arith.muli %1238, %22 : index
        %1240 = arith.constant 4 : index
        scf.for %1241 = %28 to %1240 step %9 {
          %1242 = arith.constant -1.000000e+30 : f32
          %1243 = scf.for %1244 = %28 to %26 step %9 iter_args(%1245 = %1242) -> (f32) {
            %1246 = arith.addi %1237, %1244 : index
            %1247 = arith.constant 144 : index
            %1248 = arith.muli %1246, %1247 : index
            %1249 = arith.addi %1248, %22 : index
            %1250 = arith.addi %1249, %1241 : index
            %1251 = memref.load %8[%1250] : memref<4608xf32>
            %1252 = arith.cmpf ogt, %1245, %1251 : f32
            %1253 = arith.select %1252, %1245, %1251 : f32
            scf.yield %1253 : f32
          }
          %1254 = arith.constant 0.000000e+00 : f32
          %1255 = vector.broadcast %1254 : f32 to vector<8xf32>
          %1256, %1257, %1258, %1259, %1260 = scf.for %1261 = %28 to %26 step %9 iter_args(%1262 = %1254, %1263 = %1255, %1264 = %1255, %1265 = %1255, %1266 = %1255) -> (f32, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %1267 = arith.addi %1237, %1261 : index
            %1268 = arith.constant 144 : index
            %1269 = arith.muli %1267, %1268 : index
            %1270 = arith.addi %1269, %22 : index
            %1271 = arith.addi %1270, %1241 : index
            %1272 = memref.load %8[%1271] : memref<4608xf32>
            %1273 = arith.subf %1272, %1243 fastmath<nsz,arcp,afn> : f32
            %1274 = vector.broadcast %1273 : f32 to vector<8xf32>
            %1275 = arith.constant -8.700000e+01 : f32
            %1276 = vector.broadcast %1275 : f32 to vector<8xf32>
            %1277 = arith.cmpf ogt, %1274, %1276 : vector<8xf32>
            %1278 = arith.select %1277, %1274, %1276 : vector<8xf32>
            %1279 = arith.constant 8.800000e+01 : f32
            %1280 = vector.broadcast %1279 : f32 to vector<8xf32>
            %1281 = arith.cmpf olt, %1278, %1280 : vector<8xf32>
            %1282 = arith.select %1281, %1278, %1280 : vector<8xf32>
            %1283 = arith.constant dense<8.870000e+01> : vector<8xf32>
            %1284 = arith.minnumf %1282, %1283 : vector<8xf32>
            %1285 = arith.constant dense<-8.830000e+01> : vector<8xf32>
            %1286 = arith.maxnumf %1284, %1285 : vector<8xf32>
            %1287 = arith.constant dense<1.44269502> : vector<8xf32>
            %1288 = arith.mulf %1286, %1287 fastmath<contract> : vector<8xf32>
            %1289 = rlx_cpu.rint %1288 : vector<8xf32>
            %1290 = arith.constant dense<0.693359375> : vector<8xf32>
            %1291 = arith.mulf %1289, %1290 fastmath<contract> : vector<8xf32>
            %1292 = arith.subf %1286, %1291 fastmath<contract> : vector<8xf32>
            %1293 = arith.constant dense<-0.000212194442> : vector<8xf32>
            %1294 = arith.mulf %1289, %1293 fastmath<contract> : vector<8xf32>
            %1295 = arith.subf %1292, %1294 fastmath<contract> : vector<8xf32>
            %1296 = arith.constant dense<0.000198756912> : vector<8xf32>
            %1297 = arith.mulf %1296, %1295 fastmath<contract> : vector<8xf32>
            %1298 = arith.constant dense<0.00139819994> : vector<8xf32>
            %1299 = arith.addf %1297, %1298 fastmath<contract> : vector<8xf32>
            %1300 = arith.mulf %1299, %1295 fastmath<contract> : vector<8xf32>
            %1301 = arith.constant dense<0.00833345205> : vector<8xf32>
            %1302 = arith.addf %1300, %1301 fastmath<contract> : vector<8xf32>
            %1303 = arith.mulf %1302, %1295 fastmath<contract> : vector<8xf32>
            %1304 = arith.constant dense<0.0416657962> : vector<8xf32>
            %1305 = arith.addf %1303, %1304 fastmath<contract> : vector<8xf32>
            %1306 = arith.mulf %1305, %1295 fastmath<contract> : vector<8xf32>
            %1307 = arith.constant dense<0.166666657> : vector<8xf32>
            %1308 = arith.addf %1306, %1307 fastmath<contract> : vector<8xf32>
            %1309 = arith.mulf %1308, %1295 fastmath<contract> : vector<8xf32>
            %1310 = arith.constant dense<5.000000e-01> : vector<8xf32>
            %1311 = arith.addf %1309, %1310 fastmath<contract> : vector<8xf32>
            %1312 = arith.mulf %1295, %1295 fastmath<contract> : vector<8xf32>
            %1313 = arith.mulf %1311, %1312 fastmath<contract> : vector<8xf32>
            %1314 = arith.addf %1313, %1295 fastmath<contract> : vector<8xf32>
            %1315 = arith.constant dense<1.000000e+00> : vector<8xf32>
            %1316 = arith.addf %1314, %1315 fastmath<contract> : vector<8xf32>
            %1317 = arith.fptosi %1289 : vector<8xf32> to vector<8xi32>
            %1318 = arith.constant dense<23> : vector<8xi32>
            %1319 = arith.shli %1317, %1318 : vector<8xi32>
            %1320 = arith.bitcast %1316 : vector<8xf32> to vector<8xi32>
            %1321 = arith.addi %1320, %1319 : vector<8xi32>
            %1322 = arith.bitcast %1321 : vector<8xi32> to vector<8xf32>
            %1323 = arith.constant dense<-87.3365479> : vector<8xf32>
            %1324 = arith.constant dense<0.000000e+00> : vector<8xf32>
            %1325 = arith.cmpf olt, %1282, %1323 : vector<8xf32>
            %1326 = arith.select %1325, %1324, %1322 : vector<8xf32>
            %1327 = arith.constant dense<88.7228394> : vector<8xf32>
            %1328 = arith.constant dense<0x7f800000> : vector<8xf32>
            %1329 = arith.cmpf ogt, %1282, %1327 : vector<8xf32>
            %1330 = arith.select %1329, %1328, %1326 : vector<8xf32>
            %1331 = arith.cmpf uno, %1282, %1282 : vector<8xf32>
            %1332 = arith.select %1331, %1282, %1330 : vector<8xf32>
            %1333 = vector.extract %1332[0] : f32 from vector<8xf32>
            %1334 = vector.broadcast %1333 : f32 to vector<8xf32>
            %1335 = arith.muli %1241, %14 : index
            %1336 = arith.addi %1269, %1335 : index
            %1337 = arith.constant 132 : index
            %1338 = arith.addi %1269, %1337 : index
            %1339 = arith.addi %1338, %1241 : index
            %1340 = memref.load %8[%1339] : memref<4608xf32>
            %1341 = arith.mulf %1333, %1340 fastmath<nsz,arcp,afn> : f32
            %1342 = arith.addf %1262, %1341 fastmath<nsz,arcp,afn> : f32
            %1343 = vector.load %8[%1336] : memref<4608xf32>, vector<8xf32>
            %1344 = vector.fma %1334, %1343, %1263 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            %1345 = arith.addi %1336, %11 : index
            %1346 = vector.load %8[%1345] : memref<4608xf32>, vector<8xf32>
            %1347 = vector.fma %1334, %1346, %1264 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            %1348 = arith.constant 16 : index
            %1349 = arith.addi %1336, %1348 : index
            %1350 = vector.load %8[%1349] : memref<4608xf32>, vector<8xf32>
            %1351 = vector.fma %1334, %1350, %1265 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            %1352 = arith.constant 24 : index
            %1353 = arith.addi %1336, %1352 : index
            %1354 = vector.load %8[%1353] : memref<4608xf32>, vector<8xf32>
            %1355 = vector.fma %1334, %1354, %1266 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            scf.yield %1342, %1344, %1347, %1351, %1355 : f32, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %1356 = arith.cmpf ogt, %1256, %1254 : f32
          %1357 = arith.constant 1.000000e+00 : f32
          %1358 = arith.divf %1357, %1256 fastmath<nsz,arcp,afn> : f32
          %1359 = arith.select %1356, %1358, %1254 : f32
          %1360 = vector.broadcast %1359 : f32 to vector<8xf32>
          %1361 = arith.mulf %1257, %1360 fastmath<nsz,arcp,afn> : vector<8xf32>
          %1362 = arith.muli %1241, %14 : index
          %1363 = arith.addi %1239, %1362 : index
          vector.store %1361, %3[%1363] : memref<?xf32>, vector<8xf32>
          %1364 = arith.mulf %1258, %1360 fastmath<nsz,arcp,afn> : vector<8xf32>
          %1365 = arith.addi %1363, %11 : index
          vector.store %1364, %3[%1365] : memref<?xf32>, vector<8xf32>
          %1366 = arith.mulf %1259, %1360 fastmath<nsz,arcp,afn> : vector<8xf32>
          %1367 = arith.constant 16 : index
          %1368 = arith.addi %1363, %1367 : index
          vector.store %1366, %3[%1368] : memref<?xf32>, vector<8xf32>
          %1369 = arith.mulf %1260, %1360 fastmath<nsz,arcp,afn> : vector<8xf32>
          %1370 = arith.constant 24 : index
          %1371 = arith.addi %1363, %1370 : index
          vector.store %1369, %3[%1371] : memref<?xf32>, vector<8xf32>
        }
      }
    }
    func.return
  }
  func.func private @embed_h128_v1024_packed16_bf16(%0: memref<?xi32>, %1: memref<?xi16>, %2: memref<?xf32>, %3: index) attributes {rlx.kernel = {family = "embed", hidden = 128 : i64, vocab = 1024 : i64, packed = true, parallel_min_work = 524288 : i64, weight_format = "bf16"}} {
    %4 = arith.constant 2048 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 0 : index
    %7 = arith.constant 1 : index
    %8 = arith.constant 524288 : index
    %9 = arith.cmpi uge, %5, %8 : index
    rlx_cpu.parallel_if %9 {
      "scf.parallel"(%6, %3, %7) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%10: index):
        %11 = memref.load %0[%10] : memref<?xi32>
        %12 = arith.index_cast %11 : i32 to index
        %13 = arith.constant 1023 : index
        %14 = arith.minui %12, %13 : index
        %15 = arith.constant 16 : index
        %16 = arith.divui %14, %15 : index
        %17 = arith.muli %16, %4 : index
        %18 = arith.remui %14, %15 : index
        %19 = arith.constant 128 : index
        %20 = arith.muli %10, %19 : index
        scf.for %21 = %6 to %7 step %7 {
          %22 = arith.muli %21, %19 : index
          scf.for %23 = %6 to %19 step %7 {
            %24 = arith.addi %22, %23 : index
            %25 = arith.muli %24, %15 : index
            %26 = arith.addi %17, %25 : index
            %27 = arith.addi %26, %18 : index
            %28 = vector.load %1[%27] : memref<?xi16>, vector<1xi16>
            %29 = arith.extui %28 : vector<1xi16> to vector<1xi32>
            %30 = arith.constant dense<16> : vector<1xi32>
            %31 = arith.shli %29, %30 : vector<1xi32>
            %32 = arith.bitcast %31 : vector<1xi32> to vector<1xf32>
            %33 = vector.extract %32[0] : f32 from vector<1xf32>
            %34 = arith.addi %20, %24 : index
            memref.store %33, %2[%34] : memref<?xf32>
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @gather_last_h128(%0: memref<?xf32>, %1: memref<?xf32>, %2: index, %3: index) attributes {rlx.kernel = {family = "gather_last", hidden = 128 : i64}} {
    %4 = arith.constant 0 : index
    %5 = arith.constant 1 : index
    scf.for %6 = %4 to %2 step %5 {
      %7 = arith.addi %6, %5 : index
      %8 = arith.muli %7, %3 : index
      %9 = arith.subi %8, %5 : index
      %10 = arith.constant 128 : index
      %11 = arith.muli %9, %10 : index
      %12 = arith.muli %6, %10 : index
      %13 = arith.constant 8 : index
      scf.for %14 = %4 to %10 step %13 {
        %15 = arith.addi %11, %14 : index
        %16 = vector.load %0[%15] : memref<?xf32>, vector<8xf32>
        %17 = arith.addi %12, %14 : index
        vector.store %16, %1[%17] : memref<?xf32>, vector<8xf32>
      }
    }
    func.return
  }
  func.func private @kv_write_d64(%0: memref<?xf32>, %1: memref<?xf32>, %2: index, %3: index, %4: index, %5: index) attributes {rlx.kernel = {family = "kv_write", dim = 64 : i64, parallel_min_work = 524288 : i64}} {
    %6 = arith.muli %2, %3 : index
    %7 = arith.constant 64 : index
    %8 = arith.muli %6, %7 : index
    %9 = arith.constant 0 : index
    %10 = arith.constant 1 : index
    %11 = arith.constant 524288 : index
    %12 = arith.cmpi uge, %8, %11 : index
    rlx_cpu.parallel_if %12 {
      "scf.parallel"(%9, %6, %10) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%13: index):
        %14 = arith.divui %13, %3 : index
        %15 = arith.remui %13, %3 : index
        %16 = arith.muli %13, %7 : index
        %17 = arith.muli %14, %5 : index
        %18 = arith.addi %17, %4 : index
        %19 = arith.addi %18, %15 : index
        %20 = arith.muli %19, %7 : index
        %21 = arith.constant 8 : index
        scf.for %22 = %9 to %7 step %21 {
          %23 = arith.addi %16, %22 : index
          %24 = vector.load %0[%23] : memref<?xf32>, vector<8xf32>
          %25 = arith.addi %20, %22 : index
          vector.store %24, %1[%25] : memref<?xf32>, vector<8xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @linear_k128_n1024_bf16(%0: memref<?xf32>, %1: memref<?xi16>, %2: memref<?xf32>, %3: index) attributes {rlx.kernel = {family = "linear", k = 128 : i64, ns = array<i64: 1024>, rows = 8 : i64, paired = true, lanes = 16 : i64, kunroll = 2 : i64, panel_rows = 992 : i64, tile_group = 4 : i64, parallel_min_work = 524288 : i64, weight_format = "bf16", stage = true, tail_rows = array<i64: 4, 2>, block_chains = 8 : i64, block_prefetch = "l1_ahead", prefetch_steps = 16 : i64}} {
    %4 = arith.constant 131072 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 8 : index
    %7 = arith.cmpi ult, %3, %6 : index
    %8 = arith.constant 1 : index
    %9 = arith.constant 4 : index
    %10 = arith.select %7, %8, %9 : index
    %11 = arith.constant 31 : index
    %12 = arith.divui %11, %10 : index
    %13 = arith.addi %12, %8 : index
    %14 = arith.constant 991 : index
    %15 = arith.addi %3, %14 : index
    %16 = arith.constant 992 : index
    %17 = arith.divui %15, %16 : index
    %18 = arith.muli %17, %13 : index
    %19 = arith.constant 0 : index
    %20 = arith.constant 524288 : index
    %21 = arith.cmpi uge, %5, %20 : index
    rlx_cpu.parallel_if %21 {
      "scf.parallel"(%19, %18, %8) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%22: index):
        %23 = arith.divui %22, %17 : index
        %24 = arith.remui %22, %17 : index
        %25 = arith.muli %24, %16 : index
        %26 = arith.addi %25, %16 : index
        %27 = arith.minui %26, %3 : index
        %28 = arith.subi %27, %25 : index
        %29 = arith.divui %28, %6 : index
        %30 = arith.muli %29, %6 : index
        %31 = arith.addi %25, %30 : index
        %32 = arith.muli %23, %10 : index
        %33 = arith.addi %32, %10 : index
        %34 = arith.constant 32 : index
        %35 = arith.minui %33, %34 : index
        scf.for %36 = %32 to %35 step %8 {
          %37 = arith.constant 2 : index
          %38 = arith.cmpi uge, %28, %37 : index
          scf.if %38 {
            %39 = arith.muli %36, %37 : index
            %40 = arith.addi %39, %8 : index
            %41 = arith.constant 2048 : index
            %42 = arith.muli %39, %41 : index
            %43 = arith.muli %40, %41 : index
            %44 = memref.alloca() : memref<4096xf32>
            %45 = arith.constant 128 : index
            scf.for %46 = %19 to %45 step %8 {
              scf.for %47 = %19 to %8 step %8 {
                %48 = arith.addi %46, %47 : index
                %49 = arith.constant 16 : index
                %50 = arith.muli %48, %49 : index
                %51 = arith.addi %42, %50 : index
                %52 = vector.load %1[%51] : memref<?xi16>, vector<16xi16>
                %53 = arith.extui %52 : vector<16xi16> to vector<16xi32>
                %54 = arith.constant dense<16> : vector<16xi32>
                %55 = arith.shli %53, %54 : vector<16xi32>
                %56 = arith.bitcast %55 : vector<16xi32> to vector<16xf32>
                vector.store %56, %44[%50] : memref<4096xf32>, vector<16xf32>
              }
            }
            scf.for %57 = %19 to %45 step %8 {
              scf.for %58 = %19 to %8 step %8 {
                %59 = arith.addi %57, %58 : index
                %60 = arith.constant 16 : index
                %61 = arith.muli %59, %60 : index
                %62 = arith.addi %43, %61 : index
                %63 = vector.load %1[%62] : memref<?xi16>, vector<16xi16>
                %64 = arith.extui %63 : vector<16xi16> to vector<16xi32>
                %65 = arith.constant dense<16> : vector<16xi32>
                %66 = arith.shli %64, %65 : vector<16xi32>
                %67 = arith.bitcast %66 : vector<16xi32> to vector<16xf32>
                %68 = arith.addi %41, %61 : index
                vector.store %67, %44[%68] : memref<4096xf32>, vector<16xf32>
              }
            }
            scf.for %69 = %25 to %31 step %6 {
              %70 = arith.addi %69, %8 : index
              %71 = arith.addi %69, %37 : index
              %72 = arith.constant 3 : index
              %73 = arith.addi %69, %72 : index
              %74 = arith.addi %69, %9 : index
              %75 = arith.constant 5 : index
              %76 = arith.addi %69, %75 : index
              %77 = arith.constant 6 : index
              %78 = arith.addi %69, %77 : index
              %79 = arith.constant 7 : index
              %80 = arith.addi %69, %79 : index
              %81 = arith.muli %69, %45 : index
              %82 = arith.addi %81, %45 : index
              %83 = arith.constant 256 : index
              %84 = arith.addi %81, %83 : index
              %85 = arith.constant 384 : index
              %86 = arith.addi %81, %85 : index
              %87 = arith.constant 512 : index
              %88 = arith.addi %81, %87 : index
              %89 = arith.constant 640 : index
              %90 = arith.addi %81, %89 : index
              %91 = arith.constant 768 : index
              %92 = arith.addi %81, %91 : index
              %93 = arith.constant 896 : index
              %94 = arith.addi %81, %93 : index
              %95 = arith.constant 0.000000e+00 : f32
              %96 = vector.broadcast %95 : f32 to vector<16xf32>
              %97, %98, %99, %100, %101, %102, %103, %104, %105, %106, %107, %108, %109, %110, %111, %112 = scf.for %113 = %19 to %45 step %8 iter_args(%114 = %96, %115 = %96, %116 = %96, %117 = %96, %118 = %96, %119 = %96, %120 = %96, %121 = %96, %122 = %96, %123 = %96, %124 = %96, %125 = %96, %126 = %96, %127 = %96, %128 = %96, %129 = %96) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %130 = arith.constant 16 : index
                %131 = arith.muli %113, %130 : index
                %132 = vector.load %44[%131] : memref<4096xf32>, vector<16xf32>
                %133 = arith.addi %41, %131 : index
                %134 = vector.load %44[%133] : memref<4096xf32>, vector<16xf32>
                %135 = arith.addi %131, %83 : index
                rlx_cpu.prefetch %44[%135] {cache = "l1"} : memref<4096xf32>
                %136 = arith.addi %133, %83 : index
                rlx_cpu.prefetch %44[%136] {cache = "l1"} : memref<4096xf32>
                %137 = arith.addi %81, %113 : index
                %138 = memref.load %0[%137] : memref<?xf32>
                %139 = vector.broadcast %138 : f32 to vector<16xf32>
                %140 = vector.fma %139, %132, %114 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %141 = vector.fma %139, %134, %115 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %142 = arith.addi %82, %113 : index
                %143 = memref.load %0[%142] : memref<?xf32>
                %144 = vector.broadcast %143 : f32 to vector<16xf32>
                %145 = vector.fma %144, %132, %116 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %146 = vector.fma %144, %134, %117 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %147 = arith.addi %84, %113 : index
                %148 = memref.load %0[%147] : memref<?xf32>
                %149 = vector.broadcast %148 : f32 to vector<16xf32>
                %150 = vector.fma %149, %132, %118 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %151 = vector.fma %149, %134, %119 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %152 = arith.addi %86, %113 : index
                %153 = memref.load %0[%152] : memref<?xf32>
                %154 = vector.broadcast %153 : f32 to vector<16xf32>
                %155 = vector.fma %154, %132, %120 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %156 = vector.fma %154, %134, %121 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %157 = arith.addi %88, %113 : index
                %158 = memref.load %0[%157] : memref<?xf32>
                %159 = vector.broadcast %158 : f32 to vector<16xf32>
                %160 = vector.fma %159, %132, %122 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %161 = vector.fma %159, %134, %123 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %162 = arith.addi %90, %113 : index
                %163 = memref.load %0[%162] : memref<?xf32>
                %164 = vector.broadcast %163 : f32 to vector<16xf32>
                %165 = vector.fma %164, %132, %124 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %166 = vector.fma %164, %134, %125 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %167 = arith.addi %92, %113 : index
                %168 = memref.load %0[%167] : memref<?xf32>
                %169 = vector.broadcast %168 : f32 to vector<16xf32>
                %170 = vector.fma %169, %132, %126 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %171 = vector.fma %169, %134, %127 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %172 = arith.addi %94, %113 : index
                %173 = memref.load %0[%172] : memref<?xf32>
                %174 = vector.broadcast %173 : f32 to vector<16xf32>
                %175 = vector.fma %174, %132, %128 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %176 = vector.fma %174, %134, %129 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %140, %141, %145, %146, %150, %151, %155, %156, %160, %161, %165, %166, %170, %171, %175, %176 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %177 = arith.constant 16 : index
              %178 = arith.muli %39, %177 : index
              %179 = arith.constant 1024 : index
              %180 = arith.muli %69, %179 : index
              %181 = arith.addi %180, %178 : index
              vector.store %97, %2[%181] : memref<?xf32>, vector<16xf32>
              %182 = arith.muli %40, %177 : index
              %183 = arith.addi %180, %182 : index
              vector.store %98, %2[%183] : memref<?xf32>, vector<16xf32>
              %184 = arith.muli %70, %179 : index
              %185 = arith.addi %184, %178 : index
              vector.store %99, %2[%185] : memref<?xf32>, vector<16xf32>
              %186 = arith.addi %184, %182 : index
              vector.store %100, %2[%186] : memref<?xf32>, vector<16xf32>
              %187 = arith.muli %71, %179 : index
              %188 = arith.addi %187, %178 : index
              vector.store %101, %2[%188] : memref<?xf32>, vector<16xf32>
              %189 = arith.addi %187, %182 : index
              vector.store %102, %2[%189] : memref<?xf32>, vector<16xf32>
              %190 = arith.muli %73, %179 : index
              %191 = arith.addi %190, %178 : index
              vector.store %103, %2[%191] : memref<?xf32>, vector<16xf32>
              %192 = arith.addi %190, %182 : index
              vector.store %104, %2[%192] : memref<?xf32>, vector<16xf32>
              %193 = arith.muli %74, %179 : index
              %194 = arith.addi %193, %178 : index
              vector.store %105, %2[%194] : memref<?xf32>, vector<16xf32>
              %195 = arith.addi %193, %182 : index
              vector.store %106, %2[%195] : memref<?xf32>, vector<16xf32>
              %196 = arith.muli %76, %179 : index
              %197 = arith.addi %196, %178 : index
              vector.store %107, %2[%197] : memref<?xf32>, vector<16xf32>
              %198 = arith.addi %196, %182 : index
              vector.store %108, %2[%198] : memref<?xf32>, vector<16xf32>
              %199 = arith.muli %78, %179 : index
              %200 = arith.addi %199, %178 : index
              vector.store %109, %2[%200] : memref<?xf32>, vector<16xf32>
              %201 = arith.addi %199, %182 : index
              vector.store %110, %2[%201] : memref<?xf32>, vector<16xf32>
              %202 = arith.muli %80, %179 : index
              %203 = arith.addi %202, %178 : index
              vector.store %111, %2[%203] : memref<?xf32>, vector<16xf32>
              %204 = arith.addi %202, %182 : index
              vector.store %112, %2[%204] : memref<?xf32>, vector<16xf32>
            }
            %205 = arith.subi %27, %31 : index
            %206 = arith.divui %205, %9 : index
            %207 = arith.muli %206, %9 : index
            %208 = arith.addi %31, %207 : index
            scf.for %209 = %31 to %208 step %9 {
              %210 = arith.addi %209, %8 : index
              %211 = arith.addi %209, %37 : index
              %212 = arith.constant 3 : index
              %213 = arith.addi %209, %212 : index
              %214 = arith.muli %209, %45 : index
              %215 = arith.addi %214, %45 : index
              %216 = arith.constant 256 : index
              %217 = arith.addi %214, %216 : index
              %218 = arith.constant 384 : index
              %219 = arith.addi %214, %218 : index
              %220 = arith.constant 0.000000e+00 : f32
              %221 = vector.broadcast %220 : f32 to vector<16xf32>
              %222, %223, %224, %225, %226, %227, %228, %229 = scf.for %230 = %19 to %45 step %8 iter_args(%231 = %221, %232 = %221, %233 = %221, %234 = %221, %235 = %221, %236 = %221, %237 = %221, %238 = %221) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %239 = arith.constant 16 : index
                %240 = arith.muli %230, %239 : index
                %241 = vector.load %44[%240] : memref<4096xf32>, vector<16xf32>
                %242 = arith.addi %41, %240 : index
                %243 = vector.load %44[%242] : memref<4096xf32>, vector<16xf32>
                %244 = arith.addi %240, %216 : index
                rlx_cpu.prefetch %44[%244] {cache = "l1"} : memref<4096xf32>
                %245 = arith.addi %242, %216 : index
                rlx_cpu.prefetch %44[%245] {cache = "l1"} : memref<4096xf32>
                %246 = arith.addi %214, %230 : index
                %247 = memref.load %0[%246] : memref<?xf32>
                %248 = vector.broadcast %247 : f32 to vector<16xf32>
                %249 = vector.fma %248, %241, %231 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %250 = vector.fma %248, %243, %232 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %251 = arith.addi %215, %230 : index
                %252 = memref.load %0[%251] : memref<?xf32>
                %253 = vector.broadcast %252 : f32 to vector<16xf32>
                %254 = vector.fma %253, %241, %233 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %255 = vector.fma %253, %243, %234 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %256 = arith.addi %217, %230 : index
                %257 = memref.load %0[%256] : memref<?xf32>
                %258 = vector.broadcast %257 : f32 to vector<16xf32>
                %259 = vector.fma %258, %241, %235 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %260 = vector.fma %258, %243, %236 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %261 = arith.addi %219, %230 : index
                %262 = memref.load %0[%261] : memref<?xf32>
                %263 = vector.broadcast %262 : f32 to vector<16xf32>
                %264 = vector.fma %263, %241, %237 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %265 = vector.fma %263, %243, %238 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %249, %250, %254, %255, %259, %260, %264, %265 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %266 = arith.constant 16 : index
              %267 = arith.muli %39, %266 : index
              %268 = arith.constant 1024 : index
              %269 = arith.muli %209, %268 : index
              %270 = arith.addi %269, %267 : index
              vector.store %222, %2[%270] : memref<?xf32>, vector<16xf32>
              %271 = arith.muli %40, %266 : index
              %272 = arith.addi %269, %271 : index
              vector.store %223, %2[%272] : memref<?xf32>, vector<16xf32>
              %273 = arith.muli %210, %268 : index
              %274 = arith.addi %273, %267 : index
              vector.store %224, %2[%274] : memref<?xf32>, vector<16xf32>
              %275 = arith.addi %273, %271 : index
              vector.store %225, %2[%275] : memref<?xf32>, vector<16xf32>
              %276 = arith.muli %211, %268 : index
              %277 = arith.addi %276, %267 : index
              vector.store %226, %2[%277] : memref<?xf32>, vector<16xf32>
              %278 = arith.addi %276, %271 : index
              vector.store %227, %2[%278] : memref<?xf32>, vector<16xf32>
              %279 = arith.muli %213, %268 : index
              %280 = arith.addi %279, %267 : index
              vector.store %228, %2[%280] : memref<?xf32>, vector<16xf32>
              %281 = arith.addi %279, %271 : index
              vector.store %229, %2[%281] : memref<?xf32>, vector<16xf32>
            }
            %282 = arith.subi %27, %208 : index
            %283 = arith.divui %282, %37 : index
            %284 = arith.muli %283, %37 : index
            %285 = arith.addi %208, %284 : index
            scf.for %286 = %208 to %285 step %37 {
              %287 = arith.addi %286, %8 : index
              %288 = arith.muli %286, %45 : index
              %289 = arith.addi %288, %45 : index
              %290 = arith.constant 0.000000e+00 : f32
              %291 = vector.broadcast %290 : f32 to vector<16xf32>
              %292, %293, %294, %295, %296, %297, %298, %299 = scf.for %300 = %19 to %45 step %37 iter_args(%301 = %291, %302 = %291, %303 = %291, %304 = %291, %305 = %291, %306 = %291, %307 = %291, %308 = %291) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %309 = arith.constant 16 : index
                %310 = arith.muli %300, %309 : index
                %311 = vector.load %44[%310] : memref<4096xf32>, vector<16xf32>
                %312 = arith.addi %41, %310 : index
                %313 = vector.load %44[%312] : memref<4096xf32>, vector<16xf32>
                %314 = arith.constant 256 : index
                %315 = arith.addi %310, %314 : index
                rlx_cpu.prefetch %44[%315] {cache = "l1"} : memref<4096xf32>
                %316 = arith.addi %312, %314 : index
                rlx_cpu.prefetch %44[%316] {cache = "l1"} : memref<4096xf32>
                %317 = arith.addi %288, %300 : index
                %318 = memref.load %0[%317] : memref<?xf32>
                %319 = vector.broadcast %318 : f32 to vector<16xf32>
                %320 = vector.fma %319, %311, %301 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %321 = vector.fma %319, %313, %302 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %322 = arith.addi %289, %300 : index
                %323 = memref.load %0[%322] : memref<?xf32>
                %324 = vector.broadcast %323 : f32 to vector<16xf32>
                %325 = vector.fma %324, %311, %303 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %326 = vector.fma %324, %313, %304 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %327 = arith.addi %300, %8 : index
                %328 = arith.muli %327, %309 : index
                %329 = vector.load %44[%328] : memref<4096xf32>, vector<16xf32>
                %330 = arith.addi %41, %328 : index
                %331 = vector.load %44[%330] : memref<4096xf32>, vector<16xf32>
                %332 = arith.addi %328, %314 : index
                rlx_cpu.prefetch %44[%332] {cache = "l1"} : memref<4096xf32>
                %333 = arith.addi %330, %314 : index
                rlx_cpu.prefetch %44[%333] {cache = "l1"} : memref<4096xf32>
                %334 = arith.addi %288, %327 : index
                %335 = memref.load %0[%334] : memref<?xf32>
                %336 = vector.broadcast %335 : f32 to vector<16xf32>
                %337 = vector.fma %336, %329, %305 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %338 = vector.fma %336, %331, %306 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %339 = arith.addi %289, %327 : index
                %340 = memref.load %0[%339] : memref<?xf32>
                %341 = vector.broadcast %340 : f32 to vector<16xf32>
                %342 = vector.fma %341, %329, %307 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %343 = vector.fma %341, %331, %308 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %320, %321, %325, %326, %337, %338, %342, %343 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %344 = arith.addf %292, %296 fastmath<nsz,arcp,afn> : vector<16xf32>
              %345 = arith.addf %293, %297 fastmath<nsz,arcp,afn> : vector<16xf32>
              %346 = arith.addf %294, %298 fastmath<nsz,arcp,afn> : vector<16xf32>
              %347 = arith.addf %295, %299 fastmath<nsz,arcp,afn> : vector<16xf32>
              %348 = arith.constant 16 : index
              %349 = arith.muli %39, %348 : index
              %350 = arith.constant 1024 : index
              %351 = arith.muli %286, %350 : index
              %352 = arith.addi %351, %349 : index
              vector.store %344, %2[%352] : memref<?xf32>, vector<16xf32>
              %353 = arith.muli %40, %348 : index
              %354 = arith.addi %351, %353 : index
              vector.store %345, %2[%354] : memref<?xf32>, vector<16xf32>
              %355 = arith.muli %287, %350 : index
              %356 = arith.addi %355, %349 : index
              vector.store %346, %2[%356] : memref<?xf32>, vector<16xf32>
              %357 = arith.addi %355, %353 : index
              vector.store %347, %2[%357] : memref<?xf32>, vector<16xf32>
            }
            scf.for %358 = %285 to %27 step %8 {
              %359 = arith.muli %358, %45 : index
              %360 = arith.constant 0.000000e+00 : f32
              %361 = vector.broadcast %360 : f32 to vector<16xf32>
              %362, %363, %364, %365 = scf.for %366 = %19 to %45 step %37 iter_args(%367 = %361, %368 = %361, %369 = %361, %370 = %361) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %371 = arith.constant 16 : index
                %372 = arith.muli %366, %371 : index
                %373 = vector.load %44[%372] : memref<4096xf32>, vector<16xf32>
                %374 = arith.addi %41, %372 : index
                %375 = vector.load %44[%374] : memref<4096xf32>, vector<16xf32>
                %376 = arith.addi %359, %366 : index
                %377 = memref.load %0[%376] : memref<?xf32>
                %378 = vector.broadcast %377 : f32 to vector<16xf32>
                %379 = vector.fma %378, %373, %367 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %380 = vector.fma %378, %375, %368 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %381 = arith.addi %366, %8 : index
                %382 = arith.muli %381, %371 : index
                %383 = vector.load %44[%382] : memref<4096xf32>, vector<16xf32>
                %384 = arith.addi %41, %382 : index
                %385 = vector.load %44[%384] : memref<4096xf32>, vector<16xf32>
                %386 = arith.addi %359, %381 : index
                %387 = memref.load %0[%386] : memref<?xf32>
                %388 = vector.broadcast %387 : f32 to vector<16xf32>
                %389 = vector.fma %388, %383, %369 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %390 = vector.fma %388, %385, %370 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %379, %380, %389, %390 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %391 = arith.addf %362, %364 fastmath<nsz,arcp,afn> : vector<16xf32>
              %392 = arith.addf %363, %365 fastmath<nsz,arcp,afn> : vector<16xf32>
              %393 = arith.constant 16 : index
              %394 = arith.muli %39, %393 : index
              %395 = arith.constant 1024 : index
              %396 = arith.muli %358, %395 : index
              %397 = arith.addi %396, %394 : index
              vector.store %391, %2[%397] : memref<?xf32>, vector<16xf32>
              %398 = arith.muli %40, %393 : index
              %399 = arith.addi %396, %398 : index
              vector.store %392, %2[%399] : memref<?xf32>, vector<16xf32>
            }
          } else {
            %400 = arith.muli %36, %37 : index
            %401 = arith.addi %400, %8 : index
            %402 = arith.constant 2048 : index
            %403 = arith.muli %400, %402 : index
            %404 = arith.muli %401, %402 : index
            scf.for %405 = %25 to %27 step %8 {
              %406 = arith.constant 128 : index
              %407 = arith.muli %405, %406 : index
              %408 = arith.constant 0.000000e+00 : f32
              %409 = vector.broadcast %408 : f32 to vector<16xf32>
              %410, %411, %412, %413 = scf.for %414 = %19 to %406 step %37 iter_args(%415 = %409, %416 = %409, %417 = %409, %418 = %409) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %419 = arith.constant 16 : index
                %420 = arith.muli %414, %419 : index
                %421 = arith.addi %403, %420 : index
                %422 = vector.load %1[%421] : memref<?xi16>, vector<16xi16>
                %423 = arith.extui %422 : vector<16xi16> to vector<16xi32>
                %424 = arith.constant dense<16> : vector<16xi32>
                %425 = arith.shli %423, %424 : vector<16xi32>
                %426 = arith.bitcast %425 : vector<16xi32> to vector<16xf32>
                %427 = arith.addi %404, %420 : index
                %428 = vector.load %1[%427] : memref<?xi16>, vector<16xi16>
                %429 = arith.extui %428 : vector<16xi16> to vector<16xi32>
                %430 = arith.shli %429, %424 : vector<16xi32>
                %431 = arith.bitcast %430 : vector<16xi32> to vector<16xf32>
                %432 = arith.addi %407, %414 : index
                %433 = memref.load %0[%432] : memref<?xf32>
                %434 = vector.broadcast %433 : f32 to vector<16xf32>
                %435 = vector.fma %434, %426, %415 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %436 = vector.fma %434, %431, %416 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %437 = arith.addi %414, %8 : index
                %438 = arith.muli %437, %419 : index
                %439 = arith.addi %403, %438 : index
                %440 = vector.load %1[%439] : memref<?xi16>, vector<16xi16>
                %441 = arith.extui %440 : vector<16xi16> to vector<16xi32>
                %442 = arith.shli %441, %424 : vector<16xi32>
                %443 = arith.bitcast %442 : vector<16xi32> to vector<16xf32>
                %444 = arith.addi %404, %438 : index
                %445 = vector.load %1[%444] : memref<?xi16>, vector<16xi16>
                %446 = arith.extui %445 : vector<16xi16> to vector<16xi32>
                %447 = arith.shli %446, %424 : vector<16xi32>
                %448 = arith.bitcast %447 : vector<16xi32> to vector<16xf32>
                %449 = arith.addi %407, %437 : index
                %450 = memref.load %0[%449] : memref<?xf32>
                %451 = vector.broadcast %450 : f32 to vector<16xf32>
                %452 = vector.fma %451, %443, %417 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %453 = vector.fma %451, %448, %418 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %435, %436, %452, %453 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %454 = arith.addf %410, %412 fastmath<nsz,arcp,afn> : vector<16xf32>
              %455 = arith.addf %411, %413 fastmath<nsz,arcp,afn> : vector<16xf32>
              %456 = arith.constant 16 : index
              %457 = arith.muli %400, %456 : index
              %458 = arith.constant 1024 : index
              %459 = arith.muli %405, %458 : index
              %460 = arith.addi %459, %457 : index
              vector.store %454, %2[%460] : memref<?xf32>, vector<16xf32>
              %461 = arith.muli %401, %456 : index
              %462 = arith.addi %459, %461 : index
              vector.store %455, %2[%462] : memref<?xf32>, vector<16xf32>
            }
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @linear_k128_n128_bf16(%0: memref<?xf32>, %1: memref<?xi16>, %2: memref<?xf32>, %3: index) attributes {rlx.kernel = {family = "linear", k = 128 : i64, ns = array<i64: 128>, rows = 8 : i64, paired = true, lanes = 16 : i64, kunroll = 2 : i64, panel_rows = 992 : i64, tile_group = 1 : i64, parallel_min_work = 524288 : i64, weight_format = "bf16", stage = true, tail_rows = array<i64: 4, 2>, block_chains = 8 : i64, block_prefetch = "l1_ahead", prefetch_steps = 16 : i64}} {
    %4 = arith.constant 16384 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 991 : index
    %7 = arith.addi %3, %6 : index
    %8 = arith.constant 992 : index
    %9 = arith.divui %7, %8 : index
    %10 = arith.constant 4 : index
    %11 = arith.muli %9, %10 : index
    %12 = arith.constant 0 : index
    %13 = arith.constant 1 : index
    %14 = arith.constant 524288 : index
    %15 = arith.cmpi uge, %5, %14 : index
    rlx_cpu.parallel_if %15 {
      "scf.parallel"(%12, %11, %13) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%16: index):
        %17 = arith.divui %16, %9 : index
        %18 = arith.remui %16, %9 : index
        %19 = arith.muli %18, %8 : index
        %20 = arith.addi %19, %8 : index
        %21 = arith.minui %20, %3 : index
        %22 = arith.subi %21, %19 : index
        %23 = arith.constant 8 : index
        %24 = arith.divui %22, %23 : index
        %25 = arith.muli %24, %23 : index
        %26 = arith.addi %19, %25 : index
        %27 = arith.addi %17, %13 : index
        scf.for %28 = %17 to %27 step %13 {
          %29 = arith.constant 2 : index
          %30 = arith.cmpi uge, %22, %29 : index
          scf.if %30 {
            %31 = arith.muli %28, %29 : index
            %32 = arith.addi %31, %13 : index
            %33 = arith.constant 2048 : index
            %34 = arith.muli %31, %33 : index
            %35 = arith.muli %32, %33 : index
            %36 = memref.alloca() : memref<4096xf32>
            %37 = arith.constant 128 : index
            scf.for %38 = %12 to %37 step %13 {
              scf.for %39 = %12 to %13 step %13 {
                %40 = arith.addi %38, %39 : index
                %41 = arith.constant 16 : index
                %42 = arith.muli %40, %41 : index
                %43 = arith.addi %34, %42 : index
                %44 = vector.load %1[%43] : memref<?xi16>, vector<16xi16>
                %45 = arith.extui %44 : vector<16xi16> to vector<16xi32>
                %46 = arith.constant dense<16> : vector<16xi32>
                %47 = arith.shli %45, %46 : vector<16xi32>
                %48 = arith.bitcast %47 : vector<16xi32> to vector<16xf32>
                vector.store %48, %36[%42] : memref<4096xf32>, vector<16xf32>
              }
            }
            scf.for %49 = %12 to %37 step %13 {
              scf.for %50 = %12 to %13 step %13 {
                %51 = arith.addi %49, %50 : index
                %52 = arith.constant 16 : index
                %53 = arith.muli %51, %52 : index
                %54 = arith.addi %35, %53 : index
                %55 = vector.load %1[%54] : memref<?xi16>, vector<16xi16>
                %56 = arith.extui %55 : vector<16xi16> to vector<16xi32>
                %57 = arith.constant dense<16> : vector<16xi32>
                %58 = arith.shli %56, %57 : vector<16xi32>
                %59 = arith.bitcast %58 : vector<16xi32> to vector<16xf32>
                %60 = arith.addi %33, %53 : index
                vector.store %59, %36[%60] : memref<4096xf32>, vector<16xf32>
              }
            }
            scf.for %61 = %19 to %26 step %23 {
              %62 = arith.addi %61, %13 : index
              %63 = arith.addi %61, %29 : index
              %64 = arith.constant 3 : index
              %65 = arith.addi %61, %64 : index
              %66 = arith.addi %61, %10 : index
              %67 = arith.constant 5 : index
              %68 = arith.addi %61, %67 : index
              %69 = arith.constant 6 : index
              %70 = arith.addi %61, %69 : index
              %71 = arith.constant 7 : index
              %72 = arith.addi %61, %71 : index
              %73 = arith.muli %61, %37 : index
              %74 = arith.addi %73, %37 : index
              %75 = arith.constant 256 : index
              %76 = arith.addi %73, %75 : index
              %77 = arith.constant 384 : index
              %78 = arith.addi %73, %77 : index
              %79 = arith.constant 512 : index
              %80 = arith.addi %73, %79 : index
              %81 = arith.constant 640 : index
              %82 = arith.addi %73, %81 : index
              %83 = arith.constant 768 : index
              %84 = arith.addi %73, %83 : index
              %85 = arith.constant 896 : index
              %86 = arith.addi %73, %85 : index
              %87 = arith.constant 0.000000e+00 : f32
              %88 = vector.broadcast %87 : f32 to vector<16xf32>
              %89, %90, %91, %92, %93, %94, %95, %96, %97, %98, %99, %100, %101, %102, %103, %104 = scf.for %105 = %12 to %37 step %13 iter_args(%106 = %88, %107 = %88, %108 = %88, %109 = %88, %110 = %88, %111 = %88, %112 = %88, %113 = %88, %114 = %88, %115 = %88, %116 = %88, %117 = %88, %118 = %88, %119 = %88, %120 = %88, %121 = %88) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %122 = arith.constant 16 : index
                %123 = arith.muli %105, %122 : index
                %124 = vector.load %36[%123] : memref<4096xf32>, vector<16xf32>
                %125 = arith.addi %33, %123 : index
                %126 = vector.load %36[%125] : memref<4096xf32>, vector<16xf32>
                %127 = arith.addi %123, %75 : index
                rlx_cpu.prefetch %36[%127] {cache = "l1"} : memref<4096xf32>
                %128 = arith.addi %125, %75 : index
                rlx_cpu.prefetch %36[%128] {cache = "l1"} : memref<4096xf32>
                %129 = arith.addi %73, %105 : index
                %130 = memref.load %0[%129] : memref<?xf32>
                %131 = vector.broadcast %130 : f32 to vector<16xf32>
                %132 = vector.fma %131, %124, %106 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %133 = vector.fma %131, %126, %107 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %134 = arith.addi %74, %105 : index
                %135 = memref.load %0[%134] : memref<?xf32>
                %136 = vector.broadcast %135 : f32 to vector<16xf32>
                %137 = vector.fma %136, %124, %108 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %138 = vector.fma %136, %126, %109 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %139 = arith.addi %76, %105 : index
                %140 = memref.load %0[%139] : memref<?xf32>
                %141 = vector.broadcast %140 : f32 to vector<16xf32>
                %142 = vector.fma %141, %124, %110 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %143 = vector.fma %141, %126, %111 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %144 = arith.addi %78, %105 : index
                %145 = memref.load %0[%144] : memref<?xf32>
                %146 = vector.broadcast %145 : f32 to vector<16xf32>
                %147 = vector.fma %146, %124, %112 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %148 = vector.fma %146, %126, %113 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %149 = arith.addi %80, %105 : index
                %150 = memref.load %0[%149] : memref<?xf32>
                %151 = vector.broadcast %150 : f32 to vector<16xf32>
                %152 = vector.fma %151, %124, %114 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %153 = vector.fma %151, %126, %115 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %154 = arith.addi %82, %105 : index
                %155 = memref.load %0[%154] : memref<?xf32>
                %156 = vector.broadcast %155 : f32 to vector<16xf32>
                %157 = vector.fma %156, %124, %116 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %158 = vector.fma %156, %126, %117 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %159 = arith.addi %84, %105 : index
                %160 = memref.load %0[%159] : memref<?xf32>
                %161 = vector.broadcast %160 : f32 to vector<16xf32>
                %162 = vector.fma %161, %124, %118 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %163 = vector.fma %161, %126, %119 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %164 = arith.addi %86, %105 : index
                %165 = memref.load %0[%164] : memref<?xf32>
                %166 = vector.broadcast %165 : f32 to vector<16xf32>
                %167 = vector.fma %166, %124, %120 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %168 = vector.fma %166, %126, %121 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %132, %133, %137, %138, %142, %143, %147, %148, %152, %153, %157, %158, %162, %163, %167, %168 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %169 = arith.constant 16 : index
              %170 = arith.muli %31, %169 : index
              %171 = arith.addi %73, %170 : index
              vector.store %89, %2[%171] : memref<?xf32>, vector<16xf32>
              %172 = arith.muli %32, %169 : index
              %173 = arith.addi %73, %172 : index
              vector.store %90, %2[%173] : memref<?xf32>, vector<16xf32>
              %174 = arith.muli %62, %37 : index
              %175 = arith.addi %174, %170 : index
              vector.store %91, %2[%175] : memref<?xf32>, vector<16xf32>
              %176 = arith.addi %174, %172 : index
              vector.store %92, %2[%176] : memref<?xf32>, vector<16xf32>
              %177 = arith.muli %63, %37 : index
              %178 = arith.addi %177, %170 : index
              vector.store %93, %2[%178] : memref<?xf32>, vector<16xf32>
              %179 = arith.addi %177, %172 : index
              vector.store %94, %2[%179] : memref<?xf32>, vector<16xf32>
              %180 = arith.muli %65, %37 : index
              %181 = arith.addi %180, %170 : index
              vector.store %95, %2[%181] : memref<?xf32>, vector<16xf32>
              %182 = arith.addi %180, %172 : index
              vector.store %96, %2[%182] : memref<?xf32>, vector<16xf32>
              %183 = arith.muli %66, %37 : index
              %184 = arith.addi %183, %170 : index
              vector.store %97, %2[%184] : memref<?xf32>, vector<16xf32>
              %185 = arith.addi %183, %172 : index
              vector.store %98, %2[%185] : memref<?xf32>, vector<16xf32>
              %186 = arith.muli %68, %37 : index
              %187 = arith.addi %186, %170 : index
              vector.store %99, %2[%187] : memref<?xf32>, vector<16xf32>
              %188 = arith.addi %186, %172 : index
              vector.store %100, %2[%188] : memref<?xf32>, vector<16xf32>
              %189 = arith.muli %70, %37 : index
              %190 = arith.addi %189, %170 : index
              vector.store %101, %2[%190] : memref<?xf32>, vector<16xf32>
              %191 = arith.addi %189, %172 : index
              vector.store %102, %2[%191] : memref<?xf32>, vector<16xf32>
              %192 = arith.muli %72, %37 : index
              %193 = arith.addi %192, %170 : index
              vector.store %103, %2[%193] : memref<?xf32>, vector<16xf32>
              %194 = arith.addi %192, %172 : index
              vector.store %104, %2[%194] : memref<?xf32>, vector<16xf32>
            }
            %195 = arith.subi %21, %26 : index
            %196 = arith.divui %195, %10 : index
            %197 = arith.muli %196, %10 : index
            %198 = arith.addi %26, %197 : index
            scf.for %199 = %26 to %198 step %10 {
              %200 = arith.addi %199, %13 : index
              %201 = arith.addi %199, %29 : index
              %202 = arith.constant 3 : index
              %203 = arith.addi %199, %202 : index
              %204 = arith.muli %199, %37 : index
              %205 = arith.addi %204, %37 : index
              %206 = arith.constant 256 : index
              %207 = arith.addi %204, %206 : index
              %208 = arith.constant 384 : index
              %209 = arith.addi %204, %208 : index
              %210 = arith.constant 0.000000e+00 : f32
              %211 = vector.broadcast %210 : f32 to vector<16xf32>
              %212, %213, %214, %215, %216, %217, %218, %219 = scf.for %220 = %12 to %37 step %13 iter_args(%221 = %211, %222 = %211, %223 = %211, %224 = %211, %225 = %211, %226 = %211, %227 = %211, %228 = %211) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %229 = arith.constant 16 : index
                %230 = arith.muli %220, %229 : index
                %231 = vector.load %36[%230] : memref<4096xf32>, vector<16xf32>
                %232 = arith.addi %33, %230 : index
                %233 = vector.load %36[%232] : memref<4096xf32>, vector<16xf32>
                %234 = arith.addi %230, %206 : index
                rlx_cpu.prefetch %36[%234] {cache = "l1"} : memref<4096xf32>
                %235 = arith.addi %232, %206 : index
                rlx_cpu.prefetch %36[%235] {cache = "l1"} : memref<4096xf32>
                %236 = arith.addi %204, %220 : index
                %237 = memref.load %0[%236] : memref<?xf32>
                %238 = vector.broadcast %237 : f32 to vector<16xf32>
                %239 = vector.fma %238, %231, %221 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %240 = vector.fma %238, %233, %222 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %241 = arith.addi %205, %220 : index
                %242 = memref.load %0[%241] : memref<?xf32>
                %243 = vector.broadcast %242 : f32 to vector<16xf32>
                %244 = vector.fma %243, %231, %223 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %245 = vector.fma %243, %233, %224 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %246 = arith.addi %207, %220 : index
                %247 = memref.load %0[%246] : memref<?xf32>
                %248 = vector.broadcast %247 : f32 to vector<16xf32>
                %249 = vector.fma %248, %231, %225 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %250 = vector.fma %248, %233, %226 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %251 = arith.addi %209, %220 : index
                %252 = memref.load %0[%251] : memref<?xf32>
                %253 = vector.broadcast %252 : f32 to vector<16xf32>
                %254 = vector.fma %253, %231, %227 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %255 = vector.fma %253, %233, %228 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %239, %240, %244, %245, %249, %250, %254, %255 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %256 = arith.constant 16 : index
              %257 = arith.muli %31, %256 : index
              %258 = arith.addi %204, %257 : index
              vector.store %212, %2[%258] : memref<?xf32>, vector<16xf32>
              %259 = arith.muli %32, %256 : index
              %260 = arith.addi %204, %259 : index
              vector.store %213, %2[%260] : memref<?xf32>, vector<16xf32>
              %261 = arith.muli %200, %37 : index
              %262 = arith.addi %261, %257 : index
              vector.store %214, %2[%262] : memref<?xf32>, vector<16xf32>
              %263 = arith.addi %261, %259 : index
              vector.store %215, %2[%263] : memref<?xf32>, vector<16xf32>
              %264 = arith.muli %201, %37 : index
              %265 = arith.addi %264, %257 : index
              vector.store %216, %2[%265] : memref<?xf32>, vector<16xf32>
              %266 = arith.addi %264, %259 : index
              vector.store %217, %2[%266] : memref<?xf32>, vector<16xf32>
              %267 = arith.muli %203, %37 : index
              %268 = arith.addi %267, %257 : index
              vector.store %218, %2[%268] : memref<?xf32>, vector<16xf32>
              %269 = arith.addi %267, %259 : index
              vector.store %219, %2[%269] : memref<?xf32>, vector<16xf32>
            }
            %270 = arith.subi %21, %198 : index
            %271 = arith.divui %270, %29 : index
            %272 = arith.muli %271, %29 : index
            %273 = arith.addi %198, %272 : index
            scf.for %274 = %198 to %273 step %29 {
              %275 = arith.addi %274, %13 : index
              %276 = arith.muli %274, %37 : index
              %277 = arith.addi %276, %37 : index
              %278 = arith.constant 0.000000e+00 : f32
              %279 = vector.broadcast %278 : f32 to vector<16xf32>
              %280, %281, %282, %283, %284, %285, %286, %287 = scf.for %288 = %12 to %37 step %29 iter_args(%289 = %279, %290 = %279, %291 = %279, %292 = %279, %293 = %279, %294 = %279, %295 = %279, %296 = %279) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %297 = arith.constant 16 : index
                %298 = arith.muli %288, %297 : index
                %299 = vector.load %36[%298] : memref<4096xf32>, vector<16xf32>
                %300 = arith.addi %33, %298 : index
                %301 = vector.load %36[%300] : memref<4096xf32>, vector<16xf32>
                %302 = arith.constant 256 : index
                %303 = arith.addi %298, %302 : index
                rlx_cpu.prefetch %36[%303] {cache = "l1"} : memref<4096xf32>
                %304 = arith.addi %300, %302 : index
                rlx_cpu.prefetch %36[%304] {cache = "l1"} : memref<4096xf32>
                %305 = arith.addi %276, %288 : index
                %306 = memref.load %0[%305] : memref<?xf32>
                %307 = vector.broadcast %306 : f32 to vector<16xf32>
                %308 = vector.fma %307, %299, %289 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %309 = vector.fma %307, %301, %290 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %310 = arith.addi %277, %288 : index
                %311 = memref.load %0[%310] : memref<?xf32>
                %312 = vector.broadcast %311 : f32 to vector<16xf32>
                %313 = vector.fma %312, %299, %291 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %314 = vector.fma %312, %301, %292 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %315 = arith.addi %288, %13 : index
                %316 = arith.muli %315, %297 : index
                %317 = vector.load %36[%316] : memref<4096xf32>, vector<16xf32>
                %318 = arith.addi %33, %316 : index
                %319 = vector.load %36[%318] : memref<4096xf32>, vector<16xf32>
                %320 = arith.addi %316, %302 : index
                rlx_cpu.prefetch %36[%320] {cache = "l1"} : memref<4096xf32>
                %321 = arith.addi %318, %302 : index
                rlx_cpu.prefetch %36[%321] {cache = "l1"} : memref<4096xf32>
                %322 = arith.addi %276, %315 : index
                %323 = memref.load %0[%322] : memref<?xf32>
                %324 = vector.broadcast %323 : f32 to vector<16xf32>
                %325 = vector.fma %324, %317, %293 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %326 = vector.fma %324, %319, %294 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %327 = arith.addi %277, %315 : index
                %328 = memref.load %0[%327] : memref<?xf32>
                %329 = vector.broadcast %328 : f32 to vector<16xf32>
                %330 = vector.fma %329, %317, %295 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %331 = vector.fma %329, %319, %296 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %308, %309, %313, %314, %325, %326, %330, %331 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %332 = arith.addf %280, %284 fastmath<nsz,arcp,afn> : vector<16xf32>
              %333 = arith.addf %281, %285 fastmath<nsz,arcp,afn> : vector<16xf32>
              %334 = arith.addf %282, %286 fastmath<nsz,arcp,afn> : vector<16xf32>
              %335 = arith.addf %283, %287 fastmath<nsz,arcp,afn> : vector<16xf32>
              %336 = arith.constant 16 : index
              %337 = arith.muli %31, %336 : index
              %338 = arith.addi %276, %337 : index
              vector.store %332, %2[%338] : memref<?xf32>, vector<16xf32>
              %339 = arith.muli %32, %336 : index
              %340 = arith.addi %276, %339 : index
              vector.store %333, %2[%340] : memref<?xf32>, vector<16xf32>
              %341 = arith.muli %275, %37 : index
              %342 = arith.addi %341, %337 : index
              vector.store %334, %2[%342] : memref<?xf32>, vector<16xf32>
              %343 = arith.addi %341, %339 : index
              vector.store %335, %2[%343] : memref<?xf32>, vector<16xf32>
            }
            scf.for %344 = %273 to %21 step %13 {
              %345 = arith.muli %344, %37 : index
              %346 = arith.constant 0.000000e+00 : f32
              %347 = vector.broadcast %346 : f32 to vector<16xf32>
              %348, %349, %350, %351 = scf.for %352 = %12 to %37 step %29 iter_args(%353 = %347, %354 = %347, %355 = %347, %356 = %347) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %357 = arith.constant 16 : index
                %358 = arith.muli %352, %357 : index
                %359 = vector.load %36[%358] : memref<4096xf32>, vector<16xf32>
                %360 = arith.addi %33, %358 : index
                %361 = vector.load %36[%360] : memref<4096xf32>, vector<16xf32>
                %362 = arith.addi %345, %352 : index
                %363 = memref.load %0[%362] : memref<?xf32>
                %364 = vector.broadcast %363 : f32 to vector<16xf32>
                %365 = vector.fma %364, %359, %353 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %366 = vector.fma %364, %361, %354 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %367 = arith.addi %352, %13 : index
                %368 = arith.muli %367, %357 : index
                %369 = vector.load %36[%368] : memref<4096xf32>, vector<16xf32>
                %370 = arith.addi %33, %368 : index
                %371 = vector.load %36[%370] : memref<4096xf32>, vector<16xf32>
                %372 = arith.addi %345, %367 : index
                %373 = memref.load %0[%372] : memref<?xf32>
                %374 = vector.broadcast %373 : f32 to vector<16xf32>
                %375 = vector.fma %374, %369, %355 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %376 = vector.fma %374, %371, %356 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %365, %366, %375, %376 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %377 = arith.addf %348, %350 fastmath<nsz,arcp,afn> : vector<16xf32>
              %378 = arith.addf %349, %351 fastmath<nsz,arcp,afn> : vector<16xf32>
              %379 = arith.constant 16 : index
              %380 = arith.muli %31, %379 : index
              %381 = arith.addi %345, %380 : index
              vector.store %377, %2[%381] : memref<?xf32>, vector<16xf32>
              %382 = arith.muli %32, %379 : index
              %383 = arith.addi %345, %382 : index
              vector.store %378, %2[%383] : memref<?xf32>, vector<16xf32>
            }
          } else {
            %384 = arith.muli %28, %29 : index
            %385 = arith.addi %384, %13 : index
            %386 = arith.constant 2048 : index
            %387 = arith.muli %384, %386 : index
            %388 = arith.muli %385, %386 : index
            scf.for %389 = %19 to %21 step %13 {
              %390 = arith.constant 128 : index
              %391 = arith.muli %389, %390 : index
              %392 = arith.constant 0.000000e+00 : f32
              %393 = vector.broadcast %392 : f32 to vector<16xf32>
              %394, %395, %396, %397 = scf.for %398 = %12 to %390 step %29 iter_args(%399 = %393, %400 = %393, %401 = %393, %402 = %393) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %403 = arith.constant 16 : index
                %404 = arith.muli %398, %403 : index
                %405 = arith.addi %387, %404 : index
                %406 = vector.load %1[%405] : memref<?xi16>, vector<16xi16>
                %407 = arith.extui %406 : vector<16xi16> to vector<16xi32>
                %408 = arith.constant dense<16> : vector<16xi32>
                %409 = arith.shli %407, %408 : vector<16xi32>
                %410 = arith.bitcast %409 : vector<16xi32> to vector<16xf32>
                %411 = arith.addi %388, %404 : index
                %412 = vector.load %1[%411] : memref<?xi16>, vector<16xi16>
                %413 = arith.extui %412 : vector<16xi16> to vector<16xi32>
                %414 = arith.shli %413, %408 : vector<16xi32>
                %415 = arith.bitcast %414 : vector<16xi32> to vector<16xf32>
                %416 = arith.addi %391, %398 : index
                %417 = memref.load %0[%416] : memref<?xf32>
                %418 = vector.broadcast %417 : f32 to vector<16xf32>
                %419 = vector.fma %418, %410, %399 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %420 = vector.fma %418, %415, %400 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %421 = arith.addi %398, %13 : index
                %422 = arith.muli %421, %403 : index
                %423 = arith.addi %387, %422 : index
                %424 = vector.load %1[%423] : memref<?xi16>, vector<16xi16>
                %425 = arith.extui %424 : vector<16xi16> to vector<16xi32>
                %426 = arith.shli %425, %408 : vector<16xi32>
                %427 = arith.bitcast %426 : vector<16xi32> to vector<16xf32>
                %428 = arith.addi %388, %422 : index
                %429 = vector.load %1[%428] : memref<?xi16>, vector<16xi16>
                %430 = arith.extui %429 : vector<16xi16> to vector<16xi32>
                %431 = arith.shli %430, %408 : vector<16xi32>
                %432 = arith.bitcast %431 : vector<16xi32> to vector<16xf32>
                %433 = arith.addi %391, %421 : index
                %434 = memref.load %0[%433] : memref<?xf32>
                %435 = vector.broadcast %434 : f32 to vector<16xf32>
                %436 = vector.fma %435, %427, %401 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %437 = vector.fma %435, %432, %402 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %419, %420, %436, %437 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %438 = arith.addf %394, %396 fastmath<nsz,arcp,afn> : vector<16xf32>
              %439 = arith.addf %395, %397 fastmath<nsz,arcp,afn> : vector<16xf32>
              %440 = arith.constant 16 : index
              %441 = arith.muli %384, %440 : index
              %442 = arith.addi %391, %441 : index
              vector.store %438, %2[%442] : memref<?xf32>, vector<16xf32>
              %443 = arith.muli %385, %440 : index
              %444 = arith.addi %391, %443 : index
              vector.store %439, %2[%444] : memref<?xf32>, vector<16xf32>
            }
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @linear_k128_n128_residual_bf16(%0: memref<?xf32>, %1: memref<?xi16>, %2: memref<?xf32>, %3: memref<?xf32>, %4: index) attributes {rlx.kernel = {family = "linear", k = 128 : i64, ns = array<i64: 128>, residual = true, rows = 8 : i64, paired = true, lanes = 16 : i64, kunroll = 2 : i64, panel_rows = 992 : i64, tile_group = 1 : i64, parallel_min_work = 524288 : i64, weight_format = "bf16", stage = true, tail_rows = array<i64: 4, 2>, block_chains = 8 : i64, block_prefetch = "l1_ahead", prefetch_steps = 16 : i64}} {
    %5 = arith.constant 16384 : index
    %6 = arith.muli %4, %5 : index
    %7 = arith.constant 991 : index
    %8 = arith.addi %4, %7 : index
    %9 = arith.constant 992 : index
    %10 = arith.divui %8, %9 : index
    %11 = arith.constant 4 : index
    %12 = arith.muli %10, %11 : index
    %13 = arith.constant 0 : index
    %14 = arith.constant 1 : index
    %15 = arith.constant 524288 : index
    %16 = arith.cmpi uge, %6, %15 : index
    rlx_cpu.parallel_if %16 {
      "scf.parallel"(%13, %12, %14) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%17: index):
        %18 = arith.divui %17, %10 : index
        %19 = arith.remui %17, %10 : index
        %20 = arith.muli %19, %9 : index
        %21 = arith.addi %20, %9 : index
        %22 = arith.minui %21, %4 : index
        %23 = arith.subi %22, %20 : index
        %24 = arith.constant 8 : index
        %25 = arith.divui %23, %24 : index
        %26 = arith.muli %25, %24 : index
        %27 = arith.addi %20, %26 : index
        %28 = arith.addi %18, %14 : index
        scf.for %29 = %18 to %28 step %14 {
          %30 = arith.constant 2 : index
          %31 = arith.cmpi uge, %23, %30 : index
          scf.if %31 {
            %32 = arith.muli %29, %30 : index
            %33 = arith.addi %32, %14 : index
            %34 = arith.constant 2048 : index
            %35 = arith.muli %32, %34 : index
            %36 = arith.muli %33, %34 : index
            %37 = memref.alloca() : memref<4096xf32>
            %38 = arith.constant 128 : index
            scf.for %39 = %13 to %38 step %14 {
              scf.for %40 = %13 to %14 step %14 {
                %41 = arith.addi %39, %40 : index
                %42 = arith.constant 16 : index
                %43 = arith.muli %41, %42 : index
                %44 = arith.addi %35, %43 : index
                %45 = vector.load %1[%44] : memref<?xi16>, vector<16xi16>
                %46 = arith.extui %45 : vector<16xi16> to vector<16xi32>
                %47 = arith.constant dense<16> : vector<16xi32>
                %48 = arith.shli %46, %47 : vector<16xi32>
                %49 = arith.bitcast %48 : vector<16xi32> to vector<16xf32>
                vector.store %49, %37[%43] : memref<4096xf32>, vector<16xf32>
              }
            }
            scf.for %50 = %13 to %38 step %14 {
              scf.for %51 = %13 to %14 step %14 {
                %52 = arith.addi %50, %51 : index
                %53 = arith.constant 16 : index
                %54 = arith.muli %52, %53 : index
                %55 = arith.addi %36, %54 : index
                %56 = vector.load %1[%55] : memref<?xi16>, vector<16xi16>
                %57 = arith.extui %56 : vector<16xi16> to vector<16xi32>
                %58 = arith.constant dense<16> : vector<16xi32>
                %59 = arith.shli %57, %58 : vector<16xi32>
                %60 = arith.bitcast %59 : vector<16xi32> to vector<16xf32>
                %61 = arith.addi %34, %54 : index
                vector.store %60, %37[%61] : memref<4096xf32>, vector<16xf32>
              }
            }
            scf.for %62 = %20 to %27 step %24 {
              %63 = arith.addi %62, %14 : index
              %64 = arith.addi %62, %30 : index
              %65 = arith.constant 3 : index
              %66 = arith.addi %62, %65 : index
              %67 = arith.addi %62, %11 : index
              %68 = arith.constant 5 : index
              %69 = arith.addi %62, %68 : index
              %70 = arith.constant 6 : index
              %71 = arith.addi %62, %70 : index
              %72 = arith.constant 7 : index
              %73 = arith.addi %62, %72 : index
              %74 = arith.muli %62, %38 : index
              %75 = arith.constant 16 : index
              %76 = arith.muli %32, %75 : index
              %77 = arith.addi %74, %76 : index
              rlx_cpu.prefetch %2[%77] : memref<?xf32>
              %78 = arith.muli %33, %75 : index
              %79 = arith.addi %74, %78 : index
              rlx_cpu.prefetch %2[%79] : memref<?xf32>
              %80 = arith.muli %63, %38 : index
              %81 = arith.addi %80, %76 : index
              rlx_cpu.prefetch %2[%81] : memref<?xf32>
              %82 = arith.addi %80, %78 : index
              rlx_cpu.prefetch %2[%82] : memref<?xf32>
              %83 = arith.muli %64, %38 : index
              %84 = arith.addi %83, %76 : index
              rlx_cpu.prefetch %2[%84] : memref<?xf32>
              %85 = arith.addi %83, %78 : index
              rlx_cpu.prefetch %2[%85] : memref<?xf32>
              %86 = arith.muli %66, %38 : index
              %87 = arith.addi %86, %76 : index
              rlx_cpu.prefetch %2[%87] : memref<?xf32>
              %88 = arith.addi %86, %78 : index
              rlx_cpu.prefetch %2[%88] : memref<?xf32>
              %89 = arith.muli %67, %38 : index
              %90 = arith.addi %89, %76 : index
              rlx_cpu.prefetch %2[%90] : memref<?xf32>
              %91 = arith.addi %89, %78 : index
              rlx_cpu.prefetch %2[%91] : memref<?xf32>
              %92 = arith.muli %69, %38 : index
              %93 = arith.addi %92, %76 : index
              rlx_cpu.prefetch %2[%93] : memref<?xf32>
              %94 = arith.addi %92, %78 : index
              rlx_cpu.prefetch %2[%94] : memref<?xf32>
              %95 = arith.muli %71, %38 : index
              %96 = arith.addi %95, %76 : index
              rlx_cpu.prefetch %2[%96] : memref<?xf32>
              %97 = arith.addi %95, %78 : index
              rlx_cpu.prefetch %2[%97] : memref<?xf32>
              %98 = arith.muli %73, %38 : index
              %99 = arith.addi %98, %76 : index
              rlx_cpu.prefetch %2[%99] : memref<?xf32>
              %100 = arith.addi %98, %78 : index
              rlx_cpu.prefetch %2[%100] : memref<?xf32>
              %101 = arith.addi %74, %38 : index
              %102 = arith.constant 256 : index
              %103 = arith.addi %74, %102 : index
              %104 = arith.constant 384 : index
              %105 = arith.addi %74, %104 : index
              %106 = arith.constant 512 : index
              %107 = arith.addi %74, %106 : index
              %108 = arith.constant 640 : index
              %109 = arith.addi %74, %108 : index
              %110 = arith.constant 768 : index
              %111 = arith.addi %74, %110 : index
              %112 = arith.constant 896 : index
              %113 = arith.addi %74, %112 : index
              %114 = arith.constant 0.000000e+00 : f32
              %115 = vector.broadcast %114 : f32 to vector<16xf32>
              %116, %117, %118, %119, %120, %121, %122, %123, %124, %125, %126, %127, %128, %129, %130, %131 = scf.for %132 = %13 to %38 step %14 iter_args(%133 = %115, %134 = %115, %135 = %115, %136 = %115, %137 = %115, %138 = %115, %139 = %115, %140 = %115, %141 = %115, %142 = %115, %143 = %115, %144 = %115, %145 = %115, %146 = %115, %147 = %115, %148 = %115) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %149 = arith.muli %132, %75 : index
                %150 = vector.load %37[%149] : memref<4096xf32>, vector<16xf32>
                %151 = arith.addi %34, %149 : index
                %152 = vector.load %37[%151] : memref<4096xf32>, vector<16xf32>
                %153 = arith.addi %149, %102 : index
                rlx_cpu.prefetch %37[%153] {cache = "l1"} : memref<4096xf32>
                %154 = arith.addi %151, %102 : index
                rlx_cpu.prefetch %37[%154] {cache = "l1"} : memref<4096xf32>
                %155 = arith.addi %74, %132 : index
                %156 = memref.load %0[%155] : memref<?xf32>
                %157 = vector.broadcast %156 : f32 to vector<16xf32>
                %158 = vector.fma %157, %150, %133 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %159 = vector.fma %157, %152, %134 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %160 = arith.addi %101, %132 : index
                %161 = memref.load %0[%160] : memref<?xf32>
                %162 = vector.broadcast %161 : f32 to vector<16xf32>
                %163 = vector.fma %162, %150, %135 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %164 = vector.fma %162, %152, %136 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %165 = arith.addi %103, %132 : index
                %166 = memref.load %0[%165] : memref<?xf32>
                %167 = vector.broadcast %166 : f32 to vector<16xf32>
                %168 = vector.fma %167, %150, %137 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %169 = vector.fma %167, %152, %138 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %170 = arith.addi %105, %132 : index
                %171 = memref.load %0[%170] : memref<?xf32>
                %172 = vector.broadcast %171 : f32 to vector<16xf32>
                %173 = vector.fma %172, %150, %139 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %174 = vector.fma %172, %152, %140 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %175 = arith.addi %107, %132 : index
                %176 = memref.load %0[%175] : memref<?xf32>
                %177 = vector.broadcast %176 : f32 to vector<16xf32>
                %178 = vector.fma %177, %150, %141 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %179 = vector.fma %177, %152, %142 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %180 = arith.addi %109, %132 : index
                %181 = memref.load %0[%180] : memref<?xf32>
                %182 = vector.broadcast %181 : f32 to vector<16xf32>
                %183 = vector.fma %182, %150, %143 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %184 = vector.fma %182, %152, %144 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %185 = arith.addi %111, %132 : index
                %186 = memref.load %0[%185] : memref<?xf32>
                %187 = vector.broadcast %186 : f32 to vector<16xf32>
                %188 = vector.fma %187, %150, %145 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %189 = vector.fma %187, %152, %146 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %190 = arith.addi %113, %132 : index
                %191 = memref.load %0[%190] : memref<?xf32>
                %192 = vector.broadcast %191 : f32 to vector<16xf32>
                %193 = vector.fma %192, %150, %147 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %194 = vector.fma %192, %152, %148 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %158, %159, %163, %164, %168, %169, %173, %174, %178, %179, %183, %184, %188, %189, %193, %194 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %195 = vector.load %2[%77] : memref<?xf32>, vector<16xf32>
              %196 = arith.addf %116, %195 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %196, %3[%77] : memref<?xf32>, vector<16xf32>
              %197 = vector.load %2[%79] : memref<?xf32>, vector<16xf32>
              %198 = arith.addf %117, %197 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %198, %3[%79] : memref<?xf32>, vector<16xf32>
              %199 = vector.load %2[%81] : memref<?xf32>, vector<16xf32>
              %200 = arith.addf %118, %199 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %200, %3[%81] : memref<?xf32>, vector<16xf32>
              %201 = vector.load %2[%82] : memref<?xf32>, vector<16xf32>
              %202 = arith.addf %119, %201 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %202, %3[%82] : memref<?xf32>, vector<16xf32>
              %203 = vector.load %2[%84] : memref<?xf32>, vector<16xf32>
              %204 = arith.addf %120, %203 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %204, %3[%84] : memref<?xf32>, vector<16xf32>
              %205 = vector.load %2[%85] : memref<?xf32>, vector<16xf32>
              %206 = arith.addf %121, %205 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %206, %3[%85] : memref<?xf32>, vector<16xf32>
              %207 = vector.load %2[%87] : memref<?xf32>, vector<16xf32>
              %208 = arith.addf %122, %207 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %208, %3[%87] : memref<?xf32>, vector<16xf32>
              %209 = vector.load %2[%88] : memref<?xf32>, vector<16xf32>
              %210 = arith.addf %123, %209 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %210, %3[%88] : memref<?xf32>, vector<16xf32>
              %211 = vector.load %2[%90] : memref<?xf32>, vector<16xf32>
              %212 = arith.addf %124, %211 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %212, %3[%90] : memref<?xf32>, vector<16xf32>
              %213 = vector.load %2[%91] : memref<?xf32>, vector<16xf32>
              %214 = arith.addf %125, %213 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %214, %3[%91] : memref<?xf32>, vector<16xf32>
              %215 = vector.load %2[%93] : memref<?xf32>, vector<16xf32>
              %216 = arith.addf %126, %215 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %216, %3[%93] : memref<?xf32>, vector<16xf32>
              %217 = vector.load %2[%94] : memref<?xf32>, vector<16xf32>
              %218 = arith.addf %127, %217 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %218, %3[%94] : memref<?xf32>, vector<16xf32>
              %219 = vector.load %2[%96] : memref<?xf32>, vector<16xf32>
              %220 = arith.addf %128, %219 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %220, %3[%96] : memref<?xf32>, vector<16xf32>
              %221 = vector.load %2[%97] : memref<?xf32>, vector<16xf32>
              %222 = arith.addf %129, %221 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %222, %3[%97] : memref<?xf32>, vector<16xf32>
              %223 = vector.load %2[%99] : memref<?xf32>, vector<16xf32>
              %224 = arith.addf %130, %223 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %224, %3[%99] : memref<?xf32>, vector<16xf32>
              %225 = vector.load %2[%100] : memref<?xf32>, vector<16xf32>
              %226 = arith.addf %131, %225 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %226, %3[%100] : memref<?xf32>, vector<16xf32>
            }
            %227 = arith.subi %22, %27 : index
            %228 = arith.divui %227, %11 : index
            %229 = arith.muli %228, %11 : index
            %230 = arith.addi %27, %229 : index
            scf.for %231 = %27 to %230 step %11 {
              %232 = arith.addi %231, %14 : index
              %233 = arith.addi %231, %30 : index
              %234 = arith.constant 3 : index
              %235 = arith.addi %231, %234 : index
              %236 = arith.muli %231, %38 : index
              %237 = arith.constant 16 : index
              %238 = arith.muli %32, %237 : index
              %239 = arith.addi %236, %238 : index
              rlx_cpu.prefetch %2[%239] : memref<?xf32>
              %240 = arith.muli %33, %237 : index
              %241 = arith.addi %236, %240 : index
              rlx_cpu.prefetch %2[%241] : memref<?xf32>
              %242 = arith.muli %232, %38 : index
              %243 = arith.addi %242, %238 : index
              rlx_cpu.prefetch %2[%243] : memref<?xf32>
              %244 = arith.addi %242, %240 : index
              rlx_cpu.prefetch %2[%244] : memref<?xf32>
              %245 = arith.muli %233, %38 : index
              %246 = arith.addi %245, %238 : index
              rlx_cpu.prefetch %2[%246] : memref<?xf32>
              %247 = arith.addi %245, %240 : index
              rlx_cpu.prefetch %2[%247] : memref<?xf32>
              %248 = arith.muli %235, %38 : index
              %249 = arith.addi %248, %238 : index
              rlx_cpu.prefetch %2[%249] : memref<?xf32>
              %250 = arith.addi %248, %240 : index
              rlx_cpu.prefetch %2[%250] : memref<?xf32>
              %251 = arith.addi %236, %38 : index
              %252 = arith.constant 256 : index
              %253 = arith.addi %236, %252 : index
              %254 = arith.constant 384 : index
              %255 = arith.addi %236, %254 : index
              %256 = arith.constant 0.000000e+00 : f32
              %257 = vector.broadcast %256 : f32 to vector<16xf32>
              %258, %259, %260, %261, %262, %263, %264, %265 = scf.for %266 = %13 to %38 step %14 iter_args(%267 = %257, %268 = %257, %269 = %257, %270 = %257, %271 = %257, %272 = %257, %273 = %257, %274 = %257) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %275 = arith.muli %266, %237 : index
                %276 = vector.load %37[%275] : memref<4096xf32>, vector<16xf32>
                %277 = arith.addi %34, %275 : index
                %278 = vector.load %37[%277] : memref<4096xf32>, vector<16xf32>
                %279 = arith.addi %275, %252 : index
                rlx_cpu.prefetch %37[%279] {cache = "l1"} : memref<4096xf32>
                %280 = arith.addi %277, %252 : index
                rlx_cpu.prefetch %37[%280] {cache = "l1"} : memref<4096xf32>
                %281 = arith.addi %236, %266 : index
                %282 = memref.load %0[%281] : memref<?xf32>
                %283 = vector.broadcast %282 : f32 to vector<16xf32>
                %284 = vector.fma %283, %276, %267 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %285 = vector.fma %283, %278, %268 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %286 = arith.addi %251, %266 : index
                %287 = memref.load %0[%286] : memref<?xf32>
                %288 = vector.broadcast %287 : f32 to vector<16xf32>
                %289 = vector.fma %288, %276, %269 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %290 = vector.fma %288, %278, %270 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %291 = arith.addi %253, %266 : index
                %292 = memref.load %0[%291] : memref<?xf32>
                %293 = vector.broadcast %292 : f32 to vector<16xf32>
                %294 = vector.fma %293, %276, %271 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %295 = vector.fma %293, %278, %272 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %296 = arith.addi %255, %266 : index
                %297 = memref.load %0[%296] : memref<?xf32>
                %298 = vector.broadcast %297 : f32 to vector<16xf32>
                %299 = vector.fma %298, %276, %273 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %300 = vector.fma %298, %278, %274 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %284, %285, %289, %290, %294, %295, %299, %300 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %301 = vector.load %2[%239] : memref<?xf32>, vector<16xf32>
              %302 = arith.addf %258, %301 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %302, %3[%239] : memref<?xf32>, vector<16xf32>
              %303 = vector.load %2[%241] : memref<?xf32>, vector<16xf32>
              %304 = arith.addf %259, %303 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %304, %3[%241] : memref<?xf32>, vector<16xf32>
              %305 = vector.load %2[%243] : memref<?xf32>, vector<16xf32>
              %306 = arith.addf %260, %305 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %306, %3[%243] : memref<?xf32>, vector<16xf32>
              %307 = vector.load %2[%244] : memref<?xf32>, vector<16xf32>
              %308 = arith.addf %261, %307 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %308, %3[%244] : memref<?xf32>, vector<16xf32>
              %309 = vector.load %2[%246] : memref<?xf32>, vector<16xf32>
              %310 = arith.addf %262, %309 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %310, %3[%246] : memref<?xf32>, vector<16xf32>
              %311 = vector.load %2[%247] : memref<?xf32>, vector<16xf32>
              %312 = arith.addf %263, %311 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %312, %3[%247] : memref<?xf32>, vector<16xf32>
              %313 = vector.load %2[%249] : memref<?xf32>, vector<16xf32>
              %314 = arith.addf %264, %313 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %314, %3[%249] : memref<?xf32>, vector<16xf32>
              %315 = vector.load %2[%250] : memref<?xf32>, vector<16xf32>
              %316 = arith.addf %265, %315 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %316, %3[%250] : memref<?xf32>, vector<16xf32>
            }
            %317 = arith.subi %22, %230 : index
            %318 = arith.divui %317, %30 : index
            %319 = arith.muli %318, %30 : index
            %320 = arith.addi %230, %319 : index
            scf.for %321 = %230 to %320 step %30 {
              %322 = arith.addi %321, %14 : index
              %323 = arith.muli %321, %38 : index
              %324 = arith.constant 16 : index
              %325 = arith.muli %32, %324 : index
              %326 = arith.addi %323, %325 : index
              rlx_cpu.prefetch %2[%326] : memref<?xf32>
              %327 = arith.muli %33, %324 : index
              %328 = arith.addi %323, %327 : index
              rlx_cpu.prefetch %2[%328] : memref<?xf32>
              %329 = arith.muli %322, %38 : index
              %330 = arith.addi %329, %325 : index
              rlx_cpu.prefetch %2[%330] : memref<?xf32>
              %331 = arith.addi %329, %327 : index
              rlx_cpu.prefetch %2[%331] : memref<?xf32>
              %332 = arith.addi %323, %38 : index
              %333 = arith.constant 0.000000e+00 : f32
              %334 = vector.broadcast %333 : f32 to vector<16xf32>
              %335, %336, %337, %338, %339, %340, %341, %342 = scf.for %343 = %13 to %38 step %30 iter_args(%344 = %334, %345 = %334, %346 = %334, %347 = %334, %348 = %334, %349 = %334, %350 = %334, %351 = %334) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %352 = arith.muli %343, %324 : index
                %353 = vector.load %37[%352] : memref<4096xf32>, vector<16xf32>
                %354 = arith.addi %34, %352 : index
                %355 = vector.load %37[%354] : memref<4096xf32>, vector<16xf32>
                %356 = arith.constant 256 : index
                %357 = arith.addi %352, %356 : index
                rlx_cpu.prefetch %37[%357] {cache = "l1"} : memref<4096xf32>
                %358 = arith.addi %354, %356 : index
                rlx_cpu.prefetch %37[%358] {cache = "l1"} : memref<4096xf32>
                %359 = arith.addi %323, %343 : index
                %360 = memref.load %0[%359] : memref<?xf32>
                %361 = vector.broadcast %360 : f32 to vector<16xf32>
                %362 = vector.fma %361, %353, %344 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %363 = vector.fma %361, %355, %345 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %364 = arith.addi %332, %343 : index
                %365 = memref.load %0[%364] : memref<?xf32>
                %366 = vector.broadcast %365 : f32 to vector<16xf32>
                %367 = vector.fma %366, %353, %346 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %368 = vector.fma %366, %355, %347 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %369 = arith.addi %343, %14 : index
                %370 = arith.muli %369, %324 : index
                %371 = vector.load %37[%370] : memref<4096xf32>, vector<16xf32>
                %372 = arith.addi %34, %370 : index
                %373 = vector.load %37[%372] : memref<4096xf32>, vector<16xf32>
                %374 = arith.addi %370, %356 : index
                rlx_cpu.prefetch %37[%374] {cache = "l1"} : memref<4096xf32>
                %375 = arith.addi %372, %356 : index
                rlx_cpu.prefetch %37[%375] {cache = "l1"} : memref<4096xf32>
                %376 = arith.addi %323, %369 : index
                %377 = memref.load %0[%376] : memref<?xf32>
                %378 = vector.broadcast %377 : f32 to vector<16xf32>
                %379 = vector.fma %378, %371, %348 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %380 = vector.fma %378, %373, %349 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %381 = arith.addi %332, %369 : index
                %382 = memref.load %0[%381] : memref<?xf32>
                %383 = vector.broadcast %382 : f32 to vector<16xf32>
                %384 = vector.fma %383, %371, %350 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %385 = vector.fma %383, %373, %351 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %362, %363, %367, %368, %379, %380, %384, %385 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %386 = arith.addf %335, %339 fastmath<nsz,arcp,afn> : vector<16xf32>
              %387 = arith.addf %336, %340 fastmath<nsz,arcp,afn> : vector<16xf32>
              %388 = arith.addf %337, %341 fastmath<nsz,arcp,afn> : vector<16xf32>
              %389 = arith.addf %338, %342 fastmath<nsz,arcp,afn> : vector<16xf32>
              %390 = vector.load %2[%326] : memref<?xf32>, vector<16xf32>
              %391 = arith.addf %386, %390 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %391, %3[%326] : memref<?xf32>, vector<16xf32>
              %392 = vector.load %2[%328] : memref<?xf32>, vector<16xf32>
              %393 = arith.addf %387, %392 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %393, %3[%328] : memref<?xf32>, vector<16xf32>
              %394 = vector.load %2[%330] : memref<?xf32>, vector<16xf32>
              %395 = arith.addf %388, %394 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %395, %3[%330] : memref<?xf32>, vector<16xf32>
              %396 = vector.load %2[%331] : memref<?xf32>, vector<16xf32>
              %397 = arith.addf %389, %396 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %397, %3[%331] : memref<?xf32>, vector<16xf32>
            }
            scf.for %398 = %320 to %22 step %14 {
              %399 = arith.muli %398, %38 : index
              %400 = arith.constant 16 : index
              %401 = arith.muli %32, %400 : index
              %402 = arith.addi %399, %401 : index
              rlx_cpu.prefetch %2[%402] : memref<?xf32>
              %403 = arith.muli %33, %400 : index
              %404 = arith.addi %399, %403 : index
              rlx_cpu.prefetch %2[%404] : memref<?xf32>
              %405 = arith.constant 0.000000e+00 : f32
              %406 = vector.broadcast %405 : f32 to vector<16xf32>
              %407, %408, %409, %410 = scf.for %411 = %13 to %38 step %30 iter_args(%412 = %406, %413 = %406, %414 = %406, %415 = %406) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %416 = arith.muli %411, %400 : index
                %417 = vector.load %37[%416] : memref<4096xf32>, vector<16xf32>
                %418 = arith.addi %34, %416 : index
                %419 = vector.load %37[%418] : memref<4096xf32>, vector<16xf32>
                %420 = arith.addi %399, %411 : index
                %421 = memref.load %0[%420] : memref<?xf32>
                %422 = vector.broadcast %421 : f32 to vector<16xf32>
                %423 = vector.fma %422, %417, %412 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %424 = vector.fma %422, %419, %413 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %425 = arith.addi %411, %14 : index
                %426 = arith.muli %425, %400 : index
                %427 = vector.load %37[%426] : memref<4096xf32>, vector<16xf32>
                %428 = arith.addi %34, %426 : index
                %429 = vector.load %37[%428] : memref<4096xf32>, vector<16xf32>
                %430 = arith.addi %399, %425 : index
                %431 = memref.load %0[%430] : memref<?xf32>
                %432 = vector.broadcast %431 : f32 to vector<16xf32>
                %433 = vector.fma %432, %427, %414 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %434 = vector.fma %432, %429, %415 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %423, %424, %433, %434 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %435 = arith.addf %407, %409 fastmath<nsz,arcp,afn> : vector<16xf32>
              %436 = arith.addf %408, %410 fastmath<nsz,arcp,afn> : vector<16xf32>
              %437 = vector.load %2[%402] : memref<?xf32>, vector<16xf32>
              %438 = arith.addf %435, %437 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %438, %3[%402] : memref<?xf32>, vector<16xf32>
              %439 = vector.load %2[%404] : memref<?xf32>, vector<16xf32>
              %440 = arith.addf %436, %439 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %440, %3[%404] : memref<?xf32>, vector<16xf32>
            }
          } else {
            %441 = arith.muli %29, %30 : index
            %442 = arith.addi %441, %14 : index
            %443 = arith.constant 2048 : index
            %444 = arith.muli %441, %443 : index
            %445 = arith.muli %442, %443 : index
            scf.for %446 = %20 to %22 step %14 {
              %447 = arith.constant 128 : index
              %448 = arith.muli %446, %447 : index
              %449 = arith.constant 16 : index
              %450 = arith.muli %441, %449 : index
              %451 = arith.addi %448, %450 : index
              rlx_cpu.prefetch %2[%451] : memref<?xf32>
              %452 = arith.muli %442, %449 : index
              %453 = arith.addi %448, %452 : index
              rlx_cpu.prefetch %2[%453] : memref<?xf32>
              %454 = arith.constant 0.000000e+00 : f32
              %455 = vector.broadcast %454 : f32 to vector<16xf32>
              %456, %457, %458, %459 = scf.for %460 = %13 to %447 step %30 iter_args(%461 = %455, %462 = %455, %463 = %455, %464 = %455) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %465 = arith.muli %460, %449 : index
                %466 = arith.addi %444, %465 : index
                %467 = vector.load %1[%466] : memref<?xi16>, vector<16xi16>
                %468 = arith.extui %467 : vector<16xi16> to vector<16xi32>
                %469 = arith.constant dense<16> : vector<16xi32>
                %470 = arith.shli %468, %469 : vector<16xi32>
                %471 = arith.bitcast %470 : vector<16xi32> to vector<16xf32>
                %472 = arith.addi %445, %465 : index
                %473 = vector.load %1[%472] : memref<?xi16>, vector<16xi16>
                %474 = arith.extui %473 : vector<16xi16> to vector<16xi32>
                %475 = arith.shli %474, %469 : vector<16xi32>
                %476 = arith.bitcast %475 : vector<16xi32> to vector<16xf32>
                %477 = arith.addi %448, %460 : index
                %478 = memref.load %0[%477] : memref<?xf32>
                %479 = vector.broadcast %478 : f32 to vector<16xf32>
                %480 = vector.fma %479, %471, %461 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %481 = vector.fma %479, %476, %462 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %482 = arith.addi %460, %14 : index
                %483 = arith.muli %482, %449 : index
                %484 = arith.addi %444, %483 : index
                %485 = vector.load %1[%484] : memref<?xi16>, vector<16xi16>
                %486 = arith.extui %485 : vector<16xi16> to vector<16xi32>
                %487 = arith.shli %486, %469 : vector<16xi32>
                %488 = arith.bitcast %487 : vector<16xi32> to vector<16xf32>
                %489 = arith.addi %445, %483 : index
                %490 = vector.load %1[%489] : memref<?xi16>, vector<16xi16>
                %491 = arith.extui %490 : vector<16xi16> to vector<16xi32>
                %492 = arith.shli %491, %469 : vector<16xi32>
                %493 = arith.bitcast %492 : vector<16xi32> to vector<16xf32>
                %494 = arith.addi %448, %482 : index
                %495 = memref.load %0[%494] : memref<?xf32>
                %496 = vector.broadcast %495 : f32 to vector<16xf32>
                %497 = vector.fma %496, %488, %463 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %498 = vector.fma %496, %493, %464 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %480, %481, %497, %498 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %499 = arith.addf %456, %458 fastmath<nsz,arcp,afn> : vector<16xf32>
              %500 = arith.addf %457, %459 fastmath<nsz,arcp,afn> : vector<16xf32>
              %501 = vector.load %2[%451] : memref<?xf32>, vector<16xf32>
              %502 = arith.addf %499, %501 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %502, %3[%451] : memref<?xf32>, vector<16xf32>
              %503 = vector.load %2[%453] : memref<?xf32>, vector<16xf32>
              %504 = arith.addf %500, %503 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %504, %3[%453] : memref<?xf32>, vector<16xf32>
            }
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @linear_k192_n128_residual_bf16(%0: memref<?xf32>, %1: memref<?xi16>, %2: memref<?xf32>, %3: memref<?xf32>, %4: index) attributes {rlx.kernel = {family = "linear", k = 192 : i64, ns = array<i64: 128>, residual = true, rows = 8 : i64, paired = true, lanes = 16 : i64, kunroll = 2 : i64, panel_rows = 648 : i64, tile_group = 1 : i64, parallel_min_work = 524288 : i64, weight_format = "bf16", stage = true, tail_rows = array<i64: 4, 2>, block_chains = 8 : i64, block_prefetch = "l1_ahead", prefetch_steps = 16 : i64}} {
    %5 = arith.constant 24576 : index
    %6 = arith.muli %4, %5 : index
    %7 = arith.constant 647 : index
    %8 = arith.addi %4, %7 : index
    %9 = arith.constant 648 : index
    %10 = arith.divui %8, %9 : index
    %11 = arith.constant 4 : index
    %12 = arith.muli %10, %11 : index
    %13 = arith.constant 0 : index
    %14 = arith.constant 1 : index
    %15 = arith.constant 524288 : index
    %16 = arith.cmpi uge, %6, %15 : index
    rlx_cpu.parallel_if %16 {
      "scf.parallel"(%13, %12, %14) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%17: index):
        %18 = arith.divui %17, %10 : index
        %19 = arith.remui %17, %10 : index
        %20 = arith.muli %19, %9 : index
        %21 = arith.addi %20, %9 : index
        %22 = arith.minui %21, %4 : index
        %23 = arith.subi %22, %20 : index
        %24 = arith.constant 8 : index
        %25 = arith.divui %23, %24 : index
        %26 = arith.muli %25, %24 : index
        %27 = arith.addi %20, %26 : index
        %28 = arith.addi %18, %14 : index
        scf.for %29 = %18 to %28 step %14 {
          %30 = arith.constant 2 : index
          %31 = arith.cmpi uge, %23, %30 : index
          scf.if %31 {
            %32 = arith.muli %29, %30 : index
            %33 = arith.addi %32, %14 : index
            %34 = arith.constant 3072 : index
            %35 = arith.muli %32, %34 : index
            %36 = arith.muli %33, %34 : index
            %37 = memref.alloca() : memref<6144xf32>
            %38 = arith.constant 192 : index
            scf.for %39 = %13 to %38 step %14 {
              scf.for %40 = %13 to %14 step %14 {
                %41 = arith.addi %39, %40 : index
                %42 = arith.constant 16 : index
                %43 = arith.muli %41, %42 : index
                %44 = arith.addi %35, %43 : index
                %45 = vector.load %1[%44] : memref<?xi16>, vector<16xi16>
                %46 = arith.extui %45 : vector<16xi16> to vector<16xi32>
                %47 = arith.constant dense<16> : vector<16xi32>
                %48 = arith.shli %46, %47 : vector<16xi32>
                %49 = arith.bitcast %48 : vector<16xi32> to vector<16xf32>
                vector.store %49, %37[%43] : memref<6144xf32>, vector<16xf32>
              }
            }
            scf.for %50 = %13 to %38 step %14 {
              scf.for %51 = %13 to %14 step %14 {
                %52 = arith.addi %50, %51 : index
                %53 = arith.constant 16 : index
                %54 = arith.muli %52, %53 : index
                %55 = arith.addi %36, %54 : index
                %56 = vector.load %1[%55] : memref<?xi16>, vector<16xi16>
                %57 = arith.extui %56 : vector<16xi16> to vector<16xi32>
                %58 = arith.constant dense<16> : vector<16xi32>
                %59 = arith.shli %57, %58 : vector<16xi32>
                %60 = arith.bitcast %59 : vector<16xi32> to vector<16xf32>
                %61 = arith.addi %34, %54 : index
                vector.store %60, %37[%61] : memref<6144xf32>, vector<16xf32>
              }
            }
            scf.for %62 = %20 to %27 step %24 {
              %63 = arith.addi %62, %14 : index
              %64 = arith.addi %62, %30 : index
              %65 = arith.constant 3 : index
              %66 = arith.addi %62, %65 : index
              %67 = arith.addi %62, %11 : index
              %68 = arith.constant 5 : index
              %69 = arith.addi %62, %68 : index
              %70 = arith.constant 6 : index
              %71 = arith.addi %62, %70 : index
              %72 = arith.constant 7 : index
              %73 = arith.addi %62, %72 : index
              %74 = arith.constant 128 : index
              %75 = arith.muli %62, %74 : index
              %76 = arith.constant 16 : index
              %77 = arith.muli %32, %76 : index
              %78 = arith.addi %75, %77 : index
              rlx_cpu.prefetch %2[%78] : memref<?xf32>
              %79 = arith.muli %33, %76 : index
              %80 = arith.addi %75, %79 : index
              rlx_cpu.prefetch %2[%80] : memref<?xf32>
              %81 = arith.muli %63, %74 : index
              %82 = arith.addi %81, %77 : index
              rlx_cpu.prefetch %2[%82] : memref<?xf32>
              %83 = arith.addi %81, %79 : index
              rlx_cpu.prefetch %2[%83] : memref<?xf32>
              %84 = arith.muli %64, %74 : index
              %85 = arith.addi %84, %77 : index
              rlx_cpu.prefetch %2[%85] : memref<?xf32>
              %86 = arith.addi %84, %79 : index
              rlx_cpu.prefetch %2[%86] : memref<?xf32>
              %87 = arith.muli %66, %74 : index
              %88 = arith.addi %87, %77 : index
              rlx_cpu.prefetch %2[%88] : memref<?xf32>
              %89 = arith.addi %87, %79 : index
              rlx_cpu.prefetch %2[%89] : memref<?xf32>
              %90 = arith.muli %67, %74 : index
              %91 = arith.addi %90, %77 : index
              rlx_cpu.prefetch %2[%91] : memref<?xf32>
              %92 = arith.addi %90, %79 : index
              rlx_cpu.prefetch %2[%92] : memref<?xf32>
              %93 = arith.muli %69, %74 : index
              %94 = arith.addi %93, %77 : index
              rlx_cpu.prefetch %2[%94] : memref<?xf32>
              %95 = arith.addi %93, %79 : index
              rlx_cpu.prefetch %2[%95] : memref<?xf32>
              %96 = arith.muli %71, %74 : index
              %97 = arith.addi %96, %77 : index
              rlx_cpu.prefetch %2[%97] : memref<?xf32>
              %98 = arith.addi %96, %79 : index
              rlx_cpu.prefetch %2[%98] : memref<?xf32>
              %99 = arith.muli %73, %74 : index
              %100 = arith.addi %99, %77 : index
              rlx_cpu.prefetch %2[%100] : memref<?xf32>
              %101 = arith.addi %99, %79 : index
              rlx_cpu.prefetch %2[%101] : memref<?xf32>
              %102 = arith.muli %62, %38 : index
              %103 = arith.addi %102, %38 : index
              %104 = arith.constant 384 : index
              %105 = arith.addi %102, %104 : index
              %106 = arith.constant 576 : index
              %107 = arith.addi %102, %106 : index
              %108 = arith.constant 768 : index
              %109 = arith.addi %102, %108 : index
              %110 = arith.constant 960 : index
              %111 = arith.addi %102, %110 : index
              %112 = arith.constant 1152 : index
              %113 = arith.addi %102, %112 : index
              %114 = arith.constant 1344 : index
              %115 = arith.addi %102, %114 : index
              %116 = arith.constant 0.000000e+00 : f32
              %117 = vector.broadcast %116 : f32 to vector<16xf32>
              %118, %119, %120, %121, %122, %123, %124, %125, %126, %127, %128, %129, %130, %131, %132, %133 = scf.for %134 = %13 to %38 step %14 iter_args(%135 = %117, %136 = %117, %137 = %117, %138 = %117, %139 = %117, %140 = %117, %141 = %117, %142 = %117, %143 = %117, %144 = %117, %145 = %117, %146 = %117, %147 = %117, %148 = %117, %149 = %117, %150 = %117) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %151 = arith.muli %134, %76 : index
                %152 = vector.load %37[%151] : memref<6144xf32>, vector<16xf32>
                %153 = arith.addi %34, %151 : index
                %154 = vector.load %37[%153] : memref<6144xf32>, vector<16xf32>
                %155 = arith.constant 256 : index
                %156 = arith.addi %151, %155 : index
                rlx_cpu.prefetch %37[%156] {cache = "l1"} : memref<6144xf32>
                %157 = arith.addi %153, %155 : index
                rlx_cpu.prefetch %37[%157] {cache = "l1"} : memref<6144xf32>
                %158 = arith.addi %102, %134 : index
                %159 = memref.load %0[%158] : memref<?xf32>
                %160 = vector.broadcast %159 : f32 to vector<16xf32>
                %161 = vector.fma %160, %152, %135 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %162 = vector.fma %160, %154, %136 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %163 = arith.addi %103, %134 : index
                %164 = memref.load %0[%163] : memref<?xf32>
                %165 = vector.broadcast %164 : f32 to vector<16xf32>
                %166 = vector.fma %165, %152, %137 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %167 = vector.fma %165, %154, %138 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %168 = arith.addi %105, %134 : index
                %169 = memref.load %0[%168] : memref<?xf32>
                %170 = vector.broadcast %169 : f32 to vector<16xf32>
                %171 = vector.fma %170, %152, %139 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %172 = vector.fma %170, %154, %140 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %173 = arith.addi %107, %134 : index
                %174 = memref.load %0[%173] : memref<?xf32>
                %175 = vector.broadcast %174 : f32 to vector<16xf32>
                %176 = vector.fma %175, %152, %141 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %177 = vector.fma %175, %154, %142 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %178 = arith.addi %109, %134 : index
                %179 = memref.load %0[%178] : memref<?xf32>
                %180 = vector.broadcast %179 : f32 to vector<16xf32>
                %181 = vector.fma %180, %152, %143 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %182 = vector.fma %180, %154, %144 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %183 = arith.addi %111, %134 : index
                %184 = memref.load %0[%183] : memref<?xf32>
                %185 = vector.broadcast %184 : f32 to vector<16xf32>
                %186 = vector.fma %185, %152, %145 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %187 = vector.fma %185, %154, %146 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %188 = arith.addi %113, %134 : index
                %189 = memref.load %0[%188] : memref<?xf32>
                %190 = vector.broadcast %189 : f32 to vector<16xf32>
                %191 = vector.fma %190, %152, %147 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %192 = vector.fma %190, %154, %148 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %193 = arith.addi %115, %134 : index
                %194 = memref.load %0[%193] : memref<?xf32>
                %195 = vector.broadcast %194 : f32 to vector<16xf32>
                %196 = vector.fma %195, %152, %149 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %197 = vector.fma %195, %154, %150 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %161, %162, %166, %167, %171, %172, %176, %177, %181, %182, %186, %187, %191, %192, %196, %197 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %198 = vector.load %2[%78] : memref<?xf32>, vector<16xf32>
              %199 = arith.addf %118, %198 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %199, %3[%78] : memref<?xf32>, vector<16xf32>
              %200 = vector.load %2[%80] : memref<?xf32>, vector<16xf32>
              %201 = arith.addf %119, %200 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %201, %3[%80] : memref<?xf32>, vector<16xf32>
              %202 = vector.load %2[%82] : memref<?xf32>, vector<16xf32>
              %203 = arith.addf %120, %202 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %203, %3[%82] : memref<?xf32>, vector<16xf32>
              %204 = vector.load %2[%83] : memref<?xf32>, vector<16xf32>
              %205 = arith.addf %121, %204 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %205, %3[%83] : memref<?xf32>, vector<16xf32>
              %206 = vector.load %2[%85] : memref<?xf32>, vector<16xf32>
              %207 = arith.addf %122, %206 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %207, %3[%85] : memref<?xf32>, vector<16xf32>
              %208 = vector.load %2[%86] : memref<?xf32>, vector<16xf32>
              %209 = arith.addf %123, %208 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %209, %3[%86] : memref<?xf32>, vector<16xf32>
              %210 = vector.load %2[%88] : memref<?xf32>, vector<16xf32>
              %211 = arith.addf %124, %210 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %211, %3[%88] : memref<?xf32>, vector<16xf32>
              %212 = vector.load %2[%89] : memref<?xf32>, vector<16xf32>
              %213 = arith.addf %125, %212 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %213, %3[%89] : memref<?xf32>, vector<16xf32>
              %214 = vector.load %2[%91] : memref<?xf32>, vector<16xf32>
              %215 = arith.addf %126, %214 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %215, %3[%91] : memref<?xf32>, vector<16xf32>
              %216 = vector.load %2[%92] : memref<?xf32>, vector<16xf32>
              %217 = arith.addf %127, %216 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %217, %3[%92] : memref<?xf32>, vector<16xf32>
              %218 = vector.load %2[%94] : memref<?xf32>, vector<16xf32>
              %219 = arith.addf %128, %218 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %219, %3[%94] : memref<?xf32>, vector<16xf32>
              %220 = vector.load %2[%95] : memref<?xf32>, vector<16xf32>
              %221 = arith.addf %129, %220 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %221, %3[%95] : memref<?xf32>, vector<16xf32>
              %222 = vector.load %2[%97] : memref<?xf32>, vector<16xf32>
              %223 = arith.addf %130, %222 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %223, %3[%97] : memref<?xf32>, vector<16xf32>
              %224 = vector.load %2[%98] : memref<?xf32>, vector<16xf32>
              %225 = arith.addf %131, %224 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %225, %3[%98] : memref<?xf32>, vector<16xf32>
              %226 = vector.load %2[%100] : memref<?xf32>, vector<16xf32>
              %227 = arith.addf %132, %226 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %227, %3[%100] : memref<?xf32>, vector<16xf32>
              %228 = vector.load %2[%101] : memref<?xf32>, vector<16xf32>
              %229 = arith.addf %133, %228 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %229, %3[%101] : memref<?xf32>, vector<16xf32>
            }
            %230 = arith.subi %22, %27 : index
            %231 = arith.divui %230, %11 : index
            %232 = arith.muli %231, %11 : index
            %233 = arith.addi %27, %232 : index
            scf.for %234 = %27 to %233 step %11 {
              %235 = arith.addi %234, %14 : index
              %236 = arith.addi %234, %30 : index
              %237 = arith.constant 3 : index
              %238 = arith.addi %234, %237 : index
              %239 = arith.constant 128 : index
              %240 = arith.muli %234, %239 : index
              %241 = arith.constant 16 : index
              %242 = arith.muli %32, %241 : index
              %243 = arith.addi %240, %242 : index
              rlx_cpu.prefetch %2[%243] : memref<?xf32>
              %244 = arith.muli %33, %241 : index
              %245 = arith.addi %240, %244 : index
              rlx_cpu.prefetch %2[%245] : memref<?xf32>
              %246 = arith.muli %235, %239 : index
              %247 = arith.addi %246, %242 : index
              rlx_cpu.prefetch %2[%247] : memref<?xf32>
              %248 = arith.addi %246, %244 : index
              rlx_cpu.prefetch %2[%248] : memref<?xf32>
              %249 = arith.muli %236, %239 : index
              %250 = arith.addi %249, %242 : index
              rlx_cpu.prefetch %2[%250] : memref<?xf32>
              %251 = arith.addi %249, %244 : index
              rlx_cpu.prefetch %2[%251] : memref<?xf32>
              %252 = arith.muli %238, %239 : index
              %253 = arith.addi %252, %242 : index
              rlx_cpu.prefetch %2[%253] : memref<?xf32>
              %254 = arith.addi %252, %244 : index
              rlx_cpu.prefetch %2[%254] : memref<?xf32>
              %255 = arith.muli %234, %38 : index
              %256 = arith.addi %255, %38 : index
              %257 = arith.constant 384 : index
              %258 = arith.addi %255, %257 : index
              %259 = arith.constant 576 : index
              %260 = arith.addi %255, %259 : index
              %261 = arith.constant 0.000000e+00 : f32
              %262 = vector.broadcast %261 : f32 to vector<16xf32>
              %263, %264, %265, %266, %267, %268, %269, %270 = scf.for %271 = %13 to %38 step %14 iter_args(%272 = %262, %273 = %262, %274 = %262, %275 = %262, %276 = %262, %277 = %262, %278 = %262, %279 = %262) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %280 = arith.muli %271, %241 : index
                %281 = vector.load %37[%280] : memref<6144xf32>, vector<16xf32>
                %282 = arith.addi %34, %280 : index
                %283 = vector.load %37[%282] : memref<6144xf32>, vector<16xf32>
                %284 = arith.constant 256 : index
                %285 = arith.addi %280, %284 : index
                rlx_cpu.prefetch %37[%285] {cache = "l1"} : memref<6144xf32>
                %286 = arith.addi %282, %284 : index
                rlx_cpu.prefetch %37[%286] {cache = "l1"} : memref<6144xf32>
                %287 = arith.addi %255, %271 : index
                %288 = memref.load %0[%287] : memref<?xf32>
                %289 = vector.broadcast %288 : f32 to vector<16xf32>
                %290 = vector.fma %289, %281, %272 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %291 = vector.fma %289, %283, %273 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %292 = arith.addi %256, %271 : index
                %293 = memref.load %0[%292] : memref<?xf32>
                %294 = vector.broadcast %293 : f32 to vector<16xf32>
                %295 = vector.fma %294, %281, %274 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %296 = vector.fma %294, %283, %275 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %297 = arith.addi %258, %271 : index
                %298 = memref.load %0[%297] : memref<?xf32>
                %299 = vector.broadcast %298 : f32 to vector<16xf32>
                %300 = vector.fma %299, %281, %276 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %301 = vector.fma %299, %283, %277 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %302 = arith.addi %260, %271 : index
                %303 = memref.load %0[%302] : memref<?xf32>
                %304 = vector.broadcast %303 : f32 to vector<16xf32>
                %305 = vector.fma %304, %281, %278 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %306 = vector.fma %304, %283, %279 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %290, %291, %295, %296, %300, %301, %305, %306 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %307 = vector.load %2[%243] : memref<?xf32>, vector<16xf32>
              %308 = arith.addf %263, %307 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %308, %3[%243] : memref<?xf32>, vector<16xf32>
              %309 = vector.load %2[%245] : memref<?xf32>, vector<16xf32>
              %310 = arith.addf %264, %309 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %310, %3[%245] : memref<?xf32>, vector<16xf32>
              %311 = vector.load %2[%247] : memref<?xf32>, vector<16xf32>
              %312 = arith.addf %265, %311 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %312, %3[%247] : memref<?xf32>, vector<16xf32>
              %313 = vector.load %2[%248] : memref<?xf32>, vector<16xf32>
              %314 = arith.addf %266, %313 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %314, %3[%248] : memref<?xf32>, vector<16xf32>
              %315 = vector.load %2[%250] : memref<?xf32>, vector<16xf32>
              %316 = arith.addf %267, %315 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %316, %3[%250] : memref<?xf32>, vector<16xf32>
              %317 = vector.load %2[%251] : memref<?xf32>, vector<16xf32>
              %318 = arith.addf %268, %317 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %318, %3[%251] : memref<?xf32>, vector<16xf32>
              %319 = vector.load %2[%253] : memref<?xf32>, vector<16xf32>
              %320 = arith.addf %269, %319 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %320, %3[%253] : memref<?xf32>, vector<16xf32>
              %321 = vector.load %2[%254] : memref<?xf32>, vector<16xf32>
              %322 = arith.addf %270, %321 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %322, %3[%254] : memref<?xf32>, vector<16xf32>
            }
            %323 = arith.subi %22, %233 : index
            %324 = arith.divui %323, %30 : index
            %325 = arith.muli %324, %30 : index
            %326 = arith.addi %233, %325 : index
            scf.for %327 = %233 to %326 step %30 {
              %328 = arith.addi %327, %14 : index
              %329 = arith.constant 128 : index
              %330 = arith.muli %327, %329 : index
              %331 = arith.constant 16 : index
              %332 = arith.muli %32, %331 : index
              %333 = arith.addi %330, %332 : index
              rlx_cpu.prefetch %2[%333] : memref<?xf32>
              %334 = arith.muli %33, %331 : index
              %335 = arith.addi %330, %334 : index
              rlx_cpu.prefetch %2[%335] : memref<?xf32>
              %336 = arith.muli %328, %329 : index
              %337 = arith.addi %336, %332 : index
              rlx_cpu.prefetch %2[%337] : memref<?xf32>
              %338 = arith.addi %336, %334 : index
              rlx_cpu.prefetch %2[%338] : memref<?xf32>
              %339 = arith.muli %327, %38 : index
              %340 = arith.addi %339, %38 : index
              %341 = arith.constant 0.000000e+00 : f32
              %342 = vector.broadcast %341 : f32 to vector<16xf32>
              %343, %344, %345, %346, %347, %348, %349, %350 = scf.for %351 = %13 to %38 step %30 iter_args(%352 = %342, %353 = %342, %354 = %342, %355 = %342, %356 = %342, %357 = %342, %358 = %342, %359 = %342) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %360 = arith.muli %351, %331 : index
                %361 = vector.load %37[%360] : memref<6144xf32>, vector<16xf32>
                %362 = arith.addi %34, %360 : index
                %363 = vector.load %37[%362] : memref<6144xf32>, vector<16xf32>
                %364 = arith.constant 256 : index
                %365 = arith.addi %360, %364 : index
                rlx_cpu.prefetch %37[%365] {cache = "l1"} : memref<6144xf32>
                %366 = arith.addi %362, %364 : index
                rlx_cpu.prefetch %37[%366] {cache = "l1"} : memref<6144xf32>
                %367 = arith.addi %339, %351 : index
                %368 = memref.load %0[%367] : memref<?xf32>
                %369 = vector.broadcast %368 : f32 to vector<16xf32>
                %370 = vector.fma %369, %361, %352 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %371 = vector.fma %369, %363, %353 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %372 = arith.addi %340, %351 : index
                %373 = memref.load %0[%372] : memref<?xf32>
                %374 = vector.broadcast %373 : f32 to vector<16xf32>
                %375 = vector.fma %374, %361, %354 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %376 = vector.fma %374, %363, %355 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %377 = arith.addi %351, %14 : index
                %378 = arith.muli %377, %331 : index
                %379 = vector.load %37[%378] : memref<6144xf32>, vector<16xf32>
                %380 = arith.addi %34, %378 : index
                %381 = vector.load %37[%380] : memref<6144xf32>, vector<16xf32>
                %382 = arith.addi %378, %364 : index
                rlx_cpu.prefetch %37[%382] {cache = "l1"} : memref<6144xf32>
                %383 = arith.addi %380, %364 : index
                rlx_cpu.prefetch %37[%383] {cache = "l1"} : memref<6144xf32>
                %384 = arith.addi %339, %377 : index
                %385 = memref.load %0[%384] : memref<?xf32>
                %386 = vector.broadcast %385 : f32 to vector<16xf32>
                %387 = vector.fma %386, %379, %356 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %388 = vector.fma %386, %381, %357 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %389 = arith.addi %340, %377 : index
                %390 = memref.load %0[%389] : memref<?xf32>
                %391 = vector.broadcast %390 : f32 to vector<16xf32>
                %392 = vector.fma %391, %379, %358 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %393 = vector.fma %391, %381, %359 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %370, %371, %375, %376, %387, %388, %392, %393 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %394 = arith.addf %343, %347 fastmath<nsz,arcp,afn> : vector<16xf32>
              %395 = arith.addf %344, %348 fastmath<nsz,arcp,afn> : vector<16xf32>
              %396 = arith.addf %345, %349 fastmath<nsz,arcp,afn> : vector<16xf32>
              %397 = arith.addf %346, %350 fastmath<nsz,arcp,afn> : vector<16xf32>
              %398 = vector.load %2[%333] : memref<?xf32>, vector<16xf32>
              %399 = arith.addf %394, %398 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %399, %3[%333] : memref<?xf32>, vector<16xf32>
              %400 = vector.load %2[%335] : memref<?xf32>, vector<16xf32>
              %401 = arith.addf %395, %400 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %401, %3[%335] : memref<?xf32>, vector<16xf32>
              %402 = vector.load %2[%337] : memref<?xf32>, vector<16xf32>
              %403 = arith.addf %396, %402 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %403, %3[%337] : memref<?xf32>, vector<16xf32>
              %404 = vector.load %2[%338] : memref<?xf32>, vector<16xf32>
              %405 = arith.addf %397, %404 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %405, %3[%338] : memref<?xf32>, vector<16xf32>
            }
            scf.for %406 = %326 to %22 step %14 {
              %407 = arith.constant 128 : index
              %408 = arith.muli %406, %407 : index
              %409 = arith.constant 16 : index
              %410 = arith.muli %32, %409 : index
              %411 = arith.addi %408, %410 : index
              rlx_cpu.prefetch %2[%411] : memref<?xf32>
              %412 = arith.muli %33, %409 : index
              %413 = arith.addi %408, %412 : index
              rlx_cpu.prefetch %2[%413] : memref<?xf32>
              %414 = arith.muli %406, %38 : index
              %415 = arith.constant 0.000000e+00 : f32
              %416 = vector.broadcast %415 : f32 to vector<16xf32>
              %417, %418, %419, %420 = scf.for %421 = %13 to %38 step %30 iter_args(%422 = %416, %423 = %416, %424 = %416, %425 = %416) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %426 = arith.muli %421, %409 : index
                %427 = vector.load %37[%426] : memref<6144xf32>, vector<16xf32>
                %428 = arith.addi %34, %426 : index
                %429 = vector.load %37[%428] : memref<6144xf32>, vector<16xf32>
                %430 = arith.addi %414, %421 : index
                %431 = memref.load %0[%430] : memref<?xf32>
                %432 = vector.broadcast %431 : f32 to vector<16xf32>
                %433 = vector.fma %432, %427, %422 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %434 = vector.fma %432, %429, %423 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %435 = arith.addi %421, %14 : index
                %436 = arith.muli %435, %409 : index
                %437 = vector.load %37[%436] : memref<6144xf32>, vector<16xf32>
                %438 = arith.addi %34, %436 : index
                %439 = vector.load %37[%438] : memref<6144xf32>, vector<16xf32>
                %440 = arith.addi %414, %435 : index
                %441 = memref.load %0[%440] : memref<?xf32>
                %442 = vector.broadcast %441 : f32 to vector<16xf32>
                %443 = vector.fma %442, %437, %424 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %444 = vector.fma %442, %439, %425 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %433, %434, %443, %444 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %445 = arith.addf %417, %419 fastmath<nsz,arcp,afn> : vector<16xf32>
              %446 = arith.addf %418, %420 fastmath<nsz,arcp,afn> : vector<16xf32>
              %447 = vector.load %2[%411] : memref<?xf32>, vector<16xf32>
              %448 = arith.addf %445, %447 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %448, %3[%411] : memref<?xf32>, vector<16xf32>
              %449 = vector.load %2[%413] : memref<?xf32>, vector<16xf32>
              %450 = arith.addf %446, %449 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %450, %3[%413] : memref<?xf32>, vector<16xf32>
            }
          } else {
            %451 = arith.muli %29, %30 : index
            %452 = arith.addi %451, %14 : index
            %453 = arith.constant 3072 : index
            %454 = arith.muli %451, %453 : index
            %455 = arith.muli %452, %453 : index
            scf.for %456 = %20 to %22 step %14 {
              %457 = arith.constant 128 : index
              %458 = arith.muli %456, %457 : index
              %459 = arith.constant 16 : index
              %460 = arith.muli %451, %459 : index
              %461 = arith.addi %458, %460 : index
              rlx_cpu.prefetch %2[%461] : memref<?xf32>
              %462 = arith.muli %452, %459 : index
              %463 = arith.addi %458, %462 : index
              rlx_cpu.prefetch %2[%463] : memref<?xf32>
              %464 = arith.constant 192 : index
              %465 = arith.muli %456, %464 : index
              %466 = arith.constant 0.000000e+00 : f32
              %467 = vector.broadcast %466 : f32 to vector<16xf32>
              %468, %469, %470, %471 = scf.for %472 = %13 to %464 step %30 iter_args(%473 = %467, %474 = %467, %475 = %467, %476 = %467) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %477 = arith.muli %472, %459 : index
                %478 = arith.addi %454, %477 : index
                %479 = vector.load %1[%478] : memref<?xi16>, vector<16xi16>
                %480 = arith.extui %479 : vector<16xi16> to vector<16xi32>
                %481 = arith.constant dense<16> : vector<16xi32>
                %482 = arith.shli %480, %481 : vector<16xi32>
                %483 = arith.bitcast %482 : vector<16xi32> to vector<16xf32>
                %484 = arith.addi %455, %477 : index
                %485 = vector.load %1[%484] : memref<?xi16>, vector<16xi16>
                %486 = arith.extui %485 : vector<16xi16> to vector<16xi32>
                %487 = arith.shli %486, %481 : vector<16xi32>
                %488 = arith.bitcast %487 : vector<16xi32> to vector<16xf32>
                %489 = arith.addi %465, %472 : index
                %490 = memref.load %0[%489] : memref<?xf32>
                %491 = vector.broadcast %490 : f32 to vector<16xf32>
                %492 = vector.fma %491, %483, %473 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %493 = vector.fma %491, %488, %474 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %494 = arith.addi %472, %14 : index
                %495 = arith.muli %494, %459 : index
                %496 = arith.addi %454, %495 : index
                %497 = vector.load %1[%496] : memref<?xi16>, vector<16xi16>
                %498 = arith.extui %497 : vector<16xi16> to vector<16xi32>
                %499 = arith.shli %498, %481 : vector<16xi32>
                %500 = arith.bitcast %499 : vector<16xi32> to vector<16xf32>
                %501 = arith.addi %455, %495 : index
                %502 = vector.load %1[%501] : memref<?xi16>, vector<16xi16>
                %503 = arith.extui %502 : vector<16xi16> to vector<16xi32>
                %504 = arith.shli %503, %481 : vector<16xi32>
                %505 = arith.bitcast %504 : vector<16xi32> to vector<16xf32>
                %506 = arith.addi %465, %494 : index
                %507 = memref.load %0[%506] : memref<?xf32>
                %508 = vector.broadcast %507 : f32 to vector<16xf32>
                %509 = vector.fma %508, %500, %475 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %510 = vector.fma %508, %505, %476 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %492, %493, %509, %510 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %511 = arith.addf %468, %470 fastmath<nsz,arcp,afn> : vector<16xf32>
              %512 = arith.addf %469, %471 fastmath<nsz,arcp,afn> : vector<16xf32>
              %513 = vector.load %2[%461] : memref<?xf32>, vector<16xf32>
              %514 = arith.addf %511, %513 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %514, %3[%461] : memref<?xf32>, vector<16xf32>
              %515 = vector.load %2[%463] : memref<?xf32>, vector<16xf32>
              %516 = arith.addf %512, %515 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %516, %3[%463] : memref<?xf32>, vector<16xf32>
            }
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @linear_swiglu_k128_n192_bf16(%0: memref<?xf32>, %1: memref<?xi16>, %2: memref<?xi16>, %3: memref<?xf32>, %4: index) attributes {rlx.kernel = {family = "linear_swiglu", k = 128 : i64, ns = array<i64: 192>, rows = 8 : i64, paired = false, lanes = 16 : i64, kunroll = 2 : i64, panel_rows = 992 : i64, tile_group = 1 : i64, parallel_min_work = 524288 : i64, weight_format = "bf16", stage = true, tail_rows = array<i64: 4, 2>, block_chains = 8 : i64, block_prefetch = "l1_ahead", prefetch_steps = 16 : i64}} {
    %5 = arith.constant 49152 : index
    %6 = arith.muli %4, %5 : index
    %7 = arith.constant 991 : index
    %8 = arith.addi %4, %7 : index
    %9 = arith.constant 992 : index
    %10 = arith.divui %8, %9 : index
    %11 = arith.constant 12 : index
    %12 = arith.muli %10, %11 : index
    %13 = arith.constant 0 : index
    %14 = arith.constant 1 : index
    %15 = arith.constant 524288 : index
    %16 = arith.cmpi uge, %6, %15 : index
    rlx_cpu.parallel_if %16 {
      "scf.parallel"(%13, %12, %14) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%17: index):
        %18 = arith.divui %17, %10 : index
        %19 = arith.remui %17, %10 : index
        %20 = arith.muli %19, %9 : index
        %21 = arith.addi %20, %9 : index
        %22 = arith.minui %21, %4 : index
        %23 = arith.subi %22, %20 : index
        %24 = arith.constant 8 : index
        %25 = arith.divui %23, %24 : index
        %26 = arith.muli %25, %24 : index
        %27 = arith.addi %20, %26 : index
        %28 = arith.addi %18, %14 : index
        scf.for %29 = %18 to %28 step %14 {
          %30 = arith.constant 2 : index
          %31 = arith.cmpi uge, %23, %30 : index
          scf.if %31 {
            %32 = arith.constant 2048 : index
            %33 = arith.muli %29, %32 : index
            %34 = memref.alloca() : memref<4096xf32>
            %35 = arith.constant 128 : index
            scf.for %36 = %13 to %35 step %14 {
              scf.for %37 = %13 to %14 step %14 {
                %38 = arith.addi %36, %37 : index
                %39 = arith.constant 16 : index
                %40 = arith.muli %38, %39 : index
                %41 = arith.addi %33, %40 : index
                %42 = vector.load %1[%41] : memref<?xi16>, vector<16xi16>
                %43 = arith.extui %42 : vector<16xi16> to vector<16xi32>
                %44 = arith.constant dense<16> : vector<16xi32>
                %45 = arith.shli %43, %44 : vector<16xi32>
                %46 = arith.bitcast %45 : vector<16xi32> to vector<16xf32>
                vector.store %46, %34[%40] : memref<4096xf32>, vector<16xf32>
              }
            }
            scf.for %47 = %13 to %35 step %14 {
              scf.for %48 = %13 to %14 step %14 {
                %49 = arith.addi %47, %48 : index
                %50 = arith.constant 16 : index
                %51 = arith.muli %49, %50 : index
                %52 = arith.addi %33, %51 : index
                %53 = vector.load %2[%52] : memref<?xi16>, vector<16xi16>
                %54 = arith.extui %53 : vector<16xi16> to vector<16xi32>
                %55 = arith.constant dense<16> : vector<16xi32>
                %56 = arith.shli %54, %55 : vector<16xi32>
                %57 = arith.bitcast %56 : vector<16xi32> to vector<16xf32>
                %58 = arith.addi %32, %51 : index
                vector.store %57, %34[%58] : memref<4096xf32>, vector<16xf32>
              }
            }
            scf.for %59 = %20 to %27 step %24 {
              %60 = arith.addi %59, %14 : index
              %61 = arith.addi %59, %30 : index
              %62 = arith.constant 3 : index
              %63 = arith.addi %59, %62 : index
              %64 = arith.constant 4 : index
              %65 = arith.addi %59, %64 : index
              %66 = arith.constant 5 : index
              %67 = arith.addi %59, %66 : index
              %68 = arith.constant 6 : index
              %69 = arith.addi %59, %68 : index
              %70 = arith.constant 7 : index
              %71 = arith.addi %59, %70 : index
              %72 = arith.muli %59, %35 : index
              %73 = arith.addi %72, %35 : index
              %74 = arith.constant 256 : index
              %75 = arith.addi %72, %74 : index
              %76 = arith.constant 384 : index
              %77 = arith.addi %72, %76 : index
              %78 = arith.constant 512 : index
              %79 = arith.addi %72, %78 : index
              %80 = arith.constant 640 : index
              %81 = arith.addi %72, %80 : index
              %82 = arith.constant 768 : index
              %83 = arith.addi %72, %82 : index
              %84 = arith.constant 896 : index
              %85 = arith.addi %72, %84 : index
              %86 = arith.constant 0.000000e+00 : f32
              %87 = vector.broadcast %86 : f32 to vector<16xf32>
              %88, %89, %90, %91, %92, %93, %94, %95, %96, %97, %98, %99, %100, %101, %102, %103 = scf.for %104 = %13 to %35 step %14 iter_args(%105 = %87, %106 = %87, %107 = %87, %108 = %87, %109 = %87, %110 = %87, %111 = %87, %112 = %87, %113 = %87, %114 = %87, %115 = %87, %116 = %87, %117 = %87, %118 = %87, %119 = %87, %120 = %87) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %121 = arith.constant 16 : index
                %122 = arith.muli %104, %121 : index
                %123 = vector.load %34[%122] : memref<4096xf32>, vector<16xf32>
                %124 = arith.addi %32, %122 : index
                %125 = vector.load %34[%124] : memref<4096xf32>, vector<16xf32>
                %126 = arith.addi %122, %74 : index
                rlx_cpu.prefetch %34[%126] {cache = "l1"} : memref<4096xf32>
                %127 = arith.addi %124, %74 : index
                rlx_cpu.prefetch %34[%127] {cache = "l1"} : memref<4096xf32>
                %128 = arith.addi %72, %104 : index
                %129 = memref.load %0[%128] : memref<?xf32>
                %130 = vector.broadcast %129 : f32 to vector<16xf32>
                %131 = vector.fma %130, %123, %105 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %132 = vector.fma %130, %125, %106 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %133 = arith.addi %73, %104 : index
                %134 = memref.load %0[%133] : memref<?xf32>
                %135 = vector.broadcast %134 : f32 to vector<16xf32>
                %136 = vector.fma %135, %123, %107 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %137 = vector.fma %135, %125, %108 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %138 = arith.addi %75, %104 : index
                %139 = memref.load %0[%138] : memref<?xf32>
                %140 = vector.broadcast %139 : f32 to vector<16xf32>
                %141 = vector.fma %140, %123, %109 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %142 = vector.fma %140, %125, %110 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %143 = arith.addi %77, %104 : index
                %144 = memref.load %0[%143] : memref<?xf32>
                %145 = vector.broadcast %144 : f32 to vector<16xf32>
                %146 = vector.fma %145, %123, %111 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %147 = vector.fma %145, %125, %112 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %148 = arith.addi %79, %104 : index
                %149 = memref.load %0[%148] : memref<?xf32>
                %150 = vector.broadcast %149 : f32 to vector<16xf32>
                %151 = vector.fma %150, %123, %113 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %152 = vector.fma %150, %125, %114 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %153 = arith.addi %81, %104 : index
                %154 = memref.load %0[%153] : memref<?xf32>
                %155 = vector.broadcast %154 : f32 to vector<16xf32>
                %156 = vector.fma %155, %123, %115 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %157 = vector.fma %155, %125, %116 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %158 = arith.addi %83, %104 : index
                %159 = memref.load %0[%158] : memref<?xf32>
                %160 = vector.broadcast %159 : f32 to vector<16xf32>
                %161 = vector.fma %160, %123, %117 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %162 = vector.fma %160, %125, %118 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %163 = arith.addi %85, %104 : index
                %164 = memref.load %0[%163] : memref<?xf32>
                %165 = vector.broadcast %164 : f32 to vector<16xf32>
                %166 = vector.fma %165, %123, %119 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %167 = vector.fma %165, %125, %120 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %131, %132, %136, %137, %141, %142, %146, %147, %151, %152, %156, %157, %161, %162, %166, %167 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %168 = arith.subf %87, %88 fastmath<nsz,arcp,afn> : vector<16xf32>
              %169 = arith.constant -8.700000e+01 : f32
              %170 = vector.broadcast %169 : f32 to vector<16xf32>
              %171 = arith.cmpf ogt, %168, %170 : vector<16xf32>
              %172 = arith.select %171, %168, %170 : vector<16xf32>
              %173 = arith.constant 8.800000e+01 : f32
              %174 = vector.broadcast %173 : f32 to vector<16xf32>
              %175 = arith.cmpf olt, %172, %174 : vector<16xf32>
              %176 = arith.select %175, %172, %174 : vector<16xf32>
              %177 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %178 = arith.minnumf %176, %177 : vector<16xf32>
              %179 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %180 = arith.maxnumf %178, %179 : vector<16xf32>
              %181 = arith.constant dense<1.44269502> : vector<16xf32>
              %182 = arith.mulf %180, %181 fastmath<contract> : vector<16xf32>
              %183 = rlx_cpu.rint %182 : vector<16xf32>
              %184 = arith.constant dense<0.693359375> : vector<16xf32>
              %185 = arith.mulf %183, %184 fastmath<contract> : vector<16xf32>
              %186 = arith.subf %180, %185 fastmath<contract> : vector<16xf32>
              %187 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %188 = arith.mulf %183, %187 fastmath<contract> : vector<16xf32>
              %189 = arith.subf %186, %188 fastmath<contract> : vector<16xf32>
              %190 = arith.constant dense<0.000198756912> : vector<16xf32>
              %191 = arith.mulf %190, %189 fastmath<contract> : vector<16xf32>
              %192 = arith.constant dense<0.00139819994> : vector<16xf32>
              %193 = arith.addf %191, %192 fastmath<contract> : vector<16xf32>
              %194 = arith.mulf %193, %189 fastmath<contract> : vector<16xf32>
              %195 = arith.constant dense<0.00833345205> : vector<16xf32>
              %196 = arith.addf %194, %195 fastmath<contract> : vector<16xf32>
              %197 = arith.mulf %196, %189 fastmath<contract> : vector<16xf32>
              %198 = arith.constant dense<0.0416657962> : vector<16xf32>
              %199 = arith.addf %197, %198 fastmath<contract> : vector<16xf32>
              %200 = arith.mulf %199, %189 fastmath<contract> : vector<16xf32>
              %201 = arith.constant dense<0.166666657> : vector<16xf32>
              %202 = arith.addf %200, %201 fastmath<contract> : vector<16xf32>
              %203 = arith.mulf %202, %189 fastmath<contract> : vector<16xf32>
              %204 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %205 = arith.addf %203, %204 fastmath<contract> : vector<16xf32>
              %206 = arith.mulf %189, %189 fastmath<contract> : vector<16xf32>
              %207 = arith.mulf %205, %206 fastmath<contract> : vector<16xf32>
              %208 = arith.addf %207, %189 fastmath<contract> : vector<16xf32>
              %209 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %210 = arith.addf %208, %209 fastmath<contract> : vector<16xf32>
              %211 = arith.fptosi %183 : vector<16xf32> to vector<16xi32>
              %212 = arith.constant dense<23> : vector<16xi32>
              %213 = arith.shli %211, %212 : vector<16xi32>
              %214 = arith.bitcast %210 : vector<16xf32> to vector<16xi32>
              %215 = arith.addi %214, %213 : vector<16xi32>
              %216 = arith.bitcast %215 : vector<16xi32> to vector<16xf32>
              %217 = arith.constant dense<-87.3365479> : vector<16xf32>
              %218 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %219 = arith.cmpf olt, %176, %217 : vector<16xf32>
              %220 = arith.select %219, %218, %216 : vector<16xf32>
              %221 = arith.constant dense<88.7228394> : vector<16xf32>
              %222 = arith.constant dense<0x7f800000> : vector<16xf32>
              %223 = arith.cmpf ogt, %176, %221 : vector<16xf32>
              %224 = arith.select %223, %222, %220 : vector<16xf32>
              %225 = arith.cmpf uno, %176, %176 : vector<16xf32>
              %226 = arith.select %225, %176, %224 : vector<16xf32>
              %227 = arith.constant 1.000000e+00 : f32
              %228 = vector.broadcast %227 : f32 to vector<16xf32>
              %229 = arith.addf %228, %226 fastmath<nsz,arcp,afn> : vector<16xf32>
              %230 = arith.divf %88, %229 fastmath<nsz,arcp,afn> : vector<16xf32>
              %231 = arith.mulf %230, %89 fastmath<nsz,arcp,afn> : vector<16xf32>
              %232 = arith.constant 192 : index
              %233 = arith.muli %59, %232 : index
              %234 = arith.constant 16 : index
              %235 = arith.muli %29, %234 : index
              %236 = arith.addi %233, %235 : index
              vector.store %231, %3[%236] : memref<?xf32>, vector<16xf32>
              %237 = arith.subf %87, %90 fastmath<nsz,arcp,afn> : vector<16xf32>
              %238 = arith.cmpf ogt, %237, %170 : vector<16xf32>
              %239 = arith.select %238, %237, %170 : vector<16xf32>
              %240 = arith.cmpf olt, %239, %174 : vector<16xf32>
              %241 = arith.select %240, %239, %174 : vector<16xf32>
              %242 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %243 = arith.minnumf %241, %242 : vector<16xf32>
              %244 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %245 = arith.maxnumf %243, %244 : vector<16xf32>
              %246 = arith.constant dense<1.44269502> : vector<16xf32>
              %247 = arith.mulf %245, %246 fastmath<contract> : vector<16xf32>
              %248 = rlx_cpu.rint %247 : vector<16xf32>
              %249 = arith.constant dense<0.693359375> : vector<16xf32>
              %250 = arith.mulf %248, %249 fastmath<contract> : vector<16xf32>
              %251 = arith.subf %245, %250 fastmath<contract> : vector<16xf32>
              %252 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %253 = arith.mulf %248, %252 fastmath<contract> : vector<16xf32>
              %254 = arith.subf %251, %253 fastmath<contract> : vector<16xf32>
              %255 = arith.constant dense<0.000198756912> : vector<16xf32>
              %256 = arith.mulf %255, %254 fastmath<contract> : vector<16xf32>
              %257 = arith.constant dense<0.00139819994> : vector<16xf32>
              %258 = arith.addf %256, %257 fastmath<contract> : vector<16xf32>
              %259 = arith.mulf %258, %254 fastmath<contract> : vector<16xf32>
              %260 = arith.constant dense<0.00833345205> : vector<16xf32>
              %261 = arith.addf %259, %260 fastmath<contract> : vector<16xf32>
              %262 = arith.mulf %261, %254 fastmath<contract> : vector<16xf32>
              %263 = arith.constant dense<0.0416657962> : vector<16xf32>
              %264 = arith.addf %262, %263 fastmath<contract> : vector<16xf32>
              %265 = arith.mulf %264, %254 fastmath<contract> : vector<16xf32>
              %266 = arith.constant dense<0.166666657> : vector<16xf32>
              %267 = arith.addf %265, %266 fastmath<contract> : vector<16xf32>
              %268 = arith.mulf %267, %254 fastmath<contract> : vector<16xf32>
              %269 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %270 = arith.addf %268, %269 fastmath<contract> : vector<16xf32>
              %271 = arith.mulf %254, %254 fastmath<contract> : vector<16xf32>
              %272 = arith.mulf %270, %271 fastmath<contract> : vector<16xf32>
              %273 = arith.addf %272, %254 fastmath<contract> : vector<16xf32>
              %274 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %275 = arith.addf %273, %274 fastmath<contract> : vector<16xf32>
              %276 = arith.fptosi %248 : vector<16xf32> to vector<16xi32>
              %277 = arith.constant dense<23> : vector<16xi32>
              %278 = arith.shli %276, %277 : vector<16xi32>
              %279 = arith.bitcast %275 : vector<16xf32> to vector<16xi32>
              %280 = arith.addi %279, %278 : vector<16xi32>
              %281 = arith.bitcast %280 : vector<16xi32> to vector<16xf32>
              %282 = arith.constant dense<-87.3365479> : vector<16xf32>
              %283 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %284 = arith.cmpf olt, %241, %282 : vector<16xf32>
              %285 = arith.select %284, %283, %281 : vector<16xf32>
              %286 = arith.constant dense<88.7228394> : vector<16xf32>
              %287 = arith.constant dense<0x7f800000> : vector<16xf32>
              %288 = arith.cmpf ogt, %241, %286 : vector<16xf32>
              %289 = arith.select %288, %287, %285 : vector<16xf32>
              %290 = arith.cmpf uno, %241, %241 : vector<16xf32>
              %291 = arith.select %290, %241, %289 : vector<16xf32>
              %292 = arith.addf %228, %291 fastmath<nsz,arcp,afn> : vector<16xf32>
              %293 = arith.divf %90, %292 fastmath<nsz,arcp,afn> : vector<16xf32>
              %294 = arith.mulf %293, %91 fastmath<nsz,arcp,afn> : vector<16xf32>
              %295 = arith.muli %60, %232 : index
              %296 = arith.addi %295, %235 : index
              vector.store %294, %3[%296] : memref<?xf32>, vector<16xf32>
              %297 = arith.subf %87, %92 fastmath<nsz,arcp,afn> : vector<16xf32>
              %298 = arith.cmpf ogt, %297, %170 : vector<16xf32>
              %299 = arith.select %298, %297, %170 : vector<16xf32>
              %300 = arith.cmpf olt, %299, %174 : vector<16xf32>
              %301 = arith.select %300, %299, %174 : vector<16xf32>
              %302 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %303 = arith.minnumf %301, %302 : vector<16xf32>
              %304 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %305 = arith.maxnumf %303, %304 : vector<16xf32>
              %306 = arith.constant dense<1.44269502> : vector<16xf32>
              %307 = arith.mulf %305, %306 fastmath<contract> : vector<16xf32>
              %308 = rlx_cpu.rint %307 : vector<16xf32>
              %309 = arith.constant dense<0.693359375> : vector<16xf32>
              %310 = arith.mulf %308, %309 fastmath<contract> : vector<16xf32>
              %311 = arith.subf %305, %310 fastmath<contract> : vector<16xf32>
              %312 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %313 = arith.mulf %308, %312 fastmath<contract> : vector<16xf32>
              %314 = arith.subf %311, %313 fastmath<contract> : vector<16xf32>
              %315 = arith.constant dense<0.000198756912> : vector<16xf32>
              %316 = arith.mulf %315, %314 fastmath<contract> : vector<16xf32>
              %317 = arith.constant dense<0.00139819994> : vector<16xf32>
              %318 = arith.addf %316, %317 fastmath<contract> : vector<16xf32>
              %319 = arith.mulf %318, %314 fastmath<contract> : vector<16xf32>
              %320 = arith.constant dense<0.00833345205> : vector<16xf32>
              %321 = arith.addf %319, %320 fastmath<contract> : vector<16xf32>
              %322 = arith.mulf %321, %314 fastmath<contract> : vector<16xf32>
              %323 = arith.constant dense<0.0416657962> : vector<16xf32>
              %324 = arith.addf %322, %323 fastmath<contract> : vector<16xf32>
              %325 = arith.mulf %324, %314 fastmath<contract> : vector<16xf32>
              %326 = arith.constant dense<0.166666657> : vector<16xf32>
              %327 = arith.addf %325, %326 fastmath<contract> : vector<16xf32>
              %328 = arith.mulf %327, %314 fastmath<contract> : vector<16xf32>
              %329 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %330 = arith.addf %328, %329 fastmath<contract> : vector<16xf32>
              %331 = arith.mulf %314, %314 fastmath<contract> : vector<16xf32>
              %332 = arith.mulf %330, %331 fastmath<contract> : vector<16xf32>
              %333 = arith.addf %332, %314 fastmath<contract> : vector<16xf32>
              %334 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %335 = arith.addf %333, %334 fastmath<contract> : vector<16xf32>
              %336 = arith.fptosi %308 : vector<16xf32> to vector<16xi32>
              %337 = arith.constant dense<23> : vector<16xi32>
              %338 = arith.shli %336, %337 : vector<16xi32>
              %339 = arith.bitcast %335 : vector<16xf32> to vector<16xi32>
              %340 = arith.addi %339, %338 : vector<16xi32>
              %341 = arith.bitcast %340 : vector<16xi32> to vector<16xf32>
              %342 = arith.constant dense<-87.3365479> : vector<16xf32>
              %343 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %344 = arith.cmpf olt, %301, %342 : vector<16xf32>
              %345 = arith.select %344, %343, %341 : vector<16xf32>
              %346 = arith.constant dense<88.7228394> : vector<16xf32>
              %347 = arith.constant dense<0x7f800000> : vector<16xf32>
              %348 = arith.cmpf ogt, %301, %346 : vector<16xf32>
              %349 = arith.select %348, %347, %345 : vector<16xf32>
              %350 = arith.cmpf uno, %301, %301 : vector<16xf32>
              %351 = arith.select %350, %301, %349 : vector<16xf32>
              %352 = arith.addf %228, %351 fastmath<nsz,arcp,afn> : vector<16xf32>
              %353 = arith.divf %92, %352 fastmath<nsz,arcp,afn> : vector<16xf32>
              %354 = arith.mulf %353, %93 fastmath<nsz,arcp,afn> : vector<16xf32>
              %355 = arith.muli %61, %232 : index
              %356 = arith.addi %355, %235 : index
              vector.store %354, %3[%356] : memref<?xf32>, vector<16xf32>
              %357 = arith.subf %87, %94 fastmath<nsz,arcp,afn> : vector<16xf32>
              %358 = arith.cmpf ogt, %357, %170 : vector<16xf32>
              %359 = arith.select %358, %357, %170 : vector<16xf32>
              %360 = arith.cmpf olt, %359, %174 : vector<16xf32>
              %361 = arith.select %360, %359, %174 : vector<16xf32>
              %362 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %363 = arith.minnumf %361, %362 : vector<16xf32>
              %364 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %365 = arith.maxnumf %363, %364 : vector<16xf32>
              %366 = arith.constant dense<1.44269502> : vector<16xf32>
              %367 = arith.mulf %365, %366 fastmath<contract> : vector<16xf32>
              %368 = rlx_cpu.rint %367 : vector<16xf32>
              %369 = arith.constant dense<0.693359375> : vector<16xf32>
              %370 = arith.mulf %368, %369 fastmath<contract> : vector<16xf32>
              %371 = arith.subf %365, %370 fastmath<contract> : vector<16xf32>
              %372 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %373 = arith.mulf %368, %372 fastmath<contract> : vector<16xf32>
              %374 = arith.subf %371, %373 fastmath<contract> : vector<16xf32>
              %375 = arith.constant dense<0.000198756912> : vector<16xf32>
              %376 = arith.mulf %375, %374 fastmath<contract> : vector<16xf32>
              %377 = arith.constant dense<0.00139819994> : vector<16xf32>
              %378 = arith.addf %376, %377 fastmath<contract> : vector<16xf32>
              %379 = arith.mulf %378, %374 fastmath<contract> : vector<16xf32>
              %380 = arith.constant dense<0.00833345205> : vector<16xf32>
              %381 = arith.addf %379, %380 fastmath<contract> : vector<16xf32>
              %382 = arith.mulf %381, %374 fastmath<contract> : vector<16xf32>
              %383 = arith.constant dense<0.0416657962> : vector<16xf32>
              %384 = arith.addf %382, %383 fastmath<contract> : vector<16xf32>
              %385 = arith.mulf %384, %374 fastmath<contract> : vector<16xf32>
              %386 = arith.constant dense<0.166666657> : vector<16xf32>
              %387 = arith.addf %385, %386 fastmath<contract> : vector<16xf32>
              %388 = arith.mulf %387, %374 fastmath<contract> : vector<16xf32>
              %389 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %390 = arith.addf %388, %389 fastmath<contract> : vector<16xf32>
              %391 = arith.mulf %374, %374 fastmath<contract> : vector<16xf32>
              %392 = arith.mulf %390, %391 fastmath<contract> : vector<16xf32>
              %393 = arith.addf %392, %374 fastmath<contract> : vector<16xf32>
              %394 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %395 = arith.addf %393, %394 fastmath<contract> : vector<16xf32>
              %396 = arith.fptosi %368 : vector<16xf32> to vector<16xi32>
              %397 = arith.constant dense<23> : vector<16xi32>
              %398 = arith.shli %396, %397 : vector<16xi32>
              %399 = arith.bitcast %395 : vector<16xf32> to vector<16xi32>
              %400 = arith.addi %399, %398 : vector<16xi32>
              %401 = arith.bitcast %400 : vector<16xi32> to vector<16xf32>
              %402 = arith.constant dense<-87.3365479> : vector<16xf32>
              %403 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %404 = arith.cmpf olt, %361, %402 : vector<16xf32>
              %405 = arith.select %404, %403, %401 : vector<16xf32>
              %406 = arith.constant dense<88.7228394> : vector<16xf32>
              %407 = arith.constant dense<0x7f800000> : vector<16xf32>
              %408 = arith.cmpf ogt, %361, %406 : vector<16xf32>
              %409 = arith.select %408, %407, %405 : vector<16xf32>
              %410 = arith.cmpf uno, %361, %361 : vector<16xf32>
              %411 = arith.select %410, %361, %409 : vector<16xf32>
              %412 = arith.addf %228, %411 fastmath<nsz,arcp,afn> : vector<16xf32>
              %413 = arith.divf %94, %412 fastmath<nsz,arcp,afn> : vector<16xf32>
              %414 = arith.mulf %413, %95 fastmath<nsz,arcp,afn> : vector<16xf32>
              %415 = arith.muli %63, %232 : index
              %416 = arith.addi %415, %235 : index
              vector.store %414, %3[%416] : memref<?xf32>, vector<16xf32>
              %417 = arith.subf %87, %96 fastmath<nsz,arcp,afn> : vector<16xf32>
              %418 = arith.cmpf ogt, %417, %170 : vector<16xf32>
              %419 = arith.select %418, %417, %170 : vector<16xf32>
              %420 = arith.cmpf olt, %419, %174 : vector<16xf32>
              %421 = arith.select %420, %419, %174 : vector<16xf32>
              %422 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %423 = arith.minnumf %421, %422 : vector<16xf32>
              %424 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %425 = arith.maxnumf %423, %424 : vector<16xf32>
              %426 = arith.constant dense<1.44269502> : vector<16xf32>
              %427 = arith.mulf %425, %426 fastmath<contract> : vector<16xf32>
              %428 = rlx_cpu.rint %427 : vector<16xf32>
              %429 = arith.constant dense<0.693359375> : vector<16xf32>
              %430 = arith.mulf %428, %429 fastmath<contract> : vector<16xf32>
              %431 = arith.subf %425, %430 fastmath<contract> : vector<16xf32>
              %432 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %433 = arith.mulf %428, %432 fastmath<contract> : vector<16xf32>
              %434 = arith.subf %431, %433 fastmath<contract> : vector<16xf32>
              %435 = arith.constant dense<0.000198756912> : vector<16xf32>
              %436 = arith.mulf %435, %434 fastmath<contract> : vector<16xf32>
              %437 = arith.constant dense<0.00139819994> : vector<16xf32>
              %438 = arith.addf %436, %437 fastmath<contract> : vector<16xf32>
              %439 = arith.mulf %438, %434 fastmath<contract> : vector<16xf32>
              %440 = arith.constant dense<0.00833345205> : vector<16xf32>
              %441 = arith.addf %439, %440 fastmath<contract> : vector<16xf32>
              %442 = arith.mulf %441, %434 fastmath<contract> : vector<16xf32>
              %443 = arith.constant dense<0.0416657962> : vector<16xf32>
              %444 = arith.addf %442, %443 fastmath<contract> : vector<16xf32>
              %445 = arith.mulf %444, %434 fastmath<contract> : vector<16xf32>
              %446 = arith.constant dense<0.166666657> : vector<16xf32>
              %447 = arith.addf %445, %446 fastmath<contract> : vector<16xf32>
              %448 = arith.mulf %447, %434 fastmath<contract> : vector<16xf32>
              %449 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %450 = arith.addf %448, %449 fastmath<contract> : vector<16xf32>
              %451 = arith.mulf %434, %434 fastmath<contract> : vector<16xf32>
              %452 = arith.mulf %450, %451 fastmath<contract> : vector<16xf32>
              %453 = arith.addf %452, %434 fastmath<contract> : vector<16xf32>
              %454 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %455 = arith.addf %453, %454 fastmath<contract> : vector<16xf32>
              %456 = arith.fptosi %428 : vector<16xf32> to vector<16xi32>
              %457 = arith.constant dense<23> : vector<16xi32>
              %458 = arith.shli %456, %457 : vector<16xi32>
              %459 = arith.bitcast %455 : vector<16xf32> to vector<16xi32>
              %460 = arith.addi %459, %458 : vector<16xi32>
              %461 = arith.bitcast %460 : vector<16xi32> to vector<16xf32>
              %462 = arith.constant dense<-87.3365479> : vector<16xf32>
              %463 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %464 = arith.cmpf olt, %421, %462 : vector<16xf32>
              %465 = arith.select %464, %463, %461 : vector<16xf32>
              %466 = arith.constant dense<88.7228394> : vector<16xf32>
              %467 = arith.constant dense<0x7f800000> : vector<16xf32>
              %468 = arith.cmpf ogt, %421, %466 : vector<16xf32>
              %469 = arith.select %468, %467, %465 : vector<16xf32>
              %470 = arith.cmpf uno, %421, %421 : vector<16xf32>
              %471 = arith.select %470, %421, %469 : vector<16xf32>
              %472 = arith.addf %228, %471 fastmath<nsz,arcp,afn> : vector<16xf32>
              %473 = arith.divf %96, %472 fastmath<nsz,arcp,afn> : vector<16xf32>
              %474 = arith.mulf %473, %97 fastmath<nsz,arcp,afn> : vector<16xf32>
              %475 = arith.muli %65, %232 : index
              %476 = arith.addi %475, %235 : index
              vector.store %474, %3[%476] : memref<?xf32>, vector<16xf32>
              %477 = arith.subf %87, %98 fastmath<nsz,arcp,afn> : vector<16xf32>
              %478 = arith.cmpf ogt, %477, %170 : vector<16xf32>
              %479 = arith.select %478, %477, %170 : vector<16xf32>
              %480 = arith.cmpf olt, %479, %174 : vector<16xf32>
              %481 = arith.select %480, %479, %174 : vector<16xf32>
              %482 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %483 = arith.minnumf %481, %482 : vector<16xf32>
              %484 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %485 = arith.maxnumf %483, %484 : vector<16xf32>
              %486 = arith.constant dense<1.44269502> : vector<16xf32>
              %487 = arith.mulf %485, %486 fastmath<contract> : vector<16xf32>
              %488 = rlx_cpu.rint %487 : vector<16xf32>
              %489 = arith.constant dense<0.693359375> : vector<16xf32>
              %490 = arith.mulf %488, %489 fastmath<contract> : vector<16xf32>
              %491 = arith.subf %485, %490 fastmath<contract> : vector<16xf32>
              %492 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %493 = arith.mulf %488, %492 fastmath<contract> : vector<16xf32>
              %494 = arith.subf %491, %493 fastmath<contract> : vector<16xf32>
              %495 = arith.constant dense<0.000198756912> : vector<16xf32>
              %496 = arith.mulf %495, %494 fastmath<contract> : vector<16xf32>
              %497 = arith.constant dense<0.00139819994> : vector<16xf32>
              %498 = arith.addf %496, %497 fastmath<contract> : vector<16xf32>
              %499 = arith.mulf %498, %494 fastmath<contract> : vector<16xf32>
              %500 = arith.constant dense<0.00833345205> : vector<16xf32>
              %501 = arith.addf %499, %500 fastmath<contract> : vector<16xf32>
              %502 = arith.mulf %501, %494 fastmath<contract> : vector<16xf32>
              %503 = arith.constant dense<0.0416657962> : vector<16xf32>
              %504 = arith.addf %502, %503 fastmath<contract> : vector<16xf32>
              %505 = arith.mulf %504, %494 fastmath<contract> : vector<16xf32>
              %506 = arith.constant dense<0.166666657> : vector<16xf32>
              %507 = arith.addf %505, %506 fastmath<contract> : vector<16xf32>
              %508 = arith.mulf %507, %494 fastmath<contract> : vector<16xf32>
              %509 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %510 = arith.addf %508, %509 fastmath<contract> : vector<16xf32>
              %511 = arith.mulf %494, %494 fastmath<contract> : vector<16xf32>
              %512 = arith.mulf %510, %511 fastmath<contract> : vector<16xf32>
              %513 = arith.addf %512, %494 fastmath<contract> : vector<16xf32>
              %514 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %515 = arith.addf %513, %514 fastmath<contract> : vector<16xf32>
              %516 = arith.fptosi %488 : vector<16xf32> to vector<16xi32>
              %517 = arith.constant dense<23> : vector<16xi32>
              %518 = arith.shli %516, %517 : vector<16xi32>
              %519 = arith.bitcast %515 : vector<16xf32> to vector<16xi32>
              %520 = arith.addi %519, %518 : vector<16xi32>
              %521 = arith.bitcast %520 : vector<16xi32> to vector<16xf32>
              %522 = arith.constant dense<-87.3365479> : vector<16xf32>
              %523 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %524 = arith.cmpf olt, %481, %522 : vector<16xf32>
              %525 = arith.select %524, %523, %521 : vector<16xf32>
              %526 = arith.constant dense<88.7228394> : vector<16xf32>
              %527 = arith.constant dense<0x7f800000> : vector<16xf32>
              %528 = arith.cmpf ogt, %481, %526 : vector<16xf32>
              %529 = arith.select %528, %527, %525 : vector<16xf32>
              %530 = arith.cmpf uno, %481, %481 : vector<16xf32>
              %531 = arith.select %530, %481, %529 : vector<16xf32>
              %532 = arith.addf %228, %531 fastmath<nsz,arcp,afn> : vector<16xf32>
              %533 = arith.divf %98, %532 fastmath<nsz,arcp,afn> : vector<16xf32>
              %534 = arith.mulf %533, %99 fastmath<nsz,arcp,afn> : vector<16xf32>
              %535 = arith.muli %67, %232 : index
              %536 = arith.addi %535, %235 : index
              vector.store %534, %3[%536] : memref<?xf32>, vector<16xf32>
              %537 = arith.subf %87, %100 fastmath<nsz,arcp,afn> : vector<16xf32>
              %538 = arith.cmpf ogt, %537, %170 : vector<16xf32>
              %539 = arith.select %538, %537, %170 : vector<16xf32>
              %540 = arith.cmpf olt, %539, %174 : vector<16xf32>
              %541 = arith.select %540, %539, %174 : vector<16xf32>
              %542 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %543 = arith.minnumf %541, %542 : vector<16xf32>
              %544 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %545 = arith.maxnumf %543, %544 : vector<16xf32>
              %546 = arith.constant dense<1.44269502> : vector<16xf32>
              %547 = arith.mulf %545, %546 fastmath<contract> : vector<16xf32>
              %548 = rlx_cpu.rint %547 : vector<16xf32>
              %549 = arith.constant dense<0.693359375> : vector<16xf32>
              %550 = arith.mulf %548, %549 fastmath<contract> : vector<16xf32>
              %551 = arith.subf %545, %550 fastmath<contract> : vector<16xf32>
              %552 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %553 = arith.mulf %548, %552 fastmath<contract> : vector<16xf32>
              %554 = arith.subf %551, %553 fastmath<contract> : vector<16xf32>
              %555 = arith.constant dense<0.000198756912> : vector<16xf32>
              %556 = arith.mulf %555, %554 fastmath<contract> : vector<16xf32>
              %557 = arith.constant dense<0.00139819994> : vector<16xf32>
              %558 = arith.addf %556, %557 fastmath<contract> : vector<16xf32>
              %559 = arith.mulf %558, %554 fastmath<contract> : vector<16xf32>
              %560 = arith.constant dense<0.00833345205> : vector<16xf32>
              %561 = arith.addf %559, %560 fastmath<contract> : vector<16xf32>
              %562 = arith.mulf %561, %554 fastmath<contract> : vector<16xf32>
              %563 = arith.constant dense<0.0416657962> : vector<16xf32>
              %564 = arith.addf %562, %563 fastmath<contract> : vector<16xf32>
              %565 = arith.mulf %564, %554 fastmath<contract> : vector<16xf32>
              %566 = arith.constant dense<0.166666657> : vector<16xf32>
              %567 = arith.addf %565, %566 fastmath<contract> : vector<16xf32>
              %568 = arith.mulf %567, %554 fastmath<contract> : vector<16xf32>
              %569 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %570 = arith.addf %568, %569 fastmath<contract> : vector<16xf32>
              %571 = arith.mulf %554, %554 fastmath<contract> : vector<16xf32>
              %572 = arith.mulf %570, %571 fastmath<contract> : vector<16xf32>
              %573 = arith.addf %572, %554 fastmath<contract> : vector<16xf32>
              %574 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %575 = arith.addf %573, %574 fastmath<contract> : vector<16xf32>
              %576 = arith.fptosi %548 : vector<16xf32> to vector<16xi32>
              %577 = arith.constant dense<23> : vector<16xi32>
              %578 = arith.shli %576, %577 : vector<16xi32>
              %579 = arith.bitcast %575 : vector<16xf32> to vector<16xi32>
              %580 = arith.addi %579, %578 : vector<16xi32>
              %581 = arith.bitcast %580 : vector<16xi32> to vector<16xf32>
              %582 = arith.constant dense<-87.3365479> : vector<16xf32>
              %583 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %584 = arith.cmpf olt, %541, %582 : vector<16xf32>
              %585 = arith.select %584, %583, %581 : vector<16xf32>
              %586 = arith.constant dense<88.7228394> : vector<16xf32>
              %587 = arith.constant dense<0x7f800000> : vector<16xf32>
              %588 = arith.cmpf ogt, %541, %586 : vector<16xf32>
              %589 = arith.select %588, %587, %585 : vector<16xf32>
              %590 = arith.cmpf uno, %541, %541 : vector<16xf32>
              %591 = arith.select %590, %541, %589 : vector<16xf32>
              %592 = arith.addf %228, %591 fastmath<nsz,arcp,afn> : vector<16xf32>
              %593 = arith.divf %100, %592 fastmath<nsz,arcp,afn> : vector<16xf32>
              %594 = arith.mulf %593, %101 fastmath<nsz,arcp,afn> : vector<16xf32>
              %595 = arith.muli %69, %232 : index
              %596 = arith.addi %595, %235 : index
              vector.store %594, %3[%596] : memref<?xf32>, vector<16xf32>
              %597 = arith.subf %87, %102 fastmath<nsz,arcp,afn> : vector<16xf32>
              %598 = arith.cmpf ogt, %597, %170 : vector<16xf32>
              %599 = arith.select %598, %597, %170 : vector<16xf32>
              %600 = arith.cmpf olt, %599, %174 : vector<16xf32>
              %601 = arith.select %600, %599, %174 : vector<16xf32>
              %602 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %603 = arith.minnumf %601, %602 : vector<16xf32>
              %604 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %605 = arith.maxnumf %603, %604 : vector<16xf32>
              %606 = arith.constant dense<1.44269502> : vector<16xf32>
              %607 = arith.mulf %605, %606 fastmath<contract> : vector<16xf32>
              %608 = rlx_cpu.rint %607 : vector<16xf32>
              %609 = arith.constant dense<0.693359375> : vector<16xf32>
              %610 = arith.mulf %608, %609 fastmath<contract> : vector<16xf32>
              %611 = arith.subf %605, %610 fastmath<contract> : vector<16xf32>
              %612 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %613 = arith.mulf %608, %612 fastmath<contract> : vector<16xf32>
              %614 = arith.subf %611, %613 fastmath<contract> : vector<16xf32>
              %615 = arith.constant dense<0.000198756912> : vector<16xf32>
              %616 = arith.mulf %615, %614 fastmath<contract> : vector<16xf32>
              %617 = arith.constant dense<0.00139819994> : vector<16xf32>
              %618 = arith.addf %616, %617 fastmath<contract> : vector<16xf32>
              %619 = arith.mulf %618, %614 fastmath<contract> : vector<16xf32>
              %620 = arith.constant dense<0.00833345205> : vector<16xf32>
              %621 = arith.addf %619, %620 fastmath<contract> : vector<16xf32>
              %622 = arith.mulf %621, %614 fastmath<contract> : vector<16xf32>
              %623 = arith.constant dense<0.0416657962> : vector<16xf32>
              %624 = arith.addf %622, %623 fastmath<contract> : vector<16xf32>
              %625 = arith.mulf %624, %614 fastmath<contract> : vector<16xf32>
              %626 = arith.constant dense<0.166666657> : vector<16xf32>
              %627 = arith.addf %625, %626 fastmath<contract> : vector<16xf32>
              %628 = arith.mulf %627, %614 fastmath<contract> : vector<16xf32>
              %629 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %630 = arith.addf %628, %629 fastmath<contract> : vector<16xf32>
              %631 = arith.mulf %614, %614 fastmath<contract> : vector<16xf32>
              %632 = arith.mulf %630, %631 fastmath<contract> : vector<16xf32>
              %633 = arith.addf %632, %614 fastmath<contract> : vector<16xf32>
              %634 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %635 = arith.addf %633, %634 fastmath<contract> : vector<16xf32>
              %636 = arith.fptosi %608 : vector<16xf32> to vector<16xi32>
              %637 = arith.constant dense<23> : vector<16xi32>
              %638 = arith.shli %636, %637 : vector<16xi32>
              %639 = arith.bitcast %635 : vector<16xf32> to vector<16xi32>
              %640 = arith.addi %639, %638 : vector<16xi32>
              %641 = arith.bitcast %640 : vector<16xi32> to vector<16xf32>
              %642 = arith.constant dense<-87.3365479> : vector<16xf32>
              %643 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %644 = arith.cmpf olt, %601, %642 : vector<16xf32>
              %645 = arith.select %644, %643, %641 : vector<16xf32>
              %646 = arith.constant dense<88.7228394> : vector<16xf32>
              %647 = arith.constant dense<0x7f800000> : vector<16xf32>
              %648 = arith.cmpf ogt, %601, %646 : vector<16xf32>
              %649 = arith.select %648, %647, %645 : vector<16xf32>
              %650 = arith.cmpf uno, %601, %601 : vector<16xf32>
              %651 = arith.select %650, %601, %649 : vector<16xf32>
              %652 = arith.addf %228, %651 fastmath<nsz,arcp,afn> : vector<16xf32>
              %653 = arith.divf %102, %652 fastmath<nsz,arcp,afn> : vector<16xf32>
              %654 = arith.mulf %653, %103 fastmath<nsz,arcp,afn> : vector<16xf32>
              %655 = arith.muli %71, %232 : index
              %656 = arith.addi %655, %235 : index
              vector.store %654, %3[%656] : memref<?xf32>, vector<16xf32>
            }
            %657 = arith.subi %22, %27 : index
            %658 = arith.constant 4 : index
            %659 = arith.divui %657, %658 : index
            %660 = arith.muli %659, %658 : index
            %661 = arith.addi %27, %660 : index
            scf.for %662 = %27 to %661 step %658 {
              %663 = arith.addi %662, %14 : index
              %664 = arith.addi %662, %30 : index
              %665 = arith.constant 3 : index
              %666 = arith.addi %662, %665 : index
              %667 = arith.muli %662, %35 : index
              %668 = arith.addi %667, %35 : index
              %669 = arith.constant 256 : index
              %670 = arith.addi %667, %669 : index
              %671 = arith.constant 384 : index
              %672 = arith.addi %667, %671 : index
              %673 = arith.constant 0.000000e+00 : f32
              %674 = vector.broadcast %673 : f32 to vector<16xf32>
              %675, %676, %677, %678, %679, %680, %681, %682 = scf.for %683 = %13 to %35 step %14 iter_args(%684 = %674, %685 = %674, %686 = %674, %687 = %674, %688 = %674, %689 = %674, %690 = %674, %691 = %674) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %692 = arith.constant 16 : index
                %693 = arith.muli %683, %692 : index
                %694 = vector.load %34[%693] : memref<4096xf32>, vector<16xf32>
                %695 = arith.addi %32, %693 : index
                %696 = vector.load %34[%695] : memref<4096xf32>, vector<16xf32>
                %697 = arith.addi %693, %669 : index
                rlx_cpu.prefetch %34[%697] {cache = "l1"} : memref<4096xf32>
                %698 = arith.addi %695, %669 : index
                rlx_cpu.prefetch %34[%698] {cache = "l1"} : memref<4096xf32>
                %699 = arith.addi %667, %683 : index
                %700 = memref.load %0[%699] : memref<?xf32>
                %701 = vector.broadcast %700 : f32 to vector<16xf32>
                %702 = vector.fma %701, %694, %684 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %703 = vector.fma %701, %696, %685 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %704 = arith.addi %668, %683 : index
                %705 = memref.load %0[%704] : memref<?xf32>
                %706 = vector.broadcast %705 : f32 to vector<16xf32>
                %707 = vector.fma %706, %694, %686 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %708 = vector.fma %706, %696, %687 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %709 = arith.addi %670, %683 : index
                %710 = memref.load %0[%709] : memref<?xf32>
                %711 = vector.broadcast %710 : f32 to vector<16xf32>
                %712 = vector.fma %711, %694, %688 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %713 = vector.fma %711, %696, %689 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %714 = arith.addi %672, %683 : index
                %715 = memref.load %0[%714] : memref<?xf32>
                %716 = vector.broadcast %715 : f32 to vector<16xf32>
                %717 = vector.fma %716, %694, %690 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %718 = vector.fma %716, %696, %691 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %702, %703, %707, %708, %712, %713, %717, %718 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %719 = arith.subf %674, %675 fastmath<nsz,arcp,afn> : vector<16xf32>
              %720 = arith.constant -8.700000e+01 : f32
              %721 = vector.broadcast %720 : f32 to vector<16xf32>
              %722 = arith.cmpf ogt, %719, %721 : vector<16xf32>
              %723 = arith.select %722, %719, %721 : vector<16xf32>
              %724 = arith.constant 8.800000e+01 : f32
              %725 = vector.broadcast %724 : f32 to vector<16xf32>
              %726 = arith.cmpf olt, %723, %725 : vector<16xf32>
              %727 = arith.select %726, %723, %725 : vector<16xf32>
              %728 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %729 = arith.minnumf %727, %728 : vector<16xf32>
              %730 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %731 = arith.maxnumf %729, %730 : vector<16xf32>
              %732 = arith.constant dense<1.44269502> : vector<16xf32>
              %733 = arith.mulf %731, %732 fastmath<contract> : vector<16xf32>
              %734 = rlx_cpu.rint %733 : vector<16xf32>
              %735 = arith.constant dense<0.693359375> : vector<16xf32>
              %736 = arith.mulf %734, %735 fastmath<contract> : vector<16xf32>
              %737 = arith.subf %731, %736 fastmath<contract> : vector<16xf32>
              %738 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %739 = arith.mulf %734, %738 fastmath<contract> : vector<16xf32>
              %740 = arith.subf %737, %739 fastmath<contract> : vector<16xf32>
              %741 = arith.constant dense<0.000198756912> : vector<16xf32>
              %742 = arith.mulf %741, %740 fastmath<contract> : vector<16xf32>
              %743 = arith.constant dense<0.00139819994> : vector<16xf32>
              %744 = arith.addf %742, %743 fastmath<contract> : vector<16xf32>
              %745 = arith.mulf %744, %740 fastmath<contract> : vector<16xf32>
              %746 = arith.constant dense<0.00833345205> : vector<16xf32>
              %747 = arith.addf %745, %746 fastmath<contract> : vector<16xf32>
              %748 = arith.mulf %747, %740 fastmath<contract> : vector<16xf32>
              %749 = arith.constant dense<0.0416657962> : vector<16xf32>
              %750 = arith.addf %748, %749 fastmath<contract> : vector<16xf32>
              %751 = arith.mulf %750, %740 fastmath<contract> : vector<16xf32>
              %752 = arith.constant dense<0.166666657> : vector<16xf32>
              %753 = arith.addf %751, %752 fastmath<contract> : vector<16xf32>
              %754 = arith.mulf %753, %740 fastmath<contract> : vector<16xf32>
              %755 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %756 = arith.addf %754, %755 fastmath<contract> : vector<16xf32>
              %757 = arith.mulf %740, %740 fastmath<contract> : vector<16xf32>
              %758 = arith.mulf %756, %757 fastmath<contract> : vector<16xf32>
              %759 = arith.addf %758, %740 fastmath<contract> : vector<16xf32>
              %760 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %761 = arith.addf %759, %760 fastmath<contract> : vector<16xf32>
              %762 = arith.fptosi %734 : vector<16xf32> to vector<16xi32>
              %763 = arith.constant dense<23> : vector<16xi32>
              %764 = arith.shli %762, %763 : vector<16xi32>
              %765 = arith.bitcast %761 : vector<16xf32> to vector<16xi32>
              %766 = arith.addi %765, %764 : vector<16xi32>
              %767 = arith.bitcast %766 : vector<16xi32> to vector<16xf32>
              %768 = arith.constant dense<-87.3365479> : vector<16xf32>
              %769 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %770 = arith.cmpf olt, %727, %768 : vector<16xf32>
              %771 = arith.select %770, %769, %767 : vector<16xf32>
              %772 = arith.constant dense<88.7228394> : vector<16xf32>
              %773 = arith.constant dense<0x7f800000> : vector<16xf32>
              %774 = arith.cmpf ogt, %727, %772 : vector<16xf32>
              %775 = arith.select %774, %773, %771 : vector<16xf32>
              %776 = arith.cmpf uno, %727, %727 : vector<16xf32>
              %777 = arith.select %776, %727, %775 : vector<16xf32>
              %778 = arith.constant 1.000000e+00 : f32
              %779 = vector.broadcast %778 : f32 to vector<16xf32>
              %780 = arith.addf %779, %777 fastmath<nsz,arcp,afn> : vector<16xf32>
              %781 = arith.divf %675, %780 fastmath<nsz,arcp,afn> : vector<16xf32>
              %782 = arith.mulf %781, %676 fastmath<nsz,arcp,afn> : vector<16xf32>
              %783 = arith.constant 192 : index
              %784 = arith.muli %662, %783 : index
              %785 = arith.constant 16 : index
              %786 = arith.muli %29, %785 : index
              %787 = arith.addi %784, %786 : index
              vector.store %782, %3[%787] : memref<?xf32>, vector<16xf32>
              %788 = arith.subf %674, %677 fastmath<nsz,arcp,afn> : vector<16xf32>
              %789 = arith.cmpf ogt, %788, %721 : vector<16xf32>
              %790 = arith.select %789, %788, %721 : vector<16xf32>
              %791 = arith.cmpf olt, %790, %725 : vector<16xf32>
              %792 = arith.select %791, %790, %725 : vector<16xf32>
              %793 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %794 = arith.minnumf %792, %793 : vector<16xf32>
              %795 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %796 = arith.maxnumf %794, %795 : vector<16xf32>
              %797 = arith.constant dense<1.44269502> : vector<16xf32>
              %798 = arith.mulf %796, %797 fastmath<contract> : vector<16xf32>
              %799 = rlx_cpu.rint %798 : vector<16xf32>
              %800 = arith.constant dense<0.693359375> : vector<16xf32>
              %801 = arith.mulf %799, %800 fastmath<contract> : vector<16xf32>
              %802 = arith.subf %796, %801 fastmath<contract> : vector<16xf32>
              %803 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %804 = arith.mulf %799, %803 fastmath<contract> : vector<16xf32>
              %805 = arith.subf %802, %804 fastmath<contract> : vector<16xf32>
              %806 = arith.constant dense<0.000198756912> : vector<16xf32>
              %807 = arith.mulf %806, %805 fastmath<contract> : vector<16xf32>
              %808 = arith.constant dense<0.00139819994> : vector<16xf32>
              %809 = arith.addf %807, %808 fastmath<contract> : vector<16xf32>
              %810 = arith.mulf %809, %805 fastmath<contract> : vector<16xf32>
              %811 = arith.constant dense<0.00833345205> : vector<16xf32>
              %812 = arith.addf %810, %811 fastmath<contract> : vector<16xf32>
              %813 = arith.mulf %812, %805 fastmath<contract> : vector<16xf32>
              %814 = arith.constant dense<0.0416657962> : vector<16xf32>
              %815 = arith.addf %813, %814 fastmath<contract> : vector<16xf32>
              %816 = arith.mulf %815, %805 fastmath<contract> : vector<16xf32>
              %817 = arith.constant dense<0.166666657> : vector<16xf32>
              %818 = arith.addf %816, %817 fastmath<contract> : vector<16xf32>
              %819 = arith.mulf %818, %805 fastmath<contract> : vector<16xf32>
              %820 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %821 = arith.addf %819, %820 fastmath<contract> : vector<16xf32>
              %822 = arith.mulf %805, %805 fastmath<contract> : vector<16xf32>
              %823 = arith.mulf %821, %822 fastmath<contract> : vector<16xf32>
              %824 = arith.addf %823, %805 fastmath<contract> : vector<16xf32>
              %825 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %826 = arith.addf %824, %825 fastmath<contract> : vector<16xf32>
              %827 = arith.fptosi %799 : vector<16xf32> to vector<16xi32>
              %828 = arith.constant dense<23> : vector<16xi32>
              %829 = arith.shli %827, %828 : vector<16xi32>
              %830 = arith.bitcast %826 : vector<16xf32> to vector<16xi32>
              %831 = arith.addi %830, %829 : vector<16xi32>
              %832 = arith.bitcast %831 : vector<16xi32> to vector<16xf32>
              %833 = arith.constant dense<-87.3365479> : vector<16xf32>
              %834 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %835 = arith.cmpf olt, %792, %833 : vector<16xf32>
              %836 = arith.select %835, %834, %832 : vector<16xf32>
              %837 = arith.constant dense<88.7228394> : vector<16xf32>
              %838 = arith.constant dense<0x7f800000> : vector<16xf32>
              %839 = arith.cmpf ogt, %792, %837 : vector<16xf32>
              %840 = arith.select %839, %838, %836 : vector<16xf32>
              %841 = arith.cmpf uno, %792, %792 : vector<16xf32>
              %842 = arith.select %841, %792, %840 : vector<16xf32>
              %843 = arith.addf %779, %842 fastmath<nsz,arcp,afn> : vector<16xf32>
              %844 = arith.divf %677, %843 fastmath<nsz,arcp,afn> : vector<16xf32>
              %845 = arith.mulf %844, %678 fastmath<nsz,arcp,afn> : vector<16xf32>
              %846 = arith.muli %663, %783 : index
              %847 = arith.addi %846, %786 : index
              vector.store %845, %3[%847] : memref<?xf32>, vector<16xf32>
              %848 = arith.subf %674, %679 fastmath<nsz,arcp,afn> : vector<16xf32>
              %849 = arith.cmpf ogt, %848, %721 : vector<16xf32>
              %850 = arith.select %849, %848, %721 : vector<16xf32>
              %851 = arith.cmpf olt, %850, %725 : vector<16xf32>
              %852 = arith.select %851, %850, %725 : vector<16xf32>
              %853 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %854 = arith.minnumf %852, %853 : vector<16xf32>
              %855 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %856 = arith.maxnumf %854, %855 : vector<16xf32>
              %857 = arith.constant dense<1.44269502> : vector<16xf32>
              %858 = arith.mulf %856, %857 fastmath<contract> : vector<16xf32>
              %859 = rlx_cpu.rint %858 : vector<16xf32>
              %860 = arith.constant dense<0.693359375> : vector<16xf32>
              %861 = arith.mulf %859, %860 fastmath<contract> : vector<16xf32>
              %862 = arith.subf %856, %861 fastmath<contract> : vector<16xf32>
              %863 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %864 = arith.mulf %859, %863 fastmath<contract> : vector<16xf32>
              %865 = arith.subf %862, %864 fastmath<contract> : vector<16xf32>
              %866 = arith.constant dense<0.000198756912> : vector<16xf32>
              %867 = arith.mulf %866, %865 fastmath<contract> : vector<16xf32>
              %868 = arith.constant dense<0.00139819994> : vector<16xf32>
              %869 = arith.addf %867, %868 fastmath<contract> : vector<16xf32>
              %870 = arith.mulf %869, %865 fastmath<contract> : vector<16xf32>
              %871 = arith.constant dense<0.00833345205> : vector<16xf32>
              %872 = arith.addf %870, %871 fastmath<contract> : vector<16xf32>
              %873 = arith.mulf %872, %865 fastmath<contract> : vector<16xf32>
              %874 = arith.constant dense<0.0416657962> : vector<16xf32>
              %875 = arith.addf %873, %874 fastmath<contract> : vector<16xf32>
              %876 = arith.mulf %875, %865 fastmath<contract> : vector<16xf32>
              %877 = arith.constant dense<0.166666657> : vector<16xf32>
              %878 = arith.addf %876, %877 fastmath<contract> : vector<16xf32>
              %879 = arith.mulf %878, %865 fastmath<contract> : vector<16xf32>
              %880 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %881 = arith.addf %879, %880 fastmath<contract> : vector<16xf32>
              %882 = arith.mulf %865, %865 fastmath<contract> : vector<16xf32>
              %883 = arith.mulf %881, %882 fastmath<contract> : vector<16xf32>
              %884 = arith.addf %883, %865 fastmath<contract> : vector<16xf32>
              %885 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %886 = arith.addf %884, %885 fastmath<contract> : vector<16xf32>
              %887 = arith.fptosi %859 : vector<16xf32> to vector<16xi32>
              %888 = arith.constant dense<23> : vector<16xi32>
              %889 = arith.shli %887, %888 : vector<16xi32>
              %890 = arith.bitcast %886 : vector<16xf32> to vector<16xi32>
              %891 = arith.addi %890, %889 : vector<16xi32>
              %892 = arith.bitcast %891 : vector<16xi32> to vector<16xf32>
              %893 = arith.constant dense<-87.3365479> : vector<16xf32>
              %894 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %895 = arith.cmpf olt, %852, %893 : vector<16xf32>
              %896 = arith.select %895, %894, %892 : vector<16xf32>
              %897 = arith.constant dense<88.7228394> : vector<16xf32>
              %898 = arith.constant dense<0x7f800000> : vector<16xf32>
              %899 = arith.cmpf ogt, %852, %897 : vector<16xf32>
              %900 = arith.select %899, %898, %896 : vector<16xf32>
              %901 = arith.cmpf uno, %852, %852 : vector<16xf32>
              %902 = arith.select %901, %852, %900 : vector<16xf32>
              %903 = arith.addf %779, %902 fastmath<nsz,arcp,afn> : vector<16xf32>
              %904 = arith.divf %679, %903 fastmath<nsz,arcp,afn> : vector<16xf32>
              %905 = arith.mulf %904, %680 fastmath<nsz,arcp,afn> : vector<16xf32>
              %906 = arith.muli %664, %783 : index
              %907 = arith.addi %906, %786 : index
              vector.store %905, %3[%907] : memref<?xf32>, vector<16xf32>
              %908 = arith.subf %674, %681 fastmath<nsz,arcp,afn> : vector<16xf32>
              %909 = arith.cmpf ogt, %908, %721 : vector<16xf32>
              %910 = arith.select %909, %908, %721 : vector<16xf32>
              %911 = arith.cmpf olt, %910, %725 : vector<16xf32>
              %912 = arith.select %911, %910, %725 : vector<16xf32>
              %913 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %914 = arith.minnumf %912, %913 : vector<16xf32>
              %915 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %916 = arith.maxnumf %914, %915 : vector<16xf32>
              %917 = arith.constant dense<1.44269502> : vector<16xf32>
              %918 = arith.mulf %916, %917 fastmath<contract> : vector<16xf32>
              %919 = rlx_cpu.rint %918 : vector<16xf32>
              %920 = arith.constant dense<0.693359375> : vector<16xf32>
              %921 = arith.mulf %919, %920 fastmath<contract> : vector<16xf32>
              %922 = arith.subf %916, %921 fastmath<contract> : vector<16xf32>
              %923 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %924 = arith.mulf %919, %923 fastmath<contract> : vector<16xf32>
              %925 = arith.subf %922, %924 fastmath<contract> : vector<16xf32>
              %926 = arith.constant dense<0.000198756912> : vector<16xf32>
              %927 = arith.mulf %926, %925 fastmath<contract> : vector<16xf32>
              %928 = arith.constant dense<0.00139819994> : vector<16xf32>
              %929 = arith.addf %927, %928 fastmath<contract> : vector<16xf32>
              %930 = arith.mulf %929, %925 fastmath<contract> : vector<16xf32>
              %931 = arith.constant dense<0.00833345205> : vector<16xf32>
              %932 = arith.addf %930, %931 fastmath<contract> : vector<16xf32>
              %933 = arith.mulf %932, %925 fastmath<contract> : vector<16xf32>
              %934 = arith.constant dense<0.0416657962> : vector<16xf32>
              %935 = arith.addf %933, %934 fastmath<contract> : vector<16xf32>
              %936 = arith.mulf %935, %925 fastmath<contract> : vector<16xf32>
              %937 = arith.constant dense<0.166666657> : vector<16xf32>
              %938 = arith.addf %936, %937 fastmath<contract> : vector<16xf32>
              %939 = arith.mulf %938, %925 fastmath<contract> : vector<16xf32>
              %940 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %941 = arith.addf %939, %940 fastmath<contract> : vector<16xf32>
              %942 = arith.mulf %925, %925 fastmath<contract> : vector<16xf32>
              %943 = arith.mulf %941, %942 fastmath<contract> : vector<16xf32>
              %944 = arith.addf %943, %925 fastmath<contract> : vector<16xf32>
              %945 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %946 = arith.addf %944, %945 fastmath<contract> : vector<16xf32>
              %947 = arith.fptosi %919 : vector<16xf32> to vector<16xi32>
              %948 = arith.constant dense<23> : vector<16xi32>
              %949 = arith.shli %947, %948 : vector<16xi32>
              %950 = arith.bitcast %946 : vector<16xf32> to vector<16xi32>
              %951 = arith.addi %950, %949 : vector<16xi32>
              %952 = arith.bitcast %951 : vector<16xi32> to vector<16xf32>
              %953 = arith.constant dense<-87.3365479> : vector<16xf32>
              %954 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %955 = arith.cmpf olt, %912, %953 : vector<16xf32>
              %956 = arith.select %955, %954, %952 : vector<16xf32>
              %957 = arith.constant dense<88.7228394> : vector<16xf32>
              %958 = arith.constant dense<0x7f800000> : vector<16xf32>
              %959 = arith.cmpf ogt, %912, %957 : vector<16xf32>
              %960 = arith.select %959, %958, %956 : vector<16xf32>
              %961 = arith.cmpf uno, %912, %912 : vector<16xf32>
              %962 = arith.select %961, %912, %960 : vector<16xf32>
              %963 = arith.addf %779, %962 fastmath<nsz,arcp,afn> : vector<16xf32>
              %964 = arith.divf %681, %963 fastmath<nsz,arcp,afn> : vector<16xf32>
              %965 = arith.mulf %964, %682 fastmath<nsz,arcp,afn> : vector<16xf32>
              %966 = arith.muli %666, %783 : index
              %967 = arith.addi %966, %786 : index
              vector.store %965, %3[%967] : memref<?xf32>, vector<16xf32>
            }
            %968 = arith.subi %22, %661 : index
            %969 = arith.divui %968, %30 : index
            %970 = arith.muli %969, %30 : index
            %971 = arith.addi %661, %970 : index
            scf.for %972 = %661 to %971 step %30 {
              %973 = arith.addi %972, %14 : index
              %974 = arith.muli %972, %35 : index
              %975 = arith.addi %974, %35 : index
              %976 = arith.constant 0.000000e+00 : f32
              %977 = vector.broadcast %976 : f32 to vector<16xf32>
              %978, %979, %980, %981, %982, %983, %984, %985 = scf.for %986 = %13 to %35 step %30 iter_args(%987 = %977, %988 = %977, %989 = %977, %990 = %977, %991 = %977, %992 = %977, %993 = %977, %994 = %977) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %995 = arith.constant 16 : index
                %996 = arith.muli %986, %995 : index
                %997 = vector.load %34[%996] : memref<4096xf32>, vector<16xf32>
                %998 = arith.addi %32, %996 : index
                %999 = vector.load %34[%998] : memref<4096xf32>, vector<16xf32>
                %1000 = arith.constant 256 : index
                %1001 = arith.addi %996, %1000 : index
                rlx_cpu.prefetch %34[%1001] {cache = "l1"} : memref<4096xf32>
                %1002 = arith.addi %998, %1000 : index
                rlx_cpu.prefetch %34[%1002] {cache = "l1"} : memref<4096xf32>
                %1003 = arith.addi %974, %986 : index
                %1004 = memref.load %0[%1003] : memref<?xf32>
                %1005 = vector.broadcast %1004 : f32 to vector<16xf32>
                %1006 = vector.fma %1005, %997, %987 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1007 = vector.fma %1005, %999, %988 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1008 = arith.addi %975, %986 : index
                %1009 = memref.load %0[%1008] : memref<?xf32>
                %1010 = vector.broadcast %1009 : f32 to vector<16xf32>
                %1011 = vector.fma %1010, %997, %989 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1012 = vector.fma %1010, %999, %990 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1013 = arith.addi %986, %14 : index
                %1014 = arith.muli %1013, %995 : index
                %1015 = vector.load %34[%1014] : memref<4096xf32>, vector<16xf32>
                %1016 = arith.addi %32, %1014 : index
                %1017 = vector.load %34[%1016] : memref<4096xf32>, vector<16xf32>
                %1018 = arith.addi %1014, %1000 : index
                rlx_cpu.prefetch %34[%1018] {cache = "l1"} : memref<4096xf32>
                %1019 = arith.addi %1016, %1000 : index
                rlx_cpu.prefetch %34[%1019] {cache = "l1"} : memref<4096xf32>
                %1020 = arith.addi %974, %1013 : index
                %1021 = memref.load %0[%1020] : memref<?xf32>
                %1022 = vector.broadcast %1021 : f32 to vector<16xf32>
                %1023 = vector.fma %1022, %1015, %991 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1024 = vector.fma %1022, %1017, %992 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1025 = arith.addi %975, %1013 : index
                %1026 = memref.load %0[%1025] : memref<?xf32>
                %1027 = vector.broadcast %1026 : f32 to vector<16xf32>
                %1028 = vector.fma %1027, %1015, %993 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1029 = vector.fma %1027, %1017, %994 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %1006, %1007, %1011, %1012, %1023, %1024, %1028, %1029 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %1030 = arith.addf %978, %982 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1031 = arith.addf %979, %983 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1032 = arith.addf %980, %984 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1033 = arith.addf %981, %985 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1034 = arith.subf %977, %1030 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1035 = arith.constant -8.700000e+01 : f32
              %1036 = vector.broadcast %1035 : f32 to vector<16xf32>
              %1037 = arith.cmpf ogt, %1034, %1036 : vector<16xf32>
              %1038 = arith.select %1037, %1034, %1036 : vector<16xf32>
              %1039 = arith.constant 8.800000e+01 : f32
              %1040 = vector.broadcast %1039 : f32 to vector<16xf32>
              %1041 = arith.cmpf olt, %1038, %1040 : vector<16xf32>
              %1042 = arith.select %1041, %1038, %1040 : vector<16xf32>
              %1043 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %1044 = arith.minnumf %1042, %1043 : vector<16xf32>
              %1045 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %1046 = arith.maxnumf %1044, %1045 : vector<16xf32>
              %1047 = arith.constant dense<1.44269502> : vector<16xf32>
              %1048 = arith.mulf %1046, %1047 fastmath<contract> : vector<16xf32>
              %1049 = rlx_cpu.rint %1048 : vector<16xf32>
              %1050 = arith.constant dense<0.693359375> : vector<16xf32>
              %1051 = arith.mulf %1049, %1050 fastmath<contract> : vector<16xf32>
              %1052 = arith.subf %1046, %1051 fastmath<contract> : vector<16xf32>
              %1053 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %1054 = arith.mulf %1049, %1053 fastmath<contract> : vector<16xf32>
              %1055 = arith.subf %1052, %1054 fastmath<contract> : vector<16xf32>
              %1056 = arith.constant dense<0.000198756912> : vector<16xf32>
              %1057 = arith.mulf %1056, %1055 fastmath<contract> : vector<16xf32>
              %1058 = arith.constant dense<0.00139819994> : vector<16xf32>
              %1059 = arith.addf %1057, %1058 fastmath<contract> : vector<16xf32>
              %1060 = arith.mulf %1059, %1055 fastmath<contract> : vector<16xf32>
              %1061 = arith.constant dense<0.00833345205> : vector<16xf32>
              %1062 = arith.addf %1060, %1061 fastmath<contract> : vector<16xf32>
              %1063 = arith.mulf %1062, %1055 fastmath<contract> : vector<16xf32>
              %1064 = arith.constant dense<0.0416657962> : vector<16xf32>
              %1065 = arith.addf %1063, %1064 fastmath<contract> : vector<16xf32>
              %1066 = arith.mulf %1065, %1055 fastmath<contract> : vector<16xf32>
              %1067 = arith.constant dense<0.166666657> : vector<16xf32>
              %1068 = arith.addf %1066, %1067 fastmath<contract> : vector<16xf32>
              %1069 = arith.mulf %1068, %1055 fastmath<contract> : vector<16xf32>
              %1070 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %1071 = arith.addf %1069, %1070 fastmath<contract> : vector<16xf32>
              %1072 = arith.mulf %1055, %1055 fastmath<contract> : vector<16xf32>
              %1073 = arith.mulf %1071, %1072 fastmath<contract> : vector<16xf32>
              %1074 = arith.addf %1073, %1055 fastmath<contract> : vector<16xf32>
              %1075 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %1076 = arith.addf %1074, %1075 fastmath<contract> : vector<16xf32>
              %1077 = arith.fptosi %1049 : vector<16xf32> to vector<16xi32>
              %1078 = arith.constant dense<23> : vector<16xi32>
              %1079 = arith.shli %1077, %1078 : vector<16xi32>
              %1080 = arith.bitcast %1076 : vector<16xf32> to vector<16xi32>
              %1081 = arith.addi %1080, %1079 : vector<16xi32>
              %1082 = arith.bitcast %1081 : vector<16xi32> to vector<16xf32>
              %1083 = arith.constant dense<-87.3365479> : vector<16xf32>
              %1084 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %1085 = arith.cmpf olt, %1042, %1083 : vector<16xf32>
              %1086 = arith.select %1085, %1084, %1082 : vector<16xf32>
              %1087 = arith.constant dense<88.7228394> : vector<16xf32>
              %1088 = arith.constant dense<0x7f800000> : vector<16xf32>
              %1089 = arith.cmpf ogt, %1042, %1087 : vector<16xf32>
              %1090 = arith.select %1089, %1088, %1086 : vector<16xf32>
              %1091 = arith.cmpf uno, %1042, %1042 : vector<16xf32>
              %1092 = arith.select %1091, %1042, %1090 : vector<16xf32>
              %1093 = arith.constant 1.000000e+00 : f32
              %1094 = vector.broadcast %1093 : f32 to vector<16xf32>
              %1095 = arith.addf %1094, %1092 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1096 = arith.divf %1030, %1095 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1097 = arith.mulf %1096, %1031 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1098 = arith.constant 192 : index
              %1099 = arith.muli %972, %1098 : index
              %1100 = arith.constant 16 : index
              %1101 = arith.muli %29, %1100 : index
              %1102 = arith.addi %1099, %1101 : index
              vector.store %1097, %3[%1102] : memref<?xf32>, vector<16xf32>
              %1103 = arith.subf %977, %1032 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1104 = arith.cmpf ogt, %1103, %1036 : vector<16xf32>
              %1105 = arith.select %1104, %1103, %1036 : vector<16xf32>
              %1106 = arith.cmpf olt, %1105, %1040 : vector<16xf32>
              %1107 = arith.select %1106, %1105, %1040 : vector<16xf32>
              %1108 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %1109 = arith.minnumf %1107, %1108 : vector<16xf32>
              %1110 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %1111 = arith.maxnumf %1109, %1110 : vector<16xf32>
              %1112 = arith.constant dense<1.44269502> : vector<16xf32>
              %1113 = arith.mulf %1111, %1112 fastmath<contract> : vector<16xf32>
              %1114 = rlx_cpu.rint %1113 : vector<16xf32>
              %1115 = arith.constant dense<0.693359375> : vector<16xf32>
              %1116 = arith.mulf %1114, %1115 fastmath<contract> : vector<16xf32>
              %1117 = arith.subf %1111, %1116 fastmath<contract> : vector<16xf32>
              %1118 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %1119 = arith.mulf %1114, %1118 fastmath<contract> : vector<16xf32>
              %1120 = arith.subf %1117, %1119 fastmath<contract> : vector<16xf32>
              %1121 = arith.constant dense<0.000198756912> : vector<16xf32>
              %1122 = arith.mulf %1121, %1120 fastmath<contract> : vector<16xf32>
              %1123 = arith.constant dense<0.00139819994> : vector<16xf32>
              %1124 = arith.addf %1122, %1123 fastmath<contract> : vector<16xf32>
              %1125 = arith.mulf %1124, %1120 fastmath<contract> : vector<16xf32>
              %1126 = arith.constant dense<0.00833345205> : vector<16xf32>
              %1127 = arith.addf %1125, %1126 fastmath<contract> : vector<16xf32>
              %1128 = arith.mulf %1127, %1120 fastmath<contract> : vector<16xf32>
              %1129 = arith.constant dense<0.0416657962> : vector<16xf32>
              %1130 = arith.addf %1128, %1129 fastmath<contract> : vector<16xf32>
              %1131 = arith.mulf %1130, %1120 fastmath<contract> : vector<16xf32>
              %1132 = arith.constant dense<0.166666657> : vector<16xf32>
              %1133 = arith.addf %1131, %1132 fastmath<contract> : vector<16xf32>
              %1134 = arith.mulf %1133, %1120 fastmath<contract> : vector<16xf32>
              %1135 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %1136 = arith.addf %1134, %1135 fastmath<contract> : vector<16xf32>
              %1137 = arith.mulf %1120, %1120 fastmath<contract> : vector<16xf32>
              %1138 = arith.mulf %1136, %1137 fastmath<contract> : vector<16xf32>
              %1139 = arith.addf %1138, %1120 fastmath<contract> : vector<16xf32>
              %1140 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %1141 = arith.addf %1139, %1140 fastmath<contract> : vector<16xf32>
              %1142 = arith.fptosi %1114 : vector<16xf32> to vector<16xi32>
              %1143 = arith.constant dense<23> : vector<16xi32>
              %1144 = arith.shli %1142, %1143 : vector<16xi32>
              %1145 = arith.bitcast %1141 : vector<16xf32> to vector<16xi32>
              %1146 = arith.addi %1145, %1144 : vector<16xi32>
              %1147 = arith.bitcast %1146 : vector<16xi32> to vector<16xf32>
              %1148 = arith.constant dense<-87.3365479> : vector<16xf32>
              %1149 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %1150 = arith.cmpf olt, %1107, %1148 : vector<16xf32>
              %1151 = arith.select %1150, %1149, %1147 : vector<16xf32>
              %1152 = arith.constant dense<88.7228394> : vector<16xf32>
              %1153 = arith.constant dense<0x7f800000> : vector<16xf32>
              %1154 = arith.cmpf ogt, %1107, %1152 : vector<16xf32>
              %1155 = arith.select %1154, %1153, %1151 : vector<16xf32>
              %1156 = arith.cmpf uno, %1107, %1107 : vector<16xf32>
              %1157 = arith.select %1156, %1107, %1155 : vector<16xf32>
              %1158 = arith.addf %1094, %1157 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1159 = arith.divf %1032, %1158 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1160 = arith.mulf %1159, %1033 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1161 = arith.muli %973, %1098 : index
              %1162 = arith.addi %1161, %1101 : index
              vector.store %1160, %3[%1162] : memref<?xf32>, vector<16xf32>
            }
            scf.for %1163 = %971 to %22 step %14 {
              %1164 = arith.muli %1163, %35 : index
              %1165 = arith.constant 0.000000e+00 : f32
              %1166 = vector.broadcast %1165 : f32 to vector<16xf32>
              %1167, %1168, %1169, %1170 = scf.for %1171 = %13 to %35 step %30 iter_args(%1172 = %1166, %1173 = %1166, %1174 = %1166, %1175 = %1166) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %1176 = arith.constant 16 : index
                %1177 = arith.muli %1171, %1176 : index
                %1178 = vector.load %34[%1177] : memref<4096xf32>, vector<16xf32>
                %1179 = arith.addi %32, %1177 : index
                %1180 = vector.load %34[%1179] : memref<4096xf32>, vector<16xf32>
                %1181 = arith.addi %1164, %1171 : index
                %1182 = memref.load %0[%1181] : memref<?xf32>
                %1183 = vector.broadcast %1182 : f32 to vector<16xf32>
                %1184 = vector.fma %1183, %1178, %1172 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1185 = vector.fma %1183, %1180, %1173 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1186 = arith.addi %1171, %14 : index
                %1187 = arith.muli %1186, %1176 : index
                %1188 = vector.load %34[%1187] : memref<4096xf32>, vector<16xf32>
                %1189 = arith.addi %32, %1187 : index
                %1190 = vector.load %34[%1189] : memref<4096xf32>, vector<16xf32>
                %1191 = arith.addi %1164, %1186 : index
                %1192 = memref.load %0[%1191] : memref<?xf32>
                %1193 = vector.broadcast %1192 : f32 to vector<16xf32>
                %1194 = vector.fma %1193, %1188, %1174 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1195 = vector.fma %1193, %1190, %1175 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %1184, %1185, %1194, %1195 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %1196 = arith.addf %1167, %1169 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1197 = arith.addf %1168, %1170 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1198 = arith.subf %1166, %1196 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1199 = arith.constant -8.700000e+01 : f32
              %1200 = vector.broadcast %1199 : f32 to vector<16xf32>
              %1201 = arith.cmpf ogt, %1198, %1200 : vector<16xf32>
              %1202 = arith.select %1201, %1198, %1200 : vector<16xf32>
              %1203 = arith.constant 8.800000e+01 : f32
              %1204 = vector.broadcast %1203 : f32 to vector<16xf32>
              %1205 = arith.cmpf olt, %1202, %1204 : vector<16xf32>
              %1206 = arith.select %1205, %1202, %1204 : vector<16xf32>
              %1207 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %1208 = arith.minnumf %1206, %1207 : vector<16xf32>
              %1209 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %1210 = arith.maxnumf %1208, %1209 : vector<16xf32>
              %1211 = arith.constant dense<1.44269502> : vector<16xf32>
              %1212 = arith.mulf %1210, %1211 fastmath<contract> : vector<16xf32>
              %1213 = rlx_cpu.rint %1212 : vector<16xf32>
              %1214 = arith.constant dense<0.693359375> : vector<16xf32>
              %1215 = arith.mulf %1213, %1214 fastmath<contract> : vector<16xf32>
              %1216 = arith.subf %1210, %1215 fastmath<contract> : vector<16xf32>
              %1217 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %1218 = arith.mulf %1213, %1217 fastmath<contract> : vector<16xf32>
              %1219 = arith.subf %1216, %1218 fastmath<contract> : vector<16xf32>
              %1220 = arith.constant dense<0.000198756912> : vector<16xf32>
              %1221 = arith.mulf %1220, %1219 fastmath<contract> : vector<16xf32>
              %1222 = arith.constant dense<0.00139819994> : vector<16xf32>
              %1223 = arith.addf %1221, %1222 fastmath<contract> : vector<16xf32>
              %1224 = arith.mulf %1223, %1219 fastmath<contract> : vector<16xf32>
              %1225 = arith.constant dense<0.00833345205> : vector<16xf32>
              %1226 = arith.addf %1224, %1225 fastmath<contract> : vector<16xf32>
              %1227 = arith.mulf %1226, %1219 fastmath<contract> : vector<16xf32>
              %1228 = arith.constant dense<0.0416657962> : vector<16xf32>
              %1229 = arith.addf %1227, %1228 fastmath<contract> : vector<16xf32>
              %1230 = arith.mulf %1229, %1219 fastmath<contract> : vector<16xf32>
              %1231 = arith.constant dense<0.166666657> : vector<16xf32>
              %1232 = arith.addf %1230, %1231 fastmath<contract> : vector<16xf32>
              %1233 = arith.mulf %1232, %1219 fastmath<contract> : vector<16xf32>
              %1234 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %1235 = arith.addf %1233, %1234 fastmath<contract> : vector<16xf32>
              %1236 = arith.mulf %1219, %1219 fastmath<contract> : vector<16xf32>
              %1237 = arith.mulf %1235, %1236 fastmath<contract> : vector<16xf32>
              %1238 = arith.addf %1237, %1219 fastmath<contract> : vector<16xf32>
              %1239 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %1240 = arith.addf %1238, %1239 fastmath<contract> : vector<16xf32>
              %1241 = arith.fptosi %1213 : vector<16xf32> to vector<16xi32>
              %1242 = arith.constant dense<23> : vector<16xi32>
              %1243 = arith.shli %1241, %1242 : vector<16xi32>
              %1244 = arith.bitcast %1240 : vector<16xf32> to vector<16xi32>
              %1245 = arith.addi %1244, %1243 : vector<16xi32>
              %1246 = arith.bitcast %1245 : vector<16xi32> to vector<16xf32>
              %1247 = arith.constant dense<-87.3365479> : vector<16xf32>
              %1248 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %1249 = arith.cmpf olt, %1206, %1247 : vector<16xf32>
              %1250 = arith.select %1249, %1248, %1246 : vector<16xf32>
              %1251 = arith.constant dense<88.7228394> : vector<16xf32>
              %1252 = arith.constant dense<0x7f800000> : vector<16xf32>
              %1253 = arith.cmpf ogt, %1206, %1251 : vector<16xf32>
              %1254 = arith.select %1253, %1252, %1250 : vector<16xf32>
              %1255 = arith.cmpf uno, %1206, %1206 : vector<16xf32>
              %1256 = arith.select %1255, %1206, %1254 : vector<16xf32>
              %1257 = arith.constant 1.000000e+00 : f32
              %1258 = vector.broadcast %1257 : f32 to vector<16xf32>
              %1259 = arith.addf %1258, %1256 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1260 = arith.divf %1196, %1259 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1261 = arith.mulf %1260, %1197 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1262 = arith.constant 192 : index
              %1263 = arith.muli %1163, %1262 : index
              %1264 = arith.constant 16 : index
              %1265 = arith.muli %29, %1264 : index
              %1266 = arith.addi %1263, %1265 : index
              vector.store %1261, %3[%1266] : memref<?xf32>, vector<16xf32>
            }
          } else {
            %1267 = arith.constant 2048 : index
            %1268 = arith.muli %29, %1267 : index
            scf.for %1269 = %20 to %22 step %14 {
              %1270 = arith.constant 128 : index
              %1271 = arith.muli %1269, %1270 : index
              %1272 = arith.constant 0.000000e+00 : f32
              %1273 = vector.broadcast %1272 : f32 to vector<16xf32>
              %1274, %1275, %1276, %1277 = scf.for %1278 = %13 to %1270 step %30 iter_args(%1279 = %1273, %1280 = %1273, %1281 = %1273, %1282 = %1273) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %1283 = arith.constant 16 : index
                %1284 = arith.muli %1278, %1283 : index
                %1285 = arith.addi %1268, %1284 : index
                %1286 = vector.load %1[%1285] : memref<?xi16>, vector<16xi16>
                %1287 = arith.extui %1286 : vector<16xi16> to vector<16xi32>
                %1288 = arith.constant dense<16> : vector<16xi32>
                %1289 = arith.shli %1287, %1288 : vector<16xi32>
                %1290 = arith.bitcast %1289 : vector<16xi32> to vector<16xf32>
                %1291 = vector.load %2[%1285] : memref<?xi16>, vector<16xi16>
                %1292 = arith.extui %1291 : vector<16xi16> to vector<16xi32>
                %1293 = arith.shli %1292, %1288 : vector<16xi32>
                %1294 = arith.bitcast %1293 : vector<16xi32> to vector<16xf32>
                %1295 = arith.addi %1271, %1278 : index
                %1296 = memref.load %0[%1295] : memref<?xf32>
                %1297 = vector.broadcast %1296 : f32 to vector<16xf32>
                %1298 = vector.fma %1297, %1290, %1279 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1299 = vector.fma %1297, %1294, %1280 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1300 = arith.addi %1278, %14 : index
                %1301 = arith.muli %1300, %1283 : index
                %1302 = arith.addi %1268, %1301 : index
                %1303 = vector.load %1[%1302] : memref<?xi16>, vector<16xi16>
                %1304 = arith.extui %1303 : vector<16xi16> to vector<16xi32>
                %1305 = arith.shli %1304, %1288 : vector<16xi32>
                %1306 = arith.bitcast %1305 : vector<16xi32> to vector<16xf32>
                %1307 = vector.load %2[%1302] : memref<?xi16>, vector<16xi16>
                %1308 = arith.extui %1307 : vector<16xi16> to vector<16xi32>
                %1309 = arith.shli %1308, %1288 : vector<16xi32>
                %1310 = arith.bitcast %1309 : vector<16xi32> to vector<16xf32>
                %1311 = arith.addi %1271, %1300 : index
                %1312 = memref.load %0[%1311] : memref<?xf32>
                %1313 = vector.broadcast %1312 : f32 to vector<16xf32>
                %1314 = vector.fma %1313, %1306, %1281 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1315 = vector.fma %1313, %1310, %1282 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %1298, %1299, %1314, %1315 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %1316 = arith.addf %1274, %1276 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1317 = arith.addf %1275, %1277 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1318 = arith.subf %1273, %1316 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1319 = arith.constant -8.700000e+01 : f32
              %1320 = vector.broadcast %1319 : f32 to vector<16xf32>
              %1321 = arith.cmpf ogt, %1318, %1320 : vector<16xf32>
              %1322 = arith.select %1321, %1318, %1320 : vector<16xf32>
              %1323 = arith.constant 8.800000e+01 : f32
              %1324 = vector.broadcast %1323 : f32 to vector<16xf32>
              %1325 = arith.cmpf olt, %1322, %1324 : vector<16xf32>
              %1326 = arith.select %1325, %1322, %1324 : vector<16xf32>
              %1327 = arith.constant dense<8.870000e+01> : vector<16xf32>
              %1328 = arith.minnumf %1326, %1327 : vector<16xf32>
              %1329 = arith.constant dense<-8.830000e+01> : vector<16xf32>
              %1330 = arith.maxnumf %1328, %1329 : vector<16xf32>
              %1331 = arith.constant dense<1.44269502> : vector<16xf32>
              %1332 = arith.mulf %1330, %1331 fastmath<contract> : vector<16xf32>
              %1333 = rlx_cpu.rint %1332 : vector<16xf32>
              %1334 = arith.constant dense<0.693359375> : vector<16xf32>
              %1335 = arith.mulf %1333, %1334 fastmath<contract> : vector<16xf32>
              %1336 = arith.subf %1330, %1335 fastmath<contract> : vector<16xf32>
              %1337 = arith.constant dense<-0.000212194442> : vector<16xf32>
              %1338 = arith.mulf %1333, %1337 fastmath<contract> : vector<16xf32>
              %1339 = arith.subf %1336, %1338 fastmath<contract> : vector<16xf32>
              %1340 = arith.constant dense<0.000198756912> : vector<16xf32>
              %1341 = arith.mulf %1340, %1339 fastmath<contract> : vector<16xf32>
              %1342 = arith.constant dense<0.00139819994> : vector<16xf32>
              %1343 = arith.addf %1341, %1342 fastmath<contract> : vector<16xf32>
              %1344 = arith.mulf %1343, %1339 fastmath<contract> : vector<16xf32>
              %1345 = arith.constant dense<0.00833345205> : vector<16xf32>
              %1346 = arith.addf %1344, %1345 fastmath<contract> : vector<16xf32>
              %1347 = arith.mulf %1346, %1339 fastmath<contract> : vector<16xf32>
              %1348 = arith.constant dense<0.0416657962> : vector<16xf32>
              %1349 = arith.addf %1347, %1348 fastmath<contract> : vector<16xf32>
              %1350 = arith.mulf %1349, %1339 fastmath<contract> : vector<16xf32>
              %1351 = arith.constant dense<0.166666657> : vector<16xf32>
              %1352 = arith.addf %1350, %1351 fastmath<contract> : vector<16xf32>
              %1353 = arith.mulf %1352, %1339 fastmath<contract> : vector<16xf32>
              %1354 = arith.constant dense<5.000000e-01> : vector<16xf32>
              %1355 = arith.addf %1353, %1354 fastmath<contract> : vector<16xf32>
              %1356 = arith.mulf %1339, %1339 fastmath<contract> : vector<16xf32>
              %1357 = arith.mulf %1355, %1356 fastmath<contract> : vector<16xf32>
              %1358 = arith.addf %1357, %1339 fastmath<contract> : vector<16xf32>
              %1359 = arith.constant dense<1.000000e+00> : vector<16xf32>
              %1360 = arith.addf %1358, %1359 fastmath<contract> : vector<16xf32>
              %1361 = arith.fptosi %1333 : vector<16xf32> to vector<16xi32>
              %1362 = arith.constant dense<23> : vector<16xi32>
              %1363 = arith.shli %1361, %1362 : vector<16xi32>
              %1364 = arith.bitcast %1360 : vector<16xf32> to vector<16xi32>
              %1365 = arith.addi %1364, %1363 : vector<16xi32>
              %1366 = arith.bitcast %1365 : vector<16xi32> to vector<16xf32>
              %1367 = arith.constant dense<-87.3365479> : vector<16xf32>
              %1368 = arith.constant dense<0.000000e+00> : vector<16xf32>
              %1369 = arith.cmpf olt, %1326, %1367 : vector<16xf32>
              %1370 = arith.select %1369, %1368, %1366 : vector<16xf32>
              %1371 = arith.constant dense<88.7228394> : vector<16xf32>
              %1372 = arith.constant dense<0x7f800000> : vector<16xf32>
              %1373 = arith.cmpf ogt, %1326, %1371 : vector<16xf32>
              %1374 = arith.select %1373, %1372, %1370 : vector<16xf32>
              %1375 = arith.cmpf uno, %1326, %1326 : vector<16xf32>
              %1376 = arith.select %1375, %1326, %1374 : vector<16xf32>
              %1377 = arith.constant 1.000000e+00 : f32
              %1378 = vector.broadcast %1377 : f32 to vector<16xf32>
              %1379 = arith.addf %1378, %1376 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1380 = arith.divf %1316, %1379 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1381 = arith.mulf %1380, %1317 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1382 = arith.constant 192 : index
              %1383 = arith.muli %1269, %1382 : index
              %1384 = arith.constant 16 : index
              %1385 = arith.muli %29, %1384 : index
              %1386 = arith.addi %1383, %1385 : index
              vector.store %1381, %3[%1386] : memref<?xf32>, vector<16xf32>
            }
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @multi_linear_k128_n128x64x64_bf16(%0: memref<?xf32>, %1: memref<?xi16>, %2: memref<?xi16>, %3: memref<?xi16>, %4: memref<?xf32>, %5: memref<?xf32>, %6: memref<?xf32>, %7: index) attributes {rlx.kernel = {family = "multi_linear", k = 128 : i64, ns = array<i64: 128, 64, 64>, rows = 8 : i64, paired = true, lanes = 16 : i64, kunroll = 2 : i64, panel_rows = 992 : i64, tile_group = 1 : i64, parallel_min_work = 524288 : i64, weight_format = "bf16", stage = true, tail_rows = array<i64: 4, 2>, block_chains = 8 : i64, block_prefetch = "l1_ahead", prefetch_steps = 16 : i64}} {
    %8 = arith.constant 32768 : index
    %9 = arith.muli %7, %8 : index
    %10 = arith.constant 991 : index
    %11 = arith.addi %7, %10 : index
    %12 = arith.constant 992 : index
    %13 = arith.divui %11, %12 : index
    %14 = arith.constant 8 : index
    %15 = arith.muli %13, %14 : index
    %16 = arith.constant 0 : index
    %17 = arith.constant 1 : index
    %18 = arith.constant 524288 : index
    %19 = arith.cmpi uge, %9, %18 : index
    rlx_cpu.parallel_if %19 {
      "scf.parallel"(%16, %15, %17) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%20: index):
        %21 = arith.divui %20, %13 : index
        %22 = arith.remui %20, %13 : index
        %23 = arith.muli %22, %12 : index
        %24 = arith.addi %23, %12 : index
        %25 = arith.minui %24, %7 : index
        %26 = arith.subi %25, %23 : index
        %27 = arith.divui %26, %14 : index
        %28 = arith.muli %27, %14 : index
        %29 = arith.addi %23, %28 : index
        %30 = arith.addi %21, %17 : index
        scf.for %31 = %21 to %30 step %17 {
          %32 = arith.constant 2 : index
          %33 = arith.cmpi uge, %26, %32 : index
          scf.if %33 {
            %34 = arith.muli %31, %32 : index
            %35 = arith.constant 12 : index
            %36 = arith.cmpi ult, %34, %35 : index
            %37 = arith.select %36, %2, %3 : memref<?xi16>
            %38 = arith.cmpi ult, %34, %14 : index
            %39 = arith.select %38, %1, %37 : memref<?xi16>
            %40 = arith.select %36, %14, %35 : index
            %41 = arith.select %38, %16, %40 : index
            %42 = arith.subi %34, %41 : index
            %43 = arith.addi %42, %17 : index
            %44 = arith.constant 64 : index
            %45 = arith.select %36, %44, %44 : index
            %46 = arith.constant 128 : index
            %47 = arith.select %38, %46, %45 : index
            %48 = arith.select %36, %5, %6 : memref<?xf32>
            %49 = arith.select %38, %4, %48 : memref<?xf32>
            %50 = arith.constant 2048 : index
            %51 = arith.muli %42, %50 : index
            %52 = arith.muli %43, %50 : index
            %53 = memref.alloca() : memref<4096xf32>
            scf.for %54 = %16 to %46 step %17 {
              scf.for %55 = %16 to %17 step %17 {
                %56 = arith.addi %54, %55 : index
                %57 = arith.constant 16 : index
                %58 = arith.muli %56, %57 : index
                %59 = arith.addi %51, %58 : index
                %60 = vector.load %39[%59] : memref<?xi16>, vector<16xi16>
                %61 = arith.extui %60 : vector<16xi16> to vector<16xi32>
                %62 = arith.constant dense<16> : vector<16xi32>
                %63 = arith.shli %61, %62 : vector<16xi32>
                %64 = arith.bitcast %63 : vector<16xi32> to vector<16xf32>
                vector.store %64, %53[%58] : memref<4096xf32>, vector<16xf32>
              }
            }
            scf.for %65 = %16 to %46 step %17 {
              scf.for %66 = %16 to %17 step %17 {
                %67 = arith.addi %65, %66 : index
                %68 = arith.constant 16 : index
                %69 = arith.muli %67, %68 : index
                %70 = arith.addi %52, %69 : index
                %71 = vector.load %39[%70] : memref<?xi16>, vector<16xi16>
                %72 = arith.extui %71 : vector<16xi16> to vector<16xi32>
                %73 = arith.constant dense<16> : vector<16xi32>
                %74 = arith.shli %72, %73 : vector<16xi32>
                %75 = arith.bitcast %74 : vector<16xi32> to vector<16xf32>
                %76 = arith.addi %50, %69 : index
                vector.store %75, %53[%76] : memref<4096xf32>, vector<16xf32>
              }
            }
            scf.for %77 = %23 to %29 step %14 {
              %78 = arith.addi %77, %17 : index
              %79 = arith.addi %77, %32 : index
              %80 = arith.constant 3 : index
              %81 = arith.addi %77, %80 : index
              %82 = arith.constant 4 : index
              %83 = arith.addi %77, %82 : index
              %84 = arith.constant 5 : index
              %85 = arith.addi %77, %84 : index
              %86 = arith.constant 6 : index
              %87 = arith.addi %77, %86 : index
              %88 = arith.constant 7 : index
              %89 = arith.addi %77, %88 : index
              %90 = arith.muli %77, %46 : index
              %91 = arith.addi %90, %46 : index
              %92 = arith.constant 256 : index
              %93 = arith.addi %90, %92 : index
              %94 = arith.constant 384 : index
              %95 = arith.addi %90, %94 : index
              %96 = arith.constant 512 : index
              %97 = arith.addi %90, %96 : index
              %98 = arith.constant 640 : index
              %99 = arith.addi %90, %98 : index
              %100 = arith.constant 768 : index
              %101 = arith.addi %90, %100 : index
              %102 = arith.constant 896 : index
              %103 = arith.addi %90, %102 : index
              %104 = arith.constant 0.000000e+00 : f32
              %105 = vector.broadcast %104 : f32 to vector<16xf32>
              %106, %107, %108, %109, %110, %111, %112, %113, %114, %115, %116, %117, %118, %119, %120, %121 = scf.for %122 = %16 to %46 step %17 iter_args(%123 = %105, %124 = %105, %125 = %105, %126 = %105, %127 = %105, %128 = %105, %129 = %105, %130 = %105, %131 = %105, %132 = %105, %133 = %105, %134 = %105, %135 = %105, %136 = %105, %137 = %105, %138 = %105) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %139 = arith.constant 16 : index
                %140 = arith.muli %122, %139 : index
                %141 = vector.load %53[%140] : memref<4096xf32>, vector<16xf32>
                %142 = arith.addi %50, %140 : index
                %143 = vector.load %53[%142] : memref<4096xf32>, vector<16xf32>
                %144 = arith.addi %140, %92 : index
                rlx_cpu.prefetch %53[%144] {cache = "l1"} : memref<4096xf32>
                %145 = arith.addi %142, %92 : index
                rlx_cpu.prefetch %53[%145] {cache = "l1"} : memref<4096xf32>
                %146 = arith.addi %90, %122 : index
                %147 = memref.load %0[%146] : memref<?xf32>
                %148 = vector.broadcast %147 : f32 to vector<16xf32>
                %149 = vector.fma %148, %141, %123 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %150 = vector.fma %148, %143, %124 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %151 = arith.addi %91, %122 : index
                %152 = memref.load %0[%151] : memref<?xf32>
                %153 = vector.broadcast %152 : f32 to vector<16xf32>
                %154 = vector.fma %153, %141, %125 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %155 = vector.fma %153, %143, %126 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %156 = arith.addi %93, %122 : index
                %157 = memref.load %0[%156] : memref<?xf32>
                %158 = vector.broadcast %157 : f32 to vector<16xf32>
                %159 = vector.fma %158, %141, %127 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %160 = vector.fma %158, %143, %128 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %161 = arith.addi %95, %122 : index
                %162 = memref.load %0[%161] : memref<?xf32>
                %163 = vector.broadcast %162 : f32 to vector<16xf32>
                %164 = vector.fma %163, %141, %129 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %165 = vector.fma %163, %143, %130 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %166 = arith.addi %97, %122 : index
                %167 = memref.load %0[%166] : memref<?xf32>
                %168 = vector.broadcast %167 : f32 to vector<16xf32>
                %169 = vector.fma %168, %141, %131 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %170 = vector.fma %168, %143, %132 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %171 = arith.addi %99, %122 : index
                %172 = memref.load %0[%171] : memref<?xf32>
                %173 = vector.broadcast %172 : f32 to vector<16xf32>
                %174 = vector.fma %173, %141, %133 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %175 = vector.fma %173, %143, %134 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %176 = arith.addi %101, %122 : index
                %177 = memref.load %0[%176] : memref<?xf32>
                %178 = vector.broadcast %177 : f32 to vector<16xf32>
                %179 = vector.fma %178, %141, %135 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %180 = vector.fma %178, %143, %136 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %181 = arith.addi %103, %122 : index
                %182 = memref.load %0[%181] : memref<?xf32>
                %183 = vector.broadcast %182 : f32 to vector<16xf32>
                %184 = vector.fma %183, %141, %137 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %185 = vector.fma %183, %143, %138 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %149, %150, %154, %155, %159, %160, %164, %165, %169, %170, %174, %175, %179, %180, %184, %185 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %186 = arith.constant 16 : index
              %187 = arith.muli %42, %186 : index
              %188 = arith.muli %77, %47 : index
              %189 = arith.addi %188, %187 : index
              vector.store %106, %49[%189] : memref<?xf32>, vector<16xf32>
              %190 = arith.muli %43, %186 : index
              %191 = arith.addi %188, %190 : index
              vector.store %107, %49[%191] : memref<?xf32>, vector<16xf32>
              %192 = arith.muli %78, %47 : index
              %193 = arith.addi %192, %187 : index
              vector.store %108, %49[%193] : memref<?xf32>, vector<16xf32>
              %194 = arith.addi %192, %190 : index
              vector.store %109, %49[%194] : memref<?xf32>, vector<16xf32>
              %195 = arith.muli %79, %47 : index
              %196 = arith.addi %195, %187 : index
              vector.store %110, %49[%196] : memref<?xf32>, vector<16xf32>
              %197 = arith.addi %195, %190 : index
              vector.store %111, %49[%197] : memref<?xf32>, vector<16xf32>
              %198 = arith.muli %81, %47 : index
              %199 = arith.addi %198, %187 : index
              vector.store %112, %49[%199] : memref<?xf32>, vector<16xf32>
              %200 = arith.addi %198, %190 : index
              vector.store %113, %49[%200] : memref<?xf32>, vector<16xf32>
              %201 = arith.muli %83, %47 : index
              %202 = arith.addi %201, %187 : index
              vector.store %114, %49[%202] : memref<?xf32>, vector<16xf32>
              %203 = arith.addi %201, %190 : index
              vector.store %115, %49[%203] : memref<?xf32>, vector<16xf32>
              %204 = arith.muli %85, %47 : index
              %205 = arith.addi %204, %187 : index
              vector.store %116, %49[%205] : memref<?xf32>, vector<16xf32>
              %206 = arith.addi %204, %190 : index
              vector.store %117, %49[%206] : memref<?xf32>, vector<16xf32>
              %207 = arith.muli %87, %47 : index
              %208 = arith.addi %207, %187 : index
              vector.store %118, %49[%208] : memref<?xf32>, vector<16xf32>
              %209 = arith.addi %207, %190 : index
              vector.store %119, %49[%209] : memref<?xf32>, vector<16xf32>
              %210 = arith.muli %89, %47 : index
              %211 = arith.addi %210, %187 : index
              vector.store %120, %49[%211] : memref<?xf32>, vector<16xf32>
              %212 = arith.addi %210, %190 : index
              vector.store %121, %49[%212] : memref<?xf32>, vector<16xf32>
            }
            %213 = arith.subi %25, %29 : index
            %214 = arith.constant 4 : index
            %215 = arith.divui %213, %214 : index
            %216 = arith.muli %215, %214 : index
            %217 = arith.addi %29, %216 : index
            scf.for %218 = %29 to %217 step %214 {
              %219 = arith.addi %218, %17 : index
              %220 = arith.addi %218, %32 : index
              %221 = arith.constant 3 : index
              %222 = arith.addi %218, %221 : index
              %223 = arith.muli %218, %46 : index
              %224 = arith.addi %223, %46 : index
              %225 = arith.constant 256 : index
              %226 = arith.addi %223, %225 : index
              %227 = arith.constant 384 : index
              %228 = arith.addi %223, %227 : index
              %229 = arith.constant 0.000000e+00 : f32
              %230 = vector.broadcast %229 : f32 to vector<16xf32>
              %231, %232, %233, %234, %235, %236, %237, %238 = scf.for %239 = %16 to %46 step %17 iter_args(%240 = %230, %241 = %230, %242 = %230, %243 = %230, %244 = %230, %245 = %230, %246 = %230, %247 = %230) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %248 = arith.constant 16 : index
                %249 = arith.muli %239, %248 : index
                %250 = vector.load %53[%249] : memref<4096xf32>, vector<16xf32>
                %251 = arith.addi %50, %249 : index
                %252 = vector.load %53[%251] : memref<4096xf32>, vector<16xf32>
                %253 = arith.addi %249, %225 : index
                rlx_cpu.prefetch %53[%253] {cache = "l1"} : memref<4096xf32>
                %254 = arith.addi %251, %225 : index
                rlx_cpu.prefetch %53[%254] {cache = "l1"} : memref<4096xf32>
                %255 = arith.addi %223, %239 : index
                %256 = memref.load %0[%255] : memref<?xf32>
                %257 = vector.broadcast %256 : f32 to vector<16xf32>
                %258 = vector.fma %257, %250, %240 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %259 = vector.fma %257, %252, %241 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %260 = arith.addi %224, %239 : index
                %261 = memref.load %0[%260] : memref<?xf32>
                %262 = vector.broadcast %261 : f32 to vector<16xf32>
                %263 = vector.fma %262, %250, %242 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %264 = vector.fma %262, %252, %243 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %265 = arith.addi %226, %239 : index
                %266 = memref.load %0[%265] : memref<?xf32>
                %267 = vector.broadcast %266 : f32 to vector<16xf32>
                %268 = vector.fma %267, %250, %244 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %269 = vector.fma %267, %252, %245 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %270 = arith.addi %228, %239 : index
                %271 = memref.load %0[%270] : memref<?xf32>
                %272 = vector.broadcast %271 : f32 to vector<16xf32>
                %273 = vector.fma %272, %250, %246 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %274 = vector.fma %272, %252, %247 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %258, %259, %263, %264, %268, %269, %273, %274 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %275 = arith.constant 16 : index
              %276 = arith.muli %42, %275 : index
              %277 = arith.muli %218, %47 : index
              %278 = arith.addi %277, %276 : index
              vector.store %231, %49[%278] : memref<?xf32>, vector<16xf32>
              %279 = arith.muli %43, %275 : index
              %280 = arith.addi %277, %279 : index
              vector.store %232, %49[%280] : memref<?xf32>, vector<16xf32>
              %281 = arith.muli %219, %47 : index
              %282 = arith.addi %281, %276 : index
              vector.store %233, %49[%282] : memref<?xf32>, vector<16xf32>
              %283 = arith.addi %281, %279 : index
              vector.store %234, %49[%283] : memref<?xf32>, vector<16xf32>
              %284 = arith.muli %220, %47 : index
              %285 = arith.addi %284, %276 : index
              vector.store %235, %49[%285] : memref<?xf32>, vector<16xf32>
              %286 = arith.addi %284, %279 : index
              vector.store %236, %49[%286] : memref<?xf32>, vector<16xf32>
              %287 = arith.muli %222, %47 : index
              %288 = arith.addi %287, %276 : index
              vector.store %237, %49[%288] : memref<?xf32>, vector<16xf32>
              %289 = arith.addi %287, %279 : index
              vector.store %238, %49[%289] : memref<?xf32>, vector<16xf32>
            }
            %290 = arith.subi %25, %217 : index
            %291 = arith.divui %290, %32 : index
            %292 = arith.muli %291, %32 : index
            %293 = arith.addi %217, %292 : index
            scf.for %294 = %217 to %293 step %32 {
              %295 = arith.addi %294, %17 : index
              %296 = arith.muli %294, %46 : index
              %297 = arith.addi %296, %46 : index
              %298 = arith.constant 0.000000e+00 : f32
              %299 = vector.broadcast %298 : f32 to vector<16xf32>
              %300, %301, %302, %303, %304, %305, %306, %307 = scf.for %308 = %16 to %46 step %32 iter_args(%309 = %299, %310 = %299, %311 = %299, %312 = %299, %313 = %299, %314 = %299, %315 = %299, %316 = %299) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %317 = arith.constant 16 : index
                %318 = arith.muli %308, %317 : index
                %319 = vector.load %53[%318] : memref<4096xf32>, vector<16xf32>
                %320 = arith.addi %50, %318 : index
                %321 = vector.load %53[%320] : memref<4096xf32>, vector<16xf32>
                %322 = arith.constant 256 : index
                %323 = arith.addi %318, %322 : index
                rlx_cpu.prefetch %53[%323] {cache = "l1"} : memref<4096xf32>
                %324 = arith.addi %320, %322 : index
                rlx_cpu.prefetch %53[%324] {cache = "l1"} : memref<4096xf32>
                %325 = arith.addi %296, %308 : index
                %326 = memref.load %0[%325] : memref<?xf32>
                %327 = vector.broadcast %326 : f32 to vector<16xf32>
                %328 = vector.fma %327, %319, %309 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %329 = vector.fma %327, %321, %310 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %330 = arith.addi %297, %308 : index
                %331 = memref.load %0[%330] : memref<?xf32>
                %332 = vector.broadcast %331 : f32 to vector<16xf32>
                %333 = vector.fma %332, %319, %311 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %334 = vector.fma %332, %321, %312 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %335 = arith.addi %308, %17 : index
                %336 = arith.muli %335, %317 : index
                %337 = vector.load %53[%336] : memref<4096xf32>, vector<16xf32>
                %338 = arith.addi %50, %336 : index
                %339 = vector.load %53[%338] : memref<4096xf32>, vector<16xf32>
                %340 = arith.addi %336, %322 : index
                rlx_cpu.prefetch %53[%340] {cache = "l1"} : memref<4096xf32>
                %341 = arith.addi %338, %322 : index
                rlx_cpu.prefetch %53[%341] {cache = "l1"} : memref<4096xf32>
                %342 = arith.addi %296, %335 : index
                %343 = memref.load %0[%342] : memref<?xf32>
                %344 = vector.broadcast %343 : f32 to vector<16xf32>
                %345 = vector.fma %344, %337, %313 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %346 = vector.fma %344, %339, %314 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %347 = arith.addi %297, %335 : index
                %348 = memref.load %0[%347] : memref<?xf32>
                %349 = vector.broadcast %348 : f32 to vector<16xf32>
                %350 = vector.fma %349, %337, %315 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %351 = vector.fma %349, %339, %316 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %328, %329, %333, %334, %345, %346, %350, %351 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %352 = arith.addf %300, %304 fastmath<nsz,arcp,afn> : vector<16xf32>
              %353 = arith.addf %301, %305 fastmath<nsz,arcp,afn> : vector<16xf32>
              %354 = arith.addf %302, %306 fastmath<nsz,arcp,afn> : vector<16xf32>
              %355 = arith.addf %303, %307 fastmath<nsz,arcp,afn> : vector<16xf32>
              %356 = arith.constant 16 : index
              %357 = arith.muli %42, %356 : index
              %358 = arith.muli %294, %47 : index
              %359 = arith.addi %358, %357 : index
              vector.store %352, %49[%359] : memref<?xf32>, vector<16xf32>
              %360 = arith.muli %43, %356 : index
              %361 = arith.addi %358, %360 : index
              vector.store %353, %49[%361] : memref<?xf32>, vector<16xf32>
              %362 = arith.muli %295, %47 : index
              %363 = arith.addi %362, %357 : index
              vector.store %354, %49[%363] : memref<?xf32>, vector<16xf32>
              %364 = arith.addi %362, %360 : index
              vector.store %355, %49[%364] : memref<?xf32>, vector<16xf32>
            }
            scf.for %365 = %293 to %25 step %17 {
              %366 = arith.muli %365, %46 : index
              %367 = arith.constant 0.000000e+00 : f32
              %368 = vector.broadcast %367 : f32 to vector<16xf32>
              %369, %370, %371, %372 = scf.for %373 = %16 to %46 step %32 iter_args(%374 = %368, %375 = %368, %376 = %368, %377 = %368) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %378 = arith.constant 16 : index
                %379 = arith.muli %373, %378 : index
                %380 = vector.load %53[%379] : memref<4096xf32>, vector<16xf32>
                %381 = arith.addi %50, %379 : index
                %382 = vector.load %53[%381] : memref<4096xf32>, vector<16xf32>
                %383 = arith.addi %366, %373 : index
                %384 = memref.load %0[%383] : memref<?xf32>
                %385 = vector.broadcast %384 : f32 to vector<16xf32>
                %386 = vector.fma %385, %380, %374 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %387 = vector.fma %385, %382, %375 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %388 = arith.addi %373, %17 : index
                %389 = arith.muli %388, %378 : index
                %390 = vector.load %53[%389] : memref<4096xf32>, vector<16xf32>
                %391 = arith.addi %50, %389 : index
                %392 = vector.load %53[%391] : memref<4096xf32>, vector<16xf32>
                %393 = arith.addi %366, %388 : index
                %394 = memref.load %0[%393] : memref<?xf32>
                %395 = vector.broadcast %394 : f32 to vector<16xf32>
                %396 = vector.fma %395, %390, %376 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %397 = vector.fma %395, %392, %377 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %386, %387, %396, %397 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %398 = arith.addf %369, %371 fastmath<nsz,arcp,afn> : vector<16xf32>
              %399 = arith.addf %370, %372 fastmath<nsz,arcp,afn> : vector<16xf32>
              %400 = arith.constant 16 : index
              %401 = arith.muli %42, %400 : index
              %402 = arith.muli %365, %47 : index
              %403 = arith.addi %402, %401 : index
              vector.store %398, %49[%403] : memref<?xf32>, vector<16xf32>
              %404 = arith.muli %43, %400 : index
              %405 = arith.addi %402, %404 : index
              vector.store %399, %49[%405] : memref<?xf32>, vector<16xf32>
            }
          } else {
            %406 = arith.muli %31, %32 : index
            %407 = arith.constant 12 : index
            %408 = arith.cmpi ult, %406, %407 : index
            %409 = arith.select %408, %2, %3 : memref<?xi16>
            %410 = arith.cmpi ult, %406, %14 : index
            %411 = arith.select %410, %1, %409 : memref<?xi16>
            %412 = arith.select %408, %14, %407 : index
            %413 = arith.select %410, %16, %412 : index
            %414 = arith.subi %406, %413 : index
            %415 = arith.addi %414, %17 : index
            %416 = arith.constant 64 : index
            %417 = arith.select %408, %416, %416 : index
            %418 = arith.constant 128 : index
            %419 = arith.select %410, %418, %417 : index
            %420 = arith.select %408, %5, %6 : memref<?xf32>
            %421 = arith.select %410, %4, %420 : memref<?xf32>
            %422 = arith.constant 2048 : index
            %423 = arith.muli %414, %422 : index
            %424 = arith.muli %415, %422 : index
            scf.for %425 = %23 to %25 step %17 {
              %426 = arith.muli %425, %418 : index
              %427 = arith.constant 0.000000e+00 : f32
              %428 = vector.broadcast %427 : f32 to vector<16xf32>
              %429, %430, %431, %432 = scf.for %433 = %16 to %418 step %32 iter_args(%434 = %428, %435 = %428, %436 = %428, %437 = %428) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %438 = arith.constant 16 : index
                %439 = arith.muli %433, %438 : index
                %440 = arith.addi %423, %439 : index
                %441 = vector.load %411[%440] : memref<?xi16>, vector<16xi16>
                %442 = arith.extui %441 : vector<16xi16> to vector<16xi32>
                %443 = arith.constant dense<16> : vector<16xi32>
                %444 = arith.shli %442, %443 : vector<16xi32>
                %445 = arith.bitcast %444 : vector<16xi32> to vector<16xf32>
                %446 = arith.addi %424, %439 : index
                %447 = vector.load %411[%446] : memref<?xi16>, vector<16xi16>
                %448 = arith.extui %447 : vector<16xi16> to vector<16xi32>
                %449 = arith.shli %448, %443 : vector<16xi32>
                %450 = arith.bitcast %449 : vector<16xi32> to vector<16xf32>
                %451 = arith.addi %426, %433 : index
                %452 = memref.load %0[%451] : memref<?xf32>
                %453 = vector.broadcast %452 : f32 to vector<16xf32>
                %454 = vector.fma %453, %445, %434 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %455 = vector.fma %453, %450, %435 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %456 = arith.addi %433, %17 : index
                %457 = arith.muli %456, %438 : index
                %458 = arith.addi %423, %457 : index
                %459 = vector.load %411[%458] : memref<?xi16>, vector<16xi16>
                %460 = arith.extui %459 : vector<16xi16> to vector<16xi32>
                %461 = arith.shli %460, %443 : vector<16xi32>
                %462 = arith.bitcast %461 : vector<16xi32> to vector<16xf32>
                %463 = arith.addi %424, %457 : index
                %464 = vector.load %411[%463] : memref<?xi16>, vector<16xi16>
                %465 = arith.extui %464 : vector<16xi16> to vector<16xi32>
                %466 = arith.shli %465, %443 : vector<16xi32>
                %467 = arith.bitcast %466 : vector<16xi32> to vector<16xf32>
                %468 = arith.addi %426, %456 : index
                %469 = memref.load %0[%468] : memref<?xf32>
                %470 = vector.broadcast %469 : f32 to vector<16xf32>
                %471 = vector.fma %470, %462, %436 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %472 = vector.fma %470, %467, %437 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %454, %455, %471, %472 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %473 = arith.addf %429, %431 fastmath<nsz,arcp,afn> : vector<16xf32>
              %474 = arith.addf %430, %432 fastmath<nsz,arcp,afn> : vector<16xf32>
              %475 = arith.constant 16 : index
              %476 = arith.muli %414, %475 : index
              %477 = arith.muli %425, %419 : index
              %478 = arith.addi %477, %476 : index
              vector.store %473, %421[%478] : memref<?xf32>, vector<16xf32>
              %479 = arith.muli %415, %475 : index
              %480 = arith.addi %477, %479 : index
              vector.store %474, %421[%480] : memref<?xf32>, vector<16xf32>
            }
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @multi_linear_k128_n64x64_bf16(%0: memref<?xf32>, %1: memref<?xi16>, %2: memref<?xi16>, %3: memref<?xf32>, %4: memref<?xf32>, %5: index) attributes {rlx.kernel = {family = "multi_linear", k = 128 : i64, ns = array<i64: 64, 64>, rows = 8 : i64, paired = true, lanes = 16 : i64, kunroll = 2 : i64, panel_rows = 992 : i64, tile_group = 1 : i64, parallel_min_work = 524288 : i64, weight_format = "bf16", stage = true, tail_rows = array<i64: 4, 2>, block_chains = 8 : i64, block_prefetch = "l1_ahead", prefetch_steps = 16 : i64}} {
    %6 = arith.constant 16384 : index
    %7 = arith.muli %5, %6 : index
    %8 = arith.constant 991 : index
    %9 = arith.addi %5, %8 : index
    %10 = arith.constant 992 : index
    %11 = arith.divui %9, %10 : index
    %12 = arith.constant 4 : index
    %13 = arith.muli %11, %12 : index
    %14 = arith.constant 0 : index
    %15 = arith.constant 1 : index
    %16 = arith.constant 524288 : index
    %17 = arith.cmpi uge, %7, %16 : index
    rlx_cpu.parallel_if %17 {
      "scf.parallel"(%14, %13, %15) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%18: index):
        %19 = arith.divui %18, %11 : index
        %20 = arith.remui %18, %11 : index
        %21 = arith.muli %20, %10 : index
        %22 = arith.addi %21, %10 : index
        %23 = arith.minui %22, %5 : index
        %24 = arith.subi %23, %21 : index
        %25 = arith.constant 8 : index
        %26 = arith.divui %24, %25 : index
        %27 = arith.muli %26, %25 : index
        %28 = arith.addi %21, %27 : index
        %29 = arith.addi %19, %15 : index
        scf.for %30 = %19 to %29 step %15 {
          %31 = arith.constant 2 : index
          %32 = arith.cmpi uge, %24, %31 : index
          scf.if %32 {
            %33 = arith.muli %30, %31 : index
            %34 = arith.cmpi ult, %33, %12 : index
            %35 = arith.select %34, %1, %2 : memref<?xi16>
            %36 = arith.select %34, %14, %12 : index
            %37 = arith.subi %33, %36 : index
            %38 = arith.addi %37, %15 : index
            %39 = arith.constant 64 : index
            %40 = arith.select %34, %39, %39 : index
            %41 = arith.select %34, %3, %4 : memref<?xf32>
            %42 = arith.constant 2048 : index
            %43 = arith.muli %37, %42 : index
            %44 = arith.muli %38, %42 : index
            %45 = memref.alloca() : memref<4096xf32>
            %46 = arith.constant 128 : index
            scf.for %47 = %14 to %46 step %15 {
              scf.for %48 = %14 to %15 step %15 {
                %49 = arith.addi %47, %48 : index
                %50 = arith.constant 16 : index
                %51 = arith.muli %49, %50 : index
                %52 = arith.addi %43, %51 : index
                %53 = vector.load %35[%52] : memref<?xi16>, vector<16xi16>
                %54 = arith.extui %53 : vector<16xi16> to vector<16xi32>
                %55 = arith.constant dense<16> : vector<16xi32>
                %56 = arith.shli %54, %55 : vector<16xi32>
                %57 = arith.bitcast %56 : vector<16xi32> to vector<16xf32>
                vector.store %57, %45[%51] : memref<4096xf32>, vector<16xf32>
              }
            }
            scf.for %58 = %14 to %46 step %15 {
              scf.for %59 = %14 to %15 step %15 {
                %60 = arith.addi %58, %59 : index
                %61 = arith.constant 16 : index
                %62 = arith.muli %60, %61 : index
                %63 = arith.addi %44, %62 : index
                %64 = vector.load %35[%63] : memref<?xi16>, vector<16xi16>
                %65 = arith.extui %64 : vector<16xi16> to vector<16xi32>
                %66 = arith.constant dense<16> : vector<16xi32>
                %67 = arith.shli %65, %66 : vector<16xi32>
                %68 = arith.bitcast %67 : vector<16xi32> to vector<16xf32>
                %69 = arith.addi %42, %62 : index
                vector.store %68, %45[%69] : memref<4096xf32>, vector<16xf32>
              }
            }
            scf.for %70 = %21 to %28 step %25 {
              %71 = arith.addi %70, %15 : index
              %72 = arith.addi %70, %31 : index
              %73 = arith.constant 3 : index
              %74 = arith.addi %70, %73 : index
              %75 = arith.addi %70, %12 : index
              %76 = arith.constant 5 : index
              %77 = arith.addi %70, %76 : index
              %78 = arith.constant 6 : index
              %79 = arith.addi %70, %78 : index
              %80 = arith.constant 7 : index
              %81 = arith.addi %70, %80 : index
              %82 = arith.muli %70, %46 : index
              %83 = arith.addi %82, %46 : index
              %84 = arith.constant 256 : index
              %85 = arith.addi %82, %84 : index
              %86 = arith.constant 384 : index
              %87 = arith.addi %82, %86 : index
              %88 = arith.constant 512 : index
              %89 = arith.addi %82, %88 : index
              %90 = arith.constant 640 : index
              %91 = arith.addi %82, %90 : index
              %92 = arith.constant 768 : index
              %93 = arith.addi %82, %92 : index
              %94 = arith.constant 896 : index
              %95 = arith.addi %82, %94 : index
              %96 = arith.constant 0.000000e+00 : f32
              %97 = vector.broadcast %96 : f32 to vector<16xf32>
              %98, %99, %100, %101, %102, %103, %104, %105, %106, %107, %108, %109, %110, %111, %112, %113 = scf.for %114 = %14 to %46 step %15 iter_args(%115 = %97, %116 = %97, %117 = %97, %118 = %97, %119 = %97, %120 = %97, %121 = %97, %122 = %97, %123 = %97, %124 = %97, %125 = %97, %126 = %97, %127 = %97, %128 = %97, %129 = %97, %130 = %97) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %131 = arith.constant 16 : index
                %132 = arith.muli %114, %131 : index
                %133 = vector.load %45[%132] : memref<4096xf32>, vector<16xf32>
                %134 = arith.addi %42, %132 : index
                %135 = vector.load %45[%134] : memref<4096xf32>, vector<16xf32>
                %136 = arith.addi %132, %84 : index
                rlx_cpu.prefetch %45[%136] {cache = "l1"} : memref<4096xf32>
                %137 = arith.addi %134, %84 : index
                rlx_cpu.prefetch %45[%137] {cache = "l1"} : memref<4096xf32>
                %138 = arith.addi %82, %114 : index
                %139 = memref.load %0[%138] : memref<?xf32>
                %140 = vector.broadcast %139 : f32 to vector<16xf32>
                %141 = vector.fma %140, %133, %115 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %142 = vector.fma %140, %135, %116 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %143 = arith.addi %83, %114 : index
                %144 = memref.load %0[%143] : memref<?xf32>
                %145 = vector.broadcast %144 : f32 to vector<16xf32>
                %146 = vector.fma %145, %133, %117 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %147 = vector.fma %145, %135, %118 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %148 = arith.addi %85, %114 : index
                %149 = memref.load %0[%148] : memref<?xf32>
                %150 = vector.broadcast %149 : f32 to vector<16xf32>
                %151 = vector.fma %150, %133, %119 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %152 = vector.fma %150, %135, %120 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %153 = arith.addi %87, %114 : index
                %154 = memref.load %0[%153] : memref<?xf32>
                %155 = vector.broadcast %154 : f32 to vector<16xf32>
                %156 = vector.fma %155, %133, %121 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %157 = vector.fma %155, %135, %122 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %158 = arith.addi %89, %114 : index
                %159 = memref.load %0[%158] : memref<?xf32>
                %160 = vector.broadcast %159 : f32 to vector<16xf32>
                %161 = vector.fma %160, %133, %123 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %162 = vector.fma %160, %135, %124 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %163 = arith.addi %91, %114 : index
                %164 = memref.load %0[%163] : memref<?xf32>
                %165 = vector.broadcast %164 : f32 to vector<16xf32>
                %166 = vector.fma %165, %133, %125 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %167 = vector.fma %165, %135, %126 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %168 = arith.addi %93, %114 : index
                %169 = memref.load %0[%168] : memref<?xf32>
                %170 = vector.broadcast %169 : f32 to vector<16xf32>
                %171 = vector.fma %170, %133, %127 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %172 = vector.fma %170, %135, %128 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %173 = arith.addi %95, %114 : index
                %174 = memref.load %0[%173] : memref<?xf32>
                %175 = vector.broadcast %174 : f32 to vector<16xf32>
                %176 = vector.fma %175, %133, %129 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %177 = vector.fma %175, %135, %130 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %141, %142, %146, %147, %151, %152, %156, %157, %161, %162, %166, %167, %171, %172, %176, %177 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %178 = arith.constant 16 : index
              %179 = arith.muli %37, %178 : index
              %180 = arith.muli %70, %40 : index
              %181 = arith.addi %180, %179 : index
              vector.store %98, %41[%181] : memref<?xf32>, vector<16xf32>
              %182 = arith.muli %38, %178 : index
              %183 = arith.addi %180, %182 : index
              vector.store %99, %41[%183] : memref<?xf32>, vector<16xf32>
              %184 = arith.muli %71, %40 : index
              %185 = arith.addi %184, %179 : index
              vector.store %100, %41[%185] : memref<?xf32>, vector<16xf32>
              %186 = arith.addi %184, %182 : index
              vector.store %101, %41[%186] : memref<?xf32>, vector<16xf32>
              %187 = arith.muli %72, %40 : index
              %188 = arith.addi %187, %179 : index
              vector.store %102, %41[%188] : memref<?xf32>, vector<16xf32>
              %189 = arith.addi %187, %182 : index
              vector.store %103, %41[%189] : memref<?xf32>, vector<16xf32>
              %190 = arith.muli %74, %40 : index
              %191 = arith.addi %190, %179 : index
              vector.store %104, %41[%191] : memref<?xf32>, vector<16xf32>
              %192 = arith.addi %190, %182 : index
              vector.store %105, %41[%192] : memref<?xf32>, vector<16xf32>
              %193 = arith.muli %75, %40 : index
              %194 = arith.addi %193, %179 : index
              vector.store %106, %41[%194] : memref<?xf32>, vector<16xf32>
              %195 = arith.addi %193, %182 : index
              vector.store %107, %41[%195] : memref<?xf32>, vector<16xf32>
              %196 = arith.muli %77, %40 : index
              %197 = arith.addi %196, %179 : index
              vector.store %108, %41[%197] : memref<?xf32>, vector<16xf32>
              %198 = arith.addi %196, %182 : index
              vector.store %109, %41[%198] : memref<?xf32>, vector<16xf32>
              %199 = arith.muli %79, %40 : index
              %200 = arith.addi %199, %179 : index
              vector.store %110, %41[%200] : memref<?xf32>, vector<16xf32>
              %201 = arith.addi %199, %182 : index
              vector.store %111, %41[%201] : memref<?xf32>, vector<16xf32>
              %202 = arith.muli %81, %40 : index
              %203 = arith.addi %202, %179 : index
              vector.store %112, %41[%203] : memref<?xf32>, vector<16xf32>
              %204 = arith.addi %202, %182 : index
              vector.store %113, %41[%204] : memref<?xf32>, vector<16xf32>
            }
            %205 = arith.subi %23, %28 : index
            %206 = arith.divui %205, %12 : index
            %207 = arith.muli %206, %12 : index
            %208 = arith.addi %28, %207 : index
            scf.for %209 = %28 to %208 step %12 {
              %210 = arith.addi %209, %15 : index
              %211 = arith.addi %209, %31 : index
              %212 = arith.constant 3 : index
              %213 = arith.addi %209, %212 : index
              %214 = arith.muli %209, %46 : index
              %215 = arith.addi %214, %46 : index
              %216 = arith.constant 256 : index
              %217 = arith.addi %214, %216 : index
              %218 = arith.constant 384 : index
              %219 = arith.addi %214, %218 : index
              %220 = arith.constant 0.000000e+00 : f32
              %221 = vector.broadcast %220 : f32 to vector<16xf32>
              %222, %223, %224, %225, %226, %227, %228, %229 = scf.for %230 = %14 to %46 step %15 iter_args(%231 = %221, %232 = %221, %233 = %221, %234 = %221, %235 = %221, %236 = %221, %237 = %221, %238 = %221) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %239 = arith.constant 16 : index
                %240 = arith.muli %230, %239 : index
                %241 = vector.load %45[%240] : memref<4096xf32>, vector<16xf32>
                %242 = arith.addi %42, %240 : index
                %243 = vector.load %45[%242] : memref<4096xf32>, vector<16xf32>
                %244 = arith.addi %240, %216 : index
                rlx_cpu.prefetch %45[%244] {cache = "l1"} : memref<4096xf32>
                %245 = arith.addi %242, %216 : index
                rlx_cpu.prefetch %45[%245] {cache = "l1"} : memref<4096xf32>
                %246 = arith.addi %214, %230 : index
                %247 = memref.load %0[%246] : memref<?xf32>
                %248 = vector.broadcast %247 : f32 to vector<16xf32>
                %249 = vector.fma %248, %241, %231 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %250 = vector.fma %248, %243, %232 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %251 = arith.addi %215, %230 : index
                %252 = memref.load %0[%251] : memref<?xf32>
                %253 = vector.broadcast %252 : f32 to vector<16xf32>
                %254 = vector.fma %253, %241, %233 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %255 = vector.fma %253, %243, %234 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %256 = arith.addi %217, %230 : index
                %257 = memref.load %0[%256] : memref<?xf32>
                %258 = vector.broadcast %257 : f32 to vector<16xf32>
                %259 = vector.fma %258, %241, %235 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %260 = vector.fma %258, %243, %236 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %261 = arith.addi %219, %230 : index
                %262 = memref.load %0[%261] : memref<?xf32>
                %263 = vector.broadcast %262 : f32 to vector<16xf32>
                %264 = vector.fma %263, %241, %237 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %265 = vector.fma %263, %243, %238 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %249, %250, %254, %255, %259, %260, %264, %265 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %266 = arith.constant 16 : index
              %267 = arith.muli %37, %266 : index
              %268 = arith.muli %209, %40 : index
              %269 = arith.addi %268, %267 : index
              vector.store %222, %41[%269] : memref<?xf32>, vector<16xf32>
              %270 = arith.muli %38, %266 : index
              %271 = arith.addi %268, %270 : index
              vector.store %223, %41[%271] : memref<?xf32>, vector<16xf32>
              %272 = arith.muli %210, %40 : index
              %273 = arith.addi %272, %267 : index
              vector.store %224, %41[%273] : memref<?xf32>, vector<16xf32>
              %274 = arith.addi %272, %270 : index
              vector.store %225, %41[%274] : memref<?xf32>, vector<16xf32>
              %275 = arith.muli %211, %40 : index
              %276 = arith.addi %275, %267 : index
              vector.store %226, %41[%276] : memref<?xf32>, vector<16xf32>
              %277 = arith.addi %275, %270 : index
              vector.store %227, %41[%277] : memref<?xf32>, vector<16xf32>
              %278 = arith.muli %213, %40 : index
              %279 = arith.addi %278, %267 : index
              vector.store %228, %41[%279] : memref<?xf32>, vector<16xf32>
              %280 = arith.addi %278, %270 : index
              vector.store %229, %41[%280] : memref<?xf32>, vector<16xf32>
            }
            %281 = arith.subi %23, %208 : index
            %282 = arith.divui %281, %31 : index
            %283 = arith.muli %282, %31 : index
            %284 = arith.addi %208, %283 : index
            scf.for %285 = %208 to %284 step %31 {
              %286 = arith.addi %285, %15 : index
              %287 = arith.muli %285, %46 : index
              %288 = arith.addi %287, %46 : index
              %289 = arith.constant 0.000000e+00 : f32
              %290 = vector.broadcast %289 : f32 to vector<16xf32>
              %291, %292, %293, %294, %295, %296, %297, %298 = scf.for %299 = %14 to %46 step %31 iter_args(%300 = %290, %301 = %290, %302 = %290, %303 = %290, %304 = %290, %305 = %290, %306 = %290, %307 = %290) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %308 = arith.constant 16 : index
                %309 = arith.muli %299, %308 : index
                %310 = vector.load %45[%309] : memref<4096xf32>, vector<16xf32>
                %311 = arith.addi %42, %309 : index
                %312 = vector.load %45[%311] : memref<4096xf32>, vector<16xf32>
                %313 = arith.constant 256 : index
                %314 = arith.addi %309, %313 : index
                rlx_cpu.prefetch %45[%314] {cache = "l1"} : memref<4096xf32>
                %315 = arith.addi %311, %313 : index
                rlx_cpu.prefetch %45[%315] {cache = "l1"} : memref<4096xf32>
                %316 = arith.addi %287, %299 : index
                %317 = memref.load %0[%316] : memref<?xf32>
                %318 = vector.broadcast %317 : f32 to vector<16xf32>
                %319 = vector.fma %318, %310, %300 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %320 = vector.fma %318, %312, %301 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %321 = arith.addi %288, %299 : index
                %322 = memref.load %0[%321] : memref<?xf32>
                %323 = vector.broadcast %322 : f32 to vector<16xf32>
                %324 = vector.fma %323, %310, %302 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %325 = vector.fma %323, %312, %303 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %326 = arith.addi %299, %15 : index
                %327 = arith.muli %326, %308 : index
                %328 = vector.load %45[%327] : memref<4096xf32>, vector<16xf32>
                %329 = arith.addi %42, %327 : index
                %330 = vector.load %45[%329] : memref<4096xf32>, vector<16xf32>
                %331 = arith.addi %327, %313 : index
                rlx_cpu.prefetch %45[%331] {cache = "l1"} : memref<4096xf32>
                %332 = arith.addi %329, %313 : index
                rlx_cpu.prefetch %45[%332] {cache = "l1"} : memref<4096xf32>
                %333 = arith.addi %287, %326 : index
                %334 = memref.load %0[%333] : memref<?xf32>
                %335 = vector.broadcast %334 : f32 to vector<16xf32>
                %336 = vector.fma %335, %328, %304 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %337 = vector.fma %335, %330, %305 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %338 = arith.addi %288, %326 : index
                %339 = memref.load %0[%338] : memref<?xf32>
                %340 = vector.broadcast %339 : f32 to vector<16xf32>
                %341 = vector.fma %340, %328, %306 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %342 = vector.fma %340, %330, %307 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %319, %320, %324, %325, %336, %337, %341, %342 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %343 = arith.addf %291, %295 fastmath<nsz,arcp,afn> : vector<16xf32>
              %344 = arith.addf %292, %296 fastmath<nsz,arcp,afn> : vector<16xf32>
              %345 = arith.addf %293, %297 fastmath<nsz,arcp,afn> : vector<16xf32>
              %346 = arith.addf %294, %298 fastmath<nsz,arcp,afn> : vector<16xf32>
              %347 = arith.constant 16 : index
              %348 = arith.muli %37, %347 : index
              %349 = arith.muli %285, %40 : index
              %350 = arith.addi %349, %348 : index
              vector.store %343, %41[%350] : memref<?xf32>, vector<16xf32>
              %351 = arith.muli %38, %347 : index
              %352 = arith.addi %349, %351 : index
              vector.store %344, %41[%352] : memref<?xf32>, vector<16xf32>
              %353 = arith.muli %286, %40 : index
              %354 = arith.addi %353, %348 : index
              vector.store %345, %41[%354] : memref<?xf32>, vector<16xf32>
              %355 = arith.addi %353, %351 : index
              vector.store %346, %41[%355] : memref<?xf32>, vector<16xf32>
            }
            scf.for %356 = %284 to %23 step %15 {
              %357 = arith.muli %356, %46 : index
              %358 = arith.constant 0.000000e+00 : f32
              %359 = vector.broadcast %358 : f32 to vector<16xf32>
              %360, %361, %362, %363 = scf.for %364 = %14 to %46 step %31 iter_args(%365 = %359, %366 = %359, %367 = %359, %368 = %359) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %369 = arith.constant 16 : index
                %370 = arith.muli %364, %369 : index
                %371 = vector.load %45[%370] : memref<4096xf32>, vector<16xf32>
                %372 = arith.addi %42, %370 : index
                %373 = vector.load %45[%372] : memref<4096xf32>, vector<16xf32>
                %374 = arith.addi %357, %364 : index
                %375 = memref.load %0[%374] : memref<?xf32>
                %376 = vector.broadcast %375 : f32 to vector<16xf32>
                %377 = vector.fma %376, %371, %365 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %378 = vector.fma %376, %373, %366 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %379 = arith.addi %364, %15 : index
                %380 = arith.muli %379, %369 : index
                %381 = vector.load %45[%380] : memref<4096xf32>, vector<16xf32>
                %382 = arith.addi %42, %380 : index
                %383 = vector.load %45[%382] : memref<4096xf32>, vector<16xf32>
                %384 = arith.addi %357, %379 : index
                %385 = memref.load %0[%384] : memref<?xf32>
                %386 = vector.broadcast %385 : f32 to vector<16xf32>
                %387 = vector.fma %386, %381, %367 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %388 = vector.fma %386, %383, %368 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %377, %378, %387, %388 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %389 = arith.addf %360, %362 fastmath<nsz,arcp,afn> : vector<16xf32>
              %390 = arith.addf %361, %363 fastmath<nsz,arcp,afn> : vector<16xf32>
              %391 = arith.constant 16 : index
              %392 = arith.muli %37, %391 : index
              %393 = arith.muli %356, %40 : index
              %394 = arith.addi %393, %392 : index
              vector.store %389, %41[%394] : memref<?xf32>, vector<16xf32>
              %395 = arith.muli %38, %391 : index
              %396 = arith.addi %393, %395 : index
              vector.store %390, %41[%396] : memref<?xf32>, vector<16xf32>
            }
          } else {
            %397 = arith.muli %30, %31 : index
            %398 = arith.cmpi ult, %397, %12 : index
            %399 = arith.select %398, %1, %2 : memref<?xi16>
            %400 = arith.select %398, %14, %12 : index
            %401 = arith.subi %397, %400 : index
            %402 = arith.addi %401, %15 : index
            %403 = arith.constant 64 : index
            %404 = arith.select %398, %403, %403 : index
            %405 = arith.select %398, %3, %4 : memref<?xf32>
            %406 = arith.constant 2048 : index
            %407 = arith.muli %401, %406 : index
            %408 = arith.muli %402, %406 : index
            scf.for %409 = %21 to %23 step %15 {
              %410 = arith.constant 128 : index
              %411 = arith.muli %409, %410 : index
              %412 = arith.constant 0.000000e+00 : f32
              %413 = vector.broadcast %412 : f32 to vector<16xf32>
              %414, %415, %416, %417 = scf.for %418 = %14 to %410 step %31 iter_args(%419 = %413, %420 = %413, %421 = %413, %422 = %413) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %423 = arith.constant 16 : index
                %424 = arith.muli %418, %423 : index
                %425 = arith.addi %407, %424 : index
                %426 = vector.load %399[%425] : memref<?xi16>, vector<16xi16>
                %427 = arith.extui %426 : vector<16xi16> to vector<16xi32>
                %428 = arith.constant dense<16> : vector<16xi32>
                %429 = arith.shli %427, %428 : vector<16xi32>
                %430 = arith.bitcast %429 : vector<16xi32> to vector<16xf32>
                %431 = arith.addi %408, %424 : index
                %432 = vector.load %399[%431] : memref<?xi16>, vector<16xi16>
                %433 = arith.extui %432 : vector<16xi16> to vector<16xi32>
                %434 = arith.shli %433, %428 : vector<16xi32>
                %435 = arith.bitcast %434 : vector<16xi32> to vector<16xf32>
                %436 = arith.addi %411, %418 : index
                %437 = memref.load %0[%436] : memref<?xf32>
                %438 = vector.broadcast %437 : f32 to vector<16xf32>
                %439 = vector.fma %438, %430, %419 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %440 = vector.fma %438, %435, %420 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %441 = arith.addi %418, %15 : index
                %442 = arith.muli %441, %423 : index
                %443 = arith.addi %407, %442 : index
                %444 = vector.load %399[%443] : memref<?xi16>, vector<16xi16>
                %445 = arith.extui %444 : vector<16xi16> to vector<16xi32>
                %446 = arith.shli %445, %428 : vector<16xi32>
                %447 = arith.bitcast %446 : vector<16xi32> to vector<16xf32>
                %448 = arith.addi %408, %442 : index
                %449 = vector.load %399[%448] : memref<?xi16>, vector<16xi16>
                %450 = arith.extui %449 : vector<16xi16> to vector<16xi32>
                %451 = arith.shli %450, %428 : vector<16xi32>
                %452 = arith.bitcast %451 : vector<16xi32> to vector<16xf32>
                %453 = arith.addi %411, %441 : index
                %454 = memref.load %0[%453] : memref<?xf32>
                %455 = vector.broadcast %454 : f32 to vector<16xf32>
                %456 = vector.fma %455, %447, %421 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %457 = vector.fma %455, %452, %422 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %439, %440, %456, %457 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %458 = arith.addf %414, %416 fastmath<nsz,arcp,afn> : vector<16xf32>
              %459 = arith.addf %415, %417 fastmath<nsz,arcp,afn> : vector<16xf32>
              %460 = arith.constant 16 : index
              %461 = arith.muli %401, %460 : index
              %462 = arith.muli %409, %404 : index
              %463 = arith.addi %462, %461 : index
              vector.store %458, %405[%463] : memref<?xf32>, vector<16xf32>
              %464 = arith.muli %402, %460 : index
              %465 = arith.addi %462, %464 : index
              vector.store %459, %405[%465] : memref<?xf32>, vector<16xf32>
            }
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @rms_norm_d128_g128_eps1em06(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) attributes {rlx.kernel = {family = "rms_norm", dim = 128 : i64, group = 128 : i64, eps = 9.9999999747524271e-07 : f64, parallel_min_work = 524288 : i64}} {
    %4 = arith.constant 128 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 0 : index
    %7 = arith.constant 1 : index
    %8 = arith.constant 524288 : index
    %9 = arith.cmpi uge, %5, %8 : index
    rlx_cpu.parallel_if %9 {
      "scf.parallel"(%6, %3, %7) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%10: index):
        %11 = arith.muli %10, %4 : index
        %12 = arith.constant 0.000000e+00 : f32
        %13 = vector.broadcast %12 : f32 to vector<8xf32>
        %14 = arith.constant 32 : index
        %15, %16, %17, %18 = scf.for %19 = %6 to %4 step %14 iter_args(%20 = %13, %21 = %13, %22 = %13, %23 = %13) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
          %24 = arith.addi %11, %19 : index
          %25 = vector.load %0[%24] : memref<?xf32>, vector<8xf32>
          %26 = vector.fma %25, %25, %20 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %27 = arith.constant 8 : index
          %28 = arith.addi %19, %27 : index
          %29 = arith.addi %11, %28 : index
          %30 = vector.load %0[%29] : memref<?xf32>, vector<8xf32>
          %31 = vector.fma %30, %30, %21 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %32 = arith.constant 16 : index
          %33 = arith.addi %19, %32 : index
          %34 = arith.addi %11, %33 : index
          %35 = vector.load %0[%34] : memref<?xf32>, vector<8xf32>
          %36 = vector.fma %35, %35, %22 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %37 = arith.constant 24 : index
          %38 = arith.addi %19, %37 : index
          %39 = arith.addi %11, %38 : index
          %40 = vector.load %0[%39] : memref<?xf32>, vector<8xf32>
          %41 = vector.fma %40, %40, %23 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          scf.yield %26, %31, %36, %41 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
        }
        %42 = arith.addf %15, %16 fastmath<nsz,arcp,afn> : vector<8xf32>
        %43 = arith.addf %17, %18 fastmath<nsz,arcp,afn> : vector<8xf32>
        %44 = arith.addf %42, %43 fastmath<nsz,arcp,afn> : vector<8xf32>
        %45 = vector.reduction <add>, %44 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
        %46 = arith.constant 7.812500e-03 : f32
        %47 = arith.mulf %45, %46 fastmath<nsz,arcp,afn> : f32
        %48 = arith.constant 1.000000e+00 : f32
        %49 = arith.constant 1.000000e-06 : f32
        %50 = arith.addf %47, %49 fastmath<nsz,arcp,afn> : f32
        %51 = math.sqrt %50 fastmath<nsz,arcp,afn> : f32
        %52 = arith.divf %48, %51 fastmath<nsz,arcp,afn> : f32
        %53 = vector.broadcast %52 : f32 to vector<8xf32>
        %54 = arith.constant 8 : index
        scf.for %55 = %6 to %4 step %54 {
          %56 = arith.addi %11, %55 : index
          %57 = vector.load %0[%56] : memref<?xf32>, vector<8xf32>
          %58 = arith.mulf %57, %53 fastmath<nsz,arcp,afn> : vector<8xf32>
          %59 = vector.load %1[%55] : memref<?xf32>, vector<8xf32>
          %60 = arith.mulf %58, %59 fastmath<nsz,arcp,afn> : vector<8xf32>
          vector.store %60, %2[%56] : memref<?xf32>, vector<8xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @rms_norm_d128_g32_eps1em06(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) attributes {rlx.kernel = {family = "rms_norm", dim = 128 : i64, group = 32 : i64, eps = 9.9999999747524271e-07 : f64, parallel_min_work = 524288 : i64}} {
    %4 = arith.constant 4 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 128 : index
    %7 = arith.muli %3, %6 : index
    %8 = arith.constant 0 : index
    %9 = arith.constant 1 : index
    %10 = arith.constant 524288 : index
    %11 = arith.cmpi uge, %7, %10 : index
    rlx_cpu.parallel_if %11 {
      "scf.parallel"(%8, %5, %9) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%12: index):
        %13 = arith.constant 32 : index
        %14 = arith.muli %12, %13 : index
        %15 = arith.constant 0.000000e+00 : f32
        %16 = vector.broadcast %15 : f32 to vector<8xf32>
        %17, %18, %19, %20 = scf.for %21 = %8 to %13 step %13 iter_args(%22 = %16, %23 = %16, %24 = %16, %25 = %16) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
          %26 = arith.addi %14, %21 : index
          %27 = vector.load %0[%26] : memref<?xf32>, vector<8xf32>
          %28 = vector.fma %27, %27, %22 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %29 = arith.constant 8 : index
          %30 = arith.addi %21, %29 : index
          %31 = arith.addi %14, %30 : index
          %32 = vector.load %0[%31] : memref<?xf32>, vector<8xf32>
          %33 = vector.fma %32, %32, %23 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %34 = arith.constant 16 : index
          %35 = arith.addi %21, %34 : index
          %36 = arith.addi %14, %35 : index
          %37 = vector.load %0[%36] : memref<?xf32>, vector<8xf32>
          %38 = vector.fma %37, %37, %24 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %39 = arith.constant 24 : index
          %40 = arith.addi %21, %39 : index
          %41 = arith.addi %14, %40 : index
          %42 = vector.load %0[%41] : memref<?xf32>, vector<8xf32>
          %43 = vector.fma %42, %42, %25 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          scf.yield %28, %33, %38, %43 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
        }
        %44 = arith.addf %17, %18 fastmath<nsz,arcp,afn> : vector<8xf32>
        %45 = arith.addf %19, %20 fastmath<nsz,arcp,afn> : vector<8xf32>
        %46 = arith.addf %44, %45 fastmath<nsz,arcp,afn> : vector<8xf32>
        %47 = vector.reduction <add>, %46 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
        %48 = arith.constant 3.125000e-02 : f32
        %49 = arith.mulf %47, %48 fastmath<nsz,arcp,afn> : f32
        %50 = arith.constant 1.000000e+00 : f32
        %51 = arith.constant 1.000000e-06 : f32
        %52 = arith.addf %49, %51 fastmath<nsz,arcp,afn> : f32
        %53 = math.sqrt %52 fastmath<nsz,arcp,afn> : f32
        %54 = arith.divf %50, %53 fastmath<nsz,arcp,afn> : f32
        %55 = vector.broadcast %54 : f32 to vector<8xf32>
        %56 = arith.constant 8 : index
        scf.for %57 = %8 to %13 step %56 {
          %58 = arith.addi %14, %57 : index
          %59 = vector.load %0[%58] : memref<?xf32>, vector<8xf32>
          %60 = arith.mulf %59, %55 fastmath<nsz,arcp,afn> : vector<8xf32>
          %61 = vector.load %1[%57] : memref<?xf32>, vector<8xf32>
          %62 = arith.mulf %60, %61 fastmath<nsz,arcp,afn> : vector<8xf32>
          vector.store %62, %2[%58] : memref<?xf32>, vector<8xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @rms_norm_d64_g32_eps1em06(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) attributes {rlx.kernel = {family = "rms_norm", dim = 64 : i64, group = 32 : i64, eps = 9.9999999747524271e-07 : f64, parallel_min_work = 524288 : i64}} {
    %4 = arith.constant 2 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 64 : index
    %7 = arith.muli %3, %6 : index
    %8 = arith.constant 0 : index
    %9 = arith.constant 1 : index
    %10 = arith.constant 524288 : index
    %11 = arith.cmpi uge, %7, %10 : index
    rlx_cpu.parallel_if %11 {
      "scf.parallel"(%8, %5, %9) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%12: index):
        %13 = arith.constant 32 : index
        %14 = arith.muli %12, %13 : index
        %15 = arith.constant 0.000000e+00 : f32
        %16 = vector.broadcast %15 : f32 to vector<8xf32>
        %17, %18, %19, %20 = scf.for %21 = %8 to %13 step %13 iter_args(%22 = %16, %23 = %16, %24 = %16, %25 = %16) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
          %26 = arith.addi %14, %21 : index
          %27 = vector.load %0[%26] : memref<?xf32>, vector<8xf32>
          %28 = vector.fma %27, %27, %22 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %29 = arith.constant 8 : index
          %30 = arith.addi %21, %29 : index
          %31 = arith.addi %14, %30 : index
          %32 = vector.load %0[%31] : memref<?xf32>, vector<8xf32>
          %33 = vector.fma %32, %32, %23 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %34 = arith.constant 16 : index
          %35 = arith.addi %21, %34 : index
          %36 = arith.addi %14, %35 : index
          %37 = vector.load %0[%36] : memref<?xf32>, vector<8xf32>
          %38 = vector.fma %37, %37, %24 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %39 = arith.constant 24 : index
          %40 = arith.addi %21, %39 : index
          %41 = arith.addi %14, %40 : index
          %42 = vector.load %0[%41] : memref<?xf32>, vector<8xf32>
          %43 = vector.fma %42, %42, %25 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          scf.yield %28, %33, %38, %43 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
        }
        %44 = arith.addf %17, %18 fastmath<nsz,arcp,afn> : vector<8xf32>
        %45 = arith.addf %19, %20 fastmath<nsz,arcp,afn> : vector<8xf32>
        %46 = arith.addf %44, %45 fastmath<nsz,arcp,afn> : vector<8xf32>
        %47 = vector.reduction <add>, %46 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
        %48 = arith.constant 3.125000e-02 : f32
        %49 = arith.mulf %47, %48 fastmath<nsz,arcp,afn> : f32
        %50 = arith.constant 1.000000e+00 : f32
        %51 = arith.constant 1.000000e-06 : f32
        %52 = arith.addf %49, %51 fastmath<nsz,arcp,afn> : f32
        %53 = math.sqrt %52 fastmath<nsz,arcp,afn> : f32
        %54 = arith.divf %50, %53 fastmath<nsz,arcp,afn> : f32
        %55 = vector.broadcast %54 : f32 to vector<8xf32>
        %56 = arith.constant 8 : index
        scf.for %57 = %8 to %13 step %56 {
          %58 = arith.addi %14, %57 : index
          %59 = vector.load %0[%58] : memref<?xf32>, vector<8xf32>
          %60 = arith.mulf %59, %55 fastmath<nsz,arcp,afn> : vector<8xf32>
          %61 = vector.load %1[%57] : memref<?xf32>, vector<8xf32>
          %62 = arith.mulf %60, %61 fastmath<nsz,arcp,afn> : vector<8xf32>
          vector.store %62, %2[%58] : memref<?xf32>, vector<8xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @rope_nh2_hd32(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: memref<?xf32>, %4: index, %5: index, %6: index) attributes {rlx.kernel = {family = "rope", num_heads = 2 : i64, head_dim = 32 : i64, parallel_min_work = 524288 : i64}} {
    %7 = arith.muli %4, %5 : index
    %8 = arith.constant 64 : index
    %9 = arith.muli %7, %8 : index
    %10 = arith.constant 0 : index
    %11 = arith.constant 1 : index
    %12 = arith.constant 524288 : index
    %13 = arith.cmpi uge, %9, %12 : index
    rlx_cpu.parallel_if %13 {
      "scf.parallel"(%10, %7, %11) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%14: index):
        %15 = arith.remui %14, %5 : index
        %16 = arith.addi %6, %15 : index
        %17 = arith.constant 16 : index
        %18 = arith.muli %16, %17 : index
        %19 = arith.constant 2 : index
        scf.for %20 = %10 to %19 step %11 {
          %21 = arith.muli %14, %19 : index
          %22 = arith.addi %21, %20 : index
          %23 = arith.constant 32 : index
          %24 = arith.muli %22, %23 : index
          %25 = arith.constant 8 : index
          scf.for %26 = %10 to %17 step %25 {
            %27 = arith.addi %24, %26 : index
            %28 = arith.addi %27, %17 : index
            %29 = vector.load %0[%27] : memref<?xf32>, vector<8xf32>
            %30 = vector.load %0[%28] : memref<?xf32>, vector<8xf32>
            %31 = arith.addi %18, %26 : index
            %32 = vector.load %1[%31] : memref<?xf32>, vector<8xf32>
            %33 = vector.load %2[%31] : memref<?xf32>, vector<8xf32>
            %34 = arith.mulf %29, %32 fastmath<nsz,arcp,afn> : vector<8xf32>
            %35 = arith.mulf %30, %33 fastmath<nsz,arcp,afn> : vector<8xf32>
            %36 = arith.subf %34, %35 fastmath<nsz,arcp,afn> : vector<8xf32>
            vector.store %36, %3[%27] : memref<?xf32>, vector<8xf32>
            %37 = arith.mulf %30, %32 fastmath<nsz,arcp,afn> : vector<8xf32>
            %38 = arith.mulf %29, %33 fastmath<nsz,arcp,afn> : vector<8xf32>
            %39 = arith.addf %37, %38 fastmath<nsz,arcp,afn> : vector<8xf32>
            vector.store %39, %3[%28] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @rope_nh4_hd32(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: memref<?xf32>, %4: index, %5: index, %6: index) attributes {rlx.kernel = {family = "rope", num_heads = 4 : i64, head_dim = 32 : i64, parallel_min_work = 524288 : i64}} {
    %7 = arith.muli %4, %5 : index
    %8 = arith.constant 128 : index
    %9 = arith.muli %7, %8 : index
    %10 = arith.constant 0 : index
    %11 = arith.constant 1 : index
    %12 = arith.constant 524288 : index
    %13 = arith.cmpi uge, %9, %12 : index
    rlx_cpu.parallel_if %13 {
      "scf.parallel"(%10, %7, %11) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%14: index):
        %15 = arith.remui %14, %5 : index
        %16 = arith.addi %6, %15 : index
        %17 = arith.constant 16 : index
        %18 = arith.muli %16, %17 : index
        %19 = arith.constant 4 : index
        scf.for %20 = %10 to %19 step %11 {
          %21 = arith.muli %14, %19 : index
          %22 = arith.addi %21, %20 : index
          %23 = arith.constant 32 : index
          %24 = arith.muli %22, %23 : index
          %25 = arith.constant 8 : index
          scf.for %26 = %10 to %17 step %25 {
            %27 = arith.addi %24, %26 : index
            %28 = arith.addi %27, %17 : index
            %29 = vector.load %0[%27] : memref<?xf32>, vector<8xf32>
            %30 = vector.load %0[%28] : memref<?xf32>, vector<8xf32>
            %31 = arith.addi %18, %26 : index
            %32 = vector.load %1[%31] : memref<?xf32>, vector<8xf32>
            %33 = vector.load %2[%31] : memref<?xf32>, vector<8xf32>
            %34 = arith.mulf %29, %32 fastmath<nsz,arcp,afn> : vector<8xf32>
            %35 = arith.mulf %30, %33 fastmath<nsz,arcp,afn> : vector<8xf32>
            %36 = arith.subf %34, %35 fastmath<nsz,arcp,afn> : vector<8xf32>
            vector.store %36, %3[%27] : memref<?xf32>, vector<8xf32>
            %37 = arith.mulf %30, %32 fastmath<nsz,arcp,afn> : vector<8xf32>
            %38 = arith.mulf %29, %33 fastmath<nsz,arcp,afn> : vector<8xf32>
            %39 = arith.addf %37, %38 fastmath<nsz,arcp,afn> : vector<8xf32>
            vector.store %39, %3[%28] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
}
