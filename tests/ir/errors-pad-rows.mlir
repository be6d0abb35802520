// RUN: not rlxc opt %s -p 'rlx-plan-memory{max-tokens=4},rlx-pad-rows' 2>&1 | filecheck %s
// RUN: not rlxc opt %s -p rlx-to-loops 2>&1 | filecheck %s --check-prefix=LOOPS

// Padding rows after the arena is planned would overrun it: refused.
// CHECK: error: rlx-pad-rows: the buffers are already planned (run rlx-pad-rows before rlx-plan-memory)

// A kernel that reads its rows dense must not be handed a buffer of padded rows.
// LOOPS: error: rlx-to-loops: rlx.silu cannot read or write a buffer of padded rows (row_stride)

builtin.module {
  func.func @padded(%x: !rlx.buffer<"1xSEQx16", f32>, %y: !rlx.buffer<"1xSEQx16", f32>) attributes {rlx.abi = #rlx.abi<args = [input "x", output "y"], outputs = ["y"], symbols = ["SEQ"], arena_bytes = 2048>} {
    %h = rlx.alloc {offset = 0 : i64, row_stride = 32 : i64} : !rlx.buffer<"1xSEQx16", f32>
    rlx.silu %x outs %h : !rlx.buffer<"1xSEQx16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    rlx.silu %h outs %y : !rlx.buffer<"1xSEQx16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    func.return
  }
}
