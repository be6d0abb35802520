"""The L3 -> LLVM IR translator, split by concern (like ``xdsl/backend/llvm/``).

``translate`` drives it (module, functions, the SSA value map) and dispatches each op
to the module of its family: ``arith`` (arith and math), ``scf`` (control flow and
func calls), ``memory`` (memref / vector memory ops, allocas, arena views),
``vector`` (register ops), ``abi`` (the entries' packed C wrappers), ``dispatch``
(``rlx_cpu.parallel_dispatch`` -> the team call) and ``team`` (the team runtime).
``types`` maps builtin types to LLVM types. It translates only: fast-math flags,
polynomial math and parallel outlining are passes that run before it
(``lowering/fastmath.py``, ``lowering/expand_math.py``, ``lowering/outline_parallel.py``).
"""
