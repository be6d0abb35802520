// RUN: not rlxc opt %s -p rlx-to-loops 2>&1 | filecheck %s --check-prefix=LOOPS
// RUN: not rlxc opt %s -p convert-to-llvm 2>&1 | filecheck %s --check-prefix=LLVM
// RUN: not rlxc opt %s -p rlx-bufferize,convert-to-llvm 2>&1 | filecheck %s --check-prefix=L2

// A pass given IR of a level it does not read refuses it and names the pass that was
// left out, instead of passing it through unlowered (exit 0) or failing on a type.
// LOOPS: error: rlx-to-loops reads buffers (L2), but @f is still on tensors (L1): run rlx-bufferize before rlx-to-loops
// LLVM: error: convert-to-llvm translates loops (L3), but @f still holds 'rlx.param' (L1/L2): run rlx-to-loops before convert-to-llvm
// L2: error: convert-to-llvm translates loops (L3), but @f still holds 'rlx.param' (L1/L2): run rlx-to-loops before convert-to-llvm

builtin.module {
  func.func @f(%x: !rlx.tensor<"1xSEQx16", f32>) -> !rlx.tensor<"1xSEQx8", f32> attributes {rlx.abi = #rlx.abi<args = [input "x"], outputs = ["y"], symbols = ["SEQ"]>} {
    %w = rlx.param "w" : !rlx.tensor<"8x16", f32>
    %y = rlx.linear %x, %w : !rlx.tensor<"1xSEQx16", f32>, !rlx.tensor<"8x16", f32> -> !rlx.tensor<"1xSEQx8", f32>
    func.return %y : !rlx.tensor<"1xSEQx8", f32>
  }
}
