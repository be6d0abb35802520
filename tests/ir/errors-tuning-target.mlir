// RUN: not rlxc opt %s -p 'rlx-to-loops{target="x86-64-v3" tuning="linear_k64_n64=12:16:u"}' 2>&1 | filecheck %s

// A measured choice the target cannot run is refused by name, never compiled: 16-lane
// (zmm) blocks on an AVX2 target would be illegal instructions on the CPU it is for.
// CHECK: error: rlx-to-loops: tuning: block 12:16:u for linear_k64_n64: 16 lanes need an AVX-512 target

builtin.module {
  func.func @head(%x: !rlx.buffer<"1xSEQx64", f32>, %y: !rlx.buffer<"1xSEQx64", f32>) attributes {rlx.abi = #rlx.abi<args = [input "x", output "y"], arena_bytes = 0, outputs = ["y"], symbols = ["SEQ"]>} {
    %w = rlx.param "w" {layout = "packed16"} : !rlx.buffer<"64x64", f32>
    rlx.linear %x, %w outs %y : !rlx.buffer<"1xSEQx64", f32>, !rlx.buffer<"64x64", f32> outs !rlx.buffer<"1xSEQx64", f32>
    func.return
  }
}
