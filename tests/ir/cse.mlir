// RUN: rlxc opt %s -p cse | filecheck %s

// rlx-to-loops emits one rlx.view and one index computation per use; CSE keeps one.

// CHECK-LABEL: func.func @entry
// CHECK:         %[[V:.*]] = rlx.view %arena {offset = 64 : i64}
// CHECK-NEXT:    %[[C:.*]] = arith.constant 0 : index
// CHECK-NEXT:    %[[N:.*]] = arith.addi %[[C]], %SEQ : index
// CHECK-NEXT:    func.call @scale(%x, %[[V]], %[[N]])
// CHECK-NEXT:    func.call @scale(%[[V]], %y, %[[N]])
// CHECK-NEXT:    func.return

builtin.module {
  func.func @entry(%x: memref<?xf32>, %y: memref<?xf32>, %arena: memref<?xi8>, %SEQ: index) {
    %0 = rlx.view %arena {offset = 64 : i64} : memref<?xi8> -> memref<?xf32>
    %1 = arith.constant 0 : index
    %2 = arith.addi %1, %SEQ : index
    func.call @scale(%x, %0, %2) : (memref<?xf32>, memref<?xf32>, index) -> ()
    %3 = rlx.view %arena {offset = 64 : i64} : memref<?xi8> -> memref<?xf32>
    %4 = arith.constant 0 : index
    %5 = arith.addi %4, %SEQ : index
    func.call @scale(%3, %y, %5) : (memref<?xf32>, memref<?xf32>, index) -> ()
    func.return
  }
  func.func private @scale(%in: memref<?xf32>, %out: memref<?xf32>, %n: index) {
    func.return
  }
}
