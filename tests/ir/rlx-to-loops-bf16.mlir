// RUN: rlxc opt %s -p rlx-to-loops | filecheck %s

// A bf16 weight (L1/L2: a param of element type bf16) is an i16 buffer of its bits at
// L3, and its linear calls the bf16 kernel, which widens each weight vector in
// registers (zero-extend, shift left 16, reinterpret as f32); x, the output and the
// arithmetic stay f32.

// CHECK-LABEL: func.func @head(
// CHECK-SAME:    %x: memref<?xf32>, %y: memref<?xf32>, %w.packed16: memref<?xi16>, %arena: memref<?xi8>, %SEQ: index)
// CHECK:         func.call @linear_k16_n32_bf16(%x, %w.packed16, %y, %{{.*}})
// CHECK:       func.func private @linear_k16_n32_bf16(%{{.*}}: memref<?xf32>, %{{.*}}: memref<?xi16>, %{{.*}}: memref<?xf32>, %{{.*}}: index)
// CHECK-SAME:    weight_format = "bf16"
// CHECK:         vector.load %{{.*}} : memref<?xi16>, vector<{{8|16}}xi16>
// CHECK-NEXT:    arith.extui
// CHECK:         arith.shli
// CHECK-NEXT:    arith.bitcast {{.*}} : vector<{{8|16}}xi32> to vector<{{8|16}}xf32>

builtin.module {
  func.func @head(%x: !rlx.buffer<"1xSEQx16", f32>, %y: !rlx.buffer<"1xSEQx32", f32>) attributes {rlx.abi = #rlx.abi<args = [input "x", output "y"], arena_bytes = 0, outputs = ["y"], symbols = ["SEQ"]>} {
    %w = rlx.param "w" {layout = "packed16"} : !rlx.buffer<"32x16", bf16>
    rlx.linear %x, %w outs %y : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"32x16", bf16> outs !rlx.buffer<"1xSEQx32", f32>
    func.return
  }
}
