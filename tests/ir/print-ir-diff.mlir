// RUN: rlxc opt %s -p rlx-fuse,rlx-bufferize --print-ir-diff 2>&1 | filecheck %s

// --print-ir-diff: after each pass, the ops it removed (-), added (+) and rewrote
// (- then +), keyed by stable names; changes repeated in every layer print once.

// CHECK:      // -----// IR Diff After rlx-fuse //----- //
// CHECK-NEXT: --- 00-input
// CHECK-NEXT: +++ 01-rlx-fuse
// CHECK-NEXT: # 4 removed, 2 added, 2 rewritten
// CHECK-NEXT: @@ @mlp layers 0-1 (x2) @@
// CHECK-NEXT: +L{i}/swiglu#0: rlx.swiglu %L{i}/linear[mlp.gate_proj], %L{i}/linear[mlp.up_proj] : (!rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"1xSEQx8", f32>) -> (!rlx.tensor<"1xSEQx8", f32>)
// CHECK-NEXT: -L{i}/silu#0: rlx.silu %L{i}/linear[mlp.gate_proj]
// CHECK-NEXT: -L{i}/mul#0: rlx.mul %L{i}/silu#0, %L{i}/linear[mlp.up_proj]
// CHECK-NEXT: -L{i}/linear[mlp.down_proj]: rlx.linear %L{i}/mul#0, @model.layers.{i}.mlp.down_proj.weight
// CHECK-NEXT: +L{i}/linear[mlp.down_proj]: rlx.linear %L{i}/swiglu#0, @model.layers.{i}.mlp.down_proj.weight
// CHECK:      // -----// IR Diff After rlx-bufferize //----- //
// CHECK:      +rlx.abi: #rlx.abi<args = [input "x", output "y"], outputs = ["y"], symbols = ["SEQ"]>
// CHECK:      @@ @mlp layers 0-1 (x2) @@
// CHECK:      +L{i}/alloc>linear[mlp.gate_proj]: rlx.alloc : () -> (!rlx.buffer<"1xSEQx8", f32>)
// CHECK:      @@ @mlp layer 1 @@
// CHECK-NEXT: -L1/linear[mlp.gate_proj]: rlx.linear %L0/linear[mlp.down_proj], @model.layers.1.mlp.gate_proj.weight : ({{.*}}) -> (!rlx.tensor<"1xSEQx8", f32>)
// CHECK-NEXT: +L1/linear[mlp.gate_proj]: rlx.linear %L0/alloc>linear[mlp.down_proj], @model.layers.1.mlp.gate_proj.weight, %L1/alloc>linear[mlp.gate_proj] : ({{.*}}) -> ()
// CHECK:      builtin.module

builtin.module {
  func.func @mlp(%x: !rlx.tensor<"1xSEQx4", f32>) -> !rlx.tensor<"1xSEQx4", f32> attributes {rlx.abi = #rlx.abi<args = [input "x"], outputs = ["y"]>} {
    %g0 = rlx.param "model.layers.0.mlp.gate_proj.weight" : !rlx.tensor<"8x4", f32>
    %a0 = rlx.linear %x, %g0 : !rlx.tensor<"1xSEQx4", f32>, !rlx.tensor<"8x4", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %u0 = rlx.param "model.layers.0.mlp.up_proj.weight" : !rlx.tensor<"8x4", f32>
    %b0 = rlx.linear %x, %u0 : !rlx.tensor<"1xSEQx4", f32>, !rlx.tensor<"8x4", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %s0 = rlx.silu %a0 : !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %m0 = rlx.mul %s0, %b0 : !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %d0 = rlx.param "model.layers.0.mlp.down_proj.weight" : !rlx.tensor<"4x8", f32>
    %y0 = rlx.linear %m0, %d0 : !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"4x8", f32> -> !rlx.tensor<"1xSEQx4", f32>
    %g1 = rlx.param "model.layers.1.mlp.gate_proj.weight" : !rlx.tensor<"8x4", f32>
    %a1 = rlx.linear %y0, %g1 : !rlx.tensor<"1xSEQx4", f32>, !rlx.tensor<"8x4", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %u1 = rlx.param "model.layers.1.mlp.up_proj.weight" : !rlx.tensor<"8x4", f32>
    %b1 = rlx.linear %y0, %u1 : !rlx.tensor<"1xSEQx4", f32>, !rlx.tensor<"8x4", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %s1 = rlx.silu %a1 : !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %m1 = rlx.mul %s1, %b1 : !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"1xSEQx8", f32> -> !rlx.tensor<"1xSEQx8", f32>
    %d1 = rlx.param "model.layers.1.mlp.down_proj.weight" : !rlx.tensor<"4x8", f32>
    %y1 = rlx.linear %m1, %d1 : !rlx.tensor<"1xSEQx8", f32>, !rlx.tensor<"4x8", f32> -> !rlx.tensor<"1xSEQx4", f32>
    func.return %y1 : !rlx.tensor<"1xSEQx4", f32>
  }
}
