// RUN: not rlxc opt %s 2>&1 | filecheck %s

// Dims within range whose product is not a tensor any machine holds (its byte size
// would overflow the memory plan's i64 offsets).
// CHECK: error: {{.*}}errors-huge-tensor.mlir:9:38: bad shape '2000000000x2000000000': 4000000000000000000 elements are too many for a tensor (at most 1099511627776)

builtin.module {
  func.func @f(%x: !rlx.tensor<"4", f32>) -> !rlx.tensor<"4", f32> attributes {rlx.abi = #rlx.abi<args = [input "x"], outputs = ["y"]>} {
    %w = rlx.param "w" : !rlx.tensor<"2000000000x2000000000", f32>
    func.return %x : !rlx.tensor<"4", f32>
  }
}
