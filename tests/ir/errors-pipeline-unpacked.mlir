// RUN: not rlxc opt %s -p rlx-to-loops 2>&1 | filecheck %s

// The matmul kernels read their weights packed at load time: a linear whose weight is
// still in the checkpoint's layout (rlx-pack-weights did not run) is refused, not
// lowered to a kernel that would read the row-major weight as tiles.
// CHECK: error: rlx-to-loops: rlx.linear reads weight 'model.layers.0.mlp.up_proj.weight' in the checkpoint's row-major layout, but the matmul kernels read 'packed16': run rlx-pack-weights before rlx-to-loops

builtin.module {
  func.func @head(%x: !rlx.buffer<"1xSEQx16", f32>, %y: !rlx.buffer<"1xSEQx16", f32>) attributes {rlx.abi = #rlx.abi<args = [input "x", output "y"], outputs = ["y"], symbols = ["SEQ"]>} {
    %0 = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.buffer<"16x16", f32>
    rlx.linear %x, %0 outs %y : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"16x16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    func.return
  }
}
