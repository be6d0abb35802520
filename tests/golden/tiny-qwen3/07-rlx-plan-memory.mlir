// rlxc opt 07-rlx-plan-memory.mlir -p 'rlx-pack-weights,rlx-to-loops{checks=false target=x86-64-v4 tuning=""},cse,rlx-fastmath{flags="reassoc contract nsz arcp afn"},expand-math-to-polynomials,rlx-outline-parallel{threads=0},convert-to-llvm,llvm-opt{level=3 target=x86-64-v4},llvm-codegen{level=3 target=x86-64-v4}'
builtin.module {
  func.func @prefill(%input_ids: !rlx.buffer<"1xSEQ", i32>, %past_k: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_v: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_k_1: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_v_1: !rlx.buffer<"1xMAX_SEQx64", f32>, %logits: !rlx.buffer<"1xSEQx1024", f32>) attributes {rlx.abi = #rlx.abi<args = [input "input_ids", kv_cache "past_k_0", kv_cache "past_v_0", kv_cache "past_k_1", kv_cache "past_v_1", output "logits"], outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, symbols = ["MAX_SEQ", "PAST_SEQ", "SEQ"], constraints = ["PAST_SEQ+SEQ <= 512", "PAST_SEQ+SEQ <= MAX_SEQ", "SEQ <= 512"], arena_bytes = 1179648>, rlx.max_tokens = 512 : i64} {
    %0 = rlx.param "rope.cos" : !rlx.buffer<"512x16", f32>
    %1 = rlx.param "rope.sin" : !rlx.buffer<"512x16", f32>
    %2 = rlx.param "model.embed_tokens.weight" : !rlx.buffer<"1024x128", bf16>
    %3 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.embed %input_ids, %2 outs %3 : !rlx.buffer<"1xSEQ", i32>, !rlx.buffer<"1024x128", bf16> outs !rlx.buffer<"1xSEQx128", f32>
    %4 = rlx.param "model.layers.0.input_layernorm.weight" : !rlx.buffer<"128", f32>
    %5 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %3, %4 outs %5 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %6 = rlx.param "model.layers.0.self_attn.q_proj.weight" : !rlx.buffer<"128x128", bf16>
    %7 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    %8 = rlx.param "model.layers.0.self_attn.k_proj.weight" : !rlx.buffer<"64x128", bf16>
    %9 = rlx.alloc {offset = 786432 : i64} : !rlx.buffer<"1xSEQx64", f32>
    %10 = rlx.param "model.layers.0.self_attn.v_proj.weight" : !rlx.buffer<"64x128", bf16>
    %11 = rlx.alloc {offset = 917504 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.multi_linear %5, %6, %8, %10 outs %7, %9, %11 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", bf16>, !rlx.buffer<"64x128", bf16>, !rlx.buffer<"64x128", bf16> outs !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xSEQx64", f32>
    %12 = rlx.param "model.layers.0.self_attn.q_norm.weight" : !rlx.buffer<"32", f32>
    %13 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %7, %12 outs %13 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %14 = rlx.param "model.layers.0.self_attn.k_norm.weight" : !rlx.buffer<"32", f32>
    %15 = rlx.alloc {offset = 1048576 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.rms_norm %9, %14 outs %15 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx64", f32>
    %16 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rope %13, %0, %1 outs %16 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %17 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.rope %15, %0, %1 outs %17 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx64", f32>
    rlx.kv_write %17, %past_k {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    rlx.kv_write %11, %past_v {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    %18 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.attention %16, %past_k, %past_v outs %18 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %19 = rlx.param "model.layers.0.self_attn.o_proj.weight" : !rlx.buffer<"128x128", bf16>
    %20 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %18, %19 outs %20 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", bf16> outs !rlx.buffer<"1xSEQx128", f32>
    %21 = rlx.alloc {offset = 786432 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.add %3, %20 outs %21 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %22 = rlx.param "model.layers.0.post_attention_layernorm.weight" : !rlx.buffer<"128", f32>
    %23 = rlx.alloc {offset = 393216 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %21, %22 outs %23 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %24 = rlx.param "model.layers.0.mlp.gate_proj.weight" : !rlx.buffer<"192x128", bf16>
    %25 = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.buffer<"192x128", bf16>
    %26 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx192", f32>
    rlx.linear_swiglu %23, %24, %25 outs %26 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"192x128", bf16>, !rlx.buffer<"192x128", bf16> outs !rlx.buffer<"1xSEQx192", f32>
    %27 = rlx.param "model.layers.0.mlp.down_proj.weight" : !rlx.buffer<"128x192", bf16>
    %28 = rlx.alloc {offset = 393216 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %26, %27 outs %28 : !rlx.buffer<"1xSEQx192", f32>, !rlx.buffer<"128x192", bf16> outs !rlx.buffer<"1xSEQx128", f32>
    %29 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.add %21, %28 outs %29 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %30 = rlx.param "model.layers.1.input_layernorm.weight" : !rlx.buffer<"128", f32>
    %31 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %29, %30 outs %31 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %32 = rlx.param "model.layers.1.self_attn.q_proj.weight" : !rlx.buffer<"128x128", bf16>
    %33 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    %34 = rlx.param "model.layers.1.self_attn.k_proj.weight" : !rlx.buffer<"64x128", bf16>
    %35 = rlx.alloc {offset = 786432 : i64} : !rlx.buffer<"1xSEQx64", f32>
    %36 = rlx.param "model.layers.1.self_attn.v_proj.weight" : !rlx.buffer<"64x128", bf16>
    %37 = rlx.alloc {offset = 917504 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.multi_linear %31, %32, %34, %36 outs %33, %35, %37 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", bf16>, !rlx.buffer<"64x128", bf16>, !rlx.buffer<"64x128", bf16> outs !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xSEQx64", f32>
    %38 = rlx.param "model.layers.1.self_attn.q_norm.weight" : !rlx.buffer<"32", f32>
    %39 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %33, %38 outs %39 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %40 = rlx.param "model.layers.1.self_attn.k_norm.weight" : !rlx.buffer<"32", f32>
    %41 = rlx.alloc {offset = 1048576 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.rms_norm %35, %40 outs %41 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx64", f32>
    %42 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rope %39, %0, %1 outs %42 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %43 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.rope %41, %0, %1 outs %43 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx64", f32>
    rlx.kv_write %43, %past_k_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    rlx.kv_write %37, %past_v_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    %44 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.attention %42, %past_k_1, %past_v_1 outs %44 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %45 = rlx.param "model.layers.1.self_attn.o_proj.weight" : !rlx.buffer<"128x128", bf16>
    %46 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %44, %45 outs %46 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", bf16> outs !rlx.buffer<"1xSEQx128", f32>
    %47 = rlx.alloc {offset = 786432 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.add %29, %46 outs %47 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %48 = rlx.param "model.layers.1.post_attention_layernorm.weight" : !rlx.buffer<"128", f32>
    %49 = rlx.alloc {offset = 393216 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %47, %48 outs %49 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %50 = rlx.param "model.layers.1.mlp.gate_proj.weight" : !rlx.buffer<"192x128", bf16>
    %51 = rlx.param "model.layers.1.mlp.up_proj.weight" : !rlx.buffer<"192x128", bf16>
    %52 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx192", f32>
    rlx.linear_swiglu %49, %50, %51 outs %52 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"192x128", bf16>, !rlx.buffer<"192x128", bf16> outs !rlx.buffer<"1xSEQx192", f32>
    %53 = rlx.param "model.layers.1.mlp.down_proj.weight" : !rlx.buffer<"128x192", bf16>
    %54 = rlx.alloc {offset = 393216 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %52, %53 outs %54 : !rlx.buffer<"1xSEQx192", f32>, !rlx.buffer<"128x192", bf16> outs !rlx.buffer<"1xSEQx128", f32>
    %55 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.add %47, %54 outs %55 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %56 = rlx.param "model.norm.weight" : !rlx.buffer<"128", f32>
    %57 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %55, %56 outs %57 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %57, %2 outs %logits : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1024x128", bf16> outs !rlx.buffer<"1xSEQx1024", f32>
    func.return
  }
  func.func @prefill_last(%input_ids: !rlx.buffer<"1xSEQ", i32>, %past_k: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_v: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_k_1: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_v_1: !rlx.buffer<"1xMAX_SEQx64", f32>, %logits: !rlx.buffer<"1x1x1024", f32>) attributes {rlx.abi = #rlx.abi<args = [input "input_ids", kv_cache "past_k_0", kv_cache "past_v_0", kv_cache "past_k_1", kv_cache "past_v_1", output "logits"], outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, symbols = ["MAX_SEQ", "PAST_SEQ", "SEQ"], constraints = ["PAST_SEQ+SEQ <= 512", "PAST_SEQ+SEQ <= MAX_SEQ", "SEQ <= 512"], arena_bytes = 1179648>, rlx.max_tokens = 512 : i64} {
    %0 = rlx.param "rope.cos" : !rlx.buffer<"512x16", f32>
    %1 = rlx.param "rope.sin" : !rlx.buffer<"512x16", f32>
    %2 = rlx.param "model.embed_tokens.weight" : !rlx.buffer<"1024x128", bf16>
    %3 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.embed %input_ids, %2 outs %3 : !rlx.buffer<"1xSEQ", i32>, !rlx.buffer<"1024x128", bf16> outs !rlx.buffer<"1xSEQx128", f32>
    %4 = rlx.param "model.layers.0.input_layernorm.weight" : !rlx.buffer<"128", f32>
    %5 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %3, %4 outs %5 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %6 = rlx.param "model.layers.0.self_attn.q_proj.weight" : !rlx.buffer<"128x128", bf16>
    %7 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    %8 = rlx.param "model.layers.0.self_attn.k_proj.weight" : !rlx.buffer<"64x128", bf16>
    %9 = rlx.alloc {offset = 786432 : i64} : !rlx.buffer<"1xSEQx64", f32>
    %10 = rlx.param "model.layers.0.self_attn.v_proj.weight" : !rlx.buffer<"64x128", bf16>
    %11 = rlx.alloc {offset = 917504 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.multi_linear %5, %6, %8, %10 outs %7, %9, %11 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", bf16>, !rlx.buffer<"64x128", bf16>, !rlx.buffer<"64x128", bf16> outs !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xSEQx64", f32>
    %12 = rlx.param "model.layers.0.self_attn.q_norm.weight" : !rlx.buffer<"32", f32>
    %13 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %7, %12 outs %13 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %14 = rlx.param "model.layers.0.self_attn.k_norm.weight" : !rlx.buffer<"32", f32>
    %15 = rlx.alloc {offset = 1048576 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.rms_norm %9, %14 outs %15 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx64", f32>
    %16 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rope %13, %0, %1 outs %16 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %17 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.rope %15, %0, %1 outs %17 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx64", f32>
    rlx.kv_write %17, %past_k {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    rlx.kv_write %11, %past_v {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    %18 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.attention %16, %past_k, %past_v outs %18 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+SEQ"} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %19 = rlx.param "model.layers.0.self_attn.o_proj.weight" : !rlx.buffer<"128x128", bf16>
    %20 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %18, %19 outs %20 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128x128", bf16> outs !rlx.buffer<"1xSEQx128", f32>
    %21 = rlx.alloc {offset = 786432 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.add %3, %20 outs %21 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %22 = rlx.param "model.layers.0.post_attention_layernorm.weight" : !rlx.buffer<"128", f32>
    %23 = rlx.alloc {offset = 393216 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %21, %22 outs %23 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %24 = rlx.param "model.layers.0.mlp.gate_proj.weight" : !rlx.buffer<"192x128", bf16>
    %25 = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.buffer<"192x128", bf16>
    %26 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx192", f32>
    rlx.linear_swiglu %23, %24, %25 outs %26 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"192x128", bf16>, !rlx.buffer<"192x128", bf16> outs !rlx.buffer<"1xSEQx192", f32>
    %27 = rlx.param "model.layers.0.mlp.down_proj.weight" : !rlx.buffer<"128x192", bf16>
    %28 = rlx.alloc {offset = 393216 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.linear %26, %27 outs %28 : !rlx.buffer<"1xSEQx192", f32>, !rlx.buffer<"128x192", bf16> outs !rlx.buffer<"1xSEQx128", f32>
    %29 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.add %21, %28 outs %29 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %30 = rlx.param "model.layers.1.input_layernorm.weight" : !rlx.buffer<"128", f32>
    %31 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx128", f32>
    rlx.rms_norm %29, %30 outs %31 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1xSEQx128", f32>
    %32 = rlx.param "model.layers.1.self_attn.q_proj.weight" : !rlx.buffer<"128x128", bf16>
    %33 = rlx.alloc {offset = 786432 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.gather_last %31 outs %33 : !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1x1x128", f32>
    %34 = rlx.param "model.layers.1.self_attn.k_proj.weight" : !rlx.buffer<"64x128", bf16>
    %35 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1xSEQx64", f32>
    %36 = rlx.param "model.layers.1.self_attn.v_proj.weight" : !rlx.buffer<"64x128", bf16>
    %37 = rlx.alloc {offset = 655360 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.multi_linear %31, %34, %36 outs %35, %37 : !rlx.buffer<"1xSEQx128", f32>, !rlx.buffer<"64x128", bf16>, !rlx.buffer<"64x128", bf16> outs !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xSEQx64", f32>
    %38 = rlx.param "model.layers.1.self_attn.q_norm.weight" : !rlx.buffer<"32", f32>
    %39 = rlx.alloc {offset = 393216 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.linear %33, %32 outs %39 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128x128", bf16> outs !rlx.buffer<"1x1x128", f32>
    %40 = rlx.param "model.layers.1.self_attn.k_norm.weight" : !rlx.buffer<"32", f32>
    %41 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.rms_norm %35, %40 outs %41 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx64", f32>
    %42 = rlx.alloc {offset = 524288 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %39, %38 outs %42 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1x1x128", f32>
    %43 = rlx.alloc {offset = 393216 : i64} : !rlx.buffer<"1xSEQx64", f32>
    rlx.rope %41, %0, %1 outs %43 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1xSEQx64", f32>
    rlx.kv_write %43, %past_k_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    rlx.kv_write %37, %past_v_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    %44 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rope %42, %0, %1 outs %44 {head_dim = 32 : i64, offset = "PAST_SEQ+SEQ-1"} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1x1x128", f32>
    %45 = rlx.param "model.layers.1.self_attn.o_proj.weight" : !rlx.buffer<"128x128", bf16>
    %46 = rlx.alloc {offset = 262656 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.attention %44, %past_k_1, %past_v_1 outs %46 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+SEQ"} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32> outs !rlx.buffer<"1x1x128", f32>
    %47 = rlx.alloc {offset = 262144 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.gather_last %29 outs %47 : !rlx.buffer<"1xSEQx128", f32> outs !rlx.buffer<"1x1x128", f32>
    %48 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.linear %46, %45 outs %48 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128x128", bf16> outs !rlx.buffer<"1x1x128", f32>
    %49 = rlx.param "model.layers.1.post_attention_layernorm.weight" : !rlx.buffer<"128", f32>
    %50 = rlx.alloc {offset = 768 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.add %47, %48 outs %50 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1x1x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %51 = rlx.param "model.layers.1.mlp.gate_proj.weight" : !rlx.buffer<"192x128", bf16>
    %52 = rlx.alloc {offset = 1280 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %50, %49 outs %52 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    %53 = rlx.param "model.layers.1.mlp.up_proj.weight" : !rlx.buffer<"192x128", bf16>
    %54 = rlx.param "model.layers.1.mlp.down_proj.weight" : !rlx.buffer<"128x192", bf16>
    %55 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1x1x192", f32>
    rlx.linear_swiglu %52, %51, %53 outs %55 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"192x128", bf16>, !rlx.buffer<"192x128", bf16> outs !rlx.buffer<"1x1x192", f32>
    %56 = rlx.alloc {offset = 1280 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.linear %55, %54 outs %56 : !rlx.buffer<"1x1x192", f32>, !rlx.buffer<"128x192", bf16> outs !rlx.buffer<"1x1x128", f32>
    %57 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.add %50, %56 outs %57 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1x1x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %58 = rlx.param "model.norm.weight" : !rlx.buffer<"128", f32>
    %59 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %57, %58 outs %59 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    rlx.linear %59, %2 outs %logits : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1024x128", bf16> outs !rlx.buffer<"1x1x1024", f32>
    func.return
  }
  func.func @decode(%input_ids: !rlx.buffer<"1x1", i32>, %past_k: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_v: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_k_1: !rlx.buffer<"1xMAX_SEQx64", f32>, %past_v_1: !rlx.buffer<"1xMAX_SEQx64", f32>, %logits: !rlx.buffer<"1x1x1024", f32>) attributes {rlx.abi = #rlx.abi<args = [input "input_ids", kv_cache "past_k_0", kv_cache "past_v_0", kv_cache "past_k_1", kv_cache "past_v_1", output "logits"], outputs = ["logits", "k_0", "v_0", "k_1", "v_1"], kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0", k_1 = "past_k_1", v_1 = "past_v_1"}, symbols = ["MAX_SEQ", "PAST_SEQ"], constraints = ["PAST_SEQ+1 <= 512", "PAST_SEQ+1 <= MAX_SEQ"], arena_bytes = 2304>, rlx.max_tokens = 1 : i64} {
    %0 = rlx.param "rope.cos" : !rlx.buffer<"512x16", f32>
    %1 = rlx.param "rope.sin" : !rlx.buffer<"512x16", f32>
    %2 = rlx.param "model.embed_tokens.weight" : !rlx.buffer<"1024x128", bf16>
    %3 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.embed %input_ids, %2 outs %3 : !rlx.buffer<"1x1", i32>, !rlx.buffer<"1024x128", bf16> outs !rlx.buffer<"1x1x128", f32>
    %4 = rlx.param "model.layers.0.input_layernorm.weight" : !rlx.buffer<"128", f32>
    %5 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %3, %4 outs %5 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    %6 = rlx.param "model.layers.0.self_attn.q_proj.weight" : !rlx.buffer<"128x128", bf16>
    %7 = rlx.alloc {offset = 1024 : i64} : !rlx.buffer<"1x1x128", f32>
    %8 = rlx.param "model.layers.0.self_attn.k_proj.weight" : !rlx.buffer<"64x128", bf16>
    %9 = rlx.alloc {offset = 1536 : i64} : !rlx.buffer<"1x1x64", f32>
    %10 = rlx.param "model.layers.0.self_attn.v_proj.weight" : !rlx.buffer<"64x128", bf16>
    %11 = rlx.alloc {offset = 1792 : i64} : !rlx.buffer<"1x1x64", f32>
    rlx.multi_linear %5, %6, %8, %10 outs %7, %9, %11 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128x128", bf16>, !rlx.buffer<"64x128", bf16>, !rlx.buffer<"64x128", bf16> outs !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"1x1x64", f32>
    %12 = rlx.param "model.layers.0.self_attn.q_norm.weight" : !rlx.buffer<"32", f32>
    %13 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %7, %12 outs %13 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1x1x128", f32>
    %14 = rlx.param "model.layers.0.self_attn.k_norm.weight" : !rlx.buffer<"32", f32>
    %15 = rlx.alloc {offset = 2048 : i64} : !rlx.buffer<"1x1x64", f32>
    rlx.rms_norm %9, %14 outs %15 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1x1x64", f32>
    %16 = rlx.alloc {offset = 1024 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rope %13, %0, %1 outs %16 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1x1x128", f32>
    %17 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x64", f32>
    rlx.rope %15, %0, %1 outs %17 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1x1x64", f32>
    rlx.kv_write %17, %past_k {offset = "PAST_SEQ"} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    rlx.kv_write %11, %past_v {offset = "PAST_SEQ"} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    %18 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.attention %16, %past_k, %past_v outs %18 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+1"} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32> outs !rlx.buffer<"1x1x128", f32>
    %19 = rlx.param "model.layers.0.self_attn.o_proj.weight" : !rlx.buffer<"128x128", bf16>
    %20 = rlx.alloc {offset = 1024 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.linear %18, %19 outs %20 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128x128", bf16> outs !rlx.buffer<"1x1x128", f32>
    %21 = rlx.alloc {offset = 1536 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.add %3, %20 outs %21 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1x1x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %22 = rlx.param "model.layers.0.post_attention_layernorm.weight" : !rlx.buffer<"128", f32>
    %23 = rlx.alloc {offset = 768 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %21, %22 outs %23 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    %24 = rlx.param "model.layers.0.mlp.gate_proj.weight" : !rlx.buffer<"192x128", bf16>
    %25 = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.buffer<"192x128", bf16>
    %26 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1x1x192", f32>
    rlx.linear_swiglu %23, %24, %25 outs %26 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"192x128", bf16>, !rlx.buffer<"192x128", bf16> outs !rlx.buffer<"1x1x192", f32>
    %27 = rlx.param "model.layers.0.mlp.down_proj.weight" : !rlx.buffer<"128x192", bf16>
    %28 = rlx.alloc {offset = 768 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.linear %26, %27 outs %28 : !rlx.buffer<"1x1x192", f32>, !rlx.buffer<"128x192", bf16> outs !rlx.buffer<"1x1x128", f32>
    %29 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.add %21, %28 outs %29 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1x1x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %30 = rlx.param "model.layers.1.input_layernorm.weight" : !rlx.buffer<"128", f32>
    %31 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %29, %30 outs %31 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    %32 = rlx.param "model.layers.1.self_attn.q_proj.weight" : !rlx.buffer<"128x128", bf16>
    %33 = rlx.alloc {offset = 1024 : i64} : !rlx.buffer<"1x1x128", f32>
    %34 = rlx.param "model.layers.1.self_attn.k_proj.weight" : !rlx.buffer<"64x128", bf16>
    %35 = rlx.alloc {offset = 1536 : i64} : !rlx.buffer<"1x1x64", f32>
    %36 = rlx.param "model.layers.1.self_attn.v_proj.weight" : !rlx.buffer<"64x128", bf16>
    %37 = rlx.alloc {offset = 1792 : i64} : !rlx.buffer<"1x1x64", f32>
    rlx.multi_linear %31, %32, %34, %36 outs %33, %35, %37 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128x128", bf16>, !rlx.buffer<"64x128", bf16>, !rlx.buffer<"64x128", bf16> outs !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"1x1x64", f32>
    %38 = rlx.param "model.layers.1.self_attn.q_norm.weight" : !rlx.buffer<"32", f32>
    %39 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %33, %38 outs %39 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1x1x128", f32>
    %40 = rlx.param "model.layers.1.self_attn.k_norm.weight" : !rlx.buffer<"32", f32>
    %41 = rlx.alloc {offset = 2048 : i64} : !rlx.buffer<"1x1x64", f32>
    rlx.rms_norm %35, %40 outs %41 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1x1x64", f32>
    %42 = rlx.alloc {offset = 1024 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rope %39, %0, %1 outs %42 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1x1x128", f32>
    %43 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x64", f32>
    rlx.rope %41, %0, %1 outs %43 {head_dim = 32 : i64, offset = "PAST_SEQ"} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"512x16", f32>, !rlx.buffer<"512x16", f32> outs !rlx.buffer<"1x1x64", f32>
    rlx.kv_write %43, %past_k_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    rlx.kv_write %37, %past_v_1 {offset = "PAST_SEQ"} : !rlx.buffer<"1x1x64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>
    %44 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.attention %42, %past_k_1, %past_v_1 outs %44 {num_heads = 4 : i64, num_kv_heads = 2 : i64, head_dim = 32 : i64, causal, kv_len = "PAST_SEQ+1"} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1xMAX_SEQx64", f32>, !rlx.buffer<"1xMAX_SEQx64", f32> outs !rlx.buffer<"1x1x128", f32>
    %45 = rlx.param "model.layers.1.self_attn.o_proj.weight" : !rlx.buffer<"128x128", bf16>
    %46 = rlx.alloc {offset = 1024 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.linear %44, %45 outs %46 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128x128", bf16> outs !rlx.buffer<"1x1x128", f32>
    %47 = rlx.alloc {offset = 1536 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.add %29, %46 outs %47 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1x1x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %48 = rlx.param "model.layers.1.post_attention_layernorm.weight" : !rlx.buffer<"128", f32>
    %49 = rlx.alloc {offset = 768 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %47, %48 outs %49 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    %50 = rlx.param "model.layers.1.mlp.gate_proj.weight" : !rlx.buffer<"192x128", bf16>
    %51 = rlx.param "model.layers.1.mlp.up_proj.weight" : !rlx.buffer<"192x128", bf16>
    %52 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1x1x192", f32>
    rlx.linear_swiglu %49, %50, %51 outs %52 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"192x128", bf16>, !rlx.buffer<"192x128", bf16> outs !rlx.buffer<"1x1x192", f32>
    %53 = rlx.param "model.layers.1.mlp.down_proj.weight" : !rlx.buffer<"128x192", bf16>
    %54 = rlx.alloc {offset = 768 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.linear %52, %53 outs %54 : !rlx.buffer<"1x1x192", f32>, !rlx.buffer<"128x192", bf16> outs !rlx.buffer<"1x1x128", f32>
    %55 = rlx.alloc {offset = 0 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.add %47, %54 outs %55 : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1x1x128", f32> outs !rlx.buffer<"1x1x128", f32>
    %56 = rlx.param "model.norm.weight" : !rlx.buffer<"128", f32>
    %57 = rlx.alloc {offset = 512 : i64} : !rlx.buffer<"1x1x128", f32>
    rlx.rms_norm %55, %56 outs %57 {eps = 1.000000e-06 : f32} : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"128", f32> outs !rlx.buffer<"1x1x128", f32>
    rlx.linear %57, %2 outs %logits : !rlx.buffer<"1x1x128", f32>, !rlx.buffer<"1024x128", bf16> outs !rlx.buffer<"1x1x1024", f32>
    func.return
  }
}
