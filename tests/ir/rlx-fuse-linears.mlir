// RUN: rlxc opt %s -p rlx-fuse-linears | filecheck %s

// Q, K and V -- three buffer-form linears of the same input -- become one
// rlx.multi_linear at the position of the last one; their outputs stay separate.
// CHECK-LABEL: func.func @qkv
// CHECK:         %[[Q:.*]] = rlx.alloc : !rlx.buffer<"1xSEQx32", f32>
// CHECK:         %[[K:.*]] = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
// CHECK:         %[[V:.*]] = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
// CHECK-NOT:     rlx.linear %
// CHECK:         rlx.multi_linear %x, %wq, %wk, %wv outs %[[Q]], %[[K]], %[[V]] : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"32x16", f32>, !rlx.buffer<"16x16", f32>, !rlx.buffer<"16x16", f32> outs !rlx.buffer<"1xSEQx32", f32>, !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"1xSEQx16", f32>
// CHECK-NEXT:    rlx.add %[[Q]], %[[Q]]

// With biases (Qwen2): one bias per weight.
// CHECK-LABEL: func.func @biases
// CHECK:         rlx.multi_linear %x, %wq, %wk bias %bq, %bk outs

// Not fused: an output read between the linears; mixed bias; a width that is not a
// multiple of 16.
// CHECK-LABEL: func.func @read_between
// CHECK-NOT:     rlx.multi_linear
// CHECK-LABEL: func.func @mixed_bias
// CHECK-NOT:     rlx.multi_linear
// CHECK-LABEL: func.func @narrow
// CHECK-NOT:     rlx.multi_linear

builtin.module {
  func.func @qkv(%x: !rlx.buffer<"1xSEQx16", f32>, %wq: !rlx.buffer<"32x16", f32>, %wk: !rlx.buffer<"16x16", f32>, %wv: !rlx.buffer<"16x16", f32>, %o: !rlx.buffer<"1xSEQx32", f32>) attributes {rlx.abi = #rlx.abi<args = [input "x", input "wq", input "wk", input "wv", output "o"]>} {
    %q = rlx.alloc : !rlx.buffer<"1xSEQx32", f32>
    rlx.linear %x, %wq outs %q : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"32x16", f32> outs !rlx.buffer<"1xSEQx32", f32>
    %k = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.linear %x, %wk outs %k : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"16x16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %v = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.linear %x, %wv outs %v : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"16x16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    rlx.add %q, %q outs %o : !rlx.buffer<"1xSEQx32", f32>, !rlx.buffer<"1xSEQx32", f32> outs !rlx.buffer<"1xSEQx32", f32>
    func.return
  }
  func.func @biases(%x: !rlx.buffer<"1xSEQx16", f32>, %wq: !rlx.buffer<"32x16", f32>, %wk: !rlx.buffer<"16x16", f32>, %bq: !rlx.buffer<"32", f32>, %bk: !rlx.buffer<"16", f32>) attributes {rlx.abi = #rlx.abi<args = [input "x", input "wq", input "wk", input "bq", input "bk"]>} {
    %q = rlx.alloc : !rlx.buffer<"1xSEQx32", f32>
    rlx.linear %x, %wq bias %bq outs %q : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"32x16", f32>, !rlx.buffer<"32", f32> outs !rlx.buffer<"1xSEQx32", f32>
    %k = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.linear %x, %wk bias %bk outs %k : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"16x16", f32>, !rlx.buffer<"16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    func.return
  }
  func.func @read_between(%x: !rlx.buffer<"1xSEQx16", f32>, %wq: !rlx.buffer<"16x16", f32>, %wk: !rlx.buffer<"16x16", f32>, %o: !rlx.buffer<"1xSEQx16", f32>) attributes {rlx.abi = #rlx.abi<args = [input "x", input "wq", input "wk", output "o"]>} {
    %q = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.linear %x, %wq outs %q : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"16x16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    rlx.silu %q outs %o : !rlx.buffer<"1xSEQx16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %k = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.linear %x, %wk outs %k : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"16x16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    func.return
  }
  func.func @mixed_bias(%x: !rlx.buffer<"1xSEQx16", f32>, %wq: !rlx.buffer<"16x16", f32>, %wk: !rlx.buffer<"16x16", f32>, %bq: !rlx.buffer<"16", f32>) attributes {rlx.abi = #rlx.abi<args = [input "x", input "wq", input "wk", input "bq"]>} {
    %q = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.linear %x, %wq bias %bq outs %q : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"16x16", f32>, !rlx.buffer<"16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %k = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.linear %x, %wk outs %k : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"16x16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    func.return
  }
  func.func @narrow(%x: !rlx.buffer<"1xSEQx16", f32>, %wq: !rlx.buffer<"16x16", f32>, %wk: !rlx.buffer<"8x16", f32>) attributes {rlx.abi = #rlx.abi<args = [input "x", input "wq", input "wk"]>} {
    %q = rlx.alloc : !rlx.buffer<"1xSEQx16", f32>
    rlx.linear %x, %wq outs %q : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"16x16", f32> outs !rlx.buffer<"1xSEQx16", f32>
    %k = rlx.alloc : !rlx.buffer<"1xSEQx8", f32>
    rlx.linear %x, %wk outs %k : !rlx.buffer<"1xSEQx16", f32>, !rlx.buffer<"8x16", f32> outs !rlx.buffer<"1xSEQx8", f32>
    func.return
  }
}
