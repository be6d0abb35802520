// RUN: rlxc opt %s -p 'rlx-weight-format{format=bf16}' | filecheck %s
// RUN: rlxc opt %s -p 'rlx-weight-format{format=bf16},rlx-bufferize,rlx-pack-weights' | filecheck %s --check-prefix=L2

// Params read as matmul weights become bf16, and so does the tied embedding table
// (the LM head's weight, which rlx.embed reads too); a table only rlx.embed reads,
// the norm weight and the activations stay f32.

// CHECK-LABEL: func.func @head
// CHECK:         %[[T:.*]] = rlx.param "model.embed_tokens.weight" : !rlx.tensor<"32x16", bf16>
// CHECK:         rlx.embed %{{.*}}, %[[T]] : !rlx.tensor<"1xSEQ", i32>, !rlx.tensor<"32x16", bf16> -> !rlx.tensor<"1xSEQx16", f32>
// CHECK:         rlx.param "model.norm.weight" : !rlx.tensor<"16", f32>
// CHECK:         %[[W:.*]] = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"16x16", bf16>
// CHECK:         rlx.linear %{{.*}}, %[[W]] : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"16x16", bf16> -> !rlx.tensor<"1xSEQx16", f32>
// CHECK:         rlx.linear %{{.*}}, %[[T]] : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"32x16", bf16>
// L2-LABEL:      func.func @head
// L2:            %[[P:.*]] = rlx.param "model.embed_tokens.weight" {layout = "packed16"} : !rlx.buffer<"32x16", bf16>
// L2:            rlx.embed %{{.*}}, %[[P]]
// CHECK-LABEL: func.func @bias
// CHECK:         rlx.param "model.layers.0.self_attn.q_proj.bias" : !rlx.tensor<"16", f32>
// CHECK:         rlx.param "model.layers.0.self_attn.q_proj.weight" : !rlx.tensor<"16x16", bf16>
// L2:            rlx.param "model.layers.0.mlp.up_proj.weight" {layout = "packed16"} : !rlx.buffer<"16x16", bf16>
// CHECK-LABEL: func.func @untied
// CHECK:         rlx.param "model.embed_tokens.weight" : !rlx.tensor<"32x16", f32>

builtin.module {
  func.func @head(%input_ids: !rlx.tensor<"1xSEQ", i32>) -> !rlx.tensor<"1xSEQx32", f32> attributes {rlx.abi = #rlx.abi<args = [input "input_ids"], outputs = ["logits"], symbols = ["SEQ"]>} {
    %t = rlx.param "model.embed_tokens.weight" : !rlx.tensor<"32x16", f32>
    %x = rlx.embed %input_ids, %t : !rlx.tensor<"1xSEQ", i32>, !rlx.tensor<"32x16", f32> -> !rlx.tensor<"1xSEQx16", f32>
    %n = rlx.param "model.norm.weight" : !rlx.tensor<"16", f32>
    %h = rlx.rms_norm %x, %n {eps = 1.0e-06 : f32} : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"16", f32> -> !rlx.tensor<"1xSEQx16", f32>
    %w = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"16x16", f32>
    %y = rlx.linear %h, %w : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"16x16", f32> -> !rlx.tensor<"1xSEQx16", f32>
    %l = rlx.linear %y, %t : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"32x16", f32> -> !rlx.tensor<"1xSEQx32", f32>
    func.return %l : !rlx.tensor<"1xSEQx32", f32>
  }
  // a bias is read by the matmul too, but its kernel adds it in f32: it keeps its type
  func.func @bias(%x: !rlx.tensor<"1xSEQx16", f32>) -> !rlx.tensor<"1xSEQx16", f32> attributes {rlx.abi = #rlx.abi<args = [input "x"], outputs = ["y"], symbols = ["SEQ"]>} {
    %b = rlx.param "model.layers.0.self_attn.q_proj.bias" : !rlx.tensor<"16", f32>
    %w = rlx.param "model.layers.0.self_attn.q_proj.weight" : !rlx.tensor<"16x16", f32>
    %y = rlx.linear %x, %w bias %b : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"16x16", f32>, !rlx.tensor<"16", f32> -> !rlx.tensor<"1xSEQx16", f32>
    func.return %y : !rlx.tensor<"1xSEQx16", f32>
  }
  func.func @untied(%input_ids: !rlx.tensor<"1xSEQ", i32>) -> !rlx.tensor<"1xSEQx16", f32> attributes {rlx.abi = #rlx.abi<args = [input "input_ids"], outputs = ["h"], symbols = ["SEQ"]>} {
    %t = rlx.param "model.embed_tokens.weight" : !rlx.tensor<"32x16", f32>
    %x = rlx.embed %input_ids, %t : !rlx.tensor<"1xSEQ", i32>, !rlx.tensor<"32x16", f32> -> !rlx.tensor<"1xSEQx16", f32>
    func.return %x : !rlx.tensor<"1xSEQx16", f32>
  }
}
