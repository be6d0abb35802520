// RUN: rlxc opt %s -p canonicalize | filecheck %s

// 0 + SEQ folds to SEQ; 4 * 16 folds to a constant.

// CHECK-LABEL: func.func @entry
// CHECK-NEXT:    %[[C:.*]] = arith.constant 64 : index
// CHECK-NEXT:    func.call @scale(%x, %SEQ, %[[C]])
// CHECK-NEXT:    func.return

builtin.module {
  func.func @entry(%x: memref<?xf32>, %SEQ: index) {
    %0 = arith.constant 0 : index
    %1 = arith.addi %0, %SEQ : index
    %2 = arith.constant 4 : index
    %3 = arith.constant 16 : index
    %4 = arith.muli %2, %3 : index
    func.call @scale(%x, %1, %4) : (memref<?xf32>, index, index) -> ()
    func.return
  }
  func.func private @scale(%x: memref<?xf32>, %n: index, %m: index) {
    func.return
  }
}
