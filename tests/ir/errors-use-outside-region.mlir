// RUN: not rlxc opt %s 2>&1 | filecheck %s

// A loop body's value used after the loop: xDSL's parser refuses it itself (a pass
// that moves such a use is caught by the verifier: tests/test_reliability_limits.py).
// CHECK: error: {{.*}}errors-use-outside-region.mlir:{{[0-9]+}}:{{[0-9]+}}: values used but not defined: [%v]

builtin.module {
  func.func @f(%n: index) -> index {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    scf.for %i = %c0 to %n step %c1 {
      %v = arith.addi %i, %c1 : index
    }
    %w = arith.addi %v, %c1 : index
    func.return %w : index
  }
}
