// rlxc opt 09-rlx-fastmath.mlir -p 'expand-math-to-polynomials,rlx-outline-parallel{threads=0},convert-to-llvm,llvm-opt{level=3 target=x86-64-v4},llvm-codegen{level=3 target=x86-64-v4}'
builtin.module {
  func.func @prefill(%input_ids: memref<?xi32>, %past_k: memref<?xf32>, %past_v: memref<?xf32>, %past_k_1: memref<?xf32>, %past_v_1: memref<?xf32>, %logits: memref<?xf32>, %rope.cos: memref<?xf32>, %rope.sin: memref<?xf32>, %model.embed_tokens.weight.packed16: memref<?xf32>, %model.layers.0.input_layernorm.weight: memref<?xf32>, %model.layers.0.self_attn.q_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.k_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.v_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.q_norm.weight: memref<?xf32>, %model.layers.0.self_attn.k_norm.weight: memref<?xf32>, %model.layers.0.self_attn.o_proj.weight.packed16: memref<?xf32>, %model.layers.0.post_attention_layernorm.weight: memref<?xf32>, %model.layers.0.mlp.gate_proj.weight.packed16: memref<?xf32>, %model.layers.0.mlp.up_proj.weight.packed16: memref<?xf32>, %model.layers.0.mlp.down_proj.weight.packed16: memref<?xf32>, %model.layers.1.input_layernorm.weight: memref<?xf32>, %model.layers.1.self_attn.q_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.k_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.v_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.q_norm.weight: memref<?xf32>, %model.layers.1.self_attn.k_norm.weight: memref<?xf32>, %model.layers.1.self_attn.o_proj.weight.packed16: memref<?xf32>, %model.layers.1.post_attention_layernorm.weight: memref<?xf32>, %model.layers.1.mlp.gate_proj.weight.packed16: memref<?xf32>, %model.layers.1.mlp.up_proj.weight.packed16: memref<?xf32>, %model.layers.1.mlp.down_proj.weight.packed16: memref<?xf32>, %model.norm.weight: memref<?xf32>, %arena: memref<?xi8>, %MAX_SEQ: index, %PAST_SEQ: index, %SEQ: index) attributes {rlx.abi = #rlx.abi<args = [input "input_ids" : "1xSEQ", kv_cache "past_k_0" : "1xMAX_SEQx64", kv_cache "past_v_0" : "1xMAX_SEQx64", kv_cache "past_k_1" : "1xMAX_SEQx64", kv_cache "past_v_1" : "1xMAX_SEQx64", output "logits" : "1xSEQx1024", param "rope.cos" : "512x16", param "rope.sin" : "512x16", param "model.embed_tokens.weight" packed16 : "1024x128", param "model.layers.0.input_layernorm.weight" : "128", param "model.layers.0.self_attn.q_proj.weight" packed16 : "128x128", param "model.layers.0.self_attn.k_proj.weight" packed16 : "64x128", param "model.layers.0.self_attn.v_proj.weight" packed16 : "64x128", param "model.layers.0.self_attn.q_norm.weight" : "32", param "model.layers.0.self_attn.k_norm.weight" : "32", param "model.layers.0.self_attn.o_proj.weight" packed16 : "128x128", param "model.layers.0.post_attention_layernorm.weight" : "128", param "model.layers.0.mlp.gate_proj.weight" packed16 : "192x128", param "model.layers.0.mlp.up_proj.weight" packed16 : "192x128", param "model.layers.0.mlp.down_proj.weight" packed16 : "128x192", param "model.layers.1.input_layernorm.weight" : "128", param "model.layers.1.self_attn.q_proj.weight" packed16 : "128x128", param "model.layers.1.self_attn.k_proj.weight" packed16 : "64x128", param "model.layers.1.self_attn.v_proj.weight" packed16 : "64x128", param "model.layers.1.self_attn.q_norm.weight" : "32", param "model.layers.1.self_attn.k_norm.weight" : "32", param "model.layers.1.self_attn.o_proj.weight" packed16 : "128x128", param "model.layers.1.post_attention_layernorm.weight" : "128", param "model.layers.1.mlp.gate_proj.weight" packed16 : "192x128", param "model.layers.1.mlp.up_proj.weight" packed16 : "192x128", param "model.layers.1.mlp.down_proj.weight" packed16 : "128x192", param "model.norm.weight" : "128", arena "arena", symbol "MAX_SEQ", symbol "PAST_SEQ", symbol "SEQ"], outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, constraints = ["PAST_SEQ+SEQ <= 512", "PAST_SEQ+SEQ <= MAX_SEQ", "SEQ <= 512"], arena_bytes = 1179648>, rlx.entry} {
    %0 = rlx.view %arena {offset = 0 : i64} : memref<?xi8> -> memref<?xf32>
    %1 = arith.constant 0 : index
    %2 = arith.addi %1, %SEQ : index
    func.call @embed_h128_v1024_packed16(%input_ids, %model.embed_tokens.weight.packed16, %0, %2) : (memref<?xi32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %3 = rlx.view %arena {offset = 262144 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d128_g128_eps1em06(%0, %model.layers.0.input_layernorm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %4 = rlx.view %arena {offset = 524288 : i64} : memref<?xi8> -> memref<?xf32>
    %5 = rlx.view %arena {offset = 786432 : i64} : memref<?xi8> -> memref<?xf32>
    %6 = rlx.view %arena {offset = 917504 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @multi_linear_k128_n128x64x64(%3, %model.layers.0.self_attn.q_proj.weight.packed16, %model.layers.0.self_attn.k_proj.weight.packed16, %model.layers.0.self_attn.v_proj.weight.packed16, %4, %5, %6, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
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
    func.call @linear_k128_n128(%3, %model.layers.0.self_attn.o_proj.weight.packed16, %4, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %12 = arith.constant 128 : index
    %13 = arith.muli %SEQ, %12 : index
    %14 = arith.addi %1, %13 : index
    func.call @add_f32(%0, %4, %5, %14) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %15 = rlx.view %arena {offset = 393216 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d128_g128_eps1em06(%5, %model.layers.0.post_attention_layernorm.weight, %15, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_swiglu_k128_n192(%15, %model.layers.0.mlp.gate_proj.weight.packed16, %model.layers.0.mlp.up_proj.weight.packed16, %0, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k192_n128(%0, %model.layers.0.mlp.down_proj.weight.packed16, %15, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @add_f32(%5, %15, %0, %14) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%0, %model.layers.1.input_layernorm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @multi_linear_k128_n128x64x64(%3, %model.layers.1.self_attn.q_proj.weight.packed16, %model.layers.1.self_attn.k_proj.weight.packed16, %model.layers.1.self_attn.v_proj.weight.packed16, %4, %5, %6, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g32_eps1em06(%4, %model.layers.1.self_attn.q_norm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d64_g32_eps1em06(%5, %model.layers.1.self_attn.k_norm.weight, %7, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rope_nh4_hd32(%3, %rope.cos, %rope.sin, %4, %8, %2, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @rope_nh2_hd32(%7, %rope.cos, %rope.sin, %3, %8, %2, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @kv_write_d64(%3, %past_k_1, %8, %2, %9, %10) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @kv_write_d64(%6, %past_v_1, %8, %2, %9, %10) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @attention_nh4_nkv2_hd32_causal(%4, %past_k_1, %past_v_1, %3, %8, %2, %11, %10) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @linear_k128_n128(%3, %model.layers.1.self_attn.o_proj.weight.packed16, %4, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @add_f32(%0, %4, %5, %14) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%5, %model.layers.1.post_attention_layernorm.weight, %15, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_swiglu_k128_n192(%15, %model.layers.1.mlp.gate_proj.weight.packed16, %model.layers.1.mlp.up_proj.weight.packed16, %0, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k192_n128(%0, %model.layers.1.mlp.down_proj.weight.packed16, %15, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @add_f32(%5, %15, %0, %14) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%0, %model.norm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k128_n1024(%3, %model.embed_tokens.weight.packed16, %logits, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.return
  }
  func.func @prefill_last(%input_ids: memref<?xi32>, %past_k: memref<?xf32>, %past_v: memref<?xf32>, %past_k_1: memref<?xf32>, %past_v_1: memref<?xf32>, %logits: memref<?xf32>, %rope.cos: memref<?xf32>, %rope.sin: memref<?xf32>, %model.embed_tokens.weight.packed16: memref<?xf32>, %model.layers.0.input_layernorm.weight: memref<?xf32>, %model.layers.0.self_attn.q_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.k_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.v_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.q_norm.weight: memref<?xf32>, %model.layers.0.self_attn.k_norm.weight: memref<?xf32>, %model.layers.0.self_attn.o_proj.weight.packed16: memref<?xf32>, %model.layers.0.post_attention_layernorm.weight: memref<?xf32>, %model.layers.0.mlp.gate_proj.weight.packed16: memref<?xf32>, %model.layers.0.mlp.up_proj.weight.packed16: memref<?xf32>, %model.layers.0.mlp.down_proj.weight.packed16: memref<?xf32>, %model.layers.1.input_layernorm.weight: memref<?xf32>, %model.layers.1.self_attn.q_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.k_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.v_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.q_norm.weight: memref<?xf32>, %model.layers.1.self_attn.k_norm.weight: memref<?xf32>, %model.layers.1.self_attn.o_proj.weight.packed16: memref<?xf32>, %model.layers.1.post_attention_layernorm.weight: memref<?xf32>, %model.layers.1.mlp.gate_proj.weight.packed16: memref<?xf32>, %model.layers.1.mlp.up_proj.weight.packed16: memref<?xf32>, %model.layers.1.mlp.down_proj.weight.packed16: memref<?xf32>, %model.norm.weight: memref<?xf32>, %arena: memref<?xi8>, %MAX_SEQ: index, %PAST_SEQ: index, %SEQ: index) attributes {rlx.abi = #rlx.abi<args = [input "input_ids" : "1xSEQ", kv_cache "past_k_0" : "1xMAX_SEQx64", kv_cache "past_v_0" : "1xMAX_SEQx64", kv_cache "past_k_1" : "1xMAX_SEQx64", kv_cache "past_v_1" : "1xMAX_SEQx64", output "logits" : "1x1x1024", param "rope.cos" : "512x16", param "rope.sin" : "512x16", param "model.embed_tokens.weight" packed16 : "1024x128", param "model.layers.0.input_layernorm.weight" : "128", param "model.layers.0.self_attn.q_proj.weight" packed16 : "128x128", param "model.layers.0.self_attn.k_proj.weight" packed16 : "64x128", param "model.layers.0.self_attn.v_proj.weight" packed16 : "64x128", param "model.layers.0.self_attn.q_norm.weight" : "32", param "model.layers.0.self_attn.k_norm.weight" : "32", param "model.layers.0.self_attn.o_proj.weight" packed16 : "128x128", param "model.layers.0.post_attention_layernorm.weight" : "128", param "model.layers.0.mlp.gate_proj.weight" packed16 : "192x128", param "model.layers.0.mlp.up_proj.weight" packed16 : "192x128", param "model.layers.0.mlp.down_proj.weight" packed16 : "128x192", param "model.layers.1.input_layernorm.weight" : "128", param "model.layers.1.self_attn.q_proj.weight" packed16 : "128x128", param "model.layers.1.self_attn.k_proj.weight" packed16 : "64x128", param "model.layers.1.self_attn.v_proj.weight" packed16 : "64x128", param "model.layers.1.self_attn.q_norm.weight" : "32", param "model.layers.1.self_attn.k_norm.weight" : "32", param "model.layers.1.self_attn.o_proj.weight" packed16 : "128x128", param "model.layers.1.post_attention_layernorm.weight" : "128", param "model.layers.1.mlp.gate_proj.weight" packed16 : "192x128", param "model.layers.1.mlp.up_proj.weight" packed16 : "192x128", param "model.layers.1.mlp.down_proj.weight" packed16 : "128x192", param "model.norm.weight" : "128", arena "arena", symbol "MAX_SEQ", symbol "PAST_SEQ", symbol "SEQ"], outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, constraints = ["PAST_SEQ+SEQ <= 512", "PAST_SEQ+SEQ <= MAX_SEQ", "SEQ <= 512"], arena_bytes = 1179648>, rlx.entry} {
    %0 = rlx.view %arena {offset = 0 : i64} : memref<?xi8> -> memref<?xf32>
    %1 = arith.constant 0 : index
    %2 = arith.addi %1, %SEQ : index
    func.call @embed_h128_v1024_packed16(%input_ids, %model.embed_tokens.weight.packed16, %0, %2) : (memref<?xi32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %3 = rlx.view %arena {offset = 262144 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d128_g128_eps1em06(%0, %model.layers.0.input_layernorm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %4 = rlx.view %arena {offset = 524288 : i64} : memref<?xi8> -> memref<?xf32>
    %5 = rlx.view %arena {offset = 786432 : i64} : memref<?xi8> -> memref<?xf32>
    %6 = rlx.view %arena {offset = 917504 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @multi_linear_k128_n128x64x64(%3, %model.layers.0.self_attn.q_proj.weight.packed16, %model.layers.0.self_attn.k_proj.weight.packed16, %model.layers.0.self_attn.v_proj.weight.packed16, %4, %5, %6, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
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
    func.call @linear_k128_n128(%3, %model.layers.0.self_attn.o_proj.weight.packed16, %4, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %12 = arith.constant 128 : index
    %13 = arith.muli %SEQ, %12 : index
    %14 = arith.addi %1, %13 : index
    func.call @add_f32(%0, %4, %5, %14) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %15 = rlx.view %arena {offset = 393216 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d128_g128_eps1em06(%5, %model.layers.0.post_attention_layernorm.weight, %15, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_swiglu_k128_n192(%15, %model.layers.0.mlp.gate_proj.weight.packed16, %model.layers.0.mlp.up_proj.weight.packed16, %0, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k192_n128(%0, %model.layers.0.mlp.down_proj.weight.packed16, %15, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @add_f32(%5, %15, %0, %14) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%0, %model.layers.1.input_layernorm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @multi_linear_k128_n128x64x64(%3, %model.layers.1.self_attn.q_proj.weight.packed16, %model.layers.1.self_attn.k_proj.weight.packed16, %model.layers.1.self_attn.v_proj.weight.packed16, %4, %5, %6, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g32_eps1em06(%4, %model.layers.1.self_attn.q_norm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d64_g32_eps1em06(%5, %model.layers.1.self_attn.k_norm.weight, %7, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rope_nh4_hd32(%3, %rope.cos, %rope.sin, %4, %8, %2, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @rope_nh2_hd32(%7, %rope.cos, %rope.sin, %3, %8, %2, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @kv_write_d64(%3, %past_k_1, %8, %2, %9, %10) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @kv_write_d64(%6, %past_v_1, %8, %2, %9, %10) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @attention_nh4_nkv2_hd32_causal(%4, %past_k_1, %past_v_1, %3, %8, %2, %11, %10) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @linear_k128_n128(%3, %model.layers.1.self_attn.o_proj.weight.packed16, %4, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @add_f32(%0, %4, %5, %14) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%5, %model.layers.1.post_attention_layernorm.weight, %15, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_swiglu_k128_n192(%15, %model.layers.1.mlp.gate_proj.weight.packed16, %model.layers.1.mlp.up_proj.weight.packed16, %0, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k192_n128(%0, %model.layers.1.mlp.down_proj.weight.packed16, %15, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @add_f32(%5, %15, %0, %14) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @gather_last_h128(%0, %3, %8, %2) : (memref<?xf32>, memref<?xf32>, index, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%3, %model.norm.weight, %0, %8) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k128_n1024(%0, %model.embed_tokens.weight.packed16, %logits, %8) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.return
  }
  func.func @decode(%input_ids: memref<?xi32>, %past_k: memref<?xf32>, %past_v: memref<?xf32>, %past_k_1: memref<?xf32>, %past_v_1: memref<?xf32>, %logits: memref<?xf32>, %rope.cos: memref<?xf32>, %rope.sin: memref<?xf32>, %model.embed_tokens.weight.packed16: memref<?xf32>, %model.layers.0.input_layernorm.weight: memref<?xf32>, %model.layers.0.self_attn.q_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.k_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.v_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.q_norm.weight: memref<?xf32>, %model.layers.0.self_attn.k_norm.weight: memref<?xf32>, %model.layers.0.self_attn.o_proj.weight.packed16: memref<?xf32>, %model.layers.0.post_attention_layernorm.weight: memref<?xf32>, %model.layers.0.mlp.gate_proj.weight.packed16: memref<?xf32>, %model.layers.0.mlp.up_proj.weight.packed16: memref<?xf32>, %model.layers.0.mlp.down_proj.weight.packed16: memref<?xf32>, %model.layers.1.input_layernorm.weight: memref<?xf32>, %model.layers.1.self_attn.q_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.k_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.v_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.q_norm.weight: memref<?xf32>, %model.layers.1.self_attn.k_norm.weight: memref<?xf32>, %model.layers.1.self_attn.o_proj.weight.packed16: memref<?xf32>, %model.layers.1.post_attention_layernorm.weight: memref<?xf32>, %model.layers.1.mlp.gate_proj.weight.packed16: memref<?xf32>, %model.layers.1.mlp.up_proj.weight.packed16: memref<?xf32>, %model.layers.1.mlp.down_proj.weight.packed16: memref<?xf32>, %model.norm.weight: memref<?xf32>, %arena: memref<?xi8>, %MAX_SEQ: index, %PAST_SEQ: index) attributes {rlx.abi = #rlx.abi<args = [input "input_ids" : "1x1", kv_cache "past_k_0" : "1xMAX_SEQx64", kv_cache "past_v_0" : "1xMAX_SEQx64", kv_cache "past_k_1" : "1xMAX_SEQx64", kv_cache "past_v_1" : "1xMAX_SEQx64", output "logits" : "1x1x1024", param "rope.cos" : "512x16", param "rope.sin" : "512x16", param "model.embed_tokens.weight" packed16 : "1024x128", param "model.layers.0.input_layernorm.weight" : "128", param "model.layers.0.self_attn.q_proj.weight" packed16 : "128x128", param "model.layers.0.self_attn.k_proj.weight" packed16 : "64x128", param "model.layers.0.self_attn.v_proj.weight" packed16 : "64x128", param "model.layers.0.self_attn.q_norm.weight" : "32", param "model.layers.0.self_attn.k_norm.weight" : "32", param "model.layers.0.self_attn.o_proj.weight" packed16 : "128x128", param "model.layers.0.post_attention_layernorm.weight" : "128", param "model.layers.0.mlp.gate_proj.weight" packed16 : "192x128", param "model.layers.0.mlp.up_proj.weight" packed16 : "192x128", param "model.layers.0.mlp.down_proj.weight" packed16 : "128x192", param "model.layers.1.input_layernorm.weight" : "128", param "model.layers.1.self_attn.q_proj.weight" packed16 : "128x128", param "model.layers.1.self_attn.k_proj.weight" packed16 : "64x128", param "model.layers.1.self_attn.v_proj.weight" packed16 : "64x128", param "model.layers.1.self_attn.q_norm.weight" : "32", param "model.layers.1.self_attn.k_norm.weight" : "32", param "model.layers.1.self_attn.o_proj.weight" packed16 : "128x128", param "model.layers.1.post_attention_layernorm.weight" : "128", param "model.layers.1.mlp.gate_proj.weight" packed16 : "192x128", param "model.layers.1.mlp.up_proj.weight" packed16 : "192x128", param "model.layers.1.mlp.down_proj.weight" packed16 : "128x192", param "model.norm.weight" : "128", arena "arena", symbol "MAX_SEQ", symbol "PAST_SEQ"], outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, constraints = ["PAST_SEQ+1 <= 512", "PAST_SEQ+1 <= MAX_SEQ"], arena_bytes = 2304>, rlx.entry} {
    %0 = rlx.view %arena {offset = 0 : i64} : memref<?xi8> -> memref<?xf32>
    %1 = arith.constant 1 : index
    func.call @embed_h128_v1024_packed16(%input_ids, %model.embed_tokens.weight.packed16, %0, %1) : (memref<?xi32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %2 = rlx.view %arena {offset = 512 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d128_g128_eps1em06(%0, %model.layers.0.input_layernorm.weight, %2, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %3 = rlx.view %arena {offset = 1024 : i64} : memref<?xi8> -> memref<?xf32>
    %4 = rlx.view %arena {offset = 1536 : i64} : memref<?xi8> -> memref<?xf32>
    %5 = rlx.view %arena {offset = 1792 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @multi_linear_k128_n128x64x64(%2, %model.layers.0.self_attn.q_proj.weight.packed16, %model.layers.0.self_attn.k_proj.weight.packed16, %model.layers.0.self_attn.v_proj.weight.packed16, %3, %4, %5, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
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
    func.call @linear_k128_n128(%2, %model.layers.0.self_attn.o_proj.weight.packed16, %3, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %11 = arith.constant 128 : index
    func.call @add_f32(%0, %3, %4, %11) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %12 = rlx.view %arena {offset = 768 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d128_g128_eps1em06(%4, %model.layers.0.post_attention_layernorm.weight, %12, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_swiglu_k128_n192(%12, %model.layers.0.mlp.gate_proj.weight.packed16, %model.layers.0.mlp.up_proj.weight.packed16, %0, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k192_n128(%0, %model.layers.0.mlp.down_proj.weight.packed16, %12, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @add_f32(%4, %12, %0, %11) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%0, %model.layers.1.input_layernorm.weight, %2, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @multi_linear_k128_n128x64x64(%2, %model.layers.1.self_attn.q_proj.weight.packed16, %model.layers.1.self_attn.k_proj.weight.packed16, %model.layers.1.self_attn.v_proj.weight.packed16, %3, %4, %5, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g32_eps1em06(%3, %model.layers.1.self_attn.q_norm.weight, %2, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d64_g32_eps1em06(%4, %model.layers.1.self_attn.k_norm.weight, %6, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rope_nh4_hd32(%2, %rope.cos, %rope.sin, %3, %1, %1, %8) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @rope_nh2_hd32(%6, %rope.cos, %rope.sin, %2, %1, %1, %8) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @kv_write_d64(%2, %past_k_1, %1, %1, %8, %9) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @kv_write_d64(%5, %past_v_1, %1, %1, %8, %9) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @attention_nh4_nkv2_hd32_causal_splitk(%3, %past_k_1, %past_v_1, %2, %1, %1, %10, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @linear_k128_n128(%2, %model.layers.1.self_attn.o_proj.weight.packed16, %3, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @add_f32(%0, %3, %4, %11) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%4, %model.layers.1.post_attention_layernorm.weight, %12, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_swiglu_k128_n192(%12, %model.layers.1.mlp.gate_proj.weight.packed16, %model.layers.1.mlp.up_proj.weight.packed16, %0, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k192_n128(%0, %model.layers.1.mlp.down_proj.weight.packed16, %12, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @add_f32(%4, %12, %0, %11) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps1em06(%0, %model.norm.weight, %2, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k128_n1024(%2, %model.embed_tokens.weight.packed16, %logits, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.return
  }
  func.func private @add_f32(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) attributes {rlx.kernel = {family = "add", chunk = 4096 : i64, parallel_min_work = 524288 : i64}} {
    %4 = arith.constant 4095 : index
    %5 = arith.addi %3, %4 : index
    %6 = arith.constant 4096 : index
    %7 = arith.divui %5, %6 : index
    %8 = arith.constant 0 : index
    %9 = arith.constant 1 : index
    %10 = arith.constant 524288 : index
    %11 = arith.cmpi ult, %3, %10 : index
    scf.if %11 {
      scf.for %12 = %8 to %7 step %9 {
        %13 = arith.muli %12, %6 : index
        %14 = arith.addi %13, %6 : index
        %15 = arith.minui %14, %3 : index
        %16 = arith.subi %15, %13 : index
        %17 = arith.constant 8 : index
        %18 = arith.divui %16, %17 : index
        %19 = arith.muli %18, %17 : index
        %20 = arith.addi %13, %19 : index
        scf.for %21 = %13 to %20 step %17 {
          %22 = vector.load %0[%21] : memref<?xf32>, vector<8xf32>
          %23 = vector.load %1[%21] : memref<?xf32>, vector<8xf32>
          %24 = arith.addf %22, %23 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          vector.store %24, %2[%21] : memref<?xf32>, vector<8xf32>
        }
        scf.for %25 = %20 to %15 step %9 {
          %26 = memref.load %0[%25] : memref<?xf32>
          %27 = memref.load %1[%25] : memref<?xf32>
          %28 = arith.addf %26, %27 fastmath<reassoc,nsz,arcp,contract,afn> : f32
          memref.store %28, %2[%25] : memref<?xf32>
        }
      }
    } else {
      "scf.parallel"(%8, %7, %9) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%29: index):
        %30 = arith.muli %29, %6 : index
        %31 = arith.addi %30, %6 : index
        %32 = arith.minui %31, %3 : index
        %33 = arith.subi %32, %30 : index
        %34 = arith.constant 8 : index
        %35 = arith.divui %33, %34 : index
        %36 = arith.muli %35, %34 : index
        %37 = arith.addi %30, %36 : index
        scf.for %38 = %30 to %37 step %34 {
          %39 = vector.load %0[%38] : memref<?xf32>, vector<8xf32>
          %40 = vector.load %1[%38] : memref<?xf32>, vector<8xf32>
          %41 = arith.addf %39, %40 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          vector.store %41, %2[%38] : memref<?xf32>, vector<8xf32>
        }
        scf.for %42 = %37 to %32 step %9 {
          %43 = memref.load %0[%42] : memref<?xf32>
          %44 = memref.load %1[%42] : memref<?xf32>
          %45 = arith.addf %43, %44 fastmath<reassoc,nsz,arcp,contract,afn> : f32
          memref.store %45, %2[%42] : memref<?xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @attention_nh4_nkv2_hd32_causal(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: memref<?xf32>, %4: index, %5: index, %6: index, %7: index) attributes {rlx.kernel = {family = "attention", num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal = true, has_mask = false, variant = "blocked", parallel_min_work = 524288 : i64, query_block = 16 : i64, key_block = 32 : i64}} {
    %8 = arith.constant 15 : index
    %9 = arith.addi %5, %8 : index
    %10 = arith.constant 16 : index
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
    %23 = arith.cmpi ult, %19, %22 : index
    scf.if %23 {
      scf.for %24 = %20 to %14 step %21 {
        %25 = arith.remui %24, %11 : index
        %26 = arith.divui %24, %11 : index
        %27 = arith.remui %26, %12 : index
        %28 = arith.divui %26, %12 : index
        %29 = arith.muli %25, %10 : index
        %30 = arith.subi %5, %29 : index
        %31 = arith.minui %30, %10 : index
        %32 = arith.muli %31, %12 : index
        %33 = arith.constant 7 : index
        %34 = arith.addi %32, %33 : index
        %35 = arith.constant 8 : index
        %36 = arith.divui %34, %35 : index
        %37 = arith.subi %32, %21 : index
        %38 = memref.alloca() : memref<128xf32>
        %39 = memref.alloca() : memref<1024xf32>
        %40 = arith.muli %28, %7 : index
        %41 = arith.constant 64 : index
        %42 = arith.muli %40, %41 : index
        %43 = arith.constant 32 : index
        %44 = arith.muli %27, %43 : index
        %45 = arith.addi %42, %44 : index
        %46 = arith.constant 0.000000e+00 : f32
        %47 = vector.broadcast %46 : f32 to vector<8xf32>
        %48 = arith.constant 0.176776692 : f32
        %49 = vector.broadcast %48 : f32 to vector<8xf32>
        scf.for %50 = %20 to %32 step %21 {
          %51 = arith.divui %50, %12 : index
          %52 = arith.remui %50, %12 : index
          %53 = arith.addi %29, %51 : index
          %54 = arith.muli %27, %12 : index
          %55 = arith.addi %54, %52 : index
          %56 = arith.muli %28, %5 : index
          %57 = arith.addi %56, %53 : index
          %58 = arith.constant 4 : index
          %59 = arith.muli %57, %58 : index
          %60 = arith.addi %59, %55 : index
          %61 = arith.muli %60, %43 : index
          vector.store %47, %3[%61] : memref<?xf32>, vector<8xf32>
          %62 = arith.addi %61, %35 : index
          vector.store %47, %3[%62] : memref<?xf32>, vector<8xf32>
          %63 = arith.addi %61, %10 : index
          vector.store %47, %3[%63] : memref<?xf32>, vector<8xf32>
          %64 = arith.constant 24 : index
          %65 = arith.addi %61, %64 : index
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
          memref.store %79, %38[%67] : memref<128xf32>
          %80 = arith.addi %67, %43 : index
          memref.store %46, %38[%80] : memref<128xf32>
          %81 = arith.addi %15, %71 : index
          %82 = arith.addi %81, %21 : index
          %83 = arith.index_cast %82 : index to i64
          %84 = arith.sitofp %83 : i64 to f32
          %85 = arith.constant 96 : index
          %86 = arith.addi %67, %85 : index
          memref.store %84, %38[%86] : memref<128xf32>
        }
        %87 = arith.addi %15, %29 : index
        %88 = arith.addi %87, %21 : index
        %89 = arith.divui %88, %43 : index
        %90 = arith.muli %89, %43 : index
        %91 = arith.addi %29, %31 : index
        %92 = arith.subi %91, %21 : index
        %93 = arith.addi %15, %92 : index
        %94 = arith.addi %93, %21 : index
        %95 = arith.divui %94, %35 : index
        %96 = arith.muli %95, %35 : index
        scf.for %97 = %20 to %90 step %43 {
          %98 = arith.muli %97, %41 : index
          %99 = arith.addi %45, %98 : index
          scf.for %100 = %20 to %36 step %21 {
            %101 = arith.muli %100, %35 : index
            %102 = arith.minui %101, %37 : index
            %103 = arith.divui %102, %12 : index
            %104 = arith.remui %102, %12 : index
            %105 = arith.addi %29, %103 : index
            %106 = arith.muli %27, %12 : index
            %107 = arith.addi %106, %104 : index
            %108 = arith.muli %28, %5 : index
            %109 = arith.addi %108, %105 : index
            %110 = arith.constant 4 : index
            %111 = arith.muli %109, %110 : index
            %112 = arith.addi %111, %107 : index
            %113 = arith.muli %112, %43 : index
            %114 = arith.addi %101, %21 : index
            %115 = arith.minui %114, %37 : index
            %116 = arith.divui %115, %12 : index
            %117 = arith.remui %115, %12 : index
            %118 = arith.addi %29, %116 : index
            %119 = arith.addi %106, %117 : index
            %120 = arith.addi %108, %118 : index
            %121 = arith.muli %120, %110 : index
            %122 = arith.addi %121, %119 : index
            %123 = arith.muli %122, %43 : index
            %124 = arith.addi %101, %12 : index
            %125 = arith.minui %124, %37 : index
            %126 = arith.divui %125, %12 : index
            %127 = arith.remui %125, %12 : index
            %128 = arith.addi %29, %126 : index
            %129 = arith.addi %106, %127 : index
            %130 = arith.addi %108, %128 : index
            %131 = arith.muli %130, %110 : index
            %132 = arith.addi %131, %129 : index
            %133 = arith.muli %132, %43 : index
            %134 = arith.constant 3 : index
            %135 = arith.addi %101, %134 : index
            %136 = arith.minui %135, %37 : index
            %137 = arith.divui %136, %12 : index
            %138 = arith.remui %136, %12 : index
            %139 = arith.addi %29, %137 : index
            %140 = arith.addi %106, %138 : index
            %141 = arith.addi %108, %139 : index
            %142 = arith.muli %141, %110 : index
            %143 = arith.addi %142, %140 : index
            %144 = arith.muli %143, %43 : index
            %145 = arith.addi %101, %110 : index
            %146 = arith.minui %145, %37 : index
            %147 = arith.divui %146, %12 : index
            %148 = arith.remui %146, %12 : index
            %149 = arith.addi %29, %147 : index
            %150 = arith.addi %106, %148 : index
            %151 = arith.addi %108, %149 : index
            %152 = arith.muli %151, %110 : index
            %153 = arith.addi %152, %150 : index
            %154 = arith.muli %153, %43 : index
            %155 = arith.constant 5 : index
            %156 = arith.addi %101, %155 : index
            %157 = arith.minui %156, %37 : index
            %158 = arith.divui %157, %12 : index
            %159 = arith.remui %157, %12 : index
            %160 = arith.addi %29, %158 : index
            %161 = arith.addi %106, %159 : index
            %162 = arith.addi %108, %160 : index
            %163 = arith.muli %162, %110 : index
            %164 = arith.addi %163, %161 : index
            %165 = arith.muli %164, %43 : index
            %166 = arith.constant 6 : index
            %167 = arith.addi %101, %166 : index
            %168 = arith.minui %167, %37 : index
            %169 = arith.divui %168, %12 : index
            %170 = arith.remui %168, %12 : index
            %171 = arith.addi %29, %169 : index
            %172 = arith.addi %106, %170 : index
            %173 = arith.addi %108, %171 : index
            %174 = arith.muli %173, %110 : index
            %175 = arith.addi %174, %172 : index
            %176 = arith.muli %175, %43 : index
            %177 = arith.addi %101, %33 : index
            %178 = arith.minui %177, %37 : index
            %179 = arith.divui %178, %12 : index
            %180 = arith.remui %178, %12 : index
            %181 = arith.addi %29, %179 : index
            %182 = arith.addi %106, %180 : index
            %183 = arith.addi %108, %181 : index
            %184 = arith.muli %183, %110 : index
            %185 = arith.addi %184, %182 : index
            %186 = arith.muli %185, %43 : index
            scf.for %187 = %20 to %43 step %12 {
              %188 = arith.muli %187, %41 : index
              %189 = arith.addi %99, %188 : index
              %190 = arith.addi %189, %41 : index
              %191 = vector.load %1[%189] : memref<?xf32>, vector<8xf32>
              %192 = vector.load %1[%190] : memref<?xf32>, vector<8xf32>
              %193 = vector.load %0[%113] : memref<?xf32>, vector<8xf32>
              %194 = arith.mulf %193, %191 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %195 = arith.mulf %193, %192 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %196 = vector.load %0[%123] : memref<?xf32>, vector<8xf32>
              %197 = arith.mulf %196, %191 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %198 = arith.mulf %196, %192 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %199 = vector.load %0[%133] : memref<?xf32>, vector<8xf32>
              %200 = arith.mulf %199, %191 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %201 = arith.mulf %199, %192 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %202 = vector.load %0[%144] : memref<?xf32>, vector<8xf32>
              %203 = arith.mulf %202, %191 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %204 = arith.mulf %202, %192 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %205 = vector.load %0[%154] : memref<?xf32>, vector<8xf32>
              %206 = arith.mulf %205, %191 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %207 = arith.mulf %205, %192 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %208 = vector.load %0[%165] : memref<?xf32>, vector<8xf32>
              %209 = arith.mulf %208, %191 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %210 = arith.mulf %208, %192 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %211 = vector.load %0[%176] : memref<?xf32>, vector<8xf32>
              %212 = arith.mulf %211, %191 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %213 = arith.mulf %211, %192 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %214 = vector.load %0[%186] : memref<?xf32>, vector<8xf32>
              %215 = arith.mulf %214, %191 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %216 = arith.mulf %214, %192 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %217 = arith.addi %189, %35 : index
              %218 = vector.load %1[%217] : memref<?xf32>, vector<8xf32>
              %219 = arith.addi %190, %35 : index
              %220 = vector.load %1[%219] : memref<?xf32>, vector<8xf32>
              %221 = arith.addi %113, %35 : index
              %222 = vector.load %0[%221] : memref<?xf32>, vector<8xf32>
              %223 = vector.fma %222, %218, %194 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %224 = vector.fma %222, %220, %195 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %225 = arith.addi %123, %35 : index
              %226 = vector.load %0[%225] : memref<?xf32>, vector<8xf32>
              %227 = vector.fma %226, %218, %197 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %228 = vector.fma %226, %220, %198 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %229 = arith.addi %133, %35 : index
              %230 = vector.load %0[%229] : memref<?xf32>, vector<8xf32>
              %231 = vector.fma %230, %218, %200 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %232 = vector.fma %230, %220, %201 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %233 = arith.addi %144, %35 : index
              %234 = vector.load %0[%233] : memref<?xf32>, vector<8xf32>
              %235 = vector.fma %234, %218, %203 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %236 = vector.fma %234, %220, %204 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %237 = arith.addi %154, %35 : index
              %238 = vector.load %0[%237] : memref<?xf32>, vector<8xf32>
              %239 = vector.fma %238, %218, %206 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %240 = vector.fma %238, %220, %207 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %241 = arith.addi %165, %35 : index
              %242 = vector.load %0[%241] : memref<?xf32>, vector<8xf32>
              %243 = vector.fma %242, %218, %209 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %244 = vector.fma %242, %220, %210 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %245 = arith.addi %176, %35 : index
              %246 = vector.load %0[%245] : memref<?xf32>, vector<8xf32>
              %247 = vector.fma %246, %218, %212 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %248 = vector.fma %246, %220, %213 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %249 = arith.addi %186, %35 : index
              %250 = vector.load %0[%249] : memref<?xf32>, vector<8xf32>
              %251 = vector.fma %250, %218, %215 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %252 = vector.fma %250, %220, %216 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %253 = arith.addi %189, %10 : index
              %254 = vector.load %1[%253] : memref<?xf32>, vector<8xf32>
              %255 = arith.addi %190, %10 : index
              %256 = vector.load %1[%255] : memref<?xf32>, vector<8xf32>
              %257 = arith.addi %113, %10 : index
              %258 = vector.load %0[%257] : memref<?xf32>, vector<8xf32>
              %259 = vector.fma %258, %254, %223 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %260 = vector.fma %258, %256, %224 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %261 = arith.addi %123, %10 : index
              %262 = vector.load %0[%261] : memref<?xf32>, vector<8xf32>
              %263 = vector.fma %262, %254, %227 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %264 = vector.fma %262, %256, %228 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %265 = arith.addi %133, %10 : index
              %266 = vector.load %0[%265] : memref<?xf32>, vector<8xf32>
              %267 = vector.fma %266, %254, %231 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %268 = vector.fma %266, %256, %232 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %269 = arith.addi %144, %10 : index
              %270 = vector.load %0[%269] : memref<?xf32>, vector<8xf32>
              %271 = vector.fma %270, %254, %235 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %272 = vector.fma %270, %256, %236 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %273 = arith.addi %154, %10 : index
              %274 = vector.load %0[%273] : memref<?xf32>, vector<8xf32>
              %275 = vector.fma %274, %254, %239 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %276 = vector.fma %274, %256, %240 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %277 = arith.addi %165, %10 : index
              %278 = vector.load %0[%277] : memref<?xf32>, vector<8xf32>
              %279 = vector.fma %278, %254, %243 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %280 = vector.fma %278, %256, %244 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %281 = arith.addi %176, %10 : index
              %282 = vector.load %0[%281] : memref<?xf32>, vector<8xf32>
              %283 = vector.fma %282, %254, %247 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %284 = vector.fma %282, %256, %248 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %285 = arith.addi %186, %10 : index
              %286 = vector.load %0[%285] : memref<?xf32>, vector<8xf32>
              %287 = vector.fma %286, %254, %251 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %288 = vector.fma %286, %256, %252 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %289 = arith.constant 24 : index
              %290 = arith.addi %189, %289 : index
              %291 = vector.load %1[%290] : memref<?xf32>, vector<8xf32>
              %292 = arith.addi %190, %289 : index
              %293 = vector.load %1[%292] : memref<?xf32>, vector<8xf32>
              %294 = arith.addi %113, %289 : index
              %295 = vector.load %0[%294] : memref<?xf32>, vector<8xf32>
              %296 = vector.fma %295, %291, %259 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %297 = vector.fma %295, %293, %260 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %298 = arith.addi %123, %289 : index
              %299 = vector.load %0[%298] : memref<?xf32>, vector<8xf32>
              %300 = vector.fma %299, %291, %263 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %301 = vector.fma %299, %293, %264 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %302 = arith.addi %133, %289 : index
              %303 = vector.load %0[%302] : memref<?xf32>, vector<8xf32>
              %304 = vector.fma %303, %291, %267 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %305 = vector.fma %303, %293, %268 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %306 = arith.addi %144, %289 : index
              %307 = vector.load %0[%306] : memref<?xf32>, vector<8xf32>
              %308 = vector.fma %307, %291, %271 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %309 = vector.fma %307, %293, %272 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %310 = arith.addi %154, %289 : index
              %311 = vector.load %0[%310] : memref<?xf32>, vector<8xf32>
              %312 = vector.fma %311, %291, %275 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %313 = vector.fma %311, %293, %276 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %314 = arith.addi %165, %289 : index
              %315 = vector.load %0[%314] : memref<?xf32>, vector<8xf32>
              %316 = vector.fma %315, %291, %279 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %317 = vector.fma %315, %293, %280 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %318 = arith.addi %176, %289 : index
              %319 = vector.load %0[%318] : memref<?xf32>, vector<8xf32>
              %320 = vector.fma %319, %291, %283 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %321 = vector.fma %319, %293, %284 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %322 = arith.addi %186, %289 : index
              %323 = vector.load %0[%322] : memref<?xf32>, vector<8xf32>
              %324 = vector.fma %323, %291, %287 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %325 = vector.fma %323, %293, %288 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %326 = vector.shuffle %296, %300 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %327 = vector.shuffle %296, %300 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %328 = arith.addf %326, %327 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %329 = vector.shuffle %304, %308 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %330 = vector.shuffle %304, %308 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %331 = arith.addf %329, %330 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %332 = vector.shuffle %312, %316 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %333 = vector.shuffle %312, %316 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %334 = arith.addf %332, %333 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %335 = vector.shuffle %320, %324 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %336 = vector.shuffle %320, %324 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %337 = arith.addf %335, %336 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %338 = vector.shuffle %328, %331 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %339 = vector.shuffle %328, %331 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %340 = arith.addf %338, %339 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %341 = vector.shuffle %334, %337 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %342 = vector.shuffle %334, %337 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %343 = arith.addf %341, %342 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %344 = vector.shuffle %340, %343 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %345 = vector.shuffle %340, %343 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %346 = arith.addf %344, %345 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %347 = arith.mulf %346, %49 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %348 = arith.muli %100, %43 : index
              %349 = arith.addi %348, %187 : index
              %350 = arith.muli %349, %35 : index
              vector.store %347, %39[%350] : memref<1024xf32>, vector<8xf32>
              %351 = vector.shuffle %297, %301 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %352 = vector.shuffle %297, %301 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %353 = arith.addf %351, %352 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %354 = vector.shuffle %305, %309 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %355 = vector.shuffle %305, %309 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %356 = arith.addf %354, %355 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %357 = vector.shuffle %313, %317 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %358 = vector.shuffle %313, %317 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %359 = arith.addf %357, %358 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %360 = vector.shuffle %321, %325 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %361 = vector.shuffle %321, %325 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %362 = arith.addf %360, %361 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %363 = vector.shuffle %353, %356 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %364 = vector.shuffle %353, %356 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %365 = arith.addf %363, %364 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %366 = vector.shuffle %359, %362 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %367 = vector.shuffle %359, %362 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %368 = arith.addf %366, %367 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %369 = vector.shuffle %365, %368 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %370 = vector.shuffle %365, %368 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %371 = arith.addf %369, %370 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %372 = arith.mulf %371, %49 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %373 = arith.addi %187, %21 : index
              %374 = arith.addi %348, %373 : index
              %375 = arith.muli %374, %35 : index
              vector.store %372, %39[%375] : memref<1024xf32>, vector<8xf32>
            }
          }
          scf.for %376 = %20 to %36 step %21 {
            %377 = arith.muli %376, %35 : index
            %378 = arith.constant 256 : index
            %379 = arith.muli %376, %378 : index
            %380 = vector.load %38[%377] : memref<128xf32>, vector<8xf32>
            %381 = scf.for %382 = %20 to %43 step %35 iter_args(%383 = %380) -> (vector<8xf32>) {
              %384 = arith.muli %382, %35 : index
              %385 = arith.addi %379, %384 : index
              %386 = vector.load %39[%385] : memref<1024xf32>, vector<8xf32>
              %387 = arith.addi %382, %21 : index
              %388 = arith.muli %387, %35 : index
              %389 = arith.addi %379, %388 : index
              %390 = vector.load %39[%389] : memref<1024xf32>, vector<8xf32>
              %391 = arith.addi %382, %12 : index
              %392 = arith.muli %391, %35 : index
              %393 = arith.addi %379, %392 : index
              %394 = vector.load %39[%393] : memref<1024xf32>, vector<8xf32>
              %395 = arith.constant 3 : index
              %396 = arith.addi %382, %395 : index
              %397 = arith.muli %396, %35 : index
              %398 = arith.addi %379, %397 : index
              %399 = vector.load %39[%398] : memref<1024xf32>, vector<8xf32>
              %400 = arith.constant 4 : index
              %401 = arith.addi %382, %400 : index
              %402 = arith.muli %401, %35 : index
              %403 = arith.addi %379, %402 : index
              %404 = vector.load %39[%403] : memref<1024xf32>, vector<8xf32>
              %405 = arith.constant 5 : index
              %406 = arith.addi %382, %405 : index
              %407 = arith.muli %406, %35 : index
              %408 = arith.addi %379, %407 : index
              %409 = vector.load %39[%408] : memref<1024xf32>, vector<8xf32>
              %410 = arith.constant 6 : index
              %411 = arith.addi %382, %410 : index
              %412 = arith.muli %411, %35 : index
              %413 = arith.addi %379, %412 : index
              %414 = vector.load %39[%413] : memref<1024xf32>, vector<8xf32>
              %415 = arith.addi %382, %33 : index
              %416 = arith.muli %415, %35 : index
              %417 = arith.addi %379, %416 : index
              %418 = vector.load %39[%417] : memref<1024xf32>, vector<8xf32>
              %419 = arith.cmpf ogt, %386, %390 : vector<8xf32>
              %420 = arith.select %419, %386, %390 : vector<8xf32>
              %421 = arith.cmpf ogt, %394, %399 : vector<8xf32>
              %422 = arith.select %421, %394, %399 : vector<8xf32>
              %423 = arith.cmpf ogt, %404, %409 : vector<8xf32>
              %424 = arith.select %423, %404, %409 : vector<8xf32>
              %425 = arith.cmpf ogt, %414, %418 : vector<8xf32>
              %426 = arith.select %425, %414, %418 : vector<8xf32>
              %427 = arith.cmpf ogt, %420, %422 : vector<8xf32>
              %428 = arith.select %427, %420, %422 : vector<8xf32>
              %429 = arith.cmpf ogt, %424, %426 : vector<8xf32>
              %430 = arith.select %429, %424, %426 : vector<8xf32>
              %431 = arith.cmpf ogt, %428, %430 : vector<8xf32>
              %432 = arith.select %431, %428, %430 : vector<8xf32>
              %433 = arith.cmpf ogt, %383, %432 : vector<8xf32>
              %434 = arith.select %433, %383, %432 : vector<8xf32>
              scf.yield %434 : vector<8xf32>
            }
            %435 = scf.for %436 = %20 to %43 step %35 iter_args(%437 = %47) -> (vector<8xf32>) {
              %438 = arith.muli %436, %35 : index
              %439 = arith.addi %379, %438 : index
              %440 = vector.load %39[%439] : memref<1024xf32>, vector<8xf32>
              %441 = arith.addi %436, %21 : index
              %442 = arith.muli %441, %35 : index
              %443 = arith.addi %379, %442 : index
              %444 = vector.load %39[%443] : memref<1024xf32>, vector<8xf32>
              %445 = arith.addi %436, %12 : index
              %446 = arith.muli %445, %35 : index
              %447 = arith.addi %379, %446 : index
              %448 = vector.load %39[%447] : memref<1024xf32>, vector<8xf32>
              %449 = arith.constant 3 : index
              %450 = arith.addi %436, %449 : index
              %451 = arith.muli %450, %35 : index
              %452 = arith.addi %379, %451 : index
              %453 = vector.load %39[%452] : memref<1024xf32>, vector<8xf32>
              %454 = arith.constant 4 : index
              %455 = arith.addi %436, %454 : index
              %456 = arith.muli %455, %35 : index
              %457 = arith.addi %379, %456 : index
              %458 = vector.load %39[%457] : memref<1024xf32>, vector<8xf32>
              %459 = arith.constant 5 : index
              %460 = arith.addi %436, %459 : index
              %461 = arith.muli %460, %35 : index
              %462 = arith.addi %379, %461 : index
              %463 = vector.load %39[%462] : memref<1024xf32>, vector<8xf32>
              %464 = arith.constant 6 : index
              %465 = arith.addi %436, %464 : index
              %466 = arith.muli %465, %35 : index
              %467 = arith.addi %379, %466 : index
              %468 = vector.load %39[%467] : memref<1024xf32>, vector<8xf32>
              %469 = arith.addi %436, %33 : index
              %470 = arith.muli %469, %35 : index
              %471 = arith.addi %379, %470 : index
              %472 = vector.load %39[%471] : memref<1024xf32>, vector<8xf32>
              %473 = arith.subf %440, %381 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %474 = arith.constant -8.700000e+01 : f32
              %475 = vector.broadcast %474 : f32 to vector<8xf32>
              %476 = arith.cmpf ogt, %473, %475 : vector<8xf32>
              %477 = arith.select %476, %473, %475 : vector<8xf32>
              %478 = arith.constant 8.800000e+01 : f32
              %479 = vector.broadcast %478 : f32 to vector<8xf32>
              %480 = arith.cmpf olt, %477, %479 : vector<8xf32>
              %481 = arith.select %480, %477, %479 : vector<8xf32>
              %482 = math.exp %481 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              vector.store %482, %39[%439] : memref<1024xf32>, vector<8xf32>
              %483 = arith.subf %444, %381 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %484 = arith.cmpf ogt, %483, %475 : vector<8xf32>
              %485 = arith.select %484, %483, %475 : vector<8xf32>
              %486 = arith.cmpf olt, %485, %479 : vector<8xf32>
              %487 = arith.select %486, %485, %479 : vector<8xf32>
              %488 = math.exp %487 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              vector.store %488, %39[%443] : memref<1024xf32>, vector<8xf32>
              %489 = arith.subf %448, %381 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %490 = arith.cmpf ogt, %489, %475 : vector<8xf32>
              %491 = arith.select %490, %489, %475 : vector<8xf32>
              %492 = arith.cmpf olt, %491, %479 : vector<8xf32>
              %493 = arith.select %492, %491, %479 : vector<8xf32>
              %494 = math.exp %493 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              vector.store %494, %39[%447] : memref<1024xf32>, vector<8xf32>
              %495 = arith.subf %453, %381 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %496 = arith.cmpf ogt, %495, %475 : vector<8xf32>
              %497 = arith.select %496, %495, %475 : vector<8xf32>
              %498 = arith.cmpf olt, %497, %479 : vector<8xf32>
              %499 = arith.select %498, %497, %479 : vector<8xf32>
              %500 = math.exp %499 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              vector.store %500, %39[%452] : memref<1024xf32>, vector<8xf32>
              %501 = arith.subf %458, %381 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %502 = arith.cmpf ogt, %501, %475 : vector<8xf32>
              %503 = arith.select %502, %501, %475 : vector<8xf32>
              %504 = arith.cmpf olt, %503, %479 : vector<8xf32>
              %505 = arith.select %504, %503, %479 : vector<8xf32>
              %506 = math.exp %505 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              vector.store %506, %39[%457] : memref<1024xf32>, vector<8xf32>
              %507 = arith.subf %463, %381 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %508 = arith.cmpf ogt, %507, %475 : vector<8xf32>
              %509 = arith.select %508, %507, %475 : vector<8xf32>
              %510 = arith.cmpf olt, %509, %479 : vector<8xf32>
              %511 = arith.select %510, %509, %479 : vector<8xf32>
              %512 = math.exp %511 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              vector.store %512, %39[%462] : memref<1024xf32>, vector<8xf32>
              %513 = arith.subf %468, %381 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %514 = arith.cmpf ogt, %513, %475 : vector<8xf32>
              %515 = arith.select %514, %513, %475 : vector<8xf32>
              %516 = arith.cmpf olt, %515, %479 : vector<8xf32>
              %517 = arith.select %516, %515, %479 : vector<8xf32>
              %518 = math.exp %517 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              vector.store %518, %39[%467] : memref<1024xf32>, vector<8xf32>
              %519 = arith.subf %472, %381 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %520 = arith.cmpf ogt, %519, %475 : vector<8xf32>
              %521 = arith.select %520, %519, %475 : vector<8xf32>
              %522 = arith.cmpf olt, %521, %479 : vector<8xf32>
              %523 = arith.select %522, %521, %479 : vector<8xf32>
              %524 = math.exp %523 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              vector.store %524, %39[%471] : memref<1024xf32>, vector<8xf32>
              %525 = arith.addf %482, %488 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %526 = arith.addf %494, %500 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %527 = arith.addf %506, %512 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %528 = arith.addf %518, %524 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %529 = arith.addf %525, %526 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %530 = arith.addf %527, %528 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %531 = arith.addf %529, %530 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %532 = arith.addf %437, %531 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              scf.yield %532 : vector<8xf32>
            }
            %533 = arith.subf %380, %381 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %534 = arith.constant -8.700000e+01 : f32
            %535 = vector.broadcast %534 : f32 to vector<8xf32>
            %536 = arith.cmpf ogt, %533, %535 : vector<8xf32>
            %537 = arith.select %536, %533, %535 : vector<8xf32>
            %538 = arith.constant 8.800000e+01 : f32
            %539 = vector.broadcast %538 : f32 to vector<8xf32>
            %540 = arith.cmpf olt, %537, %539 : vector<8xf32>
            %541 = arith.select %540, %537, %539 : vector<8xf32>
            %542 = math.exp %541 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %381, %38[%377] : memref<128xf32>, vector<8xf32>
            %543 = arith.addi %377, %43 : index
            %544 = vector.load %38[%543] : memref<128xf32>, vector<8xf32>
            %545 = arith.mulf %544, %542 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %546 = arith.addf %545, %435 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %546, %38[%543] : memref<128xf32>, vector<8xf32>
            %547 = arith.addi %377, %41 : index
            vector.store %542, %38[%547] : memref<128xf32>, vector<8xf32>
          }
          %548 = arith.divui %32, %12 : index
          %549 = arith.muli %548, %12 : index
          scf.for %550 = %20 to %549 step %12 {
            %551 = arith.addi %550, %21 : index
            %552 = arith.divui %550, %12 : index
            %553 = arith.remui %550, %12 : index
            %554 = arith.addi %29, %552 : index
            %555 = arith.muli %27, %12 : index
            %556 = arith.addi %555, %553 : index
            %557 = arith.muli %28, %5 : index
            %558 = arith.addi %557, %554 : index
            %559 = arith.constant 4 : index
            %560 = arith.muli %558, %559 : index
            %561 = arith.addi %560, %556 : index
            %562 = arith.muli %561, %43 : index
            %563 = arith.divui %551, %12 : index
            %564 = arith.remui %551, %12 : index
            %565 = arith.addi %29, %563 : index
            %566 = arith.addi %555, %564 : index
            %567 = arith.addi %557, %565 : index
            %568 = arith.muli %567, %559 : index
            %569 = arith.addi %568, %566 : index
            %570 = arith.muli %569, %43 : index
            %571 = arith.divui %550, %35 : index
            %572 = arith.remui %550, %35 : index
            %573 = arith.constant 256 : index
            %574 = arith.muli %571, %573 : index
            %575 = arith.addi %574, %572 : index
            %576 = arith.addi %550, %41 : index
            %577 = memref.load %38[%576] : memref<128xf32>
            %578 = vector.broadcast %577 : f32 to vector<8xf32>
            %579 = arith.addi %551, %41 : index
            %580 = memref.load %38[%579] : memref<128xf32>
            %581 = vector.broadcast %580 : f32 to vector<8xf32>
            %582 = arith.addi %562, %35 : index
            %583 = arith.addi %562, %10 : index
            %584 = arith.constant 24 : index
            %585 = arith.addi %562, %584 : index
            %586 = arith.addi %570, %35 : index
            %587 = arith.addi %570, %10 : index
            %588 = arith.addi %570, %584 : index
            %589 = vector.load %3[%562] : memref<?xf32>, vector<8xf32>
            %590 = arith.mulf %589, %578 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %591 = vector.load %3[%582] : memref<?xf32>, vector<8xf32>
            %592 = arith.mulf %591, %578 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %593 = vector.load %3[%583] : memref<?xf32>, vector<8xf32>
            %594 = arith.mulf %593, %578 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %595 = vector.load %3[%585] : memref<?xf32>, vector<8xf32>
            %596 = arith.mulf %595, %578 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %597 = vector.load %3[%570] : memref<?xf32>, vector<8xf32>
            %598 = arith.mulf %597, %581 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %599 = vector.load %3[%586] : memref<?xf32>, vector<8xf32>
            %600 = arith.mulf %599, %581 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %601 = vector.load %3[%587] : memref<?xf32>, vector<8xf32>
            %602 = arith.mulf %601, %581 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %603 = vector.load %3[%588] : memref<?xf32>, vector<8xf32>
            %604 = arith.mulf %603, %581 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %605 = vector.load %2[%99] : memref<?xf32>, vector<8xf32>
            %606 = arith.addi %99, %35 : index
            %607 = vector.load %2[%606] : memref<?xf32>, vector<8xf32>
            %608 = arith.addi %99, %10 : index
            %609 = vector.load %2[%608] : memref<?xf32>, vector<8xf32>
            %610 = arith.addi %99, %584 : index
            %611 = vector.load %2[%610] : memref<?xf32>, vector<8xf32>
            %612 = memref.load %39[%575] : memref<1024xf32>
            %613 = vector.broadcast %612 : f32 to vector<8xf32>
            %614 = vector.fma %613, %605, %590 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %615 = vector.fma %613, %607, %592 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %616 = vector.fma %613, %609, %594 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %617 = vector.fma %613, %611, %596 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %618 = arith.addi %575, %21 : index
            %619 = memref.load %39[%618] : memref<1024xf32>
            %620 = vector.broadcast %619 : f32 to vector<8xf32>
            %621 = vector.fma %620, %605, %598 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %622 = vector.fma %620, %607, %600 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %623 = vector.fma %620, %609, %602 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %624 = vector.fma %620, %611, %604 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %625 = arith.addi %99, %41 : index
            %626 = vector.load %2[%625] : memref<?xf32>, vector<8xf32>
            %627 = arith.constant 72 : index
            %628 = arith.addi %99, %627 : index
            %629 = vector.load %2[%628] : memref<?xf32>, vector<8xf32>
            %630 = arith.constant 80 : index
            %631 = arith.addi %99, %630 : index
            %632 = vector.load %2[%631] : memref<?xf32>, vector<8xf32>
            %633 = arith.constant 88 : index
            %634 = arith.addi %99, %633 : index
            %635 = vector.load %2[%634] : memref<?xf32>, vector<8xf32>
            %636 = arith.addi %575, %35 : index
            %637 = memref.load %39[%636] : memref<1024xf32>
            %638 = vector.broadcast %637 : f32 to vector<8xf32>
            %639 = vector.fma %638, %626, %614 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %640 = vector.fma %638, %629, %615 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %641 = vector.fma %638, %632, %616 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %642 = vector.fma %638, %635, %617 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %643 = arith.constant 9 : index
            %644 = arith.addi %575, %643 : index
            %645 = memref.load %39[%644] : memref<1024xf32>
            %646 = vector.broadcast %645 : f32 to vector<8xf32>
            %647 = vector.fma %646, %626, %621 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %648 = vector.fma %646, %629, %622 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %649 = vector.fma %646, %632, %623 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %650 = vector.fma %646, %635, %624 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %651 = arith.addi %99, %18 : index
            %652 = vector.load %2[%651] : memref<?xf32>, vector<8xf32>
            %653 = arith.constant 136 : index
            %654 = arith.addi %99, %653 : index
            %655 = vector.load %2[%654] : memref<?xf32>, vector<8xf32>
            %656 = arith.constant 144 : index
            %657 = arith.addi %99, %656 : index
            %658 = vector.load %2[%657] : memref<?xf32>, vector<8xf32>
            %659 = arith.constant 152 : index
            %660 = arith.addi %99, %659 : index
            %661 = vector.load %2[%660] : memref<?xf32>, vector<8xf32>
            %662 = arith.addi %575, %10 : index
            %663 = memref.load %39[%662] : memref<1024xf32>
            %664 = vector.broadcast %663 : f32 to vector<8xf32>
            %665 = vector.fma %664, %652, %639 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %666 = vector.fma %664, %655, %640 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %667 = vector.fma %664, %658, %641 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %668 = vector.fma %664, %661, %642 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %669 = arith.constant 17 : index
            %670 = arith.addi %575, %669 : index
            %671 = memref.load %39[%670] : memref<1024xf32>
            %672 = vector.broadcast %671 : f32 to vector<8xf32>
            %673 = vector.fma %672, %652, %647 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %674 = vector.fma %672, %655, %648 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %675 = vector.fma %672, %658, %649 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %676 = vector.fma %672, %661, %650 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %677 = arith.constant 192 : index
            %678 = arith.addi %99, %677 : index
            %679 = vector.load %2[%678] : memref<?xf32>, vector<8xf32>
            %680 = arith.constant 200 : index
            %681 = arith.addi %99, %680 : index
            %682 = vector.load %2[%681] : memref<?xf32>, vector<8xf32>
            %683 = arith.constant 208 : index
            %684 = arith.addi %99, %683 : index
            %685 = vector.load %2[%684] : memref<?xf32>, vector<8xf32>
            %686 = arith.constant 216 : index
            %687 = arith.addi %99, %686 : index
            %688 = vector.load %2[%687] : memref<?xf32>, vector<8xf32>
            %689 = arith.addi %575, %584 : index
            %690 = memref.load %39[%689] : memref<1024xf32>
            %691 = vector.broadcast %690 : f32 to vector<8xf32>
            %692 = vector.fma %691, %679, %665 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %693 = vector.fma %691, %682, %666 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %694 = vector.fma %691, %685, %667 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %695 = vector.fma %691, %688, %668 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %696 = arith.constant 25 : index
            %697 = arith.addi %575, %696 : index
            %698 = memref.load %39[%697] : memref<1024xf32>
            %699 = vector.broadcast %698 : f32 to vector<8xf32>
            %700 = vector.fma %699, %679, %673 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %701 = vector.fma %699, %682, %674 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %702 = vector.fma %699, %685, %675 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %703 = vector.fma %699, %688, %676 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %704 = arith.addi %99, %573 : index
            %705 = vector.load %2[%704] : memref<?xf32>, vector<8xf32>
            %706 = arith.constant 264 : index
            %707 = arith.addi %99, %706 : index
            %708 = vector.load %2[%707] : memref<?xf32>, vector<8xf32>
            %709 = arith.constant 272 : index
            %710 = arith.addi %99, %709 : index
            %711 = vector.load %2[%710] : memref<?xf32>, vector<8xf32>
            %712 = arith.constant 280 : index
            %713 = arith.addi %99, %712 : index
            %714 = vector.load %2[%713] : memref<?xf32>, vector<8xf32>
            %715 = arith.addi %575, %43 : index
            %716 = memref.load %39[%715] : memref<1024xf32>
            %717 = vector.broadcast %716 : f32 to vector<8xf32>
            %718 = vector.fma %717, %705, %692 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %719 = vector.fma %717, %708, %693 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %720 = vector.fma %717, %711, %694 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %721 = vector.fma %717, %714, %695 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %722 = arith.constant 33 : index
            %723 = arith.addi %575, %722 : index
            %724 = memref.load %39[%723] : memref<1024xf32>
            %725 = vector.broadcast %724 : f32 to vector<8xf32>
            %726 = vector.fma %725, %705, %700 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %727 = vector.fma %725, %708, %701 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %728 = vector.fma %725, %711, %702 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %729 = vector.fma %725, %714, %703 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %730 = arith.constant 320 : index
            %731 = arith.addi %99, %730 : index
            %732 = vector.load %2[%731] : memref<?xf32>, vector<8xf32>
            %733 = arith.constant 328 : index
            %734 = arith.addi %99, %733 : index
            %735 = vector.load %2[%734] : memref<?xf32>, vector<8xf32>
            %736 = arith.constant 336 : index
            %737 = arith.addi %99, %736 : index
            %738 = vector.load %2[%737] : memref<?xf32>, vector<8xf32>
            %739 = arith.constant 344 : index
            %740 = arith.addi %99, %739 : index
            %741 = vector.load %2[%740] : memref<?xf32>, vector<8xf32>
            %742 = arith.constant 40 : index
            %743 = arith.addi %575, %742 : index
            %744 = memref.load %39[%743] : memref<1024xf32>
            %745 = vector.broadcast %744 : f32 to vector<8xf32>
            %746 = vector.fma %745, %732, %718 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %747 = vector.fma %745, %735, %719 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %748 = vector.fma %745, %738, %720 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %749 = vector.fma %745, %741, %721 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %750 = arith.constant 41 : index
            %751 = arith.addi %575, %750 : index
            %752 = memref.load %39[%751] : memref<1024xf32>
            %753 = vector.broadcast %752 : f32 to vector<8xf32>
            %754 = vector.fma %753, %732, %726 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %755 = vector.fma %753, %735, %727 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %756 = vector.fma %753, %738, %728 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %757 = vector.fma %753, %741, %729 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %758 = arith.constant 384 : index
            %759 = arith.addi %99, %758 : index
            %760 = vector.load %2[%759] : memref<?xf32>, vector<8xf32>
            %761 = arith.constant 392 : index
            %762 = arith.addi %99, %761 : index
            %763 = vector.load %2[%762] : memref<?xf32>, vector<8xf32>
            %764 = arith.constant 400 : index
            %765 = arith.addi %99, %764 : index
            %766 = vector.load %2[%765] : memref<?xf32>, vector<8xf32>
            %767 = arith.constant 408 : index
            %768 = arith.addi %99, %767 : index
            %769 = vector.load %2[%768] : memref<?xf32>, vector<8xf32>
            %770 = arith.constant 48 : index
            %771 = arith.addi %575, %770 : index
            %772 = memref.load %39[%771] : memref<1024xf32>
            %773 = vector.broadcast %772 : f32 to vector<8xf32>
            %774 = vector.fma %773, %760, %746 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %775 = vector.fma %773, %763, %747 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %776 = vector.fma %773, %766, %748 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %777 = vector.fma %773, %769, %749 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %778 = arith.constant 49 : index
            %779 = arith.addi %575, %778 : index
            %780 = memref.load %39[%779] : memref<1024xf32>
            %781 = vector.broadcast %780 : f32 to vector<8xf32>
            %782 = vector.fma %781, %760, %754 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %783 = vector.fma %781, %763, %755 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %784 = vector.fma %781, %766, %756 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %785 = vector.fma %781, %769, %757 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %786 = arith.constant 448 : index
            %787 = arith.addi %99, %786 : index
            %788 = vector.load %2[%787] : memref<?xf32>, vector<8xf32>
            %789 = arith.constant 456 : index
            %790 = arith.addi %99, %789 : index
            %791 = vector.load %2[%790] : memref<?xf32>, vector<8xf32>
            %792 = arith.constant 464 : index
            %793 = arith.addi %99, %792 : index
            %794 = vector.load %2[%793] : memref<?xf32>, vector<8xf32>
            %795 = arith.constant 472 : index
            %796 = arith.addi %99, %795 : index
            %797 = vector.load %2[%796] : memref<?xf32>, vector<8xf32>
            %798 = arith.constant 56 : index
            %799 = arith.addi %575, %798 : index
            %800 = memref.load %39[%799] : memref<1024xf32>
            %801 = vector.broadcast %800 : f32 to vector<8xf32>
            %802 = vector.fma %801, %788, %774 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %803 = vector.fma %801, %791, %775 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %804 = vector.fma %801, %794, %776 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %805 = vector.fma %801, %797, %777 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %806 = arith.constant 57 : index
            %807 = arith.addi %575, %806 : index
            %808 = memref.load %39[%807] : memref<1024xf32>
            %809 = vector.broadcast %808 : f32 to vector<8xf32>
            %810 = vector.fma %809, %788, %782 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %811 = vector.fma %809, %791, %783 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %812 = vector.fma %809, %794, %784 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %813 = vector.fma %809, %797, %785 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %814 = arith.constant 512 : index
            %815 = arith.addi %99, %814 : index
            %816 = arith.addi %575, %41 : index
            %817 = vector.load %2[%815] : memref<?xf32>, vector<8xf32>
            %818 = arith.addi %815, %35 : index
            %819 = vector.load %2[%818] : memref<?xf32>, vector<8xf32>
            %820 = arith.addi %815, %10 : index
            %821 = vector.load %2[%820] : memref<?xf32>, vector<8xf32>
            %822 = arith.addi %815, %584 : index
            %823 = vector.load %2[%822] : memref<?xf32>, vector<8xf32>
            %824 = memref.load %39[%816] : memref<1024xf32>
            %825 = vector.broadcast %824 : f32 to vector<8xf32>
            %826 = vector.fma %825, %817, %802 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %827 = vector.fma %825, %819, %803 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %828 = vector.fma %825, %821, %804 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %829 = vector.fma %825, %823, %805 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %830 = arith.addi %816, %21 : index
            %831 = memref.load %39[%830] : memref<1024xf32>
            %832 = vector.broadcast %831 : f32 to vector<8xf32>
            %833 = vector.fma %832, %817, %810 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %834 = vector.fma %832, %819, %811 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %835 = vector.fma %832, %821, %812 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %836 = vector.fma %832, %823, %813 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %837 = arith.addi %815, %41 : index
            %838 = vector.load %2[%837] : memref<?xf32>, vector<8xf32>
            %839 = arith.addi %815, %627 : index
            %840 = vector.load %2[%839] : memref<?xf32>, vector<8xf32>
            %841 = arith.addi %815, %630 : index
            %842 = vector.load %2[%841] : memref<?xf32>, vector<8xf32>
            %843 = arith.addi %815, %633 : index
            %844 = vector.load %2[%843] : memref<?xf32>, vector<8xf32>
            %845 = arith.addi %816, %35 : index
            %846 = memref.load %39[%845] : memref<1024xf32>
            %847 = vector.broadcast %846 : f32 to vector<8xf32>
            %848 = vector.fma %847, %838, %826 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %849 = vector.fma %847, %840, %827 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %850 = vector.fma %847, %842, %828 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %851 = vector.fma %847, %844, %829 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %852 = arith.addi %816, %643 : index
            %853 = memref.load %39[%852] : memref<1024xf32>
            %854 = vector.broadcast %853 : f32 to vector<8xf32>
            %855 = vector.fma %854, %838, %833 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %856 = vector.fma %854, %840, %834 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %857 = vector.fma %854, %842, %835 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %858 = vector.fma %854, %844, %836 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %859 = arith.addi %815, %18 : index
            %860 = vector.load %2[%859] : memref<?xf32>, vector<8xf32>
            %861 = arith.addi %815, %653 : index
            %862 = vector.load %2[%861] : memref<?xf32>, vector<8xf32>
            %863 = arith.addi %815, %656 : index
            %864 = vector.load %2[%863] : memref<?xf32>, vector<8xf32>
            %865 = arith.addi %815, %659 : index
            %866 = vector.load %2[%865] : memref<?xf32>, vector<8xf32>
            %867 = arith.addi %816, %10 : index
            %868 = memref.load %39[%867] : memref<1024xf32>
            %869 = vector.broadcast %868 : f32 to vector<8xf32>
            %870 = vector.fma %869, %860, %848 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %871 = vector.fma %869, %862, %849 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %872 = vector.fma %869, %864, %850 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %873 = vector.fma %869, %866, %851 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %874 = arith.addi %816, %669 : index
            %875 = memref.load %39[%874] : memref<1024xf32>
            %876 = vector.broadcast %875 : f32 to vector<8xf32>
            %877 = vector.fma %876, %860, %855 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %878 = vector.fma %876, %862, %856 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %879 = vector.fma %876, %864, %857 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %880 = vector.fma %876, %866, %858 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %881 = arith.addi %815, %677 : index
            %882 = vector.load %2[%881] : memref<?xf32>, vector<8xf32>
            %883 = arith.addi %815, %680 : index
            %884 = vector.load %2[%883] : memref<?xf32>, vector<8xf32>
            %885 = arith.addi %815, %683 : index
            %886 = vector.load %2[%885] : memref<?xf32>, vector<8xf32>
            %887 = arith.addi %815, %686 : index
            %888 = vector.load %2[%887] : memref<?xf32>, vector<8xf32>
            %889 = arith.addi %816, %584 : index
            %890 = memref.load %39[%889] : memref<1024xf32>
            %891 = vector.broadcast %890 : f32 to vector<8xf32>
            %892 = vector.fma %891, %882, %870 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %893 = vector.fma %891, %884, %871 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %894 = vector.fma %891, %886, %872 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %895 = vector.fma %891, %888, %873 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %896 = arith.addi %816, %696 : index
            %897 = memref.load %39[%896] : memref<1024xf32>
            %898 = vector.broadcast %897 : f32 to vector<8xf32>
            %899 = vector.fma %898, %882, %877 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %900 = vector.fma %898, %884, %878 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %901 = vector.fma %898, %886, %879 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %902 = vector.fma %898, %888, %880 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %903 = arith.addi %815, %573 : index
            %904 = vector.load %2[%903] : memref<?xf32>, vector<8xf32>
            %905 = arith.addi %815, %706 : index
            %906 = vector.load %2[%905] : memref<?xf32>, vector<8xf32>
            %907 = arith.addi %815, %709 : index
            %908 = vector.load %2[%907] : memref<?xf32>, vector<8xf32>
            %909 = arith.addi %815, %712 : index
            %910 = vector.load %2[%909] : memref<?xf32>, vector<8xf32>
            %911 = arith.addi %816, %43 : index
            %912 = memref.load %39[%911] : memref<1024xf32>
            %913 = vector.broadcast %912 : f32 to vector<8xf32>
            %914 = vector.fma %913, %904, %892 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %915 = vector.fma %913, %906, %893 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %916 = vector.fma %913, %908, %894 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %917 = vector.fma %913, %910, %895 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %918 = arith.addi %816, %722 : index
            %919 = memref.load %39[%918] : memref<1024xf32>
            %920 = vector.broadcast %919 : f32 to vector<8xf32>
            %921 = vector.fma %920, %904, %899 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %922 = vector.fma %920, %906, %900 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %923 = vector.fma %920, %908, %901 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %924 = vector.fma %920, %910, %902 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %925 = arith.addi %815, %730 : index
            %926 = vector.load %2[%925] : memref<?xf32>, vector<8xf32>
            %927 = arith.addi %815, %733 : index
            %928 = vector.load %2[%927] : memref<?xf32>, vector<8xf32>
            %929 = arith.addi %815, %736 : index
            %930 = vector.load %2[%929] : memref<?xf32>, vector<8xf32>
            %931 = arith.addi %815, %739 : index
            %932 = vector.load %2[%931] : memref<?xf32>, vector<8xf32>
            %933 = arith.addi %816, %742 : index
            %934 = memref.load %39[%933] : memref<1024xf32>
            %935 = vector.broadcast %934 : f32 to vector<8xf32>
            %936 = vector.fma %935, %926, %914 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %937 = vector.fma %935, %928, %915 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %938 = vector.fma %935, %930, %916 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %939 = vector.fma %935, %932, %917 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %940 = arith.addi %816, %750 : index
            %941 = memref.load %39[%940] : memref<1024xf32>
            %942 = vector.broadcast %941 : f32 to vector<8xf32>
            %943 = vector.fma %942, %926, %921 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %944 = vector.fma %942, %928, %922 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %945 = vector.fma %942, %930, %923 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %946 = vector.fma %942, %932, %924 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %947 = arith.addi %815, %758 : index
            %948 = vector.load %2[%947] : memref<?xf32>, vector<8xf32>
            %949 = arith.addi %815, %761 : index
            %950 = vector.load %2[%949] : memref<?xf32>, vector<8xf32>
            %951 = arith.addi %815, %764 : index
            %952 = vector.load %2[%951] : memref<?xf32>, vector<8xf32>
            %953 = arith.addi %815, %767 : index
            %954 = vector.load %2[%953] : memref<?xf32>, vector<8xf32>
            %955 = arith.addi %816, %770 : index
            %956 = memref.load %39[%955] : memref<1024xf32>
            %957 = vector.broadcast %956 : f32 to vector<8xf32>
            %958 = vector.fma %957, %948, %936 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %959 = vector.fma %957, %950, %937 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %960 = vector.fma %957, %952, %938 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %961 = vector.fma %957, %954, %939 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %962 = arith.addi %816, %778 : index
            %963 = memref.load %39[%962] : memref<1024xf32>
            %964 = vector.broadcast %963 : f32 to vector<8xf32>
            %965 = vector.fma %964, %948, %943 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %966 = vector.fma %964, %950, %944 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %967 = vector.fma %964, %952, %945 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %968 = vector.fma %964, %954, %946 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %969 = arith.addi %815, %786 : index
            %970 = vector.load %2[%969] : memref<?xf32>, vector<8xf32>
            %971 = arith.addi %815, %789 : index
            %972 = vector.load %2[%971] : memref<?xf32>, vector<8xf32>
            %973 = arith.addi %815, %792 : index
            %974 = vector.load %2[%973] : memref<?xf32>, vector<8xf32>
            %975 = arith.addi %815, %795 : index
            %976 = vector.load %2[%975] : memref<?xf32>, vector<8xf32>
            %977 = arith.addi %816, %798 : index
            %978 = memref.load %39[%977] : memref<1024xf32>
            %979 = vector.broadcast %978 : f32 to vector<8xf32>
            %980 = vector.fma %979, %970, %958 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %981 = vector.fma %979, %972, %959 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %982 = vector.fma %979, %974, %960 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %983 = vector.fma %979, %976, %961 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %984 = arith.addi %816, %806 : index
            %985 = memref.load %39[%984] : memref<1024xf32>
            %986 = vector.broadcast %985 : f32 to vector<8xf32>
            %987 = vector.fma %986, %970, %965 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %988 = vector.fma %986, %972, %966 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %989 = vector.fma %986, %974, %967 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %990 = vector.fma %986, %976, %968 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %991 = arith.constant 1024 : index
            %992 = arith.addi %99, %991 : index
            %993 = arith.addi %575, %18 : index
            %994 = vector.load %2[%992] : memref<?xf32>, vector<8xf32>
            %995 = arith.addi %992, %35 : index
            %996 = vector.load %2[%995] : memref<?xf32>, vector<8xf32>
            %997 = arith.addi %992, %10 : index
            %998 = vector.load %2[%997] : memref<?xf32>, vector<8xf32>
            %999 = arith.addi %992, %584 : index
            %1000 = vector.load %2[%999] : memref<?xf32>, vector<8xf32>
            %1001 = memref.load %39[%993] : memref<1024xf32>
            %1002 = vector.broadcast %1001 : f32 to vector<8xf32>
            %1003 = vector.fma %1002, %994, %980 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1004 = vector.fma %1002, %996, %981 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1005 = vector.fma %1002, %998, %982 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1006 = vector.fma %1002, %1000, %983 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1007 = arith.addi %993, %21 : index
            %1008 = memref.load %39[%1007] : memref<1024xf32>
            %1009 = vector.broadcast %1008 : f32 to vector<8xf32>
            %1010 = vector.fma %1009, %994, %987 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1011 = vector.fma %1009, %996, %988 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1012 = vector.fma %1009, %998, %989 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1013 = vector.fma %1009, %1000, %990 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1014 = arith.addi %992, %41 : index
            %1015 = vector.load %2[%1014] : memref<?xf32>, vector<8xf32>
            %1016 = arith.addi %992, %627 : index
            %1017 = vector.load %2[%1016] : memref<?xf32>, vector<8xf32>
            %1018 = arith.addi %992, %630 : index
            %1019 = vector.load %2[%1018] : memref<?xf32>, vector<8xf32>
            %1020 = arith.addi %992, %633 : index
            %1021 = vector.load %2[%1020] : memref<?xf32>, vector<8xf32>
            %1022 = arith.addi %993, %35 : index
            %1023 = memref.load %39[%1022] : memref<1024xf32>
            %1024 = vector.broadcast %1023 : f32 to vector<8xf32>
            %1025 = vector.fma %1024, %1015, %1003 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1026 = vector.fma %1024, %1017, %1004 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1027 = vector.fma %1024, %1019, %1005 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1028 = vector.fma %1024, %1021, %1006 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1029 = arith.addi %993, %643 : index
            %1030 = memref.load %39[%1029] : memref<1024xf32>
            %1031 = vector.broadcast %1030 : f32 to vector<8xf32>
            %1032 = vector.fma %1031, %1015, %1010 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1033 = vector.fma %1031, %1017, %1011 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1034 = vector.fma %1031, %1019, %1012 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1035 = vector.fma %1031, %1021, %1013 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1036 = arith.addi %992, %18 : index
            %1037 = vector.load %2[%1036] : memref<?xf32>, vector<8xf32>
            %1038 = arith.addi %992, %653 : index
            %1039 = vector.load %2[%1038] : memref<?xf32>, vector<8xf32>
            %1040 = arith.addi %992, %656 : index
            %1041 = vector.load %2[%1040] : memref<?xf32>, vector<8xf32>
            %1042 = arith.addi %992, %659 : index
            %1043 = vector.load %2[%1042] : memref<?xf32>, vector<8xf32>
            %1044 = arith.addi %993, %10 : index
            %1045 = memref.load %39[%1044] : memref<1024xf32>
            %1046 = vector.broadcast %1045 : f32 to vector<8xf32>
            %1047 = vector.fma %1046, %1037, %1025 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1048 = vector.fma %1046, %1039, %1026 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1049 = vector.fma %1046, %1041, %1027 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1050 = vector.fma %1046, %1043, %1028 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1051 = arith.addi %993, %669 : index
            %1052 = memref.load %39[%1051] : memref<1024xf32>
            %1053 = vector.broadcast %1052 : f32 to vector<8xf32>
            %1054 = vector.fma %1053, %1037, %1032 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1055 = vector.fma %1053, %1039, %1033 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1056 = vector.fma %1053, %1041, %1034 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1057 = vector.fma %1053, %1043, %1035 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1058 = arith.addi %992, %677 : index
            %1059 = vector.load %2[%1058] : memref<?xf32>, vector<8xf32>
            %1060 = arith.addi %992, %680 : index
            %1061 = vector.load %2[%1060] : memref<?xf32>, vector<8xf32>
            %1062 = arith.addi %992, %683 : index
            %1063 = vector.load %2[%1062] : memref<?xf32>, vector<8xf32>
            %1064 = arith.addi %992, %686 : index
            %1065 = vector.load %2[%1064] : memref<?xf32>, vector<8xf32>
            %1066 = arith.addi %993, %584 : index
            %1067 = memref.load %39[%1066] : memref<1024xf32>
            %1068 = vector.broadcast %1067 : f32 to vector<8xf32>
            %1069 = vector.fma %1068, %1059, %1047 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1070 = vector.fma %1068, %1061, %1048 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1071 = vector.fma %1068, %1063, %1049 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1072 = vector.fma %1068, %1065, %1050 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1073 = arith.addi %993, %696 : index
            %1074 = memref.load %39[%1073] : memref<1024xf32>
            %1075 = vector.broadcast %1074 : f32 to vector<8xf32>
            %1076 = vector.fma %1075, %1059, %1054 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1077 = vector.fma %1075, %1061, %1055 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1078 = vector.fma %1075, %1063, %1056 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1079 = vector.fma %1075, %1065, %1057 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1080 = arith.addi %992, %573 : index
            %1081 = vector.load %2[%1080] : memref<?xf32>, vector<8xf32>
            %1082 = arith.addi %992, %706 : index
            %1083 = vector.load %2[%1082] : memref<?xf32>, vector<8xf32>
            %1084 = arith.addi %992, %709 : index
            %1085 = vector.load %2[%1084] : memref<?xf32>, vector<8xf32>
            %1086 = arith.addi %992, %712 : index
            %1087 = vector.load %2[%1086] : memref<?xf32>, vector<8xf32>
            %1088 = arith.addi %993, %43 : index
            %1089 = memref.load %39[%1088] : memref<1024xf32>
            %1090 = vector.broadcast %1089 : f32 to vector<8xf32>
            %1091 = vector.fma %1090, %1081, %1069 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1092 = vector.fma %1090, %1083, %1070 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1093 = vector.fma %1090, %1085, %1071 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1094 = vector.fma %1090, %1087, %1072 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1095 = arith.addi %993, %722 : index
            %1096 = memref.load %39[%1095] : memref<1024xf32>
            %1097 = vector.broadcast %1096 : f32 to vector<8xf32>
            %1098 = vector.fma %1097, %1081, %1076 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1099 = vector.fma %1097, %1083, %1077 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1100 = vector.fma %1097, %1085, %1078 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1101 = vector.fma %1097, %1087, %1079 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1102 = arith.addi %992, %730 : index
            %1103 = vector.load %2[%1102] : memref<?xf32>, vector<8xf32>
            %1104 = arith.addi %992, %733 : index
            %1105 = vector.load %2[%1104] : memref<?xf32>, vector<8xf32>
            %1106 = arith.addi %992, %736 : index
            %1107 = vector.load %2[%1106] : memref<?xf32>, vector<8xf32>
            %1108 = arith.addi %992, %739 : index
            %1109 = vector.load %2[%1108] : memref<?xf32>, vector<8xf32>
            %1110 = arith.addi %993, %742 : index
            %1111 = memref.load %39[%1110] : memref<1024xf32>
            %1112 = vector.broadcast %1111 : f32 to vector<8xf32>
            %1113 = vector.fma %1112, %1103, %1091 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1114 = vector.fma %1112, %1105, %1092 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1115 = vector.fma %1112, %1107, %1093 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1116 = vector.fma %1112, %1109, %1094 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1117 = arith.addi %993, %750 : index
            %1118 = memref.load %39[%1117] : memref<1024xf32>
            %1119 = vector.broadcast %1118 : f32 to vector<8xf32>
            %1120 = vector.fma %1119, %1103, %1098 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1121 = vector.fma %1119, %1105, %1099 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1122 = vector.fma %1119, %1107, %1100 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1123 = vector.fma %1119, %1109, %1101 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1124 = arith.addi %992, %758 : index
            %1125 = vector.load %2[%1124] : memref<?xf32>, vector<8xf32>
            %1126 = arith.addi %992, %761 : index
            %1127 = vector.load %2[%1126] : memref<?xf32>, vector<8xf32>
            %1128 = arith.addi %992, %764 : index
            %1129 = vector.load %2[%1128] : memref<?xf32>, vector<8xf32>
            %1130 = arith.addi %992, %767 : index
            %1131 = vector.load %2[%1130] : memref<?xf32>, vector<8xf32>
            %1132 = arith.addi %993, %770 : index
            %1133 = memref.load %39[%1132] : memref<1024xf32>
            %1134 = vector.broadcast %1133 : f32 to vector<8xf32>
            %1135 = vector.fma %1134, %1125, %1113 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1136 = vector.fma %1134, %1127, %1114 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1137 = vector.fma %1134, %1129, %1115 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1138 = vector.fma %1134, %1131, %1116 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1139 = arith.addi %993, %778 : index
            %1140 = memref.load %39[%1139] : memref<1024xf32>
            %1141 = vector.broadcast %1140 : f32 to vector<8xf32>
            %1142 = vector.fma %1141, %1125, %1120 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1143 = vector.fma %1141, %1127, %1121 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1144 = vector.fma %1141, %1129, %1122 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1145 = vector.fma %1141, %1131, %1123 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1146 = arith.addi %992, %786 : index
            %1147 = vector.load %2[%1146] : memref<?xf32>, vector<8xf32>
            %1148 = arith.addi %992, %789 : index
            %1149 = vector.load %2[%1148] : memref<?xf32>, vector<8xf32>
            %1150 = arith.addi %992, %792 : index
            %1151 = vector.load %2[%1150] : memref<?xf32>, vector<8xf32>
            %1152 = arith.addi %992, %795 : index
            %1153 = vector.load %2[%1152] : memref<?xf32>, vector<8xf32>
            %1154 = arith.addi %993, %798 : index
            %1155 = memref.load %39[%1154] : memref<1024xf32>
            %1156 = vector.broadcast %1155 : f32 to vector<8xf32>
            %1157 = vector.fma %1156, %1147, %1135 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1158 = vector.fma %1156, %1149, %1136 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1159 = vector.fma %1156, %1151, %1137 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1160 = vector.fma %1156, %1153, %1138 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1161 = arith.addi %993, %806 : index
            %1162 = memref.load %39[%1161] : memref<1024xf32>
            %1163 = vector.broadcast %1162 : f32 to vector<8xf32>
            %1164 = vector.fma %1163, %1147, %1142 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1165 = vector.fma %1163, %1149, %1143 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1166 = vector.fma %1163, %1151, %1144 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1167 = vector.fma %1163, %1153, %1145 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1168 = arith.constant 1536 : index
            %1169 = arith.addi %99, %1168 : index
            %1170 = arith.addi %575, %677 : index
            %1171 = vector.load %2[%1169] : memref<?xf32>, vector<8xf32>
            %1172 = arith.addi %1169, %35 : index
            %1173 = vector.load %2[%1172] : memref<?xf32>, vector<8xf32>
            %1174 = arith.addi %1169, %10 : index
            %1175 = vector.load %2[%1174] : memref<?xf32>, vector<8xf32>
            %1176 = arith.addi %1169, %584 : index
            %1177 = vector.load %2[%1176] : memref<?xf32>, vector<8xf32>
            %1178 = memref.load %39[%1170] : memref<1024xf32>
            %1179 = vector.broadcast %1178 : f32 to vector<8xf32>
            %1180 = vector.fma %1179, %1171, %1157 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1181 = vector.fma %1179, %1173, %1158 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1182 = vector.fma %1179, %1175, %1159 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1183 = vector.fma %1179, %1177, %1160 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1184 = arith.addi %1170, %21 : index
            %1185 = memref.load %39[%1184] : memref<1024xf32>
            %1186 = vector.broadcast %1185 : f32 to vector<8xf32>
            %1187 = vector.fma %1186, %1171, %1164 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1188 = vector.fma %1186, %1173, %1165 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1189 = vector.fma %1186, %1175, %1166 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1190 = vector.fma %1186, %1177, %1167 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1191 = arith.addi %1169, %41 : index
            %1192 = vector.load %2[%1191] : memref<?xf32>, vector<8xf32>
            %1193 = arith.addi %1169, %627 : index
            %1194 = vector.load %2[%1193] : memref<?xf32>, vector<8xf32>
            %1195 = arith.addi %1169, %630 : index
            %1196 = vector.load %2[%1195] : memref<?xf32>, vector<8xf32>
            %1197 = arith.addi %1169, %633 : index
            %1198 = vector.load %2[%1197] : memref<?xf32>, vector<8xf32>
            %1199 = arith.addi %1170, %35 : index
            %1200 = memref.load %39[%1199] : memref<1024xf32>
            %1201 = vector.broadcast %1200 : f32 to vector<8xf32>
            %1202 = vector.fma %1201, %1192, %1180 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1203 = vector.fma %1201, %1194, %1181 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1204 = vector.fma %1201, %1196, %1182 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1205 = vector.fma %1201, %1198, %1183 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1206 = arith.addi %1170, %643 : index
            %1207 = memref.load %39[%1206] : memref<1024xf32>
            %1208 = vector.broadcast %1207 : f32 to vector<8xf32>
            %1209 = vector.fma %1208, %1192, %1187 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1210 = vector.fma %1208, %1194, %1188 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1211 = vector.fma %1208, %1196, %1189 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1212 = vector.fma %1208, %1198, %1190 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1213 = arith.addi %1169, %18 : index
            %1214 = vector.load %2[%1213] : memref<?xf32>, vector<8xf32>
            %1215 = arith.addi %1169, %653 : index
            %1216 = vector.load %2[%1215] : memref<?xf32>, vector<8xf32>
            %1217 = arith.addi %1169, %656 : index
            %1218 = vector.load %2[%1217] : memref<?xf32>, vector<8xf32>
            %1219 = arith.addi %1169, %659 : index
            %1220 = vector.load %2[%1219] : memref<?xf32>, vector<8xf32>
            %1221 = arith.addi %1170, %10 : index
            %1222 = memref.load %39[%1221] : memref<1024xf32>
            %1223 = vector.broadcast %1222 : f32 to vector<8xf32>
            %1224 = vector.fma %1223, %1214, %1202 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1225 = vector.fma %1223, %1216, %1203 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1226 = vector.fma %1223, %1218, %1204 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1227 = vector.fma %1223, %1220, %1205 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1228 = arith.addi %1170, %669 : index
            %1229 = memref.load %39[%1228] : memref<1024xf32>
            %1230 = vector.broadcast %1229 : f32 to vector<8xf32>
            %1231 = vector.fma %1230, %1214, %1209 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1232 = vector.fma %1230, %1216, %1210 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1233 = vector.fma %1230, %1218, %1211 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1234 = vector.fma %1230, %1220, %1212 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1235 = arith.addi %1169, %677 : index
            %1236 = vector.load %2[%1235] : memref<?xf32>, vector<8xf32>
            %1237 = arith.addi %1169, %680 : index
            %1238 = vector.load %2[%1237] : memref<?xf32>, vector<8xf32>
            %1239 = arith.addi %1169, %683 : index
            %1240 = vector.load %2[%1239] : memref<?xf32>, vector<8xf32>
            %1241 = arith.addi %1169, %686 : index
            %1242 = vector.load %2[%1241] : memref<?xf32>, vector<8xf32>
            %1243 = arith.addi %1170, %584 : index
            %1244 = memref.load %39[%1243] : memref<1024xf32>
            %1245 = vector.broadcast %1244 : f32 to vector<8xf32>
            %1246 = vector.fma %1245, %1236, %1224 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1247 = vector.fma %1245, %1238, %1225 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1248 = vector.fma %1245, %1240, %1226 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1249 = vector.fma %1245, %1242, %1227 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1250 = arith.addi %1170, %696 : index
            %1251 = memref.load %39[%1250] : memref<1024xf32>
            %1252 = vector.broadcast %1251 : f32 to vector<8xf32>
            %1253 = vector.fma %1252, %1236, %1231 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1254 = vector.fma %1252, %1238, %1232 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1255 = vector.fma %1252, %1240, %1233 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1256 = vector.fma %1252, %1242, %1234 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1257 = arith.addi %1169, %573 : index
            %1258 = vector.load %2[%1257] : memref<?xf32>, vector<8xf32>
            %1259 = arith.addi %1169, %706 : index
            %1260 = vector.load %2[%1259] : memref<?xf32>, vector<8xf32>
            %1261 = arith.addi %1169, %709 : index
            %1262 = vector.load %2[%1261] : memref<?xf32>, vector<8xf32>
            %1263 = arith.addi %1169, %712 : index
            %1264 = vector.load %2[%1263] : memref<?xf32>, vector<8xf32>
            %1265 = arith.addi %1170, %43 : index
            %1266 = memref.load %39[%1265] : memref<1024xf32>
            %1267 = vector.broadcast %1266 : f32 to vector<8xf32>
            %1268 = vector.fma %1267, %1258, %1246 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1269 = vector.fma %1267, %1260, %1247 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1270 = vector.fma %1267, %1262, %1248 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1271 = vector.fma %1267, %1264, %1249 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1272 = arith.addi %1170, %722 : index
            %1273 = memref.load %39[%1272] : memref<1024xf32>
            %1274 = vector.broadcast %1273 : f32 to vector<8xf32>
            %1275 = vector.fma %1274, %1258, %1253 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1276 = vector.fma %1274, %1260, %1254 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1277 = vector.fma %1274, %1262, %1255 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1278 = vector.fma %1274, %1264, %1256 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1279 = arith.addi %1169, %730 : index
            %1280 = vector.load %2[%1279] : memref<?xf32>, vector<8xf32>
            %1281 = arith.addi %1169, %733 : index
            %1282 = vector.load %2[%1281] : memref<?xf32>, vector<8xf32>
            %1283 = arith.addi %1169, %736 : index
            %1284 = vector.load %2[%1283] : memref<?xf32>, vector<8xf32>
            %1285 = arith.addi %1169, %739 : index
            %1286 = vector.load %2[%1285] : memref<?xf32>, vector<8xf32>
            %1287 = arith.addi %1170, %742 : index
            %1288 = memref.load %39[%1287] : memref<1024xf32>
            %1289 = vector.broadcast %1288 : f32 to vector<8xf32>
            %1290 = vector.fma %1289, %1280, %1268 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1291 = vector.fma %1289, %1282, %1269 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1292 = vector.fma %1289, %1284, %1270 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1293 = vector.fma %1289, %1286, %1271 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1294 = arith.addi %1170, %750 : index
            %1295 = memref.load %39[%1294] : memref<1024xf32>
            %1296 = vector.broadcast %1295 : f32 to vector<8xf32>
            %1297 = vector.fma %1296, %1280, %1275 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1298 = vector.fma %1296, %1282, %1276 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1299 = vector.fma %1296, %1284, %1277 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1300 = vector.fma %1296, %1286, %1278 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1301 = arith.addi %1169, %758 : index
            %1302 = vector.load %2[%1301] : memref<?xf32>, vector<8xf32>
            %1303 = arith.addi %1169, %761 : index
            %1304 = vector.load %2[%1303] : memref<?xf32>, vector<8xf32>
            %1305 = arith.addi %1169, %764 : index
            %1306 = vector.load %2[%1305] : memref<?xf32>, vector<8xf32>
            %1307 = arith.addi %1169, %767 : index
            %1308 = vector.load %2[%1307] : memref<?xf32>, vector<8xf32>
            %1309 = arith.addi %1170, %770 : index
            %1310 = memref.load %39[%1309] : memref<1024xf32>
            %1311 = vector.broadcast %1310 : f32 to vector<8xf32>
            %1312 = vector.fma %1311, %1302, %1290 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1313 = vector.fma %1311, %1304, %1291 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1314 = vector.fma %1311, %1306, %1292 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1315 = vector.fma %1311, %1308, %1293 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1316 = arith.addi %1170, %778 : index
            %1317 = memref.load %39[%1316] : memref<1024xf32>
            %1318 = vector.broadcast %1317 : f32 to vector<8xf32>
            %1319 = vector.fma %1318, %1302, %1297 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1320 = vector.fma %1318, %1304, %1298 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1321 = vector.fma %1318, %1306, %1299 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1322 = vector.fma %1318, %1308, %1300 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1323 = arith.addi %1169, %786 : index
            %1324 = vector.load %2[%1323] : memref<?xf32>, vector<8xf32>
            %1325 = arith.addi %1169, %789 : index
            %1326 = vector.load %2[%1325] : memref<?xf32>, vector<8xf32>
            %1327 = arith.addi %1169, %792 : index
            %1328 = vector.load %2[%1327] : memref<?xf32>, vector<8xf32>
            %1329 = arith.addi %1169, %795 : index
            %1330 = vector.load %2[%1329] : memref<?xf32>, vector<8xf32>
            %1331 = arith.addi %1170, %798 : index
            %1332 = memref.load %39[%1331] : memref<1024xf32>
            %1333 = vector.broadcast %1332 : f32 to vector<8xf32>
            %1334 = vector.fma %1333, %1324, %1312 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1335 = vector.fma %1333, %1326, %1313 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1336 = vector.fma %1333, %1328, %1314 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1337 = vector.fma %1333, %1330, %1315 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1338 = arith.addi %1170, %806 : index
            %1339 = memref.load %39[%1338] : memref<1024xf32>
            %1340 = vector.broadcast %1339 : f32 to vector<8xf32>
            %1341 = vector.fma %1340, %1324, %1319 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1342 = vector.fma %1340, %1326, %1320 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1343 = vector.fma %1340, %1328, %1321 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %1344 = vector.fma %1340, %1330, %1322 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            vector.store %1334, %3[%562] : memref<?xf32>, vector<8xf32>
            vector.store %1335, %3[%582] : memref<?xf32>, vector<8xf32>
            vector.store %1336, %3[%583] : memref<?xf32>, vector<8xf32>
            vector.store %1337, %3[%585] : memref<?xf32>, vector<8xf32>
            vector.store %1341, %3[%570] : memref<?xf32>, vector<8xf32>
            vector.store %1342, %3[%586] : memref<?xf32>, vector<8xf32>
            vector.store %1343, %3[%587] : memref<?xf32>, vector<8xf32>
            vector.store %1344, %3[%588] : memref<?xf32>, vector<8xf32>
          }
          scf.for %1345 = %549 to %32 step %21 {
            %1346 = arith.divui %1345, %12 : index
            %1347 = arith.remui %1345, %12 : index
            %1348 = arith.addi %29, %1346 : index
            %1349 = arith.muli %27, %12 : index
            %1350 = arith.addi %1349, %1347 : index
            %1351 = arith.muli %28, %5 : index
            %1352 = arith.addi %1351, %1348 : index
            %1353 = arith.constant 4 : index
            %1354 = arith.muli %1352, %1353 : index
            %1355 = arith.addi %1354, %1350 : index
            %1356 = arith.muli %1355, %43 : index
            %1357 = arith.divui %1345, %35 : index
            %1358 = arith.remui %1345, %35 : index
            %1359 = arith.constant 256 : index
            %1360 = arith.muli %1357, %1359 : index
            %1361 = arith.addi %1360, %1358 : index
            %1362 = arith.addi %1345, %41 : index
            %1363 = memref.load %38[%1362] : memref<128xf32>
            %1364 = vector.broadcast %1363 : f32 to vector<8xf32>
            %1365 = arith.addi %1356, %35 : index
            %1366 = arith.addi %1356, %10 : index
            %1367 = arith.constant 24 : index
            %1368 = arith.addi %1356, %1367 : index
            %1369 = vector.load %3[%1356] : memref<?xf32>, vector<8xf32>
            %1370 = arith.mulf %1369, %1364 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %1371 = vector.load %3[%1365] : memref<?xf32>, vector<8xf32>
            %1372 = arith.mulf %1371, %1364 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %1373 = vector.load %3[%1366] : memref<?xf32>, vector<8xf32>
            %1374 = arith.mulf %1373, %1364 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %1375 = vector.load %3[%1368] : memref<?xf32>, vector<8xf32>
            %1376 = arith.mulf %1375, %1364 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %1377, %1378, %1379, %1380 = scf.for %1381 = %20 to %43 step %35 iter_args(%1382 = %1370, %1383 = %1372, %1384 = %1374, %1385 = %1376) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %1386 = arith.muli %1381, %41 : index
              %1387 = arith.addi %99, %1386 : index
              %1388 = arith.muli %1381, %35 : index
              %1389 = arith.addi %1361, %1388 : index
              %1390 = vector.load %2[%1387] : memref<?xf32>, vector<8xf32>
              %1391 = arith.addi %1387, %35 : index
              %1392 = vector.load %2[%1391] : memref<?xf32>, vector<8xf32>
              %1393 = arith.addi %1387, %10 : index
              %1394 = vector.load %2[%1393] : memref<?xf32>, vector<8xf32>
              %1395 = arith.addi %1387, %1367 : index
              %1396 = vector.load %2[%1395] : memref<?xf32>, vector<8xf32>
              %1397 = memref.load %39[%1389] : memref<1024xf32>
              %1398 = vector.broadcast %1397 : f32 to vector<8xf32>
              %1399 = vector.fma %1398, %1390, %1382 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1400 = vector.fma %1398, %1392, %1383 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1401 = vector.fma %1398, %1394, %1384 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1402 = vector.fma %1398, %1396, %1385 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1403 = arith.addi %1387, %41 : index
              %1404 = vector.load %2[%1403] : memref<?xf32>, vector<8xf32>
              %1405 = arith.constant 72 : index
              %1406 = arith.addi %1387, %1405 : index
              %1407 = vector.load %2[%1406] : memref<?xf32>, vector<8xf32>
              %1408 = arith.constant 80 : index
              %1409 = arith.addi %1387, %1408 : index
              %1410 = vector.load %2[%1409] : memref<?xf32>, vector<8xf32>
              %1411 = arith.constant 88 : index
              %1412 = arith.addi %1387, %1411 : index
              %1413 = vector.load %2[%1412] : memref<?xf32>, vector<8xf32>
              %1414 = arith.addi %1389, %35 : index
              %1415 = memref.load %39[%1414] : memref<1024xf32>
              %1416 = vector.broadcast %1415 : f32 to vector<8xf32>
              %1417 = vector.fma %1416, %1404, %1399 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1418 = vector.fma %1416, %1407, %1400 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1419 = vector.fma %1416, %1410, %1401 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1420 = vector.fma %1416, %1413, %1402 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1421 = arith.addi %1387, %18 : index
              %1422 = vector.load %2[%1421] : memref<?xf32>, vector<8xf32>
              %1423 = arith.constant 136 : index
              %1424 = arith.addi %1387, %1423 : index
              %1425 = vector.load %2[%1424] : memref<?xf32>, vector<8xf32>
              %1426 = arith.constant 144 : index
              %1427 = arith.addi %1387, %1426 : index
              %1428 = vector.load %2[%1427] : memref<?xf32>, vector<8xf32>
              %1429 = arith.constant 152 : index
              %1430 = arith.addi %1387, %1429 : index
              %1431 = vector.load %2[%1430] : memref<?xf32>, vector<8xf32>
              %1432 = arith.addi %1389, %10 : index
              %1433 = memref.load %39[%1432] : memref<1024xf32>
              %1434 = vector.broadcast %1433 : f32 to vector<8xf32>
              %1435 = vector.fma %1434, %1422, %1417 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1436 = vector.fma %1434, %1425, %1418 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1437 = vector.fma %1434, %1428, %1419 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1438 = vector.fma %1434, %1431, %1420 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1439 = arith.constant 192 : index
              %1440 = arith.addi %1387, %1439 : index
              %1441 = vector.load %2[%1440] : memref<?xf32>, vector<8xf32>
              %1442 = arith.constant 200 : index
              %1443 = arith.addi %1387, %1442 : index
              %1444 = vector.load %2[%1443] : memref<?xf32>, vector<8xf32>
              %1445 = arith.constant 208 : index
              %1446 = arith.addi %1387, %1445 : index
              %1447 = vector.load %2[%1446] : memref<?xf32>, vector<8xf32>
              %1448 = arith.constant 216 : index
              %1449 = arith.addi %1387, %1448 : index
              %1450 = vector.load %2[%1449] : memref<?xf32>, vector<8xf32>
              %1451 = arith.addi %1389, %1367 : index
              %1452 = memref.load %39[%1451] : memref<1024xf32>
              %1453 = vector.broadcast %1452 : f32 to vector<8xf32>
              %1454 = vector.fma %1453, %1441, %1435 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1455 = vector.fma %1453, %1444, %1436 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1456 = vector.fma %1453, %1447, %1437 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1457 = vector.fma %1453, %1450, %1438 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1458 = arith.addi %1387, %1359 : index
              %1459 = vector.load %2[%1458] : memref<?xf32>, vector<8xf32>
              %1460 = arith.constant 264 : index
              %1461 = arith.addi %1387, %1460 : index
              %1462 = vector.load %2[%1461] : memref<?xf32>, vector<8xf32>
              %1463 = arith.constant 272 : index
              %1464 = arith.addi %1387, %1463 : index
              %1465 = vector.load %2[%1464] : memref<?xf32>, vector<8xf32>
              %1466 = arith.constant 280 : index
              %1467 = arith.addi %1387, %1466 : index
              %1468 = vector.load %2[%1467] : memref<?xf32>, vector<8xf32>
              %1469 = arith.addi %1389, %43 : index
              %1470 = memref.load %39[%1469] : memref<1024xf32>
              %1471 = vector.broadcast %1470 : f32 to vector<8xf32>
              %1472 = vector.fma %1471, %1459, %1454 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1473 = vector.fma %1471, %1462, %1455 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1474 = vector.fma %1471, %1465, %1456 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1475 = vector.fma %1471, %1468, %1457 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1476 = arith.constant 320 : index
              %1477 = arith.addi %1387, %1476 : index
              %1478 = vector.load %2[%1477] : memref<?xf32>, vector<8xf32>
              %1479 = arith.constant 328 : index
              %1480 = arith.addi %1387, %1479 : index
              %1481 = vector.load %2[%1480] : memref<?xf32>, vector<8xf32>
              %1482 = arith.constant 336 : index
              %1483 = arith.addi %1387, %1482 : index
              %1484 = vector.load %2[%1483] : memref<?xf32>, vector<8xf32>
              %1485 = arith.constant 344 : index
              %1486 = arith.addi %1387, %1485 : index
              %1487 = vector.load %2[%1486] : memref<?xf32>, vector<8xf32>
              %1488 = arith.constant 40 : index
              %1489 = arith.addi %1389, %1488 : index
              %1490 = memref.load %39[%1489] : memref<1024xf32>
              %1491 = vector.broadcast %1490 : f32 to vector<8xf32>
              %1492 = vector.fma %1491, %1478, %1472 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1493 = vector.fma %1491, %1481, %1473 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1494 = vector.fma %1491, %1484, %1474 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1495 = vector.fma %1491, %1487, %1475 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1496 = arith.constant 384 : index
              %1497 = arith.addi %1387, %1496 : index
              %1498 = vector.load %2[%1497] : memref<?xf32>, vector<8xf32>
              %1499 = arith.constant 392 : index
              %1500 = arith.addi %1387, %1499 : index
              %1501 = vector.load %2[%1500] : memref<?xf32>, vector<8xf32>
              %1502 = arith.constant 400 : index
              %1503 = arith.addi %1387, %1502 : index
              %1504 = vector.load %2[%1503] : memref<?xf32>, vector<8xf32>
              %1505 = arith.constant 408 : index
              %1506 = arith.addi %1387, %1505 : index
              %1507 = vector.load %2[%1506] : memref<?xf32>, vector<8xf32>
              %1508 = arith.constant 48 : index
              %1509 = arith.addi %1389, %1508 : index
              %1510 = memref.load %39[%1509] : memref<1024xf32>
              %1511 = vector.broadcast %1510 : f32 to vector<8xf32>
              %1512 = vector.fma %1511, %1498, %1492 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1513 = vector.fma %1511, %1501, %1493 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1514 = vector.fma %1511, %1504, %1494 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1515 = vector.fma %1511, %1507, %1495 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1516 = arith.constant 448 : index
              %1517 = arith.addi %1387, %1516 : index
              %1518 = vector.load %2[%1517] : memref<?xf32>, vector<8xf32>
              %1519 = arith.constant 456 : index
              %1520 = arith.addi %1387, %1519 : index
              %1521 = vector.load %2[%1520] : memref<?xf32>, vector<8xf32>
              %1522 = arith.constant 464 : index
              %1523 = arith.addi %1387, %1522 : index
              %1524 = vector.load %2[%1523] : memref<?xf32>, vector<8xf32>
              %1525 = arith.constant 472 : index
              %1526 = arith.addi %1387, %1525 : index
              %1527 = vector.load %2[%1526] : memref<?xf32>, vector<8xf32>
              %1528 = arith.constant 56 : index
              %1529 = arith.addi %1389, %1528 : index
              %1530 = memref.load %39[%1529] : memref<1024xf32>
              %1531 = vector.broadcast %1530 : f32 to vector<8xf32>
              %1532 = vector.fma %1531, %1518, %1512 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1533 = vector.fma %1531, %1521, %1513 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1534 = vector.fma %1531, %1524, %1514 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1535 = vector.fma %1531, %1527, %1515 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              scf.yield %1532, %1533, %1534, %1535 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            vector.store %1377, %3[%1356] : memref<?xf32>, vector<8xf32>
            vector.store %1378, %3[%1365] : memref<?xf32>, vector<8xf32>
            vector.store %1379, %3[%1366] : memref<?xf32>, vector<8xf32>
            vector.store %1380, %3[%1368] : memref<?xf32>, vector<8xf32>
          }
        }
        %1536 = arith.subi %96, %90 : index
        %1537 = arith.divui %1536, %10 : index
        %1538 = arith.muli %1537, %10 : index
        %1539 = arith.addi %90, %1538 : index
        scf.for %1540 = %90 to %1539 step %10 {
          %1541 = arith.muli %1540, %41 : index
          %1542 = arith.addi %45, %1541 : index
          scf.for %1543 = %20 to %36 step %21 {
            %1544 = arith.muli %1543, %35 : index
            %1545 = arith.minui %1544, %37 : index
            %1546 = arith.divui %1545, %12 : index
            %1547 = arith.remui %1545, %12 : index
            %1548 = arith.addi %29, %1546 : index
            %1549 = arith.muli %27, %12 : index
            %1550 = arith.addi %1549, %1547 : index
            %1551 = arith.muli %28, %5 : index
            %1552 = arith.addi %1551, %1548 : index
            %1553 = arith.constant 4 : index
            %1554 = arith.muli %1552, %1553 : index
            %1555 = arith.addi %1554, %1550 : index
            %1556 = arith.muli %1555, %43 : index
            %1557 = arith.addi %1544, %21 : index
            %1558 = arith.minui %1557, %37 : index
            %1559 = arith.divui %1558, %12 : index
            %1560 = arith.remui %1558, %12 : index
            %1561 = arith.addi %29, %1559 : index
            %1562 = arith.addi %1549, %1560 : index
            %1563 = arith.addi %1551, %1561 : index
            %1564 = arith.muli %1563, %1553 : index
            %1565 = arith.addi %1564, %1562 : index
            %1566 = arith.muli %1565, %43 : index
            %1567 = arith.addi %1544, %12 : index
            %1568 = arith.minui %1567, %37 : index
            %1569 = arith.divui %1568, %12 : index
            %1570 = arith.remui %1568, %12 : index
            %1571 = arith.addi %29, %1569 : index
            %1572 = arith.addi %1549, %1570 : index
            %1573 = arith.addi %1551, %1571 : index
            %1574 = arith.muli %1573, %1553 : index
            %1575 = arith.addi %1574, %1572 : index
            %1576 = arith.muli %1575, %43 : index
            %1577 = arith.constant 3 : index
            %1578 = arith.addi %1544, %1577 : index
            %1579 = arith.minui %1578, %37 : index
            %1580 = arith.divui %1579, %12 : index
            %1581 = arith.remui %1579, %12 : index
            %1582 = arith.addi %29, %1580 : index
            %1583 = arith.addi %1549, %1581 : index
            %1584 = arith.addi %1551, %1582 : index
            %1585 = arith.muli %1584, %1553 : index
            %1586 = arith.addi %1585, %1583 : index
            %1587 = arith.muli %1586, %43 : index
            %1588 = arith.addi %1544, %1553 : index
            %1589 = arith.minui %1588, %37 : index
            %1590 = arith.divui %1589, %12 : index
            %1591 = arith.remui %1589, %12 : index
            %1592 = arith.addi %29, %1590 : index
            %1593 = arith.addi %1549, %1591 : index
            %1594 = arith.addi %1551, %1592 : index
            %1595 = arith.muli %1594, %1553 : index
            %1596 = arith.addi %1595, %1593 : index
            %1597 = arith.muli %1596, %43 : index
            %1598 = arith.constant 5 : index
            %1599 = arith.addi %1544, %1598 : index
            %1600 = arith.minui %1599, %37 : index
            %1601 = arith.divui %1600, %12 : index
            %1602 = arith.remui %1600, %12 : index
            %1603 = arith.addi %29, %1601 : index
            %1604 = arith.addi %1549, %1602 : index
            %1605 = arith.addi %1551, %1603 : index
            %1606 = arith.muli %1605, %1553 : index
            %1607 = arith.addi %1606, %1604 : index
            %1608 = arith.muli %1607, %43 : index
            %1609 = arith.constant 6 : index
            %1610 = arith.addi %1544, %1609 : index
            %1611 = arith.minui %1610, %37 : index
            %1612 = arith.divui %1611, %12 : index
            %1613 = arith.remui %1611, %12 : index
            %1614 = arith.addi %29, %1612 : index
            %1615 = arith.addi %1549, %1613 : index
            %1616 = arith.addi %1551, %1614 : index
            %1617 = arith.muli %1616, %1553 : index
            %1618 = arith.addi %1617, %1615 : index
            %1619 = arith.muli %1618, %43 : index
            %1620 = arith.addi %1544, %33 : index
            %1621 = arith.minui %1620, %37 : index
            %1622 = arith.divui %1621, %12 : index
            %1623 = arith.remui %1621, %12 : index
            %1624 = arith.addi %29, %1622 : index
            %1625 = arith.addi %1549, %1623 : index
            %1626 = arith.addi %1551, %1624 : index
            %1627 = arith.muli %1626, %1553 : index
            %1628 = arith.addi %1627, %1625 : index
            %1629 = arith.muli %1628, %43 : index
            scf.for %1630 = %20 to %10 step %12 {
              %1631 = arith.muli %1630, %41 : index
              %1632 = arith.addi %1542, %1631 : index
              %1633 = arith.addi %1632, %41 : index
              %1634 = vector.load %1[%1632] : memref<?xf32>, vector<8xf32>
              %1635 = vector.load %1[%1633] : memref<?xf32>, vector<8xf32>
              %1636 = vector.load %0[%1556] : memref<?xf32>, vector<8xf32>
              %1637 = arith.mulf %1636, %1634 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1638 = arith.mulf %1636, %1635 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1639 = vector.load %0[%1566] : memref<?xf32>, vector<8xf32>
              %1640 = arith.mulf %1639, %1634 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1641 = arith.mulf %1639, %1635 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1642 = vector.load %0[%1576] : memref<?xf32>, vector<8xf32>
              %1643 = arith.mulf %1642, %1634 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1644 = arith.mulf %1642, %1635 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1645 = vector.load %0[%1587] : memref<?xf32>, vector<8xf32>
              %1646 = arith.mulf %1645, %1634 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1647 = arith.mulf %1645, %1635 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1648 = vector.load %0[%1597] : memref<?xf32>, vector<8xf32>
              %1649 = arith.mulf %1648, %1634 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1650 = arith.mulf %1648, %1635 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1651 = vector.load %0[%1608] : memref<?xf32>, vector<8xf32>
              %1652 = arith.mulf %1651, %1634 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1653 = arith.mulf %1651, %1635 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1654 = vector.load %0[%1619] : memref<?xf32>, vector<8xf32>
              %1655 = arith.mulf %1654, %1634 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1656 = arith.mulf %1654, %1635 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1657 = vector.load %0[%1629] : memref<?xf32>, vector<8xf32>
              %1658 = arith.mulf %1657, %1634 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1659 = arith.mulf %1657, %1635 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1660 = arith.addi %1632, %35 : index
              %1661 = vector.load %1[%1660] : memref<?xf32>, vector<8xf32>
              %1662 = arith.addi %1633, %35 : index
              %1663 = vector.load %1[%1662] : memref<?xf32>, vector<8xf32>
              %1664 = arith.addi %1556, %35 : index
              %1665 = vector.load %0[%1664] : memref<?xf32>, vector<8xf32>
              %1666 = vector.fma %1665, %1661, %1637 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1667 = vector.fma %1665, %1663, %1638 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1668 = arith.addi %1566, %35 : index
              %1669 = vector.load %0[%1668] : memref<?xf32>, vector<8xf32>
              %1670 = vector.fma %1669, %1661, %1640 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1671 = vector.fma %1669, %1663, %1641 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1672 = arith.addi %1576, %35 : index
              %1673 = vector.load %0[%1672] : memref<?xf32>, vector<8xf32>
              %1674 = vector.fma %1673, %1661, %1643 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1675 = vector.fma %1673, %1663, %1644 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1676 = arith.addi %1587, %35 : index
              %1677 = vector.load %0[%1676] : memref<?xf32>, vector<8xf32>
              %1678 = vector.fma %1677, %1661, %1646 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1679 = vector.fma %1677, %1663, %1647 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1680 = arith.addi %1597, %35 : index
              %1681 = vector.load %0[%1680] : memref<?xf32>, vector<8xf32>
              %1682 = vector.fma %1681, %1661, %1649 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1683 = vector.fma %1681, %1663, %1650 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1684 = arith.addi %1608, %35 : index
              %1685 = vector.load %0[%1684] : memref<?xf32>, vector<8xf32>
              %1686 = vector.fma %1685, %1661, %1652 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1687 = vector.fma %1685, %1663, %1653 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1688 = arith.addi %1619, %35 : index
              %1689 = vector.load %0[%1688] : memref<?xf32>, vector<8xf32>
              %1690 = vector.fma %1689, %1661, %1655 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1691 = vector.fma %1689, %1663, %1656 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1692 = arith.addi %1629, %35 : index
              %1693 = vector.load %0[%1692] : memref<?xf32>, vector<8xf32>
              %1694 = vector.fma %1693, %1661, %1658 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1695 = vector.fma %1693, %1663, %1659 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1696 = arith.addi %1632, %10 : index
              %1697 = vector.load %1[%1696] : memref<?xf32>, vector<8xf32>
              %1698 = arith.addi %1633, %10 : index
              %1699 = vector.load %1[%1698] : memref<?xf32>, vector<8xf32>
              %1700 = arith.addi %1556, %10 : index
              %1701 = vector.load %0[%1700] : memref<?xf32>, vector<8xf32>
              %1702 = vector.fma %1701, %1697, %1666 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1703 = vector.fma %1701, %1699, %1667 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1704 = arith.addi %1566, %10 : index
              %1705 = vector.load %0[%1704] : memref<?xf32>, vector<8xf32>
              %1706 = vector.fma %1705, %1697, %1670 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1707 = vector.fma %1705, %1699, %1671 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1708 = arith.addi %1576, %10 : index
              %1709 = vector.load %0[%1708] : memref<?xf32>, vector<8xf32>
              %1710 = vector.fma %1709, %1697, %1674 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1711 = vector.fma %1709, %1699, %1675 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1712 = arith.addi %1587, %10 : index
              %1713 = vector.load %0[%1712] : memref<?xf32>, vector<8xf32>
              %1714 = vector.fma %1713, %1697, %1678 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1715 = vector.fma %1713, %1699, %1679 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1716 = arith.addi %1597, %10 : index
              %1717 = vector.load %0[%1716] : memref<?xf32>, vector<8xf32>
              %1718 = vector.fma %1717, %1697, %1682 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1719 = vector.fma %1717, %1699, %1683 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1720 = arith.addi %1608, %10 : index
              %1721 = vector.load %0[%1720] : memref<?xf32>, vector<8xf32>
              %1722 = vector.fma %1721, %1697, %1686 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1723 = vector.fma %1721, %1699, %1687 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1724 = arith.addi %1619, %10 : index
              %1725 = vector.load %0[%1724] : memref<?xf32>, vector<8xf32>
              %1726 = vector.fma %1725, %1697, %1690 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1727 = vector.fma %1725, %1699, %1691 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1728 = arith.addi %1629, %10 : index
              %1729 = vector.load %0[%1728] : memref<?xf32>, vector<8xf32>
              %1730 = vector.fma %1729, %1697, %1694 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1731 = vector.fma %1729, %1699, %1695 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1732 = arith.constant 24 : index
              %1733 = arith.addi %1632, %1732 : index
              %1734 = vector.load %1[%1733] : memref<?xf32>, vector<8xf32>
              %1735 = arith.addi %1633, %1732 : index
              %1736 = vector.load %1[%1735] : memref<?xf32>, vector<8xf32>
              %1737 = arith.addi %1556, %1732 : index
              %1738 = vector.load %0[%1737] : memref<?xf32>, vector<8xf32>
              %1739 = vector.fma %1738, %1734, %1702 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1740 = vector.fma %1738, %1736, %1703 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1741 = arith.addi %1566, %1732 : index
              %1742 = vector.load %0[%1741] : memref<?xf32>, vector<8xf32>
              %1743 = vector.fma %1742, %1734, %1706 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1744 = vector.fma %1742, %1736, %1707 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1745 = arith.addi %1576, %1732 : index
              %1746 = vector.load %0[%1745] : memref<?xf32>, vector<8xf32>
              %1747 = vector.fma %1746, %1734, %1710 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1748 = vector.fma %1746, %1736, %1711 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1749 = arith.addi %1587, %1732 : index
              %1750 = vector.load %0[%1749] : memref<?xf32>, vector<8xf32>
              %1751 = vector.fma %1750, %1734, %1714 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1752 = vector.fma %1750, %1736, %1715 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1753 = arith.addi %1597, %1732 : index
              %1754 = vector.load %0[%1753] : memref<?xf32>, vector<8xf32>
              %1755 = vector.fma %1754, %1734, %1718 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1756 = vector.fma %1754, %1736, %1719 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1757 = arith.addi %1608, %1732 : index
              %1758 = vector.load %0[%1757] : memref<?xf32>, vector<8xf32>
              %1759 = vector.fma %1758, %1734, %1722 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1760 = vector.fma %1758, %1736, %1723 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1761 = arith.addi %1619, %1732 : index
              %1762 = vector.load %0[%1761] : memref<?xf32>, vector<8xf32>
              %1763 = vector.fma %1762, %1734, %1726 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1764 = vector.fma %1762, %1736, %1727 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1765 = arith.addi %1629, %1732 : index
              %1766 = vector.load %0[%1765] : memref<?xf32>, vector<8xf32>
              %1767 = vector.fma %1766, %1734, %1730 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1768 = vector.fma %1766, %1736, %1731 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1769 = vector.shuffle %1739, %1743 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1770 = vector.shuffle %1739, %1743 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1771 = arith.addf %1769, %1770 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1772 = vector.shuffle %1747, %1751 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1773 = vector.shuffle %1747, %1751 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1774 = arith.addf %1772, %1773 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1775 = vector.shuffle %1755, %1759 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1776 = vector.shuffle %1755, %1759 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1777 = arith.addf %1775, %1776 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1778 = vector.shuffle %1763, %1767 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1779 = vector.shuffle %1763, %1767 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1780 = arith.addf %1778, %1779 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1781 = vector.shuffle %1771, %1774 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1782 = vector.shuffle %1771, %1774 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1783 = arith.addf %1781, %1782 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1784 = vector.shuffle %1777, %1780 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1785 = vector.shuffle %1777, %1780 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1786 = arith.addf %1784, %1785 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1787 = vector.shuffle %1783, %1786 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %1788 = vector.shuffle %1783, %1786 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %1789 = arith.addf %1787, %1788 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1790 = arith.mulf %1789, %49 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1791 = arith.muli %1543, %10 : index
              %1792 = arith.addi %1791, %1630 : index
              %1793 = arith.muli %1792, %35 : index
              vector.store %1790, %39[%1793] : memref<1024xf32>, vector<8xf32>
              %1794 = vector.shuffle %1740, %1744 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1795 = vector.shuffle %1740, %1744 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1796 = arith.addf %1794, %1795 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1797 = vector.shuffle %1748, %1752 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1798 = vector.shuffle %1748, %1752 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1799 = arith.addf %1797, %1798 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1800 = vector.shuffle %1756, %1760 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1801 = vector.shuffle %1756, %1760 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1802 = arith.addf %1800, %1801 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1803 = vector.shuffle %1764, %1768 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1804 = vector.shuffle %1764, %1768 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1805 = arith.addf %1803, %1804 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1806 = vector.shuffle %1796, %1799 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1807 = vector.shuffle %1796, %1799 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1808 = arith.addf %1806, %1807 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1809 = vector.shuffle %1802, %1805 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1810 = vector.shuffle %1802, %1805 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1811 = arith.addf %1809, %1810 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1812 = vector.shuffle %1808, %1811 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %1813 = vector.shuffle %1808, %1811 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %1814 = arith.addf %1812, %1813 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1815 = arith.mulf %1814, %49 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1816 = arith.addi %1630, %21 : index
              %1817 = arith.addi %1791, %1816 : index
              %1818 = arith.muli %1817, %35 : index
              vector.store %1815, %39[%1818] : memref<1024xf32>, vector<8xf32>
            }
          }
          scf.for %1819 = %20 to %36 step %21 {
            %1820 = arith.muli %1819, %35 : index
            %1821 = arith.muli %1819, %18 : index
            %1822 = arith.constant 96 : index
            %1823 = arith.addi %1820, %1822 : index
            %1824 = vector.load %38[%1823] : memref<128xf32>, vector<8xf32>
            %1825 = arith.index_cast %1540 : index to i64
            %1826 = arith.sitofp %1825 : i64 to f32
            %1827 = vector.broadcast %1826 : f32 to vector<8xf32>
            %1828 = arith.subf %1824, %1827 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %1829 = vector.load %38[%1820] : memref<128xf32>, vector<8xf32>
            %1830 = scf.for %1831 = %20 to %10 step %35 iter_args(%1832 = %1829) -> (vector<8xf32>) {
              %1833 = arith.muli %1831, %35 : index
              %1834 = arith.addi %1821, %1833 : index
              %1835 = vector.load %39[%1834] : memref<1024xf32>, vector<8xf32>
              %1836 = arith.addi %1831, %21 : index
              %1837 = arith.muli %1836, %35 : index
              %1838 = arith.addi %1821, %1837 : index
              %1839 = vector.load %39[%1838] : memref<1024xf32>, vector<8xf32>
              %1840 = arith.addi %1831, %12 : index
              %1841 = arith.muli %1840, %35 : index
              %1842 = arith.addi %1821, %1841 : index
              %1843 = vector.load %39[%1842] : memref<1024xf32>, vector<8xf32>
              %1844 = arith.constant 3 : index
              %1845 = arith.addi %1831, %1844 : index
              %1846 = arith.muli %1845, %35 : index
              %1847 = arith.addi %1821, %1846 : index
              %1848 = vector.load %39[%1847] : memref<1024xf32>, vector<8xf32>
              %1849 = arith.constant 4 : index
              %1850 = arith.addi %1831, %1849 : index
              %1851 = arith.muli %1850, %35 : index
              %1852 = arith.addi %1821, %1851 : index
              %1853 = vector.load %39[%1852] : memref<1024xf32>, vector<8xf32>
              %1854 = arith.constant 5 : index
              %1855 = arith.addi %1831, %1854 : index
              %1856 = arith.muli %1855, %35 : index
              %1857 = arith.addi %1821, %1856 : index
              %1858 = vector.load %39[%1857] : memref<1024xf32>, vector<8xf32>
              %1859 = arith.constant 6 : index
              %1860 = arith.addi %1831, %1859 : index
              %1861 = arith.muli %1860, %35 : index
              %1862 = arith.addi %1821, %1861 : index
              %1863 = vector.load %39[%1862] : memref<1024xf32>, vector<8xf32>
              %1864 = arith.addi %1831, %33 : index
              %1865 = arith.muli %1864, %35 : index
              %1866 = arith.addi %1821, %1865 : index
              %1867 = vector.load %39[%1866] : memref<1024xf32>, vector<8xf32>
              %1868 = arith.index_cast %1831 : index to i64
              %1869 = arith.sitofp %1868 : i64 to f32
              %1870 = vector.broadcast %1869 : f32 to vector<8xf32>
              %1871 = arith.subf %1828, %1870 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1872 = arith.cmpf olt, %47, %1871 : vector<8xf32>
              %1873 = arith.constant 1.000000e+00 : f32
              %1874 = vector.broadcast %1873 : f32 to vector<8xf32>
              %1875 = arith.cmpf olt, %1874, %1871 : vector<8xf32>
              %1876 = arith.constant 2.000000e+00 : f32
              %1877 = vector.broadcast %1876 : f32 to vector<8xf32>
              %1878 = arith.cmpf olt, %1877, %1871 : vector<8xf32>
              %1879 = arith.constant 3.000000e+00 : f32
              %1880 = vector.broadcast %1879 : f32 to vector<8xf32>
              %1881 = arith.cmpf olt, %1880, %1871 : vector<8xf32>
              %1882 = arith.constant 4.000000e+00 : f32
              %1883 = vector.broadcast %1882 : f32 to vector<8xf32>
              %1884 = arith.cmpf olt, %1883, %1871 : vector<8xf32>
              %1885 = arith.constant 5.000000e+00 : f32
              %1886 = vector.broadcast %1885 : f32 to vector<8xf32>
              %1887 = arith.cmpf olt, %1886, %1871 : vector<8xf32>
              %1888 = arith.constant 6.000000e+00 : f32
              %1889 = vector.broadcast %1888 : f32 to vector<8xf32>
              %1890 = arith.cmpf olt, %1889, %1871 : vector<8xf32>
              %1891 = arith.constant 7.000000e+00 : f32
              %1892 = vector.broadcast %1891 : f32 to vector<8xf32>
              %1893 = arith.cmpf olt, %1892, %1871 : vector<8xf32>
              %1894 = arith.constant -1.000000e+30 : f32
              %1895 = vector.broadcast %1894 : f32 to vector<8xf32>
              %1896 = arith.select %1872, %1835, %1895 : vector<8xf32>
              %1897 = arith.select %1875, %1839, %1895 : vector<8xf32>
              %1898 = arith.select %1878, %1843, %1895 : vector<8xf32>
              %1899 = arith.select %1881, %1848, %1895 : vector<8xf32>
              %1900 = arith.select %1884, %1853, %1895 : vector<8xf32>
              %1901 = arith.select %1887, %1858, %1895 : vector<8xf32>
              %1902 = arith.select %1890, %1863, %1895 : vector<8xf32>
              %1903 = arith.select %1893, %1867, %1895 : vector<8xf32>
              %1904 = arith.cmpf ogt, %1896, %1897 : vector<8xf32>
              %1905 = arith.select %1904, %1896, %1897 : vector<8xf32>
              %1906 = arith.cmpf ogt, %1898, %1899 : vector<8xf32>
              %1907 = arith.select %1906, %1898, %1899 : vector<8xf32>
              %1908 = arith.cmpf ogt, %1900, %1901 : vector<8xf32>
              %1909 = arith.select %1908, %1900, %1901 : vector<8xf32>
              %1910 = arith.cmpf ogt, %1902, %1903 : vector<8xf32>
              %1911 = arith.select %1910, %1902, %1903 : vector<8xf32>
              %1912 = arith.cmpf ogt, %1905, %1907 : vector<8xf32>
              %1913 = arith.select %1912, %1905, %1907 : vector<8xf32>
              %1914 = arith.cmpf ogt, %1909, %1911 : vector<8xf32>
              %1915 = arith.select %1914, %1909, %1911 : vector<8xf32>
              %1916 = arith.cmpf ogt, %1913, %1915 : vector<8xf32>
              %1917 = arith.select %1916, %1913, %1915 : vector<8xf32>
              %1918 = arith.cmpf ogt, %1832, %1917 : vector<8xf32>
              %1919 = arith.select %1918, %1832, %1917 : vector<8xf32>
              scf.yield %1919 : vector<8xf32>
            }
            %1920 = scf.for %1921 = %20 to %10 step %35 iter_args(%1922 = %47) -> (vector<8xf32>) {
              %1923 = arith.muli %1921, %35 : index
              %1924 = arith.addi %1821, %1923 : index
              %1925 = vector.load %39[%1924] : memref<1024xf32>, vector<8xf32>
              %1926 = arith.addi %1921, %21 : index
              %1927 = arith.muli %1926, %35 : index
              %1928 = arith.addi %1821, %1927 : index
              %1929 = vector.load %39[%1928] : memref<1024xf32>, vector<8xf32>
              %1930 = arith.addi %1921, %12 : index
              %1931 = arith.muli %1930, %35 : index
              %1932 = arith.addi %1821, %1931 : index
              %1933 = vector.load %39[%1932] : memref<1024xf32>, vector<8xf32>
              %1934 = arith.constant 3 : index
              %1935 = arith.addi %1921, %1934 : index
              %1936 = arith.muli %1935, %35 : index
              %1937 = arith.addi %1821, %1936 : index
              %1938 = vector.load %39[%1937] : memref<1024xf32>, vector<8xf32>
              %1939 = arith.constant 4 : index
              %1940 = arith.addi %1921, %1939 : index
              %1941 = arith.muli %1940, %35 : index
              %1942 = arith.addi %1821, %1941 : index
              %1943 = vector.load %39[%1942] : memref<1024xf32>, vector<8xf32>
              %1944 = arith.constant 5 : index
              %1945 = arith.addi %1921, %1944 : index
              %1946 = arith.muli %1945, %35 : index
              %1947 = arith.addi %1821, %1946 : index
              %1948 = vector.load %39[%1947] : memref<1024xf32>, vector<8xf32>
              %1949 = arith.constant 6 : index
              %1950 = arith.addi %1921, %1949 : index
              %1951 = arith.muli %1950, %35 : index
              %1952 = arith.addi %1821, %1951 : index
              %1953 = vector.load %39[%1952] : memref<1024xf32>, vector<8xf32>
              %1954 = arith.addi %1921, %33 : index
              %1955 = arith.muli %1954, %35 : index
              %1956 = arith.addi %1821, %1955 : index
              %1957 = vector.load %39[%1956] : memref<1024xf32>, vector<8xf32>
              %1958 = arith.index_cast %1921 : index to i64
              %1959 = arith.sitofp %1958 : i64 to f32
              %1960 = vector.broadcast %1959 : f32 to vector<8xf32>
              %1961 = arith.subf %1828, %1960 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1962 = arith.cmpf olt, %47, %1961 : vector<8xf32>
              %1963 = arith.constant 1.000000e+00 : f32
              %1964 = vector.broadcast %1963 : f32 to vector<8xf32>
              %1965 = arith.cmpf olt, %1964, %1961 : vector<8xf32>
              %1966 = arith.constant 2.000000e+00 : f32
              %1967 = vector.broadcast %1966 : f32 to vector<8xf32>
              %1968 = arith.cmpf olt, %1967, %1961 : vector<8xf32>
              %1969 = arith.constant 3.000000e+00 : f32
              %1970 = vector.broadcast %1969 : f32 to vector<8xf32>
              %1971 = arith.cmpf olt, %1970, %1961 : vector<8xf32>
              %1972 = arith.constant 4.000000e+00 : f32
              %1973 = vector.broadcast %1972 : f32 to vector<8xf32>
              %1974 = arith.cmpf olt, %1973, %1961 : vector<8xf32>
              %1975 = arith.constant 5.000000e+00 : f32
              %1976 = vector.broadcast %1975 : f32 to vector<8xf32>
              %1977 = arith.cmpf olt, %1976, %1961 : vector<8xf32>
              %1978 = arith.constant 6.000000e+00 : f32
              %1979 = vector.broadcast %1978 : f32 to vector<8xf32>
              %1980 = arith.cmpf olt, %1979, %1961 : vector<8xf32>
              %1981 = arith.constant 7.000000e+00 : f32
              %1982 = vector.broadcast %1981 : f32 to vector<8xf32>
              %1983 = arith.cmpf olt, %1982, %1961 : vector<8xf32>
              %1984 = arith.constant -1.000000e+30 : f32
              %1985 = vector.broadcast %1984 : f32 to vector<8xf32>
              %1986 = arith.select %1962, %1925, %1985 : vector<8xf32>
              %1987 = arith.select %1965, %1929, %1985 : vector<8xf32>
              %1988 = arith.select %1968, %1933, %1985 : vector<8xf32>
              %1989 = arith.select %1971, %1938, %1985 : vector<8xf32>
              %1990 = arith.select %1974, %1943, %1985 : vector<8xf32>
              %1991 = arith.select %1977, %1948, %1985 : vector<8xf32>
              %1992 = arith.select %1980, %1953, %1985 : vector<8xf32>
              %1993 = arith.select %1983, %1957, %1985 : vector<8xf32>
              %1994 = arith.subf %1986, %1830 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1995 = arith.constant -8.700000e+01 : f32
              %1996 = vector.broadcast %1995 : f32 to vector<8xf32>
              %1997 = arith.cmpf ogt, %1994, %1996 : vector<8xf32>
              %1998 = arith.select %1997, %1994, %1996 : vector<8xf32>
              %1999 = arith.constant 8.800000e+01 : f32
              %2000 = vector.broadcast %1999 : f32 to vector<8xf32>
              %2001 = arith.cmpf olt, %1998, %2000 : vector<8xf32>
              %2002 = arith.select %2001, %1998, %2000 : vector<8xf32>
              %2003 = math.exp %2002 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2004 = arith.select %1962, %2003, %47 : vector<8xf32>
              vector.store %2004, %39[%1924] : memref<1024xf32>, vector<8xf32>
              %2005 = arith.subf %1987, %1830 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2006 = arith.cmpf ogt, %2005, %1996 : vector<8xf32>
              %2007 = arith.select %2006, %2005, %1996 : vector<8xf32>
              %2008 = arith.cmpf olt, %2007, %2000 : vector<8xf32>
              %2009 = arith.select %2008, %2007, %2000 : vector<8xf32>
              %2010 = math.exp %2009 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2011 = arith.select %1965, %2010, %47 : vector<8xf32>
              vector.store %2011, %39[%1928] : memref<1024xf32>, vector<8xf32>
              %2012 = arith.subf %1988, %1830 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2013 = arith.cmpf ogt, %2012, %1996 : vector<8xf32>
              %2014 = arith.select %2013, %2012, %1996 : vector<8xf32>
              %2015 = arith.cmpf olt, %2014, %2000 : vector<8xf32>
              %2016 = arith.select %2015, %2014, %2000 : vector<8xf32>
              %2017 = math.exp %2016 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2018 = arith.select %1968, %2017, %47 : vector<8xf32>
              vector.store %2018, %39[%1932] : memref<1024xf32>, vector<8xf32>
              %2019 = arith.subf %1989, %1830 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2020 = arith.cmpf ogt, %2019, %1996 : vector<8xf32>
              %2021 = arith.select %2020, %2019, %1996 : vector<8xf32>
              %2022 = arith.cmpf olt, %2021, %2000 : vector<8xf32>
              %2023 = arith.select %2022, %2021, %2000 : vector<8xf32>
              %2024 = math.exp %2023 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2025 = arith.select %1971, %2024, %47 : vector<8xf32>
              vector.store %2025, %39[%1937] : memref<1024xf32>, vector<8xf32>
              %2026 = arith.subf %1990, %1830 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2027 = arith.cmpf ogt, %2026, %1996 : vector<8xf32>
              %2028 = arith.select %2027, %2026, %1996 : vector<8xf32>
              %2029 = arith.cmpf olt, %2028, %2000 : vector<8xf32>
              %2030 = arith.select %2029, %2028, %2000 : vector<8xf32>
              %2031 = math.exp %2030 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2032 = arith.select %1974, %2031, %47 : vector<8xf32>
              vector.store %2032, %39[%1942] : memref<1024xf32>, vector<8xf32>
              %2033 = arith.subf %1991, %1830 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2034 = arith.cmpf ogt, %2033, %1996 : vector<8xf32>
              %2035 = arith.select %2034, %2033, %1996 : vector<8xf32>
              %2036 = arith.cmpf olt, %2035, %2000 : vector<8xf32>
              %2037 = arith.select %2036, %2035, %2000 : vector<8xf32>
              %2038 = math.exp %2037 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2039 = arith.select %1977, %2038, %47 : vector<8xf32>
              vector.store %2039, %39[%1947] : memref<1024xf32>, vector<8xf32>
              %2040 = arith.subf %1992, %1830 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2041 = arith.cmpf ogt, %2040, %1996 : vector<8xf32>
              %2042 = arith.select %2041, %2040, %1996 : vector<8xf32>
              %2043 = arith.cmpf olt, %2042, %2000 : vector<8xf32>
              %2044 = arith.select %2043, %2042, %2000 : vector<8xf32>
              %2045 = math.exp %2044 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2046 = arith.select %1980, %2045, %47 : vector<8xf32>
              vector.store %2046, %39[%1952] : memref<1024xf32>, vector<8xf32>
              %2047 = arith.subf %1993, %1830 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2048 = arith.cmpf ogt, %2047, %1996 : vector<8xf32>
              %2049 = arith.select %2048, %2047, %1996 : vector<8xf32>
              %2050 = arith.cmpf olt, %2049, %2000 : vector<8xf32>
              %2051 = arith.select %2050, %2049, %2000 : vector<8xf32>
              %2052 = math.exp %2051 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2053 = arith.select %1983, %2052, %47 : vector<8xf32>
              vector.store %2053, %39[%1956] : memref<1024xf32>, vector<8xf32>
              %2054 = arith.addf %2004, %2011 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2055 = arith.addf %2018, %2025 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2056 = arith.addf %2032, %2039 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2057 = arith.addf %2046, %2053 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2058 = arith.addf %2054, %2055 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2059 = arith.addf %2056, %2057 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2060 = arith.addf %2058, %2059 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2061 = arith.addf %1922, %2060 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              scf.yield %2061 : vector<8xf32>
            }
            %2062 = arith.subf %1829, %1830 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %2063 = arith.constant -8.700000e+01 : f32
            %2064 = vector.broadcast %2063 : f32 to vector<8xf32>
            %2065 = arith.cmpf ogt, %2062, %2064 : vector<8xf32>
            %2066 = arith.select %2065, %2062, %2064 : vector<8xf32>
            %2067 = arith.constant 8.800000e+01 : f32
            %2068 = vector.broadcast %2067 : f32 to vector<8xf32>
            %2069 = arith.cmpf olt, %2066, %2068 : vector<8xf32>
            %2070 = arith.select %2069, %2066, %2068 : vector<8xf32>
            %2071 = math.exp %2070 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %1830, %38[%1820] : memref<128xf32>, vector<8xf32>
            %2072 = arith.addi %1820, %43 : index
            %2073 = vector.load %38[%2072] : memref<128xf32>, vector<8xf32>
            %2074 = arith.mulf %2073, %2071 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %2075 = arith.addf %2074, %1920 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %2075, %38[%2072] : memref<128xf32>, vector<8xf32>
            %2076 = arith.addi %1820, %41 : index
            vector.store %2071, %38[%2076] : memref<128xf32>, vector<8xf32>
          }
          %2077 = arith.divui %32, %12 : index
          %2078 = arith.muli %2077, %12 : index
          scf.for %2079 = %20 to %2078 step %12 {
            %2080 = arith.addi %2079, %21 : index
            %2081 = arith.divui %2079, %12 : index
            %2082 = arith.remui %2079, %12 : index
            %2083 = arith.addi %29, %2081 : index
            %2084 = arith.muli %27, %12 : index
            %2085 = arith.addi %2084, %2082 : index
            %2086 = arith.muli %28, %5 : index
            %2087 = arith.addi %2086, %2083 : index
            %2088 = arith.constant 4 : index
            %2089 = arith.muli %2087, %2088 : index
            %2090 = arith.addi %2089, %2085 : index
            %2091 = arith.muli %2090, %43 : index
            %2092 = arith.divui %2080, %12 : index
            %2093 = arith.remui %2080, %12 : index
            %2094 = arith.addi %29, %2092 : index
            %2095 = arith.addi %2084, %2093 : index
            %2096 = arith.addi %2086, %2094 : index
            %2097 = arith.muli %2096, %2088 : index
            %2098 = arith.addi %2097, %2095 : index
            %2099 = arith.muli %2098, %43 : index
            %2100 = arith.divui %2079, %35 : index
            %2101 = arith.remui %2079, %35 : index
            %2102 = arith.muli %2100, %18 : index
            %2103 = arith.addi %2102, %2101 : index
            %2104 = arith.addi %2079, %41 : index
            %2105 = memref.load %38[%2104] : memref<128xf32>
            %2106 = vector.broadcast %2105 : f32 to vector<8xf32>
            %2107 = arith.addi %2080, %41 : index
            %2108 = memref.load %38[%2107] : memref<128xf32>
            %2109 = vector.broadcast %2108 : f32 to vector<8xf32>
            %2110 = arith.addi %2091, %35 : index
            %2111 = arith.addi %2091, %10 : index
            %2112 = arith.constant 24 : index
            %2113 = arith.addi %2091, %2112 : index
            %2114 = arith.addi %2099, %35 : index
            %2115 = arith.addi %2099, %10 : index
            %2116 = arith.addi %2099, %2112 : index
            %2117 = vector.load %3[%2091] : memref<?xf32>, vector<8xf32>
            %2118 = arith.mulf %2117, %2106 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %2119 = vector.load %3[%2110] : memref<?xf32>, vector<8xf32>
            %2120 = arith.mulf %2119, %2106 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %2121 = vector.load %3[%2111] : memref<?xf32>, vector<8xf32>
            %2122 = arith.mulf %2121, %2106 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %2123 = vector.load %3[%2113] : memref<?xf32>, vector<8xf32>
            %2124 = arith.mulf %2123, %2106 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %2125 = vector.load %3[%2099] : memref<?xf32>, vector<8xf32>
            %2126 = arith.mulf %2125, %2109 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %2127 = vector.load %3[%2114] : memref<?xf32>, vector<8xf32>
            %2128 = arith.mulf %2127, %2109 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %2129 = vector.load %3[%2115] : memref<?xf32>, vector<8xf32>
            %2130 = arith.mulf %2129, %2109 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %2131 = vector.load %3[%2116] : memref<?xf32>, vector<8xf32>
            %2132 = arith.mulf %2131, %2109 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %2133 = vector.load %2[%1542] : memref<?xf32>, vector<8xf32>
            %2134 = arith.addi %1542, %35 : index
            %2135 = vector.load %2[%2134] : memref<?xf32>, vector<8xf32>
            %2136 = arith.addi %1542, %10 : index
            %2137 = vector.load %2[%2136] : memref<?xf32>, vector<8xf32>
            %2138 = arith.addi %1542, %2112 : index
            %2139 = vector.load %2[%2138] : memref<?xf32>, vector<8xf32>
            %2140 = memref.load %39[%2103] : memref<1024xf32>
            %2141 = vector.broadcast %2140 : f32 to vector<8xf32>
            %2142 = vector.fma %2141, %2133, %2118 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2143 = vector.fma %2141, %2135, %2120 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2144 = vector.fma %2141, %2137, %2122 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2145 = vector.fma %2141, %2139, %2124 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2146 = arith.addi %2103, %21 : index
            %2147 = memref.load %39[%2146] : memref<1024xf32>
            %2148 = vector.broadcast %2147 : f32 to vector<8xf32>
            %2149 = vector.fma %2148, %2133, %2126 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2150 = vector.fma %2148, %2135, %2128 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2151 = vector.fma %2148, %2137, %2130 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2152 = vector.fma %2148, %2139, %2132 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2153 = arith.addi %1542, %41 : index
            %2154 = vector.load %2[%2153] : memref<?xf32>, vector<8xf32>
            %2155 = arith.constant 72 : index
            %2156 = arith.addi %1542, %2155 : index
            %2157 = vector.load %2[%2156] : memref<?xf32>, vector<8xf32>
            %2158 = arith.constant 80 : index
            %2159 = arith.addi %1542, %2158 : index
            %2160 = vector.load %2[%2159] : memref<?xf32>, vector<8xf32>
            %2161 = arith.constant 88 : index
            %2162 = arith.addi %1542, %2161 : index
            %2163 = vector.load %2[%2162] : memref<?xf32>, vector<8xf32>
            %2164 = arith.addi %2103, %35 : index
            %2165 = memref.load %39[%2164] : memref<1024xf32>
            %2166 = vector.broadcast %2165 : f32 to vector<8xf32>
            %2167 = vector.fma %2166, %2154, %2142 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2168 = vector.fma %2166, %2157, %2143 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2169 = vector.fma %2166, %2160, %2144 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2170 = vector.fma %2166, %2163, %2145 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2171 = arith.constant 9 : index
            %2172 = arith.addi %2103, %2171 : index
            %2173 = memref.load %39[%2172] : memref<1024xf32>
            %2174 = vector.broadcast %2173 : f32 to vector<8xf32>
            %2175 = vector.fma %2174, %2154, %2149 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2176 = vector.fma %2174, %2157, %2150 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2177 = vector.fma %2174, %2160, %2151 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2178 = vector.fma %2174, %2163, %2152 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2179 = arith.addi %1542, %18 : index
            %2180 = vector.load %2[%2179] : memref<?xf32>, vector<8xf32>
            %2181 = arith.constant 136 : index
            %2182 = arith.addi %1542, %2181 : index
            %2183 = vector.load %2[%2182] : memref<?xf32>, vector<8xf32>
            %2184 = arith.constant 144 : index
            %2185 = arith.addi %1542, %2184 : index
            %2186 = vector.load %2[%2185] : memref<?xf32>, vector<8xf32>
            %2187 = arith.constant 152 : index
            %2188 = arith.addi %1542, %2187 : index
            %2189 = vector.load %2[%2188] : memref<?xf32>, vector<8xf32>
            %2190 = arith.addi %2103, %10 : index
            %2191 = memref.load %39[%2190] : memref<1024xf32>
            %2192 = vector.broadcast %2191 : f32 to vector<8xf32>
            %2193 = vector.fma %2192, %2180, %2167 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2194 = vector.fma %2192, %2183, %2168 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2195 = vector.fma %2192, %2186, %2169 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2196 = vector.fma %2192, %2189, %2170 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2197 = arith.constant 17 : index
            %2198 = arith.addi %2103, %2197 : index
            %2199 = memref.load %39[%2198] : memref<1024xf32>
            %2200 = vector.broadcast %2199 : f32 to vector<8xf32>
            %2201 = vector.fma %2200, %2180, %2175 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2202 = vector.fma %2200, %2183, %2176 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2203 = vector.fma %2200, %2186, %2177 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2204 = vector.fma %2200, %2189, %2178 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2205 = arith.constant 192 : index
            %2206 = arith.addi %1542, %2205 : index
            %2207 = vector.load %2[%2206] : memref<?xf32>, vector<8xf32>
            %2208 = arith.constant 200 : index
            %2209 = arith.addi %1542, %2208 : index
            %2210 = vector.load %2[%2209] : memref<?xf32>, vector<8xf32>
            %2211 = arith.constant 208 : index
            %2212 = arith.addi %1542, %2211 : index
            %2213 = vector.load %2[%2212] : memref<?xf32>, vector<8xf32>
            %2214 = arith.constant 216 : index
            %2215 = arith.addi %1542, %2214 : index
            %2216 = vector.load %2[%2215] : memref<?xf32>, vector<8xf32>
            %2217 = arith.addi %2103, %2112 : index
            %2218 = memref.load %39[%2217] : memref<1024xf32>
            %2219 = vector.broadcast %2218 : f32 to vector<8xf32>
            %2220 = vector.fma %2219, %2207, %2193 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2221 = vector.fma %2219, %2210, %2194 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2222 = vector.fma %2219, %2213, %2195 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2223 = vector.fma %2219, %2216, %2196 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2224 = arith.constant 25 : index
            %2225 = arith.addi %2103, %2224 : index
            %2226 = memref.load %39[%2225] : memref<1024xf32>
            %2227 = vector.broadcast %2226 : f32 to vector<8xf32>
            %2228 = vector.fma %2227, %2207, %2201 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2229 = vector.fma %2227, %2210, %2202 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2230 = vector.fma %2227, %2213, %2203 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2231 = vector.fma %2227, %2216, %2204 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2232 = arith.constant 256 : index
            %2233 = arith.addi %1542, %2232 : index
            %2234 = vector.load %2[%2233] : memref<?xf32>, vector<8xf32>
            %2235 = arith.constant 264 : index
            %2236 = arith.addi %1542, %2235 : index
            %2237 = vector.load %2[%2236] : memref<?xf32>, vector<8xf32>
            %2238 = arith.constant 272 : index
            %2239 = arith.addi %1542, %2238 : index
            %2240 = vector.load %2[%2239] : memref<?xf32>, vector<8xf32>
            %2241 = arith.constant 280 : index
            %2242 = arith.addi %1542, %2241 : index
            %2243 = vector.load %2[%2242] : memref<?xf32>, vector<8xf32>
            %2244 = arith.addi %2103, %43 : index
            %2245 = memref.load %39[%2244] : memref<1024xf32>
            %2246 = vector.broadcast %2245 : f32 to vector<8xf32>
            %2247 = vector.fma %2246, %2234, %2220 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2248 = vector.fma %2246, %2237, %2221 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2249 = vector.fma %2246, %2240, %2222 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2250 = vector.fma %2246, %2243, %2223 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2251 = arith.constant 33 : index
            %2252 = arith.addi %2103, %2251 : index
            %2253 = memref.load %39[%2252] : memref<1024xf32>
            %2254 = vector.broadcast %2253 : f32 to vector<8xf32>
            %2255 = vector.fma %2254, %2234, %2228 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2256 = vector.fma %2254, %2237, %2229 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2257 = vector.fma %2254, %2240, %2230 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2258 = vector.fma %2254, %2243, %2231 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2259 = arith.constant 320 : index
            %2260 = arith.addi %1542, %2259 : index
            %2261 = vector.load %2[%2260] : memref<?xf32>, vector<8xf32>
            %2262 = arith.constant 328 : index
            %2263 = arith.addi %1542, %2262 : index
            %2264 = vector.load %2[%2263] : memref<?xf32>, vector<8xf32>
            %2265 = arith.constant 336 : index
            %2266 = arith.addi %1542, %2265 : index
            %2267 = vector.load %2[%2266] : memref<?xf32>, vector<8xf32>
            %2268 = arith.constant 344 : index
            %2269 = arith.addi %1542, %2268 : index
            %2270 = vector.load %2[%2269] : memref<?xf32>, vector<8xf32>
            %2271 = arith.constant 40 : index
            %2272 = arith.addi %2103, %2271 : index
            %2273 = memref.load %39[%2272] : memref<1024xf32>
            %2274 = vector.broadcast %2273 : f32 to vector<8xf32>
            %2275 = vector.fma %2274, %2261, %2247 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2276 = vector.fma %2274, %2264, %2248 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2277 = vector.fma %2274, %2267, %2249 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2278 = vector.fma %2274, %2270, %2250 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2279 = arith.constant 41 : index
            %2280 = arith.addi %2103, %2279 : index
            %2281 = memref.load %39[%2280] : memref<1024xf32>
            %2282 = vector.broadcast %2281 : f32 to vector<8xf32>
            %2283 = vector.fma %2282, %2261, %2255 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2284 = vector.fma %2282, %2264, %2256 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2285 = vector.fma %2282, %2267, %2257 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2286 = vector.fma %2282, %2270, %2258 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2287 = arith.constant 384 : index
            %2288 = arith.addi %1542, %2287 : index
            %2289 = vector.load %2[%2288] : memref<?xf32>, vector<8xf32>
            %2290 = arith.constant 392 : index
            %2291 = arith.addi %1542, %2290 : index
            %2292 = vector.load %2[%2291] : memref<?xf32>, vector<8xf32>
            %2293 = arith.constant 400 : index
            %2294 = arith.addi %1542, %2293 : index
            %2295 = vector.load %2[%2294] : memref<?xf32>, vector<8xf32>
            %2296 = arith.constant 408 : index
            %2297 = arith.addi %1542, %2296 : index
            %2298 = vector.load %2[%2297] : memref<?xf32>, vector<8xf32>
            %2299 = arith.constant 48 : index
            %2300 = arith.addi %2103, %2299 : index
            %2301 = memref.load %39[%2300] : memref<1024xf32>
            %2302 = vector.broadcast %2301 : f32 to vector<8xf32>
            %2303 = vector.fma %2302, %2289, %2275 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2304 = vector.fma %2302, %2292, %2276 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2305 = vector.fma %2302, %2295, %2277 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2306 = vector.fma %2302, %2298, %2278 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2307 = arith.constant 49 : index
            %2308 = arith.addi %2103, %2307 : index
            %2309 = memref.load %39[%2308] : memref<1024xf32>
            %2310 = vector.broadcast %2309 : f32 to vector<8xf32>
            %2311 = vector.fma %2310, %2289, %2283 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2312 = vector.fma %2310, %2292, %2284 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2313 = vector.fma %2310, %2295, %2285 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2314 = vector.fma %2310, %2298, %2286 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2315 = arith.constant 448 : index
            %2316 = arith.addi %1542, %2315 : index
            %2317 = vector.load %2[%2316] : memref<?xf32>, vector<8xf32>
            %2318 = arith.constant 456 : index
            %2319 = arith.addi %1542, %2318 : index
            %2320 = vector.load %2[%2319] : memref<?xf32>, vector<8xf32>
            %2321 = arith.constant 464 : index
            %2322 = arith.addi %1542, %2321 : index
            %2323 = vector.load %2[%2322] : memref<?xf32>, vector<8xf32>
            %2324 = arith.constant 472 : index
            %2325 = arith.addi %1542, %2324 : index
            %2326 = vector.load %2[%2325] : memref<?xf32>, vector<8xf32>
            %2327 = arith.constant 56 : index
            %2328 = arith.addi %2103, %2327 : index
            %2329 = memref.load %39[%2328] : memref<1024xf32>
            %2330 = vector.broadcast %2329 : f32 to vector<8xf32>
            %2331 = vector.fma %2330, %2317, %2303 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2332 = vector.fma %2330, %2320, %2304 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2333 = vector.fma %2330, %2323, %2305 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2334 = vector.fma %2330, %2326, %2306 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2335 = arith.constant 57 : index
            %2336 = arith.addi %2103, %2335 : index
            %2337 = memref.load %39[%2336] : memref<1024xf32>
            %2338 = vector.broadcast %2337 : f32 to vector<8xf32>
            %2339 = vector.fma %2338, %2317, %2311 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2340 = vector.fma %2338, %2320, %2312 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2341 = vector.fma %2338, %2323, %2313 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2342 = vector.fma %2338, %2326, %2314 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2343 = arith.constant 512 : index
            %2344 = arith.addi %1542, %2343 : index
            %2345 = arith.addi %2103, %41 : index
            %2346 = vector.load %2[%2344] : memref<?xf32>, vector<8xf32>
            %2347 = arith.addi %2344, %35 : index
            %2348 = vector.load %2[%2347] : memref<?xf32>, vector<8xf32>
            %2349 = arith.addi %2344, %10 : index
            %2350 = vector.load %2[%2349] : memref<?xf32>, vector<8xf32>
            %2351 = arith.addi %2344, %2112 : index
            %2352 = vector.load %2[%2351] : memref<?xf32>, vector<8xf32>
            %2353 = memref.load %39[%2345] : memref<1024xf32>
            %2354 = vector.broadcast %2353 : f32 to vector<8xf32>
            %2355 = vector.fma %2354, %2346, %2331 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2356 = vector.fma %2354, %2348, %2332 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2357 = vector.fma %2354, %2350, %2333 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2358 = vector.fma %2354, %2352, %2334 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2359 = arith.addi %2345, %21 : index
            %2360 = memref.load %39[%2359] : memref<1024xf32>
            %2361 = vector.broadcast %2360 : f32 to vector<8xf32>
            %2362 = vector.fma %2361, %2346, %2339 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2363 = vector.fma %2361, %2348, %2340 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2364 = vector.fma %2361, %2350, %2341 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2365 = vector.fma %2361, %2352, %2342 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2366 = arith.addi %2344, %41 : index
            %2367 = vector.load %2[%2366] : memref<?xf32>, vector<8xf32>
            %2368 = arith.addi %2344, %2155 : index
            %2369 = vector.load %2[%2368] : memref<?xf32>, vector<8xf32>
            %2370 = arith.addi %2344, %2158 : index
            %2371 = vector.load %2[%2370] : memref<?xf32>, vector<8xf32>
            %2372 = arith.addi %2344, %2161 : index
            %2373 = vector.load %2[%2372] : memref<?xf32>, vector<8xf32>
            %2374 = arith.addi %2345, %35 : index
            %2375 = memref.load %39[%2374] : memref<1024xf32>
            %2376 = vector.broadcast %2375 : f32 to vector<8xf32>
            %2377 = vector.fma %2376, %2367, %2355 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2378 = vector.fma %2376, %2369, %2356 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2379 = vector.fma %2376, %2371, %2357 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2380 = vector.fma %2376, %2373, %2358 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2381 = arith.addi %2345, %2171 : index
            %2382 = memref.load %39[%2381] : memref<1024xf32>
            %2383 = vector.broadcast %2382 : f32 to vector<8xf32>
            %2384 = vector.fma %2383, %2367, %2362 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2385 = vector.fma %2383, %2369, %2363 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2386 = vector.fma %2383, %2371, %2364 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2387 = vector.fma %2383, %2373, %2365 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2388 = arith.addi %2344, %18 : index
            %2389 = vector.load %2[%2388] : memref<?xf32>, vector<8xf32>
            %2390 = arith.addi %2344, %2181 : index
            %2391 = vector.load %2[%2390] : memref<?xf32>, vector<8xf32>
            %2392 = arith.addi %2344, %2184 : index
            %2393 = vector.load %2[%2392] : memref<?xf32>, vector<8xf32>
            %2394 = arith.addi %2344, %2187 : index
            %2395 = vector.load %2[%2394] : memref<?xf32>, vector<8xf32>
            %2396 = arith.addi %2345, %10 : index
            %2397 = memref.load %39[%2396] : memref<1024xf32>
            %2398 = vector.broadcast %2397 : f32 to vector<8xf32>
            %2399 = vector.fma %2398, %2389, %2377 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2400 = vector.fma %2398, %2391, %2378 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2401 = vector.fma %2398, %2393, %2379 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2402 = vector.fma %2398, %2395, %2380 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2403 = arith.addi %2345, %2197 : index
            %2404 = memref.load %39[%2403] : memref<1024xf32>
            %2405 = vector.broadcast %2404 : f32 to vector<8xf32>
            %2406 = vector.fma %2405, %2389, %2384 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2407 = vector.fma %2405, %2391, %2385 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2408 = vector.fma %2405, %2393, %2386 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2409 = vector.fma %2405, %2395, %2387 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2410 = arith.addi %2344, %2205 : index
            %2411 = vector.load %2[%2410] : memref<?xf32>, vector<8xf32>
            %2412 = arith.addi %2344, %2208 : index
            %2413 = vector.load %2[%2412] : memref<?xf32>, vector<8xf32>
            %2414 = arith.addi %2344, %2211 : index
            %2415 = vector.load %2[%2414] : memref<?xf32>, vector<8xf32>
            %2416 = arith.addi %2344, %2214 : index
            %2417 = vector.load %2[%2416] : memref<?xf32>, vector<8xf32>
            %2418 = arith.addi %2345, %2112 : index
            %2419 = memref.load %39[%2418] : memref<1024xf32>
            %2420 = vector.broadcast %2419 : f32 to vector<8xf32>
            %2421 = vector.fma %2420, %2411, %2399 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2422 = vector.fma %2420, %2413, %2400 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2423 = vector.fma %2420, %2415, %2401 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2424 = vector.fma %2420, %2417, %2402 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2425 = arith.addi %2345, %2224 : index
            %2426 = memref.load %39[%2425] : memref<1024xf32>
            %2427 = vector.broadcast %2426 : f32 to vector<8xf32>
            %2428 = vector.fma %2427, %2411, %2406 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2429 = vector.fma %2427, %2413, %2407 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2430 = vector.fma %2427, %2415, %2408 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2431 = vector.fma %2427, %2417, %2409 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2432 = arith.addi %2344, %2232 : index
            %2433 = vector.load %2[%2432] : memref<?xf32>, vector<8xf32>
            %2434 = arith.addi %2344, %2235 : index
            %2435 = vector.load %2[%2434] : memref<?xf32>, vector<8xf32>
            %2436 = arith.addi %2344, %2238 : index
            %2437 = vector.load %2[%2436] : memref<?xf32>, vector<8xf32>
            %2438 = arith.addi %2344, %2241 : index
            %2439 = vector.load %2[%2438] : memref<?xf32>, vector<8xf32>
            %2440 = arith.addi %2345, %43 : index
            %2441 = memref.load %39[%2440] : memref<1024xf32>
            %2442 = vector.broadcast %2441 : f32 to vector<8xf32>
            %2443 = vector.fma %2442, %2433, %2421 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2444 = vector.fma %2442, %2435, %2422 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2445 = vector.fma %2442, %2437, %2423 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2446 = vector.fma %2442, %2439, %2424 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2447 = arith.addi %2345, %2251 : index
            %2448 = memref.load %39[%2447] : memref<1024xf32>
            %2449 = vector.broadcast %2448 : f32 to vector<8xf32>
            %2450 = vector.fma %2449, %2433, %2428 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2451 = vector.fma %2449, %2435, %2429 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2452 = vector.fma %2449, %2437, %2430 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2453 = vector.fma %2449, %2439, %2431 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2454 = arith.addi %2344, %2259 : index
            %2455 = vector.load %2[%2454] : memref<?xf32>, vector<8xf32>
            %2456 = arith.addi %2344, %2262 : index
            %2457 = vector.load %2[%2456] : memref<?xf32>, vector<8xf32>
            %2458 = arith.addi %2344, %2265 : index
            %2459 = vector.load %2[%2458] : memref<?xf32>, vector<8xf32>
            %2460 = arith.addi %2344, %2268 : index
            %2461 = vector.load %2[%2460] : memref<?xf32>, vector<8xf32>
            %2462 = arith.addi %2345, %2271 : index
            %2463 = memref.load %39[%2462] : memref<1024xf32>
            %2464 = vector.broadcast %2463 : f32 to vector<8xf32>
            %2465 = vector.fma %2464, %2455, %2443 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2466 = vector.fma %2464, %2457, %2444 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2467 = vector.fma %2464, %2459, %2445 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2468 = vector.fma %2464, %2461, %2446 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2469 = arith.addi %2345, %2279 : index
            %2470 = memref.load %39[%2469] : memref<1024xf32>
            %2471 = vector.broadcast %2470 : f32 to vector<8xf32>
            %2472 = vector.fma %2471, %2455, %2450 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2473 = vector.fma %2471, %2457, %2451 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2474 = vector.fma %2471, %2459, %2452 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2475 = vector.fma %2471, %2461, %2453 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2476 = arith.addi %2344, %2287 : index
            %2477 = vector.load %2[%2476] : memref<?xf32>, vector<8xf32>
            %2478 = arith.addi %2344, %2290 : index
            %2479 = vector.load %2[%2478] : memref<?xf32>, vector<8xf32>
            %2480 = arith.addi %2344, %2293 : index
            %2481 = vector.load %2[%2480] : memref<?xf32>, vector<8xf32>
            %2482 = arith.addi %2344, %2296 : index
            %2483 = vector.load %2[%2482] : memref<?xf32>, vector<8xf32>
            %2484 = arith.addi %2345, %2299 : index
            %2485 = memref.load %39[%2484] : memref<1024xf32>
            %2486 = vector.broadcast %2485 : f32 to vector<8xf32>
            %2487 = vector.fma %2486, %2477, %2465 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2488 = vector.fma %2486, %2479, %2466 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2489 = vector.fma %2486, %2481, %2467 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2490 = vector.fma %2486, %2483, %2468 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2491 = arith.addi %2345, %2307 : index
            %2492 = memref.load %39[%2491] : memref<1024xf32>
            %2493 = vector.broadcast %2492 : f32 to vector<8xf32>
            %2494 = vector.fma %2493, %2477, %2472 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2495 = vector.fma %2493, %2479, %2473 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2496 = vector.fma %2493, %2481, %2474 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2497 = vector.fma %2493, %2483, %2475 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2498 = arith.addi %2344, %2315 : index
            %2499 = vector.load %2[%2498] : memref<?xf32>, vector<8xf32>
            %2500 = arith.addi %2344, %2318 : index
            %2501 = vector.load %2[%2500] : memref<?xf32>, vector<8xf32>
            %2502 = arith.addi %2344, %2321 : index
            %2503 = vector.load %2[%2502] : memref<?xf32>, vector<8xf32>
            %2504 = arith.addi %2344, %2324 : index
            %2505 = vector.load %2[%2504] : memref<?xf32>, vector<8xf32>
            %2506 = arith.addi %2345, %2327 : index
            %2507 = memref.load %39[%2506] : memref<1024xf32>
            %2508 = vector.broadcast %2507 : f32 to vector<8xf32>
            %2509 = vector.fma %2508, %2499, %2487 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2510 = vector.fma %2508, %2501, %2488 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2511 = vector.fma %2508, %2503, %2489 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2512 = vector.fma %2508, %2505, %2490 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2513 = arith.addi %2345, %2335 : index
            %2514 = memref.load %39[%2513] : memref<1024xf32>
            %2515 = vector.broadcast %2514 : f32 to vector<8xf32>
            %2516 = vector.fma %2515, %2499, %2494 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2517 = vector.fma %2515, %2501, %2495 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2518 = vector.fma %2515, %2503, %2496 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2519 = vector.fma %2515, %2505, %2497 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            vector.store %2509, %3[%2091] : memref<?xf32>, vector<8xf32>
            vector.store %2510, %3[%2110] : memref<?xf32>, vector<8xf32>
            vector.store %2511, %3[%2111] : memref<?xf32>, vector<8xf32>
            vector.store %2512, %3[%2113] : memref<?xf32>, vector<8xf32>
            vector.store %2516, %3[%2099] : memref<?xf32>, vector<8xf32>
            vector.store %2517, %3[%2114] : memref<?xf32>, vector<8xf32>
            vector.store %2518, %3[%2115] : memref<?xf32>, vector<8xf32>
            vector.store %2519, %3[%2116] : memref<?xf32>, vector<8xf32>
          }
          scf.for %2520 = %2078 to %32 step %21 {
            %2521 = arith.divui %2520, %12 : index
            %2522 = arith.remui %2520, %12 : index
            %2523 = arith.addi %29, %2521 : index
            %2524 = arith.muli %27, %12 : index
            %2525 = arith.addi %2524, %2522 : index
            %2526 = arith.muli %28, %5 : index
            %2527 = arith.addi %2526, %2523 : index
            %2528 = arith.constant 4 : index
            %2529 = arith.muli %2527, %2528 : index
            %2530 = arith.addi %2529, %2525 : index
            %2531 = arith.muli %2530, %43 : index
            %2532 = arith.divui %2520, %35 : index
            %2533 = arith.remui %2520, %35 : index
            %2534 = arith.muli %2532, %18 : index
            %2535 = arith.addi %2534, %2533 : index
            %2536 = arith.addi %2520, %41 : index
            %2537 = memref.load %38[%2536] : memref<128xf32>
            %2538 = vector.broadcast %2537 : f32 to vector<8xf32>
            %2539 = arith.addi %2531, %35 : index
            %2540 = arith.addi %2531, %10 : index
            %2541 = arith.constant 24 : index
            %2542 = arith.addi %2531, %2541 : index
            %2543 = vector.load %3[%2531] : memref<?xf32>, vector<8xf32>
            %2544 = arith.mulf %2543, %2538 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %2545 = vector.load %3[%2539] : memref<?xf32>, vector<8xf32>
            %2546 = arith.mulf %2545, %2538 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %2547 = vector.load %3[%2540] : memref<?xf32>, vector<8xf32>
            %2548 = arith.mulf %2547, %2538 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %2549 = vector.load %3[%2542] : memref<?xf32>, vector<8xf32>
            %2550 = arith.mulf %2549, %2538 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %2551, %2552, %2553, %2554 = scf.for %2555 = %20 to %10 step %35 iter_args(%2556 = %2544, %2557 = %2546, %2558 = %2548, %2559 = %2550) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %2560 = arith.muli %2555, %41 : index
              %2561 = arith.addi %1542, %2560 : index
              %2562 = arith.muli %2555, %35 : index
              %2563 = arith.addi %2535, %2562 : index
              %2564 = vector.load %2[%2561] : memref<?xf32>, vector<8xf32>
              %2565 = arith.addi %2561, %35 : index
              %2566 = vector.load %2[%2565] : memref<?xf32>, vector<8xf32>
              %2567 = arith.addi %2561, %10 : index
              %2568 = vector.load %2[%2567] : memref<?xf32>, vector<8xf32>
              %2569 = arith.addi %2561, %2541 : index
              %2570 = vector.load %2[%2569] : memref<?xf32>, vector<8xf32>
              %2571 = memref.load %39[%2563] : memref<1024xf32>
              %2572 = vector.broadcast %2571 : f32 to vector<8xf32>
              %2573 = vector.fma %2572, %2564, %2556 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2574 = vector.fma %2572, %2566, %2557 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2575 = vector.fma %2572, %2568, %2558 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2576 = vector.fma %2572, %2570, %2559 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2577 = arith.addi %2561, %41 : index
              %2578 = vector.load %2[%2577] : memref<?xf32>, vector<8xf32>
              %2579 = arith.constant 72 : index
              %2580 = arith.addi %2561, %2579 : index
              %2581 = vector.load %2[%2580] : memref<?xf32>, vector<8xf32>
              %2582 = arith.constant 80 : index
              %2583 = arith.addi %2561, %2582 : index
              %2584 = vector.load %2[%2583] : memref<?xf32>, vector<8xf32>
              %2585 = arith.constant 88 : index
              %2586 = arith.addi %2561, %2585 : index
              %2587 = vector.load %2[%2586] : memref<?xf32>, vector<8xf32>
              %2588 = arith.addi %2563, %35 : index
              %2589 = memref.load %39[%2588] : memref<1024xf32>
              %2590 = vector.broadcast %2589 : f32 to vector<8xf32>
              %2591 = vector.fma %2590, %2578, %2573 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2592 = vector.fma %2590, %2581, %2574 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2593 = vector.fma %2590, %2584, %2575 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2594 = vector.fma %2590, %2587, %2576 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2595 = arith.addi %2561, %18 : index
              %2596 = vector.load %2[%2595] : memref<?xf32>, vector<8xf32>
              %2597 = arith.constant 136 : index
              %2598 = arith.addi %2561, %2597 : index
              %2599 = vector.load %2[%2598] : memref<?xf32>, vector<8xf32>
              %2600 = arith.constant 144 : index
              %2601 = arith.addi %2561, %2600 : index
              %2602 = vector.load %2[%2601] : memref<?xf32>, vector<8xf32>
              %2603 = arith.constant 152 : index
              %2604 = arith.addi %2561, %2603 : index
              %2605 = vector.load %2[%2604] : memref<?xf32>, vector<8xf32>
              %2606 = arith.addi %2563, %10 : index
              %2607 = memref.load %39[%2606] : memref<1024xf32>
              %2608 = vector.broadcast %2607 : f32 to vector<8xf32>
              %2609 = vector.fma %2608, %2596, %2591 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2610 = vector.fma %2608, %2599, %2592 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2611 = vector.fma %2608, %2602, %2593 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2612 = vector.fma %2608, %2605, %2594 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2613 = arith.constant 192 : index
              %2614 = arith.addi %2561, %2613 : index
              %2615 = vector.load %2[%2614] : memref<?xf32>, vector<8xf32>
              %2616 = arith.constant 200 : index
              %2617 = arith.addi %2561, %2616 : index
              %2618 = vector.load %2[%2617] : memref<?xf32>, vector<8xf32>
              %2619 = arith.constant 208 : index
              %2620 = arith.addi %2561, %2619 : index
              %2621 = vector.load %2[%2620] : memref<?xf32>, vector<8xf32>
              %2622 = arith.constant 216 : index
              %2623 = arith.addi %2561, %2622 : index
              %2624 = vector.load %2[%2623] : memref<?xf32>, vector<8xf32>
              %2625 = arith.addi %2563, %2541 : index
              %2626 = memref.load %39[%2625] : memref<1024xf32>
              %2627 = vector.broadcast %2626 : f32 to vector<8xf32>
              %2628 = vector.fma %2627, %2615, %2609 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2629 = vector.fma %2627, %2618, %2610 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2630 = vector.fma %2627, %2621, %2611 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2631 = vector.fma %2627, %2624, %2612 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2632 = arith.constant 256 : index
              %2633 = arith.addi %2561, %2632 : index
              %2634 = vector.load %2[%2633] : memref<?xf32>, vector<8xf32>
              %2635 = arith.constant 264 : index
              %2636 = arith.addi %2561, %2635 : index
              %2637 = vector.load %2[%2636] : memref<?xf32>, vector<8xf32>
              %2638 = arith.constant 272 : index
              %2639 = arith.addi %2561, %2638 : index
              %2640 = vector.load %2[%2639] : memref<?xf32>, vector<8xf32>
              %2641 = arith.constant 280 : index
              %2642 = arith.addi %2561, %2641 : index
              %2643 = vector.load %2[%2642] : memref<?xf32>, vector<8xf32>
              %2644 = arith.addi %2563, %43 : index
              %2645 = memref.load %39[%2644] : memref<1024xf32>
              %2646 = vector.broadcast %2645 : f32 to vector<8xf32>
              %2647 = vector.fma %2646, %2634, %2628 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2648 = vector.fma %2646, %2637, %2629 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2649 = vector.fma %2646, %2640, %2630 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2650 = vector.fma %2646, %2643, %2631 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2651 = arith.constant 320 : index
              %2652 = arith.addi %2561, %2651 : index
              %2653 = vector.load %2[%2652] : memref<?xf32>, vector<8xf32>
              %2654 = arith.constant 328 : index
              %2655 = arith.addi %2561, %2654 : index
              %2656 = vector.load %2[%2655] : memref<?xf32>, vector<8xf32>
              %2657 = arith.constant 336 : index
              %2658 = arith.addi %2561, %2657 : index
              %2659 = vector.load %2[%2658] : memref<?xf32>, vector<8xf32>
              %2660 = arith.constant 344 : index
              %2661 = arith.addi %2561, %2660 : index
              %2662 = vector.load %2[%2661] : memref<?xf32>, vector<8xf32>
              %2663 = arith.constant 40 : index
              %2664 = arith.addi %2563, %2663 : index
              %2665 = memref.load %39[%2664] : memref<1024xf32>
              %2666 = vector.broadcast %2665 : f32 to vector<8xf32>
              %2667 = vector.fma %2666, %2653, %2647 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2668 = vector.fma %2666, %2656, %2648 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2669 = vector.fma %2666, %2659, %2649 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2670 = vector.fma %2666, %2662, %2650 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2671 = arith.constant 384 : index
              %2672 = arith.addi %2561, %2671 : index
              %2673 = vector.load %2[%2672] : memref<?xf32>, vector<8xf32>
              %2674 = arith.constant 392 : index
              %2675 = arith.addi %2561, %2674 : index
              %2676 = vector.load %2[%2675] : memref<?xf32>, vector<8xf32>
              %2677 = arith.constant 400 : index
              %2678 = arith.addi %2561, %2677 : index
              %2679 = vector.load %2[%2678] : memref<?xf32>, vector<8xf32>
              %2680 = arith.constant 408 : index
              %2681 = arith.addi %2561, %2680 : index
              %2682 = vector.load %2[%2681] : memref<?xf32>, vector<8xf32>
              %2683 = arith.constant 48 : index
              %2684 = arith.addi %2563, %2683 : index
              %2685 = memref.load %39[%2684] : memref<1024xf32>
              %2686 = vector.broadcast %2685 : f32 to vector<8xf32>
              %2687 = vector.fma %2686, %2673, %2667 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2688 = vector.fma %2686, %2676, %2668 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2689 = vector.fma %2686, %2679, %2669 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2690 = vector.fma %2686, %2682, %2670 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2691 = arith.constant 448 : index
              %2692 = arith.addi %2561, %2691 : index
              %2693 = vector.load %2[%2692] : memref<?xf32>, vector<8xf32>
              %2694 = arith.constant 456 : index
              %2695 = arith.addi %2561, %2694 : index
              %2696 = vector.load %2[%2695] : memref<?xf32>, vector<8xf32>
              %2697 = arith.constant 464 : index
              %2698 = arith.addi %2561, %2697 : index
              %2699 = vector.load %2[%2698] : memref<?xf32>, vector<8xf32>
              %2700 = arith.constant 472 : index
              %2701 = arith.addi %2561, %2700 : index
              %2702 = vector.load %2[%2701] : memref<?xf32>, vector<8xf32>
              %2703 = arith.constant 56 : index
              %2704 = arith.addi %2563, %2703 : index
              %2705 = memref.load %39[%2704] : memref<1024xf32>
              %2706 = vector.broadcast %2705 : f32 to vector<8xf32>
              %2707 = vector.fma %2706, %2693, %2687 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2708 = vector.fma %2706, %2696, %2688 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2709 = vector.fma %2706, %2699, %2689 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2710 = vector.fma %2706, %2702, %2690 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              scf.yield %2707, %2708, %2709, %2710 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            vector.store %2551, %3[%2531] : memref<?xf32>, vector<8xf32>
            vector.store %2552, %3[%2539] : memref<?xf32>, vector<8xf32>
            vector.store %2553, %3[%2540] : memref<?xf32>, vector<8xf32>
            vector.store %2554, %3[%2542] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.for %2711 = %1539 to %96 step %35 {
          %2712 = arith.muli %2711, %41 : index
          %2713 = arith.addi %45, %2712 : index
          scf.for %2714 = %20 to %36 step %21 {
            %2715 = arith.muli %2714, %35 : index
            %2716 = arith.minui %2715, %37 : index
            %2717 = arith.divui %2716, %12 : index
            %2718 = arith.remui %2716, %12 : index
            %2719 = arith.addi %29, %2717 : index
            %2720 = arith.muli %27, %12 : index
            %2721 = arith.addi %2720, %2718 : index
            %2722 = arith.muli %28, %5 : index
            %2723 = arith.addi %2722, %2719 : index
            %2724 = arith.constant 4 : index
            %2725 = arith.muli %2723, %2724 : index
            %2726 = arith.addi %2725, %2721 : index
            %2727 = arith.muli %2726, %43 : index
            %2728 = arith.addi %2715, %21 : index
            %2729 = arith.minui %2728, %37 : index
            %2730 = arith.divui %2729, %12 : index
            %2731 = arith.remui %2729, %12 : index
            %2732 = arith.addi %29, %2730 : index
            %2733 = arith.addi %2720, %2731 : index
            %2734 = arith.addi %2722, %2732 : index
            %2735 = arith.muli %2734, %2724 : index
            %2736 = arith.addi %2735, %2733 : index
            %2737 = arith.muli %2736, %43 : index
            %2738 = arith.addi %2715, %12 : index
            %2739 = arith.minui %2738, %37 : index
            %2740 = arith.divui %2739, %12 : index
            %2741 = arith.remui %2739, %12 : index
            %2742 = arith.addi %29, %2740 : index
            %2743 = arith.addi %2720, %2741 : index
            %2744 = arith.addi %2722, %2742 : index
            %2745 = arith.muli %2744, %2724 : index
            %2746 = arith.addi %2745, %2743 : index
            %2747 = arith.muli %2746, %43 : index
            %2748 = arith.constant 3 : index
            %2749 = arith.addi %2715, %2748 : index
            %2750 = arith.minui %2749, %37 : index
            %2751 = arith.divui %2750, %12 : index
            %2752 = arith.remui %2750, %12 : index
            %2753 = arith.addi %29, %2751 : index
            %2754 = arith.addi %2720, %2752 : index
            %2755 = arith.addi %2722, %2753 : index
            %2756 = arith.muli %2755, %2724 : index
            %2757 = arith.addi %2756, %2754 : index
            %2758 = arith.muli %2757, %43 : index
            %2759 = arith.addi %2715, %2724 : index
            %2760 = arith.minui %2759, %37 : index
            %2761 = arith.divui %2760, %12 : index
            %2762 = arith.remui %2760, %12 : index
            %2763 = arith.addi %29, %2761 : index
            %2764 = arith.addi %2720, %2762 : index
            %2765 = arith.addi %2722, %2763 : index
            %2766 = arith.muli %2765, %2724 : index
            %2767 = arith.addi %2766, %2764 : index
            %2768 = arith.muli %2767, %43 : index
            %2769 = arith.constant 5 : index
            %2770 = arith.addi %2715, %2769 : index
            %2771 = arith.minui %2770, %37 : index
            %2772 = arith.divui %2771, %12 : index
            %2773 = arith.remui %2771, %12 : index
            %2774 = arith.addi %29, %2772 : index
            %2775 = arith.addi %2720, %2773 : index
            %2776 = arith.addi %2722, %2774 : index
            %2777 = arith.muli %2776, %2724 : index
            %2778 = arith.addi %2777, %2775 : index
            %2779 = arith.muli %2778, %43 : index
            %2780 = arith.constant 6 : index
            %2781 = arith.addi %2715, %2780 : index
            %2782 = arith.minui %2781, %37 : index
            %2783 = arith.divui %2782, %12 : index
            %2784 = arith.remui %2782, %12 : index
            %2785 = arith.addi %29, %2783 : index
            %2786 = arith.addi %2720, %2784 : index
            %2787 = arith.addi %2722, %2785 : index
            %2788 = arith.muli %2787, %2724 : index
            %2789 = arith.addi %2788, %2786 : index
            %2790 = arith.muli %2789, %43 : index
            %2791 = arith.addi %2715, %33 : index
            %2792 = arith.minui %2791, %37 : index
            %2793 = arith.divui %2792, %12 : index
            %2794 = arith.remui %2792, %12 : index
            %2795 = arith.addi %29, %2793 : index
            %2796 = arith.addi %2720, %2794 : index
            %2797 = arith.addi %2722, %2795 : index
            %2798 = arith.muli %2797, %2724 : index
            %2799 = arith.addi %2798, %2796 : index
            %2800 = arith.muli %2799, %43 : index
            scf.for %2801 = %20 to %35 step %12 {
              %2802 = arith.muli %2801, %41 : index
              %2803 = arith.addi %2713, %2802 : index
              %2804 = arith.addi %2803, %41 : index
              %2805 = vector.load %1[%2803] : memref<?xf32>, vector<8xf32>
              %2806 = vector.load %1[%2804] : memref<?xf32>, vector<8xf32>
              %2807 = vector.load %0[%2727] : memref<?xf32>, vector<8xf32>
              %2808 = arith.mulf %2807, %2805 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2809 = arith.mulf %2807, %2806 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2810 = vector.load %0[%2737] : memref<?xf32>, vector<8xf32>
              %2811 = arith.mulf %2810, %2805 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2812 = arith.mulf %2810, %2806 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2813 = vector.load %0[%2747] : memref<?xf32>, vector<8xf32>
              %2814 = arith.mulf %2813, %2805 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2815 = arith.mulf %2813, %2806 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2816 = vector.load %0[%2758] : memref<?xf32>, vector<8xf32>
              %2817 = arith.mulf %2816, %2805 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2818 = arith.mulf %2816, %2806 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2819 = vector.load %0[%2768] : memref<?xf32>, vector<8xf32>
              %2820 = arith.mulf %2819, %2805 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2821 = arith.mulf %2819, %2806 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2822 = vector.load %0[%2779] : memref<?xf32>, vector<8xf32>
              %2823 = arith.mulf %2822, %2805 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2824 = arith.mulf %2822, %2806 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2825 = vector.load %0[%2790] : memref<?xf32>, vector<8xf32>
              %2826 = arith.mulf %2825, %2805 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2827 = arith.mulf %2825, %2806 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2828 = vector.load %0[%2800] : memref<?xf32>, vector<8xf32>
              %2829 = arith.mulf %2828, %2805 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2830 = arith.mulf %2828, %2806 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2831 = arith.addi %2803, %35 : index
              %2832 = vector.load %1[%2831] : memref<?xf32>, vector<8xf32>
              %2833 = arith.addi %2804, %35 : index
              %2834 = vector.load %1[%2833] : memref<?xf32>, vector<8xf32>
              %2835 = arith.addi %2727, %35 : index
              %2836 = vector.load %0[%2835] : memref<?xf32>, vector<8xf32>
              %2837 = vector.fma %2836, %2832, %2808 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2838 = vector.fma %2836, %2834, %2809 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2839 = arith.addi %2737, %35 : index
              %2840 = vector.load %0[%2839] : memref<?xf32>, vector<8xf32>
              %2841 = vector.fma %2840, %2832, %2811 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2842 = vector.fma %2840, %2834, %2812 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2843 = arith.addi %2747, %35 : index
              %2844 = vector.load %0[%2843] : memref<?xf32>, vector<8xf32>
              %2845 = vector.fma %2844, %2832, %2814 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2846 = vector.fma %2844, %2834, %2815 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2847 = arith.addi %2758, %35 : index
              %2848 = vector.load %0[%2847] : memref<?xf32>, vector<8xf32>
              %2849 = vector.fma %2848, %2832, %2817 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2850 = vector.fma %2848, %2834, %2818 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2851 = arith.addi %2768, %35 : index
              %2852 = vector.load %0[%2851] : memref<?xf32>, vector<8xf32>
              %2853 = vector.fma %2852, %2832, %2820 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2854 = vector.fma %2852, %2834, %2821 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2855 = arith.addi %2779, %35 : index
              %2856 = vector.load %0[%2855] : memref<?xf32>, vector<8xf32>
              %2857 = vector.fma %2856, %2832, %2823 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2858 = vector.fma %2856, %2834, %2824 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2859 = arith.addi %2790, %35 : index
              %2860 = vector.load %0[%2859] : memref<?xf32>, vector<8xf32>
              %2861 = vector.fma %2860, %2832, %2826 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2862 = vector.fma %2860, %2834, %2827 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2863 = arith.addi %2800, %35 : index
              %2864 = vector.load %0[%2863] : memref<?xf32>, vector<8xf32>
              %2865 = vector.fma %2864, %2832, %2829 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2866 = vector.fma %2864, %2834, %2830 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2867 = arith.addi %2803, %10 : index
              %2868 = vector.load %1[%2867] : memref<?xf32>, vector<8xf32>
              %2869 = arith.addi %2804, %10 : index
              %2870 = vector.load %1[%2869] : memref<?xf32>, vector<8xf32>
              %2871 = arith.addi %2727, %10 : index
              %2872 = vector.load %0[%2871] : memref<?xf32>, vector<8xf32>
              %2873 = vector.fma %2872, %2868, %2837 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2874 = vector.fma %2872, %2870, %2838 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2875 = arith.addi %2737, %10 : index
              %2876 = vector.load %0[%2875] : memref<?xf32>, vector<8xf32>
              %2877 = vector.fma %2876, %2868, %2841 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2878 = vector.fma %2876, %2870, %2842 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2879 = arith.addi %2747, %10 : index
              %2880 = vector.load %0[%2879] : memref<?xf32>, vector<8xf32>
              %2881 = vector.fma %2880, %2868, %2845 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2882 = vector.fma %2880, %2870, %2846 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2883 = arith.addi %2758, %10 : index
              %2884 = vector.load %0[%2883] : memref<?xf32>, vector<8xf32>
              %2885 = vector.fma %2884, %2868, %2849 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2886 = vector.fma %2884, %2870, %2850 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2887 = arith.addi %2768, %10 : index
              %2888 = vector.load %0[%2887] : memref<?xf32>, vector<8xf32>
              %2889 = vector.fma %2888, %2868, %2853 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2890 = vector.fma %2888, %2870, %2854 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2891 = arith.addi %2779, %10 : index
              %2892 = vector.load %0[%2891] : memref<?xf32>, vector<8xf32>
              %2893 = vector.fma %2892, %2868, %2857 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2894 = vector.fma %2892, %2870, %2858 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2895 = arith.addi %2790, %10 : index
              %2896 = vector.load %0[%2895] : memref<?xf32>, vector<8xf32>
              %2897 = vector.fma %2896, %2868, %2861 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2898 = vector.fma %2896, %2870, %2862 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2899 = arith.addi %2800, %10 : index
              %2900 = vector.load %0[%2899] : memref<?xf32>, vector<8xf32>
              %2901 = vector.fma %2900, %2868, %2865 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2902 = vector.fma %2900, %2870, %2866 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2903 = arith.constant 24 : index
              %2904 = arith.addi %2803, %2903 : index
              %2905 = vector.load %1[%2904] : memref<?xf32>, vector<8xf32>
              %2906 = arith.addi %2804, %2903 : index
              %2907 = vector.load %1[%2906] : memref<?xf32>, vector<8xf32>
              %2908 = arith.addi %2727, %2903 : index
              %2909 = vector.load %0[%2908] : memref<?xf32>, vector<8xf32>
              %2910 = vector.fma %2909, %2905, %2873 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2911 = vector.fma %2909, %2907, %2874 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2912 = arith.addi %2737, %2903 : index
              %2913 = vector.load %0[%2912] : memref<?xf32>, vector<8xf32>
              %2914 = vector.fma %2913, %2905, %2877 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2915 = vector.fma %2913, %2907, %2878 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2916 = arith.addi %2747, %2903 : index
              %2917 = vector.load %0[%2916] : memref<?xf32>, vector<8xf32>
              %2918 = vector.fma %2917, %2905, %2881 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2919 = vector.fma %2917, %2907, %2882 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2920 = arith.addi %2758, %2903 : index
              %2921 = vector.load %0[%2920] : memref<?xf32>, vector<8xf32>
              %2922 = vector.fma %2921, %2905, %2885 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2923 = vector.fma %2921, %2907, %2886 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2924 = arith.addi %2768, %2903 : index
              %2925 = vector.load %0[%2924] : memref<?xf32>, vector<8xf32>
              %2926 = vector.fma %2925, %2905, %2889 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2927 = vector.fma %2925, %2907, %2890 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2928 = arith.addi %2779, %2903 : index
              %2929 = vector.load %0[%2928] : memref<?xf32>, vector<8xf32>
              %2930 = vector.fma %2929, %2905, %2893 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2931 = vector.fma %2929, %2907, %2894 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2932 = arith.addi %2790, %2903 : index
              %2933 = vector.load %0[%2932] : memref<?xf32>, vector<8xf32>
              %2934 = vector.fma %2933, %2905, %2897 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2935 = vector.fma %2933, %2907, %2898 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2936 = arith.addi %2800, %2903 : index
              %2937 = vector.load %0[%2936] : memref<?xf32>, vector<8xf32>
              %2938 = vector.fma %2937, %2905, %2901 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2939 = vector.fma %2937, %2907, %2902 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2940 = vector.shuffle %2910, %2914 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %2941 = vector.shuffle %2910, %2914 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %2942 = arith.addf %2940, %2941 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2943 = vector.shuffle %2918, %2922 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %2944 = vector.shuffle %2918, %2922 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %2945 = arith.addf %2943, %2944 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2946 = vector.shuffle %2926, %2930 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %2947 = vector.shuffle %2926, %2930 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %2948 = arith.addf %2946, %2947 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2949 = vector.shuffle %2934, %2938 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %2950 = vector.shuffle %2934, %2938 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %2951 = arith.addf %2949, %2950 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2952 = vector.shuffle %2942, %2945 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %2953 = vector.shuffle %2942, %2945 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %2954 = arith.addf %2952, %2953 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2955 = vector.shuffle %2948, %2951 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %2956 = vector.shuffle %2948, %2951 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %2957 = arith.addf %2955, %2956 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2958 = vector.shuffle %2954, %2957 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %2959 = vector.shuffle %2954, %2957 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %2960 = arith.addf %2958, %2959 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2961 = arith.mulf %2960, %49 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2962 = arith.addi %2715, %2801 : index
              %2963 = arith.muli %2962, %35 : index
              vector.store %2961, %39[%2963] : memref<1024xf32>, vector<8xf32>
              %2964 = vector.shuffle %2911, %2915 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %2965 = vector.shuffle %2911, %2915 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %2966 = arith.addf %2964, %2965 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2967 = vector.shuffle %2919, %2923 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %2968 = vector.shuffle %2919, %2923 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %2969 = arith.addf %2967, %2968 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2970 = vector.shuffle %2927, %2931 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %2971 = vector.shuffle %2927, %2931 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %2972 = arith.addf %2970, %2971 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2973 = vector.shuffle %2935, %2939 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %2974 = vector.shuffle %2935, %2939 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %2975 = arith.addf %2973, %2974 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2976 = vector.shuffle %2966, %2969 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %2977 = vector.shuffle %2966, %2969 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %2978 = arith.addf %2976, %2977 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2979 = vector.shuffle %2972, %2975 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %2980 = vector.shuffle %2972, %2975 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %2981 = arith.addf %2979, %2980 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2982 = vector.shuffle %2978, %2981 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %2983 = vector.shuffle %2978, %2981 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %2984 = arith.addf %2982, %2983 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2985 = arith.mulf %2984, %49 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %2986 = arith.addi %2801, %21 : index
              %2987 = arith.addi %2715, %2986 : index
              %2988 = arith.muli %2987, %35 : index
              vector.store %2985, %39[%2988] : memref<1024xf32>, vector<8xf32>
            }
          }
          scf.for %2989 = %20 to %36 step %21 {
            %2990 = arith.muli %2989, %35 : index
            %2991 = arith.muli %2989, %41 : index
            %2992 = arith.constant 96 : index
            %2993 = arith.addi %2990, %2992 : index
            %2994 = vector.load %38[%2993] : memref<128xf32>, vector<8xf32>
            %2995 = arith.index_cast %2711 : index to i64
            %2996 = arith.sitofp %2995 : i64 to f32
            %2997 = vector.broadcast %2996 : f32 to vector<8xf32>
            %2998 = arith.subf %2994, %2997 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %2999 = vector.load %38[%2990] : memref<128xf32>, vector<8xf32>
            %3000 = scf.for %3001 = %20 to %35 step %35 iter_args(%3002 = %2999) -> (vector<8xf32>) {
              %3003 = arith.muli %3001, %35 : index
              %3004 = arith.addi %2991, %3003 : index
              %3005 = vector.load %39[%3004] : memref<1024xf32>, vector<8xf32>
              %3006 = arith.addi %3001, %21 : index
              %3007 = arith.muli %3006, %35 : index
              %3008 = arith.addi %2991, %3007 : index
              %3009 = vector.load %39[%3008] : memref<1024xf32>, vector<8xf32>
              %3010 = arith.addi %3001, %12 : index
              %3011 = arith.muli %3010, %35 : index
              %3012 = arith.addi %2991, %3011 : index
              %3013 = vector.load %39[%3012] : memref<1024xf32>, vector<8xf32>
              %3014 = arith.constant 3 : index
              %3015 = arith.addi %3001, %3014 : index
              %3016 = arith.muli %3015, %35 : index
              %3017 = arith.addi %2991, %3016 : index
              %3018 = vector.load %39[%3017] : memref<1024xf32>, vector<8xf32>
              %3019 = arith.constant 4 : index
              %3020 = arith.addi %3001, %3019 : index
              %3021 = arith.muli %3020, %35 : index
              %3022 = arith.addi %2991, %3021 : index
              %3023 = vector.load %39[%3022] : memref<1024xf32>, vector<8xf32>
              %3024 = arith.constant 5 : index
              %3025 = arith.addi %3001, %3024 : index
              %3026 = arith.muli %3025, %35 : index
              %3027 = arith.addi %2991, %3026 : index
              %3028 = vector.load %39[%3027] : memref<1024xf32>, vector<8xf32>
              %3029 = arith.constant 6 : index
              %3030 = arith.addi %3001, %3029 : index
              %3031 = arith.muli %3030, %35 : index
              %3032 = arith.addi %2991, %3031 : index
              %3033 = vector.load %39[%3032] : memref<1024xf32>, vector<8xf32>
              %3034 = arith.addi %3001, %33 : index
              %3035 = arith.muli %3034, %35 : index
              %3036 = arith.addi %2991, %3035 : index
              %3037 = vector.load %39[%3036] : memref<1024xf32>, vector<8xf32>
              %3038 = arith.index_cast %3001 : index to i64
              %3039 = arith.sitofp %3038 : i64 to f32
              %3040 = vector.broadcast %3039 : f32 to vector<8xf32>
              %3041 = arith.subf %2998, %3040 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3042 = arith.cmpf olt, %47, %3041 : vector<8xf32>
              %3043 = arith.constant 1.000000e+00 : f32
              %3044 = vector.broadcast %3043 : f32 to vector<8xf32>
              %3045 = arith.cmpf olt, %3044, %3041 : vector<8xf32>
              %3046 = arith.constant 2.000000e+00 : f32
              %3047 = vector.broadcast %3046 : f32 to vector<8xf32>
              %3048 = arith.cmpf olt, %3047, %3041 : vector<8xf32>
              %3049 = arith.constant 3.000000e+00 : f32
              %3050 = vector.broadcast %3049 : f32 to vector<8xf32>
              %3051 = arith.cmpf olt, %3050, %3041 : vector<8xf32>
              %3052 = arith.constant 4.000000e+00 : f32
              %3053 = vector.broadcast %3052 : f32 to vector<8xf32>
              %3054 = arith.cmpf olt, %3053, %3041 : vector<8xf32>
              %3055 = arith.constant 5.000000e+00 : f32
              %3056 = vector.broadcast %3055 : f32 to vector<8xf32>
              %3057 = arith.cmpf olt, %3056, %3041 : vector<8xf32>
              %3058 = arith.constant 6.000000e+00 : f32
              %3059 = vector.broadcast %3058 : f32 to vector<8xf32>
              %3060 = arith.cmpf olt, %3059, %3041 : vector<8xf32>
              %3061 = arith.constant 7.000000e+00 : f32
              %3062 = vector.broadcast %3061 : f32 to vector<8xf32>
              %3063 = arith.cmpf olt, %3062, %3041 : vector<8xf32>
              %3064 = arith.constant -1.000000e+30 : f32
              %3065 = vector.broadcast %3064 : f32 to vector<8xf32>
              %3066 = arith.select %3042, %3005, %3065 : vector<8xf32>
              %3067 = arith.select %3045, %3009, %3065 : vector<8xf32>
              %3068 = arith.select %3048, %3013, %3065 : vector<8xf32>
              %3069 = arith.select %3051, %3018, %3065 : vector<8xf32>
              %3070 = arith.select %3054, %3023, %3065 : vector<8xf32>
              %3071 = arith.select %3057, %3028, %3065 : vector<8xf32>
              %3072 = arith.select %3060, %3033, %3065 : vector<8xf32>
              %3073 = arith.select %3063, %3037, %3065 : vector<8xf32>
              %3074 = arith.cmpf ogt, %3066, %3067 : vector<8xf32>
              %3075 = arith.select %3074, %3066, %3067 : vector<8xf32>
              %3076 = arith.cmpf ogt, %3068, %3069 : vector<8xf32>
              %3077 = arith.select %3076, %3068, %3069 : vector<8xf32>
              %3078 = arith.cmpf ogt, %3070, %3071 : vector<8xf32>
              %3079 = arith.select %3078, %3070, %3071 : vector<8xf32>
              %3080 = arith.cmpf ogt, %3072, %3073 : vector<8xf32>
              %3081 = arith.select %3080, %3072, %3073 : vector<8xf32>
              %3082 = arith.cmpf ogt, %3075, %3077 : vector<8xf32>
              %3083 = arith.select %3082, %3075, %3077 : vector<8xf32>
              %3084 = arith.cmpf ogt, %3079, %3081 : vector<8xf32>
              %3085 = arith.select %3084, %3079, %3081 : vector<8xf32>
              %3086 = arith.cmpf ogt, %3083, %3085 : vector<8xf32>
              %3087 = arith.select %3086, %3083, %3085 : vector<8xf32>
              %3088 = arith.cmpf ogt, %3002, %3087 : vector<8xf32>
              %3089 = arith.select %3088, %3002, %3087 : vector<8xf32>
              scf.yield %3089 : vector<8xf32>
            }
            %3090 = scf.for %3091 = %20 to %35 step %35 iter_args(%3092 = %47) -> (vector<8xf32>) {
              %3093 = arith.muli %3091, %35 : index
              %3094 = arith.addi %2991, %3093 : index
              %3095 = vector.load %39[%3094] : memref<1024xf32>, vector<8xf32>
              %3096 = arith.addi %3091, %21 : index
              %3097 = arith.muli %3096, %35 : index
              %3098 = arith.addi %2991, %3097 : index
              %3099 = vector.load %39[%3098] : memref<1024xf32>, vector<8xf32>
              %3100 = arith.addi %3091, %12 : index
              %3101 = arith.muli %3100, %35 : index
              %3102 = arith.addi %2991, %3101 : index
              %3103 = vector.load %39[%3102] : memref<1024xf32>, vector<8xf32>
              %3104 = arith.constant 3 : index
              %3105 = arith.addi %3091, %3104 : index
              %3106 = arith.muli %3105, %35 : index
              %3107 = arith.addi %2991, %3106 : index
              %3108 = vector.load %39[%3107] : memref<1024xf32>, vector<8xf32>
              %3109 = arith.constant 4 : index
              %3110 = arith.addi %3091, %3109 : index
              %3111 = arith.muli %3110, %35 : index
              %3112 = arith.addi %2991, %3111 : index
              %3113 = vector.load %39[%3112] : memref<1024xf32>, vector<8xf32>
              %3114 = arith.constant 5 : index
              %3115 = arith.addi %3091, %3114 : index
              %3116 = arith.muli %3115, %35 : index
              %3117 = arith.addi %2991, %3116 : index
              %3118 = vector.load %39[%3117] : memref<1024xf32>, vector<8xf32>
              %3119 = arith.constant 6 : index
              %3120 = arith.addi %3091, %3119 : index
              %3121 = arith.muli %3120, %35 : index
              %3122 = arith.addi %2991, %3121 : index
              %3123 = vector.load %39[%3122] : memref<1024xf32>, vector<8xf32>
              %3124 = arith.addi %3091, %33 : index
              %3125 = arith.muli %3124, %35 : index
              %3126 = arith.addi %2991, %3125 : index
              %3127 = vector.load %39[%3126] : memref<1024xf32>, vector<8xf32>
              %3128 = arith.index_cast %3091 : index to i64
              %3129 = arith.sitofp %3128 : i64 to f32
              %3130 = vector.broadcast %3129 : f32 to vector<8xf32>
              %3131 = arith.subf %2998, %3130 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3132 = arith.cmpf olt, %47, %3131 : vector<8xf32>
              %3133 = arith.constant 1.000000e+00 : f32
              %3134 = vector.broadcast %3133 : f32 to vector<8xf32>
              %3135 = arith.cmpf olt, %3134, %3131 : vector<8xf32>
              %3136 = arith.constant 2.000000e+00 : f32
              %3137 = vector.broadcast %3136 : f32 to vector<8xf32>
              %3138 = arith.cmpf olt, %3137, %3131 : vector<8xf32>
              %3139 = arith.constant 3.000000e+00 : f32
              %3140 = vector.broadcast %3139 : f32 to vector<8xf32>
              %3141 = arith.cmpf olt, %3140, %3131 : vector<8xf32>
              %3142 = arith.constant 4.000000e+00 : f32
              %3143 = vector.broadcast %3142 : f32 to vector<8xf32>
              %3144 = arith.cmpf olt, %3143, %3131 : vector<8xf32>
              %3145 = arith.constant 5.000000e+00 : f32
              %3146 = vector.broadcast %3145 : f32 to vector<8xf32>
              %3147 = arith.cmpf olt, %3146, %3131 : vector<8xf32>
              %3148 = arith.constant 6.000000e+00 : f32
              %3149 = vector.broadcast %3148 : f32 to vector<8xf32>
              %3150 = arith.cmpf olt, %3149, %3131 : vector<8xf32>
              %3151 = arith.constant 7.000000e+00 : f32
              %3152 = vector.broadcast %3151 : f32 to vector<8xf32>
              %3153 = arith.cmpf olt, %3152, %3131 : vector<8xf32>
              %3154 = arith.constant -1.000000e+30 : f32
              %3155 = vector.broadcast %3154 : f32 to vector<8xf32>
              %3156 = arith.select %3132, %3095, %3155 : vector<8xf32>
              %3157 = arith.select %3135, %3099, %3155 : vector<8xf32>
              %3158 = arith.select %3138, %3103, %3155 : vector<8xf32>
              %3159 = arith.select %3141, %3108, %3155 : vector<8xf32>
              %3160 = arith.select %3144, %3113, %3155 : vector<8xf32>
              %3161 = arith.select %3147, %3118, %3155 : vector<8xf32>
              %3162 = arith.select %3150, %3123, %3155 : vector<8xf32>
              %3163 = arith.select %3153, %3127, %3155 : vector<8xf32>
              %3164 = arith.subf %3156, %3000 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3165 = arith.constant -8.700000e+01 : f32
              %3166 = vector.broadcast %3165 : f32 to vector<8xf32>
              %3167 = arith.cmpf ogt, %3164, %3166 : vector<8xf32>
              %3168 = arith.select %3167, %3164, %3166 : vector<8xf32>
              %3169 = arith.constant 8.800000e+01 : f32
              %3170 = vector.broadcast %3169 : f32 to vector<8xf32>
              %3171 = arith.cmpf olt, %3168, %3170 : vector<8xf32>
              %3172 = arith.select %3171, %3168, %3170 : vector<8xf32>
              %3173 = math.exp %3172 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3174 = arith.select %3132, %3173, %47 : vector<8xf32>
              vector.store %3174, %39[%3094] : memref<1024xf32>, vector<8xf32>
              %3175 = arith.subf %3157, %3000 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3176 = arith.cmpf ogt, %3175, %3166 : vector<8xf32>
              %3177 = arith.select %3176, %3175, %3166 : vector<8xf32>
              %3178 = arith.cmpf olt, %3177, %3170 : vector<8xf32>
              %3179 = arith.select %3178, %3177, %3170 : vector<8xf32>
              %3180 = math.exp %3179 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3181 = arith.select %3135, %3180, %47 : vector<8xf32>
              vector.store %3181, %39[%3098] : memref<1024xf32>, vector<8xf32>
              %3182 = arith.subf %3158, %3000 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3183 = arith.cmpf ogt, %3182, %3166 : vector<8xf32>
              %3184 = arith.select %3183, %3182, %3166 : vector<8xf32>
              %3185 = arith.cmpf olt, %3184, %3170 : vector<8xf32>
              %3186 = arith.select %3185, %3184, %3170 : vector<8xf32>
              %3187 = math.exp %3186 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3188 = arith.select %3138, %3187, %47 : vector<8xf32>
              vector.store %3188, %39[%3102] : memref<1024xf32>, vector<8xf32>
              %3189 = arith.subf %3159, %3000 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3190 = arith.cmpf ogt, %3189, %3166 : vector<8xf32>
              %3191 = arith.select %3190, %3189, %3166 : vector<8xf32>
              %3192 = arith.cmpf olt, %3191, %3170 : vector<8xf32>
              %3193 = arith.select %3192, %3191, %3170 : vector<8xf32>
              %3194 = math.exp %3193 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3195 = arith.select %3141, %3194, %47 : vector<8xf32>
              vector.store %3195, %39[%3107] : memref<1024xf32>, vector<8xf32>
              %3196 = arith.subf %3160, %3000 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3197 = arith.cmpf ogt, %3196, %3166 : vector<8xf32>
              %3198 = arith.select %3197, %3196, %3166 : vector<8xf32>
              %3199 = arith.cmpf olt, %3198, %3170 : vector<8xf32>
              %3200 = arith.select %3199, %3198, %3170 : vector<8xf32>
              %3201 = math.exp %3200 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3202 = arith.select %3144, %3201, %47 : vector<8xf32>
              vector.store %3202, %39[%3112] : memref<1024xf32>, vector<8xf32>
              %3203 = arith.subf %3161, %3000 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3204 = arith.cmpf ogt, %3203, %3166 : vector<8xf32>
              %3205 = arith.select %3204, %3203, %3166 : vector<8xf32>
              %3206 = arith.cmpf olt, %3205, %3170 : vector<8xf32>
              %3207 = arith.select %3206, %3205, %3170 : vector<8xf32>
              %3208 = math.exp %3207 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3209 = arith.select %3147, %3208, %47 : vector<8xf32>
              vector.store %3209, %39[%3117] : memref<1024xf32>, vector<8xf32>
              %3210 = arith.subf %3162, %3000 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3211 = arith.cmpf ogt, %3210, %3166 : vector<8xf32>
              %3212 = arith.select %3211, %3210, %3166 : vector<8xf32>
              %3213 = arith.cmpf olt, %3212, %3170 : vector<8xf32>
              %3214 = arith.select %3213, %3212, %3170 : vector<8xf32>
              %3215 = math.exp %3214 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3216 = arith.select %3150, %3215, %47 : vector<8xf32>
              vector.store %3216, %39[%3122] : memref<1024xf32>, vector<8xf32>
              %3217 = arith.subf %3163, %3000 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3218 = arith.cmpf ogt, %3217, %3166 : vector<8xf32>
              %3219 = arith.select %3218, %3217, %3166 : vector<8xf32>
              %3220 = arith.cmpf olt, %3219, %3170 : vector<8xf32>
              %3221 = arith.select %3220, %3219, %3170 : vector<8xf32>
              %3222 = math.exp %3221 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3223 = arith.select %3153, %3222, %47 : vector<8xf32>
              vector.store %3223, %39[%3126] : memref<1024xf32>, vector<8xf32>
              %3224 = arith.addf %3174, %3181 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3225 = arith.addf %3188, %3195 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3226 = arith.addf %3202, %3209 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3227 = arith.addf %3216, %3223 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3228 = arith.addf %3224, %3225 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3229 = arith.addf %3226, %3227 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3230 = arith.addf %3228, %3229 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3231 = arith.addf %3092, %3230 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              scf.yield %3231 : vector<8xf32>
            }
            %3232 = arith.subf %2999, %3000 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3233 = arith.constant -8.700000e+01 : f32
            %3234 = vector.broadcast %3233 : f32 to vector<8xf32>
            %3235 = arith.cmpf ogt, %3232, %3234 : vector<8xf32>
            %3236 = arith.select %3235, %3232, %3234 : vector<8xf32>
            %3237 = arith.constant 8.800000e+01 : f32
            %3238 = vector.broadcast %3237 : f32 to vector<8xf32>
            %3239 = arith.cmpf olt, %3236, %3238 : vector<8xf32>
            %3240 = arith.select %3239, %3236, %3238 : vector<8xf32>
            %3241 = math.exp %3240 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %3000, %38[%2990] : memref<128xf32>, vector<8xf32>
            %3242 = arith.addi %2990, %43 : index
            %3243 = vector.load %38[%3242] : memref<128xf32>, vector<8xf32>
            %3244 = arith.mulf %3243, %3241 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3245 = arith.addf %3244, %3090 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %3245, %38[%3242] : memref<128xf32>, vector<8xf32>
            %3246 = arith.addi %2990, %41 : index
            vector.store %3241, %38[%3246] : memref<128xf32>, vector<8xf32>
          }
          %3247 = arith.divui %32, %12 : index
          %3248 = arith.muli %3247, %12 : index
          scf.for %3249 = %20 to %3248 step %12 {
            %3250 = arith.addi %3249, %21 : index
            %3251 = arith.divui %3249, %12 : index
            %3252 = arith.remui %3249, %12 : index
            %3253 = arith.addi %29, %3251 : index
            %3254 = arith.muli %27, %12 : index
            %3255 = arith.addi %3254, %3252 : index
            %3256 = arith.muli %28, %5 : index
            %3257 = arith.addi %3256, %3253 : index
            %3258 = arith.constant 4 : index
            %3259 = arith.muli %3257, %3258 : index
            %3260 = arith.addi %3259, %3255 : index
            %3261 = arith.muli %3260, %43 : index
            %3262 = arith.divui %3250, %12 : index
            %3263 = arith.remui %3250, %12 : index
            %3264 = arith.addi %29, %3262 : index
            %3265 = arith.addi %3254, %3263 : index
            %3266 = arith.addi %3256, %3264 : index
            %3267 = arith.muli %3266, %3258 : index
            %3268 = arith.addi %3267, %3265 : index
            %3269 = arith.muli %3268, %43 : index
            %3270 = arith.divui %3249, %35 : index
            %3271 = arith.remui %3249, %35 : index
            %3272 = arith.muli %3270, %41 : index
            %3273 = arith.addi %3272, %3271 : index
            %3274 = arith.addi %3249, %41 : index
            %3275 = memref.load %38[%3274] : memref<128xf32>
            %3276 = vector.broadcast %3275 : f32 to vector<8xf32>
            %3277 = arith.addi %3250, %41 : index
            %3278 = memref.load %38[%3277] : memref<128xf32>
            %3279 = vector.broadcast %3278 : f32 to vector<8xf32>
            %3280 = arith.addi %3261, %35 : index
            %3281 = arith.addi %3261, %10 : index
            %3282 = arith.constant 24 : index
            %3283 = arith.addi %3261, %3282 : index
            %3284 = arith.addi %3269, %35 : index
            %3285 = arith.addi %3269, %10 : index
            %3286 = arith.addi %3269, %3282 : index
            %3287 = vector.load %3[%3261] : memref<?xf32>, vector<8xf32>
            %3288 = arith.mulf %3287, %3276 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3289 = vector.load %3[%3280] : memref<?xf32>, vector<8xf32>
            %3290 = arith.mulf %3289, %3276 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3291 = vector.load %3[%3281] : memref<?xf32>, vector<8xf32>
            %3292 = arith.mulf %3291, %3276 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3293 = vector.load %3[%3283] : memref<?xf32>, vector<8xf32>
            %3294 = arith.mulf %3293, %3276 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3295 = vector.load %3[%3269] : memref<?xf32>, vector<8xf32>
            %3296 = arith.mulf %3295, %3279 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3297 = vector.load %3[%3284] : memref<?xf32>, vector<8xf32>
            %3298 = arith.mulf %3297, %3279 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3299 = vector.load %3[%3285] : memref<?xf32>, vector<8xf32>
            %3300 = arith.mulf %3299, %3279 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3301 = vector.load %3[%3286] : memref<?xf32>, vector<8xf32>
            %3302 = arith.mulf %3301, %3279 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3303 = vector.load %2[%2713] : memref<?xf32>, vector<8xf32>
            %3304 = arith.addi %2713, %35 : index
            %3305 = vector.load %2[%3304] : memref<?xf32>, vector<8xf32>
            %3306 = arith.addi %2713, %10 : index
            %3307 = vector.load %2[%3306] : memref<?xf32>, vector<8xf32>
            %3308 = arith.addi %2713, %3282 : index
            %3309 = vector.load %2[%3308] : memref<?xf32>, vector<8xf32>
            %3310 = memref.load %39[%3273] : memref<1024xf32>
            %3311 = vector.broadcast %3310 : f32 to vector<8xf32>
            %3312 = vector.fma %3311, %3303, %3288 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3313 = vector.fma %3311, %3305, %3290 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3314 = vector.fma %3311, %3307, %3292 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3315 = vector.fma %3311, %3309, %3294 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3316 = arith.addi %3273, %21 : index
            %3317 = memref.load %39[%3316] : memref<1024xf32>
            %3318 = vector.broadcast %3317 : f32 to vector<8xf32>
            %3319 = vector.fma %3318, %3303, %3296 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3320 = vector.fma %3318, %3305, %3298 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3321 = vector.fma %3318, %3307, %3300 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3322 = vector.fma %3318, %3309, %3302 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3323 = arith.addi %2713, %41 : index
            %3324 = vector.load %2[%3323] : memref<?xf32>, vector<8xf32>
            %3325 = arith.constant 72 : index
            %3326 = arith.addi %2713, %3325 : index
            %3327 = vector.load %2[%3326] : memref<?xf32>, vector<8xf32>
            %3328 = arith.constant 80 : index
            %3329 = arith.addi %2713, %3328 : index
            %3330 = vector.load %2[%3329] : memref<?xf32>, vector<8xf32>
            %3331 = arith.constant 88 : index
            %3332 = arith.addi %2713, %3331 : index
            %3333 = vector.load %2[%3332] : memref<?xf32>, vector<8xf32>
            %3334 = arith.addi %3273, %35 : index
            %3335 = memref.load %39[%3334] : memref<1024xf32>
            %3336 = vector.broadcast %3335 : f32 to vector<8xf32>
            %3337 = vector.fma %3336, %3324, %3312 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3338 = vector.fma %3336, %3327, %3313 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3339 = vector.fma %3336, %3330, %3314 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3340 = vector.fma %3336, %3333, %3315 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3341 = arith.constant 9 : index
            %3342 = arith.addi %3273, %3341 : index
            %3343 = memref.load %39[%3342] : memref<1024xf32>
            %3344 = vector.broadcast %3343 : f32 to vector<8xf32>
            %3345 = vector.fma %3344, %3324, %3319 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3346 = vector.fma %3344, %3327, %3320 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3347 = vector.fma %3344, %3330, %3321 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3348 = vector.fma %3344, %3333, %3322 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3349 = arith.addi %2713, %18 : index
            %3350 = vector.load %2[%3349] : memref<?xf32>, vector<8xf32>
            %3351 = arith.constant 136 : index
            %3352 = arith.addi %2713, %3351 : index
            %3353 = vector.load %2[%3352] : memref<?xf32>, vector<8xf32>
            %3354 = arith.constant 144 : index
            %3355 = arith.addi %2713, %3354 : index
            %3356 = vector.load %2[%3355] : memref<?xf32>, vector<8xf32>
            %3357 = arith.constant 152 : index
            %3358 = arith.addi %2713, %3357 : index
            %3359 = vector.load %2[%3358] : memref<?xf32>, vector<8xf32>
            %3360 = arith.addi %3273, %10 : index
            %3361 = memref.load %39[%3360] : memref<1024xf32>
            %3362 = vector.broadcast %3361 : f32 to vector<8xf32>
            %3363 = vector.fma %3362, %3350, %3337 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3364 = vector.fma %3362, %3353, %3338 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3365 = vector.fma %3362, %3356, %3339 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3366 = vector.fma %3362, %3359, %3340 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3367 = arith.constant 17 : index
            %3368 = arith.addi %3273, %3367 : index
            %3369 = memref.load %39[%3368] : memref<1024xf32>
            %3370 = vector.broadcast %3369 : f32 to vector<8xf32>
            %3371 = vector.fma %3370, %3350, %3345 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3372 = vector.fma %3370, %3353, %3346 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3373 = vector.fma %3370, %3356, %3347 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3374 = vector.fma %3370, %3359, %3348 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3375 = arith.constant 192 : index
            %3376 = arith.addi %2713, %3375 : index
            %3377 = vector.load %2[%3376] : memref<?xf32>, vector<8xf32>
            %3378 = arith.constant 200 : index
            %3379 = arith.addi %2713, %3378 : index
            %3380 = vector.load %2[%3379] : memref<?xf32>, vector<8xf32>
            %3381 = arith.constant 208 : index
            %3382 = arith.addi %2713, %3381 : index
            %3383 = vector.load %2[%3382] : memref<?xf32>, vector<8xf32>
            %3384 = arith.constant 216 : index
            %3385 = arith.addi %2713, %3384 : index
            %3386 = vector.load %2[%3385] : memref<?xf32>, vector<8xf32>
            %3387 = arith.addi %3273, %3282 : index
            %3388 = memref.load %39[%3387] : memref<1024xf32>
            %3389 = vector.broadcast %3388 : f32 to vector<8xf32>
            %3390 = vector.fma %3389, %3377, %3363 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3391 = vector.fma %3389, %3380, %3364 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3392 = vector.fma %3389, %3383, %3365 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3393 = vector.fma %3389, %3386, %3366 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3394 = arith.constant 25 : index
            %3395 = arith.addi %3273, %3394 : index
            %3396 = memref.load %39[%3395] : memref<1024xf32>
            %3397 = vector.broadcast %3396 : f32 to vector<8xf32>
            %3398 = vector.fma %3397, %3377, %3371 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3399 = vector.fma %3397, %3380, %3372 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3400 = vector.fma %3397, %3383, %3373 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3401 = vector.fma %3397, %3386, %3374 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3402 = arith.constant 256 : index
            %3403 = arith.addi %2713, %3402 : index
            %3404 = vector.load %2[%3403] : memref<?xf32>, vector<8xf32>
            %3405 = arith.constant 264 : index
            %3406 = arith.addi %2713, %3405 : index
            %3407 = vector.load %2[%3406] : memref<?xf32>, vector<8xf32>
            %3408 = arith.constant 272 : index
            %3409 = arith.addi %2713, %3408 : index
            %3410 = vector.load %2[%3409] : memref<?xf32>, vector<8xf32>
            %3411 = arith.constant 280 : index
            %3412 = arith.addi %2713, %3411 : index
            %3413 = vector.load %2[%3412] : memref<?xf32>, vector<8xf32>
            %3414 = arith.addi %3273, %43 : index
            %3415 = memref.load %39[%3414] : memref<1024xf32>
            %3416 = vector.broadcast %3415 : f32 to vector<8xf32>
            %3417 = vector.fma %3416, %3404, %3390 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3418 = vector.fma %3416, %3407, %3391 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3419 = vector.fma %3416, %3410, %3392 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3420 = vector.fma %3416, %3413, %3393 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3421 = arith.constant 33 : index
            %3422 = arith.addi %3273, %3421 : index
            %3423 = memref.load %39[%3422] : memref<1024xf32>
            %3424 = vector.broadcast %3423 : f32 to vector<8xf32>
            %3425 = vector.fma %3424, %3404, %3398 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3426 = vector.fma %3424, %3407, %3399 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3427 = vector.fma %3424, %3410, %3400 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3428 = vector.fma %3424, %3413, %3401 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3429 = arith.constant 320 : index
            %3430 = arith.addi %2713, %3429 : index
            %3431 = vector.load %2[%3430] : memref<?xf32>, vector<8xf32>
            %3432 = arith.constant 328 : index
            %3433 = arith.addi %2713, %3432 : index
            %3434 = vector.load %2[%3433] : memref<?xf32>, vector<8xf32>
            %3435 = arith.constant 336 : index
            %3436 = arith.addi %2713, %3435 : index
            %3437 = vector.load %2[%3436] : memref<?xf32>, vector<8xf32>
            %3438 = arith.constant 344 : index
            %3439 = arith.addi %2713, %3438 : index
            %3440 = vector.load %2[%3439] : memref<?xf32>, vector<8xf32>
            %3441 = arith.constant 40 : index
            %3442 = arith.addi %3273, %3441 : index
            %3443 = memref.load %39[%3442] : memref<1024xf32>
            %3444 = vector.broadcast %3443 : f32 to vector<8xf32>
            %3445 = vector.fma %3444, %3431, %3417 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3446 = vector.fma %3444, %3434, %3418 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3447 = vector.fma %3444, %3437, %3419 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3448 = vector.fma %3444, %3440, %3420 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3449 = arith.constant 41 : index
            %3450 = arith.addi %3273, %3449 : index
            %3451 = memref.load %39[%3450] : memref<1024xf32>
            %3452 = vector.broadcast %3451 : f32 to vector<8xf32>
            %3453 = vector.fma %3452, %3431, %3425 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3454 = vector.fma %3452, %3434, %3426 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3455 = vector.fma %3452, %3437, %3427 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3456 = vector.fma %3452, %3440, %3428 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3457 = arith.constant 384 : index
            %3458 = arith.addi %2713, %3457 : index
            %3459 = vector.load %2[%3458] : memref<?xf32>, vector<8xf32>
            %3460 = arith.constant 392 : index
            %3461 = arith.addi %2713, %3460 : index
            %3462 = vector.load %2[%3461] : memref<?xf32>, vector<8xf32>
            %3463 = arith.constant 400 : index
            %3464 = arith.addi %2713, %3463 : index
            %3465 = vector.load %2[%3464] : memref<?xf32>, vector<8xf32>
            %3466 = arith.constant 408 : index
            %3467 = arith.addi %2713, %3466 : index
            %3468 = vector.load %2[%3467] : memref<?xf32>, vector<8xf32>
            %3469 = arith.constant 48 : index
            %3470 = arith.addi %3273, %3469 : index
            %3471 = memref.load %39[%3470] : memref<1024xf32>
            %3472 = vector.broadcast %3471 : f32 to vector<8xf32>
            %3473 = vector.fma %3472, %3459, %3445 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3474 = vector.fma %3472, %3462, %3446 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3475 = vector.fma %3472, %3465, %3447 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3476 = vector.fma %3472, %3468, %3448 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3477 = arith.constant 49 : index
            %3478 = arith.addi %3273, %3477 : index
            %3479 = memref.load %39[%3478] : memref<1024xf32>
            %3480 = vector.broadcast %3479 : f32 to vector<8xf32>
            %3481 = vector.fma %3480, %3459, %3453 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3482 = vector.fma %3480, %3462, %3454 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3483 = vector.fma %3480, %3465, %3455 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3484 = vector.fma %3480, %3468, %3456 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3485 = arith.constant 448 : index
            %3486 = arith.addi %2713, %3485 : index
            %3487 = vector.load %2[%3486] : memref<?xf32>, vector<8xf32>
            %3488 = arith.constant 456 : index
            %3489 = arith.addi %2713, %3488 : index
            %3490 = vector.load %2[%3489] : memref<?xf32>, vector<8xf32>
            %3491 = arith.constant 464 : index
            %3492 = arith.addi %2713, %3491 : index
            %3493 = vector.load %2[%3492] : memref<?xf32>, vector<8xf32>
            %3494 = arith.constant 472 : index
            %3495 = arith.addi %2713, %3494 : index
            %3496 = vector.load %2[%3495] : memref<?xf32>, vector<8xf32>
            %3497 = arith.constant 56 : index
            %3498 = arith.addi %3273, %3497 : index
            %3499 = memref.load %39[%3498] : memref<1024xf32>
            %3500 = vector.broadcast %3499 : f32 to vector<8xf32>
            %3501 = vector.fma %3500, %3487, %3473 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3502 = vector.fma %3500, %3490, %3474 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3503 = vector.fma %3500, %3493, %3475 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3504 = vector.fma %3500, %3496, %3476 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3505 = arith.constant 57 : index
            %3506 = arith.addi %3273, %3505 : index
            %3507 = memref.load %39[%3506] : memref<1024xf32>
            %3508 = vector.broadcast %3507 : f32 to vector<8xf32>
            %3509 = vector.fma %3508, %3487, %3481 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3510 = vector.fma %3508, %3490, %3482 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3511 = vector.fma %3508, %3493, %3483 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3512 = vector.fma %3508, %3496, %3484 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            vector.store %3501, %3[%3261] : memref<?xf32>, vector<8xf32>
            vector.store %3502, %3[%3280] : memref<?xf32>, vector<8xf32>
            vector.store %3503, %3[%3281] : memref<?xf32>, vector<8xf32>
            vector.store %3504, %3[%3283] : memref<?xf32>, vector<8xf32>
            vector.store %3509, %3[%3269] : memref<?xf32>, vector<8xf32>
            vector.store %3510, %3[%3284] : memref<?xf32>, vector<8xf32>
            vector.store %3511, %3[%3285] : memref<?xf32>, vector<8xf32>
            vector.store %3512, %3[%3286] : memref<?xf32>, vector<8xf32>
          }
          scf.for %3513 = %3248 to %32 step %21 {
            %3514 = arith.divui %3513, %12 : index
            %3515 = arith.remui %3513, %12 : index
            %3516 = arith.addi %29, %3514 : index
            %3517 = arith.muli %27, %12 : index
            %3518 = arith.addi %3517, %3515 : index
            %3519 = arith.muli %28, %5 : index
            %3520 = arith.addi %3519, %3516 : index
            %3521 = arith.constant 4 : index
            %3522 = arith.muli %3520, %3521 : index
            %3523 = arith.addi %3522, %3518 : index
            %3524 = arith.muli %3523, %43 : index
            %3525 = arith.divui %3513, %35 : index
            %3526 = arith.remui %3513, %35 : index
            %3527 = arith.muli %3525, %41 : index
            %3528 = arith.addi %3527, %3526 : index
            %3529 = arith.addi %3513, %41 : index
            %3530 = memref.load %38[%3529] : memref<128xf32>
            %3531 = vector.broadcast %3530 : f32 to vector<8xf32>
            %3532 = arith.addi %3524, %35 : index
            %3533 = arith.addi %3524, %10 : index
            %3534 = arith.constant 24 : index
            %3535 = arith.addi %3524, %3534 : index
            %3536 = vector.load %3[%3524] : memref<?xf32>, vector<8xf32>
            %3537 = arith.mulf %3536, %3531 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3538 = vector.load %3[%3532] : memref<?xf32>, vector<8xf32>
            %3539 = arith.mulf %3538, %3531 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3540 = vector.load %3[%3533] : memref<?xf32>, vector<8xf32>
            %3541 = arith.mulf %3540, %3531 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3542 = vector.load %3[%3535] : memref<?xf32>, vector<8xf32>
            %3543 = arith.mulf %3542, %3531 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3544, %3545, %3546, %3547 = scf.for %3548 = %20 to %35 step %35 iter_args(%3549 = %3537, %3550 = %3539, %3551 = %3541, %3552 = %3543) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %3553 = arith.muli %3548, %41 : index
              %3554 = arith.addi %2713, %3553 : index
              %3555 = arith.muli %3548, %35 : index
              %3556 = arith.addi %3528, %3555 : index
              %3557 = vector.load %2[%3554] : memref<?xf32>, vector<8xf32>
              %3558 = arith.addi %3554, %35 : index
              %3559 = vector.load %2[%3558] : memref<?xf32>, vector<8xf32>
              %3560 = arith.addi %3554, %10 : index
              %3561 = vector.load %2[%3560] : memref<?xf32>, vector<8xf32>
              %3562 = arith.addi %3554, %3534 : index
              %3563 = vector.load %2[%3562] : memref<?xf32>, vector<8xf32>
              %3564 = memref.load %39[%3556] : memref<1024xf32>
              %3565 = vector.broadcast %3564 : f32 to vector<8xf32>
              %3566 = vector.fma %3565, %3557, %3549 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3567 = vector.fma %3565, %3559, %3550 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3568 = vector.fma %3565, %3561, %3551 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3569 = vector.fma %3565, %3563, %3552 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3570 = arith.addi %3554, %41 : index
              %3571 = vector.load %2[%3570] : memref<?xf32>, vector<8xf32>
              %3572 = arith.constant 72 : index
              %3573 = arith.addi %3554, %3572 : index
              %3574 = vector.load %2[%3573] : memref<?xf32>, vector<8xf32>
              %3575 = arith.constant 80 : index
              %3576 = arith.addi %3554, %3575 : index
              %3577 = vector.load %2[%3576] : memref<?xf32>, vector<8xf32>
              %3578 = arith.constant 88 : index
              %3579 = arith.addi %3554, %3578 : index
              %3580 = vector.load %2[%3579] : memref<?xf32>, vector<8xf32>
              %3581 = arith.addi %3556, %35 : index
              %3582 = memref.load %39[%3581] : memref<1024xf32>
              %3583 = vector.broadcast %3582 : f32 to vector<8xf32>
              %3584 = vector.fma %3583, %3571, %3566 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3585 = vector.fma %3583, %3574, %3567 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3586 = vector.fma %3583, %3577, %3568 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3587 = vector.fma %3583, %3580, %3569 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3588 = arith.addi %3554, %18 : index
              %3589 = vector.load %2[%3588] : memref<?xf32>, vector<8xf32>
              %3590 = arith.constant 136 : index
              %3591 = arith.addi %3554, %3590 : index
              %3592 = vector.load %2[%3591] : memref<?xf32>, vector<8xf32>
              %3593 = arith.constant 144 : index
              %3594 = arith.addi %3554, %3593 : index
              %3595 = vector.load %2[%3594] : memref<?xf32>, vector<8xf32>
              %3596 = arith.constant 152 : index
              %3597 = arith.addi %3554, %3596 : index
              %3598 = vector.load %2[%3597] : memref<?xf32>, vector<8xf32>
              %3599 = arith.addi %3556, %10 : index
              %3600 = memref.load %39[%3599] : memref<1024xf32>
              %3601 = vector.broadcast %3600 : f32 to vector<8xf32>
              %3602 = vector.fma %3601, %3589, %3584 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3603 = vector.fma %3601, %3592, %3585 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3604 = vector.fma %3601, %3595, %3586 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3605 = vector.fma %3601, %3598, %3587 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3606 = arith.constant 192 : index
              %3607 = arith.addi %3554, %3606 : index
              %3608 = vector.load %2[%3607] : memref<?xf32>, vector<8xf32>
              %3609 = arith.constant 200 : index
              %3610 = arith.addi %3554, %3609 : index
              %3611 = vector.load %2[%3610] : memref<?xf32>, vector<8xf32>
              %3612 = arith.constant 208 : index
              %3613 = arith.addi %3554, %3612 : index
              %3614 = vector.load %2[%3613] : memref<?xf32>, vector<8xf32>
              %3615 = arith.constant 216 : index
              %3616 = arith.addi %3554, %3615 : index
              %3617 = vector.load %2[%3616] : memref<?xf32>, vector<8xf32>
              %3618 = arith.addi %3556, %3534 : index
              %3619 = memref.load %39[%3618] : memref<1024xf32>
              %3620 = vector.broadcast %3619 : f32 to vector<8xf32>
              %3621 = vector.fma %3620, %3608, %3602 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3622 = vector.fma %3620, %3611, %3603 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3623 = vector.fma %3620, %3614, %3604 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3624 = vector.fma %3620, %3617, %3605 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3625 = arith.constant 256 : index
              %3626 = arith.addi %3554, %3625 : index
              %3627 = vector.load %2[%3626] : memref<?xf32>, vector<8xf32>
              %3628 = arith.constant 264 : index
              %3629 = arith.addi %3554, %3628 : index
              %3630 = vector.load %2[%3629] : memref<?xf32>, vector<8xf32>
              %3631 = arith.constant 272 : index
              %3632 = arith.addi %3554, %3631 : index
              %3633 = vector.load %2[%3632] : memref<?xf32>, vector<8xf32>
              %3634 = arith.constant 280 : index
              %3635 = arith.addi %3554, %3634 : index
              %3636 = vector.load %2[%3635] : memref<?xf32>, vector<8xf32>
              %3637 = arith.addi %3556, %43 : index
              %3638 = memref.load %39[%3637] : memref<1024xf32>
              %3639 = vector.broadcast %3638 : f32 to vector<8xf32>
              %3640 = vector.fma %3639, %3627, %3621 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3641 = vector.fma %3639, %3630, %3622 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3642 = vector.fma %3639, %3633, %3623 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3643 = vector.fma %3639, %3636, %3624 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3644 = arith.constant 320 : index
              %3645 = arith.addi %3554, %3644 : index
              %3646 = vector.load %2[%3645] : memref<?xf32>, vector<8xf32>
              %3647 = arith.constant 328 : index
              %3648 = arith.addi %3554, %3647 : index
              %3649 = vector.load %2[%3648] : memref<?xf32>, vector<8xf32>
              %3650 = arith.constant 336 : index
              %3651 = arith.addi %3554, %3650 : index
              %3652 = vector.load %2[%3651] : memref<?xf32>, vector<8xf32>
              %3653 = arith.constant 344 : index
              %3654 = arith.addi %3554, %3653 : index
              %3655 = vector.load %2[%3654] : memref<?xf32>, vector<8xf32>
              %3656 = arith.constant 40 : index
              %3657 = arith.addi %3556, %3656 : index
              %3658 = memref.load %39[%3657] : memref<1024xf32>
              %3659 = vector.broadcast %3658 : f32 to vector<8xf32>
              %3660 = vector.fma %3659, %3646, %3640 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3661 = vector.fma %3659, %3649, %3641 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3662 = vector.fma %3659, %3652, %3642 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3663 = vector.fma %3659, %3655, %3643 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3664 = arith.constant 384 : index
              %3665 = arith.addi %3554, %3664 : index
              %3666 = vector.load %2[%3665] : memref<?xf32>, vector<8xf32>
              %3667 = arith.constant 392 : index
              %3668 = arith.addi %3554, %3667 : index
              %3669 = vector.load %2[%3668] : memref<?xf32>, vector<8xf32>
              %3670 = arith.constant 400 : index
              %3671 = arith.addi %3554, %3670 : index
              %3672 = vector.load %2[%3671] : memref<?xf32>, vector<8xf32>
              %3673 = arith.constant 408 : index
              %3674 = arith.addi %3554, %3673 : index
              %3675 = vector.load %2[%3674] : memref<?xf32>, vector<8xf32>
              %3676 = arith.constant 48 : index
              %3677 = arith.addi %3556, %3676 : index
              %3678 = memref.load %39[%3677] : memref<1024xf32>
              %3679 = vector.broadcast %3678 : f32 to vector<8xf32>
              %3680 = vector.fma %3679, %3666, %3660 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3681 = vector.fma %3679, %3669, %3661 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3682 = vector.fma %3679, %3672, %3662 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3683 = vector.fma %3679, %3675, %3663 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3684 = arith.constant 448 : index
              %3685 = arith.addi %3554, %3684 : index
              %3686 = vector.load %2[%3685] : memref<?xf32>, vector<8xf32>
              %3687 = arith.constant 456 : index
              %3688 = arith.addi %3554, %3687 : index
              %3689 = vector.load %2[%3688] : memref<?xf32>, vector<8xf32>
              %3690 = arith.constant 464 : index
              %3691 = arith.addi %3554, %3690 : index
              %3692 = vector.load %2[%3691] : memref<?xf32>, vector<8xf32>
              %3693 = arith.constant 472 : index
              %3694 = arith.addi %3554, %3693 : index
              %3695 = vector.load %2[%3694] : memref<?xf32>, vector<8xf32>
              %3696 = arith.constant 56 : index
              %3697 = arith.addi %3556, %3696 : index
              %3698 = memref.load %39[%3697] : memref<1024xf32>
              %3699 = vector.broadcast %3698 : f32 to vector<8xf32>
              %3700 = vector.fma %3699, %3686, %3680 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3701 = vector.fma %3699, %3689, %3681 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3702 = vector.fma %3699, %3692, %3682 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %3703 = vector.fma %3699, %3695, %3683 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              scf.yield %3700, %3701, %3702, %3703 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            vector.store %3544, %3[%3524] : memref<?xf32>, vector<8xf32>
            vector.store %3545, %3[%3532] : memref<?xf32>, vector<8xf32>
            vector.store %3546, %3[%3533] : memref<?xf32>, vector<8xf32>
            vector.store %3547, %3[%3535] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.for %3704 = %20 to %32 step %21 {
          %3705 = arith.divui %3704, %12 : index
          %3706 = arith.remui %3704, %12 : index
          %3707 = arith.addi %29, %3705 : index
          %3708 = arith.muli %27, %12 : index
          %3709 = arith.addi %3708, %3706 : index
          %3710 = arith.muli %28, %5 : index
          %3711 = arith.addi %3710, %3707 : index
          %3712 = arith.constant 4 : index
          %3713 = arith.muli %3711, %3712 : index
          %3714 = arith.addi %3713, %3709 : index
          %3715 = arith.muli %3714, %43 : index
          %3716 = arith.addi %15, %3707 : index
          %3717 = arith.addi %3716, %21 : index
          scf.for %3718 = %96 to %3717 step %21 {
            %3719 = arith.muli %3718, %41 : index
            %3720 = arith.addi %45, %3719 : index
            %3721 = vector.load %0[%3715] : memref<?xf32>, vector<8xf32>
            %3722 = vector.load %1[%3720] : memref<?xf32>, vector<8xf32>
            %3723 = arith.mulf %3721, %3722 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3724 = arith.addi %3715, %35 : index
            %3725 = vector.load %0[%3724] : memref<?xf32>, vector<8xf32>
            %3726 = arith.addi %3720, %35 : index
            %3727 = vector.load %1[%3726] : memref<?xf32>, vector<8xf32>
            %3728 = arith.mulf %3725, %3727 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3729 = arith.addi %3715, %10 : index
            %3730 = vector.load %0[%3729] : memref<?xf32>, vector<8xf32>
            %3731 = arith.addi %3720, %10 : index
            %3732 = vector.load %1[%3731] : memref<?xf32>, vector<8xf32>
            %3733 = vector.fma %3730, %3732, %3723 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3734 = arith.constant 24 : index
            %3735 = arith.addi %3715, %3734 : index
            %3736 = vector.load %0[%3735] : memref<?xf32>, vector<8xf32>
            %3737 = arith.addi %3720, %3734 : index
            %3738 = vector.load %1[%3737] : memref<?xf32>, vector<8xf32>
            %3739 = vector.fma %3736, %3738, %3728 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %3740 = arith.addf %3733, %3739 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3741 = vector.reduction <add>, %3740 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32> into f32
            %3742 = arith.mulf %3741, %48 fastmath<reassoc,nsz,arcp,contract,afn> : f32
            %3743 = memref.load %38[%3704] : memref<128xf32>
            %3744 = arith.cmpf ogt, %3743, %3742 : f32
            %3745 = arith.select %3744, %3743, %3742 : f32
            %3746 = arith.subf %3743, %3745 fastmath<reassoc,nsz,arcp,contract,afn> : f32
            %3747 = arith.subf %3742, %3745 fastmath<reassoc,nsz,arcp,contract,afn> : f32
            %3748 = vector.broadcast %3747 : f32 to vector<8xf32>
            %3749 = vector.insert %3746, %3748 [1] : f32 into vector<8xf32>
            %3750 = arith.constant -8.700000e+01 : f32
            %3751 = vector.broadcast %3750 : f32 to vector<8xf32>
            %3752 = arith.cmpf ogt, %3749, %3751 : vector<8xf32>
            %3753 = arith.select %3752, %3749, %3751 : vector<8xf32>
            %3754 = arith.constant 8.800000e+01 : f32
            %3755 = vector.broadcast %3754 : f32 to vector<8xf32>
            %3756 = arith.cmpf olt, %3753, %3755 : vector<8xf32>
            %3757 = arith.select %3756, %3753, %3755 : vector<8xf32>
            %3758 = math.exp %3757 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3759 = vector.extract %3758[0] : f32 from vector<8xf32>
            %3760 = vector.extract %3758[1] : f32 from vector<8xf32>
            %3761 = vector.broadcast %3759 : f32 to vector<8xf32>
            memref.store %3745, %38[%3704] : memref<128xf32>
            %3762 = arith.addi %3704, %43 : index
            %3763 = memref.load %38[%3762] : memref<128xf32>
            %3764 = arith.mulf %3763, %3760 fastmath<reassoc,nsz,arcp,contract,afn> : f32
            %3765 = arith.addf %3764, %3759 fastmath<reassoc,nsz,arcp,contract,afn> : f32
            memref.store %3765, %38[%3762] : memref<128xf32>
            %3766 = vector.broadcast %3760 : f32 to vector<8xf32>
            %3767 = vector.load %2[%3720] : memref<?xf32>, vector<8xf32>
            %3768 = vector.load %3[%3715] : memref<?xf32>, vector<8xf32>
            %3769 = arith.mulf %3768, %3766 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3770 = vector.fma %3761, %3767, %3769 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            vector.store %3770, %3[%3715] : memref<?xf32>, vector<8xf32>
            %3771 = vector.load %2[%3726] : memref<?xf32>, vector<8xf32>
            %3772 = vector.load %3[%3724] : memref<?xf32>, vector<8xf32>
            %3773 = arith.mulf %3772, %3766 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3774 = vector.fma %3761, %3771, %3773 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            vector.store %3774, %3[%3724] : memref<?xf32>, vector<8xf32>
            %3775 = vector.load %2[%3731] : memref<?xf32>, vector<8xf32>
            %3776 = vector.load %3[%3729] : memref<?xf32>, vector<8xf32>
            %3777 = arith.mulf %3776, %3766 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3778 = vector.fma %3761, %3775, %3777 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            vector.store %3778, %3[%3729] : memref<?xf32>, vector<8xf32>
            %3779 = vector.load %2[%3737] : memref<?xf32>, vector<8xf32>
            %3780 = vector.load %3[%3735] : memref<?xf32>, vector<8xf32>
            %3781 = arith.mulf %3780, %3766 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %3782 = vector.fma %3761, %3779, %3781 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            vector.store %3782, %3[%3735] : memref<?xf32>, vector<8xf32>
          }
          %3783 = arith.addi %3704, %43 : index
          %3784 = memref.load %38[%3783] : memref<128xf32>
          %3785 = arith.cmpf ogt, %3784, %46 : f32
          %3786 = arith.constant 1.000000e+00 : f32
          %3787 = arith.divf %3786, %3784 fastmath<reassoc,nsz,arcp,contract,afn> : f32
          %3788 = arith.select %3785, %3787, %46 : f32
          %3789 = vector.broadcast %3788 : f32 to vector<8xf32>
          %3790 = vector.load %3[%3715] : memref<?xf32>, vector<8xf32>
          %3791 = arith.mulf %3790, %3789 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          vector.store %3791, %3[%3715] : memref<?xf32>, vector<8xf32>
          %3792 = arith.addi %3715, %35 : index
          %3793 = vector.load %3[%3792] : memref<?xf32>, vector<8xf32>
          %3794 = arith.mulf %3793, %3789 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          vector.store %3794, %3[%3792] : memref<?xf32>, vector<8xf32>
          %3795 = arith.addi %3715, %10 : index
          %3796 = vector.load %3[%3795] : memref<?xf32>, vector<8xf32>
          %3797 = arith.mulf %3796, %3789 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          vector.store %3797, %3[%3795] : memref<?xf32>, vector<8xf32>
          %3798 = arith.constant 24 : index
          %3799 = arith.addi %3715, %3798 : index
          %3800 = vector.load %3[%3799] : memref<?xf32>, vector<8xf32>
          %3801 = arith.mulf %3800, %3789 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          vector.store %3801, %3[%3799] : memref<?xf32>, vector<8xf32>
        }
      }
    } else {
      "scf.parallel"(%20, %14, %21) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%3802: index):
        %3803 = arith.remui %3802, %11 : index
        %3804 = arith.divui %3802, %11 : index
        %3805 = arith.remui %3804, %12 : index
        %3806 = arith.divui %3804, %12 : index
        %3807 = arith.muli %3803, %10 : index
        %3808 = arith.subi %5, %3807 : index
        %3809 = arith.minui %3808, %10 : index
        %3810 = arith.muli %3809, %12 : index
        %3811 = arith.constant 7 : index
        %3812 = arith.addi %3810, %3811 : index
        %3813 = arith.constant 8 : index
        %3814 = arith.divui %3812, %3813 : index
        %3815 = arith.subi %3810, %21 : index
        %3816 = memref.alloca() : memref<128xf32>
        %3817 = memref.alloca() : memref<1024xf32>
        %3818 = arith.muli %3806, %7 : index
        %3819 = arith.constant 64 : index
        %3820 = arith.muli %3818, %3819 : index
        %3821 = arith.constant 32 : index
        %3822 = arith.muli %3805, %3821 : index
        %3823 = arith.addi %3820, %3822 : index
        %3824 = arith.constant 0.000000e+00 : f32
        %3825 = vector.broadcast %3824 : f32 to vector<8xf32>
        %3826 = arith.constant 0.176776692 : f32
        %3827 = vector.broadcast %3826 : f32 to vector<8xf32>
        scf.for %3828 = %20 to %3810 step %21 {
          %3829 = arith.divui %3828, %12 : index
          %3830 = arith.remui %3828, %12 : index
          %3831 = arith.addi %3807, %3829 : index
          %3832 = arith.muli %3805, %12 : index
          %3833 = arith.addi %3832, %3830 : index
          %3834 = arith.muli %3806, %5 : index
          %3835 = arith.addi %3834, %3831 : index
          %3836 = arith.constant 4 : index
          %3837 = arith.muli %3835, %3836 : index
          %3838 = arith.addi %3837, %3833 : index
          %3839 = arith.muli %3838, %3821 : index
          vector.store %3825, %3[%3839] : memref<?xf32>, vector<8xf32>
          %3840 = arith.addi %3839, %3813 : index
          vector.store %3825, %3[%3840] : memref<?xf32>, vector<8xf32>
          %3841 = arith.addi %3839, %10 : index
          vector.store %3825, %3[%3841] : memref<?xf32>, vector<8xf32>
          %3842 = arith.constant 24 : index
          %3843 = arith.addi %3839, %3842 : index
          vector.store %3825, %3[%3843] : memref<?xf32>, vector<8xf32>
        }
        %3844 = arith.muli %3814, %3813 : index
        scf.for %3845 = %20 to %3844 step %21 {
          %3846 = arith.minui %3845, %3815 : index
          %3847 = arith.divui %3846, %12 : index
          %3848 = arith.remui %3846, %12 : index
          %3849 = arith.addi %3807, %3847 : index
          %3850 = arith.muli %3805, %12 : index
          %3851 = arith.addi %3850, %3848 : index
          %3852 = arith.muli %3806, %5 : index
          %3853 = arith.addi %3852, %3849 : index
          %3854 = arith.constant 4 : index
          %3855 = arith.muli %3853, %3854 : index
          %3856 = arith.addi %3855, %3851 : index
          %3857 = arith.constant -1.000000e+30 : f32
          memref.store %3857, %3816[%3845] : memref<128xf32>
          %3858 = arith.addi %3845, %3821 : index
          memref.store %3824, %3816[%3858] : memref<128xf32>
          %3859 = arith.addi %15, %3849 : index
          %3860 = arith.addi %3859, %21 : index
          %3861 = arith.index_cast %3860 : index to i64
          %3862 = arith.sitofp %3861 : i64 to f32
          %3863 = arith.constant 96 : index
          %3864 = arith.addi %3845, %3863 : index
          memref.store %3862, %3816[%3864] : memref<128xf32>
        }
        %3865 = arith.addi %15, %3807 : index
        %3866 = arith.addi %3865, %21 : index
        %3867 = arith.divui %3866, %3821 : index
        %3868 = arith.muli %3867, %3821 : index
        %3869 = arith.addi %3807, %3809 : index
        %3870 = arith.subi %3869, %21 : index
        %3871 = arith.addi %15, %3870 : index
        %3872 = arith.addi %3871, %21 : index
        %3873 = arith.divui %3872, %3813 : index
        %3874 = arith.muli %3873, %3813 : index
        scf.for %3875 = %20 to %3868 step %3821 {
          %3876 = arith.muli %3875, %3819 : index
          %3877 = arith.addi %3823, %3876 : index
          scf.for %3878 = %20 to %3814 step %21 {
            %3879 = arith.muli %3878, %3813 : index
            %3880 = arith.minui %3879, %3815 : index
            %3881 = arith.divui %3880, %12 : index
            %3882 = arith.remui %3880, %12 : index
            %3883 = arith.addi %3807, %3881 : index
            %3884 = arith.muli %3805, %12 : index
            %3885 = arith.addi %3884, %3882 : index
            %3886 = arith.muli %3806, %5 : index
            %3887 = arith.addi %3886, %3883 : index
            %3888 = arith.constant 4 : index
            %3889 = arith.muli %3887, %3888 : index
            %3890 = arith.addi %3889, %3885 : index
            %3891 = arith.muli %3890, %3821 : index
            %3892 = arith.addi %3879, %21 : index
            %3893 = arith.minui %3892, %3815 : index
            %3894 = arith.divui %3893, %12 : index
            %3895 = arith.remui %3893, %12 : index
            %3896 = arith.addi %3807, %3894 : index
            %3897 = arith.addi %3884, %3895 : index
            %3898 = arith.addi %3886, %3896 : index
            %3899 = arith.muli %3898, %3888 : index
            %3900 = arith.addi %3899, %3897 : index
            %3901 = arith.muli %3900, %3821 : index
            %3902 = arith.addi %3879, %12 : index
            %3903 = arith.minui %3902, %3815 : index
            %3904 = arith.divui %3903, %12 : index
            %3905 = arith.remui %3903, %12 : index
            %3906 = arith.addi %3807, %3904 : index
            %3907 = arith.addi %3884, %3905 : index
            %3908 = arith.addi %3886, %3906 : index
            %3909 = arith.muli %3908, %3888 : index
            %3910 = arith.addi %3909, %3907 : index
            %3911 = arith.muli %3910, %3821 : index
            %3912 = arith.constant 3 : index
            %3913 = arith.addi %3879, %3912 : index
            %3914 = arith.minui %3913, %3815 : index
            %3915 = arith.divui %3914, %12 : index
            %3916 = arith.remui %3914, %12 : index
            %3917 = arith.addi %3807, %3915 : index
            %3918 = arith.addi %3884, %3916 : index
            %3919 = arith.addi %3886, %3917 : index
            %3920 = arith.muli %3919, %3888 : index
            %3921 = arith.addi %3920, %3918 : index
            %3922 = arith.muli %3921, %3821 : index
            %3923 = arith.addi %3879, %3888 : index
            %3924 = arith.minui %3923, %3815 : index
            %3925 = arith.divui %3924, %12 : index
            %3926 = arith.remui %3924, %12 : index
            %3927 = arith.addi %3807, %3925 : index
            %3928 = arith.addi %3884, %3926 : index
            %3929 = arith.addi %3886, %3927 : index
            %3930 = arith.muli %3929, %3888 : index
            %3931 = arith.addi %3930, %3928 : index
            %3932 = arith.muli %3931, %3821 : index
            %3933 = arith.constant 5 : index
            %3934 = arith.addi %3879, %3933 : index
            %3935 = arith.minui %3934, %3815 : index
            %3936 = arith.divui %3935, %12 : index
            %3937 = arith.remui %3935, %12 : index
            %3938 = arith.addi %3807, %3936 : index
            %3939 = arith.addi %3884, %3937 : index
            %3940 = arith.addi %3886, %3938 : index
            %3941 = arith.muli %3940, %3888 : index
            %3942 = arith.addi %3941, %3939 : index
            %3943 = arith.muli %3942, %3821 : index
            %3944 = arith.constant 6 : index
            %3945 = arith.addi %3879, %3944 : index
            %3946 = arith.minui %3945, %3815 : index
            %3947 = arith.divui %3946, %12 : index
            %3948 = arith.remui %3946, %12 : index
            %3949 = arith.addi %3807, %3947 : index
            %3950 = arith.addi %3884, %3948 : index
            %3951 = arith.addi %3886, %3949 : index
            %3952 = arith.muli %3951, %3888 : index
            %3953 = arith.addi %3952, %3950 : index
            %3954 = arith.muli %3953, %3821 : index
            %3955 = arith.addi %3879, %3811 : index
            %3956 = arith.minui %3955, %3815 : index
            %3957 = arith.divui %3956, %12 : index
            %3958 = arith.remui %3956, %12 : index
            %3959 = arith.addi %3807, %3957 : index
            %3960 = arith.addi %3884, %3958 : index
            %3961 = arith.addi %3886, %3959 : index
            %3962 = arith.muli %3961, %3888 : index
            %3963 = arith.addi %3962, %3960 : index
            %3964 = arith.muli %3963, %3821 : index
            scf.for %3965 = %20 to %3821 step %12 {
              %3966 = arith.muli %3965, %3819 : index
              %3967 = arith.addi %3877, %3966 : index
              %3968 = arith.addi %3967, %3819 : index
              %3969 = vector.load %1[%3967] : memref<?xf32>, vector<8xf32>
              %3970 = vector.load %1[%3968] : memref<?xf32>, vector<8xf32>
              %3971 = vector.load %0[%3891] : memref<?xf32>, vector<8xf32>
              %3972 = arith.mulf %3971, %3969 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3973 = arith.mulf %3971, %3970 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3974 = vector.load %0[%3901] : memref<?xf32>, vector<8xf32>
              %3975 = arith.mulf %3974, %3969 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3976 = arith.mulf %3974, %3970 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3977 = vector.load %0[%3911] : memref<?xf32>, vector<8xf32>
              %3978 = arith.mulf %3977, %3969 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3979 = arith.mulf %3977, %3970 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3980 = vector.load %0[%3922] : memref<?xf32>, vector<8xf32>
              %3981 = arith.mulf %3980, %3969 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3982 = arith.mulf %3980, %3970 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3983 = vector.load %0[%3932] : memref<?xf32>, vector<8xf32>
              %3984 = arith.mulf %3983, %3969 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3985 = arith.mulf %3983, %3970 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3986 = vector.load %0[%3943] : memref<?xf32>, vector<8xf32>
              %3987 = arith.mulf %3986, %3969 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3988 = arith.mulf %3986, %3970 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3989 = vector.load %0[%3954] : memref<?xf32>, vector<8xf32>
              %3990 = arith.mulf %3989, %3969 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3991 = arith.mulf %3989, %3970 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3992 = vector.load %0[%3964] : memref<?xf32>, vector<8xf32>
              %3993 = arith.mulf %3992, %3969 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3994 = arith.mulf %3992, %3970 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %3995 = arith.addi %3967, %3813 : index
              %3996 = vector.load %1[%3995] : memref<?xf32>, vector<8xf32>
              %3997 = arith.addi %3968, %3813 : index
              %3998 = vector.load %1[%3997] : memref<?xf32>, vector<8xf32>
              %3999 = arith.addi %3891, %3813 : index
              %4000 = vector.load %0[%3999] : memref<?xf32>, vector<8xf32>
              %4001 = vector.fma %4000, %3996, %3972 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4002 = vector.fma %4000, %3998, %3973 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4003 = arith.addi %3901, %3813 : index
              %4004 = vector.load %0[%4003] : memref<?xf32>, vector<8xf32>
              %4005 = vector.fma %4004, %3996, %3975 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4006 = vector.fma %4004, %3998, %3976 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4007 = arith.addi %3911, %3813 : index
              %4008 = vector.load %0[%4007] : memref<?xf32>, vector<8xf32>
              %4009 = vector.fma %4008, %3996, %3978 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4010 = vector.fma %4008, %3998, %3979 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4011 = arith.addi %3922, %3813 : index
              %4012 = vector.load %0[%4011] : memref<?xf32>, vector<8xf32>
              %4013 = vector.fma %4012, %3996, %3981 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4014 = vector.fma %4012, %3998, %3982 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4015 = arith.addi %3932, %3813 : index
              %4016 = vector.load %0[%4015] : memref<?xf32>, vector<8xf32>
              %4017 = vector.fma %4016, %3996, %3984 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4018 = vector.fma %4016, %3998, %3985 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4019 = arith.addi %3943, %3813 : index
              %4020 = vector.load %0[%4019] : memref<?xf32>, vector<8xf32>
              %4021 = vector.fma %4020, %3996, %3987 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4022 = vector.fma %4020, %3998, %3988 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4023 = arith.addi %3954, %3813 : index
              %4024 = vector.load %0[%4023] : memref<?xf32>, vector<8xf32>
              %4025 = vector.fma %4024, %3996, %3990 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4026 = vector.fma %4024, %3998, %3991 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4027 = arith.addi %3964, %3813 : index
              %4028 = vector.load %0[%4027] : memref<?xf32>, vector<8xf32>
              %4029 = vector.fma %4028, %3996, %3993 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4030 = vector.fma %4028, %3998, %3994 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4031 = arith.addi %3967, %10 : index
              %4032 = vector.load %1[%4031] : memref<?xf32>, vector<8xf32>
              %4033 = arith.addi %3968, %10 : index
              %4034 = vector.load %1[%4033] : memref<?xf32>, vector<8xf32>
              %4035 = arith.addi %3891, %10 : index
              %4036 = vector.load %0[%4035] : memref<?xf32>, vector<8xf32>
              %4037 = vector.fma %4036, %4032, %4001 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4038 = vector.fma %4036, %4034, %4002 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4039 = arith.addi %3901, %10 : index
              %4040 = vector.load %0[%4039] : memref<?xf32>, vector<8xf32>
              %4041 = vector.fma %4040, %4032, %4005 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4042 = vector.fma %4040, %4034, %4006 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4043 = arith.addi %3911, %10 : index
              %4044 = vector.load %0[%4043] : memref<?xf32>, vector<8xf32>
              %4045 = vector.fma %4044, %4032, %4009 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4046 = vector.fma %4044, %4034, %4010 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4047 = arith.addi %3922, %10 : index
              %4048 = vector.load %0[%4047] : memref<?xf32>, vector<8xf32>
              %4049 = vector.fma %4048, %4032, %4013 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4050 = vector.fma %4048, %4034, %4014 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4051 = arith.addi %3932, %10 : index
              %4052 = vector.load %0[%4051] : memref<?xf32>, vector<8xf32>
              %4053 = vector.fma %4052, %4032, %4017 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4054 = vector.fma %4052, %4034, %4018 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4055 = arith.addi %3943, %10 : index
              %4056 = vector.load %0[%4055] : memref<?xf32>, vector<8xf32>
              %4057 = vector.fma %4056, %4032, %4021 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4058 = vector.fma %4056, %4034, %4022 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4059 = arith.addi %3954, %10 : index
              %4060 = vector.load %0[%4059] : memref<?xf32>, vector<8xf32>
              %4061 = vector.fma %4060, %4032, %4025 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4062 = vector.fma %4060, %4034, %4026 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4063 = arith.addi %3964, %10 : index
              %4064 = vector.load %0[%4063] : memref<?xf32>, vector<8xf32>
              %4065 = vector.fma %4064, %4032, %4029 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4066 = vector.fma %4064, %4034, %4030 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4067 = arith.constant 24 : index
              %4068 = arith.addi %3967, %4067 : index
              %4069 = vector.load %1[%4068] : memref<?xf32>, vector<8xf32>
              %4070 = arith.addi %3968, %4067 : index
              %4071 = vector.load %1[%4070] : memref<?xf32>, vector<8xf32>
              %4072 = arith.addi %3891, %4067 : index
              %4073 = vector.load %0[%4072] : memref<?xf32>, vector<8xf32>
              %4074 = vector.fma %4073, %4069, %4037 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4075 = vector.fma %4073, %4071, %4038 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4076 = arith.addi %3901, %4067 : index
              %4077 = vector.load %0[%4076] : memref<?xf32>, vector<8xf32>
              %4078 = vector.fma %4077, %4069, %4041 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4079 = vector.fma %4077, %4071, %4042 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4080 = arith.addi %3911, %4067 : index
              %4081 = vector.load %0[%4080] : memref<?xf32>, vector<8xf32>
              %4082 = vector.fma %4081, %4069, %4045 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4083 = vector.fma %4081, %4071, %4046 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4084 = arith.addi %3922, %4067 : index
              %4085 = vector.load %0[%4084] : memref<?xf32>, vector<8xf32>
              %4086 = vector.fma %4085, %4069, %4049 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4087 = vector.fma %4085, %4071, %4050 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4088 = arith.addi %3932, %4067 : index
              %4089 = vector.load %0[%4088] : memref<?xf32>, vector<8xf32>
              %4090 = vector.fma %4089, %4069, %4053 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4091 = vector.fma %4089, %4071, %4054 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4092 = arith.addi %3943, %4067 : index
              %4093 = vector.load %0[%4092] : memref<?xf32>, vector<8xf32>
              %4094 = vector.fma %4093, %4069, %4057 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4095 = vector.fma %4093, %4071, %4058 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4096 = arith.addi %3954, %4067 : index
              %4097 = vector.load %0[%4096] : memref<?xf32>, vector<8xf32>
              %4098 = vector.fma %4097, %4069, %4061 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4099 = vector.fma %4097, %4071, %4062 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4100 = arith.addi %3964, %4067 : index
              %4101 = vector.load %0[%4100] : memref<?xf32>, vector<8xf32>
              %4102 = vector.fma %4101, %4069, %4065 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4103 = vector.fma %4101, %4071, %4066 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %4104 = vector.shuffle %4074, %4078 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %4105 = vector.shuffle %4074, %4078 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %4106 = arith.addf %4104, %4105 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4107 = vector.shuffle %4082, %4086 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %4108 = vector.shuffle %4082, %4086 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %4109 = arith.addf %4107, %4108 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4110 = vector.shuffle %4090, %4094 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %4111 = vector.shuffle %4090, %4094 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %4112 = arith.addf %4110, %4111 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4113 = vector.shuffle %4098, %4102 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %4114 = vector.shuffle %4098, %4102 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %4115 = arith.addf %4113, %4114 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4116 = vector.shuffle %4106, %4109 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %4117 = vector.shuffle %4106, %4109 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %4118 = arith.addf %4116, %4117 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4119 = vector.shuffle %4112, %4115 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %4120 = vector.shuffle %4112, %4115 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %4121 = arith.addf %4119, %4120 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4122 = vector.shuffle %4118, %4121 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %4123 = vector.shuffle %4118, %4121 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %4124 = arith.addf %4122, %4123 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4125 = arith.mulf %4124, %3827 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4126 = arith.muli %3878, %3821 : index
              %4127 = arith.addi %4126, %3965 : index
              %4128 = arith.muli %4127, %3813 : index
              vector.store %4125, %3817[%4128] : memref<1024xf32>, vector<8xf32>
              %4129 = vector.shuffle %4075, %4079 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %4130 = vector.shuffle %4075, %4079 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %4131 = arith.addf %4129, %4130 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4132 = vector.shuffle %4083, %4087 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %4133 = vector.shuffle %4083, %4087 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %4134 = arith.addf %4132, %4133 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4135 = vector.shuffle %4091, %4095 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %4136 = vector.shuffle %4091, %4095 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %4137 = arith.addf %4135, %4136 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4138 = vector.shuffle %4099, %4103 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %4139 = vector.shuffle %4099, %4103 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %4140 = arith.addf %4138, %4139 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4141 = vector.shuffle %4131, %4134 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %4142 = vector.shuffle %4131, %4134 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %4143 = arith.addf %4141, %4142 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4144 = vector.shuffle %4137, %4140 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %4145 = vector.shuffle %4137, %4140 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %4146 = arith.addf %4144, %4145 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4147 = vector.shuffle %4143, %4146 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %4148 = vector.shuffle %4143, %4146 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %4149 = arith.addf %4147, %4148 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4150 = arith.mulf %4149, %3827 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4151 = arith.addi %3965, %21 : index
              %4152 = arith.addi %4126, %4151 : index
              %4153 = arith.muli %4152, %3813 : index
              vector.store %4150, %3817[%4153] : memref<1024xf32>, vector<8xf32>
            }
          }
          scf.for %4154 = %20 to %3814 step %21 {
            %4155 = arith.muli %4154, %3813 : index
            %4156 = arith.constant 256 : index
            %4157 = arith.muli %4154, %4156 : index
            %4158 = vector.load %3816[%4155] : memref<128xf32>, vector<8xf32>
            %4159 = scf.for %4160 = %20 to %3821 step %3813 iter_args(%4161 = %4158) -> (vector<8xf32>) {
              %4162 = arith.muli %4160, %3813 : index
              %4163 = arith.addi %4157, %4162 : index
              %4164 = vector.load %3817[%4163] : memref<1024xf32>, vector<8xf32>
              %4165 = arith.addi %4160, %21 : index
              %4166 = arith.muli %4165, %3813 : index
              %4167 = arith.addi %4157, %4166 : index
              %4168 = vector.load %3817[%4167] : memref<1024xf32>, vector<8xf32>
              %4169 = arith.addi %4160, %12 : index
              %4170 = arith.muli %4169, %3813 : index
              %4171 = arith.addi %4157, %4170 : index
              %4172 = vector.load %3817[%4171] : memref<1024xf32>, vector<8xf32>
              %4173 = arith.constant 3 : index
              %4174 = arith.addi %4160, %4173 : index
              %4175 = arith.muli %4174, %3813 : index
              %4176 = arith.addi %4157, %4175 : index
              %4177 = vector.load %3817[%4176] : memref<1024xf32>, vector<8xf32>
              %4178 = arith.constant 4 : index
              %4179 = arith.addi %4160, %4178 : index
              %4180 = arith.muli %4179, %3813 : index
              %4181 = arith.addi %4157, %4180 : index
              %4182 = vector.load %3817[%4181] : memref<1024xf32>, vector<8xf32>
              %4183 = arith.constant 5 : index
              %4184 = arith.addi %4160, %4183 : index
              %4185 = arith.muli %4184, %3813 : index
              %4186 = arith.addi %4157, %4185 : index
              %4187 = vector.load %3817[%4186] : memref<1024xf32>, vector<8xf32>
              %4188 = arith.constant 6 : index
              %4189 = arith.addi %4160, %4188 : index
              %4190 = arith.muli %4189, %3813 : index
              %4191 = arith.addi %4157, %4190 : index
              %4192 = vector.load %3817[%4191] : memref<1024xf32>, vector<8xf32>
              %4193 = arith.addi %4160, %3811 : index
              %4194 = arith.muli %4193, %3813 : index
              %4195 = arith.addi %4157, %4194 : index
              %4196 = vector.load %3817[%4195] : memref<1024xf32>, vector<8xf32>
              %4197 = arith.cmpf ogt, %4164, %4168 : vector<8xf32>
              %4198 = arith.select %4197, %4164, %4168 : vector<8xf32>
              %4199 = arith.cmpf ogt, %4172, %4177 : vector<8xf32>
              %4200 = arith.select %4199, %4172, %4177 : vector<8xf32>
              %4201 = arith.cmpf ogt, %4182, %4187 : vector<8xf32>
              %4202 = arith.select %4201, %4182, %4187 : vector<8xf32>
              %4203 = arith.cmpf ogt, %4192, %4196 : vector<8xf32>
              %4204 = arith.select %4203, %4192, %4196 : vector<8xf32>
              %4205 = arith.cmpf ogt, %4198, %4200 : vector<8xf32>
              %4206 = arith.select %4205, %4198, %4200 : vector<8xf32>
              %4207 = arith.cmpf ogt, %4202, %4204 : vector<8xf32>
              %4208 = arith.select %4207, %4202, %4204 : vector<8xf32>
              %4209 = arith.cmpf ogt, %4206, %4208 : vector<8xf32>
              %4210 = arith.select %4209, %4206, %4208 : vector<8xf32>
              %4211 = arith.cmpf ogt, %4161, %4210 : vector<8xf32>
              %4212 = arith.select %4211, %4161, %4210 : vector<8xf32>
              scf.yield %4212 : vector<8xf32>
            }
            %4213 = scf.for %4214 = %20 to %3821 step %3813 iter_args(%4215 = %3825) -> (vector<8xf32>) {
              %4216 = arith.muli %4214, %3813 : index
              %4217 = arith.addi %4157, %4216 : index
              %4218 = vector.load %3817[%4217] : memref<1024xf32>, vector<8xf32>
              %4219 = arith.addi %4214, %21 : index
              %4220 = arith.muli %4219, %3813 : index
              %4221 = arith.addi %4157, %4220 : index
              %4222 = vector.load %3817[%4221] : memref<1024xf32>, vector<8xf32>
              %4223 = arith.addi %4214, %12 : index
              %4224 = arith.muli %4223, %3813 : index
              %4225 = arith.addi %4157, %4224 : index
              %4226 = vector.load %3817[%4225] : memref<1024xf32>, vector<8xf32>
              %4227 = arith.constant 3 : index
              %4228 = arith.addi %4214, %4227 : index
              %4229 = arith.muli %4228, %3813 : index
              %4230 = arith.addi %4157, %4229 : index
              %4231 = vector.load %3817[%4230] : memref<1024xf32>, vector<8xf32>
              %4232 = arith.constant 4 : index
              %4233 = arith.addi %4214, %4232 : index
              %4234 = arith.muli %4233, %3813 : index
              %4235 = arith.addi %4157, %4234 : index
              %4236 = vector.load %3817[%4235] : memref<1024xf32>, vector<8xf32>
              %4237 = arith.constant 5 : index
              %4238 = arith.addi %4214, %4237 : index
              %4239 = arith.muli %4238, %3813 : index
              %4240 = arith.addi %4157, %4239 : index
              %4241 = vector.load %3817[%4240] : memref<1024xf32>, vector<8xf32>
              %4242 = arith.constant 6 : index
              %4243 = arith.addi %4214, %4242 : index
              %4244 = arith.muli %4243, %3813 : index
              %4245 = arith.addi %4157, %4244 : index
              %4246 = vector.load %3817[%4245] : memref<1024xf32>, vector<8xf32>
              %4247 = arith.addi %4214, %3811 : index
              %4248 = arith.muli %4247, %3813 : index
              %4249 = arith.addi %4157, %4248 : index
              %4250 = vector.load %3817[%4249] : memref<1024xf32>, vector<8xf32>
              %4251 = arith.subf %4218, %4159 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4252 = arith.constant -8.700000e+01 : f32
              %4253 = vector.broadcast %4252 : f32 to vector<8xf32>
              %4254 = arith.cmpf ogt, %4251, %4253 : vector<8xf32>
              %4255 = arith.select %4254, %4251, %4253 : vector<8xf32>
              %4256 = arith.constant 8.800000e+01 : f32
              %4257 = vector.broadcast %4256 : f32 to vector<8xf32>
              %4258 = arith.cmpf olt, %4255, %4257 : vector<8xf32>
              %4259 = arith.select %4258, %4255, %4257 : vector<8xf32>
              %4260 = math.exp %4259 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              vector.store %4260, %3817[%4217] : memref<1024xf32>, vector<8xf32>
              %4261 = arith.subf %4222, %4159 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4262 = arith.cmpf ogt, %4261, %4253 : vector<8xf32>
              %4263 = arith.select %4262, %4261, %4253 : vector<8xf32>
              %4264 = arith.cmpf olt, %4263, %4257 : vector<8xf32>
              %4265 = arith.select %4264, %4263, %4257 : vector<8xf32>
              %4266 = math.exp %4265 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              vector.store %4266, %3817[%4221] : memref<1024xf32>, vector<8xf32>
              %4267 = arith.subf %4226, %4159 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4268 = arith.cmpf ogt, %4267, %4253 : vector<8xf32>
              %4269 = arith.select %4268, %4267, %4253 : vector<8xf32>
              %4270 = arith.cmpf olt, %4269, %4257 : vector<8xf32>
              %4271 = arith.select %4270, %4269, %4257 : vector<8xf32>
              %4272 = math.exp %4271 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              vector.store %4272, %3817[%4225] : memref<1024xf32>, vector<8xf32>
              %4273 = arith.subf %4231, %4159 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4274 = arith.cmpf ogt, %4273, %4253 : vector<8xf32>
              %4275 = arith.select %4274, %4273, %4253 : vector<8xf32>
              %4276 = arith.cmpf olt, %4275, %4257 : vector<8xf32>
              %4277 = arith.select %4276, %4275, %4257 : vector<8xf32>
              %4278 = math.exp %4277 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              vector.store %4278, %3817[%4230] : memref<1024xf32>, vector<8xf32>
              %4279 = arith.subf %4236, %4159 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4280 = arith.cmpf ogt, %4279, %4253 : vector<8xf32>
              %4281 = arith.select %4280, %4279, %4253 : vector<8xf32>
              %4282 = arith.cmpf olt, %4281, %4257 : vector<8xf32>
              %4283 = arith.select %4282, %4281, %4257 : vector<8xf32>
              %4284 = math.exp %4283 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              vector.store %4284, %3817[%4235] : memref<1024xf32>, vector<8xf32>
              %4285 = arith.subf %4241, %4159 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4286 = arith.cmpf ogt, %4285, %4253 : vector<8xf32>
              %4287 = arith.select %4286, %4285, %4253 : vector<8xf32>
              %4288 = arith.cmpf olt, %4287, %4257 : vector<8xf32>
              %4289 = arith.select %4288, %4287, %4257 : vector<8xf32>
              %4290 = math.exp %4289 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              vector.store %4290, %3817[%4240] : memref<1024xf32>, vector<8xf32>
              %4291 = arith.subf %4246, %4159 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4292 = arith.cmpf ogt, %4291, %4253 : vector<8xf32>
              %4293 = arith.select %4292, %4291, %4253 : vector<8xf32>
              %4294 = arith.cmpf olt, %4293, %4257 : vector<8xf32>
              %4295 = arith.select %4294, %4293, %4257 : vector<8xf32>
              %4296 = math.exp %4295 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              vector.store %4296, %3817[%4245] : memref<1024xf32>, vector<8xf32>
              %4297 = arith.subf %4250, %4159 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4298 = arith.cmpf ogt, %4297, %4253 : vector<8xf32>
              %4299 = arith.select %4298, %4297, %4253 : vector<8xf32>
              %4300 = arith.cmpf olt, %4299, %4257 : vector<8xf32>
              %4301 = arith.select %4300, %4299, %4257 : vector<8xf32>
              %4302 = math.exp %4301 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              vector.store %4302, %3817[%4249] : memref<1024xf32>, vector<8xf32>
              %4303 = arith.addf %4260, %4266 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4304 = arith.addf %4272, %4278 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4305 = arith.addf %4284, %4290 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4306 = arith.addf %4296, %4302 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4307 = arith.addf %4303, %4304 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4308 = arith.addf %4305, %4306 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4309 = arith.addf %4307, %4308 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %4310 = arith.addf %4215, %4309 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              scf.yield %4310 : vector<8xf32>
            }
            %4311 = arith.subf %4158, %4159 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %4312 = arith.constant -8.700000e+01 : f32
            %4313 = vector.broadcast %4312 : f32 to vector<8xf32>
            %4314 = arith.cmpf ogt, %4311, %4313 : vector<8xf32>
            %4315 = arith.select %4314, %4311, %4313 : vector<8xf32>
            %4316 = arith.constant 8.800000e+01 : f32
            %4317 = vector.broadcast %4316 : f32 to vector<8xf32>
            %4318 = arith.cmpf olt, %4315, %4317 : vector<8xf32>
            %4319 = arith.select %4318, %4315, %4317 : vector<8xf32>
            %4320 = math.exp %4319 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %4159, %3816[%4155] : memref<128xf32>, vector<8xf32>
            %4321 = arith.addi %4155, %3821 : index
            %4322 = vector.load %3816[%4321] : memref<128xf32>, vector<8xf32>
            %4323 = arith.mulf %4322, %4320 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %4324 = arith.addf %4323, %4213 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %4324, %3816[%4321] : memref<128xf32>, vector<8xf32>
            %4325 = arith.addi %4155, %3819 : index
            vector.store %4320, %3816[%4325] : memref<128xf32>, vector<8xf32>
          }
          %4326 = arith.divui %3810, %12 : index
          %4327 = arith.muli %4326, %12 : index
          scf.for %4328 = %20 to %4327 step %12 {
            %4329 = arith.addi %4328, %21 : index
            %4330 = arith.divui %4328, %12 : index
            %4331 = arith.remui %4328, %12 : index
            %4332 = arith.addi %3807, %4330 : index
            %4333 = arith.muli %3805, %12 : index
            %4334 = arith.addi %4333, %4331 : index
            %4335 = arith.muli %3806, %5 : index
            %4336 = arith.addi %4335, %4332 : index
            %4337 = arith.constant 4 : index
            %4338 = arith.muli %4336, %4337 : index
            %4339 = arith.addi %4338, %4334 : index
            %4340 = arith.muli %4339, %3821 : index
            %4341 = arith.divui %4329, %12 : index
            %4342 = arith.remui %4329, %12 : index
            %4343 = arith.addi %3807, %4341 : index
            %4344 = arith.addi %4333, %4342 : index
            %4345 = arith.addi %4335, %4343 : index
            %4346 = arith.muli %4345, %4337 : index
            %4347 = arith.addi %4346, %4344 : index
            %4348 = arith.muli %4347, %3821 : index
            %4349 = arith.divui %4328, %3813 : index
            %4350 = arith.remui %4328, %3813 : index
            %4351 = arith.constant 256 : index
            %4352 = arith.muli %4349, %4351 : index
            %4353 = arith.addi %4352, %4350 : index
            %4354 = arith.addi %4328, %3819 : index
            %4355 = memref.load %3816[%4354] : memref<128xf32>
            %4356 = vector.broadcast %4355 : f32 to vector<8xf32>
            %4357 = arith.addi %4329, %3819 : index
            %4358 = memref.load %3816[%4357] : memref<128xf32>
            %4359 = vector.broadcast %4358 : f32 to vector<8xf32>
            %4360 = arith.addi %4340, %3813 : index
            %4361 = arith.addi %4340, %10 : index
            %4362 = arith.constant 24 : index
            %4363 = arith.addi %4340, %4362 : index
            %4364 = arith.addi %4348, %3813 : index
            %4365 = arith.addi %4348, %10 : index
            %4366 = arith.addi %4348, %4362 : index
            %4367 = vector.load %3[%4340] : memref<?xf32>, vector<8xf32>
            %4368 = arith.mulf %4367, %4356 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %4369 = vector.load %3[%4360] : memref<?xf32>, vector<8xf32>
            %4370 = arith.mulf %4369, %4356 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %4371 = vector.load %3[%4361] : memref<?xf32>, vector<8xf32>
            %4372 = arith.mulf %4371, %4356 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %4373 = vector.load %3[%4363] : memref<?xf32>, vector<8xf32>
            %4374 = arith.mulf %4373, %4356 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %4375 = vector.load %3[%4348] : memref<?xf32>, vector<8xf32>
            %4376 = arith.mulf %4375, %4359 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %4377 = vector.load %3[%4364] : memref<?xf32>, vector<8xf32>
            %4378 = arith.mulf %4377, %4359 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %4379 = vector.load %3[%4365] : memref<?xf32>, vector<8xf32>
            %4380 = arith.mulf %4379, %4359 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %4381 = vector.load %3[%4366] : memref<?xf32>, vector<8xf32>
            %4382 = arith.mulf %4381, %4359 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %4383 = vector.load %2[%3877] : memref<?xf32>, vector<8xf32>
            %4384 = arith.addi %3877, %3813 : index
            %4385 = vector.load %2[%4384] : memref<?xf32>, vector<8xf32>
            %4386 = arith.addi %3877, %10 : index
            %4387 = vector.load %2[%4386] : memref<?xf32>, vector<8xf32>
            %4388 = arith.addi %3877, %4362 : index
            %4389 = vector.load %2[%4388] : memref<?xf32>, vector<8xf32>
            %4390 = memref.load %3817[%4353] : memref<1024xf32>
            %4391 = vector.broadcast %4390 : f32 to vector<8xf32>
            %4392 = vector.fma %4391, %4383, %4368 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4393 = vector.fma %4391, %4385, %4370 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4394 = vector.fma %4391, %4387, %4372 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4395 = vector.fma %4391, %4389, %4374 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4396 = arith.addi %4353, %21 : index
            %4397 = memref.load %3817[%4396] : memref<1024xf32>
            %4398 = vector.broadcast %4397 : f32 to vector<8xf32>
            %4399 = vector.fma %4398, %4383, %4376 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4400 = vector.fma %4398, %4385, %4378 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4401 = vector.fma %4398, %4387, %4380 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4402 = vector.fma %4398, %4389, %4382 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4403 = arith.addi %3877, %3819 : index
            %4404 = vector.load %2[%4403] : memref<?xf32>, vector<8xf32>
            %4405 = arith.constant 72 : index
            %4406 = arith.addi %3877, %4405 : index
            %4407 = vector.load %2[%4406] : memref<?xf32>, vector<8xf32>
            %4408 = arith.constant 80 : index
            %4409 = arith.addi %3877, %4408 : index
            %4410 = vector.load %2[%4409] : memref<?xf32>, vector<8xf32>
            %4411 = arith.constant 88 : index
            %4412 = arith.addi %3877, %4411 : index
            %4413 = vector.load %2[%4412] : memref<?xf32>, vector<8xf32>
            %4414 = arith.addi %4353, %3813 : index
            %4415 = memref.load %3817[%4414] : memref<1024xf32>
            %4416 = vector.broadcast %4415 : f32 to vector<8xf32>
            %4417 = vector.fma %4416, %4404, %4392 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4418 = vector.fma %4416, %4407, %4393 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4419 = vector.fma %4416, %4410, %4394 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4420 = vector.fma %4416, %4413, %4395 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4421 = arith.constant 9 : index
            %4422 = arith.addi %4353, %4421 : index
            %4423 = memref.load %3817[%4422] : memref<1024xf32>
            %4424 = vector.broadcast %4423 : f32 to vector<8xf32>
            %4425 = vector.fma %4424, %4404, %4399 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4426 = vector.fma %4424, %4407, %4400 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4427 = vector.fma %4424, %4410, %4401 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4428 = vector.fma %4424, %4413, %4402 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4429 = arith.addi %3877, %18 : index
            %4430 = vector.load %2[%4429] : memref<?xf32>, vector<8xf32>
            %4431 = arith.constant 136 : index
            %4432 = arith.addi %3877, %4431 : index
            %4433 = vector.load %2[%4432] : memref<?xf32>, vector<8xf32>
            %4434 = arith.constant 144 : index
            %4435 = arith.addi %3877, %4434 : index
            %4436 = vector.load %2[%4435] : memref<?xf32>, vector<8xf32>
            %4437 = arith.constant 152 : index
            %4438 = arith.addi %3877, %4437 : index
            %4439 = vector.load %2[%4438] : memref<?xf32>, vector<8xf32>
            %4440 = arith.addi %4353, %10 : index
            %4441 = memref.load %3817[%4440] : memref<1024xf32>
            %4442 = vector.broadcast %4441 : f32 to vector<8xf32>
            %4443 = vector.fma %4442, %4430, %4417 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4444 = vector.fma %4442, %4433, %4418 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4445 = vector.fma %4442, %4436, %4419 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4446 = vector.fma %4442, %4439, %4420 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4447 = arith.constant 17 : index
            %4448 = arith.addi %4353, %4447 : index
            %4449 = memref.load %3817[%4448] : memref<1024xf32>
            %4450 = vector.broadcast %4449 : f32 to vector<8xf32>
            %4451 = vector.fma %4450, %4430, %4425 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4452 = vector.fma %4450, %4433, %4426 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4453 = vector.fma %4450, %4436, %4427 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4454 = vector.fma %4450, %4439, %4428 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4455 = arith.constant 192 : index
            %4456 = arith.addi %3877, %4455 : index
            %4457 = vector.load %2[%4456] : memref<?xf32>, vector<8xf32>
            %4458 = arith.constant 200 : index
            %4459 = arith.addi %3877, %4458 : index
            %4460 = vector.load %2[%4459] : memref<?xf32>, vector<8xf32>
            %4461 = arith.constant 208 : index
            %4462 = arith.addi %3877, %4461 : index
            %4463 = vector.load %2[%4462] : memref<?xf32>, vector<8xf32>
            %4464 = arith.constant 216 : index
            %4465 = arith.addi %3877, %4464 : index
            %4466 = vector.load %2[%4465] : memref<?xf32>, vector<8xf32>
            %4467 = arith.addi %4353, %4362 : index
            %4468 = memref.load %3817[%4467] : memref<1024xf32>
            %4469 = vector.broadcast %4468 : f32 to vector<8xf32>
            %4470 = vector.fma %4469, %4457, %4443 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4471 = vector.fma %4469, %4460, %4444 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4472 = vector.fma %4469, %4463, %4445 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4473 = vector.fma %4469, %4466, %4446 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4474 = arith.constant 25 : index
            %4475 = arith.addi %4353, %4474 : index
            %4476 = memref.load %3817[%4475] : memref<1024xf32>
            %4477 = vector.broadcast %4476 : f32 to vector<8xf32>
            %4478 = vector.fma %4477, %4457, %4451 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4479 = vector.fma %4477, %4460, %4452 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4480 = vector.fma %4477, %4463, %4453 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4481 = vector.fma %4477, %4466, %4454 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4482 = arith.addi %3877, %4351 : index
            %4483 = vector.load %2[%4482] : memref<?xf32>, vector<8xf32>
            %4484 = arith.constant 264 : index
            %4485 = arith.addi %3877, %4484 : index
            %4486 = vector.load %2[%4485] : memref<?xf32>, vector<8xf32>
            %4487 = arith.constant 272 : index
            %4488 = arith.addi %3877, %4487 : index
            %4489 = vector.load %2[%4488] : memref<?xf32>, vector<8xf32>
            %4490 = arith.constant 280 : index
            %4491 = arith.addi %3877, %4490 : index
            %4492 = vector.load %2[%4491] : memref<?xf32>, vector<8xf32>
            %4493 = arith.addi %4353, %3821 : index
            %4494 = memref.load %3817[%4493] : memref<1024xf32>
            %4495 = vector.broadcast %4494 : f32 to vector<8xf32>
            %4496 = vector.fma %4495, %4483, %4470 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4497 = vector.fma %4495, %4486, %4471 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4498 = vector.fma %4495, %4489, %4472 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4499 = vector.fma %4495, %4492, %4473 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4500 = arith.constant 33 : index
            %4501 = arith.addi %4353, %4500 : index
            %4502 = memref.load %3817[%4501] : memref<1024xf32>
            %4503 = vector.broadcast %4502 : f32 to vector<8xf32>
            %4504 = vector.fma %4503, %4483, %4478 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4505 = vector.fma %4503, %4486, %4479 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4506 = vector.fma %4503, %4489, %4480 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4507 = vector.fma %4503, %4492, %4481 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4508 = arith.constant 320 : index
            %4509 = arith.addi %3877, %4508 : index
            %4510 = vector.load %2[%4509] : memref<?xf32>, vector<8xf32>
            %4511 = arith.constant 328 : index
            %4512 = arith.addi %3877, %4511 : index
            %4513 = vector.load %2[%4512] : memref<?xf32>, vector<8xf32>
            %4514 = arith.constant 336 : index
            %4515 = arith.addi %3877, %4514 : index
            %4516 = vector.load %2[%4515] : memref<?xf32>, vector<8xf32>
            %4517 = arith.constant 344 : index
            %4518 = arith.addi %3877, %4517 : index
            %4519 = vector.load %2[%4518] : memref<?xf32>, vector<8xf32>
            %4520 = arith.constant 40 : index
            %4521 = arith.addi %4353, %4520 : index
            %4522 = memref.load %3817[%4521] : memref<1024xf32>
            %4523 = vector.broadcast %4522 : f32 to vector<8xf32>
            %4524 = vector.fma %4523, %4510, %4496 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4525 = vector.fma %4523, %4513, %4497 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4526 = vector.fma %4523, %4516, %4498 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4527 = vector.fma %4523, %4519, %4499 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4528 = arith.constant 41 : index
            %4529 = arith.addi %4353, %4528 : index
            %4530 = memref.load %3817[%4529] : memref<1024xf32>
            %4531 = vector.broadcast %4530 : f32 to vector<8xf32>
            %4532 = vector.fma %4531, %4510, %4504 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4533 = vector.fma %4531, %4513, %4505 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4534 = vector.fma %4531, %4516, %4506 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4535 = vector.fma %4531, %4519, %4507 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4536 = arith.constant 384 : index
            %4537 = arith.addi %3877, %4536 : index
            %4538 = vector.load %2[%4537] : memref<?xf32>, vector<8xf32>
            %4539 = arith.constant 392 : index
            %4540 = arith.addi %3877, %4539 : index
            %4541 = vector.load %2[%4540] : memref<?xf32>, vector<8xf32>
            %4542 = arith.constant 400 : index
            %4543 = arith.addi %3877, %4542 : index
            %4544 = vector.load %2[%4543] : memref<?xf32>, vector<8xf32>
            %4545 = arith.constant 408 : index
            %4546 = arith.addi %3877, %4545 : index
            %4547 = vector.load %2[%4546] : memref<?xf32>, vector<8xf32>
            %4548 = arith.constant 48 : index
            %4549 = arith.addi %4353, %4548 : index
            %4550 = memref.load %3817[%4549] : memref<1024xf32>
            %4551 = vector.broadcast %4550 : f32 to vector<8xf32>
            %4552 = vector.fma %4551, %4538, %4524 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4553 = vector.fma %4551, %4541, %4525 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4554 = vector.fma %4551, %4544, %4526 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4555 = vector.fma %4551, %4547, %4527 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4556 = arith.constant 49 : index
            %4557 = arith.addi %4353, %4556 : index
            %4558 = memref.load %3817[%4557] : memref<1024xf32>
            %4559 = vector.broadcast %4558 : f32 to vector<8xf32>
            %4560 = vector.fma %4559, %4538, %4532 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4561 = vector.fma %4559, %4541, %4533 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4562 = vector.fma %4559, %4544, %4534 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4563 = vector.fma %4559, %4547, %4535 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4564 = arith.constant 448 : index
            %4565 = arith.addi %3877, %4564 : index
            %4566 = vector.load %2[%4565] : memref<?xf32>, vector<8xf32>
            %4567 = arith.constant 456 : index
            %4568 = arith.addi %3877, %4567 : index
            %4569 = vector.load %2[%4568] : memref<?xf32>, vector<8xf32>
            %4570 = arith.constant 464 : index
            %4571 = arith.addi %3877, %4570 : index
            %4572 = vector.load %2[%4571] : memref<?xf32>, vector<8xf32>
            %4573 = arith.constant 472 : index
            %4574 = arith.addi %3877, %4573 : index
            %4575 = vector.load %2[%4574] : memref<?xf32>, vector<8xf32>
            %4576 = arith.constant 56 : index
            %4577 = arith.addi %4353, %4576 : index
            %4578 = memref.load %3817[%4577] : memref<1024xf32>
            %4579 = vector.broadcast %4578 : f32 to vector<8xf32>
            %4580 = vector.fma %4579, %4566, %4552 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4581 = vector.fma %4579, %4569, %4553 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4582 = vector.fma %4579, %4572, %4554 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4583 = vector.fma %4579, %4575, %4555 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4584 = arith.constant 57 : index
            %4585 = arith.addi %4353, %4584 : index
            %4586 = memref.load %3817[%4585] : memref<1024xf32>
            %4587 = vector.broadcast %4586 : f32 to vector<8xf32>
            %4588 = vector.fma %4587, %4566, %4560 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4589 = vector.fma %4587, %4569, %4561 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4590 = vector.fma %4587, %4572, %4562 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4591 = vector.fma %4587, %4575, %4563 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4592 = arith.constant 512 : index
            %4593 = arith.addi %3877, %4592 : index
            %4594 = arith.addi %4353, %3819 : index
            %4595 = vector.load %2[%4593] : memref<?xf32>, vector<8xf32>
            %4596 = arith.addi %4593, %3813 : index
            %4597 = vector.load %2[%4596] : memref<?xf32>, vector<8xf32>
            %4598 = arith.addi %4593, %10 : index
            %4599 = vector.load %2[%4598] : memref<?xf32>, vector<8xf32>
            %4600 = arith.addi %4593, %4362 : index
            %4601 = vector.load %2[%4600] : memref<?xf32>, vector<8xf32>
            %4602 = memref.load %3817[%4594] : memref<1024xf32>
            %4603 = vector.broadcast %4602 : f32 to vector<8xf32>
            %4604 = vector.fma %4603, %4595, %4580 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4605 = vector.fma %4603, %4597, %4581 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4606 = vector.fma %4603, %4599, %4582 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4607 = vector.fma %4603, %4601, %4583 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4608 = arith.addi %4594, %21 : index
            %4609 = memref.load %3817[%4608] : memref<1024xf32>
            %4610 = vector.broadcast %4609 : f32 to vector<8xf32>
            %4611 = vector.fma %4610, %4595, %4588 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4612 = vector.fma %4610, %4597, %4589 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4613 = vector.fma %4610, %4599, %4590 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4614 = vector.fma %4610, %4601, %4591 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4615 = arith.addi %4593, %3819 : index
            %4616 = vector.load %2[%4615] : memref<?xf32>, vector<8xf32>
            %4617 = arith.addi %4593, %4405 : index
            %4618 = vector.load %2[%4617] : memref<?xf32>, vector<8xf32>
            %4619 = arith.addi %4593, %4408 : index
            %4620 = vector.load %2[%4619] : memref<?xf32>, vector<8xf32>
            %4621 = arith.addi %4593, %4411 : index
            %4622 = vector.load %2[%4621] : memref<?xf32>, vector<8xf32>
            %4623 = arith.addi %4594, %3813 : index
            %4624 = memref.load %3817[%4623] : memref<1024xf32>
            %4625 = vector.broadcast %4624 : f32 to vector<8xf32>
            %4626 = vector.fma %4625, %4616, %4604 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4627 = vector.fma %4625, %4618, %4605 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4628 = vector.fma %4625, %4620, %4606 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4629 = vector.fma %4625, %4622, %4607 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4630 = arith.addi %4594, %4421 : index
            %4631 = memref.load %3817[%4630] : memref<1024xf32>
            %4632 = vector.broadcast %4631 : f32 to vector<8xf32>
            %4633 = vector.fma %4632, %4616, %4611 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4634 = vector.fma %4632, %4618, %4612 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4635 = vector.fma %4632, %4620, %4613 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4636 = vector.fma %4632, %4622, %4614 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4637 = arith.addi %4593, %18 : index
            %4638 = vector.load %2[%4637] : memref<?xf32>, vector<8xf32>
            %4639 = arith.addi %4593, %4431 : index
            %4640 = vector.load %2[%4639] : memref<?xf32>, vector<8xf32>
            %4641 = arith.addi %4593, %4434 : index
            %4642 = vector.load %2[%4641] : memref<?xf32>, vector<8xf32>
            %4643 = arith.addi %4593, %4437 : index
            %4644 = vector.load %2[%4643] : memref<?xf32>, vector<8xf32>
            %4645 = arith.addi %4594, %10 : index
            %4646 = memref.load %3817[%4645] : memref<1024xf32>
            %4647 = vector.broadcast %4646 : f32 to vector<8xf32>
            %4648 = vector.fma %4647, %4638, %4626 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4649 = vector.fma %4647, %4640, %4627 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4650 = vector.fma %4647, %4642, %4628 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4651 = vector.fma %4647, %4644, %4629 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4652 = arith.addi %4594, %4447 : index
            %4653 = memref.load %3817[%4652] : memref<1024xf32>
            %4654 = vector.broadcast %4653 : f32 to vector<8xf32>
            %4655 = vector.fma %4654, %4638, %4633 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4656 = vector.fma %4654, %4640, %4634 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4657 = vector.fma %4654, %4642, %4635 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4658 = vector.fma %4654, %4644, %4636 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4659 = arith.addi %4593, %4455 : index
            %4660 = vector.load %2[%4659] : memref<?xf32>, vector<8xf32>
            %4661 = arith.addi %4593, %4458 : index
            %4662 = vector.load %2[%4661] : memref<?xf32>, vector<8xf32>
            %4663 = arith.addi %4593, %4461 : index
            %4664 = vector.load %2[%4663] : memref<?xf32>, vector<8xf32>
            %4665 = arith.addi %4593, %4464 : index
            %4666 = vector.load %2[%4665] : memref<?xf32>, vector<8xf32>
            %4667 = arith.addi %4594, %4362 : index
            %4668 = memref.load %3817[%4667] : memref<1024xf32>
            %4669 = vector.broadcast %4668 : f32 to vector<8xf32>
            %4670 = vector.fma %4669, %4660, %4648 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4671 = vector.fma %4669, %4662, %4649 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4672 = vector.fma %4669, %4664, %4650 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4673 = vector.fma %4669, %4666, %4651 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4674 = arith.addi %4594, %4474 : index
            %4675 = memref.load %3817[%4674] : memref<1024xf32>
            %4676 = vector.broadcast %4675 : f32 to vector<8xf32>
            %4677 = vector.fma %4676, %4660, %4655 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4678 = vector.fma %4676, %4662, %4656 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4679 = vector.fma %4676, %4664, %4657 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4680 = vector.fma %4676, %4666, %4658 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4681 = arith.addi %4593, %4351 : index
            %4682 = vector.load %2[%4681] : memref<?xf32>, vector<8xf32>
            %4683 = arith.addi %4593, %4484 : index
            %4684 = vector.load %2[%4683] : memref<?xf32>, vector<8xf32>
            %4685 = arith.addi %4593, %4487 : index
            %4686 = vector.load %2[%4685] : memref<?xf32>, vector<8xf32>
            %4687 = arith.addi %4593, %4490 : index
            %4688 = vector.load %2[%4687] : memref<?xf32>, vector<8xf32>
            %4689 = arith.addi %4594, %3821 : index
            %4690 = memref.load %3817[%4689] : memref<1024xf32>
            %4691 = vector.broadcast %4690 : f32 to vector<8xf32>
            %4692 = vector.fma %4691, %4682, %4670 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4693 = vector.fma %4691, %4684, %4671 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4694 = vector.fma %4691, %4686, %4672 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4695 = vector.fma %4691, %4688, %4673 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4696 = arith.addi %4594, %4500 : index
            %4697 = memref.load %3817[%4696] : memref<1024xf32>
            %4698 = vector.broadcast %4697 : f32 to vector<8xf32>
            %4699 = vector.fma %4698, %4682, %4677 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4700 = vector.fma %4698, %4684, %4678 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4701 = vector.fma %4698, %4686, %4679 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4702 = vector.fma %4698, %4688, %4680 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4703 = arith.addi %4593, %4508 : index
            %4704 = vector.load %2[%4703] : memref<?xf32>, vector<8xf32>
            %4705 = arith.addi %4593, %4511 : index
            %4706 = vector.load %2[%4705] : memref<?xf32>, vector<8xf32>
            %4707 = arith.addi %4593, %4514 : index
            %4708 = vector.load %2[%4707] : memref<?xf32>, vector<8xf32>
            %4709 = arith.addi %4593, %4517 : index
            %4710 = vector.load %2[%4709] : memref<?xf32>, vector<8xf32>
            %4711 = arith.addi %4594, %4520 : index
            %4712 = memref.load %3817[%4711] : memref<1024xf32>
            %4713 = vector.broadcast %4712 : f32 to vector<8xf32>
            %4714 = vector.fma %4713, %4704, %4692 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4715 = vector.fma %4713, %4706, %4693 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4716 = vector.fma %4713, %4708, %4694 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4717 = vector.fma %4713, %4710, %4695 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4718 = arith.addi %4594, %4528 : index
            %4719 = memref.load %3817[%4718] : memref<1024xf32>
            %4720 = vector.broadcast %4719 : f32 to vector<8xf32>
            %4721 = vector.fma %4720, %4704, %4699 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4722 = vector.fma %4720, %4706, %4700 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4723 = vector.fma %4720, %4708, %4701 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4724 = vector.fma %4720, %4710, %4702 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4725 = arith.addi %4593, %4536 : index
            %4726 = vector.load %2[%4725] : memref<?xf32>, vector<8xf32>
            %4727 = arith.addi %4593, %4539 : index
            %4728 = vector.load %2[%4727] : memref<?xf32>, vector<8xf32>
            %4729 = arith.addi %4593, %4542 : index
            %4730 = vector.load %2[%4729] : memref<?xf32>, vector<8xf32>
            %4731 = arith.addi %4593, %4545 : index
            %4732 = vector.load %2[%4731] : memref<?xf32>, vector<8xf32>
            %4733 = arith.addi %4594, %4548 : index
            %4734 = memref.load %3817[%4733] : memref<1024xf32>
            %4735 = vector.broadcast %4734 : f32 to vector<8xf32>
            %4736 = vector.fma %4735, %4726, %4714 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4737 = vector.fma %4735, %4728, %4715 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4738 = vector.fma %4735, %4730, %4716 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4739 = vector.fma %4735, %4732, %4717 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4740 = arith.addi %4594, %4556 : index
            %4741 = memref.load %3817[%4740] : memref<1024xf32>
            %4742 = vector.broadcast %4741 : f32 to vector<8xf32>
            %4743 = vector.fma %4742, %4726, %4721 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4744 = vector.fma %4742, %4728, %4722 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4745 = vector.fma %4742, %4730, %4723 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4746 = vector.fma %4742, %4732, %4724 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4747 = arith.addi %4593, %4564 : index
            %4748 = vector.load %2[%4747] : memref<?xf32>, vector<8xf32>
            %4749 = arith.addi %4593, %4567 : index
            %4750 = vector.load %2[%4749] : memref<?xf32>, vector<8xf32>
            %4751 = arith.addi %4593, %4570 : index
            %4752 = vector.load %2[%4751] : memref<?xf32>, vector<8xf32>
            %4753 = arith.addi %4593, %4573 : index
            %4754 = vector.load %2[%4753] : memref<?xf32>, vector<8xf32>
            %4755 = arith.addi %4594, %4576 : index
            %4756 = memref.load %3817[%4755] : memref<1024xf32>
            %4757 = vector.broadcast %4756 : f32 to vector<8xf32>
            %4758 = vector.fma %4757, %4748, %4736 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4759 = vector.fma %4757, %4750, %4737 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4760 = vector.fma %4757, %4752, %4738 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4761 = vector.fma %4757, %4754, %4739 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4762 = arith.addi %4594, %4584 : index
            %4763 = memref.load %3817[%4762] : memref<1024xf32>
            %4764 = vector.broadcast %4763 : f32 to vector<8xf32>
            %4765 = vector.fma %4764, %4748, %4743 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4766 = vector.fma %4764, %4750, %4744 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4767 = vector.fma %4764, %4752, %4745 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4768 = vector.fma %4764, %4754, %4746 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4769 = arith.constant 1024 : index
            %4770 = arith.addi %3877, %4769 : index
            %4771 = arith.addi %4353, %18 : index
            %4772 = vector.load %2[%4770] : memref<?xf32>, vector<8xf32>
            %4773 = arith.addi %4770, %3813 : index
            %4774 = vector.load %2[%4773] : memref<?xf32>, vector<8xf32>
            %4775 = arith.addi %4770, %10 : index
            %4776 = vector.load %2[%4775] : memref<?xf32>, vector<8xf32>
            %4777 = arith.addi %4770, %4362 : index
            %4778 = vector.load %2[%4777] : memref<?xf32>, vector<8xf32>
            %4779 = memref.load %3817[%4771] : memref<1024xf32>
            %4780 = vector.broadcast %4779 : f32 to vector<8xf32>
            %4781 = vector.fma %4780, %4772, %4758 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4782 = vector.fma %4780, %4774, %4759 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4783 = vector.fma %4780, %4776, %4760 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4784 = vector.fma %4780, %4778, %4761 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4785 = arith.addi %4771, %21 : index
            %4786 = memref.load %3817[%4785] : memref<1024xf32>
            %4787 = vector.broadcast %4786 : f32 to vector<8xf32>
            %4788 = vector.fma %4787, %4772, %4765 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4789 = vector.fma %4787, %4774, %4766 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4790 = vector.fma %4787, %4776, %4767 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4791 = vector.fma %4787, %4778, %4768 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4792 = arith.addi %4770, %3819 : index
            %4793 = vector.load %2[%4792] : memref<?xf32>, vector<8xf32>
            %4794 = arith.addi %4770, %4405 : index
            %4795 = vector.load %2[%4794] : memref<?xf32>, vector<8xf32>
            %4796 = arith.addi %4770, %4408 : index
            %4797 = vector.load %2[%4796] : memref<?xf32>, vector<8xf32>
            %4798 = arith.addi %4770, %4411 : index
            %4799 = vector.load %2[%4798] : memref<?xf32>, vector<8xf32>
            %4800 = arith.addi %4771, %3813 : index
            %4801 = memref.load %3817[%4800] : memref<1024xf32>
            %4802 = vector.broadcast %4801 : f32 to vector<8xf32>
            %4803 = vector.fma %4802, %4793, %4781 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4804 = vector.fma %4802, %4795, %4782 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4805 = vector.fma %4802, %4797, %4783 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4806 = vector.fma %4802, %4799, %4784 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4807 = arith.addi %4771, %4421 : index
            %4808 = memref.load %3817[%4807] : memref<1024xf32>
            %4809 = vector.broadcast %4808 : f32 to vector<8xf32>
            %4810 = vector.fma %4809, %4793, %4788 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4811 = vector.fma %4809, %4795, %4789 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4812 = vector.fma %4809, %4797, %4790 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4813 = vector.fma %4809, %4799, %4791 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4814 = arith.addi %4770, %18 : index
            %4815 = vector.load %2[%4814] : memref<?xf32>, vector<8xf32>
            %4816 = arith.addi %4770, %4431 : index
            %4817 = vector.load %2[%4816] : memref<?xf32>, vector<8xf32>
            %4818 = arith.addi %4770, %4434 : index
            %4819 = vector.load %2[%4818] : memref<?xf32>, vector<8xf32>
            %4820 = arith.addi %4770, %4437 : index
            %4821 = vector.load %2[%4820] : memref<?xf32>, vector<8xf32>
            %4822 = arith.addi %4771, %10 : index
            %4823 = memref.load %3817[%4822] : memref<1024xf32>
            %4824 = vector.broadcast %4823 : f32 to vector<8xf32>
            %4825 = vector.fma %4824, %4815, %4803 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4826 = vector.fma %4824, %4817, %4804 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4827 = vector.fma %4824, %4819, %4805 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4828 = vector.fma %4824, %4821, %4806 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4829 = arith.addi %4771, %4447 : index
            %4830 = memref.load %3817[%4829] : memref<1024xf32>
            %4831 = vector.broadcast %4830 : f32 to vector<8xf32>
            %4832 = vector.fma %4831, %4815, %4810 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4833 = vector.fma %4831, %4817, %4811 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4834 = vector.fma %4831, %4819, %4812 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4835 = vector.fma %4831, %4821, %4813 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4836 = arith.addi %4770, %4455 : index
            %4837 = vector.load %2[%4836] : memref<?xf32>, vector<8xf32>
            %4838 = arith.addi %4770, %4458 : index
            %4839 = vector.load %2[%4838] : memref<?xf32>, vector<8xf32>
            %4840 = arith.addi %4770, %4461 : index
            %4841 = vector.load %2[%4840] : memref<?xf32>, vector<8xf32>
            %4842 = arith.addi %4770, %4464 : index
            %4843 = vector.load %2[%4842] : memref<?xf32>, vector<8xf32>
            %4844 = arith.addi %4771, %4362 : index
            %4845 = memref.load %3817[%4844] : memref<1024xf32>
            %4846 = vector.broadcast %4845 : f32 to vector<8xf32>
            %4847 = vector.fma %4846, %4837, %4825 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4848 = vector.fma %4846, %4839, %4826 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4849 = vector.fma %4846, %4841, %4827 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4850 = vector.fma %4846, %4843, %4828 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4851 = arith.addi %4771, %4474 : index
            %4852 = memref.load %3817[%4851] : memref<1024xf32>
            %4853 = vector.broadcast %4852 : f32 to vector<8xf32>
            %4854 = vector.fma %4853, %4837, %4832 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4855 = vector.fma %4853, %4839, %4833 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4856 = vector.fma %4853, %4841, %4834 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4857 = vector.fma %4853, %4843, %4835 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4858 = arith.addi %4770, %4351 : index
            %4859 = vector.load %2[%4858] : memref<?xf32>, vector<8xf32>
            %4860 = arith.addi %4770, %4484 : index
            %4861 = vector.load %2[%4860] : memref<?xf32>, vector<8xf32>
            %4862 = arith.addi %4770, %4487 : index
            %4863 = vector.load %2[%4862] : memref<?xf32>, vector<8xf32>
            %4864 = arith.addi %4770, %4490 : index
            %4865 = vector.load %2[%4864] : memref<?xf32>, vector<8xf32>
            %4866 = arith.addi %4771, %3821 : index
            %4867 = memref.load %3817[%4866] : memref<1024xf32>
            %4868 = vector.broadcast %4867 : f32 to vector<8xf32>
            %4869 = vector.fma %4868, %4859, %4847 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4870 = vector.fma %4868, %4861, %4848 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4871 = vector.fma %4868, %4863, %4849 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4872 = vector.fma %4868, %4865, %4850 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4873 = arith.addi %4771, %4500 : index
            %4874 = memref.load %3817[%4873] : memref<1024xf32>
            %4875 = vector.broadcast %4874 : f32 to vector<8xf32>
            %4876 = vector.fma %4875, %4859, %4854 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4877 = vector.fma %4875, %4861, %4855 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4878 = vector.fma %4875, %4863, %4856 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4879 = vector.fma %4875, %4865, %4857 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4880 = arith.addi %4770, %4508 : index
            %4881 = vector.load %2[%4880] : memref<?xf32>, vector<8xf32>
            %4882 = arith.addi %4770, %4511 : index
            %4883 = vector.load %2[%4882] : memref<?xf32>, vector<8xf32>
            %4884 = arith.addi %4770, %4514 : index
            %4885 = vector.load %2[%4884] : memref<?xf32>, vector<8xf32>
            %4886 = arith.addi %4770, %4517 : index
            %4887 = vector.load %2[%4886] : memref<?xf32>, vector<8xf32>
            %4888 = arith.addi %4771, %4520 : index
            %4889 = memref.load %3817[%4888] : memref<1024xf32>
            %4890 = vector.broadcast %4889 : f32 to vector<8xf32>
            %4891 = vector.fma %4890, %4881, %4869 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4892 = vector.fma %4890, %4883, %4870 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4893 = vector.fma %4890, %4885, %4871 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4894 = vector.fma %4890, %4887, %4872 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4895 = arith.addi %4771, %4528 : index
            %4896 = memref.load %3817[%4895] : memref<1024xf32>
            %4897 = vector.broadcast %4896 : f32 to vector<8xf32>
            %4898 = vector.fma %4897, %4881, %4876 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4899 = vector.fma %4897, %4883, %4877 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4900 = vector.fma %4897, %4885, %4878 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4901 = vector.fma %4897, %4887, %4879 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4902 = arith.addi %4770, %4536 : index
            %4903 = vector.load %2[%4902] : memref<?xf32>, vector<8xf32>
            %4904 = arith.addi %4770, %4539 : index
            %4905 = vector.load %2[%4904] : memref<?xf32>, vector<8xf32>
            %4906 = arith.addi %4770, %4542 : index
            %4907 = vector.load %2[%4906] : memref<?xf32>, vector<8xf32>
            %4908 = arith.addi %4770, %4545 : index
            %4909 = vector.load %2[%4908] : memref<?xf32>, vector<8xf32>
            %4910 = arith.addi %4771, %4548 : index
            %4911 = memref.load %3817[%4910] : memref<1024xf32>
            %4912 = vector.broadcast %4911 : f32 to vector<8xf32>
            %4913 = vector.fma %4912, %4903, %4891 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4914 = vector.fma %4912, %4905, %4892 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4915 = vector.fma %4912, %4907, %4893 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4916 = vector.fma %4912, %4909, %4894 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4917 = arith.addi %4771, %4556 : index
            %4918 = memref.load %3817[%4917] : memref<1024xf32>
            %4919 = vector.broadcast %4918 : f32 to vector<8xf32>
            %4920 = vector.fma %4919, %4903, %4898 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4921 = vector.fma %4919, %4905, %4899 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4922 = vector.fma %4919, %4907, %4900 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4923 = vector.fma %4919, %4909, %4901 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4924 = arith.addi %4770, %4564 : index
            %4925 = vector.load %2[%4924] : memref<?xf32>, vector<8xf32>
            %4926 = arith.addi %4770, %4567 : index
            %4927 = vector.load %2[%4926] : memref<?xf32>, vector<8xf32>
            %4928 = arith.addi %4770, %4570 : index
            %4929 = vector.load %2[%4928] : memref<?xf32>, vector<8xf32>
            %4930 = arith.addi %4770, %4573 : index
            %4931 = vector.load %2[%4930] : memref<?xf32>, vector<8xf32>
            %4932 = arith.addi %4771, %4576 : index
            %4933 = memref.load %3817[%4932] : memref<1024xf32>
            %4934 = vector.broadcast %4933 : f32 to vector<8xf32>
            %4935 = vector.fma %4934, %4925, %4913 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4936 = vector.fma %4934, %4927, %4914 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4937 = vector.fma %4934, %4929, %4915 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4938 = vector.fma %4934, %4931, %4916 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4939 = arith.addi %4771, %4584 : index
            %4940 = memref.load %3817[%4939] : memref<1024xf32>
            %4941 = vector.broadcast %4940 : f32 to vector<8xf32>
            %4942 = vector.fma %4941, %4925, %4920 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4943 = vector.fma %4941, %4927, %4921 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4944 = vector.fma %4941, %4929, %4922 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4945 = vector.fma %4941, %4931, %4923 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4946 = arith.constant 1536 : index
            %4947 = arith.addi %3877, %4946 : index
            %4948 = arith.addi %4353, %4455 : index
            %4949 = vector.load %2[%4947] : memref<?xf32>, vector<8xf32>
            %4950 = arith.addi %4947, %3813 : index
            %4951 = vector.load %2[%4950] : memref<?xf32>, vector<8xf32>
            %4952 = arith.addi %4947, %10 : index
            %4953 = vector.load %2[%4952] : memref<?xf32>, vector<8xf32>
            %4954 = arith.addi %4947, %4362 : index
            %4955 = vector.load %2[%4954] : memref<?xf32>, vector<8xf32>
            %4956 = memref.load %3817[%4948] : memref<1024xf32>
            %4957 = vector.broadcast %4956 : f32 to vector<8xf32>
            %4958 = vector.fma %4957, %4949, %4935 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4959 = vector.fma %4957, %4951, %4936 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4960 = vector.fma %4957, %4953, %4937 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4961 = vector.fma %4957, %4955, %4938 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4962 = arith.addi %4948, %21 : index
            %4963 = memref.load %3817[%4962] : memref<1024xf32>
            %4964 = vector.broadcast %4963 : f32 to vector<8xf32>
            %4965 = vector.fma %4964, %4949, %4942 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4966 = vector.fma %4964, %4951, %4943 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4967 = vector.fma %4964, %4953, %4944 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4968 = vector.fma %4964, %4955, %4945 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4969 = arith.addi %4947, %3819 : index
            %4970 = vector.load %2[%4969] : memref<?xf32>, vector<8xf32>
            %4971 = arith.addi %4947, %4405 : index
            %4972 = vector.load %2[%4971] : memref<?xf32>, vector<8xf32>
            %4973 = arith.addi %4947, %4408 : index
            %4974 = vector.load %2[%4973] : memref<?xf32>, vector<8xf32>
            %4975 = arith.addi %4947, %4411 : index
            %4976 = vector.load %2[%4975] : memref<?xf32>, vector<8xf32>
            %4977 = arith.addi %4948, %3813 : index
            %4978 = memref.load %3817[%4977] : memref<1024xf32>
            %4979 = vector.broadcast %4978 : f32 to vector<8xf32>
            %4980 = vector.fma %4979, %4970, %4958 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4981 = vector.fma %4979, %4972, %4959 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4982 = vector.fma %4979, %4974, %4960 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4983 = vector.fma %4979, %4976, %4961 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4984 = arith.addi %4948, %4421 : index
            %4985 = memref.load %3817[%4984] : memref<1024xf32>
            %4986 = vector.broadcast %4985 : f32 to vector<8xf32>
            %4987 = vector.fma %4986, %4970, %4965 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4988 = vector.fma %4986, %4972, %4966 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4989 = vector.fma %4986, %4974, %4967 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4990 = vector.fma %4986, %4976, %4968 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %4991 = arith.addi %4947, %18 : index
            %4992 = vector.load %2[%4991] : memref<?xf32>, vector<8xf32>
            %4993 = arith.addi %4947, %4431 : index
            %4994 = vector.load %2[%4993] : memref<?xf32>, vector<8xf32>
            %4995 = arith.addi %4947, %4434 : index
            %4996 = vector.load %2[%4995] : memref<?xf32>, vector<8xf32>
            %4997 = arith.addi %4947, %4437 : index
            %4998 = vector.load %2[%4997] : memref<?xf32>, vector<8xf32>
            %4999 = arith.addi %4948, %10 : index
            %5000 = memref.load %3817[%4999] : memref<1024xf32>
            %5001 = vector.broadcast %5000 : f32 to vector<8xf32>
            %5002 = vector.fma %5001, %4992, %4980 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5003 = vector.fma %5001, %4994, %4981 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5004 = vector.fma %5001, %4996, %4982 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5005 = vector.fma %5001, %4998, %4983 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5006 = arith.addi %4948, %4447 : index
            %5007 = memref.load %3817[%5006] : memref<1024xf32>
            %5008 = vector.broadcast %5007 : f32 to vector<8xf32>
            %5009 = vector.fma %5008, %4992, %4987 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5010 = vector.fma %5008, %4994, %4988 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5011 = vector.fma %5008, %4996, %4989 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5012 = vector.fma %5008, %4998, %4990 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5013 = arith.addi %4947, %4455 : index
            %5014 = vector.load %2[%5013] : memref<?xf32>, vector<8xf32>
            %5015 = arith.addi %4947, %4458 : index
            %5016 = vector.load %2[%5015] : memref<?xf32>, vector<8xf32>
            %5017 = arith.addi %4947, %4461 : index
            %5018 = vector.load %2[%5017] : memref<?xf32>, vector<8xf32>
            %5019 = arith.addi %4947, %4464 : index
            %5020 = vector.load %2[%5019] : memref<?xf32>, vector<8xf32>
            %5021 = arith.addi %4948, %4362 : index
            %5022 = memref.load %3817[%5021] : memref<1024xf32>
            %5023 = vector.broadcast %5022 : f32 to vector<8xf32>
            %5024 = vector.fma %5023, %5014, %5002 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5025 = vector.fma %5023, %5016, %5003 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5026 = vector.fma %5023, %5018, %5004 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5027 = vector.fma %5023, %5020, %5005 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5028 = arith.addi %4948, %4474 : index
            %5029 = memref.load %3817[%5028] : memref<1024xf32>
            %5030 = vector.broadcast %5029 : f32 to vector<8xf32>
            %5031 = vector.fma %5030, %5014, %5009 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5032 = vector.fma %5030, %5016, %5010 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5033 = vector.fma %5030, %5018, %5011 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5034 = vector.fma %5030, %5020, %5012 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5035 = arith.addi %4947, %4351 : index
            %5036 = vector.load %2[%5035] : memref<?xf32>, vector<8xf32>
            %5037 = arith.addi %4947, %4484 : index
            %5038 = vector.load %2[%5037] : memref<?xf32>, vector<8xf32>
            %5039 = arith.addi %4947, %4487 : index
            %5040 = vector.load %2[%5039] : memref<?xf32>, vector<8xf32>
            %5041 = arith.addi %4947, %4490 : index
            %5042 = vector.load %2[%5041] : memref<?xf32>, vector<8xf32>
            %5043 = arith.addi %4948, %3821 : index
            %5044 = memref.load %3817[%5043] : memref<1024xf32>
            %5045 = vector.broadcast %5044 : f32 to vector<8xf32>
            %5046 = vector.fma %5045, %5036, %5024 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5047 = vector.fma %5045, %5038, %5025 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5048 = vector.fma %5045, %5040, %5026 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5049 = vector.fma %5045, %5042, %5027 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5050 = arith.addi %4948, %4500 : index
            %5051 = memref.load %3817[%5050] : memref<1024xf32>
            %5052 = vector.broadcast %5051 : f32 to vector<8xf32>
            %5053 = vector.fma %5052, %5036, %5031 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5054 = vector.fma %5052, %5038, %5032 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5055 = vector.fma %5052, %5040, %5033 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5056 = vector.fma %5052, %5042, %5034 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5057 = arith.addi %4947, %4508 : index
            %5058 = vector.load %2[%5057] : memref<?xf32>, vector<8xf32>
            %5059 = arith.addi %4947, %4511 : index
            %5060 = vector.load %2[%5059] : memref<?xf32>, vector<8xf32>
            %5061 = arith.addi %4947, %4514 : index
            %5062 = vector.load %2[%5061] : memref<?xf32>, vector<8xf32>
            %5063 = arith.addi %4947, %4517 : index
            %5064 = vector.load %2[%5063] : memref<?xf32>, vector<8xf32>
            %5065 = arith.addi %4948, %4520 : index
            %5066 = memref.load %3817[%5065] : memref<1024xf32>
            %5067 = vector.broadcast %5066 : f32 to vector<8xf32>
            %5068 = vector.fma %5067, %5058, %5046 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5069 = vector.fma %5067, %5060, %5047 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5070 = vector.fma %5067, %5062, %5048 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5071 = vector.fma %5067, %5064, %5049 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5072 = arith.addi %4948, %4528 : index
            %5073 = memref.load %3817[%5072] : memref<1024xf32>
            %5074 = vector.broadcast %5073 : f32 to vector<8xf32>
            %5075 = vector.fma %5074, %5058, %5053 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5076 = vector.fma %5074, %5060, %5054 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5077 = vector.fma %5074, %5062, %5055 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5078 = vector.fma %5074, %5064, %5056 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5079 = arith.addi %4947, %4536 : index
            %5080 = vector.load %2[%5079] : memref<?xf32>, vector<8xf32>
            %5081 = arith.addi %4947, %4539 : index
            %5082 = vector.load %2[%5081] : memref<?xf32>, vector<8xf32>
            %5083 = arith.addi %4947, %4542 : index
            %5084 = vector.load %2[%5083] : memref<?xf32>, vector<8xf32>
            %5085 = arith.addi %4947, %4545 : index
            %5086 = vector.load %2[%5085] : memref<?xf32>, vector<8xf32>
            %5087 = arith.addi %4948, %4548 : index
            %5088 = memref.load %3817[%5087] : memref<1024xf32>
            %5089 = vector.broadcast %5088 : f32 to vector<8xf32>
            %5090 = vector.fma %5089, %5080, %5068 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5091 = vector.fma %5089, %5082, %5069 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5092 = vector.fma %5089, %5084, %5070 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5093 = vector.fma %5089, %5086, %5071 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5094 = arith.addi %4948, %4556 : index
            %5095 = memref.load %3817[%5094] : memref<1024xf32>
            %5096 = vector.broadcast %5095 : f32 to vector<8xf32>
            %5097 = vector.fma %5096, %5080, %5075 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5098 = vector.fma %5096, %5082, %5076 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5099 = vector.fma %5096, %5084, %5077 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5100 = vector.fma %5096, %5086, %5078 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5101 = arith.addi %4947, %4564 : index
            %5102 = vector.load %2[%5101] : memref<?xf32>, vector<8xf32>
            %5103 = arith.addi %4947, %4567 : index
            %5104 = vector.load %2[%5103] : memref<?xf32>, vector<8xf32>
            %5105 = arith.addi %4947, %4570 : index
            %5106 = vector.load %2[%5105] : memref<?xf32>, vector<8xf32>
            %5107 = arith.addi %4947, %4573 : index
            %5108 = vector.load %2[%5107] : memref<?xf32>, vector<8xf32>
            %5109 = arith.addi %4948, %4576 : index
            %5110 = memref.load %3817[%5109] : memref<1024xf32>
            %5111 = vector.broadcast %5110 : f32 to vector<8xf32>
            %5112 = vector.fma %5111, %5102, %5090 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5113 = vector.fma %5111, %5104, %5091 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5114 = vector.fma %5111, %5106, %5092 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5115 = vector.fma %5111, %5108, %5093 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5116 = arith.addi %4948, %4584 : index
            %5117 = memref.load %3817[%5116] : memref<1024xf32>
            %5118 = vector.broadcast %5117 : f32 to vector<8xf32>
            %5119 = vector.fma %5118, %5102, %5097 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5120 = vector.fma %5118, %5104, %5098 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5121 = vector.fma %5118, %5106, %5099 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5122 = vector.fma %5118, %5108, %5100 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            vector.store %5112, %3[%4340] : memref<?xf32>, vector<8xf32>
            vector.store %5113, %3[%4360] : memref<?xf32>, vector<8xf32>
            vector.store %5114, %3[%4361] : memref<?xf32>, vector<8xf32>
            vector.store %5115, %3[%4363] : memref<?xf32>, vector<8xf32>
            vector.store %5119, %3[%4348] : memref<?xf32>, vector<8xf32>
            vector.store %5120, %3[%4364] : memref<?xf32>, vector<8xf32>
            vector.store %5121, %3[%4365] : memref<?xf32>, vector<8xf32>
            vector.store %5122, %3[%4366] : memref<?xf32>, vector<8xf32>
          }
          scf.for %5123 = %4327 to %3810 step %21 {
            %5124 = arith.divui %5123, %12 : index
            %5125 = arith.remui %5123, %12 : index
            %5126 = arith.addi %3807, %5124 : index
            %5127 = arith.muli %3805, %12 : index
            %5128 = arith.addi %5127, %5125 : index
            %5129 = arith.muli %3806, %5 : index
            %5130 = arith.addi %5129, %5126 : index
            %5131 = arith.constant 4 : index
            %5132 = arith.muli %5130, %5131 : index
            %5133 = arith.addi %5132, %5128 : index
            %5134 = arith.muli %5133, %3821 : index
            %5135 = arith.divui %5123, %3813 : index
            %5136 = arith.remui %5123, %3813 : index
            %5137 = arith.constant 256 : index
            %5138 = arith.muli %5135, %5137 : index
            %5139 = arith.addi %5138, %5136 : index
            %5140 = arith.addi %5123, %3819 : index
            %5141 = memref.load %3816[%5140] : memref<128xf32>
            %5142 = vector.broadcast %5141 : f32 to vector<8xf32>
            %5143 = arith.addi %5134, %3813 : index
            %5144 = arith.addi %5134, %10 : index
            %5145 = arith.constant 24 : index
            %5146 = arith.addi %5134, %5145 : index
            %5147 = vector.load %3[%5134] : memref<?xf32>, vector<8xf32>
            %5148 = arith.mulf %5147, %5142 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %5149 = vector.load %3[%5143] : memref<?xf32>, vector<8xf32>
            %5150 = arith.mulf %5149, %5142 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %5151 = vector.load %3[%5144] : memref<?xf32>, vector<8xf32>
            %5152 = arith.mulf %5151, %5142 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %5153 = vector.load %3[%5146] : memref<?xf32>, vector<8xf32>
            %5154 = arith.mulf %5153, %5142 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %5155, %5156, %5157, %5158 = scf.for %5159 = %20 to %3821 step %3813 iter_args(%5160 = %5148, %5161 = %5150, %5162 = %5152, %5163 = %5154) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %5164 = arith.muli %5159, %3819 : index
              %5165 = arith.addi %3877, %5164 : index
              %5166 = arith.muli %5159, %3813 : index
              %5167 = arith.addi %5139, %5166 : index
              %5168 = vector.load %2[%5165] : memref<?xf32>, vector<8xf32>
              %5169 = arith.addi %5165, %3813 : index
              %5170 = vector.load %2[%5169] : memref<?xf32>, vector<8xf32>
              %5171 = arith.addi %5165, %10 : index
              %5172 = vector.load %2[%5171] : memref<?xf32>, vector<8xf32>
              %5173 = arith.addi %5165, %5145 : index
              %5174 = vector.load %2[%5173] : memref<?xf32>, vector<8xf32>
              %5175 = memref.load %3817[%5167] : memref<1024xf32>
              %5176 = vector.broadcast %5175 : f32 to vector<8xf32>
              %5177 = vector.fma %5176, %5168, %5160 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5178 = vector.fma %5176, %5170, %5161 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5179 = vector.fma %5176, %5172, %5162 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5180 = vector.fma %5176, %5174, %5163 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5181 = arith.addi %5165, %3819 : index
              %5182 = vector.load %2[%5181] : memref<?xf32>, vector<8xf32>
              %5183 = arith.constant 72 : index
              %5184 = arith.addi %5165, %5183 : index
              %5185 = vector.load %2[%5184] : memref<?xf32>, vector<8xf32>
              %5186 = arith.constant 80 : index
              %5187 = arith.addi %5165, %5186 : index
              %5188 = vector.load %2[%5187] : memref<?xf32>, vector<8xf32>
              %5189 = arith.constant 88 : index
              %5190 = arith.addi %5165, %5189 : index
              %5191 = vector.load %2[%5190] : memref<?xf32>, vector<8xf32>
              %5192 = arith.addi %5167, %3813 : index
              %5193 = memref.load %3817[%5192] : memref<1024xf32>
              %5194 = vector.broadcast %5193 : f32 to vector<8xf32>
              %5195 = vector.fma %5194, %5182, %5177 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5196 = vector.fma %5194, %5185, %5178 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5197 = vector.fma %5194, %5188, %5179 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5198 = vector.fma %5194, %5191, %5180 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5199 = arith.addi %5165, %18 : index
              %5200 = vector.load %2[%5199] : memref<?xf32>, vector<8xf32>
              %5201 = arith.constant 136 : index
              %5202 = arith.addi %5165, %5201 : index
              %5203 = vector.load %2[%5202] : memref<?xf32>, vector<8xf32>
              %5204 = arith.constant 144 : index
              %5205 = arith.addi %5165, %5204 : index
              %5206 = vector.load %2[%5205] : memref<?xf32>, vector<8xf32>
              %5207 = arith.constant 152 : index
              %5208 = arith.addi %5165, %5207 : index
              %5209 = vector.load %2[%5208] : memref<?xf32>, vector<8xf32>
              %5210 = arith.addi %5167, %10 : index
              %5211 = memref.load %3817[%5210] : memref<1024xf32>
              %5212 = vector.broadcast %5211 : f32 to vector<8xf32>
              %5213 = vector.fma %5212, %5200, %5195 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5214 = vector.fma %5212, %5203, %5196 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5215 = vector.fma %5212, %5206, %5197 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5216 = vector.fma %5212, %5209, %5198 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5217 = arith.constant 192 : index
              %5218 = arith.addi %5165, %5217 : index
              %5219 = vector.load %2[%5218] : memref<?xf32>, vector<8xf32>
              %5220 = arith.constant 200 : index
              %5221 = arith.addi %5165, %5220 : index
              %5222 = vector.load %2[%5221] : memref<?xf32>, vector<8xf32>
              %5223 = arith.constant 208 : index
              %5224 = arith.addi %5165, %5223 : index
              %5225 = vector.load %2[%5224] : memref<?xf32>, vector<8xf32>
              %5226 = arith.constant 216 : index
              %5227 = arith.addi %5165, %5226 : index
              %5228 = vector.load %2[%5227] : memref<?xf32>, vector<8xf32>
              %5229 = arith.addi %5167, %5145 : index
              %5230 = memref.load %3817[%5229] : memref<1024xf32>
              %5231 = vector.broadcast %5230 : f32 to vector<8xf32>
              %5232 = vector.fma %5231, %5219, %5213 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5233 = vector.fma %5231, %5222, %5214 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5234 = vector.fma %5231, %5225, %5215 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5235 = vector.fma %5231, %5228, %5216 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5236 = arith.addi %5165, %5137 : index
              %5237 = vector.load %2[%5236] : memref<?xf32>, vector<8xf32>
              %5238 = arith.constant 264 : index
              %5239 = arith.addi %5165, %5238 : index
              %5240 = vector.load %2[%5239] : memref<?xf32>, vector<8xf32>
              %5241 = arith.constant 272 : index
              %5242 = arith.addi %5165, %5241 : index
              %5243 = vector.load %2[%5242] : memref<?xf32>, vector<8xf32>
              %5244 = arith.constant 280 : index
              %5245 = arith.addi %5165, %5244 : index
              %5246 = vector.load %2[%5245] : memref<?xf32>, vector<8xf32>
              %5247 = arith.addi %5167, %3821 : index
              %5248 = memref.load %3817[%5247] : memref<1024xf32>
              %5249 = vector.broadcast %5248 : f32 to vector<8xf32>
              %5250 = vector.fma %5249, %5237, %5232 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5251 = vector.fma %5249, %5240, %5233 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5252 = vector.fma %5249, %5243, %5234 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5253 = vector.fma %5249, %5246, %5235 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5254 = arith.constant 320 : index
              %5255 = arith.addi %5165, %5254 : index
              %5256 = vector.load %2[%5255] : memref<?xf32>, vector<8xf32>
              %5257 = arith.constant 328 : index
              %5258 = arith.addi %5165, %5257 : index
              %5259 = vector.load %2[%5258] : memref<?xf32>, vector<8xf32>
              %5260 = arith.constant 336 : index
              %5261 = arith.addi %5165, %5260 : index
              %5262 = vector.load %2[%5261] : memref<?xf32>, vector<8xf32>
              %5263 = arith.constant 344 : index
              %5264 = arith.addi %5165, %5263 : index
              %5265 = vector.load %2[%5264] : memref<?xf32>, vector<8xf32>
              %5266 = arith.constant 40 : index
              %5267 = arith.addi %5167, %5266 : index
              %5268 = memref.load %3817[%5267] : memref<1024xf32>
              %5269 = vector.broadcast %5268 : f32 to vector<8xf32>
              %5270 = vector.fma %5269, %5256, %5250 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5271 = vector.fma %5269, %5259, %5251 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5272 = vector.fma %5269, %5262, %5252 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5273 = vector.fma %5269, %5265, %5253 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5274 = arith.constant 384 : index
              %5275 = arith.addi %5165, %5274 : index
              %5276 = vector.load %2[%5275] : memref<?xf32>, vector<8xf32>
              %5277 = arith.constant 392 : index
              %5278 = arith.addi %5165, %5277 : index
              %5279 = vector.load %2[%5278] : memref<?xf32>, vector<8xf32>
              %5280 = arith.constant 400 : index
              %5281 = arith.addi %5165, %5280 : index
              %5282 = vector.load %2[%5281] : memref<?xf32>, vector<8xf32>
              %5283 = arith.constant 408 : index
              %5284 = arith.addi %5165, %5283 : index
              %5285 = vector.load %2[%5284] : memref<?xf32>, vector<8xf32>
              %5286 = arith.constant 48 : index
              %5287 = arith.addi %5167, %5286 : index
              %5288 = memref.load %3817[%5287] : memref<1024xf32>
              %5289 = vector.broadcast %5288 : f32 to vector<8xf32>
              %5290 = vector.fma %5289, %5276, %5270 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5291 = vector.fma %5289, %5279, %5271 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5292 = vector.fma %5289, %5282, %5272 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5293 = vector.fma %5289, %5285, %5273 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5294 = arith.constant 448 : index
              %5295 = arith.addi %5165, %5294 : index
              %5296 = vector.load %2[%5295] : memref<?xf32>, vector<8xf32>
              %5297 = arith.constant 456 : index
              %5298 = arith.addi %5165, %5297 : index
              %5299 = vector.load %2[%5298] : memref<?xf32>, vector<8xf32>
              %5300 = arith.constant 464 : index
              %5301 = arith.addi %5165, %5300 : index
              %5302 = vector.load %2[%5301] : memref<?xf32>, vector<8xf32>
              %5303 = arith.constant 472 : index
              %5304 = arith.addi %5165, %5303 : index
              %5305 = vector.load %2[%5304] : memref<?xf32>, vector<8xf32>
              %5306 = arith.constant 56 : index
              %5307 = arith.addi %5167, %5306 : index
              %5308 = memref.load %3817[%5307] : memref<1024xf32>
              %5309 = vector.broadcast %5308 : f32 to vector<8xf32>
              %5310 = vector.fma %5309, %5296, %5290 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5311 = vector.fma %5309, %5299, %5291 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5312 = vector.fma %5309, %5302, %5292 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5313 = vector.fma %5309, %5305, %5293 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              scf.yield %5310, %5311, %5312, %5313 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            vector.store %5155, %3[%5134] : memref<?xf32>, vector<8xf32>
            vector.store %5156, %3[%5143] : memref<?xf32>, vector<8xf32>
            vector.store %5157, %3[%5144] : memref<?xf32>, vector<8xf32>
            vector.store %5158, %3[%5146] : memref<?xf32>, vector<8xf32>
          }
        }
        %5314 = arith.subi %3874, %3868 : index
        %5315 = arith.divui %5314, %10 : index
        %5316 = arith.muli %5315, %10 : index
        %5317 = arith.addi %3868, %5316 : index
        scf.for %5318 = %3868 to %5317 step %10 {
          %5319 = arith.muli %5318, %3819 : index
          %5320 = arith.addi %3823, %5319 : index
          scf.for %5321 = %20 to %3814 step %21 {
            %5322 = arith.muli %5321, %3813 : index
            %5323 = arith.minui %5322, %3815 : index
            %5324 = arith.divui %5323, %12 : index
            %5325 = arith.remui %5323, %12 : index
            %5326 = arith.addi %3807, %5324 : index
            %5327 = arith.muli %3805, %12 : index
            %5328 = arith.addi %5327, %5325 : index
            %5329 = arith.muli %3806, %5 : index
            %5330 = arith.addi %5329, %5326 : index
            %5331 = arith.constant 4 : index
            %5332 = arith.muli %5330, %5331 : index
            %5333 = arith.addi %5332, %5328 : index
            %5334 = arith.muli %5333, %3821 : index
            %5335 = arith.addi %5322, %21 : index
            %5336 = arith.minui %5335, %3815 : index
            %5337 = arith.divui %5336, %12 : index
            %5338 = arith.remui %5336, %12 : index
            %5339 = arith.addi %3807, %5337 : index
            %5340 = arith.addi %5327, %5338 : index
            %5341 = arith.addi %5329, %5339 : index
            %5342 = arith.muli %5341, %5331 : index
            %5343 = arith.addi %5342, %5340 : index
            %5344 = arith.muli %5343, %3821 : index
            %5345 = arith.addi %5322, %12 : index
            %5346 = arith.minui %5345, %3815 : index
            %5347 = arith.divui %5346, %12 : index
            %5348 = arith.remui %5346, %12 : index
            %5349 = arith.addi %3807, %5347 : index
            %5350 = arith.addi %5327, %5348 : index
            %5351 = arith.addi %5329, %5349 : index
            %5352 = arith.muli %5351, %5331 : index
            %5353 = arith.addi %5352, %5350 : index
            %5354 = arith.muli %5353, %3821 : index
            %5355 = arith.constant 3 : index
            %5356 = arith.addi %5322, %5355 : index
            %5357 = arith.minui %5356, %3815 : index
            %5358 = arith.divui %5357, %12 : index
            %5359 = arith.remui %5357, %12 : index
            %5360 = arith.addi %3807, %5358 : index
            %5361 = arith.addi %5327, %5359 : index
            %5362 = arith.addi %5329, %5360 : index
            %5363 = arith.muli %5362, %5331 : index
            %5364 = arith.addi %5363, %5361 : index
            %5365 = arith.muli %5364, %3821 : index
            %5366 = arith.addi %5322, %5331 : index
            %5367 = arith.minui %5366, %3815 : index
            %5368 = arith.divui %5367, %12 : index
            %5369 = arith.remui %5367, %12 : index
            %5370 = arith.addi %3807, %5368 : index
            %5371 = arith.addi %5327, %5369 : index
            %5372 = arith.addi %5329, %5370 : index
            %5373 = arith.muli %5372, %5331 : index
            %5374 = arith.addi %5373, %5371 : index
            %5375 = arith.muli %5374, %3821 : index
            %5376 = arith.constant 5 : index
            %5377 = arith.addi %5322, %5376 : index
            %5378 = arith.minui %5377, %3815 : index
            %5379 = arith.divui %5378, %12 : index
            %5380 = arith.remui %5378, %12 : index
            %5381 = arith.addi %3807, %5379 : index
            %5382 = arith.addi %5327, %5380 : index
            %5383 = arith.addi %5329, %5381 : index
            %5384 = arith.muli %5383, %5331 : index
            %5385 = arith.addi %5384, %5382 : index
            %5386 = arith.muli %5385, %3821 : index
            %5387 = arith.constant 6 : index
            %5388 = arith.addi %5322, %5387 : index
            %5389 = arith.minui %5388, %3815 : index
            %5390 = arith.divui %5389, %12 : index
            %5391 = arith.remui %5389, %12 : index
            %5392 = arith.addi %3807, %5390 : index
            %5393 = arith.addi %5327, %5391 : index
            %5394 = arith.addi %5329, %5392 : index
            %5395 = arith.muli %5394, %5331 : index
            %5396 = arith.addi %5395, %5393 : index
            %5397 = arith.muli %5396, %3821 : index
            %5398 = arith.addi %5322, %3811 : index
            %5399 = arith.minui %5398, %3815 : index
            %5400 = arith.divui %5399, %12 : index
            %5401 = arith.remui %5399, %12 : index
            %5402 = arith.addi %3807, %5400 : index
            %5403 = arith.addi %5327, %5401 : index
            %5404 = arith.addi %5329, %5402 : index
            %5405 = arith.muli %5404, %5331 : index
            %5406 = arith.addi %5405, %5403 : index
            %5407 = arith.muli %5406, %3821 : index
            scf.for %5408 = %20 to %10 step %12 {
              %5409 = arith.muli %5408, %3819 : index
              %5410 = arith.addi %5320, %5409 : index
              %5411 = arith.addi %5410, %3819 : index
              %5412 = vector.load %1[%5410] : memref<?xf32>, vector<8xf32>
              %5413 = vector.load %1[%5411] : memref<?xf32>, vector<8xf32>
              %5414 = vector.load %0[%5334] : memref<?xf32>, vector<8xf32>
              %5415 = arith.mulf %5414, %5412 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5416 = arith.mulf %5414, %5413 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5417 = vector.load %0[%5344] : memref<?xf32>, vector<8xf32>
              %5418 = arith.mulf %5417, %5412 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5419 = arith.mulf %5417, %5413 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5420 = vector.load %0[%5354] : memref<?xf32>, vector<8xf32>
              %5421 = arith.mulf %5420, %5412 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5422 = arith.mulf %5420, %5413 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5423 = vector.load %0[%5365] : memref<?xf32>, vector<8xf32>
              %5424 = arith.mulf %5423, %5412 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5425 = arith.mulf %5423, %5413 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5426 = vector.load %0[%5375] : memref<?xf32>, vector<8xf32>
              %5427 = arith.mulf %5426, %5412 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5428 = arith.mulf %5426, %5413 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5429 = vector.load %0[%5386] : memref<?xf32>, vector<8xf32>
              %5430 = arith.mulf %5429, %5412 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5431 = arith.mulf %5429, %5413 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5432 = vector.load %0[%5397] : memref<?xf32>, vector<8xf32>
              %5433 = arith.mulf %5432, %5412 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5434 = arith.mulf %5432, %5413 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5435 = vector.load %0[%5407] : memref<?xf32>, vector<8xf32>
              %5436 = arith.mulf %5435, %5412 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5437 = arith.mulf %5435, %5413 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5438 = arith.addi %5410, %3813 : index
              %5439 = vector.load %1[%5438] : memref<?xf32>, vector<8xf32>
              %5440 = arith.addi %5411, %3813 : index
              %5441 = vector.load %1[%5440] : memref<?xf32>, vector<8xf32>
              %5442 = arith.addi %5334, %3813 : index
              %5443 = vector.load %0[%5442] : memref<?xf32>, vector<8xf32>
              %5444 = vector.fma %5443, %5439, %5415 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5445 = vector.fma %5443, %5441, %5416 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5446 = arith.addi %5344, %3813 : index
              %5447 = vector.load %0[%5446] : memref<?xf32>, vector<8xf32>
              %5448 = vector.fma %5447, %5439, %5418 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5449 = vector.fma %5447, %5441, %5419 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5450 = arith.addi %5354, %3813 : index
              %5451 = vector.load %0[%5450] : memref<?xf32>, vector<8xf32>
              %5452 = vector.fma %5451, %5439, %5421 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5453 = vector.fma %5451, %5441, %5422 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5454 = arith.addi %5365, %3813 : index
              %5455 = vector.load %0[%5454] : memref<?xf32>, vector<8xf32>
              %5456 = vector.fma %5455, %5439, %5424 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5457 = vector.fma %5455, %5441, %5425 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5458 = arith.addi %5375, %3813 : index
              %5459 = vector.load %0[%5458] : memref<?xf32>, vector<8xf32>
              %5460 = vector.fma %5459, %5439, %5427 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5461 = vector.fma %5459, %5441, %5428 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5462 = arith.addi %5386, %3813 : index
              %5463 = vector.load %0[%5462] : memref<?xf32>, vector<8xf32>
              %5464 = vector.fma %5463, %5439, %5430 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5465 = vector.fma %5463, %5441, %5431 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5466 = arith.addi %5397, %3813 : index
              %5467 = vector.load %0[%5466] : memref<?xf32>, vector<8xf32>
              %5468 = vector.fma %5467, %5439, %5433 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5469 = vector.fma %5467, %5441, %5434 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5470 = arith.addi %5407, %3813 : index
              %5471 = vector.load %0[%5470] : memref<?xf32>, vector<8xf32>
              %5472 = vector.fma %5471, %5439, %5436 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5473 = vector.fma %5471, %5441, %5437 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5474 = arith.addi %5410, %10 : index
              %5475 = vector.load %1[%5474] : memref<?xf32>, vector<8xf32>
              %5476 = arith.addi %5411, %10 : index
              %5477 = vector.load %1[%5476] : memref<?xf32>, vector<8xf32>
              %5478 = arith.addi %5334, %10 : index
              %5479 = vector.load %0[%5478] : memref<?xf32>, vector<8xf32>
              %5480 = vector.fma %5479, %5475, %5444 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5481 = vector.fma %5479, %5477, %5445 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5482 = arith.addi %5344, %10 : index
              %5483 = vector.load %0[%5482] : memref<?xf32>, vector<8xf32>
              %5484 = vector.fma %5483, %5475, %5448 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5485 = vector.fma %5483, %5477, %5449 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5486 = arith.addi %5354, %10 : index
              %5487 = vector.load %0[%5486] : memref<?xf32>, vector<8xf32>
              %5488 = vector.fma %5487, %5475, %5452 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5489 = vector.fma %5487, %5477, %5453 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5490 = arith.addi %5365, %10 : index
              %5491 = vector.load %0[%5490] : memref<?xf32>, vector<8xf32>
              %5492 = vector.fma %5491, %5475, %5456 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5493 = vector.fma %5491, %5477, %5457 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5494 = arith.addi %5375, %10 : index
              %5495 = vector.load %0[%5494] : memref<?xf32>, vector<8xf32>
              %5496 = vector.fma %5495, %5475, %5460 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5497 = vector.fma %5495, %5477, %5461 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5498 = arith.addi %5386, %10 : index
              %5499 = vector.load %0[%5498] : memref<?xf32>, vector<8xf32>
              %5500 = vector.fma %5499, %5475, %5464 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5501 = vector.fma %5499, %5477, %5465 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5502 = arith.addi %5397, %10 : index
              %5503 = vector.load %0[%5502] : memref<?xf32>, vector<8xf32>
              %5504 = vector.fma %5503, %5475, %5468 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5505 = vector.fma %5503, %5477, %5469 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5506 = arith.addi %5407, %10 : index
              %5507 = vector.load %0[%5506] : memref<?xf32>, vector<8xf32>
              %5508 = vector.fma %5507, %5475, %5472 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5509 = vector.fma %5507, %5477, %5473 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5510 = arith.constant 24 : index
              %5511 = arith.addi %5410, %5510 : index
              %5512 = vector.load %1[%5511] : memref<?xf32>, vector<8xf32>
              %5513 = arith.addi %5411, %5510 : index
              %5514 = vector.load %1[%5513] : memref<?xf32>, vector<8xf32>
              %5515 = arith.addi %5334, %5510 : index
              %5516 = vector.load %0[%5515] : memref<?xf32>, vector<8xf32>
              %5517 = vector.fma %5516, %5512, %5480 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5518 = vector.fma %5516, %5514, %5481 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5519 = arith.addi %5344, %5510 : index
              %5520 = vector.load %0[%5519] : memref<?xf32>, vector<8xf32>
              %5521 = vector.fma %5520, %5512, %5484 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5522 = vector.fma %5520, %5514, %5485 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5523 = arith.addi %5354, %5510 : index
              %5524 = vector.load %0[%5523] : memref<?xf32>, vector<8xf32>
              %5525 = vector.fma %5524, %5512, %5488 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5526 = vector.fma %5524, %5514, %5489 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5527 = arith.addi %5365, %5510 : index
              %5528 = vector.load %0[%5527] : memref<?xf32>, vector<8xf32>
              %5529 = vector.fma %5528, %5512, %5492 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5530 = vector.fma %5528, %5514, %5493 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5531 = arith.addi %5375, %5510 : index
              %5532 = vector.load %0[%5531] : memref<?xf32>, vector<8xf32>
              %5533 = vector.fma %5532, %5512, %5496 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5534 = vector.fma %5532, %5514, %5497 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5535 = arith.addi %5386, %5510 : index
              %5536 = vector.load %0[%5535] : memref<?xf32>, vector<8xf32>
              %5537 = vector.fma %5536, %5512, %5500 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5538 = vector.fma %5536, %5514, %5501 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5539 = arith.addi %5397, %5510 : index
              %5540 = vector.load %0[%5539] : memref<?xf32>, vector<8xf32>
              %5541 = vector.fma %5540, %5512, %5504 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5542 = vector.fma %5540, %5514, %5505 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5543 = arith.addi %5407, %5510 : index
              %5544 = vector.load %0[%5543] : memref<?xf32>, vector<8xf32>
              %5545 = vector.fma %5544, %5512, %5508 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5546 = vector.fma %5544, %5514, %5509 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %5547 = vector.shuffle %5517, %5521 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %5548 = vector.shuffle %5517, %5521 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %5549 = arith.addf %5547, %5548 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5550 = vector.shuffle %5525, %5529 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %5551 = vector.shuffle %5525, %5529 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %5552 = arith.addf %5550, %5551 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5553 = vector.shuffle %5533, %5537 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %5554 = vector.shuffle %5533, %5537 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %5555 = arith.addf %5553, %5554 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5556 = vector.shuffle %5541, %5545 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %5557 = vector.shuffle %5541, %5545 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %5558 = arith.addf %5556, %5557 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5559 = vector.shuffle %5549, %5552 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %5560 = vector.shuffle %5549, %5552 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %5561 = arith.addf %5559, %5560 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5562 = vector.shuffle %5555, %5558 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %5563 = vector.shuffle %5555, %5558 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %5564 = arith.addf %5562, %5563 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5565 = vector.shuffle %5561, %5564 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %5566 = vector.shuffle %5561, %5564 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %5567 = arith.addf %5565, %5566 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5568 = arith.mulf %5567, %3827 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5569 = arith.muli %5321, %10 : index
              %5570 = arith.addi %5569, %5408 : index
              %5571 = arith.muli %5570, %3813 : index
              vector.store %5568, %3817[%5571] : memref<1024xf32>, vector<8xf32>
              %5572 = vector.shuffle %5518, %5522 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %5573 = vector.shuffle %5518, %5522 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %5574 = arith.addf %5572, %5573 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5575 = vector.shuffle %5526, %5530 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %5576 = vector.shuffle %5526, %5530 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %5577 = arith.addf %5575, %5576 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5578 = vector.shuffle %5534, %5538 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %5579 = vector.shuffle %5534, %5538 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %5580 = arith.addf %5578, %5579 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5581 = vector.shuffle %5542, %5546 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %5582 = vector.shuffle %5542, %5546 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %5583 = arith.addf %5581, %5582 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5584 = vector.shuffle %5574, %5577 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %5585 = vector.shuffle %5574, %5577 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %5586 = arith.addf %5584, %5585 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5587 = vector.shuffle %5580, %5583 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %5588 = vector.shuffle %5580, %5583 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %5589 = arith.addf %5587, %5588 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5590 = vector.shuffle %5586, %5589 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %5591 = vector.shuffle %5586, %5589 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %5592 = arith.addf %5590, %5591 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5593 = arith.mulf %5592, %3827 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5594 = arith.addi %5408, %21 : index
              %5595 = arith.addi %5569, %5594 : index
              %5596 = arith.muli %5595, %3813 : index
              vector.store %5593, %3817[%5596] : memref<1024xf32>, vector<8xf32>
            }
          }
          scf.for %5597 = %20 to %3814 step %21 {
            %5598 = arith.muli %5597, %3813 : index
            %5599 = arith.muli %5597, %18 : index
            %5600 = arith.constant 96 : index
            %5601 = arith.addi %5598, %5600 : index
            %5602 = vector.load %3816[%5601] : memref<128xf32>, vector<8xf32>
            %5603 = arith.index_cast %5318 : index to i64
            %5604 = arith.sitofp %5603 : i64 to f32
            %5605 = vector.broadcast %5604 : f32 to vector<8xf32>
            %5606 = arith.subf %5602, %5605 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %5607 = vector.load %3816[%5598] : memref<128xf32>, vector<8xf32>
            %5608 = scf.for %5609 = %20 to %10 step %3813 iter_args(%5610 = %5607) -> (vector<8xf32>) {
              %5611 = arith.muli %5609, %3813 : index
              %5612 = arith.addi %5599, %5611 : index
              %5613 = vector.load %3817[%5612] : memref<1024xf32>, vector<8xf32>
              %5614 = arith.addi %5609, %21 : index
              %5615 = arith.muli %5614, %3813 : index
              %5616 = arith.addi %5599, %5615 : index
              %5617 = vector.load %3817[%5616] : memref<1024xf32>, vector<8xf32>
              %5618 = arith.addi %5609, %12 : index
              %5619 = arith.muli %5618, %3813 : index
              %5620 = arith.addi %5599, %5619 : index
              %5621 = vector.load %3817[%5620] : memref<1024xf32>, vector<8xf32>
              %5622 = arith.constant 3 : index
              %5623 = arith.addi %5609, %5622 : index
              %5624 = arith.muli %5623, %3813 : index
              %5625 = arith.addi %5599, %5624 : index
              %5626 = vector.load %3817[%5625] : memref<1024xf32>, vector<8xf32>
              %5627 = arith.constant 4 : index
              %5628 = arith.addi %5609, %5627 : index
              %5629 = arith.muli %5628, %3813 : index
              %5630 = arith.addi %5599, %5629 : index
              %5631 = vector.load %3817[%5630] : memref<1024xf32>, vector<8xf32>
              %5632 = arith.constant 5 : index
              %5633 = arith.addi %5609, %5632 : index
              %5634 = arith.muli %5633, %3813 : index
              %5635 = arith.addi %5599, %5634 : index
              %5636 = vector.load %3817[%5635] : memref<1024xf32>, vector<8xf32>
              %5637 = arith.constant 6 : index
              %5638 = arith.addi %5609, %5637 : index
              %5639 = arith.muli %5638, %3813 : index
              %5640 = arith.addi %5599, %5639 : index
              %5641 = vector.load %3817[%5640] : memref<1024xf32>, vector<8xf32>
              %5642 = arith.addi %5609, %3811 : index
              %5643 = arith.muli %5642, %3813 : index
              %5644 = arith.addi %5599, %5643 : index
              %5645 = vector.load %3817[%5644] : memref<1024xf32>, vector<8xf32>
              %5646 = arith.index_cast %5609 : index to i64
              %5647 = arith.sitofp %5646 : i64 to f32
              %5648 = vector.broadcast %5647 : f32 to vector<8xf32>
              %5649 = arith.subf %5606, %5648 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5650 = arith.cmpf olt, %3825, %5649 : vector<8xf32>
              %5651 = arith.constant 1.000000e+00 : f32
              %5652 = vector.broadcast %5651 : f32 to vector<8xf32>
              %5653 = arith.cmpf olt, %5652, %5649 : vector<8xf32>
              %5654 = arith.constant 2.000000e+00 : f32
              %5655 = vector.broadcast %5654 : f32 to vector<8xf32>
              %5656 = arith.cmpf olt, %5655, %5649 : vector<8xf32>
              %5657 = arith.constant 3.000000e+00 : f32
              %5658 = vector.broadcast %5657 : f32 to vector<8xf32>
              %5659 = arith.cmpf olt, %5658, %5649 : vector<8xf32>
              %5660 = arith.constant 4.000000e+00 : f32
              %5661 = vector.broadcast %5660 : f32 to vector<8xf32>
              %5662 = arith.cmpf olt, %5661, %5649 : vector<8xf32>
              %5663 = arith.constant 5.000000e+00 : f32
              %5664 = vector.broadcast %5663 : f32 to vector<8xf32>
              %5665 = arith.cmpf olt, %5664, %5649 : vector<8xf32>
              %5666 = arith.constant 6.000000e+00 : f32
              %5667 = vector.broadcast %5666 : f32 to vector<8xf32>
              %5668 = arith.cmpf olt, %5667, %5649 : vector<8xf32>
              %5669 = arith.constant 7.000000e+00 : f32
              %5670 = vector.broadcast %5669 : f32 to vector<8xf32>
              %5671 = arith.cmpf olt, %5670, %5649 : vector<8xf32>
              %5672 = arith.constant -1.000000e+30 : f32
              %5673 = vector.broadcast %5672 : f32 to vector<8xf32>
              %5674 = arith.select %5650, %5613, %5673 : vector<8xf32>
              %5675 = arith.select %5653, %5617, %5673 : vector<8xf32>
              %5676 = arith.select %5656, %5621, %5673 : vector<8xf32>
              %5677 = arith.select %5659, %5626, %5673 : vector<8xf32>
              %5678 = arith.select %5662, %5631, %5673 : vector<8xf32>
              %5679 = arith.select %5665, %5636, %5673 : vector<8xf32>
              %5680 = arith.select %5668, %5641, %5673 : vector<8xf32>
              %5681 = arith.select %5671, %5645, %5673 : vector<8xf32>
              %5682 = arith.cmpf ogt, %5674, %5675 : vector<8xf32>
              %5683 = arith.select %5682, %5674, %5675 : vector<8xf32>
              %5684 = arith.cmpf ogt, %5676, %5677 : vector<8xf32>
              %5685 = arith.select %5684, %5676, %5677 : vector<8xf32>
              %5686 = arith.cmpf ogt, %5678, %5679 : vector<8xf32>
              %5687 = arith.select %5686, %5678, %5679 : vector<8xf32>
              %5688 = arith.cmpf ogt, %5680, %5681 : vector<8xf32>
              %5689 = arith.select %5688, %5680, %5681 : vector<8xf32>
              %5690 = arith.cmpf ogt, %5683, %5685 : vector<8xf32>
              %5691 = arith.select %5690, %5683, %5685 : vector<8xf32>
              %5692 = arith.cmpf ogt, %5687, %5689 : vector<8xf32>
              %5693 = arith.select %5692, %5687, %5689 : vector<8xf32>
              %5694 = arith.cmpf ogt, %5691, %5693 : vector<8xf32>
              %5695 = arith.select %5694, %5691, %5693 : vector<8xf32>
              %5696 = arith.cmpf ogt, %5610, %5695 : vector<8xf32>
              %5697 = arith.select %5696, %5610, %5695 : vector<8xf32>
              scf.yield %5697 : vector<8xf32>
            }
            %5698 = scf.for %5699 = %20 to %10 step %3813 iter_args(%5700 = %3825) -> (vector<8xf32>) {
              %5701 = arith.muli %5699, %3813 : index
              %5702 = arith.addi %5599, %5701 : index
              %5703 = vector.load %3817[%5702] : memref<1024xf32>, vector<8xf32>
              %5704 = arith.addi %5699, %21 : index
              %5705 = arith.muli %5704, %3813 : index
              %5706 = arith.addi %5599, %5705 : index
              %5707 = vector.load %3817[%5706] : memref<1024xf32>, vector<8xf32>
              %5708 = arith.addi %5699, %12 : index
              %5709 = arith.muli %5708, %3813 : index
              %5710 = arith.addi %5599, %5709 : index
              %5711 = vector.load %3817[%5710] : memref<1024xf32>, vector<8xf32>
              %5712 = arith.constant 3 : index
              %5713 = arith.addi %5699, %5712 : index
              %5714 = arith.muli %5713, %3813 : index
              %5715 = arith.addi %5599, %5714 : index
              %5716 = vector.load %3817[%5715] : memref<1024xf32>, vector<8xf32>
              %5717 = arith.constant 4 : index
              %5718 = arith.addi %5699, %5717 : index
              %5719 = arith.muli %5718, %3813 : index
              %5720 = arith.addi %5599, %5719 : index
              %5721 = vector.load %3817[%5720] : memref<1024xf32>, vector<8xf32>
              %5722 = arith.constant 5 : index
              %5723 = arith.addi %5699, %5722 : index
              %5724 = arith.muli %5723, %3813 : index
              %5725 = arith.addi %5599, %5724 : index
              %5726 = vector.load %3817[%5725] : memref<1024xf32>, vector<8xf32>
              %5727 = arith.constant 6 : index
              %5728 = arith.addi %5699, %5727 : index
              %5729 = arith.muli %5728, %3813 : index
              %5730 = arith.addi %5599, %5729 : index
              %5731 = vector.load %3817[%5730] : memref<1024xf32>, vector<8xf32>
              %5732 = arith.addi %5699, %3811 : index
              %5733 = arith.muli %5732, %3813 : index
              %5734 = arith.addi %5599, %5733 : index
              %5735 = vector.load %3817[%5734] : memref<1024xf32>, vector<8xf32>
              %5736 = arith.index_cast %5699 : index to i64
              %5737 = arith.sitofp %5736 : i64 to f32
              %5738 = vector.broadcast %5737 : f32 to vector<8xf32>
              %5739 = arith.subf %5606, %5738 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5740 = arith.cmpf olt, %3825, %5739 : vector<8xf32>
              %5741 = arith.constant 1.000000e+00 : f32
              %5742 = vector.broadcast %5741 : f32 to vector<8xf32>
              %5743 = arith.cmpf olt, %5742, %5739 : vector<8xf32>
              %5744 = arith.constant 2.000000e+00 : f32
              %5745 = vector.broadcast %5744 : f32 to vector<8xf32>
              %5746 = arith.cmpf olt, %5745, %5739 : vector<8xf32>
              %5747 = arith.constant 3.000000e+00 : f32
              %5748 = vector.broadcast %5747 : f32 to vector<8xf32>
              %5749 = arith.cmpf olt, %5748, %5739 : vector<8xf32>
              %5750 = arith.constant 4.000000e+00 : f32
              %5751 = vector.broadcast %5750 : f32 to vector<8xf32>
              %5752 = arith.cmpf olt, %5751, %5739 : vector<8xf32>
              %5753 = arith.constant 5.000000e+00 : f32
              %5754 = vector.broadcast %5753 : f32 to vector<8xf32>
              %5755 = arith.cmpf olt, %5754, %5739 : vector<8xf32>
              %5756 = arith.constant 6.000000e+00 : f32
              %5757 = vector.broadcast %5756 : f32 to vector<8xf32>
              %5758 = arith.cmpf olt, %5757, %5739 : vector<8xf32>
              %5759 = arith.constant 7.000000e+00 : f32
              %5760 = vector.broadcast %5759 : f32 to vector<8xf32>
              %5761 = arith.cmpf olt, %5760, %5739 : vector<8xf32>
              %5762 = arith.constant -1.000000e+30 : f32
              %5763 = vector.broadcast %5762 : f32 to vector<8xf32>
              %5764 = arith.select %5740, %5703, %5763 : vector<8xf32>
              %5765 = arith.select %5743, %5707, %5763 : vector<8xf32>
              %5766 = arith.select %5746, %5711, %5763 : vector<8xf32>
              %5767 = arith.select %5749, %5716, %5763 : vector<8xf32>
              %5768 = arith.select %5752, %5721, %5763 : vector<8xf32>
              %5769 = arith.select %5755, %5726, %5763 : vector<8xf32>
              %5770 = arith.select %5758, %5731, %5763 : vector<8xf32>
              %5771 = arith.select %5761, %5735, %5763 : vector<8xf32>
              %5772 = arith.subf %5764, %5608 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5773 = arith.constant -8.700000e+01 : f32
              %5774 = vector.broadcast %5773 : f32 to vector<8xf32>
              %5775 = arith.cmpf ogt, %5772, %5774 : vector<8xf32>
              %5776 = arith.select %5775, %5772, %5774 : vector<8xf32>
              %5777 = arith.constant 8.800000e+01 : f32
              %5778 = vector.broadcast %5777 : f32 to vector<8xf32>
              %5779 = arith.cmpf olt, %5776, %5778 : vector<8xf32>
              %5780 = arith.select %5779, %5776, %5778 : vector<8xf32>
              %5781 = math.exp %5780 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5782 = arith.select %5740, %5781, %3825 : vector<8xf32>
              vector.store %5782, %3817[%5702] : memref<1024xf32>, vector<8xf32>
              %5783 = arith.subf %5765, %5608 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5784 = arith.cmpf ogt, %5783, %5774 : vector<8xf32>
              %5785 = arith.select %5784, %5783, %5774 : vector<8xf32>
              %5786 = arith.cmpf olt, %5785, %5778 : vector<8xf32>
              %5787 = arith.select %5786, %5785, %5778 : vector<8xf32>
              %5788 = math.exp %5787 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5789 = arith.select %5743, %5788, %3825 : vector<8xf32>
              vector.store %5789, %3817[%5706] : memref<1024xf32>, vector<8xf32>
              %5790 = arith.subf %5766, %5608 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5791 = arith.cmpf ogt, %5790, %5774 : vector<8xf32>
              %5792 = arith.select %5791, %5790, %5774 : vector<8xf32>
              %5793 = arith.cmpf olt, %5792, %5778 : vector<8xf32>
              %5794 = arith.select %5793, %5792, %5778 : vector<8xf32>
              %5795 = math.exp %5794 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5796 = arith.select %5746, %5795, %3825 : vector<8xf32>
              vector.store %5796, %3817[%5710] : memref<1024xf32>, vector<8xf32>
              %5797 = arith.subf %5767, %5608 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5798 = arith.cmpf ogt, %5797, %5774 : vector<8xf32>
              %5799 = arith.select %5798, %5797, %5774 : vector<8xf32>
              %5800 = arith.cmpf olt, %5799, %5778 : vector<8xf32>
              %5801 = arith.select %5800, %5799, %5778 : vector<8xf32>
              %5802 = math.exp %5801 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5803 = arith.select %5749, %5802, %3825 : vector<8xf32>
              vector.store %5803, %3817[%5715] : memref<1024xf32>, vector<8xf32>
              %5804 = arith.subf %5768, %5608 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5805 = arith.cmpf ogt, %5804, %5774 : vector<8xf32>
              %5806 = arith.select %5805, %5804, %5774 : vector<8xf32>
              %5807 = arith.cmpf olt, %5806, %5778 : vector<8xf32>
              %5808 = arith.select %5807, %5806, %5778 : vector<8xf32>
              %5809 = math.exp %5808 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5810 = arith.select %5752, %5809, %3825 : vector<8xf32>
              vector.store %5810, %3817[%5720] : memref<1024xf32>, vector<8xf32>
              %5811 = arith.subf %5769, %5608 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5812 = arith.cmpf ogt, %5811, %5774 : vector<8xf32>
              %5813 = arith.select %5812, %5811, %5774 : vector<8xf32>
              %5814 = arith.cmpf olt, %5813, %5778 : vector<8xf32>
              %5815 = arith.select %5814, %5813, %5778 : vector<8xf32>
              %5816 = math.exp %5815 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5817 = arith.select %5755, %5816, %3825 : vector<8xf32>
              vector.store %5817, %3817[%5725] : memref<1024xf32>, vector<8xf32>
              %5818 = arith.subf %5770, %5608 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5819 = arith.cmpf ogt, %5818, %5774 : vector<8xf32>
              %5820 = arith.select %5819, %5818, %5774 : vector<8xf32>
              %5821 = arith.cmpf olt, %5820, %5778 : vector<8xf32>
              %5822 = arith.select %5821, %5820, %5778 : vector<8xf32>
              %5823 = math.exp %5822 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5824 = arith.select %5758, %5823, %3825 : vector<8xf32>
              vector.store %5824, %3817[%5730] : memref<1024xf32>, vector<8xf32>
              %5825 = arith.subf %5771, %5608 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5826 = arith.cmpf ogt, %5825, %5774 : vector<8xf32>
              %5827 = arith.select %5826, %5825, %5774 : vector<8xf32>
              %5828 = arith.cmpf olt, %5827, %5778 : vector<8xf32>
              %5829 = arith.select %5828, %5827, %5778 : vector<8xf32>
              %5830 = math.exp %5829 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5831 = arith.select %5761, %5830, %3825 : vector<8xf32>
              vector.store %5831, %3817[%5734] : memref<1024xf32>, vector<8xf32>
              %5832 = arith.addf %5782, %5789 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5833 = arith.addf %5796, %5803 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5834 = arith.addf %5810, %5817 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5835 = arith.addf %5824, %5831 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5836 = arith.addf %5832, %5833 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5837 = arith.addf %5834, %5835 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5838 = arith.addf %5836, %5837 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %5839 = arith.addf %5700, %5838 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              scf.yield %5839 : vector<8xf32>
            }
            %5840 = arith.subf %5607, %5608 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %5841 = arith.constant -8.700000e+01 : f32
            %5842 = vector.broadcast %5841 : f32 to vector<8xf32>
            %5843 = arith.cmpf ogt, %5840, %5842 : vector<8xf32>
            %5844 = arith.select %5843, %5840, %5842 : vector<8xf32>
            %5845 = arith.constant 8.800000e+01 : f32
            %5846 = vector.broadcast %5845 : f32 to vector<8xf32>
            %5847 = arith.cmpf olt, %5844, %5846 : vector<8xf32>
            %5848 = arith.select %5847, %5844, %5846 : vector<8xf32>
            %5849 = math.exp %5848 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %5608, %3816[%5598] : memref<128xf32>, vector<8xf32>
            %5850 = arith.addi %5598, %3821 : index
            %5851 = vector.load %3816[%5850] : memref<128xf32>, vector<8xf32>
            %5852 = arith.mulf %5851, %5849 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %5853 = arith.addf %5852, %5698 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %5853, %3816[%5850] : memref<128xf32>, vector<8xf32>
            %5854 = arith.addi %5598, %3819 : index
            vector.store %5849, %3816[%5854] : memref<128xf32>, vector<8xf32>
          }
          %5855 = arith.divui %3810, %12 : index
          %5856 = arith.muli %5855, %12 : index
          scf.for %5857 = %20 to %5856 step %12 {
            %5858 = arith.addi %5857, %21 : index
            %5859 = arith.divui %5857, %12 : index
            %5860 = arith.remui %5857, %12 : index
            %5861 = arith.addi %3807, %5859 : index
            %5862 = arith.muli %3805, %12 : index
            %5863 = arith.addi %5862, %5860 : index
            %5864 = arith.muli %3806, %5 : index
            %5865 = arith.addi %5864, %5861 : index
            %5866 = arith.constant 4 : index
            %5867 = arith.muli %5865, %5866 : index
            %5868 = arith.addi %5867, %5863 : index
            %5869 = arith.muli %5868, %3821 : index
            %5870 = arith.divui %5858, %12 : index
            %5871 = arith.remui %5858, %12 : index
            %5872 = arith.addi %3807, %5870 : index
            %5873 = arith.addi %5862, %5871 : index
            %5874 = arith.addi %5864, %5872 : index
            %5875 = arith.muli %5874, %5866 : index
            %5876 = arith.addi %5875, %5873 : index
            %5877 = arith.muli %5876, %3821 : index
            %5878 = arith.divui %5857, %3813 : index
            %5879 = arith.remui %5857, %3813 : index
            %5880 = arith.muli %5878, %18 : index
            %5881 = arith.addi %5880, %5879 : index
            %5882 = arith.addi %5857, %3819 : index
            %5883 = memref.load %3816[%5882] : memref<128xf32>
            %5884 = vector.broadcast %5883 : f32 to vector<8xf32>
            %5885 = arith.addi %5858, %3819 : index
            %5886 = memref.load %3816[%5885] : memref<128xf32>
            %5887 = vector.broadcast %5886 : f32 to vector<8xf32>
            %5888 = arith.addi %5869, %3813 : index
            %5889 = arith.addi %5869, %10 : index
            %5890 = arith.constant 24 : index
            %5891 = arith.addi %5869, %5890 : index
            %5892 = arith.addi %5877, %3813 : index
            %5893 = arith.addi %5877, %10 : index
            %5894 = arith.addi %5877, %5890 : index
            %5895 = vector.load %3[%5869] : memref<?xf32>, vector<8xf32>
            %5896 = arith.mulf %5895, %5884 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %5897 = vector.load %3[%5888] : memref<?xf32>, vector<8xf32>
            %5898 = arith.mulf %5897, %5884 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %5899 = vector.load %3[%5889] : memref<?xf32>, vector<8xf32>
            %5900 = arith.mulf %5899, %5884 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %5901 = vector.load %3[%5891] : memref<?xf32>, vector<8xf32>
            %5902 = arith.mulf %5901, %5884 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %5903 = vector.load %3[%5877] : memref<?xf32>, vector<8xf32>
            %5904 = arith.mulf %5903, %5887 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %5905 = vector.load %3[%5892] : memref<?xf32>, vector<8xf32>
            %5906 = arith.mulf %5905, %5887 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %5907 = vector.load %3[%5893] : memref<?xf32>, vector<8xf32>
            %5908 = arith.mulf %5907, %5887 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %5909 = vector.load %3[%5894] : memref<?xf32>, vector<8xf32>
            %5910 = arith.mulf %5909, %5887 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %5911 = vector.load %2[%5320] : memref<?xf32>, vector<8xf32>
            %5912 = arith.addi %5320, %3813 : index
            %5913 = vector.load %2[%5912] : memref<?xf32>, vector<8xf32>
            %5914 = arith.addi %5320, %10 : index
            %5915 = vector.load %2[%5914] : memref<?xf32>, vector<8xf32>
            %5916 = arith.addi %5320, %5890 : index
            %5917 = vector.load %2[%5916] : memref<?xf32>, vector<8xf32>
            %5918 = memref.load %3817[%5881] : memref<1024xf32>
            %5919 = vector.broadcast %5918 : f32 to vector<8xf32>
            %5920 = vector.fma %5919, %5911, %5896 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5921 = vector.fma %5919, %5913, %5898 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5922 = vector.fma %5919, %5915, %5900 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5923 = vector.fma %5919, %5917, %5902 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5924 = arith.addi %5881, %21 : index
            %5925 = memref.load %3817[%5924] : memref<1024xf32>
            %5926 = vector.broadcast %5925 : f32 to vector<8xf32>
            %5927 = vector.fma %5926, %5911, %5904 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5928 = vector.fma %5926, %5913, %5906 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5929 = vector.fma %5926, %5915, %5908 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5930 = vector.fma %5926, %5917, %5910 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5931 = arith.addi %5320, %3819 : index
            %5932 = vector.load %2[%5931] : memref<?xf32>, vector<8xf32>
            %5933 = arith.constant 72 : index
            %5934 = arith.addi %5320, %5933 : index
            %5935 = vector.load %2[%5934] : memref<?xf32>, vector<8xf32>
            %5936 = arith.constant 80 : index
            %5937 = arith.addi %5320, %5936 : index
            %5938 = vector.load %2[%5937] : memref<?xf32>, vector<8xf32>
            %5939 = arith.constant 88 : index
            %5940 = arith.addi %5320, %5939 : index
            %5941 = vector.load %2[%5940] : memref<?xf32>, vector<8xf32>
            %5942 = arith.addi %5881, %3813 : index
            %5943 = memref.load %3817[%5942] : memref<1024xf32>
            %5944 = vector.broadcast %5943 : f32 to vector<8xf32>
            %5945 = vector.fma %5944, %5932, %5920 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5946 = vector.fma %5944, %5935, %5921 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5947 = vector.fma %5944, %5938, %5922 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5948 = vector.fma %5944, %5941, %5923 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5949 = arith.constant 9 : index
            %5950 = arith.addi %5881, %5949 : index
            %5951 = memref.load %3817[%5950] : memref<1024xf32>
            %5952 = vector.broadcast %5951 : f32 to vector<8xf32>
            %5953 = vector.fma %5952, %5932, %5927 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5954 = vector.fma %5952, %5935, %5928 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5955 = vector.fma %5952, %5938, %5929 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5956 = vector.fma %5952, %5941, %5930 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5957 = arith.addi %5320, %18 : index
            %5958 = vector.load %2[%5957] : memref<?xf32>, vector<8xf32>
            %5959 = arith.constant 136 : index
            %5960 = arith.addi %5320, %5959 : index
            %5961 = vector.load %2[%5960] : memref<?xf32>, vector<8xf32>
            %5962 = arith.constant 144 : index
            %5963 = arith.addi %5320, %5962 : index
            %5964 = vector.load %2[%5963] : memref<?xf32>, vector<8xf32>
            %5965 = arith.constant 152 : index
            %5966 = arith.addi %5320, %5965 : index
            %5967 = vector.load %2[%5966] : memref<?xf32>, vector<8xf32>
            %5968 = arith.addi %5881, %10 : index
            %5969 = memref.load %3817[%5968] : memref<1024xf32>
            %5970 = vector.broadcast %5969 : f32 to vector<8xf32>
            %5971 = vector.fma %5970, %5958, %5945 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5972 = vector.fma %5970, %5961, %5946 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5973 = vector.fma %5970, %5964, %5947 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5974 = vector.fma %5970, %5967, %5948 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5975 = arith.constant 17 : index
            %5976 = arith.addi %5881, %5975 : index
            %5977 = memref.load %3817[%5976] : memref<1024xf32>
            %5978 = vector.broadcast %5977 : f32 to vector<8xf32>
            %5979 = vector.fma %5978, %5958, %5953 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5980 = vector.fma %5978, %5961, %5954 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5981 = vector.fma %5978, %5964, %5955 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5982 = vector.fma %5978, %5967, %5956 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5983 = arith.constant 192 : index
            %5984 = arith.addi %5320, %5983 : index
            %5985 = vector.load %2[%5984] : memref<?xf32>, vector<8xf32>
            %5986 = arith.constant 200 : index
            %5987 = arith.addi %5320, %5986 : index
            %5988 = vector.load %2[%5987] : memref<?xf32>, vector<8xf32>
            %5989 = arith.constant 208 : index
            %5990 = arith.addi %5320, %5989 : index
            %5991 = vector.load %2[%5990] : memref<?xf32>, vector<8xf32>
            %5992 = arith.constant 216 : index
            %5993 = arith.addi %5320, %5992 : index
            %5994 = vector.load %2[%5993] : memref<?xf32>, vector<8xf32>
            %5995 = arith.addi %5881, %5890 : index
            %5996 = memref.load %3817[%5995] : memref<1024xf32>
            %5997 = vector.broadcast %5996 : f32 to vector<8xf32>
            %5998 = vector.fma %5997, %5985, %5971 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %5999 = vector.fma %5997, %5988, %5972 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6000 = vector.fma %5997, %5991, %5973 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6001 = vector.fma %5997, %5994, %5974 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6002 = arith.constant 25 : index
            %6003 = arith.addi %5881, %6002 : index
            %6004 = memref.load %3817[%6003] : memref<1024xf32>
            %6005 = vector.broadcast %6004 : f32 to vector<8xf32>
            %6006 = vector.fma %6005, %5985, %5979 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6007 = vector.fma %6005, %5988, %5980 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6008 = vector.fma %6005, %5991, %5981 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6009 = vector.fma %6005, %5994, %5982 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6010 = arith.constant 256 : index
            %6011 = arith.addi %5320, %6010 : index
            %6012 = vector.load %2[%6011] : memref<?xf32>, vector<8xf32>
            %6013 = arith.constant 264 : index
            %6014 = arith.addi %5320, %6013 : index
            %6015 = vector.load %2[%6014] : memref<?xf32>, vector<8xf32>
            %6016 = arith.constant 272 : index
            %6017 = arith.addi %5320, %6016 : index
            %6018 = vector.load %2[%6017] : memref<?xf32>, vector<8xf32>
            %6019 = arith.constant 280 : index
            %6020 = arith.addi %5320, %6019 : index
            %6021 = vector.load %2[%6020] : memref<?xf32>, vector<8xf32>
            %6022 = arith.addi %5881, %3821 : index
            %6023 = memref.load %3817[%6022] : memref<1024xf32>
            %6024 = vector.broadcast %6023 : f32 to vector<8xf32>
            %6025 = vector.fma %6024, %6012, %5998 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6026 = vector.fma %6024, %6015, %5999 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6027 = vector.fma %6024, %6018, %6000 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6028 = vector.fma %6024, %6021, %6001 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6029 = arith.constant 33 : index
            %6030 = arith.addi %5881, %6029 : index
            %6031 = memref.load %3817[%6030] : memref<1024xf32>
            %6032 = vector.broadcast %6031 : f32 to vector<8xf32>
            %6033 = vector.fma %6032, %6012, %6006 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6034 = vector.fma %6032, %6015, %6007 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6035 = vector.fma %6032, %6018, %6008 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6036 = vector.fma %6032, %6021, %6009 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6037 = arith.constant 320 : index
            %6038 = arith.addi %5320, %6037 : index
            %6039 = vector.load %2[%6038] : memref<?xf32>, vector<8xf32>
            %6040 = arith.constant 328 : index
            %6041 = arith.addi %5320, %6040 : index
            %6042 = vector.load %2[%6041] : memref<?xf32>, vector<8xf32>
            %6043 = arith.constant 336 : index
            %6044 = arith.addi %5320, %6043 : index
            %6045 = vector.load %2[%6044] : memref<?xf32>, vector<8xf32>
            %6046 = arith.constant 344 : index
            %6047 = arith.addi %5320, %6046 : index
            %6048 = vector.load %2[%6047] : memref<?xf32>, vector<8xf32>
            %6049 = arith.constant 40 : index
            %6050 = arith.addi %5881, %6049 : index
            %6051 = memref.load %3817[%6050] : memref<1024xf32>
            %6052 = vector.broadcast %6051 : f32 to vector<8xf32>
            %6053 = vector.fma %6052, %6039, %6025 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6054 = vector.fma %6052, %6042, %6026 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6055 = vector.fma %6052, %6045, %6027 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6056 = vector.fma %6052, %6048, %6028 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6057 = arith.constant 41 : index
            %6058 = arith.addi %5881, %6057 : index
            %6059 = memref.load %3817[%6058] : memref<1024xf32>
            %6060 = vector.broadcast %6059 : f32 to vector<8xf32>
            %6061 = vector.fma %6060, %6039, %6033 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6062 = vector.fma %6060, %6042, %6034 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6063 = vector.fma %6060, %6045, %6035 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6064 = vector.fma %6060, %6048, %6036 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6065 = arith.constant 384 : index
            %6066 = arith.addi %5320, %6065 : index
            %6067 = vector.load %2[%6066] : memref<?xf32>, vector<8xf32>
            %6068 = arith.constant 392 : index
            %6069 = arith.addi %5320, %6068 : index
            %6070 = vector.load %2[%6069] : memref<?xf32>, vector<8xf32>
            %6071 = arith.constant 400 : index
            %6072 = arith.addi %5320, %6071 : index
            %6073 = vector.load %2[%6072] : memref<?xf32>, vector<8xf32>
            %6074 = arith.constant 408 : index
            %6075 = arith.addi %5320, %6074 : index
            %6076 = vector.load %2[%6075] : memref<?xf32>, vector<8xf32>
            %6077 = arith.constant 48 : index
            %6078 = arith.addi %5881, %6077 : index
            %6079 = memref.load %3817[%6078] : memref<1024xf32>
            %6080 = vector.broadcast %6079 : f32 to vector<8xf32>
            %6081 = vector.fma %6080, %6067, %6053 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6082 = vector.fma %6080, %6070, %6054 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6083 = vector.fma %6080, %6073, %6055 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6084 = vector.fma %6080, %6076, %6056 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6085 = arith.constant 49 : index
            %6086 = arith.addi %5881, %6085 : index
            %6087 = memref.load %3817[%6086] : memref<1024xf32>
            %6088 = vector.broadcast %6087 : f32 to vector<8xf32>
            %6089 = vector.fma %6088, %6067, %6061 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6090 = vector.fma %6088, %6070, %6062 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6091 = vector.fma %6088, %6073, %6063 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6092 = vector.fma %6088, %6076, %6064 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6093 = arith.constant 448 : index
            %6094 = arith.addi %5320, %6093 : index
            %6095 = vector.load %2[%6094] : memref<?xf32>, vector<8xf32>
            %6096 = arith.constant 456 : index
            %6097 = arith.addi %5320, %6096 : index
            %6098 = vector.load %2[%6097] : memref<?xf32>, vector<8xf32>
            %6099 = arith.constant 464 : index
            %6100 = arith.addi %5320, %6099 : index
            %6101 = vector.load %2[%6100] : memref<?xf32>, vector<8xf32>
            %6102 = arith.constant 472 : index
            %6103 = arith.addi %5320, %6102 : index
            %6104 = vector.load %2[%6103] : memref<?xf32>, vector<8xf32>
            %6105 = arith.constant 56 : index
            %6106 = arith.addi %5881, %6105 : index
            %6107 = memref.load %3817[%6106] : memref<1024xf32>
            %6108 = vector.broadcast %6107 : f32 to vector<8xf32>
            %6109 = vector.fma %6108, %6095, %6081 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6110 = vector.fma %6108, %6098, %6082 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6111 = vector.fma %6108, %6101, %6083 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6112 = vector.fma %6108, %6104, %6084 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6113 = arith.constant 57 : index
            %6114 = arith.addi %5881, %6113 : index
            %6115 = memref.load %3817[%6114] : memref<1024xf32>
            %6116 = vector.broadcast %6115 : f32 to vector<8xf32>
            %6117 = vector.fma %6116, %6095, %6089 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6118 = vector.fma %6116, %6098, %6090 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6119 = vector.fma %6116, %6101, %6091 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6120 = vector.fma %6116, %6104, %6092 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6121 = arith.constant 512 : index
            %6122 = arith.addi %5320, %6121 : index
            %6123 = arith.addi %5881, %3819 : index
            %6124 = vector.load %2[%6122] : memref<?xf32>, vector<8xf32>
            %6125 = arith.addi %6122, %3813 : index
            %6126 = vector.load %2[%6125] : memref<?xf32>, vector<8xf32>
            %6127 = arith.addi %6122, %10 : index
            %6128 = vector.load %2[%6127] : memref<?xf32>, vector<8xf32>
            %6129 = arith.addi %6122, %5890 : index
            %6130 = vector.load %2[%6129] : memref<?xf32>, vector<8xf32>
            %6131 = memref.load %3817[%6123] : memref<1024xf32>
            %6132 = vector.broadcast %6131 : f32 to vector<8xf32>
            %6133 = vector.fma %6132, %6124, %6109 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6134 = vector.fma %6132, %6126, %6110 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6135 = vector.fma %6132, %6128, %6111 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6136 = vector.fma %6132, %6130, %6112 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6137 = arith.addi %6123, %21 : index
            %6138 = memref.load %3817[%6137] : memref<1024xf32>
            %6139 = vector.broadcast %6138 : f32 to vector<8xf32>
            %6140 = vector.fma %6139, %6124, %6117 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6141 = vector.fma %6139, %6126, %6118 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6142 = vector.fma %6139, %6128, %6119 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6143 = vector.fma %6139, %6130, %6120 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6144 = arith.addi %6122, %3819 : index
            %6145 = vector.load %2[%6144] : memref<?xf32>, vector<8xf32>
            %6146 = arith.addi %6122, %5933 : index
            %6147 = vector.load %2[%6146] : memref<?xf32>, vector<8xf32>
            %6148 = arith.addi %6122, %5936 : index
            %6149 = vector.load %2[%6148] : memref<?xf32>, vector<8xf32>
            %6150 = arith.addi %6122, %5939 : index
            %6151 = vector.load %2[%6150] : memref<?xf32>, vector<8xf32>
            %6152 = arith.addi %6123, %3813 : index
            %6153 = memref.load %3817[%6152] : memref<1024xf32>
            %6154 = vector.broadcast %6153 : f32 to vector<8xf32>
            %6155 = vector.fma %6154, %6145, %6133 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6156 = vector.fma %6154, %6147, %6134 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6157 = vector.fma %6154, %6149, %6135 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6158 = vector.fma %6154, %6151, %6136 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6159 = arith.addi %6123, %5949 : index
            %6160 = memref.load %3817[%6159] : memref<1024xf32>
            %6161 = vector.broadcast %6160 : f32 to vector<8xf32>
            %6162 = vector.fma %6161, %6145, %6140 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6163 = vector.fma %6161, %6147, %6141 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6164 = vector.fma %6161, %6149, %6142 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6165 = vector.fma %6161, %6151, %6143 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6166 = arith.addi %6122, %18 : index
            %6167 = vector.load %2[%6166] : memref<?xf32>, vector<8xf32>
            %6168 = arith.addi %6122, %5959 : index
            %6169 = vector.load %2[%6168] : memref<?xf32>, vector<8xf32>
            %6170 = arith.addi %6122, %5962 : index
            %6171 = vector.load %2[%6170] : memref<?xf32>, vector<8xf32>
            %6172 = arith.addi %6122, %5965 : index
            %6173 = vector.load %2[%6172] : memref<?xf32>, vector<8xf32>
            %6174 = arith.addi %6123, %10 : index
            %6175 = memref.load %3817[%6174] : memref<1024xf32>
            %6176 = vector.broadcast %6175 : f32 to vector<8xf32>
            %6177 = vector.fma %6176, %6167, %6155 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6178 = vector.fma %6176, %6169, %6156 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6179 = vector.fma %6176, %6171, %6157 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6180 = vector.fma %6176, %6173, %6158 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6181 = arith.addi %6123, %5975 : index
            %6182 = memref.load %3817[%6181] : memref<1024xf32>
            %6183 = vector.broadcast %6182 : f32 to vector<8xf32>
            %6184 = vector.fma %6183, %6167, %6162 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6185 = vector.fma %6183, %6169, %6163 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6186 = vector.fma %6183, %6171, %6164 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6187 = vector.fma %6183, %6173, %6165 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6188 = arith.addi %6122, %5983 : index
            %6189 = vector.load %2[%6188] : memref<?xf32>, vector<8xf32>
            %6190 = arith.addi %6122, %5986 : index
            %6191 = vector.load %2[%6190] : memref<?xf32>, vector<8xf32>
            %6192 = arith.addi %6122, %5989 : index
            %6193 = vector.load %2[%6192] : memref<?xf32>, vector<8xf32>
            %6194 = arith.addi %6122, %5992 : index
            %6195 = vector.load %2[%6194] : memref<?xf32>, vector<8xf32>
            %6196 = arith.addi %6123, %5890 : index
            %6197 = memref.load %3817[%6196] : memref<1024xf32>
            %6198 = vector.broadcast %6197 : f32 to vector<8xf32>
            %6199 = vector.fma %6198, %6189, %6177 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6200 = vector.fma %6198, %6191, %6178 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6201 = vector.fma %6198, %6193, %6179 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6202 = vector.fma %6198, %6195, %6180 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6203 = arith.addi %6123, %6002 : index
            %6204 = memref.load %3817[%6203] : memref<1024xf32>
            %6205 = vector.broadcast %6204 : f32 to vector<8xf32>
            %6206 = vector.fma %6205, %6189, %6184 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6207 = vector.fma %6205, %6191, %6185 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6208 = vector.fma %6205, %6193, %6186 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6209 = vector.fma %6205, %6195, %6187 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6210 = arith.addi %6122, %6010 : index
            %6211 = vector.load %2[%6210] : memref<?xf32>, vector<8xf32>
            %6212 = arith.addi %6122, %6013 : index
            %6213 = vector.load %2[%6212] : memref<?xf32>, vector<8xf32>
            %6214 = arith.addi %6122, %6016 : index
            %6215 = vector.load %2[%6214] : memref<?xf32>, vector<8xf32>
            %6216 = arith.addi %6122, %6019 : index
            %6217 = vector.load %2[%6216] : memref<?xf32>, vector<8xf32>
            %6218 = arith.addi %6123, %3821 : index
            %6219 = memref.load %3817[%6218] : memref<1024xf32>
            %6220 = vector.broadcast %6219 : f32 to vector<8xf32>
            %6221 = vector.fma %6220, %6211, %6199 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6222 = vector.fma %6220, %6213, %6200 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6223 = vector.fma %6220, %6215, %6201 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6224 = vector.fma %6220, %6217, %6202 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6225 = arith.addi %6123, %6029 : index
            %6226 = memref.load %3817[%6225] : memref<1024xf32>
            %6227 = vector.broadcast %6226 : f32 to vector<8xf32>
            %6228 = vector.fma %6227, %6211, %6206 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6229 = vector.fma %6227, %6213, %6207 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6230 = vector.fma %6227, %6215, %6208 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6231 = vector.fma %6227, %6217, %6209 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6232 = arith.addi %6122, %6037 : index
            %6233 = vector.load %2[%6232] : memref<?xf32>, vector<8xf32>
            %6234 = arith.addi %6122, %6040 : index
            %6235 = vector.load %2[%6234] : memref<?xf32>, vector<8xf32>
            %6236 = arith.addi %6122, %6043 : index
            %6237 = vector.load %2[%6236] : memref<?xf32>, vector<8xf32>
            %6238 = arith.addi %6122, %6046 : index
            %6239 = vector.load %2[%6238] : memref<?xf32>, vector<8xf32>
            %6240 = arith.addi %6123, %6049 : index
            %6241 = memref.load %3817[%6240] : memref<1024xf32>
            %6242 = vector.broadcast %6241 : f32 to vector<8xf32>
            %6243 = vector.fma %6242, %6233, %6221 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6244 = vector.fma %6242, %6235, %6222 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6245 = vector.fma %6242, %6237, %6223 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6246 = vector.fma %6242, %6239, %6224 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6247 = arith.addi %6123, %6057 : index
            %6248 = memref.load %3817[%6247] : memref<1024xf32>
            %6249 = vector.broadcast %6248 : f32 to vector<8xf32>
            %6250 = vector.fma %6249, %6233, %6228 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6251 = vector.fma %6249, %6235, %6229 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6252 = vector.fma %6249, %6237, %6230 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6253 = vector.fma %6249, %6239, %6231 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6254 = arith.addi %6122, %6065 : index
            %6255 = vector.load %2[%6254] : memref<?xf32>, vector<8xf32>
            %6256 = arith.addi %6122, %6068 : index
            %6257 = vector.load %2[%6256] : memref<?xf32>, vector<8xf32>
            %6258 = arith.addi %6122, %6071 : index
            %6259 = vector.load %2[%6258] : memref<?xf32>, vector<8xf32>
            %6260 = arith.addi %6122, %6074 : index
            %6261 = vector.load %2[%6260] : memref<?xf32>, vector<8xf32>
            %6262 = arith.addi %6123, %6077 : index
            %6263 = memref.load %3817[%6262] : memref<1024xf32>
            %6264 = vector.broadcast %6263 : f32 to vector<8xf32>
            %6265 = vector.fma %6264, %6255, %6243 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6266 = vector.fma %6264, %6257, %6244 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6267 = vector.fma %6264, %6259, %6245 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6268 = vector.fma %6264, %6261, %6246 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6269 = arith.addi %6123, %6085 : index
            %6270 = memref.load %3817[%6269] : memref<1024xf32>
            %6271 = vector.broadcast %6270 : f32 to vector<8xf32>
            %6272 = vector.fma %6271, %6255, %6250 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6273 = vector.fma %6271, %6257, %6251 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6274 = vector.fma %6271, %6259, %6252 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6275 = vector.fma %6271, %6261, %6253 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6276 = arith.addi %6122, %6093 : index
            %6277 = vector.load %2[%6276] : memref<?xf32>, vector<8xf32>
            %6278 = arith.addi %6122, %6096 : index
            %6279 = vector.load %2[%6278] : memref<?xf32>, vector<8xf32>
            %6280 = arith.addi %6122, %6099 : index
            %6281 = vector.load %2[%6280] : memref<?xf32>, vector<8xf32>
            %6282 = arith.addi %6122, %6102 : index
            %6283 = vector.load %2[%6282] : memref<?xf32>, vector<8xf32>
            %6284 = arith.addi %6123, %6105 : index
            %6285 = memref.load %3817[%6284] : memref<1024xf32>
            %6286 = vector.broadcast %6285 : f32 to vector<8xf32>
            %6287 = vector.fma %6286, %6277, %6265 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6288 = vector.fma %6286, %6279, %6266 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6289 = vector.fma %6286, %6281, %6267 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6290 = vector.fma %6286, %6283, %6268 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6291 = arith.addi %6123, %6113 : index
            %6292 = memref.load %3817[%6291] : memref<1024xf32>
            %6293 = vector.broadcast %6292 : f32 to vector<8xf32>
            %6294 = vector.fma %6293, %6277, %6272 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6295 = vector.fma %6293, %6279, %6273 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6296 = vector.fma %6293, %6281, %6274 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %6297 = vector.fma %6293, %6283, %6275 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            vector.store %6287, %3[%5869] : memref<?xf32>, vector<8xf32>
            vector.store %6288, %3[%5888] : memref<?xf32>, vector<8xf32>
            vector.store %6289, %3[%5889] : memref<?xf32>, vector<8xf32>
            vector.store %6290, %3[%5891] : memref<?xf32>, vector<8xf32>
            vector.store %6294, %3[%5877] : memref<?xf32>, vector<8xf32>
            vector.store %6295, %3[%5892] : memref<?xf32>, vector<8xf32>
            vector.store %6296, %3[%5893] : memref<?xf32>, vector<8xf32>
            vector.store %6297, %3[%5894] : memref<?xf32>, vector<8xf32>
          }
          scf.for %6298 = %5856 to %3810 step %21 {
            %6299 = arith.divui %6298, %12 : index
            %6300 = arith.remui %6298, %12 : index
            %6301 = arith.addi %3807, %6299 : index
            %6302 = arith.muli %3805, %12 : index
            %6303 = arith.addi %6302, %6300 : index
            %6304 = arith.muli %3806, %5 : index
            %6305 = arith.addi %6304, %6301 : index
            %6306 = arith.constant 4 : index
            %6307 = arith.muli %6305, %6306 : index
            %6308 = arith.addi %6307, %6303 : index
            %6309 = arith.muli %6308, %3821 : index
            %6310 = arith.divui %6298, %3813 : index
            %6311 = arith.remui %6298, %3813 : index
            %6312 = arith.muli %6310, %18 : index
            %6313 = arith.addi %6312, %6311 : index
            %6314 = arith.addi %6298, %3819 : index
            %6315 = memref.load %3816[%6314] : memref<128xf32>
            %6316 = vector.broadcast %6315 : f32 to vector<8xf32>
            %6317 = arith.addi %6309, %3813 : index
            %6318 = arith.addi %6309, %10 : index
            %6319 = arith.constant 24 : index
            %6320 = arith.addi %6309, %6319 : index
            %6321 = vector.load %3[%6309] : memref<?xf32>, vector<8xf32>
            %6322 = arith.mulf %6321, %6316 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %6323 = vector.load %3[%6317] : memref<?xf32>, vector<8xf32>
            %6324 = arith.mulf %6323, %6316 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %6325 = vector.load %3[%6318] : memref<?xf32>, vector<8xf32>
            %6326 = arith.mulf %6325, %6316 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %6327 = vector.load %3[%6320] : memref<?xf32>, vector<8xf32>
            %6328 = arith.mulf %6327, %6316 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %6329, %6330, %6331, %6332 = scf.for %6333 = %20 to %10 step %3813 iter_args(%6334 = %6322, %6335 = %6324, %6336 = %6326, %6337 = %6328) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %6338 = arith.muli %6333, %3819 : index
              %6339 = arith.addi %5320, %6338 : index
              %6340 = arith.muli %6333, %3813 : index
              %6341 = arith.addi %6313, %6340 : index
              %6342 = vector.load %2[%6339] : memref<?xf32>, vector<8xf32>
              %6343 = arith.addi %6339, %3813 : index
              %6344 = vector.load %2[%6343] : memref<?xf32>, vector<8xf32>
              %6345 = arith.addi %6339, %10 : index
              %6346 = vector.load %2[%6345] : memref<?xf32>, vector<8xf32>
              %6347 = arith.addi %6339, %6319 : index
              %6348 = vector.load %2[%6347] : memref<?xf32>, vector<8xf32>
              %6349 = memref.load %3817[%6341] : memref<1024xf32>
              %6350 = vector.broadcast %6349 : f32 to vector<8xf32>
              %6351 = vector.fma %6350, %6342, %6334 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6352 = vector.fma %6350, %6344, %6335 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6353 = vector.fma %6350, %6346, %6336 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6354 = vector.fma %6350, %6348, %6337 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6355 = arith.addi %6339, %3819 : index
              %6356 = vector.load %2[%6355] : memref<?xf32>, vector<8xf32>
              %6357 = arith.constant 72 : index
              %6358 = arith.addi %6339, %6357 : index
              %6359 = vector.load %2[%6358] : memref<?xf32>, vector<8xf32>
              %6360 = arith.constant 80 : index
              %6361 = arith.addi %6339, %6360 : index
              %6362 = vector.load %2[%6361] : memref<?xf32>, vector<8xf32>
              %6363 = arith.constant 88 : index
              %6364 = arith.addi %6339, %6363 : index
              %6365 = vector.load %2[%6364] : memref<?xf32>, vector<8xf32>
              %6366 = arith.addi %6341, %3813 : index
              %6367 = memref.load %3817[%6366] : memref<1024xf32>
              %6368 = vector.broadcast %6367 : f32 to vector<8xf32>
              %6369 = vector.fma %6368, %6356, %6351 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6370 = vector.fma %6368, %6359, %6352 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6371 = vector.fma %6368, %6362, %6353 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6372 = vector.fma %6368, %6365, %6354 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6373 = arith.addi %6339, %18 : index
              %6374 = vector.load %2[%6373] : memref<?xf32>, vector<8xf32>
              %6375 = arith.constant 136 : index
              %6376 = arith.addi %6339, %6375 : index
              %6377 = vector.load %2[%6376] : memref<?xf32>, vector<8xf32>
              %6378 = arith.constant 144 : index
              %6379 = arith.addi %6339, %6378 : index
              %6380 = vector.load %2[%6379] : memref<?xf32>, vector<8xf32>
              %6381 = arith.constant 152 : index
              %6382 = arith.addi %6339, %6381 : index
              %6383 = vector.load %2[%6382] : memref<?xf32>, vector<8xf32>
              %6384 = arith.addi %6341, %10 : index
              %6385 = memref.load %3817[%6384] : memref<1024xf32>
              %6386 = vector.broadcast %6385 : f32 to vector<8xf32>
              %6387 = vector.fma %6386, %6374, %6369 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6388 = vector.fma %6386, %6377, %6370 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6389 = vector.fma %6386, %6380, %6371 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6390 = vector.fma %6386, %6383, %6372 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6391 = arith.constant 192 : index
              %6392 = arith.addi %6339, %6391 : index
              %6393 = vector.load %2[%6392] : memref<?xf32>, vector<8xf32>
              %6394 = arith.constant 200 : index
              %6395 = arith.addi %6339, %6394 : index
              %6396 = vector.load %2[%6395] : memref<?xf32>, vector<8xf32>
              %6397 = arith.constant 208 : index
              %6398 = arith.addi %6339, %6397 : index
              %6399 = vector.load %2[%6398] : memref<?xf32>, vector<8xf32>
              %6400 = arith.constant 216 : index
              %6401 = arith.addi %6339, %6400 : index
              %6402 = vector.load %2[%6401] : memref<?xf32>, vector<8xf32>
              %6403 = arith.addi %6341, %6319 : index
              %6404 = memref.load %3817[%6403] : memref<1024xf32>
              %6405 = vector.broadcast %6404 : f32 to vector<8xf32>
              %6406 = vector.fma %6405, %6393, %6387 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6407 = vector.fma %6405, %6396, %6388 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6408 = vector.fma %6405, %6399, %6389 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6409 = vector.fma %6405, %6402, %6390 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6410 = arith.constant 256 : index
              %6411 = arith.addi %6339, %6410 : index
              %6412 = vector.load %2[%6411] : memref<?xf32>, vector<8xf32>
              %6413 = arith.constant 264 : index
              %6414 = arith.addi %6339, %6413 : index
              %6415 = vector.load %2[%6414] : memref<?xf32>, vector<8xf32>
              %6416 = arith.constant 272 : index
              %6417 = arith.addi %6339, %6416 : index
              %6418 = vector.load %2[%6417] : memref<?xf32>, vector<8xf32>
              %6419 = arith.constant 280 : index
              %6420 = arith.addi %6339, %6419 : index
              %6421 = vector.load %2[%6420] : memref<?xf32>, vector<8xf32>
              %6422 = arith.addi %6341, %3821 : index
              %6423 = memref.load %3817[%6422] : memref<1024xf32>
              %6424 = vector.broadcast %6423 : f32 to vector<8xf32>
              %6425 = vector.fma %6424, %6412, %6406 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6426 = vector.fma %6424, %6415, %6407 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6427 = vector.fma %6424, %6418, %6408 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6428 = vector.fma %6424, %6421, %6409 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6429 = arith.constant 320 : index
              %6430 = arith.addi %6339, %6429 : index
              %6431 = vector.load %2[%6430] : memref<?xf32>, vector<8xf32>
              %6432 = arith.constant 328 : index
              %6433 = arith.addi %6339, %6432 : index
              %6434 = vector.load %2[%6433] : memref<?xf32>, vector<8xf32>
              %6435 = arith.constant 336 : index
              %6436 = arith.addi %6339, %6435 : index
              %6437 = vector.load %2[%6436] : memref<?xf32>, vector<8xf32>
              %6438 = arith.constant 344 : index
              %6439 = arith.addi %6339, %6438 : index
              %6440 = vector.load %2[%6439] : memref<?xf32>, vector<8xf32>
              %6441 = arith.constant 40 : index
              %6442 = arith.addi %6341, %6441 : index
              %6443 = memref.load %3817[%6442] : memref<1024xf32>
              %6444 = vector.broadcast %6443 : f32 to vector<8xf32>
              %6445 = vector.fma %6444, %6431, %6425 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6446 = vector.fma %6444, %6434, %6426 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6447 = vector.fma %6444, %6437, %6427 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6448 = vector.fma %6444, %6440, %6428 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6449 = arith.constant 384 : index
              %6450 = arith.addi %6339, %6449 : index
              %6451 = vector.load %2[%6450] : memref<?xf32>, vector<8xf32>
              %6452 = arith.constant 392 : index
              %6453 = arith.addi %6339, %6452 : index
              %6454 = vector.load %2[%6453] : memref<?xf32>, vector<8xf32>
              %6455 = arith.constant 400 : index
              %6456 = arith.addi %6339, %6455 : index
              %6457 = vector.load %2[%6456] : memref<?xf32>, vector<8xf32>
              %6458 = arith.constant 408 : index
              %6459 = arith.addi %6339, %6458 : index
              %6460 = vector.load %2[%6459] : memref<?xf32>, vector<8xf32>
              %6461 = arith.constant 48 : index
              %6462 = arith.addi %6341, %6461 : index
              %6463 = memref.load %3817[%6462] : memref<1024xf32>
              %6464 = vector.broadcast %6463 : f32 to vector<8xf32>
              %6465 = vector.fma %6464, %6451, %6445 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6466 = vector.fma %6464, %6454, %6446 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6467 = vector.fma %6464, %6457, %6447 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6468 = vector.fma %6464, %6460, %6448 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6469 = arith.constant 448 : index
              %6470 = arith.addi %6339, %6469 : index
              %6471 = vector.load %2[%6470] : memref<?xf32>, vector<8xf32>
              %6472 = arith.constant 456 : index
              %6473 = arith.addi %6339, %6472 : index
              %6474 = vector.load %2[%6473] : memref<?xf32>, vector<8xf32>
              %6475 = arith.constant 464 : index
              %6476 = arith.addi %6339, %6475 : index
              %6477 = vector.load %2[%6476] : memref<?xf32>, vector<8xf32>
              %6478 = arith.constant 472 : index
              %6479 = arith.addi %6339, %6478 : index
              %6480 = vector.load %2[%6479] : memref<?xf32>, vector<8xf32>
              %6481 = arith.constant 56 : index
              %6482 = arith.addi %6341, %6481 : index
              %6483 = memref.load %3817[%6482] : memref<1024xf32>
              %6484 = vector.broadcast %6483 : f32 to vector<8xf32>
              %6485 = vector.fma %6484, %6471, %6465 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6486 = vector.fma %6484, %6474, %6466 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6487 = vector.fma %6484, %6477, %6467 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6488 = vector.fma %6484, %6480, %6468 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              scf.yield %6485, %6486, %6487, %6488 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            vector.store %6329, %3[%6309] : memref<?xf32>, vector<8xf32>
            vector.store %6330, %3[%6317] : memref<?xf32>, vector<8xf32>
            vector.store %6331, %3[%6318] : memref<?xf32>, vector<8xf32>
            vector.store %6332, %3[%6320] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.for %6489 = %5317 to %3874 step %3813 {
          %6490 = arith.muli %6489, %3819 : index
          %6491 = arith.addi %3823, %6490 : index
          scf.for %6492 = %20 to %3814 step %21 {
            %6493 = arith.muli %6492, %3813 : index
            %6494 = arith.minui %6493, %3815 : index
            %6495 = arith.divui %6494, %12 : index
            %6496 = arith.remui %6494, %12 : index
            %6497 = arith.addi %3807, %6495 : index
            %6498 = arith.muli %3805, %12 : index
            %6499 = arith.addi %6498, %6496 : index
            %6500 = arith.muli %3806, %5 : index
            %6501 = arith.addi %6500, %6497 : index
            %6502 = arith.constant 4 : index
            %6503 = arith.muli %6501, %6502 : index
            %6504 = arith.addi %6503, %6499 : index
            %6505 = arith.muli %6504, %3821 : index
            %6506 = arith.addi %6493, %21 : index
            %6507 = arith.minui %6506, %3815 : index
            %6508 = arith.divui %6507, %12 : index
            %6509 = arith.remui %6507, %12 : index
            %6510 = arith.addi %3807, %6508 : index
            %6511 = arith.addi %6498, %6509 : index
            %6512 = arith.addi %6500, %6510 : index
            %6513 = arith.muli %6512, %6502 : index
            %6514 = arith.addi %6513, %6511 : index
            %6515 = arith.muli %6514, %3821 : index
            %6516 = arith.addi %6493, %12 : index
            %6517 = arith.minui %6516, %3815 : index
            %6518 = arith.divui %6517, %12 : index
            %6519 = arith.remui %6517, %12 : index
            %6520 = arith.addi %3807, %6518 : index
            %6521 = arith.addi %6498, %6519 : index
            %6522 = arith.addi %6500, %6520 : index
            %6523 = arith.muli %6522, %6502 : index
            %6524 = arith.addi %6523, %6521 : index
            %6525 = arith.muli %6524, %3821 : index
            %6526 = arith.constant 3 : index
            %6527 = arith.addi %6493, %6526 : index
            %6528 = arith.minui %6527, %3815 : index
            %6529 = arith.divui %6528, %12 : index
            %6530 = arith.remui %6528, %12 : index
            %6531 = arith.addi %3807, %6529 : index
            %6532 = arith.addi %6498, %6530 : index
            %6533 = arith.addi %6500, %6531 : index
            %6534 = arith.muli %6533, %6502 : index
            %6535 = arith.addi %6534, %6532 : index
            %6536 = arith.muli %6535, %3821 : index
            %6537 = arith.addi %6493, %6502 : index
            %6538 = arith.minui %6537, %3815 : index
            %6539 = arith.divui %6538, %12 : index
            %6540 = arith.remui %6538, %12 : index
            %6541 = arith.addi %3807, %6539 : index
            %6542 = arith.addi %6498, %6540 : index
            %6543 = arith.addi %6500, %6541 : index
            %6544 = arith.muli %6543, %6502 : index
            %6545 = arith.addi %6544, %6542 : index
            %6546 = arith.muli %6545, %3821 : index
            %6547 = arith.constant 5 : index
            %6548 = arith.addi %6493, %6547 : index
            %6549 = arith.minui %6548, %3815 : index
            %6550 = arith.divui %6549, %12 : index
            %6551 = arith.remui %6549, %12 : index
            %6552 = arith.addi %3807, %6550 : index
            %6553 = arith.addi %6498, %6551 : index
            %6554 = arith.addi %6500, %6552 : index
            %6555 = arith.muli %6554, %6502 : index
            %6556 = arith.addi %6555, %6553 : index
            %6557 = arith.muli %6556, %3821 : index
            %6558 = arith.constant 6 : index
            %6559 = arith.addi %6493, %6558 : index
            %6560 = arith.minui %6559, %3815 : index
            %6561 = arith.divui %6560, %12 : index
            %6562 = arith.remui %6560, %12 : index
            %6563 = arith.addi %3807, %6561 : index
            %6564 = arith.addi %6498, %6562 : index
            %6565 = arith.addi %6500, %6563 : index
            %6566 = arith.muli %6565, %6502 : index
            %6567 = arith.addi %6566, %6564 : index
            %6568 = arith.muli %6567, %3821 : index
            %6569 = arith.addi %6493, %3811 : index
            %6570 = arith.minui %6569, %3815 : index
            %6571 = arith.divui %6570, %12 : index
            %6572 = arith.remui %6570, %12 : index
            %6573 = arith.addi %3807, %6571 : index
            %6574 = arith.addi %6498, %6572 : index
            %6575 = arith.addi %6500, %6573 : index
            %6576 = arith.muli %6575, %6502 : index
            %6577 = arith.addi %6576, %6574 : index
            %6578 = arith.muli %6577, %3821 : index
            scf.for %6579 = %20 to %3813 step %12 {
              %6580 = arith.muli %6579, %3819 : index
              %6581 = arith.addi %6491, %6580 : index
              %6582 = arith.addi %6581, %3819 : index
              %6583 = vector.load %1[%6581] : memref<?xf32>, vector<8xf32>
              %6584 = vector.load %1[%6582] : memref<?xf32>, vector<8xf32>
              %6585 = vector.load %0[%6505] : memref<?xf32>, vector<8xf32>
              %6586 = arith.mulf %6585, %6583 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6587 = arith.mulf %6585, %6584 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6588 = vector.load %0[%6515] : memref<?xf32>, vector<8xf32>
              %6589 = arith.mulf %6588, %6583 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6590 = arith.mulf %6588, %6584 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6591 = vector.load %0[%6525] : memref<?xf32>, vector<8xf32>
              %6592 = arith.mulf %6591, %6583 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6593 = arith.mulf %6591, %6584 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6594 = vector.load %0[%6536] : memref<?xf32>, vector<8xf32>
              %6595 = arith.mulf %6594, %6583 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6596 = arith.mulf %6594, %6584 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6597 = vector.load %0[%6546] : memref<?xf32>, vector<8xf32>
              %6598 = arith.mulf %6597, %6583 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6599 = arith.mulf %6597, %6584 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6600 = vector.load %0[%6557] : memref<?xf32>, vector<8xf32>
              %6601 = arith.mulf %6600, %6583 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6602 = arith.mulf %6600, %6584 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6603 = vector.load %0[%6568] : memref<?xf32>, vector<8xf32>
              %6604 = arith.mulf %6603, %6583 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6605 = arith.mulf %6603, %6584 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6606 = vector.load %0[%6578] : memref<?xf32>, vector<8xf32>
              %6607 = arith.mulf %6606, %6583 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6608 = arith.mulf %6606, %6584 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6609 = arith.addi %6581, %3813 : index
              %6610 = vector.load %1[%6609] : memref<?xf32>, vector<8xf32>
              %6611 = arith.addi %6582, %3813 : index
              %6612 = vector.load %1[%6611] : memref<?xf32>, vector<8xf32>
              %6613 = arith.addi %6505, %3813 : index
              %6614 = vector.load %0[%6613] : memref<?xf32>, vector<8xf32>
              %6615 = vector.fma %6614, %6610, %6586 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6616 = vector.fma %6614, %6612, %6587 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6617 = arith.addi %6515, %3813 : index
              %6618 = vector.load %0[%6617] : memref<?xf32>, vector<8xf32>
              %6619 = vector.fma %6618, %6610, %6589 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6620 = vector.fma %6618, %6612, %6590 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6621 = arith.addi %6525, %3813 : index
              %6622 = vector.load %0[%6621] : memref<?xf32>, vector<8xf32>
              %6623 = vector.fma %6622, %6610, %6592 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6624 = vector.fma %6622, %6612, %6593 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6625 = arith.addi %6536, %3813 : index
              %6626 = vector.load %0[%6625] : memref<?xf32>, vector<8xf32>
              %6627 = vector.fma %6626, %6610, %6595 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6628 = vector.fma %6626, %6612, %6596 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6629 = arith.addi %6546, %3813 : index
              %6630 = vector.load %0[%6629] : memref<?xf32>, vector<8xf32>
              %6631 = vector.fma %6630, %6610, %6598 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6632 = vector.fma %6630, %6612, %6599 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6633 = arith.addi %6557, %3813 : index
              %6634 = vector.load %0[%6633] : memref<?xf32>, vector<8xf32>
              %6635 = vector.fma %6634, %6610, %6601 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6636 = vector.fma %6634, %6612, %6602 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6637 = arith.addi %6568, %3813 : index
              %6638 = vector.load %0[%6637] : memref<?xf32>, vector<8xf32>
              %6639 = vector.fma %6638, %6610, %6604 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6640 = vector.fma %6638, %6612, %6605 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6641 = arith.addi %6578, %3813 : index
              %6642 = vector.load %0[%6641] : memref<?xf32>, vector<8xf32>
              %6643 = vector.fma %6642, %6610, %6607 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6644 = vector.fma %6642, %6612, %6608 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6645 = arith.addi %6581, %10 : index
              %6646 = vector.load %1[%6645] : memref<?xf32>, vector<8xf32>
              %6647 = arith.addi %6582, %10 : index
              %6648 = vector.load %1[%6647] : memref<?xf32>, vector<8xf32>
              %6649 = arith.addi %6505, %10 : index
              %6650 = vector.load %0[%6649] : memref<?xf32>, vector<8xf32>
              %6651 = vector.fma %6650, %6646, %6615 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6652 = vector.fma %6650, %6648, %6616 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6653 = arith.addi %6515, %10 : index
              %6654 = vector.load %0[%6653] : memref<?xf32>, vector<8xf32>
              %6655 = vector.fma %6654, %6646, %6619 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6656 = vector.fma %6654, %6648, %6620 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6657 = arith.addi %6525, %10 : index
              %6658 = vector.load %0[%6657] : memref<?xf32>, vector<8xf32>
              %6659 = vector.fma %6658, %6646, %6623 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6660 = vector.fma %6658, %6648, %6624 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6661 = arith.addi %6536, %10 : index
              %6662 = vector.load %0[%6661] : memref<?xf32>, vector<8xf32>
              %6663 = vector.fma %6662, %6646, %6627 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6664 = vector.fma %6662, %6648, %6628 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6665 = arith.addi %6546, %10 : index
              %6666 = vector.load %0[%6665] : memref<?xf32>, vector<8xf32>
              %6667 = vector.fma %6666, %6646, %6631 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6668 = vector.fma %6666, %6648, %6632 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6669 = arith.addi %6557, %10 : index
              %6670 = vector.load %0[%6669] : memref<?xf32>, vector<8xf32>
              %6671 = vector.fma %6670, %6646, %6635 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6672 = vector.fma %6670, %6648, %6636 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6673 = arith.addi %6568, %10 : index
              %6674 = vector.load %0[%6673] : memref<?xf32>, vector<8xf32>
              %6675 = vector.fma %6674, %6646, %6639 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6676 = vector.fma %6674, %6648, %6640 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6677 = arith.addi %6578, %10 : index
              %6678 = vector.load %0[%6677] : memref<?xf32>, vector<8xf32>
              %6679 = vector.fma %6678, %6646, %6643 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6680 = vector.fma %6678, %6648, %6644 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6681 = arith.constant 24 : index
              %6682 = arith.addi %6581, %6681 : index
              %6683 = vector.load %1[%6682] : memref<?xf32>, vector<8xf32>
              %6684 = arith.addi %6582, %6681 : index
              %6685 = vector.load %1[%6684] : memref<?xf32>, vector<8xf32>
              %6686 = arith.addi %6505, %6681 : index
              %6687 = vector.load %0[%6686] : memref<?xf32>, vector<8xf32>
              %6688 = vector.fma %6687, %6683, %6651 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6689 = vector.fma %6687, %6685, %6652 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6690 = arith.addi %6515, %6681 : index
              %6691 = vector.load %0[%6690] : memref<?xf32>, vector<8xf32>
              %6692 = vector.fma %6691, %6683, %6655 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6693 = vector.fma %6691, %6685, %6656 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6694 = arith.addi %6525, %6681 : index
              %6695 = vector.load %0[%6694] : memref<?xf32>, vector<8xf32>
              %6696 = vector.fma %6695, %6683, %6659 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6697 = vector.fma %6695, %6685, %6660 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6698 = arith.addi %6536, %6681 : index
              %6699 = vector.load %0[%6698] : memref<?xf32>, vector<8xf32>
              %6700 = vector.fma %6699, %6683, %6663 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6701 = vector.fma %6699, %6685, %6664 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6702 = arith.addi %6546, %6681 : index
              %6703 = vector.load %0[%6702] : memref<?xf32>, vector<8xf32>
              %6704 = vector.fma %6703, %6683, %6667 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6705 = vector.fma %6703, %6685, %6668 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6706 = arith.addi %6557, %6681 : index
              %6707 = vector.load %0[%6706] : memref<?xf32>, vector<8xf32>
              %6708 = vector.fma %6707, %6683, %6671 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6709 = vector.fma %6707, %6685, %6672 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6710 = arith.addi %6568, %6681 : index
              %6711 = vector.load %0[%6710] : memref<?xf32>, vector<8xf32>
              %6712 = vector.fma %6711, %6683, %6675 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6713 = vector.fma %6711, %6685, %6676 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6714 = arith.addi %6578, %6681 : index
              %6715 = vector.load %0[%6714] : memref<?xf32>, vector<8xf32>
              %6716 = vector.fma %6715, %6683, %6679 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6717 = vector.fma %6715, %6685, %6680 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %6718 = vector.shuffle %6688, %6692 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %6719 = vector.shuffle %6688, %6692 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %6720 = arith.addf %6718, %6719 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6721 = vector.shuffle %6696, %6700 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %6722 = vector.shuffle %6696, %6700 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %6723 = arith.addf %6721, %6722 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6724 = vector.shuffle %6704, %6708 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %6725 = vector.shuffle %6704, %6708 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %6726 = arith.addf %6724, %6725 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6727 = vector.shuffle %6712, %6716 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %6728 = vector.shuffle %6712, %6716 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %6729 = arith.addf %6727, %6728 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6730 = vector.shuffle %6720, %6723 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %6731 = vector.shuffle %6720, %6723 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %6732 = arith.addf %6730, %6731 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6733 = vector.shuffle %6726, %6729 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %6734 = vector.shuffle %6726, %6729 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %6735 = arith.addf %6733, %6734 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6736 = vector.shuffle %6732, %6735 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %6737 = vector.shuffle %6732, %6735 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %6738 = arith.addf %6736, %6737 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6739 = arith.mulf %6738, %3827 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6740 = arith.addi %6493, %6579 : index
              %6741 = arith.muli %6740, %3813 : index
              vector.store %6739, %3817[%6741] : memref<1024xf32>, vector<8xf32>
              %6742 = vector.shuffle %6689, %6693 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %6743 = vector.shuffle %6689, %6693 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %6744 = arith.addf %6742, %6743 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6745 = vector.shuffle %6697, %6701 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %6746 = vector.shuffle %6697, %6701 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %6747 = arith.addf %6745, %6746 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6748 = vector.shuffle %6705, %6709 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %6749 = vector.shuffle %6705, %6709 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %6750 = arith.addf %6748, %6749 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6751 = vector.shuffle %6713, %6717 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %6752 = vector.shuffle %6713, %6717 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %6753 = arith.addf %6751, %6752 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6754 = vector.shuffle %6744, %6747 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %6755 = vector.shuffle %6744, %6747 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %6756 = arith.addf %6754, %6755 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6757 = vector.shuffle %6750, %6753 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %6758 = vector.shuffle %6750, %6753 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %6759 = arith.addf %6757, %6758 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6760 = vector.shuffle %6756, %6759 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %6761 = vector.shuffle %6756, %6759 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %6762 = arith.addf %6760, %6761 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6763 = arith.mulf %6762, %3827 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6764 = arith.addi %6579, %21 : index
              %6765 = arith.addi %6493, %6764 : index
              %6766 = arith.muli %6765, %3813 : index
              vector.store %6763, %3817[%6766] : memref<1024xf32>, vector<8xf32>
            }
          }
          scf.for %6767 = %20 to %3814 step %21 {
            %6768 = arith.muli %6767, %3813 : index
            %6769 = arith.muli %6767, %3819 : index
            %6770 = arith.constant 96 : index
            %6771 = arith.addi %6768, %6770 : index
            %6772 = vector.load %3816[%6771] : memref<128xf32>, vector<8xf32>
            %6773 = arith.index_cast %6489 : index to i64
            %6774 = arith.sitofp %6773 : i64 to f32
            %6775 = vector.broadcast %6774 : f32 to vector<8xf32>
            %6776 = arith.subf %6772, %6775 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %6777 = vector.load %3816[%6768] : memref<128xf32>, vector<8xf32>
            %6778 = scf.for %6779 = %20 to %3813 step %3813 iter_args(%6780 = %6777) -> (vector<8xf32>) {
              %6781 = arith.muli %6779, %3813 : index
              %6782 = arith.addi %6769, %6781 : index
              %6783 = vector.load %3817[%6782] : memref<1024xf32>, vector<8xf32>
              %6784 = arith.addi %6779, %21 : index
              %6785 = arith.muli %6784, %3813 : index
              %6786 = arith.addi %6769, %6785 : index
              %6787 = vector.load %3817[%6786] : memref<1024xf32>, vector<8xf32>
              %6788 = arith.addi %6779, %12 : index
              %6789 = arith.muli %6788, %3813 : index
              %6790 = arith.addi %6769, %6789 : index
              %6791 = vector.load %3817[%6790] : memref<1024xf32>, vector<8xf32>
              %6792 = arith.constant 3 : index
              %6793 = arith.addi %6779, %6792 : index
              %6794 = arith.muli %6793, %3813 : index
              %6795 = arith.addi %6769, %6794 : index
              %6796 = vector.load %3817[%6795] : memref<1024xf32>, vector<8xf32>
              %6797 = arith.constant 4 : index
              %6798 = arith.addi %6779, %6797 : index
              %6799 = arith.muli %6798, %3813 : index
              %6800 = arith.addi %6769, %6799 : index
              %6801 = vector.load %3817[%6800] : memref<1024xf32>, vector<8xf32>
              %6802 = arith.constant 5 : index
              %6803 = arith.addi %6779, %6802 : index
              %6804 = arith.muli %6803, %3813 : index
              %6805 = arith.addi %6769, %6804 : index
              %6806 = vector.load %3817[%6805] : memref<1024xf32>, vector<8xf32>
              %6807 = arith.constant 6 : index
              %6808 = arith.addi %6779, %6807 : index
              %6809 = arith.muli %6808, %3813 : index
              %6810 = arith.addi %6769, %6809 : index
              %6811 = vector.load %3817[%6810] : memref<1024xf32>, vector<8xf32>
              %6812 = arith.addi %6779, %3811 : index
              %6813 = arith.muli %6812, %3813 : index
              %6814 = arith.addi %6769, %6813 : index
              %6815 = vector.load %3817[%6814] : memref<1024xf32>, vector<8xf32>
              %6816 = arith.index_cast %6779 : index to i64
              %6817 = arith.sitofp %6816 : i64 to f32
              %6818 = vector.broadcast %6817 : f32 to vector<8xf32>
              %6819 = arith.subf %6776, %6818 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6820 = arith.cmpf olt, %3825, %6819 : vector<8xf32>
              %6821 = arith.constant 1.000000e+00 : f32
              %6822 = vector.broadcast %6821 : f32 to vector<8xf32>
              %6823 = arith.cmpf olt, %6822, %6819 : vector<8xf32>
              %6824 = arith.constant 2.000000e+00 : f32
              %6825 = vector.broadcast %6824 : f32 to vector<8xf32>
              %6826 = arith.cmpf olt, %6825, %6819 : vector<8xf32>
              %6827 = arith.constant 3.000000e+00 : f32
              %6828 = vector.broadcast %6827 : f32 to vector<8xf32>
              %6829 = arith.cmpf olt, %6828, %6819 : vector<8xf32>
              %6830 = arith.constant 4.000000e+00 : f32
              %6831 = vector.broadcast %6830 : f32 to vector<8xf32>
              %6832 = arith.cmpf olt, %6831, %6819 : vector<8xf32>
              %6833 = arith.constant 5.000000e+00 : f32
              %6834 = vector.broadcast %6833 : f32 to vector<8xf32>
              %6835 = arith.cmpf olt, %6834, %6819 : vector<8xf32>
              %6836 = arith.constant 6.000000e+00 : f32
              %6837 = vector.broadcast %6836 : f32 to vector<8xf32>
              %6838 = arith.cmpf olt, %6837, %6819 : vector<8xf32>
              %6839 = arith.constant 7.000000e+00 : f32
              %6840 = vector.broadcast %6839 : f32 to vector<8xf32>
              %6841 = arith.cmpf olt, %6840, %6819 : vector<8xf32>
              %6842 = arith.constant -1.000000e+30 : f32
              %6843 = vector.broadcast %6842 : f32 to vector<8xf32>
              %6844 = arith.select %6820, %6783, %6843 : vector<8xf32>
              %6845 = arith.select %6823, %6787, %6843 : vector<8xf32>
              %6846 = arith.select %6826, %6791, %6843 : vector<8xf32>
              %6847 = arith.select %6829, %6796, %6843 : vector<8xf32>
              %6848 = arith.select %6832, %6801, %6843 : vector<8xf32>
              %6849 = arith.select %6835, %6806, %6843 : vector<8xf32>
              %6850 = arith.select %6838, %6811, %6843 : vector<8xf32>
              %6851 = arith.select %6841, %6815, %6843 : vector<8xf32>
              %6852 = arith.cmpf ogt, %6844, %6845 : vector<8xf32>
              %6853 = arith.select %6852, %6844, %6845 : vector<8xf32>
              %6854 = arith.cmpf ogt, %6846, %6847 : vector<8xf32>
              %6855 = arith.select %6854, %6846, %6847 : vector<8xf32>
              %6856 = arith.cmpf ogt, %6848, %6849 : vector<8xf32>
              %6857 = arith.select %6856, %6848, %6849 : vector<8xf32>
              %6858 = arith.cmpf ogt, %6850, %6851 : vector<8xf32>
              %6859 = arith.select %6858, %6850, %6851 : vector<8xf32>
              %6860 = arith.cmpf ogt, %6853, %6855 : vector<8xf32>
              %6861 = arith.select %6860, %6853, %6855 : vector<8xf32>
              %6862 = arith.cmpf ogt, %6857, %6859 : vector<8xf32>
              %6863 = arith.select %6862, %6857, %6859 : vector<8xf32>
              %6864 = arith.cmpf ogt, %6861, %6863 : vector<8xf32>
              %6865 = arith.select %6864, %6861, %6863 : vector<8xf32>
              %6866 = arith.cmpf ogt, %6780, %6865 : vector<8xf32>
              %6867 = arith.select %6866, %6780, %6865 : vector<8xf32>
              scf.yield %6867 : vector<8xf32>
            }
            %6868 = scf.for %6869 = %20 to %3813 step %3813 iter_args(%6870 = %3825) -> (vector<8xf32>) {
              %6871 = arith.muli %6869, %3813 : index
              %6872 = arith.addi %6769, %6871 : index
              %6873 = vector.load %3817[%6872] : memref<1024xf32>, vector<8xf32>
              %6874 = arith.addi %6869, %21 : index
              %6875 = arith.muli %6874, %3813 : index
              %6876 = arith.addi %6769, %6875 : index
              %6877 = vector.load %3817[%6876] : memref<1024xf32>, vector<8xf32>
              %6878 = arith.addi %6869, %12 : index
              %6879 = arith.muli %6878, %3813 : index
              %6880 = arith.addi %6769, %6879 : index
              %6881 = vector.load %3817[%6880] : memref<1024xf32>, vector<8xf32>
              %6882 = arith.constant 3 : index
              %6883 = arith.addi %6869, %6882 : index
              %6884 = arith.muli %6883, %3813 : index
              %6885 = arith.addi %6769, %6884 : index
              %6886 = vector.load %3817[%6885] : memref<1024xf32>, vector<8xf32>
              %6887 = arith.constant 4 : index
              %6888 = arith.addi %6869, %6887 : index
              %6889 = arith.muli %6888, %3813 : index
              %6890 = arith.addi %6769, %6889 : index
              %6891 = vector.load %3817[%6890] : memref<1024xf32>, vector<8xf32>
              %6892 = arith.constant 5 : index
              %6893 = arith.addi %6869, %6892 : index
              %6894 = arith.muli %6893, %3813 : index
              %6895 = arith.addi %6769, %6894 : index
              %6896 = vector.load %3817[%6895] : memref<1024xf32>, vector<8xf32>
              %6897 = arith.constant 6 : index
              %6898 = arith.addi %6869, %6897 : index
              %6899 = arith.muli %6898, %3813 : index
              %6900 = arith.addi %6769, %6899 : index
              %6901 = vector.load %3817[%6900] : memref<1024xf32>, vector<8xf32>
              %6902 = arith.addi %6869, %3811 : index
              %6903 = arith.muli %6902, %3813 : index
              %6904 = arith.addi %6769, %6903 : index
              %6905 = vector.load %3817[%6904] : memref<1024xf32>, vector<8xf32>
              %6906 = arith.index_cast %6869 : index to i64
              %6907 = arith.sitofp %6906 : i64 to f32
              %6908 = vector.broadcast %6907 : f32 to vector<8xf32>
              %6909 = arith.subf %6776, %6908 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6910 = arith.cmpf olt, %3825, %6909 : vector<8xf32>
              %6911 = arith.constant 1.000000e+00 : f32
              %6912 = vector.broadcast %6911 : f32 to vector<8xf32>
              %6913 = arith.cmpf olt, %6912, %6909 : vector<8xf32>
              %6914 = arith.constant 2.000000e+00 : f32
              %6915 = vector.broadcast %6914 : f32 to vector<8xf32>
              %6916 = arith.cmpf olt, %6915, %6909 : vector<8xf32>
              %6917 = arith.constant 3.000000e+00 : f32
              %6918 = vector.broadcast %6917 : f32 to vector<8xf32>
              %6919 = arith.cmpf olt, %6918, %6909 : vector<8xf32>
              %6920 = arith.constant 4.000000e+00 : f32
              %6921 = vector.broadcast %6920 : f32 to vector<8xf32>
              %6922 = arith.cmpf olt, %6921, %6909 : vector<8xf32>
              %6923 = arith.constant 5.000000e+00 : f32
              %6924 = vector.broadcast %6923 : f32 to vector<8xf32>
              %6925 = arith.cmpf olt, %6924, %6909 : vector<8xf32>
              %6926 = arith.constant 6.000000e+00 : f32
              %6927 = vector.broadcast %6926 : f32 to vector<8xf32>
              %6928 = arith.cmpf olt, %6927, %6909 : vector<8xf32>
              %6929 = arith.constant 7.000000e+00 : f32
              %6930 = vector.broadcast %6929 : f32 to vector<8xf32>
              %6931 = arith.cmpf olt, %6930, %6909 : vector<8xf32>
              %6932 = arith.constant -1.000000e+30 : f32
              %6933 = vector.broadcast %6932 : f32 to vector<8xf32>
              %6934 = arith.select %6910, %6873, %6933 : vector<8xf32>
              %6935 = arith.select %6913, %6877, %6933 : vector<8xf32>
              %6936 = arith.select %6916, %6881, %6933 : vector<8xf32>
              %6937 = arith.select %6919, %6886, %6933 : vector<8xf32>
              %6938 = arith.select %6922, %6891, %6933 : vector<8xf32>
              %6939 = arith.select %6925, %6896, %6933 : vector<8xf32>
              %6940 = arith.select %6928, %6901, %6933 : vector<8xf32>
              %6941 = arith.select %6931, %6905, %6933 : vector<8xf32>
              %6942 = arith.subf %6934, %6778 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6943 = arith.constant -8.700000e+01 : f32
              %6944 = vector.broadcast %6943 : f32 to vector<8xf32>
              %6945 = arith.cmpf ogt, %6942, %6944 : vector<8xf32>
              %6946 = arith.select %6945, %6942, %6944 : vector<8xf32>
              %6947 = arith.constant 8.800000e+01 : f32
              %6948 = vector.broadcast %6947 : f32 to vector<8xf32>
              %6949 = arith.cmpf olt, %6946, %6948 : vector<8xf32>
              %6950 = arith.select %6949, %6946, %6948 : vector<8xf32>
              %6951 = math.exp %6950 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6952 = arith.select %6910, %6951, %3825 : vector<8xf32>
              vector.store %6952, %3817[%6872] : memref<1024xf32>, vector<8xf32>
              %6953 = arith.subf %6935, %6778 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6954 = arith.cmpf ogt, %6953, %6944 : vector<8xf32>
              %6955 = arith.select %6954, %6953, %6944 : vector<8xf32>
              %6956 = arith.cmpf olt, %6955, %6948 : vector<8xf32>
              %6957 = arith.select %6956, %6955, %6948 : vector<8xf32>
              %6958 = math.exp %6957 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6959 = arith.select %6913, %6958, %3825 : vector<8xf32>
              vector.store %6959, %3817[%6876] : memref<1024xf32>, vector<8xf32>
              %6960 = arith.subf %6936, %6778 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6961 = arith.cmpf ogt, %6960, %6944 : vector<8xf32>
              %6962 = arith.select %6961, %6960, %6944 : vector<8xf32>
              %6963 = arith.cmpf olt, %6962, %6948 : vector<8xf32>
              %6964 = arith.select %6963, %6962, %6948 : vector<8xf32>
              %6965 = math.exp %6964 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6966 = arith.select %6916, %6965, %3825 : vector<8xf32>
              vector.store %6966, %3817[%6880] : memref<1024xf32>, vector<8xf32>
              %6967 = arith.subf %6937, %6778 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6968 = arith.cmpf ogt, %6967, %6944 : vector<8xf32>
              %6969 = arith.select %6968, %6967, %6944 : vector<8xf32>
              %6970 = arith.cmpf olt, %6969, %6948 : vector<8xf32>
              %6971 = arith.select %6970, %6969, %6948 : vector<8xf32>
              %6972 = math.exp %6971 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6973 = arith.select %6919, %6972, %3825 : vector<8xf32>
              vector.store %6973, %3817[%6885] : memref<1024xf32>, vector<8xf32>
              %6974 = arith.subf %6938, %6778 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6975 = arith.cmpf ogt, %6974, %6944 : vector<8xf32>
              %6976 = arith.select %6975, %6974, %6944 : vector<8xf32>
              %6977 = arith.cmpf olt, %6976, %6948 : vector<8xf32>
              %6978 = arith.select %6977, %6976, %6948 : vector<8xf32>
              %6979 = math.exp %6978 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6980 = arith.select %6922, %6979, %3825 : vector<8xf32>
              vector.store %6980, %3817[%6890] : memref<1024xf32>, vector<8xf32>
              %6981 = arith.subf %6939, %6778 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6982 = arith.cmpf ogt, %6981, %6944 : vector<8xf32>
              %6983 = arith.select %6982, %6981, %6944 : vector<8xf32>
              %6984 = arith.cmpf olt, %6983, %6948 : vector<8xf32>
              %6985 = arith.select %6984, %6983, %6948 : vector<8xf32>
              %6986 = math.exp %6985 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6987 = arith.select %6925, %6986, %3825 : vector<8xf32>
              vector.store %6987, %3817[%6895] : memref<1024xf32>, vector<8xf32>
              %6988 = arith.subf %6940, %6778 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6989 = arith.cmpf ogt, %6988, %6944 : vector<8xf32>
              %6990 = arith.select %6989, %6988, %6944 : vector<8xf32>
              %6991 = arith.cmpf olt, %6990, %6948 : vector<8xf32>
              %6992 = arith.select %6991, %6990, %6948 : vector<8xf32>
              %6993 = math.exp %6992 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6994 = arith.select %6928, %6993, %3825 : vector<8xf32>
              vector.store %6994, %3817[%6900] : memref<1024xf32>, vector<8xf32>
              %6995 = arith.subf %6941, %6778 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %6996 = arith.cmpf ogt, %6995, %6944 : vector<8xf32>
              %6997 = arith.select %6996, %6995, %6944 : vector<8xf32>
              %6998 = arith.cmpf olt, %6997, %6948 : vector<8xf32>
              %6999 = arith.select %6998, %6997, %6948 : vector<8xf32>
              %7000 = math.exp %6999 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %7001 = arith.select %6931, %7000, %3825 : vector<8xf32>
              vector.store %7001, %3817[%6904] : memref<1024xf32>, vector<8xf32>
              %7002 = arith.addf %6952, %6959 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %7003 = arith.addf %6966, %6973 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %7004 = arith.addf %6980, %6987 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %7005 = arith.addf %6994, %7001 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %7006 = arith.addf %7002, %7003 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %7007 = arith.addf %7004, %7005 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %7008 = arith.addf %7006, %7007 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %7009 = arith.addf %6870, %7008 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              scf.yield %7009 : vector<8xf32>
            }
            %7010 = arith.subf %6777, %6778 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7011 = arith.constant -8.700000e+01 : f32
            %7012 = vector.broadcast %7011 : f32 to vector<8xf32>
            %7013 = arith.cmpf ogt, %7010, %7012 : vector<8xf32>
            %7014 = arith.select %7013, %7010, %7012 : vector<8xf32>
            %7015 = arith.constant 8.800000e+01 : f32
            %7016 = vector.broadcast %7015 : f32 to vector<8xf32>
            %7017 = arith.cmpf olt, %7014, %7016 : vector<8xf32>
            %7018 = arith.select %7017, %7014, %7016 : vector<8xf32>
            %7019 = math.exp %7018 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %6778, %3816[%6768] : memref<128xf32>, vector<8xf32>
            %7020 = arith.addi %6768, %3821 : index
            %7021 = vector.load %3816[%7020] : memref<128xf32>, vector<8xf32>
            %7022 = arith.mulf %7021, %7019 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7023 = arith.addf %7022, %6868 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %7023, %3816[%7020] : memref<128xf32>, vector<8xf32>
            %7024 = arith.addi %6768, %3819 : index
            vector.store %7019, %3816[%7024] : memref<128xf32>, vector<8xf32>
          }
          %7025 = arith.divui %3810, %12 : index
          %7026 = arith.muli %7025, %12 : index
          scf.for %7027 = %20 to %7026 step %12 {
            %7028 = arith.addi %7027, %21 : index
            %7029 = arith.divui %7027, %12 : index
            %7030 = arith.remui %7027, %12 : index
            %7031 = arith.addi %3807, %7029 : index
            %7032 = arith.muli %3805, %12 : index
            %7033 = arith.addi %7032, %7030 : index
            %7034 = arith.muli %3806, %5 : index
            %7035 = arith.addi %7034, %7031 : index
            %7036 = arith.constant 4 : index
            %7037 = arith.muli %7035, %7036 : index
            %7038 = arith.addi %7037, %7033 : index
            %7039 = arith.muli %7038, %3821 : index
            %7040 = arith.divui %7028, %12 : index
            %7041 = arith.remui %7028, %12 : index
            %7042 = arith.addi %3807, %7040 : index
            %7043 = arith.addi %7032, %7041 : index
            %7044 = arith.addi %7034, %7042 : index
            %7045 = arith.muli %7044, %7036 : index
            %7046 = arith.addi %7045, %7043 : index
            %7047 = arith.muli %7046, %3821 : index
            %7048 = arith.divui %7027, %3813 : index
            %7049 = arith.remui %7027, %3813 : index
            %7050 = arith.muli %7048, %3819 : index
            %7051 = arith.addi %7050, %7049 : index
            %7052 = arith.addi %7027, %3819 : index
            %7053 = memref.load %3816[%7052] : memref<128xf32>
            %7054 = vector.broadcast %7053 : f32 to vector<8xf32>
            %7055 = arith.addi %7028, %3819 : index
            %7056 = memref.load %3816[%7055] : memref<128xf32>
            %7057 = vector.broadcast %7056 : f32 to vector<8xf32>
            %7058 = arith.addi %7039, %3813 : index
            %7059 = arith.addi %7039, %10 : index
            %7060 = arith.constant 24 : index
            %7061 = arith.addi %7039, %7060 : index
            %7062 = arith.addi %7047, %3813 : index
            %7063 = arith.addi %7047, %10 : index
            %7064 = arith.addi %7047, %7060 : index
            %7065 = vector.load %3[%7039] : memref<?xf32>, vector<8xf32>
            %7066 = arith.mulf %7065, %7054 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7067 = vector.load %3[%7058] : memref<?xf32>, vector<8xf32>
            %7068 = arith.mulf %7067, %7054 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7069 = vector.load %3[%7059] : memref<?xf32>, vector<8xf32>
            %7070 = arith.mulf %7069, %7054 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7071 = vector.load %3[%7061] : memref<?xf32>, vector<8xf32>
            %7072 = arith.mulf %7071, %7054 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7073 = vector.load %3[%7047] : memref<?xf32>, vector<8xf32>
            %7074 = arith.mulf %7073, %7057 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7075 = vector.load %3[%7062] : memref<?xf32>, vector<8xf32>
            %7076 = arith.mulf %7075, %7057 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7077 = vector.load %3[%7063] : memref<?xf32>, vector<8xf32>
            %7078 = arith.mulf %7077, %7057 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7079 = vector.load %3[%7064] : memref<?xf32>, vector<8xf32>
            %7080 = arith.mulf %7079, %7057 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7081 = vector.load %2[%6491] : memref<?xf32>, vector<8xf32>
            %7082 = arith.addi %6491, %3813 : index
            %7083 = vector.load %2[%7082] : memref<?xf32>, vector<8xf32>
            %7084 = arith.addi %6491, %10 : index
            %7085 = vector.load %2[%7084] : memref<?xf32>, vector<8xf32>
            %7086 = arith.addi %6491, %7060 : index
            %7087 = vector.load %2[%7086] : memref<?xf32>, vector<8xf32>
            %7088 = memref.load %3817[%7051] : memref<1024xf32>
            %7089 = vector.broadcast %7088 : f32 to vector<8xf32>
            %7090 = vector.fma %7089, %7081, %7066 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7091 = vector.fma %7089, %7083, %7068 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7092 = vector.fma %7089, %7085, %7070 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7093 = vector.fma %7089, %7087, %7072 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7094 = arith.addi %7051, %21 : index
            %7095 = memref.load %3817[%7094] : memref<1024xf32>
            %7096 = vector.broadcast %7095 : f32 to vector<8xf32>
            %7097 = vector.fma %7096, %7081, %7074 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7098 = vector.fma %7096, %7083, %7076 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7099 = vector.fma %7096, %7085, %7078 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7100 = vector.fma %7096, %7087, %7080 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7101 = arith.addi %6491, %3819 : index
            %7102 = vector.load %2[%7101] : memref<?xf32>, vector<8xf32>
            %7103 = arith.constant 72 : index
            %7104 = arith.addi %6491, %7103 : index
            %7105 = vector.load %2[%7104] : memref<?xf32>, vector<8xf32>
            %7106 = arith.constant 80 : index
            %7107 = arith.addi %6491, %7106 : index
            %7108 = vector.load %2[%7107] : memref<?xf32>, vector<8xf32>
            %7109 = arith.constant 88 : index
            %7110 = arith.addi %6491, %7109 : index
            %7111 = vector.load %2[%7110] : memref<?xf32>, vector<8xf32>
            %7112 = arith.addi %7051, %3813 : index
            %7113 = memref.load %3817[%7112] : memref<1024xf32>
            %7114 = vector.broadcast %7113 : f32 to vector<8xf32>
            %7115 = vector.fma %7114, %7102, %7090 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7116 = vector.fma %7114, %7105, %7091 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7117 = vector.fma %7114, %7108, %7092 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7118 = vector.fma %7114, %7111, %7093 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7119 = arith.constant 9 : index
            %7120 = arith.addi %7051, %7119 : index
            %7121 = memref.load %3817[%7120] : memref<1024xf32>
            %7122 = vector.broadcast %7121 : f32 to vector<8xf32>
            %7123 = vector.fma %7122, %7102, %7097 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7124 = vector.fma %7122, %7105, %7098 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7125 = vector.fma %7122, %7108, %7099 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7126 = vector.fma %7122, %7111, %7100 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7127 = arith.addi %6491, %18 : index
            %7128 = vector.load %2[%7127] : memref<?xf32>, vector<8xf32>
            %7129 = arith.constant 136 : index
            %7130 = arith.addi %6491, %7129 : index
            %7131 = vector.load %2[%7130] : memref<?xf32>, vector<8xf32>
            %7132 = arith.constant 144 : index
            %7133 = arith.addi %6491, %7132 : index
            %7134 = vector.load %2[%7133] : memref<?xf32>, vector<8xf32>
            %7135 = arith.constant 152 : index
            %7136 = arith.addi %6491, %7135 : index
            %7137 = vector.load %2[%7136] : memref<?xf32>, vector<8xf32>
            %7138 = arith.addi %7051, %10 : index
            %7139 = memref.load %3817[%7138] : memref<1024xf32>
            %7140 = vector.broadcast %7139 : f32 to vector<8xf32>
            %7141 = vector.fma %7140, %7128, %7115 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7142 = vector.fma %7140, %7131, %7116 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7143 = vector.fma %7140, %7134, %7117 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7144 = vector.fma %7140, %7137, %7118 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7145 = arith.constant 17 : index
            %7146 = arith.addi %7051, %7145 : index
            %7147 = memref.load %3817[%7146] : memref<1024xf32>
            %7148 = vector.broadcast %7147 : f32 to vector<8xf32>
            %7149 = vector.fma %7148, %7128, %7123 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7150 = vector.fma %7148, %7131, %7124 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7151 = vector.fma %7148, %7134, %7125 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7152 = vector.fma %7148, %7137, %7126 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7153 = arith.constant 192 : index
            %7154 = arith.addi %6491, %7153 : index
            %7155 = vector.load %2[%7154] : memref<?xf32>, vector<8xf32>
            %7156 = arith.constant 200 : index
            %7157 = arith.addi %6491, %7156 : index
            %7158 = vector.load %2[%7157] : memref<?xf32>, vector<8xf32>
            %7159 = arith.constant 208 : index
            %7160 = arith.addi %6491, %7159 : index
            %7161 = vector.load %2[%7160] : memref<?xf32>, vector<8xf32>
            %7162 = arith.constant 216 : index
            %7163 = arith.addi %6491, %7162 : index
            %7164 = vector.load %2[%7163] : memref<?xf32>, vector<8xf32>
            %7165 = arith.addi %7051, %7060 : index
            %7166 = memref.load %3817[%7165] : memref<1024xf32>
            %7167 = vector.broadcast %7166 : f32 to vector<8xf32>
            %7168 = vector.fma %7167, %7155, %7141 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7169 = vector.fma %7167, %7158, %7142 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7170 = vector.fma %7167, %7161, %7143 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7171 = vector.fma %7167, %7164, %7144 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7172 = arith.constant 25 : index
            %7173 = arith.addi %7051, %7172 : index
            %7174 = memref.load %3817[%7173] : memref<1024xf32>
            %7175 = vector.broadcast %7174 : f32 to vector<8xf32>
            %7176 = vector.fma %7175, %7155, %7149 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7177 = vector.fma %7175, %7158, %7150 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7178 = vector.fma %7175, %7161, %7151 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7179 = vector.fma %7175, %7164, %7152 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7180 = arith.constant 256 : index
            %7181 = arith.addi %6491, %7180 : index
            %7182 = vector.load %2[%7181] : memref<?xf32>, vector<8xf32>
            %7183 = arith.constant 264 : index
            %7184 = arith.addi %6491, %7183 : index
            %7185 = vector.load %2[%7184] : memref<?xf32>, vector<8xf32>
            %7186 = arith.constant 272 : index
            %7187 = arith.addi %6491, %7186 : index
            %7188 = vector.load %2[%7187] : memref<?xf32>, vector<8xf32>
            %7189 = arith.constant 280 : index
            %7190 = arith.addi %6491, %7189 : index
            %7191 = vector.load %2[%7190] : memref<?xf32>, vector<8xf32>
            %7192 = arith.addi %7051, %3821 : index
            %7193 = memref.load %3817[%7192] : memref<1024xf32>
            %7194 = vector.broadcast %7193 : f32 to vector<8xf32>
            %7195 = vector.fma %7194, %7182, %7168 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7196 = vector.fma %7194, %7185, %7169 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7197 = vector.fma %7194, %7188, %7170 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7198 = vector.fma %7194, %7191, %7171 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7199 = arith.constant 33 : index
            %7200 = arith.addi %7051, %7199 : index
            %7201 = memref.load %3817[%7200] : memref<1024xf32>
            %7202 = vector.broadcast %7201 : f32 to vector<8xf32>
            %7203 = vector.fma %7202, %7182, %7176 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7204 = vector.fma %7202, %7185, %7177 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7205 = vector.fma %7202, %7188, %7178 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7206 = vector.fma %7202, %7191, %7179 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7207 = arith.constant 320 : index
            %7208 = arith.addi %6491, %7207 : index
            %7209 = vector.load %2[%7208] : memref<?xf32>, vector<8xf32>
            %7210 = arith.constant 328 : index
            %7211 = arith.addi %6491, %7210 : index
            %7212 = vector.load %2[%7211] : memref<?xf32>, vector<8xf32>
            %7213 = arith.constant 336 : index
            %7214 = arith.addi %6491, %7213 : index
            %7215 = vector.load %2[%7214] : memref<?xf32>, vector<8xf32>
            %7216 = arith.constant 344 : index
            %7217 = arith.addi %6491, %7216 : index
            %7218 = vector.load %2[%7217] : memref<?xf32>, vector<8xf32>
            %7219 = arith.constant 40 : index
            %7220 = arith.addi %7051, %7219 : index
            %7221 = memref.load %3817[%7220] : memref<1024xf32>
            %7222 = vector.broadcast %7221 : f32 to vector<8xf32>
            %7223 = vector.fma %7222, %7209, %7195 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7224 = vector.fma %7222, %7212, %7196 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7225 = vector.fma %7222, %7215, %7197 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7226 = vector.fma %7222, %7218, %7198 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7227 = arith.constant 41 : index
            %7228 = arith.addi %7051, %7227 : index
            %7229 = memref.load %3817[%7228] : memref<1024xf32>
            %7230 = vector.broadcast %7229 : f32 to vector<8xf32>
            %7231 = vector.fma %7230, %7209, %7203 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7232 = vector.fma %7230, %7212, %7204 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7233 = vector.fma %7230, %7215, %7205 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7234 = vector.fma %7230, %7218, %7206 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7235 = arith.constant 384 : index
            %7236 = arith.addi %6491, %7235 : index
            %7237 = vector.load %2[%7236] : memref<?xf32>, vector<8xf32>
            %7238 = arith.constant 392 : index
            %7239 = arith.addi %6491, %7238 : index
            %7240 = vector.load %2[%7239] : memref<?xf32>, vector<8xf32>
            %7241 = arith.constant 400 : index
            %7242 = arith.addi %6491, %7241 : index
            %7243 = vector.load %2[%7242] : memref<?xf32>, vector<8xf32>
            %7244 = arith.constant 408 : index
            %7245 = arith.addi %6491, %7244 : index
            %7246 = vector.load %2[%7245] : memref<?xf32>, vector<8xf32>
            %7247 = arith.constant 48 : index
            %7248 = arith.addi %7051, %7247 : index
            %7249 = memref.load %3817[%7248] : memref<1024xf32>
            %7250 = vector.broadcast %7249 : f32 to vector<8xf32>
            %7251 = vector.fma %7250, %7237, %7223 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7252 = vector.fma %7250, %7240, %7224 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7253 = vector.fma %7250, %7243, %7225 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7254 = vector.fma %7250, %7246, %7226 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7255 = arith.constant 49 : index
            %7256 = arith.addi %7051, %7255 : index
            %7257 = memref.load %3817[%7256] : memref<1024xf32>
            %7258 = vector.broadcast %7257 : f32 to vector<8xf32>
            %7259 = vector.fma %7258, %7237, %7231 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7260 = vector.fma %7258, %7240, %7232 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7261 = vector.fma %7258, %7243, %7233 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7262 = vector.fma %7258, %7246, %7234 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7263 = arith.constant 448 : index
            %7264 = arith.addi %6491, %7263 : index
            %7265 = vector.load %2[%7264] : memref<?xf32>, vector<8xf32>
            %7266 = arith.constant 456 : index
            %7267 = arith.addi %6491, %7266 : index
            %7268 = vector.load %2[%7267] : memref<?xf32>, vector<8xf32>
            %7269 = arith.constant 464 : index
            %7270 = arith.addi %6491, %7269 : index
            %7271 = vector.load %2[%7270] : memref<?xf32>, vector<8xf32>
            %7272 = arith.constant 472 : index
            %7273 = arith.addi %6491, %7272 : index
            %7274 = vector.load %2[%7273] : memref<?xf32>, vector<8xf32>
            %7275 = arith.constant 56 : index
            %7276 = arith.addi %7051, %7275 : index
            %7277 = memref.load %3817[%7276] : memref<1024xf32>
            %7278 = vector.broadcast %7277 : f32 to vector<8xf32>
            %7279 = vector.fma %7278, %7265, %7251 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7280 = vector.fma %7278, %7268, %7252 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7281 = vector.fma %7278, %7271, %7253 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7282 = vector.fma %7278, %7274, %7254 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7283 = arith.constant 57 : index
            %7284 = arith.addi %7051, %7283 : index
            %7285 = memref.load %3817[%7284] : memref<1024xf32>
            %7286 = vector.broadcast %7285 : f32 to vector<8xf32>
            %7287 = vector.fma %7286, %7265, %7259 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7288 = vector.fma %7286, %7268, %7260 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7289 = vector.fma %7286, %7271, %7261 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7290 = vector.fma %7286, %7274, %7262 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            vector.store %7279, %3[%7039] : memref<?xf32>, vector<8xf32>
            vector.store %7280, %3[%7058] : memref<?xf32>, vector<8xf32>
            vector.store %7281, %3[%7059] : memref<?xf32>, vector<8xf32>
            vector.store %7282, %3[%7061] : memref<?xf32>, vector<8xf32>
            vector.store %7287, %3[%7047] : memref<?xf32>, vector<8xf32>
            vector.store %7288, %3[%7062] : memref<?xf32>, vector<8xf32>
            vector.store %7289, %3[%7063] : memref<?xf32>, vector<8xf32>
            vector.store %7290, %3[%7064] : memref<?xf32>, vector<8xf32>
          }
          scf.for %7291 = %7026 to %3810 step %21 {
            %7292 = arith.divui %7291, %12 : index
            %7293 = arith.remui %7291, %12 : index
            %7294 = arith.addi %3807, %7292 : index
            %7295 = arith.muli %3805, %12 : index
            %7296 = arith.addi %7295, %7293 : index
            %7297 = arith.muli %3806, %5 : index
            %7298 = arith.addi %7297, %7294 : index
            %7299 = arith.constant 4 : index
            %7300 = arith.muli %7298, %7299 : index
            %7301 = arith.addi %7300, %7296 : index
            %7302 = arith.muli %7301, %3821 : index
            %7303 = arith.divui %7291, %3813 : index
            %7304 = arith.remui %7291, %3813 : index
            %7305 = arith.muli %7303, %3819 : index
            %7306 = arith.addi %7305, %7304 : index
            %7307 = arith.addi %7291, %3819 : index
            %7308 = memref.load %3816[%7307] : memref<128xf32>
            %7309 = vector.broadcast %7308 : f32 to vector<8xf32>
            %7310 = arith.addi %7302, %3813 : index
            %7311 = arith.addi %7302, %10 : index
            %7312 = arith.constant 24 : index
            %7313 = arith.addi %7302, %7312 : index
            %7314 = vector.load %3[%7302] : memref<?xf32>, vector<8xf32>
            %7315 = arith.mulf %7314, %7309 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7316 = vector.load %3[%7310] : memref<?xf32>, vector<8xf32>
            %7317 = arith.mulf %7316, %7309 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7318 = vector.load %3[%7311] : memref<?xf32>, vector<8xf32>
            %7319 = arith.mulf %7318, %7309 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7320 = vector.load %3[%7313] : memref<?xf32>, vector<8xf32>
            %7321 = arith.mulf %7320, %7309 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7322, %7323, %7324, %7325 = scf.for %7326 = %20 to %3813 step %3813 iter_args(%7327 = %7315, %7328 = %7317, %7329 = %7319, %7330 = %7321) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %7331 = arith.muli %7326, %3819 : index
              %7332 = arith.addi %6491, %7331 : index
              %7333 = arith.muli %7326, %3813 : index
              %7334 = arith.addi %7306, %7333 : index
              %7335 = vector.load %2[%7332] : memref<?xf32>, vector<8xf32>
              %7336 = arith.addi %7332, %3813 : index
              %7337 = vector.load %2[%7336] : memref<?xf32>, vector<8xf32>
              %7338 = arith.addi %7332, %10 : index
              %7339 = vector.load %2[%7338] : memref<?xf32>, vector<8xf32>
              %7340 = arith.addi %7332, %7312 : index
              %7341 = vector.load %2[%7340] : memref<?xf32>, vector<8xf32>
              %7342 = memref.load %3817[%7334] : memref<1024xf32>
              %7343 = vector.broadcast %7342 : f32 to vector<8xf32>
              %7344 = vector.fma %7343, %7335, %7327 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7345 = vector.fma %7343, %7337, %7328 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7346 = vector.fma %7343, %7339, %7329 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7347 = vector.fma %7343, %7341, %7330 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7348 = arith.addi %7332, %3819 : index
              %7349 = vector.load %2[%7348] : memref<?xf32>, vector<8xf32>
              %7350 = arith.constant 72 : index
              %7351 = arith.addi %7332, %7350 : index
              %7352 = vector.load %2[%7351] : memref<?xf32>, vector<8xf32>
              %7353 = arith.constant 80 : index
              %7354 = arith.addi %7332, %7353 : index
              %7355 = vector.load %2[%7354] : memref<?xf32>, vector<8xf32>
              %7356 = arith.constant 88 : index
              %7357 = arith.addi %7332, %7356 : index
              %7358 = vector.load %2[%7357] : memref<?xf32>, vector<8xf32>
              %7359 = arith.addi %7334, %3813 : index
              %7360 = memref.load %3817[%7359] : memref<1024xf32>
              %7361 = vector.broadcast %7360 : f32 to vector<8xf32>
              %7362 = vector.fma %7361, %7349, %7344 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7363 = vector.fma %7361, %7352, %7345 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7364 = vector.fma %7361, %7355, %7346 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7365 = vector.fma %7361, %7358, %7347 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7366 = arith.addi %7332, %18 : index
              %7367 = vector.load %2[%7366] : memref<?xf32>, vector<8xf32>
              %7368 = arith.constant 136 : index
              %7369 = arith.addi %7332, %7368 : index
              %7370 = vector.load %2[%7369] : memref<?xf32>, vector<8xf32>
              %7371 = arith.constant 144 : index
              %7372 = arith.addi %7332, %7371 : index
              %7373 = vector.load %2[%7372] : memref<?xf32>, vector<8xf32>
              %7374 = arith.constant 152 : index
              %7375 = arith.addi %7332, %7374 : index
              %7376 = vector.load %2[%7375] : memref<?xf32>, vector<8xf32>
              %7377 = arith.addi %7334, %10 : index
              %7378 = memref.load %3817[%7377] : memref<1024xf32>
              %7379 = vector.broadcast %7378 : f32 to vector<8xf32>
              %7380 = vector.fma %7379, %7367, %7362 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7381 = vector.fma %7379, %7370, %7363 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7382 = vector.fma %7379, %7373, %7364 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7383 = vector.fma %7379, %7376, %7365 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7384 = arith.constant 192 : index
              %7385 = arith.addi %7332, %7384 : index
              %7386 = vector.load %2[%7385] : memref<?xf32>, vector<8xf32>
              %7387 = arith.constant 200 : index
              %7388 = arith.addi %7332, %7387 : index
              %7389 = vector.load %2[%7388] : memref<?xf32>, vector<8xf32>
              %7390 = arith.constant 208 : index
              %7391 = arith.addi %7332, %7390 : index
              %7392 = vector.load %2[%7391] : memref<?xf32>, vector<8xf32>
              %7393 = arith.constant 216 : index
              %7394 = arith.addi %7332, %7393 : index
              %7395 = vector.load %2[%7394] : memref<?xf32>, vector<8xf32>
              %7396 = arith.addi %7334, %7312 : index
              %7397 = memref.load %3817[%7396] : memref<1024xf32>
              %7398 = vector.broadcast %7397 : f32 to vector<8xf32>
              %7399 = vector.fma %7398, %7386, %7380 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7400 = vector.fma %7398, %7389, %7381 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7401 = vector.fma %7398, %7392, %7382 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7402 = vector.fma %7398, %7395, %7383 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7403 = arith.constant 256 : index
              %7404 = arith.addi %7332, %7403 : index
              %7405 = vector.load %2[%7404] : memref<?xf32>, vector<8xf32>
              %7406 = arith.constant 264 : index
              %7407 = arith.addi %7332, %7406 : index
              %7408 = vector.load %2[%7407] : memref<?xf32>, vector<8xf32>
              %7409 = arith.constant 272 : index
              %7410 = arith.addi %7332, %7409 : index
              %7411 = vector.load %2[%7410] : memref<?xf32>, vector<8xf32>
              %7412 = arith.constant 280 : index
              %7413 = arith.addi %7332, %7412 : index
              %7414 = vector.load %2[%7413] : memref<?xf32>, vector<8xf32>
              %7415 = arith.addi %7334, %3821 : index
              %7416 = memref.load %3817[%7415] : memref<1024xf32>
              %7417 = vector.broadcast %7416 : f32 to vector<8xf32>
              %7418 = vector.fma %7417, %7405, %7399 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7419 = vector.fma %7417, %7408, %7400 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7420 = vector.fma %7417, %7411, %7401 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7421 = vector.fma %7417, %7414, %7402 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7422 = arith.constant 320 : index
              %7423 = arith.addi %7332, %7422 : index
              %7424 = vector.load %2[%7423] : memref<?xf32>, vector<8xf32>
              %7425 = arith.constant 328 : index
              %7426 = arith.addi %7332, %7425 : index
              %7427 = vector.load %2[%7426] : memref<?xf32>, vector<8xf32>
              %7428 = arith.constant 336 : index
              %7429 = arith.addi %7332, %7428 : index
              %7430 = vector.load %2[%7429] : memref<?xf32>, vector<8xf32>
              %7431 = arith.constant 344 : index
              %7432 = arith.addi %7332, %7431 : index
              %7433 = vector.load %2[%7432] : memref<?xf32>, vector<8xf32>
              %7434 = arith.constant 40 : index
              %7435 = arith.addi %7334, %7434 : index
              %7436 = memref.load %3817[%7435] : memref<1024xf32>
              %7437 = vector.broadcast %7436 : f32 to vector<8xf32>
              %7438 = vector.fma %7437, %7424, %7418 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7439 = vector.fma %7437, %7427, %7419 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7440 = vector.fma %7437, %7430, %7420 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7441 = vector.fma %7437, %7433, %7421 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7442 = arith.constant 384 : index
              %7443 = arith.addi %7332, %7442 : index
              %7444 = vector.load %2[%7443] : memref<?xf32>, vector<8xf32>
              %7445 = arith.constant 392 : index
              %7446 = arith.addi %7332, %7445 : index
              %7447 = vector.load %2[%7446] : memref<?xf32>, vector<8xf32>
              %7448 = arith.constant 400 : index
              %7449 = arith.addi %7332, %7448 : index
              %7450 = vector.load %2[%7449] : memref<?xf32>, vector<8xf32>
              %7451 = arith.constant 408 : index
              %7452 = arith.addi %7332, %7451 : index
              %7453 = vector.load %2[%7452] : memref<?xf32>, vector<8xf32>
              %7454 = arith.constant 48 : index
              %7455 = arith.addi %7334, %7454 : index
              %7456 = memref.load %3817[%7455] : memref<1024xf32>
              %7457 = vector.broadcast %7456 : f32 to vector<8xf32>
              %7458 = vector.fma %7457, %7444, %7438 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7459 = vector.fma %7457, %7447, %7439 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7460 = vector.fma %7457, %7450, %7440 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7461 = vector.fma %7457, %7453, %7441 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7462 = arith.constant 448 : index
              %7463 = arith.addi %7332, %7462 : index
              %7464 = vector.load %2[%7463] : memref<?xf32>, vector<8xf32>
              %7465 = arith.constant 456 : index
              %7466 = arith.addi %7332, %7465 : index
              %7467 = vector.load %2[%7466] : memref<?xf32>, vector<8xf32>
              %7468 = arith.constant 464 : index
              %7469 = arith.addi %7332, %7468 : index
              %7470 = vector.load %2[%7469] : memref<?xf32>, vector<8xf32>
              %7471 = arith.constant 472 : index
              %7472 = arith.addi %7332, %7471 : index
              %7473 = vector.load %2[%7472] : memref<?xf32>, vector<8xf32>
              %7474 = arith.constant 56 : index
              %7475 = arith.addi %7334, %7474 : index
              %7476 = memref.load %3817[%7475] : memref<1024xf32>
              %7477 = vector.broadcast %7476 : f32 to vector<8xf32>
              %7478 = vector.fma %7477, %7464, %7458 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7479 = vector.fma %7477, %7467, %7459 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7480 = vector.fma %7477, %7470, %7460 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %7481 = vector.fma %7477, %7473, %7461 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              scf.yield %7478, %7479, %7480, %7481 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            vector.store %7322, %3[%7302] : memref<?xf32>, vector<8xf32>
            vector.store %7323, %3[%7310] : memref<?xf32>, vector<8xf32>
            vector.store %7324, %3[%7311] : memref<?xf32>, vector<8xf32>
            vector.store %7325, %3[%7313] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.for %7482 = %20 to %3810 step %21 {
          %7483 = arith.divui %7482, %12 : index
          %7484 = arith.remui %7482, %12 : index
          %7485 = arith.addi %3807, %7483 : index
          %7486 = arith.muli %3805, %12 : index
          %7487 = arith.addi %7486, %7484 : index
          %7488 = arith.muli %3806, %5 : index
          %7489 = arith.addi %7488, %7485 : index
          %7490 = arith.constant 4 : index
          %7491 = arith.muli %7489, %7490 : index
          %7492 = arith.addi %7491, %7487 : index
          %7493 = arith.muli %7492, %3821 : index
          %7494 = arith.addi %15, %7485 : index
          %7495 = arith.addi %7494, %21 : index
          scf.for %7496 = %3874 to %7495 step %21 {
            %7497 = arith.muli %7496, %3819 : index
            %7498 = arith.addi %3823, %7497 : index
            %7499 = vector.load %0[%7493] : memref<?xf32>, vector<8xf32>
            %7500 = vector.load %1[%7498] : memref<?xf32>, vector<8xf32>
            %7501 = arith.mulf %7499, %7500 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7502 = arith.addi %7493, %3813 : index
            %7503 = vector.load %0[%7502] : memref<?xf32>, vector<8xf32>
            %7504 = arith.addi %7498, %3813 : index
            %7505 = vector.load %1[%7504] : memref<?xf32>, vector<8xf32>
            %7506 = arith.mulf %7503, %7505 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7507 = arith.addi %7493, %10 : index
            %7508 = vector.load %0[%7507] : memref<?xf32>, vector<8xf32>
            %7509 = arith.addi %7498, %10 : index
            %7510 = vector.load %1[%7509] : memref<?xf32>, vector<8xf32>
            %7511 = vector.fma %7508, %7510, %7501 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7512 = arith.constant 24 : index
            %7513 = arith.addi %7493, %7512 : index
            %7514 = vector.load %0[%7513] : memref<?xf32>, vector<8xf32>
            %7515 = arith.addi %7498, %7512 : index
            %7516 = vector.load %1[%7515] : memref<?xf32>, vector<8xf32>
            %7517 = vector.fma %7514, %7516, %7506 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %7518 = arith.addf %7511, %7517 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7519 = vector.reduction <add>, %7518 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32> into f32
            %7520 = arith.mulf %7519, %3826 fastmath<reassoc,nsz,arcp,contract,afn> : f32
            %7521 = memref.load %3816[%7482] : memref<128xf32>
            %7522 = arith.cmpf ogt, %7521, %7520 : f32
            %7523 = arith.select %7522, %7521, %7520 : f32
            %7524 = arith.subf %7521, %7523 fastmath<reassoc,nsz,arcp,contract,afn> : f32
            %7525 = arith.subf %7520, %7523 fastmath<reassoc,nsz,arcp,contract,afn> : f32
            %7526 = vector.broadcast %7525 : f32 to vector<8xf32>
            %7527 = vector.insert %7524, %7526 [1] : f32 into vector<8xf32>
            %7528 = arith.constant -8.700000e+01 : f32
            %7529 = vector.broadcast %7528 : f32 to vector<8xf32>
            %7530 = arith.cmpf ogt, %7527, %7529 : vector<8xf32>
            %7531 = arith.select %7530, %7527, %7529 : vector<8xf32>
            %7532 = arith.constant 8.800000e+01 : f32
            %7533 = vector.broadcast %7532 : f32 to vector<8xf32>
            %7534 = arith.cmpf olt, %7531, %7533 : vector<8xf32>
            %7535 = arith.select %7534, %7531, %7533 : vector<8xf32>
            %7536 = math.exp %7535 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7537 = vector.extract %7536[0] : f32 from vector<8xf32>
            %7538 = vector.extract %7536[1] : f32 from vector<8xf32>
            %7539 = vector.broadcast %7537 : f32 to vector<8xf32>
            memref.store %7523, %3816[%7482] : memref<128xf32>
            %7540 = arith.addi %7482, %3821 : index
            %7541 = memref.load %3816[%7540] : memref<128xf32>
            %7542 = arith.mulf %7541, %7538 fastmath<reassoc,nsz,arcp,contract,afn> : f32
            %7543 = arith.addf %7542, %7537 fastmath<reassoc,nsz,arcp,contract,afn> : f32
            memref.store %7543, %3816[%7540] : memref<128xf32>
            %7544 = vector.broadcast %7538 : f32 to vector<8xf32>
            %7545 = vector.load %2[%7498] : memref<?xf32>, vector<8xf32>
            %7546 = vector.load %3[%7493] : memref<?xf32>, vector<8xf32>
            %7547 = arith.mulf %7546, %7544 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7548 = vector.fma %7539, %7545, %7547 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            vector.store %7548, %3[%7493] : memref<?xf32>, vector<8xf32>
            %7549 = vector.load %2[%7504] : memref<?xf32>, vector<8xf32>
            %7550 = vector.load %3[%7502] : memref<?xf32>, vector<8xf32>
            %7551 = arith.mulf %7550, %7544 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7552 = vector.fma %7539, %7549, %7551 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            vector.store %7552, %3[%7502] : memref<?xf32>, vector<8xf32>
            %7553 = vector.load %2[%7509] : memref<?xf32>, vector<8xf32>
            %7554 = vector.load %3[%7507] : memref<?xf32>, vector<8xf32>
            %7555 = arith.mulf %7554, %7544 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7556 = vector.fma %7539, %7553, %7555 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            vector.store %7556, %3[%7507] : memref<?xf32>, vector<8xf32>
            %7557 = vector.load %2[%7515] : memref<?xf32>, vector<8xf32>
            %7558 = vector.load %3[%7513] : memref<?xf32>, vector<8xf32>
            %7559 = arith.mulf %7558, %7544 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %7560 = vector.fma %7539, %7557, %7559 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            vector.store %7560, %3[%7513] : memref<?xf32>, vector<8xf32>
          }
          %7561 = arith.addi %7482, %3821 : index
          %7562 = memref.load %3816[%7561] : memref<128xf32>
          %7563 = arith.cmpf ogt, %7562, %3824 : f32
          %7564 = arith.constant 1.000000e+00 : f32
          %7565 = arith.divf %7564, %7562 fastmath<reassoc,nsz,arcp,contract,afn> : f32
          %7566 = arith.select %7563, %7565, %3824 : f32
          %7567 = vector.broadcast %7566 : f32 to vector<8xf32>
          %7568 = vector.load %3[%7493] : memref<?xf32>, vector<8xf32>
          %7569 = arith.mulf %7568, %7567 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          vector.store %7569, %3[%7493] : memref<?xf32>, vector<8xf32>
          %7570 = arith.addi %7493, %3813 : index
          %7571 = vector.load %3[%7570] : memref<?xf32>, vector<8xf32>
          %7572 = arith.mulf %7571, %7567 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          vector.store %7572, %3[%7570] : memref<?xf32>, vector<8xf32>
          %7573 = arith.addi %7493, %10 : index
          %7574 = vector.load %3[%7573] : memref<?xf32>, vector<8xf32>
          %7575 = arith.mulf %7574, %7567 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          vector.store %7575, %3[%7573] : memref<?xf32>, vector<8xf32>
          %7576 = arith.constant 24 : index
          %7577 = arith.addi %7493, %7576 : index
          %7578 = vector.load %3[%7577] : memref<?xf32>, vector<8xf32>
          %7579 = arith.mulf %7578, %7567 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          vector.store %7579, %3[%7577] : memref<?xf32>, vector<8xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @attention_nh4_nkv2_hd32_causal_splitk(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: memref<?xf32>, %4: index, %5: index, %6: index, %7: index) attributes {rlx.kernel = {family = "attention", num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal = true, has_mask = false, variant = "splitk", parallel_min_work = 524288 : i64, value_chunk = 4 : i64, min_keys = 32 : i64, max_chunks = 8 : i64, scratch_bytes = 131072 : i64}} {
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
    %24 = arith.constant 524288 : index
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
      %35 = arith.cmpi ult, %34, %24 : index
      scf.if %35 {
        scf.for %36 = %28 to %32 step %9 {
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
              %131 = arith.mulf %110, %130 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %132 = arith.mulf %114, %130 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %133 = arith.addi %129, %11 : index
              %134 = vector.load %1[%133] : memref<?xf32>, vector<8xf32>
              %135 = vector.fma %116, %134, %131 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %136 = vector.fma %118, %134, %132 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %137 = arith.addi %129, %119 : index
              %138 = vector.load %1[%137] : memref<?xf32>, vector<8xf32>
              %139 = vector.fma %121, %138, %135 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %140 = vector.fma %123, %138, %136 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %141 = arith.addi %129, %124 : index
              %142 = vector.load %1[%141] : memref<?xf32>, vector<8xf32>
              %143 = vector.fma %126, %142, %139 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %144 = vector.fma %128, %142, %140 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %145 = arith.addi %92, %107 : index
              %146 = vector.load %1[%145] : memref<?xf32>, vector<8xf32>
              %147 = arith.mulf %110, %146 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %148 = arith.mulf %114, %146 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %149 = arith.addi %145, %11 : index
              %150 = vector.load %1[%149] : memref<?xf32>, vector<8xf32>
              %151 = vector.fma %116, %150, %147 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %152 = vector.fma %118, %150, %148 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %153 = arith.addi %145, %119 : index
              %154 = vector.load %1[%153] : memref<?xf32>, vector<8xf32>
              %155 = vector.fma %121, %154, %151 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %156 = vector.fma %123, %154, %152 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %157 = arith.addi %145, %124 : index
              %158 = vector.load %1[%157] : memref<?xf32>, vector<8xf32>
              %159 = vector.fma %126, %158, %155 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %160 = vector.fma %128, %158, %156 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %161 = arith.addi %94, %107 : index
              %162 = vector.load %1[%161] : memref<?xf32>, vector<8xf32>
              %163 = arith.mulf %110, %162 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %164 = arith.mulf %114, %162 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %165 = arith.addi %161, %11 : index
              %166 = vector.load %1[%165] : memref<?xf32>, vector<8xf32>
              %167 = vector.fma %116, %166, %163 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %168 = vector.fma %118, %166, %164 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %169 = arith.addi %161, %119 : index
              %170 = vector.load %1[%169] : memref<?xf32>, vector<8xf32>
              %171 = vector.fma %121, %170, %167 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %172 = vector.fma %123, %170, %168 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %173 = arith.addi %161, %124 : index
              %174 = vector.load %1[%173] : memref<?xf32>, vector<8xf32>
              %175 = vector.fma %126, %174, %171 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %176 = vector.fma %128, %174, %172 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %177 = arith.addi %96, %107 : index
              %178 = vector.load %1[%177] : memref<?xf32>, vector<8xf32>
              %179 = arith.mulf %110, %178 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %180 = arith.mulf %114, %178 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %181 = arith.addi %177, %11 : index
              %182 = vector.load %1[%181] : memref<?xf32>, vector<8xf32>
              %183 = vector.fma %116, %182, %179 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %184 = vector.fma %118, %182, %180 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %185 = arith.addi %177, %119 : index
              %186 = vector.load %1[%185] : memref<?xf32>, vector<8xf32>
              %187 = vector.fma %121, %186, %183 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %188 = vector.fma %123, %186, %184 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %189 = arith.addi %177, %124 : index
              %190 = vector.load %1[%189] : memref<?xf32>, vector<8xf32>
              %191 = vector.fma %126, %190, %187 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %192 = vector.fma %128, %190, %188 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %193 = arith.addi %98, %107 : index
              %194 = vector.load %1[%193] : memref<?xf32>, vector<8xf32>
              %195 = arith.mulf %110, %194 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %196 = arith.mulf %114, %194 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %197 = arith.addi %193, %11 : index
              %198 = vector.load %1[%197] : memref<?xf32>, vector<8xf32>
              %199 = vector.fma %116, %198, %195 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %200 = vector.fma %118, %198, %196 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %201 = arith.addi %193, %119 : index
              %202 = vector.load %1[%201] : memref<?xf32>, vector<8xf32>
              %203 = vector.fma %121, %202, %199 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %204 = vector.fma %123, %202, %200 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %205 = arith.addi %193, %124 : index
              %206 = vector.load %1[%205] : memref<?xf32>, vector<8xf32>
              %207 = vector.fma %126, %206, %203 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %208 = vector.fma %128, %206, %204 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %209 = arith.addi %100, %107 : index
              %210 = vector.load %1[%209] : memref<?xf32>, vector<8xf32>
              %211 = arith.mulf %110, %210 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %212 = arith.mulf %114, %210 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %213 = arith.addi %209, %11 : index
              %214 = vector.load %1[%213] : memref<?xf32>, vector<8xf32>
              %215 = vector.fma %116, %214, %211 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %216 = vector.fma %118, %214, %212 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %217 = arith.addi %209, %119 : index
              %218 = vector.load %1[%217] : memref<?xf32>, vector<8xf32>
              %219 = vector.fma %121, %218, %215 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %220 = vector.fma %123, %218, %216 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %221 = arith.addi %209, %124 : index
              %222 = vector.load %1[%221] : memref<?xf32>, vector<8xf32>
              %223 = vector.fma %126, %222, %219 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %224 = vector.fma %128, %222, %220 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %225 = arith.addi %102, %107 : index
              %226 = vector.load %1[%225] : memref<?xf32>, vector<8xf32>
              %227 = arith.mulf %110, %226 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %228 = arith.mulf %114, %226 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %229 = arith.addi %225, %11 : index
              %230 = vector.load %1[%229] : memref<?xf32>, vector<8xf32>
              %231 = vector.fma %116, %230, %227 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %232 = vector.fma %118, %230, %228 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %233 = arith.addi %225, %119 : index
              %234 = vector.load %1[%233] : memref<?xf32>, vector<8xf32>
              %235 = vector.fma %121, %234, %231 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %236 = vector.fma %123, %234, %232 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %237 = arith.addi %225, %124 : index
              %238 = vector.load %1[%237] : memref<?xf32>, vector<8xf32>
              %239 = vector.fma %126, %238, %235 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %240 = vector.fma %128, %238, %236 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %241 = arith.addi %104, %107 : index
              %242 = vector.load %1[%241] : memref<?xf32>, vector<8xf32>
              %243 = arith.mulf %110, %242 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %244 = arith.mulf %114, %242 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %245 = arith.addi %241, %11 : index
              %246 = vector.load %1[%245] : memref<?xf32>, vector<8xf32>
              %247 = vector.fma %116, %246, %243 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %248 = vector.fma %118, %246, %244 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %249 = arith.addi %241, %119 : index
              %250 = vector.load %1[%249] : memref<?xf32>, vector<8xf32>
              %251 = vector.fma %121, %250, %247 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %252 = vector.fma %123, %250, %248 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %253 = arith.addi %241, %124 : index
              %254 = vector.load %1[%253] : memref<?xf32>, vector<8xf32>
              %255 = vector.fma %126, %254, %251 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %256 = vector.fma %128, %254, %252 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %257 = vector.shuffle %143, %159 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %258 = vector.shuffle %143, %159 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %259 = arith.addf %257, %258 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %260 = vector.shuffle %175, %191 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %261 = vector.shuffle %175, %191 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %262 = arith.addf %260, %261 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %263 = vector.shuffle %207, %223 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %264 = vector.shuffle %207, %223 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %265 = arith.addf %263, %264 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %266 = vector.shuffle %239, %255 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %267 = vector.shuffle %239, %255 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %268 = arith.addf %266, %267 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %269 = vector.shuffle %259, %262 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %270 = vector.shuffle %259, %262 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %271 = arith.addf %269, %270 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %272 = vector.shuffle %265, %268 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %273 = vector.shuffle %265, %268 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %274 = arith.addf %272, %273 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %275 = vector.shuffle %271, %274 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %276 = vector.shuffle %271, %274 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %277 = arith.addf %275, %276 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %278 = arith.mulf %277, %56 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %279 = arith.muli %105, %11 : index
              vector.store %278, %51[%279] : memref<32xf32>, vector<8xf32>
              %280 = vector.shuffle %144, %160 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %281 = vector.shuffle %144, %160 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %282 = arith.addf %280, %281 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %283 = vector.shuffle %176, %192 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %284 = vector.shuffle %176, %192 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %285 = arith.addf %283, %284 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %286 = vector.shuffle %208, %224 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %287 = vector.shuffle %208, %224 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %288 = arith.addf %286, %287 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %289 = vector.shuffle %240, %256 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %290 = vector.shuffle %240, %256 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %291 = arith.addf %289, %290 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %292 = vector.shuffle %282, %285 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %293 = vector.shuffle %282, %285 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %294 = arith.addf %292, %293 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %295 = vector.shuffle %288, %291 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %296 = vector.shuffle %288, %291 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %297 = arith.addf %295, %296 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %298 = vector.shuffle %294, %297 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %299 = vector.shuffle %294, %297 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %300 = arith.addf %298, %299 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %301 = arith.mulf %300, %56 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %302 = arith.muli %111, %11 : index
              vector.store %301, %51[%302] : memref<32xf32>, vector<8xf32>
            }
            scf.for %303 = %28 to %58 step %9 {
              %304 = arith.muli %303, %11 : index
              %305 = vector.load %51[%304] : memref<32xf32>, vector<8xf32>
              %306 = arith.addi %46, %22 : index
              %307 = arith.addi %306, %303 : index
              %308 = memref.load %8[%307] : memref<4608xf32>
              %309 = vector.reduction <maxnumf>, %305 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32> into f32
              %310 = arith.cmpf ogt, %308, %309 : f32
              %311 = arith.select %310, %308, %309 : f32
              %312 = vector.broadcast %311 : f32 to vector<8xf32>
              %313 = arith.subf %305, %312 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %314 = arith.constant -8.700000e+01 : f32
              %315 = vector.broadcast %314 : f32 to vector<8xf32>
              %316 = arith.cmpf ogt, %313, %315 : vector<8xf32>
              %317 = arith.select %316, %313, %315 : vector<8xf32>
              %318 = arith.constant 8.800000e+01 : f32
              %319 = vector.broadcast %318 : f32 to vector<8xf32>
              %320 = arith.cmpf olt, %317, %319 : vector<8xf32>
              %321 = arith.select %320, %317, %319 : vector<8xf32>
              %322 = math.exp %321 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %323 = arith.subf %308, %311 fastmath<reassoc,nsz,arcp,contract,afn> : f32
              %324 = vector.broadcast %323 : f32 to vector<8xf32>
              %325 = arith.cmpf ogt, %324, %315 : vector<8xf32>
              %326 = arith.select %325, %324, %315 : vector<8xf32>
              %327 = arith.cmpf olt, %326, %319 : vector<8xf32>
              %328 = arith.select %327, %326, %319 : vector<8xf32>
              %329 = math.exp %328 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %330 = vector.extract %329[0] : f32 from vector<8xf32>
              vector.store %322, %51[%304] : memref<32xf32>, vector<8xf32>
              memref.store %311, %8[%307] : memref<4608xf32>
              %331 = arith.constant 132 : index
              %332 = arith.addi %46, %331 : index
              %333 = arith.addi %332, %303 : index
              %334 = memref.load %8[%333] : memref<4608xf32>
              %335 = arith.mulf %334, %330 fastmath<reassoc,nsz,arcp,contract,afn> : f32
              %336 = vector.reduction <add>, %322 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32> into f32
              %337 = arith.addf %335, %336 fastmath<reassoc,nsz,arcp,contract,afn> : f32
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
              %407 = arith.mulf %406, %343 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %408 = vector.load %8[%397] : memref<4608xf32>, vector<8xf32>
              %409 = arith.mulf %408, %345 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %410 = vector.load %8[%398] : memref<4608xf32>, vector<8xf32>
              %411 = arith.mulf %410, %343 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %412 = vector.load %8[%399] : memref<4608xf32>, vector<8xf32>
              %413 = arith.mulf %412, %345 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %414 = vector.load %8[%401] : memref<4608xf32>, vector<8xf32>
              %415 = arith.mulf %414, %343 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %416 = vector.load %8[%402] : memref<4608xf32>, vector<8xf32>
              %417 = arith.mulf %416, %345 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %418 = vector.load %8[%404] : memref<4608xf32>, vector<8xf32>
              %419 = arith.mulf %418, %343 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %420 = vector.load %8[%405] : memref<4608xf32>, vector<8xf32>
              %421 = arith.mulf %420, %345 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %422 = arith.addi %90, %341 : index
              %423 = vector.load %2[%422] : memref<?xf32>, vector<8xf32>
              %424 = vector.fma %348, %423, %407 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %425 = vector.fma %372, %423, %409 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %426 = arith.addi %422, %11 : index
              %427 = vector.load %2[%426] : memref<?xf32>, vector<8xf32>
              %428 = vector.fma %348, %427, %411 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %429 = vector.fma %372, %427, %413 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %430 = arith.addi %422, %400 : index
              %431 = vector.load %2[%430] : memref<?xf32>, vector<8xf32>
              %432 = vector.fma %348, %431, %415 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %433 = vector.fma %372, %431, %417 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %434 = arith.addi %422, %403 : index
              %435 = vector.load %2[%434] : memref<?xf32>, vector<8xf32>
              %436 = vector.fma %348, %435, %419 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %437 = vector.fma %372, %435, %421 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %438 = arith.addi %92, %341 : index
              %439 = vector.load %2[%438] : memref<?xf32>, vector<8xf32>
              %440 = vector.fma %351, %439, %424 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %441 = vector.fma %375, %439, %425 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %442 = arith.addi %438, %11 : index
              %443 = vector.load %2[%442] : memref<?xf32>, vector<8xf32>
              %444 = vector.fma %351, %443, %428 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %445 = vector.fma %375, %443, %429 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %446 = arith.addi %438, %400 : index
              %447 = vector.load %2[%446] : memref<?xf32>, vector<8xf32>
              %448 = vector.fma %351, %447, %432 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %449 = vector.fma %375, %447, %433 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %450 = arith.addi %438, %403 : index
              %451 = vector.load %2[%450] : memref<?xf32>, vector<8xf32>
              %452 = vector.fma %351, %451, %436 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %453 = vector.fma %375, %451, %437 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %454 = arith.addi %94, %341 : index
              %455 = vector.load %2[%454] : memref<?xf32>, vector<8xf32>
              %456 = vector.fma %354, %455, %440 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %457 = vector.fma %378, %455, %441 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %458 = arith.addi %454, %11 : index
              %459 = vector.load %2[%458] : memref<?xf32>, vector<8xf32>
              %460 = vector.fma %354, %459, %444 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %461 = vector.fma %378, %459, %445 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %462 = arith.addi %454, %400 : index
              %463 = vector.load %2[%462] : memref<?xf32>, vector<8xf32>
              %464 = vector.fma %354, %463, %448 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %465 = vector.fma %378, %463, %449 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %466 = arith.addi %454, %403 : index
              %467 = vector.load %2[%466] : memref<?xf32>, vector<8xf32>
              %468 = vector.fma %354, %467, %452 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %469 = vector.fma %378, %467, %453 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %470 = arith.addi %96, %341 : index
              %471 = vector.load %2[%470] : memref<?xf32>, vector<8xf32>
              %472 = vector.fma %357, %471, %456 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %473 = vector.fma %381, %471, %457 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %474 = arith.addi %470, %11 : index
              %475 = vector.load %2[%474] : memref<?xf32>, vector<8xf32>
              %476 = vector.fma %357, %475, %460 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %477 = vector.fma %381, %475, %461 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %478 = arith.addi %470, %400 : index
              %479 = vector.load %2[%478] : memref<?xf32>, vector<8xf32>
              %480 = vector.fma %357, %479, %464 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %481 = vector.fma %381, %479, %465 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %482 = arith.addi %470, %403 : index
              %483 = vector.load %2[%482] : memref<?xf32>, vector<8xf32>
              %484 = vector.fma %357, %483, %468 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %485 = vector.fma %381, %483, %469 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %486 = arith.addi %98, %341 : index
              %487 = vector.load %2[%486] : memref<?xf32>, vector<8xf32>
              %488 = vector.fma %360, %487, %472 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %489 = vector.fma %384, %487, %473 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %490 = arith.addi %486, %11 : index
              %491 = vector.load %2[%490] : memref<?xf32>, vector<8xf32>
              %492 = vector.fma %360, %491, %476 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %493 = vector.fma %384, %491, %477 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %494 = arith.addi %486, %400 : index
              %495 = vector.load %2[%494] : memref<?xf32>, vector<8xf32>
              %496 = vector.fma %360, %495, %480 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %497 = vector.fma %384, %495, %481 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %498 = arith.addi %486, %403 : index
              %499 = vector.load %2[%498] : memref<?xf32>, vector<8xf32>
              %500 = vector.fma %360, %499, %484 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %501 = vector.fma %384, %499, %485 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %502 = arith.addi %100, %341 : index
              %503 = vector.load %2[%502] : memref<?xf32>, vector<8xf32>
              %504 = vector.fma %363, %503, %488 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %505 = vector.fma %387, %503, %489 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %506 = arith.addi %502, %11 : index
              %507 = vector.load %2[%506] : memref<?xf32>, vector<8xf32>
              %508 = vector.fma %363, %507, %492 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %509 = vector.fma %387, %507, %493 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %510 = arith.addi %502, %400 : index
              %511 = vector.load %2[%510] : memref<?xf32>, vector<8xf32>
              %512 = vector.fma %363, %511, %496 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %513 = vector.fma %387, %511, %497 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %514 = arith.addi %502, %403 : index
              %515 = vector.load %2[%514] : memref<?xf32>, vector<8xf32>
              %516 = vector.fma %363, %515, %500 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %517 = vector.fma %387, %515, %501 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %518 = arith.addi %102, %341 : index
              %519 = vector.load %2[%518] : memref<?xf32>, vector<8xf32>
              %520 = vector.fma %366, %519, %504 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %521 = vector.fma %390, %519, %505 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %522 = arith.addi %518, %11 : index
              %523 = vector.load %2[%522] : memref<?xf32>, vector<8xf32>
              %524 = vector.fma %366, %523, %508 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %525 = vector.fma %390, %523, %509 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %526 = arith.addi %518, %400 : index
              %527 = vector.load %2[%526] : memref<?xf32>, vector<8xf32>
              %528 = vector.fma %366, %527, %512 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %529 = vector.fma %390, %527, %513 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %530 = arith.addi %518, %403 : index
              %531 = vector.load %2[%530] : memref<?xf32>, vector<8xf32>
              %532 = vector.fma %366, %531, %516 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %533 = vector.fma %390, %531, %517 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %534 = arith.addi %104, %341 : index
              %535 = vector.load %2[%534] : memref<?xf32>, vector<8xf32>
              %536 = vector.fma %369, %535, %520 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %537 = vector.fma %393, %535, %521 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %538 = arith.addi %534, %11 : index
              %539 = vector.load %2[%538] : memref<?xf32>, vector<8xf32>
              %540 = vector.fma %369, %539, %524 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %541 = vector.fma %393, %539, %525 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %542 = arith.addi %534, %400 : index
              %543 = vector.load %2[%542] : memref<?xf32>, vector<8xf32>
              %544 = vector.fma %369, %543, %528 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %545 = vector.fma %393, %543, %529 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %546 = arith.addi %534, %403 : index
              %547 = vector.load %2[%546] : memref<?xf32>, vector<8xf32>
              %548 = vector.fma %369, %547, %532 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %549 = vector.fma %393, %547, %533 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
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
              %617 = arith.mulf %596, %616 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %618 = arith.mulf %600, %616 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %619 = arith.addi %615, %11 : index
              %620 = vector.load %1[%619] : memref<?xf32>, vector<8xf32>
              %621 = vector.fma %602, %620, %617 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %622 = vector.fma %604, %620, %618 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %623 = arith.addi %615, %605 : index
              %624 = vector.load %1[%623] : memref<?xf32>, vector<8xf32>
              %625 = vector.fma %607, %624, %621 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %626 = vector.fma %609, %624, %622 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %627 = arith.addi %615, %610 : index
              %628 = vector.load %1[%627] : memref<?xf32>, vector<8xf32>
              %629 = vector.fma %612, %628, %625 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %630 = vector.fma %614, %628, %626 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %631 = arith.addi %574, %593 : index
              %632 = vector.load %1[%631] : memref<?xf32>, vector<8xf32>
              %633 = arith.mulf %596, %632 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %634 = arith.mulf %600, %632 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %635 = arith.addi %631, %11 : index
              %636 = vector.load %1[%635] : memref<?xf32>, vector<8xf32>
              %637 = vector.fma %602, %636, %633 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %638 = vector.fma %604, %636, %634 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %639 = arith.addi %631, %605 : index
              %640 = vector.load %1[%639] : memref<?xf32>, vector<8xf32>
              %641 = vector.fma %607, %640, %637 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %642 = vector.fma %609, %640, %638 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %643 = arith.addi %631, %610 : index
              %644 = vector.load %1[%643] : memref<?xf32>, vector<8xf32>
              %645 = vector.fma %612, %644, %641 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %646 = vector.fma %614, %644, %642 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %647 = arith.addi %576, %593 : index
              %648 = vector.load %1[%647] : memref<?xf32>, vector<8xf32>
              %649 = arith.mulf %596, %648 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %650 = arith.mulf %600, %648 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %651 = arith.addi %647, %11 : index
              %652 = vector.load %1[%651] : memref<?xf32>, vector<8xf32>
              %653 = vector.fma %602, %652, %649 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %654 = vector.fma %604, %652, %650 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %655 = arith.addi %647, %605 : index
              %656 = vector.load %1[%655] : memref<?xf32>, vector<8xf32>
              %657 = vector.fma %607, %656, %653 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %658 = vector.fma %609, %656, %654 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %659 = arith.addi %647, %610 : index
              %660 = vector.load %1[%659] : memref<?xf32>, vector<8xf32>
              %661 = vector.fma %612, %660, %657 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %662 = vector.fma %614, %660, %658 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %663 = arith.addi %578, %593 : index
              %664 = vector.load %1[%663] : memref<?xf32>, vector<8xf32>
              %665 = arith.mulf %596, %664 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %666 = arith.mulf %600, %664 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %667 = arith.addi %663, %11 : index
              %668 = vector.load %1[%667] : memref<?xf32>, vector<8xf32>
              %669 = vector.fma %602, %668, %665 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %670 = vector.fma %604, %668, %666 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %671 = arith.addi %663, %605 : index
              %672 = vector.load %1[%671] : memref<?xf32>, vector<8xf32>
              %673 = vector.fma %607, %672, %669 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %674 = vector.fma %609, %672, %670 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %675 = arith.addi %663, %610 : index
              %676 = vector.load %1[%675] : memref<?xf32>, vector<8xf32>
              %677 = vector.fma %612, %676, %673 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %678 = vector.fma %614, %676, %674 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %679 = arith.addi %580, %593 : index
              %680 = vector.load %1[%679] : memref<?xf32>, vector<8xf32>
              %681 = arith.mulf %596, %680 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %682 = arith.mulf %600, %680 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %683 = arith.addi %679, %11 : index
              %684 = vector.load %1[%683] : memref<?xf32>, vector<8xf32>
              %685 = vector.fma %602, %684, %681 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %686 = vector.fma %604, %684, %682 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %687 = arith.addi %679, %605 : index
              %688 = vector.load %1[%687] : memref<?xf32>, vector<8xf32>
              %689 = vector.fma %607, %688, %685 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %690 = vector.fma %609, %688, %686 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %691 = arith.addi %679, %610 : index
              %692 = vector.load %1[%691] : memref<?xf32>, vector<8xf32>
              %693 = vector.fma %612, %692, %689 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %694 = vector.fma %614, %692, %690 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %695 = arith.addi %582, %593 : index
              %696 = vector.load %1[%695] : memref<?xf32>, vector<8xf32>
              %697 = arith.mulf %596, %696 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %698 = arith.mulf %600, %696 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %699 = arith.addi %695, %11 : index
              %700 = vector.load %1[%699] : memref<?xf32>, vector<8xf32>
              %701 = vector.fma %602, %700, %697 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %702 = vector.fma %604, %700, %698 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %703 = arith.addi %695, %605 : index
              %704 = vector.load %1[%703] : memref<?xf32>, vector<8xf32>
              %705 = vector.fma %607, %704, %701 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %706 = vector.fma %609, %704, %702 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %707 = arith.addi %695, %610 : index
              %708 = vector.load %1[%707] : memref<?xf32>, vector<8xf32>
              %709 = vector.fma %612, %708, %705 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %710 = vector.fma %614, %708, %706 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %711 = arith.addi %584, %593 : index
              %712 = vector.load %1[%711] : memref<?xf32>, vector<8xf32>
              %713 = arith.mulf %596, %712 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %714 = arith.mulf %600, %712 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %715 = arith.addi %711, %11 : index
              %716 = vector.load %1[%715] : memref<?xf32>, vector<8xf32>
              %717 = vector.fma %602, %716, %713 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %718 = vector.fma %604, %716, %714 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %719 = arith.addi %711, %605 : index
              %720 = vector.load %1[%719] : memref<?xf32>, vector<8xf32>
              %721 = vector.fma %607, %720, %717 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %722 = vector.fma %609, %720, %718 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %723 = arith.addi %711, %610 : index
              %724 = vector.load %1[%723] : memref<?xf32>, vector<8xf32>
              %725 = vector.fma %612, %724, %721 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %726 = vector.fma %614, %724, %722 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %727 = arith.addi %586, %593 : index
              %728 = vector.load %1[%727] : memref<?xf32>, vector<8xf32>
              %729 = arith.mulf %596, %728 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %730 = arith.mulf %600, %728 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %731 = arith.addi %727, %11 : index
              %732 = vector.load %1[%731] : memref<?xf32>, vector<8xf32>
              %733 = vector.fma %602, %732, %729 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %734 = vector.fma %604, %732, %730 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %735 = arith.addi %727, %605 : index
              %736 = vector.load %1[%735] : memref<?xf32>, vector<8xf32>
              %737 = vector.fma %607, %736, %733 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %738 = vector.fma %609, %736, %734 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %739 = arith.addi %727, %610 : index
              %740 = vector.load %1[%739] : memref<?xf32>, vector<8xf32>
              %741 = vector.fma %612, %740, %737 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %742 = vector.fma %614, %740, %738 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %743 = vector.shuffle %629, %645 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %744 = vector.shuffle %629, %645 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %745 = arith.addf %743, %744 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %746 = vector.shuffle %661, %677 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %747 = vector.shuffle %661, %677 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %748 = arith.addf %746, %747 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %749 = vector.shuffle %693, %709 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %750 = vector.shuffle %693, %709 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %751 = arith.addf %749, %750 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %752 = vector.shuffle %725, %741 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %753 = vector.shuffle %725, %741 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %754 = arith.addf %752, %753 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %755 = vector.shuffle %745, %748 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %756 = vector.shuffle %745, %748 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %757 = arith.addf %755, %756 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %758 = vector.shuffle %751, %754 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %759 = vector.shuffle %751, %754 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %760 = arith.addf %758, %759 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %761 = vector.shuffle %757, %760 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %762 = vector.shuffle %757, %760 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %763 = arith.addf %761, %762 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %764 = arith.mulf %763, %56 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %765 = arith.muli %591, %11 : index
              vector.store %764, %51[%765] : memref<32xf32>, vector<8xf32>
              %766 = vector.shuffle %630, %646 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %767 = vector.shuffle %630, %646 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %768 = arith.addf %766, %767 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %769 = vector.shuffle %662, %678 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %770 = vector.shuffle %662, %678 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %771 = arith.addf %769, %770 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %772 = vector.shuffle %694, %710 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %773 = vector.shuffle %694, %710 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %774 = arith.addf %772, %773 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %775 = vector.shuffle %726, %742 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %776 = vector.shuffle %726, %742 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %777 = arith.addf %775, %776 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %778 = vector.shuffle %768, %771 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %779 = vector.shuffle %768, %771 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %780 = arith.addf %778, %779 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %781 = vector.shuffle %774, %777 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %782 = vector.shuffle %774, %777 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %783 = arith.addf %781, %782 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %784 = vector.shuffle %780, %783 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %785 = vector.shuffle %780, %783 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %786 = arith.addf %784, %785 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %787 = arith.mulf %786, %56 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
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
              %798 = vector.reduction <maxnumf>, %794 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32> into f32
              %799 = arith.cmpf ogt, %797, %798 : f32
              %800 = arith.select %799, %797, %798 : f32
              %801 = vector.broadcast %800 : f32 to vector<8xf32>
              %802 = arith.subf %794, %801 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %803 = arith.constant -8.700000e+01 : f32
              %804 = vector.broadcast %803 : f32 to vector<8xf32>
              %805 = arith.cmpf ogt, %802, %804 : vector<8xf32>
              %806 = arith.select %805, %802, %804 : vector<8xf32>
              %807 = arith.constant 8.800000e+01 : f32
              %808 = vector.broadcast %807 : f32 to vector<8xf32>
              %809 = arith.cmpf olt, %806, %808 : vector<8xf32>
              %810 = arith.select %809, %806, %808 : vector<8xf32>
              %811 = math.exp %810 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %812 = arith.select %590, %811, %54 : vector<8xf32>
              %813 = arith.subf %797, %800 fastmath<reassoc,nsz,arcp,contract,afn> : f32
              %814 = vector.broadcast %813 : f32 to vector<8xf32>
              %815 = arith.cmpf ogt, %814, %804 : vector<8xf32>
              %816 = arith.select %815, %814, %804 : vector<8xf32>
              %817 = arith.cmpf olt, %816, %808 : vector<8xf32>
              %818 = arith.select %817, %816, %808 : vector<8xf32>
              %819 = math.exp %818 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %820 = vector.extract %819[0] : f32 from vector<8xf32>
              vector.store %812, %51[%790] : memref<32xf32>, vector<8xf32>
              memref.store %800, %8[%796] : memref<4608xf32>
              %821 = arith.constant 132 : index
              %822 = arith.addi %46, %821 : index
              %823 = arith.addi %822, %789 : index
              %824 = memref.load %8[%823] : memref<4608xf32>
              %825 = arith.mulf %824, %820 fastmath<reassoc,nsz,arcp,contract,afn> : f32
              %826 = vector.reduction <add>, %812 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32> into f32
              %827 = arith.addf %825, %826 fastmath<reassoc,nsz,arcp,contract,afn> : f32
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
              %897 = arith.mulf %896, %833 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %898 = vector.load %8[%887] : memref<4608xf32>, vector<8xf32>
              %899 = arith.mulf %898, %835 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %900 = vector.load %8[%888] : memref<4608xf32>, vector<8xf32>
              %901 = arith.mulf %900, %833 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %902 = vector.load %8[%889] : memref<4608xf32>, vector<8xf32>
              %903 = arith.mulf %902, %835 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %904 = vector.load %8[%891] : memref<4608xf32>, vector<8xf32>
              %905 = arith.mulf %904, %833 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %906 = vector.load %8[%892] : memref<4608xf32>, vector<8xf32>
              %907 = arith.mulf %906, %835 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %908 = vector.load %8[%894] : memref<4608xf32>, vector<8xf32>
              %909 = arith.mulf %908, %833 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %910 = vector.load %8[%895] : memref<4608xf32>, vector<8xf32>
              %911 = arith.mulf %910, %835 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %912 = arith.addi %572, %831 : index
              %913 = vector.load %2[%912] : memref<?xf32>, vector<8xf32>
              %914 = vector.fma %838, %913, %897 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %915 = vector.fma %862, %913, %899 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %916 = arith.addi %912, %11 : index
              %917 = vector.load %2[%916] : memref<?xf32>, vector<8xf32>
              %918 = vector.fma %838, %917, %901 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %919 = vector.fma %862, %917, %903 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %920 = arith.addi %912, %890 : index
              %921 = vector.load %2[%920] : memref<?xf32>, vector<8xf32>
              %922 = vector.fma %838, %921, %905 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %923 = vector.fma %862, %921, %907 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %924 = arith.addi %912, %893 : index
              %925 = vector.load %2[%924] : memref<?xf32>, vector<8xf32>
              %926 = vector.fma %838, %925, %909 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %927 = vector.fma %862, %925, %911 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %928 = arith.addi %574, %831 : index
              %929 = vector.load %2[%928] : memref<?xf32>, vector<8xf32>
              %930 = vector.fma %841, %929, %914 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %931 = vector.fma %865, %929, %915 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %932 = arith.addi %928, %11 : index
              %933 = vector.load %2[%932] : memref<?xf32>, vector<8xf32>
              %934 = vector.fma %841, %933, %918 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %935 = vector.fma %865, %933, %919 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %936 = arith.addi %928, %890 : index
              %937 = vector.load %2[%936] : memref<?xf32>, vector<8xf32>
              %938 = vector.fma %841, %937, %922 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %939 = vector.fma %865, %937, %923 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %940 = arith.addi %928, %893 : index
              %941 = vector.load %2[%940] : memref<?xf32>, vector<8xf32>
              %942 = vector.fma %841, %941, %926 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %943 = vector.fma %865, %941, %927 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %944 = arith.addi %576, %831 : index
              %945 = vector.load %2[%944] : memref<?xf32>, vector<8xf32>
              %946 = vector.fma %844, %945, %930 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %947 = vector.fma %868, %945, %931 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %948 = arith.addi %944, %11 : index
              %949 = vector.load %2[%948] : memref<?xf32>, vector<8xf32>
              %950 = vector.fma %844, %949, %934 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %951 = vector.fma %868, %949, %935 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %952 = arith.addi %944, %890 : index
              %953 = vector.load %2[%952] : memref<?xf32>, vector<8xf32>
              %954 = vector.fma %844, %953, %938 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %955 = vector.fma %868, %953, %939 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %956 = arith.addi %944, %893 : index
              %957 = vector.load %2[%956] : memref<?xf32>, vector<8xf32>
              %958 = vector.fma %844, %957, %942 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %959 = vector.fma %868, %957, %943 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %960 = arith.addi %578, %831 : index
              %961 = vector.load %2[%960] : memref<?xf32>, vector<8xf32>
              %962 = vector.fma %847, %961, %946 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %963 = vector.fma %871, %961, %947 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %964 = arith.addi %960, %11 : index
              %965 = vector.load %2[%964] : memref<?xf32>, vector<8xf32>
              %966 = vector.fma %847, %965, %950 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %967 = vector.fma %871, %965, %951 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %968 = arith.addi %960, %890 : index
              %969 = vector.load %2[%968] : memref<?xf32>, vector<8xf32>
              %970 = vector.fma %847, %969, %954 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %971 = vector.fma %871, %969, %955 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %972 = arith.addi %960, %893 : index
              %973 = vector.load %2[%972] : memref<?xf32>, vector<8xf32>
              %974 = vector.fma %847, %973, %958 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %975 = vector.fma %871, %973, %959 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %976 = arith.addi %580, %831 : index
              %977 = vector.load %2[%976] : memref<?xf32>, vector<8xf32>
              %978 = vector.fma %850, %977, %962 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %979 = vector.fma %874, %977, %963 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %980 = arith.addi %976, %11 : index
              %981 = vector.load %2[%980] : memref<?xf32>, vector<8xf32>
              %982 = vector.fma %850, %981, %966 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %983 = vector.fma %874, %981, %967 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %984 = arith.addi %976, %890 : index
              %985 = vector.load %2[%984] : memref<?xf32>, vector<8xf32>
              %986 = vector.fma %850, %985, %970 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %987 = vector.fma %874, %985, %971 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %988 = arith.addi %976, %893 : index
              %989 = vector.load %2[%988] : memref<?xf32>, vector<8xf32>
              %990 = vector.fma %850, %989, %974 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %991 = vector.fma %874, %989, %975 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %992 = arith.addi %582, %831 : index
              %993 = vector.load %2[%992] : memref<?xf32>, vector<8xf32>
              %994 = vector.fma %853, %993, %978 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %995 = vector.fma %877, %993, %979 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %996 = arith.addi %992, %11 : index
              %997 = vector.load %2[%996] : memref<?xf32>, vector<8xf32>
              %998 = vector.fma %853, %997, %982 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %999 = vector.fma %877, %997, %983 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1000 = arith.addi %992, %890 : index
              %1001 = vector.load %2[%1000] : memref<?xf32>, vector<8xf32>
              %1002 = vector.fma %853, %1001, %986 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1003 = vector.fma %877, %1001, %987 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1004 = arith.addi %992, %893 : index
              %1005 = vector.load %2[%1004] : memref<?xf32>, vector<8xf32>
              %1006 = vector.fma %853, %1005, %990 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1007 = vector.fma %877, %1005, %991 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1008 = arith.addi %584, %831 : index
              %1009 = vector.load %2[%1008] : memref<?xf32>, vector<8xf32>
              %1010 = vector.fma %856, %1009, %994 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1011 = vector.fma %880, %1009, %995 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1012 = arith.addi %1008, %11 : index
              %1013 = vector.load %2[%1012] : memref<?xf32>, vector<8xf32>
              %1014 = vector.fma %856, %1013, %998 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1015 = vector.fma %880, %1013, %999 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1016 = arith.addi %1008, %890 : index
              %1017 = vector.load %2[%1016] : memref<?xf32>, vector<8xf32>
              %1018 = vector.fma %856, %1017, %1002 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1019 = vector.fma %880, %1017, %1003 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1020 = arith.addi %1008, %893 : index
              %1021 = vector.load %2[%1020] : memref<?xf32>, vector<8xf32>
              %1022 = vector.fma %856, %1021, %1006 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1023 = vector.fma %880, %1021, %1007 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1024 = arith.addi %586, %831 : index
              %1025 = vector.load %2[%1024] : memref<?xf32>, vector<8xf32>
              %1026 = vector.fma %859, %1025, %1010 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1027 = vector.fma %883, %1025, %1011 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1028 = arith.addi %1024, %11 : index
              %1029 = vector.load %2[%1028] : memref<?xf32>, vector<8xf32>
              %1030 = vector.fma %859, %1029, %1014 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1031 = vector.fma %883, %1029, %1015 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1032 = arith.addi %1024, %890 : index
              %1033 = vector.load %2[%1032] : memref<?xf32>, vector<8xf32>
              %1034 = vector.fma %859, %1033, %1018 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1035 = vector.fma %883, %1033, %1019 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1036 = arith.addi %1024, %893 : index
              %1037 = vector.load %2[%1036] : memref<?xf32>, vector<8xf32>
              %1038 = vector.fma %859, %1037, %1022 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1039 = vector.fma %883, %1037, %1023 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
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
        }
      } else {
        "scf.parallel"(%28, %32, %9) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
        ^bb0(%1040: index):
          %1041 = arith.remui %1040, %26 : index
          %1042 = arith.divui %1040, %26 : index
          %1043 = arith.addi %29, %1042 : index
          %1044 = arith.muli %1041, %6 : index
          %1045 = arith.divui %1044, %26 : index
          %1046 = arith.addi %1041, %9 : index
          %1047 = arith.muli %1046, %6 : index
          %1048 = arith.divui %1047, %26 : index
          %1049 = arith.constant 144 : index
          %1050 = arith.muli %1040, %1049 : index
          %1051 = arith.muli %1043, %22 : index
          %1052 = arith.muli %1043, %7 : index
          %1053 = arith.constant 64 : index
          %1054 = arith.muli %1052, %1053 : index
          %1055 = memref.alloca() : memref<32xf32>
          %1056 = memref.alloca() : memref<4xf32>
          %1057 = arith.constant 0.000000e+00 : f32
          %1058 = vector.broadcast %1057 : f32 to vector<8xf32>
          %1059 = arith.constant 0.176776692 : f32
          %1060 = vector.broadcast %1059 : f32 to vector<8xf32>
          %1061 = arith.constant dense<[0.000000e+00, 1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e+00, 6.000000e+00, 7.000000e+00]> : vector<8xf32>
          %1062 = arith.constant 4 : index
          scf.for %1063 = %28 to %1062 step %9 {
            %1064 = arith.muli %1063, %14 : index
            %1065 = arith.addi %1050, %1064 : index
            vector.store %1058, %8[%1065] : memref<4608xf32>, vector<8xf32>
            %1066 = arith.addi %1065, %11 : index
            vector.store %1058, %8[%1066] : memref<4608xf32>, vector<8xf32>
            %1067 = arith.constant 16 : index
            %1068 = arith.addi %1065, %1067 : index
            vector.store %1058, %8[%1068] : memref<4608xf32>, vector<8xf32>
            %1069 = arith.constant 24 : index
            %1070 = arith.addi %1065, %1069 : index
            vector.store %1058, %8[%1070] : memref<4608xf32>, vector<8xf32>
            %1071 = arith.constant -1.000000e+30 : f32
            %1072 = arith.addi %1050, %22 : index
            %1073 = arith.addi %1072, %1063 : index
            memref.store %1071, %8[%1073] : memref<4608xf32>
            %1074 = arith.constant 132 : index
            %1075 = arith.addi %1050, %1074 : index
            %1076 = arith.addi %1075, %1063 : index
            memref.store %1057, %8[%1076] : memref<4608xf32>
          }
          %1077 = arith.subi %1048, %1045 : index
          %1078 = arith.divui %1077, %11 : index
          %1079 = arith.muli %1078, %11 : index
          %1080 = arith.addi %1045, %1079 : index
          scf.for %1081 = %1045 to %1080 step %11 {
            %1082 = arith.addi %1081, %9 : index
            %1083 = arith.addi %1081, %17 : index
            %1084 = arith.constant 3 : index
            %1085 = arith.addi %1081, %1084 : index
            %1086 = arith.addi %1081, %1062 : index
            %1087 = arith.constant 5 : index
            %1088 = arith.addi %1081, %1087 : index
            %1089 = arith.constant 6 : index
            %1090 = arith.addi %1081, %1089 : index
            %1091 = arith.constant 7 : index
            %1092 = arith.addi %1081, %1091 : index
            %1093 = arith.muli %1081, %1053 : index
            %1094 = arith.addi %1054, %1093 : index
            %1095 = arith.muli %1082, %1053 : index
            %1096 = arith.addi %1054, %1095 : index
            %1097 = arith.muli %1083, %1053 : index
            %1098 = arith.addi %1054, %1097 : index
            %1099 = arith.muli %1085, %1053 : index
            %1100 = arith.addi %1054, %1099 : index
            %1101 = arith.muli %1086, %1053 : index
            %1102 = arith.addi %1054, %1101 : index
            %1103 = arith.muli %1088, %1053 : index
            %1104 = arith.addi %1054, %1103 : index
            %1105 = arith.muli %1090, %1053 : index
            %1106 = arith.addi %1054, %1105 : index
            %1107 = arith.muli %1092, %1053 : index
            %1108 = arith.addi %1054, %1107 : index
            scf.for %1109 = %28 to %1062 step %17 {
              %1110 = arith.divui %1109, %17 : index
              %1111 = arith.muli %1110, %14 : index
              %1112 = arith.muli %1109, %14 : index
              %1113 = arith.addi %1051, %1112 : index
              %1114 = vector.load %0[%1113] : memref<?xf32>, vector<8xf32>
              %1115 = arith.addi %1109, %9 : index
              %1116 = arith.muli %1115, %14 : index
              %1117 = arith.addi %1051, %1116 : index
              %1118 = vector.load %0[%1117] : memref<?xf32>, vector<8xf32>
              %1119 = arith.addi %1113, %11 : index
              %1120 = vector.load %0[%1119] : memref<?xf32>, vector<8xf32>
              %1121 = arith.addi %1117, %11 : index
              %1122 = vector.load %0[%1121] : memref<?xf32>, vector<8xf32>
              %1123 = arith.constant 16 : index
              %1124 = arith.addi %1113, %1123 : index
              %1125 = vector.load %0[%1124] : memref<?xf32>, vector<8xf32>
              %1126 = arith.addi %1117, %1123 : index
              %1127 = vector.load %0[%1126] : memref<?xf32>, vector<8xf32>
              %1128 = arith.constant 24 : index
              %1129 = arith.addi %1113, %1128 : index
              %1130 = vector.load %0[%1129] : memref<?xf32>, vector<8xf32>
              %1131 = arith.addi %1117, %1128 : index
              %1132 = vector.load %0[%1131] : memref<?xf32>, vector<8xf32>
              %1133 = arith.addi %1094, %1111 : index
              %1134 = vector.load %1[%1133] : memref<?xf32>, vector<8xf32>
              %1135 = arith.mulf %1114, %1134 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1136 = arith.mulf %1118, %1134 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1137 = arith.addi %1133, %11 : index
              %1138 = vector.load %1[%1137] : memref<?xf32>, vector<8xf32>
              %1139 = vector.fma %1120, %1138, %1135 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1140 = vector.fma %1122, %1138, %1136 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1141 = arith.addi %1133, %1123 : index
              %1142 = vector.load %1[%1141] : memref<?xf32>, vector<8xf32>
              %1143 = vector.fma %1125, %1142, %1139 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1144 = vector.fma %1127, %1142, %1140 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1145 = arith.addi %1133, %1128 : index
              %1146 = vector.load %1[%1145] : memref<?xf32>, vector<8xf32>
              %1147 = vector.fma %1130, %1146, %1143 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1148 = vector.fma %1132, %1146, %1144 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1149 = arith.addi %1096, %1111 : index
              %1150 = vector.load %1[%1149] : memref<?xf32>, vector<8xf32>
              %1151 = arith.mulf %1114, %1150 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1152 = arith.mulf %1118, %1150 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1153 = arith.addi %1149, %11 : index
              %1154 = vector.load %1[%1153] : memref<?xf32>, vector<8xf32>
              %1155 = vector.fma %1120, %1154, %1151 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1156 = vector.fma %1122, %1154, %1152 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1157 = arith.addi %1149, %1123 : index
              %1158 = vector.load %1[%1157] : memref<?xf32>, vector<8xf32>
              %1159 = vector.fma %1125, %1158, %1155 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1160 = vector.fma %1127, %1158, %1156 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1161 = arith.addi %1149, %1128 : index
              %1162 = vector.load %1[%1161] : memref<?xf32>, vector<8xf32>
              %1163 = vector.fma %1130, %1162, %1159 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1164 = vector.fma %1132, %1162, %1160 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1165 = arith.addi %1098, %1111 : index
              %1166 = vector.load %1[%1165] : memref<?xf32>, vector<8xf32>
              %1167 = arith.mulf %1114, %1166 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1168 = arith.mulf %1118, %1166 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1169 = arith.addi %1165, %11 : index
              %1170 = vector.load %1[%1169] : memref<?xf32>, vector<8xf32>
              %1171 = vector.fma %1120, %1170, %1167 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1172 = vector.fma %1122, %1170, %1168 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1173 = arith.addi %1165, %1123 : index
              %1174 = vector.load %1[%1173] : memref<?xf32>, vector<8xf32>
              %1175 = vector.fma %1125, %1174, %1171 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1176 = vector.fma %1127, %1174, %1172 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1177 = arith.addi %1165, %1128 : index
              %1178 = vector.load %1[%1177] : memref<?xf32>, vector<8xf32>
              %1179 = vector.fma %1130, %1178, %1175 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1180 = vector.fma %1132, %1178, %1176 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1181 = arith.addi %1100, %1111 : index
              %1182 = vector.load %1[%1181] : memref<?xf32>, vector<8xf32>
              %1183 = arith.mulf %1114, %1182 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1184 = arith.mulf %1118, %1182 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1185 = arith.addi %1181, %11 : index
              %1186 = vector.load %1[%1185] : memref<?xf32>, vector<8xf32>
              %1187 = vector.fma %1120, %1186, %1183 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1188 = vector.fma %1122, %1186, %1184 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1189 = arith.addi %1181, %1123 : index
              %1190 = vector.load %1[%1189] : memref<?xf32>, vector<8xf32>
              %1191 = vector.fma %1125, %1190, %1187 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1192 = vector.fma %1127, %1190, %1188 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1193 = arith.addi %1181, %1128 : index
              %1194 = vector.load %1[%1193] : memref<?xf32>, vector<8xf32>
              %1195 = vector.fma %1130, %1194, %1191 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1196 = vector.fma %1132, %1194, %1192 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1197 = arith.addi %1102, %1111 : index
              %1198 = vector.load %1[%1197] : memref<?xf32>, vector<8xf32>
              %1199 = arith.mulf %1114, %1198 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1200 = arith.mulf %1118, %1198 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1201 = arith.addi %1197, %11 : index
              %1202 = vector.load %1[%1201] : memref<?xf32>, vector<8xf32>
              %1203 = vector.fma %1120, %1202, %1199 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1204 = vector.fma %1122, %1202, %1200 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1205 = arith.addi %1197, %1123 : index
              %1206 = vector.load %1[%1205] : memref<?xf32>, vector<8xf32>
              %1207 = vector.fma %1125, %1206, %1203 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1208 = vector.fma %1127, %1206, %1204 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1209 = arith.addi %1197, %1128 : index
              %1210 = vector.load %1[%1209] : memref<?xf32>, vector<8xf32>
              %1211 = vector.fma %1130, %1210, %1207 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1212 = vector.fma %1132, %1210, %1208 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1213 = arith.addi %1104, %1111 : index
              %1214 = vector.load %1[%1213] : memref<?xf32>, vector<8xf32>
              %1215 = arith.mulf %1114, %1214 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1216 = arith.mulf %1118, %1214 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1217 = arith.addi %1213, %11 : index
              %1218 = vector.load %1[%1217] : memref<?xf32>, vector<8xf32>
              %1219 = vector.fma %1120, %1218, %1215 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1220 = vector.fma %1122, %1218, %1216 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1221 = arith.addi %1213, %1123 : index
              %1222 = vector.load %1[%1221] : memref<?xf32>, vector<8xf32>
              %1223 = vector.fma %1125, %1222, %1219 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1224 = vector.fma %1127, %1222, %1220 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1225 = arith.addi %1213, %1128 : index
              %1226 = vector.load %1[%1225] : memref<?xf32>, vector<8xf32>
              %1227 = vector.fma %1130, %1226, %1223 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1228 = vector.fma %1132, %1226, %1224 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1229 = arith.addi %1106, %1111 : index
              %1230 = vector.load %1[%1229] : memref<?xf32>, vector<8xf32>
              %1231 = arith.mulf %1114, %1230 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1232 = arith.mulf %1118, %1230 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1233 = arith.addi %1229, %11 : index
              %1234 = vector.load %1[%1233] : memref<?xf32>, vector<8xf32>
              %1235 = vector.fma %1120, %1234, %1231 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1236 = vector.fma %1122, %1234, %1232 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1237 = arith.addi %1229, %1123 : index
              %1238 = vector.load %1[%1237] : memref<?xf32>, vector<8xf32>
              %1239 = vector.fma %1125, %1238, %1235 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1240 = vector.fma %1127, %1238, %1236 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1241 = arith.addi %1229, %1128 : index
              %1242 = vector.load %1[%1241] : memref<?xf32>, vector<8xf32>
              %1243 = vector.fma %1130, %1242, %1239 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1244 = vector.fma %1132, %1242, %1240 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1245 = arith.addi %1108, %1111 : index
              %1246 = vector.load %1[%1245] : memref<?xf32>, vector<8xf32>
              %1247 = arith.mulf %1114, %1246 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1248 = arith.mulf %1118, %1246 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1249 = arith.addi %1245, %11 : index
              %1250 = vector.load %1[%1249] : memref<?xf32>, vector<8xf32>
              %1251 = vector.fma %1120, %1250, %1247 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1252 = vector.fma %1122, %1250, %1248 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1253 = arith.addi %1245, %1123 : index
              %1254 = vector.load %1[%1253] : memref<?xf32>, vector<8xf32>
              %1255 = vector.fma %1125, %1254, %1251 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1256 = vector.fma %1127, %1254, %1252 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1257 = arith.addi %1245, %1128 : index
              %1258 = vector.load %1[%1257] : memref<?xf32>, vector<8xf32>
              %1259 = vector.fma %1130, %1258, %1255 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1260 = vector.fma %1132, %1258, %1256 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1261 = vector.shuffle %1147, %1163 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1262 = vector.shuffle %1147, %1163 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1263 = arith.addf %1261, %1262 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1264 = vector.shuffle %1179, %1195 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1265 = vector.shuffle %1179, %1195 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1266 = arith.addf %1264, %1265 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1267 = vector.shuffle %1211, %1227 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1268 = vector.shuffle %1211, %1227 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1269 = arith.addf %1267, %1268 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1270 = vector.shuffle %1243, %1259 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1271 = vector.shuffle %1243, %1259 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1272 = arith.addf %1270, %1271 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1273 = vector.shuffle %1263, %1266 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1274 = vector.shuffle %1263, %1266 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1275 = arith.addf %1273, %1274 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1276 = vector.shuffle %1269, %1272 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1277 = vector.shuffle %1269, %1272 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1278 = arith.addf %1276, %1277 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1279 = vector.shuffle %1275, %1278 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %1280 = vector.shuffle %1275, %1278 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %1281 = arith.addf %1279, %1280 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1282 = arith.mulf %1281, %1060 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1283 = arith.muli %1109, %11 : index
              vector.store %1282, %1055[%1283] : memref<32xf32>, vector<8xf32>
              %1284 = vector.shuffle %1148, %1164 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1285 = vector.shuffle %1148, %1164 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1286 = arith.addf %1284, %1285 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1287 = vector.shuffle %1180, %1196 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1288 = vector.shuffle %1180, %1196 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1289 = arith.addf %1287, %1288 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1290 = vector.shuffle %1212, %1228 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1291 = vector.shuffle %1212, %1228 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1292 = arith.addf %1290, %1291 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1293 = vector.shuffle %1244, %1260 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1294 = vector.shuffle %1244, %1260 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1295 = arith.addf %1293, %1294 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1296 = vector.shuffle %1286, %1289 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1297 = vector.shuffle %1286, %1289 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1298 = arith.addf %1296, %1297 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1299 = vector.shuffle %1292, %1295 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1300 = vector.shuffle %1292, %1295 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1301 = arith.addf %1299, %1300 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1302 = vector.shuffle %1298, %1301 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %1303 = vector.shuffle %1298, %1301 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %1304 = arith.addf %1302, %1303 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1305 = arith.mulf %1304, %1060 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1306 = arith.muli %1115, %11 : index
              vector.store %1305, %1055[%1306] : memref<32xf32>, vector<8xf32>
            }
            scf.for %1307 = %28 to %1062 step %9 {
              %1308 = arith.muli %1307, %11 : index
              %1309 = vector.load %1055[%1308] : memref<32xf32>, vector<8xf32>
              %1310 = arith.addi %1050, %22 : index
              %1311 = arith.addi %1310, %1307 : index
              %1312 = memref.load %8[%1311] : memref<4608xf32>
              %1313 = vector.reduction <maxnumf>, %1309 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32> into f32
              %1314 = arith.cmpf ogt, %1312, %1313 : f32
              %1315 = arith.select %1314, %1312, %1313 : f32
              %1316 = vector.broadcast %1315 : f32 to vector<8xf32>
              %1317 = arith.subf %1309, %1316 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1318 = arith.constant -8.700000e+01 : f32
              %1319 = vector.broadcast %1318 : f32 to vector<8xf32>
              %1320 = arith.cmpf ogt, %1317, %1319 : vector<8xf32>
              %1321 = arith.select %1320, %1317, %1319 : vector<8xf32>
              %1322 = arith.constant 8.800000e+01 : f32
              %1323 = vector.broadcast %1322 : f32 to vector<8xf32>
              %1324 = arith.cmpf olt, %1321, %1323 : vector<8xf32>
              %1325 = arith.select %1324, %1321, %1323 : vector<8xf32>
              %1326 = math.exp %1325 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1327 = arith.subf %1312, %1315 fastmath<reassoc,nsz,arcp,contract,afn> : f32
              %1328 = vector.broadcast %1327 : f32 to vector<8xf32>
              %1329 = arith.cmpf ogt, %1328, %1319 : vector<8xf32>
              %1330 = arith.select %1329, %1328, %1319 : vector<8xf32>
              %1331 = arith.cmpf olt, %1330, %1323 : vector<8xf32>
              %1332 = arith.select %1331, %1330, %1323 : vector<8xf32>
              %1333 = math.exp %1332 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1334 = vector.extract %1333[0] : f32 from vector<8xf32>
              vector.store %1326, %1055[%1308] : memref<32xf32>, vector<8xf32>
              memref.store %1315, %8[%1311] : memref<4608xf32>
              %1335 = arith.constant 132 : index
              %1336 = arith.addi %1050, %1335 : index
              %1337 = arith.addi %1336, %1307 : index
              %1338 = memref.load %8[%1337] : memref<4608xf32>
              %1339 = arith.mulf %1338, %1334 fastmath<reassoc,nsz,arcp,contract,afn> : f32
              %1340 = vector.reduction <add>, %1326 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32> into f32
              %1341 = arith.addf %1339, %1340 fastmath<reassoc,nsz,arcp,contract,afn> : f32
              memref.store %1341, %8[%1337] : memref<4608xf32>
              memref.store %1334, %1056[%1307] : memref<4xf32>
            }
            scf.for %1342 = %28 to %1062 step %17 {
              %1343 = arith.addi %1342, %9 : index
              %1344 = arith.divui %1342, %17 : index
              %1345 = arith.muli %1344, %14 : index
              %1346 = memref.load %1056[%1342] : memref<4xf32>
              %1347 = vector.broadcast %1346 : f32 to vector<8xf32>
              %1348 = memref.load %1056[%1343] : memref<4xf32>
              %1349 = vector.broadcast %1348 : f32 to vector<8xf32>
              %1350 = arith.muli %1342, %11 : index
              %1351 = memref.load %1055[%1350] : memref<32xf32>
              %1352 = vector.broadcast %1351 : f32 to vector<8xf32>
              %1353 = arith.addi %1350, %9 : index
              %1354 = memref.load %1055[%1353] : memref<32xf32>
              %1355 = vector.broadcast %1354 : f32 to vector<8xf32>
              %1356 = arith.addi %1350, %17 : index
              %1357 = memref.load %1055[%1356] : memref<32xf32>
              %1358 = vector.broadcast %1357 : f32 to vector<8xf32>
              %1359 = arith.addi %1350, %1084 : index
              %1360 = memref.load %1055[%1359] : memref<32xf32>
              %1361 = vector.broadcast %1360 : f32 to vector<8xf32>
              %1362 = arith.addi %1350, %1062 : index
              %1363 = memref.load %1055[%1362] : memref<32xf32>
              %1364 = vector.broadcast %1363 : f32 to vector<8xf32>
              %1365 = arith.addi %1350, %1087 : index
              %1366 = memref.load %1055[%1365] : memref<32xf32>
              %1367 = vector.broadcast %1366 : f32 to vector<8xf32>
              %1368 = arith.addi %1350, %1089 : index
              %1369 = memref.load %1055[%1368] : memref<32xf32>
              %1370 = vector.broadcast %1369 : f32 to vector<8xf32>
              %1371 = arith.addi %1350, %1091 : index
              %1372 = memref.load %1055[%1371] : memref<32xf32>
              %1373 = vector.broadcast %1372 : f32 to vector<8xf32>
              %1374 = arith.muli %1343, %11 : index
              %1375 = memref.load %1055[%1374] : memref<32xf32>
              %1376 = vector.broadcast %1375 : f32 to vector<8xf32>
              %1377 = arith.addi %1374, %9 : index
              %1378 = memref.load %1055[%1377] : memref<32xf32>
              %1379 = vector.broadcast %1378 : f32 to vector<8xf32>
              %1380 = arith.addi %1374, %17 : index
              %1381 = memref.load %1055[%1380] : memref<32xf32>
              %1382 = vector.broadcast %1381 : f32 to vector<8xf32>
              %1383 = arith.addi %1374, %1084 : index
              %1384 = memref.load %1055[%1383] : memref<32xf32>
              %1385 = vector.broadcast %1384 : f32 to vector<8xf32>
              %1386 = arith.addi %1374, %1062 : index
              %1387 = memref.load %1055[%1386] : memref<32xf32>
              %1388 = vector.broadcast %1387 : f32 to vector<8xf32>
              %1389 = arith.addi %1374, %1087 : index
              %1390 = memref.load %1055[%1389] : memref<32xf32>
              %1391 = vector.broadcast %1390 : f32 to vector<8xf32>
              %1392 = arith.addi %1374, %1089 : index
              %1393 = memref.load %1055[%1392] : memref<32xf32>
              %1394 = vector.broadcast %1393 : f32 to vector<8xf32>
              %1395 = arith.addi %1374, %1091 : index
              %1396 = memref.load %1055[%1395] : memref<32xf32>
              %1397 = vector.broadcast %1396 : f32 to vector<8xf32>
              %1398 = arith.muli %1342, %14 : index
              %1399 = arith.addi %1050, %1398 : index
              %1400 = arith.muli %1343, %14 : index
              %1401 = arith.addi %1050, %1400 : index
              %1402 = arith.addi %1399, %11 : index
              %1403 = arith.addi %1401, %11 : index
              %1404 = arith.constant 16 : index
              %1405 = arith.addi %1399, %1404 : index
              %1406 = arith.addi %1401, %1404 : index
              %1407 = arith.constant 24 : index
              %1408 = arith.addi %1399, %1407 : index
              %1409 = arith.addi %1401, %1407 : index
              %1410 = vector.load %8[%1399] : memref<4608xf32>, vector<8xf32>
              %1411 = arith.mulf %1410, %1347 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1412 = vector.load %8[%1401] : memref<4608xf32>, vector<8xf32>
              %1413 = arith.mulf %1412, %1349 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1414 = vector.load %8[%1402] : memref<4608xf32>, vector<8xf32>
              %1415 = arith.mulf %1414, %1347 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1416 = vector.load %8[%1403] : memref<4608xf32>, vector<8xf32>
              %1417 = arith.mulf %1416, %1349 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1418 = vector.load %8[%1405] : memref<4608xf32>, vector<8xf32>
              %1419 = arith.mulf %1418, %1347 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1420 = vector.load %8[%1406] : memref<4608xf32>, vector<8xf32>
              %1421 = arith.mulf %1420, %1349 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1422 = vector.load %8[%1408] : memref<4608xf32>, vector<8xf32>
              %1423 = arith.mulf %1422, %1347 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1424 = vector.load %8[%1409] : memref<4608xf32>, vector<8xf32>
              %1425 = arith.mulf %1424, %1349 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1426 = arith.addi %1094, %1345 : index
              %1427 = vector.load %2[%1426] : memref<?xf32>, vector<8xf32>
              %1428 = vector.fma %1352, %1427, %1411 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1429 = vector.fma %1376, %1427, %1413 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1430 = arith.addi %1426, %11 : index
              %1431 = vector.load %2[%1430] : memref<?xf32>, vector<8xf32>
              %1432 = vector.fma %1352, %1431, %1415 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1433 = vector.fma %1376, %1431, %1417 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1434 = arith.addi %1426, %1404 : index
              %1435 = vector.load %2[%1434] : memref<?xf32>, vector<8xf32>
              %1436 = vector.fma %1352, %1435, %1419 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1437 = vector.fma %1376, %1435, %1421 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1438 = arith.addi %1426, %1407 : index
              %1439 = vector.load %2[%1438] : memref<?xf32>, vector<8xf32>
              %1440 = vector.fma %1352, %1439, %1423 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1441 = vector.fma %1376, %1439, %1425 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1442 = arith.addi %1096, %1345 : index
              %1443 = vector.load %2[%1442] : memref<?xf32>, vector<8xf32>
              %1444 = vector.fma %1355, %1443, %1428 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1445 = vector.fma %1379, %1443, %1429 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1446 = arith.addi %1442, %11 : index
              %1447 = vector.load %2[%1446] : memref<?xf32>, vector<8xf32>
              %1448 = vector.fma %1355, %1447, %1432 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1449 = vector.fma %1379, %1447, %1433 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1450 = arith.addi %1442, %1404 : index
              %1451 = vector.load %2[%1450] : memref<?xf32>, vector<8xf32>
              %1452 = vector.fma %1355, %1451, %1436 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1453 = vector.fma %1379, %1451, %1437 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1454 = arith.addi %1442, %1407 : index
              %1455 = vector.load %2[%1454] : memref<?xf32>, vector<8xf32>
              %1456 = vector.fma %1355, %1455, %1440 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1457 = vector.fma %1379, %1455, %1441 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1458 = arith.addi %1098, %1345 : index
              %1459 = vector.load %2[%1458] : memref<?xf32>, vector<8xf32>
              %1460 = vector.fma %1358, %1459, %1444 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1461 = vector.fma %1382, %1459, %1445 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1462 = arith.addi %1458, %11 : index
              %1463 = vector.load %2[%1462] : memref<?xf32>, vector<8xf32>
              %1464 = vector.fma %1358, %1463, %1448 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1465 = vector.fma %1382, %1463, %1449 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1466 = arith.addi %1458, %1404 : index
              %1467 = vector.load %2[%1466] : memref<?xf32>, vector<8xf32>
              %1468 = vector.fma %1358, %1467, %1452 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1469 = vector.fma %1382, %1467, %1453 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1470 = arith.addi %1458, %1407 : index
              %1471 = vector.load %2[%1470] : memref<?xf32>, vector<8xf32>
              %1472 = vector.fma %1358, %1471, %1456 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1473 = vector.fma %1382, %1471, %1457 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1474 = arith.addi %1100, %1345 : index
              %1475 = vector.load %2[%1474] : memref<?xf32>, vector<8xf32>
              %1476 = vector.fma %1361, %1475, %1460 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1477 = vector.fma %1385, %1475, %1461 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1478 = arith.addi %1474, %11 : index
              %1479 = vector.load %2[%1478] : memref<?xf32>, vector<8xf32>
              %1480 = vector.fma %1361, %1479, %1464 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1481 = vector.fma %1385, %1479, %1465 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1482 = arith.addi %1474, %1404 : index
              %1483 = vector.load %2[%1482] : memref<?xf32>, vector<8xf32>
              %1484 = vector.fma %1361, %1483, %1468 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1485 = vector.fma %1385, %1483, %1469 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1486 = arith.addi %1474, %1407 : index
              %1487 = vector.load %2[%1486] : memref<?xf32>, vector<8xf32>
              %1488 = vector.fma %1361, %1487, %1472 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1489 = vector.fma %1385, %1487, %1473 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1490 = arith.addi %1102, %1345 : index
              %1491 = vector.load %2[%1490] : memref<?xf32>, vector<8xf32>
              %1492 = vector.fma %1364, %1491, %1476 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1493 = vector.fma %1388, %1491, %1477 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1494 = arith.addi %1490, %11 : index
              %1495 = vector.load %2[%1494] : memref<?xf32>, vector<8xf32>
              %1496 = vector.fma %1364, %1495, %1480 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1497 = vector.fma %1388, %1495, %1481 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1498 = arith.addi %1490, %1404 : index
              %1499 = vector.load %2[%1498] : memref<?xf32>, vector<8xf32>
              %1500 = vector.fma %1364, %1499, %1484 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1501 = vector.fma %1388, %1499, %1485 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1502 = arith.addi %1490, %1407 : index
              %1503 = vector.load %2[%1502] : memref<?xf32>, vector<8xf32>
              %1504 = vector.fma %1364, %1503, %1488 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1505 = vector.fma %1388, %1503, %1489 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1506 = arith.addi %1104, %1345 : index
              %1507 = vector.load %2[%1506] : memref<?xf32>, vector<8xf32>
              %1508 = vector.fma %1367, %1507, %1492 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1509 = vector.fma %1391, %1507, %1493 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1510 = arith.addi %1506, %11 : index
              %1511 = vector.load %2[%1510] : memref<?xf32>, vector<8xf32>
              %1512 = vector.fma %1367, %1511, %1496 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1513 = vector.fma %1391, %1511, %1497 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1514 = arith.addi %1506, %1404 : index
              %1515 = vector.load %2[%1514] : memref<?xf32>, vector<8xf32>
              %1516 = vector.fma %1367, %1515, %1500 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1517 = vector.fma %1391, %1515, %1501 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1518 = arith.addi %1506, %1407 : index
              %1519 = vector.load %2[%1518] : memref<?xf32>, vector<8xf32>
              %1520 = vector.fma %1367, %1519, %1504 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1521 = vector.fma %1391, %1519, %1505 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1522 = arith.addi %1106, %1345 : index
              %1523 = vector.load %2[%1522] : memref<?xf32>, vector<8xf32>
              %1524 = vector.fma %1370, %1523, %1508 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1525 = vector.fma %1394, %1523, %1509 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1526 = arith.addi %1522, %11 : index
              %1527 = vector.load %2[%1526] : memref<?xf32>, vector<8xf32>
              %1528 = vector.fma %1370, %1527, %1512 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1529 = vector.fma %1394, %1527, %1513 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1530 = arith.addi %1522, %1404 : index
              %1531 = vector.load %2[%1530] : memref<?xf32>, vector<8xf32>
              %1532 = vector.fma %1370, %1531, %1516 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1533 = vector.fma %1394, %1531, %1517 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1534 = arith.addi %1522, %1407 : index
              %1535 = vector.load %2[%1534] : memref<?xf32>, vector<8xf32>
              %1536 = vector.fma %1370, %1535, %1520 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1537 = vector.fma %1394, %1535, %1521 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1538 = arith.addi %1108, %1345 : index
              %1539 = vector.load %2[%1538] : memref<?xf32>, vector<8xf32>
              %1540 = vector.fma %1373, %1539, %1524 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1541 = vector.fma %1397, %1539, %1525 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1542 = arith.addi %1538, %11 : index
              %1543 = vector.load %2[%1542] : memref<?xf32>, vector<8xf32>
              %1544 = vector.fma %1373, %1543, %1528 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1545 = vector.fma %1397, %1543, %1529 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1546 = arith.addi %1538, %1404 : index
              %1547 = vector.load %2[%1546] : memref<?xf32>, vector<8xf32>
              %1548 = vector.fma %1373, %1547, %1532 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1549 = vector.fma %1397, %1547, %1533 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1550 = arith.addi %1538, %1407 : index
              %1551 = vector.load %2[%1550] : memref<?xf32>, vector<8xf32>
              %1552 = vector.fma %1373, %1551, %1536 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1553 = vector.fma %1397, %1551, %1537 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              vector.store %1540, %8[%1399] : memref<4608xf32>, vector<8xf32>
              vector.store %1541, %8[%1401] : memref<4608xf32>, vector<8xf32>
              vector.store %1544, %8[%1402] : memref<4608xf32>, vector<8xf32>
              vector.store %1545, %8[%1403] : memref<4608xf32>, vector<8xf32>
              vector.store %1548, %8[%1405] : memref<4608xf32>, vector<8xf32>
              vector.store %1549, %8[%1406] : memref<4608xf32>, vector<8xf32>
              vector.store %1552, %8[%1408] : memref<4608xf32>, vector<8xf32>
              vector.store %1553, %8[%1409] : memref<4608xf32>, vector<8xf32>
            }
          }
          %1554 = arith.cmpi ult, %1080, %1048 : index
          scf.if %1554 {
            %1555 = arith.subi %1048, %1080 : index
            %1556 = arith.subi %1555, %9 : index
            %1557 = arith.minui %9, %1556 : index
            %1558 = arith.addi %1080, %1557 : index
            %1559 = arith.minui %17, %1556 : index
            %1560 = arith.addi %1080, %1559 : index
            %1561 = arith.constant 3 : index
            %1562 = arith.minui %1561, %1556 : index
            %1563 = arith.addi %1080, %1562 : index
            %1564 = arith.minui %1062, %1556 : index
            %1565 = arith.addi %1080, %1564 : index
            %1566 = arith.constant 5 : index
            %1567 = arith.minui %1566, %1556 : index
            %1568 = arith.addi %1080, %1567 : index
            %1569 = arith.constant 6 : index
            %1570 = arith.minui %1569, %1556 : index
            %1571 = arith.addi %1080, %1570 : index
            %1572 = arith.constant 7 : index
            %1573 = arith.minui %1572, %1556 : index
            %1574 = arith.addi %1080, %1573 : index
            %1575 = arith.muli %1080, %1053 : index
            %1576 = arith.addi %1054, %1575 : index
            %1577 = arith.muli %1558, %1053 : index
            %1578 = arith.addi %1054, %1577 : index
            %1579 = arith.muli %1560, %1053 : index
            %1580 = arith.addi %1054, %1579 : index
            %1581 = arith.muli %1563, %1053 : index
            %1582 = arith.addi %1054, %1581 : index
            %1583 = arith.muli %1565, %1053 : index
            %1584 = arith.addi %1054, %1583 : index
            %1585 = arith.muli %1568, %1053 : index
            %1586 = arith.addi %1054, %1585 : index
            %1587 = arith.muli %1571, %1053 : index
            %1588 = arith.addi %1054, %1587 : index
            %1589 = arith.muli %1574, %1053 : index
            %1590 = arith.addi %1054, %1589 : index
            %1591 = arith.index_cast %1555 : index to i64
            %1592 = arith.sitofp %1591 : i64 to f32
            %1593 = vector.broadcast %1592 : f32 to vector<8xf32>
            %1594 = arith.cmpf olt, %1061, %1593 : vector<8xf32>
            scf.for %1595 = %28 to %1062 step %17 {
              %1596 = arith.divui %1595, %17 : index
              %1597 = arith.muli %1596, %14 : index
              %1598 = arith.muli %1595, %14 : index
              %1599 = arith.addi %1051, %1598 : index
              %1600 = vector.load %0[%1599] : memref<?xf32>, vector<8xf32>
              %1601 = arith.addi %1595, %9 : index
              %1602 = arith.muli %1601, %14 : index
              %1603 = arith.addi %1051, %1602 : index
              %1604 = vector.load %0[%1603] : memref<?xf32>, vector<8xf32>
              %1605 = arith.addi %1599, %11 : index
              %1606 = vector.load %0[%1605] : memref<?xf32>, vector<8xf32>
              %1607 = arith.addi %1603, %11 : index
              %1608 = vector.load %0[%1607] : memref<?xf32>, vector<8xf32>
              %1609 = arith.constant 16 : index
              %1610 = arith.addi %1599, %1609 : index
              %1611 = vector.load %0[%1610] : memref<?xf32>, vector<8xf32>
              %1612 = arith.addi %1603, %1609 : index
              %1613 = vector.load %0[%1612] : memref<?xf32>, vector<8xf32>
              %1614 = arith.constant 24 : index
              %1615 = arith.addi %1599, %1614 : index
              %1616 = vector.load %0[%1615] : memref<?xf32>, vector<8xf32>
              %1617 = arith.addi %1603, %1614 : index
              %1618 = vector.load %0[%1617] : memref<?xf32>, vector<8xf32>
              %1619 = arith.addi %1576, %1597 : index
              %1620 = vector.load %1[%1619] : memref<?xf32>, vector<8xf32>
              %1621 = arith.mulf %1600, %1620 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1622 = arith.mulf %1604, %1620 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1623 = arith.addi %1619, %11 : index
              %1624 = vector.load %1[%1623] : memref<?xf32>, vector<8xf32>
              %1625 = vector.fma %1606, %1624, %1621 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1626 = vector.fma %1608, %1624, %1622 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1627 = arith.addi %1619, %1609 : index
              %1628 = vector.load %1[%1627] : memref<?xf32>, vector<8xf32>
              %1629 = vector.fma %1611, %1628, %1625 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1630 = vector.fma %1613, %1628, %1626 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1631 = arith.addi %1619, %1614 : index
              %1632 = vector.load %1[%1631] : memref<?xf32>, vector<8xf32>
              %1633 = vector.fma %1616, %1632, %1629 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1634 = vector.fma %1618, %1632, %1630 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1635 = arith.addi %1578, %1597 : index
              %1636 = vector.load %1[%1635] : memref<?xf32>, vector<8xf32>
              %1637 = arith.mulf %1600, %1636 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1638 = arith.mulf %1604, %1636 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1639 = arith.addi %1635, %11 : index
              %1640 = vector.load %1[%1639] : memref<?xf32>, vector<8xf32>
              %1641 = vector.fma %1606, %1640, %1637 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1642 = vector.fma %1608, %1640, %1638 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1643 = arith.addi %1635, %1609 : index
              %1644 = vector.load %1[%1643] : memref<?xf32>, vector<8xf32>
              %1645 = vector.fma %1611, %1644, %1641 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1646 = vector.fma %1613, %1644, %1642 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1647 = arith.addi %1635, %1614 : index
              %1648 = vector.load %1[%1647] : memref<?xf32>, vector<8xf32>
              %1649 = vector.fma %1616, %1648, %1645 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1650 = vector.fma %1618, %1648, %1646 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1651 = arith.addi %1580, %1597 : index
              %1652 = vector.load %1[%1651] : memref<?xf32>, vector<8xf32>
              %1653 = arith.mulf %1600, %1652 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1654 = arith.mulf %1604, %1652 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1655 = arith.addi %1651, %11 : index
              %1656 = vector.load %1[%1655] : memref<?xf32>, vector<8xf32>
              %1657 = vector.fma %1606, %1656, %1653 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1658 = vector.fma %1608, %1656, %1654 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1659 = arith.addi %1651, %1609 : index
              %1660 = vector.load %1[%1659] : memref<?xf32>, vector<8xf32>
              %1661 = vector.fma %1611, %1660, %1657 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1662 = vector.fma %1613, %1660, %1658 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1663 = arith.addi %1651, %1614 : index
              %1664 = vector.load %1[%1663] : memref<?xf32>, vector<8xf32>
              %1665 = vector.fma %1616, %1664, %1661 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1666 = vector.fma %1618, %1664, %1662 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1667 = arith.addi %1582, %1597 : index
              %1668 = vector.load %1[%1667] : memref<?xf32>, vector<8xf32>
              %1669 = arith.mulf %1600, %1668 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1670 = arith.mulf %1604, %1668 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1671 = arith.addi %1667, %11 : index
              %1672 = vector.load %1[%1671] : memref<?xf32>, vector<8xf32>
              %1673 = vector.fma %1606, %1672, %1669 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1674 = vector.fma %1608, %1672, %1670 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1675 = arith.addi %1667, %1609 : index
              %1676 = vector.load %1[%1675] : memref<?xf32>, vector<8xf32>
              %1677 = vector.fma %1611, %1676, %1673 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1678 = vector.fma %1613, %1676, %1674 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1679 = arith.addi %1667, %1614 : index
              %1680 = vector.load %1[%1679] : memref<?xf32>, vector<8xf32>
              %1681 = vector.fma %1616, %1680, %1677 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1682 = vector.fma %1618, %1680, %1678 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1683 = arith.addi %1584, %1597 : index
              %1684 = vector.load %1[%1683] : memref<?xf32>, vector<8xf32>
              %1685 = arith.mulf %1600, %1684 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1686 = arith.mulf %1604, %1684 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1687 = arith.addi %1683, %11 : index
              %1688 = vector.load %1[%1687] : memref<?xf32>, vector<8xf32>
              %1689 = vector.fma %1606, %1688, %1685 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1690 = vector.fma %1608, %1688, %1686 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1691 = arith.addi %1683, %1609 : index
              %1692 = vector.load %1[%1691] : memref<?xf32>, vector<8xf32>
              %1693 = vector.fma %1611, %1692, %1689 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1694 = vector.fma %1613, %1692, %1690 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1695 = arith.addi %1683, %1614 : index
              %1696 = vector.load %1[%1695] : memref<?xf32>, vector<8xf32>
              %1697 = vector.fma %1616, %1696, %1693 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1698 = vector.fma %1618, %1696, %1694 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1699 = arith.addi %1586, %1597 : index
              %1700 = vector.load %1[%1699] : memref<?xf32>, vector<8xf32>
              %1701 = arith.mulf %1600, %1700 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1702 = arith.mulf %1604, %1700 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1703 = arith.addi %1699, %11 : index
              %1704 = vector.load %1[%1703] : memref<?xf32>, vector<8xf32>
              %1705 = vector.fma %1606, %1704, %1701 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1706 = vector.fma %1608, %1704, %1702 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1707 = arith.addi %1699, %1609 : index
              %1708 = vector.load %1[%1707] : memref<?xf32>, vector<8xf32>
              %1709 = vector.fma %1611, %1708, %1705 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1710 = vector.fma %1613, %1708, %1706 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1711 = arith.addi %1699, %1614 : index
              %1712 = vector.load %1[%1711] : memref<?xf32>, vector<8xf32>
              %1713 = vector.fma %1616, %1712, %1709 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1714 = vector.fma %1618, %1712, %1710 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1715 = arith.addi %1588, %1597 : index
              %1716 = vector.load %1[%1715] : memref<?xf32>, vector<8xf32>
              %1717 = arith.mulf %1600, %1716 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1718 = arith.mulf %1604, %1716 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1719 = arith.addi %1715, %11 : index
              %1720 = vector.load %1[%1719] : memref<?xf32>, vector<8xf32>
              %1721 = vector.fma %1606, %1720, %1717 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1722 = vector.fma %1608, %1720, %1718 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1723 = arith.addi %1715, %1609 : index
              %1724 = vector.load %1[%1723] : memref<?xf32>, vector<8xf32>
              %1725 = vector.fma %1611, %1724, %1721 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1726 = vector.fma %1613, %1724, %1722 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1727 = arith.addi %1715, %1614 : index
              %1728 = vector.load %1[%1727] : memref<?xf32>, vector<8xf32>
              %1729 = vector.fma %1616, %1728, %1725 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1730 = vector.fma %1618, %1728, %1726 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1731 = arith.addi %1590, %1597 : index
              %1732 = vector.load %1[%1731] : memref<?xf32>, vector<8xf32>
              %1733 = arith.mulf %1600, %1732 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1734 = arith.mulf %1604, %1732 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1735 = arith.addi %1731, %11 : index
              %1736 = vector.load %1[%1735] : memref<?xf32>, vector<8xf32>
              %1737 = vector.fma %1606, %1736, %1733 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1738 = vector.fma %1608, %1736, %1734 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1739 = arith.addi %1731, %1609 : index
              %1740 = vector.load %1[%1739] : memref<?xf32>, vector<8xf32>
              %1741 = vector.fma %1611, %1740, %1737 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1742 = vector.fma %1613, %1740, %1738 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1743 = arith.addi %1731, %1614 : index
              %1744 = vector.load %1[%1743] : memref<?xf32>, vector<8xf32>
              %1745 = vector.fma %1616, %1744, %1741 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1746 = vector.fma %1618, %1744, %1742 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1747 = vector.shuffle %1633, %1649 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1748 = vector.shuffle %1633, %1649 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1749 = arith.addf %1747, %1748 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1750 = vector.shuffle %1665, %1681 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1751 = vector.shuffle %1665, %1681 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1752 = arith.addf %1750, %1751 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1753 = vector.shuffle %1697, %1713 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1754 = vector.shuffle %1697, %1713 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1755 = arith.addf %1753, %1754 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1756 = vector.shuffle %1729, %1745 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1757 = vector.shuffle %1729, %1745 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1758 = arith.addf %1756, %1757 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1759 = vector.shuffle %1749, %1752 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1760 = vector.shuffle %1749, %1752 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1761 = arith.addf %1759, %1760 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1762 = vector.shuffle %1755, %1758 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1763 = vector.shuffle %1755, %1758 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1764 = arith.addf %1762, %1763 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1765 = vector.shuffle %1761, %1764 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %1766 = vector.shuffle %1761, %1764 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %1767 = arith.addf %1765, %1766 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1768 = arith.mulf %1767, %1060 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1769 = arith.muli %1595, %11 : index
              vector.store %1768, %1055[%1769] : memref<32xf32>, vector<8xf32>
              %1770 = vector.shuffle %1634, %1650 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1771 = vector.shuffle %1634, %1650 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1772 = arith.addf %1770, %1771 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1773 = vector.shuffle %1666, %1682 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1774 = vector.shuffle %1666, %1682 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1775 = arith.addf %1773, %1774 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1776 = vector.shuffle %1698, %1714 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1777 = vector.shuffle %1698, %1714 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1778 = arith.addf %1776, %1777 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1779 = vector.shuffle %1730, %1746 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1780 = vector.shuffle %1730, %1746 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1781 = arith.addf %1779, %1780 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1782 = vector.shuffle %1772, %1775 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1783 = vector.shuffle %1772, %1775 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1784 = arith.addf %1782, %1783 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1785 = vector.shuffle %1778, %1781 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
              %1786 = vector.shuffle %1778, %1781 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
              %1787 = arith.addf %1785, %1786 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1788 = vector.shuffle %1784, %1787 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
              %1789 = vector.shuffle %1784, %1787 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
              %1790 = arith.addf %1788, %1789 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1791 = arith.mulf %1790, %1060 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1792 = arith.muli %1601, %11 : index
              vector.store %1791, %1055[%1792] : memref<32xf32>, vector<8xf32>
            }
            scf.for %1793 = %28 to %1062 step %9 {
              %1794 = arith.muli %1793, %11 : index
              %1795 = vector.load %1055[%1794] : memref<32xf32>, vector<8xf32>
              %1796 = arith.constant -1.000000e+30 : f32
              %1797 = vector.broadcast %1796 : f32 to vector<8xf32>
              %1798 = arith.select %1594, %1795, %1797 : vector<8xf32>
              %1799 = arith.addi %1050, %22 : index
              %1800 = arith.addi %1799, %1793 : index
              %1801 = memref.load %8[%1800] : memref<4608xf32>
              %1802 = vector.reduction <maxnumf>, %1798 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32> into f32
              %1803 = arith.cmpf ogt, %1801, %1802 : f32
              %1804 = arith.select %1803, %1801, %1802 : f32
              %1805 = vector.broadcast %1804 : f32 to vector<8xf32>
              %1806 = arith.subf %1798, %1805 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1807 = arith.constant -8.700000e+01 : f32
              %1808 = vector.broadcast %1807 : f32 to vector<8xf32>
              %1809 = arith.cmpf ogt, %1806, %1808 : vector<8xf32>
              %1810 = arith.select %1809, %1806, %1808 : vector<8xf32>
              %1811 = arith.constant 8.800000e+01 : f32
              %1812 = vector.broadcast %1811 : f32 to vector<8xf32>
              %1813 = arith.cmpf olt, %1810, %1812 : vector<8xf32>
              %1814 = arith.select %1813, %1810, %1812 : vector<8xf32>
              %1815 = math.exp %1814 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1816 = arith.select %1594, %1815, %1058 : vector<8xf32>
              %1817 = arith.subf %1801, %1804 fastmath<reassoc,nsz,arcp,contract,afn> : f32
              %1818 = vector.broadcast %1817 : f32 to vector<8xf32>
              %1819 = arith.cmpf ogt, %1818, %1808 : vector<8xf32>
              %1820 = arith.select %1819, %1818, %1808 : vector<8xf32>
              %1821 = arith.cmpf olt, %1820, %1812 : vector<8xf32>
              %1822 = arith.select %1821, %1820, %1812 : vector<8xf32>
              %1823 = math.exp %1822 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1824 = vector.extract %1823[0] : f32 from vector<8xf32>
              vector.store %1816, %1055[%1794] : memref<32xf32>, vector<8xf32>
              memref.store %1804, %8[%1800] : memref<4608xf32>
              %1825 = arith.constant 132 : index
              %1826 = arith.addi %1050, %1825 : index
              %1827 = arith.addi %1826, %1793 : index
              %1828 = memref.load %8[%1827] : memref<4608xf32>
              %1829 = arith.mulf %1828, %1824 fastmath<reassoc,nsz,arcp,contract,afn> : f32
              %1830 = vector.reduction <add>, %1816 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32> into f32
              %1831 = arith.addf %1829, %1830 fastmath<reassoc,nsz,arcp,contract,afn> : f32
              memref.store %1831, %8[%1827] : memref<4608xf32>
              memref.store %1824, %1056[%1793] : memref<4xf32>
            }
            scf.for %1832 = %28 to %1062 step %17 {
              %1833 = arith.addi %1832, %9 : index
              %1834 = arith.divui %1832, %17 : index
              %1835 = arith.muli %1834, %14 : index
              %1836 = memref.load %1056[%1832] : memref<4xf32>
              %1837 = vector.broadcast %1836 : f32 to vector<8xf32>
              %1838 = memref.load %1056[%1833] : memref<4xf32>
              %1839 = vector.broadcast %1838 : f32 to vector<8xf32>
              %1840 = arith.muli %1832, %11 : index
              %1841 = memref.load %1055[%1840] : memref<32xf32>
              %1842 = vector.broadcast %1841 : f32 to vector<8xf32>
              %1843 = arith.addi %1840, %9 : index
              %1844 = memref.load %1055[%1843] : memref<32xf32>
              %1845 = vector.broadcast %1844 : f32 to vector<8xf32>
              %1846 = arith.addi %1840, %17 : index
              %1847 = memref.load %1055[%1846] : memref<32xf32>
              %1848 = vector.broadcast %1847 : f32 to vector<8xf32>
              %1849 = arith.addi %1840, %1561 : index
              %1850 = memref.load %1055[%1849] : memref<32xf32>
              %1851 = vector.broadcast %1850 : f32 to vector<8xf32>
              %1852 = arith.addi %1840, %1062 : index
              %1853 = memref.load %1055[%1852] : memref<32xf32>
              %1854 = vector.broadcast %1853 : f32 to vector<8xf32>
              %1855 = arith.addi %1840, %1566 : index
              %1856 = memref.load %1055[%1855] : memref<32xf32>
              %1857 = vector.broadcast %1856 : f32 to vector<8xf32>
              %1858 = arith.addi %1840, %1569 : index
              %1859 = memref.load %1055[%1858] : memref<32xf32>
              %1860 = vector.broadcast %1859 : f32 to vector<8xf32>
              %1861 = arith.addi %1840, %1572 : index
              %1862 = memref.load %1055[%1861] : memref<32xf32>
              %1863 = vector.broadcast %1862 : f32 to vector<8xf32>
              %1864 = arith.muli %1833, %11 : index
              %1865 = memref.load %1055[%1864] : memref<32xf32>
              %1866 = vector.broadcast %1865 : f32 to vector<8xf32>
              %1867 = arith.addi %1864, %9 : index
              %1868 = memref.load %1055[%1867] : memref<32xf32>
              %1869 = vector.broadcast %1868 : f32 to vector<8xf32>
              %1870 = arith.addi %1864, %17 : index
              %1871 = memref.load %1055[%1870] : memref<32xf32>
              %1872 = vector.broadcast %1871 : f32 to vector<8xf32>
              %1873 = arith.addi %1864, %1561 : index
              %1874 = memref.load %1055[%1873] : memref<32xf32>
              %1875 = vector.broadcast %1874 : f32 to vector<8xf32>
              %1876 = arith.addi %1864, %1062 : index
              %1877 = memref.load %1055[%1876] : memref<32xf32>
              %1878 = vector.broadcast %1877 : f32 to vector<8xf32>
              %1879 = arith.addi %1864, %1566 : index
              %1880 = memref.load %1055[%1879] : memref<32xf32>
              %1881 = vector.broadcast %1880 : f32 to vector<8xf32>
              %1882 = arith.addi %1864, %1569 : index
              %1883 = memref.load %1055[%1882] : memref<32xf32>
              %1884 = vector.broadcast %1883 : f32 to vector<8xf32>
              %1885 = arith.addi %1864, %1572 : index
              %1886 = memref.load %1055[%1885] : memref<32xf32>
              %1887 = vector.broadcast %1886 : f32 to vector<8xf32>
              %1888 = arith.muli %1832, %14 : index
              %1889 = arith.addi %1050, %1888 : index
              %1890 = arith.muli %1833, %14 : index
              %1891 = arith.addi %1050, %1890 : index
              %1892 = arith.addi %1889, %11 : index
              %1893 = arith.addi %1891, %11 : index
              %1894 = arith.constant 16 : index
              %1895 = arith.addi %1889, %1894 : index
              %1896 = arith.addi %1891, %1894 : index
              %1897 = arith.constant 24 : index
              %1898 = arith.addi %1889, %1897 : index
              %1899 = arith.addi %1891, %1897 : index
              %1900 = vector.load %8[%1889] : memref<4608xf32>, vector<8xf32>
              %1901 = arith.mulf %1900, %1837 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1902 = vector.load %8[%1891] : memref<4608xf32>, vector<8xf32>
              %1903 = arith.mulf %1902, %1839 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1904 = vector.load %8[%1892] : memref<4608xf32>, vector<8xf32>
              %1905 = arith.mulf %1904, %1837 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1906 = vector.load %8[%1893] : memref<4608xf32>, vector<8xf32>
              %1907 = arith.mulf %1906, %1839 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1908 = vector.load %8[%1895] : memref<4608xf32>, vector<8xf32>
              %1909 = arith.mulf %1908, %1837 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1910 = vector.load %8[%1896] : memref<4608xf32>, vector<8xf32>
              %1911 = arith.mulf %1910, %1839 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1912 = vector.load %8[%1898] : memref<4608xf32>, vector<8xf32>
              %1913 = arith.mulf %1912, %1837 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1914 = vector.load %8[%1899] : memref<4608xf32>, vector<8xf32>
              %1915 = arith.mulf %1914, %1839 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
              %1916 = arith.addi %1576, %1835 : index
              %1917 = vector.load %2[%1916] : memref<?xf32>, vector<8xf32>
              %1918 = vector.fma %1842, %1917, %1901 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1919 = vector.fma %1866, %1917, %1903 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1920 = arith.addi %1916, %11 : index
              %1921 = vector.load %2[%1920] : memref<?xf32>, vector<8xf32>
              %1922 = vector.fma %1842, %1921, %1905 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1923 = vector.fma %1866, %1921, %1907 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1924 = arith.addi %1916, %1894 : index
              %1925 = vector.load %2[%1924] : memref<?xf32>, vector<8xf32>
              %1926 = vector.fma %1842, %1925, %1909 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1927 = vector.fma %1866, %1925, %1911 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1928 = arith.addi %1916, %1897 : index
              %1929 = vector.load %2[%1928] : memref<?xf32>, vector<8xf32>
              %1930 = vector.fma %1842, %1929, %1913 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1931 = vector.fma %1866, %1929, %1915 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1932 = arith.addi %1578, %1835 : index
              %1933 = vector.load %2[%1932] : memref<?xf32>, vector<8xf32>
              %1934 = vector.fma %1845, %1933, %1918 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1935 = vector.fma %1869, %1933, %1919 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1936 = arith.addi %1932, %11 : index
              %1937 = vector.load %2[%1936] : memref<?xf32>, vector<8xf32>
              %1938 = vector.fma %1845, %1937, %1922 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1939 = vector.fma %1869, %1937, %1923 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1940 = arith.addi %1932, %1894 : index
              %1941 = vector.load %2[%1940] : memref<?xf32>, vector<8xf32>
              %1942 = vector.fma %1845, %1941, %1926 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1943 = vector.fma %1869, %1941, %1927 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1944 = arith.addi %1932, %1897 : index
              %1945 = vector.load %2[%1944] : memref<?xf32>, vector<8xf32>
              %1946 = vector.fma %1845, %1945, %1930 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1947 = vector.fma %1869, %1945, %1931 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1948 = arith.addi %1580, %1835 : index
              %1949 = vector.load %2[%1948] : memref<?xf32>, vector<8xf32>
              %1950 = vector.fma %1848, %1949, %1934 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1951 = vector.fma %1872, %1949, %1935 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1952 = arith.addi %1948, %11 : index
              %1953 = vector.load %2[%1952] : memref<?xf32>, vector<8xf32>
              %1954 = vector.fma %1848, %1953, %1938 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1955 = vector.fma %1872, %1953, %1939 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1956 = arith.addi %1948, %1894 : index
              %1957 = vector.load %2[%1956] : memref<?xf32>, vector<8xf32>
              %1958 = vector.fma %1848, %1957, %1942 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1959 = vector.fma %1872, %1957, %1943 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1960 = arith.addi %1948, %1897 : index
              %1961 = vector.load %2[%1960] : memref<?xf32>, vector<8xf32>
              %1962 = vector.fma %1848, %1961, %1946 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1963 = vector.fma %1872, %1961, %1947 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1964 = arith.addi %1582, %1835 : index
              %1965 = vector.load %2[%1964] : memref<?xf32>, vector<8xf32>
              %1966 = vector.fma %1851, %1965, %1950 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1967 = vector.fma %1875, %1965, %1951 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1968 = arith.addi %1964, %11 : index
              %1969 = vector.load %2[%1968] : memref<?xf32>, vector<8xf32>
              %1970 = vector.fma %1851, %1969, %1954 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1971 = vector.fma %1875, %1969, %1955 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1972 = arith.addi %1964, %1894 : index
              %1973 = vector.load %2[%1972] : memref<?xf32>, vector<8xf32>
              %1974 = vector.fma %1851, %1973, %1958 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1975 = vector.fma %1875, %1973, %1959 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1976 = arith.addi %1964, %1897 : index
              %1977 = vector.load %2[%1976] : memref<?xf32>, vector<8xf32>
              %1978 = vector.fma %1851, %1977, %1962 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1979 = vector.fma %1875, %1977, %1963 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1980 = arith.addi %1584, %1835 : index
              %1981 = vector.load %2[%1980] : memref<?xf32>, vector<8xf32>
              %1982 = vector.fma %1854, %1981, %1966 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1983 = vector.fma %1878, %1981, %1967 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1984 = arith.addi %1980, %11 : index
              %1985 = vector.load %2[%1984] : memref<?xf32>, vector<8xf32>
              %1986 = vector.fma %1854, %1985, %1970 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1987 = vector.fma %1878, %1985, %1971 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1988 = arith.addi %1980, %1894 : index
              %1989 = vector.load %2[%1988] : memref<?xf32>, vector<8xf32>
              %1990 = vector.fma %1854, %1989, %1974 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1991 = vector.fma %1878, %1989, %1975 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1992 = arith.addi %1980, %1897 : index
              %1993 = vector.load %2[%1992] : memref<?xf32>, vector<8xf32>
              %1994 = vector.fma %1854, %1993, %1978 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1995 = vector.fma %1878, %1993, %1979 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1996 = arith.addi %1586, %1835 : index
              %1997 = vector.load %2[%1996] : memref<?xf32>, vector<8xf32>
              %1998 = vector.fma %1857, %1997, %1982 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %1999 = vector.fma %1881, %1997, %1983 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2000 = arith.addi %1996, %11 : index
              %2001 = vector.load %2[%2000] : memref<?xf32>, vector<8xf32>
              %2002 = vector.fma %1857, %2001, %1986 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2003 = vector.fma %1881, %2001, %1987 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2004 = arith.addi %1996, %1894 : index
              %2005 = vector.load %2[%2004] : memref<?xf32>, vector<8xf32>
              %2006 = vector.fma %1857, %2005, %1990 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2007 = vector.fma %1881, %2005, %1991 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2008 = arith.addi %1996, %1897 : index
              %2009 = vector.load %2[%2008] : memref<?xf32>, vector<8xf32>
              %2010 = vector.fma %1857, %2009, %1994 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2011 = vector.fma %1881, %2009, %1995 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2012 = arith.addi %1588, %1835 : index
              %2013 = vector.load %2[%2012] : memref<?xf32>, vector<8xf32>
              %2014 = vector.fma %1860, %2013, %1998 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2015 = vector.fma %1884, %2013, %1999 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2016 = arith.addi %2012, %11 : index
              %2017 = vector.load %2[%2016] : memref<?xf32>, vector<8xf32>
              %2018 = vector.fma %1860, %2017, %2002 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2019 = vector.fma %1884, %2017, %2003 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2020 = arith.addi %2012, %1894 : index
              %2021 = vector.load %2[%2020] : memref<?xf32>, vector<8xf32>
              %2022 = vector.fma %1860, %2021, %2006 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2023 = vector.fma %1884, %2021, %2007 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2024 = arith.addi %2012, %1897 : index
              %2025 = vector.load %2[%2024] : memref<?xf32>, vector<8xf32>
              %2026 = vector.fma %1860, %2025, %2010 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2027 = vector.fma %1884, %2025, %2011 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2028 = arith.addi %1590, %1835 : index
              %2029 = vector.load %2[%2028] : memref<?xf32>, vector<8xf32>
              %2030 = vector.fma %1863, %2029, %2014 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2031 = vector.fma %1887, %2029, %2015 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2032 = arith.addi %2028, %11 : index
              %2033 = vector.load %2[%2032] : memref<?xf32>, vector<8xf32>
              %2034 = vector.fma %1863, %2033, %2018 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2035 = vector.fma %1887, %2033, %2019 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2036 = arith.addi %2028, %1894 : index
              %2037 = vector.load %2[%2036] : memref<?xf32>, vector<8xf32>
              %2038 = vector.fma %1863, %2037, %2022 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2039 = vector.fma %1887, %2037, %2023 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2040 = arith.addi %2028, %1897 : index
              %2041 = vector.load %2[%2040] : memref<?xf32>, vector<8xf32>
              %2042 = vector.fma %1863, %2041, %2026 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %2043 = vector.fma %1887, %2041, %2027 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              vector.store %2030, %8[%1889] : memref<4608xf32>, vector<8xf32>
              vector.store %2031, %8[%1891] : memref<4608xf32>, vector<8xf32>
              vector.store %2034, %8[%1892] : memref<4608xf32>, vector<8xf32>
              vector.store %2035, %8[%1893] : memref<4608xf32>, vector<8xf32>
              vector.store %2038, %8[%1895] : memref<4608xf32>, vector<8xf32>
              vector.store %2039, %8[%1896] : memref<4608xf32>, vector<8xf32>
              vector.store %2042, %8[%1898] : memref<4608xf32>, vector<8xf32>
              vector.store %2043, %8[%1899] : memref<4608xf32>, vector<8xf32>
            }
          }
          scf.reduce
        }) : (index, index, index) -> ()
      }
      scf.for %2044 = %28 to %31 step %9 {
        %2045 = arith.muli %2044, %26 : index
        %2046 = arith.addi %29, %2044 : index
        %2047 = arith.muli %2046, %22 : index
        %2048 = arith.constant 4 : index
        scf.for %2049 = %28 to %2048 step %9 {
          %2050 = arith.constant -1.000000e+30 : f32
          %2051 = scf.for %2052 = %28 to %26 step %9 iter_args(%2053 = %2050) -> (f32) {
            %2054 = arith.addi %2045, %2052 : index
            %2055 = arith.constant 144 : index
            %2056 = arith.muli %2054, %2055 : index
            %2057 = arith.addi %2056, %22 : index
            %2058 = arith.addi %2057, %2049 : index
            %2059 = memref.load %8[%2058] : memref<4608xf32>
            %2060 = arith.cmpf ogt, %2053, %2059 : f32
            %2061 = arith.select %2060, %2053, %2059 : f32
            scf.yield %2061 : f32
          }
          %2062 = arith.constant 0.000000e+00 : f32
          %2063 = vector.broadcast %2062 : f32 to vector<8xf32>
          %2064, %2065, %2066, %2067, %2068 = scf.for %2069 = %28 to %26 step %9 iter_args(%2070 = %2062, %2071 = %2063, %2072 = %2063, %2073 = %2063, %2074 = %2063) -> (f32, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %2075 = arith.addi %2045, %2069 : index
            %2076 = arith.constant 144 : index
            %2077 = arith.muli %2075, %2076 : index
            %2078 = arith.addi %2077, %22 : index
            %2079 = arith.addi %2078, %2049 : index
            %2080 = memref.load %8[%2079] : memref<4608xf32>
            %2081 = arith.subf %2080, %2051 fastmath<reassoc,nsz,arcp,contract,afn> : f32
            %2082 = vector.broadcast %2081 : f32 to vector<8xf32>
            %2083 = arith.constant -8.700000e+01 : f32
            %2084 = vector.broadcast %2083 : f32 to vector<8xf32>
            %2085 = arith.cmpf ogt, %2082, %2084 : vector<8xf32>
            %2086 = arith.select %2085, %2082, %2084 : vector<8xf32>
            %2087 = arith.constant 8.800000e+01 : f32
            %2088 = vector.broadcast %2087 : f32 to vector<8xf32>
            %2089 = arith.cmpf olt, %2086, %2088 : vector<8xf32>
            %2090 = arith.select %2089, %2086, %2088 : vector<8xf32>
            %2091 = math.exp %2090 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %2092 = vector.extract %2091[0] : f32 from vector<8xf32>
            %2093 = vector.broadcast %2092 : f32 to vector<8xf32>
            %2094 = arith.muli %2049, %14 : index
            %2095 = arith.addi %2077, %2094 : index
            %2096 = arith.constant 132 : index
            %2097 = arith.addi %2077, %2096 : index
            %2098 = arith.addi %2097, %2049 : index
            %2099 = memref.load %8[%2098] : memref<4608xf32>
            %2100 = arith.mulf %2092, %2099 fastmath<reassoc,nsz,arcp,contract,afn> : f32
            %2101 = arith.addf %2070, %2100 fastmath<reassoc,nsz,arcp,contract,afn> : f32
            %2102 = vector.load %8[%2095] : memref<4608xf32>, vector<8xf32>
            %2103 = vector.fma %2093, %2102, %2071 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2104 = arith.addi %2095, %11 : index
            %2105 = vector.load %8[%2104] : memref<4608xf32>, vector<8xf32>
            %2106 = vector.fma %2093, %2105, %2072 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2107 = arith.constant 16 : index
            %2108 = arith.addi %2095, %2107 : index
            %2109 = vector.load %8[%2108] : memref<4608xf32>, vector<8xf32>
            %2110 = vector.fma %2093, %2109, %2073 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            %2111 = arith.constant 24 : index
            %2112 = arith.addi %2095, %2111 : index
            %2113 = vector.load %8[%2112] : memref<4608xf32>, vector<8xf32>
            %2114 = vector.fma %2093, %2113, %2074 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
            scf.yield %2101, %2103, %2106, %2110, %2114 : f32, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %2115 = arith.cmpf ogt, %2064, %2062 : f32
          %2116 = arith.constant 1.000000e+00 : f32
          %2117 = arith.divf %2116, %2064 fastmath<reassoc,nsz,arcp,contract,afn> : f32
          %2118 = arith.select %2115, %2117, %2062 : f32
          %2119 = vector.broadcast %2118 : f32 to vector<8xf32>
          %2120 = arith.mulf %2065, %2119 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          %2121 = arith.muli %2049, %14 : index
          %2122 = arith.addi %2047, %2121 : index
          vector.store %2120, %3[%2122] : memref<?xf32>, vector<8xf32>
          %2123 = arith.mulf %2066, %2119 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          %2124 = arith.addi %2122, %11 : index
          vector.store %2123, %3[%2124] : memref<?xf32>, vector<8xf32>
          %2125 = arith.mulf %2067, %2119 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          %2126 = arith.constant 16 : index
          %2127 = arith.addi %2122, %2126 : index
          vector.store %2125, %3[%2127] : memref<?xf32>, vector<8xf32>
          %2128 = arith.mulf %2068, %2119 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          %2129 = arith.constant 24 : index
          %2130 = arith.addi %2122, %2129 : index
          vector.store %2128, %3[%2130] : memref<?xf32>, vector<8xf32>
        }
      }
    }
    func.return
  }
  func.func private @embed_h128_v1024_packed16(%0: memref<?xi32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) attributes {rlx.kernel = {family = "embed", hidden = 128 : i64, vocab = 1024 : i64, packed = true, parallel_min_work = 524288 : i64}} {
    %4 = arith.constant 2048 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 0 : index
    %7 = arith.constant 1 : index
    %8 = arith.constant 524288 : index
    %9 = arith.cmpi ult, %5, %8 : index
    scf.if %9 {
      scf.for %10 = %6 to %3 step %7 {
        %11 = memref.load %0[%10] : memref<?xi32>
        %12 = arith.index_cast %11 : i32 to index
        %13 = arith.constant 1023 : index
        %14 = arith.minui %12, %13 : index
        %15 = arith.constant 16 : index
        %16 = arith.divui %14, %15 : index
        %17 = arith.muli %16, %4 : index
        %18 = arith.remui %14, %15 : index
        %19 = arith.addi %17, %18 : index
        %20 = arith.constant 128 : index
        %21 = arith.muli %10, %20 : index
        scf.for %22 = %6 to %20 step %7 {
          %23 = arith.muli %22, %15 : index
          %24 = arith.addi %19, %23 : index
          %25 = memref.load %1[%24] : memref<?xf32>
          %26 = arith.addi %21, %22 : index
          memref.store %25, %2[%26] : memref<?xf32>
        }
      }
    } else {
      "scf.parallel"(%6, %3, %7) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%27: index):
        %28 = memref.load %0[%27] : memref<?xi32>
        %29 = arith.index_cast %28 : i32 to index
        %30 = arith.constant 1023 : index
        %31 = arith.minui %29, %30 : index
        %32 = arith.constant 16 : index
        %33 = arith.divui %31, %32 : index
        %34 = arith.muli %33, %4 : index
        %35 = arith.remui %31, %32 : index
        %36 = arith.addi %34, %35 : index
        %37 = arith.constant 128 : index
        %38 = arith.muli %27, %37 : index
        scf.for %39 = %6 to %37 step %7 {
          %40 = arith.muli %39, %32 : index
          %41 = arith.addi %36, %40 : index
          %42 = memref.load %1[%41] : memref<?xf32>
          %43 = arith.addi %38, %39 : index
          memref.store %42, %2[%43] : memref<?xf32>
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
    %12 = arith.cmpi ult, %8, %11 : index
    scf.if %12 {
      scf.for %13 = %9 to %6 step %10 {
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
      }
    } else {
      "scf.parallel"(%9, %6, %10) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%26: index):
        %27 = arith.divui %26, %3 : index
        %28 = arith.remui %26, %3 : index
        %29 = arith.muli %26, %7 : index
        %30 = arith.muli %27, %5 : index
        %31 = arith.addi %30, %4 : index
        %32 = arith.addi %31, %28 : index
        %33 = arith.muli %32, %7 : index
        %34 = arith.constant 8 : index
        scf.for %35 = %9 to %7 step %34 {
          %36 = arith.addi %29, %35 : index
          %37 = vector.load %0[%36] : memref<?xf32>, vector<8xf32>
          %38 = arith.addi %33, %35 : index
          vector.store %37, %1[%38] : memref<?xf32>, vector<8xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @linear_k128_n1024(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) attributes {rlx.kernel = {family = "linear", k = 128 : i64, ns = array<i64: 1024>, rows = 8 : i64, paired = true, lanes = 16 : i64, kunroll = 2 : i64, panel_rows = 512 : i64, tile_group = 4 : i64, parallel_min_work = 524288 : i64}} {
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
    %14 = arith.constant 511 : index
    %15 = arith.addi %3, %14 : index
    %16 = arith.constant 512 : index
    %17 = arith.divui %15, %16 : index
    %18 = arith.muli %17, %13 : index
    %19 = arith.constant 0 : index
    %20 = arith.constant 524288 : index
    %21 = arith.cmpi ult, %5, %20 : index
    scf.if %21 {
      scf.for %22 = %19 to %18 step %8 {
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
          scf.for %37 = %25 to %31 step %6 {
            %38 = arith.addi %37, %8 : index
            %39 = arith.constant 2 : index
            %40 = arith.addi %37, %39 : index
            %41 = arith.constant 3 : index
            %42 = arith.addi %37, %41 : index
            %43 = arith.addi %37, %9 : index
            %44 = arith.constant 5 : index
            %45 = arith.addi %37, %44 : index
            %46 = arith.constant 6 : index
            %47 = arith.addi %37, %46 : index
            %48 = arith.constant 7 : index
            %49 = arith.addi %37, %48 : index
            %50 = arith.muli %36, %39 : index
            %51 = arith.addi %50, %8 : index
            %52 = arith.constant 2048 : index
            %53 = arith.muli %50, %52 : index
            %54 = arith.muli %51, %52 : index
            %55 = arith.constant 128 : index
            %56 = arith.muli %37, %55 : index
            %57 = arith.muli %38, %55 : index
            %58 = arith.muli %40, %55 : index
            %59 = arith.muli %42, %55 : index
            %60 = arith.muli %43, %55 : index
            %61 = arith.muli %45, %55 : index
            %62 = arith.muli %47, %55 : index
            %63 = arith.muli %49, %55 : index
            %64 = arith.constant 0.000000e+00 : f32
            %65 = vector.broadcast %64 : f32 to vector<16xf32>
            %66, %67, %68, %69, %70, %71, %72, %73, %74, %75, %76, %77, %78, %79, %80, %81 = scf.for %82 = %19 to %55 step %8 iter_args(%83 = %65, %84 = %65, %85 = %65, %86 = %65, %87 = %65, %88 = %65, %89 = %65, %90 = %65, %91 = %65, %92 = %65, %93 = %65, %94 = %65, %95 = %65, %96 = %65, %97 = %65, %98 = %65) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %99 = arith.constant 16 : index
              %100 = arith.muli %82, %99 : index
              %101 = arith.addi %53, %100 : index
              %102 = vector.load %1[%101] : memref<?xf32>, vector<16xf32>
              %103 = arith.addi %54, %100 : index
              %104 = vector.load %1[%103] : memref<?xf32>, vector<16xf32>
              %105 = arith.addi %56, %82 : index
              %106 = memref.load %0[%105] : memref<?xf32>
              %107 = vector.broadcast %106 : f32 to vector<16xf32>
              %108 = vector.fma %107, %102, %83 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %109 = vector.fma %107, %104, %84 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %110 = arith.addi %57, %82 : index
              %111 = memref.load %0[%110] : memref<?xf32>
              %112 = vector.broadcast %111 : f32 to vector<16xf32>
              %113 = vector.fma %112, %102, %85 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %114 = vector.fma %112, %104, %86 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %115 = arith.addi %58, %82 : index
              %116 = memref.load %0[%115] : memref<?xf32>
              %117 = vector.broadcast %116 : f32 to vector<16xf32>
              %118 = vector.fma %117, %102, %87 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %119 = vector.fma %117, %104, %88 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %120 = arith.addi %59, %82 : index
              %121 = memref.load %0[%120] : memref<?xf32>
              %122 = vector.broadcast %121 : f32 to vector<16xf32>
              %123 = vector.fma %122, %102, %89 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %124 = vector.fma %122, %104, %90 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %125 = arith.addi %60, %82 : index
              %126 = memref.load %0[%125] : memref<?xf32>
              %127 = vector.broadcast %126 : f32 to vector<16xf32>
              %128 = vector.fma %127, %102, %91 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %129 = vector.fma %127, %104, %92 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %130 = arith.addi %61, %82 : index
              %131 = memref.load %0[%130] : memref<?xf32>
              %132 = vector.broadcast %131 : f32 to vector<16xf32>
              %133 = vector.fma %132, %102, %93 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %134 = vector.fma %132, %104, %94 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %135 = arith.addi %62, %82 : index
              %136 = memref.load %0[%135] : memref<?xf32>
              %137 = vector.broadcast %136 : f32 to vector<16xf32>
              %138 = vector.fma %137, %102, %95 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %139 = vector.fma %137, %104, %96 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %140 = arith.addi %63, %82 : index
              %141 = memref.load %0[%140] : memref<?xf32>
              %142 = vector.broadcast %141 : f32 to vector<16xf32>
              %143 = vector.fma %142, %102, %97 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %144 = vector.fma %142, %104, %98 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              scf.yield %108, %109, %113, %114, %118, %119, %123, %124, %128, %129, %133, %134, %138, %139, %143, %144 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %145 = arith.constant 16 : index
            %146 = arith.muli %50, %145 : index
            %147 = arith.constant 1024 : index
            %148 = arith.muli %37, %147 : index
            %149 = arith.addi %148, %146 : index
            vector.store %66, %2[%149] : memref<?xf32>, vector<16xf32>
            %150 = arith.muli %51, %145 : index
            %151 = arith.addi %148, %150 : index
            vector.store %67, %2[%151] : memref<?xf32>, vector<16xf32>
            %152 = arith.muli %38, %147 : index
            %153 = arith.addi %152, %146 : index
            vector.store %68, %2[%153] : memref<?xf32>, vector<16xf32>
            %154 = arith.addi %152, %150 : index
            vector.store %69, %2[%154] : memref<?xf32>, vector<16xf32>
            %155 = arith.muli %40, %147 : index
            %156 = arith.addi %155, %146 : index
            vector.store %70, %2[%156] : memref<?xf32>, vector<16xf32>
            %157 = arith.addi %155, %150 : index
            vector.store %71, %2[%157] : memref<?xf32>, vector<16xf32>
            %158 = arith.muli %42, %147 : index
            %159 = arith.addi %158, %146 : index
            vector.store %72, %2[%159] : memref<?xf32>, vector<16xf32>
            %160 = arith.addi %158, %150 : index
            vector.store %73, %2[%160] : memref<?xf32>, vector<16xf32>
            %161 = arith.muli %43, %147 : index
            %162 = arith.addi %161, %146 : index
            vector.store %74, %2[%162] : memref<?xf32>, vector<16xf32>
            %163 = arith.addi %161, %150 : index
            vector.store %75, %2[%163] : memref<?xf32>, vector<16xf32>
            %164 = arith.muli %45, %147 : index
            %165 = arith.addi %164, %146 : index
            vector.store %76, %2[%165] : memref<?xf32>, vector<16xf32>
            %166 = arith.addi %164, %150 : index
            vector.store %77, %2[%166] : memref<?xf32>, vector<16xf32>
            %167 = arith.muli %47, %147 : index
            %168 = arith.addi %167, %146 : index
            vector.store %78, %2[%168] : memref<?xf32>, vector<16xf32>
            %169 = arith.addi %167, %150 : index
            vector.store %79, %2[%169] : memref<?xf32>, vector<16xf32>
            %170 = arith.muli %49, %147 : index
            %171 = arith.addi %170, %146 : index
            vector.store %80, %2[%171] : memref<?xf32>, vector<16xf32>
            %172 = arith.addi %170, %150 : index
            vector.store %81, %2[%172] : memref<?xf32>, vector<16xf32>
          }
          scf.for %173 = %31 to %27 step %8 {
            %174 = arith.constant 2 : index
            %175 = arith.muli %36, %174 : index
            %176 = arith.addi %175, %8 : index
            %177 = arith.constant 2048 : index
            %178 = arith.muli %175, %177 : index
            %179 = arith.muli %176, %177 : index
            %180 = arith.constant 128 : index
            %181 = arith.muli %173, %180 : index
            %182 = arith.constant 0.000000e+00 : f32
            %183 = vector.broadcast %182 : f32 to vector<8xf32>
            %184, %185, %186, %187, %188, %189, %190, %191 = scf.for %192 = %19 to %180 step %174 iter_args(%193 = %183, %194 = %183, %195 = %183, %196 = %183, %197 = %183, %198 = %183, %199 = %183, %200 = %183) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %201 = arith.constant 16 : index
              %202 = arith.muli %192, %201 : index
              %203 = arith.addi %178, %202 : index
              %204 = vector.load %1[%203] : memref<?xf32>, vector<8xf32>
              %205 = arith.addi %203, %6 : index
              %206 = vector.load %1[%205] : memref<?xf32>, vector<8xf32>
              %207 = arith.addi %179, %202 : index
              %208 = vector.load %1[%207] : memref<?xf32>, vector<8xf32>
              %209 = arith.addi %207, %6 : index
              %210 = vector.load %1[%209] : memref<?xf32>, vector<8xf32>
              %211 = arith.addi %181, %192 : index
              %212 = memref.load %0[%211] : memref<?xf32>
              %213 = vector.broadcast %212 : f32 to vector<8xf32>
              %214 = vector.fma %213, %204, %193 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %215 = vector.fma %213, %206, %194 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %216 = vector.fma %213, %208, %195 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %217 = vector.fma %213, %210, %196 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %218 = arith.addi %192, %8 : index
              %219 = arith.muli %218, %201 : index
              %220 = arith.addi %178, %219 : index
              %221 = vector.load %1[%220] : memref<?xf32>, vector<8xf32>
              %222 = arith.addi %220, %6 : index
              %223 = vector.load %1[%222] : memref<?xf32>, vector<8xf32>
              %224 = arith.addi %179, %219 : index
              %225 = vector.load %1[%224] : memref<?xf32>, vector<8xf32>
              %226 = arith.addi %224, %6 : index
              %227 = vector.load %1[%226] : memref<?xf32>, vector<8xf32>
              %228 = arith.addi %181, %218 : index
              %229 = memref.load %0[%228] : memref<?xf32>
              %230 = vector.broadcast %229 : f32 to vector<8xf32>
              %231 = vector.fma %230, %221, %197 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %232 = vector.fma %230, %223, %198 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %233 = vector.fma %230, %225, %199 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %234 = vector.fma %230, %227, %200 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              scf.yield %214, %215, %216, %217, %231, %232, %233, %234 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %235 = arith.addf %184, %188 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %236 = arith.addf %185, %189 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %237 = arith.addf %186, %190 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %238 = arith.addf %187, %191 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %239 = arith.constant 16 : index
            %240 = arith.muli %175, %239 : index
            %241 = arith.constant 1024 : index
            %242 = arith.muli %173, %241 : index
            %243 = arith.addi %242, %240 : index
            vector.store %235, %2[%243] : memref<?xf32>, vector<8xf32>
            %244 = arith.addi %243, %6 : index
            vector.store %236, %2[%244] : memref<?xf32>, vector<8xf32>
            %245 = arith.muli %176, %239 : index
            %246 = arith.addi %242, %245 : index
            vector.store %237, %2[%246] : memref<?xf32>, vector<8xf32>
            %247 = arith.addi %246, %6 : index
            vector.store %238, %2[%247] : memref<?xf32>, vector<8xf32>
          }
        }
      }
    } else {
      "scf.parallel"(%19, %18, %8) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%248: index):
        %249 = arith.divui %248, %17 : index
        %250 = arith.remui %248, %17 : index
        %251 = arith.muli %250, %16 : index
        %252 = arith.addi %251, %16 : index
        %253 = arith.minui %252, %3 : index
        %254 = arith.subi %253, %251 : index
        %255 = arith.divui %254, %6 : index
        %256 = arith.muli %255, %6 : index
        %257 = arith.addi %251, %256 : index
        %258 = arith.muli %249, %10 : index
        %259 = arith.addi %258, %10 : index
        %260 = arith.constant 32 : index
        %261 = arith.minui %259, %260 : index
        scf.for %262 = %258 to %261 step %8 {
          scf.for %263 = %251 to %257 step %6 {
            %264 = arith.addi %263, %8 : index
            %265 = arith.constant 2 : index
            %266 = arith.addi %263, %265 : index
            %267 = arith.constant 3 : index
            %268 = arith.addi %263, %267 : index
            %269 = arith.addi %263, %9 : index
            %270 = arith.constant 5 : index
            %271 = arith.addi %263, %270 : index
            %272 = arith.constant 6 : index
            %273 = arith.addi %263, %272 : index
            %274 = arith.constant 7 : index
            %275 = arith.addi %263, %274 : index
            %276 = arith.muli %262, %265 : index
            %277 = arith.addi %276, %8 : index
            %278 = arith.constant 2048 : index
            %279 = arith.muli %276, %278 : index
            %280 = arith.muli %277, %278 : index
            %281 = arith.constant 128 : index
            %282 = arith.muli %263, %281 : index
            %283 = arith.muli %264, %281 : index
            %284 = arith.muli %266, %281 : index
            %285 = arith.muli %268, %281 : index
            %286 = arith.muli %269, %281 : index
            %287 = arith.muli %271, %281 : index
            %288 = arith.muli %273, %281 : index
            %289 = arith.muli %275, %281 : index
            %290 = arith.constant 0.000000e+00 : f32
            %291 = vector.broadcast %290 : f32 to vector<16xf32>
            %292, %293, %294, %295, %296, %297, %298, %299, %300, %301, %302, %303, %304, %305, %306, %307 = scf.for %308 = %19 to %281 step %8 iter_args(%309 = %291, %310 = %291, %311 = %291, %312 = %291, %313 = %291, %314 = %291, %315 = %291, %316 = %291, %317 = %291, %318 = %291, %319 = %291, %320 = %291, %321 = %291, %322 = %291, %323 = %291, %324 = %291) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %325 = arith.constant 16 : index
              %326 = arith.muli %308, %325 : index
              %327 = arith.addi %279, %326 : index
              %328 = vector.load %1[%327] : memref<?xf32>, vector<16xf32>
              %329 = arith.addi %280, %326 : index
              %330 = vector.load %1[%329] : memref<?xf32>, vector<16xf32>
              %331 = arith.addi %282, %308 : index
              %332 = memref.load %0[%331] : memref<?xf32>
              %333 = vector.broadcast %332 : f32 to vector<16xf32>
              %334 = vector.fma %333, %328, %309 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %335 = vector.fma %333, %330, %310 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %336 = arith.addi %283, %308 : index
              %337 = memref.load %0[%336] : memref<?xf32>
              %338 = vector.broadcast %337 : f32 to vector<16xf32>
              %339 = vector.fma %338, %328, %311 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %340 = vector.fma %338, %330, %312 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %341 = arith.addi %284, %308 : index
              %342 = memref.load %0[%341] : memref<?xf32>
              %343 = vector.broadcast %342 : f32 to vector<16xf32>
              %344 = vector.fma %343, %328, %313 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %345 = vector.fma %343, %330, %314 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %346 = arith.addi %285, %308 : index
              %347 = memref.load %0[%346] : memref<?xf32>
              %348 = vector.broadcast %347 : f32 to vector<16xf32>
              %349 = vector.fma %348, %328, %315 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %350 = vector.fma %348, %330, %316 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %351 = arith.addi %286, %308 : index
              %352 = memref.load %0[%351] : memref<?xf32>
              %353 = vector.broadcast %352 : f32 to vector<16xf32>
              %354 = vector.fma %353, %328, %317 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %355 = vector.fma %353, %330, %318 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %356 = arith.addi %287, %308 : index
              %357 = memref.load %0[%356] : memref<?xf32>
              %358 = vector.broadcast %357 : f32 to vector<16xf32>
              %359 = vector.fma %358, %328, %319 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %360 = vector.fma %358, %330, %320 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %361 = arith.addi %288, %308 : index
              %362 = memref.load %0[%361] : memref<?xf32>
              %363 = vector.broadcast %362 : f32 to vector<16xf32>
              %364 = vector.fma %363, %328, %321 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %365 = vector.fma %363, %330, %322 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %366 = arith.addi %289, %308 : index
              %367 = memref.load %0[%366] : memref<?xf32>
              %368 = vector.broadcast %367 : f32 to vector<16xf32>
              %369 = vector.fma %368, %328, %323 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %370 = vector.fma %368, %330, %324 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              scf.yield %334, %335, %339, %340, %344, %345, %349, %350, %354, %355, %359, %360, %364, %365, %369, %370 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %371 = arith.constant 16 : index
            %372 = arith.muli %276, %371 : index
            %373 = arith.constant 1024 : index
            %374 = arith.muli %263, %373 : index
            %375 = arith.addi %374, %372 : index
            vector.store %292, %2[%375] : memref<?xf32>, vector<16xf32>
            %376 = arith.muli %277, %371 : index
            %377 = arith.addi %374, %376 : index
            vector.store %293, %2[%377] : memref<?xf32>, vector<16xf32>
            %378 = arith.muli %264, %373 : index
            %379 = arith.addi %378, %372 : index
            vector.store %294, %2[%379] : memref<?xf32>, vector<16xf32>
            %380 = arith.addi %378, %376 : index
            vector.store %295, %2[%380] : memref<?xf32>, vector<16xf32>
            %381 = arith.muli %266, %373 : index
            %382 = arith.addi %381, %372 : index
            vector.store %296, %2[%382] : memref<?xf32>, vector<16xf32>
            %383 = arith.addi %381, %376 : index
            vector.store %297, %2[%383] : memref<?xf32>, vector<16xf32>
            %384 = arith.muli %268, %373 : index
            %385 = arith.addi %384, %372 : index
            vector.store %298, %2[%385] : memref<?xf32>, vector<16xf32>
            %386 = arith.addi %384, %376 : index
            vector.store %299, %2[%386] : memref<?xf32>, vector<16xf32>
            %387 = arith.muli %269, %373 : index
            %388 = arith.addi %387, %372 : index
            vector.store %300, %2[%388] : memref<?xf32>, vector<16xf32>
            %389 = arith.addi %387, %376 : index
            vector.store %301, %2[%389] : memref<?xf32>, vector<16xf32>
            %390 = arith.muli %271, %373 : index
            %391 = arith.addi %390, %372 : index
            vector.store %302, %2[%391] : memref<?xf32>, vector<16xf32>
            %392 = arith.addi %390, %376 : index
            vector.store %303, %2[%392] : memref<?xf32>, vector<16xf32>
            %393 = arith.muli %273, %373 : index
            %394 = arith.addi %393, %372 : index
            vector.store %304, %2[%394] : memref<?xf32>, vector<16xf32>
            %395 = arith.addi %393, %376 : index
            vector.store %305, %2[%395] : memref<?xf32>, vector<16xf32>
            %396 = arith.muli %275, %373 : index
            %397 = arith.addi %396, %372 : index
            vector.store %306, %2[%397] : memref<?xf32>, vector<16xf32>
            %398 = arith.addi %396, %376 : index
            vector.store %307, %2[%398] : memref<?xf32>, vector<16xf32>
          }
          scf.for %399 = %257 to %253 step %8 {
            %400 = arith.constant 2 : index
            %401 = arith.muli %262, %400 : index
            %402 = arith.addi %401, %8 : index
            %403 = arith.constant 2048 : index
            %404 = arith.muli %401, %403 : index
            %405 = arith.muli %402, %403 : index
            %406 = arith.constant 128 : index
            %407 = arith.muli %399, %406 : index
            %408 = arith.constant 0.000000e+00 : f32
            %409 = vector.broadcast %408 : f32 to vector<8xf32>
            %410, %411, %412, %413, %414, %415, %416, %417 = scf.for %418 = %19 to %406 step %400 iter_args(%419 = %409, %420 = %409, %421 = %409, %422 = %409, %423 = %409, %424 = %409, %425 = %409, %426 = %409) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %427 = arith.constant 16 : index
              %428 = arith.muli %418, %427 : index
              %429 = arith.addi %404, %428 : index
              %430 = vector.load %1[%429] : memref<?xf32>, vector<8xf32>
              %431 = arith.addi %429, %6 : index
              %432 = vector.load %1[%431] : memref<?xf32>, vector<8xf32>
              %433 = arith.addi %405, %428 : index
              %434 = vector.load %1[%433] : memref<?xf32>, vector<8xf32>
              %435 = arith.addi %433, %6 : index
              %436 = vector.load %1[%435] : memref<?xf32>, vector<8xf32>
              %437 = arith.addi %407, %418 : index
              %438 = memref.load %0[%437] : memref<?xf32>
              %439 = vector.broadcast %438 : f32 to vector<8xf32>
              %440 = vector.fma %439, %430, %419 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %441 = vector.fma %439, %432, %420 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %442 = vector.fma %439, %434, %421 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %443 = vector.fma %439, %436, %422 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %444 = arith.addi %418, %8 : index
              %445 = arith.muli %444, %427 : index
              %446 = arith.addi %404, %445 : index
              %447 = vector.load %1[%446] : memref<?xf32>, vector<8xf32>
              %448 = arith.addi %446, %6 : index
              %449 = vector.load %1[%448] : memref<?xf32>, vector<8xf32>
              %450 = arith.addi %405, %445 : index
              %451 = vector.load %1[%450] : memref<?xf32>, vector<8xf32>
              %452 = arith.addi %450, %6 : index
              %453 = vector.load %1[%452] : memref<?xf32>, vector<8xf32>
              %454 = arith.addi %407, %444 : index
              %455 = memref.load %0[%454] : memref<?xf32>
              %456 = vector.broadcast %455 : f32 to vector<8xf32>
              %457 = vector.fma %456, %447, %423 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %458 = vector.fma %456, %449, %424 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %459 = vector.fma %456, %451, %425 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %460 = vector.fma %456, %453, %426 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              scf.yield %440, %441, %442, %443, %457, %458, %459, %460 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %461 = arith.addf %410, %414 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %462 = arith.addf %411, %415 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %463 = arith.addf %412, %416 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %464 = arith.addf %413, %417 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %465 = arith.constant 16 : index
            %466 = arith.muli %401, %465 : index
            %467 = arith.constant 1024 : index
            %468 = arith.muli %399, %467 : index
            %469 = arith.addi %468, %466 : index
            vector.store %461, %2[%469] : memref<?xf32>, vector<8xf32>
            %470 = arith.addi %469, %6 : index
            vector.store %462, %2[%470] : memref<?xf32>, vector<8xf32>
            %471 = arith.muli %402, %465 : index
            %472 = arith.addi %468, %471 : index
            vector.store %463, %2[%472] : memref<?xf32>, vector<8xf32>
            %473 = arith.addi %472, %6 : index
            vector.store %464, %2[%473] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @linear_k128_n128(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) attributes {rlx.kernel = {family = "linear", k = 128 : i64, ns = array<i64: 128>, rows = 8 : i64, paired = true, lanes = 16 : i64, kunroll = 2 : i64, panel_rows = 512 : i64, tile_group = 1 : i64, parallel_min_work = 524288 : i64}} {
    %4 = arith.constant 16384 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 511 : index
    %7 = arith.addi %3, %6 : index
    %8 = arith.constant 512 : index
    %9 = arith.divui %7, %8 : index
    %10 = arith.constant 4 : index
    %11 = arith.muli %9, %10 : index
    %12 = arith.constant 0 : index
    %13 = arith.constant 1 : index
    %14 = arith.constant 524288 : index
    %15 = arith.cmpi ult, %5, %14 : index
    scf.if %15 {
      scf.for %16 = %12 to %11 step %13 {
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
          scf.for %29 = %19 to %26 step %23 {
            %30 = arith.addi %29, %13 : index
            %31 = arith.constant 2 : index
            %32 = arith.addi %29, %31 : index
            %33 = arith.constant 3 : index
            %34 = arith.addi %29, %33 : index
            %35 = arith.addi %29, %10 : index
            %36 = arith.constant 5 : index
            %37 = arith.addi %29, %36 : index
            %38 = arith.constant 6 : index
            %39 = arith.addi %29, %38 : index
            %40 = arith.constant 7 : index
            %41 = arith.addi %29, %40 : index
            %42 = arith.muli %28, %31 : index
            %43 = arith.addi %42, %13 : index
            %44 = arith.constant 2048 : index
            %45 = arith.muli %42, %44 : index
            %46 = arith.muli %43, %44 : index
            %47 = arith.constant 128 : index
            %48 = arith.muli %29, %47 : index
            %49 = arith.muli %30, %47 : index
            %50 = arith.muli %32, %47 : index
            %51 = arith.muli %34, %47 : index
            %52 = arith.muli %35, %47 : index
            %53 = arith.muli %37, %47 : index
            %54 = arith.muli %39, %47 : index
            %55 = arith.muli %41, %47 : index
            %56 = arith.constant 0.000000e+00 : f32
            %57 = vector.broadcast %56 : f32 to vector<16xf32>
            %58, %59, %60, %61, %62, %63, %64, %65, %66, %67, %68, %69, %70, %71, %72, %73 = scf.for %74 = %12 to %47 step %13 iter_args(%75 = %57, %76 = %57, %77 = %57, %78 = %57, %79 = %57, %80 = %57, %81 = %57, %82 = %57, %83 = %57, %84 = %57, %85 = %57, %86 = %57, %87 = %57, %88 = %57, %89 = %57, %90 = %57) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %91 = arith.constant 16 : index
              %92 = arith.muli %74, %91 : index
              %93 = arith.addi %45, %92 : index
              %94 = vector.load %1[%93] : memref<?xf32>, vector<16xf32>
              %95 = arith.addi %46, %92 : index
              %96 = vector.load %1[%95] : memref<?xf32>, vector<16xf32>
              %97 = arith.addi %48, %74 : index
              %98 = memref.load %0[%97] : memref<?xf32>
              %99 = vector.broadcast %98 : f32 to vector<16xf32>
              %100 = vector.fma %99, %94, %75 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %101 = vector.fma %99, %96, %76 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %102 = arith.addi %49, %74 : index
              %103 = memref.load %0[%102] : memref<?xf32>
              %104 = vector.broadcast %103 : f32 to vector<16xf32>
              %105 = vector.fma %104, %94, %77 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %106 = vector.fma %104, %96, %78 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %107 = arith.addi %50, %74 : index
              %108 = memref.load %0[%107] : memref<?xf32>
              %109 = vector.broadcast %108 : f32 to vector<16xf32>
              %110 = vector.fma %109, %94, %79 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %111 = vector.fma %109, %96, %80 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %112 = arith.addi %51, %74 : index
              %113 = memref.load %0[%112] : memref<?xf32>
              %114 = vector.broadcast %113 : f32 to vector<16xf32>
              %115 = vector.fma %114, %94, %81 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %116 = vector.fma %114, %96, %82 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %117 = arith.addi %52, %74 : index
              %118 = memref.load %0[%117] : memref<?xf32>
              %119 = vector.broadcast %118 : f32 to vector<16xf32>
              %120 = vector.fma %119, %94, %83 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %121 = vector.fma %119, %96, %84 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %122 = arith.addi %53, %74 : index
              %123 = memref.load %0[%122] : memref<?xf32>
              %124 = vector.broadcast %123 : f32 to vector<16xf32>
              %125 = vector.fma %124, %94, %85 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %126 = vector.fma %124, %96, %86 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %127 = arith.addi %54, %74 : index
              %128 = memref.load %0[%127] : memref<?xf32>
              %129 = vector.broadcast %128 : f32 to vector<16xf32>
              %130 = vector.fma %129, %94, %87 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %131 = vector.fma %129, %96, %88 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %132 = arith.addi %55, %74 : index
              %133 = memref.load %0[%132] : memref<?xf32>
              %134 = vector.broadcast %133 : f32 to vector<16xf32>
              %135 = vector.fma %134, %94, %89 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %136 = vector.fma %134, %96, %90 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              scf.yield %100, %101, %105, %106, %110, %111, %115, %116, %120, %121, %125, %126, %130, %131, %135, %136 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %137 = arith.constant 16 : index
            %138 = arith.muli %42, %137 : index
            %139 = arith.addi %48, %138 : index
            vector.store %58, %2[%139] : memref<?xf32>, vector<16xf32>
            %140 = arith.muli %43, %137 : index
            %141 = arith.addi %48, %140 : index
            vector.store %59, %2[%141] : memref<?xf32>, vector<16xf32>
            %142 = arith.addi %49, %138 : index
            vector.store %60, %2[%142] : memref<?xf32>, vector<16xf32>
            %143 = arith.addi %49, %140 : index
            vector.store %61, %2[%143] : memref<?xf32>, vector<16xf32>
            %144 = arith.addi %50, %138 : index
            vector.store %62, %2[%144] : memref<?xf32>, vector<16xf32>
            %145 = arith.addi %50, %140 : index
            vector.store %63, %2[%145] : memref<?xf32>, vector<16xf32>
            %146 = arith.addi %51, %138 : index
            vector.store %64, %2[%146] : memref<?xf32>, vector<16xf32>
            %147 = arith.addi %51, %140 : index
            vector.store %65, %2[%147] : memref<?xf32>, vector<16xf32>
            %148 = arith.addi %52, %138 : index
            vector.store %66, %2[%148] : memref<?xf32>, vector<16xf32>
            %149 = arith.addi %52, %140 : index
            vector.store %67, %2[%149] : memref<?xf32>, vector<16xf32>
            %150 = arith.addi %53, %138 : index
            vector.store %68, %2[%150] : memref<?xf32>, vector<16xf32>
            %151 = arith.addi %53, %140 : index
            vector.store %69, %2[%151] : memref<?xf32>, vector<16xf32>
            %152 = arith.addi %54, %138 : index
            vector.store %70, %2[%152] : memref<?xf32>, vector<16xf32>
            %153 = arith.addi %54, %140 : index
            vector.store %71, %2[%153] : memref<?xf32>, vector<16xf32>
            %154 = arith.addi %55, %138 : index
            vector.store %72, %2[%154] : memref<?xf32>, vector<16xf32>
            %155 = arith.addi %55, %140 : index
            vector.store %73, %2[%155] : memref<?xf32>, vector<16xf32>
          }
          scf.for %156 = %26 to %21 step %13 {
            %157 = arith.constant 2 : index
            %158 = arith.muli %28, %157 : index
            %159 = arith.addi %158, %13 : index
            %160 = arith.constant 2048 : index
            %161 = arith.muli %158, %160 : index
            %162 = arith.muli %159, %160 : index
            %163 = arith.constant 128 : index
            %164 = arith.muli %156, %163 : index
            %165 = arith.constant 0.000000e+00 : f32
            %166 = vector.broadcast %165 : f32 to vector<8xf32>
            %167, %168, %169, %170, %171, %172, %173, %174 = scf.for %175 = %12 to %163 step %157 iter_args(%176 = %166, %177 = %166, %178 = %166, %179 = %166, %180 = %166, %181 = %166, %182 = %166, %183 = %166) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %184 = arith.constant 16 : index
              %185 = arith.muli %175, %184 : index
              %186 = arith.addi %161, %185 : index
              %187 = vector.load %1[%186] : memref<?xf32>, vector<8xf32>
              %188 = arith.addi %186, %23 : index
              %189 = vector.load %1[%188] : memref<?xf32>, vector<8xf32>
              %190 = arith.addi %162, %185 : index
              %191 = vector.load %1[%190] : memref<?xf32>, vector<8xf32>
              %192 = arith.addi %190, %23 : index
              %193 = vector.load %1[%192] : memref<?xf32>, vector<8xf32>
              %194 = arith.addi %164, %175 : index
              %195 = memref.load %0[%194] : memref<?xf32>
              %196 = vector.broadcast %195 : f32 to vector<8xf32>
              %197 = vector.fma %196, %187, %176 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %198 = vector.fma %196, %189, %177 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %199 = vector.fma %196, %191, %178 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %200 = vector.fma %196, %193, %179 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %201 = arith.addi %175, %13 : index
              %202 = arith.muli %201, %184 : index
              %203 = arith.addi %161, %202 : index
              %204 = vector.load %1[%203] : memref<?xf32>, vector<8xf32>
              %205 = arith.addi %203, %23 : index
              %206 = vector.load %1[%205] : memref<?xf32>, vector<8xf32>
              %207 = arith.addi %162, %202 : index
              %208 = vector.load %1[%207] : memref<?xf32>, vector<8xf32>
              %209 = arith.addi %207, %23 : index
              %210 = vector.load %1[%209] : memref<?xf32>, vector<8xf32>
              %211 = arith.addi %164, %201 : index
              %212 = memref.load %0[%211] : memref<?xf32>
              %213 = vector.broadcast %212 : f32 to vector<8xf32>
              %214 = vector.fma %213, %204, %180 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %215 = vector.fma %213, %206, %181 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %216 = vector.fma %213, %208, %182 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %217 = vector.fma %213, %210, %183 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              scf.yield %197, %198, %199, %200, %214, %215, %216, %217 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %218 = arith.addf %167, %171 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %219 = arith.addf %168, %172 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %220 = arith.addf %169, %173 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %221 = arith.addf %170, %174 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %222 = arith.constant 16 : index
            %223 = arith.muli %158, %222 : index
            %224 = arith.addi %164, %223 : index
            vector.store %218, %2[%224] : memref<?xf32>, vector<8xf32>
            %225 = arith.addi %224, %23 : index
            vector.store %219, %2[%225] : memref<?xf32>, vector<8xf32>
            %226 = arith.muli %159, %222 : index
            %227 = arith.addi %164, %226 : index
            vector.store %220, %2[%227] : memref<?xf32>, vector<8xf32>
            %228 = arith.addi %227, %23 : index
            vector.store %221, %2[%228] : memref<?xf32>, vector<8xf32>
          }
        }
      }
    } else {
      "scf.parallel"(%12, %11, %13) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%229: index):
        %230 = arith.divui %229, %9 : index
        %231 = arith.remui %229, %9 : index
        %232 = arith.muli %231, %8 : index
        %233 = arith.addi %232, %8 : index
        %234 = arith.minui %233, %3 : index
        %235 = arith.subi %234, %232 : index
        %236 = arith.constant 8 : index
        %237 = arith.divui %235, %236 : index
        %238 = arith.muli %237, %236 : index
        %239 = arith.addi %232, %238 : index
        %240 = arith.addi %230, %13 : index
        scf.for %241 = %230 to %240 step %13 {
          scf.for %242 = %232 to %239 step %236 {
            %243 = arith.addi %242, %13 : index
            %244 = arith.constant 2 : index
            %245 = arith.addi %242, %244 : index
            %246 = arith.constant 3 : index
            %247 = arith.addi %242, %246 : index
            %248 = arith.addi %242, %10 : index
            %249 = arith.constant 5 : index
            %250 = arith.addi %242, %249 : index
            %251 = arith.constant 6 : index
            %252 = arith.addi %242, %251 : index
            %253 = arith.constant 7 : index
            %254 = arith.addi %242, %253 : index
            %255 = arith.muli %241, %244 : index
            %256 = arith.addi %255, %13 : index
            %257 = arith.constant 2048 : index
            %258 = arith.muli %255, %257 : index
            %259 = arith.muli %256, %257 : index
            %260 = arith.constant 128 : index
            %261 = arith.muli %242, %260 : index
            %262 = arith.muli %243, %260 : index
            %263 = arith.muli %245, %260 : index
            %264 = arith.muli %247, %260 : index
            %265 = arith.muli %248, %260 : index
            %266 = arith.muli %250, %260 : index
            %267 = arith.muli %252, %260 : index
            %268 = arith.muli %254, %260 : index
            %269 = arith.constant 0.000000e+00 : f32
            %270 = vector.broadcast %269 : f32 to vector<16xf32>
            %271, %272, %273, %274, %275, %276, %277, %278, %279, %280, %281, %282, %283, %284, %285, %286 = scf.for %287 = %12 to %260 step %13 iter_args(%288 = %270, %289 = %270, %290 = %270, %291 = %270, %292 = %270, %293 = %270, %294 = %270, %295 = %270, %296 = %270, %297 = %270, %298 = %270, %299 = %270, %300 = %270, %301 = %270, %302 = %270, %303 = %270) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %304 = arith.constant 16 : index
              %305 = arith.muli %287, %304 : index
              %306 = arith.addi %258, %305 : index
              %307 = vector.load %1[%306] : memref<?xf32>, vector<16xf32>
              %308 = arith.addi %259, %305 : index
              %309 = vector.load %1[%308] : memref<?xf32>, vector<16xf32>
              %310 = arith.addi %261, %287 : index
              %311 = memref.load %0[%310] : memref<?xf32>
              %312 = vector.broadcast %311 : f32 to vector<16xf32>
              %313 = vector.fma %312, %307, %288 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %314 = vector.fma %312, %309, %289 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %315 = arith.addi %262, %287 : index
              %316 = memref.load %0[%315] : memref<?xf32>
              %317 = vector.broadcast %316 : f32 to vector<16xf32>
              %318 = vector.fma %317, %307, %290 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %319 = vector.fma %317, %309, %291 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %320 = arith.addi %263, %287 : index
              %321 = memref.load %0[%320] : memref<?xf32>
              %322 = vector.broadcast %321 : f32 to vector<16xf32>
              %323 = vector.fma %322, %307, %292 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %324 = vector.fma %322, %309, %293 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %325 = arith.addi %264, %287 : index
              %326 = memref.load %0[%325] : memref<?xf32>
              %327 = vector.broadcast %326 : f32 to vector<16xf32>
              %328 = vector.fma %327, %307, %294 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %329 = vector.fma %327, %309, %295 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %330 = arith.addi %265, %287 : index
              %331 = memref.load %0[%330] : memref<?xf32>
              %332 = vector.broadcast %331 : f32 to vector<16xf32>
              %333 = vector.fma %332, %307, %296 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %334 = vector.fma %332, %309, %297 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %335 = arith.addi %266, %287 : index
              %336 = memref.load %0[%335] : memref<?xf32>
              %337 = vector.broadcast %336 : f32 to vector<16xf32>
              %338 = vector.fma %337, %307, %298 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %339 = vector.fma %337, %309, %299 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %340 = arith.addi %267, %287 : index
              %341 = memref.load %0[%340] : memref<?xf32>
              %342 = vector.broadcast %341 : f32 to vector<16xf32>
              %343 = vector.fma %342, %307, %300 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %344 = vector.fma %342, %309, %301 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %345 = arith.addi %268, %287 : index
              %346 = memref.load %0[%345] : memref<?xf32>
              %347 = vector.broadcast %346 : f32 to vector<16xf32>
              %348 = vector.fma %347, %307, %302 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %349 = vector.fma %347, %309, %303 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              scf.yield %313, %314, %318, %319, %323, %324, %328, %329, %333, %334, %338, %339, %343, %344, %348, %349 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %350 = arith.constant 16 : index
            %351 = arith.muli %255, %350 : index
            %352 = arith.addi %261, %351 : index
            vector.store %271, %2[%352] : memref<?xf32>, vector<16xf32>
            %353 = arith.muli %256, %350 : index
            %354 = arith.addi %261, %353 : index
            vector.store %272, %2[%354] : memref<?xf32>, vector<16xf32>
            %355 = arith.addi %262, %351 : index
            vector.store %273, %2[%355] : memref<?xf32>, vector<16xf32>
            %356 = arith.addi %262, %353 : index
            vector.store %274, %2[%356] : memref<?xf32>, vector<16xf32>
            %357 = arith.addi %263, %351 : index
            vector.store %275, %2[%357] : memref<?xf32>, vector<16xf32>
            %358 = arith.addi %263, %353 : index
            vector.store %276, %2[%358] : memref<?xf32>, vector<16xf32>
            %359 = arith.addi %264, %351 : index
            vector.store %277, %2[%359] : memref<?xf32>, vector<16xf32>
            %360 = arith.addi %264, %353 : index
            vector.store %278, %2[%360] : memref<?xf32>, vector<16xf32>
            %361 = arith.addi %265, %351 : index
            vector.store %279, %2[%361] : memref<?xf32>, vector<16xf32>
            %362 = arith.addi %265, %353 : index
            vector.store %280, %2[%362] : memref<?xf32>, vector<16xf32>
            %363 = arith.addi %266, %351 : index
            vector.store %281, %2[%363] : memref<?xf32>, vector<16xf32>
            %364 = arith.addi %266, %353 : index
            vector.store %282, %2[%364] : memref<?xf32>, vector<16xf32>
            %365 = arith.addi %267, %351 : index
            vector.store %283, %2[%365] : memref<?xf32>, vector<16xf32>
            %366 = arith.addi %267, %353 : index
            vector.store %284, %2[%366] : memref<?xf32>, vector<16xf32>
            %367 = arith.addi %268, %351 : index
            vector.store %285, %2[%367] : memref<?xf32>, vector<16xf32>
            %368 = arith.addi %268, %353 : index
            vector.store %286, %2[%368] : memref<?xf32>, vector<16xf32>
          }
          scf.for %369 = %239 to %234 step %13 {
            %370 = arith.constant 2 : index
            %371 = arith.muli %241, %370 : index
            %372 = arith.addi %371, %13 : index
            %373 = arith.constant 2048 : index
            %374 = arith.muli %371, %373 : index
            %375 = arith.muli %372, %373 : index
            %376 = arith.constant 128 : index
            %377 = arith.muli %369, %376 : index
            %378 = arith.constant 0.000000e+00 : f32
            %379 = vector.broadcast %378 : f32 to vector<8xf32>
            %380, %381, %382, %383, %384, %385, %386, %387 = scf.for %388 = %12 to %376 step %370 iter_args(%389 = %379, %390 = %379, %391 = %379, %392 = %379, %393 = %379, %394 = %379, %395 = %379, %396 = %379) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %397 = arith.constant 16 : index
              %398 = arith.muli %388, %397 : index
              %399 = arith.addi %374, %398 : index
              %400 = vector.load %1[%399] : memref<?xf32>, vector<8xf32>
              %401 = arith.addi %399, %236 : index
              %402 = vector.load %1[%401] : memref<?xf32>, vector<8xf32>
              %403 = arith.addi %375, %398 : index
              %404 = vector.load %1[%403] : memref<?xf32>, vector<8xf32>
              %405 = arith.addi %403, %236 : index
              %406 = vector.load %1[%405] : memref<?xf32>, vector<8xf32>
              %407 = arith.addi %377, %388 : index
              %408 = memref.load %0[%407] : memref<?xf32>
              %409 = vector.broadcast %408 : f32 to vector<8xf32>
              %410 = vector.fma %409, %400, %389 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %411 = vector.fma %409, %402, %390 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %412 = vector.fma %409, %404, %391 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %413 = vector.fma %409, %406, %392 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %414 = arith.addi %388, %13 : index
              %415 = arith.muli %414, %397 : index
              %416 = arith.addi %374, %415 : index
              %417 = vector.load %1[%416] : memref<?xf32>, vector<8xf32>
              %418 = arith.addi %416, %236 : index
              %419 = vector.load %1[%418] : memref<?xf32>, vector<8xf32>
              %420 = arith.addi %375, %415 : index
              %421 = vector.load %1[%420] : memref<?xf32>, vector<8xf32>
              %422 = arith.addi %420, %236 : index
              %423 = vector.load %1[%422] : memref<?xf32>, vector<8xf32>
              %424 = arith.addi %377, %414 : index
              %425 = memref.load %0[%424] : memref<?xf32>
              %426 = vector.broadcast %425 : f32 to vector<8xf32>
              %427 = vector.fma %426, %417, %393 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %428 = vector.fma %426, %419, %394 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %429 = vector.fma %426, %421, %395 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %430 = vector.fma %426, %423, %396 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              scf.yield %410, %411, %412, %413, %427, %428, %429, %430 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %431 = arith.addf %380, %384 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %432 = arith.addf %381, %385 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %433 = arith.addf %382, %386 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %434 = arith.addf %383, %387 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %435 = arith.constant 16 : index
            %436 = arith.muli %371, %435 : index
            %437 = arith.addi %377, %436 : index
            vector.store %431, %2[%437] : memref<?xf32>, vector<8xf32>
            %438 = arith.addi %437, %236 : index
            vector.store %432, %2[%438] : memref<?xf32>, vector<8xf32>
            %439 = arith.muli %372, %435 : index
            %440 = arith.addi %377, %439 : index
            vector.store %433, %2[%440] : memref<?xf32>, vector<8xf32>
            %441 = arith.addi %440, %236 : index
            vector.store %434, %2[%441] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @linear_k192_n128(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) attributes {rlx.kernel = {family = "linear", k = 192 : i64, ns = array<i64: 128>, rows = 8 : i64, paired = true, lanes = 16 : i64, kunroll = 2 : i64, panel_rows = 336 : i64, tile_group = 1 : i64, parallel_min_work = 524288 : i64}} {
    %4 = arith.constant 24576 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 335 : index
    %7 = arith.addi %3, %6 : index
    %8 = arith.constant 336 : index
    %9 = arith.divui %7, %8 : index
    %10 = arith.constant 4 : index
    %11 = arith.muli %9, %10 : index
    %12 = arith.constant 0 : index
    %13 = arith.constant 1 : index
    %14 = arith.constant 524288 : index
    %15 = arith.cmpi ult, %5, %14 : index
    scf.if %15 {
      scf.for %16 = %12 to %11 step %13 {
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
          scf.for %29 = %19 to %26 step %23 {
            %30 = arith.addi %29, %13 : index
            %31 = arith.constant 2 : index
            %32 = arith.addi %29, %31 : index
            %33 = arith.constant 3 : index
            %34 = arith.addi %29, %33 : index
            %35 = arith.addi %29, %10 : index
            %36 = arith.constant 5 : index
            %37 = arith.addi %29, %36 : index
            %38 = arith.constant 6 : index
            %39 = arith.addi %29, %38 : index
            %40 = arith.constant 7 : index
            %41 = arith.addi %29, %40 : index
            %42 = arith.muli %28, %31 : index
            %43 = arith.addi %42, %13 : index
            %44 = arith.constant 3072 : index
            %45 = arith.muli %42, %44 : index
            %46 = arith.muli %43, %44 : index
            %47 = arith.constant 192 : index
            %48 = arith.muli %29, %47 : index
            %49 = arith.muli %30, %47 : index
            %50 = arith.muli %32, %47 : index
            %51 = arith.muli %34, %47 : index
            %52 = arith.muli %35, %47 : index
            %53 = arith.muli %37, %47 : index
            %54 = arith.muli %39, %47 : index
            %55 = arith.muli %41, %47 : index
            %56 = arith.constant 0.000000e+00 : f32
            %57 = vector.broadcast %56 : f32 to vector<16xf32>
            %58, %59, %60, %61, %62, %63, %64, %65, %66, %67, %68, %69, %70, %71, %72, %73 = scf.for %74 = %12 to %47 step %13 iter_args(%75 = %57, %76 = %57, %77 = %57, %78 = %57, %79 = %57, %80 = %57, %81 = %57, %82 = %57, %83 = %57, %84 = %57, %85 = %57, %86 = %57, %87 = %57, %88 = %57, %89 = %57, %90 = %57) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %91 = arith.constant 16 : index
              %92 = arith.muli %74, %91 : index
              %93 = arith.addi %45, %92 : index
              %94 = vector.load %1[%93] : memref<?xf32>, vector<16xf32>
              %95 = arith.addi %46, %92 : index
              %96 = vector.load %1[%95] : memref<?xf32>, vector<16xf32>
              %97 = arith.addi %48, %74 : index
              %98 = memref.load %0[%97] : memref<?xf32>
              %99 = vector.broadcast %98 : f32 to vector<16xf32>
              %100 = vector.fma %99, %94, %75 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %101 = vector.fma %99, %96, %76 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %102 = arith.addi %49, %74 : index
              %103 = memref.load %0[%102] : memref<?xf32>
              %104 = vector.broadcast %103 : f32 to vector<16xf32>
              %105 = vector.fma %104, %94, %77 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %106 = vector.fma %104, %96, %78 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %107 = arith.addi %50, %74 : index
              %108 = memref.load %0[%107] : memref<?xf32>
              %109 = vector.broadcast %108 : f32 to vector<16xf32>
              %110 = vector.fma %109, %94, %79 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %111 = vector.fma %109, %96, %80 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %112 = arith.addi %51, %74 : index
              %113 = memref.load %0[%112] : memref<?xf32>
              %114 = vector.broadcast %113 : f32 to vector<16xf32>
              %115 = vector.fma %114, %94, %81 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %116 = vector.fma %114, %96, %82 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %117 = arith.addi %52, %74 : index
              %118 = memref.load %0[%117] : memref<?xf32>
              %119 = vector.broadcast %118 : f32 to vector<16xf32>
              %120 = vector.fma %119, %94, %83 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %121 = vector.fma %119, %96, %84 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %122 = arith.addi %53, %74 : index
              %123 = memref.load %0[%122] : memref<?xf32>
              %124 = vector.broadcast %123 : f32 to vector<16xf32>
              %125 = vector.fma %124, %94, %85 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %126 = vector.fma %124, %96, %86 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %127 = arith.addi %54, %74 : index
              %128 = memref.load %0[%127] : memref<?xf32>
              %129 = vector.broadcast %128 : f32 to vector<16xf32>
              %130 = vector.fma %129, %94, %87 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %131 = vector.fma %129, %96, %88 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %132 = arith.addi %55, %74 : index
              %133 = memref.load %0[%132] : memref<?xf32>
              %134 = vector.broadcast %133 : f32 to vector<16xf32>
              %135 = vector.fma %134, %94, %89 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %136 = vector.fma %134, %96, %90 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              scf.yield %100, %101, %105, %106, %110, %111, %115, %116, %120, %121, %125, %126, %130, %131, %135, %136 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %137 = arith.constant 16 : index
            %138 = arith.muli %42, %137 : index
            %139 = arith.constant 128 : index
            %140 = arith.muli %29, %139 : index
            %141 = arith.addi %140, %138 : index
            vector.store %58, %2[%141] : memref<?xf32>, vector<16xf32>
            %142 = arith.muli %43, %137 : index
            %143 = arith.addi %140, %142 : index
            vector.store %59, %2[%143] : memref<?xf32>, vector<16xf32>
            %144 = arith.muli %30, %139 : index
            %145 = arith.addi %144, %138 : index
            vector.store %60, %2[%145] : memref<?xf32>, vector<16xf32>
            %146 = arith.addi %144, %142 : index
            vector.store %61, %2[%146] : memref<?xf32>, vector<16xf32>
            %147 = arith.muli %32, %139 : index
            %148 = arith.addi %147, %138 : index
            vector.store %62, %2[%148] : memref<?xf32>, vector<16xf32>
            %149 = arith.addi %147, %142 : index
            vector.store %63, %2[%149] : memref<?xf32>, vector<16xf32>
            %150 = arith.muli %34, %139 : index
            %151 = arith.addi %150, %138 : index
            vector.store %64, %2[%151] : memref<?xf32>, vector<16xf32>
            %152 = arith.addi %150, %142 : index
            vector.store %65, %2[%152] : memref<?xf32>, vector<16xf32>
            %153 = arith.muli %35, %139 : index
            %154 = arith.addi %153, %138 : index
            vector.store %66, %2[%154] : memref<?xf32>, vector<16xf32>
            %155 = arith.addi %153, %142 : index
            vector.store %67, %2[%155] : memref<?xf32>, vector<16xf32>
            %156 = arith.muli %37, %139 : index
            %157 = arith.addi %156, %138 : index
            vector.store %68, %2[%157] : memref<?xf32>, vector<16xf32>
            %158 = arith.addi %156, %142 : index
            vector.store %69, %2[%158] : memref<?xf32>, vector<16xf32>
            %159 = arith.muli %39, %139 : index
            %160 = arith.addi %159, %138 : index
            vector.store %70, %2[%160] : memref<?xf32>, vector<16xf32>
            %161 = arith.addi %159, %142 : index
            vector.store %71, %2[%161] : memref<?xf32>, vector<16xf32>
            %162 = arith.muli %41, %139 : index
            %163 = arith.addi %162, %138 : index
            vector.store %72, %2[%163] : memref<?xf32>, vector<16xf32>
            %164 = arith.addi %162, %142 : index
            vector.store %73, %2[%164] : memref<?xf32>, vector<16xf32>
          }
          scf.for %165 = %26 to %21 step %13 {
            %166 = arith.constant 2 : index
            %167 = arith.muli %28, %166 : index
            %168 = arith.addi %167, %13 : index
            %169 = arith.constant 3072 : index
            %170 = arith.muli %167, %169 : index
            %171 = arith.muli %168, %169 : index
            %172 = arith.constant 192 : index
            %173 = arith.muli %165, %172 : index
            %174 = arith.constant 0.000000e+00 : f32
            %175 = vector.broadcast %174 : f32 to vector<8xf32>
            %176, %177, %178, %179, %180, %181, %182, %183 = scf.for %184 = %12 to %172 step %166 iter_args(%185 = %175, %186 = %175, %187 = %175, %188 = %175, %189 = %175, %190 = %175, %191 = %175, %192 = %175) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %193 = arith.constant 16 : index
              %194 = arith.muli %184, %193 : index
              %195 = arith.addi %170, %194 : index
              %196 = vector.load %1[%195] : memref<?xf32>, vector<8xf32>
              %197 = arith.addi %195, %23 : index
              %198 = vector.load %1[%197] : memref<?xf32>, vector<8xf32>
              %199 = arith.addi %171, %194 : index
              %200 = vector.load %1[%199] : memref<?xf32>, vector<8xf32>
              %201 = arith.addi %199, %23 : index
              %202 = vector.load %1[%201] : memref<?xf32>, vector<8xf32>
              %203 = arith.addi %173, %184 : index
              %204 = memref.load %0[%203] : memref<?xf32>
              %205 = vector.broadcast %204 : f32 to vector<8xf32>
              %206 = vector.fma %205, %196, %185 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %207 = vector.fma %205, %198, %186 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %208 = vector.fma %205, %200, %187 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %209 = vector.fma %205, %202, %188 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %210 = arith.addi %184, %13 : index
              %211 = arith.muli %210, %193 : index
              %212 = arith.addi %170, %211 : index
              %213 = vector.load %1[%212] : memref<?xf32>, vector<8xf32>
              %214 = arith.addi %212, %23 : index
              %215 = vector.load %1[%214] : memref<?xf32>, vector<8xf32>
              %216 = arith.addi %171, %211 : index
              %217 = vector.load %1[%216] : memref<?xf32>, vector<8xf32>
              %218 = arith.addi %216, %23 : index
              %219 = vector.load %1[%218] : memref<?xf32>, vector<8xf32>
              %220 = arith.addi %173, %210 : index
              %221 = memref.load %0[%220] : memref<?xf32>
              %222 = vector.broadcast %221 : f32 to vector<8xf32>
              %223 = vector.fma %222, %213, %189 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %224 = vector.fma %222, %215, %190 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %225 = vector.fma %222, %217, %191 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %226 = vector.fma %222, %219, %192 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              scf.yield %206, %207, %208, %209, %223, %224, %225, %226 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %227 = arith.addf %176, %180 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %228 = arith.addf %177, %181 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %229 = arith.addf %178, %182 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %230 = arith.addf %179, %183 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %231 = arith.constant 16 : index
            %232 = arith.muli %167, %231 : index
            %233 = arith.constant 128 : index
            %234 = arith.muli %165, %233 : index
            %235 = arith.addi %234, %232 : index
            vector.store %227, %2[%235] : memref<?xf32>, vector<8xf32>
            %236 = arith.addi %235, %23 : index
            vector.store %228, %2[%236] : memref<?xf32>, vector<8xf32>
            %237 = arith.muli %168, %231 : index
            %238 = arith.addi %234, %237 : index
            vector.store %229, %2[%238] : memref<?xf32>, vector<8xf32>
            %239 = arith.addi %238, %23 : index
            vector.store %230, %2[%239] : memref<?xf32>, vector<8xf32>
          }
        }
      }
    } else {
      "scf.parallel"(%12, %11, %13) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%240: index):
        %241 = arith.divui %240, %9 : index
        %242 = arith.remui %240, %9 : index
        %243 = arith.muli %242, %8 : index
        %244 = arith.addi %243, %8 : index
        %245 = arith.minui %244, %3 : index
        %246 = arith.subi %245, %243 : index
        %247 = arith.constant 8 : index
        %248 = arith.divui %246, %247 : index
        %249 = arith.muli %248, %247 : index
        %250 = arith.addi %243, %249 : index
        %251 = arith.addi %241, %13 : index
        scf.for %252 = %241 to %251 step %13 {
          scf.for %253 = %243 to %250 step %247 {
            %254 = arith.addi %253, %13 : index
            %255 = arith.constant 2 : index
            %256 = arith.addi %253, %255 : index
            %257 = arith.constant 3 : index
            %258 = arith.addi %253, %257 : index
            %259 = arith.addi %253, %10 : index
            %260 = arith.constant 5 : index
            %261 = arith.addi %253, %260 : index
            %262 = arith.constant 6 : index
            %263 = arith.addi %253, %262 : index
            %264 = arith.constant 7 : index
            %265 = arith.addi %253, %264 : index
            %266 = arith.muli %252, %255 : index
            %267 = arith.addi %266, %13 : index
            %268 = arith.constant 3072 : index
            %269 = arith.muli %266, %268 : index
            %270 = arith.muli %267, %268 : index
            %271 = arith.constant 192 : index
            %272 = arith.muli %253, %271 : index
            %273 = arith.muli %254, %271 : index
            %274 = arith.muli %256, %271 : index
            %275 = arith.muli %258, %271 : index
            %276 = arith.muli %259, %271 : index
            %277 = arith.muli %261, %271 : index
            %278 = arith.muli %263, %271 : index
            %279 = arith.muli %265, %271 : index
            %280 = arith.constant 0.000000e+00 : f32
            %281 = vector.broadcast %280 : f32 to vector<16xf32>
            %282, %283, %284, %285, %286, %287, %288, %289, %290, %291, %292, %293, %294, %295, %296, %297 = scf.for %298 = %12 to %271 step %13 iter_args(%299 = %281, %300 = %281, %301 = %281, %302 = %281, %303 = %281, %304 = %281, %305 = %281, %306 = %281, %307 = %281, %308 = %281, %309 = %281, %310 = %281, %311 = %281, %312 = %281, %313 = %281, %314 = %281) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %315 = arith.constant 16 : index
              %316 = arith.muli %298, %315 : index
              %317 = arith.addi %269, %316 : index
              %318 = vector.load %1[%317] : memref<?xf32>, vector<16xf32>
              %319 = arith.addi %270, %316 : index
              %320 = vector.load %1[%319] : memref<?xf32>, vector<16xf32>
              %321 = arith.addi %272, %298 : index
              %322 = memref.load %0[%321] : memref<?xf32>
              %323 = vector.broadcast %322 : f32 to vector<16xf32>
              %324 = vector.fma %323, %318, %299 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %325 = vector.fma %323, %320, %300 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %326 = arith.addi %273, %298 : index
              %327 = memref.load %0[%326] : memref<?xf32>
              %328 = vector.broadcast %327 : f32 to vector<16xf32>
              %329 = vector.fma %328, %318, %301 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %330 = vector.fma %328, %320, %302 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %331 = arith.addi %274, %298 : index
              %332 = memref.load %0[%331] : memref<?xf32>
              %333 = vector.broadcast %332 : f32 to vector<16xf32>
              %334 = vector.fma %333, %318, %303 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %335 = vector.fma %333, %320, %304 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %336 = arith.addi %275, %298 : index
              %337 = memref.load %0[%336] : memref<?xf32>
              %338 = vector.broadcast %337 : f32 to vector<16xf32>
              %339 = vector.fma %338, %318, %305 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %340 = vector.fma %338, %320, %306 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %341 = arith.addi %276, %298 : index
              %342 = memref.load %0[%341] : memref<?xf32>
              %343 = vector.broadcast %342 : f32 to vector<16xf32>
              %344 = vector.fma %343, %318, %307 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %345 = vector.fma %343, %320, %308 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %346 = arith.addi %277, %298 : index
              %347 = memref.load %0[%346] : memref<?xf32>
              %348 = vector.broadcast %347 : f32 to vector<16xf32>
              %349 = vector.fma %348, %318, %309 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %350 = vector.fma %348, %320, %310 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %351 = arith.addi %278, %298 : index
              %352 = memref.load %0[%351] : memref<?xf32>
              %353 = vector.broadcast %352 : f32 to vector<16xf32>
              %354 = vector.fma %353, %318, %311 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %355 = vector.fma %353, %320, %312 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %356 = arith.addi %279, %298 : index
              %357 = memref.load %0[%356] : memref<?xf32>
              %358 = vector.broadcast %357 : f32 to vector<16xf32>
              %359 = vector.fma %358, %318, %313 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %360 = vector.fma %358, %320, %314 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              scf.yield %324, %325, %329, %330, %334, %335, %339, %340, %344, %345, %349, %350, %354, %355, %359, %360 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %361 = arith.constant 16 : index
            %362 = arith.muli %266, %361 : index
            %363 = arith.constant 128 : index
            %364 = arith.muli %253, %363 : index
            %365 = arith.addi %364, %362 : index
            vector.store %282, %2[%365] : memref<?xf32>, vector<16xf32>
            %366 = arith.muli %267, %361 : index
            %367 = arith.addi %364, %366 : index
            vector.store %283, %2[%367] : memref<?xf32>, vector<16xf32>
            %368 = arith.muli %254, %363 : index
            %369 = arith.addi %368, %362 : index
            vector.store %284, %2[%369] : memref<?xf32>, vector<16xf32>
            %370 = arith.addi %368, %366 : index
            vector.store %285, %2[%370] : memref<?xf32>, vector<16xf32>
            %371 = arith.muli %256, %363 : index
            %372 = arith.addi %371, %362 : index
            vector.store %286, %2[%372] : memref<?xf32>, vector<16xf32>
            %373 = arith.addi %371, %366 : index
            vector.store %287, %2[%373] : memref<?xf32>, vector<16xf32>
            %374 = arith.muli %258, %363 : index
            %375 = arith.addi %374, %362 : index
            vector.store %288, %2[%375] : memref<?xf32>, vector<16xf32>
            %376 = arith.addi %374, %366 : index
            vector.store %289, %2[%376] : memref<?xf32>, vector<16xf32>
            %377 = arith.muli %259, %363 : index
            %378 = arith.addi %377, %362 : index
            vector.store %290, %2[%378] : memref<?xf32>, vector<16xf32>
            %379 = arith.addi %377, %366 : index
            vector.store %291, %2[%379] : memref<?xf32>, vector<16xf32>
            %380 = arith.muli %261, %363 : index
            %381 = arith.addi %380, %362 : index
            vector.store %292, %2[%381] : memref<?xf32>, vector<16xf32>
            %382 = arith.addi %380, %366 : index
            vector.store %293, %2[%382] : memref<?xf32>, vector<16xf32>
            %383 = arith.muli %263, %363 : index
            %384 = arith.addi %383, %362 : index
            vector.store %294, %2[%384] : memref<?xf32>, vector<16xf32>
            %385 = arith.addi %383, %366 : index
            vector.store %295, %2[%385] : memref<?xf32>, vector<16xf32>
            %386 = arith.muli %265, %363 : index
            %387 = arith.addi %386, %362 : index
            vector.store %296, %2[%387] : memref<?xf32>, vector<16xf32>
            %388 = arith.addi %386, %366 : index
            vector.store %297, %2[%388] : memref<?xf32>, vector<16xf32>
          }
          scf.for %389 = %250 to %245 step %13 {
            %390 = arith.constant 2 : index
            %391 = arith.muli %252, %390 : index
            %392 = arith.addi %391, %13 : index
            %393 = arith.constant 3072 : index
            %394 = arith.muli %391, %393 : index
            %395 = arith.muli %392, %393 : index
            %396 = arith.constant 192 : index
            %397 = arith.muli %389, %396 : index
            %398 = arith.constant 0.000000e+00 : f32
            %399 = vector.broadcast %398 : f32 to vector<8xf32>
            %400, %401, %402, %403, %404, %405, %406, %407 = scf.for %408 = %12 to %396 step %390 iter_args(%409 = %399, %410 = %399, %411 = %399, %412 = %399, %413 = %399, %414 = %399, %415 = %399, %416 = %399) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %417 = arith.constant 16 : index
              %418 = arith.muli %408, %417 : index
              %419 = arith.addi %394, %418 : index
              %420 = vector.load %1[%419] : memref<?xf32>, vector<8xf32>
              %421 = arith.addi %419, %247 : index
              %422 = vector.load %1[%421] : memref<?xf32>, vector<8xf32>
              %423 = arith.addi %395, %418 : index
              %424 = vector.load %1[%423] : memref<?xf32>, vector<8xf32>
              %425 = arith.addi %423, %247 : index
              %426 = vector.load %1[%425] : memref<?xf32>, vector<8xf32>
              %427 = arith.addi %397, %408 : index
              %428 = memref.load %0[%427] : memref<?xf32>
              %429 = vector.broadcast %428 : f32 to vector<8xf32>
              %430 = vector.fma %429, %420, %409 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %431 = vector.fma %429, %422, %410 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %432 = vector.fma %429, %424, %411 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %433 = vector.fma %429, %426, %412 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %434 = arith.addi %408, %13 : index
              %435 = arith.muli %434, %417 : index
              %436 = arith.addi %394, %435 : index
              %437 = vector.load %1[%436] : memref<?xf32>, vector<8xf32>
              %438 = arith.addi %436, %247 : index
              %439 = vector.load %1[%438] : memref<?xf32>, vector<8xf32>
              %440 = arith.addi %395, %435 : index
              %441 = vector.load %1[%440] : memref<?xf32>, vector<8xf32>
              %442 = arith.addi %440, %247 : index
              %443 = vector.load %1[%442] : memref<?xf32>, vector<8xf32>
              %444 = arith.addi %397, %434 : index
              %445 = memref.load %0[%444] : memref<?xf32>
              %446 = vector.broadcast %445 : f32 to vector<8xf32>
              %447 = vector.fma %446, %437, %413 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %448 = vector.fma %446, %439, %414 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %449 = vector.fma %446, %441, %415 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %450 = vector.fma %446, %443, %416 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              scf.yield %430, %431, %432, %433, %447, %448, %449, %450 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %451 = arith.addf %400, %404 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %452 = arith.addf %401, %405 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %453 = arith.addf %402, %406 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %454 = arith.addf %403, %407 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %455 = arith.constant 16 : index
            %456 = arith.muli %391, %455 : index
            %457 = arith.constant 128 : index
            %458 = arith.muli %389, %457 : index
            %459 = arith.addi %458, %456 : index
            vector.store %451, %2[%459] : memref<?xf32>, vector<8xf32>
            %460 = arith.addi %459, %247 : index
            vector.store %452, %2[%460] : memref<?xf32>, vector<8xf32>
            %461 = arith.muli %392, %455 : index
            %462 = arith.addi %458, %461 : index
            vector.store %453, %2[%462] : memref<?xf32>, vector<8xf32>
            %463 = arith.addi %462, %247 : index
            vector.store %454, %2[%463] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @linear_swiglu_k128_n192(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: memref<?xf32>, %4: index) attributes {rlx.kernel = {family = "linear_swiglu", k = 128 : i64, ns = array<i64: 192>, rows = 8 : i64, paired = false, lanes = 16 : i64, kunroll = 2 : i64, panel_rows = 512 : i64, tile_group = 1 : i64, parallel_min_work = 524288 : i64}} {
    %5 = arith.constant 49152 : index
    %6 = arith.muli %4, %5 : index
    %7 = arith.constant 511 : index
    %8 = arith.addi %4, %7 : index
    %9 = arith.constant 512 : index
    %10 = arith.divui %8, %9 : index
    %11 = arith.constant 12 : index
    %12 = arith.muli %10, %11 : index
    %13 = arith.constant 0 : index
    %14 = arith.constant 1 : index
    %15 = arith.constant 524288 : index
    %16 = arith.cmpi ult, %6, %15 : index
    scf.if %16 {
      scf.for %17 = %13 to %12 step %14 {
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
          scf.for %30 = %20 to %27 step %24 {
            %31 = arith.addi %30, %14 : index
            %32 = arith.constant 2 : index
            %33 = arith.addi %30, %32 : index
            %34 = arith.constant 3 : index
            %35 = arith.addi %30, %34 : index
            %36 = arith.constant 4 : index
            %37 = arith.addi %30, %36 : index
            %38 = arith.constant 5 : index
            %39 = arith.addi %30, %38 : index
            %40 = arith.constant 6 : index
            %41 = arith.addi %30, %40 : index
            %42 = arith.constant 7 : index
            %43 = arith.addi %30, %42 : index
            %44 = arith.constant 2048 : index
            %45 = arith.muli %29, %44 : index
            %46 = arith.constant 128 : index
            %47 = arith.muli %30, %46 : index
            %48 = arith.muli %31, %46 : index
            %49 = arith.muli %33, %46 : index
            %50 = arith.muli %35, %46 : index
            %51 = arith.muli %37, %46 : index
            %52 = arith.muli %39, %46 : index
            %53 = arith.muli %41, %46 : index
            %54 = arith.muli %43, %46 : index
            %55 = arith.constant 0.000000e+00 : f32
            %56 = vector.broadcast %55 : f32 to vector<16xf32>
            %57, %58, %59, %60, %61, %62, %63, %64, %65, %66, %67, %68, %69, %70, %71, %72 = scf.for %73 = %13 to %46 step %14 iter_args(%74 = %56, %75 = %56, %76 = %56, %77 = %56, %78 = %56, %79 = %56, %80 = %56, %81 = %56, %82 = %56, %83 = %56, %84 = %56, %85 = %56, %86 = %56, %87 = %56, %88 = %56, %89 = %56) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %90 = arith.constant 16 : index
              %91 = arith.muli %73, %90 : index
              %92 = arith.addi %45, %91 : index
              %93 = vector.load %1[%92] : memref<?xf32>, vector<16xf32>
              %94 = vector.load %2[%92] : memref<?xf32>, vector<16xf32>
              %95 = arith.addi %47, %73 : index
              %96 = memref.load %0[%95] : memref<?xf32>
              %97 = vector.broadcast %96 : f32 to vector<16xf32>
              %98 = vector.fma %97, %93, %74 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %99 = vector.fma %97, %94, %75 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %100 = arith.addi %48, %73 : index
              %101 = memref.load %0[%100] : memref<?xf32>
              %102 = vector.broadcast %101 : f32 to vector<16xf32>
              %103 = vector.fma %102, %93, %76 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %104 = vector.fma %102, %94, %77 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %105 = arith.addi %49, %73 : index
              %106 = memref.load %0[%105] : memref<?xf32>
              %107 = vector.broadcast %106 : f32 to vector<16xf32>
              %108 = vector.fma %107, %93, %78 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %109 = vector.fma %107, %94, %79 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %110 = arith.addi %50, %73 : index
              %111 = memref.load %0[%110] : memref<?xf32>
              %112 = vector.broadcast %111 : f32 to vector<16xf32>
              %113 = vector.fma %112, %93, %80 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %114 = vector.fma %112, %94, %81 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %115 = arith.addi %51, %73 : index
              %116 = memref.load %0[%115] : memref<?xf32>
              %117 = vector.broadcast %116 : f32 to vector<16xf32>
              %118 = vector.fma %117, %93, %82 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %119 = vector.fma %117, %94, %83 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %120 = arith.addi %52, %73 : index
              %121 = memref.load %0[%120] : memref<?xf32>
              %122 = vector.broadcast %121 : f32 to vector<16xf32>
              %123 = vector.fma %122, %93, %84 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %124 = vector.fma %122, %94, %85 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %125 = arith.addi %53, %73 : index
              %126 = memref.load %0[%125] : memref<?xf32>
              %127 = vector.broadcast %126 : f32 to vector<16xf32>
              %128 = vector.fma %127, %93, %86 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %129 = vector.fma %127, %94, %87 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %130 = arith.addi %54, %73 : index
              %131 = memref.load %0[%130] : memref<?xf32>
              %132 = vector.broadcast %131 : f32 to vector<16xf32>
              %133 = vector.fma %132, %93, %88 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %134 = vector.fma %132, %94, %89 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              scf.yield %98, %99, %103, %104, %108, %109, %113, %114, %118, %119, %123, %124, %128, %129, %133, %134 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %135 = arith.subf %56, %57 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %136 = arith.constant -8.700000e+01 : f32
            %137 = vector.broadcast %136 : f32 to vector<16xf32>
            %138 = arith.cmpf ogt, %135, %137 : vector<16xf32>
            %139 = arith.select %138, %135, %137 : vector<16xf32>
            %140 = arith.constant 8.800000e+01 : f32
            %141 = vector.broadcast %140 : f32 to vector<16xf32>
            %142 = arith.cmpf olt, %139, %141 : vector<16xf32>
            %143 = arith.select %142, %139, %141 : vector<16xf32>
            %144 = math.exp %143 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %145 = arith.constant 1.000000e+00 : f32
            %146 = vector.broadcast %145 : f32 to vector<16xf32>
            %147 = arith.addf %146, %144 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %148 = arith.divf %57, %147 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %149 = arith.mulf %148, %58 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %150 = arith.constant 192 : index
            %151 = arith.muli %30, %150 : index
            %152 = arith.constant 16 : index
            %153 = arith.muli %29, %152 : index
            %154 = arith.addi %151, %153 : index
            vector.store %149, %3[%154] : memref<?xf32>, vector<16xf32>
            %155 = arith.subf %56, %59 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %156 = arith.cmpf ogt, %155, %137 : vector<16xf32>
            %157 = arith.select %156, %155, %137 : vector<16xf32>
            %158 = arith.cmpf olt, %157, %141 : vector<16xf32>
            %159 = arith.select %158, %157, %141 : vector<16xf32>
            %160 = math.exp %159 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %161 = arith.addf %146, %160 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %162 = arith.divf %59, %161 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %163 = arith.mulf %162, %60 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %164 = arith.muli %31, %150 : index
            %165 = arith.addi %164, %153 : index
            vector.store %163, %3[%165] : memref<?xf32>, vector<16xf32>
            %166 = arith.subf %56, %61 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %167 = arith.cmpf ogt, %166, %137 : vector<16xf32>
            %168 = arith.select %167, %166, %137 : vector<16xf32>
            %169 = arith.cmpf olt, %168, %141 : vector<16xf32>
            %170 = arith.select %169, %168, %141 : vector<16xf32>
            %171 = math.exp %170 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %172 = arith.addf %146, %171 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %173 = arith.divf %61, %172 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %174 = arith.mulf %173, %62 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %175 = arith.muli %33, %150 : index
            %176 = arith.addi %175, %153 : index
            vector.store %174, %3[%176] : memref<?xf32>, vector<16xf32>
            %177 = arith.subf %56, %63 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %178 = arith.cmpf ogt, %177, %137 : vector<16xf32>
            %179 = arith.select %178, %177, %137 : vector<16xf32>
            %180 = arith.cmpf olt, %179, %141 : vector<16xf32>
            %181 = arith.select %180, %179, %141 : vector<16xf32>
            %182 = math.exp %181 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %183 = arith.addf %146, %182 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %184 = arith.divf %63, %183 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %185 = arith.mulf %184, %64 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %186 = arith.muli %35, %150 : index
            %187 = arith.addi %186, %153 : index
            vector.store %185, %3[%187] : memref<?xf32>, vector<16xf32>
            %188 = arith.subf %56, %65 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %189 = arith.cmpf ogt, %188, %137 : vector<16xf32>
            %190 = arith.select %189, %188, %137 : vector<16xf32>
            %191 = arith.cmpf olt, %190, %141 : vector<16xf32>
            %192 = arith.select %191, %190, %141 : vector<16xf32>
            %193 = math.exp %192 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %194 = arith.addf %146, %193 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %195 = arith.divf %65, %194 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %196 = arith.mulf %195, %66 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %197 = arith.muli %37, %150 : index
            %198 = arith.addi %197, %153 : index
            vector.store %196, %3[%198] : memref<?xf32>, vector<16xf32>
            %199 = arith.subf %56, %67 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %200 = arith.cmpf ogt, %199, %137 : vector<16xf32>
            %201 = arith.select %200, %199, %137 : vector<16xf32>
            %202 = arith.cmpf olt, %201, %141 : vector<16xf32>
            %203 = arith.select %202, %201, %141 : vector<16xf32>
            %204 = math.exp %203 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %205 = arith.addf %146, %204 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %206 = arith.divf %67, %205 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %207 = arith.mulf %206, %68 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %208 = arith.muli %39, %150 : index
            %209 = arith.addi %208, %153 : index
            vector.store %207, %3[%209] : memref<?xf32>, vector<16xf32>
            %210 = arith.subf %56, %69 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %211 = arith.cmpf ogt, %210, %137 : vector<16xf32>
            %212 = arith.select %211, %210, %137 : vector<16xf32>
            %213 = arith.cmpf olt, %212, %141 : vector<16xf32>
            %214 = arith.select %213, %212, %141 : vector<16xf32>
            %215 = math.exp %214 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %216 = arith.addf %146, %215 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %217 = arith.divf %69, %216 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %218 = arith.mulf %217, %70 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %219 = arith.muli %41, %150 : index
            %220 = arith.addi %219, %153 : index
            vector.store %218, %3[%220] : memref<?xf32>, vector<16xf32>
            %221 = arith.subf %56, %71 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %222 = arith.cmpf ogt, %221, %137 : vector<16xf32>
            %223 = arith.select %222, %221, %137 : vector<16xf32>
            %224 = arith.cmpf olt, %223, %141 : vector<16xf32>
            %225 = arith.select %224, %223, %141 : vector<16xf32>
            %226 = math.exp %225 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %227 = arith.addf %146, %226 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %228 = arith.divf %71, %227 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %229 = arith.mulf %228, %72 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %230 = arith.muli %43, %150 : index
            %231 = arith.addi %230, %153 : index
            vector.store %229, %3[%231] : memref<?xf32>, vector<16xf32>
          }
          scf.for %232 = %27 to %22 step %14 {
            %233 = arith.constant 2048 : index
            %234 = arith.muli %29, %233 : index
            %235 = arith.constant 128 : index
            %236 = arith.muli %232, %235 : index
            %237 = arith.constant 0.000000e+00 : f32
            %238 = vector.broadcast %237 : f32 to vector<8xf32>
            %239 = arith.constant 2 : index
            %240, %241, %242, %243, %244, %245, %246, %247 = scf.for %248 = %13 to %235 step %239 iter_args(%249 = %238, %250 = %238, %251 = %238, %252 = %238, %253 = %238, %254 = %238, %255 = %238, %256 = %238) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %257 = arith.constant 16 : index
              %258 = arith.muli %248, %257 : index
              %259 = arith.addi %234, %258 : index
              %260 = vector.load %1[%259] : memref<?xf32>, vector<8xf32>
              %261 = arith.addi %259, %24 : index
              %262 = vector.load %1[%261] : memref<?xf32>, vector<8xf32>
              %263 = vector.load %2[%259] : memref<?xf32>, vector<8xf32>
              %264 = vector.load %2[%261] : memref<?xf32>, vector<8xf32>
              %265 = arith.addi %236, %248 : index
              %266 = memref.load %0[%265] : memref<?xf32>
              %267 = vector.broadcast %266 : f32 to vector<8xf32>
              %268 = vector.fma %267, %260, %249 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %269 = vector.fma %267, %262, %250 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %270 = vector.fma %267, %263, %251 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %271 = vector.fma %267, %264, %252 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %272 = arith.addi %248, %14 : index
              %273 = arith.muli %272, %257 : index
              %274 = arith.addi %234, %273 : index
              %275 = vector.load %1[%274] : memref<?xf32>, vector<8xf32>
              %276 = arith.addi %274, %24 : index
              %277 = vector.load %1[%276] : memref<?xf32>, vector<8xf32>
              %278 = vector.load %2[%274] : memref<?xf32>, vector<8xf32>
              %279 = vector.load %2[%276] : memref<?xf32>, vector<8xf32>
              %280 = arith.addi %236, %272 : index
              %281 = memref.load %0[%280] : memref<?xf32>
              %282 = vector.broadcast %281 : f32 to vector<8xf32>
              %283 = vector.fma %282, %275, %253 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %284 = vector.fma %282, %277, %254 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %285 = vector.fma %282, %278, %255 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %286 = vector.fma %282, %279, %256 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              scf.yield %268, %269, %270, %271, %283, %284, %285, %286 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %287 = arith.addf %240, %244 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %288 = arith.addf %241, %245 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %289 = arith.addf %242, %246 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %290 = arith.addf %243, %247 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %291 = arith.subf %238, %287 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %292 = arith.constant -8.700000e+01 : f32
            %293 = vector.broadcast %292 : f32 to vector<8xf32>
            %294 = arith.cmpf ogt, %291, %293 : vector<8xf32>
            %295 = arith.select %294, %291, %293 : vector<8xf32>
            %296 = arith.constant 8.800000e+01 : f32
            %297 = vector.broadcast %296 : f32 to vector<8xf32>
            %298 = arith.cmpf olt, %295, %297 : vector<8xf32>
            %299 = arith.select %298, %295, %297 : vector<8xf32>
            %300 = math.exp %299 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %301 = arith.constant 1.000000e+00 : f32
            %302 = vector.broadcast %301 : f32 to vector<8xf32>
            %303 = arith.addf %302, %300 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %304 = arith.divf %287, %303 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %305 = arith.mulf %304, %289 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %306 = arith.subf %238, %288 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %307 = arith.cmpf ogt, %306, %293 : vector<8xf32>
            %308 = arith.select %307, %306, %293 : vector<8xf32>
            %309 = arith.cmpf olt, %308, %297 : vector<8xf32>
            %310 = arith.select %309, %308, %297 : vector<8xf32>
            %311 = math.exp %310 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %312 = arith.addf %302, %311 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %313 = arith.divf %288, %312 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %314 = arith.mulf %313, %290 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %315 = arith.constant 192 : index
            %316 = arith.muli %232, %315 : index
            %317 = arith.constant 16 : index
            %318 = arith.muli %29, %317 : index
            %319 = arith.addi %316, %318 : index
            vector.store %305, %3[%319] : memref<?xf32>, vector<8xf32>
            %320 = arith.addi %319, %24 : index
            vector.store %314, %3[%320] : memref<?xf32>, vector<8xf32>
          }
        }
      }
    } else {
      "scf.parallel"(%13, %12, %14) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%321: index):
        %322 = arith.divui %321, %10 : index
        %323 = arith.remui %321, %10 : index
        %324 = arith.muli %323, %9 : index
        %325 = arith.addi %324, %9 : index
        %326 = arith.minui %325, %4 : index
        %327 = arith.subi %326, %324 : index
        %328 = arith.constant 8 : index
        %329 = arith.divui %327, %328 : index
        %330 = arith.muli %329, %328 : index
        %331 = arith.addi %324, %330 : index
        %332 = arith.addi %322, %14 : index
        scf.for %333 = %322 to %332 step %14 {
          scf.for %334 = %324 to %331 step %328 {
            %335 = arith.addi %334, %14 : index
            %336 = arith.constant 2 : index
            %337 = arith.addi %334, %336 : index
            %338 = arith.constant 3 : index
            %339 = arith.addi %334, %338 : index
            %340 = arith.constant 4 : index
            %341 = arith.addi %334, %340 : index
            %342 = arith.constant 5 : index
            %343 = arith.addi %334, %342 : index
            %344 = arith.constant 6 : index
            %345 = arith.addi %334, %344 : index
            %346 = arith.constant 7 : index
            %347 = arith.addi %334, %346 : index
            %348 = arith.constant 2048 : index
            %349 = arith.muli %333, %348 : index
            %350 = arith.constant 128 : index
            %351 = arith.muli %334, %350 : index
            %352 = arith.muli %335, %350 : index
            %353 = arith.muli %337, %350 : index
            %354 = arith.muli %339, %350 : index
            %355 = arith.muli %341, %350 : index
            %356 = arith.muli %343, %350 : index
            %357 = arith.muli %345, %350 : index
            %358 = arith.muli %347, %350 : index
            %359 = arith.constant 0.000000e+00 : f32
            %360 = vector.broadcast %359 : f32 to vector<16xf32>
            %361, %362, %363, %364, %365, %366, %367, %368, %369, %370, %371, %372, %373, %374, %375, %376 = scf.for %377 = %13 to %350 step %14 iter_args(%378 = %360, %379 = %360, %380 = %360, %381 = %360, %382 = %360, %383 = %360, %384 = %360, %385 = %360, %386 = %360, %387 = %360, %388 = %360, %389 = %360, %390 = %360, %391 = %360, %392 = %360, %393 = %360) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %394 = arith.constant 16 : index
              %395 = arith.muli %377, %394 : index
              %396 = arith.addi %349, %395 : index
              %397 = vector.load %1[%396] : memref<?xf32>, vector<16xf32>
              %398 = vector.load %2[%396] : memref<?xf32>, vector<16xf32>
              %399 = arith.addi %351, %377 : index
              %400 = memref.load %0[%399] : memref<?xf32>
              %401 = vector.broadcast %400 : f32 to vector<16xf32>
              %402 = vector.fma %401, %397, %378 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %403 = vector.fma %401, %398, %379 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %404 = arith.addi %352, %377 : index
              %405 = memref.load %0[%404] : memref<?xf32>
              %406 = vector.broadcast %405 : f32 to vector<16xf32>
              %407 = vector.fma %406, %397, %380 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %408 = vector.fma %406, %398, %381 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %409 = arith.addi %353, %377 : index
              %410 = memref.load %0[%409] : memref<?xf32>
              %411 = vector.broadcast %410 : f32 to vector<16xf32>
              %412 = vector.fma %411, %397, %382 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %413 = vector.fma %411, %398, %383 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %414 = arith.addi %354, %377 : index
              %415 = memref.load %0[%414] : memref<?xf32>
              %416 = vector.broadcast %415 : f32 to vector<16xf32>
              %417 = vector.fma %416, %397, %384 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %418 = vector.fma %416, %398, %385 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %419 = arith.addi %355, %377 : index
              %420 = memref.load %0[%419] : memref<?xf32>
              %421 = vector.broadcast %420 : f32 to vector<16xf32>
              %422 = vector.fma %421, %397, %386 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %423 = vector.fma %421, %398, %387 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %424 = arith.addi %356, %377 : index
              %425 = memref.load %0[%424] : memref<?xf32>
              %426 = vector.broadcast %425 : f32 to vector<16xf32>
              %427 = vector.fma %426, %397, %388 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %428 = vector.fma %426, %398, %389 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %429 = arith.addi %357, %377 : index
              %430 = memref.load %0[%429] : memref<?xf32>
              %431 = vector.broadcast %430 : f32 to vector<16xf32>
              %432 = vector.fma %431, %397, %390 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %433 = vector.fma %431, %398, %391 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %434 = arith.addi %358, %377 : index
              %435 = memref.load %0[%434] : memref<?xf32>
              %436 = vector.broadcast %435 : f32 to vector<16xf32>
              %437 = vector.fma %436, %397, %392 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %438 = vector.fma %436, %398, %393 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              scf.yield %402, %403, %407, %408, %412, %413, %417, %418, %422, %423, %427, %428, %432, %433, %437, %438 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %439 = arith.subf %360, %361 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %440 = arith.constant -8.700000e+01 : f32
            %441 = vector.broadcast %440 : f32 to vector<16xf32>
            %442 = arith.cmpf ogt, %439, %441 : vector<16xf32>
            %443 = arith.select %442, %439, %441 : vector<16xf32>
            %444 = arith.constant 8.800000e+01 : f32
            %445 = vector.broadcast %444 : f32 to vector<16xf32>
            %446 = arith.cmpf olt, %443, %445 : vector<16xf32>
            %447 = arith.select %446, %443, %445 : vector<16xf32>
            %448 = math.exp %447 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %449 = arith.constant 1.000000e+00 : f32
            %450 = vector.broadcast %449 : f32 to vector<16xf32>
            %451 = arith.addf %450, %448 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %452 = arith.divf %361, %451 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %453 = arith.mulf %452, %362 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %454 = arith.constant 192 : index
            %455 = arith.muli %334, %454 : index
            %456 = arith.constant 16 : index
            %457 = arith.muli %333, %456 : index
            %458 = arith.addi %455, %457 : index
            vector.store %453, %3[%458] : memref<?xf32>, vector<16xf32>
            %459 = arith.subf %360, %363 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %460 = arith.cmpf ogt, %459, %441 : vector<16xf32>
            %461 = arith.select %460, %459, %441 : vector<16xf32>
            %462 = arith.cmpf olt, %461, %445 : vector<16xf32>
            %463 = arith.select %462, %461, %445 : vector<16xf32>
            %464 = math.exp %463 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %465 = arith.addf %450, %464 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %466 = arith.divf %363, %465 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %467 = arith.mulf %466, %364 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %468 = arith.muli %335, %454 : index
            %469 = arith.addi %468, %457 : index
            vector.store %467, %3[%469] : memref<?xf32>, vector<16xf32>
            %470 = arith.subf %360, %365 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %471 = arith.cmpf ogt, %470, %441 : vector<16xf32>
            %472 = arith.select %471, %470, %441 : vector<16xf32>
            %473 = arith.cmpf olt, %472, %445 : vector<16xf32>
            %474 = arith.select %473, %472, %445 : vector<16xf32>
            %475 = math.exp %474 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %476 = arith.addf %450, %475 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %477 = arith.divf %365, %476 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %478 = arith.mulf %477, %366 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %479 = arith.muli %337, %454 : index
            %480 = arith.addi %479, %457 : index
            vector.store %478, %3[%480] : memref<?xf32>, vector<16xf32>
            %481 = arith.subf %360, %367 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %482 = arith.cmpf ogt, %481, %441 : vector<16xf32>
            %483 = arith.select %482, %481, %441 : vector<16xf32>
            %484 = arith.cmpf olt, %483, %445 : vector<16xf32>
            %485 = arith.select %484, %483, %445 : vector<16xf32>
            %486 = math.exp %485 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %487 = arith.addf %450, %486 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %488 = arith.divf %367, %487 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %489 = arith.mulf %488, %368 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %490 = arith.muli %339, %454 : index
            %491 = arith.addi %490, %457 : index
            vector.store %489, %3[%491] : memref<?xf32>, vector<16xf32>
            %492 = arith.subf %360, %369 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %493 = arith.cmpf ogt, %492, %441 : vector<16xf32>
            %494 = arith.select %493, %492, %441 : vector<16xf32>
            %495 = arith.cmpf olt, %494, %445 : vector<16xf32>
            %496 = arith.select %495, %494, %445 : vector<16xf32>
            %497 = math.exp %496 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %498 = arith.addf %450, %497 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %499 = arith.divf %369, %498 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %500 = arith.mulf %499, %370 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %501 = arith.muli %341, %454 : index
            %502 = arith.addi %501, %457 : index
            vector.store %500, %3[%502] : memref<?xf32>, vector<16xf32>
            %503 = arith.subf %360, %371 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %504 = arith.cmpf ogt, %503, %441 : vector<16xf32>
            %505 = arith.select %504, %503, %441 : vector<16xf32>
            %506 = arith.cmpf olt, %505, %445 : vector<16xf32>
            %507 = arith.select %506, %505, %445 : vector<16xf32>
            %508 = math.exp %507 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %509 = arith.addf %450, %508 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %510 = arith.divf %371, %509 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %511 = arith.mulf %510, %372 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %512 = arith.muli %343, %454 : index
            %513 = arith.addi %512, %457 : index
            vector.store %511, %3[%513] : memref<?xf32>, vector<16xf32>
            %514 = arith.subf %360, %373 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %515 = arith.cmpf ogt, %514, %441 : vector<16xf32>
            %516 = arith.select %515, %514, %441 : vector<16xf32>
            %517 = arith.cmpf olt, %516, %445 : vector<16xf32>
            %518 = arith.select %517, %516, %445 : vector<16xf32>
            %519 = math.exp %518 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %520 = arith.addf %450, %519 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %521 = arith.divf %373, %520 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %522 = arith.mulf %521, %374 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %523 = arith.muli %345, %454 : index
            %524 = arith.addi %523, %457 : index
            vector.store %522, %3[%524] : memref<?xf32>, vector<16xf32>
            %525 = arith.subf %360, %375 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %526 = arith.cmpf ogt, %525, %441 : vector<16xf32>
            %527 = arith.select %526, %525, %441 : vector<16xf32>
            %528 = arith.cmpf olt, %527, %445 : vector<16xf32>
            %529 = arith.select %528, %527, %445 : vector<16xf32>
            %530 = math.exp %529 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %531 = arith.addf %450, %530 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %532 = arith.divf %375, %531 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %533 = arith.mulf %532, %376 fastmath<reassoc,nsz,arcp,contract,afn> : vector<16xf32>
            %534 = arith.muli %347, %454 : index
            %535 = arith.addi %534, %457 : index
            vector.store %533, %3[%535] : memref<?xf32>, vector<16xf32>
          }
          scf.for %536 = %331 to %326 step %14 {
            %537 = arith.constant 2048 : index
            %538 = arith.muli %333, %537 : index
            %539 = arith.constant 128 : index
            %540 = arith.muli %536, %539 : index
            %541 = arith.constant 0.000000e+00 : f32
            %542 = vector.broadcast %541 : f32 to vector<8xf32>
            %543 = arith.constant 2 : index
            %544, %545, %546, %547, %548, %549, %550, %551 = scf.for %552 = %13 to %539 step %543 iter_args(%553 = %542, %554 = %542, %555 = %542, %556 = %542, %557 = %542, %558 = %542, %559 = %542, %560 = %542) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %561 = arith.constant 16 : index
              %562 = arith.muli %552, %561 : index
              %563 = arith.addi %538, %562 : index
              %564 = vector.load %1[%563] : memref<?xf32>, vector<8xf32>
              %565 = arith.addi %563, %328 : index
              %566 = vector.load %1[%565] : memref<?xf32>, vector<8xf32>
              %567 = vector.load %2[%563] : memref<?xf32>, vector<8xf32>
              %568 = vector.load %2[%565] : memref<?xf32>, vector<8xf32>
              %569 = arith.addi %540, %552 : index
              %570 = memref.load %0[%569] : memref<?xf32>
              %571 = vector.broadcast %570 : f32 to vector<8xf32>
              %572 = vector.fma %571, %564, %553 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %573 = vector.fma %571, %566, %554 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %574 = vector.fma %571, %567, %555 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %575 = vector.fma %571, %568, %556 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %576 = arith.addi %552, %14 : index
              %577 = arith.muli %576, %561 : index
              %578 = arith.addi %538, %577 : index
              %579 = vector.load %1[%578] : memref<?xf32>, vector<8xf32>
              %580 = arith.addi %578, %328 : index
              %581 = vector.load %1[%580] : memref<?xf32>, vector<8xf32>
              %582 = vector.load %2[%578] : memref<?xf32>, vector<8xf32>
              %583 = vector.load %2[%580] : memref<?xf32>, vector<8xf32>
              %584 = arith.addi %540, %576 : index
              %585 = memref.load %0[%584] : memref<?xf32>
              %586 = vector.broadcast %585 : f32 to vector<8xf32>
              %587 = vector.fma %586, %579, %557 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %588 = vector.fma %586, %581, %558 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %589 = vector.fma %586, %582, %559 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %590 = vector.fma %586, %583, %560 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              scf.yield %572, %573, %574, %575, %587, %588, %589, %590 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %591 = arith.addf %544, %548 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %592 = arith.addf %545, %549 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %593 = arith.addf %546, %550 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %594 = arith.addf %547, %551 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %595 = arith.subf %542, %591 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %596 = arith.constant -8.700000e+01 : f32
            %597 = vector.broadcast %596 : f32 to vector<8xf32>
            %598 = arith.cmpf ogt, %595, %597 : vector<8xf32>
            %599 = arith.select %598, %595, %597 : vector<8xf32>
            %600 = arith.constant 8.800000e+01 : f32
            %601 = vector.broadcast %600 : f32 to vector<8xf32>
            %602 = arith.cmpf olt, %599, %601 : vector<8xf32>
            %603 = arith.select %602, %599, %601 : vector<8xf32>
            %604 = math.exp %603 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %605 = arith.constant 1.000000e+00 : f32
            %606 = vector.broadcast %605 : f32 to vector<8xf32>
            %607 = arith.addf %606, %604 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %608 = arith.divf %591, %607 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %609 = arith.mulf %608, %593 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %610 = arith.subf %542, %592 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %611 = arith.cmpf ogt, %610, %597 : vector<8xf32>
            %612 = arith.select %611, %610, %597 : vector<8xf32>
            %613 = arith.cmpf olt, %612, %601 : vector<8xf32>
            %614 = arith.select %613, %612, %601 : vector<8xf32>
            %615 = math.exp %614 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %616 = arith.addf %606, %615 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %617 = arith.divf %592, %616 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %618 = arith.mulf %617, %594 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %619 = arith.constant 192 : index
            %620 = arith.muli %536, %619 : index
            %621 = arith.constant 16 : index
            %622 = arith.muli %333, %621 : index
            %623 = arith.addi %620, %622 : index
            vector.store %609, %3[%623] : memref<?xf32>, vector<8xf32>
            %624 = arith.addi %623, %328 : index
            vector.store %618, %3[%624] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @multi_linear_k128_n128x64x64(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: memref<?xf32>, %4: memref<?xf32>, %5: memref<?xf32>, %6: memref<?xf32>, %7: index) attributes {rlx.kernel = {family = "multi_linear", k = 128 : i64, ns = array<i64: 128, 64, 64>, rows = 8 : i64, paired = true, lanes = 16 : i64, kunroll = 2 : i64, panel_rows = 512 : i64, tile_group = 1 : i64, parallel_min_work = 524288 : i64}} {
    %8 = arith.constant 32768 : index
    %9 = arith.muli %7, %8 : index
    %10 = arith.constant 511 : index
    %11 = arith.addi %7, %10 : index
    %12 = arith.constant 512 : index
    %13 = arith.divui %11, %12 : index
    %14 = arith.constant 8 : index
    %15 = arith.muli %13, %14 : index
    %16 = arith.constant 0 : index
    %17 = arith.constant 1 : index
    %18 = arith.constant 524288 : index
    %19 = arith.cmpi ult, %9, %18 : index
    scf.if %19 {
      scf.for %20 = %16 to %15 step %17 {
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
          scf.for %32 = %23 to %29 step %14 {
            %33 = arith.addi %32, %17 : index
            %34 = arith.constant 2 : index
            %35 = arith.addi %32, %34 : index
            %36 = arith.constant 3 : index
            %37 = arith.addi %32, %36 : index
            %38 = arith.constant 4 : index
            %39 = arith.addi %32, %38 : index
            %40 = arith.constant 5 : index
            %41 = arith.addi %32, %40 : index
            %42 = arith.constant 6 : index
            %43 = arith.addi %32, %42 : index
            %44 = arith.constant 7 : index
            %45 = arith.addi %32, %44 : index
            %46 = arith.muli %31, %34 : index
            %47 = arith.constant 12 : index
            %48 = arith.cmpi ult, %46, %47 : index
            %49 = arith.select %48, %2, %3 : memref<?xf32>
            %50 = arith.cmpi ult, %46, %14 : index
            %51 = arith.select %50, %1, %49 : memref<?xf32>
            %52 = arith.select %48, %14, %47 : index
            %53 = arith.select %50, %16, %52 : index
            %54 = arith.subi %46, %53 : index
            %55 = arith.addi %54, %17 : index
            %56 = arith.constant 64 : index
            %57 = arith.select %48, %56, %56 : index
            %58 = arith.constant 128 : index
            %59 = arith.select %50, %58, %57 : index
            %60 = arith.select %48, %5, %6 : memref<?xf32>
            %61 = arith.select %50, %4, %60 : memref<?xf32>
            %62 = arith.constant 2048 : index
            %63 = arith.muli %54, %62 : index
            %64 = arith.muli %55, %62 : index
            %65 = arith.muli %32, %58 : index
            %66 = arith.muli %33, %58 : index
            %67 = arith.muli %35, %58 : index
            %68 = arith.muli %37, %58 : index
            %69 = arith.muli %39, %58 : index
            %70 = arith.muli %41, %58 : index
            %71 = arith.muli %43, %58 : index
            %72 = arith.muli %45, %58 : index
            %73 = arith.constant 0.000000e+00 : f32
            %74 = vector.broadcast %73 : f32 to vector<16xf32>
            %75, %76, %77, %78, %79, %80, %81, %82, %83, %84, %85, %86, %87, %88, %89, %90 = scf.for %91 = %16 to %58 step %17 iter_args(%92 = %74, %93 = %74, %94 = %74, %95 = %74, %96 = %74, %97 = %74, %98 = %74, %99 = %74, %100 = %74, %101 = %74, %102 = %74, %103 = %74, %104 = %74, %105 = %74, %106 = %74, %107 = %74) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %108 = arith.constant 16 : index
              %109 = arith.muli %91, %108 : index
              %110 = arith.addi %63, %109 : index
              %111 = vector.load %51[%110] : memref<?xf32>, vector<16xf32>
              %112 = arith.addi %64, %109 : index
              %113 = vector.load %51[%112] : memref<?xf32>, vector<16xf32>
              %114 = arith.addi %65, %91 : index
              %115 = memref.load %0[%114] : memref<?xf32>
              %116 = vector.broadcast %115 : f32 to vector<16xf32>
              %117 = vector.fma %116, %111, %92 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %118 = vector.fma %116, %113, %93 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %119 = arith.addi %66, %91 : index
              %120 = memref.load %0[%119] : memref<?xf32>
              %121 = vector.broadcast %120 : f32 to vector<16xf32>
              %122 = vector.fma %121, %111, %94 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %123 = vector.fma %121, %113, %95 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %124 = arith.addi %67, %91 : index
              %125 = memref.load %0[%124] : memref<?xf32>
              %126 = vector.broadcast %125 : f32 to vector<16xf32>
              %127 = vector.fma %126, %111, %96 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %128 = vector.fma %126, %113, %97 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %129 = arith.addi %68, %91 : index
              %130 = memref.load %0[%129] : memref<?xf32>
              %131 = vector.broadcast %130 : f32 to vector<16xf32>
              %132 = vector.fma %131, %111, %98 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %133 = vector.fma %131, %113, %99 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %134 = arith.addi %69, %91 : index
              %135 = memref.load %0[%134] : memref<?xf32>
              %136 = vector.broadcast %135 : f32 to vector<16xf32>
              %137 = vector.fma %136, %111, %100 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %138 = vector.fma %136, %113, %101 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %139 = arith.addi %70, %91 : index
              %140 = memref.load %0[%139] : memref<?xf32>
              %141 = vector.broadcast %140 : f32 to vector<16xf32>
              %142 = vector.fma %141, %111, %102 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %143 = vector.fma %141, %113, %103 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %144 = arith.addi %71, %91 : index
              %145 = memref.load %0[%144] : memref<?xf32>
              %146 = vector.broadcast %145 : f32 to vector<16xf32>
              %147 = vector.fma %146, %111, %104 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %148 = vector.fma %146, %113, %105 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %149 = arith.addi %72, %91 : index
              %150 = memref.load %0[%149] : memref<?xf32>
              %151 = vector.broadcast %150 : f32 to vector<16xf32>
              %152 = vector.fma %151, %111, %106 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %153 = vector.fma %151, %113, %107 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              scf.yield %117, %118, %122, %123, %127, %128, %132, %133, %137, %138, %142, %143, %147, %148, %152, %153 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %154 = arith.constant 16 : index
            %155 = arith.muli %54, %154 : index
            %156 = arith.muli %32, %59 : index
            %157 = arith.addi %156, %155 : index
            vector.store %75, %61[%157] : memref<?xf32>, vector<16xf32>
            %158 = arith.muli %55, %154 : index
            %159 = arith.addi %156, %158 : index
            vector.store %76, %61[%159] : memref<?xf32>, vector<16xf32>
            %160 = arith.muli %33, %59 : index
            %161 = arith.addi %160, %155 : index
            vector.store %77, %61[%161] : memref<?xf32>, vector<16xf32>
            %162 = arith.addi %160, %158 : index
            vector.store %78, %61[%162] : memref<?xf32>, vector<16xf32>
            %163 = arith.muli %35, %59 : index
            %164 = arith.addi %163, %155 : index
            vector.store %79, %61[%164] : memref<?xf32>, vector<16xf32>
            %165 = arith.addi %163, %158 : index
            vector.store %80, %61[%165] : memref<?xf32>, vector<16xf32>
            %166 = arith.muli %37, %59 : index
            %167 = arith.addi %166, %155 : index
            vector.store %81, %61[%167] : memref<?xf32>, vector<16xf32>
            %168 = arith.addi %166, %158 : index
            vector.store %82, %61[%168] : memref<?xf32>, vector<16xf32>
            %169 = arith.muli %39, %59 : index
            %170 = arith.addi %169, %155 : index
            vector.store %83, %61[%170] : memref<?xf32>, vector<16xf32>
            %171 = arith.addi %169, %158 : index
            vector.store %84, %61[%171] : memref<?xf32>, vector<16xf32>
            %172 = arith.muli %41, %59 : index
            %173 = arith.addi %172, %155 : index
            vector.store %85, %61[%173] : memref<?xf32>, vector<16xf32>
            %174 = arith.addi %172, %158 : index
            vector.store %86, %61[%174] : memref<?xf32>, vector<16xf32>
            %175 = arith.muli %43, %59 : index
            %176 = arith.addi %175, %155 : index
            vector.store %87, %61[%176] : memref<?xf32>, vector<16xf32>
            %177 = arith.addi %175, %158 : index
            vector.store %88, %61[%177] : memref<?xf32>, vector<16xf32>
            %178 = arith.muli %45, %59 : index
            %179 = arith.addi %178, %155 : index
            vector.store %89, %61[%179] : memref<?xf32>, vector<16xf32>
            %180 = arith.addi %178, %158 : index
            vector.store %90, %61[%180] : memref<?xf32>, vector<16xf32>
          }
          scf.for %181 = %29 to %25 step %17 {
            %182 = arith.constant 2 : index
            %183 = arith.muli %31, %182 : index
            %184 = arith.constant 12 : index
            %185 = arith.cmpi ult, %183, %184 : index
            %186 = arith.select %185, %2, %3 : memref<?xf32>
            %187 = arith.cmpi ult, %183, %14 : index
            %188 = arith.select %187, %1, %186 : memref<?xf32>
            %189 = arith.select %185, %14, %184 : index
            %190 = arith.select %187, %16, %189 : index
            %191 = arith.subi %183, %190 : index
            %192 = arith.addi %191, %17 : index
            %193 = arith.constant 64 : index
            %194 = arith.select %185, %193, %193 : index
            %195 = arith.constant 128 : index
            %196 = arith.select %187, %195, %194 : index
            %197 = arith.select %185, %5, %6 : memref<?xf32>
            %198 = arith.select %187, %4, %197 : memref<?xf32>
            %199 = arith.constant 2048 : index
            %200 = arith.muli %191, %199 : index
            %201 = arith.muli %192, %199 : index
            %202 = arith.muli %181, %195 : index
            %203 = arith.constant 0.000000e+00 : f32
            %204 = vector.broadcast %203 : f32 to vector<8xf32>
            %205, %206, %207, %208, %209, %210, %211, %212 = scf.for %213 = %16 to %195 step %182 iter_args(%214 = %204, %215 = %204, %216 = %204, %217 = %204, %218 = %204, %219 = %204, %220 = %204, %221 = %204) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %222 = arith.constant 16 : index
              %223 = arith.muli %213, %222 : index
              %224 = arith.addi %200, %223 : index
              %225 = vector.load %188[%224] : memref<?xf32>, vector<8xf32>
              %226 = arith.addi %224, %14 : index
              %227 = vector.load %188[%226] : memref<?xf32>, vector<8xf32>
              %228 = arith.addi %201, %223 : index
              %229 = vector.load %188[%228] : memref<?xf32>, vector<8xf32>
              %230 = arith.addi %228, %14 : index
              %231 = vector.load %188[%230] : memref<?xf32>, vector<8xf32>
              %232 = arith.addi %202, %213 : index
              %233 = memref.load %0[%232] : memref<?xf32>
              %234 = vector.broadcast %233 : f32 to vector<8xf32>
              %235 = vector.fma %234, %225, %214 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %236 = vector.fma %234, %227, %215 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %237 = vector.fma %234, %229, %216 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %238 = vector.fma %234, %231, %217 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %239 = arith.addi %213, %17 : index
              %240 = arith.muli %239, %222 : index
              %241 = arith.addi %200, %240 : index
              %242 = vector.load %188[%241] : memref<?xf32>, vector<8xf32>
              %243 = arith.addi %241, %14 : index
              %244 = vector.load %188[%243] : memref<?xf32>, vector<8xf32>
              %245 = arith.addi %201, %240 : index
              %246 = vector.load %188[%245] : memref<?xf32>, vector<8xf32>
              %247 = arith.addi %245, %14 : index
              %248 = vector.load %188[%247] : memref<?xf32>, vector<8xf32>
              %249 = arith.addi %202, %239 : index
              %250 = memref.load %0[%249] : memref<?xf32>
              %251 = vector.broadcast %250 : f32 to vector<8xf32>
              %252 = vector.fma %251, %242, %218 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %253 = vector.fma %251, %244, %219 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %254 = vector.fma %251, %246, %220 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %255 = vector.fma %251, %248, %221 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              scf.yield %235, %236, %237, %238, %252, %253, %254, %255 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %256 = arith.addf %205, %209 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %257 = arith.addf %206, %210 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %258 = arith.addf %207, %211 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %259 = arith.addf %208, %212 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %260 = arith.constant 16 : index
            %261 = arith.muli %191, %260 : index
            %262 = arith.muli %181, %196 : index
            %263 = arith.addi %262, %261 : index
            vector.store %256, %198[%263] : memref<?xf32>, vector<8xf32>
            %264 = arith.addi %263, %14 : index
            vector.store %257, %198[%264] : memref<?xf32>, vector<8xf32>
            %265 = arith.muli %192, %260 : index
            %266 = arith.addi %262, %265 : index
            vector.store %258, %198[%266] : memref<?xf32>, vector<8xf32>
            %267 = arith.addi %266, %14 : index
            vector.store %259, %198[%267] : memref<?xf32>, vector<8xf32>
          }
        }
      }
    } else {
      "scf.parallel"(%16, %15, %17) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%268: index):
        %269 = arith.divui %268, %13 : index
        %270 = arith.remui %268, %13 : index
        %271 = arith.muli %270, %12 : index
        %272 = arith.addi %271, %12 : index
        %273 = arith.minui %272, %7 : index
        %274 = arith.subi %273, %271 : index
        %275 = arith.divui %274, %14 : index
        %276 = arith.muli %275, %14 : index
        %277 = arith.addi %271, %276 : index
        %278 = arith.addi %269, %17 : index
        scf.for %279 = %269 to %278 step %17 {
          scf.for %280 = %271 to %277 step %14 {
            %281 = arith.addi %280, %17 : index
            %282 = arith.constant 2 : index
            %283 = arith.addi %280, %282 : index
            %284 = arith.constant 3 : index
            %285 = arith.addi %280, %284 : index
            %286 = arith.constant 4 : index
            %287 = arith.addi %280, %286 : index
            %288 = arith.constant 5 : index
            %289 = arith.addi %280, %288 : index
            %290 = arith.constant 6 : index
            %291 = arith.addi %280, %290 : index
            %292 = arith.constant 7 : index
            %293 = arith.addi %280, %292 : index
            %294 = arith.muli %279, %282 : index
            %295 = arith.constant 12 : index
            %296 = arith.cmpi ult, %294, %295 : index
            %297 = arith.select %296, %2, %3 : memref<?xf32>
            %298 = arith.cmpi ult, %294, %14 : index
            %299 = arith.select %298, %1, %297 : memref<?xf32>
            %300 = arith.select %296, %14, %295 : index
            %301 = arith.select %298, %16, %300 : index
            %302 = arith.subi %294, %301 : index
            %303 = arith.addi %302, %17 : index
            %304 = arith.constant 64 : index
            %305 = arith.select %296, %304, %304 : index
            %306 = arith.constant 128 : index
            %307 = arith.select %298, %306, %305 : index
            %308 = arith.select %296, %5, %6 : memref<?xf32>
            %309 = arith.select %298, %4, %308 : memref<?xf32>
            %310 = arith.constant 2048 : index
            %311 = arith.muli %302, %310 : index
            %312 = arith.muli %303, %310 : index
            %313 = arith.muli %280, %306 : index
            %314 = arith.muli %281, %306 : index
            %315 = arith.muli %283, %306 : index
            %316 = arith.muli %285, %306 : index
            %317 = arith.muli %287, %306 : index
            %318 = arith.muli %289, %306 : index
            %319 = arith.muli %291, %306 : index
            %320 = arith.muli %293, %306 : index
            %321 = arith.constant 0.000000e+00 : f32
            %322 = vector.broadcast %321 : f32 to vector<16xf32>
            %323, %324, %325, %326, %327, %328, %329, %330, %331, %332, %333, %334, %335, %336, %337, %338 = scf.for %339 = %16 to %306 step %17 iter_args(%340 = %322, %341 = %322, %342 = %322, %343 = %322, %344 = %322, %345 = %322, %346 = %322, %347 = %322, %348 = %322, %349 = %322, %350 = %322, %351 = %322, %352 = %322, %353 = %322, %354 = %322, %355 = %322) -> (vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>) {
              %356 = arith.constant 16 : index
              %357 = arith.muli %339, %356 : index
              %358 = arith.addi %311, %357 : index
              %359 = vector.load %299[%358] : memref<?xf32>, vector<16xf32>
              %360 = arith.addi %312, %357 : index
              %361 = vector.load %299[%360] : memref<?xf32>, vector<16xf32>
              %362 = arith.addi %313, %339 : index
              %363 = memref.load %0[%362] : memref<?xf32>
              %364 = vector.broadcast %363 : f32 to vector<16xf32>
              %365 = vector.fma %364, %359, %340 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %366 = vector.fma %364, %361, %341 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %367 = arith.addi %314, %339 : index
              %368 = memref.load %0[%367] : memref<?xf32>
              %369 = vector.broadcast %368 : f32 to vector<16xf32>
              %370 = vector.fma %369, %359, %342 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %371 = vector.fma %369, %361, %343 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %372 = arith.addi %315, %339 : index
              %373 = memref.load %0[%372] : memref<?xf32>
              %374 = vector.broadcast %373 : f32 to vector<16xf32>
              %375 = vector.fma %374, %359, %344 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %376 = vector.fma %374, %361, %345 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %377 = arith.addi %316, %339 : index
              %378 = memref.load %0[%377] : memref<?xf32>
              %379 = vector.broadcast %378 : f32 to vector<16xf32>
              %380 = vector.fma %379, %359, %346 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %381 = vector.fma %379, %361, %347 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %382 = arith.addi %317, %339 : index
              %383 = memref.load %0[%382] : memref<?xf32>
              %384 = vector.broadcast %383 : f32 to vector<16xf32>
              %385 = vector.fma %384, %359, %348 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %386 = vector.fma %384, %361, %349 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %387 = arith.addi %318, %339 : index
              %388 = memref.load %0[%387] : memref<?xf32>
              %389 = vector.broadcast %388 : f32 to vector<16xf32>
              %390 = vector.fma %389, %359, %350 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %391 = vector.fma %389, %361, %351 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %392 = arith.addi %319, %339 : index
              %393 = memref.load %0[%392] : memref<?xf32>
              %394 = vector.broadcast %393 : f32 to vector<16xf32>
              %395 = vector.fma %394, %359, %352 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %396 = vector.fma %394, %361, %353 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %397 = arith.addi %320, %339 : index
              %398 = memref.load %0[%397] : memref<?xf32>
              %399 = vector.broadcast %398 : f32 to vector<16xf32>
              %400 = vector.fma %399, %359, %354 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              %401 = vector.fma %399, %361, %355 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<16xf32>
              scf.yield %365, %366, %370, %371, %375, %376, %380, %381, %385, %386, %390, %391, %395, %396, %400, %401 : vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>, vector<16xf32>
            }
            %402 = arith.constant 16 : index
            %403 = arith.muli %302, %402 : index
            %404 = arith.muli %280, %307 : index
            %405 = arith.addi %404, %403 : index
            vector.store %323, %309[%405] : memref<?xf32>, vector<16xf32>
            %406 = arith.muli %303, %402 : index
            %407 = arith.addi %404, %406 : index
            vector.store %324, %309[%407] : memref<?xf32>, vector<16xf32>
            %408 = arith.muli %281, %307 : index
            %409 = arith.addi %408, %403 : index
            vector.store %325, %309[%409] : memref<?xf32>, vector<16xf32>
            %410 = arith.addi %408, %406 : index
            vector.store %326, %309[%410] : memref<?xf32>, vector<16xf32>
            %411 = arith.muli %283, %307 : index
            %412 = arith.addi %411, %403 : index
            vector.store %327, %309[%412] : memref<?xf32>, vector<16xf32>
            %413 = arith.addi %411, %406 : index
            vector.store %328, %309[%413] : memref<?xf32>, vector<16xf32>
            %414 = arith.muli %285, %307 : index
            %415 = arith.addi %414, %403 : index
            vector.store %329, %309[%415] : memref<?xf32>, vector<16xf32>
            %416 = arith.addi %414, %406 : index
            vector.store %330, %309[%416] : memref<?xf32>, vector<16xf32>
            %417 = arith.muli %287, %307 : index
            %418 = arith.addi %417, %403 : index
            vector.store %331, %309[%418] : memref<?xf32>, vector<16xf32>
            %419 = arith.addi %417, %406 : index
            vector.store %332, %309[%419] : memref<?xf32>, vector<16xf32>
            %420 = arith.muli %289, %307 : index
            %421 = arith.addi %420, %403 : index
            vector.store %333, %309[%421] : memref<?xf32>, vector<16xf32>
            %422 = arith.addi %420, %406 : index
            vector.store %334, %309[%422] : memref<?xf32>, vector<16xf32>
            %423 = arith.muli %291, %307 : index
            %424 = arith.addi %423, %403 : index
            vector.store %335, %309[%424] : memref<?xf32>, vector<16xf32>
            %425 = arith.addi %423, %406 : index
            vector.store %336, %309[%425] : memref<?xf32>, vector<16xf32>
            %426 = arith.muli %293, %307 : index
            %427 = arith.addi %426, %403 : index
            vector.store %337, %309[%427] : memref<?xf32>, vector<16xf32>
            %428 = arith.addi %426, %406 : index
            vector.store %338, %309[%428] : memref<?xf32>, vector<16xf32>
          }
          scf.for %429 = %277 to %273 step %17 {
            %430 = arith.constant 2 : index
            %431 = arith.muli %279, %430 : index
            %432 = arith.constant 12 : index
            %433 = arith.cmpi ult, %431, %432 : index
            %434 = arith.select %433, %2, %3 : memref<?xf32>
            %435 = arith.cmpi ult, %431, %14 : index
            %436 = arith.select %435, %1, %434 : memref<?xf32>
            %437 = arith.select %433, %14, %432 : index
            %438 = arith.select %435, %16, %437 : index
            %439 = arith.subi %431, %438 : index
            %440 = arith.addi %439, %17 : index
            %441 = arith.constant 64 : index
            %442 = arith.select %433, %441, %441 : index
            %443 = arith.constant 128 : index
            %444 = arith.select %435, %443, %442 : index
            %445 = arith.select %433, %5, %6 : memref<?xf32>
            %446 = arith.select %435, %4, %445 : memref<?xf32>
            %447 = arith.constant 2048 : index
            %448 = arith.muli %439, %447 : index
            %449 = arith.muli %440, %447 : index
            %450 = arith.muli %429, %443 : index
            %451 = arith.constant 0.000000e+00 : f32
            %452 = vector.broadcast %451 : f32 to vector<8xf32>
            %453, %454, %455, %456, %457, %458, %459, %460 = scf.for %461 = %16 to %443 step %430 iter_args(%462 = %452, %463 = %452, %464 = %452, %465 = %452, %466 = %452, %467 = %452, %468 = %452, %469 = %452) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %470 = arith.constant 16 : index
              %471 = arith.muli %461, %470 : index
              %472 = arith.addi %448, %471 : index
              %473 = vector.load %436[%472] : memref<?xf32>, vector<8xf32>
              %474 = arith.addi %472, %14 : index
              %475 = vector.load %436[%474] : memref<?xf32>, vector<8xf32>
              %476 = arith.addi %449, %471 : index
              %477 = vector.load %436[%476] : memref<?xf32>, vector<8xf32>
              %478 = arith.addi %476, %14 : index
              %479 = vector.load %436[%478] : memref<?xf32>, vector<8xf32>
              %480 = arith.addi %450, %461 : index
              %481 = memref.load %0[%480] : memref<?xf32>
              %482 = vector.broadcast %481 : f32 to vector<8xf32>
              %483 = vector.fma %482, %473, %462 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %484 = vector.fma %482, %475, %463 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %485 = vector.fma %482, %477, %464 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %486 = vector.fma %482, %479, %465 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %487 = arith.addi %461, %17 : index
              %488 = arith.muli %487, %470 : index
              %489 = arith.addi %448, %488 : index
              %490 = vector.load %436[%489] : memref<?xf32>, vector<8xf32>
              %491 = arith.addi %489, %14 : index
              %492 = vector.load %436[%491] : memref<?xf32>, vector<8xf32>
              %493 = arith.addi %449, %488 : index
              %494 = vector.load %436[%493] : memref<?xf32>, vector<8xf32>
              %495 = arith.addi %493, %14 : index
              %496 = vector.load %436[%495] : memref<?xf32>, vector<8xf32>
              %497 = arith.addi %450, %487 : index
              %498 = memref.load %0[%497] : memref<?xf32>
              %499 = vector.broadcast %498 : f32 to vector<8xf32>
              %500 = vector.fma %499, %490, %466 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %501 = vector.fma %499, %492, %467 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %502 = vector.fma %499, %494, %468 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              %503 = vector.fma %499, %496, %469 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
              scf.yield %483, %484, %485, %486, %500, %501, %502, %503 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %504 = arith.addf %453, %457 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %505 = arith.addf %454, %458 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %506 = arith.addf %455, %459 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %507 = arith.addf %456, %460 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %508 = arith.constant 16 : index
            %509 = arith.muli %439, %508 : index
            %510 = arith.muli %429, %444 : index
            %511 = arith.addi %510, %509 : index
            vector.store %504, %446[%511] : memref<?xf32>, vector<8xf32>
            %512 = arith.addi %511, %14 : index
            vector.store %505, %446[%512] : memref<?xf32>, vector<8xf32>
            %513 = arith.muli %440, %508 : index
            %514 = arith.addi %510, %513 : index
            vector.store %506, %446[%514] : memref<?xf32>, vector<8xf32>
            %515 = arith.addi %514, %14 : index
            vector.store %507, %446[%515] : memref<?xf32>, vector<8xf32>
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
    %9 = arith.cmpi ult, %5, %8 : index
    scf.if %9 {
      scf.for %10 = %6 to %3 step %7 {
        %11 = arith.muli %10, %4 : index
        %12 = arith.constant 0.000000e+00 : f32
        %13 = vector.broadcast %12 : f32 to vector<8xf32>
        %14 = arith.constant 32 : index
        %15, %16, %17, %18 = scf.for %19 = %6 to %4 step %14 iter_args(%20 = %13, %21 = %13, %22 = %13, %23 = %13) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
          %24 = arith.addi %11, %19 : index
          %25 = vector.load %0[%24] : memref<?xf32>, vector<8xf32>
          %26 = vector.fma %25, %25, %20 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          %27 = arith.constant 8 : index
          %28 = arith.addi %19, %27 : index
          %29 = arith.addi %11, %28 : index
          %30 = vector.load %0[%29] : memref<?xf32>, vector<8xf32>
          %31 = vector.fma %30, %30, %21 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          %32 = arith.constant 16 : index
          %33 = arith.addi %19, %32 : index
          %34 = arith.addi %11, %33 : index
          %35 = vector.load %0[%34] : memref<?xf32>, vector<8xf32>
          %36 = vector.fma %35, %35, %22 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          %37 = arith.constant 24 : index
          %38 = arith.addi %19, %37 : index
          %39 = arith.addi %11, %38 : index
          %40 = vector.load %0[%39] : memref<?xf32>, vector<8xf32>
          %41 = vector.fma %40, %40, %23 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          scf.yield %26, %31, %36, %41 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
        }
        %42 = arith.addf %15, %16 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
        %43 = arith.addf %17, %18 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
        %44 = arith.addf %42, %43 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
        %45 = vector.reduction <add>, %44 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32> into f32
        %46 = arith.constant 7.812500e-03 : f32
        %47 = arith.mulf %45, %46 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %48 = arith.constant 1.000000e+00 : f32
        %49 = arith.constant 1.000000e-06 : f32
        %50 = arith.addf %47, %49 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %51 = math.sqrt %50 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %52 = arith.divf %48, %51 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %53 = vector.broadcast %52 : f32 to vector<8xf32>
        %54 = arith.constant 8 : index
        scf.for %55 = %6 to %4 step %54 {
          %56 = arith.addi %11, %55 : index
          %57 = vector.load %0[%56] : memref<?xf32>, vector<8xf32>
          %58 = arith.mulf %57, %53 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          %59 = vector.load %1[%55] : memref<?xf32>, vector<8xf32>
          %60 = arith.mulf %58, %59 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          vector.store %60, %2[%56] : memref<?xf32>, vector<8xf32>
        }
      }
    } else {
      "scf.parallel"(%6, %3, %7) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%61: index):
        %62 = arith.muli %61, %4 : index
        %63 = arith.constant 0.000000e+00 : f32
        %64 = vector.broadcast %63 : f32 to vector<8xf32>
        %65 = arith.constant 32 : index
        %66, %67, %68, %69 = scf.for %70 = %6 to %4 step %65 iter_args(%71 = %64, %72 = %64, %73 = %64, %74 = %64) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
          %75 = arith.addi %62, %70 : index
          %76 = vector.load %0[%75] : memref<?xf32>, vector<8xf32>
          %77 = vector.fma %76, %76, %71 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          %78 = arith.constant 8 : index
          %79 = arith.addi %70, %78 : index
          %80 = arith.addi %62, %79 : index
          %81 = vector.load %0[%80] : memref<?xf32>, vector<8xf32>
          %82 = vector.fma %81, %81, %72 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          %83 = arith.constant 16 : index
          %84 = arith.addi %70, %83 : index
          %85 = arith.addi %62, %84 : index
          %86 = vector.load %0[%85] : memref<?xf32>, vector<8xf32>
          %87 = vector.fma %86, %86, %73 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          %88 = arith.constant 24 : index
          %89 = arith.addi %70, %88 : index
          %90 = arith.addi %62, %89 : index
          %91 = vector.load %0[%90] : memref<?xf32>, vector<8xf32>
          %92 = vector.fma %91, %91, %74 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          scf.yield %77, %82, %87, %92 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
        }
        %93 = arith.addf %66, %67 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
        %94 = arith.addf %68, %69 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
        %95 = arith.addf %93, %94 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
        %96 = vector.reduction <add>, %95 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32> into f32
        %97 = arith.constant 7.812500e-03 : f32
        %98 = arith.mulf %96, %97 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %99 = arith.constant 1.000000e+00 : f32
        %100 = arith.constant 1.000000e-06 : f32
        %101 = arith.addf %98, %100 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %102 = math.sqrt %101 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %103 = arith.divf %99, %102 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %104 = vector.broadcast %103 : f32 to vector<8xf32>
        %105 = arith.constant 8 : index
        scf.for %106 = %6 to %4 step %105 {
          %107 = arith.addi %62, %106 : index
          %108 = vector.load %0[%107] : memref<?xf32>, vector<8xf32>
          %109 = arith.mulf %108, %104 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          %110 = vector.load %1[%106] : memref<?xf32>, vector<8xf32>
          %111 = arith.mulf %109, %110 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          vector.store %111, %2[%107] : memref<?xf32>, vector<8xf32>
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
    %11 = arith.cmpi ult, %7, %10 : index
    scf.if %11 {
      scf.for %12 = %8 to %5 step %9 {
        %13 = arith.constant 32 : index
        %14 = arith.muli %12, %13 : index
        %15 = arith.constant 0.000000e+00 : f32
        %16 = vector.broadcast %15 : f32 to vector<8xf32>
        %17, %18, %19, %20 = scf.for %21 = %8 to %13 step %13 iter_args(%22 = %16, %23 = %16, %24 = %16, %25 = %16) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
          %26 = arith.addi %14, %21 : index
          %27 = vector.load %0[%26] : memref<?xf32>, vector<8xf32>
          %28 = vector.fma %27, %27, %22 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          %29 = arith.constant 8 : index
          %30 = arith.addi %21, %29 : index
          %31 = arith.addi %14, %30 : index
          %32 = vector.load %0[%31] : memref<?xf32>, vector<8xf32>
          %33 = vector.fma %32, %32, %23 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          %34 = arith.constant 16 : index
          %35 = arith.addi %21, %34 : index
          %36 = arith.addi %14, %35 : index
          %37 = vector.load %0[%36] : memref<?xf32>, vector<8xf32>
          %38 = vector.fma %37, %37, %24 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          %39 = arith.constant 24 : index
          %40 = arith.addi %21, %39 : index
          %41 = arith.addi %14, %40 : index
          %42 = vector.load %0[%41] : memref<?xf32>, vector<8xf32>
          %43 = vector.fma %42, %42, %25 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          scf.yield %28, %33, %38, %43 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
        }
        %44 = arith.addf %17, %18 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
        %45 = arith.addf %19, %20 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
        %46 = arith.addf %44, %45 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
        %47 = vector.reduction <add>, %46 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32> into f32
        %48 = arith.constant 3.125000e-02 : f32
        %49 = arith.mulf %47, %48 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %50 = arith.constant 1.000000e+00 : f32
        %51 = arith.constant 1.000000e-06 : f32
        %52 = arith.addf %49, %51 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %53 = math.sqrt %52 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %54 = arith.divf %50, %53 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %55 = vector.broadcast %54 : f32 to vector<8xf32>
        %56 = arith.constant 8 : index
        scf.for %57 = %8 to %13 step %56 {
          %58 = arith.addi %14, %57 : index
          %59 = vector.load %0[%58] : memref<?xf32>, vector<8xf32>
          %60 = arith.mulf %59, %55 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          %61 = vector.load %1[%57] : memref<?xf32>, vector<8xf32>
          %62 = arith.mulf %60, %61 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          vector.store %62, %2[%58] : memref<?xf32>, vector<8xf32>
        }
      }
    } else {
      "scf.parallel"(%8, %5, %9) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%63: index):
        %64 = arith.constant 32 : index
        %65 = arith.muli %63, %64 : index
        %66 = arith.constant 0.000000e+00 : f32
        %67 = vector.broadcast %66 : f32 to vector<8xf32>
        %68, %69, %70, %71 = scf.for %72 = %8 to %64 step %64 iter_args(%73 = %67, %74 = %67, %75 = %67, %76 = %67) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
          %77 = arith.addi %65, %72 : index
          %78 = vector.load %0[%77] : memref<?xf32>, vector<8xf32>
          %79 = vector.fma %78, %78, %73 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          %80 = arith.constant 8 : index
          %81 = arith.addi %72, %80 : index
          %82 = arith.addi %65, %81 : index
          %83 = vector.load %0[%82] : memref<?xf32>, vector<8xf32>
          %84 = vector.fma %83, %83, %74 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          %85 = arith.constant 16 : index
          %86 = arith.addi %72, %85 : index
          %87 = arith.addi %65, %86 : index
          %88 = vector.load %0[%87] : memref<?xf32>, vector<8xf32>
          %89 = vector.fma %88, %88, %75 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          %90 = arith.constant 24 : index
          %91 = arith.addi %72, %90 : index
          %92 = arith.addi %65, %91 : index
          %93 = vector.load %0[%92] : memref<?xf32>, vector<8xf32>
          %94 = vector.fma %93, %93, %76 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          scf.yield %79, %84, %89, %94 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
        }
        %95 = arith.addf %68, %69 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
        %96 = arith.addf %70, %71 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
        %97 = arith.addf %95, %96 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
        %98 = vector.reduction <add>, %97 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32> into f32
        %99 = arith.constant 3.125000e-02 : f32
        %100 = arith.mulf %98, %99 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %101 = arith.constant 1.000000e+00 : f32
        %102 = arith.constant 1.000000e-06 : f32
        %103 = arith.addf %100, %102 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %104 = math.sqrt %103 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %105 = arith.divf %101, %104 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %106 = vector.broadcast %105 : f32 to vector<8xf32>
        %107 = arith.constant 8 : index
        scf.for %108 = %8 to %64 step %107 {
          %109 = arith.addi %65, %108 : index
          %110 = vector.load %0[%109] : memref<?xf32>, vector<8xf32>
          %111 = arith.mulf %110, %106 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          %112 = vector.load %1[%108] : memref<?xf32>, vector<8xf32>
          %113 = arith.mulf %111, %112 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          vector.store %113, %2[%109] : memref<?xf32>, vector<8xf32>
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
    %11 = arith.cmpi ult, %7, %10 : index
    scf.if %11 {
      scf.for %12 = %8 to %5 step %9 {
        %13 = arith.constant 32 : index
        %14 = arith.muli %12, %13 : index
        %15 = arith.constant 0.000000e+00 : f32
        %16 = vector.broadcast %15 : f32 to vector<8xf32>
        %17, %18, %19, %20 = scf.for %21 = %8 to %13 step %13 iter_args(%22 = %16, %23 = %16, %24 = %16, %25 = %16) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
          %26 = arith.addi %14, %21 : index
          %27 = vector.load %0[%26] : memref<?xf32>, vector<8xf32>
          %28 = vector.fma %27, %27, %22 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          %29 = arith.constant 8 : index
          %30 = arith.addi %21, %29 : index
          %31 = arith.addi %14, %30 : index
          %32 = vector.load %0[%31] : memref<?xf32>, vector<8xf32>
          %33 = vector.fma %32, %32, %23 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          %34 = arith.constant 16 : index
          %35 = arith.addi %21, %34 : index
          %36 = arith.addi %14, %35 : index
          %37 = vector.load %0[%36] : memref<?xf32>, vector<8xf32>
          %38 = vector.fma %37, %37, %24 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          %39 = arith.constant 24 : index
          %40 = arith.addi %21, %39 : index
          %41 = arith.addi %14, %40 : index
          %42 = vector.load %0[%41] : memref<?xf32>, vector<8xf32>
          %43 = vector.fma %42, %42, %25 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          scf.yield %28, %33, %38, %43 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
        }
        %44 = arith.addf %17, %18 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
        %45 = arith.addf %19, %20 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
        %46 = arith.addf %44, %45 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
        %47 = vector.reduction <add>, %46 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32> into f32
        %48 = arith.constant 3.125000e-02 : f32
        %49 = arith.mulf %47, %48 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %50 = arith.constant 1.000000e+00 : f32
        %51 = arith.constant 1.000000e-06 : f32
        %52 = arith.addf %49, %51 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %53 = math.sqrt %52 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %54 = arith.divf %50, %53 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %55 = vector.broadcast %54 : f32 to vector<8xf32>
        %56 = arith.constant 8 : index
        scf.for %57 = %8 to %13 step %56 {
          %58 = arith.addi %14, %57 : index
          %59 = vector.load %0[%58] : memref<?xf32>, vector<8xf32>
          %60 = arith.mulf %59, %55 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          %61 = vector.load %1[%57] : memref<?xf32>, vector<8xf32>
          %62 = arith.mulf %60, %61 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          vector.store %62, %2[%58] : memref<?xf32>, vector<8xf32>
        }
      }
    } else {
      "scf.parallel"(%8, %5, %9) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%63: index):
        %64 = arith.constant 32 : index
        %65 = arith.muli %63, %64 : index
        %66 = arith.constant 0.000000e+00 : f32
        %67 = vector.broadcast %66 : f32 to vector<8xf32>
        %68, %69, %70, %71 = scf.for %72 = %8 to %64 step %64 iter_args(%73 = %67, %74 = %67, %75 = %67, %76 = %67) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
          %77 = arith.addi %65, %72 : index
          %78 = vector.load %0[%77] : memref<?xf32>, vector<8xf32>
          %79 = vector.fma %78, %78, %73 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          %80 = arith.constant 8 : index
          %81 = arith.addi %72, %80 : index
          %82 = arith.addi %65, %81 : index
          %83 = vector.load %0[%82] : memref<?xf32>, vector<8xf32>
          %84 = vector.fma %83, %83, %74 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          %85 = arith.constant 16 : index
          %86 = arith.addi %72, %85 : index
          %87 = arith.addi %65, %86 : index
          %88 = vector.load %0[%87] : memref<?xf32>, vector<8xf32>
          %89 = vector.fma %88, %88, %75 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          %90 = arith.constant 24 : index
          %91 = arith.addi %72, %90 : index
          %92 = arith.addi %65, %91 : index
          %93 = vector.load %0[%92] : memref<?xf32>, vector<8xf32>
          %94 = vector.fma %93, %93, %76 {fastmath = #arith.fastmath<reassoc,nsz,arcp,contract,afn>} : vector<8xf32>
          scf.yield %79, %84, %89, %94 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
        }
        %95 = arith.addf %68, %69 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
        %96 = arith.addf %70, %71 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
        %97 = arith.addf %95, %96 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
        %98 = vector.reduction <add>, %97 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32> into f32
        %99 = arith.constant 3.125000e-02 : f32
        %100 = arith.mulf %98, %99 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %101 = arith.constant 1.000000e+00 : f32
        %102 = arith.constant 1.000000e-06 : f32
        %103 = arith.addf %100, %102 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %104 = math.sqrt %103 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %105 = arith.divf %101, %104 fastmath<reassoc,nsz,arcp,contract,afn> : f32
        %106 = vector.broadcast %105 : f32 to vector<8xf32>
        %107 = arith.constant 8 : index
        scf.for %108 = %8 to %64 step %107 {
          %109 = arith.addi %65, %108 : index
          %110 = vector.load %0[%109] : memref<?xf32>, vector<8xf32>
          %111 = arith.mulf %110, %106 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          %112 = vector.load %1[%108] : memref<?xf32>, vector<8xf32>
          %113 = arith.mulf %111, %112 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
          vector.store %113, %2[%109] : memref<?xf32>, vector<8xf32>
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
    %13 = arith.cmpi ult, %9, %12 : index
    scf.if %13 {
      scf.for %14 = %10 to %7 step %11 {
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
            %34 = arith.mulf %29, %32 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %35 = arith.mulf %30, %33 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %36 = arith.subf %34, %35 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %36, %3[%27] : memref<?xf32>, vector<8xf32>
            %37 = arith.mulf %30, %32 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %38 = arith.mulf %29, %33 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %39 = arith.addf %37, %38 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %39, %3[%28] : memref<?xf32>, vector<8xf32>
          }
        }
      }
    } else {
      "scf.parallel"(%10, %7, %11) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%40: index):
        %41 = arith.remui %40, %5 : index
        %42 = arith.addi %6, %41 : index
        %43 = arith.constant 16 : index
        %44 = arith.muli %42, %43 : index
        %45 = arith.constant 2 : index
        scf.for %46 = %10 to %45 step %11 {
          %47 = arith.muli %40, %45 : index
          %48 = arith.addi %47, %46 : index
          %49 = arith.constant 32 : index
          %50 = arith.muli %48, %49 : index
          %51 = arith.constant 8 : index
          scf.for %52 = %10 to %43 step %51 {
            %53 = arith.addi %50, %52 : index
            %54 = arith.addi %53, %43 : index
            %55 = vector.load %0[%53] : memref<?xf32>, vector<8xf32>
            %56 = vector.load %0[%54] : memref<?xf32>, vector<8xf32>
            %57 = arith.addi %44, %52 : index
            %58 = vector.load %1[%57] : memref<?xf32>, vector<8xf32>
            %59 = vector.load %2[%57] : memref<?xf32>, vector<8xf32>
            %60 = arith.mulf %55, %58 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %61 = arith.mulf %56, %59 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %62 = arith.subf %60, %61 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %62, %3[%53] : memref<?xf32>, vector<8xf32>
            %63 = arith.mulf %56, %58 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %64 = arith.mulf %55, %59 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %65 = arith.addf %63, %64 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %65, %3[%54] : memref<?xf32>, vector<8xf32>
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
    %13 = arith.cmpi ult, %9, %12 : index
    scf.if %13 {
      scf.for %14 = %10 to %7 step %11 {
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
            %34 = arith.mulf %29, %32 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %35 = arith.mulf %30, %33 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %36 = arith.subf %34, %35 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %36, %3[%27] : memref<?xf32>, vector<8xf32>
            %37 = arith.mulf %30, %32 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %38 = arith.mulf %29, %33 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %39 = arith.addf %37, %38 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %39, %3[%28] : memref<?xf32>, vector<8xf32>
          }
        }
      }
    } else {
      "scf.parallel"(%10, %7, %11) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%40: index):
        %41 = arith.remui %40, %5 : index
        %42 = arith.addi %6, %41 : index
        %43 = arith.constant 16 : index
        %44 = arith.muli %42, %43 : index
        %45 = arith.constant 4 : index
        scf.for %46 = %10 to %45 step %11 {
          %47 = arith.muli %40, %45 : index
          %48 = arith.addi %47, %46 : index
          %49 = arith.constant 32 : index
          %50 = arith.muli %48, %49 : index
          %51 = arith.constant 8 : index
          scf.for %52 = %10 to %43 step %51 {
            %53 = arith.addi %50, %52 : index
            %54 = arith.addi %53, %43 : index
            %55 = vector.load %0[%53] : memref<?xf32>, vector<8xf32>
            %56 = vector.load %0[%54] : memref<?xf32>, vector<8xf32>
            %57 = arith.addi %44, %52 : index
            %58 = vector.load %1[%57] : memref<?xf32>, vector<8xf32>
            %59 = vector.load %2[%57] : memref<?xf32>, vector<8xf32>
            %60 = arith.mulf %55, %58 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %61 = arith.mulf %56, %59 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %62 = arith.subf %60, %61 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %62, %3[%53] : memref<?xf32>, vector<8xf32>
            %63 = arith.mulf %56, %58 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %64 = arith.mulf %55, %59 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            %65 = arith.addf %63, %64 fastmath<reassoc,nsz,arcp,contract,afn> : vector<8xf32>
            vector.store %65, %3[%54] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
}
