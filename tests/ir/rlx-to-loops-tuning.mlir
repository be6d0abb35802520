// RUN: rlxc opt %s -p 'rlx-to-loops{target="znver4" tuning="linear_k64_n64=12:16:u;linear_k32_n64=4:16:p"}' | filecheck %s

// Measured choices (`rlxc tune`) replace the selected register block of the kernels they
// name, by kernel name; the spec on the kernel shows the block it was built with. Here
// linear_k64_n64 gets 12 x 16 unpaired (znver4's built-in choice: 8 x 32 paired) and the
// entry for linear_k32_n64, a kernel this module has not, is ignored.

// CHECK-LABEL: func.func @head(
// CHECK:         func.call @linear_k64_n64(
// CHECK:       func.func private @linear_k64_n64(
// CHECK-SAME:    rlx.kernel = {family = "linear", k = 64 : i64, ns = array<i64: 64>, rows = 12 : i64, paired = false, lanes = 16 : i64

builtin.module {
  func.func @head(%x: !rlx.buffer<"1xSEQx64", f32>, %y: !rlx.buffer<"1xSEQx64", f32>) attributes {rlx.abi = #rlx.abi<args = [input "x", output "y"], arena_bytes = 0, outputs = ["y"], symbols = ["SEQ"]>} {
    %w = rlx.param "w" {layout = "packed16"} : !rlx.buffer<"64x64", f32>
    rlx.linear %x, %w outs %y : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"64x64", f32> outs !rlx.buffer<"1xSEQx64", f32>
    func.return
  }
}
