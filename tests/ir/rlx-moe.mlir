// RUN: rlxc opt %s -p rlx-bufferize,rlx-plan-memory,rlx-pack-weights | filecheck %s --check-prefix=L2
// RUN: rlxc opt %s -p rlx-bufferize,rlx-plan-memory,rlx-pack-weights,rlx-to-loops | filecheck %s

// A sparse (mixture-of-experts) MLP: the routing is an op of its own, rlx.moe_gate (the
// router's softmax over the 4 experts, the top 2, renormalized: dense gates, zero but for
// each token's 2 experts), then the experts: rlx.moe_swiglu (the gate and up projections
// of each token's 2 experts, in expert order) and rlx.moe_down (their down projections,
// weighted by the gates and summed). The experts' weights are stacked params ([E, N, K],
// the runtime stacks the checkpoint's per-expert tensors) packed expert by expert; the
// router's weight stays row-major. Each op becomes a call of its generated kernel.

// L2-LABEL: func.func @moe(
// L2:         %[[R:.*]] = rlx.param "model.layers.0.mlp.gate.weight" : !rlx.buffer<"4x32", f32>
// L2:         %[[G:.*]] = rlx.alloc {offset = {{[0-9]+}} : i64} : !rlx.buffer<"1xSEQx4", f32>
// L2:         rlx.moe_gate %x, %[[R]] outs %[[G]] {top_k = 2 : i64, normalize}
// L2:         %[[WG:.*]] = rlx.param "model.layers.0.mlp.experts.*.gate_proj.weight" {layout = "packed16"} : !rlx.buffer<"4x16x32", f32>
// L2:         %[[WU:.*]] = rlx.param "model.layers.0.mlp.experts.*.up_proj.weight" {layout = "packed16"}
// L2:         %[[WD:.*]] = rlx.param "model.layers.0.mlp.experts.*.down_proj.weight" {layout = "packed16"} : !rlx.buffer<"4x32x16", f32>
// L2:         %[[A:.*]] = rlx.alloc {offset = {{[0-9]+}} : i64} : !rlx.buffer<"1xSEQx32", f32>
// L2:         rlx.moe_swiglu %x, %[[G]], %[[WG]], %[[WU]] outs %[[A]] {top_k = 2 : i64}
// L2:         rlx.moe_down %[[A]], %[[G]], %[[WD]] outs %hidden {top_k = 2 : i64}

// CHECK-LABEL: func.func @moe(
// CHECK-SAME:    param "model.layers.0.mlp.gate.weight" : "4x32", param "model.layers.0.mlp.experts.*.gate_proj.weight" packed16 : "4x16x32"
// CHECK:         func.call @moe_gate_h32_e4_k2_norm(%x, %model.layers.0.mlp.gate.weight, %[[G:.*]], %{{.*}})
// CHECK:         func.call @moe_swiglu_h32_i16_e4_k2(%x, %[[G]], %model.layers.0.mlp.experts._.gate_proj.weight.packed16, %model.layers.0.mlp.experts._.up_proj.weight.packed16, %[[A:.*]], %{{.*}})
// CHECK:         func.call @moe_down_h32_i16_e4_k2(%[[A]], %[[G]], %model.layers.0.mlp.experts._.down_proj.weight.packed16, %hidden, %{{.*}})

// The expert kernels group the (token, expert) pairs by expert on the calling thread (stack
// buffers), then run the output's column tiles in parallel, each over the selected experts.
// CHECK-LABEL: func.func private @moe_down_h32_i16_e4_k2(
// CHECK-SAME:    rlx.kernel = {family = "moe_down", hidden = 32 : i64, inter = 16 : i64, experts = 4 : i64, top_k = 2 : i64,
// CHECK:         memref.alloca() : memref<{{[0-9]+}}xi32>
// CHECK:         scf.parallel

// The routing runs in the generated code: per token (in parallel) the router's dot
// products, the softmax, and each of the top 2 picks a scan of the experts (ties: the
// lowest index) that skips the experts already picked.
// CHECK-LABEL: func.func private @moe_gate_h32_e4_k2_norm(
// CHECK-SAME:    rlx.kernel = {family = "moe_gate", hidden = 32 : i64, experts = 4 : i64, top_k = 2 : i64, normalize = true,
// CHECK:         scf.parallel
// CHECK:         math.exp
// CHECK:         arith.cmpf ogt
// CHECK:         arith.cmpf ogt
// CHECK:         arith.cmpi ne

// CHECK-LABEL: func.func private @moe_swiglu_h32_i16_e4_k2(
// CHECK-SAME:    rlx.kernel = {family = "moe_swiglu"

builtin.module {
  func.func @moe(%x: !rlx.tensor<"1xSEQx32", f32>) -> !rlx.tensor<"1xSEQx32", f32> attributes {rlx.abi = #rlx.abi<args = [input "x"], outputs = ["hidden"]>} {
    %r = rlx.param "model.layers.0.mlp.gate.weight" : !rlx.tensor<"4x32", f32>
    %g = rlx.moe_gate %x, %r {top_k = 2 : i64, normalize} : !rlx.tensor<"1xSEQx32", f32>, !rlx.tensor<"4x32", f32> -> !rlx.tensor<"1xSEQx4", f32>
    %wg = rlx.param "model.layers.0.mlp.experts.*.gate_proj.weight" : !rlx.tensor<"4x16x32", f32>
    %wu = rlx.param "model.layers.0.mlp.experts.*.up_proj.weight" : !rlx.tensor<"4x16x32", f32>
    %wd = rlx.param "model.layers.0.mlp.experts.*.down_proj.weight" : !rlx.tensor<"4x32x16", f32>
    %a = rlx.moe_swiglu %x, %g, %wg, %wu {top_k = 2 : i64} : !rlx.tensor<"1xSEQx32", f32>, !rlx.tensor<"1xSEQx4", f32>, !rlx.tensor<"4x16x32", f32>, !rlx.tensor<"4x16x32", f32> -> !rlx.tensor<"1xSEQx32", f32>
    %y = rlx.moe_down %a, %g, %wd {top_k = 2 : i64} : !rlx.tensor<"1xSEQx32", f32>, !rlx.tensor<"1xSEQx4", f32>, !rlx.tensor<"4x32x16", f32> -> !rlx.tensor<"1xSEQx32", f32>
    func.return %y : !rlx.tensor<"1xSEQx32", f32>
  }
}
