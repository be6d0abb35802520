// RUN: not rlxc opt %s 2>&1 | filecheck %s

// A file that ends inside a block says so (xDSL's message only says what it parsed).
// CHECK: error: {{.*}}errors-parse-unclosed.mlir:{{[0-9]+}}:{{[0-9]+}}: unexpected end of input in block definition (at 'end of input')

builtin.module {
  func.func @f(%x: !rlx.tensor<"4", f32>) -> !rlx.tensor<"4", f32> {
    func.return %x : !rlx.tensor<"4", f32>
