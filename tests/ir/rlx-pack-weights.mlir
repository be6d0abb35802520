// RUN: rlxc opt %s -p rlx-pack-weights | filecheck %s

// Weights read by rlx.linear get layout "packed16" (packed at load time). A weight
// read by two linears gets one packed param; the tied embedding table, read by
// rlx.embed and by the LM head, is bound packed only: rlx.embed reads the packed copy.

// CHECK-LABEL: func.func @head
// CHECK-NOT:     rlx.param "model.embed_tokens.weight" :
// CHECK:         %[[PACKED:.*]] = rlx.param "model.embed_tokens.weight" {layout = "packed16"} : !rlx.buffer<"32x16", f32>
// CHECK:         rlx.embed %input_ids, %[[PACKED]] outs
// CHECK-NEXT:    %[[W:.*]] = rlx.param "model.layers.0.mlp.up_proj.weight" {layout = "packed16"}
// CHECK-NOT:     rlx.param "model.layers.0.mlp.up_proj.weight"
// CHECK:         rlx.linear %{{.*}}, %[[W]] outs
// CHECK:         rlx.linear %{{.*}}, %[[W]] outs
// CHECK:         rlx.linear %{{.*}}, %[[PACKED]] outs %logits

builtin.module {
  func.func @head(%input_ids: !rlx.buffer<"1xSEQ", i32>, %logits: !rlx.buffer<"1xSEQx32", f32>) attributes {rlx.abi = #rlx.abi<args = [input "input_ids", output "logits"], outputs = ["logits"], symbols = ["SEQ"]>} {
    %0 = rlx.param "model.embed_tokens.weight" : !rlx.buffer<"32x16", f32>
    %1 = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.embed %input_ids, %0 outs %1 : !rlx.buffer<"1xSEQ", i32>, !rlx.buffer<"32x16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %2 = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.buffer<"16x16", f32>
    %3 = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.linear %1, %2 outs %3 : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"16x16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %4 = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.linear %3, %2 outs %4 : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"16x16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    rlx.linear %4, %0 outs %logits : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"32x16", f32> outs !rlx.buffer<"1xSEQx32", f32>
    func.return
  }
}
