// rlxc opt 06-rlx-pack-weights.mlir -p 'rlx-to-loops,cse,convert-to-llvm{threads=0},llvm-opt{level=3},llvm-codegen{level=3}'
builtin.module {
  func.func @prefill(%input_ids: !rlx.buffer<"1xSEQ", i32>, %past_k: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_v: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_k_1: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_v_1: !rlx.buffer<"1xMAX_SEQx64", f32>, %logits: !rlx.buffer<"1xSEQx1024", f32>) attributes {rlx.inputs = ["input_ids", "past_k_0", "past_v_0", "past_k_1", "past_v_1"], rlx.outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], rlx.arg_names = ["input_ids", "past_k_0", "past_v_0", "past_k_1", "past_v_1", "logits"], rlx.arg_roles = ["input", "kv_cache", "kv_cache", "kv_cache", "kv_cache", "output"], rlx.symbols = ["MAX_SEQ", "PAST_SEQ", "SEQ"], rlx.constraints = [["PAST_SEQ+SEQ", "512"], ["PAST_SEQ+SEQ", "MAX_SEQ"]], rlx.kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, rlx.arena_bytes = 1179648 : i64} {
    %0 = rlx.param "rope.cos" : !rlx.buffer<"512x16", f32>
    %1 = rlx.param "rope.sin" : !rlx.buffer<"512x16", f32>
    %2 = rlx.param "model.embed_tokens.weight" : !rlx.buffer<"1024x128", f32>
    %3 = rlx.param "model.embed_tokens.weight" {layout = "packed16"} : !rlx.buffer<"1024x128", f32>
    %4 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.embed %input_ids, %2 outs %4 : !rlx.buffer<"1xSEQ", i32>, !rlx.buffer<"1024x128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %5 = rlx.param "model.layers.0.input_layernorm.weight" : !rlx.buffer<"128", f32>
    %6 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %4, %5 outs %6 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %7 = rlx.param "model.layers.0.self_attn.q_proj.weight" {layout = "packed16"} : !rlx.buffer<"128x128", f32>
    %8 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    %9 = rlx.param "model.layers.0.self_attn.k_proj.weight" {layout = "packed16"} : !rlx.buffer<"64x128", f32>
    %10 = rlx.alloc {offset = 786432 : i64} : !rlx.buffer<"1xSEQx64", f32>
    %11 = rlx.param "model.layers.0.self_attn.v_proj.weight" {layout = "packed16"} : !rlx.buffer<"64x128", f32>
    %12 = rlx.alloc {offset = 917504 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.multi_linear %6, %7, %9, %11 outs %8, %10, %12 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", f32>, !rlx.buffer<"64x128", f32>, !rlx.buffer<"64x128", f32> outs !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xSEQx64", f32>
    %13 = rlx.param "model.layers.0.self_attn.q_norm.weight" : !rlx.buffer<"32", f32>
    %14 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %8, %13 outs %14 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %15 = rlx.param "model.layers.0.self_attn.k_norm.weight" : !rlx.buffer<"32", f32>
    %16 = rlx.alloc {offset = 1048576 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.rms_norm %10, %15 outs %16 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx64", f32>
    %17 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rope %14, %0, %1 outs %17 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %18 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.rope %16, %0, %1 outs %18 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx64", f32>
    rlx.kv_write %18, %past_k {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    rlx.kv_write %12, %past_v {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    %19 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.attention %17, %past_k, %past_v outs %19 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %20 = rlx.param "model.layers.0.self_attn.o_proj.weight" {layout = "packed16"} : !rlx.buffer<"128x128", f32>
    %21 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %19, %20 outs %21 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %22 = rlx.alloc {offset = 786432 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.add %4, %21 outs %22 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %23 = rlx.param "model.layers.0.post_attention_layernorm.weight" : !rlx.buffer<"128", f32>
    %24 = rlx.alloc {offset = 393216 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %22, %23 outs %24 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %25 = rlx.param "model.layers.0.mlp.gate_proj.weight" {layout = "packed16"} : !rlx.buffer<"192x128", f32>
    %26 = rlx.param "model.layers.0.mlp.up_proj.weight" {layout = "packed16"} : !rlx.buffer<"192x128", f32>
    %27 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx192", f32>
    rlx.linear_swiglu %24, %25, %26 outs %27 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"192x128", f32>, !rlx.buffer<"192x128", f32> outs !rlx.buffer<"1xSEQx192", f32>
    %28 = rlx.param "model.layers.0.mlp.down_proj.weight" {layout = "packed16"} : !rlx.buffer<"128x192", f32>
    %29 = rlx.alloc {offset = 393216 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %27, %28 outs %29 : !rlx.buffer<"1xSEQx192", f32>, !rlx.buffer<"128x192", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %30 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.add %22, %29 outs %30 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %31 = rlx.param "model.layers.1.input_layernorm.weight" : !rlx.buffer<"128", f32>
    %32 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %30, %31 outs %32 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %33 = rlx.param "model.layers.1.self_attn.q_proj.weight" {layout = "packed16"} : !rlx.buffer<"128x128", f32>
    %34 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    %35 = rlx.param "model.layers.1.self_attn.k_proj.weight" {layout = "packed16"} : !rlx.buffer<"64x128", f32>
    %36 = rlx.alloc {offset = 786432 : i64} : !rlx.buffer<"1xSEQx64", f32>
    %37 = rlx.param "model.layers.1.self_attn.v_proj.weight" {layout = "packed16"} : !rlx.buffer<"64x128", f32>
    %38 = rlx.alloc {offset = 917504 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.multi_linear %32, %33, %35, %37 outs %34, %36, %38 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", f32>, !rlx.buffer<"64x128", f32>, !rlx.buffer<"64x128", f32> outs !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xSEQx64", f32>
    %39 = rlx.param "model.layers.1.self_attn.q_norm.weight" : !rlx.buffer<"32", f32>
    %40 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %34, %39 outs %40 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %41 = rlx.param "model.layers.1.self_attn.k_norm.weight" : !rlx.buffer<"32", f32>
    %42 = rlx.alloc {offset = 1048576 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.rms_norm %36, %41 outs %42 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx64", f32>
    %43 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rope %40, %0, %1 outs %43 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %44 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.rope %42, %0, %1 outs %44 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx64", f32>
    rlx.kv_write %44, %past_k_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    rlx.kv_write %38, %past_v_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    %45 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.attention %43, %past_k_1, %past_v_1 outs %45 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %46 = rlx.param "model.layers.1.self_attn.o_proj.weight" {layout = "packed16"} : !rlx.buffer<"128x128", f32>
    %47 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %45, %46 outs %47 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %48 = rlx.alloc {offset = 786432 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.add %30, %47 outs %48 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %49 = rlx.param "model.layers.1.post_attention_layernorm.weight" : !rlx.buffer<"128", f32>
    %50 = rlx.alloc {offset = 393216 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %48, %49 outs %50 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %51 = rlx.param "model.layers.1.mlp.gate_proj.weight" {layout = "packed16"} : !rlx.buffer<"192x128", f32>
    %52 = rlx.param "model.layers.1.mlp.up_proj.weight" {layout = "packed16"} : !rlx.buffer<"192x128", f32>
    %53 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx192", f32>
    rlx.linear_swiglu %50, %51, %52 outs %53 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"192x128", f32>, !rlx.buffer<"192x128", f32> outs !rlx.buffer<"1xSEQx192", f32>
    %54 = rlx.param "model.layers.1.mlp.down_proj.weight" {layout = "packed16"} : !rlx.buffer<"128x192", f32>
    %55 = rlx.alloc {offset = 393216 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %53, %54 outs %55 : !rlx.buffer<"1xSEQx192", f32>, !rlx.buffer<"128x192", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %56 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.add %48, %55 outs %56 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %57 = rlx.param "model.norm.weight" : !rlx.buffer<"128", f32>
    %58 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %56, %57 outs %58 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %58, %3 outs %logits : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1024x128", f32> outs !rlx.buffer<"1xSEQx1024", f32>
    func.return
  }
  func.func @prefill_last(%input_ids: !rlx.buffer<"1xSEQ", i32>, %past_k: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_v: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_k_1: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_v_1: !rlx.buffer<"1xMAX_SEQx64", f32>, %logits: !rlx.buffer<"1x1x1024", f32>) attributes {rlx.inputs = ["input_ids", "past_k_0", "past_v_0", "past_k_1", "past_v_1"], rlx.outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], rlx.arg_names = ["input_ids", "past_k_0", "past_v_0", "past_k_1", "past_v_1", "logits"], rlx.arg_roles = ["input", "kv_cache", "kv_cache", "kv_cache", "kv_cache", "output"], rlx.symbols = ["MAX_SEQ", "PAST_SEQ", "SEQ"], rlx.constraints = [["PAST_SEQ+SEQ", "512"], ["PAST_SEQ+SEQ", "MAX_SEQ"]], rlx.kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, rlx.arena_bytes = 1179648 : i64} {
    %0 = rlx.param "rope.cos" : !rlx.buffer<"512x16", f32>
    %1 = rlx.param "rope.sin" : !rlx.buffer<"512x16", f32>
    %2 = rlx.param "model.embed_tokens.weight" : !rlx.buffer<"1024x128", f32>
    %3 = rlx.param "model.embed_tokens.weight" {layout = "packed16"} : !rlx.buffer<"1024x128", f32>
    %4 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.embed %input_ids, %2 outs %4 : !rlx.buffer<"1xSEQ", i32>, !rlx.buffer<"1024x128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %5 = rlx.param "model.layers.0.input_layernorm.weight" : !rlx.buffer<"128", f32>
    %6 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %4, %5 outs %6 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %7 = rlx.param "model.layers.0.self_attn.q_proj.weight" {layout = "packed16"} : !rlx.buffer<"128x128", f32>
    %8 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    %9 = rlx.param "model.layers.0.self_attn.k_proj.weight" {layout = "packed16"} : !rlx.buffer<"64x128", f32>
    %10 = rlx.alloc {offset = 786432 : i64} : !rlx.buffer<"1xSEQx64", f32>
    %11 = rlx.param "model.layers.0.self_attn.v_proj.weight" {layout = "packed16"} : !rlx.buffer<"64x128", f32>
    %12 = rlx.alloc {offset = 917504 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.multi_linear %6, %7, %9, %11 outs %8, %10, %12 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", f32>, !rlx.buffer<"64x128", f32>, !rlx.buffer<"64x128", f32> outs !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xSEQx64", f32>
    %13 = rlx.param "model.layers.0.self_attn.q_norm.weight" : !rlx.buffer<"32", f32>
    %14 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %8, %13 outs %14 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %15 = rlx.param "model.layers.0.self_attn.k_norm.weight" : !rlx.buffer<"32", f32>
    %16 = rlx.alloc {offset = 1048576 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.rms_norm %10, %15 outs %16 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx64", f32>
    %17 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rope %14, %0, %1 outs %17 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %18 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.rope %16, %0, %1 outs %18 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx64", f32>
    rlx.kv_write %18, %past_k {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    rlx.kv_write %12, %past_v {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    %19 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.attention %17, %past_k, %past_v outs %19 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %20 = rlx.param "model.layers.0.self_attn.o_proj.weight" {layout = "packed16"} : !rlx.buffer<"128x128", f32>
    %21 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %19, %20 outs %21 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %22 = rlx.alloc {offset = 786432 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.add %4, %21 outs %22 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %23 = rlx.param "model.layers.0.post_attention_layernorm.weight" : !rlx.buffer<"128", f32>
    %24 = rlx.alloc {offset = 393216 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %22, %23 outs %24 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %25 = rlx.param "model.layers.0.mlp.gate_proj.weight" {layout = "packed16"} : !rlx.buffer<"192x128", f32>
    %26 = rlx.param "model.layers.0.mlp.up_proj.weight" {layout = "packed16"} : !rlx.buffer<"192x128", f32>
    %27 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx192", f32>
    rlx.linear_swiglu %24, %25, %26 outs %27 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"192x128", f32>, !rlx.buffer<"192x128", f32> outs !rlx.buffer<"1xSEQx192", f32>
    %28 = rlx.param "model.layers.0.mlp.down_proj.weight" {layout = "packed16"} : !rlx.buffer<"128x192", f32>
    %29 = rlx.alloc {offset = 393216 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %27, %28 outs %29 : !rlx.buffer<"1xSEQx192", f32>, !rlx.buffer<"128x192", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %30 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.add %22, %29 outs %30 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %31 = rlx.param "model.layers.1.input_layernorm.weight" : !rlx.buffer<"128", f32>
    %32 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %30, %31 outs %32 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %33 = rlx.param "model.layers.1.self_attn.q_proj.weight" {layout = "packed16"} : !rlx.buffer<"128x128", f32>
    %34 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    %35 = rlx.param "model.layers.1.self_attn.k_proj.weight" {layout = "packed16"} : !rlx.buffer<"64x128", f32>
    %36 = rlx.alloc {offset = 786432 : i64} : !rlx.buffer<"1xSEQx64", f32>
    %37 = rlx.param "model.layers.1.self_attn.v_proj.weight" {layout = "packed16"} : !rlx.buffer<"64x128", f32>
    %38 = rlx.alloc {offset = 917504 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.multi_linear %32, %33, %35, %37 outs %34, %36, %38 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", f32>, !rlx.buffer<"64x128", f32>, !rlx.buffer<"64x128", f32> outs !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xSEQx64", f32>
    %39 = rlx.param "model.layers.1.self_attn.q_norm.weight" : !rlx.buffer<"32", f32>
    %40 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %34, %39 outs %40 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %41 = rlx.param "model.layers.1.self_attn.k_norm.weight" : !rlx.buffer<"32", f32>
    %42 = rlx.alloc {offset = 1048576 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.rms_norm %36, %41 outs %42 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx64", f32>
    %43 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rope %40, %0, %1 outs %43 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %44 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.rope %42, %0, %1 outs %44 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx64", f32>
    rlx.kv_write %44, %past_k_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    rlx.kv_write %38, %past_v_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    %45 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.attention %43, %past_k_1, %past_v_1 outs %45 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %46 = rlx.param "model.layers.1.self_attn.o_proj.weight" {layout = "packed16"} : !rlx.buffer<"128x128", f32>
    %47 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %45, %46 outs %47 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %48 = rlx.alloc {offset = 786432 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.add %30, %47 outs %48 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %49 = rlx.param "model.layers.1.post_attention_layernorm.weight" : !rlx.buffer<"128", f32>
    %50 = rlx.alloc {offset = 393216 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %48, %49 outs %50 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %51 = rlx.param "model.layers.1.mlp.gate_proj.weight" {layout = "packed16"} : !rlx.buffer<"192x128", f32>
    %52 = rlx.param "model.layers.1.mlp.up_proj.weight" {layout = "packed16"} : !rlx.buffer<"192x128", f32>
    %53 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx192", f32>
    rlx.linear_swiglu %50, %51, %52 outs %53 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"192x128", f32>, !rlx.buffer<"192x128", f32> outs !rlx.buffer<"1xSEQx192", f32>
    %54 = rlx.param "model.layers.1.mlp.down_proj.weight" {layout = "packed16"} : !rlx.buffer<"128x192", f32>
    %55 = rlx.alloc {offset = 393216 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %53, %54 outs %55 : !rlx.buffer<"1xSEQx192", f32>, !rlx.buffer<"128x192", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %56 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.add %48, %55 outs %56 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %57 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.gather_last %56 outs %57 : !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1x1x128", f32>
    %58 = rlx.param "model.norm.weight" : !rlx.buffer<"128", f32>
    %59 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %57, %58 outs %59 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    rlx.linear %59, %3 outs %logits : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1024x128", f32> outs !rlx.buffer<"1x1x1024", f32>
    func.return
  }
  func.func @decode(%input_ids: !rlx.buffer<"1x1", i32>, %past_k: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_v: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_k_1: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_v_1: !rlx.buffer<"1xMAX_SEQx64", f32>, %logits: !rlx.buffer<"1x1x1024", f32>) attributes {rlx.inputs = ["input_ids", "past_k_0", "past_v_0", "past_k_1", "past_v_1"], rlx.outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], rlx.arg_names = ["input_ids", "past_k_0", "past_v_0", "past_k_1", "past_v_1", "logits"], rlx.arg_roles = ["input", "kv_cache", "kv_cache", "kv_cache", "kv_cache", "output"], rlx.symbols = ["MAX_SEQ", "PAST_SEQ"], rlx.constraints = [["PAST_SEQ+1", "512"], ["PAST_SEQ+1", "MAX_SEQ"]], rlx.kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, rlx.arena_bytes = 2304 : i64} {
    %0 = rlx.param "rope.cos" : !rlx.buffer<"512x16", f32>
    %1 = rlx.param "rope.sin" : !rlx.buffer<"512x16", f32>
    %2 = rlx.param "model.embed_tokens.weight" : !rlx.buffer<"1024x128", f32>
    %3 = rlx.param "model.embed_tokens.weight" {layout = "packed16"} : !rlx.buffer<"1024x128", f32>
    %4 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.embed %input_ids, %2 outs %4 : !rlx.buffer<"1x1", i32>, !rlx.buffer<"1024x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %5 = rlx.param "model.layers.0.input_layernorm.weight" : !rlx.buffer<"128", f32>
    %6 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %4, %5 outs %6 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    %7 = rlx.param "model.layers.0.self_attn.q_proj.weight" {layout = "packed16"} : !rlx.buffer<"128x128", f32>
    %8 = rlx.alloc {offset = 1024 : i64} : !rlx.buffer<"1x1x128", f32>
    %9 = rlx.param "model.layers.0.self_attn.k_proj.weight" {layout = "packed16"} : !rlx.buffer<"64x128", f32>
    %10 = rlx.alloc {offset = 1536 : i64} : !rlx.buffer<"1x1x64", f32>
    %11 = rlx.param "model.layers.0.self_attn.v_proj.weight" {layout = "packed16"} : !rlx.buffer<"64x128", f32>
    %12 = rlx.alloc {offset = 1792 : i64} : !rlx.buffer<"1x1x64", f32>
    rlx.multi_linear %6, %7, %9, %11 outs %8, %10, %12 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128x128", f32>, !rlx.buffer<"64x128", f32>, !rlx.buffer<"64x128", f32> outs !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"1x1x64", f32>
    %13 = rlx.param "model.layers.0.self_attn.q_norm.weight" : !rlx.buffer<"32", f32>
    %14 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %8, %13 outs %14 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1x1x128", f32>
    %15 = rlx.param "model.layers.0.self_attn.k_norm.weight" : !rlx.buffer<"32", f32>
    %16 = rlx.alloc {offset = 2048 : i64} : !rlx.buffer<"1x1x64", f32>
    rlx.rms_norm %10, %15 outs %16 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1x1x64", f32>
    %17 = rlx.alloc {offset = 1024 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rope %14, %0, %1 outs %17 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1x1x128", f32>
    %18 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x64", f32>
    rlx.rope %16, %0, %1 outs %18 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1x1x64", f32>
    rlx.kv_write %18, %past_k {offset = "PAST_SEQ"} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    rlx.kv_write %12, %past_v {offset = "PAST_SEQ"} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    %19 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.attention %17, %past_k, %past_v outs %19 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+1"} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32> outs !rlx.buffer<"1x1x128", f32>
    %20 = rlx.param "model.layers.0.self_attn.o_proj.weight" {layout = "packed16"} : !rlx.buffer<"128x128", f32>
    %21 = rlx.alloc {offset = 1024 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.linear %19, %20 outs %21 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %22 = rlx.alloc {offset = 1536 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.add %4, %21 outs %22 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1x1x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %23 = rlx.param "model.layers.0.post_attention_layernorm.weight" : !rlx.buffer<"128", f32>
    %24 = rlx.alloc {offset = 768 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %22, %23 outs %24 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    %25 = rlx.param "model.layers.0.mlp.gate_proj.weight" {layout = "packed16"} : !rlx.buffer<"192x128", f32>
    %26 = rlx.param "model.layers.0.mlp.up_proj.weight" {layout = "packed16"} : !rlx.buffer<"192x128", f32>
    %27 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1x1x192", f32>
    rlx.linear_swiglu %24, %25, %26 outs %27 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"192x128", f32>, !rlx.buffer<"192x128", f32> outs !rlx.buffer<"1x1x192", f32>
    %28 = rlx.param "model.layers.0.mlp.down_proj.weight" {layout = "packed16"} : !rlx.buffer<"128x192", f32>
    %29 = rlx.alloc {offset = 768 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.linear %27, %28 outs %29 : !rlx.buffer<"1x1x192", f32>, !rlx.buffer<"128x192", f32> outs !rlx.buffer<"1x1x128", f32>
    %30 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.add %22, %29 outs %30 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1x1x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %31 = rlx.param "model.layers.1.input_layernorm.weight" : !rlx.buffer<"128", f32>
    %32 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %30, %31 outs %32 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    %33 = rlx.param "model.layers.1.self_attn.q_proj.weight" {layout = "packed16"} : !rlx.buffer<"128x128", f32>
    %34 = rlx.alloc {offset = 1024 : i64} : !rlx.buffer<"1x1x128", f32>
    %35 = rlx.param "model.layers.1.self_attn.k_proj.weight" {layout = "packed16"} : !rlx.buffer<"64x128", f32>
    %36 = rlx.alloc {offset = 1536 : i64} : !rlx.buffer<"1x1x64", f32>
    %37 = rlx.param "model.layers.1.self_attn.v_proj.weight" {layout = "packed16"} : !rlx.buffer<"64x128", f32>
    %38 = rlx.alloc {offset = 1792 : i64} : !rlx.buffer<"1x1x64", f32>
    rlx.multi_linear %32, %33, %35, %37 outs %34, %36, %38 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128x128", f32>, !rlx.buffer<"64x128", f32>, !rlx.buffer<"64x128", f32> outs !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"1x1x64", f32>
    %39 = rlx.param "model.layers.1.self_attn.q_norm.weight" : !rlx.buffer<"32", f32>
    %40 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %34, %39 outs %40 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1x1x128", f32>
    %41 = rlx.param "model.layers.1.self_attn.k_norm.weight" : !rlx.buffer<"32", f32>
    %42 = rlx.alloc {offset = 2048 : i64} : !rlx.buffer<"1x1x64", f32>
    rlx.rms_norm %36, %41 outs %42 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1x1x64", f32>
    %43 = rlx.alloc {offset = 1024 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rope %40, %0, %1 outs %43 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1x1x128", f32>
    %44 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x64", f32>
    rlx.rope %42, %0, %1 outs %44 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1x1x64", f32>
    rlx.kv_write %44, %past_k_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    rlx.kv_write %38, %past_v_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    %45 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.attention %43, %past_k_1, %past_v_1 outs %45 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+1"} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32> outs !rlx.buffer<"1x1x128", f32>
    %46 = rlx.param "model.layers.1.self_attn.o_proj.weight" {layout = "packed16"} : !rlx.buffer<"128x128", f32>
    %47 = rlx.alloc {offset = 1024 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.linear %45, %46 outs %47 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %48 = rlx.alloc {offset = 1536 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.add %30, %47 outs %48 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1x1x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %49 = rlx.param "model.layers.1.post_attention_layernorm.weight" : !rlx.buffer<"128", f32>
    %50 = rlx.alloc {offset = 768 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %48, %49 outs %50 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    %51 = rlx.param "model.layers.1.mlp.gate_proj.weight" {layout = "packed16"} : !rlx.buffer<"192x128", f32>
    %52 = rlx.param "model.layers.1.mlp.up_proj.weight" {layout = "packed16"} : !rlx.buffer<"192x128", f32>
    %53 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1x1x192", f32>
    rlx.linear_swiglu %50, %51, %52 outs %53 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"192x128", f32>, !rlx.buffer<"192x128", f32> outs !rlx.buffer<"1x1x192", f32>
    %54 = rlx.param "model.layers.1.mlp.down_proj.weight" {layout = "packed16"} : !rlx.buffer<"128x192", f32>
    %55 = rlx.alloc {offset = 768 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.linear %53, %54 outs %55 : !rlx.buffer<"1x1x192", f32>, !rlx.buffer<"128x192", f32> outs !rlx.buffer<"1x1x128", f32>
    %56 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.add %48, %55 outs %56 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1x1x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %57 = rlx.param "model.norm.weight" : !rlx.buffer<"128", f32>
    %58 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %56, %57 outs %58 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    rlx.linear %58, %3 outs %logits : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1024x128", f32> outs !rlx.buffer<"1x1x1024", f32>
    func.return
  }
}
