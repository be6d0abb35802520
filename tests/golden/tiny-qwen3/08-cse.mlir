// rlxc opt 08-cse.mlir -p 'convert-to-llvm{threads=0},llvm-opt{level=3},llvm-codegen{level=3}'
builtin.module {
  func.func @prefill(%input_ids: memref<?xi32>, %past_k: memref<?xf32>, %past_v: memref<?xf32>, %past_k_1: memref<?xf32>, %past_v_1: memref<?xf32>, %logits: memref<?xf32>, %rope.cos: memref<?xf32>, %rope.sin: memref<?xf32>, %model.embed_tokens.weight.packed16: memref<?xf32>, %model.layers.0.input_layernorm.weight: memref<?xf32>, %model.layers.0.self_attn.q_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.k_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.v_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.q_norm.weight: memref<?xf32>, %model.layers.0.self_attn.k_norm.weight: memref<?xf32>, %model.layers.0.self_attn.o_proj.weight.packed16: memref<?xf32>, %model.layers.0.post_attention_layernorm.weight: memref<?xf32>, %model.layers.0.mlp.gate_proj.weight.packed16: memref<?xf32>, %model.layers.0.mlp.up_proj.weight.packed16: memref<?xf32>, %model.layers.0.mlp.down_proj.weight.packed16: memref<?xf32>, %model.layers.1.input_layernorm.weight: memref<?xf32>, %model.layers.1.self_attn.q_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.k_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.v_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.q_norm.weight: memref<?xf32>, %model.layers.1.self_attn.k_norm.weight: memref<?xf32>, %model.layers.1.self_attn.o_proj.weight.packed16: memref<?xf32>, %model.layers.1.post_attention_layernorm.weight: memref<?xf32>, %model.layers.1.mlp.gate_proj.weight.packed16: memref<?xf32>, %model.layers.1.mlp.up_proj.weight.packed16: memref<?xf32>, %model.layers.1.mlp.down_proj.weight.packed16: memref<?xf32>, %model.norm.weight: memref<?xf32>, %arena: memref<?xi8>, %MAX_SEQ: index, %PAST_SEQ: index, %SEQ: index) attributes {rlx.inputs = ["input_ids", "past_k_0", "past_v_0", "past_k_1", "past_v_1"], rlx.outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], rlx.kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, rlx.arena_bytes = 1179648 : i64, rlx.symbols = ["MAX_SEQ", "PAST_SEQ", "SEQ"], rlx.constraints = [["PAST_SEQ+SEQ", "512"], ["PAST_SEQ+SEQ", "MAX_SEQ"], ["SEQ", "512"]], rlx.entry, rlx.arg_names = ["input_ids", "past_k_0", "past_v_0", "past_k_1", "past_v_1", "logits", "rope.cos", "rope.sin", "model.embed_tokens.weight", "model.layers.0.input_layernorm.weight", "model.layers.0.self_attn.q_proj.weight", "model.layers.0.self_attn.k_proj.weight", "model.layers.0.self_attn.v_proj.weight", "model.layers.0.self_attn.q_norm.weight", "model.layers.0.self_attn.k_norm.weight", "model.layers.0.self_attn.o_proj.weight", "model.layers.0.post_attention_layernorm.weight", "model.layers.0.mlp.gate_proj.weight", "model.layers.0.mlp.up_proj.weight", "model.layers.0.mlp.down_proj.weight", "model.layers.1.input_layernorm.weight", "model.layers.1.self_attn.q_proj.weight", "model.layers.1.self_attn.k_proj.weight", "model.layers.1.self_attn.v_proj.weight", "model.layers.1.self_attn.q_norm.weight", "model.layers.1.self_attn.k_norm.weight", "model.layers.1.self_attn.o_proj.weight", "model.layers.1.post_attention_layernorm.weight", "model.layers.1.mlp.gate_proj.weight", "model.layers.1.mlp.up_proj.weight", "model.layers.1.mlp.down_proj.weight", "model.norm.weight", "arena", "MAX_SEQ", "PAST_SEQ", "SEQ"], rlx.arg_roles = ["input", "kv_cache", "kv_cache", "kv_cache", "kv_cache", "output", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "arena", "symbol", "symbol", "symbol"], rlx.arg_layouts = ["", "", "", "", "", "", "", "", "packed16", "", "packed16", "packed16", "packed16", "", "", "packed16", "", "packed16", "packed16", "packed16", "", "packed16", "packed16", "packed16", "", "", "packed16", "", "packed16", "packed16", "packed16", "", "", "", "", ""], rlx.arg_shapes = ["1xSEQ", "1xMAX_SEQx64", "1xMAX_SEQx64", "1xMAX_SEQx64", "1xMAX_SEQx64", "1xSEQx1024", "512x16", "512x16", "1024x128", "128", "128x128", "64x128", "64x128", "32", "32", "128x128", "128", "192x128", "192x128", "128x192", "128", "128x128", "64x128", "64x128", "32", "32", "128x128", "128", "192x128", "192x128", "128x192", "128"]} {
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
  func.func @prefill_last(%input_ids: memref<?xi32>, %past_k: memref<?xf32>, %past_v: memref<?xf32>, %past_k_1: memref<?xf32>, %past_v_1: memref<?xf32>, %logits: memref<?xf32>, %rope.cos: memref<?xf32>, %rope.sin: memref<?xf32>, %model.embed_tokens.weight.packed16: memref<?xf32>, %model.layers.0.input_layernorm.weight: memref<?xf32>, %model.layers.0.self_attn.q_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.k_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.v_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.q_norm.weight: memref<?xf32>, %model.layers.0.self_attn.k_norm.weight: memref<?xf32>, %model.layers.0.self_attn.o_proj.weight.packed16: memref<?xf32>, %model.layers.0.post_attention_layernorm.weight: memref<?xf32>, %model.layers.0.mlp.gate_proj.weight.packed16: memref<?xf32>, %model.layers.0.mlp.up_proj.weight.packed16: memref<?xf32>, %model.layers.0.mlp.down_proj.weight.packed16: memref<?xf32>, %model.layers.1.input_layernorm.weight: memref<?xf32>, %model.layers.1.self_attn.q_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.k_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.v_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.q_norm.weight: memref<?xf32>, %model.layers.1.self_attn.k_norm.weight: memref<?xf32>, %model.layers.1.self_attn.o_proj.weight.packed16: memref<?xf32>, %model.layers.1.post_attention_layernorm.weight: memref<?xf32>, %model.layers.1.mlp.gate_proj.weight.packed16: memref<?xf32>, %model.layers.1.mlp.up_proj.weight.packed16: memref<?xf32>, %model.layers.1.mlp.down_proj.weight.packed16: memref<?xf32>, %model.norm.weight: memref<?xf32>, %arena: memref<?xi8>, %MAX_SEQ: index, %PAST_SEQ: index, %SEQ: index) attributes {rlx.inputs = ["input_ids", "past_k_0", "past_v_0", "past_k_1", "past_v_1"], rlx.outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], rlx.kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, rlx.arena_bytes = 1179648 : i64, rlx.symbols = ["MAX_SEQ", "PAST_SEQ", "SEQ"], rlx.constraints = [["PAST_SEQ+SEQ", "512"], ["PAST_SEQ+SEQ", "MAX_SEQ"], ["SEQ", "512"]], rlx.entry, rlx.arg_names = ["input_ids", "past_k_0", "past_v_0", "past_k_1", "past_v_1", "logits", "rope.cos", "rope.sin", "model.embed_tokens.weight", "model.layers.0.input_layernorm.weight", "model.layers.0.self_attn.q_proj.weight", "model.layers.0.self_attn.k_proj.weight", "model.layers.0.self_attn.v_proj.weight", "model.layers.0.self_attn.q_norm.weight", "model.layers.0.self_attn.k_norm.weight", "model.layers.0.self_attn.o_proj.weight", "model.layers.0.post_attention_layernorm.weight", "model.layers.0.mlp.gate_proj.weight", "model.layers.0.mlp.up_proj.weight", "model.layers.0.mlp.down_proj.weight", "model.layers.1.input_layernorm.weight", "model.layers.1.self_attn.q_proj.weight", "model.layers.1.self_attn.k_proj.weight", "model.layers.1.self_attn.v_proj.weight", "model.layers.1.self_attn.q_norm.weight", "model.layers.1.self_attn.k_norm.weight", "model.layers.1.self_attn.o_proj.weight", "model.layers.1.post_attention_layernorm.weight", "model.layers.1.mlp.gate_proj.weight", "model.layers.1.mlp.up_proj.weight", "model.layers.1.mlp.down_proj.weight", "model.norm.weight", "arena", "MAX_SEQ", "PAST_SEQ", "SEQ"], rlx.arg_roles = ["input", "kv_cache", "kv_cache", "kv_cache", "kv_cache", "output", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "arena", "symbol", "symbol", "symbol"], rlx.arg_layouts = ["", "", "", "", "", "", "", "", "packed16", "", "packed16", "packed16", "packed16", "", "", "packed16", "", "packed16", "packed16", "packed16", "", "packed16", "packed16", "packed16", "", "", "packed16", "", "packed16", "packed16", "packed16", "", "", "", "", ""], rlx.arg_shapes = ["1xSEQ", "1xMAX_SEQx64", "1xMAX_SEQx64", "1xMAX_SEQx64", "1xMAX_SEQx64", "1x1x1024", "512x16", "512x16", "1024x128", "128", "128x128", "64x128", "64x128", "32", "32", "128x128", "128", "192x128", "192x128", "128x192", "128", "128x128", "64x128", "64x128", "32", "32", "128x128", "128", "192x128", "192x128", "128x192", "128"]} {
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
  func.func @decode(%input_ids: memref<?xi32>, %past_k: memref<?xf32>, %past_v: memref<?xf32>, %past_k_1: memref<?xf32>, %past_v_1: memref<?xf32>, %logits: memref<?xf32>, %rope.cos: memref<?xf32>, %rope.sin: memref<?xf32>, %model.embed_tokens.weight.packed16: memref<?xf32>, %model.layers.0.input_layernorm.weight: memref<?xf32>, %model.layers.0.self_attn.q_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.k_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.v_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.q_norm.weight: memref<?xf32>, %model.layers.0.self_attn.k_norm.weight: memref<?xf32>, %model.layers.0.self_attn.o_proj.weight.packed16: memref<?xf32>, %model.layers.0.post_attention_layernorm.weight: memref<?xf32>, %model.layers.0.mlp.gate_proj.weight.packed16: memref<?xf32>, %model.layers.0.mlp.up_proj.weight.packed16: memref<?xf32>, %model.layers.0.mlp.down_proj.weight.packed16: memref<?xf32>, %model.layers.1.input_layernorm.weight: memref<?xf32>, %model.layers.1.self_attn.q_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.k_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.v_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.q_norm.weight: memref<?xf32>, %model.layers.1.self_attn.k_norm.weight: memref<?xf32>, %model.layers.1.self_attn.o_proj.weight.packed16: memref<?xf32>, %model.layers.1.post_attention_layernorm.weight: memref<?xf32>, %model.layers.1.mlp.gate_proj.weight.packed16: memref<?xf32>, %model.layers.1.mlp.up_proj.weight.packed16: memref<?xf32>, %model.layers.1.mlp.down_proj.weight.packed16: memref<?xf32>, %model.norm.weight: memref<?xf32>, %arena: memref<?xi8>, %MAX_SEQ: index, %PAST_SEQ: index) attributes {rlx.inputs = ["input_ids", "past_k_0", "past_v_0", "past_k_1", "past_v_1"], rlx.outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], rlx.kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, rlx.arena_bytes = 2304 : i64, rlx.symbols = ["MAX_SEQ", "PAST_SEQ"], rlx.constraints = [["PAST_SEQ+1", "512"], ["PAST_SEQ+1", "MAX_SEQ"]], rlx.entry, rlx.arg_names = ["input_ids", "past_k_0", "past_v_0", "past_k_1", "past_v_1", "logits", "rope.cos", "rope.sin", "model.embed_tokens.weight", "model.layers.0.input_layernorm.weight", "model.layers.0.self_attn.q_proj.weight", "model.layers.0.self_attn.k_proj.weight", "model.layers.0.self_attn.v_proj.weight", "model.layers.0.self_attn.q_norm.weight", "model.layers.0.self_attn.k_norm.weight", "model.layers.0.self_attn.o_proj.weight", "model.layers.0.post_attention_layernorm.weight", "model.layers.0.mlp.gate_proj.weight", "model.layers.0.mlp.up_proj.weight", "model.layers.0.mlp.down_proj.weight", "model.layers.1.input_layernorm.weight", "model.layers.1.self_attn.q_proj.weight", "model.layers.1.self_attn.k_proj.weight", "model.layers.1.self_attn.v_proj.weight", "model.layers.1.self_attn.q_norm.weight", "model.layers.1.self_attn.k_norm.weight", "model.layers.1.self_attn.o_proj.weight", "model.layers.1.post_attention_layernorm.weight", "model.layers.1.mlp.gate_proj.weight", "model.layers.1.mlp.up_proj.weight", "model.layers.1.mlp.down_proj.weight", "model.norm.weight", "arena", "MAX_SEQ", "PAST_SEQ"], rlx.arg_roles = ["input", "kv_cache", "kv_cache", "kv_cache", "kv_cache", "output", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "arena", "symbol", "symbol"], rlx.arg_layouts = ["", "", "", "", "", "", "", "", "packed16", "", "packed16", "packed16", "packed16", "", "", "packed16", "", "packed16", "packed16", "packed16", "", "packed16", "packed16", "packed16", "", "", "packed16", "", "packed16", "packed16", "packed16", "", "", "", ""], rlx.arg_shapes = ["1x1", "1xMAX_SEQx64", "1xMAX_SEQx64", "1xMAX_SEQx64", "1xMAX_SEQx64", "1x1x1024", "512x16", "512x16", "1024x128", "128", "128x128", "64x128", "64x128", "32", "32", "128x128", "128", "192x128", "192x128", "128x192", "128", "128x128", "64x128", "64x128", "32", "32", "128x128", "128", "192x128", "192x128", "128x192", "128"]} {
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
    func.call @attention_nh4_nkv2_hd32_causal(%3, %past_k, %past_v, %2, %1, %1, %10, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
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
    func.call @attention_nh4_nkv2_hd32_causal(%3, %past_k_1, %past_v_1, %2, %1, %1, %10, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
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
  func.func private @add_f32(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) {
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
          %24 = arith.addf %22, %23 : vector<8xf32>
          vector.store %24, %2[%21] : memref<?xf32>, vector<8xf32>
        }
        scf.for %25 = %20 to %15 step %9 {
          %26 = memref.load %0[%25] : memref<?xf32>
          %27 = memref.load %1[%25] : memref<?xf32>
          %28 = arith.addf %26, %27 : f32
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
          %41 = arith.addf %39, %40 : vector<8xf32>
          vector.store %41, %2[%38] : memref<?xf32>, vector<8xf32>
        }
        scf.for %42 = %37 to %32 step %9 {
          %43 = memref.load %0[%42] : memref<?xf32>
          %44 = memref.load %1[%42] : memref<?xf32>
          %45 = arith.addf %43, %44 : f32
          memref.store %45, %2[%42] : memref<?xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @attention_nh4_nkv2_hd32_causal(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: memref<?xf32>, %4: index, %5: index, %6: index, %7: index) {
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
        %33 = memref.alloca() : memref<96xf32>
        %34 = memref.alloca() : memref<256xf32>
        %35 = arith.muli %28, %7 : index
        %36 = arith.constant 64 : index
        %37 = arith.muli %35, %36 : index
        %38 = arith.constant 32 : index
        %39 = arith.muli %27, %38 : index
        %40 = arith.addi %37, %39 : index
        %41 = arith.constant 0.000000e+00 : f32
        %42 = vector.broadcast %41 : f32 to vector<8xf32>
        %43 = arith.constant 0.176776692 : f32
        %44 = vector.broadcast %43 : f32 to vector<8xf32>
        %45 = arith.constant dense<[0.000000e+00, 1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e+00, 6.000000e+00, 7.000000e+00]> : vector<8xf32>
        scf.for %46 = %20 to %32 step %21 {
          %47 = arith.divui %46, %12 : index
          %48 = arith.remui %46, %12 : index
          %49 = arith.addi %29, %47 : index
          %50 = arith.muli %27, %12 : index
          %51 = arith.addi %50, %48 : index
          %52 = arith.muli %28, %5 : index
          %53 = arith.addi %52, %49 : index
          %54 = arith.constant 4 : index
          %55 = arith.muli %53, %54 : index
          %56 = arith.addi %55, %51 : index
          %57 = arith.muli %56, %38 : index
          vector.store %42, %3[%57] : memref<?xf32>, vector<8xf32>
          %58 = arith.constant 8 : index
          %59 = arith.addi %57, %58 : index
          vector.store %42, %3[%59] : memref<?xf32>, vector<8xf32>
          %60 = arith.addi %57, %10 : index
          vector.store %42, %3[%60] : memref<?xf32>, vector<8xf32>
          %61 = arith.constant 24 : index
          %62 = arith.addi %57, %61 : index
          vector.store %42, %3[%62] : memref<?xf32>, vector<8xf32>
          %63 = arith.constant -1.000000e+30 : f32
          memref.store %63, %33[%46] : memref<96xf32>
          %64 = arith.addi %46, %38 : index
          memref.store %41, %33[%64] : memref<96xf32>
        }
        %65 = arith.addi %15, %29 : index
        %66 = arith.addi %65, %21 : index
        %67 = arith.constant 8 : index
        %68 = arith.divui %66, %67 : index
        %69 = arith.muli %68, %67 : index
        %70 = arith.addi %29, %31 : index
        %71 = arith.subi %70, %21 : index
        %72 = arith.addi %15, %71 : index
        %73 = arith.addi %72, %21 : index
        %74 = arith.divui %73, %67 : index
        %75 = arith.muli %74, %67 : index
        scf.for %76 = %20 to %69 step %67 {
          %77 = arith.muli %76, %36 : index
          %78 = arith.addi %40, %77 : index
          %79 = arith.addi %76, %21 : index
          %80 = arith.muli %79, %36 : index
          %81 = arith.addi %40, %80 : index
          %82 = arith.addi %76, %12 : index
          %83 = arith.muli %82, %36 : index
          %84 = arith.addi %40, %83 : index
          %85 = arith.constant 3 : index
          %86 = arith.addi %76, %85 : index
          %87 = arith.muli %86, %36 : index
          %88 = arith.addi %40, %87 : index
          %89 = arith.constant 4 : index
          %90 = arith.addi %76, %89 : index
          %91 = arith.muli %90, %36 : index
          %92 = arith.addi %40, %91 : index
          %93 = arith.constant 5 : index
          %94 = arith.addi %76, %93 : index
          %95 = arith.muli %94, %36 : index
          %96 = arith.addi %40, %95 : index
          %97 = arith.constant 6 : index
          %98 = arith.addi %76, %97 : index
          %99 = arith.muli %98, %36 : index
          %100 = arith.addi %40, %99 : index
          %101 = arith.constant 7 : index
          %102 = arith.addi %76, %101 : index
          %103 = arith.muli %102, %36 : index
          %104 = arith.addi %40, %103 : index
          %105 = arith.divui %32, %12 : index
          %106 = arith.muli %105, %12 : index
          scf.for %107 = %20 to %106 step %12 {
            %108 = arith.divui %107, %12 : index
            %109 = arith.remui %107, %12 : index
            %110 = arith.addi %29, %108 : index
            %111 = arith.muli %27, %12 : index
            %112 = arith.addi %111, %109 : index
            %113 = arith.muli %28, %5 : index
            %114 = arith.addi %113, %110 : index
            %115 = arith.muli %114, %89 : index
            %116 = arith.addi %115, %112 : index
            %117 = arith.muli %116, %38 : index
            %118 = arith.addi %107, %21 : index
            %119 = arith.divui %118, %12 : index
            %120 = arith.remui %118, %12 : index
            %121 = arith.addi %29, %119 : index
            %122 = arith.addi %111, %120 : index
            %123 = arith.addi %113, %121 : index
            %124 = arith.muli %123, %89 : index
            %125 = arith.addi %124, %122 : index
            %126 = arith.muli %125, %38 : index
            %127 = vector.load %0[%117] : memref<?xf32>, vector<8xf32>
            %128 = vector.load %0[%126] : memref<?xf32>, vector<8xf32>
            %129 = vector.load %1[%78] : memref<?xf32>, vector<8xf32>
            %130 = arith.mulf %127, %129 : vector<8xf32>
            %131 = arith.mulf %128, %129 : vector<8xf32>
            %132 = vector.load %1[%81] : memref<?xf32>, vector<8xf32>
            %133 = arith.mulf %127, %132 : vector<8xf32>
            %134 = arith.mulf %128, %132 : vector<8xf32>
            %135 = vector.load %1[%84] : memref<?xf32>, vector<8xf32>
            %136 = arith.mulf %127, %135 : vector<8xf32>
            %137 = arith.mulf %128, %135 : vector<8xf32>
            %138 = vector.load %1[%88] : memref<?xf32>, vector<8xf32>
            %139 = arith.mulf %127, %138 : vector<8xf32>
            %140 = arith.mulf %128, %138 : vector<8xf32>
            %141 = vector.load %1[%92] : memref<?xf32>, vector<8xf32>
            %142 = arith.mulf %127, %141 : vector<8xf32>
            %143 = arith.mulf %128, %141 : vector<8xf32>
            %144 = vector.load %1[%96] : memref<?xf32>, vector<8xf32>
            %145 = arith.mulf %127, %144 : vector<8xf32>
            %146 = arith.mulf %128, %144 : vector<8xf32>
            %147 = vector.load %1[%100] : memref<?xf32>, vector<8xf32>
            %148 = arith.mulf %127, %147 : vector<8xf32>
            %149 = arith.mulf %128, %147 : vector<8xf32>
            %150 = vector.load %1[%104] : memref<?xf32>, vector<8xf32>
            %151 = arith.mulf %127, %150 : vector<8xf32>
            %152 = arith.mulf %128, %150 : vector<8xf32>
            %153 = arith.addi %117, %67 : index
            %154 = vector.load %0[%153] : memref<?xf32>, vector<8xf32>
            %155 = arith.addi %126, %67 : index
            %156 = vector.load %0[%155] : memref<?xf32>, vector<8xf32>
            %157 = arith.addi %78, %67 : index
            %158 = vector.load %1[%157] : memref<?xf32>, vector<8xf32>
            %159 = vector.fma %154, %158, %130 : vector<8xf32>
            %160 = vector.fma %156, %158, %131 : vector<8xf32>
            %161 = arith.addi %81, %67 : index
            %162 = vector.load %1[%161] : memref<?xf32>, vector<8xf32>
            %163 = vector.fma %154, %162, %133 : vector<8xf32>
            %164 = vector.fma %156, %162, %134 : vector<8xf32>
            %165 = arith.addi %84, %67 : index
            %166 = vector.load %1[%165] : memref<?xf32>, vector<8xf32>
            %167 = vector.fma %154, %166, %136 : vector<8xf32>
            %168 = vector.fma %156, %166, %137 : vector<8xf32>
            %169 = arith.addi %88, %67 : index
            %170 = vector.load %1[%169] : memref<?xf32>, vector<8xf32>
            %171 = vector.fma %154, %170, %139 : vector<8xf32>
            %172 = vector.fma %156, %170, %140 : vector<8xf32>
            %173 = arith.addi %92, %67 : index
            %174 = vector.load %1[%173] : memref<?xf32>, vector<8xf32>
            %175 = vector.fma %154, %174, %142 : vector<8xf32>
            %176 = vector.fma %156, %174, %143 : vector<8xf32>
            %177 = arith.addi %96, %67 : index
            %178 = vector.load %1[%177] : memref<?xf32>, vector<8xf32>
            %179 = vector.fma %154, %178, %145 : vector<8xf32>
            %180 = vector.fma %156, %178, %146 : vector<8xf32>
            %181 = arith.addi %100, %67 : index
            %182 = vector.load %1[%181] : memref<?xf32>, vector<8xf32>
            %183 = vector.fma %154, %182, %148 : vector<8xf32>
            %184 = vector.fma %156, %182, %149 : vector<8xf32>
            %185 = arith.addi %104, %67 : index
            %186 = vector.load %1[%185] : memref<?xf32>, vector<8xf32>
            %187 = vector.fma %154, %186, %151 : vector<8xf32>
            %188 = vector.fma %156, %186, %152 : vector<8xf32>
            %189 = arith.addi %117, %10 : index
            %190 = vector.load %0[%189] : memref<?xf32>, vector<8xf32>
            %191 = arith.addi %126, %10 : index
            %192 = vector.load %0[%191] : memref<?xf32>, vector<8xf32>
            %193 = arith.addi %78, %10 : index
            %194 = vector.load %1[%193] : memref<?xf32>, vector<8xf32>
            %195 = vector.fma %190, %194, %159 : vector<8xf32>
            %196 = vector.fma %192, %194, %160 : vector<8xf32>
            %197 = arith.addi %81, %10 : index
            %198 = vector.load %1[%197] : memref<?xf32>, vector<8xf32>
            %199 = vector.fma %190, %198, %163 : vector<8xf32>
            %200 = vector.fma %192, %198, %164 : vector<8xf32>
            %201 = arith.addi %84, %10 : index
            %202 = vector.load %1[%201] : memref<?xf32>, vector<8xf32>
            %203 = vector.fma %190, %202, %167 : vector<8xf32>
            %204 = vector.fma %192, %202, %168 : vector<8xf32>
            %205 = arith.addi %88, %10 : index
            %206 = vector.load %1[%205] : memref<?xf32>, vector<8xf32>
            %207 = vector.fma %190, %206, %171 : vector<8xf32>
            %208 = vector.fma %192, %206, %172 : vector<8xf32>
            %209 = arith.addi %92, %10 : index
            %210 = vector.load %1[%209] : memref<?xf32>, vector<8xf32>
            %211 = vector.fma %190, %210, %175 : vector<8xf32>
            %212 = vector.fma %192, %210, %176 : vector<8xf32>
            %213 = arith.addi %96, %10 : index
            %214 = vector.load %1[%213] : memref<?xf32>, vector<8xf32>
            %215 = vector.fma %190, %214, %179 : vector<8xf32>
            %216 = vector.fma %192, %214, %180 : vector<8xf32>
            %217 = arith.addi %100, %10 : index
            %218 = vector.load %1[%217] : memref<?xf32>, vector<8xf32>
            %219 = vector.fma %190, %218, %183 : vector<8xf32>
            %220 = vector.fma %192, %218, %184 : vector<8xf32>
            %221 = arith.addi %104, %10 : index
            %222 = vector.load %1[%221] : memref<?xf32>, vector<8xf32>
            %223 = vector.fma %190, %222, %187 : vector<8xf32>
            %224 = vector.fma %192, %222, %188 : vector<8xf32>
            %225 = arith.constant 24 : index
            %226 = arith.addi %117, %225 : index
            %227 = vector.load %0[%226] : memref<?xf32>, vector<8xf32>
            %228 = arith.addi %126, %225 : index
            %229 = vector.load %0[%228] : memref<?xf32>, vector<8xf32>
            %230 = arith.addi %78, %225 : index
            %231 = vector.load %1[%230] : memref<?xf32>, vector<8xf32>
            %232 = vector.fma %227, %231, %195 : vector<8xf32>
            %233 = vector.fma %229, %231, %196 : vector<8xf32>
            %234 = arith.addi %81, %225 : index
            %235 = vector.load %1[%234] : memref<?xf32>, vector<8xf32>
            %236 = vector.fma %227, %235, %199 : vector<8xf32>
            %237 = vector.fma %229, %235, %200 : vector<8xf32>
            %238 = arith.addi %84, %225 : index
            %239 = vector.load %1[%238] : memref<?xf32>, vector<8xf32>
            %240 = vector.fma %227, %239, %203 : vector<8xf32>
            %241 = vector.fma %229, %239, %204 : vector<8xf32>
            %242 = arith.addi %88, %225 : index
            %243 = vector.load %1[%242] : memref<?xf32>, vector<8xf32>
            %244 = vector.fma %227, %243, %207 : vector<8xf32>
            %245 = vector.fma %229, %243, %208 : vector<8xf32>
            %246 = arith.addi %92, %225 : index
            %247 = vector.load %1[%246] : memref<?xf32>, vector<8xf32>
            %248 = vector.fma %227, %247, %211 : vector<8xf32>
            %249 = vector.fma %229, %247, %212 : vector<8xf32>
            %250 = arith.addi %96, %225 : index
            %251 = vector.load %1[%250] : memref<?xf32>, vector<8xf32>
            %252 = vector.fma %227, %251, %215 : vector<8xf32>
            %253 = vector.fma %229, %251, %216 : vector<8xf32>
            %254 = arith.addi %100, %225 : index
            %255 = vector.load %1[%254] : memref<?xf32>, vector<8xf32>
            %256 = vector.fma %227, %255, %219 : vector<8xf32>
            %257 = vector.fma %229, %255, %220 : vector<8xf32>
            %258 = arith.addi %104, %225 : index
            %259 = vector.load %1[%258] : memref<?xf32>, vector<8xf32>
            %260 = vector.fma %227, %259, %223 : vector<8xf32>
            %261 = vector.fma %229, %259, %224 : vector<8xf32>
            %262 = vector.shuffle %232, %236 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %263 = vector.shuffle %232, %236 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %264 = arith.addf %262, %263 : vector<8xf32>
            %265 = vector.shuffle %240, %244 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %266 = vector.shuffle %240, %244 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %267 = arith.addf %265, %266 : vector<8xf32>
            %268 = vector.shuffle %248, %252 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %269 = vector.shuffle %248, %252 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %270 = arith.addf %268, %269 : vector<8xf32>
            %271 = vector.shuffle %256, %260 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %272 = vector.shuffle %256, %260 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %273 = arith.addf %271, %272 : vector<8xf32>
            %274 = vector.shuffle %264, %267 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %275 = vector.shuffle %264, %267 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %276 = arith.addf %274, %275 : vector<8xf32>
            %277 = vector.shuffle %270, %273 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %278 = vector.shuffle %270, %273 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %279 = arith.addf %277, %278 : vector<8xf32>
            %280 = vector.shuffle %276, %279 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %281 = vector.shuffle %276, %279 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %282 = arith.addf %280, %281 : vector<8xf32>
            %283 = arith.mulf %282, %44 : vector<8xf32>
            %284 = arith.muli %107, %67 : index
            vector.store %283, %34[%284] : memref<256xf32>, vector<8xf32>
            %285 = vector.shuffle %233, %237 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %286 = vector.shuffle %233, %237 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %287 = arith.addf %285, %286 : vector<8xf32>
            %288 = vector.shuffle %241, %245 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %289 = vector.shuffle %241, %245 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %290 = arith.addf %288, %289 : vector<8xf32>
            %291 = vector.shuffle %249, %253 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %292 = vector.shuffle %249, %253 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %293 = arith.addf %291, %292 : vector<8xf32>
            %294 = vector.shuffle %257, %261 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %295 = vector.shuffle %257, %261 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %296 = arith.addf %294, %295 : vector<8xf32>
            %297 = vector.shuffle %287, %290 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %298 = vector.shuffle %287, %290 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %299 = arith.addf %297, %298 : vector<8xf32>
            %300 = vector.shuffle %293, %296 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %301 = vector.shuffle %293, %296 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %302 = arith.addf %300, %301 : vector<8xf32>
            %303 = vector.shuffle %299, %302 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %304 = vector.shuffle %299, %302 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %305 = arith.addf %303, %304 : vector<8xf32>
            %306 = arith.mulf %305, %44 : vector<8xf32>
            %307 = arith.muli %118, %67 : index
            vector.store %306, %34[%307] : memref<256xf32>, vector<8xf32>
          }
          scf.for %308 = %106 to %32 step %21 {
            %309 = arith.divui %308, %12 : index
            %310 = arith.remui %308, %12 : index
            %311 = arith.addi %29, %309 : index
            %312 = arith.muli %27, %12 : index
            %313 = arith.addi %312, %310 : index
            %314 = arith.muli %28, %5 : index
            %315 = arith.addi %314, %311 : index
            %316 = arith.muli %315, %89 : index
            %317 = arith.addi %316, %313 : index
            %318 = arith.muli %317, %38 : index
            %319 = vector.load %0[%318] : memref<?xf32>, vector<8xf32>
            %320 = vector.load %1[%78] : memref<?xf32>, vector<8xf32>
            %321 = arith.mulf %319, %320 : vector<8xf32>
            %322 = vector.load %1[%81] : memref<?xf32>, vector<8xf32>
            %323 = arith.mulf %319, %322 : vector<8xf32>
            %324 = vector.load %1[%84] : memref<?xf32>, vector<8xf32>
            %325 = arith.mulf %319, %324 : vector<8xf32>
            %326 = vector.load %1[%88] : memref<?xf32>, vector<8xf32>
            %327 = arith.mulf %319, %326 : vector<8xf32>
            %328 = vector.load %1[%92] : memref<?xf32>, vector<8xf32>
            %329 = arith.mulf %319, %328 : vector<8xf32>
            %330 = vector.load %1[%96] : memref<?xf32>, vector<8xf32>
            %331 = arith.mulf %319, %330 : vector<8xf32>
            %332 = vector.load %1[%100] : memref<?xf32>, vector<8xf32>
            %333 = arith.mulf %319, %332 : vector<8xf32>
            %334 = vector.load %1[%104] : memref<?xf32>, vector<8xf32>
            %335 = arith.mulf %319, %334 : vector<8xf32>
            %336 = arith.addi %318, %67 : index
            %337 = vector.load %0[%336] : memref<?xf32>, vector<8xf32>
            %338 = arith.addi %78, %67 : index
            %339 = vector.load %1[%338] : memref<?xf32>, vector<8xf32>
            %340 = vector.fma %337, %339, %321 : vector<8xf32>
            %341 = arith.addi %81, %67 : index
            %342 = vector.load %1[%341] : memref<?xf32>, vector<8xf32>
            %343 = vector.fma %337, %342, %323 : vector<8xf32>
            %344 = arith.addi %84, %67 : index
            %345 = vector.load %1[%344] : memref<?xf32>, vector<8xf32>
            %346 = vector.fma %337, %345, %325 : vector<8xf32>
            %347 = arith.addi %88, %67 : index
            %348 = vector.load %1[%347] : memref<?xf32>, vector<8xf32>
            %349 = vector.fma %337, %348, %327 : vector<8xf32>
            %350 = arith.addi %92, %67 : index
            %351 = vector.load %1[%350] : memref<?xf32>, vector<8xf32>
            %352 = vector.fma %337, %351, %329 : vector<8xf32>
            %353 = arith.addi %96, %67 : index
            %354 = vector.load %1[%353] : memref<?xf32>, vector<8xf32>
            %355 = vector.fma %337, %354, %331 : vector<8xf32>
            %356 = arith.addi %100, %67 : index
            %357 = vector.load %1[%356] : memref<?xf32>, vector<8xf32>
            %358 = vector.fma %337, %357, %333 : vector<8xf32>
            %359 = arith.addi %104, %67 : index
            %360 = vector.load %1[%359] : memref<?xf32>, vector<8xf32>
            %361 = vector.fma %337, %360, %335 : vector<8xf32>
            %362 = arith.addi %318, %10 : index
            %363 = vector.load %0[%362] : memref<?xf32>, vector<8xf32>
            %364 = arith.addi %78, %10 : index
            %365 = vector.load %1[%364] : memref<?xf32>, vector<8xf32>
            %366 = vector.fma %363, %365, %340 : vector<8xf32>
            %367 = arith.addi %81, %10 : index
            %368 = vector.load %1[%367] : memref<?xf32>, vector<8xf32>
            %369 = vector.fma %363, %368, %343 : vector<8xf32>
            %370 = arith.addi %84, %10 : index
            %371 = vector.load %1[%370] : memref<?xf32>, vector<8xf32>
            %372 = vector.fma %363, %371, %346 : vector<8xf32>
            %373 = arith.addi %88, %10 : index
            %374 = vector.load %1[%373] : memref<?xf32>, vector<8xf32>
            %375 = vector.fma %363, %374, %349 : vector<8xf32>
            %376 = arith.addi %92, %10 : index
            %377 = vector.load %1[%376] : memref<?xf32>, vector<8xf32>
            %378 = vector.fma %363, %377, %352 : vector<8xf32>
            %379 = arith.addi %96, %10 : index
            %380 = vector.load %1[%379] : memref<?xf32>, vector<8xf32>
            %381 = vector.fma %363, %380, %355 : vector<8xf32>
            %382 = arith.addi %100, %10 : index
            %383 = vector.load %1[%382] : memref<?xf32>, vector<8xf32>
            %384 = vector.fma %363, %383, %358 : vector<8xf32>
            %385 = arith.addi %104, %10 : index
            %386 = vector.load %1[%385] : memref<?xf32>, vector<8xf32>
            %387 = vector.fma %363, %386, %361 : vector<8xf32>
            %388 = arith.constant 24 : index
            %389 = arith.addi %318, %388 : index
            %390 = vector.load %0[%389] : memref<?xf32>, vector<8xf32>
            %391 = arith.addi %78, %388 : index
            %392 = vector.load %1[%391] : memref<?xf32>, vector<8xf32>
            %393 = vector.fma %390, %392, %366 : vector<8xf32>
            %394 = arith.addi %81, %388 : index
            %395 = vector.load %1[%394] : memref<?xf32>, vector<8xf32>
            %396 = vector.fma %390, %395, %369 : vector<8xf32>
            %397 = arith.addi %84, %388 : index
            %398 = vector.load %1[%397] : memref<?xf32>, vector<8xf32>
            %399 = vector.fma %390, %398, %372 : vector<8xf32>
            %400 = arith.addi %88, %388 : index
            %401 = vector.load %1[%400] : memref<?xf32>, vector<8xf32>
            %402 = vector.fma %390, %401, %375 : vector<8xf32>
            %403 = arith.addi %92, %388 : index
            %404 = vector.load %1[%403] : memref<?xf32>, vector<8xf32>
            %405 = vector.fma %390, %404, %378 : vector<8xf32>
            %406 = arith.addi %96, %388 : index
            %407 = vector.load %1[%406] : memref<?xf32>, vector<8xf32>
            %408 = vector.fma %390, %407, %381 : vector<8xf32>
            %409 = arith.addi %100, %388 : index
            %410 = vector.load %1[%409] : memref<?xf32>, vector<8xf32>
            %411 = vector.fma %390, %410, %384 : vector<8xf32>
            %412 = arith.addi %104, %388 : index
            %413 = vector.load %1[%412] : memref<?xf32>, vector<8xf32>
            %414 = vector.fma %390, %413, %387 : vector<8xf32>
            %415 = vector.shuffle %393, %396 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %416 = vector.shuffle %393, %396 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %417 = arith.addf %415, %416 : vector<8xf32>
            %418 = vector.shuffle %399, %402 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %419 = vector.shuffle %399, %402 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %420 = arith.addf %418, %419 : vector<8xf32>
            %421 = vector.shuffle %405, %408 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %422 = vector.shuffle %405, %408 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %423 = arith.addf %421, %422 : vector<8xf32>
            %424 = vector.shuffle %411, %414 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %425 = vector.shuffle %411, %414 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %426 = arith.addf %424, %425 : vector<8xf32>
            %427 = vector.shuffle %417, %420 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %428 = vector.shuffle %417, %420 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %429 = arith.addf %427, %428 : vector<8xf32>
            %430 = vector.shuffle %423, %426 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %431 = vector.shuffle %423, %426 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %432 = arith.addf %430, %431 : vector<8xf32>
            %433 = vector.shuffle %429, %432 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %434 = vector.shuffle %429, %432 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %435 = arith.addf %433, %434 : vector<8xf32>
            %436 = arith.mulf %435, %44 : vector<8xf32>
            %437 = arith.muli %308, %67 : index
            vector.store %436, %34[%437] : memref<256xf32>, vector<8xf32>
          }
          scf.for %438 = %20 to %32 step %21 {
            %439 = arith.muli %438, %67 : index
            %440 = vector.load %34[%439] : memref<256xf32>, vector<8xf32>
            %441 = memref.load %33[%438] : memref<96xf32>
            %442 = vector.reduction <maxnumf>, %440 : vector<8xf32> into f32
            %443 = arith.cmpf ogt, %441, %442 : f32
            %444 = arith.select %443, %441, %442 : f32
            %445 = vector.broadcast %444 : f32 to vector<8xf32>
            %446 = arith.subf %440, %445 : vector<8xf32>
            %447 = arith.constant -8.700000e+01 : f32
            %448 = vector.broadcast %447 : f32 to vector<8xf32>
            %449 = arith.cmpf ogt, %446, %448 : vector<8xf32>
            %450 = arith.select %449, %446, %448 : vector<8xf32>
            %451 = arith.constant 8.800000e+01 : f32
            %452 = vector.broadcast %451 : f32 to vector<8xf32>
            %453 = arith.cmpf olt, %450, %452 : vector<8xf32>
            %454 = arith.select %453, %450, %452 : vector<8xf32>
            %455 = math.exp %454 : vector<8xf32>
            %456 = arith.subf %441, %444 : f32
            %457 = vector.broadcast %456 : f32 to vector<8xf32>
            %458 = arith.cmpf ogt, %457, %448 : vector<8xf32>
            %459 = arith.select %458, %457, %448 : vector<8xf32>
            %460 = arith.cmpf olt, %459, %452 : vector<8xf32>
            %461 = arith.select %460, %459, %452 : vector<8xf32>
            %462 = math.exp %461 : vector<8xf32>
            %463 = vector.extract %462[0] : f32 from vector<8xf32>
            vector.store %455, %34[%439] : memref<256xf32>, vector<8xf32>
            memref.store %444, %33[%438] : memref<96xf32>
            %464 = arith.addi %438, %38 : index
            %465 = memref.load %33[%464] : memref<96xf32>
            %466 = arith.mulf %465, %463 : f32
            %467 = vector.reduction <add>, %455 : vector<8xf32> into f32
            %468 = arith.addf %466, %467 : f32
            memref.store %468, %33[%464] : memref<96xf32>
            %469 = arith.addi %438, %36 : index
            memref.store %463, %33[%469] : memref<96xf32>
          }
          scf.for %470 = %20 to %106 step %12 {
            %471 = arith.addi %470, %21 : index
            %472 = arith.divui %470, %12 : index
            %473 = arith.remui %470, %12 : index
            %474 = arith.addi %29, %472 : index
            %475 = arith.muli %27, %12 : index
            %476 = arith.addi %475, %473 : index
            %477 = arith.muli %28, %5 : index
            %478 = arith.addi %477, %474 : index
            %479 = arith.muli %478, %89 : index
            %480 = arith.addi %479, %476 : index
            %481 = arith.muli %480, %38 : index
            %482 = arith.divui %471, %12 : index
            %483 = arith.remui %471, %12 : index
            %484 = arith.addi %29, %482 : index
            %485 = arith.addi %475, %483 : index
            %486 = arith.addi %477, %484 : index
            %487 = arith.muli %486, %89 : index
            %488 = arith.addi %487, %485 : index
            %489 = arith.muli %488, %38 : index
            %490 = arith.addi %470, %36 : index
            %491 = memref.load %33[%490] : memref<96xf32>
            %492 = vector.broadcast %491 : f32 to vector<8xf32>
            %493 = arith.addi %471, %36 : index
            %494 = memref.load %33[%493] : memref<96xf32>
            %495 = vector.broadcast %494 : f32 to vector<8xf32>
            %496 = arith.muli %470, %67 : index
            %497 = memref.load %34[%496] : memref<256xf32>
            %498 = vector.broadcast %497 : f32 to vector<8xf32>
            %499 = arith.addi %496, %21 : index
            %500 = memref.load %34[%499] : memref<256xf32>
            %501 = vector.broadcast %500 : f32 to vector<8xf32>
            %502 = arith.addi %496, %12 : index
            %503 = memref.load %34[%502] : memref<256xf32>
            %504 = vector.broadcast %503 : f32 to vector<8xf32>
            %505 = arith.addi %496, %85 : index
            %506 = memref.load %34[%505] : memref<256xf32>
            %507 = vector.broadcast %506 : f32 to vector<8xf32>
            %508 = arith.addi %496, %89 : index
            %509 = memref.load %34[%508] : memref<256xf32>
            %510 = vector.broadcast %509 : f32 to vector<8xf32>
            %511 = arith.addi %496, %93 : index
            %512 = memref.load %34[%511] : memref<256xf32>
            %513 = vector.broadcast %512 : f32 to vector<8xf32>
            %514 = arith.addi %496, %97 : index
            %515 = memref.load %34[%514] : memref<256xf32>
            %516 = vector.broadcast %515 : f32 to vector<8xf32>
            %517 = arith.addi %496, %101 : index
            %518 = memref.load %34[%517] : memref<256xf32>
            %519 = vector.broadcast %518 : f32 to vector<8xf32>
            %520 = arith.muli %471, %67 : index
            %521 = memref.load %34[%520] : memref<256xf32>
            %522 = vector.broadcast %521 : f32 to vector<8xf32>
            %523 = arith.addi %520, %21 : index
            %524 = memref.load %34[%523] : memref<256xf32>
            %525 = vector.broadcast %524 : f32 to vector<8xf32>
            %526 = arith.addi %520, %12 : index
            %527 = memref.load %34[%526] : memref<256xf32>
            %528 = vector.broadcast %527 : f32 to vector<8xf32>
            %529 = arith.addi %520, %85 : index
            %530 = memref.load %34[%529] : memref<256xf32>
            %531 = vector.broadcast %530 : f32 to vector<8xf32>
            %532 = arith.addi %520, %89 : index
            %533 = memref.load %34[%532] : memref<256xf32>
            %534 = vector.broadcast %533 : f32 to vector<8xf32>
            %535 = arith.addi %520, %93 : index
            %536 = memref.load %34[%535] : memref<256xf32>
            %537 = vector.broadcast %536 : f32 to vector<8xf32>
            %538 = arith.addi %520, %97 : index
            %539 = memref.load %34[%538] : memref<256xf32>
            %540 = vector.broadcast %539 : f32 to vector<8xf32>
            %541 = arith.addi %520, %101 : index
            %542 = memref.load %34[%541] : memref<256xf32>
            %543 = vector.broadcast %542 : f32 to vector<8xf32>
            %544 = vector.load %3[%481] : memref<?xf32>, vector<8xf32>
            %545 = arith.mulf %544, %492 : vector<8xf32>
            %546 = vector.load %3[%489] : memref<?xf32>, vector<8xf32>
            %547 = arith.mulf %546, %495 : vector<8xf32>
            %548 = vector.load %2[%78] : memref<?xf32>, vector<8xf32>
            %549 = vector.fma %498, %548, %545 : vector<8xf32>
            %550 = vector.fma %522, %548, %547 : vector<8xf32>
            %551 = vector.load %2[%81] : memref<?xf32>, vector<8xf32>
            %552 = vector.fma %501, %551, %549 : vector<8xf32>
            %553 = vector.fma %525, %551, %550 : vector<8xf32>
            %554 = vector.load %2[%84] : memref<?xf32>, vector<8xf32>
            %555 = vector.fma %504, %554, %552 : vector<8xf32>
            %556 = vector.fma %528, %554, %553 : vector<8xf32>
            %557 = vector.load %2[%88] : memref<?xf32>, vector<8xf32>
            %558 = vector.fma %507, %557, %555 : vector<8xf32>
            %559 = vector.fma %531, %557, %556 : vector<8xf32>
            %560 = vector.load %2[%92] : memref<?xf32>, vector<8xf32>
            %561 = vector.fma %510, %560, %558 : vector<8xf32>
            %562 = vector.fma %534, %560, %559 : vector<8xf32>
            %563 = vector.load %2[%96] : memref<?xf32>, vector<8xf32>
            %564 = vector.fma %513, %563, %561 : vector<8xf32>
            %565 = vector.fma %537, %563, %562 : vector<8xf32>
            %566 = vector.load %2[%100] : memref<?xf32>, vector<8xf32>
            %567 = vector.fma %516, %566, %564 : vector<8xf32>
            %568 = vector.fma %540, %566, %565 : vector<8xf32>
            %569 = vector.load %2[%104] : memref<?xf32>, vector<8xf32>
            %570 = vector.fma %519, %569, %567 : vector<8xf32>
            %571 = vector.fma %543, %569, %568 : vector<8xf32>
            vector.store %570, %3[%481] : memref<?xf32>, vector<8xf32>
            vector.store %571, %3[%489] : memref<?xf32>, vector<8xf32>
            %572 = arith.addi %481, %67 : index
            %573 = arith.addi %489, %67 : index
            %574 = vector.load %3[%572] : memref<?xf32>, vector<8xf32>
            %575 = arith.mulf %574, %492 : vector<8xf32>
            %576 = vector.load %3[%573] : memref<?xf32>, vector<8xf32>
            %577 = arith.mulf %576, %495 : vector<8xf32>
            %578 = arith.addi %78, %67 : index
            %579 = vector.load %2[%578] : memref<?xf32>, vector<8xf32>
            %580 = vector.fma %498, %579, %575 : vector<8xf32>
            %581 = vector.fma %522, %579, %577 : vector<8xf32>
            %582 = arith.addi %81, %67 : index
            %583 = vector.load %2[%582] : memref<?xf32>, vector<8xf32>
            %584 = vector.fma %501, %583, %580 : vector<8xf32>
            %585 = vector.fma %525, %583, %581 : vector<8xf32>
            %586 = arith.addi %84, %67 : index
            %587 = vector.load %2[%586] : memref<?xf32>, vector<8xf32>
            %588 = vector.fma %504, %587, %584 : vector<8xf32>
            %589 = vector.fma %528, %587, %585 : vector<8xf32>
            %590 = arith.addi %88, %67 : index
            %591 = vector.load %2[%590] : memref<?xf32>, vector<8xf32>
            %592 = vector.fma %507, %591, %588 : vector<8xf32>
            %593 = vector.fma %531, %591, %589 : vector<8xf32>
            %594 = arith.addi %92, %67 : index
            %595 = vector.load %2[%594] : memref<?xf32>, vector<8xf32>
            %596 = vector.fma %510, %595, %592 : vector<8xf32>
            %597 = vector.fma %534, %595, %593 : vector<8xf32>
            %598 = arith.addi %96, %67 : index
            %599 = vector.load %2[%598] : memref<?xf32>, vector<8xf32>
            %600 = vector.fma %513, %599, %596 : vector<8xf32>
            %601 = vector.fma %537, %599, %597 : vector<8xf32>
            %602 = arith.addi %100, %67 : index
            %603 = vector.load %2[%602] : memref<?xf32>, vector<8xf32>
            %604 = vector.fma %516, %603, %600 : vector<8xf32>
            %605 = vector.fma %540, %603, %601 : vector<8xf32>
            %606 = arith.addi %104, %67 : index
            %607 = vector.load %2[%606] : memref<?xf32>, vector<8xf32>
            %608 = vector.fma %519, %607, %604 : vector<8xf32>
            %609 = vector.fma %543, %607, %605 : vector<8xf32>
            vector.store %608, %3[%572] : memref<?xf32>, vector<8xf32>
            vector.store %609, %3[%573] : memref<?xf32>, vector<8xf32>
            %610 = arith.addi %481, %10 : index
            %611 = arith.addi %489, %10 : index
            %612 = vector.load %3[%610] : memref<?xf32>, vector<8xf32>
            %613 = arith.mulf %612, %492 : vector<8xf32>
            %614 = vector.load %3[%611] : memref<?xf32>, vector<8xf32>
            %615 = arith.mulf %614, %495 : vector<8xf32>
            %616 = arith.addi %78, %10 : index
            %617 = vector.load %2[%616] : memref<?xf32>, vector<8xf32>
            %618 = vector.fma %498, %617, %613 : vector<8xf32>
            %619 = vector.fma %522, %617, %615 : vector<8xf32>
            %620 = arith.addi %81, %10 : index
            %621 = vector.load %2[%620] : memref<?xf32>, vector<8xf32>
            %622 = vector.fma %501, %621, %618 : vector<8xf32>
            %623 = vector.fma %525, %621, %619 : vector<8xf32>
            %624 = arith.addi %84, %10 : index
            %625 = vector.load %2[%624] : memref<?xf32>, vector<8xf32>
            %626 = vector.fma %504, %625, %622 : vector<8xf32>
            %627 = vector.fma %528, %625, %623 : vector<8xf32>
            %628 = arith.addi %88, %10 : index
            %629 = vector.load %2[%628] : memref<?xf32>, vector<8xf32>
            %630 = vector.fma %507, %629, %626 : vector<8xf32>
            %631 = vector.fma %531, %629, %627 : vector<8xf32>
            %632 = arith.addi %92, %10 : index
            %633 = vector.load %2[%632] : memref<?xf32>, vector<8xf32>
            %634 = vector.fma %510, %633, %630 : vector<8xf32>
            %635 = vector.fma %534, %633, %631 : vector<8xf32>
            %636 = arith.addi %96, %10 : index
            %637 = vector.load %2[%636] : memref<?xf32>, vector<8xf32>
            %638 = vector.fma %513, %637, %634 : vector<8xf32>
            %639 = vector.fma %537, %637, %635 : vector<8xf32>
            %640 = arith.addi %100, %10 : index
            %641 = vector.load %2[%640] : memref<?xf32>, vector<8xf32>
            %642 = vector.fma %516, %641, %638 : vector<8xf32>
            %643 = vector.fma %540, %641, %639 : vector<8xf32>
            %644 = arith.addi %104, %10 : index
            %645 = vector.load %2[%644] : memref<?xf32>, vector<8xf32>
            %646 = vector.fma %519, %645, %642 : vector<8xf32>
            %647 = vector.fma %543, %645, %643 : vector<8xf32>
            vector.store %646, %3[%610] : memref<?xf32>, vector<8xf32>
            vector.store %647, %3[%611] : memref<?xf32>, vector<8xf32>
            %648 = arith.constant 24 : index
            %649 = arith.addi %481, %648 : index
            %650 = arith.addi %489, %648 : index
            %651 = vector.load %3[%649] : memref<?xf32>, vector<8xf32>
            %652 = arith.mulf %651, %492 : vector<8xf32>
            %653 = vector.load %3[%650] : memref<?xf32>, vector<8xf32>
            %654 = arith.mulf %653, %495 : vector<8xf32>
            %655 = arith.addi %78, %648 : index
            %656 = vector.load %2[%655] : memref<?xf32>, vector<8xf32>
            %657 = vector.fma %498, %656, %652 : vector<8xf32>
            %658 = vector.fma %522, %656, %654 : vector<8xf32>
            %659 = arith.addi %81, %648 : index
            %660 = vector.load %2[%659] : memref<?xf32>, vector<8xf32>
            %661 = vector.fma %501, %660, %657 : vector<8xf32>
            %662 = vector.fma %525, %660, %658 : vector<8xf32>
            %663 = arith.addi %84, %648 : index
            %664 = vector.load %2[%663] : memref<?xf32>, vector<8xf32>
            %665 = vector.fma %504, %664, %661 : vector<8xf32>
            %666 = vector.fma %528, %664, %662 : vector<8xf32>
            %667 = arith.addi %88, %648 : index
            %668 = vector.load %2[%667] : memref<?xf32>, vector<8xf32>
            %669 = vector.fma %507, %668, %665 : vector<8xf32>
            %670 = vector.fma %531, %668, %666 : vector<8xf32>
            %671 = arith.addi %92, %648 : index
            %672 = vector.load %2[%671] : memref<?xf32>, vector<8xf32>
            %673 = vector.fma %510, %672, %669 : vector<8xf32>
            %674 = vector.fma %534, %672, %670 : vector<8xf32>
            %675 = arith.addi %96, %648 : index
            %676 = vector.load %2[%675] : memref<?xf32>, vector<8xf32>
            %677 = vector.fma %513, %676, %673 : vector<8xf32>
            %678 = vector.fma %537, %676, %674 : vector<8xf32>
            %679 = arith.addi %100, %648 : index
            %680 = vector.load %2[%679] : memref<?xf32>, vector<8xf32>
            %681 = vector.fma %516, %680, %677 : vector<8xf32>
            %682 = vector.fma %540, %680, %678 : vector<8xf32>
            %683 = arith.addi %104, %648 : index
            %684 = vector.load %2[%683] : memref<?xf32>, vector<8xf32>
            %685 = vector.fma %519, %684, %681 : vector<8xf32>
            %686 = vector.fma %543, %684, %682 : vector<8xf32>
            vector.store %685, %3[%649] : memref<?xf32>, vector<8xf32>
            vector.store %686, %3[%650] : memref<?xf32>, vector<8xf32>
          }
          scf.for %687 = %106 to %32 step %21 {
            %688 = arith.divui %687, %12 : index
            %689 = arith.remui %687, %12 : index
            %690 = arith.addi %29, %688 : index
            %691 = arith.muli %27, %12 : index
            %692 = arith.addi %691, %689 : index
            %693 = arith.muli %28, %5 : index
            %694 = arith.addi %693, %690 : index
            %695 = arith.muli %694, %89 : index
            %696 = arith.addi %695, %692 : index
            %697 = arith.muli %696, %38 : index
            %698 = arith.addi %687, %36 : index
            %699 = memref.load %33[%698] : memref<96xf32>
            %700 = vector.broadcast %699 : f32 to vector<8xf32>
            %701 = arith.muli %687, %67 : index
            %702 = memref.load %34[%701] : memref<256xf32>
            %703 = vector.broadcast %702 : f32 to vector<8xf32>
            %704 = arith.addi %701, %21 : index
            %705 = memref.load %34[%704] : memref<256xf32>
            %706 = vector.broadcast %705 : f32 to vector<8xf32>
            %707 = arith.addi %701, %12 : index
            %708 = memref.load %34[%707] : memref<256xf32>
            %709 = vector.broadcast %708 : f32 to vector<8xf32>
            %710 = arith.addi %701, %85 : index
            %711 = memref.load %34[%710] : memref<256xf32>
            %712 = vector.broadcast %711 : f32 to vector<8xf32>
            %713 = arith.addi %701, %89 : index
            %714 = memref.load %34[%713] : memref<256xf32>
            %715 = vector.broadcast %714 : f32 to vector<8xf32>
            %716 = arith.addi %701, %93 : index
            %717 = memref.load %34[%716] : memref<256xf32>
            %718 = vector.broadcast %717 : f32 to vector<8xf32>
            %719 = arith.addi %701, %97 : index
            %720 = memref.load %34[%719] : memref<256xf32>
            %721 = vector.broadcast %720 : f32 to vector<8xf32>
            %722 = arith.addi %701, %101 : index
            %723 = memref.load %34[%722] : memref<256xf32>
            %724 = vector.broadcast %723 : f32 to vector<8xf32>
            %725 = vector.load %3[%697] : memref<?xf32>, vector<8xf32>
            %726 = arith.mulf %725, %700 : vector<8xf32>
            %727 = vector.load %2[%78] : memref<?xf32>, vector<8xf32>
            %728 = vector.fma %703, %727, %726 : vector<8xf32>
            %729 = vector.load %2[%81] : memref<?xf32>, vector<8xf32>
            %730 = vector.fma %706, %729, %728 : vector<8xf32>
            %731 = vector.load %2[%84] : memref<?xf32>, vector<8xf32>
            %732 = vector.fma %709, %731, %730 : vector<8xf32>
            %733 = vector.load %2[%88] : memref<?xf32>, vector<8xf32>
            %734 = vector.fma %712, %733, %732 : vector<8xf32>
            %735 = vector.load %2[%92] : memref<?xf32>, vector<8xf32>
            %736 = vector.fma %715, %735, %734 : vector<8xf32>
            %737 = vector.load %2[%96] : memref<?xf32>, vector<8xf32>
            %738 = vector.fma %718, %737, %736 : vector<8xf32>
            %739 = vector.load %2[%100] : memref<?xf32>, vector<8xf32>
            %740 = vector.fma %721, %739, %738 : vector<8xf32>
            %741 = vector.load %2[%104] : memref<?xf32>, vector<8xf32>
            %742 = vector.fma %724, %741, %740 : vector<8xf32>
            vector.store %742, %3[%697] : memref<?xf32>, vector<8xf32>
            %743 = arith.addi %697, %67 : index
            %744 = vector.load %3[%743] : memref<?xf32>, vector<8xf32>
            %745 = arith.mulf %744, %700 : vector<8xf32>
            %746 = arith.addi %78, %67 : index
            %747 = vector.load %2[%746] : memref<?xf32>, vector<8xf32>
            %748 = vector.fma %703, %747, %745 : vector<8xf32>
            %749 = arith.addi %81, %67 : index
            %750 = vector.load %2[%749] : memref<?xf32>, vector<8xf32>
            %751 = vector.fma %706, %750, %748 : vector<8xf32>
            %752 = arith.addi %84, %67 : index
            %753 = vector.load %2[%752] : memref<?xf32>, vector<8xf32>
            %754 = vector.fma %709, %753, %751 : vector<8xf32>
            %755 = arith.addi %88, %67 : index
            %756 = vector.load %2[%755] : memref<?xf32>, vector<8xf32>
            %757 = vector.fma %712, %756, %754 : vector<8xf32>
            %758 = arith.addi %92, %67 : index
            %759 = vector.load %2[%758] : memref<?xf32>, vector<8xf32>
            %760 = vector.fma %715, %759, %757 : vector<8xf32>
            %761 = arith.addi %96, %67 : index
            %762 = vector.load %2[%761] : memref<?xf32>, vector<8xf32>
            %763 = vector.fma %718, %762, %760 : vector<8xf32>
            %764 = arith.addi %100, %67 : index
            %765 = vector.load %2[%764] : memref<?xf32>, vector<8xf32>
            %766 = vector.fma %721, %765, %763 : vector<8xf32>
            %767 = arith.addi %104, %67 : index
            %768 = vector.load %2[%767] : memref<?xf32>, vector<8xf32>
            %769 = vector.fma %724, %768, %766 : vector<8xf32>
            vector.store %769, %3[%743] : memref<?xf32>, vector<8xf32>
            %770 = arith.addi %697, %10 : index
            %771 = vector.load %3[%770] : memref<?xf32>, vector<8xf32>
            %772 = arith.mulf %771, %700 : vector<8xf32>
            %773 = arith.addi %78, %10 : index
            %774 = vector.load %2[%773] : memref<?xf32>, vector<8xf32>
            %775 = vector.fma %703, %774, %772 : vector<8xf32>
            %776 = arith.addi %81, %10 : index
            %777 = vector.load %2[%776] : memref<?xf32>, vector<8xf32>
            %778 = vector.fma %706, %777, %775 : vector<8xf32>
            %779 = arith.addi %84, %10 : index
            %780 = vector.load %2[%779] : memref<?xf32>, vector<8xf32>
            %781 = vector.fma %709, %780, %778 : vector<8xf32>
            %782 = arith.addi %88, %10 : index
            %783 = vector.load %2[%782] : memref<?xf32>, vector<8xf32>
            %784 = vector.fma %712, %783, %781 : vector<8xf32>
            %785 = arith.addi %92, %10 : index
            %786 = vector.load %2[%785] : memref<?xf32>, vector<8xf32>
            %787 = vector.fma %715, %786, %784 : vector<8xf32>
            %788 = arith.addi %96, %10 : index
            %789 = vector.load %2[%788] : memref<?xf32>, vector<8xf32>
            %790 = vector.fma %718, %789, %787 : vector<8xf32>
            %791 = arith.addi %100, %10 : index
            %792 = vector.load %2[%791] : memref<?xf32>, vector<8xf32>
            %793 = vector.fma %721, %792, %790 : vector<8xf32>
            %794 = arith.addi %104, %10 : index
            %795 = vector.load %2[%794] : memref<?xf32>, vector<8xf32>
            %796 = vector.fma %724, %795, %793 : vector<8xf32>
            vector.store %796, %3[%770] : memref<?xf32>, vector<8xf32>
            %797 = arith.constant 24 : index
            %798 = arith.addi %697, %797 : index
            %799 = vector.load %3[%798] : memref<?xf32>, vector<8xf32>
            %800 = arith.mulf %799, %700 : vector<8xf32>
            %801 = arith.addi %78, %797 : index
            %802 = vector.load %2[%801] : memref<?xf32>, vector<8xf32>
            %803 = vector.fma %703, %802, %800 : vector<8xf32>
            %804 = arith.addi %81, %797 : index
            %805 = vector.load %2[%804] : memref<?xf32>, vector<8xf32>
            %806 = vector.fma %706, %805, %803 : vector<8xf32>
            %807 = arith.addi %84, %797 : index
            %808 = vector.load %2[%807] : memref<?xf32>, vector<8xf32>
            %809 = vector.fma %709, %808, %806 : vector<8xf32>
            %810 = arith.addi %88, %797 : index
            %811 = vector.load %2[%810] : memref<?xf32>, vector<8xf32>
            %812 = vector.fma %712, %811, %809 : vector<8xf32>
            %813 = arith.addi %92, %797 : index
            %814 = vector.load %2[%813] : memref<?xf32>, vector<8xf32>
            %815 = vector.fma %715, %814, %812 : vector<8xf32>
            %816 = arith.addi %96, %797 : index
            %817 = vector.load %2[%816] : memref<?xf32>, vector<8xf32>
            %818 = vector.fma %718, %817, %815 : vector<8xf32>
            %819 = arith.addi %100, %797 : index
            %820 = vector.load %2[%819] : memref<?xf32>, vector<8xf32>
            %821 = vector.fma %721, %820, %818 : vector<8xf32>
            %822 = arith.addi %104, %797 : index
            %823 = vector.load %2[%822] : memref<?xf32>, vector<8xf32>
            %824 = vector.fma %724, %823, %821 : vector<8xf32>
            vector.store %824, %3[%798] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.for %825 = %69 to %75 step %67 {
          %826 = arith.muli %825, %36 : index
          %827 = arith.addi %40, %826 : index
          %828 = arith.addi %825, %21 : index
          %829 = arith.muli %828, %36 : index
          %830 = arith.addi %40, %829 : index
          %831 = arith.addi %825, %12 : index
          %832 = arith.muli %831, %36 : index
          %833 = arith.addi %40, %832 : index
          %834 = arith.constant 3 : index
          %835 = arith.addi %825, %834 : index
          %836 = arith.muli %835, %36 : index
          %837 = arith.addi %40, %836 : index
          %838 = arith.constant 4 : index
          %839 = arith.addi %825, %838 : index
          %840 = arith.muli %839, %36 : index
          %841 = arith.addi %40, %840 : index
          %842 = arith.constant 5 : index
          %843 = arith.addi %825, %842 : index
          %844 = arith.muli %843, %36 : index
          %845 = arith.addi %40, %844 : index
          %846 = arith.constant 6 : index
          %847 = arith.addi %825, %846 : index
          %848 = arith.muli %847, %36 : index
          %849 = arith.addi %40, %848 : index
          %850 = arith.constant 7 : index
          %851 = arith.addi %825, %850 : index
          %852 = arith.muli %851, %36 : index
          %853 = arith.addi %40, %852 : index
          %854 = arith.divui %32, %12 : index
          %855 = arith.muli %854, %12 : index
          scf.for %856 = %20 to %855 step %12 {
            %857 = arith.divui %856, %12 : index
            %858 = arith.remui %856, %12 : index
            %859 = arith.addi %29, %857 : index
            %860 = arith.muli %27, %12 : index
            %861 = arith.addi %860, %858 : index
            %862 = arith.muli %28, %5 : index
            %863 = arith.addi %862, %859 : index
            %864 = arith.muli %863, %838 : index
            %865 = arith.addi %864, %861 : index
            %866 = arith.muli %865, %38 : index
            %867 = arith.addi %856, %21 : index
            %868 = arith.divui %867, %12 : index
            %869 = arith.remui %867, %12 : index
            %870 = arith.addi %29, %868 : index
            %871 = arith.addi %860, %869 : index
            %872 = arith.addi %862, %870 : index
            %873 = arith.muli %872, %838 : index
            %874 = arith.addi %873, %871 : index
            %875 = arith.muli %874, %38 : index
            %876 = vector.load %0[%866] : memref<?xf32>, vector<8xf32>
            %877 = vector.load %0[%875] : memref<?xf32>, vector<8xf32>
            %878 = vector.load %1[%827] : memref<?xf32>, vector<8xf32>
            %879 = arith.mulf %876, %878 : vector<8xf32>
            %880 = arith.mulf %877, %878 : vector<8xf32>
            %881 = vector.load %1[%830] : memref<?xf32>, vector<8xf32>
            %882 = arith.mulf %876, %881 : vector<8xf32>
            %883 = arith.mulf %877, %881 : vector<8xf32>
            %884 = vector.load %1[%833] : memref<?xf32>, vector<8xf32>
            %885 = arith.mulf %876, %884 : vector<8xf32>
            %886 = arith.mulf %877, %884 : vector<8xf32>
            %887 = vector.load %1[%837] : memref<?xf32>, vector<8xf32>
            %888 = arith.mulf %876, %887 : vector<8xf32>
            %889 = arith.mulf %877, %887 : vector<8xf32>
            %890 = vector.load %1[%841] : memref<?xf32>, vector<8xf32>
            %891 = arith.mulf %876, %890 : vector<8xf32>
            %892 = arith.mulf %877, %890 : vector<8xf32>
            %893 = vector.load %1[%845] : memref<?xf32>, vector<8xf32>
            %894 = arith.mulf %876, %893 : vector<8xf32>
            %895 = arith.mulf %877, %893 : vector<8xf32>
            %896 = vector.load %1[%849] : memref<?xf32>, vector<8xf32>
            %897 = arith.mulf %876, %896 : vector<8xf32>
            %898 = arith.mulf %877, %896 : vector<8xf32>
            %899 = vector.load %1[%853] : memref<?xf32>, vector<8xf32>
            %900 = arith.mulf %876, %899 : vector<8xf32>
            %901 = arith.mulf %877, %899 : vector<8xf32>
            %902 = arith.addi %866, %67 : index
            %903 = vector.load %0[%902] : memref<?xf32>, vector<8xf32>
            %904 = arith.addi %875, %67 : index
            %905 = vector.load %0[%904] : memref<?xf32>, vector<8xf32>
            %906 = arith.addi %827, %67 : index
            %907 = vector.load %1[%906] : memref<?xf32>, vector<8xf32>
            %908 = vector.fma %903, %907, %879 : vector<8xf32>
            %909 = vector.fma %905, %907, %880 : vector<8xf32>
            %910 = arith.addi %830, %67 : index
            %911 = vector.load %1[%910] : memref<?xf32>, vector<8xf32>
            %912 = vector.fma %903, %911, %882 : vector<8xf32>
            %913 = vector.fma %905, %911, %883 : vector<8xf32>
            %914 = arith.addi %833, %67 : index
            %915 = vector.load %1[%914] : memref<?xf32>, vector<8xf32>
            %916 = vector.fma %903, %915, %885 : vector<8xf32>
            %917 = vector.fma %905, %915, %886 : vector<8xf32>
            %918 = arith.addi %837, %67 : index
            %919 = vector.load %1[%918] : memref<?xf32>, vector<8xf32>
            %920 = vector.fma %903, %919, %888 : vector<8xf32>
            %921 = vector.fma %905, %919, %889 : vector<8xf32>
            %922 = arith.addi %841, %67 : index
            %923 = vector.load %1[%922] : memref<?xf32>, vector<8xf32>
            %924 = vector.fma %903, %923, %891 : vector<8xf32>
            %925 = vector.fma %905, %923, %892 : vector<8xf32>
            %926 = arith.addi %845, %67 : index
            %927 = vector.load %1[%926] : memref<?xf32>, vector<8xf32>
            %928 = vector.fma %903, %927, %894 : vector<8xf32>
            %929 = vector.fma %905, %927, %895 : vector<8xf32>
            %930 = arith.addi %849, %67 : index
            %931 = vector.load %1[%930] : memref<?xf32>, vector<8xf32>
            %932 = vector.fma %903, %931, %897 : vector<8xf32>
            %933 = vector.fma %905, %931, %898 : vector<8xf32>
            %934 = arith.addi %853, %67 : index
            %935 = vector.load %1[%934] : memref<?xf32>, vector<8xf32>
            %936 = vector.fma %903, %935, %900 : vector<8xf32>
            %937 = vector.fma %905, %935, %901 : vector<8xf32>
            %938 = arith.addi %866, %10 : index
            %939 = vector.load %0[%938] : memref<?xf32>, vector<8xf32>
            %940 = arith.addi %875, %10 : index
            %941 = vector.load %0[%940] : memref<?xf32>, vector<8xf32>
            %942 = arith.addi %827, %10 : index
            %943 = vector.load %1[%942] : memref<?xf32>, vector<8xf32>
            %944 = vector.fma %939, %943, %908 : vector<8xf32>
            %945 = vector.fma %941, %943, %909 : vector<8xf32>
            %946 = arith.addi %830, %10 : index
            %947 = vector.load %1[%946] : memref<?xf32>, vector<8xf32>
            %948 = vector.fma %939, %947, %912 : vector<8xf32>
            %949 = vector.fma %941, %947, %913 : vector<8xf32>
            %950 = arith.addi %833, %10 : index
            %951 = vector.load %1[%950] : memref<?xf32>, vector<8xf32>
            %952 = vector.fma %939, %951, %916 : vector<8xf32>
            %953 = vector.fma %941, %951, %917 : vector<8xf32>
            %954 = arith.addi %837, %10 : index
            %955 = vector.load %1[%954] : memref<?xf32>, vector<8xf32>
            %956 = vector.fma %939, %955, %920 : vector<8xf32>
            %957 = vector.fma %941, %955, %921 : vector<8xf32>
            %958 = arith.addi %841, %10 : index
            %959 = vector.load %1[%958] : memref<?xf32>, vector<8xf32>
            %960 = vector.fma %939, %959, %924 : vector<8xf32>
            %961 = vector.fma %941, %959, %925 : vector<8xf32>
            %962 = arith.addi %845, %10 : index
            %963 = vector.load %1[%962] : memref<?xf32>, vector<8xf32>
            %964 = vector.fma %939, %963, %928 : vector<8xf32>
            %965 = vector.fma %941, %963, %929 : vector<8xf32>
            %966 = arith.addi %849, %10 : index
            %967 = vector.load %1[%966] : memref<?xf32>, vector<8xf32>
            %968 = vector.fma %939, %967, %932 : vector<8xf32>
            %969 = vector.fma %941, %967, %933 : vector<8xf32>
            %970 = arith.addi %853, %10 : index
            %971 = vector.load %1[%970] : memref<?xf32>, vector<8xf32>
            %972 = vector.fma %939, %971, %936 : vector<8xf32>
            %973 = vector.fma %941, %971, %937 : vector<8xf32>
            %974 = arith.constant 24 : index
            %975 = arith.addi %866, %974 : index
            %976 = vector.load %0[%975] : memref<?xf32>, vector<8xf32>
            %977 = arith.addi %875, %974 : index
            %978 = vector.load %0[%977] : memref<?xf32>, vector<8xf32>
            %979 = arith.addi %827, %974 : index
            %980 = vector.load %1[%979] : memref<?xf32>, vector<8xf32>
            %981 = vector.fma %976, %980, %944 : vector<8xf32>
            %982 = vector.fma %978, %980, %945 : vector<8xf32>
            %983 = arith.addi %830, %974 : index
            %984 = vector.load %1[%983] : memref<?xf32>, vector<8xf32>
            %985 = vector.fma %976, %984, %948 : vector<8xf32>
            %986 = vector.fma %978, %984, %949 : vector<8xf32>
            %987 = arith.addi %833, %974 : index
            %988 = vector.load %1[%987] : memref<?xf32>, vector<8xf32>
            %989 = vector.fma %976, %988, %952 : vector<8xf32>
            %990 = vector.fma %978, %988, %953 : vector<8xf32>
            %991 = arith.addi %837, %974 : index
            %992 = vector.load %1[%991] : memref<?xf32>, vector<8xf32>
            %993 = vector.fma %976, %992, %956 : vector<8xf32>
            %994 = vector.fma %978, %992, %957 : vector<8xf32>
            %995 = arith.addi %841, %974 : index
            %996 = vector.load %1[%995] : memref<?xf32>, vector<8xf32>
            %997 = vector.fma %976, %996, %960 : vector<8xf32>
            %998 = vector.fma %978, %996, %961 : vector<8xf32>
            %999 = arith.addi %845, %974 : index
            %1000 = vector.load %1[%999] : memref<?xf32>, vector<8xf32>
            %1001 = vector.fma %976, %1000, %964 : vector<8xf32>
            %1002 = vector.fma %978, %1000, %965 : vector<8xf32>
            %1003 = arith.addi %849, %974 : index
            %1004 = vector.load %1[%1003] : memref<?xf32>, vector<8xf32>
            %1005 = vector.fma %976, %1004, %968 : vector<8xf32>
            %1006 = vector.fma %978, %1004, %969 : vector<8xf32>
            %1007 = arith.addi %853, %974 : index
            %1008 = vector.load %1[%1007] : memref<?xf32>, vector<8xf32>
            %1009 = vector.fma %976, %1008, %972 : vector<8xf32>
            %1010 = vector.fma %978, %1008, %973 : vector<8xf32>
            %1011 = vector.shuffle %981, %985 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1012 = vector.shuffle %981, %985 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1013 = arith.addf %1011, %1012 : vector<8xf32>
            %1014 = vector.shuffle %989, %993 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1015 = vector.shuffle %989, %993 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1016 = arith.addf %1014, %1015 : vector<8xf32>
            %1017 = vector.shuffle %997, %1001 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1018 = vector.shuffle %997, %1001 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1019 = arith.addf %1017, %1018 : vector<8xf32>
            %1020 = vector.shuffle %1005, %1009 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1021 = vector.shuffle %1005, %1009 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1022 = arith.addf %1020, %1021 : vector<8xf32>
            %1023 = vector.shuffle %1013, %1016 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1024 = vector.shuffle %1013, %1016 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1025 = arith.addf %1023, %1024 : vector<8xf32>
            %1026 = vector.shuffle %1019, %1022 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1027 = vector.shuffle %1019, %1022 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1028 = arith.addf %1026, %1027 : vector<8xf32>
            %1029 = vector.shuffle %1025, %1028 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %1030 = vector.shuffle %1025, %1028 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %1031 = arith.addf %1029, %1030 : vector<8xf32>
            %1032 = arith.mulf %1031, %44 : vector<8xf32>
            %1033 = arith.muli %856, %67 : index
            vector.store %1032, %34[%1033] : memref<256xf32>, vector<8xf32>
            %1034 = vector.shuffle %982, %986 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1035 = vector.shuffle %982, %986 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1036 = arith.addf %1034, %1035 : vector<8xf32>
            %1037 = vector.shuffle %990, %994 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1038 = vector.shuffle %990, %994 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1039 = arith.addf %1037, %1038 : vector<8xf32>
            %1040 = vector.shuffle %998, %1002 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1041 = vector.shuffle %998, %1002 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1042 = arith.addf %1040, %1041 : vector<8xf32>
            %1043 = vector.shuffle %1006, %1010 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1044 = vector.shuffle %1006, %1010 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1045 = arith.addf %1043, %1044 : vector<8xf32>
            %1046 = vector.shuffle %1036, %1039 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1047 = vector.shuffle %1036, %1039 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1048 = arith.addf %1046, %1047 : vector<8xf32>
            %1049 = vector.shuffle %1042, %1045 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1050 = vector.shuffle %1042, %1045 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1051 = arith.addf %1049, %1050 : vector<8xf32>
            %1052 = vector.shuffle %1048, %1051 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %1053 = vector.shuffle %1048, %1051 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %1054 = arith.addf %1052, %1053 : vector<8xf32>
            %1055 = arith.mulf %1054, %44 : vector<8xf32>
            %1056 = arith.muli %867, %67 : index
            vector.store %1055, %34[%1056] : memref<256xf32>, vector<8xf32>
          }
          scf.for %1057 = %855 to %32 step %21 {
            %1058 = arith.divui %1057, %12 : index
            %1059 = arith.remui %1057, %12 : index
            %1060 = arith.addi %29, %1058 : index
            %1061 = arith.muli %27, %12 : index
            %1062 = arith.addi %1061, %1059 : index
            %1063 = arith.muli %28, %5 : index
            %1064 = arith.addi %1063, %1060 : index
            %1065 = arith.muli %1064, %838 : index
            %1066 = arith.addi %1065, %1062 : index
            %1067 = arith.muli %1066, %38 : index
            %1068 = vector.load %0[%1067] : memref<?xf32>, vector<8xf32>
            %1069 = vector.load %1[%827] : memref<?xf32>, vector<8xf32>
            %1070 = arith.mulf %1068, %1069 : vector<8xf32>
            %1071 = vector.load %1[%830] : memref<?xf32>, vector<8xf32>
            %1072 = arith.mulf %1068, %1071 : vector<8xf32>
            %1073 = vector.load %1[%833] : memref<?xf32>, vector<8xf32>
            %1074 = arith.mulf %1068, %1073 : vector<8xf32>
            %1075 = vector.load %1[%837] : memref<?xf32>, vector<8xf32>
            %1076 = arith.mulf %1068, %1075 : vector<8xf32>
            %1077 = vector.load %1[%841] : memref<?xf32>, vector<8xf32>
            %1078 = arith.mulf %1068, %1077 : vector<8xf32>
            %1079 = vector.load %1[%845] : memref<?xf32>, vector<8xf32>
            %1080 = arith.mulf %1068, %1079 : vector<8xf32>
            %1081 = vector.load %1[%849] : memref<?xf32>, vector<8xf32>
            %1082 = arith.mulf %1068, %1081 : vector<8xf32>
            %1083 = vector.load %1[%853] : memref<?xf32>, vector<8xf32>
            %1084 = arith.mulf %1068, %1083 : vector<8xf32>
            %1085 = arith.addi %1067, %67 : index
            %1086 = vector.load %0[%1085] : memref<?xf32>, vector<8xf32>
            %1087 = arith.addi %827, %67 : index
            %1088 = vector.load %1[%1087] : memref<?xf32>, vector<8xf32>
            %1089 = vector.fma %1086, %1088, %1070 : vector<8xf32>
            %1090 = arith.addi %830, %67 : index
            %1091 = vector.load %1[%1090] : memref<?xf32>, vector<8xf32>
            %1092 = vector.fma %1086, %1091, %1072 : vector<8xf32>
            %1093 = arith.addi %833, %67 : index
            %1094 = vector.load %1[%1093] : memref<?xf32>, vector<8xf32>
            %1095 = vector.fma %1086, %1094, %1074 : vector<8xf32>
            %1096 = arith.addi %837, %67 : index
            %1097 = vector.load %1[%1096] : memref<?xf32>, vector<8xf32>
            %1098 = vector.fma %1086, %1097, %1076 : vector<8xf32>
            %1099 = arith.addi %841, %67 : index
            %1100 = vector.load %1[%1099] : memref<?xf32>, vector<8xf32>
            %1101 = vector.fma %1086, %1100, %1078 : vector<8xf32>
            %1102 = arith.addi %845, %67 : index
            %1103 = vector.load %1[%1102] : memref<?xf32>, vector<8xf32>
            %1104 = vector.fma %1086, %1103, %1080 : vector<8xf32>
            %1105 = arith.addi %849, %67 : index
            %1106 = vector.load %1[%1105] : memref<?xf32>, vector<8xf32>
            %1107 = vector.fma %1086, %1106, %1082 : vector<8xf32>
            %1108 = arith.addi %853, %67 : index
            %1109 = vector.load %1[%1108] : memref<?xf32>, vector<8xf32>
            %1110 = vector.fma %1086, %1109, %1084 : vector<8xf32>
            %1111 = arith.addi %1067, %10 : index
            %1112 = vector.load %0[%1111] : memref<?xf32>, vector<8xf32>
            %1113 = arith.addi %827, %10 : index
            %1114 = vector.load %1[%1113] : memref<?xf32>, vector<8xf32>
            %1115 = vector.fma %1112, %1114, %1089 : vector<8xf32>
            %1116 = arith.addi %830, %10 : index
            %1117 = vector.load %1[%1116] : memref<?xf32>, vector<8xf32>
            %1118 = vector.fma %1112, %1117, %1092 : vector<8xf32>
            %1119 = arith.addi %833, %10 : index
            %1120 = vector.load %1[%1119] : memref<?xf32>, vector<8xf32>
            %1121 = vector.fma %1112, %1120, %1095 : vector<8xf32>
            %1122 = arith.addi %837, %10 : index
            %1123 = vector.load %1[%1122] : memref<?xf32>, vector<8xf32>
            %1124 = vector.fma %1112, %1123, %1098 : vector<8xf32>
            %1125 = arith.addi %841, %10 : index
            %1126 = vector.load %1[%1125] : memref<?xf32>, vector<8xf32>
            %1127 = vector.fma %1112, %1126, %1101 : vector<8xf32>
            %1128 = arith.addi %845, %10 : index
            %1129 = vector.load %1[%1128] : memref<?xf32>, vector<8xf32>
            %1130 = vector.fma %1112, %1129, %1104 : vector<8xf32>
            %1131 = arith.addi %849, %10 : index
            %1132 = vector.load %1[%1131] : memref<?xf32>, vector<8xf32>
            %1133 = vector.fma %1112, %1132, %1107 : vector<8xf32>
            %1134 = arith.addi %853, %10 : index
            %1135 = vector.load %1[%1134] : memref<?xf32>, vector<8xf32>
            %1136 = vector.fma %1112, %1135, %1110 : vector<8xf32>
            %1137 = arith.constant 24 : index
            %1138 = arith.addi %1067, %1137 : index
            %1139 = vector.load %0[%1138] : memref<?xf32>, vector<8xf32>
            %1140 = arith.addi %827, %1137 : index
            %1141 = vector.load %1[%1140] : memref<?xf32>, vector<8xf32>
            %1142 = vector.fma %1139, %1141, %1115 : vector<8xf32>
            %1143 = arith.addi %830, %1137 : index
            %1144 = vector.load %1[%1143] : memref<?xf32>, vector<8xf32>
            %1145 = vector.fma %1139, %1144, %1118 : vector<8xf32>
            %1146 = arith.addi %833, %1137 : index
            %1147 = vector.load %1[%1146] : memref<?xf32>, vector<8xf32>
            %1148 = vector.fma %1139, %1147, %1121 : vector<8xf32>
            %1149 = arith.addi %837, %1137 : index
            %1150 = vector.load %1[%1149] : memref<?xf32>, vector<8xf32>
            %1151 = vector.fma %1139, %1150, %1124 : vector<8xf32>
            %1152 = arith.addi %841, %1137 : index
            %1153 = vector.load %1[%1152] : memref<?xf32>, vector<8xf32>
            %1154 = vector.fma %1139, %1153, %1127 : vector<8xf32>
            %1155 = arith.addi %845, %1137 : index
            %1156 = vector.load %1[%1155] : memref<?xf32>, vector<8xf32>
            %1157 = vector.fma %1139, %1156, %1130 : vector<8xf32>
            %1158 = arith.addi %849, %1137 : index
            %1159 = vector.load %1[%1158] : memref<?xf32>, vector<8xf32>
            %1160 = vector.fma %1139, %1159, %1133 : vector<8xf32>
            %1161 = arith.addi %853, %1137 : index
            %1162 = vector.load %1[%1161] : memref<?xf32>, vector<8xf32>
            %1163 = vector.fma %1139, %1162, %1136 : vector<8xf32>
            %1164 = vector.shuffle %1142, %1145 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1165 = vector.shuffle %1142, %1145 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1166 = arith.addf %1164, %1165 : vector<8xf32>
            %1167 = vector.shuffle %1148, %1151 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1168 = vector.shuffle %1148, %1151 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1169 = arith.addf %1167, %1168 : vector<8xf32>
            %1170 = vector.shuffle %1154, %1157 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1171 = vector.shuffle %1154, %1157 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1172 = arith.addf %1170, %1171 : vector<8xf32>
            %1173 = vector.shuffle %1160, %1163 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1174 = vector.shuffle %1160, %1163 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1175 = arith.addf %1173, %1174 : vector<8xf32>
            %1176 = vector.shuffle %1166, %1169 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1177 = vector.shuffle %1166, %1169 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1178 = arith.addf %1176, %1177 : vector<8xf32>
            %1179 = vector.shuffle %1172, %1175 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1180 = vector.shuffle %1172, %1175 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1181 = arith.addf %1179, %1180 : vector<8xf32>
            %1182 = vector.shuffle %1178, %1181 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %1183 = vector.shuffle %1178, %1181 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %1184 = arith.addf %1182, %1183 : vector<8xf32>
            %1185 = arith.mulf %1184, %44 : vector<8xf32>
            %1186 = arith.muli %1057, %67 : index
            vector.store %1185, %34[%1186] : memref<256xf32>, vector<8xf32>
          }
          scf.for %1187 = %20 to %32 step %21 {
            %1188 = arith.muli %1187, %67 : index
            %1189 = vector.load %34[%1188] : memref<256xf32>, vector<8xf32>
            %1190 = arith.divui %1187, %12 : index
            %1191 = arith.remui %1187, %12 : index
            %1192 = arith.addi %29, %1190 : index
            %1193 = arith.muli %27, %12 : index
            %1194 = arith.addi %1193, %1191 : index
            %1195 = arith.muli %28, %5 : index
            %1196 = arith.addi %1195, %1192 : index
            %1197 = arith.muli %1196, %838 : index
            %1198 = arith.addi %1197, %1194 : index
            %1199 = arith.addi %15, %1192 : index
            %1200 = arith.addi %1199, %21 : index
            %1201 = arith.subi %1200, %825 : index
            %1202 = arith.index_cast %1201 : index to i64
            %1203 = arith.sitofp %1202 : i64 to f32
            %1204 = vector.broadcast %1203 : f32 to vector<8xf32>
            %1205 = arith.cmpf olt, %45, %1204 : vector<8xf32>
            %1206 = arith.constant -1.000000e+30 : f32
            %1207 = vector.broadcast %1206 : f32 to vector<8xf32>
            %1208 = arith.select %1205, %1189, %1207 : vector<8xf32>
            %1209 = memref.load %33[%1187] : memref<96xf32>
            %1210 = vector.reduction <maxnumf>, %1208 : vector<8xf32> into f32
            %1211 = arith.cmpf ogt, %1209, %1210 : f32
            %1212 = arith.select %1211, %1209, %1210 : f32
            %1213 = vector.broadcast %1212 : f32 to vector<8xf32>
            %1214 = arith.subf %1208, %1213 : vector<8xf32>
            %1215 = arith.constant -8.700000e+01 : f32
            %1216 = vector.broadcast %1215 : f32 to vector<8xf32>
            %1217 = arith.cmpf ogt, %1214, %1216 : vector<8xf32>
            %1218 = arith.select %1217, %1214, %1216 : vector<8xf32>
            %1219 = arith.constant 8.800000e+01 : f32
            %1220 = vector.broadcast %1219 : f32 to vector<8xf32>
            %1221 = arith.cmpf olt, %1218, %1220 : vector<8xf32>
            %1222 = arith.select %1221, %1218, %1220 : vector<8xf32>
            %1223 = math.exp %1222 : vector<8xf32>
            %1224 = arith.select %1205, %1223, %42 : vector<8xf32>
            %1225 = arith.subf %1209, %1212 : f32
            %1226 = vector.broadcast %1225 : f32 to vector<8xf32>
            %1227 = arith.cmpf ogt, %1226, %1216 : vector<8xf32>
            %1228 = arith.select %1227, %1226, %1216 : vector<8xf32>
            %1229 = arith.cmpf olt, %1228, %1220 : vector<8xf32>
            %1230 = arith.select %1229, %1228, %1220 : vector<8xf32>
            %1231 = math.exp %1230 : vector<8xf32>
            %1232 = vector.extract %1231[0] : f32 from vector<8xf32>
            vector.store %1224, %34[%1188] : memref<256xf32>, vector<8xf32>
            memref.store %1212, %33[%1187] : memref<96xf32>
            %1233 = arith.addi %1187, %38 : index
            %1234 = memref.load %33[%1233] : memref<96xf32>
            %1235 = arith.mulf %1234, %1232 : f32
            %1236 = vector.reduction <add>, %1224 : vector<8xf32> into f32
            %1237 = arith.addf %1235, %1236 : f32
            memref.store %1237, %33[%1233] : memref<96xf32>
            %1238 = arith.addi %1187, %36 : index
            memref.store %1232, %33[%1238] : memref<96xf32>
          }
          scf.for %1239 = %20 to %855 step %12 {
            %1240 = arith.addi %1239, %21 : index
            %1241 = arith.divui %1239, %12 : index
            %1242 = arith.remui %1239, %12 : index
            %1243 = arith.addi %29, %1241 : index
            %1244 = arith.muli %27, %12 : index
            %1245 = arith.addi %1244, %1242 : index
            %1246 = arith.muli %28, %5 : index
            %1247 = arith.addi %1246, %1243 : index
            %1248 = arith.muli %1247, %838 : index
            %1249 = arith.addi %1248, %1245 : index
            %1250 = arith.muli %1249, %38 : index
            %1251 = arith.divui %1240, %12 : index
            %1252 = arith.remui %1240, %12 : index
            %1253 = arith.addi %29, %1251 : index
            %1254 = arith.addi %1244, %1252 : index
            %1255 = arith.addi %1246, %1253 : index
            %1256 = arith.muli %1255, %838 : index
            %1257 = arith.addi %1256, %1254 : index
            %1258 = arith.muli %1257, %38 : index
            %1259 = arith.addi %1239, %36 : index
            %1260 = memref.load %33[%1259] : memref<96xf32>
            %1261 = vector.broadcast %1260 : f32 to vector<8xf32>
            %1262 = arith.addi %1240, %36 : index
            %1263 = memref.load %33[%1262] : memref<96xf32>
            %1264 = vector.broadcast %1263 : f32 to vector<8xf32>
            %1265 = arith.muli %1239, %67 : index
            %1266 = memref.load %34[%1265] : memref<256xf32>
            %1267 = vector.broadcast %1266 : f32 to vector<8xf32>
            %1268 = arith.addi %1265, %21 : index
            %1269 = memref.load %34[%1268] : memref<256xf32>
            %1270 = vector.broadcast %1269 : f32 to vector<8xf32>
            %1271 = arith.addi %1265, %12 : index
            %1272 = memref.load %34[%1271] : memref<256xf32>
            %1273 = vector.broadcast %1272 : f32 to vector<8xf32>
            %1274 = arith.addi %1265, %834 : index
            %1275 = memref.load %34[%1274] : memref<256xf32>
            %1276 = vector.broadcast %1275 : f32 to vector<8xf32>
            %1277 = arith.addi %1265, %838 : index
            %1278 = memref.load %34[%1277] : memref<256xf32>
            %1279 = vector.broadcast %1278 : f32 to vector<8xf32>
            %1280 = arith.addi %1265, %842 : index
            %1281 = memref.load %34[%1280] : memref<256xf32>
            %1282 = vector.broadcast %1281 : f32 to vector<8xf32>
            %1283 = arith.addi %1265, %846 : index
            %1284 = memref.load %34[%1283] : memref<256xf32>
            %1285 = vector.broadcast %1284 : f32 to vector<8xf32>
            %1286 = arith.addi %1265, %850 : index
            %1287 = memref.load %34[%1286] : memref<256xf32>
            %1288 = vector.broadcast %1287 : f32 to vector<8xf32>
            %1289 = arith.muli %1240, %67 : index
            %1290 = memref.load %34[%1289] : memref<256xf32>
            %1291 = vector.broadcast %1290 : f32 to vector<8xf32>
            %1292 = arith.addi %1289, %21 : index
            %1293 = memref.load %34[%1292] : memref<256xf32>
            %1294 = vector.broadcast %1293 : f32 to vector<8xf32>
            %1295 = arith.addi %1289, %12 : index
            %1296 = memref.load %34[%1295] : memref<256xf32>
            %1297 = vector.broadcast %1296 : f32 to vector<8xf32>
            %1298 = arith.addi %1289, %834 : index
            %1299 = memref.load %34[%1298] : memref<256xf32>
            %1300 = vector.broadcast %1299 : f32 to vector<8xf32>
            %1301 = arith.addi %1289, %838 : index
            %1302 = memref.load %34[%1301] : memref<256xf32>
            %1303 = vector.broadcast %1302 : f32 to vector<8xf32>
            %1304 = arith.addi %1289, %842 : index
            %1305 = memref.load %34[%1304] : memref<256xf32>
            %1306 = vector.broadcast %1305 : f32 to vector<8xf32>
            %1307 = arith.addi %1289, %846 : index
            %1308 = memref.load %34[%1307] : memref<256xf32>
            %1309 = vector.broadcast %1308 : f32 to vector<8xf32>
            %1310 = arith.addi %1289, %850 : index
            %1311 = memref.load %34[%1310] : memref<256xf32>
            %1312 = vector.broadcast %1311 : f32 to vector<8xf32>
            %1313 = vector.load %3[%1250] : memref<?xf32>, vector<8xf32>
            %1314 = arith.mulf %1313, %1261 : vector<8xf32>
            %1315 = vector.load %3[%1258] : memref<?xf32>, vector<8xf32>
            %1316 = arith.mulf %1315, %1264 : vector<8xf32>
            %1317 = vector.load %2[%827] : memref<?xf32>, vector<8xf32>
            %1318 = vector.fma %1267, %1317, %1314 : vector<8xf32>
            %1319 = vector.fma %1291, %1317, %1316 : vector<8xf32>
            %1320 = vector.load %2[%830] : memref<?xf32>, vector<8xf32>
            %1321 = vector.fma %1270, %1320, %1318 : vector<8xf32>
            %1322 = vector.fma %1294, %1320, %1319 : vector<8xf32>
            %1323 = vector.load %2[%833] : memref<?xf32>, vector<8xf32>
            %1324 = vector.fma %1273, %1323, %1321 : vector<8xf32>
            %1325 = vector.fma %1297, %1323, %1322 : vector<8xf32>
            %1326 = vector.load %2[%837] : memref<?xf32>, vector<8xf32>
            %1327 = vector.fma %1276, %1326, %1324 : vector<8xf32>
            %1328 = vector.fma %1300, %1326, %1325 : vector<8xf32>
            %1329 = vector.load %2[%841] : memref<?xf32>, vector<8xf32>
            %1330 = vector.fma %1279, %1329, %1327 : vector<8xf32>
            %1331 = vector.fma %1303, %1329, %1328 : vector<8xf32>
            %1332 = vector.load %2[%845] : memref<?xf32>, vector<8xf32>
            %1333 = vector.fma %1282, %1332, %1330 : vector<8xf32>
            %1334 = vector.fma %1306, %1332, %1331 : vector<8xf32>
            %1335 = vector.load %2[%849] : memref<?xf32>, vector<8xf32>
            %1336 = vector.fma %1285, %1335, %1333 : vector<8xf32>
            %1337 = vector.fma %1309, %1335, %1334 : vector<8xf32>
            %1338 = vector.load %2[%853] : memref<?xf32>, vector<8xf32>
            %1339 = vector.fma %1288, %1338, %1336 : vector<8xf32>
            %1340 = vector.fma %1312, %1338, %1337 : vector<8xf32>
            vector.store %1339, %3[%1250] : memref<?xf32>, vector<8xf32>
            vector.store %1340, %3[%1258] : memref<?xf32>, vector<8xf32>
            %1341 = arith.addi %1250, %67 : index
            %1342 = arith.addi %1258, %67 : index
            %1343 = vector.load %3[%1341] : memref<?xf32>, vector<8xf32>
            %1344 = arith.mulf %1343, %1261 : vector<8xf32>
            %1345 = vector.load %3[%1342] : memref<?xf32>, vector<8xf32>
            %1346 = arith.mulf %1345, %1264 : vector<8xf32>
            %1347 = arith.addi %827, %67 : index
            %1348 = vector.load %2[%1347] : memref<?xf32>, vector<8xf32>
            %1349 = vector.fma %1267, %1348, %1344 : vector<8xf32>
            %1350 = vector.fma %1291, %1348, %1346 : vector<8xf32>
            %1351 = arith.addi %830, %67 : index
            %1352 = vector.load %2[%1351] : memref<?xf32>, vector<8xf32>
            %1353 = vector.fma %1270, %1352, %1349 : vector<8xf32>
            %1354 = vector.fma %1294, %1352, %1350 : vector<8xf32>
            %1355 = arith.addi %833, %67 : index
            %1356 = vector.load %2[%1355] : memref<?xf32>, vector<8xf32>
            %1357 = vector.fma %1273, %1356, %1353 : vector<8xf32>
            %1358 = vector.fma %1297, %1356, %1354 : vector<8xf32>
            %1359 = arith.addi %837, %67 : index
            %1360 = vector.load %2[%1359] : memref<?xf32>, vector<8xf32>
            %1361 = vector.fma %1276, %1360, %1357 : vector<8xf32>
            %1362 = vector.fma %1300, %1360, %1358 : vector<8xf32>
            %1363 = arith.addi %841, %67 : index
            %1364 = vector.load %2[%1363] : memref<?xf32>, vector<8xf32>
            %1365 = vector.fma %1279, %1364, %1361 : vector<8xf32>
            %1366 = vector.fma %1303, %1364, %1362 : vector<8xf32>
            %1367 = arith.addi %845, %67 : index
            %1368 = vector.load %2[%1367] : memref<?xf32>, vector<8xf32>
            %1369 = vector.fma %1282, %1368, %1365 : vector<8xf32>
            %1370 = vector.fma %1306, %1368, %1366 : vector<8xf32>
            %1371 = arith.addi %849, %67 : index
            %1372 = vector.load %2[%1371] : memref<?xf32>, vector<8xf32>
            %1373 = vector.fma %1285, %1372, %1369 : vector<8xf32>
            %1374 = vector.fma %1309, %1372, %1370 : vector<8xf32>
            %1375 = arith.addi %853, %67 : index
            %1376 = vector.load %2[%1375] : memref<?xf32>, vector<8xf32>
            %1377 = vector.fma %1288, %1376, %1373 : vector<8xf32>
            %1378 = vector.fma %1312, %1376, %1374 : vector<8xf32>
            vector.store %1377, %3[%1341] : memref<?xf32>, vector<8xf32>
            vector.store %1378, %3[%1342] : memref<?xf32>, vector<8xf32>
            %1379 = arith.addi %1250, %10 : index
            %1380 = arith.addi %1258, %10 : index
            %1381 = vector.load %3[%1379] : memref<?xf32>, vector<8xf32>
            %1382 = arith.mulf %1381, %1261 : vector<8xf32>
            %1383 = vector.load %3[%1380] : memref<?xf32>, vector<8xf32>
            %1384 = arith.mulf %1383, %1264 : vector<8xf32>
            %1385 = arith.addi %827, %10 : index
            %1386 = vector.load %2[%1385] : memref<?xf32>, vector<8xf32>
            %1387 = vector.fma %1267, %1386, %1382 : vector<8xf32>
            %1388 = vector.fma %1291, %1386, %1384 : vector<8xf32>
            %1389 = arith.addi %830, %10 : index
            %1390 = vector.load %2[%1389] : memref<?xf32>, vector<8xf32>
            %1391 = vector.fma %1270, %1390, %1387 : vector<8xf32>
            %1392 = vector.fma %1294, %1390, %1388 : vector<8xf32>
            %1393 = arith.addi %833, %10 : index
            %1394 = vector.load %2[%1393] : memref<?xf32>, vector<8xf32>
            %1395 = vector.fma %1273, %1394, %1391 : vector<8xf32>
            %1396 = vector.fma %1297, %1394, %1392 : vector<8xf32>
            %1397 = arith.addi %837, %10 : index
            %1398 = vector.load %2[%1397] : memref<?xf32>, vector<8xf32>
            %1399 = vector.fma %1276, %1398, %1395 : vector<8xf32>
            %1400 = vector.fma %1300, %1398, %1396 : vector<8xf32>
            %1401 = arith.addi %841, %10 : index
            %1402 = vector.load %2[%1401] : memref<?xf32>, vector<8xf32>
            %1403 = vector.fma %1279, %1402, %1399 : vector<8xf32>
            %1404 = vector.fma %1303, %1402, %1400 : vector<8xf32>
            %1405 = arith.addi %845, %10 : index
            %1406 = vector.load %2[%1405] : memref<?xf32>, vector<8xf32>
            %1407 = vector.fma %1282, %1406, %1403 : vector<8xf32>
            %1408 = vector.fma %1306, %1406, %1404 : vector<8xf32>
            %1409 = arith.addi %849, %10 : index
            %1410 = vector.load %2[%1409] : memref<?xf32>, vector<8xf32>
            %1411 = vector.fma %1285, %1410, %1407 : vector<8xf32>
            %1412 = vector.fma %1309, %1410, %1408 : vector<8xf32>
            %1413 = arith.addi %853, %10 : index
            %1414 = vector.load %2[%1413] : memref<?xf32>, vector<8xf32>
            %1415 = vector.fma %1288, %1414, %1411 : vector<8xf32>
            %1416 = vector.fma %1312, %1414, %1412 : vector<8xf32>
            vector.store %1415, %3[%1379] : memref<?xf32>, vector<8xf32>
            vector.store %1416, %3[%1380] : memref<?xf32>, vector<8xf32>
            %1417 = arith.constant 24 : index
            %1418 = arith.addi %1250, %1417 : index
            %1419 = arith.addi %1258, %1417 : index
            %1420 = vector.load %3[%1418] : memref<?xf32>, vector<8xf32>
            %1421 = arith.mulf %1420, %1261 : vector<8xf32>
            %1422 = vector.load %3[%1419] : memref<?xf32>, vector<8xf32>
            %1423 = arith.mulf %1422, %1264 : vector<8xf32>
            %1424 = arith.addi %827, %1417 : index
            %1425 = vector.load %2[%1424] : memref<?xf32>, vector<8xf32>
            %1426 = vector.fma %1267, %1425, %1421 : vector<8xf32>
            %1427 = vector.fma %1291, %1425, %1423 : vector<8xf32>
            %1428 = arith.addi %830, %1417 : index
            %1429 = vector.load %2[%1428] : memref<?xf32>, vector<8xf32>
            %1430 = vector.fma %1270, %1429, %1426 : vector<8xf32>
            %1431 = vector.fma %1294, %1429, %1427 : vector<8xf32>
            %1432 = arith.addi %833, %1417 : index
            %1433 = vector.load %2[%1432] : memref<?xf32>, vector<8xf32>
            %1434 = vector.fma %1273, %1433, %1430 : vector<8xf32>
            %1435 = vector.fma %1297, %1433, %1431 : vector<8xf32>
            %1436 = arith.addi %837, %1417 : index
            %1437 = vector.load %2[%1436] : memref<?xf32>, vector<8xf32>
            %1438 = vector.fma %1276, %1437, %1434 : vector<8xf32>
            %1439 = vector.fma %1300, %1437, %1435 : vector<8xf32>
            %1440 = arith.addi %841, %1417 : index
            %1441 = vector.load %2[%1440] : memref<?xf32>, vector<8xf32>
            %1442 = vector.fma %1279, %1441, %1438 : vector<8xf32>
            %1443 = vector.fma %1303, %1441, %1439 : vector<8xf32>
            %1444 = arith.addi %845, %1417 : index
            %1445 = vector.load %2[%1444] : memref<?xf32>, vector<8xf32>
            %1446 = vector.fma %1282, %1445, %1442 : vector<8xf32>
            %1447 = vector.fma %1306, %1445, %1443 : vector<8xf32>
            %1448 = arith.addi %849, %1417 : index
            %1449 = vector.load %2[%1448] : memref<?xf32>, vector<8xf32>
            %1450 = vector.fma %1285, %1449, %1446 : vector<8xf32>
            %1451 = vector.fma %1309, %1449, %1447 : vector<8xf32>
            %1452 = arith.addi %853, %1417 : index
            %1453 = vector.load %2[%1452] : memref<?xf32>, vector<8xf32>
            %1454 = vector.fma %1288, %1453, %1450 : vector<8xf32>
            %1455 = vector.fma %1312, %1453, %1451 : vector<8xf32>
            vector.store %1454, %3[%1418] : memref<?xf32>, vector<8xf32>
            vector.store %1455, %3[%1419] : memref<?xf32>, vector<8xf32>
          }
          scf.for %1456 = %855 to %32 step %21 {
            %1457 = arith.divui %1456, %12 : index
            %1458 = arith.remui %1456, %12 : index
            %1459 = arith.addi %29, %1457 : index
            %1460 = arith.muli %27, %12 : index
            %1461 = arith.addi %1460, %1458 : index
            %1462 = arith.muli %28, %5 : index
            %1463 = arith.addi %1462, %1459 : index
            %1464 = arith.muli %1463, %838 : index
            %1465 = arith.addi %1464, %1461 : index
            %1466 = arith.muli %1465, %38 : index
            %1467 = arith.addi %1456, %36 : index
            %1468 = memref.load %33[%1467] : memref<96xf32>
            %1469 = vector.broadcast %1468 : f32 to vector<8xf32>
            %1470 = arith.muli %1456, %67 : index
            %1471 = memref.load %34[%1470] : memref<256xf32>
            %1472 = vector.broadcast %1471 : f32 to vector<8xf32>
            %1473 = arith.addi %1470, %21 : index
            %1474 = memref.load %34[%1473] : memref<256xf32>
            %1475 = vector.broadcast %1474 : f32 to vector<8xf32>
            %1476 = arith.addi %1470, %12 : index
            %1477 = memref.load %34[%1476] : memref<256xf32>
            %1478 = vector.broadcast %1477 : f32 to vector<8xf32>
            %1479 = arith.addi %1470, %834 : index
            %1480 = memref.load %34[%1479] : memref<256xf32>
            %1481 = vector.broadcast %1480 : f32 to vector<8xf32>
            %1482 = arith.addi %1470, %838 : index
            %1483 = memref.load %34[%1482] : memref<256xf32>
            %1484 = vector.broadcast %1483 : f32 to vector<8xf32>
            %1485 = arith.addi %1470, %842 : index
            %1486 = memref.load %34[%1485] : memref<256xf32>
            %1487 = vector.broadcast %1486 : f32 to vector<8xf32>
            %1488 = arith.addi %1470, %846 : index
            %1489 = memref.load %34[%1488] : memref<256xf32>
            %1490 = vector.broadcast %1489 : f32 to vector<8xf32>
            %1491 = arith.addi %1470, %850 : index
            %1492 = memref.load %34[%1491] : memref<256xf32>
            %1493 = vector.broadcast %1492 : f32 to vector<8xf32>
            %1494 = vector.load %3[%1466] : memref<?xf32>, vector<8xf32>
            %1495 = arith.mulf %1494, %1469 : vector<8xf32>
            %1496 = vector.load %2[%827] : memref<?xf32>, vector<8xf32>
            %1497 = vector.fma %1472, %1496, %1495 : vector<8xf32>
            %1498 = vector.load %2[%830] : memref<?xf32>, vector<8xf32>
            %1499 = vector.fma %1475, %1498, %1497 : vector<8xf32>
            %1500 = vector.load %2[%833] : memref<?xf32>, vector<8xf32>
            %1501 = vector.fma %1478, %1500, %1499 : vector<8xf32>
            %1502 = vector.load %2[%837] : memref<?xf32>, vector<8xf32>
            %1503 = vector.fma %1481, %1502, %1501 : vector<8xf32>
            %1504 = vector.load %2[%841] : memref<?xf32>, vector<8xf32>
            %1505 = vector.fma %1484, %1504, %1503 : vector<8xf32>
            %1506 = vector.load %2[%845] : memref<?xf32>, vector<8xf32>
            %1507 = vector.fma %1487, %1506, %1505 : vector<8xf32>
            %1508 = vector.load %2[%849] : memref<?xf32>, vector<8xf32>
            %1509 = vector.fma %1490, %1508, %1507 : vector<8xf32>
            %1510 = vector.load %2[%853] : memref<?xf32>, vector<8xf32>
            %1511 = vector.fma %1493, %1510, %1509 : vector<8xf32>
            vector.store %1511, %3[%1466] : memref<?xf32>, vector<8xf32>
            %1512 = arith.addi %1466, %67 : index
            %1513 = vector.load %3[%1512] : memref<?xf32>, vector<8xf32>
            %1514 = arith.mulf %1513, %1469 : vector<8xf32>
            %1515 = arith.addi %827, %67 : index
            %1516 = vector.load %2[%1515] : memref<?xf32>, vector<8xf32>
            %1517 = vector.fma %1472, %1516, %1514 : vector<8xf32>
            %1518 = arith.addi %830, %67 : index
            %1519 = vector.load %2[%1518] : memref<?xf32>, vector<8xf32>
            %1520 = vector.fma %1475, %1519, %1517 : vector<8xf32>
            %1521 = arith.addi %833, %67 : index
            %1522 = vector.load %2[%1521] : memref<?xf32>, vector<8xf32>
            %1523 = vector.fma %1478, %1522, %1520 : vector<8xf32>
            %1524 = arith.addi %837, %67 : index
            %1525 = vector.load %2[%1524] : memref<?xf32>, vector<8xf32>
            %1526 = vector.fma %1481, %1525, %1523 : vector<8xf32>
            %1527 = arith.addi %841, %67 : index
            %1528 = vector.load %2[%1527] : memref<?xf32>, vector<8xf32>
            %1529 = vector.fma %1484, %1528, %1526 : vector<8xf32>
            %1530 = arith.addi %845, %67 : index
            %1531 = vector.load %2[%1530] : memref<?xf32>, vector<8xf32>
            %1532 = vector.fma %1487, %1531, %1529 : vector<8xf32>
            %1533 = arith.addi %849, %67 : index
            %1534 = vector.load %2[%1533] : memref<?xf32>, vector<8xf32>
            %1535 = vector.fma %1490, %1534, %1532 : vector<8xf32>
            %1536 = arith.addi %853, %67 : index
            %1537 = vector.load %2[%1536] : memref<?xf32>, vector<8xf32>
            %1538 = vector.fma %1493, %1537, %1535 : vector<8xf32>
            vector.store %1538, %3[%1512] : memref<?xf32>, vector<8xf32>
            %1539 = arith.addi %1466, %10 : index
            %1540 = vector.load %3[%1539] : memref<?xf32>, vector<8xf32>
            %1541 = arith.mulf %1540, %1469 : vector<8xf32>
            %1542 = arith.addi %827, %10 : index
            %1543 = vector.load %2[%1542] : memref<?xf32>, vector<8xf32>
            %1544 = vector.fma %1472, %1543, %1541 : vector<8xf32>
            %1545 = arith.addi %830, %10 : index
            %1546 = vector.load %2[%1545] : memref<?xf32>, vector<8xf32>
            %1547 = vector.fma %1475, %1546, %1544 : vector<8xf32>
            %1548 = arith.addi %833, %10 : index
            %1549 = vector.load %2[%1548] : memref<?xf32>, vector<8xf32>
            %1550 = vector.fma %1478, %1549, %1547 : vector<8xf32>
            %1551 = arith.addi %837, %10 : index
            %1552 = vector.load %2[%1551] : memref<?xf32>, vector<8xf32>
            %1553 = vector.fma %1481, %1552, %1550 : vector<8xf32>
            %1554 = arith.addi %841, %10 : index
            %1555 = vector.load %2[%1554] : memref<?xf32>, vector<8xf32>
            %1556 = vector.fma %1484, %1555, %1553 : vector<8xf32>
            %1557 = arith.addi %845, %10 : index
            %1558 = vector.load %2[%1557] : memref<?xf32>, vector<8xf32>
            %1559 = vector.fma %1487, %1558, %1556 : vector<8xf32>
            %1560 = arith.addi %849, %10 : index
            %1561 = vector.load %2[%1560] : memref<?xf32>, vector<8xf32>
            %1562 = vector.fma %1490, %1561, %1559 : vector<8xf32>
            %1563 = arith.addi %853, %10 : index
            %1564 = vector.load %2[%1563] : memref<?xf32>, vector<8xf32>
            %1565 = vector.fma %1493, %1564, %1562 : vector<8xf32>
            vector.store %1565, %3[%1539] : memref<?xf32>, vector<8xf32>
            %1566 = arith.constant 24 : index
            %1567 = arith.addi %1466, %1566 : index
            %1568 = vector.load %3[%1567] : memref<?xf32>, vector<8xf32>
            %1569 = arith.mulf %1568, %1469 : vector<8xf32>
            %1570 = arith.addi %827, %1566 : index
            %1571 = vector.load %2[%1570] : memref<?xf32>, vector<8xf32>
            %1572 = vector.fma %1472, %1571, %1569 : vector<8xf32>
            %1573 = arith.addi %830, %1566 : index
            %1574 = vector.load %2[%1573] : memref<?xf32>, vector<8xf32>
            %1575 = vector.fma %1475, %1574, %1572 : vector<8xf32>
            %1576 = arith.addi %833, %1566 : index
            %1577 = vector.load %2[%1576] : memref<?xf32>, vector<8xf32>
            %1578 = vector.fma %1478, %1577, %1575 : vector<8xf32>
            %1579 = arith.addi %837, %1566 : index
            %1580 = vector.load %2[%1579] : memref<?xf32>, vector<8xf32>
            %1581 = vector.fma %1481, %1580, %1578 : vector<8xf32>
            %1582 = arith.addi %841, %1566 : index
            %1583 = vector.load %2[%1582] : memref<?xf32>, vector<8xf32>
            %1584 = vector.fma %1484, %1583, %1581 : vector<8xf32>
            %1585 = arith.addi %845, %1566 : index
            %1586 = vector.load %2[%1585] : memref<?xf32>, vector<8xf32>
            %1587 = vector.fma %1487, %1586, %1584 : vector<8xf32>
            %1588 = arith.addi %849, %1566 : index
            %1589 = vector.load %2[%1588] : memref<?xf32>, vector<8xf32>
            %1590 = vector.fma %1490, %1589, %1587 : vector<8xf32>
            %1591 = arith.addi %853, %1566 : index
            %1592 = vector.load %2[%1591] : memref<?xf32>, vector<8xf32>
            %1593 = vector.fma %1493, %1592, %1590 : vector<8xf32>
            vector.store %1593, %3[%1567] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.for %1594 = %20 to %32 step %21 {
          %1595 = arith.divui %1594, %12 : index
          %1596 = arith.remui %1594, %12 : index
          %1597 = arith.addi %29, %1595 : index
          %1598 = arith.muli %27, %12 : index
          %1599 = arith.addi %1598, %1596 : index
          %1600 = arith.muli %28, %5 : index
          %1601 = arith.addi %1600, %1597 : index
          %1602 = arith.constant 4 : index
          %1603 = arith.muli %1601, %1602 : index
          %1604 = arith.addi %1603, %1599 : index
          %1605 = arith.muli %1604, %38 : index
          %1606 = arith.addi %15, %1597 : index
          %1607 = arith.addi %1606, %21 : index
          scf.for %1608 = %75 to %1607 step %21 {
            %1609 = arith.muli %1608, %36 : index
            %1610 = arith.addi %40, %1609 : index
            %1611 = vector.load %0[%1605] : memref<?xf32>, vector<8xf32>
            %1612 = vector.load %1[%1610] : memref<?xf32>, vector<8xf32>
            %1613 = arith.mulf %1611, %1612 : vector<8xf32>
            %1614 = arith.addi %1605, %67 : index
            %1615 = vector.load %0[%1614] : memref<?xf32>, vector<8xf32>
            %1616 = arith.addi %1610, %67 : index
            %1617 = vector.load %1[%1616] : memref<?xf32>, vector<8xf32>
            %1618 = arith.mulf %1615, %1617 : vector<8xf32>
            %1619 = arith.addi %1605, %10 : index
            %1620 = vector.load %0[%1619] : memref<?xf32>, vector<8xf32>
            %1621 = arith.addi %1610, %10 : index
            %1622 = vector.load %1[%1621] : memref<?xf32>, vector<8xf32>
            %1623 = vector.fma %1620, %1622, %1613 : vector<8xf32>
            %1624 = arith.constant 24 : index
            %1625 = arith.addi %1605, %1624 : index
            %1626 = vector.load %0[%1625] : memref<?xf32>, vector<8xf32>
            %1627 = arith.addi %1610, %1624 : index
            %1628 = vector.load %1[%1627] : memref<?xf32>, vector<8xf32>
            %1629 = vector.fma %1626, %1628, %1618 : vector<8xf32>
            %1630 = arith.addf %1623, %1629 : vector<8xf32>
            %1631 = vector.reduction <add>, %1630 : vector<8xf32> into f32
            %1632 = arith.mulf %1631, %43 : f32
            %1633 = memref.load %33[%1594] : memref<96xf32>
            %1634 = arith.cmpf ogt, %1633, %1632 : f32
            %1635 = arith.select %1634, %1633, %1632 : f32
            %1636 = arith.subf %1633, %1635 : f32
            %1637 = arith.subf %1632, %1635 : f32
            %1638 = vector.broadcast %1637 : f32 to vector<8xf32>
            %1639 = vector.insert %1636, %1638 [1] : f32 into vector<8xf32>
            %1640 = arith.constant -8.700000e+01 : f32
            %1641 = vector.broadcast %1640 : f32 to vector<8xf32>
            %1642 = arith.cmpf ogt, %1639, %1641 : vector<8xf32>
            %1643 = arith.select %1642, %1639, %1641 : vector<8xf32>
            %1644 = arith.constant 8.800000e+01 : f32
            %1645 = vector.broadcast %1644 : f32 to vector<8xf32>
            %1646 = arith.cmpf olt, %1643, %1645 : vector<8xf32>
            %1647 = arith.select %1646, %1643, %1645 : vector<8xf32>
            %1648 = math.exp %1647 : vector<8xf32>
            %1649 = vector.extract %1648[0] : f32 from vector<8xf32>
            %1650 = vector.extract %1648[1] : f32 from vector<8xf32>
            %1651 = vector.broadcast %1649 : f32 to vector<8xf32>
            memref.store %1635, %33[%1594] : memref<96xf32>
            %1652 = arith.addi %1594, %38 : index
            %1653 = memref.load %33[%1652] : memref<96xf32>
            %1654 = arith.mulf %1653, %1650 : f32
            %1655 = arith.addf %1654, %1649 : f32
            memref.store %1655, %33[%1652] : memref<96xf32>
            %1656 = vector.broadcast %1650 : f32 to vector<8xf32>
            %1657 = vector.load %3[%1605] : memref<?xf32>, vector<8xf32>
            %1658 = arith.mulf %1657, %1656 : vector<8xf32>
            %1659 = vector.load %2[%1610] : memref<?xf32>, vector<8xf32>
            %1660 = vector.fma %1651, %1659, %1658 : vector<8xf32>
            vector.store %1660, %3[%1605] : memref<?xf32>, vector<8xf32>
            %1661 = vector.load %3[%1614] : memref<?xf32>, vector<8xf32>
            %1662 = arith.mulf %1661, %1656 : vector<8xf32>
            %1663 = vector.load %2[%1616] : memref<?xf32>, vector<8xf32>
            %1664 = vector.fma %1651, %1663, %1662 : vector<8xf32>
            vector.store %1664, %3[%1614] : memref<?xf32>, vector<8xf32>
            %1665 = vector.load %3[%1619] : memref<?xf32>, vector<8xf32>
            %1666 = arith.mulf %1665, %1656 : vector<8xf32>
            %1667 = vector.load %2[%1621] : memref<?xf32>, vector<8xf32>
            %1668 = vector.fma %1651, %1667, %1666 : vector<8xf32>
            vector.store %1668, %3[%1619] : memref<?xf32>, vector<8xf32>
            %1669 = vector.load %3[%1625] : memref<?xf32>, vector<8xf32>
            %1670 = arith.mulf %1669, %1656 : vector<8xf32>
            %1671 = vector.load %2[%1627] : memref<?xf32>, vector<8xf32>
            %1672 = vector.fma %1651, %1671, %1670 : vector<8xf32>
            vector.store %1672, %3[%1625] : memref<?xf32>, vector<8xf32>
          }
          %1673 = arith.addi %1594, %38 : index
          %1674 = memref.load %33[%1673] : memref<96xf32>
          %1675 = arith.cmpf ogt, %1674, %41 : f32
          %1676 = arith.constant 1.000000e+00 : f32
          %1677 = arith.divf %1676, %1674 : f32
          %1678 = arith.select %1675, %1677, %41 : f32
          %1679 = vector.broadcast %1678 : f32 to vector<8xf32>
          %1680 = vector.load %3[%1605] : memref<?xf32>, vector<8xf32>
          %1681 = arith.mulf %1680, %1679 : vector<8xf32>
          vector.store %1681, %3[%1605] : memref<?xf32>, vector<8xf32>
          %1682 = arith.addi %1605, %67 : index
          %1683 = vector.load %3[%1682] : memref<?xf32>, vector<8xf32>
          %1684 = arith.mulf %1683, %1679 : vector<8xf32>
          vector.store %1684, %3[%1682] : memref<?xf32>, vector<8xf32>
          %1685 = arith.addi %1605, %10 : index
          %1686 = vector.load %3[%1685] : memref<?xf32>, vector<8xf32>
          %1687 = arith.mulf %1686, %1679 : vector<8xf32>
          vector.store %1687, %3[%1685] : memref<?xf32>, vector<8xf32>
          %1688 = arith.constant 24 : index
          %1689 = arith.addi %1605, %1688 : index
          %1690 = vector.load %3[%1689] : memref<?xf32>, vector<8xf32>
          %1691 = arith.mulf %1690, %1679 : vector<8xf32>
          vector.store %1691, %3[%1689] : memref<?xf32>, vector<8xf32>
        }
      }
    } else {
      "scf.parallel"(%20, %14, %21) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%1692: index):
        %1693 = arith.remui %1692, %11 : index
        %1694 = arith.divui %1692, %11 : index
        %1695 = arith.remui %1694, %12 : index
        %1696 = arith.divui %1694, %12 : index
        %1697 = arith.muli %1693, %10 : index
        %1698 = arith.subi %5, %1697 : index
        %1699 = arith.minui %1698, %10 : index
        %1700 = arith.muli %1699, %12 : index
        %1701 = memref.alloca() : memref<96xf32>
        %1702 = memref.alloca() : memref<256xf32>
        %1703 = arith.muli %1696, %7 : index
        %1704 = arith.constant 64 : index
        %1705 = arith.muli %1703, %1704 : index
        %1706 = arith.constant 32 : index
        %1707 = arith.muli %1695, %1706 : index
        %1708 = arith.addi %1705, %1707 : index
        %1709 = arith.constant 0.000000e+00 : f32
        %1710 = vector.broadcast %1709 : f32 to vector<8xf32>
        %1711 = arith.constant 0.176776692 : f32
        %1712 = vector.broadcast %1711 : f32 to vector<8xf32>
        %1713 = arith.constant dense<[0.000000e+00, 1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e+00, 6.000000e+00, 7.000000e+00]> : vector<8xf32>
        scf.for %1714 = %20 to %1700 step %21 {
          %1715 = arith.divui %1714, %12 : index
          %1716 = arith.remui %1714, %12 : index
          %1717 = arith.addi %1697, %1715 : index
          %1718 = arith.muli %1695, %12 : index
          %1719 = arith.addi %1718, %1716 : index
          %1720 = arith.muli %1696, %5 : index
          %1721 = arith.addi %1720, %1717 : index
          %1722 = arith.constant 4 : index
          %1723 = arith.muli %1721, %1722 : index
          %1724 = arith.addi %1723, %1719 : index
          %1725 = arith.muli %1724, %1706 : index
          vector.store %1710, %3[%1725] : memref<?xf32>, vector<8xf32>
          %1726 = arith.constant 8 : index
          %1727 = arith.addi %1725, %1726 : index
          vector.store %1710, %3[%1727] : memref<?xf32>, vector<8xf32>
          %1728 = arith.addi %1725, %10 : index
          vector.store %1710, %3[%1728] : memref<?xf32>, vector<8xf32>
          %1729 = arith.constant 24 : index
          %1730 = arith.addi %1725, %1729 : index
          vector.store %1710, %3[%1730] : memref<?xf32>, vector<8xf32>
          %1731 = arith.constant -1.000000e+30 : f32
          memref.store %1731, %1701[%1714] : memref<96xf32>
          %1732 = arith.addi %1714, %1706 : index
          memref.store %1709, %1701[%1732] : memref<96xf32>
        }
        %1733 = arith.addi %15, %1697 : index
        %1734 = arith.addi %1733, %21 : index
        %1735 = arith.constant 8 : index
        %1736 = arith.divui %1734, %1735 : index
        %1737 = arith.muli %1736, %1735 : index
        %1738 = arith.addi %1697, %1699 : index
        %1739 = arith.subi %1738, %21 : index
        %1740 = arith.addi %15, %1739 : index
        %1741 = arith.addi %1740, %21 : index
        %1742 = arith.divui %1741, %1735 : index
        %1743 = arith.muli %1742, %1735 : index
        scf.for %1744 = %20 to %1737 step %1735 {
          %1745 = arith.muli %1744, %1704 : index
          %1746 = arith.addi %1708, %1745 : index
          %1747 = arith.addi %1744, %21 : index
          %1748 = arith.muli %1747, %1704 : index
          %1749 = arith.addi %1708, %1748 : index
          %1750 = arith.addi %1744, %12 : index
          %1751 = arith.muli %1750, %1704 : index
          %1752 = arith.addi %1708, %1751 : index
          %1753 = arith.constant 3 : index
          %1754 = arith.addi %1744, %1753 : index
          %1755 = arith.muli %1754, %1704 : index
          %1756 = arith.addi %1708, %1755 : index
          %1757 = arith.constant 4 : index
          %1758 = arith.addi %1744, %1757 : index
          %1759 = arith.muli %1758, %1704 : index
          %1760 = arith.addi %1708, %1759 : index
          %1761 = arith.constant 5 : index
          %1762 = arith.addi %1744, %1761 : index
          %1763 = arith.muli %1762, %1704 : index
          %1764 = arith.addi %1708, %1763 : index
          %1765 = arith.constant 6 : index
          %1766 = arith.addi %1744, %1765 : index
          %1767 = arith.muli %1766, %1704 : index
          %1768 = arith.addi %1708, %1767 : index
          %1769 = arith.constant 7 : index
          %1770 = arith.addi %1744, %1769 : index
          %1771 = arith.muli %1770, %1704 : index
          %1772 = arith.addi %1708, %1771 : index
          %1773 = arith.divui %1700, %12 : index
          %1774 = arith.muli %1773, %12 : index
          scf.for %1775 = %20 to %1774 step %12 {
            %1776 = arith.divui %1775, %12 : index
            %1777 = arith.remui %1775, %12 : index
            %1778 = arith.addi %1697, %1776 : index
            %1779 = arith.muli %1695, %12 : index
            %1780 = arith.addi %1779, %1777 : index
            %1781 = arith.muli %1696, %5 : index
            %1782 = arith.addi %1781, %1778 : index
            %1783 = arith.muli %1782, %1757 : index
            %1784 = arith.addi %1783, %1780 : index
            %1785 = arith.muli %1784, %1706 : index
            %1786 = arith.addi %1775, %21 : index
            %1787 = arith.divui %1786, %12 : index
            %1788 = arith.remui %1786, %12 : index
            %1789 = arith.addi %1697, %1787 : index
            %1790 = arith.addi %1779, %1788 : index
            %1791 = arith.addi %1781, %1789 : index
            %1792 = arith.muli %1791, %1757 : index
            %1793 = arith.addi %1792, %1790 : index
            %1794 = arith.muli %1793, %1706 : index
            %1795 = vector.load %0[%1785] : memref<?xf32>, vector<8xf32>
            %1796 = vector.load %0[%1794] : memref<?xf32>, vector<8xf32>
            %1797 = vector.load %1[%1746] : memref<?xf32>, vector<8xf32>
            %1798 = arith.mulf %1795, %1797 : vector<8xf32>
            %1799 = arith.mulf %1796, %1797 : vector<8xf32>
            %1800 = vector.load %1[%1749] : memref<?xf32>, vector<8xf32>
            %1801 = arith.mulf %1795, %1800 : vector<8xf32>
            %1802 = arith.mulf %1796, %1800 : vector<8xf32>
            %1803 = vector.load %1[%1752] : memref<?xf32>, vector<8xf32>
            %1804 = arith.mulf %1795, %1803 : vector<8xf32>
            %1805 = arith.mulf %1796, %1803 : vector<8xf32>
            %1806 = vector.load %1[%1756] : memref<?xf32>, vector<8xf32>
            %1807 = arith.mulf %1795, %1806 : vector<8xf32>
            %1808 = arith.mulf %1796, %1806 : vector<8xf32>
            %1809 = vector.load %1[%1760] : memref<?xf32>, vector<8xf32>
            %1810 = arith.mulf %1795, %1809 : vector<8xf32>
            %1811 = arith.mulf %1796, %1809 : vector<8xf32>
            %1812 = vector.load %1[%1764] : memref<?xf32>, vector<8xf32>
            %1813 = arith.mulf %1795, %1812 : vector<8xf32>
            %1814 = arith.mulf %1796, %1812 : vector<8xf32>
            %1815 = vector.load %1[%1768] : memref<?xf32>, vector<8xf32>
            %1816 = arith.mulf %1795, %1815 : vector<8xf32>
            %1817 = arith.mulf %1796, %1815 : vector<8xf32>
            %1818 = vector.load %1[%1772] : memref<?xf32>, vector<8xf32>
            %1819 = arith.mulf %1795, %1818 : vector<8xf32>
            %1820 = arith.mulf %1796, %1818 : vector<8xf32>
            %1821 = arith.addi %1785, %1735 : index
            %1822 = vector.load %0[%1821] : memref<?xf32>, vector<8xf32>
            %1823 = arith.addi %1794, %1735 : index
            %1824 = vector.load %0[%1823] : memref<?xf32>, vector<8xf32>
            %1825 = arith.addi %1746, %1735 : index
            %1826 = vector.load %1[%1825] : memref<?xf32>, vector<8xf32>
            %1827 = vector.fma %1822, %1826, %1798 : vector<8xf32>
            %1828 = vector.fma %1824, %1826, %1799 : vector<8xf32>
            %1829 = arith.addi %1749, %1735 : index
            %1830 = vector.load %1[%1829] : memref<?xf32>, vector<8xf32>
            %1831 = vector.fma %1822, %1830, %1801 : vector<8xf32>
            %1832 = vector.fma %1824, %1830, %1802 : vector<8xf32>
            %1833 = arith.addi %1752, %1735 : index
            %1834 = vector.load %1[%1833] : memref<?xf32>, vector<8xf32>
            %1835 = vector.fma %1822, %1834, %1804 : vector<8xf32>
            %1836 = vector.fma %1824, %1834, %1805 : vector<8xf32>
            %1837 = arith.addi %1756, %1735 : index
            %1838 = vector.load %1[%1837] : memref<?xf32>, vector<8xf32>
            %1839 = vector.fma %1822, %1838, %1807 : vector<8xf32>
            %1840 = vector.fma %1824, %1838, %1808 : vector<8xf32>
            %1841 = arith.addi %1760, %1735 : index
            %1842 = vector.load %1[%1841] : memref<?xf32>, vector<8xf32>
            %1843 = vector.fma %1822, %1842, %1810 : vector<8xf32>
            %1844 = vector.fma %1824, %1842, %1811 : vector<8xf32>
            %1845 = arith.addi %1764, %1735 : index
            %1846 = vector.load %1[%1845] : memref<?xf32>, vector<8xf32>
            %1847 = vector.fma %1822, %1846, %1813 : vector<8xf32>
            %1848 = vector.fma %1824, %1846, %1814 : vector<8xf32>
            %1849 = arith.addi %1768, %1735 : index
            %1850 = vector.load %1[%1849] : memref<?xf32>, vector<8xf32>
            %1851 = vector.fma %1822, %1850, %1816 : vector<8xf32>
            %1852 = vector.fma %1824, %1850, %1817 : vector<8xf32>
            %1853 = arith.addi %1772, %1735 : index
            %1854 = vector.load %1[%1853] : memref<?xf32>, vector<8xf32>
            %1855 = vector.fma %1822, %1854, %1819 : vector<8xf32>
            %1856 = vector.fma %1824, %1854, %1820 : vector<8xf32>
            %1857 = arith.addi %1785, %10 : index
            %1858 = vector.load %0[%1857] : memref<?xf32>, vector<8xf32>
            %1859 = arith.addi %1794, %10 : index
            %1860 = vector.load %0[%1859] : memref<?xf32>, vector<8xf32>
            %1861 = arith.addi %1746, %10 : index
            %1862 = vector.load %1[%1861] : memref<?xf32>, vector<8xf32>
            %1863 = vector.fma %1858, %1862, %1827 : vector<8xf32>
            %1864 = vector.fma %1860, %1862, %1828 : vector<8xf32>
            %1865 = arith.addi %1749, %10 : index
            %1866 = vector.load %1[%1865] : memref<?xf32>, vector<8xf32>
            %1867 = vector.fma %1858, %1866, %1831 : vector<8xf32>
            %1868 = vector.fma %1860, %1866, %1832 : vector<8xf32>
            %1869 = arith.addi %1752, %10 : index
            %1870 = vector.load %1[%1869] : memref<?xf32>, vector<8xf32>
            %1871 = vector.fma %1858, %1870, %1835 : vector<8xf32>
            %1872 = vector.fma %1860, %1870, %1836 : vector<8xf32>
            %1873 = arith.addi %1756, %10 : index
            %1874 = vector.load %1[%1873] : memref<?xf32>, vector<8xf32>
            %1875 = vector.fma %1858, %1874, %1839 : vector<8xf32>
            %1876 = vector.fma %1860, %1874, %1840 : vector<8xf32>
            %1877 = arith.addi %1760, %10 : index
            %1878 = vector.load %1[%1877] : memref<?xf32>, vector<8xf32>
            %1879 = vector.fma %1858, %1878, %1843 : vector<8xf32>
            %1880 = vector.fma %1860, %1878, %1844 : vector<8xf32>
            %1881 = arith.addi %1764, %10 : index
            %1882 = vector.load %1[%1881] : memref<?xf32>, vector<8xf32>
            %1883 = vector.fma %1858, %1882, %1847 : vector<8xf32>
            %1884 = vector.fma %1860, %1882, %1848 : vector<8xf32>
            %1885 = arith.addi %1768, %10 : index
            %1886 = vector.load %1[%1885] : memref<?xf32>, vector<8xf32>
            %1887 = vector.fma %1858, %1886, %1851 : vector<8xf32>
            %1888 = vector.fma %1860, %1886, %1852 : vector<8xf32>
            %1889 = arith.addi %1772, %10 : index
            %1890 = vector.load %1[%1889] : memref<?xf32>, vector<8xf32>
            %1891 = vector.fma %1858, %1890, %1855 : vector<8xf32>
            %1892 = vector.fma %1860, %1890, %1856 : vector<8xf32>
            %1893 = arith.constant 24 : index
            %1894 = arith.addi %1785, %1893 : index
            %1895 = vector.load %0[%1894] : memref<?xf32>, vector<8xf32>
            %1896 = arith.addi %1794, %1893 : index
            %1897 = vector.load %0[%1896] : memref<?xf32>, vector<8xf32>
            %1898 = arith.addi %1746, %1893 : index
            %1899 = vector.load %1[%1898] : memref<?xf32>, vector<8xf32>
            %1900 = vector.fma %1895, %1899, %1863 : vector<8xf32>
            %1901 = vector.fma %1897, %1899, %1864 : vector<8xf32>
            %1902 = arith.addi %1749, %1893 : index
            %1903 = vector.load %1[%1902] : memref<?xf32>, vector<8xf32>
            %1904 = vector.fma %1895, %1903, %1867 : vector<8xf32>
            %1905 = vector.fma %1897, %1903, %1868 : vector<8xf32>
            %1906 = arith.addi %1752, %1893 : index
            %1907 = vector.load %1[%1906] : memref<?xf32>, vector<8xf32>
            %1908 = vector.fma %1895, %1907, %1871 : vector<8xf32>
            %1909 = vector.fma %1897, %1907, %1872 : vector<8xf32>
            %1910 = arith.addi %1756, %1893 : index
            %1911 = vector.load %1[%1910] : memref<?xf32>, vector<8xf32>
            %1912 = vector.fma %1895, %1911, %1875 : vector<8xf32>
            %1913 = vector.fma %1897, %1911, %1876 : vector<8xf32>
            %1914 = arith.addi %1760, %1893 : index
            %1915 = vector.load %1[%1914] : memref<?xf32>, vector<8xf32>
            %1916 = vector.fma %1895, %1915, %1879 : vector<8xf32>
            %1917 = vector.fma %1897, %1915, %1880 : vector<8xf32>
            %1918 = arith.addi %1764, %1893 : index
            %1919 = vector.load %1[%1918] : memref<?xf32>, vector<8xf32>
            %1920 = vector.fma %1895, %1919, %1883 : vector<8xf32>
            %1921 = vector.fma %1897, %1919, %1884 : vector<8xf32>
            %1922 = arith.addi %1768, %1893 : index
            %1923 = vector.load %1[%1922] : memref<?xf32>, vector<8xf32>
            %1924 = vector.fma %1895, %1923, %1887 : vector<8xf32>
            %1925 = vector.fma %1897, %1923, %1888 : vector<8xf32>
            %1926 = arith.addi %1772, %1893 : index
            %1927 = vector.load %1[%1926] : memref<?xf32>, vector<8xf32>
            %1928 = vector.fma %1895, %1927, %1891 : vector<8xf32>
            %1929 = vector.fma %1897, %1927, %1892 : vector<8xf32>
            %1930 = vector.shuffle %1900, %1904 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1931 = vector.shuffle %1900, %1904 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1932 = arith.addf %1930, %1931 : vector<8xf32>
            %1933 = vector.shuffle %1908, %1912 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1934 = vector.shuffle %1908, %1912 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1935 = arith.addf %1933, %1934 : vector<8xf32>
            %1936 = vector.shuffle %1916, %1920 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1937 = vector.shuffle %1916, %1920 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1938 = arith.addf %1936, %1937 : vector<8xf32>
            %1939 = vector.shuffle %1924, %1928 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1940 = vector.shuffle %1924, %1928 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1941 = arith.addf %1939, %1940 : vector<8xf32>
            %1942 = vector.shuffle %1932, %1935 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1943 = vector.shuffle %1932, %1935 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1944 = arith.addf %1942, %1943 : vector<8xf32>
            %1945 = vector.shuffle %1938, %1941 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1946 = vector.shuffle %1938, %1941 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1947 = arith.addf %1945, %1946 : vector<8xf32>
            %1948 = vector.shuffle %1944, %1947 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %1949 = vector.shuffle %1944, %1947 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %1950 = arith.addf %1948, %1949 : vector<8xf32>
            %1951 = arith.mulf %1950, %1712 : vector<8xf32>
            %1952 = arith.muli %1775, %1735 : index
            vector.store %1951, %1702[%1952] : memref<256xf32>, vector<8xf32>
            %1953 = vector.shuffle %1901, %1905 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1954 = vector.shuffle %1901, %1905 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1955 = arith.addf %1953, %1954 : vector<8xf32>
            %1956 = vector.shuffle %1909, %1913 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1957 = vector.shuffle %1909, %1913 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1958 = arith.addf %1956, %1957 : vector<8xf32>
            %1959 = vector.shuffle %1917, %1921 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1960 = vector.shuffle %1917, %1921 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1961 = arith.addf %1959, %1960 : vector<8xf32>
            %1962 = vector.shuffle %1925, %1929 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1963 = vector.shuffle %1925, %1929 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1964 = arith.addf %1962, %1963 : vector<8xf32>
            %1965 = vector.shuffle %1955, %1958 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1966 = vector.shuffle %1955, %1958 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1967 = arith.addf %1965, %1966 : vector<8xf32>
            %1968 = vector.shuffle %1961, %1964 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1969 = vector.shuffle %1961, %1964 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1970 = arith.addf %1968, %1969 : vector<8xf32>
            %1971 = vector.shuffle %1967, %1970 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %1972 = vector.shuffle %1967, %1970 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %1973 = arith.addf %1971, %1972 : vector<8xf32>
            %1974 = arith.mulf %1973, %1712 : vector<8xf32>
            %1975 = arith.muli %1786, %1735 : index
            vector.store %1974, %1702[%1975] : memref<256xf32>, vector<8xf32>
          }
          scf.for %1976 = %1774 to %1700 step %21 {
            %1977 = arith.divui %1976, %12 : index
            %1978 = arith.remui %1976, %12 : index
            %1979 = arith.addi %1697, %1977 : index
            %1980 = arith.muli %1695, %12 : index
            %1981 = arith.addi %1980, %1978 : index
            %1982 = arith.muli %1696, %5 : index
            %1983 = arith.addi %1982, %1979 : index
            %1984 = arith.muli %1983, %1757 : index
            %1985 = arith.addi %1984, %1981 : index
            %1986 = arith.muli %1985, %1706 : index
            %1987 = vector.load %0[%1986] : memref<?xf32>, vector<8xf32>
            %1988 = vector.load %1[%1746] : memref<?xf32>, vector<8xf32>
            %1989 = arith.mulf %1987, %1988 : vector<8xf32>
            %1990 = vector.load %1[%1749] : memref<?xf32>, vector<8xf32>
            %1991 = arith.mulf %1987, %1990 : vector<8xf32>
            %1992 = vector.load %1[%1752] : memref<?xf32>, vector<8xf32>
            %1993 = arith.mulf %1987, %1992 : vector<8xf32>
            %1994 = vector.load %1[%1756] : memref<?xf32>, vector<8xf32>
            %1995 = arith.mulf %1987, %1994 : vector<8xf32>
            %1996 = vector.load %1[%1760] : memref<?xf32>, vector<8xf32>
            %1997 = arith.mulf %1987, %1996 : vector<8xf32>
            %1998 = vector.load %1[%1764] : memref<?xf32>, vector<8xf32>
            %1999 = arith.mulf %1987, %1998 : vector<8xf32>
            %2000 = vector.load %1[%1768] : memref<?xf32>, vector<8xf32>
            %2001 = arith.mulf %1987, %2000 : vector<8xf32>
            %2002 = vector.load %1[%1772] : memref<?xf32>, vector<8xf32>
            %2003 = arith.mulf %1987, %2002 : vector<8xf32>
            %2004 = arith.addi %1986, %1735 : index
            %2005 = vector.load %0[%2004] : memref<?xf32>, vector<8xf32>
            %2006 = arith.addi %1746, %1735 : index
            %2007 = vector.load %1[%2006] : memref<?xf32>, vector<8xf32>
            %2008 = vector.fma %2005, %2007, %1989 : vector<8xf32>
            %2009 = arith.addi %1749, %1735 : index
            %2010 = vector.load %1[%2009] : memref<?xf32>, vector<8xf32>
            %2011 = vector.fma %2005, %2010, %1991 : vector<8xf32>
            %2012 = arith.addi %1752, %1735 : index
            %2013 = vector.load %1[%2012] : memref<?xf32>, vector<8xf32>
            %2014 = vector.fma %2005, %2013, %1993 : vector<8xf32>
            %2015 = arith.addi %1756, %1735 : index
            %2016 = vector.load %1[%2015] : memref<?xf32>, vector<8xf32>
            %2017 = vector.fma %2005, %2016, %1995 : vector<8xf32>
            %2018 = arith.addi %1760, %1735 : index
            %2019 = vector.load %1[%2018] : memref<?xf32>, vector<8xf32>
            %2020 = vector.fma %2005, %2019, %1997 : vector<8xf32>
            %2021 = arith.addi %1764, %1735 : index
            %2022 = vector.load %1[%2021] : memref<?xf32>, vector<8xf32>
            %2023 = vector.fma %2005, %2022, %1999 : vector<8xf32>
            %2024 = arith.addi %1768, %1735 : index
            %2025 = vector.load %1[%2024] : memref<?xf32>, vector<8xf32>
            %2026 = vector.fma %2005, %2025, %2001 : vector<8xf32>
            %2027 = arith.addi %1772, %1735 : index
            %2028 = vector.load %1[%2027] : memref<?xf32>, vector<8xf32>
            %2029 = vector.fma %2005, %2028, %2003 : vector<8xf32>
            %2030 = arith.addi %1986, %10 : index
            %2031 = vector.load %0[%2030] : memref<?xf32>, vector<8xf32>
            %2032 = arith.addi %1746, %10 : index
            %2033 = vector.load %1[%2032] : memref<?xf32>, vector<8xf32>
            %2034 = vector.fma %2031, %2033, %2008 : vector<8xf32>
            %2035 = arith.addi %1749, %10 : index
            %2036 = vector.load %1[%2035] : memref<?xf32>, vector<8xf32>
            %2037 = vector.fma %2031, %2036, %2011 : vector<8xf32>
            %2038 = arith.addi %1752, %10 : index
            %2039 = vector.load %1[%2038] : memref<?xf32>, vector<8xf32>
            %2040 = vector.fma %2031, %2039, %2014 : vector<8xf32>
            %2041 = arith.addi %1756, %10 : index
            %2042 = vector.load %1[%2041] : memref<?xf32>, vector<8xf32>
            %2043 = vector.fma %2031, %2042, %2017 : vector<8xf32>
            %2044 = arith.addi %1760, %10 : index
            %2045 = vector.load %1[%2044] : memref<?xf32>, vector<8xf32>
            %2046 = vector.fma %2031, %2045, %2020 : vector<8xf32>
            %2047 = arith.addi %1764, %10 : index
            %2048 = vector.load %1[%2047] : memref<?xf32>, vector<8xf32>
            %2049 = vector.fma %2031, %2048, %2023 : vector<8xf32>
            %2050 = arith.addi %1768, %10 : index
            %2051 = vector.load %1[%2050] : memref<?xf32>, vector<8xf32>
            %2052 = vector.fma %2031, %2051, %2026 : vector<8xf32>
            %2053 = arith.addi %1772, %10 : index
            %2054 = vector.load %1[%2053] : memref<?xf32>, vector<8xf32>
            %2055 = vector.fma %2031, %2054, %2029 : vector<8xf32>
            %2056 = arith.constant 24 : index
            %2057 = arith.addi %1986, %2056 : index
            %2058 = vector.load %0[%2057] : memref<?xf32>, vector<8xf32>
            %2059 = arith.addi %1746, %2056 : index
            %2060 = vector.load %1[%2059] : memref<?xf32>, vector<8xf32>
            %2061 = vector.fma %2058, %2060, %2034 : vector<8xf32>
            %2062 = arith.addi %1749, %2056 : index
            %2063 = vector.load %1[%2062] : memref<?xf32>, vector<8xf32>
            %2064 = vector.fma %2058, %2063, %2037 : vector<8xf32>
            %2065 = arith.addi %1752, %2056 : index
            %2066 = vector.load %1[%2065] : memref<?xf32>, vector<8xf32>
            %2067 = vector.fma %2058, %2066, %2040 : vector<8xf32>
            %2068 = arith.addi %1756, %2056 : index
            %2069 = vector.load %1[%2068] : memref<?xf32>, vector<8xf32>
            %2070 = vector.fma %2058, %2069, %2043 : vector<8xf32>
            %2071 = arith.addi %1760, %2056 : index
            %2072 = vector.load %1[%2071] : memref<?xf32>, vector<8xf32>
            %2073 = vector.fma %2058, %2072, %2046 : vector<8xf32>
            %2074 = arith.addi %1764, %2056 : index
            %2075 = vector.load %1[%2074] : memref<?xf32>, vector<8xf32>
            %2076 = vector.fma %2058, %2075, %2049 : vector<8xf32>
            %2077 = arith.addi %1768, %2056 : index
            %2078 = vector.load %1[%2077] : memref<?xf32>, vector<8xf32>
            %2079 = vector.fma %2058, %2078, %2052 : vector<8xf32>
            %2080 = arith.addi %1772, %2056 : index
            %2081 = vector.load %1[%2080] : memref<?xf32>, vector<8xf32>
            %2082 = vector.fma %2058, %2081, %2055 : vector<8xf32>
            %2083 = vector.shuffle %2061, %2064 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2084 = vector.shuffle %2061, %2064 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2085 = arith.addf %2083, %2084 : vector<8xf32>
            %2086 = vector.shuffle %2067, %2070 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2087 = vector.shuffle %2067, %2070 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2088 = arith.addf %2086, %2087 : vector<8xf32>
            %2089 = vector.shuffle %2073, %2076 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2090 = vector.shuffle %2073, %2076 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2091 = arith.addf %2089, %2090 : vector<8xf32>
            %2092 = vector.shuffle %2079, %2082 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2093 = vector.shuffle %2079, %2082 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2094 = arith.addf %2092, %2093 : vector<8xf32>
            %2095 = vector.shuffle %2085, %2088 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2096 = vector.shuffle %2085, %2088 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2097 = arith.addf %2095, %2096 : vector<8xf32>
            %2098 = vector.shuffle %2091, %2094 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2099 = vector.shuffle %2091, %2094 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2100 = arith.addf %2098, %2099 : vector<8xf32>
            %2101 = vector.shuffle %2097, %2100 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %2102 = vector.shuffle %2097, %2100 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %2103 = arith.addf %2101, %2102 : vector<8xf32>
            %2104 = arith.mulf %2103, %1712 : vector<8xf32>
            %2105 = arith.muli %1976, %1735 : index
            vector.store %2104, %1702[%2105] : memref<256xf32>, vector<8xf32>
          }
          scf.for %2106 = %20 to %1700 step %21 {
            %2107 = arith.muli %2106, %1735 : index
            %2108 = vector.load %1702[%2107] : memref<256xf32>, vector<8xf32>
            %2109 = memref.load %1701[%2106] : memref<96xf32>
            %2110 = vector.reduction <maxnumf>, %2108 : vector<8xf32> into f32
            %2111 = arith.cmpf ogt, %2109, %2110 : f32
            %2112 = arith.select %2111, %2109, %2110 : f32
            %2113 = vector.broadcast %2112 : f32 to vector<8xf32>
            %2114 = arith.subf %2108, %2113 : vector<8xf32>
            %2115 = arith.constant -8.700000e+01 : f32
            %2116 = vector.broadcast %2115 : f32 to vector<8xf32>
            %2117 = arith.cmpf ogt, %2114, %2116 : vector<8xf32>
            %2118 = arith.select %2117, %2114, %2116 : vector<8xf32>
            %2119 = arith.constant 8.800000e+01 : f32
            %2120 = vector.broadcast %2119 : f32 to vector<8xf32>
            %2121 = arith.cmpf olt, %2118, %2120 : vector<8xf32>
            %2122 = arith.select %2121, %2118, %2120 : vector<8xf32>
            %2123 = math.exp %2122 : vector<8xf32>
            %2124 = arith.subf %2109, %2112 : f32
            %2125 = vector.broadcast %2124 : f32 to vector<8xf32>
            %2126 = arith.cmpf ogt, %2125, %2116 : vector<8xf32>
            %2127 = arith.select %2126, %2125, %2116 : vector<8xf32>
            %2128 = arith.cmpf olt, %2127, %2120 : vector<8xf32>
            %2129 = arith.select %2128, %2127, %2120 : vector<8xf32>
            %2130 = math.exp %2129 : vector<8xf32>
            %2131 = vector.extract %2130[0] : f32 from vector<8xf32>
            vector.store %2123, %1702[%2107] : memref<256xf32>, vector<8xf32>
            memref.store %2112, %1701[%2106] : memref<96xf32>
            %2132 = arith.addi %2106, %1706 : index
            %2133 = memref.load %1701[%2132] : memref<96xf32>
            %2134 = arith.mulf %2133, %2131 : f32
            %2135 = vector.reduction <add>, %2123 : vector<8xf32> into f32
            %2136 = arith.addf %2134, %2135 : f32
            memref.store %2136, %1701[%2132] : memref<96xf32>
            %2137 = arith.addi %2106, %1704 : index
            memref.store %2131, %1701[%2137] : memref<96xf32>
          }
          scf.for %2138 = %20 to %1774 step %12 {
            %2139 = arith.addi %2138, %21 : index
            %2140 = arith.divui %2138, %12 : index
            %2141 = arith.remui %2138, %12 : index
            %2142 = arith.addi %1697, %2140 : index
            %2143 = arith.muli %1695, %12 : index
            %2144 = arith.addi %2143, %2141 : index
            %2145 = arith.muli %1696, %5 : index
            %2146 = arith.addi %2145, %2142 : index
            %2147 = arith.muli %2146, %1757 : index
            %2148 = arith.addi %2147, %2144 : index
            %2149 = arith.muli %2148, %1706 : index
            %2150 = arith.divui %2139, %12 : index
            %2151 = arith.remui %2139, %12 : index
            %2152 = arith.addi %1697, %2150 : index
            %2153 = arith.addi %2143, %2151 : index
            %2154 = arith.addi %2145, %2152 : index
            %2155 = arith.muli %2154, %1757 : index
            %2156 = arith.addi %2155, %2153 : index
            %2157 = arith.muli %2156, %1706 : index
            %2158 = arith.addi %2138, %1704 : index
            %2159 = memref.load %1701[%2158] : memref<96xf32>
            %2160 = vector.broadcast %2159 : f32 to vector<8xf32>
            %2161 = arith.addi %2139, %1704 : index
            %2162 = memref.load %1701[%2161] : memref<96xf32>
            %2163 = vector.broadcast %2162 : f32 to vector<8xf32>
            %2164 = arith.muli %2138, %1735 : index
            %2165 = memref.load %1702[%2164] : memref<256xf32>
            %2166 = vector.broadcast %2165 : f32 to vector<8xf32>
            %2167 = arith.addi %2164, %21 : index
            %2168 = memref.load %1702[%2167] : memref<256xf32>
            %2169 = vector.broadcast %2168 : f32 to vector<8xf32>
            %2170 = arith.addi %2164, %12 : index
            %2171 = memref.load %1702[%2170] : memref<256xf32>
            %2172 = vector.broadcast %2171 : f32 to vector<8xf32>
            %2173 = arith.addi %2164, %1753 : index
            %2174 = memref.load %1702[%2173] : memref<256xf32>
            %2175 = vector.broadcast %2174 : f32 to vector<8xf32>
            %2176 = arith.addi %2164, %1757 : index
            %2177 = memref.load %1702[%2176] : memref<256xf32>
            %2178 = vector.broadcast %2177 : f32 to vector<8xf32>
            %2179 = arith.addi %2164, %1761 : index
            %2180 = memref.load %1702[%2179] : memref<256xf32>
            %2181 = vector.broadcast %2180 : f32 to vector<8xf32>
            %2182 = arith.addi %2164, %1765 : index
            %2183 = memref.load %1702[%2182] : memref<256xf32>
            %2184 = vector.broadcast %2183 : f32 to vector<8xf32>
            %2185 = arith.addi %2164, %1769 : index
            %2186 = memref.load %1702[%2185] : memref<256xf32>
            %2187 = vector.broadcast %2186 : f32 to vector<8xf32>
            %2188 = arith.muli %2139, %1735 : index
            %2189 = memref.load %1702[%2188] : memref<256xf32>
            %2190 = vector.broadcast %2189 : f32 to vector<8xf32>
            %2191 = arith.addi %2188, %21 : index
            %2192 = memref.load %1702[%2191] : memref<256xf32>
            %2193 = vector.broadcast %2192 : f32 to vector<8xf32>
            %2194 = arith.addi %2188, %12 : index
            %2195 = memref.load %1702[%2194] : memref<256xf32>
            %2196 = vector.broadcast %2195 : f32 to vector<8xf32>
            %2197 = arith.addi %2188, %1753 : index
            %2198 = memref.load %1702[%2197] : memref<256xf32>
            %2199 = vector.broadcast %2198 : f32 to vector<8xf32>
            %2200 = arith.addi %2188, %1757 : index
            %2201 = memref.load %1702[%2200] : memref<256xf32>
            %2202 = vector.broadcast %2201 : f32 to vector<8xf32>
            %2203 = arith.addi %2188, %1761 : index
            %2204 = memref.load %1702[%2203] : memref<256xf32>
            %2205 = vector.broadcast %2204 : f32 to vector<8xf32>
            %2206 = arith.addi %2188, %1765 : index
            %2207 = memref.load %1702[%2206] : memref<256xf32>
            %2208 = vector.broadcast %2207 : f32 to vector<8xf32>
            %2209 = arith.addi %2188, %1769 : index
            %2210 = memref.load %1702[%2209] : memref<256xf32>
            %2211 = vector.broadcast %2210 : f32 to vector<8xf32>
            %2212 = vector.load %3[%2149] : memref<?xf32>, vector<8xf32>
            %2213 = arith.mulf %2212, %2160 : vector<8xf32>
            %2214 = vector.load %3[%2157] : memref<?xf32>, vector<8xf32>
            %2215 = arith.mulf %2214, %2163 : vector<8xf32>
            %2216 = vector.load %2[%1746] : memref<?xf32>, vector<8xf32>
            %2217 = vector.fma %2166, %2216, %2213 : vector<8xf32>
            %2218 = vector.fma %2190, %2216, %2215 : vector<8xf32>
            %2219 = vector.load %2[%1749] : memref<?xf32>, vector<8xf32>
            %2220 = vector.fma %2169, %2219, %2217 : vector<8xf32>
            %2221 = vector.fma %2193, %2219, %2218 : vector<8xf32>
            %2222 = vector.load %2[%1752] : memref<?xf32>, vector<8xf32>
            %2223 = vector.fma %2172, %2222, %2220 : vector<8xf32>
            %2224 = vector.fma %2196, %2222, %2221 : vector<8xf32>
            %2225 = vector.load %2[%1756] : memref<?xf32>, vector<8xf32>
            %2226 = vector.fma %2175, %2225, %2223 : vector<8xf32>
            %2227 = vector.fma %2199, %2225, %2224 : vector<8xf32>
            %2228 = vector.load %2[%1760] : memref<?xf32>, vector<8xf32>
            %2229 = vector.fma %2178, %2228, %2226 : vector<8xf32>
            %2230 = vector.fma %2202, %2228, %2227 : vector<8xf32>
            %2231 = vector.load %2[%1764] : memref<?xf32>, vector<8xf32>
            %2232 = vector.fma %2181, %2231, %2229 : vector<8xf32>
            %2233 = vector.fma %2205, %2231, %2230 : vector<8xf32>
            %2234 = vector.load %2[%1768] : memref<?xf32>, vector<8xf32>
            %2235 = vector.fma %2184, %2234, %2232 : vector<8xf32>
            %2236 = vector.fma %2208, %2234, %2233 : vector<8xf32>
            %2237 = vector.load %2[%1772] : memref<?xf32>, vector<8xf32>
            %2238 = vector.fma %2187, %2237, %2235 : vector<8xf32>
            %2239 = vector.fma %2211, %2237, %2236 : vector<8xf32>
            vector.store %2238, %3[%2149] : memref<?xf32>, vector<8xf32>
            vector.store %2239, %3[%2157] : memref<?xf32>, vector<8xf32>
            %2240 = arith.addi %2149, %1735 : index
            %2241 = arith.addi %2157, %1735 : index
            %2242 = vector.load %3[%2240] : memref<?xf32>, vector<8xf32>
            %2243 = arith.mulf %2242, %2160 : vector<8xf32>
            %2244 = vector.load %3[%2241] : memref<?xf32>, vector<8xf32>
            %2245 = arith.mulf %2244, %2163 : vector<8xf32>
            %2246 = arith.addi %1746, %1735 : index
            %2247 = vector.load %2[%2246] : memref<?xf32>, vector<8xf32>
            %2248 = vector.fma %2166, %2247, %2243 : vector<8xf32>
            %2249 = vector.fma %2190, %2247, %2245 : vector<8xf32>
            %2250 = arith.addi %1749, %1735 : index
            %2251 = vector.load %2[%2250] : memref<?xf32>, vector<8xf32>
            %2252 = vector.fma %2169, %2251, %2248 : vector<8xf32>
            %2253 = vector.fma %2193, %2251, %2249 : vector<8xf32>
            %2254 = arith.addi %1752, %1735 : index
            %2255 = vector.load %2[%2254] : memref<?xf32>, vector<8xf32>
            %2256 = vector.fma %2172, %2255, %2252 : vector<8xf32>
            %2257 = vector.fma %2196, %2255, %2253 : vector<8xf32>
            %2258 = arith.addi %1756, %1735 : index
            %2259 = vector.load %2[%2258] : memref<?xf32>, vector<8xf32>
            %2260 = vector.fma %2175, %2259, %2256 : vector<8xf32>
            %2261 = vector.fma %2199, %2259, %2257 : vector<8xf32>
            %2262 = arith.addi %1760, %1735 : index
            %2263 = vector.load %2[%2262] : memref<?xf32>, vector<8xf32>
            %2264 = vector.fma %2178, %2263, %2260 : vector<8xf32>
            %2265 = vector.fma %2202, %2263, %2261 : vector<8xf32>
            %2266 = arith.addi %1764, %1735 : index
            %2267 = vector.load %2[%2266] : memref<?xf32>, vector<8xf32>
            %2268 = vector.fma %2181, %2267, %2264 : vector<8xf32>
            %2269 = vector.fma %2205, %2267, %2265 : vector<8xf32>
            %2270 = arith.addi %1768, %1735 : index
            %2271 = vector.load %2[%2270] : memref<?xf32>, vector<8xf32>
            %2272 = vector.fma %2184, %2271, %2268 : vector<8xf32>
            %2273 = vector.fma %2208, %2271, %2269 : vector<8xf32>
            %2274 = arith.addi %1772, %1735 : index
            %2275 = vector.load %2[%2274] : memref<?xf32>, vector<8xf32>
            %2276 = vector.fma %2187, %2275, %2272 : vector<8xf32>
            %2277 = vector.fma %2211, %2275, %2273 : vector<8xf32>
            vector.store %2276, %3[%2240] : memref<?xf32>, vector<8xf32>
            vector.store %2277, %3[%2241] : memref<?xf32>, vector<8xf32>
            %2278 = arith.addi %2149, %10 : index
            %2279 = arith.addi %2157, %10 : index
            %2280 = vector.load %3[%2278] : memref<?xf32>, vector<8xf32>
            %2281 = arith.mulf %2280, %2160 : vector<8xf32>
            %2282 = vector.load %3[%2279] : memref<?xf32>, vector<8xf32>
            %2283 = arith.mulf %2282, %2163 : vector<8xf32>
            %2284 = arith.addi %1746, %10 : index
            %2285 = vector.load %2[%2284] : memref<?xf32>, vector<8xf32>
            %2286 = vector.fma %2166, %2285, %2281 : vector<8xf32>
            %2287 = vector.fma %2190, %2285, %2283 : vector<8xf32>
            %2288 = arith.addi %1749, %10 : index
            %2289 = vector.load %2[%2288] : memref<?xf32>, vector<8xf32>
            %2290 = vector.fma %2169, %2289, %2286 : vector<8xf32>
            %2291 = vector.fma %2193, %2289, %2287 : vector<8xf32>
            %2292 = arith.addi %1752, %10 : index
            %2293 = vector.load %2[%2292] : memref<?xf32>, vector<8xf32>
            %2294 = vector.fma %2172, %2293, %2290 : vector<8xf32>
            %2295 = vector.fma %2196, %2293, %2291 : vector<8xf32>
            %2296 = arith.addi %1756, %10 : index
            %2297 = vector.load %2[%2296] : memref<?xf32>, vector<8xf32>
            %2298 = vector.fma %2175, %2297, %2294 : vector<8xf32>
            %2299 = vector.fma %2199, %2297, %2295 : vector<8xf32>
            %2300 = arith.addi %1760, %10 : index
            %2301 = vector.load %2[%2300] : memref<?xf32>, vector<8xf32>
            %2302 = vector.fma %2178, %2301, %2298 : vector<8xf32>
            %2303 = vector.fma %2202, %2301, %2299 : vector<8xf32>
            %2304 = arith.addi %1764, %10 : index
            %2305 = vector.load %2[%2304] : memref<?xf32>, vector<8xf32>
            %2306 = vector.fma %2181, %2305, %2302 : vector<8xf32>
            %2307 = vector.fma %2205, %2305, %2303 : vector<8xf32>
            %2308 = arith.addi %1768, %10 : index
            %2309 = vector.load %2[%2308] : memref<?xf32>, vector<8xf32>
            %2310 = vector.fma %2184, %2309, %2306 : vector<8xf32>
            %2311 = vector.fma %2208, %2309, %2307 : vector<8xf32>
            %2312 = arith.addi %1772, %10 : index
            %2313 = vector.load %2[%2312] : memref<?xf32>, vector<8xf32>
            %2314 = vector.fma %2187, %2313, %2310 : vector<8xf32>
            %2315 = vector.fma %2211, %2313, %2311 : vector<8xf32>
            vector.store %2314, %3[%2278] : memref<?xf32>, vector<8xf32>
            vector.store %2315, %3[%2279] : memref<?xf32>, vector<8xf32>
            %2316 = arith.constant 24 : index
            %2317 = arith.addi %2149, %2316 : index
            %2318 = arith.addi %2157, %2316 : index
            %2319 = vector.load %3[%2317] : memref<?xf32>, vector<8xf32>
            %2320 = arith.mulf %2319, %2160 : vector<8xf32>
            %2321 = vector.load %3[%2318] : memref<?xf32>, vector<8xf32>
            %2322 = arith.mulf %2321, %2163 : vector<8xf32>
            %2323 = arith.addi %1746, %2316 : index
            %2324 = vector.load %2[%2323] : memref<?xf32>, vector<8xf32>
            %2325 = vector.fma %2166, %2324, %2320 : vector<8xf32>
            %2326 = vector.fma %2190, %2324, %2322 : vector<8xf32>
            %2327 = arith.addi %1749, %2316 : index
            %2328 = vector.load %2[%2327] : memref<?xf32>, vector<8xf32>
            %2329 = vector.fma %2169, %2328, %2325 : vector<8xf32>
            %2330 = vector.fma %2193, %2328, %2326 : vector<8xf32>
            %2331 = arith.addi %1752, %2316 : index
            %2332 = vector.load %2[%2331] : memref<?xf32>, vector<8xf32>
            %2333 = vector.fma %2172, %2332, %2329 : vector<8xf32>
            %2334 = vector.fma %2196, %2332, %2330 : vector<8xf32>
            %2335 = arith.addi %1756, %2316 : index
            %2336 = vector.load %2[%2335] : memref<?xf32>, vector<8xf32>
            %2337 = vector.fma %2175, %2336, %2333 : vector<8xf32>
            %2338 = vector.fma %2199, %2336, %2334 : vector<8xf32>
            %2339 = arith.addi %1760, %2316 : index
            %2340 = vector.load %2[%2339] : memref<?xf32>, vector<8xf32>
            %2341 = vector.fma %2178, %2340, %2337 : vector<8xf32>
            %2342 = vector.fma %2202, %2340, %2338 : vector<8xf32>
            %2343 = arith.addi %1764, %2316 : index
            %2344 = vector.load %2[%2343] : memref<?xf32>, vector<8xf32>
            %2345 = vector.fma %2181, %2344, %2341 : vector<8xf32>
            %2346 = vector.fma %2205, %2344, %2342 : vector<8xf32>
            %2347 = arith.addi %1768, %2316 : index
            %2348 = vector.load %2[%2347] : memref<?xf32>, vector<8xf32>
            %2349 = vector.fma %2184, %2348, %2345 : vector<8xf32>
            %2350 = vector.fma %2208, %2348, %2346 : vector<8xf32>
            %2351 = arith.addi %1772, %2316 : index
            %2352 = vector.load %2[%2351] : memref<?xf32>, vector<8xf32>
            %2353 = vector.fma %2187, %2352, %2349 : vector<8xf32>
            %2354 = vector.fma %2211, %2352, %2350 : vector<8xf32>
            vector.store %2353, %3[%2317] : memref<?xf32>, vector<8xf32>
            vector.store %2354, %3[%2318] : memref<?xf32>, vector<8xf32>
          }
          scf.for %2355 = %1774 to %1700 step %21 {
            %2356 = arith.divui %2355, %12 : index
            %2357 = arith.remui %2355, %12 : index
            %2358 = arith.addi %1697, %2356 : index
            %2359 = arith.muli %1695, %12 : index
            %2360 = arith.addi %2359, %2357 : index
            %2361 = arith.muli %1696, %5 : index
            %2362 = arith.addi %2361, %2358 : index
            %2363 = arith.muli %2362, %1757 : index
            %2364 = arith.addi %2363, %2360 : index
            %2365 = arith.muli %2364, %1706 : index
            %2366 = arith.addi %2355, %1704 : index
            %2367 = memref.load %1701[%2366] : memref<96xf32>
            %2368 = vector.broadcast %2367 : f32 to vector<8xf32>
            %2369 = arith.muli %2355, %1735 : index
            %2370 = memref.load %1702[%2369] : memref<256xf32>
            %2371 = vector.broadcast %2370 : f32 to vector<8xf32>
            %2372 = arith.addi %2369, %21 : index
            %2373 = memref.load %1702[%2372] : memref<256xf32>
            %2374 = vector.broadcast %2373 : f32 to vector<8xf32>
            %2375 = arith.addi %2369, %12 : index
            %2376 = memref.load %1702[%2375] : memref<256xf32>
            %2377 = vector.broadcast %2376 : f32 to vector<8xf32>
            %2378 = arith.addi %2369, %1753 : index
            %2379 = memref.load %1702[%2378] : memref<256xf32>
            %2380 = vector.broadcast %2379 : f32 to vector<8xf32>
            %2381 = arith.addi %2369, %1757 : index
            %2382 = memref.load %1702[%2381] : memref<256xf32>
            %2383 = vector.broadcast %2382 : f32 to vector<8xf32>
            %2384 = arith.addi %2369, %1761 : index
            %2385 = memref.load %1702[%2384] : memref<256xf32>
            %2386 = vector.broadcast %2385 : f32 to vector<8xf32>
            %2387 = arith.addi %2369, %1765 : index
            %2388 = memref.load %1702[%2387] : memref<256xf32>
            %2389 = vector.broadcast %2388 : f32 to vector<8xf32>
            %2390 = arith.addi %2369, %1769 : index
            %2391 = memref.load %1702[%2390] : memref<256xf32>
            %2392 = vector.broadcast %2391 : f32 to vector<8xf32>
            %2393 = vector.load %3[%2365] : memref<?xf32>, vector<8xf32>
            %2394 = arith.mulf %2393, %2368 : vector<8xf32>
            %2395 = vector.load %2[%1746] : memref<?xf32>, vector<8xf32>
            %2396 = vector.fma %2371, %2395, %2394 : vector<8xf32>
            %2397 = vector.load %2[%1749] : memref<?xf32>, vector<8xf32>
            %2398 = vector.fma %2374, %2397, %2396 : vector<8xf32>
            %2399 = vector.load %2[%1752] : memref<?xf32>, vector<8xf32>
            %2400 = vector.fma %2377, %2399, %2398 : vector<8xf32>
            %2401 = vector.load %2[%1756] : memref<?xf32>, vector<8xf32>
            %2402 = vector.fma %2380, %2401, %2400 : vector<8xf32>
            %2403 = vector.load %2[%1760] : memref<?xf32>, vector<8xf32>
            %2404 = vector.fma %2383, %2403, %2402 : vector<8xf32>
            %2405 = vector.load %2[%1764] : memref<?xf32>, vector<8xf32>
            %2406 = vector.fma %2386, %2405, %2404 : vector<8xf32>
            %2407 = vector.load %2[%1768] : memref<?xf32>, vector<8xf32>
            %2408 = vector.fma %2389, %2407, %2406 : vector<8xf32>
            %2409 = vector.load %2[%1772] : memref<?xf32>, vector<8xf32>
            %2410 = vector.fma %2392, %2409, %2408 : vector<8xf32>
            vector.store %2410, %3[%2365] : memref<?xf32>, vector<8xf32>
            %2411 = arith.addi %2365, %1735 : index
            %2412 = vector.load %3[%2411] : memref<?xf32>, vector<8xf32>
            %2413 = arith.mulf %2412, %2368 : vector<8xf32>
            %2414 = arith.addi %1746, %1735 : index
            %2415 = vector.load %2[%2414] : memref<?xf32>, vector<8xf32>
            %2416 = vector.fma %2371, %2415, %2413 : vector<8xf32>
            %2417 = arith.addi %1749, %1735 : index
            %2418 = vector.load %2[%2417] : memref<?xf32>, vector<8xf32>
            %2419 = vector.fma %2374, %2418, %2416 : vector<8xf32>
            %2420 = arith.addi %1752, %1735 : index
            %2421 = vector.load %2[%2420] : memref<?xf32>, vector<8xf32>
            %2422 = vector.fma %2377, %2421, %2419 : vector<8xf32>
            %2423 = arith.addi %1756, %1735 : index
            %2424 = vector.load %2[%2423] : memref<?xf32>, vector<8xf32>
            %2425 = vector.fma %2380, %2424, %2422 : vector<8xf32>
            %2426 = arith.addi %1760, %1735 : index
            %2427 = vector.load %2[%2426] : memref<?xf32>, vector<8xf32>
            %2428 = vector.fma %2383, %2427, %2425 : vector<8xf32>
            %2429 = arith.addi %1764, %1735 : index
            %2430 = vector.load %2[%2429] : memref<?xf32>, vector<8xf32>
            %2431 = vector.fma %2386, %2430, %2428 : vector<8xf32>
            %2432 = arith.addi %1768, %1735 : index
            %2433 = vector.load %2[%2432] : memref<?xf32>, vector<8xf32>
            %2434 = vector.fma %2389, %2433, %2431 : vector<8xf32>
            %2435 = arith.addi %1772, %1735 : index
            %2436 = vector.load %2[%2435] : memref<?xf32>, vector<8xf32>
            %2437 = vector.fma %2392, %2436, %2434 : vector<8xf32>
            vector.store %2437, %3[%2411] : memref<?xf32>, vector<8xf32>
            %2438 = arith.addi %2365, %10 : index
            %2439 = vector.load %3[%2438] : memref<?xf32>, vector<8xf32>
            %2440 = arith.mulf %2439, %2368 : vector<8xf32>
            %2441 = arith.addi %1746, %10 : index
            %2442 = vector.load %2[%2441] : memref<?xf32>, vector<8xf32>
            %2443 = vector.fma %2371, %2442, %2440 : vector<8xf32>
            %2444 = arith.addi %1749, %10 : index
            %2445 = vector.load %2[%2444] : memref<?xf32>, vector<8xf32>
            %2446 = vector.fma %2374, %2445, %2443 : vector<8xf32>
            %2447 = arith.addi %1752, %10 : index
            %2448 = vector.load %2[%2447] : memref<?xf32>, vector<8xf32>
            %2449 = vector.fma %2377, %2448, %2446 : vector<8xf32>
            %2450 = arith.addi %1756, %10 : index
            %2451 = vector.load %2[%2450] : memref<?xf32>, vector<8xf32>
            %2452 = vector.fma %2380, %2451, %2449 : vector<8xf32>
            %2453 = arith.addi %1760, %10 : index
            %2454 = vector.load %2[%2453] : memref<?xf32>, vector<8xf32>
            %2455 = vector.fma %2383, %2454, %2452 : vector<8xf32>
            %2456 = arith.addi %1764, %10 : index
            %2457 = vector.load %2[%2456] : memref<?xf32>, vector<8xf32>
            %2458 = vector.fma %2386, %2457, %2455 : vector<8xf32>
            %2459 = arith.addi %1768, %10 : index
            %2460 = vector.load %2[%2459] : memref<?xf32>, vector<8xf32>
            %2461 = vector.fma %2389, %2460, %2458 : vector<8xf32>
            %2462 = arith.addi %1772, %10 : index
            %2463 = vector.load %2[%2462] : memref<?xf32>, vector<8xf32>
            %2464 = vector.fma %2392, %2463, %2461 : vector<8xf32>
            vector.store %2464, %3[%2438] : memref<?xf32>, vector<8xf32>
            %2465 = arith.constant 24 : index
            %2466 = arith.addi %2365, %2465 : index
            %2467 = vector.load %3[%2466] : memref<?xf32>, vector<8xf32>
            %2468 = arith.mulf %2467, %2368 : vector<8xf32>
            %2469 = arith.addi %1746, %2465 : index
            %2470 = vector.load %2[%2469] : memref<?xf32>, vector<8xf32>
            %2471 = vector.fma %2371, %2470, %2468 : vector<8xf32>
            %2472 = arith.addi %1749, %2465 : index
            %2473 = vector.load %2[%2472] : memref<?xf32>, vector<8xf32>
            %2474 = vector.fma %2374, %2473, %2471 : vector<8xf32>
            %2475 = arith.addi %1752, %2465 : index
            %2476 = vector.load %2[%2475] : memref<?xf32>, vector<8xf32>
            %2477 = vector.fma %2377, %2476, %2474 : vector<8xf32>
            %2478 = arith.addi %1756, %2465 : index
            %2479 = vector.load %2[%2478] : memref<?xf32>, vector<8xf32>
            %2480 = vector.fma %2380, %2479, %2477 : vector<8xf32>
            %2481 = arith.addi %1760, %2465 : index
            %2482 = vector.load %2[%2481] : memref<?xf32>, vector<8xf32>
            %2483 = vector.fma %2383, %2482, %2480 : vector<8xf32>
            %2484 = arith.addi %1764, %2465 : index
            %2485 = vector.load %2[%2484] : memref<?xf32>, vector<8xf32>
            %2486 = vector.fma %2386, %2485, %2483 : vector<8xf32>
            %2487 = arith.addi %1768, %2465 : index
            %2488 = vector.load %2[%2487] : memref<?xf32>, vector<8xf32>
            %2489 = vector.fma %2389, %2488, %2486 : vector<8xf32>
            %2490 = arith.addi %1772, %2465 : index
            %2491 = vector.load %2[%2490] : memref<?xf32>, vector<8xf32>
            %2492 = vector.fma %2392, %2491, %2489 : vector<8xf32>
            vector.store %2492, %3[%2466] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.for %2493 = %1737 to %1743 step %1735 {
          %2494 = arith.muli %2493, %1704 : index
          %2495 = arith.addi %1708, %2494 : index
          %2496 = arith.addi %2493, %21 : index
          %2497 = arith.muli %2496, %1704 : index
          %2498 = arith.addi %1708, %2497 : index
          %2499 = arith.addi %2493, %12 : index
          %2500 = arith.muli %2499, %1704 : index
          %2501 = arith.addi %1708, %2500 : index
          %2502 = arith.constant 3 : index
          %2503 = arith.addi %2493, %2502 : index
          %2504 = arith.muli %2503, %1704 : index
          %2505 = arith.addi %1708, %2504 : index
          %2506 = arith.constant 4 : index
          %2507 = arith.addi %2493, %2506 : index
          %2508 = arith.muli %2507, %1704 : index
          %2509 = arith.addi %1708, %2508 : index
          %2510 = arith.constant 5 : index
          %2511 = arith.addi %2493, %2510 : index
          %2512 = arith.muli %2511, %1704 : index
          %2513 = arith.addi %1708, %2512 : index
          %2514 = arith.constant 6 : index
          %2515 = arith.addi %2493, %2514 : index
          %2516 = arith.muli %2515, %1704 : index
          %2517 = arith.addi %1708, %2516 : index
          %2518 = arith.constant 7 : index
          %2519 = arith.addi %2493, %2518 : index
          %2520 = arith.muli %2519, %1704 : index
          %2521 = arith.addi %1708, %2520 : index
          %2522 = arith.divui %1700, %12 : index
          %2523 = arith.muli %2522, %12 : index
          scf.for %2524 = %20 to %2523 step %12 {
            %2525 = arith.divui %2524, %12 : index
            %2526 = arith.remui %2524, %12 : index
            %2527 = arith.addi %1697, %2525 : index
            %2528 = arith.muli %1695, %12 : index
            %2529 = arith.addi %2528, %2526 : index
            %2530 = arith.muli %1696, %5 : index
            %2531 = arith.addi %2530, %2527 : index
            %2532 = arith.muli %2531, %2506 : index
            %2533 = arith.addi %2532, %2529 : index
            %2534 = arith.muli %2533, %1706 : index
            %2535 = arith.addi %2524, %21 : index
            %2536 = arith.divui %2535, %12 : index
            %2537 = arith.remui %2535, %12 : index
            %2538 = arith.addi %1697, %2536 : index
            %2539 = arith.addi %2528, %2537 : index
            %2540 = arith.addi %2530, %2538 : index
            %2541 = arith.muli %2540, %2506 : index
            %2542 = arith.addi %2541, %2539 : index
            %2543 = arith.muli %2542, %1706 : index
            %2544 = vector.load %0[%2534] : memref<?xf32>, vector<8xf32>
            %2545 = vector.load %0[%2543] : memref<?xf32>, vector<8xf32>
            %2546 = vector.load %1[%2495] : memref<?xf32>, vector<8xf32>
            %2547 = arith.mulf %2544, %2546 : vector<8xf32>
            %2548 = arith.mulf %2545, %2546 : vector<8xf32>
            %2549 = vector.load %1[%2498] : memref<?xf32>, vector<8xf32>
            %2550 = arith.mulf %2544, %2549 : vector<8xf32>
            %2551 = arith.mulf %2545, %2549 : vector<8xf32>
            %2552 = vector.load %1[%2501] : memref<?xf32>, vector<8xf32>
            %2553 = arith.mulf %2544, %2552 : vector<8xf32>
            %2554 = arith.mulf %2545, %2552 : vector<8xf32>
            %2555 = vector.load %1[%2505] : memref<?xf32>, vector<8xf32>
            %2556 = arith.mulf %2544, %2555 : vector<8xf32>
            %2557 = arith.mulf %2545, %2555 : vector<8xf32>
            %2558 = vector.load %1[%2509] : memref<?xf32>, vector<8xf32>
            %2559 = arith.mulf %2544, %2558 : vector<8xf32>
            %2560 = arith.mulf %2545, %2558 : vector<8xf32>
            %2561 = vector.load %1[%2513] : memref<?xf32>, vector<8xf32>
            %2562 = arith.mulf %2544, %2561 : vector<8xf32>
            %2563 = arith.mulf %2545, %2561 : vector<8xf32>
            %2564 = vector.load %1[%2517] : memref<?xf32>, vector<8xf32>
            %2565 = arith.mulf %2544, %2564 : vector<8xf32>
            %2566 = arith.mulf %2545, %2564 : vector<8xf32>
            %2567 = vector.load %1[%2521] : memref<?xf32>, vector<8xf32>
            %2568 = arith.mulf %2544, %2567 : vector<8xf32>
            %2569 = arith.mulf %2545, %2567 : vector<8xf32>
            %2570 = arith.addi %2534, %1735 : index
            %2571 = vector.load %0[%2570] : memref<?xf32>, vector<8xf32>
            %2572 = arith.addi %2543, %1735 : index
            %2573 = vector.load %0[%2572] : memref<?xf32>, vector<8xf32>
            %2574 = arith.addi %2495, %1735 : index
            %2575 = vector.load %1[%2574] : memref<?xf32>, vector<8xf32>
            %2576 = vector.fma %2571, %2575, %2547 : vector<8xf32>
            %2577 = vector.fma %2573, %2575, %2548 : vector<8xf32>
            %2578 = arith.addi %2498, %1735 : index
            %2579 = vector.load %1[%2578] : memref<?xf32>, vector<8xf32>
            %2580 = vector.fma %2571, %2579, %2550 : vector<8xf32>
            %2581 = vector.fma %2573, %2579, %2551 : vector<8xf32>
            %2582 = arith.addi %2501, %1735 : index
            %2583 = vector.load %1[%2582] : memref<?xf32>, vector<8xf32>
            %2584 = vector.fma %2571, %2583, %2553 : vector<8xf32>
            %2585 = vector.fma %2573, %2583, %2554 : vector<8xf32>
            %2586 = arith.addi %2505, %1735 : index
            %2587 = vector.load %1[%2586] : memref<?xf32>, vector<8xf32>
            %2588 = vector.fma %2571, %2587, %2556 : vector<8xf32>
            %2589 = vector.fma %2573, %2587, %2557 : vector<8xf32>
            %2590 = arith.addi %2509, %1735 : index
            %2591 = vector.load %1[%2590] : memref<?xf32>, vector<8xf32>
            %2592 = vector.fma %2571, %2591, %2559 : vector<8xf32>
            %2593 = vector.fma %2573, %2591, %2560 : vector<8xf32>
            %2594 = arith.addi %2513, %1735 : index
            %2595 = vector.load %1[%2594] : memref<?xf32>, vector<8xf32>
            %2596 = vector.fma %2571, %2595, %2562 : vector<8xf32>
            %2597 = vector.fma %2573, %2595, %2563 : vector<8xf32>
            %2598 = arith.addi %2517, %1735 : index
            %2599 = vector.load %1[%2598] : memref<?xf32>, vector<8xf32>
            %2600 = vector.fma %2571, %2599, %2565 : vector<8xf32>
            %2601 = vector.fma %2573, %2599, %2566 : vector<8xf32>
            %2602 = arith.addi %2521, %1735 : index
            %2603 = vector.load %1[%2602] : memref<?xf32>, vector<8xf32>
            %2604 = vector.fma %2571, %2603, %2568 : vector<8xf32>
            %2605 = vector.fma %2573, %2603, %2569 : vector<8xf32>
            %2606 = arith.addi %2534, %10 : index
            %2607 = vector.load %0[%2606] : memref<?xf32>, vector<8xf32>
            %2608 = arith.addi %2543, %10 : index
            %2609 = vector.load %0[%2608] : memref<?xf32>, vector<8xf32>
            %2610 = arith.addi %2495, %10 : index
            %2611 = vector.load %1[%2610] : memref<?xf32>, vector<8xf32>
            %2612 = vector.fma %2607, %2611, %2576 : vector<8xf32>
            %2613 = vector.fma %2609, %2611, %2577 : vector<8xf32>
            %2614 = arith.addi %2498, %10 : index
            %2615 = vector.load %1[%2614] : memref<?xf32>, vector<8xf32>
            %2616 = vector.fma %2607, %2615, %2580 : vector<8xf32>
            %2617 = vector.fma %2609, %2615, %2581 : vector<8xf32>
            %2618 = arith.addi %2501, %10 : index
            %2619 = vector.load %1[%2618] : memref<?xf32>, vector<8xf32>
            %2620 = vector.fma %2607, %2619, %2584 : vector<8xf32>
            %2621 = vector.fma %2609, %2619, %2585 : vector<8xf32>
            %2622 = arith.addi %2505, %10 : index
            %2623 = vector.load %1[%2622] : memref<?xf32>, vector<8xf32>
            %2624 = vector.fma %2607, %2623, %2588 : vector<8xf32>
            %2625 = vector.fma %2609, %2623, %2589 : vector<8xf32>
            %2626 = arith.addi %2509, %10 : index
            %2627 = vector.load %1[%2626] : memref<?xf32>, vector<8xf32>
            %2628 = vector.fma %2607, %2627, %2592 : vector<8xf32>
            %2629 = vector.fma %2609, %2627, %2593 : vector<8xf32>
            %2630 = arith.addi %2513, %10 : index
            %2631 = vector.load %1[%2630] : memref<?xf32>, vector<8xf32>
            %2632 = vector.fma %2607, %2631, %2596 : vector<8xf32>
            %2633 = vector.fma %2609, %2631, %2597 : vector<8xf32>
            %2634 = arith.addi %2517, %10 : index
            %2635 = vector.load %1[%2634] : memref<?xf32>, vector<8xf32>
            %2636 = vector.fma %2607, %2635, %2600 : vector<8xf32>
            %2637 = vector.fma %2609, %2635, %2601 : vector<8xf32>
            %2638 = arith.addi %2521, %10 : index
            %2639 = vector.load %1[%2638] : memref<?xf32>, vector<8xf32>
            %2640 = vector.fma %2607, %2639, %2604 : vector<8xf32>
            %2641 = vector.fma %2609, %2639, %2605 : vector<8xf32>
            %2642 = arith.constant 24 : index
            %2643 = arith.addi %2534, %2642 : index
            %2644 = vector.load %0[%2643] : memref<?xf32>, vector<8xf32>
            %2645 = arith.addi %2543, %2642 : index
            %2646 = vector.load %0[%2645] : memref<?xf32>, vector<8xf32>
            %2647 = arith.addi %2495, %2642 : index
            %2648 = vector.load %1[%2647] : memref<?xf32>, vector<8xf32>
            %2649 = vector.fma %2644, %2648, %2612 : vector<8xf32>
            %2650 = vector.fma %2646, %2648, %2613 : vector<8xf32>
            %2651 = arith.addi %2498, %2642 : index
            %2652 = vector.load %1[%2651] : memref<?xf32>, vector<8xf32>
            %2653 = vector.fma %2644, %2652, %2616 : vector<8xf32>
            %2654 = vector.fma %2646, %2652, %2617 : vector<8xf32>
            %2655 = arith.addi %2501, %2642 : index
            %2656 = vector.load %1[%2655] : memref<?xf32>, vector<8xf32>
            %2657 = vector.fma %2644, %2656, %2620 : vector<8xf32>
            %2658 = vector.fma %2646, %2656, %2621 : vector<8xf32>
            %2659 = arith.addi %2505, %2642 : index
            %2660 = vector.load %1[%2659] : memref<?xf32>, vector<8xf32>
            %2661 = vector.fma %2644, %2660, %2624 : vector<8xf32>
            %2662 = vector.fma %2646, %2660, %2625 : vector<8xf32>
            %2663 = arith.addi %2509, %2642 : index
            %2664 = vector.load %1[%2663] : memref<?xf32>, vector<8xf32>
            %2665 = vector.fma %2644, %2664, %2628 : vector<8xf32>
            %2666 = vector.fma %2646, %2664, %2629 : vector<8xf32>
            %2667 = arith.addi %2513, %2642 : index
            %2668 = vector.load %1[%2667] : memref<?xf32>, vector<8xf32>
            %2669 = vector.fma %2644, %2668, %2632 : vector<8xf32>
            %2670 = vector.fma %2646, %2668, %2633 : vector<8xf32>
            %2671 = arith.addi %2517, %2642 : index
            %2672 = vector.load %1[%2671] : memref<?xf32>, vector<8xf32>
            %2673 = vector.fma %2644, %2672, %2636 : vector<8xf32>
            %2674 = vector.fma %2646, %2672, %2637 : vector<8xf32>
            %2675 = arith.addi %2521, %2642 : index
            %2676 = vector.load %1[%2675] : memref<?xf32>, vector<8xf32>
            %2677 = vector.fma %2644, %2676, %2640 : vector<8xf32>
            %2678 = vector.fma %2646, %2676, %2641 : vector<8xf32>
            %2679 = vector.shuffle %2649, %2653 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2680 = vector.shuffle %2649, %2653 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2681 = arith.addf %2679, %2680 : vector<8xf32>
            %2682 = vector.shuffle %2657, %2661 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2683 = vector.shuffle %2657, %2661 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2684 = arith.addf %2682, %2683 : vector<8xf32>
            %2685 = vector.shuffle %2665, %2669 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2686 = vector.shuffle %2665, %2669 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2687 = arith.addf %2685, %2686 : vector<8xf32>
            %2688 = vector.shuffle %2673, %2677 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2689 = vector.shuffle %2673, %2677 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2690 = arith.addf %2688, %2689 : vector<8xf32>
            %2691 = vector.shuffle %2681, %2684 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2692 = vector.shuffle %2681, %2684 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2693 = arith.addf %2691, %2692 : vector<8xf32>
            %2694 = vector.shuffle %2687, %2690 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2695 = vector.shuffle %2687, %2690 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2696 = arith.addf %2694, %2695 : vector<8xf32>
            %2697 = vector.shuffle %2693, %2696 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %2698 = vector.shuffle %2693, %2696 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %2699 = arith.addf %2697, %2698 : vector<8xf32>
            %2700 = arith.mulf %2699, %1712 : vector<8xf32>
            %2701 = arith.muli %2524, %1735 : index
            vector.store %2700, %1702[%2701] : memref<256xf32>, vector<8xf32>
            %2702 = vector.shuffle %2650, %2654 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2703 = vector.shuffle %2650, %2654 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2704 = arith.addf %2702, %2703 : vector<8xf32>
            %2705 = vector.shuffle %2658, %2662 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2706 = vector.shuffle %2658, %2662 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2707 = arith.addf %2705, %2706 : vector<8xf32>
            %2708 = vector.shuffle %2666, %2670 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2709 = vector.shuffle %2666, %2670 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2710 = arith.addf %2708, %2709 : vector<8xf32>
            %2711 = vector.shuffle %2674, %2678 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2712 = vector.shuffle %2674, %2678 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2713 = arith.addf %2711, %2712 : vector<8xf32>
            %2714 = vector.shuffle %2704, %2707 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2715 = vector.shuffle %2704, %2707 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2716 = arith.addf %2714, %2715 : vector<8xf32>
            %2717 = vector.shuffle %2710, %2713 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2718 = vector.shuffle %2710, %2713 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2719 = arith.addf %2717, %2718 : vector<8xf32>
            %2720 = vector.shuffle %2716, %2719 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %2721 = vector.shuffle %2716, %2719 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %2722 = arith.addf %2720, %2721 : vector<8xf32>
            %2723 = arith.mulf %2722, %1712 : vector<8xf32>
            %2724 = arith.muli %2535, %1735 : index
            vector.store %2723, %1702[%2724] : memref<256xf32>, vector<8xf32>
          }
          scf.for %2725 = %2523 to %1700 step %21 {
            %2726 = arith.divui %2725, %12 : index
            %2727 = arith.remui %2725, %12 : index
            %2728 = arith.addi %1697, %2726 : index
            %2729 = arith.muli %1695, %12 : index
            %2730 = arith.addi %2729, %2727 : index
            %2731 = arith.muli %1696, %5 : index
            %2732 = arith.addi %2731, %2728 : index
            %2733 = arith.muli %2732, %2506 : index
            %2734 = arith.addi %2733, %2730 : index
            %2735 = arith.muli %2734, %1706 : index
            %2736 = vector.load %0[%2735] : memref<?xf32>, vector<8xf32>
            %2737 = vector.load %1[%2495] : memref<?xf32>, vector<8xf32>
            %2738 = arith.mulf %2736, %2737 : vector<8xf32>
            %2739 = vector.load %1[%2498] : memref<?xf32>, vector<8xf32>
            %2740 = arith.mulf %2736, %2739 : vector<8xf32>
            %2741 = vector.load %1[%2501] : memref<?xf32>, vector<8xf32>
            %2742 = arith.mulf %2736, %2741 : vector<8xf32>
            %2743 = vector.load %1[%2505] : memref<?xf32>, vector<8xf32>
            %2744 = arith.mulf %2736, %2743 : vector<8xf32>
            %2745 = vector.load %1[%2509] : memref<?xf32>, vector<8xf32>
            %2746 = arith.mulf %2736, %2745 : vector<8xf32>
            %2747 = vector.load %1[%2513] : memref<?xf32>, vector<8xf32>
            %2748 = arith.mulf %2736, %2747 : vector<8xf32>
            %2749 = vector.load %1[%2517] : memref<?xf32>, vector<8xf32>
            %2750 = arith.mulf %2736, %2749 : vector<8xf32>
            %2751 = vector.load %1[%2521] : memref<?xf32>, vector<8xf32>
            %2752 = arith.mulf %2736, %2751 : vector<8xf32>
            %2753 = arith.addi %2735, %1735 : index
            %2754 = vector.load %0[%2753] : memref<?xf32>, vector<8xf32>
            %2755 = arith.addi %2495, %1735 : index
            %2756 = vector.load %1[%2755] : memref<?xf32>, vector<8xf32>
            %2757 = vector.fma %2754, %2756, %2738 : vector<8xf32>
            %2758 = arith.addi %2498, %1735 : index
            %2759 = vector.load %1[%2758] : memref<?xf32>, vector<8xf32>
            %2760 = vector.fma %2754, %2759, %2740 : vector<8xf32>
            %2761 = arith.addi %2501, %1735 : index
            %2762 = vector.load %1[%2761] : memref<?xf32>, vector<8xf32>
            %2763 = vector.fma %2754, %2762, %2742 : vector<8xf32>
            %2764 = arith.addi %2505, %1735 : index
            %2765 = vector.load %1[%2764] : memref<?xf32>, vector<8xf32>
            %2766 = vector.fma %2754, %2765, %2744 : vector<8xf32>
            %2767 = arith.addi %2509, %1735 : index
            %2768 = vector.load %1[%2767] : memref<?xf32>, vector<8xf32>
            %2769 = vector.fma %2754, %2768, %2746 : vector<8xf32>
            %2770 = arith.addi %2513, %1735 : index
            %2771 = vector.load %1[%2770] : memref<?xf32>, vector<8xf32>
            %2772 = vector.fma %2754, %2771, %2748 : vector<8xf32>
            %2773 = arith.addi %2517, %1735 : index
            %2774 = vector.load %1[%2773] : memref<?xf32>, vector<8xf32>
            %2775 = vector.fma %2754, %2774, %2750 : vector<8xf32>
            %2776 = arith.addi %2521, %1735 : index
            %2777 = vector.load %1[%2776] : memref<?xf32>, vector<8xf32>
            %2778 = vector.fma %2754, %2777, %2752 : vector<8xf32>
            %2779 = arith.addi %2735, %10 : index
            %2780 = vector.load %0[%2779] : memref<?xf32>, vector<8xf32>
            %2781 = arith.addi %2495, %10 : index
            %2782 = vector.load %1[%2781] : memref<?xf32>, vector<8xf32>
            %2783 = vector.fma %2780, %2782, %2757 : vector<8xf32>
            %2784 = arith.addi %2498, %10 : index
            %2785 = vector.load %1[%2784] : memref<?xf32>, vector<8xf32>
            %2786 = vector.fma %2780, %2785, %2760 : vector<8xf32>
            %2787 = arith.addi %2501, %10 : index
            %2788 = vector.load %1[%2787] : memref<?xf32>, vector<8xf32>
            %2789 = vector.fma %2780, %2788, %2763 : vector<8xf32>
            %2790 = arith.addi %2505, %10 : index
            %2791 = vector.load %1[%2790] : memref<?xf32>, vector<8xf32>
            %2792 = vector.fma %2780, %2791, %2766 : vector<8xf32>
            %2793 = arith.addi %2509, %10 : index
            %2794 = vector.load %1[%2793] : memref<?xf32>, vector<8xf32>
            %2795 = vector.fma %2780, %2794, %2769 : vector<8xf32>
            %2796 = arith.addi %2513, %10 : index
            %2797 = vector.load %1[%2796] : memref<?xf32>, vector<8xf32>
            %2798 = vector.fma %2780, %2797, %2772 : vector<8xf32>
            %2799 = arith.addi %2517, %10 : index
            %2800 = vector.load %1[%2799] : memref<?xf32>, vector<8xf32>
            %2801 = vector.fma %2780, %2800, %2775 : vector<8xf32>
            %2802 = arith.addi %2521, %10 : index
            %2803 = vector.load %1[%2802] : memref<?xf32>, vector<8xf32>
            %2804 = vector.fma %2780, %2803, %2778 : vector<8xf32>
            %2805 = arith.constant 24 : index
            %2806 = arith.addi %2735, %2805 : index
            %2807 = vector.load %0[%2806] : memref<?xf32>, vector<8xf32>
            %2808 = arith.addi %2495, %2805 : index
            %2809 = vector.load %1[%2808] : memref<?xf32>, vector<8xf32>
            %2810 = vector.fma %2807, %2809, %2783 : vector<8xf32>
            %2811 = arith.addi %2498, %2805 : index
            %2812 = vector.load %1[%2811] : memref<?xf32>, vector<8xf32>
            %2813 = vector.fma %2807, %2812, %2786 : vector<8xf32>
            %2814 = arith.addi %2501, %2805 : index
            %2815 = vector.load %1[%2814] : memref<?xf32>, vector<8xf32>
            %2816 = vector.fma %2807, %2815, %2789 : vector<8xf32>
            %2817 = arith.addi %2505, %2805 : index
            %2818 = vector.load %1[%2817] : memref<?xf32>, vector<8xf32>
            %2819 = vector.fma %2807, %2818, %2792 : vector<8xf32>
            %2820 = arith.addi %2509, %2805 : index
            %2821 = vector.load %1[%2820] : memref<?xf32>, vector<8xf32>
            %2822 = vector.fma %2807, %2821, %2795 : vector<8xf32>
            %2823 = arith.addi %2513, %2805 : index
            %2824 = vector.load %1[%2823] : memref<?xf32>, vector<8xf32>
            %2825 = vector.fma %2807, %2824, %2798 : vector<8xf32>
            %2826 = arith.addi %2517, %2805 : index
            %2827 = vector.load %1[%2826] : memref<?xf32>, vector<8xf32>
            %2828 = vector.fma %2807, %2827, %2801 : vector<8xf32>
            %2829 = arith.addi %2521, %2805 : index
            %2830 = vector.load %1[%2829] : memref<?xf32>, vector<8xf32>
            %2831 = vector.fma %2807, %2830, %2804 : vector<8xf32>
            %2832 = vector.shuffle %2810, %2813 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2833 = vector.shuffle %2810, %2813 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2834 = arith.addf %2832, %2833 : vector<8xf32>
            %2835 = vector.shuffle %2816, %2819 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2836 = vector.shuffle %2816, %2819 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2837 = arith.addf %2835, %2836 : vector<8xf32>
            %2838 = vector.shuffle %2822, %2825 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2839 = vector.shuffle %2822, %2825 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2840 = arith.addf %2838, %2839 : vector<8xf32>
            %2841 = vector.shuffle %2828, %2831 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2842 = vector.shuffle %2828, %2831 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2843 = arith.addf %2841, %2842 : vector<8xf32>
            %2844 = vector.shuffle %2834, %2837 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2845 = vector.shuffle %2834, %2837 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2846 = arith.addf %2844, %2845 : vector<8xf32>
            %2847 = vector.shuffle %2840, %2843 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2848 = vector.shuffle %2840, %2843 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2849 = arith.addf %2847, %2848 : vector<8xf32>
            %2850 = vector.shuffle %2846, %2849 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %2851 = vector.shuffle %2846, %2849 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %2852 = arith.addf %2850, %2851 : vector<8xf32>
            %2853 = arith.mulf %2852, %1712 : vector<8xf32>
            %2854 = arith.muli %2725, %1735 : index
            vector.store %2853, %1702[%2854] : memref<256xf32>, vector<8xf32>
          }
          scf.for %2855 = %20 to %1700 step %21 {
            %2856 = arith.muli %2855, %1735 : index
            %2857 = vector.load %1702[%2856] : memref<256xf32>, vector<8xf32>
            %2858 = arith.divui %2855, %12 : index
            %2859 = arith.remui %2855, %12 : index
            %2860 = arith.addi %1697, %2858 : index
            %2861 = arith.muli %1695, %12 : index
            %2862 = arith.addi %2861, %2859 : index
            %2863 = arith.muli %1696, %5 : index
            %2864 = arith.addi %2863, %2860 : index
            %2865 = arith.muli %2864, %2506 : index
            %2866 = arith.addi %2865, %2862 : index
            %2867 = arith.addi %15, %2860 : index
            %2868 = arith.addi %2867, %21 : index
            %2869 = arith.subi %2868, %2493 : index
            %2870 = arith.index_cast %2869 : index to i64
            %2871 = arith.sitofp %2870 : i64 to f32
            %2872 = vector.broadcast %2871 : f32 to vector<8xf32>
            %2873 = arith.cmpf olt, %1713, %2872 : vector<8xf32>
            %2874 = arith.constant -1.000000e+30 : f32
            %2875 = vector.broadcast %2874 : f32 to vector<8xf32>
            %2876 = arith.select %2873, %2857, %2875 : vector<8xf32>
            %2877 = memref.load %1701[%2855] : memref<96xf32>
            %2878 = vector.reduction <maxnumf>, %2876 : vector<8xf32> into f32
            %2879 = arith.cmpf ogt, %2877, %2878 : f32
            %2880 = arith.select %2879, %2877, %2878 : f32
            %2881 = vector.broadcast %2880 : f32 to vector<8xf32>
            %2882 = arith.subf %2876, %2881 : vector<8xf32>
            %2883 = arith.constant -8.700000e+01 : f32
            %2884 = vector.broadcast %2883 : f32 to vector<8xf32>
            %2885 = arith.cmpf ogt, %2882, %2884 : vector<8xf32>
            %2886 = arith.select %2885, %2882, %2884 : vector<8xf32>
            %2887 = arith.constant 8.800000e+01 : f32
            %2888 = vector.broadcast %2887 : f32 to vector<8xf32>
            %2889 = arith.cmpf olt, %2886, %2888 : vector<8xf32>
            %2890 = arith.select %2889, %2886, %2888 : vector<8xf32>
            %2891 = math.exp %2890 : vector<8xf32>
            %2892 = arith.select %2873, %2891, %1710 : vector<8xf32>
            %2893 = arith.subf %2877, %2880 : f32
            %2894 = vector.broadcast %2893 : f32 to vector<8xf32>
            %2895 = arith.cmpf ogt, %2894, %2884 : vector<8xf32>
            %2896 = arith.select %2895, %2894, %2884 : vector<8xf32>
            %2897 = arith.cmpf olt, %2896, %2888 : vector<8xf32>
            %2898 = arith.select %2897, %2896, %2888 : vector<8xf32>
            %2899 = math.exp %2898 : vector<8xf32>
            %2900 = vector.extract %2899[0] : f32 from vector<8xf32>
            vector.store %2892, %1702[%2856] : memref<256xf32>, vector<8xf32>
            memref.store %2880, %1701[%2855] : memref<96xf32>
            %2901 = arith.addi %2855, %1706 : index
            %2902 = memref.load %1701[%2901] : memref<96xf32>
            %2903 = arith.mulf %2902, %2900 : f32
            %2904 = vector.reduction <add>, %2892 : vector<8xf32> into f32
            %2905 = arith.addf %2903, %2904 : f32
            memref.store %2905, %1701[%2901] : memref<96xf32>
            %2906 = arith.addi %2855, %1704 : index
            memref.store %2900, %1701[%2906] : memref<96xf32>
          }
          scf.for %2907 = %20 to %2523 step %12 {
            %2908 = arith.addi %2907, %21 : index
            %2909 = arith.divui %2907, %12 : index
            %2910 = arith.remui %2907, %12 : index
            %2911 = arith.addi %1697, %2909 : index
            %2912 = arith.muli %1695, %12 : index
            %2913 = arith.addi %2912, %2910 : index
            %2914 = arith.muli %1696, %5 : index
            %2915 = arith.addi %2914, %2911 : index
            %2916 = arith.muli %2915, %2506 : index
            %2917 = arith.addi %2916, %2913 : index
            %2918 = arith.muli %2917, %1706 : index
            %2919 = arith.divui %2908, %12 : index
            %2920 = arith.remui %2908, %12 : index
            %2921 = arith.addi %1697, %2919 : index
            %2922 = arith.addi %2912, %2920 : index
            %2923 = arith.addi %2914, %2921 : index
            %2924 = arith.muli %2923, %2506 : index
            %2925 = arith.addi %2924, %2922 : index
            %2926 = arith.muli %2925, %1706 : index
            %2927 = arith.addi %2907, %1704 : index
            %2928 = memref.load %1701[%2927] : memref<96xf32>
            %2929 = vector.broadcast %2928 : f32 to vector<8xf32>
            %2930 = arith.addi %2908, %1704 : index
            %2931 = memref.load %1701[%2930] : memref<96xf32>
            %2932 = vector.broadcast %2931 : f32 to vector<8xf32>
            %2933 = arith.muli %2907, %1735 : index
            %2934 = memref.load %1702[%2933] : memref<256xf32>
            %2935 = vector.broadcast %2934 : f32 to vector<8xf32>
            %2936 = arith.addi %2933, %21 : index
            %2937 = memref.load %1702[%2936] : memref<256xf32>
            %2938 = vector.broadcast %2937 : f32 to vector<8xf32>
            %2939 = arith.addi %2933, %12 : index
            %2940 = memref.load %1702[%2939] : memref<256xf32>
            %2941 = vector.broadcast %2940 : f32 to vector<8xf32>
            %2942 = arith.addi %2933, %2502 : index
            %2943 = memref.load %1702[%2942] : memref<256xf32>
            %2944 = vector.broadcast %2943 : f32 to vector<8xf32>
            %2945 = arith.addi %2933, %2506 : index
            %2946 = memref.load %1702[%2945] : memref<256xf32>
            %2947 = vector.broadcast %2946 : f32 to vector<8xf32>
            %2948 = arith.addi %2933, %2510 : index
            %2949 = memref.load %1702[%2948] : memref<256xf32>
            %2950 = vector.broadcast %2949 : f32 to vector<8xf32>
            %2951 = arith.addi %2933, %2514 : index
            %2952 = memref.load %1702[%2951] : memref<256xf32>
            %2953 = vector.broadcast %2952 : f32 to vector<8xf32>
            %2954 = arith.addi %2933, %2518 : index
            %2955 = memref.load %1702[%2954] : memref<256xf32>
            %2956 = vector.broadcast %2955 : f32 to vector<8xf32>
            %2957 = arith.muli %2908, %1735 : index
            %2958 = memref.load %1702[%2957] : memref<256xf32>
            %2959 = vector.broadcast %2958 : f32 to vector<8xf32>
            %2960 = arith.addi %2957, %21 : index
            %2961 = memref.load %1702[%2960] : memref<256xf32>
            %2962 = vector.broadcast %2961 : f32 to vector<8xf32>
            %2963 = arith.addi %2957, %12 : index
            %2964 = memref.load %1702[%2963] : memref<256xf32>
            %2965 = vector.broadcast %2964 : f32 to vector<8xf32>
            %2966 = arith.addi %2957, %2502 : index
            %2967 = memref.load %1702[%2966] : memref<256xf32>
            %2968 = vector.broadcast %2967 : f32 to vector<8xf32>
            %2969 = arith.addi %2957, %2506 : index
            %2970 = memref.load %1702[%2969] : memref<256xf32>
            %2971 = vector.broadcast %2970 : f32 to vector<8xf32>
            %2972 = arith.addi %2957, %2510 : index
            %2973 = memref.load %1702[%2972] : memref<256xf32>
            %2974 = vector.broadcast %2973 : f32 to vector<8xf32>
            %2975 = arith.addi %2957, %2514 : index
            %2976 = memref.load %1702[%2975] : memref<256xf32>
            %2977 = vector.broadcast %2976 : f32 to vector<8xf32>
            %2978 = arith.addi %2957, %2518 : index
            %2979 = memref.load %1702[%2978] : memref<256xf32>
            %2980 = vector.broadcast %2979 : f32 to vector<8xf32>
            %2981 = vector.load %3[%2918] : memref<?xf32>, vector<8xf32>
            %2982 = arith.mulf %2981, %2929 : vector<8xf32>
            %2983 = vector.load %3[%2926] : memref<?xf32>, vector<8xf32>
            %2984 = arith.mulf %2983, %2932 : vector<8xf32>
            %2985 = vector.load %2[%2495] : memref<?xf32>, vector<8xf32>
            %2986 = vector.fma %2935, %2985, %2982 : vector<8xf32>
            %2987 = vector.fma %2959, %2985, %2984 : vector<8xf32>
            %2988 = vector.load %2[%2498] : memref<?xf32>, vector<8xf32>
            %2989 = vector.fma %2938, %2988, %2986 : vector<8xf32>
            %2990 = vector.fma %2962, %2988, %2987 : vector<8xf32>
            %2991 = vector.load %2[%2501] : memref<?xf32>, vector<8xf32>
            %2992 = vector.fma %2941, %2991, %2989 : vector<8xf32>
            %2993 = vector.fma %2965, %2991, %2990 : vector<8xf32>
            %2994 = vector.load %2[%2505] : memref<?xf32>, vector<8xf32>
            %2995 = vector.fma %2944, %2994, %2992 : vector<8xf32>
            %2996 = vector.fma %2968, %2994, %2993 : vector<8xf32>
            %2997 = vector.load %2[%2509] : memref<?xf32>, vector<8xf32>
            %2998 = vector.fma %2947, %2997, %2995 : vector<8xf32>
            %2999 = vector.fma %2971, %2997, %2996 : vector<8xf32>
            %3000 = vector.load %2[%2513] : memref<?xf32>, vector<8xf32>
            %3001 = vector.fma %2950, %3000, %2998 : vector<8xf32>
            %3002 = vector.fma %2974, %3000, %2999 : vector<8xf32>
            %3003 = vector.load %2[%2517] : memref<?xf32>, vector<8xf32>
            %3004 = vector.fma %2953, %3003, %3001 : vector<8xf32>
            %3005 = vector.fma %2977, %3003, %3002 : vector<8xf32>
            %3006 = vector.load %2[%2521] : memref<?xf32>, vector<8xf32>
            %3007 = vector.fma %2956, %3006, %3004 : vector<8xf32>
            %3008 = vector.fma %2980, %3006, %3005 : vector<8xf32>
            vector.store %3007, %3[%2918] : memref<?xf32>, vector<8xf32>
            vector.store %3008, %3[%2926] : memref<?xf32>, vector<8xf32>
            %3009 = arith.addi %2918, %1735 : index
            %3010 = arith.addi %2926, %1735 : index
            %3011 = vector.load %3[%3009] : memref<?xf32>, vector<8xf32>
            %3012 = arith.mulf %3011, %2929 : vector<8xf32>
            %3013 = vector.load %3[%3010] : memref<?xf32>, vector<8xf32>
            %3014 = arith.mulf %3013, %2932 : vector<8xf32>
            %3015 = arith.addi %2495, %1735 : index
            %3016 = vector.load %2[%3015] : memref<?xf32>, vector<8xf32>
            %3017 = vector.fma %2935, %3016, %3012 : vector<8xf32>
            %3018 = vector.fma %2959, %3016, %3014 : vector<8xf32>
            %3019 = arith.addi %2498, %1735 : index
            %3020 = vector.load %2[%3019] : memref<?xf32>, vector<8xf32>
            %3021 = vector.fma %2938, %3020, %3017 : vector<8xf32>
            %3022 = vector.fma %2962, %3020, %3018 : vector<8xf32>
            %3023 = arith.addi %2501, %1735 : index
            %3024 = vector.load %2[%3023] : memref<?xf32>, vector<8xf32>
            %3025 = vector.fma %2941, %3024, %3021 : vector<8xf32>
            %3026 = vector.fma %2965, %3024, %3022 : vector<8xf32>
            %3027 = arith.addi %2505, %1735 : index
            %3028 = vector.load %2[%3027] : memref<?xf32>, vector<8xf32>
            %3029 = vector.fma %2944, %3028, %3025 : vector<8xf32>
            %3030 = vector.fma %2968, %3028, %3026 : vector<8xf32>
            %3031 = arith.addi %2509, %1735 : index
            %3032 = vector.load %2[%3031] : memref<?xf32>, vector<8xf32>
            %3033 = vector.fma %2947, %3032, %3029 : vector<8xf32>
            %3034 = vector.fma %2971, %3032, %3030 : vector<8xf32>
            %3035 = arith.addi %2513, %1735 : index
            %3036 = vector.load %2[%3035] : memref<?xf32>, vector<8xf32>
            %3037 = vector.fma %2950, %3036, %3033 : vector<8xf32>
            %3038 = vector.fma %2974, %3036, %3034 : vector<8xf32>
            %3039 = arith.addi %2517, %1735 : index
            %3040 = vector.load %2[%3039] : memref<?xf32>, vector<8xf32>
            %3041 = vector.fma %2953, %3040, %3037 : vector<8xf32>
            %3042 = vector.fma %2977, %3040, %3038 : vector<8xf32>
            %3043 = arith.addi %2521, %1735 : index
            %3044 = vector.load %2[%3043] : memref<?xf32>, vector<8xf32>
            %3045 = vector.fma %2956, %3044, %3041 : vector<8xf32>
            %3046 = vector.fma %2980, %3044, %3042 : vector<8xf32>
            vector.store %3045, %3[%3009] : memref<?xf32>, vector<8xf32>
            vector.store %3046, %3[%3010] : memref<?xf32>, vector<8xf32>
            %3047 = arith.addi %2918, %10 : index
            %3048 = arith.addi %2926, %10 : index
            %3049 = vector.load %3[%3047] : memref<?xf32>, vector<8xf32>
            %3050 = arith.mulf %3049, %2929 : vector<8xf32>
            %3051 = vector.load %3[%3048] : memref<?xf32>, vector<8xf32>
            %3052 = arith.mulf %3051, %2932 : vector<8xf32>
            %3053 = arith.addi %2495, %10 : index
            %3054 = vector.load %2[%3053] : memref<?xf32>, vector<8xf32>
            %3055 = vector.fma %2935, %3054, %3050 : vector<8xf32>
            %3056 = vector.fma %2959, %3054, %3052 : vector<8xf32>
            %3057 = arith.addi %2498, %10 : index
            %3058 = vector.load %2[%3057] : memref<?xf32>, vector<8xf32>
            %3059 = vector.fma %2938, %3058, %3055 : vector<8xf32>
            %3060 = vector.fma %2962, %3058, %3056 : vector<8xf32>
            %3061 = arith.addi %2501, %10 : index
            %3062 = vector.load %2[%3061] : memref<?xf32>, vector<8xf32>
            %3063 = vector.fma %2941, %3062, %3059 : vector<8xf32>
            %3064 = vector.fma %2965, %3062, %3060 : vector<8xf32>
            %3065 = arith.addi %2505, %10 : index
            %3066 = vector.load %2[%3065] : memref<?xf32>, vector<8xf32>
            %3067 = vector.fma %2944, %3066, %3063 : vector<8xf32>
            %3068 = vector.fma %2968, %3066, %3064 : vector<8xf32>
            %3069 = arith.addi %2509, %10 : index
            %3070 = vector.load %2[%3069] : memref<?xf32>, vector<8xf32>
            %3071 = vector.fma %2947, %3070, %3067 : vector<8xf32>
            %3072 = vector.fma %2971, %3070, %3068 : vector<8xf32>
            %3073 = arith.addi %2513, %10 : index
            %3074 = vector.load %2[%3073] : memref<?xf32>, vector<8xf32>
            %3075 = vector.fma %2950, %3074, %3071 : vector<8xf32>
            %3076 = vector.fma %2974, %3074, %3072 : vector<8xf32>
            %3077 = arith.addi %2517, %10 : index
            %3078 = vector.load %2[%3077] : memref<?xf32>, vector<8xf32>
            %3079 = vector.fma %2953, %3078, %3075 : vector<8xf32>
            %3080 = vector.fma %2977, %3078, %3076 : vector<8xf32>
            %3081 = arith.addi %2521, %10 : index
            %3082 = vector.load %2[%3081] : memref<?xf32>, vector<8xf32>
            %3083 = vector.fma %2956, %3082, %3079 : vector<8xf32>
            %3084 = vector.fma %2980, %3082, %3080 : vector<8xf32>
            vector.store %3083, %3[%3047] : memref<?xf32>, vector<8xf32>
            vector.store %3084, %3[%3048] : memref<?xf32>, vector<8xf32>
            %3085 = arith.constant 24 : index
            %3086 = arith.addi %2918, %3085 : index
            %3087 = arith.addi %2926, %3085 : index
            %3088 = vector.load %3[%3086] : memref<?xf32>, vector<8xf32>
            %3089 = arith.mulf %3088, %2929 : vector<8xf32>
            %3090 = vector.load %3[%3087] : memref<?xf32>, vector<8xf32>
            %3091 = arith.mulf %3090, %2932 : vector<8xf32>
            %3092 = arith.addi %2495, %3085 : index
            %3093 = vector.load %2[%3092] : memref<?xf32>, vector<8xf32>
            %3094 = vector.fma %2935, %3093, %3089 : vector<8xf32>
            %3095 = vector.fma %2959, %3093, %3091 : vector<8xf32>
            %3096 = arith.addi %2498, %3085 : index
            %3097 = vector.load %2[%3096] : memref<?xf32>, vector<8xf32>
            %3098 = vector.fma %2938, %3097, %3094 : vector<8xf32>
            %3099 = vector.fma %2962, %3097, %3095 : vector<8xf32>
            %3100 = arith.addi %2501, %3085 : index
            %3101 = vector.load %2[%3100] : memref<?xf32>, vector<8xf32>
            %3102 = vector.fma %2941, %3101, %3098 : vector<8xf32>
            %3103 = vector.fma %2965, %3101, %3099 : vector<8xf32>
            %3104 = arith.addi %2505, %3085 : index
            %3105 = vector.load %2[%3104] : memref<?xf32>, vector<8xf32>
            %3106 = vector.fma %2944, %3105, %3102 : vector<8xf32>
            %3107 = vector.fma %2968, %3105, %3103 : vector<8xf32>
            %3108 = arith.addi %2509, %3085 : index
            %3109 = vector.load %2[%3108] : memref<?xf32>, vector<8xf32>
            %3110 = vector.fma %2947, %3109, %3106 : vector<8xf32>
            %3111 = vector.fma %2971, %3109, %3107 : vector<8xf32>
            %3112 = arith.addi %2513, %3085 : index
            %3113 = vector.load %2[%3112] : memref<?xf32>, vector<8xf32>
            %3114 = vector.fma %2950, %3113, %3110 : vector<8xf32>
            %3115 = vector.fma %2974, %3113, %3111 : vector<8xf32>
            %3116 = arith.addi %2517, %3085 : index
            %3117 = vector.load %2[%3116] : memref<?xf32>, vector<8xf32>
            %3118 = vector.fma %2953, %3117, %3114 : vector<8xf32>
            %3119 = vector.fma %2977, %3117, %3115 : vector<8xf32>
            %3120 = arith.addi %2521, %3085 : index
            %3121 = vector.load %2[%3120] : memref<?xf32>, vector<8xf32>
            %3122 = vector.fma %2956, %3121, %3118 : vector<8xf32>
            %3123 = vector.fma %2980, %3121, %3119 : vector<8xf32>
            vector.store %3122, %3[%3086] : memref<?xf32>, vector<8xf32>
            vector.store %3123, %3[%3087] : memref<?xf32>, vector<8xf32>
          }
          scf.for %3124 = %2523 to %1700 step %21 {
            %3125 = arith.divui %3124, %12 : index
            %3126 = arith.remui %3124, %12 : index
            %3127 = arith.addi %1697, %3125 : index
            %3128 = arith.muli %1695, %12 : index
            %3129 = arith.addi %3128, %3126 : index
            %3130 = arith.muli %1696, %5 : index
            %3131 = arith.addi %3130, %3127 : index
            %3132 = arith.muli %3131, %2506 : index
            %3133 = arith.addi %3132, %3129 : index
            %3134 = arith.muli %3133, %1706 : index
            %3135 = arith.addi %3124, %1704 : index
            %3136 = memref.load %1701[%3135] : memref<96xf32>
            %3137 = vector.broadcast %3136 : f32 to vector<8xf32>
            %3138 = arith.muli %3124, %1735 : index
            %3139 = memref.load %1702[%3138] : memref<256xf32>
            %3140 = vector.broadcast %3139 : f32 to vector<8xf32>
            %3141 = arith.addi %3138, %21 : index
            %3142 = memref.load %1702[%3141] : memref<256xf32>
            %3143 = vector.broadcast %3142 : f32 to vector<8xf32>
            %3144 = arith.addi %3138, %12 : index
            %3145 = memref.load %1702[%3144] : memref<256xf32>
            %3146 = vector.broadcast %3145 : f32 to vector<8xf32>
            %3147 = arith.addi %3138, %2502 : index
            %3148 = memref.load %1702[%3147] : memref<256xf32>
            %3149 = vector.broadcast %3148 : f32 to vector<8xf32>
            %3150 = arith.addi %3138, %2506 : index
            %3151 = memref.load %1702[%3150] : memref<256xf32>
            %3152 = vector.broadcast %3151 : f32 to vector<8xf32>
            %3153 = arith.addi %3138, %2510 : index
            %3154 = memref.load %1702[%3153] : memref<256xf32>
            %3155 = vector.broadcast %3154 : f32 to vector<8xf32>
            %3156 = arith.addi %3138, %2514 : index
            %3157 = memref.load %1702[%3156] : memref<256xf32>
            %3158 = vector.broadcast %3157 : f32 to vector<8xf32>
            %3159 = arith.addi %3138, %2518 : index
            %3160 = memref.load %1702[%3159] : memref<256xf32>
            %3161 = vector.broadcast %3160 : f32 to vector<8xf32>
            %3162 = vector.load %3[%3134] : memref<?xf32>, vector<8xf32>
            %3163 = arith.mulf %3162, %3137 : vector<8xf32>
            %3164 = vector.load %2[%2495] : memref<?xf32>, vector<8xf32>
            %3165 = vector.fma %3140, %3164, %3163 : vector<8xf32>
            %3166 = vector.load %2[%2498] : memref<?xf32>, vector<8xf32>
            %3167 = vector.fma %3143, %3166, %3165 : vector<8xf32>
            %3168 = vector.load %2[%2501] : memref<?xf32>, vector<8xf32>
            %3169 = vector.fma %3146, %3168, %3167 : vector<8xf32>
            %3170 = vector.load %2[%2505] : memref<?xf32>, vector<8xf32>
            %3171 = vector.fma %3149, %3170, %3169 : vector<8xf32>
            %3172 = vector.load %2[%2509] : memref<?xf32>, vector<8xf32>
            %3173 = vector.fma %3152, %3172, %3171 : vector<8xf32>
            %3174 = vector.load %2[%2513] : memref<?xf32>, vector<8xf32>
            %3175 = vector.fma %3155, %3174, %3173 : vector<8xf32>
            %3176 = vector.load %2[%2517] : memref<?xf32>, vector<8xf32>
            %3177 = vector.fma %3158, %3176, %3175 : vector<8xf32>
            %3178 = vector.load %2[%2521] : memref<?xf32>, vector<8xf32>
            %3179 = vector.fma %3161, %3178, %3177 : vector<8xf32>
            vector.store %3179, %3[%3134] : memref<?xf32>, vector<8xf32>
            %3180 = arith.addi %3134, %1735 : index
            %3181 = vector.load %3[%3180] : memref<?xf32>, vector<8xf32>
            %3182 = arith.mulf %3181, %3137 : vector<8xf32>
            %3183 = arith.addi %2495, %1735 : index
            %3184 = vector.load %2[%3183] : memref<?xf32>, vector<8xf32>
            %3185 = vector.fma %3140, %3184, %3182 : vector<8xf32>
            %3186 = arith.addi %2498, %1735 : index
            %3187 = vector.load %2[%3186] : memref<?xf32>, vector<8xf32>
            %3188 = vector.fma %3143, %3187, %3185 : vector<8xf32>
            %3189 = arith.addi %2501, %1735 : index
            %3190 = vector.load %2[%3189] : memref<?xf32>, vector<8xf32>
            %3191 = vector.fma %3146, %3190, %3188 : vector<8xf32>
            %3192 = arith.addi %2505, %1735 : index
            %3193 = vector.load %2[%3192] : memref<?xf32>, vector<8xf32>
            %3194 = vector.fma %3149, %3193, %3191 : vector<8xf32>
            %3195 = arith.addi %2509, %1735 : index
            %3196 = vector.load %2[%3195] : memref<?xf32>, vector<8xf32>
            %3197 = vector.fma %3152, %3196, %3194 : vector<8xf32>
            %3198 = arith.addi %2513, %1735 : index
            %3199 = vector.load %2[%3198] : memref<?xf32>, vector<8xf32>
            %3200 = vector.fma %3155, %3199, %3197 : vector<8xf32>
            %3201 = arith.addi %2517, %1735 : index
            %3202 = vector.load %2[%3201] : memref<?xf32>, vector<8xf32>
            %3203 = vector.fma %3158, %3202, %3200 : vector<8xf32>
            %3204 = arith.addi %2521, %1735 : index
            %3205 = vector.load %2[%3204] : memref<?xf32>, vector<8xf32>
            %3206 = vector.fma %3161, %3205, %3203 : vector<8xf32>
            vector.store %3206, %3[%3180] : memref<?xf32>, vector<8xf32>
            %3207 = arith.addi %3134, %10 : index
            %3208 = vector.load %3[%3207] : memref<?xf32>, vector<8xf32>
            %3209 = arith.mulf %3208, %3137 : vector<8xf32>
            %3210 = arith.addi %2495, %10 : index
            %3211 = vector.load %2[%3210] : memref<?xf32>, vector<8xf32>
            %3212 = vector.fma %3140, %3211, %3209 : vector<8xf32>
            %3213 = arith.addi %2498, %10 : index
            %3214 = vector.load %2[%3213] : memref<?xf32>, vector<8xf32>
            %3215 = vector.fma %3143, %3214, %3212 : vector<8xf32>
            %3216 = arith.addi %2501, %10 : index
            %3217 = vector.load %2[%3216] : memref<?xf32>, vector<8xf32>
            %3218 = vector.fma %3146, %3217, %3215 : vector<8xf32>
            %3219 = arith.addi %2505, %10 : index
            %3220 = vector.load %2[%3219] : memref<?xf32>, vector<8xf32>
            %3221 = vector.fma %3149, %3220, %3218 : vector<8xf32>
            %3222 = arith.addi %2509, %10 : index
            %3223 = vector.load %2[%3222] : memref<?xf32>, vector<8xf32>
            %3224 = vector.fma %3152, %3223, %3221 : vector<8xf32>
            %3225 = arith.addi %2513, %10 : index
            %3226 = vector.load %2[%3225] : memref<?xf32>, vector<8xf32>
            %3227 = vector.fma %3155, %3226, %3224 : vector<8xf32>
            %3228 = arith.addi %2517, %10 : index
            %3229 = vector.load %2[%3228] : memref<?xf32>, vector<8xf32>
            %3230 = vector.fma %3158, %3229, %3227 : vector<8xf32>
            %3231 = arith.addi %2521, %10 : index
            %3232 = vector.load %2[%3231] : memref<?xf32>, vector<8xf32>
            %3233 = vector.fma %3161, %3232, %3230 : vector<8xf32>
            vector.store %3233, %3[%3207] : memref<?xf32>, vector<8xf32>
            %3234 = arith.constant 24 : index
            %3235 = arith.addi %3134, %3234 : index
            %3236 = vector.load %3[%3235] : memref<?xf32>, vector<8xf32>
            %3237 = arith.mulf %3236, %3137 : vector<8xf32>
            %3238 = arith.addi %2495, %3234 : index
            %3239 = vector.load %2[%3238] : memref<?xf32>, vector<8xf32>
            %3240 = vector.fma %3140, %3239, %3237 : vector<8xf32>
            %3241 = arith.addi %2498, %3234 : index
            %3242 = vector.load %2[%3241] : memref<?xf32>, vector<8xf32>
            %3243 = vector.fma %3143, %3242, %3240 : vector<8xf32>
            %3244 = arith.addi %2501, %3234 : index
            %3245 = vector.load %2[%3244] : memref<?xf32>, vector<8xf32>
            %3246 = vector.fma %3146, %3245, %3243 : vector<8xf32>
            %3247 = arith.addi %2505, %3234 : index
            %3248 = vector.load %2[%3247] : memref<?xf32>, vector<8xf32>
            %3249 = vector.fma %3149, %3248, %3246 : vector<8xf32>
            %3250 = arith.addi %2509, %3234 : index
            %3251 = vector.load %2[%3250] : memref<?xf32>, vector<8xf32>
            %3252 = vector.fma %3152, %3251, %3249 : vector<8xf32>
            %3253 = arith.addi %2513, %3234 : index
            %3254 = vector.load %2[%3253] : memref<?xf32>, vector<8xf32>
            %3255 = vector.fma %3155, %3254, %3252 : vector<8xf32>
            %3256 = arith.addi %2517, %3234 : index
            %3257 = vector.load %2[%3256] : memref<?xf32>, vector<8xf32>
            %3258 = vector.fma %3158, %3257, %3255 : vector<8xf32>
            %3259 = arith.addi %2521, %3234 : index
            %3260 = vector.load %2[%3259] : memref<?xf32>, vector<8xf32>
            %3261 = vector.fma %3161, %3260, %3258 : vector<8xf32>
            vector.store %3261, %3[%3235] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.for %3262 = %20 to %1700 step %21 {
          %3263 = arith.divui %3262, %12 : index
          %3264 = arith.remui %3262, %12 : index
          %3265 = arith.addi %1697, %3263 : index
          %3266 = arith.muli %1695, %12 : index
          %3267 = arith.addi %3266, %3264 : index
          %3268 = arith.muli %1696, %5 : index
          %3269 = arith.addi %3268, %3265 : index
          %3270 = arith.constant 4 : index
          %3271 = arith.muli %3269, %3270 : index
          %3272 = arith.addi %3271, %3267 : index
          %3273 = arith.muli %3272, %1706 : index
          %3274 = arith.addi %15, %3265 : index
          %3275 = arith.addi %3274, %21 : index
          scf.for %3276 = %1743 to %3275 step %21 {
            %3277 = arith.muli %3276, %1704 : index
            %3278 = arith.addi %1708, %3277 : index
            %3279 = vector.load %0[%3273] : memref<?xf32>, vector<8xf32>
            %3280 = vector.load %1[%3278] : memref<?xf32>, vector<8xf32>
            %3281 = arith.mulf %3279, %3280 : vector<8xf32>
            %3282 = arith.addi %3273, %1735 : index
            %3283 = vector.load %0[%3282] : memref<?xf32>, vector<8xf32>
            %3284 = arith.addi %3278, %1735 : index
            %3285 = vector.load %1[%3284] : memref<?xf32>, vector<8xf32>
            %3286 = arith.mulf %3283, %3285 : vector<8xf32>
            %3287 = arith.addi %3273, %10 : index
            %3288 = vector.load %0[%3287] : memref<?xf32>, vector<8xf32>
            %3289 = arith.addi %3278, %10 : index
            %3290 = vector.load %1[%3289] : memref<?xf32>, vector<8xf32>
            %3291 = vector.fma %3288, %3290, %3281 : vector<8xf32>
            %3292 = arith.constant 24 : index
            %3293 = arith.addi %3273, %3292 : index
            %3294 = vector.load %0[%3293] : memref<?xf32>, vector<8xf32>
            %3295 = arith.addi %3278, %3292 : index
            %3296 = vector.load %1[%3295] : memref<?xf32>, vector<8xf32>
            %3297 = vector.fma %3294, %3296, %3286 : vector<8xf32>
            %3298 = arith.addf %3291, %3297 : vector<8xf32>
            %3299 = vector.reduction <add>, %3298 : vector<8xf32> into f32
            %3300 = arith.mulf %3299, %1711 : f32
            %3301 = memref.load %1701[%3262] : memref<96xf32>
            %3302 = arith.cmpf ogt, %3301, %3300 : f32
            %3303 = arith.select %3302, %3301, %3300 : f32
            %3304 = arith.subf %3301, %3303 : f32
            %3305 = arith.subf %3300, %3303 : f32
            %3306 = vector.broadcast %3305 : f32 to vector<8xf32>
            %3307 = vector.insert %3304, %3306 [1] : f32 into vector<8xf32>
            %3308 = arith.constant -8.700000e+01 : f32
            %3309 = vector.broadcast %3308 : f32 to vector<8xf32>
            %3310 = arith.cmpf ogt, %3307, %3309 : vector<8xf32>
            %3311 = arith.select %3310, %3307, %3309 : vector<8xf32>
            %3312 = arith.constant 8.800000e+01 : f32
            %3313 = vector.broadcast %3312 : f32 to vector<8xf32>
            %3314 = arith.cmpf olt, %3311, %3313 : vector<8xf32>
            %3315 = arith.select %3314, %3311, %3313 : vector<8xf32>
            %3316 = math.exp %3315 : vector<8xf32>
            %3317 = vector.extract %3316[0] : f32 from vector<8xf32>
            %3318 = vector.extract %3316[1] : f32 from vector<8xf32>
            %3319 = vector.broadcast %3317 : f32 to vector<8xf32>
            memref.store %3303, %1701[%3262] : memref<96xf32>
            %3320 = arith.addi %3262, %1706 : index
            %3321 = memref.load %1701[%3320] : memref<96xf32>
            %3322 = arith.mulf %3321, %3318 : f32
            %3323 = arith.addf %3322, %3317 : f32
            memref.store %3323, %1701[%3320] : memref<96xf32>
            %3324 = vector.broadcast %3318 : f32 to vector<8xf32>
            %3325 = vector.load %3[%3273] : memref<?xf32>, vector<8xf32>
            %3326 = arith.mulf %3325, %3324 : vector<8xf32>
            %3327 = vector.load %2[%3278] : memref<?xf32>, vector<8xf32>
            %3328 = vector.fma %3319, %3327, %3326 : vector<8xf32>
            vector.store %3328, %3[%3273] : memref<?xf32>, vector<8xf32>
            %3329 = vector.load %3[%3282] : memref<?xf32>, vector<8xf32>
            %3330 = arith.mulf %3329, %3324 : vector<8xf32>
            %3331 = vector.load %2[%3284] : memref<?xf32>, vector<8xf32>
            %3332 = vector.fma %3319, %3331, %3330 : vector<8xf32>
            vector.store %3332, %3[%3282] : memref<?xf32>, vector<8xf32>
            %3333 = vector.load %3[%3287] : memref<?xf32>, vector<8xf32>
            %3334 = arith.mulf %3333, %3324 : vector<8xf32>
            %3335 = vector.load %2[%3289] : memref<?xf32>, vector<8xf32>
            %3336 = vector.fma %3319, %3335, %3334 : vector<8xf32>
            vector.store %3336, %3[%3287] : memref<?xf32>, vector<8xf32>
            %3337 = vector.load %3[%3293] : memref<?xf32>, vector<8xf32>
            %3338 = arith.mulf %3337, %3324 : vector<8xf32>
            %3339 = vector.load %2[%3295] : memref<?xf32>, vector<8xf32>
            %3340 = vector.fma %3319, %3339, %3338 : vector<8xf32>
            vector.store %3340, %3[%3293] : memref<?xf32>, vector<8xf32>
          }
          %3341 = arith.addi %3262, %1706 : index
          %3342 = memref.load %1701[%3341] : memref<96xf32>
          %3343 = arith.cmpf ogt, %3342, %1709 : f32
          %3344 = arith.constant 1.000000e+00 : f32
          %3345 = arith.divf %3344, %3342 : f32
          %3346 = arith.select %3343, %3345, %1709 : f32
          %3347 = vector.broadcast %3346 : f32 to vector<8xf32>
          %3348 = vector.load %3[%3273] : memref<?xf32>, vector<8xf32>
          %3349 = arith.mulf %3348, %3347 : vector<8xf32>
          vector.store %3349, %3[%3273] : memref<?xf32>, vector<8xf32>
          %3350 = arith.addi %3273, %1735 : index
          %3351 = vector.load %3[%3350] : memref<?xf32>, vector<8xf32>
          %3352 = arith.mulf %3351, %3347 : vector<8xf32>
          vector.store %3352, %3[%3350] : memref<?xf32>, vector<8xf32>
          %3353 = arith.addi %3273, %10 : index
          %3354 = vector.load %3[%3353] : memref<?xf32>, vector<8xf32>
          %3355 = arith.mulf %3354, %3347 : vector<8xf32>
          vector.store %3355, %3[%3353] : memref<?xf32>, vector<8xf32>
          %3356 = arith.constant 24 : index
          %3357 = arith.addi %3273, %3356 : index
          %3358 = vector.load %3[%3357] : memref<?xf32>, vector<8xf32>
          %3359 = arith.mulf %3358, %3347 : vector<8xf32>
          vector.store %3359, %3[%3357] : memref<?xf32>, vector<8xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @embed_h128_v1024_packed16(%0: memref<?xi32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) {
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
  func.func private @gather_last_h128(%0: memref<?xf32>, %1: memref<?xf32>, %2: index, %3: index) {
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
  func.func private @kv_write_d64(%0: memref<?xf32>, %1: memref<?xf32>, %2: index, %3: index, %4: index, %5: index) {
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
  func.func private @linear_k128_n1024(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) {
    %4 = arith.constant 131072 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 509 : index
    %7 = arith.addi %3, %6 : index
    %8 = arith.constant 510 : index
    %9 = arith.divui %7, %8 : index
    %10 = arith.constant 8 : index
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
        %23 = arith.constant 6 : index
        %24 = arith.divui %22, %23 : index
        %25 = arith.muli %24, %23 : index
        %26 = arith.addi %19, %25 : index
        %27 = arith.muli %17, %10 : index
        %28 = arith.addi %27, %10 : index
        scf.for %29 = %27 to %28 step %13 {
          scf.for %30 = %19 to %26 step %23 {
            %31 = arith.addi %30, %13 : index
            %32 = arith.constant 2 : index
            %33 = arith.addi %30, %32 : index
            %34 = arith.constant 3 : index
            %35 = arith.addi %30, %34 : index
            %36 = arith.constant 4 : index
            %37 = arith.addi %30, %36 : index
            %38 = arith.constant 5 : index
            %39 = arith.addi %30, %38 : index
            %40 = arith.constant 16 : index
            %41 = arith.muli %29, %40 : index
            %42 = arith.constant 2048 : index
            %43 = arith.muli %29, %42 : index
            %44 = arith.constant 128 : index
            %45 = arith.muli %30, %44 : index
            %46 = arith.muli %31, %44 : index
            %47 = arith.muli %33, %44 : index
            %48 = arith.muli %35, %44 : index
            %49 = arith.muli %37, %44 : index
            %50 = arith.muli %39, %44 : index
            %51 = arith.constant 0.000000e+00 : f32
            %52 = vector.broadcast %51 : f32 to vector<8xf32>
            %53, %54, %55, %56, %57, %58, %59, %60, %61, %62, %63, %64 = scf.for %65 = %12 to %44 step %13 iter_args(%66 = %52, %67 = %52, %68 = %52, %69 = %52, %70 = %52, %71 = %52, %72 = %52, %73 = %52, %74 = %52, %75 = %52, %76 = %52, %77 = %52) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %78 = arith.muli %65, %40 : index
              %79 = arith.addi %43, %78 : index
              %80 = vector.load %1[%79] : memref<?xf32>, vector<8xf32>
              %81 = arith.addi %79, %10 : index
              %82 = vector.load %1[%81] : memref<?xf32>, vector<8xf32>
              %83 = arith.addi %45, %65 : index
              %84 = memref.load %0[%83] : memref<?xf32>
              %85 = vector.broadcast %84 : f32 to vector<8xf32>
              %86 = vector.fma %85, %80, %66 : vector<8xf32>
              %87 = vector.fma %85, %82, %67 : vector<8xf32>
              %88 = arith.addi %46, %65 : index
              %89 = memref.load %0[%88] : memref<?xf32>
              %90 = vector.broadcast %89 : f32 to vector<8xf32>
              %91 = vector.fma %90, %80, %68 : vector<8xf32>
              %92 = vector.fma %90, %82, %69 : vector<8xf32>
              %93 = arith.addi %47, %65 : index
              %94 = memref.load %0[%93] : memref<?xf32>
              %95 = vector.broadcast %94 : f32 to vector<8xf32>
              %96 = vector.fma %95, %80, %70 : vector<8xf32>
              %97 = vector.fma %95, %82, %71 : vector<8xf32>
              %98 = arith.addi %48, %65 : index
              %99 = memref.load %0[%98] : memref<?xf32>
              %100 = vector.broadcast %99 : f32 to vector<8xf32>
              %101 = vector.fma %100, %80, %72 : vector<8xf32>
              %102 = vector.fma %100, %82, %73 : vector<8xf32>
              %103 = arith.addi %49, %65 : index
              %104 = memref.load %0[%103] : memref<?xf32>
              %105 = vector.broadcast %104 : f32 to vector<8xf32>
              %106 = vector.fma %105, %80, %74 : vector<8xf32>
              %107 = vector.fma %105, %82, %75 : vector<8xf32>
              %108 = arith.addi %50, %65 : index
              %109 = memref.load %0[%108] : memref<?xf32>
              %110 = vector.broadcast %109 : f32 to vector<8xf32>
              %111 = vector.fma %110, %80, %76 : vector<8xf32>
              %112 = vector.fma %110, %82, %77 : vector<8xf32>
              scf.yield %86, %87, %91, %92, %96, %97, %101, %102, %106, %107, %111, %112 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %113 = arith.constant 1024 : index
            %114 = arith.muli %30, %113 : index
            %115 = arith.addi %114, %41 : index
            vector.store %53, %2[%115] : memref<?xf32>, vector<8xf32>
            %116 = arith.addi %115, %10 : index
            vector.store %54, %2[%116] : memref<?xf32>, vector<8xf32>
            %117 = arith.muli %31, %113 : index
            %118 = arith.addi %117, %41 : index
            vector.store %55, %2[%118] : memref<?xf32>, vector<8xf32>
            %119 = arith.addi %118, %10 : index
            vector.store %56, %2[%119] : memref<?xf32>, vector<8xf32>
            %120 = arith.muli %33, %113 : index
            %121 = arith.addi %120, %41 : index
            vector.store %57, %2[%121] : memref<?xf32>, vector<8xf32>
            %122 = arith.addi %121, %10 : index
            vector.store %58, %2[%122] : memref<?xf32>, vector<8xf32>
            %123 = arith.muli %35, %113 : index
            %124 = arith.addi %123, %41 : index
            vector.store %59, %2[%124] : memref<?xf32>, vector<8xf32>
            %125 = arith.addi %124, %10 : index
            vector.store %60, %2[%125] : memref<?xf32>, vector<8xf32>
            %126 = arith.muli %37, %113 : index
            %127 = arith.addi %126, %41 : index
            vector.store %61, %2[%127] : memref<?xf32>, vector<8xf32>
            %128 = arith.addi %127, %10 : index
            vector.store %62, %2[%128] : memref<?xf32>, vector<8xf32>
            %129 = arith.muli %39, %113 : index
            %130 = arith.addi %129, %41 : index
            vector.store %63, %2[%130] : memref<?xf32>, vector<8xf32>
            %131 = arith.addi %130, %10 : index
            vector.store %64, %2[%131] : memref<?xf32>, vector<8xf32>
          }
          scf.for %132 = %26 to %21 step %13 {
            %133 = arith.constant 16 : index
            %134 = arith.muli %29, %133 : index
            %135 = arith.constant 2048 : index
            %136 = arith.muli %29, %135 : index
            %137 = arith.constant 128 : index
            %138 = arith.muli %132, %137 : index
            %139 = arith.constant 0.000000e+00 : f32
            %140 = vector.broadcast %139 : f32 to vector<8xf32>
            %141 = arith.constant 4 : index
            %142, %143, %144, %145, %146, %147, %148, %149 = scf.for %150 = %12 to %137 step %141 iter_args(%151 = %140, %152 = %140, %153 = %140, %154 = %140, %155 = %140, %156 = %140, %157 = %140, %158 = %140) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %159 = arith.muli %150, %133 : index
              %160 = arith.addi %136, %159 : index
              %161 = vector.load %1[%160] : memref<?xf32>, vector<8xf32>
              %162 = arith.addi %160, %10 : index
              %163 = vector.load %1[%162] : memref<?xf32>, vector<8xf32>
              %164 = arith.addi %138, %150 : index
              %165 = memref.load %0[%164] : memref<?xf32>
              %166 = vector.broadcast %165 : f32 to vector<8xf32>
              %167 = vector.fma %166, %161, %151 : vector<8xf32>
              %168 = vector.fma %166, %163, %152 : vector<8xf32>
              %169 = arith.addi %150, %13 : index
              %170 = arith.muli %169, %133 : index
              %171 = arith.addi %136, %170 : index
              %172 = vector.load %1[%171] : memref<?xf32>, vector<8xf32>
              %173 = arith.addi %171, %10 : index
              %174 = vector.load %1[%173] : memref<?xf32>, vector<8xf32>
              %175 = arith.addi %138, %169 : index
              %176 = memref.load %0[%175] : memref<?xf32>
              %177 = vector.broadcast %176 : f32 to vector<8xf32>
              %178 = vector.fma %177, %172, %153 : vector<8xf32>
              %179 = vector.fma %177, %174, %154 : vector<8xf32>
              %180 = arith.constant 2 : index
              %181 = arith.addi %150, %180 : index
              %182 = arith.muli %181, %133 : index
              %183 = arith.addi %136, %182 : index
              %184 = vector.load %1[%183] : memref<?xf32>, vector<8xf32>
              %185 = arith.addi %183, %10 : index
              %186 = vector.load %1[%185] : memref<?xf32>, vector<8xf32>
              %187 = arith.addi %138, %181 : index
              %188 = memref.load %0[%187] : memref<?xf32>
              %189 = vector.broadcast %188 : f32 to vector<8xf32>
              %190 = vector.fma %189, %184, %155 : vector<8xf32>
              %191 = vector.fma %189, %186, %156 : vector<8xf32>
              %192 = arith.constant 3 : index
              %193 = arith.addi %150, %192 : index
              %194 = arith.muli %193, %133 : index
              %195 = arith.addi %136, %194 : index
              %196 = vector.load %1[%195] : memref<?xf32>, vector<8xf32>
              %197 = arith.addi %195, %10 : index
              %198 = vector.load %1[%197] : memref<?xf32>, vector<8xf32>
              %199 = arith.addi %138, %193 : index
              %200 = memref.load %0[%199] : memref<?xf32>
              %201 = vector.broadcast %200 : f32 to vector<8xf32>
              %202 = vector.fma %201, %196, %157 : vector<8xf32>
              %203 = vector.fma %201, %198, %158 : vector<8xf32>
              scf.yield %167, %168, %178, %179, %190, %191, %202, %203 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %204 = arith.addf %142, %144 : vector<8xf32>
            %205 = arith.addf %146, %148 : vector<8xf32>
            %206 = arith.addf %204, %205 : vector<8xf32>
            %207 = arith.addf %143, %145 : vector<8xf32>
            %208 = arith.addf %147, %149 : vector<8xf32>
            %209 = arith.addf %207, %208 : vector<8xf32>
            %210 = arith.constant 1024 : index
            %211 = arith.muli %132, %210 : index
            %212 = arith.addi %211, %134 : index
            vector.store %206, %2[%212] : memref<?xf32>, vector<8xf32>
            %213 = arith.addi %212, %10 : index
            vector.store %209, %2[%213] : memref<?xf32>, vector<8xf32>
          }
        }
      }
    } else {
      "scf.parallel"(%12, %11, %13) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%214: index):
        %215 = arith.divui %214, %9 : index
        %216 = arith.remui %214, %9 : index
        %217 = arith.muli %216, %8 : index
        %218 = arith.addi %217, %8 : index
        %219 = arith.minui %218, %3 : index
        %220 = arith.subi %219, %217 : index
        %221 = arith.constant 6 : index
        %222 = arith.divui %220, %221 : index
        %223 = arith.muli %222, %221 : index
        %224 = arith.addi %217, %223 : index
        %225 = arith.muli %215, %10 : index
        %226 = arith.addi %225, %10 : index
        scf.for %227 = %225 to %226 step %13 {
          scf.for %228 = %217 to %224 step %221 {
            %229 = arith.addi %228, %13 : index
            %230 = arith.constant 2 : index
            %231 = arith.addi %228, %230 : index
            %232 = arith.constant 3 : index
            %233 = arith.addi %228, %232 : index
            %234 = arith.constant 4 : index
            %235 = arith.addi %228, %234 : index
            %236 = arith.constant 5 : index
            %237 = arith.addi %228, %236 : index
            %238 = arith.constant 16 : index
            %239 = arith.muli %227, %238 : index
            %240 = arith.constant 2048 : index
            %241 = arith.muli %227, %240 : index
            %242 = arith.constant 128 : index
            %243 = arith.muli %228, %242 : index
            %244 = arith.muli %229, %242 : index
            %245 = arith.muli %231, %242 : index
            %246 = arith.muli %233, %242 : index
            %247 = arith.muli %235, %242 : index
            %248 = arith.muli %237, %242 : index
            %249 = arith.constant 0.000000e+00 : f32
            %250 = vector.broadcast %249 : f32 to vector<8xf32>
            %251, %252, %253, %254, %255, %256, %257, %258, %259, %260, %261, %262 = scf.for %263 = %12 to %242 step %13 iter_args(%264 = %250, %265 = %250, %266 = %250, %267 = %250, %268 = %250, %269 = %250, %270 = %250, %271 = %250, %272 = %250, %273 = %250, %274 = %250, %275 = %250) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %276 = arith.muli %263, %238 : index
              %277 = arith.addi %241, %276 : index
              %278 = vector.load %1[%277] : memref<?xf32>, vector<8xf32>
              %279 = arith.addi %277, %10 : index
              %280 = vector.load %1[%279] : memref<?xf32>, vector<8xf32>
              %281 = arith.addi %243, %263 : index
              %282 = memref.load %0[%281] : memref<?xf32>
              %283 = vector.broadcast %282 : f32 to vector<8xf32>
              %284 = vector.fma %283, %278, %264 : vector<8xf32>
              %285 = vector.fma %283, %280, %265 : vector<8xf32>
              %286 = arith.addi %244, %263 : index
              %287 = memref.load %0[%286] : memref<?xf32>
              %288 = vector.broadcast %287 : f32 to vector<8xf32>
              %289 = vector.fma %288, %278, %266 : vector<8xf32>
              %290 = vector.fma %288, %280, %267 : vector<8xf32>
              %291 = arith.addi %245, %263 : index
              %292 = memref.load %0[%291] : memref<?xf32>
              %293 = vector.broadcast %292 : f32 to vector<8xf32>
              %294 = vector.fma %293, %278, %268 : vector<8xf32>
              %295 = vector.fma %293, %280, %269 : vector<8xf32>
              %296 = arith.addi %246, %263 : index
              %297 = memref.load %0[%296] : memref<?xf32>
              %298 = vector.broadcast %297 : f32 to vector<8xf32>
              %299 = vector.fma %298, %278, %270 : vector<8xf32>
              %300 = vector.fma %298, %280, %271 : vector<8xf32>
              %301 = arith.addi %247, %263 : index
              %302 = memref.load %0[%301] : memref<?xf32>
              %303 = vector.broadcast %302 : f32 to vector<8xf32>
              %304 = vector.fma %303, %278, %272 : vector<8xf32>
              %305 = vector.fma %303, %280, %273 : vector<8xf32>
              %306 = arith.addi %248, %263 : index
              %307 = memref.load %0[%306] : memref<?xf32>
              %308 = vector.broadcast %307 : f32 to vector<8xf32>
              %309 = vector.fma %308, %278, %274 : vector<8xf32>
              %310 = vector.fma %308, %280, %275 : vector<8xf32>
              scf.yield %284, %285, %289, %290, %294, %295, %299, %300, %304, %305, %309, %310 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %311 = arith.constant 1024 : index
            %312 = arith.muli %228, %311 : index
            %313 = arith.addi %312, %239 : index
            vector.store %251, %2[%313] : memref<?xf32>, vector<8xf32>
            %314 = arith.addi %313, %10 : index
            vector.store %252, %2[%314] : memref<?xf32>, vector<8xf32>
            %315 = arith.muli %229, %311 : index
            %316 = arith.addi %315, %239 : index
            vector.store %253, %2[%316] : memref<?xf32>, vector<8xf32>
            %317 = arith.addi %316, %10 : index
            vector.store %254, %2[%317] : memref<?xf32>, vector<8xf32>
            %318 = arith.muli %231, %311 : index
            %319 = arith.addi %318, %239 : index
            vector.store %255, %2[%319] : memref<?xf32>, vector<8xf32>
            %320 = arith.addi %319, %10 : index
            vector.store %256, %2[%320] : memref<?xf32>, vector<8xf32>
            %321 = arith.muli %233, %311 : index
            %322 = arith.addi %321, %239 : index
            vector.store %257, %2[%322] : memref<?xf32>, vector<8xf32>
            %323 = arith.addi %322, %10 : index
            vector.store %258, %2[%323] : memref<?xf32>, vector<8xf32>
            %324 = arith.muli %235, %311 : index
            %325 = arith.addi %324, %239 : index
            vector.store %259, %2[%325] : memref<?xf32>, vector<8xf32>
            %326 = arith.addi %325, %10 : index
            vector.store %260, %2[%326] : memref<?xf32>, vector<8xf32>
            %327 = arith.muli %237, %311 : index
            %328 = arith.addi %327, %239 : index
            vector.store %261, %2[%328] : memref<?xf32>, vector<8xf32>
            %329 = arith.addi %328, %10 : index
            vector.store %262, %2[%329] : memref<?xf32>, vector<8xf32>
          }
          scf.for %330 = %224 to %219 step %13 {
            %331 = arith.constant 16 : index
            %332 = arith.muli %227, %331 : index
            %333 = arith.constant 2048 : index
            %334 = arith.muli %227, %333 : index
            %335 = arith.constant 128 : index
            %336 = arith.muli %330, %335 : index
            %337 = arith.constant 0.000000e+00 : f32
            %338 = vector.broadcast %337 : f32 to vector<8xf32>
            %339 = arith.constant 4 : index
            %340, %341, %342, %343, %344, %345, %346, %347 = scf.for %348 = %12 to %335 step %339 iter_args(%349 = %338, %350 = %338, %351 = %338, %352 = %338, %353 = %338, %354 = %338, %355 = %338, %356 = %338) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %357 = arith.muli %348, %331 : index
              %358 = arith.addi %334, %357 : index
              %359 = vector.load %1[%358] : memref<?xf32>, vector<8xf32>
              %360 = arith.addi %358, %10 : index
              %361 = vector.load %1[%360] : memref<?xf32>, vector<8xf32>
              %362 = arith.addi %336, %348 : index
              %363 = memref.load %0[%362] : memref<?xf32>
              %364 = vector.broadcast %363 : f32 to vector<8xf32>
              %365 = vector.fma %364, %359, %349 : vector<8xf32>
              %366 = vector.fma %364, %361, %350 : vector<8xf32>
              %367 = arith.addi %348, %13 : index
              %368 = arith.muli %367, %331 : index
              %369 = arith.addi %334, %368 : index
              %370 = vector.load %1[%369] : memref<?xf32>, vector<8xf32>
              %371 = arith.addi %369, %10 : index
              %372 = vector.load %1[%371] : memref<?xf32>, vector<8xf32>
              %373 = arith.addi %336, %367 : index
              %374 = memref.load %0[%373] : memref<?xf32>
              %375 = vector.broadcast %374 : f32 to vector<8xf32>
              %376 = vector.fma %375, %370, %351 : vector<8xf32>
              %377 = vector.fma %375, %372, %352 : vector<8xf32>
              %378 = arith.constant 2 : index
              %379 = arith.addi %348, %378 : index
              %380 = arith.muli %379, %331 : index
              %381 = arith.addi %334, %380 : index
              %382 = vector.load %1[%381] : memref<?xf32>, vector<8xf32>
              %383 = arith.addi %381, %10 : index
              %384 = vector.load %1[%383] : memref<?xf32>, vector<8xf32>
              %385 = arith.addi %336, %379 : index
              %386 = memref.load %0[%385] : memref<?xf32>
              %387 = vector.broadcast %386 : f32 to vector<8xf32>
              %388 = vector.fma %387, %382, %353 : vector<8xf32>
              %389 = vector.fma %387, %384, %354 : vector<8xf32>
              %390 = arith.constant 3 : index
              %391 = arith.addi %348, %390 : index
              %392 = arith.muli %391, %331 : index
              %393 = arith.addi %334, %392 : index
              %394 = vector.load %1[%393] : memref<?xf32>, vector<8xf32>
              %395 = arith.addi %393, %10 : index
              %396 = vector.load %1[%395] : memref<?xf32>, vector<8xf32>
              %397 = arith.addi %336, %391 : index
              %398 = memref.load %0[%397] : memref<?xf32>
              %399 = vector.broadcast %398 : f32 to vector<8xf32>
              %400 = vector.fma %399, %394, %355 : vector<8xf32>
              %401 = vector.fma %399, %396, %356 : vector<8xf32>
              scf.yield %365, %366, %376, %377, %388, %389, %400, %401 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %402 = arith.addf %340, %342 : vector<8xf32>
            %403 = arith.addf %344, %346 : vector<8xf32>
            %404 = arith.addf %402, %403 : vector<8xf32>
            %405 = arith.addf %341, %343 : vector<8xf32>
            %406 = arith.addf %345, %347 : vector<8xf32>
            %407 = arith.addf %405, %406 : vector<8xf32>
            %408 = arith.constant 1024 : index
            %409 = arith.muli %330, %408 : index
            %410 = arith.addi %409, %332 : index
            vector.store %404, %2[%410] : memref<?xf32>, vector<8xf32>
            %411 = arith.addi %410, %10 : index
            vector.store %407, %2[%411] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @linear_k128_n128(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) {
    %4 = arith.constant 16384 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 509 : index
    %7 = arith.addi %3, %6 : index
    %8 = arith.constant 510 : index
    %9 = arith.divui %7, %8 : index
    %10 = arith.constant 8 : index
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
        %23 = arith.constant 6 : index
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
            %35 = arith.constant 4 : index
            %36 = arith.addi %29, %35 : index
            %37 = arith.constant 5 : index
            %38 = arith.addi %29, %37 : index
            %39 = arith.constant 16 : index
            %40 = arith.muli %28, %39 : index
            %41 = arith.constant 2048 : index
            %42 = arith.muli %28, %41 : index
            %43 = arith.constant 128 : index
            %44 = arith.muli %29, %43 : index
            %45 = arith.muli %30, %43 : index
            %46 = arith.muli %32, %43 : index
            %47 = arith.muli %34, %43 : index
            %48 = arith.muli %36, %43 : index
            %49 = arith.muli %38, %43 : index
            %50 = arith.constant 0.000000e+00 : f32
            %51 = vector.broadcast %50 : f32 to vector<8xf32>
            %52, %53, %54, %55, %56, %57, %58, %59, %60, %61, %62, %63 = scf.for %64 = %12 to %43 step %13 iter_args(%65 = %51, %66 = %51, %67 = %51, %68 = %51, %69 = %51, %70 = %51, %71 = %51, %72 = %51, %73 = %51, %74 = %51, %75 = %51, %76 = %51) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %77 = arith.muli %64, %39 : index
              %78 = arith.addi %42, %77 : index
              %79 = vector.load %1[%78] : memref<?xf32>, vector<8xf32>
              %80 = arith.addi %78, %10 : index
              %81 = vector.load %1[%80] : memref<?xf32>, vector<8xf32>
              %82 = arith.addi %44, %64 : index
              %83 = memref.load %0[%82] : memref<?xf32>
              %84 = vector.broadcast %83 : f32 to vector<8xf32>
              %85 = vector.fma %84, %79, %65 : vector<8xf32>
              %86 = vector.fma %84, %81, %66 : vector<8xf32>
              %87 = arith.addi %45, %64 : index
              %88 = memref.load %0[%87] : memref<?xf32>
              %89 = vector.broadcast %88 : f32 to vector<8xf32>
              %90 = vector.fma %89, %79, %67 : vector<8xf32>
              %91 = vector.fma %89, %81, %68 : vector<8xf32>
              %92 = arith.addi %46, %64 : index
              %93 = memref.load %0[%92] : memref<?xf32>
              %94 = vector.broadcast %93 : f32 to vector<8xf32>
              %95 = vector.fma %94, %79, %69 : vector<8xf32>
              %96 = vector.fma %94, %81, %70 : vector<8xf32>
              %97 = arith.addi %47, %64 : index
              %98 = memref.load %0[%97] : memref<?xf32>
              %99 = vector.broadcast %98 : f32 to vector<8xf32>
              %100 = vector.fma %99, %79, %71 : vector<8xf32>
              %101 = vector.fma %99, %81, %72 : vector<8xf32>
              %102 = arith.addi %48, %64 : index
              %103 = memref.load %0[%102] : memref<?xf32>
              %104 = vector.broadcast %103 : f32 to vector<8xf32>
              %105 = vector.fma %104, %79, %73 : vector<8xf32>
              %106 = vector.fma %104, %81, %74 : vector<8xf32>
              %107 = arith.addi %49, %64 : index
              %108 = memref.load %0[%107] : memref<?xf32>
              %109 = vector.broadcast %108 : f32 to vector<8xf32>
              %110 = vector.fma %109, %79, %75 : vector<8xf32>
              %111 = vector.fma %109, %81, %76 : vector<8xf32>
              scf.yield %85, %86, %90, %91, %95, %96, %100, %101, %105, %106, %110, %111 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %112 = arith.addi %44, %40 : index
            vector.store %52, %2[%112] : memref<?xf32>, vector<8xf32>
            %113 = arith.addi %112, %10 : index
            vector.store %53, %2[%113] : memref<?xf32>, vector<8xf32>
            %114 = arith.addi %45, %40 : index
            vector.store %54, %2[%114] : memref<?xf32>, vector<8xf32>
            %115 = arith.addi %114, %10 : index
            vector.store %55, %2[%115] : memref<?xf32>, vector<8xf32>
            %116 = arith.addi %46, %40 : index
            vector.store %56, %2[%116] : memref<?xf32>, vector<8xf32>
            %117 = arith.addi %116, %10 : index
            vector.store %57, %2[%117] : memref<?xf32>, vector<8xf32>
            %118 = arith.addi %47, %40 : index
            vector.store %58, %2[%118] : memref<?xf32>, vector<8xf32>
            %119 = arith.addi %118, %10 : index
            vector.store %59, %2[%119] : memref<?xf32>, vector<8xf32>
            %120 = arith.addi %48, %40 : index
            vector.store %60, %2[%120] : memref<?xf32>, vector<8xf32>
            %121 = arith.addi %120, %10 : index
            vector.store %61, %2[%121] : memref<?xf32>, vector<8xf32>
            %122 = arith.addi %49, %40 : index
            vector.store %62, %2[%122] : memref<?xf32>, vector<8xf32>
            %123 = arith.addi %122, %10 : index
            vector.store %63, %2[%123] : memref<?xf32>, vector<8xf32>
          }
          scf.for %124 = %26 to %21 step %13 {
            %125 = arith.constant 16 : index
            %126 = arith.muli %28, %125 : index
            %127 = arith.constant 2048 : index
            %128 = arith.muli %28, %127 : index
            %129 = arith.constant 128 : index
            %130 = arith.muli %124, %129 : index
            %131 = arith.constant 0.000000e+00 : f32
            %132 = vector.broadcast %131 : f32 to vector<8xf32>
            %133 = arith.constant 4 : index
            %134, %135, %136, %137, %138, %139, %140, %141 = scf.for %142 = %12 to %129 step %133 iter_args(%143 = %132, %144 = %132, %145 = %132, %146 = %132, %147 = %132, %148 = %132, %149 = %132, %150 = %132) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %151 = arith.muli %142, %125 : index
              %152 = arith.addi %128, %151 : index
              %153 = vector.load %1[%152] : memref<?xf32>, vector<8xf32>
              %154 = arith.addi %152, %10 : index
              %155 = vector.load %1[%154] : memref<?xf32>, vector<8xf32>
              %156 = arith.addi %130, %142 : index
              %157 = memref.load %0[%156] : memref<?xf32>
              %158 = vector.broadcast %157 : f32 to vector<8xf32>
              %159 = vector.fma %158, %153, %143 : vector<8xf32>
              %160 = vector.fma %158, %155, %144 : vector<8xf32>
              %161 = arith.addi %142, %13 : index
              %162 = arith.muli %161, %125 : index
              %163 = arith.addi %128, %162 : index
              %164 = vector.load %1[%163] : memref<?xf32>, vector<8xf32>
              %165 = arith.addi %163, %10 : index
              %166 = vector.load %1[%165] : memref<?xf32>, vector<8xf32>
              %167 = arith.addi %130, %161 : index
              %168 = memref.load %0[%167] : memref<?xf32>
              %169 = vector.broadcast %168 : f32 to vector<8xf32>
              %170 = vector.fma %169, %164, %145 : vector<8xf32>
              %171 = vector.fma %169, %166, %146 : vector<8xf32>
              %172 = arith.constant 2 : index
              %173 = arith.addi %142, %172 : index
              %174 = arith.muli %173, %125 : index
              %175 = arith.addi %128, %174 : index
              %176 = vector.load %1[%175] : memref<?xf32>, vector<8xf32>
              %177 = arith.addi %175, %10 : index
              %178 = vector.load %1[%177] : memref<?xf32>, vector<8xf32>
              %179 = arith.addi %130, %173 : index
              %180 = memref.load %0[%179] : memref<?xf32>
              %181 = vector.broadcast %180 : f32 to vector<8xf32>
              %182 = vector.fma %181, %176, %147 : vector<8xf32>
              %183 = vector.fma %181, %178, %148 : vector<8xf32>
              %184 = arith.constant 3 : index
              %185 = arith.addi %142, %184 : index
              %186 = arith.muli %185, %125 : index
              %187 = arith.addi %128, %186 : index
              %188 = vector.load %1[%187] : memref<?xf32>, vector<8xf32>
              %189 = arith.addi %187, %10 : index
              %190 = vector.load %1[%189] : memref<?xf32>, vector<8xf32>
              %191 = arith.addi %130, %185 : index
              %192 = memref.load %0[%191] : memref<?xf32>
              %193 = vector.broadcast %192 : f32 to vector<8xf32>
              %194 = vector.fma %193, %188, %149 : vector<8xf32>
              %195 = vector.fma %193, %190, %150 : vector<8xf32>
              scf.yield %159, %160, %170, %171, %182, %183, %194, %195 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %196 = arith.addf %134, %136 : vector<8xf32>
            %197 = arith.addf %138, %140 : vector<8xf32>
            %198 = arith.addf %196, %197 : vector<8xf32>
            %199 = arith.addf %135, %137 : vector<8xf32>
            %200 = arith.addf %139, %141 : vector<8xf32>
            %201 = arith.addf %199, %200 : vector<8xf32>
            %202 = arith.addi %130, %126 : index
            vector.store %198, %2[%202] : memref<?xf32>, vector<8xf32>
            %203 = arith.addi %202, %10 : index
            vector.store %201, %2[%203] : memref<?xf32>, vector<8xf32>
          }
        }
      }
    } else {
      "scf.parallel"(%12, %11, %13) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%204: index):
        %205 = arith.divui %204, %9 : index
        %206 = arith.remui %204, %9 : index
        %207 = arith.muli %206, %8 : index
        %208 = arith.addi %207, %8 : index
        %209 = arith.minui %208, %3 : index
        %210 = arith.subi %209, %207 : index
        %211 = arith.constant 6 : index
        %212 = arith.divui %210, %211 : index
        %213 = arith.muli %212, %211 : index
        %214 = arith.addi %207, %213 : index
        %215 = arith.addi %205, %13 : index
        scf.for %216 = %205 to %215 step %13 {
          scf.for %217 = %207 to %214 step %211 {
            %218 = arith.addi %217, %13 : index
            %219 = arith.constant 2 : index
            %220 = arith.addi %217, %219 : index
            %221 = arith.constant 3 : index
            %222 = arith.addi %217, %221 : index
            %223 = arith.constant 4 : index
            %224 = arith.addi %217, %223 : index
            %225 = arith.constant 5 : index
            %226 = arith.addi %217, %225 : index
            %227 = arith.constant 16 : index
            %228 = arith.muli %216, %227 : index
            %229 = arith.constant 2048 : index
            %230 = arith.muli %216, %229 : index
            %231 = arith.constant 128 : index
            %232 = arith.muli %217, %231 : index
            %233 = arith.muli %218, %231 : index
            %234 = arith.muli %220, %231 : index
            %235 = arith.muli %222, %231 : index
            %236 = arith.muli %224, %231 : index
            %237 = arith.muli %226, %231 : index
            %238 = arith.constant 0.000000e+00 : f32
            %239 = vector.broadcast %238 : f32 to vector<8xf32>
            %240, %241, %242, %243, %244, %245, %246, %247, %248, %249, %250, %251 = scf.for %252 = %12 to %231 step %13 iter_args(%253 = %239, %254 = %239, %255 = %239, %256 = %239, %257 = %239, %258 = %239, %259 = %239, %260 = %239, %261 = %239, %262 = %239, %263 = %239, %264 = %239) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %265 = arith.muli %252, %227 : index
              %266 = arith.addi %230, %265 : index
              %267 = vector.load %1[%266] : memref<?xf32>, vector<8xf32>
              %268 = arith.addi %266, %10 : index
              %269 = vector.load %1[%268] : memref<?xf32>, vector<8xf32>
              %270 = arith.addi %232, %252 : index
              %271 = memref.load %0[%270] : memref<?xf32>
              %272 = vector.broadcast %271 : f32 to vector<8xf32>
              %273 = vector.fma %272, %267, %253 : vector<8xf32>
              %274 = vector.fma %272, %269, %254 : vector<8xf32>
              %275 = arith.addi %233, %252 : index
              %276 = memref.load %0[%275] : memref<?xf32>
              %277 = vector.broadcast %276 : f32 to vector<8xf32>
              %278 = vector.fma %277, %267, %255 : vector<8xf32>
              %279 = vector.fma %277, %269, %256 : vector<8xf32>
              %280 = arith.addi %234, %252 : index
              %281 = memref.load %0[%280] : memref<?xf32>
              %282 = vector.broadcast %281 : f32 to vector<8xf32>
              %283 = vector.fma %282, %267, %257 : vector<8xf32>
              %284 = vector.fma %282, %269, %258 : vector<8xf32>
              %285 = arith.addi %235, %252 : index
              %286 = memref.load %0[%285] : memref<?xf32>
              %287 = vector.broadcast %286 : f32 to vector<8xf32>
              %288 = vector.fma %287, %267, %259 : vector<8xf32>
              %289 = vector.fma %287, %269, %260 : vector<8xf32>
              %290 = arith.addi %236, %252 : index
              %291 = memref.load %0[%290] : memref<?xf32>
              %292 = vector.broadcast %291 : f32 to vector<8xf32>
              %293 = vector.fma %292, %267, %261 : vector<8xf32>
              %294 = vector.fma %292, %269, %262 : vector<8xf32>
              %295 = arith.addi %237, %252 : index
              %296 = memref.load %0[%295] : memref<?xf32>
              %297 = vector.broadcast %296 : f32 to vector<8xf32>
              %298 = vector.fma %297, %267, %263 : vector<8xf32>
              %299 = vector.fma %297, %269, %264 : vector<8xf32>
              scf.yield %273, %274, %278, %279, %283, %284, %288, %289, %293, %294, %298, %299 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %300 = arith.addi %232, %228 : index
            vector.store %240, %2[%300] : memref<?xf32>, vector<8xf32>
            %301 = arith.addi %300, %10 : index
            vector.store %241, %2[%301] : memref<?xf32>, vector<8xf32>
            %302 = arith.addi %233, %228 : index
            vector.store %242, %2[%302] : memref<?xf32>, vector<8xf32>
            %303 = arith.addi %302, %10 : index
            vector.store %243, %2[%303] : memref<?xf32>, vector<8xf32>
            %304 = arith.addi %234, %228 : index
            vector.store %244, %2[%304] : memref<?xf32>, vector<8xf32>
            %305 = arith.addi %304, %10 : index
            vector.store %245, %2[%305] : memref<?xf32>, vector<8xf32>
            %306 = arith.addi %235, %228 : index
            vector.store %246, %2[%306] : memref<?xf32>, vector<8xf32>
            %307 = arith.addi %306, %10 : index
            vector.store %247, %2[%307] : memref<?xf32>, vector<8xf32>
            %308 = arith.addi %236, %228 : index
            vector.store %248, %2[%308] : memref<?xf32>, vector<8xf32>
            %309 = arith.addi %308, %10 : index
            vector.store %249, %2[%309] : memref<?xf32>, vector<8xf32>
            %310 = arith.addi %237, %228 : index
            vector.store %250, %2[%310] : memref<?xf32>, vector<8xf32>
            %311 = arith.addi %310, %10 : index
            vector.store %251, %2[%311] : memref<?xf32>, vector<8xf32>
          }
          scf.for %312 = %214 to %209 step %13 {
            %313 = arith.constant 16 : index
            %314 = arith.muli %216, %313 : index
            %315 = arith.constant 2048 : index
            %316 = arith.muli %216, %315 : index
            %317 = arith.constant 128 : index
            %318 = arith.muli %312, %317 : index
            %319 = arith.constant 0.000000e+00 : f32
            %320 = vector.broadcast %319 : f32 to vector<8xf32>
            %321 = arith.constant 4 : index
            %322, %323, %324, %325, %326, %327, %328, %329 = scf.for %330 = %12 to %317 step %321 iter_args(%331 = %320, %332 = %320, %333 = %320, %334 = %320, %335 = %320, %336 = %320, %337 = %320, %338 = %320) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %339 = arith.muli %330, %313 : index
              %340 = arith.addi %316, %339 : index
              %341 = vector.load %1[%340] : memref<?xf32>, vector<8xf32>
              %342 = arith.addi %340, %10 : index
              %343 = vector.load %1[%342] : memref<?xf32>, vector<8xf32>
              %344 = arith.addi %318, %330 : index
              %345 = memref.load %0[%344] : memref<?xf32>
              %346 = vector.broadcast %345 : f32 to vector<8xf32>
              %347 = vector.fma %346, %341, %331 : vector<8xf32>
              %348 = vector.fma %346, %343, %332 : vector<8xf32>
              %349 = arith.addi %330, %13 : index
              %350 = arith.muli %349, %313 : index
              %351 = arith.addi %316, %350 : index
              %352 = vector.load %1[%351] : memref<?xf32>, vector<8xf32>
              %353 = arith.addi %351, %10 : index
              %354 = vector.load %1[%353] : memref<?xf32>, vector<8xf32>
              %355 = arith.addi %318, %349 : index
              %356 = memref.load %0[%355] : memref<?xf32>
              %357 = vector.broadcast %356 : f32 to vector<8xf32>
              %358 = vector.fma %357, %352, %333 : vector<8xf32>
              %359 = vector.fma %357, %354, %334 : vector<8xf32>
              %360 = arith.constant 2 : index
              %361 = arith.addi %330, %360 : index
              %362 = arith.muli %361, %313 : index
              %363 = arith.addi %316, %362 : index
              %364 = vector.load %1[%363] : memref<?xf32>, vector<8xf32>
              %365 = arith.addi %363, %10 : index
              %366 = vector.load %1[%365] : memref<?xf32>, vector<8xf32>
              %367 = arith.addi %318, %361 : index
              %368 = memref.load %0[%367] : memref<?xf32>
              %369 = vector.broadcast %368 : f32 to vector<8xf32>
              %370 = vector.fma %369, %364, %335 : vector<8xf32>
              %371 = vector.fma %369, %366, %336 : vector<8xf32>
              %372 = arith.constant 3 : index
              %373 = arith.addi %330, %372 : index
              %374 = arith.muli %373, %313 : index
              %375 = arith.addi %316, %374 : index
              %376 = vector.load %1[%375] : memref<?xf32>, vector<8xf32>
              %377 = arith.addi %375, %10 : index
              %378 = vector.load %1[%377] : memref<?xf32>, vector<8xf32>
              %379 = arith.addi %318, %373 : index
              %380 = memref.load %0[%379] : memref<?xf32>
              %381 = vector.broadcast %380 : f32 to vector<8xf32>
              %382 = vector.fma %381, %376, %337 : vector<8xf32>
              %383 = vector.fma %381, %378, %338 : vector<8xf32>
              scf.yield %347, %348, %358, %359, %370, %371, %382, %383 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %384 = arith.addf %322, %324 : vector<8xf32>
            %385 = arith.addf %326, %328 : vector<8xf32>
            %386 = arith.addf %384, %385 : vector<8xf32>
            %387 = arith.addf %323, %325 : vector<8xf32>
            %388 = arith.addf %327, %329 : vector<8xf32>
            %389 = arith.addf %387, %388 : vector<8xf32>
            %390 = arith.addi %318, %314 : index
            vector.store %386, %2[%390] : memref<?xf32>, vector<8xf32>
            %391 = arith.addi %390, %10 : index
            vector.store %389, %2[%391] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @linear_k192_n128(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) {
    %4 = arith.constant 24576 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 335 : index
    %7 = arith.addi %3, %6 : index
    %8 = arith.constant 336 : index
    %9 = arith.divui %7, %8 : index
    %10 = arith.constant 8 : index
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
        %23 = arith.constant 6 : index
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
            %35 = arith.constant 4 : index
            %36 = arith.addi %29, %35 : index
            %37 = arith.constant 5 : index
            %38 = arith.addi %29, %37 : index
            %39 = arith.constant 16 : index
            %40 = arith.muli %28, %39 : index
            %41 = arith.constant 3072 : index
            %42 = arith.muli %28, %41 : index
            %43 = arith.constant 192 : index
            %44 = arith.muli %29, %43 : index
            %45 = arith.muli %30, %43 : index
            %46 = arith.muli %32, %43 : index
            %47 = arith.muli %34, %43 : index
            %48 = arith.muli %36, %43 : index
            %49 = arith.muli %38, %43 : index
            %50 = arith.constant 0.000000e+00 : f32
            %51 = vector.broadcast %50 : f32 to vector<8xf32>
            %52, %53, %54, %55, %56, %57, %58, %59, %60, %61, %62, %63 = scf.for %64 = %12 to %43 step %13 iter_args(%65 = %51, %66 = %51, %67 = %51, %68 = %51, %69 = %51, %70 = %51, %71 = %51, %72 = %51, %73 = %51, %74 = %51, %75 = %51, %76 = %51) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %77 = arith.muli %64, %39 : index
              %78 = arith.addi %42, %77 : index
              %79 = vector.load %1[%78] : memref<?xf32>, vector<8xf32>
              %80 = arith.addi %78, %10 : index
              %81 = vector.load %1[%80] : memref<?xf32>, vector<8xf32>
              %82 = arith.addi %44, %64 : index
              %83 = memref.load %0[%82] : memref<?xf32>
              %84 = vector.broadcast %83 : f32 to vector<8xf32>
              %85 = vector.fma %84, %79, %65 : vector<8xf32>
              %86 = vector.fma %84, %81, %66 : vector<8xf32>
              %87 = arith.addi %45, %64 : index
              %88 = memref.load %0[%87] : memref<?xf32>
              %89 = vector.broadcast %88 : f32 to vector<8xf32>
              %90 = vector.fma %89, %79, %67 : vector<8xf32>
              %91 = vector.fma %89, %81, %68 : vector<8xf32>
              %92 = arith.addi %46, %64 : index
              %93 = memref.load %0[%92] : memref<?xf32>
              %94 = vector.broadcast %93 : f32 to vector<8xf32>
              %95 = vector.fma %94, %79, %69 : vector<8xf32>
              %96 = vector.fma %94, %81, %70 : vector<8xf32>
              %97 = arith.addi %47, %64 : index
              %98 = memref.load %0[%97] : memref<?xf32>
              %99 = vector.broadcast %98 : f32 to vector<8xf32>
              %100 = vector.fma %99, %79, %71 : vector<8xf32>
              %101 = vector.fma %99, %81, %72 : vector<8xf32>
              %102 = arith.addi %48, %64 : index
              %103 = memref.load %0[%102] : memref<?xf32>
              %104 = vector.broadcast %103 : f32 to vector<8xf32>
              %105 = vector.fma %104, %79, %73 : vector<8xf32>
              %106 = vector.fma %104, %81, %74 : vector<8xf32>
              %107 = arith.addi %49, %64 : index
              %108 = memref.load %0[%107] : memref<?xf32>
              %109 = vector.broadcast %108 : f32 to vector<8xf32>
              %110 = vector.fma %109, %79, %75 : vector<8xf32>
              %111 = vector.fma %109, %81, %76 : vector<8xf32>
              scf.yield %85, %86, %90, %91, %95, %96, %100, %101, %105, %106, %110, %111 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %112 = arith.constant 128 : index
            %113 = arith.muli %29, %112 : index
            %114 = arith.addi %113, %40 : index
            vector.store %52, %2[%114] : memref<?xf32>, vector<8xf32>
            %115 = arith.addi %114, %10 : index
            vector.store %53, %2[%115] : memref<?xf32>, vector<8xf32>
            %116 = arith.muli %30, %112 : index
            %117 = arith.addi %116, %40 : index
            vector.store %54, %2[%117] : memref<?xf32>, vector<8xf32>
            %118 = arith.addi %117, %10 : index
            vector.store %55, %2[%118] : memref<?xf32>, vector<8xf32>
            %119 = arith.muli %32, %112 : index
            %120 = arith.addi %119, %40 : index
            vector.store %56, %2[%120] : memref<?xf32>, vector<8xf32>
            %121 = arith.addi %120, %10 : index
            vector.store %57, %2[%121] : memref<?xf32>, vector<8xf32>
            %122 = arith.muli %34, %112 : index
            %123 = arith.addi %122, %40 : index
            vector.store %58, %2[%123] : memref<?xf32>, vector<8xf32>
            %124 = arith.addi %123, %10 : index
            vector.store %59, %2[%124] : memref<?xf32>, vector<8xf32>
            %125 = arith.muli %36, %112 : index
            %126 = arith.addi %125, %40 : index
            vector.store %60, %2[%126] : memref<?xf32>, vector<8xf32>
            %127 = arith.addi %126, %10 : index
            vector.store %61, %2[%127] : memref<?xf32>, vector<8xf32>
            %128 = arith.muli %38, %112 : index
            %129 = arith.addi %128, %40 : index
            vector.store %62, %2[%129] : memref<?xf32>, vector<8xf32>
            %130 = arith.addi %129, %10 : index
            vector.store %63, %2[%130] : memref<?xf32>, vector<8xf32>
          }
          scf.for %131 = %26 to %21 step %13 {
            %132 = arith.constant 16 : index
            %133 = arith.muli %28, %132 : index
            %134 = arith.constant 3072 : index
            %135 = arith.muli %28, %134 : index
            %136 = arith.constant 192 : index
            %137 = arith.muli %131, %136 : index
            %138 = arith.constant 0.000000e+00 : f32
            %139 = vector.broadcast %138 : f32 to vector<8xf32>
            %140 = arith.constant 4 : index
            %141, %142, %143, %144, %145, %146, %147, %148 = scf.for %149 = %12 to %136 step %140 iter_args(%150 = %139, %151 = %139, %152 = %139, %153 = %139, %154 = %139, %155 = %139, %156 = %139, %157 = %139) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %158 = arith.muli %149, %132 : index
              %159 = arith.addi %135, %158 : index
              %160 = vector.load %1[%159] : memref<?xf32>, vector<8xf32>
              %161 = arith.addi %159, %10 : index
              %162 = vector.load %1[%161] : memref<?xf32>, vector<8xf32>
              %163 = arith.addi %137, %149 : index
              %164 = memref.load %0[%163] : memref<?xf32>
              %165 = vector.broadcast %164 : f32 to vector<8xf32>
              %166 = vector.fma %165, %160, %150 : vector<8xf32>
              %167 = vector.fma %165, %162, %151 : vector<8xf32>
              %168 = arith.addi %149, %13 : index
              %169 = arith.muli %168, %132 : index
              %170 = arith.addi %135, %169 : index
              %171 = vector.load %1[%170] : memref<?xf32>, vector<8xf32>
              %172 = arith.addi %170, %10 : index
              %173 = vector.load %1[%172] : memref<?xf32>, vector<8xf32>
              %174 = arith.addi %137, %168 : index
              %175 = memref.load %0[%174] : memref<?xf32>
              %176 = vector.broadcast %175 : f32 to vector<8xf32>
              %177 = vector.fma %176, %171, %152 : vector<8xf32>
              %178 = vector.fma %176, %173, %153 : vector<8xf32>
              %179 = arith.constant 2 : index
              %180 = arith.addi %149, %179 : index
              %181 = arith.muli %180, %132 : index
              %182 = arith.addi %135, %181 : index
              %183 = vector.load %1[%182] : memref<?xf32>, vector<8xf32>
              %184 = arith.addi %182, %10 : index
              %185 = vector.load %1[%184] : memref<?xf32>, vector<8xf32>
              %186 = arith.addi %137, %180 : index
              %187 = memref.load %0[%186] : memref<?xf32>
              %188 = vector.broadcast %187 : f32 to vector<8xf32>
              %189 = vector.fma %188, %183, %154 : vector<8xf32>
              %190 = vector.fma %188, %185, %155 : vector<8xf32>
              %191 = arith.constant 3 : index
              %192 = arith.addi %149, %191 : index
              %193 = arith.muli %192, %132 : index
              %194 = arith.addi %135, %193 : index
              %195 = vector.load %1[%194] : memref<?xf32>, vector<8xf32>
              %196 = arith.addi %194, %10 : index
              %197 = vector.load %1[%196] : memref<?xf32>, vector<8xf32>
              %198 = arith.addi %137, %192 : index
              %199 = memref.load %0[%198] : memref<?xf32>
              %200 = vector.broadcast %199 : f32 to vector<8xf32>
              %201 = vector.fma %200, %195, %156 : vector<8xf32>
              %202 = vector.fma %200, %197, %157 : vector<8xf32>
              scf.yield %166, %167, %177, %178, %189, %190, %201, %202 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %203 = arith.addf %141, %143 : vector<8xf32>
            %204 = arith.addf %145, %147 : vector<8xf32>
            %205 = arith.addf %203, %204 : vector<8xf32>
            %206 = arith.addf %142, %144 : vector<8xf32>
            %207 = arith.addf %146, %148 : vector<8xf32>
            %208 = arith.addf %206, %207 : vector<8xf32>
            %209 = arith.constant 128 : index
            %210 = arith.muli %131, %209 : index
            %211 = arith.addi %210, %133 : index
            vector.store %205, %2[%211] : memref<?xf32>, vector<8xf32>
            %212 = arith.addi %211, %10 : index
            vector.store %208, %2[%212] : memref<?xf32>, vector<8xf32>
          }
        }
      }
    } else {
      "scf.parallel"(%12, %11, %13) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%213: index):
        %214 = arith.divui %213, %9 : index
        %215 = arith.remui %213, %9 : index
        %216 = arith.muli %215, %8 : index
        %217 = arith.addi %216, %8 : index
        %218 = arith.minui %217, %3 : index
        %219 = arith.subi %218, %216 : index
        %220 = arith.constant 6 : index
        %221 = arith.divui %219, %220 : index
        %222 = arith.muli %221, %220 : index
        %223 = arith.addi %216, %222 : index
        %224 = arith.addi %214, %13 : index
        scf.for %225 = %214 to %224 step %13 {
          scf.for %226 = %216 to %223 step %220 {
            %227 = arith.addi %226, %13 : index
            %228 = arith.constant 2 : index
            %229 = arith.addi %226, %228 : index
            %230 = arith.constant 3 : index
            %231 = arith.addi %226, %230 : index
            %232 = arith.constant 4 : index
            %233 = arith.addi %226, %232 : index
            %234 = arith.constant 5 : index
            %235 = arith.addi %226, %234 : index
            %236 = arith.constant 16 : index
            %237 = arith.muli %225, %236 : index
            %238 = arith.constant 3072 : index
            %239 = arith.muli %225, %238 : index
            %240 = arith.constant 192 : index
            %241 = arith.muli %226, %240 : index
            %242 = arith.muli %227, %240 : index
            %243 = arith.muli %229, %240 : index
            %244 = arith.muli %231, %240 : index
            %245 = arith.muli %233, %240 : index
            %246 = arith.muli %235, %240 : index
            %247 = arith.constant 0.000000e+00 : f32
            %248 = vector.broadcast %247 : f32 to vector<8xf32>
            %249, %250, %251, %252, %253, %254, %255, %256, %257, %258, %259, %260 = scf.for %261 = %12 to %240 step %13 iter_args(%262 = %248, %263 = %248, %264 = %248, %265 = %248, %266 = %248, %267 = %248, %268 = %248, %269 = %248, %270 = %248, %271 = %248, %272 = %248, %273 = %248) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %274 = arith.muli %261, %236 : index
              %275 = arith.addi %239, %274 : index
              %276 = vector.load %1[%275] : memref<?xf32>, vector<8xf32>
              %277 = arith.addi %275, %10 : index
              %278 = vector.load %1[%277] : memref<?xf32>, vector<8xf32>
              %279 = arith.addi %241, %261 : index
              %280 = memref.load %0[%279] : memref<?xf32>
              %281 = vector.broadcast %280 : f32 to vector<8xf32>
              %282 = vector.fma %281, %276, %262 : vector<8xf32>
              %283 = vector.fma %281, %278, %263 : vector<8xf32>
              %284 = arith.addi %242, %261 : index
              %285 = memref.load %0[%284] : memref<?xf32>
              %286 = vector.broadcast %285 : f32 to vector<8xf32>
              %287 = vector.fma %286, %276, %264 : vector<8xf32>
              %288 = vector.fma %286, %278, %265 : vector<8xf32>
              %289 = arith.addi %243, %261 : index
              %290 = memref.load %0[%289] : memref<?xf32>
              %291 = vector.broadcast %290 : f32 to vector<8xf32>
              %292 = vector.fma %291, %276, %266 : vector<8xf32>
              %293 = vector.fma %291, %278, %267 : vector<8xf32>
              %294 = arith.addi %244, %261 : index
              %295 = memref.load %0[%294] : memref<?xf32>
              %296 = vector.broadcast %295 : f32 to vector<8xf32>
              %297 = vector.fma %296, %276, %268 : vector<8xf32>
              %298 = vector.fma %296, %278, %269 : vector<8xf32>
              %299 = arith.addi %245, %261 : index
              %300 = memref.load %0[%299] : memref<?xf32>
              %301 = vector.broadcast %300 : f32 to vector<8xf32>
              %302 = vector.fma %301, %276, %270 : vector<8xf32>
              %303 = vector.fma %301, %278, %271 : vector<8xf32>
              %304 = arith.addi %246, %261 : index
              %305 = memref.load %0[%304] : memref<?xf32>
              %306 = vector.broadcast %305 : f32 to vector<8xf32>
              %307 = vector.fma %306, %276, %272 : vector<8xf32>
              %308 = vector.fma %306, %278, %273 : vector<8xf32>
              scf.yield %282, %283, %287, %288, %292, %293, %297, %298, %302, %303, %307, %308 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %309 = arith.constant 128 : index
            %310 = arith.muli %226, %309 : index
            %311 = arith.addi %310, %237 : index
            vector.store %249, %2[%311] : memref<?xf32>, vector<8xf32>
            %312 = arith.addi %311, %10 : index
            vector.store %250, %2[%312] : memref<?xf32>, vector<8xf32>
            %313 = arith.muli %227, %309 : index
            %314 = arith.addi %313, %237 : index
            vector.store %251, %2[%314] : memref<?xf32>, vector<8xf32>
            %315 = arith.addi %314, %10 : index
            vector.store %252, %2[%315] : memref<?xf32>, vector<8xf32>
            %316 = arith.muli %229, %309 : index
            %317 = arith.addi %316, %237 : index
            vector.store %253, %2[%317] : memref<?xf32>, vector<8xf32>
            %318 = arith.addi %317, %10 : index
            vector.store %254, %2[%318] : memref<?xf32>, vector<8xf32>
            %319 = arith.muli %231, %309 : index
            %320 = arith.addi %319, %237 : index
            vector.store %255, %2[%320] : memref<?xf32>, vector<8xf32>
            %321 = arith.addi %320, %10 : index
            vector.store %256, %2[%321] : memref<?xf32>, vector<8xf32>
            %322 = arith.muli %233, %309 : index
            %323 = arith.addi %322, %237 : index
            vector.store %257, %2[%323] : memref<?xf32>, vector<8xf32>
            %324 = arith.addi %323, %10 : index
            vector.store %258, %2[%324] : memref<?xf32>, vector<8xf32>
            %325 = arith.muli %235, %309 : index
            %326 = arith.addi %325, %237 : index
            vector.store %259, %2[%326] : memref<?xf32>, vector<8xf32>
            %327 = arith.addi %326, %10 : index
            vector.store %260, %2[%327] : memref<?xf32>, vector<8xf32>
          }
          scf.for %328 = %223 to %218 step %13 {
            %329 = arith.constant 16 : index
            %330 = arith.muli %225, %329 : index
            %331 = arith.constant 3072 : index
            %332 = arith.muli %225, %331 : index
            %333 = arith.constant 192 : index
            %334 = arith.muli %328, %333 : index
            %335 = arith.constant 0.000000e+00 : f32
            %336 = vector.broadcast %335 : f32 to vector<8xf32>
            %337 = arith.constant 4 : index
            %338, %339, %340, %341, %342, %343, %344, %345 = scf.for %346 = %12 to %333 step %337 iter_args(%347 = %336, %348 = %336, %349 = %336, %350 = %336, %351 = %336, %352 = %336, %353 = %336, %354 = %336) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %355 = arith.muli %346, %329 : index
              %356 = arith.addi %332, %355 : index
              %357 = vector.load %1[%356] : memref<?xf32>, vector<8xf32>
              %358 = arith.addi %356, %10 : index
              %359 = vector.load %1[%358] : memref<?xf32>, vector<8xf32>
              %360 = arith.addi %334, %346 : index
              %361 = memref.load %0[%360] : memref<?xf32>
              %362 = vector.broadcast %361 : f32 to vector<8xf32>
              %363 = vector.fma %362, %357, %347 : vector<8xf32>
              %364 = vector.fma %362, %359, %348 : vector<8xf32>
              %365 = arith.addi %346, %13 : index
              %366 = arith.muli %365, %329 : index
              %367 = arith.addi %332, %366 : index
              %368 = vector.load %1[%367] : memref<?xf32>, vector<8xf32>
              %369 = arith.addi %367, %10 : index
              %370 = vector.load %1[%369] : memref<?xf32>, vector<8xf32>
              %371 = arith.addi %334, %365 : index
              %372 = memref.load %0[%371] : memref<?xf32>
              %373 = vector.broadcast %372 : f32 to vector<8xf32>
              %374 = vector.fma %373, %368, %349 : vector<8xf32>
              %375 = vector.fma %373, %370, %350 : vector<8xf32>
              %376 = arith.constant 2 : index
              %377 = arith.addi %346, %376 : index
              %378 = arith.muli %377, %329 : index
              %379 = arith.addi %332, %378 : index
              %380 = vector.load %1[%379] : memref<?xf32>, vector<8xf32>
              %381 = arith.addi %379, %10 : index
              %382 = vector.load %1[%381] : memref<?xf32>, vector<8xf32>
              %383 = arith.addi %334, %377 : index
              %384 = memref.load %0[%383] : memref<?xf32>
              %385 = vector.broadcast %384 : f32 to vector<8xf32>
              %386 = vector.fma %385, %380, %351 : vector<8xf32>
              %387 = vector.fma %385, %382, %352 : vector<8xf32>
              %388 = arith.constant 3 : index
              %389 = arith.addi %346, %388 : index
              %390 = arith.muli %389, %329 : index
              %391 = arith.addi %332, %390 : index
              %392 = vector.load %1[%391] : memref<?xf32>, vector<8xf32>
              %393 = arith.addi %391, %10 : index
              %394 = vector.load %1[%393] : memref<?xf32>, vector<8xf32>
              %395 = arith.addi %334, %389 : index
              %396 = memref.load %0[%395] : memref<?xf32>
              %397 = vector.broadcast %396 : f32 to vector<8xf32>
              %398 = vector.fma %397, %392, %353 : vector<8xf32>
              %399 = vector.fma %397, %394, %354 : vector<8xf32>
              scf.yield %363, %364, %374, %375, %386, %387, %398, %399 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %400 = arith.addf %338, %340 : vector<8xf32>
            %401 = arith.addf %342, %344 : vector<8xf32>
            %402 = arith.addf %400, %401 : vector<8xf32>
            %403 = arith.addf %339, %341 : vector<8xf32>
            %404 = arith.addf %343, %345 : vector<8xf32>
            %405 = arith.addf %403, %404 : vector<8xf32>
            %406 = arith.constant 128 : index
            %407 = arith.muli %328, %406 : index
            %408 = arith.addi %407, %330 : index
            vector.store %402, %2[%408] : memref<?xf32>, vector<8xf32>
            %409 = arith.addi %408, %10 : index
            vector.store %405, %2[%409] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @linear_swiglu_k128_n192(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: memref<?xf32>, %4: index) {
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
        %24 = arith.constant 4 : index
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
            %36 = arith.constant 2048 : index
            %37 = arith.muli %29, %36 : index
            %38 = arith.constant 128 : index
            %39 = arith.muli %30, %38 : index
            %40 = arith.muli %31, %38 : index
            %41 = arith.muli %33, %38 : index
            %42 = arith.muli %35, %38 : index
            %43 = arith.constant 0.000000e+00 : f32
            %44 = vector.broadcast %43 : f32 to vector<8xf32>
            %45, %46, %47, %48, %49, %50, %51, %52, %53, %54, %55, %56, %57, %58, %59, %60 = scf.for %61 = %13 to %38 step %14 iter_args(%62 = %44, %63 = %44, %64 = %44, %65 = %44, %66 = %44, %67 = %44, %68 = %44, %69 = %44, %70 = %44, %71 = %44, %72 = %44, %73 = %44, %74 = %44, %75 = %44, %76 = %44, %77 = %44) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %78 = arith.constant 16 : index
              %79 = arith.muli %61, %78 : index
              %80 = arith.addi %37, %79 : index
              %81 = vector.load %1[%80] : memref<?xf32>, vector<8xf32>
              %82 = arith.constant 8 : index
              %83 = arith.addi %80, %82 : index
              %84 = vector.load %1[%83] : memref<?xf32>, vector<8xf32>
              %85 = vector.load %2[%80] : memref<?xf32>, vector<8xf32>
              %86 = vector.load %2[%83] : memref<?xf32>, vector<8xf32>
              %87 = arith.addi %39, %61 : index
              %88 = memref.load %0[%87] : memref<?xf32>
              %89 = vector.broadcast %88 : f32 to vector<8xf32>
              %90 = vector.fma %89, %81, %62 : vector<8xf32>
              %91 = vector.fma %89, %84, %63 : vector<8xf32>
              %92 = vector.fma %89, %85, %64 : vector<8xf32>
              %93 = vector.fma %89, %86, %65 : vector<8xf32>
              %94 = arith.addi %40, %61 : index
              %95 = memref.load %0[%94] : memref<?xf32>
              %96 = vector.broadcast %95 : f32 to vector<8xf32>
              %97 = vector.fma %96, %81, %66 : vector<8xf32>
              %98 = vector.fma %96, %84, %67 : vector<8xf32>
              %99 = vector.fma %96, %85, %68 : vector<8xf32>
              %100 = vector.fma %96, %86, %69 : vector<8xf32>
              %101 = arith.addi %41, %61 : index
              %102 = memref.load %0[%101] : memref<?xf32>
              %103 = vector.broadcast %102 : f32 to vector<8xf32>
              %104 = vector.fma %103, %81, %70 : vector<8xf32>
              %105 = vector.fma %103, %84, %71 : vector<8xf32>
              %106 = vector.fma %103, %85, %72 : vector<8xf32>
              %107 = vector.fma %103, %86, %73 : vector<8xf32>
              %108 = arith.addi %42, %61 : index
              %109 = memref.load %0[%108] : memref<?xf32>
              %110 = vector.broadcast %109 : f32 to vector<8xf32>
              %111 = vector.fma %110, %81, %74 : vector<8xf32>
              %112 = vector.fma %110, %84, %75 : vector<8xf32>
              %113 = vector.fma %110, %85, %76 : vector<8xf32>
              %114 = vector.fma %110, %86, %77 : vector<8xf32>
              scf.yield %90, %91, %92, %93, %97, %98, %99, %100, %104, %105, %106, %107, %111, %112, %113, %114 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %115 = arith.subf %44, %45 : vector<8xf32>
            %116 = arith.constant -8.700000e+01 : f32
            %117 = vector.broadcast %116 : f32 to vector<8xf32>
            %118 = arith.cmpf ogt, %115, %117 : vector<8xf32>
            %119 = arith.select %118, %115, %117 : vector<8xf32>
            %120 = arith.constant 8.800000e+01 : f32
            %121 = vector.broadcast %120 : f32 to vector<8xf32>
            %122 = arith.cmpf olt, %119, %121 : vector<8xf32>
            %123 = arith.select %122, %119, %121 : vector<8xf32>
            %124 = math.exp %123 : vector<8xf32>
            %125 = arith.constant 1.000000e+00 : f32
            %126 = vector.broadcast %125 : f32 to vector<8xf32>
            %127 = arith.addf %126, %124 : vector<8xf32>
            %128 = arith.divf %45, %127 : vector<8xf32>
            %129 = arith.mulf %128, %47 : vector<8xf32>
            %130 = arith.subf %44, %46 : vector<8xf32>
            %131 = arith.cmpf ogt, %130, %117 : vector<8xf32>
            %132 = arith.select %131, %130, %117 : vector<8xf32>
            %133 = arith.cmpf olt, %132, %121 : vector<8xf32>
            %134 = arith.select %133, %132, %121 : vector<8xf32>
            %135 = math.exp %134 : vector<8xf32>
            %136 = arith.addf %126, %135 : vector<8xf32>
            %137 = arith.divf %46, %136 : vector<8xf32>
            %138 = arith.mulf %137, %48 : vector<8xf32>
            %139 = arith.constant 192 : index
            %140 = arith.muli %30, %139 : index
            %141 = arith.constant 16 : index
            %142 = arith.muli %29, %141 : index
            %143 = arith.addi %140, %142 : index
            vector.store %129, %3[%143] : memref<?xf32>, vector<8xf32>
            %144 = arith.constant 8 : index
            %145 = arith.addi %143, %144 : index
            vector.store %138, %3[%145] : memref<?xf32>, vector<8xf32>
            %146 = arith.subf %44, %49 : vector<8xf32>
            %147 = arith.cmpf ogt, %146, %117 : vector<8xf32>
            %148 = arith.select %147, %146, %117 : vector<8xf32>
            %149 = arith.cmpf olt, %148, %121 : vector<8xf32>
            %150 = arith.select %149, %148, %121 : vector<8xf32>
            %151 = math.exp %150 : vector<8xf32>
            %152 = arith.addf %126, %151 : vector<8xf32>
            %153 = arith.divf %49, %152 : vector<8xf32>
            %154 = arith.mulf %153, %51 : vector<8xf32>
            %155 = arith.subf %44, %50 : vector<8xf32>
            %156 = arith.cmpf ogt, %155, %117 : vector<8xf32>
            %157 = arith.select %156, %155, %117 : vector<8xf32>
            %158 = arith.cmpf olt, %157, %121 : vector<8xf32>
            %159 = arith.select %158, %157, %121 : vector<8xf32>
            %160 = math.exp %159 : vector<8xf32>
            %161 = arith.addf %126, %160 : vector<8xf32>
            %162 = arith.divf %50, %161 : vector<8xf32>
            %163 = arith.mulf %162, %52 : vector<8xf32>
            %164 = arith.muli %31, %139 : index
            %165 = arith.addi %164, %142 : index
            vector.store %154, %3[%165] : memref<?xf32>, vector<8xf32>
            %166 = arith.addi %165, %144 : index
            vector.store %163, %3[%166] : memref<?xf32>, vector<8xf32>
            %167 = arith.subf %44, %53 : vector<8xf32>
            %168 = arith.cmpf ogt, %167, %117 : vector<8xf32>
            %169 = arith.select %168, %167, %117 : vector<8xf32>
            %170 = arith.cmpf olt, %169, %121 : vector<8xf32>
            %171 = arith.select %170, %169, %121 : vector<8xf32>
            %172 = math.exp %171 : vector<8xf32>
            %173 = arith.addf %126, %172 : vector<8xf32>
            %174 = arith.divf %53, %173 : vector<8xf32>
            %175 = arith.mulf %174, %55 : vector<8xf32>
            %176 = arith.subf %44, %54 : vector<8xf32>
            %177 = arith.cmpf ogt, %176, %117 : vector<8xf32>
            %178 = arith.select %177, %176, %117 : vector<8xf32>
            %179 = arith.cmpf olt, %178, %121 : vector<8xf32>
            %180 = arith.select %179, %178, %121 : vector<8xf32>
            %181 = math.exp %180 : vector<8xf32>
            %182 = arith.addf %126, %181 : vector<8xf32>
            %183 = arith.divf %54, %182 : vector<8xf32>
            %184 = arith.mulf %183, %56 : vector<8xf32>
            %185 = arith.muli %33, %139 : index
            %186 = arith.addi %185, %142 : index
            vector.store %175, %3[%186] : memref<?xf32>, vector<8xf32>
            %187 = arith.addi %186, %144 : index
            vector.store %184, %3[%187] : memref<?xf32>, vector<8xf32>
            %188 = arith.subf %44, %57 : vector<8xf32>
            %189 = arith.cmpf ogt, %188, %117 : vector<8xf32>
            %190 = arith.select %189, %188, %117 : vector<8xf32>
            %191 = arith.cmpf olt, %190, %121 : vector<8xf32>
            %192 = arith.select %191, %190, %121 : vector<8xf32>
            %193 = math.exp %192 : vector<8xf32>
            %194 = arith.addf %126, %193 : vector<8xf32>
            %195 = arith.divf %57, %194 : vector<8xf32>
            %196 = arith.mulf %195, %59 : vector<8xf32>
            %197 = arith.subf %44, %58 : vector<8xf32>
            %198 = arith.cmpf ogt, %197, %117 : vector<8xf32>
            %199 = arith.select %198, %197, %117 : vector<8xf32>
            %200 = arith.cmpf olt, %199, %121 : vector<8xf32>
            %201 = arith.select %200, %199, %121 : vector<8xf32>
            %202 = math.exp %201 : vector<8xf32>
            %203 = arith.addf %126, %202 : vector<8xf32>
            %204 = arith.divf %58, %203 : vector<8xf32>
            %205 = arith.mulf %204, %60 : vector<8xf32>
            %206 = arith.muli %35, %139 : index
            %207 = arith.addi %206, %142 : index
            vector.store %196, %3[%207] : memref<?xf32>, vector<8xf32>
            %208 = arith.addi %207, %144 : index
            vector.store %205, %3[%208] : memref<?xf32>, vector<8xf32>
          }
          scf.for %209 = %27 to %22 step %14 {
            %210 = arith.constant 2048 : index
            %211 = arith.muli %29, %210 : index
            %212 = arith.constant 128 : index
            %213 = arith.muli %209, %212 : index
            %214 = arith.constant 0.000000e+00 : f32
            %215 = vector.broadcast %214 : f32 to vector<8xf32>
            %216 = arith.constant 2 : index
            %217, %218, %219, %220, %221, %222, %223, %224 = scf.for %225 = %13 to %212 step %216 iter_args(%226 = %215, %227 = %215, %228 = %215, %229 = %215, %230 = %215, %231 = %215, %232 = %215, %233 = %215) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %234 = arith.constant 16 : index
              %235 = arith.muli %225, %234 : index
              %236 = arith.addi %211, %235 : index
              %237 = vector.load %1[%236] : memref<?xf32>, vector<8xf32>
              %238 = arith.constant 8 : index
              %239 = arith.addi %236, %238 : index
              %240 = vector.load %1[%239] : memref<?xf32>, vector<8xf32>
              %241 = vector.load %2[%236] : memref<?xf32>, vector<8xf32>
              %242 = vector.load %2[%239] : memref<?xf32>, vector<8xf32>
              %243 = arith.addi %213, %225 : index
              %244 = memref.load %0[%243] : memref<?xf32>
              %245 = vector.broadcast %244 : f32 to vector<8xf32>
              %246 = vector.fma %245, %237, %226 : vector<8xf32>
              %247 = vector.fma %245, %240, %227 : vector<8xf32>
              %248 = vector.fma %245, %241, %228 : vector<8xf32>
              %249 = vector.fma %245, %242, %229 : vector<8xf32>
              %250 = arith.addi %225, %14 : index
              %251 = arith.muli %250, %234 : index
              %252 = arith.addi %211, %251 : index
              %253 = vector.load %1[%252] : memref<?xf32>, vector<8xf32>
              %254 = arith.addi %252, %238 : index
              %255 = vector.load %1[%254] : memref<?xf32>, vector<8xf32>
              %256 = vector.load %2[%252] : memref<?xf32>, vector<8xf32>
              %257 = vector.load %2[%254] : memref<?xf32>, vector<8xf32>
              %258 = arith.addi %213, %250 : index
              %259 = memref.load %0[%258] : memref<?xf32>
              %260 = vector.broadcast %259 : f32 to vector<8xf32>
              %261 = vector.fma %260, %253, %230 : vector<8xf32>
              %262 = vector.fma %260, %255, %231 : vector<8xf32>
              %263 = vector.fma %260, %256, %232 : vector<8xf32>
              %264 = vector.fma %260, %257, %233 : vector<8xf32>
              scf.yield %246, %247, %248, %249, %261, %262, %263, %264 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %265 = arith.addf %217, %221 : vector<8xf32>
            %266 = arith.addf %218, %222 : vector<8xf32>
            %267 = arith.addf %219, %223 : vector<8xf32>
            %268 = arith.addf %220, %224 : vector<8xf32>
            %269 = arith.subf %215, %265 : vector<8xf32>
            %270 = arith.constant -8.700000e+01 : f32
            %271 = vector.broadcast %270 : f32 to vector<8xf32>
            %272 = arith.cmpf ogt, %269, %271 : vector<8xf32>
            %273 = arith.select %272, %269, %271 : vector<8xf32>
            %274 = arith.constant 8.800000e+01 : f32
            %275 = vector.broadcast %274 : f32 to vector<8xf32>
            %276 = arith.cmpf olt, %273, %275 : vector<8xf32>
            %277 = arith.select %276, %273, %275 : vector<8xf32>
            %278 = math.exp %277 : vector<8xf32>
            %279 = arith.constant 1.000000e+00 : f32
            %280 = vector.broadcast %279 : f32 to vector<8xf32>
            %281 = arith.addf %280, %278 : vector<8xf32>
            %282 = arith.divf %265, %281 : vector<8xf32>
            %283 = arith.mulf %282, %267 : vector<8xf32>
            %284 = arith.subf %215, %266 : vector<8xf32>
            %285 = arith.cmpf ogt, %284, %271 : vector<8xf32>
            %286 = arith.select %285, %284, %271 : vector<8xf32>
            %287 = arith.cmpf olt, %286, %275 : vector<8xf32>
            %288 = arith.select %287, %286, %275 : vector<8xf32>
            %289 = math.exp %288 : vector<8xf32>
            %290 = arith.addf %280, %289 : vector<8xf32>
            %291 = arith.divf %266, %290 : vector<8xf32>
            %292 = arith.mulf %291, %268 : vector<8xf32>
            %293 = arith.constant 192 : index
            %294 = arith.muli %209, %293 : index
            %295 = arith.constant 16 : index
            %296 = arith.muli %29, %295 : index
            %297 = arith.addi %294, %296 : index
            vector.store %283, %3[%297] : memref<?xf32>, vector<8xf32>
            %298 = arith.constant 8 : index
            %299 = arith.addi %297, %298 : index
            vector.store %292, %3[%299] : memref<?xf32>, vector<8xf32>
          }
        }
      }
    } else {
      "scf.parallel"(%13, %12, %14) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%300: index):
        %301 = arith.divui %300, %10 : index
        %302 = arith.remui %300, %10 : index
        %303 = arith.muli %302, %9 : index
        %304 = arith.addi %303, %9 : index
        %305 = arith.minui %304, %4 : index
        %306 = arith.subi %305, %303 : index
        %307 = arith.constant 4 : index
        %308 = arith.divui %306, %307 : index
        %309 = arith.muli %308, %307 : index
        %310 = arith.addi %303, %309 : index
        %311 = arith.addi %301, %14 : index
        scf.for %312 = %301 to %311 step %14 {
          scf.for %313 = %303 to %310 step %307 {
            %314 = arith.addi %313, %14 : index
            %315 = arith.constant 2 : index
            %316 = arith.addi %313, %315 : index
            %317 = arith.constant 3 : index
            %318 = arith.addi %313, %317 : index
            %319 = arith.constant 2048 : index
            %320 = arith.muli %312, %319 : index
            %321 = arith.constant 128 : index
            %322 = arith.muli %313, %321 : index
            %323 = arith.muli %314, %321 : index
            %324 = arith.muli %316, %321 : index
            %325 = arith.muli %318, %321 : index
            %326 = arith.constant 0.000000e+00 : f32
            %327 = vector.broadcast %326 : f32 to vector<8xf32>
            %328, %329, %330, %331, %332, %333, %334, %335, %336, %337, %338, %339, %340, %341, %342, %343 = scf.for %344 = %13 to %321 step %14 iter_args(%345 = %327, %346 = %327, %347 = %327, %348 = %327, %349 = %327, %350 = %327, %351 = %327, %352 = %327, %353 = %327, %354 = %327, %355 = %327, %356 = %327, %357 = %327, %358 = %327, %359 = %327, %360 = %327) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %361 = arith.constant 16 : index
              %362 = arith.muli %344, %361 : index
              %363 = arith.addi %320, %362 : index
              %364 = vector.load %1[%363] : memref<?xf32>, vector<8xf32>
              %365 = arith.constant 8 : index
              %366 = arith.addi %363, %365 : index
              %367 = vector.load %1[%366] : memref<?xf32>, vector<8xf32>
              %368 = vector.load %2[%363] : memref<?xf32>, vector<8xf32>
              %369 = vector.load %2[%366] : memref<?xf32>, vector<8xf32>
              %370 = arith.addi %322, %344 : index
              %371 = memref.load %0[%370] : memref<?xf32>
              %372 = vector.broadcast %371 : f32 to vector<8xf32>
              %373 = vector.fma %372, %364, %345 : vector<8xf32>
              %374 = vector.fma %372, %367, %346 : vector<8xf32>
              %375 = vector.fma %372, %368, %347 : vector<8xf32>
              %376 = vector.fma %372, %369, %348 : vector<8xf32>
              %377 = arith.addi %323, %344 : index
              %378 = memref.load %0[%377] : memref<?xf32>
              %379 = vector.broadcast %378 : f32 to vector<8xf32>
              %380 = vector.fma %379, %364, %349 : vector<8xf32>
              %381 = vector.fma %379, %367, %350 : vector<8xf32>
              %382 = vector.fma %379, %368, %351 : vector<8xf32>
              %383 = vector.fma %379, %369, %352 : vector<8xf32>
              %384 = arith.addi %324, %344 : index
              %385 = memref.load %0[%384] : memref<?xf32>
              %386 = vector.broadcast %385 : f32 to vector<8xf32>
              %387 = vector.fma %386, %364, %353 : vector<8xf32>
              %388 = vector.fma %386, %367, %354 : vector<8xf32>
              %389 = vector.fma %386, %368, %355 : vector<8xf32>
              %390 = vector.fma %386, %369, %356 : vector<8xf32>
              %391 = arith.addi %325, %344 : index
              %392 = memref.load %0[%391] : memref<?xf32>
              %393 = vector.broadcast %392 : f32 to vector<8xf32>
              %394 = vector.fma %393, %364, %357 : vector<8xf32>
              %395 = vector.fma %393, %367, %358 : vector<8xf32>
              %396 = vector.fma %393, %368, %359 : vector<8xf32>
              %397 = vector.fma %393, %369, %360 : vector<8xf32>
              scf.yield %373, %374, %375, %376, %380, %381, %382, %383, %387, %388, %389, %390, %394, %395, %396, %397 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %398 = arith.subf %327, %328 : vector<8xf32>
            %399 = arith.constant -8.700000e+01 : f32
            %400 = vector.broadcast %399 : f32 to vector<8xf32>
            %401 = arith.cmpf ogt, %398, %400 : vector<8xf32>
            %402 = arith.select %401, %398, %400 : vector<8xf32>
            %403 = arith.constant 8.800000e+01 : f32
            %404 = vector.broadcast %403 : f32 to vector<8xf32>
            %405 = arith.cmpf olt, %402, %404 : vector<8xf32>
            %406 = arith.select %405, %402, %404 : vector<8xf32>
            %407 = math.exp %406 : vector<8xf32>
            %408 = arith.constant 1.000000e+00 : f32
            %409 = vector.broadcast %408 : f32 to vector<8xf32>
            %410 = arith.addf %409, %407 : vector<8xf32>
            %411 = arith.divf %328, %410 : vector<8xf32>
            %412 = arith.mulf %411, %330 : vector<8xf32>
            %413 = arith.subf %327, %329 : vector<8xf32>
            %414 = arith.cmpf ogt, %413, %400 : vector<8xf32>
            %415 = arith.select %414, %413, %400 : vector<8xf32>
            %416 = arith.cmpf olt, %415, %404 : vector<8xf32>
            %417 = arith.select %416, %415, %404 : vector<8xf32>
            %418 = math.exp %417 : vector<8xf32>
            %419 = arith.addf %409, %418 : vector<8xf32>
            %420 = arith.divf %329, %419 : vector<8xf32>
            %421 = arith.mulf %420, %331 : vector<8xf32>
            %422 = arith.constant 192 : index
            %423 = arith.muli %313, %422 : index
            %424 = arith.constant 16 : index
            %425 = arith.muli %312, %424 : index
            %426 = arith.addi %423, %425 : index
            vector.store %412, %3[%426] : memref<?xf32>, vector<8xf32>
            %427 = arith.constant 8 : index
            %428 = arith.addi %426, %427 : index
            vector.store %421, %3[%428] : memref<?xf32>, vector<8xf32>
            %429 = arith.subf %327, %332 : vector<8xf32>
            %430 = arith.cmpf ogt, %429, %400 : vector<8xf32>
            %431 = arith.select %430, %429, %400 : vector<8xf32>
            %432 = arith.cmpf olt, %431, %404 : vector<8xf32>
            %433 = arith.select %432, %431, %404 : vector<8xf32>
            %434 = math.exp %433 : vector<8xf32>
            %435 = arith.addf %409, %434 : vector<8xf32>
            %436 = arith.divf %332, %435 : vector<8xf32>
            %437 = arith.mulf %436, %334 : vector<8xf32>
            %438 = arith.subf %327, %333 : vector<8xf32>
            %439 = arith.cmpf ogt, %438, %400 : vector<8xf32>
            %440 = arith.select %439, %438, %400 : vector<8xf32>
            %441 = arith.cmpf olt, %440, %404 : vector<8xf32>
            %442 = arith.select %441, %440, %404 : vector<8xf32>
            %443 = math.exp %442 : vector<8xf32>
            %444 = arith.addf %409, %443 : vector<8xf32>
            %445 = arith.divf %333, %444 : vector<8xf32>
            %446 = arith.mulf %445, %335 : vector<8xf32>
            %447 = arith.muli %314, %422 : index
            %448 = arith.addi %447, %425 : index
            vector.store %437, %3[%448] : memref<?xf32>, vector<8xf32>
            %449 = arith.addi %448, %427 : index
            vector.store %446, %3[%449] : memref<?xf32>, vector<8xf32>
            %450 = arith.subf %327, %336 : vector<8xf32>
            %451 = arith.cmpf ogt, %450, %400 : vector<8xf32>
            %452 = arith.select %451, %450, %400 : vector<8xf32>
            %453 = arith.cmpf olt, %452, %404 : vector<8xf32>
            %454 = arith.select %453, %452, %404 : vector<8xf32>
            %455 = math.exp %454 : vector<8xf32>
            %456 = arith.addf %409, %455 : vector<8xf32>
            %457 = arith.divf %336, %456 : vector<8xf32>
            %458 = arith.mulf %457, %338 : vector<8xf32>
            %459 = arith.subf %327, %337 : vector<8xf32>
            %460 = arith.cmpf ogt, %459, %400 : vector<8xf32>
            %461 = arith.select %460, %459, %400 : vector<8xf32>
            %462 = arith.cmpf olt, %461, %404 : vector<8xf32>
            %463 = arith.select %462, %461, %404 : vector<8xf32>
            %464 = math.exp %463 : vector<8xf32>
            %465 = arith.addf %409, %464 : vector<8xf32>
            %466 = arith.divf %337, %465 : vector<8xf32>
            %467 = arith.mulf %466, %339 : vector<8xf32>
            %468 = arith.muli %316, %422 : index
            %469 = arith.addi %468, %425 : index
            vector.store %458, %3[%469] : memref<?xf32>, vector<8xf32>
            %470 = arith.addi %469, %427 : index
            vector.store %467, %3[%470] : memref<?xf32>, vector<8xf32>
            %471 = arith.subf %327, %340 : vector<8xf32>
            %472 = arith.cmpf ogt, %471, %400 : vector<8xf32>
            %473 = arith.select %472, %471, %400 : vector<8xf32>
            %474 = arith.cmpf olt, %473, %404 : vector<8xf32>
            %475 = arith.select %474, %473, %404 : vector<8xf32>
            %476 = math.exp %475 : vector<8xf32>
            %477 = arith.addf %409, %476 : vector<8xf32>
            %478 = arith.divf %340, %477 : vector<8xf32>
            %479 = arith.mulf %478, %342 : vector<8xf32>
            %480 = arith.subf %327, %341 : vector<8xf32>
            %481 = arith.cmpf ogt, %480, %400 : vector<8xf32>
            %482 = arith.select %481, %480, %400 : vector<8xf32>
            %483 = arith.cmpf olt, %482, %404 : vector<8xf32>
            %484 = arith.select %483, %482, %404 : vector<8xf32>
            %485 = math.exp %484 : vector<8xf32>
            %486 = arith.addf %409, %485 : vector<8xf32>
            %487 = arith.divf %341, %486 : vector<8xf32>
            %488 = arith.mulf %487, %343 : vector<8xf32>
            %489 = arith.muli %318, %422 : index
            %490 = arith.addi %489, %425 : index
            vector.store %479, %3[%490] : memref<?xf32>, vector<8xf32>
            %491 = arith.addi %490, %427 : index
            vector.store %488, %3[%491] : memref<?xf32>, vector<8xf32>
          }
          scf.for %492 = %310 to %305 step %14 {
            %493 = arith.constant 2048 : index
            %494 = arith.muli %312, %493 : index
            %495 = arith.constant 128 : index
            %496 = arith.muli %492, %495 : index
            %497 = arith.constant 0.000000e+00 : f32
            %498 = vector.broadcast %497 : f32 to vector<8xf32>
            %499 = arith.constant 2 : index
            %500, %501, %502, %503, %504, %505, %506, %507 = scf.for %508 = %13 to %495 step %499 iter_args(%509 = %498, %510 = %498, %511 = %498, %512 = %498, %513 = %498, %514 = %498, %515 = %498, %516 = %498) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %517 = arith.constant 16 : index
              %518 = arith.muli %508, %517 : index
              %519 = arith.addi %494, %518 : index
              %520 = vector.load %1[%519] : memref<?xf32>, vector<8xf32>
              %521 = arith.constant 8 : index
              %522 = arith.addi %519, %521 : index
              %523 = vector.load %1[%522] : memref<?xf32>, vector<8xf32>
              %524 = vector.load %2[%519] : memref<?xf32>, vector<8xf32>
              %525 = vector.load %2[%522] : memref<?xf32>, vector<8xf32>
              %526 = arith.addi %496, %508 : index
              %527 = memref.load %0[%526] : memref<?xf32>
              %528 = vector.broadcast %527 : f32 to vector<8xf32>
              %529 = vector.fma %528, %520, %509 : vector<8xf32>
              %530 = vector.fma %528, %523, %510 : vector<8xf32>
              %531 = vector.fma %528, %524, %511 : vector<8xf32>
              %532 = vector.fma %528, %525, %512 : vector<8xf32>
              %533 = arith.addi %508, %14 : index
              %534 = arith.muli %533, %517 : index
              %535 = arith.addi %494, %534 : index
              %536 = vector.load %1[%535] : memref<?xf32>, vector<8xf32>
              %537 = arith.addi %535, %521 : index
              %538 = vector.load %1[%537] : memref<?xf32>, vector<8xf32>
              %539 = vector.load %2[%535] : memref<?xf32>, vector<8xf32>
              %540 = vector.load %2[%537] : memref<?xf32>, vector<8xf32>
              %541 = arith.addi %496, %533 : index
              %542 = memref.load %0[%541] : memref<?xf32>
              %543 = vector.broadcast %542 : f32 to vector<8xf32>
              %544 = vector.fma %543, %536, %513 : vector<8xf32>
              %545 = vector.fma %543, %538, %514 : vector<8xf32>
              %546 = vector.fma %543, %539, %515 : vector<8xf32>
              %547 = vector.fma %543, %540, %516 : vector<8xf32>
              scf.yield %529, %530, %531, %532, %544, %545, %546, %547 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %548 = arith.addf %500, %504 : vector<8xf32>
            %549 = arith.addf %501, %505 : vector<8xf32>
            %550 = arith.addf %502, %506 : vector<8xf32>
            %551 = arith.addf %503, %507 : vector<8xf32>
            %552 = arith.subf %498, %548 : vector<8xf32>
            %553 = arith.constant -8.700000e+01 : f32
            %554 = vector.broadcast %553 : f32 to vector<8xf32>
            %555 = arith.cmpf ogt, %552, %554 : vector<8xf32>
            %556 = arith.select %555, %552, %554 : vector<8xf32>
            %557 = arith.constant 8.800000e+01 : f32
            %558 = vector.broadcast %557 : f32 to vector<8xf32>
            %559 = arith.cmpf olt, %556, %558 : vector<8xf32>
            %560 = arith.select %559, %556, %558 : vector<8xf32>
            %561 = math.exp %560 : vector<8xf32>
            %562 = arith.constant 1.000000e+00 : f32
            %563 = vector.broadcast %562 : f32 to vector<8xf32>
            %564 = arith.addf %563, %561 : vector<8xf32>
            %565 = arith.divf %548, %564 : vector<8xf32>
            %566 = arith.mulf %565, %550 : vector<8xf32>
            %567 = arith.subf %498, %549 : vector<8xf32>
            %568 = arith.cmpf ogt, %567, %554 : vector<8xf32>
            %569 = arith.select %568, %567, %554 : vector<8xf32>
            %570 = arith.cmpf olt, %569, %558 : vector<8xf32>
            %571 = arith.select %570, %569, %558 : vector<8xf32>
            %572 = math.exp %571 : vector<8xf32>
            %573 = arith.addf %563, %572 : vector<8xf32>
            %574 = arith.divf %549, %573 : vector<8xf32>
            %575 = arith.mulf %574, %551 : vector<8xf32>
            %576 = arith.constant 192 : index
            %577 = arith.muli %492, %576 : index
            %578 = arith.constant 16 : index
            %579 = arith.muli %312, %578 : index
            %580 = arith.addi %577, %579 : index
            vector.store %566, %3[%580] : memref<?xf32>, vector<8xf32>
            %581 = arith.constant 8 : index
            %582 = arith.addi %580, %581 : index
            vector.store %575, %3[%582] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @multi_linear_k128_n128x64x64(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: memref<?xf32>, %4: memref<?xf32>, %5: memref<?xf32>, %6: memref<?xf32>, %7: index) {
    %8 = arith.constant 32768 : index
    %9 = arith.muli %7, %8 : index
    %10 = arith.constant 509 : index
    %11 = arith.addi %7, %10 : index
    %12 = arith.constant 510 : index
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
        %27 = arith.constant 6 : index
        %28 = arith.divui %26, %27 : index
        %29 = arith.muli %28, %27 : index
        %30 = arith.addi %23, %29 : index
        %31 = arith.constant 2 : index
        %32 = arith.muli %21, %31 : index
        %33 = arith.addi %32, %31 : index
        scf.for %34 = %32 to %33 step %17 {
          scf.for %35 = %23 to %30 step %27 {
            %36 = arith.addi %35, %17 : index
            %37 = arith.addi %35, %31 : index
            %38 = arith.constant 3 : index
            %39 = arith.addi %35, %38 : index
            %40 = arith.constant 4 : index
            %41 = arith.addi %35, %40 : index
            %42 = arith.constant 5 : index
            %43 = arith.addi %35, %42 : index
            %44 = arith.constant 12 : index
            %45 = arith.cmpi ult, %34, %44 : index
            %46 = arith.select %45, %2, %3 : memref<?xf32>
            %47 = arith.cmpi ult, %34, %14 : index
            %48 = arith.select %47, %1, %46 : memref<?xf32>
            %49 = arith.select %45, %14, %44 : index
            %50 = arith.select %47, %16, %49 : index
            %51 = arith.subi %34, %50 : index
            %52 = arith.constant 64 : index
            %53 = arith.select %45, %52, %52 : index
            %54 = arith.constant 128 : index
            %55 = arith.select %47, %54, %53 : index
            %56 = arith.select %45, %5, %6 : memref<?xf32>
            %57 = arith.select %47, %4, %56 : memref<?xf32>
            %58 = arith.constant 16 : index
            %59 = arith.muli %51, %58 : index
            %60 = arith.constant 2048 : index
            %61 = arith.muli %51, %60 : index
            %62 = arith.muli %35, %54 : index
            %63 = arith.muli %36, %54 : index
            %64 = arith.muli %37, %54 : index
            %65 = arith.muli %39, %54 : index
            %66 = arith.muli %41, %54 : index
            %67 = arith.muli %43, %54 : index
            %68 = arith.constant 0.000000e+00 : f32
            %69 = vector.broadcast %68 : f32 to vector<8xf32>
            %70, %71, %72, %73, %74, %75, %76, %77, %78, %79, %80, %81 = scf.for %82 = %16 to %54 step %17 iter_args(%83 = %69, %84 = %69, %85 = %69, %86 = %69, %87 = %69, %88 = %69, %89 = %69, %90 = %69, %91 = %69, %92 = %69, %93 = %69, %94 = %69) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %95 = arith.muli %82, %58 : index
              %96 = arith.addi %61, %95 : index
              %97 = vector.load %48[%96] : memref<?xf32>, vector<8xf32>
              %98 = arith.addi %96, %14 : index
              %99 = vector.load %48[%98] : memref<?xf32>, vector<8xf32>
              %100 = arith.addi %62, %82 : index
              %101 = memref.load %0[%100] : memref<?xf32>
              %102 = vector.broadcast %101 : f32 to vector<8xf32>
              %103 = vector.fma %102, %97, %83 : vector<8xf32>
              %104 = vector.fma %102, %99, %84 : vector<8xf32>
              %105 = arith.addi %63, %82 : index
              %106 = memref.load %0[%105] : memref<?xf32>
              %107 = vector.broadcast %106 : f32 to vector<8xf32>
              %108 = vector.fma %107, %97, %85 : vector<8xf32>
              %109 = vector.fma %107, %99, %86 : vector<8xf32>
              %110 = arith.addi %64, %82 : index
              %111 = memref.load %0[%110] : memref<?xf32>
              %112 = vector.broadcast %111 : f32 to vector<8xf32>
              %113 = vector.fma %112, %97, %87 : vector<8xf32>
              %114 = vector.fma %112, %99, %88 : vector<8xf32>
              %115 = arith.addi %65, %82 : index
              %116 = memref.load %0[%115] : memref<?xf32>
              %117 = vector.broadcast %116 : f32 to vector<8xf32>
              %118 = vector.fma %117, %97, %89 : vector<8xf32>
              %119 = vector.fma %117, %99, %90 : vector<8xf32>
              %120 = arith.addi %66, %82 : index
              %121 = memref.load %0[%120] : memref<?xf32>
              %122 = vector.broadcast %121 : f32 to vector<8xf32>
              %123 = vector.fma %122, %97, %91 : vector<8xf32>
              %124 = vector.fma %122, %99, %92 : vector<8xf32>
              %125 = arith.addi %67, %82 : index
              %126 = memref.load %0[%125] : memref<?xf32>
              %127 = vector.broadcast %126 : f32 to vector<8xf32>
              %128 = vector.fma %127, %97, %93 : vector<8xf32>
              %129 = vector.fma %127, %99, %94 : vector<8xf32>
              scf.yield %103, %104, %108, %109, %113, %114, %118, %119, %123, %124, %128, %129 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %130 = arith.muli %35, %55 : index
            %131 = arith.addi %130, %59 : index
            vector.store %70, %57[%131] : memref<?xf32>, vector<8xf32>
            %132 = arith.addi %131, %14 : index
            vector.store %71, %57[%132] : memref<?xf32>, vector<8xf32>
            %133 = arith.muli %36, %55 : index
            %134 = arith.addi %133, %59 : index
            vector.store %72, %57[%134] : memref<?xf32>, vector<8xf32>
            %135 = arith.addi %134, %14 : index
            vector.store %73, %57[%135] : memref<?xf32>, vector<8xf32>
            %136 = arith.muli %37, %55 : index
            %137 = arith.addi %136, %59 : index
            vector.store %74, %57[%137] : memref<?xf32>, vector<8xf32>
            %138 = arith.addi %137, %14 : index
            vector.store %75, %57[%138] : memref<?xf32>, vector<8xf32>
            %139 = arith.muli %39, %55 : index
            %140 = arith.addi %139, %59 : index
            vector.store %76, %57[%140] : memref<?xf32>, vector<8xf32>
            %141 = arith.addi %140, %14 : index
            vector.store %77, %57[%141] : memref<?xf32>, vector<8xf32>
            %142 = arith.muli %41, %55 : index
            %143 = arith.addi %142, %59 : index
            vector.store %78, %57[%143] : memref<?xf32>, vector<8xf32>
            %144 = arith.addi %143, %14 : index
            vector.store %79, %57[%144] : memref<?xf32>, vector<8xf32>
            %145 = arith.muli %43, %55 : index
            %146 = arith.addi %145, %59 : index
            vector.store %80, %57[%146] : memref<?xf32>, vector<8xf32>
            %147 = arith.addi %146, %14 : index
            vector.store %81, %57[%147] : memref<?xf32>, vector<8xf32>
          }
          scf.for %148 = %30 to %25 step %17 {
            %149 = arith.constant 12 : index
            %150 = arith.cmpi ult, %34, %149 : index
            %151 = arith.select %150, %2, %3 : memref<?xf32>
            %152 = arith.cmpi ult, %34, %14 : index
            %153 = arith.select %152, %1, %151 : memref<?xf32>
            %154 = arith.select %150, %14, %149 : index
            %155 = arith.select %152, %16, %154 : index
            %156 = arith.subi %34, %155 : index
            %157 = arith.constant 64 : index
            %158 = arith.select %150, %157, %157 : index
            %159 = arith.constant 128 : index
            %160 = arith.select %152, %159, %158 : index
            %161 = arith.select %150, %5, %6 : memref<?xf32>
            %162 = arith.select %152, %4, %161 : memref<?xf32>
            %163 = arith.constant 16 : index
            %164 = arith.muli %156, %163 : index
            %165 = arith.constant 2048 : index
            %166 = arith.muli %156, %165 : index
            %167 = arith.muli %148, %159 : index
            %168 = arith.constant 0.000000e+00 : f32
            %169 = vector.broadcast %168 : f32 to vector<8xf32>
            %170 = arith.constant 4 : index
            %171, %172, %173, %174, %175, %176, %177, %178 = scf.for %179 = %16 to %159 step %170 iter_args(%180 = %169, %181 = %169, %182 = %169, %183 = %169, %184 = %169, %185 = %169, %186 = %169, %187 = %169) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %188 = arith.muli %179, %163 : index
              %189 = arith.addi %166, %188 : index
              %190 = vector.load %153[%189] : memref<?xf32>, vector<8xf32>
              %191 = arith.addi %189, %14 : index
              %192 = vector.load %153[%191] : memref<?xf32>, vector<8xf32>
              %193 = arith.addi %167, %179 : index
              %194 = memref.load %0[%193] : memref<?xf32>
              %195 = vector.broadcast %194 : f32 to vector<8xf32>
              %196 = vector.fma %195, %190, %180 : vector<8xf32>
              %197 = vector.fma %195, %192, %181 : vector<8xf32>
              %198 = arith.addi %179, %17 : index
              %199 = arith.muli %198, %163 : index
              %200 = arith.addi %166, %199 : index
              %201 = vector.load %153[%200] : memref<?xf32>, vector<8xf32>
              %202 = arith.addi %200, %14 : index
              %203 = vector.load %153[%202] : memref<?xf32>, vector<8xf32>
              %204 = arith.addi %167, %198 : index
              %205 = memref.load %0[%204] : memref<?xf32>
              %206 = vector.broadcast %205 : f32 to vector<8xf32>
              %207 = vector.fma %206, %201, %182 : vector<8xf32>
              %208 = vector.fma %206, %203, %183 : vector<8xf32>
              %209 = arith.addi %179, %31 : index
              %210 = arith.muli %209, %163 : index
              %211 = arith.addi %166, %210 : index
              %212 = vector.load %153[%211] : memref<?xf32>, vector<8xf32>
              %213 = arith.addi %211, %14 : index
              %214 = vector.load %153[%213] : memref<?xf32>, vector<8xf32>
              %215 = arith.addi %167, %209 : index
              %216 = memref.load %0[%215] : memref<?xf32>
              %217 = vector.broadcast %216 : f32 to vector<8xf32>
              %218 = vector.fma %217, %212, %184 : vector<8xf32>
              %219 = vector.fma %217, %214, %185 : vector<8xf32>
              %220 = arith.constant 3 : index
              %221 = arith.addi %179, %220 : index
              %222 = arith.muli %221, %163 : index
              %223 = arith.addi %166, %222 : index
              %224 = vector.load %153[%223] : memref<?xf32>, vector<8xf32>
              %225 = arith.addi %223, %14 : index
              %226 = vector.load %153[%225] : memref<?xf32>, vector<8xf32>
              %227 = arith.addi %167, %221 : index
              %228 = memref.load %0[%227] : memref<?xf32>
              %229 = vector.broadcast %228 : f32 to vector<8xf32>
              %230 = vector.fma %229, %224, %186 : vector<8xf32>
              %231 = vector.fma %229, %226, %187 : vector<8xf32>
              scf.yield %196, %197, %207, %208, %218, %219, %230, %231 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %232 = arith.addf %171, %173 : vector<8xf32>
            %233 = arith.addf %175, %177 : vector<8xf32>
            %234 = arith.addf %232, %233 : vector<8xf32>
            %235 = arith.addf %172, %174 : vector<8xf32>
            %236 = arith.addf %176, %178 : vector<8xf32>
            %237 = arith.addf %235, %236 : vector<8xf32>
            %238 = arith.muli %148, %160 : index
            %239 = arith.addi %238, %164 : index
            vector.store %234, %162[%239] : memref<?xf32>, vector<8xf32>
            %240 = arith.addi %239, %14 : index
            vector.store %237, %162[%240] : memref<?xf32>, vector<8xf32>
          }
        }
      }
    } else {
      "scf.parallel"(%16, %15, %17) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%241: index):
        %242 = arith.divui %241, %13 : index
        %243 = arith.remui %241, %13 : index
        %244 = arith.muli %243, %12 : index
        %245 = arith.addi %244, %12 : index
        %246 = arith.minui %245, %7 : index
        %247 = arith.subi %246, %244 : index
        %248 = arith.constant 6 : index
        %249 = arith.divui %247, %248 : index
        %250 = arith.muli %249, %248 : index
        %251 = arith.addi %244, %250 : index
        %252 = arith.constant 2 : index
        %253 = arith.muli %242, %252 : index
        %254 = arith.addi %253, %252 : index
        scf.for %255 = %253 to %254 step %17 {
          scf.for %256 = %244 to %251 step %248 {
            %257 = arith.addi %256, %17 : index
            %258 = arith.addi %256, %252 : index
            %259 = arith.constant 3 : index
            %260 = arith.addi %256, %259 : index
            %261 = arith.constant 4 : index
            %262 = arith.addi %256, %261 : index
            %263 = arith.constant 5 : index
            %264 = arith.addi %256, %263 : index
            %265 = arith.constant 12 : index
            %266 = arith.cmpi ult, %255, %265 : index
            %267 = arith.select %266, %2, %3 : memref<?xf32>
            %268 = arith.cmpi ult, %255, %14 : index
            %269 = arith.select %268, %1, %267 : memref<?xf32>
            %270 = arith.select %266, %14, %265 : index
            %271 = arith.select %268, %16, %270 : index
            %272 = arith.subi %255, %271 : index
            %273 = arith.constant 64 : index
            %274 = arith.select %266, %273, %273 : index
            %275 = arith.constant 128 : index
            %276 = arith.select %268, %275, %274 : index
            %277 = arith.select %266, %5, %6 : memref<?xf32>
            %278 = arith.select %268, %4, %277 : memref<?xf32>
            %279 = arith.constant 16 : index
            %280 = arith.muli %272, %279 : index
            %281 = arith.constant 2048 : index
            %282 = arith.muli %272, %281 : index
            %283 = arith.muli %256, %275 : index
            %284 = arith.muli %257, %275 : index
            %285 = arith.muli %258, %275 : index
            %286 = arith.muli %260, %275 : index
            %287 = arith.muli %262, %275 : index
            %288 = arith.muli %264, %275 : index
            %289 = arith.constant 0.000000e+00 : f32
            %290 = vector.broadcast %289 : f32 to vector<8xf32>
            %291, %292, %293, %294, %295, %296, %297, %298, %299, %300, %301, %302 = scf.for %303 = %16 to %275 step %17 iter_args(%304 = %290, %305 = %290, %306 = %290, %307 = %290, %308 = %290, %309 = %290, %310 = %290, %311 = %290, %312 = %290, %313 = %290, %314 = %290, %315 = %290) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %316 = arith.muli %303, %279 : index
              %317 = arith.addi %282, %316 : index
              %318 = vector.load %269[%317] : memref<?xf32>, vector<8xf32>
              %319 = arith.addi %317, %14 : index
              %320 = vector.load %269[%319] : memref<?xf32>, vector<8xf32>
              %321 = arith.addi %283, %303 : index
              %322 = memref.load %0[%321] : memref<?xf32>
              %323 = vector.broadcast %322 : f32 to vector<8xf32>
              %324 = vector.fma %323, %318, %304 : vector<8xf32>
              %325 = vector.fma %323, %320, %305 : vector<8xf32>
              %326 = arith.addi %284, %303 : index
              %327 = memref.load %0[%326] : memref<?xf32>
              %328 = vector.broadcast %327 : f32 to vector<8xf32>
              %329 = vector.fma %328, %318, %306 : vector<8xf32>
              %330 = vector.fma %328, %320, %307 : vector<8xf32>
              %331 = arith.addi %285, %303 : index
              %332 = memref.load %0[%331] : memref<?xf32>
              %333 = vector.broadcast %332 : f32 to vector<8xf32>
              %334 = vector.fma %333, %318, %308 : vector<8xf32>
              %335 = vector.fma %333, %320, %309 : vector<8xf32>
              %336 = arith.addi %286, %303 : index
              %337 = memref.load %0[%336] : memref<?xf32>
              %338 = vector.broadcast %337 : f32 to vector<8xf32>
              %339 = vector.fma %338, %318, %310 : vector<8xf32>
              %340 = vector.fma %338, %320, %311 : vector<8xf32>
              %341 = arith.addi %287, %303 : index
              %342 = memref.load %0[%341] : memref<?xf32>
              %343 = vector.broadcast %342 : f32 to vector<8xf32>
              %344 = vector.fma %343, %318, %312 : vector<8xf32>
              %345 = vector.fma %343, %320, %313 : vector<8xf32>
              %346 = arith.addi %288, %303 : index
              %347 = memref.load %0[%346] : memref<?xf32>
              %348 = vector.broadcast %347 : f32 to vector<8xf32>
              %349 = vector.fma %348, %318, %314 : vector<8xf32>
              %350 = vector.fma %348, %320, %315 : vector<8xf32>
              scf.yield %324, %325, %329, %330, %334, %335, %339, %340, %344, %345, %349, %350 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %351 = arith.muli %256, %276 : index
            %352 = arith.addi %351, %280 : index
            vector.store %291, %278[%352] : memref<?xf32>, vector<8xf32>
            %353 = arith.addi %352, %14 : index
            vector.store %292, %278[%353] : memref<?xf32>, vector<8xf32>
            %354 = arith.muli %257, %276 : index
            %355 = arith.addi %354, %280 : index
            vector.store %293, %278[%355] : memref<?xf32>, vector<8xf32>
            %356 = arith.addi %355, %14 : index
            vector.store %294, %278[%356] : memref<?xf32>, vector<8xf32>
            %357 = arith.muli %258, %276 : index
            %358 = arith.addi %357, %280 : index
            vector.store %295, %278[%358] : memref<?xf32>, vector<8xf32>
            %359 = arith.addi %358, %14 : index
            vector.store %296, %278[%359] : memref<?xf32>, vector<8xf32>
            %360 = arith.muli %260, %276 : index
            %361 = arith.addi %360, %280 : index
            vector.store %297, %278[%361] : memref<?xf32>, vector<8xf32>
            %362 = arith.addi %361, %14 : index
            vector.store %298, %278[%362] : memref<?xf32>, vector<8xf32>
            %363 = arith.muli %262, %276 : index
            %364 = arith.addi %363, %280 : index
            vector.store %299, %278[%364] : memref<?xf32>, vector<8xf32>
            %365 = arith.addi %364, %14 : index
            vector.store %300, %278[%365] : memref<?xf32>, vector<8xf32>
            %366 = arith.muli %264, %276 : index
            %367 = arith.addi %366, %280 : index
            vector.store %301, %278[%367] : memref<?xf32>, vector<8xf32>
            %368 = arith.addi %367, %14 : index
            vector.store %302, %278[%368] : memref<?xf32>, vector<8xf32>
          }
          scf.for %369 = %251 to %246 step %17 {
            %370 = arith.constant 12 : index
            %371 = arith.cmpi ult, %255, %370 : index
            %372 = arith.select %371, %2, %3 : memref<?xf32>
            %373 = arith.cmpi ult, %255, %14 : index
            %374 = arith.select %373, %1, %372 : memref<?xf32>
            %375 = arith.select %371, %14, %370 : index
            %376 = arith.select %373, %16, %375 : index
            %377 = arith.subi %255, %376 : index
            %378 = arith.constant 64 : index
            %379 = arith.select %371, %378, %378 : index
            %380 = arith.constant 128 : index
            %381 = arith.select %373, %380, %379 : index
            %382 = arith.select %371, %5, %6 : memref<?xf32>
            %383 = arith.select %373, %4, %382 : memref<?xf32>
            %384 = arith.constant 16 : index
            %385 = arith.muli %377, %384 : index
            %386 = arith.constant 2048 : index
            %387 = arith.muli %377, %386 : index
            %388 = arith.muli %369, %380 : index
            %389 = arith.constant 0.000000e+00 : f32
            %390 = vector.broadcast %389 : f32 to vector<8xf32>
            %391 = arith.constant 4 : index
            %392, %393, %394, %395, %396, %397, %398, %399 = scf.for %400 = %16 to %380 step %391 iter_args(%401 = %390, %402 = %390, %403 = %390, %404 = %390, %405 = %390, %406 = %390, %407 = %390, %408 = %390) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
              %409 = arith.muli %400, %384 : index
              %410 = arith.addi %387, %409 : index
              %411 = vector.load %374[%410] : memref<?xf32>, vector<8xf32>
              %412 = arith.addi %410, %14 : index
              %413 = vector.load %374[%412] : memref<?xf32>, vector<8xf32>
              %414 = arith.addi %388, %400 : index
              %415 = memref.load %0[%414] : memref<?xf32>
              %416 = vector.broadcast %415 : f32 to vector<8xf32>
              %417 = vector.fma %416, %411, %401 : vector<8xf32>
              %418 = vector.fma %416, %413, %402 : vector<8xf32>
              %419 = arith.addi %400, %17 : index
              %420 = arith.muli %419, %384 : index
              %421 = arith.addi %387, %420 : index
              %422 = vector.load %374[%421] : memref<?xf32>, vector<8xf32>
              %423 = arith.addi %421, %14 : index
              %424 = vector.load %374[%423] : memref<?xf32>, vector<8xf32>
              %425 = arith.addi %388, %419 : index
              %426 = memref.load %0[%425] : memref<?xf32>
              %427 = vector.broadcast %426 : f32 to vector<8xf32>
              %428 = vector.fma %427, %422, %403 : vector<8xf32>
              %429 = vector.fma %427, %424, %404 : vector<8xf32>
              %430 = arith.addi %400, %252 : index
              %431 = arith.muli %430, %384 : index
              %432 = arith.addi %387, %431 : index
              %433 = vector.load %374[%432] : memref<?xf32>, vector<8xf32>
              %434 = arith.addi %432, %14 : index
              %435 = vector.load %374[%434] : memref<?xf32>, vector<8xf32>
              %436 = arith.addi %388, %430 : index
              %437 = memref.load %0[%436] : memref<?xf32>
              %438 = vector.broadcast %437 : f32 to vector<8xf32>
              %439 = vector.fma %438, %433, %405 : vector<8xf32>
              %440 = vector.fma %438, %435, %406 : vector<8xf32>
              %441 = arith.constant 3 : index
              %442 = arith.addi %400, %441 : index
              %443 = arith.muli %442, %384 : index
              %444 = arith.addi %387, %443 : index
              %445 = vector.load %374[%444] : memref<?xf32>, vector<8xf32>
              %446 = arith.addi %444, %14 : index
              %447 = vector.load %374[%446] : memref<?xf32>, vector<8xf32>
              %448 = arith.addi %388, %442 : index
              %449 = memref.load %0[%448] : memref<?xf32>
              %450 = vector.broadcast %449 : f32 to vector<8xf32>
              %451 = vector.fma %450, %445, %407 : vector<8xf32>
              %452 = vector.fma %450, %447, %408 : vector<8xf32>
              scf.yield %417, %418, %428, %429, %439, %440, %451, %452 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
            }
            %453 = arith.addf %392, %394 : vector<8xf32>
            %454 = arith.addf %396, %398 : vector<8xf32>
            %455 = arith.addf %453, %454 : vector<8xf32>
            %456 = arith.addf %393, %395 : vector<8xf32>
            %457 = arith.addf %397, %399 : vector<8xf32>
            %458 = arith.addf %456, %457 : vector<8xf32>
            %459 = arith.muli %369, %381 : index
            %460 = arith.addi %459, %385 : index
            vector.store %455, %383[%460] : memref<?xf32>, vector<8xf32>
            %461 = arith.addi %460, %14 : index
            vector.store %458, %383[%461] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @rms_norm_d128_g128_eps1em06(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) {
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
          %26 = vector.fma %25, %25, %20 : vector<8xf32>
          %27 = arith.constant 8 : index
          %28 = arith.addi %19, %27 : index
          %29 = arith.addi %11, %28 : index
          %30 = vector.load %0[%29] : memref<?xf32>, vector<8xf32>
          %31 = vector.fma %30, %30, %21 : vector<8xf32>
          %32 = arith.constant 16 : index
          %33 = arith.addi %19, %32 : index
          %34 = arith.addi %11, %33 : index
          %35 = vector.load %0[%34] : memref<?xf32>, vector<8xf32>
          %36 = vector.fma %35, %35, %22 : vector<8xf32>
          %37 = arith.constant 24 : index
          %38 = arith.addi %19, %37 : index
          %39 = arith.addi %11, %38 : index
          %40 = vector.load %0[%39] : memref<?xf32>, vector<8xf32>
          %41 = vector.fma %40, %40, %23 : vector<8xf32>
          scf.yield %26, %31, %36, %41 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
        }
        %42 = arith.addf %15, %16 : vector<8xf32>
        %43 = arith.addf %17, %18 : vector<8xf32>
        %44 = arith.addf %42, %43 : vector<8xf32>
        %45 = vector.reduction <add>, %44 : vector<8xf32> into f32
        %46 = arith.constant 7.812500e-03 : f32
        %47 = arith.mulf %45, %46 : f32
        %48 = arith.constant 1.000000e+00 : f32
        %49 = arith.constant 1.000000e-06 : f32
        %50 = arith.addf %47, %49 : f32
        %51 = math.sqrt %50 : f32
        %52 = arith.divf %48, %51 : f32
        %53 = vector.broadcast %52 : f32 to vector<8xf32>
        %54 = arith.constant 8 : index
        scf.for %55 = %6 to %4 step %54 {
          %56 = arith.addi %11, %55 : index
          %57 = vector.load %0[%56] : memref<?xf32>, vector<8xf32>
          %58 = arith.mulf %57, %53 : vector<8xf32>
          %59 = vector.load %1[%55] : memref<?xf32>, vector<8xf32>
          %60 = arith.mulf %58, %59 : vector<8xf32>
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
          %77 = vector.fma %76, %76, %71 : vector<8xf32>
          %78 = arith.constant 8 : index
          %79 = arith.addi %70, %78 : index
          %80 = arith.addi %62, %79 : index
          %81 = vector.load %0[%80] : memref<?xf32>, vector<8xf32>
          %82 = vector.fma %81, %81, %72 : vector<8xf32>
          %83 = arith.constant 16 : index
          %84 = arith.addi %70, %83 : index
          %85 = arith.addi %62, %84 : index
          %86 = vector.load %0[%85] : memref<?xf32>, vector<8xf32>
          %87 = vector.fma %86, %86, %73 : vector<8xf32>
          %88 = arith.constant 24 : index
          %89 = arith.addi %70, %88 : index
          %90 = arith.addi %62, %89 : index
          %91 = vector.load %0[%90] : memref<?xf32>, vector<8xf32>
          %92 = vector.fma %91, %91, %74 : vector<8xf32>
          scf.yield %77, %82, %87, %92 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
        }
        %93 = arith.addf %66, %67 : vector<8xf32>
        %94 = arith.addf %68, %69 : vector<8xf32>
        %95 = arith.addf %93, %94 : vector<8xf32>
        %96 = vector.reduction <add>, %95 : vector<8xf32> into f32
        %97 = arith.constant 7.812500e-03 : f32
        %98 = arith.mulf %96, %97 : f32
        %99 = arith.constant 1.000000e+00 : f32
        %100 = arith.constant 1.000000e-06 : f32
        %101 = arith.addf %98, %100 : f32
        %102 = math.sqrt %101 : f32
        %103 = arith.divf %99, %102 : f32
        %104 = vector.broadcast %103 : f32 to vector<8xf32>
        %105 = arith.constant 8 : index
        scf.for %106 = %6 to %4 step %105 {
          %107 = arith.addi %62, %106 : index
          %108 = vector.load %0[%107] : memref<?xf32>, vector<8xf32>
          %109 = arith.mulf %108, %104 : vector<8xf32>
          %110 = vector.load %1[%106] : memref<?xf32>, vector<8xf32>
          %111 = arith.mulf %109, %110 : vector<8xf32>
          vector.store %111, %2[%107] : memref<?xf32>, vector<8xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @rms_norm_d128_g32_eps1em06(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) {
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
          %28 = vector.fma %27, %27, %22 : vector<8xf32>
          %29 = arith.constant 8 : index
          %30 = arith.addi %21, %29 : index
          %31 = arith.addi %14, %30 : index
          %32 = vector.load %0[%31] : memref<?xf32>, vector<8xf32>
          %33 = vector.fma %32, %32, %23 : vector<8xf32>
          %34 = arith.constant 16 : index
          %35 = arith.addi %21, %34 : index
          %36 = arith.addi %14, %35 : index
          %37 = vector.load %0[%36] : memref<?xf32>, vector<8xf32>
          %38 = vector.fma %37, %37, %24 : vector<8xf32>
          %39 = arith.constant 24 : index
          %40 = arith.addi %21, %39 : index
          %41 = arith.addi %14, %40 : index
          %42 = vector.load %0[%41] : memref<?xf32>, vector<8xf32>
          %43 = vector.fma %42, %42, %25 : vector<8xf32>
          scf.yield %28, %33, %38, %43 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
        }
        %44 = arith.addf %17, %18 : vector<8xf32>
        %45 = arith.addf %19, %20 : vector<8xf32>
        %46 = arith.addf %44, %45 : vector<8xf32>
        %47 = vector.reduction <add>, %46 : vector<8xf32> into f32
        %48 = arith.constant 3.125000e-02 : f32
        %49 = arith.mulf %47, %48 : f32
        %50 = arith.constant 1.000000e+00 : f32
        %51 = arith.constant 1.000000e-06 : f32
        %52 = arith.addf %49, %51 : f32
        %53 = math.sqrt %52 : f32
        %54 = arith.divf %50, %53 : f32
        %55 = vector.broadcast %54 : f32 to vector<8xf32>
        %56 = arith.constant 8 : index
        scf.for %57 = %8 to %13 step %56 {
          %58 = arith.addi %14, %57 : index
          %59 = vector.load %0[%58] : memref<?xf32>, vector<8xf32>
          %60 = arith.mulf %59, %55 : vector<8xf32>
          %61 = vector.load %1[%57] : memref<?xf32>, vector<8xf32>
          %62 = arith.mulf %60, %61 : vector<8xf32>
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
          %79 = vector.fma %78, %78, %73 : vector<8xf32>
          %80 = arith.constant 8 : index
          %81 = arith.addi %72, %80 : index
          %82 = arith.addi %65, %81 : index
          %83 = vector.load %0[%82] : memref<?xf32>, vector<8xf32>
          %84 = vector.fma %83, %83, %74 : vector<8xf32>
          %85 = arith.constant 16 : index
          %86 = arith.addi %72, %85 : index
          %87 = arith.addi %65, %86 : index
          %88 = vector.load %0[%87] : memref<?xf32>, vector<8xf32>
          %89 = vector.fma %88, %88, %75 : vector<8xf32>
          %90 = arith.constant 24 : index
          %91 = arith.addi %72, %90 : index
          %92 = arith.addi %65, %91 : index
          %93 = vector.load %0[%92] : memref<?xf32>, vector<8xf32>
          %94 = vector.fma %93, %93, %76 : vector<8xf32>
          scf.yield %79, %84, %89, %94 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
        }
        %95 = arith.addf %68, %69 : vector<8xf32>
        %96 = arith.addf %70, %71 : vector<8xf32>
        %97 = arith.addf %95, %96 : vector<8xf32>
        %98 = vector.reduction <add>, %97 : vector<8xf32> into f32
        %99 = arith.constant 3.125000e-02 : f32
        %100 = arith.mulf %98, %99 : f32
        %101 = arith.constant 1.000000e+00 : f32
        %102 = arith.constant 1.000000e-06 : f32
        %103 = arith.addf %100, %102 : f32
        %104 = math.sqrt %103 : f32
        %105 = arith.divf %101, %104 : f32
        %106 = vector.broadcast %105 : f32 to vector<8xf32>
        %107 = arith.constant 8 : index
        scf.for %108 = %8 to %64 step %107 {
          %109 = arith.addi %65, %108 : index
          %110 = vector.load %0[%109] : memref<?xf32>, vector<8xf32>
          %111 = arith.mulf %110, %106 : vector<8xf32>
          %112 = vector.load %1[%108] : memref<?xf32>, vector<8xf32>
          %113 = arith.mulf %111, %112 : vector<8xf32>
          vector.store %113, %2[%109] : memref<?xf32>, vector<8xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @rms_norm_d64_g32_eps1em06(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) {
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
          %28 = vector.fma %27, %27, %22 : vector<8xf32>
          %29 = arith.constant 8 : index
          %30 = arith.addi %21, %29 : index
          %31 = arith.addi %14, %30 : index
          %32 = vector.load %0[%31] : memref<?xf32>, vector<8xf32>
          %33 = vector.fma %32, %32, %23 : vector<8xf32>
          %34 = arith.constant 16 : index
          %35 = arith.addi %21, %34 : index
          %36 = arith.addi %14, %35 : index
          %37 = vector.load %0[%36] : memref<?xf32>, vector<8xf32>
          %38 = vector.fma %37, %37, %24 : vector<8xf32>
          %39 = arith.constant 24 : index
          %40 = arith.addi %21, %39 : index
          %41 = arith.addi %14, %40 : index
          %42 = vector.load %0[%41] : memref<?xf32>, vector<8xf32>
          %43 = vector.fma %42, %42, %25 : vector<8xf32>
          scf.yield %28, %33, %38, %43 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
        }
        %44 = arith.addf %17, %18 : vector<8xf32>
        %45 = arith.addf %19, %20 : vector<8xf32>
        %46 = arith.addf %44, %45 : vector<8xf32>
        %47 = vector.reduction <add>, %46 : vector<8xf32> into f32
        %48 = arith.constant 3.125000e-02 : f32
        %49 = arith.mulf %47, %48 : f32
        %50 = arith.constant 1.000000e+00 : f32
        %51 = arith.constant 1.000000e-06 : f32
        %52 = arith.addf %49, %51 : f32
        %53 = math.sqrt %52 : f32
        %54 = arith.divf %50, %53 : f32
        %55 = vector.broadcast %54 : f32 to vector<8xf32>
        %56 = arith.constant 8 : index
        scf.for %57 = %8 to %13 step %56 {
          %58 = arith.addi %14, %57 : index
          %59 = vector.load %0[%58] : memref<?xf32>, vector<8xf32>
          %60 = arith.mulf %59, %55 : vector<8xf32>
          %61 = vector.load %1[%57] : memref<?xf32>, vector<8xf32>
          %62 = arith.mulf %60, %61 : vector<8xf32>
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
          %79 = vector.fma %78, %78, %73 : vector<8xf32>
          %80 = arith.constant 8 : index
          %81 = arith.addi %72, %80 : index
          %82 = arith.addi %65, %81 : index
          %83 = vector.load %0[%82] : memref<?xf32>, vector<8xf32>
          %84 = vector.fma %83, %83, %74 : vector<8xf32>
          %85 = arith.constant 16 : index
          %86 = arith.addi %72, %85 : index
          %87 = arith.addi %65, %86 : index
          %88 = vector.load %0[%87] : memref<?xf32>, vector<8xf32>
          %89 = vector.fma %88, %88, %75 : vector<8xf32>
          %90 = arith.constant 24 : index
          %91 = arith.addi %72, %90 : index
          %92 = arith.addi %65, %91 : index
          %93 = vector.load %0[%92] : memref<?xf32>, vector<8xf32>
          %94 = vector.fma %93, %93, %76 : vector<8xf32>
          scf.yield %79, %84, %89, %94 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
        }
        %95 = arith.addf %68, %69 : vector<8xf32>
        %96 = arith.addf %70, %71 : vector<8xf32>
        %97 = arith.addf %95, %96 : vector<8xf32>
        %98 = vector.reduction <add>, %97 : vector<8xf32> into f32
        %99 = arith.constant 3.125000e-02 : f32
        %100 = arith.mulf %98, %99 : f32
        %101 = arith.constant 1.000000e+00 : f32
        %102 = arith.constant 1.000000e-06 : f32
        %103 = arith.addf %100, %102 : f32
        %104 = math.sqrt %103 : f32
        %105 = arith.divf %101, %104 : f32
        %106 = vector.broadcast %105 : f32 to vector<8xf32>
        %107 = arith.constant 8 : index
        scf.for %108 = %8 to %64 step %107 {
          %109 = arith.addi %65, %108 : index
          %110 = vector.load %0[%109] : memref<?xf32>, vector<8xf32>
          %111 = arith.mulf %110, %106 : vector<8xf32>
          %112 = vector.load %1[%108] : memref<?xf32>, vector<8xf32>
          %113 = arith.mulf %111, %112 : vector<8xf32>
          vector.store %113, %2[%109] : memref<?xf32>, vector<8xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @rope_nh2_hd32(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: memref<?xf32>, %4: index, %5: index, %6: index) {
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
            %34 = arith.mulf %29, %32 : vector<8xf32>
            %35 = arith.mulf %30, %33 : vector<8xf32>
            %36 = arith.subf %34, %35 : vector<8xf32>
            vector.store %36, %3[%27] : memref<?xf32>, vector<8xf32>
            %37 = arith.mulf %30, %32 : vector<8xf32>
            %38 = arith.mulf %29, %33 : vector<8xf32>
            %39 = arith.addf %37, %38 : vector<8xf32>
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
            %60 = arith.mulf %55, %58 : vector<8xf32>
            %61 = arith.mulf %56, %59 : vector<8xf32>
            %62 = arith.subf %60, %61 : vector<8xf32>
            vector.store %62, %3[%53] : memref<?xf32>, vector<8xf32>
            %63 = arith.mulf %56, %58 : vector<8xf32>
            %64 = arith.mulf %55, %59 : vector<8xf32>
            %65 = arith.addf %63, %64 : vector<8xf32>
            vector.store %65, %3[%54] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @rope_nh4_hd32(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: memref<?xf32>, %4: index, %5: index, %6: index) {
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
            %34 = arith.mulf %29, %32 : vector<8xf32>
            %35 = arith.mulf %30, %33 : vector<8xf32>
            %36 = arith.subf %34, %35 : vector<8xf32>
            vector.store %36, %3[%27] : memref<?xf32>, vector<8xf32>
            %37 = arith.mulf %30, %32 : vector<8xf32>
            %38 = arith.mulf %29, %33 : vector<8xf32>
            %39 = arith.addf %37, %38 : vector<8xf32>
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
            %60 = arith.mulf %55, %58 : vector<8xf32>
            %61 = arith.mulf %56, %59 : vector<8xf32>
            %62 = arith.subf %60, %61 : vector<8xf32>
            vector.store %62, %3[%53] : memref<?xf32>, vector<8xf32>
            %63 = arith.mulf %56, %58 : vector<8xf32>
            %64 = arith.mulf %55, %59 : vector<8xf32>
            %65 = arith.addf %63, %64 : vector<8xf32>
            vector.store %65, %3[%54] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
}
