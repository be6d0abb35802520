// rlxc opt 01-rlx-hoist-gather-last.mlir -p 'rlx-weight-format{format=bf16},rlx-fuse,rlx-fuse-gate-up{target=x86-64-v4},rlx-bufferize,rlx-fuse-linears,rlx-pad-rows{target=x86-64-v4},rlx-plan-memory{max-tokens=512},rlx-pack-weights,rlx-to-loops{checks=false target=x86-64-v4 tuning=""},cse,rlx-fastmath{flags="nsz arcp afn"},expand-math-to-polynomials,rlx-outline-parallel{threads=0},convert-to-llvm,llvm-opt{level=3 target=x86-64-v4},llvm-codegen{level=3 target=x86-64-v4}'
builtin.module {
  func.func @prefill(%input_ids: !rlx.tensor<"1xSEQ", i32>, %past_k: !rlx.tensor<"1xPAST_SEQx64", f32>, %past_v: !rlx.tensor<"1xPAST_SEQx64", f32>, %past_k_1: !rlx.tensor<"1xPAST_SEQx64", f32>, %past_v_1: !rlx.tensor<"1xPAST_SEQx64", f32>) -> (!rlx.tensor<"1xSEQx1024", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>) attributes {rlx.abi = #rlx.abi<args = [input "input_ids", input "past_k_0", input "past_v_0", input "past_k_1", input "past_v_1"], outputs = ["logits", "k_0", "v_0", "k_1", "v_1"]>, rlx.max_tokens = 512 : i64} {
    %0 = rlx.param "rope.cos" : !rlx.tensor<"512x16", f32>
    %1 = rlx.param "rope.sin" : !rlx.tensor<"512x16", f32>
    %2 = rlx.param "model.embed_tokens.weight" : !rlx.tensor<"1024x128", f32>
    %3 = rlx.embed %input_ids, %2 : !rlx.tensor<"1xSEQ", i32>, !rlx.tensor<"1024x128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %4 = rlx.param "model.layers.0.input_layernorm.weight" : !rlx.tensor<"128", f32>
    %5 = rlx.rms_norm %3, %4 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %6 = rlx.param "model.layers.0.self_attn.q_proj.weight" : !rlx.tensor<"128x128", f32>
    %7 = rlx.linear %5, %6 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128x128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %8 = rlx.param "model.layers.0.self_attn.k_proj.weight" : !rlx.tensor<"64x128", f32>
    %9 = rlx.linear %5, %8 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %10 = rlx.param "model.layers.0.self_attn.v_proj.weight" : !rlx.tensor<"64x128", f32>
    %11 = rlx.linear %5, %10 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %12 = rlx.param "model.layers.0.self_attn.q_norm.weight" : !rlx.tensor<"32", f32>
    %13 = rlx.rms_norm %7, %12 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %14 = rlx.param "model.layers.0.self_attn.k_norm.weight" : !rlx.tensor<"32", f32>
    %15 = rlx.rms_norm %9, %14 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %16 = rlx.rope %13, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %17 = rlx.rope %15, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %18 = rlx.kv_concat %past_k, %17 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
    %19 = rlx.kv_concat %past_v, %11 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
    %20 = rlx.attention %16, %18, %19 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %21 = rlx.param "model.layers.0.self_attn.o_proj.weight" : !rlx.tensor<"128x128", f32>
    %22 = rlx.linear %20, %21 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128x128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %23 = rlx.add %3, %22 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"1xSEQx128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %24 = rlx.param "model.layers.0.post_attention_layernorm.weight" : !rlx.tensor<"128", f32>
    %25 = rlx.rms_norm %23, %24 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %26 = rlx.param "model.layers.0.mlp.gate_proj.weight" : !rlx.tensor<"192x128", f32>
    %27 = rlx.linear %25, %26 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"192x128", f32> -> !rlx.tensor<"1xSEQx192", f32>
    %28 = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"192x128", f32>
    %29 = rlx.linear %25, %28 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"192x128", f32> -> !rlx.tensor<"1xSEQx192", f32>
    %30 = rlx.silu %27 : !rlx.tensor<"1xSEQx192", f32> -> !rlx.tensor<"1xSEQx192", f32>
    %31 = rlx.mul %30, %29 : !rlx.tensor<"1xSEQx192", f32>, !rlx.tensor<"1xSEQx192", f32> -> !rlx.tensor<"1xSEQx192", f32>
    %32 = rlx.param "model.layers.0.mlp.down_proj.weight" : !rlx.tensor<"128x192", f32>
    %33 = rlx.linear %31, %32 : !rlx.tensor<"1xSEQx192", f32>, !rlx.tensor<"128x192", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %34 = rlx.add %23, %33 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"1xSEQx128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %35 = rlx.param "model.layers.1.input_layernorm.weight" : !rlx.tensor<"128", f32>
    %36 = rlx.rms_norm %34, %35 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %37 = rlx.param "model.layers.1.self_attn.q_proj.weight" : !rlx.tensor<"128x128", f32>
    %38 = rlx.linear %36, %37 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128x128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %39 = rlx.param "model.layers.1.self_attn.k_proj.weight" : !rlx.tensor<"64x128", f32>
    %40 = rlx.linear %36, %39 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %41 = rlx.param "model.layers.1.self_attn.v_proj.weight" : !rlx.tensor<"64x128", f32>
    %42 = rlx.linear %36, %41 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %43 = rlx.param "model.layers.1.self_attn.q_norm.weight" : !rlx.tensor<"32", f32>
    %44 = rlx.rms_norm %38, %43 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %45 = rlx.param "model.layers.1.self_attn.k_norm.weight" : !rlx.tensor<"32", f32>
    %46 = rlx.rms_norm %40, %45 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %47 = rlx.rope %44, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %48 = rlx.rope %46, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %49 = rlx.kv_concat %past_k_1, %48 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
    %50 = rlx.kv_concat %past_v_1, %42 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
    %51 = rlx.attention %47, %49, %50 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %52 = rlx.param "model.layers.1.self_attn.o_proj.weight" : !rlx.tensor<"128x128", f32>
    %53 = rlx.linear %51, %52 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128x128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %54 = rlx.add %34, %53 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"1xSEQx128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %55 = rlx.param "model.layers.1.post_attention_layernorm.weight" : !rlx.tensor<"128", f32>
    %56 = rlx.rms_norm %54, %55 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %57 = rlx.param "model.layers.1.mlp.gate_proj.weight" : !rlx.tensor<"192x128", f32>
    %58 = rlx.linear %56, %57 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"192x128", f32> -> !rlx.tensor<"1xSEQx192", f32>
    %59 = rlx.param "model.layers.1.mlp.up_proj.weight" : !rlx.tensor<"192x128", f32>
    %60 = rlx.linear %56, %59 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"192x128", f32> -> !rlx.tensor<"1xSEQx192", f32>
    %61 = rlx.silu %58 : !rlx.tensor<"1xSEQx192", f32> -> !rlx.tensor<"1xSEQx192", f32>
    %62 = rlx.mul %61, %60 : !rlx.tensor<"1xSEQx192", f32>, !rlx.tensor<"1xSEQx192", f32> -> !rlx.tensor<"1xSEQx192", f32>
    %63 = rlx.param "model.layers.1.mlp.down_proj.weight" : !rlx.tensor<"128x192", f32>
    %64 = rlx.linear %62, %63 : !rlx.tensor<"1xSEQx192", f32>, !rlx.tensor<"128x192", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %65 = rlx.add %54, %64 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"1xSEQx128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %66 = rlx.param "model.norm.weight" : !rlx.tensor<"128", f32>
    %67 = rlx.rms_norm %65, %66 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %68 = rlx.linear %67, %2 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"1024x128", f32> -> !rlx.tensor<"1xSEQx1024", f32>
    func.return %68, %18, %19, %49, %50 : !rlx.tensor<"1xSEQx1024", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
  }
  func.func @prefill_last(%input_ids: !rlx.tensor<"1xSEQ", i32>, %past_k: !rlx.tensor<"1xPAST_SEQx64", f32>, %past_v: !rlx.tensor<"1xPAST_SEQx64", f32>, %past_k_1: !rlx.tensor<"1xPAST_SEQx64", f32>, %past_v_1: !rlx.tensor<"1xPAST_SEQx64", f32>) -> (!rlx.tensor<"1x1x1024", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>) attributes {rlx.abi = #rlx.abi<args = [input "input_ids", input "past_k_0", input "past_v_0", input "past_k_1", input "past_v_1"], outputs = ["logits", "k_0", "v_0", "k_1", "v_1"]>, rlx.max_tokens = 512 : i64} {
    %0 = rlx.param "rope.cos" : !rlx.tensor<"512x16", f32>
    %1 = rlx.param "rope.sin" : !rlx.tensor<"512x16", f32>
    %2 = rlx.param "model.embed_tokens.weight" : !rlx.tensor<"1024x128", f32>
    %3 = rlx.embed %input_ids, %2 : !rlx.tensor<"1xSEQ", i32>, !rlx.tensor<"1024x128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %4 = rlx.param "model.layers.0.input_layernorm.weight" : !rlx.tensor<"128", f32>
    %5 = rlx.rms_norm %3, %4 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %6 = rlx.param "model.layers.0.self_attn.q_proj.weight" : !rlx.tensor<"128x128", f32>
    %7 = rlx.linear %5, %6 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128x128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %8 = rlx.param "model.layers.0.self_attn.k_proj.weight" : !rlx.tensor<"64x128", f32>
    %9 = rlx.linear %5, %8 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %10 = rlx.param "model.layers.0.self_attn.v_proj.weight" : !rlx.tensor<"64x128", f32>
    %11 = rlx.linear %5, %10 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %12 = rlx.param "model.layers.0.self_attn.q_norm.weight" : !rlx.tensor<"32", f32>
    %13 = rlx.rms_norm %7, %12 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %14 = rlx.param "model.layers.0.self_attn.k_norm.weight" : !rlx.tensor<"32", f32>
    %15 = rlx.rms_norm %9, %14 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %16 = rlx.rope %13, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %17 = rlx.rope %15, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %18 = rlx.kv_concat %past_k, %17 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
    %19 = rlx.kv_concat %past_v, %11 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
    %20 = rlx.attention %16, %18, %19 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %21 = rlx.param "model.layers.0.self_attn.o_proj.weight" : !rlx.tensor<"128x128", f32>
    %22 = rlx.linear %20, %21 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128x128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %23 = rlx.add %3, %22 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"1xSEQx128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %24 = rlx.param "model.layers.0.post_attention_layernorm.weight" : !rlx.tensor<"128", f32>
    %25 = rlx.rms_norm %23, %24 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %26 = rlx.param "model.layers.0.mlp.gate_proj.weight" : !rlx.tensor<"192x128", f32>
    %27 = rlx.linear %25, %26 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"192x128", f32> -> !rlx.tensor<"1xSEQx192", f32>
    %28 = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"192x128", f32>
    %29 = rlx.linear %25, %28 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"192x128", f32> -> !rlx.tensor<"1xSEQx192", f32>
    %30 = rlx.silu %27 : !rlx.tensor<"1xSEQx192", f32> -> !rlx.tensor<"1xSEQx192", f32>
    %31 = rlx.mul %30, %29 : !rlx.tensor<"1xSEQx192", f32>, !rlx.tensor<"1xSEQx192", f32> -> !rlx.tensor<"1xSEQx192", f32>
    %32 = rlx.param "model.layers.0.mlp.down_proj.weight" : !rlx.tensor<"128x192", f32>
    %33 = rlx.linear %31, %32 : !rlx.tensor<"1xSEQx192", f32>, !rlx.tensor<"128x192", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %34 = rlx.add %23, %33 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"1xSEQx128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %35 = rlx.param "model.layers.1.input_layernorm.weight" : !rlx.tensor<"128", f32>
    %36 = rlx.rms_norm %34, %35 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1xSEQx128", f32>
    %37 = rlx.param "model.layers.1.self_attn.q_proj.weight" : !rlx.tensor<"128x128", f32>
    %38 = rlx.gather_last %36 : !rlx.tensor<"1xSEQx128", f32> -> !rlx.tensor<"1x1x128", f32>
    %39 = rlx.param "model.layers.1.self_attn.k_proj.weight" : !rlx.tensor<"64x128", f32>
    %40 = rlx.linear %36, %39 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %41 = rlx.param "model.layers.1.self_attn.v_proj.weight" : !rlx.tensor<"64x128", f32>
    %42 = rlx.linear %36, %41 : !rlx.tensor<"1xSEQx128", f32>, !rlx.tensor<"64x128", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %43 = rlx.param "model.layers.1.self_attn.q_norm.weight" : !rlx.tensor<"32", f32>
    %44 = rlx.linear %38, %37 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %45 = rlx.param "model.layers.1.self_attn.k_norm.weight" : !rlx.tensor<"32", f32>
    %46 = rlx.rms_norm %40, %45 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %47 = rlx.rms_norm %44, %43 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1x1x128", f32>
    %48 = rlx.rope %46, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %49 = rlx.kv_concat %past_k_1, %48 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
    %50 = rlx.kv_concat %past_v_1, %42 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1xSEQx64", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
    %51 = rlx.rope %47, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ+SEQ-1"} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1x1x128", f32>
    %52 = rlx.param "model.layers.1.self_attn.o_proj.weight" : !rlx.tensor<"128x128", f32>
    %53 = rlx.attention %51, %49, %50 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32> -> !rlx.tensor<"1x1x128", f32>
    %54 = rlx.gather_last %34 : !rlx.tensor<"1xSEQx128", f32> -> !rlx.tensor<"1x1x128", f32>
    %55 = rlx.linear %53, %52 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %56 = rlx.param "model.layers.1.post_attention_layernorm.weight" : !rlx.tensor<"128", f32>
    %57 = rlx.add %54, %55 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"1x1x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %58 = rlx.param "model.layers.1.mlp.gate_proj.weight" : !rlx.tensor<"192x128", f32>
    %59 = rlx.rms_norm %57, %56 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1x1x128", f32>
    %60 = rlx.param "model.layers.1.mlp.up_proj.weight" : !rlx.tensor<"192x128", f32>
    %61 = rlx.linear %59, %58 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"192x128", f32> -> !rlx.tensor<"1x1x192", f32>
    %62 = rlx.silu %61 : !rlx.tensor<"1x1x192", f32> -> !rlx.tensor<"1x1x192", f32>
    %63 = rlx.linear %59, %60 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"192x128", f32> -> !rlx.tensor<"1x1x192", f32>
    %64 = rlx.param "model.layers.1.mlp.down_proj.weight" : !rlx.tensor<"128x192", f32>
    %65 = rlx.mul %62, %63 : !rlx.tensor<"1x1x192", f32>, !rlx.tensor<"1x1x192", f32> -> !rlx.tensor<"1x1x192", f32>
    %66 = rlx.linear %65, %64 : !rlx.tensor<"1x1x192", f32>, !rlx.tensor<"128x192", f32> -> !rlx.tensor<"1x1x128", f32>
    %67 = rlx.add %57, %66 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"1x1x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %68 = rlx.param "model.norm.weight" : !rlx.tensor<"128", f32>
    %69 = rlx.rms_norm %67, %68 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1x1x128", f32>
    %70 = rlx.linear %69, %2 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"1024x128", f32> -> !rlx.tensor<"1x1x1024", f32>
    func.return %70, %18, %19, %49, %50 : !rlx.tensor<"1x1x1024", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx64", f32>
  }
  func.func @decode(%input_ids: !rlx.tensor<"1x1", i32>, %past_k: !rlx.tensor<"1xPAST_SEQx64", f32>, %past_v: !rlx.tensor<"1xPAST_SEQx64", f32>, %past_k_1: !rlx.tensor<"1xPAST_SEQx64", f32>, %past_v_1: !rlx.tensor<"1xPAST_SEQx64", f32>) -> (!rlx.tensor<"1x1x1024", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>) attributes {rlx.abi = #rlx.abi<args = [input "input_ids", input "past_k_0", input "past_v_0", input "past_k_1", input "past_v_1"], outputs = ["logits", "k_0", "v_0", "k_1", "v_1"]>, rlx.max_tokens = 1 : i64} {
    %0 = rlx.param "rope.cos" : !rlx.tensor<"512x16", f32>
    %1 = rlx.param "rope.sin" : !rlx.tensor<"512x16", f32>
    %2 = rlx.param "model.embed_tokens.weight" : !rlx.tensor<"1024x128", f32>
    %3 = rlx.embed %input_ids, %2 : !rlx.tensor<"1x1", i32>, !rlx.tensor<"1024x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %4 = rlx.param "model.layers.0.input_layernorm.weight" : !rlx.tensor<"128", f32>
    %5 = rlx.rms_norm %3, %4 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1x1x128", f32>
    %6 = rlx.param "model.layers.0.self_attn.q_proj.weight" : !rlx.tensor<"128x128", f32>
    %7 = rlx.linear %5, %6 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %8 = rlx.param "model.layers.0.self_attn.k_proj.weight" : !rlx.tensor<"64x128", f32>
    %9 = rlx.linear %5, %8 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"64x128", f32> -> !rlx.tensor<"1x1x64", f32>
    %10 = rlx.param "model.layers.0.self_attn.v_proj.weight" : !rlx.tensor<"64x128", f32>
    %11 = rlx.linear %5, %10 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"64x128", f32> -> !rlx.tensor<"1x1x64", f32>
    %12 = rlx.param "model.layers.0.self_attn.q_norm.weight" : !rlx.tensor<"32", f32>
    %13 = rlx.rms_norm %7, %12 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1x1x128", f32>
    %14 = rlx.param "model.layers.0.self_attn.k_norm.weight" : !rlx.tensor<"32", f32>
    %15 = rlx.rms_norm %9, %14 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x64", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1x1x64", f32>
    %16 = rlx.rope %13, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1x1x128", f32>
    %17 = rlx.rope %15, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1x1x64", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1x1x64", f32>
    %18 = rlx.kv_concat %past_k, %17 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1x1x64", f32> -> !rlx.tensor<"1xPAST_SEQ+1x64", f32>
    %19 = rlx.kv_concat %past_v, %11 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1x1x64", f32> -> !rlx.tensor<"1xPAST_SEQ+1x64", f32>
    %20 = rlx.attention %16, %18, %19 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32> -> !rlx.tensor<"1x1x128", f32>
    %21 = rlx.param "model.layers.0.self_attn.o_proj.weight" : !rlx.tensor<"128x128", f32>
    %22 = rlx.linear %20, %21 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %23 = rlx.add %3, %22 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"1x1x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %24 = rlx.param "model.layers.0.post_attention_layernorm.weight" : !rlx.tensor<"128", f32>
    %25 = rlx.rms_norm %23, %24 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1x1x128", f32>
    %26 = rlx.param "model.layers.0.mlp.gate_proj.weight" : !rlx.tensor<"192x128", f32>
    %27 = rlx.linear %25, %26 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"192x128", f32> -> !rlx.tensor<"1x1x192", f32>
    %28 = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"192x128", f32>
    %29 = rlx.linear %25, %28 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"192x128", f32> -> !rlx.tensor<"1x1x192", f32>
    %30 = rlx.silu %27 : !rlx.tensor<"1x1x192", f32> -> !rlx.tensor<"1x1x192", f32>
    %31 = rlx.mul %30, %29 : !rlx.tensor<"1x1x192", f32>, !rlx.tensor<"1x1x192", f32> -> !rlx.tensor<"1x1x192", f32>
    %32 = rlx.param "model.layers.0.mlp.down_proj.weight" : !rlx.tensor<"128x192", f32>
    %33 = rlx.linear %31, %32 : !rlx.tensor<"1x1x192", f32>, !rlx.tensor<"128x192", f32> -> !rlx.tensor<"1x1x128", f32>
    %34 = rlx.add %23, %33 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"1x1x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %35 = rlx.param "model.layers.1.input_layernorm.weight" : !rlx.tensor<"128", f32>
    %36 = rlx.rms_norm %34, %35 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1x1x128", f32>
    %37 = rlx.param "model.layers.1.self_attn.q_proj.weight" : !rlx.tensor<"128x128", f32>
    %38 = rlx.linear %36, %37 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %39 = rlx.param "model.layers.1.self_attn.k_proj.weight" : !rlx.tensor<"64x128", f32>
    %40 = rlx.linear %36, %39 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"64x128", f32> -> !rlx.tensor<"1x1x64", f32>
    %41 = rlx.param "model.layers.1.self_attn.v_proj.weight" : !rlx.tensor<"64x128", f32>
    %42 = rlx.linear %36, %41 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"64x128", f32> -> !rlx.tensor<"1x1x64", f32>
    %43 = rlx.param "model.layers.1.self_attn.q_norm.weight" : !rlx.tensor<"32", f32>
    %44 = rlx.rms_norm %38, %43 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1x1x128", f32>
    %45 = rlx.param "model.layers.1.self_attn.k_norm.weight" : !rlx.tensor<"32", f32>
    %46 = rlx.rms_norm %40, %45 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x64", f32>, !rlx.tensor<"32", f32> -> !rlx.tensor<"1x1x64", f32>
    %47 = rlx.rope %44, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1x1x128", f32>
    %48 = rlx.rope %46, %0, %1 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1x1x64", f32>, !rlx.tensor<"512x16", f32>, !rlx.tensor<"512x16", f32> -> !rlx.tensor<"1x1x64", f32>
    %49 = rlx.kv_concat %past_k_1, %48 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1x1x64", f32> -> !rlx.tensor<"1xPAST_SEQ+1x64", f32>
    %50 = rlx.kv_concat %past_v_1, %42 : !rlx.tensor<"1xPAST_SEQx64", f32>, !rlx.tensor<"1x1x64", f32> -> !rlx.tensor<"1xPAST_SEQ+1x64", f32>
    %51 = rlx.attention %47, %49, %50 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32> -> !rlx.tensor<"1x1x128", f32>
    %52 = rlx.param "model.layers.1.self_attn.o_proj.weight" : !rlx.tensor<"128x128", f32>
    %53 = rlx.linear %51, %52 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %54 = rlx.add %34, %53 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"1x1x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %55 = rlx.param "model.layers.1.post_attention_layernorm.weight" : !rlx.tensor<"128", f32>
    %56 = rlx.rms_norm %54, %55 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1x1x128", f32>
    %57 = rlx.param "model.layers.1.mlp.gate_proj.weight" : !rlx.tensor<"192x128", f32>
    %58 = rlx.linear %56, %57 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"192x128", f32> -> !rlx.tensor<"1x1x192", f32>
    %59 = rlx.param "model.layers.1.mlp.up_proj.weight" : !rlx.tensor<"192x128", f32>
    %60 = rlx.linear %56, %59 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"192x128", f32> -> !rlx.tensor<"1x1x192", f32>
    %61 = rlx.silu %58 : !rlx.tensor<"1x1x192", f32> -> !rlx.tensor<"1x1x192", f32>
    %62 = rlx.mul %61, %60 : !rlx.tensor<"1x1x192", f32>, !rlx.tensor<"1x1x192", f32> -> !rlx.tensor<"1x1x192", f32>
    %63 = rlx.param "model.layers.1.mlp.down_proj.weight" : !rlx.tensor<"128x192", f32>
    %64 = rlx.linear %62, %63 : !rlx.tensor<"1x1x192", f32>, !rlx.tensor<"128x192", f32> -> !rlx.tensor<"1x1x128", f32>
    %65 = rlx.add %54, %64 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"1x1x128", f32> -> !rlx.tensor<"1x1x128", f32>
    %66 = rlx.param "model.norm.weight" : !rlx.tensor<"128", f32>
    %67 = rlx.rms_norm %65, %66 {eps = 1.000000e-06 : f32} : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"128", f32> -> !rlx.tensor<"1x1x128", f32>
    %68 = rlx.linear %67, %2 : !rlx.tensor<"1x1x128", f32>, !rlx.tensor<"1024x128", f32> -> !rlx.tensor<"1x1x1024", f32>
    func.return %68, %18, %19, %49, %50 : !rlx.tensor<"1x1x1024", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>, !rlx.tensor<"1xPAST_SEQ+1x64", f32>
  }
}
