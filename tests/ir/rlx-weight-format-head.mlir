// RUN: rlxc opt %s -p 'rlx-weight-format{format=q4_0 head=q8_0}' | filecheck %s
// RUN: rlxc opt %s -p 'rlx-weight-format{format=q4_0 head=q8_0},rlx-bufferize,rlx-pack-weights' | filecheck %s --check-prefix=L2
// RUN: rlxc opt %s -p 'rlx-weight-format{format=q4_0}' | filecheck %s --check-prefix=SAME
// RUN: rlxc opt %s -p 'rlx-weight-format{format=f32 head=bf16}' | filecheck %s --check-prefix=F32

// A mixed format: the LM head takes `head`'s format, every other matmul weight
// `format`'s. The head is the weight of the rlx.linear whose result the function
// returns as its `logits` output: a tied table (which rlx.embed reads too, from the
// head's packed copy) or an untied lm_head. A function without a `logits` output has
// no head; `head` absent is `format`.

// CHECK-LABEL: func.func @tied
// CHECK:         %[[T:.*]] = rlx.param "model.embed_tokens.weight" : !rlx.tensor<"32x64", !rlx.q8_0>
// CHECK:         rlx.embed %{{.*}}, %[[T]] : !rlx.tensor<"1xSEQ", i32>, !rlx.tensor<"32x64", !rlx.q8_0> -> !rlx.tensor<"1xSEQx64", f32>
// CHECK:         rlx.param "model.norm.weight" : !rlx.tensor<"64", f32>
// CHECK:         %[[W:.*]] = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"64x64", !rlx.q4_0>
// CHECK:         rlx.linear %{{.*}}, %[[W]] : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"64x64", !rlx.q4_0>
// CHECK:         rlx.linear %{{.*}}, %[[T]] : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"32x64", !rlx.q8_0> -> !rlx.tensor<"1xSEQx32", f32>
// CHECK-LABEL: func.func @untied
// CHECK:         rlx.param "model.embed_tokens.weight" : !rlx.tensor<"32x64", f32>
// CHECK:         rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"64x64", !rlx.q4_0>
// CHECK:         rlx.param "lm_head.weight" : !rlx.tensor<"32x64", !rlx.q8_0>
// CHECK-LABEL: func.func @hidden
// CHECK:         rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"64x64", !rlx.q4_0>

// L2-LABEL:      func.func @tied
// L2:            %[[P:.*]] = rlx.param "model.embed_tokens.weight" {layout = "packed16_q8_0"} : !rlx.buffer<"32x64", !rlx.q8_0>
// L2:            rlx.embed %{{.*}}, %[[P]]
// L2:            rlx.param "model.layers.0.mlp.up_proj.weight" {layout = "packed16_q4_0"} : !rlx.buffer<"64x64", !rlx.q4_0>
// L2-LABEL:      func.func @untied
// L2:            rlx.param "lm_head.weight" {layout = "packed16_q8_0"} : !rlx.buffer<"32x64", !rlx.q8_0>

// SAME-LABEL:    func.func @tied
// SAME:          rlx.param "model.embed_tokens.weight" : !rlx.tensor<"32x64", !rlx.q4_0>
// SAME-LABEL:    func.func @untied
// SAME:          rlx.param "lm_head.weight" : !rlx.tensor<"32x64", !rlx.q4_0>

// F32-LABEL:     func.func @tied
// F32:           rlx.param "model.embed_tokens.weight" : !rlx.tensor<"32x64", bf16>
// F32:           rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"64x64", f32>

builtin.module {
  func.func @tied(%input_ids: !rlx.tensor<"1xSEQ", i32>) -> !rlx.tensor<"1xSEQx32", f32> attributes {rlx.abi = #rlx.abi<args = [input "input_ids"], outputs = ["logits"], symbols = ["SEQ"]>} {
    %t = rlx.param "model.embed_tokens.weight" : !rlx.tensor<"32x64", f32>
    %x = rlx.embed %input_ids, %t : !rlx.tensor<"1xSEQ", i32>, !rlx.tensor<"32x64", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %n = rlx.param "model.norm.weight" : !rlx.tensor<"64", f32>
    %w = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"64x64", f32>
    %y = rlx.linear %x, %w : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"64x64", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %h = rlx.rms_norm %y, %n {eps = 1.0e-06 : f32} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"64", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %l = rlx.linear %h, %t : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"32x64", f32> -> !rlx.tensor<"1xSEQx32", f32>
    func.return %l : !rlx.tensor<"1xSEQx32", f32>
  }
  // the logits are the first of two outputs; the table only rlx.embed reads keeps f32
  func.func @untied(%input_ids: !rlx.tensor<"1xSEQ", i32>) -> (!rlx.tensor<"1xSEQx32", f32>, !rlx.tensor<"1xSEQx64", f32>) attributes {rlx.abi = #rlx.abi<args = [input "input_ids"], outputs = ["logits", "h"], symbols = ["SEQ"]>} {
    %t = rlx.param "model.embed_tokens.weight" : !rlx.tensor<"32x64", f32>
    %x = rlx.embed %input_ids, %t : !rlx.tensor<"1xSEQ", i32>, !rlx.tensor<"32x64", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %w = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"64x64", f32>
    %y = rlx.linear %x, %w : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"64x64", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %head = rlx.param "lm_head.weight" : !rlx.tensor<"32x64", f32>
    %l = rlx.linear %y, %head : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"32x64", f32> -> !rlx.tensor<"1xSEQx32", f32>
    func.return %l, %y : !rlx.tensor<"1xSEQx32", f32>, !rlx.tensor<"1xSEQx64", f32>
  }
  // a matmul whose result is returned under another name is not a head
  func.func @hidden(%x: !rlx.tensor<"1xSEQx64", f32>) -> !rlx.tensor<"1xSEQx64", f32> attributes {rlx.abi = #rlx.abi<args = [input "x"], outputs = ["y"], symbols = ["SEQ"]>} {
    %w = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"64x64", f32>
    %y = rlx.linear %x, %w : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"64x64", f32> -> !rlx.tensor<"1xSEQx64", f32>
    func.return %y : !rlx.tensor<"1xSEQx64", f32>
  }
}
