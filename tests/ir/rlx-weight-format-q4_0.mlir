// RUN: rlxc opt %s -p 'rlx-weight-format{format=q4_0}' | filecheck %s
// RUN: rlxc opt %s -p 'rlx-weight-format{format=q4_0},rlx-bufferize,rlx-pack-weights' | filecheck %s --check-prefix=L2

// Matmul weights become ggml's Q4_0 blocks (4-bit values, a scale per 32); a weight whose K (40) is not a multiple
// of the 32-weight block keeps f32, and so do the bias and the norm weight. At L2
// the Q4_0 weight is packed in the Q4_0 tiles (nibbles, then the block scales).

// CHECK-LABEL: func.func @mlp
// CHECK:         rlx.param "model.norm.weight" : !rlx.tensor<"64", f32>
// CHECK:         %[[W:.*]] = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"40x64", !rlx.q4_0>
// CHECK:         rlx.linear %{{.*}}, %[[W]] : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"40x64", !rlx.q4_0> -> !rlx.tensor<"1xSEQx40", f32>
// CHECK:         rlx.param "model.layers.0.mlp.down_proj.weight" : !rlx.tensor<"64x40", f32>
// CHECK:         rlx.param "model.layers.0.mlp.down_proj.bias" : !rlx.tensor<"64", f32>
// L2:            rlx.param "model.layers.0.mlp.up_proj.weight" {layout = "packed16_q4_0"} : !rlx.buffer<"40x64", !rlx.q4_0>
// L2:            rlx.param "model.layers.0.mlp.down_proj.weight" {layout = "packed16"} : !rlx.buffer<"64x40", f32>

builtin.module {
  func.func @mlp(%x: !rlx.tensor<"1xSEQx64", f32>) -> !rlx.tensor<"1xSEQx64", f32> attributes {rlx.abi = #rlx.abi<args = [input "x"], outputs = ["y"], symbols = ["SEQ"]>} {
    %n = rlx.param "model.norm.weight" : !rlx.tensor<"64", f32>
    %h = rlx.rms_norm %x, %n {eps = 1.0e-06 : f32} : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"64", f32> -> !rlx.tensor<"1xSEQx64", f32>
    %wu = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"40x64", f32>
    %u = rlx.linear %h, %wu : !rlx.tensor<"1xSEQx64", f32>, !rlx.tensor<"40x64", f32> -> !rlx.tensor<"1xSEQx40", f32>
    %wd = rlx.param "model.layers.0.mlp.down_proj.weight" : !rlx.tensor<"64x40", f32>
    %b = rlx.param "model.layers.0.mlp.down_proj.bias" : !rlx.tensor<"64", f32>
    %y = rlx.linear %u, %wd bias %b : !rlx.tensor<"1xSEQx40", f32>, !rlx.tensor<"64x40", f32>, !rlx.tensor<"64", f32> -> !rlx.tensor<"1xSEQx64", f32>
    func.return %y : !rlx.tensor<"1xSEQx64", f32>
  }
}
