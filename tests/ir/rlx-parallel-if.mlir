// RUN: rlxc opt %s -p rlx-outline-parallel | filecheck %s
// RUN: rlxc opt %s -p rlx-outline-parallel,convert-to-llvm | filecheck %s --check-prefix=LLVM
// RUN: rlxc opt %s -p 'rlx-outline-parallel{threads=1},convert-to-llvm' | filecheck %s --check-prefix=SERIAL

// A kernel's loop in a rlx_cpu.parallel_if runs on the team only when the condition
// holds (the call's work reaches the kernel's parallel_min_work): rlx-outline-parallel
// outlines it as any scf.parallel and gives the dispatch the condition, if(%big); the
// translator branches on it, and a small call runs the one body over the whole range
// on the calling thread. Without a team (threads=1) the loop runs serially either way.

// CHECK-LABEL: func.func private @scale
// CHECK:         %big = arith.cmpi uge, %n, %c64 : index
// CHECK-NOT:     rlx_cpu.parallel_if
// CHECK-NEXT:    rlx_cpu.parallel_dispatch @scale.par0.loop(%a) range(%c0 to %n step %c1) if(%big) {threads = 0 : i64} : (memref<?xf32>)
// CHECK-NEXT:    func.return
// CHECK:       func.func private @scale.par0.loop(%0: memref<?xf32>, %1: index, %2: index, %3: index) attributes {rlx_cpu.parallel_body} {

// LLVM:        define internal void @"scale"(
// LLVM:          %[[BIG:.*]] = icmp uge i64 %"n", 64
// LLVM:          br i1 %[[BIG]], label %"scale.par0.team", label %"scale.par0.serial"
// LLVM-NEXT:   scale.par0.team:
// LLVM:          call void @"rlx.parallel"(void (ptr)* @"scale.par0"
// LLVM-NEXT:     br label %"scale.par0.end"
// LLVM-NEXT:   scale.par0.serial:
// LLVM-NEXT:     call void @"scale.par0.loop"(ptr %"a", i64 0, i64 %"n", i64 1)
// LLVM-NEXT:     br label %"scale.par0.end"

// SERIAL:      define internal void @"scale"(
// SERIAL:      par.header:
// SERIAL-NOT:  rlx.parallel
// SERIAL-NOT:  GOMP_parallel

builtin.module {
  func.func private @scale(%a: memref<?xf32>, %n: index) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %c64 = arith.constant 64 : index
    %two = arith.constant 2.000000e+00 : f32
    %big = arith.cmpi uge, %n, %c64 : index
    rlx_cpu.parallel_if %big {
      "scf.parallel"(%c0, %n, %c1) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
      ^bb0(%i: index):
        %u = memref.load %a[%i] : memref<?xf32>
        %w = arith.mulf %u, %two : f32
        memref.store %w, %a[%i] : memref<?xf32>
        scf.reduce
      }) : (index, index, index) -> ()
    }
    func.return
  }
}
