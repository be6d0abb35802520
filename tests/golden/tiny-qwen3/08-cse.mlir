// rlxc opt 08-cse.mlir -p 'convert-to-llvm{threads=0},llvm-opt{level=3},llvm-codegen{level=3}'
builtin.module {
  func.func @prefill(%input_ids: memref<?xi32>, %past_k: memref<?xf32>, %past_v: memref<?xf32>, %past_k_1: memref<?xf32>, %past_v_1: memref<?xf32>, %logits: memref<?xf32>, %rope.cos: memref<?xf32>, %rope.sin: memref<?xf32>, %model.embed_tokens.weight: memref<?xf32>, %model.embed_tokens.weight.packed16: memref<?xf32>, %model.layers.0.input_layernorm.weight: memref<?xf32>, %model.layers.0.self_attn.q_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.k_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.v_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.q_norm.weight: memref<?xf32>, %model.layers.0.self_attn.k_norm.weight: memref<?xf32>, %model.layers.0.self_attn.o_proj.weight.packed16: memref<?xf32>, %model.layers.0.post_attention_layernorm.weight: memref<?xf32>, %model.layers.0.mlp.gate_proj.weight.packed16: memref<?xf32>, %model.layers.0.mlp.up_proj.weight.packed16: memref<?xf32>, %model.layers.0.mlp.down_proj.weight.packed16: memref<?xf32>, %model.layers.1.input_layernorm.weight: memref<?xf32>, %model.layers.1.self_attn.q_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.k_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.v_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.q_norm.weight: memref<?xf32>, %model.layers.1.self_attn.k_norm.weight: memref<?xf32>, %model.layers.1.self_attn.o_proj.weight.packed16: memref<?xf32>, %model.layers.1.post_attention_layernorm.weight: memref<?xf32>, %model.layers.1.mlp.gate_proj.weight.packed16: memref<?xf32>, %model.layers.1.mlp.up_proj.weight.packed16: memref<?xf32>, %model.layers.1.mlp.down_proj.weight.packed16: memref<?xf32>, %model.norm.weight: memref<?xf32>, %arena: memref<?xi8>, %MAX_SEQ: index, %PAST_SEQ: index, %SEQ: index) attributes {rlx.inputs = ["input_ids", "past_k_0", "past_v_0", "past_k_1", "past_v_1"], rlx.outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], rlx.kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, rlx.arena_bytes = 1179648 : i64, rlx.symbols = ["MAX_SEQ", "PAST_SEQ", "SEQ"], rlx.constraints = [["PAST_SEQ+SEQ", "512"], ["PAST_SEQ+SEQ", "MAX_SEQ"]], rlx.entry, rlx.arg_names = ["input_ids", "past_k_0", "past_v_0", "past_k_1", "past_v_1", "logits", "rope.cos", "rope.sin", "model.embed_tokens.weight", "model.embed_tokens.weight", "model.layers.0.input_layernorm.weight", "model.layers.0.self_attn.q_proj.weight", "model.layers.0.self_attn.k_proj.weight", "model.layers.0.self_attn.v_proj.weight", "model.layers.0.self_attn.q_norm.weight", "model.layers.0.self_attn.k_norm.weight", "model.layers.0.self_attn.o_proj.weight", "model.layers.0.post_attention_layernorm.weight", "model.layers.0.mlp.gate_proj.weight", "model.layers.0.mlp.up_proj.weight", "model.layers.0.mlp.down_proj.weight", "model.layers.1.input_layernorm.weight", "model.layers.1.self_attn.q_proj.weight", "model.layers.1.self_attn.k_proj.weight", "model.layers.1.self_attn.v_proj.weight", "model.layers.1.self_attn.q_norm.weight", "model.layers.1.self_attn.k_norm.weight", "model.layers.1.self_attn.o_proj.weight", "model.layers.1.post_attention_layernorm.weight", "model.layers.1.mlp.gate_proj.weight", "model.layers.1.mlp.up_proj.weight", "model.layers.1.mlp.down_proj.weight", "model.norm.weight", "arena", "MAX_SEQ", "PAST_SEQ", "SEQ"], rlx.arg_roles = ["input", "kv_cache", "kv_cache", "kv_cache", "kv_cache", "output", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "arena", "symbol", "symbol", "symbol"], rlx.arg_layouts = ["", "", "", "", "", "", "", "", "", "packed16", "", "packed16", "packed16", "packed16", "", "", "packed16", "", "packed16", "packed16", "packed16", "", "packed16", "packed16", "packed16", "", "", "packed16", "", "packed16", "packed16", "packed16", "", "", "", "", ""], rlx.arg_shapes = ["1xSEQ", "1xMAX_SEQx64", "1xMAX_SEQx64", "1xMAX_SEQx64", "1xMAX_SEQx64", "1xSEQx1024", "512x16", "512x16", "1024x128", "1024x128", "128", "128x128", "64x128", "64x128", "32", "32", "128x128", "128", "192x128", "192x128", "128x192", "128", "128x128", "64x128", "64x128", "32", "32", "128x128", "128", "192x128", "192x128", "128x192", "128"]} {
    %0 = rlx.view %arena {offset = 0 : i64} : memref<?xi8> -> memref<?xf32>
    %1 = arith.constant 0 : index
    %2 = arith.addi %1, %SEQ : index
    func.call @embed_h128_v1024(%input_ids, %model.embed_tokens.weight, %0, %2) : (memref<?xi32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %3 = rlx.view %arena {offset = 262144 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d128_g128_eps9p999999974752427em07(%0, %model.layers.0.input_layernorm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %4 = rlx.view %arena {offset = 524288 : i64} : memref<?xi8> -> memref<?xf32>
    %5 = rlx.view %arena {offset = 786432 : i64} : memref<?xi8> -> memref<?xf32>
    %6 = rlx.view %arena {offset = 917504 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @multi_linear_k128_n128x64x64(%3, %model.layers.0.self_attn.q_proj.weight.packed16, %model.layers.0.self_attn.k_proj.weight.packed16, %model.layers.0.self_attn.v_proj.weight.packed16, %4, %5, %6, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g32_eps9p999999974752427em07(%4, %model.layers.0.self_attn.q_norm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %7 = rlx.view %arena {offset = 1048576 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d64_g32_eps9p999999974752427em07(%5, %model.layers.0.self_attn.k_norm.weight, %7, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
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
    func.call @rms_norm_d128_g128_eps9p999999974752427em07(%5, %model.layers.0.post_attention_layernorm.weight, %15, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_swiglu_k128_n192(%15, %model.layers.0.mlp.gate_proj.weight.packed16, %model.layers.0.mlp.up_proj.weight.packed16, %0, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k192_n128(%0, %model.layers.0.mlp.down_proj.weight.packed16, %15, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @add_f32(%5, %15, %0, %14) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps9p999999974752427em07(%0, %model.layers.1.input_layernorm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @multi_linear_k128_n128x64x64(%3, %model.layers.1.self_attn.q_proj.weight.packed16, %model.layers.1.self_attn.k_proj.weight.packed16, %model.layers.1.self_attn.v_proj.weight.packed16, %4, %5, %6, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g32_eps9p999999974752427em07(%4, %model.layers.1.self_attn.q_norm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d64_g32_eps9p999999974752427em07(%5, %model.layers.1.self_attn.k_norm.weight, %7, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rope_nh4_hd32(%3, %rope.cos, %rope.sin, %4, %8, %2, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @rope_nh2_hd32(%7, %rope.cos, %rope.sin, %3, %8, %2, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @kv_write_d64(%3, %past_k_1, %8, %2, %9, %10) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @kv_write_d64(%6, %past_v_1, %8, %2, %9, %10) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @attention_nh4_nkv2_hd32_causal(%4, %past_k_1, %past_v_1, %3, %8, %2, %11, %10) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @linear_k128_n128(%3, %model.layers.1.self_attn.o_proj.weight.packed16, %4, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @add_f32(%0, %4, %5, %14) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps9p999999974752427em07(%5, %model.layers.1.post_attention_layernorm.weight, %15, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_swiglu_k128_n192(%15, %model.layers.1.mlp.gate_proj.weight.packed16, %model.layers.1.mlp.up_proj.weight.packed16, %0, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k192_n128(%0, %model.layers.1.mlp.down_proj.weight.packed16, %15, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @add_f32(%5, %15, %0, %14) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps9p999999974752427em07(%0, %model.norm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k128_n1024(%3, %model.embed_tokens.weight.packed16, %logits, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.return
  }
  func.func @prefill_last(%input_ids: memref<?xi32>, %past_k: memref<?xf32>, %past_v: memref<?xf32>, %past_k_1: memref<?xf32>, %past_v_1: memref<?xf32>, %logits: memref<?xf32>, %rope.cos: memref<?xf32>, %rope.sin: memref<?xf32>, %model.embed_tokens.weight: memref<?xf32>, %model.embed_tokens.weight.packed16: memref<?xf32>, %model.layers.0.input_layernorm.weight: memref<?xf32>, %model.layers.0.self_attn.q_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.k_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.v_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.q_norm.weight: memref<?xf32>, %model.layers.0.self_attn.k_norm.weight: memref<?xf32>, %model.layers.0.self_attn.o_proj.weight.packed16: memref<?xf32>, %model.layers.0.post_attention_layernorm.weight: memref<?xf32>, %model.layers.0.mlp.gate_proj.weight.packed16: memref<?xf32>, %model.layers.0.mlp.up_proj.weight.packed16: memref<?xf32>, %model.layers.0.mlp.down_proj.weight.packed16: memref<?xf32>, %model.layers.1.input_layernorm.weight: memref<?xf32>, %model.layers.1.self_attn.q_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.k_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.v_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.q_norm.weight: memref<?xf32>, %model.layers.1.self_attn.k_norm.weight: memref<?xf32>, %model.layers.1.self_attn.o_proj.weight.packed16: memref<?xf32>, %model.layers.1.post_attention_layernorm.weight: memref<?xf32>, %model.layers.1.mlp.gate_proj.weight.packed16: memref<?xf32>, %model.layers.1.mlp.up_proj.weight.packed16: memref<?xf32>, %model.layers.1.mlp.down_proj.weight.packed16: memref<?xf32>, %model.norm.weight: memref<?xf32>, %arena: memref<?xi8>, %MAX_SEQ: index, %PAST_SEQ: index, %SEQ: index) attributes {rlx.inputs = ["input_ids", "past_k_0", "past_v_0", "past_k_1", "past_v_1"], rlx.outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], rlx.kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, rlx.arena_bytes = 1179648 : i64, rlx.symbols = ["MAX_SEQ", "PAST_SEQ", "SEQ"], rlx.constraints = [["PAST_SEQ+SEQ", "512"], ["PAST_SEQ+SEQ", "MAX_SEQ"]], rlx.entry, rlx.arg_names = ["input_ids", "past_k_0", "past_v_0", "past_k_1", "past_v_1", "logits", "rope.cos", "rope.sin", "model.embed_tokens.weight", "model.embed_tokens.weight", "model.layers.0.input_layernorm.weight", "model.layers.0.self_attn.q_proj.weight", "model.layers.0.self_attn.k_proj.weight", "model.layers.0.self_attn.v_proj.weight", "model.layers.0.self_attn.q_norm.weight", "model.layers.0.self_attn.k_norm.weight", "model.layers.0.self_attn.o_proj.weight", "model.layers.0.post_attention_layernorm.weight", "model.layers.0.mlp.gate_proj.weight", "model.layers.0.mlp.up_proj.weight", "model.layers.0.mlp.down_proj.weight", "model.layers.1.input_layernorm.weight", "model.layers.1.self_attn.q_proj.weight", "model.layers.1.self_attn.k_proj.weight", "model.layers.1.self_attn.v_proj.weight", "model.layers.1.self_attn.q_norm.weight", "model.layers.1.self_attn.k_norm.weight", "model.layers.1.self_attn.o_proj.weight", "model.layers.1.post_attention_layernorm.weight", "model.layers.1.mlp.gate_proj.weight", "model.layers.1.mlp.up_proj.weight", "model.layers.1.mlp.down_proj.weight", "model.norm.weight", "arena", "MAX_SEQ", "PAST_SEQ", "SEQ"], rlx.arg_roles = ["input", "kv_cache", "kv_cache", "kv_cache", "kv_cache", "output", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "arena", "symbol", "symbol", "symbol"], rlx.arg_layouts = ["", "", "", "", "", "", "", "", "", "packed16", "", "packed16", "packed16", "packed16", "", "", "packed16", "", "packed16", "packed16", "packed16", "", "packed16", "packed16", "packed16", "", "", "packed16", "", "packed16", "packed16", "packed16", "", "", "", "", ""], rlx.arg_shapes = ["1xSEQ", "1xMAX_SEQx64", "1xMAX_SEQx64", "1xMAX_SEQx64", "1xMAX_SEQx64", "1x1x1024", "512x16", "512x16", "1024x128", "1024x128", "128", "128x128", "64x128", "64x128", "32", "32", "128x128", "128", "192x128", "192x128", "128x192", "128", "128x128", "64x128", "64x128", "32", "32", "128x128", "128", "192x128", "192x128", "128x192", "128"]} {
    %0 = rlx.view %arena {offset = 0 : i64} : memref<?xi8> -> memref<?xf32>
    %1 = arith.constant 0 : index
    %2 = arith.addi %1, %SEQ : index
    func.call @embed_h128_v1024(%input_ids, %model.embed_tokens.weight, %0, %2) : (memref<?xi32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %3 = rlx.view %arena {offset = 262144 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d128_g128_eps9p999999974752427em07(%0, %model.layers.0.input_layernorm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %4 = rlx.view %arena {offset = 524288 : i64} : memref<?xi8> -> memref<?xf32>
    %5 = rlx.view %arena {offset = 786432 : i64} : memref<?xi8> -> memref<?xf32>
    %6 = rlx.view %arena {offset = 917504 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @multi_linear_k128_n128x64x64(%3, %model.layers.0.self_attn.q_proj.weight.packed16, %model.layers.0.self_attn.k_proj.weight.packed16, %model.layers.0.self_attn.v_proj.weight.packed16, %4, %5, %6, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g32_eps9p999999974752427em07(%4, %model.layers.0.self_attn.q_norm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %7 = rlx.view %arena {offset = 1048576 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d64_g32_eps9p999999974752427em07(%5, %model.layers.0.self_attn.k_norm.weight, %7, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
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
    func.call @rms_norm_d128_g128_eps9p999999974752427em07(%5, %model.layers.0.post_attention_layernorm.weight, %15, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_swiglu_k128_n192(%15, %model.layers.0.mlp.gate_proj.weight.packed16, %model.layers.0.mlp.up_proj.weight.packed16, %0, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k192_n128(%0, %model.layers.0.mlp.down_proj.weight.packed16, %15, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @add_f32(%5, %15, %0, %14) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps9p999999974752427em07(%0, %model.layers.1.input_layernorm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @multi_linear_k128_n128x64x64(%3, %model.layers.1.self_attn.q_proj.weight.packed16, %model.layers.1.self_attn.k_proj.weight.packed16, %model.layers.1.self_attn.v_proj.weight.packed16, %4, %5, %6, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g32_eps9p999999974752427em07(%4, %model.layers.1.self_attn.q_norm.weight, %3, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d64_g32_eps9p999999974752427em07(%5, %model.layers.1.self_attn.k_norm.weight, %7, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rope_nh4_hd32(%3, %rope.cos, %rope.sin, %4, %8, %2, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @rope_nh2_hd32(%7, %rope.cos, %rope.sin, %3, %8, %2, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @kv_write_d64(%3, %past_k_1, %8, %2, %9, %10) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @kv_write_d64(%6, %past_v_1, %8, %2, %9, %10) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @attention_nh4_nkv2_hd32_causal(%4, %past_k_1, %past_v_1, %3, %8, %2, %11, %10) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @linear_k128_n128(%3, %model.layers.1.self_attn.o_proj.weight.packed16, %4, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @add_f32(%0, %4, %5, %14) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps9p999999974752427em07(%5, %model.layers.1.post_attention_layernorm.weight, %15, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_swiglu_k128_n192(%15, %model.layers.1.mlp.gate_proj.weight.packed16, %model.layers.1.mlp.up_proj.weight.packed16, %0, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k192_n128(%0, %model.layers.1.mlp.down_proj.weight.packed16, %15, %2) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @add_f32(%5, %15, %0, %14) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @gather_last_h128(%0, %3, %8, %2) : (memref<?xf32>, memref<?xf32>, index, index) -> ()
    func.call @rms_norm_d128_g128_eps9p999999974752427em07(%3, %model.norm.weight, %0, %8) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k128_n1024(%0, %model.embed_tokens.weight.packed16, %logits, %8) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.return
  }
  func.func @decode(%input_ids: memref<?xi32>, %past_k: memref<?xf32>, %past_v: memref<?xf32>, %past_k_1: memref<?xf32>, %past_v_1: memref<?xf32>, %logits: memref<?xf32>, %rope.cos: memref<?xf32>, %rope.sin: memref<?xf32>, %model.embed_tokens.weight: memref<?xf32>, %model.embed_tokens.weight.packed16: memref<?xf32>, %model.layers.0.input_layernorm.weight: memref<?xf32>, %model.layers.0.self_attn.q_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.k_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.v_proj.weight.packed16: memref<?xf32>, %model.layers.0.self_attn.q_norm.weight: memref<?xf32>, %model.layers.0.self_attn.k_norm.weight: memref<?xf32>, %model.layers.0.self_attn.o_proj.weight.packed16: memref<?xf32>, %model.layers.0.post_attention_layernorm.weight: memref<?xf32>, %model.layers.0.mlp.gate_proj.weight.packed16: memref<?xf32>, %model.layers.0.mlp.up_proj.weight.packed16: memref<?xf32>, %model.layers.0.mlp.down_proj.weight.packed16: memref<?xf32>, %model.layers.1.input_layernorm.weight: memref<?xf32>, %model.layers.1.self_attn.q_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.k_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.v_proj.weight.packed16: memref<?xf32>, %model.layers.1.self_attn.q_norm.weight: memref<?xf32>, %model.layers.1.self_attn.k_norm.weight: memref<?xf32>, %model.layers.1.self_attn.o_proj.weight.packed16: memref<?xf32>, %model.layers.1.post_attention_layernorm.weight: memref<?xf32>, %model.layers.1.mlp.gate_proj.weight.packed16: memref<?xf32>, %model.layers.1.mlp.up_proj.weight.packed16: memref<?xf32>, %model.layers.1.mlp.down_proj.weight.packed16: memref<?xf32>, %model.norm.weight: memref<?xf32>, %arena: memref<?xi8>, %MAX_SEQ: index, %PAST_SEQ: index) attributes {rlx.inputs = ["input_ids", "past_k_0", "past_v_0", "past_k_1", "past_v_1"], rlx.outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], rlx.kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, rlx.arena_bytes = 2304 : i64, rlx.symbols = ["MAX_SEQ", "PAST_SEQ"], rlx.constraints = [["PAST_SEQ+1", "512"], ["PAST_SEQ+1", "MAX_SEQ"]], rlx.entry, rlx.arg_names = ["input_ids", "past_k_0", "past_v_0", "past_k_1", "past_v_1", "logits", "rope.cos", "rope.sin", "model.embed_tokens.weight", "model.embed_tokens.weight", "model.layers.0.input_layernorm.weight", "model.layers.0.self_attn.q_proj.weight", "model.layers.0.self_attn.k_proj.weight", "model.layers.0.self_attn.v_proj.weight", "model.layers.0.self_attn.q_norm.weight", "model.layers.0.self_attn.k_norm.weight", "model.layers.0.self_attn.o_proj.weight", "model.layers.0.post_attention_layernorm.weight", "model.layers.0.mlp.gate_proj.weight", "model.layers.0.mlp.up_proj.weight", "model.layers.0.mlp.down_proj.weight", "model.layers.1.input_layernorm.weight", "model.layers.1.self_attn.q_proj.weight", "model.layers.1.self_attn.k_proj.weight", "model.layers.1.self_attn.v_proj.weight", "model.layers.1.self_attn.q_norm.weight", "model.layers.1.self_attn.k_norm.weight", "model.layers.1.self_attn.o_proj.weight", "model.layers.1.post_attention_layernorm.weight", "model.layers.1.mlp.gate_proj.weight", "model.layers.1.mlp.up_proj.weight", "model.layers.1.mlp.down_proj.weight", "model.norm.weight", "arena", "MAX_SEQ", "PAST_SEQ"], rlx.arg_roles = ["input", "kv_cache", "kv_cache", "kv_cache", "kv_cache", "output", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "param", "arena", "symbol", "symbol"], rlx.arg_layouts = ["", "", "", "", "", "", "", "", "", "packed16", "", "packed16", "packed16", "packed16", "", "", "packed16", "", "packed16", "packed16", "packed16", "", "packed16", "packed16", "packed16", "", "", "packed16", "", "packed16", "packed16", "packed16", "", "", "", ""], rlx.arg_shapes = ["1x1", "1xMAX_SEQx64", "1xMAX_SEQx64", "1xMAX_SEQx64", "1xMAX_SEQx64", "1x1x1024", "512x16", "512x16", "1024x128", "1024x128", "128", "128x128", "64x128", "64x128", "32", "32", "128x128", "128", "192x128", "192x128", "128x192", "128", "128x128", "64x128", "64x128", "32", "32", "128x128", "128", "192x128", "192x128", "128x192", "128"]} {
    %0 = rlx.view %arena {offset = 0 : i64} : memref<?xi8> -> memref<?xf32>
    %1 = arith.constant 1 : index
    func.call @embed_h128_v1024(%input_ids, %model.embed_tokens.weight, %0, %1) : (memref<?xi32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %2 = rlx.view %arena {offset = 512 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d128_g128_eps9p999999974752427em07(%0, %model.layers.0.input_layernorm.weight, %2, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %3 = rlx.view %arena {offset = 1024 : i64} : memref<?xi8> -> memref<?xf32>
    %4 = rlx.view %arena {offset = 1536 : i64} : memref<?xi8> -> memref<?xf32>
    %5 = rlx.view %arena {offset = 1792 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @multi_linear_k128_n128x64x64(%2, %model.layers.0.self_attn.q_proj.weight.packed16, %model.layers.0.self_attn.k_proj.weight.packed16, %model.layers.0.self_attn.v_proj.weight.packed16, %3, %4, %5, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g32_eps9p999999974752427em07(%3, %model.layers.0.self_attn.q_norm.weight, %2, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    %6 = rlx.view %arena {offset = 2048 : i64} : memref<?xi8> -> memref<?xf32>
    func.call @rms_norm_d64_g32_eps9p999999974752427em07(%4, %model.layers.0.self_attn.k_norm.weight, %6, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
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
    func.call @rms_norm_d128_g128_eps9p999999974752427em07(%4, %model.layers.0.post_attention_layernorm.weight, %12, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_swiglu_k128_n192(%12, %model.layers.0.mlp.gate_proj.weight.packed16, %model.layers.0.mlp.up_proj.weight.packed16, %0, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k192_n128(%0, %model.layers.0.mlp.down_proj.weight.packed16, %12, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @add_f32(%4, %12, %0, %11) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps9p999999974752427em07(%0, %model.layers.1.input_layernorm.weight, %2, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @multi_linear_k128_n128x64x64(%2, %model.layers.1.self_attn.q_proj.weight.packed16, %model.layers.1.self_attn.k_proj.weight.packed16, %model.layers.1.self_attn.v_proj.weight.packed16, %3, %4, %5, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g32_eps9p999999974752427em07(%3, %model.layers.1.self_attn.q_norm.weight, %2, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d64_g32_eps9p999999974752427em07(%4, %model.layers.1.self_attn.k_norm.weight, %6, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rope_nh4_hd32(%2, %rope.cos, %rope.sin, %3, %1, %1, %8) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @rope_nh2_hd32(%6, %rope.cos, %rope.sin, %2, %1, %1, %8) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index) -> ()
    func.call @kv_write_d64(%2, %past_k_1, %1, %1, %8, %9) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @kv_write_d64(%5, %past_v_1, %1, %1, %8, %9) : (memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @attention_nh4_nkv2_hd32_causal(%3, %past_k_1, %past_v_1, %2, %1, %1, %10, %9) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index, index, index, index) -> ()
    func.call @linear_k128_n128(%2, %model.layers.1.self_attn.o_proj.weight.packed16, %3, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @add_f32(%0, %3, %4, %11) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps9p999999974752427em07(%4, %model.layers.1.post_attention_layernorm.weight, %12, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_swiglu_k128_n192(%12, %model.layers.1.mlp.gate_proj.weight.packed16, %model.layers.1.mlp.up_proj.weight.packed16, %0, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k192_n128(%0, %model.layers.1.mlp.down_proj.weight.packed16, %12, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @add_f32(%4, %12, %0, %11) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @rms_norm_d128_g128_eps9p999999974752427em07(%0, %model.norm.weight, %2, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @linear_k128_n1024(%2, %model.embed_tokens.weight.packed16, %logits, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.return
  }
  func.func private @add_f32(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) {
    %4 = arith.constant 8 : index
    %5 = arith.divui %3, %4 : index
    %6 = arith.muli %5, %4 : index
    %7 = arith.constant 0 : index
    scf.for %8 = %7 to %6 step %4 {
      %9 = vector.load %0[%8] : memref<?xf32>, vector<8xf32>
      %10 = vector.load %1[%8] : memref<?xf32>, vector<8xf32>
      %11 = arith.addf %9, %10 : vector<8xf32>
      vector.store %11, %2[%8] : memref<?xf32>, vector<8xf32>
    }
    %12 = arith.constant 1 : index
    scf.for %13 = %6 to %3 step %12 {
      %14 = memref.load %0[%13] : memref<?xf32>
      %15 = memref.load %1[%13] : memref<?xf32>
      %16 = arith.addf %14, %15 : f32
      memref.store %16, %2[%13] : memref<?xf32>
    }
    func.return
  }
  func.func private @attention_nh4_nkv2_hd32_causal(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: memref<?xf32>, %4: index, %5: index, %6: index, %7: index) {
    %8 = arith.constant 7 : index
    %9 = arith.addi %5, %8 : index
    %10 = arith.constant 8 : index
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
    %22 = arith.constant 262144 : index
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
        %33 = memref.alloca() : memref<48xf32>
        %34 = memref.alloca() : memref<128xf32>
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
          %50 = arith.muli %28, %5 : index
          %51 = arith.addi %50, %49 : index
          %52 = arith.constant 4 : index
          %53 = arith.muli %51, %52 : index
          %54 = arith.muli %27, %12 : index
          %55 = arith.addi %54, %48 : index
          %56 = arith.addi %53, %55 : index
          %57 = arith.muli %56, %38 : index
          vector.store %42, %3[%57] : memref<?xf32>, vector<8xf32>
          %58 = arith.addi %57, %10 : index
          vector.store %42, %3[%58] : memref<?xf32>, vector<8xf32>
          %59 = arith.constant 16 : index
          %60 = arith.addi %57, %59 : index
          vector.store %42, %3[%60] : memref<?xf32>, vector<8xf32>
          %61 = arith.constant 24 : index
          %62 = arith.addi %57, %61 : index
          vector.store %42, %3[%62] : memref<?xf32>, vector<8xf32>
          %63 = arith.constant -1.000000e+30 : f32
          memref.store %63, %33[%46] : memref<48xf32>
          %64 = arith.addi %46, %59 : index
          memref.store %41, %33[%64] : memref<48xf32>
        }
        %65 = arith.addi %15, %29 : index
        %66 = arith.addi %65, %21 : index
        %67 = arith.divui %66, %10 : index
        %68 = arith.muli %67, %10 : index
        %69 = arith.addi %29, %31 : index
        %70 = arith.subi %69, %21 : index
        %71 = arith.addi %15, %70 : index
        %72 = arith.addi %71, %21 : index
        %73 = arith.divui %72, %10 : index
        %74 = arith.muli %73, %10 : index
        scf.for %75 = %20 to %68 step %10 {
          %76 = arith.muli %75, %36 : index
          %77 = arith.addi %40, %76 : index
          %78 = arith.addi %75, %21 : index
          %79 = arith.muli %78, %36 : index
          %80 = arith.addi %40, %79 : index
          %81 = arith.addi %75, %12 : index
          %82 = arith.muli %81, %36 : index
          %83 = arith.addi %40, %82 : index
          %84 = arith.constant 3 : index
          %85 = arith.addi %75, %84 : index
          %86 = arith.muli %85, %36 : index
          %87 = arith.addi %40, %86 : index
          %88 = arith.constant 4 : index
          %89 = arith.addi %75, %88 : index
          %90 = arith.muli %89, %36 : index
          %91 = arith.addi %40, %90 : index
          %92 = arith.constant 5 : index
          %93 = arith.addi %75, %92 : index
          %94 = arith.muli %93, %36 : index
          %95 = arith.addi %40, %94 : index
          %96 = arith.constant 6 : index
          %97 = arith.addi %75, %96 : index
          %98 = arith.muli %97, %36 : index
          %99 = arith.addi %40, %98 : index
          %100 = arith.addi %75, %8 : index
          %101 = arith.muli %100, %36 : index
          %102 = arith.addi %40, %101 : index
          %103 = arith.divui %32, %12 : index
          %104 = arith.muli %103, %12 : index
          scf.for %105 = %20 to %104 step %12 {
            %106 = arith.divui %105, %12 : index
            %107 = arith.remui %105, %12 : index
            %108 = arith.addi %29, %106 : index
            %109 = arith.muli %28, %5 : index
            %110 = arith.addi %109, %108 : index
            %111 = arith.muli %110, %88 : index
            %112 = arith.muli %27, %12 : index
            %113 = arith.addi %112, %107 : index
            %114 = arith.addi %111, %113 : index
            %115 = arith.muli %114, %38 : index
            %116 = arith.addi %105, %21 : index
            %117 = arith.divui %116, %12 : index
            %118 = arith.remui %116, %12 : index
            %119 = arith.addi %29, %117 : index
            %120 = arith.addi %109, %119 : index
            %121 = arith.muli %120, %88 : index
            %122 = arith.addi %112, %118 : index
            %123 = arith.addi %121, %122 : index
            %124 = arith.muli %123, %38 : index
            %125 = vector.load %0[%115] : memref<?xf32>, vector<8xf32>
            %126 = vector.load %0[%124] : memref<?xf32>, vector<8xf32>
            %127 = vector.load %1[%77] : memref<?xf32>, vector<8xf32>
            %128 = arith.mulf %125, %127 : vector<8xf32>
            %129 = arith.mulf %126, %127 : vector<8xf32>
            %130 = vector.load %1[%80] : memref<?xf32>, vector<8xf32>
            %131 = arith.mulf %125, %130 : vector<8xf32>
            %132 = arith.mulf %126, %130 : vector<8xf32>
            %133 = vector.load %1[%83] : memref<?xf32>, vector<8xf32>
            %134 = arith.mulf %125, %133 : vector<8xf32>
            %135 = arith.mulf %126, %133 : vector<8xf32>
            %136 = vector.load %1[%87] : memref<?xf32>, vector<8xf32>
            %137 = arith.mulf %125, %136 : vector<8xf32>
            %138 = arith.mulf %126, %136 : vector<8xf32>
            %139 = vector.load %1[%91] : memref<?xf32>, vector<8xf32>
            %140 = arith.mulf %125, %139 : vector<8xf32>
            %141 = arith.mulf %126, %139 : vector<8xf32>
            %142 = vector.load %1[%95] : memref<?xf32>, vector<8xf32>
            %143 = arith.mulf %125, %142 : vector<8xf32>
            %144 = arith.mulf %126, %142 : vector<8xf32>
            %145 = vector.load %1[%99] : memref<?xf32>, vector<8xf32>
            %146 = arith.mulf %125, %145 : vector<8xf32>
            %147 = arith.mulf %126, %145 : vector<8xf32>
            %148 = vector.load %1[%102] : memref<?xf32>, vector<8xf32>
            %149 = arith.mulf %125, %148 : vector<8xf32>
            %150 = arith.mulf %126, %148 : vector<8xf32>
            %151 = arith.addi %115, %10 : index
            %152 = vector.load %0[%151] : memref<?xf32>, vector<8xf32>
            %153 = arith.addi %124, %10 : index
            %154 = vector.load %0[%153] : memref<?xf32>, vector<8xf32>
            %155 = arith.addi %77, %10 : index
            %156 = vector.load %1[%155] : memref<?xf32>, vector<8xf32>
            %157 = vector.fma %152, %156, %128 : vector<8xf32>
            %158 = vector.fma %154, %156, %129 : vector<8xf32>
            %159 = arith.addi %80, %10 : index
            %160 = vector.load %1[%159] : memref<?xf32>, vector<8xf32>
            %161 = vector.fma %152, %160, %131 : vector<8xf32>
            %162 = vector.fma %154, %160, %132 : vector<8xf32>
            %163 = arith.addi %83, %10 : index
            %164 = vector.load %1[%163] : memref<?xf32>, vector<8xf32>
            %165 = vector.fma %152, %164, %134 : vector<8xf32>
            %166 = vector.fma %154, %164, %135 : vector<8xf32>
            %167 = arith.addi %87, %10 : index
            %168 = vector.load %1[%167] : memref<?xf32>, vector<8xf32>
            %169 = vector.fma %152, %168, %137 : vector<8xf32>
            %170 = vector.fma %154, %168, %138 : vector<8xf32>
            %171 = arith.addi %91, %10 : index
            %172 = vector.load %1[%171] : memref<?xf32>, vector<8xf32>
            %173 = vector.fma %152, %172, %140 : vector<8xf32>
            %174 = vector.fma %154, %172, %141 : vector<8xf32>
            %175 = arith.addi %95, %10 : index
            %176 = vector.load %1[%175] : memref<?xf32>, vector<8xf32>
            %177 = vector.fma %152, %176, %143 : vector<8xf32>
            %178 = vector.fma %154, %176, %144 : vector<8xf32>
            %179 = arith.addi %99, %10 : index
            %180 = vector.load %1[%179] : memref<?xf32>, vector<8xf32>
            %181 = vector.fma %152, %180, %146 : vector<8xf32>
            %182 = vector.fma %154, %180, %147 : vector<8xf32>
            %183 = arith.addi %102, %10 : index
            %184 = vector.load %1[%183] : memref<?xf32>, vector<8xf32>
            %185 = vector.fma %152, %184, %149 : vector<8xf32>
            %186 = vector.fma %154, %184, %150 : vector<8xf32>
            %187 = arith.constant 16 : index
            %188 = arith.addi %115, %187 : index
            %189 = vector.load %0[%188] : memref<?xf32>, vector<8xf32>
            %190 = arith.addi %124, %187 : index
            %191 = vector.load %0[%190] : memref<?xf32>, vector<8xf32>
            %192 = arith.addi %77, %187 : index
            %193 = vector.load %1[%192] : memref<?xf32>, vector<8xf32>
            %194 = vector.fma %189, %193, %157 : vector<8xf32>
            %195 = vector.fma %191, %193, %158 : vector<8xf32>
            %196 = arith.addi %80, %187 : index
            %197 = vector.load %1[%196] : memref<?xf32>, vector<8xf32>
            %198 = vector.fma %189, %197, %161 : vector<8xf32>
            %199 = vector.fma %191, %197, %162 : vector<8xf32>
            %200 = arith.addi %83, %187 : index
            %201 = vector.load %1[%200] : memref<?xf32>, vector<8xf32>
            %202 = vector.fma %189, %201, %165 : vector<8xf32>
            %203 = vector.fma %191, %201, %166 : vector<8xf32>
            %204 = arith.addi %87, %187 : index
            %205 = vector.load %1[%204] : memref<?xf32>, vector<8xf32>
            %206 = vector.fma %189, %205, %169 : vector<8xf32>
            %207 = vector.fma %191, %205, %170 : vector<8xf32>
            %208 = arith.addi %91, %187 : index
            %209 = vector.load %1[%208] : memref<?xf32>, vector<8xf32>
            %210 = vector.fma %189, %209, %173 : vector<8xf32>
            %211 = vector.fma %191, %209, %174 : vector<8xf32>
            %212 = arith.addi %95, %187 : index
            %213 = vector.load %1[%212] : memref<?xf32>, vector<8xf32>
            %214 = vector.fma %189, %213, %177 : vector<8xf32>
            %215 = vector.fma %191, %213, %178 : vector<8xf32>
            %216 = arith.addi %99, %187 : index
            %217 = vector.load %1[%216] : memref<?xf32>, vector<8xf32>
            %218 = vector.fma %189, %217, %181 : vector<8xf32>
            %219 = vector.fma %191, %217, %182 : vector<8xf32>
            %220 = arith.addi %102, %187 : index
            %221 = vector.load %1[%220] : memref<?xf32>, vector<8xf32>
            %222 = vector.fma %189, %221, %185 : vector<8xf32>
            %223 = vector.fma %191, %221, %186 : vector<8xf32>
            %224 = arith.constant 24 : index
            %225 = arith.addi %115, %224 : index
            %226 = vector.load %0[%225] : memref<?xf32>, vector<8xf32>
            %227 = arith.addi %124, %224 : index
            %228 = vector.load %0[%227] : memref<?xf32>, vector<8xf32>
            %229 = arith.addi %77, %224 : index
            %230 = vector.load %1[%229] : memref<?xf32>, vector<8xf32>
            %231 = vector.fma %226, %230, %194 : vector<8xf32>
            %232 = vector.fma %228, %230, %195 : vector<8xf32>
            %233 = arith.addi %80, %224 : index
            %234 = vector.load %1[%233] : memref<?xf32>, vector<8xf32>
            %235 = vector.fma %226, %234, %198 : vector<8xf32>
            %236 = vector.fma %228, %234, %199 : vector<8xf32>
            %237 = arith.addi %83, %224 : index
            %238 = vector.load %1[%237] : memref<?xf32>, vector<8xf32>
            %239 = vector.fma %226, %238, %202 : vector<8xf32>
            %240 = vector.fma %228, %238, %203 : vector<8xf32>
            %241 = arith.addi %87, %224 : index
            %242 = vector.load %1[%241] : memref<?xf32>, vector<8xf32>
            %243 = vector.fma %226, %242, %206 : vector<8xf32>
            %244 = vector.fma %228, %242, %207 : vector<8xf32>
            %245 = arith.addi %91, %224 : index
            %246 = vector.load %1[%245] : memref<?xf32>, vector<8xf32>
            %247 = vector.fma %226, %246, %210 : vector<8xf32>
            %248 = vector.fma %228, %246, %211 : vector<8xf32>
            %249 = arith.addi %95, %224 : index
            %250 = vector.load %1[%249] : memref<?xf32>, vector<8xf32>
            %251 = vector.fma %226, %250, %214 : vector<8xf32>
            %252 = vector.fma %228, %250, %215 : vector<8xf32>
            %253 = arith.addi %99, %224 : index
            %254 = vector.load %1[%253] : memref<?xf32>, vector<8xf32>
            %255 = vector.fma %226, %254, %218 : vector<8xf32>
            %256 = vector.fma %228, %254, %219 : vector<8xf32>
            %257 = arith.addi %102, %224 : index
            %258 = vector.load %1[%257] : memref<?xf32>, vector<8xf32>
            %259 = vector.fma %226, %258, %222 : vector<8xf32>
            %260 = vector.fma %228, %258, %223 : vector<8xf32>
            %261 = vector.shuffle %231, %235 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %262 = vector.shuffle %231, %235 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %263 = arith.addf %261, %262 : vector<8xf32>
            %264 = vector.shuffle %239, %243 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %265 = vector.shuffle %239, %243 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %266 = arith.addf %264, %265 : vector<8xf32>
            %267 = vector.shuffle %247, %251 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %268 = vector.shuffle %247, %251 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %269 = arith.addf %267, %268 : vector<8xf32>
            %270 = vector.shuffle %255, %259 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %271 = vector.shuffle %255, %259 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %272 = arith.addf %270, %271 : vector<8xf32>
            %273 = vector.shuffle %263, %266 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %274 = vector.shuffle %263, %266 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %275 = arith.addf %273, %274 : vector<8xf32>
            %276 = vector.shuffle %269, %272 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %277 = vector.shuffle %269, %272 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %278 = arith.addf %276, %277 : vector<8xf32>
            %279 = vector.shuffle %275, %278 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %280 = vector.shuffle %275, %278 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %281 = arith.addf %279, %280 : vector<8xf32>
            %282 = arith.mulf %281, %44 : vector<8xf32>
            %283 = arith.muli %105, %10 : index
            vector.store %282, %34[%283] : memref<128xf32>, vector<8xf32>
            %284 = vector.shuffle %232, %236 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %285 = vector.shuffle %232, %236 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %286 = arith.addf %284, %285 : vector<8xf32>
            %287 = vector.shuffle %240, %244 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %288 = vector.shuffle %240, %244 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %289 = arith.addf %287, %288 : vector<8xf32>
            %290 = vector.shuffle %248, %252 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %291 = vector.shuffle %248, %252 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %292 = arith.addf %290, %291 : vector<8xf32>
            %293 = vector.shuffle %256, %260 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %294 = vector.shuffle %256, %260 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %295 = arith.addf %293, %294 : vector<8xf32>
            %296 = vector.shuffle %286, %289 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %297 = vector.shuffle %286, %289 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %298 = arith.addf %296, %297 : vector<8xf32>
            %299 = vector.shuffle %292, %295 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %300 = vector.shuffle %292, %295 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %301 = arith.addf %299, %300 : vector<8xf32>
            %302 = vector.shuffle %298, %301 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %303 = vector.shuffle %298, %301 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %304 = arith.addf %302, %303 : vector<8xf32>
            %305 = arith.mulf %304, %44 : vector<8xf32>
            %306 = arith.muli %116, %10 : index
            vector.store %305, %34[%306] : memref<128xf32>, vector<8xf32>
          }
          scf.for %307 = %104 to %32 step %21 {
            %308 = arith.divui %307, %12 : index
            %309 = arith.remui %307, %12 : index
            %310 = arith.addi %29, %308 : index
            %311 = arith.muli %28, %5 : index
            %312 = arith.addi %311, %310 : index
            %313 = arith.muli %312, %88 : index
            %314 = arith.muli %27, %12 : index
            %315 = arith.addi %314, %309 : index
            %316 = arith.addi %313, %315 : index
            %317 = arith.muli %316, %38 : index
            %318 = vector.load %0[%317] : memref<?xf32>, vector<8xf32>
            %319 = vector.load %1[%77] : memref<?xf32>, vector<8xf32>
            %320 = arith.mulf %318, %319 : vector<8xf32>
            %321 = vector.load %1[%80] : memref<?xf32>, vector<8xf32>
            %322 = arith.mulf %318, %321 : vector<8xf32>
            %323 = vector.load %1[%83] : memref<?xf32>, vector<8xf32>
            %324 = arith.mulf %318, %323 : vector<8xf32>
            %325 = vector.load %1[%87] : memref<?xf32>, vector<8xf32>
            %326 = arith.mulf %318, %325 : vector<8xf32>
            %327 = vector.load %1[%91] : memref<?xf32>, vector<8xf32>
            %328 = arith.mulf %318, %327 : vector<8xf32>
            %329 = vector.load %1[%95] : memref<?xf32>, vector<8xf32>
            %330 = arith.mulf %318, %329 : vector<8xf32>
            %331 = vector.load %1[%99] : memref<?xf32>, vector<8xf32>
            %332 = arith.mulf %318, %331 : vector<8xf32>
            %333 = vector.load %1[%102] : memref<?xf32>, vector<8xf32>
            %334 = arith.mulf %318, %333 : vector<8xf32>
            %335 = arith.addi %317, %10 : index
            %336 = vector.load %0[%335] : memref<?xf32>, vector<8xf32>
            %337 = arith.addi %77, %10 : index
            %338 = vector.load %1[%337] : memref<?xf32>, vector<8xf32>
            %339 = vector.fma %336, %338, %320 : vector<8xf32>
            %340 = arith.addi %80, %10 : index
            %341 = vector.load %1[%340] : memref<?xf32>, vector<8xf32>
            %342 = vector.fma %336, %341, %322 : vector<8xf32>
            %343 = arith.addi %83, %10 : index
            %344 = vector.load %1[%343] : memref<?xf32>, vector<8xf32>
            %345 = vector.fma %336, %344, %324 : vector<8xf32>
            %346 = arith.addi %87, %10 : index
            %347 = vector.load %1[%346] : memref<?xf32>, vector<8xf32>
            %348 = vector.fma %336, %347, %326 : vector<8xf32>
            %349 = arith.addi %91, %10 : index
            %350 = vector.load %1[%349] : memref<?xf32>, vector<8xf32>
            %351 = vector.fma %336, %350, %328 : vector<8xf32>
            %352 = arith.addi %95, %10 : index
            %353 = vector.load %1[%352] : memref<?xf32>, vector<8xf32>
            %354 = vector.fma %336, %353, %330 : vector<8xf32>
            %355 = arith.addi %99, %10 : index
            %356 = vector.load %1[%355] : memref<?xf32>, vector<8xf32>
            %357 = vector.fma %336, %356, %332 : vector<8xf32>
            %358 = arith.addi %102, %10 : index
            %359 = vector.load %1[%358] : memref<?xf32>, vector<8xf32>
            %360 = vector.fma %336, %359, %334 : vector<8xf32>
            %361 = arith.constant 16 : index
            %362 = arith.addi %317, %361 : index
            %363 = vector.load %0[%362] : memref<?xf32>, vector<8xf32>
            %364 = arith.addi %77, %361 : index
            %365 = vector.load %1[%364] : memref<?xf32>, vector<8xf32>
            %366 = vector.fma %363, %365, %339 : vector<8xf32>
            %367 = arith.addi %80, %361 : index
            %368 = vector.load %1[%367] : memref<?xf32>, vector<8xf32>
            %369 = vector.fma %363, %368, %342 : vector<8xf32>
            %370 = arith.addi %83, %361 : index
            %371 = vector.load %1[%370] : memref<?xf32>, vector<8xf32>
            %372 = vector.fma %363, %371, %345 : vector<8xf32>
            %373 = arith.addi %87, %361 : index
            %374 = vector.load %1[%373] : memref<?xf32>, vector<8xf32>
            %375 = vector.fma %363, %374, %348 : vector<8xf32>
            %376 = arith.addi %91, %361 : index
            %377 = vector.load %1[%376] : memref<?xf32>, vector<8xf32>
            %378 = vector.fma %363, %377, %351 : vector<8xf32>
            %379 = arith.addi %95, %361 : index
            %380 = vector.load %1[%379] : memref<?xf32>, vector<8xf32>
            %381 = vector.fma %363, %380, %354 : vector<8xf32>
            %382 = arith.addi %99, %361 : index
            %383 = vector.load %1[%382] : memref<?xf32>, vector<8xf32>
            %384 = vector.fma %363, %383, %357 : vector<8xf32>
            %385 = arith.addi %102, %361 : index
            %386 = vector.load %1[%385] : memref<?xf32>, vector<8xf32>
            %387 = vector.fma %363, %386, %360 : vector<8xf32>
            %388 = arith.constant 24 : index
            %389 = arith.addi %317, %388 : index
            %390 = vector.load %0[%389] : memref<?xf32>, vector<8xf32>
            %391 = arith.addi %77, %388 : index
            %392 = vector.load %1[%391] : memref<?xf32>, vector<8xf32>
            %393 = vector.fma %390, %392, %366 : vector<8xf32>
            %394 = arith.addi %80, %388 : index
            %395 = vector.load %1[%394] : memref<?xf32>, vector<8xf32>
            %396 = vector.fma %390, %395, %369 : vector<8xf32>
            %397 = arith.addi %83, %388 : index
            %398 = vector.load %1[%397] : memref<?xf32>, vector<8xf32>
            %399 = vector.fma %390, %398, %372 : vector<8xf32>
            %400 = arith.addi %87, %388 : index
            %401 = vector.load %1[%400] : memref<?xf32>, vector<8xf32>
            %402 = vector.fma %390, %401, %375 : vector<8xf32>
            %403 = arith.addi %91, %388 : index
            %404 = vector.load %1[%403] : memref<?xf32>, vector<8xf32>
            %405 = vector.fma %390, %404, %378 : vector<8xf32>
            %406 = arith.addi %95, %388 : index
            %407 = vector.load %1[%406] : memref<?xf32>, vector<8xf32>
            %408 = vector.fma %390, %407, %381 : vector<8xf32>
            %409 = arith.addi %99, %388 : index
            %410 = vector.load %1[%409] : memref<?xf32>, vector<8xf32>
            %411 = vector.fma %390, %410, %384 : vector<8xf32>
            %412 = arith.addi %102, %388 : index
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
            %437 = arith.muli %307, %10 : index
            vector.store %436, %34[%437] : memref<128xf32>, vector<8xf32>
          }
          scf.for %438 = %20 to %32 step %21 {
            %439 = arith.muli %438, %10 : index
            %440 = vector.load %34[%439] : memref<128xf32>, vector<8xf32>
            %441 = memref.load %33[%438] : memref<48xf32>
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
            vector.store %455, %34[%439] : memref<128xf32>, vector<8xf32>
            memref.store %444, %33[%438] : memref<48xf32>
            %464 = arith.constant 16 : index
            %465 = arith.addi %438, %464 : index
            %466 = memref.load %33[%465] : memref<48xf32>
            %467 = arith.mulf %466, %463 : f32
            %468 = vector.reduction <add>, %455 : vector<8xf32> into f32
            %469 = arith.addf %467, %468 : f32
            memref.store %469, %33[%465] : memref<48xf32>
            %470 = arith.addi %438, %38 : index
            memref.store %463, %33[%470] : memref<48xf32>
          }
          scf.for %471 = %20 to %104 step %12 {
            %472 = arith.addi %471, %21 : index
            %473 = arith.divui %471, %12 : index
            %474 = arith.remui %471, %12 : index
            %475 = arith.addi %29, %473 : index
            %476 = arith.muli %28, %5 : index
            %477 = arith.addi %476, %475 : index
            %478 = arith.muli %477, %88 : index
            %479 = arith.muli %27, %12 : index
            %480 = arith.addi %479, %474 : index
            %481 = arith.addi %478, %480 : index
            %482 = arith.muli %481, %38 : index
            %483 = arith.divui %472, %12 : index
            %484 = arith.remui %472, %12 : index
            %485 = arith.addi %29, %483 : index
            %486 = arith.addi %476, %485 : index
            %487 = arith.muli %486, %88 : index
            %488 = arith.addi %479, %484 : index
            %489 = arith.addi %487, %488 : index
            %490 = arith.muli %489, %38 : index
            %491 = arith.addi %471, %38 : index
            %492 = memref.load %33[%491] : memref<48xf32>
            %493 = vector.broadcast %492 : f32 to vector<8xf32>
            %494 = arith.addi %472, %38 : index
            %495 = memref.load %33[%494] : memref<48xf32>
            %496 = vector.broadcast %495 : f32 to vector<8xf32>
            %497 = arith.muli %471, %10 : index
            %498 = memref.load %34[%497] : memref<128xf32>
            %499 = vector.broadcast %498 : f32 to vector<8xf32>
            %500 = arith.addi %497, %21 : index
            %501 = memref.load %34[%500] : memref<128xf32>
            %502 = vector.broadcast %501 : f32 to vector<8xf32>
            %503 = arith.addi %497, %12 : index
            %504 = memref.load %34[%503] : memref<128xf32>
            %505 = vector.broadcast %504 : f32 to vector<8xf32>
            %506 = arith.addi %497, %84 : index
            %507 = memref.load %34[%506] : memref<128xf32>
            %508 = vector.broadcast %507 : f32 to vector<8xf32>
            %509 = arith.addi %497, %88 : index
            %510 = memref.load %34[%509] : memref<128xf32>
            %511 = vector.broadcast %510 : f32 to vector<8xf32>
            %512 = arith.addi %497, %92 : index
            %513 = memref.load %34[%512] : memref<128xf32>
            %514 = vector.broadcast %513 : f32 to vector<8xf32>
            %515 = arith.addi %497, %96 : index
            %516 = memref.load %34[%515] : memref<128xf32>
            %517 = vector.broadcast %516 : f32 to vector<8xf32>
            %518 = arith.addi %497, %8 : index
            %519 = memref.load %34[%518] : memref<128xf32>
            %520 = vector.broadcast %519 : f32 to vector<8xf32>
            %521 = arith.muli %472, %10 : index
            %522 = memref.load %34[%521] : memref<128xf32>
            %523 = vector.broadcast %522 : f32 to vector<8xf32>
            %524 = arith.addi %521, %21 : index
            %525 = memref.load %34[%524] : memref<128xf32>
            %526 = vector.broadcast %525 : f32 to vector<8xf32>
            %527 = arith.addi %521, %12 : index
            %528 = memref.load %34[%527] : memref<128xf32>
            %529 = vector.broadcast %528 : f32 to vector<8xf32>
            %530 = arith.addi %521, %84 : index
            %531 = memref.load %34[%530] : memref<128xf32>
            %532 = vector.broadcast %531 : f32 to vector<8xf32>
            %533 = arith.addi %521, %88 : index
            %534 = memref.load %34[%533] : memref<128xf32>
            %535 = vector.broadcast %534 : f32 to vector<8xf32>
            %536 = arith.addi %521, %92 : index
            %537 = memref.load %34[%536] : memref<128xf32>
            %538 = vector.broadcast %537 : f32 to vector<8xf32>
            %539 = arith.addi %521, %96 : index
            %540 = memref.load %34[%539] : memref<128xf32>
            %541 = vector.broadcast %540 : f32 to vector<8xf32>
            %542 = arith.addi %521, %8 : index
            %543 = memref.load %34[%542] : memref<128xf32>
            %544 = vector.broadcast %543 : f32 to vector<8xf32>
            %545 = vector.load %3[%482] : memref<?xf32>, vector<8xf32>
            %546 = arith.mulf %545, %493 : vector<8xf32>
            %547 = vector.load %3[%490] : memref<?xf32>, vector<8xf32>
            %548 = arith.mulf %547, %496 : vector<8xf32>
            %549 = vector.load %2[%77] : memref<?xf32>, vector<8xf32>
            %550 = vector.fma %499, %549, %546 : vector<8xf32>
            %551 = vector.fma %523, %549, %548 : vector<8xf32>
            %552 = vector.load %2[%80] : memref<?xf32>, vector<8xf32>
            %553 = vector.fma %502, %552, %550 : vector<8xf32>
            %554 = vector.fma %526, %552, %551 : vector<8xf32>
            %555 = vector.load %2[%83] : memref<?xf32>, vector<8xf32>
            %556 = vector.fma %505, %555, %553 : vector<8xf32>
            %557 = vector.fma %529, %555, %554 : vector<8xf32>
            %558 = vector.load %2[%87] : memref<?xf32>, vector<8xf32>
            %559 = vector.fma %508, %558, %556 : vector<8xf32>
            %560 = vector.fma %532, %558, %557 : vector<8xf32>
            %561 = vector.load %2[%91] : memref<?xf32>, vector<8xf32>
            %562 = vector.fma %511, %561, %559 : vector<8xf32>
            %563 = vector.fma %535, %561, %560 : vector<8xf32>
            %564 = vector.load %2[%95] : memref<?xf32>, vector<8xf32>
            %565 = vector.fma %514, %564, %562 : vector<8xf32>
            %566 = vector.fma %538, %564, %563 : vector<8xf32>
            %567 = vector.load %2[%99] : memref<?xf32>, vector<8xf32>
            %568 = vector.fma %517, %567, %565 : vector<8xf32>
            %569 = vector.fma %541, %567, %566 : vector<8xf32>
            %570 = vector.load %2[%102] : memref<?xf32>, vector<8xf32>
            %571 = vector.fma %520, %570, %568 : vector<8xf32>
            %572 = vector.fma %544, %570, %569 : vector<8xf32>
            vector.store %571, %3[%482] : memref<?xf32>, vector<8xf32>
            vector.store %572, %3[%490] : memref<?xf32>, vector<8xf32>
            %573 = arith.addi %482, %10 : index
            %574 = arith.addi %490, %10 : index
            %575 = vector.load %3[%573] : memref<?xf32>, vector<8xf32>
            %576 = arith.mulf %575, %493 : vector<8xf32>
            %577 = vector.load %3[%574] : memref<?xf32>, vector<8xf32>
            %578 = arith.mulf %577, %496 : vector<8xf32>
            %579 = arith.addi %77, %10 : index
            %580 = vector.load %2[%579] : memref<?xf32>, vector<8xf32>
            %581 = vector.fma %499, %580, %576 : vector<8xf32>
            %582 = vector.fma %523, %580, %578 : vector<8xf32>
            %583 = arith.addi %80, %10 : index
            %584 = vector.load %2[%583] : memref<?xf32>, vector<8xf32>
            %585 = vector.fma %502, %584, %581 : vector<8xf32>
            %586 = vector.fma %526, %584, %582 : vector<8xf32>
            %587 = arith.addi %83, %10 : index
            %588 = vector.load %2[%587] : memref<?xf32>, vector<8xf32>
            %589 = vector.fma %505, %588, %585 : vector<8xf32>
            %590 = vector.fma %529, %588, %586 : vector<8xf32>
            %591 = arith.addi %87, %10 : index
            %592 = vector.load %2[%591] : memref<?xf32>, vector<8xf32>
            %593 = vector.fma %508, %592, %589 : vector<8xf32>
            %594 = vector.fma %532, %592, %590 : vector<8xf32>
            %595 = arith.addi %91, %10 : index
            %596 = vector.load %2[%595] : memref<?xf32>, vector<8xf32>
            %597 = vector.fma %511, %596, %593 : vector<8xf32>
            %598 = vector.fma %535, %596, %594 : vector<8xf32>
            %599 = arith.addi %95, %10 : index
            %600 = vector.load %2[%599] : memref<?xf32>, vector<8xf32>
            %601 = vector.fma %514, %600, %597 : vector<8xf32>
            %602 = vector.fma %538, %600, %598 : vector<8xf32>
            %603 = arith.addi %99, %10 : index
            %604 = vector.load %2[%603] : memref<?xf32>, vector<8xf32>
            %605 = vector.fma %517, %604, %601 : vector<8xf32>
            %606 = vector.fma %541, %604, %602 : vector<8xf32>
            %607 = arith.addi %102, %10 : index
            %608 = vector.load %2[%607] : memref<?xf32>, vector<8xf32>
            %609 = vector.fma %520, %608, %605 : vector<8xf32>
            %610 = vector.fma %544, %608, %606 : vector<8xf32>
            vector.store %609, %3[%573] : memref<?xf32>, vector<8xf32>
            vector.store %610, %3[%574] : memref<?xf32>, vector<8xf32>
            %611 = arith.constant 16 : index
            %612 = arith.addi %482, %611 : index
            %613 = arith.addi %490, %611 : index
            %614 = vector.load %3[%612] : memref<?xf32>, vector<8xf32>
            %615 = arith.mulf %614, %493 : vector<8xf32>
            %616 = vector.load %3[%613] : memref<?xf32>, vector<8xf32>
            %617 = arith.mulf %616, %496 : vector<8xf32>
            %618 = arith.addi %77, %611 : index
            %619 = vector.load %2[%618] : memref<?xf32>, vector<8xf32>
            %620 = vector.fma %499, %619, %615 : vector<8xf32>
            %621 = vector.fma %523, %619, %617 : vector<8xf32>
            %622 = arith.addi %80, %611 : index
            %623 = vector.load %2[%622] : memref<?xf32>, vector<8xf32>
            %624 = vector.fma %502, %623, %620 : vector<8xf32>
            %625 = vector.fma %526, %623, %621 : vector<8xf32>
            %626 = arith.addi %83, %611 : index
            %627 = vector.load %2[%626] : memref<?xf32>, vector<8xf32>
            %628 = vector.fma %505, %627, %624 : vector<8xf32>
            %629 = vector.fma %529, %627, %625 : vector<8xf32>
            %630 = arith.addi %87, %611 : index
            %631 = vector.load %2[%630] : memref<?xf32>, vector<8xf32>
            %632 = vector.fma %508, %631, %628 : vector<8xf32>
            %633 = vector.fma %532, %631, %629 : vector<8xf32>
            %634 = arith.addi %91, %611 : index
            %635 = vector.load %2[%634] : memref<?xf32>, vector<8xf32>
            %636 = vector.fma %511, %635, %632 : vector<8xf32>
            %637 = vector.fma %535, %635, %633 : vector<8xf32>
            %638 = arith.addi %95, %611 : index
            %639 = vector.load %2[%638] : memref<?xf32>, vector<8xf32>
            %640 = vector.fma %514, %639, %636 : vector<8xf32>
            %641 = vector.fma %538, %639, %637 : vector<8xf32>
            %642 = arith.addi %99, %611 : index
            %643 = vector.load %2[%642] : memref<?xf32>, vector<8xf32>
            %644 = vector.fma %517, %643, %640 : vector<8xf32>
            %645 = vector.fma %541, %643, %641 : vector<8xf32>
            %646 = arith.addi %102, %611 : index
            %647 = vector.load %2[%646] : memref<?xf32>, vector<8xf32>
            %648 = vector.fma %520, %647, %644 : vector<8xf32>
            %649 = vector.fma %544, %647, %645 : vector<8xf32>
            vector.store %648, %3[%612] : memref<?xf32>, vector<8xf32>
            vector.store %649, %3[%613] : memref<?xf32>, vector<8xf32>
            %650 = arith.constant 24 : index
            %651 = arith.addi %482, %650 : index
            %652 = arith.addi %490, %650 : index
            %653 = vector.load %3[%651] : memref<?xf32>, vector<8xf32>
            %654 = arith.mulf %653, %493 : vector<8xf32>
            %655 = vector.load %3[%652] : memref<?xf32>, vector<8xf32>
            %656 = arith.mulf %655, %496 : vector<8xf32>
            %657 = arith.addi %77, %650 : index
            %658 = vector.load %2[%657] : memref<?xf32>, vector<8xf32>
            %659 = vector.fma %499, %658, %654 : vector<8xf32>
            %660 = vector.fma %523, %658, %656 : vector<8xf32>
            %661 = arith.addi %80, %650 : index
            %662 = vector.load %2[%661] : memref<?xf32>, vector<8xf32>
            %663 = vector.fma %502, %662, %659 : vector<8xf32>
            %664 = vector.fma %526, %662, %660 : vector<8xf32>
            %665 = arith.addi %83, %650 : index
            %666 = vector.load %2[%665] : memref<?xf32>, vector<8xf32>
            %667 = vector.fma %505, %666, %663 : vector<8xf32>
            %668 = vector.fma %529, %666, %664 : vector<8xf32>
            %669 = arith.addi %87, %650 : index
            %670 = vector.load %2[%669] : memref<?xf32>, vector<8xf32>
            %671 = vector.fma %508, %670, %667 : vector<8xf32>
            %672 = vector.fma %532, %670, %668 : vector<8xf32>
            %673 = arith.addi %91, %650 : index
            %674 = vector.load %2[%673] : memref<?xf32>, vector<8xf32>
            %675 = vector.fma %511, %674, %671 : vector<8xf32>
            %676 = vector.fma %535, %674, %672 : vector<8xf32>
            %677 = arith.addi %95, %650 : index
            %678 = vector.load %2[%677] : memref<?xf32>, vector<8xf32>
            %679 = vector.fma %514, %678, %675 : vector<8xf32>
            %680 = vector.fma %538, %678, %676 : vector<8xf32>
            %681 = arith.addi %99, %650 : index
            %682 = vector.load %2[%681] : memref<?xf32>, vector<8xf32>
            %683 = vector.fma %517, %682, %679 : vector<8xf32>
            %684 = vector.fma %541, %682, %680 : vector<8xf32>
            %685 = arith.addi %102, %650 : index
            %686 = vector.load %2[%685] : memref<?xf32>, vector<8xf32>
            %687 = vector.fma %520, %686, %683 : vector<8xf32>
            %688 = vector.fma %544, %686, %684 : vector<8xf32>
            vector.store %687, %3[%651] : memref<?xf32>, vector<8xf32>
            vector.store %688, %3[%652] : memref<?xf32>, vector<8xf32>
          }
          scf.for %689 = %104 to %32 step %21 {
            %690 = arith.divui %689, %12 : index
            %691 = arith.remui %689, %12 : index
            %692 = arith.addi %29, %690 : index
            %693 = arith.muli %28, %5 : index
            %694 = arith.addi %693, %692 : index
            %695 = arith.muli %694, %88 : index
            %696 = arith.muli %27, %12 : index
            %697 = arith.addi %696, %691 : index
            %698 = arith.addi %695, %697 : index
            %699 = arith.muli %698, %38 : index
            %700 = arith.addi %689, %38 : index
            %701 = memref.load %33[%700] : memref<48xf32>
            %702 = vector.broadcast %701 : f32 to vector<8xf32>
            %703 = arith.muli %689, %10 : index
            %704 = memref.load %34[%703] : memref<128xf32>
            %705 = vector.broadcast %704 : f32 to vector<8xf32>
            %706 = arith.addi %703, %21 : index
            %707 = memref.load %34[%706] : memref<128xf32>
            %708 = vector.broadcast %707 : f32 to vector<8xf32>
            %709 = arith.addi %703, %12 : index
            %710 = memref.load %34[%709] : memref<128xf32>
            %711 = vector.broadcast %710 : f32 to vector<8xf32>
            %712 = arith.addi %703, %84 : index
            %713 = memref.load %34[%712] : memref<128xf32>
            %714 = vector.broadcast %713 : f32 to vector<8xf32>
            %715 = arith.addi %703, %88 : index
            %716 = memref.load %34[%715] : memref<128xf32>
            %717 = vector.broadcast %716 : f32 to vector<8xf32>
            %718 = arith.addi %703, %92 : index
            %719 = memref.load %34[%718] : memref<128xf32>
            %720 = vector.broadcast %719 : f32 to vector<8xf32>
            %721 = arith.addi %703, %96 : index
            %722 = memref.load %34[%721] : memref<128xf32>
            %723 = vector.broadcast %722 : f32 to vector<8xf32>
            %724 = arith.addi %703, %8 : index
            %725 = memref.load %34[%724] : memref<128xf32>
            %726 = vector.broadcast %725 : f32 to vector<8xf32>
            %727 = vector.load %3[%699] : memref<?xf32>, vector<8xf32>
            %728 = arith.mulf %727, %702 : vector<8xf32>
            %729 = vector.load %2[%77] : memref<?xf32>, vector<8xf32>
            %730 = vector.fma %705, %729, %728 : vector<8xf32>
            %731 = vector.load %2[%80] : memref<?xf32>, vector<8xf32>
            %732 = vector.fma %708, %731, %730 : vector<8xf32>
            %733 = vector.load %2[%83] : memref<?xf32>, vector<8xf32>
            %734 = vector.fma %711, %733, %732 : vector<8xf32>
            %735 = vector.load %2[%87] : memref<?xf32>, vector<8xf32>
            %736 = vector.fma %714, %735, %734 : vector<8xf32>
            %737 = vector.load %2[%91] : memref<?xf32>, vector<8xf32>
            %738 = vector.fma %717, %737, %736 : vector<8xf32>
            %739 = vector.load %2[%95] : memref<?xf32>, vector<8xf32>
            %740 = vector.fma %720, %739, %738 : vector<8xf32>
            %741 = vector.load %2[%99] : memref<?xf32>, vector<8xf32>
            %742 = vector.fma %723, %741, %740 : vector<8xf32>
            %743 = vector.load %2[%102] : memref<?xf32>, vector<8xf32>
            %744 = vector.fma %726, %743, %742 : vector<8xf32>
            vector.store %744, %3[%699] : memref<?xf32>, vector<8xf32>
            %745 = arith.addi %699, %10 : index
            %746 = vector.load %3[%745] : memref<?xf32>, vector<8xf32>
            %747 = arith.mulf %746, %702 : vector<8xf32>
            %748 = arith.addi %77, %10 : index
            %749 = vector.load %2[%748] : memref<?xf32>, vector<8xf32>
            %750 = vector.fma %705, %749, %747 : vector<8xf32>
            %751 = arith.addi %80, %10 : index
            %752 = vector.load %2[%751] : memref<?xf32>, vector<8xf32>
            %753 = vector.fma %708, %752, %750 : vector<8xf32>
            %754 = arith.addi %83, %10 : index
            %755 = vector.load %2[%754] : memref<?xf32>, vector<8xf32>
            %756 = vector.fma %711, %755, %753 : vector<8xf32>
            %757 = arith.addi %87, %10 : index
            %758 = vector.load %2[%757] : memref<?xf32>, vector<8xf32>
            %759 = vector.fma %714, %758, %756 : vector<8xf32>
            %760 = arith.addi %91, %10 : index
            %761 = vector.load %2[%760] : memref<?xf32>, vector<8xf32>
            %762 = vector.fma %717, %761, %759 : vector<8xf32>
            %763 = arith.addi %95, %10 : index
            %764 = vector.load %2[%763] : memref<?xf32>, vector<8xf32>
            %765 = vector.fma %720, %764, %762 : vector<8xf32>
            %766 = arith.addi %99, %10 : index
            %767 = vector.load %2[%766] : memref<?xf32>, vector<8xf32>
            %768 = vector.fma %723, %767, %765 : vector<8xf32>
            %769 = arith.addi %102, %10 : index
            %770 = vector.load %2[%769] : memref<?xf32>, vector<8xf32>
            %771 = vector.fma %726, %770, %768 : vector<8xf32>
            vector.store %771, %3[%745] : memref<?xf32>, vector<8xf32>
            %772 = arith.constant 16 : index
            %773 = arith.addi %699, %772 : index
            %774 = vector.load %3[%773] : memref<?xf32>, vector<8xf32>
            %775 = arith.mulf %774, %702 : vector<8xf32>
            %776 = arith.addi %77, %772 : index
            %777 = vector.load %2[%776] : memref<?xf32>, vector<8xf32>
            %778 = vector.fma %705, %777, %775 : vector<8xf32>
            %779 = arith.addi %80, %772 : index
            %780 = vector.load %2[%779] : memref<?xf32>, vector<8xf32>
            %781 = vector.fma %708, %780, %778 : vector<8xf32>
            %782 = arith.addi %83, %772 : index
            %783 = vector.load %2[%782] : memref<?xf32>, vector<8xf32>
            %784 = vector.fma %711, %783, %781 : vector<8xf32>
            %785 = arith.addi %87, %772 : index
            %786 = vector.load %2[%785] : memref<?xf32>, vector<8xf32>
            %787 = vector.fma %714, %786, %784 : vector<8xf32>
            %788 = arith.addi %91, %772 : index
            %789 = vector.load %2[%788] : memref<?xf32>, vector<8xf32>
            %790 = vector.fma %717, %789, %787 : vector<8xf32>
            %791 = arith.addi %95, %772 : index
            %792 = vector.load %2[%791] : memref<?xf32>, vector<8xf32>
            %793 = vector.fma %720, %792, %790 : vector<8xf32>
            %794 = arith.addi %99, %772 : index
            %795 = vector.load %2[%794] : memref<?xf32>, vector<8xf32>
            %796 = vector.fma %723, %795, %793 : vector<8xf32>
            %797 = arith.addi %102, %772 : index
            %798 = vector.load %2[%797] : memref<?xf32>, vector<8xf32>
            %799 = vector.fma %726, %798, %796 : vector<8xf32>
            vector.store %799, %3[%773] : memref<?xf32>, vector<8xf32>
            %800 = arith.constant 24 : index
            %801 = arith.addi %699, %800 : index
            %802 = vector.load %3[%801] : memref<?xf32>, vector<8xf32>
            %803 = arith.mulf %802, %702 : vector<8xf32>
            %804 = arith.addi %77, %800 : index
            %805 = vector.load %2[%804] : memref<?xf32>, vector<8xf32>
            %806 = vector.fma %705, %805, %803 : vector<8xf32>
            %807 = arith.addi %80, %800 : index
            %808 = vector.load %2[%807] : memref<?xf32>, vector<8xf32>
            %809 = vector.fma %708, %808, %806 : vector<8xf32>
            %810 = arith.addi %83, %800 : index
            %811 = vector.load %2[%810] : memref<?xf32>, vector<8xf32>
            %812 = vector.fma %711, %811, %809 : vector<8xf32>
            %813 = arith.addi %87, %800 : index
            %814 = vector.load %2[%813] : memref<?xf32>, vector<8xf32>
            %815 = vector.fma %714, %814, %812 : vector<8xf32>
            %816 = arith.addi %91, %800 : index
            %817 = vector.load %2[%816] : memref<?xf32>, vector<8xf32>
            %818 = vector.fma %717, %817, %815 : vector<8xf32>
            %819 = arith.addi %95, %800 : index
            %820 = vector.load %2[%819] : memref<?xf32>, vector<8xf32>
            %821 = vector.fma %720, %820, %818 : vector<8xf32>
            %822 = arith.addi %99, %800 : index
            %823 = vector.load %2[%822] : memref<?xf32>, vector<8xf32>
            %824 = vector.fma %723, %823, %821 : vector<8xf32>
            %825 = arith.addi %102, %800 : index
            %826 = vector.load %2[%825] : memref<?xf32>, vector<8xf32>
            %827 = vector.fma %726, %826, %824 : vector<8xf32>
            vector.store %827, %3[%801] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.for %828 = %68 to %74 step %10 {
          %829 = arith.muli %828, %36 : index
          %830 = arith.addi %40, %829 : index
          %831 = arith.addi %828, %21 : index
          %832 = arith.muli %831, %36 : index
          %833 = arith.addi %40, %832 : index
          %834 = arith.addi %828, %12 : index
          %835 = arith.muli %834, %36 : index
          %836 = arith.addi %40, %835 : index
          %837 = arith.constant 3 : index
          %838 = arith.addi %828, %837 : index
          %839 = arith.muli %838, %36 : index
          %840 = arith.addi %40, %839 : index
          %841 = arith.constant 4 : index
          %842 = arith.addi %828, %841 : index
          %843 = arith.muli %842, %36 : index
          %844 = arith.addi %40, %843 : index
          %845 = arith.constant 5 : index
          %846 = arith.addi %828, %845 : index
          %847 = arith.muli %846, %36 : index
          %848 = arith.addi %40, %847 : index
          %849 = arith.constant 6 : index
          %850 = arith.addi %828, %849 : index
          %851 = arith.muli %850, %36 : index
          %852 = arith.addi %40, %851 : index
          %853 = arith.addi %828, %8 : index
          %854 = arith.muli %853, %36 : index
          %855 = arith.addi %40, %854 : index
          %856 = arith.divui %32, %12 : index
          %857 = arith.muli %856, %12 : index
          scf.for %858 = %20 to %857 step %12 {
            %859 = arith.divui %858, %12 : index
            %860 = arith.remui %858, %12 : index
            %861 = arith.addi %29, %859 : index
            %862 = arith.muli %28, %5 : index
            %863 = arith.addi %862, %861 : index
            %864 = arith.muli %863, %841 : index
            %865 = arith.muli %27, %12 : index
            %866 = arith.addi %865, %860 : index
            %867 = arith.addi %864, %866 : index
            %868 = arith.muli %867, %38 : index
            %869 = arith.addi %858, %21 : index
            %870 = arith.divui %869, %12 : index
            %871 = arith.remui %869, %12 : index
            %872 = arith.addi %29, %870 : index
            %873 = arith.addi %862, %872 : index
            %874 = arith.muli %873, %841 : index
            %875 = arith.addi %865, %871 : index
            %876 = arith.addi %874, %875 : index
            %877 = arith.muli %876, %38 : index
            %878 = vector.load %0[%868] : memref<?xf32>, vector<8xf32>
            %879 = vector.load %0[%877] : memref<?xf32>, vector<8xf32>
            %880 = vector.load %1[%830] : memref<?xf32>, vector<8xf32>
            %881 = arith.mulf %878, %880 : vector<8xf32>
            %882 = arith.mulf %879, %880 : vector<8xf32>
            %883 = vector.load %1[%833] : memref<?xf32>, vector<8xf32>
            %884 = arith.mulf %878, %883 : vector<8xf32>
            %885 = arith.mulf %879, %883 : vector<8xf32>
            %886 = vector.load %1[%836] : memref<?xf32>, vector<8xf32>
            %887 = arith.mulf %878, %886 : vector<8xf32>
            %888 = arith.mulf %879, %886 : vector<8xf32>
            %889 = vector.load %1[%840] : memref<?xf32>, vector<8xf32>
            %890 = arith.mulf %878, %889 : vector<8xf32>
            %891 = arith.mulf %879, %889 : vector<8xf32>
            %892 = vector.load %1[%844] : memref<?xf32>, vector<8xf32>
            %893 = arith.mulf %878, %892 : vector<8xf32>
            %894 = arith.mulf %879, %892 : vector<8xf32>
            %895 = vector.load %1[%848] : memref<?xf32>, vector<8xf32>
            %896 = arith.mulf %878, %895 : vector<8xf32>
            %897 = arith.mulf %879, %895 : vector<8xf32>
            %898 = vector.load %1[%852] : memref<?xf32>, vector<8xf32>
            %899 = arith.mulf %878, %898 : vector<8xf32>
            %900 = arith.mulf %879, %898 : vector<8xf32>
            %901 = vector.load %1[%855] : memref<?xf32>, vector<8xf32>
            %902 = arith.mulf %878, %901 : vector<8xf32>
            %903 = arith.mulf %879, %901 : vector<8xf32>
            %904 = arith.addi %868, %10 : index
            %905 = vector.load %0[%904] : memref<?xf32>, vector<8xf32>
            %906 = arith.addi %877, %10 : index
            %907 = vector.load %0[%906] : memref<?xf32>, vector<8xf32>
            %908 = arith.addi %830, %10 : index
            %909 = vector.load %1[%908] : memref<?xf32>, vector<8xf32>
            %910 = vector.fma %905, %909, %881 : vector<8xf32>
            %911 = vector.fma %907, %909, %882 : vector<8xf32>
            %912 = arith.addi %833, %10 : index
            %913 = vector.load %1[%912] : memref<?xf32>, vector<8xf32>
            %914 = vector.fma %905, %913, %884 : vector<8xf32>
            %915 = vector.fma %907, %913, %885 : vector<8xf32>
            %916 = arith.addi %836, %10 : index
            %917 = vector.load %1[%916] : memref<?xf32>, vector<8xf32>
            %918 = vector.fma %905, %917, %887 : vector<8xf32>
            %919 = vector.fma %907, %917, %888 : vector<8xf32>
            %920 = arith.addi %840, %10 : index
            %921 = vector.load %1[%920] : memref<?xf32>, vector<8xf32>
            %922 = vector.fma %905, %921, %890 : vector<8xf32>
            %923 = vector.fma %907, %921, %891 : vector<8xf32>
            %924 = arith.addi %844, %10 : index
            %925 = vector.load %1[%924] : memref<?xf32>, vector<8xf32>
            %926 = vector.fma %905, %925, %893 : vector<8xf32>
            %927 = vector.fma %907, %925, %894 : vector<8xf32>
            %928 = arith.addi %848, %10 : index
            %929 = vector.load %1[%928] : memref<?xf32>, vector<8xf32>
            %930 = vector.fma %905, %929, %896 : vector<8xf32>
            %931 = vector.fma %907, %929, %897 : vector<8xf32>
            %932 = arith.addi %852, %10 : index
            %933 = vector.load %1[%932] : memref<?xf32>, vector<8xf32>
            %934 = vector.fma %905, %933, %899 : vector<8xf32>
            %935 = vector.fma %907, %933, %900 : vector<8xf32>
            %936 = arith.addi %855, %10 : index
            %937 = vector.load %1[%936] : memref<?xf32>, vector<8xf32>
            %938 = vector.fma %905, %937, %902 : vector<8xf32>
            %939 = vector.fma %907, %937, %903 : vector<8xf32>
            %940 = arith.constant 16 : index
            %941 = arith.addi %868, %940 : index
            %942 = vector.load %0[%941] : memref<?xf32>, vector<8xf32>
            %943 = arith.addi %877, %940 : index
            %944 = vector.load %0[%943] : memref<?xf32>, vector<8xf32>
            %945 = arith.addi %830, %940 : index
            %946 = vector.load %1[%945] : memref<?xf32>, vector<8xf32>
            %947 = vector.fma %942, %946, %910 : vector<8xf32>
            %948 = vector.fma %944, %946, %911 : vector<8xf32>
            %949 = arith.addi %833, %940 : index
            %950 = vector.load %1[%949] : memref<?xf32>, vector<8xf32>
            %951 = vector.fma %942, %950, %914 : vector<8xf32>
            %952 = vector.fma %944, %950, %915 : vector<8xf32>
            %953 = arith.addi %836, %940 : index
            %954 = vector.load %1[%953] : memref<?xf32>, vector<8xf32>
            %955 = vector.fma %942, %954, %918 : vector<8xf32>
            %956 = vector.fma %944, %954, %919 : vector<8xf32>
            %957 = arith.addi %840, %940 : index
            %958 = vector.load %1[%957] : memref<?xf32>, vector<8xf32>
            %959 = vector.fma %942, %958, %922 : vector<8xf32>
            %960 = vector.fma %944, %958, %923 : vector<8xf32>
            %961 = arith.addi %844, %940 : index
            %962 = vector.load %1[%961] : memref<?xf32>, vector<8xf32>
            %963 = vector.fma %942, %962, %926 : vector<8xf32>
            %964 = vector.fma %944, %962, %927 : vector<8xf32>
            %965 = arith.addi %848, %940 : index
            %966 = vector.load %1[%965] : memref<?xf32>, vector<8xf32>
            %967 = vector.fma %942, %966, %930 : vector<8xf32>
            %968 = vector.fma %944, %966, %931 : vector<8xf32>
            %969 = arith.addi %852, %940 : index
            %970 = vector.load %1[%969] : memref<?xf32>, vector<8xf32>
            %971 = vector.fma %942, %970, %934 : vector<8xf32>
            %972 = vector.fma %944, %970, %935 : vector<8xf32>
            %973 = arith.addi %855, %940 : index
            %974 = vector.load %1[%973] : memref<?xf32>, vector<8xf32>
            %975 = vector.fma %942, %974, %938 : vector<8xf32>
            %976 = vector.fma %944, %974, %939 : vector<8xf32>
            %977 = arith.constant 24 : index
            %978 = arith.addi %868, %977 : index
            %979 = vector.load %0[%978] : memref<?xf32>, vector<8xf32>
            %980 = arith.addi %877, %977 : index
            %981 = vector.load %0[%980] : memref<?xf32>, vector<8xf32>
            %982 = arith.addi %830, %977 : index
            %983 = vector.load %1[%982] : memref<?xf32>, vector<8xf32>
            %984 = vector.fma %979, %983, %947 : vector<8xf32>
            %985 = vector.fma %981, %983, %948 : vector<8xf32>
            %986 = arith.addi %833, %977 : index
            %987 = vector.load %1[%986] : memref<?xf32>, vector<8xf32>
            %988 = vector.fma %979, %987, %951 : vector<8xf32>
            %989 = vector.fma %981, %987, %952 : vector<8xf32>
            %990 = arith.addi %836, %977 : index
            %991 = vector.load %1[%990] : memref<?xf32>, vector<8xf32>
            %992 = vector.fma %979, %991, %955 : vector<8xf32>
            %993 = vector.fma %981, %991, %956 : vector<8xf32>
            %994 = arith.addi %840, %977 : index
            %995 = vector.load %1[%994] : memref<?xf32>, vector<8xf32>
            %996 = vector.fma %979, %995, %959 : vector<8xf32>
            %997 = vector.fma %981, %995, %960 : vector<8xf32>
            %998 = arith.addi %844, %977 : index
            %999 = vector.load %1[%998] : memref<?xf32>, vector<8xf32>
            %1000 = vector.fma %979, %999, %963 : vector<8xf32>
            %1001 = vector.fma %981, %999, %964 : vector<8xf32>
            %1002 = arith.addi %848, %977 : index
            %1003 = vector.load %1[%1002] : memref<?xf32>, vector<8xf32>
            %1004 = vector.fma %979, %1003, %967 : vector<8xf32>
            %1005 = vector.fma %981, %1003, %968 : vector<8xf32>
            %1006 = arith.addi %852, %977 : index
            %1007 = vector.load %1[%1006] : memref<?xf32>, vector<8xf32>
            %1008 = vector.fma %979, %1007, %971 : vector<8xf32>
            %1009 = vector.fma %981, %1007, %972 : vector<8xf32>
            %1010 = arith.addi %855, %977 : index
            %1011 = vector.load %1[%1010] : memref<?xf32>, vector<8xf32>
            %1012 = vector.fma %979, %1011, %975 : vector<8xf32>
            %1013 = vector.fma %981, %1011, %976 : vector<8xf32>
            %1014 = vector.shuffle %984, %988 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1015 = vector.shuffle %984, %988 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1016 = arith.addf %1014, %1015 : vector<8xf32>
            %1017 = vector.shuffle %992, %996 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1018 = vector.shuffle %992, %996 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1019 = arith.addf %1017, %1018 : vector<8xf32>
            %1020 = vector.shuffle %1000, %1004 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1021 = vector.shuffle %1000, %1004 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1022 = arith.addf %1020, %1021 : vector<8xf32>
            %1023 = vector.shuffle %1008, %1012 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1024 = vector.shuffle %1008, %1012 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1025 = arith.addf %1023, %1024 : vector<8xf32>
            %1026 = vector.shuffle %1016, %1019 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1027 = vector.shuffle %1016, %1019 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1028 = arith.addf %1026, %1027 : vector<8xf32>
            %1029 = vector.shuffle %1022, %1025 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1030 = vector.shuffle %1022, %1025 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1031 = arith.addf %1029, %1030 : vector<8xf32>
            %1032 = vector.shuffle %1028, %1031 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %1033 = vector.shuffle %1028, %1031 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %1034 = arith.addf %1032, %1033 : vector<8xf32>
            %1035 = arith.mulf %1034, %44 : vector<8xf32>
            %1036 = arith.muli %858, %10 : index
            vector.store %1035, %34[%1036] : memref<128xf32>, vector<8xf32>
            %1037 = vector.shuffle %985, %989 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1038 = vector.shuffle %985, %989 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1039 = arith.addf %1037, %1038 : vector<8xf32>
            %1040 = vector.shuffle %993, %997 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1041 = vector.shuffle %993, %997 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1042 = arith.addf %1040, %1041 : vector<8xf32>
            %1043 = vector.shuffle %1001, %1005 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1044 = vector.shuffle %1001, %1005 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1045 = arith.addf %1043, %1044 : vector<8xf32>
            %1046 = vector.shuffle %1009, %1013 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1047 = vector.shuffle %1009, %1013 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1048 = arith.addf %1046, %1047 : vector<8xf32>
            %1049 = vector.shuffle %1039, %1042 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1050 = vector.shuffle %1039, %1042 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1051 = arith.addf %1049, %1050 : vector<8xf32>
            %1052 = vector.shuffle %1045, %1048 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1053 = vector.shuffle %1045, %1048 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1054 = arith.addf %1052, %1053 : vector<8xf32>
            %1055 = vector.shuffle %1051, %1054 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %1056 = vector.shuffle %1051, %1054 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %1057 = arith.addf %1055, %1056 : vector<8xf32>
            %1058 = arith.mulf %1057, %44 : vector<8xf32>
            %1059 = arith.muli %869, %10 : index
            vector.store %1058, %34[%1059] : memref<128xf32>, vector<8xf32>
          }
          scf.for %1060 = %857 to %32 step %21 {
            %1061 = arith.divui %1060, %12 : index
            %1062 = arith.remui %1060, %12 : index
            %1063 = arith.addi %29, %1061 : index
            %1064 = arith.muli %28, %5 : index
            %1065 = arith.addi %1064, %1063 : index
            %1066 = arith.muli %1065, %841 : index
            %1067 = arith.muli %27, %12 : index
            %1068 = arith.addi %1067, %1062 : index
            %1069 = arith.addi %1066, %1068 : index
            %1070 = arith.muli %1069, %38 : index
            %1071 = vector.load %0[%1070] : memref<?xf32>, vector<8xf32>
            %1072 = vector.load %1[%830] : memref<?xf32>, vector<8xf32>
            %1073 = arith.mulf %1071, %1072 : vector<8xf32>
            %1074 = vector.load %1[%833] : memref<?xf32>, vector<8xf32>
            %1075 = arith.mulf %1071, %1074 : vector<8xf32>
            %1076 = vector.load %1[%836] : memref<?xf32>, vector<8xf32>
            %1077 = arith.mulf %1071, %1076 : vector<8xf32>
            %1078 = vector.load %1[%840] : memref<?xf32>, vector<8xf32>
            %1079 = arith.mulf %1071, %1078 : vector<8xf32>
            %1080 = vector.load %1[%844] : memref<?xf32>, vector<8xf32>
            %1081 = arith.mulf %1071, %1080 : vector<8xf32>
            %1082 = vector.load %1[%848] : memref<?xf32>, vector<8xf32>
            %1083 = arith.mulf %1071, %1082 : vector<8xf32>
            %1084 = vector.load %1[%852] : memref<?xf32>, vector<8xf32>
            %1085 = arith.mulf %1071, %1084 : vector<8xf32>
            %1086 = vector.load %1[%855] : memref<?xf32>, vector<8xf32>
            %1087 = arith.mulf %1071, %1086 : vector<8xf32>
            %1088 = arith.addi %1070, %10 : index
            %1089 = vector.load %0[%1088] : memref<?xf32>, vector<8xf32>
            %1090 = arith.addi %830, %10 : index
            %1091 = vector.load %1[%1090] : memref<?xf32>, vector<8xf32>
            %1092 = vector.fma %1089, %1091, %1073 : vector<8xf32>
            %1093 = arith.addi %833, %10 : index
            %1094 = vector.load %1[%1093] : memref<?xf32>, vector<8xf32>
            %1095 = vector.fma %1089, %1094, %1075 : vector<8xf32>
            %1096 = arith.addi %836, %10 : index
            %1097 = vector.load %1[%1096] : memref<?xf32>, vector<8xf32>
            %1098 = vector.fma %1089, %1097, %1077 : vector<8xf32>
            %1099 = arith.addi %840, %10 : index
            %1100 = vector.load %1[%1099] : memref<?xf32>, vector<8xf32>
            %1101 = vector.fma %1089, %1100, %1079 : vector<8xf32>
            %1102 = arith.addi %844, %10 : index
            %1103 = vector.load %1[%1102] : memref<?xf32>, vector<8xf32>
            %1104 = vector.fma %1089, %1103, %1081 : vector<8xf32>
            %1105 = arith.addi %848, %10 : index
            %1106 = vector.load %1[%1105] : memref<?xf32>, vector<8xf32>
            %1107 = vector.fma %1089, %1106, %1083 : vector<8xf32>
            %1108 = arith.addi %852, %10 : index
            %1109 = vector.load %1[%1108] : memref<?xf32>, vector<8xf32>
            %1110 = vector.fma %1089, %1109, %1085 : vector<8xf32>
            %1111 = arith.addi %855, %10 : index
            %1112 = vector.load %1[%1111] : memref<?xf32>, vector<8xf32>
            %1113 = vector.fma %1089, %1112, %1087 : vector<8xf32>
            %1114 = arith.constant 16 : index
            %1115 = arith.addi %1070, %1114 : index
            %1116 = vector.load %0[%1115] : memref<?xf32>, vector<8xf32>
            %1117 = arith.addi %830, %1114 : index
            %1118 = vector.load %1[%1117] : memref<?xf32>, vector<8xf32>
            %1119 = vector.fma %1116, %1118, %1092 : vector<8xf32>
            %1120 = arith.addi %833, %1114 : index
            %1121 = vector.load %1[%1120] : memref<?xf32>, vector<8xf32>
            %1122 = vector.fma %1116, %1121, %1095 : vector<8xf32>
            %1123 = arith.addi %836, %1114 : index
            %1124 = vector.load %1[%1123] : memref<?xf32>, vector<8xf32>
            %1125 = vector.fma %1116, %1124, %1098 : vector<8xf32>
            %1126 = arith.addi %840, %1114 : index
            %1127 = vector.load %1[%1126] : memref<?xf32>, vector<8xf32>
            %1128 = vector.fma %1116, %1127, %1101 : vector<8xf32>
            %1129 = arith.addi %844, %1114 : index
            %1130 = vector.load %1[%1129] : memref<?xf32>, vector<8xf32>
            %1131 = vector.fma %1116, %1130, %1104 : vector<8xf32>
            %1132 = arith.addi %848, %1114 : index
            %1133 = vector.load %1[%1132] : memref<?xf32>, vector<8xf32>
            %1134 = vector.fma %1116, %1133, %1107 : vector<8xf32>
            %1135 = arith.addi %852, %1114 : index
            %1136 = vector.load %1[%1135] : memref<?xf32>, vector<8xf32>
            %1137 = vector.fma %1116, %1136, %1110 : vector<8xf32>
            %1138 = arith.addi %855, %1114 : index
            %1139 = vector.load %1[%1138] : memref<?xf32>, vector<8xf32>
            %1140 = vector.fma %1116, %1139, %1113 : vector<8xf32>
            %1141 = arith.constant 24 : index
            %1142 = arith.addi %1070, %1141 : index
            %1143 = vector.load %0[%1142] : memref<?xf32>, vector<8xf32>
            %1144 = arith.addi %830, %1141 : index
            %1145 = vector.load %1[%1144] : memref<?xf32>, vector<8xf32>
            %1146 = vector.fma %1143, %1145, %1119 : vector<8xf32>
            %1147 = arith.addi %833, %1141 : index
            %1148 = vector.load %1[%1147] : memref<?xf32>, vector<8xf32>
            %1149 = vector.fma %1143, %1148, %1122 : vector<8xf32>
            %1150 = arith.addi %836, %1141 : index
            %1151 = vector.load %1[%1150] : memref<?xf32>, vector<8xf32>
            %1152 = vector.fma %1143, %1151, %1125 : vector<8xf32>
            %1153 = arith.addi %840, %1141 : index
            %1154 = vector.load %1[%1153] : memref<?xf32>, vector<8xf32>
            %1155 = vector.fma %1143, %1154, %1128 : vector<8xf32>
            %1156 = arith.addi %844, %1141 : index
            %1157 = vector.load %1[%1156] : memref<?xf32>, vector<8xf32>
            %1158 = vector.fma %1143, %1157, %1131 : vector<8xf32>
            %1159 = arith.addi %848, %1141 : index
            %1160 = vector.load %1[%1159] : memref<?xf32>, vector<8xf32>
            %1161 = vector.fma %1143, %1160, %1134 : vector<8xf32>
            %1162 = arith.addi %852, %1141 : index
            %1163 = vector.load %1[%1162] : memref<?xf32>, vector<8xf32>
            %1164 = vector.fma %1143, %1163, %1137 : vector<8xf32>
            %1165 = arith.addi %855, %1141 : index
            %1166 = vector.load %1[%1165] : memref<?xf32>, vector<8xf32>
            %1167 = vector.fma %1143, %1166, %1140 : vector<8xf32>
            %1168 = vector.shuffle %1146, %1149 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1169 = vector.shuffle %1146, %1149 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1170 = arith.addf %1168, %1169 : vector<8xf32>
            %1171 = vector.shuffle %1152, %1155 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1172 = vector.shuffle %1152, %1155 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1173 = arith.addf %1171, %1172 : vector<8xf32>
            %1174 = vector.shuffle %1158, %1161 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1175 = vector.shuffle %1158, %1161 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1176 = arith.addf %1174, %1175 : vector<8xf32>
            %1177 = vector.shuffle %1164, %1167 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1178 = vector.shuffle %1164, %1167 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1179 = arith.addf %1177, %1178 : vector<8xf32>
            %1180 = vector.shuffle %1170, %1173 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1181 = vector.shuffle %1170, %1173 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1182 = arith.addf %1180, %1181 : vector<8xf32>
            %1183 = vector.shuffle %1176, %1179 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1184 = vector.shuffle %1176, %1179 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1185 = arith.addf %1183, %1184 : vector<8xf32>
            %1186 = vector.shuffle %1182, %1185 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %1187 = vector.shuffle %1182, %1185 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %1188 = arith.addf %1186, %1187 : vector<8xf32>
            %1189 = arith.mulf %1188, %44 : vector<8xf32>
            %1190 = arith.muli %1060, %10 : index
            vector.store %1189, %34[%1190] : memref<128xf32>, vector<8xf32>
          }
          scf.for %1191 = %20 to %32 step %21 {
            %1192 = arith.muli %1191, %10 : index
            %1193 = vector.load %34[%1192] : memref<128xf32>, vector<8xf32>
            %1194 = arith.divui %1191, %12 : index
            %1195 = arith.remui %1191, %12 : index
            %1196 = arith.addi %29, %1194 : index
            %1197 = arith.muli %28, %5 : index
            %1198 = arith.addi %1197, %1196 : index
            %1199 = arith.muli %1198, %841 : index
            %1200 = arith.muli %27, %12 : index
            %1201 = arith.addi %1200, %1195 : index
            %1202 = arith.addi %1199, %1201 : index
            %1203 = arith.addi %15, %1196 : index
            %1204 = arith.addi %1203, %21 : index
            %1205 = arith.subi %1204, %828 : index
            %1206 = arith.index_cast %1205 : index to i64
            %1207 = arith.sitofp %1206 : i64 to f32
            %1208 = vector.broadcast %1207 : f32 to vector<8xf32>
            %1209 = arith.cmpf olt, %45, %1208 : vector<8xf32>
            %1210 = arith.constant -1.000000e+30 : f32
            %1211 = vector.broadcast %1210 : f32 to vector<8xf32>
            %1212 = arith.select %1209, %1193, %1211 : vector<8xf32>
            %1213 = memref.load %33[%1191] : memref<48xf32>
            %1214 = vector.reduction <maxnumf>, %1212 : vector<8xf32> into f32
            %1215 = arith.cmpf ogt, %1213, %1214 : f32
            %1216 = arith.select %1215, %1213, %1214 : f32
            %1217 = vector.broadcast %1216 : f32 to vector<8xf32>
            %1218 = arith.subf %1212, %1217 : vector<8xf32>
            %1219 = arith.constant -8.700000e+01 : f32
            %1220 = vector.broadcast %1219 : f32 to vector<8xf32>
            %1221 = arith.cmpf ogt, %1218, %1220 : vector<8xf32>
            %1222 = arith.select %1221, %1218, %1220 : vector<8xf32>
            %1223 = arith.constant 8.800000e+01 : f32
            %1224 = vector.broadcast %1223 : f32 to vector<8xf32>
            %1225 = arith.cmpf olt, %1222, %1224 : vector<8xf32>
            %1226 = arith.select %1225, %1222, %1224 : vector<8xf32>
            %1227 = math.exp %1226 : vector<8xf32>
            %1228 = arith.select %1209, %1227, %42 : vector<8xf32>
            %1229 = arith.subf %1213, %1216 : f32
            %1230 = vector.broadcast %1229 : f32 to vector<8xf32>
            %1231 = arith.cmpf ogt, %1230, %1220 : vector<8xf32>
            %1232 = arith.select %1231, %1230, %1220 : vector<8xf32>
            %1233 = arith.cmpf olt, %1232, %1224 : vector<8xf32>
            %1234 = arith.select %1233, %1232, %1224 : vector<8xf32>
            %1235 = math.exp %1234 : vector<8xf32>
            %1236 = vector.extract %1235[0] : f32 from vector<8xf32>
            vector.store %1228, %34[%1192] : memref<128xf32>, vector<8xf32>
            memref.store %1216, %33[%1191] : memref<48xf32>
            %1237 = arith.constant 16 : index
            %1238 = arith.addi %1191, %1237 : index
            %1239 = memref.load %33[%1238] : memref<48xf32>
            %1240 = arith.mulf %1239, %1236 : f32
            %1241 = vector.reduction <add>, %1228 : vector<8xf32> into f32
            %1242 = arith.addf %1240, %1241 : f32
            memref.store %1242, %33[%1238] : memref<48xf32>
            %1243 = arith.addi %1191, %38 : index
            memref.store %1236, %33[%1243] : memref<48xf32>
          }
          scf.for %1244 = %20 to %857 step %12 {
            %1245 = arith.addi %1244, %21 : index
            %1246 = arith.divui %1244, %12 : index
            %1247 = arith.remui %1244, %12 : index
            %1248 = arith.addi %29, %1246 : index
            %1249 = arith.muli %28, %5 : index
            %1250 = arith.addi %1249, %1248 : index
            %1251 = arith.muli %1250, %841 : index
            %1252 = arith.muli %27, %12 : index
            %1253 = arith.addi %1252, %1247 : index
            %1254 = arith.addi %1251, %1253 : index
            %1255 = arith.muli %1254, %38 : index
            %1256 = arith.divui %1245, %12 : index
            %1257 = arith.remui %1245, %12 : index
            %1258 = arith.addi %29, %1256 : index
            %1259 = arith.addi %1249, %1258 : index
            %1260 = arith.muli %1259, %841 : index
            %1261 = arith.addi %1252, %1257 : index
            %1262 = arith.addi %1260, %1261 : index
            %1263 = arith.muli %1262, %38 : index
            %1264 = arith.addi %1244, %38 : index
            %1265 = memref.load %33[%1264] : memref<48xf32>
            %1266 = vector.broadcast %1265 : f32 to vector<8xf32>
            %1267 = arith.addi %1245, %38 : index
            %1268 = memref.load %33[%1267] : memref<48xf32>
            %1269 = vector.broadcast %1268 : f32 to vector<8xf32>
            %1270 = arith.muli %1244, %10 : index
            %1271 = memref.load %34[%1270] : memref<128xf32>
            %1272 = vector.broadcast %1271 : f32 to vector<8xf32>
            %1273 = arith.addi %1270, %21 : index
            %1274 = memref.load %34[%1273] : memref<128xf32>
            %1275 = vector.broadcast %1274 : f32 to vector<8xf32>
            %1276 = arith.addi %1270, %12 : index
            %1277 = memref.load %34[%1276] : memref<128xf32>
            %1278 = vector.broadcast %1277 : f32 to vector<8xf32>
            %1279 = arith.addi %1270, %837 : index
            %1280 = memref.load %34[%1279] : memref<128xf32>
            %1281 = vector.broadcast %1280 : f32 to vector<8xf32>
            %1282 = arith.addi %1270, %841 : index
            %1283 = memref.load %34[%1282] : memref<128xf32>
            %1284 = vector.broadcast %1283 : f32 to vector<8xf32>
            %1285 = arith.addi %1270, %845 : index
            %1286 = memref.load %34[%1285] : memref<128xf32>
            %1287 = vector.broadcast %1286 : f32 to vector<8xf32>
            %1288 = arith.addi %1270, %849 : index
            %1289 = memref.load %34[%1288] : memref<128xf32>
            %1290 = vector.broadcast %1289 : f32 to vector<8xf32>
            %1291 = arith.addi %1270, %8 : index
            %1292 = memref.load %34[%1291] : memref<128xf32>
            %1293 = vector.broadcast %1292 : f32 to vector<8xf32>
            %1294 = arith.muli %1245, %10 : index
            %1295 = memref.load %34[%1294] : memref<128xf32>
            %1296 = vector.broadcast %1295 : f32 to vector<8xf32>
            %1297 = arith.addi %1294, %21 : index
            %1298 = memref.load %34[%1297] : memref<128xf32>
            %1299 = vector.broadcast %1298 : f32 to vector<8xf32>
            %1300 = arith.addi %1294, %12 : index
            %1301 = memref.load %34[%1300] : memref<128xf32>
            %1302 = vector.broadcast %1301 : f32 to vector<8xf32>
            %1303 = arith.addi %1294, %837 : index
            %1304 = memref.load %34[%1303] : memref<128xf32>
            %1305 = vector.broadcast %1304 : f32 to vector<8xf32>
            %1306 = arith.addi %1294, %841 : index
            %1307 = memref.load %34[%1306] : memref<128xf32>
            %1308 = vector.broadcast %1307 : f32 to vector<8xf32>
            %1309 = arith.addi %1294, %845 : index
            %1310 = memref.load %34[%1309] : memref<128xf32>
            %1311 = vector.broadcast %1310 : f32 to vector<8xf32>
            %1312 = arith.addi %1294, %849 : index
            %1313 = memref.load %34[%1312] : memref<128xf32>
            %1314 = vector.broadcast %1313 : f32 to vector<8xf32>
            %1315 = arith.addi %1294, %8 : index
            %1316 = memref.load %34[%1315] : memref<128xf32>
            %1317 = vector.broadcast %1316 : f32 to vector<8xf32>
            %1318 = vector.load %3[%1255] : memref<?xf32>, vector<8xf32>
            %1319 = arith.mulf %1318, %1266 : vector<8xf32>
            %1320 = vector.load %3[%1263] : memref<?xf32>, vector<8xf32>
            %1321 = arith.mulf %1320, %1269 : vector<8xf32>
            %1322 = vector.load %2[%830] : memref<?xf32>, vector<8xf32>
            %1323 = vector.fma %1272, %1322, %1319 : vector<8xf32>
            %1324 = vector.fma %1296, %1322, %1321 : vector<8xf32>
            %1325 = vector.load %2[%833] : memref<?xf32>, vector<8xf32>
            %1326 = vector.fma %1275, %1325, %1323 : vector<8xf32>
            %1327 = vector.fma %1299, %1325, %1324 : vector<8xf32>
            %1328 = vector.load %2[%836] : memref<?xf32>, vector<8xf32>
            %1329 = vector.fma %1278, %1328, %1326 : vector<8xf32>
            %1330 = vector.fma %1302, %1328, %1327 : vector<8xf32>
            %1331 = vector.load %2[%840] : memref<?xf32>, vector<8xf32>
            %1332 = vector.fma %1281, %1331, %1329 : vector<8xf32>
            %1333 = vector.fma %1305, %1331, %1330 : vector<8xf32>
            %1334 = vector.load %2[%844] : memref<?xf32>, vector<8xf32>
            %1335 = vector.fma %1284, %1334, %1332 : vector<8xf32>
            %1336 = vector.fma %1308, %1334, %1333 : vector<8xf32>
            %1337 = vector.load %2[%848] : memref<?xf32>, vector<8xf32>
            %1338 = vector.fma %1287, %1337, %1335 : vector<8xf32>
            %1339 = vector.fma %1311, %1337, %1336 : vector<8xf32>
            %1340 = vector.load %2[%852] : memref<?xf32>, vector<8xf32>
            %1341 = vector.fma %1290, %1340, %1338 : vector<8xf32>
            %1342 = vector.fma %1314, %1340, %1339 : vector<8xf32>
            %1343 = vector.load %2[%855] : memref<?xf32>, vector<8xf32>
            %1344 = vector.fma %1293, %1343, %1341 : vector<8xf32>
            %1345 = vector.fma %1317, %1343, %1342 : vector<8xf32>
            vector.store %1344, %3[%1255] : memref<?xf32>, vector<8xf32>
            vector.store %1345, %3[%1263] : memref<?xf32>, vector<8xf32>
            %1346 = arith.addi %1255, %10 : index
            %1347 = arith.addi %1263, %10 : index
            %1348 = vector.load %3[%1346] : memref<?xf32>, vector<8xf32>
            %1349 = arith.mulf %1348, %1266 : vector<8xf32>
            %1350 = vector.load %3[%1347] : memref<?xf32>, vector<8xf32>
            %1351 = arith.mulf %1350, %1269 : vector<8xf32>
            %1352 = arith.addi %830, %10 : index
            %1353 = vector.load %2[%1352] : memref<?xf32>, vector<8xf32>
            %1354 = vector.fma %1272, %1353, %1349 : vector<8xf32>
            %1355 = vector.fma %1296, %1353, %1351 : vector<8xf32>
            %1356 = arith.addi %833, %10 : index
            %1357 = vector.load %2[%1356] : memref<?xf32>, vector<8xf32>
            %1358 = vector.fma %1275, %1357, %1354 : vector<8xf32>
            %1359 = vector.fma %1299, %1357, %1355 : vector<8xf32>
            %1360 = arith.addi %836, %10 : index
            %1361 = vector.load %2[%1360] : memref<?xf32>, vector<8xf32>
            %1362 = vector.fma %1278, %1361, %1358 : vector<8xf32>
            %1363 = vector.fma %1302, %1361, %1359 : vector<8xf32>
            %1364 = arith.addi %840, %10 : index
            %1365 = vector.load %2[%1364] : memref<?xf32>, vector<8xf32>
            %1366 = vector.fma %1281, %1365, %1362 : vector<8xf32>
            %1367 = vector.fma %1305, %1365, %1363 : vector<8xf32>
            %1368 = arith.addi %844, %10 : index
            %1369 = vector.load %2[%1368] : memref<?xf32>, vector<8xf32>
            %1370 = vector.fma %1284, %1369, %1366 : vector<8xf32>
            %1371 = vector.fma %1308, %1369, %1367 : vector<8xf32>
            %1372 = arith.addi %848, %10 : index
            %1373 = vector.load %2[%1372] : memref<?xf32>, vector<8xf32>
            %1374 = vector.fma %1287, %1373, %1370 : vector<8xf32>
            %1375 = vector.fma %1311, %1373, %1371 : vector<8xf32>
            %1376 = arith.addi %852, %10 : index
            %1377 = vector.load %2[%1376] : memref<?xf32>, vector<8xf32>
            %1378 = vector.fma %1290, %1377, %1374 : vector<8xf32>
            %1379 = vector.fma %1314, %1377, %1375 : vector<8xf32>
            %1380 = arith.addi %855, %10 : index
            %1381 = vector.load %2[%1380] : memref<?xf32>, vector<8xf32>
            %1382 = vector.fma %1293, %1381, %1378 : vector<8xf32>
            %1383 = vector.fma %1317, %1381, %1379 : vector<8xf32>
            vector.store %1382, %3[%1346] : memref<?xf32>, vector<8xf32>
            vector.store %1383, %3[%1347] : memref<?xf32>, vector<8xf32>
            %1384 = arith.constant 16 : index
            %1385 = arith.addi %1255, %1384 : index
            %1386 = arith.addi %1263, %1384 : index
            %1387 = vector.load %3[%1385] : memref<?xf32>, vector<8xf32>
            %1388 = arith.mulf %1387, %1266 : vector<8xf32>
            %1389 = vector.load %3[%1386] : memref<?xf32>, vector<8xf32>
            %1390 = arith.mulf %1389, %1269 : vector<8xf32>
            %1391 = arith.addi %830, %1384 : index
            %1392 = vector.load %2[%1391] : memref<?xf32>, vector<8xf32>
            %1393 = vector.fma %1272, %1392, %1388 : vector<8xf32>
            %1394 = vector.fma %1296, %1392, %1390 : vector<8xf32>
            %1395 = arith.addi %833, %1384 : index
            %1396 = vector.load %2[%1395] : memref<?xf32>, vector<8xf32>
            %1397 = vector.fma %1275, %1396, %1393 : vector<8xf32>
            %1398 = vector.fma %1299, %1396, %1394 : vector<8xf32>
            %1399 = arith.addi %836, %1384 : index
            %1400 = vector.load %2[%1399] : memref<?xf32>, vector<8xf32>
            %1401 = vector.fma %1278, %1400, %1397 : vector<8xf32>
            %1402 = vector.fma %1302, %1400, %1398 : vector<8xf32>
            %1403 = arith.addi %840, %1384 : index
            %1404 = vector.load %2[%1403] : memref<?xf32>, vector<8xf32>
            %1405 = vector.fma %1281, %1404, %1401 : vector<8xf32>
            %1406 = vector.fma %1305, %1404, %1402 : vector<8xf32>
            %1407 = arith.addi %844, %1384 : index
            %1408 = vector.load %2[%1407] : memref<?xf32>, vector<8xf32>
            %1409 = vector.fma %1284, %1408, %1405 : vector<8xf32>
            %1410 = vector.fma %1308, %1408, %1406 : vector<8xf32>
            %1411 = arith.addi %848, %1384 : index
            %1412 = vector.load %2[%1411] : memref<?xf32>, vector<8xf32>
            %1413 = vector.fma %1287, %1412, %1409 : vector<8xf32>
            %1414 = vector.fma %1311, %1412, %1410 : vector<8xf32>
            %1415 = arith.addi %852, %1384 : index
            %1416 = vector.load %2[%1415] : memref<?xf32>, vector<8xf32>
            %1417 = vector.fma %1290, %1416, %1413 : vector<8xf32>
            %1418 = vector.fma %1314, %1416, %1414 : vector<8xf32>
            %1419 = arith.addi %855, %1384 : index
            %1420 = vector.load %2[%1419] : memref<?xf32>, vector<8xf32>
            %1421 = vector.fma %1293, %1420, %1417 : vector<8xf32>
            %1422 = vector.fma %1317, %1420, %1418 : vector<8xf32>
            vector.store %1421, %3[%1385] : memref<?xf32>, vector<8xf32>
            vector.store %1422, %3[%1386] : memref<?xf32>, vector<8xf32>
            %1423 = arith.constant 24 : index
            %1424 = arith.addi %1255, %1423 : index
            %1425 = arith.addi %1263, %1423 : index
            %1426 = vector.load %3[%1424] : memref<?xf32>, vector<8xf32>
            %1427 = arith.mulf %1426, %1266 : vector<8xf32>
            %1428 = vector.load %3[%1425] : memref<?xf32>, vector<8xf32>
            %1429 = arith.mulf %1428, %1269 : vector<8xf32>
            %1430 = arith.addi %830, %1423 : index
            %1431 = vector.load %2[%1430] : memref<?xf32>, vector<8xf32>
            %1432 = vector.fma %1272, %1431, %1427 : vector<8xf32>
            %1433 = vector.fma %1296, %1431, %1429 : vector<8xf32>
            %1434 = arith.addi %833, %1423 : index
            %1435 = vector.load %2[%1434] : memref<?xf32>, vector<8xf32>
            %1436 = vector.fma %1275, %1435, %1432 : vector<8xf32>
            %1437 = vector.fma %1299, %1435, %1433 : vector<8xf32>
            %1438 = arith.addi %836, %1423 : index
            %1439 = vector.load %2[%1438] : memref<?xf32>, vector<8xf32>
            %1440 = vector.fma %1278, %1439, %1436 : vector<8xf32>
            %1441 = vector.fma %1302, %1439, %1437 : vector<8xf32>
            %1442 = arith.addi %840, %1423 : index
            %1443 = vector.load %2[%1442] : memref<?xf32>, vector<8xf32>
            %1444 = vector.fma %1281, %1443, %1440 : vector<8xf32>
            %1445 = vector.fma %1305, %1443, %1441 : vector<8xf32>
            %1446 = arith.addi %844, %1423 : index
            %1447 = vector.load %2[%1446] : memref<?xf32>, vector<8xf32>
            %1448 = vector.fma %1284, %1447, %1444 : vector<8xf32>
            %1449 = vector.fma %1308, %1447, %1445 : vector<8xf32>
            %1450 = arith.addi %848, %1423 : index
            %1451 = vector.load %2[%1450] : memref<?xf32>, vector<8xf32>
            %1452 = vector.fma %1287, %1451, %1448 : vector<8xf32>
            %1453 = vector.fma %1311, %1451, %1449 : vector<8xf32>
            %1454 = arith.addi %852, %1423 : index
            %1455 = vector.load %2[%1454] : memref<?xf32>, vector<8xf32>
            %1456 = vector.fma %1290, %1455, %1452 : vector<8xf32>
            %1457 = vector.fma %1314, %1455, %1453 : vector<8xf32>
            %1458 = arith.addi %855, %1423 : index
            %1459 = vector.load %2[%1458] : memref<?xf32>, vector<8xf32>
            %1460 = vector.fma %1293, %1459, %1456 : vector<8xf32>
            %1461 = vector.fma %1317, %1459, %1457 : vector<8xf32>
            vector.store %1460, %3[%1424] : memref<?xf32>, vector<8xf32>
            vector.store %1461, %3[%1425] : memref<?xf32>, vector<8xf32>
          }
          scf.for %1462 = %857 to %32 step %21 {
            %1463 = arith.divui %1462, %12 : index
            %1464 = arith.remui %1462, %12 : index
            %1465 = arith.addi %29, %1463 : index
            %1466 = arith.muli %28, %5 : index
            %1467 = arith.addi %1466, %1465 : index
            %1468 = arith.muli %1467, %841 : index
            %1469 = arith.muli %27, %12 : index
            %1470 = arith.addi %1469, %1464 : index
            %1471 = arith.addi %1468, %1470 : index
            %1472 = arith.muli %1471, %38 : index
            %1473 = arith.addi %1462, %38 : index
            %1474 = memref.load %33[%1473] : memref<48xf32>
            %1475 = vector.broadcast %1474 : f32 to vector<8xf32>
            %1476 = arith.muli %1462, %10 : index
            %1477 = memref.load %34[%1476] : memref<128xf32>
            %1478 = vector.broadcast %1477 : f32 to vector<8xf32>
            %1479 = arith.addi %1476, %21 : index
            %1480 = memref.load %34[%1479] : memref<128xf32>
            %1481 = vector.broadcast %1480 : f32 to vector<8xf32>
            %1482 = arith.addi %1476, %12 : index
            %1483 = memref.load %34[%1482] : memref<128xf32>
            %1484 = vector.broadcast %1483 : f32 to vector<8xf32>
            %1485 = arith.addi %1476, %837 : index
            %1486 = memref.load %34[%1485] : memref<128xf32>
            %1487 = vector.broadcast %1486 : f32 to vector<8xf32>
            %1488 = arith.addi %1476, %841 : index
            %1489 = memref.load %34[%1488] : memref<128xf32>
            %1490 = vector.broadcast %1489 : f32 to vector<8xf32>
            %1491 = arith.addi %1476, %845 : index
            %1492 = memref.load %34[%1491] : memref<128xf32>
            %1493 = vector.broadcast %1492 : f32 to vector<8xf32>
            %1494 = arith.addi %1476, %849 : index
            %1495 = memref.load %34[%1494] : memref<128xf32>
            %1496 = vector.broadcast %1495 : f32 to vector<8xf32>
            %1497 = arith.addi %1476, %8 : index
            %1498 = memref.load %34[%1497] : memref<128xf32>
            %1499 = vector.broadcast %1498 : f32 to vector<8xf32>
            %1500 = vector.load %3[%1472] : memref<?xf32>, vector<8xf32>
            %1501 = arith.mulf %1500, %1475 : vector<8xf32>
            %1502 = vector.load %2[%830] : memref<?xf32>, vector<8xf32>
            %1503 = vector.fma %1478, %1502, %1501 : vector<8xf32>
            %1504 = vector.load %2[%833] : memref<?xf32>, vector<8xf32>
            %1505 = vector.fma %1481, %1504, %1503 : vector<8xf32>
            %1506 = vector.load %2[%836] : memref<?xf32>, vector<8xf32>
            %1507 = vector.fma %1484, %1506, %1505 : vector<8xf32>
            %1508 = vector.load %2[%840] : memref<?xf32>, vector<8xf32>
            %1509 = vector.fma %1487, %1508, %1507 : vector<8xf32>
            %1510 = vector.load %2[%844] : memref<?xf32>, vector<8xf32>
            %1511 = vector.fma %1490, %1510, %1509 : vector<8xf32>
            %1512 = vector.load %2[%848] : memref<?xf32>, vector<8xf32>
            %1513 = vector.fma %1493, %1512, %1511 : vector<8xf32>
            %1514 = vector.load %2[%852] : memref<?xf32>, vector<8xf32>
            %1515 = vector.fma %1496, %1514, %1513 : vector<8xf32>
            %1516 = vector.load %2[%855] : memref<?xf32>, vector<8xf32>
            %1517 = vector.fma %1499, %1516, %1515 : vector<8xf32>
            vector.store %1517, %3[%1472] : memref<?xf32>, vector<8xf32>
            %1518 = arith.addi %1472, %10 : index
            %1519 = vector.load %3[%1518] : memref<?xf32>, vector<8xf32>
            %1520 = arith.mulf %1519, %1475 : vector<8xf32>
            %1521 = arith.addi %830, %10 : index
            %1522 = vector.load %2[%1521] : memref<?xf32>, vector<8xf32>
            %1523 = vector.fma %1478, %1522, %1520 : vector<8xf32>
            %1524 = arith.addi %833, %10 : index
            %1525 = vector.load %2[%1524] : memref<?xf32>, vector<8xf32>
            %1526 = vector.fma %1481, %1525, %1523 : vector<8xf32>
            %1527 = arith.addi %836, %10 : index
            %1528 = vector.load %2[%1527] : memref<?xf32>, vector<8xf32>
            %1529 = vector.fma %1484, %1528, %1526 : vector<8xf32>
            %1530 = arith.addi %840, %10 : index
            %1531 = vector.load %2[%1530] : memref<?xf32>, vector<8xf32>
            %1532 = vector.fma %1487, %1531, %1529 : vector<8xf32>
            %1533 = arith.addi %844, %10 : index
            %1534 = vector.load %2[%1533] : memref<?xf32>, vector<8xf32>
            %1535 = vector.fma %1490, %1534, %1532 : vector<8xf32>
            %1536 = arith.addi %848, %10 : index
            %1537 = vector.load %2[%1536] : memref<?xf32>, vector<8xf32>
            %1538 = vector.fma %1493, %1537, %1535 : vector<8xf32>
            %1539 = arith.addi %852, %10 : index
            %1540 = vector.load %2[%1539] : memref<?xf32>, vector<8xf32>
            %1541 = vector.fma %1496, %1540, %1538 : vector<8xf32>
            %1542 = arith.addi %855, %10 : index
            %1543 = vector.load %2[%1542] : memref<?xf32>, vector<8xf32>
            %1544 = vector.fma %1499, %1543, %1541 : vector<8xf32>
            vector.store %1544, %3[%1518] : memref<?xf32>, vector<8xf32>
            %1545 = arith.constant 16 : index
            %1546 = arith.addi %1472, %1545 : index
            %1547 = vector.load %3[%1546] : memref<?xf32>, vector<8xf32>
            %1548 = arith.mulf %1547, %1475 : vector<8xf32>
            %1549 = arith.addi %830, %1545 : index
            %1550 = vector.load %2[%1549] : memref<?xf32>, vector<8xf32>
            %1551 = vector.fma %1478, %1550, %1548 : vector<8xf32>
            %1552 = arith.addi %833, %1545 : index
            %1553 = vector.load %2[%1552] : memref<?xf32>, vector<8xf32>
            %1554 = vector.fma %1481, %1553, %1551 : vector<8xf32>
            %1555 = arith.addi %836, %1545 : index
            %1556 = vector.load %2[%1555] : memref<?xf32>, vector<8xf32>
            %1557 = vector.fma %1484, %1556, %1554 : vector<8xf32>
            %1558 = arith.addi %840, %1545 : index
            %1559 = vector.load %2[%1558] : memref<?xf32>, vector<8xf32>
            %1560 = vector.fma %1487, %1559, %1557 : vector<8xf32>
            %1561 = arith.addi %844, %1545 : index
            %1562 = vector.load %2[%1561] : memref<?xf32>, vector<8xf32>
            %1563 = vector.fma %1490, %1562, %1560 : vector<8xf32>
            %1564 = arith.addi %848, %1545 : index
            %1565 = vector.load %2[%1564] : memref<?xf32>, vector<8xf32>
            %1566 = vector.fma %1493, %1565, %1563 : vector<8xf32>
            %1567 = arith.addi %852, %1545 : index
            %1568 = vector.load %2[%1567] : memref<?xf32>, vector<8xf32>
            %1569 = vector.fma %1496, %1568, %1566 : vector<8xf32>
            %1570 = arith.addi %855, %1545 : index
            %1571 = vector.load %2[%1570] : memref<?xf32>, vector<8xf32>
            %1572 = vector.fma %1499, %1571, %1569 : vector<8xf32>
            vector.store %1572, %3[%1546] : memref<?xf32>, vector<8xf32>
            %1573 = arith.constant 24 : index
            %1574 = arith.addi %1472, %1573 : index
            %1575 = vector.load %3[%1574] : memref<?xf32>, vector<8xf32>
            %1576 = arith.mulf %1575, %1475 : vector<8xf32>
            %1577 = arith.addi %830, %1573 : index
            %1578 = vector.load %2[%1577] : memref<?xf32>, vector<8xf32>
            %1579 = vector.fma %1478, %1578, %1576 : vector<8xf32>
            %1580 = arith.addi %833, %1573 : index
            %1581 = vector.load %2[%1580] : memref<?xf32>, vector<8xf32>
            %1582 = vector.fma %1481, %1581, %1579 : vector<8xf32>
            %1583 = arith.addi %836, %1573 : index
            %1584 = vector.load %2[%1583] : memref<?xf32>, vector<8xf32>
            %1585 = vector.fma %1484, %1584, %1582 : vector<8xf32>
            %1586 = arith.addi %840, %1573 : index
            %1587 = vector.load %2[%1586] : memref<?xf32>, vector<8xf32>
            %1588 = vector.fma %1487, %1587, %1585 : vector<8xf32>
            %1589 = arith.addi %844, %1573 : index
            %1590 = vector.load %2[%1589] : memref<?xf32>, vector<8xf32>
            %1591 = vector.fma %1490, %1590, %1588 : vector<8xf32>
            %1592 = arith.addi %848, %1573 : index
            %1593 = vector.load %2[%1592] : memref<?xf32>, vector<8xf32>
            %1594 = vector.fma %1493, %1593, %1591 : vector<8xf32>
            %1595 = arith.addi %852, %1573 : index
            %1596 = vector.load %2[%1595] : memref<?xf32>, vector<8xf32>
            %1597 = vector.fma %1496, %1596, %1594 : vector<8xf32>
            %1598 = arith.addi %855, %1573 : index
            %1599 = vector.load %2[%1598] : memref<?xf32>, vector<8xf32>
            %1600 = vector.fma %1499, %1599, %1597 : vector<8xf32>
            vector.store %1600, %3[%1574] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.for %1601 = %20 to %32 step %21 {
          %1602 = arith.divui %1601, %12 : index
          %1603 = arith.remui %1601, %12 : index
          %1604 = arith.addi %29, %1602 : index
          %1605 = arith.muli %28, %5 : index
          %1606 = arith.addi %1605, %1604 : index
          %1607 = arith.constant 4 : index
          %1608 = arith.muli %1606, %1607 : index
          %1609 = arith.muli %27, %12 : index
          %1610 = arith.addi %1609, %1603 : index
          %1611 = arith.addi %1608, %1610 : index
          %1612 = arith.muli %1611, %38 : index
          %1613 = arith.addi %15, %1604 : index
          %1614 = arith.addi %1613, %21 : index
          scf.for %1615 = %74 to %1614 step %21 {
            %1616 = arith.muli %1615, %36 : index
            %1617 = arith.addi %40, %1616 : index
            %1618 = vector.load %0[%1612] : memref<?xf32>, vector<8xf32>
            %1619 = vector.load %1[%1617] : memref<?xf32>, vector<8xf32>
            %1620 = arith.mulf %1618, %1619 : vector<8xf32>
            %1621 = arith.addi %1612, %10 : index
            %1622 = vector.load %0[%1621] : memref<?xf32>, vector<8xf32>
            %1623 = arith.addi %1617, %10 : index
            %1624 = vector.load %1[%1623] : memref<?xf32>, vector<8xf32>
            %1625 = arith.mulf %1622, %1624 : vector<8xf32>
            %1626 = arith.constant 16 : index
            %1627 = arith.addi %1612, %1626 : index
            %1628 = vector.load %0[%1627] : memref<?xf32>, vector<8xf32>
            %1629 = arith.addi %1617, %1626 : index
            %1630 = vector.load %1[%1629] : memref<?xf32>, vector<8xf32>
            %1631 = vector.fma %1628, %1630, %1620 : vector<8xf32>
            %1632 = arith.constant 24 : index
            %1633 = arith.addi %1612, %1632 : index
            %1634 = vector.load %0[%1633] : memref<?xf32>, vector<8xf32>
            %1635 = arith.addi %1617, %1632 : index
            %1636 = vector.load %1[%1635] : memref<?xf32>, vector<8xf32>
            %1637 = vector.fma %1634, %1636, %1625 : vector<8xf32>
            %1638 = arith.addf %1631, %1637 : vector<8xf32>
            %1639 = vector.reduction <add>, %1638 : vector<8xf32> into f32
            %1640 = arith.mulf %1639, %43 : f32
            %1641 = memref.load %33[%1601] : memref<48xf32>
            %1642 = arith.cmpf ogt, %1641, %1640 : f32
            %1643 = arith.select %1642, %1641, %1640 : f32
            %1644 = arith.subf %1641, %1643 : f32
            %1645 = arith.subf %1640, %1643 : f32
            %1646 = vector.broadcast %1645 : f32 to vector<8xf32>
            %1647 = vector.insert %1644, %1646 [1] : f32 into vector<8xf32>
            %1648 = arith.constant -8.700000e+01 : f32
            %1649 = vector.broadcast %1648 : f32 to vector<8xf32>
            %1650 = arith.cmpf ogt, %1647, %1649 : vector<8xf32>
            %1651 = arith.select %1650, %1647, %1649 : vector<8xf32>
            %1652 = arith.constant 8.800000e+01 : f32
            %1653 = vector.broadcast %1652 : f32 to vector<8xf32>
            %1654 = arith.cmpf olt, %1651, %1653 : vector<8xf32>
            %1655 = arith.select %1654, %1651, %1653 : vector<8xf32>
            %1656 = math.exp %1655 : vector<8xf32>
            %1657 = vector.extract %1656[0] : f32 from vector<8xf32>
            %1658 = vector.extract %1656[1] : f32 from vector<8xf32>
            %1659 = vector.broadcast %1657 : f32 to vector<8xf32>
            memref.store %1643, %33[%1601] : memref<48xf32>
            %1660 = arith.addi %1601, %1626 : index
            %1661 = memref.load %33[%1660] : memref<48xf32>
            %1662 = arith.mulf %1661, %1658 : f32
            %1663 = arith.addf %1662, %1657 : f32
            memref.store %1663, %33[%1660] : memref<48xf32>
            %1664 = vector.broadcast %1658 : f32 to vector<8xf32>
            %1665 = vector.load %3[%1612] : memref<?xf32>, vector<8xf32>
            %1666 = arith.mulf %1665, %1664 : vector<8xf32>
            %1667 = vector.load %2[%1617] : memref<?xf32>, vector<8xf32>
            %1668 = vector.fma %1659, %1667, %1666 : vector<8xf32>
            vector.store %1668, %3[%1612] : memref<?xf32>, vector<8xf32>
            %1669 = vector.load %3[%1621] : memref<?xf32>, vector<8xf32>
            %1670 = arith.mulf %1669, %1664 : vector<8xf32>
            %1671 = vector.load %2[%1623] : memref<?xf32>, vector<8xf32>
            %1672 = vector.fma %1659, %1671, %1670 : vector<8xf32>
            vector.store %1672, %3[%1621] : memref<?xf32>, vector<8xf32>
            %1673 = vector.load %3[%1627] : memref<?xf32>, vector<8xf32>
            %1674 = arith.mulf %1673, %1664 : vector<8xf32>
            %1675 = vector.load %2[%1629] : memref<?xf32>, vector<8xf32>
            %1676 = vector.fma %1659, %1675, %1674 : vector<8xf32>
            vector.store %1676, %3[%1627] : memref<?xf32>, vector<8xf32>
            %1677 = vector.load %3[%1633] : memref<?xf32>, vector<8xf32>
            %1678 = arith.mulf %1677, %1664 : vector<8xf32>
            %1679 = vector.load %2[%1635] : memref<?xf32>, vector<8xf32>
            %1680 = vector.fma %1659, %1679, %1678 : vector<8xf32>
            vector.store %1680, %3[%1633] : memref<?xf32>, vector<8xf32>
          }
          %1681 = arith.constant 16 : index
          %1682 = arith.addi %1601, %1681 : index
          %1683 = memref.load %33[%1682] : memref<48xf32>
          %1684 = arith.cmpf ogt, %1683, %41 : f32
          %1685 = arith.constant 1.000000e+00 : f32
          %1686 = arith.divf %1685, %1683 : f32
          %1687 = arith.select %1684, %1686, %41 : f32
          %1688 = vector.broadcast %1687 : f32 to vector<8xf32>
          %1689 = vector.load %3[%1612] : memref<?xf32>, vector<8xf32>
          %1690 = arith.mulf %1689, %1688 : vector<8xf32>
          vector.store %1690, %3[%1612] : memref<?xf32>, vector<8xf32>
          %1691 = arith.addi %1612, %10 : index
          %1692 = vector.load %3[%1691] : memref<?xf32>, vector<8xf32>
          %1693 = arith.mulf %1692, %1688 : vector<8xf32>
          vector.store %1693, %3[%1691] : memref<?xf32>, vector<8xf32>
          %1694 = arith.addi %1612, %1681 : index
          %1695 = vector.load %3[%1694] : memref<?xf32>, vector<8xf32>
          %1696 = arith.mulf %1695, %1688 : vector<8xf32>
          vector.store %1696, %3[%1694] : memref<?xf32>, vector<8xf32>
          %1697 = arith.constant 24 : index
          %1698 = arith.addi %1612, %1697 : index
          %1699 = vector.load %3[%1698] : memref<?xf32>, vector<8xf32>
          %1700 = arith.mulf %1699, %1688 : vector<8xf32>
          vector.store %1700, %3[%1698] : memref<?xf32>, vector<8xf32>
        }
      }
    } else {
      "scf.parallel"(%20, %14, %21) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%1701: index):
        %1702 = arith.remui %1701, %11 : index
        %1703 = arith.divui %1701, %11 : index
        %1704 = arith.remui %1703, %12 : index
        %1705 = arith.divui %1703, %12 : index
        %1706 = arith.muli %1702, %10 : index
        %1707 = arith.subi %5, %1706 : index
        %1708 = arith.minui %1707, %10 : index
        %1709 = arith.muli %1708, %12 : index
        %1710 = memref.alloca() : memref<48xf32>
        %1711 = memref.alloca() : memref<128xf32>
        %1712 = arith.muli %1705, %7 : index
        %1713 = arith.constant 64 : index
        %1714 = arith.muli %1712, %1713 : index
        %1715 = arith.constant 32 : index
        %1716 = arith.muli %1704, %1715 : index
        %1717 = arith.addi %1714, %1716 : index
        %1718 = arith.constant 0.000000e+00 : f32
        %1719 = vector.broadcast %1718 : f32 to vector<8xf32>
        %1720 = arith.constant 0.176776692 : f32
        %1721 = vector.broadcast %1720 : f32 to vector<8xf32>
        %1722 = arith.constant dense<[0.000000e+00, 1.000000e+00, 2.000000e+00, 3.000000e+00, 4.000000e+00, 5.000000e+00, 6.000000e+00, 7.000000e+00]> : vector<8xf32>
        scf.for %1723 = %20 to %1709 step %21 {
          %1724 = arith.divui %1723, %12 : index
          %1725 = arith.remui %1723, %12 : index
          %1726 = arith.addi %1706, %1724 : index
          %1727 = arith.muli %1705, %5 : index
          %1728 = arith.addi %1727, %1726 : index
          %1729 = arith.constant 4 : index
          %1730 = arith.muli %1728, %1729 : index
          %1731 = arith.muli %1704, %12 : index
          %1732 = arith.addi %1731, %1725 : index
          %1733 = arith.addi %1730, %1732 : index
          %1734 = arith.muli %1733, %1715 : index
          vector.store %1719, %3[%1734] : memref<?xf32>, vector<8xf32>
          %1735 = arith.addi %1734, %10 : index
          vector.store %1719, %3[%1735] : memref<?xf32>, vector<8xf32>
          %1736 = arith.constant 16 : index
          %1737 = arith.addi %1734, %1736 : index
          vector.store %1719, %3[%1737] : memref<?xf32>, vector<8xf32>
          %1738 = arith.constant 24 : index
          %1739 = arith.addi %1734, %1738 : index
          vector.store %1719, %3[%1739] : memref<?xf32>, vector<8xf32>
          %1740 = arith.constant -1.000000e+30 : f32
          memref.store %1740, %1710[%1723] : memref<48xf32>
          %1741 = arith.addi %1723, %1736 : index
          memref.store %1718, %1710[%1741] : memref<48xf32>
        }
        %1742 = arith.addi %15, %1706 : index
        %1743 = arith.addi %1742, %21 : index
        %1744 = arith.divui %1743, %10 : index
        %1745 = arith.muli %1744, %10 : index
        %1746 = arith.addi %1706, %1708 : index
        %1747 = arith.subi %1746, %21 : index
        %1748 = arith.addi %15, %1747 : index
        %1749 = arith.addi %1748, %21 : index
        %1750 = arith.divui %1749, %10 : index
        %1751 = arith.muli %1750, %10 : index
        scf.for %1752 = %20 to %1745 step %10 {
          %1753 = arith.muli %1752, %1713 : index
          %1754 = arith.addi %1717, %1753 : index
          %1755 = arith.addi %1752, %21 : index
          %1756 = arith.muli %1755, %1713 : index
          %1757 = arith.addi %1717, %1756 : index
          %1758 = arith.addi %1752, %12 : index
          %1759 = arith.muli %1758, %1713 : index
          %1760 = arith.addi %1717, %1759 : index
          %1761 = arith.constant 3 : index
          %1762 = arith.addi %1752, %1761 : index
          %1763 = arith.muli %1762, %1713 : index
          %1764 = arith.addi %1717, %1763 : index
          %1765 = arith.constant 4 : index
          %1766 = arith.addi %1752, %1765 : index
          %1767 = arith.muli %1766, %1713 : index
          %1768 = arith.addi %1717, %1767 : index
          %1769 = arith.constant 5 : index
          %1770 = arith.addi %1752, %1769 : index
          %1771 = arith.muli %1770, %1713 : index
          %1772 = arith.addi %1717, %1771 : index
          %1773 = arith.constant 6 : index
          %1774 = arith.addi %1752, %1773 : index
          %1775 = arith.muli %1774, %1713 : index
          %1776 = arith.addi %1717, %1775 : index
          %1777 = arith.addi %1752, %8 : index
          %1778 = arith.muli %1777, %1713 : index
          %1779 = arith.addi %1717, %1778 : index
          %1780 = arith.divui %1709, %12 : index
          %1781 = arith.muli %1780, %12 : index
          scf.for %1782 = %20 to %1781 step %12 {
            %1783 = arith.divui %1782, %12 : index
            %1784 = arith.remui %1782, %12 : index
            %1785 = arith.addi %1706, %1783 : index
            %1786 = arith.muli %1705, %5 : index
            %1787 = arith.addi %1786, %1785 : index
            %1788 = arith.muli %1787, %1765 : index
            %1789 = arith.muli %1704, %12 : index
            %1790 = arith.addi %1789, %1784 : index
            %1791 = arith.addi %1788, %1790 : index
            %1792 = arith.muli %1791, %1715 : index
            %1793 = arith.addi %1782, %21 : index
            %1794 = arith.divui %1793, %12 : index
            %1795 = arith.remui %1793, %12 : index
            %1796 = arith.addi %1706, %1794 : index
            %1797 = arith.addi %1786, %1796 : index
            %1798 = arith.muli %1797, %1765 : index
            %1799 = arith.addi %1789, %1795 : index
            %1800 = arith.addi %1798, %1799 : index
            %1801 = arith.muli %1800, %1715 : index
            %1802 = vector.load %0[%1792] : memref<?xf32>, vector<8xf32>
            %1803 = vector.load %0[%1801] : memref<?xf32>, vector<8xf32>
            %1804 = vector.load %1[%1754] : memref<?xf32>, vector<8xf32>
            %1805 = arith.mulf %1802, %1804 : vector<8xf32>
            %1806 = arith.mulf %1803, %1804 : vector<8xf32>
            %1807 = vector.load %1[%1757] : memref<?xf32>, vector<8xf32>
            %1808 = arith.mulf %1802, %1807 : vector<8xf32>
            %1809 = arith.mulf %1803, %1807 : vector<8xf32>
            %1810 = vector.load %1[%1760] : memref<?xf32>, vector<8xf32>
            %1811 = arith.mulf %1802, %1810 : vector<8xf32>
            %1812 = arith.mulf %1803, %1810 : vector<8xf32>
            %1813 = vector.load %1[%1764] : memref<?xf32>, vector<8xf32>
            %1814 = arith.mulf %1802, %1813 : vector<8xf32>
            %1815 = arith.mulf %1803, %1813 : vector<8xf32>
            %1816 = vector.load %1[%1768] : memref<?xf32>, vector<8xf32>
            %1817 = arith.mulf %1802, %1816 : vector<8xf32>
            %1818 = arith.mulf %1803, %1816 : vector<8xf32>
            %1819 = vector.load %1[%1772] : memref<?xf32>, vector<8xf32>
            %1820 = arith.mulf %1802, %1819 : vector<8xf32>
            %1821 = arith.mulf %1803, %1819 : vector<8xf32>
            %1822 = vector.load %1[%1776] : memref<?xf32>, vector<8xf32>
            %1823 = arith.mulf %1802, %1822 : vector<8xf32>
            %1824 = arith.mulf %1803, %1822 : vector<8xf32>
            %1825 = vector.load %1[%1779] : memref<?xf32>, vector<8xf32>
            %1826 = arith.mulf %1802, %1825 : vector<8xf32>
            %1827 = arith.mulf %1803, %1825 : vector<8xf32>
            %1828 = arith.addi %1792, %10 : index
            %1829 = vector.load %0[%1828] : memref<?xf32>, vector<8xf32>
            %1830 = arith.addi %1801, %10 : index
            %1831 = vector.load %0[%1830] : memref<?xf32>, vector<8xf32>
            %1832 = arith.addi %1754, %10 : index
            %1833 = vector.load %1[%1832] : memref<?xf32>, vector<8xf32>
            %1834 = vector.fma %1829, %1833, %1805 : vector<8xf32>
            %1835 = vector.fma %1831, %1833, %1806 : vector<8xf32>
            %1836 = arith.addi %1757, %10 : index
            %1837 = vector.load %1[%1836] : memref<?xf32>, vector<8xf32>
            %1838 = vector.fma %1829, %1837, %1808 : vector<8xf32>
            %1839 = vector.fma %1831, %1837, %1809 : vector<8xf32>
            %1840 = arith.addi %1760, %10 : index
            %1841 = vector.load %1[%1840] : memref<?xf32>, vector<8xf32>
            %1842 = vector.fma %1829, %1841, %1811 : vector<8xf32>
            %1843 = vector.fma %1831, %1841, %1812 : vector<8xf32>
            %1844 = arith.addi %1764, %10 : index
            %1845 = vector.load %1[%1844] : memref<?xf32>, vector<8xf32>
            %1846 = vector.fma %1829, %1845, %1814 : vector<8xf32>
            %1847 = vector.fma %1831, %1845, %1815 : vector<8xf32>
            %1848 = arith.addi %1768, %10 : index
            %1849 = vector.load %1[%1848] : memref<?xf32>, vector<8xf32>
            %1850 = vector.fma %1829, %1849, %1817 : vector<8xf32>
            %1851 = vector.fma %1831, %1849, %1818 : vector<8xf32>
            %1852 = arith.addi %1772, %10 : index
            %1853 = vector.load %1[%1852] : memref<?xf32>, vector<8xf32>
            %1854 = vector.fma %1829, %1853, %1820 : vector<8xf32>
            %1855 = vector.fma %1831, %1853, %1821 : vector<8xf32>
            %1856 = arith.addi %1776, %10 : index
            %1857 = vector.load %1[%1856] : memref<?xf32>, vector<8xf32>
            %1858 = vector.fma %1829, %1857, %1823 : vector<8xf32>
            %1859 = vector.fma %1831, %1857, %1824 : vector<8xf32>
            %1860 = arith.addi %1779, %10 : index
            %1861 = vector.load %1[%1860] : memref<?xf32>, vector<8xf32>
            %1862 = vector.fma %1829, %1861, %1826 : vector<8xf32>
            %1863 = vector.fma %1831, %1861, %1827 : vector<8xf32>
            %1864 = arith.constant 16 : index
            %1865 = arith.addi %1792, %1864 : index
            %1866 = vector.load %0[%1865] : memref<?xf32>, vector<8xf32>
            %1867 = arith.addi %1801, %1864 : index
            %1868 = vector.load %0[%1867] : memref<?xf32>, vector<8xf32>
            %1869 = arith.addi %1754, %1864 : index
            %1870 = vector.load %1[%1869] : memref<?xf32>, vector<8xf32>
            %1871 = vector.fma %1866, %1870, %1834 : vector<8xf32>
            %1872 = vector.fma %1868, %1870, %1835 : vector<8xf32>
            %1873 = arith.addi %1757, %1864 : index
            %1874 = vector.load %1[%1873] : memref<?xf32>, vector<8xf32>
            %1875 = vector.fma %1866, %1874, %1838 : vector<8xf32>
            %1876 = vector.fma %1868, %1874, %1839 : vector<8xf32>
            %1877 = arith.addi %1760, %1864 : index
            %1878 = vector.load %1[%1877] : memref<?xf32>, vector<8xf32>
            %1879 = vector.fma %1866, %1878, %1842 : vector<8xf32>
            %1880 = vector.fma %1868, %1878, %1843 : vector<8xf32>
            %1881 = arith.addi %1764, %1864 : index
            %1882 = vector.load %1[%1881] : memref<?xf32>, vector<8xf32>
            %1883 = vector.fma %1866, %1882, %1846 : vector<8xf32>
            %1884 = vector.fma %1868, %1882, %1847 : vector<8xf32>
            %1885 = arith.addi %1768, %1864 : index
            %1886 = vector.load %1[%1885] : memref<?xf32>, vector<8xf32>
            %1887 = vector.fma %1866, %1886, %1850 : vector<8xf32>
            %1888 = vector.fma %1868, %1886, %1851 : vector<8xf32>
            %1889 = arith.addi %1772, %1864 : index
            %1890 = vector.load %1[%1889] : memref<?xf32>, vector<8xf32>
            %1891 = vector.fma %1866, %1890, %1854 : vector<8xf32>
            %1892 = vector.fma %1868, %1890, %1855 : vector<8xf32>
            %1893 = arith.addi %1776, %1864 : index
            %1894 = vector.load %1[%1893] : memref<?xf32>, vector<8xf32>
            %1895 = vector.fma %1866, %1894, %1858 : vector<8xf32>
            %1896 = vector.fma %1868, %1894, %1859 : vector<8xf32>
            %1897 = arith.addi %1779, %1864 : index
            %1898 = vector.load %1[%1897] : memref<?xf32>, vector<8xf32>
            %1899 = vector.fma %1866, %1898, %1862 : vector<8xf32>
            %1900 = vector.fma %1868, %1898, %1863 : vector<8xf32>
            %1901 = arith.constant 24 : index
            %1902 = arith.addi %1792, %1901 : index
            %1903 = vector.load %0[%1902] : memref<?xf32>, vector<8xf32>
            %1904 = arith.addi %1801, %1901 : index
            %1905 = vector.load %0[%1904] : memref<?xf32>, vector<8xf32>
            %1906 = arith.addi %1754, %1901 : index
            %1907 = vector.load %1[%1906] : memref<?xf32>, vector<8xf32>
            %1908 = vector.fma %1903, %1907, %1871 : vector<8xf32>
            %1909 = vector.fma %1905, %1907, %1872 : vector<8xf32>
            %1910 = arith.addi %1757, %1901 : index
            %1911 = vector.load %1[%1910] : memref<?xf32>, vector<8xf32>
            %1912 = vector.fma %1903, %1911, %1875 : vector<8xf32>
            %1913 = vector.fma %1905, %1911, %1876 : vector<8xf32>
            %1914 = arith.addi %1760, %1901 : index
            %1915 = vector.load %1[%1914] : memref<?xf32>, vector<8xf32>
            %1916 = vector.fma %1903, %1915, %1879 : vector<8xf32>
            %1917 = vector.fma %1905, %1915, %1880 : vector<8xf32>
            %1918 = arith.addi %1764, %1901 : index
            %1919 = vector.load %1[%1918] : memref<?xf32>, vector<8xf32>
            %1920 = vector.fma %1903, %1919, %1883 : vector<8xf32>
            %1921 = vector.fma %1905, %1919, %1884 : vector<8xf32>
            %1922 = arith.addi %1768, %1901 : index
            %1923 = vector.load %1[%1922] : memref<?xf32>, vector<8xf32>
            %1924 = vector.fma %1903, %1923, %1887 : vector<8xf32>
            %1925 = vector.fma %1905, %1923, %1888 : vector<8xf32>
            %1926 = arith.addi %1772, %1901 : index
            %1927 = vector.load %1[%1926] : memref<?xf32>, vector<8xf32>
            %1928 = vector.fma %1903, %1927, %1891 : vector<8xf32>
            %1929 = vector.fma %1905, %1927, %1892 : vector<8xf32>
            %1930 = arith.addi %1776, %1901 : index
            %1931 = vector.load %1[%1930] : memref<?xf32>, vector<8xf32>
            %1932 = vector.fma %1903, %1931, %1895 : vector<8xf32>
            %1933 = vector.fma %1905, %1931, %1896 : vector<8xf32>
            %1934 = arith.addi %1779, %1901 : index
            %1935 = vector.load %1[%1934] : memref<?xf32>, vector<8xf32>
            %1936 = vector.fma %1903, %1935, %1899 : vector<8xf32>
            %1937 = vector.fma %1905, %1935, %1900 : vector<8xf32>
            %1938 = vector.shuffle %1908, %1912 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1939 = vector.shuffle %1908, %1912 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1940 = arith.addf %1938, %1939 : vector<8xf32>
            %1941 = vector.shuffle %1916, %1920 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1942 = vector.shuffle %1916, %1920 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1943 = arith.addf %1941, %1942 : vector<8xf32>
            %1944 = vector.shuffle %1924, %1928 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1945 = vector.shuffle %1924, %1928 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1946 = arith.addf %1944, %1945 : vector<8xf32>
            %1947 = vector.shuffle %1932, %1936 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1948 = vector.shuffle %1932, %1936 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1949 = arith.addf %1947, %1948 : vector<8xf32>
            %1950 = vector.shuffle %1940, %1943 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1951 = vector.shuffle %1940, %1943 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1952 = arith.addf %1950, %1951 : vector<8xf32>
            %1953 = vector.shuffle %1946, %1949 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1954 = vector.shuffle %1946, %1949 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1955 = arith.addf %1953, %1954 : vector<8xf32>
            %1956 = vector.shuffle %1952, %1955 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %1957 = vector.shuffle %1952, %1955 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %1958 = arith.addf %1956, %1957 : vector<8xf32>
            %1959 = arith.mulf %1958, %1721 : vector<8xf32>
            %1960 = arith.muli %1782, %10 : index
            vector.store %1959, %1711[%1960] : memref<128xf32>, vector<8xf32>
            %1961 = vector.shuffle %1909, %1913 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1962 = vector.shuffle %1909, %1913 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1963 = arith.addf %1961, %1962 : vector<8xf32>
            %1964 = vector.shuffle %1917, %1921 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1965 = vector.shuffle %1917, %1921 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1966 = arith.addf %1964, %1965 : vector<8xf32>
            %1967 = vector.shuffle %1925, %1929 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1968 = vector.shuffle %1925, %1929 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1969 = arith.addf %1967, %1968 : vector<8xf32>
            %1970 = vector.shuffle %1933, %1937 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1971 = vector.shuffle %1933, %1937 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1972 = arith.addf %1970, %1971 : vector<8xf32>
            %1973 = vector.shuffle %1963, %1966 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1974 = vector.shuffle %1963, %1966 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1975 = arith.addf %1973, %1974 : vector<8xf32>
            %1976 = vector.shuffle %1969, %1972 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %1977 = vector.shuffle %1969, %1972 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %1978 = arith.addf %1976, %1977 : vector<8xf32>
            %1979 = vector.shuffle %1975, %1978 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %1980 = vector.shuffle %1975, %1978 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %1981 = arith.addf %1979, %1980 : vector<8xf32>
            %1982 = arith.mulf %1981, %1721 : vector<8xf32>
            %1983 = arith.muli %1793, %10 : index
            vector.store %1982, %1711[%1983] : memref<128xf32>, vector<8xf32>
          }
          scf.for %1984 = %1781 to %1709 step %21 {
            %1985 = arith.divui %1984, %12 : index
            %1986 = arith.remui %1984, %12 : index
            %1987 = arith.addi %1706, %1985 : index
            %1988 = arith.muli %1705, %5 : index
            %1989 = arith.addi %1988, %1987 : index
            %1990 = arith.muli %1989, %1765 : index
            %1991 = arith.muli %1704, %12 : index
            %1992 = arith.addi %1991, %1986 : index
            %1993 = arith.addi %1990, %1992 : index
            %1994 = arith.muli %1993, %1715 : index
            %1995 = vector.load %0[%1994] : memref<?xf32>, vector<8xf32>
            %1996 = vector.load %1[%1754] : memref<?xf32>, vector<8xf32>
            %1997 = arith.mulf %1995, %1996 : vector<8xf32>
            %1998 = vector.load %1[%1757] : memref<?xf32>, vector<8xf32>
            %1999 = arith.mulf %1995, %1998 : vector<8xf32>
            %2000 = vector.load %1[%1760] : memref<?xf32>, vector<8xf32>
            %2001 = arith.mulf %1995, %2000 : vector<8xf32>
            %2002 = vector.load %1[%1764] : memref<?xf32>, vector<8xf32>
            %2003 = arith.mulf %1995, %2002 : vector<8xf32>
            %2004 = vector.load %1[%1768] : memref<?xf32>, vector<8xf32>
            %2005 = arith.mulf %1995, %2004 : vector<8xf32>
            %2006 = vector.load %1[%1772] : memref<?xf32>, vector<8xf32>
            %2007 = arith.mulf %1995, %2006 : vector<8xf32>
            %2008 = vector.load %1[%1776] : memref<?xf32>, vector<8xf32>
            %2009 = arith.mulf %1995, %2008 : vector<8xf32>
            %2010 = vector.load %1[%1779] : memref<?xf32>, vector<8xf32>
            %2011 = arith.mulf %1995, %2010 : vector<8xf32>
            %2012 = arith.addi %1994, %10 : index
            %2013 = vector.load %0[%2012] : memref<?xf32>, vector<8xf32>
            %2014 = arith.addi %1754, %10 : index
            %2015 = vector.load %1[%2014] : memref<?xf32>, vector<8xf32>
            %2016 = vector.fma %2013, %2015, %1997 : vector<8xf32>
            %2017 = arith.addi %1757, %10 : index
            %2018 = vector.load %1[%2017] : memref<?xf32>, vector<8xf32>
            %2019 = vector.fma %2013, %2018, %1999 : vector<8xf32>
            %2020 = arith.addi %1760, %10 : index
            %2021 = vector.load %1[%2020] : memref<?xf32>, vector<8xf32>
            %2022 = vector.fma %2013, %2021, %2001 : vector<8xf32>
            %2023 = arith.addi %1764, %10 : index
            %2024 = vector.load %1[%2023] : memref<?xf32>, vector<8xf32>
            %2025 = vector.fma %2013, %2024, %2003 : vector<8xf32>
            %2026 = arith.addi %1768, %10 : index
            %2027 = vector.load %1[%2026] : memref<?xf32>, vector<8xf32>
            %2028 = vector.fma %2013, %2027, %2005 : vector<8xf32>
            %2029 = arith.addi %1772, %10 : index
            %2030 = vector.load %1[%2029] : memref<?xf32>, vector<8xf32>
            %2031 = vector.fma %2013, %2030, %2007 : vector<8xf32>
            %2032 = arith.addi %1776, %10 : index
            %2033 = vector.load %1[%2032] : memref<?xf32>, vector<8xf32>
            %2034 = vector.fma %2013, %2033, %2009 : vector<8xf32>
            %2035 = arith.addi %1779, %10 : index
            %2036 = vector.load %1[%2035] : memref<?xf32>, vector<8xf32>
            %2037 = vector.fma %2013, %2036, %2011 : vector<8xf32>
            %2038 = arith.constant 16 : index
            %2039 = arith.addi %1994, %2038 : index
            %2040 = vector.load %0[%2039] : memref<?xf32>, vector<8xf32>
            %2041 = arith.addi %1754, %2038 : index
            %2042 = vector.load %1[%2041] : memref<?xf32>, vector<8xf32>
            %2043 = vector.fma %2040, %2042, %2016 : vector<8xf32>
            %2044 = arith.addi %1757, %2038 : index
            %2045 = vector.load %1[%2044] : memref<?xf32>, vector<8xf32>
            %2046 = vector.fma %2040, %2045, %2019 : vector<8xf32>
            %2047 = arith.addi %1760, %2038 : index
            %2048 = vector.load %1[%2047] : memref<?xf32>, vector<8xf32>
            %2049 = vector.fma %2040, %2048, %2022 : vector<8xf32>
            %2050 = arith.addi %1764, %2038 : index
            %2051 = vector.load %1[%2050] : memref<?xf32>, vector<8xf32>
            %2052 = vector.fma %2040, %2051, %2025 : vector<8xf32>
            %2053 = arith.addi %1768, %2038 : index
            %2054 = vector.load %1[%2053] : memref<?xf32>, vector<8xf32>
            %2055 = vector.fma %2040, %2054, %2028 : vector<8xf32>
            %2056 = arith.addi %1772, %2038 : index
            %2057 = vector.load %1[%2056] : memref<?xf32>, vector<8xf32>
            %2058 = vector.fma %2040, %2057, %2031 : vector<8xf32>
            %2059 = arith.addi %1776, %2038 : index
            %2060 = vector.load %1[%2059] : memref<?xf32>, vector<8xf32>
            %2061 = vector.fma %2040, %2060, %2034 : vector<8xf32>
            %2062 = arith.addi %1779, %2038 : index
            %2063 = vector.load %1[%2062] : memref<?xf32>, vector<8xf32>
            %2064 = vector.fma %2040, %2063, %2037 : vector<8xf32>
            %2065 = arith.constant 24 : index
            %2066 = arith.addi %1994, %2065 : index
            %2067 = vector.load %0[%2066] : memref<?xf32>, vector<8xf32>
            %2068 = arith.addi %1754, %2065 : index
            %2069 = vector.load %1[%2068] : memref<?xf32>, vector<8xf32>
            %2070 = vector.fma %2067, %2069, %2043 : vector<8xf32>
            %2071 = arith.addi %1757, %2065 : index
            %2072 = vector.load %1[%2071] : memref<?xf32>, vector<8xf32>
            %2073 = vector.fma %2067, %2072, %2046 : vector<8xf32>
            %2074 = arith.addi %1760, %2065 : index
            %2075 = vector.load %1[%2074] : memref<?xf32>, vector<8xf32>
            %2076 = vector.fma %2067, %2075, %2049 : vector<8xf32>
            %2077 = arith.addi %1764, %2065 : index
            %2078 = vector.load %1[%2077] : memref<?xf32>, vector<8xf32>
            %2079 = vector.fma %2067, %2078, %2052 : vector<8xf32>
            %2080 = arith.addi %1768, %2065 : index
            %2081 = vector.load %1[%2080] : memref<?xf32>, vector<8xf32>
            %2082 = vector.fma %2067, %2081, %2055 : vector<8xf32>
            %2083 = arith.addi %1772, %2065 : index
            %2084 = vector.load %1[%2083] : memref<?xf32>, vector<8xf32>
            %2085 = vector.fma %2067, %2084, %2058 : vector<8xf32>
            %2086 = arith.addi %1776, %2065 : index
            %2087 = vector.load %1[%2086] : memref<?xf32>, vector<8xf32>
            %2088 = vector.fma %2067, %2087, %2061 : vector<8xf32>
            %2089 = arith.addi %1779, %2065 : index
            %2090 = vector.load %1[%2089] : memref<?xf32>, vector<8xf32>
            %2091 = vector.fma %2067, %2090, %2064 : vector<8xf32>
            %2092 = vector.shuffle %2070, %2073 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2093 = vector.shuffle %2070, %2073 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2094 = arith.addf %2092, %2093 : vector<8xf32>
            %2095 = vector.shuffle %2076, %2079 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2096 = vector.shuffle %2076, %2079 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2097 = arith.addf %2095, %2096 : vector<8xf32>
            %2098 = vector.shuffle %2082, %2085 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2099 = vector.shuffle %2082, %2085 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2100 = arith.addf %2098, %2099 : vector<8xf32>
            %2101 = vector.shuffle %2088, %2091 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2102 = vector.shuffle %2088, %2091 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2103 = arith.addf %2101, %2102 : vector<8xf32>
            %2104 = vector.shuffle %2094, %2097 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2105 = vector.shuffle %2094, %2097 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2106 = arith.addf %2104, %2105 : vector<8xf32>
            %2107 = vector.shuffle %2100, %2103 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2108 = vector.shuffle %2100, %2103 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2109 = arith.addf %2107, %2108 : vector<8xf32>
            %2110 = vector.shuffle %2106, %2109 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %2111 = vector.shuffle %2106, %2109 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %2112 = arith.addf %2110, %2111 : vector<8xf32>
            %2113 = arith.mulf %2112, %1721 : vector<8xf32>
            %2114 = arith.muli %1984, %10 : index
            vector.store %2113, %1711[%2114] : memref<128xf32>, vector<8xf32>
          }
          scf.for %2115 = %20 to %1709 step %21 {
            %2116 = arith.muli %2115, %10 : index
            %2117 = vector.load %1711[%2116] : memref<128xf32>, vector<8xf32>
            %2118 = memref.load %1710[%2115] : memref<48xf32>
            %2119 = vector.reduction <maxnumf>, %2117 : vector<8xf32> into f32
            %2120 = arith.cmpf ogt, %2118, %2119 : f32
            %2121 = arith.select %2120, %2118, %2119 : f32
            %2122 = vector.broadcast %2121 : f32 to vector<8xf32>
            %2123 = arith.subf %2117, %2122 : vector<8xf32>
            %2124 = arith.constant -8.700000e+01 : f32
            %2125 = vector.broadcast %2124 : f32 to vector<8xf32>
            %2126 = arith.cmpf ogt, %2123, %2125 : vector<8xf32>
            %2127 = arith.select %2126, %2123, %2125 : vector<8xf32>
            %2128 = arith.constant 8.800000e+01 : f32
            %2129 = vector.broadcast %2128 : f32 to vector<8xf32>
            %2130 = arith.cmpf olt, %2127, %2129 : vector<8xf32>
            %2131 = arith.select %2130, %2127, %2129 : vector<8xf32>
            %2132 = math.exp %2131 : vector<8xf32>
            %2133 = arith.subf %2118, %2121 : f32
            %2134 = vector.broadcast %2133 : f32 to vector<8xf32>
            %2135 = arith.cmpf ogt, %2134, %2125 : vector<8xf32>
            %2136 = arith.select %2135, %2134, %2125 : vector<8xf32>
            %2137 = arith.cmpf olt, %2136, %2129 : vector<8xf32>
            %2138 = arith.select %2137, %2136, %2129 : vector<8xf32>
            %2139 = math.exp %2138 : vector<8xf32>
            %2140 = vector.extract %2139[0] : f32 from vector<8xf32>
            vector.store %2132, %1711[%2116] : memref<128xf32>, vector<8xf32>
            memref.store %2121, %1710[%2115] : memref<48xf32>
            %2141 = arith.constant 16 : index
            %2142 = arith.addi %2115, %2141 : index
            %2143 = memref.load %1710[%2142] : memref<48xf32>
            %2144 = arith.mulf %2143, %2140 : f32
            %2145 = vector.reduction <add>, %2132 : vector<8xf32> into f32
            %2146 = arith.addf %2144, %2145 : f32
            memref.store %2146, %1710[%2142] : memref<48xf32>
            %2147 = arith.addi %2115, %1715 : index
            memref.store %2140, %1710[%2147] : memref<48xf32>
          }
          scf.for %2148 = %20 to %1781 step %12 {
            %2149 = arith.addi %2148, %21 : index
            %2150 = arith.divui %2148, %12 : index
            %2151 = arith.remui %2148, %12 : index
            %2152 = arith.addi %1706, %2150 : index
            %2153 = arith.muli %1705, %5 : index
            %2154 = arith.addi %2153, %2152 : index
            %2155 = arith.muli %2154, %1765 : index
            %2156 = arith.muli %1704, %12 : index
            %2157 = arith.addi %2156, %2151 : index
            %2158 = arith.addi %2155, %2157 : index
            %2159 = arith.muli %2158, %1715 : index
            %2160 = arith.divui %2149, %12 : index
            %2161 = arith.remui %2149, %12 : index
            %2162 = arith.addi %1706, %2160 : index
            %2163 = arith.addi %2153, %2162 : index
            %2164 = arith.muli %2163, %1765 : index
            %2165 = arith.addi %2156, %2161 : index
            %2166 = arith.addi %2164, %2165 : index
            %2167 = arith.muli %2166, %1715 : index
            %2168 = arith.addi %2148, %1715 : index
            %2169 = memref.load %1710[%2168] : memref<48xf32>
            %2170 = vector.broadcast %2169 : f32 to vector<8xf32>
            %2171 = arith.addi %2149, %1715 : index
            %2172 = memref.load %1710[%2171] : memref<48xf32>
            %2173 = vector.broadcast %2172 : f32 to vector<8xf32>
            %2174 = arith.muli %2148, %10 : index
            %2175 = memref.load %1711[%2174] : memref<128xf32>
            %2176 = vector.broadcast %2175 : f32 to vector<8xf32>
            %2177 = arith.addi %2174, %21 : index
            %2178 = memref.load %1711[%2177] : memref<128xf32>
            %2179 = vector.broadcast %2178 : f32 to vector<8xf32>
            %2180 = arith.addi %2174, %12 : index
            %2181 = memref.load %1711[%2180] : memref<128xf32>
            %2182 = vector.broadcast %2181 : f32 to vector<8xf32>
            %2183 = arith.addi %2174, %1761 : index
            %2184 = memref.load %1711[%2183] : memref<128xf32>
            %2185 = vector.broadcast %2184 : f32 to vector<8xf32>
            %2186 = arith.addi %2174, %1765 : index
            %2187 = memref.load %1711[%2186] : memref<128xf32>
            %2188 = vector.broadcast %2187 : f32 to vector<8xf32>
            %2189 = arith.addi %2174, %1769 : index
            %2190 = memref.load %1711[%2189] : memref<128xf32>
            %2191 = vector.broadcast %2190 : f32 to vector<8xf32>
            %2192 = arith.addi %2174, %1773 : index
            %2193 = memref.load %1711[%2192] : memref<128xf32>
            %2194 = vector.broadcast %2193 : f32 to vector<8xf32>
            %2195 = arith.addi %2174, %8 : index
            %2196 = memref.load %1711[%2195] : memref<128xf32>
            %2197 = vector.broadcast %2196 : f32 to vector<8xf32>
            %2198 = arith.muli %2149, %10 : index
            %2199 = memref.load %1711[%2198] : memref<128xf32>
            %2200 = vector.broadcast %2199 : f32 to vector<8xf32>
            %2201 = arith.addi %2198, %21 : index
            %2202 = memref.load %1711[%2201] : memref<128xf32>
            %2203 = vector.broadcast %2202 : f32 to vector<8xf32>
            %2204 = arith.addi %2198, %12 : index
            %2205 = memref.load %1711[%2204] : memref<128xf32>
            %2206 = vector.broadcast %2205 : f32 to vector<8xf32>
            %2207 = arith.addi %2198, %1761 : index
            %2208 = memref.load %1711[%2207] : memref<128xf32>
            %2209 = vector.broadcast %2208 : f32 to vector<8xf32>
            %2210 = arith.addi %2198, %1765 : index
            %2211 = memref.load %1711[%2210] : memref<128xf32>
            %2212 = vector.broadcast %2211 : f32 to vector<8xf32>
            %2213 = arith.addi %2198, %1769 : index
            %2214 = memref.load %1711[%2213] : memref<128xf32>
            %2215 = vector.broadcast %2214 : f32 to vector<8xf32>
            %2216 = arith.addi %2198, %1773 : index
            %2217 = memref.load %1711[%2216] : memref<128xf32>
            %2218 = vector.broadcast %2217 : f32 to vector<8xf32>
            %2219 = arith.addi %2198, %8 : index
            %2220 = memref.load %1711[%2219] : memref<128xf32>
            %2221 = vector.broadcast %2220 : f32 to vector<8xf32>
            %2222 = vector.load %3[%2159] : memref<?xf32>, vector<8xf32>
            %2223 = arith.mulf %2222, %2170 : vector<8xf32>
            %2224 = vector.load %3[%2167] : memref<?xf32>, vector<8xf32>
            %2225 = arith.mulf %2224, %2173 : vector<8xf32>
            %2226 = vector.load %2[%1754] : memref<?xf32>, vector<8xf32>
            %2227 = vector.fma %2176, %2226, %2223 : vector<8xf32>
            %2228 = vector.fma %2200, %2226, %2225 : vector<8xf32>
            %2229 = vector.load %2[%1757] : memref<?xf32>, vector<8xf32>
            %2230 = vector.fma %2179, %2229, %2227 : vector<8xf32>
            %2231 = vector.fma %2203, %2229, %2228 : vector<8xf32>
            %2232 = vector.load %2[%1760] : memref<?xf32>, vector<8xf32>
            %2233 = vector.fma %2182, %2232, %2230 : vector<8xf32>
            %2234 = vector.fma %2206, %2232, %2231 : vector<8xf32>
            %2235 = vector.load %2[%1764] : memref<?xf32>, vector<8xf32>
            %2236 = vector.fma %2185, %2235, %2233 : vector<8xf32>
            %2237 = vector.fma %2209, %2235, %2234 : vector<8xf32>
            %2238 = vector.load %2[%1768] : memref<?xf32>, vector<8xf32>
            %2239 = vector.fma %2188, %2238, %2236 : vector<8xf32>
            %2240 = vector.fma %2212, %2238, %2237 : vector<8xf32>
            %2241 = vector.load %2[%1772] : memref<?xf32>, vector<8xf32>
            %2242 = vector.fma %2191, %2241, %2239 : vector<8xf32>
            %2243 = vector.fma %2215, %2241, %2240 : vector<8xf32>
            %2244 = vector.load %2[%1776] : memref<?xf32>, vector<8xf32>
            %2245 = vector.fma %2194, %2244, %2242 : vector<8xf32>
            %2246 = vector.fma %2218, %2244, %2243 : vector<8xf32>
            %2247 = vector.load %2[%1779] : memref<?xf32>, vector<8xf32>
            %2248 = vector.fma %2197, %2247, %2245 : vector<8xf32>
            %2249 = vector.fma %2221, %2247, %2246 : vector<8xf32>
            vector.store %2248, %3[%2159] : memref<?xf32>, vector<8xf32>
            vector.store %2249, %3[%2167] : memref<?xf32>, vector<8xf32>
            %2250 = arith.addi %2159, %10 : index
            %2251 = arith.addi %2167, %10 : index
            %2252 = vector.load %3[%2250] : memref<?xf32>, vector<8xf32>
            %2253 = arith.mulf %2252, %2170 : vector<8xf32>
            %2254 = vector.load %3[%2251] : memref<?xf32>, vector<8xf32>
            %2255 = arith.mulf %2254, %2173 : vector<8xf32>
            %2256 = arith.addi %1754, %10 : index
            %2257 = vector.load %2[%2256] : memref<?xf32>, vector<8xf32>
            %2258 = vector.fma %2176, %2257, %2253 : vector<8xf32>
            %2259 = vector.fma %2200, %2257, %2255 : vector<8xf32>
            %2260 = arith.addi %1757, %10 : index
            %2261 = vector.load %2[%2260] : memref<?xf32>, vector<8xf32>
            %2262 = vector.fma %2179, %2261, %2258 : vector<8xf32>
            %2263 = vector.fma %2203, %2261, %2259 : vector<8xf32>
            %2264 = arith.addi %1760, %10 : index
            %2265 = vector.load %2[%2264] : memref<?xf32>, vector<8xf32>
            %2266 = vector.fma %2182, %2265, %2262 : vector<8xf32>
            %2267 = vector.fma %2206, %2265, %2263 : vector<8xf32>
            %2268 = arith.addi %1764, %10 : index
            %2269 = vector.load %2[%2268] : memref<?xf32>, vector<8xf32>
            %2270 = vector.fma %2185, %2269, %2266 : vector<8xf32>
            %2271 = vector.fma %2209, %2269, %2267 : vector<8xf32>
            %2272 = arith.addi %1768, %10 : index
            %2273 = vector.load %2[%2272] : memref<?xf32>, vector<8xf32>
            %2274 = vector.fma %2188, %2273, %2270 : vector<8xf32>
            %2275 = vector.fma %2212, %2273, %2271 : vector<8xf32>
            %2276 = arith.addi %1772, %10 : index
            %2277 = vector.load %2[%2276] : memref<?xf32>, vector<8xf32>
            %2278 = vector.fma %2191, %2277, %2274 : vector<8xf32>
            %2279 = vector.fma %2215, %2277, %2275 : vector<8xf32>
            %2280 = arith.addi %1776, %10 : index
            %2281 = vector.load %2[%2280] : memref<?xf32>, vector<8xf32>
            %2282 = vector.fma %2194, %2281, %2278 : vector<8xf32>
            %2283 = vector.fma %2218, %2281, %2279 : vector<8xf32>
            %2284 = arith.addi %1779, %10 : index
            %2285 = vector.load %2[%2284] : memref<?xf32>, vector<8xf32>
            %2286 = vector.fma %2197, %2285, %2282 : vector<8xf32>
            %2287 = vector.fma %2221, %2285, %2283 : vector<8xf32>
            vector.store %2286, %3[%2250] : memref<?xf32>, vector<8xf32>
            vector.store %2287, %3[%2251] : memref<?xf32>, vector<8xf32>
            %2288 = arith.constant 16 : index
            %2289 = arith.addi %2159, %2288 : index
            %2290 = arith.addi %2167, %2288 : index
            %2291 = vector.load %3[%2289] : memref<?xf32>, vector<8xf32>
            %2292 = arith.mulf %2291, %2170 : vector<8xf32>
            %2293 = vector.load %3[%2290] : memref<?xf32>, vector<8xf32>
            %2294 = arith.mulf %2293, %2173 : vector<8xf32>
            %2295 = arith.addi %1754, %2288 : index
            %2296 = vector.load %2[%2295] : memref<?xf32>, vector<8xf32>
            %2297 = vector.fma %2176, %2296, %2292 : vector<8xf32>
            %2298 = vector.fma %2200, %2296, %2294 : vector<8xf32>
            %2299 = arith.addi %1757, %2288 : index
            %2300 = vector.load %2[%2299] : memref<?xf32>, vector<8xf32>
            %2301 = vector.fma %2179, %2300, %2297 : vector<8xf32>
            %2302 = vector.fma %2203, %2300, %2298 : vector<8xf32>
            %2303 = arith.addi %1760, %2288 : index
            %2304 = vector.load %2[%2303] : memref<?xf32>, vector<8xf32>
            %2305 = vector.fma %2182, %2304, %2301 : vector<8xf32>
            %2306 = vector.fma %2206, %2304, %2302 : vector<8xf32>
            %2307 = arith.addi %1764, %2288 : index
            %2308 = vector.load %2[%2307] : memref<?xf32>, vector<8xf32>
            %2309 = vector.fma %2185, %2308, %2305 : vector<8xf32>
            %2310 = vector.fma %2209, %2308, %2306 : vector<8xf32>
            %2311 = arith.addi %1768, %2288 : index
            %2312 = vector.load %2[%2311] : memref<?xf32>, vector<8xf32>
            %2313 = vector.fma %2188, %2312, %2309 : vector<8xf32>
            %2314 = vector.fma %2212, %2312, %2310 : vector<8xf32>
            %2315 = arith.addi %1772, %2288 : index
            %2316 = vector.load %2[%2315] : memref<?xf32>, vector<8xf32>
            %2317 = vector.fma %2191, %2316, %2313 : vector<8xf32>
            %2318 = vector.fma %2215, %2316, %2314 : vector<8xf32>
            %2319 = arith.addi %1776, %2288 : index
            %2320 = vector.load %2[%2319] : memref<?xf32>, vector<8xf32>
            %2321 = vector.fma %2194, %2320, %2317 : vector<8xf32>
            %2322 = vector.fma %2218, %2320, %2318 : vector<8xf32>
            %2323 = arith.addi %1779, %2288 : index
            %2324 = vector.load %2[%2323] : memref<?xf32>, vector<8xf32>
            %2325 = vector.fma %2197, %2324, %2321 : vector<8xf32>
            %2326 = vector.fma %2221, %2324, %2322 : vector<8xf32>
            vector.store %2325, %3[%2289] : memref<?xf32>, vector<8xf32>
            vector.store %2326, %3[%2290] : memref<?xf32>, vector<8xf32>
            %2327 = arith.constant 24 : index
            %2328 = arith.addi %2159, %2327 : index
            %2329 = arith.addi %2167, %2327 : index
            %2330 = vector.load %3[%2328] : memref<?xf32>, vector<8xf32>
            %2331 = arith.mulf %2330, %2170 : vector<8xf32>
            %2332 = vector.load %3[%2329] : memref<?xf32>, vector<8xf32>
            %2333 = arith.mulf %2332, %2173 : vector<8xf32>
            %2334 = arith.addi %1754, %2327 : index
            %2335 = vector.load %2[%2334] : memref<?xf32>, vector<8xf32>
            %2336 = vector.fma %2176, %2335, %2331 : vector<8xf32>
            %2337 = vector.fma %2200, %2335, %2333 : vector<8xf32>
            %2338 = arith.addi %1757, %2327 : index
            %2339 = vector.load %2[%2338] : memref<?xf32>, vector<8xf32>
            %2340 = vector.fma %2179, %2339, %2336 : vector<8xf32>
            %2341 = vector.fma %2203, %2339, %2337 : vector<8xf32>
            %2342 = arith.addi %1760, %2327 : index
            %2343 = vector.load %2[%2342] : memref<?xf32>, vector<8xf32>
            %2344 = vector.fma %2182, %2343, %2340 : vector<8xf32>
            %2345 = vector.fma %2206, %2343, %2341 : vector<8xf32>
            %2346 = arith.addi %1764, %2327 : index
            %2347 = vector.load %2[%2346] : memref<?xf32>, vector<8xf32>
            %2348 = vector.fma %2185, %2347, %2344 : vector<8xf32>
            %2349 = vector.fma %2209, %2347, %2345 : vector<8xf32>
            %2350 = arith.addi %1768, %2327 : index
            %2351 = vector.load %2[%2350] : memref<?xf32>, vector<8xf32>
            %2352 = vector.fma %2188, %2351, %2348 : vector<8xf32>
            %2353 = vector.fma %2212, %2351, %2349 : vector<8xf32>
            %2354 = arith.addi %1772, %2327 : index
            %2355 = vector.load %2[%2354] : memref<?xf32>, vector<8xf32>
            %2356 = vector.fma %2191, %2355, %2352 : vector<8xf32>
            %2357 = vector.fma %2215, %2355, %2353 : vector<8xf32>
            %2358 = arith.addi %1776, %2327 : index
            %2359 = vector.load %2[%2358] : memref<?xf32>, vector<8xf32>
            %2360 = vector.fma %2194, %2359, %2356 : vector<8xf32>
            %2361 = vector.fma %2218, %2359, %2357 : vector<8xf32>
            %2362 = arith.addi %1779, %2327 : index
            %2363 = vector.load %2[%2362] : memref<?xf32>, vector<8xf32>
            %2364 = vector.fma %2197, %2363, %2360 : vector<8xf32>
            %2365 = vector.fma %2221, %2363, %2361 : vector<8xf32>
            vector.store %2364, %3[%2328] : memref<?xf32>, vector<8xf32>
            vector.store %2365, %3[%2329] : memref<?xf32>, vector<8xf32>
          }
          scf.for %2366 = %1781 to %1709 step %21 {
            %2367 = arith.divui %2366, %12 : index
            %2368 = arith.remui %2366, %12 : index
            %2369 = arith.addi %1706, %2367 : index
            %2370 = arith.muli %1705, %5 : index
            %2371 = arith.addi %2370, %2369 : index
            %2372 = arith.muli %2371, %1765 : index
            %2373 = arith.muli %1704, %12 : index
            %2374 = arith.addi %2373, %2368 : index
            %2375 = arith.addi %2372, %2374 : index
            %2376 = arith.muli %2375, %1715 : index
            %2377 = arith.addi %2366, %1715 : index
            %2378 = memref.load %1710[%2377] : memref<48xf32>
            %2379 = vector.broadcast %2378 : f32 to vector<8xf32>
            %2380 = arith.muli %2366, %10 : index
            %2381 = memref.load %1711[%2380] : memref<128xf32>
            %2382 = vector.broadcast %2381 : f32 to vector<8xf32>
            %2383 = arith.addi %2380, %21 : index
            %2384 = memref.load %1711[%2383] : memref<128xf32>
            %2385 = vector.broadcast %2384 : f32 to vector<8xf32>
            %2386 = arith.addi %2380, %12 : index
            %2387 = memref.load %1711[%2386] : memref<128xf32>
            %2388 = vector.broadcast %2387 : f32 to vector<8xf32>
            %2389 = arith.addi %2380, %1761 : index
            %2390 = memref.load %1711[%2389] : memref<128xf32>
            %2391 = vector.broadcast %2390 : f32 to vector<8xf32>
            %2392 = arith.addi %2380, %1765 : index
            %2393 = memref.load %1711[%2392] : memref<128xf32>
            %2394 = vector.broadcast %2393 : f32 to vector<8xf32>
            %2395 = arith.addi %2380, %1769 : index
            %2396 = memref.load %1711[%2395] : memref<128xf32>
            %2397 = vector.broadcast %2396 : f32 to vector<8xf32>
            %2398 = arith.addi %2380, %1773 : index
            %2399 = memref.load %1711[%2398] : memref<128xf32>
            %2400 = vector.broadcast %2399 : f32 to vector<8xf32>
            %2401 = arith.addi %2380, %8 : index
            %2402 = memref.load %1711[%2401] : memref<128xf32>
            %2403 = vector.broadcast %2402 : f32 to vector<8xf32>
            %2404 = vector.load %3[%2376] : memref<?xf32>, vector<8xf32>
            %2405 = arith.mulf %2404, %2379 : vector<8xf32>
            %2406 = vector.load %2[%1754] : memref<?xf32>, vector<8xf32>
            %2407 = vector.fma %2382, %2406, %2405 : vector<8xf32>
            %2408 = vector.load %2[%1757] : memref<?xf32>, vector<8xf32>
            %2409 = vector.fma %2385, %2408, %2407 : vector<8xf32>
            %2410 = vector.load %2[%1760] : memref<?xf32>, vector<8xf32>
            %2411 = vector.fma %2388, %2410, %2409 : vector<8xf32>
            %2412 = vector.load %2[%1764] : memref<?xf32>, vector<8xf32>
            %2413 = vector.fma %2391, %2412, %2411 : vector<8xf32>
            %2414 = vector.load %2[%1768] : memref<?xf32>, vector<8xf32>
            %2415 = vector.fma %2394, %2414, %2413 : vector<8xf32>
            %2416 = vector.load %2[%1772] : memref<?xf32>, vector<8xf32>
            %2417 = vector.fma %2397, %2416, %2415 : vector<8xf32>
            %2418 = vector.load %2[%1776] : memref<?xf32>, vector<8xf32>
            %2419 = vector.fma %2400, %2418, %2417 : vector<8xf32>
            %2420 = vector.load %2[%1779] : memref<?xf32>, vector<8xf32>
            %2421 = vector.fma %2403, %2420, %2419 : vector<8xf32>
            vector.store %2421, %3[%2376] : memref<?xf32>, vector<8xf32>
            %2422 = arith.addi %2376, %10 : index
            %2423 = vector.load %3[%2422] : memref<?xf32>, vector<8xf32>
            %2424 = arith.mulf %2423, %2379 : vector<8xf32>
            %2425 = arith.addi %1754, %10 : index
            %2426 = vector.load %2[%2425] : memref<?xf32>, vector<8xf32>
            %2427 = vector.fma %2382, %2426, %2424 : vector<8xf32>
            %2428 = arith.addi %1757, %10 : index
            %2429 = vector.load %2[%2428] : memref<?xf32>, vector<8xf32>
            %2430 = vector.fma %2385, %2429, %2427 : vector<8xf32>
            %2431 = arith.addi %1760, %10 : index
            %2432 = vector.load %2[%2431] : memref<?xf32>, vector<8xf32>
            %2433 = vector.fma %2388, %2432, %2430 : vector<8xf32>
            %2434 = arith.addi %1764, %10 : index
            %2435 = vector.load %2[%2434] : memref<?xf32>, vector<8xf32>
            %2436 = vector.fma %2391, %2435, %2433 : vector<8xf32>
            %2437 = arith.addi %1768, %10 : index
            %2438 = vector.load %2[%2437] : memref<?xf32>, vector<8xf32>
            %2439 = vector.fma %2394, %2438, %2436 : vector<8xf32>
            %2440 = arith.addi %1772, %10 : index
            %2441 = vector.load %2[%2440] : memref<?xf32>, vector<8xf32>
            %2442 = vector.fma %2397, %2441, %2439 : vector<8xf32>
            %2443 = arith.addi %1776, %10 : index
            %2444 = vector.load %2[%2443] : memref<?xf32>, vector<8xf32>
            %2445 = vector.fma %2400, %2444, %2442 : vector<8xf32>
            %2446 = arith.addi %1779, %10 : index
            %2447 = vector.load %2[%2446] : memref<?xf32>, vector<8xf32>
            %2448 = vector.fma %2403, %2447, %2445 : vector<8xf32>
            vector.store %2448, %3[%2422] : memref<?xf32>, vector<8xf32>
            %2449 = arith.constant 16 : index
            %2450 = arith.addi %2376, %2449 : index
            %2451 = vector.load %3[%2450] : memref<?xf32>, vector<8xf32>
            %2452 = arith.mulf %2451, %2379 : vector<8xf32>
            %2453 = arith.addi %1754, %2449 : index
            %2454 = vector.load %2[%2453] : memref<?xf32>, vector<8xf32>
            %2455 = vector.fma %2382, %2454, %2452 : vector<8xf32>
            %2456 = arith.addi %1757, %2449 : index
            %2457 = vector.load %2[%2456] : memref<?xf32>, vector<8xf32>
            %2458 = vector.fma %2385, %2457, %2455 : vector<8xf32>
            %2459 = arith.addi %1760, %2449 : index
            %2460 = vector.load %2[%2459] : memref<?xf32>, vector<8xf32>
            %2461 = vector.fma %2388, %2460, %2458 : vector<8xf32>
            %2462 = arith.addi %1764, %2449 : index
            %2463 = vector.load %2[%2462] : memref<?xf32>, vector<8xf32>
            %2464 = vector.fma %2391, %2463, %2461 : vector<8xf32>
            %2465 = arith.addi %1768, %2449 : index
            %2466 = vector.load %2[%2465] : memref<?xf32>, vector<8xf32>
            %2467 = vector.fma %2394, %2466, %2464 : vector<8xf32>
            %2468 = arith.addi %1772, %2449 : index
            %2469 = vector.load %2[%2468] : memref<?xf32>, vector<8xf32>
            %2470 = vector.fma %2397, %2469, %2467 : vector<8xf32>
            %2471 = arith.addi %1776, %2449 : index
            %2472 = vector.load %2[%2471] : memref<?xf32>, vector<8xf32>
            %2473 = vector.fma %2400, %2472, %2470 : vector<8xf32>
            %2474 = arith.addi %1779, %2449 : index
            %2475 = vector.load %2[%2474] : memref<?xf32>, vector<8xf32>
            %2476 = vector.fma %2403, %2475, %2473 : vector<8xf32>
            vector.store %2476, %3[%2450] : memref<?xf32>, vector<8xf32>
            %2477 = arith.constant 24 : index
            %2478 = arith.addi %2376, %2477 : index
            %2479 = vector.load %3[%2478] : memref<?xf32>, vector<8xf32>
            %2480 = arith.mulf %2479, %2379 : vector<8xf32>
            %2481 = arith.addi %1754, %2477 : index
            %2482 = vector.load %2[%2481] : memref<?xf32>, vector<8xf32>
            %2483 = vector.fma %2382, %2482, %2480 : vector<8xf32>
            %2484 = arith.addi %1757, %2477 : index
            %2485 = vector.load %2[%2484] : memref<?xf32>, vector<8xf32>
            %2486 = vector.fma %2385, %2485, %2483 : vector<8xf32>
            %2487 = arith.addi %1760, %2477 : index
            %2488 = vector.load %2[%2487] : memref<?xf32>, vector<8xf32>
            %2489 = vector.fma %2388, %2488, %2486 : vector<8xf32>
            %2490 = arith.addi %1764, %2477 : index
            %2491 = vector.load %2[%2490] : memref<?xf32>, vector<8xf32>
            %2492 = vector.fma %2391, %2491, %2489 : vector<8xf32>
            %2493 = arith.addi %1768, %2477 : index
            %2494 = vector.load %2[%2493] : memref<?xf32>, vector<8xf32>
            %2495 = vector.fma %2394, %2494, %2492 : vector<8xf32>
            %2496 = arith.addi %1772, %2477 : index
            %2497 = vector.load %2[%2496] : memref<?xf32>, vector<8xf32>
            %2498 = vector.fma %2397, %2497, %2495 : vector<8xf32>
            %2499 = arith.addi %1776, %2477 : index
            %2500 = vector.load %2[%2499] : memref<?xf32>, vector<8xf32>
            %2501 = vector.fma %2400, %2500, %2498 : vector<8xf32>
            %2502 = arith.addi %1779, %2477 : index
            %2503 = vector.load %2[%2502] : memref<?xf32>, vector<8xf32>
            %2504 = vector.fma %2403, %2503, %2501 : vector<8xf32>
            vector.store %2504, %3[%2478] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.for %2505 = %1745 to %1751 step %10 {
          %2506 = arith.muli %2505, %1713 : index
          %2507 = arith.addi %1717, %2506 : index
          %2508 = arith.addi %2505, %21 : index
          %2509 = arith.muli %2508, %1713 : index
          %2510 = arith.addi %1717, %2509 : index
          %2511 = arith.addi %2505, %12 : index
          %2512 = arith.muli %2511, %1713 : index
          %2513 = arith.addi %1717, %2512 : index
          %2514 = arith.constant 3 : index
          %2515 = arith.addi %2505, %2514 : index
          %2516 = arith.muli %2515, %1713 : index
          %2517 = arith.addi %1717, %2516 : index
          %2518 = arith.constant 4 : index
          %2519 = arith.addi %2505, %2518 : index
          %2520 = arith.muli %2519, %1713 : index
          %2521 = arith.addi %1717, %2520 : index
          %2522 = arith.constant 5 : index
          %2523 = arith.addi %2505, %2522 : index
          %2524 = arith.muli %2523, %1713 : index
          %2525 = arith.addi %1717, %2524 : index
          %2526 = arith.constant 6 : index
          %2527 = arith.addi %2505, %2526 : index
          %2528 = arith.muli %2527, %1713 : index
          %2529 = arith.addi %1717, %2528 : index
          %2530 = arith.addi %2505, %8 : index
          %2531 = arith.muli %2530, %1713 : index
          %2532 = arith.addi %1717, %2531 : index
          %2533 = arith.divui %1709, %12 : index
          %2534 = arith.muli %2533, %12 : index
          scf.for %2535 = %20 to %2534 step %12 {
            %2536 = arith.divui %2535, %12 : index
            %2537 = arith.remui %2535, %12 : index
            %2538 = arith.addi %1706, %2536 : index
            %2539 = arith.muli %1705, %5 : index
            %2540 = arith.addi %2539, %2538 : index
            %2541 = arith.muli %2540, %2518 : index
            %2542 = arith.muli %1704, %12 : index
            %2543 = arith.addi %2542, %2537 : index
            %2544 = arith.addi %2541, %2543 : index
            %2545 = arith.muli %2544, %1715 : index
            %2546 = arith.addi %2535, %21 : index
            %2547 = arith.divui %2546, %12 : index
            %2548 = arith.remui %2546, %12 : index
            %2549 = arith.addi %1706, %2547 : index
            %2550 = arith.addi %2539, %2549 : index
            %2551 = arith.muli %2550, %2518 : index
            %2552 = arith.addi %2542, %2548 : index
            %2553 = arith.addi %2551, %2552 : index
            %2554 = arith.muli %2553, %1715 : index
            %2555 = vector.load %0[%2545] : memref<?xf32>, vector<8xf32>
            %2556 = vector.load %0[%2554] : memref<?xf32>, vector<8xf32>
            %2557 = vector.load %1[%2507] : memref<?xf32>, vector<8xf32>
            %2558 = arith.mulf %2555, %2557 : vector<8xf32>
            %2559 = arith.mulf %2556, %2557 : vector<8xf32>
            %2560 = vector.load %1[%2510] : memref<?xf32>, vector<8xf32>
            %2561 = arith.mulf %2555, %2560 : vector<8xf32>
            %2562 = arith.mulf %2556, %2560 : vector<8xf32>
            %2563 = vector.load %1[%2513] : memref<?xf32>, vector<8xf32>
            %2564 = arith.mulf %2555, %2563 : vector<8xf32>
            %2565 = arith.mulf %2556, %2563 : vector<8xf32>
            %2566 = vector.load %1[%2517] : memref<?xf32>, vector<8xf32>
            %2567 = arith.mulf %2555, %2566 : vector<8xf32>
            %2568 = arith.mulf %2556, %2566 : vector<8xf32>
            %2569 = vector.load %1[%2521] : memref<?xf32>, vector<8xf32>
            %2570 = arith.mulf %2555, %2569 : vector<8xf32>
            %2571 = arith.mulf %2556, %2569 : vector<8xf32>
            %2572 = vector.load %1[%2525] : memref<?xf32>, vector<8xf32>
            %2573 = arith.mulf %2555, %2572 : vector<8xf32>
            %2574 = arith.mulf %2556, %2572 : vector<8xf32>
            %2575 = vector.load %1[%2529] : memref<?xf32>, vector<8xf32>
            %2576 = arith.mulf %2555, %2575 : vector<8xf32>
            %2577 = arith.mulf %2556, %2575 : vector<8xf32>
            %2578 = vector.load %1[%2532] : memref<?xf32>, vector<8xf32>
            %2579 = arith.mulf %2555, %2578 : vector<8xf32>
            %2580 = arith.mulf %2556, %2578 : vector<8xf32>
            %2581 = arith.addi %2545, %10 : index
            %2582 = vector.load %0[%2581] : memref<?xf32>, vector<8xf32>
            %2583 = arith.addi %2554, %10 : index
            %2584 = vector.load %0[%2583] : memref<?xf32>, vector<8xf32>
            %2585 = arith.addi %2507, %10 : index
            %2586 = vector.load %1[%2585] : memref<?xf32>, vector<8xf32>
            %2587 = vector.fma %2582, %2586, %2558 : vector<8xf32>
            %2588 = vector.fma %2584, %2586, %2559 : vector<8xf32>
            %2589 = arith.addi %2510, %10 : index
            %2590 = vector.load %1[%2589] : memref<?xf32>, vector<8xf32>
            %2591 = vector.fma %2582, %2590, %2561 : vector<8xf32>
            %2592 = vector.fma %2584, %2590, %2562 : vector<8xf32>
            %2593 = arith.addi %2513, %10 : index
            %2594 = vector.load %1[%2593] : memref<?xf32>, vector<8xf32>
            %2595 = vector.fma %2582, %2594, %2564 : vector<8xf32>
            %2596 = vector.fma %2584, %2594, %2565 : vector<8xf32>
            %2597 = arith.addi %2517, %10 : index
            %2598 = vector.load %1[%2597] : memref<?xf32>, vector<8xf32>
            %2599 = vector.fma %2582, %2598, %2567 : vector<8xf32>
            %2600 = vector.fma %2584, %2598, %2568 : vector<8xf32>
            %2601 = arith.addi %2521, %10 : index
            %2602 = vector.load %1[%2601] : memref<?xf32>, vector<8xf32>
            %2603 = vector.fma %2582, %2602, %2570 : vector<8xf32>
            %2604 = vector.fma %2584, %2602, %2571 : vector<8xf32>
            %2605 = arith.addi %2525, %10 : index
            %2606 = vector.load %1[%2605] : memref<?xf32>, vector<8xf32>
            %2607 = vector.fma %2582, %2606, %2573 : vector<8xf32>
            %2608 = vector.fma %2584, %2606, %2574 : vector<8xf32>
            %2609 = arith.addi %2529, %10 : index
            %2610 = vector.load %1[%2609] : memref<?xf32>, vector<8xf32>
            %2611 = vector.fma %2582, %2610, %2576 : vector<8xf32>
            %2612 = vector.fma %2584, %2610, %2577 : vector<8xf32>
            %2613 = arith.addi %2532, %10 : index
            %2614 = vector.load %1[%2613] : memref<?xf32>, vector<8xf32>
            %2615 = vector.fma %2582, %2614, %2579 : vector<8xf32>
            %2616 = vector.fma %2584, %2614, %2580 : vector<8xf32>
            %2617 = arith.constant 16 : index
            %2618 = arith.addi %2545, %2617 : index
            %2619 = vector.load %0[%2618] : memref<?xf32>, vector<8xf32>
            %2620 = arith.addi %2554, %2617 : index
            %2621 = vector.load %0[%2620] : memref<?xf32>, vector<8xf32>
            %2622 = arith.addi %2507, %2617 : index
            %2623 = vector.load %1[%2622] : memref<?xf32>, vector<8xf32>
            %2624 = vector.fma %2619, %2623, %2587 : vector<8xf32>
            %2625 = vector.fma %2621, %2623, %2588 : vector<8xf32>
            %2626 = arith.addi %2510, %2617 : index
            %2627 = vector.load %1[%2626] : memref<?xf32>, vector<8xf32>
            %2628 = vector.fma %2619, %2627, %2591 : vector<8xf32>
            %2629 = vector.fma %2621, %2627, %2592 : vector<8xf32>
            %2630 = arith.addi %2513, %2617 : index
            %2631 = vector.load %1[%2630] : memref<?xf32>, vector<8xf32>
            %2632 = vector.fma %2619, %2631, %2595 : vector<8xf32>
            %2633 = vector.fma %2621, %2631, %2596 : vector<8xf32>
            %2634 = arith.addi %2517, %2617 : index
            %2635 = vector.load %1[%2634] : memref<?xf32>, vector<8xf32>
            %2636 = vector.fma %2619, %2635, %2599 : vector<8xf32>
            %2637 = vector.fma %2621, %2635, %2600 : vector<8xf32>
            %2638 = arith.addi %2521, %2617 : index
            %2639 = vector.load %1[%2638] : memref<?xf32>, vector<8xf32>
            %2640 = vector.fma %2619, %2639, %2603 : vector<8xf32>
            %2641 = vector.fma %2621, %2639, %2604 : vector<8xf32>
            %2642 = arith.addi %2525, %2617 : index
            %2643 = vector.load %1[%2642] : memref<?xf32>, vector<8xf32>
            %2644 = vector.fma %2619, %2643, %2607 : vector<8xf32>
            %2645 = vector.fma %2621, %2643, %2608 : vector<8xf32>
            %2646 = arith.addi %2529, %2617 : index
            %2647 = vector.load %1[%2646] : memref<?xf32>, vector<8xf32>
            %2648 = vector.fma %2619, %2647, %2611 : vector<8xf32>
            %2649 = vector.fma %2621, %2647, %2612 : vector<8xf32>
            %2650 = arith.addi %2532, %2617 : index
            %2651 = vector.load %1[%2650] : memref<?xf32>, vector<8xf32>
            %2652 = vector.fma %2619, %2651, %2615 : vector<8xf32>
            %2653 = vector.fma %2621, %2651, %2616 : vector<8xf32>
            %2654 = arith.constant 24 : index
            %2655 = arith.addi %2545, %2654 : index
            %2656 = vector.load %0[%2655] : memref<?xf32>, vector<8xf32>
            %2657 = arith.addi %2554, %2654 : index
            %2658 = vector.load %0[%2657] : memref<?xf32>, vector<8xf32>
            %2659 = arith.addi %2507, %2654 : index
            %2660 = vector.load %1[%2659] : memref<?xf32>, vector<8xf32>
            %2661 = vector.fma %2656, %2660, %2624 : vector<8xf32>
            %2662 = vector.fma %2658, %2660, %2625 : vector<8xf32>
            %2663 = arith.addi %2510, %2654 : index
            %2664 = vector.load %1[%2663] : memref<?xf32>, vector<8xf32>
            %2665 = vector.fma %2656, %2664, %2628 : vector<8xf32>
            %2666 = vector.fma %2658, %2664, %2629 : vector<8xf32>
            %2667 = arith.addi %2513, %2654 : index
            %2668 = vector.load %1[%2667] : memref<?xf32>, vector<8xf32>
            %2669 = vector.fma %2656, %2668, %2632 : vector<8xf32>
            %2670 = vector.fma %2658, %2668, %2633 : vector<8xf32>
            %2671 = arith.addi %2517, %2654 : index
            %2672 = vector.load %1[%2671] : memref<?xf32>, vector<8xf32>
            %2673 = vector.fma %2656, %2672, %2636 : vector<8xf32>
            %2674 = vector.fma %2658, %2672, %2637 : vector<8xf32>
            %2675 = arith.addi %2521, %2654 : index
            %2676 = vector.load %1[%2675] : memref<?xf32>, vector<8xf32>
            %2677 = vector.fma %2656, %2676, %2640 : vector<8xf32>
            %2678 = vector.fma %2658, %2676, %2641 : vector<8xf32>
            %2679 = arith.addi %2525, %2654 : index
            %2680 = vector.load %1[%2679] : memref<?xf32>, vector<8xf32>
            %2681 = vector.fma %2656, %2680, %2644 : vector<8xf32>
            %2682 = vector.fma %2658, %2680, %2645 : vector<8xf32>
            %2683 = arith.addi %2529, %2654 : index
            %2684 = vector.load %1[%2683] : memref<?xf32>, vector<8xf32>
            %2685 = vector.fma %2656, %2684, %2648 : vector<8xf32>
            %2686 = vector.fma %2658, %2684, %2649 : vector<8xf32>
            %2687 = arith.addi %2532, %2654 : index
            %2688 = vector.load %1[%2687] : memref<?xf32>, vector<8xf32>
            %2689 = vector.fma %2656, %2688, %2652 : vector<8xf32>
            %2690 = vector.fma %2658, %2688, %2653 : vector<8xf32>
            %2691 = vector.shuffle %2661, %2665 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2692 = vector.shuffle %2661, %2665 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2693 = arith.addf %2691, %2692 : vector<8xf32>
            %2694 = vector.shuffle %2669, %2673 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2695 = vector.shuffle %2669, %2673 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2696 = arith.addf %2694, %2695 : vector<8xf32>
            %2697 = vector.shuffle %2677, %2681 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2698 = vector.shuffle %2677, %2681 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2699 = arith.addf %2697, %2698 : vector<8xf32>
            %2700 = vector.shuffle %2685, %2689 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2701 = vector.shuffle %2685, %2689 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2702 = arith.addf %2700, %2701 : vector<8xf32>
            %2703 = vector.shuffle %2693, %2696 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2704 = vector.shuffle %2693, %2696 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2705 = arith.addf %2703, %2704 : vector<8xf32>
            %2706 = vector.shuffle %2699, %2702 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2707 = vector.shuffle %2699, %2702 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2708 = arith.addf %2706, %2707 : vector<8xf32>
            %2709 = vector.shuffle %2705, %2708 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %2710 = vector.shuffle %2705, %2708 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %2711 = arith.addf %2709, %2710 : vector<8xf32>
            %2712 = arith.mulf %2711, %1721 : vector<8xf32>
            %2713 = arith.muli %2535, %10 : index
            vector.store %2712, %1711[%2713] : memref<128xf32>, vector<8xf32>
            %2714 = vector.shuffle %2662, %2666 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2715 = vector.shuffle %2662, %2666 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2716 = arith.addf %2714, %2715 : vector<8xf32>
            %2717 = vector.shuffle %2670, %2674 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2718 = vector.shuffle %2670, %2674 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2719 = arith.addf %2717, %2718 : vector<8xf32>
            %2720 = vector.shuffle %2678, %2682 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2721 = vector.shuffle %2678, %2682 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2722 = arith.addf %2720, %2721 : vector<8xf32>
            %2723 = vector.shuffle %2686, %2690 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2724 = vector.shuffle %2686, %2690 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2725 = arith.addf %2723, %2724 : vector<8xf32>
            %2726 = vector.shuffle %2716, %2719 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2727 = vector.shuffle %2716, %2719 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2728 = arith.addf %2726, %2727 : vector<8xf32>
            %2729 = vector.shuffle %2722, %2725 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2730 = vector.shuffle %2722, %2725 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2731 = arith.addf %2729, %2730 : vector<8xf32>
            %2732 = vector.shuffle %2728, %2731 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %2733 = vector.shuffle %2728, %2731 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %2734 = arith.addf %2732, %2733 : vector<8xf32>
            %2735 = arith.mulf %2734, %1721 : vector<8xf32>
            %2736 = arith.muli %2546, %10 : index
            vector.store %2735, %1711[%2736] : memref<128xf32>, vector<8xf32>
          }
          scf.for %2737 = %2534 to %1709 step %21 {
            %2738 = arith.divui %2737, %12 : index
            %2739 = arith.remui %2737, %12 : index
            %2740 = arith.addi %1706, %2738 : index
            %2741 = arith.muli %1705, %5 : index
            %2742 = arith.addi %2741, %2740 : index
            %2743 = arith.muli %2742, %2518 : index
            %2744 = arith.muli %1704, %12 : index
            %2745 = arith.addi %2744, %2739 : index
            %2746 = arith.addi %2743, %2745 : index
            %2747 = arith.muli %2746, %1715 : index
            %2748 = vector.load %0[%2747] : memref<?xf32>, vector<8xf32>
            %2749 = vector.load %1[%2507] : memref<?xf32>, vector<8xf32>
            %2750 = arith.mulf %2748, %2749 : vector<8xf32>
            %2751 = vector.load %1[%2510] : memref<?xf32>, vector<8xf32>
            %2752 = arith.mulf %2748, %2751 : vector<8xf32>
            %2753 = vector.load %1[%2513] : memref<?xf32>, vector<8xf32>
            %2754 = arith.mulf %2748, %2753 : vector<8xf32>
            %2755 = vector.load %1[%2517] : memref<?xf32>, vector<8xf32>
            %2756 = arith.mulf %2748, %2755 : vector<8xf32>
            %2757 = vector.load %1[%2521] : memref<?xf32>, vector<8xf32>
            %2758 = arith.mulf %2748, %2757 : vector<8xf32>
            %2759 = vector.load %1[%2525] : memref<?xf32>, vector<8xf32>
            %2760 = arith.mulf %2748, %2759 : vector<8xf32>
            %2761 = vector.load %1[%2529] : memref<?xf32>, vector<8xf32>
            %2762 = arith.mulf %2748, %2761 : vector<8xf32>
            %2763 = vector.load %1[%2532] : memref<?xf32>, vector<8xf32>
            %2764 = arith.mulf %2748, %2763 : vector<8xf32>
            %2765 = arith.addi %2747, %10 : index
            %2766 = vector.load %0[%2765] : memref<?xf32>, vector<8xf32>
            %2767 = arith.addi %2507, %10 : index
            %2768 = vector.load %1[%2767] : memref<?xf32>, vector<8xf32>
            %2769 = vector.fma %2766, %2768, %2750 : vector<8xf32>
            %2770 = arith.addi %2510, %10 : index
            %2771 = vector.load %1[%2770] : memref<?xf32>, vector<8xf32>
            %2772 = vector.fma %2766, %2771, %2752 : vector<8xf32>
            %2773 = arith.addi %2513, %10 : index
            %2774 = vector.load %1[%2773] : memref<?xf32>, vector<8xf32>
            %2775 = vector.fma %2766, %2774, %2754 : vector<8xf32>
            %2776 = arith.addi %2517, %10 : index
            %2777 = vector.load %1[%2776] : memref<?xf32>, vector<8xf32>
            %2778 = vector.fma %2766, %2777, %2756 : vector<8xf32>
            %2779 = arith.addi %2521, %10 : index
            %2780 = vector.load %1[%2779] : memref<?xf32>, vector<8xf32>
            %2781 = vector.fma %2766, %2780, %2758 : vector<8xf32>
            %2782 = arith.addi %2525, %10 : index
            %2783 = vector.load %1[%2782] : memref<?xf32>, vector<8xf32>
            %2784 = vector.fma %2766, %2783, %2760 : vector<8xf32>
            %2785 = arith.addi %2529, %10 : index
            %2786 = vector.load %1[%2785] : memref<?xf32>, vector<8xf32>
            %2787 = vector.fma %2766, %2786, %2762 : vector<8xf32>
            %2788 = arith.addi %2532, %10 : index
            %2789 = vector.load %1[%2788] : memref<?xf32>, vector<8xf32>
            %2790 = vector.fma %2766, %2789, %2764 : vector<8xf32>
            %2791 = arith.constant 16 : index
            %2792 = arith.addi %2747, %2791 : index
            %2793 = vector.load %0[%2792] : memref<?xf32>, vector<8xf32>
            %2794 = arith.addi %2507, %2791 : index
            %2795 = vector.load %1[%2794] : memref<?xf32>, vector<8xf32>
            %2796 = vector.fma %2793, %2795, %2769 : vector<8xf32>
            %2797 = arith.addi %2510, %2791 : index
            %2798 = vector.load %1[%2797] : memref<?xf32>, vector<8xf32>
            %2799 = vector.fma %2793, %2798, %2772 : vector<8xf32>
            %2800 = arith.addi %2513, %2791 : index
            %2801 = vector.load %1[%2800] : memref<?xf32>, vector<8xf32>
            %2802 = vector.fma %2793, %2801, %2775 : vector<8xf32>
            %2803 = arith.addi %2517, %2791 : index
            %2804 = vector.load %1[%2803] : memref<?xf32>, vector<8xf32>
            %2805 = vector.fma %2793, %2804, %2778 : vector<8xf32>
            %2806 = arith.addi %2521, %2791 : index
            %2807 = vector.load %1[%2806] : memref<?xf32>, vector<8xf32>
            %2808 = vector.fma %2793, %2807, %2781 : vector<8xf32>
            %2809 = arith.addi %2525, %2791 : index
            %2810 = vector.load %1[%2809] : memref<?xf32>, vector<8xf32>
            %2811 = vector.fma %2793, %2810, %2784 : vector<8xf32>
            %2812 = arith.addi %2529, %2791 : index
            %2813 = vector.load %1[%2812] : memref<?xf32>, vector<8xf32>
            %2814 = vector.fma %2793, %2813, %2787 : vector<8xf32>
            %2815 = arith.addi %2532, %2791 : index
            %2816 = vector.load %1[%2815] : memref<?xf32>, vector<8xf32>
            %2817 = vector.fma %2793, %2816, %2790 : vector<8xf32>
            %2818 = arith.constant 24 : index
            %2819 = arith.addi %2747, %2818 : index
            %2820 = vector.load %0[%2819] : memref<?xf32>, vector<8xf32>
            %2821 = arith.addi %2507, %2818 : index
            %2822 = vector.load %1[%2821] : memref<?xf32>, vector<8xf32>
            %2823 = vector.fma %2820, %2822, %2796 : vector<8xf32>
            %2824 = arith.addi %2510, %2818 : index
            %2825 = vector.load %1[%2824] : memref<?xf32>, vector<8xf32>
            %2826 = vector.fma %2820, %2825, %2799 : vector<8xf32>
            %2827 = arith.addi %2513, %2818 : index
            %2828 = vector.load %1[%2827] : memref<?xf32>, vector<8xf32>
            %2829 = vector.fma %2820, %2828, %2802 : vector<8xf32>
            %2830 = arith.addi %2517, %2818 : index
            %2831 = vector.load %1[%2830] : memref<?xf32>, vector<8xf32>
            %2832 = vector.fma %2820, %2831, %2805 : vector<8xf32>
            %2833 = arith.addi %2521, %2818 : index
            %2834 = vector.load %1[%2833] : memref<?xf32>, vector<8xf32>
            %2835 = vector.fma %2820, %2834, %2808 : vector<8xf32>
            %2836 = arith.addi %2525, %2818 : index
            %2837 = vector.load %1[%2836] : memref<?xf32>, vector<8xf32>
            %2838 = vector.fma %2820, %2837, %2811 : vector<8xf32>
            %2839 = arith.addi %2529, %2818 : index
            %2840 = vector.load %1[%2839] : memref<?xf32>, vector<8xf32>
            %2841 = vector.fma %2820, %2840, %2814 : vector<8xf32>
            %2842 = arith.addi %2532, %2818 : index
            %2843 = vector.load %1[%2842] : memref<?xf32>, vector<8xf32>
            %2844 = vector.fma %2820, %2843, %2817 : vector<8xf32>
            %2845 = vector.shuffle %2823, %2826 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2846 = vector.shuffle %2823, %2826 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2847 = arith.addf %2845, %2846 : vector<8xf32>
            %2848 = vector.shuffle %2829, %2832 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2849 = vector.shuffle %2829, %2832 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2850 = arith.addf %2848, %2849 : vector<8xf32>
            %2851 = vector.shuffle %2835, %2838 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2852 = vector.shuffle %2835, %2838 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2853 = arith.addf %2851, %2852 : vector<8xf32>
            %2854 = vector.shuffle %2841, %2844 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2855 = vector.shuffle %2841, %2844 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2856 = arith.addf %2854, %2855 : vector<8xf32>
            %2857 = vector.shuffle %2847, %2850 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2858 = vector.shuffle %2847, %2850 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2859 = arith.addf %2857, %2858 : vector<8xf32>
            %2860 = vector.shuffle %2853, %2856 [0, 2, 8, 10, 4, 6, 12, 14] : vector<8xf32>, vector<8xf32>
            %2861 = vector.shuffle %2853, %2856 [1, 3, 9, 11, 5, 7, 13, 15] : vector<8xf32>, vector<8xf32>
            %2862 = arith.addf %2860, %2861 : vector<8xf32>
            %2863 = vector.shuffle %2859, %2862 [0, 1, 2, 3, 8, 9, 10, 11] : vector<8xf32>, vector<8xf32>
            %2864 = vector.shuffle %2859, %2862 [4, 5, 6, 7, 12, 13, 14, 15] : vector<8xf32>, vector<8xf32>
            %2865 = arith.addf %2863, %2864 : vector<8xf32>
            %2866 = arith.mulf %2865, %1721 : vector<8xf32>
            %2867 = arith.muli %2737, %10 : index
            vector.store %2866, %1711[%2867] : memref<128xf32>, vector<8xf32>
          }
          scf.for %2868 = %20 to %1709 step %21 {
            %2869 = arith.muli %2868, %10 : index
            %2870 = vector.load %1711[%2869] : memref<128xf32>, vector<8xf32>
            %2871 = arith.divui %2868, %12 : index
            %2872 = arith.remui %2868, %12 : index
            %2873 = arith.addi %1706, %2871 : index
            %2874 = arith.muli %1705, %5 : index
            %2875 = arith.addi %2874, %2873 : index
            %2876 = arith.muli %2875, %2518 : index
            %2877 = arith.muli %1704, %12 : index
            %2878 = arith.addi %2877, %2872 : index
            %2879 = arith.addi %2876, %2878 : index
            %2880 = arith.addi %15, %2873 : index
            %2881 = arith.addi %2880, %21 : index
            %2882 = arith.subi %2881, %2505 : index
            %2883 = arith.index_cast %2882 : index to i64
            %2884 = arith.sitofp %2883 : i64 to f32
            %2885 = vector.broadcast %2884 : f32 to vector<8xf32>
            %2886 = arith.cmpf olt, %1722, %2885 : vector<8xf32>
            %2887 = arith.constant -1.000000e+30 : f32
            %2888 = vector.broadcast %2887 : f32 to vector<8xf32>
            %2889 = arith.select %2886, %2870, %2888 : vector<8xf32>
            %2890 = memref.load %1710[%2868] : memref<48xf32>
            %2891 = vector.reduction <maxnumf>, %2889 : vector<8xf32> into f32
            %2892 = arith.cmpf ogt, %2890, %2891 : f32
            %2893 = arith.select %2892, %2890, %2891 : f32
            %2894 = vector.broadcast %2893 : f32 to vector<8xf32>
            %2895 = arith.subf %2889, %2894 : vector<8xf32>
            %2896 = arith.constant -8.700000e+01 : f32
            %2897 = vector.broadcast %2896 : f32 to vector<8xf32>
            %2898 = arith.cmpf ogt, %2895, %2897 : vector<8xf32>
            %2899 = arith.select %2898, %2895, %2897 : vector<8xf32>
            %2900 = arith.constant 8.800000e+01 : f32
            %2901 = vector.broadcast %2900 : f32 to vector<8xf32>
            %2902 = arith.cmpf olt, %2899, %2901 : vector<8xf32>
            %2903 = arith.select %2902, %2899, %2901 : vector<8xf32>
            %2904 = math.exp %2903 : vector<8xf32>
            %2905 = arith.select %2886, %2904, %1719 : vector<8xf32>
            %2906 = arith.subf %2890, %2893 : f32
            %2907 = vector.broadcast %2906 : f32 to vector<8xf32>
            %2908 = arith.cmpf ogt, %2907, %2897 : vector<8xf32>
            %2909 = arith.select %2908, %2907, %2897 : vector<8xf32>
            %2910 = arith.cmpf olt, %2909, %2901 : vector<8xf32>
            %2911 = arith.select %2910, %2909, %2901 : vector<8xf32>
            %2912 = math.exp %2911 : vector<8xf32>
            %2913 = vector.extract %2912[0] : f32 from vector<8xf32>
            vector.store %2905, %1711[%2869] : memref<128xf32>, vector<8xf32>
            memref.store %2893, %1710[%2868] : memref<48xf32>
            %2914 = arith.constant 16 : index
            %2915 = arith.addi %2868, %2914 : index
            %2916 = memref.load %1710[%2915] : memref<48xf32>
            %2917 = arith.mulf %2916, %2913 : f32
            %2918 = vector.reduction <add>, %2905 : vector<8xf32> into f32
            %2919 = arith.addf %2917, %2918 : f32
            memref.store %2919, %1710[%2915] : memref<48xf32>
            %2920 = arith.addi %2868, %1715 : index
            memref.store %2913, %1710[%2920] : memref<48xf32>
          }
          scf.for %2921 = %20 to %2534 step %12 {
            %2922 = arith.addi %2921, %21 : index
            %2923 = arith.divui %2921, %12 : index
            %2924 = arith.remui %2921, %12 : index
            %2925 = arith.addi %1706, %2923 : index
            %2926 = arith.muli %1705, %5 : index
            %2927 = arith.addi %2926, %2925 : index
            %2928 = arith.muli %2927, %2518 : index
            %2929 = arith.muli %1704, %12 : index
            %2930 = arith.addi %2929, %2924 : index
            %2931 = arith.addi %2928, %2930 : index
            %2932 = arith.muli %2931, %1715 : index
            %2933 = arith.divui %2922, %12 : index
            %2934 = arith.remui %2922, %12 : index
            %2935 = arith.addi %1706, %2933 : index
            %2936 = arith.addi %2926, %2935 : index
            %2937 = arith.muli %2936, %2518 : index
            %2938 = arith.addi %2929, %2934 : index
            %2939 = arith.addi %2937, %2938 : index
            %2940 = arith.muli %2939, %1715 : index
            %2941 = arith.addi %2921, %1715 : index
            %2942 = memref.load %1710[%2941] : memref<48xf32>
            %2943 = vector.broadcast %2942 : f32 to vector<8xf32>
            %2944 = arith.addi %2922, %1715 : index
            %2945 = memref.load %1710[%2944] : memref<48xf32>
            %2946 = vector.broadcast %2945 : f32 to vector<8xf32>
            %2947 = arith.muli %2921, %10 : index
            %2948 = memref.load %1711[%2947] : memref<128xf32>
            %2949 = vector.broadcast %2948 : f32 to vector<8xf32>
            %2950 = arith.addi %2947, %21 : index
            %2951 = memref.load %1711[%2950] : memref<128xf32>
            %2952 = vector.broadcast %2951 : f32 to vector<8xf32>
            %2953 = arith.addi %2947, %12 : index
            %2954 = memref.load %1711[%2953] : memref<128xf32>
            %2955 = vector.broadcast %2954 : f32 to vector<8xf32>
            %2956 = arith.addi %2947, %2514 : index
            %2957 = memref.load %1711[%2956] : memref<128xf32>
            %2958 = vector.broadcast %2957 : f32 to vector<8xf32>
            %2959 = arith.addi %2947, %2518 : index
            %2960 = memref.load %1711[%2959] : memref<128xf32>
            %2961 = vector.broadcast %2960 : f32 to vector<8xf32>
            %2962 = arith.addi %2947, %2522 : index
            %2963 = memref.load %1711[%2962] : memref<128xf32>
            %2964 = vector.broadcast %2963 : f32 to vector<8xf32>
            %2965 = arith.addi %2947, %2526 : index
            %2966 = memref.load %1711[%2965] : memref<128xf32>
            %2967 = vector.broadcast %2966 : f32 to vector<8xf32>
            %2968 = arith.addi %2947, %8 : index
            %2969 = memref.load %1711[%2968] : memref<128xf32>
            %2970 = vector.broadcast %2969 : f32 to vector<8xf32>
            %2971 = arith.muli %2922, %10 : index
            %2972 = memref.load %1711[%2971] : memref<128xf32>
            %2973 = vector.broadcast %2972 : f32 to vector<8xf32>
            %2974 = arith.addi %2971, %21 : index
            %2975 = memref.load %1711[%2974] : memref<128xf32>
            %2976 = vector.broadcast %2975 : f32 to vector<8xf32>
            %2977 = arith.addi %2971, %12 : index
            %2978 = memref.load %1711[%2977] : memref<128xf32>
            %2979 = vector.broadcast %2978 : f32 to vector<8xf32>
            %2980 = arith.addi %2971, %2514 : index
            %2981 = memref.load %1711[%2980] : memref<128xf32>
            %2982 = vector.broadcast %2981 : f32 to vector<8xf32>
            %2983 = arith.addi %2971, %2518 : index
            %2984 = memref.load %1711[%2983] : memref<128xf32>
            %2985 = vector.broadcast %2984 : f32 to vector<8xf32>
            %2986 = arith.addi %2971, %2522 : index
            %2987 = memref.load %1711[%2986] : memref<128xf32>
            %2988 = vector.broadcast %2987 : f32 to vector<8xf32>
            %2989 = arith.addi %2971, %2526 : index
            %2990 = memref.load %1711[%2989] : memref<128xf32>
            %2991 = vector.broadcast %2990 : f32 to vector<8xf32>
            %2992 = arith.addi %2971, %8 : index
            %2993 = memref.load %1711[%2992] : memref<128xf32>
            %2994 = vector.broadcast %2993 : f32 to vector<8xf32>
            %2995 = vector.load %3[%2932] : memref<?xf32>, vector<8xf32>
            %2996 = arith.mulf %2995, %2943 : vector<8xf32>
            %2997 = vector.load %3[%2940] : memref<?xf32>, vector<8xf32>
            %2998 = arith.mulf %2997, %2946 : vector<8xf32>
            %2999 = vector.load %2[%2507] : memref<?xf32>, vector<8xf32>
            %3000 = vector.fma %2949, %2999, %2996 : vector<8xf32>
            %3001 = vector.fma %2973, %2999, %2998 : vector<8xf32>
            %3002 = vector.load %2[%2510] : memref<?xf32>, vector<8xf32>
            %3003 = vector.fma %2952, %3002, %3000 : vector<8xf32>
            %3004 = vector.fma %2976, %3002, %3001 : vector<8xf32>
            %3005 = vector.load %2[%2513] : memref<?xf32>, vector<8xf32>
            %3006 = vector.fma %2955, %3005, %3003 : vector<8xf32>
            %3007 = vector.fma %2979, %3005, %3004 : vector<8xf32>
            %3008 = vector.load %2[%2517] : memref<?xf32>, vector<8xf32>
            %3009 = vector.fma %2958, %3008, %3006 : vector<8xf32>
            %3010 = vector.fma %2982, %3008, %3007 : vector<8xf32>
            %3011 = vector.load %2[%2521] : memref<?xf32>, vector<8xf32>
            %3012 = vector.fma %2961, %3011, %3009 : vector<8xf32>
            %3013 = vector.fma %2985, %3011, %3010 : vector<8xf32>
            %3014 = vector.load %2[%2525] : memref<?xf32>, vector<8xf32>
            %3015 = vector.fma %2964, %3014, %3012 : vector<8xf32>
            %3016 = vector.fma %2988, %3014, %3013 : vector<8xf32>
            %3017 = vector.load %2[%2529] : memref<?xf32>, vector<8xf32>
            %3018 = vector.fma %2967, %3017, %3015 : vector<8xf32>
            %3019 = vector.fma %2991, %3017, %3016 : vector<8xf32>
            %3020 = vector.load %2[%2532] : memref<?xf32>, vector<8xf32>
            %3021 = vector.fma %2970, %3020, %3018 : vector<8xf32>
            %3022 = vector.fma %2994, %3020, %3019 : vector<8xf32>
            vector.store %3021, %3[%2932] : memref<?xf32>, vector<8xf32>
            vector.store %3022, %3[%2940] : memref<?xf32>, vector<8xf32>
            %3023 = arith.addi %2932, %10 : index
            %3024 = arith.addi %2940, %10 : index
            %3025 = vector.load %3[%3023] : memref<?xf32>, vector<8xf32>
            %3026 = arith.mulf %3025, %2943 : vector<8xf32>
            %3027 = vector.load %3[%3024] : memref<?xf32>, vector<8xf32>
            %3028 = arith.mulf %3027, %2946 : vector<8xf32>
            %3029 = arith.addi %2507, %10 : index
            %3030 = vector.load %2[%3029] : memref<?xf32>, vector<8xf32>
            %3031 = vector.fma %2949, %3030, %3026 : vector<8xf32>
            %3032 = vector.fma %2973, %3030, %3028 : vector<8xf32>
            %3033 = arith.addi %2510, %10 : index
            %3034 = vector.load %2[%3033] : memref<?xf32>, vector<8xf32>
            %3035 = vector.fma %2952, %3034, %3031 : vector<8xf32>
            %3036 = vector.fma %2976, %3034, %3032 : vector<8xf32>
            %3037 = arith.addi %2513, %10 : index
            %3038 = vector.load %2[%3037] : memref<?xf32>, vector<8xf32>
            %3039 = vector.fma %2955, %3038, %3035 : vector<8xf32>
            %3040 = vector.fma %2979, %3038, %3036 : vector<8xf32>
            %3041 = arith.addi %2517, %10 : index
            %3042 = vector.load %2[%3041] : memref<?xf32>, vector<8xf32>
            %3043 = vector.fma %2958, %3042, %3039 : vector<8xf32>
            %3044 = vector.fma %2982, %3042, %3040 : vector<8xf32>
            %3045 = arith.addi %2521, %10 : index
            %3046 = vector.load %2[%3045] : memref<?xf32>, vector<8xf32>
            %3047 = vector.fma %2961, %3046, %3043 : vector<8xf32>
            %3048 = vector.fma %2985, %3046, %3044 : vector<8xf32>
            %3049 = arith.addi %2525, %10 : index
            %3050 = vector.load %2[%3049] : memref<?xf32>, vector<8xf32>
            %3051 = vector.fma %2964, %3050, %3047 : vector<8xf32>
            %3052 = vector.fma %2988, %3050, %3048 : vector<8xf32>
            %3053 = arith.addi %2529, %10 : index
            %3054 = vector.load %2[%3053] : memref<?xf32>, vector<8xf32>
            %3055 = vector.fma %2967, %3054, %3051 : vector<8xf32>
            %3056 = vector.fma %2991, %3054, %3052 : vector<8xf32>
            %3057 = arith.addi %2532, %10 : index
            %3058 = vector.load %2[%3057] : memref<?xf32>, vector<8xf32>
            %3059 = vector.fma %2970, %3058, %3055 : vector<8xf32>
            %3060 = vector.fma %2994, %3058, %3056 : vector<8xf32>
            vector.store %3059, %3[%3023] : memref<?xf32>, vector<8xf32>
            vector.store %3060, %3[%3024] : memref<?xf32>, vector<8xf32>
            %3061 = arith.constant 16 : index
            %3062 = arith.addi %2932, %3061 : index
            %3063 = arith.addi %2940, %3061 : index
            %3064 = vector.load %3[%3062] : memref<?xf32>, vector<8xf32>
            %3065 = arith.mulf %3064, %2943 : vector<8xf32>
            %3066 = vector.load %3[%3063] : memref<?xf32>, vector<8xf32>
            %3067 = arith.mulf %3066, %2946 : vector<8xf32>
            %3068 = arith.addi %2507, %3061 : index
            %3069 = vector.load %2[%3068] : memref<?xf32>, vector<8xf32>
            %3070 = vector.fma %2949, %3069, %3065 : vector<8xf32>
            %3071 = vector.fma %2973, %3069, %3067 : vector<8xf32>
            %3072 = arith.addi %2510, %3061 : index
            %3073 = vector.load %2[%3072] : memref<?xf32>, vector<8xf32>
            %3074 = vector.fma %2952, %3073, %3070 : vector<8xf32>
            %3075 = vector.fma %2976, %3073, %3071 : vector<8xf32>
            %3076 = arith.addi %2513, %3061 : index
            %3077 = vector.load %2[%3076] : memref<?xf32>, vector<8xf32>
            %3078 = vector.fma %2955, %3077, %3074 : vector<8xf32>
            %3079 = vector.fma %2979, %3077, %3075 : vector<8xf32>
            %3080 = arith.addi %2517, %3061 : index
            %3081 = vector.load %2[%3080] : memref<?xf32>, vector<8xf32>
            %3082 = vector.fma %2958, %3081, %3078 : vector<8xf32>
            %3083 = vector.fma %2982, %3081, %3079 : vector<8xf32>
            %3084 = arith.addi %2521, %3061 : index
            %3085 = vector.load %2[%3084] : memref<?xf32>, vector<8xf32>
            %3086 = vector.fma %2961, %3085, %3082 : vector<8xf32>
            %3087 = vector.fma %2985, %3085, %3083 : vector<8xf32>
            %3088 = arith.addi %2525, %3061 : index
            %3089 = vector.load %2[%3088] : memref<?xf32>, vector<8xf32>
            %3090 = vector.fma %2964, %3089, %3086 : vector<8xf32>
            %3091 = vector.fma %2988, %3089, %3087 : vector<8xf32>
            %3092 = arith.addi %2529, %3061 : index
            %3093 = vector.load %2[%3092] : memref<?xf32>, vector<8xf32>
            %3094 = vector.fma %2967, %3093, %3090 : vector<8xf32>
            %3095 = vector.fma %2991, %3093, %3091 : vector<8xf32>
            %3096 = arith.addi %2532, %3061 : index
            %3097 = vector.load %2[%3096] : memref<?xf32>, vector<8xf32>
            %3098 = vector.fma %2970, %3097, %3094 : vector<8xf32>
            %3099 = vector.fma %2994, %3097, %3095 : vector<8xf32>
            vector.store %3098, %3[%3062] : memref<?xf32>, vector<8xf32>
            vector.store %3099, %3[%3063] : memref<?xf32>, vector<8xf32>
            %3100 = arith.constant 24 : index
            %3101 = arith.addi %2932, %3100 : index
            %3102 = arith.addi %2940, %3100 : index
            %3103 = vector.load %3[%3101] : memref<?xf32>, vector<8xf32>
            %3104 = arith.mulf %3103, %2943 : vector<8xf32>
            %3105 = vector.load %3[%3102] : memref<?xf32>, vector<8xf32>
            %3106 = arith.mulf %3105, %2946 : vector<8xf32>
            %3107 = arith.addi %2507, %3100 : index
            %3108 = vector.load %2[%3107] : memref<?xf32>, vector<8xf32>
            %3109 = vector.fma %2949, %3108, %3104 : vector<8xf32>
            %3110 = vector.fma %2973, %3108, %3106 : vector<8xf32>
            %3111 = arith.addi %2510, %3100 : index
            %3112 = vector.load %2[%3111] : memref<?xf32>, vector<8xf32>
            %3113 = vector.fma %2952, %3112, %3109 : vector<8xf32>
            %3114 = vector.fma %2976, %3112, %3110 : vector<8xf32>
            %3115 = arith.addi %2513, %3100 : index
            %3116 = vector.load %2[%3115] : memref<?xf32>, vector<8xf32>
            %3117 = vector.fma %2955, %3116, %3113 : vector<8xf32>
            %3118 = vector.fma %2979, %3116, %3114 : vector<8xf32>
            %3119 = arith.addi %2517, %3100 : index
            %3120 = vector.load %2[%3119] : memref<?xf32>, vector<8xf32>
            %3121 = vector.fma %2958, %3120, %3117 : vector<8xf32>
            %3122 = vector.fma %2982, %3120, %3118 : vector<8xf32>
            %3123 = arith.addi %2521, %3100 : index
            %3124 = vector.load %2[%3123] : memref<?xf32>, vector<8xf32>
            %3125 = vector.fma %2961, %3124, %3121 : vector<8xf32>
            %3126 = vector.fma %2985, %3124, %3122 : vector<8xf32>
            %3127 = arith.addi %2525, %3100 : index
            %3128 = vector.load %2[%3127] : memref<?xf32>, vector<8xf32>
            %3129 = vector.fma %2964, %3128, %3125 : vector<8xf32>
            %3130 = vector.fma %2988, %3128, %3126 : vector<8xf32>
            %3131 = arith.addi %2529, %3100 : index
            %3132 = vector.load %2[%3131] : memref<?xf32>, vector<8xf32>
            %3133 = vector.fma %2967, %3132, %3129 : vector<8xf32>
            %3134 = vector.fma %2991, %3132, %3130 : vector<8xf32>
            %3135 = arith.addi %2532, %3100 : index
            %3136 = vector.load %2[%3135] : memref<?xf32>, vector<8xf32>
            %3137 = vector.fma %2970, %3136, %3133 : vector<8xf32>
            %3138 = vector.fma %2994, %3136, %3134 : vector<8xf32>
            vector.store %3137, %3[%3101] : memref<?xf32>, vector<8xf32>
            vector.store %3138, %3[%3102] : memref<?xf32>, vector<8xf32>
          }
          scf.for %3139 = %2534 to %1709 step %21 {
            %3140 = arith.divui %3139, %12 : index
            %3141 = arith.remui %3139, %12 : index
            %3142 = arith.addi %1706, %3140 : index
            %3143 = arith.muli %1705, %5 : index
            %3144 = arith.addi %3143, %3142 : index
            %3145 = arith.muli %3144, %2518 : index
            %3146 = arith.muli %1704, %12 : index
            %3147 = arith.addi %3146, %3141 : index
            %3148 = arith.addi %3145, %3147 : index
            %3149 = arith.muli %3148, %1715 : index
            %3150 = arith.addi %3139, %1715 : index
            %3151 = memref.load %1710[%3150] : memref<48xf32>
            %3152 = vector.broadcast %3151 : f32 to vector<8xf32>
            %3153 = arith.muli %3139, %10 : index
            %3154 = memref.load %1711[%3153] : memref<128xf32>
            %3155 = vector.broadcast %3154 : f32 to vector<8xf32>
            %3156 = arith.addi %3153, %21 : index
            %3157 = memref.load %1711[%3156] : memref<128xf32>
            %3158 = vector.broadcast %3157 : f32 to vector<8xf32>
            %3159 = arith.addi %3153, %12 : index
            %3160 = memref.load %1711[%3159] : memref<128xf32>
            %3161 = vector.broadcast %3160 : f32 to vector<8xf32>
            %3162 = arith.addi %3153, %2514 : index
            %3163 = memref.load %1711[%3162] : memref<128xf32>
            %3164 = vector.broadcast %3163 : f32 to vector<8xf32>
            %3165 = arith.addi %3153, %2518 : index
            %3166 = memref.load %1711[%3165] : memref<128xf32>
            %3167 = vector.broadcast %3166 : f32 to vector<8xf32>
            %3168 = arith.addi %3153, %2522 : index
            %3169 = memref.load %1711[%3168] : memref<128xf32>
            %3170 = vector.broadcast %3169 : f32 to vector<8xf32>
            %3171 = arith.addi %3153, %2526 : index
            %3172 = memref.load %1711[%3171] : memref<128xf32>
            %3173 = vector.broadcast %3172 : f32 to vector<8xf32>
            %3174 = arith.addi %3153, %8 : index
            %3175 = memref.load %1711[%3174] : memref<128xf32>
            %3176 = vector.broadcast %3175 : f32 to vector<8xf32>
            %3177 = vector.load %3[%3149] : memref<?xf32>, vector<8xf32>
            %3178 = arith.mulf %3177, %3152 : vector<8xf32>
            %3179 = vector.load %2[%2507] : memref<?xf32>, vector<8xf32>
            %3180 = vector.fma %3155, %3179, %3178 : vector<8xf32>
            %3181 = vector.load %2[%2510] : memref<?xf32>, vector<8xf32>
            %3182 = vector.fma %3158, %3181, %3180 : vector<8xf32>
            %3183 = vector.load %2[%2513] : memref<?xf32>, vector<8xf32>
            %3184 = vector.fma %3161, %3183, %3182 : vector<8xf32>
            %3185 = vector.load %2[%2517] : memref<?xf32>, vector<8xf32>
            %3186 = vector.fma %3164, %3185, %3184 : vector<8xf32>
            %3187 = vector.load %2[%2521] : memref<?xf32>, vector<8xf32>
            %3188 = vector.fma %3167, %3187, %3186 : vector<8xf32>
            %3189 = vector.load %2[%2525] : memref<?xf32>, vector<8xf32>
            %3190 = vector.fma %3170, %3189, %3188 : vector<8xf32>
            %3191 = vector.load %2[%2529] : memref<?xf32>, vector<8xf32>
            %3192 = vector.fma %3173, %3191, %3190 : vector<8xf32>
            %3193 = vector.load %2[%2532] : memref<?xf32>, vector<8xf32>
            %3194 = vector.fma %3176, %3193, %3192 : vector<8xf32>
            vector.store %3194, %3[%3149] : memref<?xf32>, vector<8xf32>
            %3195 = arith.addi %3149, %10 : index
            %3196 = vector.load %3[%3195] : memref<?xf32>, vector<8xf32>
            %3197 = arith.mulf %3196, %3152 : vector<8xf32>
            %3198 = arith.addi %2507, %10 : index
            %3199 = vector.load %2[%3198] : memref<?xf32>, vector<8xf32>
            %3200 = vector.fma %3155, %3199, %3197 : vector<8xf32>
            %3201 = arith.addi %2510, %10 : index
            %3202 = vector.load %2[%3201] : memref<?xf32>, vector<8xf32>
            %3203 = vector.fma %3158, %3202, %3200 : vector<8xf32>
            %3204 = arith.addi %2513, %10 : index
            %3205 = vector.load %2[%3204] : memref<?xf32>, vector<8xf32>
            %3206 = vector.fma %3161, %3205, %3203 : vector<8xf32>
            %3207 = arith.addi %2517, %10 : index
            %3208 = vector.load %2[%3207] : memref<?xf32>, vector<8xf32>
            %3209 = vector.fma %3164, %3208, %3206 : vector<8xf32>
            %3210 = arith.addi %2521, %10 : index
            %3211 = vector.load %2[%3210] : memref<?xf32>, vector<8xf32>
            %3212 = vector.fma %3167, %3211, %3209 : vector<8xf32>
            %3213 = arith.addi %2525, %10 : index
            %3214 = vector.load %2[%3213] : memref<?xf32>, vector<8xf32>
            %3215 = vector.fma %3170, %3214, %3212 : vector<8xf32>
            %3216 = arith.addi %2529, %10 : index
            %3217 = vector.load %2[%3216] : memref<?xf32>, vector<8xf32>
            %3218 = vector.fma %3173, %3217, %3215 : vector<8xf32>
            %3219 = arith.addi %2532, %10 : index
            %3220 = vector.load %2[%3219] : memref<?xf32>, vector<8xf32>
            %3221 = vector.fma %3176, %3220, %3218 : vector<8xf32>
            vector.store %3221, %3[%3195] : memref<?xf32>, vector<8xf32>
            %3222 = arith.constant 16 : index
            %3223 = arith.addi %3149, %3222 : index
            %3224 = vector.load %3[%3223] : memref<?xf32>, vector<8xf32>
            %3225 = arith.mulf %3224, %3152 : vector<8xf32>
            %3226 = arith.addi %2507, %3222 : index
            %3227 = vector.load %2[%3226] : memref<?xf32>, vector<8xf32>
            %3228 = vector.fma %3155, %3227, %3225 : vector<8xf32>
            %3229 = arith.addi %2510, %3222 : index
            %3230 = vector.load %2[%3229] : memref<?xf32>, vector<8xf32>
            %3231 = vector.fma %3158, %3230, %3228 : vector<8xf32>
            %3232 = arith.addi %2513, %3222 : index
            %3233 = vector.load %2[%3232] : memref<?xf32>, vector<8xf32>
            %3234 = vector.fma %3161, %3233, %3231 : vector<8xf32>
            %3235 = arith.addi %2517, %3222 : index
            %3236 = vector.load %2[%3235] : memref<?xf32>, vector<8xf32>
            %3237 = vector.fma %3164, %3236, %3234 : vector<8xf32>
            %3238 = arith.addi %2521, %3222 : index
            %3239 = vector.load %2[%3238] : memref<?xf32>, vector<8xf32>
            %3240 = vector.fma %3167, %3239, %3237 : vector<8xf32>
            %3241 = arith.addi %2525, %3222 : index
            %3242 = vector.load %2[%3241] : memref<?xf32>, vector<8xf32>
            %3243 = vector.fma %3170, %3242, %3240 : vector<8xf32>
            %3244 = arith.addi %2529, %3222 : index
            %3245 = vector.load %2[%3244] : memref<?xf32>, vector<8xf32>
            %3246 = vector.fma %3173, %3245, %3243 : vector<8xf32>
            %3247 = arith.addi %2532, %3222 : index
            %3248 = vector.load %2[%3247] : memref<?xf32>, vector<8xf32>
            %3249 = vector.fma %3176, %3248, %3246 : vector<8xf32>
            vector.store %3249, %3[%3223] : memref<?xf32>, vector<8xf32>
            %3250 = arith.constant 24 : index
            %3251 = arith.addi %3149, %3250 : index
            %3252 = vector.load %3[%3251] : memref<?xf32>, vector<8xf32>
            %3253 = arith.mulf %3252, %3152 : vector<8xf32>
            %3254 = arith.addi %2507, %3250 : index
            %3255 = vector.load %2[%3254] : memref<?xf32>, vector<8xf32>
            %3256 = vector.fma %3155, %3255, %3253 : vector<8xf32>
            %3257 = arith.addi %2510, %3250 : index
            %3258 = vector.load %2[%3257] : memref<?xf32>, vector<8xf32>
            %3259 = vector.fma %3158, %3258, %3256 : vector<8xf32>
            %3260 = arith.addi %2513, %3250 : index
            %3261 = vector.load %2[%3260] : memref<?xf32>, vector<8xf32>
            %3262 = vector.fma %3161, %3261, %3259 : vector<8xf32>
            %3263 = arith.addi %2517, %3250 : index
            %3264 = vector.load %2[%3263] : memref<?xf32>, vector<8xf32>
            %3265 = vector.fma %3164, %3264, %3262 : vector<8xf32>
            %3266 = arith.addi %2521, %3250 : index
            %3267 = vector.load %2[%3266] : memref<?xf32>, vector<8xf32>
            %3268 = vector.fma %3167, %3267, %3265 : vector<8xf32>
            %3269 = arith.addi %2525, %3250 : index
            %3270 = vector.load %2[%3269] : memref<?xf32>, vector<8xf32>
            %3271 = vector.fma %3170, %3270, %3268 : vector<8xf32>
            %3272 = arith.addi %2529, %3250 : index
            %3273 = vector.load %2[%3272] : memref<?xf32>, vector<8xf32>
            %3274 = vector.fma %3173, %3273, %3271 : vector<8xf32>
            %3275 = arith.addi %2532, %3250 : index
            %3276 = vector.load %2[%3275] : memref<?xf32>, vector<8xf32>
            %3277 = vector.fma %3176, %3276, %3274 : vector<8xf32>
            vector.store %3277, %3[%3251] : memref<?xf32>, vector<8xf32>
          }
        }
        scf.for %3278 = %20 to %1709 step %21 {
          %3279 = arith.divui %3278, %12 : index
          %3280 = arith.remui %3278, %12 : index
          %3281 = arith.addi %1706, %3279 : index
          %3282 = arith.muli %1705, %5 : index
          %3283 = arith.addi %3282, %3281 : index
          %3284 = arith.constant 4 : index
          %3285 = arith.muli %3283, %3284 : index
          %3286 = arith.muli %1704, %12 : index
          %3287 = arith.addi %3286, %3280 : index
          %3288 = arith.addi %3285, %3287 : index
          %3289 = arith.muli %3288, %1715 : index
          %3290 = arith.addi %15, %3281 : index
          %3291 = arith.addi %3290, %21 : index
          scf.for %3292 = %1751 to %3291 step %21 {
            %3293 = arith.muli %3292, %1713 : index
            %3294 = arith.addi %1717, %3293 : index
            %3295 = vector.load %0[%3289] : memref<?xf32>, vector<8xf32>
            %3296 = vector.load %1[%3294] : memref<?xf32>, vector<8xf32>
            %3297 = arith.mulf %3295, %3296 : vector<8xf32>
            %3298 = arith.addi %3289, %10 : index
            %3299 = vector.load %0[%3298] : memref<?xf32>, vector<8xf32>
            %3300 = arith.addi %3294, %10 : index
            %3301 = vector.load %1[%3300] : memref<?xf32>, vector<8xf32>
            %3302 = arith.mulf %3299, %3301 : vector<8xf32>
            %3303 = arith.constant 16 : index
            %3304 = arith.addi %3289, %3303 : index
            %3305 = vector.load %0[%3304] : memref<?xf32>, vector<8xf32>
            %3306 = arith.addi %3294, %3303 : index
            %3307 = vector.load %1[%3306] : memref<?xf32>, vector<8xf32>
            %3308 = vector.fma %3305, %3307, %3297 : vector<8xf32>
            %3309 = arith.constant 24 : index
            %3310 = arith.addi %3289, %3309 : index
            %3311 = vector.load %0[%3310] : memref<?xf32>, vector<8xf32>
            %3312 = arith.addi %3294, %3309 : index
            %3313 = vector.load %1[%3312] : memref<?xf32>, vector<8xf32>
            %3314 = vector.fma %3311, %3313, %3302 : vector<8xf32>
            %3315 = arith.addf %3308, %3314 : vector<8xf32>
            %3316 = vector.reduction <add>, %3315 : vector<8xf32> into f32
            %3317 = arith.mulf %3316, %1720 : f32
            %3318 = memref.load %1710[%3278] : memref<48xf32>
            %3319 = arith.cmpf ogt, %3318, %3317 : f32
            %3320 = arith.select %3319, %3318, %3317 : f32
            %3321 = arith.subf %3318, %3320 : f32
            %3322 = arith.subf %3317, %3320 : f32
            %3323 = vector.broadcast %3322 : f32 to vector<8xf32>
            %3324 = vector.insert %3321, %3323 [1] : f32 into vector<8xf32>
            %3325 = arith.constant -8.700000e+01 : f32
            %3326 = vector.broadcast %3325 : f32 to vector<8xf32>
            %3327 = arith.cmpf ogt, %3324, %3326 : vector<8xf32>
            %3328 = arith.select %3327, %3324, %3326 : vector<8xf32>
            %3329 = arith.constant 8.800000e+01 : f32
            %3330 = vector.broadcast %3329 : f32 to vector<8xf32>
            %3331 = arith.cmpf olt, %3328, %3330 : vector<8xf32>
            %3332 = arith.select %3331, %3328, %3330 : vector<8xf32>
            %3333 = math.exp %3332 : vector<8xf32>
            %3334 = vector.extract %3333[0] : f32 from vector<8xf32>
            %3335 = vector.extract %3333[1] : f32 from vector<8xf32>
            %3336 = vector.broadcast %3334 : f32 to vector<8xf32>
            memref.store %3320, %1710[%3278] : memref<48xf32>
            %3337 = arith.addi %3278, %3303 : index
            %3338 = memref.load %1710[%3337] : memref<48xf32>
            %3339 = arith.mulf %3338, %3335 : f32
            %3340 = arith.addf %3339, %3334 : f32
            memref.store %3340, %1710[%3337] : memref<48xf32>
            %3341 = vector.broadcast %3335 : f32 to vector<8xf32>
            %3342 = vector.load %3[%3289] : memref<?xf32>, vector<8xf32>
            %3343 = arith.mulf %3342, %3341 : vector<8xf32>
            %3344 = vector.load %2[%3294] : memref<?xf32>, vector<8xf32>
            %3345 = vector.fma %3336, %3344, %3343 : vector<8xf32>
            vector.store %3345, %3[%3289] : memref<?xf32>, vector<8xf32>
            %3346 = vector.load %3[%3298] : memref<?xf32>, vector<8xf32>
            %3347 = arith.mulf %3346, %3341 : vector<8xf32>
            %3348 = vector.load %2[%3300] : memref<?xf32>, vector<8xf32>
            %3349 = vector.fma %3336, %3348, %3347 : vector<8xf32>
            vector.store %3349, %3[%3298] : memref<?xf32>, vector<8xf32>
            %3350 = vector.load %3[%3304] : memref<?xf32>, vector<8xf32>
            %3351 = arith.mulf %3350, %3341 : vector<8xf32>
            %3352 = vector.load %2[%3306] : memref<?xf32>, vector<8xf32>
            %3353 = vector.fma %3336, %3352, %3351 : vector<8xf32>
            vector.store %3353, %3[%3304] : memref<?xf32>, vector<8xf32>
            %3354 = vector.load %3[%3310] : memref<?xf32>, vector<8xf32>
            %3355 = arith.mulf %3354, %3341 : vector<8xf32>
            %3356 = vector.load %2[%3312] : memref<?xf32>, vector<8xf32>
            %3357 = vector.fma %3336, %3356, %3355 : vector<8xf32>
            vector.store %3357, %3[%3310] : memref<?xf32>, vector<8xf32>
          }
          %3358 = arith.constant 16 : index
          %3359 = arith.addi %3278, %3358 : index
          %3360 = memref.load %1710[%3359] : memref<48xf32>
          %3361 = arith.cmpf ogt, %3360, %1718 : f32
          %3362 = arith.constant 1.000000e+00 : f32
          %3363 = arith.divf %3362, %3360 : f32
          %3364 = arith.select %3361, %3363, %1718 : f32
          %3365 = vector.broadcast %3364 : f32 to vector<8xf32>
          %3366 = vector.load %3[%3289] : memref<?xf32>, vector<8xf32>
          %3367 = arith.mulf %3366, %3365 : vector<8xf32>
          vector.store %3367, %3[%3289] : memref<?xf32>, vector<8xf32>
          %3368 = arith.addi %3289, %10 : index
          %3369 = vector.load %3[%3368] : memref<?xf32>, vector<8xf32>
          %3370 = arith.mulf %3369, %3365 : vector<8xf32>
          vector.store %3370, %3[%3368] : memref<?xf32>, vector<8xf32>
          %3371 = arith.addi %3289, %3358 : index
          %3372 = vector.load %3[%3371] : memref<?xf32>, vector<8xf32>
          %3373 = arith.mulf %3372, %3365 : vector<8xf32>
          vector.store %3373, %3[%3371] : memref<?xf32>, vector<8xf32>
          %3374 = arith.constant 24 : index
          %3375 = arith.addi %3289, %3374 : index
          %3376 = vector.load %3[%3375] : memref<?xf32>, vector<8xf32>
          %3377 = arith.mulf %3376, %3365 : vector<8xf32>
          vector.store %3377, %3[%3375] : memref<?xf32>, vector<8xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @embed_h128_v1024(%0: memref<?xi32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) {
    %4 = arith.constant 0 : index
    %5 = arith.constant 1 : index
    scf.for %6 = %4 to %3 step %5 {
      %7 = memref.load %0[%6] : memref<?xi32>
      %8 = arith.index_cast %7 : i32 to index
      %9 = arith.constant 1023 : index
      %10 = arith.minui %8, %9 : index
      %11 = arith.constant 128 : index
      %12 = arith.muli %10, %11 : index
      %13 = arith.muli %6, %11 : index
      %14 = arith.constant 8 : index
      scf.for %15 = %4 to %11 step %14 {
        %16 = arith.addi %12, %15 : index
        %17 = vector.load %1[%16] : memref<?xf32>, vector<8xf32>
        %18 = arith.addi %13, %15 : index
        vector.store %17, %2[%18] : memref<?xf32>, vector<8xf32>
      }
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
    %6 = arith.constant 0 : index
    %7 = arith.constant 1 : index
    scf.for %8 = %6 to %2 step %7 {
      scf.for %9 = %6 to %3 step %7 {
        %10 = arith.muli %8, %3 : index
        %11 = arith.addi %10, %9 : index
        %12 = arith.constant 64 : index
        %13 = arith.muli %11, %12 : index
        %14 = arith.muli %8, %5 : index
        %15 = arith.addi %14, %4 : index
        %16 = arith.addi %15, %9 : index
        %17 = arith.muli %16, %12 : index
        %18 = arith.constant 8 : index
        scf.for %19 = %6 to %12 step %18 {
          %20 = arith.addi %13, %19 : index
          %21 = vector.load %0[%20] : memref<?xf32>, vector<8xf32>
          %22 = arith.addi %17, %19 : index
          vector.store %21, %1[%22] : memref<?xf32>, vector<8xf32>
        }
      }
    }
    func.return
  }
  func.func private @linear_k128_n1024(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) {
    %4 = arith.constant 131072 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 4 : index
    %7 = arith.divui %3, %6 : index
    %8 = arith.muli %7, %6 : index
    %9 = arith.constant 0 : index
    %10 = arith.constant 64 : index
    %11 = arith.constant 1 : index
    %12 = arith.constant 262144 : index
    %13 = arith.cmpi ult, %5, %12 : index
    scf.if %13 {
      scf.for %14 = %9 to %10 step %11 {
        scf.for %15 = %9 to %8 step %6 {
          %16 = arith.addi %15, %11 : index
          %17 = arith.constant 2 : index
          %18 = arith.addi %15, %17 : index
          %19 = arith.constant 3 : index
          %20 = arith.addi %15, %19 : index
          %21 = arith.constant 16 : index
          %22 = arith.muli %14, %21 : index
          %23 = arith.constant 2048 : index
          %24 = arith.muli %14, %23 : index
          %25 = arith.constant 128 : index
          %26 = arith.muli %15, %25 : index
          %27 = arith.muli %16, %25 : index
          %28 = arith.muli %18, %25 : index
          %29 = arith.muli %20, %25 : index
          %30 = arith.constant 0.000000e+00 : f32
          %31 = vector.broadcast %30 : f32 to vector<8xf32>
          %32, %33, %34, %35, %36, %37, %38, %39 = scf.for %40 = %9 to %25 step %11 iter_args(%41 = %31, %42 = %31, %43 = %31, %44 = %31, %45 = %31, %46 = %31, %47 = %31, %48 = %31) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %49 = arith.muli %40, %21 : index
            %50 = arith.addi %24, %49 : index
            %51 = vector.load %1[%50] : memref<?xf32>, vector<8xf32>
            %52 = arith.constant 8 : index
            %53 = arith.addi %50, %52 : index
            %54 = vector.load %1[%53] : memref<?xf32>, vector<8xf32>
            %55 = arith.addi %26, %40 : index
            %56 = memref.load %0[%55] : memref<?xf32>
            %57 = vector.broadcast %56 : f32 to vector<8xf32>
            %58 = vector.fma %57, %51, %41 : vector<8xf32>
            %59 = vector.fma %57, %54, %42 : vector<8xf32>
            %60 = arith.addi %27, %40 : index
            %61 = memref.load %0[%60] : memref<?xf32>
            %62 = vector.broadcast %61 : f32 to vector<8xf32>
            %63 = vector.fma %62, %51, %43 : vector<8xf32>
            %64 = vector.fma %62, %54, %44 : vector<8xf32>
            %65 = arith.addi %28, %40 : index
            %66 = memref.load %0[%65] : memref<?xf32>
            %67 = vector.broadcast %66 : f32 to vector<8xf32>
            %68 = vector.fma %67, %51, %45 : vector<8xf32>
            %69 = vector.fma %67, %54, %46 : vector<8xf32>
            %70 = arith.addi %29, %40 : index
            %71 = memref.load %0[%70] : memref<?xf32>
            %72 = vector.broadcast %71 : f32 to vector<8xf32>
            %73 = vector.fma %72, %51, %47 : vector<8xf32>
            %74 = vector.fma %72, %54, %48 : vector<8xf32>
            scf.yield %58, %59, %63, %64, %68, %69, %73, %74 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %75 = arith.constant 1024 : index
          %76 = arith.muli %15, %75 : index
          %77 = arith.addi %76, %22 : index
          vector.store %32, %2[%77] : memref<?xf32>, vector<8xf32>
          %78 = arith.constant 8 : index
          %79 = arith.addi %77, %78 : index
          vector.store %33, %2[%79] : memref<?xf32>, vector<8xf32>
          %80 = arith.muli %16, %75 : index
          %81 = arith.addi %80, %22 : index
          vector.store %34, %2[%81] : memref<?xf32>, vector<8xf32>
          %82 = arith.addi %81, %78 : index
          vector.store %35, %2[%82] : memref<?xf32>, vector<8xf32>
          %83 = arith.muli %18, %75 : index
          %84 = arith.addi %83, %22 : index
          vector.store %36, %2[%84] : memref<?xf32>, vector<8xf32>
          %85 = arith.addi %84, %78 : index
          vector.store %37, %2[%85] : memref<?xf32>, vector<8xf32>
          %86 = arith.muli %20, %75 : index
          %87 = arith.addi %86, %22 : index
          vector.store %38, %2[%87] : memref<?xf32>, vector<8xf32>
          %88 = arith.addi %87, %78 : index
          vector.store %39, %2[%88] : memref<?xf32>, vector<8xf32>
        }
        scf.for %89 = %8 to %3 step %11 {
          %90 = arith.constant 16 : index
          %91 = arith.muli %14, %90 : index
          %92 = arith.constant 2048 : index
          %93 = arith.muli %14, %92 : index
          %94 = arith.constant 128 : index
          %95 = arith.muli %89, %94 : index
          %96 = arith.constant 0.000000e+00 : f32
          %97 = vector.broadcast %96 : f32 to vector<8xf32>
          %98, %99, %100, %101, %102, %103, %104, %105 = scf.for %106 = %9 to %94 step %6 iter_args(%107 = %97, %108 = %97, %109 = %97, %110 = %97, %111 = %97, %112 = %97, %113 = %97, %114 = %97) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %115 = arith.muli %106, %90 : index
            %116 = arith.addi %93, %115 : index
            %117 = vector.load %1[%116] : memref<?xf32>, vector<8xf32>
            %118 = arith.constant 8 : index
            %119 = arith.addi %116, %118 : index
            %120 = vector.load %1[%119] : memref<?xf32>, vector<8xf32>
            %121 = arith.addi %95, %106 : index
            %122 = memref.load %0[%121] : memref<?xf32>
            %123 = vector.broadcast %122 : f32 to vector<8xf32>
            %124 = vector.fma %123, %117, %107 : vector<8xf32>
            %125 = vector.fma %123, %120, %108 : vector<8xf32>
            %126 = arith.addi %106, %11 : index
            %127 = arith.muli %126, %90 : index
            %128 = arith.addi %93, %127 : index
            %129 = vector.load %1[%128] : memref<?xf32>, vector<8xf32>
            %130 = arith.addi %128, %118 : index
            %131 = vector.load %1[%130] : memref<?xf32>, vector<8xf32>
            %132 = arith.addi %95, %126 : index
            %133 = memref.load %0[%132] : memref<?xf32>
            %134 = vector.broadcast %133 : f32 to vector<8xf32>
            %135 = vector.fma %134, %129, %109 : vector<8xf32>
            %136 = vector.fma %134, %131, %110 : vector<8xf32>
            %137 = arith.constant 2 : index
            %138 = arith.addi %106, %137 : index
            %139 = arith.muli %138, %90 : index
            %140 = arith.addi %93, %139 : index
            %141 = vector.load %1[%140] : memref<?xf32>, vector<8xf32>
            %142 = arith.addi %140, %118 : index
            %143 = vector.load %1[%142] : memref<?xf32>, vector<8xf32>
            %144 = arith.addi %95, %138 : index
            %145 = memref.load %0[%144] : memref<?xf32>
            %146 = vector.broadcast %145 : f32 to vector<8xf32>
            %147 = vector.fma %146, %141, %111 : vector<8xf32>
            %148 = vector.fma %146, %143, %112 : vector<8xf32>
            %149 = arith.constant 3 : index
            %150 = arith.addi %106, %149 : index
            %151 = arith.muli %150, %90 : index
            %152 = arith.addi %93, %151 : index
            %153 = vector.load %1[%152] : memref<?xf32>, vector<8xf32>
            %154 = arith.addi %152, %118 : index
            %155 = vector.load %1[%154] : memref<?xf32>, vector<8xf32>
            %156 = arith.addi %95, %150 : index
            %157 = memref.load %0[%156] : memref<?xf32>
            %158 = vector.broadcast %157 : f32 to vector<8xf32>
            %159 = vector.fma %158, %153, %113 : vector<8xf32>
            %160 = vector.fma %158, %155, %114 : vector<8xf32>
            scf.yield %124, %125, %135, %136, %147, %148, %159, %160 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %161 = arith.addf %98, %100 : vector<8xf32>
          %162 = arith.addf %102, %104 : vector<8xf32>
          %163 = arith.addf %161, %162 : vector<8xf32>
          %164 = arith.addf %99, %101 : vector<8xf32>
          %165 = arith.addf %103, %105 : vector<8xf32>
          %166 = arith.addf %164, %165 : vector<8xf32>
          %167 = arith.constant 1024 : index
          %168 = arith.muli %89, %167 : index
          %169 = arith.addi %168, %91 : index
          vector.store %163, %2[%169] : memref<?xf32>, vector<8xf32>
          %170 = arith.constant 8 : index
          %171 = arith.addi %169, %170 : index
          vector.store %166, %2[%171] : memref<?xf32>, vector<8xf32>
        }
      }
    } else {
      "scf.parallel"(%9, %10, %11) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%172: index):
        scf.for %173 = %9 to %8 step %6 {
          %174 = arith.addi %173, %11 : index
          %175 = arith.constant 2 : index
          %176 = arith.addi %173, %175 : index
          %177 = arith.constant 3 : index
          %178 = arith.addi %173, %177 : index
          %179 = arith.constant 16 : index
          %180 = arith.muli %172, %179 : index
          %181 = arith.constant 2048 : index
          %182 = arith.muli %172, %181 : index
          %183 = arith.constant 128 : index
          %184 = arith.muli %173, %183 : index
          %185 = arith.muli %174, %183 : index
          %186 = arith.muli %176, %183 : index
          %187 = arith.muli %178, %183 : index
          %188 = arith.constant 0.000000e+00 : f32
          %189 = vector.broadcast %188 : f32 to vector<8xf32>
          %190, %191, %192, %193, %194, %195, %196, %197 = scf.for %198 = %9 to %183 step %11 iter_args(%199 = %189, %200 = %189, %201 = %189, %202 = %189, %203 = %189, %204 = %189, %205 = %189, %206 = %189) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %207 = arith.muli %198, %179 : index
            %208 = arith.addi %182, %207 : index
            %209 = vector.load %1[%208] : memref<?xf32>, vector<8xf32>
            %210 = arith.constant 8 : index
            %211 = arith.addi %208, %210 : index
            %212 = vector.load %1[%211] : memref<?xf32>, vector<8xf32>
            %213 = arith.addi %184, %198 : index
            %214 = memref.load %0[%213] : memref<?xf32>
            %215 = vector.broadcast %214 : f32 to vector<8xf32>
            %216 = vector.fma %215, %209, %199 : vector<8xf32>
            %217 = vector.fma %215, %212, %200 : vector<8xf32>
            %218 = arith.addi %185, %198 : index
            %219 = memref.load %0[%218] : memref<?xf32>
            %220 = vector.broadcast %219 : f32 to vector<8xf32>
            %221 = vector.fma %220, %209, %201 : vector<8xf32>
            %222 = vector.fma %220, %212, %202 : vector<8xf32>
            %223 = arith.addi %186, %198 : index
            %224 = memref.load %0[%223] : memref<?xf32>
            %225 = vector.broadcast %224 : f32 to vector<8xf32>
            %226 = vector.fma %225, %209, %203 : vector<8xf32>
            %227 = vector.fma %225, %212, %204 : vector<8xf32>
            %228 = arith.addi %187, %198 : index
            %229 = memref.load %0[%228] : memref<?xf32>
            %230 = vector.broadcast %229 : f32 to vector<8xf32>
            %231 = vector.fma %230, %209, %205 : vector<8xf32>
            %232 = vector.fma %230, %212, %206 : vector<8xf32>
            scf.yield %216, %217, %221, %222, %226, %227, %231, %232 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %233 = arith.constant 1024 : index
          %234 = arith.muli %173, %233 : index
          %235 = arith.addi %234, %180 : index
          vector.store %190, %2[%235] : memref<?xf32>, vector<8xf32>
          %236 = arith.constant 8 : index
          %237 = arith.addi %235, %236 : index
          vector.store %191, %2[%237] : memref<?xf32>, vector<8xf32>
          %238 = arith.muli %174, %233 : index
          %239 = arith.addi %238, %180 : index
          vector.store %192, %2[%239] : memref<?xf32>, vector<8xf32>
          %240 = arith.addi %239, %236 : index
          vector.store %193, %2[%240] : memref<?xf32>, vector<8xf32>
          %241 = arith.muli %176, %233 : index
          %242 = arith.addi %241, %180 : index
          vector.store %194, %2[%242] : memref<?xf32>, vector<8xf32>
          %243 = arith.addi %242, %236 : index
          vector.store %195, %2[%243] : memref<?xf32>, vector<8xf32>
          %244 = arith.muli %178, %233 : index
          %245 = arith.addi %244, %180 : index
          vector.store %196, %2[%245] : memref<?xf32>, vector<8xf32>
          %246 = arith.addi %245, %236 : index
          vector.store %197, %2[%246] : memref<?xf32>, vector<8xf32>
        }
        scf.for %247 = %8 to %3 step %11 {
          %248 = arith.constant 16 : index
          %249 = arith.muli %172, %248 : index
          %250 = arith.constant 2048 : index
          %251 = arith.muli %172, %250 : index
          %252 = arith.constant 128 : index
          %253 = arith.muli %247, %252 : index
          %254 = arith.constant 0.000000e+00 : f32
          %255 = vector.broadcast %254 : f32 to vector<8xf32>
          %256, %257, %258, %259, %260, %261, %262, %263 = scf.for %264 = %9 to %252 step %6 iter_args(%265 = %255, %266 = %255, %267 = %255, %268 = %255, %269 = %255, %270 = %255, %271 = %255, %272 = %255) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %273 = arith.muli %264, %248 : index
            %274 = arith.addi %251, %273 : index
            %275 = vector.load %1[%274] : memref<?xf32>, vector<8xf32>
            %276 = arith.constant 8 : index
            %277 = arith.addi %274, %276 : index
            %278 = vector.load %1[%277] : memref<?xf32>, vector<8xf32>
            %279 = arith.addi %253, %264 : index
            %280 = memref.load %0[%279] : memref<?xf32>
            %281 = vector.broadcast %280 : f32 to vector<8xf32>
            %282 = vector.fma %281, %275, %265 : vector<8xf32>
            %283 = vector.fma %281, %278, %266 : vector<8xf32>
            %284 = arith.addi %264, %11 : index
            %285 = arith.muli %284, %248 : index
            %286 = arith.addi %251, %285 : index
            %287 = vector.load %1[%286] : memref<?xf32>, vector<8xf32>
            %288 = arith.addi %286, %276 : index
            %289 = vector.load %1[%288] : memref<?xf32>, vector<8xf32>
            %290 = arith.addi %253, %284 : index
            %291 = memref.load %0[%290] : memref<?xf32>
            %292 = vector.broadcast %291 : f32 to vector<8xf32>
            %293 = vector.fma %292, %287, %267 : vector<8xf32>
            %294 = vector.fma %292, %289, %268 : vector<8xf32>
            %295 = arith.constant 2 : index
            %296 = arith.addi %264, %295 : index
            %297 = arith.muli %296, %248 : index
            %298 = arith.addi %251, %297 : index
            %299 = vector.load %1[%298] : memref<?xf32>, vector<8xf32>
            %300 = arith.addi %298, %276 : index
            %301 = vector.load %1[%300] : memref<?xf32>, vector<8xf32>
            %302 = arith.addi %253, %296 : index
            %303 = memref.load %0[%302] : memref<?xf32>
            %304 = vector.broadcast %303 : f32 to vector<8xf32>
            %305 = vector.fma %304, %299, %269 : vector<8xf32>
            %306 = vector.fma %304, %301, %270 : vector<8xf32>
            %307 = arith.constant 3 : index
            %308 = arith.addi %264, %307 : index
            %309 = arith.muli %308, %248 : index
            %310 = arith.addi %251, %309 : index
            %311 = vector.load %1[%310] : memref<?xf32>, vector<8xf32>
            %312 = arith.addi %310, %276 : index
            %313 = vector.load %1[%312] : memref<?xf32>, vector<8xf32>
            %314 = arith.addi %253, %308 : index
            %315 = memref.load %0[%314] : memref<?xf32>
            %316 = vector.broadcast %315 : f32 to vector<8xf32>
            %317 = vector.fma %316, %311, %271 : vector<8xf32>
            %318 = vector.fma %316, %313, %272 : vector<8xf32>
            scf.yield %282, %283, %293, %294, %305, %306, %317, %318 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %319 = arith.addf %256, %258 : vector<8xf32>
          %320 = arith.addf %260, %262 : vector<8xf32>
          %321 = arith.addf %319, %320 : vector<8xf32>
          %322 = arith.addf %257, %259 : vector<8xf32>
          %323 = arith.addf %261, %263 : vector<8xf32>
          %324 = arith.addf %322, %323 : vector<8xf32>
          %325 = arith.constant 1024 : index
          %326 = arith.muli %247, %325 : index
          %327 = arith.addi %326, %249 : index
          vector.store %321, %2[%327] : memref<?xf32>, vector<8xf32>
          %328 = arith.constant 8 : index
          %329 = arith.addi %327, %328 : index
          vector.store %324, %2[%329] : memref<?xf32>, vector<8xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @linear_k128_n128(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) {
    %4 = arith.constant 16384 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 4 : index
    %7 = arith.divui %3, %6 : index
    %8 = arith.muli %7, %6 : index
    %9 = arith.constant 0 : index
    %10 = arith.constant 8 : index
    %11 = arith.constant 1 : index
    %12 = arith.constant 262144 : index
    %13 = arith.cmpi ult, %5, %12 : index
    scf.if %13 {
      scf.for %14 = %9 to %10 step %11 {
        scf.for %15 = %9 to %8 step %6 {
          %16 = arith.addi %15, %11 : index
          %17 = arith.constant 2 : index
          %18 = arith.addi %15, %17 : index
          %19 = arith.constant 3 : index
          %20 = arith.addi %15, %19 : index
          %21 = arith.constant 16 : index
          %22 = arith.muli %14, %21 : index
          %23 = arith.constant 2048 : index
          %24 = arith.muli %14, %23 : index
          %25 = arith.constant 128 : index
          %26 = arith.muli %15, %25 : index
          %27 = arith.muli %16, %25 : index
          %28 = arith.muli %18, %25 : index
          %29 = arith.muli %20, %25 : index
          %30 = arith.constant 0.000000e+00 : f32
          %31 = vector.broadcast %30 : f32 to vector<8xf32>
          %32, %33, %34, %35, %36, %37, %38, %39 = scf.for %40 = %9 to %25 step %11 iter_args(%41 = %31, %42 = %31, %43 = %31, %44 = %31, %45 = %31, %46 = %31, %47 = %31, %48 = %31) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %49 = arith.muli %40, %21 : index
            %50 = arith.addi %24, %49 : index
            %51 = vector.load %1[%50] : memref<?xf32>, vector<8xf32>
            %52 = arith.addi %50, %10 : index
            %53 = vector.load %1[%52] : memref<?xf32>, vector<8xf32>
            %54 = arith.addi %26, %40 : index
            %55 = memref.load %0[%54] : memref<?xf32>
            %56 = vector.broadcast %55 : f32 to vector<8xf32>
            %57 = vector.fma %56, %51, %41 : vector<8xf32>
            %58 = vector.fma %56, %53, %42 : vector<8xf32>
            %59 = arith.addi %27, %40 : index
            %60 = memref.load %0[%59] : memref<?xf32>
            %61 = vector.broadcast %60 : f32 to vector<8xf32>
            %62 = vector.fma %61, %51, %43 : vector<8xf32>
            %63 = vector.fma %61, %53, %44 : vector<8xf32>
            %64 = arith.addi %28, %40 : index
            %65 = memref.load %0[%64] : memref<?xf32>
            %66 = vector.broadcast %65 : f32 to vector<8xf32>
            %67 = vector.fma %66, %51, %45 : vector<8xf32>
            %68 = vector.fma %66, %53, %46 : vector<8xf32>
            %69 = arith.addi %29, %40 : index
            %70 = memref.load %0[%69] : memref<?xf32>
            %71 = vector.broadcast %70 : f32 to vector<8xf32>
            %72 = vector.fma %71, %51, %47 : vector<8xf32>
            %73 = vector.fma %71, %53, %48 : vector<8xf32>
            scf.yield %57, %58, %62, %63, %67, %68, %72, %73 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %74 = arith.addi %26, %22 : index
          vector.store %32, %2[%74] : memref<?xf32>, vector<8xf32>
          %75 = arith.addi %74, %10 : index
          vector.store %33, %2[%75] : memref<?xf32>, vector<8xf32>
          %76 = arith.addi %27, %22 : index
          vector.store %34, %2[%76] : memref<?xf32>, vector<8xf32>
          %77 = arith.addi %76, %10 : index
          vector.store %35, %2[%77] : memref<?xf32>, vector<8xf32>
          %78 = arith.addi %28, %22 : index
          vector.store %36, %2[%78] : memref<?xf32>, vector<8xf32>
          %79 = arith.addi %78, %10 : index
          vector.store %37, %2[%79] : memref<?xf32>, vector<8xf32>
          %80 = arith.addi %29, %22 : index
          vector.store %38, %2[%80] : memref<?xf32>, vector<8xf32>
          %81 = arith.addi %80, %10 : index
          vector.store %39, %2[%81] : memref<?xf32>, vector<8xf32>
        }
        scf.for %82 = %8 to %3 step %11 {
          %83 = arith.constant 16 : index
          %84 = arith.muli %14, %83 : index
          %85 = arith.constant 2048 : index
          %86 = arith.muli %14, %85 : index
          %87 = arith.constant 128 : index
          %88 = arith.muli %82, %87 : index
          %89 = arith.constant 0.000000e+00 : f32
          %90 = vector.broadcast %89 : f32 to vector<8xf32>
          %91, %92, %93, %94, %95, %96, %97, %98 = scf.for %99 = %9 to %87 step %6 iter_args(%100 = %90, %101 = %90, %102 = %90, %103 = %90, %104 = %90, %105 = %90, %106 = %90, %107 = %90) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %108 = arith.muli %99, %83 : index
            %109 = arith.addi %86, %108 : index
            %110 = vector.load %1[%109] : memref<?xf32>, vector<8xf32>
            %111 = arith.addi %109, %10 : index
            %112 = vector.load %1[%111] : memref<?xf32>, vector<8xf32>
            %113 = arith.addi %88, %99 : index
            %114 = memref.load %0[%113] : memref<?xf32>
            %115 = vector.broadcast %114 : f32 to vector<8xf32>
            %116 = vector.fma %115, %110, %100 : vector<8xf32>
            %117 = vector.fma %115, %112, %101 : vector<8xf32>
            %118 = arith.addi %99, %11 : index
            %119 = arith.muli %118, %83 : index
            %120 = arith.addi %86, %119 : index
            %121 = vector.load %1[%120] : memref<?xf32>, vector<8xf32>
            %122 = arith.addi %120, %10 : index
            %123 = vector.load %1[%122] : memref<?xf32>, vector<8xf32>
            %124 = arith.addi %88, %118 : index
            %125 = memref.load %0[%124] : memref<?xf32>
            %126 = vector.broadcast %125 : f32 to vector<8xf32>
            %127 = vector.fma %126, %121, %102 : vector<8xf32>
            %128 = vector.fma %126, %123, %103 : vector<8xf32>
            %129 = arith.constant 2 : index
            %130 = arith.addi %99, %129 : index
            %131 = arith.muli %130, %83 : index
            %132 = arith.addi %86, %131 : index
            %133 = vector.load %1[%132] : memref<?xf32>, vector<8xf32>
            %134 = arith.addi %132, %10 : index
            %135 = vector.load %1[%134] : memref<?xf32>, vector<8xf32>
            %136 = arith.addi %88, %130 : index
            %137 = memref.load %0[%136] : memref<?xf32>
            %138 = vector.broadcast %137 : f32 to vector<8xf32>
            %139 = vector.fma %138, %133, %104 : vector<8xf32>
            %140 = vector.fma %138, %135, %105 : vector<8xf32>
            %141 = arith.constant 3 : index
            %142 = arith.addi %99, %141 : index
            %143 = arith.muli %142, %83 : index
            %144 = arith.addi %86, %143 : index
            %145 = vector.load %1[%144] : memref<?xf32>, vector<8xf32>
            %146 = arith.addi %144, %10 : index
            %147 = vector.load %1[%146] : memref<?xf32>, vector<8xf32>
            %148 = arith.addi %88, %142 : index
            %149 = memref.load %0[%148] : memref<?xf32>
            %150 = vector.broadcast %149 : f32 to vector<8xf32>
            %151 = vector.fma %150, %145, %106 : vector<8xf32>
            %152 = vector.fma %150, %147, %107 : vector<8xf32>
            scf.yield %116, %117, %127, %128, %139, %140, %151, %152 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %153 = arith.addf %91, %93 : vector<8xf32>
          %154 = arith.addf %95, %97 : vector<8xf32>
          %155 = arith.addf %153, %154 : vector<8xf32>
          %156 = arith.addf %92, %94 : vector<8xf32>
          %157 = arith.addf %96, %98 : vector<8xf32>
          %158 = arith.addf %156, %157 : vector<8xf32>
          %159 = arith.addi %88, %84 : index
          vector.store %155, %2[%159] : memref<?xf32>, vector<8xf32>
          %160 = arith.addi %159, %10 : index
          vector.store %158, %2[%160] : memref<?xf32>, vector<8xf32>
        }
      }
    } else {
      "scf.parallel"(%9, %10, %11) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%161: index):
        scf.for %162 = %9 to %8 step %6 {
          %163 = arith.addi %162, %11 : index
          %164 = arith.constant 2 : index
          %165 = arith.addi %162, %164 : index
          %166 = arith.constant 3 : index
          %167 = arith.addi %162, %166 : index
          %168 = arith.constant 16 : index
          %169 = arith.muli %161, %168 : index
          %170 = arith.constant 2048 : index
          %171 = arith.muli %161, %170 : index
          %172 = arith.constant 128 : index
          %173 = arith.muli %162, %172 : index
          %174 = arith.muli %163, %172 : index
          %175 = arith.muli %165, %172 : index
          %176 = arith.muli %167, %172 : index
          %177 = arith.constant 0.000000e+00 : f32
          %178 = vector.broadcast %177 : f32 to vector<8xf32>
          %179, %180, %181, %182, %183, %184, %185, %186 = scf.for %187 = %9 to %172 step %11 iter_args(%188 = %178, %189 = %178, %190 = %178, %191 = %178, %192 = %178, %193 = %178, %194 = %178, %195 = %178) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %196 = arith.muli %187, %168 : index
            %197 = arith.addi %171, %196 : index
            %198 = vector.load %1[%197] : memref<?xf32>, vector<8xf32>
            %199 = arith.addi %197, %10 : index
            %200 = vector.load %1[%199] : memref<?xf32>, vector<8xf32>
            %201 = arith.addi %173, %187 : index
            %202 = memref.load %0[%201] : memref<?xf32>
            %203 = vector.broadcast %202 : f32 to vector<8xf32>
            %204 = vector.fma %203, %198, %188 : vector<8xf32>
            %205 = vector.fma %203, %200, %189 : vector<8xf32>
            %206 = arith.addi %174, %187 : index
            %207 = memref.load %0[%206] : memref<?xf32>
            %208 = vector.broadcast %207 : f32 to vector<8xf32>
            %209 = vector.fma %208, %198, %190 : vector<8xf32>
            %210 = vector.fma %208, %200, %191 : vector<8xf32>
            %211 = arith.addi %175, %187 : index
            %212 = memref.load %0[%211] : memref<?xf32>
            %213 = vector.broadcast %212 : f32 to vector<8xf32>
            %214 = vector.fma %213, %198, %192 : vector<8xf32>
            %215 = vector.fma %213, %200, %193 : vector<8xf32>
            %216 = arith.addi %176, %187 : index
            %217 = memref.load %0[%216] : memref<?xf32>
            %218 = vector.broadcast %217 : f32 to vector<8xf32>
            %219 = vector.fma %218, %198, %194 : vector<8xf32>
            %220 = vector.fma %218, %200, %195 : vector<8xf32>
            scf.yield %204, %205, %209, %210, %214, %215, %219, %220 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %221 = arith.addi %173, %169 : index
          vector.store %179, %2[%221] : memref<?xf32>, vector<8xf32>
          %222 = arith.addi %221, %10 : index
          vector.store %180, %2[%222] : memref<?xf32>, vector<8xf32>
          %223 = arith.addi %174, %169 : index
          vector.store %181, %2[%223] : memref<?xf32>, vector<8xf32>
          %224 = arith.addi %223, %10 : index
          vector.store %182, %2[%224] : memref<?xf32>, vector<8xf32>
          %225 = arith.addi %175, %169 : index
          vector.store %183, %2[%225] : memref<?xf32>, vector<8xf32>
          %226 = arith.addi %225, %10 : index
          vector.store %184, %2[%226] : memref<?xf32>, vector<8xf32>
          %227 = arith.addi %176, %169 : index
          vector.store %185, %2[%227] : memref<?xf32>, vector<8xf32>
          %228 = arith.addi %227, %10 : index
          vector.store %186, %2[%228] : memref<?xf32>, vector<8xf32>
        }
        scf.for %229 = %8 to %3 step %11 {
          %230 = arith.constant 16 : index
          %231 = arith.muli %161, %230 : index
          %232 = arith.constant 2048 : index
          %233 = arith.muli %161, %232 : index
          %234 = arith.constant 128 : index
          %235 = arith.muli %229, %234 : index
          %236 = arith.constant 0.000000e+00 : f32
          %237 = vector.broadcast %236 : f32 to vector<8xf32>
          %238, %239, %240, %241, %242, %243, %244, %245 = scf.for %246 = %9 to %234 step %6 iter_args(%247 = %237, %248 = %237, %249 = %237, %250 = %237, %251 = %237, %252 = %237, %253 = %237, %254 = %237) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %255 = arith.muli %246, %230 : index
            %256 = arith.addi %233, %255 : index
            %257 = vector.load %1[%256] : memref<?xf32>, vector<8xf32>
            %258 = arith.addi %256, %10 : index
            %259 = vector.load %1[%258] : memref<?xf32>, vector<8xf32>
            %260 = arith.addi %235, %246 : index
            %261 = memref.load %0[%260] : memref<?xf32>
            %262 = vector.broadcast %261 : f32 to vector<8xf32>
            %263 = vector.fma %262, %257, %247 : vector<8xf32>
            %264 = vector.fma %262, %259, %248 : vector<8xf32>
            %265 = arith.addi %246, %11 : index
            %266 = arith.muli %265, %230 : index
            %267 = arith.addi %233, %266 : index
            %268 = vector.load %1[%267] : memref<?xf32>, vector<8xf32>
            %269 = arith.addi %267, %10 : index
            %270 = vector.load %1[%269] : memref<?xf32>, vector<8xf32>
            %271 = arith.addi %235, %265 : index
            %272 = memref.load %0[%271] : memref<?xf32>
            %273 = vector.broadcast %272 : f32 to vector<8xf32>
            %274 = vector.fma %273, %268, %249 : vector<8xf32>
            %275 = vector.fma %273, %270, %250 : vector<8xf32>
            %276 = arith.constant 2 : index
            %277 = arith.addi %246, %276 : index
            %278 = arith.muli %277, %230 : index
            %279 = arith.addi %233, %278 : index
            %280 = vector.load %1[%279] : memref<?xf32>, vector<8xf32>
            %281 = arith.addi %279, %10 : index
            %282 = vector.load %1[%281] : memref<?xf32>, vector<8xf32>
            %283 = arith.addi %235, %277 : index
            %284 = memref.load %0[%283] : memref<?xf32>
            %285 = vector.broadcast %284 : f32 to vector<8xf32>
            %286 = vector.fma %285, %280, %251 : vector<8xf32>
            %287 = vector.fma %285, %282, %252 : vector<8xf32>
            %288 = arith.constant 3 : index
            %289 = arith.addi %246, %288 : index
            %290 = arith.muli %289, %230 : index
            %291 = arith.addi %233, %290 : index
            %292 = vector.load %1[%291] : memref<?xf32>, vector<8xf32>
            %293 = arith.addi %291, %10 : index
            %294 = vector.load %1[%293] : memref<?xf32>, vector<8xf32>
            %295 = arith.addi %235, %289 : index
            %296 = memref.load %0[%295] : memref<?xf32>
            %297 = vector.broadcast %296 : f32 to vector<8xf32>
            %298 = vector.fma %297, %292, %253 : vector<8xf32>
            %299 = vector.fma %297, %294, %254 : vector<8xf32>
            scf.yield %263, %264, %274, %275, %286, %287, %298, %299 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %300 = arith.addf %238, %240 : vector<8xf32>
          %301 = arith.addf %242, %244 : vector<8xf32>
          %302 = arith.addf %300, %301 : vector<8xf32>
          %303 = arith.addf %239, %241 : vector<8xf32>
          %304 = arith.addf %243, %245 : vector<8xf32>
          %305 = arith.addf %303, %304 : vector<8xf32>
          %306 = arith.addi %235, %231 : index
          vector.store %302, %2[%306] : memref<?xf32>, vector<8xf32>
          %307 = arith.addi %306, %10 : index
          vector.store %305, %2[%307] : memref<?xf32>, vector<8xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @linear_k192_n128(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) {
    %4 = arith.constant 24576 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 4 : index
    %7 = arith.divui %3, %6 : index
    %8 = arith.muli %7, %6 : index
    %9 = arith.constant 0 : index
    %10 = arith.constant 8 : index
    %11 = arith.constant 1 : index
    %12 = arith.constant 262144 : index
    %13 = arith.cmpi ult, %5, %12 : index
    scf.if %13 {
      scf.for %14 = %9 to %10 step %11 {
        scf.for %15 = %9 to %8 step %6 {
          %16 = arith.addi %15, %11 : index
          %17 = arith.constant 2 : index
          %18 = arith.addi %15, %17 : index
          %19 = arith.constant 3 : index
          %20 = arith.addi %15, %19 : index
          %21 = arith.constant 16 : index
          %22 = arith.muli %14, %21 : index
          %23 = arith.constant 3072 : index
          %24 = arith.muli %14, %23 : index
          %25 = arith.constant 192 : index
          %26 = arith.muli %15, %25 : index
          %27 = arith.muli %16, %25 : index
          %28 = arith.muli %18, %25 : index
          %29 = arith.muli %20, %25 : index
          %30 = arith.constant 0.000000e+00 : f32
          %31 = vector.broadcast %30 : f32 to vector<8xf32>
          %32, %33, %34, %35, %36, %37, %38, %39 = scf.for %40 = %9 to %25 step %11 iter_args(%41 = %31, %42 = %31, %43 = %31, %44 = %31, %45 = %31, %46 = %31, %47 = %31, %48 = %31) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %49 = arith.muli %40, %21 : index
            %50 = arith.addi %24, %49 : index
            %51 = vector.load %1[%50] : memref<?xf32>, vector<8xf32>
            %52 = arith.addi %50, %10 : index
            %53 = vector.load %1[%52] : memref<?xf32>, vector<8xf32>
            %54 = arith.addi %26, %40 : index
            %55 = memref.load %0[%54] : memref<?xf32>
            %56 = vector.broadcast %55 : f32 to vector<8xf32>
            %57 = vector.fma %56, %51, %41 : vector<8xf32>
            %58 = vector.fma %56, %53, %42 : vector<8xf32>
            %59 = arith.addi %27, %40 : index
            %60 = memref.load %0[%59] : memref<?xf32>
            %61 = vector.broadcast %60 : f32 to vector<8xf32>
            %62 = vector.fma %61, %51, %43 : vector<8xf32>
            %63 = vector.fma %61, %53, %44 : vector<8xf32>
            %64 = arith.addi %28, %40 : index
            %65 = memref.load %0[%64] : memref<?xf32>
            %66 = vector.broadcast %65 : f32 to vector<8xf32>
            %67 = vector.fma %66, %51, %45 : vector<8xf32>
            %68 = vector.fma %66, %53, %46 : vector<8xf32>
            %69 = arith.addi %29, %40 : index
            %70 = memref.load %0[%69] : memref<?xf32>
            %71 = vector.broadcast %70 : f32 to vector<8xf32>
            %72 = vector.fma %71, %51, %47 : vector<8xf32>
            %73 = vector.fma %71, %53, %48 : vector<8xf32>
            scf.yield %57, %58, %62, %63, %67, %68, %72, %73 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %74 = arith.constant 128 : index
          %75 = arith.muli %15, %74 : index
          %76 = arith.addi %75, %22 : index
          vector.store %32, %2[%76] : memref<?xf32>, vector<8xf32>
          %77 = arith.addi %76, %10 : index
          vector.store %33, %2[%77] : memref<?xf32>, vector<8xf32>
          %78 = arith.muli %16, %74 : index
          %79 = arith.addi %78, %22 : index
          vector.store %34, %2[%79] : memref<?xf32>, vector<8xf32>
          %80 = arith.addi %79, %10 : index
          vector.store %35, %2[%80] : memref<?xf32>, vector<8xf32>
          %81 = arith.muli %18, %74 : index
          %82 = arith.addi %81, %22 : index
          vector.store %36, %2[%82] : memref<?xf32>, vector<8xf32>
          %83 = arith.addi %82, %10 : index
          vector.store %37, %2[%83] : memref<?xf32>, vector<8xf32>
          %84 = arith.muli %20, %74 : index
          %85 = arith.addi %84, %22 : index
          vector.store %38, %2[%85] : memref<?xf32>, vector<8xf32>
          %86 = arith.addi %85, %10 : index
          vector.store %39, %2[%86] : memref<?xf32>, vector<8xf32>
        }
        scf.for %87 = %8 to %3 step %11 {
          %88 = arith.constant 16 : index
          %89 = arith.muli %14, %88 : index
          %90 = arith.constant 3072 : index
          %91 = arith.muli %14, %90 : index
          %92 = arith.constant 192 : index
          %93 = arith.muli %87, %92 : index
          %94 = arith.constant 0.000000e+00 : f32
          %95 = vector.broadcast %94 : f32 to vector<8xf32>
          %96, %97, %98, %99, %100, %101, %102, %103 = scf.for %104 = %9 to %92 step %6 iter_args(%105 = %95, %106 = %95, %107 = %95, %108 = %95, %109 = %95, %110 = %95, %111 = %95, %112 = %95) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %113 = arith.muli %104, %88 : index
            %114 = arith.addi %91, %113 : index
            %115 = vector.load %1[%114] : memref<?xf32>, vector<8xf32>
            %116 = arith.addi %114, %10 : index
            %117 = vector.load %1[%116] : memref<?xf32>, vector<8xf32>
            %118 = arith.addi %93, %104 : index
            %119 = memref.load %0[%118] : memref<?xf32>
            %120 = vector.broadcast %119 : f32 to vector<8xf32>
            %121 = vector.fma %120, %115, %105 : vector<8xf32>
            %122 = vector.fma %120, %117, %106 : vector<8xf32>
            %123 = arith.addi %104, %11 : index
            %124 = arith.muli %123, %88 : index
            %125 = arith.addi %91, %124 : index
            %126 = vector.load %1[%125] : memref<?xf32>, vector<8xf32>
            %127 = arith.addi %125, %10 : index
            %128 = vector.load %1[%127] : memref<?xf32>, vector<8xf32>
            %129 = arith.addi %93, %123 : index
            %130 = memref.load %0[%129] : memref<?xf32>
            %131 = vector.broadcast %130 : f32 to vector<8xf32>
            %132 = vector.fma %131, %126, %107 : vector<8xf32>
            %133 = vector.fma %131, %128, %108 : vector<8xf32>
            %134 = arith.constant 2 : index
            %135 = arith.addi %104, %134 : index
            %136 = arith.muli %135, %88 : index
            %137 = arith.addi %91, %136 : index
            %138 = vector.load %1[%137] : memref<?xf32>, vector<8xf32>
            %139 = arith.addi %137, %10 : index
            %140 = vector.load %1[%139] : memref<?xf32>, vector<8xf32>
            %141 = arith.addi %93, %135 : index
            %142 = memref.load %0[%141] : memref<?xf32>
            %143 = vector.broadcast %142 : f32 to vector<8xf32>
            %144 = vector.fma %143, %138, %109 : vector<8xf32>
            %145 = vector.fma %143, %140, %110 : vector<8xf32>
            %146 = arith.constant 3 : index
            %147 = arith.addi %104, %146 : index
            %148 = arith.muli %147, %88 : index
            %149 = arith.addi %91, %148 : index
            %150 = vector.load %1[%149] : memref<?xf32>, vector<8xf32>
            %151 = arith.addi %149, %10 : index
            %152 = vector.load %1[%151] : memref<?xf32>, vector<8xf32>
            %153 = arith.addi %93, %147 : index
            %154 = memref.load %0[%153] : memref<?xf32>
            %155 = vector.broadcast %154 : f32 to vector<8xf32>
            %156 = vector.fma %155, %150, %111 : vector<8xf32>
            %157 = vector.fma %155, %152, %112 : vector<8xf32>
            scf.yield %121, %122, %132, %133, %144, %145, %156, %157 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %158 = arith.addf %96, %98 : vector<8xf32>
          %159 = arith.addf %100, %102 : vector<8xf32>
          %160 = arith.addf %158, %159 : vector<8xf32>
          %161 = arith.addf %97, %99 : vector<8xf32>
          %162 = arith.addf %101, %103 : vector<8xf32>
          %163 = arith.addf %161, %162 : vector<8xf32>
          %164 = arith.constant 128 : index
          %165 = arith.muli %87, %164 : index
          %166 = arith.addi %165, %89 : index
          vector.store %160, %2[%166] : memref<?xf32>, vector<8xf32>
          %167 = arith.addi %166, %10 : index
          vector.store %163, %2[%167] : memref<?xf32>, vector<8xf32>
        }
      }
    } else {
      "scf.parallel"(%9, %10, %11) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%168: index):
        scf.for %169 = %9 to %8 step %6 {
          %170 = arith.addi %169, %11 : index
          %171 = arith.constant 2 : index
          %172 = arith.addi %169, %171 : index
          %173 = arith.constant 3 : index
          %174 = arith.addi %169, %173 : index
          %175 = arith.constant 16 : index
          %176 = arith.muli %168, %175 : index
          %177 = arith.constant 3072 : index
          %178 = arith.muli %168, %177 : index
          %179 = arith.constant 192 : index
          %180 = arith.muli %169, %179 : index
          %181 = arith.muli %170, %179 : index
          %182 = arith.muli %172, %179 : index
          %183 = arith.muli %174, %179 : index
          %184 = arith.constant 0.000000e+00 : f32
          %185 = vector.broadcast %184 : f32 to vector<8xf32>
          %186, %187, %188, %189, %190, %191, %192, %193 = scf.for %194 = %9 to %179 step %11 iter_args(%195 = %185, %196 = %185, %197 = %185, %198 = %185, %199 = %185, %200 = %185, %201 = %185, %202 = %185) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %203 = arith.muli %194, %175 : index
            %204 = arith.addi %178, %203 : index
            %205 = vector.load %1[%204] : memref<?xf32>, vector<8xf32>
            %206 = arith.addi %204, %10 : index
            %207 = vector.load %1[%206] : memref<?xf32>, vector<8xf32>
            %208 = arith.addi %180, %194 : index
            %209 = memref.load %0[%208] : memref<?xf32>
            %210 = vector.broadcast %209 : f32 to vector<8xf32>
            %211 = vector.fma %210, %205, %195 : vector<8xf32>
            %212 = vector.fma %210, %207, %196 : vector<8xf32>
            %213 = arith.addi %181, %194 : index
            %214 = memref.load %0[%213] : memref<?xf32>
            %215 = vector.broadcast %214 : f32 to vector<8xf32>
            %216 = vector.fma %215, %205, %197 : vector<8xf32>
            %217 = vector.fma %215, %207, %198 : vector<8xf32>
            %218 = arith.addi %182, %194 : index
            %219 = memref.load %0[%218] : memref<?xf32>
            %220 = vector.broadcast %219 : f32 to vector<8xf32>
            %221 = vector.fma %220, %205, %199 : vector<8xf32>
            %222 = vector.fma %220, %207, %200 : vector<8xf32>
            %223 = arith.addi %183, %194 : index
            %224 = memref.load %0[%223] : memref<?xf32>
            %225 = vector.broadcast %224 : f32 to vector<8xf32>
            %226 = vector.fma %225, %205, %201 : vector<8xf32>
            %227 = vector.fma %225, %207, %202 : vector<8xf32>
            scf.yield %211, %212, %216, %217, %221, %222, %226, %227 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %228 = arith.constant 128 : index
          %229 = arith.muli %169, %228 : index
          %230 = arith.addi %229, %176 : index
          vector.store %186, %2[%230] : memref<?xf32>, vector<8xf32>
          %231 = arith.addi %230, %10 : index
          vector.store %187, %2[%231] : memref<?xf32>, vector<8xf32>
          %232 = arith.muli %170, %228 : index
          %233 = arith.addi %232, %176 : index
          vector.store %188, %2[%233] : memref<?xf32>, vector<8xf32>
          %234 = arith.addi %233, %10 : index
          vector.store %189, %2[%234] : memref<?xf32>, vector<8xf32>
          %235 = arith.muli %172, %228 : index
          %236 = arith.addi %235, %176 : index
          vector.store %190, %2[%236] : memref<?xf32>, vector<8xf32>
          %237 = arith.addi %236, %10 : index
          vector.store %191, %2[%237] : memref<?xf32>, vector<8xf32>
          %238 = arith.muli %174, %228 : index
          %239 = arith.addi %238, %176 : index
          vector.store %192, %2[%239] : memref<?xf32>, vector<8xf32>
          %240 = arith.addi %239, %10 : index
          vector.store %193, %2[%240] : memref<?xf32>, vector<8xf32>
        }
        scf.for %241 = %8 to %3 step %11 {
          %242 = arith.constant 16 : index
          %243 = arith.muli %168, %242 : index
          %244 = arith.constant 3072 : index
          %245 = arith.muli %168, %244 : index
          %246 = arith.constant 192 : index
          %247 = arith.muli %241, %246 : index
          %248 = arith.constant 0.000000e+00 : f32
          %249 = vector.broadcast %248 : f32 to vector<8xf32>
          %250, %251, %252, %253, %254, %255, %256, %257 = scf.for %258 = %9 to %246 step %6 iter_args(%259 = %249, %260 = %249, %261 = %249, %262 = %249, %263 = %249, %264 = %249, %265 = %249, %266 = %249) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %267 = arith.muli %258, %242 : index
            %268 = arith.addi %245, %267 : index
            %269 = vector.load %1[%268] : memref<?xf32>, vector<8xf32>
            %270 = arith.addi %268, %10 : index
            %271 = vector.load %1[%270] : memref<?xf32>, vector<8xf32>
            %272 = arith.addi %247, %258 : index
            %273 = memref.load %0[%272] : memref<?xf32>
            %274 = vector.broadcast %273 : f32 to vector<8xf32>
            %275 = vector.fma %274, %269, %259 : vector<8xf32>
            %276 = vector.fma %274, %271, %260 : vector<8xf32>
            %277 = arith.addi %258, %11 : index
            %278 = arith.muli %277, %242 : index
            %279 = arith.addi %245, %278 : index
            %280 = vector.load %1[%279] : memref<?xf32>, vector<8xf32>
            %281 = arith.addi %279, %10 : index
            %282 = vector.load %1[%281] : memref<?xf32>, vector<8xf32>
            %283 = arith.addi %247, %277 : index
            %284 = memref.load %0[%283] : memref<?xf32>
            %285 = vector.broadcast %284 : f32 to vector<8xf32>
            %286 = vector.fma %285, %280, %261 : vector<8xf32>
            %287 = vector.fma %285, %282, %262 : vector<8xf32>
            %288 = arith.constant 2 : index
            %289 = arith.addi %258, %288 : index
            %290 = arith.muli %289, %242 : index
            %291 = arith.addi %245, %290 : index
            %292 = vector.load %1[%291] : memref<?xf32>, vector<8xf32>
            %293 = arith.addi %291, %10 : index
            %294 = vector.load %1[%293] : memref<?xf32>, vector<8xf32>
            %295 = arith.addi %247, %289 : index
            %296 = memref.load %0[%295] : memref<?xf32>
            %297 = vector.broadcast %296 : f32 to vector<8xf32>
            %298 = vector.fma %297, %292, %263 : vector<8xf32>
            %299 = vector.fma %297, %294, %264 : vector<8xf32>
            %300 = arith.constant 3 : index
            %301 = arith.addi %258, %300 : index
            %302 = arith.muli %301, %242 : index
            %303 = arith.addi %245, %302 : index
            %304 = vector.load %1[%303] : memref<?xf32>, vector<8xf32>
            %305 = arith.addi %303, %10 : index
            %306 = vector.load %1[%305] : memref<?xf32>, vector<8xf32>
            %307 = arith.addi %247, %301 : index
            %308 = memref.load %0[%307] : memref<?xf32>
            %309 = vector.broadcast %308 : f32 to vector<8xf32>
            %310 = vector.fma %309, %304, %265 : vector<8xf32>
            %311 = vector.fma %309, %306, %266 : vector<8xf32>
            scf.yield %275, %276, %286, %287, %298, %299, %310, %311 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %312 = arith.addf %250, %252 : vector<8xf32>
          %313 = arith.addf %254, %256 : vector<8xf32>
          %314 = arith.addf %312, %313 : vector<8xf32>
          %315 = arith.addf %251, %253 : vector<8xf32>
          %316 = arith.addf %255, %257 : vector<8xf32>
          %317 = arith.addf %315, %316 : vector<8xf32>
          %318 = arith.constant 128 : index
          %319 = arith.muli %241, %318 : index
          %320 = arith.addi %319, %243 : index
          vector.store %314, %2[%320] : memref<?xf32>, vector<8xf32>
          %321 = arith.addi %320, %10 : index
          vector.store %317, %2[%321] : memref<?xf32>, vector<8xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @linear_swiglu_k128_n192(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: memref<?xf32>, %4: index) {
    %5 = arith.constant 49152 : index
    %6 = arith.muli %4, %5 : index
    %7 = arith.constant 4 : index
    %8 = arith.divui %4, %7 : index
    %9 = arith.muli %8, %7 : index
    %10 = arith.constant 0 : index
    %11 = arith.constant 12 : index
    %12 = arith.constant 1 : index
    %13 = arith.constant 262144 : index
    %14 = arith.cmpi ult, %6, %13 : index
    scf.if %14 {
      scf.for %15 = %10 to %11 step %12 {
        scf.for %16 = %10 to %9 step %7 {
          %17 = arith.addi %16, %12 : index
          %18 = arith.constant 2 : index
          %19 = arith.addi %16, %18 : index
          %20 = arith.constant 3 : index
          %21 = arith.addi %16, %20 : index
          %22 = arith.constant 2048 : index
          %23 = arith.muli %15, %22 : index
          %24 = arith.constant 128 : index
          %25 = arith.muli %16, %24 : index
          %26 = arith.muli %17, %24 : index
          %27 = arith.muli %19, %24 : index
          %28 = arith.muli %21, %24 : index
          %29 = arith.constant 0.000000e+00 : f32
          %30 = vector.broadcast %29 : f32 to vector<8xf32>
          %31, %32, %33, %34, %35, %36, %37, %38, %39, %40, %41, %42, %43, %44, %45, %46 = scf.for %47 = %10 to %24 step %12 iter_args(%48 = %30, %49 = %30, %50 = %30, %51 = %30, %52 = %30, %53 = %30, %54 = %30, %55 = %30, %56 = %30, %57 = %30, %58 = %30, %59 = %30, %60 = %30, %61 = %30, %62 = %30, %63 = %30) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %64 = arith.constant 16 : index
            %65 = arith.muli %47, %64 : index
            %66 = arith.addi %23, %65 : index
            %67 = vector.load %1[%66] : memref<?xf32>, vector<8xf32>
            %68 = arith.constant 8 : index
            %69 = arith.addi %66, %68 : index
            %70 = vector.load %1[%69] : memref<?xf32>, vector<8xf32>
            %71 = vector.load %2[%66] : memref<?xf32>, vector<8xf32>
            %72 = vector.load %2[%69] : memref<?xf32>, vector<8xf32>
            %73 = arith.addi %25, %47 : index
            %74 = memref.load %0[%73] : memref<?xf32>
            %75 = vector.broadcast %74 : f32 to vector<8xf32>
            %76 = vector.fma %75, %67, %48 : vector<8xf32>
            %77 = vector.fma %75, %70, %49 : vector<8xf32>
            %78 = vector.fma %75, %71, %50 : vector<8xf32>
            %79 = vector.fma %75, %72, %51 : vector<8xf32>
            %80 = arith.addi %26, %47 : index
            %81 = memref.load %0[%80] : memref<?xf32>
            %82 = vector.broadcast %81 : f32 to vector<8xf32>
            %83 = vector.fma %82, %67, %52 : vector<8xf32>
            %84 = vector.fma %82, %70, %53 : vector<8xf32>
            %85 = vector.fma %82, %71, %54 : vector<8xf32>
            %86 = vector.fma %82, %72, %55 : vector<8xf32>
            %87 = arith.addi %27, %47 : index
            %88 = memref.load %0[%87] : memref<?xf32>
            %89 = vector.broadcast %88 : f32 to vector<8xf32>
            %90 = vector.fma %89, %67, %56 : vector<8xf32>
            %91 = vector.fma %89, %70, %57 : vector<8xf32>
            %92 = vector.fma %89, %71, %58 : vector<8xf32>
            %93 = vector.fma %89, %72, %59 : vector<8xf32>
            %94 = arith.addi %28, %47 : index
            %95 = memref.load %0[%94] : memref<?xf32>
            %96 = vector.broadcast %95 : f32 to vector<8xf32>
            %97 = vector.fma %96, %67, %60 : vector<8xf32>
            %98 = vector.fma %96, %70, %61 : vector<8xf32>
            %99 = vector.fma %96, %71, %62 : vector<8xf32>
            %100 = vector.fma %96, %72, %63 : vector<8xf32>
            scf.yield %76, %77, %78, %79, %83, %84, %85, %86, %90, %91, %92, %93, %97, %98, %99, %100 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %101 = arith.subf %30, %31 : vector<8xf32>
          %102 = arith.constant -8.700000e+01 : f32
          %103 = vector.broadcast %102 : f32 to vector<8xf32>
          %104 = arith.cmpf ogt, %101, %103 : vector<8xf32>
          %105 = arith.select %104, %101, %103 : vector<8xf32>
          %106 = arith.constant 8.800000e+01 : f32
          %107 = vector.broadcast %106 : f32 to vector<8xf32>
          %108 = arith.cmpf olt, %105, %107 : vector<8xf32>
          %109 = arith.select %108, %105, %107 : vector<8xf32>
          %110 = math.exp %109 : vector<8xf32>
          %111 = arith.constant 1.000000e+00 : f32
          %112 = vector.broadcast %111 : f32 to vector<8xf32>
          %113 = arith.addf %112, %110 : vector<8xf32>
          %114 = arith.divf %31, %113 : vector<8xf32>
          %115 = arith.mulf %114, %33 : vector<8xf32>
          %116 = arith.subf %30, %32 : vector<8xf32>
          %117 = arith.cmpf ogt, %116, %103 : vector<8xf32>
          %118 = arith.select %117, %116, %103 : vector<8xf32>
          %119 = arith.cmpf olt, %118, %107 : vector<8xf32>
          %120 = arith.select %119, %118, %107 : vector<8xf32>
          %121 = math.exp %120 : vector<8xf32>
          %122 = arith.addf %112, %121 : vector<8xf32>
          %123 = arith.divf %32, %122 : vector<8xf32>
          %124 = arith.mulf %123, %34 : vector<8xf32>
          %125 = arith.constant 192 : index
          %126 = arith.muli %16, %125 : index
          %127 = arith.constant 16 : index
          %128 = arith.muli %15, %127 : index
          %129 = arith.addi %126, %128 : index
          vector.store %115, %3[%129] : memref<?xf32>, vector<8xf32>
          %130 = arith.constant 8 : index
          %131 = arith.addi %129, %130 : index
          vector.store %124, %3[%131] : memref<?xf32>, vector<8xf32>
          %132 = arith.subf %30, %35 : vector<8xf32>
          %133 = arith.cmpf ogt, %132, %103 : vector<8xf32>
          %134 = arith.select %133, %132, %103 : vector<8xf32>
          %135 = arith.cmpf olt, %134, %107 : vector<8xf32>
          %136 = arith.select %135, %134, %107 : vector<8xf32>
          %137 = math.exp %136 : vector<8xf32>
          %138 = arith.addf %112, %137 : vector<8xf32>
          %139 = arith.divf %35, %138 : vector<8xf32>
          %140 = arith.mulf %139, %37 : vector<8xf32>
          %141 = arith.subf %30, %36 : vector<8xf32>
          %142 = arith.cmpf ogt, %141, %103 : vector<8xf32>
          %143 = arith.select %142, %141, %103 : vector<8xf32>
          %144 = arith.cmpf olt, %143, %107 : vector<8xf32>
          %145 = arith.select %144, %143, %107 : vector<8xf32>
          %146 = math.exp %145 : vector<8xf32>
          %147 = arith.addf %112, %146 : vector<8xf32>
          %148 = arith.divf %36, %147 : vector<8xf32>
          %149 = arith.mulf %148, %38 : vector<8xf32>
          %150 = arith.muli %17, %125 : index
          %151 = arith.addi %150, %128 : index
          vector.store %140, %3[%151] : memref<?xf32>, vector<8xf32>
          %152 = arith.addi %151, %130 : index
          vector.store %149, %3[%152] : memref<?xf32>, vector<8xf32>
          %153 = arith.subf %30, %39 : vector<8xf32>
          %154 = arith.cmpf ogt, %153, %103 : vector<8xf32>
          %155 = arith.select %154, %153, %103 : vector<8xf32>
          %156 = arith.cmpf olt, %155, %107 : vector<8xf32>
          %157 = arith.select %156, %155, %107 : vector<8xf32>
          %158 = math.exp %157 : vector<8xf32>
          %159 = arith.addf %112, %158 : vector<8xf32>
          %160 = arith.divf %39, %159 : vector<8xf32>
          %161 = arith.mulf %160, %41 : vector<8xf32>
          %162 = arith.subf %30, %40 : vector<8xf32>
          %163 = arith.cmpf ogt, %162, %103 : vector<8xf32>
          %164 = arith.select %163, %162, %103 : vector<8xf32>
          %165 = arith.cmpf olt, %164, %107 : vector<8xf32>
          %166 = arith.select %165, %164, %107 : vector<8xf32>
          %167 = math.exp %166 : vector<8xf32>
          %168 = arith.addf %112, %167 : vector<8xf32>
          %169 = arith.divf %40, %168 : vector<8xf32>
          %170 = arith.mulf %169, %42 : vector<8xf32>
          %171 = arith.muli %19, %125 : index
          %172 = arith.addi %171, %128 : index
          vector.store %161, %3[%172] : memref<?xf32>, vector<8xf32>
          %173 = arith.addi %172, %130 : index
          vector.store %170, %3[%173] : memref<?xf32>, vector<8xf32>
          %174 = arith.subf %30, %43 : vector<8xf32>
          %175 = arith.cmpf ogt, %174, %103 : vector<8xf32>
          %176 = arith.select %175, %174, %103 : vector<8xf32>
          %177 = arith.cmpf olt, %176, %107 : vector<8xf32>
          %178 = arith.select %177, %176, %107 : vector<8xf32>
          %179 = math.exp %178 : vector<8xf32>
          %180 = arith.addf %112, %179 : vector<8xf32>
          %181 = arith.divf %43, %180 : vector<8xf32>
          %182 = arith.mulf %181, %45 : vector<8xf32>
          %183 = arith.subf %30, %44 : vector<8xf32>
          %184 = arith.cmpf ogt, %183, %103 : vector<8xf32>
          %185 = arith.select %184, %183, %103 : vector<8xf32>
          %186 = arith.cmpf olt, %185, %107 : vector<8xf32>
          %187 = arith.select %186, %185, %107 : vector<8xf32>
          %188 = math.exp %187 : vector<8xf32>
          %189 = arith.addf %112, %188 : vector<8xf32>
          %190 = arith.divf %44, %189 : vector<8xf32>
          %191 = arith.mulf %190, %46 : vector<8xf32>
          %192 = arith.muli %21, %125 : index
          %193 = arith.addi %192, %128 : index
          vector.store %182, %3[%193] : memref<?xf32>, vector<8xf32>
          %194 = arith.addi %193, %130 : index
          vector.store %191, %3[%194] : memref<?xf32>, vector<8xf32>
        }
        scf.for %195 = %9 to %4 step %12 {
          %196 = arith.constant 2048 : index
          %197 = arith.muli %15, %196 : index
          %198 = arith.constant 128 : index
          %199 = arith.muli %195, %198 : index
          %200 = arith.constant 0.000000e+00 : f32
          %201 = vector.broadcast %200 : f32 to vector<8xf32>
          %202 = arith.constant 2 : index
          %203, %204, %205, %206, %207, %208, %209, %210 = scf.for %211 = %10 to %198 step %202 iter_args(%212 = %201, %213 = %201, %214 = %201, %215 = %201, %216 = %201, %217 = %201, %218 = %201, %219 = %201) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %220 = arith.constant 16 : index
            %221 = arith.muli %211, %220 : index
            %222 = arith.addi %197, %221 : index
            %223 = vector.load %1[%222] : memref<?xf32>, vector<8xf32>
            %224 = arith.constant 8 : index
            %225 = arith.addi %222, %224 : index
            %226 = vector.load %1[%225] : memref<?xf32>, vector<8xf32>
            %227 = vector.load %2[%222] : memref<?xf32>, vector<8xf32>
            %228 = vector.load %2[%225] : memref<?xf32>, vector<8xf32>
            %229 = arith.addi %199, %211 : index
            %230 = memref.load %0[%229] : memref<?xf32>
            %231 = vector.broadcast %230 : f32 to vector<8xf32>
            %232 = vector.fma %231, %223, %212 : vector<8xf32>
            %233 = vector.fma %231, %226, %213 : vector<8xf32>
            %234 = vector.fma %231, %227, %214 : vector<8xf32>
            %235 = vector.fma %231, %228, %215 : vector<8xf32>
            %236 = arith.addi %211, %12 : index
            %237 = arith.muli %236, %220 : index
            %238 = arith.addi %197, %237 : index
            %239 = vector.load %1[%238] : memref<?xf32>, vector<8xf32>
            %240 = arith.addi %238, %224 : index
            %241 = vector.load %1[%240] : memref<?xf32>, vector<8xf32>
            %242 = vector.load %2[%238] : memref<?xf32>, vector<8xf32>
            %243 = vector.load %2[%240] : memref<?xf32>, vector<8xf32>
            %244 = arith.addi %199, %236 : index
            %245 = memref.load %0[%244] : memref<?xf32>
            %246 = vector.broadcast %245 : f32 to vector<8xf32>
            %247 = vector.fma %246, %239, %216 : vector<8xf32>
            %248 = vector.fma %246, %241, %217 : vector<8xf32>
            %249 = vector.fma %246, %242, %218 : vector<8xf32>
            %250 = vector.fma %246, %243, %219 : vector<8xf32>
            scf.yield %232, %233, %234, %235, %247, %248, %249, %250 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %251 = arith.addf %203, %207 : vector<8xf32>
          %252 = arith.addf %204, %208 : vector<8xf32>
          %253 = arith.addf %205, %209 : vector<8xf32>
          %254 = arith.addf %206, %210 : vector<8xf32>
          %255 = arith.subf %201, %251 : vector<8xf32>
          %256 = arith.constant -8.700000e+01 : f32
          %257 = vector.broadcast %256 : f32 to vector<8xf32>
          %258 = arith.cmpf ogt, %255, %257 : vector<8xf32>
          %259 = arith.select %258, %255, %257 : vector<8xf32>
          %260 = arith.constant 8.800000e+01 : f32
          %261 = vector.broadcast %260 : f32 to vector<8xf32>
          %262 = arith.cmpf olt, %259, %261 : vector<8xf32>
          %263 = arith.select %262, %259, %261 : vector<8xf32>
          %264 = math.exp %263 : vector<8xf32>
          %265 = arith.constant 1.000000e+00 : f32
          %266 = vector.broadcast %265 : f32 to vector<8xf32>
          %267 = arith.addf %266, %264 : vector<8xf32>
          %268 = arith.divf %251, %267 : vector<8xf32>
          %269 = arith.mulf %268, %253 : vector<8xf32>
          %270 = arith.subf %201, %252 : vector<8xf32>
          %271 = arith.cmpf ogt, %270, %257 : vector<8xf32>
          %272 = arith.select %271, %270, %257 : vector<8xf32>
          %273 = arith.cmpf olt, %272, %261 : vector<8xf32>
          %274 = arith.select %273, %272, %261 : vector<8xf32>
          %275 = math.exp %274 : vector<8xf32>
          %276 = arith.addf %266, %275 : vector<8xf32>
          %277 = arith.divf %252, %276 : vector<8xf32>
          %278 = arith.mulf %277, %254 : vector<8xf32>
          %279 = arith.constant 192 : index
          %280 = arith.muli %195, %279 : index
          %281 = arith.constant 16 : index
          %282 = arith.muli %15, %281 : index
          %283 = arith.addi %280, %282 : index
          vector.store %269, %3[%283] : memref<?xf32>, vector<8xf32>
          %284 = arith.constant 8 : index
          %285 = arith.addi %283, %284 : index
          vector.store %278, %3[%285] : memref<?xf32>, vector<8xf32>
        }
      }
    } else {
      "scf.parallel"(%10, %11, %12) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%286: index):
        scf.for %287 = %10 to %9 step %7 {
          %288 = arith.addi %287, %12 : index
          %289 = arith.constant 2 : index
          %290 = arith.addi %287, %289 : index
          %291 = arith.constant 3 : index
          %292 = arith.addi %287, %291 : index
          %293 = arith.constant 2048 : index
          %294 = arith.muli %286, %293 : index
          %295 = arith.constant 128 : index
          %296 = arith.muli %287, %295 : index
          %297 = arith.muli %288, %295 : index
          %298 = arith.muli %290, %295 : index
          %299 = arith.muli %292, %295 : index
          %300 = arith.constant 0.000000e+00 : f32
          %301 = vector.broadcast %300 : f32 to vector<8xf32>
          %302, %303, %304, %305, %306, %307, %308, %309, %310, %311, %312, %313, %314, %315, %316, %317 = scf.for %318 = %10 to %295 step %12 iter_args(%319 = %301, %320 = %301, %321 = %301, %322 = %301, %323 = %301, %324 = %301, %325 = %301, %326 = %301, %327 = %301, %328 = %301, %329 = %301, %330 = %301, %331 = %301, %332 = %301, %333 = %301, %334 = %301) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %335 = arith.constant 16 : index
            %336 = arith.muli %318, %335 : index
            %337 = arith.addi %294, %336 : index
            %338 = vector.load %1[%337] : memref<?xf32>, vector<8xf32>
            %339 = arith.constant 8 : index
            %340 = arith.addi %337, %339 : index
            %341 = vector.load %1[%340] : memref<?xf32>, vector<8xf32>
            %342 = vector.load %2[%337] : memref<?xf32>, vector<8xf32>
            %343 = vector.load %2[%340] : memref<?xf32>, vector<8xf32>
            %344 = arith.addi %296, %318 : index
            %345 = memref.load %0[%344] : memref<?xf32>
            %346 = vector.broadcast %345 : f32 to vector<8xf32>
            %347 = vector.fma %346, %338, %319 : vector<8xf32>
            %348 = vector.fma %346, %341, %320 : vector<8xf32>
            %349 = vector.fma %346, %342, %321 : vector<8xf32>
            %350 = vector.fma %346, %343, %322 : vector<8xf32>
            %351 = arith.addi %297, %318 : index
            %352 = memref.load %0[%351] : memref<?xf32>
            %353 = vector.broadcast %352 : f32 to vector<8xf32>
            %354 = vector.fma %353, %338, %323 : vector<8xf32>
            %355 = vector.fma %353, %341, %324 : vector<8xf32>
            %356 = vector.fma %353, %342, %325 : vector<8xf32>
            %357 = vector.fma %353, %343, %326 : vector<8xf32>
            %358 = arith.addi %298, %318 : index
            %359 = memref.load %0[%358] : memref<?xf32>
            %360 = vector.broadcast %359 : f32 to vector<8xf32>
            %361 = vector.fma %360, %338, %327 : vector<8xf32>
            %362 = vector.fma %360, %341, %328 : vector<8xf32>
            %363 = vector.fma %360, %342, %329 : vector<8xf32>
            %364 = vector.fma %360, %343, %330 : vector<8xf32>
            %365 = arith.addi %299, %318 : index
            %366 = memref.load %0[%365] : memref<?xf32>
            %367 = vector.broadcast %366 : f32 to vector<8xf32>
            %368 = vector.fma %367, %338, %331 : vector<8xf32>
            %369 = vector.fma %367, %341, %332 : vector<8xf32>
            %370 = vector.fma %367, %342, %333 : vector<8xf32>
            %371 = vector.fma %367, %343, %334 : vector<8xf32>
            scf.yield %347, %348, %349, %350, %354, %355, %356, %357, %361, %362, %363, %364, %368, %369, %370, %371 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %372 = arith.subf %301, %302 : vector<8xf32>
          %373 = arith.constant -8.700000e+01 : f32
          %374 = vector.broadcast %373 : f32 to vector<8xf32>
          %375 = arith.cmpf ogt, %372, %374 : vector<8xf32>
          %376 = arith.select %375, %372, %374 : vector<8xf32>
          %377 = arith.constant 8.800000e+01 : f32
          %378 = vector.broadcast %377 : f32 to vector<8xf32>
          %379 = arith.cmpf olt, %376, %378 : vector<8xf32>
          %380 = arith.select %379, %376, %378 : vector<8xf32>
          %381 = math.exp %380 : vector<8xf32>
          %382 = arith.constant 1.000000e+00 : f32
          %383 = vector.broadcast %382 : f32 to vector<8xf32>
          %384 = arith.addf %383, %381 : vector<8xf32>
          %385 = arith.divf %302, %384 : vector<8xf32>
          %386 = arith.mulf %385, %304 : vector<8xf32>
          %387 = arith.subf %301, %303 : vector<8xf32>
          %388 = arith.cmpf ogt, %387, %374 : vector<8xf32>
          %389 = arith.select %388, %387, %374 : vector<8xf32>
          %390 = arith.cmpf olt, %389, %378 : vector<8xf32>
          %391 = arith.select %390, %389, %378 : vector<8xf32>
          %392 = math.exp %391 : vector<8xf32>
          %393 = arith.addf %383, %392 : vector<8xf32>
          %394 = arith.divf %303, %393 : vector<8xf32>
          %395 = arith.mulf %394, %305 : vector<8xf32>
          %396 = arith.constant 192 : index
          %397 = arith.muli %287, %396 : index
          %398 = arith.constant 16 : index
          %399 = arith.muli %286, %398 : index
          %400 = arith.addi %397, %399 : index
          vector.store %386, %3[%400] : memref<?xf32>, vector<8xf32>
          %401 = arith.constant 8 : index
          %402 = arith.addi %400, %401 : index
          vector.store %395, %3[%402] : memref<?xf32>, vector<8xf32>
          %403 = arith.subf %301, %306 : vector<8xf32>
          %404 = arith.cmpf ogt, %403, %374 : vector<8xf32>
          %405 = arith.select %404, %403, %374 : vector<8xf32>
          %406 = arith.cmpf olt, %405, %378 : vector<8xf32>
          %407 = arith.select %406, %405, %378 : vector<8xf32>
          %408 = math.exp %407 : vector<8xf32>
          %409 = arith.addf %383, %408 : vector<8xf32>
          %410 = arith.divf %306, %409 : vector<8xf32>
          %411 = arith.mulf %410, %308 : vector<8xf32>
          %412 = arith.subf %301, %307 : vector<8xf32>
          %413 = arith.cmpf ogt, %412, %374 : vector<8xf32>
          %414 = arith.select %413, %412, %374 : vector<8xf32>
          %415 = arith.cmpf olt, %414, %378 : vector<8xf32>
          %416 = arith.select %415, %414, %378 : vector<8xf32>
          %417 = math.exp %416 : vector<8xf32>
          %418 = arith.addf %383, %417 : vector<8xf32>
          %419 = arith.divf %307, %418 : vector<8xf32>
          %420 = arith.mulf %419, %309 : vector<8xf32>
          %421 = arith.muli %288, %396 : index
          %422 = arith.addi %421, %399 : index
          vector.store %411, %3[%422] : memref<?xf32>, vector<8xf32>
          %423 = arith.addi %422, %401 : index
          vector.store %420, %3[%423] : memref<?xf32>, vector<8xf32>
          %424 = arith.subf %301, %310 : vector<8xf32>
          %425 = arith.cmpf ogt, %424, %374 : vector<8xf32>
          %426 = arith.select %425, %424, %374 : vector<8xf32>
          %427 = arith.cmpf olt, %426, %378 : vector<8xf32>
          %428 = arith.select %427, %426, %378 : vector<8xf32>
          %429 = math.exp %428 : vector<8xf32>
          %430 = arith.addf %383, %429 : vector<8xf32>
          %431 = arith.divf %310, %430 : vector<8xf32>
          %432 = arith.mulf %431, %312 : vector<8xf32>
          %433 = arith.subf %301, %311 : vector<8xf32>
          %434 = arith.cmpf ogt, %433, %374 : vector<8xf32>
          %435 = arith.select %434, %433, %374 : vector<8xf32>
          %436 = arith.cmpf olt, %435, %378 : vector<8xf32>
          %437 = arith.select %436, %435, %378 : vector<8xf32>
          %438 = math.exp %437 : vector<8xf32>
          %439 = arith.addf %383, %438 : vector<8xf32>
          %440 = arith.divf %311, %439 : vector<8xf32>
          %441 = arith.mulf %440, %313 : vector<8xf32>
          %442 = arith.muli %290, %396 : index
          %443 = arith.addi %442, %399 : index
          vector.store %432, %3[%443] : memref<?xf32>, vector<8xf32>
          %444 = arith.addi %443, %401 : index
          vector.store %441, %3[%444] : memref<?xf32>, vector<8xf32>
          %445 = arith.subf %301, %314 : vector<8xf32>
          %446 = arith.cmpf ogt, %445, %374 : vector<8xf32>
          %447 = arith.select %446, %445, %374 : vector<8xf32>
          %448 = arith.cmpf olt, %447, %378 : vector<8xf32>
          %449 = arith.select %448, %447, %378 : vector<8xf32>
          %450 = math.exp %449 : vector<8xf32>
          %451 = arith.addf %383, %450 : vector<8xf32>
          %452 = arith.divf %314, %451 : vector<8xf32>
          %453 = arith.mulf %452, %316 : vector<8xf32>
          %454 = arith.subf %301, %315 : vector<8xf32>
          %455 = arith.cmpf ogt, %454, %374 : vector<8xf32>
          %456 = arith.select %455, %454, %374 : vector<8xf32>
          %457 = arith.cmpf olt, %456, %378 : vector<8xf32>
          %458 = arith.select %457, %456, %378 : vector<8xf32>
          %459 = math.exp %458 : vector<8xf32>
          %460 = arith.addf %383, %459 : vector<8xf32>
          %461 = arith.divf %315, %460 : vector<8xf32>
          %462 = arith.mulf %461, %317 : vector<8xf32>
          %463 = arith.muli %292, %396 : index
          %464 = arith.addi %463, %399 : index
          vector.store %453, %3[%464] : memref<?xf32>, vector<8xf32>
          %465 = arith.addi %464, %401 : index
          vector.store %462, %3[%465] : memref<?xf32>, vector<8xf32>
        }
        scf.for %466 = %9 to %4 step %12 {
          %467 = arith.constant 2048 : index
          %468 = arith.muli %286, %467 : index
          %469 = arith.constant 128 : index
          %470 = arith.muli %466, %469 : index
          %471 = arith.constant 0.000000e+00 : f32
          %472 = vector.broadcast %471 : f32 to vector<8xf32>
          %473 = arith.constant 2 : index
          %474, %475, %476, %477, %478, %479, %480, %481 = scf.for %482 = %10 to %469 step %473 iter_args(%483 = %472, %484 = %472, %485 = %472, %486 = %472, %487 = %472, %488 = %472, %489 = %472, %490 = %472) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %491 = arith.constant 16 : index
            %492 = arith.muli %482, %491 : index
            %493 = arith.addi %468, %492 : index
            %494 = vector.load %1[%493] : memref<?xf32>, vector<8xf32>
            %495 = arith.constant 8 : index
            %496 = arith.addi %493, %495 : index
            %497 = vector.load %1[%496] : memref<?xf32>, vector<8xf32>
            %498 = vector.load %2[%493] : memref<?xf32>, vector<8xf32>
            %499 = vector.load %2[%496] : memref<?xf32>, vector<8xf32>
            %500 = arith.addi %470, %482 : index
            %501 = memref.load %0[%500] : memref<?xf32>
            %502 = vector.broadcast %501 : f32 to vector<8xf32>
            %503 = vector.fma %502, %494, %483 : vector<8xf32>
            %504 = vector.fma %502, %497, %484 : vector<8xf32>
            %505 = vector.fma %502, %498, %485 : vector<8xf32>
            %506 = vector.fma %502, %499, %486 : vector<8xf32>
            %507 = arith.addi %482, %12 : index
            %508 = arith.muli %507, %491 : index
            %509 = arith.addi %468, %508 : index
            %510 = vector.load %1[%509] : memref<?xf32>, vector<8xf32>
            %511 = arith.addi %509, %495 : index
            %512 = vector.load %1[%511] : memref<?xf32>, vector<8xf32>
            %513 = vector.load %2[%509] : memref<?xf32>, vector<8xf32>
            %514 = vector.load %2[%511] : memref<?xf32>, vector<8xf32>
            %515 = arith.addi %470, %507 : index
            %516 = memref.load %0[%515] : memref<?xf32>
            %517 = vector.broadcast %516 : f32 to vector<8xf32>
            %518 = vector.fma %517, %510, %487 : vector<8xf32>
            %519 = vector.fma %517, %512, %488 : vector<8xf32>
            %520 = vector.fma %517, %513, %489 : vector<8xf32>
            %521 = vector.fma %517, %514, %490 : vector<8xf32>
            scf.yield %503, %504, %505, %506, %518, %519, %520, %521 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %522 = arith.addf %474, %478 : vector<8xf32>
          %523 = arith.addf %475, %479 : vector<8xf32>
          %524 = arith.addf %476, %480 : vector<8xf32>
          %525 = arith.addf %477, %481 : vector<8xf32>
          %526 = arith.subf %472, %522 : vector<8xf32>
          %527 = arith.constant -8.700000e+01 : f32
          %528 = vector.broadcast %527 : f32 to vector<8xf32>
          %529 = arith.cmpf ogt, %526, %528 : vector<8xf32>
          %530 = arith.select %529, %526, %528 : vector<8xf32>
          %531 = arith.constant 8.800000e+01 : f32
          %532 = vector.broadcast %531 : f32 to vector<8xf32>
          %533 = arith.cmpf olt, %530, %532 : vector<8xf32>
          %534 = arith.select %533, %530, %532 : vector<8xf32>
          %535 = math.exp %534 : vector<8xf32>
          %536 = arith.constant 1.000000e+00 : f32
          %537 = vector.broadcast %536 : f32 to vector<8xf32>
          %538 = arith.addf %537, %535 : vector<8xf32>
          %539 = arith.divf %522, %538 : vector<8xf32>
          %540 = arith.mulf %539, %524 : vector<8xf32>
          %541 = arith.subf %472, %523 : vector<8xf32>
          %542 = arith.cmpf ogt, %541, %528 : vector<8xf32>
          %543 = arith.select %542, %541, %528 : vector<8xf32>
          %544 = arith.cmpf olt, %543, %532 : vector<8xf32>
          %545 = arith.select %544, %543, %532 : vector<8xf32>
          %546 = math.exp %545 : vector<8xf32>
          %547 = arith.addf %537, %546 : vector<8xf32>
          %548 = arith.divf %523, %547 : vector<8xf32>
          %549 = arith.mulf %548, %525 : vector<8xf32>
          %550 = arith.constant 192 : index
          %551 = arith.muli %466, %550 : index
          %552 = arith.constant 16 : index
          %553 = arith.muli %286, %552 : index
          %554 = arith.addi %551, %553 : index
          vector.store %540, %3[%554] : memref<?xf32>, vector<8xf32>
          %555 = arith.constant 8 : index
          %556 = arith.addi %554, %555 : index
          vector.store %549, %3[%556] : memref<?xf32>, vector<8xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @multi_linear_k128_n128x64x64(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: memref<?xf32>, %4: memref<?xf32>, %5: memref<?xf32>, %6: memref<?xf32>, %7: index) {
    %8 = arith.constant 32768 : index
    %9 = arith.muli %7, %8 : index
    %10 = arith.constant 4 : index
    %11 = arith.divui %7, %10 : index
    %12 = arith.muli %11, %10 : index
    %13 = arith.constant 0 : index
    %14 = arith.constant 16 : index
    %15 = arith.constant 1 : index
    %16 = arith.constant 262144 : index
    %17 = arith.cmpi ult, %9, %16 : index
    scf.if %17 {
      scf.for %18 = %13 to %14 step %15 {
        scf.for %19 = %13 to %12 step %10 {
          %20 = arith.addi %19, %15 : index
          %21 = arith.constant 2 : index
          %22 = arith.addi %19, %21 : index
          %23 = arith.constant 3 : index
          %24 = arith.addi %19, %23 : index
          %25 = arith.constant 12 : index
          %26 = arith.cmpi ult, %18, %25 : index
          %27 = arith.select %26, %2, %3 : memref<?xf32>
          %28 = arith.constant 8 : index
          %29 = arith.cmpi ult, %18, %28 : index
          %30 = arith.select %29, %1, %27 : memref<?xf32>
          %31 = arith.select %26, %28, %25 : index
          %32 = arith.select %29, %13, %31 : index
          %33 = arith.subi %18, %32 : index
          %34 = arith.constant 64 : index
          %35 = arith.select %26, %34, %34 : index
          %36 = arith.constant 128 : index
          %37 = arith.select %29, %36, %35 : index
          %38 = arith.select %26, %5, %6 : memref<?xf32>
          %39 = arith.select %29, %4, %38 : memref<?xf32>
          %40 = arith.muli %33, %14 : index
          %41 = arith.constant 2048 : index
          %42 = arith.muli %33, %41 : index
          %43 = arith.muli %19, %36 : index
          %44 = arith.muli %20, %36 : index
          %45 = arith.muli %22, %36 : index
          %46 = arith.muli %24, %36 : index
          %47 = arith.constant 0.000000e+00 : f32
          %48 = vector.broadcast %47 : f32 to vector<8xf32>
          %49, %50, %51, %52, %53, %54, %55, %56 = scf.for %57 = %13 to %36 step %15 iter_args(%58 = %48, %59 = %48, %60 = %48, %61 = %48, %62 = %48, %63 = %48, %64 = %48, %65 = %48) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %66 = arith.muli %57, %14 : index
            %67 = arith.addi %42, %66 : index
            %68 = vector.load %30[%67] : memref<?xf32>, vector<8xf32>
            %69 = arith.addi %67, %28 : index
            %70 = vector.load %30[%69] : memref<?xf32>, vector<8xf32>
            %71 = arith.addi %43, %57 : index
            %72 = memref.load %0[%71] : memref<?xf32>
            %73 = vector.broadcast %72 : f32 to vector<8xf32>
            %74 = vector.fma %73, %68, %58 : vector<8xf32>
            %75 = vector.fma %73, %70, %59 : vector<8xf32>
            %76 = arith.addi %44, %57 : index
            %77 = memref.load %0[%76] : memref<?xf32>
            %78 = vector.broadcast %77 : f32 to vector<8xf32>
            %79 = vector.fma %78, %68, %60 : vector<8xf32>
            %80 = vector.fma %78, %70, %61 : vector<8xf32>
            %81 = arith.addi %45, %57 : index
            %82 = memref.load %0[%81] : memref<?xf32>
            %83 = vector.broadcast %82 : f32 to vector<8xf32>
            %84 = vector.fma %83, %68, %62 : vector<8xf32>
            %85 = vector.fma %83, %70, %63 : vector<8xf32>
            %86 = arith.addi %46, %57 : index
            %87 = memref.load %0[%86] : memref<?xf32>
            %88 = vector.broadcast %87 : f32 to vector<8xf32>
            %89 = vector.fma %88, %68, %64 : vector<8xf32>
            %90 = vector.fma %88, %70, %65 : vector<8xf32>
            scf.yield %74, %75, %79, %80, %84, %85, %89, %90 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %91 = arith.muli %19, %37 : index
          %92 = arith.addi %91, %40 : index
          vector.store %49, %39[%92] : memref<?xf32>, vector<8xf32>
          %93 = arith.addi %92, %28 : index
          vector.store %50, %39[%93] : memref<?xf32>, vector<8xf32>
          %94 = arith.muli %20, %37 : index
          %95 = arith.addi %94, %40 : index
          vector.store %51, %39[%95] : memref<?xf32>, vector<8xf32>
          %96 = arith.addi %95, %28 : index
          vector.store %52, %39[%96] : memref<?xf32>, vector<8xf32>
          %97 = arith.muli %22, %37 : index
          %98 = arith.addi %97, %40 : index
          vector.store %53, %39[%98] : memref<?xf32>, vector<8xf32>
          %99 = arith.addi %98, %28 : index
          vector.store %54, %39[%99] : memref<?xf32>, vector<8xf32>
          %100 = arith.muli %24, %37 : index
          %101 = arith.addi %100, %40 : index
          vector.store %55, %39[%101] : memref<?xf32>, vector<8xf32>
          %102 = arith.addi %101, %28 : index
          vector.store %56, %39[%102] : memref<?xf32>, vector<8xf32>
        }
        scf.for %103 = %12 to %7 step %15 {
          %104 = arith.constant 12 : index
          %105 = arith.cmpi ult, %18, %104 : index
          %106 = arith.select %105, %2, %3 : memref<?xf32>
          %107 = arith.constant 8 : index
          %108 = arith.cmpi ult, %18, %107 : index
          %109 = arith.select %108, %1, %106 : memref<?xf32>
          %110 = arith.select %105, %107, %104 : index
          %111 = arith.select %108, %13, %110 : index
          %112 = arith.subi %18, %111 : index
          %113 = arith.constant 64 : index
          %114 = arith.select %105, %113, %113 : index
          %115 = arith.constant 128 : index
          %116 = arith.select %108, %115, %114 : index
          %117 = arith.select %105, %5, %6 : memref<?xf32>
          %118 = arith.select %108, %4, %117 : memref<?xf32>
          %119 = arith.muli %112, %14 : index
          %120 = arith.constant 2048 : index
          %121 = arith.muli %112, %120 : index
          %122 = arith.muli %103, %115 : index
          %123 = arith.constant 0.000000e+00 : f32
          %124 = vector.broadcast %123 : f32 to vector<8xf32>
          %125, %126, %127, %128, %129, %130, %131, %132 = scf.for %133 = %13 to %115 step %10 iter_args(%134 = %124, %135 = %124, %136 = %124, %137 = %124, %138 = %124, %139 = %124, %140 = %124, %141 = %124) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %142 = arith.muli %133, %14 : index
            %143 = arith.addi %121, %142 : index
            %144 = vector.load %109[%143] : memref<?xf32>, vector<8xf32>
            %145 = arith.addi %143, %107 : index
            %146 = vector.load %109[%145] : memref<?xf32>, vector<8xf32>
            %147 = arith.addi %122, %133 : index
            %148 = memref.load %0[%147] : memref<?xf32>
            %149 = vector.broadcast %148 : f32 to vector<8xf32>
            %150 = vector.fma %149, %144, %134 : vector<8xf32>
            %151 = vector.fma %149, %146, %135 : vector<8xf32>
            %152 = arith.addi %133, %15 : index
            %153 = arith.muli %152, %14 : index
            %154 = arith.addi %121, %153 : index
            %155 = vector.load %109[%154] : memref<?xf32>, vector<8xf32>
            %156 = arith.addi %154, %107 : index
            %157 = vector.load %109[%156] : memref<?xf32>, vector<8xf32>
            %158 = arith.addi %122, %152 : index
            %159 = memref.load %0[%158] : memref<?xf32>
            %160 = vector.broadcast %159 : f32 to vector<8xf32>
            %161 = vector.fma %160, %155, %136 : vector<8xf32>
            %162 = vector.fma %160, %157, %137 : vector<8xf32>
            %163 = arith.constant 2 : index
            %164 = arith.addi %133, %163 : index
            %165 = arith.muli %164, %14 : index
            %166 = arith.addi %121, %165 : index
            %167 = vector.load %109[%166] : memref<?xf32>, vector<8xf32>
            %168 = arith.addi %166, %107 : index
            %169 = vector.load %109[%168] : memref<?xf32>, vector<8xf32>
            %170 = arith.addi %122, %164 : index
            %171 = memref.load %0[%170] : memref<?xf32>
            %172 = vector.broadcast %171 : f32 to vector<8xf32>
            %173 = vector.fma %172, %167, %138 : vector<8xf32>
            %174 = vector.fma %172, %169, %139 : vector<8xf32>
            %175 = arith.constant 3 : index
            %176 = arith.addi %133, %175 : index
            %177 = arith.muli %176, %14 : index
            %178 = arith.addi %121, %177 : index
            %179 = vector.load %109[%178] : memref<?xf32>, vector<8xf32>
            %180 = arith.addi %178, %107 : index
            %181 = vector.load %109[%180] : memref<?xf32>, vector<8xf32>
            %182 = arith.addi %122, %176 : index
            %183 = memref.load %0[%182] : memref<?xf32>
            %184 = vector.broadcast %183 : f32 to vector<8xf32>
            %185 = vector.fma %184, %179, %140 : vector<8xf32>
            %186 = vector.fma %184, %181, %141 : vector<8xf32>
            scf.yield %150, %151, %161, %162, %173, %174, %185, %186 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %187 = arith.addf %125, %127 : vector<8xf32>
          %188 = arith.addf %129, %131 : vector<8xf32>
          %189 = arith.addf %187, %188 : vector<8xf32>
          %190 = arith.addf %126, %128 : vector<8xf32>
          %191 = arith.addf %130, %132 : vector<8xf32>
          %192 = arith.addf %190, %191 : vector<8xf32>
          %193 = arith.muli %103, %116 : index
          %194 = arith.addi %193, %119 : index
          vector.store %189, %118[%194] : memref<?xf32>, vector<8xf32>
          %195 = arith.addi %194, %107 : index
          vector.store %192, %118[%195] : memref<?xf32>, vector<8xf32>
        }
      }
    } else {
      "scf.parallel"(%13, %14, %15) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%196: index):
        scf.for %197 = %13 to %12 step %10 {
          %198 = arith.addi %197, %15 : index
          %199 = arith.constant 2 : index
          %200 = arith.addi %197, %199 : index
          %201 = arith.constant 3 : index
          %202 = arith.addi %197, %201 : index
          %203 = arith.constant 12 : index
          %204 = arith.cmpi ult, %196, %203 : index
          %205 = arith.select %204, %2, %3 : memref<?xf32>
          %206 = arith.constant 8 : index
          %207 = arith.cmpi ult, %196, %206 : index
          %208 = arith.select %207, %1, %205 : memref<?xf32>
          %209 = arith.select %204, %206, %203 : index
          %210 = arith.select %207, %13, %209 : index
          %211 = arith.subi %196, %210 : index
          %212 = arith.constant 64 : index
          %213 = arith.select %204, %212, %212 : index
          %214 = arith.constant 128 : index
          %215 = arith.select %207, %214, %213 : index
          %216 = arith.select %204, %5, %6 : memref<?xf32>
          %217 = arith.select %207, %4, %216 : memref<?xf32>
          %218 = arith.muli %211, %14 : index
          %219 = arith.constant 2048 : index
          %220 = arith.muli %211, %219 : index
          %221 = arith.muli %197, %214 : index
          %222 = arith.muli %198, %214 : index
          %223 = arith.muli %200, %214 : index
          %224 = arith.muli %202, %214 : index
          %225 = arith.constant 0.000000e+00 : f32
          %226 = vector.broadcast %225 : f32 to vector<8xf32>
          %227, %228, %229, %230, %231, %232, %233, %234 = scf.for %235 = %13 to %214 step %15 iter_args(%236 = %226, %237 = %226, %238 = %226, %239 = %226, %240 = %226, %241 = %226, %242 = %226, %243 = %226) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %244 = arith.muli %235, %14 : index
            %245 = arith.addi %220, %244 : index
            %246 = vector.load %208[%245] : memref<?xf32>, vector<8xf32>
            %247 = arith.addi %245, %206 : index
            %248 = vector.load %208[%247] : memref<?xf32>, vector<8xf32>
            %249 = arith.addi %221, %235 : index
            %250 = memref.load %0[%249] : memref<?xf32>
            %251 = vector.broadcast %250 : f32 to vector<8xf32>
            %252 = vector.fma %251, %246, %236 : vector<8xf32>
            %253 = vector.fma %251, %248, %237 : vector<8xf32>
            %254 = arith.addi %222, %235 : index
            %255 = memref.load %0[%254] : memref<?xf32>
            %256 = vector.broadcast %255 : f32 to vector<8xf32>
            %257 = vector.fma %256, %246, %238 : vector<8xf32>
            %258 = vector.fma %256, %248, %239 : vector<8xf32>
            %259 = arith.addi %223, %235 : index
            %260 = memref.load %0[%259] : memref<?xf32>
            %261 = vector.broadcast %260 : f32 to vector<8xf32>
            %262 = vector.fma %261, %246, %240 : vector<8xf32>
            %263 = vector.fma %261, %248, %241 : vector<8xf32>
            %264 = arith.addi %224, %235 : index
            %265 = memref.load %0[%264] : memref<?xf32>
            %266 = vector.broadcast %265 : f32 to vector<8xf32>
            %267 = vector.fma %266, %246, %242 : vector<8xf32>
            %268 = vector.fma %266, %248, %243 : vector<8xf32>
            scf.yield %252, %253, %257, %258, %262, %263, %267, %268 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %269 = arith.muli %197, %215 : index
          %270 = arith.addi %269, %218 : index
          vector.store %227, %217[%270] : memref<?xf32>, vector<8xf32>
          %271 = arith.addi %270, %206 : index
          vector.store %228, %217[%271] : memref<?xf32>, vector<8xf32>
          %272 = arith.muli %198, %215 : index
          %273 = arith.addi %272, %218 : index
          vector.store %229, %217[%273] : memref<?xf32>, vector<8xf32>
          %274 = arith.addi %273, %206 : index
          vector.store %230, %217[%274] : memref<?xf32>, vector<8xf32>
          %275 = arith.muli %200, %215 : index
          %276 = arith.addi %275, %218 : index
          vector.store %231, %217[%276] : memref<?xf32>, vector<8xf32>
          %277 = arith.addi %276, %206 : index
          vector.store %232, %217[%277] : memref<?xf32>, vector<8xf32>
          %278 = arith.muli %202, %215 : index
          %279 = arith.addi %278, %218 : index
          vector.store %233, %217[%279] : memref<?xf32>, vector<8xf32>
          %280 = arith.addi %279, %206 : index
          vector.store %234, %217[%280] : memref<?xf32>, vector<8xf32>
        }
        scf.for %281 = %12 to %7 step %15 {
          %282 = arith.constant 12 : index
          %283 = arith.cmpi ult, %196, %282 : index
          %284 = arith.select %283, %2, %3 : memref<?xf32>
          %285 = arith.constant 8 : index
          %286 = arith.cmpi ult, %196, %285 : index
          %287 = arith.select %286, %1, %284 : memref<?xf32>
          %288 = arith.select %283, %285, %282 : index
          %289 = arith.select %286, %13, %288 : index
          %290 = arith.subi %196, %289 : index
          %291 = arith.constant 64 : index
          %292 = arith.select %283, %291, %291 : index
          %293 = arith.constant 128 : index
          %294 = arith.select %286, %293, %292 : index
          %295 = arith.select %283, %5, %6 : memref<?xf32>
          %296 = arith.select %286, %4, %295 : memref<?xf32>
          %297 = arith.muli %290, %14 : index
          %298 = arith.constant 2048 : index
          %299 = arith.muli %290, %298 : index
          %300 = arith.muli %281, %293 : index
          %301 = arith.constant 0.000000e+00 : f32
          %302 = vector.broadcast %301 : f32 to vector<8xf32>
          %303, %304, %305, %306, %307, %308, %309, %310 = scf.for %311 = %13 to %293 step %10 iter_args(%312 = %302, %313 = %302, %314 = %302, %315 = %302, %316 = %302, %317 = %302, %318 = %302, %319 = %302) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
            %320 = arith.muli %311, %14 : index
            %321 = arith.addi %299, %320 : index
            %322 = vector.load %287[%321] : memref<?xf32>, vector<8xf32>
            %323 = arith.addi %321, %285 : index
            %324 = vector.load %287[%323] : memref<?xf32>, vector<8xf32>
            %325 = arith.addi %300, %311 : index
            %326 = memref.load %0[%325] : memref<?xf32>
            %327 = vector.broadcast %326 : f32 to vector<8xf32>
            %328 = vector.fma %327, %322, %312 : vector<8xf32>
            %329 = vector.fma %327, %324, %313 : vector<8xf32>
            %330 = arith.addi %311, %15 : index
            %331 = arith.muli %330, %14 : index
            %332 = arith.addi %299, %331 : index
            %333 = vector.load %287[%332] : memref<?xf32>, vector<8xf32>
            %334 = arith.addi %332, %285 : index
            %335 = vector.load %287[%334] : memref<?xf32>, vector<8xf32>
            %336 = arith.addi %300, %330 : index
            %337 = memref.load %0[%336] : memref<?xf32>
            %338 = vector.broadcast %337 : f32 to vector<8xf32>
            %339 = vector.fma %338, %333, %314 : vector<8xf32>
            %340 = vector.fma %338, %335, %315 : vector<8xf32>
            %341 = arith.constant 2 : index
            %342 = arith.addi %311, %341 : index
            %343 = arith.muli %342, %14 : index
            %344 = arith.addi %299, %343 : index
            %345 = vector.load %287[%344] : memref<?xf32>, vector<8xf32>
            %346 = arith.addi %344, %285 : index
            %347 = vector.load %287[%346] : memref<?xf32>, vector<8xf32>
            %348 = arith.addi %300, %342 : index
            %349 = memref.load %0[%348] : memref<?xf32>
            %350 = vector.broadcast %349 : f32 to vector<8xf32>
            %351 = vector.fma %350, %345, %316 : vector<8xf32>
            %352 = vector.fma %350, %347, %317 : vector<8xf32>
            %353 = arith.constant 3 : index
            %354 = arith.addi %311, %353 : index
            %355 = arith.muli %354, %14 : index
            %356 = arith.addi %299, %355 : index
            %357 = vector.load %287[%356] : memref<?xf32>, vector<8xf32>
            %358 = arith.addi %356, %285 : index
            %359 = vector.load %287[%358] : memref<?xf32>, vector<8xf32>
            %360 = arith.addi %300, %354 : index
            %361 = memref.load %0[%360] : memref<?xf32>
            %362 = vector.broadcast %361 : f32 to vector<8xf32>
            %363 = vector.fma %362, %357, %318 : vector<8xf32>
            %364 = vector.fma %362, %359, %319 : vector<8xf32>
            scf.yield %328, %329, %339, %340, %351, %352, %363, %364 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
          }
          %365 = arith.addf %303, %305 : vector<8xf32>
          %366 = arith.addf %307, %309 : vector<8xf32>
          %367 = arith.addf %365, %366 : vector<8xf32>
          %368 = arith.addf %304, %306 : vector<8xf32>
          %369 = arith.addf %308, %310 : vector<8xf32>
          %370 = arith.addf %368, %369 : vector<8xf32>
          %371 = arith.muli %281, %294 : index
          %372 = arith.addi %371, %297 : index
          vector.store %367, %296[%372] : memref<?xf32>, vector<8xf32>
          %373 = arith.addi %372, %285 : index
          vector.store %370, %296[%373] : memref<?xf32>, vector<8xf32>
        }
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
  func.func private @rms_norm_d128_g128_eps9p999999974752427em07(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) {
    %4 = arith.constant 0 : index
    %5 = arith.constant 1 : index
    scf.for %6 = %4 to %3 step %5 {
      %7 = arith.constant 128 : index
      %8 = arith.muli %6, %7 : index
      %9 = arith.constant 0.000000e+00 : f32
      %10 = vector.broadcast %9 : f32 to vector<8xf32>
      %11 = arith.constant 32 : index
      %12, %13, %14, %15 = scf.for %16 = %4 to %7 step %11 iter_args(%17 = %10, %18 = %10, %19 = %10, %20 = %10) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
        %21 = arith.addi %8, %16 : index
        %22 = vector.load %0[%21] : memref<?xf32>, vector<8xf32>
        %23 = vector.fma %22, %22, %17 : vector<8xf32>
        %24 = arith.constant 8 : index
        %25 = arith.addi %16, %24 : index
        %26 = arith.addi %8, %25 : index
        %27 = vector.load %0[%26] : memref<?xf32>, vector<8xf32>
        %28 = vector.fma %27, %27, %18 : vector<8xf32>
        %29 = arith.constant 16 : index
        %30 = arith.addi %16, %29 : index
        %31 = arith.addi %8, %30 : index
        %32 = vector.load %0[%31] : memref<?xf32>, vector<8xf32>
        %33 = vector.fma %32, %32, %19 : vector<8xf32>
        %34 = arith.constant 24 : index
        %35 = arith.addi %16, %34 : index
        %36 = arith.addi %8, %35 : index
        %37 = vector.load %0[%36] : memref<?xf32>, vector<8xf32>
        %38 = vector.fma %37, %37, %20 : vector<8xf32>
        scf.yield %23, %28, %33, %38 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
      }
      %39 = arith.addf %12, %13 : vector<8xf32>
      %40 = arith.addf %14, %15 : vector<8xf32>
      %41 = arith.addf %39, %40 : vector<8xf32>
      %42 = vector.reduction <add>, %41 : vector<8xf32> into f32
      %43 = arith.constant 7.812500e-03 : f32
      %44 = arith.mulf %42, %43 : f32
      %45 = arith.constant 1.000000e+00 : f32
      %46 = arith.constant 1.000000e-06 : f32
      %47 = arith.addf %44, %46 : f32
      %48 = math.sqrt %47 : f32
      %49 = arith.divf %45, %48 : f32
      %50 = vector.broadcast %49 : f32 to vector<8xf32>
      %51 = arith.constant 8 : index
      scf.for %52 = %4 to %7 step %51 {
        %53 = arith.addi %8, %52 : index
        %54 = vector.load %0[%53] : memref<?xf32>, vector<8xf32>
        %55 = arith.mulf %54, %50 : vector<8xf32>
        %56 = vector.load %1[%52] : memref<?xf32>, vector<8xf32>
        %57 = arith.mulf %55, %56 : vector<8xf32>
        vector.store %57, %2[%53] : memref<?xf32>, vector<8xf32>
      }
    }
    func.return
  }
  func.func private @rms_norm_d128_g32_eps9p999999974752427em07(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) {
    %4 = arith.constant 4 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 0 : index
    %7 = arith.constant 1 : index
    scf.for %8 = %6 to %5 step %7 {
      %9 = arith.constant 32 : index
      %10 = arith.muli %8, %9 : index
      %11 = arith.constant 0.000000e+00 : f32
      %12 = vector.broadcast %11 : f32 to vector<8xf32>
      %13, %14, %15, %16 = scf.for %17 = %6 to %9 step %9 iter_args(%18 = %12, %19 = %12, %20 = %12, %21 = %12) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
        %22 = arith.addi %10, %17 : index
        %23 = vector.load %0[%22] : memref<?xf32>, vector<8xf32>
        %24 = vector.fma %23, %23, %18 : vector<8xf32>
        %25 = arith.constant 8 : index
        %26 = arith.addi %17, %25 : index
        %27 = arith.addi %10, %26 : index
        %28 = vector.load %0[%27] : memref<?xf32>, vector<8xf32>
        %29 = vector.fma %28, %28, %19 : vector<8xf32>
        %30 = arith.constant 16 : index
        %31 = arith.addi %17, %30 : index
        %32 = arith.addi %10, %31 : index
        %33 = vector.load %0[%32] : memref<?xf32>, vector<8xf32>
        %34 = vector.fma %33, %33, %20 : vector<8xf32>
        %35 = arith.constant 24 : index
        %36 = arith.addi %17, %35 : index
        %37 = arith.addi %10, %36 : index
        %38 = vector.load %0[%37] : memref<?xf32>, vector<8xf32>
        %39 = vector.fma %38, %38, %21 : vector<8xf32>
        scf.yield %24, %29, %34, %39 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
      }
      %40 = arith.addf %13, %14 : vector<8xf32>
      %41 = arith.addf %15, %16 : vector<8xf32>
      %42 = arith.addf %40, %41 : vector<8xf32>
      %43 = vector.reduction <add>, %42 : vector<8xf32> into f32
      %44 = arith.constant 3.125000e-02 : f32
      %45 = arith.mulf %43, %44 : f32
      %46 = arith.constant 1.000000e+00 : f32
      %47 = arith.constant 1.000000e-06 : f32
      %48 = arith.addf %45, %47 : f32
      %49 = math.sqrt %48 : f32
      %50 = arith.divf %46, %49 : f32
      %51 = vector.broadcast %50 : f32 to vector<8xf32>
      %52 = arith.constant 8 : index
      scf.for %53 = %6 to %9 step %52 {
        %54 = arith.addi %10, %53 : index
        %55 = vector.load %0[%54] : memref<?xf32>, vector<8xf32>
        %56 = arith.mulf %55, %51 : vector<8xf32>
        %57 = vector.load %1[%53] : memref<?xf32>, vector<8xf32>
        %58 = arith.mulf %56, %57 : vector<8xf32>
        vector.store %58, %2[%54] : memref<?xf32>, vector<8xf32>
      }
    }
    func.return
  }
  func.func private @rms_norm_d64_g32_eps9p999999974752427em07(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: index) {
    %4 = arith.constant 2 : index
    %5 = arith.muli %3, %4 : index
    %6 = arith.constant 0 : index
    %7 = arith.constant 1 : index
    scf.for %8 = %6 to %5 step %7 {
      %9 = arith.constant 32 : index
      %10 = arith.muli %8, %9 : index
      %11 = arith.constant 0.000000e+00 : f32
      %12 = vector.broadcast %11 : f32 to vector<8xf32>
      %13, %14, %15, %16 = scf.for %17 = %6 to %9 step %9 iter_args(%18 = %12, %19 = %12, %20 = %12, %21 = %12) -> (vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>) {
        %22 = arith.addi %10, %17 : index
        %23 = vector.load %0[%22] : memref<?xf32>, vector<8xf32>
        %24 = vector.fma %23, %23, %18 : vector<8xf32>
        %25 = arith.constant 8 : index
        %26 = arith.addi %17, %25 : index
        %27 = arith.addi %10, %26 : index
        %28 = vector.load %0[%27] : memref<?xf32>, vector<8xf32>
        %29 = vector.fma %28, %28, %19 : vector<8xf32>
        %30 = arith.constant 16 : index
        %31 = arith.addi %17, %30 : index
        %32 = arith.addi %10, %31 : index
        %33 = vector.load %0[%32] : memref<?xf32>, vector<8xf32>
        %34 = vector.fma %33, %33, %20 : vector<8xf32>
        %35 = arith.constant 24 : index
        %36 = arith.addi %17, %35 : index
        %37 = arith.addi %10, %36 : index
        %38 = vector.load %0[%37] : memref<?xf32>, vector<8xf32>
        %39 = vector.fma %38, %38, %21 : vector<8xf32>
        scf.yield %24, %29, %34, %39 : vector<8xf32>, vector<8xf32>, vector<8xf32>, vector<8xf32>
      }
      %40 = arith.addf %13, %14 : vector<8xf32>
      %41 = arith.addf %15, %16 : vector<8xf32>
      %42 = arith.addf %40, %41 : vector<8xf32>
      %43 = vector.reduction <add>, %42 : vector<8xf32> into f32
      %44 = arith.constant 3.125000e-02 : f32
      %45 = arith.mulf %43, %44 : f32
      %46 = arith.constant 1.000000e+00 : f32
      %47 = arith.constant 1.000000e-06 : f32
      %48 = arith.addf %45, %47 : f32
      %49 = math.sqrt %48 : f32
      %50 = arith.divf %46, %49 : f32
      %51 = vector.broadcast %50 : f32 to vector<8xf32>
      %52 = arith.constant 8 : index
      scf.for %53 = %6 to %9 step %52 {
        %54 = arith.addi %10, %53 : index
        %55 = vector.load %0[%54] : memref<?xf32>, vector<8xf32>
        %56 = arith.mulf %55, %51 : vector<8xf32>
        %57 = vector.load %1[%53] : memref<?xf32>, vector<8xf32>
        %58 = arith.mulf %56, %57 : vector<8xf32>
        vector.store %58, %2[%54] : memref<?xf32>, vector<8xf32>
      }
    }
    func.return
  }
  func.func private @rope_nh2_hd32(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: memref<?xf32>, %4: index, %5: index, %6: index) {
    %7 = arith.muli %4, %5 : index
    %8 = arith.constant 0 : index
    %9 = arith.constant 1 : index
    scf.for %10 = %8 to %7 step %9 {
      %11 = arith.remui %10, %5 : index
      %12 = arith.addi %6, %11 : index
      %13 = arith.constant 16 : index
      %14 = arith.muli %12, %13 : index
      %15 = arith.constant 2 : index
      scf.for %16 = %8 to %15 step %9 {
        %17 = arith.muli %10, %15 : index
        %18 = arith.addi %17, %16 : index
        %19 = arith.constant 32 : index
        %20 = arith.muli %18, %19 : index
        %21 = arith.constant 8 : index
        scf.for %22 = %8 to %13 step %21 {
          %23 = arith.addi %20, %22 : index
          %24 = arith.addi %23, %13 : index
          %25 = vector.load %0[%23] : memref<?xf32>, vector<8xf32>
          %26 = vector.load %0[%24] : memref<?xf32>, vector<8xf32>
          %27 = arith.addi %14, %22 : index
          %28 = vector.load %1[%27] : memref<?xf32>, vector<8xf32>
          %29 = vector.load %2[%27] : memref<?xf32>, vector<8xf32>
          %30 = arith.mulf %25, %28 : vector<8xf32>
          %31 = arith.mulf %26, %29 : vector<8xf32>
          %32 = arith.subf %30, %31 : vector<8xf32>
          vector.store %32, %3[%23] : memref<?xf32>, vector<8xf32>
          %33 = arith.mulf %26, %28 : vector<8xf32>
          %34 = arith.mulf %25, %29 : vector<8xf32>
          %35 = arith.addf %33, %34 : vector<8xf32>
          vector.store %35, %3[%24] : memref<?xf32>, vector<8xf32>
        }
      }
    }
    func.return
  }
  func.func private @rope_nh4_hd32(%0: memref<?xf32>, %1: memref<?xf32>, %2: memref<?xf32>, %3: memref<?xf32>, %4: index, %5: index, %6: index) {
    %7 = arith.muli %4, %5 : index
    %8 = arith.constant 0 : index
    %9 = arith.constant 1 : index
    scf.for %10 = %8 to %7 step %9 {
      %11 = arith.remui %10, %5 : index
      %12 = arith.addi %6, %11 : index
      %13 = arith.constant 16 : index
      %14 = arith.muli %12, %13 : index
      %15 = arith.constant 4 : index
      scf.for %16 = %8 to %15 step %9 {
        %17 = arith.muli %10, %15 : index
        %18 = arith.addi %17, %16 : index
        %19 = arith.constant 32 : index
        %20 = arith.muli %18, %19 : index
        %21 = arith.constant 8 : index
        scf.for %22 = %8 to %13 step %21 {
          %23 = arith.addi %20, %22 : index
          %24 = arith.addi %23, %13 : index
          %25 = vector.load %0[%23] : memref<?xf32>, vector<8xf32>
          %26 = vector.load %0[%24] : memref<?xf32>, vector<8xf32>
          %27 = arith.addi %14, %22 : index
          %28 = vector.load %1[%27] : memref<?xf32>, vector<8xf32>
          %29 = vector.load %2[%27] : memref<?xf32>, vector<8xf32>
          %30 = arith.mulf %25, %28 : vector<8xf32>
          %31 = arith.mulf %26, %29 : vector<8xf32>
          %32 = arith.subf %30, %31 : vector<8xf32>
          vector.store %32, %3[%23] : memref<?xf32>, vector<8xf32>
          %33 = arith.mulf %26, %28 : vector<8xf32>
          %34 = arith.mulf %25, %29 : vector<8xf32>
          %35 = arith.addf %33, %34 : vector<8xf32>
          vector.store %35, %3[%24] : memref<?xf32>, vector<8xf32>
        }
      }
    }
    func.return
  }
}
