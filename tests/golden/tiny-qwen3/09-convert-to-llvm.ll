; ModuleID = "rlx"
target triple = "<host>"
target datalayout = ""

define void @"prefill"(ptr captures(none) noalias align 4 %"input_ids", ptr captures(none) noalias align 4 %"past_k", ptr captures(none) noalias align 4 %"past_v", ptr captures(none) noalias align 4 %"past_k.1", ptr captures(none) noalias align 4 %"past_v.1", ptr captures(none) noalias align 4 %"logits", ptr captures(none) noalias align 4 %"rope.cos", ptr captures(none) noalias align 4 %"rope.sin", ptr captures(none) noalias align 4 %"model.embed_tokens.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.input_layernorm.weight", ptr captures(none) noalias align 4 %"model.layers.0.self_attn.q_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.self_attn.k_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.self_attn.v_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.self_attn.q_norm.weight", ptr captures(none) noalias align 4 %"model.layers.0.self_attn.k_norm.weight", ptr captures(none) noalias align 4 %"model.layers.0.self_attn.o_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.post_attention_layernorm.weight", ptr captures(none) noalias align 4 %"model.layers.0.mlp.gate_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.mlp.up_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.mlp.down_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.input_layernorm.weight", ptr captures(none) noalias align 4 %"model.layers.1.self_attn.q_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.self_attn.k_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.self_attn.v_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.self_attn.q_norm.weight", ptr captures(none) noalias align 4 %"model.layers.1.self_attn.k_norm.weight", ptr captures(none) noalias align 4 %"model.layers.1.self_attn.o_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.post_attention_layernorm.weight", ptr captures(none) noalias align 4 %"model.layers.1.mlp.gate_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.mlp.up_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.mlp.down_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.norm.weight", ptr captures(none) noalias align 1 %"arena", i64 %"MAX_SEQ", i64 %"PAST_SEQ", i64 %"SEQ") nounwind
{
entry:
  br label %"body"
body:
  %".38" = getelementptr inbounds i8, ptr %"arena", i64 0
  %".39" = add i64 0, %"SEQ"
  call void @"embed_h128_v1024_packed16"(ptr %"input_ids", ptr %"model.embed_tokens.weight.packed16", ptr %".38", i64 %".39")
  %".41" = getelementptr inbounds i8, ptr %"arena", i64 262144
  call void @"rms_norm_d128_g128_eps1em06"(ptr %".38", ptr %"model.layers.0.input_layernorm.weight", ptr %".41", i64 %".39")
  %".43" = getelementptr inbounds i8, ptr %"arena", i64 524288
  %".44" = getelementptr inbounds i8, ptr %"arena", i64 786432
  %".45" = getelementptr inbounds i8, ptr %"arena", i64 917504
  call void @"multi_linear_k128_n128x64x64"(ptr %".41", ptr %"model.layers.0.self_attn.q_proj.weight.packed16", ptr %"model.layers.0.self_attn.k_proj.weight.packed16", ptr %"model.layers.0.self_attn.v_proj.weight.packed16", ptr %".43", ptr %".44", ptr %".45", i64 %".39")
  call void @"rms_norm_d128_g32_eps1em06"(ptr %".43", ptr %"model.layers.0.self_attn.q_norm.weight", ptr %".41", i64 %".39")
  %".48" = getelementptr inbounds i8, ptr %"arena", i64 1048576
  call void @"rms_norm_d64_g32_eps1em06"(ptr %".44", ptr %"model.layers.0.self_attn.k_norm.weight", ptr %".48", i64 %".39")
  %".50" = add i64 0, %"PAST_SEQ"
  call void @"rope_nh4_hd32"(ptr %".41", ptr %"rope.cos", ptr %"rope.sin", ptr %".43", i64 1, i64 %".39", i64 %".50")
  call void @"rope_nh2_hd32"(ptr %".48", ptr %"rope.cos", ptr %"rope.sin", ptr %".41", i64 1, i64 %".39", i64 %".50")
  %".53" = add i64 0, %"MAX_SEQ"
  call void @"kv_write_d64"(ptr %".41", ptr %"past_k", i64 1, i64 %".39", i64 %".50", i64 %".53")
  call void @"kv_write_d64"(ptr %".45", ptr %"past_v", i64 1, i64 %".39", i64 %".50", i64 %".53")
  %".56" = add i64 %".50", %"SEQ"
  call void @"attention_nh4_nkv2_hd32_causal"(ptr %".43", ptr %"past_k", ptr %"past_v", ptr %".41", i64 1, i64 %".39", i64 %".56", i64 %".53")
  call void @"linear_k128_n128"(ptr %".41", ptr %"model.layers.0.self_attn.o_proj.weight.packed16", ptr %".43", i64 %".39")
  %".59" = mul i64 %"SEQ", 128
  %".60" = add i64 0, %".59"
  call void @"add_f32"(ptr %".38", ptr %".43", ptr %".44", i64 %".60")
  %".62" = getelementptr inbounds i8, ptr %"arena", i64 393216
  call void @"rms_norm_d128_g128_eps1em06"(ptr %".44", ptr %"model.layers.0.post_attention_layernorm.weight", ptr %".62", i64 %".39")
  call void @"linear_swiglu_k128_n192"(ptr %".62", ptr %"model.layers.0.mlp.gate_proj.weight.packed16", ptr %"model.layers.0.mlp.up_proj.weight.packed16", ptr %".38", i64 %".39")
  call void @"linear_k192_n128"(ptr %".38", ptr %"model.layers.0.mlp.down_proj.weight.packed16", ptr %".62", i64 %".39")
  call void @"add_f32"(ptr %".44", ptr %".62", ptr %".38", i64 %".60")
  call void @"rms_norm_d128_g128_eps1em06"(ptr %".38", ptr %"model.layers.1.input_layernorm.weight", ptr %".41", i64 %".39")
  call void @"multi_linear_k128_n128x64x64"(ptr %".41", ptr %"model.layers.1.self_attn.q_proj.weight.packed16", ptr %"model.layers.1.self_attn.k_proj.weight.packed16", ptr %"model.layers.1.self_attn.v_proj.weight.packed16", ptr %".43", ptr %".44", ptr %".45", i64 %".39")
  call void @"rms_norm_d128_g32_eps1em06"(ptr %".43", ptr %"model.layers.1.self_attn.q_norm.weight", ptr %".41", i64 %".39")
  call void @"rms_norm_d64_g32_eps1em06"(ptr %".44", ptr %"model.layers.1.self_attn.k_norm.weight", ptr %".48", i64 %".39")
  call void @"rope_nh4_hd32"(ptr %".41", ptr %"rope.cos", ptr %"rope.sin", ptr %".43", i64 1, i64 %".39", i64 %".50")
  call void @"rope_nh2_hd32"(ptr %".48", ptr %"rope.cos", ptr %"rope.sin", ptr %".41", i64 1, i64 %".39", i64 %".50")
  call void @"kv_write_d64"(ptr %".41", ptr %"past_k.1", i64 1, i64 %".39", i64 %".50", i64 %".53")
  call void @"kv_write_d64"(ptr %".45", ptr %"past_v.1", i64 1, i64 %".39", i64 %".50", i64 %".53")
  call void @"attention_nh4_nkv2_hd32_causal"(ptr %".43", ptr %"past_k.1", ptr %"past_v.1", ptr %".41", i64 1, i64 %".39", i64 %".56", i64 %".53")
  call void @"linear_k128_n128"(ptr %".41", ptr %"model.layers.1.self_attn.o_proj.weight.packed16", ptr %".43", i64 %".39")
  call void @"add_f32"(ptr %".38", ptr %".43", ptr %".44", i64 %".60")
  call void @"rms_norm_d128_g128_eps1em06"(ptr %".44", ptr %"model.layers.1.post_attention_layernorm.weight", ptr %".62", i64 %".39")
  call void @"linear_swiglu_k128_n192"(ptr %".62", ptr %"model.layers.1.mlp.gate_proj.weight.packed16", ptr %"model.layers.1.mlp.up_proj.weight.packed16", ptr %".38", i64 %".39")
  call void @"linear_k192_n128"(ptr %".38", ptr %"model.layers.1.mlp.down_proj.weight.packed16", ptr %".62", i64 %".39")
  call void @"add_f32"(ptr %".44", ptr %".62", ptr %".38", i64 %".60")
  call void @"rms_norm_d128_g128_eps1em06"(ptr %".38", ptr %"model.norm.weight", ptr %".41", i64 %".39")
  call void @"linear_k128_n1024"(ptr %".41", ptr %"model.embed_tokens.weight.packed16", ptr %"logits", i64 %".39")
  ret void
}

define void @"prefill_last"(ptr captures(none) noalias align 4 %"input_ids", ptr captures(none) noalias align 4 %"past_k", ptr captures(none) noalias align 4 %"past_v", ptr captures(none) noalias align 4 %"past_k.1", ptr captures(none) noalias align 4 %"past_v.1", ptr captures(none) noalias align 4 %"logits", ptr captures(none) noalias align 4 %"rope.cos", ptr captures(none) noalias align 4 %"rope.sin", ptr captures(none) noalias align 4 %"model.embed_tokens.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.input_layernorm.weight", ptr captures(none) noalias align 4 %"model.layers.0.self_attn.q_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.self_attn.k_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.self_attn.v_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.self_attn.q_norm.weight", ptr captures(none) noalias align 4 %"model.layers.0.self_attn.k_norm.weight", ptr captures(none) noalias align 4 %"model.layers.0.self_attn.o_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.post_attention_layernorm.weight", ptr captures(none) noalias align 4 %"model.layers.0.mlp.gate_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.mlp.up_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.mlp.down_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.input_layernorm.weight", ptr captures(none) noalias align 4 %"model.layers.1.self_attn.q_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.self_attn.k_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.self_attn.v_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.self_attn.q_norm.weight", ptr captures(none) noalias align 4 %"model.layers.1.self_attn.k_norm.weight", ptr captures(none) noalias align 4 %"model.layers.1.self_attn.o_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.post_attention_layernorm.weight", ptr captures(none) noalias align 4 %"model.layers.1.mlp.gate_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.mlp.up_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.mlp.down_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.norm.weight", ptr captures(none) noalias align 1 %"arena", i64 %"MAX_SEQ", i64 %"PAST_SEQ", i64 %"SEQ") nounwind
{
entry:
  br label %"body"
body:
  %".38" = getelementptr inbounds i8, ptr %"arena", i64 0
  %".39" = add i64 0, %"SEQ"
  call void @"embed_h128_v1024_packed16"(ptr %"input_ids", ptr %"model.embed_tokens.weight.packed16", ptr %".38", i64 %".39")
  %".41" = getelementptr inbounds i8, ptr %"arena", i64 262144
  call void @"rms_norm_d128_g128_eps1em06"(ptr %".38", ptr %"model.layers.0.input_layernorm.weight", ptr %".41", i64 %".39")
  %".43" = getelementptr inbounds i8, ptr %"arena", i64 524288
  %".44" = getelementptr inbounds i8, ptr %"arena", i64 786432
  %".45" = getelementptr inbounds i8, ptr %"arena", i64 917504
  call void @"multi_linear_k128_n128x64x64"(ptr %".41", ptr %"model.layers.0.self_attn.q_proj.weight.packed16", ptr %"model.layers.0.self_attn.k_proj.weight.packed16", ptr %"model.layers.0.self_attn.v_proj.weight.packed16", ptr %".43", ptr %".44", ptr %".45", i64 %".39")
  call void @"rms_norm_d128_g32_eps1em06"(ptr %".43", ptr %"model.layers.0.self_attn.q_norm.weight", ptr %".41", i64 %".39")
  %".48" = getelementptr inbounds i8, ptr %"arena", i64 1048576
  call void @"rms_norm_d64_g32_eps1em06"(ptr %".44", ptr %"model.layers.0.self_attn.k_norm.weight", ptr %".48", i64 %".39")
  %".50" = add i64 0, %"PAST_SEQ"
  call void @"rope_nh4_hd32"(ptr %".41", ptr %"rope.cos", ptr %"rope.sin", ptr %".43", i64 1, i64 %".39", i64 %".50")
  call void @"rope_nh2_hd32"(ptr %".48", ptr %"rope.cos", ptr %"rope.sin", ptr %".41", i64 1, i64 %".39", i64 %".50")
  %".53" = add i64 0, %"MAX_SEQ"
  call void @"kv_write_d64"(ptr %".41", ptr %"past_k", i64 1, i64 %".39", i64 %".50", i64 %".53")
  call void @"kv_write_d64"(ptr %".45", ptr %"past_v", i64 1, i64 %".39", i64 %".50", i64 %".53")
  %".56" = add i64 %".50", %"SEQ"
  call void @"attention_nh4_nkv2_hd32_causal"(ptr %".43", ptr %"past_k", ptr %"past_v", ptr %".41", i64 1, i64 %".39", i64 %".56", i64 %".53")
  call void @"linear_k128_n128"(ptr %".41", ptr %"model.layers.0.self_attn.o_proj.weight.packed16", ptr %".43", i64 %".39")
  %".59" = mul i64 %"SEQ", 128
  %".60" = add i64 0, %".59"
  call void @"add_f32"(ptr %".38", ptr %".43", ptr %".44", i64 %".60")
  %".62" = getelementptr inbounds i8, ptr %"arena", i64 393216
  call void @"rms_norm_d128_g128_eps1em06"(ptr %".44", ptr %"model.layers.0.post_attention_layernorm.weight", ptr %".62", i64 %".39")
  call void @"linear_swiglu_k128_n192"(ptr %".62", ptr %"model.layers.0.mlp.gate_proj.weight.packed16", ptr %"model.layers.0.mlp.up_proj.weight.packed16", ptr %".38", i64 %".39")
  call void @"linear_k192_n128"(ptr %".38", ptr %"model.layers.0.mlp.down_proj.weight.packed16", ptr %".62", i64 %".39")
  call void @"add_f32"(ptr %".44", ptr %".62", ptr %".38", i64 %".60")
  call void @"rms_norm_d128_g128_eps1em06"(ptr %".38", ptr %"model.layers.1.input_layernorm.weight", ptr %".41", i64 %".39")
  call void @"multi_linear_k128_n128x64x64"(ptr %".41", ptr %"model.layers.1.self_attn.q_proj.weight.packed16", ptr %"model.layers.1.self_attn.k_proj.weight.packed16", ptr %"model.layers.1.self_attn.v_proj.weight.packed16", ptr %".43", ptr %".44", ptr %".45", i64 %".39")
  call void @"rms_norm_d128_g32_eps1em06"(ptr %".43", ptr %"model.layers.1.self_attn.q_norm.weight", ptr %".41", i64 %".39")
  call void @"rms_norm_d64_g32_eps1em06"(ptr %".44", ptr %"model.layers.1.self_attn.k_norm.weight", ptr %".48", i64 %".39")
  call void @"rope_nh4_hd32"(ptr %".41", ptr %"rope.cos", ptr %"rope.sin", ptr %".43", i64 1, i64 %".39", i64 %".50")
  call void @"rope_nh2_hd32"(ptr %".48", ptr %"rope.cos", ptr %"rope.sin", ptr %".41", i64 1, i64 %".39", i64 %".50")
  call void @"kv_write_d64"(ptr %".41", ptr %"past_k.1", i64 1, i64 %".39", i64 %".50", i64 %".53")
  call void @"kv_write_d64"(ptr %".45", ptr %"past_v.1", i64 1, i64 %".39", i64 %".50", i64 %".53")
  call void @"attention_nh4_nkv2_hd32_causal"(ptr %".43", ptr %"past_k.1", ptr %"past_v.1", ptr %".41", i64 1, i64 %".39", i64 %".56", i64 %".53")
  call void @"linear_k128_n128"(ptr %".41", ptr %"model.layers.1.self_attn.o_proj.weight.packed16", ptr %".43", i64 %".39")
  call void @"add_f32"(ptr %".38", ptr %".43", ptr %".44", i64 %".60")
  call void @"rms_norm_d128_g128_eps1em06"(ptr %".44", ptr %"model.layers.1.post_attention_layernorm.weight", ptr %".62", i64 %".39")
  call void @"linear_swiglu_k128_n192"(ptr %".62", ptr %"model.layers.1.mlp.gate_proj.weight.packed16", ptr %"model.layers.1.mlp.up_proj.weight.packed16", ptr %".38", i64 %".39")
  call void @"linear_k192_n128"(ptr %".38", ptr %"model.layers.1.mlp.down_proj.weight.packed16", ptr %".62", i64 %".39")
  call void @"add_f32"(ptr %".44", ptr %".62", ptr %".38", i64 %".60")
  call void @"gather_last_h128"(ptr %".38", ptr %".41", i64 1, i64 %".39")
  call void @"rms_norm_d128_g128_eps1em06"(ptr %".41", ptr %"model.norm.weight", ptr %".38", i64 1)
  call void @"linear_k128_n1024"(ptr %".38", ptr %"model.embed_tokens.weight.packed16", ptr %"logits", i64 1)
  ret void
}

define void @"decode"(ptr captures(none) noalias align 4 %"input_ids", ptr captures(none) noalias align 4 %"past_k", ptr captures(none) noalias align 4 %"past_v", ptr captures(none) noalias align 4 %"past_k.1", ptr captures(none) noalias align 4 %"past_v.1", ptr captures(none) noalias align 4 %"logits", ptr captures(none) noalias align 4 %"rope.cos", ptr captures(none) noalias align 4 %"rope.sin", ptr captures(none) noalias align 4 %"model.embed_tokens.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.input_layernorm.weight", ptr captures(none) noalias align 4 %"model.layers.0.self_attn.q_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.self_attn.k_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.self_attn.v_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.self_attn.q_norm.weight", ptr captures(none) noalias align 4 %"model.layers.0.self_attn.k_norm.weight", ptr captures(none) noalias align 4 %"model.layers.0.self_attn.o_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.post_attention_layernorm.weight", ptr captures(none) noalias align 4 %"model.layers.0.mlp.gate_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.mlp.up_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.0.mlp.down_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.input_layernorm.weight", ptr captures(none) noalias align 4 %"model.layers.1.self_attn.q_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.self_attn.k_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.self_attn.v_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.self_attn.q_norm.weight", ptr captures(none) noalias align 4 %"model.layers.1.self_attn.k_norm.weight", ptr captures(none) noalias align 4 %"model.layers.1.self_attn.o_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.post_attention_layernorm.weight", ptr captures(none) noalias align 4 %"model.layers.1.mlp.gate_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.mlp.up_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.layers.1.mlp.down_proj.weight.packed16", ptr captures(none) noalias align 4 %"model.norm.weight", ptr captures(none) noalias align 1 %"arena", i64 %"MAX_SEQ", i64 %"PAST_SEQ") nounwind
{
entry:
  br label %"body"
body:
  %".37" = getelementptr inbounds i8, ptr %"arena", i64 0
  call void @"embed_h128_v1024_packed16"(ptr %"input_ids", ptr %"model.embed_tokens.weight.packed16", ptr %".37", i64 1)
  %".39" = getelementptr inbounds i8, ptr %"arena", i64 512
  call void @"rms_norm_d128_g128_eps1em06"(ptr %".37", ptr %"model.layers.0.input_layernorm.weight", ptr %".39", i64 1)
  %".41" = getelementptr inbounds i8, ptr %"arena", i64 1024
  %".42" = getelementptr inbounds i8, ptr %"arena", i64 1536
  %".43" = getelementptr inbounds i8, ptr %"arena", i64 1792
  call void @"multi_linear_k128_n128x64x64"(ptr %".39", ptr %"model.layers.0.self_attn.q_proj.weight.packed16", ptr %"model.layers.0.self_attn.k_proj.weight.packed16", ptr %"model.layers.0.self_attn.v_proj.weight.packed16", ptr %".41", ptr %".42", ptr %".43", i64 1)
  call void @"rms_norm_d128_g32_eps1em06"(ptr %".41", ptr %"model.layers.0.self_attn.q_norm.weight", ptr %".39", i64 1)
  %".46" = getelementptr inbounds i8, ptr %"arena", i64 2048
  call void @"rms_norm_d64_g32_eps1em06"(ptr %".42", ptr %"model.layers.0.self_attn.k_norm.weight", ptr %".46", i64 1)
  %".48" = add i64 0, %"PAST_SEQ"
  call void @"rope_nh4_hd32"(ptr %".39", ptr %"rope.cos", ptr %"rope.sin", ptr %".41", i64 1, i64 1, i64 %".48")
  call void @"rope_nh2_hd32"(ptr %".46", ptr %"rope.cos", ptr %"rope.sin", ptr %".39", i64 1, i64 1, i64 %".48")
  %".51" = add i64 0, %"MAX_SEQ"
  call void @"kv_write_d64"(ptr %".39", ptr %"past_k", i64 1, i64 1, i64 %".48", i64 %".51")
  call void @"kv_write_d64"(ptr %".43", ptr %"past_v", i64 1, i64 1, i64 %".48", i64 %".51")
  %".54" = add i64 1, %"PAST_SEQ"
  call void @"attention_nh4_nkv2_hd32_causal"(ptr %".41", ptr %"past_k", ptr %"past_v", ptr %".39", i64 1, i64 1, i64 %".54", i64 %".51")
  call void @"linear_k128_n128"(ptr %".39", ptr %"model.layers.0.self_attn.o_proj.weight.packed16", ptr %".41", i64 1)
  call void @"add_f32"(ptr %".37", ptr %".41", ptr %".42", i64 128)
  %".58" = getelementptr inbounds i8, ptr %"arena", i64 768
  call void @"rms_norm_d128_g128_eps1em06"(ptr %".42", ptr %"model.layers.0.post_attention_layernorm.weight", ptr %".58", i64 1)
  call void @"linear_swiglu_k128_n192"(ptr %".58", ptr %"model.layers.0.mlp.gate_proj.weight.packed16", ptr %"model.layers.0.mlp.up_proj.weight.packed16", ptr %".37", i64 1)
  call void @"linear_k192_n128"(ptr %".37", ptr %"model.layers.0.mlp.down_proj.weight.packed16", ptr %".58", i64 1)
  call void @"add_f32"(ptr %".42", ptr %".58", ptr %".37", i64 128)
  call void @"rms_norm_d128_g128_eps1em06"(ptr %".37", ptr %"model.layers.1.input_layernorm.weight", ptr %".39", i64 1)
  call void @"multi_linear_k128_n128x64x64"(ptr %".39", ptr %"model.layers.1.self_attn.q_proj.weight.packed16", ptr %"model.layers.1.self_attn.k_proj.weight.packed16", ptr %"model.layers.1.self_attn.v_proj.weight.packed16", ptr %".41", ptr %".42", ptr %".43", i64 1)
  call void @"rms_norm_d128_g32_eps1em06"(ptr %".41", ptr %"model.layers.1.self_attn.q_norm.weight", ptr %".39", i64 1)
  call void @"rms_norm_d64_g32_eps1em06"(ptr %".42", ptr %"model.layers.1.self_attn.k_norm.weight", ptr %".46", i64 1)
  call void @"rope_nh4_hd32"(ptr %".39", ptr %"rope.cos", ptr %"rope.sin", ptr %".41", i64 1, i64 1, i64 %".48")
  call void @"rope_nh2_hd32"(ptr %".46", ptr %"rope.cos", ptr %"rope.sin", ptr %".39", i64 1, i64 1, i64 %".48")
  call void @"kv_write_d64"(ptr %".39", ptr %"past_k.1", i64 1, i64 1, i64 %".48", i64 %".51")
  call void @"kv_write_d64"(ptr %".43", ptr %"past_v.1", i64 1, i64 1, i64 %".48", i64 %".51")
  call void @"attention_nh4_nkv2_hd32_causal"(ptr %".41", ptr %"past_k.1", ptr %"past_v.1", ptr %".39", i64 1, i64 1, i64 %".54", i64 %".51")
  call void @"linear_k128_n128"(ptr %".39", ptr %"model.layers.1.self_attn.o_proj.weight.packed16", ptr %".41", i64 1)
  call void @"add_f32"(ptr %".37", ptr %".41", ptr %".42", i64 128)
  call void @"rms_norm_d128_g128_eps1em06"(ptr %".42", ptr %"model.layers.1.post_attention_layernorm.weight", ptr %".58", i64 1)
  call void @"linear_swiglu_k128_n192"(ptr %".58", ptr %"model.layers.1.mlp.gate_proj.weight.packed16", ptr %"model.layers.1.mlp.up_proj.weight.packed16", ptr %".37", i64 1)
  call void @"linear_k192_n128"(ptr %".37", ptr %"model.layers.1.mlp.down_proj.weight.packed16", ptr %".58", i64 1)
  call void @"add_f32"(ptr %".42", ptr %".58", ptr %".37", i64 128)
  call void @"rms_norm_d128_g128_eps1em06"(ptr %".37", ptr %"model.norm.weight", ptr %".39", i64 1)
  call void @"linear_k128_n1024"(ptr %".39", ptr %"model.embed_tokens.weight.packed16", ptr %"logits", i64 1)
  ret void
}

define internal void @"add_f32"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", ptr captures(none) noalias align 4 %".3", i64 %".4") noinline nounwind
{
entry:
  %"add_f32.par0.ctx" = alloca {i64, i64, i64, i64, i64, ptr, ptr, ptr}
  br label %"body"
body:
  %".6" = add i64 %".4", 4095
  %".7" = udiv i64 %".6", 4096
  %".8" = icmp ult i64 %".4", 524288
  br i1 %".8", label %"if.then", label %"if.else"
if.then:
  br label %"for.header"
if.else:
  %".44" = getelementptr {i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"add_f32.par0.ctx", i32 0, i32 0
  store i64 0, ptr %".44"
  %".46" = getelementptr {i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"add_f32.par0.ctx", i32 0, i32 1
  store i64 %".7", ptr %".46"
  %".48" = getelementptr {i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"add_f32.par0.ctx", i32 0, i32 2
  store i64 1, ptr %".48"
  %".50" = getelementptr {i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"add_f32.par0.ctx", i32 0, i32 3
  store i64 0, ptr %".50"
  %".52" = getelementptr {i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"add_f32.par0.ctx", i32 0, i32 4
  store i64 %".4", ptr %".52"
  %".54" = getelementptr {i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"add_f32.par0.ctx", i32 0, i32 5
  store ptr %".1", ptr %".54"
  %".56" = getelementptr {i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"add_f32.par0.ctx", i32 0, i32 6
  store ptr %".2", ptr %".56"
  %".58" = getelementptr {i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"add_f32.par0.ctx", i32 0, i32 7
  store ptr %".3", ptr %".58"
  call void @"GOMP_parallel"(void (ptr)* @"add_f32.par0", ptr %"add_f32.par0.ctx", i32 0, i32 0)
  br label %"if.end"
if.end:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"if.then"], [%"for.next.2", %"for.exit.2"]
  %".11" = icmp slt i64 %"for.iv", %".7"
  br i1 %".11", label %"for.body", label %"for.exit"
for.body:
  %".13" = mul i64 %"for.iv", 4096
  %".14" = add i64 %".13", 4096
  %".15" = call i64 @"llvm.umin.i64"(i64 %".14", i64 %".4")
  %".16" = sub i64 %".15", %".13"
  %".17" = udiv i64 %".16", 8
  %".18" = mul i64 %".17", 8
  %".19" = add i64 %".13", %".18"
  br label %"for.header.1"
for.exit:
  br label %"if.end"
for.header.1:
  %"for.iv.1" = phi  i64 [%".13", %"for.body"], [%"for.next", %"for.body.1"]
  %".21" = icmp slt i64 %"for.iv.1", %".19"
  br i1 %".21", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".23" = getelementptr inbounds float, ptr %".1", i64 %"for.iv.1"
  %".24" = load <8 x float>, ptr %".23", align 4
  %".25" = getelementptr inbounds float, ptr %".2", i64 %"for.iv.1"
  %".26" = load <8 x float>, ptr %".25", align 4
  %".27" = fadd afn arcp contract nsz reassoc <8 x float> %".24", %".26"
  %".28" = getelementptr inbounds float, ptr %".3", i64 %"for.iv.1"
  store <8 x float> %".27", ptr %".28", align 4
  %"for.next" = add nsw i64 %"for.iv.1", 8
  br label %"for.header.1"
for.exit.1:
  br label %"for.header.2"
for.header.2:
  %"for.iv.2" = phi  i64 [%".19", %"for.exit.1"], [%"for.next.1", %"for.body.2"]
  %".32" = icmp slt i64 %"for.iv.2", %".15"
  br i1 %".32", label %"for.body.2", label %"for.exit.2"
for.body.2:
  %".34" = getelementptr inbounds float, ptr %".1", i64 %"for.iv.2"
  %".35" = load float, ptr %".34", align 4
  %".36" = getelementptr inbounds float, ptr %".2", i64 %"for.iv.2"
  %".37" = load float, ptr %".36", align 4
  %".38" = fadd afn arcp contract nsz reassoc float %".35", %".37"
  %".39" = getelementptr inbounds float, ptr %".3", i64 %"for.iv.2"
  store float %".38", ptr %".39", align 4
  %"for.next.1" = add nsw i64 %"for.iv.2", 1
  br label %"for.header.2"
for.exit.2:
  %"for.next.2" = add nsw i64 %"for.iv", 1
  br label %"for.header"
}

define internal void @"attention_nh4_nkv2_hd32_causal"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", ptr captures(none) noalias align 4 %".3", ptr captures(none) noalias align 4 %".4", i64 %".5", i64 %".6", i64 %".7", i64 %".8") noinline nounwind
{
entry:
  %".31" = alloca [96 x float], align 64
  %".32" = alloca [256 x float], align 64
  %"attention_nh4_nkv2_hd32_causal.par1.ctx" = alloca {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}
  br label %"body"
body:
  %".10" = add i64 %".6", 15
  %".11" = udiv i64 %".10", 16
  %".12" = mul i64 %".5", 2
  %".13" = mul i64 %".12", %".11"
  %".14" = sub i64 %".7", %".6"
  %".15" = mul i64 %".5", %".6"
  %".16" = mul i64 %".15", %".7"
  %".17" = mul i64 %".16", 128
  %".18" = icmp ult i64 %".17", 524288
  br i1 %".18", label %"if.then", label %"if.else"
if.then:
  br label %"for.header"
if.else:
  %".2424" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"attention_nh4_nkv2_hd32_causal.par1.ctx", i32 0, i32 0
  store i64 0, ptr %".2424"
  %".2426" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"attention_nh4_nkv2_hd32_causal.par1.ctx", i32 0, i32 1
  store i64 %".13", ptr %".2426"
  %".2428" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"attention_nh4_nkv2_hd32_causal.par1.ctx", i32 0, i32 2
  store i64 1, ptr %".2428"
  %".2430" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"attention_nh4_nkv2_hd32_causal.par1.ctx", i32 0, i32 3
  store i64 0, ptr %".2430"
  %".2432" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"attention_nh4_nkv2_hd32_causal.par1.ctx", i32 0, i32 4
  store i64 %".11", ptr %".2432"
  %".2434" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"attention_nh4_nkv2_hd32_causal.par1.ctx", i32 0, i32 5
  store i64 %".6", ptr %".2434"
  %".2436" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"attention_nh4_nkv2_hd32_causal.par1.ctx", i32 0, i32 6
  store i64 %".8", ptr %".2436"
  %".2438" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"attention_nh4_nkv2_hd32_causal.par1.ctx", i32 0, i32 7
  store ptr %".4", ptr %".2438"
  %".2440" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"attention_nh4_nkv2_hd32_causal.par1.ctx", i32 0, i32 8
  store i64 %".14", ptr %".2440"
  %".2442" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"attention_nh4_nkv2_hd32_causal.par1.ctx", i32 0, i32 9
  store ptr %".1", ptr %".2442"
  %".2444" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"attention_nh4_nkv2_hd32_causal.par1.ctx", i32 0, i32 10
  store ptr %".2", ptr %".2444"
  %".2446" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"attention_nh4_nkv2_hd32_causal.par1.ctx", i32 0, i32 11
  store ptr %".3", ptr %".2446"
  call void @"GOMP_parallel"(void (ptr)* @"attention_nh4_nkv2_hd32_causal.par1", ptr %"attention_nh4_nkv2_hd32_causal.par1.ctx", i32 0, i32 0)
  br label %"if.end"
if.end:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"if.then"], [%"for.next.15", %"for.exit.14"]
  %".21" = icmp slt i64 %"for.iv", %".13"
  br i1 %".21", label %"for.body", label %"for.exit"
for.body:
  %".23" = urem i64 %"for.iv", %".11"
  %".24" = udiv i64 %"for.iv", %".11"
  %".25" = urem i64 %".24", 2
  %".26" = udiv i64 %".24", 2
  %".27" = mul i64 %".23", 16
  %".28" = sub i64 %".6", %".27"
  %".29" = call i64 @"llvm.umin.i64"(i64 %".28", i64 16)
  %".30" = mul i64 %".29", 2
  %".33" = mul i64 %".26", %".8"
  %".34" = mul i64 %".33", 64
  %".35" = mul i64 %".25", 32
  %".36" = add i64 %".34", %".35"
  %".37" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".38" = shufflevector <8 x float> %".37", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".39" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0x3fc6a09e60000000, i32 0
  %".40" = shufflevector <8 x float> %".39", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.1"
for.exit:
  br label %"if.end"
for.header.1:
  %"for.iv.1" = phi  i64 [0, %"for.body"], [%"for.next", %"for.body.1"]
  %".42" = icmp slt i64 %"for.iv.1", %".30"
  br i1 %".42", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".44" = udiv i64 %"for.iv.1", 2
  %".45" = urem i64 %"for.iv.1", 2
  %".46" = add i64 %".27", %".44"
  %".47" = mul i64 %".25", 2
  %".48" = add i64 %".47", %".45"
  %".49" = mul i64 %".26", %".6"
  %".50" = add i64 %".49", %".46"
  %".51" = mul i64 %".50", 4
  %".52" = add i64 %".51", %".48"
  %".53" = mul i64 %".52", 32
  %".54" = getelementptr inbounds float, ptr %".4", i64 %".53"
  store <8 x float> %".38", ptr %".54", align 4
  %".56" = add i64 %".53", 8
  %".57" = getelementptr inbounds float, ptr %".4", i64 %".56"
  store <8 x float> %".38", ptr %".57", align 4
  %".59" = add i64 %".53", 16
  %".60" = getelementptr inbounds float, ptr %".4", i64 %".59"
  store <8 x float> %".38", ptr %".60", align 4
  %".62" = add i64 %".53", 24
  %".63" = getelementptr inbounds float, ptr %".4", i64 %".62"
  store <8 x float> %".38", ptr %".63", align 4
  %".65" = getelementptr inbounds float, ptr %".31", i64 %"for.iv.1"
  store float 0xc6293e5940000000, ptr %".65", align 4
  %".67" = add i64 %"for.iv.1", 32
  %".68" = getelementptr inbounds float, ptr %".31", i64 %".67"
  store float              0x0, ptr %".68", align 4
  %"for.next" = add nsw i64 %"for.iv.1", 1
  br label %"for.header.1"
for.exit.1:
  %".71" = add i64 %".14", %".27"
  %".72" = add i64 %".71", 1
  %".73" = udiv i64 %".72", 8
  %".74" = mul i64 %".73", 8
  %".75" = add i64 %".27", %".29"
  %".76" = sub i64 %".75", 1
  %".77" = add i64 %".14", %".76"
  %".78" = add i64 %".77", 1
  %".79" = udiv i64 %".78", 8
  %".80" = mul i64 %".79", 8
  br label %"for.header.2"
for.header.2:
  %"for.iv.2" = phi  i64 [0, %"for.exit.1"], [%"for.next.6", %"for.exit.7"]
  %".82" = icmp slt i64 %"for.iv.2", %".74"
  br i1 %".82", label %"for.body.2", label %"for.exit.2"
for.body.2:
  %".84" = mul i64 %"for.iv.2", 64
  %".85" = add i64 %".36", %".84"
  %".86" = add i64 %"for.iv.2", 1
  %".87" = mul i64 %".86", 64
  %".88" = add i64 %".36", %".87"
  %".89" = add i64 %"for.iv.2", 2
  %".90" = mul i64 %".89", 64
  %".91" = add i64 %".36", %".90"
  %".92" = add i64 %"for.iv.2", 3
  %".93" = mul i64 %".92", 64
  %".94" = add i64 %".36", %".93"
  %".95" = add i64 %"for.iv.2", 4
  %".96" = mul i64 %".95", 64
  %".97" = add i64 %".36", %".96"
  %".98" = add i64 %"for.iv.2", 5
  %".99" = mul i64 %".98", 64
  %".100" = add i64 %".36", %".99"
  %".101" = add i64 %"for.iv.2", 6
  %".102" = mul i64 %".101", 64
  %".103" = add i64 %".36", %".102"
  %".104" = add i64 %"for.iv.2", 7
  %".105" = mul i64 %".104", 64
  %".106" = add i64 %".36", %".105"
  %".107" = udiv i64 %".30", 2
  %".108" = mul i64 %".107", 2
  br label %"for.header.3"
for.exit.2:
  br label %"for.header.8"
for.header.3:
  %"for.iv.3" = phi  i64 [0, %"for.body.2"], [%"for.next.1", %"for.body.3"]
  %".110" = icmp slt i64 %"for.iv.3", %".108"
  br i1 %".110", label %"for.body.3", label %"for.exit.3"
for.body.3:
  %".112" = udiv i64 %"for.iv.3", 2
  %".113" = urem i64 %"for.iv.3", 2
  %".114" = add i64 %".27", %".112"
  %".115" = mul i64 %".25", 2
  %".116" = add i64 %".115", %".113"
  %".117" = mul i64 %".26", %".6"
  %".118" = add i64 %".117", %".114"
  %".119" = mul i64 %".118", 4
  %".120" = add i64 %".119", %".116"
  %".121" = mul i64 %".120", 32
  %".122" = add i64 %"for.iv.3", 1
  %".123" = udiv i64 %".122", 2
  %".124" = urem i64 %".122", 2
  %".125" = add i64 %".27", %".123"
  %".126" = add i64 %".115", %".124"
  %".127" = add i64 %".117", %".125"
  %".128" = mul i64 %".127", 4
  %".129" = add i64 %".128", %".126"
  %".130" = mul i64 %".129", 32
  %".131" = getelementptr inbounds float, ptr %".1", i64 %".121"
  %".132" = load <8 x float>, ptr %".131", align 4
  %".133" = getelementptr inbounds float, ptr %".1", i64 %".130"
  %".134" = load <8 x float>, ptr %".133", align 4
  %".135" = getelementptr inbounds float, ptr %".2", i64 %".85"
  %".136" = load <8 x float>, ptr %".135", align 4
  %".137" = fmul afn arcp contract nsz reassoc <8 x float> %".132", %".136"
  %".138" = fmul afn arcp contract nsz reassoc <8 x float> %".134", %".136"
  %".139" = getelementptr inbounds float, ptr %".2", i64 %".88"
  %".140" = load <8 x float>, ptr %".139", align 4
  %".141" = fmul afn arcp contract nsz reassoc <8 x float> %".132", %".140"
  %".142" = fmul afn arcp contract nsz reassoc <8 x float> %".134", %".140"
  %".143" = getelementptr inbounds float, ptr %".2", i64 %".91"
  %".144" = load <8 x float>, ptr %".143", align 4
  %".145" = fmul afn arcp contract nsz reassoc <8 x float> %".132", %".144"
  %".146" = fmul afn arcp contract nsz reassoc <8 x float> %".134", %".144"
  %".147" = getelementptr inbounds float, ptr %".2", i64 %".94"
  %".148" = load <8 x float>, ptr %".147", align 4
  %".149" = fmul afn arcp contract nsz reassoc <8 x float> %".132", %".148"
  %".150" = fmul afn arcp contract nsz reassoc <8 x float> %".134", %".148"
  %".151" = getelementptr inbounds float, ptr %".2", i64 %".97"
  %".152" = load <8 x float>, ptr %".151", align 4
  %".153" = fmul afn arcp contract nsz reassoc <8 x float> %".132", %".152"
  %".154" = fmul afn arcp contract nsz reassoc <8 x float> %".134", %".152"
  %".155" = getelementptr inbounds float, ptr %".2", i64 %".100"
  %".156" = load <8 x float>, ptr %".155", align 4
  %".157" = fmul afn arcp contract nsz reassoc <8 x float> %".132", %".156"
  %".158" = fmul afn arcp contract nsz reassoc <8 x float> %".134", %".156"
  %".159" = getelementptr inbounds float, ptr %".2", i64 %".103"
  %".160" = load <8 x float>, ptr %".159", align 4
  %".161" = fmul afn arcp contract nsz reassoc <8 x float> %".132", %".160"
  %".162" = fmul afn arcp contract nsz reassoc <8 x float> %".134", %".160"
  %".163" = getelementptr inbounds float, ptr %".2", i64 %".106"
  %".164" = load <8 x float>, ptr %".163", align 4
  %".165" = fmul afn arcp contract nsz reassoc <8 x float> %".132", %".164"
  %".166" = fmul afn arcp contract nsz reassoc <8 x float> %".134", %".164"
  %".167" = add i64 %".121", 8
  %".168" = getelementptr inbounds float, ptr %".1", i64 %".167"
  %".169" = load <8 x float>, ptr %".168", align 4
  %".170" = add i64 %".130", 8
  %".171" = getelementptr inbounds float, ptr %".1", i64 %".170"
  %".172" = load <8 x float>, ptr %".171", align 4
  %".173" = add i64 %".85", 8
  %".174" = getelementptr inbounds float, ptr %".2", i64 %".173"
  %".175" = load <8 x float>, ptr %".174", align 4
  %".176" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".169", <8 x float> %".175", <8 x float> %".137")
  %".177" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".172", <8 x float> %".175", <8 x float> %".138")
  %".178" = add i64 %".88", 8
  %".179" = getelementptr inbounds float, ptr %".2", i64 %".178"
  %".180" = load <8 x float>, ptr %".179", align 4
  %".181" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".169", <8 x float> %".180", <8 x float> %".141")
  %".182" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".172", <8 x float> %".180", <8 x float> %".142")
  %".183" = add i64 %".91", 8
  %".184" = getelementptr inbounds float, ptr %".2", i64 %".183"
  %".185" = load <8 x float>, ptr %".184", align 4
  %".186" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".169", <8 x float> %".185", <8 x float> %".145")
  %".187" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".172", <8 x float> %".185", <8 x float> %".146")
  %".188" = add i64 %".94", 8
  %".189" = getelementptr inbounds float, ptr %".2", i64 %".188"
  %".190" = load <8 x float>, ptr %".189", align 4
  %".191" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".169", <8 x float> %".190", <8 x float> %".149")
  %".192" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".172", <8 x float> %".190", <8 x float> %".150")
  %".193" = add i64 %".97", 8
  %".194" = getelementptr inbounds float, ptr %".2", i64 %".193"
  %".195" = load <8 x float>, ptr %".194", align 4
  %".196" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".169", <8 x float> %".195", <8 x float> %".153")
  %".197" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".172", <8 x float> %".195", <8 x float> %".154")
  %".198" = add i64 %".100", 8
  %".199" = getelementptr inbounds float, ptr %".2", i64 %".198"
  %".200" = load <8 x float>, ptr %".199", align 4
  %".201" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".169", <8 x float> %".200", <8 x float> %".157")
  %".202" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".172", <8 x float> %".200", <8 x float> %".158")
  %".203" = add i64 %".103", 8
  %".204" = getelementptr inbounds float, ptr %".2", i64 %".203"
  %".205" = load <8 x float>, ptr %".204", align 4
  %".206" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".169", <8 x float> %".205", <8 x float> %".161")
  %".207" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".172", <8 x float> %".205", <8 x float> %".162")
  %".208" = add i64 %".106", 8
  %".209" = getelementptr inbounds float, ptr %".2", i64 %".208"
  %".210" = load <8 x float>, ptr %".209", align 4
  %".211" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".169", <8 x float> %".210", <8 x float> %".165")
  %".212" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".172", <8 x float> %".210", <8 x float> %".166")
  %".213" = add i64 %".121", 16
  %".214" = getelementptr inbounds float, ptr %".1", i64 %".213"
  %".215" = load <8 x float>, ptr %".214", align 4
  %".216" = add i64 %".130", 16
  %".217" = getelementptr inbounds float, ptr %".1", i64 %".216"
  %".218" = load <8 x float>, ptr %".217", align 4
  %".219" = add i64 %".85", 16
  %".220" = getelementptr inbounds float, ptr %".2", i64 %".219"
  %".221" = load <8 x float>, ptr %".220", align 4
  %".222" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".215", <8 x float> %".221", <8 x float> %".176")
  %".223" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".218", <8 x float> %".221", <8 x float> %".177")
  %".224" = add i64 %".88", 16
  %".225" = getelementptr inbounds float, ptr %".2", i64 %".224"
  %".226" = load <8 x float>, ptr %".225", align 4
  %".227" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".215", <8 x float> %".226", <8 x float> %".181")
  %".228" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".218", <8 x float> %".226", <8 x float> %".182")
  %".229" = add i64 %".91", 16
  %".230" = getelementptr inbounds float, ptr %".2", i64 %".229"
  %".231" = load <8 x float>, ptr %".230", align 4
  %".232" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".215", <8 x float> %".231", <8 x float> %".186")
  %".233" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".218", <8 x float> %".231", <8 x float> %".187")
  %".234" = add i64 %".94", 16
  %".235" = getelementptr inbounds float, ptr %".2", i64 %".234"
  %".236" = load <8 x float>, ptr %".235", align 4
  %".237" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".215", <8 x float> %".236", <8 x float> %".191")
  %".238" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".218", <8 x float> %".236", <8 x float> %".192")
  %".239" = add i64 %".97", 16
  %".240" = getelementptr inbounds float, ptr %".2", i64 %".239"
  %".241" = load <8 x float>, ptr %".240", align 4
  %".242" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".215", <8 x float> %".241", <8 x float> %".196")
  %".243" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".218", <8 x float> %".241", <8 x float> %".197")
  %".244" = add i64 %".100", 16
  %".245" = getelementptr inbounds float, ptr %".2", i64 %".244"
  %".246" = load <8 x float>, ptr %".245", align 4
  %".247" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".215", <8 x float> %".246", <8 x float> %".201")
  %".248" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".218", <8 x float> %".246", <8 x float> %".202")
  %".249" = add i64 %".103", 16
  %".250" = getelementptr inbounds float, ptr %".2", i64 %".249"
  %".251" = load <8 x float>, ptr %".250", align 4
  %".252" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".215", <8 x float> %".251", <8 x float> %".206")
  %".253" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".218", <8 x float> %".251", <8 x float> %".207")
  %".254" = add i64 %".106", 16
  %".255" = getelementptr inbounds float, ptr %".2", i64 %".254"
  %".256" = load <8 x float>, ptr %".255", align 4
  %".257" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".215", <8 x float> %".256", <8 x float> %".211")
  %".258" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".218", <8 x float> %".256", <8 x float> %".212")
  %".259" = add i64 %".121", 24
  %".260" = getelementptr inbounds float, ptr %".1", i64 %".259"
  %".261" = load <8 x float>, ptr %".260", align 4
  %".262" = add i64 %".130", 24
  %".263" = getelementptr inbounds float, ptr %".1", i64 %".262"
  %".264" = load <8 x float>, ptr %".263", align 4
  %".265" = add i64 %".85", 24
  %".266" = getelementptr inbounds float, ptr %".2", i64 %".265"
  %".267" = load <8 x float>, ptr %".266", align 4
  %".268" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".261", <8 x float> %".267", <8 x float> %".222")
  %".269" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".264", <8 x float> %".267", <8 x float> %".223")
  %".270" = add i64 %".88", 24
  %".271" = getelementptr inbounds float, ptr %".2", i64 %".270"
  %".272" = load <8 x float>, ptr %".271", align 4
  %".273" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".261", <8 x float> %".272", <8 x float> %".227")
  %".274" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".264", <8 x float> %".272", <8 x float> %".228")
  %".275" = add i64 %".91", 24
  %".276" = getelementptr inbounds float, ptr %".2", i64 %".275"
  %".277" = load <8 x float>, ptr %".276", align 4
  %".278" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".261", <8 x float> %".277", <8 x float> %".232")
  %".279" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".264", <8 x float> %".277", <8 x float> %".233")
  %".280" = add i64 %".94", 24
  %".281" = getelementptr inbounds float, ptr %".2", i64 %".280"
  %".282" = load <8 x float>, ptr %".281", align 4
  %".283" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".261", <8 x float> %".282", <8 x float> %".237")
  %".284" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".264", <8 x float> %".282", <8 x float> %".238")
  %".285" = add i64 %".97", 24
  %".286" = getelementptr inbounds float, ptr %".2", i64 %".285"
  %".287" = load <8 x float>, ptr %".286", align 4
  %".288" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".261", <8 x float> %".287", <8 x float> %".242")
  %".289" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".264", <8 x float> %".287", <8 x float> %".243")
  %".290" = add i64 %".100", 24
  %".291" = getelementptr inbounds float, ptr %".2", i64 %".290"
  %".292" = load <8 x float>, ptr %".291", align 4
  %".293" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".261", <8 x float> %".292", <8 x float> %".247")
  %".294" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".264", <8 x float> %".292", <8 x float> %".248")
  %".295" = add i64 %".103", 24
  %".296" = getelementptr inbounds float, ptr %".2", i64 %".295"
  %".297" = load <8 x float>, ptr %".296", align 4
  %".298" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".261", <8 x float> %".297", <8 x float> %".252")
  %".299" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".264", <8 x float> %".297", <8 x float> %".253")
  %".300" = add i64 %".106", 24
  %".301" = getelementptr inbounds float, ptr %".2", i64 %".300"
  %".302" = load <8 x float>, ptr %".301", align 4
  %".303" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".261", <8 x float> %".302", <8 x float> %".257")
  %".304" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".264", <8 x float> %".302", <8 x float> %".258")
  %".305" = shufflevector <8 x float> %".268", <8 x float> %".273", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".306" = shufflevector <8 x float> %".268", <8 x float> %".273", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".307" = fadd afn arcp contract nsz reassoc <8 x float> %".305", %".306"
  %".308" = shufflevector <8 x float> %".278", <8 x float> %".283", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".309" = shufflevector <8 x float> %".278", <8 x float> %".283", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".310" = fadd afn arcp contract nsz reassoc <8 x float> %".308", %".309"
  %".311" = shufflevector <8 x float> %".288", <8 x float> %".293", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".312" = shufflevector <8 x float> %".288", <8 x float> %".293", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".313" = fadd afn arcp contract nsz reassoc <8 x float> %".311", %".312"
  %".314" = shufflevector <8 x float> %".298", <8 x float> %".303", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".315" = shufflevector <8 x float> %".298", <8 x float> %".303", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".316" = fadd afn arcp contract nsz reassoc <8 x float> %".314", %".315"
  %".317" = shufflevector <8 x float> %".307", <8 x float> %".310", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".318" = shufflevector <8 x float> %".307", <8 x float> %".310", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".319" = fadd afn arcp contract nsz reassoc <8 x float> %".317", %".318"
  %".320" = shufflevector <8 x float> %".313", <8 x float> %".316", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".321" = shufflevector <8 x float> %".313", <8 x float> %".316", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".322" = fadd afn arcp contract nsz reassoc <8 x float> %".320", %".321"
  %".323" = shufflevector <8 x float> %".319", <8 x float> %".322", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".324" = shufflevector <8 x float> %".319", <8 x float> %".322", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".325" = fadd afn arcp contract nsz reassoc <8 x float> %".323", %".324"
  %".326" = fmul afn arcp contract nsz reassoc <8 x float> %".325", %".40"
  %".327" = mul i64 %"for.iv.3", 8
  %".328" = getelementptr inbounds float, ptr %".32", i64 %".327"
  store <8 x float> %".326", ptr %".328", align 4
  %".330" = shufflevector <8 x float> %".269", <8 x float> %".274", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".331" = shufflevector <8 x float> %".269", <8 x float> %".274", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".332" = fadd afn arcp contract nsz reassoc <8 x float> %".330", %".331"
  %".333" = shufflevector <8 x float> %".279", <8 x float> %".284", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".334" = shufflevector <8 x float> %".279", <8 x float> %".284", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".335" = fadd afn arcp contract nsz reassoc <8 x float> %".333", %".334"
  %".336" = shufflevector <8 x float> %".289", <8 x float> %".294", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".337" = shufflevector <8 x float> %".289", <8 x float> %".294", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".338" = fadd afn arcp contract nsz reassoc <8 x float> %".336", %".337"
  %".339" = shufflevector <8 x float> %".299", <8 x float> %".304", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".340" = shufflevector <8 x float> %".299", <8 x float> %".304", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".341" = fadd afn arcp contract nsz reassoc <8 x float> %".339", %".340"
  %".342" = shufflevector <8 x float> %".332", <8 x float> %".335", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".343" = shufflevector <8 x float> %".332", <8 x float> %".335", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".344" = fadd afn arcp contract nsz reassoc <8 x float> %".342", %".343"
  %".345" = shufflevector <8 x float> %".338", <8 x float> %".341", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".346" = shufflevector <8 x float> %".338", <8 x float> %".341", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".347" = fadd afn arcp contract nsz reassoc <8 x float> %".345", %".346"
  %".348" = shufflevector <8 x float> %".344", <8 x float> %".347", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".349" = shufflevector <8 x float> %".344", <8 x float> %".347", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".350" = fadd afn arcp contract nsz reassoc <8 x float> %".348", %".349"
  %".351" = fmul afn arcp contract nsz reassoc <8 x float> %".350", %".40"
  %".352" = mul i64 %".122", 8
  %".353" = getelementptr inbounds float, ptr %".32", i64 %".352"
  store <8 x float> %".351", ptr %".353", align 4
  %"for.next.1" = add nsw i64 %"for.iv.3", 2
  br label %"for.header.3"
for.exit.3:
  br label %"for.header.4"
for.header.4:
  %"for.iv.4" = phi  i64 [%".108", %"for.exit.3"], [%"for.next.2", %"for.body.4"]
  %".357" = icmp slt i64 %"for.iv.4", %".30"
  br i1 %".357", label %"for.body.4", label %"for.exit.4"
for.body.4:
  %".359" = udiv i64 %"for.iv.4", 2
  %".360" = urem i64 %"for.iv.4", 2
  %".361" = add i64 %".27", %".359"
  %".362" = mul i64 %".25", 2
  %".363" = add i64 %".362", %".360"
  %".364" = mul i64 %".26", %".6"
  %".365" = add i64 %".364", %".361"
  %".366" = mul i64 %".365", 4
  %".367" = add i64 %".366", %".363"
  %".368" = mul i64 %".367", 32
  %".369" = getelementptr inbounds float, ptr %".1", i64 %".368"
  %".370" = load <8 x float>, ptr %".369", align 4
  %".371" = getelementptr inbounds float, ptr %".2", i64 %".85"
  %".372" = load <8 x float>, ptr %".371", align 4
  %".373" = fmul afn arcp contract nsz reassoc <8 x float> %".370", %".372"
  %".374" = getelementptr inbounds float, ptr %".2", i64 %".88"
  %".375" = load <8 x float>, ptr %".374", align 4
  %".376" = fmul afn arcp contract nsz reassoc <8 x float> %".370", %".375"
  %".377" = getelementptr inbounds float, ptr %".2", i64 %".91"
  %".378" = load <8 x float>, ptr %".377", align 4
  %".379" = fmul afn arcp contract nsz reassoc <8 x float> %".370", %".378"
  %".380" = getelementptr inbounds float, ptr %".2", i64 %".94"
  %".381" = load <8 x float>, ptr %".380", align 4
  %".382" = fmul afn arcp contract nsz reassoc <8 x float> %".370", %".381"
  %".383" = getelementptr inbounds float, ptr %".2", i64 %".97"
  %".384" = load <8 x float>, ptr %".383", align 4
  %".385" = fmul afn arcp contract nsz reassoc <8 x float> %".370", %".384"
  %".386" = getelementptr inbounds float, ptr %".2", i64 %".100"
  %".387" = load <8 x float>, ptr %".386", align 4
  %".388" = fmul afn arcp contract nsz reassoc <8 x float> %".370", %".387"
  %".389" = getelementptr inbounds float, ptr %".2", i64 %".103"
  %".390" = load <8 x float>, ptr %".389", align 4
  %".391" = fmul afn arcp contract nsz reassoc <8 x float> %".370", %".390"
  %".392" = getelementptr inbounds float, ptr %".2", i64 %".106"
  %".393" = load <8 x float>, ptr %".392", align 4
  %".394" = fmul afn arcp contract nsz reassoc <8 x float> %".370", %".393"
  %".395" = add i64 %".368", 8
  %".396" = getelementptr inbounds float, ptr %".1", i64 %".395"
  %".397" = load <8 x float>, ptr %".396", align 4
  %".398" = add i64 %".85", 8
  %".399" = getelementptr inbounds float, ptr %".2", i64 %".398"
  %".400" = load <8 x float>, ptr %".399", align 4
  %".401" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".397", <8 x float> %".400", <8 x float> %".373")
  %".402" = add i64 %".88", 8
  %".403" = getelementptr inbounds float, ptr %".2", i64 %".402"
  %".404" = load <8 x float>, ptr %".403", align 4
  %".405" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".397", <8 x float> %".404", <8 x float> %".376")
  %".406" = add i64 %".91", 8
  %".407" = getelementptr inbounds float, ptr %".2", i64 %".406"
  %".408" = load <8 x float>, ptr %".407", align 4
  %".409" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".397", <8 x float> %".408", <8 x float> %".379")
  %".410" = add i64 %".94", 8
  %".411" = getelementptr inbounds float, ptr %".2", i64 %".410"
  %".412" = load <8 x float>, ptr %".411", align 4
  %".413" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".397", <8 x float> %".412", <8 x float> %".382")
  %".414" = add i64 %".97", 8
  %".415" = getelementptr inbounds float, ptr %".2", i64 %".414"
  %".416" = load <8 x float>, ptr %".415", align 4
  %".417" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".397", <8 x float> %".416", <8 x float> %".385")
  %".418" = add i64 %".100", 8
  %".419" = getelementptr inbounds float, ptr %".2", i64 %".418"
  %".420" = load <8 x float>, ptr %".419", align 4
  %".421" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".397", <8 x float> %".420", <8 x float> %".388")
  %".422" = add i64 %".103", 8
  %".423" = getelementptr inbounds float, ptr %".2", i64 %".422"
  %".424" = load <8 x float>, ptr %".423", align 4
  %".425" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".397", <8 x float> %".424", <8 x float> %".391")
  %".426" = add i64 %".106", 8
  %".427" = getelementptr inbounds float, ptr %".2", i64 %".426"
  %".428" = load <8 x float>, ptr %".427", align 4
  %".429" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".397", <8 x float> %".428", <8 x float> %".394")
  %".430" = add i64 %".368", 16
  %".431" = getelementptr inbounds float, ptr %".1", i64 %".430"
  %".432" = load <8 x float>, ptr %".431", align 4
  %".433" = add i64 %".85", 16
  %".434" = getelementptr inbounds float, ptr %".2", i64 %".433"
  %".435" = load <8 x float>, ptr %".434", align 4
  %".436" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".432", <8 x float> %".435", <8 x float> %".401")
  %".437" = add i64 %".88", 16
  %".438" = getelementptr inbounds float, ptr %".2", i64 %".437"
  %".439" = load <8 x float>, ptr %".438", align 4
  %".440" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".432", <8 x float> %".439", <8 x float> %".405")
  %".441" = add i64 %".91", 16
  %".442" = getelementptr inbounds float, ptr %".2", i64 %".441"
  %".443" = load <8 x float>, ptr %".442", align 4
  %".444" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".432", <8 x float> %".443", <8 x float> %".409")
  %".445" = add i64 %".94", 16
  %".446" = getelementptr inbounds float, ptr %".2", i64 %".445"
  %".447" = load <8 x float>, ptr %".446", align 4
  %".448" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".432", <8 x float> %".447", <8 x float> %".413")
  %".449" = add i64 %".97", 16
  %".450" = getelementptr inbounds float, ptr %".2", i64 %".449"
  %".451" = load <8 x float>, ptr %".450", align 4
  %".452" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".432", <8 x float> %".451", <8 x float> %".417")
  %".453" = add i64 %".100", 16
  %".454" = getelementptr inbounds float, ptr %".2", i64 %".453"
  %".455" = load <8 x float>, ptr %".454", align 4
  %".456" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".432", <8 x float> %".455", <8 x float> %".421")
  %".457" = add i64 %".103", 16
  %".458" = getelementptr inbounds float, ptr %".2", i64 %".457"
  %".459" = load <8 x float>, ptr %".458", align 4
  %".460" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".432", <8 x float> %".459", <8 x float> %".425")
  %".461" = add i64 %".106", 16
  %".462" = getelementptr inbounds float, ptr %".2", i64 %".461"
  %".463" = load <8 x float>, ptr %".462", align 4
  %".464" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".432", <8 x float> %".463", <8 x float> %".429")
  %".465" = add i64 %".368", 24
  %".466" = getelementptr inbounds float, ptr %".1", i64 %".465"
  %".467" = load <8 x float>, ptr %".466", align 4
  %".468" = add i64 %".85", 24
  %".469" = getelementptr inbounds float, ptr %".2", i64 %".468"
  %".470" = load <8 x float>, ptr %".469", align 4
  %".471" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".467", <8 x float> %".470", <8 x float> %".436")
  %".472" = add i64 %".88", 24
  %".473" = getelementptr inbounds float, ptr %".2", i64 %".472"
  %".474" = load <8 x float>, ptr %".473", align 4
  %".475" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".467", <8 x float> %".474", <8 x float> %".440")
  %".476" = add i64 %".91", 24
  %".477" = getelementptr inbounds float, ptr %".2", i64 %".476"
  %".478" = load <8 x float>, ptr %".477", align 4
  %".479" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".467", <8 x float> %".478", <8 x float> %".444")
  %".480" = add i64 %".94", 24
  %".481" = getelementptr inbounds float, ptr %".2", i64 %".480"
  %".482" = load <8 x float>, ptr %".481", align 4
  %".483" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".467", <8 x float> %".482", <8 x float> %".448")
  %".484" = add i64 %".97", 24
  %".485" = getelementptr inbounds float, ptr %".2", i64 %".484"
  %".486" = load <8 x float>, ptr %".485", align 4
  %".487" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".467", <8 x float> %".486", <8 x float> %".452")
  %".488" = add i64 %".100", 24
  %".489" = getelementptr inbounds float, ptr %".2", i64 %".488"
  %".490" = load <8 x float>, ptr %".489", align 4
  %".491" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".467", <8 x float> %".490", <8 x float> %".456")
  %".492" = add i64 %".103", 24
  %".493" = getelementptr inbounds float, ptr %".2", i64 %".492"
  %".494" = load <8 x float>, ptr %".493", align 4
  %".495" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".467", <8 x float> %".494", <8 x float> %".460")
  %".496" = add i64 %".106", 24
  %".497" = getelementptr inbounds float, ptr %".2", i64 %".496"
  %".498" = load <8 x float>, ptr %".497", align 4
  %".499" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".467", <8 x float> %".498", <8 x float> %".464")
  %".500" = shufflevector <8 x float> %".471", <8 x float> %".475", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".501" = shufflevector <8 x float> %".471", <8 x float> %".475", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".502" = fadd afn arcp contract nsz reassoc <8 x float> %".500", %".501"
  %".503" = shufflevector <8 x float> %".479", <8 x float> %".483", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".504" = shufflevector <8 x float> %".479", <8 x float> %".483", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".505" = fadd afn arcp contract nsz reassoc <8 x float> %".503", %".504"
  %".506" = shufflevector <8 x float> %".487", <8 x float> %".491", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".507" = shufflevector <8 x float> %".487", <8 x float> %".491", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".508" = fadd afn arcp contract nsz reassoc <8 x float> %".506", %".507"
  %".509" = shufflevector <8 x float> %".495", <8 x float> %".499", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".510" = shufflevector <8 x float> %".495", <8 x float> %".499", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".511" = fadd afn arcp contract nsz reassoc <8 x float> %".509", %".510"
  %".512" = shufflevector <8 x float> %".502", <8 x float> %".505", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".513" = shufflevector <8 x float> %".502", <8 x float> %".505", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".514" = fadd afn arcp contract nsz reassoc <8 x float> %".512", %".513"
  %".515" = shufflevector <8 x float> %".508", <8 x float> %".511", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".516" = shufflevector <8 x float> %".508", <8 x float> %".511", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".517" = fadd afn arcp contract nsz reassoc <8 x float> %".515", %".516"
  %".518" = shufflevector <8 x float> %".514", <8 x float> %".517", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".519" = shufflevector <8 x float> %".514", <8 x float> %".517", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".520" = fadd afn arcp contract nsz reassoc <8 x float> %".518", %".519"
  %".521" = fmul afn arcp contract nsz reassoc <8 x float> %".520", %".40"
  %".522" = mul i64 %"for.iv.4", 8
  %".523" = getelementptr inbounds float, ptr %".32", i64 %".522"
  store <8 x float> %".521", ptr %".523", align 4
  %"for.next.2" = add nsw i64 %"for.iv.4", 1
  br label %"for.header.4"
for.exit.4:
  br label %"for.header.5"
for.header.5:
  %"for.iv.5" = phi  i64 [0, %"for.exit.4"], [%"for.next.3", %"for.body.5"]
  %".527" = icmp slt i64 %"for.iv.5", %".30"
  br i1 %".527", label %"for.body.5", label %"for.exit.5"
for.body.5:
  %".529" = mul i64 %"for.iv.5", 8
  %".530" = getelementptr inbounds float, ptr %".32", i64 %".529"
  %".531" = load <8 x float>, ptr %".530", align 4
  %".532" = getelementptr inbounds float, ptr %".31", i64 %"for.iv.5"
  %".533" = load float, ptr %".532", align 4
  %".534" = call afn arcp contract nsz reassoc float @"llvm.vector.reduce.fmax.v8f32"(<8 x float> %".531")
  %".535" = fcmp ogt float %".533", %".534"
  %".536" = select  i1 %".535", float %".533", float %".534"
  %".537" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".536", i32 0
  %".538" = shufflevector <8 x float> %".537", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".539" = fsub afn arcp contract nsz reassoc <8 x float> %".531", %".538"
  %".540" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0xc055c00000000000, i32 0
  %".541" = shufflevector <8 x float> %".540", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".542" = fcmp ogt <8 x float> %".539", %".541"
  %".543" = select  <8 x i1> %".542", <8 x float> %".539", <8 x float> %".541"
  %".544" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0x4056000000000000, i32 0
  %".545" = shufflevector <8 x float> %".544", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".546" = fcmp olt <8 x float> %".543", %".545"
  %".547" = select  <8 x i1> %".546", <8 x float> %".543", <8 x float> %".545"
  %".548" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".547", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".549" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".548", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".550" = fmul contract <8 x float> %".549", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".551" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".550")
  %".552" = fmul contract <8 x float> %".551", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".553" = fsub contract <8 x float> %".549", %".552"
  %".554" = fmul contract <8 x float> %".551", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".555" = fsub contract <8 x float> %".553", %".554"
  %".556" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".555"
  %".557" = fadd contract <8 x float> %".556", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".558" = fmul contract <8 x float> %".557", %".555"
  %".559" = fadd contract <8 x float> %".558", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".560" = fmul contract <8 x float> %".559", %".555"
  %".561" = fadd contract <8 x float> %".560", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".562" = fmul contract <8 x float> %".561", %".555"
  %".563" = fadd contract <8 x float> %".562", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".564" = fmul contract <8 x float> %".563", %".555"
  %".565" = fadd contract <8 x float> %".564", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".566" = fmul contract <8 x float> %".555", %".555"
  %".567" = fmul contract <8 x float> %".565", %".566"
  %".568" = fadd contract <8 x float> %".567", %".555"
  %".569" = fadd contract <8 x float> %".568", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".570" = fptosi <8 x float> %".551" to <8 x i32>
  %".571" = shl <8 x i32> %".570", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".572" = bitcast <8 x float> %".569" to <8 x i32>
  %".573" = add <8 x i32> %".572", %".571"
  %".574" = bitcast <8 x i32> %".573" to <8 x float>
  %".575" = fcmp olt <8 x float> %".547", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".576" = select  <8 x i1> %".575", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".574"
  %".577" = fcmp ogt <8 x float> %".547", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".578" = select  <8 x i1> %".577", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".576"
  %".579" = fcmp uno <8 x float> %".547", %".547"
  %".580" = select  <8 x i1> %".579", <8 x float> %".547", <8 x float> %".578"
  %".581" = fsub afn arcp contract nsz reassoc float %".533", %".536"
  %".582" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".581", i32 0
  %".583" = shufflevector <8 x float> %".582", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".584" = fcmp ogt <8 x float> %".583", %".541"
  %".585" = select  <8 x i1> %".584", <8 x float> %".583", <8 x float> %".541"
  %".586" = fcmp olt <8 x float> %".585", %".545"
  %".587" = select  <8 x i1> %".586", <8 x float> %".585", <8 x float> %".545"
  %".588" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".587", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".589" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".588", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".590" = fmul contract <8 x float> %".589", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".591" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".590")
  %".592" = fmul contract <8 x float> %".591", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".593" = fsub contract <8 x float> %".589", %".592"
  %".594" = fmul contract <8 x float> %".591", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".595" = fsub contract <8 x float> %".593", %".594"
  %".596" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".595"
  %".597" = fadd contract <8 x float> %".596", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".598" = fmul contract <8 x float> %".597", %".595"
  %".599" = fadd contract <8 x float> %".598", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".600" = fmul contract <8 x float> %".599", %".595"
  %".601" = fadd contract <8 x float> %".600", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".602" = fmul contract <8 x float> %".601", %".595"
  %".603" = fadd contract <8 x float> %".602", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".604" = fmul contract <8 x float> %".603", %".595"
  %".605" = fadd contract <8 x float> %".604", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".606" = fmul contract <8 x float> %".595", %".595"
  %".607" = fmul contract <8 x float> %".605", %".606"
  %".608" = fadd contract <8 x float> %".607", %".595"
  %".609" = fadd contract <8 x float> %".608", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".610" = fptosi <8 x float> %".591" to <8 x i32>
  %".611" = shl <8 x i32> %".610", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".612" = bitcast <8 x float> %".609" to <8 x i32>
  %".613" = add <8 x i32> %".612", %".611"
  %".614" = bitcast <8 x i32> %".613" to <8 x float>
  %".615" = fcmp olt <8 x float> %".587", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".616" = select  <8 x i1> %".615", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".614"
  %".617" = fcmp ogt <8 x float> %".587", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".618" = select  <8 x i1> %".617", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".616"
  %".619" = fcmp uno <8 x float> %".587", %".587"
  %".620" = select  <8 x i1> %".619", <8 x float> %".587", <8 x float> %".618"
  %".621" = extractelement <8 x float> %".620", i64 0
  %".622" = getelementptr inbounds float, ptr %".32", i64 %".529"
  store <8 x float> %".580", ptr %".622", align 4
  %".624" = getelementptr inbounds float, ptr %".31", i64 %"for.iv.5"
  store float %".536", ptr %".624", align 4
  %".626" = add i64 %"for.iv.5", 32
  %".627" = getelementptr inbounds float, ptr %".31", i64 %".626"
  %".628" = load float, ptr %".627", align 4
  %".629" = fmul afn arcp contract nsz reassoc float %".628", %".621"
  %".630" = call afn arcp contract nsz reassoc float @"llvm.vector.reduce.fadd.v8f32"(float 0x8000000000000000, <8 x float> %".580")
  %".631" = fadd afn arcp contract nsz reassoc float %".629", %".630"
  %".632" = getelementptr inbounds float, ptr %".31", i64 %".626"
  store float %".631", ptr %".632", align 4
  %".634" = add i64 %"for.iv.5", 64
  %".635" = getelementptr inbounds float, ptr %".31", i64 %".634"
  store float %".621", ptr %".635", align 4
  %"for.next.3" = add nsw i64 %"for.iv.5", 1
  br label %"for.header.5"
for.exit.5:
  br label %"for.header.6"
for.header.6:
  %"for.iv.6" = phi  i64 [0, %"for.exit.5"], [%"for.next.4", %"for.body.6"]
  %".639" = icmp slt i64 %"for.iv.6", %".108"
  br i1 %".639", label %"for.body.6", label %"for.exit.6"
for.body.6:
  %".641" = add i64 %"for.iv.6", 1
  %".642" = udiv i64 %"for.iv.6", 2
  %".643" = urem i64 %"for.iv.6", 2
  %".644" = add i64 %".27", %".642"
  %".645" = mul i64 %".25", 2
  %".646" = add i64 %".645", %".643"
  %".647" = mul i64 %".26", %".6"
  %".648" = add i64 %".647", %".644"
  %".649" = mul i64 %".648", 4
  %".650" = add i64 %".649", %".646"
  %".651" = mul i64 %".650", 32
  %".652" = udiv i64 %".641", 2
  %".653" = urem i64 %".641", 2
  %".654" = add i64 %".27", %".652"
  %".655" = add i64 %".645", %".653"
  %".656" = add i64 %".647", %".654"
  %".657" = mul i64 %".656", 4
  %".658" = add i64 %".657", %".655"
  %".659" = mul i64 %".658", 32
  %".660" = add i64 %"for.iv.6", 64
  %".661" = getelementptr inbounds float, ptr %".31", i64 %".660"
  %".662" = load float, ptr %".661", align 4
  %".663" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".662", i32 0
  %".664" = shufflevector <8 x float> %".663", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".665" = add i64 %".641", 64
  %".666" = getelementptr inbounds float, ptr %".31", i64 %".665"
  %".667" = load float, ptr %".666", align 4
  %".668" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".667", i32 0
  %".669" = shufflevector <8 x float> %".668", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".670" = mul i64 %"for.iv.6", 8
  %".671" = getelementptr inbounds float, ptr %".32", i64 %".670"
  %".672" = load float, ptr %".671", align 4
  %".673" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".672", i32 0
  %".674" = shufflevector <8 x float> %".673", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".675" = add i64 %".670", 1
  %".676" = getelementptr inbounds float, ptr %".32", i64 %".675"
  %".677" = load float, ptr %".676", align 4
  %".678" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".677", i32 0
  %".679" = shufflevector <8 x float> %".678", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".680" = add i64 %".670", 2
  %".681" = getelementptr inbounds float, ptr %".32", i64 %".680"
  %".682" = load float, ptr %".681", align 4
  %".683" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".682", i32 0
  %".684" = shufflevector <8 x float> %".683", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".685" = add i64 %".670", 3
  %".686" = getelementptr inbounds float, ptr %".32", i64 %".685"
  %".687" = load float, ptr %".686", align 4
  %".688" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".687", i32 0
  %".689" = shufflevector <8 x float> %".688", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".690" = add i64 %".670", 4
  %".691" = getelementptr inbounds float, ptr %".32", i64 %".690"
  %".692" = load float, ptr %".691", align 4
  %".693" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".692", i32 0
  %".694" = shufflevector <8 x float> %".693", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".695" = add i64 %".670", 5
  %".696" = getelementptr inbounds float, ptr %".32", i64 %".695"
  %".697" = load float, ptr %".696", align 4
  %".698" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".697", i32 0
  %".699" = shufflevector <8 x float> %".698", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".700" = add i64 %".670", 6
  %".701" = getelementptr inbounds float, ptr %".32", i64 %".700"
  %".702" = load float, ptr %".701", align 4
  %".703" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".702", i32 0
  %".704" = shufflevector <8 x float> %".703", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".705" = add i64 %".670", 7
  %".706" = getelementptr inbounds float, ptr %".32", i64 %".705"
  %".707" = load float, ptr %".706", align 4
  %".708" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".707", i32 0
  %".709" = shufflevector <8 x float> %".708", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".710" = mul i64 %".641", 8
  %".711" = getelementptr inbounds float, ptr %".32", i64 %".710"
  %".712" = load float, ptr %".711", align 4
  %".713" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".712", i32 0
  %".714" = shufflevector <8 x float> %".713", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".715" = add i64 %".710", 1
  %".716" = getelementptr inbounds float, ptr %".32", i64 %".715"
  %".717" = load float, ptr %".716", align 4
  %".718" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".717", i32 0
  %".719" = shufflevector <8 x float> %".718", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".720" = add i64 %".710", 2
  %".721" = getelementptr inbounds float, ptr %".32", i64 %".720"
  %".722" = load float, ptr %".721", align 4
  %".723" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".722", i32 0
  %".724" = shufflevector <8 x float> %".723", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".725" = add i64 %".710", 3
  %".726" = getelementptr inbounds float, ptr %".32", i64 %".725"
  %".727" = load float, ptr %".726", align 4
  %".728" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".727", i32 0
  %".729" = shufflevector <8 x float> %".728", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".730" = add i64 %".710", 4
  %".731" = getelementptr inbounds float, ptr %".32", i64 %".730"
  %".732" = load float, ptr %".731", align 4
  %".733" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".732", i32 0
  %".734" = shufflevector <8 x float> %".733", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".735" = add i64 %".710", 5
  %".736" = getelementptr inbounds float, ptr %".32", i64 %".735"
  %".737" = load float, ptr %".736", align 4
  %".738" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".737", i32 0
  %".739" = shufflevector <8 x float> %".738", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".740" = add i64 %".710", 6
  %".741" = getelementptr inbounds float, ptr %".32", i64 %".740"
  %".742" = load float, ptr %".741", align 4
  %".743" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".742", i32 0
  %".744" = shufflevector <8 x float> %".743", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".745" = add i64 %".710", 7
  %".746" = getelementptr inbounds float, ptr %".32", i64 %".745"
  %".747" = load float, ptr %".746", align 4
  %".748" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".747", i32 0
  %".749" = shufflevector <8 x float> %".748", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".750" = getelementptr inbounds float, ptr %".4", i64 %".651"
  %".751" = load <8 x float>, ptr %".750", align 4
  %".752" = fmul afn arcp contract nsz reassoc <8 x float> %".751", %".664"
  %".753" = getelementptr inbounds float, ptr %".4", i64 %".659"
  %".754" = load <8 x float>, ptr %".753", align 4
  %".755" = fmul afn arcp contract nsz reassoc <8 x float> %".754", %".669"
  %".756" = getelementptr inbounds float, ptr %".3", i64 %".85"
  %".757" = load <8 x float>, ptr %".756", align 4
  %".758" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".674", <8 x float> %".757", <8 x float> %".752")
  %".759" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".714", <8 x float> %".757", <8 x float> %".755")
  %".760" = getelementptr inbounds float, ptr %".3", i64 %".88"
  %".761" = load <8 x float>, ptr %".760", align 4
  %".762" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".679", <8 x float> %".761", <8 x float> %".758")
  %".763" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".719", <8 x float> %".761", <8 x float> %".759")
  %".764" = getelementptr inbounds float, ptr %".3", i64 %".91"
  %".765" = load <8 x float>, ptr %".764", align 4
  %".766" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".684", <8 x float> %".765", <8 x float> %".762")
  %".767" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".724", <8 x float> %".765", <8 x float> %".763")
  %".768" = getelementptr inbounds float, ptr %".3", i64 %".94"
  %".769" = load <8 x float>, ptr %".768", align 4
  %".770" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".689", <8 x float> %".769", <8 x float> %".766")
  %".771" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".729", <8 x float> %".769", <8 x float> %".767")
  %".772" = getelementptr inbounds float, ptr %".3", i64 %".97"
  %".773" = load <8 x float>, ptr %".772", align 4
  %".774" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".694", <8 x float> %".773", <8 x float> %".770")
  %".775" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".734", <8 x float> %".773", <8 x float> %".771")
  %".776" = getelementptr inbounds float, ptr %".3", i64 %".100"
  %".777" = load <8 x float>, ptr %".776", align 4
  %".778" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".699", <8 x float> %".777", <8 x float> %".774")
  %".779" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".739", <8 x float> %".777", <8 x float> %".775")
  %".780" = getelementptr inbounds float, ptr %".3", i64 %".103"
  %".781" = load <8 x float>, ptr %".780", align 4
  %".782" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".704", <8 x float> %".781", <8 x float> %".778")
  %".783" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".744", <8 x float> %".781", <8 x float> %".779")
  %".784" = getelementptr inbounds float, ptr %".3", i64 %".106"
  %".785" = load <8 x float>, ptr %".784", align 4
  %".786" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".709", <8 x float> %".785", <8 x float> %".782")
  %".787" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".749", <8 x float> %".785", <8 x float> %".783")
  %".788" = getelementptr inbounds float, ptr %".4", i64 %".651"
  store <8 x float> %".786", ptr %".788", align 4
  %".790" = getelementptr inbounds float, ptr %".4", i64 %".659"
  store <8 x float> %".787", ptr %".790", align 4
  %".792" = add i64 %".651", 8
  %".793" = add i64 %".659", 8
  %".794" = getelementptr inbounds float, ptr %".4", i64 %".792"
  %".795" = load <8 x float>, ptr %".794", align 4
  %".796" = fmul afn arcp contract nsz reassoc <8 x float> %".795", %".664"
  %".797" = getelementptr inbounds float, ptr %".4", i64 %".793"
  %".798" = load <8 x float>, ptr %".797", align 4
  %".799" = fmul afn arcp contract nsz reassoc <8 x float> %".798", %".669"
  %".800" = add i64 %".85", 8
  %".801" = getelementptr inbounds float, ptr %".3", i64 %".800"
  %".802" = load <8 x float>, ptr %".801", align 4
  %".803" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".674", <8 x float> %".802", <8 x float> %".796")
  %".804" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".714", <8 x float> %".802", <8 x float> %".799")
  %".805" = add i64 %".88", 8
  %".806" = getelementptr inbounds float, ptr %".3", i64 %".805"
  %".807" = load <8 x float>, ptr %".806", align 4
  %".808" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".679", <8 x float> %".807", <8 x float> %".803")
  %".809" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".719", <8 x float> %".807", <8 x float> %".804")
  %".810" = add i64 %".91", 8
  %".811" = getelementptr inbounds float, ptr %".3", i64 %".810"
  %".812" = load <8 x float>, ptr %".811", align 4
  %".813" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".684", <8 x float> %".812", <8 x float> %".808")
  %".814" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".724", <8 x float> %".812", <8 x float> %".809")
  %".815" = add i64 %".94", 8
  %".816" = getelementptr inbounds float, ptr %".3", i64 %".815"
  %".817" = load <8 x float>, ptr %".816", align 4
  %".818" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".689", <8 x float> %".817", <8 x float> %".813")
  %".819" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".729", <8 x float> %".817", <8 x float> %".814")
  %".820" = add i64 %".97", 8
  %".821" = getelementptr inbounds float, ptr %".3", i64 %".820"
  %".822" = load <8 x float>, ptr %".821", align 4
  %".823" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".694", <8 x float> %".822", <8 x float> %".818")
  %".824" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".734", <8 x float> %".822", <8 x float> %".819")
  %".825" = add i64 %".100", 8
  %".826" = getelementptr inbounds float, ptr %".3", i64 %".825"
  %".827" = load <8 x float>, ptr %".826", align 4
  %".828" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".699", <8 x float> %".827", <8 x float> %".823")
  %".829" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".739", <8 x float> %".827", <8 x float> %".824")
  %".830" = add i64 %".103", 8
  %".831" = getelementptr inbounds float, ptr %".3", i64 %".830"
  %".832" = load <8 x float>, ptr %".831", align 4
  %".833" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".704", <8 x float> %".832", <8 x float> %".828")
  %".834" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".744", <8 x float> %".832", <8 x float> %".829")
  %".835" = add i64 %".106", 8
  %".836" = getelementptr inbounds float, ptr %".3", i64 %".835"
  %".837" = load <8 x float>, ptr %".836", align 4
  %".838" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".709", <8 x float> %".837", <8 x float> %".833")
  %".839" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".749", <8 x float> %".837", <8 x float> %".834")
  %".840" = getelementptr inbounds float, ptr %".4", i64 %".792"
  store <8 x float> %".838", ptr %".840", align 4
  %".842" = getelementptr inbounds float, ptr %".4", i64 %".793"
  store <8 x float> %".839", ptr %".842", align 4
  %".844" = add i64 %".651", 16
  %".845" = add i64 %".659", 16
  %".846" = getelementptr inbounds float, ptr %".4", i64 %".844"
  %".847" = load <8 x float>, ptr %".846", align 4
  %".848" = fmul afn arcp contract nsz reassoc <8 x float> %".847", %".664"
  %".849" = getelementptr inbounds float, ptr %".4", i64 %".845"
  %".850" = load <8 x float>, ptr %".849", align 4
  %".851" = fmul afn arcp contract nsz reassoc <8 x float> %".850", %".669"
  %".852" = add i64 %".85", 16
  %".853" = getelementptr inbounds float, ptr %".3", i64 %".852"
  %".854" = load <8 x float>, ptr %".853", align 4
  %".855" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".674", <8 x float> %".854", <8 x float> %".848")
  %".856" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".714", <8 x float> %".854", <8 x float> %".851")
  %".857" = add i64 %".88", 16
  %".858" = getelementptr inbounds float, ptr %".3", i64 %".857"
  %".859" = load <8 x float>, ptr %".858", align 4
  %".860" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".679", <8 x float> %".859", <8 x float> %".855")
  %".861" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".719", <8 x float> %".859", <8 x float> %".856")
  %".862" = add i64 %".91", 16
  %".863" = getelementptr inbounds float, ptr %".3", i64 %".862"
  %".864" = load <8 x float>, ptr %".863", align 4
  %".865" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".684", <8 x float> %".864", <8 x float> %".860")
  %".866" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".724", <8 x float> %".864", <8 x float> %".861")
  %".867" = add i64 %".94", 16
  %".868" = getelementptr inbounds float, ptr %".3", i64 %".867"
  %".869" = load <8 x float>, ptr %".868", align 4
  %".870" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".689", <8 x float> %".869", <8 x float> %".865")
  %".871" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".729", <8 x float> %".869", <8 x float> %".866")
  %".872" = add i64 %".97", 16
  %".873" = getelementptr inbounds float, ptr %".3", i64 %".872"
  %".874" = load <8 x float>, ptr %".873", align 4
  %".875" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".694", <8 x float> %".874", <8 x float> %".870")
  %".876" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".734", <8 x float> %".874", <8 x float> %".871")
  %".877" = add i64 %".100", 16
  %".878" = getelementptr inbounds float, ptr %".3", i64 %".877"
  %".879" = load <8 x float>, ptr %".878", align 4
  %".880" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".699", <8 x float> %".879", <8 x float> %".875")
  %".881" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".739", <8 x float> %".879", <8 x float> %".876")
  %".882" = add i64 %".103", 16
  %".883" = getelementptr inbounds float, ptr %".3", i64 %".882"
  %".884" = load <8 x float>, ptr %".883", align 4
  %".885" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".704", <8 x float> %".884", <8 x float> %".880")
  %".886" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".744", <8 x float> %".884", <8 x float> %".881")
  %".887" = add i64 %".106", 16
  %".888" = getelementptr inbounds float, ptr %".3", i64 %".887"
  %".889" = load <8 x float>, ptr %".888", align 4
  %".890" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".709", <8 x float> %".889", <8 x float> %".885")
  %".891" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".749", <8 x float> %".889", <8 x float> %".886")
  %".892" = getelementptr inbounds float, ptr %".4", i64 %".844"
  store <8 x float> %".890", ptr %".892", align 4
  %".894" = getelementptr inbounds float, ptr %".4", i64 %".845"
  store <8 x float> %".891", ptr %".894", align 4
  %".896" = add i64 %".651", 24
  %".897" = add i64 %".659", 24
  %".898" = getelementptr inbounds float, ptr %".4", i64 %".896"
  %".899" = load <8 x float>, ptr %".898", align 4
  %".900" = fmul afn arcp contract nsz reassoc <8 x float> %".899", %".664"
  %".901" = getelementptr inbounds float, ptr %".4", i64 %".897"
  %".902" = load <8 x float>, ptr %".901", align 4
  %".903" = fmul afn arcp contract nsz reassoc <8 x float> %".902", %".669"
  %".904" = add i64 %".85", 24
  %".905" = getelementptr inbounds float, ptr %".3", i64 %".904"
  %".906" = load <8 x float>, ptr %".905", align 4
  %".907" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".674", <8 x float> %".906", <8 x float> %".900")
  %".908" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".714", <8 x float> %".906", <8 x float> %".903")
  %".909" = add i64 %".88", 24
  %".910" = getelementptr inbounds float, ptr %".3", i64 %".909"
  %".911" = load <8 x float>, ptr %".910", align 4
  %".912" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".679", <8 x float> %".911", <8 x float> %".907")
  %".913" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".719", <8 x float> %".911", <8 x float> %".908")
  %".914" = add i64 %".91", 24
  %".915" = getelementptr inbounds float, ptr %".3", i64 %".914"
  %".916" = load <8 x float>, ptr %".915", align 4
  %".917" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".684", <8 x float> %".916", <8 x float> %".912")
  %".918" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".724", <8 x float> %".916", <8 x float> %".913")
  %".919" = add i64 %".94", 24
  %".920" = getelementptr inbounds float, ptr %".3", i64 %".919"
  %".921" = load <8 x float>, ptr %".920", align 4
  %".922" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".689", <8 x float> %".921", <8 x float> %".917")
  %".923" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".729", <8 x float> %".921", <8 x float> %".918")
  %".924" = add i64 %".97", 24
  %".925" = getelementptr inbounds float, ptr %".3", i64 %".924"
  %".926" = load <8 x float>, ptr %".925", align 4
  %".927" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".694", <8 x float> %".926", <8 x float> %".922")
  %".928" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".734", <8 x float> %".926", <8 x float> %".923")
  %".929" = add i64 %".100", 24
  %".930" = getelementptr inbounds float, ptr %".3", i64 %".929"
  %".931" = load <8 x float>, ptr %".930", align 4
  %".932" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".699", <8 x float> %".931", <8 x float> %".927")
  %".933" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".739", <8 x float> %".931", <8 x float> %".928")
  %".934" = add i64 %".103", 24
  %".935" = getelementptr inbounds float, ptr %".3", i64 %".934"
  %".936" = load <8 x float>, ptr %".935", align 4
  %".937" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".704", <8 x float> %".936", <8 x float> %".932")
  %".938" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".744", <8 x float> %".936", <8 x float> %".933")
  %".939" = add i64 %".106", 24
  %".940" = getelementptr inbounds float, ptr %".3", i64 %".939"
  %".941" = load <8 x float>, ptr %".940", align 4
  %".942" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".709", <8 x float> %".941", <8 x float> %".937")
  %".943" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".749", <8 x float> %".941", <8 x float> %".938")
  %".944" = getelementptr inbounds float, ptr %".4", i64 %".896"
  store <8 x float> %".942", ptr %".944", align 4
  %".946" = getelementptr inbounds float, ptr %".4", i64 %".897"
  store <8 x float> %".943", ptr %".946", align 4
  %"for.next.4" = add nsw i64 %"for.iv.6", 2
  br label %"for.header.6"
for.exit.6:
  br label %"for.header.7"
for.header.7:
  %"for.iv.7" = phi  i64 [%".108", %"for.exit.6"], [%"for.next.5", %"for.body.7"]
  %".950" = icmp slt i64 %"for.iv.7", %".30"
  br i1 %".950", label %"for.body.7", label %"for.exit.7"
for.body.7:
  %".952" = udiv i64 %"for.iv.7", 2
  %".953" = urem i64 %"for.iv.7", 2
  %".954" = add i64 %".27", %".952"
  %".955" = mul i64 %".25", 2
  %".956" = add i64 %".955", %".953"
  %".957" = mul i64 %".26", %".6"
  %".958" = add i64 %".957", %".954"
  %".959" = mul i64 %".958", 4
  %".960" = add i64 %".959", %".956"
  %".961" = mul i64 %".960", 32
  %".962" = add i64 %"for.iv.7", 64
  %".963" = getelementptr inbounds float, ptr %".31", i64 %".962"
  %".964" = load float, ptr %".963", align 4
  %".965" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".964", i32 0
  %".966" = shufflevector <8 x float> %".965", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".967" = mul i64 %"for.iv.7", 8
  %".968" = getelementptr inbounds float, ptr %".32", i64 %".967"
  %".969" = load float, ptr %".968", align 4
  %".970" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".969", i32 0
  %".971" = shufflevector <8 x float> %".970", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".972" = add i64 %".967", 1
  %".973" = getelementptr inbounds float, ptr %".32", i64 %".972"
  %".974" = load float, ptr %".973", align 4
  %".975" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".974", i32 0
  %".976" = shufflevector <8 x float> %".975", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".977" = add i64 %".967", 2
  %".978" = getelementptr inbounds float, ptr %".32", i64 %".977"
  %".979" = load float, ptr %".978", align 4
  %".980" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".979", i32 0
  %".981" = shufflevector <8 x float> %".980", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".982" = add i64 %".967", 3
  %".983" = getelementptr inbounds float, ptr %".32", i64 %".982"
  %".984" = load float, ptr %".983", align 4
  %".985" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".984", i32 0
  %".986" = shufflevector <8 x float> %".985", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".987" = add i64 %".967", 4
  %".988" = getelementptr inbounds float, ptr %".32", i64 %".987"
  %".989" = load float, ptr %".988", align 4
  %".990" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".989", i32 0
  %".991" = shufflevector <8 x float> %".990", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".992" = add i64 %".967", 5
  %".993" = getelementptr inbounds float, ptr %".32", i64 %".992"
  %".994" = load float, ptr %".993", align 4
  %".995" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".994", i32 0
  %".996" = shufflevector <8 x float> %".995", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".997" = add i64 %".967", 6
  %".998" = getelementptr inbounds float, ptr %".32", i64 %".997"
  %".999" = load float, ptr %".998", align 4
  %".1000" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".999", i32 0
  %".1001" = shufflevector <8 x float> %".1000", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1002" = add i64 %".967", 7
  %".1003" = getelementptr inbounds float, ptr %".32", i64 %".1002"
  %".1004" = load float, ptr %".1003", align 4
  %".1005" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1004", i32 0
  %".1006" = shufflevector <8 x float> %".1005", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1007" = getelementptr inbounds float, ptr %".4", i64 %".961"
  %".1008" = load <8 x float>, ptr %".1007", align 4
  %".1009" = fmul afn arcp contract nsz reassoc <8 x float> %".1008", %".966"
  %".1010" = getelementptr inbounds float, ptr %".3", i64 %".85"
  %".1011" = load <8 x float>, ptr %".1010", align 4
  %".1012" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".971", <8 x float> %".1011", <8 x float> %".1009")
  %".1013" = getelementptr inbounds float, ptr %".3", i64 %".88"
  %".1014" = load <8 x float>, ptr %".1013", align 4
  %".1015" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".976", <8 x float> %".1014", <8 x float> %".1012")
  %".1016" = getelementptr inbounds float, ptr %".3", i64 %".91"
  %".1017" = load <8 x float>, ptr %".1016", align 4
  %".1018" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".981", <8 x float> %".1017", <8 x float> %".1015")
  %".1019" = getelementptr inbounds float, ptr %".3", i64 %".94"
  %".1020" = load <8 x float>, ptr %".1019", align 4
  %".1021" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".986", <8 x float> %".1020", <8 x float> %".1018")
  %".1022" = getelementptr inbounds float, ptr %".3", i64 %".97"
  %".1023" = load <8 x float>, ptr %".1022", align 4
  %".1024" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".991", <8 x float> %".1023", <8 x float> %".1021")
  %".1025" = getelementptr inbounds float, ptr %".3", i64 %".100"
  %".1026" = load <8 x float>, ptr %".1025", align 4
  %".1027" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".996", <8 x float> %".1026", <8 x float> %".1024")
  %".1028" = getelementptr inbounds float, ptr %".3", i64 %".103"
  %".1029" = load <8 x float>, ptr %".1028", align 4
  %".1030" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1001", <8 x float> %".1029", <8 x float> %".1027")
  %".1031" = getelementptr inbounds float, ptr %".3", i64 %".106"
  %".1032" = load <8 x float>, ptr %".1031", align 4
  %".1033" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1006", <8 x float> %".1032", <8 x float> %".1030")
  %".1034" = getelementptr inbounds float, ptr %".4", i64 %".961"
  store <8 x float> %".1033", ptr %".1034", align 4
  %".1036" = add i64 %".961", 8
  %".1037" = getelementptr inbounds float, ptr %".4", i64 %".1036"
  %".1038" = load <8 x float>, ptr %".1037", align 4
  %".1039" = fmul afn arcp contract nsz reassoc <8 x float> %".1038", %".966"
  %".1040" = add i64 %".85", 8
  %".1041" = getelementptr inbounds float, ptr %".3", i64 %".1040"
  %".1042" = load <8 x float>, ptr %".1041", align 4
  %".1043" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".971", <8 x float> %".1042", <8 x float> %".1039")
  %".1044" = add i64 %".88", 8
  %".1045" = getelementptr inbounds float, ptr %".3", i64 %".1044"
  %".1046" = load <8 x float>, ptr %".1045", align 4
  %".1047" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".976", <8 x float> %".1046", <8 x float> %".1043")
  %".1048" = add i64 %".91", 8
  %".1049" = getelementptr inbounds float, ptr %".3", i64 %".1048"
  %".1050" = load <8 x float>, ptr %".1049", align 4
  %".1051" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".981", <8 x float> %".1050", <8 x float> %".1047")
  %".1052" = add i64 %".94", 8
  %".1053" = getelementptr inbounds float, ptr %".3", i64 %".1052"
  %".1054" = load <8 x float>, ptr %".1053", align 4
  %".1055" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".986", <8 x float> %".1054", <8 x float> %".1051")
  %".1056" = add i64 %".97", 8
  %".1057" = getelementptr inbounds float, ptr %".3", i64 %".1056"
  %".1058" = load <8 x float>, ptr %".1057", align 4
  %".1059" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".991", <8 x float> %".1058", <8 x float> %".1055")
  %".1060" = add i64 %".100", 8
  %".1061" = getelementptr inbounds float, ptr %".3", i64 %".1060"
  %".1062" = load <8 x float>, ptr %".1061", align 4
  %".1063" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".996", <8 x float> %".1062", <8 x float> %".1059")
  %".1064" = add i64 %".103", 8
  %".1065" = getelementptr inbounds float, ptr %".3", i64 %".1064"
  %".1066" = load <8 x float>, ptr %".1065", align 4
  %".1067" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1001", <8 x float> %".1066", <8 x float> %".1063")
  %".1068" = add i64 %".106", 8
  %".1069" = getelementptr inbounds float, ptr %".3", i64 %".1068"
  %".1070" = load <8 x float>, ptr %".1069", align 4
  %".1071" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1006", <8 x float> %".1070", <8 x float> %".1067")
  %".1072" = getelementptr inbounds float, ptr %".4", i64 %".1036"
  store <8 x float> %".1071", ptr %".1072", align 4
  %".1074" = add i64 %".961", 16
  %".1075" = getelementptr inbounds float, ptr %".4", i64 %".1074"
  %".1076" = load <8 x float>, ptr %".1075", align 4
  %".1077" = fmul afn arcp contract nsz reassoc <8 x float> %".1076", %".966"
  %".1078" = add i64 %".85", 16
  %".1079" = getelementptr inbounds float, ptr %".3", i64 %".1078"
  %".1080" = load <8 x float>, ptr %".1079", align 4
  %".1081" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".971", <8 x float> %".1080", <8 x float> %".1077")
  %".1082" = add i64 %".88", 16
  %".1083" = getelementptr inbounds float, ptr %".3", i64 %".1082"
  %".1084" = load <8 x float>, ptr %".1083", align 4
  %".1085" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".976", <8 x float> %".1084", <8 x float> %".1081")
  %".1086" = add i64 %".91", 16
  %".1087" = getelementptr inbounds float, ptr %".3", i64 %".1086"
  %".1088" = load <8 x float>, ptr %".1087", align 4
  %".1089" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".981", <8 x float> %".1088", <8 x float> %".1085")
  %".1090" = add i64 %".94", 16
  %".1091" = getelementptr inbounds float, ptr %".3", i64 %".1090"
  %".1092" = load <8 x float>, ptr %".1091", align 4
  %".1093" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".986", <8 x float> %".1092", <8 x float> %".1089")
  %".1094" = add i64 %".97", 16
  %".1095" = getelementptr inbounds float, ptr %".3", i64 %".1094"
  %".1096" = load <8 x float>, ptr %".1095", align 4
  %".1097" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".991", <8 x float> %".1096", <8 x float> %".1093")
  %".1098" = add i64 %".100", 16
  %".1099" = getelementptr inbounds float, ptr %".3", i64 %".1098"
  %".1100" = load <8 x float>, ptr %".1099", align 4
  %".1101" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".996", <8 x float> %".1100", <8 x float> %".1097")
  %".1102" = add i64 %".103", 16
  %".1103" = getelementptr inbounds float, ptr %".3", i64 %".1102"
  %".1104" = load <8 x float>, ptr %".1103", align 4
  %".1105" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1001", <8 x float> %".1104", <8 x float> %".1101")
  %".1106" = add i64 %".106", 16
  %".1107" = getelementptr inbounds float, ptr %".3", i64 %".1106"
  %".1108" = load <8 x float>, ptr %".1107", align 4
  %".1109" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1006", <8 x float> %".1108", <8 x float> %".1105")
  %".1110" = getelementptr inbounds float, ptr %".4", i64 %".1074"
  store <8 x float> %".1109", ptr %".1110", align 4
  %".1112" = add i64 %".961", 24
  %".1113" = getelementptr inbounds float, ptr %".4", i64 %".1112"
  %".1114" = load <8 x float>, ptr %".1113", align 4
  %".1115" = fmul afn arcp contract nsz reassoc <8 x float> %".1114", %".966"
  %".1116" = add i64 %".85", 24
  %".1117" = getelementptr inbounds float, ptr %".3", i64 %".1116"
  %".1118" = load <8 x float>, ptr %".1117", align 4
  %".1119" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".971", <8 x float> %".1118", <8 x float> %".1115")
  %".1120" = add i64 %".88", 24
  %".1121" = getelementptr inbounds float, ptr %".3", i64 %".1120"
  %".1122" = load <8 x float>, ptr %".1121", align 4
  %".1123" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".976", <8 x float> %".1122", <8 x float> %".1119")
  %".1124" = add i64 %".91", 24
  %".1125" = getelementptr inbounds float, ptr %".3", i64 %".1124"
  %".1126" = load <8 x float>, ptr %".1125", align 4
  %".1127" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".981", <8 x float> %".1126", <8 x float> %".1123")
  %".1128" = add i64 %".94", 24
  %".1129" = getelementptr inbounds float, ptr %".3", i64 %".1128"
  %".1130" = load <8 x float>, ptr %".1129", align 4
  %".1131" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".986", <8 x float> %".1130", <8 x float> %".1127")
  %".1132" = add i64 %".97", 24
  %".1133" = getelementptr inbounds float, ptr %".3", i64 %".1132"
  %".1134" = load <8 x float>, ptr %".1133", align 4
  %".1135" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".991", <8 x float> %".1134", <8 x float> %".1131")
  %".1136" = add i64 %".100", 24
  %".1137" = getelementptr inbounds float, ptr %".3", i64 %".1136"
  %".1138" = load <8 x float>, ptr %".1137", align 4
  %".1139" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".996", <8 x float> %".1138", <8 x float> %".1135")
  %".1140" = add i64 %".103", 24
  %".1141" = getelementptr inbounds float, ptr %".3", i64 %".1140"
  %".1142" = load <8 x float>, ptr %".1141", align 4
  %".1143" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1001", <8 x float> %".1142", <8 x float> %".1139")
  %".1144" = add i64 %".106", 24
  %".1145" = getelementptr inbounds float, ptr %".3", i64 %".1144"
  %".1146" = load <8 x float>, ptr %".1145", align 4
  %".1147" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1006", <8 x float> %".1146", <8 x float> %".1143")
  %".1148" = getelementptr inbounds float, ptr %".4", i64 %".1112"
  store <8 x float> %".1147", ptr %".1148", align 4
  %"for.next.5" = add nsw i64 %"for.iv.7", 1
  br label %"for.header.7"
for.exit.7:
  %"for.next.6" = add nsw i64 %"for.iv.2", 8
  br label %"for.header.2"
for.header.8:
  %"for.iv.8" = phi  i64 [%".74", %"for.exit.2"], [%"for.next.12", %"for.exit.13"]
  %".1153" = icmp slt i64 %"for.iv.8", %".80"
  br i1 %".1153", label %"for.body.8", label %"for.exit.8"
for.body.8:
  %".1155" = mul i64 %"for.iv.8", 64
  %".1156" = add i64 %".36", %".1155"
  %".1157" = add i64 %"for.iv.8", 1
  %".1158" = mul i64 %".1157", 64
  %".1159" = add i64 %".36", %".1158"
  %".1160" = add i64 %"for.iv.8", 2
  %".1161" = mul i64 %".1160", 64
  %".1162" = add i64 %".36", %".1161"
  %".1163" = add i64 %"for.iv.8", 3
  %".1164" = mul i64 %".1163", 64
  %".1165" = add i64 %".36", %".1164"
  %".1166" = add i64 %"for.iv.8", 4
  %".1167" = mul i64 %".1166", 64
  %".1168" = add i64 %".36", %".1167"
  %".1169" = add i64 %"for.iv.8", 5
  %".1170" = mul i64 %".1169", 64
  %".1171" = add i64 %".36", %".1170"
  %".1172" = add i64 %"for.iv.8", 6
  %".1173" = mul i64 %".1172", 64
  %".1174" = add i64 %".36", %".1173"
  %".1175" = add i64 %"for.iv.8", 7
  %".1176" = mul i64 %".1175", 64
  %".1177" = add i64 %".36", %".1176"
  %".1178" = udiv i64 %".30", 2
  %".1179" = mul i64 %".1178", 2
  br label %"for.header.9"
for.exit.8:
  br label %"for.header.14"
for.header.9:
  %"for.iv.9" = phi  i64 [0, %"for.body.8"], [%"for.next.7", %"for.body.9"]
  %".1181" = icmp slt i64 %"for.iv.9", %".1179"
  br i1 %".1181", label %"for.body.9", label %"for.exit.9"
for.body.9:
  %".1183" = udiv i64 %"for.iv.9", 2
  %".1184" = urem i64 %"for.iv.9", 2
  %".1185" = add i64 %".27", %".1183"
  %".1186" = mul i64 %".25", 2
  %".1187" = add i64 %".1186", %".1184"
  %".1188" = mul i64 %".26", %".6"
  %".1189" = add i64 %".1188", %".1185"
  %".1190" = mul i64 %".1189", 4
  %".1191" = add i64 %".1190", %".1187"
  %".1192" = mul i64 %".1191", 32
  %".1193" = add i64 %"for.iv.9", 1
  %".1194" = udiv i64 %".1193", 2
  %".1195" = urem i64 %".1193", 2
  %".1196" = add i64 %".27", %".1194"
  %".1197" = add i64 %".1186", %".1195"
  %".1198" = add i64 %".1188", %".1196"
  %".1199" = mul i64 %".1198", 4
  %".1200" = add i64 %".1199", %".1197"
  %".1201" = mul i64 %".1200", 32
  %".1202" = getelementptr inbounds float, ptr %".1", i64 %".1192"
  %".1203" = load <8 x float>, ptr %".1202", align 4
  %".1204" = getelementptr inbounds float, ptr %".1", i64 %".1201"
  %".1205" = load <8 x float>, ptr %".1204", align 4
  %".1206" = getelementptr inbounds float, ptr %".2", i64 %".1156"
  %".1207" = load <8 x float>, ptr %".1206", align 4
  %".1208" = fmul afn arcp contract nsz reassoc <8 x float> %".1203", %".1207"
  %".1209" = fmul afn arcp contract nsz reassoc <8 x float> %".1205", %".1207"
  %".1210" = getelementptr inbounds float, ptr %".2", i64 %".1159"
  %".1211" = load <8 x float>, ptr %".1210", align 4
  %".1212" = fmul afn arcp contract nsz reassoc <8 x float> %".1203", %".1211"
  %".1213" = fmul afn arcp contract nsz reassoc <8 x float> %".1205", %".1211"
  %".1214" = getelementptr inbounds float, ptr %".2", i64 %".1162"
  %".1215" = load <8 x float>, ptr %".1214", align 4
  %".1216" = fmul afn arcp contract nsz reassoc <8 x float> %".1203", %".1215"
  %".1217" = fmul afn arcp contract nsz reassoc <8 x float> %".1205", %".1215"
  %".1218" = getelementptr inbounds float, ptr %".2", i64 %".1165"
  %".1219" = load <8 x float>, ptr %".1218", align 4
  %".1220" = fmul afn arcp contract nsz reassoc <8 x float> %".1203", %".1219"
  %".1221" = fmul afn arcp contract nsz reassoc <8 x float> %".1205", %".1219"
  %".1222" = getelementptr inbounds float, ptr %".2", i64 %".1168"
  %".1223" = load <8 x float>, ptr %".1222", align 4
  %".1224" = fmul afn arcp contract nsz reassoc <8 x float> %".1203", %".1223"
  %".1225" = fmul afn arcp contract nsz reassoc <8 x float> %".1205", %".1223"
  %".1226" = getelementptr inbounds float, ptr %".2", i64 %".1171"
  %".1227" = load <8 x float>, ptr %".1226", align 4
  %".1228" = fmul afn arcp contract nsz reassoc <8 x float> %".1203", %".1227"
  %".1229" = fmul afn arcp contract nsz reassoc <8 x float> %".1205", %".1227"
  %".1230" = getelementptr inbounds float, ptr %".2", i64 %".1174"
  %".1231" = load <8 x float>, ptr %".1230", align 4
  %".1232" = fmul afn arcp contract nsz reassoc <8 x float> %".1203", %".1231"
  %".1233" = fmul afn arcp contract nsz reassoc <8 x float> %".1205", %".1231"
  %".1234" = getelementptr inbounds float, ptr %".2", i64 %".1177"
  %".1235" = load <8 x float>, ptr %".1234", align 4
  %".1236" = fmul afn arcp contract nsz reassoc <8 x float> %".1203", %".1235"
  %".1237" = fmul afn arcp contract nsz reassoc <8 x float> %".1205", %".1235"
  %".1238" = add i64 %".1192", 8
  %".1239" = getelementptr inbounds float, ptr %".1", i64 %".1238"
  %".1240" = load <8 x float>, ptr %".1239", align 4
  %".1241" = add i64 %".1201", 8
  %".1242" = getelementptr inbounds float, ptr %".1", i64 %".1241"
  %".1243" = load <8 x float>, ptr %".1242", align 4
  %".1244" = add i64 %".1156", 8
  %".1245" = getelementptr inbounds float, ptr %".2", i64 %".1244"
  %".1246" = load <8 x float>, ptr %".1245", align 4
  %".1247" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1240", <8 x float> %".1246", <8 x float> %".1208")
  %".1248" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1243", <8 x float> %".1246", <8 x float> %".1209")
  %".1249" = add i64 %".1159", 8
  %".1250" = getelementptr inbounds float, ptr %".2", i64 %".1249"
  %".1251" = load <8 x float>, ptr %".1250", align 4
  %".1252" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1240", <8 x float> %".1251", <8 x float> %".1212")
  %".1253" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1243", <8 x float> %".1251", <8 x float> %".1213")
  %".1254" = add i64 %".1162", 8
  %".1255" = getelementptr inbounds float, ptr %".2", i64 %".1254"
  %".1256" = load <8 x float>, ptr %".1255", align 4
  %".1257" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1240", <8 x float> %".1256", <8 x float> %".1216")
  %".1258" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1243", <8 x float> %".1256", <8 x float> %".1217")
  %".1259" = add i64 %".1165", 8
  %".1260" = getelementptr inbounds float, ptr %".2", i64 %".1259"
  %".1261" = load <8 x float>, ptr %".1260", align 4
  %".1262" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1240", <8 x float> %".1261", <8 x float> %".1220")
  %".1263" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1243", <8 x float> %".1261", <8 x float> %".1221")
  %".1264" = add i64 %".1168", 8
  %".1265" = getelementptr inbounds float, ptr %".2", i64 %".1264"
  %".1266" = load <8 x float>, ptr %".1265", align 4
  %".1267" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1240", <8 x float> %".1266", <8 x float> %".1224")
  %".1268" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1243", <8 x float> %".1266", <8 x float> %".1225")
  %".1269" = add i64 %".1171", 8
  %".1270" = getelementptr inbounds float, ptr %".2", i64 %".1269"
  %".1271" = load <8 x float>, ptr %".1270", align 4
  %".1272" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1240", <8 x float> %".1271", <8 x float> %".1228")
  %".1273" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1243", <8 x float> %".1271", <8 x float> %".1229")
  %".1274" = add i64 %".1174", 8
  %".1275" = getelementptr inbounds float, ptr %".2", i64 %".1274"
  %".1276" = load <8 x float>, ptr %".1275", align 4
  %".1277" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1240", <8 x float> %".1276", <8 x float> %".1232")
  %".1278" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1243", <8 x float> %".1276", <8 x float> %".1233")
  %".1279" = add i64 %".1177", 8
  %".1280" = getelementptr inbounds float, ptr %".2", i64 %".1279"
  %".1281" = load <8 x float>, ptr %".1280", align 4
  %".1282" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1240", <8 x float> %".1281", <8 x float> %".1236")
  %".1283" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1243", <8 x float> %".1281", <8 x float> %".1237")
  %".1284" = add i64 %".1192", 16
  %".1285" = getelementptr inbounds float, ptr %".1", i64 %".1284"
  %".1286" = load <8 x float>, ptr %".1285", align 4
  %".1287" = add i64 %".1201", 16
  %".1288" = getelementptr inbounds float, ptr %".1", i64 %".1287"
  %".1289" = load <8 x float>, ptr %".1288", align 4
  %".1290" = add i64 %".1156", 16
  %".1291" = getelementptr inbounds float, ptr %".2", i64 %".1290"
  %".1292" = load <8 x float>, ptr %".1291", align 4
  %".1293" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1286", <8 x float> %".1292", <8 x float> %".1247")
  %".1294" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1289", <8 x float> %".1292", <8 x float> %".1248")
  %".1295" = add i64 %".1159", 16
  %".1296" = getelementptr inbounds float, ptr %".2", i64 %".1295"
  %".1297" = load <8 x float>, ptr %".1296", align 4
  %".1298" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1286", <8 x float> %".1297", <8 x float> %".1252")
  %".1299" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1289", <8 x float> %".1297", <8 x float> %".1253")
  %".1300" = add i64 %".1162", 16
  %".1301" = getelementptr inbounds float, ptr %".2", i64 %".1300"
  %".1302" = load <8 x float>, ptr %".1301", align 4
  %".1303" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1286", <8 x float> %".1302", <8 x float> %".1257")
  %".1304" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1289", <8 x float> %".1302", <8 x float> %".1258")
  %".1305" = add i64 %".1165", 16
  %".1306" = getelementptr inbounds float, ptr %".2", i64 %".1305"
  %".1307" = load <8 x float>, ptr %".1306", align 4
  %".1308" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1286", <8 x float> %".1307", <8 x float> %".1262")
  %".1309" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1289", <8 x float> %".1307", <8 x float> %".1263")
  %".1310" = add i64 %".1168", 16
  %".1311" = getelementptr inbounds float, ptr %".2", i64 %".1310"
  %".1312" = load <8 x float>, ptr %".1311", align 4
  %".1313" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1286", <8 x float> %".1312", <8 x float> %".1267")
  %".1314" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1289", <8 x float> %".1312", <8 x float> %".1268")
  %".1315" = add i64 %".1171", 16
  %".1316" = getelementptr inbounds float, ptr %".2", i64 %".1315"
  %".1317" = load <8 x float>, ptr %".1316", align 4
  %".1318" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1286", <8 x float> %".1317", <8 x float> %".1272")
  %".1319" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1289", <8 x float> %".1317", <8 x float> %".1273")
  %".1320" = add i64 %".1174", 16
  %".1321" = getelementptr inbounds float, ptr %".2", i64 %".1320"
  %".1322" = load <8 x float>, ptr %".1321", align 4
  %".1323" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1286", <8 x float> %".1322", <8 x float> %".1277")
  %".1324" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1289", <8 x float> %".1322", <8 x float> %".1278")
  %".1325" = add i64 %".1177", 16
  %".1326" = getelementptr inbounds float, ptr %".2", i64 %".1325"
  %".1327" = load <8 x float>, ptr %".1326", align 4
  %".1328" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1286", <8 x float> %".1327", <8 x float> %".1282")
  %".1329" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1289", <8 x float> %".1327", <8 x float> %".1283")
  %".1330" = add i64 %".1192", 24
  %".1331" = getelementptr inbounds float, ptr %".1", i64 %".1330"
  %".1332" = load <8 x float>, ptr %".1331", align 4
  %".1333" = add i64 %".1201", 24
  %".1334" = getelementptr inbounds float, ptr %".1", i64 %".1333"
  %".1335" = load <8 x float>, ptr %".1334", align 4
  %".1336" = add i64 %".1156", 24
  %".1337" = getelementptr inbounds float, ptr %".2", i64 %".1336"
  %".1338" = load <8 x float>, ptr %".1337", align 4
  %".1339" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1332", <8 x float> %".1338", <8 x float> %".1293")
  %".1340" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1335", <8 x float> %".1338", <8 x float> %".1294")
  %".1341" = add i64 %".1159", 24
  %".1342" = getelementptr inbounds float, ptr %".2", i64 %".1341"
  %".1343" = load <8 x float>, ptr %".1342", align 4
  %".1344" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1332", <8 x float> %".1343", <8 x float> %".1298")
  %".1345" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1335", <8 x float> %".1343", <8 x float> %".1299")
  %".1346" = add i64 %".1162", 24
  %".1347" = getelementptr inbounds float, ptr %".2", i64 %".1346"
  %".1348" = load <8 x float>, ptr %".1347", align 4
  %".1349" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1332", <8 x float> %".1348", <8 x float> %".1303")
  %".1350" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1335", <8 x float> %".1348", <8 x float> %".1304")
  %".1351" = add i64 %".1165", 24
  %".1352" = getelementptr inbounds float, ptr %".2", i64 %".1351"
  %".1353" = load <8 x float>, ptr %".1352", align 4
  %".1354" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1332", <8 x float> %".1353", <8 x float> %".1308")
  %".1355" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1335", <8 x float> %".1353", <8 x float> %".1309")
  %".1356" = add i64 %".1168", 24
  %".1357" = getelementptr inbounds float, ptr %".2", i64 %".1356"
  %".1358" = load <8 x float>, ptr %".1357", align 4
  %".1359" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1332", <8 x float> %".1358", <8 x float> %".1313")
  %".1360" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1335", <8 x float> %".1358", <8 x float> %".1314")
  %".1361" = add i64 %".1171", 24
  %".1362" = getelementptr inbounds float, ptr %".2", i64 %".1361"
  %".1363" = load <8 x float>, ptr %".1362", align 4
  %".1364" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1332", <8 x float> %".1363", <8 x float> %".1318")
  %".1365" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1335", <8 x float> %".1363", <8 x float> %".1319")
  %".1366" = add i64 %".1174", 24
  %".1367" = getelementptr inbounds float, ptr %".2", i64 %".1366"
  %".1368" = load <8 x float>, ptr %".1367", align 4
  %".1369" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1332", <8 x float> %".1368", <8 x float> %".1323")
  %".1370" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1335", <8 x float> %".1368", <8 x float> %".1324")
  %".1371" = add i64 %".1177", 24
  %".1372" = getelementptr inbounds float, ptr %".2", i64 %".1371"
  %".1373" = load <8 x float>, ptr %".1372", align 4
  %".1374" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1332", <8 x float> %".1373", <8 x float> %".1328")
  %".1375" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1335", <8 x float> %".1373", <8 x float> %".1329")
  %".1376" = shufflevector <8 x float> %".1339", <8 x float> %".1344", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1377" = shufflevector <8 x float> %".1339", <8 x float> %".1344", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1378" = fadd afn arcp contract nsz reassoc <8 x float> %".1376", %".1377"
  %".1379" = shufflevector <8 x float> %".1349", <8 x float> %".1354", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1380" = shufflevector <8 x float> %".1349", <8 x float> %".1354", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1381" = fadd afn arcp contract nsz reassoc <8 x float> %".1379", %".1380"
  %".1382" = shufflevector <8 x float> %".1359", <8 x float> %".1364", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1383" = shufflevector <8 x float> %".1359", <8 x float> %".1364", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1384" = fadd afn arcp contract nsz reassoc <8 x float> %".1382", %".1383"
  %".1385" = shufflevector <8 x float> %".1369", <8 x float> %".1374", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1386" = shufflevector <8 x float> %".1369", <8 x float> %".1374", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1387" = fadd afn arcp contract nsz reassoc <8 x float> %".1385", %".1386"
  %".1388" = shufflevector <8 x float> %".1378", <8 x float> %".1381", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1389" = shufflevector <8 x float> %".1378", <8 x float> %".1381", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1390" = fadd afn arcp contract nsz reassoc <8 x float> %".1388", %".1389"
  %".1391" = shufflevector <8 x float> %".1384", <8 x float> %".1387", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1392" = shufflevector <8 x float> %".1384", <8 x float> %".1387", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1393" = fadd afn arcp contract nsz reassoc <8 x float> %".1391", %".1392"
  %".1394" = shufflevector <8 x float> %".1390", <8 x float> %".1393", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".1395" = shufflevector <8 x float> %".1390", <8 x float> %".1393", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".1396" = fadd afn arcp contract nsz reassoc <8 x float> %".1394", %".1395"
  %".1397" = fmul afn arcp contract nsz reassoc <8 x float> %".1396", %".40"
  %".1398" = mul i64 %"for.iv.9", 8
  %".1399" = getelementptr inbounds float, ptr %".32", i64 %".1398"
  store <8 x float> %".1397", ptr %".1399", align 4
  %".1401" = shufflevector <8 x float> %".1340", <8 x float> %".1345", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1402" = shufflevector <8 x float> %".1340", <8 x float> %".1345", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1403" = fadd afn arcp contract nsz reassoc <8 x float> %".1401", %".1402"
  %".1404" = shufflevector <8 x float> %".1350", <8 x float> %".1355", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1405" = shufflevector <8 x float> %".1350", <8 x float> %".1355", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1406" = fadd afn arcp contract nsz reassoc <8 x float> %".1404", %".1405"
  %".1407" = shufflevector <8 x float> %".1360", <8 x float> %".1365", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1408" = shufflevector <8 x float> %".1360", <8 x float> %".1365", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1409" = fadd afn arcp contract nsz reassoc <8 x float> %".1407", %".1408"
  %".1410" = shufflevector <8 x float> %".1370", <8 x float> %".1375", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1411" = shufflevector <8 x float> %".1370", <8 x float> %".1375", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1412" = fadd afn arcp contract nsz reassoc <8 x float> %".1410", %".1411"
  %".1413" = shufflevector <8 x float> %".1403", <8 x float> %".1406", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1414" = shufflevector <8 x float> %".1403", <8 x float> %".1406", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1415" = fadd afn arcp contract nsz reassoc <8 x float> %".1413", %".1414"
  %".1416" = shufflevector <8 x float> %".1409", <8 x float> %".1412", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1417" = shufflevector <8 x float> %".1409", <8 x float> %".1412", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1418" = fadd afn arcp contract nsz reassoc <8 x float> %".1416", %".1417"
  %".1419" = shufflevector <8 x float> %".1415", <8 x float> %".1418", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".1420" = shufflevector <8 x float> %".1415", <8 x float> %".1418", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".1421" = fadd afn arcp contract nsz reassoc <8 x float> %".1419", %".1420"
  %".1422" = fmul afn arcp contract nsz reassoc <8 x float> %".1421", %".40"
  %".1423" = mul i64 %".1193", 8
  %".1424" = getelementptr inbounds float, ptr %".32", i64 %".1423"
  store <8 x float> %".1422", ptr %".1424", align 4
  %"for.next.7" = add nsw i64 %"for.iv.9", 2
  br label %"for.header.9"
for.exit.9:
  br label %"for.header.10"
for.header.10:
  %"for.iv.10" = phi  i64 [%".1179", %"for.exit.9"], [%"for.next.8", %"for.body.10"]
  %".1428" = icmp slt i64 %"for.iv.10", %".30"
  br i1 %".1428", label %"for.body.10", label %"for.exit.10"
for.body.10:
  %".1430" = udiv i64 %"for.iv.10", 2
  %".1431" = urem i64 %"for.iv.10", 2
  %".1432" = add i64 %".27", %".1430"
  %".1433" = mul i64 %".25", 2
  %".1434" = add i64 %".1433", %".1431"
  %".1435" = mul i64 %".26", %".6"
  %".1436" = add i64 %".1435", %".1432"
  %".1437" = mul i64 %".1436", 4
  %".1438" = add i64 %".1437", %".1434"
  %".1439" = mul i64 %".1438", 32
  %".1440" = getelementptr inbounds float, ptr %".1", i64 %".1439"
  %".1441" = load <8 x float>, ptr %".1440", align 4
  %".1442" = getelementptr inbounds float, ptr %".2", i64 %".1156"
  %".1443" = load <8 x float>, ptr %".1442", align 4
  %".1444" = fmul afn arcp contract nsz reassoc <8 x float> %".1441", %".1443"
  %".1445" = getelementptr inbounds float, ptr %".2", i64 %".1159"
  %".1446" = load <8 x float>, ptr %".1445", align 4
  %".1447" = fmul afn arcp contract nsz reassoc <8 x float> %".1441", %".1446"
  %".1448" = getelementptr inbounds float, ptr %".2", i64 %".1162"
  %".1449" = load <8 x float>, ptr %".1448", align 4
  %".1450" = fmul afn arcp contract nsz reassoc <8 x float> %".1441", %".1449"
  %".1451" = getelementptr inbounds float, ptr %".2", i64 %".1165"
  %".1452" = load <8 x float>, ptr %".1451", align 4
  %".1453" = fmul afn arcp contract nsz reassoc <8 x float> %".1441", %".1452"
  %".1454" = getelementptr inbounds float, ptr %".2", i64 %".1168"
  %".1455" = load <8 x float>, ptr %".1454", align 4
  %".1456" = fmul afn arcp contract nsz reassoc <8 x float> %".1441", %".1455"
  %".1457" = getelementptr inbounds float, ptr %".2", i64 %".1171"
  %".1458" = load <8 x float>, ptr %".1457", align 4
  %".1459" = fmul afn arcp contract nsz reassoc <8 x float> %".1441", %".1458"
  %".1460" = getelementptr inbounds float, ptr %".2", i64 %".1174"
  %".1461" = load <8 x float>, ptr %".1460", align 4
  %".1462" = fmul afn arcp contract nsz reassoc <8 x float> %".1441", %".1461"
  %".1463" = getelementptr inbounds float, ptr %".2", i64 %".1177"
  %".1464" = load <8 x float>, ptr %".1463", align 4
  %".1465" = fmul afn arcp contract nsz reassoc <8 x float> %".1441", %".1464"
  %".1466" = add i64 %".1439", 8
  %".1467" = getelementptr inbounds float, ptr %".1", i64 %".1466"
  %".1468" = load <8 x float>, ptr %".1467", align 4
  %".1469" = add i64 %".1156", 8
  %".1470" = getelementptr inbounds float, ptr %".2", i64 %".1469"
  %".1471" = load <8 x float>, ptr %".1470", align 4
  %".1472" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1468", <8 x float> %".1471", <8 x float> %".1444")
  %".1473" = add i64 %".1159", 8
  %".1474" = getelementptr inbounds float, ptr %".2", i64 %".1473"
  %".1475" = load <8 x float>, ptr %".1474", align 4
  %".1476" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1468", <8 x float> %".1475", <8 x float> %".1447")
  %".1477" = add i64 %".1162", 8
  %".1478" = getelementptr inbounds float, ptr %".2", i64 %".1477"
  %".1479" = load <8 x float>, ptr %".1478", align 4
  %".1480" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1468", <8 x float> %".1479", <8 x float> %".1450")
  %".1481" = add i64 %".1165", 8
  %".1482" = getelementptr inbounds float, ptr %".2", i64 %".1481"
  %".1483" = load <8 x float>, ptr %".1482", align 4
  %".1484" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1468", <8 x float> %".1483", <8 x float> %".1453")
  %".1485" = add i64 %".1168", 8
  %".1486" = getelementptr inbounds float, ptr %".2", i64 %".1485"
  %".1487" = load <8 x float>, ptr %".1486", align 4
  %".1488" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1468", <8 x float> %".1487", <8 x float> %".1456")
  %".1489" = add i64 %".1171", 8
  %".1490" = getelementptr inbounds float, ptr %".2", i64 %".1489"
  %".1491" = load <8 x float>, ptr %".1490", align 4
  %".1492" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1468", <8 x float> %".1491", <8 x float> %".1459")
  %".1493" = add i64 %".1174", 8
  %".1494" = getelementptr inbounds float, ptr %".2", i64 %".1493"
  %".1495" = load <8 x float>, ptr %".1494", align 4
  %".1496" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1468", <8 x float> %".1495", <8 x float> %".1462")
  %".1497" = add i64 %".1177", 8
  %".1498" = getelementptr inbounds float, ptr %".2", i64 %".1497"
  %".1499" = load <8 x float>, ptr %".1498", align 4
  %".1500" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1468", <8 x float> %".1499", <8 x float> %".1465")
  %".1501" = add i64 %".1439", 16
  %".1502" = getelementptr inbounds float, ptr %".1", i64 %".1501"
  %".1503" = load <8 x float>, ptr %".1502", align 4
  %".1504" = add i64 %".1156", 16
  %".1505" = getelementptr inbounds float, ptr %".2", i64 %".1504"
  %".1506" = load <8 x float>, ptr %".1505", align 4
  %".1507" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1503", <8 x float> %".1506", <8 x float> %".1472")
  %".1508" = add i64 %".1159", 16
  %".1509" = getelementptr inbounds float, ptr %".2", i64 %".1508"
  %".1510" = load <8 x float>, ptr %".1509", align 4
  %".1511" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1503", <8 x float> %".1510", <8 x float> %".1476")
  %".1512" = add i64 %".1162", 16
  %".1513" = getelementptr inbounds float, ptr %".2", i64 %".1512"
  %".1514" = load <8 x float>, ptr %".1513", align 4
  %".1515" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1503", <8 x float> %".1514", <8 x float> %".1480")
  %".1516" = add i64 %".1165", 16
  %".1517" = getelementptr inbounds float, ptr %".2", i64 %".1516"
  %".1518" = load <8 x float>, ptr %".1517", align 4
  %".1519" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1503", <8 x float> %".1518", <8 x float> %".1484")
  %".1520" = add i64 %".1168", 16
  %".1521" = getelementptr inbounds float, ptr %".2", i64 %".1520"
  %".1522" = load <8 x float>, ptr %".1521", align 4
  %".1523" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1503", <8 x float> %".1522", <8 x float> %".1488")
  %".1524" = add i64 %".1171", 16
  %".1525" = getelementptr inbounds float, ptr %".2", i64 %".1524"
  %".1526" = load <8 x float>, ptr %".1525", align 4
  %".1527" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1503", <8 x float> %".1526", <8 x float> %".1492")
  %".1528" = add i64 %".1174", 16
  %".1529" = getelementptr inbounds float, ptr %".2", i64 %".1528"
  %".1530" = load <8 x float>, ptr %".1529", align 4
  %".1531" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1503", <8 x float> %".1530", <8 x float> %".1496")
  %".1532" = add i64 %".1177", 16
  %".1533" = getelementptr inbounds float, ptr %".2", i64 %".1532"
  %".1534" = load <8 x float>, ptr %".1533", align 4
  %".1535" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1503", <8 x float> %".1534", <8 x float> %".1500")
  %".1536" = add i64 %".1439", 24
  %".1537" = getelementptr inbounds float, ptr %".1", i64 %".1536"
  %".1538" = load <8 x float>, ptr %".1537", align 4
  %".1539" = add i64 %".1156", 24
  %".1540" = getelementptr inbounds float, ptr %".2", i64 %".1539"
  %".1541" = load <8 x float>, ptr %".1540", align 4
  %".1542" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1538", <8 x float> %".1541", <8 x float> %".1507")
  %".1543" = add i64 %".1159", 24
  %".1544" = getelementptr inbounds float, ptr %".2", i64 %".1543"
  %".1545" = load <8 x float>, ptr %".1544", align 4
  %".1546" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1538", <8 x float> %".1545", <8 x float> %".1511")
  %".1547" = add i64 %".1162", 24
  %".1548" = getelementptr inbounds float, ptr %".2", i64 %".1547"
  %".1549" = load <8 x float>, ptr %".1548", align 4
  %".1550" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1538", <8 x float> %".1549", <8 x float> %".1515")
  %".1551" = add i64 %".1165", 24
  %".1552" = getelementptr inbounds float, ptr %".2", i64 %".1551"
  %".1553" = load <8 x float>, ptr %".1552", align 4
  %".1554" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1538", <8 x float> %".1553", <8 x float> %".1519")
  %".1555" = add i64 %".1168", 24
  %".1556" = getelementptr inbounds float, ptr %".2", i64 %".1555"
  %".1557" = load <8 x float>, ptr %".1556", align 4
  %".1558" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1538", <8 x float> %".1557", <8 x float> %".1523")
  %".1559" = add i64 %".1171", 24
  %".1560" = getelementptr inbounds float, ptr %".2", i64 %".1559"
  %".1561" = load <8 x float>, ptr %".1560", align 4
  %".1562" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1538", <8 x float> %".1561", <8 x float> %".1527")
  %".1563" = add i64 %".1174", 24
  %".1564" = getelementptr inbounds float, ptr %".2", i64 %".1563"
  %".1565" = load <8 x float>, ptr %".1564", align 4
  %".1566" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1538", <8 x float> %".1565", <8 x float> %".1531")
  %".1567" = add i64 %".1177", 24
  %".1568" = getelementptr inbounds float, ptr %".2", i64 %".1567"
  %".1569" = load <8 x float>, ptr %".1568", align 4
  %".1570" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1538", <8 x float> %".1569", <8 x float> %".1535")
  %".1571" = shufflevector <8 x float> %".1542", <8 x float> %".1546", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1572" = shufflevector <8 x float> %".1542", <8 x float> %".1546", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1573" = fadd afn arcp contract nsz reassoc <8 x float> %".1571", %".1572"
  %".1574" = shufflevector <8 x float> %".1550", <8 x float> %".1554", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1575" = shufflevector <8 x float> %".1550", <8 x float> %".1554", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1576" = fadd afn arcp contract nsz reassoc <8 x float> %".1574", %".1575"
  %".1577" = shufflevector <8 x float> %".1558", <8 x float> %".1562", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1578" = shufflevector <8 x float> %".1558", <8 x float> %".1562", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1579" = fadd afn arcp contract nsz reassoc <8 x float> %".1577", %".1578"
  %".1580" = shufflevector <8 x float> %".1566", <8 x float> %".1570", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1581" = shufflevector <8 x float> %".1566", <8 x float> %".1570", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1582" = fadd afn arcp contract nsz reassoc <8 x float> %".1580", %".1581"
  %".1583" = shufflevector <8 x float> %".1573", <8 x float> %".1576", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1584" = shufflevector <8 x float> %".1573", <8 x float> %".1576", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1585" = fadd afn arcp contract nsz reassoc <8 x float> %".1583", %".1584"
  %".1586" = shufflevector <8 x float> %".1579", <8 x float> %".1582", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1587" = shufflevector <8 x float> %".1579", <8 x float> %".1582", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1588" = fadd afn arcp contract nsz reassoc <8 x float> %".1586", %".1587"
  %".1589" = shufflevector <8 x float> %".1585", <8 x float> %".1588", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".1590" = shufflevector <8 x float> %".1585", <8 x float> %".1588", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".1591" = fadd afn arcp contract nsz reassoc <8 x float> %".1589", %".1590"
  %".1592" = fmul afn arcp contract nsz reassoc <8 x float> %".1591", %".40"
  %".1593" = mul i64 %"for.iv.10", 8
  %".1594" = getelementptr inbounds float, ptr %".32", i64 %".1593"
  store <8 x float> %".1592", ptr %".1594", align 4
  %"for.next.8" = add nsw i64 %"for.iv.10", 1
  br label %"for.header.10"
for.exit.10:
  br label %"for.header.11"
for.header.11:
  %"for.iv.11" = phi  i64 [0, %"for.exit.10"], [%"for.next.9", %"for.body.11"]
  %".1598" = icmp slt i64 %"for.iv.11", %".30"
  br i1 %".1598", label %"for.body.11", label %"for.exit.11"
for.body.11:
  %".1600" = mul i64 %"for.iv.11", 8
  %".1601" = getelementptr inbounds float, ptr %".32", i64 %".1600"
  %".1602" = load <8 x float>, ptr %".1601", align 4
  %".1603" = udiv i64 %"for.iv.11", 2
  %".1604" = urem i64 %"for.iv.11", 2
  %".1605" = add i64 %".27", %".1603"
  %".1606" = mul i64 %".25", 2
  %".1607" = add i64 %".1606", %".1604"
  %".1608" = mul i64 %".26", %".6"
  %".1609" = add i64 %".1608", %".1605"
  %".1610" = mul i64 %".1609", 4
  %".1611" = add i64 %".1610", %".1607"
  %".1612" = add i64 %".14", %".1605"
  %".1613" = add i64 %".1612", 1
  %".1614" = sub i64 %".1613", %"for.iv.8"
  %".1615" = sitofp i64 %".1614" to float
  %".1616" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1615", i32 0
  %".1617" = shufflevector <8 x float> %".1616", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1618" = fcmp olt <8 x float> <float              0x0, float 0x3ff0000000000000, float 0x4000000000000000, float 0x4008000000000000, float 0x4010000000000000, float 0x4014000000000000, float 0x4018000000000000, float 0x401c000000000000>, %".1617"
  %".1619" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0xc6293e5940000000, i32 0
  %".1620" = shufflevector <8 x float> %".1619", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1621" = select  <8 x i1> %".1618", <8 x float> %".1602", <8 x float> %".1620"
  %".1622" = getelementptr inbounds float, ptr %".31", i64 %"for.iv.11"
  %".1623" = load float, ptr %".1622", align 4
  %".1624" = call afn arcp contract nsz reassoc float @"llvm.vector.reduce.fmax.v8f32"(<8 x float> %".1621")
  %".1625" = fcmp ogt float %".1623", %".1624"
  %".1626" = select  i1 %".1625", float %".1623", float %".1624"
  %".1627" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1626", i32 0
  %".1628" = shufflevector <8 x float> %".1627", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1629" = fsub afn arcp contract nsz reassoc <8 x float> %".1621", %".1628"
  %".1630" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0xc055c00000000000, i32 0
  %".1631" = shufflevector <8 x float> %".1630", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1632" = fcmp ogt <8 x float> %".1629", %".1631"
  %".1633" = select  <8 x i1> %".1632", <8 x float> %".1629", <8 x float> %".1631"
  %".1634" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0x4056000000000000, i32 0
  %".1635" = shufflevector <8 x float> %".1634", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1636" = fcmp olt <8 x float> %".1633", %".1635"
  %".1637" = select  <8 x i1> %".1636", <8 x float> %".1633", <8 x float> %".1635"
  %".1638" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".1637", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".1639" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".1638", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".1640" = fmul contract <8 x float> %".1639", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".1641" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".1640")
  %".1642" = fmul contract <8 x float> %".1641", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".1643" = fsub contract <8 x float> %".1639", %".1642"
  %".1644" = fmul contract <8 x float> %".1641", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".1645" = fsub contract <8 x float> %".1643", %".1644"
  %".1646" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".1645"
  %".1647" = fadd contract <8 x float> %".1646", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".1648" = fmul contract <8 x float> %".1647", %".1645"
  %".1649" = fadd contract <8 x float> %".1648", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".1650" = fmul contract <8 x float> %".1649", %".1645"
  %".1651" = fadd contract <8 x float> %".1650", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".1652" = fmul contract <8 x float> %".1651", %".1645"
  %".1653" = fadd contract <8 x float> %".1652", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".1654" = fmul contract <8 x float> %".1653", %".1645"
  %".1655" = fadd contract <8 x float> %".1654", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".1656" = fmul contract <8 x float> %".1645", %".1645"
  %".1657" = fmul contract <8 x float> %".1655", %".1656"
  %".1658" = fadd contract <8 x float> %".1657", %".1645"
  %".1659" = fadd contract <8 x float> %".1658", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".1660" = fptosi <8 x float> %".1641" to <8 x i32>
  %".1661" = shl <8 x i32> %".1660", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".1662" = bitcast <8 x float> %".1659" to <8 x i32>
  %".1663" = add <8 x i32> %".1662", %".1661"
  %".1664" = bitcast <8 x i32> %".1663" to <8 x float>
  %".1665" = fcmp olt <8 x float> %".1637", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".1666" = select  <8 x i1> %".1665", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".1664"
  %".1667" = fcmp ogt <8 x float> %".1637", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".1668" = select  <8 x i1> %".1667", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".1666"
  %".1669" = fcmp uno <8 x float> %".1637", %".1637"
  %".1670" = select  <8 x i1> %".1669", <8 x float> %".1637", <8 x float> %".1668"
  %".1671" = select  <8 x i1> %".1618", <8 x float> %".1670", <8 x float> %".38"
  %".1672" = fsub afn arcp contract nsz reassoc float %".1623", %".1626"
  %".1673" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1672", i32 0
  %".1674" = shufflevector <8 x float> %".1673", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1675" = fcmp ogt <8 x float> %".1674", %".1631"
  %".1676" = select  <8 x i1> %".1675", <8 x float> %".1674", <8 x float> %".1631"
  %".1677" = fcmp olt <8 x float> %".1676", %".1635"
  %".1678" = select  <8 x i1> %".1677", <8 x float> %".1676", <8 x float> %".1635"
  %".1679" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".1678", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".1680" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".1679", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".1681" = fmul contract <8 x float> %".1680", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".1682" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".1681")
  %".1683" = fmul contract <8 x float> %".1682", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".1684" = fsub contract <8 x float> %".1680", %".1683"
  %".1685" = fmul contract <8 x float> %".1682", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".1686" = fsub contract <8 x float> %".1684", %".1685"
  %".1687" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".1686"
  %".1688" = fadd contract <8 x float> %".1687", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".1689" = fmul contract <8 x float> %".1688", %".1686"
  %".1690" = fadd contract <8 x float> %".1689", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".1691" = fmul contract <8 x float> %".1690", %".1686"
  %".1692" = fadd contract <8 x float> %".1691", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".1693" = fmul contract <8 x float> %".1692", %".1686"
  %".1694" = fadd contract <8 x float> %".1693", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".1695" = fmul contract <8 x float> %".1694", %".1686"
  %".1696" = fadd contract <8 x float> %".1695", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".1697" = fmul contract <8 x float> %".1686", %".1686"
  %".1698" = fmul contract <8 x float> %".1696", %".1697"
  %".1699" = fadd contract <8 x float> %".1698", %".1686"
  %".1700" = fadd contract <8 x float> %".1699", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".1701" = fptosi <8 x float> %".1682" to <8 x i32>
  %".1702" = shl <8 x i32> %".1701", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".1703" = bitcast <8 x float> %".1700" to <8 x i32>
  %".1704" = add <8 x i32> %".1703", %".1702"
  %".1705" = bitcast <8 x i32> %".1704" to <8 x float>
  %".1706" = fcmp olt <8 x float> %".1678", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".1707" = select  <8 x i1> %".1706", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".1705"
  %".1708" = fcmp ogt <8 x float> %".1678", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".1709" = select  <8 x i1> %".1708", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".1707"
  %".1710" = fcmp uno <8 x float> %".1678", %".1678"
  %".1711" = select  <8 x i1> %".1710", <8 x float> %".1678", <8 x float> %".1709"
  %".1712" = extractelement <8 x float> %".1711", i64 0
  %".1713" = getelementptr inbounds float, ptr %".32", i64 %".1600"
  store <8 x float> %".1671", ptr %".1713", align 4
  %".1715" = getelementptr inbounds float, ptr %".31", i64 %"for.iv.11"
  store float %".1626", ptr %".1715", align 4
  %".1717" = add i64 %"for.iv.11", 32
  %".1718" = getelementptr inbounds float, ptr %".31", i64 %".1717"
  %".1719" = load float, ptr %".1718", align 4
  %".1720" = fmul afn arcp contract nsz reassoc float %".1719", %".1712"
  %".1721" = call afn arcp contract nsz reassoc float @"llvm.vector.reduce.fadd.v8f32"(float 0x8000000000000000, <8 x float> %".1671")
  %".1722" = fadd afn arcp contract nsz reassoc float %".1720", %".1721"
  %".1723" = getelementptr inbounds float, ptr %".31", i64 %".1717"
  store float %".1722", ptr %".1723", align 4
  %".1725" = add i64 %"for.iv.11", 64
  %".1726" = getelementptr inbounds float, ptr %".31", i64 %".1725"
  store float %".1712", ptr %".1726", align 4
  %"for.next.9" = add nsw i64 %"for.iv.11", 1
  br label %"for.header.11"
for.exit.11:
  br label %"for.header.12"
for.header.12:
  %"for.iv.12" = phi  i64 [0, %"for.exit.11"], [%"for.next.10", %"for.body.12"]
  %".1730" = icmp slt i64 %"for.iv.12", %".1179"
  br i1 %".1730", label %"for.body.12", label %"for.exit.12"
for.body.12:
  %".1732" = add i64 %"for.iv.12", 1
  %".1733" = udiv i64 %"for.iv.12", 2
  %".1734" = urem i64 %"for.iv.12", 2
  %".1735" = add i64 %".27", %".1733"
  %".1736" = mul i64 %".25", 2
  %".1737" = add i64 %".1736", %".1734"
  %".1738" = mul i64 %".26", %".6"
  %".1739" = add i64 %".1738", %".1735"
  %".1740" = mul i64 %".1739", 4
  %".1741" = add i64 %".1740", %".1737"
  %".1742" = mul i64 %".1741", 32
  %".1743" = udiv i64 %".1732", 2
  %".1744" = urem i64 %".1732", 2
  %".1745" = add i64 %".27", %".1743"
  %".1746" = add i64 %".1736", %".1744"
  %".1747" = add i64 %".1738", %".1745"
  %".1748" = mul i64 %".1747", 4
  %".1749" = add i64 %".1748", %".1746"
  %".1750" = mul i64 %".1749", 32
  %".1751" = add i64 %"for.iv.12", 64
  %".1752" = getelementptr inbounds float, ptr %".31", i64 %".1751"
  %".1753" = load float, ptr %".1752", align 4
  %".1754" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1753", i32 0
  %".1755" = shufflevector <8 x float> %".1754", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1756" = add i64 %".1732", 64
  %".1757" = getelementptr inbounds float, ptr %".31", i64 %".1756"
  %".1758" = load float, ptr %".1757", align 4
  %".1759" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1758", i32 0
  %".1760" = shufflevector <8 x float> %".1759", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1761" = mul i64 %"for.iv.12", 8
  %".1762" = getelementptr inbounds float, ptr %".32", i64 %".1761"
  %".1763" = load float, ptr %".1762", align 4
  %".1764" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1763", i32 0
  %".1765" = shufflevector <8 x float> %".1764", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1766" = add i64 %".1761", 1
  %".1767" = getelementptr inbounds float, ptr %".32", i64 %".1766"
  %".1768" = load float, ptr %".1767", align 4
  %".1769" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1768", i32 0
  %".1770" = shufflevector <8 x float> %".1769", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1771" = add i64 %".1761", 2
  %".1772" = getelementptr inbounds float, ptr %".32", i64 %".1771"
  %".1773" = load float, ptr %".1772", align 4
  %".1774" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1773", i32 0
  %".1775" = shufflevector <8 x float> %".1774", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1776" = add i64 %".1761", 3
  %".1777" = getelementptr inbounds float, ptr %".32", i64 %".1776"
  %".1778" = load float, ptr %".1777", align 4
  %".1779" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1778", i32 0
  %".1780" = shufflevector <8 x float> %".1779", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1781" = add i64 %".1761", 4
  %".1782" = getelementptr inbounds float, ptr %".32", i64 %".1781"
  %".1783" = load float, ptr %".1782", align 4
  %".1784" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1783", i32 0
  %".1785" = shufflevector <8 x float> %".1784", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1786" = add i64 %".1761", 5
  %".1787" = getelementptr inbounds float, ptr %".32", i64 %".1786"
  %".1788" = load float, ptr %".1787", align 4
  %".1789" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1788", i32 0
  %".1790" = shufflevector <8 x float> %".1789", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1791" = add i64 %".1761", 6
  %".1792" = getelementptr inbounds float, ptr %".32", i64 %".1791"
  %".1793" = load float, ptr %".1792", align 4
  %".1794" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1793", i32 0
  %".1795" = shufflevector <8 x float> %".1794", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1796" = add i64 %".1761", 7
  %".1797" = getelementptr inbounds float, ptr %".32", i64 %".1796"
  %".1798" = load float, ptr %".1797", align 4
  %".1799" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1798", i32 0
  %".1800" = shufflevector <8 x float> %".1799", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1801" = mul i64 %".1732", 8
  %".1802" = getelementptr inbounds float, ptr %".32", i64 %".1801"
  %".1803" = load float, ptr %".1802", align 4
  %".1804" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1803", i32 0
  %".1805" = shufflevector <8 x float> %".1804", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1806" = add i64 %".1801", 1
  %".1807" = getelementptr inbounds float, ptr %".32", i64 %".1806"
  %".1808" = load float, ptr %".1807", align 4
  %".1809" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1808", i32 0
  %".1810" = shufflevector <8 x float> %".1809", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1811" = add i64 %".1801", 2
  %".1812" = getelementptr inbounds float, ptr %".32", i64 %".1811"
  %".1813" = load float, ptr %".1812", align 4
  %".1814" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1813", i32 0
  %".1815" = shufflevector <8 x float> %".1814", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1816" = add i64 %".1801", 3
  %".1817" = getelementptr inbounds float, ptr %".32", i64 %".1816"
  %".1818" = load float, ptr %".1817", align 4
  %".1819" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1818", i32 0
  %".1820" = shufflevector <8 x float> %".1819", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1821" = add i64 %".1801", 4
  %".1822" = getelementptr inbounds float, ptr %".32", i64 %".1821"
  %".1823" = load float, ptr %".1822", align 4
  %".1824" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1823", i32 0
  %".1825" = shufflevector <8 x float> %".1824", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1826" = add i64 %".1801", 5
  %".1827" = getelementptr inbounds float, ptr %".32", i64 %".1826"
  %".1828" = load float, ptr %".1827", align 4
  %".1829" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1828", i32 0
  %".1830" = shufflevector <8 x float> %".1829", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1831" = add i64 %".1801", 6
  %".1832" = getelementptr inbounds float, ptr %".32", i64 %".1831"
  %".1833" = load float, ptr %".1832", align 4
  %".1834" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1833", i32 0
  %".1835" = shufflevector <8 x float> %".1834", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1836" = add i64 %".1801", 7
  %".1837" = getelementptr inbounds float, ptr %".32", i64 %".1836"
  %".1838" = load float, ptr %".1837", align 4
  %".1839" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1838", i32 0
  %".1840" = shufflevector <8 x float> %".1839", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1841" = getelementptr inbounds float, ptr %".4", i64 %".1742"
  %".1842" = load <8 x float>, ptr %".1841", align 4
  %".1843" = fmul afn arcp contract nsz reassoc <8 x float> %".1842", %".1755"
  %".1844" = getelementptr inbounds float, ptr %".4", i64 %".1750"
  %".1845" = load <8 x float>, ptr %".1844", align 4
  %".1846" = fmul afn arcp contract nsz reassoc <8 x float> %".1845", %".1760"
  %".1847" = getelementptr inbounds float, ptr %".3", i64 %".1156"
  %".1848" = load <8 x float>, ptr %".1847", align 4
  %".1849" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1765", <8 x float> %".1848", <8 x float> %".1843")
  %".1850" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1805", <8 x float> %".1848", <8 x float> %".1846")
  %".1851" = getelementptr inbounds float, ptr %".3", i64 %".1159"
  %".1852" = load <8 x float>, ptr %".1851", align 4
  %".1853" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1770", <8 x float> %".1852", <8 x float> %".1849")
  %".1854" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1810", <8 x float> %".1852", <8 x float> %".1850")
  %".1855" = getelementptr inbounds float, ptr %".3", i64 %".1162"
  %".1856" = load <8 x float>, ptr %".1855", align 4
  %".1857" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1775", <8 x float> %".1856", <8 x float> %".1853")
  %".1858" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1815", <8 x float> %".1856", <8 x float> %".1854")
  %".1859" = getelementptr inbounds float, ptr %".3", i64 %".1165"
  %".1860" = load <8 x float>, ptr %".1859", align 4
  %".1861" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1780", <8 x float> %".1860", <8 x float> %".1857")
  %".1862" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1820", <8 x float> %".1860", <8 x float> %".1858")
  %".1863" = getelementptr inbounds float, ptr %".3", i64 %".1168"
  %".1864" = load <8 x float>, ptr %".1863", align 4
  %".1865" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1785", <8 x float> %".1864", <8 x float> %".1861")
  %".1866" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1825", <8 x float> %".1864", <8 x float> %".1862")
  %".1867" = getelementptr inbounds float, ptr %".3", i64 %".1171"
  %".1868" = load <8 x float>, ptr %".1867", align 4
  %".1869" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1790", <8 x float> %".1868", <8 x float> %".1865")
  %".1870" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1830", <8 x float> %".1868", <8 x float> %".1866")
  %".1871" = getelementptr inbounds float, ptr %".3", i64 %".1174"
  %".1872" = load <8 x float>, ptr %".1871", align 4
  %".1873" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1795", <8 x float> %".1872", <8 x float> %".1869")
  %".1874" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1835", <8 x float> %".1872", <8 x float> %".1870")
  %".1875" = getelementptr inbounds float, ptr %".3", i64 %".1177"
  %".1876" = load <8 x float>, ptr %".1875", align 4
  %".1877" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1800", <8 x float> %".1876", <8 x float> %".1873")
  %".1878" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1840", <8 x float> %".1876", <8 x float> %".1874")
  %".1879" = getelementptr inbounds float, ptr %".4", i64 %".1742"
  store <8 x float> %".1877", ptr %".1879", align 4
  %".1881" = getelementptr inbounds float, ptr %".4", i64 %".1750"
  store <8 x float> %".1878", ptr %".1881", align 4
  %".1883" = add i64 %".1742", 8
  %".1884" = add i64 %".1750", 8
  %".1885" = getelementptr inbounds float, ptr %".4", i64 %".1883"
  %".1886" = load <8 x float>, ptr %".1885", align 4
  %".1887" = fmul afn arcp contract nsz reassoc <8 x float> %".1886", %".1755"
  %".1888" = getelementptr inbounds float, ptr %".4", i64 %".1884"
  %".1889" = load <8 x float>, ptr %".1888", align 4
  %".1890" = fmul afn arcp contract nsz reassoc <8 x float> %".1889", %".1760"
  %".1891" = add i64 %".1156", 8
  %".1892" = getelementptr inbounds float, ptr %".3", i64 %".1891"
  %".1893" = load <8 x float>, ptr %".1892", align 4
  %".1894" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1765", <8 x float> %".1893", <8 x float> %".1887")
  %".1895" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1805", <8 x float> %".1893", <8 x float> %".1890")
  %".1896" = add i64 %".1159", 8
  %".1897" = getelementptr inbounds float, ptr %".3", i64 %".1896"
  %".1898" = load <8 x float>, ptr %".1897", align 4
  %".1899" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1770", <8 x float> %".1898", <8 x float> %".1894")
  %".1900" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1810", <8 x float> %".1898", <8 x float> %".1895")
  %".1901" = add i64 %".1162", 8
  %".1902" = getelementptr inbounds float, ptr %".3", i64 %".1901"
  %".1903" = load <8 x float>, ptr %".1902", align 4
  %".1904" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1775", <8 x float> %".1903", <8 x float> %".1899")
  %".1905" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1815", <8 x float> %".1903", <8 x float> %".1900")
  %".1906" = add i64 %".1165", 8
  %".1907" = getelementptr inbounds float, ptr %".3", i64 %".1906"
  %".1908" = load <8 x float>, ptr %".1907", align 4
  %".1909" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1780", <8 x float> %".1908", <8 x float> %".1904")
  %".1910" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1820", <8 x float> %".1908", <8 x float> %".1905")
  %".1911" = add i64 %".1168", 8
  %".1912" = getelementptr inbounds float, ptr %".3", i64 %".1911"
  %".1913" = load <8 x float>, ptr %".1912", align 4
  %".1914" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1785", <8 x float> %".1913", <8 x float> %".1909")
  %".1915" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1825", <8 x float> %".1913", <8 x float> %".1910")
  %".1916" = add i64 %".1171", 8
  %".1917" = getelementptr inbounds float, ptr %".3", i64 %".1916"
  %".1918" = load <8 x float>, ptr %".1917", align 4
  %".1919" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1790", <8 x float> %".1918", <8 x float> %".1914")
  %".1920" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1830", <8 x float> %".1918", <8 x float> %".1915")
  %".1921" = add i64 %".1174", 8
  %".1922" = getelementptr inbounds float, ptr %".3", i64 %".1921"
  %".1923" = load <8 x float>, ptr %".1922", align 4
  %".1924" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1795", <8 x float> %".1923", <8 x float> %".1919")
  %".1925" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1835", <8 x float> %".1923", <8 x float> %".1920")
  %".1926" = add i64 %".1177", 8
  %".1927" = getelementptr inbounds float, ptr %".3", i64 %".1926"
  %".1928" = load <8 x float>, ptr %".1927", align 4
  %".1929" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1800", <8 x float> %".1928", <8 x float> %".1924")
  %".1930" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1840", <8 x float> %".1928", <8 x float> %".1925")
  %".1931" = getelementptr inbounds float, ptr %".4", i64 %".1883"
  store <8 x float> %".1929", ptr %".1931", align 4
  %".1933" = getelementptr inbounds float, ptr %".4", i64 %".1884"
  store <8 x float> %".1930", ptr %".1933", align 4
  %".1935" = add i64 %".1742", 16
  %".1936" = add i64 %".1750", 16
  %".1937" = getelementptr inbounds float, ptr %".4", i64 %".1935"
  %".1938" = load <8 x float>, ptr %".1937", align 4
  %".1939" = fmul afn arcp contract nsz reassoc <8 x float> %".1938", %".1755"
  %".1940" = getelementptr inbounds float, ptr %".4", i64 %".1936"
  %".1941" = load <8 x float>, ptr %".1940", align 4
  %".1942" = fmul afn arcp contract nsz reassoc <8 x float> %".1941", %".1760"
  %".1943" = add i64 %".1156", 16
  %".1944" = getelementptr inbounds float, ptr %".3", i64 %".1943"
  %".1945" = load <8 x float>, ptr %".1944", align 4
  %".1946" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1765", <8 x float> %".1945", <8 x float> %".1939")
  %".1947" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1805", <8 x float> %".1945", <8 x float> %".1942")
  %".1948" = add i64 %".1159", 16
  %".1949" = getelementptr inbounds float, ptr %".3", i64 %".1948"
  %".1950" = load <8 x float>, ptr %".1949", align 4
  %".1951" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1770", <8 x float> %".1950", <8 x float> %".1946")
  %".1952" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1810", <8 x float> %".1950", <8 x float> %".1947")
  %".1953" = add i64 %".1162", 16
  %".1954" = getelementptr inbounds float, ptr %".3", i64 %".1953"
  %".1955" = load <8 x float>, ptr %".1954", align 4
  %".1956" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1775", <8 x float> %".1955", <8 x float> %".1951")
  %".1957" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1815", <8 x float> %".1955", <8 x float> %".1952")
  %".1958" = add i64 %".1165", 16
  %".1959" = getelementptr inbounds float, ptr %".3", i64 %".1958"
  %".1960" = load <8 x float>, ptr %".1959", align 4
  %".1961" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1780", <8 x float> %".1960", <8 x float> %".1956")
  %".1962" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1820", <8 x float> %".1960", <8 x float> %".1957")
  %".1963" = add i64 %".1168", 16
  %".1964" = getelementptr inbounds float, ptr %".3", i64 %".1963"
  %".1965" = load <8 x float>, ptr %".1964", align 4
  %".1966" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1785", <8 x float> %".1965", <8 x float> %".1961")
  %".1967" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1825", <8 x float> %".1965", <8 x float> %".1962")
  %".1968" = add i64 %".1171", 16
  %".1969" = getelementptr inbounds float, ptr %".3", i64 %".1968"
  %".1970" = load <8 x float>, ptr %".1969", align 4
  %".1971" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1790", <8 x float> %".1970", <8 x float> %".1966")
  %".1972" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1830", <8 x float> %".1970", <8 x float> %".1967")
  %".1973" = add i64 %".1174", 16
  %".1974" = getelementptr inbounds float, ptr %".3", i64 %".1973"
  %".1975" = load <8 x float>, ptr %".1974", align 4
  %".1976" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1795", <8 x float> %".1975", <8 x float> %".1971")
  %".1977" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1835", <8 x float> %".1975", <8 x float> %".1972")
  %".1978" = add i64 %".1177", 16
  %".1979" = getelementptr inbounds float, ptr %".3", i64 %".1978"
  %".1980" = load <8 x float>, ptr %".1979", align 4
  %".1981" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1800", <8 x float> %".1980", <8 x float> %".1976")
  %".1982" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1840", <8 x float> %".1980", <8 x float> %".1977")
  %".1983" = getelementptr inbounds float, ptr %".4", i64 %".1935"
  store <8 x float> %".1981", ptr %".1983", align 4
  %".1985" = getelementptr inbounds float, ptr %".4", i64 %".1936"
  store <8 x float> %".1982", ptr %".1985", align 4
  %".1987" = add i64 %".1742", 24
  %".1988" = add i64 %".1750", 24
  %".1989" = getelementptr inbounds float, ptr %".4", i64 %".1987"
  %".1990" = load <8 x float>, ptr %".1989", align 4
  %".1991" = fmul afn arcp contract nsz reassoc <8 x float> %".1990", %".1755"
  %".1992" = getelementptr inbounds float, ptr %".4", i64 %".1988"
  %".1993" = load <8 x float>, ptr %".1992", align 4
  %".1994" = fmul afn arcp contract nsz reassoc <8 x float> %".1993", %".1760"
  %".1995" = add i64 %".1156", 24
  %".1996" = getelementptr inbounds float, ptr %".3", i64 %".1995"
  %".1997" = load <8 x float>, ptr %".1996", align 4
  %".1998" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1765", <8 x float> %".1997", <8 x float> %".1991")
  %".1999" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1805", <8 x float> %".1997", <8 x float> %".1994")
  %".2000" = add i64 %".1159", 24
  %".2001" = getelementptr inbounds float, ptr %".3", i64 %".2000"
  %".2002" = load <8 x float>, ptr %".2001", align 4
  %".2003" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1770", <8 x float> %".2002", <8 x float> %".1998")
  %".2004" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1810", <8 x float> %".2002", <8 x float> %".1999")
  %".2005" = add i64 %".1162", 24
  %".2006" = getelementptr inbounds float, ptr %".3", i64 %".2005"
  %".2007" = load <8 x float>, ptr %".2006", align 4
  %".2008" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1775", <8 x float> %".2007", <8 x float> %".2003")
  %".2009" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1815", <8 x float> %".2007", <8 x float> %".2004")
  %".2010" = add i64 %".1165", 24
  %".2011" = getelementptr inbounds float, ptr %".3", i64 %".2010"
  %".2012" = load <8 x float>, ptr %".2011", align 4
  %".2013" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1780", <8 x float> %".2012", <8 x float> %".2008")
  %".2014" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1820", <8 x float> %".2012", <8 x float> %".2009")
  %".2015" = add i64 %".1168", 24
  %".2016" = getelementptr inbounds float, ptr %".3", i64 %".2015"
  %".2017" = load <8 x float>, ptr %".2016", align 4
  %".2018" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1785", <8 x float> %".2017", <8 x float> %".2013")
  %".2019" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1825", <8 x float> %".2017", <8 x float> %".2014")
  %".2020" = add i64 %".1171", 24
  %".2021" = getelementptr inbounds float, ptr %".3", i64 %".2020"
  %".2022" = load <8 x float>, ptr %".2021", align 4
  %".2023" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1790", <8 x float> %".2022", <8 x float> %".2018")
  %".2024" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1830", <8 x float> %".2022", <8 x float> %".2019")
  %".2025" = add i64 %".1174", 24
  %".2026" = getelementptr inbounds float, ptr %".3", i64 %".2025"
  %".2027" = load <8 x float>, ptr %".2026", align 4
  %".2028" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1795", <8 x float> %".2027", <8 x float> %".2023")
  %".2029" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1835", <8 x float> %".2027", <8 x float> %".2024")
  %".2030" = add i64 %".1177", 24
  %".2031" = getelementptr inbounds float, ptr %".3", i64 %".2030"
  %".2032" = load <8 x float>, ptr %".2031", align 4
  %".2033" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1800", <8 x float> %".2032", <8 x float> %".2028")
  %".2034" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1840", <8 x float> %".2032", <8 x float> %".2029")
  %".2035" = getelementptr inbounds float, ptr %".4", i64 %".1987"
  store <8 x float> %".2033", ptr %".2035", align 4
  %".2037" = getelementptr inbounds float, ptr %".4", i64 %".1988"
  store <8 x float> %".2034", ptr %".2037", align 4
  %"for.next.10" = add nsw i64 %"for.iv.12", 2
  br label %"for.header.12"
for.exit.12:
  br label %"for.header.13"
for.header.13:
  %"for.iv.13" = phi  i64 [%".1179", %"for.exit.12"], [%"for.next.11", %"for.body.13"]
  %".2041" = icmp slt i64 %"for.iv.13", %".30"
  br i1 %".2041", label %"for.body.13", label %"for.exit.13"
for.body.13:
  %".2043" = udiv i64 %"for.iv.13", 2
  %".2044" = urem i64 %"for.iv.13", 2
  %".2045" = add i64 %".27", %".2043"
  %".2046" = mul i64 %".25", 2
  %".2047" = add i64 %".2046", %".2044"
  %".2048" = mul i64 %".26", %".6"
  %".2049" = add i64 %".2048", %".2045"
  %".2050" = mul i64 %".2049", 4
  %".2051" = add i64 %".2050", %".2047"
  %".2052" = mul i64 %".2051", 32
  %".2053" = add i64 %"for.iv.13", 64
  %".2054" = getelementptr inbounds float, ptr %".31", i64 %".2053"
  %".2055" = load float, ptr %".2054", align 4
  %".2056" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2055", i32 0
  %".2057" = shufflevector <8 x float> %".2056", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2058" = mul i64 %"for.iv.13", 8
  %".2059" = getelementptr inbounds float, ptr %".32", i64 %".2058"
  %".2060" = load float, ptr %".2059", align 4
  %".2061" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2060", i32 0
  %".2062" = shufflevector <8 x float> %".2061", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2063" = add i64 %".2058", 1
  %".2064" = getelementptr inbounds float, ptr %".32", i64 %".2063"
  %".2065" = load float, ptr %".2064", align 4
  %".2066" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2065", i32 0
  %".2067" = shufflevector <8 x float> %".2066", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2068" = add i64 %".2058", 2
  %".2069" = getelementptr inbounds float, ptr %".32", i64 %".2068"
  %".2070" = load float, ptr %".2069", align 4
  %".2071" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2070", i32 0
  %".2072" = shufflevector <8 x float> %".2071", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2073" = add i64 %".2058", 3
  %".2074" = getelementptr inbounds float, ptr %".32", i64 %".2073"
  %".2075" = load float, ptr %".2074", align 4
  %".2076" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2075", i32 0
  %".2077" = shufflevector <8 x float> %".2076", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2078" = add i64 %".2058", 4
  %".2079" = getelementptr inbounds float, ptr %".32", i64 %".2078"
  %".2080" = load float, ptr %".2079", align 4
  %".2081" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2080", i32 0
  %".2082" = shufflevector <8 x float> %".2081", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2083" = add i64 %".2058", 5
  %".2084" = getelementptr inbounds float, ptr %".32", i64 %".2083"
  %".2085" = load float, ptr %".2084", align 4
  %".2086" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2085", i32 0
  %".2087" = shufflevector <8 x float> %".2086", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2088" = add i64 %".2058", 6
  %".2089" = getelementptr inbounds float, ptr %".32", i64 %".2088"
  %".2090" = load float, ptr %".2089", align 4
  %".2091" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2090", i32 0
  %".2092" = shufflevector <8 x float> %".2091", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2093" = add i64 %".2058", 7
  %".2094" = getelementptr inbounds float, ptr %".32", i64 %".2093"
  %".2095" = load float, ptr %".2094", align 4
  %".2096" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2095", i32 0
  %".2097" = shufflevector <8 x float> %".2096", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2098" = getelementptr inbounds float, ptr %".4", i64 %".2052"
  %".2099" = load <8 x float>, ptr %".2098", align 4
  %".2100" = fmul afn arcp contract nsz reassoc <8 x float> %".2099", %".2057"
  %".2101" = getelementptr inbounds float, ptr %".3", i64 %".1156"
  %".2102" = load <8 x float>, ptr %".2101", align 4
  %".2103" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2062", <8 x float> %".2102", <8 x float> %".2100")
  %".2104" = getelementptr inbounds float, ptr %".3", i64 %".1159"
  %".2105" = load <8 x float>, ptr %".2104", align 4
  %".2106" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2067", <8 x float> %".2105", <8 x float> %".2103")
  %".2107" = getelementptr inbounds float, ptr %".3", i64 %".1162"
  %".2108" = load <8 x float>, ptr %".2107", align 4
  %".2109" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2072", <8 x float> %".2108", <8 x float> %".2106")
  %".2110" = getelementptr inbounds float, ptr %".3", i64 %".1165"
  %".2111" = load <8 x float>, ptr %".2110", align 4
  %".2112" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2077", <8 x float> %".2111", <8 x float> %".2109")
  %".2113" = getelementptr inbounds float, ptr %".3", i64 %".1168"
  %".2114" = load <8 x float>, ptr %".2113", align 4
  %".2115" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2082", <8 x float> %".2114", <8 x float> %".2112")
  %".2116" = getelementptr inbounds float, ptr %".3", i64 %".1171"
  %".2117" = load <8 x float>, ptr %".2116", align 4
  %".2118" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2087", <8 x float> %".2117", <8 x float> %".2115")
  %".2119" = getelementptr inbounds float, ptr %".3", i64 %".1174"
  %".2120" = load <8 x float>, ptr %".2119", align 4
  %".2121" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2092", <8 x float> %".2120", <8 x float> %".2118")
  %".2122" = getelementptr inbounds float, ptr %".3", i64 %".1177"
  %".2123" = load <8 x float>, ptr %".2122", align 4
  %".2124" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2097", <8 x float> %".2123", <8 x float> %".2121")
  %".2125" = getelementptr inbounds float, ptr %".4", i64 %".2052"
  store <8 x float> %".2124", ptr %".2125", align 4
  %".2127" = add i64 %".2052", 8
  %".2128" = getelementptr inbounds float, ptr %".4", i64 %".2127"
  %".2129" = load <8 x float>, ptr %".2128", align 4
  %".2130" = fmul afn arcp contract nsz reassoc <8 x float> %".2129", %".2057"
  %".2131" = add i64 %".1156", 8
  %".2132" = getelementptr inbounds float, ptr %".3", i64 %".2131"
  %".2133" = load <8 x float>, ptr %".2132", align 4
  %".2134" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2062", <8 x float> %".2133", <8 x float> %".2130")
  %".2135" = add i64 %".1159", 8
  %".2136" = getelementptr inbounds float, ptr %".3", i64 %".2135"
  %".2137" = load <8 x float>, ptr %".2136", align 4
  %".2138" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2067", <8 x float> %".2137", <8 x float> %".2134")
  %".2139" = add i64 %".1162", 8
  %".2140" = getelementptr inbounds float, ptr %".3", i64 %".2139"
  %".2141" = load <8 x float>, ptr %".2140", align 4
  %".2142" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2072", <8 x float> %".2141", <8 x float> %".2138")
  %".2143" = add i64 %".1165", 8
  %".2144" = getelementptr inbounds float, ptr %".3", i64 %".2143"
  %".2145" = load <8 x float>, ptr %".2144", align 4
  %".2146" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2077", <8 x float> %".2145", <8 x float> %".2142")
  %".2147" = add i64 %".1168", 8
  %".2148" = getelementptr inbounds float, ptr %".3", i64 %".2147"
  %".2149" = load <8 x float>, ptr %".2148", align 4
  %".2150" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2082", <8 x float> %".2149", <8 x float> %".2146")
  %".2151" = add i64 %".1171", 8
  %".2152" = getelementptr inbounds float, ptr %".3", i64 %".2151"
  %".2153" = load <8 x float>, ptr %".2152", align 4
  %".2154" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2087", <8 x float> %".2153", <8 x float> %".2150")
  %".2155" = add i64 %".1174", 8
  %".2156" = getelementptr inbounds float, ptr %".3", i64 %".2155"
  %".2157" = load <8 x float>, ptr %".2156", align 4
  %".2158" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2092", <8 x float> %".2157", <8 x float> %".2154")
  %".2159" = add i64 %".1177", 8
  %".2160" = getelementptr inbounds float, ptr %".3", i64 %".2159"
  %".2161" = load <8 x float>, ptr %".2160", align 4
  %".2162" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2097", <8 x float> %".2161", <8 x float> %".2158")
  %".2163" = getelementptr inbounds float, ptr %".4", i64 %".2127"
  store <8 x float> %".2162", ptr %".2163", align 4
  %".2165" = add i64 %".2052", 16
  %".2166" = getelementptr inbounds float, ptr %".4", i64 %".2165"
  %".2167" = load <8 x float>, ptr %".2166", align 4
  %".2168" = fmul afn arcp contract nsz reassoc <8 x float> %".2167", %".2057"
  %".2169" = add i64 %".1156", 16
  %".2170" = getelementptr inbounds float, ptr %".3", i64 %".2169"
  %".2171" = load <8 x float>, ptr %".2170", align 4
  %".2172" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2062", <8 x float> %".2171", <8 x float> %".2168")
  %".2173" = add i64 %".1159", 16
  %".2174" = getelementptr inbounds float, ptr %".3", i64 %".2173"
  %".2175" = load <8 x float>, ptr %".2174", align 4
  %".2176" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2067", <8 x float> %".2175", <8 x float> %".2172")
  %".2177" = add i64 %".1162", 16
  %".2178" = getelementptr inbounds float, ptr %".3", i64 %".2177"
  %".2179" = load <8 x float>, ptr %".2178", align 4
  %".2180" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2072", <8 x float> %".2179", <8 x float> %".2176")
  %".2181" = add i64 %".1165", 16
  %".2182" = getelementptr inbounds float, ptr %".3", i64 %".2181"
  %".2183" = load <8 x float>, ptr %".2182", align 4
  %".2184" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2077", <8 x float> %".2183", <8 x float> %".2180")
  %".2185" = add i64 %".1168", 16
  %".2186" = getelementptr inbounds float, ptr %".3", i64 %".2185"
  %".2187" = load <8 x float>, ptr %".2186", align 4
  %".2188" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2082", <8 x float> %".2187", <8 x float> %".2184")
  %".2189" = add i64 %".1171", 16
  %".2190" = getelementptr inbounds float, ptr %".3", i64 %".2189"
  %".2191" = load <8 x float>, ptr %".2190", align 4
  %".2192" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2087", <8 x float> %".2191", <8 x float> %".2188")
  %".2193" = add i64 %".1174", 16
  %".2194" = getelementptr inbounds float, ptr %".3", i64 %".2193"
  %".2195" = load <8 x float>, ptr %".2194", align 4
  %".2196" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2092", <8 x float> %".2195", <8 x float> %".2192")
  %".2197" = add i64 %".1177", 16
  %".2198" = getelementptr inbounds float, ptr %".3", i64 %".2197"
  %".2199" = load <8 x float>, ptr %".2198", align 4
  %".2200" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2097", <8 x float> %".2199", <8 x float> %".2196")
  %".2201" = getelementptr inbounds float, ptr %".4", i64 %".2165"
  store <8 x float> %".2200", ptr %".2201", align 4
  %".2203" = add i64 %".2052", 24
  %".2204" = getelementptr inbounds float, ptr %".4", i64 %".2203"
  %".2205" = load <8 x float>, ptr %".2204", align 4
  %".2206" = fmul afn arcp contract nsz reassoc <8 x float> %".2205", %".2057"
  %".2207" = add i64 %".1156", 24
  %".2208" = getelementptr inbounds float, ptr %".3", i64 %".2207"
  %".2209" = load <8 x float>, ptr %".2208", align 4
  %".2210" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2062", <8 x float> %".2209", <8 x float> %".2206")
  %".2211" = add i64 %".1159", 24
  %".2212" = getelementptr inbounds float, ptr %".3", i64 %".2211"
  %".2213" = load <8 x float>, ptr %".2212", align 4
  %".2214" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2067", <8 x float> %".2213", <8 x float> %".2210")
  %".2215" = add i64 %".1162", 24
  %".2216" = getelementptr inbounds float, ptr %".3", i64 %".2215"
  %".2217" = load <8 x float>, ptr %".2216", align 4
  %".2218" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2072", <8 x float> %".2217", <8 x float> %".2214")
  %".2219" = add i64 %".1165", 24
  %".2220" = getelementptr inbounds float, ptr %".3", i64 %".2219"
  %".2221" = load <8 x float>, ptr %".2220", align 4
  %".2222" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2077", <8 x float> %".2221", <8 x float> %".2218")
  %".2223" = add i64 %".1168", 24
  %".2224" = getelementptr inbounds float, ptr %".3", i64 %".2223"
  %".2225" = load <8 x float>, ptr %".2224", align 4
  %".2226" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2082", <8 x float> %".2225", <8 x float> %".2222")
  %".2227" = add i64 %".1171", 24
  %".2228" = getelementptr inbounds float, ptr %".3", i64 %".2227"
  %".2229" = load <8 x float>, ptr %".2228", align 4
  %".2230" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2087", <8 x float> %".2229", <8 x float> %".2226")
  %".2231" = add i64 %".1174", 24
  %".2232" = getelementptr inbounds float, ptr %".3", i64 %".2231"
  %".2233" = load <8 x float>, ptr %".2232", align 4
  %".2234" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2092", <8 x float> %".2233", <8 x float> %".2230")
  %".2235" = add i64 %".1177", 24
  %".2236" = getelementptr inbounds float, ptr %".3", i64 %".2235"
  %".2237" = load <8 x float>, ptr %".2236", align 4
  %".2238" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2097", <8 x float> %".2237", <8 x float> %".2234")
  %".2239" = getelementptr inbounds float, ptr %".4", i64 %".2203"
  store <8 x float> %".2238", ptr %".2239", align 4
  %"for.next.11" = add nsw i64 %"for.iv.13", 1
  br label %"for.header.13"
for.exit.13:
  %"for.next.12" = add nsw i64 %"for.iv.8", 8
  br label %"for.header.8"
for.header.14:
  %"for.iv.14" = phi  i64 [0, %"for.exit.8"], [%"for.next.14", %"for.exit.15"]
  %".2244" = icmp slt i64 %"for.iv.14", %".30"
  br i1 %".2244", label %"for.body.14", label %"for.exit.14"
for.body.14:
  %".2246" = udiv i64 %"for.iv.14", 2
  %".2247" = urem i64 %"for.iv.14", 2
  %".2248" = add i64 %".27", %".2246"
  %".2249" = mul i64 %".25", 2
  %".2250" = add i64 %".2249", %".2247"
  %".2251" = mul i64 %".26", %".6"
  %".2252" = add i64 %".2251", %".2248"
  %".2253" = mul i64 %".2252", 4
  %".2254" = add i64 %".2253", %".2250"
  %".2255" = mul i64 %".2254", 32
  %".2256" = add i64 %".14", %".2248"
  %".2257" = add i64 %".2256", 1
  br label %"for.header.15"
for.exit.14:
  %"for.next.15" = add nsw i64 %"for.iv", 1
  br label %"for.header"
for.header.15:
  %"for.iv.15" = phi  i64 [%".80", %"for.body.14"], [%"for.next.13", %"for.body.15"]
  %".2259" = icmp slt i64 %"for.iv.15", %".2257"
  br i1 %".2259", label %"for.body.15", label %"for.exit.15"
for.body.15:
  %".2261" = mul i64 %"for.iv.15", 64
  %".2262" = add i64 %".36", %".2261"
  %".2263" = getelementptr inbounds float, ptr %".1", i64 %".2255"
  %".2264" = load <8 x float>, ptr %".2263", align 4
  %".2265" = getelementptr inbounds float, ptr %".2", i64 %".2262"
  %".2266" = load <8 x float>, ptr %".2265", align 4
  %".2267" = fmul afn arcp contract nsz reassoc <8 x float> %".2264", %".2266"
  %".2268" = add i64 %".2255", 8
  %".2269" = getelementptr inbounds float, ptr %".1", i64 %".2268"
  %".2270" = load <8 x float>, ptr %".2269", align 4
  %".2271" = add i64 %".2262", 8
  %".2272" = getelementptr inbounds float, ptr %".2", i64 %".2271"
  %".2273" = load <8 x float>, ptr %".2272", align 4
  %".2274" = fmul afn arcp contract nsz reassoc <8 x float> %".2270", %".2273"
  %".2275" = add i64 %".2255", 16
  %".2276" = getelementptr inbounds float, ptr %".1", i64 %".2275"
  %".2277" = load <8 x float>, ptr %".2276", align 4
  %".2278" = add i64 %".2262", 16
  %".2279" = getelementptr inbounds float, ptr %".2", i64 %".2278"
  %".2280" = load <8 x float>, ptr %".2279", align 4
  %".2281" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2277", <8 x float> %".2280", <8 x float> %".2267")
  %".2282" = add i64 %".2255", 24
  %".2283" = getelementptr inbounds float, ptr %".1", i64 %".2282"
  %".2284" = load <8 x float>, ptr %".2283", align 4
  %".2285" = add i64 %".2262", 24
  %".2286" = getelementptr inbounds float, ptr %".2", i64 %".2285"
  %".2287" = load <8 x float>, ptr %".2286", align 4
  %".2288" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2284", <8 x float> %".2287", <8 x float> %".2274")
  %".2289" = fadd afn arcp contract nsz reassoc <8 x float> %".2281", %".2288"
  %".2290" = call afn arcp contract nsz reassoc float @"llvm.vector.reduce.fadd.v8f32"(float 0x8000000000000000, <8 x float> %".2289")
  %".2291" = fmul afn arcp contract nsz reassoc float %".2290", 0x3fc6a09e60000000
  %".2292" = getelementptr inbounds float, ptr %".31", i64 %"for.iv.14"
  %".2293" = load float, ptr %".2292", align 4
  %".2294" = fcmp ogt float %".2293", %".2291"
  %".2295" = select  i1 %".2294", float %".2293", float %".2291"
  %".2296" = fsub afn arcp contract nsz reassoc float %".2293", %".2295"
  %".2297" = fsub afn arcp contract nsz reassoc float %".2291", %".2295"
  %".2298" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2297", i32 0
  %".2299" = shufflevector <8 x float> %".2298", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2300" = insertelement <8 x float> %".2299", float %".2296", i64 1
  %".2301" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0xc055c00000000000, i32 0
  %".2302" = shufflevector <8 x float> %".2301", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2303" = fcmp ogt <8 x float> %".2300", %".2302"
  %".2304" = select  <8 x i1> %".2303", <8 x float> %".2300", <8 x float> %".2302"
  %".2305" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0x4056000000000000, i32 0
  %".2306" = shufflevector <8 x float> %".2305", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2307" = fcmp olt <8 x float> %".2304", %".2306"
  %".2308" = select  <8 x i1> %".2307", <8 x float> %".2304", <8 x float> %".2306"
  %".2309" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".2308", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".2310" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".2309", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".2311" = fmul contract <8 x float> %".2310", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".2312" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".2311")
  %".2313" = fmul contract <8 x float> %".2312", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".2314" = fsub contract <8 x float> %".2310", %".2313"
  %".2315" = fmul contract <8 x float> %".2312", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".2316" = fsub contract <8 x float> %".2314", %".2315"
  %".2317" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".2316"
  %".2318" = fadd contract <8 x float> %".2317", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".2319" = fmul contract <8 x float> %".2318", %".2316"
  %".2320" = fadd contract <8 x float> %".2319", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".2321" = fmul contract <8 x float> %".2320", %".2316"
  %".2322" = fadd contract <8 x float> %".2321", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".2323" = fmul contract <8 x float> %".2322", %".2316"
  %".2324" = fadd contract <8 x float> %".2323", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".2325" = fmul contract <8 x float> %".2324", %".2316"
  %".2326" = fadd contract <8 x float> %".2325", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".2327" = fmul contract <8 x float> %".2316", %".2316"
  %".2328" = fmul contract <8 x float> %".2326", %".2327"
  %".2329" = fadd contract <8 x float> %".2328", %".2316"
  %".2330" = fadd contract <8 x float> %".2329", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".2331" = fptosi <8 x float> %".2312" to <8 x i32>
  %".2332" = shl <8 x i32> %".2331", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".2333" = bitcast <8 x float> %".2330" to <8 x i32>
  %".2334" = add <8 x i32> %".2333", %".2332"
  %".2335" = bitcast <8 x i32> %".2334" to <8 x float>
  %".2336" = fcmp olt <8 x float> %".2308", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".2337" = select  <8 x i1> %".2336", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".2335"
  %".2338" = fcmp ogt <8 x float> %".2308", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".2339" = select  <8 x i1> %".2338", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".2337"
  %".2340" = fcmp uno <8 x float> %".2308", %".2308"
  %".2341" = select  <8 x i1> %".2340", <8 x float> %".2308", <8 x float> %".2339"
  %".2342" = extractelement <8 x float> %".2341", i64 0
  %".2343" = extractelement <8 x float> %".2341", i64 1
  %".2344" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2342", i32 0
  %".2345" = shufflevector <8 x float> %".2344", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2346" = getelementptr inbounds float, ptr %".31", i64 %"for.iv.14"
  store float %".2295", ptr %".2346", align 4
  %".2348" = add i64 %"for.iv.14", 32
  %".2349" = getelementptr inbounds float, ptr %".31", i64 %".2348"
  %".2350" = load float, ptr %".2349", align 4
  %".2351" = fmul afn arcp contract nsz reassoc float %".2350", %".2343"
  %".2352" = fadd afn arcp contract nsz reassoc float %".2351", %".2342"
  %".2353" = getelementptr inbounds float, ptr %".31", i64 %".2348"
  store float %".2352", ptr %".2353", align 4
  %".2355" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2343", i32 0
  %".2356" = shufflevector <8 x float> %".2355", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2357" = getelementptr inbounds float, ptr %".4", i64 %".2255"
  %".2358" = load <8 x float>, ptr %".2357", align 4
  %".2359" = fmul afn arcp contract nsz reassoc <8 x float> %".2358", %".2356"
  %".2360" = getelementptr inbounds float, ptr %".3", i64 %".2262"
  %".2361" = load <8 x float>, ptr %".2360", align 4
  %".2362" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2345", <8 x float> %".2361", <8 x float> %".2359")
  %".2363" = getelementptr inbounds float, ptr %".4", i64 %".2255"
  store <8 x float> %".2362", ptr %".2363", align 4
  %".2365" = getelementptr inbounds float, ptr %".4", i64 %".2268"
  %".2366" = load <8 x float>, ptr %".2365", align 4
  %".2367" = fmul afn arcp contract nsz reassoc <8 x float> %".2366", %".2356"
  %".2368" = getelementptr inbounds float, ptr %".3", i64 %".2271"
  %".2369" = load <8 x float>, ptr %".2368", align 4
  %".2370" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2345", <8 x float> %".2369", <8 x float> %".2367")
  %".2371" = getelementptr inbounds float, ptr %".4", i64 %".2268"
  store <8 x float> %".2370", ptr %".2371", align 4
  %".2373" = getelementptr inbounds float, ptr %".4", i64 %".2275"
  %".2374" = load <8 x float>, ptr %".2373", align 4
  %".2375" = fmul afn arcp contract nsz reassoc <8 x float> %".2374", %".2356"
  %".2376" = getelementptr inbounds float, ptr %".3", i64 %".2278"
  %".2377" = load <8 x float>, ptr %".2376", align 4
  %".2378" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2345", <8 x float> %".2377", <8 x float> %".2375")
  %".2379" = getelementptr inbounds float, ptr %".4", i64 %".2275"
  store <8 x float> %".2378", ptr %".2379", align 4
  %".2381" = getelementptr inbounds float, ptr %".4", i64 %".2282"
  %".2382" = load <8 x float>, ptr %".2381", align 4
  %".2383" = fmul afn arcp contract nsz reassoc <8 x float> %".2382", %".2356"
  %".2384" = getelementptr inbounds float, ptr %".3", i64 %".2285"
  %".2385" = load <8 x float>, ptr %".2384", align 4
  %".2386" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2345", <8 x float> %".2385", <8 x float> %".2383")
  %".2387" = getelementptr inbounds float, ptr %".4", i64 %".2282"
  store <8 x float> %".2386", ptr %".2387", align 4
  %"for.next.13" = add nsw i64 %"for.iv.15", 1
  br label %"for.header.15"
for.exit.15:
  %".2390" = add i64 %"for.iv.14", 32
  %".2391" = getelementptr inbounds float, ptr %".31", i64 %".2390"
  %".2392" = load float, ptr %".2391", align 4
  %".2393" = fcmp ogt float %".2392",              0x0
  %".2394" = fdiv afn arcp contract nsz reassoc float 0x3ff0000000000000, %".2392"
  %".2395" = select  i1 %".2393", float %".2394", float              0x0
  %".2396" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2395", i32 0
  %".2397" = shufflevector <8 x float> %".2396", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2398" = getelementptr inbounds float, ptr %".4", i64 %".2255"
  %".2399" = load <8 x float>, ptr %".2398", align 4
  %".2400" = fmul afn arcp contract nsz reassoc <8 x float> %".2399", %".2397"
  %".2401" = getelementptr inbounds float, ptr %".4", i64 %".2255"
  store <8 x float> %".2400", ptr %".2401", align 4
  %".2403" = add i64 %".2255", 8
  %".2404" = getelementptr inbounds float, ptr %".4", i64 %".2403"
  %".2405" = load <8 x float>, ptr %".2404", align 4
  %".2406" = fmul afn arcp contract nsz reassoc <8 x float> %".2405", %".2397"
  %".2407" = getelementptr inbounds float, ptr %".4", i64 %".2403"
  store <8 x float> %".2406", ptr %".2407", align 4
  %".2409" = add i64 %".2255", 16
  %".2410" = getelementptr inbounds float, ptr %".4", i64 %".2409"
  %".2411" = load <8 x float>, ptr %".2410", align 4
  %".2412" = fmul afn arcp contract nsz reassoc <8 x float> %".2411", %".2397"
  %".2413" = getelementptr inbounds float, ptr %".4", i64 %".2409"
  store <8 x float> %".2412", ptr %".2413", align 4
  %".2415" = add i64 %".2255", 24
  %".2416" = getelementptr inbounds float, ptr %".4", i64 %".2415"
  %".2417" = load <8 x float>, ptr %".2416", align 4
  %".2418" = fmul afn arcp contract nsz reassoc <8 x float> %".2417", %".2397"
  %".2419" = getelementptr inbounds float, ptr %".4", i64 %".2415"
  store <8 x float> %".2418", ptr %".2419", align 4
  %"for.next.14" = add nsw i64 %"for.iv.14", 1
  br label %"for.header.14"
}

define internal void @"embed_h128_v1024_packed16"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", ptr captures(none) noalias align 4 %".3", i64 %".4") noinline nounwind
{
entry:
  %"embed_h128_v1024_packed16.par2.ctx" = alloca {i64, i64, i64, i64, ptr, ptr, ptr}
  br label %"body"
body:
  %".6" = mul i64 %".4", 2048
  %".7" = icmp ult i64 %".6", 524288
  br i1 %".7", label %"if.then", label %"if.else"
if.then:
  br label %"for.header"
if.else:
  %".34" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"embed_h128_v1024_packed16.par2.ctx", i32 0, i32 0
  store i64 0, ptr %".34"
  %".36" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"embed_h128_v1024_packed16.par2.ctx", i32 0, i32 1
  store i64 %".4", ptr %".36"
  %".38" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"embed_h128_v1024_packed16.par2.ctx", i32 0, i32 2
  store i64 1, ptr %".38"
  %".40" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"embed_h128_v1024_packed16.par2.ctx", i32 0, i32 3
  store i64 0, ptr %".40"
  %".42" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"embed_h128_v1024_packed16.par2.ctx", i32 0, i32 4
  store ptr %".1", ptr %".42"
  %".44" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"embed_h128_v1024_packed16.par2.ctx", i32 0, i32 5
  store ptr %".2", ptr %".44"
  %".46" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"embed_h128_v1024_packed16.par2.ctx", i32 0, i32 6
  store ptr %".3", ptr %".46"
  call void @"GOMP_parallel"(void (ptr)* @"embed_h128_v1024_packed16.par2", ptr %"embed_h128_v1024_packed16.par2.ctx", i32 0, i32 0)
  br label %"if.end"
if.end:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"if.then"], [%"for.next.1", %"for.exit.1"]
  %".10" = icmp slt i64 %"for.iv", %".4"
  br i1 %".10", label %"for.body", label %"for.exit"
for.body:
  %".12" = getelementptr inbounds i32, ptr %".1", i64 %"for.iv"
  %".13" = load i32, ptr %".12", align 4
  %".14" = sext i32 %".13" to i64
  %".15" = call i64 @"llvm.umin.i64"(i64 %".14", i64 1023)
  %".16" = udiv i64 %".15", 16
  %".17" = mul i64 %".16", 2048
  %".18" = urem i64 %".15", 16
  %".19" = add i64 %".17", %".18"
  %".20" = mul i64 %"for.iv", 128
  br label %"for.header.1"
for.exit:
  br label %"if.end"
for.header.1:
  %"for.iv.1" = phi  i64 [0, %"for.body"], [%"for.next", %"for.body.1"]
  %".22" = icmp slt i64 %"for.iv.1", 128
  br i1 %".22", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".24" = mul i64 %"for.iv.1", 16
  %".25" = add i64 %".19", %".24"
  %".26" = getelementptr inbounds float, ptr %".2", i64 %".25"
  %".27" = load float, ptr %".26", align 4
  %".28" = add i64 %".20", %"for.iv.1"
  %".29" = getelementptr inbounds float, ptr %".3", i64 %".28"
  store float %".27", ptr %".29", align 4
  %"for.next" = add nsw i64 %"for.iv.1", 1
  br label %"for.header.1"
for.exit.1:
  %"for.next.1" = add nsw i64 %"for.iv", 1
  br label %"for.header"
}

define internal void @"gather_last_h128"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", i64 %".3", i64 %".4") noinline nounwind
{
entry:
  br label %"body"
body:
  br label %"for.header"
for.header:
  %"for.iv" = phi  i64 [0, %"body"], [%"for.next.1", %"for.exit.1"]
  %".7" = icmp slt i64 %"for.iv", %".3"
  br i1 %".7", label %"for.body", label %"for.exit"
for.body:
  %".9" = add i64 %"for.iv", 1
  %".10" = mul i64 %".9", %".4"
  %".11" = sub i64 %".10", 1
  %".12" = mul i64 %".11", 128
  %".13" = mul i64 %"for.iv", 128
  br label %"for.header.1"
for.exit:
  ret void
for.header.1:
  %"for.iv.1" = phi  i64 [0, %"for.body"], [%"for.next", %"for.body.1"]
  %".15" = icmp slt i64 %"for.iv.1", 128
  br i1 %".15", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".17" = add i64 %".12", %"for.iv.1"
  %".18" = getelementptr inbounds float, ptr %".1", i64 %".17"
  %".19" = load <8 x float>, ptr %".18", align 4
  %".20" = add i64 %".13", %"for.iv.1"
  %".21" = getelementptr inbounds float, ptr %".2", i64 %".20"
  store <8 x float> %".19", ptr %".21", align 4
  %"for.next" = add nsw i64 %"for.iv.1", 8
  br label %"for.header.1"
for.exit.1:
  %"for.next.1" = add nsw i64 %"for.iv", 1
  br label %"for.header"
}

define internal void @"kv_write_d64"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", i64 %".3", i64 %".4", i64 %".5", i64 %".6") noinline nounwind
{
entry:
  %"kv_write_d64.par3.ctx" = alloca {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}
  br label %"body"
body:
  %".8" = mul i64 %".3", %".4"
  %".9" = mul i64 %".8", 64
  %".10" = icmp ult i64 %".9", 524288
  br i1 %".10", label %"if.then", label %"if.else"
if.then:
  br label %"for.header"
if.else:
  %".34" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"kv_write_d64.par3.ctx", i32 0, i32 0
  store i64 0, ptr %".34"
  %".36" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"kv_write_d64.par3.ctx", i32 0, i32 1
  store i64 %".8", ptr %".36"
  %".38" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"kv_write_d64.par3.ctx", i32 0, i32 2
  store i64 1, ptr %".38"
  %".40" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"kv_write_d64.par3.ctx", i32 0, i32 3
  store i64 0, ptr %".40"
  %".42" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"kv_write_d64.par3.ctx", i32 0, i32 4
  store i64 %".4", ptr %".42"
  %".44" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"kv_write_d64.par3.ctx", i32 0, i32 5
  store i64 %".6", ptr %".44"
  %".46" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"kv_write_d64.par3.ctx", i32 0, i32 6
  store i64 %".5", ptr %".46"
  %".48" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"kv_write_d64.par3.ctx", i32 0, i32 7
  store ptr %".1", ptr %".48"
  %".50" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"kv_write_d64.par3.ctx", i32 0, i32 8
  store ptr %".2", ptr %".50"
  call void @"GOMP_parallel"(void (ptr)* @"kv_write_d64.par3", ptr %"kv_write_d64.par3.ctx", i32 0, i32 0)
  br label %"if.end"
if.end:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"if.then"], [%"for.next.1", %"for.exit.1"]
  %".13" = icmp slt i64 %"for.iv", %".8"
  br i1 %".13", label %"for.body", label %"for.exit"
for.body:
  %".15" = udiv i64 %"for.iv", %".4"
  %".16" = urem i64 %"for.iv", %".4"
  %".17" = mul i64 %"for.iv", 64
  %".18" = mul i64 %".15", %".6"
  %".19" = add i64 %".18", %".5"
  %".20" = add i64 %".19", %".16"
  %".21" = mul i64 %".20", 64
  br label %"for.header.1"
for.exit:
  br label %"if.end"
for.header.1:
  %"for.iv.1" = phi  i64 [0, %"for.body"], [%"for.next", %"for.body.1"]
  %".23" = icmp slt i64 %"for.iv.1", 64
  br i1 %".23", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".25" = add i64 %".17", %"for.iv.1"
  %".26" = getelementptr inbounds float, ptr %".1", i64 %".25"
  %".27" = load <8 x float>, ptr %".26", align 4
  %".28" = add i64 %".21", %"for.iv.1"
  %".29" = getelementptr inbounds float, ptr %".2", i64 %".28"
  store <8 x float> %".27", ptr %".29", align 4
  %"for.next" = add nsw i64 %"for.iv.1", 8
  br label %"for.header.1"
for.exit.1:
  %"for.next.1" = add nsw i64 %"for.iv", 1
  br label %"for.header"
}

define internal void @"linear_k128_n1024"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", ptr captures(none) noalias align 4 %".3", i64 %".4") noinline nounwind
{
entry:
  %"linear_k128_n1024.par4.ctx" = alloca {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}
  br label %"body"
body:
  %".6" = mul i64 %".4", 131072
  %".7" = add i64 %".4", 509
  %".8" = udiv i64 %".7", 510
  %".9" = mul i64 %".8", 8
  %".10" = icmp ult i64 %".6", 524288
  br i1 %".10", label %"if.then", label %"if.else"
if.then:
  br label %"for.header"
if.else:
  %".251" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k128_n1024.par4.ctx", i32 0, i32 0
  store i64 0, ptr %".251"
  %".253" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k128_n1024.par4.ctx", i32 0, i32 1
  store i64 %".9", ptr %".253"
  %".255" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k128_n1024.par4.ctx", i32 0, i32 2
  store i64 1, ptr %".255"
  %".257" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k128_n1024.par4.ctx", i32 0, i32 3
  store i64 0, ptr %".257"
  %".259" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k128_n1024.par4.ctx", i32 0, i32 4
  store i64 %".8", ptr %".259"
  %".261" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k128_n1024.par4.ctx", i32 0, i32 5
  store i64 %".4", ptr %".261"
  %".263" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k128_n1024.par4.ctx", i32 0, i32 6
  store ptr %".2", ptr %".263"
  %".265" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k128_n1024.par4.ctx", i32 0, i32 7
  store ptr %".1", ptr %".265"
  %".267" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k128_n1024.par4.ctx", i32 0, i32 8
  store ptr %".3", ptr %".267"
  call void @"GOMP_parallel"(void (ptr)* @"linear_k128_n1024.par4", ptr %"linear_k128_n1024.par4.ctx", i32 0, i32 0)
  br label %"if.end"
if.end:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"if.then"], [%"for.next.5", %"for.exit.1"]
  %".13" = icmp slt i64 %"for.iv", %".9"
  br i1 %".13", label %"for.body", label %"for.exit"
for.body:
  %".15" = udiv i64 %"for.iv", %".8"
  %".16" = urem i64 %"for.iv", %".8"
  %".17" = mul i64 %".16", 510
  %".18" = add i64 %".17", 510
  %".19" = call i64 @"llvm.umin.i64"(i64 %".18", i64 %".4")
  %".20" = sub i64 %".19", %".17"
  %".21" = udiv i64 %".20", 6
  %".22" = mul i64 %".21", 6
  %".23" = add i64 %".17", %".22"
  %".24" = mul i64 %".15", 8
  %".25" = add i64 %".24", 8
  br label %"for.header.1"
for.exit:
  br label %"if.end"
for.header.1:
  %"for.iv.1" = phi  i64 [%".24", %"for.body"], [%"for.next.4", %"for.exit.4"]
  %".27" = icmp slt i64 %"for.iv.1", %".25"
  br i1 %".27", label %"for.body.1", label %"for.exit.1"
for.body.1:
  br label %"for.header.2"
for.exit.1:
  %"for.next.5" = add nsw i64 %"for.iv", 1
  br label %"for.header"
for.header.2:
  %"for.iv.2" = phi  i64 [%".17", %"for.body.1"], [%"for.next.1", %"for.exit.3"]
  %".30" = icmp slt i64 %"for.iv.2", %".23"
  br i1 %".30", label %"for.body.2", label %"for.exit.2"
for.body.2:
  %".32" = add i64 %"for.iv.2", 1
  %".33" = add i64 %"for.iv.2", 2
  %".34" = add i64 %"for.iv.2", 3
  %".35" = add i64 %"for.iv.2", 4
  %".36" = add i64 %"for.iv.2", 5
  %".37" = mul i64 %"for.iv.1", 16
  %".38" = mul i64 %"for.iv.1", 2048
  %".39" = mul i64 %"for.iv.2", 128
  %".40" = mul i64 %".32", 128
  %".41" = mul i64 %".33", 128
  %".42" = mul i64 %".34", 128
  %".43" = mul i64 %".35", 128
  %".44" = mul i64 %".36", 128
  %".45" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".46" = shufflevector <8 x float> %".45", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.3"
for.exit.2:
  br label %"for.header.4"
for.header.3:
  %"for.iv.3" = phi  i64 [0, %"for.body.2"], [%"for.next", %"for.body.3"]
  %".48" = phi  <8 x float> [%".46", %"for.body.2"], [%".74", %"for.body.3"]
  %".49" = phi  <8 x float> [%".46", %"for.body.2"], [%".75", %"for.body.3"]
  %".50" = phi  <8 x float> [%".46", %"for.body.2"], [%".81", %"for.body.3"]
  %".51" = phi  <8 x float> [%".46", %"for.body.2"], [%".82", %"for.body.3"]
  %".52" = phi  <8 x float> [%".46", %"for.body.2"], [%".88", %"for.body.3"]
  %".53" = phi  <8 x float> [%".46", %"for.body.2"], [%".89", %"for.body.3"]
  %".54" = phi  <8 x float> [%".46", %"for.body.2"], [%".95", %"for.body.3"]
  %".55" = phi  <8 x float> [%".46", %"for.body.2"], [%".96", %"for.body.3"]
  %".56" = phi  <8 x float> [%".46", %"for.body.2"], [%".102", %"for.body.3"]
  %".57" = phi  <8 x float> [%".46", %"for.body.2"], [%".103", %"for.body.3"]
  %".58" = phi  <8 x float> [%".46", %"for.body.2"], [%".109", %"for.body.3"]
  %".59" = phi  <8 x float> [%".46", %"for.body.2"], [%".110", %"for.body.3"]
  %".60" = icmp slt i64 %"for.iv.3", 128
  br i1 %".60", label %"for.body.3", label %"for.exit.3"
for.body.3:
  %".62" = mul i64 %"for.iv.3", 16
  %".63" = add i64 %".38", %".62"
  %".64" = getelementptr inbounds float, ptr %".2", i64 %".63"
  %".65" = load <8 x float>, ptr %".64", align 4
  %".66" = add i64 %".63", 8
  %".67" = getelementptr inbounds float, ptr %".2", i64 %".66"
  %".68" = load <8 x float>, ptr %".67", align 4
  %".69" = add i64 %".39", %"for.iv.3"
  %".70" = getelementptr inbounds float, ptr %".1", i64 %".69"
  %".71" = load float, ptr %".70", align 4
  %".72" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".71", i32 0
  %".73" = shufflevector <8 x float> %".72", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".74" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".73", <8 x float> %".65", <8 x float> %".48")
  %".75" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".73", <8 x float> %".68", <8 x float> %".49")
  %".76" = add i64 %".40", %"for.iv.3"
  %".77" = getelementptr inbounds float, ptr %".1", i64 %".76"
  %".78" = load float, ptr %".77", align 4
  %".79" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".78", i32 0
  %".80" = shufflevector <8 x float> %".79", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".81" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".80", <8 x float> %".65", <8 x float> %".50")
  %".82" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".80", <8 x float> %".68", <8 x float> %".51")
  %".83" = add i64 %".41", %"for.iv.3"
  %".84" = getelementptr inbounds float, ptr %".1", i64 %".83"
  %".85" = load float, ptr %".84", align 4
  %".86" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".85", i32 0
  %".87" = shufflevector <8 x float> %".86", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".88" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".87", <8 x float> %".65", <8 x float> %".52")
  %".89" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".87", <8 x float> %".68", <8 x float> %".53")
  %".90" = add i64 %".42", %"for.iv.3"
  %".91" = getelementptr inbounds float, ptr %".1", i64 %".90"
  %".92" = load float, ptr %".91", align 4
  %".93" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".92", i32 0
  %".94" = shufflevector <8 x float> %".93", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".95" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".94", <8 x float> %".65", <8 x float> %".54")
  %".96" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".94", <8 x float> %".68", <8 x float> %".55")
  %".97" = add i64 %".43", %"for.iv.3"
  %".98" = getelementptr inbounds float, ptr %".1", i64 %".97"
  %".99" = load float, ptr %".98", align 4
  %".100" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".99", i32 0
  %".101" = shufflevector <8 x float> %".100", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".102" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".101", <8 x float> %".65", <8 x float> %".56")
  %".103" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".101", <8 x float> %".68", <8 x float> %".57")
  %".104" = add i64 %".44", %"for.iv.3"
  %".105" = getelementptr inbounds float, ptr %".1", i64 %".104"
  %".106" = load float, ptr %".105", align 4
  %".107" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".106", i32 0
  %".108" = shufflevector <8 x float> %".107", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".109" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".108", <8 x float> %".65", <8 x float> %".58")
  %".110" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".108", <8 x float> %".68", <8 x float> %".59")
  %"for.next" = add nsw i64 %"for.iv.3", 1
  br label %"for.header.3"
for.exit.3:
  %".112" = mul i64 %"for.iv.2", 1024
  %".113" = add i64 %".112", %".37"
  %".114" = getelementptr inbounds float, ptr %".3", i64 %".113"
  store <8 x float> %".48", ptr %".114", align 4
  %".116" = add i64 %".113", 8
  %".117" = getelementptr inbounds float, ptr %".3", i64 %".116"
  store <8 x float> %".49", ptr %".117", align 4
  %".119" = mul i64 %".32", 1024
  %".120" = add i64 %".119", %".37"
  %".121" = getelementptr inbounds float, ptr %".3", i64 %".120"
  store <8 x float> %".50", ptr %".121", align 4
  %".123" = add i64 %".120", 8
  %".124" = getelementptr inbounds float, ptr %".3", i64 %".123"
  store <8 x float> %".51", ptr %".124", align 4
  %".126" = mul i64 %".33", 1024
  %".127" = add i64 %".126", %".37"
  %".128" = getelementptr inbounds float, ptr %".3", i64 %".127"
  store <8 x float> %".52", ptr %".128", align 4
  %".130" = add i64 %".127", 8
  %".131" = getelementptr inbounds float, ptr %".3", i64 %".130"
  store <8 x float> %".53", ptr %".131", align 4
  %".133" = mul i64 %".34", 1024
  %".134" = add i64 %".133", %".37"
  %".135" = getelementptr inbounds float, ptr %".3", i64 %".134"
  store <8 x float> %".54", ptr %".135", align 4
  %".137" = add i64 %".134", 8
  %".138" = getelementptr inbounds float, ptr %".3", i64 %".137"
  store <8 x float> %".55", ptr %".138", align 4
  %".140" = mul i64 %".35", 1024
  %".141" = add i64 %".140", %".37"
  %".142" = getelementptr inbounds float, ptr %".3", i64 %".141"
  store <8 x float> %".56", ptr %".142", align 4
  %".144" = add i64 %".141", 8
  %".145" = getelementptr inbounds float, ptr %".3", i64 %".144"
  store <8 x float> %".57", ptr %".145", align 4
  %".147" = mul i64 %".36", 1024
  %".148" = add i64 %".147", %".37"
  %".149" = getelementptr inbounds float, ptr %".3", i64 %".148"
  store <8 x float> %".58", ptr %".149", align 4
  %".151" = add i64 %".148", 8
  %".152" = getelementptr inbounds float, ptr %".3", i64 %".151"
  store <8 x float> %".59", ptr %".152", align 4
  %"for.next.1" = add nsw i64 %"for.iv.2", 6
  br label %"for.header.2"
for.header.4:
  %"for.iv.4" = phi  i64 [%".23", %"for.exit.2"], [%"for.next.3", %"for.exit.5"]
  %".156" = icmp slt i64 %"for.iv.4", %".19"
  br i1 %".156", label %"for.body.4", label %"for.exit.4"
for.body.4:
  %".158" = mul i64 %"for.iv.1", 16
  %".159" = mul i64 %"for.iv.1", 2048
  %".160" = mul i64 %"for.iv.4", 128
  %".161" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".162" = shufflevector <8 x float> %".161", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.5"
for.exit.4:
  %"for.next.4" = add nsw i64 %"for.iv.1", 1
  br label %"for.header.1"
for.header.5:
  %"for.iv.5" = phi  i64 [0, %"for.body.4"], [%"for.next.2", %"for.body.5"]
  %".164" = phi  <8 x float> [%".162", %"for.body.4"], [%".186", %"for.body.5"]
  %".165" = phi  <8 x float> [%".162", %"for.body.4"], [%".187", %"for.body.5"]
  %".166" = phi  <8 x float> [%".162", %"for.body.4"], [%".201", %"for.body.5"]
  %".167" = phi  <8 x float> [%".162", %"for.body.4"], [%".202", %"for.body.5"]
  %".168" = phi  <8 x float> [%".162", %"for.body.4"], [%".216", %"for.body.5"]
  %".169" = phi  <8 x float> [%".162", %"for.body.4"], [%".217", %"for.body.5"]
  %".170" = phi  <8 x float> [%".162", %"for.body.4"], [%".231", %"for.body.5"]
  %".171" = phi  <8 x float> [%".162", %"for.body.4"], [%".232", %"for.body.5"]
  %".172" = icmp slt i64 %"for.iv.5", 128
  br i1 %".172", label %"for.body.5", label %"for.exit.5"
for.body.5:
  %".174" = mul i64 %"for.iv.5", 16
  %".175" = add i64 %".159", %".174"
  %".176" = getelementptr inbounds float, ptr %".2", i64 %".175"
  %".177" = load <8 x float>, ptr %".176", align 4
  %".178" = add i64 %".175", 8
  %".179" = getelementptr inbounds float, ptr %".2", i64 %".178"
  %".180" = load <8 x float>, ptr %".179", align 4
  %".181" = add i64 %".160", %"for.iv.5"
  %".182" = getelementptr inbounds float, ptr %".1", i64 %".181"
  %".183" = load float, ptr %".182", align 4
  %".184" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".183", i32 0
  %".185" = shufflevector <8 x float> %".184", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".186" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".185", <8 x float> %".177", <8 x float> %".164")
  %".187" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".185", <8 x float> %".180", <8 x float> %".165")
  %".188" = add i64 %"for.iv.5", 1
  %".189" = mul i64 %".188", 16
  %".190" = add i64 %".159", %".189"
  %".191" = getelementptr inbounds float, ptr %".2", i64 %".190"
  %".192" = load <8 x float>, ptr %".191", align 4
  %".193" = add i64 %".190", 8
  %".194" = getelementptr inbounds float, ptr %".2", i64 %".193"
  %".195" = load <8 x float>, ptr %".194", align 4
  %".196" = add i64 %".160", %".188"
  %".197" = getelementptr inbounds float, ptr %".1", i64 %".196"
  %".198" = load float, ptr %".197", align 4
  %".199" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".198", i32 0
  %".200" = shufflevector <8 x float> %".199", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".201" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".200", <8 x float> %".192", <8 x float> %".166")
  %".202" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".200", <8 x float> %".195", <8 x float> %".167")
  %".203" = add i64 %"for.iv.5", 2
  %".204" = mul i64 %".203", 16
  %".205" = add i64 %".159", %".204"
  %".206" = getelementptr inbounds float, ptr %".2", i64 %".205"
  %".207" = load <8 x float>, ptr %".206", align 4
  %".208" = add i64 %".205", 8
  %".209" = getelementptr inbounds float, ptr %".2", i64 %".208"
  %".210" = load <8 x float>, ptr %".209", align 4
  %".211" = add i64 %".160", %".203"
  %".212" = getelementptr inbounds float, ptr %".1", i64 %".211"
  %".213" = load float, ptr %".212", align 4
  %".214" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".213", i32 0
  %".215" = shufflevector <8 x float> %".214", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".216" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".215", <8 x float> %".207", <8 x float> %".168")
  %".217" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".215", <8 x float> %".210", <8 x float> %".169")
  %".218" = add i64 %"for.iv.5", 3
  %".219" = mul i64 %".218", 16
  %".220" = add i64 %".159", %".219"
  %".221" = getelementptr inbounds float, ptr %".2", i64 %".220"
  %".222" = load <8 x float>, ptr %".221", align 4
  %".223" = add i64 %".220", 8
  %".224" = getelementptr inbounds float, ptr %".2", i64 %".223"
  %".225" = load <8 x float>, ptr %".224", align 4
  %".226" = add i64 %".160", %".218"
  %".227" = getelementptr inbounds float, ptr %".1", i64 %".226"
  %".228" = load float, ptr %".227", align 4
  %".229" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".228", i32 0
  %".230" = shufflevector <8 x float> %".229", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".231" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".230", <8 x float> %".222", <8 x float> %".170")
  %".232" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".230", <8 x float> %".225", <8 x float> %".171")
  %"for.next.2" = add nsw i64 %"for.iv.5", 4
  br label %"for.header.5"
for.exit.5:
  %".234" = fadd afn arcp contract nsz reassoc <8 x float> %".164", %".166"
  %".235" = fadd afn arcp contract nsz reassoc <8 x float> %".168", %".170"
  %".236" = fadd afn arcp contract nsz reassoc <8 x float> %".234", %".235"
  %".237" = fadd afn arcp contract nsz reassoc <8 x float> %".165", %".167"
  %".238" = fadd afn arcp contract nsz reassoc <8 x float> %".169", %".171"
  %".239" = fadd afn arcp contract nsz reassoc <8 x float> %".237", %".238"
  %".240" = mul i64 %"for.iv.4", 1024
  %".241" = add i64 %".240", %".158"
  %".242" = getelementptr inbounds float, ptr %".3", i64 %".241"
  store <8 x float> %".236", ptr %".242", align 4
  %".244" = add i64 %".241", 8
  %".245" = getelementptr inbounds float, ptr %".3", i64 %".244"
  store <8 x float> %".239", ptr %".245", align 4
  %"for.next.3" = add nsw i64 %"for.iv.4", 1
  br label %"for.header.4"
}

define internal void @"linear_k128_n128"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", ptr captures(none) noalias align 4 %".3", i64 %".4") noinline nounwind
{
entry:
  %"linear_k128_n128.par5.ctx" = alloca {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}
  br label %"body"
body:
  %".6" = mul i64 %".4", 16384
  %".7" = add i64 %".4", 509
  %".8" = udiv i64 %".7", 510
  %".9" = mul i64 %".8", 8
  %".10" = icmp ult i64 %".6", 524288
  br i1 %".10", label %"if.then", label %"if.else"
if.then:
  br label %"for.header"
if.else:
  %".243" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k128_n128.par5.ctx", i32 0, i32 0
  store i64 0, ptr %".243"
  %".245" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k128_n128.par5.ctx", i32 0, i32 1
  store i64 %".9", ptr %".245"
  %".247" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k128_n128.par5.ctx", i32 0, i32 2
  store i64 1, ptr %".247"
  %".249" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k128_n128.par5.ctx", i32 0, i32 3
  store i64 0, ptr %".249"
  %".251" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k128_n128.par5.ctx", i32 0, i32 4
  store i64 %".8", ptr %".251"
  %".253" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k128_n128.par5.ctx", i32 0, i32 5
  store i64 %".4", ptr %".253"
  %".255" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k128_n128.par5.ctx", i32 0, i32 6
  store ptr %".2", ptr %".255"
  %".257" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k128_n128.par5.ctx", i32 0, i32 7
  store ptr %".1", ptr %".257"
  %".259" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k128_n128.par5.ctx", i32 0, i32 8
  store ptr %".3", ptr %".259"
  call void @"GOMP_parallel"(void (ptr)* @"linear_k128_n128.par5", ptr %"linear_k128_n128.par5.ctx", i32 0, i32 0)
  br label %"if.end"
if.end:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"if.then"], [%"for.next.5", %"for.exit.1"]
  %".13" = icmp slt i64 %"for.iv", %".9"
  br i1 %".13", label %"for.body", label %"for.exit"
for.body:
  %".15" = udiv i64 %"for.iv", %".8"
  %".16" = urem i64 %"for.iv", %".8"
  %".17" = mul i64 %".16", 510
  %".18" = add i64 %".17", 510
  %".19" = call i64 @"llvm.umin.i64"(i64 %".18", i64 %".4")
  %".20" = sub i64 %".19", %".17"
  %".21" = udiv i64 %".20", 6
  %".22" = mul i64 %".21", 6
  %".23" = add i64 %".17", %".22"
  %".24" = add i64 %".15", 1
  br label %"for.header.1"
for.exit:
  br label %"if.end"
for.header.1:
  %"for.iv.1" = phi  i64 [%".15", %"for.body"], [%"for.next.4", %"for.exit.4"]
  %".26" = icmp slt i64 %"for.iv.1", %".24"
  br i1 %".26", label %"for.body.1", label %"for.exit.1"
for.body.1:
  br label %"for.header.2"
for.exit.1:
  %"for.next.5" = add nsw i64 %"for.iv", 1
  br label %"for.header"
for.header.2:
  %"for.iv.2" = phi  i64 [%".17", %"for.body.1"], [%"for.next.1", %"for.exit.3"]
  %".29" = icmp slt i64 %"for.iv.2", %".23"
  br i1 %".29", label %"for.body.2", label %"for.exit.2"
for.body.2:
  %".31" = add i64 %"for.iv.2", 1
  %".32" = add i64 %"for.iv.2", 2
  %".33" = add i64 %"for.iv.2", 3
  %".34" = add i64 %"for.iv.2", 4
  %".35" = add i64 %"for.iv.2", 5
  %".36" = mul i64 %"for.iv.1", 16
  %".37" = mul i64 %"for.iv.1", 2048
  %".38" = mul i64 %"for.iv.2", 128
  %".39" = mul i64 %".31", 128
  %".40" = mul i64 %".32", 128
  %".41" = mul i64 %".33", 128
  %".42" = mul i64 %".34", 128
  %".43" = mul i64 %".35", 128
  %".44" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".45" = shufflevector <8 x float> %".44", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.3"
for.exit.2:
  br label %"for.header.4"
for.header.3:
  %"for.iv.3" = phi  i64 [0, %"for.body.2"], [%"for.next", %"for.body.3"]
  %".47" = phi  <8 x float> [%".45", %"for.body.2"], [%".73", %"for.body.3"]
  %".48" = phi  <8 x float> [%".45", %"for.body.2"], [%".74", %"for.body.3"]
  %".49" = phi  <8 x float> [%".45", %"for.body.2"], [%".80", %"for.body.3"]
  %".50" = phi  <8 x float> [%".45", %"for.body.2"], [%".81", %"for.body.3"]
  %".51" = phi  <8 x float> [%".45", %"for.body.2"], [%".87", %"for.body.3"]
  %".52" = phi  <8 x float> [%".45", %"for.body.2"], [%".88", %"for.body.3"]
  %".53" = phi  <8 x float> [%".45", %"for.body.2"], [%".94", %"for.body.3"]
  %".54" = phi  <8 x float> [%".45", %"for.body.2"], [%".95", %"for.body.3"]
  %".55" = phi  <8 x float> [%".45", %"for.body.2"], [%".101", %"for.body.3"]
  %".56" = phi  <8 x float> [%".45", %"for.body.2"], [%".102", %"for.body.3"]
  %".57" = phi  <8 x float> [%".45", %"for.body.2"], [%".108", %"for.body.3"]
  %".58" = phi  <8 x float> [%".45", %"for.body.2"], [%".109", %"for.body.3"]
  %".59" = icmp slt i64 %"for.iv.3", 128
  br i1 %".59", label %"for.body.3", label %"for.exit.3"
for.body.3:
  %".61" = mul i64 %"for.iv.3", 16
  %".62" = add i64 %".37", %".61"
  %".63" = getelementptr inbounds float, ptr %".2", i64 %".62"
  %".64" = load <8 x float>, ptr %".63", align 4
  %".65" = add i64 %".62", 8
  %".66" = getelementptr inbounds float, ptr %".2", i64 %".65"
  %".67" = load <8 x float>, ptr %".66", align 4
  %".68" = add i64 %".38", %"for.iv.3"
  %".69" = getelementptr inbounds float, ptr %".1", i64 %".68"
  %".70" = load float, ptr %".69", align 4
  %".71" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".70", i32 0
  %".72" = shufflevector <8 x float> %".71", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".73" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".72", <8 x float> %".64", <8 x float> %".47")
  %".74" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".72", <8 x float> %".67", <8 x float> %".48")
  %".75" = add i64 %".39", %"for.iv.3"
  %".76" = getelementptr inbounds float, ptr %".1", i64 %".75"
  %".77" = load float, ptr %".76", align 4
  %".78" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".77", i32 0
  %".79" = shufflevector <8 x float> %".78", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".80" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".79", <8 x float> %".64", <8 x float> %".49")
  %".81" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".79", <8 x float> %".67", <8 x float> %".50")
  %".82" = add i64 %".40", %"for.iv.3"
  %".83" = getelementptr inbounds float, ptr %".1", i64 %".82"
  %".84" = load float, ptr %".83", align 4
  %".85" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".84", i32 0
  %".86" = shufflevector <8 x float> %".85", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".87" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".86", <8 x float> %".64", <8 x float> %".51")
  %".88" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".86", <8 x float> %".67", <8 x float> %".52")
  %".89" = add i64 %".41", %"for.iv.3"
  %".90" = getelementptr inbounds float, ptr %".1", i64 %".89"
  %".91" = load float, ptr %".90", align 4
  %".92" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".91", i32 0
  %".93" = shufflevector <8 x float> %".92", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".94" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".93", <8 x float> %".64", <8 x float> %".53")
  %".95" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".93", <8 x float> %".67", <8 x float> %".54")
  %".96" = add i64 %".42", %"for.iv.3"
  %".97" = getelementptr inbounds float, ptr %".1", i64 %".96"
  %".98" = load float, ptr %".97", align 4
  %".99" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".98", i32 0
  %".100" = shufflevector <8 x float> %".99", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".101" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".100", <8 x float> %".64", <8 x float> %".55")
  %".102" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".100", <8 x float> %".67", <8 x float> %".56")
  %".103" = add i64 %".43", %"for.iv.3"
  %".104" = getelementptr inbounds float, ptr %".1", i64 %".103"
  %".105" = load float, ptr %".104", align 4
  %".106" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".105", i32 0
  %".107" = shufflevector <8 x float> %".106", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".108" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".107", <8 x float> %".64", <8 x float> %".57")
  %".109" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".107", <8 x float> %".67", <8 x float> %".58")
  %"for.next" = add nsw i64 %"for.iv.3", 1
  br label %"for.header.3"
for.exit.3:
  %".111" = add i64 %".38", %".36"
  %".112" = getelementptr inbounds float, ptr %".3", i64 %".111"
  store <8 x float> %".47", ptr %".112", align 4
  %".114" = add i64 %".111", 8
  %".115" = getelementptr inbounds float, ptr %".3", i64 %".114"
  store <8 x float> %".48", ptr %".115", align 4
  %".117" = add i64 %".39", %".36"
  %".118" = getelementptr inbounds float, ptr %".3", i64 %".117"
  store <8 x float> %".49", ptr %".118", align 4
  %".120" = add i64 %".117", 8
  %".121" = getelementptr inbounds float, ptr %".3", i64 %".120"
  store <8 x float> %".50", ptr %".121", align 4
  %".123" = add i64 %".40", %".36"
  %".124" = getelementptr inbounds float, ptr %".3", i64 %".123"
  store <8 x float> %".51", ptr %".124", align 4
  %".126" = add i64 %".123", 8
  %".127" = getelementptr inbounds float, ptr %".3", i64 %".126"
  store <8 x float> %".52", ptr %".127", align 4
  %".129" = add i64 %".41", %".36"
  %".130" = getelementptr inbounds float, ptr %".3", i64 %".129"
  store <8 x float> %".53", ptr %".130", align 4
  %".132" = add i64 %".129", 8
  %".133" = getelementptr inbounds float, ptr %".3", i64 %".132"
  store <8 x float> %".54", ptr %".133", align 4
  %".135" = add i64 %".42", %".36"
  %".136" = getelementptr inbounds float, ptr %".3", i64 %".135"
  store <8 x float> %".55", ptr %".136", align 4
  %".138" = add i64 %".135", 8
  %".139" = getelementptr inbounds float, ptr %".3", i64 %".138"
  store <8 x float> %".56", ptr %".139", align 4
  %".141" = add i64 %".43", %".36"
  %".142" = getelementptr inbounds float, ptr %".3", i64 %".141"
  store <8 x float> %".57", ptr %".142", align 4
  %".144" = add i64 %".141", 8
  %".145" = getelementptr inbounds float, ptr %".3", i64 %".144"
  store <8 x float> %".58", ptr %".145", align 4
  %"for.next.1" = add nsw i64 %"for.iv.2", 6
  br label %"for.header.2"
for.header.4:
  %"for.iv.4" = phi  i64 [%".23", %"for.exit.2"], [%"for.next.3", %"for.exit.5"]
  %".149" = icmp slt i64 %"for.iv.4", %".19"
  br i1 %".149", label %"for.body.4", label %"for.exit.4"
for.body.4:
  %".151" = mul i64 %"for.iv.1", 16
  %".152" = mul i64 %"for.iv.1", 2048
  %".153" = mul i64 %"for.iv.4", 128
  %".154" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".155" = shufflevector <8 x float> %".154", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.5"
for.exit.4:
  %"for.next.4" = add nsw i64 %"for.iv.1", 1
  br label %"for.header.1"
for.header.5:
  %"for.iv.5" = phi  i64 [0, %"for.body.4"], [%"for.next.2", %"for.body.5"]
  %".157" = phi  <8 x float> [%".155", %"for.body.4"], [%".179", %"for.body.5"]
  %".158" = phi  <8 x float> [%".155", %"for.body.4"], [%".180", %"for.body.5"]
  %".159" = phi  <8 x float> [%".155", %"for.body.4"], [%".194", %"for.body.5"]
  %".160" = phi  <8 x float> [%".155", %"for.body.4"], [%".195", %"for.body.5"]
  %".161" = phi  <8 x float> [%".155", %"for.body.4"], [%".209", %"for.body.5"]
  %".162" = phi  <8 x float> [%".155", %"for.body.4"], [%".210", %"for.body.5"]
  %".163" = phi  <8 x float> [%".155", %"for.body.4"], [%".224", %"for.body.5"]
  %".164" = phi  <8 x float> [%".155", %"for.body.4"], [%".225", %"for.body.5"]
  %".165" = icmp slt i64 %"for.iv.5", 128
  br i1 %".165", label %"for.body.5", label %"for.exit.5"
for.body.5:
  %".167" = mul i64 %"for.iv.5", 16
  %".168" = add i64 %".152", %".167"
  %".169" = getelementptr inbounds float, ptr %".2", i64 %".168"
  %".170" = load <8 x float>, ptr %".169", align 4
  %".171" = add i64 %".168", 8
  %".172" = getelementptr inbounds float, ptr %".2", i64 %".171"
  %".173" = load <8 x float>, ptr %".172", align 4
  %".174" = add i64 %".153", %"for.iv.5"
  %".175" = getelementptr inbounds float, ptr %".1", i64 %".174"
  %".176" = load float, ptr %".175", align 4
  %".177" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".176", i32 0
  %".178" = shufflevector <8 x float> %".177", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".179" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".178", <8 x float> %".170", <8 x float> %".157")
  %".180" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".178", <8 x float> %".173", <8 x float> %".158")
  %".181" = add i64 %"for.iv.5", 1
  %".182" = mul i64 %".181", 16
  %".183" = add i64 %".152", %".182"
  %".184" = getelementptr inbounds float, ptr %".2", i64 %".183"
  %".185" = load <8 x float>, ptr %".184", align 4
  %".186" = add i64 %".183", 8
  %".187" = getelementptr inbounds float, ptr %".2", i64 %".186"
  %".188" = load <8 x float>, ptr %".187", align 4
  %".189" = add i64 %".153", %".181"
  %".190" = getelementptr inbounds float, ptr %".1", i64 %".189"
  %".191" = load float, ptr %".190", align 4
  %".192" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".191", i32 0
  %".193" = shufflevector <8 x float> %".192", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".194" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".193", <8 x float> %".185", <8 x float> %".159")
  %".195" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".193", <8 x float> %".188", <8 x float> %".160")
  %".196" = add i64 %"for.iv.5", 2
  %".197" = mul i64 %".196", 16
  %".198" = add i64 %".152", %".197"
  %".199" = getelementptr inbounds float, ptr %".2", i64 %".198"
  %".200" = load <8 x float>, ptr %".199", align 4
  %".201" = add i64 %".198", 8
  %".202" = getelementptr inbounds float, ptr %".2", i64 %".201"
  %".203" = load <8 x float>, ptr %".202", align 4
  %".204" = add i64 %".153", %".196"
  %".205" = getelementptr inbounds float, ptr %".1", i64 %".204"
  %".206" = load float, ptr %".205", align 4
  %".207" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".206", i32 0
  %".208" = shufflevector <8 x float> %".207", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".209" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".208", <8 x float> %".200", <8 x float> %".161")
  %".210" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".208", <8 x float> %".203", <8 x float> %".162")
  %".211" = add i64 %"for.iv.5", 3
  %".212" = mul i64 %".211", 16
  %".213" = add i64 %".152", %".212"
  %".214" = getelementptr inbounds float, ptr %".2", i64 %".213"
  %".215" = load <8 x float>, ptr %".214", align 4
  %".216" = add i64 %".213", 8
  %".217" = getelementptr inbounds float, ptr %".2", i64 %".216"
  %".218" = load <8 x float>, ptr %".217", align 4
  %".219" = add i64 %".153", %".211"
  %".220" = getelementptr inbounds float, ptr %".1", i64 %".219"
  %".221" = load float, ptr %".220", align 4
  %".222" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".221", i32 0
  %".223" = shufflevector <8 x float> %".222", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".224" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".223", <8 x float> %".215", <8 x float> %".163")
  %".225" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".223", <8 x float> %".218", <8 x float> %".164")
  %"for.next.2" = add nsw i64 %"for.iv.5", 4
  br label %"for.header.5"
for.exit.5:
  %".227" = fadd afn arcp contract nsz reassoc <8 x float> %".157", %".159"
  %".228" = fadd afn arcp contract nsz reassoc <8 x float> %".161", %".163"
  %".229" = fadd afn arcp contract nsz reassoc <8 x float> %".227", %".228"
  %".230" = fadd afn arcp contract nsz reassoc <8 x float> %".158", %".160"
  %".231" = fadd afn arcp contract nsz reassoc <8 x float> %".162", %".164"
  %".232" = fadd afn arcp contract nsz reassoc <8 x float> %".230", %".231"
  %".233" = add i64 %".153", %".151"
  %".234" = getelementptr inbounds float, ptr %".3", i64 %".233"
  store <8 x float> %".229", ptr %".234", align 4
  %".236" = add i64 %".233", 8
  %".237" = getelementptr inbounds float, ptr %".3", i64 %".236"
  store <8 x float> %".232", ptr %".237", align 4
  %"for.next.3" = add nsw i64 %"for.iv.4", 1
  br label %"for.header.4"
}

define internal void @"linear_k192_n128"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", ptr captures(none) noalias align 4 %".3", i64 %".4") noinline nounwind
{
entry:
  %"linear_k192_n128.par6.ctx" = alloca {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}
  br label %"body"
body:
  %".6" = mul i64 %".4", 24576
  %".7" = add i64 %".4", 335
  %".8" = udiv i64 %".7", 336
  %".9" = mul i64 %".8", 8
  %".10" = icmp ult i64 %".6", 524288
  br i1 %".10", label %"if.then", label %"if.else"
if.then:
  br label %"for.header"
if.else:
  %".250" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k192_n128.par6.ctx", i32 0, i32 0
  store i64 0, ptr %".250"
  %".252" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k192_n128.par6.ctx", i32 0, i32 1
  store i64 %".9", ptr %".252"
  %".254" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k192_n128.par6.ctx", i32 0, i32 2
  store i64 1, ptr %".254"
  %".256" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k192_n128.par6.ctx", i32 0, i32 3
  store i64 0, ptr %".256"
  %".258" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k192_n128.par6.ctx", i32 0, i32 4
  store i64 %".8", ptr %".258"
  %".260" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k192_n128.par6.ctx", i32 0, i32 5
  store i64 %".4", ptr %".260"
  %".262" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k192_n128.par6.ctx", i32 0, i32 6
  store ptr %".2", ptr %".262"
  %".264" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k192_n128.par6.ctx", i32 0, i32 7
  store ptr %".1", ptr %".264"
  %".266" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"linear_k192_n128.par6.ctx", i32 0, i32 8
  store ptr %".3", ptr %".266"
  call void @"GOMP_parallel"(void (ptr)* @"linear_k192_n128.par6", ptr %"linear_k192_n128.par6.ctx", i32 0, i32 0)
  br label %"if.end"
if.end:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"if.then"], [%"for.next.5", %"for.exit.1"]
  %".13" = icmp slt i64 %"for.iv", %".9"
  br i1 %".13", label %"for.body", label %"for.exit"
for.body:
  %".15" = udiv i64 %"for.iv", %".8"
  %".16" = urem i64 %"for.iv", %".8"
  %".17" = mul i64 %".16", 336
  %".18" = add i64 %".17", 336
  %".19" = call i64 @"llvm.umin.i64"(i64 %".18", i64 %".4")
  %".20" = sub i64 %".19", %".17"
  %".21" = udiv i64 %".20", 6
  %".22" = mul i64 %".21", 6
  %".23" = add i64 %".17", %".22"
  %".24" = add i64 %".15", 1
  br label %"for.header.1"
for.exit:
  br label %"if.end"
for.header.1:
  %"for.iv.1" = phi  i64 [%".15", %"for.body"], [%"for.next.4", %"for.exit.4"]
  %".26" = icmp slt i64 %"for.iv.1", %".24"
  br i1 %".26", label %"for.body.1", label %"for.exit.1"
for.body.1:
  br label %"for.header.2"
for.exit.1:
  %"for.next.5" = add nsw i64 %"for.iv", 1
  br label %"for.header"
for.header.2:
  %"for.iv.2" = phi  i64 [%".17", %"for.body.1"], [%"for.next.1", %"for.exit.3"]
  %".29" = icmp slt i64 %"for.iv.2", %".23"
  br i1 %".29", label %"for.body.2", label %"for.exit.2"
for.body.2:
  %".31" = add i64 %"for.iv.2", 1
  %".32" = add i64 %"for.iv.2", 2
  %".33" = add i64 %"for.iv.2", 3
  %".34" = add i64 %"for.iv.2", 4
  %".35" = add i64 %"for.iv.2", 5
  %".36" = mul i64 %"for.iv.1", 16
  %".37" = mul i64 %"for.iv.1", 3072
  %".38" = mul i64 %"for.iv.2", 192
  %".39" = mul i64 %".31", 192
  %".40" = mul i64 %".32", 192
  %".41" = mul i64 %".33", 192
  %".42" = mul i64 %".34", 192
  %".43" = mul i64 %".35", 192
  %".44" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".45" = shufflevector <8 x float> %".44", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.3"
for.exit.2:
  br label %"for.header.4"
for.header.3:
  %"for.iv.3" = phi  i64 [0, %"for.body.2"], [%"for.next", %"for.body.3"]
  %".47" = phi  <8 x float> [%".45", %"for.body.2"], [%".73", %"for.body.3"]
  %".48" = phi  <8 x float> [%".45", %"for.body.2"], [%".74", %"for.body.3"]
  %".49" = phi  <8 x float> [%".45", %"for.body.2"], [%".80", %"for.body.3"]
  %".50" = phi  <8 x float> [%".45", %"for.body.2"], [%".81", %"for.body.3"]
  %".51" = phi  <8 x float> [%".45", %"for.body.2"], [%".87", %"for.body.3"]
  %".52" = phi  <8 x float> [%".45", %"for.body.2"], [%".88", %"for.body.3"]
  %".53" = phi  <8 x float> [%".45", %"for.body.2"], [%".94", %"for.body.3"]
  %".54" = phi  <8 x float> [%".45", %"for.body.2"], [%".95", %"for.body.3"]
  %".55" = phi  <8 x float> [%".45", %"for.body.2"], [%".101", %"for.body.3"]
  %".56" = phi  <8 x float> [%".45", %"for.body.2"], [%".102", %"for.body.3"]
  %".57" = phi  <8 x float> [%".45", %"for.body.2"], [%".108", %"for.body.3"]
  %".58" = phi  <8 x float> [%".45", %"for.body.2"], [%".109", %"for.body.3"]
  %".59" = icmp slt i64 %"for.iv.3", 192
  br i1 %".59", label %"for.body.3", label %"for.exit.3"
for.body.3:
  %".61" = mul i64 %"for.iv.3", 16
  %".62" = add i64 %".37", %".61"
  %".63" = getelementptr inbounds float, ptr %".2", i64 %".62"
  %".64" = load <8 x float>, ptr %".63", align 4
  %".65" = add i64 %".62", 8
  %".66" = getelementptr inbounds float, ptr %".2", i64 %".65"
  %".67" = load <8 x float>, ptr %".66", align 4
  %".68" = add i64 %".38", %"for.iv.3"
  %".69" = getelementptr inbounds float, ptr %".1", i64 %".68"
  %".70" = load float, ptr %".69", align 4
  %".71" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".70", i32 0
  %".72" = shufflevector <8 x float> %".71", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".73" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".72", <8 x float> %".64", <8 x float> %".47")
  %".74" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".72", <8 x float> %".67", <8 x float> %".48")
  %".75" = add i64 %".39", %"for.iv.3"
  %".76" = getelementptr inbounds float, ptr %".1", i64 %".75"
  %".77" = load float, ptr %".76", align 4
  %".78" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".77", i32 0
  %".79" = shufflevector <8 x float> %".78", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".80" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".79", <8 x float> %".64", <8 x float> %".49")
  %".81" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".79", <8 x float> %".67", <8 x float> %".50")
  %".82" = add i64 %".40", %"for.iv.3"
  %".83" = getelementptr inbounds float, ptr %".1", i64 %".82"
  %".84" = load float, ptr %".83", align 4
  %".85" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".84", i32 0
  %".86" = shufflevector <8 x float> %".85", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".87" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".86", <8 x float> %".64", <8 x float> %".51")
  %".88" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".86", <8 x float> %".67", <8 x float> %".52")
  %".89" = add i64 %".41", %"for.iv.3"
  %".90" = getelementptr inbounds float, ptr %".1", i64 %".89"
  %".91" = load float, ptr %".90", align 4
  %".92" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".91", i32 0
  %".93" = shufflevector <8 x float> %".92", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".94" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".93", <8 x float> %".64", <8 x float> %".53")
  %".95" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".93", <8 x float> %".67", <8 x float> %".54")
  %".96" = add i64 %".42", %"for.iv.3"
  %".97" = getelementptr inbounds float, ptr %".1", i64 %".96"
  %".98" = load float, ptr %".97", align 4
  %".99" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".98", i32 0
  %".100" = shufflevector <8 x float> %".99", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".101" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".100", <8 x float> %".64", <8 x float> %".55")
  %".102" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".100", <8 x float> %".67", <8 x float> %".56")
  %".103" = add i64 %".43", %"for.iv.3"
  %".104" = getelementptr inbounds float, ptr %".1", i64 %".103"
  %".105" = load float, ptr %".104", align 4
  %".106" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".105", i32 0
  %".107" = shufflevector <8 x float> %".106", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".108" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".107", <8 x float> %".64", <8 x float> %".57")
  %".109" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".107", <8 x float> %".67", <8 x float> %".58")
  %"for.next" = add nsw i64 %"for.iv.3", 1
  br label %"for.header.3"
for.exit.3:
  %".111" = mul i64 %"for.iv.2", 128
  %".112" = add i64 %".111", %".36"
  %".113" = getelementptr inbounds float, ptr %".3", i64 %".112"
  store <8 x float> %".47", ptr %".113", align 4
  %".115" = add i64 %".112", 8
  %".116" = getelementptr inbounds float, ptr %".3", i64 %".115"
  store <8 x float> %".48", ptr %".116", align 4
  %".118" = mul i64 %".31", 128
  %".119" = add i64 %".118", %".36"
  %".120" = getelementptr inbounds float, ptr %".3", i64 %".119"
  store <8 x float> %".49", ptr %".120", align 4
  %".122" = add i64 %".119", 8
  %".123" = getelementptr inbounds float, ptr %".3", i64 %".122"
  store <8 x float> %".50", ptr %".123", align 4
  %".125" = mul i64 %".32", 128
  %".126" = add i64 %".125", %".36"
  %".127" = getelementptr inbounds float, ptr %".3", i64 %".126"
  store <8 x float> %".51", ptr %".127", align 4
  %".129" = add i64 %".126", 8
  %".130" = getelementptr inbounds float, ptr %".3", i64 %".129"
  store <8 x float> %".52", ptr %".130", align 4
  %".132" = mul i64 %".33", 128
  %".133" = add i64 %".132", %".36"
  %".134" = getelementptr inbounds float, ptr %".3", i64 %".133"
  store <8 x float> %".53", ptr %".134", align 4
  %".136" = add i64 %".133", 8
  %".137" = getelementptr inbounds float, ptr %".3", i64 %".136"
  store <8 x float> %".54", ptr %".137", align 4
  %".139" = mul i64 %".34", 128
  %".140" = add i64 %".139", %".36"
  %".141" = getelementptr inbounds float, ptr %".3", i64 %".140"
  store <8 x float> %".55", ptr %".141", align 4
  %".143" = add i64 %".140", 8
  %".144" = getelementptr inbounds float, ptr %".3", i64 %".143"
  store <8 x float> %".56", ptr %".144", align 4
  %".146" = mul i64 %".35", 128
  %".147" = add i64 %".146", %".36"
  %".148" = getelementptr inbounds float, ptr %".3", i64 %".147"
  store <8 x float> %".57", ptr %".148", align 4
  %".150" = add i64 %".147", 8
  %".151" = getelementptr inbounds float, ptr %".3", i64 %".150"
  store <8 x float> %".58", ptr %".151", align 4
  %"for.next.1" = add nsw i64 %"for.iv.2", 6
  br label %"for.header.2"
for.header.4:
  %"for.iv.4" = phi  i64 [%".23", %"for.exit.2"], [%"for.next.3", %"for.exit.5"]
  %".155" = icmp slt i64 %"for.iv.4", %".19"
  br i1 %".155", label %"for.body.4", label %"for.exit.4"
for.body.4:
  %".157" = mul i64 %"for.iv.1", 16
  %".158" = mul i64 %"for.iv.1", 3072
  %".159" = mul i64 %"for.iv.4", 192
  %".160" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".161" = shufflevector <8 x float> %".160", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.5"
for.exit.4:
  %"for.next.4" = add nsw i64 %"for.iv.1", 1
  br label %"for.header.1"
for.header.5:
  %"for.iv.5" = phi  i64 [0, %"for.body.4"], [%"for.next.2", %"for.body.5"]
  %".163" = phi  <8 x float> [%".161", %"for.body.4"], [%".185", %"for.body.5"]
  %".164" = phi  <8 x float> [%".161", %"for.body.4"], [%".186", %"for.body.5"]
  %".165" = phi  <8 x float> [%".161", %"for.body.4"], [%".200", %"for.body.5"]
  %".166" = phi  <8 x float> [%".161", %"for.body.4"], [%".201", %"for.body.5"]
  %".167" = phi  <8 x float> [%".161", %"for.body.4"], [%".215", %"for.body.5"]
  %".168" = phi  <8 x float> [%".161", %"for.body.4"], [%".216", %"for.body.5"]
  %".169" = phi  <8 x float> [%".161", %"for.body.4"], [%".230", %"for.body.5"]
  %".170" = phi  <8 x float> [%".161", %"for.body.4"], [%".231", %"for.body.5"]
  %".171" = icmp slt i64 %"for.iv.5", 192
  br i1 %".171", label %"for.body.5", label %"for.exit.5"
for.body.5:
  %".173" = mul i64 %"for.iv.5", 16
  %".174" = add i64 %".158", %".173"
  %".175" = getelementptr inbounds float, ptr %".2", i64 %".174"
  %".176" = load <8 x float>, ptr %".175", align 4
  %".177" = add i64 %".174", 8
  %".178" = getelementptr inbounds float, ptr %".2", i64 %".177"
  %".179" = load <8 x float>, ptr %".178", align 4
  %".180" = add i64 %".159", %"for.iv.5"
  %".181" = getelementptr inbounds float, ptr %".1", i64 %".180"
  %".182" = load float, ptr %".181", align 4
  %".183" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".182", i32 0
  %".184" = shufflevector <8 x float> %".183", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".185" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".184", <8 x float> %".176", <8 x float> %".163")
  %".186" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".184", <8 x float> %".179", <8 x float> %".164")
  %".187" = add i64 %"for.iv.5", 1
  %".188" = mul i64 %".187", 16
  %".189" = add i64 %".158", %".188"
  %".190" = getelementptr inbounds float, ptr %".2", i64 %".189"
  %".191" = load <8 x float>, ptr %".190", align 4
  %".192" = add i64 %".189", 8
  %".193" = getelementptr inbounds float, ptr %".2", i64 %".192"
  %".194" = load <8 x float>, ptr %".193", align 4
  %".195" = add i64 %".159", %".187"
  %".196" = getelementptr inbounds float, ptr %".1", i64 %".195"
  %".197" = load float, ptr %".196", align 4
  %".198" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".197", i32 0
  %".199" = shufflevector <8 x float> %".198", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".200" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".199", <8 x float> %".191", <8 x float> %".165")
  %".201" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".199", <8 x float> %".194", <8 x float> %".166")
  %".202" = add i64 %"for.iv.5", 2
  %".203" = mul i64 %".202", 16
  %".204" = add i64 %".158", %".203"
  %".205" = getelementptr inbounds float, ptr %".2", i64 %".204"
  %".206" = load <8 x float>, ptr %".205", align 4
  %".207" = add i64 %".204", 8
  %".208" = getelementptr inbounds float, ptr %".2", i64 %".207"
  %".209" = load <8 x float>, ptr %".208", align 4
  %".210" = add i64 %".159", %".202"
  %".211" = getelementptr inbounds float, ptr %".1", i64 %".210"
  %".212" = load float, ptr %".211", align 4
  %".213" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".212", i32 0
  %".214" = shufflevector <8 x float> %".213", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".215" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".214", <8 x float> %".206", <8 x float> %".167")
  %".216" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".214", <8 x float> %".209", <8 x float> %".168")
  %".217" = add i64 %"for.iv.5", 3
  %".218" = mul i64 %".217", 16
  %".219" = add i64 %".158", %".218"
  %".220" = getelementptr inbounds float, ptr %".2", i64 %".219"
  %".221" = load <8 x float>, ptr %".220", align 4
  %".222" = add i64 %".219", 8
  %".223" = getelementptr inbounds float, ptr %".2", i64 %".222"
  %".224" = load <8 x float>, ptr %".223", align 4
  %".225" = add i64 %".159", %".217"
  %".226" = getelementptr inbounds float, ptr %".1", i64 %".225"
  %".227" = load float, ptr %".226", align 4
  %".228" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".227", i32 0
  %".229" = shufflevector <8 x float> %".228", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".230" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".229", <8 x float> %".221", <8 x float> %".169")
  %".231" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".229", <8 x float> %".224", <8 x float> %".170")
  %"for.next.2" = add nsw i64 %"for.iv.5", 4
  br label %"for.header.5"
for.exit.5:
  %".233" = fadd afn arcp contract nsz reassoc <8 x float> %".163", %".165"
  %".234" = fadd afn arcp contract nsz reassoc <8 x float> %".167", %".169"
  %".235" = fadd afn arcp contract nsz reassoc <8 x float> %".233", %".234"
  %".236" = fadd afn arcp contract nsz reassoc <8 x float> %".164", %".166"
  %".237" = fadd afn arcp contract nsz reassoc <8 x float> %".168", %".170"
  %".238" = fadd afn arcp contract nsz reassoc <8 x float> %".236", %".237"
  %".239" = mul i64 %"for.iv.4", 128
  %".240" = add i64 %".239", %".157"
  %".241" = getelementptr inbounds float, ptr %".3", i64 %".240"
  store <8 x float> %".235", ptr %".241", align 4
  %".243" = add i64 %".240", 8
  %".244" = getelementptr inbounds float, ptr %".3", i64 %".243"
  store <8 x float> %".238", ptr %".244", align 4
  %"for.next.3" = add nsw i64 %"for.iv.4", 1
  br label %"for.header.4"
}

define internal void @"linear_swiglu_k128_n192"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", ptr captures(none) noalias align 4 %".3", ptr captures(none) noalias align 4 %".4", i64 %".5") noinline nounwind
{
entry:
  %"linear_swiglu_k128_n192.par7.ctx" = alloca {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}
  br label %"body"
body:
  %".7" = mul i64 %".5", 49152
  %".8" = add i64 %".5", 511
  %".9" = udiv i64 %".8", 512
  %".10" = mul i64 %".9", 12
  %".11" = icmp ult i64 %".7", 524288
  br i1 %".11", label %"if.then", label %"if.else"
if.then:
  br label %"for.header"
if.else:
  %".637" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"linear_swiglu_k128_n192.par7.ctx", i32 0, i32 0
  store i64 0, ptr %".637"
  %".639" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"linear_swiglu_k128_n192.par7.ctx", i32 0, i32 1
  store i64 %".10", ptr %".639"
  %".641" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"linear_swiglu_k128_n192.par7.ctx", i32 0, i32 2
  store i64 1, ptr %".641"
  %".643" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"linear_swiglu_k128_n192.par7.ctx", i32 0, i32 3
  store i64 0, ptr %".643"
  %".645" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"linear_swiglu_k128_n192.par7.ctx", i32 0, i32 4
  store i64 %".9", ptr %".645"
  %".647" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"linear_swiglu_k128_n192.par7.ctx", i32 0, i32 5
  store i64 %".5", ptr %".647"
  %".649" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"linear_swiglu_k128_n192.par7.ctx", i32 0, i32 6
  store ptr %".2", ptr %".649"
  %".651" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"linear_swiglu_k128_n192.par7.ctx", i32 0, i32 7
  store ptr %".3", ptr %".651"
  %".653" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"linear_swiglu_k128_n192.par7.ctx", i32 0, i32 8
  store ptr %".1", ptr %".653"
  %".655" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"linear_swiglu_k128_n192.par7.ctx", i32 0, i32 9
  store ptr %".4", ptr %".655"
  call void @"GOMP_parallel"(void (ptr)* @"linear_swiglu_k128_n192.par7", ptr %"linear_swiglu_k128_n192.par7.ctx", i32 0, i32 0)
  br label %"if.end"
if.end:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"if.then"], [%"for.next.5", %"for.exit.1"]
  %".14" = icmp slt i64 %"for.iv", %".10"
  br i1 %".14", label %"for.body", label %"for.exit"
for.body:
  %".16" = udiv i64 %"for.iv", %".9"
  %".17" = urem i64 %"for.iv", %".9"
  %".18" = mul i64 %".17", 512
  %".19" = add i64 %".18", 512
  %".20" = call i64 @"llvm.umin.i64"(i64 %".19", i64 %".5")
  %".21" = sub i64 %".20", %".18"
  %".22" = udiv i64 %".21", 4
  %".23" = mul i64 %".22", 4
  %".24" = add i64 %".18", %".23"
  %".25" = add i64 %".16", 1
  br label %"for.header.1"
for.exit:
  br label %"if.end"
for.header.1:
  %"for.iv.1" = phi  i64 [%".16", %"for.body"], [%"for.next.4", %"for.exit.4"]
  %".27" = icmp slt i64 %"for.iv.1", %".25"
  br i1 %".27", label %"for.body.1", label %"for.exit.1"
for.body.1:
  br label %"for.header.2"
for.exit.1:
  %"for.next.5" = add nsw i64 %"for.iv", 1
  br label %"for.header"
for.header.2:
  %"for.iv.2" = phi  i64 [%".18", %"for.body.1"], [%"for.next.1", %"for.exit.3"]
  %".30" = icmp slt i64 %"for.iv.2", %".24"
  br i1 %".30", label %"for.body.2", label %"for.exit.2"
for.body.2:
  %".32" = add i64 %"for.iv.2", 1
  %".33" = add i64 %"for.iv.2", 2
  %".34" = add i64 %"for.iv.2", 3
  %".35" = mul i64 %"for.iv.1", 2048
  %".36" = mul i64 %"for.iv.2", 128
  %".37" = mul i64 %".32", 128
  %".38" = mul i64 %".33", 128
  %".39" = mul i64 %".34", 128
  %".40" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".41" = shufflevector <8 x float> %".40", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.3"
for.exit.2:
  br label %"for.header.4"
for.header.3:
  %"for.iv.3" = phi  i64 [0, %"for.body.2"], [%"for.next", %"for.body.3"]
  %".43" = phi  <8 x float> [%".41", %"for.body.2"], [%".77", %"for.body.3"]
  %".44" = phi  <8 x float> [%".41", %"for.body.2"], [%".78", %"for.body.3"]
  %".45" = phi  <8 x float> [%".41", %"for.body.2"], [%".79", %"for.body.3"]
  %".46" = phi  <8 x float> [%".41", %"for.body.2"], [%".80", %"for.body.3"]
  %".47" = phi  <8 x float> [%".41", %"for.body.2"], [%".86", %"for.body.3"]
  %".48" = phi  <8 x float> [%".41", %"for.body.2"], [%".87", %"for.body.3"]
  %".49" = phi  <8 x float> [%".41", %"for.body.2"], [%".88", %"for.body.3"]
  %".50" = phi  <8 x float> [%".41", %"for.body.2"], [%".89", %"for.body.3"]
  %".51" = phi  <8 x float> [%".41", %"for.body.2"], [%".95", %"for.body.3"]
  %".52" = phi  <8 x float> [%".41", %"for.body.2"], [%".96", %"for.body.3"]
  %".53" = phi  <8 x float> [%".41", %"for.body.2"], [%".97", %"for.body.3"]
  %".54" = phi  <8 x float> [%".41", %"for.body.2"], [%".98", %"for.body.3"]
  %".55" = phi  <8 x float> [%".41", %"for.body.2"], [%".104", %"for.body.3"]
  %".56" = phi  <8 x float> [%".41", %"for.body.2"], [%".105", %"for.body.3"]
  %".57" = phi  <8 x float> [%".41", %"for.body.2"], [%".106", %"for.body.3"]
  %".58" = phi  <8 x float> [%".41", %"for.body.2"], [%".107", %"for.body.3"]
  %".59" = icmp slt i64 %"for.iv.3", 128
  br i1 %".59", label %"for.body.3", label %"for.exit.3"
for.body.3:
  %".61" = mul i64 %"for.iv.3", 16
  %".62" = add i64 %".35", %".61"
  %".63" = getelementptr inbounds float, ptr %".2", i64 %".62"
  %".64" = load <8 x float>, ptr %".63", align 4
  %".65" = add i64 %".62", 8
  %".66" = getelementptr inbounds float, ptr %".2", i64 %".65"
  %".67" = load <8 x float>, ptr %".66", align 4
  %".68" = getelementptr inbounds float, ptr %".3", i64 %".62"
  %".69" = load <8 x float>, ptr %".68", align 4
  %".70" = getelementptr inbounds float, ptr %".3", i64 %".65"
  %".71" = load <8 x float>, ptr %".70", align 4
  %".72" = add i64 %".36", %"for.iv.3"
  %".73" = getelementptr inbounds float, ptr %".1", i64 %".72"
  %".74" = load float, ptr %".73", align 4
  %".75" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".74", i32 0
  %".76" = shufflevector <8 x float> %".75", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".77" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".76", <8 x float> %".64", <8 x float> %".43")
  %".78" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".76", <8 x float> %".67", <8 x float> %".44")
  %".79" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".76", <8 x float> %".69", <8 x float> %".45")
  %".80" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".76", <8 x float> %".71", <8 x float> %".46")
  %".81" = add i64 %".37", %"for.iv.3"
  %".82" = getelementptr inbounds float, ptr %".1", i64 %".81"
  %".83" = load float, ptr %".82", align 4
  %".84" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".83", i32 0
  %".85" = shufflevector <8 x float> %".84", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".86" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".85", <8 x float> %".64", <8 x float> %".47")
  %".87" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".85", <8 x float> %".67", <8 x float> %".48")
  %".88" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".85", <8 x float> %".69", <8 x float> %".49")
  %".89" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".85", <8 x float> %".71", <8 x float> %".50")
  %".90" = add i64 %".38", %"for.iv.3"
  %".91" = getelementptr inbounds float, ptr %".1", i64 %".90"
  %".92" = load float, ptr %".91", align 4
  %".93" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".92", i32 0
  %".94" = shufflevector <8 x float> %".93", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".95" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".94", <8 x float> %".64", <8 x float> %".51")
  %".96" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".94", <8 x float> %".67", <8 x float> %".52")
  %".97" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".94", <8 x float> %".69", <8 x float> %".53")
  %".98" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".94", <8 x float> %".71", <8 x float> %".54")
  %".99" = add i64 %".39", %"for.iv.3"
  %".100" = getelementptr inbounds float, ptr %".1", i64 %".99"
  %".101" = load float, ptr %".100", align 4
  %".102" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".101", i32 0
  %".103" = shufflevector <8 x float> %".102", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".104" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".103", <8 x float> %".64", <8 x float> %".55")
  %".105" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".103", <8 x float> %".67", <8 x float> %".56")
  %".106" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".103", <8 x float> %".69", <8 x float> %".57")
  %".107" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".103", <8 x float> %".71", <8 x float> %".58")
  %"for.next" = add nsw i64 %"for.iv.3", 1
  br label %"for.header.3"
for.exit.3:
  %".109" = fsub afn arcp contract nsz reassoc <8 x float> %".41", %".43"
  %".110" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0xc055c00000000000, i32 0
  %".111" = shufflevector <8 x float> %".110", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".112" = fcmp ogt <8 x float> %".109", %".111"
  %".113" = select  <8 x i1> %".112", <8 x float> %".109", <8 x float> %".111"
  %".114" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0x4056000000000000, i32 0
  %".115" = shufflevector <8 x float> %".114", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".116" = fcmp olt <8 x float> %".113", %".115"
  %".117" = select  <8 x i1> %".116", <8 x float> %".113", <8 x float> %".115"
  %".118" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".117", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".119" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".118", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".120" = fmul contract <8 x float> %".119", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".121" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".120")
  %".122" = fmul contract <8 x float> %".121", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".123" = fsub contract <8 x float> %".119", %".122"
  %".124" = fmul contract <8 x float> %".121", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".125" = fsub contract <8 x float> %".123", %".124"
  %".126" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".125"
  %".127" = fadd contract <8 x float> %".126", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".128" = fmul contract <8 x float> %".127", %".125"
  %".129" = fadd contract <8 x float> %".128", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".130" = fmul contract <8 x float> %".129", %".125"
  %".131" = fadd contract <8 x float> %".130", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".132" = fmul contract <8 x float> %".131", %".125"
  %".133" = fadd contract <8 x float> %".132", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".134" = fmul contract <8 x float> %".133", %".125"
  %".135" = fadd contract <8 x float> %".134", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".136" = fmul contract <8 x float> %".125", %".125"
  %".137" = fmul contract <8 x float> %".135", %".136"
  %".138" = fadd contract <8 x float> %".137", %".125"
  %".139" = fadd contract <8 x float> %".138", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".140" = fptosi <8 x float> %".121" to <8 x i32>
  %".141" = shl <8 x i32> %".140", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".142" = bitcast <8 x float> %".139" to <8 x i32>
  %".143" = add <8 x i32> %".142", %".141"
  %".144" = bitcast <8 x i32> %".143" to <8 x float>
  %".145" = fcmp olt <8 x float> %".117", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".146" = select  <8 x i1> %".145", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".144"
  %".147" = fcmp ogt <8 x float> %".117", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".148" = select  <8 x i1> %".147", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".146"
  %".149" = fcmp uno <8 x float> %".117", %".117"
  %".150" = select  <8 x i1> %".149", <8 x float> %".117", <8 x float> %".148"
  %".151" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0x3ff0000000000000, i32 0
  %".152" = shufflevector <8 x float> %".151", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".153" = fadd afn arcp contract nsz reassoc <8 x float> %".152", %".150"
  %".154" = fdiv afn arcp contract nsz reassoc <8 x float> %".43", %".153"
  %".155" = fmul afn arcp contract nsz reassoc <8 x float> %".154", %".45"
  %".156" = fsub afn arcp contract nsz reassoc <8 x float> %".41", %".44"
  %".157" = fcmp ogt <8 x float> %".156", %".111"
  %".158" = select  <8 x i1> %".157", <8 x float> %".156", <8 x float> %".111"
  %".159" = fcmp olt <8 x float> %".158", %".115"
  %".160" = select  <8 x i1> %".159", <8 x float> %".158", <8 x float> %".115"
  %".161" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".160", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".162" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".161", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".163" = fmul contract <8 x float> %".162", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".164" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".163")
  %".165" = fmul contract <8 x float> %".164", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".166" = fsub contract <8 x float> %".162", %".165"
  %".167" = fmul contract <8 x float> %".164", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".168" = fsub contract <8 x float> %".166", %".167"
  %".169" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".168"
  %".170" = fadd contract <8 x float> %".169", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".171" = fmul contract <8 x float> %".170", %".168"
  %".172" = fadd contract <8 x float> %".171", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".173" = fmul contract <8 x float> %".172", %".168"
  %".174" = fadd contract <8 x float> %".173", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".175" = fmul contract <8 x float> %".174", %".168"
  %".176" = fadd contract <8 x float> %".175", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".177" = fmul contract <8 x float> %".176", %".168"
  %".178" = fadd contract <8 x float> %".177", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".179" = fmul contract <8 x float> %".168", %".168"
  %".180" = fmul contract <8 x float> %".178", %".179"
  %".181" = fadd contract <8 x float> %".180", %".168"
  %".182" = fadd contract <8 x float> %".181", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".183" = fptosi <8 x float> %".164" to <8 x i32>
  %".184" = shl <8 x i32> %".183", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".185" = bitcast <8 x float> %".182" to <8 x i32>
  %".186" = add <8 x i32> %".185", %".184"
  %".187" = bitcast <8 x i32> %".186" to <8 x float>
  %".188" = fcmp olt <8 x float> %".160", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".189" = select  <8 x i1> %".188", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".187"
  %".190" = fcmp ogt <8 x float> %".160", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".191" = select  <8 x i1> %".190", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".189"
  %".192" = fcmp uno <8 x float> %".160", %".160"
  %".193" = select  <8 x i1> %".192", <8 x float> %".160", <8 x float> %".191"
  %".194" = fadd afn arcp contract nsz reassoc <8 x float> %".152", %".193"
  %".195" = fdiv afn arcp contract nsz reassoc <8 x float> %".44", %".194"
  %".196" = fmul afn arcp contract nsz reassoc <8 x float> %".195", %".46"
  %".197" = mul i64 %"for.iv.2", 192
  %".198" = mul i64 %"for.iv.1", 16
  %".199" = add i64 %".197", %".198"
  %".200" = getelementptr inbounds float, ptr %".4", i64 %".199"
  store <8 x float> %".155", ptr %".200", align 4
  %".202" = add i64 %".199", 8
  %".203" = getelementptr inbounds float, ptr %".4", i64 %".202"
  store <8 x float> %".196", ptr %".203", align 4
  %".205" = fsub afn arcp contract nsz reassoc <8 x float> %".41", %".47"
  %".206" = fcmp ogt <8 x float> %".205", %".111"
  %".207" = select  <8 x i1> %".206", <8 x float> %".205", <8 x float> %".111"
  %".208" = fcmp olt <8 x float> %".207", %".115"
  %".209" = select  <8 x i1> %".208", <8 x float> %".207", <8 x float> %".115"
  %".210" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".209", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".211" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".210", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".212" = fmul contract <8 x float> %".211", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".213" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".212")
  %".214" = fmul contract <8 x float> %".213", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".215" = fsub contract <8 x float> %".211", %".214"
  %".216" = fmul contract <8 x float> %".213", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".217" = fsub contract <8 x float> %".215", %".216"
  %".218" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".217"
  %".219" = fadd contract <8 x float> %".218", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".220" = fmul contract <8 x float> %".219", %".217"
  %".221" = fadd contract <8 x float> %".220", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".222" = fmul contract <8 x float> %".221", %".217"
  %".223" = fadd contract <8 x float> %".222", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".224" = fmul contract <8 x float> %".223", %".217"
  %".225" = fadd contract <8 x float> %".224", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".226" = fmul contract <8 x float> %".225", %".217"
  %".227" = fadd contract <8 x float> %".226", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".228" = fmul contract <8 x float> %".217", %".217"
  %".229" = fmul contract <8 x float> %".227", %".228"
  %".230" = fadd contract <8 x float> %".229", %".217"
  %".231" = fadd contract <8 x float> %".230", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".232" = fptosi <8 x float> %".213" to <8 x i32>
  %".233" = shl <8 x i32> %".232", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".234" = bitcast <8 x float> %".231" to <8 x i32>
  %".235" = add <8 x i32> %".234", %".233"
  %".236" = bitcast <8 x i32> %".235" to <8 x float>
  %".237" = fcmp olt <8 x float> %".209", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".238" = select  <8 x i1> %".237", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".236"
  %".239" = fcmp ogt <8 x float> %".209", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".240" = select  <8 x i1> %".239", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".238"
  %".241" = fcmp uno <8 x float> %".209", %".209"
  %".242" = select  <8 x i1> %".241", <8 x float> %".209", <8 x float> %".240"
  %".243" = fadd afn arcp contract nsz reassoc <8 x float> %".152", %".242"
  %".244" = fdiv afn arcp contract nsz reassoc <8 x float> %".47", %".243"
  %".245" = fmul afn arcp contract nsz reassoc <8 x float> %".244", %".49"
  %".246" = fsub afn arcp contract nsz reassoc <8 x float> %".41", %".48"
  %".247" = fcmp ogt <8 x float> %".246", %".111"
  %".248" = select  <8 x i1> %".247", <8 x float> %".246", <8 x float> %".111"
  %".249" = fcmp olt <8 x float> %".248", %".115"
  %".250" = select  <8 x i1> %".249", <8 x float> %".248", <8 x float> %".115"
  %".251" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".250", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".252" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".251", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".253" = fmul contract <8 x float> %".252", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".254" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".253")
  %".255" = fmul contract <8 x float> %".254", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".256" = fsub contract <8 x float> %".252", %".255"
  %".257" = fmul contract <8 x float> %".254", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".258" = fsub contract <8 x float> %".256", %".257"
  %".259" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".258"
  %".260" = fadd contract <8 x float> %".259", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".261" = fmul contract <8 x float> %".260", %".258"
  %".262" = fadd contract <8 x float> %".261", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".263" = fmul contract <8 x float> %".262", %".258"
  %".264" = fadd contract <8 x float> %".263", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".265" = fmul contract <8 x float> %".264", %".258"
  %".266" = fadd contract <8 x float> %".265", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".267" = fmul contract <8 x float> %".266", %".258"
  %".268" = fadd contract <8 x float> %".267", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".269" = fmul contract <8 x float> %".258", %".258"
  %".270" = fmul contract <8 x float> %".268", %".269"
  %".271" = fadd contract <8 x float> %".270", %".258"
  %".272" = fadd contract <8 x float> %".271", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".273" = fptosi <8 x float> %".254" to <8 x i32>
  %".274" = shl <8 x i32> %".273", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".275" = bitcast <8 x float> %".272" to <8 x i32>
  %".276" = add <8 x i32> %".275", %".274"
  %".277" = bitcast <8 x i32> %".276" to <8 x float>
  %".278" = fcmp olt <8 x float> %".250", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".279" = select  <8 x i1> %".278", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".277"
  %".280" = fcmp ogt <8 x float> %".250", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".281" = select  <8 x i1> %".280", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".279"
  %".282" = fcmp uno <8 x float> %".250", %".250"
  %".283" = select  <8 x i1> %".282", <8 x float> %".250", <8 x float> %".281"
  %".284" = fadd afn arcp contract nsz reassoc <8 x float> %".152", %".283"
  %".285" = fdiv afn arcp contract nsz reassoc <8 x float> %".48", %".284"
  %".286" = fmul afn arcp contract nsz reassoc <8 x float> %".285", %".50"
  %".287" = mul i64 %".32", 192
  %".288" = add i64 %".287", %".198"
  %".289" = getelementptr inbounds float, ptr %".4", i64 %".288"
  store <8 x float> %".245", ptr %".289", align 4
  %".291" = add i64 %".288", 8
  %".292" = getelementptr inbounds float, ptr %".4", i64 %".291"
  store <8 x float> %".286", ptr %".292", align 4
  %".294" = fsub afn arcp contract nsz reassoc <8 x float> %".41", %".51"
  %".295" = fcmp ogt <8 x float> %".294", %".111"
  %".296" = select  <8 x i1> %".295", <8 x float> %".294", <8 x float> %".111"
  %".297" = fcmp olt <8 x float> %".296", %".115"
  %".298" = select  <8 x i1> %".297", <8 x float> %".296", <8 x float> %".115"
  %".299" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".298", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".300" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".299", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".301" = fmul contract <8 x float> %".300", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".302" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".301")
  %".303" = fmul contract <8 x float> %".302", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".304" = fsub contract <8 x float> %".300", %".303"
  %".305" = fmul contract <8 x float> %".302", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".306" = fsub contract <8 x float> %".304", %".305"
  %".307" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".306"
  %".308" = fadd contract <8 x float> %".307", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".309" = fmul contract <8 x float> %".308", %".306"
  %".310" = fadd contract <8 x float> %".309", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".311" = fmul contract <8 x float> %".310", %".306"
  %".312" = fadd contract <8 x float> %".311", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".313" = fmul contract <8 x float> %".312", %".306"
  %".314" = fadd contract <8 x float> %".313", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".315" = fmul contract <8 x float> %".314", %".306"
  %".316" = fadd contract <8 x float> %".315", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".317" = fmul contract <8 x float> %".306", %".306"
  %".318" = fmul contract <8 x float> %".316", %".317"
  %".319" = fadd contract <8 x float> %".318", %".306"
  %".320" = fadd contract <8 x float> %".319", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".321" = fptosi <8 x float> %".302" to <8 x i32>
  %".322" = shl <8 x i32> %".321", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".323" = bitcast <8 x float> %".320" to <8 x i32>
  %".324" = add <8 x i32> %".323", %".322"
  %".325" = bitcast <8 x i32> %".324" to <8 x float>
  %".326" = fcmp olt <8 x float> %".298", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".327" = select  <8 x i1> %".326", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".325"
  %".328" = fcmp ogt <8 x float> %".298", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".329" = select  <8 x i1> %".328", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".327"
  %".330" = fcmp uno <8 x float> %".298", %".298"
  %".331" = select  <8 x i1> %".330", <8 x float> %".298", <8 x float> %".329"
  %".332" = fadd afn arcp contract nsz reassoc <8 x float> %".152", %".331"
  %".333" = fdiv afn arcp contract nsz reassoc <8 x float> %".51", %".332"
  %".334" = fmul afn arcp contract nsz reassoc <8 x float> %".333", %".53"
  %".335" = fsub afn arcp contract nsz reassoc <8 x float> %".41", %".52"
  %".336" = fcmp ogt <8 x float> %".335", %".111"
  %".337" = select  <8 x i1> %".336", <8 x float> %".335", <8 x float> %".111"
  %".338" = fcmp olt <8 x float> %".337", %".115"
  %".339" = select  <8 x i1> %".338", <8 x float> %".337", <8 x float> %".115"
  %".340" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".339", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".341" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".340", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".342" = fmul contract <8 x float> %".341", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".343" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".342")
  %".344" = fmul contract <8 x float> %".343", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".345" = fsub contract <8 x float> %".341", %".344"
  %".346" = fmul contract <8 x float> %".343", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".347" = fsub contract <8 x float> %".345", %".346"
  %".348" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".347"
  %".349" = fadd contract <8 x float> %".348", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".350" = fmul contract <8 x float> %".349", %".347"
  %".351" = fadd contract <8 x float> %".350", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".352" = fmul contract <8 x float> %".351", %".347"
  %".353" = fadd contract <8 x float> %".352", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".354" = fmul contract <8 x float> %".353", %".347"
  %".355" = fadd contract <8 x float> %".354", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".356" = fmul contract <8 x float> %".355", %".347"
  %".357" = fadd contract <8 x float> %".356", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".358" = fmul contract <8 x float> %".347", %".347"
  %".359" = fmul contract <8 x float> %".357", %".358"
  %".360" = fadd contract <8 x float> %".359", %".347"
  %".361" = fadd contract <8 x float> %".360", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".362" = fptosi <8 x float> %".343" to <8 x i32>
  %".363" = shl <8 x i32> %".362", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".364" = bitcast <8 x float> %".361" to <8 x i32>
  %".365" = add <8 x i32> %".364", %".363"
  %".366" = bitcast <8 x i32> %".365" to <8 x float>
  %".367" = fcmp olt <8 x float> %".339", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".368" = select  <8 x i1> %".367", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".366"
  %".369" = fcmp ogt <8 x float> %".339", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".370" = select  <8 x i1> %".369", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".368"
  %".371" = fcmp uno <8 x float> %".339", %".339"
  %".372" = select  <8 x i1> %".371", <8 x float> %".339", <8 x float> %".370"
  %".373" = fadd afn arcp contract nsz reassoc <8 x float> %".152", %".372"
  %".374" = fdiv afn arcp contract nsz reassoc <8 x float> %".52", %".373"
  %".375" = fmul afn arcp contract nsz reassoc <8 x float> %".374", %".54"
  %".376" = mul i64 %".33", 192
  %".377" = add i64 %".376", %".198"
  %".378" = getelementptr inbounds float, ptr %".4", i64 %".377"
  store <8 x float> %".334", ptr %".378", align 4
  %".380" = add i64 %".377", 8
  %".381" = getelementptr inbounds float, ptr %".4", i64 %".380"
  store <8 x float> %".375", ptr %".381", align 4
  %".383" = fsub afn arcp contract nsz reassoc <8 x float> %".41", %".55"
  %".384" = fcmp ogt <8 x float> %".383", %".111"
  %".385" = select  <8 x i1> %".384", <8 x float> %".383", <8 x float> %".111"
  %".386" = fcmp olt <8 x float> %".385", %".115"
  %".387" = select  <8 x i1> %".386", <8 x float> %".385", <8 x float> %".115"
  %".388" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".387", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".389" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".388", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".390" = fmul contract <8 x float> %".389", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".391" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".390")
  %".392" = fmul contract <8 x float> %".391", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".393" = fsub contract <8 x float> %".389", %".392"
  %".394" = fmul contract <8 x float> %".391", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".395" = fsub contract <8 x float> %".393", %".394"
  %".396" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".395"
  %".397" = fadd contract <8 x float> %".396", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".398" = fmul contract <8 x float> %".397", %".395"
  %".399" = fadd contract <8 x float> %".398", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".400" = fmul contract <8 x float> %".399", %".395"
  %".401" = fadd contract <8 x float> %".400", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".402" = fmul contract <8 x float> %".401", %".395"
  %".403" = fadd contract <8 x float> %".402", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".404" = fmul contract <8 x float> %".403", %".395"
  %".405" = fadd contract <8 x float> %".404", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".406" = fmul contract <8 x float> %".395", %".395"
  %".407" = fmul contract <8 x float> %".405", %".406"
  %".408" = fadd contract <8 x float> %".407", %".395"
  %".409" = fadd contract <8 x float> %".408", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".410" = fptosi <8 x float> %".391" to <8 x i32>
  %".411" = shl <8 x i32> %".410", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".412" = bitcast <8 x float> %".409" to <8 x i32>
  %".413" = add <8 x i32> %".412", %".411"
  %".414" = bitcast <8 x i32> %".413" to <8 x float>
  %".415" = fcmp olt <8 x float> %".387", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".416" = select  <8 x i1> %".415", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".414"
  %".417" = fcmp ogt <8 x float> %".387", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".418" = select  <8 x i1> %".417", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".416"
  %".419" = fcmp uno <8 x float> %".387", %".387"
  %".420" = select  <8 x i1> %".419", <8 x float> %".387", <8 x float> %".418"
  %".421" = fadd afn arcp contract nsz reassoc <8 x float> %".152", %".420"
  %".422" = fdiv afn arcp contract nsz reassoc <8 x float> %".55", %".421"
  %".423" = fmul afn arcp contract nsz reassoc <8 x float> %".422", %".57"
  %".424" = fsub afn arcp contract nsz reassoc <8 x float> %".41", %".56"
  %".425" = fcmp ogt <8 x float> %".424", %".111"
  %".426" = select  <8 x i1> %".425", <8 x float> %".424", <8 x float> %".111"
  %".427" = fcmp olt <8 x float> %".426", %".115"
  %".428" = select  <8 x i1> %".427", <8 x float> %".426", <8 x float> %".115"
  %".429" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".428", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".430" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".429", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".431" = fmul contract <8 x float> %".430", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".432" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".431")
  %".433" = fmul contract <8 x float> %".432", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".434" = fsub contract <8 x float> %".430", %".433"
  %".435" = fmul contract <8 x float> %".432", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".436" = fsub contract <8 x float> %".434", %".435"
  %".437" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".436"
  %".438" = fadd contract <8 x float> %".437", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".439" = fmul contract <8 x float> %".438", %".436"
  %".440" = fadd contract <8 x float> %".439", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".441" = fmul contract <8 x float> %".440", %".436"
  %".442" = fadd contract <8 x float> %".441", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".443" = fmul contract <8 x float> %".442", %".436"
  %".444" = fadd contract <8 x float> %".443", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".445" = fmul contract <8 x float> %".444", %".436"
  %".446" = fadd contract <8 x float> %".445", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".447" = fmul contract <8 x float> %".436", %".436"
  %".448" = fmul contract <8 x float> %".446", %".447"
  %".449" = fadd contract <8 x float> %".448", %".436"
  %".450" = fadd contract <8 x float> %".449", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".451" = fptosi <8 x float> %".432" to <8 x i32>
  %".452" = shl <8 x i32> %".451", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".453" = bitcast <8 x float> %".450" to <8 x i32>
  %".454" = add <8 x i32> %".453", %".452"
  %".455" = bitcast <8 x i32> %".454" to <8 x float>
  %".456" = fcmp olt <8 x float> %".428", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".457" = select  <8 x i1> %".456", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".455"
  %".458" = fcmp ogt <8 x float> %".428", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".459" = select  <8 x i1> %".458", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".457"
  %".460" = fcmp uno <8 x float> %".428", %".428"
  %".461" = select  <8 x i1> %".460", <8 x float> %".428", <8 x float> %".459"
  %".462" = fadd afn arcp contract nsz reassoc <8 x float> %".152", %".461"
  %".463" = fdiv afn arcp contract nsz reassoc <8 x float> %".56", %".462"
  %".464" = fmul afn arcp contract nsz reassoc <8 x float> %".463", %".58"
  %".465" = mul i64 %".34", 192
  %".466" = add i64 %".465", %".198"
  %".467" = getelementptr inbounds float, ptr %".4", i64 %".466"
  store <8 x float> %".423", ptr %".467", align 4
  %".469" = add i64 %".466", 8
  %".470" = getelementptr inbounds float, ptr %".4", i64 %".469"
  store <8 x float> %".464", ptr %".470", align 4
  %"for.next.1" = add nsw i64 %"for.iv.2", 4
  br label %"for.header.2"
for.header.4:
  %"for.iv.4" = phi  i64 [%".24", %"for.exit.2"], [%"for.next.3", %"for.exit.5"]
  %".474" = icmp slt i64 %"for.iv.4", %".20"
  br i1 %".474", label %"for.body.4", label %"for.exit.4"
for.body.4:
  %".476" = mul i64 %"for.iv.1", 2048
  %".477" = mul i64 %"for.iv.4", 128
  %".478" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".479" = shufflevector <8 x float> %".478", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.5"
for.exit.4:
  %"for.next.4" = add nsw i64 %"for.iv.1", 1
  br label %"for.header.1"
for.header.5:
  %"for.iv.5" = phi  i64 [0, %"for.body.4"], [%"for.next.2", %"for.body.5"]
  %".481" = phi  <8 x float> [%".479", %"for.body.4"], [%".507", %"for.body.5"]
  %".482" = phi  <8 x float> [%".479", %"for.body.4"], [%".508", %"for.body.5"]
  %".483" = phi  <8 x float> [%".479", %"for.body.4"], [%".509", %"for.body.5"]
  %".484" = phi  <8 x float> [%".479", %"for.body.4"], [%".510", %"for.body.5"]
  %".485" = phi  <8 x float> [%".479", %"for.body.4"], [%".528", %"for.body.5"]
  %".486" = phi  <8 x float> [%".479", %"for.body.4"], [%".529", %"for.body.5"]
  %".487" = phi  <8 x float> [%".479", %"for.body.4"], [%".530", %"for.body.5"]
  %".488" = phi  <8 x float> [%".479", %"for.body.4"], [%".531", %"for.body.5"]
  %".489" = icmp slt i64 %"for.iv.5", 128
  br i1 %".489", label %"for.body.5", label %"for.exit.5"
for.body.5:
  %".491" = mul i64 %"for.iv.5", 16
  %".492" = add i64 %".476", %".491"
  %".493" = getelementptr inbounds float, ptr %".2", i64 %".492"
  %".494" = load <8 x float>, ptr %".493", align 4
  %".495" = add i64 %".492", 8
  %".496" = getelementptr inbounds float, ptr %".2", i64 %".495"
  %".497" = load <8 x float>, ptr %".496", align 4
  %".498" = getelementptr inbounds float, ptr %".3", i64 %".492"
  %".499" = load <8 x float>, ptr %".498", align 4
  %".500" = getelementptr inbounds float, ptr %".3", i64 %".495"
  %".501" = load <8 x float>, ptr %".500", align 4
  %".502" = add i64 %".477", %"for.iv.5"
  %".503" = getelementptr inbounds float, ptr %".1", i64 %".502"
  %".504" = load float, ptr %".503", align 4
  %".505" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".504", i32 0
  %".506" = shufflevector <8 x float> %".505", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".507" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".506", <8 x float> %".494", <8 x float> %".481")
  %".508" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".506", <8 x float> %".497", <8 x float> %".482")
  %".509" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".506", <8 x float> %".499", <8 x float> %".483")
  %".510" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".506", <8 x float> %".501", <8 x float> %".484")
  %".511" = add i64 %"for.iv.5", 1
  %".512" = mul i64 %".511", 16
  %".513" = add i64 %".476", %".512"
  %".514" = getelementptr inbounds float, ptr %".2", i64 %".513"
  %".515" = load <8 x float>, ptr %".514", align 4
  %".516" = add i64 %".513", 8
  %".517" = getelementptr inbounds float, ptr %".2", i64 %".516"
  %".518" = load <8 x float>, ptr %".517", align 4
  %".519" = getelementptr inbounds float, ptr %".3", i64 %".513"
  %".520" = load <8 x float>, ptr %".519", align 4
  %".521" = getelementptr inbounds float, ptr %".3", i64 %".516"
  %".522" = load <8 x float>, ptr %".521", align 4
  %".523" = add i64 %".477", %".511"
  %".524" = getelementptr inbounds float, ptr %".1", i64 %".523"
  %".525" = load float, ptr %".524", align 4
  %".526" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".525", i32 0
  %".527" = shufflevector <8 x float> %".526", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".528" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".527", <8 x float> %".515", <8 x float> %".485")
  %".529" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".527", <8 x float> %".518", <8 x float> %".486")
  %".530" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".527", <8 x float> %".520", <8 x float> %".487")
  %".531" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".527", <8 x float> %".522", <8 x float> %".488")
  %"for.next.2" = add nsw i64 %"for.iv.5", 2
  br label %"for.header.5"
for.exit.5:
  %".533" = fadd afn arcp contract nsz reassoc <8 x float> %".481", %".485"
  %".534" = fadd afn arcp contract nsz reassoc <8 x float> %".482", %".486"
  %".535" = fadd afn arcp contract nsz reassoc <8 x float> %".483", %".487"
  %".536" = fadd afn arcp contract nsz reassoc <8 x float> %".484", %".488"
  %".537" = fsub afn arcp contract nsz reassoc <8 x float> %".479", %".533"
  %".538" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0xc055c00000000000, i32 0
  %".539" = shufflevector <8 x float> %".538", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".540" = fcmp ogt <8 x float> %".537", %".539"
  %".541" = select  <8 x i1> %".540", <8 x float> %".537", <8 x float> %".539"
  %".542" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0x4056000000000000, i32 0
  %".543" = shufflevector <8 x float> %".542", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".544" = fcmp olt <8 x float> %".541", %".543"
  %".545" = select  <8 x i1> %".544", <8 x float> %".541", <8 x float> %".543"
  %".546" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".545", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".547" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".546", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".548" = fmul contract <8 x float> %".547", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".549" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".548")
  %".550" = fmul contract <8 x float> %".549", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".551" = fsub contract <8 x float> %".547", %".550"
  %".552" = fmul contract <8 x float> %".549", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".553" = fsub contract <8 x float> %".551", %".552"
  %".554" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".553"
  %".555" = fadd contract <8 x float> %".554", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".556" = fmul contract <8 x float> %".555", %".553"
  %".557" = fadd contract <8 x float> %".556", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".558" = fmul contract <8 x float> %".557", %".553"
  %".559" = fadd contract <8 x float> %".558", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".560" = fmul contract <8 x float> %".559", %".553"
  %".561" = fadd contract <8 x float> %".560", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".562" = fmul contract <8 x float> %".561", %".553"
  %".563" = fadd contract <8 x float> %".562", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".564" = fmul contract <8 x float> %".553", %".553"
  %".565" = fmul contract <8 x float> %".563", %".564"
  %".566" = fadd contract <8 x float> %".565", %".553"
  %".567" = fadd contract <8 x float> %".566", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".568" = fptosi <8 x float> %".549" to <8 x i32>
  %".569" = shl <8 x i32> %".568", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".570" = bitcast <8 x float> %".567" to <8 x i32>
  %".571" = add <8 x i32> %".570", %".569"
  %".572" = bitcast <8 x i32> %".571" to <8 x float>
  %".573" = fcmp olt <8 x float> %".545", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".574" = select  <8 x i1> %".573", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".572"
  %".575" = fcmp ogt <8 x float> %".545", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".576" = select  <8 x i1> %".575", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".574"
  %".577" = fcmp uno <8 x float> %".545", %".545"
  %".578" = select  <8 x i1> %".577", <8 x float> %".545", <8 x float> %".576"
  %".579" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0x3ff0000000000000, i32 0
  %".580" = shufflevector <8 x float> %".579", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".581" = fadd afn arcp contract nsz reassoc <8 x float> %".580", %".578"
  %".582" = fdiv afn arcp contract nsz reassoc <8 x float> %".533", %".581"
  %".583" = fmul afn arcp contract nsz reassoc <8 x float> %".582", %".535"
  %".584" = fsub afn arcp contract nsz reassoc <8 x float> %".479", %".534"
  %".585" = fcmp ogt <8 x float> %".584", %".539"
  %".586" = select  <8 x i1> %".585", <8 x float> %".584", <8 x float> %".539"
  %".587" = fcmp olt <8 x float> %".586", %".543"
  %".588" = select  <8 x i1> %".587", <8 x float> %".586", <8 x float> %".543"
  %".589" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".588", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".590" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".589", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".591" = fmul contract <8 x float> %".590", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".592" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".591")
  %".593" = fmul contract <8 x float> %".592", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".594" = fsub contract <8 x float> %".590", %".593"
  %".595" = fmul contract <8 x float> %".592", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".596" = fsub contract <8 x float> %".594", %".595"
  %".597" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".596"
  %".598" = fadd contract <8 x float> %".597", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".599" = fmul contract <8 x float> %".598", %".596"
  %".600" = fadd contract <8 x float> %".599", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".601" = fmul contract <8 x float> %".600", %".596"
  %".602" = fadd contract <8 x float> %".601", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".603" = fmul contract <8 x float> %".602", %".596"
  %".604" = fadd contract <8 x float> %".603", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".605" = fmul contract <8 x float> %".604", %".596"
  %".606" = fadd contract <8 x float> %".605", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".607" = fmul contract <8 x float> %".596", %".596"
  %".608" = fmul contract <8 x float> %".606", %".607"
  %".609" = fadd contract <8 x float> %".608", %".596"
  %".610" = fadd contract <8 x float> %".609", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".611" = fptosi <8 x float> %".592" to <8 x i32>
  %".612" = shl <8 x i32> %".611", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".613" = bitcast <8 x float> %".610" to <8 x i32>
  %".614" = add <8 x i32> %".613", %".612"
  %".615" = bitcast <8 x i32> %".614" to <8 x float>
  %".616" = fcmp olt <8 x float> %".588", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".617" = select  <8 x i1> %".616", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".615"
  %".618" = fcmp ogt <8 x float> %".588", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".619" = select  <8 x i1> %".618", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".617"
  %".620" = fcmp uno <8 x float> %".588", %".588"
  %".621" = select  <8 x i1> %".620", <8 x float> %".588", <8 x float> %".619"
  %".622" = fadd afn arcp contract nsz reassoc <8 x float> %".580", %".621"
  %".623" = fdiv afn arcp contract nsz reassoc <8 x float> %".534", %".622"
  %".624" = fmul afn arcp contract nsz reassoc <8 x float> %".623", %".536"
  %".625" = mul i64 %"for.iv.4", 192
  %".626" = mul i64 %"for.iv.1", 16
  %".627" = add i64 %".625", %".626"
  %".628" = getelementptr inbounds float, ptr %".4", i64 %".627"
  store <8 x float> %".583", ptr %".628", align 4
  %".630" = add i64 %".627", 8
  %".631" = getelementptr inbounds float, ptr %".4", i64 %".630"
  store <8 x float> %".624", ptr %".631", align 4
  %"for.next.3" = add nsw i64 %"for.iv.4", 1
  br label %"for.header.4"
}

define internal void @"multi_linear_k128_n128x64x64"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", ptr captures(none) noalias align 4 %".3", ptr captures(none) noalias align 4 %".4", ptr captures(none) noalias align 4 %".5", ptr captures(none) noalias align 4 %".6", ptr captures(none) noalias align 4 %".7", i64 %".8") noinline nounwind
{
entry:
  %"multi_linear_k128_n128x64x64.par8.ctx" = alloca {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}
  br label %"body"
body:
  %".10" = mul i64 %".8", 32768
  %".11" = add i64 %".8", 509
  %".12" = udiv i64 %".11", 510
  %".13" = mul i64 %".12", 8
  %".14" = icmp ult i64 %".10", 524288
  br i1 %".14", label %"if.then", label %"if.else"
if.then:
  br label %"for.header"
if.else:
  %".277" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"multi_linear_k128_n128x64x64.par8.ctx", i32 0, i32 0
  store i64 0, ptr %".277"
  %".279" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"multi_linear_k128_n128x64x64.par8.ctx", i32 0, i32 1
  store i64 %".13", ptr %".279"
  %".281" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"multi_linear_k128_n128x64x64.par8.ctx", i32 0, i32 2
  store i64 1, ptr %".281"
  %".283" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"multi_linear_k128_n128x64x64.par8.ctx", i32 0, i32 3
  store i64 0, ptr %".283"
  %".285" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"multi_linear_k128_n128x64x64.par8.ctx", i32 0, i32 4
  store i64 %".12", ptr %".285"
  %".287" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"multi_linear_k128_n128x64x64.par8.ctx", i32 0, i32 5
  store i64 %".8", ptr %".287"
  %".289" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"multi_linear_k128_n128x64x64.par8.ctx", i32 0, i32 6
  store ptr %".3", ptr %".289"
  %".291" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"multi_linear_k128_n128x64x64.par8.ctx", i32 0, i32 7
  store ptr %".4", ptr %".291"
  %".293" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"multi_linear_k128_n128x64x64.par8.ctx", i32 0, i32 8
  store ptr %".2", ptr %".293"
  %".295" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"multi_linear_k128_n128x64x64.par8.ctx", i32 0, i32 9
  store ptr %".6", ptr %".295"
  %".297" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"multi_linear_k128_n128x64x64.par8.ctx", i32 0, i32 10
  store ptr %".7", ptr %".297"
  %".299" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"multi_linear_k128_n128x64x64.par8.ctx", i32 0, i32 11
  store ptr %".5", ptr %".299"
  %".301" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"multi_linear_k128_n128x64x64.par8.ctx", i32 0, i32 12
  store ptr %".1", ptr %".301"
  call void @"GOMP_parallel"(void (ptr)* @"multi_linear_k128_n128x64x64.par8", ptr %"multi_linear_k128_n128x64x64.par8.ctx", i32 0, i32 0)
  br label %"if.end"
if.end:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"if.then"], [%"for.next.5", %"for.exit.1"]
  %".17" = icmp slt i64 %"for.iv", %".13"
  br i1 %".17", label %"for.body", label %"for.exit"
for.body:
  %".19" = udiv i64 %"for.iv", %".12"
  %".20" = urem i64 %"for.iv", %".12"
  %".21" = mul i64 %".20", 510
  %".22" = add i64 %".21", 510
  %".23" = call i64 @"llvm.umin.i64"(i64 %".22", i64 %".8")
  %".24" = sub i64 %".23", %".21"
  %".25" = udiv i64 %".24", 6
  %".26" = mul i64 %".25", 6
  %".27" = add i64 %".21", %".26"
  %".28" = mul i64 %".19", 2
  %".29" = add i64 %".28", 2
  br label %"for.header.1"
for.exit:
  br label %"if.end"
for.header.1:
  %"for.iv.1" = phi  i64 [%".28", %"for.body"], [%"for.next.4", %"for.exit.4"]
  %".31" = icmp slt i64 %"for.iv.1", %".29"
  br i1 %".31", label %"for.body.1", label %"for.exit.1"
for.body.1:
  br label %"for.header.2"
for.exit.1:
  %"for.next.5" = add nsw i64 %"for.iv", 1
  br label %"for.header"
for.header.2:
  %"for.iv.2" = phi  i64 [%".21", %"for.body.1"], [%"for.next.1", %"for.exit.3"]
  %".34" = icmp slt i64 %"for.iv.2", %".27"
  br i1 %".34", label %"for.body.2", label %"for.exit.2"
for.body.2:
  %".36" = add i64 %"for.iv.2", 1
  %".37" = add i64 %"for.iv.2", 2
  %".38" = add i64 %"for.iv.2", 3
  %".39" = add i64 %"for.iv.2", 4
  %".40" = add i64 %"for.iv.2", 5
  %".41" = icmp ult i64 %"for.iv.1", 12
  %".42" = select  i1 %".41", ptr %".3", ptr %".4"
  %".43" = icmp ult i64 %"for.iv.1", 8
  %".44" = select  i1 %".43", ptr %".2", ptr %".42"
  %".45" = select  i1 %".41", i64 8, i64 12
  %".46" = select  i1 %".43", i64 0, i64 %".45"
  %".47" = sub i64 %"for.iv.1", %".46"
  %".48" = select  i1 %".41", i64 64, i64 64
  %".49" = select  i1 %".43", i64 128, i64 %".48"
  %".50" = select  i1 %".41", ptr %".6", ptr %".7"
  %".51" = select  i1 %".43", ptr %".5", ptr %".50"
  %".52" = mul i64 %".47", 16
  %".53" = mul i64 %".47", 2048
  %".54" = mul i64 %"for.iv.2", 128
  %".55" = mul i64 %".36", 128
  %".56" = mul i64 %".37", 128
  %".57" = mul i64 %".38", 128
  %".58" = mul i64 %".39", 128
  %".59" = mul i64 %".40", 128
  %".60" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".61" = shufflevector <8 x float> %".60", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.3"
for.exit.2:
  br label %"for.header.4"
for.header.3:
  %"for.iv.3" = phi  i64 [0, %"for.body.2"], [%"for.next", %"for.body.3"]
  %".63" = phi  <8 x float> [%".61", %"for.body.2"], [%".89", %"for.body.3"]
  %".64" = phi  <8 x float> [%".61", %"for.body.2"], [%".90", %"for.body.3"]
  %".65" = phi  <8 x float> [%".61", %"for.body.2"], [%".96", %"for.body.3"]
  %".66" = phi  <8 x float> [%".61", %"for.body.2"], [%".97", %"for.body.3"]
  %".67" = phi  <8 x float> [%".61", %"for.body.2"], [%".103", %"for.body.3"]
  %".68" = phi  <8 x float> [%".61", %"for.body.2"], [%".104", %"for.body.3"]
  %".69" = phi  <8 x float> [%".61", %"for.body.2"], [%".110", %"for.body.3"]
  %".70" = phi  <8 x float> [%".61", %"for.body.2"], [%".111", %"for.body.3"]
  %".71" = phi  <8 x float> [%".61", %"for.body.2"], [%".117", %"for.body.3"]
  %".72" = phi  <8 x float> [%".61", %"for.body.2"], [%".118", %"for.body.3"]
  %".73" = phi  <8 x float> [%".61", %"for.body.2"], [%".124", %"for.body.3"]
  %".74" = phi  <8 x float> [%".61", %"for.body.2"], [%".125", %"for.body.3"]
  %".75" = icmp slt i64 %"for.iv.3", 128
  br i1 %".75", label %"for.body.3", label %"for.exit.3"
for.body.3:
  %".77" = mul i64 %"for.iv.3", 16
  %".78" = add i64 %".53", %".77"
  %".79" = getelementptr inbounds float, ptr %".44", i64 %".78"
  %".80" = load <8 x float>, ptr %".79", align 4
  %".81" = add i64 %".78", 8
  %".82" = getelementptr inbounds float, ptr %".44", i64 %".81"
  %".83" = load <8 x float>, ptr %".82", align 4
  %".84" = add i64 %".54", %"for.iv.3"
  %".85" = getelementptr inbounds float, ptr %".1", i64 %".84"
  %".86" = load float, ptr %".85", align 4
  %".87" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".86", i32 0
  %".88" = shufflevector <8 x float> %".87", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".89" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".88", <8 x float> %".80", <8 x float> %".63")
  %".90" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".88", <8 x float> %".83", <8 x float> %".64")
  %".91" = add i64 %".55", %"for.iv.3"
  %".92" = getelementptr inbounds float, ptr %".1", i64 %".91"
  %".93" = load float, ptr %".92", align 4
  %".94" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".93", i32 0
  %".95" = shufflevector <8 x float> %".94", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".96" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".95", <8 x float> %".80", <8 x float> %".65")
  %".97" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".95", <8 x float> %".83", <8 x float> %".66")
  %".98" = add i64 %".56", %"for.iv.3"
  %".99" = getelementptr inbounds float, ptr %".1", i64 %".98"
  %".100" = load float, ptr %".99", align 4
  %".101" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".100", i32 0
  %".102" = shufflevector <8 x float> %".101", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".103" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".102", <8 x float> %".80", <8 x float> %".67")
  %".104" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".102", <8 x float> %".83", <8 x float> %".68")
  %".105" = add i64 %".57", %"for.iv.3"
  %".106" = getelementptr inbounds float, ptr %".1", i64 %".105"
  %".107" = load float, ptr %".106", align 4
  %".108" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".107", i32 0
  %".109" = shufflevector <8 x float> %".108", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".110" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".109", <8 x float> %".80", <8 x float> %".69")
  %".111" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".109", <8 x float> %".83", <8 x float> %".70")
  %".112" = add i64 %".58", %"for.iv.3"
  %".113" = getelementptr inbounds float, ptr %".1", i64 %".112"
  %".114" = load float, ptr %".113", align 4
  %".115" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".114", i32 0
  %".116" = shufflevector <8 x float> %".115", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".117" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".116", <8 x float> %".80", <8 x float> %".71")
  %".118" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".116", <8 x float> %".83", <8 x float> %".72")
  %".119" = add i64 %".59", %"for.iv.3"
  %".120" = getelementptr inbounds float, ptr %".1", i64 %".119"
  %".121" = load float, ptr %".120", align 4
  %".122" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".121", i32 0
  %".123" = shufflevector <8 x float> %".122", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".124" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".123", <8 x float> %".80", <8 x float> %".73")
  %".125" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".123", <8 x float> %".83", <8 x float> %".74")
  %"for.next" = add nsw i64 %"for.iv.3", 1
  br label %"for.header.3"
for.exit.3:
  %".127" = mul i64 %"for.iv.2", %".49"
  %".128" = add i64 %".127", %".52"
  %".129" = getelementptr inbounds float, ptr %".51", i64 %".128"
  store <8 x float> %".63", ptr %".129", align 4
  %".131" = add i64 %".128", 8
  %".132" = getelementptr inbounds float, ptr %".51", i64 %".131"
  store <8 x float> %".64", ptr %".132", align 4
  %".134" = mul i64 %".36", %".49"
  %".135" = add i64 %".134", %".52"
  %".136" = getelementptr inbounds float, ptr %".51", i64 %".135"
  store <8 x float> %".65", ptr %".136", align 4
  %".138" = add i64 %".135", 8
  %".139" = getelementptr inbounds float, ptr %".51", i64 %".138"
  store <8 x float> %".66", ptr %".139", align 4
  %".141" = mul i64 %".37", %".49"
  %".142" = add i64 %".141", %".52"
  %".143" = getelementptr inbounds float, ptr %".51", i64 %".142"
  store <8 x float> %".67", ptr %".143", align 4
  %".145" = add i64 %".142", 8
  %".146" = getelementptr inbounds float, ptr %".51", i64 %".145"
  store <8 x float> %".68", ptr %".146", align 4
  %".148" = mul i64 %".38", %".49"
  %".149" = add i64 %".148", %".52"
  %".150" = getelementptr inbounds float, ptr %".51", i64 %".149"
  store <8 x float> %".69", ptr %".150", align 4
  %".152" = add i64 %".149", 8
  %".153" = getelementptr inbounds float, ptr %".51", i64 %".152"
  store <8 x float> %".70", ptr %".153", align 4
  %".155" = mul i64 %".39", %".49"
  %".156" = add i64 %".155", %".52"
  %".157" = getelementptr inbounds float, ptr %".51", i64 %".156"
  store <8 x float> %".71", ptr %".157", align 4
  %".159" = add i64 %".156", 8
  %".160" = getelementptr inbounds float, ptr %".51", i64 %".159"
  store <8 x float> %".72", ptr %".160", align 4
  %".162" = mul i64 %".40", %".49"
  %".163" = add i64 %".162", %".52"
  %".164" = getelementptr inbounds float, ptr %".51", i64 %".163"
  store <8 x float> %".73", ptr %".164", align 4
  %".166" = add i64 %".163", 8
  %".167" = getelementptr inbounds float, ptr %".51", i64 %".166"
  store <8 x float> %".74", ptr %".167", align 4
  %"for.next.1" = add nsw i64 %"for.iv.2", 6
  br label %"for.header.2"
for.header.4:
  %"for.iv.4" = phi  i64 [%".27", %"for.exit.2"], [%"for.next.3", %"for.exit.5"]
  %".171" = icmp slt i64 %"for.iv.4", %".23"
  br i1 %".171", label %"for.body.4", label %"for.exit.4"
for.body.4:
  %".173" = icmp ult i64 %"for.iv.1", 12
  %".174" = select  i1 %".173", ptr %".3", ptr %".4"
  %".175" = icmp ult i64 %"for.iv.1", 8
  %".176" = select  i1 %".175", ptr %".2", ptr %".174"
  %".177" = select  i1 %".173", i64 8, i64 12
  %".178" = select  i1 %".175", i64 0, i64 %".177"
  %".179" = sub i64 %"for.iv.1", %".178"
  %".180" = select  i1 %".173", i64 64, i64 64
  %".181" = select  i1 %".175", i64 128, i64 %".180"
  %".182" = select  i1 %".173", ptr %".6", ptr %".7"
  %".183" = select  i1 %".175", ptr %".5", ptr %".182"
  %".184" = mul i64 %".179", 16
  %".185" = mul i64 %".179", 2048
  %".186" = mul i64 %"for.iv.4", 128
  %".187" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".188" = shufflevector <8 x float> %".187", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.5"
for.exit.4:
  %"for.next.4" = add nsw i64 %"for.iv.1", 1
  br label %"for.header.1"
for.header.5:
  %"for.iv.5" = phi  i64 [0, %"for.body.4"], [%"for.next.2", %"for.body.5"]
  %".190" = phi  <8 x float> [%".188", %"for.body.4"], [%".212", %"for.body.5"]
  %".191" = phi  <8 x float> [%".188", %"for.body.4"], [%".213", %"for.body.5"]
  %".192" = phi  <8 x float> [%".188", %"for.body.4"], [%".227", %"for.body.5"]
  %".193" = phi  <8 x float> [%".188", %"for.body.4"], [%".228", %"for.body.5"]
  %".194" = phi  <8 x float> [%".188", %"for.body.4"], [%".242", %"for.body.5"]
  %".195" = phi  <8 x float> [%".188", %"for.body.4"], [%".243", %"for.body.5"]
  %".196" = phi  <8 x float> [%".188", %"for.body.4"], [%".257", %"for.body.5"]
  %".197" = phi  <8 x float> [%".188", %"for.body.4"], [%".258", %"for.body.5"]
  %".198" = icmp slt i64 %"for.iv.5", 128
  br i1 %".198", label %"for.body.5", label %"for.exit.5"
for.body.5:
  %".200" = mul i64 %"for.iv.5", 16
  %".201" = add i64 %".185", %".200"
  %".202" = getelementptr inbounds float, ptr %".176", i64 %".201"
  %".203" = load <8 x float>, ptr %".202", align 4
  %".204" = add i64 %".201", 8
  %".205" = getelementptr inbounds float, ptr %".176", i64 %".204"
  %".206" = load <8 x float>, ptr %".205", align 4
  %".207" = add i64 %".186", %"for.iv.5"
  %".208" = getelementptr inbounds float, ptr %".1", i64 %".207"
  %".209" = load float, ptr %".208", align 4
  %".210" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".209", i32 0
  %".211" = shufflevector <8 x float> %".210", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".212" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".211", <8 x float> %".203", <8 x float> %".190")
  %".213" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".211", <8 x float> %".206", <8 x float> %".191")
  %".214" = add i64 %"for.iv.5", 1
  %".215" = mul i64 %".214", 16
  %".216" = add i64 %".185", %".215"
  %".217" = getelementptr inbounds float, ptr %".176", i64 %".216"
  %".218" = load <8 x float>, ptr %".217", align 4
  %".219" = add i64 %".216", 8
  %".220" = getelementptr inbounds float, ptr %".176", i64 %".219"
  %".221" = load <8 x float>, ptr %".220", align 4
  %".222" = add i64 %".186", %".214"
  %".223" = getelementptr inbounds float, ptr %".1", i64 %".222"
  %".224" = load float, ptr %".223", align 4
  %".225" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".224", i32 0
  %".226" = shufflevector <8 x float> %".225", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".227" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".226", <8 x float> %".218", <8 x float> %".192")
  %".228" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".226", <8 x float> %".221", <8 x float> %".193")
  %".229" = add i64 %"for.iv.5", 2
  %".230" = mul i64 %".229", 16
  %".231" = add i64 %".185", %".230"
  %".232" = getelementptr inbounds float, ptr %".176", i64 %".231"
  %".233" = load <8 x float>, ptr %".232", align 4
  %".234" = add i64 %".231", 8
  %".235" = getelementptr inbounds float, ptr %".176", i64 %".234"
  %".236" = load <8 x float>, ptr %".235", align 4
  %".237" = add i64 %".186", %".229"
  %".238" = getelementptr inbounds float, ptr %".1", i64 %".237"
  %".239" = load float, ptr %".238", align 4
  %".240" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".239", i32 0
  %".241" = shufflevector <8 x float> %".240", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".242" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".241", <8 x float> %".233", <8 x float> %".194")
  %".243" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".241", <8 x float> %".236", <8 x float> %".195")
  %".244" = add i64 %"for.iv.5", 3
  %".245" = mul i64 %".244", 16
  %".246" = add i64 %".185", %".245"
  %".247" = getelementptr inbounds float, ptr %".176", i64 %".246"
  %".248" = load <8 x float>, ptr %".247", align 4
  %".249" = add i64 %".246", 8
  %".250" = getelementptr inbounds float, ptr %".176", i64 %".249"
  %".251" = load <8 x float>, ptr %".250", align 4
  %".252" = add i64 %".186", %".244"
  %".253" = getelementptr inbounds float, ptr %".1", i64 %".252"
  %".254" = load float, ptr %".253", align 4
  %".255" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".254", i32 0
  %".256" = shufflevector <8 x float> %".255", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".257" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".256", <8 x float> %".248", <8 x float> %".196")
  %".258" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".256", <8 x float> %".251", <8 x float> %".197")
  %"for.next.2" = add nsw i64 %"for.iv.5", 4
  br label %"for.header.5"
for.exit.5:
  %".260" = fadd afn arcp contract nsz reassoc <8 x float> %".190", %".192"
  %".261" = fadd afn arcp contract nsz reassoc <8 x float> %".194", %".196"
  %".262" = fadd afn arcp contract nsz reassoc <8 x float> %".260", %".261"
  %".263" = fadd afn arcp contract nsz reassoc <8 x float> %".191", %".193"
  %".264" = fadd afn arcp contract nsz reassoc <8 x float> %".195", %".197"
  %".265" = fadd afn arcp contract nsz reassoc <8 x float> %".263", %".264"
  %".266" = mul i64 %"for.iv.4", %".181"
  %".267" = add i64 %".266", %".184"
  %".268" = getelementptr inbounds float, ptr %".183", i64 %".267"
  store <8 x float> %".262", ptr %".268", align 4
  %".270" = add i64 %".267", 8
  %".271" = getelementptr inbounds float, ptr %".183", i64 %".270"
  store <8 x float> %".265", ptr %".271", align 4
  %"for.next.3" = add nsw i64 %"for.iv.4", 1
  br label %"for.header.4"
}

define internal void @"rms_norm_d128_g128_eps1em06"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", ptr captures(none) noalias align 4 %".3", i64 %".4") noinline nounwind
{
entry:
  %"rms_norm_d128_g128_eps1em06.par9.ctx" = alloca {i64, i64, i64, i64, ptr, ptr, ptr}
  br label %"body"
body:
  %".6" = mul i64 %".4", 128
  %".7" = icmp ult i64 %".6", 524288
  br i1 %".7", label %"if.then", label %"if.else"
if.then:
  br label %"for.header"
if.else:
  %".67" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d128_g128_eps1em06.par9.ctx", i32 0, i32 0
  store i64 0, ptr %".67"
  %".69" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d128_g128_eps1em06.par9.ctx", i32 0, i32 1
  store i64 %".4", ptr %".69"
  %".71" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d128_g128_eps1em06.par9.ctx", i32 0, i32 2
  store i64 1, ptr %".71"
  %".73" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d128_g128_eps1em06.par9.ctx", i32 0, i32 3
  store i64 0, ptr %".73"
  %".75" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d128_g128_eps1em06.par9.ctx", i32 0, i32 4
  store ptr %".1", ptr %".75"
  %".77" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d128_g128_eps1em06.par9.ctx", i32 0, i32 5
  store ptr %".2", ptr %".77"
  %".79" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d128_g128_eps1em06.par9.ctx", i32 0, i32 6
  store ptr %".3", ptr %".79"
  call void @"GOMP_parallel"(void (ptr)* @"rms_norm_d128_g128_eps1em06.par9", ptr %"rms_norm_d128_g128_eps1em06.par9.ctx", i32 0, i32 0)
  br label %"if.end"
if.end:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"if.then"], [%"for.next.2", %"for.exit.2"]
  %".10" = icmp slt i64 %"for.iv", %".4"
  br i1 %".10", label %"for.body", label %"for.exit"
for.body:
  %".12" = mul i64 %"for.iv", 128
  %".13" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".14" = shufflevector <8 x float> %".13", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.1"
for.exit:
  br label %"if.end"
for.header.1:
  %"for.iv.1" = phi  i64 [0, %"for.body"], [%"for.next", %"for.body.1"]
  %".16" = phi  <8 x float> [%".14", %"for.body"], [%".25", %"for.body.1"]
  %".17" = phi  <8 x float> [%".14", %"for.body"], [%".30", %"for.body.1"]
  %".18" = phi  <8 x float> [%".14", %"for.body"], [%".35", %"for.body.1"]
  %".19" = phi  <8 x float> [%".14", %"for.body"], [%".40", %"for.body.1"]
  %".20" = icmp slt i64 %"for.iv.1", 128
  br i1 %".20", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".22" = add i64 %".12", %"for.iv.1"
  %".23" = getelementptr inbounds float, ptr %".1", i64 %".22"
  %".24" = load <8 x float>, ptr %".23", align 4
  %".25" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".24", <8 x float> %".24", <8 x float> %".16")
  %".26" = add i64 %"for.iv.1", 8
  %".27" = add i64 %".12", %".26"
  %".28" = getelementptr inbounds float, ptr %".1", i64 %".27"
  %".29" = load <8 x float>, ptr %".28", align 4
  %".30" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".29", <8 x float> %".29", <8 x float> %".17")
  %".31" = add i64 %"for.iv.1", 16
  %".32" = add i64 %".12", %".31"
  %".33" = getelementptr inbounds float, ptr %".1", i64 %".32"
  %".34" = load <8 x float>, ptr %".33", align 4
  %".35" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".34", <8 x float> %".34", <8 x float> %".18")
  %".36" = add i64 %"for.iv.1", 24
  %".37" = add i64 %".12", %".36"
  %".38" = getelementptr inbounds float, ptr %".1", i64 %".37"
  %".39" = load <8 x float>, ptr %".38", align 4
  %".40" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".39", <8 x float> %".39", <8 x float> %".19")
  %"for.next" = add nsw i64 %"for.iv.1", 32
  br label %"for.header.1"
for.exit.1:
  %".42" = fadd afn arcp contract nsz reassoc <8 x float> %".16", %".17"
  %".43" = fadd afn arcp contract nsz reassoc <8 x float> %".18", %".19"
  %".44" = fadd afn arcp contract nsz reassoc <8 x float> %".42", %".43"
  %".45" = call afn arcp contract nsz reassoc float @"llvm.vector.reduce.fadd.v8f32"(float 0x8000000000000000, <8 x float> %".44")
  %".46" = fmul afn arcp contract nsz reassoc float %".45", 0x3f80000000000000
  %".47" = fadd afn arcp contract nsz reassoc float %".46", 0x3eb0c6f7a0000000
  %".48" = call afn arcp contract nsz reassoc float @"llvm.sqrt.f32"(float %".47")
  %".49" = fdiv afn arcp contract nsz reassoc float 0x3ff0000000000000, %".48"
  %".50" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".49", i32 0
  %".51" = shufflevector <8 x float> %".50", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.2"
for.header.2:
  %"for.iv.2" = phi  i64 [0, %"for.exit.1"], [%"for.next.1", %"for.body.2"]
  %".53" = icmp slt i64 %"for.iv.2", 128
  br i1 %".53", label %"for.body.2", label %"for.exit.2"
for.body.2:
  %".55" = add i64 %".12", %"for.iv.2"
  %".56" = getelementptr inbounds float, ptr %".1", i64 %".55"
  %".57" = load <8 x float>, ptr %".56", align 4
  %".58" = fmul afn arcp contract nsz reassoc <8 x float> %".57", %".51"
  %".59" = getelementptr inbounds float, ptr %".2", i64 %"for.iv.2"
  %".60" = load <8 x float>, ptr %".59", align 4
  %".61" = fmul afn arcp contract nsz reassoc <8 x float> %".58", %".60"
  %".62" = getelementptr inbounds float, ptr %".3", i64 %".55"
  store <8 x float> %".61", ptr %".62", align 4
  %"for.next.1" = add nsw i64 %"for.iv.2", 8
  br label %"for.header.2"
for.exit.2:
  %"for.next.2" = add nsw i64 %"for.iv", 1
  br label %"for.header"
}

define internal void @"rms_norm_d128_g32_eps1em06"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", ptr captures(none) noalias align 4 %".3", i64 %".4") noinline nounwind
{
entry:
  %"rms_norm_d128_g32_eps1em06.par10.ctx" = alloca {i64, i64, i64, i64, ptr, ptr, ptr}
  br label %"body"
body:
  %".6" = mul i64 %".4", 4
  %".7" = mul i64 %".4", 128
  %".8" = icmp ult i64 %".7", 524288
  br i1 %".8", label %"if.then", label %"if.else"
if.then:
  br label %"for.header"
if.else:
  %".68" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d128_g32_eps1em06.par10.ctx", i32 0, i32 0
  store i64 0, ptr %".68"
  %".70" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d128_g32_eps1em06.par10.ctx", i32 0, i32 1
  store i64 %".6", ptr %".70"
  %".72" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d128_g32_eps1em06.par10.ctx", i32 0, i32 2
  store i64 1, ptr %".72"
  %".74" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d128_g32_eps1em06.par10.ctx", i32 0, i32 3
  store i64 0, ptr %".74"
  %".76" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d128_g32_eps1em06.par10.ctx", i32 0, i32 4
  store ptr %".1", ptr %".76"
  %".78" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d128_g32_eps1em06.par10.ctx", i32 0, i32 5
  store ptr %".2", ptr %".78"
  %".80" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d128_g32_eps1em06.par10.ctx", i32 0, i32 6
  store ptr %".3", ptr %".80"
  call void @"GOMP_parallel"(void (ptr)* @"rms_norm_d128_g32_eps1em06.par10", ptr %"rms_norm_d128_g32_eps1em06.par10.ctx", i32 0, i32 0)
  br label %"if.end"
if.end:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"if.then"], [%"for.next.2", %"for.exit.2"]
  %".11" = icmp slt i64 %"for.iv", %".6"
  br i1 %".11", label %"for.body", label %"for.exit"
for.body:
  %".13" = mul i64 %"for.iv", 32
  %".14" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".15" = shufflevector <8 x float> %".14", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.1"
for.exit:
  br label %"if.end"
for.header.1:
  %"for.iv.1" = phi  i64 [0, %"for.body"], [%"for.next", %"for.body.1"]
  %".17" = phi  <8 x float> [%".15", %"for.body"], [%".26", %"for.body.1"]
  %".18" = phi  <8 x float> [%".15", %"for.body"], [%".31", %"for.body.1"]
  %".19" = phi  <8 x float> [%".15", %"for.body"], [%".36", %"for.body.1"]
  %".20" = phi  <8 x float> [%".15", %"for.body"], [%".41", %"for.body.1"]
  %".21" = icmp slt i64 %"for.iv.1", 32
  br i1 %".21", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".23" = add i64 %".13", %"for.iv.1"
  %".24" = getelementptr inbounds float, ptr %".1", i64 %".23"
  %".25" = load <8 x float>, ptr %".24", align 4
  %".26" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".25", <8 x float> %".25", <8 x float> %".17")
  %".27" = add i64 %"for.iv.1", 8
  %".28" = add i64 %".13", %".27"
  %".29" = getelementptr inbounds float, ptr %".1", i64 %".28"
  %".30" = load <8 x float>, ptr %".29", align 4
  %".31" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".30", <8 x float> %".30", <8 x float> %".18")
  %".32" = add i64 %"for.iv.1", 16
  %".33" = add i64 %".13", %".32"
  %".34" = getelementptr inbounds float, ptr %".1", i64 %".33"
  %".35" = load <8 x float>, ptr %".34", align 4
  %".36" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".35", <8 x float> %".35", <8 x float> %".19")
  %".37" = add i64 %"for.iv.1", 24
  %".38" = add i64 %".13", %".37"
  %".39" = getelementptr inbounds float, ptr %".1", i64 %".38"
  %".40" = load <8 x float>, ptr %".39", align 4
  %".41" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".40", <8 x float> %".40", <8 x float> %".20")
  %"for.next" = add nsw i64 %"for.iv.1", 32
  br label %"for.header.1"
for.exit.1:
  %".43" = fadd afn arcp contract nsz reassoc <8 x float> %".17", %".18"
  %".44" = fadd afn arcp contract nsz reassoc <8 x float> %".19", %".20"
  %".45" = fadd afn arcp contract nsz reassoc <8 x float> %".43", %".44"
  %".46" = call afn arcp contract nsz reassoc float @"llvm.vector.reduce.fadd.v8f32"(float 0x8000000000000000, <8 x float> %".45")
  %".47" = fmul afn arcp contract nsz reassoc float %".46", 0x3fa0000000000000
  %".48" = fadd afn arcp contract nsz reassoc float %".47", 0x3eb0c6f7a0000000
  %".49" = call afn arcp contract nsz reassoc float @"llvm.sqrt.f32"(float %".48")
  %".50" = fdiv afn arcp contract nsz reassoc float 0x3ff0000000000000, %".49"
  %".51" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".50", i32 0
  %".52" = shufflevector <8 x float> %".51", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.2"
for.header.2:
  %"for.iv.2" = phi  i64 [0, %"for.exit.1"], [%"for.next.1", %"for.body.2"]
  %".54" = icmp slt i64 %"for.iv.2", 32
  br i1 %".54", label %"for.body.2", label %"for.exit.2"
for.body.2:
  %".56" = add i64 %".13", %"for.iv.2"
  %".57" = getelementptr inbounds float, ptr %".1", i64 %".56"
  %".58" = load <8 x float>, ptr %".57", align 4
  %".59" = fmul afn arcp contract nsz reassoc <8 x float> %".58", %".52"
  %".60" = getelementptr inbounds float, ptr %".2", i64 %"for.iv.2"
  %".61" = load <8 x float>, ptr %".60", align 4
  %".62" = fmul afn arcp contract nsz reassoc <8 x float> %".59", %".61"
  %".63" = getelementptr inbounds float, ptr %".3", i64 %".56"
  store <8 x float> %".62", ptr %".63", align 4
  %"for.next.1" = add nsw i64 %"for.iv.2", 8
  br label %"for.header.2"
for.exit.2:
  %"for.next.2" = add nsw i64 %"for.iv", 1
  br label %"for.header"
}

define internal void @"rms_norm_d64_g32_eps1em06"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", ptr captures(none) noalias align 4 %".3", i64 %".4") noinline nounwind
{
entry:
  %"rms_norm_d64_g32_eps1em06.par11.ctx" = alloca {i64, i64, i64, i64, ptr, ptr, ptr}
  br label %"body"
body:
  %".6" = mul i64 %".4", 2
  %".7" = mul i64 %".4", 64
  %".8" = icmp ult i64 %".7", 524288
  br i1 %".8", label %"if.then", label %"if.else"
if.then:
  br label %"for.header"
if.else:
  %".68" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d64_g32_eps1em06.par11.ctx", i32 0, i32 0
  store i64 0, ptr %".68"
  %".70" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d64_g32_eps1em06.par11.ctx", i32 0, i32 1
  store i64 %".6", ptr %".70"
  %".72" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d64_g32_eps1em06.par11.ctx", i32 0, i32 2
  store i64 1, ptr %".72"
  %".74" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d64_g32_eps1em06.par11.ctx", i32 0, i32 3
  store i64 0, ptr %".74"
  %".76" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d64_g32_eps1em06.par11.ctx", i32 0, i32 4
  store ptr %".1", ptr %".76"
  %".78" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d64_g32_eps1em06.par11.ctx", i32 0, i32 5
  store ptr %".2", ptr %".78"
  %".80" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"rms_norm_d64_g32_eps1em06.par11.ctx", i32 0, i32 6
  store ptr %".3", ptr %".80"
  call void @"GOMP_parallel"(void (ptr)* @"rms_norm_d64_g32_eps1em06.par11", ptr %"rms_norm_d64_g32_eps1em06.par11.ctx", i32 0, i32 0)
  br label %"if.end"
if.end:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"if.then"], [%"for.next.2", %"for.exit.2"]
  %".11" = icmp slt i64 %"for.iv", %".6"
  br i1 %".11", label %"for.body", label %"for.exit"
for.body:
  %".13" = mul i64 %"for.iv", 32
  %".14" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".15" = shufflevector <8 x float> %".14", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.1"
for.exit:
  br label %"if.end"
for.header.1:
  %"for.iv.1" = phi  i64 [0, %"for.body"], [%"for.next", %"for.body.1"]
  %".17" = phi  <8 x float> [%".15", %"for.body"], [%".26", %"for.body.1"]
  %".18" = phi  <8 x float> [%".15", %"for.body"], [%".31", %"for.body.1"]
  %".19" = phi  <8 x float> [%".15", %"for.body"], [%".36", %"for.body.1"]
  %".20" = phi  <8 x float> [%".15", %"for.body"], [%".41", %"for.body.1"]
  %".21" = icmp slt i64 %"for.iv.1", 32
  br i1 %".21", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".23" = add i64 %".13", %"for.iv.1"
  %".24" = getelementptr inbounds float, ptr %".1", i64 %".23"
  %".25" = load <8 x float>, ptr %".24", align 4
  %".26" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".25", <8 x float> %".25", <8 x float> %".17")
  %".27" = add i64 %"for.iv.1", 8
  %".28" = add i64 %".13", %".27"
  %".29" = getelementptr inbounds float, ptr %".1", i64 %".28"
  %".30" = load <8 x float>, ptr %".29", align 4
  %".31" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".30", <8 x float> %".30", <8 x float> %".18")
  %".32" = add i64 %"for.iv.1", 16
  %".33" = add i64 %".13", %".32"
  %".34" = getelementptr inbounds float, ptr %".1", i64 %".33"
  %".35" = load <8 x float>, ptr %".34", align 4
  %".36" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".35", <8 x float> %".35", <8 x float> %".19")
  %".37" = add i64 %"for.iv.1", 24
  %".38" = add i64 %".13", %".37"
  %".39" = getelementptr inbounds float, ptr %".1", i64 %".38"
  %".40" = load <8 x float>, ptr %".39", align 4
  %".41" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".40", <8 x float> %".40", <8 x float> %".20")
  %"for.next" = add nsw i64 %"for.iv.1", 32
  br label %"for.header.1"
for.exit.1:
  %".43" = fadd afn arcp contract nsz reassoc <8 x float> %".17", %".18"
  %".44" = fadd afn arcp contract nsz reassoc <8 x float> %".19", %".20"
  %".45" = fadd afn arcp contract nsz reassoc <8 x float> %".43", %".44"
  %".46" = call afn arcp contract nsz reassoc float @"llvm.vector.reduce.fadd.v8f32"(float 0x8000000000000000, <8 x float> %".45")
  %".47" = fmul afn arcp contract nsz reassoc float %".46", 0x3fa0000000000000
  %".48" = fadd afn arcp contract nsz reassoc float %".47", 0x3eb0c6f7a0000000
  %".49" = call afn arcp contract nsz reassoc float @"llvm.sqrt.f32"(float %".48")
  %".50" = fdiv afn arcp contract nsz reassoc float 0x3ff0000000000000, %".49"
  %".51" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".50", i32 0
  %".52" = shufflevector <8 x float> %".51", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.2"
for.header.2:
  %"for.iv.2" = phi  i64 [0, %"for.exit.1"], [%"for.next.1", %"for.body.2"]
  %".54" = icmp slt i64 %"for.iv.2", 32
  br i1 %".54", label %"for.body.2", label %"for.exit.2"
for.body.2:
  %".56" = add i64 %".13", %"for.iv.2"
  %".57" = getelementptr inbounds float, ptr %".1", i64 %".56"
  %".58" = load <8 x float>, ptr %".57", align 4
  %".59" = fmul afn arcp contract nsz reassoc <8 x float> %".58", %".52"
  %".60" = getelementptr inbounds float, ptr %".2", i64 %"for.iv.2"
  %".61" = load <8 x float>, ptr %".60", align 4
  %".62" = fmul afn arcp contract nsz reassoc <8 x float> %".59", %".61"
  %".63" = getelementptr inbounds float, ptr %".3", i64 %".56"
  store <8 x float> %".62", ptr %".63", align 4
  %"for.next.1" = add nsw i64 %"for.iv.2", 8
  br label %"for.header.2"
for.exit.2:
  %"for.next.2" = add nsw i64 %"for.iv", 1
  br label %"for.header"
}

define internal void @"rope_nh2_hd32"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", ptr captures(none) noalias align 4 %".3", ptr captures(none) noalias align 4 %".4", i64 %".5", i64 %".6", i64 %".7") noinline nounwind
{
entry:
  %"rope_nh2_hd32.par12.ctx" = alloca {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}
  br label %"body"
body:
  %".9" = mul i64 %".5", %".6"
  %".10" = mul i64 %".9", 64
  %".11" = icmp ult i64 %".10", 524288
  br i1 %".11", label %"if.then", label %"if.else"
if.then:
  br label %"for.header"
if.else:
  %".53" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh2_hd32.par12.ctx", i32 0, i32 0
  store i64 0, ptr %".53"
  %".55" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh2_hd32.par12.ctx", i32 0, i32 1
  store i64 %".9", ptr %".55"
  %".57" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh2_hd32.par12.ctx", i32 0, i32 2
  store i64 1, ptr %".57"
  %".59" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh2_hd32.par12.ctx", i32 0, i32 3
  store i64 0, ptr %".59"
  %".61" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh2_hd32.par12.ctx", i32 0, i32 4
  store i64 %".6", ptr %".61"
  %".63" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh2_hd32.par12.ctx", i32 0, i32 5
  store i64 %".7", ptr %".63"
  %".65" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh2_hd32.par12.ctx", i32 0, i32 6
  store ptr %".1", ptr %".65"
  %".67" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh2_hd32.par12.ctx", i32 0, i32 7
  store ptr %".2", ptr %".67"
  %".69" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh2_hd32.par12.ctx", i32 0, i32 8
  store ptr %".3", ptr %".69"
  %".71" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh2_hd32.par12.ctx", i32 0, i32 9
  store ptr %".4", ptr %".71"
  call void @"GOMP_parallel"(void (ptr)* @"rope_nh2_hd32.par12", ptr %"rope_nh2_hd32.par12.ctx", i32 0, i32 0)
  br label %"if.end"
if.end:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"if.then"], [%"for.next.2", %"for.exit.1"]
  %".14" = icmp slt i64 %"for.iv", %".9"
  br i1 %".14", label %"for.body", label %"for.exit"
for.body:
  %".16" = urem i64 %"for.iv", %".6"
  %".17" = add i64 %".7", %".16"
  %".18" = mul i64 %".17", 16
  br label %"for.header.1"
for.exit:
  br label %"if.end"
for.header.1:
  %"for.iv.1" = phi  i64 [0, %"for.body"], [%"for.next.1", %"for.exit.2"]
  %".20" = icmp slt i64 %"for.iv.1", 2
  br i1 %".20", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".22" = mul i64 %"for.iv", 2
  %".23" = add i64 %".22", %"for.iv.1"
  %".24" = mul i64 %".23", 32
  br label %"for.header.2"
for.exit.1:
  %"for.next.2" = add nsw i64 %"for.iv", 1
  br label %"for.header"
for.header.2:
  %"for.iv.2" = phi  i64 [0, %"for.body.1"], [%"for.next", %"for.body.2"]
  %".26" = icmp slt i64 %"for.iv.2", 16
  br i1 %".26", label %"for.body.2", label %"for.exit.2"
for.body.2:
  %".28" = add i64 %".24", %"for.iv.2"
  %".29" = add i64 %".28", 16
  %".30" = getelementptr inbounds float, ptr %".1", i64 %".28"
  %".31" = load <8 x float>, ptr %".30", align 4
  %".32" = getelementptr inbounds float, ptr %".1", i64 %".29"
  %".33" = load <8 x float>, ptr %".32", align 4
  %".34" = add i64 %".18", %"for.iv.2"
  %".35" = getelementptr inbounds float, ptr %".2", i64 %".34"
  %".36" = load <8 x float>, ptr %".35", align 4
  %".37" = getelementptr inbounds float, ptr %".3", i64 %".34"
  %".38" = load <8 x float>, ptr %".37", align 4
  %".39" = fmul afn arcp contract nsz reassoc <8 x float> %".31", %".36"
  %".40" = fmul afn arcp contract nsz reassoc <8 x float> %".33", %".38"
  %".41" = fsub afn arcp contract nsz reassoc <8 x float> %".39", %".40"
  %".42" = getelementptr inbounds float, ptr %".4", i64 %".28"
  store <8 x float> %".41", ptr %".42", align 4
  %".44" = fmul afn arcp contract nsz reassoc <8 x float> %".33", %".36"
  %".45" = fmul afn arcp contract nsz reassoc <8 x float> %".31", %".38"
  %".46" = fadd afn arcp contract nsz reassoc <8 x float> %".44", %".45"
  %".47" = getelementptr inbounds float, ptr %".4", i64 %".29"
  store <8 x float> %".46", ptr %".47", align 4
  %"for.next" = add nsw i64 %"for.iv.2", 8
  br label %"for.header.2"
for.exit.2:
  %"for.next.1" = add nsw i64 %"for.iv.1", 1
  br label %"for.header.1"
}

define internal void @"rope_nh4_hd32"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", ptr captures(none) noalias align 4 %".3", ptr captures(none) noalias align 4 %".4", i64 %".5", i64 %".6", i64 %".7") noinline nounwind
{
entry:
  %"rope_nh4_hd32.par13.ctx" = alloca {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}
  br label %"body"
body:
  %".9" = mul i64 %".5", %".6"
  %".10" = mul i64 %".9", 128
  %".11" = icmp ult i64 %".10", 524288
  br i1 %".11", label %"if.then", label %"if.else"
if.then:
  br label %"for.header"
if.else:
  %".53" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh4_hd32.par13.ctx", i32 0, i32 0
  store i64 0, ptr %".53"
  %".55" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh4_hd32.par13.ctx", i32 0, i32 1
  store i64 %".9", ptr %".55"
  %".57" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh4_hd32.par13.ctx", i32 0, i32 2
  store i64 1, ptr %".57"
  %".59" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh4_hd32.par13.ctx", i32 0, i32 3
  store i64 0, ptr %".59"
  %".61" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh4_hd32.par13.ctx", i32 0, i32 4
  store i64 %".6", ptr %".61"
  %".63" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh4_hd32.par13.ctx", i32 0, i32 5
  store i64 %".7", ptr %".63"
  %".65" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh4_hd32.par13.ctx", i32 0, i32 6
  store ptr %".1", ptr %".65"
  %".67" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh4_hd32.par13.ctx", i32 0, i32 7
  store ptr %".2", ptr %".67"
  %".69" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh4_hd32.par13.ctx", i32 0, i32 8
  store ptr %".3", ptr %".69"
  %".71" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"rope_nh4_hd32.par13.ctx", i32 0, i32 9
  store ptr %".4", ptr %".71"
  call void @"GOMP_parallel"(void (ptr)* @"rope_nh4_hd32.par13", ptr %"rope_nh4_hd32.par13.ctx", i32 0, i32 0)
  br label %"if.end"
if.end:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"if.then"], [%"for.next.2", %"for.exit.1"]
  %".14" = icmp slt i64 %"for.iv", %".9"
  br i1 %".14", label %"for.body", label %"for.exit"
for.body:
  %".16" = urem i64 %"for.iv", %".6"
  %".17" = add i64 %".7", %".16"
  %".18" = mul i64 %".17", 16
  br label %"for.header.1"
for.exit:
  br label %"if.end"
for.header.1:
  %"for.iv.1" = phi  i64 [0, %"for.body"], [%"for.next.1", %"for.exit.2"]
  %".20" = icmp slt i64 %"for.iv.1", 4
  br i1 %".20", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".22" = mul i64 %"for.iv", 4
  %".23" = add i64 %".22", %"for.iv.1"
  %".24" = mul i64 %".23", 32
  br label %"for.header.2"
for.exit.1:
  %"for.next.2" = add nsw i64 %"for.iv", 1
  br label %"for.header"
for.header.2:
  %"for.iv.2" = phi  i64 [0, %"for.body.1"], [%"for.next", %"for.body.2"]
  %".26" = icmp slt i64 %"for.iv.2", 16
  br i1 %".26", label %"for.body.2", label %"for.exit.2"
for.body.2:
  %".28" = add i64 %".24", %"for.iv.2"
  %".29" = add i64 %".28", 16
  %".30" = getelementptr inbounds float, ptr %".1", i64 %".28"
  %".31" = load <8 x float>, ptr %".30", align 4
  %".32" = getelementptr inbounds float, ptr %".1", i64 %".29"
  %".33" = load <8 x float>, ptr %".32", align 4
  %".34" = add i64 %".18", %"for.iv.2"
  %".35" = getelementptr inbounds float, ptr %".2", i64 %".34"
  %".36" = load <8 x float>, ptr %".35", align 4
  %".37" = getelementptr inbounds float, ptr %".3", i64 %".34"
  %".38" = load <8 x float>, ptr %".37", align 4
  %".39" = fmul afn arcp contract nsz reassoc <8 x float> %".31", %".36"
  %".40" = fmul afn arcp contract nsz reassoc <8 x float> %".33", %".38"
  %".41" = fsub afn arcp contract nsz reassoc <8 x float> %".39", %".40"
  %".42" = getelementptr inbounds float, ptr %".4", i64 %".28"
  store <8 x float> %".41", ptr %".42", align 4
  %".44" = fmul afn arcp contract nsz reassoc <8 x float> %".33", %".36"
  %".45" = fmul afn arcp contract nsz reassoc <8 x float> %".31", %".38"
  %".46" = fadd afn arcp contract nsz reassoc <8 x float> %".44", %".45"
  %".47" = getelementptr inbounds float, ptr %".4", i64 %".29"
  store <8 x float> %".46", ptr %".47", align 4
  %"for.next" = add nsw i64 %"for.iv.2", 8
  br label %"for.header.2"
for.exit.2:
  %"for.next.1" = add nsw i64 %"for.iv.1", 1
  br label %"for.header.1"
}

define void @"prefill_packed"(ptr captures(none) noalias %"ptrs", ptr captures(none) noalias %"ints") nounwind
{
entry:
  %".4" = getelementptr ptr, ptr %"ptrs", i64 0
  %".5" = load ptr, ptr %".4", align 8
  %".6" = getelementptr ptr, ptr %"ptrs", i64 1
  %".7" = load ptr, ptr %".6", align 8
  %".8" = getelementptr ptr, ptr %"ptrs", i64 2
  %".9" = load ptr, ptr %".8", align 8
  %".10" = getelementptr ptr, ptr %"ptrs", i64 3
  %".11" = load ptr, ptr %".10", align 8
  %".12" = getelementptr ptr, ptr %"ptrs", i64 4
  %".13" = load ptr, ptr %".12", align 8
  %".14" = getelementptr ptr, ptr %"ptrs", i64 5
  %".15" = load ptr, ptr %".14", align 8
  %".16" = getelementptr ptr, ptr %"ptrs", i64 6
  %".17" = load ptr, ptr %".16", align 8
  %".18" = getelementptr ptr, ptr %"ptrs", i64 7
  %".19" = load ptr, ptr %".18", align 8
  %".20" = getelementptr ptr, ptr %"ptrs", i64 8
  %".21" = load ptr, ptr %".20", align 8
  %".22" = getelementptr ptr, ptr %"ptrs", i64 9
  %".23" = load ptr, ptr %".22", align 8
  %".24" = getelementptr ptr, ptr %"ptrs", i64 10
  %".25" = load ptr, ptr %".24", align 8
  %".26" = getelementptr ptr, ptr %"ptrs", i64 11
  %".27" = load ptr, ptr %".26", align 8
  %".28" = getelementptr ptr, ptr %"ptrs", i64 12
  %".29" = load ptr, ptr %".28", align 8
  %".30" = getelementptr ptr, ptr %"ptrs", i64 13
  %".31" = load ptr, ptr %".30", align 8
  %".32" = getelementptr ptr, ptr %"ptrs", i64 14
  %".33" = load ptr, ptr %".32", align 8
  %".34" = getelementptr ptr, ptr %"ptrs", i64 15
  %".35" = load ptr, ptr %".34", align 8
  %".36" = getelementptr ptr, ptr %"ptrs", i64 16
  %".37" = load ptr, ptr %".36", align 8
  %".38" = getelementptr ptr, ptr %"ptrs", i64 17
  %".39" = load ptr, ptr %".38", align 8
  %".40" = getelementptr ptr, ptr %"ptrs", i64 18
  %".41" = load ptr, ptr %".40", align 8
  %".42" = getelementptr ptr, ptr %"ptrs", i64 19
  %".43" = load ptr, ptr %".42", align 8
  %".44" = getelementptr ptr, ptr %"ptrs", i64 20
  %".45" = load ptr, ptr %".44", align 8
  %".46" = getelementptr ptr, ptr %"ptrs", i64 21
  %".47" = load ptr, ptr %".46", align 8
  %".48" = getelementptr ptr, ptr %"ptrs", i64 22
  %".49" = load ptr, ptr %".48", align 8
  %".50" = getelementptr ptr, ptr %"ptrs", i64 23
  %".51" = load ptr, ptr %".50", align 8
  %".52" = getelementptr ptr, ptr %"ptrs", i64 24
  %".53" = load ptr, ptr %".52", align 8
  %".54" = getelementptr ptr, ptr %"ptrs", i64 25
  %".55" = load ptr, ptr %".54", align 8
  %".56" = getelementptr ptr, ptr %"ptrs", i64 26
  %".57" = load ptr, ptr %".56", align 8
  %".58" = getelementptr ptr, ptr %"ptrs", i64 27
  %".59" = load ptr, ptr %".58", align 8
  %".60" = getelementptr ptr, ptr %"ptrs", i64 28
  %".61" = load ptr, ptr %".60", align 8
  %".62" = getelementptr ptr, ptr %"ptrs", i64 29
  %".63" = load ptr, ptr %".62", align 8
  %".64" = getelementptr ptr, ptr %"ptrs", i64 30
  %".65" = load ptr, ptr %".64", align 8
  %".66" = getelementptr ptr, ptr %"ptrs", i64 31
  %".67" = load ptr, ptr %".66", align 8
  %".68" = getelementptr ptr, ptr %"ptrs", i64 32
  %".69" = load ptr, ptr %".68", align 8
  %".70" = getelementptr i64, ptr %"ints", i64 0
  %".71" = load i64, ptr %".70", align 8
  %".72" = getelementptr i64, ptr %"ints", i64 1
  %".73" = load i64, ptr %".72", align 8
  %".74" = getelementptr i64, ptr %"ints", i64 2
  %".75" = load i64, ptr %".74", align 8
  call void @"prefill"(ptr %".5", ptr %".7", ptr %".9", ptr %".11", ptr %".13", ptr %".15", ptr %".17", ptr %".19", ptr %".21", ptr %".23", ptr %".25", ptr %".27", ptr %".29", ptr %".31", ptr %".33", ptr %".35", ptr %".37", ptr %".39", ptr %".41", ptr %".43", ptr %".45", ptr %".47", ptr %".49", ptr %".51", ptr %".53", ptr %".55", ptr %".57", ptr %".59", ptr %".61", ptr %".63", ptr %".65", ptr %".67", ptr %".69", i64 %".71", i64 %".73", i64 %".75")
  ret void
}

define void @"prefill_last_packed"(ptr captures(none) noalias %"ptrs", ptr captures(none) noalias %"ints") nounwind
{
entry:
  %".4" = getelementptr ptr, ptr %"ptrs", i64 0
  %".5" = load ptr, ptr %".4", align 8
  %".6" = getelementptr ptr, ptr %"ptrs", i64 1
  %".7" = load ptr, ptr %".6", align 8
  %".8" = getelementptr ptr, ptr %"ptrs", i64 2
  %".9" = load ptr, ptr %".8", align 8
  %".10" = getelementptr ptr, ptr %"ptrs", i64 3
  %".11" = load ptr, ptr %".10", align 8
  %".12" = getelementptr ptr, ptr %"ptrs", i64 4
  %".13" = load ptr, ptr %".12", align 8
  %".14" = getelementptr ptr, ptr %"ptrs", i64 5
  %".15" = load ptr, ptr %".14", align 8
  %".16" = getelementptr ptr, ptr %"ptrs", i64 6
  %".17" = load ptr, ptr %".16", align 8
  %".18" = getelementptr ptr, ptr %"ptrs", i64 7
  %".19" = load ptr, ptr %".18", align 8
  %".20" = getelementptr ptr, ptr %"ptrs", i64 8
  %".21" = load ptr, ptr %".20", align 8
  %".22" = getelementptr ptr, ptr %"ptrs", i64 9
  %".23" = load ptr, ptr %".22", align 8
  %".24" = getelementptr ptr, ptr %"ptrs", i64 10
  %".25" = load ptr, ptr %".24", align 8
  %".26" = getelementptr ptr, ptr %"ptrs", i64 11
  %".27" = load ptr, ptr %".26", align 8
  %".28" = getelementptr ptr, ptr %"ptrs", i64 12
  %".29" = load ptr, ptr %".28", align 8
  %".30" = getelementptr ptr, ptr %"ptrs", i64 13
  %".31" = load ptr, ptr %".30", align 8
  %".32" = getelementptr ptr, ptr %"ptrs", i64 14
  %".33" = load ptr, ptr %".32", align 8
  %".34" = getelementptr ptr, ptr %"ptrs", i64 15
  %".35" = load ptr, ptr %".34", align 8
  %".36" = getelementptr ptr, ptr %"ptrs", i64 16
  %".37" = load ptr, ptr %".36", align 8
  %".38" = getelementptr ptr, ptr %"ptrs", i64 17
  %".39" = load ptr, ptr %".38", align 8
  %".40" = getelementptr ptr, ptr %"ptrs", i64 18
  %".41" = load ptr, ptr %".40", align 8
  %".42" = getelementptr ptr, ptr %"ptrs", i64 19
  %".43" = load ptr, ptr %".42", align 8
  %".44" = getelementptr ptr, ptr %"ptrs", i64 20
  %".45" = load ptr, ptr %".44", align 8
  %".46" = getelementptr ptr, ptr %"ptrs", i64 21
  %".47" = load ptr, ptr %".46", align 8
  %".48" = getelementptr ptr, ptr %"ptrs", i64 22
  %".49" = load ptr, ptr %".48", align 8
  %".50" = getelementptr ptr, ptr %"ptrs", i64 23
  %".51" = load ptr, ptr %".50", align 8
  %".52" = getelementptr ptr, ptr %"ptrs", i64 24
  %".53" = load ptr, ptr %".52", align 8
  %".54" = getelementptr ptr, ptr %"ptrs", i64 25
  %".55" = load ptr, ptr %".54", align 8
  %".56" = getelementptr ptr, ptr %"ptrs", i64 26
  %".57" = load ptr, ptr %".56", align 8
  %".58" = getelementptr ptr, ptr %"ptrs", i64 27
  %".59" = load ptr, ptr %".58", align 8
  %".60" = getelementptr ptr, ptr %"ptrs", i64 28
  %".61" = load ptr, ptr %".60", align 8
  %".62" = getelementptr ptr, ptr %"ptrs", i64 29
  %".63" = load ptr, ptr %".62", align 8
  %".64" = getelementptr ptr, ptr %"ptrs", i64 30
  %".65" = load ptr, ptr %".64", align 8
  %".66" = getelementptr ptr, ptr %"ptrs", i64 31
  %".67" = load ptr, ptr %".66", align 8
  %".68" = getelementptr ptr, ptr %"ptrs", i64 32
  %".69" = load ptr, ptr %".68", align 8
  %".70" = getelementptr i64, ptr %"ints", i64 0
  %".71" = load i64, ptr %".70", align 8
  %".72" = getelementptr i64, ptr %"ints", i64 1
  %".73" = load i64, ptr %".72", align 8
  %".74" = getelementptr i64, ptr %"ints", i64 2
  %".75" = load i64, ptr %".74", align 8
  call void @"prefill_last"(ptr %".5", ptr %".7", ptr %".9", ptr %".11", ptr %".13", ptr %".15", ptr %".17", ptr %".19", ptr %".21", ptr %".23", ptr %".25", ptr %".27", ptr %".29", ptr %".31", ptr %".33", ptr %".35", ptr %".37", ptr %".39", ptr %".41", ptr %".43", ptr %".45", ptr %".47", ptr %".49", ptr %".51", ptr %".53", ptr %".55", ptr %".57", ptr %".59", ptr %".61", ptr %".63", ptr %".65", ptr %".67", ptr %".69", i64 %".71", i64 %".73", i64 %".75")
  ret void
}

define void @"decode_packed"(ptr captures(none) noalias %"ptrs", ptr captures(none) noalias %"ints") nounwind
{
entry:
  %".4" = getelementptr ptr, ptr %"ptrs", i64 0
  %".5" = load ptr, ptr %".4", align 8
  %".6" = getelementptr ptr, ptr %"ptrs", i64 1
  %".7" = load ptr, ptr %".6", align 8
  %".8" = getelementptr ptr, ptr %"ptrs", i64 2
  %".9" = load ptr, ptr %".8", align 8
  %".10" = getelementptr ptr, ptr %"ptrs", i64 3
  %".11" = load ptr, ptr %".10", align 8
  %".12" = getelementptr ptr, ptr %"ptrs", i64 4
  %".13" = load ptr, ptr %".12", align 8
  %".14" = getelementptr ptr, ptr %"ptrs", i64 5
  %".15" = load ptr, ptr %".14", align 8
  %".16" = getelementptr ptr, ptr %"ptrs", i64 6
  %".17" = load ptr, ptr %".16", align 8
  %".18" = getelementptr ptr, ptr %"ptrs", i64 7
  %".19" = load ptr, ptr %".18", align 8
  %".20" = getelementptr ptr, ptr %"ptrs", i64 8
  %".21" = load ptr, ptr %".20", align 8
  %".22" = getelementptr ptr, ptr %"ptrs", i64 9
  %".23" = load ptr, ptr %".22", align 8
  %".24" = getelementptr ptr, ptr %"ptrs", i64 10
  %".25" = load ptr, ptr %".24", align 8
  %".26" = getelementptr ptr, ptr %"ptrs", i64 11
  %".27" = load ptr, ptr %".26", align 8
  %".28" = getelementptr ptr, ptr %"ptrs", i64 12
  %".29" = load ptr, ptr %".28", align 8
  %".30" = getelementptr ptr, ptr %"ptrs", i64 13
  %".31" = load ptr, ptr %".30", align 8
  %".32" = getelementptr ptr, ptr %"ptrs", i64 14
  %".33" = load ptr, ptr %".32", align 8
  %".34" = getelementptr ptr, ptr %"ptrs", i64 15
  %".35" = load ptr, ptr %".34", align 8
  %".36" = getelementptr ptr, ptr %"ptrs", i64 16
  %".37" = load ptr, ptr %".36", align 8
  %".38" = getelementptr ptr, ptr %"ptrs", i64 17
  %".39" = load ptr, ptr %".38", align 8
  %".40" = getelementptr ptr, ptr %"ptrs", i64 18
  %".41" = load ptr, ptr %".40", align 8
  %".42" = getelementptr ptr, ptr %"ptrs", i64 19
  %".43" = load ptr, ptr %".42", align 8
  %".44" = getelementptr ptr, ptr %"ptrs", i64 20
  %".45" = load ptr, ptr %".44", align 8
  %".46" = getelementptr ptr, ptr %"ptrs", i64 21
  %".47" = load ptr, ptr %".46", align 8
  %".48" = getelementptr ptr, ptr %"ptrs", i64 22
  %".49" = load ptr, ptr %".48", align 8
  %".50" = getelementptr ptr, ptr %"ptrs", i64 23
  %".51" = load ptr, ptr %".50", align 8
  %".52" = getelementptr ptr, ptr %"ptrs", i64 24
  %".53" = load ptr, ptr %".52", align 8
  %".54" = getelementptr ptr, ptr %"ptrs", i64 25
  %".55" = load ptr, ptr %".54", align 8
  %".56" = getelementptr ptr, ptr %"ptrs", i64 26
  %".57" = load ptr, ptr %".56", align 8
  %".58" = getelementptr ptr, ptr %"ptrs", i64 27
  %".59" = load ptr, ptr %".58", align 8
  %".60" = getelementptr ptr, ptr %"ptrs", i64 28
  %".61" = load ptr, ptr %".60", align 8
  %".62" = getelementptr ptr, ptr %"ptrs", i64 29
  %".63" = load ptr, ptr %".62", align 8
  %".64" = getelementptr ptr, ptr %"ptrs", i64 30
  %".65" = load ptr, ptr %".64", align 8
  %".66" = getelementptr ptr, ptr %"ptrs", i64 31
  %".67" = load ptr, ptr %".66", align 8
  %".68" = getelementptr ptr, ptr %"ptrs", i64 32
  %".69" = load ptr, ptr %".68", align 8
  %".70" = getelementptr i64, ptr %"ints", i64 0
  %".71" = load i64, ptr %".70", align 8
  %".72" = getelementptr i64, ptr %"ints", i64 1
  %".73" = load i64, ptr %".72", align 8
  call void @"decode"(ptr %".5", ptr %".7", ptr %".9", ptr %".11", ptr %".13", ptr %".15", ptr %".17", ptr %".19", ptr %".21", ptr %".23", ptr %".25", ptr %".27", ptr %".29", ptr %".31", ptr %".33", ptr %".35", ptr %".37", ptr %".39", ptr %".41", ptr %".43", ptr %".45", ptr %".47", ptr %".49", ptr %".51", ptr %".53", ptr %".55", ptr %".57", ptr %".59", ptr %".61", ptr %".63", ptr %".65", ptr %".67", ptr %".69", i64 %".71", i64 %".73")
  ret void
}

declare i64 @"llvm.umin.i64"(i64 %".1", i64 %".2")

define internal void @"add_f32.par0.loop"(i64 %".1", ptr captures(none) noalias align 4 %".2", ptr captures(none) noalias align 4 %".3", ptr captures(none) noalias align 4 %".4", i64 %".5", i64 %".6", i64 %".7") nounwind
{
entry:
  br label %"body"
body:
  br label %"par.header"
par.header:
  %"par.iv" = phi  i64 [%".5", %"body"], [%"par.next", %"for.exit.1"]
  %".10" = icmp slt i64 %"par.iv", %".6"
  br i1 %".10", label %"par.body", label %"par.exit"
par.body:
  %".12" = mul i64 %"par.iv", 4096
  %".13" = add i64 %".12", 4096
  %".14" = call i64 @"llvm.umin.i64"(i64 %".13", i64 %".1")
  %".15" = sub i64 %".14", %".12"
  %".16" = udiv i64 %".15", 8
  %".17" = mul i64 %".16", 8
  %".18" = add i64 %".12", %".17"
  br label %"for.header"
par.exit:
  ret void
for.header:
  %"for.iv" = phi  i64 [%".12", %"par.body"], [%"for.next", %"for.body"]
  %".20" = icmp slt i64 %"for.iv", %".18"
  br i1 %".20", label %"for.body", label %"for.exit"
for.body:
  %".22" = getelementptr inbounds float, ptr %".2", i64 %"for.iv"
  %".23" = load <8 x float>, ptr %".22", align 4
  %".24" = getelementptr inbounds float, ptr %".3", i64 %"for.iv"
  %".25" = load <8 x float>, ptr %".24", align 4
  %".26" = fadd afn arcp contract nsz reassoc <8 x float> %".23", %".25"
  %".27" = getelementptr inbounds float, ptr %".4", i64 %"for.iv"
  store <8 x float> %".26", ptr %".27", align 4
  %"for.next" = add nsw i64 %"for.iv", 8
  br label %"for.header"
for.exit:
  br label %"for.header.1"
for.header.1:
  %"for.iv.1" = phi  i64 [%".18", %"for.exit"], [%"for.next.1", %"for.body.1"]
  %".31" = icmp slt i64 %"for.iv.1", %".14"
  br i1 %".31", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".33" = getelementptr inbounds float, ptr %".2", i64 %"for.iv.1"
  %".34" = load float, ptr %".33", align 4
  %".35" = getelementptr inbounds float, ptr %".3", i64 %"for.iv.1"
  %".36" = load float, ptr %".35", align 4
  %".37" = fadd afn arcp contract nsz reassoc float %".34", %".36"
  %".38" = getelementptr inbounds float, ptr %".4", i64 %"for.iv.1"
  store float %".37", ptr %".38", align 4
  %"for.next.1" = add nsw i64 %"for.iv.1", 1
  br label %"for.header.1"
for.exit.1:
  %"par.next" = add nsw i64 %"par.iv", 1
  br label %"par.header"
}

define internal void @"add_f32.par0"(ptr %"ctx") nounwind
{
entry:
  %".3" = getelementptr {i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 0
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr {i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 1
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 2
  %".8" = load i64, ptr %".7"
  %".9" = getelementptr {i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".10" = load i64, ptr %".9"
  %".11" = getelementptr {i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 4
  %".12" = load i64, ptr %".11"
  %".13" = getelementptr {i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 5
  %".14" = load ptr, ptr %".13"
  %".15" = getelementptr {i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 6
  %".16" = load ptr, ptr %".15"
  %".17" = getelementptr {i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 7
  %".18" = load ptr, ptr %".17"
  %".19" = getelementptr {i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".20" = sub i64 %".6", %".4"
  %".21" = sub i64 %".8", 1
  %".22" = add i64 %".20", %".21"
  %".23" = sdiv i64 %".22", %".8"
  %".24" = icmp sgt i64 %".20", 0
  %".25" = select  i1 %".24", i64 %".23", i64 0
  %".26" = call i32 @"omp_get_num_threads"()
  %".27" = sext i32 %".26" to i64
  %".28" = mul i64 %".27", 4
  %".29" = sub i64 %".28", 1
  %".30" = add i64 %".25", %".29"
  %".31" = sdiv i64 %".30", %".28"
  %".32" = icmp slt i64 %".31", 1
  %".33" = select  i1 %".32", i64 1, i64 %".31"
  br label %"grab"
grab:
  %".35" = atomicrmw add ptr %".19", i64 %".33" monotonic
  %".36" = icmp slt i64 %".35", %".25"
  br i1 %".36", label %"run", label %"done"
run:
  %".38" = add i64 %".35", %".33"
  %".39" = icmp slt i64 %".38", %".25"
  %".40" = select  i1 %".39", i64 %".38", i64 %".25"
  %".41" = mul i64 %".35", %".8"
  %".42" = add i64 %".4", %".41"
  %".43" = mul i64 %".40", %".8"
  %".44" = add i64 %".4", %".43"
  %".45" = icmp slt i64 %".44", %".6"
  %".46" = select  i1 %".45", i64 %".44", i64 %".6"
  call void @"add_f32.par0.loop"(i64 %".12", ptr %".14", ptr %".16", ptr %".18", i64 %".42", i64 %".46", i64 %".8")
  br label %"grab"
done:
  ret void
}

declare i32 @"omp_get_num_threads"()

declare void @"GOMP_parallel"(ptr %".1", ptr %".2", i32 %".3", i32 %".4")

declare <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1", <8 x float> %".2", <8 x float> %".3")

declare float @"llvm.vector.reduce.fmax.v8f32"(<8 x float> %".1")

declare <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".1", <8 x float> %".2")

declare <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".1", <8 x float> %".2")

declare <8 x float> @"llvm.rint.v8f32"(<8 x float> %".1")

declare float @"llvm.vector.reduce.fadd.v8f32"(float %".1", <8 x float> %".2")

define internal void @"attention_nh4_nkv2_hd32_causal.par1.loop"(i64 %".1", i64 %".2", i64 %".3", ptr captures(none) noalias align 4 %".4", i64 %".5", ptr captures(none) noalias align 4 %".6", ptr captures(none) noalias align 4 %".7", ptr captures(none) noalias align 4 %".8", i64 %".9", i64 %".10", i64 %".11") nounwind
{
entry:
  %".24" = alloca [96 x float], align 64
  %".25" = alloca [256 x float], align 64
  br label %"body"
body:
  br label %"par.header"
par.header:
  %"par.iv" = phi  i64 [%".9", %"body"], [%"par.next", %"for.exit.13"]
  %".14" = icmp slt i64 %"par.iv", %".10"
  br i1 %".14", label %"par.body", label %"par.exit"
par.body:
  %".16" = urem i64 %"par.iv", %".1"
  %".17" = udiv i64 %"par.iv", %".1"
  %".18" = urem i64 %".17", 2
  %".19" = udiv i64 %".17", 2
  %".20" = mul i64 %".16", 16
  %".21" = sub i64 %".2", %".20"
  %".22" = call i64 @"llvm.umin.i64"(i64 %".21", i64 16)
  %".23" = mul i64 %".22", 2
  %".26" = mul i64 %".19", %".3"
  %".27" = mul i64 %".26", 64
  %".28" = mul i64 %".18", 32
  %".29" = add i64 %".27", %".28"
  %".30" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".31" = shufflevector <8 x float> %".30", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".32" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0x3fc6a09e60000000, i32 0
  %".33" = shufflevector <8 x float> %".32", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header"
par.exit:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"par.body"], [%"for.next", %"for.body"]
  %".35" = icmp slt i64 %"for.iv", %".23"
  br i1 %".35", label %"for.body", label %"for.exit"
for.body:
  %".37" = udiv i64 %"for.iv", 2
  %".38" = urem i64 %"for.iv", 2
  %".39" = add i64 %".20", %".37"
  %".40" = mul i64 %".18", 2
  %".41" = add i64 %".40", %".38"
  %".42" = mul i64 %".19", %".2"
  %".43" = add i64 %".42", %".39"
  %".44" = mul i64 %".43", 4
  %".45" = add i64 %".44", %".41"
  %".46" = mul i64 %".45", 32
  %".47" = getelementptr inbounds float, ptr %".4", i64 %".46"
  store <8 x float> %".31", ptr %".47", align 4
  %".49" = add i64 %".46", 8
  %".50" = getelementptr inbounds float, ptr %".4", i64 %".49"
  store <8 x float> %".31", ptr %".50", align 4
  %".52" = add i64 %".46", 16
  %".53" = getelementptr inbounds float, ptr %".4", i64 %".52"
  store <8 x float> %".31", ptr %".53", align 4
  %".55" = add i64 %".46", 24
  %".56" = getelementptr inbounds float, ptr %".4", i64 %".55"
  store <8 x float> %".31", ptr %".56", align 4
  %".58" = getelementptr inbounds float, ptr %".24", i64 %"for.iv"
  store float 0xc6293e5940000000, ptr %".58", align 4
  %".60" = add i64 %"for.iv", 32
  %".61" = getelementptr inbounds float, ptr %".24", i64 %".60"
  store float              0x0, ptr %".61", align 4
  %"for.next" = add nsw i64 %"for.iv", 1
  br label %"for.header"
for.exit:
  %".64" = add i64 %".5", %".20"
  %".65" = add i64 %".64", 1
  %".66" = udiv i64 %".65", 8
  %".67" = mul i64 %".66", 8
  %".68" = add i64 %".20", %".22"
  %".69" = sub i64 %".68", 1
  %".70" = add i64 %".5", %".69"
  %".71" = add i64 %".70", 1
  %".72" = udiv i64 %".71", 8
  %".73" = mul i64 %".72", 8
  br label %"for.header.1"
for.header.1:
  %"for.iv.1" = phi  i64 [0, %"for.exit"], [%"for.next.6", %"for.exit.6"]
  %".75" = icmp slt i64 %"for.iv.1", %".67"
  br i1 %".75", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".77" = mul i64 %"for.iv.1", 64
  %".78" = add i64 %".29", %".77"
  %".79" = add i64 %"for.iv.1", 1
  %".80" = mul i64 %".79", 64
  %".81" = add i64 %".29", %".80"
  %".82" = add i64 %"for.iv.1", 2
  %".83" = mul i64 %".82", 64
  %".84" = add i64 %".29", %".83"
  %".85" = add i64 %"for.iv.1", 3
  %".86" = mul i64 %".85", 64
  %".87" = add i64 %".29", %".86"
  %".88" = add i64 %"for.iv.1", 4
  %".89" = mul i64 %".88", 64
  %".90" = add i64 %".29", %".89"
  %".91" = add i64 %"for.iv.1", 5
  %".92" = mul i64 %".91", 64
  %".93" = add i64 %".29", %".92"
  %".94" = add i64 %"for.iv.1", 6
  %".95" = mul i64 %".94", 64
  %".96" = add i64 %".29", %".95"
  %".97" = add i64 %"for.iv.1", 7
  %".98" = mul i64 %".97", 64
  %".99" = add i64 %".29", %".98"
  %".100" = udiv i64 %".23", 2
  %".101" = mul i64 %".100", 2
  br label %"for.header.2"
for.exit.1:
  br label %"for.header.7"
for.header.2:
  %"for.iv.2" = phi  i64 [0, %"for.body.1"], [%"for.next.1", %"for.body.2"]
  %".103" = icmp slt i64 %"for.iv.2", %".101"
  br i1 %".103", label %"for.body.2", label %"for.exit.2"
for.body.2:
  %".105" = udiv i64 %"for.iv.2", 2
  %".106" = urem i64 %"for.iv.2", 2
  %".107" = add i64 %".20", %".105"
  %".108" = mul i64 %".18", 2
  %".109" = add i64 %".108", %".106"
  %".110" = mul i64 %".19", %".2"
  %".111" = add i64 %".110", %".107"
  %".112" = mul i64 %".111", 4
  %".113" = add i64 %".112", %".109"
  %".114" = mul i64 %".113", 32
  %".115" = add i64 %"for.iv.2", 1
  %".116" = udiv i64 %".115", 2
  %".117" = urem i64 %".115", 2
  %".118" = add i64 %".20", %".116"
  %".119" = add i64 %".108", %".117"
  %".120" = add i64 %".110", %".118"
  %".121" = mul i64 %".120", 4
  %".122" = add i64 %".121", %".119"
  %".123" = mul i64 %".122", 32
  %".124" = getelementptr inbounds float, ptr %".6", i64 %".114"
  %".125" = load <8 x float>, ptr %".124", align 4
  %".126" = getelementptr inbounds float, ptr %".6", i64 %".123"
  %".127" = load <8 x float>, ptr %".126", align 4
  %".128" = getelementptr inbounds float, ptr %".7", i64 %".78"
  %".129" = load <8 x float>, ptr %".128", align 4
  %".130" = fmul afn arcp contract nsz reassoc <8 x float> %".125", %".129"
  %".131" = fmul afn arcp contract nsz reassoc <8 x float> %".127", %".129"
  %".132" = getelementptr inbounds float, ptr %".7", i64 %".81"
  %".133" = load <8 x float>, ptr %".132", align 4
  %".134" = fmul afn arcp contract nsz reassoc <8 x float> %".125", %".133"
  %".135" = fmul afn arcp contract nsz reassoc <8 x float> %".127", %".133"
  %".136" = getelementptr inbounds float, ptr %".7", i64 %".84"
  %".137" = load <8 x float>, ptr %".136", align 4
  %".138" = fmul afn arcp contract nsz reassoc <8 x float> %".125", %".137"
  %".139" = fmul afn arcp contract nsz reassoc <8 x float> %".127", %".137"
  %".140" = getelementptr inbounds float, ptr %".7", i64 %".87"
  %".141" = load <8 x float>, ptr %".140", align 4
  %".142" = fmul afn arcp contract nsz reassoc <8 x float> %".125", %".141"
  %".143" = fmul afn arcp contract nsz reassoc <8 x float> %".127", %".141"
  %".144" = getelementptr inbounds float, ptr %".7", i64 %".90"
  %".145" = load <8 x float>, ptr %".144", align 4
  %".146" = fmul afn arcp contract nsz reassoc <8 x float> %".125", %".145"
  %".147" = fmul afn arcp contract nsz reassoc <8 x float> %".127", %".145"
  %".148" = getelementptr inbounds float, ptr %".7", i64 %".93"
  %".149" = load <8 x float>, ptr %".148", align 4
  %".150" = fmul afn arcp contract nsz reassoc <8 x float> %".125", %".149"
  %".151" = fmul afn arcp contract nsz reassoc <8 x float> %".127", %".149"
  %".152" = getelementptr inbounds float, ptr %".7", i64 %".96"
  %".153" = load <8 x float>, ptr %".152", align 4
  %".154" = fmul afn arcp contract nsz reassoc <8 x float> %".125", %".153"
  %".155" = fmul afn arcp contract nsz reassoc <8 x float> %".127", %".153"
  %".156" = getelementptr inbounds float, ptr %".7", i64 %".99"
  %".157" = load <8 x float>, ptr %".156", align 4
  %".158" = fmul afn arcp contract nsz reassoc <8 x float> %".125", %".157"
  %".159" = fmul afn arcp contract nsz reassoc <8 x float> %".127", %".157"
  %".160" = add i64 %".114", 8
  %".161" = getelementptr inbounds float, ptr %".6", i64 %".160"
  %".162" = load <8 x float>, ptr %".161", align 4
  %".163" = add i64 %".123", 8
  %".164" = getelementptr inbounds float, ptr %".6", i64 %".163"
  %".165" = load <8 x float>, ptr %".164", align 4
  %".166" = add i64 %".78", 8
  %".167" = getelementptr inbounds float, ptr %".7", i64 %".166"
  %".168" = load <8 x float>, ptr %".167", align 4
  %".169" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".162", <8 x float> %".168", <8 x float> %".130")
  %".170" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".165", <8 x float> %".168", <8 x float> %".131")
  %".171" = add i64 %".81", 8
  %".172" = getelementptr inbounds float, ptr %".7", i64 %".171"
  %".173" = load <8 x float>, ptr %".172", align 4
  %".174" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".162", <8 x float> %".173", <8 x float> %".134")
  %".175" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".165", <8 x float> %".173", <8 x float> %".135")
  %".176" = add i64 %".84", 8
  %".177" = getelementptr inbounds float, ptr %".7", i64 %".176"
  %".178" = load <8 x float>, ptr %".177", align 4
  %".179" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".162", <8 x float> %".178", <8 x float> %".138")
  %".180" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".165", <8 x float> %".178", <8 x float> %".139")
  %".181" = add i64 %".87", 8
  %".182" = getelementptr inbounds float, ptr %".7", i64 %".181"
  %".183" = load <8 x float>, ptr %".182", align 4
  %".184" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".162", <8 x float> %".183", <8 x float> %".142")
  %".185" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".165", <8 x float> %".183", <8 x float> %".143")
  %".186" = add i64 %".90", 8
  %".187" = getelementptr inbounds float, ptr %".7", i64 %".186"
  %".188" = load <8 x float>, ptr %".187", align 4
  %".189" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".162", <8 x float> %".188", <8 x float> %".146")
  %".190" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".165", <8 x float> %".188", <8 x float> %".147")
  %".191" = add i64 %".93", 8
  %".192" = getelementptr inbounds float, ptr %".7", i64 %".191"
  %".193" = load <8 x float>, ptr %".192", align 4
  %".194" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".162", <8 x float> %".193", <8 x float> %".150")
  %".195" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".165", <8 x float> %".193", <8 x float> %".151")
  %".196" = add i64 %".96", 8
  %".197" = getelementptr inbounds float, ptr %".7", i64 %".196"
  %".198" = load <8 x float>, ptr %".197", align 4
  %".199" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".162", <8 x float> %".198", <8 x float> %".154")
  %".200" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".165", <8 x float> %".198", <8 x float> %".155")
  %".201" = add i64 %".99", 8
  %".202" = getelementptr inbounds float, ptr %".7", i64 %".201"
  %".203" = load <8 x float>, ptr %".202", align 4
  %".204" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".162", <8 x float> %".203", <8 x float> %".158")
  %".205" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".165", <8 x float> %".203", <8 x float> %".159")
  %".206" = add i64 %".114", 16
  %".207" = getelementptr inbounds float, ptr %".6", i64 %".206"
  %".208" = load <8 x float>, ptr %".207", align 4
  %".209" = add i64 %".123", 16
  %".210" = getelementptr inbounds float, ptr %".6", i64 %".209"
  %".211" = load <8 x float>, ptr %".210", align 4
  %".212" = add i64 %".78", 16
  %".213" = getelementptr inbounds float, ptr %".7", i64 %".212"
  %".214" = load <8 x float>, ptr %".213", align 4
  %".215" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".208", <8 x float> %".214", <8 x float> %".169")
  %".216" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".211", <8 x float> %".214", <8 x float> %".170")
  %".217" = add i64 %".81", 16
  %".218" = getelementptr inbounds float, ptr %".7", i64 %".217"
  %".219" = load <8 x float>, ptr %".218", align 4
  %".220" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".208", <8 x float> %".219", <8 x float> %".174")
  %".221" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".211", <8 x float> %".219", <8 x float> %".175")
  %".222" = add i64 %".84", 16
  %".223" = getelementptr inbounds float, ptr %".7", i64 %".222"
  %".224" = load <8 x float>, ptr %".223", align 4
  %".225" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".208", <8 x float> %".224", <8 x float> %".179")
  %".226" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".211", <8 x float> %".224", <8 x float> %".180")
  %".227" = add i64 %".87", 16
  %".228" = getelementptr inbounds float, ptr %".7", i64 %".227"
  %".229" = load <8 x float>, ptr %".228", align 4
  %".230" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".208", <8 x float> %".229", <8 x float> %".184")
  %".231" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".211", <8 x float> %".229", <8 x float> %".185")
  %".232" = add i64 %".90", 16
  %".233" = getelementptr inbounds float, ptr %".7", i64 %".232"
  %".234" = load <8 x float>, ptr %".233", align 4
  %".235" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".208", <8 x float> %".234", <8 x float> %".189")
  %".236" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".211", <8 x float> %".234", <8 x float> %".190")
  %".237" = add i64 %".93", 16
  %".238" = getelementptr inbounds float, ptr %".7", i64 %".237"
  %".239" = load <8 x float>, ptr %".238", align 4
  %".240" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".208", <8 x float> %".239", <8 x float> %".194")
  %".241" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".211", <8 x float> %".239", <8 x float> %".195")
  %".242" = add i64 %".96", 16
  %".243" = getelementptr inbounds float, ptr %".7", i64 %".242"
  %".244" = load <8 x float>, ptr %".243", align 4
  %".245" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".208", <8 x float> %".244", <8 x float> %".199")
  %".246" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".211", <8 x float> %".244", <8 x float> %".200")
  %".247" = add i64 %".99", 16
  %".248" = getelementptr inbounds float, ptr %".7", i64 %".247"
  %".249" = load <8 x float>, ptr %".248", align 4
  %".250" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".208", <8 x float> %".249", <8 x float> %".204")
  %".251" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".211", <8 x float> %".249", <8 x float> %".205")
  %".252" = add i64 %".114", 24
  %".253" = getelementptr inbounds float, ptr %".6", i64 %".252"
  %".254" = load <8 x float>, ptr %".253", align 4
  %".255" = add i64 %".123", 24
  %".256" = getelementptr inbounds float, ptr %".6", i64 %".255"
  %".257" = load <8 x float>, ptr %".256", align 4
  %".258" = add i64 %".78", 24
  %".259" = getelementptr inbounds float, ptr %".7", i64 %".258"
  %".260" = load <8 x float>, ptr %".259", align 4
  %".261" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".254", <8 x float> %".260", <8 x float> %".215")
  %".262" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".257", <8 x float> %".260", <8 x float> %".216")
  %".263" = add i64 %".81", 24
  %".264" = getelementptr inbounds float, ptr %".7", i64 %".263"
  %".265" = load <8 x float>, ptr %".264", align 4
  %".266" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".254", <8 x float> %".265", <8 x float> %".220")
  %".267" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".257", <8 x float> %".265", <8 x float> %".221")
  %".268" = add i64 %".84", 24
  %".269" = getelementptr inbounds float, ptr %".7", i64 %".268"
  %".270" = load <8 x float>, ptr %".269", align 4
  %".271" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".254", <8 x float> %".270", <8 x float> %".225")
  %".272" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".257", <8 x float> %".270", <8 x float> %".226")
  %".273" = add i64 %".87", 24
  %".274" = getelementptr inbounds float, ptr %".7", i64 %".273"
  %".275" = load <8 x float>, ptr %".274", align 4
  %".276" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".254", <8 x float> %".275", <8 x float> %".230")
  %".277" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".257", <8 x float> %".275", <8 x float> %".231")
  %".278" = add i64 %".90", 24
  %".279" = getelementptr inbounds float, ptr %".7", i64 %".278"
  %".280" = load <8 x float>, ptr %".279", align 4
  %".281" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".254", <8 x float> %".280", <8 x float> %".235")
  %".282" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".257", <8 x float> %".280", <8 x float> %".236")
  %".283" = add i64 %".93", 24
  %".284" = getelementptr inbounds float, ptr %".7", i64 %".283"
  %".285" = load <8 x float>, ptr %".284", align 4
  %".286" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".254", <8 x float> %".285", <8 x float> %".240")
  %".287" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".257", <8 x float> %".285", <8 x float> %".241")
  %".288" = add i64 %".96", 24
  %".289" = getelementptr inbounds float, ptr %".7", i64 %".288"
  %".290" = load <8 x float>, ptr %".289", align 4
  %".291" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".254", <8 x float> %".290", <8 x float> %".245")
  %".292" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".257", <8 x float> %".290", <8 x float> %".246")
  %".293" = add i64 %".99", 24
  %".294" = getelementptr inbounds float, ptr %".7", i64 %".293"
  %".295" = load <8 x float>, ptr %".294", align 4
  %".296" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".254", <8 x float> %".295", <8 x float> %".250")
  %".297" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".257", <8 x float> %".295", <8 x float> %".251")
  %".298" = shufflevector <8 x float> %".261", <8 x float> %".266", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".299" = shufflevector <8 x float> %".261", <8 x float> %".266", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".300" = fadd afn arcp contract nsz reassoc <8 x float> %".298", %".299"
  %".301" = shufflevector <8 x float> %".271", <8 x float> %".276", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".302" = shufflevector <8 x float> %".271", <8 x float> %".276", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".303" = fadd afn arcp contract nsz reassoc <8 x float> %".301", %".302"
  %".304" = shufflevector <8 x float> %".281", <8 x float> %".286", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".305" = shufflevector <8 x float> %".281", <8 x float> %".286", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".306" = fadd afn arcp contract nsz reassoc <8 x float> %".304", %".305"
  %".307" = shufflevector <8 x float> %".291", <8 x float> %".296", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".308" = shufflevector <8 x float> %".291", <8 x float> %".296", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".309" = fadd afn arcp contract nsz reassoc <8 x float> %".307", %".308"
  %".310" = shufflevector <8 x float> %".300", <8 x float> %".303", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".311" = shufflevector <8 x float> %".300", <8 x float> %".303", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".312" = fadd afn arcp contract nsz reassoc <8 x float> %".310", %".311"
  %".313" = shufflevector <8 x float> %".306", <8 x float> %".309", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".314" = shufflevector <8 x float> %".306", <8 x float> %".309", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".315" = fadd afn arcp contract nsz reassoc <8 x float> %".313", %".314"
  %".316" = shufflevector <8 x float> %".312", <8 x float> %".315", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".317" = shufflevector <8 x float> %".312", <8 x float> %".315", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".318" = fadd afn arcp contract nsz reassoc <8 x float> %".316", %".317"
  %".319" = fmul afn arcp contract nsz reassoc <8 x float> %".318", %".33"
  %".320" = mul i64 %"for.iv.2", 8
  %".321" = getelementptr inbounds float, ptr %".25", i64 %".320"
  store <8 x float> %".319", ptr %".321", align 4
  %".323" = shufflevector <8 x float> %".262", <8 x float> %".267", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".324" = shufflevector <8 x float> %".262", <8 x float> %".267", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".325" = fadd afn arcp contract nsz reassoc <8 x float> %".323", %".324"
  %".326" = shufflevector <8 x float> %".272", <8 x float> %".277", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".327" = shufflevector <8 x float> %".272", <8 x float> %".277", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".328" = fadd afn arcp contract nsz reassoc <8 x float> %".326", %".327"
  %".329" = shufflevector <8 x float> %".282", <8 x float> %".287", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".330" = shufflevector <8 x float> %".282", <8 x float> %".287", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".331" = fadd afn arcp contract nsz reassoc <8 x float> %".329", %".330"
  %".332" = shufflevector <8 x float> %".292", <8 x float> %".297", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".333" = shufflevector <8 x float> %".292", <8 x float> %".297", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".334" = fadd afn arcp contract nsz reassoc <8 x float> %".332", %".333"
  %".335" = shufflevector <8 x float> %".325", <8 x float> %".328", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".336" = shufflevector <8 x float> %".325", <8 x float> %".328", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".337" = fadd afn arcp contract nsz reassoc <8 x float> %".335", %".336"
  %".338" = shufflevector <8 x float> %".331", <8 x float> %".334", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".339" = shufflevector <8 x float> %".331", <8 x float> %".334", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".340" = fadd afn arcp contract nsz reassoc <8 x float> %".338", %".339"
  %".341" = shufflevector <8 x float> %".337", <8 x float> %".340", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".342" = shufflevector <8 x float> %".337", <8 x float> %".340", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".343" = fadd afn arcp contract nsz reassoc <8 x float> %".341", %".342"
  %".344" = fmul afn arcp contract nsz reassoc <8 x float> %".343", %".33"
  %".345" = mul i64 %".115", 8
  %".346" = getelementptr inbounds float, ptr %".25", i64 %".345"
  store <8 x float> %".344", ptr %".346", align 4
  %"for.next.1" = add nsw i64 %"for.iv.2", 2
  br label %"for.header.2"
for.exit.2:
  br label %"for.header.3"
for.header.3:
  %"for.iv.3" = phi  i64 [%".101", %"for.exit.2"], [%"for.next.2", %"for.body.3"]
  %".350" = icmp slt i64 %"for.iv.3", %".23"
  br i1 %".350", label %"for.body.3", label %"for.exit.3"
for.body.3:
  %".352" = udiv i64 %"for.iv.3", 2
  %".353" = urem i64 %"for.iv.3", 2
  %".354" = add i64 %".20", %".352"
  %".355" = mul i64 %".18", 2
  %".356" = add i64 %".355", %".353"
  %".357" = mul i64 %".19", %".2"
  %".358" = add i64 %".357", %".354"
  %".359" = mul i64 %".358", 4
  %".360" = add i64 %".359", %".356"
  %".361" = mul i64 %".360", 32
  %".362" = getelementptr inbounds float, ptr %".6", i64 %".361"
  %".363" = load <8 x float>, ptr %".362", align 4
  %".364" = getelementptr inbounds float, ptr %".7", i64 %".78"
  %".365" = load <8 x float>, ptr %".364", align 4
  %".366" = fmul afn arcp contract nsz reassoc <8 x float> %".363", %".365"
  %".367" = getelementptr inbounds float, ptr %".7", i64 %".81"
  %".368" = load <8 x float>, ptr %".367", align 4
  %".369" = fmul afn arcp contract nsz reassoc <8 x float> %".363", %".368"
  %".370" = getelementptr inbounds float, ptr %".7", i64 %".84"
  %".371" = load <8 x float>, ptr %".370", align 4
  %".372" = fmul afn arcp contract nsz reassoc <8 x float> %".363", %".371"
  %".373" = getelementptr inbounds float, ptr %".7", i64 %".87"
  %".374" = load <8 x float>, ptr %".373", align 4
  %".375" = fmul afn arcp contract nsz reassoc <8 x float> %".363", %".374"
  %".376" = getelementptr inbounds float, ptr %".7", i64 %".90"
  %".377" = load <8 x float>, ptr %".376", align 4
  %".378" = fmul afn arcp contract nsz reassoc <8 x float> %".363", %".377"
  %".379" = getelementptr inbounds float, ptr %".7", i64 %".93"
  %".380" = load <8 x float>, ptr %".379", align 4
  %".381" = fmul afn arcp contract nsz reassoc <8 x float> %".363", %".380"
  %".382" = getelementptr inbounds float, ptr %".7", i64 %".96"
  %".383" = load <8 x float>, ptr %".382", align 4
  %".384" = fmul afn arcp contract nsz reassoc <8 x float> %".363", %".383"
  %".385" = getelementptr inbounds float, ptr %".7", i64 %".99"
  %".386" = load <8 x float>, ptr %".385", align 4
  %".387" = fmul afn arcp contract nsz reassoc <8 x float> %".363", %".386"
  %".388" = add i64 %".361", 8
  %".389" = getelementptr inbounds float, ptr %".6", i64 %".388"
  %".390" = load <8 x float>, ptr %".389", align 4
  %".391" = add i64 %".78", 8
  %".392" = getelementptr inbounds float, ptr %".7", i64 %".391"
  %".393" = load <8 x float>, ptr %".392", align 4
  %".394" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".390", <8 x float> %".393", <8 x float> %".366")
  %".395" = add i64 %".81", 8
  %".396" = getelementptr inbounds float, ptr %".7", i64 %".395"
  %".397" = load <8 x float>, ptr %".396", align 4
  %".398" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".390", <8 x float> %".397", <8 x float> %".369")
  %".399" = add i64 %".84", 8
  %".400" = getelementptr inbounds float, ptr %".7", i64 %".399"
  %".401" = load <8 x float>, ptr %".400", align 4
  %".402" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".390", <8 x float> %".401", <8 x float> %".372")
  %".403" = add i64 %".87", 8
  %".404" = getelementptr inbounds float, ptr %".7", i64 %".403"
  %".405" = load <8 x float>, ptr %".404", align 4
  %".406" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".390", <8 x float> %".405", <8 x float> %".375")
  %".407" = add i64 %".90", 8
  %".408" = getelementptr inbounds float, ptr %".7", i64 %".407"
  %".409" = load <8 x float>, ptr %".408", align 4
  %".410" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".390", <8 x float> %".409", <8 x float> %".378")
  %".411" = add i64 %".93", 8
  %".412" = getelementptr inbounds float, ptr %".7", i64 %".411"
  %".413" = load <8 x float>, ptr %".412", align 4
  %".414" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".390", <8 x float> %".413", <8 x float> %".381")
  %".415" = add i64 %".96", 8
  %".416" = getelementptr inbounds float, ptr %".7", i64 %".415"
  %".417" = load <8 x float>, ptr %".416", align 4
  %".418" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".390", <8 x float> %".417", <8 x float> %".384")
  %".419" = add i64 %".99", 8
  %".420" = getelementptr inbounds float, ptr %".7", i64 %".419"
  %".421" = load <8 x float>, ptr %".420", align 4
  %".422" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".390", <8 x float> %".421", <8 x float> %".387")
  %".423" = add i64 %".361", 16
  %".424" = getelementptr inbounds float, ptr %".6", i64 %".423"
  %".425" = load <8 x float>, ptr %".424", align 4
  %".426" = add i64 %".78", 16
  %".427" = getelementptr inbounds float, ptr %".7", i64 %".426"
  %".428" = load <8 x float>, ptr %".427", align 4
  %".429" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".425", <8 x float> %".428", <8 x float> %".394")
  %".430" = add i64 %".81", 16
  %".431" = getelementptr inbounds float, ptr %".7", i64 %".430"
  %".432" = load <8 x float>, ptr %".431", align 4
  %".433" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".425", <8 x float> %".432", <8 x float> %".398")
  %".434" = add i64 %".84", 16
  %".435" = getelementptr inbounds float, ptr %".7", i64 %".434"
  %".436" = load <8 x float>, ptr %".435", align 4
  %".437" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".425", <8 x float> %".436", <8 x float> %".402")
  %".438" = add i64 %".87", 16
  %".439" = getelementptr inbounds float, ptr %".7", i64 %".438"
  %".440" = load <8 x float>, ptr %".439", align 4
  %".441" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".425", <8 x float> %".440", <8 x float> %".406")
  %".442" = add i64 %".90", 16
  %".443" = getelementptr inbounds float, ptr %".7", i64 %".442"
  %".444" = load <8 x float>, ptr %".443", align 4
  %".445" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".425", <8 x float> %".444", <8 x float> %".410")
  %".446" = add i64 %".93", 16
  %".447" = getelementptr inbounds float, ptr %".7", i64 %".446"
  %".448" = load <8 x float>, ptr %".447", align 4
  %".449" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".425", <8 x float> %".448", <8 x float> %".414")
  %".450" = add i64 %".96", 16
  %".451" = getelementptr inbounds float, ptr %".7", i64 %".450"
  %".452" = load <8 x float>, ptr %".451", align 4
  %".453" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".425", <8 x float> %".452", <8 x float> %".418")
  %".454" = add i64 %".99", 16
  %".455" = getelementptr inbounds float, ptr %".7", i64 %".454"
  %".456" = load <8 x float>, ptr %".455", align 4
  %".457" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".425", <8 x float> %".456", <8 x float> %".422")
  %".458" = add i64 %".361", 24
  %".459" = getelementptr inbounds float, ptr %".6", i64 %".458"
  %".460" = load <8 x float>, ptr %".459", align 4
  %".461" = add i64 %".78", 24
  %".462" = getelementptr inbounds float, ptr %".7", i64 %".461"
  %".463" = load <8 x float>, ptr %".462", align 4
  %".464" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".460", <8 x float> %".463", <8 x float> %".429")
  %".465" = add i64 %".81", 24
  %".466" = getelementptr inbounds float, ptr %".7", i64 %".465"
  %".467" = load <8 x float>, ptr %".466", align 4
  %".468" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".460", <8 x float> %".467", <8 x float> %".433")
  %".469" = add i64 %".84", 24
  %".470" = getelementptr inbounds float, ptr %".7", i64 %".469"
  %".471" = load <8 x float>, ptr %".470", align 4
  %".472" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".460", <8 x float> %".471", <8 x float> %".437")
  %".473" = add i64 %".87", 24
  %".474" = getelementptr inbounds float, ptr %".7", i64 %".473"
  %".475" = load <8 x float>, ptr %".474", align 4
  %".476" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".460", <8 x float> %".475", <8 x float> %".441")
  %".477" = add i64 %".90", 24
  %".478" = getelementptr inbounds float, ptr %".7", i64 %".477"
  %".479" = load <8 x float>, ptr %".478", align 4
  %".480" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".460", <8 x float> %".479", <8 x float> %".445")
  %".481" = add i64 %".93", 24
  %".482" = getelementptr inbounds float, ptr %".7", i64 %".481"
  %".483" = load <8 x float>, ptr %".482", align 4
  %".484" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".460", <8 x float> %".483", <8 x float> %".449")
  %".485" = add i64 %".96", 24
  %".486" = getelementptr inbounds float, ptr %".7", i64 %".485"
  %".487" = load <8 x float>, ptr %".486", align 4
  %".488" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".460", <8 x float> %".487", <8 x float> %".453")
  %".489" = add i64 %".99", 24
  %".490" = getelementptr inbounds float, ptr %".7", i64 %".489"
  %".491" = load <8 x float>, ptr %".490", align 4
  %".492" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".460", <8 x float> %".491", <8 x float> %".457")
  %".493" = shufflevector <8 x float> %".464", <8 x float> %".468", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".494" = shufflevector <8 x float> %".464", <8 x float> %".468", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".495" = fadd afn arcp contract nsz reassoc <8 x float> %".493", %".494"
  %".496" = shufflevector <8 x float> %".472", <8 x float> %".476", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".497" = shufflevector <8 x float> %".472", <8 x float> %".476", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".498" = fadd afn arcp contract nsz reassoc <8 x float> %".496", %".497"
  %".499" = shufflevector <8 x float> %".480", <8 x float> %".484", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".500" = shufflevector <8 x float> %".480", <8 x float> %".484", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".501" = fadd afn arcp contract nsz reassoc <8 x float> %".499", %".500"
  %".502" = shufflevector <8 x float> %".488", <8 x float> %".492", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".503" = shufflevector <8 x float> %".488", <8 x float> %".492", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".504" = fadd afn arcp contract nsz reassoc <8 x float> %".502", %".503"
  %".505" = shufflevector <8 x float> %".495", <8 x float> %".498", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".506" = shufflevector <8 x float> %".495", <8 x float> %".498", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".507" = fadd afn arcp contract nsz reassoc <8 x float> %".505", %".506"
  %".508" = shufflevector <8 x float> %".501", <8 x float> %".504", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".509" = shufflevector <8 x float> %".501", <8 x float> %".504", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".510" = fadd afn arcp contract nsz reassoc <8 x float> %".508", %".509"
  %".511" = shufflevector <8 x float> %".507", <8 x float> %".510", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".512" = shufflevector <8 x float> %".507", <8 x float> %".510", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".513" = fadd afn arcp contract nsz reassoc <8 x float> %".511", %".512"
  %".514" = fmul afn arcp contract nsz reassoc <8 x float> %".513", %".33"
  %".515" = mul i64 %"for.iv.3", 8
  %".516" = getelementptr inbounds float, ptr %".25", i64 %".515"
  store <8 x float> %".514", ptr %".516", align 4
  %"for.next.2" = add nsw i64 %"for.iv.3", 1
  br label %"for.header.3"
for.exit.3:
  br label %"for.header.4"
for.header.4:
  %"for.iv.4" = phi  i64 [0, %"for.exit.3"], [%"for.next.3", %"for.body.4"]
  %".520" = icmp slt i64 %"for.iv.4", %".23"
  br i1 %".520", label %"for.body.4", label %"for.exit.4"
for.body.4:
  %".522" = mul i64 %"for.iv.4", 8
  %".523" = getelementptr inbounds float, ptr %".25", i64 %".522"
  %".524" = load <8 x float>, ptr %".523", align 4
  %".525" = getelementptr inbounds float, ptr %".24", i64 %"for.iv.4"
  %".526" = load float, ptr %".525", align 4
  %".527" = call afn arcp contract nsz reassoc float @"llvm.vector.reduce.fmax.v8f32"(<8 x float> %".524")
  %".528" = fcmp ogt float %".526", %".527"
  %".529" = select  i1 %".528", float %".526", float %".527"
  %".530" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".529", i32 0
  %".531" = shufflevector <8 x float> %".530", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".532" = fsub afn arcp contract nsz reassoc <8 x float> %".524", %".531"
  %".533" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0xc055c00000000000, i32 0
  %".534" = shufflevector <8 x float> %".533", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".535" = fcmp ogt <8 x float> %".532", %".534"
  %".536" = select  <8 x i1> %".535", <8 x float> %".532", <8 x float> %".534"
  %".537" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0x4056000000000000, i32 0
  %".538" = shufflevector <8 x float> %".537", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".539" = fcmp olt <8 x float> %".536", %".538"
  %".540" = select  <8 x i1> %".539", <8 x float> %".536", <8 x float> %".538"
  %".541" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".540", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".542" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".541", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".543" = fmul contract <8 x float> %".542", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".544" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".543")
  %".545" = fmul contract <8 x float> %".544", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".546" = fsub contract <8 x float> %".542", %".545"
  %".547" = fmul contract <8 x float> %".544", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".548" = fsub contract <8 x float> %".546", %".547"
  %".549" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".548"
  %".550" = fadd contract <8 x float> %".549", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".551" = fmul contract <8 x float> %".550", %".548"
  %".552" = fadd contract <8 x float> %".551", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".553" = fmul contract <8 x float> %".552", %".548"
  %".554" = fadd contract <8 x float> %".553", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".555" = fmul contract <8 x float> %".554", %".548"
  %".556" = fadd contract <8 x float> %".555", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".557" = fmul contract <8 x float> %".556", %".548"
  %".558" = fadd contract <8 x float> %".557", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".559" = fmul contract <8 x float> %".548", %".548"
  %".560" = fmul contract <8 x float> %".558", %".559"
  %".561" = fadd contract <8 x float> %".560", %".548"
  %".562" = fadd contract <8 x float> %".561", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".563" = fptosi <8 x float> %".544" to <8 x i32>
  %".564" = shl <8 x i32> %".563", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".565" = bitcast <8 x float> %".562" to <8 x i32>
  %".566" = add <8 x i32> %".565", %".564"
  %".567" = bitcast <8 x i32> %".566" to <8 x float>
  %".568" = fcmp olt <8 x float> %".540", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".569" = select  <8 x i1> %".568", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".567"
  %".570" = fcmp ogt <8 x float> %".540", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".571" = select  <8 x i1> %".570", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".569"
  %".572" = fcmp uno <8 x float> %".540", %".540"
  %".573" = select  <8 x i1> %".572", <8 x float> %".540", <8 x float> %".571"
  %".574" = fsub afn arcp contract nsz reassoc float %".526", %".529"
  %".575" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".574", i32 0
  %".576" = shufflevector <8 x float> %".575", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".577" = fcmp ogt <8 x float> %".576", %".534"
  %".578" = select  <8 x i1> %".577", <8 x float> %".576", <8 x float> %".534"
  %".579" = fcmp olt <8 x float> %".578", %".538"
  %".580" = select  <8 x i1> %".579", <8 x float> %".578", <8 x float> %".538"
  %".581" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".580", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".582" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".581", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".583" = fmul contract <8 x float> %".582", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".584" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".583")
  %".585" = fmul contract <8 x float> %".584", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".586" = fsub contract <8 x float> %".582", %".585"
  %".587" = fmul contract <8 x float> %".584", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".588" = fsub contract <8 x float> %".586", %".587"
  %".589" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".588"
  %".590" = fadd contract <8 x float> %".589", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".591" = fmul contract <8 x float> %".590", %".588"
  %".592" = fadd contract <8 x float> %".591", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".593" = fmul contract <8 x float> %".592", %".588"
  %".594" = fadd contract <8 x float> %".593", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".595" = fmul contract <8 x float> %".594", %".588"
  %".596" = fadd contract <8 x float> %".595", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".597" = fmul contract <8 x float> %".596", %".588"
  %".598" = fadd contract <8 x float> %".597", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".599" = fmul contract <8 x float> %".588", %".588"
  %".600" = fmul contract <8 x float> %".598", %".599"
  %".601" = fadd contract <8 x float> %".600", %".588"
  %".602" = fadd contract <8 x float> %".601", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".603" = fptosi <8 x float> %".584" to <8 x i32>
  %".604" = shl <8 x i32> %".603", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".605" = bitcast <8 x float> %".602" to <8 x i32>
  %".606" = add <8 x i32> %".605", %".604"
  %".607" = bitcast <8 x i32> %".606" to <8 x float>
  %".608" = fcmp olt <8 x float> %".580", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".609" = select  <8 x i1> %".608", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".607"
  %".610" = fcmp ogt <8 x float> %".580", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".611" = select  <8 x i1> %".610", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".609"
  %".612" = fcmp uno <8 x float> %".580", %".580"
  %".613" = select  <8 x i1> %".612", <8 x float> %".580", <8 x float> %".611"
  %".614" = extractelement <8 x float> %".613", i64 0
  %".615" = getelementptr inbounds float, ptr %".25", i64 %".522"
  store <8 x float> %".573", ptr %".615", align 4
  %".617" = getelementptr inbounds float, ptr %".24", i64 %"for.iv.4"
  store float %".529", ptr %".617", align 4
  %".619" = add i64 %"for.iv.4", 32
  %".620" = getelementptr inbounds float, ptr %".24", i64 %".619"
  %".621" = load float, ptr %".620", align 4
  %".622" = fmul afn arcp contract nsz reassoc float %".621", %".614"
  %".623" = call afn arcp contract nsz reassoc float @"llvm.vector.reduce.fadd.v8f32"(float 0x8000000000000000, <8 x float> %".573")
  %".624" = fadd afn arcp contract nsz reassoc float %".622", %".623"
  %".625" = getelementptr inbounds float, ptr %".24", i64 %".619"
  store float %".624", ptr %".625", align 4
  %".627" = add i64 %"for.iv.4", 64
  %".628" = getelementptr inbounds float, ptr %".24", i64 %".627"
  store float %".614", ptr %".628", align 4
  %"for.next.3" = add nsw i64 %"for.iv.4", 1
  br label %"for.header.4"
for.exit.4:
  br label %"for.header.5"
for.header.5:
  %"for.iv.5" = phi  i64 [0, %"for.exit.4"], [%"for.next.4", %"for.body.5"]
  %".632" = icmp slt i64 %"for.iv.5", %".101"
  br i1 %".632", label %"for.body.5", label %"for.exit.5"
for.body.5:
  %".634" = add i64 %"for.iv.5", 1
  %".635" = udiv i64 %"for.iv.5", 2
  %".636" = urem i64 %"for.iv.5", 2
  %".637" = add i64 %".20", %".635"
  %".638" = mul i64 %".18", 2
  %".639" = add i64 %".638", %".636"
  %".640" = mul i64 %".19", %".2"
  %".641" = add i64 %".640", %".637"
  %".642" = mul i64 %".641", 4
  %".643" = add i64 %".642", %".639"
  %".644" = mul i64 %".643", 32
  %".645" = udiv i64 %".634", 2
  %".646" = urem i64 %".634", 2
  %".647" = add i64 %".20", %".645"
  %".648" = add i64 %".638", %".646"
  %".649" = add i64 %".640", %".647"
  %".650" = mul i64 %".649", 4
  %".651" = add i64 %".650", %".648"
  %".652" = mul i64 %".651", 32
  %".653" = add i64 %"for.iv.5", 64
  %".654" = getelementptr inbounds float, ptr %".24", i64 %".653"
  %".655" = load float, ptr %".654", align 4
  %".656" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".655", i32 0
  %".657" = shufflevector <8 x float> %".656", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".658" = add i64 %".634", 64
  %".659" = getelementptr inbounds float, ptr %".24", i64 %".658"
  %".660" = load float, ptr %".659", align 4
  %".661" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".660", i32 0
  %".662" = shufflevector <8 x float> %".661", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".663" = mul i64 %"for.iv.5", 8
  %".664" = getelementptr inbounds float, ptr %".25", i64 %".663"
  %".665" = load float, ptr %".664", align 4
  %".666" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".665", i32 0
  %".667" = shufflevector <8 x float> %".666", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".668" = add i64 %".663", 1
  %".669" = getelementptr inbounds float, ptr %".25", i64 %".668"
  %".670" = load float, ptr %".669", align 4
  %".671" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".670", i32 0
  %".672" = shufflevector <8 x float> %".671", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".673" = add i64 %".663", 2
  %".674" = getelementptr inbounds float, ptr %".25", i64 %".673"
  %".675" = load float, ptr %".674", align 4
  %".676" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".675", i32 0
  %".677" = shufflevector <8 x float> %".676", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".678" = add i64 %".663", 3
  %".679" = getelementptr inbounds float, ptr %".25", i64 %".678"
  %".680" = load float, ptr %".679", align 4
  %".681" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".680", i32 0
  %".682" = shufflevector <8 x float> %".681", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".683" = add i64 %".663", 4
  %".684" = getelementptr inbounds float, ptr %".25", i64 %".683"
  %".685" = load float, ptr %".684", align 4
  %".686" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".685", i32 0
  %".687" = shufflevector <8 x float> %".686", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".688" = add i64 %".663", 5
  %".689" = getelementptr inbounds float, ptr %".25", i64 %".688"
  %".690" = load float, ptr %".689", align 4
  %".691" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".690", i32 0
  %".692" = shufflevector <8 x float> %".691", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".693" = add i64 %".663", 6
  %".694" = getelementptr inbounds float, ptr %".25", i64 %".693"
  %".695" = load float, ptr %".694", align 4
  %".696" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".695", i32 0
  %".697" = shufflevector <8 x float> %".696", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".698" = add i64 %".663", 7
  %".699" = getelementptr inbounds float, ptr %".25", i64 %".698"
  %".700" = load float, ptr %".699", align 4
  %".701" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".700", i32 0
  %".702" = shufflevector <8 x float> %".701", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".703" = mul i64 %".634", 8
  %".704" = getelementptr inbounds float, ptr %".25", i64 %".703"
  %".705" = load float, ptr %".704", align 4
  %".706" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".705", i32 0
  %".707" = shufflevector <8 x float> %".706", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".708" = add i64 %".703", 1
  %".709" = getelementptr inbounds float, ptr %".25", i64 %".708"
  %".710" = load float, ptr %".709", align 4
  %".711" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".710", i32 0
  %".712" = shufflevector <8 x float> %".711", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".713" = add i64 %".703", 2
  %".714" = getelementptr inbounds float, ptr %".25", i64 %".713"
  %".715" = load float, ptr %".714", align 4
  %".716" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".715", i32 0
  %".717" = shufflevector <8 x float> %".716", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".718" = add i64 %".703", 3
  %".719" = getelementptr inbounds float, ptr %".25", i64 %".718"
  %".720" = load float, ptr %".719", align 4
  %".721" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".720", i32 0
  %".722" = shufflevector <8 x float> %".721", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".723" = add i64 %".703", 4
  %".724" = getelementptr inbounds float, ptr %".25", i64 %".723"
  %".725" = load float, ptr %".724", align 4
  %".726" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".725", i32 0
  %".727" = shufflevector <8 x float> %".726", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".728" = add i64 %".703", 5
  %".729" = getelementptr inbounds float, ptr %".25", i64 %".728"
  %".730" = load float, ptr %".729", align 4
  %".731" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".730", i32 0
  %".732" = shufflevector <8 x float> %".731", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".733" = add i64 %".703", 6
  %".734" = getelementptr inbounds float, ptr %".25", i64 %".733"
  %".735" = load float, ptr %".734", align 4
  %".736" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".735", i32 0
  %".737" = shufflevector <8 x float> %".736", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".738" = add i64 %".703", 7
  %".739" = getelementptr inbounds float, ptr %".25", i64 %".738"
  %".740" = load float, ptr %".739", align 4
  %".741" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".740", i32 0
  %".742" = shufflevector <8 x float> %".741", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".743" = getelementptr inbounds float, ptr %".4", i64 %".644"
  %".744" = load <8 x float>, ptr %".743", align 4
  %".745" = fmul afn arcp contract nsz reassoc <8 x float> %".744", %".657"
  %".746" = getelementptr inbounds float, ptr %".4", i64 %".652"
  %".747" = load <8 x float>, ptr %".746", align 4
  %".748" = fmul afn arcp contract nsz reassoc <8 x float> %".747", %".662"
  %".749" = getelementptr inbounds float, ptr %".8", i64 %".78"
  %".750" = load <8 x float>, ptr %".749", align 4
  %".751" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".667", <8 x float> %".750", <8 x float> %".745")
  %".752" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".707", <8 x float> %".750", <8 x float> %".748")
  %".753" = getelementptr inbounds float, ptr %".8", i64 %".81"
  %".754" = load <8 x float>, ptr %".753", align 4
  %".755" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".672", <8 x float> %".754", <8 x float> %".751")
  %".756" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".712", <8 x float> %".754", <8 x float> %".752")
  %".757" = getelementptr inbounds float, ptr %".8", i64 %".84"
  %".758" = load <8 x float>, ptr %".757", align 4
  %".759" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".677", <8 x float> %".758", <8 x float> %".755")
  %".760" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".717", <8 x float> %".758", <8 x float> %".756")
  %".761" = getelementptr inbounds float, ptr %".8", i64 %".87"
  %".762" = load <8 x float>, ptr %".761", align 4
  %".763" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".682", <8 x float> %".762", <8 x float> %".759")
  %".764" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".722", <8 x float> %".762", <8 x float> %".760")
  %".765" = getelementptr inbounds float, ptr %".8", i64 %".90"
  %".766" = load <8 x float>, ptr %".765", align 4
  %".767" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".687", <8 x float> %".766", <8 x float> %".763")
  %".768" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".727", <8 x float> %".766", <8 x float> %".764")
  %".769" = getelementptr inbounds float, ptr %".8", i64 %".93"
  %".770" = load <8 x float>, ptr %".769", align 4
  %".771" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".692", <8 x float> %".770", <8 x float> %".767")
  %".772" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".732", <8 x float> %".770", <8 x float> %".768")
  %".773" = getelementptr inbounds float, ptr %".8", i64 %".96"
  %".774" = load <8 x float>, ptr %".773", align 4
  %".775" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".697", <8 x float> %".774", <8 x float> %".771")
  %".776" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".737", <8 x float> %".774", <8 x float> %".772")
  %".777" = getelementptr inbounds float, ptr %".8", i64 %".99"
  %".778" = load <8 x float>, ptr %".777", align 4
  %".779" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".702", <8 x float> %".778", <8 x float> %".775")
  %".780" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".742", <8 x float> %".778", <8 x float> %".776")
  %".781" = getelementptr inbounds float, ptr %".4", i64 %".644"
  store <8 x float> %".779", ptr %".781", align 4
  %".783" = getelementptr inbounds float, ptr %".4", i64 %".652"
  store <8 x float> %".780", ptr %".783", align 4
  %".785" = add i64 %".644", 8
  %".786" = add i64 %".652", 8
  %".787" = getelementptr inbounds float, ptr %".4", i64 %".785"
  %".788" = load <8 x float>, ptr %".787", align 4
  %".789" = fmul afn arcp contract nsz reassoc <8 x float> %".788", %".657"
  %".790" = getelementptr inbounds float, ptr %".4", i64 %".786"
  %".791" = load <8 x float>, ptr %".790", align 4
  %".792" = fmul afn arcp contract nsz reassoc <8 x float> %".791", %".662"
  %".793" = add i64 %".78", 8
  %".794" = getelementptr inbounds float, ptr %".8", i64 %".793"
  %".795" = load <8 x float>, ptr %".794", align 4
  %".796" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".667", <8 x float> %".795", <8 x float> %".789")
  %".797" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".707", <8 x float> %".795", <8 x float> %".792")
  %".798" = add i64 %".81", 8
  %".799" = getelementptr inbounds float, ptr %".8", i64 %".798"
  %".800" = load <8 x float>, ptr %".799", align 4
  %".801" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".672", <8 x float> %".800", <8 x float> %".796")
  %".802" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".712", <8 x float> %".800", <8 x float> %".797")
  %".803" = add i64 %".84", 8
  %".804" = getelementptr inbounds float, ptr %".8", i64 %".803"
  %".805" = load <8 x float>, ptr %".804", align 4
  %".806" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".677", <8 x float> %".805", <8 x float> %".801")
  %".807" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".717", <8 x float> %".805", <8 x float> %".802")
  %".808" = add i64 %".87", 8
  %".809" = getelementptr inbounds float, ptr %".8", i64 %".808"
  %".810" = load <8 x float>, ptr %".809", align 4
  %".811" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".682", <8 x float> %".810", <8 x float> %".806")
  %".812" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".722", <8 x float> %".810", <8 x float> %".807")
  %".813" = add i64 %".90", 8
  %".814" = getelementptr inbounds float, ptr %".8", i64 %".813"
  %".815" = load <8 x float>, ptr %".814", align 4
  %".816" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".687", <8 x float> %".815", <8 x float> %".811")
  %".817" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".727", <8 x float> %".815", <8 x float> %".812")
  %".818" = add i64 %".93", 8
  %".819" = getelementptr inbounds float, ptr %".8", i64 %".818"
  %".820" = load <8 x float>, ptr %".819", align 4
  %".821" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".692", <8 x float> %".820", <8 x float> %".816")
  %".822" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".732", <8 x float> %".820", <8 x float> %".817")
  %".823" = add i64 %".96", 8
  %".824" = getelementptr inbounds float, ptr %".8", i64 %".823"
  %".825" = load <8 x float>, ptr %".824", align 4
  %".826" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".697", <8 x float> %".825", <8 x float> %".821")
  %".827" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".737", <8 x float> %".825", <8 x float> %".822")
  %".828" = add i64 %".99", 8
  %".829" = getelementptr inbounds float, ptr %".8", i64 %".828"
  %".830" = load <8 x float>, ptr %".829", align 4
  %".831" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".702", <8 x float> %".830", <8 x float> %".826")
  %".832" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".742", <8 x float> %".830", <8 x float> %".827")
  %".833" = getelementptr inbounds float, ptr %".4", i64 %".785"
  store <8 x float> %".831", ptr %".833", align 4
  %".835" = getelementptr inbounds float, ptr %".4", i64 %".786"
  store <8 x float> %".832", ptr %".835", align 4
  %".837" = add i64 %".644", 16
  %".838" = add i64 %".652", 16
  %".839" = getelementptr inbounds float, ptr %".4", i64 %".837"
  %".840" = load <8 x float>, ptr %".839", align 4
  %".841" = fmul afn arcp contract nsz reassoc <8 x float> %".840", %".657"
  %".842" = getelementptr inbounds float, ptr %".4", i64 %".838"
  %".843" = load <8 x float>, ptr %".842", align 4
  %".844" = fmul afn arcp contract nsz reassoc <8 x float> %".843", %".662"
  %".845" = add i64 %".78", 16
  %".846" = getelementptr inbounds float, ptr %".8", i64 %".845"
  %".847" = load <8 x float>, ptr %".846", align 4
  %".848" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".667", <8 x float> %".847", <8 x float> %".841")
  %".849" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".707", <8 x float> %".847", <8 x float> %".844")
  %".850" = add i64 %".81", 16
  %".851" = getelementptr inbounds float, ptr %".8", i64 %".850"
  %".852" = load <8 x float>, ptr %".851", align 4
  %".853" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".672", <8 x float> %".852", <8 x float> %".848")
  %".854" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".712", <8 x float> %".852", <8 x float> %".849")
  %".855" = add i64 %".84", 16
  %".856" = getelementptr inbounds float, ptr %".8", i64 %".855"
  %".857" = load <8 x float>, ptr %".856", align 4
  %".858" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".677", <8 x float> %".857", <8 x float> %".853")
  %".859" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".717", <8 x float> %".857", <8 x float> %".854")
  %".860" = add i64 %".87", 16
  %".861" = getelementptr inbounds float, ptr %".8", i64 %".860"
  %".862" = load <8 x float>, ptr %".861", align 4
  %".863" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".682", <8 x float> %".862", <8 x float> %".858")
  %".864" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".722", <8 x float> %".862", <8 x float> %".859")
  %".865" = add i64 %".90", 16
  %".866" = getelementptr inbounds float, ptr %".8", i64 %".865"
  %".867" = load <8 x float>, ptr %".866", align 4
  %".868" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".687", <8 x float> %".867", <8 x float> %".863")
  %".869" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".727", <8 x float> %".867", <8 x float> %".864")
  %".870" = add i64 %".93", 16
  %".871" = getelementptr inbounds float, ptr %".8", i64 %".870"
  %".872" = load <8 x float>, ptr %".871", align 4
  %".873" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".692", <8 x float> %".872", <8 x float> %".868")
  %".874" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".732", <8 x float> %".872", <8 x float> %".869")
  %".875" = add i64 %".96", 16
  %".876" = getelementptr inbounds float, ptr %".8", i64 %".875"
  %".877" = load <8 x float>, ptr %".876", align 4
  %".878" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".697", <8 x float> %".877", <8 x float> %".873")
  %".879" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".737", <8 x float> %".877", <8 x float> %".874")
  %".880" = add i64 %".99", 16
  %".881" = getelementptr inbounds float, ptr %".8", i64 %".880"
  %".882" = load <8 x float>, ptr %".881", align 4
  %".883" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".702", <8 x float> %".882", <8 x float> %".878")
  %".884" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".742", <8 x float> %".882", <8 x float> %".879")
  %".885" = getelementptr inbounds float, ptr %".4", i64 %".837"
  store <8 x float> %".883", ptr %".885", align 4
  %".887" = getelementptr inbounds float, ptr %".4", i64 %".838"
  store <8 x float> %".884", ptr %".887", align 4
  %".889" = add i64 %".644", 24
  %".890" = add i64 %".652", 24
  %".891" = getelementptr inbounds float, ptr %".4", i64 %".889"
  %".892" = load <8 x float>, ptr %".891", align 4
  %".893" = fmul afn arcp contract nsz reassoc <8 x float> %".892", %".657"
  %".894" = getelementptr inbounds float, ptr %".4", i64 %".890"
  %".895" = load <8 x float>, ptr %".894", align 4
  %".896" = fmul afn arcp contract nsz reassoc <8 x float> %".895", %".662"
  %".897" = add i64 %".78", 24
  %".898" = getelementptr inbounds float, ptr %".8", i64 %".897"
  %".899" = load <8 x float>, ptr %".898", align 4
  %".900" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".667", <8 x float> %".899", <8 x float> %".893")
  %".901" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".707", <8 x float> %".899", <8 x float> %".896")
  %".902" = add i64 %".81", 24
  %".903" = getelementptr inbounds float, ptr %".8", i64 %".902"
  %".904" = load <8 x float>, ptr %".903", align 4
  %".905" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".672", <8 x float> %".904", <8 x float> %".900")
  %".906" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".712", <8 x float> %".904", <8 x float> %".901")
  %".907" = add i64 %".84", 24
  %".908" = getelementptr inbounds float, ptr %".8", i64 %".907"
  %".909" = load <8 x float>, ptr %".908", align 4
  %".910" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".677", <8 x float> %".909", <8 x float> %".905")
  %".911" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".717", <8 x float> %".909", <8 x float> %".906")
  %".912" = add i64 %".87", 24
  %".913" = getelementptr inbounds float, ptr %".8", i64 %".912"
  %".914" = load <8 x float>, ptr %".913", align 4
  %".915" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".682", <8 x float> %".914", <8 x float> %".910")
  %".916" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".722", <8 x float> %".914", <8 x float> %".911")
  %".917" = add i64 %".90", 24
  %".918" = getelementptr inbounds float, ptr %".8", i64 %".917"
  %".919" = load <8 x float>, ptr %".918", align 4
  %".920" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".687", <8 x float> %".919", <8 x float> %".915")
  %".921" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".727", <8 x float> %".919", <8 x float> %".916")
  %".922" = add i64 %".93", 24
  %".923" = getelementptr inbounds float, ptr %".8", i64 %".922"
  %".924" = load <8 x float>, ptr %".923", align 4
  %".925" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".692", <8 x float> %".924", <8 x float> %".920")
  %".926" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".732", <8 x float> %".924", <8 x float> %".921")
  %".927" = add i64 %".96", 24
  %".928" = getelementptr inbounds float, ptr %".8", i64 %".927"
  %".929" = load <8 x float>, ptr %".928", align 4
  %".930" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".697", <8 x float> %".929", <8 x float> %".925")
  %".931" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".737", <8 x float> %".929", <8 x float> %".926")
  %".932" = add i64 %".99", 24
  %".933" = getelementptr inbounds float, ptr %".8", i64 %".932"
  %".934" = load <8 x float>, ptr %".933", align 4
  %".935" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".702", <8 x float> %".934", <8 x float> %".930")
  %".936" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".742", <8 x float> %".934", <8 x float> %".931")
  %".937" = getelementptr inbounds float, ptr %".4", i64 %".889"
  store <8 x float> %".935", ptr %".937", align 4
  %".939" = getelementptr inbounds float, ptr %".4", i64 %".890"
  store <8 x float> %".936", ptr %".939", align 4
  %"for.next.4" = add nsw i64 %"for.iv.5", 2
  br label %"for.header.5"
for.exit.5:
  br label %"for.header.6"
for.header.6:
  %"for.iv.6" = phi  i64 [%".101", %"for.exit.5"], [%"for.next.5", %"for.body.6"]
  %".943" = icmp slt i64 %"for.iv.6", %".23"
  br i1 %".943", label %"for.body.6", label %"for.exit.6"
for.body.6:
  %".945" = udiv i64 %"for.iv.6", 2
  %".946" = urem i64 %"for.iv.6", 2
  %".947" = add i64 %".20", %".945"
  %".948" = mul i64 %".18", 2
  %".949" = add i64 %".948", %".946"
  %".950" = mul i64 %".19", %".2"
  %".951" = add i64 %".950", %".947"
  %".952" = mul i64 %".951", 4
  %".953" = add i64 %".952", %".949"
  %".954" = mul i64 %".953", 32
  %".955" = add i64 %"for.iv.6", 64
  %".956" = getelementptr inbounds float, ptr %".24", i64 %".955"
  %".957" = load float, ptr %".956", align 4
  %".958" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".957", i32 0
  %".959" = shufflevector <8 x float> %".958", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".960" = mul i64 %"for.iv.6", 8
  %".961" = getelementptr inbounds float, ptr %".25", i64 %".960"
  %".962" = load float, ptr %".961", align 4
  %".963" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".962", i32 0
  %".964" = shufflevector <8 x float> %".963", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".965" = add i64 %".960", 1
  %".966" = getelementptr inbounds float, ptr %".25", i64 %".965"
  %".967" = load float, ptr %".966", align 4
  %".968" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".967", i32 0
  %".969" = shufflevector <8 x float> %".968", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".970" = add i64 %".960", 2
  %".971" = getelementptr inbounds float, ptr %".25", i64 %".970"
  %".972" = load float, ptr %".971", align 4
  %".973" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".972", i32 0
  %".974" = shufflevector <8 x float> %".973", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".975" = add i64 %".960", 3
  %".976" = getelementptr inbounds float, ptr %".25", i64 %".975"
  %".977" = load float, ptr %".976", align 4
  %".978" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".977", i32 0
  %".979" = shufflevector <8 x float> %".978", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".980" = add i64 %".960", 4
  %".981" = getelementptr inbounds float, ptr %".25", i64 %".980"
  %".982" = load float, ptr %".981", align 4
  %".983" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".982", i32 0
  %".984" = shufflevector <8 x float> %".983", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".985" = add i64 %".960", 5
  %".986" = getelementptr inbounds float, ptr %".25", i64 %".985"
  %".987" = load float, ptr %".986", align 4
  %".988" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".987", i32 0
  %".989" = shufflevector <8 x float> %".988", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".990" = add i64 %".960", 6
  %".991" = getelementptr inbounds float, ptr %".25", i64 %".990"
  %".992" = load float, ptr %".991", align 4
  %".993" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".992", i32 0
  %".994" = shufflevector <8 x float> %".993", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".995" = add i64 %".960", 7
  %".996" = getelementptr inbounds float, ptr %".25", i64 %".995"
  %".997" = load float, ptr %".996", align 4
  %".998" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".997", i32 0
  %".999" = shufflevector <8 x float> %".998", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1000" = getelementptr inbounds float, ptr %".4", i64 %".954"
  %".1001" = load <8 x float>, ptr %".1000", align 4
  %".1002" = fmul afn arcp contract nsz reassoc <8 x float> %".1001", %".959"
  %".1003" = getelementptr inbounds float, ptr %".8", i64 %".78"
  %".1004" = load <8 x float>, ptr %".1003", align 4
  %".1005" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".964", <8 x float> %".1004", <8 x float> %".1002")
  %".1006" = getelementptr inbounds float, ptr %".8", i64 %".81"
  %".1007" = load <8 x float>, ptr %".1006", align 4
  %".1008" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".969", <8 x float> %".1007", <8 x float> %".1005")
  %".1009" = getelementptr inbounds float, ptr %".8", i64 %".84"
  %".1010" = load <8 x float>, ptr %".1009", align 4
  %".1011" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".974", <8 x float> %".1010", <8 x float> %".1008")
  %".1012" = getelementptr inbounds float, ptr %".8", i64 %".87"
  %".1013" = load <8 x float>, ptr %".1012", align 4
  %".1014" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".979", <8 x float> %".1013", <8 x float> %".1011")
  %".1015" = getelementptr inbounds float, ptr %".8", i64 %".90"
  %".1016" = load <8 x float>, ptr %".1015", align 4
  %".1017" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".984", <8 x float> %".1016", <8 x float> %".1014")
  %".1018" = getelementptr inbounds float, ptr %".8", i64 %".93"
  %".1019" = load <8 x float>, ptr %".1018", align 4
  %".1020" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".989", <8 x float> %".1019", <8 x float> %".1017")
  %".1021" = getelementptr inbounds float, ptr %".8", i64 %".96"
  %".1022" = load <8 x float>, ptr %".1021", align 4
  %".1023" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".994", <8 x float> %".1022", <8 x float> %".1020")
  %".1024" = getelementptr inbounds float, ptr %".8", i64 %".99"
  %".1025" = load <8 x float>, ptr %".1024", align 4
  %".1026" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".999", <8 x float> %".1025", <8 x float> %".1023")
  %".1027" = getelementptr inbounds float, ptr %".4", i64 %".954"
  store <8 x float> %".1026", ptr %".1027", align 4
  %".1029" = add i64 %".954", 8
  %".1030" = getelementptr inbounds float, ptr %".4", i64 %".1029"
  %".1031" = load <8 x float>, ptr %".1030", align 4
  %".1032" = fmul afn arcp contract nsz reassoc <8 x float> %".1031", %".959"
  %".1033" = add i64 %".78", 8
  %".1034" = getelementptr inbounds float, ptr %".8", i64 %".1033"
  %".1035" = load <8 x float>, ptr %".1034", align 4
  %".1036" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".964", <8 x float> %".1035", <8 x float> %".1032")
  %".1037" = add i64 %".81", 8
  %".1038" = getelementptr inbounds float, ptr %".8", i64 %".1037"
  %".1039" = load <8 x float>, ptr %".1038", align 4
  %".1040" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".969", <8 x float> %".1039", <8 x float> %".1036")
  %".1041" = add i64 %".84", 8
  %".1042" = getelementptr inbounds float, ptr %".8", i64 %".1041"
  %".1043" = load <8 x float>, ptr %".1042", align 4
  %".1044" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".974", <8 x float> %".1043", <8 x float> %".1040")
  %".1045" = add i64 %".87", 8
  %".1046" = getelementptr inbounds float, ptr %".8", i64 %".1045"
  %".1047" = load <8 x float>, ptr %".1046", align 4
  %".1048" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".979", <8 x float> %".1047", <8 x float> %".1044")
  %".1049" = add i64 %".90", 8
  %".1050" = getelementptr inbounds float, ptr %".8", i64 %".1049"
  %".1051" = load <8 x float>, ptr %".1050", align 4
  %".1052" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".984", <8 x float> %".1051", <8 x float> %".1048")
  %".1053" = add i64 %".93", 8
  %".1054" = getelementptr inbounds float, ptr %".8", i64 %".1053"
  %".1055" = load <8 x float>, ptr %".1054", align 4
  %".1056" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".989", <8 x float> %".1055", <8 x float> %".1052")
  %".1057" = add i64 %".96", 8
  %".1058" = getelementptr inbounds float, ptr %".8", i64 %".1057"
  %".1059" = load <8 x float>, ptr %".1058", align 4
  %".1060" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".994", <8 x float> %".1059", <8 x float> %".1056")
  %".1061" = add i64 %".99", 8
  %".1062" = getelementptr inbounds float, ptr %".8", i64 %".1061"
  %".1063" = load <8 x float>, ptr %".1062", align 4
  %".1064" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".999", <8 x float> %".1063", <8 x float> %".1060")
  %".1065" = getelementptr inbounds float, ptr %".4", i64 %".1029"
  store <8 x float> %".1064", ptr %".1065", align 4
  %".1067" = add i64 %".954", 16
  %".1068" = getelementptr inbounds float, ptr %".4", i64 %".1067"
  %".1069" = load <8 x float>, ptr %".1068", align 4
  %".1070" = fmul afn arcp contract nsz reassoc <8 x float> %".1069", %".959"
  %".1071" = add i64 %".78", 16
  %".1072" = getelementptr inbounds float, ptr %".8", i64 %".1071"
  %".1073" = load <8 x float>, ptr %".1072", align 4
  %".1074" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".964", <8 x float> %".1073", <8 x float> %".1070")
  %".1075" = add i64 %".81", 16
  %".1076" = getelementptr inbounds float, ptr %".8", i64 %".1075"
  %".1077" = load <8 x float>, ptr %".1076", align 4
  %".1078" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".969", <8 x float> %".1077", <8 x float> %".1074")
  %".1079" = add i64 %".84", 16
  %".1080" = getelementptr inbounds float, ptr %".8", i64 %".1079"
  %".1081" = load <8 x float>, ptr %".1080", align 4
  %".1082" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".974", <8 x float> %".1081", <8 x float> %".1078")
  %".1083" = add i64 %".87", 16
  %".1084" = getelementptr inbounds float, ptr %".8", i64 %".1083"
  %".1085" = load <8 x float>, ptr %".1084", align 4
  %".1086" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".979", <8 x float> %".1085", <8 x float> %".1082")
  %".1087" = add i64 %".90", 16
  %".1088" = getelementptr inbounds float, ptr %".8", i64 %".1087"
  %".1089" = load <8 x float>, ptr %".1088", align 4
  %".1090" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".984", <8 x float> %".1089", <8 x float> %".1086")
  %".1091" = add i64 %".93", 16
  %".1092" = getelementptr inbounds float, ptr %".8", i64 %".1091"
  %".1093" = load <8 x float>, ptr %".1092", align 4
  %".1094" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".989", <8 x float> %".1093", <8 x float> %".1090")
  %".1095" = add i64 %".96", 16
  %".1096" = getelementptr inbounds float, ptr %".8", i64 %".1095"
  %".1097" = load <8 x float>, ptr %".1096", align 4
  %".1098" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".994", <8 x float> %".1097", <8 x float> %".1094")
  %".1099" = add i64 %".99", 16
  %".1100" = getelementptr inbounds float, ptr %".8", i64 %".1099"
  %".1101" = load <8 x float>, ptr %".1100", align 4
  %".1102" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".999", <8 x float> %".1101", <8 x float> %".1098")
  %".1103" = getelementptr inbounds float, ptr %".4", i64 %".1067"
  store <8 x float> %".1102", ptr %".1103", align 4
  %".1105" = add i64 %".954", 24
  %".1106" = getelementptr inbounds float, ptr %".4", i64 %".1105"
  %".1107" = load <8 x float>, ptr %".1106", align 4
  %".1108" = fmul afn arcp contract nsz reassoc <8 x float> %".1107", %".959"
  %".1109" = add i64 %".78", 24
  %".1110" = getelementptr inbounds float, ptr %".8", i64 %".1109"
  %".1111" = load <8 x float>, ptr %".1110", align 4
  %".1112" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".964", <8 x float> %".1111", <8 x float> %".1108")
  %".1113" = add i64 %".81", 24
  %".1114" = getelementptr inbounds float, ptr %".8", i64 %".1113"
  %".1115" = load <8 x float>, ptr %".1114", align 4
  %".1116" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".969", <8 x float> %".1115", <8 x float> %".1112")
  %".1117" = add i64 %".84", 24
  %".1118" = getelementptr inbounds float, ptr %".8", i64 %".1117"
  %".1119" = load <8 x float>, ptr %".1118", align 4
  %".1120" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".974", <8 x float> %".1119", <8 x float> %".1116")
  %".1121" = add i64 %".87", 24
  %".1122" = getelementptr inbounds float, ptr %".8", i64 %".1121"
  %".1123" = load <8 x float>, ptr %".1122", align 4
  %".1124" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".979", <8 x float> %".1123", <8 x float> %".1120")
  %".1125" = add i64 %".90", 24
  %".1126" = getelementptr inbounds float, ptr %".8", i64 %".1125"
  %".1127" = load <8 x float>, ptr %".1126", align 4
  %".1128" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".984", <8 x float> %".1127", <8 x float> %".1124")
  %".1129" = add i64 %".93", 24
  %".1130" = getelementptr inbounds float, ptr %".8", i64 %".1129"
  %".1131" = load <8 x float>, ptr %".1130", align 4
  %".1132" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".989", <8 x float> %".1131", <8 x float> %".1128")
  %".1133" = add i64 %".96", 24
  %".1134" = getelementptr inbounds float, ptr %".8", i64 %".1133"
  %".1135" = load <8 x float>, ptr %".1134", align 4
  %".1136" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".994", <8 x float> %".1135", <8 x float> %".1132")
  %".1137" = add i64 %".99", 24
  %".1138" = getelementptr inbounds float, ptr %".8", i64 %".1137"
  %".1139" = load <8 x float>, ptr %".1138", align 4
  %".1140" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".999", <8 x float> %".1139", <8 x float> %".1136")
  %".1141" = getelementptr inbounds float, ptr %".4", i64 %".1105"
  store <8 x float> %".1140", ptr %".1141", align 4
  %"for.next.5" = add nsw i64 %"for.iv.6", 1
  br label %"for.header.6"
for.exit.6:
  %"for.next.6" = add nsw i64 %"for.iv.1", 8
  br label %"for.header.1"
for.header.7:
  %"for.iv.7" = phi  i64 [%".67", %"for.exit.1"], [%"for.next.12", %"for.exit.12"]
  %".1146" = icmp slt i64 %"for.iv.7", %".73"
  br i1 %".1146", label %"for.body.7", label %"for.exit.7"
for.body.7:
  %".1148" = mul i64 %"for.iv.7", 64
  %".1149" = add i64 %".29", %".1148"
  %".1150" = add i64 %"for.iv.7", 1
  %".1151" = mul i64 %".1150", 64
  %".1152" = add i64 %".29", %".1151"
  %".1153" = add i64 %"for.iv.7", 2
  %".1154" = mul i64 %".1153", 64
  %".1155" = add i64 %".29", %".1154"
  %".1156" = add i64 %"for.iv.7", 3
  %".1157" = mul i64 %".1156", 64
  %".1158" = add i64 %".29", %".1157"
  %".1159" = add i64 %"for.iv.7", 4
  %".1160" = mul i64 %".1159", 64
  %".1161" = add i64 %".29", %".1160"
  %".1162" = add i64 %"for.iv.7", 5
  %".1163" = mul i64 %".1162", 64
  %".1164" = add i64 %".29", %".1163"
  %".1165" = add i64 %"for.iv.7", 6
  %".1166" = mul i64 %".1165", 64
  %".1167" = add i64 %".29", %".1166"
  %".1168" = add i64 %"for.iv.7", 7
  %".1169" = mul i64 %".1168", 64
  %".1170" = add i64 %".29", %".1169"
  %".1171" = udiv i64 %".23", 2
  %".1172" = mul i64 %".1171", 2
  br label %"for.header.8"
for.exit.7:
  br label %"for.header.13"
for.header.8:
  %"for.iv.8" = phi  i64 [0, %"for.body.7"], [%"for.next.7", %"for.body.8"]
  %".1174" = icmp slt i64 %"for.iv.8", %".1172"
  br i1 %".1174", label %"for.body.8", label %"for.exit.8"
for.body.8:
  %".1176" = udiv i64 %"for.iv.8", 2
  %".1177" = urem i64 %"for.iv.8", 2
  %".1178" = add i64 %".20", %".1176"
  %".1179" = mul i64 %".18", 2
  %".1180" = add i64 %".1179", %".1177"
  %".1181" = mul i64 %".19", %".2"
  %".1182" = add i64 %".1181", %".1178"
  %".1183" = mul i64 %".1182", 4
  %".1184" = add i64 %".1183", %".1180"
  %".1185" = mul i64 %".1184", 32
  %".1186" = add i64 %"for.iv.8", 1
  %".1187" = udiv i64 %".1186", 2
  %".1188" = urem i64 %".1186", 2
  %".1189" = add i64 %".20", %".1187"
  %".1190" = add i64 %".1179", %".1188"
  %".1191" = add i64 %".1181", %".1189"
  %".1192" = mul i64 %".1191", 4
  %".1193" = add i64 %".1192", %".1190"
  %".1194" = mul i64 %".1193", 32
  %".1195" = getelementptr inbounds float, ptr %".6", i64 %".1185"
  %".1196" = load <8 x float>, ptr %".1195", align 4
  %".1197" = getelementptr inbounds float, ptr %".6", i64 %".1194"
  %".1198" = load <8 x float>, ptr %".1197", align 4
  %".1199" = getelementptr inbounds float, ptr %".7", i64 %".1149"
  %".1200" = load <8 x float>, ptr %".1199", align 4
  %".1201" = fmul afn arcp contract nsz reassoc <8 x float> %".1196", %".1200"
  %".1202" = fmul afn arcp contract nsz reassoc <8 x float> %".1198", %".1200"
  %".1203" = getelementptr inbounds float, ptr %".7", i64 %".1152"
  %".1204" = load <8 x float>, ptr %".1203", align 4
  %".1205" = fmul afn arcp contract nsz reassoc <8 x float> %".1196", %".1204"
  %".1206" = fmul afn arcp contract nsz reassoc <8 x float> %".1198", %".1204"
  %".1207" = getelementptr inbounds float, ptr %".7", i64 %".1155"
  %".1208" = load <8 x float>, ptr %".1207", align 4
  %".1209" = fmul afn arcp contract nsz reassoc <8 x float> %".1196", %".1208"
  %".1210" = fmul afn arcp contract nsz reassoc <8 x float> %".1198", %".1208"
  %".1211" = getelementptr inbounds float, ptr %".7", i64 %".1158"
  %".1212" = load <8 x float>, ptr %".1211", align 4
  %".1213" = fmul afn arcp contract nsz reassoc <8 x float> %".1196", %".1212"
  %".1214" = fmul afn arcp contract nsz reassoc <8 x float> %".1198", %".1212"
  %".1215" = getelementptr inbounds float, ptr %".7", i64 %".1161"
  %".1216" = load <8 x float>, ptr %".1215", align 4
  %".1217" = fmul afn arcp contract nsz reassoc <8 x float> %".1196", %".1216"
  %".1218" = fmul afn arcp contract nsz reassoc <8 x float> %".1198", %".1216"
  %".1219" = getelementptr inbounds float, ptr %".7", i64 %".1164"
  %".1220" = load <8 x float>, ptr %".1219", align 4
  %".1221" = fmul afn arcp contract nsz reassoc <8 x float> %".1196", %".1220"
  %".1222" = fmul afn arcp contract nsz reassoc <8 x float> %".1198", %".1220"
  %".1223" = getelementptr inbounds float, ptr %".7", i64 %".1167"
  %".1224" = load <8 x float>, ptr %".1223", align 4
  %".1225" = fmul afn arcp contract nsz reassoc <8 x float> %".1196", %".1224"
  %".1226" = fmul afn arcp contract nsz reassoc <8 x float> %".1198", %".1224"
  %".1227" = getelementptr inbounds float, ptr %".7", i64 %".1170"
  %".1228" = load <8 x float>, ptr %".1227", align 4
  %".1229" = fmul afn arcp contract nsz reassoc <8 x float> %".1196", %".1228"
  %".1230" = fmul afn arcp contract nsz reassoc <8 x float> %".1198", %".1228"
  %".1231" = add i64 %".1185", 8
  %".1232" = getelementptr inbounds float, ptr %".6", i64 %".1231"
  %".1233" = load <8 x float>, ptr %".1232", align 4
  %".1234" = add i64 %".1194", 8
  %".1235" = getelementptr inbounds float, ptr %".6", i64 %".1234"
  %".1236" = load <8 x float>, ptr %".1235", align 4
  %".1237" = add i64 %".1149", 8
  %".1238" = getelementptr inbounds float, ptr %".7", i64 %".1237"
  %".1239" = load <8 x float>, ptr %".1238", align 4
  %".1240" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1233", <8 x float> %".1239", <8 x float> %".1201")
  %".1241" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1236", <8 x float> %".1239", <8 x float> %".1202")
  %".1242" = add i64 %".1152", 8
  %".1243" = getelementptr inbounds float, ptr %".7", i64 %".1242"
  %".1244" = load <8 x float>, ptr %".1243", align 4
  %".1245" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1233", <8 x float> %".1244", <8 x float> %".1205")
  %".1246" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1236", <8 x float> %".1244", <8 x float> %".1206")
  %".1247" = add i64 %".1155", 8
  %".1248" = getelementptr inbounds float, ptr %".7", i64 %".1247"
  %".1249" = load <8 x float>, ptr %".1248", align 4
  %".1250" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1233", <8 x float> %".1249", <8 x float> %".1209")
  %".1251" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1236", <8 x float> %".1249", <8 x float> %".1210")
  %".1252" = add i64 %".1158", 8
  %".1253" = getelementptr inbounds float, ptr %".7", i64 %".1252"
  %".1254" = load <8 x float>, ptr %".1253", align 4
  %".1255" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1233", <8 x float> %".1254", <8 x float> %".1213")
  %".1256" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1236", <8 x float> %".1254", <8 x float> %".1214")
  %".1257" = add i64 %".1161", 8
  %".1258" = getelementptr inbounds float, ptr %".7", i64 %".1257"
  %".1259" = load <8 x float>, ptr %".1258", align 4
  %".1260" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1233", <8 x float> %".1259", <8 x float> %".1217")
  %".1261" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1236", <8 x float> %".1259", <8 x float> %".1218")
  %".1262" = add i64 %".1164", 8
  %".1263" = getelementptr inbounds float, ptr %".7", i64 %".1262"
  %".1264" = load <8 x float>, ptr %".1263", align 4
  %".1265" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1233", <8 x float> %".1264", <8 x float> %".1221")
  %".1266" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1236", <8 x float> %".1264", <8 x float> %".1222")
  %".1267" = add i64 %".1167", 8
  %".1268" = getelementptr inbounds float, ptr %".7", i64 %".1267"
  %".1269" = load <8 x float>, ptr %".1268", align 4
  %".1270" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1233", <8 x float> %".1269", <8 x float> %".1225")
  %".1271" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1236", <8 x float> %".1269", <8 x float> %".1226")
  %".1272" = add i64 %".1170", 8
  %".1273" = getelementptr inbounds float, ptr %".7", i64 %".1272"
  %".1274" = load <8 x float>, ptr %".1273", align 4
  %".1275" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1233", <8 x float> %".1274", <8 x float> %".1229")
  %".1276" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1236", <8 x float> %".1274", <8 x float> %".1230")
  %".1277" = add i64 %".1185", 16
  %".1278" = getelementptr inbounds float, ptr %".6", i64 %".1277"
  %".1279" = load <8 x float>, ptr %".1278", align 4
  %".1280" = add i64 %".1194", 16
  %".1281" = getelementptr inbounds float, ptr %".6", i64 %".1280"
  %".1282" = load <8 x float>, ptr %".1281", align 4
  %".1283" = add i64 %".1149", 16
  %".1284" = getelementptr inbounds float, ptr %".7", i64 %".1283"
  %".1285" = load <8 x float>, ptr %".1284", align 4
  %".1286" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1279", <8 x float> %".1285", <8 x float> %".1240")
  %".1287" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1282", <8 x float> %".1285", <8 x float> %".1241")
  %".1288" = add i64 %".1152", 16
  %".1289" = getelementptr inbounds float, ptr %".7", i64 %".1288"
  %".1290" = load <8 x float>, ptr %".1289", align 4
  %".1291" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1279", <8 x float> %".1290", <8 x float> %".1245")
  %".1292" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1282", <8 x float> %".1290", <8 x float> %".1246")
  %".1293" = add i64 %".1155", 16
  %".1294" = getelementptr inbounds float, ptr %".7", i64 %".1293"
  %".1295" = load <8 x float>, ptr %".1294", align 4
  %".1296" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1279", <8 x float> %".1295", <8 x float> %".1250")
  %".1297" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1282", <8 x float> %".1295", <8 x float> %".1251")
  %".1298" = add i64 %".1158", 16
  %".1299" = getelementptr inbounds float, ptr %".7", i64 %".1298"
  %".1300" = load <8 x float>, ptr %".1299", align 4
  %".1301" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1279", <8 x float> %".1300", <8 x float> %".1255")
  %".1302" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1282", <8 x float> %".1300", <8 x float> %".1256")
  %".1303" = add i64 %".1161", 16
  %".1304" = getelementptr inbounds float, ptr %".7", i64 %".1303"
  %".1305" = load <8 x float>, ptr %".1304", align 4
  %".1306" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1279", <8 x float> %".1305", <8 x float> %".1260")
  %".1307" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1282", <8 x float> %".1305", <8 x float> %".1261")
  %".1308" = add i64 %".1164", 16
  %".1309" = getelementptr inbounds float, ptr %".7", i64 %".1308"
  %".1310" = load <8 x float>, ptr %".1309", align 4
  %".1311" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1279", <8 x float> %".1310", <8 x float> %".1265")
  %".1312" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1282", <8 x float> %".1310", <8 x float> %".1266")
  %".1313" = add i64 %".1167", 16
  %".1314" = getelementptr inbounds float, ptr %".7", i64 %".1313"
  %".1315" = load <8 x float>, ptr %".1314", align 4
  %".1316" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1279", <8 x float> %".1315", <8 x float> %".1270")
  %".1317" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1282", <8 x float> %".1315", <8 x float> %".1271")
  %".1318" = add i64 %".1170", 16
  %".1319" = getelementptr inbounds float, ptr %".7", i64 %".1318"
  %".1320" = load <8 x float>, ptr %".1319", align 4
  %".1321" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1279", <8 x float> %".1320", <8 x float> %".1275")
  %".1322" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1282", <8 x float> %".1320", <8 x float> %".1276")
  %".1323" = add i64 %".1185", 24
  %".1324" = getelementptr inbounds float, ptr %".6", i64 %".1323"
  %".1325" = load <8 x float>, ptr %".1324", align 4
  %".1326" = add i64 %".1194", 24
  %".1327" = getelementptr inbounds float, ptr %".6", i64 %".1326"
  %".1328" = load <8 x float>, ptr %".1327", align 4
  %".1329" = add i64 %".1149", 24
  %".1330" = getelementptr inbounds float, ptr %".7", i64 %".1329"
  %".1331" = load <8 x float>, ptr %".1330", align 4
  %".1332" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1325", <8 x float> %".1331", <8 x float> %".1286")
  %".1333" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1328", <8 x float> %".1331", <8 x float> %".1287")
  %".1334" = add i64 %".1152", 24
  %".1335" = getelementptr inbounds float, ptr %".7", i64 %".1334"
  %".1336" = load <8 x float>, ptr %".1335", align 4
  %".1337" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1325", <8 x float> %".1336", <8 x float> %".1291")
  %".1338" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1328", <8 x float> %".1336", <8 x float> %".1292")
  %".1339" = add i64 %".1155", 24
  %".1340" = getelementptr inbounds float, ptr %".7", i64 %".1339"
  %".1341" = load <8 x float>, ptr %".1340", align 4
  %".1342" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1325", <8 x float> %".1341", <8 x float> %".1296")
  %".1343" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1328", <8 x float> %".1341", <8 x float> %".1297")
  %".1344" = add i64 %".1158", 24
  %".1345" = getelementptr inbounds float, ptr %".7", i64 %".1344"
  %".1346" = load <8 x float>, ptr %".1345", align 4
  %".1347" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1325", <8 x float> %".1346", <8 x float> %".1301")
  %".1348" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1328", <8 x float> %".1346", <8 x float> %".1302")
  %".1349" = add i64 %".1161", 24
  %".1350" = getelementptr inbounds float, ptr %".7", i64 %".1349"
  %".1351" = load <8 x float>, ptr %".1350", align 4
  %".1352" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1325", <8 x float> %".1351", <8 x float> %".1306")
  %".1353" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1328", <8 x float> %".1351", <8 x float> %".1307")
  %".1354" = add i64 %".1164", 24
  %".1355" = getelementptr inbounds float, ptr %".7", i64 %".1354"
  %".1356" = load <8 x float>, ptr %".1355", align 4
  %".1357" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1325", <8 x float> %".1356", <8 x float> %".1311")
  %".1358" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1328", <8 x float> %".1356", <8 x float> %".1312")
  %".1359" = add i64 %".1167", 24
  %".1360" = getelementptr inbounds float, ptr %".7", i64 %".1359"
  %".1361" = load <8 x float>, ptr %".1360", align 4
  %".1362" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1325", <8 x float> %".1361", <8 x float> %".1316")
  %".1363" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1328", <8 x float> %".1361", <8 x float> %".1317")
  %".1364" = add i64 %".1170", 24
  %".1365" = getelementptr inbounds float, ptr %".7", i64 %".1364"
  %".1366" = load <8 x float>, ptr %".1365", align 4
  %".1367" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1325", <8 x float> %".1366", <8 x float> %".1321")
  %".1368" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1328", <8 x float> %".1366", <8 x float> %".1322")
  %".1369" = shufflevector <8 x float> %".1332", <8 x float> %".1337", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1370" = shufflevector <8 x float> %".1332", <8 x float> %".1337", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1371" = fadd afn arcp contract nsz reassoc <8 x float> %".1369", %".1370"
  %".1372" = shufflevector <8 x float> %".1342", <8 x float> %".1347", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1373" = shufflevector <8 x float> %".1342", <8 x float> %".1347", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1374" = fadd afn arcp contract nsz reassoc <8 x float> %".1372", %".1373"
  %".1375" = shufflevector <8 x float> %".1352", <8 x float> %".1357", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1376" = shufflevector <8 x float> %".1352", <8 x float> %".1357", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1377" = fadd afn arcp contract nsz reassoc <8 x float> %".1375", %".1376"
  %".1378" = shufflevector <8 x float> %".1362", <8 x float> %".1367", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1379" = shufflevector <8 x float> %".1362", <8 x float> %".1367", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1380" = fadd afn arcp contract nsz reassoc <8 x float> %".1378", %".1379"
  %".1381" = shufflevector <8 x float> %".1371", <8 x float> %".1374", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1382" = shufflevector <8 x float> %".1371", <8 x float> %".1374", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1383" = fadd afn arcp contract nsz reassoc <8 x float> %".1381", %".1382"
  %".1384" = shufflevector <8 x float> %".1377", <8 x float> %".1380", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1385" = shufflevector <8 x float> %".1377", <8 x float> %".1380", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1386" = fadd afn arcp contract nsz reassoc <8 x float> %".1384", %".1385"
  %".1387" = shufflevector <8 x float> %".1383", <8 x float> %".1386", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".1388" = shufflevector <8 x float> %".1383", <8 x float> %".1386", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".1389" = fadd afn arcp contract nsz reassoc <8 x float> %".1387", %".1388"
  %".1390" = fmul afn arcp contract nsz reassoc <8 x float> %".1389", %".33"
  %".1391" = mul i64 %"for.iv.8", 8
  %".1392" = getelementptr inbounds float, ptr %".25", i64 %".1391"
  store <8 x float> %".1390", ptr %".1392", align 4
  %".1394" = shufflevector <8 x float> %".1333", <8 x float> %".1338", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1395" = shufflevector <8 x float> %".1333", <8 x float> %".1338", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1396" = fadd afn arcp contract nsz reassoc <8 x float> %".1394", %".1395"
  %".1397" = shufflevector <8 x float> %".1343", <8 x float> %".1348", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1398" = shufflevector <8 x float> %".1343", <8 x float> %".1348", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1399" = fadd afn arcp contract nsz reassoc <8 x float> %".1397", %".1398"
  %".1400" = shufflevector <8 x float> %".1353", <8 x float> %".1358", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1401" = shufflevector <8 x float> %".1353", <8 x float> %".1358", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1402" = fadd afn arcp contract nsz reassoc <8 x float> %".1400", %".1401"
  %".1403" = shufflevector <8 x float> %".1363", <8 x float> %".1368", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1404" = shufflevector <8 x float> %".1363", <8 x float> %".1368", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1405" = fadd afn arcp contract nsz reassoc <8 x float> %".1403", %".1404"
  %".1406" = shufflevector <8 x float> %".1396", <8 x float> %".1399", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1407" = shufflevector <8 x float> %".1396", <8 x float> %".1399", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1408" = fadd afn arcp contract nsz reassoc <8 x float> %".1406", %".1407"
  %".1409" = shufflevector <8 x float> %".1402", <8 x float> %".1405", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1410" = shufflevector <8 x float> %".1402", <8 x float> %".1405", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1411" = fadd afn arcp contract nsz reassoc <8 x float> %".1409", %".1410"
  %".1412" = shufflevector <8 x float> %".1408", <8 x float> %".1411", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".1413" = shufflevector <8 x float> %".1408", <8 x float> %".1411", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".1414" = fadd afn arcp contract nsz reassoc <8 x float> %".1412", %".1413"
  %".1415" = fmul afn arcp contract nsz reassoc <8 x float> %".1414", %".33"
  %".1416" = mul i64 %".1186", 8
  %".1417" = getelementptr inbounds float, ptr %".25", i64 %".1416"
  store <8 x float> %".1415", ptr %".1417", align 4
  %"for.next.7" = add nsw i64 %"for.iv.8", 2
  br label %"for.header.8"
for.exit.8:
  br label %"for.header.9"
for.header.9:
  %"for.iv.9" = phi  i64 [%".1172", %"for.exit.8"], [%"for.next.8", %"for.body.9"]
  %".1421" = icmp slt i64 %"for.iv.9", %".23"
  br i1 %".1421", label %"for.body.9", label %"for.exit.9"
for.body.9:
  %".1423" = udiv i64 %"for.iv.9", 2
  %".1424" = urem i64 %"for.iv.9", 2
  %".1425" = add i64 %".20", %".1423"
  %".1426" = mul i64 %".18", 2
  %".1427" = add i64 %".1426", %".1424"
  %".1428" = mul i64 %".19", %".2"
  %".1429" = add i64 %".1428", %".1425"
  %".1430" = mul i64 %".1429", 4
  %".1431" = add i64 %".1430", %".1427"
  %".1432" = mul i64 %".1431", 32
  %".1433" = getelementptr inbounds float, ptr %".6", i64 %".1432"
  %".1434" = load <8 x float>, ptr %".1433", align 4
  %".1435" = getelementptr inbounds float, ptr %".7", i64 %".1149"
  %".1436" = load <8 x float>, ptr %".1435", align 4
  %".1437" = fmul afn arcp contract nsz reassoc <8 x float> %".1434", %".1436"
  %".1438" = getelementptr inbounds float, ptr %".7", i64 %".1152"
  %".1439" = load <8 x float>, ptr %".1438", align 4
  %".1440" = fmul afn arcp contract nsz reassoc <8 x float> %".1434", %".1439"
  %".1441" = getelementptr inbounds float, ptr %".7", i64 %".1155"
  %".1442" = load <8 x float>, ptr %".1441", align 4
  %".1443" = fmul afn arcp contract nsz reassoc <8 x float> %".1434", %".1442"
  %".1444" = getelementptr inbounds float, ptr %".7", i64 %".1158"
  %".1445" = load <8 x float>, ptr %".1444", align 4
  %".1446" = fmul afn arcp contract nsz reassoc <8 x float> %".1434", %".1445"
  %".1447" = getelementptr inbounds float, ptr %".7", i64 %".1161"
  %".1448" = load <8 x float>, ptr %".1447", align 4
  %".1449" = fmul afn arcp contract nsz reassoc <8 x float> %".1434", %".1448"
  %".1450" = getelementptr inbounds float, ptr %".7", i64 %".1164"
  %".1451" = load <8 x float>, ptr %".1450", align 4
  %".1452" = fmul afn arcp contract nsz reassoc <8 x float> %".1434", %".1451"
  %".1453" = getelementptr inbounds float, ptr %".7", i64 %".1167"
  %".1454" = load <8 x float>, ptr %".1453", align 4
  %".1455" = fmul afn arcp contract nsz reassoc <8 x float> %".1434", %".1454"
  %".1456" = getelementptr inbounds float, ptr %".7", i64 %".1170"
  %".1457" = load <8 x float>, ptr %".1456", align 4
  %".1458" = fmul afn arcp contract nsz reassoc <8 x float> %".1434", %".1457"
  %".1459" = add i64 %".1432", 8
  %".1460" = getelementptr inbounds float, ptr %".6", i64 %".1459"
  %".1461" = load <8 x float>, ptr %".1460", align 4
  %".1462" = add i64 %".1149", 8
  %".1463" = getelementptr inbounds float, ptr %".7", i64 %".1462"
  %".1464" = load <8 x float>, ptr %".1463", align 4
  %".1465" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1461", <8 x float> %".1464", <8 x float> %".1437")
  %".1466" = add i64 %".1152", 8
  %".1467" = getelementptr inbounds float, ptr %".7", i64 %".1466"
  %".1468" = load <8 x float>, ptr %".1467", align 4
  %".1469" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1461", <8 x float> %".1468", <8 x float> %".1440")
  %".1470" = add i64 %".1155", 8
  %".1471" = getelementptr inbounds float, ptr %".7", i64 %".1470"
  %".1472" = load <8 x float>, ptr %".1471", align 4
  %".1473" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1461", <8 x float> %".1472", <8 x float> %".1443")
  %".1474" = add i64 %".1158", 8
  %".1475" = getelementptr inbounds float, ptr %".7", i64 %".1474"
  %".1476" = load <8 x float>, ptr %".1475", align 4
  %".1477" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1461", <8 x float> %".1476", <8 x float> %".1446")
  %".1478" = add i64 %".1161", 8
  %".1479" = getelementptr inbounds float, ptr %".7", i64 %".1478"
  %".1480" = load <8 x float>, ptr %".1479", align 4
  %".1481" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1461", <8 x float> %".1480", <8 x float> %".1449")
  %".1482" = add i64 %".1164", 8
  %".1483" = getelementptr inbounds float, ptr %".7", i64 %".1482"
  %".1484" = load <8 x float>, ptr %".1483", align 4
  %".1485" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1461", <8 x float> %".1484", <8 x float> %".1452")
  %".1486" = add i64 %".1167", 8
  %".1487" = getelementptr inbounds float, ptr %".7", i64 %".1486"
  %".1488" = load <8 x float>, ptr %".1487", align 4
  %".1489" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1461", <8 x float> %".1488", <8 x float> %".1455")
  %".1490" = add i64 %".1170", 8
  %".1491" = getelementptr inbounds float, ptr %".7", i64 %".1490"
  %".1492" = load <8 x float>, ptr %".1491", align 4
  %".1493" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1461", <8 x float> %".1492", <8 x float> %".1458")
  %".1494" = add i64 %".1432", 16
  %".1495" = getelementptr inbounds float, ptr %".6", i64 %".1494"
  %".1496" = load <8 x float>, ptr %".1495", align 4
  %".1497" = add i64 %".1149", 16
  %".1498" = getelementptr inbounds float, ptr %".7", i64 %".1497"
  %".1499" = load <8 x float>, ptr %".1498", align 4
  %".1500" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1496", <8 x float> %".1499", <8 x float> %".1465")
  %".1501" = add i64 %".1152", 16
  %".1502" = getelementptr inbounds float, ptr %".7", i64 %".1501"
  %".1503" = load <8 x float>, ptr %".1502", align 4
  %".1504" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1496", <8 x float> %".1503", <8 x float> %".1469")
  %".1505" = add i64 %".1155", 16
  %".1506" = getelementptr inbounds float, ptr %".7", i64 %".1505"
  %".1507" = load <8 x float>, ptr %".1506", align 4
  %".1508" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1496", <8 x float> %".1507", <8 x float> %".1473")
  %".1509" = add i64 %".1158", 16
  %".1510" = getelementptr inbounds float, ptr %".7", i64 %".1509"
  %".1511" = load <8 x float>, ptr %".1510", align 4
  %".1512" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1496", <8 x float> %".1511", <8 x float> %".1477")
  %".1513" = add i64 %".1161", 16
  %".1514" = getelementptr inbounds float, ptr %".7", i64 %".1513"
  %".1515" = load <8 x float>, ptr %".1514", align 4
  %".1516" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1496", <8 x float> %".1515", <8 x float> %".1481")
  %".1517" = add i64 %".1164", 16
  %".1518" = getelementptr inbounds float, ptr %".7", i64 %".1517"
  %".1519" = load <8 x float>, ptr %".1518", align 4
  %".1520" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1496", <8 x float> %".1519", <8 x float> %".1485")
  %".1521" = add i64 %".1167", 16
  %".1522" = getelementptr inbounds float, ptr %".7", i64 %".1521"
  %".1523" = load <8 x float>, ptr %".1522", align 4
  %".1524" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1496", <8 x float> %".1523", <8 x float> %".1489")
  %".1525" = add i64 %".1170", 16
  %".1526" = getelementptr inbounds float, ptr %".7", i64 %".1525"
  %".1527" = load <8 x float>, ptr %".1526", align 4
  %".1528" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1496", <8 x float> %".1527", <8 x float> %".1493")
  %".1529" = add i64 %".1432", 24
  %".1530" = getelementptr inbounds float, ptr %".6", i64 %".1529"
  %".1531" = load <8 x float>, ptr %".1530", align 4
  %".1532" = add i64 %".1149", 24
  %".1533" = getelementptr inbounds float, ptr %".7", i64 %".1532"
  %".1534" = load <8 x float>, ptr %".1533", align 4
  %".1535" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1531", <8 x float> %".1534", <8 x float> %".1500")
  %".1536" = add i64 %".1152", 24
  %".1537" = getelementptr inbounds float, ptr %".7", i64 %".1536"
  %".1538" = load <8 x float>, ptr %".1537", align 4
  %".1539" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1531", <8 x float> %".1538", <8 x float> %".1504")
  %".1540" = add i64 %".1155", 24
  %".1541" = getelementptr inbounds float, ptr %".7", i64 %".1540"
  %".1542" = load <8 x float>, ptr %".1541", align 4
  %".1543" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1531", <8 x float> %".1542", <8 x float> %".1508")
  %".1544" = add i64 %".1158", 24
  %".1545" = getelementptr inbounds float, ptr %".7", i64 %".1544"
  %".1546" = load <8 x float>, ptr %".1545", align 4
  %".1547" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1531", <8 x float> %".1546", <8 x float> %".1512")
  %".1548" = add i64 %".1161", 24
  %".1549" = getelementptr inbounds float, ptr %".7", i64 %".1548"
  %".1550" = load <8 x float>, ptr %".1549", align 4
  %".1551" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1531", <8 x float> %".1550", <8 x float> %".1516")
  %".1552" = add i64 %".1164", 24
  %".1553" = getelementptr inbounds float, ptr %".7", i64 %".1552"
  %".1554" = load <8 x float>, ptr %".1553", align 4
  %".1555" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1531", <8 x float> %".1554", <8 x float> %".1520")
  %".1556" = add i64 %".1167", 24
  %".1557" = getelementptr inbounds float, ptr %".7", i64 %".1556"
  %".1558" = load <8 x float>, ptr %".1557", align 4
  %".1559" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1531", <8 x float> %".1558", <8 x float> %".1524")
  %".1560" = add i64 %".1170", 24
  %".1561" = getelementptr inbounds float, ptr %".7", i64 %".1560"
  %".1562" = load <8 x float>, ptr %".1561", align 4
  %".1563" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1531", <8 x float> %".1562", <8 x float> %".1528")
  %".1564" = shufflevector <8 x float> %".1535", <8 x float> %".1539", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1565" = shufflevector <8 x float> %".1535", <8 x float> %".1539", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1566" = fadd afn arcp contract nsz reassoc <8 x float> %".1564", %".1565"
  %".1567" = shufflevector <8 x float> %".1543", <8 x float> %".1547", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1568" = shufflevector <8 x float> %".1543", <8 x float> %".1547", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1569" = fadd afn arcp contract nsz reassoc <8 x float> %".1567", %".1568"
  %".1570" = shufflevector <8 x float> %".1551", <8 x float> %".1555", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1571" = shufflevector <8 x float> %".1551", <8 x float> %".1555", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1572" = fadd afn arcp contract nsz reassoc <8 x float> %".1570", %".1571"
  %".1573" = shufflevector <8 x float> %".1559", <8 x float> %".1563", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1574" = shufflevector <8 x float> %".1559", <8 x float> %".1563", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1575" = fadd afn arcp contract nsz reassoc <8 x float> %".1573", %".1574"
  %".1576" = shufflevector <8 x float> %".1566", <8 x float> %".1569", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1577" = shufflevector <8 x float> %".1566", <8 x float> %".1569", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1578" = fadd afn arcp contract nsz reassoc <8 x float> %".1576", %".1577"
  %".1579" = shufflevector <8 x float> %".1572", <8 x float> %".1575", <8 x i32> <i32 0, i32 2, i32 8, i32 10, i32 4, i32 6, i32 12, i32 14>
  %".1580" = shufflevector <8 x float> %".1572", <8 x float> %".1575", <8 x i32> <i32 1, i32 3, i32 9, i32 11, i32 5, i32 7, i32 13, i32 15>
  %".1581" = fadd afn arcp contract nsz reassoc <8 x float> %".1579", %".1580"
  %".1582" = shufflevector <8 x float> %".1578", <8 x float> %".1581", <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %".1583" = shufflevector <8 x float> %".1578", <8 x float> %".1581", <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %".1584" = fadd afn arcp contract nsz reassoc <8 x float> %".1582", %".1583"
  %".1585" = fmul afn arcp contract nsz reassoc <8 x float> %".1584", %".33"
  %".1586" = mul i64 %"for.iv.9", 8
  %".1587" = getelementptr inbounds float, ptr %".25", i64 %".1586"
  store <8 x float> %".1585", ptr %".1587", align 4
  %"for.next.8" = add nsw i64 %"for.iv.9", 1
  br label %"for.header.9"
for.exit.9:
  br label %"for.header.10"
for.header.10:
  %"for.iv.10" = phi  i64 [0, %"for.exit.9"], [%"for.next.9", %"for.body.10"]
  %".1591" = icmp slt i64 %"for.iv.10", %".23"
  br i1 %".1591", label %"for.body.10", label %"for.exit.10"
for.body.10:
  %".1593" = mul i64 %"for.iv.10", 8
  %".1594" = getelementptr inbounds float, ptr %".25", i64 %".1593"
  %".1595" = load <8 x float>, ptr %".1594", align 4
  %".1596" = udiv i64 %"for.iv.10", 2
  %".1597" = urem i64 %"for.iv.10", 2
  %".1598" = add i64 %".20", %".1596"
  %".1599" = mul i64 %".18", 2
  %".1600" = add i64 %".1599", %".1597"
  %".1601" = mul i64 %".19", %".2"
  %".1602" = add i64 %".1601", %".1598"
  %".1603" = mul i64 %".1602", 4
  %".1604" = add i64 %".1603", %".1600"
  %".1605" = add i64 %".5", %".1598"
  %".1606" = add i64 %".1605", 1
  %".1607" = sub i64 %".1606", %"for.iv.7"
  %".1608" = sitofp i64 %".1607" to float
  %".1609" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1608", i32 0
  %".1610" = shufflevector <8 x float> %".1609", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1611" = fcmp olt <8 x float> <float              0x0, float 0x3ff0000000000000, float 0x4000000000000000, float 0x4008000000000000, float 0x4010000000000000, float 0x4014000000000000, float 0x4018000000000000, float 0x401c000000000000>, %".1610"
  %".1612" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0xc6293e5940000000, i32 0
  %".1613" = shufflevector <8 x float> %".1612", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1614" = select  <8 x i1> %".1611", <8 x float> %".1595", <8 x float> %".1613"
  %".1615" = getelementptr inbounds float, ptr %".24", i64 %"for.iv.10"
  %".1616" = load float, ptr %".1615", align 4
  %".1617" = call afn arcp contract nsz reassoc float @"llvm.vector.reduce.fmax.v8f32"(<8 x float> %".1614")
  %".1618" = fcmp ogt float %".1616", %".1617"
  %".1619" = select  i1 %".1618", float %".1616", float %".1617"
  %".1620" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1619", i32 0
  %".1621" = shufflevector <8 x float> %".1620", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1622" = fsub afn arcp contract nsz reassoc <8 x float> %".1614", %".1621"
  %".1623" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0xc055c00000000000, i32 0
  %".1624" = shufflevector <8 x float> %".1623", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1625" = fcmp ogt <8 x float> %".1622", %".1624"
  %".1626" = select  <8 x i1> %".1625", <8 x float> %".1622", <8 x float> %".1624"
  %".1627" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0x4056000000000000, i32 0
  %".1628" = shufflevector <8 x float> %".1627", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1629" = fcmp olt <8 x float> %".1626", %".1628"
  %".1630" = select  <8 x i1> %".1629", <8 x float> %".1626", <8 x float> %".1628"
  %".1631" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".1630", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".1632" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".1631", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".1633" = fmul contract <8 x float> %".1632", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".1634" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".1633")
  %".1635" = fmul contract <8 x float> %".1634", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".1636" = fsub contract <8 x float> %".1632", %".1635"
  %".1637" = fmul contract <8 x float> %".1634", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".1638" = fsub contract <8 x float> %".1636", %".1637"
  %".1639" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".1638"
  %".1640" = fadd contract <8 x float> %".1639", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".1641" = fmul contract <8 x float> %".1640", %".1638"
  %".1642" = fadd contract <8 x float> %".1641", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".1643" = fmul contract <8 x float> %".1642", %".1638"
  %".1644" = fadd contract <8 x float> %".1643", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".1645" = fmul contract <8 x float> %".1644", %".1638"
  %".1646" = fadd contract <8 x float> %".1645", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".1647" = fmul contract <8 x float> %".1646", %".1638"
  %".1648" = fadd contract <8 x float> %".1647", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".1649" = fmul contract <8 x float> %".1638", %".1638"
  %".1650" = fmul contract <8 x float> %".1648", %".1649"
  %".1651" = fadd contract <8 x float> %".1650", %".1638"
  %".1652" = fadd contract <8 x float> %".1651", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".1653" = fptosi <8 x float> %".1634" to <8 x i32>
  %".1654" = shl <8 x i32> %".1653", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".1655" = bitcast <8 x float> %".1652" to <8 x i32>
  %".1656" = add <8 x i32> %".1655", %".1654"
  %".1657" = bitcast <8 x i32> %".1656" to <8 x float>
  %".1658" = fcmp olt <8 x float> %".1630", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".1659" = select  <8 x i1> %".1658", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".1657"
  %".1660" = fcmp ogt <8 x float> %".1630", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".1661" = select  <8 x i1> %".1660", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".1659"
  %".1662" = fcmp uno <8 x float> %".1630", %".1630"
  %".1663" = select  <8 x i1> %".1662", <8 x float> %".1630", <8 x float> %".1661"
  %".1664" = select  <8 x i1> %".1611", <8 x float> %".1663", <8 x float> %".31"
  %".1665" = fsub afn arcp contract nsz reassoc float %".1616", %".1619"
  %".1666" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1665", i32 0
  %".1667" = shufflevector <8 x float> %".1666", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1668" = fcmp ogt <8 x float> %".1667", %".1624"
  %".1669" = select  <8 x i1> %".1668", <8 x float> %".1667", <8 x float> %".1624"
  %".1670" = fcmp olt <8 x float> %".1669", %".1628"
  %".1671" = select  <8 x i1> %".1670", <8 x float> %".1669", <8 x float> %".1628"
  %".1672" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".1671", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".1673" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".1672", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".1674" = fmul contract <8 x float> %".1673", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".1675" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".1674")
  %".1676" = fmul contract <8 x float> %".1675", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".1677" = fsub contract <8 x float> %".1673", %".1676"
  %".1678" = fmul contract <8 x float> %".1675", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".1679" = fsub contract <8 x float> %".1677", %".1678"
  %".1680" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".1679"
  %".1681" = fadd contract <8 x float> %".1680", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".1682" = fmul contract <8 x float> %".1681", %".1679"
  %".1683" = fadd contract <8 x float> %".1682", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".1684" = fmul contract <8 x float> %".1683", %".1679"
  %".1685" = fadd contract <8 x float> %".1684", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".1686" = fmul contract <8 x float> %".1685", %".1679"
  %".1687" = fadd contract <8 x float> %".1686", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".1688" = fmul contract <8 x float> %".1687", %".1679"
  %".1689" = fadd contract <8 x float> %".1688", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".1690" = fmul contract <8 x float> %".1679", %".1679"
  %".1691" = fmul contract <8 x float> %".1689", %".1690"
  %".1692" = fadd contract <8 x float> %".1691", %".1679"
  %".1693" = fadd contract <8 x float> %".1692", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".1694" = fptosi <8 x float> %".1675" to <8 x i32>
  %".1695" = shl <8 x i32> %".1694", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".1696" = bitcast <8 x float> %".1693" to <8 x i32>
  %".1697" = add <8 x i32> %".1696", %".1695"
  %".1698" = bitcast <8 x i32> %".1697" to <8 x float>
  %".1699" = fcmp olt <8 x float> %".1671", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".1700" = select  <8 x i1> %".1699", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".1698"
  %".1701" = fcmp ogt <8 x float> %".1671", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".1702" = select  <8 x i1> %".1701", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".1700"
  %".1703" = fcmp uno <8 x float> %".1671", %".1671"
  %".1704" = select  <8 x i1> %".1703", <8 x float> %".1671", <8 x float> %".1702"
  %".1705" = extractelement <8 x float> %".1704", i64 0
  %".1706" = getelementptr inbounds float, ptr %".25", i64 %".1593"
  store <8 x float> %".1664", ptr %".1706", align 4
  %".1708" = getelementptr inbounds float, ptr %".24", i64 %"for.iv.10"
  store float %".1619", ptr %".1708", align 4
  %".1710" = add i64 %"for.iv.10", 32
  %".1711" = getelementptr inbounds float, ptr %".24", i64 %".1710"
  %".1712" = load float, ptr %".1711", align 4
  %".1713" = fmul afn arcp contract nsz reassoc float %".1712", %".1705"
  %".1714" = call afn arcp contract nsz reassoc float @"llvm.vector.reduce.fadd.v8f32"(float 0x8000000000000000, <8 x float> %".1664")
  %".1715" = fadd afn arcp contract nsz reassoc float %".1713", %".1714"
  %".1716" = getelementptr inbounds float, ptr %".24", i64 %".1710"
  store float %".1715", ptr %".1716", align 4
  %".1718" = add i64 %"for.iv.10", 64
  %".1719" = getelementptr inbounds float, ptr %".24", i64 %".1718"
  store float %".1705", ptr %".1719", align 4
  %"for.next.9" = add nsw i64 %"for.iv.10", 1
  br label %"for.header.10"
for.exit.10:
  br label %"for.header.11"
for.header.11:
  %"for.iv.11" = phi  i64 [0, %"for.exit.10"], [%"for.next.10", %"for.body.11"]
  %".1723" = icmp slt i64 %"for.iv.11", %".1172"
  br i1 %".1723", label %"for.body.11", label %"for.exit.11"
for.body.11:
  %".1725" = add i64 %"for.iv.11", 1
  %".1726" = udiv i64 %"for.iv.11", 2
  %".1727" = urem i64 %"for.iv.11", 2
  %".1728" = add i64 %".20", %".1726"
  %".1729" = mul i64 %".18", 2
  %".1730" = add i64 %".1729", %".1727"
  %".1731" = mul i64 %".19", %".2"
  %".1732" = add i64 %".1731", %".1728"
  %".1733" = mul i64 %".1732", 4
  %".1734" = add i64 %".1733", %".1730"
  %".1735" = mul i64 %".1734", 32
  %".1736" = udiv i64 %".1725", 2
  %".1737" = urem i64 %".1725", 2
  %".1738" = add i64 %".20", %".1736"
  %".1739" = add i64 %".1729", %".1737"
  %".1740" = add i64 %".1731", %".1738"
  %".1741" = mul i64 %".1740", 4
  %".1742" = add i64 %".1741", %".1739"
  %".1743" = mul i64 %".1742", 32
  %".1744" = add i64 %"for.iv.11", 64
  %".1745" = getelementptr inbounds float, ptr %".24", i64 %".1744"
  %".1746" = load float, ptr %".1745", align 4
  %".1747" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1746", i32 0
  %".1748" = shufflevector <8 x float> %".1747", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1749" = add i64 %".1725", 64
  %".1750" = getelementptr inbounds float, ptr %".24", i64 %".1749"
  %".1751" = load float, ptr %".1750", align 4
  %".1752" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1751", i32 0
  %".1753" = shufflevector <8 x float> %".1752", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1754" = mul i64 %"for.iv.11", 8
  %".1755" = getelementptr inbounds float, ptr %".25", i64 %".1754"
  %".1756" = load float, ptr %".1755", align 4
  %".1757" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1756", i32 0
  %".1758" = shufflevector <8 x float> %".1757", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1759" = add i64 %".1754", 1
  %".1760" = getelementptr inbounds float, ptr %".25", i64 %".1759"
  %".1761" = load float, ptr %".1760", align 4
  %".1762" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1761", i32 0
  %".1763" = shufflevector <8 x float> %".1762", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1764" = add i64 %".1754", 2
  %".1765" = getelementptr inbounds float, ptr %".25", i64 %".1764"
  %".1766" = load float, ptr %".1765", align 4
  %".1767" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1766", i32 0
  %".1768" = shufflevector <8 x float> %".1767", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1769" = add i64 %".1754", 3
  %".1770" = getelementptr inbounds float, ptr %".25", i64 %".1769"
  %".1771" = load float, ptr %".1770", align 4
  %".1772" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1771", i32 0
  %".1773" = shufflevector <8 x float> %".1772", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1774" = add i64 %".1754", 4
  %".1775" = getelementptr inbounds float, ptr %".25", i64 %".1774"
  %".1776" = load float, ptr %".1775", align 4
  %".1777" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1776", i32 0
  %".1778" = shufflevector <8 x float> %".1777", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1779" = add i64 %".1754", 5
  %".1780" = getelementptr inbounds float, ptr %".25", i64 %".1779"
  %".1781" = load float, ptr %".1780", align 4
  %".1782" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1781", i32 0
  %".1783" = shufflevector <8 x float> %".1782", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1784" = add i64 %".1754", 6
  %".1785" = getelementptr inbounds float, ptr %".25", i64 %".1784"
  %".1786" = load float, ptr %".1785", align 4
  %".1787" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1786", i32 0
  %".1788" = shufflevector <8 x float> %".1787", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1789" = add i64 %".1754", 7
  %".1790" = getelementptr inbounds float, ptr %".25", i64 %".1789"
  %".1791" = load float, ptr %".1790", align 4
  %".1792" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1791", i32 0
  %".1793" = shufflevector <8 x float> %".1792", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1794" = mul i64 %".1725", 8
  %".1795" = getelementptr inbounds float, ptr %".25", i64 %".1794"
  %".1796" = load float, ptr %".1795", align 4
  %".1797" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1796", i32 0
  %".1798" = shufflevector <8 x float> %".1797", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1799" = add i64 %".1794", 1
  %".1800" = getelementptr inbounds float, ptr %".25", i64 %".1799"
  %".1801" = load float, ptr %".1800", align 4
  %".1802" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1801", i32 0
  %".1803" = shufflevector <8 x float> %".1802", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1804" = add i64 %".1794", 2
  %".1805" = getelementptr inbounds float, ptr %".25", i64 %".1804"
  %".1806" = load float, ptr %".1805", align 4
  %".1807" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1806", i32 0
  %".1808" = shufflevector <8 x float> %".1807", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1809" = add i64 %".1794", 3
  %".1810" = getelementptr inbounds float, ptr %".25", i64 %".1809"
  %".1811" = load float, ptr %".1810", align 4
  %".1812" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1811", i32 0
  %".1813" = shufflevector <8 x float> %".1812", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1814" = add i64 %".1794", 4
  %".1815" = getelementptr inbounds float, ptr %".25", i64 %".1814"
  %".1816" = load float, ptr %".1815", align 4
  %".1817" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1816", i32 0
  %".1818" = shufflevector <8 x float> %".1817", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1819" = add i64 %".1794", 5
  %".1820" = getelementptr inbounds float, ptr %".25", i64 %".1819"
  %".1821" = load float, ptr %".1820", align 4
  %".1822" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1821", i32 0
  %".1823" = shufflevector <8 x float> %".1822", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1824" = add i64 %".1794", 6
  %".1825" = getelementptr inbounds float, ptr %".25", i64 %".1824"
  %".1826" = load float, ptr %".1825", align 4
  %".1827" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1826", i32 0
  %".1828" = shufflevector <8 x float> %".1827", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1829" = add i64 %".1794", 7
  %".1830" = getelementptr inbounds float, ptr %".25", i64 %".1829"
  %".1831" = load float, ptr %".1830", align 4
  %".1832" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".1831", i32 0
  %".1833" = shufflevector <8 x float> %".1832", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".1834" = getelementptr inbounds float, ptr %".4", i64 %".1735"
  %".1835" = load <8 x float>, ptr %".1834", align 4
  %".1836" = fmul afn arcp contract nsz reassoc <8 x float> %".1835", %".1748"
  %".1837" = getelementptr inbounds float, ptr %".4", i64 %".1743"
  %".1838" = load <8 x float>, ptr %".1837", align 4
  %".1839" = fmul afn arcp contract nsz reassoc <8 x float> %".1838", %".1753"
  %".1840" = getelementptr inbounds float, ptr %".8", i64 %".1149"
  %".1841" = load <8 x float>, ptr %".1840", align 4
  %".1842" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1758", <8 x float> %".1841", <8 x float> %".1836")
  %".1843" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1798", <8 x float> %".1841", <8 x float> %".1839")
  %".1844" = getelementptr inbounds float, ptr %".8", i64 %".1152"
  %".1845" = load <8 x float>, ptr %".1844", align 4
  %".1846" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1763", <8 x float> %".1845", <8 x float> %".1842")
  %".1847" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1803", <8 x float> %".1845", <8 x float> %".1843")
  %".1848" = getelementptr inbounds float, ptr %".8", i64 %".1155"
  %".1849" = load <8 x float>, ptr %".1848", align 4
  %".1850" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1768", <8 x float> %".1849", <8 x float> %".1846")
  %".1851" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1808", <8 x float> %".1849", <8 x float> %".1847")
  %".1852" = getelementptr inbounds float, ptr %".8", i64 %".1158"
  %".1853" = load <8 x float>, ptr %".1852", align 4
  %".1854" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1773", <8 x float> %".1853", <8 x float> %".1850")
  %".1855" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1813", <8 x float> %".1853", <8 x float> %".1851")
  %".1856" = getelementptr inbounds float, ptr %".8", i64 %".1161"
  %".1857" = load <8 x float>, ptr %".1856", align 4
  %".1858" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1778", <8 x float> %".1857", <8 x float> %".1854")
  %".1859" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1818", <8 x float> %".1857", <8 x float> %".1855")
  %".1860" = getelementptr inbounds float, ptr %".8", i64 %".1164"
  %".1861" = load <8 x float>, ptr %".1860", align 4
  %".1862" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1783", <8 x float> %".1861", <8 x float> %".1858")
  %".1863" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1823", <8 x float> %".1861", <8 x float> %".1859")
  %".1864" = getelementptr inbounds float, ptr %".8", i64 %".1167"
  %".1865" = load <8 x float>, ptr %".1864", align 4
  %".1866" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1788", <8 x float> %".1865", <8 x float> %".1862")
  %".1867" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1828", <8 x float> %".1865", <8 x float> %".1863")
  %".1868" = getelementptr inbounds float, ptr %".8", i64 %".1170"
  %".1869" = load <8 x float>, ptr %".1868", align 4
  %".1870" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1793", <8 x float> %".1869", <8 x float> %".1866")
  %".1871" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1833", <8 x float> %".1869", <8 x float> %".1867")
  %".1872" = getelementptr inbounds float, ptr %".4", i64 %".1735"
  store <8 x float> %".1870", ptr %".1872", align 4
  %".1874" = getelementptr inbounds float, ptr %".4", i64 %".1743"
  store <8 x float> %".1871", ptr %".1874", align 4
  %".1876" = add i64 %".1735", 8
  %".1877" = add i64 %".1743", 8
  %".1878" = getelementptr inbounds float, ptr %".4", i64 %".1876"
  %".1879" = load <8 x float>, ptr %".1878", align 4
  %".1880" = fmul afn arcp contract nsz reassoc <8 x float> %".1879", %".1748"
  %".1881" = getelementptr inbounds float, ptr %".4", i64 %".1877"
  %".1882" = load <8 x float>, ptr %".1881", align 4
  %".1883" = fmul afn arcp contract nsz reassoc <8 x float> %".1882", %".1753"
  %".1884" = add i64 %".1149", 8
  %".1885" = getelementptr inbounds float, ptr %".8", i64 %".1884"
  %".1886" = load <8 x float>, ptr %".1885", align 4
  %".1887" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1758", <8 x float> %".1886", <8 x float> %".1880")
  %".1888" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1798", <8 x float> %".1886", <8 x float> %".1883")
  %".1889" = add i64 %".1152", 8
  %".1890" = getelementptr inbounds float, ptr %".8", i64 %".1889"
  %".1891" = load <8 x float>, ptr %".1890", align 4
  %".1892" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1763", <8 x float> %".1891", <8 x float> %".1887")
  %".1893" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1803", <8 x float> %".1891", <8 x float> %".1888")
  %".1894" = add i64 %".1155", 8
  %".1895" = getelementptr inbounds float, ptr %".8", i64 %".1894"
  %".1896" = load <8 x float>, ptr %".1895", align 4
  %".1897" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1768", <8 x float> %".1896", <8 x float> %".1892")
  %".1898" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1808", <8 x float> %".1896", <8 x float> %".1893")
  %".1899" = add i64 %".1158", 8
  %".1900" = getelementptr inbounds float, ptr %".8", i64 %".1899"
  %".1901" = load <8 x float>, ptr %".1900", align 4
  %".1902" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1773", <8 x float> %".1901", <8 x float> %".1897")
  %".1903" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1813", <8 x float> %".1901", <8 x float> %".1898")
  %".1904" = add i64 %".1161", 8
  %".1905" = getelementptr inbounds float, ptr %".8", i64 %".1904"
  %".1906" = load <8 x float>, ptr %".1905", align 4
  %".1907" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1778", <8 x float> %".1906", <8 x float> %".1902")
  %".1908" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1818", <8 x float> %".1906", <8 x float> %".1903")
  %".1909" = add i64 %".1164", 8
  %".1910" = getelementptr inbounds float, ptr %".8", i64 %".1909"
  %".1911" = load <8 x float>, ptr %".1910", align 4
  %".1912" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1783", <8 x float> %".1911", <8 x float> %".1907")
  %".1913" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1823", <8 x float> %".1911", <8 x float> %".1908")
  %".1914" = add i64 %".1167", 8
  %".1915" = getelementptr inbounds float, ptr %".8", i64 %".1914"
  %".1916" = load <8 x float>, ptr %".1915", align 4
  %".1917" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1788", <8 x float> %".1916", <8 x float> %".1912")
  %".1918" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1828", <8 x float> %".1916", <8 x float> %".1913")
  %".1919" = add i64 %".1170", 8
  %".1920" = getelementptr inbounds float, ptr %".8", i64 %".1919"
  %".1921" = load <8 x float>, ptr %".1920", align 4
  %".1922" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1793", <8 x float> %".1921", <8 x float> %".1917")
  %".1923" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1833", <8 x float> %".1921", <8 x float> %".1918")
  %".1924" = getelementptr inbounds float, ptr %".4", i64 %".1876"
  store <8 x float> %".1922", ptr %".1924", align 4
  %".1926" = getelementptr inbounds float, ptr %".4", i64 %".1877"
  store <8 x float> %".1923", ptr %".1926", align 4
  %".1928" = add i64 %".1735", 16
  %".1929" = add i64 %".1743", 16
  %".1930" = getelementptr inbounds float, ptr %".4", i64 %".1928"
  %".1931" = load <8 x float>, ptr %".1930", align 4
  %".1932" = fmul afn arcp contract nsz reassoc <8 x float> %".1931", %".1748"
  %".1933" = getelementptr inbounds float, ptr %".4", i64 %".1929"
  %".1934" = load <8 x float>, ptr %".1933", align 4
  %".1935" = fmul afn arcp contract nsz reassoc <8 x float> %".1934", %".1753"
  %".1936" = add i64 %".1149", 16
  %".1937" = getelementptr inbounds float, ptr %".8", i64 %".1936"
  %".1938" = load <8 x float>, ptr %".1937", align 4
  %".1939" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1758", <8 x float> %".1938", <8 x float> %".1932")
  %".1940" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1798", <8 x float> %".1938", <8 x float> %".1935")
  %".1941" = add i64 %".1152", 16
  %".1942" = getelementptr inbounds float, ptr %".8", i64 %".1941"
  %".1943" = load <8 x float>, ptr %".1942", align 4
  %".1944" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1763", <8 x float> %".1943", <8 x float> %".1939")
  %".1945" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1803", <8 x float> %".1943", <8 x float> %".1940")
  %".1946" = add i64 %".1155", 16
  %".1947" = getelementptr inbounds float, ptr %".8", i64 %".1946"
  %".1948" = load <8 x float>, ptr %".1947", align 4
  %".1949" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1768", <8 x float> %".1948", <8 x float> %".1944")
  %".1950" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1808", <8 x float> %".1948", <8 x float> %".1945")
  %".1951" = add i64 %".1158", 16
  %".1952" = getelementptr inbounds float, ptr %".8", i64 %".1951"
  %".1953" = load <8 x float>, ptr %".1952", align 4
  %".1954" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1773", <8 x float> %".1953", <8 x float> %".1949")
  %".1955" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1813", <8 x float> %".1953", <8 x float> %".1950")
  %".1956" = add i64 %".1161", 16
  %".1957" = getelementptr inbounds float, ptr %".8", i64 %".1956"
  %".1958" = load <8 x float>, ptr %".1957", align 4
  %".1959" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1778", <8 x float> %".1958", <8 x float> %".1954")
  %".1960" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1818", <8 x float> %".1958", <8 x float> %".1955")
  %".1961" = add i64 %".1164", 16
  %".1962" = getelementptr inbounds float, ptr %".8", i64 %".1961"
  %".1963" = load <8 x float>, ptr %".1962", align 4
  %".1964" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1783", <8 x float> %".1963", <8 x float> %".1959")
  %".1965" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1823", <8 x float> %".1963", <8 x float> %".1960")
  %".1966" = add i64 %".1167", 16
  %".1967" = getelementptr inbounds float, ptr %".8", i64 %".1966"
  %".1968" = load <8 x float>, ptr %".1967", align 4
  %".1969" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1788", <8 x float> %".1968", <8 x float> %".1964")
  %".1970" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1828", <8 x float> %".1968", <8 x float> %".1965")
  %".1971" = add i64 %".1170", 16
  %".1972" = getelementptr inbounds float, ptr %".8", i64 %".1971"
  %".1973" = load <8 x float>, ptr %".1972", align 4
  %".1974" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1793", <8 x float> %".1973", <8 x float> %".1969")
  %".1975" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1833", <8 x float> %".1973", <8 x float> %".1970")
  %".1976" = getelementptr inbounds float, ptr %".4", i64 %".1928"
  store <8 x float> %".1974", ptr %".1976", align 4
  %".1978" = getelementptr inbounds float, ptr %".4", i64 %".1929"
  store <8 x float> %".1975", ptr %".1978", align 4
  %".1980" = add i64 %".1735", 24
  %".1981" = add i64 %".1743", 24
  %".1982" = getelementptr inbounds float, ptr %".4", i64 %".1980"
  %".1983" = load <8 x float>, ptr %".1982", align 4
  %".1984" = fmul afn arcp contract nsz reassoc <8 x float> %".1983", %".1748"
  %".1985" = getelementptr inbounds float, ptr %".4", i64 %".1981"
  %".1986" = load <8 x float>, ptr %".1985", align 4
  %".1987" = fmul afn arcp contract nsz reassoc <8 x float> %".1986", %".1753"
  %".1988" = add i64 %".1149", 24
  %".1989" = getelementptr inbounds float, ptr %".8", i64 %".1988"
  %".1990" = load <8 x float>, ptr %".1989", align 4
  %".1991" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1758", <8 x float> %".1990", <8 x float> %".1984")
  %".1992" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1798", <8 x float> %".1990", <8 x float> %".1987")
  %".1993" = add i64 %".1152", 24
  %".1994" = getelementptr inbounds float, ptr %".8", i64 %".1993"
  %".1995" = load <8 x float>, ptr %".1994", align 4
  %".1996" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1763", <8 x float> %".1995", <8 x float> %".1991")
  %".1997" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1803", <8 x float> %".1995", <8 x float> %".1992")
  %".1998" = add i64 %".1155", 24
  %".1999" = getelementptr inbounds float, ptr %".8", i64 %".1998"
  %".2000" = load <8 x float>, ptr %".1999", align 4
  %".2001" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1768", <8 x float> %".2000", <8 x float> %".1996")
  %".2002" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1808", <8 x float> %".2000", <8 x float> %".1997")
  %".2003" = add i64 %".1158", 24
  %".2004" = getelementptr inbounds float, ptr %".8", i64 %".2003"
  %".2005" = load <8 x float>, ptr %".2004", align 4
  %".2006" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1773", <8 x float> %".2005", <8 x float> %".2001")
  %".2007" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1813", <8 x float> %".2005", <8 x float> %".2002")
  %".2008" = add i64 %".1161", 24
  %".2009" = getelementptr inbounds float, ptr %".8", i64 %".2008"
  %".2010" = load <8 x float>, ptr %".2009", align 4
  %".2011" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1778", <8 x float> %".2010", <8 x float> %".2006")
  %".2012" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1818", <8 x float> %".2010", <8 x float> %".2007")
  %".2013" = add i64 %".1164", 24
  %".2014" = getelementptr inbounds float, ptr %".8", i64 %".2013"
  %".2015" = load <8 x float>, ptr %".2014", align 4
  %".2016" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1783", <8 x float> %".2015", <8 x float> %".2011")
  %".2017" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1823", <8 x float> %".2015", <8 x float> %".2012")
  %".2018" = add i64 %".1167", 24
  %".2019" = getelementptr inbounds float, ptr %".8", i64 %".2018"
  %".2020" = load <8 x float>, ptr %".2019", align 4
  %".2021" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1788", <8 x float> %".2020", <8 x float> %".2016")
  %".2022" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1828", <8 x float> %".2020", <8 x float> %".2017")
  %".2023" = add i64 %".1170", 24
  %".2024" = getelementptr inbounds float, ptr %".8", i64 %".2023"
  %".2025" = load <8 x float>, ptr %".2024", align 4
  %".2026" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1793", <8 x float> %".2025", <8 x float> %".2021")
  %".2027" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".1833", <8 x float> %".2025", <8 x float> %".2022")
  %".2028" = getelementptr inbounds float, ptr %".4", i64 %".1980"
  store <8 x float> %".2026", ptr %".2028", align 4
  %".2030" = getelementptr inbounds float, ptr %".4", i64 %".1981"
  store <8 x float> %".2027", ptr %".2030", align 4
  %"for.next.10" = add nsw i64 %"for.iv.11", 2
  br label %"for.header.11"
for.exit.11:
  br label %"for.header.12"
for.header.12:
  %"for.iv.12" = phi  i64 [%".1172", %"for.exit.11"], [%"for.next.11", %"for.body.12"]
  %".2034" = icmp slt i64 %"for.iv.12", %".23"
  br i1 %".2034", label %"for.body.12", label %"for.exit.12"
for.body.12:
  %".2036" = udiv i64 %"for.iv.12", 2
  %".2037" = urem i64 %"for.iv.12", 2
  %".2038" = add i64 %".20", %".2036"
  %".2039" = mul i64 %".18", 2
  %".2040" = add i64 %".2039", %".2037"
  %".2041" = mul i64 %".19", %".2"
  %".2042" = add i64 %".2041", %".2038"
  %".2043" = mul i64 %".2042", 4
  %".2044" = add i64 %".2043", %".2040"
  %".2045" = mul i64 %".2044", 32
  %".2046" = add i64 %"for.iv.12", 64
  %".2047" = getelementptr inbounds float, ptr %".24", i64 %".2046"
  %".2048" = load float, ptr %".2047", align 4
  %".2049" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2048", i32 0
  %".2050" = shufflevector <8 x float> %".2049", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2051" = mul i64 %"for.iv.12", 8
  %".2052" = getelementptr inbounds float, ptr %".25", i64 %".2051"
  %".2053" = load float, ptr %".2052", align 4
  %".2054" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2053", i32 0
  %".2055" = shufflevector <8 x float> %".2054", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2056" = add i64 %".2051", 1
  %".2057" = getelementptr inbounds float, ptr %".25", i64 %".2056"
  %".2058" = load float, ptr %".2057", align 4
  %".2059" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2058", i32 0
  %".2060" = shufflevector <8 x float> %".2059", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2061" = add i64 %".2051", 2
  %".2062" = getelementptr inbounds float, ptr %".25", i64 %".2061"
  %".2063" = load float, ptr %".2062", align 4
  %".2064" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2063", i32 0
  %".2065" = shufflevector <8 x float> %".2064", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2066" = add i64 %".2051", 3
  %".2067" = getelementptr inbounds float, ptr %".25", i64 %".2066"
  %".2068" = load float, ptr %".2067", align 4
  %".2069" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2068", i32 0
  %".2070" = shufflevector <8 x float> %".2069", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2071" = add i64 %".2051", 4
  %".2072" = getelementptr inbounds float, ptr %".25", i64 %".2071"
  %".2073" = load float, ptr %".2072", align 4
  %".2074" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2073", i32 0
  %".2075" = shufflevector <8 x float> %".2074", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2076" = add i64 %".2051", 5
  %".2077" = getelementptr inbounds float, ptr %".25", i64 %".2076"
  %".2078" = load float, ptr %".2077", align 4
  %".2079" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2078", i32 0
  %".2080" = shufflevector <8 x float> %".2079", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2081" = add i64 %".2051", 6
  %".2082" = getelementptr inbounds float, ptr %".25", i64 %".2081"
  %".2083" = load float, ptr %".2082", align 4
  %".2084" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2083", i32 0
  %".2085" = shufflevector <8 x float> %".2084", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2086" = add i64 %".2051", 7
  %".2087" = getelementptr inbounds float, ptr %".25", i64 %".2086"
  %".2088" = load float, ptr %".2087", align 4
  %".2089" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2088", i32 0
  %".2090" = shufflevector <8 x float> %".2089", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2091" = getelementptr inbounds float, ptr %".4", i64 %".2045"
  %".2092" = load <8 x float>, ptr %".2091", align 4
  %".2093" = fmul afn arcp contract nsz reassoc <8 x float> %".2092", %".2050"
  %".2094" = getelementptr inbounds float, ptr %".8", i64 %".1149"
  %".2095" = load <8 x float>, ptr %".2094", align 4
  %".2096" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2055", <8 x float> %".2095", <8 x float> %".2093")
  %".2097" = getelementptr inbounds float, ptr %".8", i64 %".1152"
  %".2098" = load <8 x float>, ptr %".2097", align 4
  %".2099" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2060", <8 x float> %".2098", <8 x float> %".2096")
  %".2100" = getelementptr inbounds float, ptr %".8", i64 %".1155"
  %".2101" = load <8 x float>, ptr %".2100", align 4
  %".2102" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2065", <8 x float> %".2101", <8 x float> %".2099")
  %".2103" = getelementptr inbounds float, ptr %".8", i64 %".1158"
  %".2104" = load <8 x float>, ptr %".2103", align 4
  %".2105" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2070", <8 x float> %".2104", <8 x float> %".2102")
  %".2106" = getelementptr inbounds float, ptr %".8", i64 %".1161"
  %".2107" = load <8 x float>, ptr %".2106", align 4
  %".2108" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2075", <8 x float> %".2107", <8 x float> %".2105")
  %".2109" = getelementptr inbounds float, ptr %".8", i64 %".1164"
  %".2110" = load <8 x float>, ptr %".2109", align 4
  %".2111" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2080", <8 x float> %".2110", <8 x float> %".2108")
  %".2112" = getelementptr inbounds float, ptr %".8", i64 %".1167"
  %".2113" = load <8 x float>, ptr %".2112", align 4
  %".2114" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2085", <8 x float> %".2113", <8 x float> %".2111")
  %".2115" = getelementptr inbounds float, ptr %".8", i64 %".1170"
  %".2116" = load <8 x float>, ptr %".2115", align 4
  %".2117" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2090", <8 x float> %".2116", <8 x float> %".2114")
  %".2118" = getelementptr inbounds float, ptr %".4", i64 %".2045"
  store <8 x float> %".2117", ptr %".2118", align 4
  %".2120" = add i64 %".2045", 8
  %".2121" = getelementptr inbounds float, ptr %".4", i64 %".2120"
  %".2122" = load <8 x float>, ptr %".2121", align 4
  %".2123" = fmul afn arcp contract nsz reassoc <8 x float> %".2122", %".2050"
  %".2124" = add i64 %".1149", 8
  %".2125" = getelementptr inbounds float, ptr %".8", i64 %".2124"
  %".2126" = load <8 x float>, ptr %".2125", align 4
  %".2127" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2055", <8 x float> %".2126", <8 x float> %".2123")
  %".2128" = add i64 %".1152", 8
  %".2129" = getelementptr inbounds float, ptr %".8", i64 %".2128"
  %".2130" = load <8 x float>, ptr %".2129", align 4
  %".2131" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2060", <8 x float> %".2130", <8 x float> %".2127")
  %".2132" = add i64 %".1155", 8
  %".2133" = getelementptr inbounds float, ptr %".8", i64 %".2132"
  %".2134" = load <8 x float>, ptr %".2133", align 4
  %".2135" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2065", <8 x float> %".2134", <8 x float> %".2131")
  %".2136" = add i64 %".1158", 8
  %".2137" = getelementptr inbounds float, ptr %".8", i64 %".2136"
  %".2138" = load <8 x float>, ptr %".2137", align 4
  %".2139" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2070", <8 x float> %".2138", <8 x float> %".2135")
  %".2140" = add i64 %".1161", 8
  %".2141" = getelementptr inbounds float, ptr %".8", i64 %".2140"
  %".2142" = load <8 x float>, ptr %".2141", align 4
  %".2143" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2075", <8 x float> %".2142", <8 x float> %".2139")
  %".2144" = add i64 %".1164", 8
  %".2145" = getelementptr inbounds float, ptr %".8", i64 %".2144"
  %".2146" = load <8 x float>, ptr %".2145", align 4
  %".2147" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2080", <8 x float> %".2146", <8 x float> %".2143")
  %".2148" = add i64 %".1167", 8
  %".2149" = getelementptr inbounds float, ptr %".8", i64 %".2148"
  %".2150" = load <8 x float>, ptr %".2149", align 4
  %".2151" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2085", <8 x float> %".2150", <8 x float> %".2147")
  %".2152" = add i64 %".1170", 8
  %".2153" = getelementptr inbounds float, ptr %".8", i64 %".2152"
  %".2154" = load <8 x float>, ptr %".2153", align 4
  %".2155" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2090", <8 x float> %".2154", <8 x float> %".2151")
  %".2156" = getelementptr inbounds float, ptr %".4", i64 %".2120"
  store <8 x float> %".2155", ptr %".2156", align 4
  %".2158" = add i64 %".2045", 16
  %".2159" = getelementptr inbounds float, ptr %".4", i64 %".2158"
  %".2160" = load <8 x float>, ptr %".2159", align 4
  %".2161" = fmul afn arcp contract nsz reassoc <8 x float> %".2160", %".2050"
  %".2162" = add i64 %".1149", 16
  %".2163" = getelementptr inbounds float, ptr %".8", i64 %".2162"
  %".2164" = load <8 x float>, ptr %".2163", align 4
  %".2165" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2055", <8 x float> %".2164", <8 x float> %".2161")
  %".2166" = add i64 %".1152", 16
  %".2167" = getelementptr inbounds float, ptr %".8", i64 %".2166"
  %".2168" = load <8 x float>, ptr %".2167", align 4
  %".2169" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2060", <8 x float> %".2168", <8 x float> %".2165")
  %".2170" = add i64 %".1155", 16
  %".2171" = getelementptr inbounds float, ptr %".8", i64 %".2170"
  %".2172" = load <8 x float>, ptr %".2171", align 4
  %".2173" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2065", <8 x float> %".2172", <8 x float> %".2169")
  %".2174" = add i64 %".1158", 16
  %".2175" = getelementptr inbounds float, ptr %".8", i64 %".2174"
  %".2176" = load <8 x float>, ptr %".2175", align 4
  %".2177" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2070", <8 x float> %".2176", <8 x float> %".2173")
  %".2178" = add i64 %".1161", 16
  %".2179" = getelementptr inbounds float, ptr %".8", i64 %".2178"
  %".2180" = load <8 x float>, ptr %".2179", align 4
  %".2181" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2075", <8 x float> %".2180", <8 x float> %".2177")
  %".2182" = add i64 %".1164", 16
  %".2183" = getelementptr inbounds float, ptr %".8", i64 %".2182"
  %".2184" = load <8 x float>, ptr %".2183", align 4
  %".2185" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2080", <8 x float> %".2184", <8 x float> %".2181")
  %".2186" = add i64 %".1167", 16
  %".2187" = getelementptr inbounds float, ptr %".8", i64 %".2186"
  %".2188" = load <8 x float>, ptr %".2187", align 4
  %".2189" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2085", <8 x float> %".2188", <8 x float> %".2185")
  %".2190" = add i64 %".1170", 16
  %".2191" = getelementptr inbounds float, ptr %".8", i64 %".2190"
  %".2192" = load <8 x float>, ptr %".2191", align 4
  %".2193" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2090", <8 x float> %".2192", <8 x float> %".2189")
  %".2194" = getelementptr inbounds float, ptr %".4", i64 %".2158"
  store <8 x float> %".2193", ptr %".2194", align 4
  %".2196" = add i64 %".2045", 24
  %".2197" = getelementptr inbounds float, ptr %".4", i64 %".2196"
  %".2198" = load <8 x float>, ptr %".2197", align 4
  %".2199" = fmul afn arcp contract nsz reassoc <8 x float> %".2198", %".2050"
  %".2200" = add i64 %".1149", 24
  %".2201" = getelementptr inbounds float, ptr %".8", i64 %".2200"
  %".2202" = load <8 x float>, ptr %".2201", align 4
  %".2203" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2055", <8 x float> %".2202", <8 x float> %".2199")
  %".2204" = add i64 %".1152", 24
  %".2205" = getelementptr inbounds float, ptr %".8", i64 %".2204"
  %".2206" = load <8 x float>, ptr %".2205", align 4
  %".2207" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2060", <8 x float> %".2206", <8 x float> %".2203")
  %".2208" = add i64 %".1155", 24
  %".2209" = getelementptr inbounds float, ptr %".8", i64 %".2208"
  %".2210" = load <8 x float>, ptr %".2209", align 4
  %".2211" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2065", <8 x float> %".2210", <8 x float> %".2207")
  %".2212" = add i64 %".1158", 24
  %".2213" = getelementptr inbounds float, ptr %".8", i64 %".2212"
  %".2214" = load <8 x float>, ptr %".2213", align 4
  %".2215" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2070", <8 x float> %".2214", <8 x float> %".2211")
  %".2216" = add i64 %".1161", 24
  %".2217" = getelementptr inbounds float, ptr %".8", i64 %".2216"
  %".2218" = load <8 x float>, ptr %".2217", align 4
  %".2219" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2075", <8 x float> %".2218", <8 x float> %".2215")
  %".2220" = add i64 %".1164", 24
  %".2221" = getelementptr inbounds float, ptr %".8", i64 %".2220"
  %".2222" = load <8 x float>, ptr %".2221", align 4
  %".2223" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2080", <8 x float> %".2222", <8 x float> %".2219")
  %".2224" = add i64 %".1167", 24
  %".2225" = getelementptr inbounds float, ptr %".8", i64 %".2224"
  %".2226" = load <8 x float>, ptr %".2225", align 4
  %".2227" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2085", <8 x float> %".2226", <8 x float> %".2223")
  %".2228" = add i64 %".1170", 24
  %".2229" = getelementptr inbounds float, ptr %".8", i64 %".2228"
  %".2230" = load <8 x float>, ptr %".2229", align 4
  %".2231" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2090", <8 x float> %".2230", <8 x float> %".2227")
  %".2232" = getelementptr inbounds float, ptr %".4", i64 %".2196"
  store <8 x float> %".2231", ptr %".2232", align 4
  %"for.next.11" = add nsw i64 %"for.iv.12", 1
  br label %"for.header.12"
for.exit.12:
  %"for.next.12" = add nsw i64 %"for.iv.7", 8
  br label %"for.header.7"
for.header.13:
  %"for.iv.13" = phi  i64 [0, %"for.exit.7"], [%"for.next.14", %"for.exit.14"]
  %".2237" = icmp slt i64 %"for.iv.13", %".23"
  br i1 %".2237", label %"for.body.13", label %"for.exit.13"
for.body.13:
  %".2239" = udiv i64 %"for.iv.13", 2
  %".2240" = urem i64 %"for.iv.13", 2
  %".2241" = add i64 %".20", %".2239"
  %".2242" = mul i64 %".18", 2
  %".2243" = add i64 %".2242", %".2240"
  %".2244" = mul i64 %".19", %".2"
  %".2245" = add i64 %".2244", %".2241"
  %".2246" = mul i64 %".2245", 4
  %".2247" = add i64 %".2246", %".2243"
  %".2248" = mul i64 %".2247", 32
  %".2249" = add i64 %".5", %".2241"
  %".2250" = add i64 %".2249", 1
  br label %"for.header.14"
for.exit.13:
  %"par.next" = add nsw i64 %"par.iv", 1
  br label %"par.header"
for.header.14:
  %"for.iv.14" = phi  i64 [%".73", %"for.body.13"], [%"for.next.13", %"for.body.14"]
  %".2252" = icmp slt i64 %"for.iv.14", %".2250"
  br i1 %".2252", label %"for.body.14", label %"for.exit.14"
for.body.14:
  %".2254" = mul i64 %"for.iv.14", 64
  %".2255" = add i64 %".29", %".2254"
  %".2256" = getelementptr inbounds float, ptr %".6", i64 %".2248"
  %".2257" = load <8 x float>, ptr %".2256", align 4
  %".2258" = getelementptr inbounds float, ptr %".7", i64 %".2255"
  %".2259" = load <8 x float>, ptr %".2258", align 4
  %".2260" = fmul afn arcp contract nsz reassoc <8 x float> %".2257", %".2259"
  %".2261" = add i64 %".2248", 8
  %".2262" = getelementptr inbounds float, ptr %".6", i64 %".2261"
  %".2263" = load <8 x float>, ptr %".2262", align 4
  %".2264" = add i64 %".2255", 8
  %".2265" = getelementptr inbounds float, ptr %".7", i64 %".2264"
  %".2266" = load <8 x float>, ptr %".2265", align 4
  %".2267" = fmul afn arcp contract nsz reassoc <8 x float> %".2263", %".2266"
  %".2268" = add i64 %".2248", 16
  %".2269" = getelementptr inbounds float, ptr %".6", i64 %".2268"
  %".2270" = load <8 x float>, ptr %".2269", align 4
  %".2271" = add i64 %".2255", 16
  %".2272" = getelementptr inbounds float, ptr %".7", i64 %".2271"
  %".2273" = load <8 x float>, ptr %".2272", align 4
  %".2274" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2270", <8 x float> %".2273", <8 x float> %".2260")
  %".2275" = add i64 %".2248", 24
  %".2276" = getelementptr inbounds float, ptr %".6", i64 %".2275"
  %".2277" = load <8 x float>, ptr %".2276", align 4
  %".2278" = add i64 %".2255", 24
  %".2279" = getelementptr inbounds float, ptr %".7", i64 %".2278"
  %".2280" = load <8 x float>, ptr %".2279", align 4
  %".2281" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2277", <8 x float> %".2280", <8 x float> %".2267")
  %".2282" = fadd afn arcp contract nsz reassoc <8 x float> %".2274", %".2281"
  %".2283" = call afn arcp contract nsz reassoc float @"llvm.vector.reduce.fadd.v8f32"(float 0x8000000000000000, <8 x float> %".2282")
  %".2284" = fmul afn arcp contract nsz reassoc float %".2283", 0x3fc6a09e60000000
  %".2285" = getelementptr inbounds float, ptr %".24", i64 %"for.iv.13"
  %".2286" = load float, ptr %".2285", align 4
  %".2287" = fcmp ogt float %".2286", %".2284"
  %".2288" = select  i1 %".2287", float %".2286", float %".2284"
  %".2289" = fsub afn arcp contract nsz reassoc float %".2286", %".2288"
  %".2290" = fsub afn arcp contract nsz reassoc float %".2284", %".2288"
  %".2291" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2290", i32 0
  %".2292" = shufflevector <8 x float> %".2291", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2293" = insertelement <8 x float> %".2292", float %".2289", i64 1
  %".2294" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0xc055c00000000000, i32 0
  %".2295" = shufflevector <8 x float> %".2294", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2296" = fcmp ogt <8 x float> %".2293", %".2295"
  %".2297" = select  <8 x i1> %".2296", <8 x float> %".2293", <8 x float> %".2295"
  %".2298" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0x4056000000000000, i32 0
  %".2299" = shufflevector <8 x float> %".2298", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2300" = fcmp olt <8 x float> %".2297", %".2299"
  %".2301" = select  <8 x i1> %".2300", <8 x float> %".2297", <8 x float> %".2299"
  %".2302" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".2301", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".2303" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".2302", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".2304" = fmul contract <8 x float> %".2303", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".2305" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".2304")
  %".2306" = fmul contract <8 x float> %".2305", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".2307" = fsub contract <8 x float> %".2303", %".2306"
  %".2308" = fmul contract <8 x float> %".2305", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".2309" = fsub contract <8 x float> %".2307", %".2308"
  %".2310" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".2309"
  %".2311" = fadd contract <8 x float> %".2310", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".2312" = fmul contract <8 x float> %".2311", %".2309"
  %".2313" = fadd contract <8 x float> %".2312", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".2314" = fmul contract <8 x float> %".2313", %".2309"
  %".2315" = fadd contract <8 x float> %".2314", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".2316" = fmul contract <8 x float> %".2315", %".2309"
  %".2317" = fadd contract <8 x float> %".2316", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".2318" = fmul contract <8 x float> %".2317", %".2309"
  %".2319" = fadd contract <8 x float> %".2318", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".2320" = fmul contract <8 x float> %".2309", %".2309"
  %".2321" = fmul contract <8 x float> %".2319", %".2320"
  %".2322" = fadd contract <8 x float> %".2321", %".2309"
  %".2323" = fadd contract <8 x float> %".2322", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".2324" = fptosi <8 x float> %".2305" to <8 x i32>
  %".2325" = shl <8 x i32> %".2324", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".2326" = bitcast <8 x float> %".2323" to <8 x i32>
  %".2327" = add <8 x i32> %".2326", %".2325"
  %".2328" = bitcast <8 x i32> %".2327" to <8 x float>
  %".2329" = fcmp olt <8 x float> %".2301", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".2330" = select  <8 x i1> %".2329", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".2328"
  %".2331" = fcmp ogt <8 x float> %".2301", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".2332" = select  <8 x i1> %".2331", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".2330"
  %".2333" = fcmp uno <8 x float> %".2301", %".2301"
  %".2334" = select  <8 x i1> %".2333", <8 x float> %".2301", <8 x float> %".2332"
  %".2335" = extractelement <8 x float> %".2334", i64 0
  %".2336" = extractelement <8 x float> %".2334", i64 1
  %".2337" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2335", i32 0
  %".2338" = shufflevector <8 x float> %".2337", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2339" = getelementptr inbounds float, ptr %".24", i64 %"for.iv.13"
  store float %".2288", ptr %".2339", align 4
  %".2341" = add i64 %"for.iv.13", 32
  %".2342" = getelementptr inbounds float, ptr %".24", i64 %".2341"
  %".2343" = load float, ptr %".2342", align 4
  %".2344" = fmul afn arcp contract nsz reassoc float %".2343", %".2336"
  %".2345" = fadd afn arcp contract nsz reassoc float %".2344", %".2335"
  %".2346" = getelementptr inbounds float, ptr %".24", i64 %".2341"
  store float %".2345", ptr %".2346", align 4
  %".2348" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2336", i32 0
  %".2349" = shufflevector <8 x float> %".2348", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2350" = getelementptr inbounds float, ptr %".4", i64 %".2248"
  %".2351" = load <8 x float>, ptr %".2350", align 4
  %".2352" = fmul afn arcp contract nsz reassoc <8 x float> %".2351", %".2349"
  %".2353" = getelementptr inbounds float, ptr %".8", i64 %".2255"
  %".2354" = load <8 x float>, ptr %".2353", align 4
  %".2355" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2338", <8 x float> %".2354", <8 x float> %".2352")
  %".2356" = getelementptr inbounds float, ptr %".4", i64 %".2248"
  store <8 x float> %".2355", ptr %".2356", align 4
  %".2358" = getelementptr inbounds float, ptr %".4", i64 %".2261"
  %".2359" = load <8 x float>, ptr %".2358", align 4
  %".2360" = fmul afn arcp contract nsz reassoc <8 x float> %".2359", %".2349"
  %".2361" = getelementptr inbounds float, ptr %".8", i64 %".2264"
  %".2362" = load <8 x float>, ptr %".2361", align 4
  %".2363" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2338", <8 x float> %".2362", <8 x float> %".2360")
  %".2364" = getelementptr inbounds float, ptr %".4", i64 %".2261"
  store <8 x float> %".2363", ptr %".2364", align 4
  %".2366" = getelementptr inbounds float, ptr %".4", i64 %".2268"
  %".2367" = load <8 x float>, ptr %".2366", align 4
  %".2368" = fmul afn arcp contract nsz reassoc <8 x float> %".2367", %".2349"
  %".2369" = getelementptr inbounds float, ptr %".8", i64 %".2271"
  %".2370" = load <8 x float>, ptr %".2369", align 4
  %".2371" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2338", <8 x float> %".2370", <8 x float> %".2368")
  %".2372" = getelementptr inbounds float, ptr %".4", i64 %".2268"
  store <8 x float> %".2371", ptr %".2372", align 4
  %".2374" = getelementptr inbounds float, ptr %".4", i64 %".2275"
  %".2375" = load <8 x float>, ptr %".2374", align 4
  %".2376" = fmul afn arcp contract nsz reassoc <8 x float> %".2375", %".2349"
  %".2377" = getelementptr inbounds float, ptr %".8", i64 %".2278"
  %".2378" = load <8 x float>, ptr %".2377", align 4
  %".2379" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".2338", <8 x float> %".2378", <8 x float> %".2376")
  %".2380" = getelementptr inbounds float, ptr %".4", i64 %".2275"
  store <8 x float> %".2379", ptr %".2380", align 4
  %"for.next.13" = add nsw i64 %"for.iv.14", 1
  br label %"for.header.14"
for.exit.14:
  %".2383" = add i64 %"for.iv.13", 32
  %".2384" = getelementptr inbounds float, ptr %".24", i64 %".2383"
  %".2385" = load float, ptr %".2384", align 4
  %".2386" = fcmp ogt float %".2385",              0x0
  %".2387" = fdiv afn arcp contract nsz reassoc float 0x3ff0000000000000, %".2385"
  %".2388" = select  i1 %".2386", float %".2387", float              0x0
  %".2389" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".2388", i32 0
  %".2390" = shufflevector <8 x float> %".2389", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".2391" = getelementptr inbounds float, ptr %".4", i64 %".2248"
  %".2392" = load <8 x float>, ptr %".2391", align 4
  %".2393" = fmul afn arcp contract nsz reassoc <8 x float> %".2392", %".2390"
  %".2394" = getelementptr inbounds float, ptr %".4", i64 %".2248"
  store <8 x float> %".2393", ptr %".2394", align 4
  %".2396" = add i64 %".2248", 8
  %".2397" = getelementptr inbounds float, ptr %".4", i64 %".2396"
  %".2398" = load <8 x float>, ptr %".2397", align 4
  %".2399" = fmul afn arcp contract nsz reassoc <8 x float> %".2398", %".2390"
  %".2400" = getelementptr inbounds float, ptr %".4", i64 %".2396"
  store <8 x float> %".2399", ptr %".2400", align 4
  %".2402" = add i64 %".2248", 16
  %".2403" = getelementptr inbounds float, ptr %".4", i64 %".2402"
  %".2404" = load <8 x float>, ptr %".2403", align 4
  %".2405" = fmul afn arcp contract nsz reassoc <8 x float> %".2404", %".2390"
  %".2406" = getelementptr inbounds float, ptr %".4", i64 %".2402"
  store <8 x float> %".2405", ptr %".2406", align 4
  %".2408" = add i64 %".2248", 24
  %".2409" = getelementptr inbounds float, ptr %".4", i64 %".2408"
  %".2410" = load <8 x float>, ptr %".2409", align 4
  %".2411" = fmul afn arcp contract nsz reassoc <8 x float> %".2410", %".2390"
  %".2412" = getelementptr inbounds float, ptr %".4", i64 %".2408"
  store <8 x float> %".2411", ptr %".2412", align 4
  %"for.next.14" = add nsw i64 %"for.iv.13", 1
  br label %"for.header.13"
}

define internal void @"attention_nh4_nkv2_hd32_causal.par1"(ptr %"ctx") nounwind
{
entry:
  %".3" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 0
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 1
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 2
  %".8" = load i64, ptr %".7"
  %".9" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".10" = load i64, ptr %".9"
  %".11" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 4
  %".12" = load i64, ptr %".11"
  %".13" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 5
  %".14" = load i64, ptr %".13"
  %".15" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 6
  %".16" = load i64, ptr %".15"
  %".17" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 7
  %".18" = load ptr, ptr %".17"
  %".19" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 8
  %".20" = load i64, ptr %".19"
  %".21" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 9
  %".22" = load ptr, ptr %".21"
  %".23" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 10
  %".24" = load ptr, ptr %".23"
  %".25" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 11
  %".26" = load ptr, ptr %".25"
  %".27" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".28" = sub i64 %".6", %".4"
  %".29" = sub i64 %".8", 1
  %".30" = add i64 %".28", %".29"
  %".31" = sdiv i64 %".30", %".8"
  %".32" = icmp sgt i64 %".28", 0
  %".33" = select  i1 %".32", i64 %".31", i64 0
  %".34" = call i32 @"omp_get_num_threads"()
  %".35" = sext i32 %".34" to i64
  %".36" = mul i64 %".35", 4
  %".37" = sub i64 %".36", 1
  %".38" = add i64 %".33", %".37"
  %".39" = sdiv i64 %".38", %".36"
  %".40" = icmp slt i64 %".39", 1
  %".41" = select  i1 %".40", i64 1, i64 %".39"
  br label %"grab"
grab:
  %".43" = atomicrmw add ptr %".27", i64 %".41" monotonic
  %".44" = icmp slt i64 %".43", %".33"
  br i1 %".44", label %"run", label %"done"
run:
  %".46" = add i64 %".43", %".41"
  %".47" = icmp slt i64 %".46", %".33"
  %".48" = select  i1 %".47", i64 %".46", i64 %".33"
  %".49" = mul i64 %".43", %".8"
  %".50" = add i64 %".4", %".49"
  %".51" = mul i64 %".48", %".8"
  %".52" = add i64 %".4", %".51"
  %".53" = icmp slt i64 %".52", %".6"
  %".54" = select  i1 %".53", i64 %".52", i64 %".6"
  call void @"attention_nh4_nkv2_hd32_causal.par1.loop"(i64 %".12", i64 %".14", i64 %".16", ptr %".18", i64 %".20", ptr %".22", ptr %".24", ptr %".26", i64 %".50", i64 %".54", i64 %".8")
  br label %"grab"
done:
  ret void
}

define internal void @"embed_h128_v1024_packed16.par2.loop"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", ptr captures(none) noalias align 4 %".3", i64 %".4", i64 %".5", i64 %".6") nounwind
{
entry:
  br label %"body"
body:
  br label %"par.header"
par.header:
  %"par.iv" = phi  i64 [%".4", %"body"], [%"par.next", %"for.exit"]
  %".9" = icmp slt i64 %"par.iv", %".5"
  br i1 %".9", label %"par.body", label %"par.exit"
par.body:
  %".11" = getelementptr inbounds i32, ptr %".1", i64 %"par.iv"
  %".12" = load i32, ptr %".11", align 4
  %".13" = sext i32 %".12" to i64
  %".14" = call i64 @"llvm.umin.i64"(i64 %".13", i64 1023)
  %".15" = udiv i64 %".14", 16
  %".16" = mul i64 %".15", 2048
  %".17" = urem i64 %".14", 16
  %".18" = add i64 %".16", %".17"
  %".19" = mul i64 %"par.iv", 128
  br label %"for.header"
par.exit:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"par.body"], [%"for.next", %"for.body"]
  %".21" = icmp slt i64 %"for.iv", 128
  br i1 %".21", label %"for.body", label %"for.exit"
for.body:
  %".23" = mul i64 %"for.iv", 16
  %".24" = add i64 %".18", %".23"
  %".25" = getelementptr inbounds float, ptr %".2", i64 %".24"
  %".26" = load float, ptr %".25", align 4
  %".27" = add i64 %".19", %"for.iv"
  %".28" = getelementptr inbounds float, ptr %".3", i64 %".27"
  store float %".26", ptr %".28", align 4
  %"for.next" = add nsw i64 %"for.iv", 1
  br label %"for.header"
for.exit:
  %"par.next" = add nsw i64 %"par.iv", 1
  br label %"par.header"
}

define internal void @"embed_h128_v1024_packed16.par2"(ptr %"ctx") nounwind
{
entry:
  %".3" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 0
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 1
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 2
  %".8" = load i64, ptr %".7"
  %".9" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".10" = load i64, ptr %".9"
  %".11" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 4
  %".12" = load ptr, ptr %".11"
  %".13" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 5
  %".14" = load ptr, ptr %".13"
  %".15" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 6
  %".16" = load ptr, ptr %".15"
  %".17" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".18" = sub i64 %".6", %".4"
  %".19" = sub i64 %".8", 1
  %".20" = add i64 %".18", %".19"
  %".21" = sdiv i64 %".20", %".8"
  %".22" = icmp sgt i64 %".18", 0
  %".23" = select  i1 %".22", i64 %".21", i64 0
  %".24" = call i32 @"omp_get_num_threads"()
  %".25" = sext i32 %".24" to i64
  %".26" = mul i64 %".25", 4
  %".27" = sub i64 %".26", 1
  %".28" = add i64 %".23", %".27"
  %".29" = sdiv i64 %".28", %".26"
  %".30" = icmp slt i64 %".29", 1
  %".31" = select  i1 %".30", i64 1, i64 %".29"
  br label %"grab"
grab:
  %".33" = atomicrmw add ptr %".17", i64 %".31" monotonic
  %".34" = icmp slt i64 %".33", %".23"
  br i1 %".34", label %"run", label %"done"
run:
  %".36" = add i64 %".33", %".31"
  %".37" = icmp slt i64 %".36", %".23"
  %".38" = select  i1 %".37", i64 %".36", i64 %".23"
  %".39" = mul i64 %".33", %".8"
  %".40" = add i64 %".4", %".39"
  %".41" = mul i64 %".38", %".8"
  %".42" = add i64 %".4", %".41"
  %".43" = icmp slt i64 %".42", %".6"
  %".44" = select  i1 %".43", i64 %".42", i64 %".6"
  call void @"embed_h128_v1024_packed16.par2.loop"(ptr %".12", ptr %".14", ptr %".16", i64 %".40", i64 %".44", i64 %".8")
  br label %"grab"
done:
  ret void
}

define internal void @"kv_write_d64.par3.loop"(i64 %".1", i64 %".2", i64 %".3", ptr captures(none) noalias align 4 %".4", ptr captures(none) noalias align 4 %".5", i64 %".6", i64 %".7", i64 %".8") nounwind
{
entry:
  br label %"body"
body:
  br label %"par.header"
par.header:
  %"par.iv" = phi  i64 [%".6", %"body"], [%"par.next", %"for.exit"]
  %".11" = icmp slt i64 %"par.iv", %".7"
  br i1 %".11", label %"par.body", label %"par.exit"
par.body:
  %".13" = udiv i64 %"par.iv", %".1"
  %".14" = urem i64 %"par.iv", %".1"
  %".15" = mul i64 %"par.iv", 64
  %".16" = mul i64 %".13", %".2"
  %".17" = add i64 %".16", %".3"
  %".18" = add i64 %".17", %".14"
  %".19" = mul i64 %".18", 64
  br label %"for.header"
par.exit:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"par.body"], [%"for.next", %"for.body"]
  %".21" = icmp slt i64 %"for.iv", 64
  br i1 %".21", label %"for.body", label %"for.exit"
for.body:
  %".23" = add i64 %".15", %"for.iv"
  %".24" = getelementptr inbounds float, ptr %".4", i64 %".23"
  %".25" = load <8 x float>, ptr %".24", align 4
  %".26" = add i64 %".19", %"for.iv"
  %".27" = getelementptr inbounds float, ptr %".5", i64 %".26"
  store <8 x float> %".25", ptr %".27", align 4
  %"for.next" = add nsw i64 %"for.iv", 8
  br label %"for.header"
for.exit:
  %"par.next" = add nsw i64 %"par.iv", 1
  br label %"par.header"
}

define internal void @"kv_write_d64.par3"(ptr %"ctx") nounwind
{
entry:
  %".3" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"ctx", i32 0, i32 0
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"ctx", i32 0, i32 1
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"ctx", i32 0, i32 2
  %".8" = load i64, ptr %".7"
  %".9" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".10" = load i64, ptr %".9"
  %".11" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"ctx", i32 0, i32 4
  %".12" = load i64, ptr %".11"
  %".13" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"ctx", i32 0, i32 5
  %".14" = load i64, ptr %".13"
  %".15" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"ctx", i32 0, i32 6
  %".16" = load i64, ptr %".15"
  %".17" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"ctx", i32 0, i32 7
  %".18" = load ptr, ptr %".17"
  %".19" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"ctx", i32 0, i32 8
  %".20" = load ptr, ptr %".19"
  %".21" = getelementptr {i64, i64, i64, i64, i64, i64, i64, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".22" = sub i64 %".6", %".4"
  %".23" = sub i64 %".8", 1
  %".24" = add i64 %".22", %".23"
  %".25" = sdiv i64 %".24", %".8"
  %".26" = icmp sgt i64 %".22", 0
  %".27" = select  i1 %".26", i64 %".25", i64 0
  %".28" = call i32 @"omp_get_num_threads"()
  %".29" = sext i32 %".28" to i64
  %".30" = mul i64 %".29", 4
  %".31" = sub i64 %".30", 1
  %".32" = add i64 %".27", %".31"
  %".33" = sdiv i64 %".32", %".30"
  %".34" = icmp slt i64 %".33", 1
  %".35" = select  i1 %".34", i64 1, i64 %".33"
  br label %"grab"
grab:
  %".37" = atomicrmw add ptr %".21", i64 %".35" monotonic
  %".38" = icmp slt i64 %".37", %".27"
  br i1 %".38", label %"run", label %"done"
run:
  %".40" = add i64 %".37", %".35"
  %".41" = icmp slt i64 %".40", %".27"
  %".42" = select  i1 %".41", i64 %".40", i64 %".27"
  %".43" = mul i64 %".37", %".8"
  %".44" = add i64 %".4", %".43"
  %".45" = mul i64 %".42", %".8"
  %".46" = add i64 %".4", %".45"
  %".47" = icmp slt i64 %".46", %".6"
  %".48" = select  i1 %".47", i64 %".46", i64 %".6"
  call void @"kv_write_d64.par3.loop"(i64 %".12", i64 %".14", i64 %".16", ptr %".18", ptr %".20", i64 %".44", i64 %".48", i64 %".8")
  br label %"grab"
done:
  ret void
}

define internal void @"linear_k128_n1024.par4.loop"(i64 %".1", i64 %".2", ptr captures(none) noalias align 4 %".3", ptr captures(none) noalias align 4 %".4", ptr captures(none) noalias align 4 %".5", i64 %".6", i64 %".7", i64 %".8") nounwind
{
entry:
  br label %"body"
body:
  br label %"par.header"
par.header:
  %"par.iv" = phi  i64 [%".6", %"body"], [%"par.next", %"for.exit"]
  %".11" = icmp slt i64 %"par.iv", %".7"
  br i1 %".11", label %"par.body", label %"par.exit"
par.body:
  %".13" = udiv i64 %"par.iv", %".1"
  %".14" = urem i64 %"par.iv", %".1"
  %".15" = mul i64 %".14", 510
  %".16" = add i64 %".15", 510
  %".17" = call i64 @"llvm.umin.i64"(i64 %".16", i64 %".2")
  %".18" = sub i64 %".17", %".15"
  %".19" = udiv i64 %".18", 6
  %".20" = mul i64 %".19", 6
  %".21" = add i64 %".15", %".20"
  %".22" = mul i64 %".13", 8
  %".23" = add i64 %".22", 8
  br label %"for.header"
par.exit:
  ret void
for.header:
  %"for.iv" = phi  i64 [%".22", %"par.body"], [%"for.next.4", %"for.exit.3"]
  %".25" = icmp slt i64 %"for.iv", %".23"
  br i1 %".25", label %"for.body", label %"for.exit"
for.body:
  br label %"for.header.1"
for.exit:
  %"par.next" = add nsw i64 %"par.iv", 1
  br label %"par.header"
for.header.1:
  %"for.iv.1" = phi  i64 [%".15", %"for.body"], [%"for.next.1", %"for.exit.2"]
  %".28" = icmp slt i64 %"for.iv.1", %".21"
  br i1 %".28", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".30" = add i64 %"for.iv.1", 1
  %".31" = add i64 %"for.iv.1", 2
  %".32" = add i64 %"for.iv.1", 3
  %".33" = add i64 %"for.iv.1", 4
  %".34" = add i64 %"for.iv.1", 5
  %".35" = mul i64 %"for.iv", 16
  %".36" = mul i64 %"for.iv", 2048
  %".37" = mul i64 %"for.iv.1", 128
  %".38" = mul i64 %".30", 128
  %".39" = mul i64 %".31", 128
  %".40" = mul i64 %".32", 128
  %".41" = mul i64 %".33", 128
  %".42" = mul i64 %".34", 128
  %".43" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".44" = shufflevector <8 x float> %".43", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.2"
for.exit.1:
  br label %"for.header.3"
for.header.2:
  %"for.iv.2" = phi  i64 [0, %"for.body.1"], [%"for.next", %"for.body.2"]
  %".46" = phi  <8 x float> [%".44", %"for.body.1"], [%".72", %"for.body.2"]
  %".47" = phi  <8 x float> [%".44", %"for.body.1"], [%".73", %"for.body.2"]
  %".48" = phi  <8 x float> [%".44", %"for.body.1"], [%".79", %"for.body.2"]
  %".49" = phi  <8 x float> [%".44", %"for.body.1"], [%".80", %"for.body.2"]
  %".50" = phi  <8 x float> [%".44", %"for.body.1"], [%".86", %"for.body.2"]
  %".51" = phi  <8 x float> [%".44", %"for.body.1"], [%".87", %"for.body.2"]
  %".52" = phi  <8 x float> [%".44", %"for.body.1"], [%".93", %"for.body.2"]
  %".53" = phi  <8 x float> [%".44", %"for.body.1"], [%".94", %"for.body.2"]
  %".54" = phi  <8 x float> [%".44", %"for.body.1"], [%".100", %"for.body.2"]
  %".55" = phi  <8 x float> [%".44", %"for.body.1"], [%".101", %"for.body.2"]
  %".56" = phi  <8 x float> [%".44", %"for.body.1"], [%".107", %"for.body.2"]
  %".57" = phi  <8 x float> [%".44", %"for.body.1"], [%".108", %"for.body.2"]
  %".58" = icmp slt i64 %"for.iv.2", 128
  br i1 %".58", label %"for.body.2", label %"for.exit.2"
for.body.2:
  %".60" = mul i64 %"for.iv.2", 16
  %".61" = add i64 %".36", %".60"
  %".62" = getelementptr inbounds float, ptr %".3", i64 %".61"
  %".63" = load <8 x float>, ptr %".62", align 4
  %".64" = add i64 %".61", 8
  %".65" = getelementptr inbounds float, ptr %".3", i64 %".64"
  %".66" = load <8 x float>, ptr %".65", align 4
  %".67" = add i64 %".37", %"for.iv.2"
  %".68" = getelementptr inbounds float, ptr %".4", i64 %".67"
  %".69" = load float, ptr %".68", align 4
  %".70" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".69", i32 0
  %".71" = shufflevector <8 x float> %".70", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".72" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".71", <8 x float> %".63", <8 x float> %".46")
  %".73" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".71", <8 x float> %".66", <8 x float> %".47")
  %".74" = add i64 %".38", %"for.iv.2"
  %".75" = getelementptr inbounds float, ptr %".4", i64 %".74"
  %".76" = load float, ptr %".75", align 4
  %".77" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".76", i32 0
  %".78" = shufflevector <8 x float> %".77", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".79" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".78", <8 x float> %".63", <8 x float> %".48")
  %".80" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".78", <8 x float> %".66", <8 x float> %".49")
  %".81" = add i64 %".39", %"for.iv.2"
  %".82" = getelementptr inbounds float, ptr %".4", i64 %".81"
  %".83" = load float, ptr %".82", align 4
  %".84" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".83", i32 0
  %".85" = shufflevector <8 x float> %".84", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".86" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".85", <8 x float> %".63", <8 x float> %".50")
  %".87" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".85", <8 x float> %".66", <8 x float> %".51")
  %".88" = add i64 %".40", %"for.iv.2"
  %".89" = getelementptr inbounds float, ptr %".4", i64 %".88"
  %".90" = load float, ptr %".89", align 4
  %".91" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".90", i32 0
  %".92" = shufflevector <8 x float> %".91", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".93" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".92", <8 x float> %".63", <8 x float> %".52")
  %".94" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".92", <8 x float> %".66", <8 x float> %".53")
  %".95" = add i64 %".41", %"for.iv.2"
  %".96" = getelementptr inbounds float, ptr %".4", i64 %".95"
  %".97" = load float, ptr %".96", align 4
  %".98" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".97", i32 0
  %".99" = shufflevector <8 x float> %".98", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".100" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".99", <8 x float> %".63", <8 x float> %".54")
  %".101" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".99", <8 x float> %".66", <8 x float> %".55")
  %".102" = add i64 %".42", %"for.iv.2"
  %".103" = getelementptr inbounds float, ptr %".4", i64 %".102"
  %".104" = load float, ptr %".103", align 4
  %".105" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".104", i32 0
  %".106" = shufflevector <8 x float> %".105", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".107" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".106", <8 x float> %".63", <8 x float> %".56")
  %".108" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".106", <8 x float> %".66", <8 x float> %".57")
  %"for.next" = add nsw i64 %"for.iv.2", 1
  br label %"for.header.2"
for.exit.2:
  %".110" = mul i64 %"for.iv.1", 1024
  %".111" = add i64 %".110", %".35"
  %".112" = getelementptr inbounds float, ptr %".5", i64 %".111"
  store <8 x float> %".46", ptr %".112", align 4
  %".114" = add i64 %".111", 8
  %".115" = getelementptr inbounds float, ptr %".5", i64 %".114"
  store <8 x float> %".47", ptr %".115", align 4
  %".117" = mul i64 %".30", 1024
  %".118" = add i64 %".117", %".35"
  %".119" = getelementptr inbounds float, ptr %".5", i64 %".118"
  store <8 x float> %".48", ptr %".119", align 4
  %".121" = add i64 %".118", 8
  %".122" = getelementptr inbounds float, ptr %".5", i64 %".121"
  store <8 x float> %".49", ptr %".122", align 4
  %".124" = mul i64 %".31", 1024
  %".125" = add i64 %".124", %".35"
  %".126" = getelementptr inbounds float, ptr %".5", i64 %".125"
  store <8 x float> %".50", ptr %".126", align 4
  %".128" = add i64 %".125", 8
  %".129" = getelementptr inbounds float, ptr %".5", i64 %".128"
  store <8 x float> %".51", ptr %".129", align 4
  %".131" = mul i64 %".32", 1024
  %".132" = add i64 %".131", %".35"
  %".133" = getelementptr inbounds float, ptr %".5", i64 %".132"
  store <8 x float> %".52", ptr %".133", align 4
  %".135" = add i64 %".132", 8
  %".136" = getelementptr inbounds float, ptr %".5", i64 %".135"
  store <8 x float> %".53", ptr %".136", align 4
  %".138" = mul i64 %".33", 1024
  %".139" = add i64 %".138", %".35"
  %".140" = getelementptr inbounds float, ptr %".5", i64 %".139"
  store <8 x float> %".54", ptr %".140", align 4
  %".142" = add i64 %".139", 8
  %".143" = getelementptr inbounds float, ptr %".5", i64 %".142"
  store <8 x float> %".55", ptr %".143", align 4
  %".145" = mul i64 %".34", 1024
  %".146" = add i64 %".145", %".35"
  %".147" = getelementptr inbounds float, ptr %".5", i64 %".146"
  store <8 x float> %".56", ptr %".147", align 4
  %".149" = add i64 %".146", 8
  %".150" = getelementptr inbounds float, ptr %".5", i64 %".149"
  store <8 x float> %".57", ptr %".150", align 4
  %"for.next.1" = add nsw i64 %"for.iv.1", 6
  br label %"for.header.1"
for.header.3:
  %"for.iv.3" = phi  i64 [%".21", %"for.exit.1"], [%"for.next.3", %"for.exit.4"]
  %".154" = icmp slt i64 %"for.iv.3", %".17"
  br i1 %".154", label %"for.body.3", label %"for.exit.3"
for.body.3:
  %".156" = mul i64 %"for.iv", 16
  %".157" = mul i64 %"for.iv", 2048
  %".158" = mul i64 %"for.iv.3", 128
  %".159" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".160" = shufflevector <8 x float> %".159", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.4"
for.exit.3:
  %"for.next.4" = add nsw i64 %"for.iv", 1
  br label %"for.header"
for.header.4:
  %"for.iv.4" = phi  i64 [0, %"for.body.3"], [%"for.next.2", %"for.body.4"]
  %".162" = phi  <8 x float> [%".160", %"for.body.3"], [%".184", %"for.body.4"]
  %".163" = phi  <8 x float> [%".160", %"for.body.3"], [%".185", %"for.body.4"]
  %".164" = phi  <8 x float> [%".160", %"for.body.3"], [%".199", %"for.body.4"]
  %".165" = phi  <8 x float> [%".160", %"for.body.3"], [%".200", %"for.body.4"]
  %".166" = phi  <8 x float> [%".160", %"for.body.3"], [%".214", %"for.body.4"]
  %".167" = phi  <8 x float> [%".160", %"for.body.3"], [%".215", %"for.body.4"]
  %".168" = phi  <8 x float> [%".160", %"for.body.3"], [%".229", %"for.body.4"]
  %".169" = phi  <8 x float> [%".160", %"for.body.3"], [%".230", %"for.body.4"]
  %".170" = icmp slt i64 %"for.iv.4", 128
  br i1 %".170", label %"for.body.4", label %"for.exit.4"
for.body.4:
  %".172" = mul i64 %"for.iv.4", 16
  %".173" = add i64 %".157", %".172"
  %".174" = getelementptr inbounds float, ptr %".3", i64 %".173"
  %".175" = load <8 x float>, ptr %".174", align 4
  %".176" = add i64 %".173", 8
  %".177" = getelementptr inbounds float, ptr %".3", i64 %".176"
  %".178" = load <8 x float>, ptr %".177", align 4
  %".179" = add i64 %".158", %"for.iv.4"
  %".180" = getelementptr inbounds float, ptr %".4", i64 %".179"
  %".181" = load float, ptr %".180", align 4
  %".182" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".181", i32 0
  %".183" = shufflevector <8 x float> %".182", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".184" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".183", <8 x float> %".175", <8 x float> %".162")
  %".185" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".183", <8 x float> %".178", <8 x float> %".163")
  %".186" = add i64 %"for.iv.4", 1
  %".187" = mul i64 %".186", 16
  %".188" = add i64 %".157", %".187"
  %".189" = getelementptr inbounds float, ptr %".3", i64 %".188"
  %".190" = load <8 x float>, ptr %".189", align 4
  %".191" = add i64 %".188", 8
  %".192" = getelementptr inbounds float, ptr %".3", i64 %".191"
  %".193" = load <8 x float>, ptr %".192", align 4
  %".194" = add i64 %".158", %".186"
  %".195" = getelementptr inbounds float, ptr %".4", i64 %".194"
  %".196" = load float, ptr %".195", align 4
  %".197" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".196", i32 0
  %".198" = shufflevector <8 x float> %".197", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".199" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".198", <8 x float> %".190", <8 x float> %".164")
  %".200" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".198", <8 x float> %".193", <8 x float> %".165")
  %".201" = add i64 %"for.iv.4", 2
  %".202" = mul i64 %".201", 16
  %".203" = add i64 %".157", %".202"
  %".204" = getelementptr inbounds float, ptr %".3", i64 %".203"
  %".205" = load <8 x float>, ptr %".204", align 4
  %".206" = add i64 %".203", 8
  %".207" = getelementptr inbounds float, ptr %".3", i64 %".206"
  %".208" = load <8 x float>, ptr %".207", align 4
  %".209" = add i64 %".158", %".201"
  %".210" = getelementptr inbounds float, ptr %".4", i64 %".209"
  %".211" = load float, ptr %".210", align 4
  %".212" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".211", i32 0
  %".213" = shufflevector <8 x float> %".212", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".214" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".213", <8 x float> %".205", <8 x float> %".166")
  %".215" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".213", <8 x float> %".208", <8 x float> %".167")
  %".216" = add i64 %"for.iv.4", 3
  %".217" = mul i64 %".216", 16
  %".218" = add i64 %".157", %".217"
  %".219" = getelementptr inbounds float, ptr %".3", i64 %".218"
  %".220" = load <8 x float>, ptr %".219", align 4
  %".221" = add i64 %".218", 8
  %".222" = getelementptr inbounds float, ptr %".3", i64 %".221"
  %".223" = load <8 x float>, ptr %".222", align 4
  %".224" = add i64 %".158", %".216"
  %".225" = getelementptr inbounds float, ptr %".4", i64 %".224"
  %".226" = load float, ptr %".225", align 4
  %".227" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".226", i32 0
  %".228" = shufflevector <8 x float> %".227", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".229" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".228", <8 x float> %".220", <8 x float> %".168")
  %".230" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".228", <8 x float> %".223", <8 x float> %".169")
  %"for.next.2" = add nsw i64 %"for.iv.4", 4
  br label %"for.header.4"
for.exit.4:
  %".232" = fadd afn arcp contract nsz reassoc <8 x float> %".162", %".164"
  %".233" = fadd afn arcp contract nsz reassoc <8 x float> %".166", %".168"
  %".234" = fadd afn arcp contract nsz reassoc <8 x float> %".232", %".233"
  %".235" = fadd afn arcp contract nsz reassoc <8 x float> %".163", %".165"
  %".236" = fadd afn arcp contract nsz reassoc <8 x float> %".167", %".169"
  %".237" = fadd afn arcp contract nsz reassoc <8 x float> %".235", %".236"
  %".238" = mul i64 %"for.iv.3", 1024
  %".239" = add i64 %".238", %".156"
  %".240" = getelementptr inbounds float, ptr %".5", i64 %".239"
  store <8 x float> %".234", ptr %".240", align 4
  %".242" = add i64 %".239", 8
  %".243" = getelementptr inbounds float, ptr %".5", i64 %".242"
  store <8 x float> %".237", ptr %".243", align 4
  %"for.next.3" = add nsw i64 %"for.iv.3", 1
  br label %"for.header.3"
}

define internal void @"linear_k128_n1024.par4"(ptr %"ctx") nounwind
{
entry:
  %".3" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 0
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 1
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 2
  %".8" = load i64, ptr %".7"
  %".9" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".10" = load i64, ptr %".9"
  %".11" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 4
  %".12" = load i64, ptr %".11"
  %".13" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 5
  %".14" = load i64, ptr %".13"
  %".15" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 6
  %".16" = load ptr, ptr %".15"
  %".17" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 7
  %".18" = load ptr, ptr %".17"
  %".19" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 8
  %".20" = load ptr, ptr %".19"
  %".21" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".22" = sub i64 %".6", %".4"
  %".23" = sub i64 %".8", 1
  %".24" = add i64 %".22", %".23"
  %".25" = sdiv i64 %".24", %".8"
  %".26" = icmp sgt i64 %".22", 0
  %".27" = select  i1 %".26", i64 %".25", i64 0
  %".28" = call i32 @"omp_get_num_threads"()
  %".29" = sext i32 %".28" to i64
  %".30" = mul i64 %".29", 4
  %".31" = sub i64 %".30", 1
  %".32" = add i64 %".27", %".31"
  %".33" = sdiv i64 %".32", %".30"
  %".34" = icmp slt i64 %".33", 1
  %".35" = select  i1 %".34", i64 1, i64 %".33"
  br label %"grab"
grab:
  %".37" = atomicrmw add ptr %".21", i64 %".35" monotonic
  %".38" = icmp slt i64 %".37", %".27"
  br i1 %".38", label %"run", label %"done"
run:
  %".40" = add i64 %".37", %".35"
  %".41" = icmp slt i64 %".40", %".27"
  %".42" = select  i1 %".41", i64 %".40", i64 %".27"
  %".43" = mul i64 %".37", %".8"
  %".44" = add i64 %".4", %".43"
  %".45" = mul i64 %".42", %".8"
  %".46" = add i64 %".4", %".45"
  %".47" = icmp slt i64 %".46", %".6"
  %".48" = select  i1 %".47", i64 %".46", i64 %".6"
  call void @"linear_k128_n1024.par4.loop"(i64 %".12", i64 %".14", ptr %".16", ptr %".18", ptr %".20", i64 %".44", i64 %".48", i64 %".8")
  br label %"grab"
done:
  ret void
}

define internal void @"linear_k128_n128.par5.loop"(i64 %".1", i64 %".2", ptr captures(none) noalias align 4 %".3", ptr captures(none) noalias align 4 %".4", ptr captures(none) noalias align 4 %".5", i64 %".6", i64 %".7", i64 %".8") nounwind
{
entry:
  br label %"body"
body:
  br label %"par.header"
par.header:
  %"par.iv" = phi  i64 [%".6", %"body"], [%"par.next", %"for.exit"]
  %".11" = icmp slt i64 %"par.iv", %".7"
  br i1 %".11", label %"par.body", label %"par.exit"
par.body:
  %".13" = udiv i64 %"par.iv", %".1"
  %".14" = urem i64 %"par.iv", %".1"
  %".15" = mul i64 %".14", 510
  %".16" = add i64 %".15", 510
  %".17" = call i64 @"llvm.umin.i64"(i64 %".16", i64 %".2")
  %".18" = sub i64 %".17", %".15"
  %".19" = udiv i64 %".18", 6
  %".20" = mul i64 %".19", 6
  %".21" = add i64 %".15", %".20"
  %".22" = add i64 %".13", 1
  br label %"for.header"
par.exit:
  ret void
for.header:
  %"for.iv" = phi  i64 [%".13", %"par.body"], [%"for.next.4", %"for.exit.3"]
  %".24" = icmp slt i64 %"for.iv", %".22"
  br i1 %".24", label %"for.body", label %"for.exit"
for.body:
  br label %"for.header.1"
for.exit:
  %"par.next" = add nsw i64 %"par.iv", 1
  br label %"par.header"
for.header.1:
  %"for.iv.1" = phi  i64 [%".15", %"for.body"], [%"for.next.1", %"for.exit.2"]
  %".27" = icmp slt i64 %"for.iv.1", %".21"
  br i1 %".27", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".29" = add i64 %"for.iv.1", 1
  %".30" = add i64 %"for.iv.1", 2
  %".31" = add i64 %"for.iv.1", 3
  %".32" = add i64 %"for.iv.1", 4
  %".33" = add i64 %"for.iv.1", 5
  %".34" = mul i64 %"for.iv", 16
  %".35" = mul i64 %"for.iv", 2048
  %".36" = mul i64 %"for.iv.1", 128
  %".37" = mul i64 %".29", 128
  %".38" = mul i64 %".30", 128
  %".39" = mul i64 %".31", 128
  %".40" = mul i64 %".32", 128
  %".41" = mul i64 %".33", 128
  %".42" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".43" = shufflevector <8 x float> %".42", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.2"
for.exit.1:
  br label %"for.header.3"
for.header.2:
  %"for.iv.2" = phi  i64 [0, %"for.body.1"], [%"for.next", %"for.body.2"]
  %".45" = phi  <8 x float> [%".43", %"for.body.1"], [%".71", %"for.body.2"]
  %".46" = phi  <8 x float> [%".43", %"for.body.1"], [%".72", %"for.body.2"]
  %".47" = phi  <8 x float> [%".43", %"for.body.1"], [%".78", %"for.body.2"]
  %".48" = phi  <8 x float> [%".43", %"for.body.1"], [%".79", %"for.body.2"]
  %".49" = phi  <8 x float> [%".43", %"for.body.1"], [%".85", %"for.body.2"]
  %".50" = phi  <8 x float> [%".43", %"for.body.1"], [%".86", %"for.body.2"]
  %".51" = phi  <8 x float> [%".43", %"for.body.1"], [%".92", %"for.body.2"]
  %".52" = phi  <8 x float> [%".43", %"for.body.1"], [%".93", %"for.body.2"]
  %".53" = phi  <8 x float> [%".43", %"for.body.1"], [%".99", %"for.body.2"]
  %".54" = phi  <8 x float> [%".43", %"for.body.1"], [%".100", %"for.body.2"]
  %".55" = phi  <8 x float> [%".43", %"for.body.1"], [%".106", %"for.body.2"]
  %".56" = phi  <8 x float> [%".43", %"for.body.1"], [%".107", %"for.body.2"]
  %".57" = icmp slt i64 %"for.iv.2", 128
  br i1 %".57", label %"for.body.2", label %"for.exit.2"
for.body.2:
  %".59" = mul i64 %"for.iv.2", 16
  %".60" = add i64 %".35", %".59"
  %".61" = getelementptr inbounds float, ptr %".3", i64 %".60"
  %".62" = load <8 x float>, ptr %".61", align 4
  %".63" = add i64 %".60", 8
  %".64" = getelementptr inbounds float, ptr %".3", i64 %".63"
  %".65" = load <8 x float>, ptr %".64", align 4
  %".66" = add i64 %".36", %"for.iv.2"
  %".67" = getelementptr inbounds float, ptr %".4", i64 %".66"
  %".68" = load float, ptr %".67", align 4
  %".69" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".68", i32 0
  %".70" = shufflevector <8 x float> %".69", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".71" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".70", <8 x float> %".62", <8 x float> %".45")
  %".72" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".70", <8 x float> %".65", <8 x float> %".46")
  %".73" = add i64 %".37", %"for.iv.2"
  %".74" = getelementptr inbounds float, ptr %".4", i64 %".73"
  %".75" = load float, ptr %".74", align 4
  %".76" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".75", i32 0
  %".77" = shufflevector <8 x float> %".76", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".78" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".77", <8 x float> %".62", <8 x float> %".47")
  %".79" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".77", <8 x float> %".65", <8 x float> %".48")
  %".80" = add i64 %".38", %"for.iv.2"
  %".81" = getelementptr inbounds float, ptr %".4", i64 %".80"
  %".82" = load float, ptr %".81", align 4
  %".83" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".82", i32 0
  %".84" = shufflevector <8 x float> %".83", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".85" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".84", <8 x float> %".62", <8 x float> %".49")
  %".86" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".84", <8 x float> %".65", <8 x float> %".50")
  %".87" = add i64 %".39", %"for.iv.2"
  %".88" = getelementptr inbounds float, ptr %".4", i64 %".87"
  %".89" = load float, ptr %".88", align 4
  %".90" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".89", i32 0
  %".91" = shufflevector <8 x float> %".90", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".92" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".91", <8 x float> %".62", <8 x float> %".51")
  %".93" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".91", <8 x float> %".65", <8 x float> %".52")
  %".94" = add i64 %".40", %"for.iv.2"
  %".95" = getelementptr inbounds float, ptr %".4", i64 %".94"
  %".96" = load float, ptr %".95", align 4
  %".97" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".96", i32 0
  %".98" = shufflevector <8 x float> %".97", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".99" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".98", <8 x float> %".62", <8 x float> %".53")
  %".100" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".98", <8 x float> %".65", <8 x float> %".54")
  %".101" = add i64 %".41", %"for.iv.2"
  %".102" = getelementptr inbounds float, ptr %".4", i64 %".101"
  %".103" = load float, ptr %".102", align 4
  %".104" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".103", i32 0
  %".105" = shufflevector <8 x float> %".104", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".106" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".105", <8 x float> %".62", <8 x float> %".55")
  %".107" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".105", <8 x float> %".65", <8 x float> %".56")
  %"for.next" = add nsw i64 %"for.iv.2", 1
  br label %"for.header.2"
for.exit.2:
  %".109" = add i64 %".36", %".34"
  %".110" = getelementptr inbounds float, ptr %".5", i64 %".109"
  store <8 x float> %".45", ptr %".110", align 4
  %".112" = add i64 %".109", 8
  %".113" = getelementptr inbounds float, ptr %".5", i64 %".112"
  store <8 x float> %".46", ptr %".113", align 4
  %".115" = add i64 %".37", %".34"
  %".116" = getelementptr inbounds float, ptr %".5", i64 %".115"
  store <8 x float> %".47", ptr %".116", align 4
  %".118" = add i64 %".115", 8
  %".119" = getelementptr inbounds float, ptr %".5", i64 %".118"
  store <8 x float> %".48", ptr %".119", align 4
  %".121" = add i64 %".38", %".34"
  %".122" = getelementptr inbounds float, ptr %".5", i64 %".121"
  store <8 x float> %".49", ptr %".122", align 4
  %".124" = add i64 %".121", 8
  %".125" = getelementptr inbounds float, ptr %".5", i64 %".124"
  store <8 x float> %".50", ptr %".125", align 4
  %".127" = add i64 %".39", %".34"
  %".128" = getelementptr inbounds float, ptr %".5", i64 %".127"
  store <8 x float> %".51", ptr %".128", align 4
  %".130" = add i64 %".127", 8
  %".131" = getelementptr inbounds float, ptr %".5", i64 %".130"
  store <8 x float> %".52", ptr %".131", align 4
  %".133" = add i64 %".40", %".34"
  %".134" = getelementptr inbounds float, ptr %".5", i64 %".133"
  store <8 x float> %".53", ptr %".134", align 4
  %".136" = add i64 %".133", 8
  %".137" = getelementptr inbounds float, ptr %".5", i64 %".136"
  store <8 x float> %".54", ptr %".137", align 4
  %".139" = add i64 %".41", %".34"
  %".140" = getelementptr inbounds float, ptr %".5", i64 %".139"
  store <8 x float> %".55", ptr %".140", align 4
  %".142" = add i64 %".139", 8
  %".143" = getelementptr inbounds float, ptr %".5", i64 %".142"
  store <8 x float> %".56", ptr %".143", align 4
  %"for.next.1" = add nsw i64 %"for.iv.1", 6
  br label %"for.header.1"
for.header.3:
  %"for.iv.3" = phi  i64 [%".21", %"for.exit.1"], [%"for.next.3", %"for.exit.4"]
  %".147" = icmp slt i64 %"for.iv.3", %".17"
  br i1 %".147", label %"for.body.3", label %"for.exit.3"
for.body.3:
  %".149" = mul i64 %"for.iv", 16
  %".150" = mul i64 %"for.iv", 2048
  %".151" = mul i64 %"for.iv.3", 128
  %".152" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".153" = shufflevector <8 x float> %".152", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.4"
for.exit.3:
  %"for.next.4" = add nsw i64 %"for.iv", 1
  br label %"for.header"
for.header.4:
  %"for.iv.4" = phi  i64 [0, %"for.body.3"], [%"for.next.2", %"for.body.4"]
  %".155" = phi  <8 x float> [%".153", %"for.body.3"], [%".177", %"for.body.4"]
  %".156" = phi  <8 x float> [%".153", %"for.body.3"], [%".178", %"for.body.4"]
  %".157" = phi  <8 x float> [%".153", %"for.body.3"], [%".192", %"for.body.4"]
  %".158" = phi  <8 x float> [%".153", %"for.body.3"], [%".193", %"for.body.4"]
  %".159" = phi  <8 x float> [%".153", %"for.body.3"], [%".207", %"for.body.4"]
  %".160" = phi  <8 x float> [%".153", %"for.body.3"], [%".208", %"for.body.4"]
  %".161" = phi  <8 x float> [%".153", %"for.body.3"], [%".222", %"for.body.4"]
  %".162" = phi  <8 x float> [%".153", %"for.body.3"], [%".223", %"for.body.4"]
  %".163" = icmp slt i64 %"for.iv.4", 128
  br i1 %".163", label %"for.body.4", label %"for.exit.4"
for.body.4:
  %".165" = mul i64 %"for.iv.4", 16
  %".166" = add i64 %".150", %".165"
  %".167" = getelementptr inbounds float, ptr %".3", i64 %".166"
  %".168" = load <8 x float>, ptr %".167", align 4
  %".169" = add i64 %".166", 8
  %".170" = getelementptr inbounds float, ptr %".3", i64 %".169"
  %".171" = load <8 x float>, ptr %".170", align 4
  %".172" = add i64 %".151", %"for.iv.4"
  %".173" = getelementptr inbounds float, ptr %".4", i64 %".172"
  %".174" = load float, ptr %".173", align 4
  %".175" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".174", i32 0
  %".176" = shufflevector <8 x float> %".175", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".177" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".176", <8 x float> %".168", <8 x float> %".155")
  %".178" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".176", <8 x float> %".171", <8 x float> %".156")
  %".179" = add i64 %"for.iv.4", 1
  %".180" = mul i64 %".179", 16
  %".181" = add i64 %".150", %".180"
  %".182" = getelementptr inbounds float, ptr %".3", i64 %".181"
  %".183" = load <8 x float>, ptr %".182", align 4
  %".184" = add i64 %".181", 8
  %".185" = getelementptr inbounds float, ptr %".3", i64 %".184"
  %".186" = load <8 x float>, ptr %".185", align 4
  %".187" = add i64 %".151", %".179"
  %".188" = getelementptr inbounds float, ptr %".4", i64 %".187"
  %".189" = load float, ptr %".188", align 4
  %".190" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".189", i32 0
  %".191" = shufflevector <8 x float> %".190", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".192" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".191", <8 x float> %".183", <8 x float> %".157")
  %".193" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".191", <8 x float> %".186", <8 x float> %".158")
  %".194" = add i64 %"for.iv.4", 2
  %".195" = mul i64 %".194", 16
  %".196" = add i64 %".150", %".195"
  %".197" = getelementptr inbounds float, ptr %".3", i64 %".196"
  %".198" = load <8 x float>, ptr %".197", align 4
  %".199" = add i64 %".196", 8
  %".200" = getelementptr inbounds float, ptr %".3", i64 %".199"
  %".201" = load <8 x float>, ptr %".200", align 4
  %".202" = add i64 %".151", %".194"
  %".203" = getelementptr inbounds float, ptr %".4", i64 %".202"
  %".204" = load float, ptr %".203", align 4
  %".205" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".204", i32 0
  %".206" = shufflevector <8 x float> %".205", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".207" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".206", <8 x float> %".198", <8 x float> %".159")
  %".208" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".206", <8 x float> %".201", <8 x float> %".160")
  %".209" = add i64 %"for.iv.4", 3
  %".210" = mul i64 %".209", 16
  %".211" = add i64 %".150", %".210"
  %".212" = getelementptr inbounds float, ptr %".3", i64 %".211"
  %".213" = load <8 x float>, ptr %".212", align 4
  %".214" = add i64 %".211", 8
  %".215" = getelementptr inbounds float, ptr %".3", i64 %".214"
  %".216" = load <8 x float>, ptr %".215", align 4
  %".217" = add i64 %".151", %".209"
  %".218" = getelementptr inbounds float, ptr %".4", i64 %".217"
  %".219" = load float, ptr %".218", align 4
  %".220" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".219", i32 0
  %".221" = shufflevector <8 x float> %".220", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".222" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".221", <8 x float> %".213", <8 x float> %".161")
  %".223" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".221", <8 x float> %".216", <8 x float> %".162")
  %"for.next.2" = add nsw i64 %"for.iv.4", 4
  br label %"for.header.4"
for.exit.4:
  %".225" = fadd afn arcp contract nsz reassoc <8 x float> %".155", %".157"
  %".226" = fadd afn arcp contract nsz reassoc <8 x float> %".159", %".161"
  %".227" = fadd afn arcp contract nsz reassoc <8 x float> %".225", %".226"
  %".228" = fadd afn arcp contract nsz reassoc <8 x float> %".156", %".158"
  %".229" = fadd afn arcp contract nsz reassoc <8 x float> %".160", %".162"
  %".230" = fadd afn arcp contract nsz reassoc <8 x float> %".228", %".229"
  %".231" = add i64 %".151", %".149"
  %".232" = getelementptr inbounds float, ptr %".5", i64 %".231"
  store <8 x float> %".227", ptr %".232", align 4
  %".234" = add i64 %".231", 8
  %".235" = getelementptr inbounds float, ptr %".5", i64 %".234"
  store <8 x float> %".230", ptr %".235", align 4
  %"for.next.3" = add nsw i64 %"for.iv.3", 1
  br label %"for.header.3"
}

define internal void @"linear_k128_n128.par5"(ptr %"ctx") nounwind
{
entry:
  %".3" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 0
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 1
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 2
  %".8" = load i64, ptr %".7"
  %".9" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".10" = load i64, ptr %".9"
  %".11" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 4
  %".12" = load i64, ptr %".11"
  %".13" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 5
  %".14" = load i64, ptr %".13"
  %".15" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 6
  %".16" = load ptr, ptr %".15"
  %".17" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 7
  %".18" = load ptr, ptr %".17"
  %".19" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 8
  %".20" = load ptr, ptr %".19"
  %".21" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".22" = sub i64 %".6", %".4"
  %".23" = sub i64 %".8", 1
  %".24" = add i64 %".22", %".23"
  %".25" = sdiv i64 %".24", %".8"
  %".26" = icmp sgt i64 %".22", 0
  %".27" = select  i1 %".26", i64 %".25", i64 0
  %".28" = call i32 @"omp_get_num_threads"()
  %".29" = sext i32 %".28" to i64
  %".30" = mul i64 %".29", 4
  %".31" = sub i64 %".30", 1
  %".32" = add i64 %".27", %".31"
  %".33" = sdiv i64 %".32", %".30"
  %".34" = icmp slt i64 %".33", 1
  %".35" = select  i1 %".34", i64 1, i64 %".33"
  br label %"grab"
grab:
  %".37" = atomicrmw add ptr %".21", i64 %".35" monotonic
  %".38" = icmp slt i64 %".37", %".27"
  br i1 %".38", label %"run", label %"done"
run:
  %".40" = add i64 %".37", %".35"
  %".41" = icmp slt i64 %".40", %".27"
  %".42" = select  i1 %".41", i64 %".40", i64 %".27"
  %".43" = mul i64 %".37", %".8"
  %".44" = add i64 %".4", %".43"
  %".45" = mul i64 %".42", %".8"
  %".46" = add i64 %".4", %".45"
  %".47" = icmp slt i64 %".46", %".6"
  %".48" = select  i1 %".47", i64 %".46", i64 %".6"
  call void @"linear_k128_n128.par5.loop"(i64 %".12", i64 %".14", ptr %".16", ptr %".18", ptr %".20", i64 %".44", i64 %".48", i64 %".8")
  br label %"grab"
done:
  ret void
}

define internal void @"linear_k192_n128.par6.loop"(i64 %".1", i64 %".2", ptr captures(none) noalias align 4 %".3", ptr captures(none) noalias align 4 %".4", ptr captures(none) noalias align 4 %".5", i64 %".6", i64 %".7", i64 %".8") nounwind
{
entry:
  br label %"body"
body:
  br label %"par.header"
par.header:
  %"par.iv" = phi  i64 [%".6", %"body"], [%"par.next", %"for.exit"]
  %".11" = icmp slt i64 %"par.iv", %".7"
  br i1 %".11", label %"par.body", label %"par.exit"
par.body:
  %".13" = udiv i64 %"par.iv", %".1"
  %".14" = urem i64 %"par.iv", %".1"
  %".15" = mul i64 %".14", 336
  %".16" = add i64 %".15", 336
  %".17" = call i64 @"llvm.umin.i64"(i64 %".16", i64 %".2")
  %".18" = sub i64 %".17", %".15"
  %".19" = udiv i64 %".18", 6
  %".20" = mul i64 %".19", 6
  %".21" = add i64 %".15", %".20"
  %".22" = add i64 %".13", 1
  br label %"for.header"
par.exit:
  ret void
for.header:
  %"for.iv" = phi  i64 [%".13", %"par.body"], [%"for.next.4", %"for.exit.3"]
  %".24" = icmp slt i64 %"for.iv", %".22"
  br i1 %".24", label %"for.body", label %"for.exit"
for.body:
  br label %"for.header.1"
for.exit:
  %"par.next" = add nsw i64 %"par.iv", 1
  br label %"par.header"
for.header.1:
  %"for.iv.1" = phi  i64 [%".15", %"for.body"], [%"for.next.1", %"for.exit.2"]
  %".27" = icmp slt i64 %"for.iv.1", %".21"
  br i1 %".27", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".29" = add i64 %"for.iv.1", 1
  %".30" = add i64 %"for.iv.1", 2
  %".31" = add i64 %"for.iv.1", 3
  %".32" = add i64 %"for.iv.1", 4
  %".33" = add i64 %"for.iv.1", 5
  %".34" = mul i64 %"for.iv", 16
  %".35" = mul i64 %"for.iv", 3072
  %".36" = mul i64 %"for.iv.1", 192
  %".37" = mul i64 %".29", 192
  %".38" = mul i64 %".30", 192
  %".39" = mul i64 %".31", 192
  %".40" = mul i64 %".32", 192
  %".41" = mul i64 %".33", 192
  %".42" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".43" = shufflevector <8 x float> %".42", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.2"
for.exit.1:
  br label %"for.header.3"
for.header.2:
  %"for.iv.2" = phi  i64 [0, %"for.body.1"], [%"for.next", %"for.body.2"]
  %".45" = phi  <8 x float> [%".43", %"for.body.1"], [%".71", %"for.body.2"]
  %".46" = phi  <8 x float> [%".43", %"for.body.1"], [%".72", %"for.body.2"]
  %".47" = phi  <8 x float> [%".43", %"for.body.1"], [%".78", %"for.body.2"]
  %".48" = phi  <8 x float> [%".43", %"for.body.1"], [%".79", %"for.body.2"]
  %".49" = phi  <8 x float> [%".43", %"for.body.1"], [%".85", %"for.body.2"]
  %".50" = phi  <8 x float> [%".43", %"for.body.1"], [%".86", %"for.body.2"]
  %".51" = phi  <8 x float> [%".43", %"for.body.1"], [%".92", %"for.body.2"]
  %".52" = phi  <8 x float> [%".43", %"for.body.1"], [%".93", %"for.body.2"]
  %".53" = phi  <8 x float> [%".43", %"for.body.1"], [%".99", %"for.body.2"]
  %".54" = phi  <8 x float> [%".43", %"for.body.1"], [%".100", %"for.body.2"]
  %".55" = phi  <8 x float> [%".43", %"for.body.1"], [%".106", %"for.body.2"]
  %".56" = phi  <8 x float> [%".43", %"for.body.1"], [%".107", %"for.body.2"]
  %".57" = icmp slt i64 %"for.iv.2", 192
  br i1 %".57", label %"for.body.2", label %"for.exit.2"
for.body.2:
  %".59" = mul i64 %"for.iv.2", 16
  %".60" = add i64 %".35", %".59"
  %".61" = getelementptr inbounds float, ptr %".3", i64 %".60"
  %".62" = load <8 x float>, ptr %".61", align 4
  %".63" = add i64 %".60", 8
  %".64" = getelementptr inbounds float, ptr %".3", i64 %".63"
  %".65" = load <8 x float>, ptr %".64", align 4
  %".66" = add i64 %".36", %"for.iv.2"
  %".67" = getelementptr inbounds float, ptr %".4", i64 %".66"
  %".68" = load float, ptr %".67", align 4
  %".69" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".68", i32 0
  %".70" = shufflevector <8 x float> %".69", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".71" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".70", <8 x float> %".62", <8 x float> %".45")
  %".72" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".70", <8 x float> %".65", <8 x float> %".46")
  %".73" = add i64 %".37", %"for.iv.2"
  %".74" = getelementptr inbounds float, ptr %".4", i64 %".73"
  %".75" = load float, ptr %".74", align 4
  %".76" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".75", i32 0
  %".77" = shufflevector <8 x float> %".76", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".78" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".77", <8 x float> %".62", <8 x float> %".47")
  %".79" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".77", <8 x float> %".65", <8 x float> %".48")
  %".80" = add i64 %".38", %"for.iv.2"
  %".81" = getelementptr inbounds float, ptr %".4", i64 %".80"
  %".82" = load float, ptr %".81", align 4
  %".83" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".82", i32 0
  %".84" = shufflevector <8 x float> %".83", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".85" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".84", <8 x float> %".62", <8 x float> %".49")
  %".86" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".84", <8 x float> %".65", <8 x float> %".50")
  %".87" = add i64 %".39", %"for.iv.2"
  %".88" = getelementptr inbounds float, ptr %".4", i64 %".87"
  %".89" = load float, ptr %".88", align 4
  %".90" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".89", i32 0
  %".91" = shufflevector <8 x float> %".90", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".92" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".91", <8 x float> %".62", <8 x float> %".51")
  %".93" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".91", <8 x float> %".65", <8 x float> %".52")
  %".94" = add i64 %".40", %"for.iv.2"
  %".95" = getelementptr inbounds float, ptr %".4", i64 %".94"
  %".96" = load float, ptr %".95", align 4
  %".97" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".96", i32 0
  %".98" = shufflevector <8 x float> %".97", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".99" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".98", <8 x float> %".62", <8 x float> %".53")
  %".100" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".98", <8 x float> %".65", <8 x float> %".54")
  %".101" = add i64 %".41", %"for.iv.2"
  %".102" = getelementptr inbounds float, ptr %".4", i64 %".101"
  %".103" = load float, ptr %".102", align 4
  %".104" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".103", i32 0
  %".105" = shufflevector <8 x float> %".104", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".106" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".105", <8 x float> %".62", <8 x float> %".55")
  %".107" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".105", <8 x float> %".65", <8 x float> %".56")
  %"for.next" = add nsw i64 %"for.iv.2", 1
  br label %"for.header.2"
for.exit.2:
  %".109" = mul i64 %"for.iv.1", 128
  %".110" = add i64 %".109", %".34"
  %".111" = getelementptr inbounds float, ptr %".5", i64 %".110"
  store <8 x float> %".45", ptr %".111", align 4
  %".113" = add i64 %".110", 8
  %".114" = getelementptr inbounds float, ptr %".5", i64 %".113"
  store <8 x float> %".46", ptr %".114", align 4
  %".116" = mul i64 %".29", 128
  %".117" = add i64 %".116", %".34"
  %".118" = getelementptr inbounds float, ptr %".5", i64 %".117"
  store <8 x float> %".47", ptr %".118", align 4
  %".120" = add i64 %".117", 8
  %".121" = getelementptr inbounds float, ptr %".5", i64 %".120"
  store <8 x float> %".48", ptr %".121", align 4
  %".123" = mul i64 %".30", 128
  %".124" = add i64 %".123", %".34"
  %".125" = getelementptr inbounds float, ptr %".5", i64 %".124"
  store <8 x float> %".49", ptr %".125", align 4
  %".127" = add i64 %".124", 8
  %".128" = getelementptr inbounds float, ptr %".5", i64 %".127"
  store <8 x float> %".50", ptr %".128", align 4
  %".130" = mul i64 %".31", 128
  %".131" = add i64 %".130", %".34"
  %".132" = getelementptr inbounds float, ptr %".5", i64 %".131"
  store <8 x float> %".51", ptr %".132", align 4
  %".134" = add i64 %".131", 8
  %".135" = getelementptr inbounds float, ptr %".5", i64 %".134"
  store <8 x float> %".52", ptr %".135", align 4
  %".137" = mul i64 %".32", 128
  %".138" = add i64 %".137", %".34"
  %".139" = getelementptr inbounds float, ptr %".5", i64 %".138"
  store <8 x float> %".53", ptr %".139", align 4
  %".141" = add i64 %".138", 8
  %".142" = getelementptr inbounds float, ptr %".5", i64 %".141"
  store <8 x float> %".54", ptr %".142", align 4
  %".144" = mul i64 %".33", 128
  %".145" = add i64 %".144", %".34"
  %".146" = getelementptr inbounds float, ptr %".5", i64 %".145"
  store <8 x float> %".55", ptr %".146", align 4
  %".148" = add i64 %".145", 8
  %".149" = getelementptr inbounds float, ptr %".5", i64 %".148"
  store <8 x float> %".56", ptr %".149", align 4
  %"for.next.1" = add nsw i64 %"for.iv.1", 6
  br label %"for.header.1"
for.header.3:
  %"for.iv.3" = phi  i64 [%".21", %"for.exit.1"], [%"for.next.3", %"for.exit.4"]
  %".153" = icmp slt i64 %"for.iv.3", %".17"
  br i1 %".153", label %"for.body.3", label %"for.exit.3"
for.body.3:
  %".155" = mul i64 %"for.iv", 16
  %".156" = mul i64 %"for.iv", 3072
  %".157" = mul i64 %"for.iv.3", 192
  %".158" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".159" = shufflevector <8 x float> %".158", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.4"
for.exit.3:
  %"for.next.4" = add nsw i64 %"for.iv", 1
  br label %"for.header"
for.header.4:
  %"for.iv.4" = phi  i64 [0, %"for.body.3"], [%"for.next.2", %"for.body.4"]
  %".161" = phi  <8 x float> [%".159", %"for.body.3"], [%".183", %"for.body.4"]
  %".162" = phi  <8 x float> [%".159", %"for.body.3"], [%".184", %"for.body.4"]
  %".163" = phi  <8 x float> [%".159", %"for.body.3"], [%".198", %"for.body.4"]
  %".164" = phi  <8 x float> [%".159", %"for.body.3"], [%".199", %"for.body.4"]
  %".165" = phi  <8 x float> [%".159", %"for.body.3"], [%".213", %"for.body.4"]
  %".166" = phi  <8 x float> [%".159", %"for.body.3"], [%".214", %"for.body.4"]
  %".167" = phi  <8 x float> [%".159", %"for.body.3"], [%".228", %"for.body.4"]
  %".168" = phi  <8 x float> [%".159", %"for.body.3"], [%".229", %"for.body.4"]
  %".169" = icmp slt i64 %"for.iv.4", 192
  br i1 %".169", label %"for.body.4", label %"for.exit.4"
for.body.4:
  %".171" = mul i64 %"for.iv.4", 16
  %".172" = add i64 %".156", %".171"
  %".173" = getelementptr inbounds float, ptr %".3", i64 %".172"
  %".174" = load <8 x float>, ptr %".173", align 4
  %".175" = add i64 %".172", 8
  %".176" = getelementptr inbounds float, ptr %".3", i64 %".175"
  %".177" = load <8 x float>, ptr %".176", align 4
  %".178" = add i64 %".157", %"for.iv.4"
  %".179" = getelementptr inbounds float, ptr %".4", i64 %".178"
  %".180" = load float, ptr %".179", align 4
  %".181" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".180", i32 0
  %".182" = shufflevector <8 x float> %".181", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".183" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".182", <8 x float> %".174", <8 x float> %".161")
  %".184" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".182", <8 x float> %".177", <8 x float> %".162")
  %".185" = add i64 %"for.iv.4", 1
  %".186" = mul i64 %".185", 16
  %".187" = add i64 %".156", %".186"
  %".188" = getelementptr inbounds float, ptr %".3", i64 %".187"
  %".189" = load <8 x float>, ptr %".188", align 4
  %".190" = add i64 %".187", 8
  %".191" = getelementptr inbounds float, ptr %".3", i64 %".190"
  %".192" = load <8 x float>, ptr %".191", align 4
  %".193" = add i64 %".157", %".185"
  %".194" = getelementptr inbounds float, ptr %".4", i64 %".193"
  %".195" = load float, ptr %".194", align 4
  %".196" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".195", i32 0
  %".197" = shufflevector <8 x float> %".196", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".198" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".197", <8 x float> %".189", <8 x float> %".163")
  %".199" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".197", <8 x float> %".192", <8 x float> %".164")
  %".200" = add i64 %"for.iv.4", 2
  %".201" = mul i64 %".200", 16
  %".202" = add i64 %".156", %".201"
  %".203" = getelementptr inbounds float, ptr %".3", i64 %".202"
  %".204" = load <8 x float>, ptr %".203", align 4
  %".205" = add i64 %".202", 8
  %".206" = getelementptr inbounds float, ptr %".3", i64 %".205"
  %".207" = load <8 x float>, ptr %".206", align 4
  %".208" = add i64 %".157", %".200"
  %".209" = getelementptr inbounds float, ptr %".4", i64 %".208"
  %".210" = load float, ptr %".209", align 4
  %".211" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".210", i32 0
  %".212" = shufflevector <8 x float> %".211", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".213" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".212", <8 x float> %".204", <8 x float> %".165")
  %".214" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".212", <8 x float> %".207", <8 x float> %".166")
  %".215" = add i64 %"for.iv.4", 3
  %".216" = mul i64 %".215", 16
  %".217" = add i64 %".156", %".216"
  %".218" = getelementptr inbounds float, ptr %".3", i64 %".217"
  %".219" = load <8 x float>, ptr %".218", align 4
  %".220" = add i64 %".217", 8
  %".221" = getelementptr inbounds float, ptr %".3", i64 %".220"
  %".222" = load <8 x float>, ptr %".221", align 4
  %".223" = add i64 %".157", %".215"
  %".224" = getelementptr inbounds float, ptr %".4", i64 %".223"
  %".225" = load float, ptr %".224", align 4
  %".226" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".225", i32 0
  %".227" = shufflevector <8 x float> %".226", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".228" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".227", <8 x float> %".219", <8 x float> %".167")
  %".229" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".227", <8 x float> %".222", <8 x float> %".168")
  %"for.next.2" = add nsw i64 %"for.iv.4", 4
  br label %"for.header.4"
for.exit.4:
  %".231" = fadd afn arcp contract nsz reassoc <8 x float> %".161", %".163"
  %".232" = fadd afn arcp contract nsz reassoc <8 x float> %".165", %".167"
  %".233" = fadd afn arcp contract nsz reassoc <8 x float> %".231", %".232"
  %".234" = fadd afn arcp contract nsz reassoc <8 x float> %".162", %".164"
  %".235" = fadd afn arcp contract nsz reassoc <8 x float> %".166", %".168"
  %".236" = fadd afn arcp contract nsz reassoc <8 x float> %".234", %".235"
  %".237" = mul i64 %"for.iv.3", 128
  %".238" = add i64 %".237", %".155"
  %".239" = getelementptr inbounds float, ptr %".5", i64 %".238"
  store <8 x float> %".233", ptr %".239", align 4
  %".241" = add i64 %".238", 8
  %".242" = getelementptr inbounds float, ptr %".5", i64 %".241"
  store <8 x float> %".236", ptr %".242", align 4
  %"for.next.3" = add nsw i64 %"for.iv.3", 1
  br label %"for.header.3"
}

define internal void @"linear_k192_n128.par6"(ptr %"ctx") nounwind
{
entry:
  %".3" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 0
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 1
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 2
  %".8" = load i64, ptr %".7"
  %".9" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".10" = load i64, ptr %".9"
  %".11" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 4
  %".12" = load i64, ptr %".11"
  %".13" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 5
  %".14" = load i64, ptr %".13"
  %".15" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 6
  %".16" = load ptr, ptr %".15"
  %".17" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 7
  %".18" = load ptr, ptr %".17"
  %".19" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 8
  %".20" = load ptr, ptr %".19"
  %".21" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".22" = sub i64 %".6", %".4"
  %".23" = sub i64 %".8", 1
  %".24" = add i64 %".22", %".23"
  %".25" = sdiv i64 %".24", %".8"
  %".26" = icmp sgt i64 %".22", 0
  %".27" = select  i1 %".26", i64 %".25", i64 0
  %".28" = call i32 @"omp_get_num_threads"()
  %".29" = sext i32 %".28" to i64
  %".30" = mul i64 %".29", 4
  %".31" = sub i64 %".30", 1
  %".32" = add i64 %".27", %".31"
  %".33" = sdiv i64 %".32", %".30"
  %".34" = icmp slt i64 %".33", 1
  %".35" = select  i1 %".34", i64 1, i64 %".33"
  br label %"grab"
grab:
  %".37" = atomicrmw add ptr %".21", i64 %".35" monotonic
  %".38" = icmp slt i64 %".37", %".27"
  br i1 %".38", label %"run", label %"done"
run:
  %".40" = add i64 %".37", %".35"
  %".41" = icmp slt i64 %".40", %".27"
  %".42" = select  i1 %".41", i64 %".40", i64 %".27"
  %".43" = mul i64 %".37", %".8"
  %".44" = add i64 %".4", %".43"
  %".45" = mul i64 %".42", %".8"
  %".46" = add i64 %".4", %".45"
  %".47" = icmp slt i64 %".46", %".6"
  %".48" = select  i1 %".47", i64 %".46", i64 %".6"
  call void @"linear_k192_n128.par6.loop"(i64 %".12", i64 %".14", ptr %".16", ptr %".18", ptr %".20", i64 %".44", i64 %".48", i64 %".8")
  br label %"grab"
done:
  ret void
}

define internal void @"linear_swiglu_k128_n192.par7.loop"(i64 %".1", i64 %".2", ptr captures(none) noalias align 4 %".3", ptr captures(none) noalias align 4 %".4", ptr captures(none) noalias align 4 %".5", ptr captures(none) noalias align 4 %".6", i64 %".7", i64 %".8", i64 %".9") nounwind
{
entry:
  br label %"body"
body:
  br label %"par.header"
par.header:
  %"par.iv" = phi  i64 [%".7", %"body"], [%"par.next", %"for.exit"]
  %".12" = icmp slt i64 %"par.iv", %".8"
  br i1 %".12", label %"par.body", label %"par.exit"
par.body:
  %".14" = udiv i64 %"par.iv", %".1"
  %".15" = urem i64 %"par.iv", %".1"
  %".16" = mul i64 %".15", 512
  %".17" = add i64 %".16", 512
  %".18" = call i64 @"llvm.umin.i64"(i64 %".17", i64 %".2")
  %".19" = sub i64 %".18", %".16"
  %".20" = udiv i64 %".19", 4
  %".21" = mul i64 %".20", 4
  %".22" = add i64 %".16", %".21"
  %".23" = add i64 %".14", 1
  br label %"for.header"
par.exit:
  ret void
for.header:
  %"for.iv" = phi  i64 [%".14", %"par.body"], [%"for.next.4", %"for.exit.3"]
  %".25" = icmp slt i64 %"for.iv", %".23"
  br i1 %".25", label %"for.body", label %"for.exit"
for.body:
  br label %"for.header.1"
for.exit:
  %"par.next" = add nsw i64 %"par.iv", 1
  br label %"par.header"
for.header.1:
  %"for.iv.1" = phi  i64 [%".16", %"for.body"], [%"for.next.1", %"for.exit.2"]
  %".28" = icmp slt i64 %"for.iv.1", %".22"
  br i1 %".28", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".30" = add i64 %"for.iv.1", 1
  %".31" = add i64 %"for.iv.1", 2
  %".32" = add i64 %"for.iv.1", 3
  %".33" = mul i64 %"for.iv", 2048
  %".34" = mul i64 %"for.iv.1", 128
  %".35" = mul i64 %".30", 128
  %".36" = mul i64 %".31", 128
  %".37" = mul i64 %".32", 128
  %".38" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".39" = shufflevector <8 x float> %".38", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.2"
for.exit.1:
  br label %"for.header.3"
for.header.2:
  %"for.iv.2" = phi  i64 [0, %"for.body.1"], [%"for.next", %"for.body.2"]
  %".41" = phi  <8 x float> [%".39", %"for.body.1"], [%".75", %"for.body.2"]
  %".42" = phi  <8 x float> [%".39", %"for.body.1"], [%".76", %"for.body.2"]
  %".43" = phi  <8 x float> [%".39", %"for.body.1"], [%".77", %"for.body.2"]
  %".44" = phi  <8 x float> [%".39", %"for.body.1"], [%".78", %"for.body.2"]
  %".45" = phi  <8 x float> [%".39", %"for.body.1"], [%".84", %"for.body.2"]
  %".46" = phi  <8 x float> [%".39", %"for.body.1"], [%".85", %"for.body.2"]
  %".47" = phi  <8 x float> [%".39", %"for.body.1"], [%".86", %"for.body.2"]
  %".48" = phi  <8 x float> [%".39", %"for.body.1"], [%".87", %"for.body.2"]
  %".49" = phi  <8 x float> [%".39", %"for.body.1"], [%".93", %"for.body.2"]
  %".50" = phi  <8 x float> [%".39", %"for.body.1"], [%".94", %"for.body.2"]
  %".51" = phi  <8 x float> [%".39", %"for.body.1"], [%".95", %"for.body.2"]
  %".52" = phi  <8 x float> [%".39", %"for.body.1"], [%".96", %"for.body.2"]
  %".53" = phi  <8 x float> [%".39", %"for.body.1"], [%".102", %"for.body.2"]
  %".54" = phi  <8 x float> [%".39", %"for.body.1"], [%".103", %"for.body.2"]
  %".55" = phi  <8 x float> [%".39", %"for.body.1"], [%".104", %"for.body.2"]
  %".56" = phi  <8 x float> [%".39", %"for.body.1"], [%".105", %"for.body.2"]
  %".57" = icmp slt i64 %"for.iv.2", 128
  br i1 %".57", label %"for.body.2", label %"for.exit.2"
for.body.2:
  %".59" = mul i64 %"for.iv.2", 16
  %".60" = add i64 %".33", %".59"
  %".61" = getelementptr inbounds float, ptr %".3", i64 %".60"
  %".62" = load <8 x float>, ptr %".61", align 4
  %".63" = add i64 %".60", 8
  %".64" = getelementptr inbounds float, ptr %".3", i64 %".63"
  %".65" = load <8 x float>, ptr %".64", align 4
  %".66" = getelementptr inbounds float, ptr %".4", i64 %".60"
  %".67" = load <8 x float>, ptr %".66", align 4
  %".68" = getelementptr inbounds float, ptr %".4", i64 %".63"
  %".69" = load <8 x float>, ptr %".68", align 4
  %".70" = add i64 %".34", %"for.iv.2"
  %".71" = getelementptr inbounds float, ptr %".5", i64 %".70"
  %".72" = load float, ptr %".71", align 4
  %".73" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".72", i32 0
  %".74" = shufflevector <8 x float> %".73", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".75" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".74", <8 x float> %".62", <8 x float> %".41")
  %".76" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".74", <8 x float> %".65", <8 x float> %".42")
  %".77" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".74", <8 x float> %".67", <8 x float> %".43")
  %".78" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".74", <8 x float> %".69", <8 x float> %".44")
  %".79" = add i64 %".35", %"for.iv.2"
  %".80" = getelementptr inbounds float, ptr %".5", i64 %".79"
  %".81" = load float, ptr %".80", align 4
  %".82" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".81", i32 0
  %".83" = shufflevector <8 x float> %".82", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".84" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".83", <8 x float> %".62", <8 x float> %".45")
  %".85" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".83", <8 x float> %".65", <8 x float> %".46")
  %".86" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".83", <8 x float> %".67", <8 x float> %".47")
  %".87" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".83", <8 x float> %".69", <8 x float> %".48")
  %".88" = add i64 %".36", %"for.iv.2"
  %".89" = getelementptr inbounds float, ptr %".5", i64 %".88"
  %".90" = load float, ptr %".89", align 4
  %".91" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".90", i32 0
  %".92" = shufflevector <8 x float> %".91", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".93" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".92", <8 x float> %".62", <8 x float> %".49")
  %".94" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".92", <8 x float> %".65", <8 x float> %".50")
  %".95" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".92", <8 x float> %".67", <8 x float> %".51")
  %".96" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".92", <8 x float> %".69", <8 x float> %".52")
  %".97" = add i64 %".37", %"for.iv.2"
  %".98" = getelementptr inbounds float, ptr %".5", i64 %".97"
  %".99" = load float, ptr %".98", align 4
  %".100" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".99", i32 0
  %".101" = shufflevector <8 x float> %".100", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".102" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".101", <8 x float> %".62", <8 x float> %".53")
  %".103" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".101", <8 x float> %".65", <8 x float> %".54")
  %".104" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".101", <8 x float> %".67", <8 x float> %".55")
  %".105" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".101", <8 x float> %".69", <8 x float> %".56")
  %"for.next" = add nsw i64 %"for.iv.2", 1
  br label %"for.header.2"
for.exit.2:
  %".107" = fsub afn arcp contract nsz reassoc <8 x float> %".39", %".41"
  %".108" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0xc055c00000000000, i32 0
  %".109" = shufflevector <8 x float> %".108", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".110" = fcmp ogt <8 x float> %".107", %".109"
  %".111" = select  <8 x i1> %".110", <8 x float> %".107", <8 x float> %".109"
  %".112" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0x4056000000000000, i32 0
  %".113" = shufflevector <8 x float> %".112", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".114" = fcmp olt <8 x float> %".111", %".113"
  %".115" = select  <8 x i1> %".114", <8 x float> %".111", <8 x float> %".113"
  %".116" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".115", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".117" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".116", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".118" = fmul contract <8 x float> %".117", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".119" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".118")
  %".120" = fmul contract <8 x float> %".119", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".121" = fsub contract <8 x float> %".117", %".120"
  %".122" = fmul contract <8 x float> %".119", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".123" = fsub contract <8 x float> %".121", %".122"
  %".124" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".123"
  %".125" = fadd contract <8 x float> %".124", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".126" = fmul contract <8 x float> %".125", %".123"
  %".127" = fadd contract <8 x float> %".126", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".128" = fmul contract <8 x float> %".127", %".123"
  %".129" = fadd contract <8 x float> %".128", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".130" = fmul contract <8 x float> %".129", %".123"
  %".131" = fadd contract <8 x float> %".130", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".132" = fmul contract <8 x float> %".131", %".123"
  %".133" = fadd contract <8 x float> %".132", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".134" = fmul contract <8 x float> %".123", %".123"
  %".135" = fmul contract <8 x float> %".133", %".134"
  %".136" = fadd contract <8 x float> %".135", %".123"
  %".137" = fadd contract <8 x float> %".136", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".138" = fptosi <8 x float> %".119" to <8 x i32>
  %".139" = shl <8 x i32> %".138", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".140" = bitcast <8 x float> %".137" to <8 x i32>
  %".141" = add <8 x i32> %".140", %".139"
  %".142" = bitcast <8 x i32> %".141" to <8 x float>
  %".143" = fcmp olt <8 x float> %".115", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".144" = select  <8 x i1> %".143", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".142"
  %".145" = fcmp ogt <8 x float> %".115", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".146" = select  <8 x i1> %".145", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".144"
  %".147" = fcmp uno <8 x float> %".115", %".115"
  %".148" = select  <8 x i1> %".147", <8 x float> %".115", <8 x float> %".146"
  %".149" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0x3ff0000000000000, i32 0
  %".150" = shufflevector <8 x float> %".149", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".151" = fadd afn arcp contract nsz reassoc <8 x float> %".150", %".148"
  %".152" = fdiv afn arcp contract nsz reassoc <8 x float> %".41", %".151"
  %".153" = fmul afn arcp contract nsz reassoc <8 x float> %".152", %".43"
  %".154" = fsub afn arcp contract nsz reassoc <8 x float> %".39", %".42"
  %".155" = fcmp ogt <8 x float> %".154", %".109"
  %".156" = select  <8 x i1> %".155", <8 x float> %".154", <8 x float> %".109"
  %".157" = fcmp olt <8 x float> %".156", %".113"
  %".158" = select  <8 x i1> %".157", <8 x float> %".156", <8 x float> %".113"
  %".159" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".158", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".160" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".159", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".161" = fmul contract <8 x float> %".160", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".162" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".161")
  %".163" = fmul contract <8 x float> %".162", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".164" = fsub contract <8 x float> %".160", %".163"
  %".165" = fmul contract <8 x float> %".162", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".166" = fsub contract <8 x float> %".164", %".165"
  %".167" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".166"
  %".168" = fadd contract <8 x float> %".167", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".169" = fmul contract <8 x float> %".168", %".166"
  %".170" = fadd contract <8 x float> %".169", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".171" = fmul contract <8 x float> %".170", %".166"
  %".172" = fadd contract <8 x float> %".171", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".173" = fmul contract <8 x float> %".172", %".166"
  %".174" = fadd contract <8 x float> %".173", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".175" = fmul contract <8 x float> %".174", %".166"
  %".176" = fadd contract <8 x float> %".175", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".177" = fmul contract <8 x float> %".166", %".166"
  %".178" = fmul contract <8 x float> %".176", %".177"
  %".179" = fadd contract <8 x float> %".178", %".166"
  %".180" = fadd contract <8 x float> %".179", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".181" = fptosi <8 x float> %".162" to <8 x i32>
  %".182" = shl <8 x i32> %".181", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".183" = bitcast <8 x float> %".180" to <8 x i32>
  %".184" = add <8 x i32> %".183", %".182"
  %".185" = bitcast <8 x i32> %".184" to <8 x float>
  %".186" = fcmp olt <8 x float> %".158", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".187" = select  <8 x i1> %".186", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".185"
  %".188" = fcmp ogt <8 x float> %".158", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".189" = select  <8 x i1> %".188", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".187"
  %".190" = fcmp uno <8 x float> %".158", %".158"
  %".191" = select  <8 x i1> %".190", <8 x float> %".158", <8 x float> %".189"
  %".192" = fadd afn arcp contract nsz reassoc <8 x float> %".150", %".191"
  %".193" = fdiv afn arcp contract nsz reassoc <8 x float> %".42", %".192"
  %".194" = fmul afn arcp contract nsz reassoc <8 x float> %".193", %".44"
  %".195" = mul i64 %"for.iv.1", 192
  %".196" = mul i64 %"for.iv", 16
  %".197" = add i64 %".195", %".196"
  %".198" = getelementptr inbounds float, ptr %".6", i64 %".197"
  store <8 x float> %".153", ptr %".198", align 4
  %".200" = add i64 %".197", 8
  %".201" = getelementptr inbounds float, ptr %".6", i64 %".200"
  store <8 x float> %".194", ptr %".201", align 4
  %".203" = fsub afn arcp contract nsz reassoc <8 x float> %".39", %".45"
  %".204" = fcmp ogt <8 x float> %".203", %".109"
  %".205" = select  <8 x i1> %".204", <8 x float> %".203", <8 x float> %".109"
  %".206" = fcmp olt <8 x float> %".205", %".113"
  %".207" = select  <8 x i1> %".206", <8 x float> %".205", <8 x float> %".113"
  %".208" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".207", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".209" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".208", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".210" = fmul contract <8 x float> %".209", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".211" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".210")
  %".212" = fmul contract <8 x float> %".211", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".213" = fsub contract <8 x float> %".209", %".212"
  %".214" = fmul contract <8 x float> %".211", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".215" = fsub contract <8 x float> %".213", %".214"
  %".216" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".215"
  %".217" = fadd contract <8 x float> %".216", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".218" = fmul contract <8 x float> %".217", %".215"
  %".219" = fadd contract <8 x float> %".218", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".220" = fmul contract <8 x float> %".219", %".215"
  %".221" = fadd contract <8 x float> %".220", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".222" = fmul contract <8 x float> %".221", %".215"
  %".223" = fadd contract <8 x float> %".222", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".224" = fmul contract <8 x float> %".223", %".215"
  %".225" = fadd contract <8 x float> %".224", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".226" = fmul contract <8 x float> %".215", %".215"
  %".227" = fmul contract <8 x float> %".225", %".226"
  %".228" = fadd contract <8 x float> %".227", %".215"
  %".229" = fadd contract <8 x float> %".228", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".230" = fptosi <8 x float> %".211" to <8 x i32>
  %".231" = shl <8 x i32> %".230", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".232" = bitcast <8 x float> %".229" to <8 x i32>
  %".233" = add <8 x i32> %".232", %".231"
  %".234" = bitcast <8 x i32> %".233" to <8 x float>
  %".235" = fcmp olt <8 x float> %".207", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".236" = select  <8 x i1> %".235", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".234"
  %".237" = fcmp ogt <8 x float> %".207", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".238" = select  <8 x i1> %".237", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".236"
  %".239" = fcmp uno <8 x float> %".207", %".207"
  %".240" = select  <8 x i1> %".239", <8 x float> %".207", <8 x float> %".238"
  %".241" = fadd afn arcp contract nsz reassoc <8 x float> %".150", %".240"
  %".242" = fdiv afn arcp contract nsz reassoc <8 x float> %".45", %".241"
  %".243" = fmul afn arcp contract nsz reassoc <8 x float> %".242", %".47"
  %".244" = fsub afn arcp contract nsz reassoc <8 x float> %".39", %".46"
  %".245" = fcmp ogt <8 x float> %".244", %".109"
  %".246" = select  <8 x i1> %".245", <8 x float> %".244", <8 x float> %".109"
  %".247" = fcmp olt <8 x float> %".246", %".113"
  %".248" = select  <8 x i1> %".247", <8 x float> %".246", <8 x float> %".113"
  %".249" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".248", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".250" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".249", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".251" = fmul contract <8 x float> %".250", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".252" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".251")
  %".253" = fmul contract <8 x float> %".252", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".254" = fsub contract <8 x float> %".250", %".253"
  %".255" = fmul contract <8 x float> %".252", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".256" = fsub contract <8 x float> %".254", %".255"
  %".257" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".256"
  %".258" = fadd contract <8 x float> %".257", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".259" = fmul contract <8 x float> %".258", %".256"
  %".260" = fadd contract <8 x float> %".259", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".261" = fmul contract <8 x float> %".260", %".256"
  %".262" = fadd contract <8 x float> %".261", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".263" = fmul contract <8 x float> %".262", %".256"
  %".264" = fadd contract <8 x float> %".263", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".265" = fmul contract <8 x float> %".264", %".256"
  %".266" = fadd contract <8 x float> %".265", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".267" = fmul contract <8 x float> %".256", %".256"
  %".268" = fmul contract <8 x float> %".266", %".267"
  %".269" = fadd contract <8 x float> %".268", %".256"
  %".270" = fadd contract <8 x float> %".269", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".271" = fptosi <8 x float> %".252" to <8 x i32>
  %".272" = shl <8 x i32> %".271", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".273" = bitcast <8 x float> %".270" to <8 x i32>
  %".274" = add <8 x i32> %".273", %".272"
  %".275" = bitcast <8 x i32> %".274" to <8 x float>
  %".276" = fcmp olt <8 x float> %".248", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".277" = select  <8 x i1> %".276", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".275"
  %".278" = fcmp ogt <8 x float> %".248", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".279" = select  <8 x i1> %".278", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".277"
  %".280" = fcmp uno <8 x float> %".248", %".248"
  %".281" = select  <8 x i1> %".280", <8 x float> %".248", <8 x float> %".279"
  %".282" = fadd afn arcp contract nsz reassoc <8 x float> %".150", %".281"
  %".283" = fdiv afn arcp contract nsz reassoc <8 x float> %".46", %".282"
  %".284" = fmul afn arcp contract nsz reassoc <8 x float> %".283", %".48"
  %".285" = mul i64 %".30", 192
  %".286" = add i64 %".285", %".196"
  %".287" = getelementptr inbounds float, ptr %".6", i64 %".286"
  store <8 x float> %".243", ptr %".287", align 4
  %".289" = add i64 %".286", 8
  %".290" = getelementptr inbounds float, ptr %".6", i64 %".289"
  store <8 x float> %".284", ptr %".290", align 4
  %".292" = fsub afn arcp contract nsz reassoc <8 x float> %".39", %".49"
  %".293" = fcmp ogt <8 x float> %".292", %".109"
  %".294" = select  <8 x i1> %".293", <8 x float> %".292", <8 x float> %".109"
  %".295" = fcmp olt <8 x float> %".294", %".113"
  %".296" = select  <8 x i1> %".295", <8 x float> %".294", <8 x float> %".113"
  %".297" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".296", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".298" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".297", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".299" = fmul contract <8 x float> %".298", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".300" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".299")
  %".301" = fmul contract <8 x float> %".300", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".302" = fsub contract <8 x float> %".298", %".301"
  %".303" = fmul contract <8 x float> %".300", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".304" = fsub contract <8 x float> %".302", %".303"
  %".305" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".304"
  %".306" = fadd contract <8 x float> %".305", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".307" = fmul contract <8 x float> %".306", %".304"
  %".308" = fadd contract <8 x float> %".307", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".309" = fmul contract <8 x float> %".308", %".304"
  %".310" = fadd contract <8 x float> %".309", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".311" = fmul contract <8 x float> %".310", %".304"
  %".312" = fadd contract <8 x float> %".311", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".313" = fmul contract <8 x float> %".312", %".304"
  %".314" = fadd contract <8 x float> %".313", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".315" = fmul contract <8 x float> %".304", %".304"
  %".316" = fmul contract <8 x float> %".314", %".315"
  %".317" = fadd contract <8 x float> %".316", %".304"
  %".318" = fadd contract <8 x float> %".317", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".319" = fptosi <8 x float> %".300" to <8 x i32>
  %".320" = shl <8 x i32> %".319", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".321" = bitcast <8 x float> %".318" to <8 x i32>
  %".322" = add <8 x i32> %".321", %".320"
  %".323" = bitcast <8 x i32> %".322" to <8 x float>
  %".324" = fcmp olt <8 x float> %".296", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".325" = select  <8 x i1> %".324", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".323"
  %".326" = fcmp ogt <8 x float> %".296", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".327" = select  <8 x i1> %".326", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".325"
  %".328" = fcmp uno <8 x float> %".296", %".296"
  %".329" = select  <8 x i1> %".328", <8 x float> %".296", <8 x float> %".327"
  %".330" = fadd afn arcp contract nsz reassoc <8 x float> %".150", %".329"
  %".331" = fdiv afn arcp contract nsz reassoc <8 x float> %".49", %".330"
  %".332" = fmul afn arcp contract nsz reassoc <8 x float> %".331", %".51"
  %".333" = fsub afn arcp contract nsz reassoc <8 x float> %".39", %".50"
  %".334" = fcmp ogt <8 x float> %".333", %".109"
  %".335" = select  <8 x i1> %".334", <8 x float> %".333", <8 x float> %".109"
  %".336" = fcmp olt <8 x float> %".335", %".113"
  %".337" = select  <8 x i1> %".336", <8 x float> %".335", <8 x float> %".113"
  %".338" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".337", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".339" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".338", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".340" = fmul contract <8 x float> %".339", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".341" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".340")
  %".342" = fmul contract <8 x float> %".341", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".343" = fsub contract <8 x float> %".339", %".342"
  %".344" = fmul contract <8 x float> %".341", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".345" = fsub contract <8 x float> %".343", %".344"
  %".346" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".345"
  %".347" = fadd contract <8 x float> %".346", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".348" = fmul contract <8 x float> %".347", %".345"
  %".349" = fadd contract <8 x float> %".348", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".350" = fmul contract <8 x float> %".349", %".345"
  %".351" = fadd contract <8 x float> %".350", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".352" = fmul contract <8 x float> %".351", %".345"
  %".353" = fadd contract <8 x float> %".352", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".354" = fmul contract <8 x float> %".353", %".345"
  %".355" = fadd contract <8 x float> %".354", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".356" = fmul contract <8 x float> %".345", %".345"
  %".357" = fmul contract <8 x float> %".355", %".356"
  %".358" = fadd contract <8 x float> %".357", %".345"
  %".359" = fadd contract <8 x float> %".358", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".360" = fptosi <8 x float> %".341" to <8 x i32>
  %".361" = shl <8 x i32> %".360", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".362" = bitcast <8 x float> %".359" to <8 x i32>
  %".363" = add <8 x i32> %".362", %".361"
  %".364" = bitcast <8 x i32> %".363" to <8 x float>
  %".365" = fcmp olt <8 x float> %".337", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".366" = select  <8 x i1> %".365", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".364"
  %".367" = fcmp ogt <8 x float> %".337", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".368" = select  <8 x i1> %".367", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".366"
  %".369" = fcmp uno <8 x float> %".337", %".337"
  %".370" = select  <8 x i1> %".369", <8 x float> %".337", <8 x float> %".368"
  %".371" = fadd afn arcp contract nsz reassoc <8 x float> %".150", %".370"
  %".372" = fdiv afn arcp contract nsz reassoc <8 x float> %".50", %".371"
  %".373" = fmul afn arcp contract nsz reassoc <8 x float> %".372", %".52"
  %".374" = mul i64 %".31", 192
  %".375" = add i64 %".374", %".196"
  %".376" = getelementptr inbounds float, ptr %".6", i64 %".375"
  store <8 x float> %".332", ptr %".376", align 4
  %".378" = add i64 %".375", 8
  %".379" = getelementptr inbounds float, ptr %".6", i64 %".378"
  store <8 x float> %".373", ptr %".379", align 4
  %".381" = fsub afn arcp contract nsz reassoc <8 x float> %".39", %".53"
  %".382" = fcmp ogt <8 x float> %".381", %".109"
  %".383" = select  <8 x i1> %".382", <8 x float> %".381", <8 x float> %".109"
  %".384" = fcmp olt <8 x float> %".383", %".113"
  %".385" = select  <8 x i1> %".384", <8 x float> %".383", <8 x float> %".113"
  %".386" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".385", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".387" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".386", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".388" = fmul contract <8 x float> %".387", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".389" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".388")
  %".390" = fmul contract <8 x float> %".389", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".391" = fsub contract <8 x float> %".387", %".390"
  %".392" = fmul contract <8 x float> %".389", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".393" = fsub contract <8 x float> %".391", %".392"
  %".394" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".393"
  %".395" = fadd contract <8 x float> %".394", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".396" = fmul contract <8 x float> %".395", %".393"
  %".397" = fadd contract <8 x float> %".396", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".398" = fmul contract <8 x float> %".397", %".393"
  %".399" = fadd contract <8 x float> %".398", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".400" = fmul contract <8 x float> %".399", %".393"
  %".401" = fadd contract <8 x float> %".400", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".402" = fmul contract <8 x float> %".401", %".393"
  %".403" = fadd contract <8 x float> %".402", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".404" = fmul contract <8 x float> %".393", %".393"
  %".405" = fmul contract <8 x float> %".403", %".404"
  %".406" = fadd contract <8 x float> %".405", %".393"
  %".407" = fadd contract <8 x float> %".406", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".408" = fptosi <8 x float> %".389" to <8 x i32>
  %".409" = shl <8 x i32> %".408", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".410" = bitcast <8 x float> %".407" to <8 x i32>
  %".411" = add <8 x i32> %".410", %".409"
  %".412" = bitcast <8 x i32> %".411" to <8 x float>
  %".413" = fcmp olt <8 x float> %".385", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".414" = select  <8 x i1> %".413", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".412"
  %".415" = fcmp ogt <8 x float> %".385", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".416" = select  <8 x i1> %".415", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".414"
  %".417" = fcmp uno <8 x float> %".385", %".385"
  %".418" = select  <8 x i1> %".417", <8 x float> %".385", <8 x float> %".416"
  %".419" = fadd afn arcp contract nsz reassoc <8 x float> %".150", %".418"
  %".420" = fdiv afn arcp contract nsz reassoc <8 x float> %".53", %".419"
  %".421" = fmul afn arcp contract nsz reassoc <8 x float> %".420", %".55"
  %".422" = fsub afn arcp contract nsz reassoc <8 x float> %".39", %".54"
  %".423" = fcmp ogt <8 x float> %".422", %".109"
  %".424" = select  <8 x i1> %".423", <8 x float> %".422", <8 x float> %".109"
  %".425" = fcmp olt <8 x float> %".424", %".113"
  %".426" = select  <8 x i1> %".425", <8 x float> %".424", <8 x float> %".113"
  %".427" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".426", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".428" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".427", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".429" = fmul contract <8 x float> %".428", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".430" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".429")
  %".431" = fmul contract <8 x float> %".430", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".432" = fsub contract <8 x float> %".428", %".431"
  %".433" = fmul contract <8 x float> %".430", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".434" = fsub contract <8 x float> %".432", %".433"
  %".435" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".434"
  %".436" = fadd contract <8 x float> %".435", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".437" = fmul contract <8 x float> %".436", %".434"
  %".438" = fadd contract <8 x float> %".437", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".439" = fmul contract <8 x float> %".438", %".434"
  %".440" = fadd contract <8 x float> %".439", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".441" = fmul contract <8 x float> %".440", %".434"
  %".442" = fadd contract <8 x float> %".441", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".443" = fmul contract <8 x float> %".442", %".434"
  %".444" = fadd contract <8 x float> %".443", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".445" = fmul contract <8 x float> %".434", %".434"
  %".446" = fmul contract <8 x float> %".444", %".445"
  %".447" = fadd contract <8 x float> %".446", %".434"
  %".448" = fadd contract <8 x float> %".447", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".449" = fptosi <8 x float> %".430" to <8 x i32>
  %".450" = shl <8 x i32> %".449", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".451" = bitcast <8 x float> %".448" to <8 x i32>
  %".452" = add <8 x i32> %".451", %".450"
  %".453" = bitcast <8 x i32> %".452" to <8 x float>
  %".454" = fcmp olt <8 x float> %".426", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".455" = select  <8 x i1> %".454", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".453"
  %".456" = fcmp ogt <8 x float> %".426", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".457" = select  <8 x i1> %".456", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".455"
  %".458" = fcmp uno <8 x float> %".426", %".426"
  %".459" = select  <8 x i1> %".458", <8 x float> %".426", <8 x float> %".457"
  %".460" = fadd afn arcp contract nsz reassoc <8 x float> %".150", %".459"
  %".461" = fdiv afn arcp contract nsz reassoc <8 x float> %".54", %".460"
  %".462" = fmul afn arcp contract nsz reassoc <8 x float> %".461", %".56"
  %".463" = mul i64 %".32", 192
  %".464" = add i64 %".463", %".196"
  %".465" = getelementptr inbounds float, ptr %".6", i64 %".464"
  store <8 x float> %".421", ptr %".465", align 4
  %".467" = add i64 %".464", 8
  %".468" = getelementptr inbounds float, ptr %".6", i64 %".467"
  store <8 x float> %".462", ptr %".468", align 4
  %"for.next.1" = add nsw i64 %"for.iv.1", 4
  br label %"for.header.1"
for.header.3:
  %"for.iv.3" = phi  i64 [%".22", %"for.exit.1"], [%"for.next.3", %"for.exit.4"]
  %".472" = icmp slt i64 %"for.iv.3", %".18"
  br i1 %".472", label %"for.body.3", label %"for.exit.3"
for.body.3:
  %".474" = mul i64 %"for.iv", 2048
  %".475" = mul i64 %"for.iv.3", 128
  %".476" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".477" = shufflevector <8 x float> %".476", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.4"
for.exit.3:
  %"for.next.4" = add nsw i64 %"for.iv", 1
  br label %"for.header"
for.header.4:
  %"for.iv.4" = phi  i64 [0, %"for.body.3"], [%"for.next.2", %"for.body.4"]
  %".479" = phi  <8 x float> [%".477", %"for.body.3"], [%".505", %"for.body.4"]
  %".480" = phi  <8 x float> [%".477", %"for.body.3"], [%".506", %"for.body.4"]
  %".481" = phi  <8 x float> [%".477", %"for.body.3"], [%".507", %"for.body.4"]
  %".482" = phi  <8 x float> [%".477", %"for.body.3"], [%".508", %"for.body.4"]
  %".483" = phi  <8 x float> [%".477", %"for.body.3"], [%".526", %"for.body.4"]
  %".484" = phi  <8 x float> [%".477", %"for.body.3"], [%".527", %"for.body.4"]
  %".485" = phi  <8 x float> [%".477", %"for.body.3"], [%".528", %"for.body.4"]
  %".486" = phi  <8 x float> [%".477", %"for.body.3"], [%".529", %"for.body.4"]
  %".487" = icmp slt i64 %"for.iv.4", 128
  br i1 %".487", label %"for.body.4", label %"for.exit.4"
for.body.4:
  %".489" = mul i64 %"for.iv.4", 16
  %".490" = add i64 %".474", %".489"
  %".491" = getelementptr inbounds float, ptr %".3", i64 %".490"
  %".492" = load <8 x float>, ptr %".491", align 4
  %".493" = add i64 %".490", 8
  %".494" = getelementptr inbounds float, ptr %".3", i64 %".493"
  %".495" = load <8 x float>, ptr %".494", align 4
  %".496" = getelementptr inbounds float, ptr %".4", i64 %".490"
  %".497" = load <8 x float>, ptr %".496", align 4
  %".498" = getelementptr inbounds float, ptr %".4", i64 %".493"
  %".499" = load <8 x float>, ptr %".498", align 4
  %".500" = add i64 %".475", %"for.iv.4"
  %".501" = getelementptr inbounds float, ptr %".5", i64 %".500"
  %".502" = load float, ptr %".501", align 4
  %".503" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".502", i32 0
  %".504" = shufflevector <8 x float> %".503", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".505" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".504", <8 x float> %".492", <8 x float> %".479")
  %".506" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".504", <8 x float> %".495", <8 x float> %".480")
  %".507" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".504", <8 x float> %".497", <8 x float> %".481")
  %".508" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".504", <8 x float> %".499", <8 x float> %".482")
  %".509" = add i64 %"for.iv.4", 1
  %".510" = mul i64 %".509", 16
  %".511" = add i64 %".474", %".510"
  %".512" = getelementptr inbounds float, ptr %".3", i64 %".511"
  %".513" = load <8 x float>, ptr %".512", align 4
  %".514" = add i64 %".511", 8
  %".515" = getelementptr inbounds float, ptr %".3", i64 %".514"
  %".516" = load <8 x float>, ptr %".515", align 4
  %".517" = getelementptr inbounds float, ptr %".4", i64 %".511"
  %".518" = load <8 x float>, ptr %".517", align 4
  %".519" = getelementptr inbounds float, ptr %".4", i64 %".514"
  %".520" = load <8 x float>, ptr %".519", align 4
  %".521" = add i64 %".475", %".509"
  %".522" = getelementptr inbounds float, ptr %".5", i64 %".521"
  %".523" = load float, ptr %".522", align 4
  %".524" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".523", i32 0
  %".525" = shufflevector <8 x float> %".524", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".526" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".525", <8 x float> %".513", <8 x float> %".483")
  %".527" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".525", <8 x float> %".516", <8 x float> %".484")
  %".528" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".525", <8 x float> %".518", <8 x float> %".485")
  %".529" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".525", <8 x float> %".520", <8 x float> %".486")
  %"for.next.2" = add nsw i64 %"for.iv.4", 2
  br label %"for.header.4"
for.exit.4:
  %".531" = fadd afn arcp contract nsz reassoc <8 x float> %".479", %".483"
  %".532" = fadd afn arcp contract nsz reassoc <8 x float> %".480", %".484"
  %".533" = fadd afn arcp contract nsz reassoc <8 x float> %".481", %".485"
  %".534" = fadd afn arcp contract nsz reassoc <8 x float> %".482", %".486"
  %".535" = fsub afn arcp contract nsz reassoc <8 x float> %".477", %".531"
  %".536" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0xc055c00000000000, i32 0
  %".537" = shufflevector <8 x float> %".536", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".538" = fcmp ogt <8 x float> %".535", %".537"
  %".539" = select  <8 x i1> %".538", <8 x float> %".535", <8 x float> %".537"
  %".540" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0x4056000000000000, i32 0
  %".541" = shufflevector <8 x float> %".540", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".542" = fcmp olt <8 x float> %".539", %".541"
  %".543" = select  <8 x i1> %".542", <8 x float> %".539", <8 x float> %".541"
  %".544" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".543", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".545" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".544", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".546" = fmul contract <8 x float> %".545", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".547" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".546")
  %".548" = fmul contract <8 x float> %".547", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".549" = fsub contract <8 x float> %".545", %".548"
  %".550" = fmul contract <8 x float> %".547", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".551" = fsub contract <8 x float> %".549", %".550"
  %".552" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".551"
  %".553" = fadd contract <8 x float> %".552", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".554" = fmul contract <8 x float> %".553", %".551"
  %".555" = fadd contract <8 x float> %".554", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".556" = fmul contract <8 x float> %".555", %".551"
  %".557" = fadd contract <8 x float> %".556", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".558" = fmul contract <8 x float> %".557", %".551"
  %".559" = fadd contract <8 x float> %".558", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".560" = fmul contract <8 x float> %".559", %".551"
  %".561" = fadd contract <8 x float> %".560", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".562" = fmul contract <8 x float> %".551", %".551"
  %".563" = fmul contract <8 x float> %".561", %".562"
  %".564" = fadd contract <8 x float> %".563", %".551"
  %".565" = fadd contract <8 x float> %".564", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".566" = fptosi <8 x float> %".547" to <8 x i32>
  %".567" = shl <8 x i32> %".566", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".568" = bitcast <8 x float> %".565" to <8 x i32>
  %".569" = add <8 x i32> %".568", %".567"
  %".570" = bitcast <8 x i32> %".569" to <8 x float>
  %".571" = fcmp olt <8 x float> %".543", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".572" = select  <8 x i1> %".571", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".570"
  %".573" = fcmp ogt <8 x float> %".543", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".574" = select  <8 x i1> %".573", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".572"
  %".575" = fcmp uno <8 x float> %".543", %".543"
  %".576" = select  <8 x i1> %".575", <8 x float> %".543", <8 x float> %".574"
  %".577" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float 0x3ff0000000000000, i32 0
  %".578" = shufflevector <8 x float> %".577", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".579" = fadd afn arcp contract nsz reassoc <8 x float> %".578", %".576"
  %".580" = fdiv afn arcp contract nsz reassoc <8 x float> %".531", %".579"
  %".581" = fmul afn arcp contract nsz reassoc <8 x float> %".580", %".533"
  %".582" = fsub afn arcp contract nsz reassoc <8 x float> %".477", %".532"
  %".583" = fcmp ogt <8 x float> %".582", %".537"
  %".584" = select  <8 x i1> %".583", <8 x float> %".582", <8 x float> %".537"
  %".585" = fcmp olt <8 x float> %".584", %".541"
  %".586" = select  <8 x i1> %".585", <8 x float> %".584", <8 x float> %".541"
  %".587" = call <8 x float> @"llvm.minnum.v8f32"(<8 x float> %".586", <8 x float> <float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000, float 0x40562cccc0000000>)
  %".588" = call <8 x float> @"llvm.maxnum.v8f32"(<8 x float> %".587", <8 x float> <float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000, float 0xc056133340000000>)
  %".589" = fmul contract <8 x float> %".588", <float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000, float 0x3ff7154760000000>
  %".590" = call <8 x float> @"llvm.rint.v8f32"(<8 x float> %".589")
  %".591" = fmul contract <8 x float> %".590", <float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000, float 0x3fe6300000000000>
  %".592" = fsub contract <8 x float> %".588", %".591"
  %".593" = fmul contract <8 x float> %".590", <float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000, float 0xbf2bd01060000000>
  %".594" = fsub contract <8 x float> %".592", %".593"
  %".595" = fmul contract <8 x float> <float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000, float 0x3f2a0d2ce0000000>, %".594"
  %".596" = fadd contract <8 x float> %".595", <float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000, float 0x3f56e879c0000000>
  %".597" = fmul contract <8 x float> %".596", %".594"
  %".598" = fadd contract <8 x float> %".597", <float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000, float 0x3f81112100000000>
  %".599" = fmul contract <8 x float> %".598", %".594"
  %".600" = fadd contract <8 x float> %".599", <float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000, float 0x3fa5553820000000>
  %".601" = fmul contract <8 x float> %".600", %".594"
  %".602" = fadd contract <8 x float> %".601", <float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000, float 0x3fc5555540000000>
  %".603" = fmul contract <8 x float> %".602", %".594"
  %".604" = fadd contract <8 x float> %".603", <float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000, float 0x3fe0000000000000>
  %".605" = fmul contract <8 x float> %".594", %".594"
  %".606" = fmul contract <8 x float> %".604", %".605"
  %".607" = fadd contract <8 x float> %".606", %".594"
  %".608" = fadd contract <8 x float> %".607", <float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000, float 0x3ff0000000000000>
  %".609" = fptosi <8 x float> %".590" to <8 x i32>
  %".610" = shl <8 x i32> %".609", <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %".611" = bitcast <8 x float> %".608" to <8 x i32>
  %".612" = add <8 x i32> %".611", %".610"
  %".613" = bitcast <8 x i32> %".612" to <8 x float>
  %".614" = fcmp olt <8 x float> %".586", <float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000, float 0xc055d58a00000000>
  %".615" = select  <8 x i1> %".614", <8 x float> <float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0, float              0x0>, <8 x float> %".613"
  %".616" = fcmp ogt <8 x float> %".586", <float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000, float 0x40562e4300000000>
  %".617" = select  <8 x i1> %".616", <8 x float> <float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000, float 0x7ff0000000000000>, <8 x float> %".615"
  %".618" = fcmp uno <8 x float> %".586", %".586"
  %".619" = select  <8 x i1> %".618", <8 x float> %".586", <8 x float> %".617"
  %".620" = fadd afn arcp contract nsz reassoc <8 x float> %".578", %".619"
  %".621" = fdiv afn arcp contract nsz reassoc <8 x float> %".532", %".620"
  %".622" = fmul afn arcp contract nsz reassoc <8 x float> %".621", %".534"
  %".623" = mul i64 %"for.iv.3", 192
  %".624" = mul i64 %"for.iv", 16
  %".625" = add i64 %".623", %".624"
  %".626" = getelementptr inbounds float, ptr %".6", i64 %".625"
  store <8 x float> %".581", ptr %".626", align 4
  %".628" = add i64 %".625", 8
  %".629" = getelementptr inbounds float, ptr %".6", i64 %".628"
  store <8 x float> %".622", ptr %".629", align 4
  %"for.next.3" = add nsw i64 %"for.iv.3", 1
  br label %"for.header.3"
}

define internal void @"linear_swiglu_k128_n192.par7"(ptr %"ctx") nounwind
{
entry:
  %".3" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 0
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 1
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 2
  %".8" = load i64, ptr %".7"
  %".9" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".10" = load i64, ptr %".9"
  %".11" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 4
  %".12" = load i64, ptr %".11"
  %".13" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 5
  %".14" = load i64, ptr %".13"
  %".15" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 6
  %".16" = load ptr, ptr %".15"
  %".17" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 7
  %".18" = load ptr, ptr %".17"
  %".19" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 8
  %".20" = load ptr, ptr %".19"
  %".21" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 9
  %".22" = load ptr, ptr %".21"
  %".23" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".24" = sub i64 %".6", %".4"
  %".25" = sub i64 %".8", 1
  %".26" = add i64 %".24", %".25"
  %".27" = sdiv i64 %".26", %".8"
  %".28" = icmp sgt i64 %".24", 0
  %".29" = select  i1 %".28", i64 %".27", i64 0
  %".30" = call i32 @"omp_get_num_threads"()
  %".31" = sext i32 %".30" to i64
  %".32" = mul i64 %".31", 4
  %".33" = sub i64 %".32", 1
  %".34" = add i64 %".29", %".33"
  %".35" = sdiv i64 %".34", %".32"
  %".36" = icmp slt i64 %".35", 1
  %".37" = select  i1 %".36", i64 1, i64 %".35"
  br label %"grab"
grab:
  %".39" = atomicrmw add ptr %".23", i64 %".37" monotonic
  %".40" = icmp slt i64 %".39", %".29"
  br i1 %".40", label %"run", label %"done"
run:
  %".42" = add i64 %".39", %".37"
  %".43" = icmp slt i64 %".42", %".29"
  %".44" = select  i1 %".43", i64 %".42", i64 %".29"
  %".45" = mul i64 %".39", %".8"
  %".46" = add i64 %".4", %".45"
  %".47" = mul i64 %".44", %".8"
  %".48" = add i64 %".4", %".47"
  %".49" = icmp slt i64 %".48", %".6"
  %".50" = select  i1 %".49", i64 %".48", i64 %".6"
  call void @"linear_swiglu_k128_n192.par7.loop"(i64 %".12", i64 %".14", ptr %".16", ptr %".18", ptr %".20", ptr %".22", i64 %".46", i64 %".50", i64 %".8")
  br label %"grab"
done:
  ret void
}

define internal void @"multi_linear_k128_n128x64x64.par8.loop"(i64 %".1", i64 %".2", ptr captures(none) noalias align 4 %".3", ptr captures(none) noalias align 4 %".4", ptr captures(none) noalias align 4 %".5", ptr captures(none) noalias align 4 %".6", ptr captures(none) noalias align 4 %".7", ptr captures(none) noalias align 4 %".8", ptr captures(none) noalias align 4 %".9", i64 %".10", i64 %".11", i64 %".12") nounwind
{
entry:
  br label %"body"
body:
  br label %"par.header"
par.header:
  %"par.iv" = phi  i64 [%".10", %"body"], [%"par.next", %"for.exit"]
  %".15" = icmp slt i64 %"par.iv", %".11"
  br i1 %".15", label %"par.body", label %"par.exit"
par.body:
  %".17" = udiv i64 %"par.iv", %".1"
  %".18" = urem i64 %"par.iv", %".1"
  %".19" = mul i64 %".18", 510
  %".20" = add i64 %".19", 510
  %".21" = call i64 @"llvm.umin.i64"(i64 %".20", i64 %".2")
  %".22" = sub i64 %".21", %".19"
  %".23" = udiv i64 %".22", 6
  %".24" = mul i64 %".23", 6
  %".25" = add i64 %".19", %".24"
  %".26" = mul i64 %".17", 2
  %".27" = add i64 %".26", 2
  br label %"for.header"
par.exit:
  ret void
for.header:
  %"for.iv" = phi  i64 [%".26", %"par.body"], [%"for.next.4", %"for.exit.3"]
  %".29" = icmp slt i64 %"for.iv", %".27"
  br i1 %".29", label %"for.body", label %"for.exit"
for.body:
  br label %"for.header.1"
for.exit:
  %"par.next" = add nsw i64 %"par.iv", 1
  br label %"par.header"
for.header.1:
  %"for.iv.1" = phi  i64 [%".19", %"for.body"], [%"for.next.1", %"for.exit.2"]
  %".32" = icmp slt i64 %"for.iv.1", %".25"
  br i1 %".32", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".34" = add i64 %"for.iv.1", 1
  %".35" = add i64 %"for.iv.1", 2
  %".36" = add i64 %"for.iv.1", 3
  %".37" = add i64 %"for.iv.1", 4
  %".38" = add i64 %"for.iv.1", 5
  %".39" = icmp ult i64 %"for.iv", 12
  %".40" = select  i1 %".39", ptr %".3", ptr %".4"
  %".41" = icmp ult i64 %"for.iv", 8
  %".42" = select  i1 %".41", ptr %".5", ptr %".40"
  %".43" = select  i1 %".39", i64 8, i64 12
  %".44" = select  i1 %".41", i64 0, i64 %".43"
  %".45" = sub i64 %"for.iv", %".44"
  %".46" = select  i1 %".39", i64 64, i64 64
  %".47" = select  i1 %".41", i64 128, i64 %".46"
  %".48" = select  i1 %".39", ptr %".6", ptr %".7"
  %".49" = select  i1 %".41", ptr %".8", ptr %".48"
  %".50" = mul i64 %".45", 16
  %".51" = mul i64 %".45", 2048
  %".52" = mul i64 %"for.iv.1", 128
  %".53" = mul i64 %".34", 128
  %".54" = mul i64 %".35", 128
  %".55" = mul i64 %".36", 128
  %".56" = mul i64 %".37", 128
  %".57" = mul i64 %".38", 128
  %".58" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".59" = shufflevector <8 x float> %".58", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.2"
for.exit.1:
  br label %"for.header.3"
for.header.2:
  %"for.iv.2" = phi  i64 [0, %"for.body.1"], [%"for.next", %"for.body.2"]
  %".61" = phi  <8 x float> [%".59", %"for.body.1"], [%".87", %"for.body.2"]
  %".62" = phi  <8 x float> [%".59", %"for.body.1"], [%".88", %"for.body.2"]
  %".63" = phi  <8 x float> [%".59", %"for.body.1"], [%".94", %"for.body.2"]
  %".64" = phi  <8 x float> [%".59", %"for.body.1"], [%".95", %"for.body.2"]
  %".65" = phi  <8 x float> [%".59", %"for.body.1"], [%".101", %"for.body.2"]
  %".66" = phi  <8 x float> [%".59", %"for.body.1"], [%".102", %"for.body.2"]
  %".67" = phi  <8 x float> [%".59", %"for.body.1"], [%".108", %"for.body.2"]
  %".68" = phi  <8 x float> [%".59", %"for.body.1"], [%".109", %"for.body.2"]
  %".69" = phi  <8 x float> [%".59", %"for.body.1"], [%".115", %"for.body.2"]
  %".70" = phi  <8 x float> [%".59", %"for.body.1"], [%".116", %"for.body.2"]
  %".71" = phi  <8 x float> [%".59", %"for.body.1"], [%".122", %"for.body.2"]
  %".72" = phi  <8 x float> [%".59", %"for.body.1"], [%".123", %"for.body.2"]
  %".73" = icmp slt i64 %"for.iv.2", 128
  br i1 %".73", label %"for.body.2", label %"for.exit.2"
for.body.2:
  %".75" = mul i64 %"for.iv.2", 16
  %".76" = add i64 %".51", %".75"
  %".77" = getelementptr inbounds float, ptr %".42", i64 %".76"
  %".78" = load <8 x float>, ptr %".77", align 4
  %".79" = add i64 %".76", 8
  %".80" = getelementptr inbounds float, ptr %".42", i64 %".79"
  %".81" = load <8 x float>, ptr %".80", align 4
  %".82" = add i64 %".52", %"for.iv.2"
  %".83" = getelementptr inbounds float, ptr %".9", i64 %".82"
  %".84" = load float, ptr %".83", align 4
  %".85" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".84", i32 0
  %".86" = shufflevector <8 x float> %".85", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".87" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".86", <8 x float> %".78", <8 x float> %".61")
  %".88" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".86", <8 x float> %".81", <8 x float> %".62")
  %".89" = add i64 %".53", %"for.iv.2"
  %".90" = getelementptr inbounds float, ptr %".9", i64 %".89"
  %".91" = load float, ptr %".90", align 4
  %".92" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".91", i32 0
  %".93" = shufflevector <8 x float> %".92", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".94" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".93", <8 x float> %".78", <8 x float> %".63")
  %".95" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".93", <8 x float> %".81", <8 x float> %".64")
  %".96" = add i64 %".54", %"for.iv.2"
  %".97" = getelementptr inbounds float, ptr %".9", i64 %".96"
  %".98" = load float, ptr %".97", align 4
  %".99" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".98", i32 0
  %".100" = shufflevector <8 x float> %".99", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".101" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".100", <8 x float> %".78", <8 x float> %".65")
  %".102" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".100", <8 x float> %".81", <8 x float> %".66")
  %".103" = add i64 %".55", %"for.iv.2"
  %".104" = getelementptr inbounds float, ptr %".9", i64 %".103"
  %".105" = load float, ptr %".104", align 4
  %".106" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".105", i32 0
  %".107" = shufflevector <8 x float> %".106", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".108" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".107", <8 x float> %".78", <8 x float> %".67")
  %".109" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".107", <8 x float> %".81", <8 x float> %".68")
  %".110" = add i64 %".56", %"for.iv.2"
  %".111" = getelementptr inbounds float, ptr %".9", i64 %".110"
  %".112" = load float, ptr %".111", align 4
  %".113" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".112", i32 0
  %".114" = shufflevector <8 x float> %".113", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".115" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".114", <8 x float> %".78", <8 x float> %".69")
  %".116" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".114", <8 x float> %".81", <8 x float> %".70")
  %".117" = add i64 %".57", %"for.iv.2"
  %".118" = getelementptr inbounds float, ptr %".9", i64 %".117"
  %".119" = load float, ptr %".118", align 4
  %".120" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".119", i32 0
  %".121" = shufflevector <8 x float> %".120", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".122" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".121", <8 x float> %".78", <8 x float> %".71")
  %".123" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".121", <8 x float> %".81", <8 x float> %".72")
  %"for.next" = add nsw i64 %"for.iv.2", 1
  br label %"for.header.2"
for.exit.2:
  %".125" = mul i64 %"for.iv.1", %".47"
  %".126" = add i64 %".125", %".50"
  %".127" = getelementptr inbounds float, ptr %".49", i64 %".126"
  store <8 x float> %".61", ptr %".127", align 4
  %".129" = add i64 %".126", 8
  %".130" = getelementptr inbounds float, ptr %".49", i64 %".129"
  store <8 x float> %".62", ptr %".130", align 4
  %".132" = mul i64 %".34", %".47"
  %".133" = add i64 %".132", %".50"
  %".134" = getelementptr inbounds float, ptr %".49", i64 %".133"
  store <8 x float> %".63", ptr %".134", align 4
  %".136" = add i64 %".133", 8
  %".137" = getelementptr inbounds float, ptr %".49", i64 %".136"
  store <8 x float> %".64", ptr %".137", align 4
  %".139" = mul i64 %".35", %".47"
  %".140" = add i64 %".139", %".50"
  %".141" = getelementptr inbounds float, ptr %".49", i64 %".140"
  store <8 x float> %".65", ptr %".141", align 4
  %".143" = add i64 %".140", 8
  %".144" = getelementptr inbounds float, ptr %".49", i64 %".143"
  store <8 x float> %".66", ptr %".144", align 4
  %".146" = mul i64 %".36", %".47"
  %".147" = add i64 %".146", %".50"
  %".148" = getelementptr inbounds float, ptr %".49", i64 %".147"
  store <8 x float> %".67", ptr %".148", align 4
  %".150" = add i64 %".147", 8
  %".151" = getelementptr inbounds float, ptr %".49", i64 %".150"
  store <8 x float> %".68", ptr %".151", align 4
  %".153" = mul i64 %".37", %".47"
  %".154" = add i64 %".153", %".50"
  %".155" = getelementptr inbounds float, ptr %".49", i64 %".154"
  store <8 x float> %".69", ptr %".155", align 4
  %".157" = add i64 %".154", 8
  %".158" = getelementptr inbounds float, ptr %".49", i64 %".157"
  store <8 x float> %".70", ptr %".158", align 4
  %".160" = mul i64 %".38", %".47"
  %".161" = add i64 %".160", %".50"
  %".162" = getelementptr inbounds float, ptr %".49", i64 %".161"
  store <8 x float> %".71", ptr %".162", align 4
  %".164" = add i64 %".161", 8
  %".165" = getelementptr inbounds float, ptr %".49", i64 %".164"
  store <8 x float> %".72", ptr %".165", align 4
  %"for.next.1" = add nsw i64 %"for.iv.1", 6
  br label %"for.header.1"
for.header.3:
  %"for.iv.3" = phi  i64 [%".25", %"for.exit.1"], [%"for.next.3", %"for.exit.4"]
  %".169" = icmp slt i64 %"for.iv.3", %".21"
  br i1 %".169", label %"for.body.3", label %"for.exit.3"
for.body.3:
  %".171" = icmp ult i64 %"for.iv", 12
  %".172" = select  i1 %".171", ptr %".3", ptr %".4"
  %".173" = icmp ult i64 %"for.iv", 8
  %".174" = select  i1 %".173", ptr %".5", ptr %".172"
  %".175" = select  i1 %".171", i64 8, i64 12
  %".176" = select  i1 %".173", i64 0, i64 %".175"
  %".177" = sub i64 %"for.iv", %".176"
  %".178" = select  i1 %".171", i64 64, i64 64
  %".179" = select  i1 %".173", i64 128, i64 %".178"
  %".180" = select  i1 %".171", ptr %".6", ptr %".7"
  %".181" = select  i1 %".173", ptr %".8", ptr %".180"
  %".182" = mul i64 %".177", 16
  %".183" = mul i64 %".177", 2048
  %".184" = mul i64 %"for.iv.3", 128
  %".185" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".186" = shufflevector <8 x float> %".185", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.4"
for.exit.3:
  %"for.next.4" = add nsw i64 %"for.iv", 1
  br label %"for.header"
for.header.4:
  %"for.iv.4" = phi  i64 [0, %"for.body.3"], [%"for.next.2", %"for.body.4"]
  %".188" = phi  <8 x float> [%".186", %"for.body.3"], [%".210", %"for.body.4"]
  %".189" = phi  <8 x float> [%".186", %"for.body.3"], [%".211", %"for.body.4"]
  %".190" = phi  <8 x float> [%".186", %"for.body.3"], [%".225", %"for.body.4"]
  %".191" = phi  <8 x float> [%".186", %"for.body.3"], [%".226", %"for.body.4"]
  %".192" = phi  <8 x float> [%".186", %"for.body.3"], [%".240", %"for.body.4"]
  %".193" = phi  <8 x float> [%".186", %"for.body.3"], [%".241", %"for.body.4"]
  %".194" = phi  <8 x float> [%".186", %"for.body.3"], [%".255", %"for.body.4"]
  %".195" = phi  <8 x float> [%".186", %"for.body.3"], [%".256", %"for.body.4"]
  %".196" = icmp slt i64 %"for.iv.4", 128
  br i1 %".196", label %"for.body.4", label %"for.exit.4"
for.body.4:
  %".198" = mul i64 %"for.iv.4", 16
  %".199" = add i64 %".183", %".198"
  %".200" = getelementptr inbounds float, ptr %".174", i64 %".199"
  %".201" = load <8 x float>, ptr %".200", align 4
  %".202" = add i64 %".199", 8
  %".203" = getelementptr inbounds float, ptr %".174", i64 %".202"
  %".204" = load <8 x float>, ptr %".203", align 4
  %".205" = add i64 %".184", %"for.iv.4"
  %".206" = getelementptr inbounds float, ptr %".9", i64 %".205"
  %".207" = load float, ptr %".206", align 4
  %".208" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".207", i32 0
  %".209" = shufflevector <8 x float> %".208", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".210" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".209", <8 x float> %".201", <8 x float> %".188")
  %".211" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".209", <8 x float> %".204", <8 x float> %".189")
  %".212" = add i64 %"for.iv.4", 1
  %".213" = mul i64 %".212", 16
  %".214" = add i64 %".183", %".213"
  %".215" = getelementptr inbounds float, ptr %".174", i64 %".214"
  %".216" = load <8 x float>, ptr %".215", align 4
  %".217" = add i64 %".214", 8
  %".218" = getelementptr inbounds float, ptr %".174", i64 %".217"
  %".219" = load <8 x float>, ptr %".218", align 4
  %".220" = add i64 %".184", %".212"
  %".221" = getelementptr inbounds float, ptr %".9", i64 %".220"
  %".222" = load float, ptr %".221", align 4
  %".223" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".222", i32 0
  %".224" = shufflevector <8 x float> %".223", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".225" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".224", <8 x float> %".216", <8 x float> %".190")
  %".226" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".224", <8 x float> %".219", <8 x float> %".191")
  %".227" = add i64 %"for.iv.4", 2
  %".228" = mul i64 %".227", 16
  %".229" = add i64 %".183", %".228"
  %".230" = getelementptr inbounds float, ptr %".174", i64 %".229"
  %".231" = load <8 x float>, ptr %".230", align 4
  %".232" = add i64 %".229", 8
  %".233" = getelementptr inbounds float, ptr %".174", i64 %".232"
  %".234" = load <8 x float>, ptr %".233", align 4
  %".235" = add i64 %".184", %".227"
  %".236" = getelementptr inbounds float, ptr %".9", i64 %".235"
  %".237" = load float, ptr %".236", align 4
  %".238" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".237", i32 0
  %".239" = shufflevector <8 x float> %".238", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".240" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".239", <8 x float> %".231", <8 x float> %".192")
  %".241" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".239", <8 x float> %".234", <8 x float> %".193")
  %".242" = add i64 %"for.iv.4", 3
  %".243" = mul i64 %".242", 16
  %".244" = add i64 %".183", %".243"
  %".245" = getelementptr inbounds float, ptr %".174", i64 %".244"
  %".246" = load <8 x float>, ptr %".245", align 4
  %".247" = add i64 %".244", 8
  %".248" = getelementptr inbounds float, ptr %".174", i64 %".247"
  %".249" = load <8 x float>, ptr %".248", align 4
  %".250" = add i64 %".184", %".242"
  %".251" = getelementptr inbounds float, ptr %".9", i64 %".250"
  %".252" = load float, ptr %".251", align 4
  %".253" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".252", i32 0
  %".254" = shufflevector <8 x float> %".253", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".255" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".254", <8 x float> %".246", <8 x float> %".194")
  %".256" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".254", <8 x float> %".249", <8 x float> %".195")
  %"for.next.2" = add nsw i64 %"for.iv.4", 4
  br label %"for.header.4"
for.exit.4:
  %".258" = fadd afn arcp contract nsz reassoc <8 x float> %".188", %".190"
  %".259" = fadd afn arcp contract nsz reassoc <8 x float> %".192", %".194"
  %".260" = fadd afn arcp contract nsz reassoc <8 x float> %".258", %".259"
  %".261" = fadd afn arcp contract nsz reassoc <8 x float> %".189", %".191"
  %".262" = fadd afn arcp contract nsz reassoc <8 x float> %".193", %".195"
  %".263" = fadd afn arcp contract nsz reassoc <8 x float> %".261", %".262"
  %".264" = mul i64 %"for.iv.3", %".179"
  %".265" = add i64 %".264", %".182"
  %".266" = getelementptr inbounds float, ptr %".181", i64 %".265"
  store <8 x float> %".260", ptr %".266", align 4
  %".268" = add i64 %".265", 8
  %".269" = getelementptr inbounds float, ptr %".181", i64 %".268"
  store <8 x float> %".263", ptr %".269", align 4
  %"for.next.3" = add nsw i64 %"for.iv.3", 1
  br label %"for.header.3"
}

define internal void @"multi_linear_k128_n128x64x64.par8"(ptr %"ctx") nounwind
{
entry:
  %".3" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 0
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 1
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 2
  %".8" = load i64, ptr %".7"
  %".9" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".10" = load i64, ptr %".9"
  %".11" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 4
  %".12" = load i64, ptr %".11"
  %".13" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 5
  %".14" = load i64, ptr %".13"
  %".15" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 6
  %".16" = load ptr, ptr %".15"
  %".17" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 7
  %".18" = load ptr, ptr %".17"
  %".19" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 8
  %".20" = load ptr, ptr %".19"
  %".21" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 9
  %".22" = load ptr, ptr %".21"
  %".23" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 10
  %".24" = load ptr, ptr %".23"
  %".25" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 11
  %".26" = load ptr, ptr %".25"
  %".27" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 12
  %".28" = load ptr, ptr %".27"
  %".29" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".30" = sub i64 %".6", %".4"
  %".31" = sub i64 %".8", 1
  %".32" = add i64 %".30", %".31"
  %".33" = sdiv i64 %".32", %".8"
  %".34" = icmp sgt i64 %".30", 0
  %".35" = select  i1 %".34", i64 %".33", i64 0
  %".36" = call i32 @"omp_get_num_threads"()
  %".37" = sext i32 %".36" to i64
  %".38" = mul i64 %".37", 4
  %".39" = sub i64 %".38", 1
  %".40" = add i64 %".35", %".39"
  %".41" = sdiv i64 %".40", %".38"
  %".42" = icmp slt i64 %".41", 1
  %".43" = select  i1 %".42", i64 1, i64 %".41"
  br label %"grab"
grab:
  %".45" = atomicrmw add ptr %".29", i64 %".43" monotonic
  %".46" = icmp slt i64 %".45", %".35"
  br i1 %".46", label %"run", label %"done"
run:
  %".48" = add i64 %".45", %".43"
  %".49" = icmp slt i64 %".48", %".35"
  %".50" = select  i1 %".49", i64 %".48", i64 %".35"
  %".51" = mul i64 %".45", %".8"
  %".52" = add i64 %".4", %".51"
  %".53" = mul i64 %".50", %".8"
  %".54" = add i64 %".4", %".53"
  %".55" = icmp slt i64 %".54", %".6"
  %".56" = select  i1 %".55", i64 %".54", i64 %".6"
  call void @"multi_linear_k128_n128x64x64.par8.loop"(i64 %".12", i64 %".14", ptr %".16", ptr %".18", ptr %".20", ptr %".22", ptr %".24", ptr %".26", ptr %".28", i64 %".52", i64 %".56", i64 %".8")
  br label %"grab"
done:
  ret void
}

declare float @"llvm.sqrt.f32"(float %".1")

define internal void @"rms_norm_d128_g128_eps1em06.par9.loop"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", ptr captures(none) noalias align 4 %".3", i64 %".4", i64 %".5", i64 %".6") nounwind
{
entry:
  br label %"body"
body:
  br label %"par.header"
par.header:
  %"par.iv" = phi  i64 [%".4", %"body"], [%"par.next", %"for.exit.1"]
  %".9" = icmp slt i64 %"par.iv", %".5"
  br i1 %".9", label %"par.body", label %"par.exit"
par.body:
  %".11" = mul i64 %"par.iv", 128
  %".12" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".13" = shufflevector <8 x float> %".12", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header"
par.exit:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"par.body"], [%"for.next", %"for.body"]
  %".15" = phi  <8 x float> [%".13", %"par.body"], [%".24", %"for.body"]
  %".16" = phi  <8 x float> [%".13", %"par.body"], [%".29", %"for.body"]
  %".17" = phi  <8 x float> [%".13", %"par.body"], [%".34", %"for.body"]
  %".18" = phi  <8 x float> [%".13", %"par.body"], [%".39", %"for.body"]
  %".19" = icmp slt i64 %"for.iv", 128
  br i1 %".19", label %"for.body", label %"for.exit"
for.body:
  %".21" = add i64 %".11", %"for.iv"
  %".22" = getelementptr inbounds float, ptr %".1", i64 %".21"
  %".23" = load <8 x float>, ptr %".22", align 4
  %".24" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".23", <8 x float> %".23", <8 x float> %".15")
  %".25" = add i64 %"for.iv", 8
  %".26" = add i64 %".11", %".25"
  %".27" = getelementptr inbounds float, ptr %".1", i64 %".26"
  %".28" = load <8 x float>, ptr %".27", align 4
  %".29" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".28", <8 x float> %".28", <8 x float> %".16")
  %".30" = add i64 %"for.iv", 16
  %".31" = add i64 %".11", %".30"
  %".32" = getelementptr inbounds float, ptr %".1", i64 %".31"
  %".33" = load <8 x float>, ptr %".32", align 4
  %".34" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".33", <8 x float> %".17")
  %".35" = add i64 %"for.iv", 24
  %".36" = add i64 %".11", %".35"
  %".37" = getelementptr inbounds float, ptr %".1", i64 %".36"
  %".38" = load <8 x float>, ptr %".37", align 4
  %".39" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".38", <8 x float> %".38", <8 x float> %".18")
  %"for.next" = add nsw i64 %"for.iv", 32
  br label %"for.header"
for.exit:
  %".41" = fadd afn arcp contract nsz reassoc <8 x float> %".15", %".16"
  %".42" = fadd afn arcp contract nsz reassoc <8 x float> %".17", %".18"
  %".43" = fadd afn arcp contract nsz reassoc <8 x float> %".41", %".42"
  %".44" = call afn arcp contract nsz reassoc float @"llvm.vector.reduce.fadd.v8f32"(float 0x8000000000000000, <8 x float> %".43")
  %".45" = fmul afn arcp contract nsz reassoc float %".44", 0x3f80000000000000
  %".46" = fadd afn arcp contract nsz reassoc float %".45", 0x3eb0c6f7a0000000
  %".47" = call afn arcp contract nsz reassoc float @"llvm.sqrt.f32"(float %".46")
  %".48" = fdiv afn arcp contract nsz reassoc float 0x3ff0000000000000, %".47"
  %".49" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".48", i32 0
  %".50" = shufflevector <8 x float> %".49", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.1"
for.header.1:
  %"for.iv.1" = phi  i64 [0, %"for.exit"], [%"for.next.1", %"for.body.1"]
  %".52" = icmp slt i64 %"for.iv.1", 128
  br i1 %".52", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".54" = add i64 %".11", %"for.iv.1"
  %".55" = getelementptr inbounds float, ptr %".1", i64 %".54"
  %".56" = load <8 x float>, ptr %".55", align 4
  %".57" = fmul afn arcp contract nsz reassoc <8 x float> %".56", %".50"
  %".58" = getelementptr inbounds float, ptr %".2", i64 %"for.iv.1"
  %".59" = load <8 x float>, ptr %".58", align 4
  %".60" = fmul afn arcp contract nsz reassoc <8 x float> %".57", %".59"
  %".61" = getelementptr inbounds float, ptr %".3", i64 %".54"
  store <8 x float> %".60", ptr %".61", align 4
  %"for.next.1" = add nsw i64 %"for.iv.1", 8
  br label %"for.header.1"
for.exit.1:
  %"par.next" = add nsw i64 %"par.iv", 1
  br label %"par.header"
}

define internal void @"rms_norm_d128_g128_eps1em06.par9"(ptr %"ctx") nounwind
{
entry:
  %".3" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 0
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 1
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 2
  %".8" = load i64, ptr %".7"
  %".9" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".10" = load i64, ptr %".9"
  %".11" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 4
  %".12" = load ptr, ptr %".11"
  %".13" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 5
  %".14" = load ptr, ptr %".13"
  %".15" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 6
  %".16" = load ptr, ptr %".15"
  %".17" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".18" = sub i64 %".6", %".4"
  %".19" = sub i64 %".8", 1
  %".20" = add i64 %".18", %".19"
  %".21" = sdiv i64 %".20", %".8"
  %".22" = icmp sgt i64 %".18", 0
  %".23" = select  i1 %".22", i64 %".21", i64 0
  %".24" = call i32 @"omp_get_num_threads"()
  %".25" = sext i32 %".24" to i64
  %".26" = mul i64 %".25", 4
  %".27" = sub i64 %".26", 1
  %".28" = add i64 %".23", %".27"
  %".29" = sdiv i64 %".28", %".26"
  %".30" = icmp slt i64 %".29", 1
  %".31" = select  i1 %".30", i64 1, i64 %".29"
  br label %"grab"
grab:
  %".33" = atomicrmw add ptr %".17", i64 %".31" monotonic
  %".34" = icmp slt i64 %".33", %".23"
  br i1 %".34", label %"run", label %"done"
run:
  %".36" = add i64 %".33", %".31"
  %".37" = icmp slt i64 %".36", %".23"
  %".38" = select  i1 %".37", i64 %".36", i64 %".23"
  %".39" = mul i64 %".33", %".8"
  %".40" = add i64 %".4", %".39"
  %".41" = mul i64 %".38", %".8"
  %".42" = add i64 %".4", %".41"
  %".43" = icmp slt i64 %".42", %".6"
  %".44" = select  i1 %".43", i64 %".42", i64 %".6"
  call void @"rms_norm_d128_g128_eps1em06.par9.loop"(ptr %".12", ptr %".14", ptr %".16", i64 %".40", i64 %".44", i64 %".8")
  br label %"grab"
done:
  ret void
}

define internal void @"rms_norm_d128_g32_eps1em06.par10.loop"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", ptr captures(none) noalias align 4 %".3", i64 %".4", i64 %".5", i64 %".6") nounwind
{
entry:
  br label %"body"
body:
  br label %"par.header"
par.header:
  %"par.iv" = phi  i64 [%".4", %"body"], [%"par.next", %"for.exit.1"]
  %".9" = icmp slt i64 %"par.iv", %".5"
  br i1 %".9", label %"par.body", label %"par.exit"
par.body:
  %".11" = mul i64 %"par.iv", 32
  %".12" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".13" = shufflevector <8 x float> %".12", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header"
par.exit:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"par.body"], [%"for.next", %"for.body"]
  %".15" = phi  <8 x float> [%".13", %"par.body"], [%".24", %"for.body"]
  %".16" = phi  <8 x float> [%".13", %"par.body"], [%".29", %"for.body"]
  %".17" = phi  <8 x float> [%".13", %"par.body"], [%".34", %"for.body"]
  %".18" = phi  <8 x float> [%".13", %"par.body"], [%".39", %"for.body"]
  %".19" = icmp slt i64 %"for.iv", 32
  br i1 %".19", label %"for.body", label %"for.exit"
for.body:
  %".21" = add i64 %".11", %"for.iv"
  %".22" = getelementptr inbounds float, ptr %".1", i64 %".21"
  %".23" = load <8 x float>, ptr %".22", align 4
  %".24" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".23", <8 x float> %".23", <8 x float> %".15")
  %".25" = add i64 %"for.iv", 8
  %".26" = add i64 %".11", %".25"
  %".27" = getelementptr inbounds float, ptr %".1", i64 %".26"
  %".28" = load <8 x float>, ptr %".27", align 4
  %".29" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".28", <8 x float> %".28", <8 x float> %".16")
  %".30" = add i64 %"for.iv", 16
  %".31" = add i64 %".11", %".30"
  %".32" = getelementptr inbounds float, ptr %".1", i64 %".31"
  %".33" = load <8 x float>, ptr %".32", align 4
  %".34" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".33", <8 x float> %".17")
  %".35" = add i64 %"for.iv", 24
  %".36" = add i64 %".11", %".35"
  %".37" = getelementptr inbounds float, ptr %".1", i64 %".36"
  %".38" = load <8 x float>, ptr %".37", align 4
  %".39" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".38", <8 x float> %".38", <8 x float> %".18")
  %"for.next" = add nsw i64 %"for.iv", 32
  br label %"for.header"
for.exit:
  %".41" = fadd afn arcp contract nsz reassoc <8 x float> %".15", %".16"
  %".42" = fadd afn arcp contract nsz reassoc <8 x float> %".17", %".18"
  %".43" = fadd afn arcp contract nsz reassoc <8 x float> %".41", %".42"
  %".44" = call afn arcp contract nsz reassoc float @"llvm.vector.reduce.fadd.v8f32"(float 0x8000000000000000, <8 x float> %".43")
  %".45" = fmul afn arcp contract nsz reassoc float %".44", 0x3fa0000000000000
  %".46" = fadd afn arcp contract nsz reassoc float %".45", 0x3eb0c6f7a0000000
  %".47" = call afn arcp contract nsz reassoc float @"llvm.sqrt.f32"(float %".46")
  %".48" = fdiv afn arcp contract nsz reassoc float 0x3ff0000000000000, %".47"
  %".49" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".48", i32 0
  %".50" = shufflevector <8 x float> %".49", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.1"
for.header.1:
  %"for.iv.1" = phi  i64 [0, %"for.exit"], [%"for.next.1", %"for.body.1"]
  %".52" = icmp slt i64 %"for.iv.1", 32
  br i1 %".52", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".54" = add i64 %".11", %"for.iv.1"
  %".55" = getelementptr inbounds float, ptr %".1", i64 %".54"
  %".56" = load <8 x float>, ptr %".55", align 4
  %".57" = fmul afn arcp contract nsz reassoc <8 x float> %".56", %".50"
  %".58" = getelementptr inbounds float, ptr %".2", i64 %"for.iv.1"
  %".59" = load <8 x float>, ptr %".58", align 4
  %".60" = fmul afn arcp contract nsz reassoc <8 x float> %".57", %".59"
  %".61" = getelementptr inbounds float, ptr %".3", i64 %".54"
  store <8 x float> %".60", ptr %".61", align 4
  %"for.next.1" = add nsw i64 %"for.iv.1", 8
  br label %"for.header.1"
for.exit.1:
  %"par.next" = add nsw i64 %"par.iv", 1
  br label %"par.header"
}

define internal void @"rms_norm_d128_g32_eps1em06.par10"(ptr %"ctx") nounwind
{
entry:
  %".3" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 0
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 1
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 2
  %".8" = load i64, ptr %".7"
  %".9" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".10" = load i64, ptr %".9"
  %".11" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 4
  %".12" = load ptr, ptr %".11"
  %".13" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 5
  %".14" = load ptr, ptr %".13"
  %".15" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 6
  %".16" = load ptr, ptr %".15"
  %".17" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".18" = sub i64 %".6", %".4"
  %".19" = sub i64 %".8", 1
  %".20" = add i64 %".18", %".19"
  %".21" = sdiv i64 %".20", %".8"
  %".22" = icmp sgt i64 %".18", 0
  %".23" = select  i1 %".22", i64 %".21", i64 0
  %".24" = call i32 @"omp_get_num_threads"()
  %".25" = sext i32 %".24" to i64
  %".26" = mul i64 %".25", 4
  %".27" = sub i64 %".26", 1
  %".28" = add i64 %".23", %".27"
  %".29" = sdiv i64 %".28", %".26"
  %".30" = icmp slt i64 %".29", 1
  %".31" = select  i1 %".30", i64 1, i64 %".29"
  br label %"grab"
grab:
  %".33" = atomicrmw add ptr %".17", i64 %".31" monotonic
  %".34" = icmp slt i64 %".33", %".23"
  br i1 %".34", label %"run", label %"done"
run:
  %".36" = add i64 %".33", %".31"
  %".37" = icmp slt i64 %".36", %".23"
  %".38" = select  i1 %".37", i64 %".36", i64 %".23"
  %".39" = mul i64 %".33", %".8"
  %".40" = add i64 %".4", %".39"
  %".41" = mul i64 %".38", %".8"
  %".42" = add i64 %".4", %".41"
  %".43" = icmp slt i64 %".42", %".6"
  %".44" = select  i1 %".43", i64 %".42", i64 %".6"
  call void @"rms_norm_d128_g32_eps1em06.par10.loop"(ptr %".12", ptr %".14", ptr %".16", i64 %".40", i64 %".44", i64 %".8")
  br label %"grab"
done:
  ret void
}

define internal void @"rms_norm_d64_g32_eps1em06.par11.loop"(ptr captures(none) noalias align 4 %".1", ptr captures(none) noalias align 4 %".2", ptr captures(none) noalias align 4 %".3", i64 %".4", i64 %".5", i64 %".6") nounwind
{
entry:
  br label %"body"
body:
  br label %"par.header"
par.header:
  %"par.iv" = phi  i64 [%".4", %"body"], [%"par.next", %"for.exit.1"]
  %".9" = icmp slt i64 %"par.iv", %".5"
  br i1 %".9", label %"par.body", label %"par.exit"
par.body:
  %".11" = mul i64 %"par.iv", 32
  %".12" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float              0x0, i32 0
  %".13" = shufflevector <8 x float> %".12", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header"
par.exit:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"par.body"], [%"for.next", %"for.body"]
  %".15" = phi  <8 x float> [%".13", %"par.body"], [%".24", %"for.body"]
  %".16" = phi  <8 x float> [%".13", %"par.body"], [%".29", %"for.body"]
  %".17" = phi  <8 x float> [%".13", %"par.body"], [%".34", %"for.body"]
  %".18" = phi  <8 x float> [%".13", %"par.body"], [%".39", %"for.body"]
  %".19" = icmp slt i64 %"for.iv", 32
  br i1 %".19", label %"for.body", label %"for.exit"
for.body:
  %".21" = add i64 %".11", %"for.iv"
  %".22" = getelementptr inbounds float, ptr %".1", i64 %".21"
  %".23" = load <8 x float>, ptr %".22", align 4
  %".24" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".23", <8 x float> %".23", <8 x float> %".15")
  %".25" = add i64 %"for.iv", 8
  %".26" = add i64 %".11", %".25"
  %".27" = getelementptr inbounds float, ptr %".1", i64 %".26"
  %".28" = load <8 x float>, ptr %".27", align 4
  %".29" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".28", <8 x float> %".28", <8 x float> %".16")
  %".30" = add i64 %"for.iv", 16
  %".31" = add i64 %".11", %".30"
  %".32" = getelementptr inbounds float, ptr %".1", i64 %".31"
  %".33" = load <8 x float>, ptr %".32", align 4
  %".34" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".33", <8 x float> %".33", <8 x float> %".17")
  %".35" = add i64 %"for.iv", 24
  %".36" = add i64 %".11", %".35"
  %".37" = getelementptr inbounds float, ptr %".1", i64 %".36"
  %".38" = load <8 x float>, ptr %".37", align 4
  %".39" = call afn arcp contract nsz reassoc <8 x float> @"llvm.fma.v8f32"(<8 x float> %".38", <8 x float> %".38", <8 x float> %".18")
  %"for.next" = add nsw i64 %"for.iv", 32
  br label %"for.header"
for.exit:
  %".41" = fadd afn arcp contract nsz reassoc <8 x float> %".15", %".16"
  %".42" = fadd afn arcp contract nsz reassoc <8 x float> %".17", %".18"
  %".43" = fadd afn arcp contract nsz reassoc <8 x float> %".41", %".42"
  %".44" = call afn arcp contract nsz reassoc float @"llvm.vector.reduce.fadd.v8f32"(float 0x8000000000000000, <8 x float> %".43")
  %".45" = fmul afn arcp contract nsz reassoc float %".44", 0x3fa0000000000000
  %".46" = fadd afn arcp contract nsz reassoc float %".45", 0x3eb0c6f7a0000000
  %".47" = call afn arcp contract nsz reassoc float @"llvm.sqrt.f32"(float %".46")
  %".48" = fdiv afn arcp contract nsz reassoc float 0x3ff0000000000000, %".47"
  %".49" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".48", i32 0
  %".50" = shufflevector <8 x float> %".49", <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  br label %"for.header.1"
for.header.1:
  %"for.iv.1" = phi  i64 [0, %"for.exit"], [%"for.next.1", %"for.body.1"]
  %".52" = icmp slt i64 %"for.iv.1", 32
  br i1 %".52", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".54" = add i64 %".11", %"for.iv.1"
  %".55" = getelementptr inbounds float, ptr %".1", i64 %".54"
  %".56" = load <8 x float>, ptr %".55", align 4
  %".57" = fmul afn arcp contract nsz reassoc <8 x float> %".56", %".50"
  %".58" = getelementptr inbounds float, ptr %".2", i64 %"for.iv.1"
  %".59" = load <8 x float>, ptr %".58", align 4
  %".60" = fmul afn arcp contract nsz reassoc <8 x float> %".57", %".59"
  %".61" = getelementptr inbounds float, ptr %".3", i64 %".54"
  store <8 x float> %".60", ptr %".61", align 4
  %"for.next.1" = add nsw i64 %"for.iv.1", 8
  br label %"for.header.1"
for.exit.1:
  %"par.next" = add nsw i64 %"par.iv", 1
  br label %"par.header"
}

define internal void @"rms_norm_d64_g32_eps1em06.par11"(ptr %"ctx") nounwind
{
entry:
  %".3" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 0
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 1
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 2
  %".8" = load i64, ptr %".7"
  %".9" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".10" = load i64, ptr %".9"
  %".11" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 4
  %".12" = load ptr, ptr %".11"
  %".13" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 5
  %".14" = load ptr, ptr %".13"
  %".15" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 6
  %".16" = load ptr, ptr %".15"
  %".17" = getelementptr {i64, i64, i64, i64, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".18" = sub i64 %".6", %".4"
  %".19" = sub i64 %".8", 1
  %".20" = add i64 %".18", %".19"
  %".21" = sdiv i64 %".20", %".8"
  %".22" = icmp sgt i64 %".18", 0
  %".23" = select  i1 %".22", i64 %".21", i64 0
  %".24" = call i32 @"omp_get_num_threads"()
  %".25" = sext i32 %".24" to i64
  %".26" = mul i64 %".25", 4
  %".27" = sub i64 %".26", 1
  %".28" = add i64 %".23", %".27"
  %".29" = sdiv i64 %".28", %".26"
  %".30" = icmp slt i64 %".29", 1
  %".31" = select  i1 %".30", i64 1, i64 %".29"
  br label %"grab"
grab:
  %".33" = atomicrmw add ptr %".17", i64 %".31" monotonic
  %".34" = icmp slt i64 %".33", %".23"
  br i1 %".34", label %"run", label %"done"
run:
  %".36" = add i64 %".33", %".31"
  %".37" = icmp slt i64 %".36", %".23"
  %".38" = select  i1 %".37", i64 %".36", i64 %".23"
  %".39" = mul i64 %".33", %".8"
  %".40" = add i64 %".4", %".39"
  %".41" = mul i64 %".38", %".8"
  %".42" = add i64 %".4", %".41"
  %".43" = icmp slt i64 %".42", %".6"
  %".44" = select  i1 %".43", i64 %".42", i64 %".6"
  call void @"rms_norm_d64_g32_eps1em06.par11.loop"(ptr %".12", ptr %".14", ptr %".16", i64 %".40", i64 %".44", i64 %".8")
  br label %"grab"
done:
  ret void
}

define internal void @"rope_nh2_hd32.par12.loop"(i64 %".1", i64 %".2", ptr captures(none) noalias align 4 %".3", ptr captures(none) noalias align 4 %".4", ptr captures(none) noalias align 4 %".5", ptr captures(none) noalias align 4 %".6", i64 %".7", i64 %".8", i64 %".9") nounwind
{
entry:
  br label %"body"
body:
  br label %"par.header"
par.header:
  %"par.iv" = phi  i64 [%".7", %"body"], [%"par.next", %"for.exit"]
  %".12" = icmp slt i64 %"par.iv", %".8"
  br i1 %".12", label %"par.body", label %"par.exit"
par.body:
  %".14" = urem i64 %"par.iv", %".1"
  %".15" = add i64 %".2", %".14"
  %".16" = mul i64 %".15", 16
  br label %"for.header"
par.exit:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"par.body"], [%"for.next.1", %"for.exit.1"]
  %".18" = icmp slt i64 %"for.iv", 2
  br i1 %".18", label %"for.body", label %"for.exit"
for.body:
  %".20" = mul i64 %"par.iv", 2
  %".21" = add i64 %".20", %"for.iv"
  %".22" = mul i64 %".21", 32
  br label %"for.header.1"
for.exit:
  %"par.next" = add nsw i64 %"par.iv", 1
  br label %"par.header"
for.header.1:
  %"for.iv.1" = phi  i64 [0, %"for.body"], [%"for.next", %"for.body.1"]
  %".24" = icmp slt i64 %"for.iv.1", 16
  br i1 %".24", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".26" = add i64 %".22", %"for.iv.1"
  %".27" = add i64 %".26", 16
  %".28" = getelementptr inbounds float, ptr %".3", i64 %".26"
  %".29" = load <8 x float>, ptr %".28", align 4
  %".30" = getelementptr inbounds float, ptr %".3", i64 %".27"
  %".31" = load <8 x float>, ptr %".30", align 4
  %".32" = add i64 %".16", %"for.iv.1"
  %".33" = getelementptr inbounds float, ptr %".4", i64 %".32"
  %".34" = load <8 x float>, ptr %".33", align 4
  %".35" = getelementptr inbounds float, ptr %".5", i64 %".32"
  %".36" = load <8 x float>, ptr %".35", align 4
  %".37" = fmul afn arcp contract nsz reassoc <8 x float> %".29", %".34"
  %".38" = fmul afn arcp contract nsz reassoc <8 x float> %".31", %".36"
  %".39" = fsub afn arcp contract nsz reassoc <8 x float> %".37", %".38"
  %".40" = getelementptr inbounds float, ptr %".6", i64 %".26"
  store <8 x float> %".39", ptr %".40", align 4
  %".42" = fmul afn arcp contract nsz reassoc <8 x float> %".31", %".34"
  %".43" = fmul afn arcp contract nsz reassoc <8 x float> %".29", %".36"
  %".44" = fadd afn arcp contract nsz reassoc <8 x float> %".42", %".43"
  %".45" = getelementptr inbounds float, ptr %".6", i64 %".27"
  store <8 x float> %".44", ptr %".45", align 4
  %"for.next" = add nsw i64 %"for.iv.1", 8
  br label %"for.header.1"
for.exit.1:
  %"for.next.1" = add nsw i64 %"for.iv", 1
  br label %"for.header"
}

define internal void @"rope_nh2_hd32.par12"(ptr %"ctx") nounwind
{
entry:
  %".3" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 0
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 1
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 2
  %".8" = load i64, ptr %".7"
  %".9" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".10" = load i64, ptr %".9"
  %".11" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 4
  %".12" = load i64, ptr %".11"
  %".13" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 5
  %".14" = load i64, ptr %".13"
  %".15" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 6
  %".16" = load ptr, ptr %".15"
  %".17" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 7
  %".18" = load ptr, ptr %".17"
  %".19" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 8
  %".20" = load ptr, ptr %".19"
  %".21" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 9
  %".22" = load ptr, ptr %".21"
  %".23" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".24" = sub i64 %".6", %".4"
  %".25" = sub i64 %".8", 1
  %".26" = add i64 %".24", %".25"
  %".27" = sdiv i64 %".26", %".8"
  %".28" = icmp sgt i64 %".24", 0
  %".29" = select  i1 %".28", i64 %".27", i64 0
  %".30" = call i32 @"omp_get_num_threads"()
  %".31" = sext i32 %".30" to i64
  %".32" = mul i64 %".31", 4
  %".33" = sub i64 %".32", 1
  %".34" = add i64 %".29", %".33"
  %".35" = sdiv i64 %".34", %".32"
  %".36" = icmp slt i64 %".35", 1
  %".37" = select  i1 %".36", i64 1, i64 %".35"
  br label %"grab"
grab:
  %".39" = atomicrmw add ptr %".23", i64 %".37" monotonic
  %".40" = icmp slt i64 %".39", %".29"
  br i1 %".40", label %"run", label %"done"
run:
  %".42" = add i64 %".39", %".37"
  %".43" = icmp slt i64 %".42", %".29"
  %".44" = select  i1 %".43", i64 %".42", i64 %".29"
  %".45" = mul i64 %".39", %".8"
  %".46" = add i64 %".4", %".45"
  %".47" = mul i64 %".44", %".8"
  %".48" = add i64 %".4", %".47"
  %".49" = icmp slt i64 %".48", %".6"
  %".50" = select  i1 %".49", i64 %".48", i64 %".6"
  call void @"rope_nh2_hd32.par12.loop"(i64 %".12", i64 %".14", ptr %".16", ptr %".18", ptr %".20", ptr %".22", i64 %".46", i64 %".50", i64 %".8")
  br label %"grab"
done:
  ret void
}

define internal void @"rope_nh4_hd32.par13.loop"(i64 %".1", i64 %".2", ptr captures(none) noalias align 4 %".3", ptr captures(none) noalias align 4 %".4", ptr captures(none) noalias align 4 %".5", ptr captures(none) noalias align 4 %".6", i64 %".7", i64 %".8", i64 %".9") nounwind
{
entry:
  br label %"body"
body:
  br label %"par.header"
par.header:
  %"par.iv" = phi  i64 [%".7", %"body"], [%"par.next", %"for.exit"]
  %".12" = icmp slt i64 %"par.iv", %".8"
  br i1 %".12", label %"par.body", label %"par.exit"
par.body:
  %".14" = urem i64 %"par.iv", %".1"
  %".15" = add i64 %".2", %".14"
  %".16" = mul i64 %".15", 16
  br label %"for.header"
par.exit:
  ret void
for.header:
  %"for.iv" = phi  i64 [0, %"par.body"], [%"for.next.1", %"for.exit.1"]
  %".18" = icmp slt i64 %"for.iv", 4
  br i1 %".18", label %"for.body", label %"for.exit"
for.body:
  %".20" = mul i64 %"par.iv", 4
  %".21" = add i64 %".20", %"for.iv"
  %".22" = mul i64 %".21", 32
  br label %"for.header.1"
for.exit:
  %"par.next" = add nsw i64 %"par.iv", 1
  br label %"par.header"
for.header.1:
  %"for.iv.1" = phi  i64 [0, %"for.body"], [%"for.next", %"for.body.1"]
  %".24" = icmp slt i64 %"for.iv.1", 16
  br i1 %".24", label %"for.body.1", label %"for.exit.1"
for.body.1:
  %".26" = add i64 %".22", %"for.iv.1"
  %".27" = add i64 %".26", 16
  %".28" = getelementptr inbounds float, ptr %".3", i64 %".26"
  %".29" = load <8 x float>, ptr %".28", align 4
  %".30" = getelementptr inbounds float, ptr %".3", i64 %".27"
  %".31" = load <8 x float>, ptr %".30", align 4
  %".32" = add i64 %".16", %"for.iv.1"
  %".33" = getelementptr inbounds float, ptr %".4", i64 %".32"
  %".34" = load <8 x float>, ptr %".33", align 4
  %".35" = getelementptr inbounds float, ptr %".5", i64 %".32"
  %".36" = load <8 x float>, ptr %".35", align 4
  %".37" = fmul afn arcp contract nsz reassoc <8 x float> %".29", %".34"
  %".38" = fmul afn arcp contract nsz reassoc <8 x float> %".31", %".36"
  %".39" = fsub afn arcp contract nsz reassoc <8 x float> %".37", %".38"
  %".40" = getelementptr inbounds float, ptr %".6", i64 %".26"
  store <8 x float> %".39", ptr %".40", align 4
  %".42" = fmul afn arcp contract nsz reassoc <8 x float> %".31", %".34"
  %".43" = fmul afn arcp contract nsz reassoc <8 x float> %".29", %".36"
  %".44" = fadd afn arcp contract nsz reassoc <8 x float> %".42", %".43"
  %".45" = getelementptr inbounds float, ptr %".6", i64 %".27"
  store <8 x float> %".44", ptr %".45", align 4
  %"for.next" = add nsw i64 %"for.iv.1", 8
  br label %"for.header.1"
for.exit.1:
  %"for.next.1" = add nsw i64 %"for.iv", 1
  br label %"for.header"
}

define internal void @"rope_nh4_hd32.par13"(ptr %"ctx") nounwind
{
entry:
  %".3" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 0
  %".4" = load i64, ptr %".3"
  %".5" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 1
  %".6" = load i64, ptr %".5"
  %".7" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 2
  %".8" = load i64, ptr %".7"
  %".9" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".10" = load i64, ptr %".9"
  %".11" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 4
  %".12" = load i64, ptr %".11"
  %".13" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 5
  %".14" = load i64, ptr %".13"
  %".15" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 6
  %".16" = load ptr, ptr %".15"
  %".17" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 7
  %".18" = load ptr, ptr %".17"
  %".19" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 8
  %".20" = load ptr, ptr %".19"
  %".21" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 9
  %".22" = load ptr, ptr %".21"
  %".23" = getelementptr {i64, i64, i64, i64, i64, i64, ptr, ptr, ptr, ptr}, ptr %"ctx", i32 0, i32 3
  %".24" = sub i64 %".6", %".4"
  %".25" = sub i64 %".8", 1
  %".26" = add i64 %".24", %".25"
  %".27" = sdiv i64 %".26", %".8"
  %".28" = icmp sgt i64 %".24", 0
  %".29" = select  i1 %".28", i64 %".27", i64 0
  %".30" = call i32 @"omp_get_num_threads"()
  %".31" = sext i32 %".30" to i64
  %".32" = mul i64 %".31", 4
  %".33" = sub i64 %".32", 1
  %".34" = add i64 %".29", %".33"
  %".35" = sdiv i64 %".34", %".32"
  %".36" = icmp slt i64 %".35", 1
  %".37" = select  i1 %".36", i64 1, i64 %".35"
  br label %"grab"
grab:
  %".39" = atomicrmw add ptr %".23", i64 %".37" monotonic
  %".40" = icmp slt i64 %".39", %".29"
  br i1 %".40", label %"run", label %"done"
run:
  %".42" = add i64 %".39", %".37"
  %".43" = icmp slt i64 %".42", %".29"
  %".44" = select  i1 %".43", i64 %".42", i64 %".29"
  %".45" = mul i64 %".39", %".8"
  %".46" = add i64 %".4", %".45"
  %".47" = mul i64 %".44", %".8"
  %".48" = add i64 %".4", %".47"
  %".49" = icmp slt i64 %".48", %".6"
  %".50" = select  i1 %".49", i64 %".48", i64 %".6"
  call void @"rope_nh4_hd32.par13.loop"(i64 %".12", i64 %".14", ptr %".16", ptr %".18", ptr %".20", ptr %".22", i64 %".46", i64 %".50", i64 %".8")
  br label %"grab"
done:
  ret void
}
