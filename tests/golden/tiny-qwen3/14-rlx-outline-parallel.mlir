// rlxc opt 14-rlx-outline-parallel.mlir -p 'convert-to-llvm,llvm-opt{level=3 target=x86-64-v4},llvm-codegen{level=3 target=x86-64-v4}'
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
    rlx_cpu.parallel_dispatch @attention_nh4_nkv2_hd32_causal.par0.loop(%11, %5, %7, %3, %15, %0, %1, %2) range(%20 to %14 step %21) if(%23) {threads = 0 : i64} : (index, index, index, memref<?xf32>, index, memref<?xf32>, memref<?xf32>, memref<?xf32>)
    func.return
  }
  func.func private @attention_nh4_nkv2_hd32_causal.par0.loop(%0: index, %1: index, %2: index, %3: memref<?xf32>, %4: index, %5: memref<?xf32>, %6: memref<?xf32>, %7: memref<?xf32>, %8: index, %9: index, %10: index) attributes {rlx_cpu.parallel_body} {
    %11 = arith.constant 2 : index
    %12 = arith.constant 32 : index
    %13 = arith.constant 1 : index
    %14 = arith.constant 0 : index
    %15 = arith.constant 128 : index
    "scf.parallel"(%8, %9, %13) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%16: index):
      %17 = arith.remui %16, %0 : index
      %18 = arith.divui %16, %0 : index
      %19 = arith.remui %18, %11 : index
      %20 = arith.divui %18, %11 : index
      %21 = arith.muli %17, %12 : index
      %22 = arith.subi %1, %21 : index
      %23 = arith.minui %22, %12 : index
      %24 = arith.muli %23, %11 : index
      %25 = arith.constant 15 : index
      %26 = arith.addi %24, %25 : index
      %27 = arith.constant 16 : index
      %28 = arith.divui %26, %27 : index
      %29 = arith.subi %24, %13 : index
      %30 = memref.alloca() : memref<256xf32>
      %31 = memref.alloca() : memref<2048xf32>
      %32 = memref.alloca() : memref<2048xf32>
      %33 = arith.muli %20, %2 : index
      %34 = arith.constant 64 : index
      %35 = arith.muli %33, %34 : index
      %36 = arith.muli %19, %12 : index
      %37 = arith.addi %35, %36 : index
      %38 = arith.constant 0.000000e+00 : f32
      %39 = vector.broadcast %38 : f32 to vector<8xf32>
      %40 = vector.broadcast %38 : f32 to vector<16xf32>
      scf.for %41 = %14 to %24 step %13 {
        %42 = arith.divui %41, %11 : index
        %43 = arith.remui %41, %11 : index
        %44 = arith.addi %21, %42 : index
        %45 = arith.muli %19, %11 : index
        %46 = arith.addi %45, %43 : index
        %47 = arith.muli %20, %1 : index
        %48 = arith.addi %47, %44 : index
        %49 = arith.constant 4 : index
        %50 = arith.muli %48, %49 : index
        %51 = arith.addi %50, %46 : index
        %52 = arith.muli %51, %12 : index
        vector.store %39, %3[%52] : memref<?xf32>, vector<8xf32>
        %53 = arith.constant 8 : index
        %54 = arith.addi %52, %53 : index
        vector.store %39, %3[%54] : memref<?xf32>, vector<8xf32>
        %55 = arith.addi %52, %27 : index
        vector.store %39, %3[%55] : memref<?xf32>, vector<8xf32>
        %56 = arith.constant 24 : index
        %57 = arith.addi %52, %56 : index
        vector.store %39, %3[%57] : memref<?xf32>, vector<8xf32>
      }
      %58 = arith.muli %28, %27 : index
      scf.for %59 = %14 to %58 step %13 {
        %60 = arith.minui %59, %29 : index
        %61 = arith.divui %60, %11 : index
        %62 = arith.remui %60, %11 : index
        %63 = arith.addi %21, %61 : index
        %64 = arith.muli %19, %11 : index
        %65 = arith.addi %64, %62 : index
        %66 = arith.muli %20, %1 : index
        %67 = arith.addi %66, %63 : index
        %68 = arith.constant 4 : index
        %69 = arith.muli %67, %68 : index
        %70 = arith.addi %69, %65 : index
        %71 = arith.constant -1.000000e+30 : f32
        memref.store %71, %30[%59] : memref<256xf32>
        %72 = arith.addi %59, %34 : index
        memref.store %38, %30[%72] : memref<256xf32>
        %73 = arith.addi %4, %63 : index
        %74 = arith.addi %73, %13 : index
        %75 = arith.index_cast %74 : index to i64
        %76 = arith.sitofp %75 : i64 to f32
        %77 = arith.constant 192 : index
        %78 = arith.addi %59, %77 : index
        memref.store %76, %30[%78] : memref<256xf32>
      }
      scf.for %79 = %14 to %28 step %13 {
        %80 = arith.muli %79, %27 : index
        %81 = arith.minui %80, %29 : index
        %82 = arith.divui %81, %11 : index
        %83 = arith.remui %81, %11 : index
        %84 = arith.addi %21, %82 : index
        %85 = arith.muli %19, %11 : index
        %86 = arith.addi %85, %83 : index
        %87 = arith.muli %20, %1 : index
        %88 = arith.addi %87, %84 : index
        %89 = arith.constant 4 : index
        %90 = arith.muli %88, %89 : index
        %91 = arith.addi %90, %86 : index
        %92 = arith.muli %91, %12 : index
        %93 = arith.addi %80, %13 : index
        %94 = arith.minui %93, %29 : index
        %95 = arith.divui %94, %11 : index
        %96 = arith.remui %94, %11 : index
        %97 = arith.addi %21, %95 : index
        %98 = arith.addi %85, %96 : index
        %99 = arith.addi %87, %97 : index
        %100 = arith.muli %99, %89 : index
        %101 = arith.addi %100, %98 : index
        %102 = arith.muli %101, %12 : index
        %103 = arith.addi %80, %11 : index
        %104 = arith.minui %103, %29 : index
        %105 = arith.divui %104, %11 : index
        %106 = arith.remui %104, %11 : index
        %107 = arith.addi %21, %105 : index
        %108 = arith.addi %85, %106 : index
        %109 = arith.addi %87, %107 : index
        %110 = arith.muli %109, %89 : index
        %111 = arith.addi %110, %108 : index
        %112 = arith.muli %111, %12 : index
        %113 = arith.constant 3 : index
        %114 = arith.addi %80, %113 : index
        %115 = arith.minui %114, %29 : index
        %116 = arith.divui %115, %11 : index
        %117 = arith.remui %115, %11 : index
        %118 = arith.addi %21, %116 : index
        %119 = arith.addi %85, %117 : index
        %120 = arith.addi %87, %118 : index
        %121 = arith.muli %120, %89 : index
        %122 = arith.addi %121, %119 : index
        %123 = arith.muli %122, %12 : index
        %124 = arith.addi %80, %89 : index
        %125 = arith.minui %124, %29 : index
        %126 = arith.divui %125, %11 : index
        %127 = arith.remui %125, %11 : index
        %128 = arith.addi %21, %126 : index
        %129 = arith.addi %85, %127 : index
        %130 = arith.addi %87, %128 : index
        %131 = arith.muli %130, %89 : index
        %132 = arith.addi %131, %129 : index
        %133 = arith.muli %132, %12 : index
        %134 = arith.constant 5 : index
        %135 = arith.addi %80, %134 : index
        %136 = arith.minui %135, %29 : index
        %137 = arith.divui %136, %11 : index
        %138 = arith.remui %136, %11 : index
        %139 = arith.addi %21, %137 : index
        %140 = arith.addi %85, %138 : index
        %141 = arith.addi %87, %139 : index
        %142 = arith.muli %141, %89 : index
        %143 = arith.addi %142, %140 : index
        %144 = arith.muli %143, %12 : index
        %145 = arith.constant 6 : index
        %146 = arith.addi %80, %145 : index
        %147 = arith.minui %146, %29 : index
        %148 = arith.divui %147, %11 : index
        %149 = arith.remui %147, %11 : index
        %150 = arith.addi %21, %148 : index
        %151 = arith.addi %85, %149 : index
        %152 = arith.addi %87, %150 : index
        %153 = arith.muli %152, %89 : index
        %154 = arith.addi %153, %151 : index
        %155 = arith.muli %154, %12 : index
        %156 = arith.constant 7 : index
        %157 = arith.addi %80, %156 : index
        %158 = arith.minui %157, %29 : index
        %159 = arith.divui %158, %11 : index
        %160 = arith.remui %158, %11 : index
        %161 = arith.addi %21, %159 : index
        %162 = arith.addi %85, %160 : index
        %163 = arith.addi %87, %161 : index
        %164 = arith.muli %163, %89 : index
        %165 = arith.addi %164, %162 : index
        %166 = arith.muli %165, %12 : index
        %167 = arith.constant 8 : index
        %168 = arith.addi %80, %167 : index
        %169 = arith.minui %168, %29 : index
        %170 = arith.divui %169, %11 : index
        %171 = arith.remui %169, %11 : index
        %172 = arith.addi %21, %170 : index
        %173 = arith.addi %85, %171 : index
        %174 = arith.addi %87, %172 : index
        %175 = arith.muli %174, %89 : index
        %176 = arith.addi %175, %173 : index
        %177 = arith.muli %176, %12 : index
        %178 = arith.constant 9 : index
        %179 = arith.addi %80, %178 : index
        %180 = arith.minui %179, %29 : index
        %181 = arith.divui %180, %11 : index
        %182 = arith.remui %180, %11 : index
        %183 = arith.addi %21, %181 : index
        %184 = arith.addi %85, %182 : index
        %185 = arith.addi %87, %183 : index
        %186 = arith.muli %185, %89 : index
        %187 = arith.addi %186, %184 : index
        %188 = arith.muli %187, %12 : index
        %189 = arith.constant 10 : index
        %190 = arith.addi %80, %189 : index
        %191 = arith.minui %190, %29 : index
        %192 = arith.divui %191, %11 : index
        %193 = arith.remui %191, %11 : index
        %194 = arith.addi %21, %192 : index
        %195 = arith.addi %85, %193 : index
        %196 = arith.addi %87, %194 : index
        %197 = arith.muli %196, %89 : index
        %198 = arith.addi %197, %195 : index
        %199 = arith.muli %198, %12 : index
        %200 = arith.constant 11 : index
        %201 = arith.addi %80, %200 : index
        %202 = arith.minui %201, %29 : index
        %203 = arith.divui %202, %11 : index
        %204 = arith.remui %202, %11 : index
        %205 = arith.addi %21, %203 : index
        %206 = arith.addi %85, %204 : index
        %207 = arith.addi %87, %205 : index
        %208 = arith.muli %207, %89 : index
        %209 = arith.addi %208, %206 : index
        %210 = arith.muli %209, %12 : index
        %211 = arith.constant 12 : index
        %212 = arith.addi %80, %211 : index
        %213 = arith.minui %212, %29 : index
        %214 = arith.divui %213, %11 : index
        %215 = arith.remui %213, %11 : index
        %216 = arith.addi %21, %214 : index
        %217 = arith.addi %85, %215 : index
        %218 = arith.addi %87, %216 : index
        %219 = arith.muli %218, %89 : index
        %220 = arith.addi %219, %217 : index
        %221 = arith.muli %220, %12 : index
        %222 = arith.constant 13 : index
        %223 = arith.addi %80, %222 : index
        %224 = arith.minui %223, %29 : index
        %225 = arith.divui %224, %11 : index
        %226 = arith.remui %224, %11 : index
        %227 = arith.addi %21, %225 : index
        %228 = arith.addi %85, %226 : index
        %229 = arith.addi %87, %227 : index
        %230 = arith.muli %229, %89 : index
        %231 = arith.addi %230, %228 : index
        %232 = arith.muli %231, %12 : index
        %233 = arith.constant 14 : index
        %234 = arith.addi %80, %233 : index
        %235 = arith.minui %234, %29 : index
        %236 = arith.divui %235, %11 : index
        %237 = arith.remui %235, %11 : index
        %238 = arith.addi %21, %236 : index
        %239 = arith.addi %85, %237 : index
        %240 = arith.addi %87, %238 : index
        %241 = arith.muli %240, %89 : index
        %242 = arith.addi %241, %239 : index
        %243 = arith.muli %242, %12 : index
        %244 = arith.addi %80, %25 : index
        %245 = arith.minui %244, %29 : index
        %246 = arith.divui %245, %11 : index
        %247 = arith.remui %245, %11 : index
        %248 = arith.addi %21, %246 : index
        %249 = arith.addi %85, %247 : index
        %250 = arith.addi %87, %248 : index
        %251 = arith.muli %250, %89 : index
        %252 = arith.addi %251, %249 : index
        %253 = arith.muli %252, %12 : index
        %254 = arith.constant 0.176776692 : f32
        %255 = vector.broadcast %254 : f32 to vector<16xf32>
        scf.for %256 = %14 to %12 step %27 {
          %257 = arith.addi %92, %256 : index
          %258 = vector.load %5[%257] : memref<?xf32>, vector<16xf32>
          %259 = arith.mulf %258, %255 fastmath<nsz,arcp,afn> : vector<16xf32>
          %260 = arith.addi %102, %256 : index
          %261 = vector.load %5[%260] : memref<?xf32>, vector<16xf32>
          %262 = arith.mulf %261, %255 fastmath<nsz,arcp,afn> : vector<16xf32>
          %263 = arith.addi %112, %256 : index
          %264 = vector.load %5[%263] : memref<?xf32>, vector<16xf32>
          %265 = arith.mulf %264, %255 fastmath<nsz,arcp,afn> : vector<16xf32>
          %266 = arith.addi %123, %256 : index
          %267 = vector.load %5[%266] : memref<?xf32>, vector<16xf32>
          %268 = arith.mulf %267, %255 fastmath<nsz,arcp,afn> : vector<16xf32>
          %269 = arith.addi %133, %256 : index
          %270 = vector.load %5[%269] : memref<?xf32>, vector<16xf32>
          %271 = arith.mulf %270, %255 fastmath<nsz,arcp,afn> : vector<16xf32>
          %272 = arith.addi %144, %256 : index
          %273 = vector.load %5[%272] : memref<?xf32>, vector<16xf32>
          %274 = arith.mulf %273, %255 fastmath<nsz,arcp,afn> : vector<16xf32>
          %275 = arith.addi %155, %256 : index
          %276 = vector.load %5[%275] : memref<?xf32>, vector<16xf32>
          %277 = arith.mulf %276, %255 fastmath<nsz,arcp,afn> : vector<16xf32>
          %278 = arith.addi %166, %256 : index
          %279 = vector.load %5[%278] : memref<?xf32>, vector<16xf32>
          %280 = arith.mulf %279, %255 fastmath<nsz,arcp,afn> : vector<16xf32>
          %281 = arith.addi %177, %256 : index
          %282 = vector.load %5[%281] : memref<?xf32>, vector<16xf32>
          %283 = arith.mulf %282, %255 fastmath<nsz,arcp,afn> : vector<16xf32>
          %284 = arith.addi %188, %256 : index
          %285 = vector.load %5[%284] : memref<?xf32>, vector<16xf32>
          %286 = arith.mulf %285, %255 fastmath<nsz,arcp,afn> : vector<16xf32>
          %287 = arith.addi %199, %256 : index
          %288 = vector.load %5[%287] : memref<?xf32>, vector<16xf32>
          %289 = arith.mulf %288, %255 fastmath<nsz,arcp,afn> : vector<16xf32>
          %290 = arith.addi %210, %256 : index
          %291 = vector.load %5[%290] : memref<?xf32>, vector<16xf32>
          %292 = arith.mulf %291, %255 fastmath<nsz,arcp,afn> : vector<16xf32>
          %293 = arith.addi %221, %256 : index
          %294 = vector.load %5[%293] : memref<?xf32>, vector<16xf32>
          %295 = arith.mulf %294, %255 fastmath<nsz,arcp,afn> : vector<16xf32>
          %296 = arith.addi %232, %256 : index
          %297 = vector.load %5[%296] : memref<?xf32>, vector<16xf32>
          %298 = arith.mulf %297, %255 fastmath<nsz,arcp,afn> : vector<16xf32>
          %299 = arith.addi %243, %256 : index
          %300 = vector.load %5[%299] : memref<?xf32>, vector<16xf32>
          %301 = arith.mulf %300, %255 fastmath<nsz,arcp,afn> : vector<16xf32>
          %302 = arith.addi %253, %256 : index
          %303 = vector.load %5[%302] : memref<?xf32>, vector<16xf32>
          %304 = arith.mulf %303, %255 fastmath<nsz,arcp,afn> : vector<16xf32>
          %305 = vector.shuffle %259, %283 [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23] : vector<16xf32>, vector<16xf32>
          %306 = vector.shuffle %259, %283 [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
          %307 = vector.shuffle %262, %286 [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23] : vector<16xf32>, vector<16xf32>
          %308 = vector.shuffle %262, %286 [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
          %309 = vector.shuffle %265, %289 [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23] : vector<16xf32>, vector<16xf32>
          %310 = vector.shuffle %265, %289 [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
          %311 = vector.shuffle %268, %292 [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23] : vector<16xf32>, vector<16xf32>
          %312 = vector.shuffle %268, %292 [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
          %313 = vector.shuffle %271, %295 [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23] : vector<16xf32>, vector<16xf32>
          %314 = vector.shuffle %271, %295 [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
          %315 = vector.shuffle %274, %298 [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23] : vector<16xf32>, vector<16xf32>
          %316 = vector.shuffle %274, %298 [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
          %317 = vector.shuffle %277, %301 [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23] : vector<16xf32>, vector<16xf32>
          %318 = vector.shuffle %277, %301 [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
          %319 = vector.shuffle %280, %304 [0, 1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 19, 20, 21, 22, 23] : vector<16xf32>, vector<16xf32>
          %320 = vector.shuffle %280, %304 [8, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
          %321 = vector.shuffle %305, %313 [0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27] : vector<16xf32>, vector<16xf32>
          %322 = vector.shuffle %305, %313 [4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
          %323 = vector.shuffle %307, %315 [0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27] : vector<16xf32>, vector<16xf32>
          %324 = vector.shuffle %307, %315 [4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
          %325 = vector.shuffle %309, %317 [0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27] : vector<16xf32>, vector<16xf32>
          %326 = vector.shuffle %309, %317 [4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
          %327 = vector.shuffle %311, %319 [0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27] : vector<16xf32>, vector<16xf32>
          %328 = vector.shuffle %311, %319 [4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
          %329 = vector.shuffle %306, %314 [0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27] : vector<16xf32>, vector<16xf32>
          %330 = vector.shuffle %306, %314 [4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
          %331 = vector.shuffle %308, %316 [0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27] : vector<16xf32>, vector<16xf32>
          %332 = vector.shuffle %308, %316 [4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
          %333 = vector.shuffle %310, %318 [0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27] : vector<16xf32>, vector<16xf32>
          %334 = vector.shuffle %310, %318 [4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
          %335 = vector.shuffle %312, %320 [0, 1, 2, 3, 16, 17, 18, 19, 8, 9, 10, 11, 24, 25, 26, 27] : vector<16xf32>, vector<16xf32>
          %336 = vector.shuffle %312, %320 [4, 5, 6, 7, 20, 21, 22, 23, 12, 13, 14, 15, 28, 29, 30, 31] : vector<16xf32>, vector<16xf32>
          %337 = vector.shuffle %321, %325 [0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29] : vector<16xf32>, vector<16xf32>
          %338 = vector.shuffle %321, %325 [2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31] : vector<16xf32>, vector<16xf32>
          %339 = vector.shuffle %323, %327 [0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29] : vector<16xf32>, vector<16xf32>
          %340 = vector.shuffle %323, %327 [2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31] : vector<16xf32>, vector<16xf32>
          %341 = vector.shuffle %322, %326 [0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29] : vector<16xf32>, vector<16xf32>
          %342 = vector.shuffle %322, %326 [2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31] : vector<16xf32>, vector<16xf32>
          %343 = vector.shuffle %324, %328 [0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29] : vector<16xf32>, vector<16xf32>
          %344 = vector.shuffle %324, %328 [2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31] : vector<16xf32>, vector<16xf32>
          %345 = vector.shuffle %329, %333 [0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29] : vector<16xf32>, vector<16xf32>
          %346 = vector.shuffle %329, %333 [2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31] : vector<16xf32>, vector<16xf32>
          %347 = vector.shuffle %331, %335 [0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29] : vector<16xf32>, vector<16xf32>
          %348 = vector.shuffle %331, %335 [2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31] : vector<16xf32>, vector<16xf32>
          %349 = vector.shuffle %330, %334 [0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29] : vector<16xf32>, vector<16xf32>
          %350 = vector.shuffle %330, %334 [2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31] : vector<16xf32>, vector<16xf32>
          %351 = vector.shuffle %332, %336 [0, 1, 16, 17, 4, 5, 20, 21, 8, 9, 24, 25, 12, 13, 28, 29] : vector<16xf32>, vector<16xf32>
          %352 = vector.shuffle %332, %336 [2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31] : vector<16xf32>, vector<16xf32>
          %353 = vector.shuffle %337, %339 [0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30] : vector<16xf32>, vector<16xf32>
          %354 = vector.shuffle %337, %339 [1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31] : vector<16xf32>, vector<16xf32>
          %355 = vector.shuffle %338, %340 [0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30] : vector<16xf32>, vector<16xf32>
          %356 = vector.shuffle %338, %340 [1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31] : vector<16xf32>, vector<16xf32>
          %357 = vector.shuffle %341, %343 [0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30] : vector<16xf32>, vector<16xf32>
          %358 = vector.shuffle %341, %343 [1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31] : vector<16xf32>, vector<16xf32>
          %359 = vector.shuffle %342, %344 [0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30] : vector<16xf32>, vector<16xf32>
          %360 = vector.shuffle %342, %344 [1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31] : vector<16xf32>, vector<16xf32>
          %361 = vector.shuffle %345, %347 [0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30] : vector<16xf32>, vector<16xf32>
          %362 = vector.shuffle %345, %347 [1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31] : vector<16xf32>, vector<16xf32>
          %363 = vector.shuffle %346, %348 [0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30] : vector<16xf32>, vector<16xf32>
          %364 = vector.shuffle %346, %348 [1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31] : vector<16xf32>, vector<16xf32>
          %365 = vector.shuffle %349, %351 [0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30] : vector<16xf32>, vector<16xf32>
          %366 = vector.shuffle %349, %351 [1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31] : vector<16xf32>, vector<16xf32>
          %367 = vector.shuffle %350, %352 [0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30] : vector<16xf32>, vector<16xf32>
          %368 = vector.shuffle %350, %352 [1, 17, 3, 19, 5, 21, 7, 23, 9, 25, 11, 27, 13, 29, 15, 31] : vector<16xf32>, vector<16xf32>
          %369 = arith.muli %256, %34 : index
          %370 = arith.addi %369, %80 : index
          vector.store %353, %32[%370] : memref<2048xf32>, vector<16xf32>
          %371 = arith.addi %256, %13 : index
          %372 = arith.muli %371, %34 : index
          %373 = arith.addi %372, %80 : index
          vector.store %354, %32[%373] : memref<2048xf32>, vector<16xf32>
          %374 = arith.addi %256, %11 : index
          %375 = arith.muli %374, %34 : index
          %376 = arith.addi %375, %80 : index
          vector.store %355, %32[%376] : memref<2048xf32>, vector<16xf32>
          %377 = arith.addi %256, %113 : index
          %378 = arith.muli %377, %34 : index
          %379 = arith.addi %378, %80 : index
          vector.store %356, %32[%379] : memref<2048xf32>, vector<16xf32>
          %380 = arith.addi %256, %89 : index
          %381 = arith.muli %380, %34 : index
          %382 = arith.addi %381, %80 : index
          vector.store %357, %32[%382] : memref<2048xf32>, vector<16xf32>
          %383 = arith.addi %256, %134 : index
          %384 = arith.muli %383, %34 : index
          %385 = arith.addi %384, %80 : index
          vector.store %358, %32[%385] : memref<2048xf32>, vector<16xf32>
          %386 = arith.addi %256, %145 : index
          %387 = arith.muli %386, %34 : index
          %388 = arith.addi %387, %80 : index
          vector.store %359, %32[%388] : memref<2048xf32>, vector<16xf32>
          %389 = arith.addi %256, %156 : index
          %390 = arith.muli %389, %34 : index
          %391 = arith.addi %390, %80 : index
          vector.store %360, %32[%391] : memref<2048xf32>, vector<16xf32>
          %392 = arith.addi %256, %167 : index
          %393 = arith.muli %392, %34 : index
          %394 = arith.addi %393, %80 : index
          vector.store %361, %32[%394] : memref<2048xf32>, vector<16xf32>
          %395 = arith.addi %256, %178 : index
          %396 = arith.muli %395, %34 : index
          %397 = arith.addi %396, %80 : index
          vector.store %362, %32[%397] : memref<2048xf32>, vector<16xf32>
          %398 = arith.addi %256, %189 : index
          %399 = arith.muli %398, %34 : index
          %400 = arith.addi %399, %80 : index
          vector.store %363, %32[%400] : memref<2048xf32>, vector<16xf32>
          %401 = arith.addi %256, %200 : index
          %402 = arith.muli %401, %34 : index
          %403 = arith.addi %402, %80 : index
          vector.store %364, %32[%403] : memref<2048xf32>, vector<16xf32>
          %404 = arith.addi %256, %211 : index
          %405 = arith.muli %404, %34 : index
          %406 = arith.addi %405, %80 : index
          vector.store %365, %32[%406] : memref<2048xf32>, vector<16xf32>
          %407 = arith.addi %256, %222 : index
          %408 = arith.muli %407, %34 : index
          %409 = arith.addi %408, %80 : index
          vector.store %366, %32[%409] : memref<2048xf32>, vector<16xf32>
          %410 = arith.addi %256, %233 : index
          %411 = arith.muli %410, %34 : index
          %412 = arith.addi %411, %80 : index
          vector.store %367, %32[%412] : memref<2048xf32>, vector<16xf32>
          %413 = arith.addi %256, %25 : index
          %414 = arith.muli %413, %34 : index
          %415 = arith.addi %414, %80 : index
          vector.store %368, %32[%415] : memref<2048xf32>, vector<16xf32>
        }
      }
      %416 = arith.addi %4, %21 : index
      %417 = arith.addi %416, %13 : index
      %418 = arith.divui %417, %12 : index
      %419 = arith.muli %418, %12 : index
      %420 = arith.addi %21, %23 : index
      %421 = arith.subi %420, %13 : index
      %422 = arith.addi %4, %421 : index
      %423 = arith.addi %422, %13 : index
      %424 = arith.constant 8 : index
      %425 = arith.divui %423, %424 : index
      %426 = arith.muli %425, %424 : index
      scf.for %427 = %14 to %419 step %12 {
        %428 = arith.muli %427, %34 : index
        %429 = arith.addi %37, %428 : index
        %430 = arith.divui %28, %11 : index
        %431 = arith.muli %430, %11 : index
        scf.for %432 = %14 to %431 step %11 {
          scf.for %433 = %14 to %12 step %424 {
            %434 = arith.muli %433, %34 : index
            %435 = arith.addi %429, %434 : index
            %436 = arith.addi %435, %34 : index
            %437 = arith.addi %435, %15 : index
            %438 = arith.constant 192 : index
            %439 = arith.addi %435, %438 : index
            %440 = arith.constant 256 : index
            %441 = arith.addi %435, %440 : index
            %442 = arith.constant 320 : index
            %443 = arith.addi %435, %442 : index
            %444 = arith.constant 384 : index
            %445 = arith.addi %435, %444 : index
            %446 = arith.constant 448 : index
            %447 = arith.addi %435, %446 : index
            %448 = arith.muli %432, %27 : index
            %449 = arith.addi %432, %13 : index
            %450 = arith.muli %449, %27 : index
            %451 = arith.constant 4 : index
            %452, %453, %454, %455, %456, %457, %458, %459, %460, %461, %462, %463, %464, %465, %466, %467 = scf.for %468 = %14 to %12 step %451 iter_args(%469 = %40, %470 = %40, %471 = %40, %472 = %40, %473 = %40, %474 = %40, %475 = %40, %476 = %40, %477 = %40, %478 = %40, %479 = %40, %480 = %40, %481 = %40, %482 = %40, %483 = %40, %484 = %40) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %485 = arith.muli %468, %34 : index
              %486 = arith.addi %485, %448 : index
              %487 = vector.load %32[%486] : memref<2048xf32>, vector<16xf32>
              %488 = arith.addi %485, %450 : index
              %489 = vector.load %32[%488] : memref<2048xf32>, vector<16xf32>
              %490 = arith.addi %435, %468 : index
              %491 = memref.load %6[%490] : memref<?xf32>
              %492 = vector.broadcast %491 : f32 to vector<16xf32>
              %493 = vector.fma %487, %492, %469 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %494 = vector.fma %489, %492, %477 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %495 = arith.addi %436, %468 : index
              %496 = memref.load %6[%495] : memref<?xf32>
              %497 = vector.broadcast %496 : f32 to vector<16xf32>
              %498 = vector.fma %487, %497, %470 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %499 = vector.fma %489, %497, %478 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %500 = arith.addi %437, %468 : index
              %501 = memref.load %6[%500] : memref<?xf32>
              %502 = vector.broadcast %501 : f32 to vector<16xf32>
              %503 = vector.fma %487, %502, %471 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %504 = vector.fma %489, %502, %479 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %505 = arith.addi %439, %468 : index
              %506 = memref.load %6[%505] : memref<?xf32>
              %507 = vector.broadcast %506 : f32 to vector<16xf32>
              %508 = vector.fma %487, %507, %472 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %509 = vector.fma %489, %507, %480 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %510 = arith.addi %441, %468 : index
              %511 = memref.load %6[%510] : memref<?xf32>
              %512 = vector.broadcast %511 : f32 to vector<16xf32>
              %513 = vector.fma %487, %512, %473 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %514 = vector.fma %489, %512, %481 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %515 = arith.addi %443, %468 : index
              %516 = memref.load %6[%515] : memref<?xf32>
              %517 = vector.broadcast %516 : f32 to vector<16xf32>
              %518 = vector.fma %487, %517, %474 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %519 = vector.fma %489, %517, %482 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %520 = arith.addi %445, %468 : index
              %521 = memref.load %6[%520] : memref<?xf32>
              %522 = vector.broadcast %521 : f32 to vector<16xf32>
              %523 = vector.fma %487, %522, %475 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %524 = vector.fma %489, %522, %483 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %525 = arith.addi %447, %468 : index
              %526 = memref.load %6[%525] : memref<?xf32>
              %527 = vector.broadcast %526 : f32 to vector<16xf32>
              %528 = vector.fma %487, %527, %476 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %529 = vector.fma %489, %527, %484 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %530 = arith.addi %468, %13 : index
              %531 = arith.muli %530, %34 : index
              %532 = arith.addi %531, %448 : index
              %533 = vector.load %32[%532] : memref<2048xf32>, vector<16xf32>
              %534 = arith.addi %531, %450 : index
              %535 = vector.load %32[%534] : memref<2048xf32>, vector<16xf32>
              %536 = arith.addi %435, %530 : index
              %537 = memref.load %6[%536] : memref<?xf32>
              %538 = vector.broadcast %537 : f32 to vector<16xf32>
              %539 = vector.fma %533, %538, %493 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %540 = vector.fma %535, %538, %494 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %541 = arith.addi %436, %530 : index
              %542 = memref.load %6[%541] : memref<?xf32>
              %543 = vector.broadcast %542 : f32 to vector<16xf32>
              %544 = vector.fma %533, %543, %498 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %545 = vector.fma %535, %543, %499 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %546 = arith.addi %437, %530 : index
              %547 = memref.load %6[%546] : memref<?xf32>
              %548 = vector.broadcast %547 : f32 to vector<16xf32>
              %549 = vector.fma %533, %548, %503 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %550 = vector.fma %535, %548, %504 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %551 = arith.addi %439, %530 : index
              %552 = memref.load %6[%551] : memref<?xf32>
              %553 = vector.broadcast %552 : f32 to vector<16xf32>
              %554 = vector.fma %533, %553, %508 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %555 = vector.fma %535, %553, %509 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %556 = arith.addi %441, %530 : index
              %557 = memref.load %6[%556] : memref<?xf32>
              %558 = vector.broadcast %557 : f32 to vector<16xf32>
              %559 = vector.fma %533, %558, %513 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %560 = vector.fma %535, %558, %514 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %561 = arith.addi %443, %530 : index
              %562 = memref.load %6[%561] : memref<?xf32>
              %563 = vector.broadcast %562 : f32 to vector<16xf32>
              %564 = vector.fma %533, %563, %518 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %565 = vector.fma %535, %563, %519 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %566 = arith.addi %445, %530 : index
              %567 = memref.load %6[%566] : memref<?xf32>
              %568 = vector.broadcast %567 : f32 to vector<16xf32>
              %569 = vector.fma %533, %568, %523 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %570 = vector.fma %535, %568, %524 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %571 = arith.addi %447, %530 : index
              %572 = memref.load %6[%571] : memref<?xf32>
              %573 = vector.broadcast %572 : f32 to vector<16xf32>
              %574 = vector.fma %533, %573, %528 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %575 = vector.fma %535, %573, %529 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %576 = arith.addi %468, %11 : index
              %577 = arith.muli %576, %34 : index
              %578 = arith.addi %577, %448 : index
              %579 = vector.load %32[%578] : memref<2048xf32>, vector<16xf32>
              %580 = arith.addi %577, %450 : index
              %581 = vector.load %32[%580] : memref<2048xf32>, vector<16xf32>
              %582 = arith.addi %435, %576 : index
              %583 = memref.load %6[%582] : memref<?xf32>
              %584 = vector.broadcast %583 : f32 to vector<16xf32>
              %585 = vector.fma %579, %584, %539 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %586 = vector.fma %581, %584, %540 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %587 = arith.addi %436, %576 : index
              %588 = memref.load %6[%587] : memref<?xf32>
              %589 = vector.broadcast %588 : f32 to vector<16xf32>
              %590 = vector.fma %579, %589, %544 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %591 = vector.fma %581, %589, %545 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %592 = arith.addi %437, %576 : index
              %593 = memref.load %6[%592] : memref<?xf32>
              %594 = vector.broadcast %593 : f32 to vector<16xf32>
              %595 = vector.fma %579, %594, %549 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %596 = vector.fma %581, %594, %550 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %597 = arith.addi %439, %576 : index
              %598 = memref.load %6[%597] : memref<?xf32>
              %599 = vector.broadcast %598 : f32 to vector<16xf32>
              %600 = vector.fma %579, %599, %554 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %601 = vector.fma %581, %599, %555 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %602 = arith.addi %441, %576 : index
              %603 = memref.load %6[%602] : memref<?xf32>
              %604 = vector.broadcast %603 : f32 to vector<16xf32>
              %605 = vector.fma %579, %604, %559 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %606 = vector.fma %581, %604, %560 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %607 = arith.addi %443, %576 : index
              %608 = memref.load %6[%607] : memref<?xf32>
              %609 = vector.broadcast %608 : f32 to vector<16xf32>
              %610 = vector.fma %579, %609, %564 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %611 = vector.fma %581, %609, %565 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %612 = arith.addi %445, %576 : index
              %613 = memref.load %6[%612] : memref<?xf32>
              %614 = vector.broadcast %613 : f32 to vector<16xf32>
              %615 = vector.fma %579, %614, %569 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %616 = vector.fma %581, %614, %570 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %617 = arith.addi %447, %576 : index
              %618 = memref.load %6[%617] : memref<?xf32>
              %619 = vector.broadcast %618 : f32 to vector<16xf32>
              %620 = vector.fma %579, %619, %574 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %621 = vector.fma %581, %619, %575 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %622 = arith.constant 3 : index
              %623 = arith.addi %468, %622 : index
              %624 = arith.muli %623, %34 : index
              %625 = arith.addi %624, %448 : index
              %626 = vector.load %32[%625] : memref<2048xf32>, vector<16xf32>
              %627 = arith.addi %624, %450 : index
              %628 = vector.load %32[%627] : memref<2048xf32>, vector<16xf32>
              %629 = arith.addi %435, %623 : index
              %630 = memref.load %6[%629] : memref<?xf32>
              %631 = vector.broadcast %630 : f32 to vector<16xf32>
              %632 = vector.fma %626, %631, %585 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %633 = vector.fma %628, %631, %586 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %634 = arith.addi %436, %623 : index
              %635 = memref.load %6[%634] : memref<?xf32>
              %636 = vector.broadcast %635 : f32 to vector<16xf32>
              %637 = vector.fma %626, %636, %590 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %638 = vector.fma %628, %636, %591 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %639 = arith.addi %437, %623 : index
              %640 = memref.load %6[%639] : memref<?xf32>
              %641 = vector.broadcast %640 : f32 to vector<16xf32>
              %642 = vector.fma %626, %641, %595 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %643 = vector.fma %628, %641, %596 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %644 = arith.addi %439, %623 : index
              %645 = memref.load %6[%644] : memref<?xf32>
              %646 = vector.broadcast %645 : f32 to vector<16xf32>
              %647 = vector.fma %626, %646, %600 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %648 = vector.fma %628, %646, %601 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %649 = arith.addi %441, %623 : index
              %650 = memref.load %6[%649] : memref<?xf32>
              %651 = vector.broadcast %650 : f32 to vector<16xf32>
              %652 = vector.fma %626, %651, %605 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %653 = vector.fma %628, %651, %606 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %654 = arith.addi %443, %623 : index
              %655 = memref.load %6[%654] : memref<?xf32>
              %656 = vector.broadcast %655 : f32 to vector<16xf32>
              %657 = vector.fma %626, %656, %610 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %658 = vector.fma %628, %656, %611 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %659 = arith.addi %445, %623 : index
              %660 = memref.load %6[%659] : memref<?xf32>
              %661 = vector.broadcast %660 : f32 to vector<16xf32>
              %662 = vector.fma %626, %661, %615 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %663 = vector.fma %628, %661, %616 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %664 = arith.addi %447, %623 : index
              %665 = memref.load %6[%664] : memref<?xf32>
              %666 = vector.broadcast %665 : f32 to vector<16xf32>
              %667 = vector.fma %626, %666, %620 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %668 = vector.fma %628, %666, %621 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %632, %637, %642, %647, %652, %657, %662, %667, %633, %638, %643, %648, %653, %658, %663, %668 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %669 = arith.muli %432, %12 : index
            %670 = arith.addi %669, %433 : index
            %671 = arith.muli %670, %27 : index
            vector.store %452, %31[%671] : memref<2048xf32>, vector<16xf32>
            %672 = arith.addi %433, %13 : index
            %673 = arith.addi %669, %672 : index
            %674 = arith.muli %673, %27 : index
            vector.store %453, %31[%674] : memref<2048xf32>, vector<16xf32>
            %675 = arith.addi %433, %11 : index
            %676 = arith.addi %669, %675 : index
            %677 = arith.muli %676, %27 : index
            vector.store %454, %31[%677] : memref<2048xf32>, vector<16xf32>
            %678 = arith.constant 3 : index
            %679 = arith.addi %433, %678 : index
            %680 = arith.addi %669, %679 : index
            %681 = arith.muli %680, %27 : index
            vector.store %455, %31[%681] : memref<2048xf32>, vector<16xf32>
            %682 = arith.addi %433, %451 : index
            %683 = arith.addi %669, %682 : index
            %684 = arith.muli %683, %27 : index
            vector.store %456, %31[%684] : memref<2048xf32>, vector<16xf32>
            %685 = arith.constant 5 : index
            %686 = arith.addi %433, %685 : index
            %687 = arith.addi %669, %686 : index
            %688 = arith.muli %687, %27 : index
            vector.store %457, %31[%688] : memref<2048xf32>, vector<16xf32>
            %689 = arith.constant 6 : index
            %690 = arith.addi %433, %689 : index
            %691 = arith.addi %669, %690 : index
            %692 = arith.muli %691, %27 : index
            vector.store %458, %31[%692] : memref<2048xf32>, vector<16xf32>
            %693 = arith.constant 7 : index
            %694 = arith.addi %433, %693 : index
            %695 = arith.addi %669, %694 : index
            %696 = arith.muli %695, %27 : index
            vector.store %459, %31[%696] : memref<2048xf32>, vector<16xf32>
            %697 = arith.muli %449, %12 : index
            %698 = arith.addi %697, %433 : index
            %699 = arith.muli %698, %27 : index
            vector.store %460, %31[%699] : memref<2048xf32>, vector<16xf32>
            %700 = arith.addi %697, %672 : index
            %701 = arith.muli %700, %27 : index
            vector.store %461, %31[%701] : memref<2048xf32>, vector<16xf32>
            %702 = arith.addi %697, %675 : index
            %703 = arith.muli %702, %27 : index
            vector.store %462, %31[%703] : memref<2048xf32>, vector<16xf32>
            %704 = arith.addi %697, %679 : index
            %705 = arith.muli %704, %27 : index
            vector.store %463, %31[%705] : memref<2048xf32>, vector<16xf32>
            %706 = arith.addi %697, %682 : index
            %707 = arith.muli %706, %27 : index
            vector.store %464, %31[%707] : memref<2048xf32>, vector<16xf32>
            %708 = arith.addi %697, %686 : index
            %709 = arith.muli %708, %27 : index
            vector.store %465, %31[%709] : memref<2048xf32>, vector<16xf32>
            %710 = arith.addi %697, %690 : index
            %711 = arith.muli %710, %27 : index
            vector.store %466, %31[%711] : memref<2048xf32>, vector<16xf32>
            %712 = arith.addi %697, %694 : index
            %713 = arith.muli %712, %27 : index
            vector.store %467, %31[%713] : memref<2048xf32>, vector<16xf32>
          }
        }
        scf.for %714 = %431 to %28 step %13 {
          scf.for %715 = %14 to %12 step %424 {
            %716 = arith.muli %715, %34 : index
            %717 = arith.addi %429, %716 : index
            %718 = arith.addi %717, %34 : index
            %719 = arith.addi %717, %15 : index
            %720 = arith.constant 192 : index
            %721 = arith.addi %717, %720 : index
            %722 = arith.constant 256 : index
            %723 = arith.addi %717, %722 : index
            %724 = arith.constant 320 : index
            %725 = arith.addi %717, %724 : index
            %726 = arith.constant 384 : index
            %727 = arith.addi %717, %726 : index
            %728 = arith.constant 448 : index
            %729 = arith.addi %717, %728 : index
            %730 = arith.muli %714, %27 : index
            %731 = arith.constant 4 : index
            %732, %733, %734, %735, %736, %737, %738, %739 = scf.for %740 = %14 to %12 step %731 iter_args(%741 = %40, %742 = %40, %743 = %40, %744 = %40, %745 = %40, %746 = %40, %747 = %40, %748 = %40) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %749 = arith.muli %740, %34 : index
              %750 = arith.addi %749, %730 : index
              %751 = vector.load %32[%750] : memref<2048xf32>, vector<16xf32>
              %752 = arith.addi %717, %740 : index
              %753 = memref.load %6[%752] : memref<?xf32>
              %754 = vector.broadcast %753 : f32 to vector<16xf32>
              %755 = vector.fma %751, %754, %741 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %756 = arith.addi %718, %740 : index
              %757 = memref.load %6[%756] : memref<?xf32>
              %758 = vector.broadcast %757 : f32 to vector<16xf32>
              %759 = vector.fma %751, %758, %742 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %760 = arith.addi %719, %740 : index
              %761 = memref.load %6[%760] : memref<?xf32>
              %762 = vector.broadcast %761 : f32 to vector<16xf32>
              %763 = vector.fma %751, %762, %743 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %764 = arith.addi %721, %740 : index
              %765 = memref.load %6[%764] : memref<?xf32>
              %766 = vector.broadcast %765 : f32 to vector<16xf32>
              %767 = vector.fma %751, %766, %744 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %768 = arith.addi %723, %740 : index
              %769 = memref.load %6[%768] : memref<?xf32>
              %770 = vector.broadcast %769 : f32 to vector<16xf32>
              %771 = vector.fma %751, %770, %745 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %772 = arith.addi %725, %740 : index
              %773 = memref.load %6[%772] : memref<?xf32>
              %774 = vector.broadcast %773 : f32 to vector<16xf32>
              %775 = vector.fma %751, %774, %746 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %776 = arith.addi %727, %740 : index
              %777 = memref.load %6[%776] : memref<?xf32>
              %778 = vector.broadcast %777 : f32 to vector<16xf32>
              %779 = vector.fma %751, %778, %747 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %780 = arith.addi %729, %740 : index
              %781 = memref.load %6[%780] : memref<?xf32>
              %782 = vector.broadcast %781 : f32 to vector<16xf32>
              %783 = vector.fma %751, %782, %748 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %784 = arith.addi %740, %13 : index
              %785 = arith.muli %784, %34 : index
              %786 = arith.addi %785, %730 : index
              %787 = vector.load %32[%786] : memref<2048xf32>, vector<16xf32>
              %788 = arith.addi %717, %784 : index
              %789 = memref.load %6[%788] : memref<?xf32>
              %790 = vector.broadcast %789 : f32 to vector<16xf32>
              %791 = vector.fma %787, %790, %755 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %792 = arith.addi %718, %784 : index
              %793 = memref.load %6[%792] : memref<?xf32>
              %794 = vector.broadcast %793 : f32 to vector<16xf32>
              %795 = vector.fma %787, %794, %759 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %796 = arith.addi %719, %784 : index
              %797 = memref.load %6[%796] : memref<?xf32>
              %798 = vector.broadcast %797 : f32 to vector<16xf32>
              %799 = vector.fma %787, %798, %763 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %800 = arith.addi %721, %784 : index
              %801 = memref.load %6[%800] : memref<?xf32>
              %802 = vector.broadcast %801 : f32 to vector<16xf32>
              %803 = vector.fma %787, %802, %767 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %804 = arith.addi %723, %784 : index
              %805 = memref.load %6[%804] : memref<?xf32>
              %806 = vector.broadcast %805 : f32 to vector<16xf32>
              %807 = vector.fma %787, %806, %771 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %808 = arith.addi %725, %784 : index
              %809 = memref.load %6[%808] : memref<?xf32>
              %810 = vector.broadcast %809 : f32 to vector<16xf32>
              %811 = vector.fma %787, %810, %775 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %812 = arith.addi %727, %784 : index
              %813 = memref.load %6[%812] : memref<?xf32>
              %814 = vector.broadcast %813 : f32 to vector<16xf32>
              %815 = vector.fma %787, %814, %779 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %816 = arith.addi %729, %784 : index
              %817 = memref.load %6[%816] : memref<?xf32>
              %818 = vector.broadcast %817 : f32 to vector<16xf32>
              %819 = vector.fma %787, %818, %783 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %820 = arith.addi %740, %11 : index
              %821 = arith.muli %820, %34 : index
              %822 = arith.addi %821, %730 : index
              %823 = vector.load %32[%822] : memref<2048xf32>, vector<16xf32>
              %824 = arith.addi %717, %820 : index
              %825 = memref.load %6[%824] : memref<?xf32>
              %826 = vector.broadcast %825 : f32 to vector<16xf32>
              %827 = vector.fma %823, %826, %791 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %828 = arith.addi %718, %820 : index
              %829 = memref.load %6[%828] : memref<?xf32>
              %830 = vector.broadcast %829 : f32 to vector<16xf32>
              %831 = vector.fma %823, %830, %795 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %832 = arith.addi %719, %820 : index
              %833 = memref.load %6[%832] : memref<?xf32>
              %834 = vector.broadcast %833 : f32 to vector<16xf32>
              %835 = vector.fma %823, %834, %799 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %836 = arith.addi %721, %820 : index
              %837 = memref.load %6[%836] : memref<?xf32>
              %838 = vector.broadcast %837 : f32 to vector<16xf32>
              %839 = vector.fma %823, %838, %803 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %840 = arith.addi %723, %820 : index
              %841 = memref.load %6[%840] : memref<?xf32>
              %842 = vector.broadcast %841 : f32 to vector<16xf32>
              %843 = vector.fma %823, %842, %807 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %844 = arith.addi %725, %820 : index
              %845 = memref.load %6[%844] : memref<?xf32>
              %846 = vector.broadcast %845 : f32 to vector<16xf32>
              %847 = vector.fma %823, %846, %811 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %848 = arith.addi %727, %820 : index
              %849 = memref.load %6[%848] : memref<?xf32>
              %850 = vector.broadcast %849 : f32 to vector<16xf32>
              %851 = vector.fma %823, %850, %815 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %852 = arith.addi %729, %820 : index
              %853 = memref.load %6[%852] : memref<?xf32>
              %854 = vector.broadcast %853 : f32 to vector<16xf32>
              %855 = vector.fma %823, %854, %819 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %856 = arith.constant 3 : index
              %857 = arith.addi %740, %856 : index
              %858 = arith.muli %857, %34 : index
              %859 = arith.addi %858, %730 : index
              %860 = vector.load %32[%859] : memref<2048xf32>, vector<16xf32>
              %861 = arith.addi %717, %857 : index
              %862 = memref.load %6[%861] : memref<?xf32>
              %863 = vector.broadcast %862 : f32 to vector<16xf32>
              %864 = vector.fma %860, %863, %827 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %865 = arith.addi %718, %857 : index
              %866 = memref.load %6[%865] : memref<?xf32>
              %867 = vector.broadcast %866 : f32 to vector<16xf32>
              %868 = vector.fma %860, %867, %831 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %869 = arith.addi %719, %857 : index
              %870 = memref.load %6[%869] : memref<?xf32>
              %871 = vector.broadcast %870 : f32 to vector<16xf32>
              %872 = vector.fma %860, %871, %835 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %873 = arith.addi %721, %857 : index
              %874 = memref.load %6[%873] : memref<?xf32>
              %875 = vector.broadcast %874 : f32 to vector<16xf32>
              %876 = vector.fma %860, %875, %839 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %877 = arith.addi %723, %857 : index
              %878 = memref.load %6[%877] : memref<?xf32>
              %879 = vector.broadcast %878 : f32 to vector<16xf32>
              %880 = vector.fma %860, %879, %843 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %881 = arith.addi %725, %857 : index
              %882 = memref.load %6[%881] : memref<?xf32>
              %883 = vector.broadcast %882 : f32 to vector<16xf32>
              %884 = vector.fma %860, %883, %847 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %885 = arith.addi %727, %857 : index
              %886 = memref.load %6[%885] : memref<?xf32>
              %887 = vector.broadcast %886 : f32 to vector<16xf32>
              %888 = vector.fma %860, %887, %851 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %889 = arith.addi %729, %857 : index
              %890 = memref.load %6[%889] : memref<?xf32>
              %891 = vector.broadcast %890 : f32 to vector<16xf32>
              %892 = vector.fma %860, %891, %855 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %864, %868, %872, %876, %880, %884, %888, %892 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %893 = arith.muli %714, %12 : index
            %894 = arith.addi %893, %715 : index
            %895 = arith.muli %894, %27 : index
            vector.store %732, %31[%895] : memref<2048xf32>, vector<16xf32>
            %896 = arith.addi %715, %13 : index
            %897 = arith.addi %893, %896 : index
            %898 = arith.muli %897, %27 : index
            vector.store %733, %31[%898] : memref<2048xf32>, vector<16xf32>
            %899 = arith.addi %715, %11 : index
            %900 = arith.addi %893, %899 : index
            %901 = arith.muli %900, %27 : index
            vector.store %734, %31[%901] : memref<2048xf32>, vector<16xf32>
            %902 = arith.constant 3 : index
            %903 = arith.addi %715, %902 : index
            %904 = arith.addi %893, %903 : index
            %905 = arith.muli %904, %27 : index
            vector.store %735, %31[%905] : memref<2048xf32>, vector<16xf32>
            %906 = arith.addi %715, %731 : index
            %907 = arith.addi %893, %906 : index
            %908 = arith.muli %907, %27 : index
            vector.store %736, %31[%908] : memref<2048xf32>, vector<16xf32>
            %909 = arith.constant 5 : index
            %910 = arith.addi %715, %909 : index
            %911 = arith.addi %893, %910 : index
            %912 = arith.muli %911, %27 : index
            vector.store %737, %31[%912] : memref<2048xf32>, vector<16xf32>
            %913 = arith.constant 6 : index
            %914 = arith.addi %715, %913 : index
            %915 = arith.addi %893, %914 : index
            %916 = arith.muli %915, %27 : index
            vector.store %738, %31[%916] : memref<2048xf32>, vector<16xf32>
            %917 = arith.constant 7 : index
            %918 = arith.addi %715, %917 : index
            %919 = arith.addi %893, %918 : index
            %920 = arith.muli %919, %27 : index
            vector.store %739, %31[%920] : memref<2048xf32>, vector<16xf32>
          }
        }
        scf.for %921 = %14 to %28 step %13 {
          %922 = arith.muli %921, %27 : index
          %923 = arith.constant 512 : index
          %924 = arith.muli %921, %923 : index
          %925 = vector.load %30[%922] : memref<256xf32>, vector<16xf32>
          %926 = scf.for %927 = %14 to %12 step %424 iter_args(%928 = %925) -> (vector<16xf32>) {
            %929 = arith.muli %927, %27 : index
            %930 = arith.addi %924, %929 : index
            %931 = vector.load %31[%930] : memref<2048xf32>, vector<16xf32>
            %932 = arith.addi %927, %13 : index
            %933 = arith.muli %932, %27 : index
            %934 = arith.addi %924, %933 : index
            %935 = vector.load %31[%934] : memref<2048xf32>, vector<16xf32>
            %936 = arith.addi %927, %11 : index
            %937 = arith.muli %936, %27 : index
            %938 = arith.addi %924, %937 : index
            %939 = vector.load %31[%938] : memref<2048xf32>, vector<16xf32>
            %940 = arith.constant 3 : index
            %941 = arith.addi %927, %940 : index
            %942 = arith.muli %941, %27 : index
            %943 = arith.addi %924, %942 : index
            %944 = vector.load %31[%943] : memref<2048xf32>, vector<16xf32>
            %945 = arith.constant 4 : index
            %946 = arith.addi %927, %945 : index
            %947 = arith.muli %946, %27 : index
            %948 = arith.addi %924, %947 : index
            %949 = vector.load %31[%948] : memref<2048xf32>, vector<16xf32>
            %950 = arith.constant 5 : index
            %951 = arith.addi %927, %950 : index
            %952 = arith.muli %951, %27 : index
            %953 = arith.addi %924, %952 : index
            %954 = vector.load %31[%953] : memref<2048xf32>, vector<16xf32>
            %955 = arith.constant 6 : index
            %956 = arith.addi %927, %955 : index
            %957 = arith.muli %956, %27 : index
            %958 = arith.addi %924, %957 : index
            %959 = vector.load %31[%958] : memref<2048xf32>, vector<16xf32>
            %960 = arith.constant 7 : index
            %961 = arith.addi %927, %960 : index
            %962 = arith.muli %961, %27 : index
            %963 = arith.addi %924, %962 : index
            %964 = vector.load %31[%963] : memref<2048xf32>, vector<16xf32>
            %965 = arith.cmpf ogt, %931, %935 : vector<16xf32>
            %966 = arith.select %965, %931, %935 : vector<16xf32>
            %967 = arith.cmpf ogt, %939, %944 : vector<16xf32>
            %968 = arith.select %967, %939, %944 : vector<16xf32>
            %969 = arith.cmpf ogt, %949, %954 : vector<16xf32>
            %970 = arith.select %969, %949, %954 : vector<16xf32>
            %971 = arith.cmpf ogt, %959, %964 : vector<16xf32>
            %972 = arith.select %971, %959, %964 : vector<16xf32>
            %973 = arith.cmpf ogt, %966, %968 : vector<16xf32>
            %974 = arith.select %973, %966, %968 : vector<16xf32>
            %975 = arith.cmpf ogt, %970, %972 : vector<16xf32>
            %976 = arith.select %975, %970, %972 : vector<16xf32>
            %977 = arith.cmpf ogt, %974, %976 : vector<16xf32>
            %978 = arith.select %977, %974, %976 : vector<16xf32>
            %979 = arith.cmpf ogt, %928, %978 : vector<16xf32>
            %980 = arith.select %979, %928, %978 : vector<16xf32>
            scf.yield %980 : vector<16xf32>
          }
          %981 = scf.for %982 = %14 to %12 step %424 iter_args(%983 = %40) -> (vector<16xf32>) {
            %984 = arith.muli %982, %27 : index
            %985 = arith.addi %924, %984 : index
            %986 = vector.load %31[%985] : memref<2048xf32>, vector<16xf32>
            %987 = arith.addi %982, %13 : index
            %988 = arith.muli %987, %27 : index
            %989 = arith.addi %924, %988 : index
            %990 = vector.load %31[%989] : memref<2048xf32>, vector<16xf32>
            %991 = arith.addi %982, %11 : index
            %992 = arith.muli %991, %27 : index
            %993 = arith.addi %924, %992 : index
            %994 = vector.load %31[%993] : memref<2048xf32>, vector<16xf32>
            %995 = arith.constant 3 : index
            %996 = arith.addi %982, %995 : index
            %997 = arith.muli %996, %27 : index
            %998 = arith.addi %924, %997 : index
            %999 = vector.load %31[%998] : memref<2048xf32>, vector<16xf32>
            %1000 = arith.constant 4 : index
            %1001 = arith.addi %982, %1000 : index
            %1002 = arith.muli %1001, %27 : index
            %1003 = arith.addi %924, %1002 : index
            %1004 = vector.load %31[%1003] : memref<2048xf32>, vector<16xf32>
            %1005 = arith.constant 5 : index
            %1006 = arith.addi %982, %1005 : index
            %1007 = arith.muli %1006, %27 : index
            %1008 = arith.addi %924, %1007 : index
            %1009 = vector.load %31[%1008] : memref<2048xf32>, vector<16xf32>
            %1010 = arith.constant 6 : index
            %1011 = arith.addi %982, %1010 : index
            %1012 = arith.muli %1011, %27 : index
            %1013 = arith.addi %924, %1012 : index
            %1014 = vector.load %31[%1013] : memref<2048xf32>, vector<16xf32>
            %1015 = arith.constant 7 : index
            %1016 = arith.addi %982, %1015 : index
            %1017 = arith.muli %1016, %27 : index
            %1018 = arith.addi %924, %1017 : index
            %1019 = vector.load %31[%1018] : memref<2048xf32>, vector<16xf32>
            %1020 = arith.subf %986, %926 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1021 = arith.constant -8.700000e+01 : f32
            %1022 = vector.broadcast %1021 : f32 to vector<16xf32>
            %1023 = arith.cmpf ogt, %1020, %1022 : vector<16xf32>
            %1024 = arith.select %1023, %1020, %1022 : vector<16xf32>
            %1025 = arith.constant 8.800000e+01 : f32
            %1026 = vector.broadcast %1025 : f32 to vector<16xf32>
            %1027 = arith.cmpf olt, %1024, %1026 : vector<16xf32>
            %1028 = arith.select %1027, %1024, %1026 : vector<16xf32>
            %1029 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %1030 = arith.minnumf %1028, %1029 : vector<16xf32>
            %1031 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %1032 = arith.maxnumf %1030, %1031 : vector<16xf32>
            %1033 = arith.constant dense<1.44269502> : vector<16xf32>
            %1034 = arith.mulf %1032, %1033 fastmath<contract> : vector<16xf32>
            %1035 = rlx_cpu.rint %1034 : vector<16xf32>
            %1036 = arith.constant dense<0.693359375> : vector<16xf32>
            %1037 = arith.mulf %1035, %1036 fastmath<contract> : vector<16xf32>
            %1038 = arith.subf %1032, %1037 fastmath<contract> : vector<16xf32>
            %1039 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %1040 = arith.mulf %1035, %1039 fastmath<contract> : vector<16xf32>
            %1041 = arith.subf %1038, %1040 fastmath<contract> : vector<16xf32>
            %1042 = arith.constant dense<0.000198756912> : vector<16xf32>
            %1043 = arith.mulf %1042, %1041 fastmath<contract> : vector<16xf32>
            %1044 = arith.constant dense<0.00139819994> : vector<16xf32>
            %1045 = arith.addf %1043, %1044 fastmath<contract> : vector<16xf32>
            %1046 = arith.mulf %1045, %1041 fastmath<contract> : vector<16xf32>
            %1047 = arith.constant dense<0.00833345205> : vector<16xf32>
            %1048 = arith.addf %1046, %1047 fastmath<contract> : vector<16xf32>
            %1049 = arith.mulf %1048, %1041 fastmath<contract> : vector<16xf32>
            %1050 = arith.constant dense<0.0416657962> : vector<16xf32>
            %1051 = arith.addf %1049, %1050 fastmath<contract> : vector<16xf32>
            %1052 = arith.mulf %1051, %1041 fastmath<contract> : vector<16xf32>
            %1053 = arith.constant dense<0.166666657> : vector<16xf32>
            %1054 = arith.addf %1052, %1053 fastmath<contract> : vector<16xf32>
            %1055 = arith.mulf %1054, %1041 fastmath<contract> : vector<16xf32>
            %1056 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %1057 = arith.addf %1055, %1056 fastmath<contract> : vector<16xf32>
            %1058 = arith.mulf %1041, %1041 fastmath<contract> : vector<16xf32>
            %1059 = arith.mulf %1057, %1058 fastmath<contract> : vector<16xf32>
            %1060 = arith.addf %1059, %1041 fastmath<contract> : vector<16xf32>
            %1061 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %1062 = arith.addf %1060, %1061 fastmath<contract> : vector<16xf32>
            %1063 = arith.fptosi %1035 : vector<16xf32> to vector<16xi32>
            %1064 = arith.constant dense<23> : vector<16xi32>
            %1065 = arith.shli %1063, %1064 : vector<16xi32>
            %1066 = arith.bitcast %1062 : vector<16xf32> to vector<16xi32>
            %1067 = arith.addi %1066, %1065 : vector<16xi32>
            %1068 = arith.bitcast %1067 : vector<16xi32> to vector<16xf32>
            %1069 = arith.constant dense<-87.3365479> : vector<16xf32>
            %1070 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %1071 = arith.cmpf olt, %1028, %1069 : vector<16xf32>
            %1072 = arith.select %1071, %1070, %1068 : vector<16xf32>
            %1073 = arith.constant dense<88.7228394> : vector<16xf32>
            %1074 = arith.constant dense<0x7f800000> : vector<16xf32>
            %1075 = arith.cmpf ogt, %1028, %1073 : vector<16xf32>
            %1076 = arith.select %1075, %1074, %1072 : vector<16xf32>
            %1077 = arith.cmpf uno, %1028, %1028 : vector<16xf32>
            %1078 = arith.select %1077, %1028, %1076 : vector<16xf32>
            vector.store %1078, %31[%985] : memref<2048xf32>, vector<16xf32>
            %1079 = arith.subf %990, %926 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1080 = arith.cmpf ogt, %1079, %1022 : vector<16xf32>
            %1081 = arith.select %1080, %1079, %1022 : vector<16xf32>
            %1082 = arith.cmpf olt, %1081, %1026 : vector<16xf32>
            %1083 = arith.select %1082, %1081, %1026 : vector<16xf32>
            %1084 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %1085 = arith.minnumf %1083, %1084 : vector<16xf32>
            %1086 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %1087 = arith.maxnumf %1085, %1086 : vector<16xf32>
            %1088 = arith.constant dense<1.44269502> : vector<16xf32>
            %1089 = arith.mulf %1087, %1088 fastmath<contract> : vector<16xf32>
            %1090 = rlx_cpu.rint %1089 : vector<16xf32>
            %1091 = arith.constant dense<0.693359375> : vector<16xf32>
            %1092 = arith.mulf %1090, %1091 fastmath<contract> : vector<16xf32>
            %1093 = arith.subf %1087, %1092 fastmath<contract> : vector<16xf32>
            %1094 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %1095 = arith.mulf %1090, %1094 fastmath<contract> : vector<16xf32>
            %1096 = arith.subf %1093, %1095 fastmath<contract> : vector<16xf32>
            %1097 = arith.constant dense<0.000198756912> : vector<16xf32>
            %1098 = arith.mulf %1097, %1096 fastmath<contract> : vector<16xf32>
            %1099 = arith.constant dense<0.00139819994> : vector<16xf32>
            %1100 = arith.addf %1098, %1099 fastmath<contract> : vector<16xf32>
            %1101 = arith.mulf %1100, %1096 fastmath<contract> : vector<16xf32>
            %1102 = arith.constant dense<0.00833345205> : vector<16xf32>
            %1103 = arith.addf %1101, %1102 fastmath<contract> : vector<16xf32>
            %1104 = arith.mulf %1103, %1096 fastmath<contract> : vector<16xf32>
            %1105 = arith.constant dense<0.0416657962> : vector<16xf32>
            %1106 = arith.addf %1104, %1105 fastmath<contract> : vector<16xf32>
            %1107 = arith.mulf %1106, %1096 fastmath<contract> : vector<16xf32>
            %1108 = arith.constant dense<0.166666657> : vector<16xf32>
            %1109 = arith.addf %1107, %1108 fastmath<contract> : vector<16xf32>
            %1110 = arith.mulf %1109, %1096 fastmath<contract> : vector<16xf32>
            %1111 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %1112 = arith.addf %1110, %1111 fastmath<contract> : vector<16xf32>
            %1113 = arith.mulf %1096, %1096 fastmath<contract> : vector<16xf32>
            %1114 = arith.mulf %1112, %1113 fastmath<contract> : vector<16xf32>
            %1115 = arith.addf %1114, %1096 fastmath<contract> : vector<16xf32>
            %1116 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %1117 = arith.addf %1115, %1116 fastmath<contract> : vector<16xf32>
            %1118 = arith.fptosi %1090 : vector<16xf32> to vector<16xi32>
            %1119 = arith.constant dense<23> : vector<16xi32>
            %1120 = arith.shli %1118, %1119 : vector<16xi32>
            %1121 = arith.bitcast %1117 : vector<16xf32> to vector<16xi32>
            %1122 = arith.addi %1121, %1120 : vector<16xi32>
            %1123 = arith.bitcast %1122 : vector<16xi32> to vector<16xf32>
            %1124 = arith.constant dense<-87.3365479> : vector<16xf32>
            %1125 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %1126 = arith.cmpf olt, %1083, %1124 : vector<16xf32>
            %1127 = arith.select %1126, %1125, %1123 : vector<16xf32>
            %1128 = arith.constant dense<88.7228394> : vector<16xf32>
            %1129 = arith.constant dense<0x7f800000> : vector<16xf32>
            %1130 = arith.cmpf ogt, %1083, %1128 : vector<16xf32>
            %1131 = arith.select %1130, %1129, %1127 : vector<16xf32>
            %1132 = arith.cmpf uno, %1083, %1083 : vector<16xf32>
            %1133 = arith.select %1132, %1083, %1131 : vector<16xf32>
            vector.store %1133, %31[%989] : memref<2048xf32>, vector<16xf32>
            %1134 = arith.subf %994, %926 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1135 = arith.cmpf ogt, %1134, %1022 : vector<16xf32>
            %1136 = arith.select %1135, %1134, %1022 : vector<16xf32>
            %1137 = arith.cmpf olt, %1136, %1026 : vector<16xf32>
            %1138 = arith.select %1137, %1136, %1026 : vector<16xf32>
            %1139 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %1140 = arith.minnumf %1138, %1139 : vector<16xf32>
            %1141 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %1142 = arith.maxnumf %1140, %1141 : vector<16xf32>
            %1143 = arith.constant dense<1.44269502> : vector<16xf32>
            %1144 = arith.mulf %1142, %1143 fastmath<contract> : vector<16xf32>
            %1145 = rlx_cpu.rint %1144 : vector<16xf32>
            %1146 = arith.constant dense<0.693359375> : vector<16xf32>
            %1147 = arith.mulf %1145, %1146 fastmath<contract> : vector<16xf32>
            %1148 = arith.subf %1142, %1147 fastmath<contract> : vector<16xf32>
            %1149 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %1150 = arith.mulf %1145, %1149 fastmath<contract> : vector<16xf32>
            %1151 = arith.subf %1148, %1150 fastmath<contract> : vector<16xf32>
            %1152 = arith.constant dense<0.000198756912> : vector<16xf32>
            %1153 = arith.mulf %1152, %1151 fastmath<contract> : vector<16xf32>
            %1154 = arith.constant dense<0.00139819994> : vector<16xf32>
            %1155 = arith.addf %1153, %1154 fastmath<contract> : vector<16xf32>
            %1156 = arith.mulf %1155, %1151 fastmath<contract> : vector<16xf32>
            %1157 = arith.constant dense<0.00833345205> : vector<16xf32>
            %1158 = arith.addf %1156, %1157 fastmath<contract> : vector<16xf32>
            %1159 = arith.mulf %1158, %1151 fastmath<contract> : vector<16xf32>
            %1160 = arith.constant dense<0.0416657962> : vector<16xf32>
            %1161 = arith.addf %1159, %1160 fastmath<contract> : vector<16xf32>
            %1162 = arith.mulf %1161, %1151 fastmath<contract> : vector<16xf32>
            %1163 = arith.constant dense<0.166666657> : vector<16xf32>
            %1164 = arith.addf %1162, %1163 fastmath<contract> : vector<16xf32>
            %1165 = arith.mulf %1164, %1151 fastmath<contract> : vector<16xf32>
            %1166 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %1167 = arith.addf %1165, %1166 fastmath<contract> : vector<16xf32>
            %1168 = arith.mulf %1151, %1151 fastmath<contract> : vector<16xf32>
            %1169 = arith.mulf %1167, %1168 fastmath<contract> : vector<16xf32>
            %1170 = arith.addf %1169, %1151 fastmath<contract> : vector<16xf32>
            %1171 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %1172 = arith.addf %1170, %1171 fastmath<contract> : vector<16xf32>
            %1173 = arith.fptosi %1145 : vector<16xf32> to vector<16xi32>
            %1174 = arith.constant dense<23> : vector<16xi32>
            %1175 = arith.shli %1173, %1174 : vector<16xi32>
            %1176 = arith.bitcast %1172 : vector<16xf32> to vector<16xi32>
            %1177 = arith.addi %1176, %1175 : vector<16xi32>
            %1178 = arith.bitcast %1177 : vector<16xi32> to vector<16xf32>
            %1179 = arith.constant dense<-87.3365479> : vector<16xf32>
            %1180 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %1181 = arith.cmpf olt, %1138, %1179 : vector<16xf32>
            %1182 = arith.select %1181, %1180, %1178 : vector<16xf32>
            %1183 = arith.constant dense<88.7228394> : vector<16xf32>
            %1184 = arith.constant dense<0x7f800000> : vector<16xf32>
            %1185 = arith.cmpf ogt, %1138, %1183 : vector<16xf32>
            %1186 = arith.select %1185, %1184, %1182 : vector<16xf32>
            %1187 = arith.cmpf uno, %1138, %1138 : vector<16xf32>
            %1188 = arith.select %1187, %1138, %1186 : vector<16xf32>
            vector.store %1188, %31[%993] : memref<2048xf32>, vector<16xf32>
            %1189 = arith.subf %999, %926 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1190 = arith.cmpf ogt, %1189, %1022 : vector<16xf32>
            %1191 = arith.select %1190, %1189, %1022 : vector<16xf32>
            %1192 = arith.cmpf olt, %1191, %1026 : vector<16xf32>
            %1193 = arith.select %1192, %1191, %1026 : vector<16xf32>
            %1194 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %1195 = arith.minnumf %1193, %1194 : vector<16xf32>
            %1196 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %1197 = arith.maxnumf %1195, %1196 : vector<16xf32>
            %1198 = arith.constant dense<1.44269502> : vector<16xf32>
            %1199 = arith.mulf %1197, %1198 fastmath<contract> : vector<16xf32>
            %1200 = rlx_cpu.rint %1199 : vector<16xf32>
            %1201 = arith.constant dense<0.693359375> : vector<16xf32>
            %1202 = arith.mulf %1200, %1201 fastmath<contract> : vector<16xf32>
            %1203 = arith.subf %1197, %1202 fastmath<contract> : vector<16xf32>
            %1204 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %1205 = arith.mulf %1200, %1204 fastmath<contract> : vector<16xf32>
            %1206 = arith.subf %1203, %1205 fastmath<contract> : vector<16xf32>
            %1207 = arith.constant dense<0.000198756912> : vector<16xf32>
            %1208 = arith.mulf %1207, %1206 fastmath<contract> : vector<16xf32>
            %1209 = arith.constant dense<0.00139819994> : vector<16xf32>
            %1210 = arith.addf %1208, %1209 fastmath<contract> : vector<16xf32>
            %1211 = arith.mulf %1210, %1206 fastmath<contract> : vector<16xf32>
            %1212 = arith.constant dense<0.00833345205> : vector<16xf32>
            %1213 = arith.addf %1211, %1212 fastmath<contract> : vector<16xf32>
            %1214 = arith.mulf %1213, %1206 fastmath<contract> : vector<16xf32>
            %1215 = arith.constant dense<0.0416657962> : vector<16xf32>
            %1216 = arith.addf %1214, %1215 fastmath<contract> : vector<16xf32>
            %1217 = arith.mulf %1216, %1206 fastmath<contract> : vector<16xf32>
            %1218 = arith.constant dense<0.166666657> : vector<16xf32>
            %1219 = arith.addf %1217, %1218 fastmath<contract> : vector<16xf32>
            %1220 = arith.mulf %1219, %1206 fastmath<contract> : vector<16xf32>
            %1221 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %1222 = arith.addf %1220, %1221 fastmath<contract> : vector<16xf32>
            %1223 = arith.mulf %1206, %1206 fastmath<contract> : vector<16xf32>
            %1224 = arith.mulf %1222, %1223 fastmath<contract> : vector<16xf32>
            %1225 = arith.addf %1224, %1206 fastmath<contract> : vector<16xf32>
            %1226 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %1227 = arith.addf %1225, %1226 fastmath<contract> : vector<16xf32>
            %1228 = arith.fptosi %1200 : vector<16xf32> to vector<16xi32>
            %1229 = arith.constant dense<23> : vector<16xi32>
            %1230 = arith.shli %1228, %1229 : vector<16xi32>
            %1231 = arith.bitcast %1227 : vector<16xf32> to vector<16xi32>
            %1232 = arith.addi %1231, %1230 : vector<16xi32>
            %1233 = arith.bitcast %1232 : vector<16xi32> to vector<16xf32>
            %1234 = arith.constant dense<-87.3365479> : vector<16xf32>
            %1235 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %1236 = arith.cmpf olt, %1193, %1234 : vector<16xf32>
            %1237 = arith.select %1236, %1235, %1233 : vector<16xf32>
            %1238 = arith.constant dense<88.7228394> : vector<16xf32>
            %1239 = arith.constant dense<0x7f800000> : vector<16xf32>
            %1240 = arith.cmpf ogt, %1193, %1238 : vector<16xf32>
            %1241 = arith.select %1240, %1239, %1237 : vector<16xf32>
            %1242 = arith.cmpf uno, %1193, %1193 : vector<16xf32>
            %1243 = arith.select %1242, %1193, %1241 : vector<16xf32>
            vector.store %1243, %31[%998] : memref<2048xf32>, vector<16xf32>
            %1244 = arith.subf %1004, %926 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1245 = arith.cmpf ogt, %1244, %1022 : vector<16xf32>
            %1246 = arith.select %1245, %1244, %1022 : vector<16xf32>
            %1247 = arith.cmpf olt, %1246, %1026 : vector<16xf32>
            %1248 = arith.select %1247, %1246, %1026 : vector<16xf32>
            %1249 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %1250 = arith.minnumf %1248, %1249 : vector<16xf32>
            %1251 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %1252 = arith.maxnumf %1250, %1251 : vector<16xf32>
            %1253 = arith.constant dense<1.44269502> : vector<16xf32>
            %1254 = arith.mulf %1252, %1253 fastmath<contract> : vector<16xf32>
            %1255 = rlx_cpu.rint %1254 : vector<16xf32>
            %1256 = arith.constant dense<0.693359375> : vector<16xf32>
            %1257 = arith.mulf %1255, %1256 fastmath<contract> : vector<16xf32>
            %1258 = arith.subf %1252, %1257 fastmath<contract> : vector<16xf32>
            %1259 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %1260 = arith.mulf %1255, %1259 fastmath<contract> : vector<16xf32>
            %1261 = arith.subf %1258, %1260 fastmath<contract> : vector<16xf32>
            %1262 = arith.constant dense<0.000198756912> : vector<16xf32>
            %1263 = arith.mulf %1262, %1261 fastmath<contract> : vector<16xf32>
            %1264 = arith.constant dense<0.00139819994> : vector<16xf32>
            %1265 = arith.addf %1263, %1264 fastmath<contract> : vector<16xf32>
            %1266 = arith.mulf %1265, %1261 fastmath<contract> : vector<16xf32>
            %1267 = arith.constant dense<0.00833345205> : vector<16xf32>
            %1268 = arith.addf %1266, %1267 fastmath<contract> : vector<16xf32>
            %1269 = arith.mulf %1268, %1261 fastmath<contract> : vector<16xf32>
            %1270 = arith.constant dense<0.0416657962> : vector<16xf32>
            %1271 = arith.addf %1269, %1270 fastmath<contract> : vector<16xf32>
            %1272 = arith.mulf %1271, %1261 fastmath<contract> : vector<16xf32>
            %1273 = arith.constant dense<0.166666657> : vector<16xf32>
            %1274 = arith.addf %1272, %1273 fastmath<contract> : vector<16xf32>
            %1275 = arith.mulf %1274, %1261 fastmath<contract> : vector<16xf32>
            %1276 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %1277 = arith.addf %1275, %1276 fastmath<contract> : vector<16xf32>
            %1278 = arith.mulf %1261, %1261 fastmath<contract> : vector<16xf32>
            %1279 = arith.mulf %1277, %1278 fastmath<contract> : vector<16xf32>
            %1280 = arith.addf %1279, %1261 fastmath<contract> : vector<16xf32>
            %1281 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %1282 = arith.addf %1280, %1281 fastmath<contract> : vector<16xf32>
            %1283 = arith.fptosi %1255 : vector<16xf32> to vector<16xi32>
            %1284 = arith.constant dense<23> : vector<16xi32>
            %1285 = arith.shli %1283, %1284 : vector<16xi32>
            %1286 = arith.bitcast %1282 : vector<16xf32> to vector<16xi32>
            %1287 = arith.addi %1286, %1285 : vector<16xi32>
            %1288 = arith.bitcast %1287 : vector<16xi32> to vector<16xf32>
            %1289 = arith.constant dense<-87.3365479> : vector<16xf32>
            %1290 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %1291 = arith.cmpf olt, %1248, %1289 : vector<16xf32>
            %1292 = arith.select %1291, %1290, %1288 : vector<16xf32>
            %1293 = arith.constant dense<88.7228394> : vector<16xf32>
            %1294 = arith.constant dense<0x7f800000> : vector<16xf32>
            %1295 = arith.cmpf ogt, %1248, %1293 : vector<16xf32>
            %1296 = arith.select %1295, %1294, %1292 : vector<16xf32>
            %1297 = arith.cmpf uno, %1248, %1248 : vector<16xf32>
            %1298 = arith.select %1297, %1248, %1296 : vector<16xf32>
            vector.store %1298, %31[%1003] : memref<2048xf32>, vector<16xf32>
            %1299 = arith.subf %1009, %926 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1300 = arith.cmpf ogt, %1299, %1022 : vector<16xf32>
            %1301 = arith.select %1300, %1299, %1022 : vector<16xf32>
            %1302 = arith.cmpf olt, %1301, %1026 : vector<16xf32>
            %1303 = arith.select %1302, %1301, %1026 : vector<16xf32>
            %1304 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %1305 = arith.minnumf %1303, %1304 : vector<16xf32>
            %1306 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %1307 = arith.maxnumf %1305, %1306 : vector<16xf32>
            %1308 = arith.constant dense<1.44269502> : vector<16xf32>
            %1309 = arith.mulf %1307, %1308 fastmath<contract> : vector<16xf32>
            %1310 = rlx_cpu.rint %1309 : vector<16xf32>
            %1311 = arith.constant dense<0.693359375> : vector<16xf32>
            %1312 = arith.mulf %1310, %1311 fastmath<contract> : vector<16xf32>
            %1313 = arith.subf %1307, %1312 fastmath<contract> : vector<16xf32>
            %1314 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %1315 = arith.mulf %1310, %1314 fastmath<contract> : vector<16xf32>
            %1316 = arith.subf %1313, %1315 fastmath<contract> : vector<16xf32>
            %1317 = arith.constant dense<0.000198756912> : vector<16xf32>
            %1318 = arith.mulf %1317, %1316 fastmath<contract> : vector<16xf32>
            %1319 = arith.constant dense<0.00139819994> : vector<16xf32>
            %1320 = arith.addf %1318, %1319 fastmath<contract> : vector<16xf32>
            %1321 = arith.mulf %1320, %1316 fastmath<contract> : vector<16xf32>
            %1322 = arith.constant dense<0.00833345205> : vector<16xf32>
            %1323 = arith.addf %1321, %1322 fastmath<contract> : vector<16xf32>
            %1324 = arith.mulf %1323, %1316 fastmath<contract> : vector<16xf32>
            %1325 = arith.constant dense<0.0416657962> : vector<16xf32>
            %1326 = arith.addf %1324, %1325 fastmath<contract> : vector<16xf32>
            %1327 = arith.mulf %1326, %1316 fastmath<contract> : vector<16xf32>
            %1328 = arith.constant dense<0.166666657> : vector<16xf32>
            %1329 = arith.addf %1327, %1328 fastmath<contract> : vector<16xf32>
            %1330 = arith.mulf %1329, %1316 fastmath<contract> : vector<16xf32>
            %1331 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %1332 = arith.addf %1330, %1331 fastmath<contract> : vector<16xf32>
            %1333 = arith.mulf %1316, %1316 fastmath<contract> : vector<16xf32>
            %1334 = arith.mulf %1332, %1333 fastmath<contract> : vector<16xf32>
            %1335 = arith.addf %1334, %1316 fastmath<contract> : vector<16xf32>
            %1336 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %1337 = arith.addf %1335, %1336 fastmath<contract> : vector<16xf32>
            %1338 = arith.fptosi %1310 : vector<16xf32> to vector<16xi32>
            %1339 = arith.constant dense<23> : vector<16xi32>
            %1340 = arith.shli %1338, %1339 : vector<16xi32>
            %1341 = arith.bitcast %1337 : vector<16xf32> to vector<16xi32>
            %1342 = arith.addi %1341, %1340 : vector<16xi32>
            %1343 = arith.bitcast %1342 : vector<16xi32> to vector<16xf32>
            %1344 = arith.constant dense<-87.3365479> : vector<16xf32>
            %1345 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %1346 = arith.cmpf olt, %1303, %1344 : vector<16xf32>
            %1347 = arith.select %1346, %1345, %1343 : vector<16xf32>
            %1348 = arith.constant dense<88.7228394> : vector<16xf32>
            %1349 = arith.constant dense<0x7f800000> : vector<16xf32>
            %1350 = arith.cmpf ogt, %1303, %1348 : vector<16xf32>
            %1351 = arith.select %1350, %1349, %1347 : vector<16xf32>
            %1352 = arith.cmpf uno, %1303, %1303 : vector<16xf32>
            %1353 = arith.select %1352, %1303, %1351 : vector<16xf32>
            vector.store %1353, %31[%1008] : memref<2048xf32>, vector<16xf32>
            %1354 = arith.subf %1014, %926 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1355 = arith.cmpf ogt, %1354, %1022 : vector<16xf32>
            %1356 = arith.select %1355, %1354, %1022 : vector<16xf32>
            %1357 = arith.cmpf olt, %1356, %1026 : vector<16xf32>
            %1358 = arith.select %1357, %1356, %1026 : vector<16xf32>
            %1359 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %1360 = arith.minnumf %1358, %1359 : vector<16xf32>
            %1361 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %1362 = arith.maxnumf %1360, %1361 : vector<16xf32>
            %1363 = arith.constant dense<1.44269502> : vector<16xf32>
            %1364 = arith.mulf %1362, %1363 fastmath<contract> : vector<16xf32>
            %1365 = rlx_cpu.rint %1364 : vector<16xf32>
            %1366 = arith.constant dense<0.693359375> : vector<16xf32>
            %1367 = arith.mulf %1365, %1366 fastmath<contract> : vector<16xf32>
            %1368 = arith.subf %1362, %1367 fastmath<contract> : vector<16xf32>
            %1369 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %1370 = arith.mulf %1365, %1369 fastmath<contract> : vector<16xf32>
            %1371 = arith.subf %1368, %1370 fastmath<contract> : vector<16xf32>
            %1372 = arith.constant dense<0.000198756912> : vector<16xf32>
            %1373 = arith.mulf %1372, %1371 fastmath<contract> : vector<16xf32>
            %1374 = arith.constant dense<0.00139819994> : vector<16xf32>
            %1375 = arith.addf %1373, %1374 fastmath<contract> : vector<16xf32>
            %1376 = arith.mulf %1375, %1371 fastmath<contract> : vector<16xf32>
            %1377 = arith.constant dense<0.00833345205> : vector<16xf32>
            %1378 = arith.addf %1376, %1377 fastmath<contract> : vector<16xf32>
            %1379 = arith.mulf %1378, %1371 fastmath<contract> : vector<16xf32>
            %1380 = arith.constant dense<0.0416657962> : vector<16xf32>
            %1381 = arith.addf %1379, %1380 fastmath<contract> : vector<16xf32>
            %1382 = arith.mulf %1381, %1371 fastmath<contract> : vector<16xf32>
            %1383 = arith.constant dense<0.166666657> : vector<16xf32>
            %1384 = arith.addf %1382, %1383 fastmath<contract> : vector<16xf32>
            %1385 = arith.mulf %1384, %1371 fastmath<contract> : vector<16xf32>
            %1386 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %1387 = arith.addf %1385, %1386 fastmath<contract> : vector<16xf32>
            %1388 = arith.mulf %1371, %1371 fastmath<contract> : vector<16xf32>
            %1389 = arith.mulf %1387, %1388 fastmath<contract> : vector<16xf32>
            %1390 = arith.addf %1389, %1371 fastmath<contract> : vector<16xf32>
            %1391 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %1392 = arith.addf %1390, %1391 fastmath<contract> : vector<16xf32>
            %1393 = arith.fptosi %1365 : vector<16xf32> to vector<16xi32>
            %1394 = arith.constant dense<23> : vector<16xi32>
            %1395 = arith.shli %1393, %1394 : vector<16xi32>
            %1396 = arith.bitcast %1392 : vector<16xf32> to vector<16xi32>
            %1397 = arith.addi %1396, %1395 : vector<16xi32>
            %1398 = arith.bitcast %1397 : vector<16xi32> to vector<16xf32>
            %1399 = arith.constant dense<-87.3365479> : vector<16xf32>
            %1400 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %1401 = arith.cmpf olt, %1358, %1399 : vector<16xf32>
            %1402 = arith.select %1401, %1400, %1398 : vector<16xf32>
            %1403 = arith.constant dense<88.7228394> : vector<16xf32>
            %1404 = arith.constant dense<0x7f800000> : vector<16xf32>
            %1405 = arith.cmpf ogt, %1358, %1403 : vector<16xf32>
            %1406 = arith.select %1405, %1404, %1402 : vector<16xf32>
            %1407 = arith.cmpf uno, %1358, %1358 : vector<16xf32>
            %1408 = arith.select %1407, %1358, %1406 : vector<16xf32>
            vector.store %1408, %31[%1013] : memref<2048xf32>, vector<16xf32>
            %1409 = arith.subf %1019, %926 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1410 = arith.cmpf ogt, %1409, %1022 : vector<16xf32>
            %1411 = arith.select %1410, %1409, %1022 : vector<16xf32>
            %1412 = arith.cmpf olt, %1411, %1026 : vector<16xf32>
            %1413 = arith.select %1412, %1411, %1026 : vector<16xf32>
            %1414 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %1415 = arith.minnumf %1413, %1414 : vector<16xf32>
            %1416 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %1417 = arith.maxnumf %1415, %1416 : vector<16xf32>
            %1418 = arith.constant dense<1.44269502> : vector<16xf32>
            %1419 = arith.mulf %1417, %1418 fastmath<contract> : vector<16xf32>
            %1420 = rlx_cpu.rint %1419 : vector<16xf32>
            %1421 = arith.constant dense<0.693359375> : vector<16xf32>
            %1422 = arith.mulf %1420, %1421 fastmath<contract> : vector<16xf32>
            %1423 = arith.subf %1417, %1422 fastmath<contract> : vector<16xf32>
            %1424 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %1425 = arith.mulf %1420, %1424 fastmath<contract> : vector<16xf32>
            %1426 = arith.subf %1423, %1425 fastmath<contract> : vector<16xf32>
            %1427 = arith.constant dense<0.000198756912> : vector<16xf32>
            %1428 = arith.mulf %1427, %1426 fastmath<contract> : vector<16xf32>
            %1429 = arith.constant dense<0.00139819994> : vector<16xf32>
            %1430 = arith.addf %1428, %1429 fastmath<contract> : vector<16xf32>
            %1431 = arith.mulf %1430, %1426 fastmath<contract> : vector<16xf32>
            %1432 = arith.constant dense<0.00833345205> : vector<16xf32>
            %1433 = arith.addf %1431, %1432 fastmath<contract> : vector<16xf32>
            %1434 = arith.mulf %1433, %1426 fastmath<contract> : vector<16xf32>
            %1435 = arith.constant dense<0.0416657962> : vector<16xf32>
            %1436 = arith.addf %1434, %1435 fastmath<contract> : vector<16xf32>
            %1437 = arith.mulf %1436, %1426 fastmath<contract> : vector<16xf32>
            %1438 = arith.constant dense<0.166666657> : vector<16xf32>
            %1439 = arith.addf %1437, %1438 fastmath<contract> : vector<16xf32>
            %1440 = arith.mulf %1439, %1426 fastmath<contract> : vector<16xf32>
            %1441 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %1442 = arith.addf %1440, %1441 fastmath<contract> : vector<16xf32>
            %1443 = arith.mulf %1426, %1426 fastmath<contract> : vector<16xf32>
            %1444 = arith.mulf %1442, %1443 fastmath<contract> : vector<16xf32>
            %1445 = arith.addf %1444, %1426 fastmath<contract> : vector<16xf32>
            %1446 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %1447 = arith.addf %1445, %1446 fastmath<contract> : vector<16xf32>
            %1448 = arith.fptosi %1420 : vector<16xf32> to vector<16xi32>
            %1449 = arith.constant dense<23> : vector<16xi32>
            %1450 = arith.shli %1448, %1449 : vector<16xi32>
            %1451 = arith.bitcast %1447 : vector<16xf32> to vector<16xi32>
            %1452 = arith.addi %1451, %1450 : vector<16xi32>
            %1453 = arith.bitcast %1452 : vector<16xi32> to vector<16xf32>
            %1454 = arith.constant dense<-87.3365479> : vector<16xf32>
            %1455 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %1456 = arith.cmpf olt, %1413, %1454 : vector<16xf32>
            %1457 = arith.select %1456, %1455, %1453 : vector<16xf32>
            %1458 = arith.constant dense<88.7228394> : vector<16xf32>
            %1459 = arith.constant dense<0x7f800000> : vector<16xf32>
            %1460 = arith.cmpf ogt, %1413, %1458 : vector<16xf32>
            %1461 = arith.select %1460, %1459, %1457 : vector<16xf32>
            %1462 = arith.cmpf uno, %1413, %1413 : vector<16xf32>
            %1463 = arith.select %1462, %1413, %1461 : vector<16xf32>
            vector.store %1463, %31[%1018] : memref<2048xf32>, vector<16xf32>
            %1464 = arith.addf %1078, %1133 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1465 = arith.addf %1188, %1243 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1466 = arith.addf %1298, %1353 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1467 = arith.addf %1408, %1463 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1468 = arith.addf %1464, %1465 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1469 = arith.addf %1466, %1467 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1470 = arith.addf %1468, %1469 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1471 = arith.addf %983, %1470 fastmath<nsz,arcp,afn> : vector<16xf32>
            scf.yield %1471 : vector<16xf32>
          }
          %1472 = arith.subf %925, %926 fastmath<nsz,arcp,afn> : vector<16xf32>
          %1473 = arith.constant -8.700000e+01 : f32
          %1474 = vector.broadcast %1473 : f32 to vector<16xf32>
          %1475 = arith.cmpf ogt, %1472, %1474 : vector<16xf32>
          %1476 = arith.select %1475, %1472, %1474 : vector<16xf32>
          %1477 = arith.constant 8.800000e+01 : f32
          %1478 = vector.broadcast %1477 : f32 to vector<16xf32>
          %1479 = arith.cmpf olt, %1476, %1478 : vector<16xf32>
          %1480 = arith.select %1479, %1476, %1478 : vector<16xf32>
          %1481 = arith.constant dense<8.870000e+01> : vector<16xf32>
          %1482 = arith.minnumf %1480, %1481 : vector<16xf32>
          %1483 = arith.constant dense<-8.830000e+01> : vector<16xf32>
          %1484 = arith.maxnumf %1482, %1483 : vector<16xf32>
          %1485 = arith.constant dense<1.44269502> : vector<16xf32>
          %1486 = arith.mulf %1484, %1485 fastmath<contract> : vector<16xf32>
          %1487 = rlx_cpu.rint %1486 : vector<16xf32>
          %1488 = arith.constant dense<0.693359375> : vector<16xf32>
          %1489 = arith.mulf %1487, %1488 fastmath<contract> : vector<16xf32>
          %1490 = arith.subf %1484, %1489 fastmath<contract> : vector<16xf32>
          %1491 = arith.constant dense<-0.000212194442> : vector<16xf32>
          %1492 = arith.mulf %1487, %1491 fastmath<contract> : vector<16xf32>
          %1493 = arith.subf %1490, %1492 fastmath<contract> : vector<16xf32>
          %1494 = arith.constant dense<0.000198756912> : vector<16xf32>
          %1495 = arith.mulf %1494, %1493 fastmath<contract> : vector<16xf32>
          %1496 = arith.constant dense<0.00139819994> : vector<16xf32>
          %1497 = arith.addf %1495, %1496 fastmath<contract> : vector<16xf32>
          %1498 = arith.mulf %1497, %1493 fastmath<contract> : vector<16xf32>
          %1499 = arith.constant dense<0.00833345205> : vector<16xf32>
          %1500 = arith.addf %1498, %1499 fastmath<contract> : vector<16xf32>
          %1501 = arith.mulf %1500, %1493 fastmath<contract> : vector<16xf32>
          %1502 = arith.constant dense<0.0416657962> : vector<16xf32>
          %1503 = arith.addf %1501, %1502 fastmath<contract> : vector<16xf32>
          %1504 = arith.mulf %1503, %1493 fastmath<contract> : vector<16xf32>
          %1505 = arith.constant dense<0.166666657> : vector<16xf32>
          %1506 = arith.addf %1504, %1505 fastmath<contract> : vector<16xf32>
          %1507 = arith.mulf %1506, %1493 fastmath<contract> : vector<16xf32>
          %1508 = arith.constant dense<5.000000e-01> : vector<16xf32>
          %1509 = arith.addf %1507, %1508 fastmath<contract> : vector<16xf32>
          %1510 = arith.mulf %1493, %1493 fastmath<contract> : vector<16xf32>
          %1511 = arith.mulf %1509, %1510 fastmath<contract> : vector<16xf32>
          %1512 = arith.addf %1511, %1493 fastmath<contract> : vector<16xf32>
          %1513 = arith.constant dense<1.000000e+00> : vector<16xf32>
          %1514 = arith.addf %1512, %1513 fastmath<contract> : vector<16xf32>
          %1515 = arith.fptosi %1487 : vector<16xf32> to vector<16xi32>
          %1516 = arith.constant dense<23> : vector<16xi32>
          %1517 = arith.shli %1515, %1516 : vector<16xi32>
          %1518 = arith.bitcast %1514 : vector<16xf32> to vector<16xi32>
          %1519 = arith.addi %1518, %1517 : vector<16xi32>
          %1520 = arith.bitcast %1519 : vector<16xi32> to vector<16xf32>
          %1521 = arith.constant dense<-87.3365479> : vector<16xf32>
          %1522 = arith.constant dense<0.000000e+00> : vector<16xf32>
          %1523 = arith.cmpf olt, %1480, %1521 : vector<16xf32>
          %1524 = arith.select %1523, %1522, %1520 : vector<16xf32>
          %1525 = arith.constant dense<88.7228394> : vector<16xf32>
          %1526 = arith.constant dense<0x7f800000> : vector<16xf32>
          %1527 = arith.cmpf ogt, %1480, %1525 : vector<16xf32>
          %1528 = arith.select %1527, %1526, %1524 : vector<16xf32>
          %1529 = arith.cmpf uno, %1480, %1480 : vector<16xf32>
          %1530 = arith.select %1529, %1480, %1528 : vector<16xf32>
          vector.store %926, %30[%922] : memref<256xf32>, vector<16xf32>
          %1531 = arith.addi %922, %34 : index
          %1532 = vector.load %30[%1531] : memref<256xf32>, vector<16xf32>
          %1533 = arith.mulf %1532, %1530 fastmath<nsz,arcp,afn> : vector<16xf32>
          %1534 = arith.addf %1533, %981 fastmath<nsz,arcp,afn> : vector<16xf32>
          vector.store %1534, %30[%1531] : memref<256xf32>, vector<16xf32>
          %1535 = arith.addi %922, %15 : index
          vector.store %1530, %30[%1535] : memref<256xf32>, vector<16xf32>
        }
        %1536 = arith.divui %24, %11 : index
        %1537 = arith.muli %1536, %11 : index
        scf.for %1538 = %14 to %1537 step %11 {
          %1539 = arith.addi %1538, %13 : index
          %1540 = arith.divui %1538, %11 : index
          %1541 = arith.remui %1538, %11 : index
          %1542 = arith.addi %21, %1540 : index
          %1543 = arith.muli %19, %11 : index
          %1544 = arith.addi %1543, %1541 : index
          %1545 = arith.muli %20, %1 : index
          %1546 = arith.addi %1545, %1542 : index
          %1547 = arith.constant 4 : index
          %1548 = arith.muli %1546, %1547 : index
          %1549 = arith.addi %1548, %1544 : index
          %1550 = arith.muli %1549, %12 : index
          %1551 = arith.divui %1539, %11 : index
          %1552 = arith.remui %1539, %11 : index
          %1553 = arith.addi %21, %1551 : index
          %1554 = arith.addi %1543, %1552 : index
          %1555 = arith.addi %1545, %1553 : index
          %1556 = arith.muli %1555, %1547 : index
          %1557 = arith.addi %1556, %1554 : index
          %1558 = arith.muli %1557, %12 : index
          %1559 = arith.divui %1538, %27 : index
          %1560 = arith.remui %1538, %27 : index
          %1561 = arith.constant 512 : index
          %1562 = arith.muli %1559, %1561 : index
          %1563 = arith.addi %1562, %1560 : index
          %1564 = arith.addi %1538, %15 : index
          %1565 = memref.load %30[%1564] : memref<256xf32>
          %1566 = vector.broadcast %1565 : f32 to vector<16xf32>
          %1567 = arith.addi %1539, %15 : index
          %1568 = memref.load %30[%1567] : memref<256xf32>
          %1569 = vector.broadcast %1568 : f32 to vector<16xf32>
          %1570 = arith.addi %1550, %27 : index
          %1571 = arith.addi %1558, %27 : index
          %1572 = vector.load %3[%1550] : memref<?xf32>, vector<16xf32>
          %1573 = arith.mulf %1572, %1566 fastmath<nsz,arcp,afn> : vector<16xf32>
          %1574 = vector.load %3[%1570] : memref<?xf32>, vector<16xf32>
          %1575 = arith.mulf %1574, %1566 fastmath<nsz,arcp,afn> : vector<16xf32>
          %1576 = vector.load %3[%1558] : memref<?xf32>, vector<16xf32>
          %1577 = arith.mulf %1576, %1569 fastmath<nsz,arcp,afn> : vector<16xf32>
          %1578 = vector.load %3[%1571] : memref<?xf32>, vector<16xf32>
          %1579 = arith.mulf %1578, %1569 fastmath<nsz,arcp,afn> : vector<16xf32>
          %1580 = vector.load %7[%429] : memref<?xf32>, vector<16xf32>
          %1581 = arith.addi %429, %27 : index
          %1582 = vector.load %7[%1581] : memref<?xf32>, vector<16xf32>
          %1583 = memref.load %31[%1563] : memref<2048xf32>
          %1584 = vector.broadcast %1583 : f32 to vector<16xf32>
          %1585 = vector.fma %1584, %1580, %1573 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1586 = vector.fma %1584, %1582, %1575 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1587 = arith.addi %1563, %13 : index
          %1588 = memref.load %31[%1587] : memref<2048xf32>
          %1589 = vector.broadcast %1588 : f32 to vector<16xf32>
          %1590 = vector.fma %1589, %1580, %1577 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1591 = vector.fma %1589, %1582, %1579 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1592 = arith.addi %429, %34 : index
          %1593 = vector.load %7[%1592] : memref<?xf32>, vector<16xf32>
          %1594 = arith.constant 80 : index
          %1595 = arith.addi %429, %1594 : index
          %1596 = vector.load %7[%1595] : memref<?xf32>, vector<16xf32>
          %1597 = arith.addi %1563, %27 : index
          %1598 = memref.load %31[%1597] : memref<2048xf32>
          %1599 = vector.broadcast %1598 : f32 to vector<16xf32>
          %1600 = vector.fma %1599, %1593, %1585 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1601 = vector.fma %1599, %1596, %1586 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1602 = arith.constant 17 : index
          %1603 = arith.addi %1563, %1602 : index
          %1604 = memref.load %31[%1603] : memref<2048xf32>
          %1605 = vector.broadcast %1604 : f32 to vector<16xf32>
          %1606 = vector.fma %1605, %1593, %1590 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1607 = vector.fma %1605, %1596, %1591 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1608 = arith.addi %429, %15 : index
          %1609 = vector.load %7[%1608] : memref<?xf32>, vector<16xf32>
          %1610 = arith.constant 144 : index
          %1611 = arith.addi %429, %1610 : index
          %1612 = vector.load %7[%1611] : memref<?xf32>, vector<16xf32>
          %1613 = arith.addi %1563, %12 : index
          %1614 = memref.load %31[%1613] : memref<2048xf32>
          %1615 = vector.broadcast %1614 : f32 to vector<16xf32>
          %1616 = vector.fma %1615, %1609, %1600 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1617 = vector.fma %1615, %1612, %1601 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1618 = arith.constant 33 : index
          %1619 = arith.addi %1563, %1618 : index
          %1620 = memref.load %31[%1619] : memref<2048xf32>
          %1621 = vector.broadcast %1620 : f32 to vector<16xf32>
          %1622 = vector.fma %1621, %1609, %1606 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1623 = vector.fma %1621, %1612, %1607 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1624 = arith.constant 192 : index
          %1625 = arith.addi %429, %1624 : index
          %1626 = vector.load %7[%1625] : memref<?xf32>, vector<16xf32>
          %1627 = arith.constant 208 : index
          %1628 = arith.addi %429, %1627 : index
          %1629 = vector.load %7[%1628] : memref<?xf32>, vector<16xf32>
          %1630 = arith.constant 48 : index
          %1631 = arith.addi %1563, %1630 : index
          %1632 = memref.load %31[%1631] : memref<2048xf32>
          %1633 = vector.broadcast %1632 : f32 to vector<16xf32>
          %1634 = vector.fma %1633, %1626, %1616 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1635 = vector.fma %1633, %1629, %1617 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1636 = arith.constant 49 : index
          %1637 = arith.addi %1563, %1636 : index
          %1638 = memref.load %31[%1637] : memref<2048xf32>
          %1639 = vector.broadcast %1638 : f32 to vector<16xf32>
          %1640 = vector.fma %1639, %1626, %1622 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1641 = vector.fma %1639, %1629, %1623 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1642 = arith.constant 256 : index
          %1643 = arith.addi %429, %1642 : index
          %1644 = vector.load %7[%1643] : memref<?xf32>, vector<16xf32>
          %1645 = arith.constant 272 : index
          %1646 = arith.addi %429, %1645 : index
          %1647 = vector.load %7[%1646] : memref<?xf32>, vector<16xf32>
          %1648 = arith.addi %1563, %34 : index
          %1649 = memref.load %31[%1648] : memref<2048xf32>
          %1650 = vector.broadcast %1649 : f32 to vector<16xf32>
          %1651 = vector.fma %1650, %1644, %1634 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1652 = vector.fma %1650, %1647, %1635 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1653 = arith.constant 65 : index
          %1654 = arith.addi %1563, %1653 : index
          %1655 = memref.load %31[%1654] : memref<2048xf32>
          %1656 = vector.broadcast %1655 : f32 to vector<16xf32>
          %1657 = vector.fma %1656, %1644, %1640 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1658 = vector.fma %1656, %1647, %1641 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1659 = arith.constant 320 : index
          %1660 = arith.addi %429, %1659 : index
          %1661 = vector.load %7[%1660] : memref<?xf32>, vector<16xf32>
          %1662 = arith.constant 336 : index
          %1663 = arith.addi %429, %1662 : index
          %1664 = vector.load %7[%1663] : memref<?xf32>, vector<16xf32>
          %1665 = arith.addi %1563, %1594 : index
          %1666 = memref.load %31[%1665] : memref<2048xf32>
          %1667 = vector.broadcast %1666 : f32 to vector<16xf32>
          %1668 = vector.fma %1667, %1661, %1651 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1669 = vector.fma %1667, %1664, %1652 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1670 = arith.constant 81 : index
          %1671 = arith.addi %1563, %1670 : index
          %1672 = memref.load %31[%1671] : memref<2048xf32>
          %1673 = vector.broadcast %1672 : f32 to vector<16xf32>
          %1674 = vector.fma %1673, %1661, %1657 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1675 = vector.fma %1673, %1664, %1658 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1676 = arith.constant 384 : index
          %1677 = arith.addi %429, %1676 : index
          %1678 = vector.load %7[%1677] : memref<?xf32>, vector<16xf32>
          %1679 = arith.constant 400 : index
          %1680 = arith.addi %429, %1679 : index
          %1681 = vector.load %7[%1680] : memref<?xf32>, vector<16xf32>
          %1682 = arith.constant 96 : index
          %1683 = arith.addi %1563, %1682 : index
          %1684 = memref.load %31[%1683] : memref<2048xf32>
          %1685 = vector.broadcast %1684 : f32 to vector<16xf32>
          %1686 = vector.fma %1685, %1678, %1668 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1687 = vector.fma %1685, %1681, %1669 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1688 = arith.constant 97 : index
          %1689 = arith.addi %1563, %1688 : index
          %1690 = memref.load %31[%1689] : memref<2048xf32>
          %1691 = vector.broadcast %1690 : f32 to vector<16xf32>
          %1692 = vector.fma %1691, %1678, %1674 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1693 = vector.fma %1691, %1681, %1675 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1694 = arith.constant 448 : index
          %1695 = arith.addi %429, %1694 : index
          %1696 = vector.load %7[%1695] : memref<?xf32>, vector<16xf32>
          %1697 = arith.constant 464 : index
          %1698 = arith.addi %429, %1697 : index
          %1699 = vector.load %7[%1698] : memref<?xf32>, vector<16xf32>
          %1700 = arith.constant 112 : index
          %1701 = arith.addi %1563, %1700 : index
          %1702 = memref.load %31[%1701] : memref<2048xf32>
          %1703 = vector.broadcast %1702 : f32 to vector<16xf32>
          %1704 = vector.fma %1703, %1696, %1686 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1705 = vector.fma %1703, %1699, %1687 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1706 = arith.constant 113 : index
          %1707 = arith.addi %1563, %1706 : index
          %1708 = memref.load %31[%1707] : memref<2048xf32>
          %1709 = vector.broadcast %1708 : f32 to vector<16xf32>
          %1710 = vector.fma %1709, %1696, %1692 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1711 = vector.fma %1709, %1699, %1693 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1712 = arith.addi %429, %1561 : index
          %1713 = arith.addi %1563, %15 : index
          %1714 = vector.load %7[%1712] : memref<?xf32>, vector<16xf32>
          %1715 = arith.addi %1712, %27 : index
          %1716 = vector.load %7[%1715] : memref<?xf32>, vector<16xf32>
          %1717 = memref.load %31[%1713] : memref<2048xf32>
          %1718 = vector.broadcast %1717 : f32 to vector<16xf32>
          %1719 = vector.fma %1718, %1714, %1704 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1720 = vector.fma %1718, %1716, %1705 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1721 = arith.addi %1713, %13 : index
          %1722 = memref.load %31[%1721] : memref<2048xf32>
          %1723 = vector.broadcast %1722 : f32 to vector<16xf32>
          %1724 = vector.fma %1723, %1714, %1710 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1725 = vector.fma %1723, %1716, %1711 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1726 = arith.addi %1712, %34 : index
          %1727 = vector.load %7[%1726] : memref<?xf32>, vector<16xf32>
          %1728 = arith.addi %1712, %1594 : index
          %1729 = vector.load %7[%1728] : memref<?xf32>, vector<16xf32>
          %1730 = arith.addi %1713, %27 : index
          %1731 = memref.load %31[%1730] : memref<2048xf32>
          %1732 = vector.broadcast %1731 : f32 to vector<16xf32>
          %1733 = vector.fma %1732, %1727, %1719 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1734 = vector.fma %1732, %1729, %1720 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1735 = arith.addi %1713, %1602 : index
          %1736 = memref.load %31[%1735] : memref<2048xf32>
          %1737 = vector.broadcast %1736 : f32 to vector<16xf32>
          %1738 = vector.fma %1737, %1727, %1724 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1739 = vector.fma %1737, %1729, %1725 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1740 = arith.addi %1712, %15 : index
          %1741 = vector.load %7[%1740] : memref<?xf32>, vector<16xf32>
          %1742 = arith.addi %1712, %1610 : index
          %1743 = vector.load %7[%1742] : memref<?xf32>, vector<16xf32>
          %1744 = arith.addi %1713, %12 : index
          %1745 = memref.load %31[%1744] : memref<2048xf32>
          %1746 = vector.broadcast %1745 : f32 to vector<16xf32>
          %1747 = vector.fma %1746, %1741, %1733 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1748 = vector.fma %1746, %1743, %1734 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1749 = arith.addi %1713, %1618 : index
          %1750 = memref.load %31[%1749] : memref<2048xf32>
          %1751 = vector.broadcast %1750 : f32 to vector<16xf32>
          %1752 = vector.fma %1751, %1741, %1738 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1753 = vector.fma %1751, %1743, %1739 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1754 = arith.addi %1712, %1624 : index
          %1755 = vector.load %7[%1754] : memref<?xf32>, vector<16xf32>
          %1756 = arith.addi %1712, %1627 : index
          %1757 = vector.load %7[%1756] : memref<?xf32>, vector<16xf32>
          %1758 = arith.addi %1713, %1630 : index
          %1759 = memref.load %31[%1758] : memref<2048xf32>
          %1760 = vector.broadcast %1759 : f32 to vector<16xf32>
          %1761 = vector.fma %1760, %1755, %1747 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1762 = vector.fma %1760, %1757, %1748 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1763 = arith.addi %1713, %1636 : index
          %1764 = memref.load %31[%1763] : memref<2048xf32>
          %1765 = vector.broadcast %1764 : f32 to vector<16xf32>
          %1766 = vector.fma %1765, %1755, %1752 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1767 = vector.fma %1765, %1757, %1753 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1768 = arith.addi %1712, %1642 : index
          %1769 = vector.load %7[%1768] : memref<?xf32>, vector<16xf32>
          %1770 = arith.addi %1712, %1645 : index
          %1771 = vector.load %7[%1770] : memref<?xf32>, vector<16xf32>
          %1772 = arith.addi %1713, %34 : index
          %1773 = memref.load %31[%1772] : memref<2048xf32>
          %1774 = vector.broadcast %1773 : f32 to vector<16xf32>
          %1775 = vector.fma %1774, %1769, %1761 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1776 = vector.fma %1774, %1771, %1762 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1777 = arith.addi %1713, %1653 : index
          %1778 = memref.load %31[%1777] : memref<2048xf32>
          %1779 = vector.broadcast %1778 : f32 to vector<16xf32>
          %1780 = vector.fma %1779, %1769, %1766 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1781 = vector.fma %1779, %1771, %1767 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1782 = arith.addi %1712, %1659 : index
          %1783 = vector.load %7[%1782] : memref<?xf32>, vector<16xf32>
          %1784 = arith.addi %1712, %1662 : index
          %1785 = vector.load %7[%1784] : memref<?xf32>, vector<16xf32>
          %1786 = arith.addi %1713, %1594 : index
          %1787 = memref.load %31[%1786] : memref<2048xf32>
          %1788 = vector.broadcast %1787 : f32 to vector<16xf32>
          %1789 = vector.fma %1788, %1783, %1775 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1790 = vector.fma %1788, %1785, %1776 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1791 = arith.addi %1713, %1670 : index
          %1792 = memref.load %31[%1791] : memref<2048xf32>
          %1793 = vector.broadcast %1792 : f32 to vector<16xf32>
          %1794 = vector.fma %1793, %1783, %1780 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1795 = vector.fma %1793, %1785, %1781 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1796 = arith.addi %1712, %1676 : index
          %1797 = vector.load %7[%1796] : memref<?xf32>, vector<16xf32>
          %1798 = arith.addi %1712, %1679 : index
          %1799 = vector.load %7[%1798] : memref<?xf32>, vector<16xf32>
          %1800 = arith.addi %1713, %1682 : index
          %1801 = memref.load %31[%1800] : memref<2048xf32>
          %1802 = vector.broadcast %1801 : f32 to vector<16xf32>
          %1803 = vector.fma %1802, %1797, %1789 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1804 = vector.fma %1802, %1799, %1790 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1805 = arith.addi %1713, %1688 : index
          %1806 = memref.load %31[%1805] : memref<2048xf32>
          %1807 = vector.broadcast %1806 : f32 to vector<16xf32>
          %1808 = vector.fma %1807, %1797, %1794 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1809 = vector.fma %1807, %1799, %1795 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1810 = arith.addi %1712, %1694 : index
          %1811 = vector.load %7[%1810] : memref<?xf32>, vector<16xf32>
          %1812 = arith.addi %1712, %1697 : index
          %1813 = vector.load %7[%1812] : memref<?xf32>, vector<16xf32>
          %1814 = arith.addi %1713, %1700 : index
          %1815 = memref.load %31[%1814] : memref<2048xf32>
          %1816 = vector.broadcast %1815 : f32 to vector<16xf32>
          %1817 = vector.fma %1816, %1811, %1803 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1818 = vector.fma %1816, %1813, %1804 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1819 = arith.addi %1713, %1706 : index
          %1820 = memref.load %31[%1819] : memref<2048xf32>
          %1821 = vector.broadcast %1820 : f32 to vector<16xf32>
          %1822 = vector.fma %1821, %1811, %1808 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1823 = vector.fma %1821, %1813, %1809 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1824 = arith.constant 1024 : index
          %1825 = arith.addi %429, %1824 : index
          %1826 = arith.addi %1563, %1642 : index
          %1827 = vector.load %7[%1825] : memref<?xf32>, vector<16xf32>
          %1828 = arith.addi %1825, %27 : index
          %1829 = vector.load %7[%1828] : memref<?xf32>, vector<16xf32>
          %1830 = memref.load %31[%1826] : memref<2048xf32>
          %1831 = vector.broadcast %1830 : f32 to vector<16xf32>
          %1832 = vector.fma %1831, %1827, %1817 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1833 = vector.fma %1831, %1829, %1818 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1834 = arith.addi %1826, %13 : index
          %1835 = memref.load %31[%1834] : memref<2048xf32>
          %1836 = vector.broadcast %1835 : f32 to vector<16xf32>
          %1837 = vector.fma %1836, %1827, %1822 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1838 = vector.fma %1836, %1829, %1823 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1839 = arith.addi %1825, %34 : index
          %1840 = vector.load %7[%1839] : memref<?xf32>, vector<16xf32>
          %1841 = arith.addi %1825, %1594 : index
          %1842 = vector.load %7[%1841] : memref<?xf32>, vector<16xf32>
          %1843 = arith.addi %1826, %27 : index
          %1844 = memref.load %31[%1843] : memref<2048xf32>
          %1845 = vector.broadcast %1844 : f32 to vector<16xf32>
          %1846 = vector.fma %1845, %1840, %1832 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1847 = vector.fma %1845, %1842, %1833 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1848 = arith.addi %1826, %1602 : index
          %1849 = memref.load %31[%1848] : memref<2048xf32>
          %1850 = vector.broadcast %1849 : f32 to vector<16xf32>
          %1851 = vector.fma %1850, %1840, %1837 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1852 = vector.fma %1850, %1842, %1838 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1853 = arith.addi %1825, %15 : index
          %1854 = vector.load %7[%1853] : memref<?xf32>, vector<16xf32>
          %1855 = arith.addi %1825, %1610 : index
          %1856 = vector.load %7[%1855] : memref<?xf32>, vector<16xf32>
          %1857 = arith.addi %1826, %12 : index
          %1858 = memref.load %31[%1857] : memref<2048xf32>
          %1859 = vector.broadcast %1858 : f32 to vector<16xf32>
          %1860 = vector.fma %1859, %1854, %1846 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1861 = vector.fma %1859, %1856, %1847 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1862 = arith.addi %1826, %1618 : index
          %1863 = memref.load %31[%1862] : memref<2048xf32>
          %1864 = vector.broadcast %1863 : f32 to vector<16xf32>
          %1865 = vector.fma %1864, %1854, %1851 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1866 = vector.fma %1864, %1856, %1852 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1867 = arith.addi %1825, %1624 : index
          %1868 = vector.load %7[%1867] : memref<?xf32>, vector<16xf32>
          %1869 = arith.addi %1825, %1627 : index
          %1870 = vector.load %7[%1869] : memref<?xf32>, vector<16xf32>
          %1871 = arith.addi %1826, %1630 : index
          %1872 = memref.load %31[%1871] : memref<2048xf32>
          %1873 = vector.broadcast %1872 : f32 to vector<16xf32>
          %1874 = vector.fma %1873, %1868, %1860 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1875 = vector.fma %1873, %1870, %1861 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1876 = arith.addi %1826, %1636 : index
          %1877 = memref.load %31[%1876] : memref<2048xf32>
          %1878 = vector.broadcast %1877 : f32 to vector<16xf32>
          %1879 = vector.fma %1878, %1868, %1865 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1880 = vector.fma %1878, %1870, %1866 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1881 = arith.addi %1825, %1642 : index
          %1882 = vector.load %7[%1881] : memref<?xf32>, vector<16xf32>
          %1883 = arith.addi %1825, %1645 : index
          %1884 = vector.load %7[%1883] : memref<?xf32>, vector<16xf32>
          %1885 = arith.addi %1826, %34 : index
          %1886 = memref.load %31[%1885] : memref<2048xf32>
          %1887 = vector.broadcast %1886 : f32 to vector<16xf32>
          %1888 = vector.fma %1887, %1882, %1874 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1889 = vector.fma %1887, %1884, %1875 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1890 = arith.addi %1826, %1653 : index
          %1891 = memref.load %31[%1890] : memref<2048xf32>
          %1892 = vector.broadcast %1891 : f32 to vector<16xf32>
          %1893 = vector.fma %1892, %1882, %1879 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1894 = vector.fma %1892, %1884, %1880 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1895 = arith.addi %1825, %1659 : index
          %1896 = vector.load %7[%1895] : memref<?xf32>, vector<16xf32>
          %1897 = arith.addi %1825, %1662 : index
          %1898 = vector.load %7[%1897] : memref<?xf32>, vector<16xf32>
          %1899 = arith.addi %1826, %1594 : index
          %1900 = memref.load %31[%1899] : memref<2048xf32>
          %1901 = vector.broadcast %1900 : f32 to vector<16xf32>
          %1902 = vector.fma %1901, %1896, %1888 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1903 = vector.fma %1901, %1898, %1889 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1904 = arith.addi %1826, %1670 : index
          %1905 = memref.load %31[%1904] : memref<2048xf32>
          %1906 = vector.broadcast %1905 : f32 to vector<16xf32>
          %1907 = vector.fma %1906, %1896, %1893 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1908 = vector.fma %1906, %1898, %1894 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1909 = arith.addi %1825, %1676 : index
          %1910 = vector.load %7[%1909] : memref<?xf32>, vector<16xf32>
          %1911 = arith.addi %1825, %1679 : index
          %1912 = vector.load %7[%1911] : memref<?xf32>, vector<16xf32>
          %1913 = arith.addi %1826, %1682 : index
          %1914 = memref.load %31[%1913] : memref<2048xf32>
          %1915 = vector.broadcast %1914 : f32 to vector<16xf32>
          %1916 = vector.fma %1915, %1910, %1902 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1917 = vector.fma %1915, %1912, %1903 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1918 = arith.addi %1826, %1688 : index
          %1919 = memref.load %31[%1918] : memref<2048xf32>
          %1920 = vector.broadcast %1919 : f32 to vector<16xf32>
          %1921 = vector.fma %1920, %1910, %1907 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1922 = vector.fma %1920, %1912, %1908 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1923 = arith.addi %1825, %1694 : index
          %1924 = vector.load %7[%1923] : memref<?xf32>, vector<16xf32>
          %1925 = arith.addi %1825, %1697 : index
          %1926 = vector.load %7[%1925] : memref<?xf32>, vector<16xf32>
          %1927 = arith.addi %1826, %1700 : index
          %1928 = memref.load %31[%1927] : memref<2048xf32>
          %1929 = vector.broadcast %1928 : f32 to vector<16xf32>
          %1930 = vector.fma %1929, %1924, %1916 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1931 = vector.fma %1929, %1926, %1917 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1932 = arith.addi %1826, %1706 : index
          %1933 = memref.load %31[%1932] : memref<2048xf32>
          %1934 = vector.broadcast %1933 : f32 to vector<16xf32>
          %1935 = vector.fma %1934, %1924, %1921 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1936 = vector.fma %1934, %1926, %1922 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1937 = arith.constant 1536 : index
          %1938 = arith.addi %429, %1937 : index
          %1939 = arith.addi %1563, %1676 : index
          %1940 = vector.load %7[%1938] : memref<?xf32>, vector<16xf32>
          %1941 = arith.addi %1938, %27 : index
          %1942 = vector.load %7[%1941] : memref<?xf32>, vector<16xf32>
          %1943 = memref.load %31[%1939] : memref<2048xf32>
          %1944 = vector.broadcast %1943 : f32 to vector<16xf32>
          %1945 = vector.fma %1944, %1940, %1930 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1946 = vector.fma %1944, %1942, %1931 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1947 = arith.addi %1939, %13 : index
          %1948 = memref.load %31[%1947] : memref<2048xf32>
          %1949 = vector.broadcast %1948 : f32 to vector<16xf32>
          %1950 = vector.fma %1949, %1940, %1935 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1951 = vector.fma %1949, %1942, %1936 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1952 = arith.addi %1938, %34 : index
          %1953 = vector.load %7[%1952] : memref<?xf32>, vector<16xf32>
          %1954 = arith.addi %1938, %1594 : index
          %1955 = vector.load %7[%1954] : memref<?xf32>, vector<16xf32>
          %1956 = arith.addi %1939, %27 : index
          %1957 = memref.load %31[%1956] : memref<2048xf32>
          %1958 = vector.broadcast %1957 : f32 to vector<16xf32>
          %1959 = vector.fma %1958, %1953, %1945 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1960 = vector.fma %1958, %1955, %1946 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1961 = arith.addi %1939, %1602 : index
          %1962 = memref.load %31[%1961] : memref<2048xf32>
          %1963 = vector.broadcast %1962 : f32 to vector<16xf32>
          %1964 = vector.fma %1963, %1953, %1950 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1965 = vector.fma %1963, %1955, %1951 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1966 = arith.addi %1938, %15 : index
          %1967 = vector.load %7[%1966] : memref<?xf32>, vector<16xf32>
          %1968 = arith.addi %1938, %1610 : index
          %1969 = vector.load %7[%1968] : memref<?xf32>, vector<16xf32>
          %1970 = arith.addi %1939, %12 : index
          %1971 = memref.load %31[%1970] : memref<2048xf32>
          %1972 = vector.broadcast %1971 : f32 to vector<16xf32>
          %1973 = vector.fma %1972, %1967, %1959 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1974 = vector.fma %1972, %1969, %1960 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1975 = arith.addi %1939, %1618 : index
          %1976 = memref.load %31[%1975] : memref<2048xf32>
          %1977 = vector.broadcast %1976 : f32 to vector<16xf32>
          %1978 = vector.fma %1977, %1967, %1964 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1979 = vector.fma %1977, %1969, %1965 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1980 = arith.addi %1938, %1624 : index
          %1981 = vector.load %7[%1980] : memref<?xf32>, vector<16xf32>
          %1982 = arith.addi %1938, %1627 : index
          %1983 = vector.load %7[%1982] : memref<?xf32>, vector<16xf32>
          %1984 = arith.addi %1939, %1630 : index
          %1985 = memref.load %31[%1984] : memref<2048xf32>
          %1986 = vector.broadcast %1985 : f32 to vector<16xf32>
          %1987 = vector.fma %1986, %1981, %1973 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1988 = vector.fma %1986, %1983, %1974 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1989 = arith.addi %1939, %1636 : index
          %1990 = memref.load %31[%1989] : memref<2048xf32>
          %1991 = vector.broadcast %1990 : f32 to vector<16xf32>
          %1992 = vector.fma %1991, %1981, %1978 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1993 = vector.fma %1991, %1983, %1979 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %1994 = arith.addi %1938, %1642 : index
          %1995 = vector.load %7[%1994] : memref<?xf32>, vector<16xf32>
          %1996 = arith.addi %1938, %1645 : index
          %1997 = vector.load %7[%1996] : memref<?xf32>, vector<16xf32>
          %1998 = arith.addi %1939, %34 : index
          %1999 = memref.load %31[%1998] : memref<2048xf32>
          %2000 = vector.broadcast %1999 : f32 to vector<16xf32>
          %2001 = vector.fma %2000, %1995, %1987 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %2002 = vector.fma %2000, %1997, %1988 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %2003 = arith.addi %1939, %1653 : index
          %2004 = memref.load %31[%2003] : memref<2048xf32>
          %2005 = vector.broadcast %2004 : f32 to vector<16xf32>
          %2006 = vector.fma %2005, %1995, %1992 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %2007 = vector.fma %2005, %1997, %1993 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %2008 = arith.addi %1938, %1659 : index
          %2009 = vector.load %7[%2008] : memref<?xf32>, vector<16xf32>
          %2010 = arith.addi %1938, %1662 : index
          %2011 = vector.load %7[%2010] : memref<?xf32>, vector<16xf32>
          %2012 = arith.addi %1939, %1594 : index
          %2013 = memref.load %31[%2012] : memref<2048xf32>
          %2014 = vector.broadcast %2013 : f32 to vector<16xf32>
          %2015 = vector.fma %2014, %2009, %2001 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %2016 = vector.fma %2014, %2011, %2002 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %2017 = arith.addi %1939, %1670 : index
          %2018 = memref.load %31[%2017] : memref<2048xf32>
          %2019 = vector.broadcast %2018 : f32 to vector<16xf32>
          %2020 = vector.fma %2019, %2009, %2006 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %2021 = vector.fma %2019, %2011, %2007 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %2022 = arith.addi %1938, %1676 : index
          %2023 = vector.load %7[%2022] : memref<?xf32>, vector<16xf32>
          %2024 = arith.addi %1938, %1679 : index
          %2025 = vector.load %7[%2024] : memref<?xf32>, vector<16xf32>
          %2026 = arith.addi %1939, %1682 : index
          %2027 = memref.load %31[%2026] : memref<2048xf32>
          %2028 = vector.broadcast %2027 : f32 to vector<16xf32>
          %2029 = vector.fma %2028, %2023, %2015 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %2030 = vector.fma %2028, %2025, %2016 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %2031 = arith.addi %1939, %1688 : index
          %2032 = memref.load %31[%2031] : memref<2048xf32>
          %2033 = vector.broadcast %2032 : f32 to vector<16xf32>
          %2034 = vector.fma %2033, %2023, %2020 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %2035 = vector.fma %2033, %2025, %2021 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %2036 = arith.addi %1938, %1694 : index
          %2037 = vector.load %7[%2036] : memref<?xf32>, vector<16xf32>
          %2038 = arith.addi %1938, %1697 : index
          %2039 = vector.load %7[%2038] : memref<?xf32>, vector<16xf32>
          %2040 = arith.addi %1939, %1700 : index
          %2041 = memref.load %31[%2040] : memref<2048xf32>
          %2042 = vector.broadcast %2041 : f32 to vector<16xf32>
          %2043 = vector.fma %2042, %2037, %2029 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %2044 = vector.fma %2042, %2039, %2030 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %2045 = arith.addi %1939, %1706 : index
          %2046 = memref.load %31[%2045] : memref<2048xf32>
          %2047 = vector.broadcast %2046 : f32 to vector<16xf32>
          %2048 = vector.fma %2047, %2037, %2034 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %2049 = vector.fma %2047, %2039, %2035 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          vector.store %2043, %3[%1550] : memref<?xf32>, vector<16xf32>
          vector.store %2044, %3[%1570] : memref<?xf32>, vector<16xf32>
          vector.store %2048, %3[%1558] : memref<?xf32>, vector<16xf32>
          vector.store %2049, %3[%1571] : memref<?xf32>, vector<16xf32>
        }
        scf.for %2050 = %1537 to %24 step %13 {
          %2051 = arith.divui %2050, %11 : index
          %2052 = arith.remui %2050, %11 : index
          %2053 = arith.addi %21, %2051 : index
          %2054 = arith.muli %19, %11 : index
          %2055 = arith.addi %2054, %2052 : index
          %2056 = arith.muli %20, %1 : index
          %2057 = arith.addi %2056, %2053 : index
          %2058 = arith.constant 4 : index
          %2059 = arith.muli %2057, %2058 : index
          %2060 = arith.addi %2059, %2055 : index
          %2061 = arith.muli %2060, %12 : index
          %2062 = arith.divui %2050, %27 : index
          %2063 = arith.remui %2050, %27 : index
          %2064 = arith.constant 512 : index
          %2065 = arith.muli %2062, %2064 : index
          %2066 = arith.addi %2065, %2063 : index
          %2067 = arith.addi %2050, %15 : index
          %2068 = memref.load %30[%2067] : memref<256xf32>
          %2069 = vector.broadcast %2068 : f32 to vector<16xf32>
          %2070 = arith.addi %2061, %27 : index
          %2071 = vector.load %3[%2061] : memref<?xf32>, vector<16xf32>
          %2072 = arith.mulf %2071, %2069 fastmath<nsz,arcp,afn> : vector<16xf32>
          %2073 = vector.load %3[%2070] : memref<?xf32>, vector<16xf32>
          %2074 = arith.mulf %2073, %2069 fastmath<nsz,arcp,afn> : vector<16xf32>
          %2075, %2076 = scf.for %2077 = %14 to %12 step %424 iter_args(%2078 = %2072, %2079 = %2074) -> (vector<16xf32>, vector<16xf32>) {
            %2080 = arith.muli %2077, %34 : index
            %2081 = arith.addi %429, %2080 : index
            %2082 = arith.muli %2077, %27 : index
            %2083 = arith.addi %2066, %2082 : index
            %2084 = vector.load %7[%2081] : memref<?xf32>, vector<16xf32>
            %2085 = arith.addi %2081, %27 : index
            %2086 = vector.load %7[%2085] : memref<?xf32>, vector<16xf32>
            %2087 = memref.load %31[%2083] : memref<2048xf32>
            %2088 = vector.broadcast %2087 : f32 to vector<16xf32>
            %2089 = vector.fma %2088, %2084, %2078 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2090 = vector.fma %2088, %2086, %2079 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2091 = arith.addi %2081, %34 : index
            %2092 = vector.load %7[%2091] : memref<?xf32>, vector<16xf32>
            %2093 = arith.constant 80 : index
            %2094 = arith.addi %2081, %2093 : index
            %2095 = vector.load %7[%2094] : memref<?xf32>, vector<16xf32>
            %2096 = arith.addi %2083, %27 : index
            %2097 = memref.load %31[%2096] : memref<2048xf32>
            %2098 = vector.broadcast %2097 : f32 to vector<16xf32>
            %2099 = vector.fma %2098, %2092, %2089 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2100 = vector.fma %2098, %2095, %2090 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2101 = arith.addi %2081, %15 : index
            %2102 = vector.load %7[%2101] : memref<?xf32>, vector<16xf32>
            %2103 = arith.constant 144 : index
            %2104 = arith.addi %2081, %2103 : index
            %2105 = vector.load %7[%2104] : memref<?xf32>, vector<16xf32>
            %2106 = arith.addi %2083, %12 : index
            %2107 = memref.load %31[%2106] : memref<2048xf32>
            %2108 = vector.broadcast %2107 : f32 to vector<16xf32>
            %2109 = vector.fma %2108, %2102, %2099 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2110 = vector.fma %2108, %2105, %2100 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2111 = arith.constant 192 : index
            %2112 = arith.addi %2081, %2111 : index
            %2113 = vector.load %7[%2112] : memref<?xf32>, vector<16xf32>
            %2114 = arith.constant 208 : index
            %2115 = arith.addi %2081, %2114 : index
            %2116 = vector.load %7[%2115] : memref<?xf32>, vector<16xf32>
            %2117 = arith.constant 48 : index
            %2118 = arith.addi %2083, %2117 : index
            %2119 = memref.load %31[%2118] : memref<2048xf32>
            %2120 = vector.broadcast %2119 : f32 to vector<16xf32>
            %2121 = vector.fma %2120, %2113, %2109 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2122 = vector.fma %2120, %2116, %2110 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2123 = arith.constant 256 : index
            %2124 = arith.addi %2081, %2123 : index
            %2125 = vector.load %7[%2124] : memref<?xf32>, vector<16xf32>
            %2126 = arith.constant 272 : index
            %2127 = arith.addi %2081, %2126 : index
            %2128 = vector.load %7[%2127] : memref<?xf32>, vector<16xf32>
            %2129 = arith.addi %2083, %34 : index
            %2130 = memref.load %31[%2129] : memref<2048xf32>
            %2131 = vector.broadcast %2130 : f32 to vector<16xf32>
            %2132 = vector.fma %2131, %2125, %2121 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2133 = vector.fma %2131, %2128, %2122 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2134 = arith.constant 320 : index
            %2135 = arith.addi %2081, %2134 : index
            %2136 = vector.load %7[%2135] : memref<?xf32>, vector<16xf32>
            %2137 = arith.constant 336 : index
            %2138 = arith.addi %2081, %2137 : index
            %2139 = vector.load %7[%2138] : memref<?xf32>, vector<16xf32>
            %2140 = arith.addi %2083, %2093 : index
            %2141 = memref.load %31[%2140] : memref<2048xf32>
            %2142 = vector.broadcast %2141 : f32 to vector<16xf32>
            %2143 = vector.fma %2142, %2136, %2132 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2144 = vector.fma %2142, %2139, %2133 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2145 = arith.constant 384 : index
            %2146 = arith.addi %2081, %2145 : index
            %2147 = vector.load %7[%2146] : memref<?xf32>, vector<16xf32>
            %2148 = arith.constant 400 : index
            %2149 = arith.addi %2081, %2148 : index
            %2150 = vector.load %7[%2149] : memref<?xf32>, vector<16xf32>
            %2151 = arith.constant 96 : index
            %2152 = arith.addi %2083, %2151 : index
            %2153 = memref.load %31[%2152] : memref<2048xf32>
            %2154 = vector.broadcast %2153 : f32 to vector<16xf32>
            %2155 = vector.fma %2154, %2147, %2143 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2156 = vector.fma %2154, %2150, %2144 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2157 = arith.constant 448 : index
            %2158 = arith.addi %2081, %2157 : index
            %2159 = vector.load %7[%2158] : memref<?xf32>, vector<16xf32>
            %2160 = arith.constant 464 : index
            %2161 = arith.addi %2081, %2160 : index
            %2162 = vector.load %7[%2161] : memref<?xf32>, vector<16xf32>
            %2163 = arith.constant 112 : index
            %2164 = arith.addi %2083, %2163 : index
            %2165 = memref.load %31[%2164] : memref<2048xf32>
            %2166 = vector.broadcast %2165 : f32 to vector<16xf32>
            %2167 = vector.fma %2166, %2159, %2155 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %2168 = vector.fma %2166, %2162, %2156 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            scf.yield %2167, %2168 : vector<16xf32>, vector<16xf32>
          }
          vector.store %2075, %3[%2061] : memref<?xf32>, vector<16xf32>
          vector.store %2076, %3[%2070] : memref<?xf32>, vector<16xf32>
        }
      }
      %2169 = arith.subi %426, %419 : index
      %2170 = arith.divui %2169, %27 : index
      %2171 = arith.muli %2170, %27 : index
      %2172 = arith.addi %419, %2171 : index
      scf.for %2173 = %419 to %2172 step %27 {
        %2174 = arith.muli %2173, %34 : index
        %2175 = arith.addi %37, %2174 : index
        %2176 = arith.divui %28, %11 : index
        %2177 = arith.muli %2176, %11 : index
        scf.for %2178 = %14 to %2177 step %11 {
          scf.for %2179 = %14 to %27 step %424 {
            %2180 = arith.muli %2179, %34 : index
            %2181 = arith.addi %2175, %2180 : index
            %2182 = arith.addi %2181, %34 : index
            %2183 = arith.addi %2181, %15 : index
            %2184 = arith.constant 192 : index
            %2185 = arith.addi %2181, %2184 : index
            %2186 = arith.constant 256 : index
            %2187 = arith.addi %2181, %2186 : index
            %2188 = arith.constant 320 : index
            %2189 = arith.addi %2181, %2188 : index
            %2190 = arith.constant 384 : index
            %2191 = arith.addi %2181, %2190 : index
            %2192 = arith.constant 448 : index
            %2193 = arith.addi %2181, %2192 : index
            %2194 = arith.muli %2178, %27 : index
            %2195 = arith.addi %2178, %13 : index
            %2196 = arith.muli %2195, %27 : index
            %2197 = arith.constant 4 : index
            %2198, %2199, %2200, %2201, %2202, %2203, %2204, %2205, %2206, %2207, %2208, %2209, %2210, %2211, %2212, %2213 = scf.for %2214 = %14 to %12 step %2197 iter_args(%2215 = %40, %2216 = %40, %2217 = %40, %2218 = %40, %2219 = %40, %2220 = %40, %2221 = %40, %2222 = %40, %2223 = %40, %2224 = %40, %2225 = %40, %2226 = %40, %2227 = %40, %2228 = %40, %2229 = %40, %2230 = %40) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %2231 = arith.muli %2214, %34 : index
              %2232 = arith.addi %2231, %2194 : index
              %2233 = vector.load %32[%2232] : memref<2048xf32>, vector<16xf32>
              %2234 = arith.addi %2231, %2196 : index
              %2235 = vector.load %32[%2234] : memref<2048xf32>, vector<16xf32>
              %2236 = arith.addi %2181, %2214 : index
              %2237 = memref.load %6[%2236] : memref<?xf32>
              %2238 = vector.broadcast %2237 : f32 to vector<16xf32>
              %2239 = vector.fma %2233, %2238, %2215 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2240 = vector.fma %2235, %2238, %2223 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2241 = arith.addi %2182, %2214 : index
              %2242 = memref.load %6[%2241] : memref<?xf32>
              %2243 = vector.broadcast %2242 : f32 to vector<16xf32>
              %2244 = vector.fma %2233, %2243, %2216 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2245 = vector.fma %2235, %2243, %2224 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2246 = arith.addi %2183, %2214 : index
              %2247 = memref.load %6[%2246] : memref<?xf32>
              %2248 = vector.broadcast %2247 : f32 to vector<16xf32>
              %2249 = vector.fma %2233, %2248, %2217 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2250 = vector.fma %2235, %2248, %2225 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2251 = arith.addi %2185, %2214 : index
              %2252 = memref.load %6[%2251] : memref<?xf32>
              %2253 = vector.broadcast %2252 : f32 to vector<16xf32>
              %2254 = vector.fma %2233, %2253, %2218 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2255 = vector.fma %2235, %2253, %2226 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2256 = arith.addi %2187, %2214 : index
              %2257 = memref.load %6[%2256] : memref<?xf32>
              %2258 = vector.broadcast %2257 : f32 to vector<16xf32>
              %2259 = vector.fma %2233, %2258, %2219 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2260 = vector.fma %2235, %2258, %2227 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2261 = arith.addi %2189, %2214 : index
              %2262 = memref.load %6[%2261] : memref<?xf32>
              %2263 = vector.broadcast %2262 : f32 to vector<16xf32>
              %2264 = vector.fma %2233, %2263, %2220 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2265 = vector.fma %2235, %2263, %2228 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2266 = arith.addi %2191, %2214 : index
              %2267 = memref.load %6[%2266] : memref<?xf32>
              %2268 = vector.broadcast %2267 : f32 to vector<16xf32>
              %2269 = vector.fma %2233, %2268, %2221 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2270 = vector.fma %2235, %2268, %2229 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2271 = arith.addi %2193, %2214 : index
              %2272 = memref.load %6[%2271] : memref<?xf32>
              %2273 = vector.broadcast %2272 : f32 to vector<16xf32>
              %2274 = vector.fma %2233, %2273, %2222 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2275 = vector.fma %2235, %2273, %2230 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2276 = arith.addi %2214, %13 : index
              %2277 = arith.muli %2276, %34 : index
              %2278 = arith.addi %2277, %2194 : index
              %2279 = vector.load %32[%2278] : memref<2048xf32>, vector<16xf32>
              %2280 = arith.addi %2277, %2196 : index
              %2281 = vector.load %32[%2280] : memref<2048xf32>, vector<16xf32>
              %2282 = arith.addi %2181, %2276 : index
              %2283 = memref.load %6[%2282] : memref<?xf32>
              %2284 = vector.broadcast %2283 : f32 to vector<16xf32>
              %2285 = vector.fma %2279, %2284, %2239 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2286 = vector.fma %2281, %2284, %2240 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2287 = arith.addi %2182, %2276 : index
              %2288 = memref.load %6[%2287] : memref<?xf32>
              %2289 = vector.broadcast %2288 : f32 to vector<16xf32>
              %2290 = vector.fma %2279, %2289, %2244 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2291 = vector.fma %2281, %2289, %2245 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2292 = arith.addi %2183, %2276 : index
              %2293 = memref.load %6[%2292] : memref<?xf32>
              %2294 = vector.broadcast %2293 : f32 to vector<16xf32>
              %2295 = vector.fma %2279, %2294, %2249 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2296 = vector.fma %2281, %2294, %2250 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2297 = arith.addi %2185, %2276 : index
              %2298 = memref.load %6[%2297] : memref<?xf32>
              %2299 = vector.broadcast %2298 : f32 to vector<16xf32>
              %2300 = vector.fma %2279, %2299, %2254 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2301 = vector.fma %2281, %2299, %2255 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2302 = arith.addi %2187, %2276 : index
              %2303 = memref.load %6[%2302] : memref<?xf32>
              %2304 = vector.broadcast %2303 : f32 to vector<16xf32>
              %2305 = vector.fma %2279, %2304, %2259 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2306 = vector.fma %2281, %2304, %2260 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2307 = arith.addi %2189, %2276 : index
              %2308 = memref.load %6[%2307] : memref<?xf32>
              %2309 = vector.broadcast %2308 : f32 to vector<16xf32>
              %2310 = vector.fma %2279, %2309, %2264 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2311 = vector.fma %2281, %2309, %2265 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2312 = arith.addi %2191, %2276 : index
              %2313 = memref.load %6[%2312] : memref<?xf32>
              %2314 = vector.broadcast %2313 : f32 to vector<16xf32>
              %2315 = vector.fma %2279, %2314, %2269 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2316 = vector.fma %2281, %2314, %2270 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2317 = arith.addi %2193, %2276 : index
              %2318 = memref.load %6[%2317] : memref<?xf32>
              %2319 = vector.broadcast %2318 : f32 to vector<16xf32>
              %2320 = vector.fma %2279, %2319, %2274 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2321 = vector.fma %2281, %2319, %2275 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2322 = arith.addi %2214, %11 : index
              %2323 = arith.muli %2322, %34 : index
              %2324 = arith.addi %2323, %2194 : index
              %2325 = vector.load %32[%2324] : memref<2048xf32>, vector<16xf32>
              %2326 = arith.addi %2323, %2196 : index
              %2327 = vector.load %32[%2326] : memref<2048xf32>, vector<16xf32>
              %2328 = arith.addi %2181, %2322 : index
              %2329 = memref.load %6[%2328] : memref<?xf32>
              %2330 = vector.broadcast %2329 : f32 to vector<16xf32>
              %2331 = vector.fma %2325, %2330, %2285 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2332 = vector.fma %2327, %2330, %2286 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2333 = arith.addi %2182, %2322 : index
              %2334 = memref.load %6[%2333] : memref<?xf32>
              %2335 = vector.broadcast %2334 : f32 to vector<16xf32>
              %2336 = vector.fma %2325, %2335, %2290 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2337 = vector.fma %2327, %2335, %2291 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2338 = arith.addi %2183, %2322 : index
              %2339 = memref.load %6[%2338] : memref<?xf32>
              %2340 = vector.broadcast %2339 : f32 to vector<16xf32>
              %2341 = vector.fma %2325, %2340, %2295 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2342 = vector.fma %2327, %2340, %2296 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2343 = arith.addi %2185, %2322 : index
              %2344 = memref.load %6[%2343] : memref<?xf32>
              %2345 = vector.broadcast %2344 : f32 to vector<16xf32>
              %2346 = vector.fma %2325, %2345, %2300 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2347 = vector.fma %2327, %2345, %2301 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2348 = arith.addi %2187, %2322 : index
              %2349 = memref.load %6[%2348] : memref<?xf32>
              %2350 = vector.broadcast %2349 : f32 to vector<16xf32>
              %2351 = vector.fma %2325, %2350, %2305 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2352 = vector.fma %2327, %2350, %2306 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2353 = arith.addi %2189, %2322 : index
              %2354 = memref.load %6[%2353] : memref<?xf32>
              %2355 = vector.broadcast %2354 : f32 to vector<16xf32>
              %2356 = vector.fma %2325, %2355, %2310 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2357 = vector.fma %2327, %2355, %2311 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2358 = arith.addi %2191, %2322 : index
              %2359 = memref.load %6[%2358] : memref<?xf32>
              %2360 = vector.broadcast %2359 : f32 to vector<16xf32>
              %2361 = vector.fma %2325, %2360, %2315 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2362 = vector.fma %2327, %2360, %2316 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2363 = arith.addi %2193, %2322 : index
              %2364 = memref.load %6[%2363] : memref<?xf32>
              %2365 = vector.broadcast %2364 : f32 to vector<16xf32>
              %2366 = vector.fma %2325, %2365, %2320 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2367 = vector.fma %2327, %2365, %2321 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2368 = arith.constant 3 : index
              %2369 = arith.addi %2214, %2368 : index
              %2370 = arith.muli %2369, %34 : index
              %2371 = arith.addi %2370, %2194 : index
              %2372 = vector.load %32[%2371] : memref<2048xf32>, vector<16xf32>
              %2373 = arith.addi %2370, %2196 : index
              %2374 = vector.load %32[%2373] : memref<2048xf32>, vector<16xf32>
              %2375 = arith.addi %2181, %2369 : index
              %2376 = memref.load %6[%2375] : memref<?xf32>
              %2377 = vector.broadcast %2376 : f32 to vector<16xf32>
              %2378 = vector.fma %2372, %2377, %2331 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2379 = vector.fma %2374, %2377, %2332 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2380 = arith.addi %2182, %2369 : index
              %2381 = memref.load %6[%2380] : memref<?xf32>
              %2382 = vector.broadcast %2381 : f32 to vector<16xf32>
              %2383 = vector.fma %2372, %2382, %2336 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2384 = vector.fma %2374, %2382, %2337 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2385 = arith.addi %2183, %2369 : index
              %2386 = memref.load %6[%2385] : memref<?xf32>
              %2387 = vector.broadcast %2386 : f32 to vector<16xf32>
              %2388 = vector.fma %2372, %2387, %2341 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2389 = vector.fma %2374, %2387, %2342 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2390 = arith.addi %2185, %2369 : index
              %2391 = memref.load %6[%2390] : memref<?xf32>
              %2392 = vector.broadcast %2391 : f32 to vector<16xf32>
              %2393 = vector.fma %2372, %2392, %2346 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2394 = vector.fma %2374, %2392, %2347 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2395 = arith.addi %2187, %2369 : index
              %2396 = memref.load %6[%2395] : memref<?xf32>
              %2397 = vector.broadcast %2396 : f32 to vector<16xf32>
              %2398 = vector.fma %2372, %2397, %2351 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2399 = vector.fma %2374, %2397, %2352 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2400 = arith.addi %2189, %2369 : index
              %2401 = memref.load %6[%2400] : memref<?xf32>
              %2402 = vector.broadcast %2401 : f32 to vector<16xf32>
              %2403 = vector.fma %2372, %2402, %2356 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2404 = vector.fma %2374, %2402, %2357 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2405 = arith.addi %2191, %2369 : index
              %2406 = memref.load %6[%2405] : memref<?xf32>
              %2407 = vector.broadcast %2406 : f32 to vector<16xf32>
              %2408 = vector.fma %2372, %2407, %2361 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2409 = vector.fma %2374, %2407, %2362 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2410 = arith.addi %2193, %2369 : index
              %2411 = memref.load %6[%2410] : memref<?xf32>
              %2412 = vector.broadcast %2411 : f32 to vector<16xf32>
              %2413 = vector.fma %2372, %2412, %2366 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2414 = vector.fma %2374, %2412, %2367 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %2378, %2383, %2388, %2393, %2398, %2403, %2408, %2413, %2379, %2384, %2389, %2394, %2399, %2404, %2409, %2414 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %2415 = arith.addi %2194, %2179 : index
            %2416 = arith.muli %2415, %27 : index
            vector.store %2198, %31[%2416] : memref<2048xf32>, vector<16xf32>
            %2417 = arith.addi %2179, %13 : index
            %2418 = arith.addi %2194, %2417 : index
            %2419 = arith.muli %2418, %27 : index
            vector.store %2199, %31[%2419] : memref<2048xf32>, vector<16xf32>
            %2420 = arith.addi %2179, %11 : index
            %2421 = arith.addi %2194, %2420 : index
            %2422 = arith.muli %2421, %27 : index
            vector.store %2200, %31[%2422] : memref<2048xf32>, vector<16xf32>
            %2423 = arith.constant 3 : index
            %2424 = arith.addi %2179, %2423 : index
            %2425 = arith.addi %2194, %2424 : index
            %2426 = arith.muli %2425, %27 : index
            vector.store %2201, %31[%2426] : memref<2048xf32>, vector<16xf32>
            %2427 = arith.addi %2179, %2197 : index
            %2428 = arith.addi %2194, %2427 : index
            %2429 = arith.muli %2428, %27 : index
            vector.store %2202, %31[%2429] : memref<2048xf32>, vector<16xf32>
            %2430 = arith.constant 5 : index
            %2431 = arith.addi %2179, %2430 : index
            %2432 = arith.addi %2194, %2431 : index
            %2433 = arith.muli %2432, %27 : index
            vector.store %2203, %31[%2433] : memref<2048xf32>, vector<16xf32>
            %2434 = arith.constant 6 : index
            %2435 = arith.addi %2179, %2434 : index
            %2436 = arith.addi %2194, %2435 : index
            %2437 = arith.muli %2436, %27 : index
            vector.store %2204, %31[%2437] : memref<2048xf32>, vector<16xf32>
            %2438 = arith.constant 7 : index
            %2439 = arith.addi %2179, %2438 : index
            %2440 = arith.addi %2194, %2439 : index
            %2441 = arith.muli %2440, %27 : index
            vector.store %2205, %31[%2441] : memref<2048xf32>, vector<16xf32>
            %2442 = arith.addi %2196, %2179 : index
            %2443 = arith.muli %2442, %27 : index
            vector.store %2206, %31[%2443] : memref<2048xf32>, vector<16xf32>
            %2444 = arith.addi %2196, %2417 : index
            %2445 = arith.muli %2444, %27 : index
            vector.store %2207, %31[%2445] : memref<2048xf32>, vector<16xf32>
            %2446 = arith.addi %2196, %2420 : index
            %2447 = arith.muli %2446, %27 : index
            vector.store %2208, %31[%2447] : memref<2048xf32>, vector<16xf32>
            %2448 = arith.addi %2196, %2424 : index
            %2449 = arith.muli %2448, %27 : index
            vector.store %2209, %31[%2449] : memref<2048xf32>, vector<16xf32>
            %2450 = arith.addi %2196, %2427 : index
            %2451 = arith.muli %2450, %27 : index
            vector.store %2210, %31[%2451] : memref<2048xf32>, vector<16xf32>
            %2452 = arith.addi %2196, %2431 : index
            %2453 = arith.muli %2452, %27 : index
            vector.store %2211, %31[%2453] : memref<2048xf32>, vector<16xf32>
            %2454 = arith.addi %2196, %2435 : index
            %2455 = arith.muli %2454, %27 : index
            vector.store %2212, %31[%2455] : memref<2048xf32>, vector<16xf32>
            %2456 = arith.addi %2196, %2439 : index
            %2457 = arith.muli %2456, %27 : index
            vector.store %2213, %31[%2457] : memref<2048xf32>, vector<16xf32>
          }
        }
        scf.for %2458 = %2177 to %28 step %13 {
          scf.for %2459 = %14 to %27 step %424 {
            %2460 = arith.muli %2459, %34 : index
            %2461 = arith.addi %2175, %2460 : index
            %2462 = arith.addi %2461, %34 : index
            %2463 = arith.addi %2461, %15 : index
            %2464 = arith.constant 192 : index
            %2465 = arith.addi %2461, %2464 : index
            %2466 = arith.constant 256 : index
            %2467 = arith.addi %2461, %2466 : index
            %2468 = arith.constant 320 : index
            %2469 = arith.addi %2461, %2468 : index
            %2470 = arith.constant 384 : index
            %2471 = arith.addi %2461, %2470 : index
            %2472 = arith.constant 448 : index
            %2473 = arith.addi %2461, %2472 : index
            %2474 = arith.muli %2458, %27 : index
            %2475 = arith.constant 4 : index
            %2476, %2477, %2478, %2479, %2480, %2481, %2482, %2483 = scf.for %2484 = %14 to %12 step %2475 iter_args(%2485 = %40, %2486 = %40, %2487 = %40, %2488 = %40, %2489 = %40, %2490 = %40, %2491 = %40, %2492 = %40) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %2493 = arith.muli %2484, %34 : index
              %2494 = arith.addi %2493, %2474 : index
              %2495 = vector.load %32[%2494] : memref<2048xf32>, vector<16xf32>
              %2496 = arith.addi %2461, %2484 : index
              %2497 = memref.load %6[%2496] : memref<?xf32>
              %2498 = vector.broadcast %2497 : f32 to vector<16xf32>
              %2499 = vector.fma %2495, %2498, %2485 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2500 = arith.addi %2462, %2484 : index
              %2501 = memref.load %6[%2500] : memref<?xf32>
              %2502 = vector.broadcast %2501 : f32 to vector<16xf32>
              %2503 = vector.fma %2495, %2502, %2486 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2504 = arith.addi %2463, %2484 : index
              %2505 = memref.load %6[%2504] : memref<?xf32>
              %2506 = vector.broadcast %2505 : f32 to vector<16xf32>
              %2507 = vector.fma %2495, %2506, %2487 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2508 = arith.addi %2465, %2484 : index
              %2509 = memref.load %6[%2508] : memref<?xf32>
              %2510 = vector.broadcast %2509 : f32 to vector<16xf32>
              %2511 = vector.fma %2495, %2510, %2488 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2512 = arith.addi %2467, %2484 : index
              %2513 = memref.load %6[%2512] : memref<?xf32>
              %2514 = vector.broadcast %2513 : f32 to vector<16xf32>
              %2515 = vector.fma %2495, %2514, %2489 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2516 = arith.addi %2469, %2484 : index
              %2517 = memref.load %6[%2516] : memref<?xf32>
              %2518 = vector.broadcast %2517 : f32 to vector<16xf32>
              %2519 = vector.fma %2495, %2518, %2490 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2520 = arith.addi %2471, %2484 : index
              %2521 = memref.load %6[%2520] : memref<?xf32>
              %2522 = vector.broadcast %2521 : f32 to vector<16xf32>
              %2523 = vector.fma %2495, %2522, %2491 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2524 = arith.addi %2473, %2484 : index
              %2525 = memref.load %6[%2524] : memref<?xf32>
              %2526 = vector.broadcast %2525 : f32 to vector<16xf32>
              %2527 = vector.fma %2495, %2526, %2492 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2528 = arith.addi %2484, %13 : index
              %2529 = arith.muli %2528, %34 : index
              %2530 = arith.addi %2529, %2474 : index
              %2531 = vector.load %32[%2530] : memref<2048xf32>, vector<16xf32>
              %2532 = arith.addi %2461, %2528 : index
              %2533 = memref.load %6[%2532] : memref<?xf32>
              %2534 = vector.broadcast %2533 : f32 to vector<16xf32>
              %2535 = vector.fma %2531, %2534, %2499 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2536 = arith.addi %2462, %2528 : index
              %2537 = memref.load %6[%2536] : memref<?xf32>
              %2538 = vector.broadcast %2537 : f32 to vector<16xf32>
              %2539 = vector.fma %2531, %2538, %2503 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2540 = arith.addi %2463, %2528 : index
              %2541 = memref.load %6[%2540] : memref<?xf32>
              %2542 = vector.broadcast %2541 : f32 to vector<16xf32>
              %2543 = vector.fma %2531, %2542, %2507 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2544 = arith.addi %2465, %2528 : index
              %2545 = memref.load %6[%2544] : memref<?xf32>
              %2546 = vector.broadcast %2545 : f32 to vector<16xf32>
              %2547 = vector.fma %2531, %2546, %2511 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2548 = arith.addi %2467, %2528 : index
              %2549 = memref.load %6[%2548] : memref<?xf32>
              %2550 = vector.broadcast %2549 : f32 to vector<16xf32>
              %2551 = vector.fma %2531, %2550, %2515 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2552 = arith.addi %2469, %2528 : index
              %2553 = memref.load %6[%2552] : memref<?xf32>
              %2554 = vector.broadcast %2553 : f32 to vector<16xf32>
              %2555 = vector.fma %2531, %2554, %2519 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2556 = arith.addi %2471, %2528 : index
              %2557 = memref.load %6[%2556] : memref<?xf32>
              %2558 = vector.broadcast %2557 : f32 to vector<16xf32>
              %2559 = vector.fma %2531, %2558, %2523 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2560 = arith.addi %2473, %2528 : index
              %2561 = memref.load %6[%2560] : memref<?xf32>
              %2562 = vector.broadcast %2561 : f32 to vector<16xf32>
              %2563 = vector.fma %2531, %2562, %2527 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2564 = arith.addi %2484, %11 : index
              %2565 = arith.muli %2564, %34 : index
              %2566 = arith.addi %2565, %2474 : index
              %2567 = vector.load %32[%2566] : memref<2048xf32>, vector<16xf32>
              %2568 = arith.addi %2461, %2564 : index
              %2569 = memref.load %6[%2568] : memref<?xf32>
              %2570 = vector.broadcast %2569 : f32 to vector<16xf32>
              %2571 = vector.fma %2567, %2570, %2535 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2572 = arith.addi %2462, %2564 : index
              %2573 = memref.load %6[%2572] : memref<?xf32>
              %2574 = vector.broadcast %2573 : f32 to vector<16xf32>
              %2575 = vector.fma %2567, %2574, %2539 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2576 = arith.addi %2463, %2564 : index
              %2577 = memref.load %6[%2576] : memref<?xf32>
              %2578 = vector.broadcast %2577 : f32 to vector<16xf32>
              %2579 = vector.fma %2567, %2578, %2543 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2580 = arith.addi %2465, %2564 : index
              %2581 = memref.load %6[%2580] : memref<?xf32>
              %2582 = vector.broadcast %2581 : f32 to vector<16xf32>
              %2583 = vector.fma %2567, %2582, %2547 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2584 = arith.addi %2467, %2564 : index
              %2585 = memref.load %6[%2584] : memref<?xf32>
              %2586 = vector.broadcast %2585 : f32 to vector<16xf32>
              %2587 = vector.fma %2567, %2586, %2551 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2588 = arith.addi %2469, %2564 : index
              %2589 = memref.load %6[%2588] : memref<?xf32>
              %2590 = vector.broadcast %2589 : f32 to vector<16xf32>
              %2591 = vector.fma %2567, %2590, %2555 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2592 = arith.addi %2471, %2564 : index
              %2593 = memref.load %6[%2592] : memref<?xf32>
              %2594 = vector.broadcast %2593 : f32 to vector<16xf32>
              %2595 = vector.fma %2567, %2594, %2559 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2596 = arith.addi %2473, %2564 : index
              %2597 = memref.load %6[%2596] : memref<?xf32>
              %2598 = vector.broadcast %2597 : f32 to vector<16xf32>
              %2599 = vector.fma %2567, %2598, %2563 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2600 = arith.constant 3 : index
              %2601 = arith.addi %2484, %2600 : index
              %2602 = arith.muli %2601, %34 : index
              %2603 = arith.addi %2602, %2474 : index
              %2604 = vector.load %32[%2603] : memref<2048xf32>, vector<16xf32>
              %2605 = arith.addi %2461, %2601 : index
              %2606 = memref.load %6[%2605] : memref<?xf32>
              %2607 = vector.broadcast %2606 : f32 to vector<16xf32>
              %2608 = vector.fma %2604, %2607, %2571 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2609 = arith.addi %2462, %2601 : index
              %2610 = memref.load %6[%2609] : memref<?xf32>
              %2611 = vector.broadcast %2610 : f32 to vector<16xf32>
              %2612 = vector.fma %2604, %2611, %2575 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2613 = arith.addi %2463, %2601 : index
              %2614 = memref.load %6[%2613] : memref<?xf32>
              %2615 = vector.broadcast %2614 : f32 to vector<16xf32>
              %2616 = vector.fma %2604, %2615, %2579 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2617 = arith.addi %2465, %2601 : index
              %2618 = memref.load %6[%2617] : memref<?xf32>
              %2619 = vector.broadcast %2618 : f32 to vector<16xf32>
              %2620 = vector.fma %2604, %2619, %2583 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2621 = arith.addi %2467, %2601 : index
              %2622 = memref.load %6[%2621] : memref<?xf32>
              %2623 = vector.broadcast %2622 : f32 to vector<16xf32>
              %2624 = vector.fma %2604, %2623, %2587 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2625 = arith.addi %2469, %2601 : index
              %2626 = memref.load %6[%2625] : memref<?xf32>
              %2627 = vector.broadcast %2626 : f32 to vector<16xf32>
              %2628 = vector.fma %2604, %2627, %2591 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2629 = arith.addi %2471, %2601 : index
              %2630 = memref.load %6[%2629] : memref<?xf32>
              %2631 = vector.broadcast %2630 : f32 to vector<16xf32>
              %2632 = vector.fma %2604, %2631, %2595 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %2633 = arith.addi %2473, %2601 : index
              %2634 = memref.load %6[%2633] : memref<?xf32>
              %2635 = vector.broadcast %2634 : f32 to vector<16xf32>
              %2636 = vector.fma %2604, %2635, %2599 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %2608, %2612, %2616, %2620, %2624, %2628, %2632, %2636 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %2637 = arith.addi %2474, %2459 : index
            %2638 = arith.muli %2637, %27 : index
            vector.store %2476, %31[%2638] : memref<2048xf32>, vector<16xf32>
            %2639 = arith.addi %2459, %13 : index
            %2640 = arith.addi %2474, %2639 : index
            %2641 = arith.muli %2640, %27 : index
            vector.store %2477, %31[%2641] : memref<2048xf32>, vector<16xf32>
            %2642 = arith.addi %2459, %11 : index
            %2643 = arith.addi %2474, %2642 : index
            %2644 = arith.muli %2643, %27 : index
            vector.store %2478, %31[%2644] : memref<2048xf32>, vector<16xf32>
            %2645 = arith.constant 3 : index
            %2646 = arith.addi %2459, %2645 : index
            %2647 = arith.addi %2474, %2646 : index
            %2648 = arith.muli %2647, %27 : index
            vector.store %2479, %31[%2648] : memref<2048xf32>, vector<16xf32>
            %2649 = arith.addi %2459, %2475 : index
            %2650 = arith.addi %2474, %2649 : index
            %2651 = arith.muli %2650, %27 : index
            vector.store %2480, %31[%2651] : memref<2048xf32>, vector<16xf32>
            %2652 = arith.constant 5 : index
            %2653 = arith.addi %2459, %2652 : index
            %2654 = arith.addi %2474, %2653 : index
            %2655 = arith.muli %2654, %27 : index
            vector.store %2481, %31[%2655] : memref<2048xf32>, vector<16xf32>
            %2656 = arith.constant 6 : index
            %2657 = arith.addi %2459, %2656 : index
            %2658 = arith.addi %2474, %2657 : index
            %2659 = arith.muli %2658, %27 : index
            vector.store %2482, %31[%2659] : memref<2048xf32>, vector<16xf32>
            %2660 = arith.constant 7 : index
            %2661 = arith.addi %2459, %2660 : index
            %2662 = arith.addi %2474, %2661 : index
            %2663 = arith.muli %2662, %27 : index
            vector.store %2483, %31[%2663] : memref<2048xf32>, vector<16xf32>
          }
        }
        scf.for %2664 = %14 to %28 step %13 {
          %2665 = arith.muli %2664, %27 : index
          %2666 = arith.constant 256 : index
          %2667 = arith.muli %2664, %2666 : index
          %2668 = arith.constant 192 : index
          %2669 = arith.addi %2665, %2668 : index
          %2670 = vector.load %30[%2669] : memref<256xf32>, vector<16xf32>
          %2671 = arith.index_cast %2173 : index to i64
          %2672 = arith.sitofp %2671 : i64 to f32
          %2673 = vector.broadcast %2672 : f32 to vector<16xf32>
          %2674 = arith.subf %2670, %2673 fastmath<nsz,arcp,afn> : vector<16xf32>
          %2675 = vector.load %30[%2665] : memref<256xf32>, vector<16xf32>
          %2676 = scf.for %2677 = %14 to %27 step %424 iter_args(%2678 = %2675) -> (vector<16xf32>) {
            %2679 = arith.muli %2677, %27 : index
            %2680 = arith.addi %2667, %2679 : index
            %2681 = vector.load %31[%2680] : memref<2048xf32>, vector<16xf32>
            %2682 = arith.addi %2677, %13 : index
            %2683 = arith.muli %2682, %27 : index
            %2684 = arith.addi %2667, %2683 : index
            %2685 = vector.load %31[%2684] : memref<2048xf32>, vector<16xf32>
            %2686 = arith.addi %2677, %11 : index
            %2687 = arith.muli %2686, %27 : index
            %2688 = arith.addi %2667, %2687 : index
            %2689 = vector.load %31[%2688] : memref<2048xf32>, vector<16xf32>
            %2690 = arith.constant 3 : index
            %2691 = arith.addi %2677, %2690 : index
            %2692 = arith.muli %2691, %27 : index
            %2693 = arith.addi %2667, %2692 : index
            %2694 = vector.load %31[%2693] : memref<2048xf32>, vector<16xf32>
            %2695 = arith.constant 4 : index
            %2696 = arith.addi %2677, %2695 : index
            %2697 = arith.muli %2696, %27 : index
            %2698 = arith.addi %2667, %2697 : index
            %2699 = vector.load %31[%2698] : memref<2048xf32>, vector<16xf32>
            %2700 = arith.constant 5 : index
            %2701 = arith.addi %2677, %2700 : index
            %2702 = arith.muli %2701, %27 : index
            %2703 = arith.addi %2667, %2702 : index
            %2704 = vector.load %31[%2703] : memref<2048xf32>, vector<16xf32>
            %2705 = arith.constant 6 : index
            %2706 = arith.addi %2677, %2705 : index
            %2707 = arith.muli %2706, %27 : index
            %2708 = arith.addi %2667, %2707 : index
            %2709 = vector.load %31[%2708] : memref<2048xf32>, vector<16xf32>
            %2710 = arith.constant 7 : index
            %2711 = arith.addi %2677, %2710 : index
            %2712 = arith.muli %2711, %27 : index
            %2713 = arith.addi %2667, %2712 : index
            %2714 = vector.load %31[%2713] : memref<2048xf32>, vector<16xf32>
            %2715 = arith.index_cast %2677 : index to i64
            %2716 = arith.sitofp %2715 : i64 to f32
            %2717 = vector.broadcast %2716 : f32 to vector<16xf32>
            %2718 = arith.subf %2674, %2717 fastmath<nsz,arcp,afn> : vector<16xf32>
            %2719 = arith.cmpf olt, %40, %2718 : vector<16xf32>
            %2720 = arith.constant 1.000000e+00 : f32
            %2721 = vector.broadcast %2720 : f32 to vector<16xf32>
            %2722 = arith.cmpf olt, %2721, %2718 : vector<16xf32>
            %2723 = arith.constant 2.000000e+00 : f32
            %2724 = vector.broadcast %2723 : f32 to vector<16xf32>
            %2725 = arith.cmpf olt, %2724, %2718 : vector<16xf32>
            %2726 = arith.constant 3.000000e+00 : f32
            %2727 = vector.broadcast %2726 : f32 to vector<16xf32>
            %2728 = arith.cmpf olt, %2727, %2718 : vector<16xf32>
            %2729 = arith.constant 4.000000e+00 : f32
            %2730 = vector.broadcast %2729 : f32 to vector<16xf32>
            %2731 = arith.cmpf olt, %2730, %2718 : vector<16xf32>
            %2732 = arith.constant 5.000000e+00 : f32
            %2733 = vector.broadcast %2732 : f32 to vector<16xf32>
            %2734 = arith.cmpf olt, %2733, %2718 : vector<16xf32>
            %2735 = arith.constant 6.000000e+00 : f32
            %2736 = vector.broadcast %2735 : f32 to vector<16xf32>
            %2737 = arith.cmpf olt, %2736, %2718 : vector<16xf32>
            %2738 = arith.constant 7.000000e+00 : f32
            %2739 = vector.broadcast %2738 : f32 to vector<16xf32>
            %2740 = arith.cmpf olt, %2739, %2718 : vector<16xf32>
            %2741 = arith.constant -1.000000e+30 : f32
            %2742 = vector.broadcast %2741 : f32 to vector<16xf32>
            %2743 = arith.select %2719, %2681, %2742 : vector<16xf32>
            %2744 = arith.select %2722, %2685, %2742 : vector<16xf32>
            %2745 = arith.select %2725, %2689, %2742 : vector<16xf32>
            %2746 = arith.select %2728, %2694, %2742 : vector<16xf32>
            %2747 = arith.select %2731, %2699, %2742 : vector<16xf32>
            %2748 = arith.select %2734, %2704, %2742 : vector<16xf32>
            %2749 = arith.select %2737, %2709, %2742 : vector<16xf32>
            %2750 = arith.select %2740, %2714, %2742 : vector<16xf32>
            %2751 = arith.cmpf ogt, %2743, %2744 : vector<16xf32>
            %2752 = arith.select %2751, %2743, %2744 : vector<16xf32>
            %2753 = arith.cmpf ogt, %2745, %2746 : vector<16xf32>
            %2754 = arith.select %2753, %2745, %2746 : vector<16xf32>
            %2755 = arith.cmpf ogt, %2747, %2748 : vector<16xf32>
            %2756 = arith.select %2755, %2747, %2748 : vector<16xf32>
            %2757 = arith.cmpf ogt, %2749, %2750 : vector<16xf32>
            %2758 = arith.select %2757, %2749, %2750 : vector<16xf32>
            %2759 = arith.cmpf ogt, %2752, %2754 : vector<16xf32>
            %2760 = arith.select %2759, %2752, %2754 : vector<16xf32>
            %2761 = arith.cmpf ogt, %2756, %2758 : vector<16xf32>
            %2762 = arith.select %2761, %2756, %2758 : vector<16xf32>
            %2763 = arith.cmpf ogt, %2760, %2762 : vector<16xf32>
            %2764 = arith.select %2763, %2760, %2762 : vector<16xf32>
            %2765 = arith.cmpf ogt, %2678, %2764 : vector<16xf32>
            %2766 = arith.select %2765, %2678, %2764 : vector<16xf32>
            scf.yield %2766 : vector<16xf32>
          }
          %2767 = scf.for %2768 = %14 to %27 step %424 iter_args(%2769 = %40) -> (vector<16xf32>) {
            %2770 = arith.muli %2768, %27 : index
            %2771 = arith.addi %2667, %2770 : index
            %2772 = vector.load %31[%2771] : memref<2048xf32>, vector<16xf32>
            %2773 = arith.addi %2768, %13 : index
            %2774 = arith.muli %2773, %27 : index
            %2775 = arith.addi %2667, %2774 : index
            %2776 = vector.load %31[%2775] : memref<2048xf32>, vector<16xf32>
            %2777 = arith.addi %2768, %11 : index
            %2778 = arith.muli %2777, %27 : index
            %2779 = arith.addi %2667, %2778 : index
            %2780 = vector.load %31[%2779] : memref<2048xf32>, vector<16xf32>
            %2781 = arith.constant 3 : index
            %2782 = arith.addi %2768, %2781 : index
            %2783 = arith.muli %2782, %27 : index
            %2784 = arith.addi %2667, %2783 : index
            %2785 = vector.load %31[%2784] : memref<2048xf32>, vector<16xf32>
            %2786 = arith.constant 4 : index
            %2787 = arith.addi %2768, %2786 : index
            %2788 = arith.muli %2787, %27 : index
            %2789 = arith.addi %2667, %2788 : index
            %2790 = vector.load %31[%2789] : memref<2048xf32>, vector<16xf32>
            %2791 = arith.constant 5 : index
            %2792 = arith.addi %2768, %2791 : index
            %2793 = arith.muli %2792, %27 : index
            %2794 = arith.addi %2667, %2793 : index
            %2795 = vector.load %31[%2794] : memref<2048xf32>, vector<16xf32>
            %2796 = arith.constant 6 : index
            %2797 = arith.addi %2768, %2796 : index
            %2798 = arith.muli %2797, %27 : index
            %2799 = arith.addi %2667, %2798 : index
            %2800 = vector.load %31[%2799] : memref<2048xf32>, vector<16xf32>
            %2801 = arith.constant 7 : index
            %2802 = arith.addi %2768, %2801 : index
            %2803 = arith.muli %2802, %27 : index
            %2804 = arith.addi %2667, %2803 : index
            %2805 = vector.load %31[%2804] : memref<2048xf32>, vector<16xf32>
            %2806 = arith.index_cast %2768 : index to i64
            %2807 = arith.sitofp %2806 : i64 to f32
            %2808 = vector.broadcast %2807 : f32 to vector<16xf32>
            %2809 = arith.subf %2674, %2808 fastmath<nsz,arcp,afn> : vector<16xf32>
            %2810 = arith.cmpf olt, %40, %2809 : vector<16xf32>
            %2811 = arith.constant 1.000000e+00 : f32
            %2812 = vector.broadcast %2811 : f32 to vector<16xf32>
            %2813 = arith.cmpf olt, %2812, %2809 : vector<16xf32>
            %2814 = arith.constant 2.000000e+00 : f32
            %2815 = vector.broadcast %2814 : f32 to vector<16xf32>
            %2816 = arith.cmpf olt, %2815, %2809 : vector<16xf32>
            %2817 = arith.constant 3.000000e+00 : f32
            %2818 = vector.broadcast %2817 : f32 to vector<16xf32>
            %2819 = arith.cmpf olt, %2818, %2809 : vector<16xf32>
            %2820 = arith.constant 4.000000e+00 : f32
            %2821 = vector.broadcast %2820 : f32 to vector<16xf32>
            %2822 = arith.cmpf olt, %2821, %2809 : vector<16xf32>
            %2823 = arith.constant 5.000000e+00 : f32
            %2824 = vector.broadcast %2823 : f32 to vector<16xf32>
            %2825 = arith.cmpf olt, %2824, %2809 : vector<16xf32>
            %2826 = arith.constant 6.000000e+00 : f32
            %2827 = vector.broadcast %2826 : f32 to vector<16xf32>
            %2828 = arith.cmpf olt, %2827, %2809 : vector<16xf32>
            %2829 = arith.constant 7.000000e+00 : f32
            %2830 = vector.broadcast %2829 : f32 to vector<16xf32>
            %2831 = arith.cmpf olt, %2830, %2809 : vector<16xf32>
            %2832 = arith.constant -1.000000e+30 : f32
            %2833 = vector.broadcast %2832 : f32 to vector<16xf32>
            %2834 = arith.select %2810, %2772, %2833 : vector<16xf32>
            %2835 = arith.select %2813, %2776, %2833 : vector<16xf32>
            %2836 = arith.select %2816, %2780, %2833 : vector<16xf32>
            %2837 = arith.select %2819, %2785, %2833 : vector<16xf32>
            %2838 = arith.select %2822, %2790, %2833 : vector<16xf32>
            %2839 = arith.select %2825, %2795, %2833 : vector<16xf32>
            %2840 = arith.select %2828, %2800, %2833 : vector<16xf32>
            %2841 = arith.select %2831, %2805, %2833 : vector<16xf32>
            %2842 = arith.subf %2834, %2676 fastmath<nsz,arcp,afn> : vector<16xf32>
            %2843 = arith.constant -8.700000e+01 : f32
            %2844 = vector.broadcast %2843 : f32 to vector<16xf32>
            %2845 = arith.cmpf ogt, %2842, %2844 : vector<16xf32>
            %2846 = arith.select %2845, %2842, %2844 : vector<16xf32>
            %2847 = arith.constant 8.800000e+01 : f32
            %2848 = vector.broadcast %2847 : f32 to vector<16xf32>
            %2849 = arith.cmpf olt, %2846, %2848 : vector<16xf32>
            %2850 = arith.select %2849, %2846, %2848 : vector<16xf32>
            %2851 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %2852 = arith.minnumf %2850, %2851 : vector<16xf32>
            %2853 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %2854 = arith.maxnumf %2852, %2853 : vector<16xf32>
            %2855 = arith.constant dense<1.44269502> : vector<16xf32>
            %2856 = arith.mulf %2854, %2855 fastmath<contract> : vector<16xf32>
            %2857 = rlx_cpu.rint %2856 : vector<16xf32>
            %2858 = arith.constant dense<0.693359375> : vector<16xf32>
            %2859 = arith.mulf %2857, %2858 fastmath<contract> : vector<16xf32>
            %2860 = arith.subf %2854, %2859 fastmath<contract> : vector<16xf32>
            %2861 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %2862 = arith.mulf %2857, %2861 fastmath<contract> : vector<16xf32>
            %2863 = arith.subf %2860, %2862 fastmath<contract> : vector<16xf32>
            %2864 = arith.constant dense<0.000198756912> : vector<16xf32>
            %2865 = arith.mulf %2864, %2863 fastmath<contract> : vector<16xf32>
            %2866 = arith.constant dense<0.00139819994> : vector<16xf32>
            %2867 = arith.addf %2865, %2866 fastmath<contract> : vector<16xf32>
            %2868 = arith.mulf %2867, %2863 fastmath<contract> : vector<16xf32>
            %2869 = arith.constant dense<0.00833345205> : vector<16xf32>
            %2870 = arith.addf %2868, %2869 fastmath<contract> : vector<16xf32>
            %2871 = arith.mulf %2870, %2863 fastmath<contract> : vector<16xf32>
            %2872 = arith.constant dense<0.0416657962> : vector<16xf32>
            %2873 = arith.addf %2871, %2872 fastmath<contract> : vector<16xf32>
            %2874 = arith.mulf %2873, %2863 fastmath<contract> : vector<16xf32>
            %2875 = arith.constant dense<0.166666657> : vector<16xf32>
            %2876 = arith.addf %2874, %2875 fastmath<contract> : vector<16xf32>
            %2877 = arith.mulf %2876, %2863 fastmath<contract> : vector<16xf32>
            %2878 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %2879 = arith.addf %2877, %2878 fastmath<contract> : vector<16xf32>
            %2880 = arith.mulf %2863, %2863 fastmath<contract> : vector<16xf32>
            %2881 = arith.mulf %2879, %2880 fastmath<contract> : vector<16xf32>
            %2882 = arith.addf %2881, %2863 fastmath<contract> : vector<16xf32>
            %2883 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %2884 = arith.addf %2882, %2883 fastmath<contract> : vector<16xf32>
            %2885 = arith.fptosi %2857 : vector<16xf32> to vector<16xi32>
            %2886 = arith.constant dense<23> : vector<16xi32>
            %2887 = arith.shli %2885, %2886 : vector<16xi32>
            %2888 = arith.bitcast %2884 : vector<16xf32> to vector<16xi32>
            %2889 = arith.addi %2888, %2887 : vector<16xi32>
            %2890 = arith.bitcast %2889 : vector<16xi32> to vector<16xf32>
            %2891 = arith.constant dense<-87.3365479> : vector<16xf32>
            %2892 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %2893 = arith.cmpf olt, %2850, %2891 : vector<16xf32>
            %2894 = arith.select %2893, %2892, %2890 : vector<16xf32>
            %2895 = arith.constant dense<88.7228394> : vector<16xf32>
            %2896 = arith.constant dense<0x7f800000> : vector<16xf32>
            %2897 = arith.cmpf ogt, %2850, %2895 : vector<16xf32>
            %2898 = arith.select %2897, %2896, %2894 : vector<16xf32>
            %2899 = arith.cmpf uno, %2850, %2850 : vector<16xf32>
            %2900 = arith.select %2899, %2850, %2898 : vector<16xf32>
            %2901 = arith.select %2810, %2900, %40 : vector<16xf32>
            vector.store %2901, %31[%2771] : memref<2048xf32>, vector<16xf32>
            %2902 = arith.subf %2835, %2676 fastmath<nsz,arcp,afn> : vector<16xf32>
            %2903 = arith.cmpf ogt, %2902, %2844 : vector<16xf32>
            %2904 = arith.select %2903, %2902, %2844 : vector<16xf32>
            %2905 = arith.cmpf olt, %2904, %2848 : vector<16xf32>
            %2906 = arith.select %2905, %2904, %2848 : vector<16xf32>
            %2907 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %2908 = arith.minnumf %2906, %2907 : vector<16xf32>
            %2909 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %2910 = arith.maxnumf %2908, %2909 : vector<16xf32>
            %2911 = arith.constant dense<1.44269502> : vector<16xf32>
            %2912 = arith.mulf %2910, %2911 fastmath<contract> : vector<16xf32>
            %2913 = rlx_cpu.rint %2912 : vector<16xf32>
            %2914 = arith.constant dense<0.693359375> : vector<16xf32>
            %2915 = arith.mulf %2913, %2914 fastmath<contract> : vector<16xf32>
            %2916 = arith.subf %2910, %2915 fastmath<contract> : vector<16xf32>
            %2917 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %2918 = arith.mulf %2913, %2917 fastmath<contract> : vector<16xf32>
            %2919 = arith.subf %2916, %2918 fastmath<contract> : vector<16xf32>
            %2920 = arith.constant dense<0.000198756912> : vector<16xf32>
            %2921 = arith.mulf %2920, %2919 fastmath<contract> : vector<16xf32>
            %2922 = arith.constant dense<0.00139819994> : vector<16xf32>
            %2923 = arith.addf %2921, %2922 fastmath<contract> : vector<16xf32>
            %2924 = arith.mulf %2923, %2919 fastmath<contract> : vector<16xf32>
            %2925 = arith.constant dense<0.00833345205> : vector<16xf32>
            %2926 = arith.addf %2924, %2925 fastmath<contract> : vector<16xf32>
            %2927 = arith.mulf %2926, %2919 fastmath<contract> : vector<16xf32>
            %2928 = arith.constant dense<0.0416657962> : vector<16xf32>
            %2929 = arith.addf %2927, %2928 fastmath<contract> : vector<16xf32>
            %2930 = arith.mulf %2929, %2919 fastmath<contract> : vector<16xf32>
            %2931 = arith.constant dense<0.166666657> : vector<16xf32>
            %2932 = arith.addf %2930, %2931 fastmath<contract> : vector<16xf32>
            %2933 = arith.mulf %2932, %2919 fastmath<contract> : vector<16xf32>
            %2934 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %2935 = arith.addf %2933, %2934 fastmath<contract> : vector<16xf32>
            %2936 = arith.mulf %2919, %2919 fastmath<contract> : vector<16xf32>
            %2937 = arith.mulf %2935, %2936 fastmath<contract> : vector<16xf32>
            %2938 = arith.addf %2937, %2919 fastmath<contract> : vector<16xf32>
            %2939 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %2940 = arith.addf %2938, %2939 fastmath<contract> : vector<16xf32>
            %2941 = arith.fptosi %2913 : vector<16xf32> to vector<16xi32>
            %2942 = arith.constant dense<23> : vector<16xi32>
            %2943 = arith.shli %2941, %2942 : vector<16xi32>
            %2944 = arith.bitcast %2940 : vector<16xf32> to vector<16xi32>
            %2945 = arith.addi %2944, %2943 : vector<16xi32>
            %2946 = arith.bitcast %2945 : vector<16xi32> to vector<16xf32>
            %2947 = arith.constant dense<-87.3365479> : vector<16xf32>
            %2948 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %2949 = arith.cmpf olt, %2906, %2947 : vector<16xf32>
            %2950 = arith.select %2949, %2948, %2946 : vector<16xf32>
            %2951 = arith.constant dense<88.7228394> : vector<16xf32>
            %2952 = arith.constant dense<0x7f800000> : vector<16xf32>
            %2953 = arith.cmpf ogt, %2906, %2951 : vector<16xf32>
            %2954 = arith.select %2953, %2952, %2950 : vector<16xf32>
            %2955 = arith.cmpf uno, %2906, %2906 : vector<16xf32>
            %2956 = arith.select %2955, %2906, %2954 : vector<16xf32>
            %2957 = arith.select %2813, %2956, %40 : vector<16xf32>
            vector.store %2957, %31[%2775] : memref<2048xf32>, vector<16xf32>
            %2958 = arith.subf %2836, %2676 fastmath<nsz,arcp,afn> : vector<16xf32>
            %2959 = arith.cmpf ogt, %2958, %2844 : vector<16xf32>
            %2960 = arith.select %2959, %2958, %2844 : vector<16xf32>
            %2961 = arith.cmpf olt, %2960, %2848 : vector<16xf32>
            %2962 = arith.select %2961, %2960, %2848 : vector<16xf32>
            %2963 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %2964 = arith.minnumf %2962, %2963 : vector<16xf32>
            %2965 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %2966 = arith.maxnumf %2964, %2965 : vector<16xf32>
            %2967 = arith.constant dense<1.44269502> : vector<16xf32>
            %2968 = arith.mulf %2966, %2967 fastmath<contract> : vector<16xf32>
            %2969 = rlx_cpu.rint %2968 : vector<16xf32>
            %2970 = arith.constant dense<0.693359375> : vector<16xf32>
            %2971 = arith.mulf %2969, %2970 fastmath<contract> : vector<16xf32>
            %2972 = arith.subf %2966, %2971 fastmath<contract> : vector<16xf32>
            %2973 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %2974 = arith.mulf %2969, %2973 fastmath<contract> : vector<16xf32>
            %2975 = arith.subf %2972, %2974 fastmath<contract> : vector<16xf32>
            %2976 = arith.constant dense<0.000198756912> : vector<16xf32>
            %2977 = arith.mulf %2976, %2975 fastmath<contract> : vector<16xf32>
            %2978 = arith.constant dense<0.00139819994> : vector<16xf32>
            %2979 = arith.addf %2977, %2978 fastmath<contract> : vector<16xf32>
            %2980 = arith.mulf %2979, %2975 fastmath<contract> : vector<16xf32>
            %2981 = arith.constant dense<0.00833345205> : vector<16xf32>
            %2982 = arith.addf %2980, %2981 fastmath<contract> : vector<16xf32>
            %2983 = arith.mulf %2982, %2975 fastmath<contract> : vector<16xf32>
            %2984 = arith.constant dense<0.0416657962> : vector<16xf32>
            %2985 = arith.addf %2983, %2984 fastmath<contract> : vector<16xf32>
            %2986 = arith.mulf %2985, %2975 fastmath<contract> : vector<16xf32>
            %2987 = arith.constant dense<0.166666657> : vector<16xf32>
            %2988 = arith.addf %2986, %2987 fastmath<contract> : vector<16xf32>
            %2989 = arith.mulf %2988, %2975 fastmath<contract> : vector<16xf32>
            %2990 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %2991 = arith.addf %2989, %2990 fastmath<contract> : vector<16xf32>
            %2992 = arith.mulf %2975, %2975 fastmath<contract> : vector<16xf32>
            %2993 = arith.mulf %2991, %2992 fastmath<contract> : vector<16xf32>
            %2994 = arith.addf %2993, %2975 fastmath<contract> : vector<16xf32>
            %2995 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %2996 = arith.addf %2994, %2995 fastmath<contract> : vector<16xf32>
            %2997 = arith.fptosi %2969 : vector<16xf32> to vector<16xi32>
            %2998 = arith.constant dense<23> : vector<16xi32>
            %2999 = arith.shli %2997, %2998 : vector<16xi32>
            %3000 = arith.bitcast %2996 : vector<16xf32> to vector<16xi32>
            %3001 = arith.addi %3000, %2999 : vector<16xi32>
            %3002 = arith.bitcast %3001 : vector<16xi32> to vector<16xf32>
            %3003 = arith.constant dense<-87.3365479> : vector<16xf32>
            %3004 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %3005 = arith.cmpf olt, %2962, %3003 : vector<16xf32>
            %3006 = arith.select %3005, %3004, %3002 : vector<16xf32>
            %3007 = arith.constant dense<88.7228394> : vector<16xf32>
            %3008 = arith.constant dense<0x7f800000> : vector<16xf32>
            %3009 = arith.cmpf ogt, %2962, %3007 : vector<16xf32>
            %3010 = arith.select %3009, %3008, %3006 : vector<16xf32>
            %3011 = arith.cmpf uno, %2962, %2962 : vector<16xf32>
            %3012 = arith.select %3011, %2962, %3010 : vector<16xf32>
            %3013 = arith.select %2816, %3012, %40 : vector<16xf32>
            vector.store %3013, %31[%2779] : memref<2048xf32>, vector<16xf32>
            %3014 = arith.subf %2837, %2676 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3015 = arith.cmpf ogt, %3014, %2844 : vector<16xf32>
            %3016 = arith.select %3015, %3014, %2844 : vector<16xf32>
            %3017 = arith.cmpf olt, %3016, %2848 : vector<16xf32>
            %3018 = arith.select %3017, %3016, %2848 : vector<16xf32>
            %3019 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %3020 = arith.minnumf %3018, %3019 : vector<16xf32>
            %3021 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %3022 = arith.maxnumf %3020, %3021 : vector<16xf32>
            %3023 = arith.constant dense<1.44269502> : vector<16xf32>
            %3024 = arith.mulf %3022, %3023 fastmath<contract> : vector<16xf32>
            %3025 = rlx_cpu.rint %3024 : vector<16xf32>
            %3026 = arith.constant dense<0.693359375> : vector<16xf32>
            %3027 = arith.mulf %3025, %3026 fastmath<contract> : vector<16xf32>
            %3028 = arith.subf %3022, %3027 fastmath<contract> : vector<16xf32>
            %3029 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %3030 = arith.mulf %3025, %3029 fastmath<contract> : vector<16xf32>
            %3031 = arith.subf %3028, %3030 fastmath<contract> : vector<16xf32>
            %3032 = arith.constant dense<0.000198756912> : vector<16xf32>
            %3033 = arith.mulf %3032, %3031 fastmath<contract> : vector<16xf32>
            %3034 = arith.constant dense<0.00139819994> : vector<16xf32>
            %3035 = arith.addf %3033, %3034 fastmath<contract> : vector<16xf32>
            %3036 = arith.mulf %3035, %3031 fastmath<contract> : vector<16xf32>
            %3037 = arith.constant dense<0.00833345205> : vector<16xf32>
            %3038 = arith.addf %3036, %3037 fastmath<contract> : vector<16xf32>
            %3039 = arith.mulf %3038, %3031 fastmath<contract> : vector<16xf32>
            %3040 = arith.constant dense<0.0416657962> : vector<16xf32>
            %3041 = arith.addf %3039, %3040 fastmath<contract> : vector<16xf32>
            %3042 = arith.mulf %3041, %3031 fastmath<contract> : vector<16xf32>
            %3043 = arith.constant dense<0.166666657> : vector<16xf32>
            %3044 = arith.addf %3042, %3043 fastmath<contract> : vector<16xf32>
            %3045 = arith.mulf %3044, %3031 fastmath<contract> : vector<16xf32>
            %3046 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %3047 = arith.addf %3045, %3046 fastmath<contract> : vector<16xf32>
            %3048 = arith.mulf %3031, %3031 fastmath<contract> : vector<16xf32>
            %3049 = arith.mulf %3047, %3048 fastmath<contract> : vector<16xf32>
            %3050 = arith.addf %3049, %3031 fastmath<contract> : vector<16xf32>
            %3051 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %3052 = arith.addf %3050, %3051 fastmath<contract> : vector<16xf32>
            %3053 = arith.fptosi %3025 : vector<16xf32> to vector<16xi32>
            %3054 = arith.constant dense<23> : vector<16xi32>
            %3055 = arith.shli %3053, %3054 : vector<16xi32>
            %3056 = arith.bitcast %3052 : vector<16xf32> to vector<16xi32>
            %3057 = arith.addi %3056, %3055 : vector<16xi32>
            %3058 = arith.bitcast %3057 : vector<16xi32> to vector<16xf32>
            %3059 = arith.constant dense<-87.3365479> : vector<16xf32>
            %3060 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %3061 = arith.cmpf olt, %3018, %3059 : vector<16xf32>
            %3062 = arith.select %3061, %3060, %3058 : vector<16xf32>
            %3063 = arith.constant dense<88.7228394> : vector<16xf32>
            %3064 = arith.constant dense<0x7f800000> : vector<16xf32>
            %3065 = arith.cmpf ogt, %3018, %3063 : vector<16xf32>
            %3066 = arith.select %3065, %3064, %3062 : vector<16xf32>
            %3067 = arith.cmpf uno, %3018, %3018 : vector<16xf32>
            %3068 = arith.select %3067, %3018, %3066 : vector<16xf32>
            %3069 = arith.select %2819, %3068, %40 : vector<16xf32>
            vector.store %3069, %31[%2784] : memref<2048xf32>, vector<16xf32>
            %3070 = arith.subf %2838, %2676 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3071 = arith.cmpf ogt, %3070, %2844 : vector<16xf32>
            %3072 = arith.select %3071, %3070, %2844 : vector<16xf32>
            %3073 = arith.cmpf olt, %3072, %2848 : vector<16xf32>
            %3074 = arith.select %3073, %3072, %2848 : vector<16xf32>
            %3075 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %3076 = arith.minnumf %3074, %3075 : vector<16xf32>
            %3077 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %3078 = arith.maxnumf %3076, %3077 : vector<16xf32>
            %3079 = arith.constant dense<1.44269502> : vector<16xf32>
            %3080 = arith.mulf %3078, %3079 fastmath<contract> : vector<16xf32>
            %3081 = rlx_cpu.rint %3080 : vector<16xf32>
            %3082 = arith.constant dense<0.693359375> : vector<16xf32>
            %3083 = arith.mulf %3081, %3082 fastmath<contract> : vector<16xf32>
            %3084 = arith.subf %3078, %3083 fastmath<contract> : vector<16xf32>
            %3085 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %3086 = arith.mulf %3081, %3085 fastmath<contract> : vector<16xf32>
            %3087 = arith.subf %3084, %3086 fastmath<contract> : vector<16xf32>
            %3088 = arith.constant dense<0.000198756912> : vector<16xf32>
            %3089 = arith.mulf %3088, %3087 fastmath<contract> : vector<16xf32>
            %3090 = arith.constant dense<0.00139819994> : vector<16xf32>
            %3091 = arith.addf %3089, %3090 fastmath<contract> : vector<16xf32>
            %3092 = arith.mulf %3091, %3087 fastmath<contract> : vector<16xf32>
            %3093 = arith.constant dense<0.00833345205> : vector<16xf32>
            %3094 = arith.addf %3092, %3093 fastmath<contract> : vector<16xf32>
            %3095 = arith.mulf %3094, %3087 fastmath<contract> : vector<16xf32>
            %3096 = arith.constant dense<0.0416657962> : vector<16xf32>
            %3097 = arith.addf %3095, %3096 fastmath<contract> : vector<16xf32>
            %3098 = arith.mulf %3097, %3087 fastmath<contract> : vector<16xf32>
            %3099 = arith.constant dense<0.166666657> : vector<16xf32>
            %3100 = arith.addf %3098, %3099 fastmath<contract> : vector<16xf32>
            %3101 = arith.mulf %3100, %3087 fastmath<contract> : vector<16xf32>
            %3102 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %3103 = arith.addf %3101, %3102 fastmath<contract> : vector<16xf32>
            %3104 = arith.mulf %3087, %3087 fastmath<contract> : vector<16xf32>
            %3105 = arith.mulf %3103, %3104 fastmath<contract> : vector<16xf32>
            %3106 = arith.addf %3105, %3087 fastmath<contract> : vector<16xf32>
            %3107 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %3108 = arith.addf %3106, %3107 fastmath<contract> : vector<16xf32>
            %3109 = arith.fptosi %3081 : vector<16xf32> to vector<16xi32>
            %3110 = arith.constant dense<23> : vector<16xi32>
            %3111 = arith.shli %3109, %3110 : vector<16xi32>
            %3112 = arith.bitcast %3108 : vector<16xf32> to vector<16xi32>
            %3113 = arith.addi %3112, %3111 : vector<16xi32>
            %3114 = arith.bitcast %3113 : vector<16xi32> to vector<16xf32>
            %3115 = arith.constant dense<-87.3365479> : vector<16xf32>
            %3116 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %3117 = arith.cmpf olt, %3074, %3115 : vector<16xf32>
            %3118 = arith.select %3117, %3116, %3114 : vector<16xf32>
            %3119 = arith.constant dense<88.7228394> : vector<16xf32>
            %3120 = arith.constant dense<0x7f800000> : vector<16xf32>
            %3121 = arith.cmpf ogt, %3074, %3119 : vector<16xf32>
            %3122 = arith.select %3121, %3120, %3118 : vector<16xf32>
            %3123 = arith.cmpf uno, %3074, %3074 : vector<16xf32>
            %3124 = arith.select %3123, %3074, %3122 : vector<16xf32>
            %3125 = arith.select %2822, %3124, %40 : vector<16xf32>
            vector.store %3125, %31[%2789] : memref<2048xf32>, vector<16xf32>
            %3126 = arith.subf %2839, %2676 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3127 = arith.cmpf ogt, %3126, %2844 : vector<16xf32>
            %3128 = arith.select %3127, %3126, %2844 : vector<16xf32>
            %3129 = arith.cmpf olt, %3128, %2848 : vector<16xf32>
            %3130 = arith.select %3129, %3128, %2848 : vector<16xf32>
            %3131 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %3132 = arith.minnumf %3130, %3131 : vector<16xf32>
            %3133 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %3134 = arith.maxnumf %3132, %3133 : vector<16xf32>
            %3135 = arith.constant dense<1.44269502> : vector<16xf32>
            %3136 = arith.mulf %3134, %3135 fastmath<contract> : vector<16xf32>
            %3137 = rlx_cpu.rint %3136 : vector<16xf32>
            %3138 = arith.constant dense<0.693359375> : vector<16xf32>
            %3139 = arith.mulf %3137, %3138 fastmath<contract> : vector<16xf32>
            %3140 = arith.subf %3134, %3139 fastmath<contract> : vector<16xf32>
            %3141 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %3142 = arith.mulf %3137, %3141 fastmath<contract> : vector<16xf32>
            %3143 = arith.subf %3140, %3142 fastmath<contract> : vector<16xf32>
            %3144 = arith.constant dense<0.000198756912> : vector<16xf32>
            %3145 = arith.mulf %3144, %3143 fastmath<contract> : vector<16xf32>
            %3146 = arith.constant dense<0.00139819994> : vector<16xf32>
            %3147 = arith.addf %3145, %3146 fastmath<contract> : vector<16xf32>
            %3148 = arith.mulf %3147, %3143 fastmath<contract> : vector<16xf32>
            %3149 = arith.constant dense<0.00833345205> : vector<16xf32>
            %3150 = arith.addf %3148, %3149 fastmath<contract> : vector<16xf32>
            %3151 = arith.mulf %3150, %3143 fastmath<contract> : vector<16xf32>
            %3152 = arith.constant dense<0.0416657962> : vector<16xf32>
            %3153 = arith.addf %3151, %3152 fastmath<contract> : vector<16xf32>
            %3154 = arith.mulf %3153, %3143 fastmath<contract> : vector<16xf32>
            %3155 = arith.constant dense<0.166666657> : vector<16xf32>
            %3156 = arith.addf %3154, %3155 fastmath<contract> : vector<16xf32>
            %3157 = arith.mulf %3156, %3143 fastmath<contract> : vector<16xf32>
            %3158 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %3159 = arith.addf %3157, %3158 fastmath<contract> : vector<16xf32>
            %3160 = arith.mulf %3143, %3143 fastmath<contract> : vector<16xf32>
            %3161 = arith.mulf %3159, %3160 fastmath<contract> : vector<16xf32>
            %3162 = arith.addf %3161, %3143 fastmath<contract> : vector<16xf32>
            %3163 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %3164 = arith.addf %3162, %3163 fastmath<contract> : vector<16xf32>
            %3165 = arith.fptosi %3137 : vector<16xf32> to vector<16xi32>
            %3166 = arith.constant dense<23> : vector<16xi32>
            %3167 = arith.shli %3165, %3166 : vector<16xi32>
            %3168 = arith.bitcast %3164 : vector<16xf32> to vector<16xi32>
            %3169 = arith.addi %3168, %3167 : vector<16xi32>
            %3170 = arith.bitcast %3169 : vector<16xi32> to vector<16xf32>
            %3171 = arith.constant dense<-87.3365479> : vector<16xf32>
            %3172 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %3173 = arith.cmpf olt, %3130, %3171 : vector<16xf32>
            %3174 = arith.select %3173, %3172, %3170 : vector<16xf32>
            %3175 = arith.constant dense<88.7228394> : vector<16xf32>
            %3176 = arith.constant dense<0x7f800000> : vector<16xf32>
            %3177 = arith.cmpf ogt, %3130, %3175 : vector<16xf32>
            %3178 = arith.select %3177, %3176, %3174 : vector<16xf32>
            %3179 = arith.cmpf uno, %3130, %3130 : vector<16xf32>
            %3180 = arith.select %3179, %3130, %3178 : vector<16xf32>
            %3181 = arith.select %2825, %3180, %40 : vector<16xf32>
            vector.store %3181, %31[%2794] : memref<2048xf32>, vector<16xf32>
            %3182 = arith.subf %2840, %2676 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3183 = arith.cmpf ogt, %3182, %2844 : vector<16xf32>
            %3184 = arith.select %3183, %3182, %2844 : vector<16xf32>
            %3185 = arith.cmpf olt, %3184, %2848 : vector<16xf32>
            %3186 = arith.select %3185, %3184, %2848 : vector<16xf32>
            %3187 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %3188 = arith.minnumf %3186, %3187 : vector<16xf32>
            %3189 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %3190 = arith.maxnumf %3188, %3189 : vector<16xf32>
            %3191 = arith.constant dense<1.44269502> : vector<16xf32>
            %3192 = arith.mulf %3190, %3191 fastmath<contract> : vector<16xf32>
            %3193 = rlx_cpu.rint %3192 : vector<16xf32>
            %3194 = arith.constant dense<0.693359375> : vector<16xf32>
            %3195 = arith.mulf %3193, %3194 fastmath<contract> : vector<16xf32>
            %3196 = arith.subf %3190, %3195 fastmath<contract> : vector<16xf32>
            %3197 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %3198 = arith.mulf %3193, %3197 fastmath<contract> : vector<16xf32>
            %3199 = arith.subf %3196, %3198 fastmath<contract> : vector<16xf32>
            %3200 = arith.constant dense<0.000198756912> : vector<16xf32>
            %3201 = arith.mulf %3200, %3199 fastmath<contract> : vector<16xf32>
            %3202 = arith.constant dense<0.00139819994> : vector<16xf32>
            %3203 = arith.addf %3201, %3202 fastmath<contract> : vector<16xf32>
            %3204 = arith.mulf %3203, %3199 fastmath<contract> : vector<16xf32>
            %3205 = arith.constant dense<0.00833345205> : vector<16xf32>
            %3206 = arith.addf %3204, %3205 fastmath<contract> : vector<16xf32>
            %3207 = arith.mulf %3206, %3199 fastmath<contract> : vector<16xf32>
            %3208 = arith.constant dense<0.0416657962> : vector<16xf32>
            %3209 = arith.addf %3207, %3208 fastmath<contract> : vector<16xf32>
            %3210 = arith.mulf %3209, %3199 fastmath<contract> : vector<16xf32>
            %3211 = arith.constant dense<0.166666657> : vector<16xf32>
            %3212 = arith.addf %3210, %3211 fastmath<contract> : vector<16xf32>
            %3213 = arith.mulf %3212, %3199 fastmath<contract> : vector<16xf32>
            %3214 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %3215 = arith.addf %3213, %3214 fastmath<contract> : vector<16xf32>
            %3216 = arith.mulf %3199, %3199 fastmath<contract> : vector<16xf32>
            %3217 = arith.mulf %3215, %3216 fastmath<contract> : vector<16xf32>
            %3218 = arith.addf %3217, %3199 fastmath<contract> : vector<16xf32>
            %3219 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %3220 = arith.addf %3218, %3219 fastmath<contract> : vector<16xf32>
            %3221 = arith.fptosi %3193 : vector<16xf32> to vector<16xi32>
            %3222 = arith.constant dense<23> : vector<16xi32>
            %3223 = arith.shli %3221, %3222 : vector<16xi32>
            %3224 = arith.bitcast %3220 : vector<16xf32> to vector<16xi32>
            %3225 = arith.addi %3224, %3223 : vector<16xi32>
            %3226 = arith.bitcast %3225 : vector<16xi32> to vector<16xf32>
            %3227 = arith.constant dense<-87.3365479> : vector<16xf32>
            %3228 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %3229 = arith.cmpf olt, %3186, %3227 : vector<16xf32>
            %3230 = arith.select %3229, %3228, %3226 : vector<16xf32>
            %3231 = arith.constant dense<88.7228394> : vector<16xf32>
            %3232 = arith.constant dense<0x7f800000> : vector<16xf32>
            %3233 = arith.cmpf ogt, %3186, %3231 : vector<16xf32>
            %3234 = arith.select %3233, %3232, %3230 : vector<16xf32>
            %3235 = arith.cmpf uno, %3186, %3186 : vector<16xf32>
            %3236 = arith.select %3235, %3186, %3234 : vector<16xf32>
            %3237 = arith.select %2828, %3236, %40 : vector<16xf32>
            vector.store %3237, %31[%2799] : memref<2048xf32>, vector<16xf32>
            %3238 = arith.subf %2841, %2676 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3239 = arith.cmpf ogt, %3238, %2844 : vector<16xf32>
            %3240 = arith.select %3239, %3238, %2844 : vector<16xf32>
            %3241 = arith.cmpf olt, %3240, %2848 : vector<16xf32>
            %3242 = arith.select %3241, %3240, %2848 : vector<16xf32>
            %3243 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %3244 = arith.minnumf %3242, %3243 : vector<16xf32>
            %3245 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %3246 = arith.maxnumf %3244, %3245 : vector<16xf32>
            %3247 = arith.constant dense<1.44269502> : vector<16xf32>
            %3248 = arith.mulf %3246, %3247 fastmath<contract> : vector<16xf32>
            %3249 = rlx_cpu.rint %3248 : vector<16xf32>
            %3250 = arith.constant dense<0.693359375> : vector<16xf32>
            %3251 = arith.mulf %3249, %3250 fastmath<contract> : vector<16xf32>
            %3252 = arith.subf %3246, %3251 fastmath<contract> : vector<16xf32>
            %3253 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %3254 = arith.mulf %3249, %3253 fastmath<contract> : vector<16xf32>
            %3255 = arith.subf %3252, %3254 fastmath<contract> : vector<16xf32>
            %3256 = arith.constant dense<0.000198756912> : vector<16xf32>
            %3257 = arith.mulf %3256, %3255 fastmath<contract> : vector<16xf32>
            %3258 = arith.constant dense<0.00139819994> : vector<16xf32>
            %3259 = arith.addf %3257, %3258 fastmath<contract> : vector<16xf32>
            %3260 = arith.mulf %3259, %3255 fastmath<contract> : vector<16xf32>
            %3261 = arith.constant dense<0.00833345205> : vector<16xf32>
            %3262 = arith.addf %3260, %3261 fastmath<contract> : vector<16xf32>
            %3263 = arith.mulf %3262, %3255 fastmath<contract> : vector<16xf32>
            %3264 = arith.constant dense<0.0416657962> : vector<16xf32>
            %3265 = arith.addf %3263, %3264 fastmath<contract> : vector<16xf32>
            %3266 = arith.mulf %3265, %3255 fastmath<contract> : vector<16xf32>
            %3267 = arith.constant dense<0.166666657> : vector<16xf32>
            %3268 = arith.addf %3266, %3267 fastmath<contract> : vector<16xf32>
            %3269 = arith.mulf %3268, %3255 fastmath<contract> : vector<16xf32>
            %3270 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %3271 = arith.addf %3269, %3270 fastmath<contract> : vector<16xf32>
            %3272 = arith.mulf %3255, %3255 fastmath<contract> : vector<16xf32>
            %3273 = arith.mulf %3271, %3272 fastmath<contract> : vector<16xf32>
            %3274 = arith.addf %3273, %3255 fastmath<contract> : vector<16xf32>
            %3275 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %3276 = arith.addf %3274, %3275 fastmath<contract> : vector<16xf32>
            %3277 = arith.fptosi %3249 : vector<16xf32> to vector<16xi32>
            %3278 = arith.constant dense<23> : vector<16xi32>
            %3279 = arith.shli %3277, %3278 : vector<16xi32>
            %3280 = arith.bitcast %3276 : vector<16xf32> to vector<16xi32>
            %3281 = arith.addi %3280, %3279 : vector<16xi32>
            %3282 = arith.bitcast %3281 : vector<16xi32> to vector<16xf32>
            %3283 = arith.constant dense<-87.3365479> : vector<16xf32>
            %3284 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %3285 = arith.cmpf olt, %3242, %3283 : vector<16xf32>
            %3286 = arith.select %3285, %3284, %3282 : vector<16xf32>
            %3287 = arith.constant dense<88.7228394> : vector<16xf32>
            %3288 = arith.constant dense<0x7f800000> : vector<16xf32>
            %3289 = arith.cmpf ogt, %3242, %3287 : vector<16xf32>
            %3290 = arith.select %3289, %3288, %3286 : vector<16xf32>
            %3291 = arith.cmpf uno, %3242, %3242 : vector<16xf32>
            %3292 = arith.select %3291, %3242, %3290 : vector<16xf32>
            %3293 = arith.select %2831, %3292, %40 : vector<16xf32>
            vector.store %3293, %31[%2804] : memref<2048xf32>, vector<16xf32>
            %3294 = arith.addf %2901, %2957 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3295 = arith.addf %3013, %3069 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3296 = arith.addf %3125, %3181 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3297 = arith.addf %3237, %3293 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3298 = arith.addf %3294, %3295 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3299 = arith.addf %3296, %3297 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3300 = arith.addf %3298, %3299 fastmath<nsz,arcp,afn> : vector<16xf32>
            %3301 = arith.addf %2769, %3300 fastmath<nsz,arcp,afn> : vector<16xf32>
            scf.yield %3301 : vector<16xf32>
          }
          %3302 = arith.subf %2675, %2676 fastmath<nsz,arcp,afn> : vector<16xf32>
          %3303 = arith.constant -8.700000e+01 : f32
          %3304 = vector.broadcast %3303 : f32 to vector<16xf32>
          %3305 = arith.cmpf ogt, %3302, %3304 : vector<16xf32>
          %3306 = arith.select %3305, %3302, %3304 : vector<16xf32>
          %3307 = arith.constant 8.800000e+01 : f32
          %3308 = vector.broadcast %3307 : f32 to vector<16xf32>
          %3309 = arith.cmpf olt, %3306, %3308 : vector<16xf32>
          %3310 = arith.select %3309, %3306, %3308 : vector<16xf32>
          %3311 = arith.constant dense<8.870000e+01> : vector<16xf32>
          %3312 = arith.minnumf %3310, %3311 : vector<16xf32>
          %3313 = arith.constant dense<-8.830000e+01> : vector<16xf32>
          %3314 = arith.maxnumf %3312, %3313 : vector<16xf32>
          %3315 = arith.constant dense<1.44269502> : vector<16xf32>
          %3316 = arith.mulf %3314, %3315 fastmath<contract> : vector<16xf32>
          %3317 = rlx_cpu.rint %3316 : vector<16xf32>
          %3318 = arith.constant dense<0.693359375> : vector<16xf32>
          %3319 = arith.mulf %3317, %3318 fastmath<contract> : vector<16xf32>
          %3320 = arith.subf %3314, %3319 fastmath<contract> : vector<16xf32>
          %3321 = arith.constant dense<-0.000212194442> : vector<16xf32>
          %3322 = arith.mulf %3317, %3321 fastmath<contract> : vector<16xf32>
          %3323 = arith.subf %3320, %3322 fastmath<contract> : vector<16xf32>
          %3324 = arith.constant dense<0.000198756912> : vector<16xf32>
          %3325 = arith.mulf %3324, %3323 fastmath<contract> : vector<16xf32>
          %3326 = arith.constant dense<0.00139819994> : vector<16xf32>
          %3327 = arith.addf %3325, %3326 fastmath<contract> : vector<16xf32>
          %3328 = arith.mulf %3327, %3323 fastmath<contract> : vector<16xf32>
          %3329 = arith.constant dense<0.00833345205> : vector<16xf32>
          %3330 = arith.addf %3328, %3329 fastmath<contract> : vector<16xf32>
          %3331 = arith.mulf %3330, %3323 fastmath<contract> : vector<16xf32>
          %3332 = arith.constant dense<0.0416657962> : vector<16xf32>
          %3333 = arith.addf %3331, %3332 fastmath<contract> : vector<16xf32>
          %3334 = arith.mulf %3333, %3323 fastmath<contract> : vector<16xf32>
          %3335 = arith.constant dense<0.166666657> : vector<16xf32>
          %3336 = arith.addf %3334, %3335 fastmath<contract> : vector<16xf32>
          %3337 = arith.mulf %3336, %3323 fastmath<contract> : vector<16xf32>
          %3338 = arith.constant dense<5.000000e-01> : vector<16xf32>
          %3339 = arith.addf %3337, %3338 fastmath<contract> : vector<16xf32>
          %3340 = arith.mulf %3323, %3323 fastmath<contract> : vector<16xf32>
          %3341 = arith.mulf %3339, %3340 fastmath<contract> : vector<16xf32>
          %3342 = arith.addf %3341, %3323 fastmath<contract> : vector<16xf32>
          %3343 = arith.constant dense<1.000000e+00> : vector<16xf32>
          %3344 = arith.addf %3342, %3343 fastmath<contract> : vector<16xf32>
          %3345 = arith.fptosi %3317 : vector<16xf32> to vector<16xi32>
          %3346 = arith.constant dense<23> : vector<16xi32>
          %3347 = arith.shli %3345, %3346 : vector<16xi32>
          %3348 = arith.bitcast %3344 : vector<16xf32> to vector<16xi32>
          %3349 = arith.addi %3348, %3347 : vector<16xi32>
          %3350 = arith.bitcast %3349 : vector<16xi32> to vector<16xf32>
          %3351 = arith.constant dense<-87.3365479> : vector<16xf32>
          %3352 = arith.constant dense<0.000000e+00> : vector<16xf32>
          %3353 = arith.cmpf olt, %3310, %3351 : vector<16xf32>
          %3354 = arith.select %3353, %3352, %3350 : vector<16xf32>
          %3355 = arith.constant dense<88.7228394> : vector<16xf32>
          %3356 = arith.constant dense<0x7f800000> : vector<16xf32>
          %3357 = arith.cmpf ogt, %3310, %3355 : vector<16xf32>
          %3358 = arith.select %3357, %3356, %3354 : vector<16xf32>
          %3359 = arith.cmpf uno, %3310, %3310 : vector<16xf32>
          %3360 = arith.select %3359, %3310, %3358 : vector<16xf32>
          vector.store %2676, %30[%2665] : memref<256xf32>, vector<16xf32>
          %3361 = arith.addi %2665, %34 : index
          %3362 = vector.load %30[%3361] : memref<256xf32>, vector<16xf32>
          %3363 = arith.mulf %3362, %3360 fastmath<nsz,arcp,afn> : vector<16xf32>
          %3364 = arith.addf %3363, %2767 fastmath<nsz,arcp,afn> : vector<16xf32>
          vector.store %3364, %30[%3361] : memref<256xf32>, vector<16xf32>
          %3365 = arith.addi %2665, %15 : index
          vector.store %3360, %30[%3365] : memref<256xf32>, vector<16xf32>
        }
        %3366 = arith.divui %24, %11 : index
        %3367 = arith.muli %3366, %11 : index
        scf.for %3368 = %14 to %3367 step %11 {
          %3369 = arith.addi %3368, %13 : index
          %3370 = arith.divui %3368, %11 : index
          %3371 = arith.remui %3368, %11 : index
          %3372 = arith.addi %21, %3370 : index
          %3373 = arith.muli %19, %11 : index
          %3374 = arith.addi %3373, %3371 : index
          %3375 = arith.muli %20, %1 : index
          %3376 = arith.addi %3375, %3372 : index
          %3377 = arith.constant 4 : index
          %3378 = arith.muli %3376, %3377 : index
          %3379 = arith.addi %3378, %3374 : index
          %3380 = arith.muli %3379, %12 : index
          %3381 = arith.divui %3369, %11 : index
          %3382 = arith.remui %3369, %11 : index
          %3383 = arith.addi %21, %3381 : index
          %3384 = arith.addi %3373, %3382 : index
          %3385 = arith.addi %3375, %3383 : index
          %3386 = arith.muli %3385, %3377 : index
          %3387 = arith.addi %3386, %3384 : index
          %3388 = arith.muli %3387, %12 : index
          %3389 = arith.divui %3368, %27 : index
          %3390 = arith.remui %3368, %27 : index
          %3391 = arith.constant 256 : index
          %3392 = arith.muli %3389, %3391 : index
          %3393 = arith.addi %3392, %3390 : index
          %3394 = arith.addi %3368, %15 : index
          %3395 = memref.load %30[%3394] : memref<256xf32>
          %3396 = vector.broadcast %3395 : f32 to vector<16xf32>
          %3397 = arith.addi %3369, %15 : index
          %3398 = memref.load %30[%3397] : memref<256xf32>
          %3399 = vector.broadcast %3398 : f32 to vector<16xf32>
          %3400 = arith.addi %3380, %27 : index
          %3401 = arith.addi %3388, %27 : index
          %3402 = vector.load %3[%3380] : memref<?xf32>, vector<16xf32>
          %3403 = arith.mulf %3402, %3396 fastmath<nsz,arcp,afn> : vector<16xf32>
          %3404 = vector.load %3[%3400] : memref<?xf32>, vector<16xf32>
          %3405 = arith.mulf %3404, %3396 fastmath<nsz,arcp,afn> : vector<16xf32>
          %3406 = vector.load %3[%3388] : memref<?xf32>, vector<16xf32>
          %3407 = arith.mulf %3406, %3399 fastmath<nsz,arcp,afn> : vector<16xf32>
          %3408 = vector.load %3[%3401] : memref<?xf32>, vector<16xf32>
          %3409 = arith.mulf %3408, %3399 fastmath<nsz,arcp,afn> : vector<16xf32>
          %3410 = vector.load %7[%2175] : memref<?xf32>, vector<16xf32>
          %3411 = arith.addi %2175, %27 : index
          %3412 = vector.load %7[%3411] : memref<?xf32>, vector<16xf32>
          %3413 = memref.load %31[%3393] : memref<2048xf32>
          %3414 = vector.broadcast %3413 : f32 to vector<16xf32>
          %3415 = vector.fma %3414, %3410, %3403 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3416 = vector.fma %3414, %3412, %3405 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3417 = arith.addi %3393, %13 : index
          %3418 = memref.load %31[%3417] : memref<2048xf32>
          %3419 = vector.broadcast %3418 : f32 to vector<16xf32>
          %3420 = vector.fma %3419, %3410, %3407 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3421 = vector.fma %3419, %3412, %3409 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3422 = arith.addi %2175, %34 : index
          %3423 = vector.load %7[%3422] : memref<?xf32>, vector<16xf32>
          %3424 = arith.constant 80 : index
          %3425 = arith.addi %2175, %3424 : index
          %3426 = vector.load %7[%3425] : memref<?xf32>, vector<16xf32>
          %3427 = arith.addi %3393, %27 : index
          %3428 = memref.load %31[%3427] : memref<2048xf32>
          %3429 = vector.broadcast %3428 : f32 to vector<16xf32>
          %3430 = vector.fma %3429, %3423, %3415 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3431 = vector.fma %3429, %3426, %3416 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3432 = arith.constant 17 : index
          %3433 = arith.addi %3393, %3432 : index
          %3434 = memref.load %31[%3433] : memref<2048xf32>
          %3435 = vector.broadcast %3434 : f32 to vector<16xf32>
          %3436 = vector.fma %3435, %3423, %3420 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3437 = vector.fma %3435, %3426, %3421 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3438 = arith.addi %2175, %15 : index
          %3439 = vector.load %7[%3438] : memref<?xf32>, vector<16xf32>
          %3440 = arith.constant 144 : index
          %3441 = arith.addi %2175, %3440 : index
          %3442 = vector.load %7[%3441] : memref<?xf32>, vector<16xf32>
          %3443 = arith.addi %3393, %12 : index
          %3444 = memref.load %31[%3443] : memref<2048xf32>
          %3445 = vector.broadcast %3444 : f32 to vector<16xf32>
          %3446 = vector.fma %3445, %3439, %3430 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3447 = vector.fma %3445, %3442, %3431 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3448 = arith.constant 33 : index
          %3449 = arith.addi %3393, %3448 : index
          %3450 = memref.load %31[%3449] : memref<2048xf32>
          %3451 = vector.broadcast %3450 : f32 to vector<16xf32>
          %3452 = vector.fma %3451, %3439, %3436 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3453 = vector.fma %3451, %3442, %3437 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3454 = arith.constant 192 : index
          %3455 = arith.addi %2175, %3454 : index
          %3456 = vector.load %7[%3455] : memref<?xf32>, vector<16xf32>
          %3457 = arith.constant 208 : index
          %3458 = arith.addi %2175, %3457 : index
          %3459 = vector.load %7[%3458] : memref<?xf32>, vector<16xf32>
          %3460 = arith.constant 48 : index
          %3461 = arith.addi %3393, %3460 : index
          %3462 = memref.load %31[%3461] : memref<2048xf32>
          %3463 = vector.broadcast %3462 : f32 to vector<16xf32>
          %3464 = vector.fma %3463, %3456, %3446 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3465 = vector.fma %3463, %3459, %3447 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3466 = arith.constant 49 : index
          %3467 = arith.addi %3393, %3466 : index
          %3468 = memref.load %31[%3467] : memref<2048xf32>
          %3469 = vector.broadcast %3468 : f32 to vector<16xf32>
          %3470 = vector.fma %3469, %3456, %3452 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3471 = vector.fma %3469, %3459, %3453 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3472 = arith.addi %2175, %3391 : index
          %3473 = vector.load %7[%3472] : memref<?xf32>, vector<16xf32>
          %3474 = arith.constant 272 : index
          %3475 = arith.addi %2175, %3474 : index
          %3476 = vector.load %7[%3475] : memref<?xf32>, vector<16xf32>
          %3477 = arith.addi %3393, %34 : index
          %3478 = memref.load %31[%3477] : memref<2048xf32>
          %3479 = vector.broadcast %3478 : f32 to vector<16xf32>
          %3480 = vector.fma %3479, %3473, %3464 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3481 = vector.fma %3479, %3476, %3465 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3482 = arith.constant 65 : index
          %3483 = arith.addi %3393, %3482 : index
          %3484 = memref.load %31[%3483] : memref<2048xf32>
          %3485 = vector.broadcast %3484 : f32 to vector<16xf32>
          %3486 = vector.fma %3485, %3473, %3470 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3487 = vector.fma %3485, %3476, %3471 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3488 = arith.constant 320 : index
          %3489 = arith.addi %2175, %3488 : index
          %3490 = vector.load %7[%3489] : memref<?xf32>, vector<16xf32>
          %3491 = arith.constant 336 : index
          %3492 = arith.addi %2175, %3491 : index
          %3493 = vector.load %7[%3492] : memref<?xf32>, vector<16xf32>
          %3494 = arith.addi %3393, %3424 : index
          %3495 = memref.load %31[%3494] : memref<2048xf32>
          %3496 = vector.broadcast %3495 : f32 to vector<16xf32>
          %3497 = vector.fma %3496, %3490, %3480 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3498 = vector.fma %3496, %3493, %3481 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3499 = arith.constant 81 : index
          %3500 = arith.addi %3393, %3499 : index
          %3501 = memref.load %31[%3500] : memref<2048xf32>
          %3502 = vector.broadcast %3501 : f32 to vector<16xf32>
          %3503 = vector.fma %3502, %3490, %3486 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3504 = vector.fma %3502, %3493, %3487 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3505 = arith.constant 384 : index
          %3506 = arith.addi %2175, %3505 : index
          %3507 = vector.load %7[%3506] : memref<?xf32>, vector<16xf32>
          %3508 = arith.constant 400 : index
          %3509 = arith.addi %2175, %3508 : index
          %3510 = vector.load %7[%3509] : memref<?xf32>, vector<16xf32>
          %3511 = arith.constant 96 : index
          %3512 = arith.addi %3393, %3511 : index
          %3513 = memref.load %31[%3512] : memref<2048xf32>
          %3514 = vector.broadcast %3513 : f32 to vector<16xf32>
          %3515 = vector.fma %3514, %3507, %3497 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3516 = vector.fma %3514, %3510, %3498 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3517 = arith.constant 97 : index
          %3518 = arith.addi %3393, %3517 : index
          %3519 = memref.load %31[%3518] : memref<2048xf32>
          %3520 = vector.broadcast %3519 : f32 to vector<16xf32>
          %3521 = vector.fma %3520, %3507, %3503 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3522 = vector.fma %3520, %3510, %3504 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3523 = arith.constant 448 : index
          %3524 = arith.addi %2175, %3523 : index
          %3525 = vector.load %7[%3524] : memref<?xf32>, vector<16xf32>
          %3526 = arith.constant 464 : index
          %3527 = arith.addi %2175, %3526 : index
          %3528 = vector.load %7[%3527] : memref<?xf32>, vector<16xf32>
          %3529 = arith.constant 112 : index
          %3530 = arith.addi %3393, %3529 : index
          %3531 = memref.load %31[%3530] : memref<2048xf32>
          %3532 = vector.broadcast %3531 : f32 to vector<16xf32>
          %3533 = vector.fma %3532, %3525, %3515 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3534 = vector.fma %3532, %3528, %3516 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3535 = arith.constant 113 : index
          %3536 = arith.addi %3393, %3535 : index
          %3537 = memref.load %31[%3536] : memref<2048xf32>
          %3538 = vector.broadcast %3537 : f32 to vector<16xf32>
          %3539 = vector.fma %3538, %3525, %3521 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3540 = vector.fma %3538, %3528, %3522 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3541 = arith.constant 512 : index
          %3542 = arith.addi %2175, %3541 : index
          %3543 = arith.addi %3393, %15 : index
          %3544 = vector.load %7[%3542] : memref<?xf32>, vector<16xf32>
          %3545 = arith.addi %3542, %27 : index
          %3546 = vector.load %7[%3545] : memref<?xf32>, vector<16xf32>
          %3547 = memref.load %31[%3543] : memref<2048xf32>
          %3548 = vector.broadcast %3547 : f32 to vector<16xf32>
          %3549 = vector.fma %3548, %3544, %3533 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3550 = vector.fma %3548, %3546, %3534 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3551 = arith.addi %3543, %13 : index
          %3552 = memref.load %31[%3551] : memref<2048xf32>
          %3553 = vector.broadcast %3552 : f32 to vector<16xf32>
          %3554 = vector.fma %3553, %3544, %3539 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3555 = vector.fma %3553, %3546, %3540 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3556 = arith.addi %3542, %34 : index
          %3557 = vector.load %7[%3556] : memref<?xf32>, vector<16xf32>
          %3558 = arith.addi %3542, %3424 : index
          %3559 = vector.load %7[%3558] : memref<?xf32>, vector<16xf32>
          %3560 = arith.addi %3543, %27 : index
          %3561 = memref.load %31[%3560] : memref<2048xf32>
          %3562 = vector.broadcast %3561 : f32 to vector<16xf32>
          %3563 = vector.fma %3562, %3557, %3549 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3564 = vector.fma %3562, %3559, %3550 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3565 = arith.addi %3543, %3432 : index
          %3566 = memref.load %31[%3565] : memref<2048xf32>
          %3567 = vector.broadcast %3566 : f32 to vector<16xf32>
          %3568 = vector.fma %3567, %3557, %3554 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3569 = vector.fma %3567, %3559, %3555 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3570 = arith.addi %3542, %15 : index
          %3571 = vector.load %7[%3570] : memref<?xf32>, vector<16xf32>
          %3572 = arith.addi %3542, %3440 : index
          %3573 = vector.load %7[%3572] : memref<?xf32>, vector<16xf32>
          %3574 = arith.addi %3543, %12 : index
          %3575 = memref.load %31[%3574] : memref<2048xf32>
          %3576 = vector.broadcast %3575 : f32 to vector<16xf32>
          %3577 = vector.fma %3576, %3571, %3563 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3578 = vector.fma %3576, %3573, %3564 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3579 = arith.addi %3543, %3448 : index
          %3580 = memref.load %31[%3579] : memref<2048xf32>
          %3581 = vector.broadcast %3580 : f32 to vector<16xf32>
          %3582 = vector.fma %3581, %3571, %3568 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3583 = vector.fma %3581, %3573, %3569 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3584 = arith.addi %3542, %3454 : index
          %3585 = vector.load %7[%3584] : memref<?xf32>, vector<16xf32>
          %3586 = arith.addi %3542, %3457 : index
          %3587 = vector.load %7[%3586] : memref<?xf32>, vector<16xf32>
          %3588 = arith.addi %3543, %3460 : index
          %3589 = memref.load %31[%3588] : memref<2048xf32>
          %3590 = vector.broadcast %3589 : f32 to vector<16xf32>
          %3591 = vector.fma %3590, %3585, %3577 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3592 = vector.fma %3590, %3587, %3578 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3593 = arith.addi %3543, %3466 : index
          %3594 = memref.load %31[%3593] : memref<2048xf32>
          %3595 = vector.broadcast %3594 : f32 to vector<16xf32>
          %3596 = vector.fma %3595, %3585, %3582 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3597 = vector.fma %3595, %3587, %3583 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3598 = arith.addi %3542, %3391 : index
          %3599 = vector.load %7[%3598] : memref<?xf32>, vector<16xf32>
          %3600 = arith.addi %3542, %3474 : index
          %3601 = vector.load %7[%3600] : memref<?xf32>, vector<16xf32>
          %3602 = arith.addi %3543, %34 : index
          %3603 = memref.load %31[%3602] : memref<2048xf32>
          %3604 = vector.broadcast %3603 : f32 to vector<16xf32>
          %3605 = vector.fma %3604, %3599, %3591 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3606 = vector.fma %3604, %3601, %3592 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3607 = arith.addi %3543, %3482 : index
          %3608 = memref.load %31[%3607] : memref<2048xf32>
          %3609 = vector.broadcast %3608 : f32 to vector<16xf32>
          %3610 = vector.fma %3609, %3599, %3596 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3611 = vector.fma %3609, %3601, %3597 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3612 = arith.addi %3542, %3488 : index
          %3613 = vector.load %7[%3612] : memref<?xf32>, vector<16xf32>
          %3614 = arith.addi %3542, %3491 : index
          %3615 = vector.load %7[%3614] : memref<?xf32>, vector<16xf32>
          %3616 = arith.addi %3543, %3424 : index
          %3617 = memref.load %31[%3616] : memref<2048xf32>
          %3618 = vector.broadcast %3617 : f32 to vector<16xf32>
          %3619 = vector.fma %3618, %3613, %3605 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3620 = vector.fma %3618, %3615, %3606 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3621 = arith.addi %3543, %3499 : index
          %3622 = memref.load %31[%3621] : memref<2048xf32>
          %3623 = vector.broadcast %3622 : f32 to vector<16xf32>
          %3624 = vector.fma %3623, %3613, %3610 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3625 = vector.fma %3623, %3615, %3611 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3626 = arith.addi %3542, %3505 : index
          %3627 = vector.load %7[%3626] : memref<?xf32>, vector<16xf32>
          %3628 = arith.addi %3542, %3508 : index
          %3629 = vector.load %7[%3628] : memref<?xf32>, vector<16xf32>
          %3630 = arith.addi %3543, %3511 : index
          %3631 = memref.load %31[%3630] : memref<2048xf32>
          %3632 = vector.broadcast %3631 : f32 to vector<16xf32>
          %3633 = vector.fma %3632, %3627, %3619 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3634 = vector.fma %3632, %3629, %3620 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3635 = arith.addi %3543, %3517 : index
          %3636 = memref.load %31[%3635] : memref<2048xf32>
          %3637 = vector.broadcast %3636 : f32 to vector<16xf32>
          %3638 = vector.fma %3637, %3627, %3624 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3639 = vector.fma %3637, %3629, %3625 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3640 = arith.addi %3542, %3523 : index
          %3641 = vector.load %7[%3640] : memref<?xf32>, vector<16xf32>
          %3642 = arith.addi %3542, %3526 : index
          %3643 = vector.load %7[%3642] : memref<?xf32>, vector<16xf32>
          %3644 = arith.addi %3543, %3529 : index
          %3645 = memref.load %31[%3644] : memref<2048xf32>
          %3646 = vector.broadcast %3645 : f32 to vector<16xf32>
          %3647 = vector.fma %3646, %3641, %3633 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3648 = vector.fma %3646, %3643, %3634 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3649 = arith.addi %3543, %3535 : index
          %3650 = memref.load %31[%3649] : memref<2048xf32>
          %3651 = vector.broadcast %3650 : f32 to vector<16xf32>
          %3652 = vector.fma %3651, %3641, %3638 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %3653 = vector.fma %3651, %3643, %3639 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          vector.store %3647, %3[%3380] : memref<?xf32>, vector<16xf32>
          vector.store %3648, %3[%3400] : memref<?xf32>, vector<16xf32>
          vector.store %3652, %3[%3388] : memref<?xf32>, vector<16xf32>
          vector.store %3653, %3[%3401] : memref<?xf32>, vector<16xf32>
        }
        scf.for %3654 = %3367 to %24 step %13 {
          %3655 = arith.divui %3654, %11 : index
          %3656 = arith.remui %3654, %11 : index
          %3657 = arith.addi %21, %3655 : index
          %3658 = arith.muli %19, %11 : index
          %3659 = arith.addi %3658, %3656 : index
          %3660 = arith.muli %20, %1 : index
          %3661 = arith.addi %3660, %3657 : index
          %3662 = arith.constant 4 : index
          %3663 = arith.muli %3661, %3662 : index
          %3664 = arith.addi %3663, %3659 : index
          %3665 = arith.muli %3664, %12 : index
          %3666 = arith.divui %3654, %27 : index
          %3667 = arith.remui %3654, %27 : index
          %3668 = arith.constant 256 : index
          %3669 = arith.muli %3666, %3668 : index
          %3670 = arith.addi %3669, %3667 : index
          %3671 = arith.addi %3654, %15 : index
          %3672 = memref.load %30[%3671] : memref<256xf32>
          %3673 = vector.broadcast %3672 : f32 to vector<16xf32>
          %3674 = arith.addi %3665, %27 : index
          %3675 = vector.load %3[%3665] : memref<?xf32>, vector<16xf32>
          %3676 = arith.mulf %3675, %3673 fastmath<nsz,arcp,afn> : vector<16xf32>
          %3677 = vector.load %3[%3674] : memref<?xf32>, vector<16xf32>
          %3678 = arith.mulf %3677, %3673 fastmath<nsz,arcp,afn> : vector<16xf32>
          %3679, %3680 = scf.for %3681 = %14 to %27 step %424 iter_args(%3682 = %3676, %3683 = %3678) -> (vector<16xf32>, vector<16xf32>) {
            %3684 = arith.muli %3681, %34 : index
            %3685 = arith.addi %2175, %3684 : index
            %3686 = arith.muli %3681, %27 : index
            %3687 = arith.addi %3670, %3686 : index
            %3688 = vector.load %7[%3685] : memref<?xf32>, vector<16xf32>
            %3689 = arith.addi %3685, %27 : index
            %3690 = vector.load %7[%3689] : memref<?xf32>, vector<16xf32>
            %3691 = memref.load %31[%3687] : memref<2048xf32>
            %3692 = vector.broadcast %3691 : f32 to vector<16xf32>
            %3693 = vector.fma %3692, %3688, %3682 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3694 = vector.fma %3692, %3690, %3683 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3695 = arith.addi %3685, %34 : index
            %3696 = vector.load %7[%3695] : memref<?xf32>, vector<16xf32>
            %3697 = arith.constant 80 : index
            %3698 = arith.addi %3685, %3697 : index
            %3699 = vector.load %7[%3698] : memref<?xf32>, vector<16xf32>
            %3700 = arith.addi %3687, %27 : index
            %3701 = memref.load %31[%3700] : memref<2048xf32>
            %3702 = vector.broadcast %3701 : f32 to vector<16xf32>
            %3703 = vector.fma %3702, %3696, %3693 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3704 = vector.fma %3702, %3699, %3694 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3705 = arith.addi %3685, %15 : index
            %3706 = vector.load %7[%3705] : memref<?xf32>, vector<16xf32>
            %3707 = arith.constant 144 : index
            %3708 = arith.addi %3685, %3707 : index
            %3709 = vector.load %7[%3708] : memref<?xf32>, vector<16xf32>
            %3710 = arith.addi %3687, %12 : index
            %3711 = memref.load %31[%3710] : memref<2048xf32>
            %3712 = vector.broadcast %3711 : f32 to vector<16xf32>
            %3713 = vector.fma %3712, %3706, %3703 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3714 = vector.fma %3712, %3709, %3704 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3715 = arith.constant 192 : index
            %3716 = arith.addi %3685, %3715 : index
            %3717 = vector.load %7[%3716] : memref<?xf32>, vector<16xf32>
            %3718 = arith.constant 208 : index
            %3719 = arith.addi %3685, %3718 : index
            %3720 = vector.load %7[%3719] : memref<?xf32>, vector<16xf32>
            %3721 = arith.constant 48 : index
            %3722 = arith.addi %3687, %3721 : index
            %3723 = memref.load %31[%3722] : memref<2048xf32>
            %3724 = vector.broadcast %3723 : f32 to vector<16xf32>
            %3725 = vector.fma %3724, %3717, %3713 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3726 = vector.fma %3724, %3720, %3714 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3727 = arith.addi %3685, %3668 : index
            %3728 = vector.load %7[%3727] : memref<?xf32>, vector<16xf32>
            %3729 = arith.constant 272 : index
            %3730 = arith.addi %3685, %3729 : index
            %3731 = vector.load %7[%3730] : memref<?xf32>, vector<16xf32>
            %3732 = arith.addi %3687, %34 : index
            %3733 = memref.load %31[%3732] : memref<2048xf32>
            %3734 = vector.broadcast %3733 : f32 to vector<16xf32>
            %3735 = vector.fma %3734, %3728, %3725 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3736 = vector.fma %3734, %3731, %3726 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3737 = arith.constant 320 : index
            %3738 = arith.addi %3685, %3737 : index
            %3739 = vector.load %7[%3738] : memref<?xf32>, vector<16xf32>
            %3740 = arith.constant 336 : index
            %3741 = arith.addi %3685, %3740 : index
            %3742 = vector.load %7[%3741] : memref<?xf32>, vector<16xf32>
            %3743 = arith.addi %3687, %3697 : index
            %3744 = memref.load %31[%3743] : memref<2048xf32>
            %3745 = vector.broadcast %3744 : f32 to vector<16xf32>
            %3746 = vector.fma %3745, %3739, %3735 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3747 = vector.fma %3745, %3742, %3736 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3748 = arith.constant 384 : index
            %3749 = arith.addi %3685, %3748 : index
            %3750 = vector.load %7[%3749] : memref<?xf32>, vector<16xf32>
            %3751 = arith.constant 400 : index
            %3752 = arith.addi %3685, %3751 : index
            %3753 = vector.load %7[%3752] : memref<?xf32>, vector<16xf32>
            %3754 = arith.constant 96 : index
            %3755 = arith.addi %3687, %3754 : index
            %3756 = memref.load %31[%3755] : memref<2048xf32>
            %3757 = vector.broadcast %3756 : f32 to vector<16xf32>
            %3758 = vector.fma %3757, %3750, %3746 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3759 = vector.fma %3757, %3753, %3747 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3760 = arith.constant 448 : index
            %3761 = arith.addi %3685, %3760 : index
            %3762 = vector.load %7[%3761] : memref<?xf32>, vector<16xf32>
            %3763 = arith.constant 464 : index
            %3764 = arith.addi %3685, %3763 : index
            %3765 = vector.load %7[%3764] : memref<?xf32>, vector<16xf32>
            %3766 = arith.constant 112 : index
            %3767 = arith.addi %3687, %3766 : index
            %3768 = memref.load %31[%3767] : memref<2048xf32>
            %3769 = vector.broadcast %3768 : f32 to vector<16xf32>
            %3770 = vector.fma %3769, %3762, %3758 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %3771 = vector.fma %3769, %3765, %3759 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            scf.yield %3770, %3771 : vector<16xf32>, vector<16xf32>
          }
          vector.store %3679, %3[%3665] : memref<?xf32>, vector<16xf32>
          vector.store %3680, %3[%3674] : memref<?xf32>, vector<16xf32>
        }
      }
      scf.for %3772 = %2172 to %426 step %424 {
        %3773 = arith.muli %3772, %34 : index
        %3774 = arith.addi %37, %3773 : index
        %3775 = arith.divui %28, %11 : index
        %3776 = arith.muli %3775, %11 : index
        scf.for %3777 = %14 to %3776 step %11 {
          scf.for %3778 = %14 to %424 step %424 {
            %3779 = arith.muli %3778, %34 : index
            %3780 = arith.addi %3774, %3779 : index
            %3781 = arith.addi %3780, %34 : index
            %3782 = arith.addi %3780, %15 : index
            %3783 = arith.constant 192 : index
            %3784 = arith.addi %3780, %3783 : index
            %3785 = arith.constant 256 : index
            %3786 = arith.addi %3780, %3785 : index
            %3787 = arith.constant 320 : index
            %3788 = arith.addi %3780, %3787 : index
            %3789 = arith.constant 384 : index
            %3790 = arith.addi %3780, %3789 : index
            %3791 = arith.constant 448 : index
            %3792 = arith.addi %3780, %3791 : index
            %3793 = arith.muli %3777, %27 : index
            %3794 = arith.addi %3777, %13 : index
            %3795 = arith.muli %3794, %27 : index
            %3796 = arith.constant 4 : index
            %3797, %3798, %3799, %3800, %3801, %3802, %3803, %3804, %3805, %3806, %3807, %3808, %3809, %3810, %3811, %3812 = scf.for %3813 = %14 to %12 step %3796 iter_args(%3814 = %40, %3815 = %40, %3816 = %40, %3817 = %40, %3818 = %40, %3819 = %40, %3820 = %40, %3821 = %40, %3822 = %40, %3823 = %40, %3824 = %40, %3825 = %40, %3826 = %40, %3827 = %40, %3828 = %40, %3829 = %40) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %3830 = arith.muli %3813, %34 : index
              %3831 = arith.addi %3830, %3793 : index
              %3832 = vector.load %32[%3831] : memref<2048xf32>, vector<16xf32>
              %3833 = arith.addi %3830, %3795 : index
              %3834 = vector.load %32[%3833] : memref<2048xf32>, vector<16xf32>
              %3835 = arith.addi %3780, %3813 : index
              %3836 = memref.load %6[%3835] : memref<?xf32>
              %3837 = vector.broadcast %3836 : f32 to vector<16xf32>
              %3838 = vector.fma %3832, %3837, %3814 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3839 = vector.fma %3834, %3837, %3822 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3840 = arith.addi %3781, %3813 : index
              %3841 = memref.load %6[%3840] : memref<?xf32>
              %3842 = vector.broadcast %3841 : f32 to vector<16xf32>
              %3843 = vector.fma %3832, %3842, %3815 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3844 = vector.fma %3834, %3842, %3823 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3845 = arith.addi %3782, %3813 : index
              %3846 = memref.load %6[%3845] : memref<?xf32>
              %3847 = vector.broadcast %3846 : f32 to vector<16xf32>
              %3848 = vector.fma %3832, %3847, %3816 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3849 = vector.fma %3834, %3847, %3824 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3850 = arith.addi %3784, %3813 : index
              %3851 = memref.load %6[%3850] : memref<?xf32>
              %3852 = vector.broadcast %3851 : f32 to vector<16xf32>
              %3853 = vector.fma %3832, %3852, %3817 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3854 = vector.fma %3834, %3852, %3825 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3855 = arith.addi %3786, %3813 : index
              %3856 = memref.load %6[%3855] : memref<?xf32>
              %3857 = vector.broadcast %3856 : f32 to vector<16xf32>
              %3858 = vector.fma %3832, %3857, %3818 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3859 = vector.fma %3834, %3857, %3826 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3860 = arith.addi %3788, %3813 : index
              %3861 = memref.load %6[%3860] : memref<?xf32>
              %3862 = vector.broadcast %3861 : f32 to vector<16xf32>
              %3863 = vector.fma %3832, %3862, %3819 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3864 = vector.fma %3834, %3862, %3827 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3865 = arith.addi %3790, %3813 : index
              %3866 = memref.load %6[%3865] : memref<?xf32>
              %3867 = vector.broadcast %3866 : f32 to vector<16xf32>
              %3868 = vector.fma %3832, %3867, %3820 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3869 = vector.fma %3834, %3867, %3828 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3870 = arith.addi %3792, %3813 : index
              %3871 = memref.load %6[%3870] : memref<?xf32>
              %3872 = vector.broadcast %3871 : f32 to vector<16xf32>
              %3873 = vector.fma %3832, %3872, %3821 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3874 = vector.fma %3834, %3872, %3829 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3875 = arith.addi %3813, %13 : index
              %3876 = arith.muli %3875, %34 : index
              %3877 = arith.addi %3876, %3793 : index
              %3878 = vector.load %32[%3877] : memref<2048xf32>, vector<16xf32>
              %3879 = arith.addi %3876, %3795 : index
              %3880 = vector.load %32[%3879] : memref<2048xf32>, vector<16xf32>
              %3881 = arith.addi %3780, %3875 : index
              %3882 = memref.load %6[%3881] : memref<?xf32>
              %3883 = vector.broadcast %3882 : f32 to vector<16xf32>
              %3884 = vector.fma %3878, %3883, %3838 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3885 = vector.fma %3880, %3883, %3839 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3886 = arith.addi %3781, %3875 : index
              %3887 = memref.load %6[%3886] : memref<?xf32>
              %3888 = vector.broadcast %3887 : f32 to vector<16xf32>
              %3889 = vector.fma %3878, %3888, %3843 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3890 = vector.fma %3880, %3888, %3844 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3891 = arith.addi %3782, %3875 : index
              %3892 = memref.load %6[%3891] : memref<?xf32>
              %3893 = vector.broadcast %3892 : f32 to vector<16xf32>
              %3894 = vector.fma %3878, %3893, %3848 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3895 = vector.fma %3880, %3893, %3849 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3896 = arith.addi %3784, %3875 : index
              %3897 = memref.load %6[%3896] : memref<?xf32>
              %3898 = vector.broadcast %3897 : f32 to vector<16xf32>
              %3899 = vector.fma %3878, %3898, %3853 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3900 = vector.fma %3880, %3898, %3854 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3901 = arith.addi %3786, %3875 : index
              %3902 = memref.load %6[%3901] : memref<?xf32>
              %3903 = vector.broadcast %3902 : f32 to vector<16xf32>
              %3904 = vector.fma %3878, %3903, %3858 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3905 = vector.fma %3880, %3903, %3859 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3906 = arith.addi %3788, %3875 : index
              %3907 = memref.load %6[%3906] : memref<?xf32>
              %3908 = vector.broadcast %3907 : f32 to vector<16xf32>
              %3909 = vector.fma %3878, %3908, %3863 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3910 = vector.fma %3880, %3908, %3864 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3911 = arith.addi %3790, %3875 : index
              %3912 = memref.load %6[%3911] : memref<?xf32>
              %3913 = vector.broadcast %3912 : f32 to vector<16xf32>
              %3914 = vector.fma %3878, %3913, %3868 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3915 = vector.fma %3880, %3913, %3869 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3916 = arith.addi %3792, %3875 : index
              %3917 = memref.load %6[%3916] : memref<?xf32>
              %3918 = vector.broadcast %3917 : f32 to vector<16xf32>
              %3919 = vector.fma %3878, %3918, %3873 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3920 = vector.fma %3880, %3918, %3874 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3921 = arith.addi %3813, %11 : index
              %3922 = arith.muli %3921, %34 : index
              %3923 = arith.addi %3922, %3793 : index
              %3924 = vector.load %32[%3923] : memref<2048xf32>, vector<16xf32>
              %3925 = arith.addi %3922, %3795 : index
              %3926 = vector.load %32[%3925] : memref<2048xf32>, vector<16xf32>
              %3927 = arith.addi %3780, %3921 : index
              %3928 = memref.load %6[%3927] : memref<?xf32>
              %3929 = vector.broadcast %3928 : f32 to vector<16xf32>
              %3930 = vector.fma %3924, %3929, %3884 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3931 = vector.fma %3926, %3929, %3885 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3932 = arith.addi %3781, %3921 : index
              %3933 = memref.load %6[%3932] : memref<?xf32>
              %3934 = vector.broadcast %3933 : f32 to vector<16xf32>
              %3935 = vector.fma %3924, %3934, %3889 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3936 = vector.fma %3926, %3934, %3890 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3937 = arith.addi %3782, %3921 : index
              %3938 = memref.load %6[%3937] : memref<?xf32>
              %3939 = vector.broadcast %3938 : f32 to vector<16xf32>
              %3940 = vector.fma %3924, %3939, %3894 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3941 = vector.fma %3926, %3939, %3895 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3942 = arith.addi %3784, %3921 : index
              %3943 = memref.load %6[%3942] : memref<?xf32>
              %3944 = vector.broadcast %3943 : f32 to vector<16xf32>
              %3945 = vector.fma %3924, %3944, %3899 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3946 = vector.fma %3926, %3944, %3900 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3947 = arith.addi %3786, %3921 : index
              %3948 = memref.load %6[%3947] : memref<?xf32>
              %3949 = vector.broadcast %3948 : f32 to vector<16xf32>
              %3950 = vector.fma %3924, %3949, %3904 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3951 = vector.fma %3926, %3949, %3905 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3952 = arith.addi %3788, %3921 : index
              %3953 = memref.load %6[%3952] : memref<?xf32>
              %3954 = vector.broadcast %3953 : f32 to vector<16xf32>
              %3955 = vector.fma %3924, %3954, %3909 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3956 = vector.fma %3926, %3954, %3910 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3957 = arith.addi %3790, %3921 : index
              %3958 = memref.load %6[%3957] : memref<?xf32>
              %3959 = vector.broadcast %3958 : f32 to vector<16xf32>
              %3960 = vector.fma %3924, %3959, %3914 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3961 = vector.fma %3926, %3959, %3915 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3962 = arith.addi %3792, %3921 : index
              %3963 = memref.load %6[%3962] : memref<?xf32>
              %3964 = vector.broadcast %3963 : f32 to vector<16xf32>
              %3965 = vector.fma %3924, %3964, %3919 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3966 = vector.fma %3926, %3964, %3920 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3967 = arith.constant 3 : index
              %3968 = arith.addi %3813, %3967 : index
              %3969 = arith.muli %3968, %34 : index
              %3970 = arith.addi %3969, %3793 : index
              %3971 = vector.load %32[%3970] : memref<2048xf32>, vector<16xf32>
              %3972 = arith.addi %3969, %3795 : index
              %3973 = vector.load %32[%3972] : memref<2048xf32>, vector<16xf32>
              %3974 = arith.addi %3780, %3968 : index
              %3975 = memref.load %6[%3974] : memref<?xf32>
              %3976 = vector.broadcast %3975 : f32 to vector<16xf32>
              %3977 = vector.fma %3971, %3976, %3930 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3978 = vector.fma %3973, %3976, %3931 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3979 = arith.addi %3781, %3968 : index
              %3980 = memref.load %6[%3979] : memref<?xf32>
              %3981 = vector.broadcast %3980 : f32 to vector<16xf32>
              %3982 = vector.fma %3971, %3981, %3935 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3983 = vector.fma %3973, %3981, %3936 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3984 = arith.addi %3782, %3968 : index
              %3985 = memref.load %6[%3984] : memref<?xf32>
              %3986 = vector.broadcast %3985 : f32 to vector<16xf32>
              %3987 = vector.fma %3971, %3986, %3940 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3988 = vector.fma %3973, %3986, %3941 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3989 = arith.addi %3784, %3968 : index
              %3990 = memref.load %6[%3989] : memref<?xf32>
              %3991 = vector.broadcast %3990 : f32 to vector<16xf32>
              %3992 = vector.fma %3971, %3991, %3945 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3993 = vector.fma %3973, %3991, %3946 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3994 = arith.addi %3786, %3968 : index
              %3995 = memref.load %6[%3994] : memref<?xf32>
              %3996 = vector.broadcast %3995 : f32 to vector<16xf32>
              %3997 = vector.fma %3971, %3996, %3950 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3998 = vector.fma %3973, %3996, %3951 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %3999 = arith.addi %3788, %3968 : index
              %4000 = memref.load %6[%3999] : memref<?xf32>
              %4001 = vector.broadcast %4000 : f32 to vector<16xf32>
              %4002 = vector.fma %3971, %4001, %3955 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4003 = vector.fma %3973, %4001, %3956 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4004 = arith.addi %3790, %3968 : index
              %4005 = memref.load %6[%4004] : memref<?xf32>
              %4006 = vector.broadcast %4005 : f32 to vector<16xf32>
              %4007 = vector.fma %3971, %4006, %3960 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4008 = vector.fma %3973, %4006, %3961 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4009 = arith.addi %3792, %3968 : index
              %4010 = memref.load %6[%4009] : memref<?xf32>
              %4011 = vector.broadcast %4010 : f32 to vector<16xf32>
              %4012 = vector.fma %3971, %4011, %3965 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4013 = vector.fma %3973, %4011, %3966 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %3977, %3982, %3987, %3992, %3997, %4002, %4007, %4012, %3978, %3983, %3988, %3993, %3998, %4003, %4008, %4013 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %4014 = arith.muli %3777, %424 : index
            %4015 = arith.addi %4014, %3778 : index
            %4016 = arith.muli %4015, %27 : index
            vector.store %3797, %31[%4016] : memref<2048xf32>, vector<16xf32>
            %4017 = arith.addi %3778, %13 : index
            %4018 = arith.addi %4014, %4017 : index
            %4019 = arith.muli %4018, %27 : index
            vector.store %3798, %31[%4019] : memref<2048xf32>, vector<16xf32>
            %4020 = arith.addi %3778, %11 : index
            %4021 = arith.addi %4014, %4020 : index
            %4022 = arith.muli %4021, %27 : index
            vector.store %3799, %31[%4022] : memref<2048xf32>, vector<16xf32>
            %4023 = arith.constant 3 : index
            %4024 = arith.addi %3778, %4023 : index
            %4025 = arith.addi %4014, %4024 : index
            %4026 = arith.muli %4025, %27 : index
            vector.store %3800, %31[%4026] : memref<2048xf32>, vector<16xf32>
            %4027 = arith.addi %3778, %3796 : index
            %4028 = arith.addi %4014, %4027 : index
            %4029 = arith.muli %4028, %27 : index
            vector.store %3801, %31[%4029] : memref<2048xf32>, vector<16xf32>
            %4030 = arith.constant 5 : index
            %4031 = arith.addi %3778, %4030 : index
            %4032 = arith.addi %4014, %4031 : index
            %4033 = arith.muli %4032, %27 : index
            vector.store %3802, %31[%4033] : memref<2048xf32>, vector<16xf32>
            %4034 = arith.constant 6 : index
            %4035 = arith.addi %3778, %4034 : index
            %4036 = arith.addi %4014, %4035 : index
            %4037 = arith.muli %4036, %27 : index
            vector.store %3803, %31[%4037] : memref<2048xf32>, vector<16xf32>
            %4038 = arith.constant 7 : index
            %4039 = arith.addi %3778, %4038 : index
            %4040 = arith.addi %4014, %4039 : index
            %4041 = arith.muli %4040, %27 : index
            vector.store %3804, %31[%4041] : memref<2048xf32>, vector<16xf32>
            %4042 = arith.muli %3794, %424 : index
            %4043 = arith.addi %4042, %3778 : index
            %4044 = arith.muli %4043, %27 : index
            vector.store %3805, %31[%4044] : memref<2048xf32>, vector<16xf32>
            %4045 = arith.addi %4042, %4017 : index
            %4046 = arith.muli %4045, %27 : index
            vector.store %3806, %31[%4046] : memref<2048xf32>, vector<16xf32>
            %4047 = arith.addi %4042, %4020 : index
            %4048 = arith.muli %4047, %27 : index
            vector.store %3807, %31[%4048] : memref<2048xf32>, vector<16xf32>
            %4049 = arith.addi %4042, %4024 : index
            %4050 = arith.muli %4049, %27 : index
            vector.store %3808, %31[%4050] : memref<2048xf32>, vector<16xf32>
            %4051 = arith.addi %4042, %4027 : index
            %4052 = arith.muli %4051, %27 : index
            vector.store %3809, %31[%4052] : memref<2048xf32>, vector<16xf32>
            %4053 = arith.addi %4042, %4031 : index
            %4054 = arith.muli %4053, %27 : index
            vector.store %3810, %31[%4054] : memref<2048xf32>, vector<16xf32>
            %4055 = arith.addi %4042, %4035 : index
            %4056 = arith.muli %4055, %27 : index
            vector.store %3811, %31[%4056] : memref<2048xf32>, vector<16xf32>
            %4057 = arith.addi %4042, %4039 : index
            %4058 = arith.muli %4057, %27 : index
            vector.store %3812, %31[%4058] : memref<2048xf32>, vector<16xf32>
          }
        }
        scf.for %4059 = %3776 to %28 step %13 {
          scf.for %4060 = %14 to %424 step %424 {
            %4061 = arith.muli %4060, %34 : index
            %4062 = arith.addi %3774, %4061 : index
            %4063 = arith.addi %4062, %34 : index
            %4064 = arith.addi %4062, %15 : index
            %4065 = arith.constant 192 : index
            %4066 = arith.addi %4062, %4065 : index
            %4067 = arith.constant 256 : index
            %4068 = arith.addi %4062, %4067 : index
            %4069 = arith.constant 320 : index
            %4070 = arith.addi %4062, %4069 : index
            %4071 = arith.constant 384 : index
            %4072 = arith.addi %4062, %4071 : index
            %4073 = arith.constant 448 : index
            %4074 = arith.addi %4062, %4073 : index
            %4075 = arith.muli %4059, %27 : index
            %4076 = arith.constant 4 : index
            %4077, %4078, %4079, %4080, %4081, %4082, %4083, %4084 = scf.for %4085 = %14 to %12 step %4076 iter_args(%4086 = %40, %4087 = %40, %4088 = %40, %4089 = %40, %4090 = %40, %4091 = %40, %4092 = %40, %4093 = %40) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %4094 = arith.muli %4085, %34 : index
              %4095 = arith.addi %4094, %4075 : index
              %4096 = vector.load %32[%4095] : memref<2048xf32>, vector<16xf32>
              %4097 = arith.addi %4062, %4085 : index
              %4098 = memref.load %6[%4097] : memref<?xf32>
              %4099 = vector.broadcast %4098 : f32 to vector<16xf32>
              %4100 = vector.fma %4096, %4099, %4086 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4101 = arith.addi %4063, %4085 : index
              %4102 = memref.load %6[%4101] : memref<?xf32>
              %4103 = vector.broadcast %4102 : f32 to vector<16xf32>
              %4104 = vector.fma %4096, %4103, %4087 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4105 = arith.addi %4064, %4085 : index
              %4106 = memref.load %6[%4105] : memref<?xf32>
              %4107 = vector.broadcast %4106 : f32 to vector<16xf32>
              %4108 = vector.fma %4096, %4107, %4088 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4109 = arith.addi %4066, %4085 : index
              %4110 = memref.load %6[%4109] : memref<?xf32>
              %4111 = vector.broadcast %4110 : f32 to vector<16xf32>
              %4112 = vector.fma %4096, %4111, %4089 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4113 = arith.addi %4068, %4085 : index
              %4114 = memref.load %6[%4113] : memref<?xf32>
              %4115 = vector.broadcast %4114 : f32 to vector<16xf32>
              %4116 = vector.fma %4096, %4115, %4090 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4117 = arith.addi %4070, %4085 : index
              %4118 = memref.load %6[%4117] : memref<?xf32>
              %4119 = vector.broadcast %4118 : f32 to vector<16xf32>
              %4120 = vector.fma %4096, %4119, %4091 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4121 = arith.addi %4072, %4085 : index
              %4122 = memref.load %6[%4121] : memref<?xf32>
              %4123 = vector.broadcast %4122 : f32 to vector<16xf32>
              %4124 = vector.fma %4096, %4123, %4092 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4125 = arith.addi %4074, %4085 : index
              %4126 = memref.load %6[%4125] : memref<?xf32>
              %4127 = vector.broadcast %4126 : f32 to vector<16xf32>
              %4128 = vector.fma %4096, %4127, %4093 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4129 = arith.addi %4085, %13 : index
              %4130 = arith.muli %4129, %34 : index
              %4131 = arith.addi %4130, %4075 : index
              %4132 = vector.load %32[%4131] : memref<2048xf32>, vector<16xf32>
              %4133 = arith.addi %4062, %4129 : index
              %4134 = memref.load %6[%4133] : memref<?xf32>
              %4135 = vector.broadcast %4134 : f32 to vector<16xf32>
              %4136 = vector.fma %4132, %4135, %4100 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4137 = arith.addi %4063, %4129 : index
              %4138 = memref.load %6[%4137] : memref<?xf32>
              %4139 = vector.broadcast %4138 : f32 to vector<16xf32>
              %4140 = vector.fma %4132, %4139, %4104 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4141 = arith.addi %4064, %4129 : index
              %4142 = memref.load %6[%4141] : memref<?xf32>
              %4143 = vector.broadcast %4142 : f32 to vector<16xf32>
              %4144 = vector.fma %4132, %4143, %4108 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4145 = arith.addi %4066, %4129 : index
              %4146 = memref.load %6[%4145] : memref<?xf32>
              %4147 = vector.broadcast %4146 : f32 to vector<16xf32>
              %4148 = vector.fma %4132, %4147, %4112 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4149 = arith.addi %4068, %4129 : index
              %4150 = memref.load %6[%4149] : memref<?xf32>
              %4151 = vector.broadcast %4150 : f32 to vector<16xf32>
              %4152 = vector.fma %4132, %4151, %4116 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4153 = arith.addi %4070, %4129 : index
              %4154 = memref.load %6[%4153] : memref<?xf32>
              %4155 = vector.broadcast %4154 : f32 to vector<16xf32>
              %4156 = vector.fma %4132, %4155, %4120 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4157 = arith.addi %4072, %4129 : index
              %4158 = memref.load %6[%4157] : memref<?xf32>
              %4159 = vector.broadcast %4158 : f32 to vector<16xf32>
              %4160 = vector.fma %4132, %4159, %4124 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4161 = arith.addi %4074, %4129 : index
              %4162 = memref.load %6[%4161] : memref<?xf32>
              %4163 = vector.broadcast %4162 : f32 to vector<16xf32>
              %4164 = vector.fma %4132, %4163, %4128 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4165 = arith.addi %4085, %11 : index
              %4166 = arith.muli %4165, %34 : index
              %4167 = arith.addi %4166, %4075 : index
              %4168 = vector.load %32[%4167] : memref<2048xf32>, vector<16xf32>
              %4169 = arith.addi %4062, %4165 : index
              %4170 = memref.load %6[%4169] : memref<?xf32>
              %4171 = vector.broadcast %4170 : f32 to vector<16xf32>
              %4172 = vector.fma %4168, %4171, %4136 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4173 = arith.addi %4063, %4165 : index
              %4174 = memref.load %6[%4173] : memref<?xf32>
              %4175 = vector.broadcast %4174 : f32 to vector<16xf32>
              %4176 = vector.fma %4168, %4175, %4140 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4177 = arith.addi %4064, %4165 : index
              %4178 = memref.load %6[%4177] : memref<?xf32>
              %4179 = vector.broadcast %4178 : f32 to vector<16xf32>
              %4180 = vector.fma %4168, %4179, %4144 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4181 = arith.addi %4066, %4165 : index
              %4182 = memref.load %6[%4181] : memref<?xf32>
              %4183 = vector.broadcast %4182 : f32 to vector<16xf32>
              %4184 = vector.fma %4168, %4183, %4148 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4185 = arith.addi %4068, %4165 : index
              %4186 = memref.load %6[%4185] : memref<?xf32>
              %4187 = vector.broadcast %4186 : f32 to vector<16xf32>
              %4188 = vector.fma %4168, %4187, %4152 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4189 = arith.addi %4070, %4165 : index
              %4190 = memref.load %6[%4189] : memref<?xf32>
              %4191 = vector.broadcast %4190 : f32 to vector<16xf32>
              %4192 = vector.fma %4168, %4191, %4156 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4193 = arith.addi %4072, %4165 : index
              %4194 = memref.load %6[%4193] : memref<?xf32>
              %4195 = vector.broadcast %4194 : f32 to vector<16xf32>
              %4196 = vector.fma %4168, %4195, %4160 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4197 = arith.addi %4074, %4165 : index
              %4198 = memref.load %6[%4197] : memref<?xf32>
              %4199 = vector.broadcast %4198 : f32 to vector<16xf32>
              %4200 = vector.fma %4168, %4199, %4164 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4201 = arith.constant 3 : index
              %4202 = arith.addi %4085, %4201 : index
              %4203 = arith.muli %4202, %34 : index
              %4204 = arith.addi %4203, %4075 : index
              %4205 = vector.load %32[%4204] : memref<2048xf32>, vector<16xf32>
              %4206 = arith.addi %4062, %4202 : index
              %4207 = memref.load %6[%4206] : memref<?xf32>
              %4208 = vector.broadcast %4207 : f32 to vector<16xf32>
              %4209 = vector.fma %4205, %4208, %4172 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4210 = arith.addi %4063, %4202 : index
              %4211 = memref.load %6[%4210] : memref<?xf32>
              %4212 = vector.broadcast %4211 : f32 to vector<16xf32>
              %4213 = vector.fma %4205, %4212, %4176 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4214 = arith.addi %4064, %4202 : index
              %4215 = memref.load %6[%4214] : memref<?xf32>
              %4216 = vector.broadcast %4215 : f32 to vector<16xf32>
              %4217 = vector.fma %4205, %4216, %4180 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4218 = arith.addi %4066, %4202 : index
              %4219 = memref.load %6[%4218] : memref<?xf32>
              %4220 = vector.broadcast %4219 : f32 to vector<16xf32>
              %4221 = vector.fma %4205, %4220, %4184 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4222 = arith.addi %4068, %4202 : index
              %4223 = memref.load %6[%4222] : memref<?xf32>
              %4224 = vector.broadcast %4223 : f32 to vector<16xf32>
              %4225 = vector.fma %4205, %4224, %4188 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4226 = arith.addi %4070, %4202 : index
              %4227 = memref.load %6[%4226] : memref<?xf32>
              %4228 = vector.broadcast %4227 : f32 to vector<16xf32>
              %4229 = vector.fma %4205, %4228, %4192 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4230 = arith.addi %4072, %4202 : index
              %4231 = memref.load %6[%4230] : memref<?xf32>
              %4232 = vector.broadcast %4231 : f32 to vector<16xf32>
              %4233 = vector.fma %4205, %4232, %4196 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %4234 = arith.addi %4074, %4202 : index
              %4235 = memref.load %6[%4234] : memref<?xf32>
              %4236 = vector.broadcast %4235 : f32 to vector<16xf32>
              %4237 = vector.fma %4205, %4236, %4200 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %4209, %4213, %4217, %4221, %4225, %4229, %4233, %4237 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %4238 = arith.muli %4059, %424 : index
            %4239 = arith.addi %4238, %4060 : index
            %4240 = arith.muli %4239, %27 : index
            vector.store %4077, %31[%4240] : memref<2048xf32>, vector<16xf32>
            %4241 = arith.addi %4060, %13 : index
            %4242 = arith.addi %4238, %4241 : index
            %4243 = arith.muli %4242, %27 : index
            vector.store %4078, %31[%4243] : memref<2048xf32>, vector<16xf32>
            %4244 = arith.addi %4060, %11 : index
            %4245 = arith.addi %4238, %4244 : index
            %4246 = arith.muli %4245, %27 : index
            vector.store %4079, %31[%4246] : memref<2048xf32>, vector<16xf32>
            %4247 = arith.constant 3 : index
            %4248 = arith.addi %4060, %4247 : index
            %4249 = arith.addi %4238, %4248 : index
            %4250 = arith.muli %4249, %27 : index
            vector.store %4080, %31[%4250] : memref<2048xf32>, vector<16xf32>
            %4251 = arith.addi %4060, %4076 : index
            %4252 = arith.addi %4238, %4251 : index
            %4253 = arith.muli %4252, %27 : index
            vector.store %4081, %31[%4253] : memref<2048xf32>, vector<16xf32>
            %4254 = arith.constant 5 : index
            %4255 = arith.addi %4060, %4254 : index
            %4256 = arith.addi %4238, %4255 : index
            %4257 = arith.muli %4256, %27 : index
            vector.store %4082, %31[%4257] : memref<2048xf32>, vector<16xf32>
            %4258 = arith.constant 6 : index
            %4259 = arith.addi %4060, %4258 : index
            %4260 = arith.addi %4238, %4259 : index
            %4261 = arith.muli %4260, %27 : index
            vector.store %4083, %31[%4261] : memref<2048xf32>, vector<16xf32>
            %4262 = arith.constant 7 : index
            %4263 = arith.addi %4060, %4262 : index
            %4264 = arith.addi %4238, %4263 : index
            %4265 = arith.muli %4264, %27 : index
            vector.store %4084, %31[%4265] : memref<2048xf32>, vector<16xf32>
          }
        }
        scf.for %4266 = %14 to %28 step %13 {
          %4267 = arith.muli %4266, %27 : index
          %4268 = arith.muli %4266, %15 : index
          %4269 = arith.constant 192 : index
          %4270 = arith.addi %4267, %4269 : index
          %4271 = vector.load %30[%4270] : memref<256xf32>, vector<16xf32>
          %4272 = arith.index_cast %3772 : index to i64
          %4273 = arith.sitofp %4272 : i64 to f32
          %4274 = vector.broadcast %4273 : f32 to vector<16xf32>
          %4275 = arith.subf %4271, %4274 fastmath<nsz,arcp,afn> : vector<16xf32>
          %4276 = vector.load %30[%4267] : memref<256xf32>, vector<16xf32>
          %4277 = scf.for %4278 = %14 to %424 step %424 iter_args(%4279 = %4276) -> (vector<16xf32>) {
            %4280 = arith.muli %4278, %27 : index
            %4281 = arith.addi %4268, %4280 : index
            %4282 = vector.load %31[%4281] : memref<2048xf32>, vector<16xf32>
            %4283 = arith.addi %4278, %13 : index
            %4284 = arith.muli %4283, %27 : index
            %4285 = arith.addi %4268, %4284 : index
            %4286 = vector.load %31[%4285] : memref<2048xf32>, vector<16xf32>
            %4287 = arith.addi %4278, %11 : index
            %4288 = arith.muli %4287, %27 : index
            %4289 = arith.addi %4268, %4288 : index
            %4290 = vector.load %31[%4289] : memref<2048xf32>, vector<16xf32>
            %4291 = arith.constant 3 : index
            %4292 = arith.addi %4278, %4291 : index
            %4293 = arith.muli %4292, %27 : index
            %4294 = arith.addi %4268, %4293 : index
            %4295 = vector.load %31[%4294] : memref<2048xf32>, vector<16xf32>
            %4296 = arith.constant 4 : index
            %4297 = arith.addi %4278, %4296 : index
            %4298 = arith.muli %4297, %27 : index
            %4299 = arith.addi %4268, %4298 : index
            %4300 = vector.load %31[%4299] : memref<2048xf32>, vector<16xf32>
            %4301 = arith.constant 5 : index
            %4302 = arith.addi %4278, %4301 : index
            %4303 = arith.muli %4302, %27 : index
            %4304 = arith.addi %4268, %4303 : index
            %4305 = vector.load %31[%4304] : memref<2048xf32>, vector<16xf32>
            %4306 = arith.constant 6 : index
            %4307 = arith.addi %4278, %4306 : index
            %4308 = arith.muli %4307, %27 : index
            %4309 = arith.addi %4268, %4308 : index
            %4310 = vector.load %31[%4309] : memref<2048xf32>, vector<16xf32>
            %4311 = arith.constant 7 : index
            %4312 = arith.addi %4278, %4311 : index
            %4313 = arith.muli %4312, %27 : index
            %4314 = arith.addi %4268, %4313 : index
            %4315 = vector.load %31[%4314] : memref<2048xf32>, vector<16xf32>
            %4316 = arith.index_cast %4278 : index to i64
            %4317 = arith.sitofp %4316 : i64 to f32
            %4318 = vector.broadcast %4317 : f32 to vector<16xf32>
            %4319 = arith.subf %4275, %4318 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4320 = arith.cmpf olt, %40, %4319 : vector<16xf32>
            %4321 = arith.constant 1.000000e+00 : f32
            %4322 = vector.broadcast %4321 : f32 to vector<16xf32>
            %4323 = arith.cmpf olt, %4322, %4319 : vector<16xf32>
            %4324 = arith.constant 2.000000e+00 : f32
            %4325 = vector.broadcast %4324 : f32 to vector<16xf32>
            %4326 = arith.cmpf olt, %4325, %4319 : vector<16xf32>
            %4327 = arith.constant 3.000000e+00 : f32
            %4328 = vector.broadcast %4327 : f32 to vector<16xf32>
            %4329 = arith.cmpf olt, %4328, %4319 : vector<16xf32>
            %4330 = arith.constant 4.000000e+00 : f32
            %4331 = vector.broadcast %4330 : f32 to vector<16xf32>
            %4332 = arith.cmpf olt, %4331, %4319 : vector<16xf32>
            %4333 = arith.constant 5.000000e+00 : f32
            %4334 = vector.broadcast %4333 : f32 to vector<16xf32>
            %4335 = arith.cmpf olt, %4334, %4319 : vector<16xf32>
            %4336 = arith.constant 6.000000e+00 : f32
            %4337 = vector.broadcast %4336 : f32 to vector<16xf32>
            %4338 = arith.cmpf olt, %4337, %4319 : vector<16xf32>
            %4339 = arith.constant 7.000000e+00 : f32
            %4340 = vector.broadcast %4339 : f32 to vector<16xf32>
            %4341 = arith.cmpf olt, %4340, %4319 : vector<16xf32>
            %4342 = arith.constant -1.000000e+30 : f32
            %4343 = vector.broadcast %4342 : f32 to vector<16xf32>
            %4344 = arith.select %4320, %4282, %4343 : vector<16xf32>
            %4345 = arith.select %4323, %4286, %4343 : vector<16xf32>
            %4346 = arith.select %4326, %4290, %4343 : vector<16xf32>
            %4347 = arith.select %4329, %4295, %4343 : vector<16xf32>
            %4348 = arith.select %4332, %4300, %4343 : vector<16xf32>
            %4349 = arith.select %4335, %4305, %4343 : vector<16xf32>
            %4350 = arith.select %4338, %4310, %4343 : vector<16xf32>
            %4351 = arith.select %4341, %4315, %4343 : vector<16xf32>
            %4352 = arith.cmpf ogt, %4344, %4345 : vector<16xf32>
            %4353 = arith.select %4352, %4344, %4345 : vector<16xf32>
            %4354 = arith.cmpf ogt, %4346, %4347 : vector<16xf32>
            %4355 = arith.select %4354, %4346, %4347 : vector<16xf32>
            %4356 = arith.cmpf ogt, %4348, %4349 : vector<16xf32>
            %4357 = arith.select %4356, %4348, %4349 : vector<16xf32>
            %4358 = arith.cmpf ogt, %4350, %4351 : vector<16xf32>
            %4359 = arith.select %4358, %4350, %4351 : vector<16xf32>
            %4360 = arith.cmpf ogt, %4353, %4355 : vector<16xf32>
            %4361 = arith.select %4360, %4353, %4355 : vector<16xf32>
            %4362 = arith.cmpf ogt, %4357, %4359 : vector<16xf32>
            %4363 = arith.select %4362, %4357, %4359 : vector<16xf32>
            %4364 = arith.cmpf ogt, %4361, %4363 : vector<16xf32>
            %4365 = arith.select %4364, %4361, %4363 : vector<16xf32>
            %4366 = arith.cmpf ogt, %4279, %4365 : vector<16xf32>
            %4367 = arith.select %4366, %4279, %4365 : vector<16xf32>
            scf.yield %4367 : vector<16xf32>
          }
          %4368 = scf.for %4369 = %14 to %424 step %424 iter_args(%4370 = %40) -> (vector<16xf32>) {
            %4371 = arith.muli %4369, %27 : index
            %4372 = arith.addi %4268, %4371 : index
            %4373 = vector.load %31[%4372] : memref<2048xf32>, vector<16xf32>
            %4374 = arith.addi %4369, %13 : index
            %4375 = arith.muli %4374, %27 : index
            %4376 = arith.addi %4268, %4375 : index
            %4377 = vector.load %31[%4376] : memref<2048xf32>, vector<16xf32>
            %4378 = arith.addi %4369, %11 : index
            %4379 = arith.muli %4378, %27 : index
            %4380 = arith.addi %4268, %4379 : index
            %4381 = vector.load %31[%4380] : memref<2048xf32>, vector<16xf32>
            %4382 = arith.constant 3 : index
            %4383 = arith.addi %4369, %4382 : index
            %4384 = arith.muli %4383, %27 : index
            %4385 = arith.addi %4268, %4384 : index
            %4386 = vector.load %31[%4385] : memref<2048xf32>, vector<16xf32>
            %4387 = arith.constant 4 : index
            %4388 = arith.addi %4369, %4387 : index
            %4389 = arith.muli %4388, %27 : index
            %4390 = arith.addi %4268, %4389 : index
            %4391 = vector.load %31[%4390] : memref<2048xf32>, vector<16xf32>
            %4392 = arith.constant 5 : index
            %4393 = arith.addi %4369, %4392 : index
            %4394 = arith.muli %4393, %27 : index
            %4395 = arith.addi %4268, %4394 : index
            %4396 = vector.load %31[%4395] : memref<2048xf32>, vector<16xf32>
            %4397 = arith.constant 6 : index
            %4398 = arith.addi %4369, %4397 : index
            %4399 = arith.muli %4398, %27 : index
            %4400 = arith.addi %4268, %4399 : index
            %4401 = vector.load %31[%4400] : memref<2048xf32>, vector<16xf32>
            %4402 = arith.constant 7 : index
            %4403 = arith.addi %4369, %4402 : index
            %4404 = arith.muli %4403, %27 : index
            %4405 = arith.addi %4268, %4404 : index
            %4406 = vector.load %31[%4405] : memref<2048xf32>, vector<16xf32>
            %4407 = arith.index_cast %4369 : index to i64
            %4408 = arith.sitofp %4407 : i64 to f32
            %4409 = vector.broadcast %4408 : f32 to vector<16xf32>
            %4410 = arith.subf %4275, %4409 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4411 = arith.cmpf olt, %40, %4410 : vector<16xf32>
            %4412 = arith.constant 1.000000e+00 : f32
            %4413 = vector.broadcast %4412 : f32 to vector<16xf32>
            %4414 = arith.cmpf olt, %4413, %4410 : vector<16xf32>
            %4415 = arith.constant 2.000000e+00 : f32
            %4416 = vector.broadcast %4415 : f32 to vector<16xf32>
            %4417 = arith.cmpf olt, %4416, %4410 : vector<16xf32>
            %4418 = arith.constant 3.000000e+00 : f32
            %4419 = vector.broadcast %4418 : f32 to vector<16xf32>
            %4420 = arith.cmpf olt, %4419, %4410 : vector<16xf32>
            %4421 = arith.constant 4.000000e+00 : f32
            %4422 = vector.broadcast %4421 : f32 to vector<16xf32>
            %4423 = arith.cmpf olt, %4422, %4410 : vector<16xf32>
            %4424 = arith.constant 5.000000e+00 : f32
            %4425 = vector.broadcast %4424 : f32 to vector<16xf32>
            %4426 = arith.cmpf olt, %4425, %4410 : vector<16xf32>
            %4427 = arith.constant 6.000000e+00 : f32
            %4428 = vector.broadcast %4427 : f32 to vector<16xf32>
            %4429 = arith.cmpf olt, %4428, %4410 : vector<16xf32>
            %4430 = arith.constant 7.000000e+00 : f32
            %4431 = vector.broadcast %4430 : f32 to vector<16xf32>
            %4432 = arith.cmpf olt, %4431, %4410 : vector<16xf32>
            %4433 = arith.constant -1.000000e+30 : f32
            %4434 = vector.broadcast %4433 : f32 to vector<16xf32>
            %4435 = arith.select %4411, %4373, %4434 : vector<16xf32>
            %4436 = arith.select %4414, %4377, %4434 : vector<16xf32>
            %4437 = arith.select %4417, %4381, %4434 : vector<16xf32>
            %4438 = arith.select %4420, %4386, %4434 : vector<16xf32>
            %4439 = arith.select %4423, %4391, %4434 : vector<16xf32>
            %4440 = arith.select %4426, %4396, %4434 : vector<16xf32>
            %4441 = arith.select %4429, %4401, %4434 : vector<16xf32>
            %4442 = arith.select %4432, %4406, %4434 : vector<16xf32>
            %4443 = arith.subf %4435, %4277 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4444 = arith.constant -8.700000e+01 : f32
            %4445 = vector.broadcast %4444 : f32 to vector<16xf32>
            %4446 = arith.cmpf ogt, %4443, %4445 : vector<16xf32>
            %4447 = arith.select %4446, %4443, %4445 : vector<16xf32>
            %4448 = arith.constant 8.800000e+01 : f32
            %4449 = vector.broadcast %4448 : f32 to vector<16xf32>
            %4450 = arith.cmpf olt, %4447, %4449 : vector<16xf32>
            %4451 = arith.select %4450, %4447, %4449 : vector<16xf32>
            %4452 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %4453 = arith.minnumf %4451, %4452 : vector<16xf32>
            %4454 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %4455 = arith.maxnumf %4453, %4454 : vector<16xf32>
            %4456 = arith.constant dense<1.44269502> : vector<16xf32>
            %4457 = arith.mulf %4455, %4456 fastmath<contract> : vector<16xf32>
            %4458 = rlx_cpu.rint %4457 : vector<16xf32>
            %4459 = arith.constant dense<0.693359375> : vector<16xf32>
            %4460 = arith.mulf %4458, %4459 fastmath<contract> : vector<16xf32>
            %4461 = arith.subf %4455, %4460 fastmath<contract> : vector<16xf32>
            %4462 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %4463 = arith.mulf %4458, %4462 fastmath<contract> : vector<16xf32>
            %4464 = arith.subf %4461, %4463 fastmath<contract> : vector<16xf32>
            %4465 = arith.constant dense<0.000198756912> : vector<16xf32>
            %4466 = arith.mulf %4465, %4464 fastmath<contract> : vector<16xf32>
            %4467 = arith.constant dense<0.00139819994> : vector<16xf32>
            %4468 = arith.addf %4466, %4467 fastmath<contract> : vector<16xf32>
            %4469 = arith.mulf %4468, %4464 fastmath<contract> : vector<16xf32>
            %4470 = arith.constant dense<0.00833345205> : vector<16xf32>
            %4471 = arith.addf %4469, %4470 fastmath<contract> : vector<16xf32>
            %4472 = arith.mulf %4471, %4464 fastmath<contract> : vector<16xf32>
            %4473 = arith.constant dense<0.0416657962> : vector<16xf32>
            %4474 = arith.addf %4472, %4473 fastmath<contract> : vector<16xf32>
            %4475 = arith.mulf %4474, %4464 fastmath<contract> : vector<16xf32>
            %4476 = arith.constant dense<0.166666657> : vector<16xf32>
            %4477 = arith.addf %4475, %4476 fastmath<contract> : vector<16xf32>
            %4478 = arith.mulf %4477, %4464 fastmath<contract> : vector<16xf32>
            %4479 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %4480 = arith.addf %4478, %4479 fastmath<contract> : vector<16xf32>
            %4481 = arith.mulf %4464, %4464 fastmath<contract> : vector<16xf32>
            %4482 = arith.mulf %4480, %4481 fastmath<contract> : vector<16xf32>
            %4483 = arith.addf %4482, %4464 fastmath<contract> : vector<16xf32>
            %4484 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %4485 = arith.addf %4483, %4484 fastmath<contract> : vector<16xf32>
            %4486 = arith.fptosi %4458 : vector<16xf32> to vector<16xi32>
            %4487 = arith.constant dense<23> : vector<16xi32>
            %4488 = arith.shli %4486, %4487 : vector<16xi32>
            %4489 = arith.bitcast %4485 : vector<16xf32> to vector<16xi32>
            %4490 = arith.addi %4489, %4488 : vector<16xi32>
            %4491 = arith.bitcast %4490 : vector<16xi32> to vector<16xf32>
            %4492 = arith.constant dense<-87.3365479> : vector<16xf32>
            %4493 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %4494 = arith.cmpf olt, %4451, %4492 : vector<16xf32>
            %4495 = arith.select %4494, %4493, %4491 : vector<16xf32>
            %4496 = arith.constant dense<88.7228394> : vector<16xf32>
            %4497 = arith.constant dense<0x7f800000> : vector<16xf32>
            %4498 = arith.cmpf ogt, %4451, %4496 : vector<16xf32>
            %4499 = arith.select %4498, %4497, %4495 : vector<16xf32>
            %4500 = arith.cmpf uno, %4451, %4451 : vector<16xf32>
            %4501 = arith.select %4500, %4451, %4499 : vector<16xf32>
            %4502 = arith.select %4411, %4501, %40 : vector<16xf32>
            vector.store %4502, %31[%4372] : memref<2048xf32>, vector<16xf32>
            %4503 = arith.subf %4436, %4277 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4504 = arith.cmpf ogt, %4503, %4445 : vector<16xf32>
            %4505 = arith.select %4504, %4503, %4445 : vector<16xf32>
            %4506 = arith.cmpf olt, %4505, %4449 : vector<16xf32>
            %4507 = arith.select %4506, %4505, %4449 : vector<16xf32>
            %4508 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %4509 = arith.minnumf %4507, %4508 : vector<16xf32>
            %4510 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %4511 = arith.maxnumf %4509, %4510 : vector<16xf32>
            %4512 = arith.constant dense<1.44269502> : vector<16xf32>
            %4513 = arith.mulf %4511, %4512 fastmath<contract> : vector<16xf32>
            %4514 = rlx_cpu.rint %4513 : vector<16xf32>
            %4515 = arith.constant dense<0.693359375> : vector<16xf32>
            %4516 = arith.mulf %4514, %4515 fastmath<contract> : vector<16xf32>
            %4517 = arith.subf %4511, %4516 fastmath<contract> : vector<16xf32>
            %4518 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %4519 = arith.mulf %4514, %4518 fastmath<contract> : vector<16xf32>
            %4520 = arith.subf %4517, %4519 fastmath<contract> : vector<16xf32>
            %4521 = arith.constant dense<0.000198756912> : vector<16xf32>
            %4522 = arith.mulf %4521, %4520 fastmath<contract> : vector<16xf32>
            %4523 = arith.constant dense<0.00139819994> : vector<16xf32>
            %4524 = arith.addf %4522, %4523 fastmath<contract> : vector<16xf32>
            %4525 = arith.mulf %4524, %4520 fastmath<contract> : vector<16xf32>
            %4526 = arith.constant dense<0.00833345205> : vector<16xf32>
            %4527 = arith.addf %4525, %4526 fastmath<contract> : vector<16xf32>
            %4528 = arith.mulf %4527, %4520 fastmath<contract> : vector<16xf32>
            %4529 = arith.constant dense<0.0416657962> : vector<16xf32>
            %4530 = arith.addf %4528, %4529 fastmath<contract> : vector<16xf32>
            %4531 = arith.mulf %4530, %4520 fastmath<contract> : vector<16xf32>
            %4532 = arith.constant dense<0.166666657> : vector<16xf32>
            %4533 = arith.addf %4531, %4532 fastmath<contract> : vector<16xf32>
            %4534 = arith.mulf %4533, %4520 fastmath<contract> : vector<16xf32>
            %4535 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %4536 = arith.addf %4534, %4535 fastmath<contract> : vector<16xf32>
            %4537 = arith.mulf %4520, %4520 fastmath<contract> : vector<16xf32>
            %4538 = arith.mulf %4536, %4537 fastmath<contract> : vector<16xf32>
            %4539 = arith.addf %4538, %4520 fastmath<contract> : vector<16xf32>
            %4540 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %4541 = arith.addf %4539, %4540 fastmath<contract> : vector<16xf32>
            %4542 = arith.fptosi %4514 : vector<16xf32> to vector<16xi32>
            %4543 = arith.constant dense<23> : vector<16xi32>
            %4544 = arith.shli %4542, %4543 : vector<16xi32>
            %4545 = arith.bitcast %4541 : vector<16xf32> to vector<16xi32>
            %4546 = arith.addi %4545, %4544 : vector<16xi32>
            %4547 = arith.bitcast %4546 : vector<16xi32> to vector<16xf32>
            %4548 = arith.constant dense<-87.3365479> : vector<16xf32>
            %4549 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %4550 = arith.cmpf olt, %4507, %4548 : vector<16xf32>
            %4551 = arith.select %4550, %4549, %4547 : vector<16xf32>
            %4552 = arith.constant dense<88.7228394> : vector<16xf32>
            %4553 = arith.constant dense<0x7f800000> : vector<16xf32>
            %4554 = arith.cmpf ogt, %4507, %4552 : vector<16xf32>
            %4555 = arith.select %4554, %4553, %4551 : vector<16xf32>
            %4556 = arith.cmpf uno, %4507, %4507 : vector<16xf32>
            %4557 = arith.select %4556, %4507, %4555 : vector<16xf32>
            %4558 = arith.select %4414, %4557, %40 : vector<16xf32>
            vector.store %4558, %31[%4376] : memref<2048xf32>, vector<16xf32>
            %4559 = arith.subf %4437, %4277 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4560 = arith.cmpf ogt, %4559, %4445 : vector<16xf32>
            %4561 = arith.select %4560, %4559, %4445 : vector<16xf32>
            %4562 = arith.cmpf olt, %4561, %4449 : vector<16xf32>
            %4563 = arith.select %4562, %4561, %4449 : vector<16xf32>
            %4564 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %4565 = arith.minnumf %4563, %4564 : vector<16xf32>
            %4566 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %4567 = arith.maxnumf %4565, %4566 : vector<16xf32>
            %4568 = arith.constant dense<1.44269502> : vector<16xf32>
            %4569 = arith.mulf %4567, %4568 fastmath<contract> : vector<16xf32>
            %4570 = rlx_cpu.rint %4569 : vector<16xf32>
            %4571 = arith.constant dense<0.693359375> : vector<16xf32>
            %4572 = arith.mulf %4570, %4571 fastmath<contract> : vector<16xf32>
            %4573 = arith.subf %4567, %4572 fastmath<contract> : vector<16xf32>
            %4574 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %4575 = arith.mulf %4570, %4574 fastmath<contract> : vector<16xf32>
            %4576 = arith.subf %4573, %4575 fastmath<contract> : vector<16xf32>
            %4577 = arith.constant dense<0.000198756912> : vector<16xf32>
            %4578 = arith.mulf %4577, %4576 fastmath<contract> : vector<16xf32>
            %4579 = arith.constant dense<0.00139819994> : vector<16xf32>
            %4580 = arith.addf %4578, %4579 fastmath<contract> : vector<16xf32>
            %4581 = arith.mulf %4580, %4576 fastmath<contract> : vector<16xf32>
            %4582 = arith.constant dense<0.00833345205> : vector<16xf32>
            %4583 = arith.addf %4581, %4582 fastmath<contract> : vector<16xf32>
            %4584 = arith.mulf %4583, %4576 fastmath<contract> : vector<16xf32>
            %4585 = arith.constant dense<0.0416657962> : vector<16xf32>
            %4586 = arith.addf %4584, %4585 fastmath<contract> : vector<16xf32>
            %4587 = arith.mulf %4586, %4576 fastmath<contract> : vector<16xf32>
            %4588 = arith.constant dense<0.166666657> : vector<16xf32>
            %4589 = arith.addf %4587, %4588 fastmath<contract> : vector<16xf32>
            %4590 = arith.mulf %4589, %4576 fastmath<contract> : vector<16xf32>
            %4591 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %4592 = arith.addf %4590, %4591 fastmath<contract> : vector<16xf32>
            %4593 = arith.mulf %4576, %4576 fastmath<contract> : vector<16xf32>
            %4594 = arith.mulf %4592, %4593 fastmath<contract> : vector<16xf32>
            %4595 = arith.addf %4594, %4576 fastmath<contract> : vector<16xf32>
            %4596 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %4597 = arith.addf %4595, %4596 fastmath<contract> : vector<16xf32>
            %4598 = arith.fptosi %4570 : vector<16xf32> to vector<16xi32>
            %4599 = arith.constant dense<23> : vector<16xi32>
            %4600 = arith.shli %4598, %4599 : vector<16xi32>
            %4601 = arith.bitcast %4597 : vector<16xf32> to vector<16xi32>
            %4602 = arith.addi %4601, %4600 : vector<16xi32>
            %4603 = arith.bitcast %4602 : vector<16xi32> to vector<16xf32>
            %4604 = arith.constant dense<-87.3365479> : vector<16xf32>
            %4605 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %4606 = arith.cmpf olt, %4563, %4604 : vector<16xf32>
            %4607 = arith.select %4606, %4605, %4603 : vector<16xf32>
            %4608 = arith.constant dense<88.7228394> : vector<16xf32>
            %4609 = arith.constant dense<0x7f800000> : vector<16xf32>
            %4610 = arith.cmpf ogt, %4563, %4608 : vector<16xf32>
            %4611 = arith.select %4610, %4609, %4607 : vector<16xf32>
            %4612 = arith.cmpf uno, %4563, %4563 : vector<16xf32>
            %4613 = arith.select %4612, %4563, %4611 : vector<16xf32>
            %4614 = arith.select %4417, %4613, %40 : vector<16xf32>
            vector.store %4614, %31[%4380] : memref<2048xf32>, vector<16xf32>
            %4615 = arith.subf %4438, %4277 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4616 = arith.cmpf ogt, %4615, %4445 : vector<16xf32>
            %4617 = arith.select %4616, %4615, %4445 : vector<16xf32>
            %4618 = arith.cmpf olt, %4617, %4449 : vector<16xf32>
            %4619 = arith.select %4618, %4617, %4449 : vector<16xf32>
            %4620 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %4621 = arith.minnumf %4619, %4620 : vector<16xf32>
            %4622 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %4623 = arith.maxnumf %4621, %4622 : vector<16xf32>
            %4624 = arith.constant dense<1.44269502> : vector<16xf32>
            %4625 = arith.mulf %4623, %4624 fastmath<contract> : vector<16xf32>
            %4626 = rlx_cpu.rint %4625 : vector<16xf32>
            %4627 = arith.constant dense<0.693359375> : vector<16xf32>
            %4628 = arith.mulf %4626, %4627 fastmath<contract> : vector<16xf32>
            %4629 = arith.subf %4623, %4628 fastmath<contract> : vector<16xf32>
            %4630 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %4631 = arith.mulf %4626, %4630 fastmath<contract> : vector<16xf32>
            %4632 = arith.subf %4629, %4631 fastmath<contract> : vector<16xf32>
            %4633 = arith.constant dense<0.000198756912> : vector<16xf32>
            %4634 = arith.mulf %4633, %4632 fastmath<contract> : vector<16xf32>
            %4635 = arith.constant dense<0.00139819994> : vector<16xf32>
            %4636 = arith.addf %4634, %4635 fastmath<contract> : vector<16xf32>
            %4637 = arith.mulf %4636, %4632 fastmath<contract> : vector<16xf32>
            %4638 = arith.constant dense<0.00833345205> : vector<16xf32>
            %4639 = arith.addf %4637, %4638 fastmath<contract> : vector<16xf32>
            %4640 = arith.mulf %4639, %4632 fastmath<contract> : vector<16xf32>
            %4641 = arith.constant dense<0.0416657962> : vector<16xf32>
            %4642 = arith.addf %4640, %4641 fastmath<contract> : vector<16xf32>
            %4643 = arith.mulf %4642, %4632 fastmath<contract> : vector<16xf32>
            %4644 = arith.constant dense<0.166666657> : vector<16xf32>
            %4645 = arith.addf %4643, %4644 fastmath<contract> : vector<16xf32>
            %4646 = arith.mulf %4645, %4632 fastmath<contract> : vector<16xf32>
            %4647 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %4648 = arith.addf %4646, %4647 fastmath<contract> : vector<16xf32>
            %4649 = arith.mulf %4632, %4632 fastmath<contract> : vector<16xf32>
            %4650 = arith.mulf %4648, %4649 fastmath<contract> : vector<16xf32>
            %4651 = arith.addf %4650, %4632 fastmath<contract> : vector<16xf32>
            %4652 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %4653 = arith.addf %4651, %4652 fastmath<contract> : vector<16xf32>
            %4654 = arith.fptosi %4626 : vector<16xf32> to vector<16xi32>
            %4655 = arith.constant dense<23> : vector<16xi32>
            %4656 = arith.shli %4654, %4655 : vector<16xi32>
            %4657 = arith.bitcast %4653 : vector<16xf32> to vector<16xi32>
            %4658 = arith.addi %4657, %4656 : vector<16xi32>
            %4659 = arith.bitcast %4658 : vector<16xi32> to vector<16xf32>
            %4660 = arith.constant dense<-87.3365479> : vector<16xf32>
            %4661 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %4662 = arith.cmpf olt, %4619, %4660 : vector<16xf32>
            %4663 = arith.select %4662, %4661, %4659 : vector<16xf32>
            %4664 = arith.constant dense<88.7228394> : vector<16xf32>
            %4665 = arith.constant dense<0x7f800000> : vector<16xf32>
            %4666 = arith.cmpf ogt, %4619, %4664 : vector<16xf32>
            %4667 = arith.select %4666, %4665, %4663 : vector<16xf32>
            %4668 = arith.cmpf uno, %4619, %4619 : vector<16xf32>
            %4669 = arith.select %4668, %4619, %4667 : vector<16xf32>
            %4670 = arith.select %4420, %4669, %40 : vector<16xf32>
            vector.store %4670, %31[%4385] : memref<2048xf32>, vector<16xf32>
            %4671 = arith.subf %4439, %4277 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4672 = arith.cmpf ogt, %4671, %4445 : vector<16xf32>
            %4673 = arith.select %4672, %4671, %4445 : vector<16xf32>
            %4674 = arith.cmpf olt, %4673, %4449 : vector<16xf32>
            %4675 = arith.select %4674, %4673, %4449 : vector<16xf32>
            %4676 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %4677 = arith.minnumf %4675, %4676 : vector<16xf32>
            %4678 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %4679 = arith.maxnumf %4677, %4678 : vector<16xf32>
            %4680 = arith.constant dense<1.44269502> : vector<16xf32>
            %4681 = arith.mulf %4679, %4680 fastmath<contract> : vector<16xf32>
            %4682 = rlx_cpu.rint %4681 : vector<16xf32>
            %4683 = arith.constant dense<0.693359375> : vector<16xf32>
            %4684 = arith.mulf %4682, %4683 fastmath<contract> : vector<16xf32>
            %4685 = arith.subf %4679, %4684 fastmath<contract> : vector<16xf32>
            %4686 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %4687 = arith.mulf %4682, %4686 fastmath<contract> : vector<16xf32>
            %4688 = arith.subf %4685, %4687 fastmath<contract> : vector<16xf32>
            %4689 = arith.constant dense<0.000198756912> : vector<16xf32>
            %4690 = arith.mulf %4689, %4688 fastmath<contract> : vector<16xf32>
            %4691 = arith.constant dense<0.00139819994> : vector<16xf32>
            %4692 = arith.addf %4690, %4691 fastmath<contract> : vector<16xf32>
            %4693 = arith.mulf %4692, %4688 fastmath<contract> : vector<16xf32>
            %4694 = arith.constant dense<0.00833345205> : vector<16xf32>
            %4695 = arith.addf %4693, %4694 fastmath<contract> : vector<16xf32>
            %4696 = arith.mulf %4695, %4688 fastmath<contract> : vector<16xf32>
            %4697 = arith.constant dense<0.0416657962> : vector<16xf32>
            %4698 = arith.addf %4696, %4697 fastmath<contract> : vector<16xf32>
            %4699 = arith.mulf %4698, %4688 fastmath<contract> : vector<16xf32>
            %4700 = arith.constant dense<0.166666657> : vector<16xf32>
            %4701 = arith.addf %4699, %4700 fastmath<contract> : vector<16xf32>
            %4702 = arith.mulf %4701, %4688 fastmath<contract> : vector<16xf32>
            %4703 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %4704 = arith.addf %4702, %4703 fastmath<contract> : vector<16xf32>
            %4705 = arith.mulf %4688, %4688 fastmath<contract> : vector<16xf32>
            %4706 = arith.mulf %4704, %4705 fastmath<contract> : vector<16xf32>
            %4707 = arith.addf %4706, %4688 fastmath<contract> : vector<16xf32>
            %4708 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %4709 = arith.addf %4707, %4708 fastmath<contract> : vector<16xf32>
            %4710 = arith.fptosi %4682 : vector<16xf32> to vector<16xi32>
            %4711 = arith.constant dense<23> : vector<16xi32>
            %4712 = arith.shli %4710, %4711 : vector<16xi32>
            %4713 = arith.bitcast %4709 : vector<16xf32> to vector<16xi32>
            %4714 = arith.addi %4713, %4712 : vector<16xi32>
            %4715 = arith.bitcast %4714 : vector<16xi32> to vector<16xf32>
            %4716 = arith.constant dense<-87.3365479> : vector<16xf32>
            %4717 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %4718 = arith.cmpf olt, %4675, %4716 : vector<16xf32>
            %4719 = arith.select %4718, %4717, %4715 : vector<16xf32>
            %4720 = arith.constant dense<88.7228394> : vector<16xf32>
            %4721 = arith.constant dense<0x7f800000> : vector<16xf32>
            %4722 = arith.cmpf ogt, %4675, %4720 : vector<16xf32>
            %4723 = arith.select %4722, %4721, %4719 : vector<16xf32>
            %4724 = arith.cmpf uno, %4675, %4675 : vector<16xf32>
            %4725 = arith.select %4724, %4675, %4723 : vector<16xf32>
            %4726 = arith.select %4423, %4725, %40 : vector<16xf32>
            vector.store %4726, %31[%4390] : memref<2048xf32>, vector<16xf32>
            %4727 = arith.subf %4440, %4277 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4728 = arith.cmpf ogt, %4727, %4445 : vector<16xf32>
            %4729 = arith.select %4728, %4727, %4445 : vector<16xf32>
            %4730 = arith.cmpf olt, %4729, %4449 : vector<16xf32>
            %4731 = arith.select %4730, %4729, %4449 : vector<16xf32>
            %4732 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %4733 = arith.minnumf %4731, %4732 : vector<16xf32>
            %4734 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %4735 = arith.maxnumf %4733, %4734 : vector<16xf32>
            %4736 = arith.constant dense<1.44269502> : vector<16xf32>
            %4737 = arith.mulf %4735, %4736 fastmath<contract> : vector<16xf32>
            %4738 = rlx_cpu.rint %4737 : vector<16xf32>
            %4739 = arith.constant dense<0.693359375> : vector<16xf32>
            %4740 = arith.mulf %4738, %4739 fastmath<contract> : vector<16xf32>
            %4741 = arith.subf %4735, %4740 fastmath<contract> : vector<16xf32>
            %4742 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %4743 = arith.mulf %4738, %4742 fastmath<contract> : vector<16xf32>
            %4744 = arith.subf %4741, %4743 fastmath<contract> : vector<16xf32>
            %4745 = arith.constant dense<0.000198756912> : vector<16xf32>
            %4746 = arith.mulf %4745, %4744 fastmath<contract> : vector<16xf32>
            %4747 = arith.constant dense<0.00139819994> : vector<16xf32>
            %4748 = arith.addf %4746, %4747 fastmath<contract> : vector<16xf32>
            %4749 = arith.mulf %4748, %4744 fastmath<contract> : vector<16xf32>
            %4750 = arith.constant dense<0.00833345205> : vector<16xf32>
            %4751 = arith.addf %4749, %4750 fastmath<contract> : vector<16xf32>
            %4752 = arith.mulf %4751, %4744 fastmath<contract> : vector<16xf32>
            %4753 = arith.constant dense<0.0416657962> : vector<16xf32>
            %4754 = arith.addf %4752, %4753 fastmath<contract> : vector<16xf32>
            %4755 = arith.mulf %4754, %4744 fastmath<contract> : vector<16xf32>
            %4756 = arith.constant dense<0.166666657> : vector<16xf32>
            %4757 = arith.addf %4755, %4756 fastmath<contract> : vector<16xf32>
            %4758 = arith.mulf %4757, %4744 fastmath<contract> : vector<16xf32>
            %4759 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %4760 = arith.addf %4758, %4759 fastmath<contract> : vector<16xf32>
            %4761 = arith.mulf %4744, %4744 fastmath<contract> : vector<16xf32>
            %4762 = arith.mulf %4760, %4761 fastmath<contract> : vector<16xf32>
            %4763 = arith.addf %4762, %4744 fastmath<contract> : vector<16xf32>
            %4764 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %4765 = arith.addf %4763, %4764 fastmath<contract> : vector<16xf32>
            %4766 = arith.fptosi %4738 : vector<16xf32> to vector<16xi32>
            %4767 = arith.constant dense<23> : vector<16xi32>
            %4768 = arith.shli %4766, %4767 : vector<16xi32>
            %4769 = arith.bitcast %4765 : vector<16xf32> to vector<16xi32>
            %4770 = arith.addi %4769, %4768 : vector<16xi32>
            %4771 = arith.bitcast %4770 : vector<16xi32> to vector<16xf32>
            %4772 = arith.constant dense<-87.3365479> : vector<16xf32>
            %4773 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %4774 = arith.cmpf olt, %4731, %4772 : vector<16xf32>
            %4775 = arith.select %4774, %4773, %4771 : vector<16xf32>
            %4776 = arith.constant dense<88.7228394> : vector<16xf32>
            %4777 = arith.constant dense<0x7f800000> : vector<16xf32>
            %4778 = arith.cmpf ogt, %4731, %4776 : vector<16xf32>
            %4779 = arith.select %4778, %4777, %4775 : vector<16xf32>
            %4780 = arith.cmpf uno, %4731, %4731 : vector<16xf32>
            %4781 = arith.select %4780, %4731, %4779 : vector<16xf32>
            %4782 = arith.select %4426, %4781, %40 : vector<16xf32>
            vector.store %4782, %31[%4395] : memref<2048xf32>, vector<16xf32>
            %4783 = arith.subf %4441, %4277 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4784 = arith.cmpf ogt, %4783, %4445 : vector<16xf32>
            %4785 = arith.select %4784, %4783, %4445 : vector<16xf32>
            %4786 = arith.cmpf olt, %4785, %4449 : vector<16xf32>
            %4787 = arith.select %4786, %4785, %4449 : vector<16xf32>
            %4788 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %4789 = arith.minnumf %4787, %4788 : vector<16xf32>
            %4790 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %4791 = arith.maxnumf %4789, %4790 : vector<16xf32>
            %4792 = arith.constant dense<1.44269502> : vector<16xf32>
            %4793 = arith.mulf %4791, %4792 fastmath<contract> : vector<16xf32>
            %4794 = rlx_cpu.rint %4793 : vector<16xf32>
            %4795 = arith.constant dense<0.693359375> : vector<16xf32>
            %4796 = arith.mulf %4794, %4795 fastmath<contract> : vector<16xf32>
            %4797 = arith.subf %4791, %4796 fastmath<contract> : vector<16xf32>
            %4798 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %4799 = arith.mulf %4794, %4798 fastmath<contract> : vector<16xf32>
            %4800 = arith.subf %4797, %4799 fastmath<contract> : vector<16xf32>
            %4801 = arith.constant dense<0.000198756912> : vector<16xf32>
            %4802 = arith.mulf %4801, %4800 fastmath<contract> : vector<16xf32>
            %4803 = arith.constant dense<0.00139819994> : vector<16xf32>
            %4804 = arith.addf %4802, %4803 fastmath<contract> : vector<16xf32>
            %4805 = arith.mulf %4804, %4800 fastmath<contract> : vector<16xf32>
            %4806 = arith.constant dense<0.00833345205> : vector<16xf32>
            %4807 = arith.addf %4805, %4806 fastmath<contract> : vector<16xf32>
            %4808 = arith.mulf %4807, %4800 fastmath<contract> : vector<16xf32>
            %4809 = arith.constant dense<0.0416657962> : vector<16xf32>
            %4810 = arith.addf %4808, %4809 fastmath<contract> : vector<16xf32>
            %4811 = arith.mulf %4810, %4800 fastmath<contract> : vector<16xf32>
            %4812 = arith.constant dense<0.166666657> : vector<16xf32>
            %4813 = arith.addf %4811, %4812 fastmath<contract> : vector<16xf32>
            %4814 = arith.mulf %4813, %4800 fastmath<contract> : vector<16xf32>
            %4815 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %4816 = arith.addf %4814, %4815 fastmath<contract> : vector<16xf32>
            %4817 = arith.mulf %4800, %4800 fastmath<contract> : vector<16xf32>
            %4818 = arith.mulf %4816, %4817 fastmath<contract> : vector<16xf32>
            %4819 = arith.addf %4818, %4800 fastmath<contract> : vector<16xf32>
            %4820 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %4821 = arith.addf %4819, %4820 fastmath<contract> : vector<16xf32>
            %4822 = arith.fptosi %4794 : vector<16xf32> to vector<16xi32>
            %4823 = arith.constant dense<23> : vector<16xi32>
            %4824 = arith.shli %4822, %4823 : vector<16xi32>
            %4825 = arith.bitcast %4821 : vector<16xf32> to vector<16xi32>
            %4826 = arith.addi %4825, %4824 : vector<16xi32>
            %4827 = arith.bitcast %4826 : vector<16xi32> to vector<16xf32>
            %4828 = arith.constant dense<-87.3365479> : vector<16xf32>
            %4829 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %4830 = arith.cmpf olt, %4787, %4828 : vector<16xf32>
            %4831 = arith.select %4830, %4829, %4827 : vector<16xf32>
            %4832 = arith.constant dense<88.7228394> : vector<16xf32>
            %4833 = arith.constant dense<0x7f800000> : vector<16xf32>
            %4834 = arith.cmpf ogt, %4787, %4832 : vector<16xf32>
            %4835 = arith.select %4834, %4833, %4831 : vector<16xf32>
            %4836 = arith.cmpf uno, %4787, %4787 : vector<16xf32>
            %4837 = arith.select %4836, %4787, %4835 : vector<16xf32>
            %4838 = arith.select %4429, %4837, %40 : vector<16xf32>
            vector.store %4838, %31[%4400] : memref<2048xf32>, vector<16xf32>
            %4839 = arith.subf %4442, %4277 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4840 = arith.cmpf ogt, %4839, %4445 : vector<16xf32>
            %4841 = arith.select %4840, %4839, %4445 : vector<16xf32>
            %4842 = arith.cmpf olt, %4841, %4449 : vector<16xf32>
            %4843 = arith.select %4842, %4841, %4449 : vector<16xf32>
            %4844 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %4845 = arith.minnumf %4843, %4844 : vector<16xf32>
            %4846 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %4847 = arith.maxnumf %4845, %4846 : vector<16xf32>
            %4848 = arith.constant dense<1.44269502> : vector<16xf32>
            %4849 = arith.mulf %4847, %4848 fastmath<contract> : vector<16xf32>
            %4850 = rlx_cpu.rint %4849 : vector<16xf32>
            %4851 = arith.constant dense<0.693359375> : vector<16xf32>
            %4852 = arith.mulf %4850, %4851 fastmath<contract> : vector<16xf32>
            %4853 = arith.subf %4847, %4852 fastmath<contract> : vector<16xf32>
            %4854 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %4855 = arith.mulf %4850, %4854 fastmath<contract> : vector<16xf32>
            %4856 = arith.subf %4853, %4855 fastmath<contract> : vector<16xf32>
            %4857 = arith.constant dense<0.000198756912> : vector<16xf32>
            %4858 = arith.mulf %4857, %4856 fastmath<contract> : vector<16xf32>
            %4859 = arith.constant dense<0.00139819994> : vector<16xf32>
            %4860 = arith.addf %4858, %4859 fastmath<contract> : vector<16xf32>
            %4861 = arith.mulf %4860, %4856 fastmath<contract> : vector<16xf32>
            %4862 = arith.constant dense<0.00833345205> : vector<16xf32>
            %4863 = arith.addf %4861, %4862 fastmath<contract> : vector<16xf32>
            %4864 = arith.mulf %4863, %4856 fastmath<contract> : vector<16xf32>
            %4865 = arith.constant dense<0.0416657962> : vector<16xf32>
            %4866 = arith.addf %4864, %4865 fastmath<contract> : vector<16xf32>
            %4867 = arith.mulf %4866, %4856 fastmath<contract> : vector<16xf32>
            %4868 = arith.constant dense<0.166666657> : vector<16xf32>
            %4869 = arith.addf %4867, %4868 fastmath<contract> : vector<16xf32>
            %4870 = arith.mulf %4869, %4856 fastmath<contract> : vector<16xf32>
            %4871 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %4872 = arith.addf %4870, %4871 fastmath<contract> : vector<16xf32>
            %4873 = arith.mulf %4856, %4856 fastmath<contract> : vector<16xf32>
            %4874 = arith.mulf %4872, %4873 fastmath<contract> : vector<16xf32>
            %4875 = arith.addf %4874, %4856 fastmath<contract> : vector<16xf32>
            %4876 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %4877 = arith.addf %4875, %4876 fastmath<contract> : vector<16xf32>
            %4878 = arith.fptosi %4850 : vector<16xf32> to vector<16xi32>
            %4879 = arith.constant dense<23> : vector<16xi32>
            %4880 = arith.shli %4878, %4879 : vector<16xi32>
            %4881 = arith.bitcast %4877 : vector<16xf32> to vector<16xi32>
            %4882 = arith.addi %4881, %4880 : vector<16xi32>
            %4883 = arith.bitcast %4882 : vector<16xi32> to vector<16xf32>
            %4884 = arith.constant dense<-87.3365479> : vector<16xf32>
            %4885 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %4886 = arith.cmpf olt, %4843, %4884 : vector<16xf32>
            %4887 = arith.select %4886, %4885, %4883 : vector<16xf32>
            %4888 = arith.constant dense<88.7228394> : vector<16xf32>
            %4889 = arith.constant dense<0x7f800000> : vector<16xf32>
            %4890 = arith.cmpf ogt, %4843, %4888 : vector<16xf32>
            %4891 = arith.select %4890, %4889, %4887 : vector<16xf32>
            %4892 = arith.cmpf uno, %4843, %4843 : vector<16xf32>
            %4893 = arith.select %4892, %4843, %4891 : vector<16xf32>
            %4894 = arith.select %4432, %4893, %40 : vector<16xf32>
            vector.store %4894, %31[%4405] : memref<2048xf32>, vector<16xf32>
            %4895 = arith.addf %4502, %4558 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4896 = arith.addf %4614, %4670 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4897 = arith.addf %4726, %4782 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4898 = arith.addf %4838, %4894 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4899 = arith.addf %4895, %4896 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4900 = arith.addf %4897, %4898 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4901 = arith.addf %4899, %4900 fastmath<nsz,arcp,afn> : vector<16xf32>
            %4902 = arith.addf %4370, %4901 fastmath<nsz,arcp,afn> : vector<16xf32>
            scf.yield %4902 : vector<16xf32>
          }
          %4903 = arith.subf %4276, %4277 fastmath<nsz,arcp,afn> : vector<16xf32>
          %4904 = arith.constant -8.700000e+01 : f32
          %4905 = vector.broadcast %4904 : f32 to vector<16xf32>
          %4906 = arith.cmpf ogt, %4903, %4905 : vector<16xf32>
          %4907 = arith.select %4906, %4903, %4905 : vector<16xf32>
          %4908 = arith.constant 8.800000e+01 : f32
          %4909 = vector.broadcast %4908 : f32 to vector<16xf32>
          %4910 = arith.cmpf olt, %4907, %4909 : vector<16xf32>
          %4911 = arith.select %4910, %4907, %4909 : vector<16xf32>
          %4912 = arith.constant dense<8.870000e+01> : vector<16xf32>
          %4913 = arith.minnumf %4911, %4912 : vector<16xf32>
          %4914 = arith.constant dense<-8.830000e+01> : vector<16xf32>
          %4915 = arith.maxnumf %4913, %4914 : vector<16xf32>
          %4916 = arith.constant dense<1.44269502> : vector<16xf32>
          %4917 = arith.mulf %4915, %4916 fastmath<contract> : vector<16xf32>
          %4918 = rlx_cpu.rint %4917 : vector<16xf32>
          %4919 = arith.constant dense<0.693359375> : vector<16xf32>
          %4920 = arith.mulf %4918, %4919 fastmath<contract> : vector<16xf32>
          %4921 = arith.subf %4915, %4920 fastmath<contract> : vector<16xf32>
          %4922 = arith.constant dense<-0.000212194442> : vector<16xf32>
          %4923 = arith.mulf %4918, %4922 fastmath<contract> : vector<16xf32>
          %4924 = arith.subf %4921, %4923 fastmath<contract> : vector<16xf32>
          %4925 = arith.constant dense<0.000198756912> : vector<16xf32>
          %4926 = arith.mulf %4925, %4924 fastmath<contract> : vector<16xf32>
          %4927 = arith.constant dense<0.00139819994> : vector<16xf32>
          %4928 = arith.addf %4926, %4927 fastmath<contract> : vector<16xf32>
          %4929 = arith.mulf %4928, %4924 fastmath<contract> : vector<16xf32>
          %4930 = arith.constant dense<0.00833345205> : vector<16xf32>
          %4931 = arith.addf %4929, %4930 fastmath<contract> : vector<16xf32>
          %4932 = arith.mulf %4931, %4924 fastmath<contract> : vector<16xf32>
          %4933 = arith.constant dense<0.0416657962> : vector<16xf32>
          %4934 = arith.addf %4932, %4933 fastmath<contract> : vector<16xf32>
          %4935 = arith.mulf %4934, %4924 fastmath<contract> : vector<16xf32>
          %4936 = arith.constant dense<0.166666657> : vector<16xf32>
          %4937 = arith.addf %4935, %4936 fastmath<contract> : vector<16xf32>
          %4938 = arith.mulf %4937, %4924 fastmath<contract> : vector<16xf32>
          %4939 = arith.constant dense<5.000000e-01> : vector<16xf32>
          %4940 = arith.addf %4938, %4939 fastmath<contract> : vector<16xf32>
          %4941 = arith.mulf %4924, %4924 fastmath<contract> : vector<16xf32>
          %4942 = arith.mulf %4940, %4941 fastmath<contract> : vector<16xf32>
          %4943 = arith.addf %4942, %4924 fastmath<contract> : vector<16xf32>
          %4944 = arith.constant dense<1.000000e+00> : vector<16xf32>
          %4945 = arith.addf %4943, %4944 fastmath<contract> : vector<16xf32>
          %4946 = arith.fptosi %4918 : vector<16xf32> to vector<16xi32>
          %4947 = arith.constant dense<23> : vector<16xi32>
          %4948 = arith.shli %4946, %4947 : vector<16xi32>
          %4949 = arith.bitcast %4945 : vector<16xf32> to vector<16xi32>
          %4950 = arith.addi %4949, %4948 : vector<16xi32>
          %4951 = arith.bitcast %4950 : vector<16xi32> to vector<16xf32>
          %4952 = arith.constant dense<-87.3365479> : vector<16xf32>
          %4953 = arith.constant dense<0.000000e+00> : vector<16xf32>
          %4954 = arith.cmpf olt, %4911, %4952 : vector<16xf32>
          %4955 = arith.select %4954, %4953, %4951 : vector<16xf32>
          %4956 = arith.constant dense<88.7228394> : vector<16xf32>
          %4957 = arith.constant dense<0x7f800000> : vector<16xf32>
          %4958 = arith.cmpf ogt, %4911, %4956 : vector<16xf32>
          %4959 = arith.select %4958, %4957, %4955 : vector<16xf32>
          %4960 = arith.cmpf uno, %4911, %4911 : vector<16xf32>
          %4961 = arith.select %4960, %4911, %4959 : vector<16xf32>
          vector.store %4277, %30[%4267] : memref<256xf32>, vector<16xf32>
          %4962 = arith.addi %4267, %34 : index
          %4963 = vector.load %30[%4962] : memref<256xf32>, vector<16xf32>
          %4964 = arith.mulf %4963, %4961 fastmath<nsz,arcp,afn> : vector<16xf32>
          %4965 = arith.addf %4964, %4368 fastmath<nsz,arcp,afn> : vector<16xf32>
          vector.store %4965, %30[%4962] : memref<256xf32>, vector<16xf32>
          %4966 = arith.addi %4267, %15 : index
          vector.store %4961, %30[%4966] : memref<256xf32>, vector<16xf32>
        }
        %4967 = arith.divui %24, %11 : index
        %4968 = arith.muli %4967, %11 : index
        scf.for %4969 = %14 to %4968 step %11 {
          %4970 = arith.addi %4969, %13 : index
          %4971 = arith.divui %4969, %11 : index
          %4972 = arith.remui %4969, %11 : index
          %4973 = arith.addi %21, %4971 : index
          %4974 = arith.muli %19, %11 : index
          %4975 = arith.addi %4974, %4972 : index
          %4976 = arith.muli %20, %1 : index
          %4977 = arith.addi %4976, %4973 : index
          %4978 = arith.constant 4 : index
          %4979 = arith.muli %4977, %4978 : index
          %4980 = arith.addi %4979, %4975 : index
          %4981 = arith.muli %4980, %12 : index
          %4982 = arith.divui %4970, %11 : index
          %4983 = arith.remui %4970, %11 : index
          %4984 = arith.addi %21, %4982 : index
          %4985 = arith.addi %4974, %4983 : index
          %4986 = arith.addi %4976, %4984 : index
          %4987 = arith.muli %4986, %4978 : index
          %4988 = arith.addi %4987, %4985 : index
          %4989 = arith.muli %4988, %12 : index
          %4990 = arith.divui %4969, %27 : index
          %4991 = arith.remui %4969, %27 : index
          %4992 = arith.muli %4990, %15 : index
          %4993 = arith.addi %4992, %4991 : index
          %4994 = arith.addi %4969, %15 : index
          %4995 = memref.load %30[%4994] : memref<256xf32>
          %4996 = vector.broadcast %4995 : f32 to vector<16xf32>
          %4997 = arith.addi %4970, %15 : index
          %4998 = memref.load %30[%4997] : memref<256xf32>
          %4999 = vector.broadcast %4998 : f32 to vector<16xf32>
          %5000 = arith.addi %4981, %27 : index
          %5001 = arith.addi %4989, %27 : index
          %5002 = vector.load %3[%4981] : memref<?xf32>, vector<16xf32>
          %5003 = arith.mulf %5002, %4996 fastmath<nsz,arcp,afn> : vector<16xf32>
          %5004 = vector.load %3[%5000] : memref<?xf32>, vector<16xf32>
          %5005 = arith.mulf %5004, %4996 fastmath<nsz,arcp,afn> : vector<16xf32>
          %5006 = vector.load %3[%4989] : memref<?xf32>, vector<16xf32>
          %5007 = arith.mulf %5006, %4999 fastmath<nsz,arcp,afn> : vector<16xf32>
          %5008 = vector.load %3[%5001] : memref<?xf32>, vector<16xf32>
          %5009 = arith.mulf %5008, %4999 fastmath<nsz,arcp,afn> : vector<16xf32>
          %5010 = vector.load %7[%3774] : memref<?xf32>, vector<16xf32>
          %5011 = arith.addi %3774, %27 : index
          %5012 = vector.load %7[%5011] : memref<?xf32>, vector<16xf32>
          %5013 = memref.load %31[%4993] : memref<2048xf32>
          %5014 = vector.broadcast %5013 : f32 to vector<16xf32>
          %5015 = vector.fma %5014, %5010, %5003 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5016 = vector.fma %5014, %5012, %5005 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5017 = arith.addi %4993, %13 : index
          %5018 = memref.load %31[%5017] : memref<2048xf32>
          %5019 = vector.broadcast %5018 : f32 to vector<16xf32>
          %5020 = vector.fma %5019, %5010, %5007 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5021 = vector.fma %5019, %5012, %5009 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5022 = arith.addi %3774, %34 : index
          %5023 = vector.load %7[%5022] : memref<?xf32>, vector<16xf32>
          %5024 = arith.constant 80 : index
          %5025 = arith.addi %3774, %5024 : index
          %5026 = vector.load %7[%5025] : memref<?xf32>, vector<16xf32>
          %5027 = arith.addi %4993, %27 : index
          %5028 = memref.load %31[%5027] : memref<2048xf32>
          %5029 = vector.broadcast %5028 : f32 to vector<16xf32>
          %5030 = vector.fma %5029, %5023, %5015 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5031 = vector.fma %5029, %5026, %5016 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5032 = arith.constant 17 : index
          %5033 = arith.addi %4993, %5032 : index
          %5034 = memref.load %31[%5033] : memref<2048xf32>
          %5035 = vector.broadcast %5034 : f32 to vector<16xf32>
          %5036 = vector.fma %5035, %5023, %5020 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5037 = vector.fma %5035, %5026, %5021 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5038 = arith.addi %3774, %15 : index
          %5039 = vector.load %7[%5038] : memref<?xf32>, vector<16xf32>
          %5040 = arith.constant 144 : index
          %5041 = arith.addi %3774, %5040 : index
          %5042 = vector.load %7[%5041] : memref<?xf32>, vector<16xf32>
          %5043 = arith.addi %4993, %12 : index
          %5044 = memref.load %31[%5043] : memref<2048xf32>
          %5045 = vector.broadcast %5044 : f32 to vector<16xf32>
          %5046 = vector.fma %5045, %5039, %5030 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5047 = vector.fma %5045, %5042, %5031 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5048 = arith.constant 33 : index
          %5049 = arith.addi %4993, %5048 : index
          %5050 = memref.load %31[%5049] : memref<2048xf32>
          %5051 = vector.broadcast %5050 : f32 to vector<16xf32>
          %5052 = vector.fma %5051, %5039, %5036 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5053 = vector.fma %5051, %5042, %5037 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5054 = arith.constant 192 : index
          %5055 = arith.addi %3774, %5054 : index
          %5056 = vector.load %7[%5055] : memref<?xf32>, vector<16xf32>
          %5057 = arith.constant 208 : index
          %5058 = arith.addi %3774, %5057 : index
          %5059 = vector.load %7[%5058] : memref<?xf32>, vector<16xf32>
          %5060 = arith.constant 48 : index
          %5061 = arith.addi %4993, %5060 : index
          %5062 = memref.load %31[%5061] : memref<2048xf32>
          %5063 = vector.broadcast %5062 : f32 to vector<16xf32>
          %5064 = vector.fma %5063, %5056, %5046 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5065 = vector.fma %5063, %5059, %5047 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5066 = arith.constant 49 : index
          %5067 = arith.addi %4993, %5066 : index
          %5068 = memref.load %31[%5067] : memref<2048xf32>
          %5069 = vector.broadcast %5068 : f32 to vector<16xf32>
          %5070 = vector.fma %5069, %5056, %5052 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5071 = vector.fma %5069, %5059, %5053 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5072 = arith.constant 256 : index
          %5073 = arith.addi %3774, %5072 : index
          %5074 = vector.load %7[%5073] : memref<?xf32>, vector<16xf32>
          %5075 = arith.constant 272 : index
          %5076 = arith.addi %3774, %5075 : index
          %5077 = vector.load %7[%5076] : memref<?xf32>, vector<16xf32>
          %5078 = arith.addi %4993, %34 : index
          %5079 = memref.load %31[%5078] : memref<2048xf32>
          %5080 = vector.broadcast %5079 : f32 to vector<16xf32>
          %5081 = vector.fma %5080, %5074, %5064 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5082 = vector.fma %5080, %5077, %5065 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5083 = arith.constant 65 : index
          %5084 = arith.addi %4993, %5083 : index
          %5085 = memref.load %31[%5084] : memref<2048xf32>
          %5086 = vector.broadcast %5085 : f32 to vector<16xf32>
          %5087 = vector.fma %5086, %5074, %5070 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5088 = vector.fma %5086, %5077, %5071 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5089 = arith.constant 320 : index
          %5090 = arith.addi %3774, %5089 : index
          %5091 = vector.load %7[%5090] : memref<?xf32>, vector<16xf32>
          %5092 = arith.constant 336 : index
          %5093 = arith.addi %3774, %5092 : index
          %5094 = vector.load %7[%5093] : memref<?xf32>, vector<16xf32>
          %5095 = arith.addi %4993, %5024 : index
          %5096 = memref.load %31[%5095] : memref<2048xf32>
          %5097 = vector.broadcast %5096 : f32 to vector<16xf32>
          %5098 = vector.fma %5097, %5091, %5081 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5099 = vector.fma %5097, %5094, %5082 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5100 = arith.constant 81 : index
          %5101 = arith.addi %4993, %5100 : index
          %5102 = memref.load %31[%5101] : memref<2048xf32>
          %5103 = vector.broadcast %5102 : f32 to vector<16xf32>
          %5104 = vector.fma %5103, %5091, %5087 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5105 = vector.fma %5103, %5094, %5088 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5106 = arith.constant 384 : index
          %5107 = arith.addi %3774, %5106 : index
          %5108 = vector.load %7[%5107] : memref<?xf32>, vector<16xf32>
          %5109 = arith.constant 400 : index
          %5110 = arith.addi %3774, %5109 : index
          %5111 = vector.load %7[%5110] : memref<?xf32>, vector<16xf32>
          %5112 = arith.constant 96 : index
          %5113 = arith.addi %4993, %5112 : index
          %5114 = memref.load %31[%5113] : memref<2048xf32>
          %5115 = vector.broadcast %5114 : f32 to vector<16xf32>
          %5116 = vector.fma %5115, %5108, %5098 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5117 = vector.fma %5115, %5111, %5099 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5118 = arith.constant 97 : index
          %5119 = arith.addi %4993, %5118 : index
          %5120 = memref.load %31[%5119] : memref<2048xf32>
          %5121 = vector.broadcast %5120 : f32 to vector<16xf32>
          %5122 = vector.fma %5121, %5108, %5104 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5123 = vector.fma %5121, %5111, %5105 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5124 = arith.constant 448 : index
          %5125 = arith.addi %3774, %5124 : index
          %5126 = vector.load %7[%5125] : memref<?xf32>, vector<16xf32>
          %5127 = arith.constant 464 : index
          %5128 = arith.addi %3774, %5127 : index
          %5129 = vector.load %7[%5128] : memref<?xf32>, vector<16xf32>
          %5130 = arith.constant 112 : index
          %5131 = arith.addi %4993, %5130 : index
          %5132 = memref.load %31[%5131] : memref<2048xf32>
          %5133 = vector.broadcast %5132 : f32 to vector<16xf32>
          %5134 = vector.fma %5133, %5126, %5116 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5135 = vector.fma %5133, %5129, %5117 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5136 = arith.constant 113 : index
          %5137 = arith.addi %4993, %5136 : index
          %5138 = memref.load %31[%5137] : memref<2048xf32>
          %5139 = vector.broadcast %5138 : f32 to vector<16xf32>
          %5140 = vector.fma %5139, %5126, %5122 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          %5141 = vector.fma %5139, %5129, %5123 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
          vector.store %5134, %3[%4981] : memref<?xf32>, vector<16xf32>
          vector.store %5135, %3[%5000] : memref<?xf32>, vector<16xf32>
          vector.store %5140, %3[%4989] : memref<?xf32>, vector<16xf32>
          vector.store %5141, %3[%5001] : memref<?xf32>, vector<16xf32>
        }
        scf.for %5142 = %4968 to %24 step %13 {
          %5143 = arith.divui %5142, %11 : index
          %5144 = arith.remui %5142, %11 : index
          %5145 = arith.addi %21, %5143 : index
          %5146 = arith.muli %19, %11 : index
          %5147 = arith.addi %5146, %5144 : index
          %5148 = arith.muli %20, %1 : index
          %5149 = arith.addi %5148, %5145 : index
          %5150 = arith.constant 4 : index
          %5151 = arith.muli %5149, %5150 : index
          %5152 = arith.addi %5151, %5147 : index
          %5153 = arith.muli %5152, %12 : index
          %5154 = arith.divui %5142, %27 : index
          %5155 = arith.remui %5142, %27 : index
          %5156 = arith.muli %5154, %15 : index
          %5157 = arith.addi %5156, %5155 : index
          %5158 = arith.addi %5142, %15 : index
          %5159 = memref.load %30[%5158] : memref<256xf32>
          %5160 = vector.broadcast %5159 : f32 to vector<16xf32>
          %5161 = arith.addi %5153, %27 : index
          %5162 = vector.load %3[%5153] : memref<?xf32>, vector<16xf32>
          %5163 = arith.mulf %5162, %5160 fastmath<nsz,arcp,afn> : vector<16xf32>
          %5164 = vector.load %3[%5161] : memref<?xf32>, vector<16xf32>
          %5165 = arith.mulf %5164, %5160 fastmath<nsz,arcp,afn> : vector<16xf32>
          %5166, %5167 = scf.for %5168 = %14 to %424 step %424 iter_args(%5169 = %5163, %5170 = %5165) -> (vector<16xf32>, vector<16xf32>) {
            %5171 = arith.muli %5168, %34 : index
            %5172 = arith.addi %3774, %5171 : index
            %5173 = arith.muli %5168, %27 : index
            %5174 = arith.addi %5157, %5173 : index
            %5175 = vector.load %7[%5172] : memref<?xf32>, vector<16xf32>
            %5176 = arith.addi %5172, %27 : index
            %5177 = vector.load %7[%5176] : memref<?xf32>, vector<16xf32>
            %5178 = memref.load %31[%5174] : memref<2048xf32>
            %5179 = vector.broadcast %5178 : f32 to vector<16xf32>
            %5180 = vector.fma %5179, %5175, %5169 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5181 = vector.fma %5179, %5177, %5170 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5182 = arith.addi %5172, %34 : index
            %5183 = vector.load %7[%5182] : memref<?xf32>, vector<16xf32>
            %5184 = arith.constant 80 : index
            %5185 = arith.addi %5172, %5184 : index
            %5186 = vector.load %7[%5185] : memref<?xf32>, vector<16xf32>
            %5187 = arith.addi %5174, %27 : index
            %5188 = memref.load %31[%5187] : memref<2048xf32>
            %5189 = vector.broadcast %5188 : f32 to vector<16xf32>
            %5190 = vector.fma %5189, %5183, %5180 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5191 = vector.fma %5189, %5186, %5181 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5192 = arith.addi %5172, %15 : index
            %5193 = vector.load %7[%5192] : memref<?xf32>, vector<16xf32>
            %5194 = arith.constant 144 : index
            %5195 = arith.addi %5172, %5194 : index
            %5196 = vector.load %7[%5195] : memref<?xf32>, vector<16xf32>
            %5197 = arith.addi %5174, %12 : index
            %5198 = memref.load %31[%5197] : memref<2048xf32>
            %5199 = vector.broadcast %5198 : f32 to vector<16xf32>
            %5200 = vector.fma %5199, %5193, %5190 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5201 = vector.fma %5199, %5196, %5191 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5202 = arith.constant 192 : index
            %5203 = arith.addi %5172, %5202 : index
            %5204 = vector.load %7[%5203] : memref<?xf32>, vector<16xf32>
            %5205 = arith.constant 208 : index
            %5206 = arith.addi %5172, %5205 : index
            %5207 = vector.load %7[%5206] : memref<?xf32>, vector<16xf32>
            %5208 = arith.constant 48 : index
            %5209 = arith.addi %5174, %5208 : index
            %5210 = memref.load %31[%5209] : memref<2048xf32>
            %5211 = vector.broadcast %5210 : f32 to vector<16xf32>
            %5212 = vector.fma %5211, %5204, %5200 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5213 = vector.fma %5211, %5207, %5201 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5214 = arith.constant 256 : index
            %5215 = arith.addi %5172, %5214 : index
            %5216 = vector.load %7[%5215] : memref<?xf32>, vector<16xf32>
            %5217 = arith.constant 272 : index
            %5218 = arith.addi %5172, %5217 : index
            %5219 = vector.load %7[%5218] : memref<?xf32>, vector<16xf32>
            %5220 = arith.addi %5174, %34 : index
            %5221 = memref.load %31[%5220] : memref<2048xf32>
            %5222 = vector.broadcast %5221 : f32 to vector<16xf32>
            %5223 = vector.fma %5222, %5216, %5212 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5224 = vector.fma %5222, %5219, %5213 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5225 = arith.constant 320 : index
            %5226 = arith.addi %5172, %5225 : index
            %5227 = vector.load %7[%5226] : memref<?xf32>, vector<16xf32>
            %5228 = arith.constant 336 : index
            %5229 = arith.addi %5172, %5228 : index
            %5230 = vector.load %7[%5229] : memref<?xf32>, vector<16xf32>
            %5231 = arith.addi %5174, %5184 : index
            %5232 = memref.load %31[%5231] : memref<2048xf32>
            %5233 = vector.broadcast %5232 : f32 to vector<16xf32>
            %5234 = vector.fma %5233, %5227, %5223 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5235 = vector.fma %5233, %5230, %5224 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5236 = arith.constant 384 : index
            %5237 = arith.addi %5172, %5236 : index
            %5238 = vector.load %7[%5237] : memref<?xf32>, vector<16xf32>
            %5239 = arith.constant 400 : index
            %5240 = arith.addi %5172, %5239 : index
            %5241 = vector.load %7[%5240] : memref<?xf32>, vector<16xf32>
            %5242 = arith.constant 96 : index
            %5243 = arith.addi %5174, %5242 : index
            %5244 = memref.load %31[%5243] : memref<2048xf32>
            %5245 = vector.broadcast %5244 : f32 to vector<16xf32>
            %5246 = vector.fma %5245, %5238, %5234 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5247 = vector.fma %5245, %5241, %5235 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5248 = arith.constant 448 : index
            %5249 = arith.addi %5172, %5248 : index
            %5250 = vector.load %7[%5249] : memref<?xf32>, vector<16xf32>
            %5251 = arith.constant 464 : index
            %5252 = arith.addi %5172, %5251 : index
            %5253 = vector.load %7[%5252] : memref<?xf32>, vector<16xf32>
            %5254 = arith.constant 112 : index
            %5255 = arith.addi %5174, %5254 : index
            %5256 = memref.load %31[%5255] : memref<2048xf32>
            %5257 = vector.broadcast %5256 : f32 to vector<16xf32>
            %5258 = vector.fma %5257, %5250, %5246 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            %5259 = vector.fma %5257, %5253, %5247 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
            scf.yield %5258, %5259 : vector<16xf32>, vector<16xf32>
          }
          vector.store %5166, %3[%5153] : memref<?xf32>, vector<16xf32>
          vector.store %5167, %3[%5161] : memref<?xf32>, vector<16xf32>
        }
      }
      scf.for %5260 = %14 to %24 step %13 {
        %5261 = arith.divui %5260, %11 : index
        %5262 = arith.remui %5260, %11 : index
        %5263 = arith.addi %21, %5261 : index
        %5264 = arith.muli %19, %11 : index
        %5265 = arith.addi %5264, %5262 : index
        %5266 = arith.muli %20, %1 : index
        %5267 = arith.addi %5266, %5263 : index
        %5268 = arith.constant 4 : index
        %5269 = arith.muli %5267, %5268 : index
        %5270 = arith.addi %5269, %5265 : index
        %5271 = arith.muli %5270, %12 : index
        %5272 = arith.addi %4, %5263 : index
        %5273 = arith.addi %5272, %13 : index
        scf.for %5274 = %426 to %5273 step %13 {
          %5275 = arith.muli %5274, %34 : index
          %5276 = arith.addi %37, %5275 : index
          %5277 = vector.load %5[%5271] : memref<?xf32>, vector<8xf32>
          %5278 = vector.load %6[%5276] : memref<?xf32>, vector<8xf32>
          %5279 = arith.mulf %5277, %5278 fastmath<nsz,arcp,afn> : vector<8xf32>
          %5280 = arith.addi %5271, %424 : index
          %5281 = vector.load %5[%5280] : memref<?xf32>, vector<8xf32>
          %5282 = arith.addi %5276, %424 : index
          %5283 = vector.load %6[%5282] : memref<?xf32>, vector<8xf32>
          %5284 = arith.mulf %5281, %5283 fastmath<nsz,arcp,afn> : vector<8xf32>
          %5285 = arith.addi %5271, %27 : index
          %5286 = vector.load %5[%5285] : memref<?xf32>, vector<8xf32>
          %5287 = arith.addi %5276, %27 : index
          %5288 = vector.load %6[%5287] : memref<?xf32>, vector<8xf32>
          %5289 = vector.fma %5286, %5288, %5279 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %5290 = arith.constant 24 : index
          %5291 = arith.addi %5271, %5290 : index
          %5292 = vector.load %5[%5291] : memref<?xf32>, vector<8xf32>
          %5293 = arith.addi %5276, %5290 : index
          %5294 = vector.load %6[%5293] : memref<?xf32>, vector<8xf32>
          %5295 = vector.fma %5292, %5294, %5284 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %5296 = arith.addf %5289, %5295 fastmath<nsz,arcp,afn> : vector<8xf32>
          %5297 = vector.reduction <add>, %5296 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
          %5298 = arith.constant 0.176776692 : f32
          %5299 = arith.mulf %5297, %5298 fastmath<nsz,arcp,afn> : f32
          %5300 = memref.load %30[%5260] : memref<256xf32>
          %5301 = arith.cmpf ogt, %5300, %5299 : f32
          %5302 = arith.select %5301, %5300, %5299 : f32
          %5303 = arith.subf %5300, %5302 fastmath<nsz,arcp,afn> : f32
          %5304 = arith.subf %5299, %5302 fastmath<nsz,arcp,afn> : f32
          %5305 = vector.broadcast %5304 : f32 to vector<8xf32>
          %5306 = vector.insert %5303, %5305 [1] : f32 into vector<8xf32>
          %5307 = arith.constant -8.700000e+01 : f32
          %5308 = vector.broadcast %5307 : f32 to vector<8xf32>
          %5309 = arith.cmpf ogt, %5306, %5308 : vector<8xf32>
          %5310 = arith.select %5309, %5306, %5308 : vector<8xf32>
          %5311 = arith.constant 8.800000e+01 : f32
          %5312 = vector.broadcast %5311 : f32 to vector<8xf32>
          %5313 = arith.cmpf olt, %5310, %5312 : vector<8xf32>
          %5314 = arith.select %5313, %5310, %5312 : vector<8xf32>
          %5315 = arith.constant dense<8.870000e+01> : vector<8xf32>
          %5316 = arith.minnumf %5314, %5315 : vector<8xf32>
          %5317 = arith.constant dense<-8.830000e+01> : vector<8xf32>
          %5318 = arith.maxnumf %5316, %5317 : vector<8xf32>
          %5319 = arith.constant dense<1.44269502> : vector<8xf32>
          %5320 = arith.mulf %5318, %5319 fastmath<contract> : vector<8xf32>
          %5321 = rlx_cpu.rint %5320 : vector<8xf32>
          %5322 = arith.constant dense<0.693359375> : vector<8xf32>
          %5323 = arith.mulf %5321, %5322 fastmath<contract> : vector<8xf32>
          %5324 = arith.subf %5318, %5323 fastmath<contract> : vector<8xf32>
          %5325 = arith.constant dense<-0.000212194442> : vector<8xf32>
          %5326 = arith.mulf %5321, %5325 fastmath<contract> : vector<8xf32>
          %5327 = arith.subf %5324, %5326 fastmath<contract> : vector<8xf32>
          %5328 = arith.constant dense<0.000198756912> : vector<8xf32>
          %5329 = arith.mulf %5328, %5327 fastmath<contract> : vector<8xf32>
          %5330 = arith.constant dense<0.00139819994> : vector<8xf32>
          %5331 = arith.addf %5329, %5330 fastmath<contract> : vector<8xf32>
          %5332 = arith.mulf %5331, %5327 fastmath<contract> : vector<8xf32>
          %5333 = arith.constant dense<0.00833345205> : vector<8xf32>
          %5334 = arith.addf %5332, %5333 fastmath<contract> : vector<8xf32>
          %5335 = arith.mulf %5334, %5327 fastmath<contract> : vector<8xf32>
          %5336 = arith.constant dense<0.0416657962> : vector<8xf32>
          %5337 = arith.addf %5335, %5336 fastmath<contract> : vector<8xf32>
          %5338 = arith.mulf %5337, %5327 fastmath<contract> : vector<8xf32>
          %5339 = arith.constant dense<0.166666657> : vector<8xf32>
          %5340 = arith.addf %5338, %5339 fastmath<contract> : vector<8xf32>
          %5341 = arith.mulf %5340, %5327 fastmath<contract> : vector<8xf32>
          %5342 = arith.constant dense<5.000000e-01> : vector<8xf32>
          %5343 = arith.addf %5341, %5342 fastmath<contract> : vector<8xf32>
          %5344 = arith.mulf %5327, %5327 fastmath<contract> : vector<8xf32>
          %5345 = arith.mulf %5343, %5344 fastmath<contract> : vector<8xf32>
          %5346 = arith.addf %5345, %5327 fastmath<contract> : vector<8xf32>
          %5347 = arith.constant dense<1.000000e+00> : vector<8xf32>
          %5348 = arith.addf %5346, %5347 fastmath<contract> : vector<8xf32>
          %5349 = arith.fptosi %5321 : vector<8xf32> to vector<8xi32>
          %5350 = arith.constant dense<23> : vector<8xi32>
          %5351 = arith.shli %5349, %5350 : vector<8xi32>
          %5352 = arith.bitcast %5348 : vector<8xf32> to vector<8xi32>
          %5353 = arith.addi %5352, %5351 : vector<8xi32>
          %5354 = arith.bitcast %5353 : vector<8xi32> to vector<8xf32>
          %5355 = arith.constant dense<-87.3365479> : vector<8xf32>
          %5356 = arith.constant dense<0.000000e+00> : vector<8xf32>
          %5357 = arith.cmpf olt, %5314, %5355 : vector<8xf32>
          %5358 = arith.select %5357, %5356, %5354 : vector<8xf32>
          %5359 = arith.constant dense<88.7228394> : vector<8xf32>
          %5360 = arith.constant dense<0x7f800000> : vector<8xf32>
          %5361 = arith.cmpf ogt, %5314, %5359 : vector<8xf32>
          %5362 = arith.select %5361, %5360, %5358 : vector<8xf32>
          %5363 = arith.cmpf uno, %5314, %5314 : vector<8xf32>
          %5364 = arith.select %5363, %5314, %5362 : vector<8xf32>
          %5365 = vector.extract %5364[0] : f32 from vector<8xf32>
          %5366 = vector.extract %5364[1] : f32 from vector<8xf32>
          %5367 = vector.broadcast %5365 : f32 to vector<8xf32>
          memref.store %5302, %30[%5260] : memref<256xf32>
          %5368 = arith.addi %5260, %34 : index
          %5369 = memref.load %30[%5368] : memref<256xf32>
          %5370 = arith.mulf %5369, %5366 fastmath<nsz,arcp,afn> : f32
          %5371 = arith.addf %5370, %5365 fastmath<nsz,arcp,afn> : f32
          memref.store %5371, %30[%5368] : memref<256xf32>
          %5372 = vector.broadcast %5366 : f32 to vector<8xf32>
          %5373 = vector.load %7[%5276] : memref<?xf32>, vector<8xf32>
          %5374 = vector.load %3[%5271] : memref<?xf32>, vector<8xf32>
          %5375 = arith.mulf %5374, %5372 fastmath<nsz,arcp,afn> : vector<8xf32>
          %5376 = vector.fma %5367, %5373, %5375 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          vector.store %5376, %3[%5271] : memref<?xf32>, vector<8xf32>
          %5377 = vector.load %7[%5282] : memref<?xf32>, vector<8xf32>
          %5378 = vector.load %3[%5280] : memref<?xf32>, vector<8xf32>
          %5379 = arith.mulf %5378, %5372 fastmath<nsz,arcp,afn> : vector<8xf32>
          %5380 = vector.fma %5367, %5377, %5379 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          vector.store %5380, %3[%5280] : memref<?xf32>, vector<8xf32>
          %5381 = vector.load %7[%5287] : memref<?xf32>, vector<8xf32>
          %5382 = vector.load %3[%5285] : memref<?xf32>, vector<8xf32>
          %5383 = arith.mulf %5382, %5372 fastmath<nsz,arcp,afn> : vector<8xf32>
          %5384 = vector.fma %5367, %5381, %5383 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          vector.store %5384, %3[%5285] : memref<?xf32>, vector<8xf32>
          %5385 = vector.load %7[%5293] : memref<?xf32>, vector<8xf32>
          %5386 = vector.load %3[%5291] : memref<?xf32>, vector<8xf32>
          %5387 = arith.mulf %5386, %5372 fastmath<nsz,arcp,afn> : vector<8xf32>
          %5388 = vector.fma %5367, %5385, %5387 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          vector.store %5388, %3[%5291] : memref<?xf32>, vector<8xf32>
        }
        %5389 = arith.addi %5260, %34 : index
        %5390 = memref.load %30[%5389] : memref<256xf32>
        %5391 = arith.cmpf ogt, %5390, %38 : f32
        %5392 = arith.constant 1.000000e+00 : f32
        %5393 = arith.divf %5392, %5390 fastmath<nsz,arcp,afn> : f32
        %5394 = arith.select %5391, %5393, %38 : f32
        %5395 = vector.broadcast %5394 : f32 to vector<8xf32>
        %5396 = vector.load %3[%5271] : memref<?xf32>, vector<8xf32>
        %5397 = arith.mulf %5396, %5395 fastmath<nsz,arcp,afn> : vector<8xf32>
        vector.store %5397, %3[%5271] : memref<?xf32>, vector<8xf32>
        %5398 = arith.addi %5271, %424 : index
        %5399 = vector.load %3[%5398] : memref<?xf32>, vector<8xf32>
        %5400 = arith.mulf %5399, %5395 fastmath<nsz,arcp,afn> : vector<8xf32>
        vector.store %5400, %3[%5398] : memref<?xf32>, vector<8xf32>
        %5401 = arith.addi %5271, %27 : index
        %5402 = vector.load %3[%5401] : memref<?xf32>, vector<8xf32>
        %5403 = arith.mulf %5402, %5395 fastmath<nsz,arcp,afn> : vector<8xf32>
        vector.store %5403, %3[%5401] : memref<?xf32>, vector<8xf32>
        %5404 = arith.constant 24 : index
        %5405 = arith.addi %5271, %5404 : index
        %5406 = vector.load %3[%5405] : memref<?xf32>, vector<8xf32>
        %5407 = arith.mulf %5406, %5395 fastmath<nsz,arcp,afn> : vector<8xf32>
        vector.store %5407, %3[%5405] : memref<?xf32>, vector<8xf32>
      }
      scf.reduce
    }) : (index, index, index) -> ()
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
      rlx_cpu.parallel_dispatch @attention_nh4_nkv2_hd32_causal_splitk.par1.loop(%26, %29, %6, %7, %8, %0, %1, %2) range(%28 to %32 step %9) if(%35) {threads = 0 : i64} : (index, index, index, index, memref<4608xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>)
      scf.for %36 = %28 to %31 step %9 {
        %37 = arith.muli %36, %26 : index
        %38 = arith.addi %29, %36 : index
        %39 = arith.muli %38, %22 : index
        %40 = arith.constant 4 : index
        scf.for %41 = %28 to %40 step %9 {
          %42 = arith.constant -1.000000e+30 : f32
          %43 = scf.for %44 = %28 to %26 step %9 iter_args(%45 = %42) -> (f32) {
            %46 = arith.addi %37, %44 : index
            %47 = arith.constant 144 : index
            %48 = arith.muli %46, %47 : index
            %49 = arith.addi %48, %22 : index
            %50 = arith.addi %49, %41 : index
            %51 = memref.load %8[%50] : memref<4608xf32>
            %52 = arith.cmpf ogt, %45, %51 : f32
            %53 = arith.select %52, %45, %51 : f32
            scf.yield %53 : f32
          }
          %54 = arith.constant 0.000000e+00 : f32
          %55 = vector.broadcast %54 : f32 to vector<8xf32>
          %56, %57, %58, %59, %60 = scf.for %61 = %28 to %26 step %9 iter_args(%62 = %54, %63 = %55, %64 = %55, %65 = %55, %66 = %55) -> (f32, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %67 = arith.addi %37, %61 : index
            %68 = arith.constant 144 : index
            %69 = arith.muli %67, %68 : index
            %70 = arith.addi %69, %22 : index
            %71 = arith.addi %70, %41 : index
            %72 = memref.load %8[%71] : memref<4608xf32>
            %73 = arith.subf %72, %43 fastmath<nsz,arcp,afn> : f32
            %74 = vector.broadcast %73 : f32 to vector<8xf32>
            %75 = arith.constant -8.700000e+01 : f32
            %76 = vector.broadcast %75 : f32 to vector<8xf32>
            %77 = arith.cmpf ogt, %74, %76 : vector<8xf32>
            %78 = arith.select %77, %74, %76 : vector<8xf32>
            %79 = arith.constant 8.800000e+01 : f32
            %80 = vector.broadcast %79 : f32 to vector<8xf32>
            %81 = arith.cmpf olt, %78, %80 : vector<8xf32>
            %82 = arith.select %81, %78, %80 : vector<8xf32>
            %83 = arith.constant dense<8.870000e+01> : vector<8xf32>
            %84 = arith.minnumf %82, %83 : vector<8xf32>
            %85 = arith.constant dense<-8.830000e+01> : vector<8xf32>
            %86 = arith.maxnumf %84, %85 : vector<8xf32>
            %87 = arith.constant dense<1.44269502> : vector<8xf32>
            %88 = arith.mulf %86, %87 fastmath<contract> : vector<8xf32>
            %89 = rlx_cpu.rint %88 : vector<8xf32>
            %90 = arith.constant dense<0.693359375> : vector<8xf32>
            %91 = arith.mulf %89, %90 fastmath<contract> : vector<8xf32>
            %92 = arith.subf %86, %91 fastmath<contract> : vector<8xf32>
            %93 = arith.constant dense<-0.000212194442> : vector<8xf32>
            %94 = arith.mulf %89, %93 fastmath<contract> : vector<8xf32>
            %95 = arith.subf %92, %94 fastmath<contract> : vector<8xf32>
            %96 = arith.constant dense<0.000198756912> : vector<8xf32>
            %97 = arith.mulf %96, %95 fastmath<contract> : vector<8xf32>
            %98 = arith.constant dense<0.00139819994> : vector<8xf32>
            %99 = arith.addf %97, %98 fastmath<contract> : vector<8xf32>
            %100 = arith.mulf %99, %95 fastmath<contract> : vector<8xf32>
            %101 = arith.constant dense<0.00833345205> : vector<8xf32>
            %102 = arith.addf %100, %101 fastmath<contract> : vector<8xf32>
            %103 = arith.mulf %102, %95 fastmath<contract> : vector<8xf32>
            %104 = arith.constant dense<0.0416657962> : vector<8xf32>
            %105 = arith.addf %103, %104 fastmath<contract> : vector<8xf32>
            %106 = arith.mulf %105, %95 fastmath<contract> : vector<8xf32>
            %107 = arith.constant dense<0.166666657> : vector<8xf32>
            %108 = arith.addf %106, %107 fastmath<contract> : vector<8xf32>
            %109 = arith.mulf %108, %95 fastmath<contract> : vector<8xf32>
            %110 = arith.constant dense<5.000000e-01> : vector<8xf32>
            %111 = arith.addf %109, %110 fastmath<contract> : vector<8xf32>
            %112 = arith.mulf %95, %95 fastmath<contract> : vector<8xf32>
            %113 = arith.mulf %111, %112 fastmath<contract> : vector<8xf32>
            %114 = arith.addf %113, %95 fastmath<contract> : vector<8xf32>
            %115 = arith.constant dense<1.000000e+00> : vector<8xf32>
            %116 = arith.addf %114, %115 fastmath<contract> : vector<8xf32>
            %117 = arith.fptosi %89 : vector<8xf32> to vector<8xi32>
            %118 = arith.constant dense<23> : vector<8xi32>
            %119 = arith.shli %117, %118 : vector<8xi32>
            %120 = arith.bitcast %116 : vector<8xf32> to vector<8xi32>
            %121 = arith.addi %120, %119 : vector<8xi32>
            %122 = arith.bitcast %121 : vector<8xi32> to vector<8xf32>
            %123 = arith.constant dense<-87.3365479> : vector<8xf32>
            %124 = arith.constant dense<0.000000e+00> : vector<8xf32>
            %125 = arith.cmpf olt, %82, %123 : vector<8xf32>
            %126 = arith.select %125, %124, %122 : vector<8xf32>
            %127 = arith.constant dense<88.7228394> : vector<8xf32>
            %128 = arith.constant dense<0x7f800000> : vector<8xf32>
            %129 = arith.cmpf ogt, %82, %127 : vector<8xf32>
            %130 = arith.select %129, %128, %126 : vector<8xf32>
            %131 = arith.cmpf uno, %82, %82 : vector<8xf32>
            %132 = arith.select %131, %82, %130 : vector<8xf32>
            %133 = vector.extract %132[0] : f32 from vector<8xf32>
            %134 = vector.broadcast %133 : f32 to vector<8xf32>
            %135 = arith.muli %41, %14 : index
            %136 = arith.addi %69, %135 : index
            %137 = arith.constant 132 : index
            %138 = arith.addi %69, %137 : index
            %139 = arith.addi %138, %41 : index
            %140 = memref.load %8[%139] : memref<4608xf32>
            %141 = arith.mulf %133, %140 fastmath<nsz,arcp,afn> : f32
            %142 = arith.addf %62, %141 fastmath<nsz,arcp,afn> : f32
            %143 = vector.load %8[%136] : memref<4608xf32>, vector<8xf32>
            %144 = vector.fma %134, %143, %63 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            %145 = arith.addi %136, %11 : index
            %146 = vector.load %8[%145] : memref<4608xf32>, vector<8xf32>
            %147 = vector.fma %134, %146, %64 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            %148 = arith.constant 16 : index
            %149 = arith.addi %136, %148 : index
            %150 = vector.load %8[%149] : memref<4608xf32>, vector<8xf32>
            %151 = vector.fma %134, %150, %65 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            %152 = arith.constant 24 : index
            %153 = arith.addi %136, %152 : index
            %154 = vector.load %8[%153] : memref<4608xf32>, vector<8xf32>
            %155 = vector.fma %134, %154, %66 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
            scf.yield %142, %144, %147, %151, %155 : f32, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %156 = arith.cmpf ogt, %56, %54 : f32
          %157 = arith.constant 1.000000e+00 : f32
          %158 = arith.divf %157, %56 fastmath<nsz,arcp,afn> : f32
          %159 = arith.select %156, %158, %54 : f32
          %160 = vector.broadcast %159 : f32 to vector<8xf32>
          %161 = arith.mulf %57, %160 fastmath<nsz,arcp,afn> : vector<8xf32>
          %162 = arith.muli %41, %14 : index
          %163 = arith.addi %39, %162 : index
          vector.store %161, %3[%163] : memref<?xf32>, vector<8xf32>
          %164 = arith.mulf %58, %160 fastmath<nsz,arcp,afn> : vector<8xf32>
          %165 = arith.addi %163, %11 : index
          vector.store %164, %3[%165] : memref<?xf32>, vector<8xf32>
          %166 = arith.mulf %59, %160 fastmath<nsz,arcp,afn> : vector<8xf32>
          %167 = arith.constant 16 : index
          %168 = arith.addi %163, %167 : index
          vector.store %166, %3[%168] : memref<?xf32>, vector<8xf32>
          %169 = arith.mulf %60, %160 fastmath<nsz,arcp,afn> : vector<8xf32>
          %170 = arith.constant 24 : index
          %171 = arith.addi %163, %170 : index
          vector.store %169, %3[%171] : memref<?xf32>, vector<8xf32>
        }
      }
    }
    func.return
  }
  func.func private @attention_nh4_nkv2_hd32_causal_splitk.par1.loop(%0: index, %1: index, %2: index, %3: index, %4: memref<4608xf32>, %5: memref<?xf32>, %6: memref<?xf32>, %7: memref<?xf32>, %8: index, %9: index, %10: index) attributes {rlx_cpu.parallel_body} {
    %11 = arith.constant 1 : index
    %12 = arith.constant 128 : index
    %13 = arith.constant 0 : index
    %14 = arith.constant 32 : index
    %15 = arith.constant 8 : index
    %16 = arith.constant 2 : index
    "scf.parallel"(%8, %9, %11) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%17: index):
      %18 = arith.remui %17, %0 : index
      %19 = arith.divui %17, %0 : index
      %20 = arith.addi %1, %19 : index
      %21 = arith.muli %18, %2 : index
      %22 = arith.divui %21, %0 : index
      %23 = arith.addi %18, %11 : index
      %24 = arith.muli %23, %2 : index
      %25 = arith.divui %24, %0 : index
      %26 = arith.constant 144 : index
      %27 = arith.muli %17, %26 : index
      %28 = arith.muli %20, %12 : index
      %29 = arith.muli %20, %3 : index
      %30 = arith.constant 64 : index
      %31 = arith.muli %29, %30 : index
      %32 = memref.alloca() : memref<32xf32>
      %33 = memref.alloca() : memref<4xf32>
      %34 = arith.constant 0.000000e+00 : f32
      %35 = vector.broadcast %34 : f32 to vector<8xf32>
      %36 = arith.constant 0.176776692 : f32
      %37 = vector.broadcast %36 : f32 to vector<8xf32>
      %38 = arith.constant dense<[0.000000e+00, 1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e+00, 6.000000e+00, 7.000000e+00]> : vector<8xf32>
      %39 = arith.constant 4 : index
      scf.for %40 = %13 to %39 step %11 {
        %41 = arith.muli %40, %14 : index
        %42 = arith.addi %27, %41 : index
        vector.store %35, %4[%42] : memref<4608xf32>, vector<8xf32>
        %43 = arith.addi %42, %15 : index
        vector.store %35, %4[%43] : memref<4608xf32>, vector<8xf32>
        %44 = arith.constant 16 : index
        %45 = arith.addi %42, %44 : index
        vector.store %35, %4[%45] : memref<4608xf32>, vector<8xf32>
        %46 = arith.constant 24 : index
        %47 = arith.addi %42, %46 : index
        vector.store %35, %4[%47] : memref<4608xf32>, vector<8xf32>
        %48 = arith.constant -1.000000e+30 : f32
        %49 = arith.addi %27, %12 : index
        %50 = arith.addi %49, %40 : index
        memref.store %48, %4[%50] : memref<4608xf32>
        %51 = arith.constant 132 : index
        %52 = arith.addi %27, %51 : index
        %53 = arith.addi %52, %40 : index
        memref.store %34, %4[%53] : memref<4608xf32>
      }
      %54 = arith.subi %25, %22 : index
      %55 = arith.divui %54, %15 : index
      %56 = arith.muli %55, %15 : index
      %57 = arith.addi %22, %56 : index
      scf.for %58 = %22 to %57 step %15 {
        %59 = arith.addi %58, %11 : index
        %60 = arith.addi %58, %16 : index
        %61 = arith.constant 3 : index
        %62 = arith.addi %58, %61 : index
        %63 = arith.addi %58, %39 : index
        %64 = arith.constant 5 : index
        %65 = arith.addi %58, %64 : index
        %66 = arith.constant 6 : index
        %67 = arith.addi %58, %66 : index
        %68 = arith.constant 7 : index
        %69 = arith.addi %58, %68 : index
        %70 = arith.muli %58, %30 : index
        %71 = arith.addi %31, %70 : index
        %72 = arith.muli %59, %30 : index
        %73 = arith.addi %31, %72 : index
        %74 = arith.muli %60, %30 : index
        %75 = arith.addi %31, %74 : index
        %76 = arith.muli %62, %30 : index
        %77 = arith.addi %31, %76 : index
        %78 = arith.muli %63, %30 : index
        %79 = arith.addi %31, %78 : index
        %80 = arith.muli %65, %30 : index
        %81 = arith.addi %31, %80 : index
        %82 = arith.muli %67, %30 : index
        %83 = arith.addi %31, %82 : index
        %84 = arith.muli %69, %30 : index
        %85 = arith.addi %31, %84 : index
        scf.for %86 = %13 to %39 step %16 {
          %87 = arith.divui %86, %16 : index
          %88 = arith.muli %87, %14 : index
          %89 = arith.muli %86, %14 : index
          %90 = arith.addi %28, %89 : index
          %91 = vector.load %5[%90] : memref<?xf32>, vector<8xf32>
          %92 = arith.addi %86, %11 : index
          %93 = arith.muli %92, %14 : index
          %94 = arith.addi %28, %93 : index
          %95 = vector.load %5[%94] : memref<?xf32>, vector<8xf32>
          %96 = arith.addi %90, %15 : index
          %97 = vector.load %5[%96] : memref<?xf32>, vector<8xf32>
          %98 = arith.addi %94, %15 : index
          %99 = vector.load %5[%98] : memref<?xf32>, vector<8xf32>
          %100 = arith.constant 16 : index
          %101 = arith.addi %90, %100 : index
          %102 = vector.load %5[%101] : memref<?xf32>, vector<8xf32>
          %103 = arith.addi %94, %100 : index
          %104 = vector.load %5[%103] : memref<?xf32>, vector<8xf32>
          %105 = arith.constant 24 : index
          %106 = arith.addi %90, %105 : index
          %107 = vector.load %5[%106] : memref<?xf32>, vector<8xf32>
          %108 = arith.addi %94, %105 : index
          %109 = vector.load %5[%108] : memref<?xf32>, vector<8xf32>
          %110 = arith.addi %71, %88 : index
          %111 = vector.load %6[%110] : memref<?xf32>, vector<8xf32>
          %112 = arith.mulf %91, %111 fastmath<nsz,arcp,afn> : vector<8xf32>
          %113 = arith.mulf %95, %111 fastmath<nsz,arcp,afn> : vector<8xf32>
          %114 = arith.addi %110, %15 : index
          %115 = vector.load %6[%114] : memref<?xf32>, vector<8xf32>
          %116 = vector.fma %97, %115, %112 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %117 = vector.fma %99, %115, %113 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %118 = arith.addi %110, %100 : index
          %119 = vector.load %6[%118] : memref<?xf32>, vector<8xf32>
          %120 = vector.fma %102, %119, %116 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %121 = vector.fma %104, %119, %117 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %122 = arith.addi %110, %105 : index
          %123 = vector.load %6[%122] : memref<?xf32>, vector<8xf32>
          %124 = vector.fma %107, %123, %120 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %125 = vector.fma %109, %123, %121 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %126 = arith.addi %73, %88 : index
          %127 = vector.load %6[%126] : memref<?xf32>, vector<8xf32>
          %128 = arith.mulf %91, %127 fastmath<nsz,arcp,afn> : vector<8xf32>
          %129 = arith.mulf %95, %127 fastmath<nsz,arcp,afn> : vector<8xf32>
          %130 = arith.addi %126, %15 : index
          %131 = vector.load %6[%130] : memref<?xf32>, vector<8xf32>
          %132 = vector.fma %97, %131, %128 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %133 = vector.fma %99, %131, %129 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %134 = arith.addi %126, %100 : index
          %135 = vector.load %6[%134] : memref<?xf32>, vector<8xf32>
          %136 = vector.fma %102, %135, %132 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %137 = vector.fma %104, %135, %133 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %138 = arith.addi %126, %105 : index
          %139 = vector.load %6[%138] : memref<?xf32>, vector<8xf32>
          %140 = vector.fma %107, %139, %136 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %141 = vector.fma %109, %139, %137 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %142 = arith.addi %75, %88 : index
          %143 = vector.load %6[%142] : memref<?xf32>, vector<8xf32>
          %144 = arith.mulf %91, %143 fastmath<nsz,arcp,afn> : vector<8xf32>
          %145 = arith.mulf %95, %143 fastmath<nsz,arcp,afn> : vector<8xf32>
          %146 = arith.addi %142, %15 : index
          %147 = vector.load %6[%146] : memref<?xf32>, vector<8xf32>
          %148 = vector.fma %97, %147, %144 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %149 = vector.fma %99, %147, %145 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %150 = arith.addi %142, %100 : index
          %151 = vector.load %6[%150] : memref<?xf32>, vector<8xf32>
          %152 = vector.fma %102, %151, %148 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %153 = vector.fma %104, %151, %149 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %154 = arith.addi %142, %105 : index
          %155 = vector.load %6[%154] : memref<?xf32>, vector<8xf32>
          %156 = vector.fma %107, %155, %152 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %157 = vector.fma %109, %155, %153 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %158 = arith.addi %77, %88 : index
          %159 = vector.load %6[%158] : memref<?xf32>, vector<8xf32>
          %160 = arith.mulf %91, %159 fastmath<nsz,arcp,afn> : vector<8xf32>
          %161 = arith.mulf %95, %159 fastmath<nsz,arcp,afn> : vector<8xf32>
          %162 = arith.addi %158, %15 : index
          %163 = vector.load %6[%162] : memref<?xf32>, vector<8xf32>
          %164 = vector.fma %97, %163, %160 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %165 = vector.fma %99, %163, %161 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %166 = arith.addi %158, %100 : index
          %167 = vector.load %6[%166] : memref<?xf32>, vector<8xf32>
          %168 = vector.fma %102, %167, %164 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %169 = vector.fma %104, %167, %165 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %170 = arith.addi %158, %105 : index
          %171 = vector.load %6[%170] : memref<?xf32>, vector<8xf32>
          %172 = vector.fma %107, %171, %168 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %173 = vector.fma %109, %171, %169 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %174 = arith.addi %79, %88 : index
          %175 = vector.load %6[%174] : memref<?xf32>, vector<8xf32>
          %176 = arith.mulf %91, %175 fastmath<nsz,arcp,afn> : vector<8xf32>
          %177 = arith.mulf %95, %175 fastmath<nsz,arcp,afn> : vector<8xf32>
          %178 = arith.addi %174, %15 : index
          %179 = vector.load %6[%178] : memref<?xf32>, vector<8xf32>
          %180 = vector.fma %97, %179, %176 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %181 = vector.fma %99, %179, %177 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %182 = arith.addi %174, %100 : index
          %183 = vector.load %6[%182] : memref<?xf32>, vector<8xf32>
          %184 = vector.fma %102, %183, %180 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %185 = vector.fma %104, %183, %181 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %186 = arith.addi %174, %105 : index
          %187 = vector.load %6[%186] : memref<?xf32>, vector<8xf32>
          %188 = vector.fma %107, %187, %184 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %189 = vector.fma %109, %187, %185 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %190 = arith.addi %81, %88 : index
          %191 = vector.load %6[%190] : memref<?xf32>, vector<8xf32>
          %192 = arith.mulf %91, %191 fastmath<nsz,arcp,afn> : vector<8xf32>
          %193 = arith.mulf %95, %191 fastmath<nsz,arcp,afn> : vector<8xf32>
          %194 = arith.addi %190, %15 : index
          %195 = vector.load %6[%194] : memref<?xf32>, vector<8xf32>
          %196 = vector.fma %97, %195, %192 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %197 = vector.fma %99, %195, %193 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %198 = arith.addi %190, %100 : index
          %199 = vector.load %6[%198] : memref<?xf32>, vector<8xf32>
          %200 = vector.fma %102, %199, %196 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %201 = vector.fma %104, %199, %197 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %202 = arith.addi %190, %105 : index
          %203 = vector.load %6[%202] : memref<?xf32>, vector<8xf32>
          %204 = vector.fma %107, %203, %200 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %205 = vector.fma %109, %203, %201 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %206 = arith.addi %83, %88 : index
          %207 = vector.load %6[%206] : memref<?xf32>, vector<8xf32>
          %208 = arith.mulf %91, %207 fastmath<nsz,arcp,afn> : vector<8xf32>
          %209 = arith.mulf %95, %207 fastmath<nsz,arcp,afn> : vector<8xf32>
          %210 = arith.addi %206, %15 : index
          %211 = vector.load %6[%210] : memref<?xf32>, vector<8xf32>
          %212 = vector.fma %97, %211, %208 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %213 = vector.fma %99, %211, %209 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %214 = arith.addi %206, %100 : index
          %215 = vector.load %6[%214] : memref<?xf32>, vector<8xf32>
          %216 = vector.fma %102, %215, %212 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %217 = vector.fma %104, %215, %213 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %218 = arith.addi %206, %105 : index
          %219 = vector.load %6[%218] : memref<?xf32>, vector<8xf32>
          %220 = vector.fma %107, %219, %216 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %221 = vector.fma %109, %219, %217 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %222 = arith.addi %85, %88 : index
          %223 = vector.load %6[%222] : memref<?xf32>, vector<8xf32>
          %224 = arith.mulf %91, %223 fastmath<nsz,arcp,afn> : vector<8xf32>
          %225 = arith.mulf %95, %223 fastmath<nsz,arcp,afn> : vector<8xf32>
          %226 = arith.addi %222, %15 : index
          %227 = vector.load %6[%226] : memref<?xf32>, vector<8xf32>
          %228 = vector.fma %97, %227, %224 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %229 = vector.fma %99, %227, %225 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %230 = arith.addi %222, %100 : index
          %231 = vector.load %6[%230] : memref<?xf32>, vector<8xf32>
          %232 = vector.fma %102, %231, %228 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %233 = vector.fma %104, %231, %229 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %234 = arith.addi %222, %105 : index
          %235 = vector.load %6[%234] : memref<?xf32>, vector<8xf32>
          %236 = vector.fma %107, %235, %232 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %237 = vector.fma %109, %235, %233 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %238 = vector.shuffle %124, %140 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %239 = vector.shuffle %124, %140 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %240 = arith.addf %238, %239 fastmath<nsz,arcp,afn> : vector<8xf32>
          %241 = vector.shuffle %156, %172 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %242 = vector.shuffle %156, %172 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %243 = arith.addf %241, %242 fastmath<nsz,arcp,afn> : vector<8xf32>
          %244 = vector.shuffle %188, %204 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %245 = vector.shuffle %188, %204 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %246 = arith.addf %244, %245 fastmath<nsz,arcp,afn> : vector<8xf32>
          %247 = vector.shuffle %220, %236 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %248 = vector.shuffle %220, %236 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %249 = arith.addf %247, %248 fastmath<nsz,arcp,afn> : vector<8xf32>
          %250 = vector.shuffle %240, %243 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %251 = vector.shuffle %240, %243 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %252 = arith.addf %250, %251 fastmath<nsz,arcp,afn> : vector<8xf32>
          %253 = vector.shuffle %246, %249 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %254 = vector.shuffle %246, %249 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %255 = arith.addf %253, %254 fastmath<nsz,arcp,afn> : vector<8xf32>
          %256 = vector.shuffle %252, %255 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
          %257 = vector.shuffle %252, %255 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
          %258 = arith.addf %256, %257 fastmath<nsz,arcp,afn> : vector<8xf32>
          %259 = arith.mulf %258, %37 fastmath<nsz,arcp,afn> : vector<8xf32>
          %260 = arith.muli %86, %15 : index
          vector.store %259, %32[%260] : memref<32xf32>, vector<8xf32>
          %261 = vector.shuffle %125, %141 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %262 = vector.shuffle %125, %141 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %263 = arith.addf %261, %262 fastmath<nsz,arcp,afn> : vector<8xf32>
          %264 = vector.shuffle %157, %173 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %265 = vector.shuffle %157, %173 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %266 = arith.addf %264, %265 fastmath<nsz,arcp,afn> : vector<8xf32>
          %267 = vector.shuffle %189, %205 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %268 = vector.shuffle %189, %205 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %269 = arith.addf %267, %268 fastmath<nsz,arcp,afn> : vector<8xf32>
          %270 = vector.shuffle %221, %237 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %271 = vector.shuffle %221, %237 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %272 = arith.addf %270, %271 fastmath<nsz,arcp,afn> : vector<8xf32>
          %273 = vector.shuffle %263, %266 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %274 = vector.shuffle %263, %266 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %275 = arith.addf %273, %274 fastmath<nsz,arcp,afn> : vector<8xf32>
          %276 = vector.shuffle %269, %272 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %277 = vector.shuffle %269, %272 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %278 = arith.addf %276, %277 fastmath<nsz,arcp,afn> : vector<8xf32>
          %279 = vector.shuffle %275, %278 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
          %280 = vector.shuffle %275, %278 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
          %281 = arith.addf %279, %280 fastmath<nsz,arcp,afn> : vector<8xf32>
          %282 = arith.mulf %281, %37 fastmath<nsz,arcp,afn> : vector<8xf32>
          %283 = arith.muli %92, %15 : index
          vector.store %282, %32[%283] : memref<32xf32>, vector<8xf32>
        }
        scf.for %284 = %13 to %39 step %11 {
          %285 = arith.muli %284, %15 : index
          %286 = vector.load %32[%285] : memref<32xf32>, vector<8xf32>
          %287 = arith.addi %27, %12 : index
          %288 = arith.addi %287, %284 : index
          %289 = memref.load %4[%288] : memref<4608xf32>
          %290 = vector.reduction <maxnumf>, %286 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
          %291 = arith.cmpf ogt, %289, %290 : f32
          %292 = arith.select %291, %289, %290 : f32
          %293 = vector.broadcast %292 : f32 to vector<8xf32>
          %294 = arith.subf %286, %293 fastmath<nsz,arcp,afn> : vector<8xf32>
          %295 = arith.constant -8.700000e+01 : f32
          %296 = vector.broadcast %295 : f32 to vector<8xf32>
          %297 = arith.cmpf ogt, %294, %296 : vector<8xf32>
          %298 = arith.select %297, %294, %296 : vector<8xf32>
          %299 = arith.constant 8.800000e+01 : f32
          %300 = vector.broadcast %299 : f32 to vector<8xf32>
          %301 = arith.cmpf olt, %298, %300 : vector<8xf32>
          %302 = arith.select %301, %298, %300 : vector<8xf32>
          %303 = arith.constant dense<8.870000e+01> : vector<8xf32>
          %304 = arith.minnumf %302, %303 : vector<8xf32>
          %305 = arith.constant dense<-8.830000e+01> : vector<8xf32>
          %306 = arith.maxnumf %304, %305 : vector<8xf32>
          %307 = arith.constant dense<1.44269502> : vector<8xf32>
          %308 = arith.mulf %306, %307 fastmath<contract> : vector<8xf32>
          %309 = rlx_cpu.rint %308 : vector<8xf32>
          %310 = arith.constant dense<0.693359375> : vector<8xf32>
          %311 = arith.mulf %309, %310 fastmath<contract> : vector<8xf32>
          %312 = arith.subf %306, %311 fastmath<contract> : vector<8xf32>
          %313 = arith.constant dense<-0.000212194442> : vector<8xf32>
          %314 = arith.mulf %309, %313 fastmath<contract> : vector<8xf32>
          %315 = arith.subf %312, %314 fastmath<contract> : vector<8xf32>
          %316 = arith.constant dense<0.000198756912> : vector<8xf32>
          %317 = arith.mulf %316, %315 fastmath<contract> : vector<8xf32>
          %318 = arith.constant dense<0.00139819994> : vector<8xf32>
          %319 = arith.addf %317, %318 fastmath<contract> : vector<8xf32>
          %320 = arith.mulf %319, %315 fastmath<contract> : vector<8xf32>
          %321 = arith.constant dense<0.00833345205> : vector<8xf32>
          %322 = arith.addf %320, %321 fastmath<contract> : vector<8xf32>
          %323 = arith.mulf %322, %315 fastmath<contract> : vector<8xf32>
          %324 = arith.constant dense<0.0416657962> : vector<8xf32>
          %325 = arith.addf %323, %324 fastmath<contract> : vector<8xf32>
          %326 = arith.mulf %325, %315 fastmath<contract> : vector<8xf32>
          %327 = arith.constant dense<0.166666657> : vector<8xf32>
          %328 = arith.addf %326, %327 fastmath<contract> : vector<8xf32>
          %329 = arith.mulf %328, %315 fastmath<contract> : vector<8xf32>
          %330 = arith.constant dense<5.000000e-01> : vector<8xf32>
          %331 = arith.addf %329, %330 fastmath<contract> : vector<8xf32>
          %332 = arith.mulf %315, %315 fastmath<contract> : vector<8xf32>
          %333 = arith.mulf %331, %332 fastmath<contract> : vector<8xf32>
          %334 = arith.addf %333, %315 fastmath<contract> : vector<8xf32>
          %335 = arith.constant dense<1.000000e+00> : vector<8xf32>
          %336 = arith.addf %334, %335 fastmath<contract> : vector<8xf32>
          %337 = arith.fptosi %309 : vector<8xf32> to vector<8xi32>
          %338 = arith.constant dense<23> : vector<8xi32>
          %339 = arith.shli %337, %338 : vector<8xi32>
          %340 = arith.bitcast %336 : vector<8xf32> to vector<8xi32>
          %341 = arith.addi %340, %339 : vector<8xi32>
          %342 = arith.bitcast %341 : vector<8xi32> to vector<8xf32>
          %343 = arith.constant dense<-87.3365479> : vector<8xf32>
          %344 = arith.constant dense<0.000000e+00> : vector<8xf32>
          %345 = arith.cmpf olt, %302, %343 : vector<8xf32>
          %346 = arith.select %345, %344, %342 : vector<8xf32>
          %347 = arith.constant dense<88.7228394> : vector<8xf32>
          %348 = arith.constant dense<0x7f800000> : vector<8xf32>
          %349 = arith.cmpf ogt, %302, %347 : vector<8xf32>
          %350 = arith.select %349, %348, %346 : vector<8xf32>
          %351 = arith.cmpf uno, %302, %302 : vector<8xf32>
          %352 = arith.select %351, %302, %350 : vector<8xf32>
          %353 = arith.subf %289, %292 fastmath<nsz,arcp,afn> : f32
          %354 = vector.broadcast %353 : f32 to vector<8xf32>
          %355 = arith.cmpf ogt, %354, %296 : vector<8xf32>
          %356 = arith.select %355, %354, %296 : vector<8xf32>
          %357 = arith.cmpf olt, %356, %300 : vector<8xf32>
          %358 = arith.select %357, %356, %300 : vector<8xf32>
          %359 = arith.constant dense<8.870000e+01> : vector<8xf32>
          %360 = arith.minnumf %358, %359 : vector<8xf32>
          %361 = arith.constant dense<-8.830000e+01> : vector<8xf32>
          %362 = arith.maxnumf %360, %361 : vector<8xf32>
          %363 = arith.constant dense<1.44269502> : vector<8xf32>
          %364 = arith.mulf %362, %363 fastmath<contract> : vector<8xf32>
          %365 = rlx_cpu.rint %364 : vector<8xf32>
          %366 = arith.constant dense<0.693359375> : vector<8xf32>
          %367 = arith.mulf %365, %366 fastmath<contract> : vector<8xf32>
          %368 = arith.subf %362, %367 fastmath<contract> : vector<8xf32>
          %369 = arith.constant dense<-0.000212194442> : vector<8xf32>
          %370 = arith.mulf %365, %369 fastmath<contract> : vector<8xf32>
          %371 = arith.subf %368, %370 fastmath<contract> : vector<8xf32>
          %372 = arith.constant dense<0.000198756912> : vector<8xf32>
          %373 = arith.mulf %372, %371 fastmath<contract> : vector<8xf32>
          %374 = arith.constant dense<0.00139819994> : vector<8xf32>
          %375 = arith.addf %373, %374 fastmath<contract> : vector<8xf32>
          %376 = arith.mulf %375, %371 fastmath<contract> : vector<8xf32>
          %377 = arith.constant dense<0.00833345205> : vector<8xf32>
          %378 = arith.addf %376, %377 fastmath<contract> : vector<8xf32>
          %379 = arith.mulf %378, %371 fastmath<contract> : vector<8xf32>
          %380 = arith.constant dense<0.0416657962> : vector<8xf32>
          %381 = arith.addf %379, %380 fastmath<contract> : vector<8xf32>
          %382 = arith.mulf %381, %371 fastmath<contract> : vector<8xf32>
          %383 = arith.constant dense<0.166666657> : vector<8xf32>
          %384 = arith.addf %382, %383 fastmath<contract> : vector<8xf32>
          %385 = arith.mulf %384, %371 fastmath<contract> : vector<8xf32>
          %386 = arith.constant dense<5.000000e-01> : vector<8xf32>
          %387 = arith.addf %385, %386 fastmath<contract> : vector<8xf32>
          %388 = arith.mulf %371, %371 fastmath<contract> : vector<8xf32>
          %389 = arith.mulf %387, %388 fastmath<contract> : vector<8xf32>
          %390 = arith.addf %389, %371 fastmath<contract> : vector<8xf32>
          %391 = arith.constant dense<1.000000e+00> : vector<8xf32>
          %392 = arith.addf %390, %391 fastmath<contract> : vector<8xf32>
          %393 = arith.fptosi %365 : vector<8xf32> to vector<8xi32>
          %394 = arith.constant dense<23> : vector<8xi32>
          %395 = arith.shli %393, %394 : vector<8xi32>
          %396 = arith.bitcast %392 : vector<8xf32> to vector<8xi32>
          %397 = arith.addi %396, %395 : vector<8xi32>
          %398 = arith.bitcast %397 : vector<8xi32> to vector<8xf32>
          %399 = arith.constant dense<-87.3365479> : vector<8xf32>
          %400 = arith.constant dense<0.000000e+00> : vector<8xf32>
          %401 = arith.cmpf olt, %358, %399 : vector<8xf32>
          %402 = arith.select %401, %400, %398 : vector<8xf32>
          %403 = arith.constant dense<88.7228394> : vector<8xf32>
          %404 = arith.constant dense<0x7f800000> : vector<8xf32>
          %405 = arith.cmpf ogt, %358, %403 : vector<8xf32>
          %406 = arith.select %405, %404, %402 : vector<8xf32>
          %407 = arith.cmpf uno, %358, %358 : vector<8xf32>
          %408 = arith.select %407, %358, %406 : vector<8xf32>
          %409 = vector.extract %408[0] : f32 from vector<8xf32>
          vector.store %352, %32[%285] : memref<32xf32>, vector<8xf32>
          memref.store %292, %4[%288] : memref<4608xf32>
          %410 = arith.constant 132 : index
          %411 = arith.addi %27, %410 : index
          %412 = arith.addi %411, %284 : index
          %413 = memref.load %4[%412] : memref<4608xf32>
          %414 = arith.mulf %413, %409 fastmath<nsz,arcp,afn> : f32
          %415 = vector.reduction <add>, %352 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
          %416 = arith.addf %414, %415 fastmath<nsz,arcp,afn> : f32
          memref.store %416, %4[%412] : memref<4608xf32>
          memref.store %409, %33[%284] : memref<4xf32>
        }
        scf.for %417 = %13 to %39 step %16 {
          %418 = arith.addi %417, %11 : index
          %419 = arith.divui %417, %16 : index
          %420 = arith.muli %419, %14 : index
          %421 = memref.load %33[%417] : memref<4xf32>
          %422 = vector.broadcast %421 : f32 to vector<8xf32>
          %423 = memref.load %33[%418] : memref<4xf32>
          %424 = vector.broadcast %423 : f32 to vector<8xf32>
          %425 = arith.muli %417, %15 : index
          %426 = memref.load %32[%425] : memref<32xf32>
          %427 = vector.broadcast %426 : f32 to vector<8xf32>
          %428 = arith.addi %425, %11 : index
          %429 = memref.load %32[%428] : memref<32xf32>
          %430 = vector.broadcast %429 : f32 to vector<8xf32>
          %431 = arith.addi %425, %16 : index
          %432 = memref.load %32[%431] : memref<32xf32>
          %433 = vector.broadcast %432 : f32 to vector<8xf32>
          %434 = arith.addi %425, %61 : index
          %435 = memref.load %32[%434] : memref<32xf32>
          %436 = vector.broadcast %435 : f32 to vector<8xf32>
          %437 = arith.addi %425, %39 : index
          %438 = memref.load %32[%437] : memref<32xf32>
          %439 = vector.broadcast %438 : f32 to vector<8xf32>
          %440 = arith.addi %425, %64 : index
          %441 = memref.load %32[%440] : memref<32xf32>
          %442 = vector.broadcast %441 : f32 to vector<8xf32>
          %443 = arith.addi %425, %66 : index
          %444 = memref.load %32[%443] : memref<32xf32>
          %445 = vector.broadcast %444 : f32 to vector<8xf32>
          %446 = arith.addi %425, %68 : index
          %447 = memref.load %32[%446] : memref<32xf32>
          %448 = vector.broadcast %447 : f32 to vector<8xf32>
          %449 = arith.muli %418, %15 : index
          %450 = memref.load %32[%449] : memref<32xf32>
          %451 = vector.broadcast %450 : f32 to vector<8xf32>
          %452 = arith.addi %449, %11 : index
          %453 = memref.load %32[%452] : memref<32xf32>
          %454 = vector.broadcast %453 : f32 to vector<8xf32>
          %455 = arith.addi %449, %16 : index
          %456 = memref.load %32[%455] : memref<32xf32>
          %457 = vector.broadcast %456 : f32 to vector<8xf32>
          %458 = arith.addi %449, %61 : index
          %459 = memref.load %32[%458] : memref<32xf32>
          %460 = vector.broadcast %459 : f32 to vector<8xf32>
          %461 = arith.addi %449, %39 : index
          %462 = memref.load %32[%461] : memref<32xf32>
          %463 = vector.broadcast %462 : f32 to vector<8xf32>
          %464 = arith.addi %449, %64 : index
          %465 = memref.load %32[%464] : memref<32xf32>
          %466 = vector.broadcast %465 : f32 to vector<8xf32>
          %467 = arith.addi %449, %66 : index
          %468 = memref.load %32[%467] : memref<32xf32>
          %469 = vector.broadcast %468 : f32 to vector<8xf32>
          %470 = arith.addi %449, %68 : index
          %471 = memref.load %32[%470] : memref<32xf32>
          %472 = vector.broadcast %471 : f32 to vector<8xf32>
          %473 = arith.muli %417, %14 : index
          %474 = arith.addi %27, %473 : index
          %475 = arith.muli %418, %14 : index
          %476 = arith.addi %27, %475 : index
          %477 = arith.addi %474, %15 : index
          %478 = arith.addi %476, %15 : index
          %479 = arith.constant 16 : index
          %480 = arith.addi %474, %479 : index
          %481 = arith.addi %476, %479 : index
          %482 = arith.constant 24 : index
          %483 = arith.addi %474, %482 : index
          %484 = arith.addi %476, %482 : index
          %485 = vector.load %4[%474] : memref<4608xf32>, vector<8xf32>
          %486 = arith.mulf %485, %422 fastmath<nsz,arcp,afn> : vector<8xf32>
          %487 = vector.load %4[%476] : memref<4608xf32>, vector<8xf32>
          %488 = arith.mulf %487, %424 fastmath<nsz,arcp,afn> : vector<8xf32>
          %489 = vector.load %4[%477] : memref<4608xf32>, vector<8xf32>
          %490 = arith.mulf %489, %422 fastmath<nsz,arcp,afn> : vector<8xf32>
          %491 = vector.load %4[%478] : memref<4608xf32>, vector<8xf32>
          %492 = arith.mulf %491, %424 fastmath<nsz,arcp,afn> : vector<8xf32>
          %493 = vector.load %4[%480] : memref<4608xf32>, vector<8xf32>
          %494 = arith.mulf %493, %422 fastmath<nsz,arcp,afn> : vector<8xf32>
          %495 = vector.load %4[%481] : memref<4608xf32>, vector<8xf32>
          %496 = arith.mulf %495, %424 fastmath<nsz,arcp,afn> : vector<8xf32>
          %497 = vector.load %4[%483] : memref<4608xf32>, vector<8xf32>
          %498 = arith.mulf %497, %422 fastmath<nsz,arcp,afn> : vector<8xf32>
          %499 = vector.load %4[%484] : memref<4608xf32>, vector<8xf32>
          %500 = arith.mulf %499, %424 fastmath<nsz,arcp,afn> : vector<8xf32>
          %501 = arith.addi %71, %420 : index
          %502 = vector.load %7[%501] : memref<?xf32>, vector<8xf32>
          %503 = vector.fma %427, %502, %486 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %504 = vector.fma %451, %502, %488 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %505 = arith.addi %501, %15 : index
          %506 = vector.load %7[%505] : memref<?xf32>, vector<8xf32>
          %507 = vector.fma %427, %506, %490 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %508 = vector.fma %451, %506, %492 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %509 = arith.addi %501, %479 : index
          %510 = vector.load %7[%509] : memref<?xf32>, vector<8xf32>
          %511 = vector.fma %427, %510, %494 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %512 = vector.fma %451, %510, %496 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %513 = arith.addi %501, %482 : index
          %514 = vector.load %7[%513] : memref<?xf32>, vector<8xf32>
          %515 = vector.fma %427, %514, %498 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %516 = vector.fma %451, %514, %500 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %517 = arith.addi %73, %420 : index
          %518 = vector.load %7[%517] : memref<?xf32>, vector<8xf32>
          %519 = vector.fma %430, %518, %503 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %520 = vector.fma %454, %518, %504 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %521 = arith.addi %517, %15 : index
          %522 = vector.load %7[%521] : memref<?xf32>, vector<8xf32>
          %523 = vector.fma %430, %522, %507 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %524 = vector.fma %454, %522, %508 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %525 = arith.addi %517, %479 : index
          %526 = vector.load %7[%525] : memref<?xf32>, vector<8xf32>
          %527 = vector.fma %430, %526, %511 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %528 = vector.fma %454, %526, %512 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %529 = arith.addi %517, %482 : index
          %530 = vector.load %7[%529] : memref<?xf32>, vector<8xf32>
          %531 = vector.fma %430, %530, %515 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %532 = vector.fma %454, %530, %516 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %533 = arith.addi %75, %420 : index
          %534 = vector.load %7[%533] : memref<?xf32>, vector<8xf32>
          %535 = vector.fma %433, %534, %519 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %536 = vector.fma %457, %534, %520 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %537 = arith.addi %533, %15 : index
          %538 = vector.load %7[%537] : memref<?xf32>, vector<8xf32>
          %539 = vector.fma %433, %538, %523 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %540 = vector.fma %457, %538, %524 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %541 = arith.addi %533, %479 : index
          %542 = vector.load %7[%541] : memref<?xf32>, vector<8xf32>
          %543 = vector.fma %433, %542, %527 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %544 = vector.fma %457, %542, %528 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %545 = arith.addi %533, %482 : index
          %546 = vector.load %7[%545] : memref<?xf32>, vector<8xf32>
          %547 = vector.fma %433, %546, %531 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %548 = vector.fma %457, %546, %532 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %549 = arith.addi %77, %420 : index
          %550 = vector.load %7[%549] : memref<?xf32>, vector<8xf32>
          %551 = vector.fma %436, %550, %535 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %552 = vector.fma %460, %550, %536 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %553 = arith.addi %549, %15 : index
          %554 = vector.load %7[%553] : memref<?xf32>, vector<8xf32>
          %555 = vector.fma %436, %554, %539 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %556 = vector.fma %460, %554, %540 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %557 = arith.addi %549, %479 : index
          %558 = vector.load %7[%557] : memref<?xf32>, vector<8xf32>
          %559 = vector.fma %436, %558, %543 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %560 = vector.fma %460, %558, %544 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %561 = arith.addi %549, %482 : index
          %562 = vector.load %7[%561] : memref<?xf32>, vector<8xf32>
          %563 = vector.fma %436, %562, %547 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %564 = vector.fma %460, %562, %548 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %565 = arith.addi %79, %420 : index
          %566 = vector.load %7[%565] : memref<?xf32>, vector<8xf32>
          %567 = vector.fma %439, %566, %551 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %568 = vector.fma %463, %566, %552 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %569 = arith.addi %565, %15 : index
          %570 = vector.load %7[%569] : memref<?xf32>, vector<8xf32>
          %571 = vector.fma %439, %570, %555 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %572 = vector.fma %463, %570, %556 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %573 = arith.addi %565, %479 : index
          %574 = vector.load %7[%573] : memref<?xf32>, vector<8xf32>
          %575 = vector.fma %439, %574, %559 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %576 = vector.fma %463, %574, %560 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %577 = arith.addi %565, %482 : index
          %578 = vector.load %7[%577] : memref<?xf32>, vector<8xf32>
          %579 = vector.fma %439, %578, %563 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %580 = vector.fma %463, %578, %564 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %581 = arith.addi %81, %420 : index
          %582 = vector.load %7[%581] : memref<?xf32>, vector<8xf32>
          %583 = vector.fma %442, %582, %567 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %584 = vector.fma %466, %582, %568 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %585 = arith.addi %581, %15 : index
          %586 = vector.load %7[%585] : memref<?xf32>, vector<8xf32>
          %587 = vector.fma %442, %586, %571 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %588 = vector.fma %466, %586, %572 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %589 = arith.addi %581, %479 : index
          %590 = vector.load %7[%589] : memref<?xf32>, vector<8xf32>
          %591 = vector.fma %442, %590, %575 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %592 = vector.fma %466, %590, %576 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %593 = arith.addi %581, %482 : index
          %594 = vector.load %7[%593] : memref<?xf32>, vector<8xf32>
          %595 = vector.fma %442, %594, %579 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %596 = vector.fma %466, %594, %580 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %597 = arith.addi %83, %420 : index
          %598 = vector.load %7[%597] : memref<?xf32>, vector<8xf32>
          %599 = vector.fma %445, %598, %583 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %600 = vector.fma %469, %598, %584 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %601 = arith.addi %597, %15 : index
          %602 = vector.load %7[%601] : memref<?xf32>, vector<8xf32>
          %603 = vector.fma %445, %602, %587 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %604 = vector.fma %469, %602, %588 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %605 = arith.addi %597, %479 : index
          %606 = vector.load %7[%605] : memref<?xf32>, vector<8xf32>
          %607 = vector.fma %445, %606, %591 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %608 = vector.fma %469, %606, %592 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %609 = arith.addi %597, %482 : index
          %610 = vector.load %7[%609] : memref<?xf32>, vector<8xf32>
          %611 = vector.fma %445, %610, %595 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %612 = vector.fma %469, %610, %596 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %613 = arith.addi %85, %420 : index
          %614 = vector.load %7[%613] : memref<?xf32>, vector<8xf32>
          %615 = vector.fma %448, %614, %599 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %616 = vector.fma %472, %614, %600 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %617 = arith.addi %613, %15 : index
          %618 = vector.load %7[%617] : memref<?xf32>, vector<8xf32>
          %619 = vector.fma %448, %618, %603 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %620 = vector.fma %472, %618, %604 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %621 = arith.addi %613, %479 : index
          %622 = vector.load %7[%621] : memref<?xf32>, vector<8xf32>
          %623 = vector.fma %448, %622, %607 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %624 = vector.fma %472, %622, %608 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %625 = arith.addi %613, %482 : index
          %626 = vector.load %7[%625] : memref<?xf32>, vector<8xf32>
          %627 = vector.fma %448, %626, %611 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %628 = vector.fma %472, %626, %612 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          vector.store %615, %4[%474] : memref<4608xf32>, vector<8xf32>
          vector.store %616, %4[%476] : memref<4608xf32>, vector<8xf32>
          vector.store %619, %4[%477] : memref<4608xf32>, vector<8xf32>
          vector.store %620, %4[%478] : memref<4608xf32>, vector<8xf32>
          vector.store %623, %4[%480] : memref<4608xf32>, vector<8xf32>
          vector.store %624, %4[%481] : memref<4608xf32>, vector<8xf32>
          vector.store %627, %4[%483] : memref<4608xf32>, vector<8xf32>
          vector.store %628, %4[%484] : memref<4608xf32>, vector<8xf32>
        }
      }
      %629 = arith.cmpi ult, %57, %25 : index
      scf.if %629 {
        %630 = arith.subi %25, %57 : index
        %631 = arith.subi %630, %11 : index
        %632 = arith.minui %11, %631 : index
        %633 = arith.addi %57, %632 : index
        %634 = arith.minui %16, %631 : index
        %635 = arith.addi %57, %634 : index
        %636 = arith.constant 3 : index
        %637 = arith.minui %636, %631 : index
        %638 = arith.addi %57, %637 : index
        %639 = arith.minui %39, %631 : index
        %640 = arith.addi %57, %639 : index
        %641 = arith.constant 5 : index
        %642 = arith.minui %641, %631 : index
        %643 = arith.addi %57, %642 : index
        %644 = arith.constant 6 : index
        %645 = arith.minui %644, %631 : index
        %646 = arith.addi %57, %645 : index
        %647 = arith.constant 7 : index
        %648 = arith.minui %647, %631 : index
        %649 = arith.addi %57, %648 : index
        %650 = arith.muli %57, %30 : index
        %651 = arith.addi %31, %650 : index
        %652 = arith.muli %633, %30 : index
        %653 = arith.addi %31, %652 : index
        %654 = arith.muli %635, %30 : index
        %655 = arith.addi %31, %654 : index
        %656 = arith.muli %638, %30 : index
        %657 = arith.addi %31, %656 : index
        %658 = arith.muli %640, %30 : index
        %659 = arith.addi %31, %658 : index
        %660 = arith.muli %643, %30 : index
        %661 = arith.addi %31, %660 : index
        %662 = arith.muli %646, %30 : index
        %663 = arith.addi %31, %662 : index
        %664 = arith.muli %649, %30 : index
        %665 = arith.addi %31, %664 : index
        %666 = arith.index_cast %630 : index to i64
        %667 = arith.sitofp %666 : i64 to f32
        %668 = vector.broadcast %667 : f32 to vector<8xf32>
        %669 = arith.cmpf olt, %38, %668 : vector<8xf32>
        scf.for %670 = %13 to %39 step %16 {
          %671 = arith.divui %670, %16 : index
          %672 = arith.muli %671, %14 : index
          %673 = arith.muli %670, %14 : index
          %674 = arith.addi %28, %673 : index
          %675 = vector.load %5[%674] : memref<?xf32>, vector<8xf32>
          %676 = arith.addi %670, %11 : index
          %677 = arith.muli %676, %14 : index
          %678 = arith.addi %28, %677 : index
          %679 = vector.load %5[%678] : memref<?xf32>, vector<8xf32>
          %680 = arith.addi %674, %15 : index
          %681 = vector.load %5[%680] : memref<?xf32>, vector<8xf32>
          %682 = arith.addi %678, %15 : index
          %683 = vector.load %5[%682] : memref<?xf32>, vector<8xf32>
          %684 = arith.constant 16 : index
          %685 = arith.addi %674, %684 : index
          %686 = vector.load %5[%685] : memref<?xf32>, vector<8xf32>
          %687 = arith.addi %678, %684 : index
          %688 = vector.load %5[%687] : memref<?xf32>, vector<8xf32>
          %689 = arith.constant 24 : index
          %690 = arith.addi %674, %689 : index
          %691 = vector.load %5[%690] : memref<?xf32>, vector<8xf32>
          %692 = arith.addi %678, %689 : index
          %693 = vector.load %5[%692] : memref<?xf32>, vector<8xf32>
          %694 = arith.addi %651, %672 : index
          %695 = vector.load %6[%694] : memref<?xf32>, vector<8xf32>
          %696 = arith.mulf %675, %695 fastmath<nsz,arcp,afn> : vector<8xf32>
          %697 = arith.mulf %679, %695 fastmath<nsz,arcp,afn> : vector<8xf32>
          %698 = arith.addi %694, %15 : index
          %699 = vector.load %6[%698] : memref<?xf32>, vector<8xf32>
          %700 = vector.fma %681, %699, %696 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %701 = vector.fma %683, %699, %697 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %702 = arith.addi %694, %684 : index
          %703 = vector.load %6[%702] : memref<?xf32>, vector<8xf32>
          %704 = vector.fma %686, %703, %700 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %705 = vector.fma %688, %703, %701 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %706 = arith.addi %694, %689 : index
          %707 = vector.load %6[%706] : memref<?xf32>, vector<8xf32>
          %708 = vector.fma %691, %707, %704 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %709 = vector.fma %693, %707, %705 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %710 = arith.addi %653, %672 : index
          %711 = vector.load %6[%710] : memref<?xf32>, vector<8xf32>
          %712 = arith.mulf %675, %711 fastmath<nsz,arcp,afn> : vector<8xf32>
          %713 = arith.mulf %679, %711 fastmath<nsz,arcp,afn> : vector<8xf32>
          %714 = arith.addi %710, %15 : index
          %715 = vector.load %6[%714] : memref<?xf32>, vector<8xf32>
          %716 = vector.fma %681, %715, %712 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %717 = vector.fma %683, %715, %713 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %718 = arith.addi %710, %684 : index
          %719 = vector.load %6[%718] : memref<?xf32>, vector<8xf32>
          %720 = vector.fma %686, %719, %716 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %721 = vector.fma %688, %719, %717 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %722 = arith.addi %710, %689 : index
          %723 = vector.load %6[%722] : memref<?xf32>, vector<8xf32>
          %724 = vector.fma %691, %723, %720 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %725 = vector.fma %693, %723, %721 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %726 = arith.addi %655, %672 : index
          %727 = vector.load %6[%726] : memref<?xf32>, vector<8xf32>
          %728 = arith.mulf %675, %727 fastmath<nsz,arcp,afn> : vector<8xf32>
          %729 = arith.mulf %679, %727 fastmath<nsz,arcp,afn> : vector<8xf32>
          %730 = arith.addi %726, %15 : index
          %731 = vector.load %6[%730] : memref<?xf32>, vector<8xf32>
          %732 = vector.fma %681, %731, %728 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %733 = vector.fma %683, %731, %729 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %734 = arith.addi %726, %684 : index
          %735 = vector.load %6[%734] : memref<?xf32>, vector<8xf32>
          %736 = vector.fma %686, %735, %732 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %737 = vector.fma %688, %735, %733 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %738 = arith.addi %726, %689 : index
          %739 = vector.load %6[%738] : memref<?xf32>, vector<8xf32>
          %740 = vector.fma %691, %739, %736 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %741 = vector.fma %693, %739, %737 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %742 = arith.addi %657, %672 : index
          %743 = vector.load %6[%742] : memref<?xf32>, vector<8xf32>
          %744 = arith.mulf %675, %743 fastmath<nsz,arcp,afn> : vector<8xf32>
          %745 = arith.mulf %679, %743 fastmath<nsz,arcp,afn> : vector<8xf32>
          %746 = arith.addi %742, %15 : index
          %747 = vector.load %6[%746] : memref<?xf32>, vector<8xf32>
          %748 = vector.fma %681, %747, %744 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %749 = vector.fma %683, %747, %745 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %750 = arith.addi %742, %684 : index
          %751 = vector.load %6[%750] : memref<?xf32>, vector<8xf32>
          %752 = vector.fma %686, %751, %748 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %753 = vector.fma %688, %751, %749 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %754 = arith.addi %742, %689 : index
          %755 = vector.load %6[%754] : memref<?xf32>, vector<8xf32>
          %756 = vector.fma %691, %755, %752 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %757 = vector.fma %693, %755, %753 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %758 = arith.addi %659, %672 : index
          %759 = vector.load %6[%758] : memref<?xf32>, vector<8xf32>
          %760 = arith.mulf %675, %759 fastmath<nsz,arcp,afn> : vector<8xf32>
          %761 = arith.mulf %679, %759 fastmath<nsz,arcp,afn> : vector<8xf32>
          %762 = arith.addi %758, %15 : index
          %763 = vector.load %6[%762] : memref<?xf32>, vector<8xf32>
          %764 = vector.fma %681, %763, %760 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %765 = vector.fma %683, %763, %761 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %766 = arith.addi %758, %684 : index
          %767 = vector.load %6[%766] : memref<?xf32>, vector<8xf32>
          %768 = vector.fma %686, %767, %764 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %769 = vector.fma %688, %767, %765 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %770 = arith.addi %758, %689 : index
          %771 = vector.load %6[%770] : memref<?xf32>, vector<8xf32>
          %772 = vector.fma %691, %771, %768 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %773 = vector.fma %693, %771, %769 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %774 = arith.addi %661, %672 : index
          %775 = vector.load %6[%774] : memref<?xf32>, vector<8xf32>
          %776 = arith.mulf %675, %775 fastmath<nsz,arcp,afn> : vector<8xf32>
          %777 = arith.mulf %679, %775 fastmath<nsz,arcp,afn> : vector<8xf32>
          %778 = arith.addi %774, %15 : index
          %779 = vector.load %6[%778] : memref<?xf32>, vector<8xf32>
          %780 = vector.fma %681, %779, %776 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %781 = vector.fma %683, %779, %777 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %782 = arith.addi %774, %684 : index
          %783 = vector.load %6[%782] : memref<?xf32>, vector<8xf32>
          %784 = vector.fma %686, %783, %780 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %785 = vector.fma %688, %783, %781 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %786 = arith.addi %774, %689 : index
          %787 = vector.load %6[%786] : memref<?xf32>, vector<8xf32>
          %788 = vector.fma %691, %787, %784 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %789 = vector.fma %693, %787, %785 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %790 = arith.addi %663, %672 : index
          %791 = vector.load %6[%790] : memref<?xf32>, vector<8xf32>
          %792 = arith.mulf %675, %791 fastmath<nsz,arcp,afn> : vector<8xf32>
          %793 = arith.mulf %679, %791 fastmath<nsz,arcp,afn> : vector<8xf32>
          %794 = arith.addi %790, %15 : index
          %795 = vector.load %6[%794] : memref<?xf32>, vector<8xf32>
          %796 = vector.fma %681, %795, %792 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %797 = vector.fma %683, %795, %793 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %798 = arith.addi %790, %684 : index
          %799 = vector.load %6[%798] : memref<?xf32>, vector<8xf32>
          %800 = vector.fma %686, %799, %796 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %801 = vector.fma %688, %799, %797 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %802 = arith.addi %790, %689 : index
          %803 = vector.load %6[%802] : memref<?xf32>, vector<8xf32>
          %804 = vector.fma %691, %803, %800 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %805 = vector.fma %693, %803, %801 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %806 = arith.addi %665, %672 : index
          %807 = vector.load %6[%806] : memref<?xf32>, vector<8xf32>
          %808 = arith.mulf %675, %807 fastmath<nsz,arcp,afn> : vector<8xf32>
          %809 = arith.mulf %679, %807 fastmath<nsz,arcp,afn> : vector<8xf32>
          %810 = arith.addi %806, %15 : index
          %811 = vector.load %6[%810] : memref<?xf32>, vector<8xf32>
          %812 = vector.fma %681, %811, %808 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %813 = vector.fma %683, %811, %809 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %814 = arith.addi %806, %684 : index
          %815 = vector.load %6[%814] : memref<?xf32>, vector<8xf32>
          %816 = vector.fma %686, %815, %812 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %817 = vector.fma %688, %815, %813 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %818 = arith.addi %806, %689 : index
          %819 = vector.load %6[%818] : memref<?xf32>, vector<8xf32>
          %820 = vector.fma %691, %819, %816 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %821 = vector.fma %693, %819, %817 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %822 = vector.shuffle %708, %724 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %823 = vector.shuffle %708, %724 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %824 = arith.addf %822, %823 fastmath<nsz,arcp,afn> : vector<8xf32>
          %825 = vector.shuffle %740, %756 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %826 = vector.shuffle %740, %756 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %827 = arith.addf %825, %826 fastmath<nsz,arcp,afn> : vector<8xf32>
          %828 = vector.shuffle %772, %788 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %829 = vector.shuffle %772, %788 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %830 = arith.addf %828, %829 fastmath<nsz,arcp,afn> : vector<8xf32>
          %831 = vector.shuffle %804, %820 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %832 = vector.shuffle %804, %820 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %833 = arith.addf %831, %832 fastmath<nsz,arcp,afn> : vector<8xf32>
          %834 = vector.shuffle %824, %827 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %835 = vector.shuffle %824, %827 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %836 = arith.addf %834, %835 fastmath<nsz,arcp,afn> : vector<8xf32>
          %837 = vector.shuffle %830, %833 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %838 = vector.shuffle %830, %833 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %839 = arith.addf %837, %838 fastmath<nsz,arcp,afn> : vector<8xf32>
          %840 = vector.shuffle %836, %839 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
          %841 = vector.shuffle %836, %839 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
          %842 = arith.addf %840, %841 fastmath<nsz,arcp,afn> : vector<8xf32>
          %843 = arith.mulf %842, %37 fastmath<nsz,arcp,afn> : vector<8xf32>
          %844 = arith.muli %670, %15 : index
          vector.store %843, %32[%844] : memref<32xf32>, vector<8xf32>
          %845 = vector.shuffle %709, %725 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %846 = vector.shuffle %709, %725 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %847 = arith.addf %845, %846 fastmath<nsz,arcp,afn> : vector<8xf32>
          %848 = vector.shuffle %741, %757 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %849 = vector.shuffle %741, %757 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %850 = arith.addf %848, %849 fastmath<nsz,arcp,afn> : vector<8xf32>
          %851 = vector.shuffle %773, %789 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %852 = vector.shuffle %773, %789 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %853 = arith.addf %851, %852 fastmath<nsz,arcp,afn> : vector<8xf32>
          %854 = vector.shuffle %805, %821 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %855 = vector.shuffle %805, %821 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %856 = arith.addf %854, %855 fastmath<nsz,arcp,afn> : vector<8xf32>
          %857 = vector.shuffle %847, %850 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %858 = vector.shuffle %847, %850 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %859 = arith.addf %857, %858 fastmath<nsz,arcp,afn> : vector<8xf32>
          %860 = vector.shuffle %853, %856 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
          %861 = vector.shuffle %853, %856 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
          %862 = arith.addf %860, %861 fastmath<nsz,arcp,afn> : vector<8xf32>
          %863 = vector.shuffle %859, %862 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
          %864 = vector.shuffle %859, %862 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
          %865 = arith.addf %863, %864 fastmath<nsz,arcp,afn> : vector<8xf32>
          %866 = arith.mulf %865, %37 fastmath<nsz,arcp,afn> : vector<8xf32>
          %867 = arith.muli %676, %15 : index
          vector.store %866, %32[%867] : memref<32xf32>, vector<8xf32>
        }
        scf.for %868 = %13 to %39 step %11 {
          %869 = arith.muli %868, %15 : index
          %870 = vector.load %32[%869] : memref<32xf32>, vector<8xf32>
          %871 = arith.constant -1.000000e+30 : f32
          %872 = vector.broadcast %871 : f32 to vector<8xf32>
          %873 = arith.select %669, %870, %872 : vector<8xf32>
          %874 = arith.addi %27, %12 : index
          %875 = arith.addi %874, %868 : index
          %876 = memref.load %4[%875] : memref<4608xf32>
          %877 = vector.reduction <maxnumf>, %873 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
          %878 = arith.cmpf ogt, %876, %877 : f32
          %879 = arith.select %878, %876, %877 : f32
          %880 = vector.broadcast %879 : f32 to vector<8xf32>
          %881 = arith.subf %873, %880 fastmath<nsz,arcp,afn> : vector<8xf32>
          %882 = arith.constant -8.700000e+01 : f32
          %883 = vector.broadcast %882 : f32 to vector<8xf32>
          %884 = arith.cmpf ogt, %881, %883 : vector<8xf32>
          %885 = arith.select %884, %881, %883 : vector<8xf32>
          %886 = arith.constant 8.800000e+01 : f32
          %887 = vector.broadcast %886 : f32 to vector<8xf32>
          %888 = arith.cmpf olt, %885, %887 : vector<8xf32>
          %889 = arith.select %888, %885, %887 : vector<8xf32>
          %890 = arith.constant dense<8.870000e+01> : vector<8xf32>
          %891 = arith.minnumf %889, %890 : vector<8xf32>
          %892 = arith.constant dense<-8.830000e+01> : vector<8xf32>
          %893 = arith.maxnumf %891, %892 : vector<8xf32>
          %894 = arith.constant dense<1.44269502> : vector<8xf32>
          %895 = arith.mulf %893, %894 fastmath<contract> : vector<8xf32>
          %896 = rlx_cpu.rint %895 : vector<8xf32>
          %897 = arith.constant dense<0.693359375> : vector<8xf32>
          %898 = arith.mulf %896, %897 fastmath<contract> : vector<8xf32>
          %899 = arith.subf %893, %898 fastmath<contract> : vector<8xf32>
          %900 = arith.constant dense<-0.000212194442> : vector<8xf32>
          %901 = arith.mulf %896, %900 fastmath<contract> : vector<8xf32>
          %902 = arith.subf %899, %901 fastmath<contract> : vector<8xf32>
          %903 = arith.constant dense<0.000198756912> : vector<8xf32>
          %904 = arith.mulf %903, %902 fastmath<contract> : vector<8xf32>
          %905 = arith.constant dense<0.00139819994> : vector<8xf32>
          %906 = arith.addf %904, %905 fastmath<contract> : vector<8xf32>
          %907 = arith.mulf %906, %902 fastmath<contract> : vector<8xf32>
          %908 = arith.constant dense<0.00833345205> : vector<8xf32>
          %909 = arith.addf %907, %908 fastmath<contract> : vector<8xf32>
          %910 = arith.mulf %909, %902 fastmath<contract> : vector<8xf32>
          %911 = arith.constant dense<0.0416657962> : vector<8xf32>
          %912 = arith.addf %910, %911 fastmath<contract> : vector<8xf32>
          %913 = arith.mulf %912, %902 fastmath<contract> : vector<8xf32>
          %914 = arith.constant dense<0.166666657> : vector<8xf32>
          %915 = arith.addf %913, %914 fastmath<contract> : vector<8xf32>
          %916 = arith.mulf %915, %902 fastmath<contract> : vector<8xf32>
          %917 = arith.constant dense<5.000000e-01> : vector<8xf32>
          %918 = arith.addf %916, %917 fastmath<contract> : vector<8xf32>
          %919 = arith.mulf %902, %902 fastmath<contract> : vector<8xf32>
          %920 = arith.mulf %918, %919 fastmath<contract> : vector<8xf32>
          %921 = arith.addf %920, %902 fastmath<contract> : vector<8xf32>
          %922 = arith.constant dense<1.000000e+00> : vector<8xf32>
          %923 = arith.addf %921, %922 fastmath<contract> : vector<8xf32>
          %924 = arith.fptosi %896 : vector<8xf32> to vector<8xi32>
          %925 = arith.constant dense<23> : vector<8xi32>
          %926 = arith.shli %924, %925 : vector<8xi32>
          %927 = arith.bitcast %923 : vector<8xf32> to vector<8xi32>
          %928 = arith.addi %927, %926 : vector<8xi32>
          %929 = arith.bitcast %928 : vector<8xi32> to vector<8xf32>
          %930 = arith.constant dense<-87.3365479> : vector<8xf32>
          %931 = arith.constant dense<0.000000e+00> : vector<8xf32>
          %932 = arith.cmpf olt, %889, %930 : vector<8xf32>
          %933 = arith.select %932, %931, %929 : vector<8xf32>
          %934 = arith.constant dense<88.7228394> : vector<8xf32>
          %935 = arith.constant dense<0x7f800000> : vector<8xf32>
          %936 = arith.cmpf ogt, %889, %934 : vector<8xf32>
          %937 = arith.select %936, %935, %933 : vector<8xf32>
          %938 = arith.cmpf uno, %889, %889 : vector<8xf32>
          %939 = arith.select %938, %889, %937 : vector<8xf32>
          %940 = arith.select %669, %939, %35 : vector<8xf32>
          %941 = arith.subf %876, %879 fastmath<nsz,arcp,afn> : f32
          %942 = vector.broadcast %941 : f32 to vector<8xf32>
          %943 = arith.cmpf ogt, %942, %883 : vector<8xf32>
          %944 = arith.select %943, %942, %883 : vector<8xf32>
          %945 = arith.cmpf olt, %944, %887 : vector<8xf32>
          %946 = arith.select %945, %944, %887 : vector<8xf32>
          %947 = arith.constant dense<8.870000e+01> : vector<8xf32>
          %948 = arith.minnumf %946, %947 : vector<8xf32>
          %949 = arith.constant dense<-8.830000e+01> : vector<8xf32>
          %950 = arith.maxnumf %948, %949 : vector<8xf32>
          %951 = arith.constant dense<1.44269502> : vector<8xf32>
          %952 = arith.mulf %950, %951 fastmath<contract> : vector<8xf32>
          %953 = rlx_cpu.rint %952 : vector<8xf32>
          %954 = arith.constant dense<0.693359375> : vector<8xf32>
          %955 = arith.mulf %953, %954 fastmath<contract> : vector<8xf32>
          %956 = arith.subf %950, %955 fastmath<contract> : vector<8xf32>
          %957 = arith.constant dense<-0.000212194442> : vector<8xf32>
          %958 = arith.mulf %953, %957 fastmath<contract> : vector<8xf32>
          %959 = arith.subf %956, %958 fastmath<contract> : vector<8xf32>
          %960 = arith.constant dense<0.000198756912> : vector<8xf32>
          %961 = arith.mulf %960, %959 fastmath<contract> : vector<8xf32>
          %962 = arith.constant dense<0.00139819994> : vector<8xf32>
          %963 = arith.addf %961, %962 fastmath<contract> : vector<8xf32>
          %964 = arith.mulf %963, %959 fastmath<contract> : vector<8xf32>
          %965 = arith.constant dense<0.00833345205> : vector<8xf32>
          %966 = arith.addf %964, %965 fastmath<contract> : vector<8xf32>
          %967 = arith.mulf %966, %959 fastmath<contract> : vector<8xf32>
          %968 = arith.constant dense<0.0416657962> : vector<8xf32>
          %969 = arith.addf %967, %968 fastmath<contract> : vector<8xf32>
          %970 = arith.mulf %969, %959 fastmath<contract> : vector<8xf32>
          %971 = arith.constant dense<0.166666657> : vector<8xf32>
          %972 = arith.addf %970, %971 fastmath<contract> : vector<8xf32>
          %973 = arith.mulf %972, %959 fastmath<contract> : vector<8xf32>
          %974 = arith.constant dense<5.000000e-01> : vector<8xf32>
          %975 = arith.addf %973, %974 fastmath<contract> : vector<8xf32>
          %976 = arith.mulf %959, %959 fastmath<contract> : vector<8xf32>
          %977 = arith.mulf %975, %976 fastmath<contract> : vector<8xf32>
          %978 = arith.addf %977, %959 fastmath<contract> : vector<8xf32>
          %979 = arith.constant dense<1.000000e+00> : vector<8xf32>
          %980 = arith.addf %978, %979 fastmath<contract> : vector<8xf32>
          %981 = arith.fptosi %953 : vector<8xf32> to vector<8xi32>
          %982 = arith.constant dense<23> : vector<8xi32>
          %983 = arith.shli %981, %982 : vector<8xi32>
          %984 = arith.bitcast %980 : vector<8xf32> to vector<8xi32>
          %985 = arith.addi %984, %983 : vector<8xi32>
          %986 = arith.bitcast %985 : vector<8xi32> to vector<8xf32>
          %987 = arith.constant dense<-87.3365479> : vector<8xf32>
          %988 = arith.constant dense<0.000000e+00> : vector<8xf32>
          %989 = arith.cmpf olt, %946, %987 : vector<8xf32>
          %990 = arith.select %989, %988, %986 : vector<8xf32>
          %991 = arith.constant dense<88.7228394> : vector<8xf32>
          %992 = arith.constant dense<0x7f800000> : vector<8xf32>
          %993 = arith.cmpf ogt, %946, %991 : vector<8xf32>
          %994 = arith.select %993, %992, %990 : vector<8xf32>
          %995 = arith.cmpf uno, %946, %946 : vector<8xf32>
          %996 = arith.select %995, %946, %994 : vector<8xf32>
          %997 = vector.extract %996[0] : f32 from vector<8xf32>
          vector.store %940, %32[%869] : memref<32xf32>, vector<8xf32>
          memref.store %879, %4[%875] : memref<4608xf32>
          %998 = arith.constant 132 : index
          %999 = arith.addi %27, %998 : index
          %1000 = arith.addi %999, %868 : index
          %1001 = memref.load %4[%1000] : memref<4608xf32>
          %1002 = arith.mulf %1001, %997 fastmath<nsz,arcp,afn> : f32
          %1003 = vector.reduction <add>, %940 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
          %1004 = arith.addf %1002, %1003 fastmath<nsz,arcp,afn> : f32
          memref.store %1004, %4[%1000] : memref<4608xf32>
          memref.store %997, %33[%868] : memref<4xf32>
        }
        scf.for %1005 = %13 to %39 step %16 {
          %1006 = arith.addi %1005, %11 : index
          %1007 = arith.divui %1005, %16 : index
          %1008 = arith.muli %1007, %14 : index
          %1009 = memref.load %33[%1005] : memref<4xf32>
          %1010 = vector.broadcast %1009 : f32 to vector<8xf32>
          %1011 = memref.load %33[%1006] : memref<4xf32>
          %1012 = vector.broadcast %1011 : f32 to vector<8xf32>
          %1013 = arith.muli %1005, %15 : index
          %1014 = memref.load %32[%1013] : memref<32xf32>
          %1015 = vector.broadcast %1014 : f32 to vector<8xf32>
          %1016 = arith.addi %1013, %11 : index
          %1017 = memref.load %32[%1016] : memref<32xf32>
          %1018 = vector.broadcast %1017 : f32 to vector<8xf32>
          %1019 = arith.addi %1013, %16 : index
          %1020 = memref.load %32[%1019] : memref<32xf32>
          %1021 = vector.broadcast %1020 : f32 to vector<8xf32>
          %1022 = arith.addi %1013, %636 : index
          %1023 = memref.load %32[%1022] : memref<32xf32>
          %1024 = vector.broadcast %1023 : f32 to vector<8xf32>
          %1025 = arith.addi %1013, %39 : index
          %1026 = memref.load %32[%1025] : memref<32xf32>
          %1027 = vector.broadcast %1026 : f32 to vector<8xf32>
          %1028 = arith.addi %1013, %641 : index
          %1029 = memref.load %32[%1028] : memref<32xf32>
          %1030 = vector.broadcast %1029 : f32 to vector<8xf32>
          %1031 = arith.addi %1013, %644 : index
          %1032 = memref.load %32[%1031] : memref<32xf32>
          %1033 = vector.broadcast %1032 : f32 to vector<8xf32>
          %1034 = arith.addi %1013, %647 : index
          %1035 = memref.load %32[%1034] : memref<32xf32>
          %1036 = vector.broadcast %1035 : f32 to vector<8xf32>
          %1037 = arith.muli %1006, %15 : index
          %1038 = memref.load %32[%1037] : memref<32xf32>
          %1039 = vector.broadcast %1038 : f32 to vector<8xf32>
          %1040 = arith.addi %1037, %11 : index
          %1041 = memref.load %32[%1040] : memref<32xf32>
          %1042 = vector.broadcast %1041 : f32 to vector<8xf32>
          %1043 = arith.addi %1037, %16 : index
          %1044 = memref.load %32[%1043] : memref<32xf32>
          %1045 = vector.broadcast %1044 : f32 to vector<8xf32>
          %1046 = arith.addi %1037, %636 : index
          %1047 = memref.load %32[%1046] : memref<32xf32>
          %1048 = vector.broadcast %1047 : f32 to vector<8xf32>
          %1049 = arith.addi %1037, %39 : index
          %1050 = memref.load %32[%1049] : memref<32xf32>
          %1051 = vector.broadcast %1050 : f32 to vector<8xf32>
          %1052 = arith.addi %1037, %641 : index
          %1053 = memref.load %32[%1052] : memref<32xf32>
          %1054 = vector.broadcast %1053 : f32 to vector<8xf32>
          %1055 = arith.addi %1037, %644 : index
          %1056 = memref.load %32[%1055] : memref<32xf32>
          %1057 = vector.broadcast %1056 : f32 to vector<8xf32>
          %1058 = arith.addi %1037, %647 : index
          %1059 = memref.load %32[%1058] : memref<32xf32>
          %1060 = vector.broadcast %1059 : f32 to vector<8xf32>
          %1061 = arith.muli %1005, %14 : index
          %1062 = arith.addi %27, %1061 : index
          %1063 = arith.muli %1006, %14 : index
          %1064 = arith.addi %27, %1063 : index
          %1065 = arith.addi %1062, %15 : index
          %1066 = arith.addi %1064, %15 : index
          %1067 = arith.constant 16 : index
          %1068 = arith.addi %1062, %1067 : index
          %1069 = arith.addi %1064, %1067 : index
          %1070 = arith.constant 24 : index
          %1071 = arith.addi %1062, %1070 : index
          %1072 = arith.addi %1064, %1070 : index
          %1073 = vector.load %4[%1062] : memref<4608xf32>, vector<8xf32>
          %1074 = arith.mulf %1073, %1010 fastmath<nsz,arcp,afn> : vector<8xf32>
          %1075 = vector.load %4[%1064] : memref<4608xf32>, vector<8xf32>
          %1076 = arith.mulf %1075, %1012 fastmath<nsz,arcp,afn> : vector<8xf32>
          %1077 = vector.load %4[%1065] : memref<4608xf32>, vector<8xf32>
          %1078 = arith.mulf %1077, %1010 fastmath<nsz,arcp,afn> : vector<8xf32>
          %1079 = vector.load %4[%1066] : memref<4608xf32>, vector<8xf32>
          %1080 = arith.mulf %1079, %1012 fastmath<nsz,arcp,afn> : vector<8xf32>
          %1081 = vector.load %4[%1068] : memref<4608xf32>, vector<8xf32>
          %1082 = arith.mulf %1081, %1010 fastmath<nsz,arcp,afn> : vector<8xf32>
          %1083 = vector.load %4[%1069] : memref<4608xf32>, vector<8xf32>
          %1084 = arith.mulf %1083, %1012 fastmath<nsz,arcp,afn> : vector<8xf32>
          %1085 = vector.load %4[%1071] : memref<4608xf32>, vector<8xf32>
          %1086 = arith.mulf %1085, %1010 fastmath<nsz,arcp,afn> : vector<8xf32>
          %1087 = vector.load %4[%1072] : memref<4608xf32>, vector<8xf32>
          %1088 = arith.mulf %1087, %1012 fastmath<nsz,arcp,afn> : vector<8xf32>
          %1089 = arith.addi %651, %1008 : index
          %1090 = vector.load %7[%1089] : memref<?xf32>, vector<8xf32>
          %1091 = vector.fma %1015, %1090, %1074 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1092 = vector.fma %1039, %1090, %1076 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1093 = arith.addi %1089, %15 : index
          %1094 = vector.load %7[%1093] : memref<?xf32>, vector<8xf32>
          %1095 = vector.fma %1015, %1094, %1078 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1096 = vector.fma %1039, %1094, %1080 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1097 = arith.addi %1089, %1067 : index
          %1098 = vector.load %7[%1097] : memref<?xf32>, vector<8xf32>
          %1099 = vector.fma %1015, %1098, %1082 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1100 = vector.fma %1039, %1098, %1084 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1101 = arith.addi %1089, %1070 : index
          %1102 = vector.load %7[%1101] : memref<?xf32>, vector<8xf32>
          %1103 = vector.fma %1015, %1102, %1086 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1104 = vector.fma %1039, %1102, %1088 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1105 = arith.addi %653, %1008 : index
          %1106 = vector.load %7[%1105] : memref<?xf32>, vector<8xf32>
          %1107 = vector.fma %1018, %1106, %1091 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1108 = vector.fma %1042, %1106, %1092 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1109 = arith.addi %1105, %15 : index
          %1110 = vector.load %7[%1109] : memref<?xf32>, vector<8xf32>
          %1111 = vector.fma %1018, %1110, %1095 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1112 = vector.fma %1042, %1110, %1096 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1113 = arith.addi %1105, %1067 : index
          %1114 = vector.load %7[%1113] : memref<?xf32>, vector<8xf32>
          %1115 = vector.fma %1018, %1114, %1099 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1116 = vector.fma %1042, %1114, %1100 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1117 = arith.addi %1105, %1070 : index
          %1118 = vector.load %7[%1117] : memref<?xf32>, vector<8xf32>
          %1119 = vector.fma %1018, %1118, %1103 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1120 = vector.fma %1042, %1118, %1104 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1121 = arith.addi %655, %1008 : index
          %1122 = vector.load %7[%1121] : memref<?xf32>, vector<8xf32>
          %1123 = vector.fma %1021, %1122, %1107 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1124 = vector.fma %1045, %1122, %1108 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1125 = arith.addi %1121, %15 : index
          %1126 = vector.load %7[%1125] : memref<?xf32>, vector<8xf32>
          %1127 = vector.fma %1021, %1126, %1111 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1128 = vector.fma %1045, %1126, %1112 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1129 = arith.addi %1121, %1067 : index
          %1130 = vector.load %7[%1129] : memref<?xf32>, vector<8xf32>
          %1131 = vector.fma %1021, %1130, %1115 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1132 = vector.fma %1045, %1130, %1116 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1133 = arith.addi %1121, %1070 : index
          %1134 = vector.load %7[%1133] : memref<?xf32>, vector<8xf32>
          %1135 = vector.fma %1021, %1134, %1119 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1136 = vector.fma %1045, %1134, %1120 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1137 = arith.addi %657, %1008 : index
          %1138 = vector.load %7[%1137] : memref<?xf32>, vector<8xf32>
          %1139 = vector.fma %1024, %1138, %1123 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1140 = vector.fma %1048, %1138, %1124 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1141 = arith.addi %1137, %15 : index
          %1142 = vector.load %7[%1141] : memref<?xf32>, vector<8xf32>
          %1143 = vector.fma %1024, %1142, %1127 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1144 = vector.fma %1048, %1142, %1128 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1145 = arith.addi %1137, %1067 : index
          %1146 = vector.load %7[%1145] : memref<?xf32>, vector<8xf32>
          %1147 = vector.fma %1024, %1146, %1131 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1148 = vector.fma %1048, %1146, %1132 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1149 = arith.addi %1137, %1070 : index
          %1150 = vector.load %7[%1149] : memref<?xf32>, vector<8xf32>
          %1151 = vector.fma %1024, %1150, %1135 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1152 = vector.fma %1048, %1150, %1136 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1153 = arith.addi %659, %1008 : index
          %1154 = vector.load %7[%1153] : memref<?xf32>, vector<8xf32>
          %1155 = vector.fma %1027, %1154, %1139 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1156 = vector.fma %1051, %1154, %1140 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1157 = arith.addi %1153, %15 : index
          %1158 = vector.load %7[%1157] : memref<?xf32>, vector<8xf32>
          %1159 = vector.fma %1027, %1158, %1143 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1160 = vector.fma %1051, %1158, %1144 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1161 = arith.addi %1153, %1067 : index
          %1162 = vector.load %7[%1161] : memref<?xf32>, vector<8xf32>
          %1163 = vector.fma %1027, %1162, %1147 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1164 = vector.fma %1051, %1162, %1148 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1165 = arith.addi %1153, %1070 : index
          %1166 = vector.load %7[%1165] : memref<?xf32>, vector<8xf32>
          %1167 = vector.fma %1027, %1166, %1151 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1168 = vector.fma %1051, %1166, %1152 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1169 = arith.addi %661, %1008 : index
          %1170 = vector.load %7[%1169] : memref<?xf32>, vector<8xf32>
          %1171 = vector.fma %1030, %1170, %1155 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1172 = vector.fma %1054, %1170, %1156 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1173 = arith.addi %1169, %15 : index
          %1174 = vector.load %7[%1173] : memref<?xf32>, vector<8xf32>
          %1175 = vector.fma %1030, %1174, %1159 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1176 = vector.fma %1054, %1174, %1160 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1177 = arith.addi %1169, %1067 : index
          %1178 = vector.load %7[%1177] : memref<?xf32>, vector<8xf32>
          %1179 = vector.fma %1030, %1178, %1163 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1180 = vector.fma %1054, %1178, %1164 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1181 = arith.addi %1169, %1070 : index
          %1182 = vector.load %7[%1181] : memref<?xf32>, vector<8xf32>
          %1183 = vector.fma %1030, %1182, %1167 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1184 = vector.fma %1054, %1182, %1168 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1185 = arith.addi %663, %1008 : index
          %1186 = vector.load %7[%1185] : memref<?xf32>, vector<8xf32>
          %1187 = vector.fma %1033, %1186, %1171 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1188 = vector.fma %1057, %1186, %1172 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1189 = arith.addi %1185, %15 : index
          %1190 = vector.load %7[%1189] : memref<?xf32>, vector<8xf32>
          %1191 = vector.fma %1033, %1190, %1175 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1192 = vector.fma %1057, %1190, %1176 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1193 = arith.addi %1185, %1067 : index
          %1194 = vector.load %7[%1193] : memref<?xf32>, vector<8xf32>
          %1195 = vector.fma %1033, %1194, %1179 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1196 = vector.fma %1057, %1194, %1180 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1197 = arith.addi %1185, %1070 : index
          %1198 = vector.load %7[%1197] : memref<?xf32>, vector<8xf32>
          %1199 = vector.fma %1033, %1198, %1183 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1200 = vector.fma %1057, %1198, %1184 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1201 = arith.addi %665, %1008 : index
          %1202 = vector.load %7[%1201] : memref<?xf32>, vector<8xf32>
          %1203 = vector.fma %1036, %1202, %1187 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1204 = vector.fma %1060, %1202, %1188 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1205 = arith.addi %1201, %15 : index
          %1206 = vector.load %7[%1205] : memref<?xf32>, vector<8xf32>
          %1207 = vector.fma %1036, %1206, %1191 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1208 = vector.fma %1060, %1206, %1192 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1209 = arith.addi %1201, %1067 : index
          %1210 = vector.load %7[%1209] : memref<?xf32>, vector<8xf32>
          %1211 = vector.fma %1036, %1210, %1195 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1212 = vector.fma %1060, %1210, %1196 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1213 = arith.addi %1201, %1070 : index
          %1214 = vector.load %7[%1213] : memref<?xf32>, vector<8xf32>
          %1215 = vector.fma %1036, %1214, %1199 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          %1216 = vector.fma %1060, %1214, %1200 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
          vector.store %1203, %4[%1062] : memref<4608xf32>, vector<8xf32>
          vector.store %1204, %4[%1064] : memref<4608xf32>, vector<8xf32>
          vector.store %1207, %4[%1065] : memref<4608xf32>, vector<8xf32>
          vector.store %1208, %4[%1066] : memref<4608xf32>, vector<8xf32>
          vector.store %1211, %4[%1068] : memref<4608xf32>, vector<8xf32>
          vector.store %1212, %4[%1069] : memref<4608xf32>, vector<8xf32>
          vector.store %1215, %4[%1071] : memref<4608xf32>, vector<8xf32>
          vector.store %1216, %4[%1072] : memref<4608xf32>, vector<8xf32>
        }
      }
      scf.reduce
    }) : (index, index, index) -> ()
    func.return
  }
  func.func private @embed_h128_v1024_packed16_bf16(%0: memref<?xi32>, %1: memref<?xi16>, %2: memref<?xf32>, %3: index) attributes {rlx.kernel = {family = "embed", hidden = 128 : i64, vocab = 1024 : i64, packed = true, parallel_min_work = 524288 : i64, weight_format = "bf16"}} {
    %4 = arith.constant 2048 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 0 : index
    %7 = arith.constant 1 : index
    %8 = arith.constant 524288 : index
    %9 = arith.cmpi uge, %5, %8 : index
    rlx_cpu.parallel_dispatch @embed_h128_v1024_packed16_bf16.par2.loop(%0, %1, %2) range(%6 to %3 step %7) if(%9) {threads = 0 : i64} : (memref<?xi32>, memref<?xi16>, memref<?xf32>)
    func.return
  }
  func.func private @embed_h128_v1024_packed16_bf16.par2.loop(%0: memref<?xi32>, %1: memref<?xi16>, %2: memref<?xf32>, %3: index, %4: index, %5: index) attributes {rlx_cpu.parallel_body} {
    %6 = arith.constant 2048 : index
    %7 = arith.constant 0 : index
    %8 = arith.constant 1 : index
    "scf.parallel"(%3, %4, %8) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%9: index):
      %10 = memref.load %0[%9] : memref<?xi32>
      %11 = arith.index_cast %10 : i32 to index
      %12 = arith.constant 1023 : index
      %13 = arith.minui %11, %12 : index
      %14 = arith.constant 16 : index
      %15 = arith.divui %13, %14 : index
      %16 = arith.muli %15, %6 : index
      %17 = arith.remui %13, %14 : index
      %18 = arith.constant 128 : index
      %19 = arith.muli %9, %18 : index
      scf.for %20 = %7 to %8 step %8 {
        %21 = arith.muli %20, %18 : index
        scf.for %22 = %7 to %18 step %8 {
          %23 = arith.addi %21, %22 : index
          %24 = arith.muli %23, %14 : index
          %25 = arith.addi %16, %24 : index
          %26 = arith.addi %25, %17 : index
          %27 = vector.load %1[%26] : memref<?xi16>, vector<1xi16>
          %28 = arith.extui %27 : vector<1xi16> to vector<1xi32>
          %29 = arith.constant dense<16> : vector<1xi32>
          %30 = arith.shli %28, %29 : vector<1xi32>
          %31 = arith.bitcast %30 : vector<1xi32> to vector<1xf32>
          %32 = vector.extract %31[0] : f32 from vector<1xf32>
          %33 = arith.addi %19, %23 : index
          memref.store %32, %2[%33] : memref<?xf32>
        }
      }
      scf.reduce
    }) : (index, index, index) -> ()
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
    rlx_cpu.parallel_dispatch @kv_write_d64.par3.loop(%3, %5, %4, %0, %1) range(%9 to %6 step %10) if(%12) {threads = 0 : i64} : (index, index, index, memref<?xf32>, memref<?xf32>)
    func.return
  }
  func.func private @kv_write_d64.par3.loop(%0: index, %1: index, %2: index, %3: memref<?xf32>, %4: memref<?xf32>, %5: index, %6: index, %7: index) attributes {rlx_cpu.parallel_body} {
    %8 = arith.constant 64 : index
    %9 = arith.constant 0 : index
    %10 = arith.constant 1 : index
    "scf.parallel"(%5, %6, %10) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%11: index):
      %12 = arith.divui %11, %0 : index
      %13 = arith.remui %11, %0 : index
      %14 = arith.muli %11, %8 : index
      %15 = arith.muli %12, %1 : index
      %16 = arith.addi %15, %2 : index
      %17 = arith.addi %16, %13 : index
      %18 = arith.muli %17, %8 : index
      %19 = arith.constant 8 : index
      scf.for %20 = %9 to %8 step %19 {
        %21 = arith.addi %14, %20 : index
        %22 = vector.load %3[%21] : memref<?xf32>, vector<8xf32>
        %23 = arith.addi %18, %20 : index
        vector.store %22, %4[%23] : memref<?xf32>, vector<8xf32>
      }
      scf.reduce
    }) : (index, index, index) -> ()
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
    rlx_cpu.parallel_dispatch @linear_k128_n1024_bf16.par4.loop(%17, %3, %10, %1, %0, %2) range(%19 to %18 step %8) if(%21) {threads = 0 : i64} : (index, index, index, memref<?xi16>, memref<?xf32>, memref<?xf32>)
    func.return
  }
  func.func private @linear_k128_n1024_bf16.par4.loop(%0: index, %1: index, %2: index, %3: memref<?xi16>, %4: memref<?xf32>, %5: memref<?xf32>, %6: index, %7: index, %8: index) attributes {rlx_cpu.parallel_body} {
    %9 = arith.constant 992 : index
    %10 = arith.constant 8 : index
    %11 = arith.constant 1 : index
    %12 = arith.constant 0 : index
    %13 = arith.constant 4 : index
    "scf.parallel"(%6, %7, %11) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%14: index):
      %15 = arith.divui %14, %0 : index
      %16 = arith.remui %14, %0 : index
      %17 = arith.muli %16, %9 : index
      %18 = arith.addi %17, %9 : index
      %19 = arith.minui %18, %1 : index
      %20 = arith.subi %19, %17 : index
      %21 = arith.divui %20, %10 : index
      %22 = arith.muli %21, %10 : index
      %23 = arith.addi %17, %22 : index
      %24 = arith.muli %15, %2 : index
      %25 = arith.addi %24, %2 : index
      %26 = arith.constant 32 : index
      %27 = arith.minui %25, %26 : index
      scf.for %28 = %24 to %27 step %11 {
        %29 = arith.constant 2 : index
        %30 = arith.cmpi uge, %20, %29 : index
        scf.if %30 {
          %31 = arith.muli %28, %29 : index
          %32 = arith.addi %31, %11 : index
          %33 = arith.constant 2048 : index
          %34 = arith.muli %31, %33 : index
          %35 = arith.muli %32, %33 : index
          %36 = memref.alloca() : memref<4096xf32>
          %37 = arith.constant 128 : index
          scf.for %38 = %12 to %37 step %11 {
            scf.for %39 = %12 to %11 step %11 {
              %40 = arith.addi %38, %39 : index
              %41 = arith.constant 16 : index
              %42 = arith.muli %40, %41 : index
              %43 = arith.addi %34, %42 : index
              %44 = vector.load %3[%43] : memref<?xi16>, vector<16xi16>
              %45 = arith.extui %44 : vector<16xi16> to vector<16xi32>
              %46 = arith.constant dense<16> : vector<16xi32>
              %47 = arith.shli %45, %46 : vector<16xi32>
              %48 = arith.bitcast %47 : vector<16xi32> to vector<16xf32>
              vector.store %48, %36[%42] : memref<4096xf32>, vector<16xf32>
            }
          }
          scf.for %49 = %12 to %37 step %11 {
            scf.for %50 = %12 to %11 step %11 {
              %51 = arith.addi %49, %50 : index
              %52 = arith.constant 16 : index
              %53 = arith.muli %51, %52 : index
              %54 = arith.addi %35, %53 : index
              %55 = vector.load %3[%54] : memref<?xi16>, vector<16xi16>
              %56 = arith.extui %55 : vector<16xi16> to vector<16xi32>
              %57 = arith.constant dense<16> : vector<16xi32>
              %58 = arith.shli %56, %57 : vector<16xi32>
              %59 = arith.bitcast %58 : vector<16xi32> to vector<16xf32>
              %60 = arith.addi %33, %53 : index
              vector.store %59, %36[%60] : memref<4096xf32>, vector<16xf32>
            }
          }
          scf.for %61 = %17 to %23 step %10 {
            %62 = arith.addi %61, %11 : index
            %63 = arith.addi %61, %29 : index
            %64 = arith.constant 3 : index
            %65 = arith.addi %61, %64 : index
            %66 = arith.addi %61, %13 : index
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
            %89, %90, %91, %92, %93, %94, %95, %96, %97, %98, %99, %100, %101, %102, %103, %104 = scf.for %105 = %12 to %37 step %11 iter_args(%106 = %88, %107 = %88, %108 = %88, %109 = %88, %110 = %88, %111 = %88, %112 = %88, %113 = %88, %114 = %88, %115 = %88, %116 = %88, %117 = %88, %118 = %88, %119 = %88, %120 = %88, %121 = %88) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
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
              %130 = memref.load %4[%129] : memref<?xf32>
              %131 = vector.broadcast %130 : f32 to vector<16xf32>
              %132 = vector.fma %131, %124, %106 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %133 = vector.fma %131, %126, %107 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %134 = arith.addi %74, %105 : index
              %135 = memref.load %4[%134] : memref<?xf32>
              %136 = vector.broadcast %135 : f32 to vector<16xf32>
              %137 = vector.fma %136, %124, %108 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %138 = vector.fma %136, %126, %109 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %139 = arith.addi %76, %105 : index
              %140 = memref.load %4[%139] : memref<?xf32>
              %141 = vector.broadcast %140 : f32 to vector<16xf32>
              %142 = vector.fma %141, %124, %110 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %143 = vector.fma %141, %126, %111 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %144 = arith.addi %78, %105 : index
              %145 = memref.load %4[%144] : memref<?xf32>
              %146 = vector.broadcast %145 : f32 to vector<16xf32>
              %147 = vector.fma %146, %124, %112 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %148 = vector.fma %146, %126, %113 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %149 = arith.addi %80, %105 : index
              %150 = memref.load %4[%149] : memref<?xf32>
              %151 = vector.broadcast %150 : f32 to vector<16xf32>
              %152 = vector.fma %151, %124, %114 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %153 = vector.fma %151, %126, %115 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %154 = arith.addi %82, %105 : index
              %155 = memref.load %4[%154] : memref<?xf32>
              %156 = vector.broadcast %155 : f32 to vector<16xf32>
              %157 = vector.fma %156, %124, %116 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %158 = vector.fma %156, %126, %117 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %159 = arith.addi %84, %105 : index
              %160 = memref.load %4[%159] : memref<?xf32>
              %161 = vector.broadcast %160 : f32 to vector<16xf32>
              %162 = vector.fma %161, %124, %118 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %163 = vector.fma %161, %126, %119 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %164 = arith.addi %86, %105 : index
              %165 = memref.load %4[%164] : memref<?xf32>
              %166 = vector.broadcast %165 : f32 to vector<16xf32>
              %167 = vector.fma %166, %124, %120 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %168 = vector.fma %166, %126, %121 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %132, %133, %137, %138, %142, %143, %147, %148, %152, %153, %157, %158, %162, %163, %167, %168 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %169 = arith.constant 16 : index
            %170 = arith.muli %31, %169 : index
            %171 = arith.constant 1024 : index
            %172 = arith.muli %61, %171 : index
            %173 = arith.addi %172, %170 : index
            vector.store %89, %5[%173] : memref<?xf32>, vector<16xf32>
            %174 = arith.muli %32, %169 : index
            %175 = arith.addi %172, %174 : index
            vector.store %90, %5[%175] : memref<?xf32>, vector<16xf32>
            %176 = arith.muli %62, %171 : index
            %177 = arith.addi %176, %170 : index
            vector.store %91, %5[%177] : memref<?xf32>, vector<16xf32>
            %178 = arith.addi %176, %174 : index
            vector.store %92, %5[%178] : memref<?xf32>, vector<16xf32>
            %179 = arith.muli %63, %171 : index
            %180 = arith.addi %179, %170 : index
            vector.store %93, %5[%180] : memref<?xf32>, vector<16xf32>
            %181 = arith.addi %179, %174 : index
            vector.store %94, %5[%181] : memref<?xf32>, vector<16xf32>
            %182 = arith.muli %65, %171 : index
            %183 = arith.addi %182, %170 : index
            vector.store %95, %5[%183] : memref<?xf32>, vector<16xf32>
            %184 = arith.addi %182, %174 : index
            vector.store %96, %5[%184] : memref<?xf32>, vector<16xf32>
            %185 = arith.muli %66, %171 : index
            %186 = arith.addi %185, %170 : index
            vector.store %97, %5[%186] : memref<?xf32>, vector<16xf32>
            %187 = arith.addi %185, %174 : index
            vector.store %98, %5[%187] : memref<?xf32>, vector<16xf32>
            %188 = arith.muli %68, %171 : index
            %189 = arith.addi %188, %170 : index
            vector.store %99, %5[%189] : memref<?xf32>, vector<16xf32>
            %190 = arith.addi %188, %174 : index
            vector.store %100, %5[%190] : memref<?xf32>, vector<16xf32>
            %191 = arith.muli %70, %171 : index
            %192 = arith.addi %191, %170 : index
            vector.store %101, %5[%192] : memref<?xf32>, vector<16xf32>
            %193 = arith.addi %191, %174 : index
            vector.store %102, %5[%193] : memref<?xf32>, vector<16xf32>
            %194 = arith.muli %72, %171 : index
            %195 = arith.addi %194, %170 : index
            vector.store %103, %5[%195] : memref<?xf32>, vector<16xf32>
            %196 = arith.addi %194, %174 : index
            vector.store %104, %5[%196] : memref<?xf32>, vector<16xf32>
          }
          %197 = arith.subi %19, %23 : index
          %198 = arith.divui %197, %13 : index
          %199 = arith.muli %198, %13 : index
          %200 = arith.addi %23, %199 : index
          scf.for %201 = %23 to %200 step %13 {
            %202 = arith.addi %201, %11 : index
            %203 = arith.addi %201, %29 : index
            %204 = arith.constant 3 : index
            %205 = arith.addi %201, %204 : index
            %206 = arith.muli %201, %37 : index
            %207 = arith.addi %206, %37 : index
            %208 = arith.constant 256 : index
            %209 = arith.addi %206, %208 : index
            %210 = arith.constant 384 : index
            %211 = arith.addi %206, %210 : index
            %212 = arith.constant 0.000000e+00 : f32
            %213 = vector.broadcast %212 : f32 to vector<16xf32>
            %214, %215, %216, %217, %218, %219, %220, %221 = scf.for %222 = %12 to %37 step %11 iter_args(%223 = %213, %224 = %213, %225 = %213, %226 = %213, %227 = %213, %228 = %213, %229 = %213, %230 = %213) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %231 = arith.constant 16 : index
              %232 = arith.muli %222, %231 : index
              %233 = vector.load %36[%232] : memref<4096xf32>, vector<16xf32>
              %234 = arith.addi %33, %232 : index
              %235 = vector.load %36[%234] : memref<4096xf32>, vector<16xf32>
              %236 = arith.addi %232, %208 : index
              rlx_cpu.prefetch %36[%236] {cache = "l1"} : memref<4096xf32>
              %237 = arith.addi %234, %208 : index
              rlx_cpu.prefetch %36[%237] {cache = "l1"} : memref<4096xf32>
              %238 = arith.addi %206, %222 : index
              %239 = memref.load %4[%238] : memref<?xf32>
              %240 = vector.broadcast %239 : f32 to vector<16xf32>
              %241 = vector.fma %240, %233, %223 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %242 = vector.fma %240, %235, %224 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %243 = arith.addi %207, %222 : index
              %244 = memref.load %4[%243] : memref<?xf32>
              %245 = vector.broadcast %244 : f32 to vector<16xf32>
              %246 = vector.fma %245, %233, %225 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %247 = vector.fma %245, %235, %226 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %248 = arith.addi %209, %222 : index
              %249 = memref.load %4[%248] : memref<?xf32>
              %250 = vector.broadcast %249 : f32 to vector<16xf32>
              %251 = vector.fma %250, %233, %227 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %252 = vector.fma %250, %235, %228 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %253 = arith.addi %211, %222 : index
              %254 = memref.load %4[%253] : memref<?xf32>
              %255 = vector.broadcast %254 : f32 to vector<16xf32>
              %256 = vector.fma %255, %233, %229 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %257 = vector.fma %255, %235, %230 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %241, %242, %246, %247, %251, %252, %256, %257 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %258 = arith.constant 16 : index
            %259 = arith.muli %31, %258 : index
            %260 = arith.constant 1024 : index
            %261 = arith.muli %201, %260 : index
            %262 = arith.addi %261, %259 : index
            vector.store %214, %5[%262] : memref<?xf32>, vector<16xf32>
            %263 = arith.muli %32, %258 : index
            %264 = arith.addi %261, %263 : index
            vector.store %215, %5[%264] : memref<?xf32>, vector<16xf32>
            %265 = arith.muli %202, %260 : index
            %266 = arith.addi %265, %259 : index
            vector.store %216, %5[%266] : memref<?xf32>, vector<16xf32>
            %267 = arith.addi %265, %263 : index
            vector.store %217, %5[%267] : memref<?xf32>, vector<16xf32>
            %268 = arith.muli %203, %260 : index
            %269 = arith.addi %268, %259 : index
            vector.store %218, %5[%269] : memref<?xf32>, vector<16xf32>
            %270 = arith.addi %268, %263 : index
            vector.store %219, %5[%270] : memref<?xf32>, vector<16xf32>
            %271 = arith.muli %205, %260 : index
            %272 = arith.addi %271, %259 : index
            vector.store %220, %5[%272] : memref<?xf32>, vector<16xf32>
            %273 = arith.addi %271, %263 : index
            vector.store %221, %5[%273] : memref<?xf32>, vector<16xf32>
          }
          %274 = arith.subi %19, %200 : index
          %275 = arith.divui %274, %29 : index
          %276 = arith.muli %275, %29 : index
          %277 = arith.addi %200, %276 : index
          scf.for %278 = %200 to %277 step %29 {
            %279 = arith.addi %278, %11 : index
            %280 = arith.muli %278, %37 : index
            %281 = arith.addi %280, %37 : index
            %282 = arith.constant 0.000000e+00 : f32
            %283 = vector.broadcast %282 : f32 to vector<16xf32>
            %284, %285, %286, %287, %288, %289, %290, %291 = scf.for %292 = %12 to %37 step %29 iter_args(%293 = %283, %294 = %283, %295 = %283, %296 = %283, %297 = %283, %298 = %283, %299 = %283, %300 = %283) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %301 = arith.constant 16 : index
              %302 = arith.muli %292, %301 : index
              %303 = vector.load %36[%302] : memref<4096xf32>, vector<16xf32>
              %304 = arith.addi %33, %302 : index
              %305 = vector.load %36[%304] : memref<4096xf32>, vector<16xf32>
              %306 = arith.constant 256 : index
              %307 = arith.addi %302, %306 : index
              rlx_cpu.prefetch %36[%307] {cache = "l1"} : memref<4096xf32>
              %308 = arith.addi %304, %306 : index
              rlx_cpu.prefetch %36[%308] {cache = "l1"} : memref<4096xf32>
              %309 = arith.addi %280, %292 : index
              %310 = memref.load %4[%309] : memref<?xf32>
              %311 = vector.broadcast %310 : f32 to vector<16xf32>
              %312 = vector.fma %311, %303, %293 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %313 = vector.fma %311, %305, %294 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %314 = arith.addi %281, %292 : index
              %315 = memref.load %4[%314] : memref<?xf32>
              %316 = vector.broadcast %315 : f32 to vector<16xf32>
              %317 = vector.fma %316, %303, %295 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %318 = vector.fma %316, %305, %296 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %319 = arith.addi %292, %11 : index
              %320 = arith.muli %319, %301 : index
              %321 = vector.load %36[%320] : memref<4096xf32>, vector<16xf32>
              %322 = arith.addi %33, %320 : index
              %323 = vector.load %36[%322] : memref<4096xf32>, vector<16xf32>
              %324 = arith.addi %320, %306 : index
              rlx_cpu.prefetch %36[%324] {cache = "l1"} : memref<4096xf32>
              %325 = arith.addi %322, %306 : index
              rlx_cpu.prefetch %36[%325] {cache = "l1"} : memref<4096xf32>
              %326 = arith.addi %280, %319 : index
              %327 = memref.load %4[%326] : memref<?xf32>
              %328 = vector.broadcast %327 : f32 to vector<16xf32>
              %329 = vector.fma %328, %321, %297 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %330 = vector.fma %328, %323, %298 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %331 = arith.addi %281, %319 : index
              %332 = memref.load %4[%331] : memref<?xf32>
              %333 = vector.broadcast %332 : f32 to vector<16xf32>
              %334 = vector.fma %333, %321, %299 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %335 = vector.fma %333, %323, %300 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %312, %313, %317, %318, %329, %330, %334, %335 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %336 = arith.addf %284, %288 fastmath<nsz,arcp,afn> : vector<16xf32>
            %337 = arith.addf %285, %289 fastmath<nsz,arcp,afn> : vector<16xf32>
            %338 = arith.addf %286, %290 fastmath<nsz,arcp,afn> : vector<16xf32>
            %339 = arith.addf %287, %291 fastmath<nsz,arcp,afn> : vector<16xf32>
            %340 = arith.constant 16 : index
            %341 = arith.muli %31, %340 : index
            %342 = arith.constant 1024 : index
            %343 = arith.muli %278, %342 : index
            %344 = arith.addi %343, %341 : index
            vector.store %336, %5[%344] : memref<?xf32>, vector<16xf32>
            %345 = arith.muli %32, %340 : index
            %346 = arith.addi %343, %345 : index
            vector.store %337, %5[%346] : memref<?xf32>, vector<16xf32>
            %347 = arith.muli %279, %342 : index
            %348 = arith.addi %347, %341 : index
            vector.store %338, %5[%348] : memref<?xf32>, vector<16xf32>
            %349 = arith.addi %347, %345 : index
            vector.store %339, %5[%349] : memref<?xf32>, vector<16xf32>
          }
          scf.for %350 = %277 to %19 step %11 {
            %351 = arith.muli %350, %37 : index
            %352 = arith.constant 0.000000e+00 : f32
            %353 = vector.broadcast %352 : f32 to vector<16xf32>
            %354, %355, %356, %357 = scf.for %358 = %12 to %37 step %29 iter_args(%359 = %353, %360 = %353, %361 = %353, %362 = %353) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %363 = arith.constant 16 : index
              %364 = arith.muli %358, %363 : index
              %365 = vector.load %36[%364] : memref<4096xf32>, vector<16xf32>
              %366 = arith.addi %33, %364 : index
              %367 = vector.load %36[%366] : memref<4096xf32>, vector<16xf32>
              %368 = arith.addi %351, %358 : index
              %369 = memref.load %4[%368] : memref<?xf32>
              %370 = vector.broadcast %369 : f32 to vector<16xf32>
              %371 = vector.fma %370, %365, %359 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %372 = vector.fma %370, %367, %360 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %373 = arith.addi %358, %11 : index
              %374 = arith.muli %373, %363 : index
              %375 = vector.load %36[%374] : memref<4096xf32>, vector<16xf32>
              %376 = arith.addi %33, %374 : index
              %377 = vector.load %36[%376] : memref<4096xf32>, vector<16xf32>
              %378 = arith.addi %351, %373 : index
              %379 = memref.load %4[%378] : memref<?xf32>
              %380 = vector.broadcast %379 : f32 to vector<16xf32>
              %381 = vector.fma %380, %375, %361 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %382 = vector.fma %380, %377, %362 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %371, %372, %381, %382 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %383 = arith.addf %354, %356 fastmath<nsz,arcp,afn> : vector<16xf32>
            %384 = arith.addf %355, %357 fastmath<nsz,arcp,afn> : vector<16xf32>
            %385 = arith.constant 16 : index
            %386 = arith.muli %31, %385 : index
            %387 = arith.constant 1024 : index
            %388 = arith.muli %350, %387 : index
            %389 = arith.addi %388, %386 : index
            vector.store %383, %5[%389] : memref<?xf32>, vector<16xf32>
            %390 = arith.muli %32, %385 : index
            %391 = arith.addi %388, %390 : index
            vector.store %384, %5[%391] : memref<?xf32>, vector<16xf32>
          }
        } else {
          %392 = arith.muli %28, %29 : index
          %393 = arith.addi %392, %11 : index
          %394 = arith.constant 2048 : index
          %395 = arith.muli %392, %394 : index
          %396 = arith.muli %393, %394 : index
          scf.for %397 = %17 to %19 step %11 {
            %398 = arith.constant 128 : index
            %399 = arith.muli %397, %398 : index
            %400 = arith.constant 0.000000e+00 : f32
            %401 = vector.broadcast %400 : f32 to vector<16xf32>
            %402, %403, %404, %405 = scf.for %406 = %12 to %398 step %29 iter_args(%407 = %401, %408 = %401, %409 = %401, %410 = %401) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %411 = arith.constant 16 : index
              %412 = arith.muli %406, %411 : index
              %413 = arith.addi %395, %412 : index
              %414 = vector.load %3[%413] : memref<?xi16>, vector<16xi16>
              %415 = arith.extui %414 : vector<16xi16> to vector<16xi32>
              %416 = arith.constant dense<16> : vector<16xi32>
              %417 = arith.shli %415, %416 : vector<16xi32>
              %418 = arith.bitcast %417 : vector<16xi32> to vector<16xf32>
              %419 = arith.addi %396, %412 : index
              %420 = vector.load %3[%419] : memref<?xi16>, vector<16xi16>
              %421 = arith.extui %420 : vector<16xi16> to vector<16xi32>
              %422 = arith.shli %421, %416 : vector<16xi32>
              %423 = arith.bitcast %422 : vector<16xi32> to vector<16xf32>
              %424 = arith.addi %399, %406 : index
              %425 = memref.load %4[%424] : memref<?xf32>
              %426 = vector.broadcast %425 : f32 to vector<16xf32>
              %427 = vector.fma %426, %418, %407 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %428 = vector.fma %426, %423, %408 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %429 = arith.addi %406, %11 : index
              %430 = arith.muli %429, %411 : index
              %431 = arith.addi %395, %430 : index
              %432 = vector.load %3[%431] : memref<?xi16>, vector<16xi16>
              %433 = arith.extui %432 : vector<16xi16> to vector<16xi32>
              %434 = arith.shli %433, %416 : vector<16xi32>
              %435 = arith.bitcast %434 : vector<16xi32> to vector<16xf32>
              %436 = arith.addi %396, %430 : index
              %437 = vector.load %3[%436] : memref<?xi16>, vector<16xi16>
              %438 = arith.extui %437 : vector<16xi16> to vector<16xi32>
              %439 = arith.shli %438, %416 : vector<16xi32>
              %440 = arith.bitcast %439 : vector<16xi32> to vector<16xf32>
              %441 = arith.addi %399, %429 : index
              %442 = memref.load %4[%441] : memref<?xf32>
              %443 = vector.broadcast %442 : f32 to vector<16xf32>
              %444 = vector.fma %443, %435, %409 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %445 = vector.fma %443, %440, %410 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %427, %428, %444, %445 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %446 = arith.addf %402, %404 fastmath<nsz,arcp,afn> : vector<16xf32>
            %447 = arith.addf %403, %405 fastmath<nsz,arcp,afn> : vector<16xf32>
            %448 = arith.constant 16 : index
            %449 = arith.muli %392, %448 : index
            %450 = arith.constant 1024 : index
            %451 = arith.muli %397, %450 : index
            %452 = arith.addi %451, %449 : index
            vector.store %446, %5[%452] : memref<?xf32>, vector<16xf32>
            %453 = arith.muli %393, %448 : index
            %454 = arith.addi %451, %453 : index
            vector.store %447, %5[%454] : memref<?xf32>, vector<16xf32>
          }
        }
      }
      scf.reduce
    }) : (index, index, index) -> ()
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
    rlx_cpu.parallel_dispatch @linear_k128_n128_bf16.par5.loop(%9, %3, %1, %0, %2) range(%12 to %11 step %13) if(%15) {threads = 0 : i64} : (index, index, memref<?xi16>, memref<?xf32>, memref<?xf32>)
    func.return
  }
  func.func private @linear_k128_n128_bf16.par5.loop(%0: index, %1: index, %2: memref<?xi16>, %3: memref<?xf32>, %4: memref<?xf32>, %5: index, %6: index, %7: index) attributes {rlx_cpu.parallel_body} {
    %8 = arith.constant 992 : index
    %9 = arith.constant 1 : index
    %10 = arith.constant 0 : index
    %11 = arith.constant 4 : index
    "scf.parallel"(%5, %6, %9) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%12: index):
      %13 = arith.divui %12, %0 : index
      %14 = arith.remui %12, %0 : index
      %15 = arith.muli %14, %8 : index
      %16 = arith.addi %15, %8 : index
      %17 = arith.minui %16, %1 : index
      %18 = arith.subi %17, %15 : index
      %19 = arith.constant 8 : index
      %20 = arith.divui %18, %19 : index
      %21 = arith.muli %20, %19 : index
      %22 = arith.addi %15, %21 : index
      %23 = arith.addi %13, %9 : index
      scf.for %24 = %13 to %23 step %9 {
        %25 = arith.constant 2 : index
        %26 = arith.cmpi uge, %18, %25 : index
        scf.if %26 {
          %27 = arith.muli %24, %25 : index
          %28 = arith.addi %27, %9 : index
          %29 = arith.constant 2048 : index
          %30 = arith.muli %27, %29 : index
          %31 = arith.muli %28, %29 : index
          %32 = memref.alloca() : memref<4096xf32>
          %33 = arith.constant 128 : index
          scf.for %34 = %10 to %33 step %9 {
            scf.for %35 = %10 to %9 step %9 {
              %36 = arith.addi %34, %35 : index
              %37 = arith.constant 16 : index
              %38 = arith.muli %36, %37 : index
              %39 = arith.addi %30, %38 : index
              %40 = vector.load %2[%39] : memref<?xi16>, vector<16xi16>
              %41 = arith.extui %40 : vector<16xi16> to vector<16xi32>
              %42 = arith.constant dense<16> : vector<16xi32>
              %43 = arith.shli %41, %42 : vector<16xi32>
              %44 = arith.bitcast %43 : vector<16xi32> to vector<16xf32>
              vector.store %44, %32[%38] : memref<4096xf32>, vector<16xf32>
            }
          }
          scf.for %45 = %10 to %33 step %9 {
            scf.for %46 = %10 to %9 step %9 {
              %47 = arith.addi %45, %46 : index
              %48 = arith.constant 16 : index
              %49 = arith.muli %47, %48 : index
              %50 = arith.addi %31, %49 : index
              %51 = vector.load %2[%50] : memref<?xi16>, vector<16xi16>
              %52 = arith.extui %51 : vector<16xi16> to vector<16xi32>
              %53 = arith.constant dense<16> : vector<16xi32>
              %54 = arith.shli %52, %53 : vector<16xi32>
              %55 = arith.bitcast %54 : vector<16xi32> to vector<16xf32>
              %56 = arith.addi %29, %49 : index
              vector.store %55, %32[%56] : memref<4096xf32>, vector<16xf32>
            }
          }
          scf.for %57 = %15 to %22 step %19 {
            %58 = arith.addi %57, %9 : index
            %59 = arith.addi %57, %25 : index
            %60 = arith.constant 3 : index
            %61 = arith.addi %57, %60 : index
            %62 = arith.addi %57, %11 : index
            %63 = arith.constant 5 : index
            %64 = arith.addi %57, %63 : index
            %65 = arith.constant 6 : index
            %66 = arith.addi %57, %65 : index
            %67 = arith.constant 7 : index
            %68 = arith.addi %57, %67 : index
            %69 = arith.muli %57, %33 : index
            %70 = arith.addi %69, %33 : index
            %71 = arith.constant 256 : index
            %72 = arith.addi %69, %71 : index
            %73 = arith.constant 384 : index
            %74 = arith.addi %69, %73 : index
            %75 = arith.constant 512 : index
            %76 = arith.addi %69, %75 : index
            %77 = arith.constant 640 : index
            %78 = arith.addi %69, %77 : index
            %79 = arith.constant 768 : index
            %80 = arith.addi %69, %79 : index
            %81 = arith.constant 896 : index
            %82 = arith.addi %69, %81 : index
            %83 = arith.constant 0.000000e+00 : f32
            %84 = vector.broadcast %83 : f32 to vector<16xf32>
            %85, %86, %87, %88, %89, %90, %91, %92, %93, %94, %95, %96, %97, %98, %99, %100 = scf.for %101 = %10 to %33 step %9 iter_args(%102 = %84, %103 = %84, %104 = %84, %105 = %84, %106 = %84, %107 = %84, %108 = %84, %109 = %84, %110 = %84, %111 = %84, %112 = %84, %113 = %84, %114 = %84, %115 = %84, %116 = %84, %117 = %84) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %118 = arith.constant 16 : index
              %119 = arith.muli %101, %118 : index
              %120 = vector.load %32[%119] : memref<4096xf32>, vector<16xf32>
              %121 = arith.addi %29, %119 : index
              %122 = vector.load %32[%121] : memref<4096xf32>, vector<16xf32>
              %123 = arith.addi %119, %71 : index
              rlx_cpu.prefetch %32[%123] {cache = "l1"} : memref<4096xf32>
              %124 = arith.addi %121, %71 : index
              rlx_cpu.prefetch %32[%124] {cache = "l1"} : memref<4096xf32>
              %125 = arith.addi %69, %101 : index
              %126 = memref.load %3[%125] : memref<?xf32>
              %127 = vector.broadcast %126 : f32 to vector<16xf32>
              %128 = vector.fma %127, %120, %102 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %129 = vector.fma %127, %122, %103 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %130 = arith.addi %70, %101 : index
              %131 = memref.load %3[%130] : memref<?xf32>
              %132 = vector.broadcast %131 : f32 to vector<16xf32>
              %133 = vector.fma %132, %120, %104 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %134 = vector.fma %132, %122, %105 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %135 = arith.addi %72, %101 : index
              %136 = memref.load %3[%135] : memref<?xf32>
              %137 = vector.broadcast %136 : f32 to vector<16xf32>
              %138 = vector.fma %137, %120, %106 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %139 = vector.fma %137, %122, %107 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %140 = arith.addi %74, %101 : index
              %141 = memref.load %3[%140] : memref<?xf32>
              %142 = vector.broadcast %141 : f32 to vector<16xf32>
              %143 = vector.fma %142, %120, %108 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %144 = vector.fma %142, %122, %109 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %145 = arith.addi %76, %101 : index
              %146 = memref.load %3[%145] : memref<?xf32>
              %147 = vector.broadcast %146 : f32 to vector<16xf32>
              %148 = vector.fma %147, %120, %110 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %149 = vector.fma %147, %122, %111 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %150 = arith.addi %78, %101 : index
              %151 = memref.load %3[%150] : memref<?xf32>
              %152 = vector.broadcast %151 : f32 to vector<16xf32>
              %153 = vector.fma %152, %120, %112 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %154 = vector.fma %152, %122, %113 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %155 = arith.addi %80, %101 : index
              %156 = memref.load %3[%155] : memref<?xf32>
              %157 = vector.broadcast %156 : f32 to vector<16xf32>
              %158 = vector.fma %157, %120, %114 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %159 = vector.fma %157, %122, %115 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %160 = arith.addi %82, %101 : index
              %161 = memref.load %3[%160] : memref<?xf32>
              %162 = vector.broadcast %161 : f32 to vector<16xf32>
              %163 = vector.fma %162, %120, %116 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %164 = vector.fma %162, %122, %117 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %128, %129, %133, %134, %138, %139, %143, %144, %148, %149, %153, %154, %158, %159, %163, %164 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %165 = arith.constant 16 : index
            %166 = arith.muli %27, %165 : index
            %167 = arith.addi %69, %166 : index
            vector.store %85, %4[%167] : memref<?xf32>, vector<16xf32>
            %168 = arith.muli %28, %165 : index
            %169 = arith.addi %69, %168 : index
            vector.store %86, %4[%169] : memref<?xf32>, vector<16xf32>
            %170 = arith.muli %58, %33 : index
            %171 = arith.addi %170, %166 : index
            vector.store %87, %4[%171] : memref<?xf32>, vector<16xf32>
            %172 = arith.addi %170, %168 : index
            vector.store %88, %4[%172] : memref<?xf32>, vector<16xf32>
            %173 = arith.muli %59, %33 : index
            %174 = arith.addi %173, %166 : index
            vector.store %89, %4[%174] : memref<?xf32>, vector<16xf32>
            %175 = arith.addi %173, %168 : index
            vector.store %90, %4[%175] : memref<?xf32>, vector<16xf32>
            %176 = arith.muli %61, %33 : index
            %177 = arith.addi %176, %166 : index
            vector.store %91, %4[%177] : memref<?xf32>, vector<16xf32>
            %178 = arith.addi %176, %168 : index
            vector.store %92, %4[%178] : memref<?xf32>, vector<16xf32>
            %179 = arith.muli %62, %33 : index
            %180 = arith.addi %179, %166 : index
            vector.store %93, %4[%180] : memref<?xf32>, vector<16xf32>
            %181 = arith.addi %179, %168 : index
            vector.store %94, %4[%181] : memref<?xf32>, vector<16xf32>
            %182 = arith.muli %64, %33 : index
            %183 = arith.addi %182, %166 : index
            vector.store %95, %4[%183] : memref<?xf32>, vector<16xf32>
            %184 = arith.addi %182, %168 : index
            vector.store %96, %4[%184] : memref<?xf32>, vector<16xf32>
            %185 = arith.muli %66, %33 : index
            %186 = arith.addi %185, %166 : index
            vector.store %97, %4[%186] : memref<?xf32>, vector<16xf32>
            %187 = arith.addi %185, %168 : index
            vector.store %98, %4[%187] : memref<?xf32>, vector<16xf32>
            %188 = arith.muli %68, %33 : index
            %189 = arith.addi %188, %166 : index
            vector.store %99, %4[%189] : memref<?xf32>, vector<16xf32>
            %190 = arith.addi %188, %168 : index
            vector.store %100, %4[%190] : memref<?xf32>, vector<16xf32>
          }
          %191 = arith.subi %17, %22 : index
          %192 = arith.divui %191, %11 : index
          %193 = arith.muli %192, %11 : index
          %194 = arith.addi %22, %193 : index
          scf.for %195 = %22 to %194 step %11 {
            %196 = arith.addi %195, %9 : index
            %197 = arith.addi %195, %25 : index
            %198 = arith.constant 3 : index
            %199 = arith.addi %195, %198 : index
            %200 = arith.muli %195, %33 : index
            %201 = arith.addi %200, %33 : index
            %202 = arith.constant 256 : index
            %203 = arith.addi %200, %202 : index
            %204 = arith.constant 384 : index
            %205 = arith.addi %200, %204 : index
            %206 = arith.constant 0.000000e+00 : f32
            %207 = vector.broadcast %206 : f32 to vector<16xf32>
            %208, %209, %210, %211, %212, %213, %214, %215 = scf.for %216 = %10 to %33 step %9 iter_args(%217 = %207, %218 = %207, %219 = %207, %220 = %207, %221 = %207, %222 = %207, %223 = %207, %224 = %207) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %225 = arith.constant 16 : index
              %226 = arith.muli %216, %225 : index
              %227 = vector.load %32[%226] : memref<4096xf32>, vector<16xf32>
              %228 = arith.addi %29, %226 : index
              %229 = vector.load %32[%228] : memref<4096xf32>, vector<16xf32>
              %230 = arith.addi %226, %202 : index
              rlx_cpu.prefetch %32[%230] {cache = "l1"} : memref<4096xf32>
              %231 = arith.addi %228, %202 : index
              rlx_cpu.prefetch %32[%231] {cache = "l1"} : memref<4096xf32>
              %232 = arith.addi %200, %216 : index
              %233 = memref.load %3[%232] : memref<?xf32>
              %234 = vector.broadcast %233 : f32 to vector<16xf32>
              %235 = vector.fma %234, %227, %217 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %236 = vector.fma %234, %229, %218 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %237 = arith.addi %201, %216 : index
              %238 = memref.load %3[%237] : memref<?xf32>
              %239 = vector.broadcast %238 : f32 to vector<16xf32>
              %240 = vector.fma %239, %227, %219 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %241 = vector.fma %239, %229, %220 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %242 = arith.addi %203, %216 : index
              %243 = memref.load %3[%242] : memref<?xf32>
              %244 = vector.broadcast %243 : f32 to vector<16xf32>
              %245 = vector.fma %244, %227, %221 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %246 = vector.fma %244, %229, %222 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %247 = arith.addi %205, %216 : index
              %248 = memref.load %3[%247] : memref<?xf32>
              %249 = vector.broadcast %248 : f32 to vector<16xf32>
              %250 = vector.fma %249, %227, %223 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %251 = vector.fma %249, %229, %224 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %235, %236, %240, %241, %245, %246, %250, %251 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %252 = arith.constant 16 : index
            %253 = arith.muli %27, %252 : index
            %254 = arith.addi %200, %253 : index
            vector.store %208, %4[%254] : memref<?xf32>, vector<16xf32>
            %255 = arith.muli %28, %252 : index
            %256 = arith.addi %200, %255 : index
            vector.store %209, %4[%256] : memref<?xf32>, vector<16xf32>
            %257 = arith.muli %196, %33 : index
            %258 = arith.addi %257, %253 : index
            vector.store %210, %4[%258] : memref<?xf32>, vector<16xf32>
            %259 = arith.addi %257, %255 : index
            vector.store %211, %4[%259] : memref<?xf32>, vector<16xf32>
            %260 = arith.muli %197, %33 : index
            %261 = arith.addi %260, %253 : index
            vector.store %212, %4[%261] : memref<?xf32>, vector<16xf32>
            %262 = arith.addi %260, %255 : index
            vector.store %213, %4[%262] : memref<?xf32>, vector<16xf32>
            %263 = arith.muli %199, %33 : index
            %264 = arith.addi %263, %253 : index
            vector.store %214, %4[%264] : memref<?xf32>, vector<16xf32>
            %265 = arith.addi %263, %255 : index
            vector.store %215, %4[%265] : memref<?xf32>, vector<16xf32>
          }
          %266 = arith.subi %17, %194 : index
          %267 = arith.divui %266, %25 : index
          %268 = arith.muli %267, %25 : index
          %269 = arith.addi %194, %268 : index
          scf.for %270 = %194 to %269 step %25 {
            %271 = arith.addi %270, %9 : index
            %272 = arith.muli %270, %33 : index
            %273 = arith.addi %272, %33 : index
            %274 = arith.constant 0.000000e+00 : f32
            %275 = vector.broadcast %274 : f32 to vector<16xf32>
            %276, %277, %278, %279, %280, %281, %282, %283 = scf.for %284 = %10 to %33 step %25 iter_args(%285 = %275, %286 = %275, %287 = %275, %288 = %275, %289 = %275, %290 = %275, %291 = %275, %292 = %275) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %293 = arith.constant 16 : index
              %294 = arith.muli %284, %293 : index
              %295 = vector.load %32[%294] : memref<4096xf32>, vector<16xf32>
              %296 = arith.addi %29, %294 : index
              %297 = vector.load %32[%296] : memref<4096xf32>, vector<16xf32>
              %298 = arith.constant 256 : index
              %299 = arith.addi %294, %298 : index
              rlx_cpu.prefetch %32[%299] {cache = "l1"} : memref<4096xf32>
              %300 = arith.addi %296, %298 : index
              rlx_cpu.prefetch %32[%300] {cache = "l1"} : memref<4096xf32>
              %301 = arith.addi %272, %284 : index
              %302 = memref.load %3[%301] : memref<?xf32>
              %303 = vector.broadcast %302 : f32 to vector<16xf32>
              %304 = vector.fma %303, %295, %285 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %305 = vector.fma %303, %297, %286 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %306 = arith.addi %273, %284 : index
              %307 = memref.load %3[%306] : memref<?xf32>
              %308 = vector.broadcast %307 : f32 to vector<16xf32>
              %309 = vector.fma %308, %295, %287 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %310 = vector.fma %308, %297, %288 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %311 = arith.addi %284, %9 : index
              %312 = arith.muli %311, %293 : index
              %313 = vector.load %32[%312] : memref<4096xf32>, vector<16xf32>
              %314 = arith.addi %29, %312 : index
              %315 = vector.load %32[%314] : memref<4096xf32>, vector<16xf32>
              %316 = arith.addi %312, %298 : index
              rlx_cpu.prefetch %32[%316] {cache = "l1"} : memref<4096xf32>
              %317 = arith.addi %314, %298 : index
              rlx_cpu.prefetch %32[%317] {cache = "l1"} : memref<4096xf32>
              %318 = arith.addi %272, %311 : index
              %319 = memref.load %3[%318] : memref<?xf32>
              %320 = vector.broadcast %319 : f32 to vector<16xf32>
              %321 = vector.fma %320, %313, %289 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %322 = vector.fma %320, %315, %290 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %323 = arith.addi %273, %311 : index
              %324 = memref.load %3[%323] : memref<?xf32>
              %325 = vector.broadcast %324 : f32 to vector<16xf32>
              %326 = vector.fma %325, %313, %291 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %327 = vector.fma %325, %315, %292 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %304, %305, %309, %310, %321, %322, %326, %327 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %328 = arith.addf %276, %280 fastmath<nsz,arcp,afn> : vector<16xf32>
            %329 = arith.addf %277, %281 fastmath<nsz,arcp,afn> : vector<16xf32>
            %330 = arith.addf %278, %282 fastmath<nsz,arcp,afn> : vector<16xf32>
            %331 = arith.addf %279, %283 fastmath<nsz,arcp,afn> : vector<16xf32>
            %332 = arith.constant 16 : index
            %333 = arith.muli %27, %332 : index
            %334 = arith.addi %272, %333 : index
            vector.store %328, %4[%334] : memref<?xf32>, vector<16xf32>
            %335 = arith.muli %28, %332 : index
            %336 = arith.addi %272, %335 : index
            vector.store %329, %4[%336] : memref<?xf32>, vector<16xf32>
            %337 = arith.muli %271, %33 : index
            %338 = arith.addi %337, %333 : index
            vector.store %330, %4[%338] : memref<?xf32>, vector<16xf32>
            %339 = arith.addi %337, %335 : index
            vector.store %331, %4[%339] : memref<?xf32>, vector<16xf32>
          }
          scf.for %340 = %269 to %17 step %9 {
            %341 = arith.muli %340, %33 : index
            %342 = arith.constant 0.000000e+00 : f32
            %343 = vector.broadcast %342 : f32 to vector<16xf32>
            %344, %345, %346, %347 = scf.for %348 = %10 to %33 step %25 iter_args(%349 = %343, %350 = %343, %351 = %343, %352 = %343) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %353 = arith.constant 16 : index
              %354 = arith.muli %348, %353 : index
              %355 = vector.load %32[%354] : memref<4096xf32>, vector<16xf32>
              %356 = arith.addi %29, %354 : index
              %357 = vector.load %32[%356] : memref<4096xf32>, vector<16xf32>
              %358 = arith.addi %341, %348 : index
              %359 = memref.load %3[%358] : memref<?xf32>
              %360 = vector.broadcast %359 : f32 to vector<16xf32>
              %361 = vector.fma %360, %355, %349 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %362 = vector.fma %360, %357, %350 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %363 = arith.addi %348, %9 : index
              %364 = arith.muli %363, %353 : index
              %365 = vector.load %32[%364] : memref<4096xf32>, vector<16xf32>
              %366 = arith.addi %29, %364 : index
              %367 = vector.load %32[%366] : memref<4096xf32>, vector<16xf32>
              %368 = arith.addi %341, %363 : index
              %369 = memref.load %3[%368] : memref<?xf32>
              %370 = vector.broadcast %369 : f32 to vector<16xf32>
              %371 = vector.fma %370, %365, %351 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %372 = vector.fma %370, %367, %352 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %361, %362, %371, %372 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %373 = arith.addf %344, %346 fastmath<nsz,arcp,afn> : vector<16xf32>
            %374 = arith.addf %345, %347 fastmath<nsz,arcp,afn> : vector<16xf32>
            %375 = arith.constant 16 : index
            %376 = arith.muli %27, %375 : index
            %377 = arith.addi %341, %376 : index
            vector.store %373, %4[%377] : memref<?xf32>, vector<16xf32>
            %378 = arith.muli %28, %375 : index
            %379 = arith.addi %341, %378 : index
            vector.store %374, %4[%379] : memref<?xf32>, vector<16xf32>
          }
        } else {
          %380 = arith.muli %24, %25 : index
          %381 = arith.addi %380, %9 : index
          %382 = arith.constant 2048 : index
          %383 = arith.muli %380, %382 : index
          %384 = arith.muli %381, %382 : index
          scf.for %385 = %15 to %17 step %9 {
            %386 = arith.constant 128 : index
            %387 = arith.muli %385, %386 : index
            %388 = arith.constant 0.000000e+00 : f32
            %389 = vector.broadcast %388 : f32 to vector<16xf32>
            %390, %391, %392, %393 = scf.for %394 = %10 to %386 step %25 iter_args(%395 = %389, %396 = %389, %397 = %389, %398 = %389) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %399 = arith.constant 16 : index
              %400 = arith.muli %394, %399 : index
              %401 = arith.addi %383, %400 : index
              %402 = vector.load %2[%401] : memref<?xi16>, vector<16xi16>
              %403 = arith.extui %402 : vector<16xi16> to vector<16xi32>
              %404 = arith.constant dense<16> : vector<16xi32>
              %405 = arith.shli %403, %404 : vector<16xi32>
              %406 = arith.bitcast %405 : vector<16xi32> to vector<16xf32>
              %407 = arith.addi %384, %400 : index
              %408 = vector.load %2[%407] : memref<?xi16>, vector<16xi16>
              %409 = arith.extui %408 : vector<16xi16> to vector<16xi32>
              %410 = arith.shli %409, %404 : vector<16xi32>
              %411 = arith.bitcast %410 : vector<16xi32> to vector<16xf32>
              %412 = arith.addi %387, %394 : index
              %413 = memref.load %3[%412] : memref<?xf32>
              %414 = vector.broadcast %413 : f32 to vector<16xf32>
              %415 = vector.fma %414, %406, %395 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %416 = vector.fma %414, %411, %396 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %417 = arith.addi %394, %9 : index
              %418 = arith.muli %417, %399 : index
              %419 = arith.addi %383, %418 : index
              %420 = vector.load %2[%419] : memref<?xi16>, vector<16xi16>
              %421 = arith.extui %420 : vector<16xi16> to vector<16xi32>
              %422 = arith.shli %421, %404 : vector<16xi32>
              %423 = arith.bitcast %422 : vector<16xi32> to vector<16xf32>
              %424 = arith.addi %384, %418 : index
              %425 = vector.load %2[%424] : memref<?xi16>, vector<16xi16>
              %426 = arith.extui %425 : vector<16xi16> to vector<16xi32>
              %427 = arith.shli %426, %404 : vector<16xi32>
              %428 = arith.bitcast %427 : vector<16xi32> to vector<16xf32>
              %429 = arith.addi %387, %417 : index
              %430 = memref.load %3[%429] : memref<?xf32>
              %431 = vector.broadcast %430 : f32 to vector<16xf32>
              %432 = vector.fma %431, %423, %397 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %433 = vector.fma %431, %428, %398 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %415, %416, %432, %433 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %434 = arith.addf %390, %392 fastmath<nsz,arcp,afn> : vector<16xf32>
            %435 = arith.addf %391, %393 fastmath<nsz,arcp,afn> : vector<16xf32>
            %436 = arith.constant 16 : index
            %437 = arith.muli %380, %436 : index
            %438 = arith.addi %387, %437 : index
            vector.store %434, %4[%438] : memref<?xf32>, vector<16xf32>
            %439 = arith.muli %381, %436 : index
            %440 = arith.addi %387, %439 : index
            vector.store %435, %4[%440] : memref<?xf32>, vector<16xf32>
          }
        }
      }
      scf.reduce
    }) : (index, index, index) -> ()
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
    rlx_cpu.parallel_dispatch @linear_k128_n128_residual_bf16.par6.loop(%10, %4, %1, %2, %0, %3) range(%13 to %12 step %14) if(%16) {threads = 0 : i64} : (index, index, memref<?xi16>, memref<?xf32>, memref<?xf32>, memref<?xf32>)
    func.return
  }
  func.func private @linear_k128_n128_residual_bf16.par6.loop(%0: index, %1: index, %2: memref<?xi16>, %3: memref<?xf32>, %4: memref<?xf32>, %5: memref<?xf32>, %6: index, %7: index, %8: index) attributes {rlx_cpu.parallel_body} {
    %9 = arith.constant 992 : index
    %10 = arith.constant 1 : index
    %11 = arith.constant 0 : index
    %12 = arith.constant 4 : index
    "scf.parallel"(%6, %7, %10) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%13: index):
      %14 = arith.divui %13, %0 : index
      %15 = arith.remui %13, %0 : index
      %16 = arith.muli %15, %9 : index
      %17 = arith.addi %16, %9 : index
      %18 = arith.minui %17, %1 : index
      %19 = arith.subi %18, %16 : index
      %20 = arith.constant 8 : index
      %21 = arith.divui %19, %20 : index
      %22 = arith.muli %21, %20 : index
      %23 = arith.addi %16, %22 : index
      %24 = arith.addi %14, %10 : index
      scf.for %25 = %14 to %24 step %10 {
        %26 = arith.constant 2 : index
        %27 = arith.cmpi uge, %19, %26 : index
        scf.if %27 {
          %28 = arith.muli %25, %26 : index
          %29 = arith.addi %28, %10 : index
          %30 = arith.constant 2048 : index
          %31 = arith.muli %28, %30 : index
          %32 = arith.muli %29, %30 : index
          %33 = memref.alloca() : memref<4096xf32>
          %34 = arith.constant 128 : index
          scf.for %35 = %11 to %34 step %10 {
            scf.for %36 = %11 to %10 step %10 {
              %37 = arith.addi %35, %36 : index
              %38 = arith.constant 16 : index
              %39 = arith.muli %37, %38 : index
              %40 = arith.addi %31, %39 : index
              %41 = vector.load %2[%40] : memref<?xi16>, vector<16xi16>
              %42 = arith.extui %41 : vector<16xi16> to vector<16xi32>
              %43 = arith.constant dense<16> : vector<16xi32>
              %44 = arith.shli %42, %43 : vector<16xi32>
              %45 = arith.bitcast %44 : vector<16xi32> to vector<16xf32>
              vector.store %45, %33[%39] : memref<4096xf32>, vector<16xf32>
            }
          }
          scf.for %46 = %11 to %34 step %10 {
            scf.for %47 = %11 to %10 step %10 {
              %48 = arith.addi %46, %47 : index
              %49 = arith.constant 16 : index
              %50 = arith.muli %48, %49 : index
              %51 = arith.addi %32, %50 : index
              %52 = vector.load %2[%51] : memref<?xi16>, vector<16xi16>
              %53 = arith.extui %52 : vector<16xi16> to vector<16xi32>
              %54 = arith.constant dense<16> : vector<16xi32>
              %55 = arith.shli %53, %54 : vector<16xi32>
              %56 = arith.bitcast %55 : vector<16xi32> to vector<16xf32>
              %57 = arith.addi %30, %50 : index
              vector.store %56, %33[%57] : memref<4096xf32>, vector<16xf32>
            }
          }
          scf.for %58 = %16 to %23 step %20 {
            %59 = arith.addi %58, %10 : index
            %60 = arith.addi %58, %26 : index
            %61 = arith.constant 3 : index
            %62 = arith.addi %58, %61 : index
            %63 = arith.addi %58, %12 : index
            %64 = arith.constant 5 : index
            %65 = arith.addi %58, %64 : index
            %66 = arith.constant 6 : index
            %67 = arith.addi %58, %66 : index
            %68 = arith.constant 7 : index
            %69 = arith.addi %58, %68 : index
            %70 = arith.muli %58, %34 : index
            %71 = arith.constant 16 : index
            %72 = arith.muli %28, %71 : index
            %73 = arith.addi %70, %72 : index
            rlx_cpu.prefetch %3[%73] : memref<?xf32>
            %74 = arith.muli %29, %71 : index
            %75 = arith.addi %70, %74 : index
            rlx_cpu.prefetch %3[%75] : memref<?xf32>
            %76 = arith.muli %59, %34 : index
            %77 = arith.addi %76, %72 : index
            rlx_cpu.prefetch %3[%77] : memref<?xf32>
            %78 = arith.addi %76, %74 : index
            rlx_cpu.prefetch %3[%78] : memref<?xf32>
            %79 = arith.muli %60, %34 : index
            %80 = arith.addi %79, %72 : index
            rlx_cpu.prefetch %3[%80] : memref<?xf32>
            %81 = arith.addi %79, %74 : index
            rlx_cpu.prefetch %3[%81] : memref<?xf32>
            %82 = arith.muli %62, %34 : index
            %83 = arith.addi %82, %72 : index
            rlx_cpu.prefetch %3[%83] : memref<?xf32>
            %84 = arith.addi %82, %74 : index
            rlx_cpu.prefetch %3[%84] : memref<?xf32>
            %85 = arith.muli %63, %34 : index
            %86 = arith.addi %85, %72 : index
            rlx_cpu.prefetch %3[%86] : memref<?xf32>
            %87 = arith.addi %85, %74 : index
            rlx_cpu.prefetch %3[%87] : memref<?xf32>
            %88 = arith.muli %65, %34 : index
            %89 = arith.addi %88, %72 : index
            rlx_cpu.prefetch %3[%89] : memref<?xf32>
            %90 = arith.addi %88, %74 : index
            rlx_cpu.prefetch %3[%90] : memref<?xf32>
            %91 = arith.muli %67, %34 : index
            %92 = arith.addi %91, %72 : index
            rlx_cpu.prefetch %3[%92] : memref<?xf32>
            %93 = arith.addi %91, %74 : index
            rlx_cpu.prefetch %3[%93] : memref<?xf32>
            %94 = arith.muli %69, %34 : index
            %95 = arith.addi %94, %72 : index
            rlx_cpu.prefetch %3[%95] : memref<?xf32>
            %96 = arith.addi %94, %74 : index
            rlx_cpu.prefetch %3[%96] : memref<?xf32>
            %97 = arith.addi %70, %34 : index
            %98 = arith.constant 256 : index
            %99 = arith.addi %70, %98 : index
            %100 = arith.constant 384 : index
            %101 = arith.addi %70, %100 : index
            %102 = arith.constant 512 : index
            %103 = arith.addi %70, %102 : index
            %104 = arith.constant 640 : index
            %105 = arith.addi %70, %104 : index
            %106 = arith.constant 768 : index
            %107 = arith.addi %70, %106 : index
            %108 = arith.constant 896 : index
            %109 = arith.addi %70, %108 : index
            %110 = arith.constant 0.000000e+00 : f32
            %111 = vector.broadcast %110 : f32 to vector<16xf32>
            %112, %113, %114, %115, %116, %117, %118, %119, %120, %121, %122, %123, %124, %125, %126, %127 = scf.for %128 = %11 to %34 step %10 iter_args(%129 = %111, %130 = %111, %131 = %111, %132 = %111, %133 = %111, %134 = %111, %135 = %111, %136 = %111, %137 = %111, %138 = %111, %139 = %111, %140 = %111, %141 = %111, %142 = %111, %143 = %111, %144 = %111) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %145 = arith.muli %128, %71 : index
              %146 = vector.load %33[%145] : memref<4096xf32>, vector<16xf32>
              %147 = arith.addi %30, %145 : index
              %148 = vector.load %33[%147] : memref<4096xf32>, vector<16xf32>
              %149 = arith.addi %145, %98 : index
              rlx_cpu.prefetch %33[%149] {cache = "l1"} : memref<4096xf32>
              %150 = arith.addi %147, %98 : index
              rlx_cpu.prefetch %33[%150] {cache = "l1"} : memref<4096xf32>
              %151 = arith.addi %70, %128 : index
              %152 = memref.load %4[%151] : memref<?xf32>
              %153 = vector.broadcast %152 : f32 to vector<16xf32>
              %154 = vector.fma %153, %146, %129 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %155 = vector.fma %153, %148, %130 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %156 = arith.addi %97, %128 : index
              %157 = memref.load %4[%156] : memref<?xf32>
              %158 = vector.broadcast %157 : f32 to vector<16xf32>
              %159 = vector.fma %158, %146, %131 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %160 = vector.fma %158, %148, %132 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %161 = arith.addi %99, %128 : index
              %162 = memref.load %4[%161] : memref<?xf32>
              %163 = vector.broadcast %162 : f32 to vector<16xf32>
              %164 = vector.fma %163, %146, %133 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %165 = vector.fma %163, %148, %134 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %166 = arith.addi %101, %128 : index
              %167 = memref.load %4[%166] : memref<?xf32>
              %168 = vector.broadcast %167 : f32 to vector<16xf32>
              %169 = vector.fma %168, %146, %135 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %170 = vector.fma %168, %148, %136 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %171 = arith.addi %103, %128 : index
              %172 = memref.load %4[%171] : memref<?xf32>
              %173 = vector.broadcast %172 : f32 to vector<16xf32>
              %174 = vector.fma %173, %146, %137 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %175 = vector.fma %173, %148, %138 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %176 = arith.addi %105, %128 : index
              %177 = memref.load %4[%176] : memref<?xf32>
              %178 = vector.broadcast %177 : f32 to vector<16xf32>
              %179 = vector.fma %178, %146, %139 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %180 = vector.fma %178, %148, %140 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %181 = arith.addi %107, %128 : index
              %182 = memref.load %4[%181] : memref<?xf32>
              %183 = vector.broadcast %182 : f32 to vector<16xf32>
              %184 = vector.fma %183, %146, %141 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %185 = vector.fma %183, %148, %142 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %186 = arith.addi %109, %128 : index
              %187 = memref.load %4[%186] : memref<?xf32>
              %188 = vector.broadcast %187 : f32 to vector<16xf32>
              %189 = vector.fma %188, %146, %143 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %190 = vector.fma %188, %148, %144 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %154, %155, %159, %160, %164, %165, %169, %170, %174, %175, %179, %180, %184, %185, %189, %190 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %191 = vector.load %3[%73] : memref<?xf32>, vector<16xf32>
            %192 = arith.addf %112, %191 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %192, %5[%73] : memref<?xf32>, vector<16xf32>
            %193 = vector.load %3[%75] : memref<?xf32>, vector<16xf32>
            %194 = arith.addf %113, %193 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %194, %5[%75] : memref<?xf32>, vector<16xf32>
            %195 = vector.load %3[%77] : memref<?xf32>, vector<16xf32>
            %196 = arith.addf %114, %195 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %196, %5[%77] : memref<?xf32>, vector<16xf32>
            %197 = vector.load %3[%78] : memref<?xf32>, vector<16xf32>
            %198 = arith.addf %115, %197 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %198, %5[%78] : memref<?xf32>, vector<16xf32>
            %199 = vector.load %3[%80] : memref<?xf32>, vector<16xf32>
            %200 = arith.addf %116, %199 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %200, %5[%80] : memref<?xf32>, vector<16xf32>
            %201 = vector.load %3[%81] : memref<?xf32>, vector<16xf32>
            %202 = arith.addf %117, %201 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %202, %5[%81] : memref<?xf32>, vector<16xf32>
            %203 = vector.load %3[%83] : memref<?xf32>, vector<16xf32>
            %204 = arith.addf %118, %203 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %204, %5[%83] : memref<?xf32>, vector<16xf32>
            %205 = vector.load %3[%84] : memref<?xf32>, vector<16xf32>
            %206 = arith.addf %119, %205 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %206, %5[%84] : memref<?xf32>, vector<16xf32>
            %207 = vector.load %3[%86] : memref<?xf32>, vector<16xf32>
            %208 = arith.addf %120, %207 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %208, %5[%86] : memref<?xf32>, vector<16xf32>
            %209 = vector.load %3[%87] : memref<?xf32>, vector<16xf32>
            %210 = arith.addf %121, %209 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %210, %5[%87] : memref<?xf32>, vector<16xf32>
            %211 = vector.load %3[%89] : memref<?xf32>, vector<16xf32>
            %212 = arith.addf %122, %211 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %212, %5[%89] : memref<?xf32>, vector<16xf32>
            %213 = vector.load %3[%90] : memref<?xf32>, vector<16xf32>
            %214 = arith.addf %123, %213 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %214, %5[%90] : memref<?xf32>, vector<16xf32>
            %215 = vector.load %3[%92] : memref<?xf32>, vector<16xf32>
            %216 = arith.addf %124, %215 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %216, %5[%92] : memref<?xf32>, vector<16xf32>
            %217 = vector.load %3[%93] : memref<?xf32>, vector<16xf32>
            %218 = arith.addf %125, %217 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %218, %5[%93] : memref<?xf32>, vector<16xf32>
            %219 = vector.load %3[%95] : memref<?xf32>, vector<16xf32>
            %220 = arith.addf %126, %219 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %220, %5[%95] : memref<?xf32>, vector<16xf32>
            %221 = vector.load %3[%96] : memref<?xf32>, vector<16xf32>
            %222 = arith.addf %127, %221 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %222, %5[%96] : memref<?xf32>, vector<16xf32>
          }
          %223 = arith.subi %18, %23 : index
          %224 = arith.divui %223, %12 : index
          %225 = arith.muli %224, %12 : index
          %226 = arith.addi %23, %225 : index
          scf.for %227 = %23 to %226 step %12 {
            %228 = arith.addi %227, %10 : index
            %229 = arith.addi %227, %26 : index
            %230 = arith.constant 3 : index
            %231 = arith.addi %227, %230 : index
            %232 = arith.muli %227, %34 : index
            %233 = arith.constant 16 : index
            %234 = arith.muli %28, %233 : index
            %235 = arith.addi %232, %234 : index
            rlx_cpu.prefetch %3[%235] : memref<?xf32>
            %236 = arith.muli %29, %233 : index
            %237 = arith.addi %232, %236 : index
            rlx_cpu.prefetch %3[%237] : memref<?xf32>
            %238 = arith.muli %228, %34 : index
            %239 = arith.addi %238, %234 : index
            rlx_cpu.prefetch %3[%239] : memref<?xf32>
            %240 = arith.addi %238, %236 : index
            rlx_cpu.prefetch %3[%240] : memref<?xf32>
            %241 = arith.muli %229, %34 : index
            %242 = arith.addi %241, %234 : index
            rlx_cpu.prefetch %3[%242] : memref<?xf32>
            %243 = arith.addi %241, %236 : index
            rlx_cpu.prefetch %3[%243] : memref<?xf32>
            %244 = arith.muli %231, %34 : index
            %245 = arith.addi %244, %234 : index
            rlx_cpu.prefetch %3[%245] : memref<?xf32>
            %246 = arith.addi %244, %236 : index
            rlx_cpu.prefetch %3[%246] : memref<?xf32>
            %247 = arith.addi %232, %34 : index
            %248 = arith.constant 256 : index
            %249 = arith.addi %232, %248 : index
            %250 = arith.constant 384 : index
            %251 = arith.addi %232, %250 : index
            %252 = arith.constant 0.000000e+00 : f32
            %253 = vector.broadcast %252 : f32 to vector<16xf32>
            %254, %255, %256, %257, %258, %259, %260, %261 = scf.for %262 = %11 to %34 step %10 iter_args(%263 = %253, %264 = %253, %265 = %253, %266 = %253, %267 = %253, %268 = %253, %269 = %253, %270 = %253) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %271 = arith.muli %262, %233 : index
              %272 = vector.load %33[%271] : memref<4096xf32>, vector<16xf32>
              %273 = arith.addi %30, %271 : index
              %274 = vector.load %33[%273] : memref<4096xf32>, vector<16xf32>
              %275 = arith.addi %271, %248 : index
              rlx_cpu.prefetch %33[%275] {cache = "l1"} : memref<4096xf32>
              %276 = arith.addi %273, %248 : index
              rlx_cpu.prefetch %33[%276] {cache = "l1"} : memref<4096xf32>
              %277 = arith.addi %232, %262 : index
              %278 = memref.load %4[%277] : memref<?xf32>
              %279 = vector.broadcast %278 : f32 to vector<16xf32>
              %280 = vector.fma %279, %272, %263 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %281 = vector.fma %279, %274, %264 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %282 = arith.addi %247, %262 : index
              %283 = memref.load %4[%282] : memref<?xf32>
              %284 = vector.broadcast %283 : f32 to vector<16xf32>
              %285 = vector.fma %284, %272, %265 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %286 = vector.fma %284, %274, %266 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %287 = arith.addi %249, %262 : index
              %288 = memref.load %4[%287] : memref<?xf32>
              %289 = vector.broadcast %288 : f32 to vector<16xf32>
              %290 = vector.fma %289, %272, %267 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %291 = vector.fma %289, %274, %268 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %292 = arith.addi %251, %262 : index
              %293 = memref.load %4[%292] : memref<?xf32>
              %294 = vector.broadcast %293 : f32 to vector<16xf32>
              %295 = vector.fma %294, %272, %269 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %296 = vector.fma %294, %274, %270 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %280, %281, %285, %286, %290, %291, %295, %296 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %297 = vector.load %3[%235] : memref<?xf32>, vector<16xf32>
            %298 = arith.addf %254, %297 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %298, %5[%235] : memref<?xf32>, vector<16xf32>
            %299 = vector.load %3[%237] : memref<?xf32>, vector<16xf32>
            %300 = arith.addf %255, %299 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %300, %5[%237] : memref<?xf32>, vector<16xf32>
            %301 = vector.load %3[%239] : memref<?xf32>, vector<16xf32>
            %302 = arith.addf %256, %301 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %302, %5[%239] : memref<?xf32>, vector<16xf32>
            %303 = vector.load %3[%240] : memref<?xf32>, vector<16xf32>
            %304 = arith.addf %257, %303 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %304, %5[%240] : memref<?xf32>, vector<16xf32>
            %305 = vector.load %3[%242] : memref<?xf32>, vector<16xf32>
            %306 = arith.addf %258, %305 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %306, %5[%242] : memref<?xf32>, vector<16xf32>
            %307 = vector.load %3[%243] : memref<?xf32>, vector<16xf32>
            %308 = arith.addf %259, %307 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %308, %5[%243] : memref<?xf32>, vector<16xf32>
            %309 = vector.load %3[%245] : memref<?xf32>, vector<16xf32>
            %310 = arith.addf %260, %309 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %310, %5[%245] : memref<?xf32>, vector<16xf32>
            %311 = vector.load %3[%246] : memref<?xf32>, vector<16xf32>
            %312 = arith.addf %261, %311 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %312, %5[%246] : memref<?xf32>, vector<16xf32>
          }
          %313 = arith.subi %18, %226 : index
          %314 = arith.divui %313, %26 : index
          %315 = arith.muli %314, %26 : index
          %316 = arith.addi %226, %315 : index
          scf.for %317 = %226 to %316 step %26 {
            %318 = arith.addi %317, %10 : index
            %319 = arith.muli %317, %34 : index
            %320 = arith.constant 16 : index
            %321 = arith.muli %28, %320 : index
            %322 = arith.addi %319, %321 : index
            rlx_cpu.prefetch %3[%322] : memref<?xf32>
            %323 = arith.muli %29, %320 : index
            %324 = arith.addi %319, %323 : index
            rlx_cpu.prefetch %3[%324] : memref<?xf32>
            %325 = arith.muli %318, %34 : index
            %326 = arith.addi %325, %321 : index
            rlx_cpu.prefetch %3[%326] : memref<?xf32>
            %327 = arith.addi %325, %323 : index
            rlx_cpu.prefetch %3[%327] : memref<?xf32>
            %328 = arith.addi %319, %34 : index
            %329 = arith.constant 0.000000e+00 : f32
            %330 = vector.broadcast %329 : f32 to vector<16xf32>
            %331, %332, %333, %334, %335, %336, %337, %338 = scf.for %339 = %11 to %34 step %26 iter_args(%340 = %330, %341 = %330, %342 = %330, %343 = %330, %344 = %330, %345 = %330, %346 = %330, %347 = %330) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %348 = arith.muli %339, %320 : index
              %349 = vector.load %33[%348] : memref<4096xf32>, vector<16xf32>
              %350 = arith.addi %30, %348 : index
              %351 = vector.load %33[%350] : memref<4096xf32>, vector<16xf32>
              %352 = arith.constant 256 : index
              %353 = arith.addi %348, %352 : index
              rlx_cpu.prefetch %33[%353] {cache = "l1"} : memref<4096xf32>
              %354 = arith.addi %350, %352 : index
              rlx_cpu.prefetch %33[%354] {cache = "l1"} : memref<4096xf32>
              %355 = arith.addi %319, %339 : index
              %356 = memref.load %4[%355] : memref<?xf32>
              %357 = vector.broadcast %356 : f32 to vector<16xf32>
              %358 = vector.fma %357, %349, %340 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %359 = vector.fma %357, %351, %341 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %360 = arith.addi %328, %339 : index
              %361 = memref.load %4[%360] : memref<?xf32>
              %362 = vector.broadcast %361 : f32 to vector<16xf32>
              %363 = vector.fma %362, %349, %342 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %364 = vector.fma %362, %351, %343 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %365 = arith.addi %339, %10 : index
              %366 = arith.muli %365, %320 : index
              %367 = vector.load %33[%366] : memref<4096xf32>, vector<16xf32>
              %368 = arith.addi %30, %366 : index
              %369 = vector.load %33[%368] : memref<4096xf32>, vector<16xf32>
              %370 = arith.addi %366, %352 : index
              rlx_cpu.prefetch %33[%370] {cache = "l1"} : memref<4096xf32>
              %371 = arith.addi %368, %352 : index
              rlx_cpu.prefetch %33[%371] {cache = "l1"} : memref<4096xf32>
              %372 = arith.addi %319, %365 : index
              %373 = memref.load %4[%372] : memref<?xf32>
              %374 = vector.broadcast %373 : f32 to vector<16xf32>
              %375 = vector.fma %374, %367, %344 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %376 = vector.fma %374, %369, %345 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %377 = arith.addi %328, %365 : index
              %378 = memref.load %4[%377] : memref<?xf32>
              %379 = vector.broadcast %378 : f32 to vector<16xf32>
              %380 = vector.fma %379, %367, %346 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %381 = vector.fma %379, %369, %347 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %358, %359, %363, %364, %375, %376, %380, %381 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %382 = arith.addf %331, %335 fastmath<nsz,arcp,afn> : vector<16xf32>
            %383 = arith.addf %332, %336 fastmath<nsz,arcp,afn> : vector<16xf32>
            %384 = arith.addf %333, %337 fastmath<nsz,arcp,afn> : vector<16xf32>
            %385 = arith.addf %334, %338 fastmath<nsz,arcp,afn> : vector<16xf32>
            %386 = vector.load %3[%322] : memref<?xf32>, vector<16xf32>
            %387 = arith.addf %382, %386 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %387, %5[%322] : memref<?xf32>, vector<16xf32>
            %388 = vector.load %3[%324] : memref<?xf32>, vector<16xf32>
            %389 = arith.addf %383, %388 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %389, %5[%324] : memref<?xf32>, vector<16xf32>
            %390 = vector.load %3[%326] : memref<?xf32>, vector<16xf32>
            %391 = arith.addf %384, %390 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %391, %5[%326] : memref<?xf32>, vector<16xf32>
            %392 = vector.load %3[%327] : memref<?xf32>, vector<16xf32>
            %393 = arith.addf %385, %392 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %393, %5[%327] : memref<?xf32>, vector<16xf32>
          }
          scf.for %394 = %316 to %18 step %10 {
            %395 = arith.muli %394, %34 : index
            %396 = arith.constant 16 : index
            %397 = arith.muli %28, %396 : index
            %398 = arith.addi %395, %397 : index
            rlx_cpu.prefetch %3[%398] : memref<?xf32>
            %399 = arith.muli %29, %396 : index
            %400 = arith.addi %395, %399 : index
            rlx_cpu.prefetch %3[%400] : memref<?xf32>
            %401 = arith.constant 0.000000e+00 : f32
            %402 = vector.broadcast %401 : f32 to vector<16xf32>
            %403, %404, %405, %406 = scf.for %407 = %11 to %34 step %26 iter_args(%408 = %402, %409 = %402, %410 = %402, %411 = %402) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %412 = arith.muli %407, %396 : index
              %413 = vector.load %33[%412] : memref<4096xf32>, vector<16xf32>
              %414 = arith.addi %30, %412 : index
              %415 = vector.load %33[%414] : memref<4096xf32>, vector<16xf32>
              %416 = arith.addi %395, %407 : index
              %417 = memref.load %4[%416] : memref<?xf32>
              %418 = vector.broadcast %417 : f32 to vector<16xf32>
              %419 = vector.fma %418, %413, %408 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %420 = vector.fma %418, %415, %409 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %421 = arith.addi %407, %10 : index
              %422 = arith.muli %421, %396 : index
              %423 = vector.load %33[%422] : memref<4096xf32>, vector<16xf32>
              %424 = arith.addi %30, %422 : index
              %425 = vector.load %33[%424] : memref<4096xf32>, vector<16xf32>
              %426 = arith.addi %395, %421 : index
              %427 = memref.load %4[%426] : memref<?xf32>
              %428 = vector.broadcast %427 : f32 to vector<16xf32>
              %429 = vector.fma %428, %423, %410 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %430 = vector.fma %428, %425, %411 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %419, %420, %429, %430 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %431 = arith.addf %403, %405 fastmath<nsz,arcp,afn> : vector<16xf32>
            %432 = arith.addf %404, %406 fastmath<nsz,arcp,afn> : vector<16xf32>
            %433 = vector.load %3[%398] : memref<?xf32>, vector<16xf32>
            %434 = arith.addf %431, %433 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %434, %5[%398] : memref<?xf32>, vector<16xf32>
            %435 = vector.load %3[%400] : memref<?xf32>, vector<16xf32>
            %436 = arith.addf %432, %435 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %436, %5[%400] : memref<?xf32>, vector<16xf32>
          }
        } else {
          %437 = arith.muli %25, %26 : index
          %438 = arith.addi %437, %10 : index
          %439 = arith.constant 2048 : index
          %440 = arith.muli %437, %439 : index
          %441 = arith.muli %438, %439 : index
          scf.for %442 = %16 to %18 step %10 {
            %443 = arith.constant 128 : index
            %444 = arith.muli %442, %443 : index
            %445 = arith.constant 16 : index
            %446 = arith.muli %437, %445 : index
            %447 = arith.addi %444, %446 : index
            rlx_cpu.prefetch %3[%447] : memref<?xf32>
            %448 = arith.muli %438, %445 : index
            %449 = arith.addi %444, %448 : index
            rlx_cpu.prefetch %3[%449] : memref<?xf32>
            %450 = arith.constant 0.000000e+00 : f32
            %451 = vector.broadcast %450 : f32 to vector<16xf32>
            %452, %453, %454, %455 = scf.for %456 = %11 to %443 step %26 iter_args(%457 = %451, %458 = %451, %459 = %451, %460 = %451) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %461 = arith.muli %456, %445 : index
              %462 = arith.addi %440, %461 : index
              %463 = vector.load %2[%462] : memref<?xi16>, vector<16xi16>
              %464 = arith.extui %463 : vector<16xi16> to vector<16xi32>
              %465 = arith.constant dense<16> : vector<16xi32>
              %466 = arith.shli %464, %465 : vector<16xi32>
              %467 = arith.bitcast %466 : vector<16xi32> to vector<16xf32>
              %468 = arith.addi %441, %461 : index
              %469 = vector.load %2[%468] : memref<?xi16>, vector<16xi16>
              %470 = arith.extui %469 : vector<16xi16> to vector<16xi32>
              %471 = arith.shli %470, %465 : vector<16xi32>
              %472 = arith.bitcast %471 : vector<16xi32> to vector<16xf32>
              %473 = arith.addi %444, %456 : index
              %474 = memref.load %4[%473] : memref<?xf32>
              %475 = vector.broadcast %474 : f32 to vector<16xf32>
              %476 = vector.fma %475, %467, %457 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %477 = vector.fma %475, %472, %458 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %478 = arith.addi %456, %10 : index
              %479 = arith.muli %478, %445 : index
              %480 = arith.addi %440, %479 : index
              %481 = vector.load %2[%480] : memref<?xi16>, vector<16xi16>
              %482 = arith.extui %481 : vector<16xi16> to vector<16xi32>
              %483 = arith.shli %482, %465 : vector<16xi32>
              %484 = arith.bitcast %483 : vector<16xi32> to vector<16xf32>
              %485 = arith.addi %441, %479 : index
              %486 = vector.load %2[%485] : memref<?xi16>, vector<16xi16>
              %487 = arith.extui %486 : vector<16xi16> to vector<16xi32>
              %488 = arith.shli %487, %465 : vector<16xi32>
              %489 = arith.bitcast %488 : vector<16xi32> to vector<16xf32>
              %490 = arith.addi %444, %478 : index
              %491 = memref.load %4[%490] : memref<?xf32>
              %492 = vector.broadcast %491 : f32 to vector<16xf32>
              %493 = vector.fma %492, %484, %459 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %494 = vector.fma %492, %489, %460 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %476, %477, %493, %494 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %495 = arith.addf %452, %454 fastmath<nsz,arcp,afn> : vector<16xf32>
            %496 = arith.addf %453, %455 fastmath<nsz,arcp,afn> : vector<16xf32>
            %497 = vector.load %3[%447] : memref<?xf32>, vector<16xf32>
            %498 = arith.addf %495, %497 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %498, %5[%447] : memref<?xf32>, vector<16xf32>
            %499 = vector.load %3[%449] : memref<?xf32>, vector<16xf32>
            %500 = arith.addf %496, %499 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %500, %5[%449] : memref<?xf32>, vector<16xf32>
          }
        }
      }
      scf.reduce
    }) : (index, index, index) -> ()
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
    rlx_cpu.parallel_dispatch @linear_k192_n128_residual_bf16.par7.loop(%10, %4, %1, %2, %0, %3) range(%13 to %12 step %14) if(%16) {threads = 0 : i64} : (index, index, memref<?xi16>, memref<?xf32>, memref<?xf32>, memref<?xf32>)
    func.return
  }
  func.func private @linear_k192_n128_residual_bf16.par7.loop(%0: index, %1: index, %2: memref<?xi16>, %3: memref<?xf32>, %4: memref<?xf32>, %5: memref<?xf32>, %6: index, %7: index, %8: index) attributes {rlx_cpu.parallel_body} {
    %9 = arith.constant 648 : index
    %10 = arith.constant 1 : index
    %11 = arith.constant 0 : index
    %12 = arith.constant 4 : index
    "scf.parallel"(%6, %7, %10) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%13: index):
      %14 = arith.divui %13, %0 : index
      %15 = arith.remui %13, %0 : index
      %16 = arith.muli %15, %9 : index
      %17 = arith.addi %16, %9 : index
      %18 = arith.minui %17, %1 : index
      %19 = arith.subi %18, %16 : index
      %20 = arith.constant 8 : index
      %21 = arith.divui %19, %20 : index
      %22 = arith.muli %21, %20 : index
      %23 = arith.addi %16, %22 : index
      %24 = arith.addi %14, %10 : index
      scf.for %25 = %14 to %24 step %10 {
        %26 = arith.constant 2 : index
        %27 = arith.cmpi uge, %19, %26 : index
        scf.if %27 {
          %28 = arith.muli %25, %26 : index
          %29 = arith.addi %28, %10 : index
          %30 = arith.constant 3072 : index
          %31 = arith.muli %28, %30 : index
          %32 = arith.muli %29, %30 : index
          %33 = memref.alloca() : memref<6144xf32>
          %34 = arith.constant 192 : index
          scf.for %35 = %11 to %34 step %10 {
            scf.for %36 = %11 to %10 step %10 {
              %37 = arith.addi %35, %36 : index
              %38 = arith.constant 16 : index
              %39 = arith.muli %37, %38 : index
              %40 = arith.addi %31, %39 : index
              %41 = vector.load %2[%40] : memref<?xi16>, vector<16xi16>
              %42 = arith.extui %41 : vector<16xi16> to vector<16xi32>
              %43 = arith.constant dense<16> : vector<16xi32>
              %44 = arith.shli %42, %43 : vector<16xi32>
              %45 = arith.bitcast %44 : vector<16xi32> to vector<16xf32>
              vector.store %45, %33[%39] : memref<6144xf32>, vector<16xf32>
            }
          }
          scf.for %46 = %11 to %34 step %10 {
            scf.for %47 = %11 to %10 step %10 {
              %48 = arith.addi %46, %47 : index
              %49 = arith.constant 16 : index
              %50 = arith.muli %48, %49 : index
              %51 = arith.addi %32, %50 : index
              %52 = vector.load %2[%51] : memref<?xi16>, vector<16xi16>
              %53 = arith.extui %52 : vector<16xi16> to vector<16xi32>
              %54 = arith.constant dense<16> : vector<16xi32>
              %55 = arith.shli %53, %54 : vector<16xi32>
              %56 = arith.bitcast %55 : vector<16xi32> to vector<16xf32>
              %57 = arith.addi %30, %50 : index
              vector.store %56, %33[%57] : memref<6144xf32>, vector<16xf32>
            }
          }
          scf.for %58 = %16 to %23 step %20 {
            %59 = arith.addi %58, %10 : index
            %60 = arith.addi %58, %26 : index
            %61 = arith.constant 3 : index
            %62 = arith.addi %58, %61 : index
            %63 = arith.addi %58, %12 : index
            %64 = arith.constant 5 : index
            %65 = arith.addi %58, %64 : index
            %66 = arith.constant 6 : index
            %67 = arith.addi %58, %66 : index
            %68 = arith.constant 7 : index
            %69 = arith.addi %58, %68 : index
            %70 = arith.constant 128 : index
            %71 = arith.muli %58, %70 : index
            %72 = arith.constant 16 : index
            %73 = arith.muli %28, %72 : index
            %74 = arith.addi %71, %73 : index
            rlx_cpu.prefetch %3[%74] : memref<?xf32>
            %75 = arith.muli %29, %72 : index
            %76 = arith.addi %71, %75 : index
            rlx_cpu.prefetch %3[%76] : memref<?xf32>
            %77 = arith.muli %59, %70 : index
            %78 = arith.addi %77, %73 : index
            rlx_cpu.prefetch %3[%78] : memref<?xf32>
            %79 = arith.addi %77, %75 : index
            rlx_cpu.prefetch %3[%79] : memref<?xf32>
            %80 = arith.muli %60, %70 : index
            %81 = arith.addi %80, %73 : index
            rlx_cpu.prefetch %3[%81] : memref<?xf32>
            %82 = arith.addi %80, %75 : index
            rlx_cpu.prefetch %3[%82] : memref<?xf32>
            %83 = arith.muli %62, %70 : index
            %84 = arith.addi %83, %73 : index
            rlx_cpu.prefetch %3[%84] : memref<?xf32>
            %85 = arith.addi %83, %75 : index
            rlx_cpu.prefetch %3[%85] : memref<?xf32>
            %86 = arith.muli %63, %70 : index
            %87 = arith.addi %86, %73 : index
            rlx_cpu.prefetch %3[%87] : memref<?xf32>
            %88 = arith.addi %86, %75 : index
            rlx_cpu.prefetch %3[%88] : memref<?xf32>
            %89 = arith.muli %65, %70 : index
            %90 = arith.addi %89, %73 : index
            rlx_cpu.prefetch %3[%90] : memref<?xf32>
            %91 = arith.addi %89, %75 : index
            rlx_cpu.prefetch %3[%91] : memref<?xf32>
            %92 = arith.muli %67, %70 : index
            %93 = arith.addi %92, %73 : index
            rlx_cpu.prefetch %3[%93] : memref<?xf32>
            %94 = arith.addi %92, %75 : index
            rlx_cpu.prefetch %3[%94] : memref<?xf32>
            %95 = arith.muli %69, %70 : index
            %96 = arith.addi %95, %73 : index
            rlx_cpu.prefetch %3[%96] : memref<?xf32>
            %97 = arith.addi %95, %75 : index
            rlx_cpu.prefetch %3[%97] : memref<?xf32>
            %98 = arith.muli %58, %34 : index
            %99 = arith.addi %98, %34 : index
            %100 = arith.constant 384 : index
            %101 = arith.addi %98, %100 : index
            %102 = arith.constant 576 : index
            %103 = arith.addi %98, %102 : index
            %104 = arith.constant 768 : index
            %105 = arith.addi %98, %104 : index
            %106 = arith.constant 960 : index
            %107 = arith.addi %98, %106 : index
            %108 = arith.constant 1152 : index
            %109 = arith.addi %98, %108 : index
            %110 = arith.constant 1344 : index
            %111 = arith.addi %98, %110 : index
            %112 = arith.constant 0.000000e+00 : f32
            %113 = vector.broadcast %112 : f32 to vector<16xf32>
            %114, %115, %116, %117, %118, %119, %120, %121, %122, %123, %124, %125, %126, %127, %128, %129 = scf.for %130 = %11 to %34 step %10 iter_args(%131 = %113, %132 = %113, %133 = %113, %134 = %113, %135 = %113, %136 = %113, %137 = %113, %138 = %113, %139 = %113, %140 = %113, %141 = %113, %142 = %113, %143 = %113, %144 = %113, %145 = %113, %146 = %113) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %147 = arith.muli %130, %72 : index
              %148 = vector.load %33[%147] : memref<6144xf32>, vector<16xf32>
              %149 = arith.addi %30, %147 : index
              %150 = vector.load %33[%149] : memref<6144xf32>, vector<16xf32>
              %151 = arith.constant 256 : index
              %152 = arith.addi %147, %151 : index
              rlx_cpu.prefetch %33[%152] {cache = "l1"} : memref<6144xf32>
              %153 = arith.addi %149, %151 : index
              rlx_cpu.prefetch %33[%153] {cache = "l1"} : memref<6144xf32>
              %154 = arith.addi %98, %130 : index
              %155 = memref.load %4[%154] : memref<?xf32>
              %156 = vector.broadcast %155 : f32 to vector<16xf32>
              %157 = vector.fma %156, %148, %131 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %158 = vector.fma %156, %150, %132 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %159 = arith.addi %99, %130 : index
              %160 = memref.load %4[%159] : memref<?xf32>
              %161 = vector.broadcast %160 : f32 to vector<16xf32>
              %162 = vector.fma %161, %148, %133 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %163 = vector.fma %161, %150, %134 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %164 = arith.addi %101, %130 : index
              %165 = memref.load %4[%164] : memref<?xf32>
              %166 = vector.broadcast %165 : f32 to vector<16xf32>
              %167 = vector.fma %166, %148, %135 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %168 = vector.fma %166, %150, %136 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %169 = arith.addi %103, %130 : index
              %170 = memref.load %4[%169] : memref<?xf32>
              %171 = vector.broadcast %170 : f32 to vector<16xf32>
              %172 = vector.fma %171, %148, %137 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %173 = vector.fma %171, %150, %138 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %174 = arith.addi %105, %130 : index
              %175 = memref.load %4[%174] : memref<?xf32>
              %176 = vector.broadcast %175 : f32 to vector<16xf32>
              %177 = vector.fma %176, %148, %139 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %178 = vector.fma %176, %150, %140 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %179 = arith.addi %107, %130 : index
              %180 = memref.load %4[%179] : memref<?xf32>
              %181 = vector.broadcast %180 : f32 to vector<16xf32>
              %182 = vector.fma %181, %148, %141 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %183 = vector.fma %181, %150, %142 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %184 = arith.addi %109, %130 : index
              %185 = memref.load %4[%184] : memref<?xf32>
              %186 = vector.broadcast %185 : f32 to vector<16xf32>
              %187 = vector.fma %186, %148, %143 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %188 = vector.fma %186, %150, %144 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %189 = arith.addi %111, %130 : index
              %190 = memref.load %4[%189] : memref<?xf32>
              %191 = vector.broadcast %190 : f32 to vector<16xf32>
              %192 = vector.fma %191, %148, %145 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %193 = vector.fma %191, %150, %146 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %157, %158, %162, %163, %167, %168, %172, %173, %177, %178, %182, %183, %187, %188, %192, %193 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %194 = vector.load %3[%74] : memref<?xf32>, vector<16xf32>
            %195 = arith.addf %114, %194 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %195, %5[%74] : memref<?xf32>, vector<16xf32>
            %196 = vector.load %3[%76] : memref<?xf32>, vector<16xf32>
            %197 = arith.addf %115, %196 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %197, %5[%76] : memref<?xf32>, vector<16xf32>
            %198 = vector.load %3[%78] : memref<?xf32>, vector<16xf32>
            %199 = arith.addf %116, %198 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %199, %5[%78] : memref<?xf32>, vector<16xf32>
            %200 = vector.load %3[%79] : memref<?xf32>, vector<16xf32>
            %201 = arith.addf %117, %200 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %201, %5[%79] : memref<?xf32>, vector<16xf32>
            %202 = vector.load %3[%81] : memref<?xf32>, vector<16xf32>
            %203 = arith.addf %118, %202 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %203, %5[%81] : memref<?xf32>, vector<16xf32>
            %204 = vector.load %3[%82] : memref<?xf32>, vector<16xf32>
            %205 = arith.addf %119, %204 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %205, %5[%82] : memref<?xf32>, vector<16xf32>
            %206 = vector.load %3[%84] : memref<?xf32>, vector<16xf32>
            %207 = arith.addf %120, %206 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %207, %5[%84] : memref<?xf32>, vector<16xf32>
            %208 = vector.load %3[%85] : memref<?xf32>, vector<16xf32>
            %209 = arith.addf %121, %208 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %209, %5[%85] : memref<?xf32>, vector<16xf32>
            %210 = vector.load %3[%87] : memref<?xf32>, vector<16xf32>
            %211 = arith.addf %122, %210 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %211, %5[%87] : memref<?xf32>, vector<16xf32>
            %212 = vector.load %3[%88] : memref<?xf32>, vector<16xf32>
            %213 = arith.addf %123, %212 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %213, %5[%88] : memref<?xf32>, vector<16xf32>
            %214 = vector.load %3[%90] : memref<?xf32>, vector<16xf32>
            %215 = arith.addf %124, %214 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %215, %5[%90] : memref<?xf32>, vector<16xf32>
            %216 = vector.load %3[%91] : memref<?xf32>, vector<16xf32>
            %217 = arith.addf %125, %216 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %217, %5[%91] : memref<?xf32>, vector<16xf32>
            %218 = vector.load %3[%93] : memref<?xf32>, vector<16xf32>
            %219 = arith.addf %126, %218 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %219, %5[%93] : memref<?xf32>, vector<16xf32>
            %220 = vector.load %3[%94] : memref<?xf32>, vector<16xf32>
            %221 = arith.addf %127, %220 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %221, %5[%94] : memref<?xf32>, vector<16xf32>
            %222 = vector.load %3[%96] : memref<?xf32>, vector<16xf32>
            %223 = arith.addf %128, %222 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %223, %5[%96] : memref<?xf32>, vector<16xf32>
            %224 = vector.load %3[%97] : memref<?xf32>, vector<16xf32>
            %225 = arith.addf %129, %224 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %225, %5[%97] : memref<?xf32>, vector<16xf32>
          }
          %226 = arith.subi %18, %23 : index
          %227 = arith.divui %226, %12 : index
          %228 = arith.muli %227, %12 : index
          %229 = arith.addi %23, %228 : index
          scf.for %230 = %23 to %229 step %12 {
            %231 = arith.addi %230, %10 : index
            %232 = arith.addi %230, %26 : index
            %233 = arith.constant 3 : index
            %234 = arith.addi %230, %233 : index
            %235 = arith.constant 128 : index
            %236 = arith.muli %230, %235 : index
            %237 = arith.constant 16 : index
            %238 = arith.muli %28, %237 : index
            %239 = arith.addi %236, %238 : index
            rlx_cpu.prefetch %3[%239] : memref<?xf32>
            %240 = arith.muli %29, %237 : index
            %241 = arith.addi %236, %240 : index
            rlx_cpu.prefetch %3[%241] : memref<?xf32>
            %242 = arith.muli %231, %235 : index
            %243 = arith.addi %242, %238 : index
            rlx_cpu.prefetch %3[%243] : memref<?xf32>
            %244 = arith.addi %242, %240 : index
            rlx_cpu.prefetch %3[%244] : memref<?xf32>
            %245 = arith.muli %232, %235 : index
            %246 = arith.addi %245, %238 : index
            rlx_cpu.prefetch %3[%246] : memref<?xf32>
            %247 = arith.addi %245, %240 : index
            rlx_cpu.prefetch %3[%247] : memref<?xf32>
            %248 = arith.muli %234, %235 : index
            %249 = arith.addi %248, %238 : index
            rlx_cpu.prefetch %3[%249] : memref<?xf32>
            %250 = arith.addi %248, %240 : index
            rlx_cpu.prefetch %3[%250] : memref<?xf32>
            %251 = arith.muli %230, %34 : index
            %252 = arith.addi %251, %34 : index
            %253 = arith.constant 384 : index
            %254 = arith.addi %251, %253 : index
            %255 = arith.constant 576 : index
            %256 = arith.addi %251, %255 : index
            %257 = arith.constant 0.000000e+00 : f32
            %258 = vector.broadcast %257 : f32 to vector<16xf32>
            %259, %260, %261, %262, %263, %264, %265, %266 = scf.for %267 = %11 to %34 step %10 iter_args(%268 = %258, %269 = %258, %270 = %258, %271 = %258, %272 = %258, %273 = %258, %274 = %258, %275 = %258) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %276 = arith.muli %267, %237 : index
              %277 = vector.load %33[%276] : memref<6144xf32>, vector<16xf32>
              %278 = arith.addi %30, %276 : index
              %279 = vector.load %33[%278] : memref<6144xf32>, vector<16xf32>
              %280 = arith.constant 256 : index
              %281 = arith.addi %276, %280 : index
              rlx_cpu.prefetch %33[%281] {cache = "l1"} : memref<6144xf32>
              %282 = arith.addi %278, %280 : index
              rlx_cpu.prefetch %33[%282] {cache = "l1"} : memref<6144xf32>
              %283 = arith.addi %251, %267 : index
              %284 = memref.load %4[%283] : memref<?xf32>
              %285 = vector.broadcast %284 : f32 to vector<16xf32>
              %286 = vector.fma %285, %277, %268 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %287 = vector.fma %285, %279, %269 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %288 = arith.addi %252, %267 : index
              %289 = memref.load %4[%288] : memref<?xf32>
              %290 = vector.broadcast %289 : f32 to vector<16xf32>
              %291 = vector.fma %290, %277, %270 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %292 = vector.fma %290, %279, %271 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %293 = arith.addi %254, %267 : index
              %294 = memref.load %4[%293] : memref<?xf32>
              %295 = vector.broadcast %294 : f32 to vector<16xf32>
              %296 = vector.fma %295, %277, %272 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %297 = vector.fma %295, %279, %273 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %298 = arith.addi %256, %267 : index
              %299 = memref.load %4[%298] : memref<?xf32>
              %300 = vector.broadcast %299 : f32 to vector<16xf32>
              %301 = vector.fma %300, %277, %274 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %302 = vector.fma %300, %279, %275 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %286, %287, %291, %292, %296, %297, %301, %302 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %303 = vector.load %3[%239] : memref<?xf32>, vector<16xf32>
            %304 = arith.addf %259, %303 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %304, %5[%239] : memref<?xf32>, vector<16xf32>
            %305 = vector.load %3[%241] : memref<?xf32>, vector<16xf32>
            %306 = arith.addf %260, %305 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %306, %5[%241] : memref<?xf32>, vector<16xf32>
            %307 = vector.load %3[%243] : memref<?xf32>, vector<16xf32>
            %308 = arith.addf %261, %307 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %308, %5[%243] : memref<?xf32>, vector<16xf32>
            %309 = vector.load %3[%244] : memref<?xf32>, vector<16xf32>
            %310 = arith.addf %262, %309 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %310, %5[%244] : memref<?xf32>, vector<16xf32>
            %311 = vector.load %3[%246] : memref<?xf32>, vector<16xf32>
            %312 = arith.addf %263, %311 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %312, %5[%246] : memref<?xf32>, vector<16xf32>
            %313 = vector.load %3[%247] : memref<?xf32>, vector<16xf32>
            %314 = arith.addf %264, %313 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %314, %5[%247] : memref<?xf32>, vector<16xf32>
            %315 = vector.load %3[%249] : memref<?xf32>, vector<16xf32>
            %316 = arith.addf %265, %315 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %316, %5[%249] : memref<?xf32>, vector<16xf32>
            %317 = vector.load %3[%250] : memref<?xf32>, vector<16xf32>
            %318 = arith.addf %266, %317 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %318, %5[%250] : memref<?xf32>, vector<16xf32>
          }
          %319 = arith.subi %18, %229 : index
          %320 = arith.divui %319, %26 : index
          %321 = arith.muli %320, %26 : index
          %322 = arith.addi %229, %321 : index
          scf.for %323 = %229 to %322 step %26 {
            %324 = arith.addi %323, %10 : index
            %325 = arith.constant 128 : index
            %326 = arith.muli %323, %325 : index
            %327 = arith.constant 16 : index
            %328 = arith.muli %28, %327 : index
            %329 = arith.addi %326, %328 : index
            rlx_cpu.prefetch %3[%329] : memref<?xf32>
            %330 = arith.muli %29, %327 : index
            %331 = arith.addi %326, %330 : index
            rlx_cpu.prefetch %3[%331] : memref<?xf32>
            %332 = arith.muli %324, %325 : index
            %333 = arith.addi %332, %328 : index
            rlx_cpu.prefetch %3[%333] : memref<?xf32>
            %334 = arith.addi %332, %330 : index
            rlx_cpu.prefetch %3[%334] : memref<?xf32>
            %335 = arith.muli %323, %34 : index
            %336 = arith.addi %335, %34 : index
            %337 = arith.constant 0.000000e+00 : f32
            %338 = vector.broadcast %337 : f32 to vector<16xf32>
            %339, %340, %341, %342, %343, %344, %345, %346 = scf.for %347 = %11 to %34 step %26 iter_args(%348 = %338, %349 = %338, %350 = %338, %351 = %338, %352 = %338, %353 = %338, %354 = %338, %355 = %338) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %356 = arith.muli %347, %327 : index
              %357 = vector.load %33[%356] : memref<6144xf32>, vector<16xf32>
              %358 = arith.addi %30, %356 : index
              %359 = vector.load %33[%358] : memref<6144xf32>, vector<16xf32>
              %360 = arith.constant 256 : index
              %361 = arith.addi %356, %360 : index
              rlx_cpu.prefetch %33[%361] {cache = "l1"} : memref<6144xf32>
              %362 = arith.addi %358, %360 : index
              rlx_cpu.prefetch %33[%362] {cache = "l1"} : memref<6144xf32>
              %363 = arith.addi %335, %347 : index
              %364 = memref.load %4[%363] : memref<?xf32>
              %365 = vector.broadcast %364 : f32 to vector<16xf32>
              %366 = vector.fma %365, %357, %348 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %367 = vector.fma %365, %359, %349 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %368 = arith.addi %336, %347 : index
              %369 = memref.load %4[%368] : memref<?xf32>
              %370 = vector.broadcast %369 : f32 to vector<16xf32>
              %371 = vector.fma %370, %357, %350 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %372 = vector.fma %370, %359, %351 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %373 = arith.addi %347, %10 : index
              %374 = arith.muli %373, %327 : index
              %375 = vector.load %33[%374] : memref<6144xf32>, vector<16xf32>
              %376 = arith.addi %30, %374 : index
              %377 = vector.load %33[%376] : memref<6144xf32>, vector<16xf32>
              %378 = arith.addi %374, %360 : index
              rlx_cpu.prefetch %33[%378] {cache = "l1"} : memref<6144xf32>
              %379 = arith.addi %376, %360 : index
              rlx_cpu.prefetch %33[%379] {cache = "l1"} : memref<6144xf32>
              %380 = arith.addi %335, %373 : index
              %381 = memref.load %4[%380] : memref<?xf32>
              %382 = vector.broadcast %381 : f32 to vector<16xf32>
              %383 = vector.fma %382, %375, %352 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %384 = vector.fma %382, %377, %353 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %385 = arith.addi %336, %373 : index
              %386 = memref.load %4[%385] : memref<?xf32>
              %387 = vector.broadcast %386 : f32 to vector<16xf32>
              %388 = vector.fma %387, %375, %354 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %389 = vector.fma %387, %377, %355 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %366, %367, %371, %372, %383, %384, %388, %389 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %390 = arith.addf %339, %343 fastmath<nsz,arcp,afn> : vector<16xf32>
            %391 = arith.addf %340, %344 fastmath<nsz,arcp,afn> : vector<16xf32>
            %392 = arith.addf %341, %345 fastmath<nsz,arcp,afn> : vector<16xf32>
            %393 = arith.addf %342, %346 fastmath<nsz,arcp,afn> : vector<16xf32>
            %394 = vector.load %3[%329] : memref<?xf32>, vector<16xf32>
            %395 = arith.addf %390, %394 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %395, %5[%329] : memref<?xf32>, vector<16xf32>
            %396 = vector.load %3[%331] : memref<?xf32>, vector<16xf32>
            %397 = arith.addf %391, %396 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %397, %5[%331] : memref<?xf32>, vector<16xf32>
            %398 = vector.load %3[%333] : memref<?xf32>, vector<16xf32>
            %399 = arith.addf %392, %398 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %399, %5[%333] : memref<?xf32>, vector<16xf32>
            %400 = vector.load %3[%334] : memref<?xf32>, vector<16xf32>
            %401 = arith.addf %393, %400 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %401, %5[%334] : memref<?xf32>, vector<16xf32>
          }
          scf.for %402 = %322 to %18 step %10 {
            %403 = arith.constant 128 : index
            %404 = arith.muli %402, %403 : index
            %405 = arith.constant 16 : index
            %406 = arith.muli %28, %405 : index
            %407 = arith.addi %404, %406 : index
            rlx_cpu.prefetch %3[%407] : memref<?xf32>
            %408 = arith.muli %29, %405 : index
            %409 = arith.addi %404, %408 : index
            rlx_cpu.prefetch %3[%409] : memref<?xf32>
            %410 = arith.muli %402, %34 : index
            %411 = arith.constant 0.000000e+00 : f32
            %412 = vector.broadcast %411 : f32 to vector<16xf32>
            %413, %414, %415, %416 = scf.for %417 = %11 to %34 step %26 iter_args(%418 = %412, %419 = %412, %420 = %412, %421 = %412) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %422 = arith.muli %417, %405 : index
              %423 = vector.load %33[%422] : memref<6144xf32>, vector<16xf32>
              %424 = arith.addi %30, %422 : index
              %425 = vector.load %33[%424] : memref<6144xf32>, vector<16xf32>
              %426 = arith.addi %410, %417 : index
              %427 = memref.load %4[%426] : memref<?xf32>
              %428 = vector.broadcast %427 : f32 to vector<16xf32>
              %429 = vector.fma %428, %423, %418 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %430 = vector.fma %428, %425, %419 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %431 = arith.addi %417, %10 : index
              %432 = arith.muli %431, %405 : index
              %433 = vector.load %33[%432] : memref<6144xf32>, vector<16xf32>
              %434 = arith.addi %30, %432 : index
              %435 = vector.load %33[%434] : memref<6144xf32>, vector<16xf32>
              %436 = arith.addi %410, %431 : index
              %437 = memref.load %4[%436] : memref<?xf32>
              %438 = vector.broadcast %437 : f32 to vector<16xf32>
              %439 = vector.fma %438, %433, %420 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %440 = vector.fma %438, %435, %421 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %429, %430, %439, %440 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %441 = arith.addf %413, %415 fastmath<nsz,arcp,afn> : vector<16xf32>
            %442 = arith.addf %414, %416 fastmath<nsz,arcp,afn> : vector<16xf32>
            %443 = vector.load %3[%407] : memref<?xf32>, vector<16xf32>
            %444 = arith.addf %441, %443 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %444, %5[%407] : memref<?xf32>, vector<16xf32>
            %445 = vector.load %3[%409] : memref<?xf32>, vector<16xf32>
            %446 = arith.addf %442, %445 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %446, %5[%409] : memref<?xf32>, vector<16xf32>
          }
        } else {
          %447 = arith.muli %25, %26 : index
          %448 = arith.addi %447, %10 : index
          %449 = arith.constant 3072 : index
          %450 = arith.muli %447, %449 : index
          %451 = arith.muli %448, %449 : index
          scf.for %452 = %16 to %18 step %10 {
            %453 = arith.constant 128 : index
            %454 = arith.muli %452, %453 : index
            %455 = arith.constant 16 : index
            %456 = arith.muli %447, %455 : index
            %457 = arith.addi %454, %456 : index
            rlx_cpu.prefetch %3[%457] : memref<?xf32>
            %458 = arith.muli %448, %455 : index
            %459 = arith.addi %454, %458 : index
            rlx_cpu.prefetch %3[%459] : memref<?xf32>
            %460 = arith.constant 192 : index
            %461 = arith.muli %452, %460 : index
            %462 = arith.constant 0.000000e+00 : f32
            %463 = vector.broadcast %462 : f32 to vector<16xf32>
            %464, %465, %466, %467 = scf.for %468 = %11 to %460 step %26 iter_args(%469 = %463, %470 = %463, %471 = %463, %472 = %463) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %473 = arith.muli %468, %455 : index
              %474 = arith.addi %450, %473 : index
              %475 = vector.load %2[%474] : memref<?xi16>, vector<16xi16>
              %476 = arith.extui %475 : vector<16xi16> to vector<16xi32>
              %477 = arith.constant dense<16> : vector<16xi32>
              %478 = arith.shli %476, %477 : vector<16xi32>
              %479 = arith.bitcast %478 : vector<16xi32> to vector<16xf32>
              %480 = arith.addi %451, %473 : index
              %481 = vector.load %2[%480] : memref<?xi16>, vector<16xi16>
              %482 = arith.extui %481 : vector<16xi16> to vector<16xi32>
              %483 = arith.shli %482, %477 : vector<16xi32>
              %484 = arith.bitcast %483 : vector<16xi32> to vector<16xf32>
              %485 = arith.addi %461, %468 : index
              %486 = memref.load %4[%485] : memref<?xf32>
              %487 = vector.broadcast %486 : f32 to vector<16xf32>
              %488 = vector.fma %487, %479, %469 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %489 = vector.fma %487, %484, %470 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %490 = arith.addi %468, %10 : index
              %491 = arith.muli %490, %455 : index
              %492 = arith.addi %450, %491 : index
              %493 = vector.load %2[%492] : memref<?xi16>, vector<16xi16>
              %494 = arith.extui %493 : vector<16xi16> to vector<16xi32>
              %495 = arith.shli %494, %477 : vector<16xi32>
              %496 = arith.bitcast %495 : vector<16xi32> to vector<16xf32>
              %497 = arith.addi %451, %491 : index
              %498 = vector.load %2[%497] : memref<?xi16>, vector<16xi16>
              %499 = arith.extui %498 : vector<16xi16> to vector<16xi32>
              %500 = arith.shli %499, %477 : vector<16xi32>
              %501 = arith.bitcast %500 : vector<16xi32> to vector<16xf32>
              %502 = arith.addi %461, %490 : index
              %503 = memref.load %4[%502] : memref<?xf32>
              %504 = vector.broadcast %503 : f32 to vector<16xf32>
              %505 = vector.fma %504, %496, %471 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %506 = vector.fma %504, %501, %472 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %488, %489, %505, %506 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %507 = arith.addf %464, %466 fastmath<nsz,arcp,afn> : vector<16xf32>
            %508 = arith.addf %465, %467 fastmath<nsz,arcp,afn> : vector<16xf32>
            %509 = vector.load %3[%457] : memref<?xf32>, vector<16xf32>
            %510 = arith.addf %507, %509 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %510, %5[%457] : memref<?xf32>, vector<16xf32>
            %511 = vector.load %3[%459] : memref<?xf32>, vector<16xf32>
            %512 = arith.addf %508, %511 fastmath<nsz,arcp,afn> : vector<16xf32>
            vector.store %512, %5[%459] : memref<?xf32>, vector<16xf32>
          }
        }
      }
      scf.reduce
    }) : (index, index, index) -> ()
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
    rlx_cpu.parallel_dispatch @linear_swiglu_k128_n192_bf16.par8.loop(%10, %4, %1, %2, %0, %3) range(%13 to %12 step %14) if(%16) {threads = 0 : i64} : (index, index, memref<?xi16>, memref<?xi16>, memref<?xf32>, memref<?xf32>)
    func.return
  }
  func.func private @linear_swiglu_k128_n192_bf16.par8.loop(%0: index, %1: index, %2: memref<?xi16>, %3: memref<?xi16>, %4: memref<?xf32>, %5: memref<?xf32>, %6: index, %7: index, %8: index) attributes {rlx_cpu.parallel_body} {
    %9 = arith.constant 992 : index
    %10 = arith.constant 1 : index
    %11 = arith.constant 0 : index
    "scf.parallel"(%6, %7, %10) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%12: index):
      %13 = arith.divui %12, %0 : index
      %14 = arith.remui %12, %0 : index
      %15 = arith.muli %14, %9 : index
      %16 = arith.addi %15, %9 : index
      %17 = arith.minui %16, %1 : index
      %18 = arith.subi %17, %15 : index
      %19 = arith.constant 8 : index
      %20 = arith.divui %18, %19 : index
      %21 = arith.muli %20, %19 : index
      %22 = arith.addi %15, %21 : index
      %23 = arith.addi %13, %10 : index
      scf.for %24 = %13 to %23 step %10 {
        %25 = arith.constant 2 : index
        %26 = arith.cmpi uge, %18, %25 : index
        scf.if %26 {
          %27 = arith.constant 2048 : index
          %28 = arith.muli %24, %27 : index
          %29 = memref.alloca() : memref<4096xf32>
          %30 = arith.constant 128 : index
          scf.for %31 = %11 to %30 step %10 {
            scf.for %32 = %11 to %10 step %10 {
              %33 = arith.addi %31, %32 : index
              %34 = arith.constant 16 : index
              %35 = arith.muli %33, %34 : index
              %36 = arith.addi %28, %35 : index
              %37 = vector.load %2[%36] : memref<?xi16>, vector<16xi16>
              %38 = arith.extui %37 : vector<16xi16> to vector<16xi32>
              %39 = arith.constant dense<16> : vector<16xi32>
              %40 = arith.shli %38, %39 : vector<16xi32>
              %41 = arith.bitcast %40 : vector<16xi32> to vector<16xf32>
              vector.store %41, %29[%35] : memref<4096xf32>, vector<16xf32>
            }
          }
          scf.for %42 = %11 to %30 step %10 {
            scf.for %43 = %11 to %10 step %10 {
              %44 = arith.addi %42, %43 : index
              %45 = arith.constant 16 : index
              %46 = arith.muli %44, %45 : index
              %47 = arith.addi %28, %46 : index
              %48 = vector.load %3[%47] : memref<?xi16>, vector<16xi16>
              %49 = arith.extui %48 : vector<16xi16> to vector<16xi32>
              %50 = arith.constant dense<16> : vector<16xi32>
              %51 = arith.shli %49, %50 : vector<16xi32>
              %52 = arith.bitcast %51 : vector<16xi32> to vector<16xf32>
              %53 = arith.addi %27, %46 : index
              vector.store %52, %29[%53] : memref<4096xf32>, vector<16xf32>
            }
          }
          scf.for %54 = %15 to %22 step %19 {
            %55 = arith.addi %54, %10 : index
            %56 = arith.addi %54, %25 : index
            %57 = arith.constant 3 : index
            %58 = arith.addi %54, %57 : index
            %59 = arith.constant 4 : index
            %60 = arith.addi %54, %59 : index
            %61 = arith.constant 5 : index
            %62 = arith.addi %54, %61 : index
            %63 = arith.constant 6 : index
            %64 = arith.addi %54, %63 : index
            %65 = arith.constant 7 : index
            %66 = arith.addi %54, %65 : index
            %67 = arith.muli %54, %30 : index
            %68 = arith.addi %67, %30 : index
            %69 = arith.constant 256 : index
            %70 = arith.addi %67, %69 : index
            %71 = arith.constant 384 : index
            %72 = arith.addi %67, %71 : index
            %73 = arith.constant 512 : index
            %74 = arith.addi %67, %73 : index
            %75 = arith.constant 640 : index
            %76 = arith.addi %67, %75 : index
            %77 = arith.constant 768 : index
            %78 = arith.addi %67, %77 : index
            %79 = arith.constant 896 : index
            %80 = arith.addi %67, %79 : index
            %81 = arith.constant 0.000000e+00 : f32
            %82 = vector.broadcast %81 : f32 to vector<16xf32>
            %83, %84, %85, %86, %87, %88, %89, %90, %91, %92, %93, %94, %95, %96, %97, %98 = scf.for %99 = %11 to %30 step %10 iter_args(%100 = %82, %101 = %82, %102 = %82, %103 = %82, %104 = %82, %105 = %82, %106 = %82, %107 = %82, %108 = %82, %109 = %82, %110 = %82, %111 = %82, %112 = %82, %113 = %82, %114 = %82, %115 = %82) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %116 = arith.constant 16 : index
              %117 = arith.muli %99, %116 : index
              %118 = vector.load %29[%117] : memref<4096xf32>, vector<16xf32>
              %119 = arith.addi %27, %117 : index
              %120 = vector.load %29[%119] : memref<4096xf32>, vector<16xf32>
              %121 = arith.addi %117, %69 : index
              rlx_cpu.prefetch %29[%121] {cache = "l1"} : memref<4096xf32>
              %122 = arith.addi %119, %69 : index
              rlx_cpu.prefetch %29[%122] {cache = "l1"} : memref<4096xf32>
              %123 = arith.addi %67, %99 : index
              %124 = memref.load %4[%123] : memref<?xf32>
              %125 = vector.broadcast %124 : f32 to vector<16xf32>
              %126 = vector.fma %125, %118, %100 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %127 = vector.fma %125, %120, %101 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %128 = arith.addi %68, %99 : index
              %129 = memref.load %4[%128] : memref<?xf32>
              %130 = vector.broadcast %129 : f32 to vector<16xf32>
              %131 = vector.fma %130, %118, %102 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %132 = vector.fma %130, %120, %103 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %133 = arith.addi %70, %99 : index
              %134 = memref.load %4[%133] : memref<?xf32>
              %135 = vector.broadcast %134 : f32 to vector<16xf32>
              %136 = vector.fma %135, %118, %104 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %137 = vector.fma %135, %120, %105 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %138 = arith.addi %72, %99 : index
              %139 = memref.load %4[%138] : memref<?xf32>
              %140 = vector.broadcast %139 : f32 to vector<16xf32>
              %141 = vector.fma %140, %118, %106 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %142 = vector.fma %140, %120, %107 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %143 = arith.addi %74, %99 : index
              %144 = memref.load %4[%143] : memref<?xf32>
              %145 = vector.broadcast %144 : f32 to vector<16xf32>
              %146 = vector.fma %145, %118, %108 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %147 = vector.fma %145, %120, %109 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %148 = arith.addi %76, %99 : index
              %149 = memref.load %4[%148] : memref<?xf32>
              %150 = vector.broadcast %149 : f32 to vector<16xf32>
              %151 = vector.fma %150, %118, %110 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %152 = vector.fma %150, %120, %111 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %153 = arith.addi %78, %99 : index
              %154 = memref.load %4[%153] : memref<?xf32>
              %155 = vector.broadcast %154 : f32 to vector<16xf32>
              %156 = vector.fma %155, %118, %112 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %157 = vector.fma %155, %120, %113 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %158 = arith.addi %80, %99 : index
              %159 = memref.load %4[%158] : memref<?xf32>
              %160 = vector.broadcast %159 : f32 to vector<16xf32>
              %161 = vector.fma %160, %118, %114 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %162 = vector.fma %160, %120, %115 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %126, %127, %131, %132, %136, %137, %141, %142, %146, %147, %151, %152, %156, %157, %161, %162 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %163 = arith.subf %82, %83 fastmath<nsz,arcp,afn> : vector<16xf32>
            %164 = arith.constant -8.700000e+01 : f32
            %165 = vector.broadcast %164 : f32 to vector<16xf32>
            %166 = arith.cmpf ogt, %163, %165 : vector<16xf32>
            %167 = arith.select %166, %163, %165 : vector<16xf32>
            %168 = arith.constant 8.800000e+01 : f32
            %169 = vector.broadcast %168 : f32 to vector<16xf32>
            %170 = arith.cmpf olt, %167, %169 : vector<16xf32>
            %171 = arith.select %170, %167, %169 : vector<16xf32>
            %172 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %173 = arith.minnumf %171, %172 : vector<16xf32>
            %174 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %175 = arith.maxnumf %173, %174 : vector<16xf32>
            %176 = arith.constant dense<1.44269502> : vector<16xf32>
            %177 = arith.mulf %175, %176 fastmath<contract> : vector<16xf32>
            %178 = rlx_cpu.rint %177 : vector<16xf32>
            %179 = arith.constant dense<0.693359375> : vector<16xf32>
            %180 = arith.mulf %178, %179 fastmath<contract> : vector<16xf32>
            %181 = arith.subf %175, %180 fastmath<contract> : vector<16xf32>
            %182 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %183 = arith.mulf %178, %182 fastmath<contract> : vector<16xf32>
            %184 = arith.subf %181, %183 fastmath<contract> : vector<16xf32>
            %185 = arith.constant dense<0.000198756912> : vector<16xf32>
            %186 = arith.mulf %185, %184 fastmath<contract> : vector<16xf32>
            %187 = arith.constant dense<0.00139819994> : vector<16xf32>
            %188 = arith.addf %186, %187 fastmath<contract> : vector<16xf32>
            %189 = arith.mulf %188, %184 fastmath<contract> : vector<16xf32>
            %190 = arith.constant dense<0.00833345205> : vector<16xf32>
            %191 = arith.addf %189, %190 fastmath<contract> : vector<16xf32>
            %192 = arith.mulf %191, %184 fastmath<contract> : vector<16xf32>
            %193 = arith.constant dense<0.0416657962> : vector<16xf32>
            %194 = arith.addf %192, %193 fastmath<contract> : vector<16xf32>
            %195 = arith.mulf %194, %184 fastmath<contract> : vector<16xf32>
            %196 = arith.constant dense<0.166666657> : vector<16xf32>
            %197 = arith.addf %195, %196 fastmath<contract> : vector<16xf32>
            %198 = arith.mulf %197, %184 fastmath<contract> : vector<16xf32>
            %199 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %200 = arith.addf %198, %199 fastmath<contract> : vector<16xf32>
            %201 = arith.mulf %184, %184 fastmath<contract> : vector<16xf32>
            %202 = arith.mulf %200, %201 fastmath<contract> : vector<16xf32>
            %203 = arith.addf %202, %184 fastmath<contract> : vector<16xf32>
            %204 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %205 = arith.addf %203, %204 fastmath<contract> : vector<16xf32>
            %206 = arith.fptosi %178 : vector<16xf32> to vector<16xi32>
            %207 = arith.constant dense<23> : vector<16xi32>
            %208 = arith.shli %206, %207 : vector<16xi32>
            %209 = arith.bitcast %205 : vector<16xf32> to vector<16xi32>
            %210 = arith.addi %209, %208 : vector<16xi32>
            %211 = arith.bitcast %210 : vector<16xi32> to vector<16xf32>
            %212 = arith.constant dense<-87.3365479> : vector<16xf32>
            %213 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %214 = arith.cmpf olt, %171, %212 : vector<16xf32>
            %215 = arith.select %214, %213, %211 : vector<16xf32>
            %216 = arith.constant dense<88.7228394> : vector<16xf32>
            %217 = arith.constant dense<0x7f800000> : vector<16xf32>
            %218 = arith.cmpf ogt, %171, %216 : vector<16xf32>
            %219 = arith.select %218, %217, %215 : vector<16xf32>
            %220 = arith.cmpf uno, %171, %171 : vector<16xf32>
            %221 = arith.select %220, %171, %219 : vector<16xf32>
            %222 = arith.constant 1.000000e+00 : f32
            %223 = vector.broadcast %222 : f32 to vector<16xf32>
            %224 = arith.addf %223, %221 fastmath<nsz,arcp,afn> : vector<16xf32>
            %225 = arith.divf %83, %224 fastmath<nsz,arcp,afn> : vector<16xf32>
            %226 = arith.mulf %225, %84 fastmath<nsz,arcp,afn> : vector<16xf32>
            %227 = arith.constant 192 : index
            %228 = arith.muli %54, %227 : index
            %229 = arith.constant 16 : index
            %230 = arith.muli %24, %229 : index
            %231 = arith.addi %228, %230 : index
            vector.store %226, %5[%231] : memref<?xf32>, vector<16xf32>
            %232 = arith.subf %82, %85 fastmath<nsz,arcp,afn> : vector<16xf32>
            %233 = arith.cmpf ogt, %232, %165 : vector<16xf32>
            %234 = arith.select %233, %232, %165 : vector<16xf32>
            %235 = arith.cmpf olt, %234, %169 : vector<16xf32>
            %236 = arith.select %235, %234, %169 : vector<16xf32>
            %237 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %238 = arith.minnumf %236, %237 : vector<16xf32>
            %239 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %240 = arith.maxnumf %238, %239 : vector<16xf32>
            %241 = arith.constant dense<1.44269502> : vector<16xf32>
            %242 = arith.mulf %240, %241 fastmath<contract> : vector<16xf32>
            %243 = rlx_cpu.rint %242 : vector<16xf32>
            %244 = arith.constant dense<0.693359375> : vector<16xf32>
            %245 = arith.mulf %243, %244 fastmath<contract> : vector<16xf32>
            %246 = arith.subf %240, %245 fastmath<contract> : vector<16xf32>
            %247 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %248 = arith.mulf %243, %247 fastmath<contract> : vector<16xf32>
            %249 = arith.subf %246, %248 fastmath<contract> : vector<16xf32>
            %250 = arith.constant dense<0.000198756912> : vector<16xf32>
            %251 = arith.mulf %250, %249 fastmath<contract> : vector<16xf32>
            %252 = arith.constant dense<0.00139819994> : vector<16xf32>
            %253 = arith.addf %251, %252 fastmath<contract> : vector<16xf32>
            %254 = arith.mulf %253, %249 fastmath<contract> : vector<16xf32>
            %255 = arith.constant dense<0.00833345205> : vector<16xf32>
            %256 = arith.addf %254, %255 fastmath<contract> : vector<16xf32>
            %257 = arith.mulf %256, %249 fastmath<contract> : vector<16xf32>
            %258 = arith.constant dense<0.0416657962> : vector<16xf32>
            %259 = arith.addf %257, %258 fastmath<contract> : vector<16xf32>
            %260 = arith.mulf %259, %249 fastmath<contract> : vector<16xf32>
            %261 = arith.constant dense<0.166666657> : vector<16xf32>
            %262 = arith.addf %260, %261 fastmath<contract> : vector<16xf32>
            %263 = arith.mulf %262, %249 fastmath<contract> : vector<16xf32>
            %264 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %265 = arith.addf %263, %264 fastmath<contract> : vector<16xf32>
            %266 = arith.mulf %249, %249 fastmath<contract> : vector<16xf32>
            %267 = arith.mulf %265, %266 fastmath<contract> : vector<16xf32>
            %268 = arith.addf %267, %249 fastmath<contract> : vector<16xf32>
            %269 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %270 = arith.addf %268, %269 fastmath<contract> : vector<16xf32>
            %271 = arith.fptosi %243 : vector<16xf32> to vector<16xi32>
            %272 = arith.constant dense<23> : vector<16xi32>
            %273 = arith.shli %271, %272 : vector<16xi32>
            %274 = arith.bitcast %270 : vector<16xf32> to vector<16xi32>
            %275 = arith.addi %274, %273 : vector<16xi32>
            %276 = arith.bitcast %275 : vector<16xi32> to vector<16xf32>
            %277 = arith.constant dense<-87.3365479> : vector<16xf32>
            %278 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %279 = arith.cmpf olt, %236, %277 : vector<16xf32>
            %280 = arith.select %279, %278, %276 : vector<16xf32>
            %281 = arith.constant dense<88.7228394> : vector<16xf32>
            %282 = arith.constant dense<0x7f800000> : vector<16xf32>
            %283 = arith.cmpf ogt, %236, %281 : vector<16xf32>
            %284 = arith.select %283, %282, %280 : vector<16xf32>
            %285 = arith.cmpf uno, %236, %236 : vector<16xf32>
            %286 = arith.select %285, %236, %284 : vector<16xf32>
            %287 = arith.addf %223, %286 fastmath<nsz,arcp,afn> : vector<16xf32>
            %288 = arith.divf %85, %287 fastmath<nsz,arcp,afn> : vector<16xf32>
            %289 = arith.mulf %288, %86 fastmath<nsz,arcp,afn> : vector<16xf32>
            %290 = arith.muli %55, %227 : index
            %291 = arith.addi %290, %230 : index
            vector.store %289, %5[%291] : memref<?xf32>, vector<16xf32>
            %292 = arith.subf %82, %87 fastmath<nsz,arcp,afn> : vector<16xf32>
            %293 = arith.cmpf ogt, %292, %165 : vector<16xf32>
            %294 = arith.select %293, %292, %165 : vector<16xf32>
            %295 = arith.cmpf olt, %294, %169 : vector<16xf32>
            %296 = arith.select %295, %294, %169 : vector<16xf32>
            %297 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %298 = arith.minnumf %296, %297 : vector<16xf32>
            %299 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %300 = arith.maxnumf %298, %299 : vector<16xf32>
            %301 = arith.constant dense<1.44269502> : vector<16xf32>
            %302 = arith.mulf %300, %301 fastmath<contract> : vector<16xf32>
            %303 = rlx_cpu.rint %302 : vector<16xf32>
            %304 = arith.constant dense<0.693359375> : vector<16xf32>
            %305 = arith.mulf %303, %304 fastmath<contract> : vector<16xf32>
            %306 = arith.subf %300, %305 fastmath<contract> : vector<16xf32>
            %307 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %308 = arith.mulf %303, %307 fastmath<contract> : vector<16xf32>
            %309 = arith.subf %306, %308 fastmath<contract> : vector<16xf32>
            %310 = arith.constant dense<0.000198756912> : vector<16xf32>
            %311 = arith.mulf %310, %309 fastmath<contract> : vector<16xf32>
            %312 = arith.constant dense<0.00139819994> : vector<16xf32>
            %313 = arith.addf %311, %312 fastmath<contract> : vector<16xf32>
            %314 = arith.mulf %313, %309 fastmath<contract> : vector<16xf32>
            %315 = arith.constant dense<0.00833345205> : vector<16xf32>
            %316 = arith.addf %314, %315 fastmath<contract> : vector<16xf32>
            %317 = arith.mulf %316, %309 fastmath<contract> : vector<16xf32>
            %318 = arith.constant dense<0.0416657962> : vector<16xf32>
            %319 = arith.addf %317, %318 fastmath<contract> : vector<16xf32>
            %320 = arith.mulf %319, %309 fastmath<contract> : vector<16xf32>
            %321 = arith.constant dense<0.166666657> : vector<16xf32>
            %322 = arith.addf %320, %321 fastmath<contract> : vector<16xf32>
            %323 = arith.mulf %322, %309 fastmath<contract> : vector<16xf32>
            %324 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %325 = arith.addf %323, %324 fastmath<contract> : vector<16xf32>
            %326 = arith.mulf %309, %309 fastmath<contract> : vector<16xf32>
            %327 = arith.mulf %325, %326 fastmath<contract> : vector<16xf32>
            %328 = arith.addf %327, %309 fastmath<contract> : vector<16xf32>
            %329 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %330 = arith.addf %328, %329 fastmath<contract> : vector<16xf32>
            %331 = arith.fptosi %303 : vector<16xf32> to vector<16xi32>
            %332 = arith.constant dense<23> : vector<16xi32>
            %333 = arith.shli %331, %332 : vector<16xi32>
            %334 = arith.bitcast %330 : vector<16xf32> to vector<16xi32>
            %335 = arith.addi %334, %333 : vector<16xi32>
            %336 = arith.bitcast %335 : vector<16xi32> to vector<16xf32>
            %337 = arith.constant dense<-87.3365479> : vector<16xf32>
            %338 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %339 = arith.cmpf olt, %296, %337 : vector<16xf32>
            %340 = arith.select %339, %338, %336 : vector<16xf32>
            %341 = arith.constant dense<88.7228394> : vector<16xf32>
            %342 = arith.constant dense<0x7f800000> : vector<16xf32>
            %343 = arith.cmpf ogt, %296, %341 : vector<16xf32>
            %344 = arith.select %343, %342, %340 : vector<16xf32>
            %345 = arith.cmpf uno, %296, %296 : vector<16xf32>
            %346 = arith.select %345, %296, %344 : vector<16xf32>
            %347 = arith.addf %223, %346 fastmath<nsz,arcp,afn> : vector<16xf32>
            %348 = arith.divf %87, %347 fastmath<nsz,arcp,afn> : vector<16xf32>
            %349 = arith.mulf %348, %88 fastmath<nsz,arcp,afn> : vector<16xf32>
            %350 = arith.muli %56, %227 : index
            %351 = arith.addi %350, %230 : index
            vector.store %349, %5[%351] : memref<?xf32>, vector<16xf32>
            %352 = arith.subf %82, %89 fastmath<nsz,arcp,afn> : vector<16xf32>
            %353 = arith.cmpf ogt, %352, %165 : vector<16xf32>
            %354 = arith.select %353, %352, %165 : vector<16xf32>
            %355 = arith.cmpf olt, %354, %169 : vector<16xf32>
            %356 = arith.select %355, %354, %169 : vector<16xf32>
            %357 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %358 = arith.minnumf %356, %357 : vector<16xf32>
            %359 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %360 = arith.maxnumf %358, %359 : vector<16xf32>
            %361 = arith.constant dense<1.44269502> : vector<16xf32>
            %362 = arith.mulf %360, %361 fastmath<contract> : vector<16xf32>
            %363 = rlx_cpu.rint %362 : vector<16xf32>
            %364 = arith.constant dense<0.693359375> : vector<16xf32>
            %365 = arith.mulf %363, %364 fastmath<contract> : vector<16xf32>
            %366 = arith.subf %360, %365 fastmath<contract> : vector<16xf32>
            %367 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %368 = arith.mulf %363, %367 fastmath<contract> : vector<16xf32>
            %369 = arith.subf %366, %368 fastmath<contract> : vector<16xf32>
            %370 = arith.constant dense<0.000198756912> : vector<16xf32>
            %371 = arith.mulf %370, %369 fastmath<contract> : vector<16xf32>
            %372 = arith.constant dense<0.00139819994> : vector<16xf32>
            %373 = arith.addf %371, %372 fastmath<contract> : vector<16xf32>
            %374 = arith.mulf %373, %369 fastmath<contract> : vector<16xf32>
            %375 = arith.constant dense<0.00833345205> : vector<16xf32>
            %376 = arith.addf %374, %375 fastmath<contract> : vector<16xf32>
            %377 = arith.mulf %376, %369 fastmath<contract> : vector<16xf32>
            %378 = arith.constant dense<0.0416657962> : vector<16xf32>
            %379 = arith.addf %377, %378 fastmath<contract> : vector<16xf32>
            %380 = arith.mulf %379, %369 fastmath<contract> : vector<16xf32>
            %381 = arith.constant dense<0.166666657> : vector<16xf32>
            %382 = arith.addf %380, %381 fastmath<contract> : vector<16xf32>
            %383 = arith.mulf %382, %369 fastmath<contract> : vector<16xf32>
            %384 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %385 = arith.addf %383, %384 fastmath<contract> : vector<16xf32>
            %386 = arith.mulf %369, %369 fastmath<contract> : vector<16xf32>
            %387 = arith.mulf %385, %386 fastmath<contract> : vector<16xf32>
            %388 = arith.addf %387, %369 fastmath<contract> : vector<16xf32>
            %389 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %390 = arith.addf %388, %389 fastmath<contract> : vector<16xf32>
            %391 = arith.fptosi %363 : vector<16xf32> to vector<16xi32>
            %392 = arith.constant dense<23> : vector<16xi32>
            %393 = arith.shli %391, %392 : vector<16xi32>
            %394 = arith.bitcast %390 : vector<16xf32> to vector<16xi32>
            %395 = arith.addi %394, %393 : vector<16xi32>
            %396 = arith.bitcast %395 : vector<16xi32> to vector<16xf32>
            %397 = arith.constant dense<-87.3365479> : vector<16xf32>
            %398 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %399 = arith.cmpf olt, %356, %397 : vector<16xf32>
            %400 = arith.select %399, %398, %396 : vector<16xf32>
            %401 = arith.constant dense<88.7228394> : vector<16xf32>
            %402 = arith.constant dense<0x7f800000> : vector<16xf32>
            %403 = arith.cmpf ogt, %356, %401 : vector<16xf32>
            %404 = arith.select %403, %402, %400 : vector<16xf32>
            %405 = arith.cmpf uno, %356, %356 : vector<16xf32>
            %406 = arith.select %405, %356, %404 : vector<16xf32>
            %407 = arith.addf %223, %406 fastmath<nsz,arcp,afn> : vector<16xf32>
            %408 = arith.divf %89, %407 fastmath<nsz,arcp,afn> : vector<16xf32>
            %409 = arith.mulf %408, %90 fastmath<nsz,arcp,afn> : vector<16xf32>
            %410 = arith.muli %58, %227 : index
            %411 = arith.addi %410, %230 : index
            vector.store %409, %5[%411] : memref<?xf32>, vector<16xf32>
            %412 = arith.subf %82, %91 fastmath<nsz,arcp,afn> : vector<16xf32>
            %413 = arith.cmpf ogt, %412, %165 : vector<16xf32>
            %414 = arith.select %413, %412, %165 : vector<16xf32>
            %415 = arith.cmpf olt, %414, %169 : vector<16xf32>
            %416 = arith.select %415, %414, %169 : vector<16xf32>
            %417 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %418 = arith.minnumf %416, %417 : vector<16xf32>
            %419 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %420 = arith.maxnumf %418, %419 : vector<16xf32>
            %421 = arith.constant dense<1.44269502> : vector<16xf32>
            %422 = arith.mulf %420, %421 fastmath<contract> : vector<16xf32>
            %423 = rlx_cpu.rint %422 : vector<16xf32>
            %424 = arith.constant dense<0.693359375> : vector<16xf32>
            %425 = arith.mulf %423, %424 fastmath<contract> : vector<16xf32>
            %426 = arith.subf %420, %425 fastmath<contract> : vector<16xf32>
            %427 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %428 = arith.mulf %423, %427 fastmath<contract> : vector<16xf32>
            %429 = arith.subf %426, %428 fastmath<contract> : vector<16xf32>
            %430 = arith.constant dense<0.000198756912> : vector<16xf32>
            %431 = arith.mulf %430, %429 fastmath<contract> : vector<16xf32>
            %432 = arith.constant dense<0.00139819994> : vector<16xf32>
            %433 = arith.addf %431, %432 fastmath<contract> : vector<16xf32>
            %434 = arith.mulf %433, %429 fastmath<contract> : vector<16xf32>
            %435 = arith.constant dense<0.00833345205> : vector<16xf32>
            %436 = arith.addf %434, %435 fastmath<contract> : vector<16xf32>
            %437 = arith.mulf %436, %429 fastmath<contract> : vector<16xf32>
            %438 = arith.constant dense<0.0416657962> : vector<16xf32>
            %439 = arith.addf %437, %438 fastmath<contract> : vector<16xf32>
            %440 = arith.mulf %439, %429 fastmath<contract> : vector<16xf32>
            %441 = arith.constant dense<0.166666657> : vector<16xf32>
            %442 = arith.addf %440, %441 fastmath<contract> : vector<16xf32>
            %443 = arith.mulf %442, %429 fastmath<contract> : vector<16xf32>
            %444 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %445 = arith.addf %443, %444 fastmath<contract> : vector<16xf32>
            %446 = arith.mulf %429, %429 fastmath<contract> : vector<16xf32>
            %447 = arith.mulf %445, %446 fastmath<contract> : vector<16xf32>
            %448 = arith.addf %447, %429 fastmath<contract> : vector<16xf32>
            %449 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %450 = arith.addf %448, %449 fastmath<contract> : vector<16xf32>
            %451 = arith.fptosi %423 : vector<16xf32> to vector<16xi32>
            %452 = arith.constant dense<23> : vector<16xi32>
            %453 = arith.shli %451, %452 : vector<16xi32>
            %454 = arith.bitcast %450 : vector<16xf32> to vector<16xi32>
            %455 = arith.addi %454, %453 : vector<16xi32>
            %456 = arith.bitcast %455 : vector<16xi32> to vector<16xf32>
            %457 = arith.constant dense<-87.3365479> : vector<16xf32>
            %458 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %459 = arith.cmpf olt, %416, %457 : vector<16xf32>
            %460 = arith.select %459, %458, %456 : vector<16xf32>
            %461 = arith.constant dense<88.7228394> : vector<16xf32>
            %462 = arith.constant dense<0x7f800000> : vector<16xf32>
            %463 = arith.cmpf ogt, %416, %461 : vector<16xf32>
            %464 = arith.select %463, %462, %460 : vector<16xf32>
            %465 = arith.cmpf uno, %416, %416 : vector<16xf32>
            %466 = arith.select %465, %416, %464 : vector<16xf32>
            %467 = arith.addf %223, %466 fastmath<nsz,arcp,afn> : vector<16xf32>
            %468 = arith.divf %91, %467 fastmath<nsz,arcp,afn> : vector<16xf32>
            %469 = arith.mulf %468, %92 fastmath<nsz,arcp,afn> : vector<16xf32>
            %470 = arith.muli %60, %227 : index
            %471 = arith.addi %470, %230 : index
            vector.store %469, %5[%471] : memref<?xf32>, vector<16xf32>
            %472 = arith.subf %82, %93 fastmath<nsz,arcp,afn> : vector<16xf32>
            %473 = arith.cmpf ogt, %472, %165 : vector<16xf32>
            %474 = arith.select %473, %472, %165 : vector<16xf32>
            %475 = arith.cmpf olt, %474, %169 : vector<16xf32>
            %476 = arith.select %475, %474, %169 : vector<16xf32>
            %477 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %478 = arith.minnumf %476, %477 : vector<16xf32>
            %479 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %480 = arith.maxnumf %478, %479 : vector<16xf32>
            %481 = arith.constant dense<1.44269502> : vector<16xf32>
            %482 = arith.mulf %480, %481 fastmath<contract> : vector<16xf32>
            %483 = rlx_cpu.rint %482 : vector<16xf32>
            %484 = arith.constant dense<0.693359375> : vector<16xf32>
            %485 = arith.mulf %483, %484 fastmath<contract> : vector<16xf32>
            %486 = arith.subf %480, %485 fastmath<contract> : vector<16xf32>
            %487 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %488 = arith.mulf %483, %487 fastmath<contract> : vector<16xf32>
            %489 = arith.subf %486, %488 fastmath<contract> : vector<16xf32>
            %490 = arith.constant dense<0.000198756912> : vector<16xf32>
            %491 = arith.mulf %490, %489 fastmath<contract> : vector<16xf32>
            %492 = arith.constant dense<0.00139819994> : vector<16xf32>
            %493 = arith.addf %491, %492 fastmath<contract> : vector<16xf32>
            %494 = arith.mulf %493, %489 fastmath<contract> : vector<16xf32>
            %495 = arith.constant dense<0.00833345205> : vector<16xf32>
            %496 = arith.addf %494, %495 fastmath<contract> : vector<16xf32>
            %497 = arith.mulf %496, %489 fastmath<contract> : vector<16xf32>
            %498 = arith.constant dense<0.0416657962> : vector<16xf32>
            %499 = arith.addf %497, %498 fastmath<contract> : vector<16xf32>
            %500 = arith.mulf %499, %489 fastmath<contract> : vector<16xf32>
            %501 = arith.constant dense<0.166666657> : vector<16xf32>
            %502 = arith.addf %500, %501 fastmath<contract> : vector<16xf32>
            %503 = arith.mulf %502, %489 fastmath<contract> : vector<16xf32>
            %504 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %505 = arith.addf %503, %504 fastmath<contract> : vector<16xf32>
            %506 = arith.mulf %489, %489 fastmath<contract> : vector<16xf32>
            %507 = arith.mulf %505, %506 fastmath<contract> : vector<16xf32>
            %508 = arith.addf %507, %489 fastmath<contract> : vector<16xf32>
            %509 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %510 = arith.addf %508, %509 fastmath<contract> : vector<16xf32>
            %511 = arith.fptosi %483 : vector<16xf32> to vector<16xi32>
            %512 = arith.constant dense<23> : vector<16xi32>
            %513 = arith.shli %511, %512 : vector<16xi32>
            %514 = arith.bitcast %510 : vector<16xf32> to vector<16xi32>
            %515 = arith.addi %514, %513 : vector<16xi32>
            %516 = arith.bitcast %515 : vector<16xi32> to vector<16xf32>
            %517 = arith.constant dense<-87.3365479> : vector<16xf32>
            %518 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %519 = arith.cmpf olt, %476, %517 : vector<16xf32>
            %520 = arith.select %519, %518, %516 : vector<16xf32>
            %521 = arith.constant dense<88.7228394> : vector<16xf32>
            %522 = arith.constant dense<0x7f800000> : vector<16xf32>
            %523 = arith.cmpf ogt, %476, %521 : vector<16xf32>
            %524 = arith.select %523, %522, %520 : vector<16xf32>
            %525 = arith.cmpf uno, %476, %476 : vector<16xf32>
            %526 = arith.select %525, %476, %524 : vector<16xf32>
            %527 = arith.addf %223, %526 fastmath<nsz,arcp,afn> : vector<16xf32>
            %528 = arith.divf %93, %527 fastmath<nsz,arcp,afn> : vector<16xf32>
            %529 = arith.mulf %528, %94 fastmath<nsz,arcp,afn> : vector<16xf32>
            %530 = arith.muli %62, %227 : index
            %531 = arith.addi %530, %230 : index
            vector.store %529, %5[%531] : memref<?xf32>, vector<16xf32>
            %532 = arith.subf %82, %95 fastmath<nsz,arcp,afn> : vector<16xf32>
            %533 = arith.cmpf ogt, %532, %165 : vector<16xf32>
            %534 = arith.select %533, %532, %165 : vector<16xf32>
            %535 = arith.cmpf olt, %534, %169 : vector<16xf32>
            %536 = arith.select %535, %534, %169 : vector<16xf32>
            %537 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %538 = arith.minnumf %536, %537 : vector<16xf32>
            %539 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %540 = arith.maxnumf %538, %539 : vector<16xf32>
            %541 = arith.constant dense<1.44269502> : vector<16xf32>
            %542 = arith.mulf %540, %541 fastmath<contract> : vector<16xf32>
            %543 = rlx_cpu.rint %542 : vector<16xf32>
            %544 = arith.constant dense<0.693359375> : vector<16xf32>
            %545 = arith.mulf %543, %544 fastmath<contract> : vector<16xf32>
            %546 = arith.subf %540, %545 fastmath<contract> : vector<16xf32>
            %547 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %548 = arith.mulf %543, %547 fastmath<contract> : vector<16xf32>
            %549 = arith.subf %546, %548 fastmath<contract> : vector<16xf32>
            %550 = arith.constant dense<0.000198756912> : vector<16xf32>
            %551 = arith.mulf %550, %549 fastmath<contract> : vector<16xf32>
            %552 = arith.constant dense<0.00139819994> : vector<16xf32>
            %553 = arith.addf %551, %552 fastmath<contract> : vector<16xf32>
            %554 = arith.mulf %553, %549 fastmath<contract> : vector<16xf32>
            %555 = arith.constant dense<0.00833345205> : vector<16xf32>
            %556 = arith.addf %554, %555 fastmath<contract> : vector<16xf32>
            %557 = arith.mulf %556, %549 fastmath<contract> : vector<16xf32>
            %558 = arith.constant dense<0.0416657962> : vector<16xf32>
            %559 = arith.addf %557, %558 fastmath<contract> : vector<16xf32>
            %560 = arith.mulf %559, %549 fastmath<contract> : vector<16xf32>
            %561 = arith.constant dense<0.166666657> : vector<16xf32>
            %562 = arith.addf %560, %561 fastmath<contract> : vector<16xf32>
            %563 = arith.mulf %562, %549 fastmath<contract> : vector<16xf32>
            %564 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %565 = arith.addf %563, %564 fastmath<contract> : vector<16xf32>
            %566 = arith.mulf %549, %549 fastmath<contract> : vector<16xf32>
            %567 = arith.mulf %565, %566 fastmath<contract> : vector<16xf32>
            %568 = arith.addf %567, %549 fastmath<contract> : vector<16xf32>
            %569 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %570 = arith.addf %568, %569 fastmath<contract> : vector<16xf32>
            %571 = arith.fptosi %543 : vector<16xf32> to vector<16xi32>
            %572 = arith.constant dense<23> : vector<16xi32>
            %573 = arith.shli %571, %572 : vector<16xi32>
            %574 = arith.bitcast %570 : vector<16xf32> to vector<16xi32>
            %575 = arith.addi %574, %573 : vector<16xi32>
            %576 = arith.bitcast %575 : vector<16xi32> to vector<16xf32>
            %577 = arith.constant dense<-87.3365479> : vector<16xf32>
            %578 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %579 = arith.cmpf olt, %536, %577 : vector<16xf32>
            %580 = arith.select %579, %578, %576 : vector<16xf32>
            %581 = arith.constant dense<88.7228394> : vector<16xf32>
            %582 = arith.constant dense<0x7f800000> : vector<16xf32>
            %583 = arith.cmpf ogt, %536, %581 : vector<16xf32>
            %584 = arith.select %583, %582, %580 : vector<16xf32>
            %585 = arith.cmpf uno, %536, %536 : vector<16xf32>
            %586 = arith.select %585, %536, %584 : vector<16xf32>
            %587 = arith.addf %223, %586 fastmath<nsz,arcp,afn> : vector<16xf32>
            %588 = arith.divf %95, %587 fastmath<nsz,arcp,afn> : vector<16xf32>
            %589 = arith.mulf %588, %96 fastmath<nsz,arcp,afn> : vector<16xf32>
            %590 = arith.muli %64, %227 : index
            %591 = arith.addi %590, %230 : index
            vector.store %589, %5[%591] : memref<?xf32>, vector<16xf32>
            %592 = arith.subf %82, %97 fastmath<nsz,arcp,afn> : vector<16xf32>
            %593 = arith.cmpf ogt, %592, %165 : vector<16xf32>
            %594 = arith.select %593, %592, %165 : vector<16xf32>
            %595 = arith.cmpf olt, %594, %169 : vector<16xf32>
            %596 = arith.select %595, %594, %169 : vector<16xf32>
            %597 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %598 = arith.minnumf %596, %597 : vector<16xf32>
            %599 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %600 = arith.maxnumf %598, %599 : vector<16xf32>
            %601 = arith.constant dense<1.44269502> : vector<16xf32>
            %602 = arith.mulf %600, %601 fastmath<contract> : vector<16xf32>
            %603 = rlx_cpu.rint %602 : vector<16xf32>
            %604 = arith.constant dense<0.693359375> : vector<16xf32>
            %605 = arith.mulf %603, %604 fastmath<contract> : vector<16xf32>
            %606 = arith.subf %600, %605 fastmath<contract> : vector<16xf32>
            %607 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %608 = arith.mulf %603, %607 fastmath<contract> : vector<16xf32>
            %609 = arith.subf %606, %608 fastmath<contract> : vector<16xf32>
            %610 = arith.constant dense<0.000198756912> : vector<16xf32>
            %611 = arith.mulf %610, %609 fastmath<contract> : vector<16xf32>
            %612 = arith.constant dense<0.00139819994> : vector<16xf32>
            %613 = arith.addf %611, %612 fastmath<contract> : vector<16xf32>
            %614 = arith.mulf %613, %609 fastmath<contract> : vector<16xf32>
            %615 = arith.constant dense<0.00833345205> : vector<16xf32>
            %616 = arith.addf %614, %615 fastmath<contract> : vector<16xf32>
            %617 = arith.mulf %616, %609 fastmath<contract> : vector<16xf32>
            %618 = arith.constant dense<0.0416657962> : vector<16xf32>
            %619 = arith.addf %617, %618 fastmath<contract> : vector<16xf32>
            %620 = arith.mulf %619, %609 fastmath<contract> : vector<16xf32>
            %621 = arith.constant dense<0.166666657> : vector<16xf32>
            %622 = arith.addf %620, %621 fastmath<contract> : vector<16xf32>
            %623 = arith.mulf %622, %609 fastmath<contract> : vector<16xf32>
            %624 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %625 = arith.addf %623, %624 fastmath<contract> : vector<16xf32>
            %626 = arith.mulf %609, %609 fastmath<contract> : vector<16xf32>
            %627 = arith.mulf %625, %626 fastmath<contract> : vector<16xf32>
            %628 = arith.addf %627, %609 fastmath<contract> : vector<16xf32>
            %629 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %630 = arith.addf %628, %629 fastmath<contract> : vector<16xf32>
            %631 = arith.fptosi %603 : vector<16xf32> to vector<16xi32>
            %632 = arith.constant dense<23> : vector<16xi32>
            %633 = arith.shli %631, %632 : vector<16xi32>
            %634 = arith.bitcast %630 : vector<16xf32> to vector<16xi32>
            %635 = arith.addi %634, %633 : vector<16xi32>
            %636 = arith.bitcast %635 : vector<16xi32> to vector<16xf32>
            %637 = arith.constant dense<-87.3365479> : vector<16xf32>
            %638 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %639 = arith.cmpf olt, %596, %637 : vector<16xf32>
            %640 = arith.select %639, %638, %636 : vector<16xf32>
            %641 = arith.constant dense<88.7228394> : vector<16xf32>
            %642 = arith.constant dense<0x7f800000> : vector<16xf32>
            %643 = arith.cmpf ogt, %596, %641 : vector<16xf32>
            %644 = arith.select %643, %642, %640 : vector<16xf32>
            %645 = arith.cmpf uno, %596, %596 : vector<16xf32>
            %646 = arith.select %645, %596, %644 : vector<16xf32>
            %647 = arith.addf %223, %646 fastmath<nsz,arcp,afn> : vector<16xf32>
            %648 = arith.divf %97, %647 fastmath<nsz,arcp,afn> : vector<16xf32>
            %649 = arith.mulf %648, %98 fastmath<nsz,arcp,afn> : vector<16xf32>
            %650 = arith.muli %66, %227 : index
            %651 = arith.addi %650, %230 : index
            vector.store %649, %5[%651] : memref<?xf32>, vector<16xf32>
          }
          %652 = arith.subi %17, %22 : index
          %653 = arith.constant 4 : index
          %654 = arith.divui %652, %653 : index
          %655 = arith.muli %654, %653 : index
          %656 = arith.addi %22, %655 : index
          scf.for %657 = %22 to %656 step %653 {
            %658 = arith.addi %657, %10 : index
            %659 = arith.addi %657, %25 : index
            %660 = arith.constant 3 : index
            %661 = arith.addi %657, %660 : index
            %662 = arith.muli %657, %30 : index
            %663 = arith.addi %662, %30 : index
            %664 = arith.constant 256 : index
            %665 = arith.addi %662, %664 : index
            %666 = arith.constant 384 : index
            %667 = arith.addi %662, %666 : index
            %668 = arith.constant 0.000000e+00 : f32
            %669 = vector.broadcast %668 : f32 to vector<16xf32>
            %670, %671, %672, %673, %674, %675, %676, %677 = scf.for %678 = %11 to %30 step %10 iter_args(%679 = %669, %680 = %669, %681 = %669, %682 = %669, %683 = %669, %684 = %669, %685 = %669, %686 = %669) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %687 = arith.constant 16 : index
              %688 = arith.muli %678, %687 : index
              %689 = vector.load %29[%688] : memref<4096xf32>, vector<16xf32>
              %690 = arith.addi %27, %688 : index
              %691 = vector.load %29[%690] : memref<4096xf32>, vector<16xf32>
              %692 = arith.addi %688, %664 : index
              rlx_cpu.prefetch %29[%692] {cache = "l1"} : memref<4096xf32>
              %693 = arith.addi %690, %664 : index
              rlx_cpu.prefetch %29[%693] {cache = "l1"} : memref<4096xf32>
              %694 = arith.addi %662, %678 : index
              %695 = memref.load %4[%694] : memref<?xf32>
              %696 = vector.broadcast %695 : f32 to vector<16xf32>
              %697 = vector.fma %696, %689, %679 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %698 = vector.fma %696, %691, %680 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %699 = arith.addi %663, %678 : index
              %700 = memref.load %4[%699] : memref<?xf32>
              %701 = vector.broadcast %700 : f32 to vector<16xf32>
              %702 = vector.fma %701, %689, %681 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %703 = vector.fma %701, %691, %682 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %704 = arith.addi %665, %678 : index
              %705 = memref.load %4[%704] : memref<?xf32>
              %706 = vector.broadcast %705 : f32 to vector<16xf32>
              %707 = vector.fma %706, %689, %683 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %708 = vector.fma %706, %691, %684 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %709 = arith.addi %667, %678 : index
              %710 = memref.load %4[%709] : memref<?xf32>
              %711 = vector.broadcast %710 : f32 to vector<16xf32>
              %712 = vector.fma %711, %689, %685 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %713 = vector.fma %711, %691, %686 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %697, %698, %702, %703, %707, %708, %712, %713 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %714 = arith.subf %669, %670 fastmath<nsz,arcp,afn> : vector<16xf32>
            %715 = arith.constant -8.700000e+01 : f32
            %716 = vector.broadcast %715 : f32 to vector<16xf32>
            %717 = arith.cmpf ogt, %714, %716 : vector<16xf32>
            %718 = arith.select %717, %714, %716 : vector<16xf32>
            %719 = arith.constant 8.800000e+01 : f32
            %720 = vector.broadcast %719 : f32 to vector<16xf32>
            %721 = arith.cmpf olt, %718, %720 : vector<16xf32>
            %722 = arith.select %721, %718, %720 : vector<16xf32>
            %723 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %724 = arith.minnumf %722, %723 : vector<16xf32>
            %725 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %726 = arith.maxnumf %724, %725 : vector<16xf32>
            %727 = arith.constant dense<1.44269502> : vector<16xf32>
            %728 = arith.mulf %726, %727 fastmath<contract> : vector<16xf32>
            %729 = rlx_cpu.rint %728 : vector<16xf32>
            %730 = arith.constant dense<0.693359375> : vector<16xf32>
            %731 = arith.mulf %729, %730 fastmath<contract> : vector<16xf32>
            %732 = arith.subf %726, %731 fastmath<contract> : vector<16xf32>
            %733 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %734 = arith.mulf %729, %733 fastmath<contract> : vector<16xf32>
            %735 = arith.subf %732, %734 fastmath<contract> : vector<16xf32>
            %736 = arith.constant dense<0.000198756912> : vector<16xf32>
            %737 = arith.mulf %736, %735 fastmath<contract> : vector<16xf32>
            %738 = arith.constant dense<0.00139819994> : vector<16xf32>
            %739 = arith.addf %737, %738 fastmath<contract> : vector<16xf32>
            %740 = arith.mulf %739, %735 fastmath<contract> : vector<16xf32>
            %741 = arith.constant dense<0.00833345205> : vector<16xf32>
            %742 = arith.addf %740, %741 fastmath<contract> : vector<16xf32>
            %743 = arith.mulf %742, %735 fastmath<contract> : vector<16xf32>
            %744 = arith.constant dense<0.0416657962> : vector<16xf32>
            %745 = arith.addf %743, %744 fastmath<contract> : vector<16xf32>
            %746 = arith.mulf %745, %735 fastmath<contract> : vector<16xf32>
            %747 = arith.constant dense<0.166666657> : vector<16xf32>
            %748 = arith.addf %746, %747 fastmath<contract> : vector<16xf32>
            %749 = arith.mulf %748, %735 fastmath<contract> : vector<16xf32>
            %750 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %751 = arith.addf %749, %750 fastmath<contract> : vector<16xf32>
            %752 = arith.mulf %735, %735 fastmath<contract> : vector<16xf32>
            %753 = arith.mulf %751, %752 fastmath<contract> : vector<16xf32>
            %754 = arith.addf %753, %735 fastmath<contract> : vector<16xf32>
            %755 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %756 = arith.addf %754, %755 fastmath<contract> : vector<16xf32>
            %757 = arith.fptosi %729 : vector<16xf32> to vector<16xi32>
            %758 = arith.constant dense<23> : vector<16xi32>
            %759 = arith.shli %757, %758 : vector<16xi32>
            %760 = arith.bitcast %756 : vector<16xf32> to vector<16xi32>
            %761 = arith.addi %760, %759 : vector<16xi32>
            %762 = arith.bitcast %761 : vector<16xi32> to vector<16xf32>
            %763 = arith.constant dense<-87.3365479> : vector<16xf32>
            %764 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %765 = arith.cmpf olt, %722, %763 : vector<16xf32>
            %766 = arith.select %765, %764, %762 : vector<16xf32>
            %767 = arith.constant dense<88.7228394> : vector<16xf32>
            %768 = arith.constant dense<0x7f800000> : vector<16xf32>
            %769 = arith.cmpf ogt, %722, %767 : vector<16xf32>
            %770 = arith.select %769, %768, %766 : vector<16xf32>
            %771 = arith.cmpf uno, %722, %722 : vector<16xf32>
            %772 = arith.select %771, %722, %770 : vector<16xf32>
            %773 = arith.constant 1.000000e+00 : f32
            %774 = vector.broadcast %773 : f32 to vector<16xf32>
            %775 = arith.addf %774, %772 fastmath<nsz,arcp,afn> : vector<16xf32>
            %776 = arith.divf %670, %775 fastmath<nsz,arcp,afn> : vector<16xf32>
            %777 = arith.mulf %776, %671 fastmath<nsz,arcp,afn> : vector<16xf32>
            %778 = arith.constant 192 : index
            %779 = arith.muli %657, %778 : index
            %780 = arith.constant 16 : index
            %781 = arith.muli %24, %780 : index
            %782 = arith.addi %779, %781 : index
            vector.store %777, %5[%782] : memref<?xf32>, vector<16xf32>
            %783 = arith.subf %669, %672 fastmath<nsz,arcp,afn> : vector<16xf32>
            %784 = arith.cmpf ogt, %783, %716 : vector<16xf32>
            %785 = arith.select %784, %783, %716 : vector<16xf32>
            %786 = arith.cmpf olt, %785, %720 : vector<16xf32>
            %787 = arith.select %786, %785, %720 : vector<16xf32>
            %788 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %789 = arith.minnumf %787, %788 : vector<16xf32>
            %790 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %791 = arith.maxnumf %789, %790 : vector<16xf32>
            %792 = arith.constant dense<1.44269502> : vector<16xf32>
            %793 = arith.mulf %791, %792 fastmath<contract> : vector<16xf32>
            %794 = rlx_cpu.rint %793 : vector<16xf32>
            %795 = arith.constant dense<0.693359375> : vector<16xf32>
            %796 = arith.mulf %794, %795 fastmath<contract> : vector<16xf32>
            %797 = arith.subf %791, %796 fastmath<contract> : vector<16xf32>
            %798 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %799 = arith.mulf %794, %798 fastmath<contract> : vector<16xf32>
            %800 = arith.subf %797, %799 fastmath<contract> : vector<16xf32>
            %801 = arith.constant dense<0.000198756912> : vector<16xf32>
            %802 = arith.mulf %801, %800 fastmath<contract> : vector<16xf32>
            %803 = arith.constant dense<0.00139819994> : vector<16xf32>
            %804 = arith.addf %802, %803 fastmath<contract> : vector<16xf32>
            %805 = arith.mulf %804, %800 fastmath<contract> : vector<16xf32>
            %806 = arith.constant dense<0.00833345205> : vector<16xf32>
            %807 = arith.addf %805, %806 fastmath<contract> : vector<16xf32>
            %808 = arith.mulf %807, %800 fastmath<contract> : vector<16xf32>
            %809 = arith.constant dense<0.0416657962> : vector<16xf32>
            %810 = arith.addf %808, %809 fastmath<contract> : vector<16xf32>
            %811 = arith.mulf %810, %800 fastmath<contract> : vector<16xf32>
            %812 = arith.constant dense<0.166666657> : vector<16xf32>
            %813 = arith.addf %811, %812 fastmath<contract> : vector<16xf32>
            %814 = arith.mulf %813, %800 fastmath<contract> : vector<16xf32>
            %815 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %816 = arith.addf %814, %815 fastmath<contract> : vector<16xf32>
            %817 = arith.mulf %800, %800 fastmath<contract> : vector<16xf32>
            %818 = arith.mulf %816, %817 fastmath<contract> : vector<16xf32>
            %819 = arith.addf %818, %800 fastmath<contract> : vector<16xf32>
            %820 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %821 = arith.addf %819, %820 fastmath<contract> : vector<16xf32>
            %822 = arith.fptosi %794 : vector<16xf32> to vector<16xi32>
            %823 = arith.constant dense<23> : vector<16xi32>
            %824 = arith.shli %822, %823 : vector<16xi32>
            %825 = arith.bitcast %821 : vector<16xf32> to vector<16xi32>
            %826 = arith.addi %825, %824 : vector<16xi32>
            %827 = arith.bitcast %826 : vector<16xi32> to vector<16xf32>
            %828 = arith.constant dense<-87.3365479> : vector<16xf32>
            %829 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %830 = arith.cmpf olt, %787, %828 : vector<16xf32>
            %831 = arith.select %830, %829, %827 : vector<16xf32>
            %832 = arith.constant dense<88.7228394> : vector<16xf32>
            %833 = arith.constant dense<0x7f800000> : vector<16xf32>
            %834 = arith.cmpf ogt, %787, %832 : vector<16xf32>
            %835 = arith.select %834, %833, %831 : vector<16xf32>
            %836 = arith.cmpf uno, %787, %787 : vector<16xf32>
            %837 = arith.select %836, %787, %835 : vector<16xf32>
            %838 = arith.addf %774, %837 fastmath<nsz,arcp,afn> : vector<16xf32>
            %839 = arith.divf %672, %838 fastmath<nsz,arcp,afn> : vector<16xf32>
            %840 = arith.mulf %839, %673 fastmath<nsz,arcp,afn> : vector<16xf32>
            %841 = arith.muli %658, %778 : index
            %842 = arith.addi %841, %781 : index
            vector.store %840, %5[%842] : memref<?xf32>, vector<16xf32>
            %843 = arith.subf %669, %674 fastmath<nsz,arcp,afn> : vector<16xf32>
            %844 = arith.cmpf ogt, %843, %716 : vector<16xf32>
            %845 = arith.select %844, %843, %716 : vector<16xf32>
            %846 = arith.cmpf olt, %845, %720 : vector<16xf32>
            %847 = arith.select %846, %845, %720 : vector<16xf32>
            %848 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %849 = arith.minnumf %847, %848 : vector<16xf32>
            %850 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %851 = arith.maxnumf %849, %850 : vector<16xf32>
            %852 = arith.constant dense<1.44269502> : vector<16xf32>
            %853 = arith.mulf %851, %852 fastmath<contract> : vector<16xf32>
            %854 = rlx_cpu.rint %853 : vector<16xf32>
            %855 = arith.constant dense<0.693359375> : vector<16xf32>
            %856 = arith.mulf %854, %855 fastmath<contract> : vector<16xf32>
            %857 = arith.subf %851, %856 fastmath<contract> : vector<16xf32>
            %858 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %859 = arith.mulf %854, %858 fastmath<contract> : vector<16xf32>
            %860 = arith.subf %857, %859 fastmath<contract> : vector<16xf32>
            %861 = arith.constant dense<0.000198756912> : vector<16xf32>
            %862 = arith.mulf %861, %860 fastmath<contract> : vector<16xf32>
            %863 = arith.constant dense<0.00139819994> : vector<16xf32>
            %864 = arith.addf %862, %863 fastmath<contract> : vector<16xf32>
            %865 = arith.mulf %864, %860 fastmath<contract> : vector<16xf32>
            %866 = arith.constant dense<0.00833345205> : vector<16xf32>
            %867 = arith.addf %865, %866 fastmath<contract> : vector<16xf32>
            %868 = arith.mulf %867, %860 fastmath<contract> : vector<16xf32>
            %869 = arith.constant dense<0.0416657962> : vector<16xf32>
            %870 = arith.addf %868, %869 fastmath<contract> : vector<16xf32>
            %871 = arith.mulf %870, %860 fastmath<contract> : vector<16xf32>
            %872 = arith.constant dense<0.166666657> : vector<16xf32>
            %873 = arith.addf %871, %872 fastmath<contract> : vector<16xf32>
            %874 = arith.mulf %873, %860 fastmath<contract> : vector<16xf32>
            %875 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %876 = arith.addf %874, %875 fastmath<contract> : vector<16xf32>
            %877 = arith.mulf %860, %860 fastmath<contract> : vector<16xf32>
            %878 = arith.mulf %876, %877 fastmath<contract> : vector<16xf32>
            %879 = arith.addf %878, %860 fastmath<contract> : vector<16xf32>
            %880 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %881 = arith.addf %879, %880 fastmath<contract> : vector<16xf32>
            %882 = arith.fptosi %854 : vector<16xf32> to vector<16xi32>
            %883 = arith.constant dense<23> : vector<16xi32>
            %884 = arith.shli %882, %883 : vector<16xi32>
            %885 = arith.bitcast %881 : vector<16xf32> to vector<16xi32>
            %886 = arith.addi %885, %884 : vector<16xi32>
            %887 = arith.bitcast %886 : vector<16xi32> to vector<16xf32>
            %888 = arith.constant dense<-87.3365479> : vector<16xf32>
            %889 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %890 = arith.cmpf olt, %847, %888 : vector<16xf32>
            %891 = arith.select %890, %889, %887 : vector<16xf32>
            %892 = arith.constant dense<88.7228394> : vector<16xf32>
            %893 = arith.constant dense<0x7f800000> : vector<16xf32>
            %894 = arith.cmpf ogt, %847, %892 : vector<16xf32>
            %895 = arith.select %894, %893, %891 : vector<16xf32>
            %896 = arith.cmpf uno, %847, %847 : vector<16xf32>
            %897 = arith.select %896, %847, %895 : vector<16xf32>
            %898 = arith.addf %774, %897 fastmath<nsz,arcp,afn> : vector<16xf32>
            %899 = arith.divf %674, %898 fastmath<nsz,arcp,afn> : vector<16xf32>
            %900 = arith.mulf %899, %675 fastmath<nsz,arcp,afn> : vector<16xf32>
            %901 = arith.muli %659, %778 : index
            %902 = arith.addi %901, %781 : index
            vector.store %900, %5[%902] : memref<?xf32>, vector<16xf32>
            %903 = arith.subf %669, %676 fastmath<nsz,arcp,afn> : vector<16xf32>
            %904 = arith.cmpf ogt, %903, %716 : vector<16xf32>
            %905 = arith.select %904, %903, %716 : vector<16xf32>
            %906 = arith.cmpf olt, %905, %720 : vector<16xf32>
            %907 = arith.select %906, %905, %720 : vector<16xf32>
            %908 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %909 = arith.minnumf %907, %908 : vector<16xf32>
            %910 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %911 = arith.maxnumf %909, %910 : vector<16xf32>
            %912 = arith.constant dense<1.44269502> : vector<16xf32>
            %913 = arith.mulf %911, %912 fastmath<contract> : vector<16xf32>
            %914 = rlx_cpu.rint %913 : vector<16xf32>
            %915 = arith.constant dense<0.693359375> : vector<16xf32>
            %916 = arith.mulf %914, %915 fastmath<contract> : vector<16xf32>
            %917 = arith.subf %911, %916 fastmath<contract> : vector<16xf32>
            %918 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %919 = arith.mulf %914, %918 fastmath<contract> : vector<16xf32>
            %920 = arith.subf %917, %919 fastmath<contract> : vector<16xf32>
            %921 = arith.constant dense<0.000198756912> : vector<16xf32>
            %922 = arith.mulf %921, %920 fastmath<contract> : vector<16xf32>
            %923 = arith.constant dense<0.00139819994> : vector<16xf32>
            %924 = arith.addf %922, %923 fastmath<contract> : vector<16xf32>
            %925 = arith.mulf %924, %920 fastmath<contract> : vector<16xf32>
            %926 = arith.constant dense<0.00833345205> : vector<16xf32>
            %927 = arith.addf %925, %926 fastmath<contract> : vector<16xf32>
            %928 = arith.mulf %927, %920 fastmath<contract> : vector<16xf32>
            %929 = arith.constant dense<0.0416657962> : vector<16xf32>
            %930 = arith.addf %928, %929 fastmath<contract> : vector<16xf32>
            %931 = arith.mulf %930, %920 fastmath<contract> : vector<16xf32>
            %932 = arith.constant dense<0.166666657> : vector<16xf32>
            %933 = arith.addf %931, %932 fastmath<contract> : vector<16xf32>
            %934 = arith.mulf %933, %920 fastmath<contract> : vector<16xf32>
            %935 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %936 = arith.addf %934, %935 fastmath<contract> : vector<16xf32>
            %937 = arith.mulf %920, %920 fastmath<contract> : vector<16xf32>
            %938 = arith.mulf %936, %937 fastmath<contract> : vector<16xf32>
            %939 = arith.addf %938, %920 fastmath<contract> : vector<16xf32>
            %940 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %941 = arith.addf %939, %940 fastmath<contract> : vector<16xf32>
            %942 = arith.fptosi %914 : vector<16xf32> to vector<16xi32>
            %943 = arith.constant dense<23> : vector<16xi32>
            %944 = arith.shli %942, %943 : vector<16xi32>
            %945 = arith.bitcast %941 : vector<16xf32> to vector<16xi32>
            %946 = arith.addi %945, %944 : vector<16xi32>
            %947 = arith.bitcast %946 : vector<16xi32> to vector<16xf32>
            %948 = arith.constant dense<-87.3365479> : vector<16xf32>
            %949 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %950 = arith.cmpf olt, %907, %948 : vector<16xf32>
            %951 = arith.select %950, %949, %947 : vector<16xf32>
            %952 = arith.constant dense<88.7228394> : vector<16xf32>
            %953 = arith.constant dense<0x7f800000> : vector<16xf32>
            %954 = arith.cmpf ogt, %907, %952 : vector<16xf32>
            %955 = arith.select %954, %953, %951 : vector<16xf32>
            %956 = arith.cmpf uno, %907, %907 : vector<16xf32>
            %957 = arith.select %956, %907, %955 : vector<16xf32>
            %958 = arith.addf %774, %957 fastmath<nsz,arcp,afn> : vector<16xf32>
            %959 = arith.divf %676, %958 fastmath<nsz,arcp,afn> : vector<16xf32>
            %960 = arith.mulf %959, %677 fastmath<nsz,arcp,afn> : vector<16xf32>
            %961 = arith.muli %661, %778 : index
            %962 = arith.addi %961, %781 : index
            vector.store %960, %5[%962] : memref<?xf32>, vector<16xf32>
          }
          %963 = arith.subi %17, %656 : index
          %964 = arith.divui %963, %25 : index
          %965 = arith.muli %964, %25 : index
          %966 = arith.addi %656, %965 : index
          scf.for %967 = %656 to %966 step %25 {
            %968 = arith.addi %967, %10 : index
            %969 = arith.muli %967, %30 : index
            %970 = arith.addi %969, %30 : index
            %971 = arith.constant 0.000000e+00 : f32
            %972 = vector.broadcast %971 : f32 to vector<16xf32>
            %973, %974, %975, %976, %977, %978, %979, %980 = scf.for %981 = %11 to %30 step %25 iter_args(%982 = %972, %983 = %972, %984 = %972, %985 = %972, %986 = %972, %987 = %972, %988 = %972, %989 = %972) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %990 = arith.constant 16 : index
              %991 = arith.muli %981, %990 : index
              %992 = vector.load %29[%991] : memref<4096xf32>, vector<16xf32>
              %993 = arith.addi %27, %991 : index
              %994 = vector.load %29[%993] : memref<4096xf32>, vector<16xf32>
              %995 = arith.constant 256 : index
              %996 = arith.addi %991, %995 : index
              rlx_cpu.prefetch %29[%996] {cache = "l1"} : memref<4096xf32>
              %997 = arith.addi %993, %995 : index
              rlx_cpu.prefetch %29[%997] {cache = "l1"} : memref<4096xf32>
              %998 = arith.addi %969, %981 : index
              %999 = memref.load %4[%998] : memref<?xf32>
              %1000 = vector.broadcast %999 : f32 to vector<16xf32>
              %1001 = vector.fma %1000, %992, %982 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1002 = vector.fma %1000, %994, %983 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1003 = arith.addi %970, %981 : index
              %1004 = memref.load %4[%1003] : memref<?xf32>
              %1005 = vector.broadcast %1004 : f32 to vector<16xf32>
              %1006 = vector.fma %1005, %992, %984 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1007 = vector.fma %1005, %994, %985 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1008 = arith.addi %981, %10 : index
              %1009 = arith.muli %1008, %990 : index
              %1010 = vector.load %29[%1009] : memref<4096xf32>, vector<16xf32>
              %1011 = arith.addi %27, %1009 : index
              %1012 = vector.load %29[%1011] : memref<4096xf32>, vector<16xf32>
              %1013 = arith.addi %1009, %995 : index
              rlx_cpu.prefetch %29[%1013] {cache = "l1"} : memref<4096xf32>
              %1014 = arith.addi %1011, %995 : index
              rlx_cpu.prefetch %29[%1014] {cache = "l1"} : memref<4096xf32>
              %1015 = arith.addi %969, %1008 : index
              %1016 = memref.load %4[%1015] : memref<?xf32>
              %1017 = vector.broadcast %1016 : f32 to vector<16xf32>
              %1018 = vector.fma %1017, %1010, %986 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1019 = vector.fma %1017, %1012, %987 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1020 = arith.addi %970, %1008 : index
              %1021 = memref.load %4[%1020] : memref<?xf32>
              %1022 = vector.broadcast %1021 : f32 to vector<16xf32>
              %1023 = vector.fma %1022, %1010, %988 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1024 = vector.fma %1022, %1012, %989 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %1001, %1002, %1006, %1007, %1018, %1019, %1023, %1024 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %1025 = arith.addf %973, %977 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1026 = arith.addf %974, %978 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1027 = arith.addf %975, %979 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1028 = arith.addf %976, %980 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1029 = arith.subf %972, %1025 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1030 = arith.constant -8.700000e+01 : f32
            %1031 = vector.broadcast %1030 : f32 to vector<16xf32>
            %1032 = arith.cmpf ogt, %1029, %1031 : vector<16xf32>
            %1033 = arith.select %1032, %1029, %1031 : vector<16xf32>
            %1034 = arith.constant 8.800000e+01 : f32
            %1035 = vector.broadcast %1034 : f32 to vector<16xf32>
            %1036 = arith.cmpf olt, %1033, %1035 : vector<16xf32>
            %1037 = arith.select %1036, %1033, %1035 : vector<16xf32>
            %1038 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %1039 = arith.minnumf %1037, %1038 : vector<16xf32>
            %1040 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %1041 = arith.maxnumf %1039, %1040 : vector<16xf32>
            %1042 = arith.constant dense<1.44269502> : vector<16xf32>
            %1043 = arith.mulf %1041, %1042 fastmath<contract> : vector<16xf32>
            %1044 = rlx_cpu.rint %1043 : vector<16xf32>
            %1045 = arith.constant dense<0.693359375> : vector<16xf32>
            %1046 = arith.mulf %1044, %1045 fastmath<contract> : vector<16xf32>
            %1047 = arith.subf %1041, %1046 fastmath<contract> : vector<16xf32>
            %1048 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %1049 = arith.mulf %1044, %1048 fastmath<contract> : vector<16xf32>
            %1050 = arith.subf %1047, %1049 fastmath<contract> : vector<16xf32>
            %1051 = arith.constant dense<0.000198756912> : vector<16xf32>
            %1052 = arith.mulf %1051, %1050 fastmath<contract> : vector<16xf32>
            %1053 = arith.constant dense<0.00139819994> : vector<16xf32>
            %1054 = arith.addf %1052, %1053 fastmath<contract> : vector<16xf32>
            %1055 = arith.mulf %1054, %1050 fastmath<contract> : vector<16xf32>
            %1056 = arith.constant dense<0.00833345205> : vector<16xf32>
            %1057 = arith.addf %1055, %1056 fastmath<contract> : vector<16xf32>
            %1058 = arith.mulf %1057, %1050 fastmath<contract> : vector<16xf32>
            %1059 = arith.constant dense<0.0416657962> : vector<16xf32>
            %1060 = arith.addf %1058, %1059 fastmath<contract> : vector<16xf32>
            %1061 = arith.mulf %1060, %1050 fastmath<contract> : vector<16xf32>
            %1062 = arith.constant dense<0.166666657> : vector<16xf32>
            %1063 = arith.addf %1061, %1062 fastmath<contract> : vector<16xf32>
            %1064 = arith.mulf %1063, %1050 fastmath<contract> : vector<16xf32>
            %1065 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %1066 = arith.addf %1064, %1065 fastmath<contract> : vector<16xf32>
            %1067 = arith.mulf %1050, %1050 fastmath<contract> : vector<16xf32>
            %1068 = arith.mulf %1066, %1067 fastmath<contract> : vector<16xf32>
            %1069 = arith.addf %1068, %1050 fastmath<contract> : vector<16xf32>
            %1070 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %1071 = arith.addf %1069, %1070 fastmath<contract> : vector<16xf32>
            %1072 = arith.fptosi %1044 : vector<16xf32> to vector<16xi32>
            %1073 = arith.constant dense<23> : vector<16xi32>
            %1074 = arith.shli %1072, %1073 : vector<16xi32>
            %1075 = arith.bitcast %1071 : vector<16xf32> to vector<16xi32>
            %1076 = arith.addi %1075, %1074 : vector<16xi32>
            %1077 = arith.bitcast %1076 : vector<16xi32> to vector<16xf32>
            %1078 = arith.constant dense<-87.3365479> : vector<16xf32>
            %1079 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %1080 = arith.cmpf olt, %1037, %1078 : vector<16xf32>
            %1081 = arith.select %1080, %1079, %1077 : vector<16xf32>
            %1082 = arith.constant dense<88.7228394> : vector<16xf32>
            %1083 = arith.constant dense<0x7f800000> : vector<16xf32>
            %1084 = arith.cmpf ogt, %1037, %1082 : vector<16xf32>
            %1085 = arith.select %1084, %1083, %1081 : vector<16xf32>
            %1086 = arith.cmpf uno, %1037, %1037 : vector<16xf32>
            %1087 = arith.select %1086, %1037, %1085 : vector<16xf32>
            %1088 = arith.constant 1.000000e+00 : f32
            %1089 = vector.broadcast %1088 : f32 to vector<16xf32>
            %1090 = arith.addf %1089, %1087 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1091 = arith.divf %1025, %1090 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1092 = arith.mulf %1091, %1026 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1093 = arith.constant 192 : index
            %1094 = arith.muli %967, %1093 : index
            %1095 = arith.constant 16 : index
            %1096 = arith.muli %24, %1095 : index
            %1097 = arith.addi %1094, %1096 : index
            vector.store %1092, %5[%1097] : memref<?xf32>, vector<16xf32>
            %1098 = arith.subf %972, %1027 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1099 = arith.cmpf ogt, %1098, %1031 : vector<16xf32>
            %1100 = arith.select %1099, %1098, %1031 : vector<16xf32>
            %1101 = arith.cmpf olt, %1100, %1035 : vector<16xf32>
            %1102 = arith.select %1101, %1100, %1035 : vector<16xf32>
            %1103 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %1104 = arith.minnumf %1102, %1103 : vector<16xf32>
            %1105 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %1106 = arith.maxnumf %1104, %1105 : vector<16xf32>
            %1107 = arith.constant dense<1.44269502> : vector<16xf32>
            %1108 = arith.mulf %1106, %1107 fastmath<contract> : vector<16xf32>
            %1109 = rlx_cpu.rint %1108 : vector<16xf32>
            %1110 = arith.constant dense<0.693359375> : vector<16xf32>
            %1111 = arith.mulf %1109, %1110 fastmath<contract> : vector<16xf32>
            %1112 = arith.subf %1106, %1111 fastmath<contract> : vector<16xf32>
            %1113 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %1114 = arith.mulf %1109, %1113 fastmath<contract> : vector<16xf32>
            %1115 = arith.subf %1112, %1114 fastmath<contract> : vector<16xf32>
            %1116 = arith.constant dense<0.000198756912> : vector<16xf32>
            %1117 = arith.mulf %1116, %1115 fastmath<contract> : vector<16xf32>
            %1118 = arith.constant dense<0.00139819994> : vector<16xf32>
            %1119 = arith.addf %1117, %1118 fastmath<contract> : vector<16xf32>
            %1120 = arith.mulf %1119, %1115 fastmath<contract> : vector<16xf32>
            %1121 = arith.constant dense<0.00833345205> : vector<16xf32>
            %1122 = arith.addf %1120, %1121 fastmath<contract> : vector<16xf32>
            %1123 = arith.mulf %1122, %1115 fastmath<contract> : vector<16xf32>
            %1124 = arith.constant dense<0.0416657962> : vector<16xf32>
            %1125 = arith.addf %1123, %1124 fastmath<contract> : vector<16xf32>
            %1126 = arith.mulf %1125, %1115 fastmath<contract> : vector<16xf32>
            %1127 = arith.constant dense<0.166666657> : vector<16xf32>
            %1128 = arith.addf %1126, %1127 fastmath<contract> : vector<16xf32>
            %1129 = arith.mulf %1128, %1115 fastmath<contract> : vector<16xf32>
            %1130 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %1131 = arith.addf %1129, %1130 fastmath<contract> : vector<16xf32>
            %1132 = arith.mulf %1115, %1115 fastmath<contract> : vector<16xf32>
            %1133 = arith.mulf %1131, %1132 fastmath<contract> : vector<16xf32>
            %1134 = arith.addf %1133, %1115 fastmath<contract> : vector<16xf32>
            %1135 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %1136 = arith.addf %1134, %1135 fastmath<contract> : vector<16xf32>
            %1137 = arith.fptosi %1109 : vector<16xf32> to vector<16xi32>
            %1138 = arith.constant dense<23> : vector<16xi32>
            %1139 = arith.shli %1137, %1138 : vector<16xi32>
            %1140 = arith.bitcast %1136 : vector<16xf32> to vector<16xi32>
            %1141 = arith.addi %1140, %1139 : vector<16xi32>
            %1142 = arith.bitcast %1141 : vector<16xi32> to vector<16xf32>
            %1143 = arith.constant dense<-87.3365479> : vector<16xf32>
            %1144 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %1145 = arith.cmpf olt, %1102, %1143 : vector<16xf32>
            %1146 = arith.select %1145, %1144, %1142 : vector<16xf32>
            %1147 = arith.constant dense<88.7228394> : vector<16xf32>
            %1148 = arith.constant dense<0x7f800000> : vector<16xf32>
            %1149 = arith.cmpf ogt, %1102, %1147 : vector<16xf32>
            %1150 = arith.select %1149, %1148, %1146 : vector<16xf32>
            %1151 = arith.cmpf uno, %1102, %1102 : vector<16xf32>
            %1152 = arith.select %1151, %1102, %1150 : vector<16xf32>
            %1153 = arith.addf %1089, %1152 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1154 = arith.divf %1027, %1153 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1155 = arith.mulf %1154, %1028 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1156 = arith.muli %968, %1093 : index
            %1157 = arith.addi %1156, %1096 : index
            vector.store %1155, %5[%1157] : memref<?xf32>, vector<16xf32>
          }
          scf.for %1158 = %966 to %17 step %10 {
            %1159 = arith.muli %1158, %30 : index
            %1160 = arith.constant 0.000000e+00 : f32
            %1161 = vector.broadcast %1160 : f32 to vector<16xf32>
            %1162, %1163, %1164, %1165 = scf.for %1166 = %11 to %30 step %25 iter_args(%1167 = %1161, %1168 = %1161, %1169 = %1161, %1170 = %1161) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %1171 = arith.constant 16 : index
              %1172 = arith.muli %1166, %1171 : index
              %1173 = vector.load %29[%1172] : memref<4096xf32>, vector<16xf32>
              %1174 = arith.addi %27, %1172 : index
              %1175 = vector.load %29[%1174] : memref<4096xf32>, vector<16xf32>
              %1176 = arith.addi %1159, %1166 : index
              %1177 = memref.load %4[%1176] : memref<?xf32>
              %1178 = vector.broadcast %1177 : f32 to vector<16xf32>
              %1179 = vector.fma %1178, %1173, %1167 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1180 = vector.fma %1178, %1175, %1168 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1181 = arith.addi %1166, %10 : index
              %1182 = arith.muli %1181, %1171 : index
              %1183 = vector.load %29[%1182] : memref<4096xf32>, vector<16xf32>
              %1184 = arith.addi %27, %1182 : index
              %1185 = vector.load %29[%1184] : memref<4096xf32>, vector<16xf32>
              %1186 = arith.addi %1159, %1181 : index
              %1187 = memref.load %4[%1186] : memref<?xf32>
              %1188 = vector.broadcast %1187 : f32 to vector<16xf32>
              %1189 = vector.fma %1188, %1183, %1169 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1190 = vector.fma %1188, %1185, %1170 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %1179, %1180, %1189, %1190 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %1191 = arith.addf %1162, %1164 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1192 = arith.addf %1163, %1165 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1193 = arith.subf %1161, %1191 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1194 = arith.constant -8.700000e+01 : f32
            %1195 = vector.broadcast %1194 : f32 to vector<16xf32>
            %1196 = arith.cmpf ogt, %1193, %1195 : vector<16xf32>
            %1197 = arith.select %1196, %1193, %1195 : vector<16xf32>
            %1198 = arith.constant 8.800000e+01 : f32
            %1199 = vector.broadcast %1198 : f32 to vector<16xf32>
            %1200 = arith.cmpf olt, %1197, %1199 : vector<16xf32>
            %1201 = arith.select %1200, %1197, %1199 : vector<16xf32>
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
            %1252 = arith.constant 1.000000e+00 : f32
            %1253 = vector.broadcast %1252 : f32 to vector<16xf32>
            %1254 = arith.addf %1253, %1251 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1255 = arith.divf %1191, %1254 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1256 = arith.mulf %1255, %1192 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1257 = arith.constant 192 : index
            %1258 = arith.muli %1158, %1257 : index
            %1259 = arith.constant 16 : index
            %1260 = arith.muli %24, %1259 : index
            %1261 = arith.addi %1258, %1260 : index
            vector.store %1256, %5[%1261] : memref<?xf32>, vector<16xf32>
          }
        } else {
          %1262 = arith.constant 2048 : index
          %1263 = arith.muli %24, %1262 : index
          scf.for %1264 = %15 to %17 step %10 {
            %1265 = arith.constant 128 : index
            %1266 = arith.muli %1264, %1265 : index
            %1267 = arith.constant 0.000000e+00 : f32
            %1268 = vector.broadcast %1267 : f32 to vector<16xf32>
            %1269, %1270, %1271, %1272 = scf.for %1273 = %11 to %1265 step %25 iter_args(%1274 = %1268, %1275 = %1268, %1276 = %1268, %1277 = %1268) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %1278 = arith.constant 16 : index
              %1279 = arith.muli %1273, %1278 : index
              %1280 = arith.addi %1263, %1279 : index
              %1281 = vector.load %2[%1280] : memref<?xi16>, vector<16xi16>
              %1282 = arith.extui %1281 : vector<16xi16> to vector<16xi32>
              %1283 = arith.constant dense<16> : vector<16xi32>
              %1284 = arith.shli %1282, %1283 : vector<16xi32>
              %1285 = arith.bitcast %1284 : vector<16xi32> to vector<16xf32>
              %1286 = vector.load %3[%1280] : memref<?xi16>, vector<16xi16>
              %1287 = arith.extui %1286 : vector<16xi16> to vector<16xi32>
              %1288 = arith.shli %1287, %1283 : vector<16xi32>
              %1289 = arith.bitcast %1288 : vector<16xi32> to vector<16xf32>
              %1290 = arith.addi %1266, %1273 : index
              %1291 = memref.load %4[%1290] : memref<?xf32>
              %1292 = vector.broadcast %1291 : f32 to vector<16xf32>
              %1293 = vector.fma %1292, %1285, %1274 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1294 = vector.fma %1292, %1289, %1275 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1295 = arith.addi %1273, %10 : index
              %1296 = arith.muli %1295, %1278 : index
              %1297 = arith.addi %1263, %1296 : index
              %1298 = vector.load %2[%1297] : memref<?xi16>, vector<16xi16>
              %1299 = arith.extui %1298 : vector<16xi16> to vector<16xi32>
              %1300 = arith.shli %1299, %1283 : vector<16xi32>
              %1301 = arith.bitcast %1300 : vector<16xi32> to vector<16xf32>
              %1302 = vector.load %3[%1297] : memref<?xi16>, vector<16xi16>
              %1303 = arith.extui %1302 : vector<16xi16> to vector<16xi32>
              %1304 = arith.shli %1303, %1283 : vector<16xi32>
              %1305 = arith.bitcast %1304 : vector<16xi32> to vector<16xf32>
              %1306 = arith.addi %1266, %1295 : index
              %1307 = memref.load %4[%1306] : memref<?xf32>
              %1308 = vector.broadcast %1307 : f32 to vector<16xf32>
              %1309 = vector.fma %1308, %1301, %1276 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %1310 = vector.fma %1308, %1305, %1277 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %1293, %1294, %1309, %1310 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %1311 = arith.addf %1269, %1271 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1312 = arith.addf %1270, %1272 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1313 = arith.subf %1268, %1311 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1314 = arith.constant -8.700000e+01 : f32
            %1315 = vector.broadcast %1314 : f32 to vector<16xf32>
            %1316 = arith.cmpf ogt, %1313, %1315 : vector<16xf32>
            %1317 = arith.select %1316, %1313, %1315 : vector<16xf32>
            %1318 = arith.constant 8.800000e+01 : f32
            %1319 = vector.broadcast %1318 : f32 to vector<16xf32>
            %1320 = arith.cmpf olt, %1317, %1319 : vector<16xf32>
            %1321 = arith.select %1320, %1317, %1319 : vector<16xf32>
            %1322 = arith.constant dense<8.870000e+01> : vector<16xf32>
            %1323 = arith.minnumf %1321, %1322 : vector<16xf32>
            %1324 = arith.constant dense<-8.830000e+01> : vector<16xf32>
            %1325 = arith.maxnumf %1323, %1324 : vector<16xf32>
            %1326 = arith.constant dense<1.44269502> : vector<16xf32>
            %1327 = arith.mulf %1325, %1326 fastmath<contract> : vector<16xf32>
            %1328 = rlx_cpu.rint %1327 : vector<16xf32>
            %1329 = arith.constant dense<0.693359375> : vector<16xf32>
            %1330 = arith.mulf %1328, %1329 fastmath<contract> : vector<16xf32>
            %1331 = arith.subf %1325, %1330 fastmath<contract> : vector<16xf32>
            %1332 = arith.constant dense<-0.000212194442> : vector<16xf32>
            %1333 = arith.mulf %1328, %1332 fastmath<contract> : vector<16xf32>
            %1334 = arith.subf %1331, %1333 fastmath<contract> : vector<16xf32>
            %1335 = arith.constant dense<0.000198756912> : vector<16xf32>
            %1336 = arith.mulf %1335, %1334 fastmath<contract> : vector<16xf32>
            %1337 = arith.constant dense<0.00139819994> : vector<16xf32>
            %1338 = arith.addf %1336, %1337 fastmath<contract> : vector<16xf32>
            %1339 = arith.mulf %1338, %1334 fastmath<contract> : vector<16xf32>
            %1340 = arith.constant dense<0.00833345205> : vector<16xf32>
            %1341 = arith.addf %1339, %1340 fastmath<contract> : vector<16xf32>
            %1342 = arith.mulf %1341, %1334 fastmath<contract> : vector<16xf32>
            %1343 = arith.constant dense<0.0416657962> : vector<16xf32>
            %1344 = arith.addf %1342, %1343 fastmath<contract> : vector<16xf32>
            %1345 = arith.mulf %1344, %1334 fastmath<contract> : vector<16xf32>
            %1346 = arith.constant dense<0.166666657> : vector<16xf32>
            %1347 = arith.addf %1345, %1346 fastmath<contract> : vector<16xf32>
            %1348 = arith.mulf %1347, %1334 fastmath<contract> : vector<16xf32>
            %1349 = arith.constant dense<5.000000e-01> : vector<16xf32>
            %1350 = arith.addf %1348, %1349 fastmath<contract> : vector<16xf32>
            %1351 = arith.mulf %1334, %1334 fastmath<contract> : vector<16xf32>
            %1352 = arith.mulf %1350, %1351 fastmath<contract> : vector<16xf32>
            %1353 = arith.addf %1352, %1334 fastmath<contract> : vector<16xf32>
            %1354 = arith.constant dense<1.000000e+00> : vector<16xf32>
            %1355 = arith.addf %1353, %1354 fastmath<contract> : vector<16xf32>
            %1356 = arith.fptosi %1328 : vector<16xf32> to vector<16xi32>
            %1357 = arith.constant dense<23> : vector<16xi32>
            %1358 = arith.shli %1356, %1357 : vector<16xi32>
            %1359 = arith.bitcast %1355 : vector<16xf32> to vector<16xi32>
            %1360 = arith.addi %1359, %1358 : vector<16xi32>
            %1361 = arith.bitcast %1360 : vector<16xi32> to vector<16xf32>
            %1362 = arith.constant dense<-87.3365479> : vector<16xf32>
            %1363 = arith.constant dense<0.000000e+00> : vector<16xf32>
            %1364 = arith.cmpf olt, %1321, %1362 : vector<16xf32>
            %1365 = arith.select %1364, %1363, %1361 : vector<16xf32>
            %1366 = arith.constant dense<88.7228394> : vector<16xf32>
            %1367 = arith.constant dense<0x7f800000> : vector<16xf32>
            %1368 = arith.cmpf ogt, %1321, %1366 : vector<16xf32>
            %1369 = arith.select %1368, %1367, %1365 : vector<16xf32>
            %1370 = arith.cmpf uno, %1321, %1321 : vector<16xf32>
            %1371 = arith.select %1370, %1321, %1369 : vector<16xf32>
            %1372 = arith.constant 1.000000e+00 : f32
            %1373 = vector.broadcast %1372 : f32 to vector<16xf32>
            %1374 = arith.addf %1373, %1371 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1375 = arith.divf %1311, %1374 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1376 = arith.mulf %1375, %1312 fastmath<nsz,arcp,afn> : vector<16xf32>
            %1377 = arith.constant 192 : index
            %1378 = arith.muli %1264, %1377 : index
            %1379 = arith.constant 16 : index
            %1380 = arith.muli %24, %1379 : index
            %1381 = arith.addi %1378, %1380 : index
            vector.store %1376, %5[%1381] : memref<?xf32>, vector<16xf32>
          }
        }
      }
      scf.reduce
    }) : (index, index, index) -> ()
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
    rlx_cpu.parallel_dispatch @multi_linear_k128_n128x64x64_bf16.par9.loop(%13, %7, %2, %3, %1, %5, %6, %4, %0) range(%16 to %15 step %17) if(%19) {threads = 0 : i64} : (index, index, memref<?xi16>, memref<?xi16>, memref<?xi16>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>)
    func.return
  }
  func.func private @multi_linear_k128_n128x64x64_bf16.par9.loop(%0: index, %1: index, %2: memref<?xi16>, %3: memref<?xi16>, %4: memref<?xi16>, %5: memref<?xf32>, %6: memref<?xf32>, %7: memref<?xf32>, %8: memref<?xf32>, %9: index, %10: index, %11: index) attributes {rlx_cpu.parallel_body} {
    %12 = arith.constant 992 : index
    %13 = arith.constant 8 : index
    %14 = arith.constant 1 : index
    %15 = arith.constant 0 : index
    "scf.parallel"(%9, %10, %14) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%16: index):
      %17 = arith.divui %16, %0 : index
      %18 = arith.remui %16, %0 : index
      %19 = arith.muli %18, %12 : index
      %20 = arith.addi %19, %12 : index
      %21 = arith.minui %20, %1 : index
      %22 = arith.subi %21, %19 : index
      %23 = arith.divui %22, %13 : index
      %24 = arith.muli %23, %13 : index
      %25 = arith.addi %19, %24 : index
      %26 = arith.addi %17, %14 : index
      scf.for %27 = %17 to %26 step %14 {
        %28 = arith.constant 2 : index
        %29 = arith.cmpi uge, %22, %28 : index
        scf.if %29 {
          %30 = arith.muli %27, %28 : index
          %31 = arith.constant 12 : index
          %32 = arith.cmpi ult, %30, %31 : index
          %33 = arith.select %32, %2, %3 : memref<?xi16>
          %34 = arith.cmpi ult, %30, %13 : index
          %35 = arith.select %34, %4, %33 : memref<?xi16>
          %36 = arith.select %32, %13, %31 : index
          %37 = arith.select %34, %15, %36 : index
          %38 = arith.subi %30, %37 : index
          %39 = arith.addi %38, %14 : index
          %40 = arith.constant 64 : index
          %41 = arith.select %32, %40, %40 : index
          %42 = arith.constant 128 : index
          %43 = arith.select %34, %42, %41 : index
          %44 = arith.select %32, %5, %6 : memref<?xf32>
          %45 = arith.select %34, %7, %44 : memref<?xf32>
          %46 = arith.constant 2048 : index
          %47 = arith.muli %38, %46 : index
          %48 = arith.muli %39, %46 : index
          %49 = memref.alloca() : memref<4096xf32>
          scf.for %50 = %15 to %42 step %14 {
            scf.for %51 = %15 to %14 step %14 {
              %52 = arith.addi %50, %51 : index
              %53 = arith.constant 16 : index
              %54 = arith.muli %52, %53 : index
              %55 = arith.addi %47, %54 : index
              %56 = vector.load %35[%55] : memref<?xi16>, vector<16xi16>
              %57 = arith.extui %56 : vector<16xi16> to vector<16xi32>
              %58 = arith.constant dense<16> : vector<16xi32>
              %59 = arith.shli %57, %58 : vector<16xi32>
              %60 = arith.bitcast %59 : vector<16xi32> to vector<16xf32>
              vector.store %60, %49[%54] : memref<4096xf32>, vector<16xf32>
            }
          }
          scf.for %61 = %15 to %42 step %14 {
            scf.for %62 = %15 to %14 step %14 {
              %63 = arith.addi %61, %62 : index
              %64 = arith.constant 16 : index
              %65 = arith.muli %63, %64 : index
              %66 = arith.addi %48, %65 : index
              %67 = vector.load %35[%66] : memref<?xi16>, vector<16xi16>
              %68 = arith.extui %67 : vector<16xi16> to vector<16xi32>
              %69 = arith.constant dense<16> : vector<16xi32>
              %70 = arith.shli %68, %69 : vector<16xi32>
              %71 = arith.bitcast %70 : vector<16xi32> to vector<16xf32>
              %72 = arith.addi %46, %65 : index
              vector.store %71, %49[%72] : memref<4096xf32>, vector<16xf32>
            }
          }
          scf.for %73 = %19 to %25 step %13 {
            %74 = arith.addi %73, %14 : index
            %75 = arith.addi %73, %28 : index
            %76 = arith.constant 3 : index
            %77 = arith.addi %73, %76 : index
            %78 = arith.constant 4 : index
            %79 = arith.addi %73, %78 : index
            %80 = arith.constant 5 : index
            %81 = arith.addi %73, %80 : index
            %82 = arith.constant 6 : index
            %83 = arith.addi %73, %82 : index
            %84 = arith.constant 7 : index
            %85 = arith.addi %73, %84 : index
            %86 = arith.muli %73, %42 : index
            %87 = arith.addi %86, %42 : index
            %88 = arith.constant 256 : index
            %89 = arith.addi %86, %88 : index
            %90 = arith.constant 384 : index
            %91 = arith.addi %86, %90 : index
            %92 = arith.constant 512 : index
            %93 = arith.addi %86, %92 : index
            %94 = arith.constant 640 : index
            %95 = arith.addi %86, %94 : index
            %96 = arith.constant 768 : index
            %97 = arith.addi %86, %96 : index
            %98 = arith.constant 896 : index
            %99 = arith.addi %86, %98 : index
            %100 = arith.constant 0.000000e+00 : f32
            %101 = vector.broadcast %100 : f32 to vector<16xf32>
            %102, %103, %104, %105, %106, %107, %108, %109, %110, %111, %112, %113, %114, %115, %116, %117 = scf.for %118 = %15 to %42 step %14 iter_args(%119 = %101, %120 = %101, %121 = %101, %122 = %101, %123 = %101, %124 = %101, %125 = %101, %126 = %101, %127 = %101, %128 = %101, %129 = %101, %130 = %101, %131 = %101, %132 = %101, %133 = %101, %134 = %101) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %135 = arith.constant 16 : index
              %136 = arith.muli %118, %135 : index
              %137 = vector.load %49[%136] : memref<4096xf32>, vector<16xf32>
              %138 = arith.addi %46, %136 : index
              %139 = vector.load %49[%138] : memref<4096xf32>, vector<16xf32>
              %140 = arith.addi %136, %88 : index
              rlx_cpu.prefetch %49[%140] {cache = "l1"} : memref<4096xf32>
              %141 = arith.addi %138, %88 : index
              rlx_cpu.prefetch %49[%141] {cache = "l1"} : memref<4096xf32>
              %142 = arith.addi %86, %118 : index
              %143 = memref.load %8[%142] : memref<?xf32>
              %144 = vector.broadcast %143 : f32 to vector<16xf32>
              %145 = vector.fma %144, %137, %119 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %146 = vector.fma %144, %139, %120 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %147 = arith.addi %87, %118 : index
              %148 = memref.load %8[%147] : memref<?xf32>
              %149 = vector.broadcast %148 : f32 to vector<16xf32>
              %150 = vector.fma %149, %137, %121 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %151 = vector.fma %149, %139, %122 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %152 = arith.addi %89, %118 : index
              %153 = memref.load %8[%152] : memref<?xf32>
              %154 = vector.broadcast %153 : f32 to vector<16xf32>
              %155 = vector.fma %154, %137, %123 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %156 = vector.fma %154, %139, %124 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %157 = arith.addi %91, %118 : index
              %158 = memref.load %8[%157] : memref<?xf32>
              %159 = vector.broadcast %158 : f32 to vector<16xf32>
              %160 = vector.fma %159, %137, %125 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %161 = vector.fma %159, %139, %126 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %162 = arith.addi %93, %118 : index
              %163 = memref.load %8[%162] : memref<?xf32>
              %164 = vector.broadcast %163 : f32 to vector<16xf32>
              %165 = vector.fma %164, %137, %127 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %166 = vector.fma %164, %139, %128 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %167 = arith.addi %95, %118 : index
              %168 = memref.load %8[%167] : memref<?xf32>
              %169 = vector.broadcast %168 : f32 to vector<16xf32>
              %170 = vector.fma %169, %137, %129 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %171 = vector.fma %169, %139, %130 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %172 = arith.addi %97, %118 : index
              %173 = memref.load %8[%172] : memref<?xf32>
              %174 = vector.broadcast %173 : f32 to vector<16xf32>
              %175 = vector.fma %174, %137, %131 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %176 = vector.fma %174, %139, %132 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %177 = arith.addi %99, %118 : index
              %178 = memref.load %8[%177] : memref<?xf32>
              %179 = vector.broadcast %178 : f32 to vector<16xf32>
              %180 = vector.fma %179, %137, %133 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %181 = vector.fma %179, %139, %134 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %145, %146, %150, %151, %155, %156, %160, %161, %165, %166, %170, %171, %175, %176, %180, %181 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %182 = arith.constant 16 : index
            %183 = arith.muli %38, %182 : index
            %184 = arith.muli %73, %43 : index
            %185 = arith.addi %184, %183 : index
            vector.store %102, %45[%185] : memref<?xf32>, vector<16xf32>
            %186 = arith.muli %39, %182 : index
            %187 = arith.addi %184, %186 : index
            vector.store %103, %45[%187] : memref<?xf32>, vector<16xf32>
            %188 = arith.muli %74, %43 : index
            %189 = arith.addi %188, %183 : index
            vector.store %104, %45[%189] : memref<?xf32>, vector<16xf32>
            %190 = arith.addi %188, %186 : index
            vector.store %105, %45[%190] : memref<?xf32>, vector<16xf32>
            %191 = arith.muli %75, %43 : index
            %192 = arith.addi %191, %183 : index
            vector.store %106, %45[%192] : memref<?xf32>, vector<16xf32>
            %193 = arith.addi %191, %186 : index
            vector.store %107, %45[%193] : memref<?xf32>, vector<16xf32>
            %194 = arith.muli %77, %43 : index
            %195 = arith.addi %194, %183 : index
            vector.store %108, %45[%195] : memref<?xf32>, vector<16xf32>
            %196 = arith.addi %194, %186 : index
            vector.store %109, %45[%196] : memref<?xf32>, vector<16xf32>
            %197 = arith.muli %79, %43 : index
            %198 = arith.addi %197, %183 : index
            vector.store %110, %45[%198] : memref<?xf32>, vector<16xf32>
            %199 = arith.addi %197, %186 : index
            vector.store %111, %45[%199] : memref<?xf32>, vector<16xf32>
            %200 = arith.muli %81, %43 : index
            %201 = arith.addi %200, %183 : index
            vector.store %112, %45[%201] : memref<?xf32>, vector<16xf32>
            %202 = arith.addi %200, %186 : index
            vector.store %113, %45[%202] : memref<?xf32>, vector<16xf32>
            %203 = arith.muli %83, %43 : index
            %204 = arith.addi %203, %183 : index
            vector.store %114, %45[%204] : memref<?xf32>, vector<16xf32>
            %205 = arith.addi %203, %186 : index
            vector.store %115, %45[%205] : memref<?xf32>, vector<16xf32>
            %206 = arith.muli %85, %43 : index
            %207 = arith.addi %206, %183 : index
            vector.store %116, %45[%207] : memref<?xf32>, vector<16xf32>
            %208 = arith.addi %206, %186 : index
            vector.store %117, %45[%208] : memref<?xf32>, vector<16xf32>
          }
          %209 = arith.subi %21, %25 : index
          %210 = arith.constant 4 : index
          %211 = arith.divui %209, %210 : index
          %212 = arith.muli %211, %210 : index
          %213 = arith.addi %25, %212 : index
          scf.for %214 = %25 to %213 step %210 {
            %215 = arith.addi %214, %14 : index
            %216 = arith.addi %214, %28 : index
            %217 = arith.constant 3 : index
            %218 = arith.addi %214, %217 : index
            %219 = arith.muli %214, %42 : index
            %220 = arith.addi %219, %42 : index
            %221 = arith.constant 256 : index
            %222 = arith.addi %219, %221 : index
            %223 = arith.constant 384 : index
            %224 = arith.addi %219, %223 : index
            %225 = arith.constant 0.000000e+00 : f32
            %226 = vector.broadcast %225 : f32 to vector<16xf32>
            %227, %228, %229, %230, %231, %232, %233, %234 = scf.for %235 = %15 to %42 step %14 iter_args(%236 = %226, %237 = %226, %238 = %226, %239 = %226, %240 = %226, %241 = %226, %242 = %226, %243 = %226) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %244 = arith.constant 16 : index
              %245 = arith.muli %235, %244 : index
              %246 = vector.load %49[%245] : memref<4096xf32>, vector<16xf32>
              %247 = arith.addi %46, %245 : index
              %248 = vector.load %49[%247] : memref<4096xf32>, vector<16xf32>
              %249 = arith.addi %245, %221 : index
              rlx_cpu.prefetch %49[%249] {cache = "l1"} : memref<4096xf32>
              %250 = arith.addi %247, %221 : index
              rlx_cpu.prefetch %49[%250] {cache = "l1"} : memref<4096xf32>
              %251 = arith.addi %219, %235 : index
              %252 = memref.load %8[%251] : memref<?xf32>
              %253 = vector.broadcast %252 : f32 to vector<16xf32>
              %254 = vector.fma %253, %246, %236 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %255 = vector.fma %253, %248, %237 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %256 = arith.addi %220, %235 : index
              %257 = memref.load %8[%256] : memref<?xf32>
              %258 = vector.broadcast %257 : f32 to vector<16xf32>
              %259 = vector.fma %258, %246, %238 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %260 = vector.fma %258, %248, %239 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %261 = arith.addi %222, %235 : index
              %262 = memref.load %8[%261] : memref<?xf32>
              %263 = vector.broadcast %262 : f32 to vector<16xf32>
              %264 = vector.fma %263, %246, %240 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %265 = vector.fma %263, %248, %241 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %266 = arith.addi %224, %235 : index
              %267 = memref.load %8[%266] : memref<?xf32>
              %268 = vector.broadcast %267 : f32 to vector<16xf32>
              %269 = vector.fma %268, %246, %242 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %270 = vector.fma %268, %248, %243 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %254, %255, %259, %260, %264, %265, %269, %270 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %271 = arith.constant 16 : index
            %272 = arith.muli %38, %271 : index
            %273 = arith.muli %214, %43 : index
            %274 = arith.addi %273, %272 : index
            vector.store %227, %45[%274] : memref<?xf32>, vector<16xf32>
            %275 = arith.muli %39, %271 : index
            %276 = arith.addi %273, %275 : index
            vector.store %228, %45[%276] : memref<?xf32>, vector<16xf32>
            %277 = arith.muli %215, %43 : index
            %278 = arith.addi %277, %272 : index
            vector.store %229, %45[%278] : memref<?xf32>, vector<16xf32>
            %279 = arith.addi %277, %275 : index
            vector.store %230, %45[%279] : memref<?xf32>, vector<16xf32>
            %280 = arith.muli %216, %43 : index
            %281 = arith.addi %280, %272 : index
            vector.store %231, %45[%281] : memref<?xf32>, vector<16xf32>
            %282 = arith.addi %280, %275 : index
            vector.store %232, %45[%282] : memref<?xf32>, vector<16xf32>
            %283 = arith.muli %218, %43 : index
            %284 = arith.addi %283, %272 : index
            vector.store %233, %45[%284] : memref<?xf32>, vector<16xf32>
            %285 = arith.addi %283, %275 : index
            vector.store %234, %45[%285] : memref<?xf32>, vector<16xf32>
          }
          %286 = arith.subi %21, %213 : index
          %287 = arith.divui %286, %28 : index
          %288 = arith.muli %287, %28 : index
          %289 = arith.addi %213, %288 : index
          scf.for %290 = %213 to %289 step %28 {
            %291 = arith.addi %290, %14 : index
            %292 = arith.muli %290, %42 : index
            %293 = arith.addi %292, %42 : index
            %294 = arith.constant 0.000000e+00 : f32
            %295 = vector.broadcast %294 : f32 to vector<16xf32>
            %296, %297, %298, %299, %300, %301, %302, %303 = scf.for %304 = %15 to %42 step %28 iter_args(%305 = %295, %306 = %295, %307 = %295, %308 = %295, %309 = %295, %310 = %295, %311 = %295, %312 = %295) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %313 = arith.constant 16 : index
              %314 = arith.muli %304, %313 : index
              %315 = vector.load %49[%314] : memref<4096xf32>, vector<16xf32>
              %316 = arith.addi %46, %314 : index
              %317 = vector.load %49[%316] : memref<4096xf32>, vector<16xf32>
              %318 = arith.constant 256 : index
              %319 = arith.addi %314, %318 : index
              rlx_cpu.prefetch %49[%319] {cache = "l1"} : memref<4096xf32>
              %320 = arith.addi %316, %318 : index
              rlx_cpu.prefetch %49[%320] {cache = "l1"} : memref<4096xf32>
              %321 = arith.addi %292, %304 : index
              %322 = memref.load %8[%321] : memref<?xf32>
              %323 = vector.broadcast %322 : f32 to vector<16xf32>
              %324 = vector.fma %323, %315, %305 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %325 = vector.fma %323, %317, %306 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %326 = arith.addi %293, %304 : index
              %327 = memref.load %8[%326] : memref<?xf32>
              %328 = vector.broadcast %327 : f32 to vector<16xf32>
              %329 = vector.fma %328, %315, %307 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %330 = vector.fma %328, %317, %308 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %331 = arith.addi %304, %14 : index
              %332 = arith.muli %331, %313 : index
              %333 = vector.load %49[%332] : memref<4096xf32>, vector<16xf32>
              %334 = arith.addi %46, %332 : index
              %335 = vector.load %49[%334] : memref<4096xf32>, vector<16xf32>
              %336 = arith.addi %332, %318 : index
              rlx_cpu.prefetch %49[%336] {cache = "l1"} : memref<4096xf32>
              %337 = arith.addi %334, %318 : index
              rlx_cpu.prefetch %49[%337] {cache = "l1"} : memref<4096xf32>
              %338 = arith.addi %292, %331 : index
              %339 = memref.load %8[%338] : memref<?xf32>
              %340 = vector.broadcast %339 : f32 to vector<16xf32>
              %341 = vector.fma %340, %333, %309 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %342 = vector.fma %340, %335, %310 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %343 = arith.addi %293, %331 : index
              %344 = memref.load %8[%343] : memref<?xf32>
              %345 = vector.broadcast %344 : f32 to vector<16xf32>
              %346 = vector.fma %345, %333, %311 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %347 = vector.fma %345, %335, %312 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %324, %325, %329, %330, %341, %342, %346, %347 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %348 = arith.addf %296, %300 fastmath<nsz,arcp,afn> : vector<16xf32>
            %349 = arith.addf %297, %301 fastmath<nsz,arcp,afn> : vector<16xf32>
            %350 = arith.addf %298, %302 fastmath<nsz,arcp,afn> : vector<16xf32>
            %351 = arith.addf %299, %303 fastmath<nsz,arcp,afn> : vector<16xf32>
            %352 = arith.constant 16 : index
            %353 = arith.muli %38, %352 : index
            %354 = arith.muli %290, %43 : index
            %355 = arith.addi %354, %353 : index
            vector.store %348, %45[%355] : memref<?xf32>, vector<16xf32>
            %356 = arith.muli %39, %352 : index
            %357 = arith.addi %354, %356 : index
            vector.store %349, %45[%357] : memref<?xf32>, vector<16xf32>
            %358 = arith.muli %291, %43 : index
            %359 = arith.addi %358, %353 : index
            vector.store %350, %45[%359] : memref<?xf32>, vector<16xf32>
            %360 = arith.addi %358, %356 : index
            vector.store %351, %45[%360] : memref<?xf32>, vector<16xf32>
          }
          scf.for %361 = %289 to %21 step %14 {
            %362 = arith.muli %361, %42 : index
            %363 = arith.constant 0.000000e+00 : f32
            %364 = vector.broadcast %363 : f32 to vector<16xf32>
            %365, %366, %367, %368 = scf.for %369 = %15 to %42 step %28 iter_args(%370 = %364, %371 = %364, %372 = %364, %373 = %364) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %374 = arith.constant 16 : index
              %375 = arith.muli %369, %374 : index
              %376 = vector.load %49[%375] : memref<4096xf32>, vector<16xf32>
              %377 = arith.addi %46, %375 : index
              %378 = vector.load %49[%377] : memref<4096xf32>, vector<16xf32>
              %379 = arith.addi %362, %369 : index
              %380 = memref.load %8[%379] : memref<?xf32>
              %381 = vector.broadcast %380 : f32 to vector<16xf32>
              %382 = vector.fma %381, %376, %370 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %383 = vector.fma %381, %378, %371 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %384 = arith.addi %369, %14 : index
              %385 = arith.muli %384, %374 : index
              %386 = vector.load %49[%385] : memref<4096xf32>, vector<16xf32>
              %387 = arith.addi %46, %385 : index
              %388 = vector.load %49[%387] : memref<4096xf32>, vector<16xf32>
              %389 = arith.addi %362, %384 : index
              %390 = memref.load %8[%389] : memref<?xf32>
              %391 = vector.broadcast %390 : f32 to vector<16xf32>
              %392 = vector.fma %391, %386, %372 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %393 = vector.fma %391, %388, %373 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %382, %383, %392, %393 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %394 = arith.addf %365, %367 fastmath<nsz,arcp,afn> : vector<16xf32>
            %395 = arith.addf %366, %368 fastmath<nsz,arcp,afn> : vector<16xf32>
            %396 = arith.constant 16 : index
            %397 = arith.muli %38, %396 : index
            %398 = arith.muli %361, %43 : index
            %399 = arith.addi %398, %397 : index
            vector.store %394, %45[%399] : memref<?xf32>, vector<16xf32>
            %400 = arith.muli %39, %396 : index
            %401 = arith.addi %398, %400 : index
            vector.store %395, %45[%401] : memref<?xf32>, vector<16xf32>
          }
        } else {
          %402 = arith.muli %27, %28 : index
          %403 = arith.constant 12 : index
          %404 = arith.cmpi ult, %402, %403 : index
          %405 = arith.select %404, %2, %3 : memref<?xi16>
          %406 = arith.cmpi ult, %402, %13 : index
          %407 = arith.select %406, %4, %405 : memref<?xi16>
          %408 = arith.select %404, %13, %403 : index
          %409 = arith.select %406, %15, %408 : index
          %410 = arith.subi %402, %409 : index
          %411 = arith.addi %410, %14 : index
          %412 = arith.constant 64 : index
          %413 = arith.select %404, %412, %412 : index
          %414 = arith.constant 128 : index
          %415 = arith.select %406, %414, %413 : index
          %416 = arith.select %404, %5, %6 : memref<?xf32>
          %417 = arith.select %406, %7, %416 : memref<?xf32>
          %418 = arith.constant 2048 : index
          %419 = arith.muli %410, %418 : index
          %420 = arith.muli %411, %418 : index
          scf.for %421 = %19 to %21 step %14 {
            %422 = arith.muli %421, %414 : index
            %423 = arith.constant 0.000000e+00 : f32
            %424 = vector.broadcast %423 : f32 to vector<16xf32>
            %425, %426, %427, %428 = scf.for %429 = %15 to %414 step %28 iter_args(%430 = %424, %431 = %424, %432 = %424, %433 = %424) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %434 = arith.constant 16 : index
              %435 = arith.muli %429, %434 : index
              %436 = arith.addi %419, %435 : index
              %437 = vector.load %407[%436] : memref<?xi16>, vector<16xi16>
              %438 = arith.extui %437 : vector<16xi16> to vector<16xi32>
              %439 = arith.constant dense<16> : vector<16xi32>
              %440 = arith.shli %438, %439 : vector<16xi32>
              %441 = arith.bitcast %440 : vector<16xi32> to vector<16xf32>
              %442 = arith.addi %420, %435 : index
              %443 = vector.load %407[%442] : memref<?xi16>, vector<16xi16>
              %444 = arith.extui %443 : vector<16xi16> to vector<16xi32>
              %445 = arith.shli %444, %439 : vector<16xi32>
              %446 = arith.bitcast %445 : vector<16xi32> to vector<16xf32>
              %447 = arith.addi %422, %429 : index
              %448 = memref.load %8[%447] : memref<?xf32>
              %449 = vector.broadcast %448 : f32 to vector<16xf32>
              %450 = vector.fma %449, %441, %430 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %451 = vector.fma %449, %446, %431 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %452 = arith.addi %429, %14 : index
              %453 = arith.muli %452, %434 : index
              %454 = arith.addi %419, %453 : index
              %455 = vector.load %407[%454] : memref<?xi16>, vector<16xi16>
              %456 = arith.extui %455 : vector<16xi16> to vector<16xi32>
              %457 = arith.shli %456, %439 : vector<16xi32>
              %458 = arith.bitcast %457 : vector<16xi32> to vector<16xf32>
              %459 = arith.addi %420, %453 : index
              %460 = vector.load %407[%459] : memref<?xi16>, vector<16xi16>
              %461 = arith.extui %460 : vector<16xi16> to vector<16xi32>
              %462 = arith.shli %461, %439 : vector<16xi32>
              %463 = arith.bitcast %462 : vector<16xi32> to vector<16xf32>
              %464 = arith.addi %422, %452 : index
              %465 = memref.load %8[%464] : memref<?xf32>
              %466 = vector.broadcast %465 : f32 to vector<16xf32>
              %467 = vector.fma %466, %458, %432 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %468 = vector.fma %466, %463, %433 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %450, %451, %467, %468 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %469 = arith.addf %425, %427 fastmath<nsz,arcp,afn> : vector<16xf32>
            %470 = arith.addf %426, %428 fastmath<nsz,arcp,afn> : vector<16xf32>
            %471 = arith.constant 16 : index
            %472 = arith.muli %410, %471 : index
            %473 = arith.muli %421, %415 : index
            %474 = arith.addi %473, %472 : index
            vector.store %469, %417[%474] : memref<?xf32>, vector<16xf32>
            %475 = arith.muli %411, %471 : index
            %476 = arith.addi %473, %475 : index
            vector.store %470, %417[%476] : memref<?xf32>, vector<16xf32>
          }
        }
      }
      scf.reduce
    }) : (index, index, index) -> ()
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
    rlx_cpu.parallel_dispatch @multi_linear_k128_n64x64_bf16.par10.loop(%11, %5, %1, %2, %3, %4, %0) range(%14 to %13 step %15) if(%17) {threads = 0 : i64} : (index, index, memref<?xi16>, memref<?xi16>, memref<?xf32>, memref<?xf32>, memref<?xf32>)
    func.return
  }
  func.func private @multi_linear_k128_n64x64_bf16.par10.loop(%0: index, %1: index, %2: memref<?xi16>, %3: memref<?xi16>, %4: memref<?xf32>, %5: memref<?xf32>, %6: memref<?xf32>, %7: index, %8: index, %9: index) attributes {rlx_cpu.parallel_body} {
    %10 = arith.constant 992 : index
    %11 = arith.constant 1 : index
    %12 = arith.constant 4 : index
    %13 = arith.constant 0 : index
    "scf.parallel"(%7, %8, %11) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%14: index):
      %15 = arith.divui %14, %0 : index
      %16 = arith.remui %14, %0 : index
      %17 = arith.muli %16, %10 : index
      %18 = arith.addi %17, %10 : index
      %19 = arith.minui %18, %1 : index
      %20 = arith.subi %19, %17 : index
      %21 = arith.constant 8 : index
      %22 = arith.divui %20, %21 : index
      %23 = arith.muli %22, %21 : index
      %24 = arith.addi %17, %23 : index
      %25 = arith.addi %15, %11 : index
      scf.for %26 = %15 to %25 step %11 {
        %27 = arith.constant 2 : index
        %28 = arith.cmpi uge, %20, %27 : index
        scf.if %28 {
          %29 = arith.muli %26, %27 : index
          %30 = arith.cmpi ult, %29, %12 : index
          %31 = arith.select %30, %2, %3 : memref<?xi16>
          %32 = arith.select %30, %13, %12 : index
          %33 = arith.subi %29, %32 : index
          %34 = arith.addi %33, %11 : index
          %35 = arith.constant 64 : index
          %36 = arith.select %30, %35, %35 : index
          %37 = arith.select %30, %4, %5 : memref<?xf32>
          %38 = arith.constant 2048 : index
          %39 = arith.muli %33, %38 : index
          %40 = arith.muli %34, %38 : index
          %41 = memref.alloca() : memref<4096xf32>
          %42 = arith.constant 128 : index
          scf.for %43 = %13 to %42 step %11 {
            scf.for %44 = %13 to %11 step %11 {
              %45 = arith.addi %43, %44 : index
              %46 = arith.constant 16 : index
              %47 = arith.muli %45, %46 : index
              %48 = arith.addi %39, %47 : index
              %49 = vector.load %31[%48] : memref<?xi16>, vector<16xi16>
              %50 = arith.extui %49 : vector<16xi16> to vector<16xi32>
              %51 = arith.constant dense<16> : vector<16xi32>
              %52 = arith.shli %50, %51 : vector<16xi32>
              %53 = arith.bitcast %52 : vector<16xi32> to vector<16xf32>
              vector.store %53, %41[%47] : memref<4096xf32>, vector<16xf32>
            }
          }
          scf.for %54 = %13 to %42 step %11 {
            scf.for %55 = %13 to %11 step %11 {
              %56 = arith.addi %54, %55 : index
              %57 = arith.constant 16 : index
              %58 = arith.muli %56, %57 : index
              %59 = arith.addi %40, %58 : index
              %60 = vector.load %31[%59] : memref<?xi16>, vector<16xi16>
              %61 = arith.extui %60 : vector<16xi16> to vector<16xi32>
              %62 = arith.constant dense<16> : vector<16xi32>
              %63 = arith.shli %61, %62 : vector<16xi32>
              %64 = arith.bitcast %63 : vector<16xi32> to vector<16xf32>
              %65 = arith.addi %38, %58 : index
              vector.store %64, %41[%65] : memref<4096xf32>, vector<16xf32>
            }
          }
          scf.for %66 = %17 to %24 step %21 {
            %67 = arith.addi %66, %11 : index
            %68 = arith.addi %66, %27 : index
            %69 = arith.constant 3 : index
            %70 = arith.addi %66, %69 : index
            %71 = arith.addi %66, %12 : index
            %72 = arith.constant 5 : index
            %73 = arith.addi %66, %72 : index
            %74 = arith.constant 6 : index
            %75 = arith.addi %66, %74 : index
            %76 = arith.constant 7 : index
            %77 = arith.addi %66, %76 : index
            %78 = arith.muli %66, %42 : index
            %79 = arith.addi %78, %42 : index
            %80 = arith.constant 256 : index
            %81 = arith.addi %78, %80 : index
            %82 = arith.constant 384 : index
            %83 = arith.addi %78, %82 : index
            %84 = arith.constant 512 : index
            %85 = arith.addi %78, %84 : index
            %86 = arith.constant 640 : index
            %87 = arith.addi %78, %86 : index
            %88 = arith.constant 768 : index
            %89 = arith.addi %78, %88 : index
            %90 = arith.constant 896 : index
            %91 = arith.addi %78, %90 : index
            %92 = arith.constant 0.000000e+00 : f32
            %93 = vector.broadcast %92 : f32 to vector<16xf32>
            %94, %95, %96, %97, %98, %99, %100, %101, %102, %103, %104, %105, %106, %107, %108, %109 = scf.for %110 = %13 to %42 step %11 iter_args(%111 = %93, %112 = %93, %113 = %93, %114 = %93, %115 = %93, %116 = %93, %117 = %93, %118 = %93, %119 = %93, %120 = %93, %121 = %93, %122 = %93, %123 = %93, %124 = %93, %125 = %93, %126 = %93) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %127 = arith.constant 16 : index
              %128 = arith.muli %110, %127 : index
              %129 = vector.load %41[%128] : memref<4096xf32>, vector<16xf32>
              %130 = arith.addi %38, %128 : index
              %131 = vector.load %41[%130] : memref<4096xf32>, vector<16xf32>
              %132 = arith.addi %128, %80 : index
              rlx_cpu.prefetch %41[%132] {cache = "l1"} : memref<4096xf32>
              %133 = arith.addi %130, %80 : index
              rlx_cpu.prefetch %41[%133] {cache = "l1"} : memref<4096xf32>
              %134 = arith.addi %78, %110 : index
              %135 = memref.load %6[%134] : memref<?xf32>
              %136 = vector.broadcast %135 : f32 to vector<16xf32>
              %137 = vector.fma %136, %129, %111 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %138 = vector.fma %136, %131, %112 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %139 = arith.addi %79, %110 : index
              %140 = memref.load %6[%139] : memref<?xf32>
              %141 = vector.broadcast %140 : f32 to vector<16xf32>
              %142 = vector.fma %141, %129, %113 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %143 = vector.fma %141, %131, %114 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %144 = arith.addi %81, %110 : index
              %145 = memref.load %6[%144] : memref<?xf32>
              %146 = vector.broadcast %145 : f32 to vector<16xf32>
              %147 = vector.fma %146, %129, %115 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %148 = vector.fma %146, %131, %116 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %149 = arith.addi %83, %110 : index
              %150 = memref.load %6[%149] : memref<?xf32>
              %151 = vector.broadcast %150 : f32 to vector<16xf32>
              %152 = vector.fma %151, %129, %117 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %153 = vector.fma %151, %131, %118 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %154 = arith.addi %85, %110 : index
              %155 = memref.load %6[%154] : memref<?xf32>
              %156 = vector.broadcast %155 : f32 to vector<16xf32>
              %157 = vector.fma %156, %129, %119 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %158 = vector.fma %156, %131, %120 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %159 = arith.addi %87, %110 : index
              %160 = memref.load %6[%159] : memref<?xf32>
              %161 = vector.broadcast %160 : f32 to vector<16xf32>
              %162 = vector.fma %161, %129, %121 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %163 = vector.fma %161, %131, %122 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %164 = arith.addi %89, %110 : index
              %165 = memref.load %6[%164] : memref<?xf32>
              %166 = vector.broadcast %165 : f32 to vector<16xf32>
              %167 = vector.fma %166, %129, %123 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %168 = vector.fma %166, %131, %124 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %169 = arith.addi %91, %110 : index
              %170 = memref.load %6[%169] : memref<?xf32>
              %171 = vector.broadcast %170 : f32 to vector<16xf32>
              %172 = vector.fma %171, %129, %125 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %173 = vector.fma %171, %131, %126 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %137, %138, %142, %143, %147, %148, %152, %153, %157, %158, %162, %163, %167, %168, %172, %173 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %174 = arith.constant 16 : index
            %175 = arith.muli %33, %174 : index
            %176 = arith.muli %66, %36 : index
            %177 = arith.addi %176, %175 : index
            vector.store %94, %37[%177] : memref<?xf32>, vector<16xf32>
            %178 = arith.muli %34, %174 : index
            %179 = arith.addi %176, %178 : index
            vector.store %95, %37[%179] : memref<?xf32>, vector<16xf32>
            %180 = arith.muli %67, %36 : index
            %181 = arith.addi %180, %175 : index
            vector.store %96, %37[%181] : memref<?xf32>, vector<16xf32>
            %182 = arith.addi %180, %178 : index
            vector.store %97, %37[%182] : memref<?xf32>, vector<16xf32>
            %183 = arith.muli %68, %36 : index
            %184 = arith.addi %183, %175 : index
            vector.store %98, %37[%184] : memref<?xf32>, vector<16xf32>
            %185 = arith.addi %183, %178 : index
            vector.store %99, %37[%185] : memref<?xf32>, vector<16xf32>
            %186 = arith.muli %70, %36 : index
            %187 = arith.addi %186, %175 : index
            vector.store %100, %37[%187] : memref<?xf32>, vector<16xf32>
            %188 = arith.addi %186, %178 : index
            vector.store %101, %37[%188] : memref<?xf32>, vector<16xf32>
            %189 = arith.muli %71, %36 : index
            %190 = arith.addi %189, %175 : index
            vector.store %102, %37[%190] : memref<?xf32>, vector<16xf32>
            %191 = arith.addi %189, %178 : index
            vector.store %103, %37[%191] : memref<?xf32>, vector<16xf32>
            %192 = arith.muli %73, %36 : index
            %193 = arith.addi %192, %175 : index
            vector.store %104, %37[%193] : memref<?xf32>, vector<16xf32>
            %194 = arith.addi %192, %178 : index
            vector.store %105, %37[%194] : memref<?xf32>, vector<16xf32>
            %195 = arith.muli %75, %36 : index
            %196 = arith.addi %195, %175 : index
            vector.store %106, %37[%196] : memref<?xf32>, vector<16xf32>
            %197 = arith.addi %195, %178 : index
            vector.store %107, %37[%197] : memref<?xf32>, vector<16xf32>
            %198 = arith.muli %77, %36 : index
            %199 = arith.addi %198, %175 : index
            vector.store %108, %37[%199] : memref<?xf32>, vector<16xf32>
            %200 = arith.addi %198, %178 : index
            vector.store %109, %37[%200] : memref<?xf32>, vector<16xf32>
          }
          %201 = arith.subi %19, %24 : index
          %202 = arith.divui %201, %12 : index
          %203 = arith.muli %202, %12 : index
          %204 = arith.addi %24, %203 : index
          scf.for %205 = %24 to %204 step %12 {
            %206 = arith.addi %205, %11 : index
            %207 = arith.addi %205, %27 : index
            %208 = arith.constant 3 : index
            %209 = arith.addi %205, %208 : index
            %210 = arith.muli %205, %42 : index
            %211 = arith.addi %210, %42 : index
            %212 = arith.constant 256 : index
            %213 = arith.addi %210, %212 : index
            %214 = arith.constant 384 : index
            %215 = arith.addi %210, %214 : index
            %216 = arith.constant 0.000000e+00 : f32
            %217 = vector.broadcast %216 : f32 to vector<16xf32>
            %218, %219, %220, %221, %222, %223, %224, %225 = scf.for %226 = %13 to %42 step %11 iter_args(%227 = %217, %228 = %217, %229 = %217, %230 = %217, %231 = %217, %232 = %217, %233 = %217, %234 = %217) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %235 = arith.constant 16 : index
              %236 = arith.muli %226, %235 : index
              %237 = vector.load %41[%236] : memref<4096xf32>, vector<16xf32>
              %238 = arith.addi %38, %236 : index
              %239 = vector.load %41[%238] : memref<4096xf32>, vector<16xf32>
              %240 = arith.addi %236, %212 : index
              rlx_cpu.prefetch %41[%240] {cache = "l1"} : memref<4096xf32>
              %241 = arith.addi %238, %212 : index
              rlx_cpu.prefetch %41[%241] {cache = "l1"} : memref<4096xf32>
              %242 = arith.addi %210, %226 : index
              %243 = memref.load %6[%242] : memref<?xf32>
              %244 = vector.broadcast %243 : f32 to vector<16xf32>
              %245 = vector.fma %244, %237, %227 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %246 = vector.fma %244, %239, %228 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %247 = arith.addi %211, %226 : index
              %248 = memref.load %6[%247] : memref<?xf32>
              %249 = vector.broadcast %248 : f32 to vector<16xf32>
              %250 = vector.fma %249, %237, %229 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %251 = vector.fma %249, %239, %230 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %252 = arith.addi %213, %226 : index
              %253 = memref.load %6[%252] : memref<?xf32>
              %254 = vector.broadcast %253 : f32 to vector<16xf32>
              %255 = vector.fma %254, %237, %231 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %256 = vector.fma %254, %239, %232 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %257 = arith.addi %215, %226 : index
              %258 = memref.load %6[%257] : memref<?xf32>
              %259 = vector.broadcast %258 : f32 to vector<16xf32>
              %260 = vector.fma %259, %237, %233 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %261 = vector.fma %259, %239, %234 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %245, %246, %250, %251, %255, %256, %260, %261 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %262 = arith.constant 16 : index
            %263 = arith.muli %33, %262 : index
            %264 = arith.muli %205, %36 : index
            %265 = arith.addi %264, %263 : index
            vector.store %218, %37[%265] : memref<?xf32>, vector<16xf32>
            %266 = arith.muli %34, %262 : index
            %267 = arith.addi %264, %266 : index
            vector.store %219, %37[%267] : memref<?xf32>, vector<16xf32>
            %268 = arith.muli %206, %36 : index
            %269 = arith.addi %268, %263 : index
            vector.store %220, %37[%269] : memref<?xf32>, vector<16xf32>
            %270 = arith.addi %268, %266 : index
            vector.store %221, %37[%270] : memref<?xf32>, vector<16xf32>
            %271 = arith.muli %207, %36 : index
            %272 = arith.addi %271, %263 : index
            vector.store %222, %37[%272] : memref<?xf32>, vector<16xf32>
            %273 = arith.addi %271, %266 : index
            vector.store %223, %37[%273] : memref<?xf32>, vector<16xf32>
            %274 = arith.muli %209, %36 : index
            %275 = arith.addi %274, %263 : index
            vector.store %224, %37[%275] : memref<?xf32>, vector<16xf32>
            %276 = arith.addi %274, %266 : index
            vector.store %225, %37[%276] : memref<?xf32>, vector<16xf32>
          }
          %277 = arith.subi %19, %204 : index
          %278 = arith.divui %277, %27 : index
          %279 = arith.muli %278, %27 : index
          %280 = arith.addi %204, %279 : index
          scf.for %281 = %204 to %280 step %27 {
            %282 = arith.addi %281, %11 : index
            %283 = arith.muli %281, %42 : index
            %284 = arith.addi %283, %42 : index
            %285 = arith.constant 0.000000e+00 : f32
            %286 = vector.broadcast %285 : f32 to vector<16xf32>
            %287, %288, %289, %290, %291, %292, %293, %294 = scf.for %295 = %13 to %42 step %27 iter_args(%296 = %286, %297 = %286, %298 = %286, %299 = %286, %300 = %286, %301 = %286, %302 = %286, %303 = %286) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %304 = arith.constant 16 : index
              %305 = arith.muli %295, %304 : index
              %306 = vector.load %41[%305] : memref<4096xf32>, vector<16xf32>
              %307 = arith.addi %38, %305 : index
              %308 = vector.load %41[%307] : memref<4096xf32>, vector<16xf32>
              %309 = arith.constant 256 : index
              %310 = arith.addi %305, %309 : index
              rlx_cpu.prefetch %41[%310] {cache = "l1"} : memref<4096xf32>
              %311 = arith.addi %307, %309 : index
              rlx_cpu.prefetch %41[%311] {cache = "l1"} : memref<4096xf32>
              %312 = arith.addi %283, %295 : index
              %313 = memref.load %6[%312] : memref<?xf32>
              %314 = vector.broadcast %313 : f32 to vector<16xf32>
              %315 = vector.fma %314, %306, %296 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %316 = vector.fma %314, %308, %297 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %317 = arith.addi %284, %295 : index
              %318 = memref.load %6[%317] : memref<?xf32>
              %319 = vector.broadcast %318 : f32 to vector<16xf32>
              %320 = vector.fma %319, %306, %298 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %321 = vector.fma %319, %308, %299 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %322 = arith.addi %295, %11 : index
              %323 = arith.muli %322, %304 : index
              %324 = vector.load %41[%323] : memref<4096xf32>, vector<16xf32>
              %325 = arith.addi %38, %323 : index
              %326 = vector.load %41[%325] : memref<4096xf32>, vector<16xf32>
              %327 = arith.addi %323, %309 : index
              rlx_cpu.prefetch %41[%327] {cache = "l1"} : memref<4096xf32>
              %328 = arith.addi %325, %309 : index
              rlx_cpu.prefetch %41[%328] {cache = "l1"} : memref<4096xf32>
              %329 = arith.addi %283, %322 : index
              %330 = memref.load %6[%329] : memref<?xf32>
              %331 = vector.broadcast %330 : f32 to vector<16xf32>
              %332 = vector.fma %331, %324, %300 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %333 = vector.fma %331, %326, %301 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %334 = arith.addi %284, %322 : index
              %335 = memref.load %6[%334] : memref<?xf32>
              %336 = vector.broadcast %335 : f32 to vector<16xf32>
              %337 = vector.fma %336, %324, %302 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %338 = vector.fma %336, %326, %303 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %315, %316, %320, %321, %332, %333, %337, %338 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %339 = arith.addf %287, %291 fastmath<nsz,arcp,afn> : vector<16xf32>
            %340 = arith.addf %288, %292 fastmath<nsz,arcp,afn> : vector<16xf32>
            %341 = arith.addf %289, %293 fastmath<nsz,arcp,afn> : vector<16xf32>
            %342 = arith.addf %290, %294 fastmath<nsz,arcp,afn> : vector<16xf32>
            %343 = arith.constant 16 : index
            %344 = arith.muli %33, %343 : index
            %345 = arith.muli %281, %36 : index
            %346 = arith.addi %345, %344 : index
            vector.store %339, %37[%346] : memref<?xf32>, vector<16xf32>
            %347 = arith.muli %34, %343 : index
            %348 = arith.addi %345, %347 : index
            vector.store %340, %37[%348] : memref<?xf32>, vector<16xf32>
            %349 = arith.muli %282, %36 : index
            %350 = arith.addi %349, %344 : index
            vector.store %341, %37[%350] : memref<?xf32>, vector<16xf32>
            %351 = arith.addi %349, %347 : index
            vector.store %342, %37[%351] : memref<?xf32>, vector<16xf32>
          }
          scf.for %352 = %280 to %19 step %11 {
            %353 = arith.muli %352, %42 : index
            %354 = arith.constant 0.000000e+00 : f32
            %355 = vector.broadcast %354 : f32 to vector<16xf32>
            %356, %357, %358, %359 = scf.for %360 = %13 to %42 step %27 iter_args(%361 = %355, %362 = %355, %363 = %355, %364 = %355) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %365 = arith.constant 16 : index
              %366 = arith.muli %360, %365 : index
              %367 = vector.load %41[%366] : memref<4096xf32>, vector<16xf32>
              %368 = arith.addi %38, %366 : index
              %369 = vector.load %41[%368] : memref<4096xf32>, vector<16xf32>
              %370 = arith.addi %353, %360 : index
              %371 = memref.load %6[%370] : memref<?xf32>
              %372 = vector.broadcast %371 : f32 to vector<16xf32>
              %373 = vector.fma %372, %367, %361 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %374 = vector.fma %372, %369, %362 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %375 = arith.addi %360, %11 : index
              %376 = arith.muli %375, %365 : index
              %377 = vector.load %41[%376] : memref<4096xf32>, vector<16xf32>
              %378 = arith.addi %38, %376 : index
              %379 = vector.load %41[%378] : memref<4096xf32>, vector<16xf32>
              %380 = arith.addi %353, %375 : index
              %381 = memref.load %6[%380] : memref<?xf32>
              %382 = vector.broadcast %381 : f32 to vector<16xf32>
              %383 = vector.fma %382, %377, %363 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %384 = vector.fma %382, %379, %364 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %373, %374, %383, %384 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %385 = arith.addf %356, %358 fastmath<nsz,arcp,afn> : vector<16xf32>
            %386 = arith.addf %357, %359 fastmath<nsz,arcp,afn> : vector<16xf32>
            %387 = arith.constant 16 : index
            %388 = arith.muli %33, %387 : index
            %389 = arith.muli %352, %36 : index
            %390 = arith.addi %389, %388 : index
            vector.store %385, %37[%390] : memref<?xf32>, vector<16xf32>
            %391 = arith.muli %34, %387 : index
            %392 = arith.addi %389, %391 : index
            vector.store %386, %37[%392] : memref<?xf32>, vector<16xf32>
          }
        } else {
          %393 = arith.muli %26, %27 : index
          %394 = arith.cmpi ult, %393, %12 : index
          %395 = arith.select %394, %2, %3 : memref<?xi16>
          %396 = arith.select %394, %13, %12 : index
          %397 = arith.subi %393, %396 : index
          %398 = arith.addi %397, %11 : index
          %399 = arith.constant 64 : index
          %400 = arith.select %394, %399, %399 : index
          %401 = arith.select %394, %4, %5 : memref<?xf32>
          %402 = arith.constant 2048 : index
          %403 = arith.muli %397, %402 : index
          %404 = arith.muli %398, %402 : index
          scf.for %405 = %17 to %19 step %11 {
            %406 = arith.constant 128 : index
            %407 = arith.muli %405, %406 : index
            %408 = arith.constant 0.000000e+00 : f32
            %409 = vector.broadcast %408 : f32 to vector<16xf32>
            %410, %411, %412, %413 = scf.for %414 = %13 to %406 step %27 iter_args(%415 = %409, %416 = %409, %417 = %409, %418 = %409) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %419 = arith.constant 16 : index
              %420 = arith.muli %414, %419 : index
              %421 = arith.addi %403, %420 : index
              %422 = vector.load %395[%421] : memref<?xi16>, vector<16xi16>
              %423 = arith.extui %422 : vector<16xi16> to vector<16xi32>
              %424 = arith.constant dense<16> : vector<16xi32>
              %425 = arith.shli %423, %424 : vector<16xi32>
              %426 = arith.bitcast %425 : vector<16xi32> to vector<16xf32>
              %427 = arith.addi %404, %420 : index
              %428 = vector.load %395[%427] : memref<?xi16>, vector<16xi16>
              %429 = arith.extui %428 : vector<16xi16> to vector<16xi32>
              %430 = arith.shli %429, %424 : vector<16xi32>
              %431 = arith.bitcast %430 : vector<16xi32> to vector<16xf32>
              %432 = arith.addi %407, %414 : index
              %433 = memref.load %6[%432] : memref<?xf32>
              %434 = vector.broadcast %433 : f32 to vector<16xf32>
              %435 = vector.fma %434, %426, %415 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %436 = vector.fma %434, %431, %416 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %437 = arith.addi %414, %11 : index
              %438 = arith.muli %437, %419 : index
              %439 = arith.addi %403, %438 : index
              %440 = vector.load %395[%439] : memref<?xi16>, vector<16xi16>
              %441 = arith.extui %440 : vector<16xi16> to vector<16xi32>
              %442 = arith.shli %441, %424 : vector<16xi32>
              %443 = arith.bitcast %442 : vector<16xi32> to vector<16xf32>
              %444 = arith.addi %404, %438 : index
              %445 = vector.load %395[%444] : memref<?xi16>, vector<16xi16>
              %446 = arith.extui %445 : vector<16xi16> to vector<16xi32>
              %447 = arith.shli %446, %424 : vector<16xi32>
              %448 = arith.bitcast %447 : vector<16xi32> to vector<16xf32>
              %449 = arith.addi %407, %437 : index
              %450 = memref.load %6[%449] : memref<?xf32>
              %451 = vector.broadcast %450 : f32 to vector<16xf32>
              %452 = vector.fma %451, %443, %417 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              %453 = vector.fma %451, %448, %418 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<16xf32>
              scf.yield %435, %436, %452, %453 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %454 = arith.addf %410, %412 fastmath<nsz,arcp,afn> : vector<16xf32>
            %455 = arith.addf %411, %413 fastmath<nsz,arcp,afn> : vector<16xf32>
            %456 = arith.constant 16 : index
            %457 = arith.muli %397, %456 : index
            %458 = arith.muli %405, %400 : index
            %459 = arith.addi %458, %457 : index
            vector.store %454, %401[%459] : memref<?xf32>, vector<16xf32>
            %460 = arith.muli %398, %456 : index
            %461 = arith.addi %458, %460 : index
            vector.store %455, %401[%461] : memref<?xf32>, vector<16xf32>
          }
        }
      }
      scf.reduce
    }) : (index, index, index) -> ()
    func.return
  }
  func.func private @rms_norm_d128_g128_eps1em06(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) attributes {rlx.kernel = {family = "rms_norm", dim = 128 : i64, group = 128 : i64, eps = 9.9999999747524271e-07 : f64, parallel_min_work = 524288 : i64}} {
    %4 = arith.constant 128 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 0 : index
    %7 = arith.constant 1 : index
    %8 = arith.constant 524288 : index
    %9 = arith.cmpi uge, %5, %8 : index
    rlx_cpu.parallel_dispatch @rms_norm_d128_g128_eps1em06.par11.loop(%0, %1, %2) range(%6 to %3 step %7) if(%9) {threads = 0 : i64} : (memref<?xf32>, memref<?xf32>, memref<?xf32>)
    func.return
  }
  func.func private @rms_norm_d128_g128_eps1em06.par11.loop(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index, %4: index, %5: index) attributes {rlx_cpu.parallel_body} {
    %6 = arith.constant 128 : index
    %7 = arith.constant 0 : index
    %8 = arith.constant 1 : index
    "scf.parallel"(%3, %4, %8) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%9: index):
      %10 = arith.muli %9, %6 : index
      %11 = arith.constant 0.000000e+00 : f32
      %12 = vector.broadcast %11 : f32 to vector<8xf32>
      %13 = arith.constant 32 : index
      %14, %15, %16, %17 = scf.for %18 = %7 to %6 step %13 iter_args(%19 = %12, %20 = %12, %21 = %12, %22 = %12) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
        %23 = arith.addi %10, %18 : index
        %24 = vector.load %0[%23] : memref<?xf32>, vector<8xf32>
        %25 = vector.fma %24, %24, %19 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
        %26 = arith.constant 8 : index
        %27 = arith.addi %18, %26 : index
        %28 = arith.addi %10, %27 : index
        %29 = vector.load %0[%28] : memref<?xf32>, vector<8xf32>
        %30 = vector.fma %29, %29, %20 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
        %31 = arith.constant 16 : index
        %32 = arith.addi %18, %31 : index
        %33 = arith.addi %10, %32 : index
        %34 = vector.load %0[%33] : memref<?xf32>, vector<8xf32>
        %35 = vector.fma %34, %34, %21 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
        %36 = arith.constant 24 : index
        %37 = arith.addi %18, %36 : index
        %38 = arith.addi %10, %37 : index
        %39 = vector.load %0[%38] : memref<?xf32>, vector<8xf32>
        %40 = vector.fma %39, %39, %22 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
        scf.yield %25, %30, %35, %40 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
      }
      %41 = arith.addf %14, %15 fastmath<nsz,arcp,afn> : vector<8xf32>
      %42 = arith.addf %16, %17 fastmath<nsz,arcp,afn> : vector<8xf32>
      %43 = arith.addf %41, %42 fastmath<nsz,arcp,afn> : vector<8xf32>
      %44 = vector.reduction <add>, %43 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
      %45 = arith.constant 7.812500e-03 : f32
      %46 = arith.mulf %44, %45 fastmath<nsz,arcp,afn> : f32
      %47 = arith.constant 1.000000e+00 : f32
      %48 = arith.constant 1.000000e-06 : f32
      %49 = arith.addf %46, %48 fastmath<nsz,arcp,afn> : f32
      %50 = math.sqrt %49 fastmath<nsz,arcp,afn> : f32
      %51 = arith.divf %47, %50 fastmath<nsz,arcp,afn> : f32
      %52 = vector.broadcast %51 : f32 to vector<8xf32>
      %53 = arith.constant 8 : index
      scf.for %54 = %7 to %6 step %53 {
        %55 = arith.addi %10, %54 : index
        %56 = vector.load %0[%55] : memref<?xf32>, vector<8xf32>
        %57 = arith.mulf %56, %52 fastmath<nsz,arcp,afn> : vector<8xf32>
        %58 = vector.load %1[%54] : memref<?xf32>, vector<8xf32>
        %59 = arith.mulf %57, %58 fastmath<nsz,arcp,afn> : vector<8xf32>
        vector.store %59, %2[%55] : memref<?xf32>, vector<8xf32>
      }
      scf.reduce
    }) : (index, index, index) -> ()
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
    rlx_cpu.parallel_dispatch @rms_norm_d128_g32_eps1em06.par12.loop(%0, %1, %2) range(%8 to %5 step %9) if(%11) {threads = 0 : i64} : (memref<?xf32>, memref<?xf32>, memref<?xf32>)
    func.return
  }
  func.func private @rms_norm_d128_g32_eps1em06.par12.loop(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index, %4: index, %5: index) attributes {rlx_cpu.parallel_body} {
    %6 = arith.constant 0 : index
    %7 = arith.constant 1 : index
    "scf.parallel"(%3, %4, %7) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%8: index):
      %9 = arith.constant 32 : index
      %10 = arith.muli %8, %9 : index
      %11 = arith.constant 0.000000e+00 : f32
      %12 = vector.broadcast %11 : f32 to vector<8xf32>
      %13, %14, %15, %16 = scf.for %17 = %6 to %9 step %9 iter_args(%18 = %12, %19 = %12, %20 = %12, %21 = %12) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
        %22 = arith.addi %10, %17 : index
        %23 = vector.load %0[%22] : memref<?xf32>, vector<8xf32>
        %24 = vector.fma %23, %23, %18 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
        %25 = arith.constant 8 : index
        %26 = arith.addi %17, %25 : index
        %27 = arith.addi %10, %26 : index
        %28 = vector.load %0[%27] : memref<?xf32>, vector<8xf32>
        %29 = vector.fma %28, %28, %19 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
        %30 = arith.constant 16 : index
        %31 = arith.addi %17, %30 : index
        %32 = arith.addi %10, %31 : index
        %33 = vector.load %0[%32] : memref<?xf32>, vector<8xf32>
        %34 = vector.fma %33, %33, %20 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
        %35 = arith.constant 24 : index
        %36 = arith.addi %17, %35 : index
        %37 = arith.addi %10, %36 : index
        %38 = vector.load %0[%37] : memref<?xf32>, vector<8xf32>
        %39 = vector.fma %38, %38, %21 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
        scf.yield %24, %29, %34, %39 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
      }
      %40 = arith.addf %13, %14 fastmath<nsz,arcp,afn> : vector<8xf32>
      %41 = arith.addf %15, %16 fastmath<nsz,arcp,afn> : vector<8xf32>
      %42 = arith.addf %40, %41 fastmath<nsz,arcp,afn> : vector<8xf32>
      %43 = vector.reduction <add>, %42 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
      %44 = arith.constant 3.125000e-02 : f32
      %45 = arith.mulf %43, %44 fastmath<nsz,arcp,afn> : f32
      %46 = arith.constant 1.000000e+00 : f32
      %47 = arith.constant 1.000000e-06 : f32
      %48 = arith.addf %45, %47 fastmath<nsz,arcp,afn> : f32
      %49 = math.sqrt %48 fastmath<nsz,arcp,afn> : f32
      %50 = arith.divf %46, %49 fastmath<nsz,arcp,afn> : f32
      %51 = vector.broadcast %50 : f32 to vector<8xf32>
      %52 = arith.constant 8 : index
      scf.for %53 = %6 to %9 step %52 {
        %54 = arith.addi %10, %53 : index
        %55 = vector.load %0[%54] : memref<?xf32>, vector<8xf32>
        %56 = arith.mulf %55, %51 fastmath<nsz,arcp,afn> : vector<8xf32>
        %57 = vector.load %1[%53] : memref<?xf32>, vector<8xf32>
        %58 = arith.mulf %56, %57 fastmath<nsz,arcp,afn> : vector<8xf32>
        vector.store %58, %2[%54] : memref<?xf32>, vector<8xf32>
      }
      scf.reduce
    }) : (index, index, index) -> ()
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
    rlx_cpu.parallel_dispatch @rms_norm_d64_g32_eps1em06.par13.loop(%0, %1, %2) range(%8 to %5 step %9) if(%11) {threads = 0 : i64} : (memref<?xf32>, memref<?xf32>, memref<?xf32>)
    func.return
  }
  func.func private @rms_norm_d64_g32_eps1em06.par13.loop(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index, %4: index, %5: index) attributes {rlx_cpu.parallel_body} {
    %6 = arith.constant 0 : index
    %7 = arith.constant 1 : index
    "scf.parallel"(%3, %4, %7) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%8: index):
      %9 = arith.constant 32 : index
      %10 = arith.muli %8, %9 : index
      %11 = arith.constant 0.000000e+00 : f32
      %12 = vector.broadcast %11 : f32 to vector<8xf32>
      %13, %14, %15, %16 = scf.for %17 = %6 to %9 step %9 iter_args(%18 = %12, %19 = %12, %20 = %12, %21 = %12) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
        %22 = arith.addi %10, %17 : index
        %23 = vector.load %0[%22] : memref<?xf32>, vector<8xf32>
        %24 = vector.fma %23, %23, %18 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
        %25 = arith.constant 8 : index
        %26 = arith.addi %17, %25 : index
        %27 = arith.addi %10, %26 : index
        %28 = vector.load %0[%27] : memref<?xf32>, vector<8xf32>
        %29 = vector.fma %28, %28, %19 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
        %30 = arith.constant 16 : index
        %31 = arith.addi %17, %30 : index
        %32 = arith.addi %10, %31 : index
        %33 = vector.load %0[%32] : memref<?xf32>, vector<8xf32>
        %34 = vector.fma %33, %33, %20 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
        %35 = arith.constant 24 : index
        %36 = arith.addi %17, %35 : index
        %37 = arith.addi %10, %36 : index
        %38 = vector.load %0[%37] : memref<?xf32>, vector<8xf32>
        %39 = vector.fma %38, %38, %21 {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
        scf.yield %24, %29, %34, %39 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
      }
      %40 = arith.addf %13, %14 fastmath<nsz,arcp,afn> : vector<8xf32>
      %41 = arith.addf %15, %16 fastmath<nsz,arcp,afn> : vector<8xf32>
      %42 = arith.addf %40, %41 fastmath<nsz,arcp,afn> : vector<8xf32>
      %43 = vector.reduction <add>, %42 fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
      %44 = arith.constant 3.125000e-02 : f32
      %45 = arith.mulf %43, %44 fastmath<nsz,arcp,afn> : f32
      %46 = arith.constant 1.000000e+00 : f32
      %47 = arith.constant 1.000000e-06 : f32
      %48 = arith.addf %45, %47 fastmath<nsz,arcp,afn> : f32
      %49 = math.sqrt %48 fastmath<nsz,arcp,afn> : f32
      %50 = arith.divf %46, %49 fastmath<nsz,arcp,afn> : f32
      %51 = vector.broadcast %50 : f32 to vector<8xf32>
      %52 = arith.constant 8 : index
      scf.for %53 = %6 to %9 step %52 {
        %54 = arith.addi %10, %53 : index
        %55 = vector.load %0[%54] : memref<?xf32>, vector<8xf32>
        %56 = arith.mulf %55, %51 fastmath<nsz,arcp,afn> : vector<8xf32>
        %57 = vector.load %1[%53] : memref<?xf32>, vector<8xf32>
        %58 = arith.mulf %56, %57 fastmath<nsz,arcp,afn> : vector<8xf32>
        vector.store %58, %2[%54] : memref<?xf32>, vector<8xf32>
      }
      scf.reduce
    }) : (index, index, index) -> ()
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
    rlx_cpu.parallel_dispatch @rope_nh2_hd32.par14.loop(%5, %6, %0, %1, %2, %3) range(%10 to %7 step %11) if(%13) {threads = 0 : i64} : (index, index, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>)
    func.return
  }
  func.func private @rope_nh2_hd32.par14.loop(%0: index, %1: index, %2: memref<?xf32>, %3: memref<?xf32>, %4: memref<?xf32>, %5: memref<?xf32>, %6: index, %7: index, %8: index) attributes {rlx_cpu.parallel_body} {
    %9 = arith.constant 0 : index
    %10 = arith.constant 1 : index
    "scf.parallel"(%6, %7, %10) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%11: index):
      %12 = arith.remui %11, %0 : index
      %13 = arith.addi %1, %12 : index
      %14 = arith.constant 16 : index
      %15 = arith.muli %13, %14 : index
      %16 = arith.constant 2 : index
      scf.for %17 = %9 to %16 step %10 {
        %18 = arith.muli %11, %16 : index
        %19 = arith.addi %18, %17 : index
        %20 = arith.constant 32 : index
        %21 = arith.muli %19, %20 : index
        %22 = arith.constant 8 : index
        scf.for %23 = %9 to %14 step %22 {
          %24 = arith.addi %21, %23 : index
          %25 = arith.addi %24, %14 : index
          %26 = vector.load %2[%24] : memref<?xf32>, vector<8xf32>
          %27 = vector.load %2[%25] : memref<?xf32>, vector<8xf32>
          %28 = arith.addi %15, %23 : index
          %29 = vector.load %3[%28] : memref<?xf32>, vector<8xf32>
          %30 = vector.load %4[%28] : memref<?xf32>, vector<8xf32>
          %31 = arith.mulf %26, %29 fastmath<nsz,arcp,afn> : vector<8xf32>
          %32 = arith.mulf %27, %30 fastmath<nsz,arcp,afn> : vector<8xf32>
          %33 = arith.subf %31, %32 fastmath<nsz,arcp,afn> : vector<8xf32>
          vector.store %33, %5[%24] : memref<?xf32>, vector<8xf32>
          %34 = arith.mulf %27, %29 fastmath<nsz,arcp,afn> : vector<8xf32>
          %35 = arith.mulf %26, %30 fastmath<nsz,arcp,afn> : vector<8xf32>
          %36 = arith.addf %34, %35 fastmath<nsz,arcp,afn> : vector<8xf32>
          vector.store %36, %5[%25] : memref<?xf32>, vector<8xf32>
        }
      }
      scf.reduce
    }) : (index, index, index) -> ()
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
    rlx_cpu.parallel_dispatch @rope_nh4_hd32.par15.loop(%5, %6, %0, %1, %2, %3) range(%10 to %7 step %11) if(%13) {threads = 0 : i64} : (index, index, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>)
    func.return
  }
  func.func private @rope_nh4_hd32.par15.loop(%0: index, %1: index, %2: memref<?xf32>, %3: memref<?xf32>, %4: memref<?xf32>, %5: memref<?xf32>, %6: index, %7: index, %8: index) attributes {rlx_cpu.parallel_body} {
    %9 = arith.constant 0 : index
    %10 = arith.constant 1 : index
    "scf.parallel"(%6, %7, %10) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%11: index):
      %12 = arith.remui %11, %0 : index
      %13 = arith.addi %1, %12 : index
      %14 = arith.constant 16 : index
      %15 = arith.muli %13, %14 : index
      %16 = arith.constant 4 : index
      scf.for %17 = %9 to %16 step %10 {
        %18 = arith.muli %11, %16 : index
        %19 = arith.addi %18, %17 : index
        %20 = arith.constant 32 : index
        %21 = arith.muli %19, %20 : index
        %22 = arith.constant 8 : index
        scf.for %23 = %9 to %14 step %22 {
          %24 = arith.addi %21, %23 : index
          %25 = arith.addi %24, %14 : index
          %26 = vector.load %2[%24] : memref<?xf32>, vector<8xf32>
          %27 = vector.load %2[%25] : memref<?xf32>, vector<8xf32>
          %28 = arith.addi %15, %23 : index
          %29 = vector.load %3[%28] : memref<?xf32>, vector<8xf32>
          %30 = vector.load %4[%28] : memref<?xf32>, vector<8xf32>
          %31 = arith.mulf %26, %29 fastmath<nsz,arcp,afn> : vector<8xf32>
          %32 = arith.mulf %27, %30 fastmath<nsz,arcp,afn> : vector<8xf32>
          %33 = arith.subf %31, %32 fastmath<nsz,arcp,afn> : vector<8xf32>
          vector.store %33, %5[%24] : memref<?xf32>, vector<8xf32>
          %34 = arith.mulf %27, %29 fastmath<nsz,arcp,afn> : vector<8xf32>
          %35 = arith.mulf %26, %30 fastmath<nsz,arcp,afn> : vector<8xf32>
          %36 = arith.addf %34, %35 fastmath<nsz,arcp,afn> : vector<8xf32>
          vector.store %36, %5[%25] : memref<?xf32>, vector<8xf32>
        }
      }
      scf.reduce
    }) : (index, index, index) -> ()
    func.return
  }
}
