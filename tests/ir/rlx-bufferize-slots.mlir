// RUN: rlxc opt %s -p rlx-bufferize,rlx-pack-weights,rlx-plan-memory,rlx-to-loops | filecheck %s

// A slotted decode step (a server's batched decode): ROWS sequences, each in its own
// slot of a KV cache of SLOTS sequences and at its own position. The K/V rows go to
// rlx.kv_write with the row tables; rope and attention read the positions; the kernels
// are the slotted variants, which also take SLOTS (they clamp each row's slot to it).

// CHECK-LABEL: func.func @decode_slots(
// CHECK-SAME:    %input_ids: memref<?xi32>, %slot_ids: memref<?xi32>, %positions: memref<?xi32>, %past_k: memref<?xf32>, %past_v: memref<?xf32>, %hidden: memref<?xf32>,
// CHECK-SAME:    %MAX_SEQ: index, %PAST_SEQ: index, %ROWS: index, %SLOTS: index)
// CHECK-SAME:    rlx.abi = #rlx.abi<args = [input "input_ids" : "ROWSx1", input "slot_ids" : "ROWS", input "positions" : "ROWS", kv_cache "past_k_0" : "SLOTSxMAX_SEQx8", kv_cache "past_v_0" : "SLOTSxMAX_SEQx8", output "hidden" : "ROWSx1x16",
// CHECK-SAME:    constraints = ["PAST_SEQ+1 <= 64", "PAST_SEQ+1 <= MAX_SEQ", "ROWS <= 512"]
// CHECK:         func.call @rope_nh2_hd8_rows(%{{.*}}, %rope.cos, %rope.sin, %positions, %{{.*}}) :
// CHECK:         func.call @rope_nh1_hd8_rows(%{{.*}}, %rope.cos, %rope.sin, %positions, %{{.*}}) :
// CHECK:         func.call @kv_write_d8_slots(%{{.*}}, %past_k, %slot_ids, %positions, %{{.*}}) : (memref<?xf32>, memref<?xf32>, memref<?xi32>, memref<?xi32>, index, index, index, index, index) -> ()
// CHECK:         func.call @kv_write_d8_slots(%{{.*}}, %past_v, %slot_ids, %positions, %{{.*}}) :
// CHECK:         func.call @attention_nh2_nkv1_hd8_causal_splitk_slots(%{{.*}}, %past_k, %past_v, %slot_ids, %positions, %hidden, %{{.*}}) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, memref<?xi32>, memref<?xi32>, memref<?xf32>, index, index, index, index, index) -> ()
// CHECK:         func.return
// CHECK-DAG:   func.func private @kv_write_d8_slots(
// CHECK-DAG:   func.func private @attention_nh2_nkv1_hd8_causal_splitk_slots(
// CHECK-DAG:   func.func private @rope_nh2_hd8_rows(

builtin.module {
  func.func @decode_slots(%ids: !rlx.tensor<"ROWSx1", i32>, %slot_ids: !rlx.tensor<"ROWS", i32>, %positions: !rlx.tensor<"ROWS", i32>, %past_k: !rlx.tensor<"SLOTSxPAST_SEQx8", f32>, %past_v: !rlx.tensor<"SLOTSxPAST_SEQx8", f32>) -> (!rlx.tensor<"ROWSx1x16", f32>, !rlx.tensor<"SLOTSxPAST_SEQ+1x8", f32>, !rlx.tensor<"SLOTSxPAST_SEQ+1x8", f32>) attributes {rlx.abi = #rlx.abi<args = [input "input_ids", input "slot_ids", input "positions", input "past_k_0", input "past_v_0"], outputs = ["hidden", "k_0", "v_0"]>} {
    %table = rlx.param "embed" : !rlx.tensor<"32x16", f32>
    %x = rlx.embed %ids, %table : !rlx.tensor<"ROWSx1", i32>, !rlx.tensor<"32x16", f32> -> !rlx.tensor<"ROWSx1x16", f32>
    %wk = rlx.param "model.layers.0.k.weight" : !rlx.tensor<"8x16", f32>
    %k = rlx.linear %x, %wk : !rlx.tensor<"ROWSx1x16", f32>, !rlx.tensor<"8x16", f32> -> !rlx.tensor<"ROWSx1x8", f32>
    %cos = rlx.param "rope.cos" : !rlx.tensor<"64x4", f32>
    %sin = rlx.param "rope.sin" : !rlx.tensor<"64x4", f32>
    %qr = rlx.rope %x, %cos, %sin positions %positions {head_dim = 8 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"ROWSx1x16", f32>, !rlx.tensor<"64x4", f32>, !rlx.tensor<"64x4", f32> positions !rlx.tensor<"ROWS", i32> -> !rlx.tensor<"ROWSx1x16", f32>
    %kr = rlx.rope %k, %cos, %sin positions %positions {head_dim = 8 : i64, offset = "PAST_SEQ"} : !rlx.tensor<"ROWSx1x8", f32>, !rlx.tensor<"64x4", f32>, !rlx.tensor<"64x4", f32> positions !rlx.tensor<"ROWS", i32> -> !rlx.tensor<"ROWSx1x8", f32>
    %kc = rlx.kv_concat %past_k, %kr slot_ids %slot_ids positions %positions : !rlx.tensor<"SLOTSxPAST_SEQx8", f32>, !rlx.tensor<"ROWSx1x8", f32> slot_ids !rlx.tensor<"ROWS", i32> positions !rlx.tensor<"ROWS", i32> -> !rlx.tensor<"SLOTSxPAST_SEQ+1x8", f32>
    %vc = rlx.kv_concat %past_v, %k slot_ids %slot_ids positions %positions : !rlx.tensor<"SLOTSxPAST_SEQx8", f32>, !rlx.tensor<"ROWSx1x8", f32> slot_ids !rlx.tensor<"ROWS", i32> positions !rlx.tensor<"ROWS", i32> -> !rlx.tensor<"SLOTSxPAST_SEQ+1x8", f32>
    %a = rlx.attention %qr, %kc, %vc slot_ids %slot_ids positions %positions {num_heads = 2 : i64, num_kv_heads = 1 : i64, head_dim = 8 : i64, causal} : !rlx.tensor<"ROWSx1x16", f32>, !rlx.tensor<"SLOTSxPAST_SEQ+1x8", f32>, !rlx.tensor<"SLOTSxPAST_SEQ+1x8", f32> slot_ids !rlx.tensor<"ROWS", i32> positions !rlx.tensor<"ROWS", i32> -> !rlx.tensor<"ROWSx1x16", f32>
    func.return %a, %kc, %vc : !rlx.tensor<"ROWSx1x16", f32>, !rlx.tensor<"SLOTSxPAST_SEQ+1x8", f32>, !rlx.tensor<"SLOTSxPAST_SEQ+1x8", f32>
  }
}
