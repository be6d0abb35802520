#!/usr/bin/env bash
# Build llama.cpp's Python binding for one x86 target, for `python -m bench --target`.
#
#   scripts/build_llama_cpp.sh x86-64-v3 /work/peers/llama-cpp-x86-64-v3
#   python -m bench --target x86-64-v3 --llama-cpp /work/peers/llama-cpp-x86-64-v3
#
# ggml picks its kernels when it is built (GGML_NATIVE uses every feature of the
# building CPU), so timing AVX2 code on an AVX-512 host needs a build without AVX-512.
# Targets: x86-64-v3 / znver2 / haswell (AVX2 + FMA), x86-64-v4 (AVX-512),
# sapphirerapids (AVX-512 with VNNI and BF16, no AMX).
# The version is the one bench/engines.py is written against; ~10 minutes on 2 cores.
set -euo pipefail
target=${1:?usage: build_llama_cpp.sh TARGET DIR}
dir=${2:?usage: build_llama_cpp.sh TARGET DIR}
version=${LLAMA_CPP_VERSION:-0.3.36}
common="-DGGML_NATIVE=OFF -DGGML_OPENMP=ON -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF"
case "$target" in
  x86-64-v3|znver2|znver3|haswell|skylake)
    isa="-DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON -DGGML_AVX512=OFF -DGGML_AVX_VNNI=OFF -DGGML_AMX_INT8=OFF" ;;
  x86-64-v4|skylake-avx512|znver4)
    isa="-DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON -DGGML_AVX512=ON -DGGML_AMX_INT8=OFF" ;;
  # Sapphire Rapids without AMX: the native build's AMX path died of SIGSEGV on Q8_0/Q4_0
  # GGUFs on an SPR VM; this keeps AVX-512 VNNI/BF16, the kernels rlx's code competes with.
  sapphirerapids|icelake-server|cascadelake)
    isa="-DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON -DGGML_AVX512=ON -DGGML_AVX512_VBMI=ON -DGGML_AVX512_VNNI=ON -DGGML_AVX512_BF16=ON -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF" ;;
  *) echo "build_llama_cpp.sh: no llama.cpp build flags for target '$target'" >&2; exit 2 ;;
esac
CMAKE_ARGS="$common $isa" pip install --no-cache-dir --no-deps --no-binary llama-cpp-python \
  --target "$dir" "llama-cpp-python==$version"
PYTHONPATH="$dir" python -c "import llama_cpp; print(llama_cpp.llama_print_system_info().decode())"
