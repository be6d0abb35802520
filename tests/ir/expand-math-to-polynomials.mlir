// RUN: rlxc opt %s -p expand-math-to-polynomials | filecheck %s

// f32 exp: clamp, n = rint(x*log2e), two-part ln2 reduction, Horner polynomial,
// 2^n through the exponent bits, then -inf/underflow -> 0, overflow -> +inf, NaN
// through; only `contract` inside. tanh: the same exp of 2|x|, Taylor near 0.
// f64 is left to the translator (llvm.exp).

// CHECK-LABEL: func.func private @kernel
// CHECK:         %[[HI:.*]] = arith.constant dense<8.870000e+01> : vector<8xf32>
// CHECK-NEXT:    %[[XC:.*]] = arith.minnumf %v, %[[HI]] : vector<8xf32>
// CHECK:         %[[XL:.*]] = arith.maxnumf %[[XC]], %{{.*}} : vector<8xf32>
// CHECK:         %[[T:.*]] = arith.mulf %[[XL]], %{{.*}} fastmath<contract> : vector<8xf32>
// CHECK-NEXT:    %[[N:.*]] = rlx_cpu.rint %[[T]] : vector<8xf32>
// CHECK:         arith.constant dense<0.693359375> : vector<8xf32>
// CHECK:         arith.constant dense<-0.000212194442> : vector<8xf32>
// CHECK:         arith.constant dense<0.000198756912> : vector<8xf32>
// CHECK:         %[[K:.*]] = arith.fptosi %[[N]] : vector<8xf32> to vector<8xi32>
// CHECK-NEXT:    %[[C23:.*]] = arith.constant dense<23> : vector<8xi32>
// CHECK-NEXT:    arith.shli %[[K]], %[[C23]] : vector<8xi32>
// CHECK:         arith.cmpf olt, %v, %{{.*}} : vector<8xf32>
// CHECK:         arith.constant dense<0x7f800000> : vector<8xf32>
// CHECK:         %[[NAN:.*]] = arith.cmpf uno, %v, %v : vector<8xf32>
// CHECK-NEXT:    %e = arith.select %[[NAN]], %v, %{{.*}} : vector<8xf32>
// CHECK-NOT:     math.exp %v
// CHECK:         %[[AX:.*]] = math.absf %x : f32
// CHECK:         rlx_cpu.rint %{{.*}} : f32
// CHECK:         math.copysign %{{.*}}, %x : f32
// CHECK:         arith.constant -0.333333343 : f32
// CHECK:         %[[SMALL:.*]] = arith.cmpf olt, %[[AX]], %{{.*}} : f32
// CHECK-NEXT:    %t = arith.select %[[SMALL]], %{{.*}}, %{{.*}} : f32
// CHECK-NEXT:    %k = math.exp %d : f64
// CHECK-NOT:     reassoc

builtin.module {
  func.func private @kernel(%v: vector<8xf32>, %x: f32, %d: f64) {
    %e = math.exp %v : vector<8xf32>
    %t = math.tanh %x : f32
    %k = math.exp %d : f64
    func.return
  }
}
