// rlxc opt 06-rlx-fuse-linears.mlir -p 'rlx-pad-rows{target=x86-64-v4},rlx-plan-memory{max-tokens=512},rlx-pack-weights,rlx-to-loops{checks=false target=x86-64-v4 tuning=""},cse,rlx-fastmath{flags="nsz arcp afn"},expand-math-to-polynomials,rlx-outline-parallel{threads=0},convert-to-llvm,llvm-opt{level=3 target=x86-64-v4},llvm-codegen{level=3 target=x86-64-v4}'
builtin.module {
  func.func @prefill(%input_ids: !rlx.buffer<"1xSEQ", i32>, %past_k: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_v: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_k_1: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_v_1: !rlx.buffer<"1xMAX_SEQx64", f32>, %logits: !rlx.buffer<"1xSEQx1024", f32>) attributes {rlx.abi = #rlx.abi<args = [input "input_ids", kv_cache "past_k_0", kv_cache "past_v_0", kv_cache "past_k_1", kv_cache "past_v_1", output "logits"], outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, symbols = ["MAX_SEQ", "PAST_SEQ", "SEQ"], constraints = ["PAST_SEQ+SEQ <= 512", "PAST_SEQ+SEQ <= MAX_SEQ"]>, rlx.max_tokens = 512 : i64} {
    %0 = rlx.param "rope.cos" : !rlx.buffer<"512x16", f32>
    %1 = rlx.param "rope.sin" : !rlx.buffer<"512x16", f32>
    %2 = rlx.param "model.embed_tokens.weight" : !rlx.buffer<"1024x128", bf16>
    %3 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.embed %input_ids, %2 outs %3 : !rlx.buffer<"1xSEQ", i32>, !rlx.buffer<"1024x128", bf16> outs !rlx.buffer<"1xSEQx128", f32>
    %4 = rlx.param "model.layers.0.input_layernorm.weight" : !rlx.buffer<"128", f32>
    %5 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %3, %4 outs %5 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %6 = rlx.param "model.layers.0.self_attn.q_proj.weight" : !rlx.buffer<"128x128", bf16>
    %7 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    %8 = rlx.param "model.layers.0.self_attn.k_proj.weight" : !rlx.buffer<"64x128", bf16>
    %9 = rlx.alloc : !rlx.buffer<"1xSEQx64", f32>
    %10 = rlx.param "model.layers.0.self_attn.v_proj.weight" : !rlx.buffer<"64x128", bf16>
    %11 = rlx.alloc : !rlx.buffer<"1xSEQx64", f32>
    rlx.multi_linear %5, %6, %8, %10 outs %7, %9, %11 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", bf16>, !rlx.buffer<"64x128", bf16>, !rlx.buffer<"64x128", bf16> outs !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xSEQx64", f32>
    %12 = rlx.param "model.layers.0.self_attn.q_norm.weight" : !rlx.buffer<"32", f32>
    %13 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %7, %12 outs %13 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %14 = rlx.param "model.layers.0.self_attn.k_norm.weight" : !rlx.buffer<"32", f32>
    %15 = rlx.alloc : !rlx.buffer<"1xSEQx64", f32>
    rlx.rms_norm %9, %14 outs %15 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx64", f32>
    %16 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.rope %13, %0, %1 outs %16 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %17 = rlx.alloc : !rlx.buffer<"1xSEQx64", f32>
    rlx.rope %15, %0, %1 outs %17 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx64", f32>
    rlx.kv_write %17, %past_k {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    rlx.kv_write %11, %past_v {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    %18 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.attention %16, %past_k, %past_v outs %18 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %19 = rlx.param "model.layers.0.self_attn.o_proj.weight" : !rlx.buffer<"128x128", bf16>
    %20 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %18, %19 residual %3 outs %20 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", bf16> residual !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %21 = rlx.param "model.layers.0.post_attention_layernorm.weight" : !rlx.buffer<"128", f32>
    %22 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %20, %21 outs %22 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %23 = rlx.param "model.layers.0.mlp.gate_proj.weight" : !rlx.buffer<"192x128", bf16>
    %24 = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.buffer<"192x128", bf16>
    %25 = rlx.alloc : !rlx.buffer<"1xSEQx192", f32>
    rlx.linear_swiglu %22, %23, %24 outs %25 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"192x128", bf16>, !rlx.buffer<"192x128", bf16> outs !rlx.buffer<"1xSEQx192", f32>
    %26 = rlx.param "model.layers.0.mlp.down_proj.weight" : !rlx.buffer<"128x192", bf16>
    %27 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %25, %26 residual %20 outs %27 : !rlx.buffer<"1xSEQx192", f32>, !rlx.buffer<"128x192", bf16> residual !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %28 = rlx.param "model.layers.1.input_layernorm.weight" : !rlx.buffer<"128", f32>
    %29 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %27, %28 outs %29 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %30 = rlx.param "model.layers.1.self_attn.q_proj.weight" : !rlx.buffer<"128x128", bf16>
    %31 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    %32 = rlx.param "model.layers.1.self_attn.k_proj.weight" : !rlx.buffer<"64x128", bf16>
    %33 = rlx.alloc : !rlx.buffer<"1xSEQx64", f32>
    %34 = rlx.param "model.layers.1.self_attn.v_proj.weight" : !rlx.buffer<"64x128", bf16>
    %35 = rlx.alloc : !rlx.buffer<"1xSEQx64", f32>
    rlx.multi_linear %29, %30, %32, %34 outs %31, %33, %35 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", bf16>, !rlx.buffer<"64x128", bf16>, !rlx.buffer<"64x128", bf16> outs !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xSEQx64", f32>
    %36 = rlx.param "model.layers.1.self_attn.q_norm.weight" : !rlx.buffer<"32", f32>
    %37 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %31, %36 outs %37 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %38 = rlx.param "model.layers.1.self_attn.k_norm.weight" : !rlx.buffer<"32", f32>
    %39 = rlx.alloc : !rlx.buffer<"1xSEQx64", f32>
    rlx.rms_norm %33, %38 outs %39 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx64", f32>
    %40 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.rope %37, %0, %1 outs %40 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %41 = rlx.alloc : !rlx.buffer<"1xSEQx64", f32>
    rlx.rope %39, %0, %1 outs %41 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx64", f32>
    rlx.kv_write %41, %past_k_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    rlx.kv_write %35, %past_v_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    %42 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.attention %40, %past_k_1, %past_v_1 outs %42 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %43 = rlx.param "model.layers.1.self_attn.o_proj.weight" : !rlx.buffer<"128x128", bf16>
    %44 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %42, %43 residual %27 outs %44 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", bf16> residual !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %45 = rlx.param "model.layers.1.post_attention_layernorm.weight" : !rlx.buffer<"128", f32>
    %46 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %44, %45 outs %46 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %47 = rlx.param "model.layers.1.mlp.gate_proj.weight" : !rlx.buffer<"192x128", bf16>
    %48 = rlx.param "model.layers.1.mlp.up_proj.weight" : !rlx.buffer<"192x128", bf16>
    %49 = rlx.alloc : !rlx.buffer<"1xSEQx192", f32>
    rlx.linear_swiglu %46, %47, %48 outs %49 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"192x128", bf16>, !rlx.buffer<"192x128", bf16> outs !rlx.buffer<"1xSEQx192", f32>
    %50 = rlx.param "model.layers.1.mlp.down_proj.weight" : !rlx.buffer<"128x192", bf16>
    %51 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %49, %50 residual %44 outs %51 : !rlx.buffer<"1xSEQx192", f32>, !rlx.buffer<"128x192", bf16> residual !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %52 = rlx.param "model.norm.weight" : !rlx.buffer<"128", f32>
    %53 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %51, %52 outs %53 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %53, %2 outs %logits : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1024x128", bf16> outs !rlx.buffer<"1xSEQx1024", f32>
    func.return
  }
  func.func @prefill_last(%input_ids: !rlx.buffer<"1xSEQ", i32>, %past_k: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_v: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_k_1: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_v_1: !rlx.buffer<"1xMAX_SEQx64", f32>, %logits: !rlx.buffer<"1x1x1024", f32>) attributes {rlx.abi = #rlx.abi<args = [input "input_ids", kv_cache "past_k_0", kv_cache "past_v_0", kv_cache "past_k_1", kv_cache "past_v_1", output "logits"], outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, symbols = ["MAX_SEQ", "PAST_SEQ", "SEQ"], constraints = ["PAST_SEQ+SEQ <= 512", "PAST_SEQ+SEQ <= MAX_SEQ"]>, rlx.max_tokens = 512 : i64} {
    %0 = rlx.param "rope.cos" : !rlx.buffer<"512x16", f32>
    %1 = rlx.param "rope.sin" : !rlx.buffer<"512x16", f32>
    %2 = rlx.param "model.embed_tokens.weight" : !rlx.buffer<"1024x128", bf16>
    %3 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.embed %input_ids, %2 outs %3 : !rlx.buffer<"1xSEQ", i32>, !rlx.buffer<"1024x128", bf16> outs !rlx.buffer<"1xSEQx128", f32>
    %4 = rlx.param "model.layers.0.input_layernorm.weight" : !rlx.buffer<"128", f32>
    %5 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %3, %4 outs %5 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %6 = rlx.param "model.layers.0.self_attn.q_proj.weight" : !rlx.buffer<"128x128", bf16>
    %7 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    %8 = rlx.param "model.layers.0.self_attn.k_proj.weight" : !rlx.buffer<"64x128", bf16>
    %9 = rlx.alloc : !rlx.buffer<"1xSEQx64", f32>
    %10 = rlx.param "model.layers.0.self_attn.v_proj.weight" : !rlx.buffer<"64x128", bf16>
    %11 = rlx.alloc : !rlx.buffer<"1xSEQx64", f32>
    rlx.multi_linear %5, %6, %8, %10 outs %7, %9, %11 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", bf16>, !rlx.buffer<"64x128", bf16>, !rlx.buffer<"64x128", bf16> outs !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xSEQx64", f32>
    %12 = rlx.param "model.layers.0.self_attn.q_norm.weight" : !rlx.buffer<"32", f32>
    %13 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %7, %12 outs %13 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %14 = rlx.param "model.layers.0.self_attn.k_norm.weight" : !rlx.buffer<"32", f32>
    %15 = rlx.alloc : !rlx.buffer<"1xSEQx64", f32>
    rlx.rms_norm %9, %14 outs %15 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx64", f32>
    %16 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.rope %13, %0, %1 outs %16 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %17 = rlx.alloc : !rlx.buffer<"1xSEQx64", f32>
    rlx.rope %15, %0, %1 outs %17 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx64", f32>
    rlx.kv_write %17, %past_k {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    rlx.kv_write %11, %past_v {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    %18 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.attention %16, %past_k, %past_v outs %18 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %19 = rlx.param "model.layers.0.self_attn.o_proj.weight" : !rlx.buffer<"128x128", bf16>
    %20 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %18, %19 residual %3 outs %20 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", bf16> residual !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %21 = rlx.param "model.layers.0.post_attention_layernorm.weight" : !rlx.buffer<"128", f32>
    %22 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %20, %21 outs %22 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %23 = rlx.param "model.layers.0.mlp.gate_proj.weight" : !rlx.buffer<"192x128", bf16>
    %24 = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.buffer<"192x128", bf16>
    %25 = rlx.alloc : !rlx.buffer<"1xSEQx192", f32>
    rlx.linear_swiglu %22, %23, %24 outs %25 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"192x128", bf16>, !rlx.buffer<"192x128", bf16> outs !rlx.buffer<"1xSEQx192", f32>
    %26 = rlx.param "model.layers.0.mlp.down_proj.weight" : !rlx.buffer<"128x192", bf16>
    %27 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %25, %26 residual %20 outs %27 : !rlx.buffer<"1xSEQx192", f32>, !rlx.buffer<"128x192", bf16> residual !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %28 = rlx.param "model.layers.1.input_layernorm.weight" : !rlx.buffer<"128", f32>
    %29 = rlx.alloc : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %27, %28 outs %29 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %30 = rlx.param "model.layers.1.self_attn.q_proj.weight" : !rlx.buffer<"128x128", bf16>
    %31 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.gather_last %29 outs %31 : !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1x1x128", f32>
    %32 = rlx.param "model.layers.1.self_attn.k_proj.weight" : !rlx.buffer<"64x128", bf16>
    %33 = rlx.alloc : !rlx.buffer<"1xSEQx64", f32>
    %34 = rlx.param "model.layers.1.self_attn.v_proj.weight" : !rlx.buffer<"64x128", bf16>
    %35 = rlx.alloc : !rlx.buffer<"1xSEQx64", f32>
    rlx.multi_linear %29, %32, %34 outs %33, %35 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"64x128", bf16>, !rlx.buffer<"64x128", bf16> outs !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xSEQx64", f32>
    %36 = rlx.param "model.layers.1.self_attn.q_norm.weight" : !rlx.buffer<"32", f32>
    %37 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.linear %31, %30 outs %37 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128x128", bf16> outs !rlx.buffer<"1x1x128", f32>
    %38 = rlx.param "model.layers.1.self_attn.k_norm.weight" : !rlx.buffer<"32", f32>
    %39 = rlx.alloc : !rlx.buffer<"1xSEQx64", f32>
    rlx.rms_norm %33, %38 outs %39 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx64", f32>
    %40 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %37, %36 outs %40 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1x1x128", f32>
    %41 = rlx.alloc : !rlx.buffer<"1xSEQx64", f32>
    rlx.rope %39, %0, %1 outs %41 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx64", f32>
    rlx.kv_write %41, %past_k_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    rlx.kv_write %35, %past_v_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    %42 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.rope %40, %0, %1 outs %42 {head_dim = 32 : i64, offset = "PAST_SEQ+SEQ-1"} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1x1x128", f32>
    %43 = rlx.param "model.layers.1.self_attn.o_proj.weight" : !rlx.buffer<"128x128", bf16>
    %44 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.attention %42, %past_k_1, %past_v_1 outs %44 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+SEQ"} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32> outs !rlx.buffer<"1x1x128", f32>
    %45 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.gather_last %27 outs %45 : !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1x1x128", f32>
    %46 = rlx.param "model.layers.1.post_attention_layernorm.weight" : !rlx.buffer<"128", f32>
    %47 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.linear %44, %43 residual %45 outs %47 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128x128", bf16> residual !rlx.buffer<"1x1x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %48 = rlx.param "model.layers.1.mlp.gate_proj.weight" : !rlx.buffer<"192x128", bf16>
    %49 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %47, %46 outs %49 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    %50 = rlx.param "model.layers.1.mlp.up_proj.weight" : !rlx.buffer<"192x128", bf16>
    %51 = rlx.param "model.layers.1.mlp.down_proj.weight" : !rlx.buffer<"128x192", bf16>
    %52 = rlx.alloc : !rlx.buffer<"1x1x192", f32>
    rlx.linear_swiglu %49, %48, %50 outs %52 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"192x128", bf16>, !rlx.buffer<"192x128", bf16> outs !rlx.buffer<"1x1x192", f32>
    %53 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.linear %52, %51 residual %47 outs %53 : !rlx.buffer<"1x1x192", f32>, !rlx.buffer<"128x192", bf16> residual !rlx.buffer<"1x1x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %54 = rlx.param "model.norm.weight" : !rlx.buffer<"128", f32>
    %55 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %53, %54 outs %55 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    rlx.linear %55, %2 outs %logits : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1024x128", bf16> outs !rlx.buffer<"1x1x1024", f32>
    func.return
  }
  func.func @decode(%input_ids: !rlx.buffer<"1x1", i32>, %past_k: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_v: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_k_1: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_v_1: !rlx.buffer<"1xMAX_SEQx64", f32>, %logits: !rlx.buffer<"1x1x1024", f32>) attributes {rlx.abi = #rlx.abi<args = [input "input_ids", kv_cache "past_k_0", kv_cache "past_v_0", kv_cache "past_k_1", kv_cache "past_v_1", output "logits"], outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, symbols = ["MAX_SEQ", "PAST_SEQ"], constraints = ["PAST_SEQ+1 <= 512", "PAST_SEQ+1 <= MAX_SEQ"]>, rlx.max_tokens = 1 : i64} {
    %0 = rlx.param "rope.cos" : !rlx.buffer<"512x16", f32>
    %1 = rlx.param "rope.sin" : !rlx.buffer<"512x16", f32>
    %2 = rlx.param "model.embed_tokens.weight" : !rlx.buffer<"1024x128", bf16>
    %3 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.embed %input_ids, %2 outs %3 : !rlx.buffer<"1x1", i32>, !rlx.buffer<"1024x128", bf16> outs !rlx.buffer<"1x1x128", f32>
    %4 = rlx.param "model.layers.0.input_layernorm.weight" : !rlx.buffer<"128", f32>
    %5 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %3, %4 outs %5 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    %6 = rlx.param "model.layers.0.self_attn.q_proj.weight" : !rlx.buffer<"128x128", bf16>
    %7 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    %8 = rlx.param "model.layers.0.self_attn.k_proj.weight" : !rlx.buffer<"64x128", bf16>
    %9 = rlx.alloc : !rlx.buffer<"1x1x64", f32>
    %10 = rlx.param "model.layers.0.self_attn.v_proj.weight" : !rlx.buffer<"64x128", bf16>
    %11 = rlx.alloc : !rlx.buffer<"1x1x64", f32>
    rlx.multi_linear %5, %6, %8, %10 outs %7, %9, %11 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128x128", bf16>, !rlx.buffer<"64x128", bf16>, !rlx.buffer<"64x128", bf16> outs !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"1x1x64", f32>
    %12 = rlx.param "model.layers.0.self_attn.q_norm.weight" : !rlx.buffer<"32", f32>
    %13 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %7, %12 outs %13 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1x1x128", f32>
    %14 = rlx.param "model.layers.0.self_attn.k_norm.weight" : !rlx.buffer<"32", f32>
    %15 = rlx.alloc : !rlx.buffer<"1x1x64", f32>
    rlx.rms_norm %9, %14 outs %15 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1x1x64", f32>
    %16 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.rope %13, %0, %1 outs %16 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1x1x128", f32>
    %17 = rlx.alloc : !rlx.buffer<"1x1x64", f32>
    rlx.rope %15, %0, %1 outs %17 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1x1x64", f32>
    rlx.kv_write %17, %past_k {offset = "PAST_SEQ"} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    rlx.kv_write %11, %past_v {offset = "PAST_SEQ"} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    %18 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.attention %16, %past_k, %past_v outs %18 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+1"} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32> outs !rlx.buffer<"1x1x128", f32>
    %19 = rlx.param "model.layers.0.self_attn.o_proj.weight" : !rlx.buffer<"128x128", bf16>
    %20 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.linear %18, %19 residual %3 outs %20 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128x128", bf16> residual !rlx.buffer<"1x1x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %21 = rlx.param "model.layers.0.post_attention_layernorm.weight" : !rlx.buffer<"128", f32>
    %22 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %20, %21 outs %22 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    %23 = rlx.param "model.layers.0.mlp.gate_proj.weight" : !rlx.buffer<"192x128", bf16>
    %24 = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.buffer<"192x128", bf16>
    %25 = rlx.alloc : !rlx.buffer<"1x1x192", f32>
    rlx.linear_swiglu %22, %23, %24 outs %25 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"192x128", bf16>, !rlx.buffer<"192x128", bf16> outs !rlx.buffer<"1x1x192", f32>
    %26 = rlx.param "model.layers.0.mlp.down_proj.weight" : !rlx.buffer<"128x192", bf16>
    %27 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.linear %25, %26 residual %20 outs %27 : !rlx.buffer<"1x1x192", f32>, !rlx.buffer<"128x192", bf16> residual !rlx.buffer<"1x1x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %28 = rlx.param "model.layers.1.input_layernorm.weight" : !rlx.buffer<"128", f32>
    %29 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %27, %28 outs %29 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    %30 = rlx.param "model.layers.1.self_attn.q_proj.weight" : !rlx.buffer<"128x128", bf16>
    %31 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    %32 = rlx.param "model.layers.1.self_attn.k_proj.weight" : !rlx.buffer<"64x128", bf16>
    %33 = rlx.alloc : !rlx.buffer<"1x1x64", f32>
    %34 = rlx.param "model.layers.1.self_attn.v_proj.weight" : !rlx.buffer<"64x128", bf16>
    %35 = rlx.alloc : !rlx.buffer<"1x1x64", f32>
    rlx.multi_linear %29, %30, %32, %34 outs %31, %33, %35 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128x128", bf16>, !rlx.buffer<"64x128", bf16>, !rlx.buffer<"64x128", bf16> outs !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"1x1x64", f32>
    %36 = rlx.param "model.layers.1.self_attn.q_norm.weight" : !rlx.buffer<"32", f32>
    %37 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %31, %36 outs %37 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1x1x128", f32>
    %38 = rlx.param "model.layers.1.self_attn.k_norm.weight" : !rlx.buffer<"32", f32>
    %39 = rlx.alloc : !rlx.buffer<"1x1x64", f32>
    rlx.rms_norm %33, %38 outs %39 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1x1x64", f32>
    %40 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.rope %37, %0, %1 outs %40 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1x1x128", f32>
    %41 = rlx.alloc : !rlx.buffer<"1x1x64", f32>
    rlx.rope %39, %0, %1 outs %41 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1x1x64", f32>
    rlx.kv_write %41, %past_k_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    rlx.kv_write %35, %past_v_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    %42 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.attention %40, %past_k_1, %past_v_1 outs %42 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+1"} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32> outs !rlx.buffer<"1x1x128", f32>
    %43 = rlx.param "model.layers.1.self_attn.o_proj.weight" : !rlx.buffer<"128x128", bf16>
    %44 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.linear %42, %43 residual %27 outs %44 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128x128", bf16> residual !rlx.buffer<"1x1x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %45 = rlx.param "model.layers.1.post_attention_layernorm.weight" : !rlx.buffer<"128", f32>
    %46 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %44, %45 outs %46 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    %47 = rlx.param "model.layers.1.mlp.gate_proj.weight" : !rlx.buffer<"192x128", bf16>
    %48 = rlx.param "model.layers.1.mlp.up_proj.weight" : !rlx.buffer<"192x128", bf16>
    %49 = rlx.alloc : !rlx.buffer<"1x1x192", f32>
    rlx.linear_swiglu %46, %47, %48 outs %49 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"192x128", bf16>, !rlx.buffer<"192x128", bf16> outs !rlx.buffer<"1x1x192", f32>
    %50 = rlx.param "model.layers.1.mlp.down_proj.weight" : !rlx.buffer<"128x192", bf16>
    %51 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.linear %49, %50 residual %44 outs %51 : !rlx.buffer<"1x1x192", f32>, !rlx.buffer<"128x192", bf16> residual !rlx.buffer<"1x1x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %52 = rlx.param "model.norm.weight" : !rlx.buffer<"128", f32>
    %53 = rlx.alloc : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %51, %52 outs %53 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    rlx.linear %53, %2 outs %logits : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1024x128", bf16> outs !rlx.buffer<"1x1x1024", f32>
    func.return
  }
}
