// RUN: rlxc opt %s -p rlx-fastmath,rlx-outline-parallel,convert-to-llvm,llvm-opt | filecheck %s
// RUN: rlxc opt %s -p 'rlx-fastmath,rlx-outline-parallel,convert-to-llvm,llvm-opt{level=0}' | filecheck %s --check-prefix=O0

// LLVM's O3 pipeline for the host CPU vectorizes the loop (element-wise: no flag
// needed); at O0 the IR stays as emitted, with the flags of rlx-fastmath.

// CHECK:       define void @entry(
// CHECK:       define internal {{.*}}void @add_f32(
// CHECK:         fadd {{.*}}<{{[0-9]+}} x float>

// O0:          define internal void @add_f32(
// O0-NOT:        x float>
// O0:            fadd nsz arcp afn float

builtin.module {
  func.func @entry(%x: memref<?xf32>, %y: memref<?xf32>, %out: memref<?xf32>, %SEQ: index) attributes {rlx.entry} {
    %0 = arith.constant 16 : index
    %1 = arith.muli %SEQ, %0 : index
    func.call @add_f32(%x, %y, %out, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.return
  }
  func.func private @add_f32(%a: memref<?xf32>, %b: memref<?xf32>, %c: memref<?xf32>, %n: index) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    scf.for %i = %c0 to %n step %c1 {
      %u = memref.load %a[%i] : memref<?xf32>
      %v = memref.load %b[%i] : memref<?xf32>
      %w = arith.addf %u, %v : f32
      memref.store %w, %c[%i] : memref<?xf32>
    }
    func.return
  }
}
