// RUN: rlxc opt %s -p dce | filecheck %s

// Pure ops whose results are unused go; calls (side effects) stay.

// CHECK-LABEL: func.func @entry
// CHECK-NOT:     rlx.view
// CHECK-NOT:     arith.muli
// CHECK:         func.call @scale(%x, %SEQ)
// CHECK-NEXT:    func.return

builtin.module {
  func.func @entry(%x: memref<?xf32>, %arena: memref<?xi8>, %SEQ: index) {
    %0 = rlx.view %arena {offset = 0 : i64} : memref<?xi8> -> memref<?xf32>
    %1 = arith.muli %SEQ, %SEQ : index
    func.call @scale(%x, %SEQ) : (memref<?xf32>, index) -> ()
    func.return
  }
  func.func private @scale(%x: memref<?xf32>, %n: index) {
    func.return
  }
}
