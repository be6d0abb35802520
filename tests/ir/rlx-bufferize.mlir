// RUN: rlxc opt %s -p rlx-bufferize | filecheck %s

// Every rlx op in tensor form becomes its buffer form, writing an rlx.alloc or the
// output argument; a kv_concat of a past-K/V argument becomes an in-place
// rlx.kv_write into that argument, now a KV cache of MAX_SEQ rows.

// CHECK-LABEL: func.func @layer(
// CHECK-SAME:    %input_ids: !rlx.buffer<"1xSEQ", i32>, %past_k: !rlx.buffer<"1xMAX_SEQx8", f32>, %past_v: !rlx.buffer<"1xMAX_SEQx8", f32>, %mask: !rlx.buffer<"1xPAST_SEQ+SEQ", f32>, %hidden: !rlx.buffer<"1x1x16", f32>)
// CHECK-SAME:    rlx.abi = #rlx.abi<args = [input "input_ids", kv_cache "past_k_0", kv_cache "past_v_0", input "mask", output "hidden"]
// CHECK-SAME:    kv_outputs = {k_0 = "past_k_0", v_0 = "past_v_0"}, symbols = ["MAX_SEQ", "PAST_SEQ", "SEQ"]
// CHECK:         %[[TABLE:.*]] = rlx.param "embed" : !rlx.buffer<"32x16", f32>
// CHECK-NEXT:    %[[X:.*]] = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
// CHECK-NEXT:    rlx.embed %input_ids, %[[TABLE]] outs %[[X]] :
// CHECK:         %[[H:.*]] = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
// CHECK-NEXT:    rlx.rms_norm %[[X]], %{{.*}} outs %[[H]] {eps = 1.000000e-06 : f32}
// CHECK:         %[[Q:.*]] = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
// CHECK-NEXT:    rlx.linear %[[H]], %{{.*}} bias %{{.*}} outs %[[Q]] :
// CHECK:         %[[K:.*]] = rlx.alloc : !rlx.buffer<"1xSEQx8", f32>
// CHECK-NEXT:    rlx.linear %[[H]], %{{.*}} outs %[[K]] :
// CHECK:         %[[QR:.*]] = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
// CHECK-NEXT:    rlx.rope %[[Q]], %{{.*}}, %{{.*}} outs %[[QR]] {head_dim = 8 : i64, offset = "PAST_SEQ"}
// CHECK:         %[[KR:.*]] = rlx.alloc : !rlx.buffer<"1xSEQx8", f32>
// CHECK-NEXT:    rlx.rope %[[K]], %{{.*}}, %{{.*}} outs %[[KR]]
// CHECK-NEXT:    rlx.kv_write %[[KR]], %past_k {offset = "PAST_SEQ"} : !rlx.buffer<"1xSEQx8", f32>, !rlx.buffer<"1xMAX_SEQx8", f32>
// CHECK-NEXT:    rlx.kv_write %[[K]], %past_v {offset = "PAST_SEQ"}
// CHECK-NEXT:    %[[A:.*]] = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
// CHECK-NEXT:    rlx.attention %[[QR]], %past_k, %past_v mask %mask outs %[[A]] {num_heads = 2 : i64, num_kv_heads = 1 : i64, head_dim = 8 : i64, causal, kv_len = "PAST_SEQ+SEQ"}
// CHECK:         rlx.silu %[[A]] outs
// CHECK:         rlx.mul
// CHECK:         rlx.swiglu
// CHECK:         rlx.add %[[X]], %{{.*}} outs
// CHECK-NEXT:    rlx.gather_last %{{.*}} outs %hidden : !rlx.buffer<"1xSEQx16", f32> outs !rlx.buffer<"1x1x16", f32>
// CHECK-NEXT:    func.return{{$}}

builtin.module {
  func.func @layer(%ids: !rlx.tensor<"1xSEQ", i32>, %past_k: !rlx.tensor<"1xPAST_SEQx8", f32>, %past_v: !rlx.tensor<"1xPAST_SEQx8", f32>, %mask: !rlx.tensor<"1xPAST_SEQ+SEQ", f32>) -> (!rlx.tensor<"1x1x16", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>) attributes {rlx.abi = #rlx.abi<args = [input "input_ids", input "past_k_0", input "past_v_0", input "mask"], outputs = ["hidden", "k_0", "v_0"]>} {
    %table = rlx.param "embed" : !rlx.tensor<"32x16", f32>
    %x = rlx.embed %ids, %table : !rlx.tensor<"1xSEQ", i32>, !rlx.tensor<"32x16", f32> -> !rlx.tensor<"1xSEQx16", f32>
    %nw = rlx.param "model.layers.0.norm.weight" : !rlx.tensor<"16", f32>
    %h = rlx.rms_norm %x, %nw {eps = 1.000000e-06 : f32} : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"16", f32> -> !rlx.tensor<"1xSEQx16", f32>
    %wq = rlx.param "model.layers.0.q.weight" : !rlx.tensor<"16x16", f32>
    %bq = rlx.param "model.layers.0.q.bias" : !rlx.tensor<"16", f32>
    %q = rlx.linear %h, %wq bias %bq : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"16x16", f32>, !rlx.tensor<"16", f32> -> !rlx.tensor<"1xSEQx16", f32>
    %wk = rlx.param "model.layers.0.k.weight" : !rlx.tensor<"8x16", f32>
    %k = rlx.linear %h, %wk : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"8x16", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %cos = rlx.param "rope.cos" : !rlx.tensor<"64x4", f32>
    %sin = rlx.param "rope.sin" : !rlx.tensor<"64x4", f32>
    %qr = rlx.rope %q, %cos, %sin {head_dim = 8 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"64x4", f32>, !rlx.tensor<"64x4", f32> -> !rlx.tensor<"1xSEQx16", f32>
    %kr = rlx.rope %k, %cos, %sin {head_dim = 8 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"64x4", f32>, !rlx.tensor<"64x4", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %kc = rlx.kv_concat %past_k, %kr : !rlx.tensor<"1xPAST_SEQx8", f32>, !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>
    %vc = rlx.kv_concat %past_v, %k : !rlx.tensor<"1xPAST_SEQx8", f32>, !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>
    %a = rlx.attention %qr, %kc, %vc mask %mask {num_heads = 2 : i64, num_kv_heads = 1 : i64, head_dim = 8 : i64, causal} : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>, !rlx.tensor<"1xPAST_SEQ+SEQ", f32> -> !rlx.tensor<"1xSEQx16", f32>
    %s = rlx.silu %a : !rlx.tensor<"1xSEQx16", f32> -> !rlx.tensor<"1xSEQx16", f32>
    %m = rlx.mul %s, %h : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"1xSEQx16", f32> -> !rlx.tensor<"1xSEQx16", f32>
    %g = rlx.swiglu %a, %m : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"1xSEQx16", f32> -> !rlx.tensor<"1xSEQx16", f32>
    %r = rlx.add %x, %g : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"1xSEQx16", f32> -> !rlx.tensor<"1xSEQx16", f32>
    %last = rlx.gather_last %r : !rlx.tensor<"1xSEQx16", f32> -> !rlx.tensor<"1x1x16", f32>
    func.return %last, %kc, %vc : !rlx.tensor<"1x1x16", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>, !rlx.tensor<"1xPAST_SEQ+SEQx8", f32>
  }
}
