// rlxc opt 12-rlx-fastmath.mlir -p 'expand-math-to-polynomials,rlx-outline-parallel{threads=0},convert-to-llvm,llvm-opt{level=3 target=x86-64-v4},llvm-codegen{level=3 target=x86-64-v4}'
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
              %1037 = math.exp %1036 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %1037, %39[%993] : memref<2048xf32>, vector<16xf32>
              %1038 = arith.subf %998, %934 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1039 = arith.cmpf ogt, %1038, %1030 : vector<16xf32>
              %1040 = arith.select %1039, %1038, %1030 : vector<16xf32>
              %1041 = arith.cmpf olt, %1040, %1034 : vector<16xf32>
              %1042 = arith.select %1041, %1040, %1034 : vector<16xf32>
              %1043 = math.exp %1042 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %1043, %39[%997] : memref<2048xf32>, vector<16xf32>
              %1044 = arith.subf %1002, %934 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1045 = arith.cmpf ogt, %1044, %1030 : vector<16xf32>
              %1046 = arith.select %1045, %1044, %1030 : vector<16xf32>
              %1047 = arith.cmpf olt, %1046, %1034 : vector<16xf32>
              %1048 = arith.select %1047, %1046, %1034 : vector<16xf32>
              %1049 = math.exp %1048 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %1049, %39[%1001] : memref<2048xf32>, vector<16xf32>
              %1050 = arith.subf %1007, %934 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1051 = arith.cmpf ogt, %1050, %1030 : vector<16xf32>
              %1052 = arith.select %1051, %1050, %1030 : vector<16xf32>
              %1053 = arith.cmpf olt, %1052, %1034 : vector<16xf32>
              %1054 = arith.select %1053, %1052, %1034 : vector<16xf32>
              %1055 = math.exp %1054 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %1055, %39[%1006] : memref<2048xf32>, vector<16xf32>
              %1056 = arith.subf %1012, %934 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1057 = arith.cmpf ogt, %1056, %1030 : vector<16xf32>
              %1058 = arith.select %1057, %1056, %1030 : vector<16xf32>
              %1059 = arith.cmpf olt, %1058, %1034 : vector<16xf32>
              %1060 = arith.select %1059, %1058, %1034 : vector<16xf32>
              %1061 = math.exp %1060 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %1061, %39[%1011] : memref<2048xf32>, vector<16xf32>
              %1062 = arith.subf %1017, %934 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1063 = arith.cmpf ogt, %1062, %1030 : vector<16xf32>
              %1064 = arith.select %1063, %1062, %1030 : vector<16xf32>
              %1065 = arith.cmpf olt, %1064, %1034 : vector<16xf32>
              %1066 = arith.select %1065, %1064, %1034 : vector<16xf32>
              %1067 = math.exp %1066 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %1067, %39[%1016] : memref<2048xf32>, vector<16xf32>
              %1068 = arith.subf %1022, %934 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1069 = arith.cmpf ogt, %1068, %1030 : vector<16xf32>
              %1070 = arith.select %1069, %1068, %1030 : vector<16xf32>
              %1071 = arith.cmpf olt, %1070, %1034 : vector<16xf32>
              %1072 = arith.select %1071, %1070, %1034 : vector<16xf32>
              %1073 = math.exp %1072 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %1073, %39[%1021] : memref<2048xf32>, vector<16xf32>
              %1074 = arith.subf %1027, %934 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1075 = arith.cmpf ogt, %1074, %1030 : vector<16xf32>
              %1076 = arith.select %1075, %1074, %1030 : vector<16xf32>
              %1077 = arith.cmpf olt, %1076, %1034 : vector<16xf32>
              %1078 = arith.select %1077, %1076, %1034 : vector<16xf32>
              %1079 = math.exp %1078 fastmath<nsz,arcp,afn> : vector<16xf32>
              vector.store %1079, %39[%1026] : memref<2048xf32>, vector<16xf32>
              %1080 = arith.addf %1037, %1043 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1081 = arith.addf %1049, %1055 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1082 = arith.addf %1061, %1067 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1083 = arith.addf %1073, %1079 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1084 = arith.addf %1080, %1081 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1085 = arith.addf %1082, %1083 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1086 = arith.addf %1084, %1085 fastmath<nsz,arcp,afn> : vector<16xf32>
              %1087 = arith.addf %991, %1086 fastmath<nsz,arcp,afn> : vector<16xf32>
              scf.yield %1087 : vector<16xf32>
            }
            %1088 = arith.subf %933, %934 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1089 = arith.constant -8.700000e+01 : f32
            %1090 = vector.broadcast %1089 : f32 to vector<16xf32>
            %1091 = arith.cmpf ogt, %1088, %1090 : vector<16xf32>
            %1092 = arith.select %1091, %1088, %1090 : vector<16xf32>
            %1093 = arith.constant 8.800000e+01 : f32
            %1094 = vector.broadcast %1093 : f32 to vector<16xf32>
            %1095 = arith.cmpf olt, %1092, %1094 : vector<16xf32>
            %1096 = arith.select %1095, %1092, %1094 : vector<16xf32>
            %1097 = math.exp %1096 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %934, %38[%930] : memref<256xf32>, vector<16xf32>
            %1098 = arith.addi %930, %42 : index
            %1099 = vector.load %38[%1098] : memref<256xf32>, vector<16xf32>
            %1100 = arith.mulf %1099, %1097 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1101 = arith.addf %1100, %989 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %1101, %38[%1098] : memref<256xf32>, vector<16xf32>
            %1102 = arith.addi %930, %18 : index
            vector.store %1097, %38[%1102] : memref<256xf32>, vector<16xf32>
          }
          %1103 = arith.divui %32, %12 : index
          %1104 = arith.muli %1103, %12 : index
          scf.for %1105 = %20 to %1104 step %12 {
            %1106 = arith.addi %1105, %21 : index
            %1107 = arith.divui %1105, %12 : index
            %1108 = arith.remui %1105, %12 : index
            %1109 = arith.addi %29, %1107 : index
            %1110 = arith.muli %27, %12 : index
            %1111 = arith.addi %1110, %1108 : index
            %1112 = arith.muli %28, %5 : index
            %1113 = arith.addi %1112, %1109 : index
            %1114 = arith.constant 4 : index
            %1115 = arith.muli %1113, %1114 : index
            %1116 = arith.addi %1115, %1111 : index
            %1117 = arith.muli %1116, %10 : index
            %1118 = arith.divui %1106, %12 : index
            %1119 = arith.remui %1106, %12 : index
            %1120 = arith.addi %29, %1118 : index
            %1121 = arith.addi %1110, %1119 : index
            %1122 = arith.addi %1112, %1120 : index
            %1123 = arith.muli %1122, %1114 : index
            %1124 = arith.addi %1123, %1121 : index
            %1125 = arith.muli %1124, %10 : index
            %1126 = arith.divui %1105, %35 : index
            %1127 = arith.remui %1105, %35 : index
            %1128 = arith.constant 512 : index
            %1129 = arith.muli %1126, %1128 : index
            %1130 = arith.addi %1129, %1127 : index
            %1131 = arith.addi %1105, %18 : index
            %1132 = memref.load %38[%1131] : memref<256xf32>
            %1133 = vector.broadcast %1132 : f32 to vector<16xf32>
            %1134 = arith.addi %1106, %18 : index
            %1135 = memref.load %38[%1134] : memref<256xf32>
            %1136 = vector.broadcast %1135 : f32 to vector<16xf32>
            %1137 = arith.addi %1117, %35 : index
            %1138 = arith.addi %1125, %35 : index
            %1139 = vector.load %3[%1117] : memref<?xf32>, vector<16xf32>
            %1140 = arith.mulf %1139, %1133 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1141 = vector.load %3[%1137] : memref<?xf32>, vector<16xf32>
            %1142 = arith.mulf %1141, %1133 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1143 = vector.load %3[%1125] : memref<?xf32>, vector<16xf32>
            %1144 = arith.mulf %1143, %1136 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1145 = vector.load %3[%1138] : memref<?xf32>, vector<16xf32>
            %1146 = arith.mulf %1145, %1136 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1147 = vector.load %2[%437] : memref<?xf32>, vector<16xf32>
            %1148 = arith.addi %437, %35 : index
            %1149 = vector.load %2[%1148] : memref<?xf32>, vector<16xf32>
            %1150 = memref.load %39[%1130] : memref<2048xf32>
            %1151 = vector.broadcast %1150 : f32 to vector<16xf32>
            %1152 = vector.fma %1151, %1147, %1140 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1153 = vector.fma %1151, %1149, %1142 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1154 = arith.addi %1130, %21 : index
            %1155 = memref.load %39[%1154] : memref<2048xf32>
            %1156 = vector.broadcast %1155 : f32 to vector<16xf32>
            %1157 = vector.fma %1156, %1147, %1144 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1158 = vector.fma %1156, %1149, %1146 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1159 = arith.addi %437, %42 : index
            %1160 = vector.load %2[%1159] : memref<?xf32>, vector<16xf32>
            %1161 = arith.constant 80 : index
            %1162 = arith.addi %437, %1161 : index
            %1163 = vector.load %2[%1162] : memref<?xf32>, vector<16xf32>
            %1164 = arith.addi %1130, %35 : index
            %1165 = memref.load %39[%1164] : memref<2048xf32>
            %1166 = vector.broadcast %1165 : f32 to vector<16xf32>
            %1167 = vector.fma %1166, %1160, %1152 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1168 = vector.fma %1166, %1163, %1153 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1169 = arith.constant 17 : index
            %1170 = arith.addi %1130, %1169 : index
            %1171 = memref.load %39[%1170] : memref<2048xf32>
            %1172 = vector.broadcast %1171 : f32 to vector<16xf32>
            %1173 = vector.fma %1172, %1160, %1157 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1174 = vector.fma %1172, %1163, %1158 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1175 = arith.addi %437, %18 : index
            %1176 = vector.load %2[%1175] : memref<?xf32>, vector<16xf32>
            %1177 = arith.constant 144 : index
            %1178 = arith.addi %437, %1177 : index
            %1179 = vector.load %2[%1178] : memref<?xf32>, vector<16xf32>
            %1180 = arith.addi %1130, %10 : index
            %1181 = memref.load %39[%1180] : memref<2048xf32>
            %1182 = vector.broadcast %1181 : f32 to vector<16xf32>
            %1183 = vector.fma %1182, %1176, %1167 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1184 = vector.fma %1182, %1179, %1168 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1185 = arith.constant 33 : index
            %1186 = arith.addi %1130, %1185 : index
            %1187 = memref.load %39[%1186] : memref<2048xf32>
            %1188 = vector.broadcast %1187 : f32 to vector<16xf32>
            %1189 = vector.fma %1188, %1176, %1173 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1190 = vector.fma %1188, %1179, %1174 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1191 = arith.constant 192 : index
            %1192 = arith.addi %437, %1191 : index
            %1193 = vector.load %2[%1192] : memref<?xf32>, vector<16xf32>
            %1194 = arith.constant 208 : index
            %1195 = arith.addi %437, %1194 : index
            %1196 = vector.load %2[%1195] : memref<?xf32>, vector<16xf32>
            %1197 = arith.constant 48 : index
            %1198 = arith.addi %1130, %1197 : index
            %1199 = memref.load %39[%1198] : memref<2048xf32>
            %1200 = vector.broadcast %1199 : f32 to vector<16xf32>
            %1201 = vector.fma %1200, %1193, %1183 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1202 = vector.fma %1200, %1196, %1184 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1203 = arith.constant 49 : index
            %1204 = arith.addi %1130, %1203 : index
            %1205 = memref.load %39[%1204] : memref<2048xf32>
            %1206 = vector.broadcast %1205 : f32 to vector<16xf32>
            %1207 = vector.fma %1206, %1193, %1189 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1208 = vector.fma %1206, %1196, %1190 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1209 = arith.constant 256 : index
            %1210 = arith.addi %437, %1209 : index
            %1211 = vector.load %2[%1210] : memref<?xf32>, vector<16xf32>
            %1212 = arith.constant 272 : index
            %1213 = arith.addi %437, %1212 : index
            %1214 = vector.load %2[%1213] : memref<?xf32>, vector<16xf32>
            %1215 = arith.addi %1130, %42 : index
            %1216 = memref.load %39[%1215] : memref<2048xf32>
            %1217 = vector.broadcast %1216 : f32 to vector<16xf32>
            %1218 = vector.fma %1217, %1211, %1201 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1219 = vector.fma %1217, %1214, %1202 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1220 = arith.constant 65 : index
            %1221 = arith.addi %1130, %1220 : index
            %1222 = memref.load %39[%1221] : memref<2048xf32>
            %1223 = vector.broadcast %1222 : f32 to vector<16xf32>
            %1224 = vector.fma %1223, %1211, %1207 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1225 = vector.fma %1223, %1214, %1208 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1226 = arith.constant 320 : index
            %1227 = arith.addi %437, %1226 : index
            %1228 = vector.load %2[%1227] : memref<?xf32>, vector<16xf32>
            %1229 = arith.constant 336 : index
            %1230 = arith.addi %437, %1229 : index
            %1231 = vector.load %2[%1230] : memref<?xf32>, vector<16xf32>
            %1232 = arith.addi %1130, %1161 : index
            %1233 = memref.load %39[%1232] : memref<2048xf32>
            %1234 = vector.broadcast %1233 : f32 to vector<16xf32>
            %1235 = vector.fma %1234, %1228, %1218 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1236 = vector.fma %1234, %1231, %1219 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1237 = arith.constant 81 : index
            %1238 = arith.addi %1130, %1237 : index
            %1239 = memref.load %39[%1238] : memref<2048xf32>
            %1240 = vector.broadcast %1239 : f32 to vector<16xf32>
            %1241 = vector.fma %1240, %1228, %1224 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1242 = vector.fma %1240, %1231, %1225 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1243 = arith.constant 384 : index
            %1244 = arith.addi %437, %1243 : index
            %1245 = vector.load %2[%1244] : memref<?xf32>, vector<16xf32>
            %1246 = arith.constant 400 : index
            %1247 = arith.addi %437, %1246 : index
            %1248 = vector.load %2[%1247] : memref<?xf32>, vector<16xf32>
            %1249 = arith.constant 96 : index
            %1250 = arith.addi %1130, %1249 : index
            %1251 = memref.load %39[%1250] : memref<2048xf32>
            %1252 = vector.broadcast %1251 : f32 to vector<16xf32>
            %1253 = vector.fma %1252, %1245, %1235 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1254 = vector.fma %1252, %1248, %1236 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1255 = arith.constant 97 : index
            %1256 = arith.addi %1130, %1255 : index
            %1257 = memref.load %39[%1256] : memref<2048xf32>
            %1258 = vector.broadcast %1257 : f32 to vector<16xf32>
            %1259 = vector.fma %1258, %1245, %1241 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1260 = vector.fma %1258, %1248, %1242 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1261 = arith.constant 448 : index
            %1262 = arith.addi %437, %1261 : index
            %1263 = vector.load %2[%1262] : memref<?xf32>, vector<16xf32>
            %1264 = arith.constant 464 : index
            %1265 = arith.addi %437, %1264 : index
            %1266 = vector.load %2[%1265] : memref<?xf32>, vector<16xf32>
            %1267 = arith.constant 112 : index
            %1268 = arith.addi %1130, %1267 : index
            %1269 = memref.load %39[%1268] : memref<2048xf32>
            %1270 = vector.broadcast %1269 : f32 to vector<16xf32>
            %1271 = vector.fma %1270, %1263, %1253 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1272 = vector.fma %1270, %1266, %1254 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1273 = arith.constant 113 : index
            %1274 = arith.addi %1130, %1273 : index
            %1275 = memref.load %39[%1274] : memref<2048xf32>
            %1276 = vector.broadcast %1275 : f32 to vector<16xf32>
            %1277 = vector.fma %1276, %1263, %1259 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1278 = vector.fma %1276, %1266, %1260 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1279 = arith.addi %437, %1128 : index
            %1280 = arith.addi %1130, %18 : index
            %1281 = vector.load %2[%1279] : memref<?xf32>, vector<16xf32>
            %1282 = arith.addi %1279, %35 : index
            %1283 = vector.load %2[%1282] : memref<?xf32>, vector<16xf32>
            %1284 = memref.load %39[%1280] : memref<2048xf32>
            %1285 = vector.broadcast %1284 : f32 to vector<16xf32>
            %1286 = vector.fma %1285, %1281, %1271 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1287 = vector.fma %1285, %1283, %1272 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1288 = arith.addi %1280, %21 : index
            %1289 = memref.load %39[%1288] : memref<2048xf32>
            %1290 = vector.broadcast %1289 : f32 to vector<16xf32>
            %1291 = vector.fma %1290, %1281, %1277 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1292 = vector.fma %1290, %1283, %1278 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1293 = arith.addi %1279, %42 : index
            %1294 = vector.load %2[%1293] : memref<?xf32>, vector<16xf32>
            %1295 = arith.addi %1279, %1161 : index
            %1296 = vector.load %2[%1295] : memref<?xf32>, vector<16xf32>
            %1297 = arith.addi %1280, %35 : index
            %1298 = memref.load %39[%1297] : memref<2048xf32>
            %1299 = vector.broadcast %1298 : f32 to vector<16xf32>
            %1300 = vector.fma %1299, %1294, %1286 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1301 = vector.fma %1299, %1296, %1287 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1302 = arith.addi %1280, %1169 : index
            %1303 = memref.load %39[%1302] : memref<2048xf32>
            %1304 = vector.broadcast %1303 : f32 to vector<16xf32>
            %1305 = vector.fma %1304, %1294, %1291 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1306 = vector.fma %1304, %1296, %1292 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1307 = arith.addi %1279, %18 : index
            %1308 = vector.load %2[%1307] : memref<?xf32>, vector<16xf32>
            %1309 = arith.addi %1279, %1177 : index
            %1310 = vector.load %2[%1309] : memref<?xf32>, vector<16xf32>
            %1311 = arith.addi %1280, %10 : index
            %1312 = memref.load %39[%1311] : memref<2048xf32>
            %1313 = vector.broadcast %1312 : f32 to vector<16xf32>
            %1314 = vector.fma %1313, %1308, %1300 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1315 = vector.fma %1313, %1310, %1301 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1316 = arith.addi %1280, %1185 : index
            %1317 = memref.load %39[%1316] : memref<2048xf32>
            %1318 = vector.broadcast %1317 : f32 to vector<16xf32>
            %1319 = vector.fma %1318, %1308, %1305 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1320 = vector.fma %1318, %1310, %1306 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1321 = arith.addi %1279, %1191 : index
            %1322 = vector.load %2[%1321] : memref<?xf32>, vector<16xf32>
            %1323 = arith.addi %1279, %1194 : index
            %1324 = vector.load %2[%1323] : memref<?xf32>, vector<16xf32>
            %1325 = arith.addi %1280, %1197 : index
            %1326 = memref.load %39[%1325] : memref<2048xf32>
            %1327 = vector.broadcast %1326 : f32 to vector<16xf32>
            %1328 = vector.fma %1327, %1322, %1314 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1329 = vector.fma %1327, %1324, %1315 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1330 = arith.addi %1280, %1203 : index
            %1331 = memref.load %39[%1330] : memref<2048xf32>
            %1332 = vector.broadcast %1331 : f32 to vector<16xf32>
            %1333 = vector.fma %1332, %1322, %1319 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1334 = vector.fma %1332, %1324, %1320 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1335 = arith.addi %1279, %1209 : index
            %1336 = vector.load %2[%1335] : memref<?xf32>, vector<16xf32>
            %1337 = arith.addi %1279, %1212 : index
            %1338 = vector.load %2[%1337] : memref<?xf32>, vector<16xf32>
            %1339 = arith.addi %1280, %42 : index
            %1340 = memref.load %39[%1339] : memref<2048xf32>
            %1341 = vector.broadcast %1340 : f32 to vector<16xf32>
            %1342 = vector.fma %1341, %1336, %1328 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1343 = vector.fma %1341, %1338, %1329 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1344 = arith.addi %1280, %1220 : index
            %1345 = memref.load %39[%1344] : memref<2048xf32>
            %1346 = vector.broadcast %1345 : f32 to vector<16xf32>
            %1347 = vector.fma %1346, %1336, %1333 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1348 = vector.fma %1346, %1338, %1334 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1349 = arith.addi %1279, %1226 : index
            %1350 = vector.load %2[%1349] : memref<?xf32>, vector<16xf32>
            %1351 = arith.addi %1279, %1229 : index
            %1352 = vector.load %2[%1351] : memref<?xf32>, vector<16xf32>
            %1353 = arith.addi %1280, %1161 : index
            %1354 = memref.load %39[%1353] : memref<2048xf32>
            %1355 = vector.broadcast %1354 : f32 to vector<16xf32>
            %1356 = vector.fma %1355, %1350, %1342 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1357 = vector.fma %1355, %1352, %1343 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1358 = arith.addi %1280, %1237 : index
            %1359 = memref.load %39[%1358] : memref<2048xf32>
            %1360 = vector.broadcast %1359 : f32 to vector<16xf32>
            %1361 = vector.fma %1360, %1350, %1347 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1362 = vector.fma %1360, %1352, %1348 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1363 = arith.addi %1279, %1243 : index
            %1364 = vector.load %2[%1363] : memref<?xf32>, vector<16xf32>
            %1365 = arith.addi %1279, %1246 : index
            %1366 = vector.load %2[%1365] : memref<?xf32>, vector<16xf32>
            %1367 = arith.addi %1280, %1249 : index
            %1368 = memref.load %39[%1367] : memref<2048xf32>
            %1369 = vector.broadcast %1368 : f32 to vector<16xf32>
            %1370 = vector.fma %1369, %1364, %1356 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1371 = vector.fma %1369, %1366, %1357 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1372 = arith.addi %1280, %1255 : index
            %1373 = memref.load %39[%1372] : memref<2048xf32>
            %1374 = vector.broadcast %1373 : f32 to vector<16xf32>
            %1375 = vector.fma %1374, %1364, %1361 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1376 = vector.fma %1374, %1366, %1362 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1377 = arith.addi %1279, %1261 : index
            %1378 = vector.load %2[%1377] : memref<?xf32>, vector<16xf32>
            %1379 = arith.addi %1279, %1264 : index
            %1380 = vector.load %2[%1379] : memref<?xf32>, vector<16xf32>
            %1381 = arith.addi %1280, %1267 : index
            %1382 = memref.load %39[%1381] : memref<2048xf32>
            %1383 = vector.broadcast %1382 : f32 to vector<16xf32>
            %1384 = vector.fma %1383, %1378, %1370 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1385 = vector.fma %1383, %1380, %1371 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1386 = arith.addi %1280, %1273 : index
            %1387 = memref.load %39[%1386] : memref<2048xf32>
            %1388 = vector.broadcast %1387 : f32 to vector<16xf32>
            %1389 = vector.fma %1388, %1378, %1375 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1390 = vector.fma %1388, %1380, %1376 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1391 = arith.constant 1024 : index
            %1392 = arith.addi %437, %1391 : index
            %1393 = arith.addi %1130, %1209 : index
            %1394 = vector.load %2[%1392] : memref<?xf32>, vector<16xf32>
            %1395 = arith.addi %1392, %35 : index
            %1396 = vector.load %2[%1395] : memref<?xf32>, vector<16xf32>
            %1397 = memref.load %39[%1393] : memref<2048xf32>
            %1398 = vector.broadcast %1397 : f32 to vector<16xf32>
            %1399 = vector.fma %1398, %1394, %1384 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1400 = vector.fma %1398, %1396, %1385 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1401 = arith.addi %1393, %21 : index
            %1402 = memref.load %39[%1401] : memref<2048xf32>
            %1403 = vector.broadcast %1402 : f32 to vector<16xf32>
            %1404 = vector.fma %1403, %1394, %1389 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1405 = vector.fma %1403, %1396, %1390 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1406 = arith.addi %1392, %42 : index
            %1407 = vector.load %2[%1406] : memref<?xf32>, vector<16xf32>
            %1408 = arith.addi %1392, %1161 : index
            %1409 = vector.load %2[%1408] : memref<?xf32>, vector<16xf32>
            %1410 = arith.addi %1393, %35 : index
            %1411 = memref.load %39[%1410] : memref<2048xf32>
            %1412 = vector.broadcast %1411 : f32 to vector<16xf32>
            %1413 = vector.fma %1412, %1407, %1399 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1414 = vector.fma %1412, %1409, %1400 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1415 = arith.addi %1393, %1169 : index
            %1416 = memref.load %39[%1415] : memref<2048xf32>
            %1417 = vector.broadcast %1416 : f32 to vector<16xf32>
            %1418 = vector.fma %1417, %1407, %1404 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1419 = vector.fma %1417, %1409, %1405 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1420 = arith.addi %1392, %18 : index
            %1421 = vector.load %2[%1420] : memref<?xf32>, vector<16xf32>
            %1422 = arith.addi %1392, %1177 : index
            %1423 = vector.load %2[%1422] : memref<?xf32>, vector<16xf32>
            %1424 = arith.addi %1393, %10 : index
            %1425 = memref.load %39[%1424] : memref<2048xf32>
            %1426 = vector.broadcast %1425 : f32 to vector<16xf32>
            %1427 = vector.fma %1426, %1421, %1413 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1428 = vector.fma %1426, %1423, %1414 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1429 = arith.addi %1393, %1185 : index
            %1430 = memref.load %39[%1429] : memref<2048xf32>
            %1431 = vector.broadcast %1430 : f32 to vector<16xf32>
            %1432 = vector.fma %1431, %1421, %1418 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1433 = vector.fma %1431, %1423, %1419 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1434 = arith.addi %1392, %1191 : index
            %1435 = vector.load %2[%1434] : memref<?xf32>, vector<16xf32>
            %1436 = arith.addi %1392, %1194 : index
            %1437 = vector.load %2[%1436] : memref<?xf32>, vector<16xf32>
            %1438 = arith.addi %1393, %1197 : index
            %1439 = memref.load %39[%1438] : memref<2048xf32>
            %1440 = vector.broadcast %1439 : f32 to vector<16xf32>
            %1441 = vector.fma %1440, %1435, %1427 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1442 = vector.fma %1440, %1437, %1428 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1443 = arith.addi %1393, %1203 : index
            %1444 = memref.load %39[%1443] : memref<2048xf32>
            %1445 = vector.broadcast %1444 : f32 to vector<16xf32>
            %1446 = vector.fma %1445, %1435, %1432 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1447 = vector.fma %1445, %1437, %1433 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1448 = arith.addi %1392, %1209 : index
            %1449 = vector.load %2[%1448] : memref<?xf32>, vector<16xf32>
            %1450 = arith.addi %1392, %1212 : index
            %1451 = vector.load %2[%1450] : memref<?xf32>, vector<16xf32>
            %1452 = arith.addi %1393, %42 : index
            %1453 = memref.load %39[%1452] : memref<2048xf32>
            %1454 = vector.broadcast %1453 : f32 to vector<16xf32>
            %1455 = vector.fma %1454, %1449, %1441 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1456 = vector.fma %1454, %1451, %1442 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1457 = arith.addi %1393, %1220 : index
            %1458 = memref.load %39[%1457] : memref<2048xf32>
            %1459 = vector.broadcast %1458 : f32 to vector<16xf32>
            %1460 = vector.fma %1459, %1449, %1446 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1461 = vector.fma %1459, %1451, %1447 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1462 = arith.addi %1392, %1226 : index
            %1463 = vector.load %2[%1462] : memref<?xf32>, vector<16xf32>
            %1464 = arith.addi %1392, %1229 : index
            %1465 = vector.load %2[%1464] : memref<?xf32>, vector<16xf32>
            %1466 = arith.addi %1393, %1161 : index
            %1467 = memref.load %39[%1466] : memref<2048xf32>
            %1468 = vector.broadcast %1467 : f32 to vector<16xf32>
            %1469 = vector.fma %1468, %1463, %1455 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1470 = vector.fma %1468, %1465, %1456 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1471 = arith.addi %1393, %1237 : index
            %1472 = memref.load %39[%1471] : memref<2048xf32>
            %1473 = vector.broadcast %1472 : f32 to vector<16xf32>
            %1474 = vector.fma %1473, %1463, %1460 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1475 = vector.fma %1473, %1465, %1461 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1476 = arith.addi %1392, %1243 : index
            %1477 = vector.load %2[%1476] : memref<?xf32>, vector<16xf32>
            %1478 = arith.addi %1392, %1246 : index
            %1479 = vector.load %2[%1478] : memref<?xf32>, vector<16xf32>
            %1480 = arith.addi %1393, %1249 : index
            %1481 = memref.load %39[%1480] : memref<2048xf32>
            %1482 = vector.broadcast %1481 : f32 to vector<16xf32>
            %1483 = vector.fma %1482, %1477, %1469 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1484 = vector.fma %1482, %1479, %1470 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1485 = arith.addi %1393, %1255 : index
            %1486 = memref.load %39[%1485] : memref<2048xf32>
            %1487 = vector.broadcast %1486 : f32 to vector<16xf32>
            %1488 = vector.fma %1487, %1477, %1474 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1489 = vector.fma %1487, %1479, %1475 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1490 = arith.addi %1392, %1261 : index
            %1491 = vector.load %2[%1490] : memref<?xf32>, vector<16xf32>
            %1492 = arith.addi %1392, %1264 : index
            %1493 = vector.load %2[%1492] : memref<?xf32>, vector<16xf32>
            %1494 = arith.addi %1393, %1267 : index
            %1495 = memref.load %39[%1494] : memref<2048xf32>
            %1496 = vector.broadcast %1495 : f32 to vector<16xf32>
            %1497 = vector.fma %1496, %1491, %1483 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1498 = vector.fma %1496, %1493, %1484 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1499 = arith.addi %1393, %1273 : index
            %1500 = memref.load %39[%1499] : memref<2048xf32>
            %1501 = vector.broadcast %1500 : f32 to vector<16xf32>
            %1502 = vector.fma %1501, %1491, %1488 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1503 = vector.fma %1501, %1493, %1489 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1504 = arith.constant 1536 : index
            %1505 = arith.addi %437, %1504 : index
            %1506 = arith.addi %1130, %1243 : index
            %1507 = vector.load %2[%1505] : memref<?xf32>, vector<16xf32>
            %1508 = arith.addi %1505, %35 : index
            %1509 = vector.load %2[%1508] : memref<?xf32>, vector<16xf32>
            %1510 = memref.load %39[%1506] : memref<2048xf32>
            %1511 = vector.broadcast %1510 : f32 to vector<16xf32>
            %1512 = vector.fma %1511, %1507, %1497 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1513 = vector.fma %1511, %1509, %1498 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1514 = arith.addi %1506, %21 : index
            %1515 = memref.load %39[%1514] : memref<2048xf32>
            %1516 = vector.broadcast %1515 : f32 to vector<16xf32>
            %1517 = vector.fma %1516, %1507, %1502 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1518 = vector.fma %1516, %1509, %1503 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1519 = arith.addi %1505, %42 : index
            %1520 = vector.load %2[%1519] : memref<?xf32>, vector<16xf32>
            %1521 = arith.addi %1505, %1161 : index
            %1522 = vector.load %2[%1521] : memref<?xf32>, vector<16xf32>
            %1523 = arith.addi %1506, %35 : index
            %1524 = memref.load %39[%1523] : memref<2048xf32>
            %1525 = vector.broadcast %1524 : f32 to vector<16xf32>
            %1526 = vector.fma %1525, %1520, %1512 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1527 = vector.fma %1525, %1522, %1513 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1528 = arith.addi %1506, %1169 : index
            %1529 = memref.load %39[%1528] : memref<2048xf32>
            %1530 = vector.broadcast %1529 : f32 to vector<16xf32>
            %1531 = vector.fma %1530, %1520, %1517 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1532 = vector.fma %1530, %1522, %1518 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1533 = arith.addi %1505, %18 : index
            %1534 = vector.load %2[%1533] : memref<?xf32>, vector<16xf32>
            %1535 = arith.addi %1505, %1177 : index
            %1536 = vector.load %2[%1535] : memref<?xf32>, vector<16xf32>
            %1537 = arith.addi %1506, %10 : index
            %1538 = memref.load %39[%1537] : memref<2048xf32>
            %1539 = vector.broadcast %1538 : f32 to vector<16xf32>
            %1540 = vector.fma %1539, %1534, %1526 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1541 = vector.fma %1539, %1536, %1527 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1542 = arith.addi %1506, %1185 : index
            %1543 = memref.load %39[%1542] : memref<2048xf32>
            %1544 = vector.broadcast %1543 : f32 to vector<16xf32>
            %1545 = vector.fma %1544, %1534, %1531 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1546 = vector.fma %1544, %1536, %1532 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1547 = arith.addi %1505, %1191 : index
            %1548 = vector.load %2[%1547] : memref<?xf32>, vector<16xf32>
            %1549 = arith.addi %1505, %1194 : index
            %1550 = vector.load %2[%1549] : memref<?xf32>, vector<16xf32>
            %1551 = arith.addi %1506, %1197 : index
            %1552 = memref.load %39[%1551] : memref<2048xf32>
            %1553 = vector.broadcast %1552 : f32 to vector<16xf32>
            %1554 = vector.fma %1553, %1548, %1540 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1555 = vector.fma %1553, %1550, %1541 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1556 = arith.addi %1506, %1203 : index
            %1557 = memref.load %39[%1556] : memref<2048xf32>
            %1558 = vector.broadcast %1557 : f32 to vector<16xf32>
            %1559 = vector.fma %1558, %1548, %1545 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1560 = vector.fma %1558, %1550, %1546 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1561 = arith.addi %1505, %1209 : index
            %1562 = vector.load %2[%1561] : memref<?xf32>, vector<16xf32>
            %1563 = arith.addi %1505, %1212 : index
            %1564 = vector.load %2[%1563] : memref<?xf32>, vector<16xf32>
            %1565 = arith.addi %1506, %42 : index
            %1566 = memref.load %39[%1565] : memref<2048xf32>
            %1567 = vector.broadcast %1566 : f32 to vector<16xf32>
            %1568 = vector.fma %1567, %1562, %1554 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1569 = vector.fma %1567, %1564, %1555 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1570 = arith.addi %1506, %1220 : index
            %1571 = memref.load %39[%1570] : memref<2048xf32>
            %1572 = vector.broadcast %1571 : f32 to vector<16xf32>
            %1573 = vector.fma %1572, %1562, %1559 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1574 = vector.fma %1572, %1564, %1560 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1575 = arith.addi %1505, %1226 : index
            %1576 = vector.load %2[%1575] : memref<?xf32>, vector<16xf32>
            %1577 = arith.addi %1505, %1229 : index
            %1578 = vector.load %2[%1577] : memref<?xf32>, vector<16xf32>
            %1579 = arith.addi %1506, %1161 : index
            %1580 = memref.load %39[%1579] : memref<2048xf32>
            %1581 = vector.broadcast %1580 : f32 to vector<16xf32>
            %1582 = vector.fma %1581, %1576, %1568 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1583 = vector.fma %1581, %1578, %1569 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1584 = arith.addi %1506, %1237 : index
            %1585 = memref.load %39[%1584] : memref<2048xf32>
            %1586 = vector.broadcast %1585 : f32 to vector<16xf32>
            %1587 = vector.fma %1586, %1576, %1573 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1588 = vector.fma %1586, %1578, %1574 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1589 = arith.addi %1505, %1243 : index
            %1590 = vector.load %2[%1589] : memref<?xf32>, vector<16xf32>
            %1591 = arith.addi %1505, %1246 : index
            %1592 = vector.load %2[%1591] : memref<?xf32>, vector<16xf32>
            %1593 = arith.addi %1506, %1249 : index
            %1594 = memref.load %39[%1593] : memref<2048xf32>
            %1595 = vector.broadcast %1594 : f32 to vector<16xf32>
            %1596 = vector.fma %1595, %1590, %1582 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1597 = vector.fma %1595, %1592, %1583 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1598 = arith.addi %1506, %1255 : index
            %1599 = memref.load %39[%1598] : memref<2048xf32>
            %1600 = vector.broadcast %1599 : f32 to vector<16xf32>
            %1601 = vector.fma %1600, %1590, %1587 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1602 = vector.fma %1600, %1592, %1588 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1603 = arith.addi %1505, %1261 : index
            %1604 = vector.load %2[%1603] : memref<?xf32>, vector<16xf32>
            %1605 = arith.addi %1505, %1264 : index
            %1606 = vector.load %2[%1605] : memref<?xf32>, vector<16xf32>
            %1607 = arith.addi %1506, %1267 : index
            %1608 = memref.load %39[%1607] : memref<2048xf32>
            %1609 = vector.broadcast %1608 : f32 to vector<16xf32>
            %1610 = vector.fma %1609, %1604, %1596 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1611 = vector.fma %1609, %1606, %1597 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1612 = arith.addi %1506, %1273 : index
            %1613 = memref.load %39[%1612] : memref<2048xf32>
            %1614 = vector.broadcast %1613 : f32 to vector<16xf32>
            %1615 = vector.fma %1614, %1604, %1601 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %1616 = vector.fma %1614, %1606, %1602 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            vector.store %1610, %3[%1117] : memref<?xf32>, vector<16xf32>
            vector.store %1611, %3[%1137] : memref<?xf32>, vector<16xf32>
            vector.store %1615, %3[%1125] : memref<?xf32>, vector<16xf32>
            vector.store %1616, %3[%1138] : memref<?xf32>, vector<16xf32>
          }
          scf.for %1617 = %1104 to %32 step %21 {
            %1618 = arith.divui %1617, %12 : index
            %1619 = arith.remui %1617, %12 : index
            %1620 = arith.addi %29, %1618 : index
            %1621 = arith.muli %27, %12 : index
            %1622 = arith.addi %1621, %1619 : index
            %1623 = arith.muli %28, %5 : index
            %1624 = arith.addi %1623, %1620 : index
            %1625 = arith.constant 4 : index
            %1626 = arith.muli %1624, %1625 : index
            %1627 = arith.addi %1626, %1622 : index
            %1628 = arith.muli %1627, %10 : index
            %1629 = arith.divui %1617, %35 : index
            %1630 = arith.remui %1617, %35 : index
            %1631 = arith.constant 512 : index
            %1632 = arith.muli %1629, %1631 : index
            %1633 = arith.addi %1632, %1630 : index
            %1634 = arith.addi %1617, %18 : index
            %1635 = memref.load %38[%1634] : memref<256xf32>
            %1636 = vector.broadcast %1635 : f32 to vector<16xf32>
            %1637 = arith.addi %1628, %35 : index
            %1638 = vector.load %3[%1628] : memref<?xf32>, vector<16xf32>
            %1639 = arith.mulf %1638, %1636 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1640 = vector.load %3[%1637] : memref<?xf32>, vector<16xf32>
            %1641 = arith.mulf %1640, %1636 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1642, %1643 = scf.for %1644 = %20 to %10 step %432 iter_args(%1645 = %1639, %1646 = %1641) -> (vector<16xf32>, vector<16xf32>) {
              %1647 = arith.muli %1644, %42 : index
              %1648 = arith.addi %437, %1647 : index
              %1649 = arith.muli %1644, %35 : index
              %1650 = arith.addi %1633, %1649 : index
              %1651 = vector.load %2[%1648] : memref<?xf32>, vector<16xf32>
              %1652 = arith.addi %1648, %35 : index
              %1653 = vector.load %2[%1652] : memref<?xf32>, vector<16xf32>
              %1654 = memref.load %39[%1650] : memref<2048xf32>
              %1655 = vector.broadcast %1654 : f32 to vector<16xf32>
              %1656 = vector.fma %1655, %1651, %1645 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1657 = vector.fma %1655, %1653, %1646 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1658 = arith.addi %1648, %42 : index
              %1659 = vector.load %2[%1658] : memref<?xf32>, vector<16xf32>
              %1660 = arith.constant 80 : index
              %1661 = arith.addi %1648, %1660 : index
              %1662 = vector.load %2[%1661] : memref<?xf32>, vector<16xf32>
              %1663 = arith.addi %1650, %35 : index
              %1664 = memref.load %39[%1663] : memref<2048xf32>
              %1665 = vector.broadcast %1664 : f32 to vector<16xf32>
              %1666 = vector.fma %1665, %1659, %1656 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1667 = vector.fma %1665, %1662, %1657 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1668 = arith.addi %1648, %18 : index
              %1669 = vector.load %2[%1668] : memref<?xf32>, vector<16xf32>
              %1670 = arith.constant 144 : index
              %1671 = arith.addi %1648, %1670 : index
              %1672 = vector.load %2[%1671] : memref<?xf32>, vector<16xf32>
              %1673 = arith.addi %1650, %10 : index
              %1674 = memref.load %39[%1673] : memref<2048xf32>
              %1675 = vector.broadcast %1674 : f32 to vector<16xf32>
              %1676 = vector.fma %1675, %1669, %1666 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1677 = vector.fma %1675, %1672, %1667 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1678 = arith.constant 192 : index
              %1679 = arith.addi %1648, %1678 : index
              %1680 = vector.load %2[%1679] : memref<?xf32>, vector<16xf32>
              %1681 = arith.constant 208 : index
              %1682 = arith.addi %1648, %1681 : index
              %1683 = vector.load %2[%1682] : memref<?xf32>, vector<16xf32>
              %1684 = arith.constant 48 : index
              %1685 = arith.addi %1650, %1684 : index
              %1686 = memref.load %39[%1685] : memref<2048xf32>
              %1687 = vector.broadcast %1686 : f32 to vector<16xf32>
              %1688 = vector.fma %1687, %1680, %1676 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1689 = vector.fma %1687, %1683, %1677 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1690 = arith.constant 256 : index
              %1691 = arith.addi %1648, %1690 : index
              %1692 = vector.load %2[%1691] : memref<?xf32>, vector<16xf32>
              %1693 = arith.constant 272 : index
              %1694 = arith.addi %1648, %1693 : index
              %1695 = vector.load %2[%1694] : memref<?xf32>, vector<16xf32>
              %1696 = arith.addi %1650, %42 : index
              %1697 = memref.load %39[%1696] : memref<2048xf32>
              %1698 = vector.broadcast %1697 : f32 to vector<16xf32>
              %1699 = vector.fma %1698, %1692, %1688 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1700 = vector.fma %1698, %1695, %1689 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1701 = arith.constant 320 : index
              %1702 = arith.addi %1648, %1701 : index
              %1703 = vector.load %2[%1702] : memref<?xf32>, vector<16xf32>
              %1704 = arith.constant 336 : index
              %1705 = arith.addi %1648, %1704 : index
              %1706 = vector.load %2[%1705] : memref<?xf32>, vector<16xf32>
              %1707 = arith.addi %1650, %1660 : index
              %1708 = memref.load %39[%1707] : memref<2048xf32>
              %1709 = vector.broadcast %1708 : f32 to vector<16xf32>
              %1710 = vector.fma %1709, %1703, %1699 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1711 = vector.fma %1709, %1706, %1700 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1712 = arith.constant 384 : index
              %1713 = arith.addi %1648, %1712 : index
              %1714 = vector.load %2[%1713] : memref<?xf32>, vector<16xf32>
              %1715 = arith.constant 400 : index
              %1716 = arith.addi %1648, %1715 : index
              %1717 = vector.load %2[%1716] : memref<?xf32>, vector<16xf32>
              %1718 = arith.constant 96 : index
              %1719 = arith.addi %1650, %1718 : index
              %1720 = memref.load %39[%1719] : memref<2048xf32>
              %1721 = vector.broadcast %1720 : f32 to vector<16xf32>
              %1722 = vector.fma %1721, %1714, %1710 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1723 = vector.fma %1721, %1717, %1711 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1724 = arith.constant 448 : index
              %1725 = arith.addi %1648, %1724 : index
              %1726 = vector.load %2[%1725] : memref<?xf32>, vector<16xf32>
              %1727 = arith.constant 464 : index
              %1728 = arith.addi %1648, %1727 : index
              %1729 = vector.load %2[%1728] : memref<?xf32>, vector<16xf32>
              %1730 = arith.constant 112 : index
              %1731 = arith.addi %1650, %1730 : index
              %1732 = memref.load %39[%1731] : memref<2048xf32>
              %1733 = vector.broadcast %1732 : f32 to vector<16xf32>
              %1734 = vector.fma %1733, %1726, %1722 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1735 = vector.fma %1733, %1729, %1723 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %1734, %1735 : vector<16xf32>, vector<16xf32>
            }
            vector.store %1642, %3[%1628] : memref<?xf32>, vector<16xf32>
            vector.store %1643, %3[%1637] : memref<?xf32>, vector<16xf32>
          }
        }
        %1736 = arith.subi %434, %427 : index
        %1737 = arith.divui %1736, %35 : index
        %1738 = arith.muli %1737, %35 : index
        %1739 = arith.addi %427, %1738 : index
        scf.for %1740 = %427 to %1739 step %35 {
          %1741 = arith.muli %1740, %42 : index
          %1742 = arith.addi %45, %1741 : index
          %1743 = arith.divui %36, %12 : index
          %1744 = arith.muli %1743, %12 : index
          scf.for %1745 = %20 to %1744 step %12 {
            scf.for %1746 = %20 to %35 step %432 {
              %1747 = arith.muli %1746, %42 : index
              %1748 = arith.addi %1742, %1747 : index
              %1749 = arith.addi %1748, %42 : index
              %1750 = arith.addi %1748, %18 : index
              %1751 = arith.constant 192 : index
              %1752 = arith.addi %1748, %1751 : index
              %1753 = arith.constant 256 : index
              %1754 = arith.addi %1748, %1753 : index
              %1755 = arith.constant 320 : index
              %1756 = arith.addi %1748, %1755 : index
              %1757 = arith.constant 384 : index
              %1758 = arith.addi %1748, %1757 : index
              %1759 = arith.constant 448 : index
              %1760 = arith.addi %1748, %1759 : index
              %1761 = arith.muli %1745, %35 : index
              %1762 = arith.addi %1745, %21 : index
              %1763 = arith.muli %1762, %35 : index
              %1764 = arith.constant 4 : index
              %1765, %1766, %1767, %1768, %1769, %1770, %1771, %1772, %1773, %1774, %1775, %1776, %1777, %1778, %1779, %1780 = scf.for %1781 = %20 to %10 step %1764 iter_args(%1782 = %48, %1783 = %48, %1784 = %48, %1785 = %48, %1786 = %48, %1787 = %48, %1788 = %48, %1789 = %48, %1790 = %48, %1791 = %48, %1792 = %48, %1793 = %48, %1794 = %48, %1795 = %48, %1796 = %48, %1797 = %48) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %1798 = arith.muli %1781, %42 : index
                %1799 = arith.addi %1798, %1761 : index
                %1800 = vector.load %40[%1799] : memref<2048xf32>, vector<16xf32>
                %1801 = arith.addi %1798, %1763 : index
                %1802 = vector.load %40[%1801] : memref<2048xf32>, vector<16xf32>
                %1803 = arith.addi %1748, %1781 : index
                %1804 = memref.load %1[%1803] : memref<?xf32>
                %1805 = vector.broadcast %1804 : f32 to vector<16xf32>
                %1806 = vector.fma %1800, %1805, %1782 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1807 = vector.fma %1802, %1805, %1790 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1808 = arith.addi %1749, %1781 : index
                %1809 = memref.load %1[%1808] : memref<?xf32>
                %1810 = vector.broadcast %1809 : f32 to vector<16xf32>
                %1811 = vector.fma %1800, %1810, %1783 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1812 = vector.fma %1802, %1810, %1791 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1813 = arith.addi %1750, %1781 : index
                %1814 = memref.load %1[%1813] : memref<?xf32>
                %1815 = vector.broadcast %1814 : f32 to vector<16xf32>
                %1816 = vector.fma %1800, %1815, %1784 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1817 = vector.fma %1802, %1815, %1792 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1818 = arith.addi %1752, %1781 : index
                %1819 = memref.load %1[%1818] : memref<?xf32>
                %1820 = vector.broadcast %1819 : f32 to vector<16xf32>
                %1821 = vector.fma %1800, %1820, %1785 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1822 = vector.fma %1802, %1820, %1793 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1823 = arith.addi %1754, %1781 : index
                %1824 = memref.load %1[%1823] : memref<?xf32>
                %1825 = vector.broadcast %1824 : f32 to vector<16xf32>
                %1826 = vector.fma %1800, %1825, %1786 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1827 = vector.fma %1802, %1825, %1794 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1828 = arith.addi %1756, %1781 : index
                %1829 = memref.load %1[%1828] : memref<?xf32>
                %1830 = vector.broadcast %1829 : f32 to vector<16xf32>
                %1831 = vector.fma %1800, %1830, %1787 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1832 = vector.fma %1802, %1830, %1795 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1833 = arith.addi %1758, %1781 : index
                %1834 = memref.load %1[%1833] : memref<?xf32>
                %1835 = vector.broadcast %1834 : f32 to vector<16xf32>
                %1836 = vector.fma %1800, %1835, %1788 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1837 = vector.fma %1802, %1835, %1796 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1838 = arith.addi %1760, %1781 : index
                %1839 = memref.load %1[%1838] : memref<?xf32>
                %1840 = vector.broadcast %1839 : f32 to vector<16xf32>
                %1841 = vector.fma %1800, %1840, %1789 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1842 = vector.fma %1802, %1840, %1797 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1843 = arith.addi %1781, %21 : index
                %1844 = arith.muli %1843, %42 : index
                %1845 = arith.addi %1844, %1761 : index
                %1846 = vector.load %40[%1845] : memref<2048xf32>, vector<16xf32>
                %1847 = arith.addi %1844, %1763 : index
                %1848 = vector.load %40[%1847] : memref<2048xf32>, vector<16xf32>
                %1849 = arith.addi %1748, %1843 : index
                %1850 = memref.load %1[%1849] : memref<?xf32>
                %1851 = vector.broadcast %1850 : f32 to vector<16xf32>
                %1852 = vector.fma %1846, %1851, %1806 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1853 = vector.fma %1848, %1851, %1807 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1854 = arith.addi %1749, %1843 : index
                %1855 = memref.load %1[%1854] : memref<?xf32>
                %1856 = vector.broadcast %1855 : f32 to vector<16xf32>
                %1857 = vector.fma %1846, %1856, %1811 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1858 = vector.fma %1848, %1856, %1812 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1859 = arith.addi %1750, %1843 : index
                %1860 = memref.load %1[%1859] : memref<?xf32>
                %1861 = vector.broadcast %1860 : f32 to vector<16xf32>
                %1862 = vector.fma %1846, %1861, %1816 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1863 = vector.fma %1848, %1861, %1817 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1864 = arith.addi %1752, %1843 : index
                %1865 = memref.load %1[%1864] : memref<?xf32>
                %1866 = vector.broadcast %1865 : f32 to vector<16xf32>
                %1867 = vector.fma %1846, %1866, %1821 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1868 = vector.fma %1848, %1866, %1822 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1869 = arith.addi %1754, %1843 : index
                %1870 = memref.load %1[%1869] : memref<?xf32>
                %1871 = vector.broadcast %1870 : f32 to vector<16xf32>
                %1872 = vector.fma %1846, %1871, %1826 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1873 = vector.fma %1848, %1871, %1827 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1874 = arith.addi %1756, %1843 : index
                %1875 = memref.load %1[%1874] : memref<?xf32>
                %1876 = vector.broadcast %1875 : f32 to vector<16xf32>
                %1877 = vector.fma %1846, %1876, %1831 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1878 = vector.fma %1848, %1876, %1832 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1879 = arith.addi %1758, %1843 : index
                %1880 = memref.load %1[%1879] : memref<?xf32>
                %1881 = vector.broadcast %1880 : f32 to vector<16xf32>
                %1882 = vector.fma %1846, %1881, %1836 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1883 = vector.fma %1848, %1881, %1837 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1884 = arith.addi %1760, %1843 : index
                %1885 = memref.load %1[%1884] : memref<?xf32>
                %1886 = vector.broadcast %1885 : f32 to vector<16xf32>
                %1887 = vector.fma %1846, %1886, %1841 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1888 = vector.fma %1848, %1886, %1842 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1889 = arith.addi %1781, %12 : index
                %1890 = arith.muli %1889, %42 : index
                %1891 = arith.addi %1890, %1761 : index
                %1892 = vector.load %40[%1891] : memref<2048xf32>, vector<16xf32>
                %1893 = arith.addi %1890, %1763 : index
                %1894 = vector.load %40[%1893] : memref<2048xf32>, vector<16xf32>
                %1895 = arith.addi %1748, %1889 : index
                %1896 = memref.load %1[%1895] : memref<?xf32>
                %1897 = vector.broadcast %1896 : f32 to vector<16xf32>
                %1898 = vector.fma %1892, %1897, %1852 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1899 = vector.fma %1894, %1897, %1853 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1900 = arith.addi %1749, %1889 : index
                %1901 = memref.load %1[%1900] : memref<?xf32>
                %1902 = vector.broadcast %1901 : f32 to vector<16xf32>
                %1903 = vector.fma %1892, %1902, %1857 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1904 = vector.fma %1894, %1902, %1858 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1905 = arith.addi %1750, %1889 : index
                %1906 = memref.load %1[%1905] : memref<?xf32>
                %1907 = vector.broadcast %1906 : f32 to vector<16xf32>
                %1908 = vector.fma %1892, %1907, %1862 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1909 = vector.fma %1894, %1907, %1863 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1910 = arith.addi %1752, %1889 : index
                %1911 = memref.load %1[%1910] : memref<?xf32>
                %1912 = vector.broadcast %1911 : f32 to vector<16xf32>
                %1913 = vector.fma %1892, %1912, %1867 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1914 = vector.fma %1894, %1912, %1868 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1915 = arith.addi %1754, %1889 : index
                %1916 = memref.load %1[%1915] : memref<?xf32>
                %1917 = vector.broadcast %1916 : f32 to vector<16xf32>
                %1918 = vector.fma %1892, %1917, %1872 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1919 = vector.fma %1894, %1917, %1873 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1920 = arith.addi %1756, %1889 : index
                %1921 = memref.load %1[%1920] : memref<?xf32>
                %1922 = vector.broadcast %1921 : f32 to vector<16xf32>
                %1923 = vector.fma %1892, %1922, %1877 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1924 = vector.fma %1894, %1922, %1878 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1925 = arith.addi %1758, %1889 : index
                %1926 = memref.load %1[%1925] : memref<?xf32>
                %1927 = vector.broadcast %1926 : f32 to vector<16xf32>
                %1928 = vector.fma %1892, %1927, %1882 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1929 = vector.fma %1894, %1927, %1883 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1930 = arith.addi %1760, %1889 : index
                %1931 = memref.load %1[%1930] : memref<?xf32>
                %1932 = vector.broadcast %1931 : f32 to vector<16xf32>
                %1933 = vector.fma %1892, %1932, %1887 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1934 = vector.fma %1894, %1932, %1888 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1935 = arith.constant 3 : index
                %1936 = arith.addi %1781, %1935 : index
                %1937 = arith.muli %1936, %42 : index
                %1938 = arith.addi %1937, %1761 : index
                %1939 = vector.load %40[%1938] : memref<2048xf32>, vector<16xf32>
                %1940 = arith.addi %1937, %1763 : index
                %1941 = vector.load %40[%1940] : memref<2048xf32>, vector<16xf32>
                %1942 = arith.addi %1748, %1936 : index
                %1943 = memref.load %1[%1942] : memref<?xf32>
                %1944 = vector.broadcast %1943 : f32 to vector<16xf32>
                %1945 = vector.fma %1939, %1944, %1898 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1946 = vector.fma %1941, %1944, %1899 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1947 = arith.addi %1749, %1936 : index
                %1948 = memref.load %1[%1947] : memref<?xf32>
                %1949 = vector.broadcast %1948 : f32 to vector<16xf32>
                %1950 = vector.fma %1939, %1949, %1903 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1951 = vector.fma %1941, %1949, %1904 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1952 = arith.addi %1750, %1936 : index
                %1953 = memref.load %1[%1952] : memref<?xf32>
                %1954 = vector.broadcast %1953 : f32 to vector<16xf32>
                %1955 = vector.fma %1939, %1954, %1908 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1956 = vector.fma %1941, %1954, %1909 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1957 = arith.addi %1752, %1936 : index
                %1958 = memref.load %1[%1957] : memref<?xf32>
                %1959 = vector.broadcast %1958 : f32 to vector<16xf32>
                %1960 = vector.fma %1939, %1959, %1913 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1961 = vector.fma %1941, %1959, %1914 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1962 = arith.addi %1754, %1936 : index
                %1963 = memref.load %1[%1962] : memref<?xf32>
                %1964 = vector.broadcast %1963 : f32 to vector<16xf32>
                %1965 = vector.fma %1939, %1964, %1918 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1966 = vector.fma %1941, %1964, %1919 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1967 = arith.addi %1756, %1936 : index
                %1968 = memref.load %1[%1967] : memref<?xf32>
                %1969 = vector.broadcast %1968 : f32 to vector<16xf32>
                %1970 = vector.fma %1939, %1969, %1923 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1971 = vector.fma %1941, %1969, %1924 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1972 = arith.addi %1758, %1936 : index
                %1973 = memref.load %1[%1972] : memref<?xf32>
                %1974 = vector.broadcast %1973 : f32 to vector<16xf32>
                %1975 = vector.fma %1939, %1974, %1928 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1976 = vector.fma %1941, %1974, %1929 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1977 = arith.addi %1760, %1936 : index
                %1978 = memref.load %1[%1977] : memref<?xf32>
                %1979 = vector.broadcast %1978 : f32 to vector<16xf32>
                %1980 = vector.fma %1939, %1979, %1933 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %1981 = vector.fma %1941, %1979, %1934 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %1945, %1950, %1955, %1960, %1965, %1970, %1975, %1980, %1946, %1951, %1956, %1961, %1966, %1971, %1976, %1981 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %1982 = arith.addi %1761, %1746 : index
              %1983 = arith.muli %1982, %35 : index
              vector.store %1765, %39[%1983] : memref<2048xf32>, vector<16xf32>
              %1984 = arith.addi %1746, %21 : index
              %1985 = arith.addi %1761, %1984 : index
              %1986 = arith.muli %1985, %35 : index
              vector.store %1766, %39[%1986] : memref<2048xf32>, vector<16xf32>
              %1987 = arith.addi %1746, %12 : index
              %1988 = arith.addi %1761, %1987 : index
              %1989 = arith.muli %1988, %35 : index
              vector.store %1767, %39[%1989] : memref<2048xf32>, vector<16xf32>
              %1990 = arith.constant 3 : index
              %1991 = arith.addi %1746, %1990 : index
              %1992 = arith.addi %1761, %1991 : index
              %1993 = arith.muli %1992, %35 : index
              vector.store %1768, %39[%1993] : memref<2048xf32>, vector<16xf32>
              %1994 = arith.addi %1746, %1764 : index
              %1995 = arith.addi %1761, %1994 : index
              %1996 = arith.muli %1995, %35 : index
              vector.store %1769, %39[%1996] : memref<2048xf32>, vector<16xf32>
              %1997 = arith.constant 5 : index
              %1998 = arith.addi %1746, %1997 : index
              %1999 = arith.addi %1761, %1998 : index
              %2000 = arith.muli %1999, %35 : index
              vector.store %1770, %39[%2000] : memref<2048xf32>, vector<16xf32>
              %2001 = arith.constant 6 : index
              %2002 = arith.addi %1746, %2001 : index
              %2003 = arith.addi %1761, %2002 : index
              %2004 = arith.muli %2003, %35 : index
              vector.store %1771, %39[%2004] : memref<2048xf32>, vector<16xf32>
              %2005 = arith.constant 7 : index
              %2006 = arith.addi %1746, %2005 : index
              %2007 = arith.addi %1761, %2006 : index
              %2008 = arith.muli %2007, %35 : index
              vector.store %1772, %39[%2008] : memref<2048xf32>, vector<16xf32>
              %2009 = arith.addi %1763, %1746 : index
              %2010 = arith.muli %2009, %35 : index
              vector.store %1773, %39[%2010] : memref<2048xf32>, vector<16xf32>
              %2011 = arith.addi %1763, %1984 : index
              %2012 = arith.muli %2011, %35 : index
              vector.store %1774, %39[%2012] : memref<2048xf32>, vector<16xf32>
              %2013 = arith.addi %1763, %1987 : index
              %2014 = arith.muli %2013, %35 : index
              vector.store %1775, %39[%2014] : memref<2048xf32>, vector<16xf32>
              %2015 = arith.addi %1763, %1991 : index
              %2016 = arith.muli %2015, %35 : index
              vector.store %1776, %39[%2016] : memref<2048xf32>, vector<16xf32>
              %2017 = arith.addi %1763, %1994 : index
              %2018 = arith.muli %2017, %35 : index
              vector.store %1777, %39[%2018] : memref<2048xf32>, vector<16xf32>
              %2019 = arith.addi %1763, %1998 : index
              %2020 = arith.muli %2019, %35 : index
              vector.store %1778, %39[%2020] : memref<2048xf32>, vector<16xf32>
              %2021 = arith.addi %1763, %2002 : index
              %2022 = arith.muli %2021, %35 : index
              vector.store %1779, %39[%2022] : memref<2048xf32>, vector<16xf32>
              %2023 = arith.addi %1763, %2006 : index
              %2024 = arith.muli %2023, %35 : index
              vector.store %1780, %39[%2024] : memref<2048xf32>, vector<16xf32>
            }
          }
          scf.for %2025 = %1744 to %36 step %21 {
            scf.for %2026 = %20 to %35 step %432 {
              %2027 = arith.muli %2026, %42 : index
              %2028 = arith.addi %1742, %2027 : index
              %2029 = arith.addi %2028, %42 : index
              %2030 = arith.addi %2028, %18 : index
              %2031 = arith.constant 192 : index
              %2032 = arith.addi %2028, %2031 : index
              %2033 = arith.constant 256 : index
              %2034 = arith.addi %2028, %2033 : index
              %2035 = arith.constant 320 : index
              %2036 = arith.addi %2028, %2035 : index
              %2037 = arith.constant 384 : index
              %2038 = arith.addi %2028, %2037 : index
              %2039 = arith.constant 448 : index
              %2040 = arith.addi %2028, %2039 : index
              %2041 = arith.muli %2025, %35 : index
              %2042 = arith.constant 4 : index
              %2043, %2044, %2045, %2046, %2047, %2048, %2049, %2050 = scf.for %2051 = %20 to %10 step %2042 iter_args(%2052 = %48, %2053 = %48, %2054 = %48, %2055 = %48, %2056 = %48, %2057 = %48, %2058 = %48, %2059 = %48) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %2060 = arith.muli %2051, %42 : index
                %2061 = arith.addi %2060, %2041 : index
                %2062 = vector.load %40[%2061] : memref<2048xf32>, vector<16xf32>
                %2063 = arith.addi %2028, %2051 : index
                %2064 = memref.load %1[%2063] : memref<?xf32>
                %2065 = vector.broadcast %2064 : f32 to vector<16xf32>
                %2066 = vector.fma %2062, %2065, %2052 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2067 = arith.addi %2029, %2051 : index
                %2068 = memref.load %1[%2067] : memref<?xf32>
                %2069 = vector.broadcast %2068 : f32 to vector<16xf32>
                %2070 = vector.fma %2062, %2069, %2053 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2071 = arith.addi %2030, %2051 : index
                %2072 = memref.load %1[%2071] : memref<?xf32>
                %2073 = vector.broadcast %2072 : f32 to vector<16xf32>
                %2074 = vector.fma %2062, %2073, %2054 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2075 = arith.addi %2032, %2051 : index
                %2076 = memref.load %1[%2075] : memref<?xf32>
                %2077 = vector.broadcast %2076 : f32 to vector<16xf32>
                %2078 = vector.fma %2062, %2077, %2055 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2079 = arith.addi %2034, %2051 : index
                %2080 = memref.load %1[%2079] : memref<?xf32>
                %2081 = vector.broadcast %2080 : f32 to vector<16xf32>
                %2082 = vector.fma %2062, %2081, %2056 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2083 = arith.addi %2036, %2051 : index
                %2084 = memref.load %1[%2083] : memref<?xf32>
                %2085 = vector.broadcast %2084 : f32 to vector<16xf32>
                %2086 = vector.fma %2062, %2085, %2057 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2087 = arith.addi %2038, %2051 : index
                %2088 = memref.load %1[%2087] : memref<?xf32>
                %2089 = vector.broadcast %2088 : f32 to vector<16xf32>
                %2090 = vector.fma %2062, %2089, %2058 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2091 = arith.addi %2040, %2051 : index
                %2092 = memref.load %1[%2091] : memref<?xf32>
                %2093 = vector.broadcast %2092 : f32 to vector<16xf32>
                %2094 = vector.fma %2062, %2093, %2059 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2095 = arith.addi %2051, %21 : index
                %2096 = arith.muli %2095, %42 : index
                %2097 = arith.addi %2096, %2041 : index
                %2098 = vector.load %40[%2097] : memref<2048xf32>, vector<16xf32>
                %2099 = arith.addi %2028, %2095 : index
                %2100 = memref.load %1[%2099] : memref<?xf32>
                %2101 = vector.broadcast %2100 : f32 to vector<16xf32>
                %2102 = vector.fma %2098, %2101, %2066 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2103 = arith.addi %2029, %2095 : index
                %2104 = memref.load %1[%2103] : memref<?xf32>
                %2105 = vector.broadcast %2104 : f32 to vector<16xf32>
                %2106 = vector.fma %2098, %2105, %2070 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2107 = arith.addi %2030, %2095 : index
                %2108 = memref.load %1[%2107] : memref<?xf32>
                %2109 = vector.broadcast %2108 : f32 to vector<16xf32>
                %2110 = vector.fma %2098, %2109, %2074 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2111 = arith.addi %2032, %2095 : index
                %2112 = memref.load %1[%2111] : memref<?xf32>
                %2113 = vector.broadcast %2112 : f32 to vector<16xf32>
                %2114 = vector.fma %2098, %2113, %2078 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2115 = arith.addi %2034, %2095 : index
                %2116 = memref.load %1[%2115] : memref<?xf32>
                %2117 = vector.broadcast %2116 : f32 to vector<16xf32>
                %2118 = vector.fma %2098, %2117, %2082 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2119 = arith.addi %2036, %2095 : index
                %2120 = memref.load %1[%2119] : memref<?xf32>
                %2121 = vector.broadcast %2120 : f32 to vector<16xf32>
                %2122 = vector.fma %2098, %2121, %2086 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2123 = arith.addi %2038, %2095 : index
                %2124 = memref.load %1[%2123] : memref<?xf32>
                %2125 = vector.broadcast %2124 : f32 to vector<16xf32>
                %2126 = vector.fma %2098, %2125, %2090 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2127 = arith.addi %2040, %2095 : index
                %2128 = memref.load %1[%2127] : memref<?xf32>
                %2129 = vector.broadcast %2128 : f32 to vector<16xf32>
                %2130 = vector.fma %2098, %2129, %2094 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2131 = arith.addi %2051, %12 : index
                %2132 = arith.muli %2131, %42 : index
                %2133 = arith.addi %2132, %2041 : index
                %2134 = vector.load %40[%2133] : memref<2048xf32>, vector<16xf32>
                %2135 = arith.addi %2028, %2131 : index
                %2136 = memref.load %1[%2135] : memref<?xf32>
                %2137 = vector.broadcast %2136 : f32 to vector<16xf32>
                %2138 = vector.fma %2134, %2137, %2102 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2139 = arith.addi %2029, %2131 : index
                %2140 = memref.load %1[%2139] : memref<?xf32>
                %2141 = vector.broadcast %2140 : f32 to vector<16xf32>
                %2142 = vector.fma %2134, %2141, %2106 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2143 = arith.addi %2030, %2131 : index
                %2144 = memref.load %1[%2143] : memref<?xf32>
                %2145 = vector.broadcast %2144 : f32 to vector<16xf32>
                %2146 = vector.fma %2134, %2145, %2110 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2147 = arith.addi %2032, %2131 : index
                %2148 = memref.load %1[%2147] : memref<?xf32>
                %2149 = vector.broadcast %2148 : f32 to vector<16xf32>
                %2150 = vector.fma %2134, %2149, %2114 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2151 = arith.addi %2034, %2131 : index
                %2152 = memref.load %1[%2151] : memref<?xf32>
                %2153 = vector.broadcast %2152 : f32 to vector<16xf32>
                %2154 = vector.fma %2134, %2153, %2118 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2155 = arith.addi %2036, %2131 : index
                %2156 = memref.load %1[%2155] : memref<?xf32>
                %2157 = vector.broadcast %2156 : f32 to vector<16xf32>
                %2158 = vector.fma %2134, %2157, %2122 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2159 = arith.addi %2038, %2131 : index
                %2160 = memref.load %1[%2159] : memref<?xf32>
                %2161 = vector.broadcast %2160 : f32 to vector<16xf32>
                %2162 = vector.fma %2134, %2161, %2126 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2163 = arith.addi %2040, %2131 : index
                %2164 = memref.load %1[%2163] : memref<?xf32>
                %2165 = vector.broadcast %2164 : f32 to vector<16xf32>
                %2166 = vector.fma %2134, %2165, %2130 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2167 = arith.constant 3 : index
                %2168 = arith.addi %2051, %2167 : index
                %2169 = arith.muli %2168, %42 : index
                %2170 = arith.addi %2169, %2041 : index
                %2171 = vector.load %40[%2170] : memref<2048xf32>, vector<16xf32>
                %2172 = arith.addi %2028, %2168 : index
                %2173 = memref.load %1[%2172] : memref<?xf32>
                %2174 = vector.broadcast %2173 : f32 to vector<16xf32>
                %2175 = vector.fma %2171, %2174, %2138 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2176 = arith.addi %2029, %2168 : index
                %2177 = memref.load %1[%2176] : memref<?xf32>
                %2178 = vector.broadcast %2177 : f32 to vector<16xf32>
                %2179 = vector.fma %2171, %2178, %2142 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2180 = arith.addi %2030, %2168 : index
                %2181 = memref.load %1[%2180] : memref<?xf32>
                %2182 = vector.broadcast %2181 : f32 to vector<16xf32>
                %2183 = vector.fma %2171, %2182, %2146 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2184 = arith.addi %2032, %2168 : index
                %2185 = memref.load %1[%2184] : memref<?xf32>
                %2186 = vector.broadcast %2185 : f32 to vector<16xf32>
                %2187 = vector.fma %2171, %2186, %2150 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2188 = arith.addi %2034, %2168 : index
                %2189 = memref.load %1[%2188] : memref<?xf32>
                %2190 = vector.broadcast %2189 : f32 to vector<16xf32>
                %2191 = vector.fma %2171, %2190, %2154 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2192 = arith.addi %2036, %2168 : index
                %2193 = memref.load %1[%2192] : memref<?xf32>
                %2194 = vector.broadcast %2193 : f32 to vector<16xf32>
                %2195 = vector.fma %2171, %2194, %2158 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2196 = arith.addi %2038, %2168 : index
                %2197 = memref.load %1[%2196] : memref<?xf32>
                %2198 = vector.broadcast %2197 : f32 to vector<16xf32>
                %2199 = vector.fma %2171, %2198, %2162 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2200 = arith.addi %2040, %2168 : index
                %2201 = memref.load %1[%2200] : memref<?xf32>
                %2202 = vector.broadcast %2201 : f32 to vector<16xf32>
                %2203 = vector.fma %2171, %2202, %2166 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %2175, %2179, %2183, %2187, %2191, %2195, %2199, %2203 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %2204 = arith.addi %2041, %2026 : index
              %2205 = arith.muli %2204, %35 : index
              vector.store %2043, %39[%2205] : memref<2048xf32>, vector<16xf32>
              %2206 = arith.addi %2026, %21 : index
              %2207 = arith.addi %2041, %2206 : index
              %2208 = arith.muli %2207, %35 : index
              vector.store %2044, %39[%2208] : memref<2048xf32>, vector<16xf32>
              %2209 = arith.addi %2026, %12 : index
              %2210 = arith.addi %2041, %2209 : index
              %2211 = arith.muli %2210, %35 : index
              vector.store %2045, %39[%2211] : memref<2048xf32>, vector<16xf32>
              %2212 = arith.constant 3 : index
              %2213 = arith.addi %2026, %2212 : index
              %2214 = arith.addi %2041, %2213 : index
              %2215 = arith.muli %2214, %35 : index
              vector.store %2046, %39[%2215] : memref<2048xf32>, vector<16xf32>
              %2216 = arith.addi %2026, %2042 : index
              %2217 = arith.addi %2041, %2216 : index
              %2218 = arith.muli %2217, %35 : index
              vector.store %2047, %39[%2218] : memref<2048xf32>, vector<16xf32>
              %2219 = arith.constant 5 : index
              %2220 = arith.addi %2026, %2219 : index
              %2221 = arith.addi %2041, %2220 : index
              %2222 = arith.muli %2221, %35 : index
              vector.store %2048, %39[%2222] : memref<2048xf32>, vector<16xf32>
              %2223 = arith.constant 6 : index
              %2224 = arith.addi %2026, %2223 : index
              %2225 = arith.addi %2041, %2224 : index
              %2226 = arith.muli %2225, %35 : index
              vector.store %2049, %39[%2226] : memref<2048xf32>, vector<16xf32>
              %2227 = arith.constant 7 : index
              %2228 = arith.addi %2026, %2227 : index
              %2229 = arith.addi %2041, %2228 : index
              %2230 = arith.muli %2229, %35 : index
              vector.store %2050, %39[%2230] : memref<2048xf32>, vector<16xf32>
            }
          }
          scf.for %2231 = %20 to %36 step %21 {
            %2232 = arith.muli %2231, %35 : index
            %2233 = arith.constant 256 : index
            %2234 = arith.muli %2231, %2233 : index
            %2235 = arith.constant 192 : index
            %2236 = arith.addi %2232, %2235 : index
            %2237 = vector.load %38[%2236] : memref<256xf32>, vector<16xf32>
            %2238 = arith.index_cast %1740 : index to i64
            %2239 = arith.sitofp %2238 : i64 to f32
            %2240 = vector.broadcast %2239 : f32 to vector<16xf32>
            %2241 = arith.subf %2237, %2240 fastmath<nsz,arcp,afn> : vector<16xf32>
            %2242 = vector.load %38[%2232] : memref<256xf32>, vector<16xf32>
            %2243 = scf.for %2244 = %20 to %35 step %432 iter_args(%2245 = %2242) -> (vector<16xf32>) {
              %2246 = arith.muli %2244, %35 : index
              %2247 = arith.addi %2234, %2246 : index
              %2248 = vector.load %39[%2247] : memref<2048xf32>, vector<16xf32>
              %2249 = arith.addi %2244, %21 : index
              %2250 = arith.muli %2249, %35 : index
              %2251 = arith.addi %2234, %2250 : index
              %2252 = vector.load %39[%2251] : memref<2048xf32>, vector<16xf32>
              %2253 = arith.addi %2244, %12 : index
              %2254 = arith.muli %2253, %35 : index
              %2255 = arith.addi %2234, %2254 : index
              %2256 = vector.load %39[%2255] : memref<2048xf32>, vector<16xf32>
              %2257 = arith.constant 3 : index
              %2258 = arith.addi %2244, %2257 : index
              %2259 = arith.muli %2258, %35 : index
              %2260 = arith.addi %2234, %2259 : index
              %2261 = vector.load %39[%2260] : memref<2048xf32>, vector<16xf32>
              %2262 = arith.constant 4 : index
              %2263 = arith.addi %2244, %2262 : index
              %2264 = arith.muli %2263, %35 : index
              %2265 = arith.addi %2234, %2264 : index
              %2266 = vector.load %39[%2265] : memref<2048xf32>, vector<16xf32>
              %2267 = arith.constant 5 : index
              %2268 = arith.addi %2244, %2267 : index
              %2269 = arith.muli %2268, %35 : index
              %2270 = arith.addi %2234, %2269 : index
              %2271 = vector.load %39[%2270] : memref<2048xf32>, vector<16xf32>
              %2272 = arith.constant 6 : index
              %2273 = arith.addi %2244, %2272 : index
              %2274 = arith.muli %2273, %35 : index
              %2275 = arith.addi %2234, %2274 : index
              %2276 = vector.load %39[%2275] : memref<2048xf32>, vector<16xf32>
              %2277 = arith.constant 7 : index
              %2278 = arith.addi %2244, %2277 : index
              %2279 = arith.muli %2278, %35 : index
              %2280 = arith.addi %2234, %2279 : index
              %2281 = vector.load %39[%2280] : memref<2048xf32>, vector<16xf32>
              %2282 = arith.index_cast %2244 : index to i64
              %2283 = arith.sitofp %2282 : i64 to f32
              %2284 = vector.broadcast %2283 : f32 to vector<16xf32>
              %2285 = arith.subf %2241, %2284 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2286 = arith.cmpf olt, %48, %2285 : vector<16xf32>
              %2287 = arith.constant 1.000000e+00 : f32
              %2288 = vector.broadcast %2287 : f32 to vector<16xf32>
              %2289 = arith.cmpf olt, %2288, %2285 : vector<16xf32>
              %2290 = arith.constant 2.000000e+00 : f32
              %2291 = vector.broadcast %2290 : f32 to vector<16xf32>
              %2292 = arith.cmpf olt, %2291, %2285 : vector<16xf32>
              %2293 = arith.constant 3.000000e+00 : f32
              %2294 = vector.broadcast %2293 : f32 to vector<16xf32>
              %2295 = arith.cmpf olt, %2294, %2285 : vector<16xf32>
              %2296 = arith.constant 4.000000e+00 : f32
              %2297 = vector.broadcast %2296 : f32 to vector<16xf32>
              %2298 = arith.cmpf olt, %2297, %2285 : vector<16xf32>
              %2299 = arith.constant 5.000000e+00 : f32
              %2300 = vector.broadcast %2299 : f32 to vector<16xf32>
              %2301 = arith.cmpf olt, %2300, %2285 : vector<16xf32>
              %2302 = arith.constant 6.000000e+00 : f32
              %2303 = vector.broadcast %2302 : f32 to vector<16xf32>
              %2304 = arith.cmpf olt, %2303, %2285 : vector<16xf32>
              %2305 = arith.constant 7.000000e+00 : f32
              %2306 = vector.broadcast %2305 : f32 to vector<16xf32>
              %2307 = arith.cmpf olt, %2306, %2285 : vector<16xf32>
              %2308 = arith.constant -1.000000e+30 : f32
              %2309 = vector.broadcast %2308 : f32 to vector<16xf32>
              %2310 = arith.select %2286, %2248, %2309 : vector<16xf32>
              %2311 = arith.select %2289, %2252, %2309 : vector<16xf32>
              %2312 = arith.select %2292, %2256, %2309 : vector<16xf32>
              %2313 = arith.select %2295, %2261, %2309 : vector<16xf32>
              %2314 = arith.select %2298, %2266, %2309 : vector<16xf32>
              %2315 = arith.select %2301, %2271, %2309 : vector<16xf32>
              %2316 = arith.select %2304, %2276, %2309 : vector<16xf32>
              %2317 = arith.select %2307, %2281, %2309 : vector<16xf32>
              %2318 = arith.cmpf ogt, %2310, %2311 : vector<16xf32>
              %2319 = arith.select %2318, %2310, %2311 : vector<16xf32>
              %2320 = arith.cmpf ogt, %2312, %2313 : vector<16xf32>
              %2321 = arith.select %2320, %2312, %2313 : vector<16xf32>
              %2322 = arith.cmpf ogt, %2314, %2315 : vector<16xf32>
              %2323 = arith.select %2322, %2314, %2315 : vector<16xf32>
              %2324 = arith.cmpf ogt, %2316, %2317 : vector<16xf32>
              %2325 = arith.select %2324, %2316, %2317 : vector<16xf32>
              %2326 = arith.cmpf ogt, %2319, %2321 : vector<16xf32>
              %2327 = arith.select %2326, %2319, %2321 : vector<16xf32>
              %2328 = arith.cmpf ogt, %2323, %2325 : vector<16xf32>
              %2329 = arith.select %2328, %2323, %2325 : vector<16xf32>
              %2330 = arith.cmpf ogt, %2327, %2329 : vector<16xf32>
              %2331 = arith.select %2330, %2327, %2329 : vector<16xf32>
              %2332 = arith.cmpf ogt, %2245, %2331 : vector<16xf32>
              %2333 = arith.select %2332, %2245, %2331 : vector<16xf32>
              scf.yield %2333 : vector<16xf32>
            }
            %2334 = scf.for %2335 = %20 to %35 step %432 iter_args(%2336 = %48) -> (vector<16xf32>) {
              %2337 = arith.muli %2335, %35 : index
              %2338 = arith.addi %2234, %2337 : index
              %2339 = vector.load %39[%2338] : memref<2048xf32>, vector<16xf32>
              %2340 = arith.addi %2335, %21 : index
              %2341 = arith.muli %2340, %35 : index
              %2342 = arith.addi %2234, %2341 : index
              %2343 = vector.load %39[%2342] : memref<2048xf32>, vector<16xf32>
              %2344 = arith.addi %2335, %12 : index
              %2345 = arith.muli %2344, %35 : index
              %2346 = arith.addi %2234, %2345 : index
              %2347 = vector.load %39[%2346] : memref<2048xf32>, vector<16xf32>
              %2348 = arith.constant 3 : index
              %2349 = arith.addi %2335, %2348 : index
              %2350 = arith.muli %2349, %35 : index
              %2351 = arith.addi %2234, %2350 : index
              %2352 = vector.load %39[%2351] : memref<2048xf32>, vector<16xf32>
              %2353 = arith.constant 4 : index
              %2354 = arith.addi %2335, %2353 : index
              %2355 = arith.muli %2354, %35 : index
              %2356 = arith.addi %2234, %2355 : index
              %2357 = vector.load %39[%2356] : memref<2048xf32>, vector<16xf32>
              %2358 = arith.constant 5 : index
              %2359 = arith.addi %2335, %2358 : index
              %2360 = arith.muli %2359, %35 : index
              %2361 = arith.addi %2234, %2360 : index
              %2362 = vector.load %39[%2361] : memref<2048xf32>, vector<16xf32>
              %2363 = arith.constant 6 : index
              %2364 = arith.addi %2335, %2363 : index
              %2365 = arith.muli %2364, %35 : index
              %2366 = arith.addi %2234, %2365 : index
              %2367 = vector.load %39[%2366] : memref<2048xf32>, vector<16xf32>
              %2368 = arith.constant 7 : index
              %2369 = arith.addi %2335, %2368 : index
              %2370 = arith.muli %2369, %35 : index
              %2371 = arith.addi %2234, %2370 : index
              %2372 = vector.load %39[%2371] : memref<2048xf32>, vector<16xf32>
              %2373 = arith.index_cast %2335 : index to i64
              %2374 = arith.sitofp %2373 : i64 to f32
              %2375 = vector.broadcast %2374 : f32 to vector<16xf32>
              %2376 = arith.subf %2241, %2375 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2377 = arith.cmpf olt, %48, %2376 : vector<16xf32>
              %2378 = arith.constant 1.000000e+00 : f32
              %2379 = vector.broadcast %2378 : f32 to vector<16xf32>
              %2380 = arith.cmpf olt, %2379, %2376 : vector<16xf32>
              %2381 = arith.constant 2.000000e+00 : f32
              %2382 = vector.broadcast %2381 : f32 to vector<16xf32>
              %2383 = arith.cmpf olt, %2382, %2376 : vector<16xf32>
              %2384 = arith.constant 3.000000e+00 : f32
              %2385 = vector.broadcast %2384 : f32 to vector<16xf32>
              %2386 = arith.cmpf olt, %2385, %2376 : vector<16xf32>
              %2387 = arith.constant 4.000000e+00 : f32
              %2388 = vector.broadcast %2387 : f32 to vector<16xf32>
              %2389 = arith.cmpf olt, %2388, %2376 : vector<16xf32>
              %2390 = arith.constant 5.000000e+00 : f32
              %2391 = vector.broadcast %2390 : f32 to vector<16xf32>
              %2392 = arith.cmpf olt, %2391, %2376 : vector<16xf32>
              %2393 = arith.constant 6.000000e+00 : f32
              %2394 = vector.broadcast %2393 : f32 to vector<16xf32>
              %2395 = arith.cmpf olt, %2394, %2376 : vector<16xf32>
              %2396 = arith.constant 7.000000e+00 : f32
              %2397 = vector.broadcast %2396 : f32 to vector<16xf32>
              %2398 = arith.cmpf olt, %2397, %2376 : vector<16xf32>
              %2399 = arith.constant -1.000000e+30 : f32
              %2400 = vector.broadcast %2399 : f32 to vector<16xf32>
              %2401 = arith.select %2377, %2339, %2400 : vector<16xf32>
              %2402 = arith.select %2380, %2343, %2400 : vector<16xf32>
              %2403 = arith.select %2383, %2347, %2400 : vector<16xf32>
              %2404 = arith.select %2386, %2352, %2400 : vector<16xf32>
              %2405 = arith.select %2389, %2357, %2400 : vector<16xf32>
              %2406 = arith.select %2392, %2362, %2400 : vector<16xf32>
              %2407 = arith.select %2395, %2367, %2400 : vector<16xf32>
              %2408 = arith.select %2398, %2372, %2400 : vector<16xf32>
              %2409 = arith.subf %2401, %2243 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2410 = arith.constant -8.700000e+01 : f32
              %2411 = vector.broadcast %2410 : f32 to vector<16xf32>
              %2412 = arith.cmpf ogt, %2409, %2411 : vector<16xf32>
              %2413 = arith.select %2412, %2409, %2411 : vector<16xf32>
              %2414 = arith.constant 8.800000e+01 : f32
              %2415 = vector.broadcast %2414 : f32 to vector<16xf32>
              %2416 = arith.cmpf olt, %2413, %2415 : vector<16xf32>
              %2417 = arith.select %2416, %2413, %2415 : vector<16xf32>
              %2418 = math.exp %2417 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2419 = arith.select %2377, %2418, %48 : vector<16xf32>
              vector.store %2419, %39[%2338] : memref<2048xf32>, vector<16xf32>
              %2420 = arith.subf %2402, %2243 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2421 = arith.cmpf ogt, %2420, %2411 : vector<16xf32>
              %2422 = arith.select %2421, %2420, %2411 : vector<16xf32>
              %2423 = arith.cmpf olt, %2422, %2415 : vector<16xf32>
              %2424 = arith.select %2423, %2422, %2415 : vector<16xf32>
              %2425 = math.exp %2424 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2426 = arith.select %2380, %2425, %48 : vector<16xf32>
              vector.store %2426, %39[%2342] : memref<2048xf32>, vector<16xf32>
              %2427 = arith.subf %2403, %2243 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2428 = arith.cmpf ogt, %2427, %2411 : vector<16xf32>
              %2429 = arith.select %2428, %2427, %2411 : vector<16xf32>
              %2430 = arith.cmpf olt, %2429, %2415 : vector<16xf32>
              %2431 = arith.select %2430, %2429, %2415 : vector<16xf32>
              %2432 = math.exp %2431 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2433 = arith.select %2383, %2432, %48 : vector<16xf32>
              vector.store %2433, %39[%2346] : memref<2048xf32>, vector<16xf32>
              %2434 = arith.subf %2404, %2243 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2435 = arith.cmpf ogt, %2434, %2411 : vector<16xf32>
              %2436 = arith.select %2435, %2434, %2411 : vector<16xf32>
              %2437 = arith.cmpf olt, %2436, %2415 : vector<16xf32>
              %2438 = arith.select %2437, %2436, %2415 : vector<16xf32>
              %2439 = math.exp %2438 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2440 = arith.select %2386, %2439, %48 : vector<16xf32>
              vector.store %2440, %39[%2351] : memref<2048xf32>, vector<16xf32>
              %2441 = arith.subf %2405, %2243 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2442 = arith.cmpf ogt, %2441, %2411 : vector<16xf32>
              %2443 = arith.select %2442, %2441, %2411 : vector<16xf32>
              %2444 = arith.cmpf olt, %2443, %2415 : vector<16xf32>
              %2445 = arith.select %2444, %2443, %2415 : vector<16xf32>
              %2446 = math.exp %2445 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2447 = arith.select %2389, %2446, %48 : vector<16xf32>
              vector.store %2447, %39[%2356] : memref<2048xf32>, vector<16xf32>
              %2448 = arith.subf %2406, %2243 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2449 = arith.cmpf ogt, %2448, %2411 : vector<16xf32>
              %2450 = arith.select %2449, %2448, %2411 : vector<16xf32>
              %2451 = arith.cmpf olt, %2450, %2415 : vector<16xf32>
              %2452 = arith.select %2451, %2450, %2415 : vector<16xf32>
              %2453 = math.exp %2452 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2454 = arith.select %2392, %2453, %48 : vector<16xf32>
              vector.store %2454, %39[%2361] : memref<2048xf32>, vector<16xf32>
              %2455 = arith.subf %2407, %2243 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2456 = arith.cmpf ogt, %2455, %2411 : vector<16xf32>
              %2457 = arith.select %2456, %2455, %2411 : vector<16xf32>
              %2458 = arith.cmpf olt, %2457, %2415 : vector<16xf32>
              %2459 = arith.select %2458, %2457, %2415 : vector<16xf32>
              %2460 = math.exp %2459 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2461 = arith.select %2395, %2460, %48 : vector<16xf32>
              vector.store %2461, %39[%2366] : memref<2048xf32>, vector<16xf32>
              %2462 = arith.subf %2408, %2243 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2463 = arith.cmpf ogt, %2462, %2411 : vector<16xf32>
              %2464 = arith.select %2463, %2462, %2411 : vector<16xf32>
              %2465 = arith.cmpf olt, %2464, %2415 : vector<16xf32>
              %2466 = arith.select %2465, %2464, %2415 : vector<16xf32>
              %2467 = math.exp %2466 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2468 = arith.select %2398, %2467, %48 : vector<16xf32>
              vector.store %2468, %39[%2371] : memref<2048xf32>, vector<16xf32>
              %2469 = arith.addf %2419, %2426 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2470 = arith.addf %2433, %2440 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2471 = arith.addf %2447, %2454 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2472 = arith.addf %2461, %2468 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2473 = arith.addf %2469, %2470 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2474 = arith.addf %2471, %2472 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2475 = arith.addf %2473, %2474 fastmath<nsz,arcp,afn> : vector<16xf32>
              %2476 = arith.addf %2336, %2475 fastmath<nsz,arcp,afn> : vector<16xf32>
              scf.yield %2476 : vector<16xf32>
            }
            %2477 = arith.subf %2242, %2243 fastmath<nsz,arcp,afn> : vector<16xf32>
            %2478 = arith.constant -8.700000e+01 : f32
            %2479 = vector.broadcast %2478 : f32 to vector<16xf32>
            %2480 = arith.cmpf ogt, %2477, %2479 : vector<16xf32>
            %2481 = arith.select %2480, %2477, %2479 : vector<16xf32>
            %2482 = arith.constant 8.800000e+01 : f32
            %2483 = vector.broadcast %2482 : f32 to vector<16xf32>
            %2484 = arith.cmpf olt, %2481, %2483 : vector<16xf32>
            %2485 = arith.select %2484, %2481, %2483 : vector<16xf32>
            %2486 = math.exp %2485 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %2243, %38[%2232] : memref<256xf32>, vector<16xf32>
            %2487 = arith.addi %2232, %42 : index
            %2488 = vector.load %38[%2487] : memref<256xf32>, vector<16xf32>
            %2489 = arith.mulf %2488, %2486 fastmath<nsz,arcp,afn> : vector<16xf32>
            %2490 = arith.addf %2489, %2334 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %2490, %38[%2487] : memref<256xf32>, vector<16xf32>
            %2491 = arith.addi %2232, %18 : index
            vector.store %2486, %38[%2491] : memref<256xf32>, vector<16xf32>
          }
          %2492 = arith.divui %32, %12 : index
          %2493 = arith.muli %2492, %12 : index
          scf.for %2494 = %20 to %2493 step %12 {
            %2495 = arith.addi %2494, %21 : index
            %2496 = arith.divui %2494, %12 : index
            %2497 = arith.remui %2494, %12 : index
            %2498 = arith.addi %29, %2496 : index
            %2499 = arith.muli %27, %12 : index
            %2500 = arith.addi %2499, %2497 : index
            %2501 = arith.muli %28, %5 : index
            %2502 = arith.addi %2501, %2498 : index
            %2503 = arith.constant 4 : index
            %2504 = arith.muli %2502, %2503 : index
            %2505 = arith.addi %2504, %2500 : index
            %2506 = arith.muli %2505, %10 : index
            %2507 = arith.divui %2495, %12 : index
            %2508 = arith.remui %2495, %12 : index
            %2509 = arith.addi %29, %2507 : index
            %2510 = arith.addi %2499, %2508 : index
            %2511 = arith.addi %2501, %2509 : index
            %2512 = arith.muli %2511, %2503 : index
            %2513 = arith.addi %2512, %2510 : index
            %2514 = arith.muli %2513, %10 : index
            %2515 = arith.divui %2494, %35 : index
            %2516 = arith.remui %2494, %35 : index
            %2517 = arith.constant 256 : index
            %2518 = arith.muli %2515, %2517 : index
            %2519 = arith.addi %2518, %2516 : index
            %2520 = arith.addi %2494, %18 : index
            %2521 = memref.load %38[%2520] : memref<256xf32>
            %2522 = vector.broadcast %2521 : f32 to vector<16xf32>
            %2523 = arith.addi %2495, %18 : index
            %2524 = memref.load %38[%2523] : memref<256xf32>
            %2525 = vector.broadcast %2524 : f32 to vector<16xf32>
            %2526 = arith.addi %2506, %35 : index
            %2527 = arith.addi %2514, %35 : index
            %2528 = vector.load %3[%2506] : memref<?xf32>, vector<16xf32>
            %2529 = arith.mulf %2528, %2522 fastmath<nsz,arcp,afn> : vector<16xf32>
            %2530 = vector.load %3[%2526] : memref<?xf32>, vector<16xf32>
            %2531 = arith.mulf %2530, %2522 fastmath<nsz,arcp,afn> : vector<16xf32>
            %2532 = vector.load %3[%2514] : memref<?xf32>, vector<16xf32>
            %2533 = arith.mulf %2532, %2525 fastmath<nsz,arcp,afn> : vector<16xf32>
            %2534 = vector.load %3[%2527] : memref<?xf32>, vector<16xf32>
            %2535 = arith.mulf %2534, %2525 fastmath<nsz,arcp,afn> : vector<16xf32>
            %2536 = vector.load %2[%1742] : memref<?xf32>, vector<16xf32>
            %2537 = arith.addi %1742, %35 : index
            %2538 = vector.load %2[%2537] : memref<?xf32>, vector<16xf32>
            %2539 = memref.load %39[%2519] : memref<2048xf32>
            %2540 = vector.broadcast %2539 : f32 to vector<16xf32>
            %2541 = vector.fma %2540, %2536, %2529 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2542 = vector.fma %2540, %2538, %2531 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2543 = arith.addi %2519, %21 : index
            %2544 = memref.load %39[%2543] : memref<2048xf32>
            %2545 = vector.broadcast %2544 : f32 to vector<16xf32>
            %2546 = vector.fma %2545, %2536, %2533 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2547 = vector.fma %2545, %2538, %2535 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2548 = arith.addi %1742, %42 : index
            %2549 = vector.load %2[%2548] : memref<?xf32>, vector<16xf32>
            %2550 = arith.constant 80 : index
            %2551 = arith.addi %1742, %2550 : index
            %2552 = vector.load %2[%2551] : memref<?xf32>, vector<16xf32>
            %2553 = arith.addi %2519, %35 : index
            %2554 = memref.load %39[%2553] : memref<2048xf32>
            %2555 = vector.broadcast %2554 : f32 to vector<16xf32>
            %2556 = vector.fma %2555, %2549, %2541 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2557 = vector.fma %2555, %2552, %2542 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2558 = arith.constant 17 : index
            %2559 = arith.addi %2519, %2558 : index
            %2560 = memref.load %39[%2559] : memref<2048xf32>
            %2561 = vector.broadcast %2560 : f32 to vector<16xf32>
            %2562 = vector.fma %2561, %2549, %2546 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2563 = vector.fma %2561, %2552, %2547 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2564 = arith.addi %1742, %18 : index
            %2565 = vector.load %2[%2564] : memref<?xf32>, vector<16xf32>
            %2566 = arith.constant 144 : index
            %2567 = arith.addi %1742, %2566 : index
            %2568 = vector.load %2[%2567] : memref<?xf32>, vector<16xf32>
            %2569 = arith.addi %2519, %10 : index
            %2570 = memref.load %39[%2569] : memref<2048xf32>
            %2571 = vector.broadcast %2570 : f32 to vector<16xf32>
            %2572 = vector.fma %2571, %2565, %2556 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2573 = vector.fma %2571, %2568, %2557 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2574 = arith.constant 33 : index
            %2575 = arith.addi %2519, %2574 : index
            %2576 = memref.load %39[%2575] : memref<2048xf32>
            %2577 = vector.broadcast %2576 : f32 to vector<16xf32>
            %2578 = vector.fma %2577, %2565, %2562 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2579 = vector.fma %2577, %2568, %2563 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2580 = arith.constant 192 : index
            %2581 = arith.addi %1742, %2580 : index
            %2582 = vector.load %2[%2581] : memref<?xf32>, vector<16xf32>
            %2583 = arith.constant 208 : index
            %2584 = arith.addi %1742, %2583 : index
            %2585 = vector.load %2[%2584] : memref<?xf32>, vector<16xf32>
            %2586 = arith.constant 48 : index
            %2587 = arith.addi %2519, %2586 : index
            %2588 = memref.load %39[%2587] : memref<2048xf32>
            %2589 = vector.broadcast %2588 : f32 to vector<16xf32>
            %2590 = vector.fma %2589, %2582, %2572 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2591 = vector.fma %2589, %2585, %2573 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2592 = arith.constant 49 : index
            %2593 = arith.addi %2519, %2592 : index
            %2594 = memref.load %39[%2593] : memref<2048xf32>
            %2595 = vector.broadcast %2594 : f32 to vector<16xf32>
            %2596 = vector.fma %2595, %2582, %2578 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2597 = vector.fma %2595, %2585, %2579 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2598 = arith.addi %1742, %2517 : index
            %2599 = vector.load %2[%2598] : memref<?xf32>, vector<16xf32>
            %2600 = arith.constant 272 : index
            %2601 = arith.addi %1742, %2600 : index
            %2602 = vector.load %2[%2601] : memref<?xf32>, vector<16xf32>
            %2603 = arith.addi %2519, %42 : index
            %2604 = memref.load %39[%2603] : memref<2048xf32>
            %2605 = vector.broadcast %2604 : f32 to vector<16xf32>
            %2606 = vector.fma %2605, %2599, %2590 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2607 = vector.fma %2605, %2602, %2591 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2608 = arith.constant 65 : index
            %2609 = arith.addi %2519, %2608 : index
            %2610 = memref.load %39[%2609] : memref<2048xf32>
            %2611 = vector.broadcast %2610 : f32 to vector<16xf32>
            %2612 = vector.fma %2611, %2599, %2596 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2613 = vector.fma %2611, %2602, %2597 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2614 = arith.constant 320 : index
            %2615 = arith.addi %1742, %2614 : index
            %2616 = vector.load %2[%2615] : memref<?xf32>, vector<16xf32>
            %2617 = arith.constant 336 : index
            %2618 = arith.addi %1742, %2617 : index
            %2619 = vector.load %2[%2618] : memref<?xf32>, vector<16xf32>
            %2620 = arith.addi %2519, %2550 : index
            %2621 = memref.load %39[%2620] : memref<2048xf32>
            %2622 = vector.broadcast %2621 : f32 to vector<16xf32>
            %2623 = vector.fma %2622, %2616, %2606 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2624 = vector.fma %2622, %2619, %2607 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2625 = arith.constant 81 : index
            %2626 = arith.addi %2519, %2625 : index
            %2627 = memref.load %39[%2626] : memref<2048xf32>
            %2628 = vector.broadcast %2627 : f32 to vector<16xf32>
            %2629 = vector.fma %2628, %2616, %2612 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2630 = vector.fma %2628, %2619, %2613 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2631 = arith.constant 384 : index
            %2632 = arith.addi %1742, %2631 : index
            %2633 = vector.load %2[%2632] : memref<?xf32>, vector<16xf32>
            %2634 = arith.constant 400 : index
            %2635 = arith.addi %1742, %2634 : index
            %2636 = vector.load %2[%2635] : memref<?xf32>, vector<16xf32>
            %2637 = arith.constant 96 : index
            %2638 = arith.addi %2519, %2637 : index
            %2639 = memref.load %39[%2638] : memref<2048xf32>
            %2640 = vector.broadcast %2639 : f32 to vector<16xf32>
            %2641 = vector.fma %2640, %2633, %2623 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2642 = vector.fma %2640, %2636, %2624 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2643 = arith.constant 97 : index
            %2644 = arith.addi %2519, %2643 : index
            %2645 = memref.load %39[%2644] : memref<2048xf32>
            %2646 = vector.broadcast %2645 : f32 to vector<16xf32>
            %2647 = vector.fma %2646, %2633, %2629 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2648 = vector.fma %2646, %2636, %2630 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2649 = arith.constant 448 : index
            %2650 = arith.addi %1742, %2649 : index
            %2651 = vector.load %2[%2650] : memref<?xf32>, vector<16xf32>
            %2652 = arith.constant 464 : index
            %2653 = arith.addi %1742, %2652 : index
            %2654 = vector.load %2[%2653] : memref<?xf32>, vector<16xf32>
            %2655 = arith.constant 112 : index
            %2656 = arith.addi %2519, %2655 : index
            %2657 = memref.load %39[%2656] : memref<2048xf32>
            %2658 = vector.broadcast %2657 : f32 to vector<16xf32>
            %2659 = vector.fma %2658, %2651, %2641 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2660 = vector.fma %2658, %2654, %2642 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2661 = arith.constant 113 : index
            %2662 = arith.addi %2519, %2661 : index
            %2663 = memref.load %39[%2662] : memref<2048xf32>
            %2664 = vector.broadcast %2663 : f32 to vector<16xf32>
            %2665 = vector.fma %2664, %2651, %2647 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2666 = vector.fma %2664, %2654, %2648 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2667 = arith.constant 512 : index
            %2668 = arith.addi %1742, %2667 : index
            %2669 = arith.addi %2519, %18 : index
            %2670 = vector.load %2[%2668] : memref<?xf32>, vector<16xf32>
            %2671 = arith.addi %2668, %35 : index
            %2672 = vector.load %2[%2671] : memref<?xf32>, vector<16xf32>
            %2673 = memref.load %39[%2669] : memref<2048xf32>
            %2674 = vector.broadcast %2673 : f32 to vector<16xf32>
            %2675 = vector.fma %2674, %2670, %2659 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2676 = vector.fma %2674, %2672, %2660 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2677 = arith.addi %2669, %21 : index
            %2678 = memref.load %39[%2677] : memref<2048xf32>
            %2679 = vector.broadcast %2678 : f32 to vector<16xf32>
            %2680 = vector.fma %2679, %2670, %2665 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2681 = vector.fma %2679, %2672, %2666 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2682 = arith.addi %2668, %42 : index
            %2683 = vector.load %2[%2682] : memref<?xf32>, vector<16xf32>
            %2684 = arith.addi %2668, %2550 : index
            %2685 = vector.load %2[%2684] : memref<?xf32>, vector<16xf32>
            %2686 = arith.addi %2669, %35 : index
            %2687 = memref.load %39[%2686] : memref<2048xf32>
            %2688 = vector.broadcast %2687 : f32 to vector<16xf32>
            %2689 = vector.fma %2688, %2683, %2675 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2690 = vector.fma %2688, %2685, %2676 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2691 = arith.addi %2669, %2558 : index
            %2692 = memref.load %39[%2691] : memref<2048xf32>
            %2693 = vector.broadcast %2692 : f32 to vector<16xf32>
            %2694 = vector.fma %2693, %2683, %2680 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2695 = vector.fma %2693, %2685, %2681 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2696 = arith.addi %2668, %18 : index
            %2697 = vector.load %2[%2696] : memref<?xf32>, vector<16xf32>
            %2698 = arith.addi %2668, %2566 : index
            %2699 = vector.load %2[%2698] : memref<?xf32>, vector<16xf32>
            %2700 = arith.addi %2669, %10 : index
            %2701 = memref.load %39[%2700] : memref<2048xf32>
            %2702 = vector.broadcast %2701 : f32 to vector<16xf32>
            %2703 = vector.fma %2702, %2697, %2689 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2704 = vector.fma %2702, %2699, %2690 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2705 = arith.addi %2669, %2574 : index
            %2706 = memref.load %39[%2705] : memref<2048xf32>
            %2707 = vector.broadcast %2706 : f32 to vector<16xf32>
            %2708 = vector.fma %2707, %2697, %2694 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2709 = vector.fma %2707, %2699, %2695 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2710 = arith.addi %2668, %2580 : index
            %2711 = vector.load %2[%2710] : memref<?xf32>, vector<16xf32>
            %2712 = arith.addi %2668, %2583 : index
            %2713 = vector.load %2[%2712] : memref<?xf32>, vector<16xf32>
            %2714 = arith.addi %2669, %2586 : index
            %2715 = memref.load %39[%2714] : memref<2048xf32>
            %2716 = vector.broadcast %2715 : f32 to vector<16xf32>
            %2717 = vector.fma %2716, %2711, %2703 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2718 = vector.fma %2716, %2713, %2704 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2719 = arith.addi %2669, %2592 : index
            %2720 = memref.load %39[%2719] : memref<2048xf32>
            %2721 = vector.broadcast %2720 : f32 to vector<16xf32>
            %2722 = vector.fma %2721, %2711, %2708 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2723 = vector.fma %2721, %2713, %2709 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2724 = arith.addi %2668, %2517 : index
            %2725 = vector.load %2[%2724] : memref<?xf32>, vector<16xf32>
            %2726 = arith.addi %2668, %2600 : index
            %2727 = vector.load %2[%2726] : memref<?xf32>, vector<16xf32>
            %2728 = arith.addi %2669, %42 : index
            %2729 = memref.load %39[%2728] : memref<2048xf32>
            %2730 = vector.broadcast %2729 : f32 to vector<16xf32>
            %2731 = vector.fma %2730, %2725, %2717 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2732 = vector.fma %2730, %2727, %2718 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2733 = arith.addi %2669, %2608 : index
            %2734 = memref.load %39[%2733] : memref<2048xf32>
            %2735 = vector.broadcast %2734 : f32 to vector<16xf32>
            %2736 = vector.fma %2735, %2725, %2722 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2737 = vector.fma %2735, %2727, %2723 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2738 = arith.addi %2668, %2614 : index
            %2739 = vector.load %2[%2738] : memref<?xf32>, vector<16xf32>
            %2740 = arith.addi %2668, %2617 : index
            %2741 = vector.load %2[%2740] : memref<?xf32>, vector<16xf32>
            %2742 = arith.addi %2669, %2550 : index
            %2743 = memref.load %39[%2742] : memref<2048xf32>
            %2744 = vector.broadcast %2743 : f32 to vector<16xf32>
            %2745 = vector.fma %2744, %2739, %2731 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2746 = vector.fma %2744, %2741, %2732 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2747 = arith.addi %2669, %2625 : index
            %2748 = memref.load %39[%2747] : memref<2048xf32>
            %2749 = vector.broadcast %2748 : f32 to vector<16xf32>
            %2750 = vector.fma %2749, %2739, %2736 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2751 = vector.fma %2749, %2741, %2737 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2752 = arith.addi %2668, %2631 : index
            %2753 = vector.load %2[%2752] : memref<?xf32>, vector<16xf32>
            %2754 = arith.addi %2668, %2634 : index
            %2755 = vector.load %2[%2754] : memref<?xf32>, vector<16xf32>
            %2756 = arith.addi %2669, %2637 : index
            %2757 = memref.load %39[%2756] : memref<2048xf32>
            %2758 = vector.broadcast %2757 : f32 to vector<16xf32>
            %2759 = vector.fma %2758, %2753, %2745 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2760 = vector.fma %2758, %2755, %2746 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2761 = arith.addi %2669, %2643 : index
            %2762 = memref.load %39[%2761] : memref<2048xf32>
            %2763 = vector.broadcast %2762 : f32 to vector<16xf32>
            %2764 = vector.fma %2763, %2753, %2750 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2765 = vector.fma %2763, %2755, %2751 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2766 = arith.addi %2668, %2649 : index
            %2767 = vector.load %2[%2766] : memref<?xf32>, vector<16xf32>
            %2768 = arith.addi %2668, %2652 : index
            %2769 = vector.load %2[%2768] : memref<?xf32>, vector<16xf32>
            %2770 = arith.addi %2669, %2655 : index
            %2771 = memref.load %39[%2770] : memref<2048xf32>
            %2772 = vector.broadcast %2771 : f32 to vector<16xf32>
            %2773 = vector.fma %2772, %2767, %2759 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2774 = vector.fma %2772, %2769, %2760 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2775 = arith.addi %2669, %2661 : index
            %2776 = memref.load %39[%2775] : memref<2048xf32>
            %2777 = vector.broadcast %2776 : f32 to vector<16xf32>
            %2778 = vector.fma %2777, %2767, %2764 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2779 = vector.fma %2777, %2769, %2765 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            vector.store %2773, %3[%2506] : memref<?xf32>, vector<16xf32>
            vector.store %2774, %3[%2526] : memref<?xf32>, vector<16xf32>
            vector.store %2778, %3[%2514] : memref<?xf32>, vector<16xf32>
            vector.store %2779, %3[%2527] : memref<?xf32>, vector<16xf32>
          }
          scf.for %2780 = %2493 to %32 step %21 {
            %2781 = arith.divui %2780, %12 : index
            %2782 = arith.remui %2780, %12 : index
            %2783 = arith.addi %29, %2781 : index
            %2784 = arith.muli %27, %12 : index
            %2785 = arith.addi %2784, %2782 : index
            %2786 = arith.muli %28, %5 : index
            %2787 = arith.addi %2786, %2783 : index
            %2788 = arith.constant 4 : index
            %2789 = arith.muli %2787, %2788 : index
            %2790 = arith.addi %2789, %2785 : index
            %2791 = arith.muli %2790, %10 : index
            %2792 = arith.divui %2780, %35 : index
            %2793 = arith.remui %2780, %35 : index
            %2794 = arith.constant 256 : index
            %2795 = arith.muli %2792, %2794 : index
            %2796 = arith.addi %2795, %2793 : index
            %2797 = arith.addi %2780, %18 : index
            %2798 = memref.load %38[%2797] : memref<256xf32>
            %2799 = vector.broadcast %2798 : f32 to vector<16xf32>
            %2800 = arith.addi %2791, %35 : index
            %2801 = vector.load %3[%2791] : memref<?xf32>, vector<16xf32>
            %2802 = arith.mulf %2801, %2799 fastmath<nsz,arcp,afn> : vector<16xf32>
            %2803 = vector.load %3[%2800] : memref<?xf32>, vector<16xf32>
            %2804 = arith.mulf %2803, %2799 fastmath<nsz,arcp,afn> : vector<16xf32>
            %2805, %2806 = scf.for %2807 = %20 to %35 step %432 iter_args(%2808 = %2802, %2809 = %2804) -> (vector<16xf32>, vector<16xf32>) {
              %2810 = arith.muli %2807, %42 : index
              %2811 = arith.addi %1742, %2810 : index
              %2812 = arith.muli %2807, %35 : index
              %2813 = arith.addi %2796, %2812 : index
              %2814 = vector.load %2[%2811] : memref<?xf32>, vector<16xf32>
              %2815 = arith.addi %2811, %35 : index
              %2816 = vector.load %2[%2815] : memref<?xf32>, vector<16xf32>
              %2817 = memref.load %39[%2813] : memref<2048xf32>
              %2818 = vector.broadcast %2817 : f32 to vector<16xf32>
              %2819 = vector.fma %2818, %2814, %2808 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2820 = vector.fma %2818, %2816, %2809 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2821 = arith.addi %2811, %42 : index
              %2822 = vector.load %2[%2821] : memref<?xf32>, vector<16xf32>
              %2823 = arith.constant 80 : index
              %2824 = arith.addi %2811, %2823 : index
              %2825 = vector.load %2[%2824] : memref<?xf32>, vector<16xf32>
              %2826 = arith.addi %2813, %35 : index
              %2827 = memref.load %39[%2826] : memref<2048xf32>
              %2828 = vector.broadcast %2827 : f32 to vector<16xf32>
              %2829 = vector.fma %2828, %2822, %2819 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2830 = vector.fma %2828, %2825, %2820 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2831 = arith.addi %2811, %18 : index
              %2832 = vector.load %2[%2831] : memref<?xf32>, vector<16xf32>
              %2833 = arith.constant 144 : index
              %2834 = arith.addi %2811, %2833 : index
              %2835 = vector.load %2[%2834] : memref<?xf32>, vector<16xf32>
              %2836 = arith.addi %2813, %10 : index
              %2837 = memref.load %39[%2836] : memref<2048xf32>
              %2838 = vector.broadcast %2837 : f32 to vector<16xf32>
              %2839 = vector.fma %2838, %2832, %2829 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2840 = vector.fma %2838, %2835, %2830 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2841 = arith.constant 192 : index
              %2842 = arith.addi %2811, %2841 : index
              %2843 = vector.load %2[%2842] : memref<?xf32>, vector<16xf32>
              %2844 = arith.constant 208 : index
              %2845 = arith.addi %2811, %2844 : index
              %2846 = vector.load %2[%2845] : memref<?xf32>, vector<16xf32>
              %2847 = arith.constant 48 : index
              %2848 = arith.addi %2813, %2847 : index
              %2849 = memref.load %39[%2848] : memref<2048xf32>
              %2850 = vector.broadcast %2849 : f32 to vector<16xf32>
              %2851 = vector.fma %2850, %2843, %2839 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2852 = vector.fma %2850, %2846, %2840 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2853 = arith.addi %2811, %2794 : index
              %2854 = vector.load %2[%2853] : memref<?xf32>, vector<16xf32>
              %2855 = arith.constant 272 : index
              %2856 = arith.addi %2811, %2855 : index
              %2857 = vector.load %2[%2856] : memref<?xf32>, vector<16xf32>
              %2858 = arith.addi %2813, %42 : index
              %2859 = memref.load %39[%2858] : memref<2048xf32>
              %2860 = vector.broadcast %2859 : f32 to vector<16xf32>
              %2861 = vector.fma %2860, %2854, %2851 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2862 = vector.fma %2860, %2857, %2852 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2863 = arith.constant 320 : index
              %2864 = arith.addi %2811, %2863 : index
              %2865 = vector.load %2[%2864] : memref<?xf32>, vector<16xf32>
              %2866 = arith.constant 336 : index
              %2867 = arith.addi %2811, %2866 : index
              %2868 = vector.load %2[%2867] : memref<?xf32>, vector<16xf32>
              %2869 = arith.addi %2813, %2823 : index
              %2870 = memref.load %39[%2869] : memref<2048xf32>
              %2871 = vector.broadcast %2870 : f32 to vector<16xf32>
              %2872 = vector.fma %2871, %2865, %2861 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2873 = vector.fma %2871, %2868, %2862 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2874 = arith.constant 384 : index
              %2875 = arith.addi %2811, %2874 : index
              %2876 = vector.load %2[%2875] : memref<?xf32>, vector<16xf32>
              %2877 = arith.constant 400 : index
              %2878 = arith.addi %2811, %2877 : index
              %2879 = vector.load %2[%2878] : memref<?xf32>, vector<16xf32>
              %2880 = arith.constant 96 : index
              %2881 = arith.addi %2813, %2880 : index
              %2882 = memref.load %39[%2881] : memref<2048xf32>
              %2883 = vector.broadcast %2882 : f32 to vector<16xf32>
              %2884 = vector.fma %2883, %2876, %2872 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2885 = vector.fma %2883, %2879, %2873 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2886 = arith.constant 448 : index
              %2887 = arith.addi %2811, %2886 : index
              %2888 = vector.load %2[%2887] : memref<?xf32>, vector<16xf32>
              %2889 = arith.constant 464 : index
              %2890 = arith.addi %2811, %2889 : index
              %2891 = vector.load %2[%2890] : memref<?xf32>, vector<16xf32>
              %2892 = arith.constant 112 : index
              %2893 = arith.addi %2813, %2892 : index
              %2894 = memref.load %39[%2893] : memref<2048xf32>
              %2895 = vector.broadcast %2894 : f32 to vector<16xf32>
              %2896 = vector.fma %2895, %2888, %2884 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2897 = vector.fma %2895, %2891, %2885 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %2896, %2897 : vector<16xf32>, vector<16xf32>
            }
            vector.store %2805, %3[%2791] : memref<?xf32>, vector<16xf32>
            vector.store %2806, %3[%2800] : memref<?xf32>, vector<16xf32>
          }
        }
        scf.for %2898 = %1739 to %434 step %432 {
          %2899 = arith.muli %2898, %42 : index
          %2900 = arith.addi %45, %2899 : index
          %2901 = arith.divui %36, %12 : index
          %2902 = arith.muli %2901, %12 : index
          scf.for %2903 = %20 to %2902 step %12 {
            scf.for %2904 = %20 to %432 step %432 {
              %2905 = arith.muli %2904, %42 : index
              %2906 = arith.addi %2900, %2905 : index
              %2907 = arith.addi %2906, %42 : index
              %2908 = arith.addi %2906, %18 : index
              %2909 = arith.constant 192 : index
              %2910 = arith.addi %2906, %2909 : index
              %2911 = arith.constant 256 : index
              %2912 = arith.addi %2906, %2911 : index
              %2913 = arith.constant 320 : index
              %2914 = arith.addi %2906, %2913 : index
              %2915 = arith.constant 384 : index
              %2916 = arith.addi %2906, %2915 : index
              %2917 = arith.constant 448 : index
              %2918 = arith.addi %2906, %2917 : index
              %2919 = arith.muli %2903, %35 : index
              %2920 = arith.addi %2903, %21 : index
              %2921 = arith.muli %2920, %35 : index
              %2922 = arith.constant 4 : index
              %2923, %2924, %2925, %2926, %2927, %2928, %2929, %2930, %2931, %2932, %2933, %2934, %2935, %2936, %2937, %2938 = scf.for %2939 = %20 to %10 step %2922 iter_args(%2940 = %48, %2941 = %48, %2942 = %48, %2943 = %48, %2944 = %48, %2945 = %48, %2946 = %48, %2947 = %48, %2948 = %48, %2949 = %48, %2950 = %48, %2951 = %48, %2952 = %48, %2953 = %48, %2954 = %48, %2955 = %48) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %2956 = arith.muli %2939, %42 : index
                %2957 = arith.addi %2956, %2919 : index
                %2958 = vector.load %40[%2957] : memref<2048xf32>, vector<16xf32>
                %2959 = arith.addi %2956, %2921 : index
                %2960 = vector.load %40[%2959] : memref<2048xf32>, vector<16xf32>
                %2961 = arith.addi %2906, %2939 : index
                %2962 = memref.load %1[%2961] : memref<?xf32>
                %2963 = vector.broadcast %2962 : f32 to vector<16xf32>
                %2964 = vector.fma %2958, %2963, %2940 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2965 = vector.fma %2960, %2963, %2948 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2966 = arith.addi %2907, %2939 : index
                %2967 = memref.load %1[%2966] : memref<?xf32>
                %2968 = vector.broadcast %2967 : f32 to vector<16xf32>
                %2969 = vector.fma %2958, %2968, %2941 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2970 = vector.fma %2960, %2968, %2949 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2971 = arith.addi %2908, %2939 : index
                %2972 = memref.load %1[%2971] : memref<?xf32>
                %2973 = vector.broadcast %2972 : f32 to vector<16xf32>
                %2974 = vector.fma %2958, %2973, %2942 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2975 = vector.fma %2960, %2973, %2950 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2976 = arith.addi %2910, %2939 : index
                %2977 = memref.load %1[%2976] : memref<?xf32>
                %2978 = vector.broadcast %2977 : f32 to vector<16xf32>
                %2979 = vector.fma %2958, %2978, %2943 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2980 = vector.fma %2960, %2978, %2951 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2981 = arith.addi %2912, %2939 : index
                %2982 = memref.load %1[%2981] : memref<?xf32>
                %2983 = vector.broadcast %2982 : f32 to vector<16xf32>
                %2984 = vector.fma %2958, %2983, %2944 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2985 = vector.fma %2960, %2983, %2952 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2986 = arith.addi %2914, %2939 : index
                %2987 = memref.load %1[%2986] : memref<?xf32>
                %2988 = vector.broadcast %2987 : f32 to vector<16xf32>
                %2989 = vector.fma %2958, %2988, %2945 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2990 = vector.fma %2960, %2988, %2953 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2991 = arith.addi %2916, %2939 : index
                %2992 = memref.load %1[%2991] : memref<?xf32>
                %2993 = vector.broadcast %2992 : f32 to vector<16xf32>
                %2994 = vector.fma %2958, %2993, %2946 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2995 = vector.fma %2960, %2993, %2954 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %2996 = arith.addi %2918, %2939 : index
                %2997 = memref.load %1[%2996] : memref<?xf32>
                %2998 = vector.broadcast %2997 : f32 to vector<16xf32>
                %2999 = vector.fma %2958, %2998, %2947 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3000 = vector.fma %2960, %2998, %2955 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3001 = arith.addi %2939, %21 : index
                %3002 = arith.muli %3001, %42 : index
                %3003 = arith.addi %3002, %2919 : index
                %3004 = vector.load %40[%3003] : memref<2048xf32>, vector<16xf32>
                %3005 = arith.addi %3002, %2921 : index
                %3006 = vector.load %40[%3005] : memref<2048xf32>, vector<16xf32>
                %3007 = arith.addi %2906, %3001 : index
                %3008 = memref.load %1[%3007] : memref<?xf32>
                %3009 = vector.broadcast %3008 : f32 to vector<16xf32>
                %3010 = vector.fma %3004, %3009, %2964 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3011 = vector.fma %3006, %3009, %2965 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3012 = arith.addi %2907, %3001 : index
                %3013 = memref.load %1[%3012] : memref<?xf32>
                %3014 = vector.broadcast %3013 : f32 to vector<16xf32>
                %3015 = vector.fma %3004, %3014, %2969 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3016 = vector.fma %3006, %3014, %2970 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3017 = arith.addi %2908, %3001 : index
                %3018 = memref.load %1[%3017] : memref<?xf32>
                %3019 = vector.broadcast %3018 : f32 to vector<16xf32>
                %3020 = vector.fma %3004, %3019, %2974 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3021 = vector.fma %3006, %3019, %2975 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3022 = arith.addi %2910, %3001 : index
                %3023 = memref.load %1[%3022] : memref<?xf32>
                %3024 = vector.broadcast %3023 : f32 to vector<16xf32>
                %3025 = vector.fma %3004, %3024, %2979 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3026 = vector.fma %3006, %3024, %2980 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3027 = arith.addi %2912, %3001 : index
                %3028 = memref.load %1[%3027] : memref<?xf32>
                %3029 = vector.broadcast %3028 : f32 to vector<16xf32>
                %3030 = vector.fma %3004, %3029, %2984 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3031 = vector.fma %3006, %3029, %2985 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3032 = arith.addi %2914, %3001 : index
                %3033 = memref.load %1[%3032] : memref<?xf32>
                %3034 = vector.broadcast %3033 : f32 to vector<16xf32>
                %3035 = vector.fma %3004, %3034, %2989 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3036 = vector.fma %3006, %3034, %2990 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3037 = arith.addi %2916, %3001 : index
                %3038 = memref.load %1[%3037] : memref<?xf32>
                %3039 = vector.broadcast %3038 : f32 to vector<16xf32>
                %3040 = vector.fma %3004, %3039, %2994 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3041 = vector.fma %3006, %3039, %2995 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3042 = arith.addi %2918, %3001 : index
                %3043 = memref.load %1[%3042] : memref<?xf32>
                %3044 = vector.broadcast %3043 : f32 to vector<16xf32>
                %3045 = vector.fma %3004, %3044, %2999 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3046 = vector.fma %3006, %3044, %3000 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3047 = arith.addi %2939, %12 : index
                %3048 = arith.muli %3047, %42 : index
                %3049 = arith.addi %3048, %2919 : index
                %3050 = vector.load %40[%3049] : memref<2048xf32>, vector<16xf32>
                %3051 = arith.addi %3048, %2921 : index
                %3052 = vector.load %40[%3051] : memref<2048xf32>, vector<16xf32>
                %3053 = arith.addi %2906, %3047 : index
                %3054 = memref.load %1[%3053] : memref<?xf32>
                %3055 = vector.broadcast %3054 : f32 to vector<16xf32>
                %3056 = vector.fma %3050, %3055, %3010 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3057 = vector.fma %3052, %3055, %3011 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3058 = arith.addi %2907, %3047 : index
                %3059 = memref.load %1[%3058] : memref<?xf32>
                %3060 = vector.broadcast %3059 : f32 to vector<16xf32>
                %3061 = vector.fma %3050, %3060, %3015 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3062 = vector.fma %3052, %3060, %3016 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3063 = arith.addi %2908, %3047 : index
                %3064 = memref.load %1[%3063] : memref<?xf32>
                %3065 = vector.broadcast %3064 : f32 to vector<16xf32>
                %3066 = vector.fma %3050, %3065, %3020 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3067 = vector.fma %3052, %3065, %3021 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3068 = arith.addi %2910, %3047 : index
                %3069 = memref.load %1[%3068] : memref<?xf32>
                %3070 = vector.broadcast %3069 : f32 to vector<16xf32>
                %3071 = vector.fma %3050, %3070, %3025 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3072 = vector.fma %3052, %3070, %3026 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3073 = arith.addi %2912, %3047 : index
                %3074 = memref.load %1[%3073] : memref<?xf32>
                %3075 = vector.broadcast %3074 : f32 to vector<16xf32>
                %3076 = vector.fma %3050, %3075, %3030 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3077 = vector.fma %3052, %3075, %3031 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3078 = arith.addi %2914, %3047 : index
                %3079 = memref.load %1[%3078] : memref<?xf32>
                %3080 = vector.broadcast %3079 : f32 to vector<16xf32>
                %3081 = vector.fma %3050, %3080, %3035 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3082 = vector.fma %3052, %3080, %3036 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3083 = arith.addi %2916, %3047 : index
                %3084 = memref.load %1[%3083] : memref<?xf32>
                %3085 = vector.broadcast %3084 : f32 to vector<16xf32>
                %3086 = vector.fma %3050, %3085, %3040 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3087 = vector.fma %3052, %3085, %3041 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3088 = arith.addi %2918, %3047 : index
                %3089 = memref.load %1[%3088] : memref<?xf32>
                %3090 = vector.broadcast %3089 : f32 to vector<16xf32>
                %3091 = vector.fma %3050, %3090, %3045 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3092 = vector.fma %3052, %3090, %3046 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3093 = arith.constant 3 : index
                %3094 = arith.addi %2939, %3093 : index
                %3095 = arith.muli %3094, %42 : index
                %3096 = arith.addi %3095, %2919 : index
                %3097 = vector.load %40[%3096] : memref<2048xf32>, vector<16xf32>
                %3098 = arith.addi %3095, %2921 : index
                %3099 = vector.load %40[%3098] : memref<2048xf32>, vector<16xf32>
                %3100 = arith.addi %2906, %3094 : index
                %3101 = memref.load %1[%3100] : memref<?xf32>
                %3102 = vector.broadcast %3101 : f32 to vector<16xf32>
                %3103 = vector.fma %3097, %3102, %3056 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3104 = vector.fma %3099, %3102, %3057 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3105 = arith.addi %2907, %3094 : index
                %3106 = memref.load %1[%3105] : memref<?xf32>
                %3107 = vector.broadcast %3106 : f32 to vector<16xf32>
                %3108 = vector.fma %3097, %3107, %3061 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3109 = vector.fma %3099, %3107, %3062 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3110 = arith.addi %2908, %3094 : index
                %3111 = memref.load %1[%3110] : memref<?xf32>
                %3112 = vector.broadcast %3111 : f32 to vector<16xf32>
                %3113 = vector.fma %3097, %3112, %3066 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3114 = vector.fma %3099, %3112, %3067 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3115 = arith.addi %2910, %3094 : index
                %3116 = memref.load %1[%3115] : memref<?xf32>
                %3117 = vector.broadcast %3116 : f32 to vector<16xf32>
                %3118 = vector.fma %3097, %3117, %3071 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3119 = vector.fma %3099, %3117, %3072 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3120 = arith.addi %2912, %3094 : index
                %3121 = memref.load %1[%3120] : memref<?xf32>
                %3122 = vector.broadcast %3121 : f32 to vector<16xf32>
                %3123 = vector.fma %3097, %3122, %3076 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3124 = vector.fma %3099, %3122, %3077 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3125 = arith.addi %2914, %3094 : index
                %3126 = memref.load %1[%3125] : memref<?xf32>
                %3127 = vector.broadcast %3126 : f32 to vector<16xf32>
                %3128 = vector.fma %3097, %3127, %3081 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3129 = vector.fma %3099, %3127, %3082 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3130 = arith.addi %2916, %3094 : index
                %3131 = memref.load %1[%3130] : memref<?xf32>
                %3132 = vector.broadcast %3131 : f32 to vector<16xf32>
                %3133 = vector.fma %3097, %3132, %3086 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3134 = vector.fma %3099, %3132, %3087 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3135 = arith.addi %2918, %3094 : index
                %3136 = memref.load %1[%3135] : memref<?xf32>
                %3137 = vector.broadcast %3136 : f32 to vector<16xf32>
                %3138 = vector.fma %3097, %3137, %3091 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3139 = vector.fma %3099, %3137, %3092 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %3103, %3108, %3113, %3118, %3123, %3128, %3133, %3138, %3104, %3109, %3114, %3119, %3124, %3129, %3134, %3139 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %3140 = arith.muli %2903, %432 : index
              %3141 = arith.addi %3140, %2904 : index
              %3142 = arith.muli %3141, %35 : index
              vector.store %2923, %39[%3142] : memref<2048xf32>, vector<16xf32>
              %3143 = arith.addi %2904, %21 : index
              %3144 = arith.addi %3140, %3143 : index
              %3145 = arith.muli %3144, %35 : index
              vector.store %2924, %39[%3145] : memref<2048xf32>, vector<16xf32>
              %3146 = arith.addi %2904, %12 : index
              %3147 = arith.addi %3140, %3146 : index
              %3148 = arith.muli %3147, %35 : index
              vector.store %2925, %39[%3148] : memref<2048xf32>, vector<16xf32>
              %3149 = arith.constant 3 : index
              %3150 = arith.addi %2904, %3149 : index
              %3151 = arith.addi %3140, %3150 : index
              %3152 = arith.muli %3151, %35 : index
              vector.store %2926, %39[%3152] : memref<2048xf32>, vector<16xf32>
              %3153 = arith.addi %2904, %2922 : index
              %3154 = arith.addi %3140, %3153 : index
              %3155 = arith.muli %3154, %35 : index
              vector.store %2927, %39[%3155] : memref<2048xf32>, vector<16xf32>
              %3156 = arith.constant 5 : index
              %3157 = arith.addi %2904, %3156 : index
              %3158 = arith.addi %3140, %3157 : index
              %3159 = arith.muli %3158, %35 : index
              vector.store %2928, %39[%3159] : memref<2048xf32>, vector<16xf32>
              %3160 = arith.constant 6 : index
              %3161 = arith.addi %2904, %3160 : index
              %3162 = arith.addi %3140, %3161 : index
              %3163 = arith.muli %3162, %35 : index
              vector.store %2929, %39[%3163] : memref<2048xf32>, vector<16xf32>
              %3164 = arith.constant 7 : index
              %3165 = arith.addi %2904, %3164 : index
              %3166 = arith.addi %3140, %3165 : index
              %3167 = arith.muli %3166, %35 : index
              vector.store %2930, %39[%3167] : memref<2048xf32>, vector<16xf32>
              %3168 = arith.muli %2920, %432 : index
              %3169 = arith.addi %3168, %2904 : index
              %3170 = arith.muli %3169, %35 : index
              vector.store %2931, %39[%3170] : memref<2048xf32>, vector<16xf32>
              %3171 = arith.addi %3168, %3143 : index
              %3172 = arith.muli %3171, %35 : index
              vector.store %2932, %39[%3172] : memref<2048xf32>, vector<16xf32>
              %3173 = arith.addi %3168, %3146 : index
              %3174 = arith.muli %3173, %35 : index
              vector.store %2933, %39[%3174] : memref<2048xf32>, vector<16xf32>
              %3175 = arith.addi %3168, %3150 : index
              %3176 = arith.muli %3175, %35 : index
              vector.store %2934, %39[%3176] : memref<2048xf32>, vector<16xf32>
              %3177 = arith.addi %3168, %3153 : index
              %3178 = arith.muli %3177, %35 : index
              vector.store %2935, %39[%3178] : memref<2048xf32>, vector<16xf32>
              %3179 = arith.addi %3168, %3157 : index
              %3180 = arith.muli %3179, %35 : index
              vector.store %2936, %39[%3180] : memref<2048xf32>, vector<16xf32>
              %3181 = arith.addi %3168, %3161 : index
              %3182 = arith.muli %3181, %35 : index
              vector.store %2937, %39[%3182] : memref<2048xf32>, vector<16xf32>
              %3183 = arith.addi %3168, %3165 : index
              %3184 = arith.muli %3183, %35 : index
              vector.store %2938, %39[%3184] : memref<2048xf32>, vector<16xf32>
            }
          }
          scf.for %3185 = %2902 to %36 step %21 {
            scf.for %3186 = %20 to %432 step %432 {
              %3187 = arith.muli %3186, %42 : index
              %3188 = arith.addi %2900, %3187 : index
              %3189 = arith.addi %3188, %42 : index
              %3190 = arith.addi %3188, %18 : index
              %3191 = arith.constant 192 : index
              %3192 = arith.addi %3188, %3191 : index
              %3193 = arith.constant 256 : index
              %3194 = arith.addi %3188, %3193 : index
              %3195 = arith.constant 320 : index
              %3196 = arith.addi %3188, %3195 : index
              %3197 = arith.constant 384 : index
              %3198 = arith.addi %3188, %3197 : index
              %3199 = arith.constant 448 : index
              %3200 = arith.addi %3188, %3199 : index
              %3201 = arith.muli %3185, %35 : index
              %3202 = arith.constant 4 : index
              %3203, %3204, %3205, %3206, %3207, %3208, %3209, %3210 = scf.for %3211 = %20 to %10 step %3202 iter_args(%3212 = %48, %3213 = %48, %3214 = %48, %3215 = %48, %3216 = %48, %3217 = %48, %3218 = %48, %3219 = %48) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %3220 = arith.muli %3211, %42 : index
                %3221 = arith.addi %3220, %3201 : index
                %3222 = vector.load %40[%3221] : memref<2048xf32>, vector<16xf32>
                %3223 = arith.addi %3188, %3211 : index
                %3224 = memref.load %1[%3223] : memref<?xf32>
                %3225 = vector.broadcast %3224 : f32 to vector<16xf32>
                %3226 = vector.fma %3222, %3225, %3212 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3227 = arith.addi %3189, %3211 : index
                %3228 = memref.load %1[%3227] : memref<?xf32>
                %3229 = vector.broadcast %3228 : f32 to vector<16xf32>
                %3230 = vector.fma %3222, %3229, %3213 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3231 = arith.addi %3190, %3211 : index
                %3232 = memref.load %1[%3231] : memref<?xf32>
                %3233 = vector.broadcast %3232 : f32 to vector<16xf32>
                %3234 = vector.fma %3222, %3233, %3214 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3235 = arith.addi %3192, %3211 : index
                %3236 = memref.load %1[%3235] : memref<?xf32>
                %3237 = vector.broadcast %3236 : f32 to vector<16xf32>
                %3238 = vector.fma %3222, %3237, %3215 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3239 = arith.addi %3194, %3211 : index
                %3240 = memref.load %1[%3239] : memref<?xf32>
                %3241 = vector.broadcast %3240 : f32 to vector<16xf32>
                %3242 = vector.fma %3222, %3241, %3216 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3243 = arith.addi %3196, %3211 : index
                %3244 = memref.load %1[%3243] : memref<?xf32>
                %3245 = vector.broadcast %3244 : f32 to vector<16xf32>
                %3246 = vector.fma %3222, %3245, %3217 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3247 = arith.addi %3198, %3211 : index
                %3248 = memref.load %1[%3247] : memref<?xf32>
                %3249 = vector.broadcast %3248 : f32 to vector<16xf32>
                %3250 = vector.fma %3222, %3249, %3218 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3251 = arith.addi %3200, %3211 : index
                %3252 = memref.load %1[%3251] : memref<?xf32>
                %3253 = vector.broadcast %3252 : f32 to vector<16xf32>
                %3254 = vector.fma %3222, %3253, %3219 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3255 = arith.addi %3211, %21 : index
                %3256 = arith.muli %3255, %42 : index
                %3257 = arith.addi %3256, %3201 : index
                %3258 = vector.load %40[%3257] : memref<2048xf32>, vector<16xf32>
                %3259 = arith.addi %3188, %3255 : index
                %3260 = memref.load %1[%3259] : memref<?xf32>
                %3261 = vector.broadcast %3260 : f32 to vector<16xf32>
                %3262 = vector.fma %3258, %3261, %3226 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3263 = arith.addi %3189, %3255 : index
                %3264 = memref.load %1[%3263] : memref<?xf32>
                %3265 = vector.broadcast %3264 : f32 to vector<16xf32>
                %3266 = vector.fma %3258, %3265, %3230 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3267 = arith.addi %3190, %3255 : index
                %3268 = memref.load %1[%3267] : memref<?xf32>
                %3269 = vector.broadcast %3268 : f32 to vector<16xf32>
                %3270 = vector.fma %3258, %3269, %3234 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3271 = arith.addi %3192, %3255 : index
                %3272 = memref.load %1[%3271] : memref<?xf32>
                %3273 = vector.broadcast %3272 : f32 to vector<16xf32>
                %3274 = vector.fma %3258, %3273, %3238 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3275 = arith.addi %3194, %3255 : index
                %3276 = memref.load %1[%3275] : memref<?xf32>
                %3277 = vector.broadcast %3276 : f32 to vector<16xf32>
                %3278 = vector.fma %3258, %3277, %3242 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3279 = arith.addi %3196, %3255 : index
                %3280 = memref.load %1[%3279] : memref<?xf32>
                %3281 = vector.broadcast %3280 : f32 to vector<16xf32>
                %3282 = vector.fma %3258, %3281, %3246 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3283 = arith.addi %3198, %3255 : index
                %3284 = memref.load %1[%3283] : memref<?xf32>
                %3285 = vector.broadcast %3284 : f32 to vector<16xf32>
                %3286 = vector.fma %3258, %3285, %3250 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3287 = arith.addi %3200, %3255 : index
                %3288 = memref.load %1[%3287] : memref<?xf32>
                %3289 = vector.broadcast %3288 : f32 to vector<16xf32>
                %3290 = vector.fma %3258, %3289, %3254 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3291 = arith.addi %3211, %12 : index
                %3292 = arith.muli %3291, %42 : index
                %3293 = arith.addi %3292, %3201 : index
                %3294 = vector.load %40[%3293] : memref<2048xf32>, vector<16xf32>
                %3295 = arith.addi %3188, %3291 : index
                %3296 = memref.load %1[%3295] : memref<?xf32>
                %3297 = vector.broadcast %3296 : f32 to vector<16xf32>
                %3298 = vector.fma %3294, %3297, %3262 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3299 = arith.addi %3189, %3291 : index
                %3300 = memref.load %1[%3299] : memref<?xf32>
                %3301 = vector.broadcast %3300 : f32 to vector<16xf32>
                %3302 = vector.fma %3294, %3301, %3266 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3303 = arith.addi %3190, %3291 : index
                %3304 = memref.load %1[%3303] : memref<?xf32>
                %3305 = vector.broadcast %3304 : f32 to vector<16xf32>
                %3306 = vector.fma %3294, %3305, %3270 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3307 = arith.addi %3192, %3291 : index
                %3308 = memref.load %1[%3307] : memref<?xf32>
                %3309 = vector.broadcast %3308 : f32 to vector<16xf32>
                %3310 = vector.fma %3294, %3309, %3274 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3311 = arith.addi %3194, %3291 : index
                %3312 = memref.load %1[%3311] : memref<?xf32>
                %3313 = vector.broadcast %3312 : f32 to vector<16xf32>
                %3314 = vector.fma %3294, %3313, %3278 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3315 = arith.addi %3196, %3291 : index
                %3316 = memref.load %1[%3315] : memref<?xf32>
                %3317 = vector.broadcast %3316 : f32 to vector<16xf32>
                %3318 = vector.fma %3294, %3317, %3282 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3319 = arith.addi %3198, %3291 : index
                %3320 = memref.load %1[%3319] : memref<?xf32>
                %3321 = vector.broadcast %3320 : f32 to vector<16xf32>
                %3322 = vector.fma %3294, %3321, %3286 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3323 = arith.addi %3200, %3291 : index
                %3324 = memref.load %1[%3323] : memref<?xf32>
                %3325 = vector.broadcast %3324 : f32 to vector<16xf32>
                %3326 = vector.fma %3294, %3325, %3290 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3327 = arith.constant 3 : index
                %3328 = arith.addi %3211, %3327 : index
                %3329 = arith.muli %3328, %42 : index
                %3330 = arith.addi %3329, %3201 : index
                %3331 = vector.load %40[%3330] : memref<2048xf32>, vector<16xf32>
                %3332 = arith.addi %3188, %3328 : index
                %3333 = memref.load %1[%3332] : memref<?xf32>
                %3334 = vector.broadcast %3333 : f32 to vector<16xf32>
                %3335 = vector.fma %3331, %3334, %3298 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3336 = arith.addi %3189, %3328 : index
                %3337 = memref.load %1[%3336] : memref<?xf32>
                %3338 = vector.broadcast %3337 : f32 to vector<16xf32>
                %3339 = vector.fma %3331, %3338, %3302 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3340 = arith.addi %3190, %3328 : index
                %3341 = memref.load %1[%3340] : memref<?xf32>
                %3342 = vector.broadcast %3341 : f32 to vector<16xf32>
                %3343 = vector.fma %3331, %3342, %3306 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3344 = arith.addi %3192, %3328 : index
                %3345 = memref.load %1[%3344] : memref<?xf32>
                %3346 = vector.broadcast %3345 : f32 to vector<16xf32>
                %3347 = vector.fma %3331, %3346, %3310 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3348 = arith.addi %3194, %3328 : index
                %3349 = memref.load %1[%3348] : memref<?xf32>
                %3350 = vector.broadcast %3349 : f32 to vector<16xf32>
                %3351 = vector.fma %3331, %3350, %3314 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3352 = arith.addi %3196, %3328 : index
                %3353 = memref.load %1[%3352] : memref<?xf32>
                %3354 = vector.broadcast %3353 : f32 to vector<16xf32>
                %3355 = vector.fma %3331, %3354, %3318 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3356 = arith.addi %3198, %3328 : index
                %3357 = memref.load %1[%3356] : memref<?xf32>
                %3358 = vector.broadcast %3357 : f32 to vector<16xf32>
                %3359 = vector.fma %3331, %3358, %3322 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %3360 = arith.addi %3200, %3328 : index
                %3361 = memref.load %1[%3360] : memref<?xf32>
                %3362 = vector.broadcast %3361 : f32 to vector<16xf32>
                %3363 = vector.fma %3331, %3362, %3326 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %3335, %3339, %3343, %3347, %3351, %3355, %3359, %3363 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %3364 = arith.muli %3185, %432 : index
              %3365 = arith.addi %3364, %3186 : index
              %3366 = arith.muli %3365, %35 : index
              vector.store %3203, %39[%3366] : memref<2048xf32>, vector<16xf32>
              %3367 = arith.addi %3186, %21 : index
              %3368 = arith.addi %3364, %3367 : index
              %3369 = arith.muli %3368, %35 : index
              vector.store %3204, %39[%3369] : memref<2048xf32>, vector<16xf32>
              %3370 = arith.addi %3186, %12 : index
              %3371 = arith.addi %3364, %3370 : index
              %3372 = arith.muli %3371, %35 : index
              vector.store %3205, %39[%3372] : memref<2048xf32>, vector<16xf32>
              %3373 = arith.constant 3 : index
              %3374 = arith.addi %3186, %3373 : index
              %3375 = arith.addi %3364, %3374 : index
              %3376 = arith.muli %3375, %35 : index
              vector.store %3206, %39[%3376] : memref<2048xf32>, vector<16xf32>
              %3377 = arith.addi %3186, %3202 : index
              %3378 = arith.addi %3364, %3377 : index
              %3379 = arith.muli %3378, %35 : index
              vector.store %3207, %39[%3379] : memref<2048xf32>, vector<16xf32>
              %3380 = arith.constant 5 : index
              %3381 = arith.addi %3186, %3380 : index
              %3382 = arith.addi %3364, %3381 : index
              %3383 = arith.muli %3382, %35 : index
              vector.store %3208, %39[%3383] : memref<2048xf32>, vector<16xf32>
              %3384 = arith.constant 6 : index
              %3385 = arith.addi %3186, %3384 : index
              %3386 = arith.addi %3364, %3385 : index
              %3387 = arith.muli %3386, %35 : index
              vector.store %3209, %39[%3387] : memref<2048xf32>, vector<16xf32>
              %3388 = arith.constant 7 : index
              %3389 = arith.addi %3186, %3388 : index
              %3390 = arith.addi %3364, %3389 : index
              %3391 = arith.muli %3390, %35 : index
              vector.store %3210, %39[%3391] : memref<2048xf32>, vector<16xf32>
            }
          }
          scf.for %3392 = %20 to %36 step %21 {
            %3393 = arith.muli %3392, %35 : index
            %3394 = arith.muli %3392, %18 : index
            %3395 = arith.constant 192 : index
            %3396 = arith.addi %3393, %3395 : index
            %3397 = vector.load %38[%3396] : memref<256xf32>, vector<16xf32>
            %3398 = arith.index_cast %2898 : index to i64
            %3399 = arith.sitofp %3398 : i64 to f32
            %3400 = vector.broadcast %3399 : f32 to vector<16xf32>
            %3401 = arith.subf %3397, %3400 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3402 = vector.load %38[%3393] : memref<256xf32>, vector<16xf32>
            %3403 = scf.for %3404 = %20 to %432 step %432 iter_args(%3405 = %3402) -> (vector<16xf32>) {
              %3406 = arith.muli %3404, %35 : index
              %3407 = arith.addi %3394, %3406 : index
              %3408 = vector.load %39[%3407] : memref<2048xf32>, vector<16xf32>
              %3409 = arith.addi %3404, %21 : index
              %3410 = arith.muli %3409, %35 : index
              %3411 = arith.addi %3394, %3410 : index
              %3412 = vector.load %39[%3411] : memref<2048xf32>, vector<16xf32>
              %3413 = arith.addi %3404, %12 : index
              %3414 = arith.muli %3413, %35 : index
              %3415 = arith.addi %3394, %3414 : index
              %3416 = vector.load %39[%3415] : memref<2048xf32>, vector<16xf32>
              %3417 = arith.constant 3 : index
              %3418 = arith.addi %3404, %3417 : index
              %3419 = arith.muli %3418, %35 : index
              %3420 = arith.addi %3394, %3419 : index
              %3421 = vector.load %39[%3420] : memref<2048xf32>, vector<16xf32>
              %3422 = arith.constant 4 : index
              %3423 = arith.addi %3404, %3422 : index
              %3424 = arith.muli %3423, %35 : index
              %3425 = arith.addi %3394, %3424 : index
              %3426 = vector.load %39[%3425] : memref<2048xf32>, vector<16xf32>
              %3427 = arith.constant 5 : index
              %3428 = arith.addi %3404, %3427 : index
              %3429 = arith.muli %3428, %35 : index
              %3430 = arith.addi %3394, %3429 : index
              %3431 = vector.load %39[%3430] : memref<2048xf32>, vector<16xf32>
              %3432 = arith.constant 6 : index
              %3433 = arith.addi %3404, %3432 : index
              %3434 = arith.muli %3433, %35 : index
              %3435 = arith.addi %3394, %3434 : index
              %3436 = vector.load %39[%3435] : memref<2048xf32>, vector<16xf32>
              %3437 = arith.constant 7 : index
              %3438 = arith.addi %3404, %3437 : index
              %3439 = arith.muli %3438, %35 : index
              %3440 = arith.addi %3394, %3439 : index
              %3441 = vector.load %39[%3440] : memref<2048xf32>, vector<16xf32>
              %3442 = arith.index_cast %3404 : index to i64
              %3443 = arith.sitofp %3442 : i64 to f32
              %3444 = vector.broadcast %3443 : f32 to vector<16xf32>
              %3445 = arith.subf %3401, %3444 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3446 = arith.cmpf olt, %48, %3445 : vector<16xf32>
              %3447 = arith.constant 1.000000e+00 : f32
              %3448 = vector.broadcast %3447 : f32 to vector<16xf32>
              %3449 = arith.cmpf olt, %3448, %3445 : vector<16xf32>
              %3450 = arith.constant 2.000000e+00 : f32
              %3451 = vector.broadcast %3450 : f32 to vector<16xf32>
              %3452 = arith.cmpf olt, %3451, %3445 : vector<16xf32>
              %3453 = arith.constant 3.000000e+00 : f32
              %3454 = vector.broadcast %3453 : f32 to vector<16xf32>
              %3455 = arith.cmpf olt, %3454, %3445 : vector<16xf32>
              %3456 = arith.constant 4.000000e+00 : f32
              %3457 = vector.broadcast %3456 : f32 to vector<16xf32>
              %3458 = arith.cmpf olt, %3457, %3445 : vector<16xf32>
              %3459 = arith.constant 5.000000e+00 : f32
              %3460 = vector.broadcast %3459 : f32 to vector<16xf32>
              %3461 = arith.cmpf olt, %3460, %3445 : vector<16xf32>
              %3462 = arith.constant 6.000000e+00 : f32
              %3463 = vector.broadcast %3462 : f32 to vector<16xf32>
              %3464 = arith.cmpf olt, %3463, %3445 : vector<16xf32>
              %3465 = arith.constant 7.000000e+00 : f32
              %3466 = vector.broadcast %3465 : f32 to vector<16xf32>
              %3467 = arith.cmpf olt, %3466, %3445 : vector<16xf32>
              %3468 = arith.constant -1.000000e+30 : f32
              %3469 = vector.broadcast %3468 : f32 to vector<16xf32>
              %3470 = arith.select %3446, %3408, %3469 : vector<16xf32>
              %3471 = arith.select %3449, %3412, %3469 : vector<16xf32>
              %3472 = arith.select %3452, %3416, %3469 : vector<16xf32>
              %3473 = arith.select %3455, %3421, %3469 : vector<16xf32>
              %3474 = arith.select %3458, %3426, %3469 : vector<16xf32>
              %3475 = arith.select %3461, %3431, %3469 : vector<16xf32>
              %3476 = arith.select %3464, %3436, %3469 : vector<16xf32>
              %3477 = arith.select %3467, %3441, %3469 : vector<16xf32>
              %3478 = arith.cmpf ogt, %3470, %3471 : vector<16xf32>
              %3479 = arith.select %3478, %3470, %3471 : vector<16xf32>
              %3480 = arith.cmpf ogt, %3472, %3473 : vector<16xf32>
              %3481 = arith.select %3480, %3472, %3473 : vector<16xf32>
              %3482 = arith.cmpf ogt, %3474, %3475 : vector<16xf32>
              %3483 = arith.select %3482, %3474, %3475 : vector<16xf32>
              %3484 = arith.cmpf ogt, %3476, %3477 : vector<16xf32>
              %3485 = arith.select %3484, %3476, %3477 : vector<16xf32>
              %3486 = arith.cmpf ogt, %3479, %3481 : vector<16xf32>
              %3487 = arith.select %3486, %3479, %3481 : vector<16xf32>
              %3488 = arith.cmpf ogt, %3483, %3485 : vector<16xf32>
              %3489 = arith.select %3488, %3483, %3485 : vector<16xf32>
              %3490 = arith.cmpf ogt, %3487, %3489 : vector<16xf32>
              %3491 = arith.select %3490, %3487, %3489 : vector<16xf32>
              %3492 = arith.cmpf ogt, %3405, %3491 : vector<16xf32>
              %3493 = arith.select %3492, %3405, %3491 : vector<16xf32>
              scf.yield %3493 : vector<16xf32>
            }
            %3494 = scf.for %3495 = %20 to %432 step %432 iter_args(%3496 = %48) -> (vector<16xf32>) {
              %3497 = arith.muli %3495, %35 : index
              %3498 = arith.addi %3394, %3497 : index
              %3499 = vector.load %39[%3498] : memref<2048xf32>, vector<16xf32>
              %3500 = arith.addi %3495, %21 : index
              %3501 = arith.muli %3500, %35 : index
              %3502 = arith.addi %3394, %3501 : index
              %3503 = vector.load %39[%3502] : memref<2048xf32>, vector<16xf32>
              %3504 = arith.addi %3495, %12 : index
              %3505 = arith.muli %3504, %35 : index
              %3506 = arith.addi %3394, %3505 : index
              %3507 = vector.load %39[%3506] : memref<2048xf32>, vector<16xf32>
              %3508 = arith.constant 3 : index
              %3509 = arith.addi %3495, %3508 : index
              %3510 = arith.muli %3509, %35 : index
              %3511 = arith.addi %3394, %3510 : index
              %3512 = vector.load %39[%3511] : memref<2048xf32>, vector<16xf32>
              %3513 = arith.constant 4 : index
              %3514 = arith.addi %3495, %3513 : index
              %3515 = arith.muli %3514, %35 : index
              %3516 = arith.addi %3394, %3515 : index
              %3517 = vector.load %39[%3516] : memref<2048xf32>, vector<16xf32>
              %3518 = arith.constant 5 : index
              %3519 = arith.addi %3495, %3518 : index
              %3520 = arith.muli %3519, %35 : index
              %3521 = arith.addi %3394, %3520 : index
              %3522 = vector.load %39[%3521] : memref<2048xf32>, vector<16xf32>
              %3523 = arith.constant 6 : index
              %3524 = arith.addi %3495, %3523 : index
              %3525 = arith.muli %3524, %35 : index
              %3526 = arith.addi %3394, %3525 : index
              %3527 = vector.load %39[%3526] : memref<2048xf32>, vector<16xf32>
              %3528 = arith.constant 7 : index
              %3529 = arith.addi %3495, %3528 : index
              %3530 = arith.muli %3529, %35 : index
              %3531 = arith.addi %3394, %3530 : index
              %3532 = vector.load %39[%3531] : memref<2048xf32>, vector<16xf32>
              %3533 = arith.index_cast %3495 : index to i64
              %3534 = arith.sitofp %3533 : i64 to f32
              %3535 = vector.broadcast %3534 : f32 to vector<16xf32>
              %3536 = arith.subf %3401, %3535 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3537 = arith.cmpf olt, %48, %3536 : vector<16xf32>
              %3538 = arith.constant 1.000000e+00 : f32
              %3539 = vector.broadcast %3538 : f32 to vector<16xf32>
              %3540 = arith.cmpf olt, %3539, %3536 : vector<16xf32>
              %3541 = arith.constant 2.000000e+00 : f32
              %3542 = vector.broadcast %3541 : f32 to vector<16xf32>
              %3543 = arith.cmpf olt, %3542, %3536 : vector<16xf32>
              %3544 = arith.constant 3.000000e+00 : f32
              %3545 = vector.broadcast %3544 : f32 to vector<16xf32>
              %3546 = arith.cmpf olt, %3545, %3536 : vector<16xf32>
              %3547 = arith.constant 4.000000e+00 : f32
              %3548 = vector.broadcast %3547 : f32 to vector<16xf32>
              %3549 = arith.cmpf olt, %3548, %3536 : vector<16xf32>
              %3550 = arith.constant 5.000000e+00 : f32
              %3551 = vector.broadcast %3550 : f32 to vector<16xf32>
              %3552 = arith.cmpf olt, %3551, %3536 : vector<16xf32>
              %3553 = arith.constant 6.000000e+00 : f32
              %3554 = vector.broadcast %3553 : f32 to vector<16xf32>
              %3555 = arith.cmpf olt, %3554, %3536 : vector<16xf32>
              %3556 = arith.constant 7.000000e+00 : f32
              %3557 = vector.broadcast %3556 : f32 to vector<16xf32>
              %3558 = arith.cmpf olt, %3557, %3536 : vector<16xf32>
              %3559 = arith.constant -1.000000e+30 : f32
              %3560 = vector.broadcast %3559 : f32 to vector<16xf32>
              %3561 = arith.select %3537, %3499, %3560 : vector<16xf32>
              %3562 = arith.select %3540, %3503, %3560 : vector<16xf32>
              %3563 = arith.select %3543, %3507, %3560 : vector<16xf32>
              %3564 = arith.select %3546, %3512, %3560 : vector<16xf32>
              %3565 = arith.select %3549, %3517, %3560 : vector<16xf32>
              %3566 = arith.select %3552, %3522, %3560 : vector<16xf32>
              %3567 = arith.select %3555, %3527, %3560 : vector<16xf32>
              %3568 = arith.select %3558, %3532, %3560 : vector<16xf32>
              %3569 = arith.subf %3561, %3403 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3570 = arith.constant -8.700000e+01 : f32
              %3571 = vector.broadcast %3570 : f32 to vector<16xf32>
              %3572 = arith.cmpf ogt, %3569, %3571 : vector<16xf32>
              %3573 = arith.select %3572, %3569, %3571 : vector<16xf32>
              %3574 = arith.constant 8.800000e+01 : f32
              %3575 = vector.broadcast %3574 : f32 to vector<16xf32>
              %3576 = arith.cmpf olt, %3573, %3575 : vector<16xf32>
              %3577 = arith.select %3576, %3573, %3575 : vector<16xf32>
              %3578 = math.exp %3577 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3579 = arith.select %3537, %3578, %48 : vector<16xf32>
              vector.store %3579, %39[%3498] : memref<2048xf32>, vector<16xf32>
              %3580 = arith.subf %3562, %3403 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3581 = arith.cmpf ogt, %3580, %3571 : vector<16xf32>
              %3582 = arith.select %3581, %3580, %3571 : vector<16xf32>
              %3583 = arith.cmpf olt, %3582, %3575 : vector<16xf32>
              %3584 = arith.select %3583, %3582, %3575 : vector<16xf32>
              %3585 = math.exp %3584 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3586 = arith.select %3540, %3585, %48 : vector<16xf32>
              vector.store %3586, %39[%3502] : memref<2048xf32>, vector<16xf32>
              %3587 = arith.subf %3563, %3403 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3588 = arith.cmpf ogt, %3587, %3571 : vector<16xf32>
              %3589 = arith.select %3588, %3587, %3571 : vector<16xf32>
              %3590 = arith.cmpf olt, %3589, %3575 : vector<16xf32>
              %3591 = arith.select %3590, %3589, %3575 : vector<16xf32>
              %3592 = math.exp %3591 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3593 = arith.select %3543, %3592, %48 : vector<16xf32>
              vector.store %3593, %39[%3506] : memref<2048xf32>, vector<16xf32>
              %3594 = arith.subf %3564, %3403 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3595 = arith.cmpf ogt, %3594, %3571 : vector<16xf32>
              %3596 = arith.select %3595, %3594, %3571 : vector<16xf32>
              %3597 = arith.cmpf olt, %3596, %3575 : vector<16xf32>
              %3598 = arith.select %3597, %3596, %3575 : vector<16xf32>
              %3599 = math.exp %3598 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3600 = arith.select %3546, %3599, %48 : vector<16xf32>
              vector.store %3600, %39[%3511] : memref<2048xf32>, vector<16xf32>
              %3601 = arith.subf %3565, %3403 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3602 = arith.cmpf ogt, %3601, %3571 : vector<16xf32>
              %3603 = arith.select %3602, %3601, %3571 : vector<16xf32>
              %3604 = arith.cmpf olt, %3603, %3575 : vector<16xf32>
              %3605 = arith.select %3604, %3603, %3575 : vector<16xf32>
              %3606 = math.exp %3605 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3607 = arith.select %3549, %3606, %48 : vector<16xf32>
              vector.store %3607, %39[%3516] : memref<2048xf32>, vector<16xf32>
              %3608 = arith.subf %3566, %3403 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3609 = arith.cmpf ogt, %3608, %3571 : vector<16xf32>
              %3610 = arith.select %3609, %3608, %3571 : vector<16xf32>
              %3611 = arith.cmpf olt, %3610, %3575 : vector<16xf32>
              %3612 = arith.select %3611, %3610, %3575 : vector<16xf32>
              %3613 = math.exp %3612 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3614 = arith.select %3552, %3613, %48 : vector<16xf32>
              vector.store %3614, %39[%3521] : memref<2048xf32>, vector<16xf32>
              %3615 = arith.subf %3567, %3403 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3616 = arith.cmpf ogt, %3615, %3571 : vector<16xf32>
              %3617 = arith.select %3616, %3615, %3571 : vector<16xf32>
              %3618 = arith.cmpf olt, %3617, %3575 : vector<16xf32>
              %3619 = arith.select %3618, %3617, %3575 : vector<16xf32>
              %3620 = math.exp %3619 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3621 = arith.select %3555, %3620, %48 : vector<16xf32>
              vector.store %3621, %39[%3526] : memref<2048xf32>, vector<16xf32>
              %3622 = arith.subf %3568, %3403 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3623 = arith.cmpf ogt, %3622, %3571 : vector<16xf32>
              %3624 = arith.select %3623, %3622, %3571 : vector<16xf32>
              %3625 = arith.cmpf olt, %3624, %3575 : vector<16xf32>
              %3626 = arith.select %3625, %3624, %3575 : vector<16xf32>
              %3627 = math.exp %3626 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3628 = arith.select %3558, %3627, %48 : vector<16xf32>
              vector.store %3628, %39[%3531] : memref<2048xf32>, vector<16xf32>
              %3629 = arith.addf %3579, %3586 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3630 = arith.addf %3593, %3600 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3631 = arith.addf %3607, %3614 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3632 = arith.addf %3621, %3628 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3633 = arith.addf %3629, %3630 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3634 = arith.addf %3631, %3632 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3635 = arith.addf %3633, %3634 fastmath<nsz,arcp,afn> : vector<16xf32>
              %3636 = arith.addf %3496, %3635 fastmath<nsz,arcp,afn> : vector<16xf32>
              scf.yield %3636 : vector<16xf32>
            }
            %3637 = arith.subf %3402, %3403 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3638 = arith.constant -8.700000e+01 : f32
            %3639 = vector.broadcast %3638 : f32 to vector<16xf32>
            %3640 = arith.cmpf ogt, %3637, %3639 : vector<16xf32>
            %3641 = arith.select %3640, %3637, %3639 : vector<16xf32>
            %3642 = arith.constant 8.800000e+01 : f32
            %3643 = vector.broadcast %3642 : f32 to vector<16xf32>
            %3644 = arith.cmpf olt, %3641, %3643 : vector<16xf32>
            %3645 = arith.select %3644, %3641, %3643 : vector<16xf32>
            %3646 = math.exp %3645 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %3403, %38[%3393] : memref<256xf32>, vector<16xf32>
            %3647 = arith.addi %3393, %42 : index
            %3648 = vector.load %38[%3647] : memref<256xf32>, vector<16xf32>
            %3649 = arith.mulf %3648, %3646 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3650 = arith.addf %3649, %3494 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %3650, %38[%3647] : memref<256xf32>, vector<16xf32>
            %3651 = arith.addi %3393, %18 : index
            vector.store %3646, %38[%3651] : memref<256xf32>, vector<16xf32>
          }
          %3652 = arith.divui %32, %12 : index
          %3653 = arith.muli %3652, %12 : index
          scf.for %3654 = %20 to %3653 step %12 {
            %3655 = arith.addi %3654, %21 : index
            %3656 = arith.divui %3654, %12 : index
            %3657 = arith.remui %3654, %12 : index
            %3658 = arith.addi %29, %3656 : index
            %3659 = arith.muli %27, %12 : index
            %3660 = arith.addi %3659, %3657 : index
            %3661 = arith.muli %28, %5 : index
            %3662 = arith.addi %3661, %3658 : index
            %3663 = arith.constant 4 : index
            %3664 = arith.muli %3662, %3663 : index
            %3665 = arith.addi %3664, %3660 : index
            %3666 = arith.muli %3665, %10 : index
            %3667 = arith.divui %3655, %12 : index
            %3668 = arith.remui %3655, %12 : index
            %3669 = arith.addi %29, %3667 : index
            %3670 = arith.addi %3659, %3668 : index
            %3671 = arith.addi %3661, %3669 : index
            %3672 = arith.muli %3671, %3663 : index
            %3673 = arith.addi %3672, %3670 : index
            %3674 = arith.muli %3673, %10 : index
            %3675 = arith.divui %3654, %35 : index
            %3676 = arith.remui %3654, %35 : index
            %3677 = arith.muli %3675, %18 : index
            %3678 = arith.addi %3677, %3676 : index
            %3679 = arith.addi %3654, %18 : index
            %3680 = memref.load %38[%3679] : memref<256xf32>
            %3681 = vector.broadcast %3680 : f32 to vector<16xf32>
            %3682 = arith.addi %3655, %18 : index
            %3683 = memref.load %38[%3682] : memref<256xf32>
            %3684 = vector.broadcast %3683 : f32 to vector<16xf32>
            %3685 = arith.addi %3666, %35 : index
            %3686 = arith.addi %3674, %35 : index
            %3687 = vector.load %3[%3666] : memref<?xf32>, vector<16xf32>
            %3688 = arith.mulf %3687, %3681 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3689 = vector.load %3[%3685] : memref<?xf32>, vector<16xf32>
            %3690 = arith.mulf %3689, %3681 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3691 = vector.load %3[%3674] : memref<?xf32>, vector<16xf32>
            %3692 = arith.mulf %3691, %3684 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3693 = vector.load %3[%3686] : memref<?xf32>, vector<16xf32>
            %3694 = arith.mulf %3693, %3684 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3695 = vector.load %2[%2900] : memref<?xf32>, vector<16xf32>
            %3696 = arith.addi %2900, %35 : index
            %3697 = vector.load %2[%3696] : memref<?xf32>, vector<16xf32>
            %3698 = memref.load %39[%3678] : memref<2048xf32>
            %3699 = vector.broadcast %3698 : f32 to vector<16xf32>
            %3700 = vector.fma %3699, %3695, %3688 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3701 = vector.fma %3699, %3697, %3690 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3702 = arith.addi %3678, %21 : index
            %3703 = memref.load %39[%3702] : memref<2048xf32>
            %3704 = vector.broadcast %3703 : f32 to vector<16xf32>
            %3705 = vector.fma %3704, %3695, %3692 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3706 = vector.fma %3704, %3697, %3694 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3707 = arith.addi %2900, %42 : index
            %3708 = vector.load %2[%3707] : memref<?xf32>, vector<16xf32>
            %3709 = arith.constant 80 : index
            %3710 = arith.addi %2900, %3709 : index
            %3711 = vector.load %2[%3710] : memref<?xf32>, vector<16xf32>
            %3712 = arith.addi %3678, %35 : index
            %3713 = memref.load %39[%3712] : memref<2048xf32>
            %3714 = vector.broadcast %3713 : f32 to vector<16xf32>
            %3715 = vector.fma %3714, %3708, %3700 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3716 = vector.fma %3714, %3711, %3701 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3717 = arith.constant 17 : index
            %3718 = arith.addi %3678, %3717 : index
            %3719 = memref.load %39[%3718] : memref<2048xf32>
            %3720 = vector.broadcast %3719 : f32 to vector<16xf32>
            %3721 = vector.fma %3720, %3708, %3705 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3722 = vector.fma %3720, %3711, %3706 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3723 = arith.addi %2900, %18 : index
            %3724 = vector.load %2[%3723] : memref<?xf32>, vector<16xf32>
            %3725 = arith.constant 144 : index
            %3726 = arith.addi %2900, %3725 : index
            %3727 = vector.load %2[%3726] : memref<?xf32>, vector<16xf32>
            %3728 = arith.addi %3678, %10 : index
            %3729 = memref.load %39[%3728] : memref<2048xf32>
            %3730 = vector.broadcast %3729 : f32 to vector<16xf32>
            %3731 = vector.fma %3730, %3724, %3715 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3732 = vector.fma %3730, %3727, %3716 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3733 = arith.constant 33 : index
            %3734 = arith.addi %3678, %3733 : index
            %3735 = memref.load %39[%3734] : memref<2048xf32>
            %3736 = vector.broadcast %3735 : f32 to vector<16xf32>
            %3737 = vector.fma %3736, %3724, %3721 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3738 = vector.fma %3736, %3727, %3722 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3739 = arith.constant 192 : index
            %3740 = arith.addi %2900, %3739 : index
            %3741 = vector.load %2[%3740] : memref<?xf32>, vector<16xf32>
            %3742 = arith.constant 208 : index
            %3743 = arith.addi %2900, %3742 : index
            %3744 = vector.load %2[%3743] : memref<?xf32>, vector<16xf32>
            %3745 = arith.constant 48 : index
            %3746 = arith.addi %3678, %3745 : index
            %3747 = memref.load %39[%3746] : memref<2048xf32>
            %3748 = vector.broadcast %3747 : f32 to vector<16xf32>
            %3749 = vector.fma %3748, %3741, %3731 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3750 = vector.fma %3748, %3744, %3732 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3751 = arith.constant 49 : index
            %3752 = arith.addi %3678, %3751 : index
            %3753 = memref.load %39[%3752] : memref<2048xf32>
            %3754 = vector.broadcast %3753 : f32 to vector<16xf32>
            %3755 = vector.fma %3754, %3741, %3737 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3756 = vector.fma %3754, %3744, %3738 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3757 = arith.constant 256 : index
            %3758 = arith.addi %2900, %3757 : index
            %3759 = vector.load %2[%3758] : memref<?xf32>, vector<16xf32>
            %3760 = arith.constant 272 : index
            %3761 = arith.addi %2900, %3760 : index
            %3762 = vector.load %2[%3761] : memref<?xf32>, vector<16xf32>
            %3763 = arith.addi %3678, %42 : index
            %3764 = memref.load %39[%3763] : memref<2048xf32>
            %3765 = vector.broadcast %3764 : f32 to vector<16xf32>
            %3766 = vector.fma %3765, %3759, %3749 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3767 = vector.fma %3765, %3762, %3750 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3768 = arith.constant 65 : index
            %3769 = arith.addi %3678, %3768 : index
            %3770 = memref.load %39[%3769] : memref<2048xf32>
            %3771 = vector.broadcast %3770 : f32 to vector<16xf32>
            %3772 = vector.fma %3771, %3759, %3755 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3773 = vector.fma %3771, %3762, %3756 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3774 = arith.constant 320 : index
            %3775 = arith.addi %2900, %3774 : index
            %3776 = vector.load %2[%3775] : memref<?xf32>, vector<16xf32>
            %3777 = arith.constant 336 : index
            %3778 = arith.addi %2900, %3777 : index
            %3779 = vector.load %2[%3778] : memref<?xf32>, vector<16xf32>
            %3780 = arith.addi %3678, %3709 : index
            %3781 = memref.load %39[%3780] : memref<2048xf32>
            %3782 = vector.broadcast %3781 : f32 to vector<16xf32>
            %3783 = vector.fma %3782, %3776, %3766 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3784 = vector.fma %3782, %3779, %3767 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3785 = arith.constant 81 : index
            %3786 = arith.addi %3678, %3785 : index
            %3787 = memref.load %39[%3786] : memref<2048xf32>
            %3788 = vector.broadcast %3787 : f32 to vector<16xf32>
            %3789 = vector.fma %3788, %3776, %3772 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3790 = vector.fma %3788, %3779, %3773 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3791 = arith.constant 384 : index
            %3792 = arith.addi %2900, %3791 : index
            %3793 = vector.load %2[%3792] : memref<?xf32>, vector<16xf32>
            %3794 = arith.constant 400 : index
            %3795 = arith.addi %2900, %3794 : index
            %3796 = vector.load %2[%3795] : memref<?xf32>, vector<16xf32>
            %3797 = arith.constant 96 : index
            %3798 = arith.addi %3678, %3797 : index
            %3799 = memref.load %39[%3798] : memref<2048xf32>
            %3800 = vector.broadcast %3799 : f32 to vector<16xf32>
            %3801 = vector.fma %3800, %3793, %3783 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3802 = vector.fma %3800, %3796, %3784 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3803 = arith.constant 97 : index
            %3804 = arith.addi %3678, %3803 : index
            %3805 = memref.load %39[%3804] : memref<2048xf32>
            %3806 = vector.broadcast %3805 : f32 to vector<16xf32>
            %3807 = vector.fma %3806, %3793, %3789 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3808 = vector.fma %3806, %3796, %3790 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3809 = arith.constant 448 : index
            %3810 = arith.addi %2900, %3809 : index
            %3811 = vector.load %2[%3810] : memref<?xf32>, vector<16xf32>
            %3812 = arith.constant 464 : index
            %3813 = arith.addi %2900, %3812 : index
            %3814 = vector.load %2[%3813] : memref<?xf32>, vector<16xf32>
            %3815 = arith.constant 112 : index
            %3816 = arith.addi %3678, %3815 : index
            %3817 = memref.load %39[%3816] : memref<2048xf32>
            %3818 = vector.broadcast %3817 : f32 to vector<16xf32>
            %3819 = vector.fma %3818, %3811, %3801 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3820 = vector.fma %3818, %3814, %3802 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3821 = arith.constant 113 : index
            %3822 = arith.addi %3678, %3821 : index
            %3823 = memref.load %39[%3822] : memref<2048xf32>
            %3824 = vector.broadcast %3823 : f32 to vector<16xf32>
            %3825 = vector.fma %3824, %3811, %3807 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3826 = vector.fma %3824, %3814, %3808 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            vector.store %3819, %3[%3666] : memref<?xf32>, vector<16xf32>
            vector.store %3820, %3[%3685] : memref<?xf32>, vector<16xf32>
            vector.store %3825, %3[%3674] : memref<?xf32>, vector<16xf32>
            vector.store %3826, %3[%3686] : memref<?xf32>, vector<16xf32>
          }
          scf.for %3827 = %3653 to %32 step %21 {
            %3828 = arith.divui %3827, %12 : index
            %3829 = arith.remui %3827, %12 : index
            %3830 = arith.addi %29, %3828 : index
            %3831 = arith.muli %27, %12 : index
            %3832 = arith.addi %3831, %3829 : index
            %3833 = arith.muli %28, %5 : index
            %3834 = arith.addi %3833, %3830 : index
            %3835 = arith.constant 4 : index
            %3836 = arith.muli %3834, %3835 : index
            %3837 = arith.addi %3836, %3832 : index
            %3838 = arith.muli %3837, %10 : index
            %3839 = arith.divui %3827, %35 : index
            %3840 = arith.remui %3827, %35 : index
            %3841 = arith.muli %3839, %18 : index
            %3842 = arith.addi %3841, %3840 : index
            %3843 = arith.addi %3827, %18 : index
            %3844 = memref.load %38[%3843] : memref<256xf32>
            %3845 = vector.broadcast %3844 : f32 to vector<16xf32>
            %3846 = arith.addi %3838, %35 : index
            %3847 = vector.load %3[%3838] : memref<?xf32>, vector<16xf32>
            %3848 = arith.mulf %3847, %3845 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3849 = vector.load %3[%3846] : memref<?xf32>, vector<16xf32>
            %3850 = arith.mulf %3849, %3845 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3851, %3852 = scf.for %3853 = %20 to %432 step %432 iter_args(%3854 = %3848, %3855 = %3850) -> (vector<16xf32>, vector<16xf32>) {
              %3856 = arith.muli %3853, %42 : index
              %3857 = arith.addi %2900, %3856 : index
              %3858 = arith.muli %3853, %35 : index
              %3859 = arith.addi %3842, %3858 : index
              %3860 = vector.load %2[%3857] : memref<?xf32>, vector<16xf32>
              %3861 = arith.addi %3857, %35 : index
              %3862 = vector.load %2[%3861] : memref<?xf32>, vector<16xf32>
              %3863 = memref.load %39[%3859] : memref<2048xf32>
              %3864 = vector.broadcast %3863 : f32 to vector<16xf32>
              %3865 = vector.fma %3864, %3860, %3854 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3866 = vector.fma %3864, %3862, %3855 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3867 = arith.addi %3857, %42 : index
              %3868 = vector.load %2[%3867] : memref<?xf32>, vector<16xf32>
              %3869 = arith.constant 80 : index
              %3870 = arith.addi %3857, %3869 : index
              %3871 = vector.load %2[%3870] : memref<?xf32>, vector<16xf32>
              %3872 = arith.addi %3859, %35 : index
              %3873 = memref.load %39[%3872] : memref<2048xf32>
              %3874 = vector.broadcast %3873 : f32 to vector<16xf32>
              %3875 = vector.fma %3874, %3868, %3865 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3876 = vector.fma %3874, %3871, %3866 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3877 = arith.addi %3857, %18 : index
              %3878 = vector.load %2[%3877] : memref<?xf32>, vector<16xf32>
              %3879 = arith.constant 144 : index
              %3880 = arith.addi %3857, %3879 : index
              %3881 = vector.load %2[%3880] : memref<?xf32>, vector<16xf32>
              %3882 = arith.addi %3859, %10 : index
              %3883 = memref.load %39[%3882] : memref<2048xf32>
              %3884 = vector.broadcast %3883 : f32 to vector<16xf32>
              %3885 = vector.fma %3884, %3878, %3875 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3886 = vector.fma %3884, %3881, %3876 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3887 = arith.constant 192 : index
              %3888 = arith.addi %3857, %3887 : index
              %3889 = vector.load %2[%3888] : memref<?xf32>, vector<16xf32>
              %3890 = arith.constant 208 : index
              %3891 = arith.addi %3857, %3890 : index
              %3892 = vector.load %2[%3891] : memref<?xf32>, vector<16xf32>
              %3893 = arith.constant 48 : index
              %3894 = arith.addi %3859, %3893 : index
              %3895 = memref.load %39[%3894] : memref<2048xf32>
              %3896 = vector.broadcast %3895 : f32 to vector<16xf32>
              %3897 = vector.fma %3896, %3889, %3885 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3898 = vector.fma %3896, %3892, %3886 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3899 = arith.constant 256 : index
              %3900 = arith.addi %3857, %3899 : index
              %3901 = vector.load %2[%3900] : memref<?xf32>, vector<16xf32>
              %3902 = arith.constant 272 : index
              %3903 = arith.addi %3857, %3902 : index
              %3904 = vector.load %2[%3903] : memref<?xf32>, vector<16xf32>
              %3905 = arith.addi %3859, %42 : index
              %3906 = memref.load %39[%3905] : memref<2048xf32>
              %3907 = vector.broadcast %3906 : f32 to vector<16xf32>
              %3908 = vector.fma %3907, %3901, %3897 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3909 = vector.fma %3907, %3904, %3898 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3910 = arith.constant 320 : index
              %3911 = arith.addi %3857, %3910 : index
              %3912 = vector.load %2[%3911] : memref<?xf32>, vector<16xf32>
              %3913 = arith.constant 336 : index
              %3914 = arith.addi %3857, %3913 : index
              %3915 = vector.load %2[%3914] : memref<?xf32>, vector<16xf32>
              %3916 = arith.addi %3859, %3869 : index
              %3917 = memref.load %39[%3916] : memref<2048xf32>
              %3918 = vector.broadcast %3917 : f32 to vector<16xf32>
              %3919 = vector.fma %3918, %3912, %3908 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3920 = vector.fma %3918, %3915, %3909 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3921 = arith.constant 384 : index
              %3922 = arith.addi %3857, %3921 : index
              %3923 = vector.load %2[%3922] : memref<?xf32>, vector<16xf32>
              %3924 = arith.constant 400 : index
              %3925 = arith.addi %3857, %3924 : index
              %3926 = vector.load %2[%3925] : memref<?xf32>, vector<16xf32>
              %3927 = arith.constant 96 : index
              %3928 = arith.addi %3859, %3927 : index
              %3929 = memref.load %39[%3928] : memref<2048xf32>
              %3930 = vector.broadcast %3929 : f32 to vector<16xf32>
              %3931 = vector.fma %3930, %3923, %3919 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3932 = vector.fma %3930, %3926, %3920 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3933 = arith.constant 448 : index
              %3934 = arith.addi %3857, %3933 : index
              %3935 = vector.load %2[%3934] : memref<?xf32>, vector<16xf32>
              %3936 = arith.constant 464 : index
              %3937 = arith.addi %3857, %3936 : index
              %3938 = vector.load %2[%3937] : memref<?xf32>, vector<16xf32>
              %3939 = arith.constant 112 : index
              %3940 = arith.addi %3859, %3939 : index
              %3941 = memref.load %39[%3940] : memref<2048xf32>
              %3942 = vector.broadcast %3941 : f32 to vector<16xf32>
              %3943 = vector.fma %3942, %3935, %3931 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3944 = vector.fma %3942, %3938, %3932 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %3943, %3944 : vector<16xf32>, vector<16xf32>
            }
            vector.store %3851, %3[%3838] : memref<?xf32>, vector<16xf32>
            vector.store %3852, %3[%3846] : memref<?xf32>, vector<16xf32>
          }
        }
        scf.for %3945 = %20 to %32 step %21 {
          %3946 = arith.divui %3945, %12 : index
          %3947 = arith.remui %3945, %12 : index
          %3948 = arith.addi %29, %3946 : index
          %3949 = arith.muli %27, %12 : index
          %3950 = arith.addi %3949, %3947 : index
          %3951 = arith.muli %28, %5 : index
          %3952 = arith.addi %3951, %3948 : index
          %3953 = arith.constant 4 : index
          %3954 = arith.muli %3952, %3953 : index
          %3955 = arith.addi %3954, %3950 : index
          %3956 = arith.muli %3955, %10 : index
          %3957 = arith.addi %15, %3948 : index
          %3958 = arith.addi %3957, %21 : index
          scf.for %3959 = %434 to %3958 step %21 {
            %3960 = arith.muli %3959, %42 : index
            %3961 = arith.addi %45, %3960 : index
            %3962 = vector.load %0[%3956] : memref<?xf32>, vector<8xf32>
            %3963 = vector.load %1[%3961] : memref<?xf32>, vector<8xf32>
            %3964 = arith.mulf %3962, %3963 fastmath<nsz,arcp,afn> : vector<8xf32>
            %3965 = arith.addi %3956, %432 : index
            %3966 = vector.load %0[%3965] : memref<?xf32>, vector<8xf32>
            %3967 = arith.addi %3961, %432 : index
            %3968 = vector.load %1[%3967] : memref<?xf32>, vector<8xf32>
            %3969 = arith.mulf %3966, %3968 fastmath<nsz,arcp,afn> : vector<8xf32>
            %3970 = arith.addi %3956, %35 : index
            %3971 = vector.load %0[%3970] : memref<?xf32>, vector<8xf32>
            %3972 = arith.addi %3961, %35 : index
            %3973 = vector.load %1[%3972] : memref<?xf32>, vector<8xf32>
            %3974 = vector.fma %3971, %3973, %3964 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            %3975 = arith.constant 24 : index
            %3976 = arith.addi %3956, %3975 : index
            %3977 = vector.load %0[%3976] : memref<?xf32>, vector<8xf32>
            %3978 = arith.addi %3961, %3975 : index
            %3979 = vector.load %1[%3978] : memref<?xf32>, vector<8xf32>
            %3980 = vector.fma %3977, %3979, %3969 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            %3981 = arith.addf %3974, %3980 fastmath<nsz,arcp,afn> : vector<8xf32>
            %3982 = vector.reduction <add>, %3981 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
            %3983 = arith.constant 0.176776692 : f32
            %3984 = arith.mulf %3982, %3983 fastmath<nsz,arcp,afn> : f32
            %3985 = memref.load %38[%3945] : memref<256xf32>
            %3986 = arith.cmpf ogt, %3985, %3984 : f32
            %3987 = arith.select %3986, %3985, %3984 : f32
            %3988 = arith.subf %3985, %3987 fastmath<nsz,arcp,afn> : f32
            %3989 = arith.subf %3984, %3987 fastmath<nsz,arcp,afn> : f32
            %3990 = vector.broadcast %3989 : f32 to vector<8xf32>
            %3991 = vector.insert %3988, %3990 [1] : f32 into vector<8xf32>
            %3992 = arith.constant -8.700000e+01 : f32
            %3993 = vector.broadcast %3992 : f32 to vector<8xf32>
            %3994 = arith.cmpf ogt, %3991, %3993 : vector<8xf32>
            %3995 = arith.select %3994, %3991, %3993 : vector<8xf32>
            %3996 = arith.constant 8.800000e+01 : f32
            %3997 = vector.broadcast %3996 : f32 to vector<8xf32>
            %3998 = arith.cmpf olt, %3995, %3997 : vector<8xf32>
            %3999 = arith.select %3998, %3995, %3997 : vector<8xf32>
            %4000 = math.exp %3999 fastmath<nsz,arcp,afn> : vector<8xf32>
            %4001 = vector.extract %4000[0] : f32 from vector<8xf32>
            %4002 = vector.extract %4000[1] : f32 from vector<8xf32>
            %4003 = vector.broadcast %4001 : f32 to vector<8xf32>
            memref.store %3987, %38[%3945] : memref<256xf32>
            %4004 = arith.addi %3945, %42 : index
            %4005 = memref.load %38[%4004] : memref<256xf32>
            %4006 = arith.mulf %4005, %4002 fastmath<nsz,arcp,afn> : f32
            %4007 = arith.addf %4006, %4001 fastmath<nsz,arcp,afn> : f32
            memref.store %4007, %38[%4004] : memref<256xf32>
            %4008 = vector.broadcast %4002 : f32 to vector<8xf32>
            %4009 = vector.load %2[%3961] : memref<?xf32>, vector<8xf32>
            %4010 = vector.load %3[%3956] : memref<?xf32>, vector<8xf32>
            %4011 = arith.mulf %4010, %4008 fastmath<nsz,arcp,afn> : vector<8xf32>
            %4012 = vector.fma %4003, %4009, %4011 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            vector.store %4012, %3[%3956] : memref<?xf32>, vector<8xf32>
            %4013 = vector.load %2[%3967] : memref<?xf32>, vector<8xf32>
            %4014 = vector.load %3[%3965] : memref<?xf32>, vector<8xf32>
            %4015 = arith.mulf %4014, %4008 fastmath<nsz,arcp,afn> : vector<8xf32>
            %4016 = vector.fma %4003, %4013, %4015 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            vector.store %4016, %3[%3965] : memref<?xf32>, vector<8xf32>
            %4017 = vector.load %2[%3972] : memref<?xf32>, vector<8xf32>
            %4018 = vector.load %3[%3970] : memref<?xf32>, vector<8xf32>
            %4019 = arith.mulf %4018, %4008 fastmath<nsz,arcp,afn> : vector<8xf32>
            %4020 = vector.fma %4003, %4017, %4019 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            vector.store %4020, %3[%3970] : memref<?xf32>, vector<8xf32>
            %4021 = vector.load %2[%3978] : memref<?xf32>, vector<8xf32>
            %4022 = vector.load %3[%3976] : memref<?xf32>, vector<8xf32>
            %4023 = arith.mulf %4022, %4008 fastmath<nsz,arcp,afn> : vector<8xf32>
            %4024 = vector.fma %4003, %4021, %4023 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            vector.store %4024, %3[%3976] : memref<?xf32>, vector<8xf32>
          }
          %4025 = arith.addi %3945, %42 : index
          %4026 = memref.load %38[%4025] : memref<256xf32>
          %4027 = arith.cmpf ogt, %4026, %46 : f32
          %4028 = arith.constant 1.000000e+00 : f32
          %4029 = arith.divf %4028, %4026 fastmath<nsz,arcp,afn> : f32
          %4030 = arith.select %4027, %4029, %46 : f32
          %4031 = vector.broadcast %4030 : f32 to vector<8xf32>
          %4032 = vector.load %3[%3956] : memref<?xf32>, vector<8xf32>
          %4033 = arith.mulf %4032, %4031 fastmath<nsz,arcp,afn> : vector<8xf32>
          vector.store %4033, %3[%3956] : memref<?xf32>, vector<8xf32>
          %4034 = arith.addi %3956, %432 : index
          %4035 = vector.load %3[%4034] : memref<?xf32>, vector<8xf32>
          %4036 = arith.mulf %4035, %4031 fastmath<nsz,arcp,afn> : vector<8xf32>
          vector.store %4036, %3[%4034] : memref<?xf32>, vector<8xf32>
          %4037 = arith.addi %3956, %35 : index
          %4038 = vector.load %3[%4037] : memref<?xf32>, vector<8xf32>
          %4039 = arith.mulf %4038, %4031 fastmath<nsz,arcp,afn> : vector<8xf32>
          vector.store %4039, %3[%4037] : memref<?xf32>, vector<8xf32>
          %4040 = arith.constant 24 : index
          %4041 = arith.addi %3956, %4040 : index
          %4042 = vector.load %3[%4041] : memref<?xf32>, vector<8xf32>
          %4043 = arith.mulf %4042, %4031 fastmath<nsz,arcp,afn> : vector<8xf32>
          vector.store %4043, %3[%4041] : memref<?xf32>, vector<8xf32>
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
              %322 = math.exp %321 fastmath<nsz,arcp,afn> : vector<8xf32>
              %323 = arith.subf %308, %311 fastmath<nsz,arcp,afn> : f32
              %324 = vector.broadcast %323 : f32 to vector<8xf32>
              %325 = arith.cmpf ogt, %324, %315 : vector<8xf32>
              %326 = arith.select %325, %324, %315 : vector<8xf32>
              %327 = arith.cmpf olt, %326, %319 : vector<8xf32>
              %328 = arith.select %327, %326, %319 : vector<8xf32>
              %329 = math.exp %328 fastmath<nsz,arcp,afn> : vector<8xf32>
              %330 = vector.extract %329[0] : f32 from vector<8xf32>
              vector.store %322, %51[%304] : memref<32xf32>, vector<8xf32>
              memref.store %311, %8[%307] : memref<4608xf32>
              %331 = arith.constant 132 : index
              %332 = arith.addi %46, %331 : index
              %333 = arith.addi %332, %303 : index
              %334 = memref.load %8[%333] : memref<4608xf32>
              %335 = arith.mulf %334, %330 fastmath<nsz,arcp,afn> : f32
              %336 = vector.reduction <add>, %322 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
              %337 = arith.addf %335, %336 fastmath<nsz,arcp,afn> : f32
              memref.store %337, %8[%333] : memref<4608xf32>
              memref.store %330, %52[%303] : memref<4xf32>
            }
            scf.for %338 = %28 to %58 step %17 {
              %339 = arith.addi %338, %9 : index
              %340 = arith.divui %338, %17 : index
              %341 = arith.muli %340, %14 : index
              %342 = memref.load %52[%338] : memref<4xf32>
              %343 = vector.broadcast %342 : f32 to vector<8xf32>
              %344 = memref.load %52[%339] : memref<4xf32>
              %345 = vector.broadcast %344 : f32 to vector<8xf32>
              %346 = arith.muli %338, %11 : index
              %347 = memref.load %51[%346] : memref<32xf32>
              %348 = vector.broadcast %347 : f32 to vector<8xf32>
              %349 = arith.addi %346, %9 : index
              %350 = memref.load %51[%349] : memref<32xf32>
              %351 = vector.broadcast %350 : f32 to vector<8xf32>
              %352 = arith.addi %346, %17 : index
              %353 = memref.load %51[%352] : memref<32xf32>
              %354 = vector.broadcast %353 : f32 to vector<8xf32>
              %355 = arith.addi %346, %80 : index
              %356 = memref.load %51[%355] : memref<32xf32>
              %357 = vector.broadcast %356 : f32 to vector<8xf32>
              %358 = arith.addi %346, %58 : index
              %359 = memref.load %51[%358] : memref<32xf32>
              %360 = vector.broadcast %359 : f32 to vector<8xf32>
              %361 = arith.addi %346, %83 : index
              %362 = memref.load %51[%361] : memref<32xf32>
              %363 = vector.broadcast %362 : f32 to vector<8xf32>
              %364 = arith.addi %346, %85 : index
              %365 = memref.load %51[%364] : memref<32xf32>
              %366 = vector.broadcast %365 : f32 to vector<8xf32>
              %367 = arith.addi %346, %87 : index
              %368 = memref.load %51[%367] : memref<32xf32>
              %369 = vector.broadcast %368 : f32 to vector<8xf32>
              %370 = arith.muli %339, %11 : index
              %371 = memref.load %51[%370] : memref<32xf32>
              %372 = vector.broadcast %371 : f32 to vector<8xf32>
              %373 = arith.addi %370, %9 : index
              %374 = memref.load %51[%373] : memref<32xf32>
              %375 = vector.broadcast %374 : f32 to vector<8xf32>
              %376 = arith.addi %370, %17 : index
              %377 = memref.load %51[%376] : memref<32xf32>
              %378 = vector.broadcast %377 : f32 to vector<8xf32>
              %379 = arith.addi %370, %80 : index
              %380 = memref.load %51[%379] : memref<32xf32>
              %381 = vector.broadcast %380 : f32 to vector<8xf32>
              %382 = arith.addi %370, %58 : index
              %383 = memref.load %51[%382] : memref<32xf32>
              %384 = vector.broadcast %383 : f32 to vector<8xf32>
              %385 = arith.addi %370, %83 : index
              %386 = memref.load %51[%385] : memref<32xf32>
              %387 = vector.broadcast %386 : f32 to vector<8xf32>
              %388 = arith.addi %370, %85 : index
              %389 = memref.load %51[%388] : memref<32xf32>
              %390 = vector.broadcast %389 : f32 to vector<8xf32>
              %391 = arith.addi %370, %87 : index
              %392 = memref.load %51[%391] : memref<32xf32>
              %393 = vector.broadcast %392 : f32 to vector<8xf32>
              %394 = arith.muli %338, %14 : index
              %395 = arith.addi %46, %394 : index
              %396 = arith.muli %339, %14 : index
              %397 = arith.addi %46, %396 : index
              %398 = arith.addi %395, %11 : index
              %399 = arith.addi %397, %11 : index
              %400 = arith.constant 16 : index
              %401 = arith.addi %395, %400 : index
              %402 = arith.addi %397, %400 : index
              %403 = arith.constant 24 : index
              %404 = arith.addi %395, %403 : index
              %405 = arith.addi %397, %403 : index
              %406 = vector.load %8[%395] : memref<4608xf32>, vector<8xf32>
              %407 = arith.mulf %406, %343 fastmath<nsz,arcp,afn> : vector<8xf32>
              %408 = vector.load %8[%397] : memref<4608xf32>, vector<8xf32>
              %409 = arith.mulf %408, %345 fastmath<nsz,arcp,afn> : vector<8xf32>
              %410 = vector.load %8[%398] : memref<4608xf32>, vector<8xf32>
              %411 = arith.mulf %410, %343 fastmath<nsz,arcp,afn> : vector<8xf32>
              %412 = vector.load %8[%399] : memref<4608xf32>, vector<8xf32>
              %413 = arith.mulf %412, %345 fastmath<nsz,arcp,afn> : vector<8xf32>
              %414 = vector.load %8[%401] : memref<4608xf32>, vector<8xf32>
              %415 = arith.mulf %414, %343 fastmath<nsz,arcp,afn> : vector<8xf32>
              %416 = vector.load %8[%402] : memref<4608xf32>, vector<8xf32>
              %417 = arith.mulf %416, %345 fastmath<nsz,arcp,afn> : vector<8xf32>
              %418 = vector.load %8[%404] : memref<4608xf32>, vector<8xf32>
              %419 = arith.mulf %418, %343 fastmath<nsz,arcp,afn> : vector<8xf32>
              %420 = vector.load %8[%405] : memref<4608xf32>, vector<8xf32>
              %421 = arith.mulf %420, %345 fastmath<nsz,arcp,afn> : vector<8xf32>
              %422 = arith.addi %90, %341 : index
              %423 = vector.load %2[%422] : memref<?xf32>, vector<8xf32>
              %424 = vector.fma %348, %423, %407 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %425 = vector.fma %372, %423, %409 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %426 = arith.addi %422, %11 : index
              %427 = vector.load %2[%426] : memref<?xf32>, vector<8xf32>
              %428 = vector.fma %348, %427, %411 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %429 = vector.fma %372, %427, %413 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %430 = arith.addi %422, %400 : index
              %431 = vector.load %2[%430] : memref<?xf32>, vector<8xf32>
              %432 = vector.fma %348, %431, %415 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %433 = vector.fma %372, %431, %417 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %434 = arith.addi %422, %403 : index
              %435 = vector.load %2[%434] : memref<?xf32>, vector<8xf32>
              %436 = vector.fma %348, %435, %419 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %437 = vector.fma %372, %435, %421 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %438 = arith.addi %92, %341 : index
              %439 = vector.load %2[%438] : memref<?xf32>, vector<8xf32>
              %440 = vector.fma %351, %439, %424 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %441 = vector.fma %375, %439, %425 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %442 = arith.addi %438, %11 : index
              %443 = vector.load %2[%442] : memref<?xf32>, vector<8xf32>
              %444 = vector.fma %351, %443, %428 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %445 = vector.fma %375, %443, %429 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %446 = arith.addi %438, %400 : index
              %447 = vector.load %2[%446] : memref<?xf32>, vector<8xf32>
              %448 = vector.fma %351, %447, %432 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %449 = vector.fma %375, %447, %433 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %450 = arith.addi %438, %403 : index
              %451 = vector.load %2[%450] : memref<?xf32>, vector<8xf32>
              %452 = vector.fma %351, %451, %436 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %453 = vector.fma %375, %451, %437 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %454 = arith.addi %94, %341 : index
              %455 = vector.load %2[%454] : memref<?xf32>, vector<8xf32>
              %456 = vector.fma %354, %455, %440 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %457 = vector.fma %378, %455, %441 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %458 = arith.addi %454, %11 : index
              %459 = vector.load %2[%458] : memref<?xf32>, vector<8xf32>
              %460 = vector.fma %354, %459, %444 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %461 = vector.fma %378, %459, %445 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %462 = arith.addi %454, %400 : index
              %463 = vector.load %2[%462] : memref<?xf32>, vector<8xf32>
              %464 = vector.fma %354, %463, %448 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %465 = vector.fma %378, %463, %449 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %466 = arith.addi %454, %403 : index
              %467 = vector.load %2[%466] : memref<?xf32>, vector<8xf32>
              %468 = vector.fma %354, %467, %452 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %469 = vector.fma %378, %467, %453 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %470 = arith.addi %96, %341 : index
              %471 = vector.load %2[%470] : memref<?xf32>, vector<8xf32>
              %472 = vector.fma %357, %471, %456 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %473 = vector.fma %381, %471, %457 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %474 = arith.addi %470, %11 : index
              %475 = vector.load %2[%474] : memref<?xf32>, vector<8xf32>
              %476 = vector.fma %357, %475, %460 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %477 = vector.fma %381, %475, %461 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %478 = arith.addi %470, %400 : index
              %479 = vector.load %2[%478] : memref<?xf32>, vector<8xf32>
              %480 = vector.fma %357, %479, %464 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %481 = vector.fma %381, %479, %465 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %482 = arith.addi %470, %403 : index
              %483 = vector.load %2[%482] : memref<?xf32>, vector<8xf32>
              %484 = vector.fma %357, %483, %468 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %485 = vector.fma %381, %483, %469 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %486 = arith.addi %98, %341 : index
              %487 = vector.load %2[%486] : memref<?xf32>, vector<8xf32>
              %488 = vector.fma %360, %487, %472 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %489 = vector.fma %384, %487, %473 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %490 = arith.addi %486, %11 : index
              %491 = vector.load %2[%490] : memref<?xf32>, vector<8xf32>
              %492 = vector.fma %360, %491, %476 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %493 = vector.fma %384, %491, %477 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %494 = arith.addi %486, %400 : index
              %495 = vector.load %2[%494] : memref<?xf32>, vector<8xf32>
              %496 = vector.fma %360, %495, %480 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %497 = vector.fma %384, %495, %481 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %498 = arith.addi %486, %403 : index
              %499 = vector.load %2[%498] : memref<?xf32>, vector<8xf32>
              %500 = vector.fma %360, %499, %484 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %501 = vector.fma %384, %499, %485 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %502 = arith.addi %100, %341 : index
              %503 = vector.load %2[%502] : memref<?xf32>, vector<8xf32>
              %504 = vector.fma %363, %503, %488 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %505 = vector.fma %387, %503, %489 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %506 = arith.addi %502, %11 : index
              %507 = vector.load %2[%506] : memref<?xf32>, vector<8xf32>
              %508 = vector.fma %363, %507, %492 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %509 = vector.fma %387, %507, %493 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %510 = arith.addi %502, %400 : index
              %511 = vector.load %2[%510] : memref<?xf32>, vector<8xf32>
              %512 = vector.fma %363, %511, %496 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %513 = vector.fma %387, %511, %497 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %514 = arith.addi %502, %403 : index
              %515 = vector.load %2[%514] : memref<?xf32>, vector<8xf32>
              %516 = vector.fma %363, %515, %500 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %517 = vector.fma %387, %515, %501 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %518 = arith.addi %102, %341 : index
              %519 = vector.load %2[%518] : memref<?xf32>, vector<8xf32>
              %520 = vector.fma %366, %519, %504 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %521 = vector.fma %390, %519, %505 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %522 = arith.addi %518, %11 : index
              %523 = vector.load %2[%522] : memref<?xf32>, vector<8xf32>
              %524 = vector.fma %366, %523, %508 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %525 = vector.fma %390, %523, %509 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %526 = arith.addi %518, %400 : index
              %527 = vector.load %2[%526] : memref<?xf32>, vector<8xf32>
              %528 = vector.fma %366, %527, %512 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %529 = vector.fma %390, %527, %513 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %530 = arith.addi %518, %403 : index
              %531 = vector.load %2[%530] : memref<?xf32>, vector<8xf32>
              %532 = vector.fma %366, %531, %516 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %533 = vector.fma %390, %531, %517 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %534 = arith.addi %104, %341 : index
              %535 = vector.load %2[%534] : memref<?xf32>, vector<8xf32>
              %536 = vector.fma %369, %535, %520 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %537 = vector.fma %393, %535, %521 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %538 = arith.addi %534, %11 : index
              %539 = vector.load %2[%538] : memref<?xf32>, vector<8xf32>
              %540 = vector.fma %369, %539, %524 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %541 = vector.fma %393, %539, %525 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %542 = arith.addi %534, %400 : index
              %543 = vector.load %2[%542] : memref<?xf32>, vector<8xf32>
              %544 = vector.fma %369, %543, %528 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %545 = vector.fma %393, %543, %529 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %546 = arith.addi %534, %403 : index
              %547 = vector.load %2[%546] : memref<?xf32>, vector<8xf32>
              %548 = vector.fma %369, %547, %532 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %549 = vector.fma %393, %547, %533 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              vector.store %536, %8[%395] : memref<4608xf32>, vector<8xf32>
              vector.store %537, %8[%397] : memref<4608xf32>, vector<8xf32>
              vector.store %540, %8[%398] : memref<4608xf32>, vector<8xf32>
              vector.store %541, %8[%399] : memref<4608xf32>, vector<8xf32>
              vector.store %544, %8[%401] : memref<4608xf32>, vector<8xf32>
              vector.store %545, %8[%402] : memref<4608xf32>, vector<8xf32>
              vector.store %548, %8[%404] : memref<4608xf32>, vector<8xf32>
              vector.store %549, %8[%405] : memref<4608xf32>, vector<8xf32>
            }
          }
          %550 = arith.cmpi ult, %76, %44 : index
          scf.if %550 {
            %551 = arith.subi %44, %76 : index
            %552 = arith.subi %551, %9 : index
            %553 = arith.minui %9, %552 : index
            %554 = arith.addi %76, %553 : index
            %555 = arith.minui %17, %552 : index
            %556 = arith.addi %76, %555 : index
            %557 = arith.constant 3 : index
            %558 = arith.minui %557, %552 : index
            %559 = arith.addi %76, %558 : index
            %560 = arith.minui %58, %552 : index
            %561 = arith.addi %76, %560 : index
            %562 = arith.constant 5 : index
            %563 = arith.minui %562, %552 : index
            %564 = arith.addi %76, %563 : index
            %565 = arith.constant 6 : index
            %566 = arith.minui %565, %552 : index
            %567 = arith.addi %76, %566 : index
            %568 = arith.constant 7 : index
            %569 = arith.minui %568, %552 : index
            %570 = arith.addi %76, %569 : index
            %571 = arith.muli %76, %49 : index
            %572 = arith.addi %50, %571 : index
            %573 = arith.muli %554, %49 : index
            %574 = arith.addi %50, %573 : index
            %575 = arith.muli %556, %49 : index
            %576 = arith.addi %50, %575 : index
            %577 = arith.muli %559, %49 : index
            %578 = arith.addi %50, %577 : index
            %579 = arith.muli %561, %49 : index
            %580 = arith.addi %50, %579 : index
            %581 = arith.muli %564, %49 : index
            %582 = arith.addi %50, %581 : index
            %583 = arith.muli %567, %49 : index
            %584 = arith.addi %50, %583 : index
            %585 = arith.muli %570, %49 : index
            %586 = arith.addi %50, %585 : index
            %587 = arith.index_cast %551 : index to i64
            %588 = arith.sitofp %587 : i64 to f32
            %589 = vector.broadcast %588 : f32 to vector<8xf32>
            %590 = arith.cmpf olt, %57, %589 : vector<8xf32>
            scf.for %591 = %28 to %58 step %17 {
              %592 = arith.divui %591, %17 : index
              %593 = arith.muli %592, %14 : index
              %594 = arith.muli %591, %14 : index
              %595 = arith.addi %47, %594 : index
              %596 = vector.load %0[%595] : memref<?xf32>, vector<8xf32>
              %597 = arith.addi %591, %9 : index
              %598 = arith.muli %597, %14 : index
              %599 = arith.addi %47, %598 : index
              %600 = vector.load %0[%599] : memref<?xf32>, vector<8xf32>
              %601 = arith.addi %595, %11 : index
              %602 = vector.load %0[%601] : memref<?xf32>, vector<8xf32>
              %603 = arith.addi %599, %11 : index
              %604 = vector.load %0[%603] : memref<?xf32>, vector<8xf32>
              %605 = arith.constant 16 : index
              %606 = arith.addi %595, %605 : index
              %607 = vector.load %0[%606] : memref<?xf32>, vector<8xf32>
              %608 = arith.addi %599, %605 : index
              %609 = vector.load %0[%608] : memref<?xf32>, vector<8xf32>
              %610 = arith.constant 24 : index
              %611 = arith.addi %595, %610 : index
              %612 = vector.load %0[%611] : memref<?xf32>, vector<8xf32>
              %613 = arith.addi %599, %610 : index
              %614 = vector.load %0[%613] : memref<?xf32>, vector<8xf32>
              %615 = arith.addi %572, %593 : index
              %616 = vector.load %1[%615] : memref<?xf32>, vector<8xf32>
              %617 = arith.mulf %596, %616 fastmath<nsz,arcp,afn> : vector<8xf32>
              %618 = arith.mulf %600, %616 fastmath<nsz,arcp,afn> : vector<8xf32>
              %619 = arith.addi %615, %11 : index
              %620 = vector.load %1[%619] : memref<?xf32>, vector<8xf32>
              %621 = vector.fma %602, %620, %617 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %622 = vector.fma %604, %620, %618 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %623 = arith.addi %615, %605 : index
              %624 = vector.load %1[%623] : memref<?xf32>, vector<8xf32>
              %625 = vector.fma %607, %624, %621 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %626 = vector.fma %609, %624, %622 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %627 = arith.addi %615, %610 : index
              %628 = vector.load %1[%627] : memref<?xf32>, vector<8xf32>
              %629 = vector.fma %612, %628, %625 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %630 = vector.fma %614, %628, %626 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %631 = arith.addi %574, %593 : index
              %632 = vector.load %1[%631] : memref<?xf32>, vector<8xf32>
              %633 = arith.mulf %596, %632 fastmath<nsz,arcp,afn> : vector<8xf32>
              %634 = arith.mulf %600, %632 fastmath<nsz,arcp,afn> : vector<8xf32>
              %635 = arith.addi %631, %11 : index
              %636 = vector.load %1[%635] : memref<?xf32>, vector<8xf32>
              %637 = vector.fma %602, %636, %633 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %638 = vector.fma %604, %636, %634 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %639 = arith.addi %631, %605 : index
              %640 = vector.load %1[%639] : memref<?xf32>, vector<8xf32>
              %641 = vector.fma %607, %640, %637 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %642 = vector.fma %609, %640, %638 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %643 = arith.addi %631, %610 : index
              %644 = vector.load %1[%643] : memref<?xf32>, vector<8xf32>
              %645 = vector.fma %612, %644, %641 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %646 = vector.fma %614, %644, %642 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %647 = arith.addi %576, %593 : index
              %648 = vector.load %1[%647] : memref<?xf32>, vector<8xf32>
              %649 = arith.mulf %596, %648 fastmath<nsz,arcp,afn> : vector<8xf32>
              %650 = arith.mulf %600, %648 fastmath<nsz,arcp,afn> : vector<8xf32>
              %651 = arith.addi %647, %11 : index
              %652 = vector.load %1[%651] : memref<?xf32>, vector<8xf32>
              %653 = vector.fma %602, %652, %649 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %654 = vector.fma %604, %652, %650 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %655 = arith.addi %647, %605 : index
              %656 = vector.load %1[%655] : memref<?xf32>, vector<8xf32>
              %657 = vector.fma %607, %656, %653 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %658 = vector.fma %609, %656, %654 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %659 = arith.addi %647, %610 : index
              %660 = vector.load %1[%659] : memref<?xf32>, vector<8xf32>
              %661 = vector.fma %612, %660, %657 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %662 = vector.fma %614, %660, %658 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %663 = arith.addi %578, %593 : index
              %664 = vector.load %1[%663] : memref<?xf32>, vector<8xf32>
              %665 = arith.mulf %596, %664 fastmath<nsz,arcp,afn> : vector<8xf32>
              %666 = arith.mulf %600, %664 fastmath<nsz,arcp,afn> : vector<8xf32>
              %667 = arith.addi %663, %11 : index
              %668 = vector.load %1[%667] : memref<?xf32>, vector<8xf32>
              %669 = vector.fma %602, %668, %665 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %670 = vector.fma %604, %668, %666 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %671 = arith.addi %663, %605 : index
              %672 = vector.load %1[%671] : memref<?xf32>, vector<8xf32>
              %673 = vector.fma %607, %672, %669 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %674 = vector.fma %609, %672, %670 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %675 = arith.addi %663, %610 : index
              %676 = vector.load %1[%675] : memref<?xf32>, vector<8xf32>
              %677 = vector.fma %612, %676, %673 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %678 = vector.fma %614, %676, %674 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %679 = arith.addi %580, %593 : index
              %680 = vector.load %1[%679] : memref<?xf32>, vector<8xf32>
              %681 = arith.mulf %596, %680 fastmath<nsz,arcp,afn> : vector<8xf32>
              %682 = arith.mulf %600, %680 fastmath<nsz,arcp,afn> : vector<8xf32>
              %683 = arith.addi %679, %11 : index
              %684 = vector.load %1[%683] : memref<?xf32>, vector<8xf32>
              %685 = vector.fma %602, %684, %681 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %686 = vector.fma %604, %684, %682 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %687 = arith.addi %679, %605 : index
              %688 = vector.load %1[%687] : memref<?xf32>, vector<8xf32>
              %689 = vector.fma %607, %688, %685 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %690 = vector.fma %609, %688, %686 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %691 = arith.addi %679, %610 : index
              %692 = vector.load %1[%691] : memref<?xf32>, vector<8xf32>
              %693 = vector.fma %612, %692, %689 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %694 = vector.fma %614, %692, %690 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %695 = arith.addi %582, %593 : index
              %696 = vector.load %1[%695] : memref<?xf32>, vector<8xf32>
              %697 = arith.mulf %596, %696 fastmath<nsz,arcp,afn> : vector<8xf32>
              %698 = arith.mulf %600, %696 fastmath<nsz,arcp,afn> : vector<8xf32>
              %699 = arith.addi %695, %11 : index
              %700 = vector.load %1[%699] : memref<?xf32>, vector<8xf32>
              %701 = vector.fma %602, %700, %697 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %702 = vector.fma %604, %700, %698 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %703 = arith.addi %695, %605 : index
              %704 = vector.load %1[%703] : memref<?xf32>, vector<8xf32>
              %705 = vector.fma %607, %704, %701 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %706 = vector.fma %609, %704, %702 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %707 = arith.addi %695, %610 : index
              %708 = vector.load %1[%707] : memref<?xf32>, vector<8xf32>
              %709 = vector.fma %612, %708, %705 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %710 = vector.fma %614, %708, %706 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %711 = arith.addi %584, %593 : index
              %712 = vector.load %1[%711] : memref<?xf32>, vector<8xf32>
              %713 = arith.mulf %596, %712 fastmath<nsz,arcp,afn> : vector<8xf32>
              %714 = arith.mulf %600, %712 fastmath<nsz,arcp,afn> : vector<8xf32>
              %715 = arith.addi %711, %11 : index
              %716 = vector.load %1[%715] : memref<?xf32>, vector<8xf32>
              %717 = vector.fma %602, %716, %713 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %718 = vector.fma %604, %716, %714 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %719 = arith.addi %711, %605 : index
              %720 = vector.load %1[%719] : memref<?xf32>, vector<8xf32>
              %721 = vector.fma %607, %720, %717 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %722 = vector.fma %609, %720, %718 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %723 = arith.addi %711, %610 : index
              %724 = vector.load %1[%723] : memref<?xf32>, vector<8xf32>
              %725 = vector.fma %612, %724, %721 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %726 = vector.fma %614, %724, %722 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %727 = arith.addi %586, %593 : index
              %728 = vector.load %1[%727] : memref<?xf32>, vector<8xf32>
              %729 = arith.mulf %596, %728 fastmath<nsz,arcp,afn> : vector<8xf32>
              %730 = arith.mulf %600, %728 fastmath<nsz,arcp,afn> : vector<8xf32>
              %731 = arith.addi %727, %11 : index
              %732 = vector.load %1[%731] : memref<?xf32>, vector<8xf32>
              %733 = vector.fma %602, %732, %729 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %734 = vector.fma %604, %732, %730 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %735 = arith.addi %727, %605 : index
              %736 = vector.load %1[%735] : memref<?xf32>, vector<8xf32>
              %737 = vector.fma %607, %736, %733 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %738 = vector.fma %609, %736, %734 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %739 = arith.addi %727, %610 : index
              %740 = vector.load %1[%739] : memref<?xf32>, vector<8xf32>
              %741 = vector.fma %612, %740, %737 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %742 = vector.fma %614, %740, %738 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %743 = vector.shuffle %629, %645 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %744 = vector.shuffle %629, %645 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %745 = arith.addf %743, %744 fastmath<nsz,arcp,afn> : vector<8xf32>
              %746 = vector.shuffle %661, %677 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %747 = vector.shuffle %661, %677 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %748 = arith.addf %746, %747 fastmath<nsz,arcp,afn> : vector<8xf32>
              %749 = vector.shuffle %693, %709 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %750 = vector.shuffle %693, %709 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %751 = arith.addf %749, %750 fastmath<nsz,arcp,afn> : vector<8xf32>
              %752 = vector.shuffle %725, %741 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %753 = vector.shuffle %725, %741 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %754 = arith.addf %752, %753 fastmath<nsz,arcp,afn> : vector<8xf32>
              %755 = vector.shuffle %745, %748 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %756 = vector.shuffle %745, %748 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %757 = arith.addf %755, %756 fastmath<nsz,arcp,afn> : vector<8xf32>
              %758 = vector.shuffle %751, %754 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %759 = vector.shuffle %751, %754 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %760 = arith.addf %758, %759 fastmath<nsz,arcp,afn> : vector<8xf32>
              %761 = vector.shuffle %757, %760 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %762 = vector.shuffle %757, %760 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %763 = arith.addf %761, %762 fastmath<nsz,arcp,afn> : vector<8xf32>
              %764 = arith.mulf %763, %56 fastmath<nsz,arcp,afn> : vector<8xf32>
              %765 = arith.muli %591, %11 : index
              vector.store %764, %51[%765] : memref<32xf32>, vector<8xf32>
              %766 = vector.shuffle %630, %646 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %767 = vector.shuffle %630, %646 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %768 = arith.addf %766, %767 fastmath<nsz,arcp,afn> : vector<8xf32>
              %769 = vector.shuffle %662, %678 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %770 = vector.shuffle %662, %678 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %771 = arith.addf %769, %770 fastmath<nsz,arcp,afn> : vector<8xf32>
              %772 = vector.shuffle %694, %710 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %773 = vector.shuffle %694, %710 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %774 = arith.addf %772, %773 fastmath<nsz,arcp,afn> : vector<8xf32>
              %775 = vector.shuffle %726, %742 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %776 = vector.shuffle %726, %742 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %777 = arith.addf %775, %776 fastmath<nsz,arcp,afn> : vector<8xf32>
              %778 = vector.shuffle %768, %771 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %779 = vector.shuffle %768, %771 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %780 = arith.addf %778, %779 fastmath<nsz,arcp,afn> : vector<8xf32>
              %781 = vector.shuffle %774, %777 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %782 = vector.shuffle %774, %777 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %783 = arith.addf %781, %782 fastmath<nsz,arcp,afn> : vector<8xf32>
              %784 = vector.shuffle %780, %783 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %785 = vector.shuffle %780, %783 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %786 = arith.addf %784, %785 fastmath<nsz,arcp,afn> : vector<8xf32>
              %787 = arith.mulf %786, %56 fastmath<nsz,arcp,afn> : vector<8xf32>
              %788 = arith.muli %597, %11 : index
              vector.store %787, %51[%788] : memref<32xf32>, vector<8xf32>
            }
            scf.for %789 = %28 to %58 step %9 {
              %790 = arith.muli %789, %11 : index
              %791 = vector.load %51[%790] : memref<32xf32>, vector<8xf32>
              %792 = arith.constant -1.000000e+30 : f32
              %793 = vector.broadcast %792 : f32 to vector<8xf32>
              %794 = arith.select %590, %791, %793 : vector<8xf32>
              %795 = arith.addi %46, %22 : index
              %796 = arith.addi %795, %789 : index
              %797 = memref.load %8[%796] : memref<4608xf32>
              %798 = vector.reduction <maxnumf>, %794 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
              %799 = arith.cmpf ogt, %797, %798 : f32
              %800 = arith.select %799, %797, %798 : f32
              %801 = vector.broadcast %800 : f32 to vector<8xf32>
              %802 = arith.subf %794, %801 fastmath<nsz,arcp,afn> : vector<8xf32>
              %803 = arith.constant -8.700000e+01 : f32
              %804 = vector.broadcast %803 : f32 to vector<8xf32>
              %805 = arith.cmpf ogt, %802, %804 : vector<8xf32>
              %806 = arith.select %805, %802, %804 : vector<8xf32>
              %807 = arith.constant 8.800000e+01 : f32
              %808 = vector.broadcast %807 : f32 to vector<8xf32>
              %809 = arith.cmpf olt, %806, %808 : vector<8xf32>
              %810 = arith.select %809, %806, %808 : vector<8xf32>
              %811 = math.exp %810 fastmath<nsz,arcp,afn> : vector<8xf32>
              %812 = arith.select %590, %811, %54 : vector<8xf32>
              %813 = arith.subf %797, %800 fastmath<nsz,arcp,afn> : f32
              %814 = vector.broadcast %813 : f32 to vector<8xf32>
              %815 = arith.cmpf ogt, %814, %804 : vector<8xf32>
              %816 = arith.select %815, %814, %804 : vector<8xf32>
              %817 = arith.cmpf olt, %816, %808 : vector<8xf32>
              %818 = arith.select %817, %816, %808 : vector<8xf32>
              %819 = math.exp %818 fastmath<nsz,arcp,afn> : vector<8xf32>
              %820 = vector.extract %819[0] : f32 from vector<8xf32>
              vector.store %812, %51[%790] : memref<32xf32>, vector<8xf32>
              memref.store %800, %8[%796] : memref<4608xf32>
              %821 = arith.constant 132 : index
              %822 = arith.addi %46, %821 : index
              %823 = arith.addi %822, %789 : index
              %824 = memref.load %8[%823] : memref<4608xf32>
              %825 = arith.mulf %824, %820 fastmath<nsz,arcp,afn> : f32
              %826 = vector.reduction <add>, %812 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
              %827 = arith.addf %825, %826 fastmath<nsz,arcp,afn> : f32
              memref.store %827, %8[%823] : memref<4608xf32>
              memref.store %820, %52[%789] : memref<4xf32>
            }
            scf.for %828 = %28 to %58 step %17 {
              %829 = arith.addi %828, %9 : index
              %830 = arith.divui %828, %17 : index
              %831 = arith.muli %830, %14 : index
              %832 = memref.load %52[%828] : memref<4xf32>
              %833 = vector.broadcast %832 : f32 to vector<8xf32>
              %834 = memref.load %52[%829] : memref<4xf32>
              %835 = vector.broadcast %834 : f32 to vector<8xf32>
              %836 = arith.muli %828, %11 : index
              %837 = memref.load %51[%836] : memref<32xf32>
              %838 = vector.broadcast %837 : f32 to vector<8xf32>
              %839 = arith.addi %836, %9 : index
              %840 = memref.load %51[%839] : memref<32xf32>
              %841 = vector.broadcast %840 : f32 to vector<8xf32>
              %842 = arith.addi %836, %17 : index
              %843 = memref.load %51[%842] : memref<32xf32>
              %844 = vector.broadcast %843 : f32 to vector<8xf32>
              %845 = arith.addi %836, %557 : index
              %846 = memref.load %51[%845] : memref<32xf32>
              %847 = vector.broadcast %846 : f32 to vector<8xf32>
              %848 = arith.addi %836, %58 : index
              %849 = memref.load %51[%848] : memref<32xf32>
              %850 = vector.broadcast %849 : f32 to vector<8xf32>
              %851 = arith.addi %836, %562 : index
              %852 = memref.load %51[%851] : memref<32xf32>
              %853 = vector.broadcast %852 : f32 to vector<8xf32>
              %854 = arith.addi %836, %565 : index
              %855 = memref.load %51[%854] : memref<32xf32>
              %856 = vector.broadcast %855 : f32 to vector<8xf32>
              %857 = arith.addi %836, %568 : index
              %858 = memref.load %51[%857] : memref<32xf32>
              %859 = vector.broadcast %858 : f32 to vector<8xf32>
              %860 = arith.muli %829, %11 : index
              %861 = memref.load %51[%860] : memref<32xf32>
              %862 = vector.broadcast %861 : f32 to vector<8xf32>
              %863 = arith.addi %860, %9 : index
              %864 = memref.load %51[%863] : memref<32xf32>
              %865 = vector.broadcast %864 : f32 to vector<8xf32>
              %866 = arith.addi %860, %17 : index
              %867 = memref.load %51[%866] : memref<32xf32>
              %868 = vector.broadcast %867 : f32 to vector<8xf32>
              %869 = arith.addi %860, %557 : index
              %870 = memref.load %51[%869] : memref<32xf32>
              %871 = vector.broadcast %870 : f32 to vector<8xf32>
              %872 = arith.addi %860, %58 : index
              %873 = memref.load %51[%872] : memref<32xf32>
              %874 = vector.broadcast %873 : f32 to vector<8xf32>
              %875 = arith.addi %860, %562 : index
              %876 = memref.load %51[%875] : memref<32xf32>
              %877 = vector.broadcast %876 : f32 to vector<8xf32>
              %878 = arith.addi %860, %565 : index
              %879 = memref.load %51[%878] : memref<32xf32>
              %880 = vector.broadcast %879 : f32 to vector<8xf32>
              %881 = arith.addi %860, %568 : index
              %882 = memref.load %51[%881] : memref<32xf32>
              %883 = vector.broadcast %882 : f32 to vector<8xf32>
              %884 = arith.muli %828, %14 : index
              %885 = arith.addi %46, %884 : index
              %886 = arith.muli %829, %14 : index
              %887 = arith.addi %46, %886 : index
              %888 = arith.addi %885, %11 : index
              %889 = arith.addi %887, %11 : index
              %890 = arith.constant 16 : index
              %891 = arith.addi %885, %890 : index
              %892 = arith.addi %887, %890 : index
              %893 = arith.constant 24 : index
              %894 = arith.addi %885, %893 : index
              %895 = arith.addi %887, %893 : index
              %896 = vector.load %8[%885] : memref<4608xf32>, vector<8xf32>
              %897 = arith.mulf %896, %833 fastmath<nsz,arcp,afn> : vector<8xf32>
              %898 = vector.load %8[%887] : memref<4608xf32>, vector<8xf32>
              %899 = arith.mulf %898, %835 fastmath<nsz,arcp,afn> : vector<8xf32>
              %900 = vector.load %8[%888] : memref<4608xf32>, vector<8xf32>
              %901 = arith.mulf %900, %833 fastmath<nsz,arcp,afn> : vector<8xf32>
              %902 = vector.load %8[%889] : memref<4608xf32>, vector<8xf32>
              %903 = arith.mulf %902, %835 fastmath<nsz,arcp,afn> : vector<8xf32>
              %904 = vector.load %8[%891] : memref<4608xf32>, vector<8xf32>
              %905 = arith.mulf %904, %833 fastmath<nsz,arcp,afn> : vector<8xf32>
              %906 = vector.load %8[%892] : memref<4608xf32>, vector<8xf32>
              %907 = arith.mulf %906, %835 fastmath<nsz,arcp,afn> : vector<8xf32>
              %908 = vector.load %8[%894] : memref<4608xf32>, vector<8xf32>
              %909 = arith.mulf %908, %833 fastmath<nsz,arcp,afn> : vector<8xf32>
              %910 = vector.load %8[%895] : memref<4608xf32>, vector<8xf32>
              %911 = arith.mulf %910, %835 fastmath<nsz,arcp,afn> : vector<8xf32>
              %912 = arith.addi %572, %831 : index
              %913 = vector.load %2[%912] : memref<?xf32>, vector<8xf32>
              %914 = vector.fma %838, %913, %897 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %915 = vector.fma %862, %913, %899 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %916 = arith.addi %912, %11 : index
              %917 = vector.load %2[%916] : memref<?xf32>, vector<8xf32>
              %918 = vector.fma %838, %917, %901 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %919 = vector.fma %862, %917, %903 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %920 = arith.addi %912, %890 : index
              %921 = vector.load %2[%920] : memref<?xf32>, vector<8xf32>
              %922 = vector.fma %838, %921, %905 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %923 = vector.fma %862, %921, %907 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %924 = arith.addi %912, %893 : index
              %925 = vector.load %2[%924] : memref<?xf32>, vector<8xf32>
              %926 = vector.fma %838, %925, %909 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %927 = vector.fma %862, %925, %911 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %928 = arith.addi %574, %831 : index
              %929 = vector.load %2[%928] : memref<?xf32>, vector<8xf32>
              %930 = vector.fma %841, %929, %914 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %931 = vector.fma %865, %929, %915 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %932 = arith.addi %928, %11 : index
              %933 = vector.load %2[%932] : memref<?xf32>, vector<8xf32>
              %934 = vector.fma %841, %933, %918 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %935 = vector.fma %865, %933, %919 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %936 = arith.addi %928, %890 : index
              %937 = vector.load %2[%936] : memref<?xf32>, vector<8xf32>
              %938 = vector.fma %841, %937, %922 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %939 = vector.fma %865, %937, %923 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %940 = arith.addi %928, %893 : index
              %941 = vector.load %2[%940] : memref<?xf32>, vector<8xf32>
              %942 = vector.fma %841, %941, %926 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %943 = vector.fma %865, %941, %927 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %944 = arith.addi %576, %831 : index
              %945 = vector.load %2[%944] : memref<?xf32>, vector<8xf32>
              %946 = vector.fma %844, %945, %930 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %947 = vector.fma %868, %945, %931 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %948 = arith.addi %944, %11 : index
              %949 = vector.load %2[%948] : memref<?xf32>, vector<8xf32>
              %950 = vector.fma %844, %949, %934 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %951 = vector.fma %868, %949, %935 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %952 = arith.addi %944, %890 : index
              %953 = vector.load %2[%952] : memref<?xf32>, vector<8xf32>
              %954 = vector.fma %844, %953, %938 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %955 = vector.fma %868, %953, %939 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %956 = arith.addi %944, %893 : index
              %957 = vector.load %2[%956] : memref<?xf32>, vector<8xf32>
              %958 = vector.fma %844, %957, %942 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %959 = vector.fma %868, %957, %943 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %960 = arith.addi %578, %831 : index
              %961 = vector.load %2[%960] : memref<?xf32>, vector<8xf32>
              %962 = vector.fma %847, %961, %946 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %963 = vector.fma %871, %961, %947 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %964 = arith.addi %960, %11 : index
              %965 = vector.load %2[%964] : memref<?xf32>, vector<8xf32>
              %966 = vector.fma %847, %965, %950 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %967 = vector.fma %871, %965, %951 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %968 = arith.addi %960, %890 : index
              %969 = vector.load %2[%968] : memref<?xf32>, vector<8xf32>
              %970 = vector.fma %847, %969, %954 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %971 = vector.fma %871, %969, %955 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %972 = arith.addi %960, %893 : index
              %973 = vector.load %2[%972] : memref<?xf32>, vector<8xf32>
              %974 = vector.fma %847, %973, %958 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %975 = vector.fma %871, %973, %959 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %976 = arith.addi %580, %831 : index
              %977 = vector.load %2[%976] : memref<?xf32>, vector<8xf32>
              %978 = vector.fma %850, %977, %962 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %979 = vector.fma %874, %977, %963 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %980 = arith.addi %976, %11 : index
              %981 = vector.load %2[%980] : memref<?xf32>, vector<8xf32>
              %982 = vector.fma %850, %981, %966 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %983 = vector.fma %874, %981, %967 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %984 = arith.addi %976, %890 : index
              %985 = vector.load %2[%984] : memref<?xf32>, vector<8xf32>
              %986 = vector.fma %850, %985, %970 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %987 = vector.fma %874, %985, %971 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %988 = arith.addi %976, %893 : index
              %989 = vector.load %2[%988] : memref<?xf32>, vector<8xf32>
              %990 = vector.fma %850, %989, %974 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %991 = vector.fma %874, %989, %975 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %992 = arith.addi %582, %831 : index
              %993 = vector.load %2[%992] : memref<?xf32>, vector<8xf32>
              %994 = vector.fma %853, %993, %978 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %995 = vector.fma %877, %993, %979 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %996 = arith.addi %992, %11 : index
              %997 = vector.load %2[%996] : memref<?xf32>, vector<8xf32>
              %998 = vector.fma %853, %997, %982 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %999 = vector.fma %877, %997, %983 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1000 = arith.addi %992, %890 : index
              %1001 = vector.load %2[%1000] : memref<?xf32>, vector<8xf32>
              %1002 = vector.fma %853, %1001, %986 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1003 = vector.fma %877, %1001, %987 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1004 = arith.addi %992, %893 : index
              %1005 = vector.load %2[%1004] : memref<?xf32>, vector<8xf32>
              %1006 = vector.fma %853, %1005, %990 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1007 = vector.fma %877, %1005, %991 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1008 = arith.addi %584, %831 : index
              %1009 = vector.load %2[%1008] : memref<?xf32>, vector<8xf32>
              %1010 = vector.fma %856, %1009, %994 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1011 = vector.fma %880, %1009, %995 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1012 = arith.addi %1008, %11 : index
              %1013 = vector.load %2[%1012] : memref<?xf32>, vector<8xf32>
              %1014 = vector.fma %856, %1013, %998 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1015 = vector.fma %880, %1013, %999 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1016 = arith.addi %1008, %890 : index
              %1017 = vector.load %2[%1016] : memref<?xf32>, vector<8xf32>
              %1018 = vector.fma %856, %1017, %1002 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1019 = vector.fma %880, %1017, %1003 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1020 = arith.addi %1008, %893 : index
              %1021 = vector.load %2[%1020] : memref<?xf32>, vector<8xf32>
              %1022 = vector.fma %856, %1021, %1006 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1023 = vector.fma %880, %1021, %1007 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1024 = arith.addi %586, %831 : index
              %1025 = vector.load %2[%1024] : memref<?xf32>, vector<8xf32>
              %1026 = vector.fma %859, %1025, %1010 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1027 = vector.fma %883, %1025, %1011 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1028 = arith.addi %1024, %11 : index
              %1029 = vector.load %2[%1028] : memref<?xf32>, vector<8xf32>
              %1030 = vector.fma %859, %1029, %1014 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1031 = vector.fma %883, %1029, %1015 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1032 = arith.addi %1024, %890 : index
              %1033 = vector.load %2[%1032] : memref<?xf32>, vector<8xf32>
              %1034 = vector.fma %859, %1033, %1018 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1035 = vector.fma %883, %1033, %1019 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1036 = arith.addi %1024, %893 : index
              %1037 = vector.load %2[%1036] : memref<?xf32>, vector<8xf32>
              %1038 = vector.fma %859, %1037, %1022 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              %1039 = vector.fma %883, %1037, %1023 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
              vector.store %1026, %8[%885] : memref<4608xf32>, vector<8xf32>
              vector.store %1027, %8[%887] : memref<4608xf32>, vector<8xf32>
              vector.store %1030, %8[%888] : memref<4608xf32>, vector<8xf32>
              vector.store %1031, %8[%889] : memref<4608xf32>, vector<8xf32>
              vector.store %1034, %8[%891] : memref<4608xf32>, vector<8xf32>
              vector.store %1035, %8[%892] : memref<4608xf32>, vector<8xf32>
              vector.store %1038, %8[%894] : memref<4608xf32>, vector<8xf32>
              vector.store %1039, %8[%895] : memref<4608xf32>, vector<8xf32>
            }
          }
          scf.reduce
        }) : (index, index, index) -> ()
      }
      scf.for %1040 = %28 to %31 step %9 {
        %1041 = arith.muli %1040, %26 : index
        %1042 = arith.addi %29, %1040 : index
        %1043 = arith.muli %1042, %22 : index
        %1044 = arith.constant 4 : index
        scf.for %1045 = %28 to %1044 step %9 {
          %1046 = arith.constant -1.000000e+30 : f32
          %1047 = scf.for %1048 = %28 to %26 step %9 iter_args(%1049 = %1046) -> (f32) {
            %1050 = arith.addi %1041, %1048 : index
            %1051 = arith.constant 144 : index
            %1052 = arith.muli %1050, %1051 : index
            %1053 = arith.addi %1052, %22 : index
            %1054 = arith.addi %1053, %1045 : index
            %1055 = memref.load %8[%1054] : memref<4608xf32>
            %1056 = arith.cmpf ogt, %1049, %1055 : f32
            %1057 = arith.select %1056, %1049, %1055 : f32
            scf.yield %1057 : f32
          }
          %1058 = arith.constant 0.000000e+00 : f32
          %1059 = vector.broadcast %1058 : f32 to vector<8xf32>
          %1060, %1061, %1062, %1063, %1064 = scf.for %1065 = %28 to %26 step %9 iter_args(%1066 = %1058, %1067 = %1059, %1068 = %1059, %1069 = %1059, %1070 = %1059) -> (f32, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %1071 = arith.addi %1041, %1065 : index
            %1072 = arith.constant 144 : index
            %1073 = arith.muli %1071, %1072 : index
            %1074 = arith.addi %1073, %22 : index
            %1075 = arith.addi %1074, %1045 : index
            %1076 = memref.load %8[%1075] : memref<4608xf32>
            %1077 = arith.subf %1076, %1047 fastmath<nsz,arcp,afn> : f32
            %1078 = vector.broadcast %1077 : f32 to vector<8xf32>
            %1079 = arith.constant -8.700000e+01 : f32
            %1080 = vector.broadcast %1079 : f32 to vector<8xf32>
            %1081 = arith.cmpf ogt, %1078, %1080 : vector<8xf32>
            %1082 = arith.select %1081, %1078, %1080 : vector<8xf32>
            %1083 = arith.constant 8.800000e+01 : f32
            %1084 = vector.broadcast %1083 : f32 to vector<8xf32>
            %1085 = arith.cmpf olt, %1082, %1084 : vector<8xf32>
            %1086 = arith.select %1085, %1082, %1084 : vector<8xf32>
            %1087 = math.exp %1086 fastmath<nsz,arcp,afn> : vector<8xf32>
            %1088 = vector.extract %1087[0] : f32 from vector<8xf32>
            %1089 = vector.broadcast %1088 : f32 to vector<8xf32>
            %1090 = arith.muli %1045, %14 : index
            %1091 = arith.addi %1073, %1090 : index
            %1092 = arith.constant 132 : index
            %1093 = arith.addi %1073, %1092 : index
            %1094 = arith.addi %1093, %1045 : index
            %1095 = memref.load %8[%1094] : memref<4608xf32>
            %1096 = arith.mulf %1088, %1095 fastmath<nsz,arcp,afn> : f32
            %1097 = arith.addf %1066, %1096 fastmath<nsz,arcp,afn> : f32
            %1098 = vector.load %8[%1091] : memref<4608xf32>, vector<8xf32>
            %1099 = vector.fma %1089, %1098, %1067 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            %1100 = arith.addi %1091, %11 : index
            %1101 = vector.load %8[%1100] : memref<4608xf32>, vector<8xf32>
            %1102 = vector.fma %1089, %1101, %1068 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            %1103 = arith.constant 16 : index
            %1104 = arith.addi %1091, %1103 : index
            %1105 = vector.load %8[%1104] : memref<4608xf32>, vector<8xf32>
            %1106 = vector.fma %1089, %1105, %1069 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            %1107 = arith.constant 24 : index
            %1108 = arith.addi %1091, %1107 : index
            %1109 = vector.load %8[%1108] : memref<4608xf32>, vector<8xf32>
            %1110 = vector.fma %1089, %1109, %1070 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            scf.yield %1097, %1099, %1102, %1106, %1110 : f32, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %1111 = arith.cmpf ogt, %1060, %1058 : f32
          %1112 = arith.constant 1.000000e+00 : f32
          %1113 = arith.divf %1112, %1060 fastmath<nsz,arcp,afn> : f32
          %1114 = arith.select %1111, %1113, %1058 : f32
          %1115 = vector.broadcast %1114 : f32 to vector<8xf32>
          %1116 = arith.mulf %1061, %1115 fastmath<nsz,arcp,afn> : vector<8xf32>
          %1117 = arith.muli %1045, %14 : index
          %1118 = arith.addi %1043, %1117 : index
          vector.store %1116, %3[%1118] : memref<?xf32>, vector<8xf32>
          %1119 = arith.mulf %1062, %1115 fastmath<nsz,arcp,afn> : vector<8xf32>
          %1120 = arith.addi %1118, %11 : index
          vector.store %1119, %3[%1120] : memref<?xf32>, vector<8xf32>
          %1121 = arith.mulf %1063, %1115 fastmath<nsz,arcp,afn> : vector<8xf32>
          %1122 = arith.constant 16 : index
          %1123 = arith.addi %1118, %1122 : index
          vector.store %1121, %3[%1123] : memref<?xf32>, vector<8xf32>
          %1124 = arith.mulf %1064, %1115 fastmath<nsz,arcp,afn> : vector<8xf32>
          %1125 = arith.constant 24 : index
          %1126 = arith.addi %1118, %1125 : index
          vector.store %1124, %3[%1126] : memref<?xf32>, vector<8xf32>
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
              %177 = math.exp %176 fastmath<nsz,arcp,afn> : vector<16xf32>
              %178 = arith.constant 1.000000e+00 : f32
              %179 = vector.broadcast %178 : f32 to vector<16xf32>
              %180 = arith.addf %179, %177 fastmath<nsz,arcp,afn> : vector<16xf32>
              %181 = arith.divf %88, %180 fastmath<nsz,arcp,afn> : vector<16xf32>
              %182 = arith.mulf %181, %89 fastmath<nsz,arcp,afn> : vector<16xf32>
              %183 = arith.constant 192 : index
              %184 = arith.muli %59, %183 : index
              %185 = arith.constant 16 : index
              %186 = arith.muli %29, %185 : index
              %187 = arith.addi %184, %186 : index
              vector.store %182, %3[%187] : memref<?xf32>, vector<16xf32>
              %188 = arith.subf %87, %90 fastmath<nsz,arcp,afn> : vector<16xf32>
              %189 = arith.cmpf ogt, %188, %170 : vector<16xf32>
              %190 = arith.select %189, %188, %170 : vector<16xf32>
              %191 = arith.cmpf olt, %190, %174 : vector<16xf32>
              %192 = arith.select %191, %190, %174 : vector<16xf32>
              %193 = math.exp %192 fastmath<nsz,arcp,afn> : vector<16xf32>
              %194 = arith.addf %179, %193 fastmath<nsz,arcp,afn> : vector<16xf32>
              %195 = arith.divf %90, %194 fastmath<nsz,arcp,afn> : vector<16xf32>
              %196 = arith.mulf %195, %91 fastmath<nsz,arcp,afn> : vector<16xf32>
              %197 = arith.muli %60, %183 : index
              %198 = arith.addi %197, %186 : index
              vector.store %196, %3[%198] : memref<?xf32>, vector<16xf32>
              %199 = arith.subf %87, %92 fastmath<nsz,arcp,afn> : vector<16xf32>
              %200 = arith.cmpf ogt, %199, %170 : vector<16xf32>
              %201 = arith.select %200, %199, %170 : vector<16xf32>
              %202 = arith.cmpf olt, %201, %174 : vector<16xf32>
              %203 = arith.select %202, %201, %174 : vector<16xf32>
              %204 = math.exp %203 fastmath<nsz,arcp,afn> : vector<16xf32>
              %205 = arith.addf %179, %204 fastmath<nsz,arcp,afn> : vector<16xf32>
              %206 = arith.divf %92, %205 fastmath<nsz,arcp,afn> : vector<16xf32>
              %207 = arith.mulf %206, %93 fastmath<nsz,arcp,afn> : vector<16xf32>
              %208 = arith.muli %61, %183 : index
              %209 = arith.addi %208, %186 : index
              vector.store %207, %3[%209] : memref<?xf32>, vector<16xf32>
              %210 = arith.subf %87, %94 fastmath<nsz,arcp,afn> : vector<16xf32>
              %211 = arith.cmpf ogt, %210, %170 : vector<16xf32>
              %212 = arith.select %211, %210, %170 : vector<16xf32>
              %213 = arith.cmpf olt, %212, %174 : vector<16xf32>
              %214 = arith.select %213, %212, %174 : vector<16xf32>
              %215 = math.exp %214 fastmath<nsz,arcp,afn> : vector<16xf32>
              %216 = arith.addf %179, %215 fastmath<nsz,arcp,afn> : vector<16xf32>
              %217 = arith.divf %94, %216 fastmath<nsz,arcp,afn> : vector<16xf32>
              %218 = arith.mulf %217, %95 fastmath<nsz,arcp,afn> : vector<16xf32>
              %219 = arith.muli %63, %183 : index
              %220 = arith.addi %219, %186 : index
              vector.store %218, %3[%220] : memref<?xf32>, vector<16xf32>
              %221 = arith.subf %87, %96 fastmath<nsz,arcp,afn> : vector<16xf32>
              %222 = arith.cmpf ogt, %221, %170 : vector<16xf32>
              %223 = arith.select %222, %221, %170 : vector<16xf32>
              %224 = arith.cmpf olt, %223, %174 : vector<16xf32>
              %225 = arith.select %224, %223, %174 : vector<16xf32>
              %226 = math.exp %225 fastmath<nsz,arcp,afn> : vector<16xf32>
              %227 = arith.addf %179, %226 fastmath<nsz,arcp,afn> : vector<16xf32>
              %228 = arith.divf %96, %227 fastmath<nsz,arcp,afn> : vector<16xf32>
              %229 = arith.mulf %228, %97 fastmath<nsz,arcp,afn> : vector<16xf32>
              %230 = arith.muli %65, %183 : index
              %231 = arith.addi %230, %186 : index
              vector.store %229, %3[%231] : memref<?xf32>, vector<16xf32>
              %232 = arith.subf %87, %98 fastmath<nsz,arcp,afn> : vector<16xf32>
              %233 = arith.cmpf ogt, %232, %170 : vector<16xf32>
              %234 = arith.select %233, %232, %170 : vector<16xf32>
              %235 = arith.cmpf olt, %234, %174 : vector<16xf32>
              %236 = arith.select %235, %234, %174 : vector<16xf32>
              %237 = math.exp %236 fastmath<nsz,arcp,afn> : vector<16xf32>
              %238 = arith.addf %179, %237 fastmath<nsz,arcp,afn> : vector<16xf32>
              %239 = arith.divf %98, %238 fastmath<nsz,arcp,afn> : vector<16xf32>
              %240 = arith.mulf %239, %99 fastmath<nsz,arcp,afn> : vector<16xf32>
              %241 = arith.muli %67, %183 : index
              %242 = arith.addi %241, %186 : index
              vector.store %240, %3[%242] : memref<?xf32>, vector<16xf32>
              %243 = arith.subf %87, %100 fastmath<nsz,arcp,afn> : vector<16xf32>
              %244 = arith.cmpf ogt, %243, %170 : vector<16xf32>
              %245 = arith.select %244, %243, %170 : vector<16xf32>
              %246 = arith.cmpf olt, %245, %174 : vector<16xf32>
              %247 = arith.select %246, %245, %174 : vector<16xf32>
              %248 = math.exp %247 fastmath<nsz,arcp,afn> : vector<16xf32>
              %249 = arith.addf %179, %248 fastmath<nsz,arcp,afn> : vector<16xf32>
              %250 = arith.divf %100, %249 fastmath<nsz,arcp,afn> : vector<16xf32>
              %251 = arith.mulf %250, %101 fastmath<nsz,arcp,afn> : vector<16xf32>
              %252 = arith.muli %69, %183 : index
              %253 = arith.addi %252, %186 : index
              vector.store %251, %3[%253] : memref<?xf32>, vector<16xf32>
              %254 = arith.subf %87, %102 fastmath<nsz,arcp,afn> : vector<16xf32>
              %255 = arith.cmpf ogt, %254, %170 : vector<16xf32>
              %256 = arith.select %255, %254, %170 : vector<16xf32>
              %257 = arith.cmpf olt, %256, %174 : vector<16xf32>
              %258 = arith.select %257, %256, %174 : vector<16xf32>
              %259 = math.exp %258 fastmath<nsz,arcp,afn> : vector<16xf32>
              %260 = arith.addf %179, %259 fastmath<nsz,arcp,afn> : vector<16xf32>
              %261 = arith.divf %102, %260 fastmath<nsz,arcp,afn> : vector<16xf32>
              %262 = arith.mulf %261, %103 fastmath<nsz,arcp,afn> : vector<16xf32>
              %263 = arith.muli %71, %183 : index
              %264 = arith.addi %263, %186 : index
              vector.store %262, %3[%264] : memref<?xf32>, vector<16xf32>
            }
            %265 = arith.subi %22, %27 : index
            %266 = arith.constant 4 : index
            %267 = arith.divui %265, %266 : index
            %268 = arith.muli %267, %266 : index
            %269 = arith.addi %27, %268 : index
            scf.for %270 = %27 to %269 step %266 {
              %271 = arith.addi %270, %14 : index
              %272 = arith.addi %270, %30 : index
              %273 = arith.constant 3 : index
              %274 = arith.addi %270, %273 : index
              %275 = arith.muli %270, %35 : index
              %276 = arith.addi %275, %35 : index
              %277 = arith.constant 256 : index
              %278 = arith.addi %275, %277 : index
              %279 = arith.constant 384 : index
              %280 = arith.addi %275, %279 : index
              %281 = arith.constant 0.000000e+00 : f32
              %282 = vector.broadcast %281 : f32 to vector<16xf32>
              %283, %284, %285, %286, %287, %288, %289, %290 = scf.for %291 = %13 to %35 step %14 iter_args(%292 = %282, %293 = %282, %294 = %282, %295 = %282, %296 = %282, %297 = %282, %298 = %282, %299 = %282) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %300 = arith.constant 16 : index
                %301 = arith.muli %291, %300 : index
                %302 = vector.load %34[%301] : memref<4096xf32>, vector<16xf32>
                %303 = arith.addi %32, %301 : index
                %304 = vector.load %34[%303] : memref<4096xf32>, vector<16xf32>
                %305 = arith.addi %301, %277 : index
                rlx_cpu.prefetch %34[%305] {cache = "l1"} : memref<4096xf32>
                %306 = arith.addi %303, %277 : index
                rlx_cpu.prefetch %34[%306] {cache = "l1"} : memref<4096xf32>
                %307 = arith.addi %275, %291 : index
                %308 = memref.load %0[%307] : memref<?xf32>
                %309 = vector.broadcast %308 : f32 to vector<16xf32>
                %310 = vector.fma %309, %302, %292 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %311 = vector.fma %309, %304, %293 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %312 = arith.addi %276, %291 : index
                %313 = memref.load %0[%312] : memref<?xf32>
                %314 = vector.broadcast %313 : f32 to vector<16xf32>
                %315 = vector.fma %314, %302, %294 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %316 = vector.fma %314, %304, %295 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %317 = arith.addi %278, %291 : index
                %318 = memref.load %0[%317] : memref<?xf32>
                %319 = vector.broadcast %318 : f32 to vector<16xf32>
                %320 = vector.fma %319, %302, %296 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %321 = vector.fma %319, %304, %297 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %322 = arith.addi %280, %291 : index
                %323 = memref.load %0[%322] : memref<?xf32>
                %324 = vector.broadcast %323 : f32 to vector<16xf32>
                %325 = vector.fma %324, %302, %298 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %326 = vector.fma %324, %304, %299 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %310, %311, %315, %316, %320, %321, %325, %326 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %327 = arith.subf %282, %283 fastmath<nsz,arcp,afn> : vector<16xf32>
              %328 = arith.constant -8.700000e+01 : f32
              %329 = vector.broadcast %328 : f32 to vector<16xf32>
              %330 = arith.cmpf ogt, %327, %329 : vector<16xf32>
              %331 = arith.select %330, %327, %329 : vector<16xf32>
              %332 = arith.constant 8.800000e+01 : f32
              %333 = vector.broadcast %332 : f32 to vector<16xf32>
              %334 = arith.cmpf olt, %331, %333 : vector<16xf32>
              %335 = arith.select %334, %331, %333 : vector<16xf32>
              %336 = math.exp %335 fastmath<nsz,arcp,afn> : vector<16xf32>
              %337 = arith.constant 1.000000e+00 : f32
              %338 = vector.broadcast %337 : f32 to vector<16xf32>
              %339 = arith.addf %338, %336 fastmath<nsz,arcp,afn> : vector<16xf32>
              %340 = arith.divf %283, %339 fastmath<nsz,arcp,afn> : vector<16xf32>
              %341 = arith.mulf %340, %284 fastmath<nsz,arcp,afn> : vector<16xf32>
              %342 = arith.constant 192 : index
              %343 = arith.muli %270, %342 : index
              %344 = arith.constant 16 : index
              %345 = arith.muli %29, %344 : index
              %346 = arith.addi %343, %345 : index
              vector.store %341, %3[%346] : memref<?xf32>, vector<16xf32>
              %347 = arith.subf %282, %285 fastmath<nsz,arcp,afn> : vector<16xf32>
              %348 = arith.cmpf ogt, %347, %329 : vector<16xf32>
              %349 = arith.select %348, %347, %329 : vector<16xf32>
              %350 = arith.cmpf olt, %349, %333 : vector<16xf32>
              %351 = arith.select %350, %349, %333 : vector<16xf32>
              %352 = math.exp %351 fastmath<nsz,arcp,afn> : vector<16xf32>
              %353 = arith.addf %338, %352 fastmath<nsz,arcp,afn> : vector<16xf32>
              %354 = arith.divf %285, %353 fastmath<nsz,arcp,afn> : vector<16xf32>
              %355 = arith.mulf %354, %286 fastmath<nsz,arcp,afn> : vector<16xf32>
              %356 = arith.muli %271, %342 : index
              %357 = arith.addi %356, %345 : index
              vector.store %355, %3[%357] : memref<?xf32>, vector<16xf32>
              %358 = arith.subf %282, %287 fastmath<nsz,arcp,afn> : vector<16xf32>
              %359 = arith.cmpf ogt, %358, %329 : vector<16xf32>
              %360 = arith.select %359, %358, %329 : vector<16xf32>
              %361 = arith.cmpf olt, %360, %333 : vector<16xf32>
              %362 = arith.select %361, %360, %333 : vector<16xf32>
              %363 = math.exp %362 fastmath<nsz,arcp,afn> : vector<16xf32>
              %364 = arith.addf %338, %363 fastmath<nsz,arcp,afn> : vector<16xf32>
              %365 = arith.divf %287, %364 fastmath<nsz,arcp,afn> : vector<16xf32>
              %366 = arith.mulf %365, %288 fastmath<nsz,arcp,afn> : vector<16xf32>
              %367 = arith.muli %272, %342 : index
              %368 = arith.addi %367, %345 : index
              vector.store %366, %3[%368] : memref<?xf32>, vector<16xf32>
              %369 = arith.subf %282, %289 fastmath<nsz,arcp,afn> : vector<16xf32>
              %370 = arith.cmpf ogt, %369, %329 : vector<16xf32>
              %371 = arith.select %370, %369, %329 : vector<16xf32>
              %372 = arith.cmpf olt, %371, %333 : vector<16xf32>
              %373 = arith.select %372, %371, %333 : vector<16xf32>
              %374 = math.exp %373 fastmath<nsz,arcp,afn> : vector<16xf32>
              %375 = arith.addf %338, %374 fastmath<nsz,arcp,afn> : vector<16xf32>
              %376 = arith.divf %289, %375 fastmath<nsz,arcp,afn> : vector<16xf32>
              %377 = arith.mulf %376, %290 fastmath<nsz,arcp,afn> : vector<16xf32>
              %378 = arith.muli %274, %342 : index
              %379 = arith.addi %378, %345 : index
              vector.store %377, %3[%379] : memref<?xf32>, vector<16xf32>
            }
            %380 = arith.subi %22, %269 : index
            %381 = arith.divui %380, %30 : index
            %382 = arith.muli %381, %30 : index
            %383 = arith.addi %269, %382 : index
            scf.for %384 = %269 to %383 step %30 {
              %385 = arith.addi %384, %14 : index
              %386 = arith.muli %384, %35 : index
              %387 = arith.addi %386, %35 : index
              %388 = arith.constant 0.000000e+00 : f32
              %389 = vector.broadcast %388 : f32 to vector<16xf32>
              %390, %391, %392, %393, %394, %395, %396, %397 = scf.for %398 = %13 to %35 step %30 iter_args(%399 = %389, %400 = %389, %401 = %389, %402 = %389, %403 = %389, %404 = %389, %405 = %389, %406 = %389) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %407 = arith.constant 16 : index
                %408 = arith.muli %398, %407 : index
                %409 = vector.load %34[%408] : memref<4096xf32>, vector<16xf32>
                %410 = arith.addi %32, %408 : index
                %411 = vector.load %34[%410] : memref<4096xf32>, vector<16xf32>
                %412 = arith.constant 256 : index
                %413 = arith.addi %408, %412 : index
                rlx_cpu.prefetch %34[%413] {cache = "l1"} : memref<4096xf32>
                %414 = arith.addi %410, %412 : index
                rlx_cpu.prefetch %34[%414] {cache = "l1"} : memref<4096xf32>
                %415 = arith.addi %386, %398 : index
                %416 = memref.load %0[%415] : memref<?xf32>
                %417 = vector.broadcast %416 : f32 to vector<16xf32>
                %418 = vector.fma %417, %409, %399 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %419 = vector.fma %417, %411, %400 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %420 = arith.addi %387, %398 : index
                %421 = memref.load %0[%420] : memref<?xf32>
                %422 = vector.broadcast %421 : f32 to vector<16xf32>
                %423 = vector.fma %422, %409, %401 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %424 = vector.fma %422, %411, %402 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %425 = arith.addi %398, %14 : index
                %426 = arith.muli %425, %407 : index
                %427 = vector.load %34[%426] : memref<4096xf32>, vector<16xf32>
                %428 = arith.addi %32, %426 : index
                %429 = vector.load %34[%428] : memref<4096xf32>, vector<16xf32>
                %430 = arith.addi %426, %412 : index
                rlx_cpu.prefetch %34[%430] {cache = "l1"} : memref<4096xf32>
                %431 = arith.addi %428, %412 : index
                rlx_cpu.prefetch %34[%431] {cache = "l1"} : memref<4096xf32>
                %432 = arith.addi %386, %425 : index
                %433 = memref.load %0[%432] : memref<?xf32>
                %434 = vector.broadcast %433 : f32 to vector<16xf32>
                %435 = vector.fma %434, %427, %403 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %436 = vector.fma %434, %429, %404 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %437 = arith.addi %387, %425 : index
                %438 = memref.load %0[%437] : memref<?xf32>
                %439 = vector.broadcast %438 : f32 to vector<16xf32>
                %440 = vector.fma %439, %427, %405 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %441 = vector.fma %439, %429, %406 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %418, %419, %423, %424, %435, %436, %440, %441 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %442 = arith.addf %390, %394 fastmath<nsz,arcp,afn> : vector<16xf32>
              %443 = arith.addf %391, %395 fastmath<nsz,arcp,afn> : vector<16xf32>
              %444 = arith.addf %392, %396 fastmath<nsz,arcp,afn> : vector<16xf32>
              %445 = arith.addf %393, %397 fastmath<nsz,arcp,afn> : vector<16xf32>
              %446 = arith.subf %389, %442 fastmath<nsz,arcp,afn> : vector<16xf32>
              %447 = arith.constant -8.700000e+01 : f32
              %448 = vector.broadcast %447 : f32 to vector<16xf32>
              %449 = arith.cmpf ogt, %446, %448 : vector<16xf32>
              %450 = arith.select %449, %446, %448 : vector<16xf32>
              %451 = arith.constant 8.800000e+01 : f32
              %452 = vector.broadcast %451 : f32 to vector<16xf32>
              %453 = arith.cmpf olt, %450, %452 : vector<16xf32>
              %454 = arith.select %453, %450, %452 : vector<16xf32>
              %455 = math.exp %454 fastmath<nsz,arcp,afn> : vector<16xf32>
              %456 = arith.constant 1.000000e+00 : f32
              %457 = vector.broadcast %456 : f32 to vector<16xf32>
              %458 = arith.addf %457, %455 fastmath<nsz,arcp,afn> : vector<16xf32>
              %459 = arith.divf %442, %458 fastmath<nsz,arcp,afn> : vector<16xf32>
              %460 = arith.mulf %459, %443 fastmath<nsz,arcp,afn> : vector<16xf32>
              %461 = arith.constant 192 : index
              %462 = arith.muli %384, %461 : index
              %463 = arith.constant 16 : index
              %464 = arith.muli %29, %463 : index
              %465 = arith.addi %462, %464 : index
              vector.store %460, %3[%465] : memref<?xf32>, vector<16xf32>
              %466 = arith.subf %389, %444 fastmath<nsz,arcp,afn> : vector<16xf32>
              %467 = arith.cmpf ogt, %466, %448 : vector<16xf32>
              %468 = arith.select %467, %466, %448 : vector<16xf32>
              %469 = arith.cmpf olt, %468, %452 : vector<16xf32>
              %470 = arith.select %469, %468, %452 : vector<16xf32>
              %471 = math.exp %470 fastmath<nsz,arcp,afn> : vector<16xf32>
              %472 = arith.addf %457, %471 fastmath<nsz,arcp,afn> : vector<16xf32>
              %473 = arith.divf %444, %472 fastmath<nsz,arcp,afn> : vector<16xf32>
              %474 = arith.mulf %473, %445 fastmath<nsz,arcp,afn> : vector<16xf32>
              %475 = arith.muli %385, %461 : index
              %476 = arith.addi %475, %464 : index
              vector.store %474, %3[%476] : memref<?xf32>, vector<16xf32>
            }
            scf.for %477 = %383 to %22 step %14 {
              %478 = arith.muli %477, %35 : index
              %479 = arith.constant 0.000000e+00 : f32
              %480 = vector.broadcast %479 : f32 to vector<16xf32>
              %481, %482, %483, %484 = scf.for %485 = %13 to %35 step %30 iter_args(%486 = %480, %487 = %480, %488 = %480, %489 = %480) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %490 = arith.constant 16 : index
                %491 = arith.muli %485, %490 : index
                %492 = vector.load %34[%491] : memref<4096xf32>, vector<16xf32>
                %493 = arith.addi %32, %491 : index
                %494 = vector.load %34[%493] : memref<4096xf32>, vector<16xf32>
                %495 = arith.addi %478, %485 : index
                %496 = memref.load %0[%495] : memref<?xf32>
                %497 = vector.broadcast %496 : f32 to vector<16xf32>
                %498 = vector.fma %497, %492, %486 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %499 = vector.fma %497, %494, %487 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %500 = arith.addi %485, %14 : index
                %501 = arith.muli %500, %490 : index
                %502 = vector.load %34[%501] : memref<4096xf32>, vector<16xf32>
                %503 = arith.addi %32, %501 : index
                %504 = vector.load %34[%503] : memref<4096xf32>, vector<16xf32>
                %505 = arith.addi %478, %500 : index
                %506 = memref.load %0[%505] : memref<?xf32>
                %507 = vector.broadcast %506 : f32 to vector<16xf32>
                %508 = vector.fma %507, %502, %488 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %509 = vector.fma %507, %504, %489 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %498, %499, %508, %509 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %510 = arith.addf %481, %483 fastmath<nsz,arcp,afn> : vector<16xf32>
              %511 = arith.addf %482, %484 fastmath<nsz,arcp,afn> : vector<16xf32>
              %512 = arith.subf %480, %510 fastmath<nsz,arcp,afn> : vector<16xf32>
              %513 = arith.constant -8.700000e+01 : f32
              %514 = vector.broadcast %513 : f32 to vector<16xf32>
              %515 = arith.cmpf ogt, %512, %514 : vector<16xf32>
              %516 = arith.select %515, %512, %514 : vector<16xf32>
              %517 = arith.constant 8.800000e+01 : f32
              %518 = vector.broadcast %517 : f32 to vector<16xf32>
              %519 = arith.cmpf olt, %516, %518 : vector<16xf32>
              %520 = arith.select %519, %516, %518 : vector<16xf32>
              %521 = math.exp %520 fastmath<nsz,arcp,afn> : vector<16xf32>
              %522 = arith.constant 1.000000e+00 : f32
              %523 = vector.broadcast %522 : f32 to vector<16xf32>
              %524 = arith.addf %523, %521 fastmath<nsz,arcp,afn> : vector<16xf32>
              %525 = arith.divf %510, %524 fastmath<nsz,arcp,afn> : vector<16xf32>
              %526 = arith.mulf %525, %511 fastmath<nsz,arcp,afn> : vector<16xf32>
              %527 = arith.constant 192 : index
              %528 = arith.muli %477, %527 : index
              %529 = arith.constant 16 : index
              %530 = arith.muli %29, %529 : index
              %531 = arith.addi %528, %530 : index
              vector.store %526, %3[%531] : memref<?xf32>, vector<16xf32>
            }
          } else {
            %532 = arith.constant 2048 : index
            %533 = arith.muli %29, %532 : index
            scf.for %534 = %20 to %22 step %14 {
              %535 = arith.constant 128 : index
              %536 = arith.muli %534, %535 : index
              %537 = arith.constant 0.000000e+00 : f32
              %538 = vector.broadcast %537 : f32 to vector<16xf32>
              %539, %540, %541, %542 = scf.for %543 = %13 to %535 step %30 iter_args(%544 = %538, %545 = %538, %546 = %538, %547 = %538) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
                %548 = arith.constant 16 : index
                %549 = arith.muli %543, %548 : index
                %550 = arith.addi %533, %549 : index
                %551 = vector.load %1[%550] : memref<?xi16>, vector<16xi16>
                %552 = arith.extui %551 : vector<16xi16> to vector<16xi32>
                %553 = arith.constant dense<16> : vector<16xi32>
                %554 = arith.shli %552, %553 : vector<16xi32>
                %555 = arith.bitcast %554 : vector<16xi32> to vector<16xf32>
                %556 = vector.load %2[%550] : memref<?xi16>, vector<16xi16>
                %557 = arith.extui %556 : vector<16xi16> to vector<16xi32>
                %558 = arith.shli %557, %553 : vector<16xi32>
                %559 = arith.bitcast %558 : vector<16xi32> to vector<16xf32>
                %560 = arith.addi %536, %543 : index
                %561 = memref.load %0[%560] : memref<?xf32>
                %562 = vector.broadcast %561 : f32 to vector<16xf32>
                %563 = vector.fma %562, %555, %544 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %564 = vector.fma %562, %559, %545 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %565 = arith.addi %543, %14 : index
                %566 = arith.muli %565, %548 : index
                %567 = arith.addi %533, %566 : index
                %568 = vector.load %1[%567] : memref<?xi16>, vector<16xi16>
                %569 = arith.extui %568 : vector<16xi16> to vector<16xi32>
                %570 = arith.shli %569, %553 : vector<16xi32>
                %571 = arith.bitcast %570 : vector<16xi32> to vector<16xf32>
                %572 = vector.load %2[%567] : memref<?xi16>, vector<16xi16>
                %573 = arith.extui %572 : vector<16xi16> to vector<16xi32>
                %574 = arith.shli %573, %553 : vector<16xi32>
                %575 = arith.bitcast %574 : vector<16xi32> to vector<16xf32>
                %576 = arith.addi %536, %565 : index
                %577 = memref.load %0[%576] : memref<?xf32>
                %578 = vector.broadcast %577 : f32 to vector<16xf32>
                %579 = vector.fma %578, %571, %546 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                %580 = vector.fma %578, %575, %547 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
                scf.yield %563, %564, %579, %580 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
              }
              %581 = arith.addf %539, %541 fastmath<nsz,arcp,afn> : vector<16xf32>
              %582 = arith.addf %540, %542 fastmath<nsz,arcp,afn> : vector<16xf32>
              %583 = arith.subf %538, %581 fastmath<nsz,arcp,afn> : vector<16xf32>
              %584 = arith.constant -8.700000e+01 : f32
              %585 = vector.broadcast %584 : f32 to vector<16xf32>
              %586 = arith.cmpf ogt, %583, %585 : vector<16xf32>
              %587 = arith.select %586, %583, %585 : vector<16xf32>
              %588 = arith.constant 8.800000e+01 : f32
              %589 = vector.broadcast %588 : f32 to vector<16xf32>
              %590 = arith.cmpf olt, %587, %589 : vector<16xf32>
              %591 = arith.select %590, %587, %589 : vector<16xf32>
              %592 = math.exp %591 fastmath<nsz,arcp,afn> : vector<16xf32>
              %593 = arith.constant 1.000000e+00 : f32
              %594 = vector.broadcast %593 : f32 to vector<16xf32>
              %595 = arith.addf %594, %592 fastmath<nsz,arcp,afn> : vector<16xf32>
              %596 = arith.divf %581, %595 fastmath<nsz,arcp,afn> : vector<16xf32>
              %597 = arith.mulf %596, %582 fastmath<nsz,arcp,afn> : vector<16xf32>
              %598 = arith.constant 192 : index
              %599 = arith.muli %534, %598 : index
              %600 = arith.constant 16 : index
              %601 = arith.muli %29, %600 : index
              %602 = arith.addi %599, %601 : index
              vector.store %597, %3[%602] : memref<?xf32>, vector<16xf32>
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
