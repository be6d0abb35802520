// RUN: rlxc opt %s -p rlx-outline-parallel | filecheck %s
// RUN: rlxc opt %s -p 'rlx-outline-parallel{threads=2}' | filecheck %s --check-prefix=TWO
// RUN: rlxc opt %s -p 'rlx-outline-parallel{threads=1}' | filecheck %s --check-prefix=SERIAL

// Each scf.parallel body moves into a private @<kernel>.parN.loop over [lo, hi) that
// takes the captured values (constants are re-materialised, so is a constant step),
// and a rlx_cpu.parallel_dispatch takes its place. threads=1: nothing is outlined.

// CHECK-LABEL: func.func private @scale
// CHECK-NOT:     scf.parallel
// CHECK:         rlx_cpu.parallel_dispatch @scale.par0.loop(%a, %k) range(%c0 to %n step %c2) {threads = 0 : i64} : (memref<?xf32>, f32)
// CHECK-NEXT:    func.return
// CHECK:       func.func private @scale.par0.loop(%0: memref<?xf32>, %1: f32, %2: index, %3: index, %4: index) attributes {rlx_cpu.parallel_body} {
// CHECK-NEXT:    %[[CST:.*]] = arith.constant 2.000000e+00 : f32
// CHECK-NEXT:    %[[STEP:.*]] = arith.constant 2 : index
// CHECK-NEXT:    "scf.parallel"(%2, %3, %[[STEP]])
// CHECK:           memref.load %0[%i]
// CHECK:           arith.mulf %{{.*}}, %[[CST]]
// CHECK:           arith.addf %{{.*}}, %1
// CHECK:         func.return

// TWO:         rlx_cpu.parallel_dispatch @scale.par0.loop({{.*}}) {threads = 2 : i64}

// SERIAL-NOT:  rlx_cpu.parallel_dispatch
// SERIAL:      "scf.parallel"(%c0, %n, %c2)

builtin.module {
  func.func private @scale(%a: memref<?xf32>, %n: index, %k: f32) {
    %c0 = arith.constant 0 : index
    %c2 = arith.constant 2 : index
    %two = arith.constant 2.000000e+00 : f32
    "scf.parallel"(%c0, %n, %c2) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%i: index):
      %u = memref.load %a[%i] : memref<?xf32>
      %w = arith.mulf %u, %two : f32
      %s = arith.addf %w, %k : f32
      memref.store %s, %a[%i] : memref<?xf32>
      scf.reduce
    }) : (index, index, index) -> ()
    func.return
  }
}
