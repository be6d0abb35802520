// RUN: not rlxc opt %s -p rlx-bufferize 2>&1 | filecheck %s

// A Q8_0 weight's last dim is blocked by 32: a K of 40 cannot be stored in it.
// CHECK: a !rlx.q8_0 weight needs a static last dim that is a multiple of 32, got "16x40"

builtin.module {
  func.func @f(%x: !rlx.tensor<"1xSEQx40", f32>) -> !rlx.tensor<"1xSEQx16", f32> attributes {rlx.abi = #rlx.abi<args = [input "x"], outputs = ["y"], symbols = ["SEQ"]>} {
    %w = rlx.param "w" : !rlx.tensor<"16x40", !rlx.q8_0>
    %y = rlx.linear %x, %w : !rlx.tensor<"1xSEQx40", f32>, !rlx.tensor<"16x40", !rlx.q8_0> -> !rlx.tensor<"1xSEQx16", f32>
    func.return %y : !rlx.tensor<"1xSEQx16", f32>
  }
}
