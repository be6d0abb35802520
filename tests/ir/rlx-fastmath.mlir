// RUN: rlxc opt %s -p rlx-fastmath | filecheck %s
// RUN: rlxc opt %s -p 'rlx-fastmath{flags=fast}' | filecheck %s --check-prefix=FAST

// Float ops get nsz arcp afn added to their own flags (never nnan/ninf: masked
// softmax uses -inf; nor reassoc/contract, with which LLVM would round an op by the
// code around it), a float reduction reassoc as well (a tree of shuffles); compares
// keep theirs; vector.fma, which has no fastmath property, carries them as an attribute.

// CHECK:       arith.addf %x, %x fastmath<nsz,arcp,afn> : f32
// CHECK-NEXT:  arith.mulf %s, %x fastmath<nnan,nsz,arcp,afn> : f32
// CHECK-NEXT:  arith.cmpf olt, %s, %n : f32
// CHECK-NEXT:  math.exp %v fastmath<nsz,arcp,afn> : vector<8xf32>
// CHECK-NEXT:  vector.fma %v, %e, %v {fastmath = #arith.fastmath<nsz,arcp,afn>} : vector<8xf32>
// CHECK-NEXT:  vector.reduction <add>, %f fastmath<reassoc,nsz,arcp,afn> : vector<8xf32> into f32
// CHECK-NEXT:  vector.reduction <add>, %iv : vector<8xi32> into i32
// CHECK-NEXT:  math.tanh %x fastmath<nsz,arcp,afn> : f32

// FAST:        arith.addf %x, %x fastmath<fast> : f32

builtin.module {
  func.func private @kernel(%a: memref<?xf32>, %v: vector<8xf32>, %iv: vector<8xi32>, %x: f32) {
    %c0 = arith.constant 0 : index
    %s = arith.addf %x, %x : f32
    %n = arith.mulf %s, %x fastmath<nnan> : f32
    %c = arith.cmpf olt, %s, %n : f32
    %e = math.exp %v : vector<8xf32>
    %f = vector.fma %v, %e, %v : vector<8xf32>
    %r = vector.reduction <add>, %f : vector<8xf32> into f32
    %ir = vector.reduction <add>, %iv : vector<8xi32> into i32
    %t = math.tanh %x : f32
    memref.store %t, %a[%c0] : memref<?xf32>
    func.return
  }
}
