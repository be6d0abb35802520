// RUN: rlxc opt %s -p rlx-instrument | filecheck %s

// Each kernel call of an entry is wrapped in rlx_prof_begin/end(site); the module
// records each site's entry, kernel, symbolic sizes and the kernel's spec (its
// rlx.kernel attribute, for the cost model) in rlx.prof_sites.

// CHECK:       builtin.module attributes {rlx.prof_sites = [{entry = "entry", kernel = "silu_f32", sizes = ["SEQ*16"], spec = {family = "silu", chunk = 4096 : i64, parallel_min_work = 524288 : i64}}]}
// CHECK-LABEL: func.func @entry
// CHECK:         %[[SITE:.*]] = arith.constant 0 : index
// CHECK-NEXT:    func.call @rlx_prof_begin(%[[SITE]]) : (index) -> ()
// CHECK-NEXT:    func.call @silu_f32(%x, %out, %{{.*}})
// CHECK-NEXT:    func.call @rlx_prof_end(%[[SITE]]) : (index) -> ()
// CHECK-DAG:   func.func private @rlx_prof_begin(index) -> ()
// CHECK-DAG:   func.func private @rlx_prof_end(index) -> ()

builtin.module {
  func.func @entry(%x: memref<?xf32>, %out: memref<?xf32>, %SEQ: index) attributes {rlx.entry, rlx.abi = #rlx.abi<args = [input "x", output "out", symbol "SEQ"]>} {
    %0 = arith.constant 16 : index
    %1 = arith.muli %SEQ, %0 : index
    func.call @silu_f32(%x, %out, %1) : (memref<?xf32>, memref<?xf32>, index) -> ()
    func.return
  }
  func.func private @silu_f32(%a: memref<?xf32>, %b: memref<?xf32>, %n: index) attributes {rlx.kernel = {family = "silu", chunk = 4096 : i64, parallel_min_work = 524288 : i64}} {
    func.return
  }
}
