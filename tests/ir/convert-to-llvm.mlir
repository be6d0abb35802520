// RUN: rlxc opt %s -p rlx-fastmath,rlx-outline-parallel,convert-to-llvm | filecheck %s
// RUN: rlxc opt %s -p convert-to-llvm | filecheck %s --check-prefix=SERIAL

// L3 -> LLVM IR: memrefs become noalias pointers, index is i64, float ops carry the
// fast-math flags of the IR (here from rlx-fastmath), private funcs are internal
// noinline, and an rlx.entry func gets a <name>_packed(ptrs, ints) wrapper for the
// runtime. The translator alone adds no flags and runs scf.parallel as a plain loop.

// CHECK:       define void @"entry"(ptr captures(none) noalias align 4 %"x", {{.*}}, i64 %"SEQ")
// CHECK:         mul i64 %"SEQ", 16
// CHECK:         call void @"add_f32"(ptr %"x", ptr %"y", ptr %"out",
// CHECK:       define internal void @"add_f32"({{.*}}) noinline
// CHECK:         fadd afn arcp nsz float
// A rlx_cpu.parallel_dispatch (from rlx-outline-parallel) becomes the guided-chunk
// runner <func>.par0 of the body <func>.par0.loop (inlinable: no noinline), handed
// to rlx.parallel; the entry's packed wrapper runs the whole call in one OpenMP team
// (rlx.team.run), whose workers take each kernel's loop; outside such a call
// rlx.parallel opens a region.
// CHECK:       define internal void @"scale_parallel"(
// CHECK:         call void @"rlx.parallel"(void (ptr)* @"scale_parallel.par0"
// CHECK:       define internal void @"scale_parallel.par0.loop"({{.*}}) nounwind
// CHECK:         fmul afn arcp nsz float
// CHECK:       define void @"entry_packed"(ptr captures(none) noalias %"ptrs", ptr captures(none) noalias %"ints")
// CHECK:         call void @"rlx.team.run"(void (ptr)* @"entry.unpacked"
// CHECK:       declare void @"GOMP_parallel"
// CHECK:       define internal void @"rlx.parallel"(
// CHECK:         call void @"GOMP_parallel"(ptr %{{.*}}, ptr %{{.*}}, i32 0, i32 0)
// CHECK:       define internal void @"rlx.team.run"(
// CHECK:         cmpxchg {{.*}}@"rlx.team.lead"
// CHECK:         call void @"GOMP_parallel"(void (ptr)* @"rlx.team.body"
// CHECK:       define internal void @"entry.unpacked"(
// CHECK:         call void @"entry"(
// CHECK:       define internal void @"scale_parallel.par0"(ptr %"ctx")
// CHECK:         call i32 @"omp_get_num_threads"()
// CHECK:         cmpxchg
// CHECK:         call void @"scale_parallel.par0.loop"(

// SERIAL:      fadd float
// SERIAL:      define internal void @"scale_parallel"(
// SERIAL:      par.header:
// SERIAL:      fmul float
// SERIAL-NOT:  GOMP_parallel
// SERIAL-NOT:  rlx.team

builtin.module {
  func.func @entry(%x: memref<?xf32>, %y: memref<?xf32>, %out: memref<?xf32>, %SEQ: index) attributes {rlx.entry} {
    %0 = arith.constant 16 : index
    %1 = arith.muli %SEQ, %0 : index
    func.call @add_f32(%x, %y, %out, %1) : (memref<?xf32>, memref<?xf32>, memref<?xf32>, index) -> ()
    func.call @scale_parallel(%out, %1) : (memref<?xf32>, index) -> ()
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
  func.func private @scale_parallel(%a: memref<?xf32>, %n: index) {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %two = arith.constant 2.000000e+00 : f32
    "scf.parallel"(%c0, %n, %c1) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>}> ({
    ^bb0(%i: index):
      %u = memref.load %a[%i] : memref<?xf32>
      %w = arith.mulf %u, %two : f32
      memref.store %w, %a[%i] : memref<?xf32>
      scf.reduce
    }) : (index, index, index) -> ()
    func.return
  }
}
