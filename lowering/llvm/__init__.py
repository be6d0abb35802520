"""The L3 -> LLVM IR translator, split by concern (like ``xdsl/backend/llvm/``).

``translate`` drives it (module, functions, the SSA value map) and dispatches each op
to the module of its family: ``arith`` (arith and math), ``scf`` (control flow and
func calls), ``memory`` (memref / vector memory ops, allocas, arena views),
``vector`` (register ops), ``abi`` (the entries' packed C wrappers), ``dispatch``
(``rlx_cpu.parallel_dispatch`` -> the team call) and ``team`` (the team runtime).
``types`` maps builtin types to LLVM types. It translates only: fast-math flags,
polynomial math and parallel outlining are passes that run before it
(``lowering/rlx_fastmath.py``, ``lowering/expand_math_to_polynomials.py``,
``lowering/rlx_outline_parallel.py``; ``lowering.llvm_passes.to_llvm_ir`` runs them
and the translator).
"""
