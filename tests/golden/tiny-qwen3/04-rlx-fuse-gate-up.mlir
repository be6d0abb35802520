// rlxc opt 04-rlx-fuse-gate-up.mlir -p 'rlx-bufferize,rlx-fuse-linears,rlx-pad-rows{target=x86-64-v4},rlx-plan-memory{max-tokens=512},rlx-pack-weights,rlx-to-loops{checks=false target=x86-64-v4 tuning=""},cse,rlx-fastmath{flags="nsz arcp afn"},expand-math-to-polynomials,rlx-outline-parallel{threads=0},convert-to-llvm,llvm-opt{level=3 target=x86-64-v4},llvm-codegen{level=3 target=x86-64-v4}'
builtin.module {
  func.func @prefill(%input_ids: !rlx.tensor<"1xSEQ", i32>, %past_k: !rlx.tensor<"1xPAST_SEQx64", f32>, %past_v: !rlx.tensor<"1xPAST_SEQx64", f32>, %past_k_1: !rlx.tensor<"1xPAST_SEQx64", f32>, %past_v_1: !rlx.tensor<"1xPAST_SEQx64", f32>) -> (!rlx.tensor<"1xSEQx1024", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>) attributes {rlx.abi = #rlx.abi<args = [input "input_ids", input "past_k_0", input "past_v_0", input "past_k_1", input "past_v_1"], outputs = ["logits", "k_0", "v_0", "k_1", "v_1"]>, rlx.max_tokens = 512 : i64} {
    %0 = rlx.param "rope.cos" : !rlx.tensor<"512x16", f32>
    %1 = rlx.param "rope.sin" : !rlx.tensor<"512x16", f32>
    %2 = rlx.param "model.embed_tokens.weight" : !rlx.tensor<"1024x128", bf16>
    %3 = rlx.embed %input_ids, %2 : !rlx.tensor<"1xSEQ", i32>, !rlx.tensor<"1024x128", bf16> -> !rlx.tensor<"1xSEQx128", f32>
    %4 = rlx.param "model.layers.0.input_layernorm.weight" : !rlx.tensor<"128", f32>
    %5 = rlx.rms_norm %3, %4 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %6 = rlx.param "model.layers.0.self_attn.q_proj.weight" : !rlx.tensor<"128x128", bf16>
    %7 = rlx.linear %5, %6 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128x128", bf16> -> !rlx.tensor<"1xSEQx128", f32>
    %8 = rlx.param "model.layers.0.self_attn.k_proj.weight" : !rlx.tensor<"64x128", bf16>
    %9 = rlx.linear %5, %8 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", bf16> -> !rlx.tensor<"1xSEQx64", f32>
    %10 = rlx.param "model.layers.0.self_attn.v_proj.weight" : !rlx.tensor<"64x128", bf16>
    %11 = rlx.linear %5, %10 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", bf16> -> !rlx.tensor<"1xSEQx64", f32>
    %12 = rlx.param "model.layers.0.self_attn.q_norm.weight" : !rlx.tensor<"32", f32>
    %13 = rlx.rms_norm %7, %12 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %14 = rlx.param "model.layers.0.self_attn.k_norm.weight" : !rlx.tensor<"32", f32>
    %15 = rlx.rms_norm %9, %14 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %16 = rlx.rope %13, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %17 = rlx.rope %15, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %18 = rlx.kv_concat %past_k, %17 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
    %19 = rlx.kv_concat %past_v, %11 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
    %20 = rlx.attention %16, %18, %19 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %21 = rlx.param "model.layers.0.self_attn.o_proj.weight" : !rlx.tensor<"128x128", bf16>
    %22 = rlx.linear %20, %21 residual %3 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128x128", bf16> residual !rlx.tensor<"1xSEQx128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %23 = rlx.param "model.layers.0.post_attention_layernorm.weight" : !rlx.tensor<"128", f32>
    %24 = rlx.rms_norm %22, %23 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %25 = rlx.param "model.layers.0.mlp.gate_proj.weight" : !rlx.tensor<"192x128", bf16>
    %26 = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"192x128", bf16>
    %27 = rlx.linear_swiglu %24, %25, %26 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"192x128", bf16>, !rlx.tensor<"192x128", bf16> -> !rlx.tensor<"1xSEQx192", f32>
    %28 = rlx.param "model.layers.0.mlp.down_proj.weight" : !rlx.tensor<"128x192", bf16>
    %29 = rlx.linear %27, %28 residual %22 : !rlx.tensor<"1xSEQx192", f32>, !rlx.tensor<"128x192", bf16> residual !rlx.tensor<"1xSEQx128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %30 = rlx.param "model.layers.1.input_layernorm.weight" : !rlx.tensor<"128", f32>
    %31 = rlx.rms_norm %29, %30 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %32 = rlx.param "model.layers.1.self_attn.q_proj.weight" : !rlx.tensor<"128x128", bf16>
    %33 = rlx.linear %31, %32 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128x128", bf16> -> !rlx.tensor<"1xSEQx128", f32>
    %34 = rlx.param "model.layers.1.self_attn.k_proj.weight" : !rlx.tensor<"64x128", bf16>
    %35 = rlx.linear %31, %34 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", bf16> -> !rlx.tensor<"1xSEQx64", f32>
    %36 = rlx.param "model.layers.1.self_attn.v_proj.weight" : !rlx.tensor<"64x128", bf16>
    %37 = rlx.linear %31, %36 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", bf16> -> !rlx.tensor<"1xSEQx64", f32>
    %38 = rlx.param "model.layers.1.self_attn.q_norm.weight" : !rlx.tensor<"32", f32>
    %39 = rlx.rms_norm %33, %38 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %40 = rlx.param "model.layers.1.self_attn.k_norm.weight" : !rlx.tensor<"32", f32>
    %41 = rlx.rms_norm %35, %40 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %42 = rlx.rope %39, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %43 = rlx.rope %41, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %44 = rlx.kv_concat %past_k_1, %43 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
    %45 = rlx.kv_concat %past_v_1, %37 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
    %46 = rlx.attention %42, %44, %45 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %47 = rlx.param "model.layers.1.self_attn.o_proj.weight" : !rlx.tensor<"128x128", bf16>
    %48 = rlx.linear %46, %47 residual %29 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128x128", bf16> residual !rlx.tensor<"1xSEQx128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %49 = rlx.param "model.layers.1.post_attention_layernorm.weight" : !rlx.tensor<"128", f32>
    %50 = rlx.rms_norm %48, %49 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %51 = rlx.param "model.layers.1.mlp.gate_proj.weight" : !rlx.tensor<"192x128", bf16>
    %52 = rlx.param "model.layers.1.mlp.up_proj.weight" : !rlx.tensor<"192x128", bf16>
    %53 = rlx.linear_swiglu %50, %51, %52 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"192x128", bf16>, !rlx.tensor<"192x128", bf16> -> !rlx.tensor<"1xSEQx192", f32>
    %54 = rlx.param "model.layers.1.mlp.down_proj.weight" : !rlx.tensor<"128x192", bf16>
    %55 = rlx.linear %53, %54 residual %48 : !rlx.tensor<"1xSEQx192", f32>, !rlx.tensor<"128x192", bf16> residual !rlx.tensor<"1xSEQx128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %56 = rlx.param "model.norm.weight" : !rlx.tensor<"128", f32>
    %57 = rlx.rms_norm %55, %56 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %58 = rlx.linear %57, %2 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"1024x128", bf16> -> !rlx.tensor<"1xSEQx1024", f32>
    func.return %58, %18, %19, %44, %45 : !rlx.tensor<"1xSEQx1024", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
  }
  func.func @prefill_last(%input_ids: !rlx.tensor<"1xSEQ", i32>, %past_k: !rlx.tensor<"1xPAST_SEQx64", f32>, %past_v: !rlx.tensor<"1xPAST_SEQx64", f32>, %past_k_1: !rlx.tensor<"1xPAST_SEQx64", f32>, %past_v_1: !rlx.tensor<"1xPAST_SEQx64", f32>) -> (!rlx.tensor<"1x1x1024", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>) attributes {rlx.abi = #rlx.abi<args = [input "input_ids", input "past_k_0", input "past_v_0", input "past_k_1", input "past_v_1"], outputs = ["logits", "k_0", "v_0", "k_1", "v_1"]>, rlx.max_tokens = 512 : i64} {
    %0 = rlx.param "rope.cos" : !rlx.tensor<"512x16", f32>
    %1 = rlx.param "rope.sin" : !rlx.tensor<"512x16", f32>
    %2 = rlx.param "model.embed_tokens.weight" : !rlx.tensor<"1024x128", bf16>
    %3 = rlx.embed %input_ids, %2 : !rlx.tensor<"1xSEQ", i32>, !rlx.tensor<"1024x128", bf16> -> !rlx.tensor<"1xSEQx128", f32>
    %4 = rlx.param "model.layers.0.input_layernorm.weight" : !rlx.tensor<"128", f32>
    %5 = rlx.rms_norm %3, %4 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %6 = rlx.param "model.layers.0.self_attn.q_proj.weight" : !rlx.tensor<"128x128", bf16>
    %7 = rlx.linear %5, %6 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128x128", bf16> -> !rlx.tensor<"1xSEQx128", f32>
    %8 = rlx.param "model.layers.0.self_attn.k_proj.weight" : !rlx.tensor<"64x128", bf16>
    %9 = rlx.linear %5, %8 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", bf16> -> !rlx.tensor<"1xSEQx64", f32>
    %10 = rlx.param "model.layers.0.self_attn.v_proj.weight" : !rlx.tensor<"64x128", bf16>
    %11 = rlx.linear %5, %10 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", bf16> -> !rlx.tensor<"1xSEQx64", f32>
    %12 = rlx.param "model.layers.0.self_attn.q_norm.weight" : !rlx.tensor<"32", f32>
    %13 = rlx.rms_norm %7, %12 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %14 = rlx.param "model.layers.0.self_attn.k_norm.weight" : !rlx.tensor<"32", f32>
    %15 = rlx.rms_norm %9, %14 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %16 = rlx.rope %13, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %17 = rlx.rope %15, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %18 = rlx.kv_concat %past_k, %17 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
    %19 = rlx.kv_concat %past_v, %11 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
    %20 = rlx.attention %16, %18, %19 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %21 = rlx.param "model.layers.0.self_attn.o_proj.weight" : !rlx.tensor<"128x128", bf16>
    %22 = rlx.linear %20, %21 residual %3 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128x128", bf16> residual !rlx.tensor<"1xSEQx128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %23 = rlx.param "model.layers.0.post_attention_layernorm.weight" : !rlx.tensor<"128", f32>
    %24 = rlx.rms_norm %22, %23 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %25 = rlx.param "model.layers.0.mlp.gate_proj.weight" : !rlx.tensor<"192x128", bf16>
    %26 = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"192x128", bf16>
    %27 = rlx.linear_swiglu %24, %25, %26 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"192x128", bf16>, !rlx.tensor<"192x128", bf16> -> !rlx.tensor<"1xSEQx192", f32>
    %28 = rlx.param "model.layers.0.mlp.down_proj.weight" : !rlx.tensor<"128x192", bf16>
    %29 = rlx.linear %27, %28 residual %22 : !rlx.tensor<"1xSEQx192", f32>, !rlx.tensor<"128x192", bf16> residual !rlx.tensor<"1xSEQx128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %30 = rlx.param "model.layers.1.input_layernorm.weight" : !rlx.tensor<"128", f32>
    %31 = rlx.rms_norm %29, %30 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %32 = rlx.param "model.layers.1.self_attn.q_proj.weight" : !rlx.tensor<"128x128", bf16>
    %33 = rlx.gather_last %31 : !rlx.tensor<"1xSEQx128", f32> -> !rlx.tensor<"1x1x128", f32>
    %34 = rlx.param "model.layers.1.self_attn.k_proj.weight" : !rlx.tensor<"64x128", bf16>
    %35 = rlx.linear %31, %34 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", bf16> -> !rlx.tensor<"1xSEQx64", f32>
    %36 = rlx.param "model.layers.1.self_attn.v_proj.weight" : !rlx.tensor<"64x128", bf16>
    %37 = rlx.linear %31, %36 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", bf16> -> !rlx.tensor<"1xSEQx64", f32>
    %38 = rlx.param "model.layers.1.self_attn.q_norm.weight" : !rlx.tensor<"32", f32>
    %39 = rlx.linear %33, %32 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128x128", bf16> -> !rlx.tensor<"1x1x128", f32>
    %40 = rlx.param "model.layers.1.self_attn.k_norm.weight" : !rlx.tensor<"32", f32>
    %41 = rlx.rms_norm %35, %40 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %42 = rlx.rms_norm %39, %38 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1x1x128", f32>
    %43 = rlx.rope %41, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %44 = rlx.kv_concat %past_k_1, %43 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
    %45 = rlx.kv_concat %past_v_1, %37 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
    %46 = rlx.rope %42, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ+SEQ-1"} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1x1x128", f32>
    %47 = rlx.param "model.layers.1.self_attn.o_proj.weight" : !rlx.tensor<"128x128", bf16>
    %48 = rlx.attention %46, %44, %45 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32> -> !rlx.tensor<"1x1x128", f32>
    %49 = rlx.gather_last %29 : !rlx.tensor<"1xSEQx128", f32> -> !rlx.tensor<"1x1x128", f32>
    %50 = rlx.param "model.layers.1.post_attention_layernorm.weight" : !rlx.tensor<"128", f32>
    %51 = rlx.linear %48, %47 residual %49 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128x128", bf16> residual !rlx.tensor<"1x1x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %52 = rlx.param "model.layers.1.mlp.gate_proj.weight" : !rlx.tensor<"192x128", bf16>
    %53 = rlx.rms_norm %51, %50 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1x1x128", f32>
    %54 = rlx.param "model.layers.1.mlp.up_proj.weight" : !rlx.tensor<"192x128", bf16>
    %55 = rlx.param "model.layers.1.mlp.down_proj.weight" : !rlx.tensor<"128x192", bf16>
    %56 = rlx.linear_swiglu %53, %52, %54 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"192x128", bf16>, !rlx.tensor<"192x128", bf16> -> !rlx.tensor<"1x1x192", f32>
    %57 = rlx.linear %56, %55 residual %51 : !rlx.tensor<"1x1x192", f32>, !rlx.tensor<"128x192", bf16> residual !rlx.tensor<"1x1x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %58 = rlx.param "model.norm.weight" : !rlx.tensor<"128", f32>
    %59 = rlx.rms_norm %57, %58 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1x1x128", f32>
    %60 = rlx.linear %59, %2 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"1024x128", bf16> -> !rlx.tensor<"1x1x1024", f32>
    func.return %60, %18, %19, %44, %45 : !rlx.tensor<"1x1x1024", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
  }
  func.func @decode(%input_ids: !rlx.tensor<"1x1", i32>, %past_k: !rlx.tensor<"1xPAST_SEQx64", f32>, %past_v: !rlx.tensor<"1xPAST_SEQx64", f32>, %past_k_1: !rlx.tensor<"1xPAST_SEQx64", f32>, %past_v_1: !rlx.tensor<"1xPAST_SEQx64", f32>) -> (!rlx.tensor<"1x1x1024", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>) attributes {rlx.abi = #rlx.abi<args = [input "input_ids", input "past_k_0", input "past_v_0", input "past_k_1", input "past_v_1"], outputs = ["logits", "k_0", "v_0", "k_1", "v_1"]>, rlx.max_tokens = 1 : i64} {
    %0 = rlx.param "rope.cos" : !rlx.tensor<"512x16", f32>
    %1 = rlx.param "rope.sin" : !rlx.tensor<"512x16", f32>
    %2 = rlx.param "model.embed_tokens.weight" : !rlx.tensor<"1024x128", bf16>
    %3 = rlx.embed %input_ids, %2 : !rlx.tensor<"1x1", i32>, !rlx.tensor<"1024x128", bf16> -> !rlx.tensor<"1x1x128", f32>
    %4 = rlx.param "model.layers.0.input_layernorm.weight" : !rlx.tensor<"128", f32>
    %5 = rlx.rms_norm %3, %4 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1x1x128", f32>
    %6 = rlx.param "model.layers.0.self_attn.q_proj.weight" : !rlx.tensor<"128x128", bf16>
    %7 = rlx.linear %5, %6 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128x128", bf16> -> !rlx.tensor<"1x1x128", f32>
    %8 = rlx.param "model.layers.0.self_attn.k_proj.weight" : !rlx.tensor<"64x128", bf16>
    %9 = rlx.linear %5, %8 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"64x128", bf16> -> !rlx.tensor<"1x1x64", f32>
    %10 = rlx.param "model.layers.0.self_attn.v_proj.weight" : !rlx.tensor<"64x128", bf16>
    %11 = rlx.linear %5, %10 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"64x128", bf16> -> !rlx.tensor<"1x1x64", f32>
    %12 = rlx.param "model.layers.0.self_attn.q_norm.weight" : !rlx.tensor<"32", f32>
    %13 = rlx.rms_norm %7, %12 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1x1x128", f32>
    %14 = rlx.param "model.layers.0.self_attn.k_norm.weight" : !rlx.tensor<"32", f32>
    %15 = rlx.rms_norm %9, %14 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x64", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1x1x64", f32>
    %16 = rlx.rope %13, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1x1x128", f32>
    %17 = rlx.rope %15, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1x1x64", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1x1x64", f32>
    %18 = rlx.kv_concat %past_k, %17 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1x1x64", f32> -> !rlx.tensor<"1xPAST_SEQ+1x64", f32>
    %19 = rlx.kv_concat %past_v, %11 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1x1x64", f32> -> !rlx.tensor<"1xPAST_SEQ+1x64", f32>
    %20 = rlx.attention %16, %18, %19 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32> -> !rlx.tensor<"1x1x128", f32>
    %21 = rlx.param "model.layers.0.self_attn.o_proj.weight" : !rlx.tensor<"128x128", bf16>
    %22 = rlx.linear %20, %21 residual %3 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128x128", bf16> residual !rlx.tensor<"1x1x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %23 = rlx.param "model.layers.0.post_attention_layernorm.weight" : !rlx.tensor<"128", f32>
    %24 = rlx.rms_norm %22, %23 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1x1x128", f32>
    %25 = rlx.param "model.layers.0.mlp.gate_proj.weight" : !rlx.tensor<"192x128", bf16>
    %26 = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"192x128", bf16>
    %27 = rlx.linear_swiglu %24, %25, %26 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"192x128", bf16>, !rlx.tensor<"192x128", bf16> -> !rlx.tensor<"1x1x192", f32>
    %28 = rlx.param "model.layers.0.mlp.down_proj.weight" : !rlx.tensor<"128x192", bf16>
    %29 = rlx.linear %27, %28 residual %22 : !rlx.tensor<"1x1x192", f32>, !rlx.tensor<"128x192", bf16> residual !rlx.tensor<"1x1x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %30 = rlx.param "model.layers.1.input_layernorm.weight" : !rlx.tensor<"128", f32>
    %31 = rlx.rms_norm %29, %30 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1x1x128", f32>
    %32 = rlx.param "model.layers.1.self_attn.q_proj.weight" : !rlx.tensor<"128x128", bf16>
    %33 = rlx.linear %31, %32 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128x128", bf16> -> !rlx.tensor<"1x1x128", f32>
    %34 = rlx.param "model.layers.1.self_attn.k_proj.weight" : !rlx.tensor<"64x128", bf16>
    %35 = rlx.linear %31, %34 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"64x128", bf16> -> !rlx.tensor<"1x1x64", f32>
    %36 = rlx.param "model.layers.1.self_attn.v_proj.weight" : !rlx.tensor<"64x128", bf16>
    %37 = rlx.linear %31, %36 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"64x128", bf16> -> !rlx.tensor<"1x1x64", f32>
    %38 = rlx.param "model.layers.1.self_attn.q_norm.weight" : !rlx.tensor<"32", f32>
    %39 = rlx.rms_norm %33, %38 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1x1x128", f32>
    %40 = rlx.param "model.layers.1.self_attn.k_norm.weight" : !rlx.tensor<"32", f32>
    %41 = rlx.rms_norm %35, %40 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x64", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1x1x64", f32>
    %42 = rlx.rope %39, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1x1x128", f32>
    %43 = rlx.rope %41, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1x1x64", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1x1x64", f32>
    %44 = rlx.kv_concat %past_k_1, %43 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1x1x64", f32> -> !rlx.tensor<"1xPAST_SEQ+1x64", f32>
    %45 = rlx.kv_concat %past_v_1, %37 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1x1x64", f32> -> !rlx.tensor<"1xPAST_SEQ+1x64", f32>
    %46 = rlx.attention %42, %44, %45 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32> -> !rlx.tensor<"1x1x128", f32>
    %47 = rlx.param "model.layers.1.self_attn.o_proj.weight" : !rlx.tensor<"128x128", bf16>
    %48 = rlx.linear %46, %47 residual %29 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128x128", bf16> residual !rlx.tensor<"1x1x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %49 = rlx.param "model.layers.1.post_attention_layernorm.weight" : !rlx.tensor<"128", f32>
    %50 = rlx.rms_norm %48, %49 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1x1x128", f32>
    %51 = rlx.param "model.layers.1.mlp.gate_proj.weight" : !rlx.tensor<"192x128", bf16>
    %52 = rlx.param "model.layers.1.mlp.up_proj.weight" : !rlx.tensor<"192x128", bf16>
    %53 = rlx.linear_swiglu %50, %51, %52 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"192x128", bf16>, !rlx.tensor<"192x128", bf16> -> !rlx.tensor<"1x1x192", f32>
    %54 = rlx.param "model.layers.1.mlp.down_proj.weight" : !rlx.tensor<"128x192", bf16>
    %55 = rlx.linear %53, %54 residual %48 : !rlx.tensor<"1x1x192", f32>, !rlx.tensor<"128x192", bf16> residual !rlx.tensor<"1x1x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %56 = rlx.param "model.norm.weight" : !rlx.tensor<"128", f32>
    %57 = rlx.rms_norm %55, %56 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1x1x128", f32>
    %58 = rlx.linear %57, %2 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"1024x128", bf16> -> !rlx.tensor<"1x1x1024", f32>
    func.return %58, %18, %19, %44, %45 : !rlx.tensor<"1x1x1024", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>
  }
}
